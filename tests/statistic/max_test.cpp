// MAX (TA-Lib MAX): TA-Lib defaults and lookback, batch == streaming (bitwise) == a
// window-by-window maximum, hand-checked values, NaN windows, sizes, errors (TA-Lib's period >= 2).

#include "taspan/statistic/max.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaMax : public ::testing::Test {};
TYPED_TEST_SUITE(TaMax, real_types);

TYPED_TEST(TaMax, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 14, 30, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::max(x, period);
      expect_series_identical(y, taspan_ref::extreme(x, period, 1), what);
      taspan::max_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
  // TA-Lib default period 30
  const auto x = random_walk<T>(200, 3);
  taspan::max_stream<T> s;
  expect_series_identical(run_stream(s, x), taspan::max(x, 30));
  expect_series_identical(taspan::max(x), taspan::max(x, 30));
}

TYPED_TEST(TaMax, HandComputedValues) {
  using T = TypeParam;
  // windows of 3: {3,1,4} {1,4,1} {4,1,5} {1,5,9} {5,9,2} {9,2,6}
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  expect_series_identical(taspan::max(x, 3), std::vector<double>{NAN, NAN, 4, 4, 5, 9, 9, 9});
}

TYPED_TEST(TaMax, NanWindowsAndSizes) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(50, 8), {10});
  const auto y = taspan::max(x, 4);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 3 || (i >= 10 && i < 14)) << i;
  for (std::size_t n : {0U, 1U, 3U, 4U, 5U}) {
    const auto z = random_walk<T>(n);
    const auto w = taspan::max(z, 4);
    ASSERT_EQ(w.size(), n);
    expect_series_identical(w, taspan_ref::extreme(z, 4, 1));
    taspan::max_stream<T> s(4);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 4);
  }
}

TEST(TaMax, LookbackAndBadInput) {
  EXPECT_EQ(taspan::max_lookback(), 29);  // TA-Lib MAX_Lookback with the default 30
  EXPECT_EQ(taspan::max_lookback(2), 1);
  EXPECT_EQ(taspan::max_stream<double>().period(), 30);
  EXPECT_EQ(taspan::max_stream<double>(7).lookback(), 6);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::max(x, 1), "taspan::max: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::max(x, out, 5),
                      "taspan::max: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::max_stream<float>(0),
                      "taspan::max_stream: period must be >= 2, got 0");
}

}  // namespace
