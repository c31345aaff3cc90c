// aroon: hand values; TA-Lib's algorithm (ta_AROON.c, held index with >=/<= and rescans) as a
// plain loop, and an independent brute force (newest extreme of each window); ties; batch ==
// streaming; bounds; NaN windows; sizes; errors.

#include "taspan/momentum/aroon.hpp"
#include "ohlcv_test.hpp"
#include "taspan/momentum/aroonosc.hpp"

namespace {

using namespace taspan_test;

// TA-Lib ta_AROON.c, transcribed as a loop; returns {down, up}.
template <class T>
std::pair<std::vector<double>, std::vector<double>> reference_aroon(const std::vector<T>& high,
                                                                    const std::vector<T>& low,
                                                                    int n) {
  std::vector<double> down(high.size(), ref::nan), up(high.size(), ref::nan);
  long lowest_idx = -1, highest_idx = -1;
  double lowest = 0, highest = 0;
  // TA-Lib multiplies by factor = 100.0 / n (two roundings, can give 100.00000000000001);
  // taspan rounds 100 * k / n once, within an ulp of it (see aroon_core::percent).
  const auto percent = [n](long k) { return 100.0 * static_cast<double>(k) / n; };
  for (long today = n, trailing = 0; today < static_cast<long>(high.size()); ++today, ++trailing) {
    const auto t = static_cast<std::size_t>(today);
    if (lowest_idx < trailing) {
      lowest_idx = trailing;
      lowest = low[static_cast<std::size_t>(trailing)];
      for (long i = trailing + 1; i <= today; ++i) {
        if (low[static_cast<std::size_t>(i)] <= lowest) {
          lowest_idx = i;
          lowest = low[static_cast<std::size_t>(i)];
        }
      }
    } else if (low[t] <= lowest) {
      lowest_idx = today;
      lowest = low[t];
    }
    if (highest_idx < trailing) {
      highest_idx = trailing;
      highest = high[static_cast<std::size_t>(trailing)];
      for (long i = trailing + 1; i <= today; ++i) {
        if (high[static_cast<std::size_t>(i)] >= highest) {
          highest_idx = i;
          highest = high[static_cast<std::size_t>(i)];
        }
      }
    } else if (high[t] >= highest) {
      highest_idx = today;
      highest = high[t];
    }
    up[t] = percent(n - (today - highest_idx));
    down[t] = percent(n - (today - lowest_idx));
  }
  return {down, up};
}

// Prices rounded to whole units: many equal highs and lows, so ties decide the indices.
template <class T>
bars<T> tied_bars(std::size_t size) {
  auto b = random_bars<T>(size, 21);
  for (auto* v : {&b.high, &b.low})
    for (auto& x : *v) x = std::round(x);
  return b;
}

template <class T>
class Aroon : public ::testing::Test {};
TYPED_TEST_SUITE(Aroon, real_types);

// By hand, period 2, highs 1 3 3 2, lows 5 4 4 6. Bar 2: highest 3 at bars 1 and 2, newest 2 ->
// up = 50 * (2 - 0) = 100; lowest 4 at 1 and 2 -> down 100. Bar 3: window 1..3, highest 3 newest
// at 2 -> up = 50 * (2 - 1) = 50; lowest 4 at 2 -> down 50.
TYPED_TEST(Aroon, HandComputedTies) {
  using T = TypeParam;
  const std::vector<T> h{T(1), T(3), T(3), T(2)}, l{T(5), T(4), T(4), T(6)};
  const auto r = taspan::aroon(h, l, 2);
  EXPECT_TRUE(std::isnan(r.aroonup[1]));
  EXPECT_EQ(r.aroonup[2], T(100));
  EXPECT_EQ(r.aroondown[2], T(100));
  EXPECT_EQ(r.aroonup[3], T(50));
  EXPECT_EQ(r.aroondown[3], T(50));
}

TYPED_TEST(Aroon, MatchesTaLibLoopAndStreaming) {
  using T = TypeParam;
  auto sets = bar_sets<T>();
  sets.push_back(tied_bars<T>(500));
  for (const auto& b : sets) {
    for (int n : {2, 5, 14, 25}) {
      const auto r = taspan::aroon(b.high, b.low, n);
      const auto [down, up] = reference_aroon(b.high, b.low, n);
      expect_series_identical(r.aroondown, rounded<T>(down), "down n=" + std::to_string(n));
      expect_series_identical(r.aroonup, rounded<T>(up), "up n=" + std::to_string(n));
      taspan::aroon_stream<T> s(n);
      for (std::size_t i = 0; i < b.size(); ++i) {
        const auto p = s.peek(b.high[i], b.low[i]);
        const auto u = s.update(b.high[i], b.low[i]);
        ASSERT_TRUE(p.aroonup == u.aroonup || both_nan(p.aroonup, u.aroonup));
        ASSERT_TRUE(u.aroonup == r.aroonup[i] || both_nan(u.aroonup, r.aroonup[i])) << i;
        ASSERT_TRUE(u.aroondown == r.aroondown[i] || both_nan(u.aroondown, r.aroondown[i])) << i;
        if (!std::isnan(u.aroonup)) {
          ASSERT_TRUE(u.aroonup >= T(0) && u.aroonup <= T(100));
          ASSERT_TRUE(u.aroondown >= T(0) && u.aroondown <= T(100));
        }
      }
    }
  }
}

TYPED_TEST(Aroon, NanWindowsSizesReset) {
  using T = TypeParam;
  const auto clean = tied_bars<T>(80);
  const auto b = nan_bar(clean, 40);
  const int n = 5;
  const auto r = taspan::aroon(b.high, b.low, n);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const bool nan = i < 5 || (i >= 40 && i <= 45);
    EXPECT_EQ(std::isnan(r.aroonup[i]), nan) << i;
    EXPECT_EQ(std::isnan(r.aroondown[i]), nan) << i;
    if (nan) continue;
    // Brute force: newest bar of the extreme in the window i-n .. i.
    std::size_t hi = i - n, lo = i - n;
    for (std::size_t j = i - n; j <= i; ++j) {
      if (b.high[j] >= b.high[hi]) hi = j;
      if (b.low[j] <= b.low[lo]) lo = j;
    }
    EXPECT_EQ(r.aroonup[i],
              static_cast<T>(100.0 * static_cast<double>(n - static_cast<int>(i - hi)) / n))
        << i;
    EXPECT_EQ(r.aroondown[i],
              static_cast<T>(100.0 * static_cast<double>(n - static_cast<int>(i - lo)) / n))
        << i;
  }
  for (std::size_t size : {0U, 1U, 14U, 15U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::aroon(e.high, e.low);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z.aroonup[i]), i < 14);
    taspan::aroon_stream<T> s;
    for (std::size_t i = 0; i < size; ++i) (void)s.update(e.high[i], e.low[i]);
    EXPECT_EQ(s.ready(), size >= 15);
    s.reset();
    EXPECT_FALSE(s.ready());
  }
}

