// SAREXT (TA-Lib SAREXT): a plain reference loop written from TA-Lib's ta_SAREXT.c (start value,
// offset on reverse, per-side accelerations, short stops negative), batch == reference ==
// stream bitwise, |sarext| with the defaults == sar, a given start value and side, the offset on
// reversals, lookback 1, NaN restart, bad parameters. TA-Lib's own numbers: tests/talib.

#include "taspan/overlap/sarext.hpp"
#include "ohlcv_test.hpp"
#include "taspan/overlap/sar.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Sarext : public ::testing::Test {};
TYPED_TEST_SUITE(Sarext, real_types);

struct rules {
  double start = 0, offset = 0, init_l = 0.02, step_l = 0.02, max_l = 0.2, init_s = 0.02,
         step_s = 0.02, max_s = 0.2;
};

// TA-Lib's loop, on doubles: out[0] NaN, out[i] for i >= 1.
template <class T>
std::vector<double> reference(const std::vector<T>& hi, const std::vector<T>& lo, rules r) {
  std::vector<double> out(hi.size(), std::nan(""));
  if (hi.size() < 2) return out;
  r.init_l = std::min(r.init_l, r.max_l), r.step_l = std::min(r.step_l, r.max_l);
  r.init_s = std::min(r.init_s, r.max_s), r.step_s = std::min(r.step_s, r.max_s);
  const auto h = [&](std::size_t i) { return static_cast<double>(hi[i]); };
  const auto l = [&](std::size_t i) { return static_cast<double>(lo[i]); };
  bool is_long = r.start > 0;
  if (r.start == 0) {
    const double up = h(1) - h(0), down = l(0) - l(1);
    is_long = !(down > 0 && down > up);
  }
  double af_l = r.init_l, af_s = r.init_s;
  double ep = is_long ? h(1) : l(1);
  double sar = r.start == 0 ? (is_long ? l(0) : h(0)) : std::abs(r.start);
  double new_h = h(1), new_l = l(1);
  for (std::size_t i = 1; i < hi.size(); ++i) {
    const double prev_l = new_l, prev_h = new_h;
    new_l = l(i), new_h = h(i);
    if (is_long) {
      if (new_l <= sar) {
        is_long = false;
        sar = std::max({ep, prev_h, new_h});
        if (r.offset != 0) sar += sar * r.offset;
        out[i] = -sar;
        af_s = r.init_s;
        ep = new_l;
        sar = std::max({sar + af_s * (ep - sar), prev_h, new_h});
      } else {
        out[i] = sar;
        if (new_h > ep) ep = new_h, af_l = std::min(af_l + r.step_l, r.max_l);
        sar = std::min({sar + af_l * (ep - sar), prev_l, new_l});
      }
    } else {
      if (new_h >= sar) {
        is_long = true;
        sar = std::min({ep, prev_l, new_l});
        if (r.offset != 0) sar -= sar * r.offset;
        out[i] = sar;
        af_l = r.init_l;
        ep = new_h;
        sar = std::min({sar + af_l * (ep - sar), prev_l, new_l});
      } else {
        out[i] = -sar;
        if (new_l < ep) ep = new_l, af_s = std::min(af_s + r.step_s, r.max_s);
        sar = std::max({sar + af_s * (ep - sar), prev_h, new_h});
      }
    }
  }
  return out;
}

template <class T>
std::vector<T> run(const bars<T>& b, const rules& r) {
  return taspan::sarext(b.high, b.low, r.start, r.offset, r.init_l, r.step_l, r.max_l, r.init_s,
                        r.step_s, r.max_s);
}

