// panel::bbands and panel::donchian against taspan::bbands / taspan::donchian column by column,
// both storage orders, ragged starts, NaN holes, 1 and 4 threads; hand-computed values; bad input.

#include "taspan/overlap/bbands.hpp"
#include "taspan/panel.hpp"
#include "taspan/volatility/donchian.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;
using taspan::ma_type;

template <class T>
class PanelBands : public ::testing::Test {};
TYPED_TEST_SUITE(PanelBands, real_types);

template <class P>
void expect_bands(const tp::bands<P>& got, const taspan::bbands_result<typename P::Scalar>& want,
                  Eigen::Index j, bool exact, double rel, const std::string& what) {
  if (exact) {
    expect_series_identical(column(got.upper, j), want.upper, what + " upper");
    expect_series_identical(column(got.middle, j), want.middle, what + " middle");
    expect_series_identical(column(got.lower, j), want.lower, what + " lower");
  } else {
    expect_series_near(column(got.upper, j), want.upper, rel, 0.0, what + " upper");
    expect_series_near(column(got.middle, j), want.middle, rel, 0.0, what + " middle");
    expect_series_near(column(got.lower, j), want.lower, rel, 0.0, what + " lower");
  }
}

TYPED_TEST(PanelBands, BbandsEqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  constexpr bool is_float = std::is_same_v<T, float>;
  for (panel_shape shape :
       {panel_shape{}, panel_shape{257, 37, true, true}, panel_shape{120, 20, false, false}}) {
    const col_panel<T> cm = random_panel<T>(shape);
    const row_panel<T> rm = cm;
    for (ma_type type : {ma_type::sma, ma_type::ema, ma_type::wma, ma_type::t3, ma_type::kama}) {
      for (int period : {2, 5, 20}) {
        for (int threads : {1, 4}) {
          const std::string what = "type=" + std::string(taspan::to_string(type)) +
                                   " p=" + std::to_string(period) + " t=" + std::to_string(threads);
          const auto c = tp::bbands(cm, period, 2.0, 1.5, type, threads);
          const auto r = tp::bbands(rm, period, 2.0, 1.5, type, threads);
          for (Eigen::Index j = 0; j < cm.cols(); ++j) {
            const auto want = taspan::bbands(column(cm, j), period, 2.0, 1.5, type);
            expect_bands(c, want, j, true, 0.0, "cm " + what);
            // Row-major: bitwise except EMA (panel::ema steps like ema_stream); see
            // panel/bands.hpp.
            const bool exact = type != ma_type::ema;
            expect_bands(r, want, j, exact, is_float ? 3.6e-7 : 1e-12, "rm " + what);
          }
        }
      }
    }
  }
}

// Hand computation, period 3, nbdev 2 / 2: window {1, 2, 3}: middle 2, population sd
// sqrt(2/3) = 0.816497, upper 3.632993, lower 0.367007. Symbol B starts at bar 1.
// SMA middles where the moments leave windows out (infinities, values beyond 1e150) or re-seed
// on a stale slide (huge values in range): row-major panels still equal taspan::bbands bit for bit.
TYPED_TEST(PanelBands, BbandsSmaExtremesAsSingleSeries) {
  using T = TypeParam;
  col_panel<T> cm = random_panel<T>({160, 11, true, true}, 41);
  const T inf = std::numeric_limits<T>::infinity();
  const T huge = std::is_same_v<T, double> ? static_cast<T>(1e150) : std::numeric_limits<T>::max();
  cm(40, 0) = inf;
  cm(80, 3) = -inf;
  cm(81, 3) = inf;
  cm(100, 10) = inf;  // the column outside the packets
  if constexpr (std::is_same_v<T, double>) cm(120, 5) = 1e200;
  for (Eigen::Index i = 50; i < 53; ++i) cm(i, 2) = cm(i, 6) = i % 2 == 0 ? huge : -huge;
  const row_panel<T> rm = cm;
  for (int period : {2, 5, 9}) {
    const auto r = tp::bbands(rm, period, 2.0, 1.5);
    for (Eigen::Index j = 0; j < cm.cols(); ++j)
      expect_bands(r, taspan::bbands(column(cm, j), period, 2.0, 1.5), j, true, 0.0,
                   "p=" + std::to_string(period) + " col " + std::to_string(j));
  }
}

