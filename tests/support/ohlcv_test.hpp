#pragma once
// Helpers for multi-input (OHLCV) indicator tests: streaming drivers with peek checks, NaN
// restart checks, and data sets.

#include <functional>
#include <string>
#include <vector>

#include "taspan_test.hpp"
#include "wilder_reference.hpp"

namespace taspan_test {

// Feeds bar i of every input through update(); checks on every bar that peek() twice predicted
// update() and did not change the state. Returns the update() outputs.
template <class Stream, class T, class... More>
std::vector<T> run_stream_n(Stream& s, const std::vector<T>& first, const More&... more) {
  std::vector<T> out;
  out.reserve(first.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    const T p1 = s.peek(first[i], more[i]...);
    const T p2 = s.peek(first[i], more[i]...);
    const T u = s.update(first[i], more[i]...);
    EXPECT_TRUE(p1 == u || both_nan(p1, u)) << "bar " << i << ": peek " << p1 << " != update " << u;
    EXPECT_TRUE(p1 == p2 || both_nan(p1, p2)) << "bar " << i << ": peek changed state";
    out.push_back(u);
  }
  return out;
}

template <class T>
std::vector<T> tail(const std::vector<T>& v, std::size_t from) {
  return std::vector<T>(v.begin() + static_cast<std::ptrdiff_t>(from), v.end());
}

// Several OHLCV data sets: random bars, a flat market, a trending market, low prices.
template <class T>
std::vector<bars<T>> bar_sets() {
  std::vector<bars<T>> sets{random_bars<T>(600, 3), random_bars<T>(300, 5, 2.0)};
  bars<T> flat;
  for (int i = 0; i < 80; ++i) {
    flat.open.push_back(T(10));
    flat.high.push_back(T(10));
    flat.low.push_back(T(10));
    flat.close.push_back(T(10));
    flat.volume.push_back(T(100));
  }
  sets.push_back(flat);
  bars<T> up;
  for (int i = 0; i < 120; ++i) {
    const double c = 50.0 + 0.5 * i;
    up.open.push_back(static_cast<T>(c - 0.25));
    up.high.push_back(static_cast<T>(c + 0.5));
    up.low.push_back(static_cast<T>(c - 0.5));
    up.close.push_back(static_cast<T>(c));
    up.volume.push_back(static_cast<T>(1000 + i));
  }
  sets.push_back(up);
  return sets;
}

// Copy of b with every series NaN at bar k.
template <class T>
bars<T> nan_bar(bars<T> b, std::size_t k) {
  const T nan = std::numeric_limits<T>::quiet_NaN();
  b.open[k] = b.high[k] = b.low[k] = b.close[k] = b.volume[k] = nan;
  return b;
}

template <class T>
bars<T> tail(const bars<T>& b, std::size_t from) {
  return {tail(b.open, from), tail(b.high, from), tail(b.low, from), tail(b.close, from),
          tail(b.volume, from)};
}

// Recursive indicators: after a NaN at bar k, bar k is NaN and the rest equals the indicator of
// the series that starts at bar k + 1 (bitwise).
template <class T, class F>
void expect_restart_after_nan(const bars<T>& b, std::size_t k, F f, const std::string& what) {
  const auto with_nan = f(nan_bar(b, k));
  const auto fresh = f(tail(b, k + 1));
  const auto original = f(b);
  ASSERT_EQ(with_nan.size(), b.size());
  expect_series_identical(
      std::vector<T>(with_nan.begin(), with_nan.begin() + static_cast<std::ptrdiff_t>(k)),
      std::vector<T>(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(k)),
      what + " before the NaN");
  EXPECT_TRUE(std::isnan(with_nan[k])) << what << ": bar " << k << " not NaN";
  expect_series_identical(tail(with_nan, k + 1), fresh, what + " restart");
}

// Reference values compared with a tolerance and the same NaN positions.
template <class T, class R>
void expect_matches_reference(const std::vector<T>& got, const std::vector<R>& ref,
                              const std::string& what) {
  expect_series_near(got, ref, std::is_same_v<T, float> ? 2e-5 : 1e-12,
                     std::is_same_v<T, float> ? 1e-4 : 1e-10, what);
}

}  // namespace taspan_test
