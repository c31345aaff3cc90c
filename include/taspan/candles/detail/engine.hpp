#pragma once
// The engine every candlestick pattern runs on, one bar at a time, in batch and streaming alike.
//
// A pattern (a "rule") says which candle settings it measures at which bar offsets (`uses`: the
// setting and k for bar i - k), its lookback, and how it reads bars i-4 .. i (`detect`, through
// a candle_view). The engine keeps the last bars (a ring), and for each (range, period, first
// bar) the running total TA-Lib keeps for its averages: it starts at the bar TA-Lib starts it
// (its lookback minus the offset minus the period), adds ranges one by one until the window is
// full, then rolls with `total += range(new) - range(old)`, TA-Lib's own additions in TA-Lib's
// order, so every average, and so every comparison, is TA-Lib's to the last bit. Patterns whose
// totals coincide (same range, period and first bar) share one; candles() runs all 61 patterns
// over one ring and one set of totals.
//
// A bar with a non-finite price or range (NaN, +-inf, an overflowing high - low) yields NaN and
// restarts the engine: the next bar is the first of a new series (NaN for it and the lookback
// bars after it). So does a total that overflows (after the bar that overflowed it).

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "../../core/concepts.hpp"
#include "../../core/error.hpp"
#include "../../core/numeric.hpp"
#include "../../core/series_io.hpp"
#include "../settings.hpp"

namespace taspan::detail {

// A rule measures setting `setting` on bar i - offset.
struct candle_use {
  candle_setting_type setting;
  int offset;
};

// One bar as the rules read it, with the three ranges the settings average (TA-Lib's macros:
// TA_REALBODY, TA_HIGHLOWRANGE, TA_UPPERSHADOW + TA_LOWERSHADOW).
struct candle {
  double open;
  double high;
  double low;
  double close;
  std::array<double, 3> range;  // by candle_range

  [[nodiscard]] bool white() const noexcept { return close >= open; }
  [[nodiscard]] double upper_shadow() const noexcept { return high - (white() ? close : open); }
  [[nodiscard]] double lower_shadow() const noexcept { return (white() ? open : close) - low; }
  [[nodiscard]] bool finite() const noexcept {
    return std::isfinite(open) && std::isfinite(high) && std::isfinite(low) &&
           std::isfinite(close) && std::isfinite(range[0]) && std::isfinite(range[1]) &&
           std::isfinite(range[2]);
  }
};

[[nodiscard]] inline candle make_candle(double open, double high, double low,
                                        double close) noexcept {
  candle c{open, high, low, close, {}};
  c.range = {std::fabs(close - open), high - low, c.upper_shadow() + c.lower_shadow()};
  return c;
}

// The last bars, bar n - k for k >= 1 (the bar being evaluated is not in it yet).
class candle_tape {
 public:
  explicit candle_tape(std::size_t depth) : ring_(std::bit_ceil(std::max<std::size_t>(depth, 8))) {}
  [[nodiscard]] const candle& at(std::int64_t bar) const noexcept {
    return ring_[static_cast<std::size_t>(bar) & (ring_.size() - 1)];
  }
  void put(std::int64_t bar, const candle& c) noexcept {
    ring_[static_cast<std::size_t>(bar) & (ring_.size() - 1)] = c;
  }

 private:
  std::vector<candle> ring_;
};

// TA-Lib's "period totals": total m is the sum of `range` over bars m - period + 1 .. m, built
// from bar `first` on (TA-Lib's trailing index at its start), kept for the last 8 bars.
class candle_totals {
 public:
  struct key {
    candle_range range;
    int period;
    std::int64_t first;
    constexpr bool operator==(const key&) const = default;
  };

