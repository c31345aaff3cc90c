// AVGDEV (TA-Lib AVGDEV): a hand-worked window, a long-double reference loop (mean of the window,
// then the mean of |x - mean|), stream == batch bitwise, lookback period - 1, NaN on exactly
// the windows that hold it, sizes, bad parameters. TA-Lib's own numbers: tests/talib.

#include "taspan/statistic/avgdev.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Avgdev : public ::testing::Test {};
TYPED_TEST_SUITE(Avgdev, real_types);

TYPED_TEST(Avgdev, HandWorkedWindow) {
  using T = TypeParam;
  // mean(1, 2, 6) = 3; |1-3| + |2-3| + |6-3| = 6; 6 / 3 = 2
  const auto y = taspan::avgdev(std::vector<T>{1, 2, 6, 6}, 3);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_EQ(y[2], T(2));
  EXPECT_NEAR(static_cast<double>(y[3]), 16.0 / 9.0, 1e-6);  // mean 14/3: (8/3 + 4/3 + 4/3) / 3
}

TYPED_TEST(Avgdev, MatchesTheReferenceLoop) {
  using T = TypeParam;
  const auto x = random_walk<T>(500, 31);
  for (int p : {2, 5, 14, 40}) {
    const auto y = taspan::avgdev(x, p);
    const auto n = static_cast<std::size_t>(p);
    for (std::size_t i = n - 1; i < x.size(); ++i) {
      ld s = 0, d = 0;
      for (std::size_t j = i + 1 - n; j <= i; ++j) s += x[j];
      const ld mean = s / p;
      for (std::size_t j = i + 1 - n; j <= i; ++j) d += std::fabs(static_cast<ld>(x[j]) - mean);
      EXPECT_NEAR(static_cast<double>(y[i]), static_cast<double>(d / p), tol<T>() * 100) << i;
    }
  }
}

TYPED_TEST(Avgdev, StreamBatchLookbackNanAndSizes) {
  using T = TypeParam;
  check_common<T>([](const std::vector<T>& x) { return taspan::avgdev(x, 9); },
                  [] { return taspan::avgdev_stream<T>(9); }, taspan::avgdev_lookback(9), true);
  EXPECT_EQ(taspan::avgdev_lookback(), 13);
  EXPECT_EQ(taspan::avgdev_stream<T>().period(), 14);
}

TEST(Avgdev, BadParameters) {
  const std::vector<double> x(10, 1.0);
  std::vector<double> out(9);
  EXPECT_TASPAN_ERROR(taspan::avgdev(x, 1), "taspan::avgdev: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::avgdev_stream<double>(0),
                      "taspan::avgdev_stream: period must be >= 2, got 0");
  EXPECT_TASPAN_ERROR(taspan::avgdev(x, out, 3),
                      "taspan::avgdev: out size must be the size of input (10), got 9");
}

}  // namespace
