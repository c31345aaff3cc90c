#pragma once
// Shared test helpers: typed-test lists, seeded series, tolerant/bitwise series comparison,
// streaming drivers and error-message checks.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "taspan/core.hpp"

namespace taspan_test {

using real_types = ::testing::Types<float, double>;

// Relative tolerance for comparing two computations of the same quantity in T.
template <class T>
constexpr double tol() {
  return std::is_same_v<T, float> ? 2e-5 : 1e-12;
}

template <class T>
std::vector<T> random_walk(std::size_t n, std::uint64_t seed = 1, double start = 100.0,
                           double step = 1.0) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> d(0.0, step);
  std::vector<T> v(n);
  double x = start;
  for (auto& e : v) {
    x += d(rng);
    if (x < step) x = step + std::abs(d(rng));  // stay positive: these are prices
    e = static_cast<T>(x);
  }
  return v;
}

// Prices near 1e5 moving in 0.01 steps: where sum-of-squares variance fails.
template <class T>
std::vector<T> near_1e5(std::size_t n, std::uint64_t seed = 2) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> d(-3, 3);
  std::vector<T> v(n);
  long cents = 10'000'000;
  for (auto& e : v) {
    cents += d(rng);
    e = static_cast<T>(static_cast<double>(cents) / 100.0);
  }
  return v;
}

template <class T>
std::vector<T> constant(std::size_t n, double value = 42.5) {
  return std::vector<T>(n, static_cast<T>(value));
}

template <class T>
std::vector<T> monotone(std::size_t n, bool up = true, double start = 100.0, double step = 0.5) {
  std::vector<T> v(n);
  for (std::size_t i = 0; i < n; ++i)
    v[i] = static_cast<T>(start + (up ? 1.0 : -1.0) * step * static_cast<double>(i));
  return v;
}

template <class T>
std::vector<T> with_nans(std::vector<T> v, std::initializer_list<std::size_t> at) {
  for (auto i : at)
    if (i < v.size()) v[i] = std::numeric_limits<T>::quiet_NaN();
  return v;
}

// Consistent OHLCV bars: low <= min(open, close) <= max(open, close) <= high, volume > 0.
template <class T>
struct bars {
  std::vector<T> open, high, low, close, volume;
  [[nodiscard]] std::size_t size() const { return close.size(); }
};

template <class T>
bars<T> random_bars(std::size_t n, std::uint64_t seed = 3, double start = 100.0) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> move(0.0, 1.0);
  std::uniform_real_distribution<double> wick(0.0, 1.0);
  std::uniform_real_distribution<double> vol(1e5, 1e6);
  bars<T> b;
  double prev = start;
  for (std::size_t i = 0; i < n; ++i) {
    double open = prev + 0.3 * move(rng);
    double close = open + move(rng);
    if (close < 1.0) close = 1.0 + wick(rng);
    if (open < 1.0) open = 1.0 + wick(rng);
    const double high = std::max(open, close) + wick(rng);
    const double low = std::max(0.5, std::min(open, close) - wick(rng));
    b.open.push_back(static_cast<T>(open));
    b.high.push_back(static_cast<T>(high));
    b.low.push_back(static_cast<T>(low));
    b.close.push_back(static_cast<T>(close));
    b.volume.push_back(static_cast<T>(std::round(vol(rng))));
    prev = close;
  }
  return b;
}

inline bool both_nan(double a, double b) { return std::isnan(a) && std::isnan(b); }

// Same NaN positions; elsewhere |a - e| <= rel * max(|a|, |e|) + abs.
template <class A, class E>
void expect_series_near(const A& actual, const E& expected, double rel, double abs = 0.0,
                        const std::string& what = "") {
  ASSERT_EQ(std::size(actual), std::size(expected)) << what;
  int reported = 0;
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const double a = static_cast<double>(actual[i]);
    const double e = static_cast<double>(expected[i]);
    if (both_nan(a, e)) continue;
    const bool ok = !std::isnan(a) && !std::isnan(e) &&
                    (a == e || std::abs(a - e) <= rel * std::max(std::abs(a), std::abs(e)) + abs);
    if (!ok && reported++ < 5)
      ADD_FAILURE() << what << " at " << i << ": got " << a << ", expected " << e;
  }
}

// Bitwise equal, NaN equal to NaN.
template <class A, class E>
void expect_series_identical(const A& actual, const E& expected, const std::string& what = "") {
  ASSERT_EQ(std::size(actual), std::size(expected)) << what;
  int reported = 0;
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const double a = static_cast<double>(actual[i]);
    const double e = static_cast<double>(expected[i]);
    if (!(a == e || both_nan(a, e)) && reported++ < 5)
      ADD_FAILURE() << what << " at " << i << ": got " << a << ", expected " << e;
  }
}

// Feeds in[] through update() and checks on every bar that peek() predicted update() and left
// the state unchanged (peek twice, then update). Returns the update() outputs.
template <class Stream, class T>
std::vector<T> run_stream(Stream& s, const std::vector<T>& in) {
  std::vector<T> out;
  out.reserve(in.size());
  for (T x : in) {
    const T p1 = s.peek(x);
    const T p2 = s.peek(x);
    const T u = s.update(x);
    EXPECT_TRUE(p1 == u || both_nan(p1, u)) << "peek " << p1 << " != update " << u;
    EXPECT_TRUE(p1 == p2 || both_nan(p1, p2)) << "peek changed state";
    out.push_back(u);
  }
  return out;
}

// One output of a multi-output stream, seen as a single-output stream (for check_common): Pick
// maps a stream's point (or a batch result) and an output number to that output.
template <class Stream, class Pick>
struct output_of {
  Stream s;
  int which;
  template <class... X>
  auto update(X... x) {
    return Pick{}(s.update(x...), which);
  }
  template <class... X>
  auto peek(X... x) const {
    return Pick{}(s.peek(x...), which);
  }
  [[nodiscard]] bool ready() const { return s.ready(); }
  void reset() { s.reset(); }
  [[nodiscard]] int lookback() const { return s.lookback(); }
};

}  // namespace taspan_test

// Checks that `stmt` throws taspan::error with exactly `message`.
#define EXPECT_TASPAN_ERROR(stmt, message)                    \
  do {                                                        \
    try {                                                     \
      (void)(stmt);                                           \
      ADD_FAILURE() << "no taspan::error from " #stmt;        \
    } catch (const taspan::error& e) {                        \
      EXPECT_EQ(std::string(e.what()), std::string(message)); \
    }                                                         \
  } while (false)