  // The slot of a total (an existing one when the key is already there).
  int add(key k) {
    for (std::size_t j = 0; j < totals_.size(); ++j)
      if (totals_[j].k == k) return static_cast<int>(j);
    totals_.push_back({k, {}});
    return static_cast<int>(totals_.size() - 1);
  }
  [[nodiscard]] double at(int slot, std::int64_t bar) const noexcept {
    return totals_[static_cast<std::size_t>(slot)].recent[static_cast<std::size_t>(bar) & 7U];
  }
  // Total `bar` of every key, once the tape holds that bar. False when one is not finite.
  bool advance(const candle_tape& tape, std::int64_t bar) noexcept {
    bool finite = true;
    for (entry& e : totals_) {
      const double prev = e.recent[static_cast<std::size_t>(bar - 1) & 7U];
      const auto r = static_cast<std::size_t>(e.k.range);
      double t = 0.0;
      if (bar >= e.k.first + e.k.period) {
        t = prev + (tape.at(bar).range[r] - tape.at(bar - e.k.period).range[r]);
      } else if (bar >= e.k.first) {
        t = (bar == e.k.first ? 0.0 : prev) + tape.at(bar).range[r];
      }
      e.recent[static_cast<std::size_t>(bar) & 7U] = t;
      finite = finite && t - t == 0.0;
    }
    return finite;
  }
  void reset() noexcept {
    for (entry& e : totals_) e.recent.fill(0.0);
  }
  [[nodiscard]] int longest_period() const noexcept {
    int p = 0;
    for (const entry& e : totals_) p = std::max(p, e.k.period);
    return p;
  }

 private:
  struct entry {
    key k;
    std::array<double, 8> recent;
  };
  std::vector<entry> totals_;
};

// What a rule sees at bar n: bars n - k (k = 0 is the bar being evaluated) and the averages.
class candle_view {
 public:
  candle_view(const candle& now, const candle_tape& tape, const candle_totals& totals,
              const candle_settings& settings, std::span<const candle_use> uses,
              std::span<const int> slots, std::int64_t n) noexcept
      : now_(&now),
        tape_(&tape),
        totals_(&totals),
        settings_(&settings),
        uses_(uses),
        slots_(slots),
        n_(n) {}

  [[nodiscard]] const candle& bar(int k) const noexcept {
    return k == 0 ? *now_ : tape_->at(n_ - k);
  }
  // The bar's number since the start or the last restart (TA-Lib's i).
  [[nodiscard]] std::int64_t index() const noexcept { return n_; }
  [[nodiscard]] double open(int k) const noexcept { return bar(k).open; }
  [[nodiscard]] double high(int k) const noexcept { return bar(k).high; }
  [[nodiscard]] double low(int k) const noexcept { return bar(k).low; }
  [[nodiscard]] double close(int k) const noexcept { return bar(k).close; }
  [[nodiscard]] int color(int k) const noexcept { return bar(k).white() ? 1 : -1; }
  [[nodiscard]] double body(int k) const noexcept { return bar(k).range[0]; }
  [[nodiscard]] double hl_range(int k) const noexcept { return bar(k).range[1]; }
  [[nodiscard]] double upper_shadow(int k) const noexcept { return bar(k).upper_shadow(); }
  [[nodiscard]] double lower_shadow(int k) const noexcept { return bar(k).lower_shadow(); }
  [[nodiscard]] double body_top(int k) const noexcept { return std::max(open(k), close(k)); }
  [[nodiscard]] double body_bottom(int k) const noexcept { return std::min(open(k), close(k)); }
  // Bar n - k2's real body (or whole candle) above or below bar n - k1's.
  [[nodiscard]] bool body_gap_up(int k2, int k1) const noexcept {
    return body_bottom(k2) > body_top(k1);
  }
  [[nodiscard]] bool body_gap_down(int k2, int k1) const noexcept {
    return body_top(k2) < body_bottom(k1);
  }
  [[nodiscard]] bool gap_up(int k2, int k1) const noexcept { return low(k2) > high(k1); }
  [[nodiscard]] bool gap_down(int k2, int k1) const noexcept { return high(k2) < low(k1); }

  // TA_CANDLEAVERAGE(setting, total, i - k): factor * (total / period, or the range of bar
  // n - k when the period is 0) / (2 for shadows), evaluated as TA-Lib writes it.
  [[nodiscard]] double avg(candle_setting_type s, int k) const noexcept {
    const candle_setting& c = (*settings_)[s];
    const double half = c.range == candle_range::shadows ? 2.0 : 1.0;
    if (c.period == 0) return c.factor * bar(k).range[static_cast<std::size_t>(c.range)] / half;
    const int j = slot(s, k);
    if (j < 0) return std::numeric_limits<double>::quiet_NaN();  // undeclared: every test fails
    return c.factor * (totals_->at(j, n_ - 1 - k) / static_cast<double>(c.period)) / half;
  }

