#pragma once
// The catalog's vocabulary: what one entry says about an indicator (names, inputs, parameters,
// outputs, documented facts of its outputs) and the type-erased calls it offers (lookback, batch
// into caller-owned spans, a stream by name). The entries themselves are in catalog/entries.hpp.
//
// Parameter ranges are not written here: the library's own check_* calls are the one source. An
// entry validates a value by calling the indicator on empty series with it (the library throws
// taspan::error), and valid_range() finds the accepted interval by bisection over those calls.

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "../core/error.hpp"
#include "../overlap/ema.hpp"
#include "../overlap/ma.hpp"
#include "../volatility/atr.hpp"

namespace taspan::catalog {

enum class family {
  rolling,
  overlap,
  momentum,
  volatility,
  volume,
  statistic,
  candles,
  math,
  cycle
};
inline constexpr std::array<std::string_view, 9> family_names{"rolling",    "overlap", "momentum",
                                                              "volatility", "volume",  "statistic",
                                                              "candles",    "math",    "cycle"};

// Input series, TA-Lib's names: real is any one series (inReal), real0/real1 a pair (CORREL),
// periods MAVP's period of each bar (inPeriods).
enum class input : std::uint8_t { open, high, low, close, volume, real, real0, real1, periods };
inline constexpr std::array<std::string_view, 9> input_names{
    "open", "high", "low", "close", "volume", "real", "real0", "real1", "periods"};

[[nodiscard]] constexpr std::string_view name_of(family f) {
  return family_names[static_cast<std::size_t>(f)];
}
[[nodiscard]] constexpr std::string_view name_of(input i) {
  return input_names[static_cast<std::size_t>(i)];
}

// integer: int; real: double; ma_type: taspan::ma_type; choice: another enum, by name.
enum class param_kind { integer, real, ma_type, choice };

// One name of an enum parameter and its value.
struct choice {
  std::string_view name;
  int value;
};
inline constexpr std::array<choice, 9> ma_type_choices{{{"sma", 0},
                                                        {"ema", 1},
                                                        {"wma", 2},
                                                        {"dema", 3},
                                                        {"tema", 4},
                                                        {"trima", 5},
                                                        {"kama", 6},
                                                        {"mama", 7},
                                                        {"t3", 8}}};
inline constexpr std::array<choice, 2> ema_seed_choices{{{"sma", 0}, {"first_value", 1}}};
inline constexpr std::array<choice, 2> wilder_seed_choices{{{"talib", 0}, {"tradingview", 1}}};

inline constexpr double no_bound = std::numeric_limits<double>::infinity();

// A parameter: its name (TA-Lib's optIn name, lower case, as taspan-cli takes it), kind, default
// and suggested range (what tests, fuzzers and optimisers draw from, inside the valid range). The
// valid range is the library's: entry::range_of().
struct param {
  std::string_view name;
  param_kind kind;
  double def;
  double suggested_lo;
  double suggested_hi;
  std::span<const choice> choices{};
};

[[nodiscard]] constexpr param integer(std::string_view name, int def, int suggested_lo,
                                      int suggested_hi) {
  return {name, param_kind::integer, static_cast<double>(def), static_cast<double>(suggested_lo),
          static_cast<double>(suggested_hi)};
}
[[nodiscard]] constexpr param period(int def, int suggested_lo, int suggested_hi) {
  return integer("period", def, suggested_lo, suggested_hi);
}
[[nodiscard]] constexpr param real_param(std::string_view name, double def, double suggested_lo,
                                         double suggested_hi) {
  return {name, param_kind::real, def, suggested_lo, suggested_hi};
}
[[nodiscard]] constexpr param matype(std::string_view name = "matype") {
  return {name, param_kind::ma_type, 0, 0, 8, ma_type_choices};
}
[[nodiscard]] constexpr param choice_of(std::string_view name, std::span<const choice> choices) {
  return {name, param_kind::choice, 0, 0, static_cast<double>(choices.size() - 1), choices};
}

// Documented facts of the outputs (what the property tests check):
// how they move when every price moves by c (f(x + c) == f(x) + c, or == f(x)) ...
enum class shift { none, equivariant, invariant };
// ... when every price is multiplied by k > 0 (k f(x), f(x), k^2 f(x)) ...
enum class scale { none, linear, invariant, square };
// ... and what constant prices give after the warm-up (the price, exactly zero, or no claim).
enum class on_constant { none, price, zero };

struct traits {
  shift shift_rule = shift::none;
  scale scale_rule = scale::none;
  bool windowed = false;  // out[i] depends only on bars i-lookback .. i (no recursion, no state)
  double lo = -no_bound;  // bounds of every defined output (on bars with low <= open,close <= high)
  double hi = no_bound;
  on_constant constant = on_constant::none;
  // Compares price moves (DM, DI, DX, OBV, SAR): a rounding difference can flip a comparison and
  // change the output by a whole move.
  bool jumps = false;
  // Smoothed by moving averages (ma_type parameters): windowed only if every MA is (sma, wma,
  // trima); within [lo, hi] only if every MA keeps a series' bounds exactly (ema, kama: each step
  // is (x - m) k + m with 0 <= k <= 1 from a plain-mean seed).
  bool windowed_if_mas_windowed = false;
  bool bounded_if_mas_in_bounds = false;
};

[[nodiscard]] constexpr bool windowed_ma_type(int t) { return t == 0 || t == 2 || t == 5; }
[[nodiscard]] constexpr bool in_bounds_ma_type(int t) { return t == 1 || t == 6; }

// Moving averages and prices: move with the prices.
inline constexpr traits overlap_windowed{shift::equivariant, scale::linear, true,
                                         -no_bound,          no_bound,      on_constant::price};
inline constexpr traits overlap_recursive{shift::equivariant, scale::linear, false,
                                          -no_bound,          no_bound,      on_constant::price};
inline constexpr traits sum_like{shift::none, scale::linear, true};
// Differences of prices (momentum, slopes, MACD): ignore shifts, scale with prices.
inline constexpr traits difference_windowed{shift::invariant, scale::linear, true,
                                            -no_bound,        no_bound,      on_constant::zero};
inline constexpr traits difference_recursive{shift::invariant, scale::linear, false,
                                             -no_bound,        no_bound,      on_constant::zero};
// Ranges and deviations (stddev, ATR, true range, DM): as differences, and never negative.
inline constexpr traits spread_windowed{shift::invariant, scale::linear,    true, 0.0,
                                        no_bound,         on_constant::zero};
inline constexpr traits spread_recursive{shift::invariant, scale::linear,    false, 0.0,
                                         no_bound,         on_constant::zero};
inline constexpr traits variance_windowed{shift::invariant, scale::square,    true, 0.0,
                                          no_bound,         on_constant::zero};
// Ratios of prices (ROC family, PPO, TRIX, NATR): ignore scaling only.
inline constexpr traits ratio_windowed{shift::none, scale::invariant, true};
inline constexpr traits ratio_recursive{shift::none, scale::invariant, false};
// Oscillators: ignore shifts and scaling; some are bounded.
inline constexpr traits oscillator_windowed{shift::invariant, scale::invariant, true};
inline constexpr traits oscillator_recursive{shift::invariant, scale::invariant, false};
inline constexpr traits angle_windowed{shift::invariant, scale::none, true, -90.0, 90.0};
// Bar indices: order is kept by shifts and scaling, never negative; absolute indices, so a window
// computed alone gives other numbers (not windowed).
inline constexpr traits index_traits{shift::invariant, scale::invariant, false, 0.0, no_bound};

// Candlestick patterns: TA-Lib's integers (+-80, +-100, +-200, 0) as T. They compare prices and
// averages of ranges, where rounding can tie or untie two sides, so no shift or scale rule holds
// to the last bit; running totals and hikkake's pending pattern make them not windowed.
inline constexpr traits candle_facts{shift::none, scale::none, false, -200.0, 200.0};

[[nodiscard]] constexpr traits jumpy(traits t) {
  t.jumps = true;
  return t;
}
[[nodiscard]] constexpr traits bounded(traits t, double lo, double hi) {
  t.lo = lo;
  t.hi = hi;
  return t;
}
[[nodiscard]] constexpr traits windowed_if_mas(traits t) {
  t.windowed_if_mas_windowed = true;
  return t;
}
[[nodiscard]] constexpr traits bounded_if_mas(traits t) {
  t.bounded_if_mas_in_bounds = true;
  return t;
}

// A stream by name: one bar in (the entry's inputs, in order), one value per output out.
template <class T>
class stream {
 public:
  stream() = default;
  stream(const stream&) = delete;
  stream& operator=(const stream&) = delete;
  virtual ~stream() = default;
  virtual void update(std::span<const T> bar, std::span<T> out) = 0;
  virtual void peek(std::span<const T> bar, std::span<T> out) const = 0;
  [[nodiscard]] virtual bool ready() const noexcept = 0;
  virtual void reset() noexcept = 0;
  [[nodiscard]] virtual int lookback() const noexcept = 0;
};

inline constexpr std::size_t max_params = 8;

class entry;

// Parameter values of one call of one entry, by name or position (defaults until set). Values
// are checked when set: a name the entry lacks, a non-integer for an integer, an unknown choice
// name, or a value the library rejects throws taspan::error.
class args {
 public:
  explicit args(const entry& e);
  args& set(std::string_view name, double value);
  args& set(std::string_view name, std::string_view text);  // a number or a choice's name
  args& set_at(std::size_t k, double value);
  [[nodiscard]] double operator[](std::size_t k) const { return values_[k]; }
  [[nodiscard]] double get(std::string_view name) const;
  [[nodiscard]] std::span<const double> values() const { return {values_.data(), size_}; }
  [[nodiscard]] const entry& owner() const { return *entry_; }

