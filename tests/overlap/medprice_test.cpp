// MEDPRICE (TA-Lib MEDPRICE): (high + low) / 2. Hand-computed value, reference
// loop, stream == batch (bitwise), NaN on its bar only, size mismatch.

#include "taspan/overlap/medprice.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Medprice : public ::testing::Test {};
TYPED_TEST_SUITE(Medprice, real_types);

TYPED_TEST(Medprice, HandComputedValue) {
  using T = TypeParam;
  // (12 + 9) / 2 = 10.5
  const std::vector<T> high{12};
  const std::vector<T> low{9};
  const auto y = taspan::medprice(high, low);
  ASSERT_EQ(y.size(), 1U);
  EXPECT_EQ(y[0], T(10.5));
}

TYPED_TEST(Medprice, ReferenceStreamNanAndSizes) {
  using T = TypeParam;
  auto b = random_bars<T>(500, 8);
  b.high[77] = std::numeric_limits<T>::quiet_NaN();
  const auto y = taspan::medprice(b.high, b.low);
  taspan::medprice_stream<T> s;
  EXPECT_TRUE(s.ready());
  EXPECT_EQ(s.lookback(), 0);
  EXPECT_EQ(taspan::medprice_lookback(), 0);  // TA-Lib: MEDPRICE lookback 0
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld r = (static_cast<ld>(b.high[i]) + b.low[i]) / 2;
    if (i == 77) {
      EXPECT_TRUE(std::isnan(y[i]));
    } else {
      EXPECT_NEAR(static_cast<double>(y[i]), static_cast<double>(r), tol<T>() * 100);
    }
    const T p = s.peek(b.high[i], b.low[i]);
    const T u = s.update(b.high[i], b.low[i]);
    EXPECT_TRUE((u == y[i] || both_nan(u, y[i])) && (p == u || both_nan(p, u))) << i;
  }
  EXPECT_TRUE(taspan::medprice(std::vector<T>{}, std::vector<T>{}).empty());
}

TEST(Medprice, SizeMismatch) {
  std::vector<double> x(5, 1.0), y(4, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::medprice(x, y),
                      "taspan::medprice: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::medprice(x, x, out),
                      "taspan::medprice: out size must be the size of input (5), got 4");
}

}  // namespace
