// VAR (TA-Lib VAR): TA-Lib defaults (period 5, nbdev 1, ignored as in ta_VAR.c) and lookback,
// equal to rolling_var (population), two-pass long-double reference, streaming == batch,
// hand-checked values, errors. TA-Lib's own sums lose precision; taspan does not (header).

#include "taspan/rolling/var.hpp"
#include "rolling_reference.hpp"
#include "taspan/statistic/var.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaVar : public ::testing::Test {};
TYPED_TEST_SUITE(TaVar, real_types);

TYPED_TEST(TaVar, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const double rel = std::is_same_v<T, float> ? 2e-6 : 2e-9;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {1, 5, 30}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::var(x, period);
      taspan_ref::expect_variance_near(y, taspan_ref::variance(x, period), x, period, rel, false,
                                       what);
      expect_series_identical(y, taspan::rolling_var(x, period), what);
      taspan::var_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

TYPED_TEST(TaVar, HandComputedDefaultsAndIgnoredNbdev) {
  using T = TypeParam;
  // period 5 (TA-Lib default): {2,4,4,4,5} mean 3.8, squared deviations 3.24+0.04*3+1.44 = 4.8,
  // /5 = 0.96; {4,4,4,5,5} mean 4.4, 0.16*3+0.36*2 = 1.2, /5 = 0.24.
  const std::vector<T> x{2, 4, 4, 4, 5, 5};
  const auto y = taspan::var(x);
  EXPECT_NEAR(y[4], 0.96, 1e-6);
  EXPECT_NEAR(y[5], 0.24, 1e-6);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_TRUE(std::isnan(y[i]));
  // ta_VAR.c never reads optInNbDev: any nbdev gives the same output
  expect_series_identical(taspan::var(x, 5, 3.0), y);
  taspan::var_stream<T> s(5, -2.0);
  expect_series_identical(run_stream(s, x), y);
  EXPECT_EQ(taspan::var_stream<double>().period(), 5);
}

TEST(TaVar, LookbackAndBadInput) {
  EXPECT_EQ(taspan::var_lookback(), 4);
  EXPECT_EQ(taspan::var_lookback(1), 0);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::var(x, 0), "taspan::var: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::var(x, 5, std::numeric_limits<double>::infinity()),
                      "taspan::var: nbdev must be finite, got inf");
  EXPECT_TASPAN_ERROR(taspan::var(x, out),
                      "taspan::var: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::var_stream<float>(-1),
                      "taspan::var_stream: period must be >= 1, got -1");
}

}  // namespace
