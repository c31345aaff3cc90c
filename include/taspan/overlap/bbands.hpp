#pragma once
// BBANDS, Bollinger bands (TA-Lib BBANDS): period 5, nbdevup 2, nbdevdn 2, matype sma.
//   middle = MA(x, period, matype); sd = population standard deviation of the last `period` bars;
//   upper = middle + nbdevup * sd; lower = middle - nbdevdn * sd.
// Lookback (TA-Lib): ma_lookback(period, matype) (never less than the stddev's period - 1).
// Numerics: the standard deviation is exact (rolling/detail/moments.hpp: shifted sums re-seeded
// every window, 0 on a constant window), where TA-Lib's running sum of squares loses ~1e-7
// relative on ordinary prices and far more on high-priced series; the middle band is TA-Lib's.
// NaN: the stddev loses the windows that contain it; the middle band follows its MA type (SMA:
// the same windows; recursive types restart their warm-up).
// Batch (double, SMA middle, finite input) runs one fused pass (detail::bbands_sma_kernel); other
// cases combine ma() with the rolling stddev kernel. Streaming combines the MA core with the
// rolling moments; it agrees with batch bitwise for float and for middle types other than SMA
// and EMA, and within 1e-12 relative (of the price level) otherwise.

#include <cmath>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/detail/moments.hpp"
#include "ma.hpp"

namespace taspan {

template <class T>
struct bbands_result {
  std::vector<T> upper, middle, lower;
};

template <class T>
struct bbands_point {
  T upper, middle, lower;
};

[[nodiscard]] constexpr int bbands_lookback(int period = 5, double /*nbdevup*/ = 2.0,
                                            double /*nbdevdn*/ = 2.0,
                                            ma_type type = ma_type::sma) noexcept {
  return ma_lookback(period, type);
}

namespace detail {

inline void check_finite(std::string_view function, std::string_view parameter, double value) {
  if (!std::isfinite(value)) fail(function, parameter, "finite", value);
}

inline void check_bbands(std::string_view function, int period, double up, double dn,
                         ma_type type) {
  check_period(function, period, 2);
  check_finite(function, "nbdevup", up);
  check_finite(function, "nbdevdn", dn);
  check_ma_type(function, "matype", type);
}

inline constexpr variance_finish population_stddev(int period) noexcept {
  return {1.0 / period, static_cast<double>(period), true, 1.0};
}

// No NaN, no infinity, nothing beyond +-window_max_magnitude (which the moments count as NaN).
template <real T>
[[nodiscard]] bool all_in_window_range(std::span<const T> x) noexcept {
  bool ok = true;
  for (T v : x) ok &= in_window_range(static_cast<double>(v));  // no early exit: vectorises
  return ok;
}

// SMA-middle bands over doubles within +-window_max_magnitude in one pass: the window's mean and
// population variance from sums of deviations from a shift c (an input of the window, exact
// differences), re-seeded exactly every `period` outputs and after a stale slide (error stays
// flat); a window of `period` equal values has width exactly 0. rolling/detail/moments.hpp's
// window_moments, fused with the mean and both bands.
inline void bbands_sma_kernel(std::span<const double> x, std::span<double> up,
                              std::span<double> mid, std::span<double> lo, std::size_t p,
                              double kup, double kdn) noexcept {
  const std::size_t n = x.size();
  const std::size_t warm = std::min(n, p - 1);
  std::fill_n(up.begin(), warm, nan_v<double>);
  std::fill_n(mid.begin(), warm, nan_v<double>);
  std::fill_n(lo.begin(), warm, nan_v<double>);
  if (n < p) return;
  const double inv = 1.0 / static_cast<double>(p);
  std::size_t run = 1;  // equal bars ending at i
  for (std::size_t i = 1; i + 1 < p; ++i) run = x[i] == x[i - 1] ? run + 1 : 1;
  for (std::size_t i0 = p - 1; i0 < n; i0 += p) {
    const auto window_to = [&x, p](std::size_t i) {
      return [&x, lo = i + 1 - p](std::size_t k) noexcept { return x[lo + k]; };
    };
    window_moments w;
    w.seed(window_to(i0), p);
    const std::size_t end = std::min(n, i0 + p);
    for (std::size_t i = i0; i < end; ++i) {
      if (i > i0) {
        w.replace(x[i - p], x[i]);
        if (w.stale(inv)) w.seed(window_to(i), p);
      }
      run = i > 0 && x[i] == x[i - 1] ? run + 1 : 1;
      const double m = w.s1 * inv;
      const double m2 = w.s2 - w.s1 * m;
      const double var = run >= p || !(m2 > 0.0) ? 0.0 : m2 * inv;
      const double sd = std::sqrt(var);
      const double centre = w.shift + m;
      mid[i] = centre;
      up[i] = centre + kup * sd;
      lo[i] = centre - kdn * sd;
    }
  }
}

}  // namespace detail

template <series In, output_series Upper, output_series Middle, output_series Lower>
void bbands(const In& in, Upper&& out_upper, Middle&& out_middle, Lower&& out_lower, int period = 5,
            double nbdevup = 2.0, double nbdevdn = 2.0, ma_type type = ma_type::sma) {
  detail::check_bbands("bbands", period, nbdevup, nbdevdn, type);
  auto [x, u] = detail::in_out_spans("bbands", in, out_upper);
  auto m = detail::in_out_spans("bbands", in, out_middle).second;
  auto l = detail::in_out_spans("bbands", in, out_lower).second;
  using T = series_value_t<In>;
  if constexpr (std::is_same_v<T, double>) {
    if (type == ma_type::sma && detail::all_in_window_range(x)) {
      detail::bbands_sma_kernel(x, u, m, l, static_cast<std::size_t>(period), nbdevup, nbdevdn);
      return;
    }
  }
  ma(x, m, period, type);
  // The standard deviation goes to `lower` first, then both bands are formed from it.
  detail::rolling_variance_kernel(x, l, period, detail::population_stddev(period));
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto mid = static_cast<double>(m[i]);
    const auto sd = static_cast<double>(l[i]);
    u[i] = static_cast<T>(mid + nbdevup * sd);
    l[i] = static_cast<T>(mid - nbdevdn * sd);
  }
}

