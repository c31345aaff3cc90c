// mom.hpp: hand values, TA-Lib formulas (ta_MOM.c: 0 when the old value is 0) as a
// reference loop, batch == streaming bitwise, NaN at exactly bars k and k+period, sizes, errors.

#include "taspan/momentum/mom.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_mom(const std::vector<T>& in, int n) {
  std::vector<double> out(in.size(), ref::nan);
  for (std::size_t i = static_cast<std::size_t>(n); i < in.size(); ++i) {
    const T x = in[i];
    const double o = in[i - static_cast<std::size_t>(n)];
    out[i] = double(x) - double(o);
  }
  return out;
}

template <class T>
class Mom : public ::testing::Test {};
TYPED_TEST_SUITE(Mom, real_types);

TYPED_TEST(Mom, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  auto with_zero = random_walk<T>(300, 2);
  with_zero[40] = T(0);
  for (const auto& x : {random_walk<T>(1000), near_1e5<T>(300), with_zero}) {
    for (int n : {1, 2, 10, 30}) {
      const auto y = taspan::mom(x, n);
      expect_matches_reference(y, reference_mom(x, n), "mom n=" + std::to_string(n));
      taspan::mom_stream<T> s(n);
      expect_series_identical(run_stream(s, x), y, "stream");
      s.reset();
      EXPECT_FALSE(s.ready());
      expect_series_identical(run_stream(s, x), y, "after reset");
    }
  }
}

TYPED_TEST(Mom, NanAffectsExactlyTwoBars) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(60, 5), {20});
  const auto y = taspan::mom(x, 10);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 10 || i == 20 || i == 30) << i;
  taspan::mom_stream<T> s(10);
  expect_series_identical(run_stream(s, x), y);
}

TYPED_TEST(Mom, SizesAroundLookback) {
  using T = TypeParam;
  for (std::size_t size : {0U, 1U, 10U, 11U}) {
    const auto y = taspan::mom(random_walk<T>(size), 10);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < 10);
    taspan::mom_stream<T> s;
    run_stream(s, random_walk<T>(size));
    EXPECT_EQ(s.ready(), size >= 10);
  }
}

TEST(Mom, LookbackAndErrors) {
  EXPECT_EQ(taspan::mom_lookback(), 10);
  EXPECT_EQ(taspan::mom_lookback(1), 1);
  EXPECT_EQ(taspan::mom_stream<double>(3).lookback(), 3);
  std::vector<double> x(5, 1.0), out(6);
  EXPECT_TASPAN_ERROR(taspan::mom(x, 0), "taspan::mom: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::mom(x, out, 2),
                      "taspan::mom: out size must be the size of input (5), got 6");
  EXPECT_TASPAN_ERROR(taspan::mom_stream<float>(0),
                      "taspan::mom_stream: period must be >= 1, got 0");
}

// By hand (mom 2: 2-1 = 1, 8-4 = 4).
TEST(Mom, HandComputed) {
  using T = double;
  const auto y = taspan::mom(std::vector<T>{T(1), T(4), T(2), T(8)}, 2);
  const std::vector<double> expected{1.0, 4.0};
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_DOUBLE_EQ(y[2], expected[0]);
  EXPECT_DOUBLE_EQ(y[3], expected[1]);
}

}  // namespace
