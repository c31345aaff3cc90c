// swings / swing_stream: hand-checked zigzags (percent, points, ATR; close and high/low), flat,
// NaN gaps, short input, streaming == batch, no look-ahead, bad parameters.

#include "taspan/patterns/swing.hpp"
#include "taspan/volatility/atr.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using taspan::extreme;
using taspan::swing_threshold;

template <class T>
using swings_t = std::vector<taspan::swing<T>>;

template <class T>
swings_t<T> stream_swings(const std::vector<T>& h, const std::vector<T>& l, swing_threshold th,
                          const std::vector<T>& atr = {}) {
  taspan::swing_stream<T> s(th);
  swings_t<T> out;
  for (std::size_t i = 0; i < h.size(); ++i) {
    const T a = atr.empty() ? T(0) : atr[i];
    const auto p = s.peek(h[i], l[i], a);
    const auto u = s.update(h[i], l[i], a);
    EXPECT_EQ(p, u) << i;
    if (u) {
      EXPECT_EQ(u->confirmed_at, i);
      out.push_back(*u);
    }
  }
  return out;
}

template <class T>
class Swing : public ::testing::Test {};
TYPED_TEST_SUITE(Swing, real_types);

// A V on closes, worked by hand. 10%: the drop to 90 (bar 2) is 10% off 100 -> high at bar 0,
// confirmed 2; the rise to 90 (bar 6) is 12.5% off 80 -> low at bar 4, confirmed 6 (85 at bar 5
// is only 6.25%). 12 points: 85 (bar 3) <= 100 - 12 confirms the high; 95 (bar 7) >= 80 + 12 the
// low.
TYPED_TEST(Swing, HandCheckedV) {
  using T = TypeParam;
  const std::vector<T> c{100, 95, 90, 85, 80, 85, 90, 95, 100};
  const swings_t<T> pct{{0, 100, extreme::high, 2}, {4, 80, extreme::low, 6}};
  EXPECT_EQ(taspan::swings(c, swing_threshold::percent(10)), pct);
  EXPECT_EQ(stream_swings(c, c, swing_threshold::percent(10)), pct);
  const swings_t<T> pts{{0, 100, extreme::high, 3}, {4, 80, extreme::low, 7}};
  EXPECT_EQ(taspan::swings(c, swing_threshold::points(12)), pts);
  // ATR mode: 3 x ATR 4 = 12 points.
  const std::vector<T> atr(c.size(), T(4));
  EXPECT_EQ(taspan::swings(c, c, atr, swing_threshold::atr(3)), pts);
  EXPECT_EQ(stream_swings(c, c, swing_threshold::atr(3), atr), pts);
  // The last leg up is still pending: not a swing.
  taspan::swing_stream<T> s(swing_threshold::percent(10));
  for (T x : c) s.update(x);
  ASSERT_TRUE(s.pending().has_value());
  EXPECT_EQ(s.pending()->bar, 8U);
  EXPECT_EQ(s.pending()->kind, extreme::high);
}

// High/low bars, by hand (10%): bar 2's high 120 is >= 100 * 1.1 off bar 0's low (bar 1's 108 is
// not) -> low at bar 0, confirmed 2, and 120 becomes the candidate high. Bar 3's low 107 <= 108 ->
// high at bar 2, confirmed 3. Bar 4 makes the low 100; bar 5's high 110 = 100 * 1.1 -> low at
// bar 4, confirmed 5.
TYPED_TEST(Swing, HandCheckedHighLow) {
  using T = TypeParam;
  const std::vector<T> high{105, 108, 120, 115, 104, 110};
  const std::vector<T> low{100, 106, 114, 107, 100, 104};
  const swings_t<T> expected{
      {0, 100, extreme::low, 2}, {2, 120, extreme::high, 3}, {4, 100, extreme::low, 5}};
  EXPECT_EQ(taspan::swings(high, low, swing_threshold::percent(10)), expected);
  EXPECT_EQ(stream_swings(high, low, swing_threshold::percent(10)), expected);
}

