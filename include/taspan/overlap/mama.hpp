#pragma once
// MAMA, MESA adaptive moving average, with FAMA, following adaptive MA (TA-Lib MAMA, John
// Ehlers): fastlimit 0.5, slowlimit 0.05, lookback 32 (TA-Lib's fixed warm-up).
// On the Hilbert engine (core/detail/hilbert.hpp): phase = atan(Q1 / I1) in degrees (0 when
// I1 is 0); delta = last phase - phase, at least 1; alpha = fastlimit / delta, at least
// slowlimit (fastlimit when delta is 1); mama = alpha x + (1 - alpha) mama;
// fama = alpha/2 mama + (1 - alpha/2) fama; both start at 0 and are reported from bar 32.
// Also ma_type::mama (ma.hpp): MA with that type is MAMA with the default limits, its period
// ignored (TA_MA's rule).
// NaN: restarts the warm-up (the values are those of the series that starts after it); a
// non-finite value once ready (an overflowed state) restarts it too. Batch runs the stream's
// shell bar by bar: bit-identical.

#include <cstddef>
#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/hilbert.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"

namespace taspan {

template <class T>
struct mama_point {
  T mama, fama;
};

template <class T>
struct mama_result {
  std::vector<T> mama, fama;
};

[[nodiscard]] constexpr int mama_lookback(double /*fastlimit*/ = 0.5,
                                          double /*slowlimit*/ = 0.05) noexcept {
  return 32;
}

namespace detail {

class mama_core {
 public:
  mama_core(double fastlimit, double slowlimit) noexcept : fast_(fastlimit), slow_(slowlimit) {}
  bool step(double x) noexcept {
    if (!engine_.step(x)) return false;
    const hilbert_bar& b = engine_.bar();
    const double phase = b.i1 != 0.0 ? std::atan(b.q1 / b.i1) * ht_rad2deg : 0.0;
    double delta = prev_phase_ - phase;
    prev_phase_ = phase;
    if (delta < 1.0) delta = 1.0;
    double alpha = fast_;
    if (delta > 1.0) {
      alpha = fast_ / delta;
      if (alpha < slow_) alpha = slow_;
    }
    mama_ = (alpha * x) + ((1 - alpha) * mama_);
    alpha *= 0.5;
    fama_ = (alpha * mama_) + ((1 - alpha) * fama_);
    return engine_.bars() > 32;
  }
  [[nodiscard]] bool ready() const noexcept { return engine_.bars() > 32; }
  [[nodiscard]] double mama() const noexcept { return mama_; }
  [[nodiscard]] double fama() const noexcept { return fama_; }

 private:
  hilbert_engine engine_{9};
  double fast_, slow_;
  double prev_phase_ = 0.0, mama_ = 0.0, fama_ = 0.0;
};

struct mama_pick {
  template <class T>
  static mama_point<T> of(const mama_core& c) noexcept {
    return {static_cast<T>(c.mama()), static_cast<T>(c.fama())};
  }
  template <class T>
  static mama_point<T> none() noexcept {
    return {nan_v<T>, nan_v<T>};
  }
  template <class T>
  static bool finite(const mama_point<T>& p) noexcept {
    return std::isfinite(p.mama) && std::isfinite(p.fama);
  }
};

// MA(x, period, ma_type::mama): the MAMA line with the default limits, period ignored (TA_MA),
// as a core for ma_core (core_stream.hpp's rules: reset on NaN, restart on overflow).
class mama_line {
 public:
  static constexpr bool restarts_on_overflow = true;
  double step(double x) noexcept { return core_.step(x) ? core_.mama() : nan_v<double>; }
  [[nodiscard]] bool ready() const noexcept { return core_.ready(); }
  void reset() noexcept { core_ = mama_core(0.5, 0.05); }

 private:
  mama_core core_{0.5, 0.05};
};

// TA-Lib's limits run from 0.01 to 0.99.
inline mama_core make_mama(std::string_view function, double fastlimit, double slowlimit) {
  check_between(function, "fastlimit", fastlimit, 0.01, 0.99);
  check_between(function, "slowlimit", slowlimit, 0.01, 0.99);
  return {fastlimit, slowlimit};
}

}  // namespace detail

template <class T>
class mama_stream : public detail::ht_shell<T, detail::mama_core, detail::mama_pick> {
 public:
  explicit mama_stream(double fastlimit = 0.5, double slowlimit = 0.05)
      : detail::ht_shell<T, detail::mama_core, detail::mama_pick>(
            detail::make_mama("mama_stream", fastlimit, slowlimit), mama_lookback()) {}
};

template <series In, output_series Mama, output_series Fama>
void mama(const In& in, Mama&& out_mama, Fama&& out_fama, double fastlimit = 0.5,
          double slowlimit = 0.05) {
  using T = series_value_t<In>;
  detail::ht_shell<T, detail::mama_core, detail::mama_pick> s(
      detail::make_mama("mama", fastlimit, slowlimit), mama_lookback());
  const auto spans =
      detail::spans_of("mama", detail::inputs(in), {"out", "out"}, out_mama, out_fama);
  const auto x = spans.input(0);
  const auto m = spans.output(0);
  const auto f = spans.output(1);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const mama_point<T> p = s.update(x[i]);
    m[i] = p.mama, f[i] = p.fama;
  }
}

template <series In>
[[nodiscard]] mama_result<series_value_t<In>> mama(const In& in, double fastlimit = 0.5,
                                                   double slowlimit = 0.05) {
  const auto n = std::ranges::size(in);
  mama_result<series_value_t<In>> r{std::vector<series_value_t<In>>(n),
                                    std::vector<series_value_t<In>>(n)};
  mama(in, r.mama, r.fama, fastlimit, slowlimit);
  return r;
}

}  // namespace taspan
