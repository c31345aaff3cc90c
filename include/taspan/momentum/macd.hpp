#pragma once
// MACD, moving average convergence/divergence (TA-Lib MACD): fast 12, slow 26, signal 9.
//   macd = EMA(x, fast) - EMA(x, slow); signal = EMA(macd, signal); hist = macd - signal.
// EMAs as in TA-Lib: k = 2/(n+1); the slow EMA is seeded with the SMA of x[0..slow-1], the fast
// EMA with the SMA of the `fast` bars ending on the same bar (slow-1), the signal EMA with the SMA
// of the first `signal` MACD values. If slow < fast they are swapped (TA-Lib).
// Lookback (TA-Lib): (max(fast, slow) - 1) + (signal - 1); 33 for 12/26/9. All three outputs
// start on that bar.
// NaN: restarts the warm-up. Batch (double) evaluates the EMAs with the chunked kernel
// (detail::ema_run) for speed; streaming steps bar by bar: they agree to a few ulps of the price
// magnitude. For float, batch runs the streaming core (bit-identical).

#include <algorithm>
#include <cstddef>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../overlap/detail/recursive.hpp"
#include "../overlap/ema.hpp"
#include "detail/macd_core.hpp"

namespace taspan {

template <class T>
struct macd_result {
  std::vector<T> macd, signal, hist;
};

[[nodiscard]] constexpr int macd_lookback(int fast = 12, int slow = 26, int signal = 9) noexcept {
  return (std::max(fast, slow) - 1) + (signal - 1);
}

namespace detail {

inline void check_macd(const char* function, int fast, int slow, int signal) {
  check_min(function, "fast", fast, 2);
  check_min(function, "slow", slow, 2);
  check_min(function, "signal", signal, 1);
}

inline macd_lines<ema_state> make_macd(int fast, int slow, int signal) noexcept {
  if (slow < fast) std::swap(fast, slow);
  return macd_lines<ema_state>(ema_state(fast), fast - 1, ema_state(slow), slow - 1,
                               ema_state(signal), signal - 1);
}

template <real T, class Core>
void run_macd_core(Core& core, std::span<const T> x, std::span<T> m, std::span<T> s,
                   std::span<T> h) noexcept {
  for (std::size_t i = 0; i < x.size(); ++i) {
    macd_point<double> p{nan_v<double>, nan_v<double>, nan_v<double>};
    if (is_nan(x[i]))
      core.reset();
    else
      p = core.step(static_cast<double>(x[i]));
    m[i] = static_cast<T>(p.macd);
    s[i] = static_cast<T>(p.signal);
    h[i] = static_cast<T>(p.hist);
  }
}

// MACD over one NaN-free run of n bars (double): fast line into h, slow line into s as scratch.
inline void macd_clean_run(const double* x, double* m, double* s, double* h, std::size_t n,
                           int fast, int slow, int signal) noexcept {
  const auto lb = static_cast<std::size_t>(macd_lookback(fast, slow, signal));
  if (n <= lb) {
    std::fill_n(m, n, nan_v<double>);
    std::fill_n(s, n, nan_v<double>);
    std::fill_n(h, n, nan_v<double>);
    return;
  }
  const auto ps = static_cast<std::size_t>(slow), pf = static_cast<std::size_t>(fast);
  double sum_s = 0.0, sum_f = 0.0;
  for (std::size_t i = 0; i < ps; ++i) sum_s += x[i];
  for (std::size_t i = ps - pf; i < ps; ++i) sum_f += x[i];
  const double seed_f = sum_f / static_cast<double>(fast);
  const double seed_s = sum_s / static_cast<double>(slow);
  ema_run(x + ps, h + ps, n - ps, ema_k(fast), seed_f);
  ema_run(x + ps, s + ps, n - ps, ema_k(slow), seed_s);
  m[ps - 1] = seed_f - seed_s;
  for (std::size_t i = ps; i < n; ++i) m[i] = h[i] - s[i];
  double sum_g = 0.0;
  for (std::size_t i = ps - 1; i <= lb; ++i) sum_g += m[i];
  const double seed_g = sum_g / static_cast<double>(signal);
  s[lb] = seed_g;
  ema_run(m + lb + 1, s + lb + 1, n - lb - 1, ema_k(signal), seed_g);
  for (std::size_t i = lb; i < n; ++i) h[i] = m[i] - s[i];
  std::fill_n(m, lb, nan_v<double>);
  std::fill_n(s, lb, nan_v<double>);
  std::fill_n(h, lb, nan_v<double>);
}

}  // namespace detail

template <series In, output_series Macd, output_series Signal, output_series Hist>
void macd(const In& in, Macd&& out_macd, Signal&& out_signal, Hist&& out_hist, int fast = 12,
          int slow = 26, int signal = 9) {
  detail::check_macd("macd", fast, slow, signal);
  // Not a structured binding: the lambdas below capture these, which clang < 16 rejects.
  const auto xm_spans = detail::in_out_spans("macd", in, out_macd);
  auto x = xm_spans.first;
  auto m = xm_spans.second;
  auto s = detail::in_out_spans("macd", in, out_signal).second;
  auto h = detail::in_out_spans("macd", in, out_hist).second;
  using T = series_value_t<In>;
  if constexpr (std::is_same_v<T, double>) {
    const int f = std::min(fast, slow), sl = std::max(fast, slow);
    detail::for_each_clean_run(
        x,
        [&](std::size_t b, std::size_t e) {
          detail::macd_clean_run(x.data() + b, m.data() + b, s.data() + b, h.data() + b, e - b, f,
                                 sl, signal);
        },
        [&](std::size_t i) { m[i] = s[i] = h[i] = nan_v<T>; });
  } else {
    auto core = detail::make_macd(fast, slow, signal);
    detail::run_macd_core(core, x, m, s, h);
  }
}

template <series In>
[[nodiscard]] macd_result<series_value_t<In>> macd(const In& in, int fast = 12, int slow = 26,
                                                   int signal = 9) {
  const auto n = std::ranges::size(in);
  macd_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n)};
  macd(in, r.macd, r.signal, r.hist, fast, slow, signal);
  return r;
}

template <class T>
class macd_stream {
  static_assert(is_real_v<T>, "taspan::macd_stream<T>: T must be float or double");

 public:
  explicit macd_stream(int fast = 12, int slow = 26, int signal = 9)
      : core_(checked(fast, slow, signal)), lookback_(macd_lookback(fast, slow, signal)) {}
  macd_point<T> update(T x) noexcept {
    if (detail::is_nan(x)) {
      core_.reset();
      return cast({nan_v<double>, nan_v<double>, nan_v<double>});
    }
    return cast(core_.step(static_cast<double>(x)));
  }
  [[nodiscard]] macd_point<T> peek(T x) const noexcept {
    if (detail::is_nan(x)) return cast({nan_v<double>, nan_v<double>, nan_v<double>});
    return cast(core_.peek(static_cast<double>(x)));
  }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 private:
  static detail::macd_lines<detail::ema_state> checked(int fast, int slow, int signal) {
    detail::check_macd("macd_stream", fast, slow, signal);
    return detail::make_macd(fast, slow, signal);
  }
  static macd_point<T> cast(macd_point<double> p) noexcept {
    return {static_cast<T>(p.macd), static_cast<T>(p.signal), static_cast<T>(p.hist)};
  }
  detail::macd_lines<detail::ema_state> core_;
  int lookback_;
};

}  // namespace taspan
