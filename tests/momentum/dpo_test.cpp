// DPO (detrended price oscillator, TradingView's non-centred form): hand-worked value, a plain
// loop, stream == batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/momentum/dpo.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Dpo : public ::testing::Test {};
TYPED_TEST_SUITE(Dpo, real_types);

TYPED_TEST(Dpo, HandWorked) {
  using T = TypeParam;
  // Period 4: shift 3. SMA(4) at bar 3 = (1+2+4+8)/4 = 3.75; at bar 6: x = 64 - 3.75.
  const std::vector<T> x{1, 2, 4, 8, 16, 32, 64};
  const auto y = taspan::dpo(x, 4);
  EXPECT_TRUE(std::isnan(y[5]));
  EXPECT_EQ(y[6], T(60.25));
  // On a line the detrended value is the slope times the SMA's lag plus the shift.
  const auto line = monotone<T>(100, true, 10.0, 0.5);
  const auto z = taspan::dpo(line, 21);
  for (std::size_t i = 31; i < line.size(); ++i) EXPECT_NEAR(z[i], 0.5 * (10 + 11), 1e-4) << i;
}

TYPED_TEST(Dpo, MatchesTradingViewsDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 42);
  for (int n : {1, 2, 21, 40}) {
    const auto s = ref_sma(widen(x), n);
    const auto shift = static_cast<std::size_t>(n / 2 + 1);
    std::vector<ld> ref(x.size(), lnan);
    for (std::size_t i = shift; i < x.size(); ++i) ref[i] = x[i] - s[i - shift];
    expect_series_near(taspan::dpo(x, n), ref, tol<T>(), tol<T>() * 100, std::to_string(n));
  }
}

TYPED_TEST(Dpo, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 4, 21})
    check_common<T>([&](const std::vector<T>& x) { return taspan::dpo(x, n); },
                    [&] { return taspan::dpo_stream<T>(n); }, taspan::dpo_lookback(n), true);
}

TEST(Dpo, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::dpo_lookback(), 20 + 11);
  EXPECT_EQ(taspan::dpo_lookback(1), 1);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::dpo(x, 0), "taspan::dpo: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::dpo_stream<double>(0),
                      "taspan::dpo_stream: period must be >= 1, got 0");
}

}  // namespace
