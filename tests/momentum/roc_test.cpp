// roc.hpp: hand values, TA-Lib formulas (ta_ROC.c: 0 when the old value is 0) as a
// reference loop, batch == streaming bitwise, NaN at exactly bars k and k+period, sizes, errors.

#include "taspan/momentum/roc.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_roc(const std::vector<T>& in, int n) {
  std::vector<double> out(in.size(), ref::nan);
  for (std::size_t i = static_cast<std::size_t>(n); i < in.size(); ++i) {
    const T x = in[i];
    const double o = in[i - static_cast<std::size_t>(n)];
    out[i] = o != 0 ? (double(x) / o - 1.0) * 100.0 : 0.0;
  }
  return out;
}

template <class T>
class Roc : public ::testing::Test {};
TYPED_TEST_SUITE(Roc, real_types);

TYPED_TEST(Roc, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  auto with_zero = random_walk<T>(300, 2);
  with_zero[40] = T(0);
  for (const auto& x : {random_walk<T>(1000), near_1e5<T>(300), with_zero}) {
    for (int n : {1, 2, 10, 30}) {
      const auto y = taspan::roc(x, n);
      expect_matches_reference(y, reference_roc(x, n), "roc n=" + std::to_string(n));
      taspan::roc_stream<T> s(n);
      expect_series_identical(run_stream(s, x), y, "stream");
      s.reset();
      EXPECT_FALSE(s.ready());
      expect_series_identical(run_stream(s, x), y, "after reset");
    }
  }
}

TYPED_TEST(Roc, NanAffectsExactlyTwoBars) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(60, 5), {20});
  const auto y = taspan::roc(x, 10);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 10 || i == 20 || i == 30) << i;
  taspan::roc_stream<T> s(10);
  expect_series_identical(run_stream(s, x), y);
}

TYPED_TEST(Roc, SizesAroundLookback) {
  using T = TypeParam;
  for (std::size_t size : {0U, 1U, 10U, 11U}) {
    const auto y = taspan::roc(random_walk<T>(size), 10);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < 10);
    taspan::roc_stream<T> s;
    run_stream(s, random_walk<T>(size));
    EXPECT_EQ(s.ready(), size >= 10);
  }
}

TEST(Roc, LookbackAndErrors) {
  EXPECT_EQ(taspan::roc_lookback(), 10);
  EXPECT_EQ(taspan::roc_lookback(1), 1);
  EXPECT_EQ(taspan::roc_stream<double>(3).lookback(), 3);
  std::vector<double> x(5, 1.0), out(6);
  EXPECT_TASPAN_ERROR(taspan::roc(x, 0), "taspan::roc: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::roc(x, out, 2),
                      "taspan::roc: out size must be the size of input (5), got 6");
  EXPECT_TASPAN_ERROR(taspan::roc_stream<float>(0),
                      "taspan::roc_stream: period must be >= 1, got 0");
}

// By hand (roc 2: (5/4-1)*100 = 25, (4/5-1)*100 = -20).
TEST(Roc, HandComputed) {
  using T = double;
  const auto y = taspan::roc(std::vector<T>{T(4), T(5), T(5), T(4)}, 2);
  const std::vector<double> expected{25.0, -20.0};
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_DOUBLE_EQ(y[2], expected[0]);
  EXPECT_DOUBLE_EQ(y[3], expected[1]);
}

}  // namespace
