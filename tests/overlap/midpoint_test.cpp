// MIDPOINT (TA-Lib MIDPOINT): (highest + lowest) / 2 of each window against a window-by-window
// long-double reference; default 14; streaming == batch; NaN; sizes; errors.

#include "taspan/overlap/midpoint.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Midpoint : public ::testing::Test {};
TYPED_TEST_SUITE(Midpoint, real_types);

template <class T>
std::vector<long double> reference(const std::vector<T>& x, int period) {
  auto hi = taspan_ref::extreme(x, period, +1);
  const auto lo = taspan_ref::extreme(x, period, -1);
  for (std::size_t i = 0; i < hi.size(); ++i) hi[i] = (hi[i] + lo[i]) / 2;
  return hi;
}

TYPED_TEST(Midpoint, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 14, 200}) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::midpoint(x, period);
      expect_series_near(y, reference(x, period), tol<T>(), 0.0, what);
      taspan::midpoint_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

TYPED_TEST(Midpoint, HandComputedNanAndDefaults) {
  using T = TypeParam;
  // windows of 3 of {3,1,4,1,5,9}: (4+1)/2, (4+1)/2, (5+1)/2, (9+1)/2
  const std::vector<T> x{3, 1, 4, 1, 5, 9};
  expect_series_identical(taspan::midpoint(x, 3), std::vector<double>{NAN, NAN, 2.5, 2.5, 3, 5});
  const auto z = with_nans(random_walk<T>(60), {30});
  const auto y = taspan::midpoint(z);  // TA-Lib default 14
  for (std::size_t i = 0; i < z.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 13 || (i >= 30 && i < 44)) << i;
  EXPECT_EQ(taspan::midpoint_stream<T>().period(), 14);
  for (std::size_t n : {0U, 1U, 13U, 14U, 15U}) {
    const auto w = random_walk<T>(n);
    const auto v = taspan::midpoint(w);
    ASSERT_EQ(v.size(), n);
    taspan::midpoint_stream<T> s;
    expect_series_identical(run_stream(s, w), v);
    EXPECT_EQ(s.ready(), n >= 14);
  }
}

TEST(Midpoint, LookbackAndBadInput) {
  EXPECT_EQ(taspan::midpoint_lookback(), 13);
  EXPECT_EQ(taspan::midpoint_stream<double>(5).lookback(), 4);
  std::vector<double> x(10, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::midpoint(x, 1), "taspan::midpoint: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::midpoint(x, out),
                      "taspan::midpoint: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::midpoint_stream<double>(0),
                      "taspan::midpoint_stream: period must be >= 2, got 0");
}

}  // namespace
