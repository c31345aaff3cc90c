// breakouts / breakout_stream: a hand-built base then a breakout (every method, both sides),
// confirmations, NaN, short input, streaming == batch, no look-ahead, bad parameters.

#include "taspan/patterns/breakout.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using taspan::breakout_method;
using taspan::breakout_options;
using taspan::direction;

template <class T>
using events_t = std::vector<taspan::breakout_event<T>>;

// Closes: a rise to the top 110 at bar 4, a 20-bar base (bars 5-24) of 98/104 with its bottom 95
// at bar 12, a breakout close 112 at bar 25, then 113, 111, 115. High = close + 1, low = close - 1.
// Volume 100, 300 on the breakout bar.
template <class T>
bars<T> base_then_breakout() {
  std::vector<double> c{100, 104, 106, 108, 110};
  for (int i = 5; i <= 24; ++i) c.push_back(i == 12 ? 95 : (i % 2 == 0 ? 104 : 98));
  for (double x : {112, 113, 111, 115}) c.push_back(x);
  bars<T> b;
  for (std::size_t i = 0; i < c.size(); ++i) {
    b.close.push_back(static_cast<T>(c[i]));
    b.high.push_back(static_cast<T>(c[i] + 1));
    b.low.push_back(static_cast<T>(c[i] - 1));
    b.open.push_back(static_cast<T>(c[i]));
    b.volume.push_back(static_cast<T>(i == 25 ? 300 : 100));
  }
  return b;
}

// Mirror image (300 - price): the base becomes a base under a record low.
template <class T>
bars<T> mirrored(const bars<T>& b) {
  bars<T> m = b;
  for (std::size_t i = 0; i < b.size(); ++i) {
    m.close[i] = T(300) - b.close[i];
    m.high[i] = T(300) - b.low[i];
    m.low[i] = T(300) - b.high[i];
  }
  return m;
}

template <class T>
events_t<T> run(const bars<T>& b, const breakout_options& o, const std::vector<T>& htf = {}) {
  return taspan::breakouts(taspan::breakout_series<T>{b.high, b.low, b.close, b.volume, htf}, o);
}

// Streaming, with follow-through notes applied to the events they name. `used`: a stream that has
// already seen those bars, then reset().
template <class T>
events_t<T> run_stream(const bars<T>& b, const breakout_options& o, const std::vector<T>& htf = {},
                       const bars<T>* used = nullptr) {
  taspan::breakout_stream<T> s(o);
  if (used != nullptr) {
    for (std::size_t i = 0; i < used->size(); ++i)
      s.update(used->high[i], used->low[i], used->close[i], used->volume[i]);
    s.reset();
    EXPECT_FALSE(s.ready());
    EXPECT_EQ(s.bars_seen(), 0U);
  }
  events_t<T> out;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const T h = htf.empty() ? std::numeric_limits<T>::quiet_NaN() : htf[i];
    const auto p = s.peek(b.high[i], b.low[i], b.close[i], b.volume[i], h);
    const auto u = s.update(b.high[i], b.low[i], b.close[i], b.volume[i], h);
    EXPECT_EQ(p.up, u.up);
    EXPECT_EQ(p.down, u.down);
    for (const auto& note : u.follow_through) {
      EXPECT_EQ(note.confirmed_at, i);
      bool found = false;
      for (auto& e : out)
        if (e.bar == note.event_bar && e.side == note.side) e.follow_through_at = i, found = true;
      EXPECT_TRUE(found);
    }
    if (u.up) out.push_back(*u.up);
    if (u.down) out.push_back(*u.down);
  }
  return out;
}

std::vector<std::size_t> bars_of(const auto& events) {
  std::vector<std::size_t> v;
  for (const auto& e : events) v.push_back(e.bar);
  return v;
}

template <class T>
class Breakout : public ::testing::Test {};
TYPED_TEST_SUITE(Breakout, real_types);

