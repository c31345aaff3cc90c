#pragma once
// TRIX, 1-bar rate of change of a triple EMA (TA-Lib TRIX): default period 30.
//   e1 = EMA(x), e2 = EMA(e1), e3 = EMA(e2) (each seeded with the SMA of its first `period`
//   inputs, as TA-Lib does); trix = (e3 / e3[prev] - 1) * 100, and 0 when e3[prev] == 0.
// Lookback (TA-Lib): 3 * (period - 1) + 1.
// NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int trix_lookback(int period = 30) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 3 * (period - 1) + 1;
}

namespace detail {

struct trix_core {
  static constexpr bool restarts_on_overflow = true;
  ema_state e1, e2, e3;
  bool has_value = false;  // the last step returned a value
  explicit trix_core(int period) noexcept : e1(period), e2(period), e3(period) {}
  double step(double x) noexcept {
    const double a = e1.step(x);
    if (!e1.ready()) return nan_v<double>;
    const double b = e2.step(a);
    if (!e2.ready()) return nan_v<double>;
    const bool had = e3.ready();
    const double prev = e3.value;
    const double c = e3.step(b);
    if (!had) return nan_v<double>;
    has_value = true;
    return prev != 0.0 ? (c / prev - 1.0) * 100.0 : 0.0;
  }
  [[nodiscard]] bool ready() const noexcept { return has_value; }
  void reset() noexcept {
    e1.reset();
    e2.reset();
    e3.reset();
    has_value = false;
  }
};

}  // namespace detail

template <series In, output_series Out>
void trix(const In& in, Out&& out, int period = 30) {
  detail::check_period("trix", period);
  auto [x, y] = detail::in_out_spans("trix", in, out);
  detail::run_core(detail::trix_core(period), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> trix(const In& in, int period = 30) {
  return detail::output_vector(in, [&](auto& out) { trix(in, out, period); });
}

template <class T>
class trix_stream : public detail::core_stream<T, detail::trix_core> {
 public:
  explicit trix_stream(int period = 30)
      : detail::core_stream<T, detail::trix_core>(
            detail::trix_core(detail::check_period("trix_stream", period)), trix_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  int period_;
};

}  // namespace taspan