TYPED_TEST(Swing, FlatSeriesHasNoSwings) {
  using T = TypeParam;
  const auto flat = constant<T>(100);
  EXPECT_TRUE(taspan::swings(flat, swing_threshold::points(0.01)).empty());
  EXPECT_TRUE(taspan::swings(flat, swing_threshold::percent(1)).empty());
}

// A NaN bar changes nothing: same swings, same bars, unless the NaN hides the reversal bar.
TYPED_TEST(Swing, NanBarsAreSkipped) {
  using T = TypeParam;
  const std::vector<T> c{100, 95, 90, 85, 80, 85, 90, 95, 100};
  const auto x = with_nans(c, {3, 7});
  const swings_t<T> expected{{0, 100, extreme::high, 2}, {4, 80, extreme::low, 6}};
  EXPECT_EQ(taspan::swings(x, swing_threshold::percent(10)), expected);
  // NaN on the confirming bar 6: the low is confirmed by the next bar that qualifies (7 is NaN
  // too).
  const auto y = with_nans(c, {6, 7});
  const swings_t<T> later{{0, 100, extreme::high, 2}, {4, 80, extreme::low, 8}};
  EXPECT_EQ(taspan::swings(y, swing_threshold::percent(10)), later);
  // A NaN ATR allows no reversal on that bar.
  std::vector<T> atr(c.size(), T(4));
  atr[3] = std::numeric_limits<T>::quiet_NaN();
  const swings_t<T> atr_expected{{0, 100, extreme::high, 4}, {4, 80, extreme::low, 7}};
  EXPECT_EQ(taspan::swings(c, c, atr, swing_threshold::atr(3)), atr_expected);
}

TYPED_TEST(Swing, TooShortInput) {
  using T = TypeParam;
  for (std::size_t n : {0U, 1U}) {
    const auto x = monotone<T>(n, false, 100.0, 20.0);
    EXPECT_TRUE(taspan::swings(x, swing_threshold::percent(5)).empty()) << n;
  }
  // Two bars are enough for one swing: the first bar's extreme, confirmed by the second.
  const std::vector<T> two{100, 80};
  const swings_t<T> one{{0, 100, extreme::high, 1}};
  EXPECT_EQ(taspan::swings(two, swing_threshold::percent(5)), one);
}

// Random data: swings alternate, each is the extreme between its neighbours, the reversal
// after it reached the threshold, and streaming == batch.
TYPED_TEST(Swing, PropertiesAndStreamingOnRandomBars) {
  using T = TypeParam;
  const auto b = random_bars<T>(5000, 21);
  for (double pct : {1.0, 3.0, 8.0}) {
    const auto sw = taspan::swings(b.high, b.low, swing_threshold::percent(pct));
    ASSERT_GT(sw.size(), 4U) << pct;
    EXPECT_EQ(stream_swings(b.high, b.low, swing_threshold::percent(pct)), sw);
    for (std::size_t k = 0; k < sw.size(); ++k) {
      const auto& s = sw[k];
      const bool hi = s.kind == extreme::high;
      if (k > 0) {
        EXPECT_NE(s.kind, sw[k - 1].kind);
        EXPECT_LT(sw[k - 1].bar, s.bar);
        EXPECT_LE(sw[k - 1].confirmed_at, s.bar);
      }
      // The reversal bar is at or beyond the threshold.
      const double from = static_cast<double>(s.price);
      const double rev = static_cast<double>(hi ? b.low[s.confirmed_at] : b.high[s.confirmed_at]);
      if (hi)
        EXPECT_LE(rev, from * (1 - pct / 100) * (1 + 1e-12)) << k;
      else
        EXPECT_GE(rev, from * (1 + pct / 100) * (1 - 1e-12)) << k;
      // Nothing after the previous swing's bar, up to the confirmation, goes beyond the extreme.
      // (The previous swing's own bar may: an outside bar's far end is not a candidate.)
      const std::size_t from_bar = k > 0 ? sw[k - 1].bar + 1 : 0;
      for (std::size_t j = from_bar; j <= s.confirmed_at; ++j) {
        if (hi)
          EXPECT_LE(b.high[j], s.price) << k << " " << j;
        else
          EXPECT_GE(b.low[j], s.price) << k << " " << j;
      }
    }
  }
  const std::vector<T> atr(b.size(), T(1.5));
  EXPECT_EQ(taspan::swings(b.high, b.low, atr, swing_threshold::atr(2)),
            taspan::swings(b.high, b.low, swing_threshold::points(3)));
}

