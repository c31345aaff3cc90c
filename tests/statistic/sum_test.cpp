// SUM (TA-Lib SUM): TA-Lib default 30 and lookback, equal to rolling_sum, long-double reference
// within 1e-12 (double), streaming == batch, hand-checked values, errors (period >= 2).

#include "taspan/rolling/sum.hpp"
#include "rolling_reference.hpp"
#include "taspan/statistic/sum.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaSum : public ::testing::Test {};
TYPED_TEST_SUITE(TaSum, real_types);

TYPED_TEST(TaSum, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 14, 30, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::sum(x, period);
      std::vector<long double> ref(x.size(), taspan_ref::lnan);
      const auto p = static_cast<std::size_t>(period);
      for (std::size_t i = p - 1; i < x.size(); ++i) {
        long double s = 0;
        for (std::size_t j = i + 1 - p; j <= i; ++j) s += x[j];
        ref[i] = s;
      }
      expect_series_near(y, ref, tol<T>(), 0.0, what);
      expect_series_identical(y, taspan::rolling_sum(x, period), what);
      taspan::sum_stream<T> s(period);
      expect_series_near(run_stream(s, x), y, tol<T>(), 0.0, "stream " + what);
    }
  }
}

TYPED_TEST(TaSum, HandComputedValuesAndDefaults) {
  using T = TypeParam;
  // 3+1+4 = 8, 1+4+1 = 6, 4+1+5 = 10
  const std::vector<T> x{3, 1, 4, 1, 5};
  expect_series_identical(taspan::sum(x, 3), std::vector<double>{NAN, NAN, 8, 6, 10});
  const auto z = random_walk<T>(100);
  expect_series_identical(taspan::sum(z), taspan::sum(z, 30));  // TA-Lib default 30
  taspan::sum_stream<T> s;
  EXPECT_EQ(s.period(), 30);
  for (std::size_t n : {0U, 1U, 29U, 30U, 31U}) {
    const auto w = random_walk<T>(n);
    const auto y = taspan::sum(w);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 29);
  }
}

TEST(TaSum, LookbackAndBadInput) {
  EXPECT_EQ(taspan::sum_lookback(), 29);
  EXPECT_EQ(taspan::sum_lookback(2), 1);
  EXPECT_EQ(taspan::sum_stream<double>(5).lookback(), 4);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::sum(x, 1), "taspan::sum: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::sum(x, out, 5),
                      "taspan::sum: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::sum_stream<double>(1),
                      "taspan::sum_stream: period must be >= 2, got 1");
}

}  // namespace