template <series In>
[[nodiscard]] bbands_result<series_value_t<In>> bbands(const In& in, int period = 5,
                                                       double nbdevup = 2.0, double nbdevdn = 2.0,
                                                       ma_type type = ma_type::sma) {
  using T = series_value_t<In>;
  const auto n = std::ranges::size(in);
  bbands_result<T> r{std::vector<T>(n), std::vector<T>(n), std::vector<T>(n)};
  bbands(in, r.upper, r.middle, r.lower, period, nbdevup, nbdevdn, type);
  return r;
}

template <class T>
class bbands_stream {
  static_assert(is_real_v<T>, "taspan::bbands_stream<T>: T must be float or double");

 public:
  explicit bbands_stream(int period = 5, double nbdevup = 2.0, double nbdevdn = 2.0,
                         ma_type type = ma_type::sma)
      : mid_(checked(period, nbdevup, nbdevdn, type)),
        moments_(period),
        finish_(detail::population_stddev(period)),
        up_(nbdevup),
        dn_(nbdevdn),
        lookback_(bbands_lookback(period, nbdevup, nbdevdn, type)) {}

  bbands_point<T> update(T x) noexcept {
    const T mid = static_cast<T>(mid_.step(static_cast<double>(x)));
    const detail::moments_state& s = moments_.update(x);
    const T sd = moments_.full() ? finish_.apply<T>(s.m, s.valid) : nan_v<T>;
    return bands(mid, sd);
  }
  [[nodiscard]] bbands_point<T> peek(T x) const noexcept {
    const T mid = static_cast<T>(mid_.peek(static_cast<double>(x)));
    T sd = nan_v<T>;
    if (moments_.full_after_next()) {
      const detail::moments_state s = moments_.next(x);
      sd = finish_.apply<T>(s.m, s.valid);
    }
    return bands(mid, sd);
  }
  [[nodiscard]] bool ready() const noexcept { return mid_.ready() && moments_.full(); }
  void reset() noexcept {
    mid_.reset();
    moments_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 private:
  static detail::ma_core checked(int period, double up, double dn, ma_type type) {
    detail::check_bbands("bbands_stream", period, up, dn, type);
    return {period, type};
  }
  [[nodiscard]] bbands_point<T> bands(T mid, T sd) const noexcept {
    const auto m = static_cast<double>(mid);
    const auto d = static_cast<double>(sd);
    return {static_cast<T>(m + up_ * d), mid, static_cast<T>(m - dn_ * d)};
  }
  detail::ma_core mid_;
  detail::window_moments_stream<T> moments_;
  detail::variance_finish finish_;
  double up_, dn_;
  int lookback_;
};

}  // namespace taspan
