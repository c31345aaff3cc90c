// MAMA and FAMA (TA-Lib MAMA) and ma_type::mama: TA-Lib's fixed lookback 32, a hand-worked step
// from zero prices (the phase stays 0 for three bars, so alpha is the fast limit and
// mama = c (1 - (1 - fast)^k), fama follows at alpha / 2), the limits' effect, stream == batch
// bitwise, NaN restart, sizes, MA(mama) == MAMA's line whatever the period (TA_MA), bad
// parameters. TA-Lib's own numbers: tests/talib.

#include "taspan/overlap/ma.hpp"
#include "ma_test_support.hpp"
#include "taspan/overlap/mama.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

template <class T>
class Mama : public ::testing::Test {};
TYPED_TEST_SUITE(Mama, real_types);

TYPED_TEST(Mama, AStepFromZeroByHand) {
  using T = TypeParam;
  // Zeros until bar 40, then c: everything is 0 before the step; on bars 40, 41 and 42 the
  // in-phase component I1 (the detrended price three bars back of the same parity) is still 0,
  // so the phase is 0, delta is 1 and alpha the fast limit: mama = c (1 - (1 - fast)^k), fama
  // follows with alpha / 2.
  const double c = 40.0;
  for (double fast : {0.5, 0.3}) {
    std::vector<T> x(60, T(0));
    for (std::size_t i = 40; i < x.size(); ++i) x[i] = static_cast<T>(c);
    const auto r = taspan::mama(x, fast, 0.05);
    for (std::size_t i = 0; i < 32; ++i) EXPECT_TRUE(std::isnan(r.mama[i])) << i;
    for (std::size_t i = 32; i < 40; ++i) {
      EXPECT_EQ(r.mama[i], T(0)) << i;
      EXPECT_EQ(r.fama[i], T(0)) << i;
    }
    double mama = 0, fama = 0;
    for (std::size_t i = 40; i < 43; ++i) {
      mama = fast * c + (1 - fast) * mama;
      fama = fast / 2 * mama + (1 - fast / 2) * fama;
      EXPECT_NEAR(static_cast<double>(r.mama[i]), mama, 1e-6 * c) << i;
      EXPECT_NEAR(static_cast<double>(r.fama[i]), fama, 1e-6 * c) << i;
    }
  }
}

TYPED_TEST(Mama, FollowsPricesWithinTheirRange) {
  using T = TypeParam;
  const auto x = random_walk<T>(600, 51);
  const auto r = taspan::mama(x);
  double lo = 1e300, hi = -1e300;
  for (T v : x)
    lo = std::min(lo, static_cast<double>(v)), hi = std::max(hi, static_cast<double>(v));
  for (std::size_t i = 100; i < x.size(); ++i) {  // converged from its zero start
    EXPECT_GE(static_cast<double>(r.mama[i]), lo);
    EXPECT_LE(static_cast<double>(r.mama[i]), hi);
  }
  // A slower limit pair lags more: the mean distance to the price grows.
  const auto slow = taspan::mama(x, 0.1, 0.01);
  double d_fast = 0, d_slow = 0;
  for (std::size_t i = 100; i < x.size(); ++i) {
    d_fast += std::abs(static_cast<double>(r.mama[i] - x[i]));
    d_slow += std::abs(static_cast<double>(slow.mama[i] - x[i]));
  }
  EXPECT_LT(d_fast, d_slow);
}

struct pick {
  template <class P>
  auto operator()(const P& p, int which) const {
    return which == 0 ? p.mama : p.fama;
  }
};

TYPED_TEST(Mama, StreamBatchLookbackNanAndSizes) {
  using T = TypeParam;
  EXPECT_EQ(taspan::mama_lookback(), 32);
  for (int which = 0; which < 2; ++which)
    check_common<T>(
        [which](const std::vector<T>& x) {
          const auto r = taspan::mama(x, 0.4, 0.04);
          return which == 0 ? r.mama : r.fama;
        },
        [which] {
          return output_of<taspan::mama_stream<T>, pick>{taspan::mama_stream<T>(0.4, 0.04), which};
        },
        32, true);
}

TYPED_TEST(Mama, MaTypeMamaIsTheMamaLine) {
  using T = TypeParam;
  const auto x = random_walk<T>(300, 52);
  const auto line = taspan::mama(x).mama;
  for (int period : {2, 30, 200}) {
    EXPECT_EQ(taspan::ma_lookback(period, ma_type::mama), 32);
    expect_series_identical(taspan::ma(x, period, ma_type::mama), line, "ma(mama)");
    taspan::ma_stream<T> s(period, ma_type::mama);
    expect_series_identical(run_stream(s, x), line, "ma_stream(mama)");
  }
  expect_series_identical(taspan::ma(x, 1, ma_type::mama), x, "period 1 is the input");
}

TEST(Mama, BadParameters) {
  const std::vector<double> x(40, 1.0);
  EXPECT_TASPAN_ERROR(taspan::mama(x, 1.0),
                      "taspan::mama: fastlimit must be in [0.01, 0.99], got 1");
  EXPECT_TASPAN_ERROR(taspan::mama_stream<double>(0.5, 0.0),
                      "taspan::mama_stream: slowlimit must be in [0.01, 0.99], got 0");
}

}  // namespace
