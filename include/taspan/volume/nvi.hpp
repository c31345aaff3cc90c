#pragma once
// NVI, negative volume index (not in TA-Lib; Paul Dysart, as Norman Fosback defined it in "Stock
// Market Logic", 1976): starts at 1000 on the first bar; on a bar whose volume is below the
// previous bar's, nvi += nvi * (close - prev_close) / prev_close; otherwise it is unchanged.
// PVI (pvi.hpp) is the same on bars whose volume is above the previous bar's. No parameter;
// lookback 0. (1000 is Fosback's base, also StockCharts' and tulip's.)
// NaN: recursive; a NaN in either input gives NaN and the index starts again at 1000 on the next
// bar (so does an overflowed state).
// Batch and streaming run the same core: bit-identical.

#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int nvi_lookback() noexcept { return 0; }

namespace detail {

// Fosback's volume index: follows the close's returns on the bars whose volume falls (negative)
// or rises (positive). Returns T, so that an index beyond T's range (float) restarts it as an
// overflow does (else it would stay infinite for good).
template <real T>
class volume_index_core {
 public:
  static constexpr bool restarts_on_overflow = true;
  static constexpr double base = 1000.0;
  explicit volume_index_core(bool on_falling_volume) : on_falling_(on_falling_volume) {}
  T step(double c, double v) noexcept {
    value_ = next(c, v);
    prev_close_ = c;
    prev_volume_ = v;
    started_ = true;
    return static_cast<T>(value_);
  }
  [[nodiscard]] T peek(double c, double v) const noexcept { return static_cast<T>(next(c, v)); }
  [[nodiscard]] bool ready() const noexcept { return started_; }
  void reset() noexcept { started_ = false; }

 private:
  [[nodiscard]] double next(double c, double v) const noexcept {
    if (!started_) return base;
    const bool follows = on_falling_ ? v < prev_volume_ : v > prev_volume_;
    return follows ? value_ + value_ * ((c - prev_close_) / prev_close_) : value_;
  }
  bool on_falling_;
  bool started_ = false;
  double value_ = base;
  double prev_close_ = 0.0;
  double prev_volume_ = 0.0;
};

template <series C, series V, output_series Out>
void volume_index(std::string_view function, bool on_falling, const C& close, const V& volume,
                  Out&& out) {
  check_same_sizes(function, {"close", "volume"}, close, volume);
  auto [c, v, y] = spans_of(function, inputs(close, volume), {"out"}, out);
  run_core(volume_index_core<series_value_t<C>>(on_falling), y, c, v);
}

template <class T>
class volume_index_stream : public core_stream<T, volume_index_core<T>> {
 public:
  T update(T close, T volume) noexcept { return this->step(close, volume); }
  [[nodiscard]] T peek(T close, T volume) const noexcept { return this->peek_step(close, volume); }

 protected:
  explicit volume_index_stream(bool on_falling)
      : core_stream<T, volume_index_core<T>>(volume_index_core<T>(on_falling), 0) {}
};

}  // namespace detail

template <series C, series V, output_series Out>
void nvi(const C& close, const V& volume, Out&& out) {
  detail::volume_index("nvi", true, close, volume, out);
}

template <series C, series V>
[[nodiscard]] std::vector<series_value_t<C>> nvi(const C& close, const V& volume) {
  return detail::output_vector(close, [&](auto& out) { nvi(close, volume, out); });
}

template <class T>
class nvi_stream : public detail::volume_index_stream<T> {
 public:
  nvi_stream() : detail::volume_index_stream<T>(true) {}
};

}  // namespace taspan
