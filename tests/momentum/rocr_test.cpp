// rocr.hpp: hand values, TA-Lib formulas (ta_ROCR.c: 0 when the old value is 0) as a
// reference loop, batch == streaming bitwise, NaN at exactly bars k and k+period, sizes, errors.

#include "taspan/momentum/rocr.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_rocr(const std::vector<T>& in, int n) {
  std::vector<double> out(in.size(), ref::nan);
  for (std::size_t i = static_cast<std::size_t>(n); i < in.size(); ++i) {
    const T x = in[i];
    const double o = in[i - static_cast<std::size_t>(n)];
    out[i] = o != 0 ? double(x) / o : 0.0;
  }
  return out;
}

template <class T>
class Rocr : public ::testing::Test {};
TYPED_TEST_SUITE(Rocr, real_types);

TYPED_TEST(Rocr, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  auto with_zero = random_walk<T>(300, 2);
  with_zero[40] = T(0);
  for (const auto& x : {random_walk<T>(1000), near_1e5<T>(300), with_zero}) {
    for (int n : {1, 2, 10, 30}) {
      const auto y = taspan::rocr(x, n);
      expect_matches_reference(y, reference_rocr(x, n), "rocr n=" + std::to_string(n));
      taspan::rocr_stream<T> s(n);
      expect_series_identical(run_stream(s, x), y, "stream");
      s.reset();
      EXPECT_FALSE(s.ready());
      expect_series_identical(run_stream(s, x), y, "after reset");
    }
  }
}

TYPED_TEST(Rocr, NanAffectsExactlyTwoBars) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(60, 5), {20});
  const auto y = taspan::rocr(x, 10);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 10 || i == 20 || i == 30) << i;
  taspan::rocr_stream<T> s(10);
  expect_series_identical(run_stream(s, x), y);
}

TYPED_TEST(Rocr, SizesAroundLookback) {
  using T = TypeParam;
  for (std::size_t size : {0U, 1U, 10U, 11U}) {
    const auto y = taspan::rocr(random_walk<T>(size), 10);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < 10);
    taspan::rocr_stream<T> s;
    run_stream(s, random_walk<T>(size));
    EXPECT_EQ(s.ready(), size >= 10);
  }
}

TEST(Rocr, LookbackAndErrors) {
  EXPECT_EQ(taspan::rocr_lookback(), 10);
  EXPECT_EQ(taspan::rocr_lookback(1), 1);
  EXPECT_EQ(taspan::rocr_stream<double>(3).lookback(), 3);
  std::vector<double> x(5, 1.0), out(6);
  EXPECT_TASPAN_ERROR(taspan::rocr(x, 0), "taspan::rocr: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rocr(x, out, 2),
                      "taspan::rocr: out size must be the size of input (5), got 6");
  EXPECT_TASPAN_ERROR(taspan::rocr_stream<float>(0),
                      "taspan::rocr_stream: period must be >= 1, got 0");
}

template <class T>
std::vector<double> reference_rocr100(const std::vector<T>& in, int n) {
  std::vector<double> out(in.size(), ref::nan);
  for (std::size_t i = static_cast<std::size_t>(n); i < in.size(); ++i) {
    const T x = in[i];
    const double o = in[i - static_cast<std::size_t>(n)];
    out[i] = o != 0 ? (double(x) / o) * 100.0 : 0.0;
  }
  return out;
}

template <class T>
class Rocr100 : public ::testing::Test {};
TYPED_TEST_SUITE(Rocr100, real_types);

TYPED_TEST(Rocr100, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  auto with_zero = random_walk<T>(300, 2);
  with_zero[40] = T(0);
  for (const auto& x : {random_walk<T>(1000), near_1e5<T>(300), with_zero}) {
    for (int n : {1, 2, 10, 30}) {
      const auto y = taspan::rocr100(x, n);
      expect_matches_reference(y, reference_rocr100(x, n), "rocr100 n=" + std::to_string(n));
      taspan::rocr100_stream<T> s(n);
      expect_series_identical(run_stream(s, x), y, "stream");
      s.reset();
      EXPECT_FALSE(s.ready());
      expect_series_identical(run_stream(s, x), y, "after reset");
    }
  }
}

TYPED_TEST(Rocr100, NanAffectsExactlyTwoBars) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(60, 5), {20});
  const auto y = taspan::rocr100(x, 10);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 10 || i == 20 || i == 30) << i;
  taspan::rocr100_stream<T> s(10);
  expect_series_identical(run_stream(s, x), y);
}

TYPED_TEST(Rocr100, SizesAroundLookback) {
  using T = TypeParam;
  for (std::size_t size : {0U, 1U, 10U, 11U}) {
    const auto y = taspan::rocr100(random_walk<T>(size), 10);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < 10);
    taspan::rocr100_stream<T> s;
    run_stream(s, random_walk<T>(size));
    EXPECT_EQ(s.ready(), size >= 10);
  }
}

TEST(Rocr100, LookbackAndErrors) {
  EXPECT_EQ(taspan::rocr100_lookback(), 10);
  EXPECT_EQ(taspan::rocr100_lookback(1), 1);
  EXPECT_EQ(taspan::rocr100_stream<double>(3).lookback(), 3);
  std::vector<double> x(5, 1.0), out(6);
  EXPECT_TASPAN_ERROR(taspan::rocr100(x, 0), "taspan::rocr100: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rocr100(x, out, 2),
                      "taspan::rocr100: out size must be the size of input (5), got 6");
  EXPECT_TASPAN_ERROR(taspan::rocr100_stream<float>(0),
                      "taspan::rocr100_stream: period must be >= 1, got 0");
}

// By hand (rocr 2: 5/4 = 1.25, 4/5 = 0.8).
TEST(Rocr, HandComputed) {
  using T = double;
  const auto y = taspan::rocr(std::vector<T>{T(4), T(5), T(5), T(4)}, 2);
  const std::vector<double> expected{1.25, 0.8};
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_DOUBLE_EQ(y[2], expected[0]);
  EXPECT_DOUBLE_EQ(y[3], expected[1]);
}

TEST(Rocr100, HandComputed) {
  const auto y = taspan::rocr100(std::vector<double>{4, 5, 5, 4}, 2);  // 125, 80
  EXPECT_DOUBLE_EQ(y[2], 125.0);
  EXPECT_DOUBLE_EQ(y[3], 80.0);
}

TEST(Rocr, ZeroOldValueGivesZeroAsTaLib) {
  const auto y = taspan::rocr(std::vector<double>{0, 3, 4}, 1);
  EXPECT_EQ(y[1], 0.0);
  EXPECT_DOUBLE_EQ(y[2], 4.0 / 3);
}

}  // namespace
