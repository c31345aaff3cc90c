#pragma once
// Coppock curve (not in TA-Lib; Edwin Coppock, 1962). Reference: TradingView's built-in "Coppock
// Curve" (Pine v5): coppock = ta.wma(ta.roc(x, long_roc) + ta.roc(x, short_roc), period), with
// roc(x, n) = 100 (x - x[n]) / x[n] and the WMA of taspan::wma. Defaults are TradingView's:
// period 10, long_roc 14, short_roc 11. Lookback max(long_roc, short_roc) + period - 1.
// NaN: the state restarts (NaN on that bar and the lookback bars after it: the windows that hold
// it).
// Batch and streaming run the same core: bit-identical.

#include <algorithm>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../overlap/wma.hpp"

namespace taspan {

[[nodiscard]] constexpr int coppock_lookback(int period = 10, int long_roc = 14,
                                             int short_roc = 11) noexcept {
  if (!detail::lookback_args_ok(period, long_roc, short_roc)) return -1;
  return std::max(long_roc, short_roc) + period - 1;
}

namespace detail {

inline void check_coppock(std::string_view function, int period, int long_roc, int short_roc) {
  check_period(function, period);
  check_min(function, "long_roc", long_roc, 1);
  check_min(function, "short_roc", short_roc, 1);
}

class coppock_core {
 public:
  coppock_core(int period, int long_roc, int short_roc)
      : past_(static_cast<std::size_t>(std::max(long_roc, short_roc))),
        long_(static_cast<std::size_t>(long_roc)),
        short_(static_cast<std::size_t>(short_roc)),
        wma_(period) {}
  double step(double x) noexcept {
    const double r = rocs(x);
    past_.push(x);
    return is_nan(r) ? r : wma_.update(r);
  }
  [[nodiscard]] double peek(double x) const noexcept {
    const double r = rocs(x);
    return is_nan(r) ? r : wma_.peek(r);
  }
  [[nodiscard]] bool ready() const noexcept { return wma_.ready(); }
  void reset() noexcept {
    past_.clear();
    wma_.reset();
  }

 private:
  // roc(long) + roc(short), NaN until the ring holds the longer lag's bar.
  [[nodiscard]] double rocs(double x) const noexcept {
    if (!past_.full()) return nan_v<double>;
    const std::size_t n = past_.capacity();
    const double a = past_[n - long_];
    const double b = past_[n - short_];
    return 100.0 * (x - a) / a + 100.0 * (x - b) / b;
  }
  ring<double> past_;  // the previous max(long_roc, short_roc) inputs
  std::size_t long_, short_;
  wma_stream<double> wma_;
};

}  // namespace detail

template <series In, output_series Out>
void coppock(const In& in, Out&& out, int period = 10, int long_roc = 14, int short_roc = 11) {
  detail::check_coppock("coppock", period, long_roc, short_roc);
  auto [x, y] = detail::in_out_spans("coppock", in, out);
  if (detail::warmup_only(coppock_lookback(period, long_roc, short_roc), y))
    return;  // no state sized by the periods
  detail::run_core(detail::coppock_core(period, long_roc, short_roc), y, x);
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> coppock(const In& in, int period = 10,
                                                      int long_roc = 14, int short_roc = 11) {
  return detail::output_vector(in,
                               [&](auto& out) { coppock(in, out, period, long_roc, short_roc); });
}

template <class T>
class coppock_stream : public detail::core_stream<T, detail::coppock_core> {
 public:
  explicit coppock_stream(int period = 10, int long_roc = 14, int short_roc = 11)
      : detail::core_stream<T, detail::coppock_core>(
            checked(period, long_roc, short_roc), coppock_lookback(period, long_roc, short_roc)) {}

 private:
  static detail::coppock_core checked(int period, int long_roc, int short_roc) {
    detail::check_coppock("coppock_stream", period, long_roc, short_roc);
    return {period, long_roc, short_roc};
  }
};

}  // namespace taspan
