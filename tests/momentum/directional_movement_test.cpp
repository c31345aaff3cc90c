// plus_dm, minus_dm, plus_di, minus_di: one typed suite for the four (they are one computation
// read from either side). TA-Lib reference loop (tests/support/wilder_reference.hpp, written from
// TA-Lib's ta_PLUS_DM.c / ta_MINUS_DM.c / ta_PLUS_DI.c / ta_MINUS_DI.c algorithms), batch ==
// streaming bitwise, range, NaN restart, sizes, lookbacks, errors.

#include "ohlcv_test.hpp"
#include "taspan/momentum/minus_di.hpp"
#include "taspan/momentum/minus_dm.hpp"
#include "taspan/momentum/plus_di.hpp"
#include "taspan/momentum/plus_dm.hpp"

namespace {

using namespace taspan_test;

// DM reads (high, low); DI reads (high, low, close).
template <class T, bool Plus, bool Index>
struct dmi {
  using value = T;
  static constexpr bool index = Index;
  using stream = std::conditional_t<
      Index, std::conditional_t<Plus, taspan::plus_di_stream<T>, taspan::minus_di_stream<T>>,
      std::conditional_t<Plus, taspan::plus_dm_stream<T>, taspan::minus_dm_stream<T>>>;
  static std::string name() {
    return std::string(Plus ? "plus" : "minus") + (Index ? "_di" : "_dm");
  }
  static int lookback(int n) {
    if constexpr (Index)
      return Plus ? taspan::plus_di_lookback(n) : taspan::minus_di_lookback(n);
    else
      return Plus ? taspan::plus_dm_lookback(n) : taspan::minus_dm_lookback(n);
  }
  template <class H, class L, class C, class... Out>
  static auto call(const H& h, const L& l, const C& c, Out&&... out_and_period) {
    if constexpr (Index && Plus) return taspan::plus_di(h, l, c, out_and_period...);
    if constexpr (Index && !Plus) return taspan::minus_di(h, l, c, out_and_period...);
    if constexpr (!Index && Plus) return taspan::plus_dm(h, l, out_and_period...);
    if constexpr (!Index && !Plus) return taspan::minus_dm(h, l, out_and_period...);
  }
  static std::vector<T> batch(const bars<T>& b, int n) { return call(b.high, b.low, b.close, n); }
  static std::vector<T> streamed(stream& s, const bars<T>& b) {
    if constexpr (Index)
      return run_stream_n(s, b.high, b.low, b.close);
    else
      return run_stream_n(s, b.high, b.low);
  }
  static std::vector<double> reference(const bars<T>& b, int n) {
    const auto r = ref::directional(b.high, b.low, b.close, n);
    return Index ? (Plus ? r.plus_di : r.minus_di) : (Plus ? r.plus_dm : r.minus_dm);
  }
};

template <class Case>
class DirectionalMovement : public ::testing::Test {};
using cases =
    ::testing::Types<dmi<float, true, false>, dmi<double, true, false>, dmi<float, false, false>,
                     dmi<double, false, false>, dmi<float, true, true>, dmi<double, true, true>,
                     dmi<float, false, true>, dmi<double, false, true>>;
TYPED_TEST_SUITE(DirectionalMovement, cases);

TYPED_TEST(DirectionalMovement, MatchesReferenceAndStreaming) {
  using C = TypeParam;
  using T = typename C::value;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {1, 2, 5, 14}) {
      const std::string what = C::name() + " n=" + std::to_string(n);
      const auto y = C::batch(b, n);
      expect_matches_reference(y, C::reference(b, n), what);
      typename C::stream s(n);
      expect_series_identical(C::streamed(s, b), y, what + " stream");
      EXPECT_EQ(s.ready(), b.size() > static_cast<std::size_t>(C::lookback(n))) << what;
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_GE(v, T(0)) << what;
          if (C::index) {
            ASSERT_LE(v, T(100)) << what;
          }
        }
      }
    }
  }
}

TYPED_TEST(DirectionalMovement, NanRestartsWarmup) {
  using C = TypeParam;
  using T = typename C::value;
  const auto b = random_bars<T>(150, 11);
  for (std::size_t k : {0U, 3U, 20U, 149U}) {
    expect_restart_after_nan(
        b, k, [](const bars<T>& x) { return C::batch(x, 5); }, "k=" + std::to_string(k));
    typename C::stream s(5);
    const auto bn = nan_bar(b, k);
    expect_series_identical(C::streamed(s, bn), C::batch(bn, 5));
  }
}

TYPED_TEST(DirectionalMovement, SizesAroundLookback) {
  using C = TypeParam;
  using T = typename C::value;
  const int n = 5;
  const auto lookback = static_cast<std::size_t>(C::lookback(n));
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, lookback, lookback + 1}) {
    const auto b = random_bars<T>(size, 4);
    const auto y = C::batch(b, n);
    ASSERT_EQ(y.size(), size);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(y[i]), i < lookback) << i;
    typename C::stream s(n);
    expect_series_identical(C::streamed(s, b), y);
    EXPECT_EQ(s.ready(), size > lookback);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(C::streamed(s, b), y, "after reset");
  }
}

TYPED_TEST(DirectionalMovement, Errors) {
  using C = TypeParam;
  using T = typename C::value;
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(10, T(1)), y(9, T(1)), out(9);
  EXPECT_TASPAN_ERROR(C::call(x, x, x, 0), fn + ": period must be >= 1, got 0");
  // DM checks low against high; DI also checks close.
  if (C::index) {
    EXPECT_TASPAN_ERROR(C::call(x, x, y, 14),
                        fn + ": close size must be the size of high (10), got 9");
  } else {
    EXPECT_TASPAN_ERROR(C::call(x, y, x, 14),
                        fn + ": low size must be the size of high (10), got 9");
  }
  EXPECT_TASPAN_ERROR(C::call(x, x, x, out, 14),
                      fn + ": out size must be the size of input (10), got 9");
  EXPECT_TASPAN_ERROR(typename C::stream(-1), fn + "_stream: period must be >= 1, got -1");
}

// TA-Lib: PLUS_DM/MINUS_DM lookback period - 1 (1 for period 1), PLUS_DI/MINUS_DI period.
TEST(DirectionalMovement, LookbacksEqualTaLib) {
  for (int n : {1, 2, 5, 14}) {
    const int dm = n > 1 ? n - 1 : 1;
    EXPECT_EQ(taspan::plus_dm_lookback(n), dm);
    EXPECT_EQ(taspan::minus_dm_lookback(n), dm);
    EXPECT_EQ(taspan::plus_di_lookback(n), n);
    EXPECT_EQ(taspan::minus_di_lookback(n), n);
    EXPECT_EQ(taspan::plus_dm_stream<double>(n).lookback(), dm);
    EXPECT_EQ(taspan::minus_dm_stream<float>(n).lookback(), dm);
    EXPECT_EQ(taspan::plus_di_stream<float>(n).lookback(), n);
    EXPECT_EQ(taspan::minus_di_stream<double>(n).lookback(), n);
  }
  EXPECT_EQ(taspan::plus_dm_lookback(), 13);
  EXPECT_EQ(taspan::minus_di_lookback(), 14);
}

}  // namespace
