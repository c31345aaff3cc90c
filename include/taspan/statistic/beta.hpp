#pragma once
// BETA (TA-Lib BETA): the slope of in1's one-bar returns regressed on in0's over the last `period`
// returns, cov(r0, r1) / var(r0). Default period 5; lookback period (period returns need
// period+1 prices). As in TA-Lib, a return after a zero price counts as 0 and a window where in0's
// returns do not vary gives 0. NaN: the windows whose returns touch it give NaN.

#include <vector>

#include "../core/detail/window.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "detail/comoments.hpp"

namespace taspan {

[[nodiscard]] constexpr int beta_lookback(int period = 5) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

namespace detail {
template <real T>
[[nodiscard]] double one_bar_return(T previous, T current) noexcept {
  const double p = previous;
  return p == 0.0 ? 0.0 : (static_cast<double>(current) - p) / p;
}
template <real T>
[[nodiscard]] T beta_value(const comoment_window& w) noexcept {
  if (w.has_nan()) return nan_v<T>;
  const double v = w.var_x();
  return v > 0.0 ? static_cast<T>(w.cov() / v) : T(0);
}
}  // namespace detail

template <series In0, series In1, output_series Out>
void beta(const In0& in0, const In1& in1, Out&& out, int period = 5) {
  detail::check_period("beta", period);
  detail::check_same_sizes("beta", {"in0", "in1"}, in0, in1);
  // Not a structured binding: the lambdas below capture these, which clang < 16 rejects.
  const auto spans = detail::spans_of("beta", detail::inputs(in0, in1), {"out"}, out);
  auto x = spans.input(0);
  auto z = spans.input(1);
  auto y = spans.output(0);
  using T = series_value_t<In0>;
  detail::fill_warmup(y, beta_lookback(period));
  if (x.size() < 2) return;
  // Sample j holds the returns into bar j+1.
  detail::for_each_window<detail::comoment_window>(
      x.size() - 1, static_cast<std::size_t>(period),
      [&](std::size_t j) {
        return detail::xy_sample{detail::one_bar_return(x[j], x[j + 1]),
                                 detail::one_bar_return(z[j], z[j + 1])};
      },
      [&](std::size_t j, const detail::comoment_window& w) {
        y[j + 1] = detail::beta_value<T>(w);
      });
}

template <series In0, series In1>
[[nodiscard]] std::vector<series_value_t<In0>> beta(const In0& in0, const In1& in1,
                                                    int period = 5) {
  return detail::output_vector(in0, [&](auto& out) { beta(in0, in1, out, period); });
}

template <class T>
class beta_stream {
  static_assert(is_real_v<T>, "taspan::beta_stream<T>: T must be float or double");
  using window = detail::comoment_window;

 public:
  explicit beta_stream(int period = 5)
      : period_((detail::check_period("beta_stream", period), period)),
        window_(static_cast<std::size_t>(period)) {}

  T update(T x, T y) noexcept {
    if (!has_previous_) {
      remember(x, y);
      return nan_v<T>;
    }
    const auto s = sample(x, y);
    const window w = window_.next(s);
    window_.commit(s, w);
    remember(x, y);
    return window_.full() ? detail::beta_value<T>(w) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x, T y) const noexcept {
    if (!has_previous_ || !window_.full_after_next()) return nan_v<T>;
    return detail::beta_value<T>(window_.next(sample(x, y)));
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept {
    window_.reset();
    has_previous_ = false;
  }
  [[nodiscard]] int lookback() const noexcept { return beta_lookback(period_); }

 private:
  [[nodiscard]] detail::xy_sample sample(T x, T y) const noexcept {
    return {detail::one_bar_return(px_, x), detail::one_bar_return(py_, y)};
  }
  void remember(T x, T y) noexcept {
    px_ = x;
    py_ = y;
    has_previous_ = true;
  }
  int period_;
  detail::window_stream<window, detail::xy_sample> window_;
  T px_{}, py_{};
  bool has_previous_ = false;
};

}  // namespace taspan
