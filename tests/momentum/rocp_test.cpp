// rocp.hpp: hand values, TA-Lib formulas (ta_ROCP.c: 0 when the old value is 0) as a
// reference loop, batch == streaming bitwise, NaN at exactly bars k and k+period, sizes, errors.

#include "taspan/momentum/rocp.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_rocp(const std::vector<T>& in, int n) {
  std::vector<double> out(in.size(), ref::nan);
  for (std::size_t i = static_cast<std::size_t>(n); i < in.size(); ++i) {
    const T x = in[i];
    const double o = in[i - static_cast<std::size_t>(n)];
    out[i] = o != 0 ? (double(x) - o) / o : 0.0;
  }
  return out;
}

template <class T>
class Rocp : public ::testing::Test {};
TYPED_TEST_SUITE(Rocp, real_types);

TYPED_TEST(Rocp, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  auto with_zero = random_walk<T>(300, 2);
  with_zero[40] = T(0);
  for (const auto& x : {random_walk<T>(1000), near_1e5<T>(300), with_zero}) {
    for (int n : {1, 2, 10, 30}) {
      const auto y = taspan::rocp(x, n);
      expect_matches_reference(y, reference_rocp(x, n), "rocp n=" + std::to_string(n));
      taspan::rocp_stream<T> s(n);
      expect_series_identical(run_stream(s, x), y, "stream");
      s.reset();
      EXPECT_FALSE(s.ready());
      expect_series_identical(run_stream(s, x), y, "after reset");
    }
  }
}

TYPED_TEST(Rocp, NanAffectsExactlyTwoBars) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(60, 5), {20});
  const auto y = taspan::rocp(x, 10);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 10 || i == 20 || i == 30) << i;
  taspan::rocp_stream<T> s(10);
  expect_series_identical(run_stream(s, x), y);
}

TYPED_TEST(Rocp, SizesAroundLookback) {
  using T = TypeParam;
  for (std::size_t size : {0U, 1U, 10U, 11U}) {
    const auto y = taspan::rocp(random_walk<T>(size), 10);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < 10);
    taspan::rocp_stream<T> s;
    run_stream(s, random_walk<T>(size));
    EXPECT_EQ(s.ready(), size >= 10);
  }
}

TEST(Rocp, LookbackAndErrors) {
  EXPECT_EQ(taspan::rocp_lookback(), 10);
  EXPECT_EQ(taspan::rocp_lookback(1), 1);
  EXPECT_EQ(taspan::rocp_stream<double>(3).lookback(), 3);
  std::vector<double> x(5, 1.0), out(6);
  EXPECT_TASPAN_ERROR(taspan::rocp(x, 0), "taspan::rocp: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rocp(x, out, 2),
                      "taspan::rocp: out size must be the size of input (5), got 6");
  EXPECT_TASPAN_ERROR(taspan::rocp_stream<float>(0),
                      "taspan::rocp_stream: period must be >= 1, got 0");
}

// By hand (rocp 2: (5-4)/4 = 0.25, (4-5)/5 = -0.2).
TEST(Rocp, HandComputed) {
  using T = double;
  const auto y = taspan::rocp(std::vector<T>{T(4), T(5), T(5), T(4)}, 2);
  const std::vector<double> expected{0.25, -0.2};
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_DOUBLE_EQ(y[2], expected[0]);
  EXPECT_DOUBLE_EQ(y[3], expected[1]);
}

}  // namespace
