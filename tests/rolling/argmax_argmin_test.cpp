// rolling_argmax (TA-Lib MAXINDEX) and rolling_argmin (TA-Lib MININDEX): one typed suite for the
// mirror pair (side x float/double). batch == streaming (bitwise) == the TA-Lib algorithm
// transcribed as a plain loop in tests/support/rolling_reference.hpp; hand-checked ties; NaN
// windows; sizes; reset; lookback; errors.

#include "rolling_reference.hpp"
#include "taspan/rolling/argmax.hpp"
#include "taspan/rolling/argmin.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T, bool Max>
struct side {
  using value = T;
  using stream =
      std::conditional_t<Max, taspan::rolling_argmax_stream<T>, taspan::rolling_argmin_stream<T>>;
  static constexpr int sign = Max ? 1 : -1;  // taspan_ref::talib_index's side
  static std::string name() { return Max ? "rolling_argmax" : "rolling_argmin"; }
  static int lookback(int period) {
    return Max ? taspan::rolling_argmax_lookback(period) : taspan::rolling_argmin_lookback(period);
  }
  template <class... A>
  static auto call(A&&... a) {
    if constexpr (Max)
      return taspan::rolling_argmax(a...);
    else
      return taspan::rolling_argmin(a...);
  }
};

template <class Case>
class RollingArgmaxArgmin : public ::testing::Test {};
using cases = ::testing::Types<side<float, true>, side<double, true>, side<float, false>,
                               side<double, false>>;
TYPED_TEST_SUITE(RollingArgmaxArgmin, cases);

TYPED_TEST(RollingArgmaxArgmin, BatchStreamingAndReferenceAgree) {
  using C = TypeParam;
  const auto sets = taspan_ref::datasets<typename C::value>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : taspan_ref::periods) {
      const std::string what =
          C::name() + " " + taspan_ref::dataset_name(k) + " p=" + std::to_string(period);
      const auto y = C::call(x, period);
      expect_series_identical(y, taspan_ref::talib_index(x, period, C::sign), what);
      typename C::stream s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

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
    expect_series_identical(w, taspan_ref::talib_index(z, period, C::sign));
    typename C::stream s(period);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 6);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, z), w);
  }
}

TYPED_TEST(RollingArgmaxArgmin, Lookback) {
  using C = TypeParam;
  EXPECT_EQ(C::lookback(1), 0);
  EXPECT_EQ(C::lookback(30), 29);
  EXPECT_EQ(typename C::stream(9).lookback(), 8);
}

TYPED_TEST(RollingArgmaxArgmin, BadInputThrows) {
  using C = TypeParam;
  using T = typename C::value;
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(10, T(1)), out(11);
  EXPECT_TASPAN_ERROR(C::call(x, 0), fn + ": period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(C::call(x, out, 3), fn + ": out size must be the size of input (10), got 11");
  EXPECT_TASPAN_ERROR(typename C::stream(0), fn + "_stream: period must be >= 1, got 0");
}

}  // namespace