// Regression (tests/properties, bounds): TA-Lib's (100 / 22) * 22 is 100.00000000000001, outside
// the documented [0, 100]; a new high (low) on the current bar must give exactly 100.
TYPED_TEST(Aroon, NewExtremeIsExactly100) {
  using T = TypeParam;
  for (int n : {3, 7, 22, 25, 49, 97}) {
    std::vector<T> high, low;
    for (int i = 0; i <= 2 * n; ++i) {
      high.push_back(static_cast<T>(10 + i));  // rising: the newest high is the highest
      low.push_back(static_cast<T>(10 - i));   // falling: the newest low is the lowest
    }
    const auto r = taspan::aroon(high, low, n);
    for (std::size_t i = static_cast<std::size_t>(n); i < high.size(); ++i) {
      EXPECT_EQ(r.aroonup[i], T(100)) << n << " " << i;
      EXPECT_EQ(r.aroondown[i], T(100)) << n << " " << i;
    }
    std::vector<T> rising_low(high.size());  // lowest low the oldest bar: up 100, down 0
    for (std::size_t i = 0; i < high.size(); ++i) rising_low[i] = static_cast<T>(i);
    EXPECT_EQ(taspan::aroonosc(high, rising_low, n).back(), T(100)) << n;
  }
}

TEST(Aroon, LookbackAndErrors) {
  EXPECT_EQ(taspan::aroon_lookback(), 14);
  EXPECT_EQ(taspan::aroon_lookback(2), 2);
  EXPECT_EQ(taspan::aroon_stream<double>(9).lookback(), 9);
  std::vector<double> x(4, 1.0), y(3, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::aroon(x, x, 1), "taspan::aroon: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::aroon(x, y),
                      "taspan::aroon: low size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::aroon(x, x, y, out),
                      "taspan::aroon: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::aroon(x, x, out, y),
                      "taspan::aroon: aroonup size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::aroon_stream<float>(0),
                      "taspan::aroon_stream: period must be >= 2, got 0");
}

}  // namespace