// For every bar t, swings computed on bars [0, t] are exactly the batch swings known at t.
TYPED_TEST(Swing, NoLookAhead) {
  using T = TypeParam;
  const auto b = random_bars<T>(400, 4);
  const auto th = swing_threshold::percent(2);
  const auto all = taspan::swings(b.high, b.low, th);
  ASSERT_GT(all.size(), 3U);
  for (std::size_t t = 0; t < b.size(); ++t) {
    const std::vector<T> h(b.high.begin(), b.high.begin() + static_cast<long>(t) + 1);
    const std::vector<T> l(b.low.begin(), b.low.begin() + static_cast<long>(t) + 1);
    swings_t<T> known;
    for (const auto& s : all)
      if (s.confirmed_at <= t) known.push_back(s);
    ASSERT_EQ(taspan::swings(h, l, th), known) << t;
  }
}

// With taspan::atr (TA-Lib ATR, NaN for its first 14 bars): no reversal before the ATR exists,
// every reversal at least 3 ATR of its bar, and streaming with atr_stream == batch.
TEST(Swing, WithTaspanAtr) {
  const auto b = random_bars<double>(2000, 13);
  const auto a = taspan::atr(b.high, b.low, b.close, 14);
  const auto sw = taspan::swings(b.high, b.low, a, swing_threshold::atr(3));
  ASSERT_GT(sw.size(), 4U);
  for (const auto& s : sw) {
    ASSERT_GE(s.confirmed_at, 14U);
    const double rev = s.kind == extreme::high ? s.price - b.low[s.confirmed_at]
                                               : b.high[s.confirmed_at] - s.price;
    EXPECT_GE(rev, 3 * a[s.confirmed_at] * (1 - 1e-12));
  }
  taspan::atr_stream<double> as(14);
  taspan::swing_stream<double> ss(swing_threshold::atr(3));
  swings_t<double> st;
  for (std::size_t i = 0; i < b.size(); ++i)
    if (auto u = ss.update(b.high[i], b.low[i], as.update(b.high[i], b.low[i], b.close[i])))
      st.push_back(*u);
  EXPECT_EQ(st, sw);
}

TEST(Swing, ResetStartsOver) {
  const auto b = random_bars<double>(300, 8);
  taspan::swing_stream<double> s(swing_threshold::percent(2));
  for (std::size_t i = 0; i < 100; ++i) s.update(b.high[i], b.low[i]);
  s.reset();
  EXPECT_EQ(s.bars_seen(), 0U);
  EXPECT_FALSE(s.ready());
  swings_t<double> again;
  for (std::size_t i = 0; i < b.size(); ++i)
    if (auto u = s.update(b.high[i], b.low[i])) again.push_back(*u);
  EXPECT_EQ(again, taspan::swings(b.high, b.low, swing_threshold::percent(2)));
}

TEST(Swing, BadParameters) {
  std::vector<double> x(10, 1.0), y(9, 1.0);
  EXPECT_TASPAN_ERROR(taspan::swings(x, swing_threshold::percent(0)),
                      "taspan::swings: threshold must be > 0 and finite, got 0");
  EXPECT_TASPAN_ERROR(taspan::swings(x, swing_threshold::percent(100)),
                      "taspan::swings: threshold must be < 100 percent, got 100");
  EXPECT_TASPAN_ERROR(taspan::swings(x, swing_threshold::points(-2)),
                      "taspan::swings: threshold must be > 0 and finite, got -2");
  EXPECT_TASPAN_ERROR(taspan::swings(x, x, swing_threshold::atr(2)),
                      "taspan::swings: threshold in ATR multiples needs an atr series");
  EXPECT_TASPAN_ERROR(taspan::swings(x, y, swing_threshold::points(1)),
                      "taspan::swings: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::swings(x, x, y, swing_threshold::atr(1)),
                      "taspan::swings: atr size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::swing_stream<float>(swing_threshold::atr(0)),
                      "taspan::swing_stream: threshold must be > 0 and finite, got 0");
}

}  // namespace
