// cmo: TA-Lib reference loop (ta_CMO.c: RSI's Wilder averages, 100*(g-l)/(g+l)), a hand value,
// batch == streaming, bounds, NaN restart, sizes, errors.

#include "taspan/momentum/cmo.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_cmo(const std::vector<T>& x, int n) {
  return ref::gain_loss(
      x, n, [](double g, double l) { return g + l != 0 ? 100.0 * ((g - l) / (g + l)) : 0.0; });
}

template <class T>
class Cmo : public ::testing::Test {};
TYPED_TEST_SUITE(Cmo, real_types);

// By hand, period 2, prices 10 11 10.5 11.5: bar 2 gain 0.5 loss 0.25 -> 100*0.25/0.75 = 100/3;
// bar 3 gain 0.75 loss 0.125 -> 100*0.625/0.875 = 500/7.
TYPED_TEST(Cmo, HandComputed) {
  using T = TypeParam;
  const auto y = taspan::cmo(std::vector<T>{T(10), T(11), T(10.5), T(11.5)}, 2);
  EXPECT_NEAR(y[2], 100.0 / 3, 1e-4);
  EXPECT_NEAR(y[3], 500.0 / 7, 1e-4);
}

TYPED_TEST(Cmo, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& x : {random_walk<T>(1500), constant<T>(60), monotone<T>(100, false)}) {
    for (int n : {2, 9, 14}) {
      const auto y = taspan::cmo(x, n);
      expect_matches_reference(y, reference_cmo(x, n), "cmo n=" + std::to_string(n));
      taspan::cmo_stream<T> s(n);
      // The batch runs the streaming step (gain - loss cancels: see cmo_value): bitwise.
      expect_series_identical(run_stream(s, x), y, "stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(-100) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Cmo, NanRestartsAndSizes) {
  using T = TypeParam;
  const auto x = random_walk<T>(100, 4);
  auto xn = x;
  xn[30] = std::numeric_limits<T>::quiet_NaN();
  const auto y = taspan::cmo(xn, 14);
  EXPECT_TRUE(std::isnan(y[30]));
  expect_series_near(tail(y, 31), taspan::cmo(tail(x, 31), 14), tol<T>());
  for (std::size_t n : {0U, 1U, 14U, 15U}) {
    const auto z = taspan::cmo(random_walk<T>(n), 14);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(z[i]), i < 14);
  }
}

TEST(Cmo, LookbackAndErrors) {
  EXPECT_EQ(taspan::cmo_lookback(), 14);
  EXPECT_EQ(taspan::cmo_lookback(3), 3);
  EXPECT_EQ(taspan::cmo_stream<double>(4).lookback(), 4);
  std::vector<double> x(5, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::cmo(x, 1), "taspan::cmo: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::cmo(x, out, 2),
                      "taspan::cmo: out size must be the size of input (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::cmo_stream<double>(1),
                      "taspan::cmo_stream: period must be >= 2, got 1");
}

}  // namespace