 private:
  const entry* entry_;
  std::array<double, max_params> values_{};
  std::size_t size_ = 0;
};

template <class T>
using batch_fn = void (*)(std::span<const std::span<const T>>, std::span<const std::span<T>>,
                          std::span<const double>);
template <class T>
using stream_fn = std::unique_ptr<stream<T>> (*)(std::span<const double>);

// A parameter's accepted values as the library checks them (others at their defaults).
struct valid_range {
  double lo;
  double hi;
  [[nodiscard]] bool contains(double v) const { return v >= lo && v <= hi; }
};

class entry {
 public:
  std::string_view name;     // lower case, the function's name in taspan::
  std::string_view talib;    // TA-Lib's function name, empty when TA-Lib lacks it
  family family_of;          // the folder of its header
  std::string_view summary;  // one line
  std::span<const input> inputs;
  std::span<const std::string_view> outputs;  // TA-Lib's output names, lower case; "value" alone
  std::span<const param> params;
  traits facts;
  int (*lookback_of)(std::span<const double>);
  batch_fn<float> batch_float;
  batch_fn<double> batch_double;
  stream_fn<float> stream_float;
  stream_fn<double> stream_double;

  // Position of a parameter; throws taspan::error naming the parameters there are.
  [[nodiscard]] std::size_t param_index(std::string_view param_name) const {
    for (std::size_t k = 0; k < params.size(); ++k)
      if (params[k].name == param_name) return k;
    std::string known;
    for (const param& p : params) known.append(known.empty() ? "" : ", ").append(p.name);
    throw error("taspan::" + std::string(name) + ": unknown parameter \"" +
                std::string(param_name) + "\"" +
                (known.empty() ? " (it takes none)" : " (parameters: " + known + ")"));
  }

