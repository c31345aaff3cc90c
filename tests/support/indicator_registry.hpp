#pragma once
// Every indicator of the catalog (taspan/catalog.hpp) as the generic reliability tests use it
// (properties, threads, bad input, fuzzing): random parameters drawn from each entry's suggested
// ranges, the batch and the streaming form on OHLCV bars, and the facts (traits) the catalog
// documents for its outputs. Nothing is listed here: a catalog entry is in every generic test.
// The fuzz corpus picks indicators by catalog position (tests/fuzz/make_seeds.py).

#include <cstddef>
#include <functional>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "taspan/catalog/entry.hpp"
#include "taspan_test.hpp"

namespace taspan_test::reg {

using taspan::catalog::on_constant;
using taspan::catalog::scale;
using taspan::catalog::shift;
using props = taspan::catalog::traits;

inline constexpr double inf_v = std::numeric_limits<double>::infinity();

// Parameter values of one call, in the catalog entry's order (integers, reals, enum values).
struct params {
  std::vector<double> v;
  [[nodiscard]] std::string str() const {
    std::string s = "(";
    for (std::size_t k = 0; k < v.size(); ++k) s += (k ? ", " : "") + std::to_string(v[k]);
    return s + ")";
  }
};

template <class T>
using outputs = std::vector<std::vector<T>>;

template <class T>
struct indicator {
  std::string name;
  const taspan::catalog::entry* entry = nullptr;
  std::function<params(std::mt19937_64&)> random_params;
  std::function<int(const params&)> lookback;
  std::function<outputs<T>(const bars<T>&, const params&)> batch;
  std::function<outputs<T>(const bars<T>&, const params&)> stream;  // bar by bar through update()
  std::function<std::vector<std::vector<double>>(const bars<T>&, const params&)> reference;  // opt.
  // The span form on the same inputs, writing into `out` (one span per output, in the catalog's
  // order): for in-place tests, where an output is one of the inputs.
  std::function<void(const bars<T>&, const params&, std::span<const std::span<T>> out)> into;
  // The documented facts for these parameters (moving-average types can decide them).
  [[nodiscard]] props props_of(const params& q) const { return entry->traits_for(q.v); }
};

inline int uniform_int(std::mt19937_64& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}
inline double uniform_real(std::mt19937_64& rng, double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(rng);
}

// Applies f to every price series (open, high, low, close), leaving volume alone.
template <class T, class F>
bars<T> map_prices(bars<T> b, F f) {
  for (auto* s : {&b.open, &b.high, &b.low, &b.close})
    for (auto& x : *s) x = static_cast<T>(f(static_cast<double>(x)));
  return b;
}

// Bars from..to-1.
template <class T>
bars<T> slice(const bars<T>& b, std::size_t from, std::size_t to) {
  bars<T> r;
  auto cut = [from, to](const std::vector<T>& s) {
    return std::vector<T>(s.begin() + static_cast<std::ptrdiff_t>(from),
                          s.begin() + static_cast<std::ptrdiff_t>(to));
  };
  r.open = cut(b.open);
  r.high = cut(b.high);
  r.low = cut(b.low);
  r.close = cut(b.close);
  r.volume = cut(b.volume);
  return r;
}

// The first n bars.
template <class T>
bars<T> prefix(const bars<T>& b, std::size_t n) {
  return slice(b, 0, n);
}

// All five series filled with one value (pathological inputs).
template <class T>
bars<T> flat_bars(std::size_t n, T price, T volume = T(1000)) {
  bars<T> b;
  b.open = b.high = b.low = b.close = std::vector<T>(n, price);
  b.volume = std::vector<T>(n, volume);
  return b;
}

// Every catalog entry, in catalog order. Defined in indicator_registry_impl.hpp, instantiated
// once in taspan_test_support (indicator_registry.cpp): it compiles the whole catalog.
template <class T>
std::vector<indicator<T>> all_indicators();

extern template std::vector<indicator<float>> all_indicators<float>();
extern template std::vector<indicator<double>> all_indicators<double>();

}  // namespace taspan_test::reg