TYPED_TEST(Breakout, RangeBaseThenBreakout) {
  using T = TypeParam;
  const auto b = base_then_breakout<T>();
  breakout_options o;
  o.method = breakout_method::range;
  o.levels = taspan::breakout_levels::close;
  o.min_bars = 21;      // bars 4..24
  o.max_height = 0.14;  // (110 - 95) / 110 = 0.136
  o.volume_period = 5;
  o.follow_through = 3;
  const auto ev = run(b, o);
  ASSERT_EQ(ev.size(), 1U);
  const auto& e = ev[0];
  EXPECT_EQ(e.bar, 25U);
  EXPECT_EQ(e.side, direction::up);
  EXPECT_EQ(e.price, T(112));
  EXPECT_EQ(e.level, T(110));
  EXPECT_EQ(e.level_bar, 4U);
  ASSERT_TRUE(e.has_range);
  EXPECT_EQ(e.range_top, T(110));
  EXPECT_EQ(e.range_top_bar, 4U);
  EXPECT_EQ(e.range_bottom, T(95));
  EXPECT_EQ(e.range_bottom_bar, 12U);
  EXPECT_EQ(e.volume_ratio, T(3));                  // 300 / mean(100 x 5)
  EXPECT_EQ(e.follow_through_at, std::size_t{26});  // 113 > 112
  EXPECT_FALSE(e.higher_tf_agrees.has_value());
  EXPECT_EQ(run_stream(b, o), ev);
  EXPECT_EQ(taspan::breakouts(b.high, b.low, b.close, b.volume, o), ev);  // the series overload

  o.min_bars = 22;  // the base is 21 bars
  EXPECT_TRUE(run(b, o).empty());
  o.min_bars = 21;
  o.max_height = 0.13;
  EXPECT_TRUE(run(b, o).empty());

  // On highs/lows: top 111 (bar 4), bottom 94 (bar 12), still broken by the close 112.
  o.levels = taspan::breakout_levels::high_low;
  o.max_height = 0.16;  // 17 / 111 = 0.153
  const auto hl = run(b, o);
  ASSERT_EQ(hl.size(), 1U);
  EXPECT_EQ(hl[0].level, T(111));
  EXPECT_EQ(hl[0].range_bottom, T(94));

  // Higher time frame: agrees where the series is > 0.
  std::vector<T> htf(b.size(), T(1));
  EXPECT_EQ(run(b, o, htf)[0].higher_tf_agrees, std::optional<bool>(true));
  htf[25] = T(-1);
  EXPECT_EQ(run(b, o, htf)[0].higher_tf_agrees, std::optional<bool>(false));
  EXPECT_EQ(run_stream(b, o, htf), run(b, o, htf));
}

TYPED_TEST(Breakout, RangeBreakdownMirrors) {
  using T = TypeParam;
  const auto m = mirrored(base_then_breakout<T>());
  breakout_options o;
  o.method = breakout_method::range;
  o.levels = taspan::breakout_levels::close;
  o.sides = taspan::breakout_sides::both;
  o.min_bars = 21;
  o.max_height = 0.08;  // (205 - 190) / 190 = 0.0789: a breakdown's height is taken on its bottom
  o.follow_through = 2;
  const auto ev = run(m, o);
  ASSERT_EQ(ev.size(), 1U);
  EXPECT_EQ(ev[0].side, direction::down);
  EXPECT_EQ(ev[0].bar, 25U);
  EXPECT_EQ(ev[0].level, T(190));
  EXPECT_EQ(ev[0].range_top, T(205));
  EXPECT_EQ(ev[0].range_top_bar, 12U);
  EXPECT_EQ(ev[0].range_bottom, T(190));
  EXPECT_EQ(ev[0].follow_through_at, std::size_t{26});  // 187 < 188
  EXPECT_EQ(run_stream(m, o), ev);
}

