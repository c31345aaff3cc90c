#pragma once
// OBV, on-balance volume (TA-Lib OBV): lookback 0.
//
//   OBV_0 = volume_0 (as TA-Lib); OBV_i = OBV_{i-1} + volume_i if close_i > close_{i-1},
//   - volume_i if close_i < close_{i-1}, unchanged if equal.
//
// Accumulates in double (integer volumes stay exact up to 2^53).
// NaN: a bar with a NaN close or volume yields NaN and restarts the accumulation: the next bar is
// a first bar again (OBV = its volume), like every recursive indicator in taspan.
// Batch == streaming bitwise.

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int obv_lookback() noexcept { return 0; }

namespace detail {

class obv_core {
 public:
  static constexpr bool nan_aware = true;
  template <real T>
  T step(T close, T volume) noexcept {
    const auto c = static_cast<double>(close);
    const auto v = static_cast<double>(volume);
    if (any_nan(c, v)) {
      started_ = false;
      return nan_v<T>;
    }
    if (!started_) {
      started_ = true;
      obv_ = v;
    } else if (c > prev_) {
      obv_ += v;
    } else if (c < prev_) {
      obv_ -= v;
    }
    prev_ = c;
    return static_cast<T>(obv_);
  }
  [[nodiscard]] bool ready() const noexcept { return started_; }

 private:
  double prev_ = 0.0;
  double obv_ = 0.0;
  bool started_ = false;
};

}  // namespace detail

template <series C, series V, output_series Out>
void obv(const C& close, const V& volume, Out&& out) {
  detail::check_same_sizes("obv", {"close", "volume"}, close, volume);
  auto [c, v, y] = detail::spans_of("obv", detail::inputs(close, volume), {"out"}, out);
  detail::run_core(detail::obv_core{}, y, c, v);
}

template <series C, series V>
[[nodiscard]] std::vector<series_value_t<C>> obv(const C& close, const V& volume) {
  return detail::output_vector(close, [&](auto& out) { obv(close, volume, out); });
}

template <class T>
class obv_stream : public detail::core_stream<T, detail::obv_core> {
 public:
  obv_stream() : detail::core_stream<T, detail::obv_core>(detail::obv_core{}, 0) {}
  T update(T close, T volume) noexcept { return this->step(close, volume); }
  [[nodiscard]] T peek(T close, T volume) const noexcept { return this->peek_step(close, volume); }
};

}  // namespace taspan
