// SMMA (Wilder's moving average, Pine's ta.rma): hand-worked values, a plain loop from Pine's
// definition, stream == batch (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/smma.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Smma : public ::testing::Test {};
TYPED_TEST_SUITE(Smma, real_types);

// Pine v5 ta.rma: the SMA of the first n inputs, then alpha * x + (1 - alpha) * previous.
std::vector<ld> ref_smma(const std::vector<ld>& x, int n) {
  std::vector<ld> y(x.size(), lnan);
  ld s = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::cmp_less(i + 1, n)) {
      s += x[i];
    } else if (std::cmp_equal(i + 1, n)) {
      y[i] = s = (s + x[i]) / n;
    } else {
      y[i] = s = x[i] / n + (1 - 1.0L / n) * s;
    }
  }
  return y;
}

TYPED_TEST(Smma, HandWorked) {
  using T = TypeParam;
  // 1..5, period 3: seed (1+2+3)/3 = 2; then 2 + (4-2)/3 = 8/3; 8/3 + (5 - 8/3)/3 = 31/9.
  const std::vector<T> x{1, 2, 3, 4, 5};
  const auto y = taspan::smma(x, 3);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], 2.0, 1e-6);
  EXPECT_NEAR(y[3], 8.0 / 3.0, 1e-6);
  EXPECT_NEAR(y[4], 31.0 / 9.0, 1e-6);
}

TYPED_TEST(Smma, MatchesPinesDefinition) {
  using T = TypeParam;
  for (int period : {1, 2, 5, 14, 50}) {
    const auto x = random_walk<T>(900, 21);
    expect_series_near(taspan::smma(x, period), ref_smma(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Smma, CommonChecks) {
  using T = TypeParam;
  for (int period : {1, 3, 14})
    check_common<T>([&](const std::vector<T>& x) { return taspan::smma(x, period); },
                    [&] { return taspan::smma_stream<T>(period); }, taspan::smma_lookback(period),
                    true);
}

TEST(Smma, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::smma_lookback(), 13);
  EXPECT_EQ(taspan::smma_lookback(1), 0);
  EXPECT_EQ(taspan::smma_lookback(taspan::max_period + 1), -1);
  EXPECT_EQ(taspan::smma_stream<double>().period(), 14);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::smma(x, 0), "taspan::smma: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::smma_stream<float>(-3),
                      "taspan::smma_stream: period must be >= 1, got -3");
}

}  // namespace
