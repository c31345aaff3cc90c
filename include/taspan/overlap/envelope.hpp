#pragma once
// Moving-average envelope (not in TA-Lib). Reference: TradingView's built-in "Envelope" (Pine
// v5): basis = MA(x, period), upper = basis (1 + percent/100), lower = basis (1 - percent/100).
// TradingView offers SMA or EMA for the basis; taspan takes any ma_type (taspan::ma, TA-Lib's
// seeding). Defaults are TradingView's: period 20, percent 10, SMA. Lookback ma_lookback.
// NaN: the moving average's rule (windowed types: the windows that hold it; recursive types
// restart their warm-up).
// Batch runs taspan::ma, streaming ma_stream: bit-identical but for EMA-based types (batch EMA
// runs in chunks), which agree to rounding.

#include <vector>

#include "ma.hpp"

namespace taspan {

[[nodiscard]] constexpr int envelope_lookback(int period = 20,
                                              ma_type type = ma_type::sma) noexcept {
  return ma_lookback(period, type);
}

template <class T>
struct envelope_result {
  std::vector<T> upper, middle, lower;
};

namespace detail {
inline void check_envelope(std::string_view function, int period, double percent, ma_type type) {
  check_ma(function, period, type);
  check_non_negative(function, "percent", percent);
}

// The bands of one bar from its basis (NaN stays NaN).
template <real T>
void envelope_bands(T basis, double percent, T& upper, T& lower) noexcept {
  const auto b = static_cast<double>(basis);
  const double f = percent / 100.0;
  upper = static_cast<T>(b * (1.0 + f));
  lower = static_cast<T>(b * (1.0 - f));
}
}  // namespace detail

template <series In, output_series U, output_series M, output_series L>
void envelope(const In& in, U&& upper, M&& middle, L&& lower, int period = 20,
              double percent = 10.0, ma_type type = ma_type::sma) {
  detail::check_envelope("envelope", period, percent, type);
  auto [x, up, mid, lo] =
      detail::spans_of("envelope", detail::inputs(in), {"out", "out", "out"}, upper, middle, lower);
  ma(x, mid, period, type);
  for (std::size_t i = 0; i < x.size(); ++i) detail::envelope_bands(mid[i], percent, up[i], lo[i]);
}

template <series In>
[[nodiscard]] envelope_result<series_value_t<In>> envelope(const In& in, int period = 20,
                                                           double percent = 10.0,
                                                           ma_type type = ma_type::sma) {
  const auto n = std::ranges::size(in);
  using T = series_value_t<In>;
  envelope_result<T> r{std::vector<T>(n), std::vector<T>(n), std::vector<T>(n)};
  envelope(in, r.upper, r.middle, r.lower, period, percent, type);
  return r;
}

template <class T>
class envelope_stream {
  static_assert(is_real_v<T>, "taspan::envelope_stream<T>: T must be float or double");

 public:
  struct value {
    T upper, middle, lower;
  };
  explicit envelope_stream(int period = 20, double percent = 10.0, ma_type type = ma_type::sma)
      : ma_((detail::check_envelope("envelope_stream", period, percent, type), period), type),
        percent_(percent) {}

  value update(T x) noexcept { return bands(ma_.update(x)); }
  [[nodiscard]] value peek(T x) const noexcept { return bands(ma_.peek(x)); }
  [[nodiscard]] bool ready() const noexcept { return ma_.ready(); }
  void reset() noexcept { ma_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return ma_.lookback(); }

 private:
  [[nodiscard]] value bands(T basis) const noexcept {
    value v{T(0), basis, T(0)};
    detail::envelope_bands(basis, percent_, v.upper, v.lower);
    return v;
  }
  ma_stream<T> ma_;
  double percent_;
};

}  // namespace taspan
