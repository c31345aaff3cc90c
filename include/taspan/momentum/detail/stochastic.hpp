#pragma once
// The pieces STOCH, STOCHF and STOCHRSI share: fast %K and its smoothing by a selectable MA.
//
// fast %K = 100 * (close - lowest low) / (highest high - lowest low) over `period` bars; 0 when
// the range is flat (TA-Lib ta_STOCH.c gives 0 for a zero range). %D and slow lines are ma() of
// the line before, and every output starts at the chain's total lookback, as TA-Lib's do.
// (detail/flat_range.hpp: a range within a few ulps of the window's magnitude is flat).

#include <cstddef>
#include <span>
#include <vector>

#include "../../overlap/ma.hpp"
#include "../../rolling/max.hpp"
#include "../../rolling/min.hpp"
#include "flat_range.hpp"

namespace taspan::detail {

// 100 * ((close - lowest) / range): close - lowest <= range after rounding when close <= highest,
// so the ratio is <= 1 and %K stays in [0, 100]. TA-Lib's (close - lowest) / (range / 100) rounds
// the divisor first and gives 100.00000000000001 at close == highest (within an ulp of this).
template <real T>
[[nodiscard]] T fast_k_value(T close, T highest, T lowest) noexcept {
  const double range = static_cast<double>(highest) - static_cast<double>(lowest);
  if (is_nan(close) || is_nan(range)) return nan_v<T>;
  return flat_range<T>(highest, lowest)
             ? T(0)
             : static_cast<T>(100.0 * ((static_cast<double>(close) - lowest) / range));
}

// Fast %K into `out` (warm-up NaN).
template <real T>
void fast_k(std::span<const T> h, std::span<const T> l, std::span<const T> c, std::span<T> out,
            int period) {
  std::vector<T> lowest(c.size());
  rolling_max(h, out, period);
  rolling_min(l, lowest, period);
  for (std::size_t i = 0; i < c.size(); ++i) out[i] = fast_k_value(c[i], out[i], lowest[i]);
}

template <real T>
void nan_before(std::span<T> out, int lookback) noexcept {
  fill_warmup(out, lookback);
}

template <class T>
class fast_k_stream {
 public:
  explicit fast_k_stream(int period) : max_(period), min_(period) {}
  T update(T high, T low, T close) noexcept {
    return fast_k_value(close, max_.update(high), min_.update(low));
  }
  [[nodiscard]] T peek(T high, T low, T close) const noexcept {
    return fast_k_value(close, max_.peek(high), min_.peek(low));
  }
  void reset() noexcept {
    max_.reset();
    min_.reset();
  }

 private:
  rolling_max_stream<T> max_;
  rolling_min_stream<T> min_;
};

// Counts bars so a stream can hold its outputs back until the chain's lookback has passed.
class warmup_counter {
 public:
  explicit warmup_counter(int lookback) noexcept : lookback_(lookback) {}
  [[nodiscard]] bool ready_after_next() const noexcept { return bars_ >= lookback_; }
  [[nodiscard]] bool ready() const noexcept { return bars_ > lookback_; }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }
  void tick() noexcept { ++bars_; }
  void reset() noexcept { bars_ = 0; }
  template <real T>
  [[nodiscard]] T gate(T v, bool ready) const noexcept {
    return ready ? v : nan_v<T>;
  }

 private:
  int lookback_;
  int bars_ = 0;
};

}  // namespace taspan::detail
