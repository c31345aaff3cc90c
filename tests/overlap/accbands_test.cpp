// ACCBANDS (TA-Lib ACCBANDS): hand-worked bars, a long-double reference loop written from
// TA-Lib's definition (SMAs of high (1 + 4 (h - l) / (h + l)), close, low (1 - 4 (h - l) /
// (h + l))), stream == batch bitwise, NaN on the windows that hold it, sizes, bad parameters.
// TA-Lib's own numbers: tests/talib.

#include "taspan/overlap/accbands.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;
using ld = long double;

template <class T>
class Accbands : public ::testing::Test {};
TYPED_TEST_SUITE(Accbands, real_types);

TYPED_TEST(Accbands, HandWorkedBars) {
  using T = TypeParam;
  // h 12, l 8: w = 4 * 4 / 20 = 0.8, upper 12 * 1.8 = 21.6, lower 8 * 0.2 = 1.6
  // h 10, l 10: w = 0, upper 10, lower 10;  period 2: means of the two
  const std::vector<T> high{12, 10}, low{8, 10}, close{9, 11};
  const auto r = taspan::accbands(high, low, close, 2);
  EXPECT_TRUE(std::isnan(r.upper[0]) && std::isnan(r.middle[0]) && std::isnan(r.lower[0]));
  EXPECT_NEAR(static_cast<double>(r.upper[1]), (21.6 + 10) / 2, 1e-5);
  EXPECT_EQ(r.middle[1], T(10));
  EXPECT_NEAR(static_cast<double>(r.lower[1]), (1.6 + 10) / 2, 1e-5);
}

TYPED_TEST(Accbands, ReferenceStreamNanAndSizes) {
  using T = TypeParam;
  auto b = random_bars<T>(400, 23);
  b.low[200] = std::numeric_limits<T>::quiet_NaN();
  const int p = 20;
  const auto r = taspan::accbands(b.high, b.low, b.close, p);
  EXPECT_EQ(taspan::accbands_lookback(p), p - 1);
  const auto n = static_cast<std::size_t>(p);
  for (std::size_t i = n - 1; i < b.size(); ++i) {
    ld u = 0, m = 0, w = 0;
    for (std::size_t j = i + 1 - n; j <= i; ++j) {
      const ld h = b.high[j], l = b.low[j];
      const ld k = 4 * (h - l) / (h + l);
      u += h * (1 + k), m += b.close[j], w += l * (1 - k);
    }
    const bool holds_nan = i >= 200 && i < 200 + n;
    EXPECT_EQ(std::isnan(r.upper[i]), holds_nan) << i;
    EXPECT_EQ(std::isnan(r.lower[i]), holds_nan) << i;
    EXPECT_FALSE(std::isnan(r.middle[i])) << i;  // the NaN is a low: the closes are whole
    EXPECT_NEAR(static_cast<double>(r.middle[i]), static_cast<double>(m / p), tol<T>() * 200) << i;
    if (holds_nan) continue;
    EXPECT_NEAR(static_cast<double>(r.upper[i]), static_cast<double>(u / p), tol<T>() * 200) << i;
    EXPECT_NEAR(static_cast<double>(r.lower[i]), static_cast<double>(w / p), tol<T>() * 200) << i;
  }
  taspan::accbands_stream<T> s(p);
  std::vector<T> su, sm, sl;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto q = s.peek(b.high[i], b.low[i], b.close[i]);
    const auto v = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(q.upper == v.upper || both_nan(q.upper, v.upper)) << i;
    su.push_back(v.upper), sm.push_back(v.middle), sl.push_back(v.lower);
  }
  expect_series_identical(su, r.upper, "upper");
  expect_series_identical(sm, r.middle, "middle");
  expect_series_identical(sl, r.lower, "lower");
  EXPECT_EQ(s.lookback(), p - 1);
  for (std::size_t k : {0U, 1U, 19U, 20U}) {
    const auto head = [&](const std::vector<T>& v) {
      return std::vector<T>(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k));
    };
    const auto h = taspan::accbands(head(b.high), head(b.low), head(b.close), p);
    ASSERT_EQ(h.middle.size(), k);
    for (std::size_t i = 0; i < k; ++i) EXPECT_EQ(std::isnan(h.middle[i]), i + 1 < n);
  }
}

TEST(Accbands, BadParameters) {
  const std::vector<double> x(10, 1.0), y(9, 1.0);
  EXPECT_TASPAN_ERROR(taspan::accbands(x, x, x, 1), "taspan::accbands: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::accbands_stream<double>(0),
                      "taspan::accbands_stream: period must be >= 2, got 0");
  EXPECT_TASPAN_ERROR(taspan::accbands(x, x, y),
                      "taspan::accbands: close size must be the size of high (10), got 9");
}

}  // namespace
