// panel::ema: row-major == taspan::ema_stream bitwise and == taspan::ema within 1e-12 (double) /
// 1 float ulp; column-major == taspan::ema bitwise. Ragged starts, NaN holes, 1 and 4 threads.

#include "taspan/overlap/ema.hpp"
#include "taspan/panel.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;

// Row-major panels step bar by bar (ema_stream's arithmetic); batch ema chunks long runs.
// For float both round the same double recursion to float: at most 1 float ulp apart.
template <class T>
constexpr double ema_tol() {
  return std::is_same_v<T, float> ? 1.2e-7 : 1e-12;
}

template <class T>
std::vector<T> stream_column(const std::vector<T>& x, int period, taspan::ema_seed seed) {
  taspan::ema_stream<T> s(period, seed);
  std::vector<T> out;
  for (T v : x) out.push_back(s.update(v));
  return out;
}

template <class T>
class PanelEma : public ::testing::Test {};
TYPED_TEST_SUITE(PanelEma, real_types);

TYPED_TEST(PanelEma, EqualsSingleSeriesColumnByColumn) {
  using T = TypeParam;
  // 1100 rows: runs longer than the batch kernel's 512-bar chunking tile.
  for (panel_shape shape :
       {panel_shape{}, panel_shape{1100, 9, true, true}, panel_shape{700, 16, false, false}}) {
    const col_panel<T> cm = random_panel<T>(shape);
    const row_panel<T> rm = cm;
    for (auto seed : {taspan::ema_seed::sma, taspan::ema_seed::first_value}) {
      for (int period : {1, 2, 10, 30}) {
        for (int threads : {1, 4}) {
          const std::string what = "p=" + std::to_string(period) + " t=" + std::to_string(threads);
          const col_panel<T> yc = tp::ema(cm, period, seed, threads);
          const row_panel<T> yr = tp::ema(rm, period, seed, threads);
          for (Eigen::Index j = 0; j < cm.cols(); ++j) {
            const auto x = column(cm, j);
            const auto batch = taspan::ema(x, period, seed);
            expect_series_identical(column(yc, j), batch, "cm " + what);
            expect_series_identical(column(yr, j), stream_column(x, period, seed), "rm " + what);
            expect_series_near(column(yr, j), batch, ema_tol<T>(), 0.0, "rm vs batch " + what);
          }
        }
      }
    }
  }
}

// Hand check (TA-Lib EMA definition): period 3, k = 0.5, seed = mean of the first 3 values.
//   A: 1 2 3 4 8      -> NaN NaN 2 3 5.5
//   B: NaN 2 4 6 NaN  -> NaN NaN NaN 4 NaN  (starts at bar 1; NaN at bar 4 resets)
TYPED_TEST(PanelEma, HandComputed) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  row_panel<T> x(5, 2);
  x << 1, nan, 2, 2, 3, 4, 4, 6, 8, nan;
  const row_panel<T> y = tp::ema(x, 3);
  EXPECT_TRUE(std::isnan(y(1, 0)));
  EXPECT_EQ(y(2, 0), T(2));
  EXPECT_EQ(y(3, 0), T(3));
  EXPECT_EQ(y(4, 0), T(5.5));
  EXPECT_TRUE(std::isnan(y(2, 1)));
  EXPECT_EQ(y(3, 1), T(4));
  EXPECT_TRUE(std::isnan(y(4, 1)));
}

TYPED_TEST(PanelEma, ThreadCountDoesNotChangeResults) {
  using T = TypeParam;
  const row_panel<T> rm = random_panel<T>({300, 67, true, true}, 21);
  const row_panel<T> r1 = tp::ema(rm, 12);
  for (int threads : {2, 4, 9})
    expect_panels_identical(tp::ema(rm, 12, taspan::ema_seed::sma, threads), r1, "threads");
}

TEST(PanelEma, BadInputThrows) {
  const tp::row_major<double> x = tp::row_major<double>::Ones(10, 3);
  tp::row_major<double> out(10, 2);
  EXPECT_TASPAN_ERROR(tp::ema(x, 0), "taspan::panel::ema: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(tp::ema(x, 5, taspan::ema_seed::sma, -1),
                      "taspan::panel::ema: threads must be >= 1, got -1");
  EXPECT_TASPAN_ERROR(tp::ema(x, out, 5),
                      "taspan::panel::ema: out shape must be the shape of input (10x3), got 10x2");
  EXPECT_EQ(tp::ema_lookback(10), 9);
}

}  // namespace
