// SMA (TA-Lib SMA): hand-checked values, defaults, lookback, batch == streaming.

#include "taspan/overlap/sma.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Sma : public ::testing::Test {};
TYPED_TEST_SUITE(Sma, real_types);

TYPED_TEST(Sma, HandComputedValues) {
  using T = TypeParam;
  // (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+8)/3 = 5
  const std::vector<T> x{1, 2, 3, 4, 8};
  const auto y = taspan::sma(x, 3);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_EQ(y[2], T(2));
  EXPECT_EQ(y[3], T(3));
  EXPECT_EQ(y[4], T(5));
}

TYPED_TEST(Sma, StreamEqualsBatch) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(700), {100});
  taspan::sma_stream<T> s;  // TA-Lib default period 30
  expect_series_identical(run_stream(s, x), taspan::sma(x));
}

TEST(Sma, TaLibDefaultsAndLookback) {
  EXPECT_EQ(taspan::sma_lookback(), 29);  // TA-Lib: SMA default optInTimePeriod 30
  EXPECT_EQ(taspan::sma_lookback(10), 9);
  EXPECT_EQ(taspan::sma_stream<double>().period(), 30);
  EXPECT_TASPAN_ERROR(taspan::sma(std::vector<double>(3), 0),
                      "taspan::sma: period must be >= 1, got 0");
}

}  // namespace
