// The Hilbert transform family (TA-Lib HT_DCPERIOD, HT_DCPHASE, HT_PHASOR, HT_SINE, HT_TRENDMODE
// and HT_TRENDLINE): TA-Lib's fixed lookbacks (32 and 63), stream == batch bitwise, NaN
// restarts the warm-up, sizes 0, 1, lookback, lookback + 1; hand-worked values on zero prices
// (no cycle: the period climbs to 6 as 6 - 6 * 0.8^k, the transform's outputs are 0); the
// trendline of a constant; what the
// transform is for (a pure sine of period 20 reads as a period near 20; a steady rise is a trend).
// TA-Lib's own numbers on real and synthetic data: tests/talib.

#include <numbers>

#include "ma_test_support.hpp"
#include "taspan/cycle.hpp"
#include "taspan/overlap/ht_trendline.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Hilbert : public ::testing::Test {};
TYPED_TEST_SUITE(Hilbert, real_types);

template <class T>
std::vector<T> sine_wave(std::size_t n, double period, double level = 100.0,
                         double amplitude = 1.0) {
  std::vector<T> x;
  for (std::size_t i = 0; i < n; ++i)
    x.push_back(static_cast<T>(
        level + amplitude * std::sin(2.0 * std::numbers::pi * static_cast<double>(i) / period)));
  return x;
}

struct pick2 {
  template <class P>
  auto operator()(const P& p, int which) const {
    if constexpr (requires { p.inphase; }) {
      return which == 0 ? p.inphase : p.quadrature;
    } else {
      return which == 0 ? p.sine : p.leadsine;
    }
  }
};

TYPED_TEST(Hilbert, LookbacksStreamsNanAndSizes) {
  using T = TypeParam;
  EXPECT_EQ(taspan::ht_dcperiod_lookback(), 32);
  EXPECT_EQ(taspan::ht_phasor_lookback(), 32);
  EXPECT_EQ(taspan::ht_dcphase_lookback(), 63);
  EXPECT_EQ(taspan::ht_sine_lookback(), 63);
  EXPECT_EQ(taspan::ht_trendmode_lookback(), 63);
  EXPECT_EQ(taspan::ht_trendline_lookback(), 63);
  check_common<T>([](const std::vector<T>& x) { return taspan::ht_dcperiod(x); },
                  [] { return taspan::ht_dcperiod_stream<T>(); }, 32, true);
  check_common<T>([](const std::vector<T>& x) { return taspan::ht_dcphase(x); },
                  [] { return taspan::ht_dcphase_stream<T>(); }, 63, true);
  check_common<T>([](const std::vector<T>& x) { return taspan::ht_trendmode(x); },
                  [] { return taspan::ht_trendmode_stream<T>(); }, 63, true);
  check_common<T>([](const std::vector<T>& x) { return taspan::ht_trendline(x); },
                  [] { return taspan::ht_trendline_stream<T>(); }, 63, true);
  for (int which = 0; which < 2; ++which) {
    check_common<T>(
        [which](const std::vector<T>& x) {
          const auto r = taspan::ht_phasor(x);
          return which == 0 ? r.inphase : r.quadrature;
        },
        [which] {
          return output_of<taspan::ht_phasor_stream<T>, pick2>{taspan::ht_phasor_stream<T>(),
                                                               which};
        },
        32, true);
    check_common<T>(
        [which](const std::vector<T>& x) {
          const auto r = taspan::ht_sine(x);
          return which == 0 ? r.sine : r.leadsine;
        },
        [which] {
          return output_of<taspan::ht_sine_stream<T>, pick2>{taspan::ht_sine_stream<T>(), which};
        },
        63, true);
  }
}

TYPED_TEST(Hilbert, ZeroPricesByHand) {
  using T = TypeParam;
  const std::vector<T> x(120, T(0));
  // Everything the transform computes is exactly 0, Re and Im too, so the period only climbs to
  // its floor: p = 0.2 * 6 + 0.8 p from the first transform bar (12), and the smoothed period
  // follows 0.33 p + 0.67 s.
  const auto period = taspan::ht_dcperiod(x);
  double p = 0, s = 0;
  for (std::size_t i = 12; i < x.size(); ++i) {
    p = 0.2 * 6 + 0.8 * p;
    s = 0.33 * p + 0.67 * s;
    if (i >= 32) {
      EXPECT_NEAR(static_cast<double>(period[i]), s, 1e-6 * 6) << i;
    }
  }
  const auto ph = taspan::ht_phasor(x);
  for (std::size_t i = 32; i < x.size(); ++i) {
    EXPECT_EQ(ph.inphase[i], T(0)) << i;
    EXPECT_EQ(ph.quadrature[i], T(0)) << i;
  }
}

TYPED_TEST(Hilbert, TrendlineOfAConstantIsTheConstant) {
  using T = TypeParam;
  // Its four means are means of the constant once the period covers a bar.
  const auto tl = taspan::ht_trendline(std::vector<T>(150, T(50)));
  for (std::size_t i = 100; i < tl.size(); ++i)
    EXPECT_NEAR(static_cast<double>(tl[i]), 50.0, 1e-5) << i;
}

TYPED_TEST(Hilbert, ASineOfPeriod20ReadsAsPeriod20) {
  using T = TypeParam;
  const auto x = sine_wave<T>(400, 20.0);
  const auto period = taspan::ht_dcperiod(x);
  for (std::size_t i = 200; i < x.size(); ++i)
    EXPECT_NEAR(static_cast<double>(period[i]), 20.0, 1.5) << i;
  const auto s = taspan::ht_sine(x);
  int crossings = 0;
  for (std::size_t i = 201; i < x.size(); ++i) {
    EXPECT_LE(std::abs(static_cast<double>(s.sine[i])), 1.0);
    if ((s.sine[i] > s.leadsine[i]) != (s.sine[i - 1] > s.leadsine[i - 1])) ++crossings;
  }
  EXPECT_NEAR(crossings, 2 * 199 / 20, 4);  // sine and lead sine cross twice a cycle
  const auto mode = taspan::ht_trendmode(x);
  int trend_bars = 0;
  for (std::size_t i = 200; i < x.size(); ++i) trend_bars += mode[i] == T(1) ? 1 : 0;
  EXPECT_LT(trend_bars, 40);  // mostly a cycle (1% swings: within the trendline's 1.5% band)
}

TYPED_TEST(Hilbert, ARampIsATrend) {
  using T = TypeParam;
  std::vector<T> x;  // 2% a bar: the smoothed price runs well ahead of the trendline's means
  for (int i = 0; i < 300; ++i) x.push_back(static_cast<T>(100.0 * std::pow(1.02, i)));
  const auto mode = taspan::ht_trendmode(x);
  for (std::size_t i = 100; i < x.size(); ++i) EXPECT_EQ(mode[i], T(1)) << i;
  for (std::size_t i = 0; i < 63; ++i) EXPECT_TRUE(std::isnan(mode[i])) << i;
}

}  // namespace
