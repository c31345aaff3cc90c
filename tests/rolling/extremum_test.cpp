// rolling_max, rolling_min, rolling_argmax (TA-Lib MAXINDEX), rolling_argmin (TA-Lib MININDEX):
// one case type (side x value/index x float/double) for the four. All four: batch == streaming
// (bitwise) == the plain loops of tests/support/rolling_reference.hpp (each window scanned afresh
// in long double; TA-Lib's index algorithm transcribed), on every shape of series; lookback;
// errors. max/min: hand-computed windows, NaN windows, sizes, long monotone runs and reset.
// argmax/argmin: hand-checked TA-Lib ties, NaN windows, sizes and reset.

#include "rolling_reference.hpp"
#include "taspan/rolling/argmax.hpp"
#include "taspan/rolling/argmin.hpp"
#include "taspan/rolling/max.hpp"
#include "taspan/rolling/min.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T, bool Max, bool Index>
struct extremum {
  using value = T;
  using stream = std::conditional_t<
      Index,
      std::conditional_t<Max, taspan::rolling_argmax_stream<T>, taspan::rolling_argmin_stream<T>>,
      std::conditional_t<Max, taspan::rolling_max_stream<T>, taspan::rolling_min_stream<T>>>;
  static constexpr bool max = Max;
  static constexpr int sign = Max ? 1 : -1;  // the side taspan_ref::extreme / talib_index take
  static std::string name() {
    return std::string("rolling_") + (Index ? "arg" : "") + (Max ? "max" : "min");
  }
  static int lookback(int period) {
    if constexpr (Index)
      return Max ? taspan::rolling_argmax_lookback(period)
                 : taspan::rolling_argmin_lookback(period);
    else
      return Max ? taspan::rolling_max_lookback(period) : taspan::rolling_min_lookback(period);
  }
  template <class... A>
  static auto call(A&&... a) {
    if constexpr (Index && Max) return taspan::rolling_argmax(a...);
    if constexpr (Index && !Max) return taspan::rolling_argmin(a...);
    if constexpr (!Index && Max) return taspan::rolling_max(a...);
    if constexpr (!Index && !Max) return taspan::rolling_min(a...);
  }
  static std::vector<taspan_ref::ld> reference(const std::vector<T>& x, int period) {
    return Index ? taspan_ref::talib_index(x, period, sign) : taspan_ref::extreme(x, period, sign);
  }
};

template <class T, bool Max>
using value_case = extremum<T, Max, false>;
template <class T, bool Max>
using index_case = extremum<T, Max, true>;

// ---- all four ----

template <class Case>
class RollingExtremum : public ::testing::Test {};
using all_cases =
    ::testing::Types<value_case<float, true>, value_case<double, true>, value_case<float, false>,
                     value_case<double, false>, index_case<float, true>, index_case<double, true>,
                     index_case<float, false>, index_case<double, false>>;
TYPED_TEST_SUITE(RollingExtremum, all_cases);

TYPED_TEST(RollingExtremum, BatchStreamingAndReferenceAgree) {
  using C = TypeParam;
  const auto sets = taspan_ref::datasets<typename C::value>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : taspan_ref::periods) {
      const std::string what =
          C::name() + " " + taspan_ref::dataset_name(k) + " p=" + std::to_string(period);
      const auto y = C::call(x, period);
      // The maximum (minimum) is one of the inputs, its index an integer: exact.
      expect_series_identical(y, C::reference(x, period), what);
      typename C::stream s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

TYPED_TEST(RollingExtremum, Lookback) {
  using C = TypeParam;
  EXPECT_EQ(C::lookback(1), 0);
  EXPECT_EQ(C::lookback(14), 13);
  EXPECT_EQ(C::lookback(30), 29);
  EXPECT_EQ(typename C::stream(9).lookback(), 8);
  EXPECT_EQ(typename C::stream(9).period(), 9);
}

TYPED_TEST(RollingExtremum, BadInputThrows) {
  using C = TypeParam;
  using T = typename C::value;
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(10, T(1)), shorter(9), longer(11);
  EXPECT_TASPAN_ERROR(C::call(x, 0), fn + ": period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(C::call(x, shorter, 3),
                      fn + ": out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(C::call(x, longer, 3),
                      fn + ": out size must be the size of input (10), got 11");
  EXPECT_TASPAN_ERROR(typename C::stream(0), fn + "_stream: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(typename C::stream(-1), fn + "_stream: period must be >= 1, got -1");
}

// ---- rolling_max, rolling_min ----

template <class Case>
class RollingMaxMin : public ::testing::Test {};
using value_cases = ::testing::Types<value_case<float, true>, value_case<double, true>,
                                     value_case<float, false>, value_case<double, false>>;
TYPED_TEST_SUITE(RollingMaxMin, value_cases);

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
    expect_series_identical(y, C::reference(x, period));
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
    expect_series_identical(y, C::reference(x, period));
    typename C::stream s(period);
    const auto first = run_stream(s, x);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, x), first);
    expect_series_identical(first, y);
  }
}

// ---- rolling_argmax, rolling_argmin ----

template <class Case>
class RollingArgmaxArgmin : public ::testing::Test {};
using index_cases = ::testing::Types<index_case<float, true>, index_case<double, true>,
                                     index_case<float, false>, index_case<double, false>>;
TYPED_TEST_SUITE(RollingArgmaxArgmin, index_cases);

// Ties, worked by hand through ta_MAXINDEX.c's loop (period 3):
//   x = {1,5,5,4,5,2,2,2}: bar 2 first scan of {1,5,5} -> 1 (strict compare keeps the oldest);
//   bar 3: 4 < 5 keeps 1; bar 4: 1 left, rescan {5,4,5} -> 2; bar 5: 2 left, rescan {4,5,2} -> 4;
//   bar 6: 2 < 5 keeps 4; bar 7: 4 left, rescan {2,2,2} -> 5.
//   x = {1,2,1,2}: bar 2 scan {1,2,1} -> 1; bar 3: 2 >= 2 takes over -> 3 (newest).
// For the minimum (ta_MININDEX.c) the same series negated give the same indices.
TYPED_TEST(RollingArgmaxArgmin, TaLibTieRule) {
  using C = TypeParam;
  using T = typename C::value;
  const T s = static_cast<T>(C::sign);
  const std::vector<T> a{1 * s, 5 * s, 5 * s, 4 * s, 5 * s, 2 * s, 2 * s, 2 * s};
  expect_series_identical(C::call(a, 3), std::vector<double>{NAN, NAN, 1, 1, 2, 4, 4, 5});
  const std::vector<T> b{1 * s, 2 * s, 1 * s, 2 * s};
  expect_series_identical(C::call(b, 3), std::vector<double>{NAN, NAN, 1, 3});
  typename C::stream st(3);
  expect_series_identical(run_stream(st, a), std::vector<double>{NAN, NAN, 1, 1, 2, 4, 4, 5});
}

TYPED_TEST(RollingArgmaxArgmin, NanWindowsAndSizes) {
  using C = TypeParam;
  using T = typename C::value;
  const int period = 6;
  const auto x = with_nans(random_walk<T>(60, 9), {20});
  const auto y = C::call(x, period);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 5 || (i >= 20 && i < 26)) << i;
  for (std::size_t n : {0U, 1U, 5U, 6U, 7U}) {
    const auto z = random_walk<T>(n);
    const auto w = C::call(z, period);
    ASSERT_EQ(w.size(), n);
    expect_series_identical(w, C::reference(z, period));
    typename C::stream s(period);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 6);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, z), w);
  }
}

}  // namespace