TYPED_TEST(Breakout, HighestAllTimeAndDonchianOnTheBase) {
  using T = TypeParam;
  const auto b = base_then_breakout<T>();
  breakout_options o;
  o.levels = taspan::breakout_levels::close;
  o.period = 5;
  o.method = breakout_method::highest;  // above the highest close of the 5 bars before
  const auto hi = run(b, o);
  EXPECT_EQ(bars_of(hi), (std::vector<std::size_t>{25, 26, 28}));
  EXPECT_EQ(hi[1].level, T(112));
  EXPECT_EQ(hi[1].level_bar, 25U);
  EXPECT_EQ(run_stream(b, o), hi);

  o.method = breakout_method::all_time;  // every new record close
  const auto at = run(b, o);
  EXPECT_EQ(bars_of(at), (std::vector<std::size_t>{1, 2, 3, 4, 25, 26, 28}));
  EXPECT_EQ(at[4].level, T(110));
  EXPECT_EQ(at[4].level_bar, 4U);
  EXPECT_EQ(run_stream(b, o), at);

  o.method = breakout_method::donchian;  // first bar outside; 26 is outside already
  const auto dc = run(b, o);
  EXPECT_EQ(bars_of(dc), (std::vector<std::size_t>{25, 28}));
  ASSERT_TRUE(dc[0].has_range);
  EXPECT_EQ(dc[0].range_top, T(104));
  EXPECT_EQ(dc[0].range_bottom, T(98));
  EXPECT_EQ(dc[1].range_top, T(113));
  EXPECT_EQ(dc[1].range_bottom, T(98));  // bars 23..27: 98, 104, 112, 113, 111
  EXPECT_EQ(run_stream(b, o), dc);

  // Intrabar: the high 105 of the base bars trades above the 5-bar highest close 104.
  o.method = breakout_method::highest;
  o.intrabar = true;
  const auto ib = run(b, o);
  EXPECT_GT(ib.size(), hi.size());
  EXPECT_EQ(run_stream(b, o), ib);
}

TYPED_TEST(Breakout, FlatSeriesNeverBreaksOut) {
  using T = TypeParam;
  bars<T> b;
  b.close = b.high = b.low = b.open = b.volume = constant<T>(100);
  for (auto m : {breakout_method::highest, breakout_method::all_time, breakout_method::donchian,
                 breakout_method::range}) {
    breakout_options o;
    o.method = m;
    o.sides = taspan::breakout_sides::both;
    o.min_bars = 5;
    EXPECT_TRUE(run(b, o).empty());
  }
}

TYPED_TEST(Breakout, NanAndShortInput) {
  using T = TypeParam;
  auto b = base_then_breakout<T>();
  breakout_options o;
  o.method = breakout_method::range;
  o.levels = taspan::breakout_levels::close;
  o.min_bars = 21;
  o.max_height = 0.14;
  b.close[25] = std::numeric_limits<T>::quiet_NaN();  // the breakout bar's close unknown
  const auto ev = run(b, o);
  ASSERT_EQ(ev.size(), 1U);  // 113 at bar 26 breaks the same base, one bar longer
  EXPECT_EQ(ev[0].bar, 26U);
  EXPECT_EQ(ev[0].level, T(110));
  EXPECT_EQ(run_stream(b, o), ev);
  bars<T> empty;
  EXPECT_TRUE(run(empty, o).empty());
  bars<T> one;
  one.close = one.high = one.low = one.volume = std::vector<T>{T(5)};
  EXPECT_TRUE(run(one, o).empty());
}

// A bar with high < low is inconsistent: taken as a NaN bar, in batch and stream alike. Here the
// breakout bar of the base (bar 25) gets high < low: nothing fires on it (it fired before the
// rule), and the base stays intact for bar 26, exactly as with a NaN bar.
TYPED_TEST(Breakout, HighBelowLowIsANanBar) {
  using T = TypeParam;
  const auto base = base_then_breakout<T>();
  breakout_options o;
  o.method = breakout_method::range;
  o.min_bars = 21;
  o.max_height = 0.14;
  o.levels = taspan::breakout_levels::close;
  for (auto m : {breakout_method::highest, breakout_method::all_time, breakout_method::donchian,
                 breakout_method::range}) {
    o.method = m;
    auto bad = base;
    std::swap(bad.high[25], bad.low[25]);  // high < low on the breakout bar
    auto nan_bar = base;
    nan_bar.high[25] = nan_bar.low[25] = nan_bar.close[25] = std::numeric_limits<T>::quiet_NaN();
    const auto ev = run(bad, o);
    EXPECT_EQ(ev, run(nan_bar, o)) << static_cast<int>(m);
    EXPECT_EQ(run_stream(bad, o), ev) << static_cast<int>(m);
    for (const auto& e : ev) EXPECT_NE(e.bar, 25U) << static_cast<int>(m);
  }
}

