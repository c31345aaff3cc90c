// panel::rolling_var / rolling_stddev / var / stddev: column by column bit-identical to the
// single-series functions, in both storage orders, with ragged starts and NaN holes, for 1 and
// 4 threads; hand-computed values; bad input.

#include "taspan/panel.hpp"
#include "taspan/rolling/stddev.hpp"
#include "taspan/rolling/var.hpp"
#include "taspan/statistic/stddev.hpp"
#include "taspan/statistic/var.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;

template <class T>
class PanelRollingVar : public ::testing::Test {};
TYPED_TEST_SUITE(PanelRollingVar, real_types);

TYPED_TEST(PanelRollingVar, EqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  for (panel_shape shape : {panel_shape{}, panel_shape{257, 37, true, true},
                            panel_shape{40, 1, false, false}, panel_shape{500, 64, true, false}}) {
    const col_panel<T> cm = random_panel<T>(shape);
    const row_panel<T> rm = cm;
    for (int period : {2, 3, 14, 30}) {
      for (int threads : {1, 4}) {
        const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads) +
                                 " cols=" + std::to_string(shape.cols);
        for (int ddof : {0, 1}) {
          const auto single_var = [&](Eigen::Index j) {
            return taspan::rolling_var(column(cm, j), period, ddof);
          };
          const auto single_sd = [&](Eigen::Index j) {
            return taspan::rolling_stddev(column(cm, j), period, ddof);
          };
          const std::string d = " ddof=" + std::to_string(ddof) + " ";
          expect_columns_identical(tp::rolling_var(rm, period, ddof, threads), single_var,
                                   "rm var" + d + what);
          expect_columns_identical(tp::rolling_var(cm, period, ddof, threads), single_var,
                                   "cm var" + d + what);
          expect_columns_identical(tp::rolling_stddev(rm, period, ddof, threads), single_sd,
                                   "rm sd" + d + what);
          expect_columns_identical(tp::rolling_stddev(cm, period, ddof, threads), single_sd,
                                   "cm sd" + d + what);
        }
        for (double nbdev : {1.0, 2.5, -1.0}) {
          const auto single_sd = [&](Eigen::Index j) {
            return taspan::stddev(column(cm, j), period, nbdev);
          };
          const auto single_var = [&](Eigen::Index j) {
            return taspan::var(column(cm, j), period, nbdev);
          };
          const std::string k = " nbdev=" + std::to_string(nbdev) + " ";
          expect_columns_identical(tp::stddev(rm, period, nbdev, threads), single_sd,
                                   "rm STDDEV" + k + what);
          expect_columns_identical(tp::stddev(cm, period, nbdev, threads), single_sd,
                                   "cm STDDEV" + k + what);
          expect_columns_identical(tp::var(rm, period, nbdev, threads), single_var,
                                   "rm VAR" + k + what);
          expect_columns_identical(tp::var(cm, period, nbdev, threads), single_var,
                                   "cm VAR" + k + what);
        }
      }
    }
  }
}

// Period 1 (rolling_var allows it: every window is constant, variance 0), and flat stretches
// (a window of `period` equal values is exactly 0) inside a wide panel.
TYPED_TEST(PanelRollingVar, ConstantWindowsAndPeriodOne) {
  using T = TypeParam;
  col_panel<T> cm = random_panel<T>({200, 19, true, true}, 41);
  for (Eigen::Index j = 0; j < cm.cols(); j += 3)
    for (Eigen::Index i = 120; i < 140; ++i) cm(i, j) = T(50);
  const row_panel<T> rm = cm;
  for (int period : {1, 4, 7}) {
    const auto single = [&](Eigen::Index j) { return taspan::rolling_var(column(cm, j), period); };
    expect_columns_identical(tp::rolling_var(rm, period), single, "rm");
    expect_columns_identical(tp::rolling_var(cm, period), single, "cm");
    if (period > 1) {
      const row_panel<T> sd = tp::rolling_stddev(rm, period);
      EXPECT_EQ(sd(139, 0), T(0));  // 120..139 all 50
    }
  }
}

// Hand computation, period 3, population: window {1, 2, 3} has mean 2, squared deviations
// 1 + 0 + 1 = 2, variance 2/3, sample variance 1. Symbol B starts at bar 1 and has a NaN at bar 4.
//   A: 1 2 3 5 8      var: NaN NaN 2/3 14/9 38/9
//      ({2,3,5}: mean 10/3, dev^2 16/9+1/9+25/9 = 42/9, /3; {3,5,8}: mean 16/3, 49/9+1/9+64/9, /3)
//   B: NaN 2 4 6 NaN  var: NaN NaN NaN 8/3 NaN
TYPED_TEST(PanelRollingVar, HandComputed) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  row_panel<T> x(5, 2);
  x << 1, nan, 2, 2, 3, 4, 5, 6, 8, nan;
  for (const auto& v : {col_panel<T>(tp::rolling_var(x, 3)), tp::rolling_var(col_panel<T>(x), 3)}) {
    EXPECT_TRUE(std::isnan(v(1, 0)));
    EXPECT_NEAR(v(2, 0), 2.0 / 3.0, 1e-6);
    EXPECT_NEAR(v(3, 0), 14.0 / 9.0, 1e-6);
    EXPECT_NEAR(v(4, 0), 38.0 / 9.0, 1e-5);
    EXPECT_TRUE(std::isnan(v(2, 1)));
    EXPECT_NEAR(v(3, 1), 8.0 / 3.0, 1e-6);
    EXPECT_TRUE(std::isnan(v(4, 1)));
  }
  const row_panel<T> s = tp::rolling_var(x, 3, 1);
  EXPECT_NEAR(s(2, 0), 1.0, 1e-6);
  const row_panel<T> sd = tp::stddev(x, 3, 2.0);
  EXPECT_NEAR(sd(3, 1), 2.0 * std::sqrt(8.0 / 3.0), 1e-5);
}