  [[nodiscard]] args defaults() const { return args(*this); }

  [[nodiscard]] int lookback(const args& a) const { return lookback_of(checked(a)); }

  // Runs the batch form: in.size() == inputs.size() series, out.size() == outputs.size() series
  // of the inputs' length (the library checks the lengths). One indirect call per call.
  template <class T>
  void call(std::span<const std::span<const T>> in, std::span<const std::span<T>> out,
            const args& a) const {
    check_count("inputs", in.size(), inputs.size());
    check_count("outputs", out.size(), outputs.size());
    batch_of<T>()(in, out, checked(a));
  }

  template <class T>
  [[nodiscard]] std::unique_ptr<stream<T>> make_stream(const args& a) const {
    return stream_of<T>()(checked(a));
  }

  // The erased calls taking parameter values as they are, in the entry's order (the library still
  // checks them, with its own messages): for callers that hold values already, as the tests do.
  // batch_of<T>() also takes exactly inputs.size() and outputs.size() series.
  template <class T>
  [[nodiscard]] batch_fn<T> batch_of() const {
    static_assert(std::is_same_v<T, float> || std::is_same_v<T, double>,
                  "taspan::catalog: float or double");
    if constexpr (std::is_same_v<T, float>) {
      return batch_float;
    } else {
      return batch_double;
    }
  }
  template <class T>
  [[nodiscard]] stream_fn<T> stream_of() const {
    static_assert(std::is_same_v<T, float> || std::is_same_v<T, double>,
                  "taspan::catalog: float or double");
    if constexpr (std::is_same_v<T, float>) {
      return stream_float;
    } else {
      return stream_double;
    }
  }