TYPED_TEST(Sarext, EqualsTheReferenceAndTheStream) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 29);
  const double p0 = static_cast<double>(b.low[0]);
  for (const rules& r : {rules{}, rules{0, 0.01, 0.01, 0.03, 0.25, 0.04, 0.01, 0.15},
                         rules{p0 - 5, 0, 0.02, 0.02, 0.2, 0.02, 0.02, 0.2},
                         rules{-(p0 + 5), 0.5, 0.05, 0.01, 0.1, 0.03, 0.02, 0.3},
                         rules{0, 0, 0.3, 0.5, 0.2, 0.25, 0.02, 0.2}}) {
    const auto y = run(b, r);
    const auto ref = reference(b.high, b.low, r);
    std::vector<T> ref_t;
    for (double v : ref) ref_t.push_back(static_cast<T>(v));
    expect_series_identical(y, ref_t, "batch vs reference");
    taspan::sarext_stream<T> s(r.start, r.offset, r.init_l, r.step_l, r.max_l, r.init_s, r.step_s,
                               r.max_s);
    expect_series_identical(run_stream_n(s, b.high, b.low), y, "stream vs batch");
    EXPECT_EQ(s.lookback(), 1);
    bool negative = false, positive = false;
    for (std::size_t i = 1; i < y.size(); ++i) (y[i] < 0 ? negative : positive) = true;
    EXPECT_TRUE(negative && positive);  // both sides occur on 600 random bars
  }
}

TYPED_TEST(Sarext, DefaultsAreSarWithShortStopsNegative) {
  using T = TypeParam;
  const auto b = random_bars<T>(500, 30);
  const auto e = taspan::sarext(b.high, b.low);
  const auto s = taspan::sar(b.high, b.low);
  for (std::size_t i = 1; i < e.size(); ++i) {
    EXPECT_EQ(std::abs(e[i]), s[i]) << i;
    // A short stop is above the bar's high, a long one below its low.
    if (e[i] < 0) {
      EXPECT_GE(-e[i], b.high[i]) << i;
    } else {
      EXPECT_LE(e[i], b.low[i]) << i;
    }
  }
}

TYPED_TEST(Sarext, StartValueAndOffset) {
  using T = TypeParam;
  // Rising bars: long from the given start value, first stop at it.
  const std::vector<T> hi{11, 12, 13, 14, 15}, lo{9, 10, 11, 12, 13};
  const auto y = taspan::sarext(hi, lo, 8.0);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_EQ(y[1], T(8));
  EXPECT_NEAR(static_cast<double>(y[2]), 8 + 0.02 * (12 - 8), 1e-6);  // ep = high of bar 1
  // Short from 20: the first stop is -20; a start above the prices never reverses here.
  const auto z = taspan::sarext(std::vector<T>{11, 10, 9}, std::vector<T>{9, 8, 7}, -20.0);
  EXPECT_EQ(z[1], T(-20));
  // The offset moves the stop of a reversal: sar' = sar (1 + offset) when turning short.
  const std::vector<T> up_down_h{10, 11, 12, 13, 9}, up_down_l{9, 10, 11, 12, 5};
  const auto plain = taspan::sarext(up_down_h, up_down_l);
  const auto off = taspan::sarext(up_down_h, up_down_l, 0.0, 0.1);
  ASSERT_LT(plain[4], 0);
  EXPECT_NEAR(static_cast<double>(off[4]), static_cast<double>(plain[4]) * 1.1, 1e-5);
}

TYPED_TEST(Sarext, NanRestartsTheWarmUp) {
  using T = TypeParam;
  const auto b = random_bars<T>(300, 31);
  expect_restart_after_nan(
      b, 120, [](const bars<T>& x) { return taspan::sarext(x.high, x.low); }, "sarext");
}

TEST(Sarext, BadParameters) {
  const std::vector<double> x(10, 1.0);
  const double nan = std::nan("");
  EXPECT_TASPAN_ERROR(taspan::sarext(x, x, nan),
                      "taspan::sarext: startvalue must be finite, got nan");
  EXPECT_TASPAN_ERROR(taspan::sarext(x, x, 0.0, -1.0),
                      "taspan::sarext: offsetonreverse must be >= 0 and finite, got -1");
  EXPECT_TASPAN_ERROR(
      taspan::sarext_stream<double>(0.0, 0.0, 0.02, 0.02, 0.2, 0.02, 0.02, -0.2),
      "taspan::sarext_stream: accelerationmaxshort must be >= 0 and finite, got -0.2");
  EXPECT_EQ(taspan::sarext_lookback(), 1);
}

}  // namespace