 private:
  [[nodiscard]] int slot(candle_setting_type s, int k) const noexcept {
    for (std::size_t j = 0; j < uses_.size(); ++j)
      if (uses_[j].setting == s && uses_[j].offset == k) return slots_[j];
    return -1;  // a rule reading an average it did not declare (a bug)
  }

  const candle* now_;
  const candle_tape* tape_;
  const candle_totals* totals_;
  const candle_settings* settings_;
  std::span<const candle_use> uses_;
  std::span<const int> slots_;
  std::int64_t n_;
};

// A rule's state between bars (HIKKAKE's pending pattern), or none.
template <class Rule>
struct candle_state_of {
  struct type {};
};
template <class Rule>
requires requires { typename Rule::state; }
struct candle_state_of<Rule> {
  using type = typename Rule::state;
};

template <class Rule>
[[nodiscard]] constexpr int candle_early() noexcept {
  if constexpr (requires { Rule::early; }) {
    return Rule::early;
  } else {
    return 0;
  }
}

// TA-Lib's lookback of a rule for these settings; -1 for invalid settings (as TA-Lib).
template <class Rule>
[[nodiscard]] constexpr int candle_lookback(const candle_settings& s) noexcept {
  return candle_settings_ok(s) ? Rule::lookback(s) : -1;
}

template <class Rule>
int detect_with(const Rule& rule, const candle_view& v,
                typename candle_state_of<Rule>::type& state) noexcept {
  if constexpr (requires { typename Rule::state; }) {
    return rule.detect(v, state);
  } else {
    return rule.detect(v);
  }
}

// Rules... over one ring and one set of totals. step() gives each rule's value for the bar:
// NaN during its warm-up (and after a restart), else the pattern's integer as a double.
template <class... Rules>
class candle_engine {
 public:
  static constexpr std::size_t size = sizeof...(Rules);
  using values = std::array<double, size>;

  explicit candle_engine(const candle_settings& settings, Rules... rules)
      : settings_(settings),
        slots_{slot_of<Rules>(std::move(rules))...},
        tape_(static_cast<std::size_t>(totals_.longest_period()) + 1) {}

  // Every rule with its default parameters.
  explicit candle_engine(const candle_settings& settings) : candle_engine(settings, Rules{}...) {}

  values step(double open, double high, double low, double close) noexcept {
    const candle now = make_candle(open, high, low, close);
    if (!now.finite()) {
      reset();
      return nans();
    }
    values out = evaluate(now, slots_);
    tape_.put(n_, now);
    const bool finite = totals_.advance(tape_, n_);
    ++n_;
    if (!finite) reset();
    return out;
  }

  [[nodiscard]] values peek(double open, double high, double low, double close) const noexcept {
    const candle now = make_candle(open, high, low, close);
    if (!now.finite()) return nans();
    auto copy = slots_;  // the rules' states change; the ring and the totals are only read
    return evaluate(now, copy);
  }

  void reset() noexcept {
    n_ = 0;
    totals_.reset();
    std::apply([](auto&... s) { ((s.state = {}), ...); }, slots_);
  }
  // Bars consumed since the start or the last restart.
  [[nodiscard]] std::int64_t bars() const noexcept { return n_; }
  template <std::size_t I>
  [[nodiscard]] int lookback() const noexcept {
    return std::get<I>(slots_).lookback;
  }

 private:
  template <class Rule>
  struct rule_slot {
    Rule rule;
    typename candle_state_of<Rule>::type state;
    std::array<int, Rule::uses.size()> slots;
    int lookback;
    int start;  // the first bar it reads (before its lookback for rules with an early start)
  };

  template <class Rule>
  rule_slot<Rule> slot_of(Rule rule) {
    const int lookback = Rule::lookback(settings_);
    const int start = lookback - candle_early<Rule>();
    std::array<int, Rule::uses.size()> slots{};
    for (std::size_t j = 0; j < Rule::uses.size(); ++j) {
      const candle_setting& c = settings_[Rule::uses[j].setting];
      slots[j] = c.period == 0
                     ? -1
                     : totals_.add({c.range, c.period,
                                    std::int64_t{start} - Rule::uses[j].offset - c.period});
    }
    return {std::move(rule), {}, slots, lookback, start};
  }

  template <class Slots>
  values evaluate(const candle& now, Slots& slots) const noexcept {
    values out{};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      ((out[I] = evaluate_one(now, std::get<I>(slots))), ...);
    }
    (std::index_sequence_for<Rules...>{});
    return out;
  }

