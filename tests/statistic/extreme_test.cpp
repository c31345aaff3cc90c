// MAX, MIN, MAXINDEX, MININDEX (TA-Lib MAX/MIN/MAXINDEX/MININDEX): one typed suite for the four
// (side x value/index x float/double). TA-Lib defaults and lookback, batch == streaming (bitwise)
// == a window-by-window maximum/minimum or ta_MAXINDEX.c / ta_MININDEX.c's algorithm as a plain
// loop (tests/support/rolling_reference.hpp), hand-checked values, NaN windows, sizes, errors
// (TA-Lib's period >= 2).

#include "rolling_reference.hpp"
#include "taspan/statistic/max.hpp"
#include "taspan/statistic/maxindex.hpp"
#include "taspan/statistic/min.hpp"
#include "taspan/statistic/minindex.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T, bool Max, bool Index>
struct extreme {
  using value = T;
  using stream = std::conditional_t<
      Index, std::conditional_t<Max, taspan::maxindex_stream<T>, taspan::minindex_stream<T>>,
      std::conditional_t<Max, taspan::max_stream<T>, taspan::min_stream<T>>>;
  static std::string name() { return std::string(Max ? "max" : "min") + (Index ? "index" : ""); }
  template <class... A>
  static int lookback(A... period) {
    if constexpr (Index)
      return Max ? taspan::maxindex_lookback(period...) : taspan::minindex_lookback(period...);
    else
      return Max ? taspan::max_lookback(period...) : taspan::min_lookback(period...);
  }
  template <class... A>
  static auto call(A&&... a) {
    if constexpr (Index && Max) return taspan::maxindex(a...);
    if constexpr (Index && !Max) return taspan::minindex(a...);
    if constexpr (!Index && Max) return taspan::max(a...);
    if constexpr (!Index && !Max) return taspan::min(a...);
  }
  static std::vector<taspan_ref::ld> reference(const std::vector<T>& x, int period) {
    const int sign = Max ? 1 : -1;
    return Index ? taspan_ref::talib_index(x, period, sign) : taspan_ref::extreme(x, period, sign);
  }
  // {3,1,4,1,5,9,2,6}, period 3; windows {3,1,4} {1,4,1} {4,1,5} {1,5,9} {5,9,2} {9,2,6}.
  // MAXINDEX by hand through ta_MAXINDEX.c: bar 2 scans {3,1,4} -> 2; bar 3: 1 < 4 keeps 2;
  //   bar 4: 5 >= 4 -> 4; bar 5: 9 -> 5; bars 6, 7: 2, 6 < 9 keep 5.
  // MININDEX by hand through ta_MININDEX.c: bar 2 scans {3,1,4} -> 1; bar 3: 1 <= 1 takes over
  //   -> 3; bar 4: 4 < 5 keeps 3 (window {4,1,5}); bar 5: 3 still in {1,5,9}, 9 > 1 keeps 3;
  //   bar 6: 3 left, rescan {5,9,2} -> 6; bar 7: 6 > 2 keeps 6.
  static std::vector<double> hand3() {
    if constexpr (Index)
      return Max ? std::vector<double>{NAN, NAN, 2, 2, 4, 5, 5, 5}
                 : std::vector<double>{NAN, NAN, 1, 3, 3, 3, 6, 6};
    else
      return Max ? std::vector<double>{NAN, NAN, 4, 4, 5, 9, 9, 9}
                 : std::vector<double>{NAN, NAN, 1, 1, 1, 1, 2, 2};
  }
};

template <class Case>
class TaExtreme : public ::testing::Test {};
using cases = ::testing::Types<extreme<float, true, false>, extreme<double, true, false>,
                               extreme<float, false, false>, extreme<double, false, false>,
                               extreme<float, true, true>, extreme<double, true, true>,
                               extreme<float, false, true>, extreme<double, false, true>>;
TYPED_TEST_SUITE(TaExtreme, cases);

TYPED_TEST(TaExtreme, BatchStreamingAndReferenceAgree) {
  using C = TypeParam;
  using T = typename C::value;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 14, 30, 200}) {
      const std::string what =
          C::name() + " " + taspan_ref::dataset_name(k) + " p=" + std::to_string(period);
      const auto y = C::call(x, period);
      expect_series_identical(y, C::reference(x, period), what);
      typename C::stream s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
  // TA-Lib default period 30
  const auto x = random_walk<T>(200, 3);
  typename C::stream s;
  expect_series_identical(run_stream(s, x), C::call(x, 30));
  expect_series_identical(C::call(x), C::call(x, 30));
}

TYPED_TEST(TaExtreme, HandComputedValues) {
  using C = TypeParam;
  using T = typename C::value;
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  expect_series_identical(C::call(x, 3), C::hand3(), C::name());
}

TYPED_TEST(TaExtreme, NanWindowsAndSizes) {
  using C = TypeParam;
  using T = typename C::value;
  const auto x = with_nans(random_walk<T>(50, 8), {10});
  const auto y = C::call(x, 4);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 3 || (i >= 10 && i < 14)) << i;
  for (std::size_t n : {0U, 1U, 3U, 4U, 5U}) {
    const auto z = random_walk<T>(n);
    const auto w = C::call(z, 4);
    ASSERT_EQ(w.size(), n);
    expect_series_identical(w, C::reference(z, 4));
    typename C::stream s(4);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 4);
  }
}

TYPED_TEST(TaExtreme, LookbackAndBadInput) {
  using C = TypeParam;
  using T = typename C::value;
  EXPECT_EQ(C::lookback(), 29);  // TA-Lib MAX/MIN/MAXINDEX/MININDEX_Lookback with the default 30
  EXPECT_EQ(C::lookback(2), 1);
  EXPECT_EQ(typename C::stream{}.period(), 30);
  EXPECT_EQ(typename C::stream(7).lookback(), 6);
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(10, T(1)), out(3);
  EXPECT_TASPAN_ERROR(C::call(x, 1), fn + ": period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(C::call(x, out, 5), fn + ": out size must be the size of input (10), got 3");
  EXPECT_TASPAN_ERROR(typename C::stream(0), fn + "_stream: period must be >= 2, got 0");
}

}  // namespace
