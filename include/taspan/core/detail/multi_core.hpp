#pragma once
// run_core and core_stream (core_stream.hpp) for cores with several outputs: step(x...) returns
// std::array<double, N>, one value per output, all NaN until the core is ready (so peek can tell
// a warm-up from an overflow), and every output follows the NaN policy of
// core_stream.hpp (a NaN input resets a core that is not nan_aware; a non-finite value from a
// ready core that restarts_on_overflow makes every output of the bar NaN and restarts it). Batch
// and streaming make the same calls: bit-identical.

#include <array>
#include <cstddef>
#include <span>
#include <tuple>
#include <utility>

#include "core_stream.hpp"

namespace taspan::detail {

template <std::size_t N>
using values = std::array<double, N>;

template <std::size_t N>
[[nodiscard]] constexpr values<N> nan_values() noexcept {
  values<N> v{};
  v.fill(nan_v<double>);
  return v;
}

template <std::size_t N>
[[nodiscard]] bool any_non_finite(const values<N>& v) noexcept {
  bool bad = false;
  for (double x : v) bad |= !(x - x == 0.0);  // NaN or +-inf
  return bad;
}

template <class Core, class... X>
auto step_values(Core& core, X... x) noexcept {
  using V = decltype(core.step(static_cast<double>(x)...));
  constexpr std::size_t n = std::tuple_size_v<V>;
  if constexpr (!nan_aware_core<Core>) {
    if ((is_nan(x) || ...)) {
      core.reset();
      return nan_values<n>();
    }
  }
  V v = core.step(static_cast<double>(x)...);
  if constexpr (overflow_restarting_core<Core>) {
    if (core.ready() && any_non_finite(v)) {
      core.reset();
      return nan_values<n>();
    }
  }
  return v;
}

template <class Core, class... X>
[[nodiscard]] auto peek_values(const Core& core, X... x) noexcept {
  using V = decltype(core.peek(static_cast<double>(x)...));
  constexpr std::size_t n = std::tuple_size_v<V>;
  if constexpr (!nan_aware_core<Core>) {
    if ((is_nan(x) || ...)) return nan_values<n>();
  }
  V v = core.peek(static_cast<double>(x)...);
  if constexpr (overflow_restarting_core<Core>) {
    if (any_non_finite(v)) return nan_values<n>();  // update() restarts: NaN on every output
  }
  return v;
}

// Batch driver: out[k][i] = output k of the core stepped on bar i.
template <class Core, real T, std::size_t N, class... X>
void run_multi_core(Core core, const std::array<std::span<T>, N>& out,
                    std::span<const X>... x) noexcept {
  const std::size_t n = out[0].size();
  for (std::size_t i = 0; i < n; ++i) {
    const values<N> v = step_values(core, x[i]...);
    for (std::size_t k = 0; k < N; ++k) out[k][i] = static_cast<T>(v[k]);
  }
}

// Streaming shell: ready / reset / lookback; a stream names its inputs and outputs in its own
// update / peek, calling step / peek_step (std::array<T, N>).
template <class T, class Core>
class multi_core_stream {
  static_assert(is_real_v<T>, "taspan: streams hold float or double values");

 public:
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 protected:
  multi_core_stream(Core core, int lookback) : core_(std::move(core)), lookback_(lookback) {}
  template <class... X>
  auto step(X... x) noexcept {
    return as_t(step_values(core_, x...));
  }
  template <class... X>
  [[nodiscard]] auto peek_step(X... x) const noexcept {
    return as_t(peek_values(core_, x...));
  }

 private:
  template <std::size_t N>
  static std::array<T, N> as_t(const values<N>& v) noexcept {
    std::array<T, N> r{};
    for (std::size_t k = 0; k < N; ++k) r[k] = static_cast<T>(v[k]);
    return r;
  }
  Core core_;
  int lookback_;
};

}  // namespace taspan::detail