  template <class Rule>
  double evaluate_one(const candle& now, rule_slot<Rule>& s) const noexcept {
    if (n_ < s.start) return std::numeric_limits<double>::quiet_NaN();
    const candle_view v(now, tape_, totals_, settings_, Rule::uses, s.slots, n_);
    const int value = detect_with(s.rule, v, s.state);
    return n_ < s.lookback ? std::numeric_limits<double>::quiet_NaN() : value;
  }

  static values nans() noexcept {
    values v{};
    v.fill(std::numeric_limits<double>::quiet_NaN());
    return v;
  }

  candle_settings settings_;
  candle_totals totals_;  // filled by slots_' initialisers, before tape_ is sized
  std::tuple<rule_slot<Rules>...> slots_;
  candle_tape tape_;
  std::int64_t n_ = 0;
};

// Checks a rule's settings and parameters, naming `function` (the pattern, or its stream).
template <class Rule>
void check_candle_rule(std::string_view function, const Rule& rule,
                       const candle_settings& settings) {
  check_candle_settings(function, settings);
  if constexpr (requires { rule.check(function); }) rule.check(function);
}

// The batch form of one pattern: sizes and parameters checked, then the engine over the bars.
template <class Rule, series O, series H, series L, series C, output_series Out>
void candle_batch(const Rule& rule, const candle_settings& settings, const O& open, const H& high,
                  const L& low, const C& close, Out&& out) {
  check_candle_rule(Rule::name, rule, settings);
  check_same_sizes(Rule::name, {"open", "high", "low", "close"}, open, high, low, close);
  auto [o, h, l, c, y] = spans_of(Rule::name, inputs(open, high, low, close), {"out"}, out);
  using T = series_value_t<C>;
  candle_engine<Rule> engine(settings, rule);
  for (std::size_t i = 0; i < y.size(); ++i)
    y[i] = static_cast<T>(engine.step(o[i], h[i], l[i], c[i])[0]);
}

// The streaming form of one pattern: cdl<name>_stream<T> is candle_stream<T, its rule>.
// update(open, high, low, close) returns the bar's value (NaN while warming up); equal to the
// batch bit for bit (the same engine). Allocates only in its constructor.
template <class T, class Rule>
class candle_stream {
  static_assert(is_real_v<T>, "taspan::candle_stream<T>: T must be float or double");

 public:
  explicit candle_stream(Rule rule = {}, const candle_settings& settings = {})
      : engine_(checked(rule, settings), rule) {}

  T update(T open, T high, T low, T close) noexcept {
    return static_cast<T>(engine_.step(open, high, low, close)[0]);
  }
  [[nodiscard]] T peek(T open, T high, T low, T close) const noexcept {
    return static_cast<T>(engine_.peek(open, high, low, close)[0]);
  }
  [[nodiscard]] bool ready() const noexcept { return engine_.bars() > lookback(); }
  void reset() noexcept { engine_.reset(); }
  [[nodiscard]] int lookback() const noexcept { return engine_.template lookback<0>(); }

 private:
  static const candle_settings& checked(const Rule& rule, const candle_settings& settings) {
    check_candle_rule(std::string(Rule::name) + "_stream", rule, settings);
    return settings;
  }
  candle_engine<Rule> engine_;
};

}  // namespace taspan::detail

// The settings by their TA-Lib names, for the rules.
namespace taspan::detail::cdl {
inline constexpr auto body_long = candle_setting_type::body_long;
inline constexpr auto body_very_long = candle_setting_type::body_very_long;
inline constexpr auto body_short = candle_setting_type::body_short;
inline constexpr auto body_doji = candle_setting_type::body_doji;
inline constexpr auto shadow_long = candle_setting_type::shadow_long;
inline constexpr auto shadow_very_long = candle_setting_type::shadow_very_long;
inline constexpr auto shadow_short = candle_setting_type::shadow_short;
inline constexpr auto shadow_very_short = candle_setting_type::shadow_very_short;
inline constexpr auto near_distance = candle_setting_type::near_distance;
inline constexpr auto far_distance = candle_setting_type::far_distance;
inline constexpr auto equal_distance = candle_setting_type::equal_distance;
}  // namespace taspan::detail::cdl
