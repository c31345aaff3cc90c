// rsi: hand-computed values, TA-Lib reference loop, batch == streaming, bounds, NaN restart,
// sizes, errors.

#include "taspan/momentum/rsi.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

// TA-Lib's RSI algorithm (ta_RSI.c, unstable period 0, classic compatibility) as a plain loop:
// simple means of the first n changes, then (avg*(n-1) + x)/n; 100*g/(g+l), 0 when g+l == 0.
template <class T>
std::vector<double> reference_rsi(const std::vector<T>& x, int n) {
  return ref::gain_loss(
      x, n, [](double g, double l) { return g + l != 0 ? 100.0 * (g / (g + l)) : 0.0; });
}

template <class T>
class Rsi : public ::testing::Test {};
TYPED_TEST_SUITE(Rsi, real_types);

// By hand, period 2, prices 10 11 10.5 11.5 12: changes +1 -0.5 +1 +0.5.
// Bar 2: gain (1+0)/2 = 0.5, loss (0+0.5)/2 = 0.25 -> 100*0.5/0.75 = 200/3.
// Bar 3: gain (0.5+1)/2 = 0.75, loss 0.25/2 = 0.125 -> 100*0.75/0.875 = 600/7.
// Bar 4: gain (0.75+0.5)/2 = 0.625, loss 0.0625 -> 100*0.625/0.6875 = 1000/11.
TYPED_TEST(Rsi, HandComputed) {
  using T = TypeParam;
  const std::vector<T> x{T(10), T(11), T(10.5), T(11.5), T(12)};
  const auto y = taspan::rsi(x, 2);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_NEAR(y[2], 200.0 / 3, 1e-5);
  EXPECT_NEAR(y[3], 600.0 / 7, 1e-5);
  EXPECT_NEAR(y[4], 1000.0 / 11, 1e-5);
}

TYPED_TEST(Rsi, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& x : {random_walk<T>(2000), near_1e5<T>(500), constant<T>(100),
                        monotone<T>(200, true), monotone<T>(200, false)}) {
    for (int n : {2, 3, 14, 50}) {
      const auto y = taspan::rsi(x, n);
      expect_matches_reference(y, reference_rsi(x, n), "rsi n=" + std::to_string(n));
      taspan::rsi_stream<T> s(n);
      // The batch loop takes two bars per iteration: equal to ~1e-16, not bitwise.
      expect_series_near(run_stream(s, x), y, tol<T>(), 0.0, "stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(0) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Rsi, FlatIsZeroRisingIsHundred) {
  using T = TypeParam;
  const auto flat = taspan::rsi(constant<T>(40), 14);
  const auto up = taspan::rsi(monotone<T>(40, true), 14);
  const auto down = taspan::rsi(monotone<T>(40, false), 14);
  for (std::size_t i = 14; i < 40; ++i) {
    EXPECT_EQ(flat[i], T(0));
    EXPECT_EQ(up[i], T(100));
    EXPECT_EQ(down[i], T(0));
  }
}

TYPED_TEST(Rsi, NanRestartsWarmup) {
  using T = TypeParam;
  const auto x = random_walk<T>(200, 9);
  for (std::size_t k : {0U, 5U, 14U, 100U, 199U}) {
    auto xn = x;
    xn[k] = std::numeric_limits<T>::quiet_NaN();
    const auto y = taspan::rsi(xn, 14);
    const auto fresh = taspan::rsi(tail(x, k + 1), 14);
    EXPECT_TRUE(std::isnan(y[k]));
    expect_series_near(tail(y, k + 1), fresh, tol<T>(), 0.0, "restart k=" + std::to_string(k));
    const auto before = taspan::rsi(x, 14);
    for (std::size_t i = 0; i < k; ++i) {
      ASSERT_TRUE(std::abs(y[i] - before[i]) <= tol<T>() * std::abs(before[i]) ||
                  both_nan(y[i], before[i]));
    }
    taspan::rsi_stream<T> s(14);
    expect_series_near(run_stream(s, xn), y, tol<T>(), 0.0, "stream with NaN");
  }
}

TYPED_TEST(Rsi, SizesAroundLookback) {
  using T = TypeParam;
  for (std::size_t n : {0U, 1U, 14U, 15U}) {
    const auto x = random_walk<T>(n);
    const auto y = taspan::rsi(x, 14);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 14);
    taspan::rsi_stream<T> s;
    expect_series_near(run_stream(s, x), y, tol<T>());
    EXPECT_EQ(s.ready(), n >= 15);
    s.reset();
    EXPECT_FALSE(s.ready());
  }
}

TEST(Rsi, LookbackAndErrors) {
  EXPECT_EQ(taspan::rsi_lookback(), 14);
  EXPECT_EQ(taspan::rsi_lookback(2), 2);
  EXPECT_EQ(taspan::rsi_stream<double>(5).lookback(), 5);
  std::vector<double> x(20, 1.0), out(19);
  EXPECT_TASPAN_ERROR(taspan::rsi(x, 1), "taspan::rsi: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::rsi(x, out, 14),
                      "taspan::rsi: out size must be the size of input (20), got 19");
  EXPECT_TASPAN_ERROR(taspan::rsi_stream<float>(0),
                      "taspan::rsi_stream: period must be >= 2, got 0");
}

}  // namespace

namespace {

// The two-bar batch path must stay within rounding of the one-bar recursion over a long series
// (the streaming form is the one-bar recursion).
TEST(RsiLong, BatchPairsTrackStreamingOverAMillionBars) {
  const auto x = taspan_test::random_walk<double>(1'000'000, 17, 1000.0, 1.0);
  const auto y = taspan::rsi(x, 14);
  taspan::rsi_stream<double> s(14);
  double worst = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double v = s.update(x[i]);
    if (!std::isnan(v)) worst = std::max(worst, std::abs(v - y[i]) / std::abs(y[i]));
  }
  EXPECT_LT(worst, 1e-13);
}

}  // namespace
