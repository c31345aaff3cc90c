// panel::rolling_sum / rolling_mean / sma: column by column bit-identical to the single-series
// functions, in both storage orders, with ragged starts and NaN holes, for 1 and 4 threads.

#include "taspan/overlap/sma.hpp"
#include "taspan/panel.hpp"
#include "taspan/rolling/mean.hpp"
#include "taspan/rolling/sum.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;

template <class T>
class PanelRollingSum : public ::testing::Test {};
TYPED_TEST_SUITE(PanelRollingSum, real_types);

TYPED_TEST(PanelRollingSum, EqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  for (panel_shape shape : {panel_shape{}, panel_shape{257, 37, true, true},
                            panel_shape{40, 1, false, false}, panel_shape{500, 64, true, false}}) {
    const col_panel<T> cm = random_panel<T>(shape);
    const row_panel<T> rm = cm;
    for (int period : {1, 2, 3, 14, 30}) {
      for (int threads : {1, 4}) {
        const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads) +
                                 " cols=" + std::to_string(shape.cols);
        const auto single_sma = [&](Eigen::Index j) { return taspan::sma(column(cm, j), period); };
        const auto single_sum = [&](Eigen::Index j) {
          return taspan::rolling_sum(column(cm, j), period);
        };
        const auto single_mean = [&](Eigen::Index j) {
          return taspan::rolling_mean(column(cm, j), period);
        };
        expect_columns_identical(tp::sma(cm, period, threads), single_sma, "cm sma " + what);
        expect_columns_identical(tp::sma(rm, period, threads), single_sma, "rm sma " + what);
        expect_columns_identical(tp::rolling_sum(rm, period, threads), single_sum,
                                 "rm sum " + what);
        expect_columns_identical(tp::rolling_sum(cm, period, threads), single_sum,
                                 "cm sum " + what);
        expect_columns_identical(tp::rolling_mean(rm, period, threads), single_mean,
                                 "rm mean " + what);
        expect_columns_identical(tp::rolling_mean(cm, period, threads), single_mean,
                                 "cm mean " + what);
      }
    }
  }
}

// Independent check by hand: 2 symbols, period 3. Symbol B starts trading at bar 2 (ragged).
//   A: 1 2 3 4 5       -> sum3: NaN NaN 6 9 12
//   B: NaN NaN 10 20 30 -> sum3: NaN NaN NaN NaN 60
TYPED_TEST(PanelRollingSum, HandComputedRaggedStart) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  row_panel<T> x(5, 2);
  x << 1, nan, 2, nan, 3, 10, 4, 20, 5, 30;
  const row_panel<T> s = tp::rolling_sum(x, 3);
  const row_panel<T> m = tp::sma(x, 3);
  for (int i : {0, 1}) {
    EXPECT_TRUE(std::isnan(s(i, 0)));
    EXPECT_TRUE(std::isnan(s(i, 1)));
  }
  EXPECT_EQ(s(2, 0), T(6));
  EXPECT_EQ(s(3, 0), T(9));
  EXPECT_EQ(s(4, 0), T(12));
  EXPECT_TRUE(std::isnan(s(2, 1)));
  EXPECT_TRUE(std::isnan(s(3, 1)));
  EXPECT_EQ(s(4, 1), T(60));
  EXPECT_EQ(m(4, 0), T(4));
  EXPECT_EQ(m(4, 1), T(20));
}

// A NaN hole makes exactly the `period` windows that contain it NaN, per column.
TYPED_TEST(PanelRollingSum, NanHoleAffectsOnlyItsColumnsWindows) {
  using T = TypeParam;
  col_panel<T> x = random_panel<T>({60, 11, false, false});
  x(30, 4) = std::numeric_limits<T>::quiet_NaN();
  const row_panel<T> rm = x;
  const row_panel<T> y = tp::sma(rm, 5, 2);
  for (Eigen::Index j = 0; j < x.cols(); ++j)
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
      const bool warmup = i < 4;
      const bool hole = j == 4 && i >= 30 && i < 35;
      EXPECT_EQ(std::isnan(y(i, j)), warmup || hole) << i << "," << j;
    }
}

TYPED_TEST(PanelRollingSum, ThreadCountDoesNotChangeResults) {
  using T = TypeParam;
  const col_panel<T> cm = random_panel<T>({400, 70, true, true}, 17);
  const row_panel<T> rm = cm;
  const row_panel<T> r1 = tp::sma(rm, 20, 1);
  for (int threads : {2, 3, 4, 7, 100}) {
    expect_panels_identical(tp::sma(rm, 20, threads), r1, "rm t=" + std::to_string(threads));
    expect_panels_identical(tp::sma(cm, 20, threads), r1, "cm t=" + std::to_string(threads));
  }
}

