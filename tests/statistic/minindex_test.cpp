// MININDEX (TA-Lib MININDEX): TA-Lib defaults and lookback, batch == streaming (bitwise) ==
// ta_MININDEX.c's algorithm as a plain loop, hand-checked values, NaN windows, sizes, errors
// (TA-Lib's period >= 2).

#include "taspan/statistic/minindex.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaMinindex : public ::testing::Test {};
TYPED_TEST_SUITE(TaMinindex, real_types);

TYPED_TEST(TaMinindex, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 14, 30, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::minindex(x, period);
      expect_series_identical(y, taspan_ref::talib_index(x, period, -1), what);
      taspan::minindex_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
  // TA-Lib default period 30
  const auto x = random_walk<T>(200, 3);
  taspan::minindex_stream<T> s;
  expect_series_identical(run_stream(s, x), taspan::minindex(x, 30));
  expect_series_identical(taspan::minindex(x), taspan::minindex(x, 30));
}

TYPED_TEST(TaMinindex, HandComputedValues) {
  using T = TypeParam;
  // by hand through ta_MININDEX.c: bar 2 scans {3,1,4} -> 1; bar 3: 1 <= 1 takes over -> 3; bar 4:
  // 4 < 5 keeps 3 (window {4,1,5}); bar 5: 3 still in {1,5,9}, 9 > 1 keeps 3; bar 6: 3 left, rescan
  // {5,9,2} -> 6; bar 7: 6 > 2 keeps 6
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  expect_series_identical(taspan::minindex(x, 3), std::vector<double>{NAN, NAN, 1, 3, 3, 3, 6, 6});
}

TYPED_TEST(TaMinindex, NanWindowsAndSizes) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(50, 8), {10});
  const auto y = taspan::minindex(x, 4);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 3 || (i >= 10 && i < 14)) << i;
  for (std::size_t n : {0U, 1U, 3U, 4U, 5U}) {
    const auto z = random_walk<T>(n);
    const auto w = taspan::minindex(z, 4);
    ASSERT_EQ(w.size(), n);
    expect_series_identical(w, taspan_ref::talib_index(z, 4, -1));
    taspan::minindex_stream<T> s(4);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 4);
  }
}

TEST(TaMinindex, LookbackAndBadInput) {
  EXPECT_EQ(taspan::minindex_lookback(), 29);  // TA-Lib MININDEX_Lookback with the default 30
  EXPECT_EQ(taspan::minindex_lookback(2), 1);
  EXPECT_EQ(taspan::minindex_stream<double>().period(), 30);
  EXPECT_EQ(taspan::minindex_stream<double>(7).lookback(), 6);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::minindex(x, 1), "taspan::minindex: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::minindex(x, out, 5),
                      "taspan::minindex: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::minindex_stream<float>(0),
                      "taspan::minindex_stream: period must be >= 2, got 0");
}

}  // namespace
