// PPO (TA-Lib PPO): (fast - slow) / slow * 100, 0 when |slow| < 1e-8;: default SMA lines, EMA lines
// aligned the TA-Lib way (fast EMA seeded on the window ending where the slow seed window ends),
// hand-computed values, reference loops, stream == batch (bitwise), lookback, NaN restart, bad
// parameters.

#include "taspan/momentum/ppo.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

template <class T>
class Ppo : public ::testing::Test {};
TYPED_TEST_SUITE(Ppo, real_types);

TYPED_TEST(Ppo, HandComputedValues) {
  using T = TypeParam;
  // fast 2, slow 3, SMA: bar 2: (2.5 - 2) / 2 * 100 = 25; bar 3: (5 - 4) / 4 * 100 = 25.
  const std::vector<T> x{1, 2, 3, 7};
  const auto y = taspan::ppo(x, 2, 3);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], 25.0, 1e-5);
  EXPECT_NEAR(y[3], 25.0, 1e-5);
  // A zero slow average gives 0, as TA-Lib does.
  const auto z = taspan::ppo(constant<T>(10, 0.0), 2, 3);
  for (std::size_t i = 2; i < z.size(); ++i) EXPECT_EQ(z[i], T(0));
}

TYPED_TEST(Ppo, MatchesReference) {
  using T = TypeParam;
  const auto x = random_walk<T>(1000, 9);
  const auto w = widen(x);
  const auto fs = ref_sma(w, 12), ss = ref_sma(w, 26);
  const auto fe = ref_ema(w, 12, 14), se = ref_ema(w, 26);  // fast EMA starts at bar 26-12
  const auto ys = taspan::ppo(x), ye = taspan::ppo(x, 12, 26, ma_type::ema);
  for (std::size_t i = 25; i < x.size(); ++i) {
    EXPECT_NEAR(ys[i], static_cast<double>((fs[i] - ss[i]) / ss[i] * 100), tol<T>() * 100) << i;
    EXPECT_NEAR(ye[i], static_cast<double>((fe[i] - se[i]) / se[i] * 100), tol<T>() * 100) << i;
  }
  expect_series_identical(taspan::ppo(x, 26, 12), ys);  // swapped periods
}

TYPED_TEST(Ppo, CommonChecks) {
  using T = TypeParam;
  for (ma_type type : {ma_type::sma, ma_type::ema, ma_type::kama, ma_type::t3})
    check_common<T>([&](const std::vector<T>& x) { return taspan::ppo(x, 5, 12, type); },
                    [&] { return taspan::ppo_stream<T>(5, 12, type); },
                    taspan::ppo_lookback(5, 12, type), true);
}

TEST(Ppo, LookbackAndBadParameters) {
  // TA-Lib: MA_Lookback(max(fast, slow), matype).
  EXPECT_EQ(taspan::ppo_lookback(), 25);
  EXPECT_EQ(taspan::ppo_lookback(12, 26, ma_type::kama), 26);
  EXPECT_EQ(taspan::ppo_lookback(12, 26, ma_type::t3), 150);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::ppo(x, 1, 26), "taspan::ppo: fast must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::ppo(x, 12, 1), "taspan::ppo: slow must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::ppo_stream<double>(12, 26, static_cast<ma_type>(9)),
                      "taspan::ppo_stream: matype must be one of sma, ema, wma, dema, tema, trima, "
                      "kama, mama, t3, got 9");
}

}  // namespace