TYPED_TEST(PanelRollingSum, SizesAroundThePeriod) {
  using T = TypeParam;
  for (Eigen::Index rows : {0, 1, 5, 6, 7}) {
    for (Eigen::Index cols : {0, 1, 3, 9}) {
      const col_panel<T> cm = random_panel<T>({rows, cols, false, false});
      const row_panel<T> rm = cm;
      const row_panel<T> y = tp::sma(rm, 6, 2);
      const col_panel<T> yc = tp::sma(cm, 6, 2);
      ASSERT_EQ(y.rows(), rows);
      ASSERT_EQ(y.cols(), cols);
      for (Eigen::Index j = 0; j < cols; ++j) {
        const auto ref = taspan::sma(column(cm, j), 6);
        expect_series_identical(column(y, j), ref);
        expect_series_identical(column(yc, j), ref);
      }
    }
  }
}

// Zero-copy: Map over caller memory with an outer stride (the panel is a slice of a wider
// buffer), Blocks and Refs; outputs land in the caller's memory.
TYPED_TEST(PanelRollingSum, MapsBlocksAndRefsWithoutCopies) {
  using T = TypeParam;
  const col_panel<T> src = random_panel<T>({120, 20, true, true}, 3);
  const row_panel<T> wide = src;
  // Columns 5..14 of the row-major panel, as a Map with outer stride 20.
  using rmap = Eigen::Map<const row_panel<T>, 0, Eigen::OuterStride<>>;
  rmap slice(wide.data() + 5, 120, 10, Eigen::OuterStride<>(20));
  std::vector<T> out_buf(120 * 10);
  Eigen::Map<row_panel<T>> out(out_buf.data(), 120, 10);
  tp::sma(slice, out, 9);
  for (Eigen::Index j = 0; j < 10; ++j)
    expect_series_identical(column(out, j), taspan::sma(column(src, j + 5), 9), "map");

  // Block of a column-major panel into a Block of an output panel.
  col_panel<T> dst = col_panel<T>::Constant(120, 20, T(-1));
  tp::sma(src.middleCols(3, 7), dst.middleCols(3, 7), 9);
  for (Eigen::Index j = 0; j < 20; ++j) {
    if (j >= 3 && j < 10) {
      expect_series_identical(column(dst, j), taspan::sma(column(src, j), 9), "block");
    } else {
      EXPECT_EQ(dst(0, j), T(-1)) << "untouched column " << j;
    }
  }

  // Ref types: a function taking any row-major panel, no temporary.
  const auto through_ref = [](tp::const_panel_ref<T> in, tp::panel_ref<T> o) {
    tp::rolling_sum(in, o, 4, 3);
  };
  row_panel<T> o2(120, 20);
  through_ref(wide, o2);
  for (Eigen::Index j = 0; j < 20; ++j)
    expect_series_identical(column(o2, j), taspan::rolling_sum(column(src, j), 4), "ref");
}

TEST(PanelRollingSum, Lookback) {
  EXPECT_EQ(tp::sma_lookback(30), 29);
  EXPECT_EQ(tp::rolling_sum_lookback(5), 4);
}

TEST(PanelRollingSum, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  tp::row_major<double> short_out(9, 3);
  tp::col_major<double> col_out(10, 3);
  EXPECT_TASPAN_ERROR(tp::sma(x, 0), "taspan::panel::sma: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(tp::rolling_sum(x, -2),
                      "taspan::panel::rolling_sum: period must be >= 1, got -2");
  EXPECT_TASPAN_ERROR(tp::rolling_mean(x, 3, 0),
                      "taspan::panel::rolling_mean: threads must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(tp::sma(x, short_out, 3),
                      "taspan::panel::sma: out shape must be the shape of input (10x3), got 9x3");
  EXPECT_TASPAN_ERROR(
      tp::sma(x, col_out, 3),
      "taspan::panel::sma: out storage order must be row-major like the input, got column-major");
  std::vector<double> buf(60, 1.0);
  Eigen::Map<const tp::col_major<double>, 0, Eigen::Stride<Eigen::Dynamic, 2>> strided(
      buf.data(), 10, 3, Eigen::Stride<Eigen::Dynamic, 2>(20, 2));
  tp::col_major<double> out(10, 3);
  EXPECT_TASPAN_ERROR(tp::sma(strided, out, 3),
                      "taspan::panel::sma: in inner stride must be 1, got 2");
}

}  // namespace
