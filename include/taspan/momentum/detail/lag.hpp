#pragma once
// Indicators of the form out[i] = f(x[i], x[i - period]) (MOM, ROC, ROCP, ROCR, ROCR100):
// a batch kernel and a streaming class that share f. Lookback period.
// NaN: a NaN at bar k makes exactly bars k and k + period NaN (the two outputs that read it).

#include <cstddef>
#include <span>
#include <vector>

#include "../../core/concepts.hpp"
#include "../../core/detail/ring.hpp"
#include "../../core/error.hpp"
#include "../../core/numeric.hpp"
#include "../../core/series_io.hpp"

namespace taspan::detail {

template <real T, class F>
void lag_kernel(std::span<const T> x, std::span<T> y, int period, F f) noexcept {
  const auto p = static_cast<std::size_t>(period);
  fill_warmup(y, period);
  for (std::size_t i = p; i < x.size(); ++i) y[i] = f(x[i], x[i - p]);
}

template <class T, class F>
class lag_stream {
  static_assert(is_real_v<T>, "taspan: streams hold float or double values");

 public:
  [[nodiscard]] bool ready() const noexcept { return window_.full(); }
  void reset() noexcept { window_.clear(); }
  [[nodiscard]] int lookback() const noexcept { return static_cast<int>(window_.capacity()); }

  T update(T x) noexcept {
    const T y = peek(x);
    window_.push(x);
    return y;
  }
  [[nodiscard]] T peek(T x) const noexcept {
    return window_.full() ? F{}(x, window_.front()) : nan_v<T>;
  }

 protected:
  lag_stream(int period, const char* function) : window_(checked(period, function)) {}

 private:
  static std::size_t checked(int period, const char* function) {
    check_period(function, period);
    return static_cast<std::size_t>(period);
  }
  ring<T> window_;  // the last `period` inputs; front() is x[i - period] for the next bar
};

}  // namespace taspan::detail
