// trend: hand-checked states, batch == streaming == reference loop, NaN, errors; the
// multi-time-frame helper against a step-by-step reference and without look-ahead.

#include <chrono>

#include "taspan/timeframe/trend.hpp"
#include "taspan_test.hpp"
#include "timeframe_support.hpp"

namespace {

using namespace std::chrono;
using namespace timeframe_test;
using namespace taspan_test;

template <class T>
class Trend : public ::testing::Test {};
TYPED_TEST_SUITE(Trend, real_types);

TYPED_TEST(Trend, HandComputed) {
  using T = TypeParam;
  // period 3, slope_bars 2. SMA(3) by hand: -, -, 2, 3, 4, 13/3, 4, 3, 2, 4/3.
  // bar 4: 5 > 4 and 4 > sma[2] = 2           -> up
  // bar 5: 4 < 13/3 but 13/3 > sma[3] = 3     -> flat (below a rising average)
  // bar 6: 3 < 4, 4 == sma[4] = 4 (not below)  -> flat
  // bar 7: 2 < 3 and 3 < sma[5] = 13/3         -> down; bars 8, 9 likewise down.
  const std::vector<T> close{1, 2, 3, 4, 5, 4, 3, 2, 1, 1};
  const auto t = taspan::trend(close, 3, 2);
  const T nan = taspan::nan_v<T>;
  expect_series_identical(t, std::vector<T>{nan, nan, nan, nan, 1, 0, 0, -1, -1, -1});
  EXPECT_EQ(taspan::trend_lookback(3, 2), 4);
  EXPECT_EQ(taspan::trend_lookback(), 59);  // defaults: SMA 50, slope over 10 bars
}

TYPED_TEST(Trend, BatchStreamAndReferenceAgree) {
  using T = TypeParam;
  const auto close = with_nans(random_walk<T>(900, 5), {300});
  for (const auto& [period, k] : {std::pair{1, 1}, std::pair{20, 5}, std::pair{50, 10}}) {
    const auto batch = taspan::trend(close, period, k);
    // Reference: the average by a plain loop in double, then the rule as stated.
    std::vector<double> ma(close.size(), std::nan(""));
    for (std::size_t i = std::size_t(period - 1); i < close.size(); ++i) {
      double s = 0;
      for (std::size_t j = i + 1 - std::size_t(period); j <= i; ++j) s += double(close[j]);
      ma[i] = s / period;
    }
    for (std::size_t i = 0; i < close.size(); ++i) {
      const std::size_t kk = std::size_t(k);
      if (i < kk || std::isnan(ma[i]) || std::isnan(ma[i - kk]) || std::isnan(double(close[i]))) {
        EXPECT_TRUE(std::isnan(batch[i])) << i;
        continue;
      }
      // Skip bars where float rounding could flip a comparison against the double reference.
      const double c = double(close[i]), m = ma[i], m0 = ma[i - kk];
      const double eps = 1e-4 * std::abs(m);
      if (std::abs(c - m) < eps || std::abs(m - m0) < eps) continue;
      const double want = c > m && m > m0 ? 1 : c < m && m < m0 ? -1 : 0;
      EXPECT_EQ(double(batch[i]), want) << i;
    }
    taspan::trend_stream<T> s(period, k);
    EXPECT_EQ(s.lookback(), taspan::trend_lookback(period, k));
    const auto streamed = run_stream(s, close);
    expect_series_identical(streamed, batch, "stream");
    EXPECT_TRUE(s.ready());
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, close), batch, "after reset");
  }
}

