#pragma once
// BBANDS, Bollinger bands (TA-Lib BBANDS): period 5, nbdevup 2, nbdevdn 2, matype sma.
//   middle = MA(x, period, matype); sd = population standard deviation of the last `period` bars;
//   upper = middle + nbdevup * sd; lower = middle - nbdevdn * sd.
// Lookback (TA-Lib): ma_lookback(period, matype) (never less than the stddev's period - 1).
// Numerics: the standard deviation is exact (rolling/detail/moments.hpp: sums about a pivot in
// the window, made of the window's own values, 0 on a constant window), where TA-Lib's running sum
// of squares loses ~1e-7 relative on ordinary prices and far more on high-priced series. An SMA
// middle is the window mean from the same moments (pivot + S1 / p, one pass for both).
// NaN: the stddev loses the windows that contain it; the middle band follows its MA type (SMA:
// the same windows, an infinity gives an infinite middle as sma() does; recursive types restart
// their warm-up).
// Streaming performs the batch operations: bit-identical, except EMA middles (the batch EMA is
// tiled: within 1e-12 relative).

#include <algorithm>
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
#include "sma.hpp"

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
  if (!detail::lookback_args_ok(period)) return -1;
  return ma_lookback(period, type);
}

namespace detail {

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

// Upper, middle and lower band from a middle and a width (both already of type T, as the stream
// has them).
template <real T>
struct band_maker {
  double up, dn;
  [[nodiscard]] bbands_point<T> operator()(T mid, T sd) const noexcept {
    const auto m = static_cast<double>(mid);
    const auto d = static_cast<double>(sd);
    return {static_cast<T>(m + up * d), mid, static_cast<T>(m - dn * d)};
  }
};

// SMA-middle bands in one pass over the window moments (the middle is the window's mean, c + S1/p,
// where the moments hold the window; the SMA elsewhere), for float and double; the stream
// performs the same operations (bit-identical).
template <real T>
void bbands_sma(std::span<const T> x, std::span<T> up, std::span<T> mid, std::span<T> lo,
                int period, band_maker<T> bands) {
  const variance_finish finish = population_stddev(period);
  const bool all_in_range = out_of_window_range(x) == 0;
  if (!all_in_range) sma(x, mid, period);  // middles of the windows the moments leave out
  fill_warmup(up, period - 1);
  fill_warmup(mid, period - 1);
  fill_warmup(lo, period - 1);
  const auto rows = [&](double* a, double* m2, const double* c, std::size_t lanes,
                        std::size_t count) {
    for (std::size_t t = 0; t < count; ++t)
      for (std::size_t k = 0; k < lanes; ++k)
        a[t * lanes + k] = c[k] + a[t * lanes + k] * finish.inv_p;
    finish_in_place(m2, lanes * count, finish);
  };
  const auto put = [&](std::size_t i, T centre, double sd) {
    const bbands_point<T> b = bands(centre, static_cast<T>(sd));
    up[i] = b.upper;
    mid[i] = b.middle;
    lo[i] = b.lower;
  };
  const auto p = static_cast<std::size_t>(period);
  if (all_in_range) {  // every window valid: no test per bar
    for_each_block_moments(x, p, finish.inv_p, rows, [&](std::size_t i, double mean, double sd) {
      put(i, static_cast<T>(mean), sd);
    });
    return;
  }
  for_each_block_moments(x, p, finish.inv_p, rows, [&](std::size_t i, double mean, double sd) {
    put(i, mean == mean ? static_cast<T>(mean) : mid[i], sd);
  });
}

}  // namespace detail

template <series In, output_series Upper, output_series Middle, output_series Lower>
void bbands(const In& in, Upper&& out_upper, Middle&& out_middle, Lower&& out_lower, int period = 5,
            double nbdevup = 2.0, double nbdevdn = 2.0, ma_type type = ma_type::sma) {
  detail::check_bbands("bbands", period, nbdevup, nbdevdn, type);
  auto [x, u, m, l] = detail::spans_of("bbands", detail::inputs(in), {"out", "out", "out"},
                                       out_upper, out_middle, out_lower);
  if (detail::warmup_only(bbands_lookback(period, nbdevup, nbdevdn, type), u, m, l)) return;
  using T = series_value_t<In>;
  const detail::band_maker<T> bands{nbdevup, nbdevdn};
  if (type == ma_type::sma) {
    detail::bbands_sma<T>(x, u, m, l, period, bands);
    return;
  }
  ma(x, m, period, type);
  // The standard deviation goes to `lower` first, then both bands are formed from it.
  detail::rolling_variance_kernel(x, l, period, detail::population_stddev(period));
  for (std::size_t i = 0; i < x.size(); ++i) {
    const bbands_point<T> b = bands(m[i], l[i]);
    u[i] = b.upper;
    l[i] = b.lower;
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
        bands_{nbdevup, nbdevdn},
        sma_(type == ma_type::sma),
        lookback_(bbands_lookback(period, nbdevup, nbdevdn, type)) {}

  bbands_point<T> update(T x) noexcept {
    const T mid = static_cast<T>(mid_.step(static_cast<double>(x)));
    const detail::window_moments& s = moments_.update(x);
    if (!moments_.full()) return bands_(mid, nan_v<T>);
    return bands_(middle(s, mid), finish_.apply<T>(s));
  }
  [[nodiscard]] bbands_point<T> peek(T x) const noexcept {
    const T mid = static_cast<T>(mid_.peek(static_cast<double>(x)));
    if (!moments_.full_after_next()) return bands_(mid, nan_v<T>);
    const detail::window_moments s = moments_.next(x);
    return bands_(middle(s, mid), finish_.apply<T>(s));
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
  // The SMA middle comes from the moments where they hold the window (as bbands() computes it).
  [[nodiscard]] T middle(const detail::window_moments& s, T ma) const noexcept {
    return sma_ && s.valid() ? static_cast<T>(s.mean(finish_.inv_p)) : ma;
  }
  detail::ma_core mid_;
  detail::window_moments_stream<T> moments_;
  detail::variance_finish finish_;
  detail::band_maker<T> bands_;
  bool sma_;
  int lookback_;
};

}  // namespace taspan
