// TSI (true strength index, TradingView's): hand-worked values, a plain loop from Pine's
// definition, stream == batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/momentum/tsi.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Tsi : public ::testing::Test {};
TYPED_TEST_SUITE(Tsi, real_types);

// Pine's ta.ema from its first input.
std::vector<ld> pine_ema(const std::vector<ld>& x, int n) {
  std::vector<ld> y(x.size(), lnan);
  ld e = 0;
  bool started = false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i])) continue;
    e = started ? e + (x[i] - e) * 2 / (n + 1) : x[i];
    started = true;
    y[i] = e;
  }
  return y;
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int l, int s, int g) {
  const auto r = taspan::tsi(b.close, l, s, g);
  return {r.tsi, r.signal};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int l, int s, int g) {
  taspan::tsi_stream<T> st(l, s, g);
  std::vector<std::vector<T>> out(2);
  for (T x : b.close) {
    const auto p = st.peek(x);
    const auto u = st.update(x);
    EXPECT_TRUE(p.tsi == u.tsi || both_nan(p.tsi, u.tsi));
    EXPECT_TRUE(p.signal == u.signal || both_nan(p.signal, u.signal));
    out[0].push_back(u.tsi), out[1].push_back(u.signal);
  }
  return out;
}

TYPED_TEST(Tsi, HandWorked) {
  using T = TypeParam;
  // Only rises: the momentum equals its size: 100. Then long 1, short 1: the sign of each change.
  const auto up = taspan::tsi(monotone<T>(40), 25, 13, 13);
  EXPECT_TRUE(std::isnan(up.tsi[0]));
  for (std::size_t i = 1; i < 40; ++i) EXPECT_NEAR(up.tsi[i], 100.0, 1e-4) << i;
  // long 3, short 1 (k 0.5, 1): changes +2, -2: EMA 2, 0 over |.| 2, 2: tsi 100, 0.
  const auto r = taspan::tsi(std::vector<T>{1, 3, 1}, 3, 1, 1);
  EXPECT_EQ(r.tsi[1], T(100));
  EXPECT_EQ(r.tsi[2], T(0));
  EXPECT_EQ(r.signal[2], T(0));
}

TYPED_TEST(Tsi, MatchesPinesDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 49);
  for (auto [l, s, g] : {std::tuple{25, 13, 13}, std::tuple{5, 3, 2}}) {
    std::vector<ld> pc(x.size(), lnan), apc(x.size(), lnan);
    for (std::size_t i = 1; i < x.size(); ++i) {
      pc[i] = static_cast<ld>(x[i]) - x[i - 1];
      apc[i] = std::abs(pc[i]);
    }
    const auto m = pine_ema(pine_ema(pc, l), s), a = pine_ema(pine_ema(apc, l), s);
    std::vector<ld> t(x.size(), lnan);
    for (std::size_t i = 1; i < x.size(); ++i) t[i] = 100 * m[i] / a[i];
    const auto r = taspan::tsi(x, l, s, g);
    expect_series_near(r.tsi, t, tol<T>(), tol<T>() * 100, "tsi");
    expect_series_near(r.signal, pine_ema(t, g), tol<T>(), tol<T>() * 100, "signal");
  }
}

TYPED_TEST(Tsi, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b, 25, 13, 13); },
                       [](const bars<T>& b) { return stream(b, 25, 13, 13); },
                       taspan::tsi_lookback(), nan_rule::restart);
}

TEST(Tsi, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::tsi_lookback(), 1);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::tsi(x, 0), "taspan::tsi: long_period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::tsi(x, 25, 0), "taspan::tsi: short_period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::tsi_stream<double>(25, 13, 0),
                      "taspan::tsi_stream: signal must be >= 1, got 0");
}

}  // namespace
