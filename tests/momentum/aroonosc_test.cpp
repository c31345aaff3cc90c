// aroonosc: TA-Lib's formula (ta_AROONOSC.c: (100/period) * (highestIdx - lowestIdx)) from a
// brute-force scan of each window (newest extreme on ties), a hand value, batch == streaming,
// bounds, NaN windows, sizes, errors.

#include "taspan/momentum/aroonosc.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_aroonosc(const bars<T>& b, int n) {
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> out(b.size(), ref::nan);
  for (std::size_t i = un; i < b.size(); ++i) {
    std::size_t hi = i - un, lo = i - un;
    for (std::size_t j = i - un; j <= i; ++j) {
      if (b.high[j] >= b.high[hi]) hi = j;
      if (b.low[j] <= b.low[lo]) lo = j;
    }
    // 100 * (hi - lo) / n, rounded once (TA-Lib's (100 / n) * (hi - lo) is within an ulp).
    out[i] = 100.0 * (static_cast<double>(hi) - static_cast<double>(lo)) / n;
  }
  return out;
}

template <class T>
class Aroonosc : public ::testing::Test {};
TYPED_TEST_SUITE(Aroonosc, real_types);

// By hand (aroon_test's bars): bar 3 has up 50 and down 50 -> 0; bar 2: 100 - 100 = 0. With
// highs 1 2 3 and lows 3 2 1 (period 2): hi = 2, lo = 2 -> 0; highs 3 2 1, lows 1 2 3: hi = 0,
// lo = 0 -> 0; highs 1 3 2, lows 2 3 1 -> hi 1, lo 2 -> 50 * (1 - 2) = -50.
TYPED_TEST(Aroonosc, HandComputed) {
  using T = TypeParam;
  const auto y =
      taspan::aroonosc(std::vector<T>{T(1), T(3), T(2)}, std::vector<T>{T(2), T(3), T(1)}, 2);
  EXPECT_EQ(y[2], T(-50));
}

TYPED_TEST(Aroonosc, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  auto sets = bar_sets<T>();
  auto tied = random_bars<T>(400, 22);
  for (auto* v : {&tied.high, &tied.low})
    for (auto& x : *v) x = std::round(x);
  sets.push_back(tied);
  for (const auto& b : sets) {
    for (int n : {2, 5, 14}) {
      const auto y = taspan::aroonosc(b.high, b.low, n);
      expect_series_identical(y, rounded<T>(reference_aroonosc(b, n)),
                              "aroonosc n=" + std::to_string(n));
      taspan::aroonosc_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low), y, "stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(-100) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Aroonosc, NanSizes) {
  using T = TypeParam;
  const auto b = nan_bar(random_bars<T>(60), 20);
  const auto y = taspan::aroonosc(b.high, b.low, 4);
  for (std::size_t i = 0; i < y.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 4 || (i >= 20 && i <= 24)) << i;
  taspan::aroonosc_stream<T> s(4);
  expect_series_identical(run_stream_n(s, b.high, b.low), y);
  for (std::size_t size : {0U, 1U, 14U, 15U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::aroonosc(e.high, e.low);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 14);
  }
}

TEST(Aroonosc, LookbackAndErrors) {
  EXPECT_EQ(taspan::aroonosc_lookback(), 14);
  EXPECT_EQ(taspan::aroonosc_stream<double>(3).lookback(), 3);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  EXPECT_TASPAN_ERROR(taspan::aroonosc(x, x, 1), "taspan::aroonosc: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::aroonosc(y, x),
                      "taspan::aroonosc: low size must be the size of high (3), got 4");
  EXPECT_TASPAN_ERROR(taspan::aroonosc(x, x, y),
                      "taspan::aroonosc: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::aroonosc_stream<double>(1),
                      "taspan::aroonosc_stream: period must be >= 2, got 1");
}

}  // namespace
