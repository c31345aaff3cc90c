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

// Infinities are counted apart, as in taspan::rolling_sum: a window holding +inf sums to +inf, one
// holding +inf and -inf is NaN, and the sum is finite again once the infinity has left the window.
// Hand computation, period 2:
//   A: 1 2 +inf 4 5 6      -> NaN 3 +inf +inf 9 11
//   B: 1 -inf 3 +inf 5 6   -> NaN -inf -inf +inf +inf 11
TYPED_TEST(PanelRollingSum, InfinitiesEnterAndLeaveHandComputed) {
  using T = TypeParam;
  const T inf = std::numeric_limits<T>::infinity();
  row_panel<T> x(6, 2);
  x << 1, 1, 2, -inf, inf, 3, 4, inf, 5, 5, 6, 6;
  for (int threads : {1, 2}) {
    const row_panel<T> s = tp::rolling_sum(x, 2, threads);
    const col_panel<T> sc = tp::rolling_sum(col_panel<T>(x), 2, threads);
    for (const auto& r : {col_panel<T>(s), sc}) {
      EXPECT_TRUE(std::isnan(r(0, 0)));
      EXPECT_EQ(r(1, 0), T(3));
      EXPECT_EQ(r(2, 0), inf);
      EXPECT_EQ(r(3, 0), inf);
      EXPECT_EQ(r(4, 0), T(9));
      EXPECT_EQ(r(5, 0), T(11));
      EXPECT_EQ(r(1, 1), -inf);  // 1 + -inf
      EXPECT_EQ(r(2, 1), -inf);  // -inf + 3
      EXPECT_EQ(r(3, 1), inf);   // 3 + inf
      EXPECT_EQ(r(4, 1), inf);   // inf + 5
      EXPECT_EQ(r(5, 1), T(11));
    }
  }
}

// Infinities, mixed signs in one window, NaN holes and ragged starts on wide panels (packets and
// scalar tail): column by column bit-identical to taspan::rolling_sum / sma.
TYPED_TEST(PanelRollingSum, InfinitiesEqualSingleSeries) {
  using T = TypeParam;
  const T inf = std::numeric_limits<T>::infinity();
  col_panel<T> cm = random_panel<T>({300, 21, true, true}, 23);
  std::mt19937_64 rng(77);
  std::uniform_int_distribution<Eigen::Index> bar(0, 299), col(0, 20);
  for (int k = 0; k < 40; ++k) cm(bar(rng), col(rng)) = (k % 3 == 0) ? -inf : inf;
  cm(150, 5) = inf;  // both signs in one window
  cm(152, 5) = -inf;
  const row_panel<T> rm = cm;
  for (int period : {1, 2, 5, 14}) {
    for (int threads : {1, 4}) {
      const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads);
      const auto single_sum = [&](Eigen::Index j) {
        return taspan::rolling_sum(column(cm, j), period);
      };
      const auto single_sma = [&](Eigen::Index j) { return taspan::sma(column(cm, j), period); };
      expect_columns_identical(tp::rolling_sum(rm, period, threads), single_sum, "rm " + what);
      expect_columns_identical(tp::rolling_sum(cm, period, threads), single_sum, "cm " + what);
      expect_columns_identical(tp::sma(rm, period, threads), single_sma, "rm sma " + what);
      expect_columns_identical(tp::sma(cm, period, threads), single_sma, "cm sma " + what);
    }
  }
}

// A running sum that overflows is recomputed from its window (double: 1e308 + 1e308 overflows),
// as the single-series sum does; once the huge values leave, the sum is exact again.
TEST(PanelRollingSum, OverflowRecoversAsSingleSeries) {
  col_panel<double> cm = random_panel<double>({200, 9, false, false}, 31);
  for (Eigen::Index j = 0; j < 9; j += 2) {
    cm(50 + j, j) = 1e308;
    cm(52 + j, j) = 1e308;
    cm(90 + j, j) = -1e308;
  }
  // Partial sums overflow where the window's exact sum (1e308) does not: summed again scaled down,
  // as the single series does (column 8 is outside the packets: the scalar tail).
  for (const Eigen::Index j : {1, 8}) {
    cm(120, j) = cm(121, j) = 1e308;
    cm(122, j) = -1e308;
  }
  const row_panel<double> rm = cm;
  for (int period : {3, 4, 10}) {
    const auto single = [&](Eigen::Index j) { return taspan::rolling_sum(column(cm, j), period); };
    expect_columns_identical(tp::rolling_sum(rm, period), single, "rm p=" + std::to_string(period));
    expect_columns_identical(tp::rolling_sum(cm, period), single, "cm p=" + std::to_string(period));
    // Independent check: the window [50, 52] of column 0 holds 1e308 twice: +inf (overflow).
    EXPECT_EQ(tp::rolling_sum(rm, period)(52, 0), std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isfinite(tp::rolling_sum(rm, period)(70, 0)));
    if (period == 3) {
      EXPECT_NEAR(tp::rolling_sum(rm, period)(122, 1), 1e308, 1e293);
      EXPECT_NEAR(tp::rolling_sum(rm, period)(122, 8), 1e308, 1e293);
    }
  }
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
