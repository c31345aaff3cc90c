// MINMAX and MINMAXINDEX (TA-Lib MINMAX / MINMAXINDEX): one typed suite for the two (value/index
// x float/double). Outputs (min, max) / (minidx, maxidx) equal the window-by-window reference /
// ta_MININDEX.c and ta_MAXINDEX.c's algorithm as a plain loop
// (tests/support/rolling_reference.hpp); hand-checked values; default 30; streaming pair == batch;
// ready/reset; sizes; lookback; errors (period >= 2, both output sizes).

#include "rolling_reference.hpp"
#include "taspan/statistic/minmax.hpp"
#include "taspan/statistic/minmaxindex.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T, bool Index>
struct both_sides {
  using value = T;
  using stream = std::conditional_t<Index, taspan::minmaxindex_stream<T>, taspan::minmax_stream<T>>;
  static std::string name() { return Index ? "minmaxindex" : "minmax"; }
  static std::string second_out() { return Index ? "out_maxidx" : "out_max"; }
  template <class... A>
  static int lookback(A... period) {
    return Index ? taspan::minmaxindex_lookback(period...) : taspan::minmax_lookback(period...);
  }
  template <class... A>
  static auto call(A&&... a) {
    if constexpr (Index)
      return taspan::minmaxindex(a...);
    else
      return taspan::minmax(a...);
  }
  // The two outputs of a batch result or of one streamed bar.
  template <class R>
  static const auto& lo(const R& r) {
    if constexpr (Index)
      return r.minidx;
    else
      return r.min;
  }
  template <class R>
  static const auto& hi(const R& r) {
    if constexpr (Index)
      return r.maxidx;
    else
      return r.max;
  }
  static std::vector<taspan_ref::ld> reference(const std::vector<T>& x, int period, int sign) {
    return Index ? taspan_ref::talib_index(x, period, sign) : taspan_ref::extreme(x, period, sign);
  }
  // {3,1,4,1,5,9,2,6}, period 3; windows {3,1,4} {1,4,1} {4,1,5} {1,5,9} {5,9,2} {9,2,6}.
  // Indices by hand through ta_MININDEX.c / ta_MAXINDEX.c (worked in statistic/extreme_test.cpp).
  static std::vector<double> hand3_lo() {
    return Index ? std::vector<double>{NAN, NAN, 1, 3, 3, 3, 6, 6}
                 : std::vector<double>{NAN, NAN, 1, 1, 1, 1, 2, 2};
  }
  static std::vector<double> hand3_hi() {
    return Index ? std::vector<double>{NAN, NAN, 2, 2, 4, 5, 5, 5}
                 : std::vector<double>{NAN, NAN, 4, 4, 5, 9, 9, 9};
  }
};

template <class Case>
class TaMinmaxPair : public ::testing::Test {};
using cases = ::testing::Types<both_sides<float, false>, both_sides<double, false>,
                               both_sides<float, true>, both_sides<double, true>>;
TYPED_TEST_SUITE(TaMinmaxPair, cases);

TYPED_TEST(TaMinmaxPair, BatchStreamingAndReferenceAgree) {
  using C = TypeParam;
  using T = typename C::value;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : {2, 30, 200}) {
      const std::string what =
          C::name() + " " + taspan_ref::dataset_name(k) + " p=" + std::to_string(period);
      const auto r = C::call(x, period);
      expect_series_identical(C::lo(r), C::reference(x, period, -1), "min " + what);
      expect_series_identical(C::hi(r), C::reference(x, period, +1), "max " + what);
      typename C::stream s(period);
      std::vector<T> lo, hi;
      for (T v : x) {
        const auto p = s.peek(v);
        const auto u = s.update(v);
        EXPECT_TRUE((C::lo(p) == C::lo(u) || both_nan(C::lo(p), C::lo(u))) &&
                    (C::hi(p) == C::hi(u) || both_nan(C::hi(p), C::hi(u))));
        lo.push_back(C::lo(u));
        hi.push_back(C::hi(u));
      }
      expect_series_identical(lo, C::lo(r), "stream min " + what);
      expect_series_identical(hi, C::hi(r), "stream max " + what);
    }
  }
}

TYPED_TEST(TaMinmaxPair, HandComputedAndDefaults) {
  using C = TypeParam;
  using T = typename C::value;
  const std::vector<T> x{3, 1, 4, 1, 5, 9, 2, 6};
  for (std::size_t n : {6U, 8U}) {  // the whole series and its first six bars
    const auto m = static_cast<std::ptrdiff_t>(n);
    const std::vector<T> xn(x.begin(), x.begin() + m);
    const auto r = C::call(xn, 3);
    const auto lo = C::hand3_lo(), hi = C::hand3_hi();
    expect_series_identical(C::lo(r), std::vector<double>(lo.begin(), lo.begin() + m));
    expect_series_identical(C::hi(r), std::vector<double>(hi.begin(), hi.begin() + m));
  }
  const auto z = random_walk<T>(100);
  const auto d = C::call(z);
  expect_series_identical(C::lo(d), C::lo(C::call(z, 30)));
  expect_series_identical(C::hi(d), C::hi(C::call(z, 30)));
  for (std::size_t n : {0U, 1U, 2U}) {
    const auto r = C::call(random_walk<T>(n), 2);
    EXPECT_EQ(C::lo(r).size(), n);
    EXPECT_EQ(C::hi(r).size(), n);
  }
  typename C::stream s;
  EXPECT_EQ(s.period(), 30);
  EXPECT_FALSE(s.ready());
  for (T v : random_walk<T>(31)) (void)s.update(v);
  EXPECT_TRUE(s.ready());
  s.reset();
  EXPECT_FALSE(s.ready());
}

TYPED_TEST(TaMinmaxPair, LookbackAndBadInput) {
  using C = TypeParam;
  using T = typename C::value;
  EXPECT_EQ(C::lookback(), 29);
  EXPECT_EQ(typename C::stream(3).lookback(), 2);
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(10, T(1)), lo(10), hi(10), bad(2);
  EXPECT_TASPAN_ERROR(C::call(x, 1), fn + ": period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(C::call(x, bad, hi), fn + ": out size must be the size of input (10), got 2");
  EXPECT_TASPAN_ERROR(C::call(x, lo, bad),
                      fn + ": " + C::second_out() + " size must be the size of input (10), got 2");
  EXPECT_TASPAN_ERROR(typename C::stream(1), fn + "_stream: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(typename C::stream(0), fn + "_stream: period must be >= 2, got 0");
}

}  // namespace
