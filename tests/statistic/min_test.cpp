// MIN (TA-Lib MIN): TA-Lib defaults and lookback, batch == streaming (bitwise) == a
// window-by-window minimum, hand-checked values, NaN windows, sizes, errors (TA-Lib's period >= 2).

#include "taspan/statistic/min.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaMin : public ::testing::Test {};
TYPED_TEST_SUITE(TaMin, real_types);

TYPED_TEST(TaMin, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 14, 30, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::min(x, period);
      expect_series_identical(y, taspan_ref::extreme(x, period, -1), what);
      taspan::min_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
  // TA-Lib default period 30
  const auto x = random_walk<T>(200, 3);
  taspan::min_stream<T> s;
  expect_series_identical(run_stream(s, x), taspan::min(x, 30));
  expect_series_identical(taspan::min(x), taspan::min(x, 30));
}

TYPED_TEST(TaMin, HandComputedValues) {
  using T = TypeParam;
  // windows of 3: {3,1,4} {1,4,1} {4,1,5} {1,5,9} {5,9,2} {9,2,6}
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  expect_series_identical(taspan::min(x, 3), std::vector<double>{NAN, NAN, 1, 1, 1, 1, 2, 2});
}

TYPED_TEST(TaMin, NanWindowsAndSizes) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(50, 8), {10});
  const auto y = taspan::min(x, 4);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 3 || (i >= 10 && i < 14)) << i;
  for (std::size_t n : {0U, 1U, 3U, 4U, 5U}) {
    const auto z = random_walk<T>(n);
    const auto w = taspan::min(z, 4);
    ASSERT_EQ(w.size(), n);
    expect_series_identical(w, taspan_ref::extreme(z, 4, -1));
    taspan::min_stream<T> s(4);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 4);
  }
}

TEST(TaMin, LookbackAndBadInput) {
  EXPECT_EQ(taspan::min_lookback(), 29);  // TA-Lib MIN_Lookback with the default 30
  EXPECT_EQ(taspan::min_lookback(2), 1);
  EXPECT_EQ(taspan::min_stream<double>().period(), 30);
  EXPECT_EQ(taspan::min_stream<double>(7).lookback(), 6);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::min(x, 1), "taspan::min: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::min(x, out, 5),
                      "taspan::min: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::min_stream<float>(0),
                      "taspan::min_stream: period must be >= 2, got 0");
}

}  // namespace
