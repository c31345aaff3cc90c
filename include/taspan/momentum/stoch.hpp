#pragma once
// STOCH, the slow stochastic (TA-Lib STOCH): fastk_period 5, slowk_period 3, slowk_matype sma,
// slowd_period 3, slowd_matype sma. slowk = ma(fast %K), slowd = ma(slowk); both start at
// lookback (fastk_period - 1) + ma_lookback(slowk) + ma_lookback(slowd).
// NaN: a NaN bar spoils the %K windows that hold it and restarts the averages after them.

#include "detail/stochastic.hpp"

namespace taspan {

[[nodiscard]] constexpr int stoch_lookback(int fastk_period = 5, int slowk_period = 3,
                                           ma_type slowk_matype = ma_type::sma,
                                           int slowd_period = 3,
                                           ma_type slowd_matype = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(fastk_period, slowk_period, slowd_period)) return -1;
  return fastk_period - 1 + ma_lookback(slowk_period, slowk_matype) +
         ma_lookback(slowd_period, slowd_matype);
}

template <class T>
struct stoch_result {
  std::vector<T> slowk, slowd;
};

namespace detail {
inline void check_stoch(std::string_view function, int fastk_period, int slowk_period,
                        ma_type slowk_matype, int slowd_period, ma_type slowd_matype) {
  check_min(function, "fastk_period", fastk_period, 1);
  check_min(function, "slowk_period", slowk_period, 1);
  check_ma_type(function, "slowk_matype", slowk_matype);
  check_min(function, "slowd_period", slowd_period, 1);
  check_ma_type(function, "slowd_matype", slowd_matype);
}
}  // namespace detail

template <series H, series L, series C, output_series K, output_series D>
void stoch(const H& high, const L& low, const C& close, K&& slowk, D&& slowd, int fastk_period = 5,
           int slowk_period = 3, ma_type slowk_matype = ma_type::sma, int slowd_period = 3,
           ma_type slowd_matype = ma_type::sma) {
  detail::check_stoch("stoch", fastk_period, slowk_period, slowk_matype, slowd_period,
                      slowd_matype);
  detail::check_same_sizes("stoch", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, k, d] =
      detail::spans_of("stoch", detail::inputs(high, low, close), {"out", "out"}, slowk, slowd);
  detail::fast_k(h, l, c, d, fastk_period);  // fast %K, parked in slowd
  ma(d, k, slowk_period, slowk_matype);
  ma(k, d, slowd_period, slowd_matype);
  const int lookback =
      stoch_lookback(fastk_period, slowk_period, slowk_matype, slowd_period, slowd_matype);
  detail::nan_before(k, lookback);
  detail::nan_before(d, lookback);
}

template <series H, series L, series C>
[[nodiscard]] stoch_result<series_value_t<C>> stoch(const H& high, const L& low, const C& close,
                                                    int fastk_period = 5, int slowk_period = 3,
                                                    ma_type slowk_matype = ma_type::sma,
                                                    int slowd_period = 3,
                                                    ma_type slowd_matype = ma_type::sma) {
  const auto n = std::ranges::size(close);
  stoch_result<series_value_t<C>> r{std::vector<series_value_t<C>>(n),
                                    std::vector<series_value_t<C>>(n)};
  stoch(high, low, close, r.slowk, r.slowd, fastk_period, slowk_period, slowk_matype, slowd_period,
        slowd_matype);
  return r;
}

template <class T>
class stoch_stream {
  static_assert(is_real_v<T>, "taspan::stoch_stream<T>: T must be float or double");

 public:
  struct value {
    T slowk, slowd;
  };
  explicit stoch_stream(int fastk_period = 5, int slowk_period = 3,
                        ma_type slowk_matype = ma_type::sma, int slowd_period = 3,
                        ma_type slowd_matype = ma_type::sma)
      : k_((detail::check_stoch("stoch_stream", fastk_period, slowk_period, slowk_matype,
                                slowd_period, slowd_matype),
            fastk_period)),
        slowk_(slowk_period, slowk_matype),
        slowd_(slowd_period, slowd_matype),
        warmup_(
            stoch_lookback(fastk_period, slowk_period, slowk_matype, slowd_period, slowd_matype)) {}

  value update(T high, T low, T close) noexcept {
    const T sk = slowk_.update(k_.update(high, low, close));
    const T sd = slowd_.update(sk);
    warmup_.tick();
    return {warmup_.gate(sk, warmup_.ready()), warmup_.gate(sd, warmup_.ready())};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const T sk = slowk_.peek(k_.peek(high, low, close));
    const bool ok = warmup_.ready_after_next();
    return {warmup_.gate(sk, ok), warmup_.gate(slowd_.peek(sk), ok)};
  }
  [[nodiscard]] bool ready() const noexcept { return warmup_.ready(); }
  void reset() noexcept {
    k_.reset();
    slowk_.reset();
    slowd_.reset();
    warmup_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return warmup_.lookback(); }

 private:
  detail::fast_k_stream<T> k_;
  ma_stream<T> slowk_, slowd_;
  detail::warmup_counter warmup_;
};

}  // namespace taspan
