// rolling_min: batch == streaming (bitwise) == a long-double reference loop (each window
// scanned afresh), on every shape of series; NaN windows; sizes; errors.

#include "taspan/rolling/min.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class RollingMin : public ::testing::Test {};
TYPED_TEST_SUITE(RollingMin, real_types);

TYPED_TEST(RollingMin, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : taspan_ref::periods) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::rolling_min(x, period);
      // The minimum is one of the inputs: exact.
      expect_series_identical(y, taspan_ref::extreme(x, period, -1), what);
      taspan::rolling_min_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

TYPED_TEST(RollingMin, HandComputedValues) {
  using T = TypeParam;
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  // windows of 3: {3,1,4} {1,4,1} {4,1,5} {1,5,9} {5,9,2} {9,2,6}
  const std::vector<double> expected = -1 > 0 ? std::vector<double>{NAN, NAN, 4, 4, 5, 9, 9, 9}
                                              : std::vector<double>{NAN, NAN, 1, 1, 1, 1, 2, 2};
  expect_series_identical(taspan::rolling_min(x, 3), expected);
}

TYPED_TEST(RollingMin, NanAffectsExactlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  const int period = 7;
  const auto clean = random_walk<T>(120, 5);
  const auto holed = with_nans(clean, {30, 31, 80});
  const auto a = taspan::rolling_min(clean, period);
  const auto b = taspan::rolling_min(holed, period);
  taspan::rolling_min_stream<T> s(period);
  expect_series_identical(run_stream(s, holed), b);
  for (std::size_t i = period - 1; i < clean.size(); ++i) {
    const bool holds = (i >= 30 && i < 32 + period - 1) || (i >= 80 && i < 80 + period);
    if (holds) {
      EXPECT_TRUE(std::isnan(b[i])) << i;
    } else {
      EXPECT_EQ(b[i], a[i]) << i;
    }
  }
}

TYPED_TEST(RollingMin, SizesAroundThePeriod) {
  using T = TypeParam;
  const int period = 6;
  for (std::size_t n : {0U, 1U, 5U, 6U, 7U}) {
    const auto x = random_walk<T>(n);
    const auto y = taspan::rolling_min(x, period);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 5) << n << " " << i;
    expect_series_identical(y, taspan_ref::extreme(x, period, -1));
    taspan::rolling_min_stream<T> s(period);
    expect_series_identical(run_stream(s, x), y);
    EXPECT_EQ(s.ready(), n >= 6);
  }
}

TYPED_TEST(RollingMin, LongMonotoneRunsAndReset) {
  using T = TypeParam;
  // Long trends keep the whole window in the deque (up for min, down for max) or empty it on
  // every bar; a mix of both through many block boundaries.
  auto x = monotone<T>(3000, true, 100.0, 0.25);
  const auto down = monotone<T>(3000, false, 900.0, 0.25);
  x.insert(x.end(), down.begin(), down.end());
  for (int period : {5, 64, 1000}) {
    const auto y = taspan::rolling_min(x, period);
    expect_series_identical(y, taspan_ref::extreme(x, period, -1));
    taspan::rolling_min_stream<T> s(period);
    const auto first = run_stream(s, x);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, x), first);
    expect_series_identical(first, y);
  }
}

TEST(RollingMin, Lookback) {
  EXPECT_EQ(taspan::rolling_min_lookback(1), 0);
  EXPECT_EQ(taspan::rolling_min_lookback(14), 13);
  EXPECT_EQ(taspan::rolling_min_stream<double>(9).lookback(), 8);
  EXPECT_EQ(taspan::rolling_min_stream<double>(9).period(), 9);
}

TEST(RollingMin, BadInputThrows) {
  std::vector<double> x(10, 1.0), out(9);
  EXPECT_TASPAN_ERROR(taspan::rolling_min(x, 0), "taspan::rolling_min: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_min(x, out, 3),
                      "taspan::rolling_min: out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::rolling_min_stream<float>(-1),
                      "taspan::rolling_min_stream: period must be >= 1, got -1");
}

}  // namespace
