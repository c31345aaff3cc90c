// McGinley dynamic: hand-worked values, a plain loop from TradingView's script, stream == batch
// (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/mcginley.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Mcginley : public ::testing::Test {};
TYPED_TEST_SUITE(Mcginley, real_types);

// mg := na(mg[1]) ? source : mg[1] + (source - mg[1]) / (length * pow(source / mg[1], 4))
std::vector<ld> ref_mcginley(const std::vector<ld>& x, int n) {
  std::vector<ld> y(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    y[i] = i == 0 ? x[0] : y[i - 1] + (x[i] - y[i - 1]) / (n * std::pow(x[i] / y[i - 1], 4));
  return y;
}

TYPED_TEST(Mcginley, HandWorked) {
  using T = TypeParam;
  // 100 then 110, period 10: 100 + 10 / (10 * 1.1^4) = 100 + 1 / 1.4641.
  const std::vector<T> x{100, 110, 110};
  const auto y = taspan::mcginley(x, 10);
  EXPECT_EQ(y[0], T(100));
  EXPECT_NEAR(y[1], 100.0 + 1.0 / 1.4641, 1e-4);
  // Falling prices pull it down faster than rising ones lift it: (x / md)^4 < 1.
  const auto down = taspan::mcginley(std::vector<T>{100, 90}, 10);
  EXPECT_GT(100.0 - down[1], y[1] - 100.0);
}

TYPED_TEST(Mcginley, MatchesTradingViewsDefinition) {
  using T = TypeParam;
  for (int period : {1, 5, 14, 60}) {
    const auto x = random_walk<T>(900, 25);
    expect_series_near(taspan::mcginley(x, period), ref_mcginley(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

// check_common's falling line reaches 0 and below, where the ratio x / md is undefined: these are
// its checks on positive prices.
TYPED_TEST(Mcginley, StreamEqualsBatchAndNanRestarts) {
  using T = TypeParam;
  for (int period : {1, 14}) {
    const auto x = with_nans(random_walk<T>(600, 28), {0, 100, 101, 350});
    const auto y = taspan::mcginley(x, period);
    auto s = taspan::mcginley_stream<T>(period);
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, x), y, "stream vs batch");
    EXPECT_TRUE(s.ready());
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, x), y, "after reset");
    // Each NaN bar is NaN; the next bar starts again from its price, as a fresh series does.
    for (std::size_t j : {0UL, 100UL, 101UL, 350UL}) EXPECT_TRUE(std::isnan(y[j]));
    EXPECT_EQ(y[102], x[102]);
    const auto fresh = taspan::mcginley(std::vector<T>(x.begin() + 351, x.end()), period);
    expect_series_identical(std::vector<T>(y.begin() + 351, y.end()), fresh, "restart");
    for (std::size_t n : {0UL, 1UL, 2UL})
      EXPECT_EQ(taspan::mcginley(random_walk<T>(n), period).size(), n);
  }
}

TYPED_TEST(Mcginley, ConstantPricesStay) {
  using T = TypeParam;
  for (T y : taspan::mcginley(constant<T>(50), 9)) EXPECT_EQ(y, T(42.5));
}

TEST(Mcginley, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::mcginley_lookback(), 0);
  EXPECT_EQ(taspan::mcginley_lookback(taspan::max_period + 1), -1);
  EXPECT_EQ(taspan::mcginley_stream<double>().period(), 14);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::mcginley(x, 0), "taspan::mcginley: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::mcginley_stream<double>(-1),
                      "taspan::mcginley_stream: period must be >= 1, got -1");
}

}  // namespace
