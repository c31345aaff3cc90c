#pragma once
// CORREL, Pearson's correlation of two series over the last `period` bars (TA-Lib CORREL):
// default period 30, lookback period-1. Where either series is constant over the window the
// correlation is undefined and, as in TA-Lib, 0 is returned. Unlike TA-Lib, the sums are kept
// accurate on high-priced series (detail/comoments.hpp). NaN in either input: the windows that
// hold it give NaN.

#include <algorithm>
#include <cmath>
#include <vector>

#include "../core/detail/window.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "detail/comoments.hpp"

namespace taspan {

[[nodiscard]] constexpr int correl_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period - 1;
}

namespace detail {
template <real T>
[[nodiscard]] T correl_value(const comoment_window& w) noexcept {
  if (w.has_nan()) return nan_v<T>;
  const double d = w.var_x() * w.var_y();
  // Rounding can put |cov| / sqrt(var_x var_y) a hair above 1: clamp (found by tests/properties).
  return d > 0.0 ? static_cast<T>(std::clamp(w.cov() / std::sqrt(d), -1.0, 1.0)) : T(0);
}
}  // namespace detail

template <series In0, series In1, output_series Out>
void correl(const In0& in0, const In1& in1, Out&& out, int period = 30) {
  detail::check_period("correl", period);
  detail::check_same_sizes("correl", {"in0", "in1"}, in0, in1);
  // Not a structured binding: the lambdas below capture these, which clang < 16 rejects.
  const auto spans = detail::spans_of("correl", detail::inputs(in0, in1), {"out"}, out);
  auto x = spans.input(0);
  auto z = spans.input(1);
  auto y = spans.output(0);
  using T = series_value_t<In0>;
  detail::fill_warmup(y, period - 1);
  detail::for_each_window<detail::comoment_window>(
      x.size(), static_cast<std::size_t>(period),
      [&](std::size_t i) {
        return detail::xy_sample{x[i], z[i]};
      },
      [&](std::size_t i, const detail::comoment_window& w) { y[i] = detail::correl_value<T>(w); });
}

template <series In0, series In1>
[[nodiscard]] std::vector<series_value_t<In0>> correl(const In0& in0, const In1& in1,
                                                      int period = 30) {
  return detail::output_vector(in0, [&](auto& out) { correl(in0, in1, out, period); });
}

template <class T>
class correl_stream {
  static_assert(is_real_v<T>, "taspan::correl_stream<T>: T must be float or double");
  using window = detail::comoment_window;

 public:
  explicit correl_stream(int period = 30)
      : period_((detail::check_period("correl_stream", period), period)),
        window_(static_cast<std::size_t>(period)) {}

  T update(T x, T y) noexcept {
    const detail::xy_sample s{x, y};
    const window w = window_.next(s);
    window_.commit(s, w);
    return window_.full() ? detail::correl_value<T>(w) : nan_v<T>;
  }
  [[nodiscard]] T peek(T x, T y) const noexcept {
    return window_.full_after_next() ? detail::correl_value<T>(window_.next({x, y})) : nan_v<T>;
  }
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept { window_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return correl_lookback(period_); }

 private:
  int period_;
  detail::window_stream<window, detail::xy_sample> window_;
};

}  // namespace taspan
