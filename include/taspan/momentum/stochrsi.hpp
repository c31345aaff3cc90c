#pragma once
// STOCHRSI (TA-Lib STOCHRSI): the fast stochastic of RSI. period 14 (RSI), fastk_period 5,
// fastd_period 3, fastd_matype sma; TA-Lib feeds the RSI as high, low and close of STOCHF, so
// fastk = 100 * (rsi - min rsi) / (max rsi - min rsi) over fastk_period bars.
// Lookback rsi_lookback(period) + stochf_lookback(fastk_period, fastd_period, fastd_matype).
// NaN: RSI restarts after a NaN bar; the stochastic windows that hold a NaN RSI are NaN.
// Batch and streaming step the same RSI code: %K is bit-identical (%D within its MA's rounding).

#include "../core/detail/core_stream.hpp"
#include "rsi.hpp"
#include "stochf.hpp"

namespace taspan {

[[nodiscard]] constexpr int stochrsi_lookback(int period = 14, int fastk_period = 5,
                                              int fastd_period = 3,
                                              ma_type fastd_matype = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(period, fastk_period, fastd_period)) return -1;
  return rsi_lookback(period) + stochf_lookback(fastk_period, fastd_period, fastd_matype);
}

template <class T>
using stochrsi_result = stochf_result<T>;

template <series In, output_series K, output_series D>
void stochrsi(const In& in, K&& fastk, D&& fastd, int period = 14, int fastk_period = 5,
              int fastd_period = 3, ma_type fastd_matype = ma_type::sma) {
  detail::check_period("stochrsi", period, 2);
  detail::check_stochf("stochrsi", fastk_period, fastd_period, fastd_matype);
  auto [x, k, d] = detail::spans_of("stochrsi", detail::inputs(in), {"out", "out"}, fastk, fastd);
  if (detail::warmup_only(stochrsi_lookback(period, fastk_period, fastd_period, fastd_matype), k,
                          d))
    return;
  // RSI, parked in fastd, stepped bar by bar as rsi_stream does (not rsi()'s two-bar loop, which
  // rounds differently): %K divides by the RSI's range over fastk_period bars, which can be pure
  // rounding (a flat RSI), so batch and streaming must compute the RSI bit-identically.
  detail::run_core(detail::rsi_core(period), d, x);
  const std::span<const series_value_t<In>> r(d.data(), d.size());
  detail::fast_k(r, r, r, k, fastk_period);
  ma(k, d, fastd_period, fastd_matype);
  const int lookback = stochrsi_lookback(period, fastk_period, fastd_period, fastd_matype);
  detail::nan_before(k, lookback);
  detail::nan_before(d, lookback);
}

template <series In>
[[nodiscard]] stochrsi_result<series_value_t<In>> stochrsi(const In& in, int period = 14,
                                                           int fastk_period = 5,
                                                           int fastd_period = 3,
                                                           ma_type fastd_matype = ma_type::sma) {
  const auto n = std::ranges::size(in);
  stochrsi_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                        std::vector<series_value_t<In>>(n)};
  stochrsi(in, r.fastk, r.fastd, period, fastk_period, fastd_period, fastd_matype);
  return r;
}

template <class T>
class stochrsi_stream {
  static_assert(is_real_v<T>, "taspan::stochrsi_stream<T>: T must be float or double");

 public:
  using value = typename stochf_stream<T>::value;
  explicit stochrsi_stream(int period = 14, int fastk_period = 5, int fastd_period = 3,
                           ma_type fastd_matype = ma_type::sma)
      : rsi_((detail::check_period("stochrsi_stream", period, 2), period)),
        k_((detail::check_stochf("stochrsi_stream", fastk_period, fastd_period, fastd_matype),
            fastk_period)),
        d_(fastd_period, fastd_matype),
        warmup_(stochrsi_lookback(period, fastk_period, fastd_period, fastd_matype)) {}

  value update(T x) noexcept {
    const T r = rsi_.update(x);
    const T k = k_.update(r, r, r);
    const T d = d_.update(k);
    warmup_.tick();
    return {warmup_.gate(k, warmup_.ready()), warmup_.gate(d, warmup_.ready())};
  }
  [[nodiscard]] value peek(T x) const noexcept {
    const T r = rsi_.peek(x);
    const T k = k_.peek(r, r, r);
    const bool ok = warmup_.ready_after_next();
    return {warmup_.gate(k, ok), warmup_.gate(d_.peek(k), ok)};
  }
  [[nodiscard]] bool ready() const noexcept { return warmup_.ready(); }
  void reset() noexcept {
    rsi_.reset();
    k_.reset();
    d_.reset();
    warmup_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return warmup_.lookback(); }

 private:
  rsi_stream<T> rsi_;
  detail::fast_k_stream<T> k_;
  ma_stream<T> d_;
  detail::warmup_counter warmup_;
};

}  // namespace taspan
