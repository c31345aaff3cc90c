// panel::rsi / panel::atr: column by column equal to taspan::rsi / taspan::atr, in both
// storage orders, with ragged starts and NaN holes, for 1 and 4 threads.

#include "taspan/momentum/rsi.hpp"
#include "taspan/panel.hpp"
#include "taspan/volatility/atr.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;

// High/low/close panels around a close panel: high = close + a, low = close - b (a, b >= 0
// seeded), same NaN pattern as close (and one extra NaN only in high, one only in low).
template <class T>
struct hlc {
  col_panel<T> high, low, close;
};
template <class T>
hlc<T> random_hlc(panel_shape shape, std::uint64_t seed = 31) {
  hlc<T> p{col_panel<T>(), col_panel<T>(), random_panel<T>(shape, seed)};
  p.high = p.close;
  p.low = p.close;
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> wick(0.0, 2.0);
  for (Eigen::Index j = 0; j < p.close.cols(); ++j)
    for (Eigen::Index i = 0; i < p.close.rows(); ++i) {
      p.high(i, j) = static_cast<T>(static_cast<double>(p.close(i, j)) + wick(rng));
      p.low(i, j) = static_cast<T>(static_cast<double>(p.close(i, j)) - wick(rng));
    }
  if (shape.holes && shape.rows > 50 && shape.cols > 3) {
    p.high(40, 3) = std::numeric_limits<T>::quiet_NaN();
    p.low(45, 2) = std::numeric_limits<T>::quiet_NaN();
  }
  return p;
}

template <class T>
class PanelWilder : public ::testing::Test {};
TYPED_TEST_SUITE(PanelWilder, real_types);

TYPED_TEST(PanelWilder, RsiEqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  for (panel_shape shape :
       {panel_shape{}, panel_shape{400, 33, true, true}, panel_shape{300, 8, false, false}}) {
    const col_panel<T> cm = random_panel<T>(shape);
    const row_panel<T> rm = cm;
    for (int period : {2, 5, 14}) {
      for (int threads : {1, 4}) {
        const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads);
        const auto single = [&](Eigen::Index j) { return taspan::rsi(column(cm, j), period); };
        // Both layouts run rsi_stream's step: bitwise equal to the stream. The single-series
        // batch takes two bars per step, so it agrees within rounding (tol).
        const auto streamed = [&](Eigen::Index j) {
          taspan::rsi_stream<T> s(period);
          std::vector<T> out;
          for (T x : column(cm, j)) out.push_back(s.update(x));
          return out;
        };
        const auto rm_out = tp::rsi(rm, period, threads);
        const auto cm_out = tp::rsi(cm, period, threads);
        expect_columns_identical(rm_out, streamed, "rm rsi " + what);
        expect_columns_identical(cm_out, streamed, "cm rsi " + what);
        for (Eigen::Index j = 0; j < rm_out.cols(); ++j)
          expect_series_near(column(rm_out, j), single(j), tol<T>(), 0.0, "rsi vs batch " + what);
      }
    }
  }
}

TYPED_TEST(PanelWilder, AtrEqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  for (panel_shape shape :
       {panel_shape{}, panel_shape{400, 33, true, true}, panel_shape{300, 8, false, false}}) {
    const auto p = random_hlc<T>(shape);
    const row_panel<T> h = p.high, l = p.low, c = p.close;
    for (auto seed : {taspan::wilder_seed::talib, taspan::wilder_seed::tradingview}) {
      for (int period : {1, 2, 14}) {
        for (int threads : {1, 4}) {
          const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads);
          const auto single = [&](Eigen::Index j) {
            return taspan::atr(column(p.high, j), column(p.low, j), column(p.close, j), period,
                               seed);
          };
          expect_columns_identical(tp::atr(h, l, c, period, seed, threads), single, "rm " + what);
          expect_columns_identical(tp::atr(p.high, p.low, p.close, period, seed, threads), single,
                                   "cm " + what);
        }
      }
    }
  }
}