TYPED_TEST(Trend, NaNAndShortSeries) {
  using T = TypeParam;
  // A NaN close at bar 30 (period 10, k 3): NaN at bars 30..39 (its SMA windows) and 40..42
  // (their averages are the lagged ones); valid again from bar 43.
  const auto close = with_nans(monotone<T>(60), {30});
  const auto t = taspan::trend(close, 10, 3);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const bool nan_expected = i < 12 || (i >= 30 && i <= 42);
    EXPECT_EQ(std::isnan(t[i]), nan_expected) << i;
    if (!nan_expected) {
      EXPECT_EQ(t[i], T(1)) << i;  // steadily rising prices: up
    }
  }
  for (std::size_t n : {0u, 1u, 12u, 13u}) {
    const auto s = taspan::trend(monotone<T>(n, false), 10, 3);
    ASSERT_EQ(s.size(), n);
    if (n == 13) {
      EXPECT_EQ(s[12], T(-1));  // first value at the lookback: falling prices
    }
  }
}

TEST(Trend, Errors) {
  const std::vector<double> x(5);
  EXPECT_TASPAN_ERROR(taspan::trend(x, 0, 1), "taspan::trend: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::trend(x, 3, 0), "taspan::trend: slope_bars must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::trend_stream<double>(3, -1),
                      "taspan::trend_stream: slope_bars must be >= 1, got -1");
  std::vector<double> out(4);
  EXPECT_TASPAN_ERROR(taspan::trend(x, out, 3, 1),
                      "taspan::trend: out size must be the size of input (5), got 4");
  const auto d = trading_days(5);
  EXPECT_TASPAN_ERROR(taspan::multi_timeframe_trend(d, std::vector<double>(4)),
                      "taspan::multi_timeframe_trend: close size must be the size of dates (5), "
                      "got 4");
  taspan::multi_timeframe_trend_options bad;
  bad.monthly.period = 0;
  EXPECT_TASPAN_ERROR(taspan::multi_timeframe_trend(d, x, bad),
                      "taspan::multi_timeframe_trend: period must be >= 1, got 0");
}

TYPED_TEST(Trend, MultiTimeframeMatchesStepByStepAndDoesNotLookAhead) {
  using T = TypeParam;
  const auto d = trading_days(700, 41);
  const auto close = random_walk<T>(d.size(), 42);
  taspan::multi_timeframe_trend_options opt;
  opt.daily = {20, 5};
  opt.weekly = {8, 2};
  opt.monthly = {4, 1};
  const auto r = taspan::multi_timeframe_trend(d, close, opt);
  ASSERT_EQ(r.daily.size(), d.size());

  // Step by step with the public pieces.
  expect_series_identical(r.daily, taspan::trend(close, 20, 5), "daily");
  const auto w = taspan::resample(d, close, taspan::period_unit::week);
  expect_series_identical(r.weekly, taspan::align(w, taspan::trend(w.close, 8, 2), d.size()),
                          "weekly");
  const auto m = taspan::resample(d, close, taspan::period_unit::month);
  expect_series_identical(r.monthly, taspan::align(m, taspan::trend(m.close, 4, 1), d.size()),
                          "monthly");
  std::size_t agreeing = 0;
  for (std::size_t i = 0; i < d.size(); ++i) {
    const T a = r.daily[i], b = r.weekly[i], c = r.monthly[i];
    if (std::isnan(a) || std::isnan(b) || std::isnan(c)) {
      EXPECT_TRUE(std::isnan(r.agree[i]));
    } else {
      EXPECT_EQ(r.agree[i], a == b && b == c ? a : T(0));
      agreeing += a == b && b == c && a != 0 ? 1 : 0;
    }
  }
  EXPECT_GT(agreeing, 0u);

  // Look-ahead: every bar's states computed from bars [0, t] only equal the batch ones.
  for (std::size_t t = 0; t < d.size(); ++t) {
    const auto p = taspan::multi_timeframe_trend(std::span(d.data(), t + 1),
                                                 std::span(close.data(), t + 1), opt);
    const T got[] = {p.daily.back(), p.weekly.back(), p.monthly.back(), p.agree.back()};
    const T want[] = {r.daily[t], r.weekly[t], r.monthly[t], r.agree[t]};
    for (int j = 0; j < 4; ++j)
      ASSERT_TRUE(got[j] == want[j] || (std::isnan(got[j]) && std::isnan(want[j])))
          << "bar " << t << " series " << j;
  }
}

}  // namespace
