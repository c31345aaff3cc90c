// panel::breakout_screen: per symbol, the latest event of taspan::breakouts on that column with
// taspan::measured_move_for's targets; both storage orders, ragged starts, NaN holes, every
// method, 1 and 4 threads; a hand-computed screen; bad input.

#include "taspan/panel/breakout_screen.hpp"
#include "taspan/panel.hpp"
#include "taspan/patterns/breakout.hpp"
#include "taspan/patterns/measured_move.hpp"
#include "taspan/patterns/swing.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;
using taspan::breakout_method;
using taspan::breakout_sides;

template <class T>
struct ohlcv {
  col_panel<T> high, low, close, volume;
};

// Close from random_panel (ragged starts, NaN holes); high/low a seeded spread around it.
template <class T>
ohlcv<T> make(panel_shape shape, std::uint64_t seed) {
  ohlcv<T> p{{}, {}, random_panel<T>(shape, seed), {}};
  p.high = p.close;
  p.low = p.close;
  std::mt19937_64 rng(seed + 1);
  std::uniform_real_distribution<double> spread(0.0, 1.5);
  for (Eigen::Index j = 0; j < p.close.cols(); ++j)
    for (Eigen::Index i = 0; i < p.close.rows(); ++i) {
      p.high(i, j) = static_cast<T>(p.close(i, j) + spread(rng));
      p.low(i, j) = static_cast<T>(p.close(i, j) - spread(rng));
    }
  p.volume = random_volume(p.close, seed + 2);
  return p;
}

// The single-series pipeline the screen promises, on column j.
template <class T>
tp::breakout_screen_result<T> expected(const ohlcv<T>& p, Eigen::Index j,
                                       const tp::breakout_screen_options& o) {
  const auto h = column(p.high, j), l = column(p.low, j), c = column(p.close, j),
             v = column(p.volume, j);
  const auto events = taspan::breakouts(taspan::breakout_series<T>{h, l, c, v}, o.breakout);
  tp::breakout_screen_result<T> r;
  r.symbol = j;
  if (events.empty()) return r;
  const auto& e = events.back();
  r.found = true;
  r.bar = e.bar;
  r.side = e.side;
  r.level = e.level;
  r.close = c[e.bar];
  r.event = e;
  r.move = taspan::measured_move_for(e, taspan::swings(h, l, o.swings));
  return r;
}

template <class T>
void expect_same(const tp::breakout_screen_result<T>& got,
                 const tp::breakout_screen_result<T>& want, const std::string& what) {
  EXPECT_EQ(got.symbol, want.symbol) << what;
  ASSERT_EQ(got.found, want.found) << what;
  if (!want.found) return;
  EXPECT_EQ(got.bar, want.bar) << what;
  EXPECT_EQ(got.side, want.side) << what;
  EXPECT_EQ(got.level, want.level) << what;
  EXPECT_EQ(got.close, want.close) << what;
  EXPECT_TRUE(got.event == want.event) << what;
  ASSERT_EQ(got.move.has_value(), want.move.has_value()) << what;
  if (!want.move) return;
  const auto &a = *got.move, &b = *want.move;
  EXPECT_EQ(a.basis, b.basis) << what;
  EXPECT_EQ(a.low, b.low) << what;
  EXPECT_EQ(a.high, b.high) << what;
  EXPECT_EQ(a.low_bar, b.low_bar) << what;
  EXPECT_EQ(a.high_bar, b.high_bar) << what;
  EXPECT_EQ(a.targets.arithmetic, b.targets.arithmetic) << what;
  EXPECT_EQ(a.targets.percent, b.targets.percent) << what;
  EXPECT_EQ(a.targets.range_height, b.targets.range_height) << what;
  EXPECT_EQ(a.targets.fibonacci, b.targets.fibonacci) << what;
}

template <class T>
class PanelBreakoutScreen : public ::testing::Test {};
TYPED_TEST_SUITE(PanelBreakoutScreen, real_types);

TYPED_TEST(PanelBreakoutScreen, EqualsSingleSeriesPipelineColumnByColumn) {
  using T = TypeParam;
  const ohlcv<T> cm = make<T>({400, 23, true, true}, 11);
  const row_panel<T> rh = cm.high, rl = cm.low, rc = cm.close, rv = cm.volume;
  for (breakout_method method : {breakout_method::highest, breakout_method::all_time,
                                 breakout_method::donchian, breakout_method::range}) {
    for (breakout_sides sides : {breakout_sides::up, breakout_sides::both}) {
      tp::breakout_screen_options o;
      o.breakout.method = method;
      o.breakout.sides = sides;
      o.breakout.period = 15;
      o.breakout.min_bars = 8;
      o.breakout.max_height = 0.3;
      o.breakout.volume_period = 10;
      o.breakout.follow_through = 3;
      o.swings = taspan::swing_threshold::percent(3.0);
      int found = 0, moves = 0;
      for (int threads : {1, 4}) {
        const std::string what = "method=" + std::to_string(static_cast<int>(method)) +
                                 " sides=" + std::to_string(static_cast<int>(sides)) +
                                 " t=" + std::to_string(threads);
        const auto c = tp::breakout_screen(cm.high, cm.low, cm.close, cm.volume, o, threads);
        const auto r = tp::breakout_screen(rh, rl, rc, rv, o, threads);
        ASSERT_EQ(c.size(), 23u);
        ASSERT_EQ(r.size(), 23u);
        for (Eigen::Index j = 0; j < 23; ++j) {
          const auto want = expected(cm, j, o);
          expect_same(c[static_cast<std::size_t>(j)], want, "cm " + what);
          expect_same(r[static_cast<std::size_t>(j)], want, "rm " + what);
          found += want.found ? 1 : 0;
          moves += want.move ? 1 : 0;
        }
      }
      // The comparison is not vacuous: most symbols have an event, many with targets.
      EXPECT_GT(found, 2 * 10) << static_cast<int>(method);
      EXPECT_GT(moves, 2 * 3) << static_cast<int>(method);
    }
  }
}