TYPED_TEST(PanelRollingVar, ThreadCountDoesNotChangeResults) {
  using T = TypeParam;
  const col_panel<T> cm = random_panel<T>({400, 70, true, true}, 17);
  const row_panel<T> rm = cm;
  const row_panel<T> r1 = tp::stddev(rm, 20, 2.0, 1);
  for (int threads : {2, 3, 4, 7, 100}) {
    expect_panels_identical(tp::stddev(rm, 20, 2.0, threads), r1, "rm");
    expect_panels_identical(tp::stddev(cm, 20, 2.0, threads), r1, "cm");
  }
}

TYPED_TEST(PanelRollingVar, SizesAroundThePeriod) {
  using T = TypeParam;
  for (Eigen::Index rows : {0, 1, 5, 6, 7, 13}) {
    for (Eigen::Index cols : {0, 1, 3, 9}) {
      const col_panel<T> cm = random_panel<T>({rows, cols, false, false});
      const row_panel<T> rm = cm;
      const row_panel<T> y = tp::rolling_stddev(rm, 6, 1, 2);
      const col_panel<T> yc = tp::rolling_stddev(cm, 6, 1, 2);
      ASSERT_EQ(y.rows(), rows);
      ASSERT_EQ(y.cols(), cols);
      for (Eigen::Index j = 0; j < cols; ++j) {
        const auto ref = taspan::rolling_stddev(column(cm, j), 6, 1);
        expect_series_identical(column(y, j), ref);
        expect_series_identical(column(yc, j), ref);
      }
    }
  }
}

// Infinities, huge values and the re-seeds they cause: the panel performs the single series'
// operations, so even those windows agree bit for bit.
TYPED_TEST(PanelRollingVar, InfinitiesAndStaleSlidesAsSingleSeries) {
  using T = TypeParam;
  const T inf = std::numeric_limits<T>::infinity();
  col_panel<T> cm = random_panel<T>({160, 11, true, true}, 29);
  cm(40, 0) = inf;
  cm(80, 3) = -inf;
  cm(81, 3) = inf;
  cm(100, 10) = inf;
  // Beyond 1e150 a value counts as NaN too (its square may overflow), as in the single series.
  if constexpr (std::is_same_v<T, double>) cm(120, 5) = 1e200;
  // Stale slides (window_moments::stale): huge values in range, then a loud stretch, then a quiet
  // one; the panel re-seeds those lanes on the same bars as the single series.
  const T huge = std::is_same_v<T, double> ? static_cast<T>(1e150) : std::numeric_limits<T>::max();
  for (Eigen::Index i = 50; i < 53; ++i) cm(i, 2) = cm(i, 6) = i % 2 == 0 ? huge : -huge;
  for (Eigen::Index i = 53; i < 70; ++i) cm(i, 2) = static_cast<T>(i % 2 == 0 ? 1e19 : -1e19);
  for (Eigen::Index i = 60; i < 64; ++i) cm(i, 9) = static_cast<T>(1e6 * static_cast<double>(i));
  const row_panel<T> rm = cm;
  for (int period : {2, 5, 9}) {
    const std::string p = " p=" + std::to_string(period);
    const auto single = [&](Eigen::Index j) { return taspan::stddev(column(cm, j), period, 2.0); };
    expect_columns_identical(tp::stddev(rm, period, 2.0), single, "rm" + p);
    expect_columns_identical(tp::stddev(cm, period, 2.0), single, "cm" + p);
    const auto var = [&](Eigen::Index j) { return taspan::rolling_var(column(cm, j), period); };
    expect_columns_identical(tp::rolling_var(rm, period), var, "rm var" + p);
  }
}

TEST(PanelRollingVar, Lookback) {
  EXPECT_EQ(tp::stddev_lookback(5), 4);
  EXPECT_EQ(tp::rolling_var_lookback(20), 19);
}

TEST(PanelRollingVar, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  tp::row_major<double> short_out(9, 3);
  EXPECT_TASPAN_ERROR(tp::rolling_var(x, 0),
                      "taspan::panel::rolling_var: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(tp::rolling_stddev(x, 3, 3),
                      "taspan::panel::rolling_stddev: ddof must be < period (3), got 3");
  EXPECT_TASPAN_ERROR(tp::stddev(x, 1), "taspan::panel::stddev: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(tp::var(x, 5, std::numeric_limits<double>::infinity()),
                      "taspan::panel::var: nbdev must be finite, got inf");
  EXPECT_TASPAN_ERROR(tp::stddev(x, 5, 1.0, 0),
                      "taspan::panel::stddev: threads must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(
      tp::rolling_var(x, short_out, 3),
      "taspan::panel::rolling_var: out shape must be the shape of input (10x3), got 9x3");
}

}  // namespace
