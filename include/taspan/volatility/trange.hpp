#pragma once
// TRANGE, Wilder's true range (TA-Lib TRANGE): lookback 1.
//
//   TR_i = max(high_i - low_i, |high_i - close_{i-1}|, |low_i - close_{i-1}|)
//
// Bar 0 has no previous close, so it is NaN (as TA-Lib, which starts its output at bar 1).
// NaN: a NaN in bar k makes TR_k and TR_{k+1} NaN (the two bars that use it).

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/wilder.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int trange_lookback() noexcept { return 1; }

namespace detail {

class trange_core {
 public:
  static constexpr bool nan_aware = true;
  template <real T>
  T step(T h, T l, T c) noexcept {
    if (any_nan(h, l, c)) {
      started_ = false;
      return nan_v<T>;
    }
    const double pc = pc_;
    pc_ = static_cast<double>(c);
    if (!started_) {
      started_ = true;
      return nan_v<T>;
    }
    return static_cast<T>(true_range(static_cast<double>(h), static_cast<double>(l), pc));
  }
  [[nodiscard]] bool ready() const noexcept { return started_; }

 private:
  double pc_ = 0.0;
  bool started_ = false;
};

}  // namespace detail

template <series H, series L, series C, output_series Out>
void trange(const H& high, const L& low, const C& close, Out&& out) {
  auto [h, l, c, y] = detail::hlc_spans("trange", high, low, close, out);
  detail::run_core(detail::trange_core{}, y, h, l, c);
}

template <series H, series L, series C>
[[nodiscard]] std::vector<series_value_t<H>> trange(const H& high, const L& low, const C& close) {
  return detail::output_vector(high, [&](auto& out) { trange(high, low, close, out); });
}

template <class T>
class trange_stream : public detail::core_stream<T, detail::trange_core> {
 public:
  trange_stream() : detail::core_stream<T, detail::trange_core>(detail::trange_core{}, 1) {}
  T update(T high, T low, T close) noexcept { return this->step(high, low, close); }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return this->peek_step(high, low, close);
  }
};

}  // namespace taspan
