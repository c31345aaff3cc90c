// ZLEMA: no lag on a line (odd periods, exactly), a hand-worked value, a plain loop (TA-Lib EMA of
// the de-lagged series), stream == batch (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/zlema.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Zlema : public ::testing::Test {};
TYPED_TEST_SUITE(Zlema, real_types);

std::vector<ld> ref_zlema(const std::vector<ld>& x, int n) {
  const auto lag = static_cast<std::size_t>((n - 1) / 2);
  std::vector<ld> d(x.size(), lnan);
  for (std::size_t i = lag; i < x.size(); ++i) d[i] = 2 * x[i] - x[i - lag];
  return ref_ema(d, n, lag);
}

TYPED_TEST(Zlema, HandWorked) {
  using T = TypeParam;
  // Period 3: lag 1, k = 0.5. De-lagged: 3, 6, 10, 15 (bars 1..4); seed (3+6+10)/3 = 19/3 at
  // bar 3; bar 4: (15 - 19/3) / 2 + 19/3 = 32/3.
  const std::vector<T> x{1, 2, 4, 7, 11};
  const auto y = taspan::zlema(x, 3);
  EXPECT_TRUE(std::isnan(y[2]));
  EXPECT_NEAR(y[3], 19.0 / 3.0, 1e-5);
  EXPECT_NEAR(y[4], 32.0 / 3.0, 1e-5);
}

TYPED_TEST(Zlema, NoLagOnALine) {
  using T = TypeParam;
  // On x = a + b i the de-lagged series is x shifted forward by lag bars, and an EMA of period
  // 2 lag + 1 seeded by its SMA lags a line by exactly lag bars: the two cancel.
  const auto x = monotone<T>(200, true, 10.0, 0.25);
  for (int n : {3, 9, 21}) {
    const auto y = taspan::zlema(x, n);
    for (auto i = static_cast<std::size_t>(taspan::zlema_lookback(n)); i < x.size(); ++i)
      EXPECT_NEAR(y[i], x[i], 1e-9 + 1e-5 * std::abs(x[i])) << n << " " << i;
  }
}

TYPED_TEST(Zlema, MatchesReference) {
  using T = TypeParam;
  for (int period : {1, 2, 5, 20, 51}) {
    const auto x = random_walk<T>(900, 22);
    expect_series_near(taspan::zlema(x, period), ref_zlema(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Zlema, CommonChecks) {
  using T = TypeParam;
  for (int period : {1, 2, 7, 20})
    check_common<T>([&](const std::vector<T>& x) { return taspan::zlema(x, period); },
                    [&] { return taspan::zlema_stream<T>(period); }, taspan::zlema_lookback(period),
                    true);
}

TEST(Zlema, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::zlema_lookback(), 9 + 19);
  EXPECT_EQ(taspan::zlema_lookback(1), 0);
  EXPECT_EQ(taspan::zlema_lookback(2), 1);
  EXPECT_EQ(taspan::zlema_lookback(-taspan::max_period - 1), -1);
  EXPECT_EQ(taspan::zlema_stream<double>().period(), 20);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::zlema(x, 0), "taspan::zlema: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::zlema_stream<double>(0),
                      "taspan::zlema_stream: period must be >= 1, got 0");
}

}  // namespace