TYPED_TEST(PanelBands, BbandsHandComputed) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  row_panel<T> x(4, 2);
  x << 1, nan, 2, 4, 3, 4, 5, 4;
  for (const auto& b : {tp::bbands(col_panel<T>(x), 3, 2.0, 2.0)}) {
    EXPECT_TRUE(std::isnan(b.middle(1, 0)));
    EXPECT_NEAR(b.middle(2, 0), 2.0, 1e-6);
    EXPECT_NEAR(b.upper(2, 0), 2.0 + 2.0 * std::sqrt(2.0 / 3.0), 1e-5);
    EXPECT_NEAR(b.lower(2, 0), 2.0 - 2.0 * std::sqrt(2.0 / 3.0), 1e-5);
    EXPECT_TRUE(std::isnan(b.upper(2, 1)));
    EXPECT_EQ(b.upper(3, 1), T(4));  // {4, 4, 4}: width exactly 0
    EXPECT_EQ(b.lower(3, 1), T(4));
  }
  const auto r = tp::bbands(x, 3, 2.0, 2.0);
  EXPECT_NEAR(r.upper(2, 0), 2.0 + 2.0 * std::sqrt(2.0 / 3.0), 1e-5);
  EXPECT_EQ(r.middle(3, 1), T(4));
  EXPECT_EQ(r.lower(3, 1), T(4));
}

TYPED_TEST(PanelBands, DonchianEqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  for (panel_shape shape :
       {panel_shape{}, panel_shape{257, 37, true, true}, panel_shape{60, 3, false, false}}) {
    const col_panel<T> close = random_panel<T>(shape, 7);
    const col_panel<T> high = close.array() + T(1);  // NaN where close is NaN
    col_panel<T> low = close.array() - T(1.5);
    low(shape.rows / 2, shape.cols - 1) = std::numeric_limits<T>::quiet_NaN();  // low-only hole
    const row_panel<T> rh = high, rl = low;
    for (int period : {1, 2, 20}) {
      for (int threads : {1, 4}) {
        const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads);
        const auto c = tp::donchian(high, low, period, threads);
        const auto r = tp::donchian(rh, rl, period, threads);
        for (Eigen::Index j = 0; j < close.cols(); ++j) {
          const auto want = taspan::donchian(column(high, j), column(low, j), period);
          expect_series_identical(column(c.upper, j), want.upper, "cm upper " + what);
          expect_series_identical(column(c.middle, j), want.middle, "cm middle " + what);
          expect_series_identical(column(c.lower, j), want.lower, "cm lower " + what);
          expect_series_identical(column(r.upper, j), want.upper, "rm upper " + what);
          expect_series_identical(column(r.middle, j), want.middle, "rm middle " + what);
          expect_series_identical(column(r.lower, j), want.lower, "rm lower " + what);
        }
      }
    }
  }
}

// Hand computation, period 2: highs 5 7 6, lows 1 2 4 -> upper NaN 7 7, lower NaN 1 2,
// middle NaN 4 4.5.
TYPED_TEST(PanelBands, DonchianHandComputed) {
  using T = TypeParam;
  row_panel<T> h(3, 1), l(3, 1);
  h << 5, 7, 6;
  l << 1, 2, 4;
  const auto d = tp::donchian(h, l, 2);
  EXPECT_TRUE(std::isnan(d.upper(0, 0)));
  EXPECT_EQ(d.upper(1, 0), T(7));
  EXPECT_EQ(d.upper(2, 0), T(7));
  EXPECT_EQ(d.lower(1, 0), T(1));
  EXPECT_EQ(d.lower(2, 0), T(2));
  EXPECT_EQ(d.middle(1, 0), T(4));
  EXPECT_EQ(d.middle(2, 0), T(4.5));
}

TEST(PanelBands, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  const tp::row_major<double> narrow = tp::row_major<double>::Ones(10, 2);
  tp::row_major<double> a(10, 3), b(10, 3), c(10, 3), short_out(9, 3);
  EXPECT_TASPAN_ERROR(tp::bbands(x, 1), "taspan::panel::bbands: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(tp::bbands(x, 5, std::numeric_limits<double>::quiet_NaN()),
                      "taspan::panel::bbands: nbdevup must be finite, got nan");
  EXPECT_TASPAN_ERROR(tp::bbands(x, 5, 2.0, 2.0, static_cast<ma_type>(9)),
                      "taspan::panel::bbands: matype must be one of sma, ema, wma, dema, tema, "
                      "trima, kama, mama, t3, got 9");
  EXPECT_TASPAN_ERROR(
      tp::bbands(x, a, short_out, c, 5),
      "taspan::panel::bbands: middle shape must be the shape of input (10x3), got 9x3");
  EXPECT_TASPAN_ERROR(tp::donchian(x, x, 0), "taspan::panel::donchian: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(
      tp::donchian(x, narrow, 5),
      "taspan::panel::donchian: low shape must be the shape of high (10x3), got 10x2");
  EXPECT_TASPAN_ERROR(
      tp::donchian(x, x, a, b, short_out, 5),
      "taspan::panel::donchian: lower shape must be the shape of input (10x3), got 9x3");
}

}  // namespace
