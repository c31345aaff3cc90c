#pragma once
// One table of every indicator, for the generic reliability tests (properties, threads, bad input).
// Each entry knows how to draw random valid parameters, run the batch form and the streaming form
// on OHLCV bars, and which algebraic properties its outputs have. Adding an indicator to every
// generic test is one line in all_indicators() below.

#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace taspan_test::reg {

// How outputs move when every price moves: f(x + c) == f(x) + c, or == f(x).
enum class shift { none, equivariant, invariant };
// How outputs scale when every price is multiplied by k: k f(x), f(x), k^2 f(x).
enum class scale { none, linear, invariant, square };

struct props {
  shift shift_rule = shift::none;
  scale scale_rule = scale::none;
  bool windowed = false;  // out[i] depends only on bars i-lookback .. i (no recursion)
  double lo = -std::numeric_limits<double>::infinity();  // bounds of every defined output
  double hi = std::numeric_limits<double>::infinity();
};
inline constexpr props overlap_windowed{shift::equivariant, scale::linear, true};
inline constexpr props overlap_recursive{shift::equivariant, scale::linear, false};
inline constexpr props sum_like{shift::none, scale::linear, true};
inline constexpr props spread_windowed{shift::invariant, scale::linear, true, 0.0};  // stddev-like
inline constexpr props variance_windowed{shift::invariant, scale::square, true, 0.0};
inline constexpr props oscillator_0_100{shift::invariant, scale::invariant, false, 0.0, 100.0};
inline constexpr props oscillator_0_100_windowed{shift::invariant, scale::invariant, true, 0.0,
                                                 100.0};

// Integer and real parameters of one call; each entry uses what it needs.
struct params {
  int p[3] = {0, 0, 0};
  double d[2] = {0.0, 0.0};
  [[nodiscard]] std::string str() const {
    return "(" + std::to_string(p[0]) + ", " + std::to_string(p[1]) + ", " + std::to_string(p[2]) +
           ", " + std::to_string(d[0]) + ", " + std::to_string(d[1]) + ")";
  }
};

template <class T>
using outputs = std::vector<std::vector<T>>;

template <class T>
struct indicator {
  std::string name;
  props prop;
  std::function<params(std::mt19937_64&)> random_params;
  std::function<int(const params&)> lookback;
  std::function<outputs<T>(const bars<T>&, const params&)> batch;
  std::function<outputs<T>(const bars<T>&, const params&)> stream;  // bar by bar through update()
  std::function<std::vector<std::vector<double>>(const bars<T>&, const params&)> reference;  // opt.
};

inline int uniform_int(std::mt19937_64& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// A close-only indicator with one period parameter in [lo, hi] and one output.
template <class T, class Batch, class MakeStream>
indicator<T> close_period(std::string name, props pr, int lo, int hi, Batch batch,
                          MakeStream make_stream, int (*lookback)(int)) {
  indicator<T> ind;
  ind.name = std::move(name);
  ind.prop = pr;
  ind.random_params = [lo, hi](std::mt19937_64& rng) {
    params q;
    q.p[0] = uniform_int(rng, lo, hi);
    return q;
  };
  ind.lookback = [lookback](const params& q) { return lookback(q.p[0]); };
  ind.batch = [batch](const bars<T>& b, const params& q) {
    return outputs<T>{batch(b.close, q.p[0])};
  };
  ind.stream = [make_stream](const bars<T>& b, const params& q) {
    auto s = make_stream(q.p[0]);
    std::vector<T> out;
    out.reserve(b.size());
    for (T x : b.close) out.push_back(s.update(x));
    return outputs<T>{out};
  };
  return ind;
}

// Reference: every window summed afresh in long double, divided by `divisor(period)`.
template <class T>
std::vector<std::vector<double>> window_mean_reference(const std::vector<T>& x, int period,
                                                       double divisor) {
  std::vector<double> out(x.size(), std::numeric_limits<double>::quiet_NaN());
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < x.size() && p >= 1; ++i) {
    long double s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += static_cast<long double>(x[j]);
    out[i] = static_cast<double>(s / static_cast<long double>(divisor));
  }
  return {out};
}

// One line per indicator: name, properties, period range, batch call, stream type, lookback.
#define TASPAN_REG_CLOSE_PERIOD(fn, pr, lo, hi)                                         \
  close_period<T>(                                                                      \
      #fn, pr, lo, hi, [](const std::vector<T>& x, int p) { return taspan::fn(x, p); }, \
      [](int p) { return taspan::fn##_stream<T>(p); },                                  \
      [](int p) { return taspan::fn##_lookback(p); })

template <class T>
std::vector<indicator<T>> all_indicators() {
  std::vector<indicator<T>> v;
  v.push_back(TASPAN_REG_CLOSE_PERIOD(rolling_sum, sum_like, 1, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], 1.0);
  };
  v.push_back(TASPAN_REG_CLOSE_PERIOD(rolling_mean, overlap_windowed, 1, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], q.p[0]);
  };
  v.push_back(TASPAN_REG_CLOSE_PERIOD(sma, overlap_windowed, 1, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], q.p[0]);
  };
  return v;
}

// Applies f to every price series (open, high, low, close), leaving volume alone.
template <class T, class F>
bars<T> map_prices(bars<T> b, F f) {
  for (auto* s : {&b.open, &b.high, &b.low, &b.close})
    for (auto& x : *s) x = static_cast<T>(f(static_cast<double>(x)));
  return b;
}

// The first n bars.
template <class T>
bars<T> prefix(const bars<T>& b, std::size_t n) {
  bars<T> r;
  auto cut = [n](const std::vector<T>& s) {
    return std::vector<T>(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(n));
  };
  r.open = cut(b.open);
  r.high = cut(b.high);
  r.low = cut(b.low);
  r.close = cut(b.close);
  r.volume = cut(b.volume);
  return r;
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

// All five series filled with one value (pathological inputs).
template <class T>
bars<T> flat_bars(std::size_t n, T price, T volume = T(1000)) {
  bars<T> b;
  b.open = b.high = b.low = b.close = std::vector<T>(n, price);
  b.volume = std::vector<T>(n, volume);
  return b;
}

}  // namespace taspan_test::reg
