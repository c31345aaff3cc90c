// PVO (percentage volume oscillator): hand-worked values, equality with ppo(volume, EMA) and an EMA
// of it, a plain loop, stream == batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/volume/pvo.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Pvo : public ::testing::Test {};
TYPED_TEST_SUITE(Pvo, real_types);

// Both volume EMAs seeded with the SMA of the slow window's bars (TA-Lib's PPO alignment: the
// fast EMA's seed window ends where the slow one's does), the signal with the SMA of its first
// values.
template <class T>
std::vector<std::vector<ld>> ref_pvo(const std::vector<T>& v, int fast, int slow, int signal) {
  const auto x = widen(v);
  const auto s = ref_ema(x, slow);
  const auto f = ref_ema(x, fast, static_cast<std::size_t>(slow - fast));
  std::vector<ld> p(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(s[i])) p[i] = (f[i] - s[i]) / s[i] * 100;
  const auto g = ref_ema(p, signal, static_cast<std::size_t>(slow - 1));
  std::vector<ld> line(x.size(), lnan), hist(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(g[i])) line[i] = p[i], hist[i] = p[i] - g[i];
  return {line, g, hist};
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int f, int s, int g) {
  const auto r = taspan::pvo(b.volume, f, s, g);
  return {r.pvo, r.signal, r.histogram};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int f, int s, int g) {
  taspan::pvo_stream<T> st(f, s, g);
  std::vector<std::vector<T>> out(3);
  for (T v : b.volume) {
    const auto p = st.peek(v);
    const auto u = st.update(v);
    EXPECT_TRUE(p.pvo == u.pvo || both_nan(p.pvo, u.pvo));
    out[0].push_back(u.pvo), out[1].push_back(u.signal), out[2].push_back(u.histogram);
  }
  return out;
}

TYPED_TEST(Pvo, HandWorked) {
  using T = TypeParam;
  // fast 2, slow 3, signal 1: EMA3 of 100, 100, 400 = 200; EMA2 seeded on bars 1..2 = 250:
  // PVO = (250 - 200) / 200 * 100 = 25, signal = 25 (period 1), histogram 0.
  const std::vector<T> v{100, 100, 400};
  const auto r = taspan::pvo(v, 2, 3, 1);
  EXPECT_TRUE(std::isnan(r.pvo[1]));
  EXPECT_NEAR(r.pvo[2], 25.0, 1e-4);
  EXPECT_NEAR(r.signal[2], 25.0, 1e-4);
  EXPECT_EQ(r.histogram[2], T(0));
}

TYPED_TEST(Pvo, IsPpoOfVolumeWithASignal) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 35);
  for (auto [f, s, g] : {std::tuple{12, 26, 9}, std::tuple{2, 5, 1}, std::tuple{5, 3, 4}}) {
    const auto r = taspan::pvo(b.volume, f, s, g);
    const auto line = taspan::ppo(b.volume, f, s, taspan::ma_type::ema);
    const auto lb = static_cast<std::size_t>(taspan::pvo_lookback(f, s, g));
    for (std::size_t i = lb; i < b.size(); ++i) ASSERT_EQ(r.pvo[i], line[i]) << i;
    if (f < s) {
      const auto ref = ref_pvo(b.volume, f, s, g);
      expect_series_near(r.pvo, ref[0], tol<T>(), tol<T>(), "pvo");
      expect_series_near(r.signal, ref[1], tol<T>(), tol<T>(), "signal");
      expect_series_near(r.histogram, ref[2], tol<T>(), tol<T>() * 10, "histogram");
    }
  }
}

TYPED_TEST(Pvo, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b, 12, 26, 9); },
                       [](const bars<T>& b) { return stream(b, 12, 26, 9); },
                       taspan::pvo_lookback(), nan_rule::restart);
}

TEST(Pvo, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::pvo_lookback(), 25 + 8);
  EXPECT_EQ(taspan::pvo_stream<double>().lookback(), 33);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::pvo(x, 1), "taspan::pvo: fast must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::pvo(x, 12, 0), "taspan::pvo: slow must be >= 2, got 0");
  EXPECT_TASPAN_ERROR(taspan::pvo_stream<double>(12, 26, 0),
                      "taspan::pvo_stream: signal must be >= 1, got 0");
}

}  // namespace
