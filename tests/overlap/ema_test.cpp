// EMA (TA-Lib EMA): hand-computed values, TA-Lib reference loop, stream vs chunked batch,
// TradingView first-value seeding, lookback, NaN restart, sizes, bad parameters.

#include "taspan/overlap/ema.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Ema : public ::testing::Test {};
TYPED_TEST_SUITE(Ema, real_types);

TYPED_TEST(Ema, HandComputedValues) {
  using T = TypeParam;
  // period 3, k = 2/4 = 0.5: seed (1+2+3)/3 = 2 at bar 2; then (4-2)*0.5+2 = 3; (8-3)*0.5+3 = 5.5.
  const std::vector<T> x{1, 2, 3, 4, 8};
  const auto y = taspan::ema(x, 3);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_EQ(y[2], T(2));
  EXPECT_EQ(y[3], T(3));
  EXPECT_EQ(y[4], T(5.5));
  // first_value seeding (TradingView's pine_ema): 1, (2-1)*.5+1 = 1.5, 2.25, 3.125, 5.5625.
  const auto f = taspan::ema(x, 3, taspan::ema_seed::first_value);
  const std::vector<T> expected{1, 1.5, 2.25, 3.125, 5.5625};
  expect_series_identical(f, expected);
}

TYPED_TEST(Ema, MatchesTaLibReferenceLoop) {
  using T = TypeParam;
  for (int period : {1, 2, 5, 30, 200}) {
    for (std::size_t n :
         {std::size_t{100}, std::size_t{511}, std::size_t{512}, std::size_t{5000}}) {
      const auto x = random_walk<T>(n, 21);
      expect_series_near(taspan::ema(x, period), ref_ema(widen(x), period), tol<T>(), 0.0,
                         "p=" + std::to_string(period) + " n=" + std::to_string(n));
    }
  }
}

TYPED_TEST(Ema, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 14, 30}) {
    check_common<T>([&](const std::vector<T>& x) { return taspan::ema(x, period); },
                    [&] { return taspan::ema_stream<T>(period); }, period - 1,
                    /*bitwise=*/false);
  }
  check_common<T>(
      [](const std::vector<T>& x) { return taspan::ema(x, 10, taspan::ema_seed::first_value); },
      [] { return taspan::ema_stream<T>(10, taspan::ema_seed::first_value); }, 0, false);
}

// The chunked batch kernel (tiles of 512 bars) and the bar-by-bar stream agree on long series.
TEST(Ema, ChunkedBatchAgreesWithStreamOverAMillionBars) {
  const auto x = random_walk<double>(1'000'003, 17, 1000.0);
  for (int period : {2, 12, 200}) {
    const auto y = taspan::ema(x, period);
    taspan::ema_stream<double> s(period);
    double worst = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const double v = s.update(x[i]);
      if (i >= static_cast<std::size_t>(period - 1))
        worst = std::max(worst, std::abs(v - y[i]) / std::abs(v));
    }
    EXPECT_LT(worst, 1e-13) << period;
  }
}

TEST(Ema, LookbackAndDefaults) {
  EXPECT_EQ(taspan::ema_lookback(), 29);  // TA-Lib: EMA lookback = period - 1, default 30
  EXPECT_EQ(taspan::ema_lookback(12), 11);
  EXPECT_EQ(taspan::ema_lookback(12, taspan::ema_seed::first_value), 0);
  EXPECT_EQ(taspan::ema_stream<double>().period(), 30);
  EXPECT_EQ(taspan::ema_stream<float>(5).lookback(), 4);
}

TEST(Ema, BadParameters) {
  std::vector<double> x(10, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::ema(x, 0), "taspan::ema: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::ema(x, out, 3),
                      "taspan::ema: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::ema_stream<float>(-2),
                      "taspan::ema_stream: period must be >= 1, got -2");
}

}  // namespace
