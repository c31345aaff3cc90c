// panel::rolling_max / rolling_min against a plain window scan written here (the definition:
// extreme of the last `period` inputs, NaN when the window holds a NaN; TA-Lib MAX/MIN with
// aligned output), both storage orders, ragged starts, NaN holes, 1 and 4 threads.

#include "taspan/panel.hpp"
#include "taspan/rolling/max.hpp"
#include "taspan/rolling/min.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;

template <class T>
std::vector<T> reference(const std::vector<T>& x, int period, bool max) {
  std::vector<T> out(x.size(), std::numeric_limits<T>::quiet_NaN());
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    T best = x[i + 1 - p];
    bool nan = false;
    for (std::size_t k = i + 1 - p; k <= i; ++k) {
      nan = nan || std::isnan(x[k]);
      best = max ? std::max(best, x[k]) : std::min(best, x[k]);
    }
    out[i] = nan ? std::numeric_limits<T>::quiet_NaN() : best;
  }
  return out;
}

template <class T>
class PanelRollingMinMax : public ::testing::Test {};
TYPED_TEST_SUITE(PanelRollingMinMax, real_types);

TYPED_TEST(PanelRollingMinMax, EqualsWindowScanColumnByColumn) {
  using T = TypeParam;
  for (panel_shape shape :
       {panel_shape{}, panel_shape{333, 37, true, true}, panel_shape{50, 5, false, false}}) {
    col_panel<T> cm = random_panel<T>(shape);
    if (shape.cols > 4) {  // a monotone (trending) symbol: the worst case for naive rescans
      for (Eigen::Index i = 0; i < shape.rows; ++i)
        cm(i, 4) = static_cast<T>(10.0 + 0.5 * static_cast<double>(i));
    }
    const row_panel<T> rm = cm;
    for (int period : {1, 2, 3, 7, 20, 49}) {
      for (int threads : {1, 4}) {
        const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads);
        const auto ref_max = [&](Eigen::Index j) { return reference(column(cm, j), period, true); };
        const auto ref_min = [&](Eigen::Index j) {
          return reference(column(cm, j), period, false);
        };
        expect_columns_identical(tp::rolling_max(rm, period, threads), ref_max, "rm max " + what);
        expect_columns_identical(tp::rolling_max(cm, period, threads), ref_max, "cm max " + what);
        expect_columns_identical(tp::rolling_min(rm, period, threads), ref_min, "rm min " + what);
        expect_columns_identical(tp::rolling_min(cm, period, threads), ref_min, "cm min " + what);
      }
    }
  }
}

// The single-series taspan::rolling_max / rolling_min, column by column.
TYPED_TEST(PanelRollingMinMax, EqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  const col_panel<T> cm = random_panel<T>({333, 37, true, true}, 8);
  const row_panel<T> rm = cm;
  for (int period : {1, 5, 20}) {
    const auto single_max = [&](Eigen::Index j) {
      return taspan::rolling_max(column(cm, j), period);
    };
    const auto single_min = [&](Eigen::Index j) {
      return taspan::rolling_min(column(cm, j), period);
    };
    expect_columns_identical(tp::rolling_max(rm, period, 4), single_max, "rm max");
    expect_columns_identical(tp::rolling_max(cm, period), single_max, "cm max");
    expect_columns_identical(tp::rolling_min(rm, period), single_min, "rm min");
    expect_columns_identical(tp::rolling_min(cm, period, 4), single_min, "cm min");
  }
}

// By hand, period 3: A = 5 1 4 2 8 3 -> max NaN NaN 5 4 8 8, min NaN NaN 1 1 2 2;
// B starts at bar 2: NaN NaN 7 9 6 6 -> max NaN NaN NaN NaN 9 9.
TYPED_TEST(PanelRollingMinMax, HandComputed) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  row_panel<T> x(6, 2);
  x << 5, nan, 1, nan, 4, 7, 2, 9, 8, 6, 3, 6;
  const row_panel<T> mx = tp::rolling_max(x, 3), mn = tp::rolling_min(x, 3);
  const double want_max[] = {5, 4, 8, 8}, want_min[] = {1, 1, 2, 2};
  for (int i = 2; i < 6; ++i) {
    EXPECT_EQ(mx(i, 0), T(want_max[i - 2])) << i;
    EXPECT_EQ(mn(i, 0), T(want_min[i - 2])) << i;
  }
  EXPECT_TRUE(std::isnan(mx(3, 1)));
  EXPECT_EQ(mx(4, 1), T(9));
  EXPECT_EQ(mx(5, 1), T(9));
  EXPECT_EQ(mn(5, 1), T(6));
}

TEST(PanelRollingMinMax, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  tp::row_major<double> out(10, 4);
  EXPECT_TASPAN_ERROR(tp::rolling_max(x, 0),
                      "taspan::panel::rolling_max: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(
      tp::rolling_min(x, out, 3),
      "taspan::panel::rolling_min: out shape must be the shape of input (10x3), got 10x4");
  EXPECT_EQ(tp::rolling_max_lookback(5), 4);
}

}  // namespace
