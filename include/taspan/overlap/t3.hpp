#pragma once
// T3, Tillson's triple-smoothed moving average (TA-Lib T3): default period 5, vfactor 0.7.
// Six EMAs in cascade (e1 = EMA(x), e2 = EMA(e1), ..., e6), k = 2/(period+1), each seeded with
// the SMA of the first `period` values of the one before, in TA-Lib's order, then
//   t3 = c1*e6 + c2*e5 + c3*e4 + c4*e3, with v = vfactor: c1 = -v^3, c2 = 3v^2 + 3v^3,
//   c3 = -6v^2 - 3v - 3v^3, c4 = 1 + 3v + v^3 + 3v^2.
// Lookback 6*(period-1). Period 1: the input (TA-Lib). EMA step in TA-Lib's T3 form k*x + (1-k)*e.
// NaN: restarts the warm-up. Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ema.hpp"
#include "../core/error.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int t3_lookback(int period = 5, double /*vfactor*/ = 0.7) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return 6 * (period - 1);
}

namespace detail {

class t3_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  t3_core(int period, double vfactor) noexcept
      : n_(period), k_(ema_k(period)), one_minus_k_(1.0 - ema_k(period)) {
    const double v2 = vfactor * vfactor;
    c1_ = 0.0 - v2 * vfactor;
    c2_ = 3.0 * (v2 - c1_);
    c3_ = (0.0 - 6.0) * v2 - 3.0 * (vfactor - c1_);
    c4_ = 1.0 + 3.0 * vfactor - c1_ + 3.0 * v2;
  }

  double step(double x) noexcept {
    if (n_ == 1) return x;
    double v = x;  // input of the next level
    for (int j = 0; j < level_; ++j) {
      e_[j] = k_ * v + one_minus_k_ * e_[j];
      v = e_[j];
    }
    if (level_ < 6) {
      sum_ += v;
      if (++fill_ < n_) return nan_v<double>;
      e_[level_] = sum_ / static_cast<double>(n_);
      sum_ = 0.0 + e_[level_];  // the seed is the first value averaged by the next level
      fill_ = 1;
      if (++level_ < 6) return nan_v<double>;
    }
    return c1_ * e_[5] + c2_ * e_[4] + c3_ * e_[3] + c4_ * e_[2];
  }
  [[nodiscard]] bool ready() const noexcept { return n_ == 1 || level_ == 6; }
  void reset() noexcept {
    level_ = 0;
    fill_ = 0;
    sum_ = 0.0;
  }

 private:
  int n_;
  double k_, one_minus_k_;
  double c1_ = 0, c2_ = 0, c3_ = 0, c4_ = 0;
  double e_[6] = {};
  int level_ = 0;  // EMAs seeded so far
  int fill_ = 0;   // values averaged so far toward e_[level_]
  double sum_ = 0.0;
};

inline void check_t3(const char* function, int period, double vfactor) {
  check_period(function, period);
  check_between(function, "vfactor", vfactor, 0.0, 1.0);
}

}  // namespace detail

template <series In, output_series Out>
void t3(const In& in, Out&& out, int period = 5, double vfactor = 0.7) {
  detail::check_t3("t3", period, vfactor);
  auto [x, y] = detail::in_out_spans("t3", in, out);
  detail::run_core(detail::t3_core(period, vfactor), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> t3(const In& in, int period = 5,
                                                 double vfactor = 0.7) {
  return detail::output_vector(in, [&](auto& out) { t3(in, out, period, vfactor); });
}

template <class T>
class t3_stream : public detail::core_stream<T, detail::t3_core> {
 public:
  explicit t3_stream(int period = 5, double vfactor = 0.7)
      : detail::core_stream<T, detail::t3_core>(checked(period, vfactor), t3_lookback(period)),
        period_(period) {}
  [[nodiscard]] int period() const noexcept { return period_; }

 private:
  static detail::t3_core checked(int period, double vfactor) {
    detail::check_t3("t3_stream", period, vfactor);
    return {period, vfactor};
  }
  int period_;
};

}  // namespace taspan
