// DEMA and TEMA (TA-Lib DEMA/TEMA) are tested in their own files; this one: DEMA.
// Reference: TA-Lib's documented algorithm as a composition of reference EMAs
// (ema2 = EMA of ema1's values, seeded with the SMA of its first `period` values).

#include "taspan/overlap/dema.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Dema : public ::testing::Test {};
TYPED_TEST_SUITE(Dema, real_types);

std::vector<ld> ref_dema(const std::vector<ld>& x, int n) {
  const auto e1 = ref_ema(x, n);
  const auto e2 = ref_ema(e1, n, first_value(e1));
  std::vector<ld> y(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(e2[i])) y[i] = 2 * e1[i] - e2[i];
  return y;
}

TYPED_TEST(Dema, HandComputedValues) {
  using T = TypeParam;
  // period 2, k = 2/3. ema1: bar1 (1+2)/2 = 1.5; bar2 1.5 + (4-1.5)*2/3 = 19/6.
  // ema2 seeded at bar2 with (1.5 + 19/6)/2 = 7/3; dema = 2*19/6 - 7/3 = 4.
  const std::vector<T> x{1, 2, 4};
  const auto y = taspan::dema(x, 2);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_NEAR(y[2], 4.0, 1e-6);
}

TYPED_TEST(Dema, MatchesReference) {
  using T = TypeParam;
  for (int period : {2, 5, 30}) {
    const auto x = random_walk<T>(1000, 8);
    expect_series_near(taspan::dema(x, period), ref_dema(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Dema, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 10, 30})
    check_common<T>([&](const std::vector<T>& x) { return taspan::dema(x, period); },
                    [&] { return taspan::dema_stream<T>(period); }, 2 * (period - 1), true);
}

TEST(Dema, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::dema_lookback(), 58);  // TA-Lib: DEMA lookback = 2 * EMA lookback
  EXPECT_EQ(taspan::dema_lookback(10), 18);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::dema(x, 0), "taspan::dema: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::dema_stream<double>(-1),
                      "taspan::dema_stream: period must be >= 1, got -1");
}

}  // namespace
