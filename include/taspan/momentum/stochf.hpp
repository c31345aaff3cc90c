#pragma once
// STOCHF, the fast stochastic (TA-Lib STOCHF): fastk_period 5, fastd_period 3, fastd_matype sma.
// fastk as in detail/stochastic.hpp, fastd = ma(fastk, fastd_period, fastd_matype); both start at
// lookback (fastk_period - 1) + ma_lookback(fastd_period, fastd_matype).
// NaN: a NaN bar spoils the fastk windows that hold it and restarts the %D average after them.

#include "detail/stochastic.hpp"

namespace taspan {

[[nodiscard]] constexpr int stochf_lookback(int fastk_period = 5, int fastd_period = 3,
                                            ma_type fastd_matype = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(fastk_period, fastd_period)) return -1;
  return fastk_period - 1 + ma_lookback(fastd_period, fastd_matype);
}

template <class T>
struct stochf_result {
  std::vector<T> fastk, fastd;
};

namespace detail {
inline void check_stochf(std::string_view function, int fastk_period, int fastd_period,
                         ma_type fastd_matype) {
  check_min(function, "fastk_period", fastk_period, 1);
  check_min(function, "fastd_period", fastd_period, 1);
  check_ma_type(function, "fastd_matype", fastd_matype);
}
}  // namespace detail

template <series H, series L, series C, output_series K, output_series D>
void stochf(const H& high, const L& low, const C& close, K&& fastk, D&& fastd, int fastk_period = 5,
            int fastd_period = 3, ma_type fastd_matype = ma_type::sma) {
  detail::check_stochf("stochf", fastk_period, fastd_period, fastd_matype);
  detail::check_same_sizes("stochf", {"high", "low", "close"}, high, low, close);
  auto [h, l, c, k, d] =
      detail::spans_of("stochf", detail::inputs(high, low, close), {"out", "out"}, fastk, fastd);
  detail::fast_k(h, l, c, k, fastk_period);
  ma(k, d, fastd_period, fastd_matype);
  const int lookback = stochf_lookback(fastk_period, fastd_period, fastd_matype);
  detail::nan_before(k, lookback);
  detail::nan_before(d, lookback);
}

template <series H, series L, series C>
[[nodiscard]] stochf_result<series_value_t<C>> stochf(const H& high, const L& low, const C& close,
                                                      int fastk_period = 5, int fastd_period = 3,
                                                      ma_type fastd_matype = ma_type::sma) {
  const auto n = std::ranges::size(close);
  stochf_result<series_value_t<C>> r{std::vector<series_value_t<C>>(n),
                                     std::vector<series_value_t<C>>(n)};
  stochf(high, low, close, r.fastk, r.fastd, fastk_period, fastd_period, fastd_matype);
  return r;
}

template <class T>
class stochf_stream {
  static_assert(is_real_v<T>, "taspan::stochf_stream<T>: T must be float or double");

 public:
  struct value {
    T fastk, fastd;
  };
  explicit stochf_stream(int fastk_period = 5, int fastd_period = 3,
                         ma_type fastd_matype = ma_type::sma)
      : k_((detail::check_stochf("stochf_stream", fastk_period, fastd_period, fastd_matype),
            fastk_period)),
        d_(fastd_period, fastd_matype),
        warmup_(stochf_lookback(fastk_period, fastd_period, fastd_matype)) {}

  value update(T high, T low, T close) noexcept {
    const T k = k_.update(high, low, close);
    const T d = d_.update(k);
    warmup_.tick();
    return {warmup_.gate(k, warmup_.ready()), warmup_.gate(d, warmup_.ready())};
  }
  [[nodiscard]] value peek(T high, T low, T close) const noexcept {
    const T k = k_.peek(high, low, close);
    const bool ok = warmup_.ready_after_next();
    return {warmup_.gate(k, ok), warmup_.gate(d_.peek(k), ok)};
  }
  [[nodiscard]] bool ready() const noexcept { return warmup_.ready(); }
  void reset() noexcept {
    k_.reset();
    d_.reset();
    warmup_.reset();
  }
  [[nodiscard]] int lookback() const noexcept { return warmup_.lookback(); }

 private:
  detail::fast_k_stream<T> k_;
  ma_stream<T> d_;
  detail::warmup_counter warmup_;
};

}  // namespace taspan