// Without a volume panel (volume_period 0): same records as the single-series pipeline.
TYPED_TEST(PanelBreakoutScreen, WithoutVolume) {
  using T = TypeParam;
  const ohlcv<T> cm = make<T>({300, 9, true, true}, 3);
  const row_panel<T> rh = cm.high, rl = cm.low, rc = cm.close;
  tp::breakout_screen_options o;
  o.breakout.period = 10;
  const auto r = tp::breakout_screen(rh, rl, rc, o, 2);
  for (Eigen::Index j = 0; j < 9; ++j) {
    const auto want = expected(cm, j, o);
    expect_same(r[static_cast<std::size_t>(j)], want, "rm");
    EXPECT_TRUE(std::isnan(r[static_cast<std::size_t>(j)].event.volume_ratio));
  }
}

// Hand computation, donchian period 3, upside. Symbol 0:
//   bar    0    1     2     3     4
//   high  10   11  10.5  10.8    12
//   low    9   10   9.8  10.2    11
//   close 9.5 10.5   10  10.6  11.9
// Bar 3 closes at 10.6, inside the channel of bars 0..2 (upper 11). Bar 4 closes at 11.9 above
// the channel of bars 1..3 (upper 11 at bar 1, lower 9.8 at bar 2): the event, range 9.8..11.
// Targets: arithmetic 11 + 1.2 = 12.2, percent 11 * 11 / 9.8, range height 11 + 1.2, Fibonacci
// 11 + 1.618 * 1.2. Symbol 1 falls every bar: no event.
TYPED_TEST(PanelBreakoutScreen, HandComputed) {
  using T = TypeParam;
  row_panel<T> h(5, 2), l(5, 2), c(5, 2);
  h << T(10), 20, T(11), 19, T(10.5), 18, T(10.8), 17, T(12), 16;
  l << T(9), 19, T(10), 18, T(9.8), 17, T(10.2), 16, T(11), 15;
  c << T(9.5), T(19.5), T(10.5), T(18.5), T(10), T(17.5), T(10.6), T(16.5), T(11.9), T(15.5);
  tp::breakout_screen_options o;
  o.breakout.method = breakout_method::donchian;
  o.breakout.period = 3;
  for (const auto& r :
       {tp::breakout_screen(h, l, c, o),
        tp::breakout_screen(col_panel<T>(h), col_panel<T>(l), col_panel<T>(c), o)}) {
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].symbol, 0);
    ASSERT_TRUE(r[0].found);
    EXPECT_EQ(r[0].bar, 4u);
    EXPECT_EQ(r[0].level, T(11));
    EXPECT_EQ(r[0].close, T(11.9));
    EXPECT_EQ(r[0].event.level_bar, 1u);
    ASSERT_TRUE(r[0].move.has_value());
    EXPECT_EQ(r[0].move->basis, taspan::measured_basis::range);
    EXPECT_EQ(r[0].move->low, T(9.8));
    EXPECT_NEAR(r[0].move->targets.arithmetic, 12.2, 1e-5);
    EXPECT_NEAR(r[0].move->targets.percent, 11.0 * 11.0 / 9.8, 1e-5);
    EXPECT_NEAR(r[0].move->targets.range_height, 12.2, 1e-5);
    EXPECT_NEAR(r[0].move->targets.fibonacci[1], 11.0 + 1.618 * 1.2, 1e-5);
    EXPECT_EQ(r[1].symbol, 1);
    EXPECT_FALSE(r[1].found);
    EXPECT_FALSE(r[1].move.has_value());
  }
}

TEST(PanelBreakoutScreen, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  const tp::row_major<double> narrow = tp::row_major<double>::Ones(10, 2);
  const tp::col_major<double> cx = x;
  tp::breakout_screen_options o;
  o.breakout.period = 0;
  EXPECT_TASPAN_ERROR(tp::breakout_screen(x, x, x, o),
                      "taspan::panel::breakout_screen: period must be >= 1, got 0");
  o.breakout.period = 5;
  o.breakout.volume_period = 20;
  EXPECT_TASPAN_ERROR(tp::breakout_screen(x, x, x, o),
                      "taspan::panel::breakout_screen: volume_period must be 0 without a volume "
                      "panel, got 20");
  EXPECT_TASPAN_ERROR(
      tp::breakout_screen(x, x, x, narrow, o),
      "taspan::panel::breakout_screen: volume shape must be the shape of high (10x3), got 10x2");
  o.breakout.volume_period = 0;
  EXPECT_TASPAN_ERROR(
      tp::breakout_screen(x, narrow, x, o),
      "taspan::panel::breakout_screen: low shape must be the shape of high (10x3), got 10x2");
  EXPECT_TASPAN_ERROR(tp::breakout_screen(x, x, cx, o),
                      "taspan::panel::breakout_screen: close storage order must be row-major like "
                      "high, got column-major");
  EXPECT_TASPAN_ERROR(tp::breakout_screen(x, x, x, o, 0),
                      "taspan::panel::breakout_screen: threads must be >= 1, got 0");
  o.swings = taspan::swing_threshold::atr(2.0);
  EXPECT_TASPAN_ERROR(tp::breakout_screen(x, x, x, o),
                      "taspan::panel::breakout_screen: threshold in ATR multiples needs an atr "
                      "series");
}

}  // namespace
