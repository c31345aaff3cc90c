// MA dispatcher (TA-Lib MA / TA_MAType): each type equals its own function, the stream equals the
// batch, lookbacks equal TA_MA_Lookback's, period 1 is the identity, MAMA and unknown types throw.

#include "taspan/overlap/ma.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

const ma_type all_types[] = {ma_type::sma,  ma_type::ema,   ma_type::wma,  ma_type::dema,
                             ma_type::tema, ma_type::trima, ma_type::kama, ma_type::t3};

template <class T>
class Ma : public ::testing::Test {};
TYPED_TEST_SUITE(Ma, real_types);

TYPED_TEST(Ma, EachTypeEqualsItsFunction) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(700, 3), {350});
  const int p = 7;
  expect_series_identical(taspan::ma(x, p, ma_type::sma), taspan::sma(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::ema), taspan::ema(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::wma), taspan::wma(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::dema), taspan::dema(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::tema), taspan::tema(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::trima), taspan::trima(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::kama), taspan::kama(x, p));
  expect_series_identical(taspan::ma(x, p, ma_type::t3), taspan::t3(x, p, 0.7));
}

TYPED_TEST(Ma, StreamEqualsBatch) {
  using T = TypeParam;
  for (ma_type type : all_types) {
    for (int p : {2, 9}) {
      check_common<T>([&](const std::vector<T>& x) { return taspan::ma(x, p, type); },
                      [&] { return taspan::ma_stream<T>(p, type); }, taspan::ma_lookback(p, type),
                      /*bitwise=*/type != ma_type::ema);
    }
  }
}

TYPED_TEST(Ma, PeriodOneIsTheInput) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(100), {10});
  for (ma_type type : all_types) {
    expect_series_identical(taspan::ma(x, 1, type), x);
    taspan::ma_stream<T> s(1, type);
    expect_series_identical(run_stream(s, x), x);
    EXPECT_EQ(taspan::ma_lookback(1, type), 0);
  }
}

TEST(Ma, LookbacksEqualTaLib) {
  // TA_MA_Lookback(30, type): SMA/EMA/WMA/TRIMA period-1, DEMA 2(p-1), TEMA 3(p-1), KAMA p,
  // T3 6(p-1).
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::sma), 29);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::ema), 29);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::wma), 29);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::dema), 58);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::tema), 87);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::trima), 29);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::kama), 30);
  EXPECT_EQ(taspan::ma_lookback(30, ma_type::t3), 174);
  EXPECT_EQ(static_cast<int>(ma_type::mama), 7);  // TA_MAType order
  EXPECT_EQ(static_cast<int>(ma_type::t3), 8);
  EXPECT_EQ(taspan::ma_stream<double>(10, ma_type::kama).lookback(), 10);
  EXPECT_EQ(taspan::ma_stream<double>(10, ma_type::kama).type(), ma_type::kama);
}

TEST(Ma, BadParameters) {
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::ma(x, 0, ma_type::ema), "taspan::ma: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(
      taspan::ma(x, 5, static_cast<ma_type>(9)),
      "taspan::ma: matype must be one of sma, ema, wma, dema, tema, trima, kama, mama, t3, got 9");
  EXPECT_TASPAN_ERROR(
      taspan::ma(x, 5, static_cast<ma_type>(42)),
      "taspan::ma: matype must be one of sma, ema, wma, dema, tema, trima, kama, mama, t3, got 42");
  EXPECT_TASPAN_ERROR(taspan::ma_stream<float>(3, static_cast<ma_type>(9)),
                      "taspan::ma_stream: matype must be one of sma, ema, wma, dema, tema, trima, "
                      "kama, mama, t3, got 9");
}

}  // namespace
