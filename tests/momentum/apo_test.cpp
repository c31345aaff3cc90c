// APO (TA-Lib APO): default SMA lines, EMA lines aligned the TA-Lib way (fast EMA seeded on the
// window ending where the slow seed window ends), hand-computed values, reference loops,
// stream == batch (bitwise), lookback, NaN restart, bad parameters.

#include "taspan/momentum/apo.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

template <class T>
class Apo : public ::testing::Test {};
TYPED_TEST_SUITE(Apo, real_types);

TYPED_TEST(Apo, HandComputedValues) {
  using T = TypeParam;
  // fast 2, slow 3, SMA: bar 2: (2+3)/2 - (1+2+3)/3 = 0.5; bar 3: (3+7)/2 - (2+3+7)/3 = 1.
  const std::vector<T> x{1, 2, 3, 7};
  const auto y = taspan::apo(x, 2, 3);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], 0.5, 1e-6);
  EXPECT_NEAR(y[3], 1.0, 1e-6);
}

TYPED_TEST(Apo, MatchesReference) {
  using T = TypeParam;
  const auto x = random_walk<T>(1000, 9);
  const auto w = widen(x);
  const auto fs = ref_sma(w, 12), ss = ref_sma(w, 26);
  const auto fe = ref_ema(w, 12, 14), se = ref_ema(w, 26);  // fast EMA starts at bar 26-12
  const auto ys = taspan::apo(x), ye = taspan::apo(x, 12, 26, ma_type::ema);
  for (std::size_t i = 25; i < x.size(); ++i) {
    EXPECT_NEAR(ys[i], static_cast<double>(fs[i] - ss[i]), tol<T>() * 100) << i;
    EXPECT_NEAR(ye[i], static_cast<double>(fe[i] - se[i]), tol<T>() * 100) << i;
  }
  expect_series_identical(taspan::apo(x, 26, 12), ys);  // swapped periods
}

TYPED_TEST(Apo, CommonChecks) {
  using T = TypeParam;
  for (ma_type type : {ma_type::sma, ma_type::ema, ma_type::kama, ma_type::t3})
    check_common<T>([&](const std::vector<T>& x) { return taspan::apo(x, 5, 12, type); },
                    [&] { return taspan::apo_stream<T>(5, 12, type); },
                    taspan::apo_lookback(5, 12, type), true);
}

TEST(Apo, LookbackAndBadParameters) {
  // TA-Lib: MA_Lookback(max(fast, slow), matype).
  EXPECT_EQ(taspan::apo_lookback(), 25);
  EXPECT_EQ(taspan::apo_lookback(12, 26, ma_type::kama), 26);
  EXPECT_EQ(taspan::apo_lookback(12, 26, ma_type::t3), 150);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::apo(x, 1, 26), "taspan::apo: fast must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::apo(x, 12, 1), "taspan::apo: slow must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::apo_stream<double>(12, 26, static_cast<ma_type>(9)),
                      "taspan::apo_stream: matype must be one of sma, ema, wma, dema, tema, trima, "
                      "kama, mama, t3, got 9");
}

}  // namespace
