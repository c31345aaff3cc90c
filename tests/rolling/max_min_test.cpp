// rolling_max and rolling_min: one typed suite for the mirror pair (side x float/double).
// batch == streaming (bitwise) == a long-double reference loop (each window scanned afresh,
// tests/support/rolling_reference.hpp), on every shape of series; hand-computed windows; NaN
// windows; sizes; long monotone runs and reset; lookback; errors.

#include "rolling_reference.hpp"
#include "taspan/rolling/max.hpp"
#include "taspan/rolling/min.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T, bool Max>
struct side {
  using value = T;
  using stream =
      std::conditional_t<Max, taspan::rolling_max_stream<T>, taspan::rolling_min_stream<T>>;
  static constexpr bool max = Max;
  static constexpr int sign = Max ? 1 : -1;  // taspan_ref::extreme's side
  static std::string name() { return Max ? "rolling_max" : "rolling_min"; }
  static int lookback(int period) {
    return Max ? taspan::rolling_max_lookback(period) : taspan::rolling_min_lookback(period);
  }
  template <class... A>
  static auto call(A&&... a) {
    if constexpr (Max)
      return taspan::rolling_max(a...);
    else
      return taspan::rolling_min(a...);
  }
};

template <class Case>
class RollingMaxMin : public ::testing::Test {};
using cases = ::testing::Types<side<float, true>, side<double, true>, side<float, false>,
                               side<double, false>>;
TYPED_TEST_SUITE(RollingMaxMin, cases);

TYPED_TEST(RollingMaxMin, BatchStreamingAndReferenceAgree) {
  using C = TypeParam;
  const auto sets = taspan_ref::datasets<typename C::value>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : taspan_ref::periods) {
      const std::string what =
          C::name() + " " + taspan_ref::dataset_name(k) + " p=" + std::to_string(period);
      const auto y = C::call(x, period);
      // The maximum (minimum) is one of the inputs: exact.
      expect_series_identical(y, taspan_ref::extreme(x, period, C::sign), what);
      typename C::stream s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

TYPED_TEST(RollingMaxMin, HandComputedValues) {
  using T = typename TypeParam::value;
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  // windows of 3: {3,1,4} {1,4,1} {4,1,5} {1,5,9} {5,9,2} {9,2,6}
  const std::vector<double> max3{NAN, NAN, 4, 4, 5, 9, 9, 9};
  const std::vector<double> min3{NAN, NAN, 1, 1, 1, 1, 2, 2};
  expect_series_identical(TypeParam::call(x, 3), TypeParam::max ? max3 : min3);
}

TYPED_TEST(RollingMaxMin, NanAffectsExactlyTheWindowsThatHoldIt) {
  using C = TypeParam;
  using T = typename C::value;
  const int period = 7;
  const auto clean = random_walk<T>(120, 5);
  const auto holed = with_nans(clean, {30, 31, 80});
  const auto a = C::call(clean, period);
  const auto b = C::call(holed, period);
  typename C::stream s(period);
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

TYPED_TEST(RollingMaxMin, SizesAroundThePeriod) {
  using C = TypeParam;
  using T = typename C::value;
  const int period = 6;
  for (std::size_t n : {0U, 1U, 5U, 6U, 7U}) {
    const auto x = random_walk<T>(n);
    const auto y = C::call(x, period);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 5) << n << " " << i;
    expect_series_identical(y, taspan_ref::extreme(x, period, C::sign));
    typename C::stream s(period);
    expect_series_identical(run_stream(s, x), y);
    EXPECT_EQ(s.ready(), n >= 6);
  }
}

TYPED_TEST(RollingMaxMin, LongMonotoneRunsAndReset) {
  using C = TypeParam;
  using T = typename C::value;
  // Long trends keep the whole window in the deque (up for min, down for max) or empty it on
  // every bar; a mix of both through many block boundaries.
  auto x = monotone<T>(3000, true, 100.0, 0.25);
  const auto down = monotone<T>(3000, false, 900.0, 0.25);
  x.insert(x.end(), down.begin(), down.end());
  for (int period : {5, 64, 1000}) {
    const auto y = C::call(x, period);
    expect_series_identical(y, taspan_ref::extreme(x, period, C::sign));
    typename C::stream s(period);
    const auto first = run_stream(s, x);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, x), first);
    expect_series_identical(first, y);
  }
}

TYPED_TEST(RollingMaxMin, Lookback) {
  using C = TypeParam;
  EXPECT_EQ(C::lookback(1), 0);
  EXPECT_EQ(C::lookback(14), 13);
  EXPECT_EQ(typename C::stream(9).lookback(), 8);
  EXPECT_EQ(typename C::stream(9).period(), 9);
}

TYPED_TEST(RollingMaxMin, BadInputThrows) {
  using C = TypeParam;
  using T = typename C::value;
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(10, T(1)), out(9);
  EXPECT_TASPAN_ERROR(C::call(x, 0), fn + ": period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(C::call(x, out, 3), fn + ": out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(typename C::stream(-1), fn + "_stream: period must be >= 1, got -1");
}

}  // namespace
