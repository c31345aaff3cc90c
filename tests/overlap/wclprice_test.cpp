// WCLPRICE (TA-Lib WCLPRICE): (high + low + 2 * close) / 4. Hand-computed value, reference
// loop, stream == batch (bitwise), NaN on its bar only, size mismatch.

#include "taspan/overlap/wclprice.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Wclprice : public ::testing::Test {};
TYPED_TEST_SUITE(Wclprice, real_types);

TYPED_TEST(Wclprice, HandComputedValue) {
  using T = TypeParam;
  // (12 + 9 + 2 * 11.5) / 4 = 11
  const std::vector<T> high{12};
  const std::vector<T> low{9};
  const std::vector<T> close{11.5};
  const auto y = taspan::wclprice(high, low, close);
  ASSERT_EQ(y.size(), 1U);
  EXPECT_EQ(y[0], T(11));
}

TYPED_TEST(Wclprice, ReferenceStreamNanAndSizes) {
  using T = TypeParam;
  auto b = random_bars<T>(500, 8);
  b.high[77] = std::numeric_limits<T>::quiet_NaN();
  const auto y = taspan::wclprice(b.high, b.low, b.close);
  taspan::wclprice_stream<T> s;
  EXPECT_TRUE(s.ready());
  EXPECT_EQ(s.lookback(), 0);
  EXPECT_EQ(taspan::wclprice_lookback(), 0);  // TA-Lib: WCLPRICE lookback 0
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld r = (static_cast<ld>(b.high[i]) + b.low[i] + 2 * static_cast<ld>(b.close[i])) / 4;
    if (i == 77) {
      EXPECT_TRUE(std::isnan(y[i]));
    } else {
      EXPECT_NEAR(static_cast<double>(y[i]), static_cast<double>(r), tol<T>() * 100);
    }
    const T p = s.peek(b.high[i], b.low[i], b.close[i]);
    const T u = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE((u == y[i] || both_nan(u, y[i])) && (p == u || both_nan(p, u))) << i;
  }
  EXPECT_TRUE(taspan::wclprice(std::vector<T>{}, std::vector<T>{}, std::vector<T>{}).empty());
}

TEST(Wclprice, SizeMismatch) {
  std::vector<double> x(5, 1.0), y(4, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::wclprice(x, x, y),
                      "taspan::wclprice: close size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::wclprice(x, x, x, out),
                      "taspan::wclprice: out size must be the size of input (5), got 4");
}

}  // namespace