// Values near the type's maximum (two bars at +-max in some columns, +max twice in others) overflow
// the averages: like rsi_stream / taspan::atr, the lane restarts its warm-up instead of holding
// inf forever (row-major RSI stayed at 0 for every later bar before). Every column is compared,
// so packet lanes and tail columns both see it.
TYPED_TEST(PanelWilder, OverflowRestartsLikeTheSingleSeries) {
  using T = TypeParam;
  const T big = std::numeric_limits<T>::max() / T(2) * T(1.8);
  const panel_shape shape{300, 11, false, false};
  auto p = random_hlc<T>(shape);
  for (Eigen::Index j = 0; j < p.close.cols(); ++j) {
    const Eigen::Index at = 30 + 7 * j;
    for (auto* m : {&p.high, &p.low, &p.close}) {
      (*m)(at, j) = big;
      (*m)(at + 1, j) = j % 2 == 0 ? -big : big;
    }
  }
  const row_panel<T> rh = p.high, rl = p.low, rc = p.close;
  const auto streamed = [&](Eigen::Index j) {
    taspan::rsi_stream<T> s(14);
    std::vector<T> out;
    for (T x : column(p.close, j)) out.push_back(s.update(x));
    return out;
  };
  expect_columns_identical(tp::rsi(rc, 14), streamed, "rm rsi");
  expect_columns_identical(tp::rsi(p.close, 14), streamed, "cm rsi");
  for (auto seed : {taspan::wilder_seed::talib, taspan::wilder_seed::tradingview}) {
    const auto single = [&](Eigen::Index j) {
      return taspan::atr(column(p.high, j), column(p.low, j), column(p.close, j), 14, seed);
    };
    expect_columns_identical(tp::atr(rh, rl, rc, 14, seed), single, "rm atr");
    expect_columns_identical(tp::atr(p.high, p.low, p.close, 14, seed), single, "cm atr");
  }
  // And the values come back: the last bar is a number in every column.
  const row_panel<T> r = tp::rsi(rc, 14);
  for (Eigen::Index j = 0; j < r.cols(); ++j) EXPECT_TRUE(std::isfinite(r(r.rows() - 1, j)));
}

// Hand check (Wilder / TA-Lib RSI): period 2, closes 1 2 3 2:
//   changes +1 +1 -1; bar 2: gain = (1+1)/2 = 1, loss = 0 -> RSI 100;
//   bar 3: gain = 1*0.5 + 0*0.5 = 0.5, loss = 0*0.5 + 1*0.5 = 0.5 -> RSI 50.
// Symbol B starts at bar 1 (2 4 4): changes +2 0 -> bar 3: gain 1, loss 0 -> RSI 100.
TYPED_TEST(PanelWilder, RsiHandComputed) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  row_panel<T> x(4, 2);
  x << 1, nan, 2, 2, 3, 4, 2, 4;
  const row_panel<T> y = tp::rsi(x, 2);
  EXPECT_TRUE(std::isnan(y(1, 0)));
  EXPECT_EQ(y(2, 0), T(100));
  EXPECT_EQ(y(3, 0), T(50));
  EXPECT_TRUE(std::isnan(y(2, 1)));
  EXPECT_EQ(y(3, 1), T(100));
}

// Hand check (TA-Lib ATR): period 2. Bars (h, l, c): (10,8,9) (11,9,10) (12,9,11) (13,12,12)
//   TR1 = max(2, |11-9|, |9-9|) = 2; TR2 = max(3, 2, 1) = 3 -> ATR at bar 2 = 2.5;
//   TR3 = max(1, |13-11|, |12-11|) = 2 -> ATR = 2.5*0.5 + 2*0.5 = 2.25.
TYPED_TEST(PanelWilder, AtrHandComputed) {
  using T = TypeParam;
  row_panel<T> h(4, 1), l(4, 1), c(4, 1);
  h << 10, 11, 12, 13;
  l << 8, 9, 9, 12;
  c << 9, 10, 11, 12;
  const row_panel<T> y = tp::atr(h, l, c, 2);
  EXPECT_TRUE(std::isnan(y(1, 0)));
  EXPECT_EQ(y(2, 0), T(2.5));
  EXPECT_EQ(y(3, 0), T(2.25));
}

TEST(PanelWilder, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  const tp::row_major<double> short_low = tp::row_major<double>::Ones(9, 3);
  const tp::col_major<double> col = tp::col_major<double>::Ones(10, 3);
  EXPECT_TASPAN_ERROR(tp::rsi(x, 1), "taspan::panel::rsi: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(tp::rsi(x, 14, 0), "taspan::panel::rsi: threads must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(tp::atr(x, x, x, 0), "taspan::panel::atr: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(tp::atr(x, short_low, x),
                      "taspan::panel::atr: low shape must be the shape of high (10x3), got 9x3");
  EXPECT_TASPAN_ERROR(
      tp::atr(x, x, col),
      "taspan::panel::atr: close storage order must be row-major like high, got column-major");
  EXPECT_EQ(tp::rsi_lookback(14), 14);
  EXPECT_EQ(tp::atr_lookback(14), 14);
}

}  // namespace
