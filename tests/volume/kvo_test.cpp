// KVO (Klinger volume oscillator, TradingView's form): hand-worked values, a plain loop from
// Pine's definition, stream == batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/volume/kvo.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Kvo : public ::testing::Test {};
TYPED_TEST_SUITE(Kvo, real_types);

// Pine's ta.ema from its first input; sv = change(hlc3) >= 0 ? volume : -volume from bar 1.
template <class T>
std::vector<std::vector<ld>> ref_kvo(const bars<T>& b, int fast, int slow, int signal) {
  std::vector<ld> k(b.size(), lnan), g(b.size(), lnan);
  ld ef = 0, es = 0, eg = 0;
  auto ema = [](ld prev, ld x, int n) { return prev + (x - prev) * 2 / (n + 1); };
  auto tp = [&](std::size_t i) { return (static_cast<ld>(b.high[i]) + b.low[i] + b.close[i]) / 3; };
  for (std::size_t i = 1; i < b.size(); ++i) {
    const ld sv = tp(i) >= tp(i - 1) ? b.volume[i] : -static_cast<ld>(b.volume[i]);
    ef = i == 1 ? sv : ema(ef, sv, fast);
    es = i == 1 ? sv : ema(es, sv, slow);
    k[i] = ef - es;
    g[i] = eg = i == 1 ? k[i] : ema(eg, k[i], signal);
  }
  return {k, g};
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int f, int s, int g) {
  const auto r = taspan::kvo(b.high, b.low, b.close, b.volume, f, s, g);
  return {r.kvo, r.signal};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int f, int s, int g) {
  taspan::kvo_stream<T> st(f, s, g);
  std::vector<std::vector<T>> out(2);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = st.peek(b.high[i], b.low[i], b.close[i], b.volume[i]);
    const auto u = st.update(b.high[i], b.low[i], b.close[i], b.volume[i]);
    EXPECT_TRUE(p.kvo == u.kvo || both_nan(p.kvo, u.kvo));
    EXPECT_TRUE(p.signal == u.signal || both_nan(p.signal, u.signal));
    out[0].push_back(u.kvo), out[1].push_back(u.signal);
  }
  return out;
}

TYPED_TEST(Kvo, HandWorked) {
  using T = TypeParam;
  // fast 1, slow 3 (k 0.5), signal 1. hlc3: 10, 11, 10, 10. Signed volume from bar 1: +100,
  // -200, +40 (a tie counts as up). Slow EMA: 100, -50, -5. KVO = sv - slow: 0, -150, 45.
  const std::vector<T> h{11, 12, 11, 11}, l{9, 10, 9, 9}, c{10, 11, 10, 10}, v{1, 100, 200, 40};
  const auto r = taspan::kvo(h, l, c, v, 1, 3, 1);
  EXPECT_TRUE(std::isnan(r.kvo[0]));
  EXPECT_EQ(r.kvo[1], T(0));
  EXPECT_NEAR(r.kvo[2], -150.0, 1e-9);
  EXPECT_NEAR(r.kvo[3], 45.0, 1e-9);
  EXPECT_EQ(r.signal[3], r.kvo[3]);
}

TYPED_TEST(Kvo, MatchesPinesDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(800, 36);
  for (auto [f, s, g] : {std::tuple{34, 55, 13}, std::tuple{3, 10, 4}}) {
    const auto r = taspan::kvo(b.high, b.low, b.close, b.volume, f, s, g);
    const auto ref = ref_kvo(b, f, s, g);
    expect_series_near(r.kvo, ref[0], tol<T>(), tol<T>() * 1e6, "kvo");  // volumes ~1e5..1e6
    expect_series_near(r.signal, ref[1], tol<T>(), tol<T>() * 1e6, "signal");
  }
}

TYPED_TEST(Kvo, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b, 34, 55, 13); },
                       [](const bars<T>& b) { return stream(b, 34, 55, 13); },
                       taspan::kvo_lookback(), nan_rule::restart);
}

TEST(Kvo, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::kvo_lookback(), 1);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::kvo(x, x, x, x, 0), "taspan::kvo: fast must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::kvo(x, x, x, x, 34, -1), "taspan::kvo: slow must be >= 1, got -1");
  EXPECT_TASPAN_ERROR(taspan::kvo(x, x, y, x),
                      "taspan::kvo: close size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::kvo_stream<double>(34, 55, 0),
                      "taspan::kvo_stream: signal must be >= 1, got 0");
}

}  // namespace
