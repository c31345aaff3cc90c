#pragma once
// MA, moving average of a selectable type (TA-Lib MA / TA_MAType), used by macdext, apo, ppo,
// bbands, stoch. ma_type values follow TA_MAType: 0 sma, 1 ema, 2 wma, 3 dema, 4 tema, 5 trima,
// 6 kama, 7 mama, 8 t3. T3 uses vfactor 0.7 and MAMA the limits 0.5 and 0.05, as TA_MA does;
// MAMA ignores the period (lookback 32 whatever it is, but for period 1). Inside composite
// indicators (macdext, stoch, bbands, apo, ppo) each MAMA line counts its bar parity from its own
// first bar; TA-Lib counts it from bar 0 of the input, so a MAMA line that TA-Lib starts on an
// odd bar can differ from TA-Lib's there.
// Period 1 returns the input for every type (TA-Lib's TA_MA convention), lookback 0.
// NaN: each type's own rule (a NaN restarts recursive types; windowed ones lose the windows that
// contain it, which is the same bars).
// ma() calls the type's batch function; ma_stream<T> holds the type's streaming core. They agree
// bitwise except for EMA, whose batch kernel is chunked (1e-12 relative).

#include <cstddef>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/core_stream.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/sum.hpp"
#include "dema.hpp"
#include "ema.hpp"
#include "kama.hpp"
#include "mama.hpp"
#include "sma.hpp"
#include "t3.hpp"
#include "tema.hpp"
#include "trima.hpp"
#include "wma.hpp"

namespace taspan {

enum class ma_type {
  sma = 0,
  ema = 1,
  wma = 2,
  dema = 3,
  tema = 4,
  trima = 5,
  kama = 6,
  mama = 7,
  t3 = 8
};

[[nodiscard]] constexpr std::string_view to_string(ma_type t) noexcept {
  switch (t) {
    case ma_type::sma:
      return "sma";
    case ma_type::ema:
      return "ema";
    case ma_type::wma:
      return "wma";
    case ma_type::dema:
      return "dema";
    case ma_type::tema:
      return "tema";
    case ma_type::trima:
      return "trima";
    case ma_type::kama:
      return "kama";
    case ma_type::mama:
      return "mama";
    case ma_type::t3:
      return "t3";
  }
  return "unknown";
}

// TA_MA_Lookback: the lookback of the chosen type; 0 for period 1. -1 for mama / unknown types.
[[nodiscard]] constexpr int ma_lookback(int period = 30, ma_type type = ma_type::sma) noexcept {
  if (!detail::lookback_args_ok(period)) return -1;
  if (period == 1) return 0;
  switch (type) {
    case ma_type::sma:
      return sma_lookback(period);
    case ma_type::ema:
      return ema_lookback(period);
    case ma_type::wma:
      return wma_lookback(period);
    case ma_type::dema:
      return dema_lookback(period);
    case ma_type::tema:
      return tema_lookback(period);
    case ma_type::trima:
      return trima_lookback(period);
    case ma_type::kama:
      return kama_lookback(period);
    case ma_type::t3:
      return t3_lookback(period);
    case ma_type::mama:
      return mama_lookback();
  }
  return -1;
}

namespace detail {

inline void check_ma_type(std::string_view function, std::string_view parameter, ma_type type) {
  const auto v = static_cast<int>(type);
  if (v < 0 || v > 8)
    fail(function, parameter, "one of sma, ema, wma, dema, tema, trima, kama, mama, t3", v);
}

inline void check_ma(std::string_view function, int period, ma_type type) {
  check_period(function, period);
  check_ma_type(function, "matype", type);
}

struct identity_core {
  static constexpr bool nan_aware = true;  // returns the NaN it is given
  static double step(double x) noexcept { return x; }
  [[nodiscard]] static bool ready() noexcept { return true; }
  static void reset() noexcept {}
};

// Any MA type behind one core interface (step / peek / ready / reset). Validated by the caller.
// NaN: each type's own rule (core_stream.hpp's step_bar): the SMA's window counts it (as sma()
// does), the identity returns it, every other type restarts.
class ma_core {
  // std::visit, without its throwing path (bad_variant_access for a valueless variant, which
  // core_ never is: built once, never reassigned), so the hot path stays noexcept.
  template <std::size_t I = 0, class V, class F>
  static decltype(auto) visit_core(V& v, F&& f) noexcept {
    if constexpr (I + 1 < std::variant_size_v<std::remove_const_t<V>>) {
      if (v.index() != I) return visit_core<I + 1>(v, std::forward<F>(f));
    }
    return f(*std::get_if<I>(&v));
  }
  template <class F>
  decltype(auto) visit(F&& f) noexcept {
    return visit_core(core_, std::forward<F>(f));
  }
  template <class F>
  decltype(auto) visit(F&& f) const noexcept {
    return visit_core(core_, std::forward<F>(f));
  }

