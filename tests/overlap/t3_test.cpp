// T3 (TA-Lib T3): constant and period-1 identities, TA-Lib's documented algorithm as a composition
// of six reference EMAs (each seeded with the SMA of the previous one's first `period` values),
// stream == batch (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/t3.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class T3 : public ::testing::Test {};
TYPED_TEST_SUITE(T3, real_types);

std::vector<ld> ref_t3(const std::vector<ld>& x, int n, ld v) {
  std::vector<std::vector<ld>> e{ref_ema(x, n)};
  for (int j = 1; j < 6; ++j) e.push_back(ref_ema(e.back(), n, first_value(e.back())));
  const ld c1 = -v * v * v, c2 = 3 * v * v + 3 * v * v * v, c3 = -6 * v * v - 3 * v - 3 * v * v * v,
           c4 = 1 + 3 * v + v * v * v + 3 * v * v;
  std::vector<ld> y(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(e[5][i])) y[i] = c1 * e[5][i] + c2 * e[4][i] + c3 * e[3][i] + c4 * e[2][i];
  return y;
}

TYPED_TEST(T3, HandComputedIdentities) {
  using T = TypeParam;
  // The coefficients sum to 1 (-v^3 + 3v^2 + 3v^3 - 6v^2 - 3v - 3v^3 + 1 + 3v + v^3 + 3v^2 = 1),
  // so the T3 of a constant is the constant; period 1 is the input (TA-Lib).
  const auto c = taspan::t3(constant<T>(40, 3.5), 3, 0.7);
  for (std::size_t i = 12; i < 40; ++i) EXPECT_NEAR(c[i], 3.5, 1e-6);
  EXPECT_TRUE(std::isnan(c[11]));
  const auto x = random_walk<T>(50);
  expect_series_identical(taspan::t3(x, 1), x);
}

TYPED_TEST(T3, MatchesReference) {
  using T = TypeParam;
  for (int period : {2, 5, 20}) {
    for (double v : {0.0, 0.7, 1.0}) {
      const auto x = random_walk<T>(1000, 12);
      expect_series_near(taspan::t3(x, period, v), ref_t3(widen(x), period, v), tol<T>(), 0.0,
                         "p=" + std::to_string(period));
    }
  }
}

TYPED_TEST(T3, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 5})
    check_common<T>([&](const std::vector<T>& x) { return taspan::t3(x, period, 0.7); },
                    [&] { return taspan::t3_stream<T>(period, 0.7); }, 6 * (period - 1), true);
}

TEST(T3, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::t3_lookback(), 24);  // TA-Lib: T3 lookback = 6 * (period - 1), default 5
  EXPECT_EQ(taspan::t3_stream<double>().period(), 5);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::t3(x, 0), "taspan::t3: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::t3(x, 5, 1.5), "taspan::t3: vfactor must be in [0, 1], got 1.5");
  EXPECT_TASPAN_ERROR(taspan::t3_stream<double>(5, -0.1),
                      "taspan::t3_stream: vfactor must be in [0, 1], got -0.1");
}

}  // namespace
