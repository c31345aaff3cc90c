// IMI (TA-Lib IMI): hand-worked bars, a reference loop written from TA-Lib's definition
// (100 up / (up + down) over the window's close - open), stream == batch bitwise, NaN on the
// windows that hold it, a window without intraday moves is NaN (TA-Lib's 0 / 0), sizes, bad
// parameters. TA-Lib's own numbers: tests/talib.

#include "taspan/momentum/imi.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Imi : public ::testing::Test {};
TYPED_TEST_SUITE(Imi, real_types);

TYPED_TEST(Imi, HandWorkedBars) {
  using T = TypeParam;
  // moves +2, -1, +1: up 3, down 1 -> 75; then -1, +1, -1 -> 33.3; then +1, -1, +1 -> 66.7
  const std::vector<T> open{10, 12, 11, 11, 12};
  const std::vector<T> close{12, 11, 12, 10, 13};
  const auto y = taspan::imi(open, close, 3);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_EQ(y[2], T(75));
  EXPECT_NEAR(static_cast<double>(y[3]), 100.0 * 1 / (1 + 2), 1e-5);  // -1 +1 -1
  EXPECT_NEAR(static_cast<double>(y[4]), 100.0 * 2 / (2 + 1), 1e-5);  // +1 -1 +1
}

TYPED_TEST(Imi, ReferenceStreamNanAndFlat) {
  using T = TypeParam;
  auto b = random_bars<T>(400, 17);
  b.close[150] = std::numeric_limits<T>::quiet_NaN();
  for (std::size_t i = 300; i < 330; ++i) b.open[i] = b.close[i];  // no intraday move
  const int p = 10;
  const auto y = taspan::imi(b.open, b.close, p);
  EXPECT_EQ(taspan::imi_lookback(p), p - 1);
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (i + 1 < static_cast<std::size_t>(p)) {
      EXPECT_TRUE(std::isnan(y[i])) << i;
      continue;
    }
    double up = 0, down = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(p); j <= i; ++j) {
      const double m = static_cast<double>(b.close[j]) - static_cast<double>(b.open[j]);
      (m > 0 ? up : down) += std::abs(m);
    }
    const double r = 100.0 * up / (up + down);  // NaN on the NaN's windows and flat windows
    if (std::isnan(r)) {
      EXPECT_TRUE(std::isnan(y[i])) << i;
    } else {
      EXPECT_NEAR(static_cast<double>(y[i]), r, tol<T>() * 100) << i;
    }
  }
  EXPECT_TRUE(std::isnan(y[150]) && std::isnan(y[159]) && !std::isnan(y[160]));
  EXPECT_TRUE(std::isnan(y[320]) && !std::isnan(y[335]));
  taspan::imi_stream<T> s(p);
  expect_series_identical(run_stream_n(s, b.open, b.close), y, "stream vs batch");
  EXPECT_EQ(s.lookback(), p - 1);
  for (std::size_t n : {0U, 1U, 9U, 10U}) {
    const auto head = taspan::imi(
        std::vector<T>(b.open.begin(), b.open.begin() + static_cast<std::ptrdiff_t>(n)),
        std::vector<T>(b.close.begin(), b.close.begin() + static_cast<std::ptrdiff_t>(n)), p);
    ASSERT_EQ(head.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_TRUE(head[i] == y[i] || both_nan(head[i], y[i]));
  }
}

TEST(Imi, BadParameters) {
  const std::vector<double> x(10, 1.0), y(9, 1.0);
  EXPECT_TASPAN_ERROR(taspan::imi(x, x, 1), "taspan::imi: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::imi_stream<double>(-1),
                      "taspan::imi_stream: period must be >= 2, got -1");
  EXPECT_TASPAN_ERROR(taspan::imi(x, y),
                      "taspan::imi: close size must be the size of open (10), got 9");
}

}  // namespace
