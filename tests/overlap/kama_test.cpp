// KAMA (TA-Lib KAMA): hand-computed values, TA-Lib's documented algorithm as a plain reference loop
// (sum of absolute changes recomputed every bar), stream == batch (bitwise), lookback, NaN, sizes.

#include "taspan/overlap/kama.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Kama : public ::testing::Test {};
TYPED_TEST_SUITE(Kama, real_types);

std::vector<ld> ref_kama(const std::vector<ld>& x, int n) {
  const auto p = static_cast<std::size_t>(n);
  std::vector<ld> y(x.size(), lnan);
  if (n == 1) return x;
  const ld fastest = 2.0L / 3, slowest = 2.0L / 31;
  ld k = 0;
  for (std::size_t t = p; t < x.size(); ++t) {
    ld sum = 0;
    for (std::size_t j = t + 1 - p; j <= t; ++j) sum += std::abs(x[j] - x[j - 1]);
    const ld change = x[t] - x[t - p];
    const ld er = (sum <= change || std::abs(sum) < 1e-8L) ? 1.0L : std::abs(change / sum);
    const ld sc = (er * (fastest - slowest) + slowest) * (er * (fastest - slowest) + slowest);
    if (t == p) k = x[p - 1];
    y[t] = k = k + (x[t] - k) * sc;
  }
  return y;
}

TYPED_TEST(Kama, HandComputedValues) {
  using T = TypeParam;
  // period 2 on 1, 2, 4, 3.
  // bar 2: sum |2-1| + |4-2| = 3 = change 4-1 -> er 1, sc (2/3)^2 = 4/9, kama = 2 + (4-2)*4/9.
  // bar 3: sum |4-2| + |3-4| = 3, change 3-2 = 1 -> er 1/3, sc = ((1/3)(2/3 - 2/31) + 2/31)^2.
  const std::vector<T> x{1, 2, 4, 3};
  const auto y = taspan::kama(x, 2);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  const double k2 = 2.0 + 2.0 * 4.0 / 9.0;
  const double c = (1.0 / 3.0) * (2.0 / 3.0 - 2.0 / 31.0) + 2.0 / 31.0;
  EXPECT_NEAR(y[2], k2, 1e-6);
  EXPECT_NEAR(y[3], k2 + (3.0 - k2) * c * c, 1e-6);
}

TYPED_TEST(Kama, MatchesReference) {
  using T = TypeParam;
  for (int period : {1, 2, 10, 30}) {
    for (const auto& x : {random_walk<T>(1500, 6), monotone<T>(300), constant<T>(200)})
      expect_series_near(taspan::kama(x, period), ref_kama(widen(x), period), tol<T>(), 0.0,
                         "p=" + std::to_string(period));
  }
}

TYPED_TEST(Kama, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 10, 30})
    check_common<T>([&](const std::vector<T>& x) { return taspan::kama(x, period); },
                    [&] { return taspan::kama_stream<T>(period); }, period, true);
}

TEST(Kama, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::kama_lookback(), 30);  // TA-Lib: KAMA lookback = period (0 for period 1)
  EXPECT_EQ(taspan::kama_lookback(1), 0);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::kama(x, 0), "taspan::kama: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::kama_stream<double>(0),
                      "taspan::kama_stream: period must be >= 1, got 0");
}

}  // namespace