  // True when the library accepts these values (it is called on empty series).
  [[nodiscard]] bool accepts(std::span<const double> values) const {
    try {
      batch_double({}, {}, values);
      return true;
    } catch (const error&) {
      return false;
    }
  }

  // The interval of values the library accepts for parameter k, the others at their defaults.
  [[nodiscard]] valid_range range_of(std::size_t k) const;
  // That interval as the library's messages put it: ">= 2", "in [0, 1]", ">= 0 and finite", ...
  [[nodiscard]] std::string rule_of(std::size_t k) const;

  // The facts for these parameter values (moving-average types can decide them).
  [[nodiscard]] traits traits_for(std::span<const double> values) const {
    traits t = facts;
    bool all_windowed = true;
    bool all_in_bounds = true;
    for (std::size_t k = 0; k < params.size(); ++k) {
      if (params[k].kind != param_kind::ma_type) continue;
      all_windowed = all_windowed && windowed_ma_type(static_cast<int>(values[k]));
      all_in_bounds = all_in_bounds && in_bounds_ma_type(static_cast<int>(values[k]));
    }
    if (t.windowed_if_mas_windowed) t.windowed = all_windowed;
    if (t.bounded_if_mas_in_bounds && !all_in_bounds) t.lo = -no_bound, t.hi = no_bound;
    return t;
  }

