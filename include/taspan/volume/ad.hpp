#pragma once
// AD, Chaikin accumulation/distribution line (TA-Lib AD): lookback 0.
//   ad += ((close - low) - (high - close)) / (high - low) * volume, when high > low
//   (a bar with high == low adds nothing), accumulated in double in TA-Lib's order from 0.
// NaN in any input: NaN on that bar, and the line restarts from 0 on the next bar (the
// cumulative level is arbitrary; what follows a gap is a new line).
// Batch and streaming run the same core: bit-identical.

#include <cstddef>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

[[nodiscard]] constexpr int ad_lookback() noexcept { return 0; }

namespace detail {

// The money-flow volume of one bar, TA-Lib's arithmetic.
[[nodiscard]] constexpr double ad_flow(double high, double low, double close,
                                       double volume) noexcept {
  const double range = high - low;
  return range > 0.0 ? (close - low - (high - close)) / range * volume : 0.0;
}

struct ad_core {
  static constexpr bool nan_aware = true;
  double ad = 0.0;
  double step(double h, double l, double c, double v) noexcept {
    if (any_nan(h, l, c, v)) {
      ad = 0.0;
      return nan_v<double>;
    }
    ad += ad_flow(h, l, c, v);
    return ad;
  }
  [[nodiscard]] static bool ready() noexcept { return true; }
};

// Runs a 4-input core (high, low, close, volume) over a batch.
template <class Core, series High, series Low, series Close, series Volume, output_series Out>
void run_hlcv(std::string_view function, Core& core, const High& high, const Low& low,
              const Close& close, const Volume& volume, Out&& out) {
  check_same_sizes(function, {"high", "low", "close", "volume"}, high, low, close, volume);
  auto [h, l, c, v, y] = spans_of(function, inputs(high, low, close, volume), {"out"}, out);
  using T = series_value_t<High>;
  for (std::size_t i = 0; i < h.size(); ++i)
    y[i] = static_cast<T>(core.step(static_cast<double>(h[i]), static_cast<double>(l[i]),
                                    static_cast<double>(c[i]), static_cast<double>(v[i])));
}

}  // namespace detail

template <series High, series Low, series Close, series Volume, output_series Out>
void ad(const High& high, const Low& low, const Close& close, const Volume& volume, Out&& out) {
  detail::ad_core core;
  detail::run_hlcv("ad", core, high, low, close, volume, out);
}

template <series High, series Low, series Close, series Volume>
[[nodiscard]] std::vector<series_value_t<High>> ad(const High& high, const Low& low,
                                                   const Close& close, const Volume& volume) {
  return detail::output_vector(high, [&](auto& out) { ad(high, low, close, volume, out); });
}

template <class T>
class ad_stream : public detail::core_stream<T, detail::ad_core> {
 public:
  ad_stream() : detail::core_stream<T, detail::ad_core>(detail::ad_core{}, ad_lookback()) {}
  T update(T high, T low, T close, T volume) noexcept {
    return this->step(high, low, close, volume);
  }
  [[nodiscard]] T peek(T high, T low, T close, T volume) const noexcept {
    return this->peek_step(high, low, close, volume);
  }
};

}  // namespace taspan
