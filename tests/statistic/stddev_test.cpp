// STDDEV (TA-Lib STDDEV): TA-Lib defaults (period 5, nbdev 1) and lookback; output =
// sqrt(population variance) * nbdev (ta_STDDEV.c); reference = sqrt of the two-pass long-double
// variance; streaming == batch; hand-checked values; errors (period >= 2, finite nbdev).

#include "taspan/rolling/stddev.hpp"
#include "rolling_reference.hpp"
#include "taspan/statistic/stddev.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaStddev : public ::testing::Test {};
TYPED_TEST_SUITE(TaStddev, real_types);

TYPED_TEST(TaStddev, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const double rel = std::is_same_v<T, float> ? 2e-6 : 2e-9;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 5, 30}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::stddev(x, period);
      taspan_ref::expect_variance_near(y, taspan_ref::variance(x, period), x, period, rel, true,
                                       what);
      expect_series_identical(y, taspan::rolling_stddev(x, period), what);
      taspan::stddev_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
      // nbdev scales the output (ta_STDDEV.c: sqrt(var) * optInNbDev)
      const auto y2 = taspan::stddev(x, period, 2.5);
      std::vector<double> scaled(y.begin(), y.end());
      for (auto& v : scaled) v *= 2.5;
      expect_series_near(y2, scaled, tol<T>(), 0.0, "nbdev " + what);
      taspan::stddev_stream<T> s2(period, 2.5);
      expect_series_identical(run_stream(s2, x), y2, "stream nbdev " + what);
    }
  }
}

TYPED_TEST(TaStddev, HandComputedAndDefaults) {
  using T = TypeParam;
  // {2,4,4,4,5,5,7,9} with period 8: population variance 4 -> stddev 2; nbdev 2 -> 4.
  const std::vector<T> x{2, 4, 4, 4, 5, 5, 7, 9};
  EXPECT_EQ(taspan::stddev(x, 8)[7], T(2));
  EXPECT_EQ(taspan::stddev(x, 8, 2.0)[7], T(4));
  EXPECT_EQ(taspan::stddev(x, 8, -1.0)[7], T(-2));  // TA-Lib accepts negative nbdev
  // default period 5: {4,5,5,7,9} mean 6, squared deviations 4+1+1+1+9 = 16, /5 = 3.2,
  // sqrt = 1.78885...
  EXPECT_NEAR(taspan::stddev(x)[7], std::sqrt(3.2), 1e-6);
  EXPECT_EQ(taspan::stddev_stream<double>().period(), 5);
  const auto c = constant<T>(40, 100000.01);
  const auto sc = taspan::stddev(c);
  for (std::size_t i = 4; i < sc.size(); ++i) ASSERT_EQ(sc[i], T(0)) << i;
}

TEST(TaStddev, LookbackAndBadInput) {
  EXPECT_EQ(taspan::stddev_lookback(), 4);
  EXPECT_EQ(taspan::stddev_lookback(20), 19);
  EXPECT_EQ(taspan::stddev_stream<double>(20).lookback(), 19);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::stddev(x, 1), "taspan::stddev: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::stddev(x, 5, std::numeric_limits<double>::quiet_NaN()),
                      "taspan::stddev: nbdev must be finite, got nan");
  EXPECT_TASPAN_ERROR(taspan::stddev(x, out),
                      "taspan::stddev: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::stddev_stream<double>(1),
                      "taspan::stddev_stream: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::stddev_stream<double>(5, -std::numeric_limits<double>::infinity()),
                      "taspan::stddev_stream: nbdev must be finite, got -inf");
}

}  // namespace
