#pragma once
// The batch driver and the streaming shell shared by every indicator built on a per-bar "core":
// run_core and core_stream make the same calls on the same core, so a batch function that runs
// run_core is bit-identical to its stream. Some batch functions run a faster kernel instead and
// agree with their stream to rounding, as their headers say (ema's chunked ema_run, rsi's
// two-bar gain_loss_core::run_pairs).
//
// A core is a copyable state machine fed one bar at a time:
//   step(x...)        consumes the bar's inputs and returns its value (double, or T for cores
//                     templated on the value type);
//   ready() const     true once step() returns values;
//   peek(x...) const  optional: step()'s value without consuming the bar (else a copy steps);
//   reset()           optional: back to the state before the first bar (else the stream restores
//                     a copy of the core it was built with).
// NaN: a core that declares `static constexpr bool nan_aware = true` receives NaN inputs itself
// (the Wilder family restarts its own state machine); any other core must have reset() and is
// reset on a bar with a NaN input, which yields NaN (the moving-average family).
// Overflow: a recursive core declares `static constexpr bool restarts_on_overflow = true`; a bar
// whose value comes out non-finite once the core is ready (its state overflowed: values near
// DBL_MAX, or +-inf inputs, make inf or inf - inf) is then taken as a NaN bar: NaN, and the
// state restarts. Without it the state would stay non-finite for every later bar.

#include <cstddef>
#include <span>
#include <type_traits>
#include <utility>

#include "../concepts.hpp"
#include "../numeric.hpp"

namespace taspan::detail {

template <class Core>
concept nan_aware_core = Core::nan_aware;

template <class Core>
concept resettable_core = requires(Core& c) {
  c.reset();
};

template <class Core>
concept overflow_restarting_core = Core::restarts_on_overflow;

// True when a ready state produced a non-finite value (an overflow inside it).
template <class Core>
[[nodiscard]] bool overflowed(const Core& core, double v) noexcept {
  return !(v - v == 0.0) && core.ready();  // v - v is NaN for NaN and +-inf
}

// step()'s value for the next bar without consuming it: the core's peek(), or a copy stepped.
template <class Core, class... X>
[[nodiscard]] auto peek_value(const Core& core, X... x) noexcept {
  if constexpr (requires { core.peek(x...); }) {
    return core.peek(x...);
  } else {
    Core copy = core;
    return copy.step(x...);
  }
}

// One bar as T, with the NaN policy above.
template <class T, class Core, class... X>
T step_bar(Core& core, X... x) noexcept {
  if constexpr (!nan_aware_core<Core>) {
    if ((is_nan(x) || ...)) {
      core.reset();
      return nan_v<T>;
    }
  }
  if constexpr (overflow_restarting_core<Core>) {
    const auto v = static_cast<double>(core.step(x...));
    if (overflowed(core, v)) {
      core.reset();
      return nan_v<T>;
    }
    return static_cast<T>(v);
  } else {
    return static_cast<T>(core.step(x...));
  }
}

template <class T, class Core, class... X>
[[nodiscard]] T peek_bar(const Core& core, X... x) noexcept {
  if constexpr (!nan_aware_core<Core>) {
    if ((is_nan(x) || ...)) return nan_v<T>;
  }
  if constexpr (overflow_restarting_core<Core>) {
    const auto v = static_cast<double>(peek_value(core, x...));
    return v - v == 0.0 ? static_cast<T>(v) : nan_v<T>;  // update() restarts on non-finite
  } else {
    return static_cast<T>(peek_value(core, x...));
  }
}

// Batch driver: y[i] = the core stepped on bar i of the inputs x... (all of y's size).
template <class Core, real T, class... X>
void run_core(Core core, std::span<T> y, std::span<const X>... x) noexcept {
  for (std::size_t i = 0; i < y.size(); ++i) y[i] = step_bar<T>(core, x[i]...);
}

// Streaming shell: ready / reset / lookback, and update / peek for one-input cores. A stream
// over several inputs names them in its own update / peek (which hide these), calling step /
// peek_step.
template <class T, class Core>
class core_stream {
  static_assert(is_real_v<T>, "taspan: streams hold float or double values");

 public:
  T update(T x) noexcept { return step(x); }
  [[nodiscard]] T peek(T x) const noexcept { return peek_step(x); }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept {
    if constexpr (resettable_core<Core>) {
      core_.reset();
    } else {
      core_ = initial_;
    }
  }
  [[nodiscard]] int lookback() const noexcept { return lookback_; }

 protected:
  core_stream(Core core, int lookback)
      : core_(std::move(core)), initial_(initial_copy(core_)), lookback_(lookback) {}
  template <class... X>
  T step(X... x) noexcept {
    return step_bar<T>(core_, x...);
  }
  template <class... X>
  [[nodiscard]] T peek_step(X... x) const noexcept {
    return peek_bar<T>(core_, x...);
  }
  Core core_;

 private:
  struct none {};
  using initial_type = std::conditional_t<resettable_core<Core>, none, Core>;
  static initial_type initial_copy(const Core& core) {
    if constexpr (resettable_core<Core>) {
      return {};
    } else {
      return core;
    }
  }
  [[no_unique_address]] initial_type initial_;
  int lookback_;
};

}  // namespace taspan::detail
