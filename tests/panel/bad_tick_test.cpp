// Panel windowed sums and means after a bad tick: once a value 1e18+ times the others has left
// the window, panel sma / rolling_sum / rolling_mean and the bbands middle and bands equal that
// window's own result (taspan's function on the window alone) within 1e-12 relative, in both
// storage orders, in packet columns and tail columns alike.

#include "taspan/overlap/bbands.hpp"
#include "taspan/overlap/sma.hpp"
#include "taspan/panel.hpp"
#include "taspan/rolling/sum.hpp"
#include "taspan_panel_test.hpp"

namespace {

using namespace taspan_test;
namespace tp = taspan::panel;

// Prices near 100 in every column; column j gets a tick at bar 3 * j (+- 1e20 or 3e30).
col_panel<double> ticked_panel(Eigen::Index rows, Eigen::Index cols) {
  col_panel<double> x = random_panel<double>(panel_shape{rows, cols, false, false});
  for (Eigen::Index j = 0; j < cols; ++j)
    x(3 * j, j) = j % 3 == 0 ? 1e20 : j % 3 == 1 ? -1e20 : 3e30;
  return x;
}

// out(i, j) for every bar i at least `period` bars after column j's tick equals the last output
// of single(window) on that column's window.
template <class P, class Single>
void expect_clean_after_tick(const P& out, const col_panel<double>& x, int period, Single single,
                             const std::string& what) {
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    const auto col = column(x, j);
    for (Eigen::Index i = 3 * j + period; i < x.rows(); ++i) {
      const std::span<const double> window(col.data() + i + 1 - period,
                                           static_cast<std::size_t>(period));
      const double fresh = single(window).back();
      ASSERT_NEAR(out(i, j), fresh, 1e-12 * std::abs(fresh))
          << what << " period " << period << " column " << j << " bar " << i;
    }
  }
}

TEST(PanelBadTick, SumsMeansAndBandsForgetIt) {
  const col_panel<double> cm = ticked_panel(160, 19);  // 19 columns: packets and a scalar tail
  const row_panel<double> rm = cm;
  for (int p : {3, 14, 20}) {
    for (const bool row_major : {false, true}) {
      const std::string order = row_major ? " row-major" : " col-major";
      const auto run = [&](auto f) { return row_major ? col_panel<double>(f(rm)) : f(cm); };
      expect_clean_after_tick(
          run([p](const auto& x) { return tp::sma(x, p); }), cm, p,
          [p](auto w) { return taspan::sma(w, p); }, "sma" + order);
      expect_clean_after_tick(
          run([p](const auto& x) { return tp::rolling_sum(x, p); }), cm, p,
          [p](auto w) { return taspan::rolling_sum(w, p); }, "rolling_sum" + order);
      expect_clean_after_tick(
          run([p](const auto& x) { return tp::rolling_mean(x, p); }), cm, p,
          [p](auto w) { return taspan::sma(w, p); }, "rolling_mean" + order);
      expect_clean_after_tick(
          run([p](const auto& x) { return tp::bbands(x, p).middle; }), cm, p,
          [p](auto w) { return taspan::bbands(w, p).middle; }, "bbands middle" + order);
      expect_clean_after_tick(
          run([p](const auto& x) { return tp::bbands(x, p).upper; }), cm, p,
          [p](auto w) { return taspan::bbands(w, p).upper; }, "bbands upper" + order);
    }
  }
}

}  // namespace
