// MIDPRICE (TA-Lib MIDPRICE): (highest high + lowest low) / 2 of each window against a
// window-by-window long-double reference; default 14; streaming == batch; NaN in either input;
// sizes; errors (period, size mismatch of low and out).

#include "taspan/overlap/midprice.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Midprice : public ::testing::Test {};
TYPED_TEST_SUITE(Midprice, real_types);

template <class T>
std::vector<long double> reference(const std::vector<T>& high, const std::vector<T>& low,
                                   int period) {
  auto hi = taspan_ref::extreme(high, period, +1);
  const auto lo = taspan_ref::extreme(low, period, -1);
  for (std::size_t i = 0; i < hi.size(); ++i) hi[i] = (hi[i] + lo[i]) / 2;
  return hi;
}

template <class T>
std::vector<T> run_pair(taspan::midprice_stream<T>& s, const std::vector<T>& h,
                        const std::vector<T>& l) {
  std::vector<T> out;
  for (std::size_t i = 0; i < h.size(); ++i) {
    const T p = s.peek(h[i], l[i]);
    const T u = s.update(h[i], l[i]);
    EXPECT_TRUE(p == u || both_nan(p, u)) << i;
    out.push_back(u);
  }
  return out;
}

TYPED_TEST(Midprice, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  for (auto b : {random_bars<T>(800, 3), random_bars<T>(500, 4, 1e5)}) {
    b.high = with_nans(b.high, {100});
    b.low = with_nans(b.low, {300, 301});
    for (int period : {2, 14, 200}) {
      const auto y = taspan::midprice(b.high, b.low, period);
      expect_series_near(y, reference(b.high, b.low, period), tol<T>(), 0.0,
                         "p=" + std::to_string(period));
      taspan::midprice_stream<T> s(period);
      expect_series_identical(run_pair(s, b.high, b.low), y);
    }
  }
}

TYPED_TEST(Midprice, HandComputedAndDefaults) {
  using T = TypeParam;
  // windows of 2: highest high max(5,6) = 6, lowest low min(1,3) = 1 -> 3.5; then (6+3)/2 = 4.5
  const std::vector<T> high{5, 6, 4}, low{1, 3, 3};
  expect_series_identical(taspan::midprice(high, low, 2), std::vector<double>{NAN, 3.5, 4.5});
  const auto b = random_bars<T>(40);
  expect_series_identical(taspan::midprice(b.high, b.low), taspan::midprice(b.high, b.low, 14));
  EXPECT_EQ(taspan::midprice_stream<T>().period(), 14);
  for (std::size_t n : {0U, 1U, 13U, 14U, 15U}) {
    const auto c = random_bars<T>(n);
    const auto v = taspan::midprice(c.high, c.low);
    ASSERT_EQ(v.size(), n);
    taspan::midprice_stream<T> s;
    expect_series_identical(run_pair(s, c.high, c.low), v);
    EXPECT_EQ(s.ready(), n >= 14);
    s.reset();
    EXPECT_FALSE(s.ready());
  }
}

TEST(Midprice, LookbackAndBadInput) {
  EXPECT_EQ(taspan::midprice_lookback(), 13);
  EXPECT_EQ(taspan::midprice_stream<double>(5).lookback(), 4);
  std::vector<double> h(10, 2.0), l(10, 1.0), l9(9, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::midprice(h, l, 1), "taspan::midprice: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::midprice(h, l9),
                      "taspan::midprice: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::midprice(h, l, out),
                      "taspan::midprice: out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(taspan::midprice_stream<double>(1),
                      "taspan::midprice_stream: period must be >= 2, got 1");
}

}  // namespace
