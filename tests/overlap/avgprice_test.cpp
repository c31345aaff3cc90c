// AVGPRICE (TA-Lib AVGPRICE): (high + low + close + open) / 4. Hand-computed value, reference
// loop, stream == batch (bitwise), NaN on its bar only, size mismatch.

#include "taspan/overlap/avgprice.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Avgprice : public ::testing::Test {};
TYPED_TEST_SUITE(Avgprice, real_types);

TYPED_TEST(Avgprice, HandComputedValue) {
  using T = TypeParam;
  // (10 + 12 + 9 + 11) / 4 = 10.5
  const std::vector<T> open{10};
  const std::vector<T> high{12};
  const std::vector<T> low{9};
  const std::vector<T> close{11};
  const auto y = taspan::avgprice(open, high, low, close);
  ASSERT_EQ(y.size(), 1U);
  EXPECT_EQ(y[0], T(10.5));
}

TYPED_TEST(Avgprice, ReferenceStreamNanAndSizes) {
  using T = TypeParam;
  auto b = random_bars<T>(500, 8);
  b.open[77] = std::numeric_limits<T>::quiet_NaN();
  const auto y = taspan::avgprice(b.open, b.high, b.low, b.close);
  taspan::avgprice_stream<T> s;
  EXPECT_TRUE(s.ready());
  EXPECT_EQ(s.lookback(), 0);
  EXPECT_EQ(taspan::avgprice_lookback(), 0);  // TA-Lib: AVGPRICE lookback 0
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld r = (static_cast<ld>(b.high[i]) + b.low[i] + b.close[i] + b.open[i]) / 4;
    if (i == 77) {
      EXPECT_TRUE(std::isnan(y[i]));
    } else {
      EXPECT_NEAR(static_cast<double>(y[i]), static_cast<double>(r), tol<T>() * 100);
    }
    const T p = s.peek(b.open[i], b.high[i], b.low[i], b.close[i]);
    const T u = s.update(b.open[i], b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE((u == y[i] || both_nan(u, y[i])) && (p == u || both_nan(p, u))) << i;
  }
  EXPECT_TRUE(
      taspan::avgprice(std::vector<T>{}, std::vector<T>{}, std::vector<T>{}, std::vector<T>{})
          .empty());
}

TEST(Avgprice, SizeMismatch) {
  std::vector<double> x(5, 1.0), y(4, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::avgprice(x, x, x, y),
                      "taspan::avgprice: close size must be the size of open (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::avgprice(x, x, x, x, out),
                      "taspan::avgprice: out size must be the size of input (5), got 4");
}

}  // namespace
