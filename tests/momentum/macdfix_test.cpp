// MACDFIX (TA-Lib MACDFIX): reference loop in long double written from TA-Lib's INT_MACD with
// periods 0 (fast EMA k = 0.15 seeded by the SMA of bars 14..25, slow EMA k = 0.075 seeded by the
// SMA of bars 0..25, signal EMA seeded by the SMA of its first `signal` values), that it is not
// macd(12, 26, 9), stream == batch bitwise, lookback 25 + signal - 1, NaN restart, sizes, bad
// parameters. TA-Lib's own numbers: tests/talib.

#include "taspan/momentum/macdfix.hpp"
#include "ma_test_support.hpp"
#include "taspan/momentum/macd.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Macdfix : public ::testing::Test {};
TYPED_TEST_SUITE(Macdfix, real_types);

// Fixed-factor EMA of x, seeded over `seed` bars ending at bar `ready`.
std::vector<ld> ref_fixed_ema(const std::vector<ld>& x, ld k, std::size_t seed, std::size_t ready) {
  std::vector<ld> y(x.size(), lnan);
  if (x.size() <= ready) return y;
  ld s = 0;
  for (std::size_t i = ready + 1 - seed; i <= ready; ++i) s += x[i];
  ld e = s / static_cast<ld>(seed);
  y[ready] = e;
  for (std::size_t i = ready + 1; i < x.size(); ++i) y[i] = e = (x[i] - e) * k + e;
  return y;
}

TYPED_TEST(Macdfix, MatchesTheReferenceLoop) {
  using T = TypeParam;
  for (int signal : {1, 5, 9}) {
    const auto x = random_walk<T>(400, 21);
    const auto xl = widen(x);
    const auto fast = ref_fixed_ema(xl, 0.15L, 12, 25);
    const auto slow = ref_fixed_ema(xl, 0.075L, 26, 25);
    std::vector<ld> m(x.size(), lnan);
    for (std::size_t i = 25; i < x.size(); ++i) m[i] = fast[i] - slow[i];
    const auto sig = ref_ema(m, signal, 25);
    const auto r = taspan::macdfix(x, signal);
    const auto lb = static_cast<std::size_t>(taspan::macdfix_lookback(signal));
    EXPECT_EQ(lb, 25U + static_cast<std::size_t>(signal) - 1);
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (i < lb) {
        EXPECT_TRUE(std::isnan(r.macd[i]) && std::isnan(r.signal[i]) && std::isnan(r.hist[i]));
        continue;
      }
      const double scale = 1e-6 * 100;  // differences of EMAs of prices near 100
      EXPECT_NEAR(r.macd[i], static_cast<double>(m[i]), scale) << i;
      EXPECT_NEAR(r.signal[i], static_cast<double>(sig[i]), scale) << i;
      EXPECT_NEAR(r.hist[i], static_cast<double>(m[i] - sig[i]), scale) << i;
    }
  }
}

TEST(Macdfix, IsNotMacd12269) {
  const auto x = random_walk<double>(300, 4);
  const auto a = taspan::macdfix(x);
  const auto b = taspan::macd(x, 12, 26, 9);
  EXPECT_EQ(taspan::macdfix_lookback(), taspan::macd_lookback());
  EXPECT_GT(std::abs(a.macd[200] - b.macd[200]), 1e-6);  // k 0.15 vs 2/13
}

struct pick {
  template <class P>
  auto operator()(const P& p, int which) const {
    return which == 0 ? p.macd : which == 1 ? p.signal : p.hist;
  }
  template <class T>
  auto operator()(const taspan::macd_result<T>& r, int which) const {
    return which == 0 ? r.macd : which == 1 ? r.signal : r.hist;
  }
};

TYPED_TEST(Macdfix, StreamBatchLookbackNanAndSizes) {
  using T = TypeParam;
  for (int which = 0; which < 3; ++which) {
    check_common<T>(
        [which](const std::vector<T>& x) { return pick{}(taspan::macdfix(x, 7), which); },
        [which] {
          return output_of<taspan::macdfix_stream<T>, pick>{taspan::macdfix_stream<T>(7), which};
        },
        taspan::macdfix_lookback(7), true);
  }
}

TEST(Macdfix, BadParameters) {
  const std::vector<double> x(40, 1.0);
  EXPECT_TASPAN_ERROR(taspan::macdfix(x, 0), "taspan::macdfix: signal must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::macdfix_stream<double>(-3),
                      "taspan::macdfix_stream: signal must be >= 1, got -3");
  EXPECT_EQ(taspan::macdfix_lookback(taspan::max_period + 1), -1);
}

}  // namespace
