#pragma once
// AROON, Chande's Aroon up and down (TA-Lib AROON): default period 14 (>= 2), lookback period.
//
//   over the last period + 1 bars: hi = bar of the highest high, lo = bar of the lowest low;
//   aroondown = (100/period) * (period - (i - lo)),  aroonup = (100/period) * (period - (i - hi))
//
// Ties: the newest of equal extremes (TA-Lib's rule, see detail/aroon_core.hpp). Values lie in
// [0, 100]. Output order follows TA-Lib: aroondown, then aroonup.
// NaN: a NaN high makes both outputs NaN on exactly the period + 1 bars whose window holds it
// (likewise a NaN low). Batch and streaming run the same code: bit-identical.

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "detail/aroon_core.hpp"

namespace taspan {

[[nodiscard]] constexpr int aroon_lookback(int period = 14) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  return period;
}

template <class T>
struct aroon_result {
  std::vector<T> aroondown, aroonup;
};

// One bar's streaming answer.
template <class T>
struct aroon_value {
  T aroondown, aroonup;
};

namespace detail {

template <real T>
class aroon_core {
 public:
  explicit aroon_core(int period) : hi_(period), lo_(period), period_(period) {}

  aroon_value<T> step(T h, T l) noexcept {
    const std::int64_t today = bars_++;
    return value(today, hi_.push(h), lo_.push(l));
  }
  [[nodiscard]] aroon_value<T> peek(T h, T l) const noexcept {
    return value(bars_, hi_.peek(h), lo_.peek(l));
  }
  // TA-Lib AROONOSC: (100/period) * (hi - lo) (rounded once, see percent()).
  T step_osc(T h, T l) noexcept {
    bars_++;
    return osc(hi_.push(h), lo_.push(l));
  }
  [[nodiscard]] T peek_osc(T h, T l) const noexcept { return osc(hi_.peek(h), lo_.peek(l)); }
  [[nodiscard]] bool ready() const noexcept { return hi_.full(); }
  void reset() noexcept {
    hi_.reset();
    lo_.reset();
    bars_ = 0;
  }

 private:
  // 100 * bars / period, rounded once. TA-Lib's (100 / period) * bars rounds twice and can leave
  // the range: (100 / 22) * 22 = 100.00000000000001. Here 100 * bars is exact and |bars| <= period,
  // so the value is within [-100, 100], exactly 100 at bars == period, and within an ulp of TA-Lib.
  [[nodiscard]] T percent(std::int64_t bars) const noexcept {
    return static_cast<T>(100.0 * static_cast<double>(bars) / static_cast<double>(period_));
  }
  [[nodiscard]] aroon_value<T> value(std::int64_t today, std::int64_t hi,
                                     std::int64_t lo) const noexcept {
    if (hi < 0 || lo < 0) return {nan_v<T>, nan_v<T>};
    return {percent(period_ - (today - lo)), percent(period_ - (today - hi))};
  }
  [[nodiscard]] T osc(std::int64_t hi, std::int64_t lo) const noexcept {
    if (hi < 0 || lo < 0) return nan_v<T>;
    return percent(hi - lo);
  }

  aroon_extreme<T, max_newest_order> hi_;
  aroon_extreme<T, min_newest_order> lo_;
  int period_;
  std::int64_t bars_ = 0;
};

}  // namespace detail

template <series H, series L, output_series Down, output_series Up>
void aroon(const H& high, const L& low, Down&& aroondown, Up&& aroonup, int period = 14) {
  detail::check_period("aroon", period, 2);
  detail::check_same_sizes("aroon", {"high", "low"}, high, low);
  auto [h, l, down, up] =
      detail::spans_of("aroon", detail::inputs(high, low), {"out", "aroonup"}, aroondown, aroonup);
  if (detail::warmup_only(aroon_lookback(period), down, up)) return;
  detail::aroon_core<series_value_t<L>> core(period);
  for (std::size_t i = 0; i < l.size(); ++i) {
    const auto v = core.step(h[i], l[i]);
    down[i] = v.aroondown;
    up[i] = v.aroonup;
  }
}

template <series H, series L>
[[nodiscard]] aroon_result<series_value_t<H>> aroon(const H& high, const L& low, int period = 14) {
  aroon_result<series_value_t<H>> r;
  r.aroondown.resize(std::ranges::size(high));
  r.aroonup.resize(std::ranges::size(high));
  aroon(high, low, r.aroondown, r.aroonup, period);
  return r;
}

template <class T>
class aroon_stream {
  static_assert(is_real_v<T>, "taspan::aroon_stream<T>: T must be float or double");

 public:
  explicit aroon_stream(int period = 14)
      : core_(detail::check_period("aroon_stream", period, 2)), period_(period) {}
  aroon_value<T> update(T high, T low) noexcept { return core_.step(high, low); }
  [[nodiscard]] aroon_value<T> peek(T high, T low) const noexcept { return core_.peek(high, low); }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return aroon_lookback(period_); }

 private:
  detail::aroon_core<T> core_;
  int period_;
};

}  // namespace taspan
