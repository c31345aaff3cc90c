// MINMAX (TA-Lib MINMAX): outputs (min, max) equal the window-by-window reference and MIN/MAX;
// default 30; streaming pair == batch; errors (period >= 2, both output sizes).

#include "taspan/statistic/minmax.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaMinmax : public ::testing::Test {};
TYPED_TEST_SUITE(TaMinmax, real_types);

TYPED_TEST(TaMinmax, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 30, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto r = taspan::minmax(x, period);
      expect_series_identical(r.min, taspan_ref::extreme(x, period, -1), "min " + what);
      expect_series_identical(r.max, taspan_ref::extreme(x, period, +1), "max " + what);
      taspan::minmax_stream<T> s(period);
      std::vector<T> lo, hi;
      for (T v : x) {
        const auto p = s.peek(v);
        const auto u = s.update(v);
        EXPECT_TRUE((p.min == u.min || both_nan(p.min, u.min)) &&
                    (p.max == u.max || both_nan(p.max, u.max)));
        lo.push_back(u.min);
        hi.push_back(u.max);
      }
      expect_series_identical(lo, r.min, "stream min " + what);
      expect_series_identical(hi, r.max, "stream max " + what);
    }
  }
}

TYPED_TEST(TaMinmax, HandComputedAndDefaults) {
  using T = TypeParam;
  const std::vector<T> x{3, 1, 4, 1, 5, 9};  // windows of 3: {3,1,4} {1,4,1} {4,1,5} {1,5,9}
  const auto r = taspan::minmax(x, 3);
  expect_series_identical(r.min, std::vector<double>{NAN, NAN, 1, 1, 1, 1});
  expect_series_identical(r.max, std::vector<double>{NAN, NAN, 4, 4, 5, 9});
  const auto z = random_walk<T>(100);
  const auto d = taspan::minmax(z);
  expect_series_identical(d.min, taspan::minmax(z, 30).min);
  EXPECT_EQ(taspan::minmax_stream<T>().period(), 30);
  for (std::size_t n : {0U, 1U, 2U}) EXPECT_EQ(taspan::minmax(random_walk<T>(n), 2).max.size(), n);
}

TEST(TaMinmax, LookbackAndBadInput) {
  EXPECT_EQ(taspan::minmax_lookback(), 29);
  EXPECT_EQ(taspan::minmax_stream<double>(3).lookback(), 2);
  std::vector<double> x(10, 1.0), lo(10), hi(10), bad(2);
  EXPECT_TASPAN_ERROR(taspan::minmax(x, 1), "taspan::minmax: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::minmax(x, bad, hi),
                      "taspan::minmax: out size must be the size of input (10), got 2");
  EXPECT_TASPAN_ERROR(taspan::minmax(x, lo, bad),
                      "taspan::minmax: out_max size must be the size of input (10), got 2");
  EXPECT_TASPAN_ERROR(taspan::minmax_stream<double>(1),
                      "taspan::minmax_stream: period must be >= 2, got 1");
}

}  // namespace