// Random bars with NaN gaps, every method and option: streaming == batch, also for a stream that
// had seen other bars and was reset(); and for every bar t the events of bars [0, t] are the batch
// events up to t, follow-through included only once known.
TYPED_TEST(Breakout, StreamingBatchAndNoLookAhead) {
  using T = TypeParam;
  const auto used = random_bars<T>(300, 18);
  auto b = random_bars<T>(300, 17);
  b.high = with_nans(b.high, {120, 210});
  b.close = with_nans(b.close, {150});
  std::vector<T> htf(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) htf[i] = T(i % 50 < 25 ? 1 : -1);
  int checked = 0;
  for (auto m : {breakout_method::highest, breakout_method::all_time, breakout_method::donchian,
                 breakout_method::range}) {
    for (bool intrabar : {false, true}) {
      breakout_options o;
      o.method = m;
      o.intrabar = intrabar;
      o.sides = taspan::breakout_sides::both;
      o.period = 10;
      o.min_bars = 5;
      o.max_height = 0.5;
      o.volume_period = 7;
      o.follow_through = 4;
      const auto all = run(b, o, htf);
      EXPECT_EQ(run_stream(b, o, htf), all);
      EXPECT_EQ(run_stream(b, o, htf, &used), all);
      for (std::size_t t = 0; t < b.size(); ++t) {
        bars<T> p;
        const auto n = static_cast<long>(t) + 1;
        p.high.assign(b.high.begin(), b.high.begin() + n);
        p.low.assign(b.low.begin(), b.low.begin() + n);
        p.close.assign(b.close.begin(), b.close.begin() + n);
        p.volume.assign(b.volume.begin(), b.volume.begin() + n);
        const std::vector<T> ph(htf.begin(), htf.begin() + n);
        events_t<T> known;
        for (auto e : all) {
          if (e.bar > t) continue;
          if (e.follow_through_at && *e.follow_through_at > t) e.follow_through_at.reset();
          known.push_back(e);
        }
        ASSERT_EQ(run(p, o, ph), known) << t;
        checked += static_cast<int>(known.size());
      }
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(Breakout, BadParameters) {
  std::vector<double> x(10, 1.0), y(9, 1.0);
  breakout_options o;
  o.period = 0;
  EXPECT_TASPAN_ERROR(taspan::breakouts(x, x, x, o),
                      "taspan::breakouts: period must be >= 1, got 0");
  o = {};
  o.method = breakout_method::range;
  o.min_bars = 0;
  EXPECT_TASPAN_ERROR(taspan::breakouts(x, x, x, o),
                      "taspan::breakouts: min_bars must be >= 1, got 0");
  o.min_bars = 5;
  o.max_height = 0;
  EXPECT_TASPAN_ERROR(taspan::breakouts(x, x, x, o),
                      "taspan::breakouts: max_height must be > 0 and finite, got 0");
  o = {};
  o.follow_through = -1;
  EXPECT_TASPAN_ERROR(taspan::breakout_stream<float>(o),
                      "taspan::breakout_stream: follow_through must be >= 0, got -1");
  o = {};
  o.volume_period = 5;
  EXPECT_TASPAN_ERROR(taspan::breakouts(taspan::breakout_series<double>{x, x, x}, o),
                      "taspan::breakouts: volume size must be the size of close (10), got 0");
  EXPECT_TASPAN_ERROR(taspan::breakouts(x, y, x),
                      "taspan::breakouts: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::breakouts(x, x, x, y, o),
                      "taspan::breakouts: volume size must be the size of high (10), got 9");
}

}  // namespace
