// VIDYA: hand-worked values, a plain loop from the definition (TradingView's script with taspan's
// seed), stream == batch (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/vidya.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Vidya : public ::testing::Test {};
TYPED_TEST_SUITE(Vidya, real_types);

std::vector<ld> ref_vidya(const std::vector<ld>& x, int n) {
  std::vector<ld> y(x.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  if (x.size() <= p) return y;
  ld v = x[p - 1];
  for (std::size_t t = p; t < x.size(); ++t) {
    ld up = 0, down = 0;
    for (std::size_t j = t + 1 - p; j <= t; ++j) {
      const ld c = x[j] - x[j - 1];
      (c > 0 ? up : down) += std::abs(c);
    }
    const ld cmo = up + down > 0 ? std::abs(up - down) / (up + down) : 0;
    const ld a = 2.0L / (n + 1) * cmo;
    y[t] = v = a * x[t] + (1 - a) * v;
  }
  return y;
}

TYPED_TEST(Vidya, HandWorked) {
  using T = TypeParam;
  // Rising prices: |CMO| = 1, so VIDYA is an EMA (k = 0.5 for period 3) seeded with x[2] = 2:
  // 0.5 * 3 + 0.5 * 2 = 2.5, then 0.5 * 4 + 0.5 * 2.5 = 3.25.
  const std::vector<T> x{0, 1, 2, 3, 4};
  const auto y = taspan::vidya(x, 3);
  EXPECT_TRUE(std::isnan(y[2]));
  EXPECT_NEAR(y[3], 2.5, 1e-6);
  EXPECT_NEAR(y[4], 3.25, 1e-6);
  // Changes +1 +2 -1, then +2 -1 +1: |CMO| = (3 - 1) / 4 = 0.5 both times, a = 0.25, seed 12:
  // 0.25 * 11 + 0.75 * 12 = 11.75, then 0.25 * 12 + 0.75 * 11.75 = 11.8125.
  const std::vector<T> z{9, 10, 12, 11, 12};
  EXPECT_NEAR(taspan::vidya(z, 3)[3], 11.75, 1e-6);
  EXPECT_NEAR(taspan::vidya(z, 3)[4], 11.8125, 1e-6);
}

TYPED_TEST(Vidya, MatchesReference) {
  using T = TypeParam;
  for (int period : {1, 2, 9, 30}) {
    const auto x = random_walk<T>(900, 27);
    expect_series_near(taspan::vidya(x, period), ref_vidya(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Vidya, CommonChecks) {
  using T = TypeParam;
  for (int period : {1, 3, 9})
    check_common<T>([&](const std::vector<T>& x) { return taspan::vidya(x, period); },
                    [&] { return taspan::vidya_stream<T>(period); }, taspan::vidya_lookback(period),
                    true);
}

TEST(Vidya, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::vidya_lookback(), 9);
  EXPECT_EQ(taspan::vidya_stream<double>().period(), 9);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::vidya(x, 0), "taspan::vidya: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::vidya_stream<double>(0),
                      "taspan::vidya_stream: period must be >= 1, got 0");
}

}  // namespace
