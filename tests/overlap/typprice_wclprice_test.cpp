// TYPPRICE (TA-Lib TYPPRICE): (high + low + close) / 3, and WCLPRICE (TA-Lib WCLPRICE):
// (high + low + 2 * close) / 4: one typed suite for the two (price x float/double).
// Hand-computed value, long-double reference loop, stream == batch (bitwise), NaN on its bar only,
// lookback 0 (TA-Lib), empty input, size mismatch.

#include "ma_test_support.hpp"
#include "taspan/overlap/typprice.hpp"
#include "taspan/overlap/wclprice.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T, bool Weighted>
struct price {
  using value = T;
  using stream =
      std::conditional_t<Weighted, taspan::wclprice_stream<T>, taspan::typprice_stream<T>>;
  static std::string name() { return Weighted ? "wclprice" : "typprice"; }
  static int lookback() {
    return Weighted ? taspan::wclprice_lookback() : taspan::typprice_lookback();
  }
  template <class... A>
  static auto call(A&&... a) {
    if constexpr (Weighted)
      return taspan::wclprice(a...);
    else
      return taspan::typprice(a...);
  }
  static ld reference(T high, T low, T close) {
    if constexpr (Weighted)
      return (static_cast<ld>(high) + low + 2 * static_cast<ld>(close)) / 4;
    else
      return (static_cast<ld>(high) + low + close) / 3;
  }
  // TYPPRICE: (12 + 9 + 11.25) / 3 = 10.75; WCLPRICE: (12 + 9 + 2 * 11.5) / 4 = 11.
  static constexpr double hand_close = Weighted ? 11.5 : 11.25;
  static constexpr double hand_value = Weighted ? 11 : 10.75;
};

template <class Case>
class TypWclPrice : public ::testing::Test {};
using cases = ::testing::Types<price<float, false>, price<double, false>, price<float, true>,
                               price<double, true>>;
TYPED_TEST_SUITE(TypWclPrice, cases);

TYPED_TEST(TypWclPrice, HandComputedValue) {
  using C = TypeParam;
  using T = typename C::value;
  const std::vector<T> high{12};
  const std::vector<T> low{9};
  const std::vector<T> close{static_cast<T>(C::hand_close)};
  const auto y = C::call(high, low, close);
  ASSERT_EQ(y.size(), 1U);
  EXPECT_EQ(y[0], static_cast<T>(C::hand_value)) << C::name();
}

TYPED_TEST(TypWclPrice, ReferenceStreamNanAndSizes) {
  using C = TypeParam;
  using T = typename C::value;
  auto b = random_bars<T>(500, 8);
  b.high[77] = std::numeric_limits<T>::quiet_NaN();
  const auto y = C::call(b.high, b.low, b.close);
  typename C::stream s;
  EXPECT_TRUE(s.ready());
  EXPECT_EQ(s.lookback(), 0);
  EXPECT_EQ(C::lookback(), 0);  // TA-Lib: TYPPRICE and WCLPRICE lookback 0
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld r = C::reference(b.high[i], b.low[i], b.close[i]);
    if (i == 77) {
      EXPECT_TRUE(std::isnan(y[i]));
    } else {
      EXPECT_NEAR(static_cast<double>(y[i]), static_cast<double>(r), tol<T>() * 100);
    }
    const T p = s.peek(b.high[i], b.low[i], b.close[i]);
    const T u = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE((u == y[i] || both_nan(u, y[i])) && (p == u || both_nan(p, u))) << i;
  }
  EXPECT_TRUE(C::call(std::vector<T>{}, std::vector<T>{}, std::vector<T>{}).empty());
}

TYPED_TEST(TypWclPrice, SizeMismatch) {
  using C = TypeParam;
  using T = typename C::value;
  const std::string fn = "taspan::" + C::name();
  std::vector<T> x(5, T(1)), y(4, T(1)), out(4);
  EXPECT_TASPAN_ERROR(C::call(x, x, y), fn + ": close size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(C::call(x, x, x, out),
                      fn + ": out size must be the size of input (5), got 4");
}

}  // namespace
