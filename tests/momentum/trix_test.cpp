// TRIX (TA-Lib TRIX): a constant gives 0 (hand), reference = TA-Lib's documented algorithm
// (three reference EMAs, then the 1-bar percent change), stream == batch (bitwise), lookback,
// NaN restart, sizes, bad parameters.

#include "taspan/momentum/trix.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Trix : public ::testing::Test {};
TYPED_TEST_SUITE(Trix, real_types);

std::vector<ld> ref_trix(const std::vector<ld>& x, int n) {
  const auto e1 = ref_ema(x, n);
  const auto e2 = ref_ema(e1, n, first_value(e1));
  const auto e3 = ref_ema(e2, n, first_value(e2));
  std::vector<ld> y(x.size(), lnan);
  for (std::size_t i = 1; i < x.size(); ++i)
    if (!std::isnan(e3[i - 1])) y[i] = (e3[i] / e3[i - 1] - 1) * 100;
  return y;
}

TYPED_TEST(Trix, HandComputedValues) {
  using T = TypeParam;
  // Every EMA of a constant is the constant: the rate of change is 0 from bar 3*(3-1)+1 = 7.
  const auto y = taspan::trix(constant<T>(20, 5.0), 3);
  EXPECT_TRUE(std::isnan(y[6]));
  for (std::size_t i = 7; i < 20; ++i) EXPECT_EQ(y[i], T(0));
  // period 1: every EMA is the input; TRIX is its percent change: (3/2 - 1) * 100 = 50.
  const std::vector<T> x{2, 3};
  EXPECT_NEAR(taspan::trix(x, 1)[1], 50.0, 1e-5);
}

TYPED_TEST(Trix, MatchesReference) {
  using T = TypeParam;
  for (int period : {2, 5, 30}) {
    const auto x = random_walk<T>(1000, 10);
    // TRIX is a small percentage: compare relative to the 100 it is scaled by.
    expect_series_near(taspan::trix(x, period), ref_trix(widen(x), period), tol<T>(),
                       tol<T>() * 100, "p=" + std::to_string(period));
  }
}

TYPED_TEST(Trix, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 9, 30})
    check_common<T>([&](const std::vector<T>& x) { return taspan::trix(x, period); },
                    [&] { return taspan::trix_stream<T>(period); }, 3 * (period - 1) + 1, true);
}

TEST(Trix, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::trix_lookback(), 88);  // TA-Lib: 3 * EMA_Lookback(30) + ROCR_Lookback(1)
  EXPECT_EQ(taspan::trix_lookback(1), 1);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::trix(x, 0), "taspan::trix: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::trix_stream<double>(0),
                      "taspan::trix_stream: period must be >= 1, got 0");
}

}  // namespace
