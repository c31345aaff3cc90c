#pragma once
// VWAP, cumulative volume-weighted average of the typical price: lookback 0 (not in TA-Lib).
//
//   TP_i = (high_i + low_i + close_i) / 3;  VWAP_i = sum(TP * volume) / sum(volume),
//   both sums running from the start of the current session; NaN while the session's volume is 0.
//
// Sessions: without a reset argument the whole series is one session. To restart the sums (e.g.
// every trading day) pass either
//   - a span of flags, one per bar (bool, std::uint8_t or any integer type; std::vector<bool> is
//     not contiguous, use std::vector<std::uint8_t>): nonzero = a new session starts at this bar;
//   - a predicate new_session(i) -> bool called once per bar index i, in order, e.g.
//     [&](std::size_t i) { return i == 0 || day[i] != day[i - 1]; }.
// Streaming: update(high, low, close, volume, new_session = false).
// Sums accumulate in double; for very long sessions relative error grows like n * 1e-16.
// NaN: a bar with a NaN input yields NaN and restarts the sums (the next bar opens a new session);
// so does a bar whose sums overflow (prices or volumes near DBL_MAX, +-inf).
// Batch == streaming bitwise.

#include <concepts>
#include <cstddef>
#include <type_traits>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int vwap_lookback() noexcept { return 0; }

// A contiguous range of per-bar flags (bool or integers).
template <class R>
concept session_flags = series<R> &&
    (std::is_integral_v<series_value_t<R>> || std::is_same_v<series_value_t<R>, bool>);

// A callable new_session(std::size_t) -> bool.
template <class F>
concept session_predicate = std::predicate<F&, std::size_t> && !series<F>;

namespace detail {

class vwap_core {
 public:
  static constexpr bool nan_aware = true;
  template <real T>
  T step(T h, T l, T c, T v, bool new_session) noexcept {
    if (new_session) pv_ = vol_ = 0.0;
    if (any_nan(h, l, c, v)) {
      pv_ = vol_ = 0.0;
      return nan_v<T>;
    }
    const double tp =
        (static_cast<double>(h) + static_cast<double>(l) + static_cast<double>(c)) / 3.0;
    pv_ += tp * static_cast<double>(v);
    vol_ += static_cast<double>(v);
    if (!(pv_ - pv_ == 0.0 && vol_ - vol_ == 0.0)) {  // overflow: restart as after a NaN bar
      pv_ = vol_ = 0.0;
      return nan_v<T>;
    }
    return vol_ != 0.0 ? static_cast<T>(pv_ / vol_) : nan_v<T>;
  }
  [[nodiscard]] bool ready() const noexcept { return vol_ != 0.0; }

 private:
  double pv_ = 0.0;
  double vol_ = 0.0;
};

template <real T, class NewSession>
void vwap_kernel(std::span<const T> h, std::span<const T> l, std::span<const T> c,
                 std::span<const T> v, std::span<T> y, NewSession&& new_session) {
  vwap_core core;
  for (std::size_t i = 0; i < c.size(); ++i)
    y[i] = core.step(h[i], l[i], c[i], v[i], static_cast<bool>(new_session(i)));
}

}  // namespace detail

// One session: the whole series.
template <series H, series L, series C, series V, output_series Out>
requires real<series_value_t<Out>>
void vwap(const H& high, const L& low, const C& close, const V& volume, Out&& out) {
  detail::check_same_sizes("vwap", {"high", "low", "close", "volume"}, high, low, close, volume);
  auto [h, l, c, v, y] =
      detail::spans_of("vwap", detail::inputs(high, low, close, volume), {"out"}, out);
  detail::vwap_kernel(h, l, c, v, y, [](std::size_t) { return false; });
}

// Sessions from flags: session_start[i] != 0 starts a new session at bar i.
template <series H, series L, series C, series V, session_flags F, output_series Out>
void vwap(const H& high, const L& low, const C& close, const V& volume, const F& session_start,
          Out&& out) {
  detail::check_same_sizes("vwap", {"high", "low", "close", "volume"}, high, low, close, volume);
  detail::check_size("vwap", "session_start", std::ranges::size(session_start), "high",
                     std::ranges::size(high));
  auto [h, l, c, v, y] =
      detail::spans_of("vwap", detail::inputs(high, low, close, volume), {"out"}, out);
  const auto* flags = std::ranges::data(session_start);
  detail::vwap_kernel(h, l, c, v, y, [flags](std::size_t i) { return flags[i] != 0; });
}

// Sessions from a predicate: new_session(i) == true starts a new session at bar i.
template <series H, series L, series C, series V, session_predicate P, output_series Out>
void vwap(const H& high, const L& low, const C& close, const V& volume, P&& new_session,
          Out&& out) {
  detail::check_same_sizes("vwap", {"high", "low", "close", "volume"}, high, low, close, volume);
  auto [h, l, c, v, y] =
      detail::spans_of("vwap", detail::inputs(high, low, close, volume), {"out"}, out);
  detail::vwap_kernel(h, l, c, v, y, new_session);
}

template <series H, series L, series C, series V>
[[nodiscard]] std::vector<series_value_t<H>> vwap(const H& high, const L& low, const C& close,
                                                  const V& volume) {
  return detail::output_vector(high, [&](auto& out) { vwap(high, low, close, volume, out); });
}

template <series H, series L, series C, series V, class S>
requires session_flags<S> || session_predicate<S>
[[nodiscard]] std::vector<series_value_t<H>> vwap(const H& high, const L& low, const C& close,
                                                  const V& volume, S&& sessions) {
  return detail::output_vector(
      high, [&](auto& out) { vwap(high, low, close, volume, std::forward<S>(sessions), out); });
}

template <class T>
class vwap_stream : public detail::core_stream<T, detail::vwap_core> {
 public:
  vwap_stream() : detail::core_stream<T, detail::vwap_core>(detail::vwap_core{}, 0) {}
  T update(T high, T low, T close, T volume, bool new_session = false) noexcept {
    return this->step(high, low, close, volume, new_session);
  }
  [[nodiscard]] T peek(T high, T low, T close, T volume, bool new_session = false) const noexcept {
    return this->peek_step(high, low, close, volume, new_session);
  }
};

}  // namespace taspan