 public:
  static constexpr bool nan_aware = true;
  ma_core(int period, ma_type type) : core_(make(period, type)) {}
  double step(double x) noexcept {
    return visit([x](auto& c) { return step_bar<double>(c, x); });
  }
  [[nodiscard]] double peek(double x) const noexcept {
    return visit([x](const auto& c) { return peek_bar<double>(c, x); });
  }
  [[nodiscard]] bool ready() const noexcept {
    return visit([](const auto& c) { return c.ready(); });
  }
  void reset() noexcept {
    visit([](auto& c) { c.reset(); });
  }

 private:
  using variant = std::variant<identity_core, rolling_sum_core<double>, ema_state, wma_core,
                               dema_core, tema_core, trima_core, kama_core, mama_line, t3_core>;
  static variant make(int period, ma_type type) {
    if (period == 1) return identity_core{};
    switch (type) {
      case ma_type::sma:
        return rolling_sum_core<double>(period, static_cast<double>(period));
      case ma_type::ema:
        return ema_state(period);
      case ma_type::wma:
        return wma_core(period);
      case ma_type::dema:
        return dema_core(period);
      case ma_type::tema:
        return tema_core(period);
      case ma_type::trima:
        return trima_core(period);
      case ma_type::kama:
        return kama_core(period);
      case ma_type::t3:
        return t3_core(period, 0.7);
      case ma_type::mama:
        return mama_line{};
    }
    return identity_core{};  // unreachable after check_ma_type
  }
  variant core_;
};

}  // namespace detail

template <series In, output_series Out>
void ma(const In& in, Out&& out, int period = 30, ma_type type = ma_type::sma) {
  detail::check_ma("ma", period, type);
  auto [x, y] = detail::in_out_spans("ma", in, out);
  if (period == 1) {
    std::copy(x.begin(), x.end(), y.begin());
    return;
  }
  switch (type) {
    case ma_type::sma:
      detail::rolling_sum_kernel(x, y, period, static_cast<double>(period));
      break;
    case ma_type::ema:
      detail::ema_kernel(x, y, period, ema_seed::sma);
      break;
    case ma_type::wma:
      wma(x, y, period);
      break;
    case ma_type::dema:
      dema(x, y, period);
      break;
    case ma_type::tema:
      tema(x, y, period);
      break;
    case ma_type::trima:
      trima(x, y, period);
      break;
    case ma_type::kama:
      kama(x, y, period);
      break;
    case ma_type::t3:
      t3(x, y, period, 0.7);
      break;
    case ma_type::mama:
      detail::run_core(detail::mama_line{}, y, x);
      break;
  }
}

template <series In>
[[nodiscard]] std::vector<series_value_t<In>> ma(const In& in, int period = 30,
                                                 ma_type type = ma_type::sma) {
  return detail::output_vector(in, [&](auto& out) { ma(in, out, period, type); });
}

template <class T>
class ma_stream : public detail::core_stream<T, detail::ma_core> {
 public:
  explicit ma_stream(int period = 30, ma_type type = ma_type::sma)
      : detail::core_stream<T, detail::ma_core>(checked(period, type), ma_lookback(period, type)),
        period_(period),
        type_(type) {}
  [[nodiscard]] int period() const noexcept { return period_; }
  [[nodiscard]] ma_type type() const noexcept { return type_; }

 private:
  static detail::ma_core checked(int period, ma_type type) {
    detail::check_ma("ma_stream", period, type);
    return {period, type};
  }
  int period_;
  ma_type type_;
};

}  // namespace taspan
