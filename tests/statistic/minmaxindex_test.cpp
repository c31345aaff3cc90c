// MINMAXINDEX (TA-Lib MINMAXINDEX): outputs (minidx, maxidx) equal ta_MININDEX.c /
// ta_MAXINDEX.c's algorithm as a plain loop; default 30; streaming pair == batch; errors.

#include "taspan/statistic/minmaxindex.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class TaMinmaxindex : public ::testing::Test {};
TYPED_TEST_SUITE(TaMinmaxindex, real_types);

TYPED_TEST(TaMinmaxindex, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 30, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto r = taspan::minmaxindex(x, period);
      expect_series_identical(r.minidx, taspan_ref::talib_index(x, period, -1), "min " + what);
      expect_series_identical(r.maxidx, taspan_ref::talib_index(x, period, +1), "max " + what);
      taspan::minmaxindex_stream<T> s(period);
      std::vector<T> lo, hi;
      for (T v : x) {
        const auto p = s.peek(v);
        const auto u = s.update(v);
        EXPECT_TRUE((p.minidx == u.minidx || both_nan(p.minidx, u.minidx)) &&
                    (p.maxidx == u.maxidx || both_nan(p.maxidx, u.maxidx)));
        lo.push_back(u.minidx);
        hi.push_back(u.maxidx);
      }
      expect_series_identical(lo, r.minidx, "stream min " + what);
      expect_series_identical(hi, r.maxidx, "stream max " + what);
    }
  }
}

TYPED_TEST(TaMinmaxindex, HandComputedAndDefaults) {
  using T = TypeParam;
  // period 3, by hand through ta_MININDEX.c / ta_MAXINDEX.c (see minindex_test / maxindex_test)
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  const auto r = taspan::minmaxindex(x, 3);
  expect_series_identical(r.minidx, std::vector<double>{NAN, NAN, 1, 3, 3, 3, 6, 6});
  expect_series_identical(r.maxidx, std::vector<double>{NAN, NAN, 2, 2, 4, 5, 5, 5});
  taspan::minmaxindex_stream<T> s;
  EXPECT_EQ(s.period(), 30);
  EXPECT_FALSE(s.ready());
  const auto z = random_walk<T>(31);
  for (T v : z) (void)s.update(v);
  EXPECT_TRUE(s.ready());
  s.reset();
  EXPECT_FALSE(s.ready());
}

TEST(TaMinmaxindex, LookbackAndBadInput) {
  EXPECT_EQ(taspan::minmaxindex_lookback(), 29);
  EXPECT_EQ(taspan::minmaxindex_stream<double>(3).lookback(), 2);
  std::vector<double> x(10, 1.0), lo(10), hi(10), bad(2);
  EXPECT_TASPAN_ERROR(taspan::minmaxindex(x, 1), "taspan::minmaxindex: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::minmaxindex(x, bad, hi),
                      "taspan::minmaxindex: out size must be the size of input (10), got 2");
  EXPECT_TASPAN_ERROR(taspan::minmaxindex(x, lo, bad),
                      "taspan::minmaxindex: out_maxidx size must be the size of input (10), got 2");
  EXPECT_TASPAN_ERROR(taspan::minmaxindex_stream<float>(0),
                      "taspan::minmaxindex_stream: period must be >= 2, got 0");
}

}  // namespace