 private:
  void check_count(std::string_view what, std::size_t got, std::size_t want) const {
    if (got != want)
      detail::fail(name, what, std::to_string(want) + " series", static_cast<int>(got));
  }
  [[nodiscard]] std::span<const double> checked(const args& a) const {
    if (&a.owner() != this)
      throw error("taspan::" + std::string(name) + ": args made for " +
                  std::string(a.owner().name));
    return a.values();
  }
};

namespace detail {

// Doubles in order as integers (for bisection over every double, infinities included).
[[nodiscard]] inline std::int64_t order_key(double x) {
  const auto b = std::bit_cast<std::int64_t>(x);
  return b < 0 ? std::numeric_limits<std::int64_t>::min() - b : b;
}
[[nodiscard]] inline double from_order_key(std::int64_t k) {
  return std::bit_cast<double>(k < 0 ? std::numeric_limits<std::int64_t>::min() - k : k);
}

// The last key in [from, to] (toward `to`) still accepted, given `from` is accepted.
template <class Accepts>
[[nodiscard]] std::int64_t bisect(std::int64_t from, std::int64_t to, Accepts accepts) {
  if (accepts(to)) return to;
  for (std::int64_t mid = std::midpoint(from, to); mid != from; mid = std::midpoint(from, to))
    (accepts(mid) ? from : to) = mid;
  return from;
}

[[nodiscard]] inline std::string number_text(double v) { return taspan::detail::to_text(v); }

}  // namespace detail

inline valid_range entry::range_of(std::size_t k) const {
  const param& p = params[k];
  args a(*this);
  std::array<double, max_params> v{};
  std::copy(a.values().begin(), a.values().end(), v.begin());
  const std::span<const double> vs(v.data(), params.size());
  if (p.kind == param_kind::integer) {
    auto ok = [&](std::int64_t x) {
      v[k] = static_cast<double>(x);
      return accepts(vs);
    };
    // The lower end is probed with small values; above, the library's one bound for every bar
    // count (taspan::max_period) is read, not probed: a valid huge period sizes its buffers even
    // for an empty series.
    const auto lo =
        detail::bisect(static_cast<std::int64_t>(p.def), std::numeric_limits<int>::min(), ok);
    const double hi =
        ok(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : max_period;
    return {static_cast<double>(lo), hi};
  }
  if (p.kind == param_kind::real) {
    auto ok = [&](std::int64_t key) {
      v[k] = detail::from_order_key(key);
      return accepts(vs);
    };
    const auto def = detail::order_key(p.def);
    const auto lo = detail::bisect(def, detail::order_key(-no_bound), ok);
    const auto hi = detail::bisect(def, detail::order_key(no_bound), ok);
    return {detail::from_order_key(lo), detail::from_order_key(hi)};
  }
  double lo = no_bound;
  double hi = -no_bound;
  for (const choice& c : p.choices) {
    lo = std::min(lo, static_cast<double>(c.value));
    hi = std::max(hi, static_cast<double>(c.value));
  }
  return {lo, hi};
}

inline std::string entry::rule_of(std::size_t k) const {
  const param& p = params[k];
  if (p.kind == param_kind::ma_type || p.kind == param_kind::choice) {
    std::string out = "one of ";
    for (const choice& c : p.choices) out.append(out.size() > 7 ? "|" : "").append(c.name);
    return out;
  }
  const valid_range r = range_of(k);
  constexpr double top = std::numeric_limits<double>::max();
  const bool integer = p.kind == param_kind::integer;
  const double lowest = integer ? std::numeric_limits<int>::min() : -no_bound;
  // max_period bounds every bar count: not repeated in each rule.
  const double highest =
      integer ? (r.hi == max_period ? max_period : std::numeric_limits<int>::max()) : no_bound;
  const bool finite = !integer && (r.lo == -top || r.hi == top);
  const bool has_lo = r.lo != lowest && r.lo != -top;
  const bool has_hi = r.hi != highest && r.hi != top;
  if (has_lo && has_hi)
    return "in [" + detail::number_text(r.lo) + ", " + detail::number_text(r.hi) + "]";
  std::string out;
  if (has_lo)
    out = r.lo == std::numeric_limits<double>::denorm_min() ? "> 0"
                                                            : ">= " + detail::number_text(r.lo);
  if (has_hi) out = "<= " + detail::number_text(r.hi);
  if (finite) out.append(out.empty() ? "finite" : " and finite");
  return out.empty() ? "any number" : out;
}

inline args::args(const entry& e) : entry_(&e), size_(e.params.size()) {
  for (std::size_t k = 0; k < size_; ++k) values_[k] = e.params[k].def;
}

inline double args::get(std::string_view name) const { return values_[entry_->param_index(name)]; }

inline args& args::set_at(std::size_t k, double value) {
  if (k >= size_)
    taspan::detail::fail(entry_->name, "parameter index", "< " + std::to_string(size_), k);
  const param& p = entry_->params[k];
  const std::string who(entry_->name);
  if (p.kind != param_kind::real &&
      !(value == std::floor(value) && std::abs(value) <= std::numeric_limits<int>::max()))
    taspan::detail::fail(who, p.name, "an integer", value);
  if (p.kind == param_kind::ma_type || p.kind == param_kind::choice) {
    const bool known = std::any_of(p.choices.begin(), p.choices.end(), [&](const choice& c) {
      return static_cast<double>(c.value) == value;
    });
    if (!known) taspan::detail::fail(who, p.name, entry_->rule_of(k), value);
  }
  if (p.kind == param_kind::integer) {  // the library's range, without a call that may allocate
    const valid_range r = entry_->range_of(k);
    if (value < r.lo)
      taspan::detail::fail(who, p.name, ">= " + std::to_string(static_cast<long long>(r.lo)),
                           value);
    if (value > r.hi)
      taspan::detail::fail(who, p.name, "<= " + std::to_string(static_cast<long long>(r.hi)),
                           value);
    values_[k] = value;
    return *this;
  }
  const double old = values_[k];
  values_[k] = value;
  if (!entry_->accepts(values())) {
    values_[k] = old;
    taspan::detail::fail(who, p.name, entry_->rule_of(k), value);
  }
  return *this;
}

inline args& args::set(std::string_view name, double value) {
  return set_at(entry_->param_index(name), value);
}

inline args& args::set(std::string_view name, std::string_view text) {
  const std::size_t k = entry_->param_index(name);
  const param& p = entry_->params[k];
  const std::string quoted = "\"" + std::string(text) + "\"";
  if (p.kind == param_kind::ma_type || p.kind == param_kind::choice) {
    std::string key(text);
    for (char& c : key) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const choice& c : p.choices)
      if (c.name == key) return set_at(k, c.value);
    taspan::detail::fail(entry_->name, p.name, entry_->rule_of(k), quoted);
  }
  double v = 0;
  if (p.kind == param_kind::integer) {
    int x = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), x);
    if (text.empty() || r.ec != std::errc{} || r.ptr != text.data() + text.size())
      taspan::detail::fail(entry_->name, p.name, "an integer", quoted);
    v = x;
  } else {
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || r.ec != std::errc{} || r.ptr != text.data() + text.size() ||
        !std::isfinite(v))
      taspan::detail::fail(entry_->name, p.name, "a finite number", quoted);
  }
  return set_at(k, v);
}

}  // namespace taspan::catalog
