// rolling_minmax: both outputs equal rolling_min / rolling_max and the reference loop (bitwise);
// streaming pair == batch; errors for both outputs.

#include "taspan/rolling/minmax.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class RollingMinmax : public ::testing::Test {};
TYPED_TEST_SUITE(RollingMinmax, real_types);

template <class T>
void expect_stream_matches(taspan::rolling_minmax_stream<T>& s, const std::vector<T>& x,
                           const taspan::rolling_minmax_result<T>& r, const std::string& what) {
  std::vector<T> lo, hi;
  for (T v : x) {
    const auto p = s.peek(v);
    const auto u = s.update(v);
    EXPECT_TRUE((p.min == u.min || both_nan(p.min, u.min)) &&
                (p.max == u.max || both_nan(p.max, u.max)))
        << what << ": peek differs from update";
    lo.push_back(u.min);
    hi.push_back(u.max);
  }
  expect_series_identical(lo, r.min, "stream min " + what);
  expect_series_identical(hi, r.max, "stream max " + what);
}

TYPED_TEST(RollingMinmax, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : taspan_ref::periods) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto r = taspan::rolling_minmax(x, period);
      expect_series_identical(r.min, taspan_ref::extreme(x, period, -1), "min " + what);
      expect_series_identical(r.max, taspan_ref::extreme(x, period, +1), "max " + what);
      taspan::rolling_minmax_stream<T> s(period);
      expect_stream_matches(s, x, r, what);
    }
  }
}

TYPED_TEST(RollingMinmax, HandComputedSizesAndReset) {
  using T = TypeParam;
  // windows of 3 of {3,1,4,1,5,9}: {3,1,4} {1,4,1} {4,1,5} {1,5,9}
  const std::vector<T> x{3, 1, 4, 1, 5, 9};
  const auto r = taspan::rolling_minmax(x, 3);
  expect_series_identical(r.min, std::vector<double>{NAN, NAN, 1, 1, 1, 1});
  expect_series_identical(r.max, std::vector<double>{NAN, NAN, 4, 4, 5, 9});
  for (std::size_t n : {0U, 1U, 2U, 3U, 4U}) {
    const std::vector<T> z(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n));
    const auto q = taspan::rolling_minmax(z, 3);
    ASSERT_EQ(q.min.size(), n);
    ASSERT_EQ(q.max.size(), n);
    taspan::rolling_minmax_stream<T> s(3);
    expect_stream_matches(s, z, q, "n=" + std::to_string(n));
    EXPECT_EQ(s.ready(), n >= 3);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_stream_matches(s, z, q, "after reset");
  }
}

TEST(RollingMinmax, LookbackAndBadInput) {
  EXPECT_EQ(taspan::rolling_minmax_lookback(30), 29);
  EXPECT_EQ(taspan::rolling_minmax_stream<double>(4).lookback(), 3);
  std::vector<double> x(10, 1.0), lo(10), hi(10), bad(8);
  EXPECT_TASPAN_ERROR(taspan::rolling_minmax(x, 0),
                      "taspan::rolling_minmax: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_minmax(x, bad, hi, 3),
                      "taspan::rolling_minmax: out size must be the size of input (10), got 8");
  EXPECT_TASPAN_ERROR(taspan::rolling_minmax(x, lo, bad, 3),
                      "taspan::rolling_minmax: out_max size must be the size of input (10), got 8");
  EXPECT_TASPAN_ERROR(taspan::rolling_minmax_stream<double>(0),
                      "taspan::rolling_minmax_stream: period must be >= 1, got 0");
}

}  // namespace
