#pragma once
// One table of every indicator, for the generic reliability tests (properties, threads, bad input).
// Each entry knows how to draw random valid parameters, run the batch form and the streaming form
// on OHLCV bars, and which algebraic properties its outputs have. Adding an indicator to every
// generic test is one line in all_indicators() below, appended at its end (the fuzz corpus picks
// indicators by position).

#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace taspan_test::reg {

// How outputs move when every price moves: f(x + c) == f(x) + c, or == f(x).
enum class shift { none, equivariant, invariant };
// How outputs scale when every price is multiplied by k > 0: k f(x), f(x), k^2 f(x).
enum class scale { none, linear, invariant, square };
// What constant prices give after the warm-up: the price itself, exactly zero, or no claim.
enum class on_constant { none, price, zero };

inline constexpr double inf_v = std::numeric_limits<double>::infinity();

struct props {
  shift shift_rule = shift::none;
  scale scale_rule = scale::none;
  bool windowed = false;  // out[i] depends only on bars i-lookback .. i (no recursion, no state)
  double lo = -inf_v;     // bounds of every defined output (on consistent bars: low <= o,c <= high)
  double hi = inf_v;
  on_constant constant = on_constant::none;
  // Compares price moves (DM, DI, DX, ADX, OBV): a rounding difference can flip a comparison and
  // change the output by a whole move, so shifted float prices are not compared.
  bool jumps = false;
};
// Moving averages and prices: move with the prices.
inline constexpr props overlap_windowed{shift::equivariant, scale::linear, true, -inf_v, inf_v,
                                        on_constant::price};
inline constexpr props overlap_recursive{shift::equivariant, scale::linear, false, -inf_v, inf_v,
                                         on_constant::price};
inline constexpr props sum_like{shift::none, scale::linear, true};
// Differences of prices (momentum, slopes, MACD): ignore shifts, scale with prices.
inline constexpr props difference_windowed{shift::invariant, scale::linear, true,
                                           -inf_v,           inf_v,         on_constant::zero};
inline constexpr props difference_recursive{shift::invariant, scale::linear, false,
                                            -inf_v,           inf_v,         on_constant::zero};
// Ranges and deviations (stddev, ATR, true range, DM): as differences, and never negative.
inline constexpr props spread_windowed{shift::invariant, scale::linear, true, 0.0, inf_v,
                                       on_constant::zero};
inline constexpr props spread_recursive{shift::invariant, scale::linear, false, 0.0, inf_v,
                                        on_constant::zero};
inline constexpr props variance_windowed{shift::invariant, scale::square, true, 0.0, inf_v,
                                         on_constant::zero};
// Ratios of prices (ROC family, PPO, TRIX, NATR): ignore scaling only.
inline constexpr props ratio_windowed{shift::none, scale::invariant, true};
inline constexpr props ratio_recursive{shift::none, scale::invariant, false};
// Oscillators: ignore shifts and scaling; some are bounded.
inline constexpr props oscillator_windowed{shift::invariant, scale::invariant, true};
inline constexpr props oscillator_recursive{shift::invariant, scale::invariant, false};
inline constexpr props angle_windowed{shift::invariant, scale::none, true, -90.0, 90.0};
// Bar indices (MAXINDEX, rolling_argmax): where an extreme is does not move when prices are
// shifted or scaled (order is kept), and never negative; absolute indices, so a window computed
// alone gives other numbers (not windowed).
inline constexpr props index_props{shift::invariant, scale::invariant, false, 0.0, inf_v};
constexpr props jumpy(props p) {
  p.jumps = true;
  return p;
}
constexpr props bounded(props p, double lo, double hi) {
  p.lo = lo;
  p.hi = hi;
  return p;
}

// Integer and real parameters of one call; each entry uses what it needs (periods first, then
// moving-average types: MACDEXT takes three of each).
struct params {
  int p[6] = {0, 0, 0, 0, 0, 0};
  double d[2] = {0.0, 0.0};
  [[nodiscard]] std::string str() const {
    std::string s = "(";
    for (int x : p) s += std::to_string(x) + ", ";
    return s + std::to_string(d[0]) + ", " + std::to_string(d[1]) + ")";
  }
};

template <class T>
using outputs = std::vector<std::vector<T>>;

template <class T>
struct indicator {
  std::string name;
  props prop;
  std::function<params(std::mt19937_64&)> random_params;
  std::function<int(const params&)> lookback;
  std::function<outputs<T>(const bars<T>&, const params&)> batch;
  std::function<outputs<T>(const bars<T>&, const params&)> stream;  // bar by bar through update()
  std::function<std::vector<std::vector<double>>(const bars<T>&, const params&)> reference;  // opt.
  // Optional: the props for given parameters, when they depend on them (moving-average types
  // decide whether a stochastic is windowed or keeps its bounds); else `prop` for all.
  std::function<props(const params&)> prop_for;
  // The span form on the same inputs, writing into `out` (one span per output, in the batch
  // result's order): for in-place tests, where an output is one of the inputs.
  std::function<void(const bars<T>&, const params&, std::span<const std::span<T>> out)> into;
  [[nodiscard]] props props_of(const params& q) const { return prop_for ? prop_for(q) : prop; }
};

inline int uniform_int(std::mt19937_64& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// Which series an indicator reads, in its argument order.
enum class in { c, hl, hlc, hlcv, ohlc, cv, xy };

// Calls f with the whole series of kind I.
template <in I, class T, class F>
decltype(auto) with_series(const bars<T>& b, F&& f) {
  if constexpr (I == in::c) return f(b.close);
  if constexpr (I == in::hl) return f(b.high, b.low);
  if constexpr (I == in::hlc) return f(b.high, b.low, b.close);
  if constexpr (I == in::hlcv) return f(b.high, b.low, b.close, b.volume);
  if constexpr (I == in::ohlc) return f(b.open, b.high, b.low, b.close);
  if constexpr (I == in::cv) return f(b.close, b.volume);
  if constexpr (I == in::xy) return f(b.close, b.open);
}
// Calls f with bar i's values of kind I.
template <in I, class T, class F>
decltype(auto) with_bar(const bars<T>& b, std::size_t i, F&& f) {
  if constexpr (I == in::c) return f(b.close[i]);
  if constexpr (I == in::hl) return f(b.high[i], b.low[i]);
  if constexpr (I == in::hlc) return f(b.high[i], b.low[i], b.close[i]);
  if constexpr (I == in::hlcv) return f(b.high[i], b.low[i], b.close[i], b.volume[i]);
  if constexpr (I == in::ohlc) return f(b.open[i], b.high[i], b.low[i], b.close[i]);
  if constexpr (I == in::cv) return f(b.close[i], b.volume[i]);
  if constexpr (I == in::xy) return f(b.close[i], b.open[i]);
}

// Batch results of any shape (a vector, or a result struct) as a list of series.
template <class T>
outputs<T> as_outputs(std::vector<T> v) {
  return {std::move(v)};
}
template <class T>
outputs<T> as_outputs(taspan::macd_result<T> r) {
  return {std::move(r.macd), std::move(r.signal), std::move(r.hist)};
}
template <class T>
outputs<T> as_outputs(taspan::rolling_minmax_result<T> r) {
  return {std::move(r.min), std::move(r.max)};
}
template <class T>
outputs<T> as_outputs(taspan::minmaxindex_result<T> r) {
  return {std::move(r.minidx), std::move(r.maxidx)};
}
template <class T>
outputs<T> as_outputs(taspan::stoch_result<T> r) {
  return {std::move(r.slowk), std::move(r.slowd)};
}
template <class T>
outputs<T> as_outputs(taspan::stochf_result<T> r) {  // and stochrsi_result
  return {std::move(r.fastk), std::move(r.fastd)};
}
template <class T>
outputs<T> as_outputs(taspan::aroon_result<T> r) {
  return {std::move(r.aroondown), std::move(r.aroonup)};
}
template <class T>
outputs<T> as_outputs(taspan::bbands_result<T> r) {
  return {std::move(r.upper), std::move(r.middle), std::move(r.lower)};
}
template <class T>
outputs<T> as_outputs(taspan::keltner_result<T> r) {
  return {std::move(r.upper), std::move(r.middle), std::move(r.lower)};
}
template <class T>
outputs<T> as_outputs(taspan::donchian_result<T> r) {
  return {std::move(r.upper), std::move(r.middle), std::move(r.lower)};
}
template <class T>
outputs<T> as_outputs(taspan::supertrend_result<T> r) {
  return {std::move(r.value), std::move(r.direction)};
}
// How many series a batch result holds: a vector, or a struct of 2 or 3 vectors.
template <class T, class R>
constexpr std::size_t output_count() {
  using V = std::vector<T>;
  if constexpr (std::is_same_v<R, V>) {
    return 1;
  } else if constexpr (requires { R{V{}, V{}, V{}}; }) {
    return 3;
  } else {
    static_assert(
        requires {
          R{V{}, V{}};
        },
        "a batch result of 1, 2 or 3 series");
    return 2;
  }
}
// One streaming answer, appended to the output series.
template <class T>
void append(outputs<T>& o, T v) {
  o.resize(1);
  o[0].push_back(v);
}
template <class T>
void append(outputs<T>& o, const taspan::macd_point<T>& v) {
  o.resize(3);
  o[0].push_back(v.macd);
  o[1].push_back(v.signal);
  o[2].push_back(v.hist);
}
template <class T>
void append(outputs<T>& o, const taspan::minmax_value<T>& v) {
  o.resize(2);
  o[0].push_back(v.min);
  o[1].push_back(v.max);
}
// Streaming answers with two or three fields, in the batch result's order. T is deduced from the
// outputs, so the nested value types of the streams can be named.
template <class T>
void append2(outputs<T>& o, T a, T b) {
  o.resize(2);
  o[0].push_back(a);
  o[1].push_back(b);
}
template <class T>
void append3(outputs<T>& o, T a, T b, T c) {
  o.resize(3);
  o[0].push_back(a);
  o[1].push_back(b);
  o[2].push_back(c);
}
template <class T>
void append(outputs<T>& o, const taspan::minmaxindex_value<T>& v) {
  append2(o, v.minidx, v.maxidx);
}
template <class T>
void append(outputs<T>& o, const typename taspan::stoch_stream<T>::value& v) {
  append2(o, v.slowk, v.slowd);
}
template <class T>
void append(outputs<T>& o, const typename taspan::stochf_stream<T>::value& v) {  // and stochrsi
  append2(o, v.fastk, v.fastd);
}
template <class T>
void append(outputs<T>& o, const taspan::aroon_value<T>& v) {
  append2(o, v.aroondown, v.aroonup);
}
template <class T>
void append(outputs<T>& o, const taspan::bbands_point<T>& v) {
  append3(o, v.upper, v.middle, v.lower);
}
template <class T>
void append(outputs<T>& o, const typename taspan::keltner_stream<T>::value& v) {
  append3(o, v.upper, v.middle, v.lower);
}
template <class T>
void append(outputs<T>& o, const typename taspan::donchian_stream<T>::value& v) {
  append3(o, v.upper, v.middle, v.lower);
}
template <class T>
void append(outputs<T>& o, const typename taspan::supertrend_stream<T>::value& v) {
  append2(o, v.value, v.direction);
}

// The general entry: random parameters, lookback, batch call on the series of kind I (a lambda
// taking the series and the params), and a stream factory (a lambda taking the params).
template <class T, in I, class Params, class Lookback, class Batch, class MakeStream>
indicator<T> entry(std::string name, props pr, Params random_params, Lookback lookback, Batch batch,
                   MakeStream make_stream) {
  indicator<T> ind;
  ind.name = std::move(name);
  ind.prop = pr;
  ind.random_params = random_params;
  ind.lookback = lookback;
  ind.batch = [batch](const bars<T>& b, const params& q) {
    return as_outputs(with_series<I>(b, [&](const auto&... s) { return batch(q, s...); }));
  };
  ind.into = [batch](const bars<T>& b, const params& q, std::span<const std::span<T>> o) {
    with_series<I>(b, [&](const auto&... s) {
      constexpr std::size_t n = output_count<T, decltype(batch(q, s...))>();
      [&]<std::size_t... J>(std::index_sequence<J...>) { batch(q, s..., o[J]...); }
      (std::make_index_sequence<n>{});
    });
  };
  ind.stream = [batch, make_stream](const bars<T>& b, const params& q) {
    auto s = make_stream(q);
    outputs<T> o;
    for (std::size_t i = 0; i < b.size(); ++i)
      append(o, with_bar<I>(b, i, [&](auto... v) { return s.update(v...); }));
    if (b.size() == 0)
      o = as_outputs(with_series<I>(
          b, [&](const auto&... x) { return batch(q, x...); }));  // shape of an empty result
    return o;
  };
  return ind;
}

// Random parameters: one period in [lo, hi]; or several.
inline auto period_in(int lo, int hi) {
  return [lo, hi](std::mt19937_64& rng) {
    params q;
    q.p[0] = uniform_int(rng, lo, hi);
    return q;
  };
}
inline auto periods_in(int lo0, int hi0, int lo1, int hi1, int lo2 = 0, int hi2 = 0) {
  return [=](std::mt19937_64& rng) {
    params q;
    q.p[0] = uniform_int(rng, lo0, hi0);
    q.p[1] = uniform_int(rng, lo1, hi1);
    q.p[2] = uniform_int(rng, lo2, hi2);
    return q;
  };
}
// A moving-average type taspan supports (all of TA-Lib's but MAMA).
inline int random_ma_type(std::mt19937_64& rng) {
  const int t = uniform_int(rng, 0, 7);
  return t == 7 ? 8 : t;
}
// Moving-average types (params::p entries) with a property that a chain of them keeps:
// windowed: the value depends on the last `period` inputs only (sma, wma, trima);
// in_bounds: each step is (x - m) * k + m with 0 <= k <= 1 from a seed that is a plain mean (ema,
// kama), so a series in [lo, hi] stays in [lo, hi] exactly, rounding included. sma, wma and trima
// keep bounds only up to rounding (their running sums subtract: an average of values >= 0 can be
// -3.6e-15), and dema, tema and t3 overshoot outright (2 ema - ema(ema) leaves [0, 100] on a step).
inline bool windowed_ma_type(int t) { return t == 0 || t == 2 || t == 5; }
inline bool in_bounds_ma_type(int t) { return t == 1 || t == 6; }
// Draws the MA types p[first .. last]: a third of the time all windowed, a third all in_bounds,
// else any supported types, so each property is checked often.
inline void random_smoothing(std::mt19937_64& rng, params& q, int first, int last) {
  const int kind = uniform_int(rng, 0, 2);
  constexpr int windowed[] = {0, 2, 5};
  constexpr int in_bounds[] = {1, 6};
  for (int k = first; k <= last; ++k)
    q.p[k] = kind == 0   ? windowed[uniform_int(rng, 0, 2)]
             : kind == 1 ? in_bounds[uniform_int(rng, 0, 1)]
                         : random_ma_type(rng);
}
// Props of an oscillator in [lo, hi] smoothed by the MAs of types p[first .. last].
inline props smoothed_props(const params& q, int first, int last, double lo, double hi) {
  bool windowed = true, in_bounds = true;
  for (int k = first; k <= last; ++k) {
    windowed = windowed && windowed_ma_type(q.p[k]);
    in_bounds = in_bounds && in_bounds_ma_type(q.p[k]);
  }
  props pr = in_bounds ? bounded(oscillator_recursive, lo, hi) : oscillator_recursive;
  pr.windowed = windowed;
  return pr;
}
inline double uniform_real(std::mt19937_64& rng, double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(rng);
}
inline auto no_params() {
  return [](std::mt19937_64&) { return params{}; };
}

// Reference: every window summed afresh in long double, divided by `divisor`.
template <class T>
std::vector<std::vector<double>> window_mean_reference(const std::vector<T>& x, int period,
                                                       double divisor) {
  std::vector<double> out(x.size(), std::numeric_limits<double>::quiet_NaN());
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = p - 1; i < x.size() && p >= 1; ++i) {
    long double s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += static_cast<long double>(x[j]);
    out[i] = static_cast<double>(s / static_cast<long double>(divisor));
  }
  return {out};
}

// One line per indicator. P1: one period parameter in [lo, hi]; P0: no parameter.
#define TASPAN_REG_P1(kind, fn, pr, lo, hi)                                                      \
  entry<T, in::kind>(                                                                            \
      #fn, pr, period_in(lo, hi), [](const params& q) { return taspan::fn##_lookback(q.p[0]); }, \
      [](const params& q, const auto&... s) { return taspan::fn(s..., q.p[0]); },                \
      [](const params& q) { return taspan::fn##_stream<T>(q.p[0]); })
#define TASPAN_REG_P0(kind, fn, pr)                                                \
  entry<T, in::kind>(                                                              \
      #fn, pr, no_params(), [](const params&) { return taspan::fn##_lookback(); }, \
      [](const params&, const auto&... s) { return taspan::fn(s...); },            \
      [](const params&) { return taspan::fn##_stream<T>(); })

template <class T>
std::vector<indicator<T>> all_indicators() {
  using taspan::ma_type;
  std::vector<indicator<T>> v;
  // rolling
  v.push_back(TASPAN_REG_P1(c, rolling_sum, sum_like, 1, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], 1.0);
  };
  v.push_back(TASPAN_REG_P1(c, rolling_mean, overlap_windowed, 1, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], q.p[0]);
  };
  v.push_back(TASPAN_REG_P1(c, rolling_max, overlap_windowed, 1, 60));
  v.push_back(TASPAN_REG_P1(c, rolling_min, overlap_windowed, 1, 60));
  v.push_back(TASPAN_REG_P1(c, rolling_minmax, overlap_windowed, 1, 60));
  v.push_back(TASPAN_REG_P1(c, rolling_var, variance_windowed, 1, 60));
  v.push_back(TASPAN_REG_P1(c, rolling_stddev, spread_windowed, 1, 60));
  // overlap
  v.push_back(TASPAN_REG_P1(c, sma, overlap_windowed, 1, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], q.p[0]);
  };
  v.push_back(TASPAN_REG_P1(c, ema, overlap_recursive, 2, 60));
  v.push_back(TASPAN_REG_P1(c, dema, overlap_recursive, 2, 40));
  v.push_back(TASPAN_REG_P1(c, tema, overlap_recursive, 2, 30));
  v.push_back(TASPAN_REG_P1(c, wma, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, trima, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, hma, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, kama, overlap_recursive, 2, 40));
  v.push_back(entry<T, in::c>(
      "t3", overlap_recursive,
      [](std::mt19937_64& rng) {
        params q;
        q.p[0] = uniform_int(rng, 1, 15);
        q.d[0] = uniform_real(rng, 0.0, 1.0);
        return q;
      },
      [](const params& q) { return taspan::t3_lookback(q.p[0], q.d[0]); },
      [](const params& q, const auto&... x) { return taspan::t3(x..., q.p[0], q.d[0]); },
      [](const params& q) { return taspan::t3_stream<T>(q.p[0], q.d[0]); }));
  v.push_back(entry<T, in::c>(
      "ma", overlap_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(2, 30, 0, 0)(rng);
        q.p[1] = random_ma_type(rng);
        return q;
      },
      [](const params& q) { return taspan::ma_lookback(q.p[0], static_cast<ma_type>(q.p[1])); },
      [](const params& q, const auto&... x) {
        return taspan::ma(x..., q.p[0], static_cast<ma_type>(q.p[1]));
      },
      [](const params& q) { return taspan::ma_stream<T>(q.p[0], static_cast<ma_type>(q.p[1])); }));
  v.push_back(TASPAN_REG_P1(cv, vwma, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P0(ohlc, avgprice, overlap_windowed));
  v.push_back(TASPAN_REG_P0(hl, medprice, overlap_windowed));
  v.push_back(TASPAN_REG_P0(hlc, typprice, overlap_windowed));
  v.push_back(TASPAN_REG_P0(hlc, wclprice, overlap_windowed));
  // momentum
  v.push_back(TASPAN_REG_P1(c, mom, difference_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, roc, ratio_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, rocp, ratio_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, rocr, ratio_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, rocr100, ratio_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, rsi, bounded(oscillator_recursive, 0, 100), 2, 60));
  v.push_back(TASPAN_REG_P1(c, cmo, bounded(oscillator_recursive, -100, 100), 2, 60));
  v.push_back(TASPAN_REG_P1(c, trix, ratio_recursive, 2, 30));
  v.push_back(TASPAN_REG_P1(hlc, cci, oscillator_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(hlcv, mfi, bounded(ratio_windowed, 0, 100), 2, 60));
  v.push_back(TASPAN_REG_P1(hlc, adx, jumpy(bounded(oscillator_recursive, 0, 100)), 2, 40));
  v.push_back(TASPAN_REG_P1(hlc, adxr, jumpy(bounded(oscillator_recursive, 0, 100)), 2, 30));
  v.push_back(TASPAN_REG_P1(hlc, dx, jumpy(bounded(oscillator_recursive, 0, 100)), 2, 60));
  v.push_back(TASPAN_REG_P1(hlc, plus_di, jumpy(bounded(oscillator_recursive, 0, 100)), 2, 60));
  v.push_back(TASPAN_REG_P1(hlc, minus_di, jumpy(bounded(oscillator_recursive, 0, 100)), 2, 60));
  v.push_back(TASPAN_REG_P1(hl, plus_dm, jumpy(spread_recursive), 2, 60));
  v.push_back(TASPAN_REG_P1(hl, minus_dm, jumpy(spread_recursive), 2, 60));
  v.push_back(TASPAN_REG_P0(ohlc, bop, bounded(oscillator_windowed, -1, 1)));
  v.push_back(entry<T, in::hlc>(
      "ultosc", bounded(oscillator_windowed, 0, 100), periods_in(1, 20, 1, 30, 1, 40),
      [](const params& q) { return taspan::ultosc_lookback(q.p[0], q.p[1], q.p[2]); },
      [](const params& q, const auto&... s) {
        return taspan::ultosc(s..., q.p[0], q.p[1], q.p[2]);
      },
      [](const params& q) { return taspan::ultosc_stream<T>(q.p[0], q.p[1], q.p[2]); }));
  v.push_back(entry<T, in::c>(
      "apo", difference_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(2, 30, 2, 40)(rng);
        q.p[2] = random_ma_type(rng);
        return q;
      },
      [](const params& q) {
        return taspan::apo_lookback(q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      },
      [](const params& q, const auto&... x) {
        return taspan::apo(x..., q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      },
      [](const params& q) {
        return taspan::apo_stream<T>(q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      }));
  v.push_back(entry<T, in::c>(
      "ppo", ratio_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(2, 30, 2, 40)(rng);
        q.p[2] = random_ma_type(rng);
        return q;
      },
      [](const params& q) {
        return taspan::ppo_lookback(q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      },
      [](const params& q, const auto&... x) {
        return taspan::ppo(x..., q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      },
      [](const params& q) {
        return taspan::ppo_stream<T>(q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      }));
  v.push_back(entry<T, in::c>(
      "macd", difference_recursive, periods_in(2, 30, 2, 40, 1, 15),
      [](const params& q) { return taspan::macd_lookback(q.p[0], q.p[1], q.p[2]); },
      [](const params& q, const auto&... x) { return taspan::macd(x..., q.p[0], q.p[1], q.p[2]); },
      [](const params& q) { return taspan::macd_stream<T>(q.p[0], q.p[1], q.p[2]); }));
  // statistic
  v.push_back(TASPAN_REG_P1(c, linearreg, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, linearreg_intercept, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, tsf, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, linearreg_slope, difference_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, linearreg_angle, angle_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(xy, correl, bounded(oscillator_windowed, -1, 1), 3, 60));
  v.push_back(TASPAN_REG_P1(xy, beta, ratio_windowed, 2, 60));
  // volatility
  v.push_back(TASPAN_REG_P1(hlc, atr, spread_recursive, 2, 60));
  v.push_back(TASPAN_REG_P1(hlc, natr, bounded(ratio_recursive, 0, inf_v), 2, 60));
  v.push_back(TASPAN_REG_P0(hlc, trange, spread_windowed));
  // volume
  v.push_back(TASPAN_REG_P0(hlcv, ad, oscillator_recursive));
  v.push_back(entry<T, in::hlcv>(
      "adosc", oscillator_recursive, periods_in(2, 20, 2, 40),
      [](const params& q) { return taspan::adosc_lookback(q.p[0], q.p[1]); },
      [](const params& q, const auto&... s) { return taspan::adosc(s..., q.p[0], q.p[1]); },
      [](const params& q) { return taspan::adosc_stream<T>(q.p[0], q.p[1]); }));
  v.push_back(TASPAN_REG_P0(cv, obv, jumpy(oscillator_recursive)));
  v.push_back(TASPAN_REG_P0(hlcv, vwap, overlap_recursive));
  // Added later, appended so that the positions above stay put: the fuzz corpus picks an
  // indicator by position (tests/fuzz/corpus/indicators/regression_* keep their targets).
  // rolling
  v.push_back(TASPAN_REG_P1(c, rolling_argmax, index_props, 1, 60));
  v.push_back(TASPAN_REG_P1(c, rolling_argmin, index_props, 1, 60));
  // overlap
  v.push_back(TASPAN_REG_P1(c, midpoint, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(hl, midprice, overlap_windowed, 2, 60));
  // SAR compares prices with the stop (reversals): a rounding difference can flip one.
  v.push_back(entry<T, in::hl>(
      "sar", jumpy(overlap_recursive),
      [](std::mt19937_64& rng) {
        params q;
        q.d[0] = uniform_real(rng, 0.0, 0.1);  // acceleration; above the maximum it is lowered
        q.d[1] = uniform_real(rng, 0.0, 0.5);  // maximum
        return q;
      },
      [](const params& q) { return taspan::sar_lookback(q.d[0], q.d[1]); },
      [](const params& q, const auto&... s) { return taspan::sar(s..., q.d[0], q.d[1]); },
      [](const params& q) { return taspan::sar_stream<T>(q.d[0], q.d[1]); }));
  // upper, middle, lower; windowed when the middle band's MA is.
  v.push_back(entry<T, in::c>(
      "bbands", overlap_recursive,
      [](std::mt19937_64& rng) {
        params q;
        q.p[0] = uniform_int(rng, 2, 40);
        random_smoothing(rng, q, 1, 1);  // matype
        q.d[0] = uniform_real(rng, 0.0, 3.0);
        q.d[1] = uniform_real(rng, 0.0, 3.0);
        return q;
      },
      [](const params& q) {
        return taspan::bbands_lookback(q.p[0], q.d[0], q.d[1], static_cast<ma_type>(q.p[1]));
      },
      [](const params& q, const auto&... x) {
        return taspan::bbands(x..., q.p[0], q.d[0], q.d[1], static_cast<ma_type>(q.p[1]));
      },
      [](const params& q) {
        return taspan::bbands_stream<T>(q.p[0], q.d[0], q.d[1], static_cast<ma_type>(q.p[1]));
      }));
  v.back().prop_for = [](const params& q) {
    props pr = overlap_recursive;
    pr.windowed = windowed_ma_type(q.p[1]);
    return pr;
  };
  // momentum
  v.push_back(TASPAN_REG_P1(hlc, willr, bounded(oscillator_windowed, -100, 0), 2, 60));
  v.push_back(TASPAN_REG_P1(hl, aroon, bounded(oscillator_windowed, 0, 100), 2, 60));
  v.push_back(TASPAN_REG_P1(hl, aroonosc, bounded(oscillator_windowed, -100, 100), 2, 60));
  // Stochastics: fast %K is in [0, 100]; whether the smoothed lines stay there, and whether they
  // are windowed, depends on the smoothing MA types (smoothed_props).
  v.push_back(entry<T, in::hlc>(
      "stoch", oscillator_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(1, 30, 1, 15, 1, 15)(rng);  // fastk, slowk, slowd
        random_smoothing(rng, q, 3, 4);                   // slowk_matype, slowd_matype
        return q;
      },
      [](const params& q) {
        return taspan::stoch_lookback(q.p[0], q.p[1], static_cast<ma_type>(q.p[3]), q.p[2],
                                      static_cast<ma_type>(q.p[4]));
      },
      [](const params& q, const auto&... s) {
        return taspan::stoch(s..., q.p[0], q.p[1], static_cast<ma_type>(q.p[3]), q.p[2],
                             static_cast<ma_type>(q.p[4]));
      },
      [](const params& q) {
        return taspan::stoch_stream<T>(q.p[0], q.p[1], static_cast<ma_type>(q.p[3]), q.p[2],
                                       static_cast<ma_type>(q.p[4]));
      }));
  v.back().prop_for = [](const params& q) { return smoothed_props(q, 3, 4, 0, 100); };
  v.push_back(entry<T, in::hlc>(
      "stochf", oscillator_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(1, 30, 1, 15)(rng);  // fastk, fastd
        random_smoothing(rng, q, 2, 2);            // fastd_matype
        return q;
      },
      [](const params& q) {
        return taspan::stochf_lookback(q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      },
      [](const params& q, const auto&... s) {
        return taspan::stochf(s..., q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      },
      [](const params& q) {
        return taspan::stochf_stream<T>(q.p[0], q.p[1], static_cast<ma_type>(q.p[2]));
      }));
  v.back().prop_for = [](const params& q) { return smoothed_props(q, 2, 2, 0, 100); };
  v.push_back(entry<T, in::c>(
      "stochrsi", oscillator_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(2, 30, 1, 20, 1, 10)(rng);  // period, fastk, fastd
        random_smoothing(rng, q, 3, 3);                   // fastd_matype
        return q;
      },
      [](const params& q) {
        return taspan::stochrsi_lookback(q.p[0], q.p[1], q.p[2], static_cast<ma_type>(q.p[3]));
      },
      [](const params& q, const auto&... x) {
        return taspan::stochrsi(x..., q.p[0], q.p[1], q.p[2], static_cast<ma_type>(q.p[3]));
      },
      [](const params& q) {
        return taspan::stochrsi_stream<T>(q.p[0], q.p[1], q.p[2], static_cast<ma_type>(q.p[3]));
      }));
  v.back().prop_for = [](const params& q) {  // the RSI recurses: never windowed
    props pr = smoothed_props(q, 3, 3, 0, 100);
    pr.windowed = false;
    return pr;
  };
  v.push_back(entry<T, in::c>(
      "macdext", difference_recursive,
      [](std::mt19937_64& rng) {
        params q = periods_in(2, 30, 2, 40, 1, 15)(rng);  // fast, slow, signal
        random_smoothing(rng, q, 3, 5);                   // their types
        return q;
      },
      [](const params& q) {
        return taspan::macdext_lookback(q.p[0], static_cast<ma_type>(q.p[3]), q.p[1],
                                        static_cast<ma_type>(q.p[4]), q.p[2],
                                        static_cast<ma_type>(q.p[5]));
      },
      [](const params& q, const auto&... x) {
        return taspan::macdext(x..., q.p[0], static_cast<ma_type>(q.p[3]), q.p[1],
                               static_cast<ma_type>(q.p[4]), q.p[2], static_cast<ma_type>(q.p[5]));
      },
      [](const params& q) {
        return taspan::macdext_stream<T>(q.p[0], static_cast<ma_type>(q.p[3]), q.p[1],
                                         static_cast<ma_type>(q.p[4]), q.p[2],
                                         static_cast<ma_type>(q.p[5]));
      }));
  v.back().prop_for = [](const params& q) {  // windowed when all three lines' MAs are
    props pr = difference_recursive;
    pr.windowed = windowed_ma_type(q.p[3]) && windowed_ma_type(q.p[4]) && windowed_ma_type(q.p[5]);
    return pr;
  };
  // statistic
  // var ignores nbdev (as TA-Lib); stddev multiplies by it (drawn >= 0, so it stays a spread).
  v.push_back(entry<T, in::c>(
      "var", variance_windowed,
      [](std::mt19937_64& rng) {
        params q = period_in(1, 60)(rng);
        q.d[0] = uniform_real(rng, -3.0, 3.0);
        return q;
      },
      [](const params& q) { return taspan::var_lookback(q.p[0]); },
      [](const params& q, const auto&... x) { return taspan::var(x..., q.p[0], q.d[0]); },
      [](const params& q) { return taspan::var_stream<T>(q.p[0], q.d[0]); }));
  v.push_back(entry<T, in::c>(
      "stddev", spread_windowed,
      [](std::mt19937_64& rng) {
        params q = period_in(2, 60)(rng);
        q.d[0] = uniform_real(rng, 0.0, 3.0);
        return q;
      },
      [](const params& q) { return taspan::stddev_lookback(q.p[0]); },
      [](const params& q, const auto&... x) { return taspan::stddev(x..., q.p[0], q.d[0]); },
      [](const params& q) { return taspan::stddev_stream<T>(q.p[0], q.d[0]); }));
  v.push_back(TASPAN_REG_P1(c, max, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, min, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, minmax, overlap_windowed, 2, 60));
  v.push_back(TASPAN_REG_P1(c, sum, sum_like, 2, 60));
  v.back().reference = [](const bars<T>& b, const params& q) {
    return window_mean_reference(b.close, q.p[0], 1.0);
  };
  v.push_back(TASPAN_REG_P1(c, maxindex, index_props, 2, 60));
  v.push_back(TASPAN_REG_P1(c, minindex, index_props, 2, 60));
  v.push_back(TASPAN_REG_P1(c, minmaxindex, index_props, 2, 60));
  // volatility
  v.push_back(TASPAN_REG_P1(hl, donchian, overlap_windowed, 1, 60));  // upper, middle, lower
  v.push_back(entry<T, in::hlc>(
      "keltner", overlap_recursive,  // upper, middle, lower
      [](std::mt19937_64& rng) {
        params q = periods_in(1, 40, 1, 30)(rng);  // period, atr_period
        q.d[0] = uniform_real(rng, 0.0, 4.0);      // multiplier
        return q;
      },
      [](const params& q) { return taspan::keltner_lookback(q.p[0], q.p[1]); },
      [](const params& q, const auto&... s) {
        return taspan::keltner(s..., q.p[0], q.d[0], q.p[1]);
      },
      [](const params& q) { return taspan::keltner_stream<T>(q.p[0], q.d[0], q.p[1]); }));
  // value, direction. The value band moves with prices but the direction (+-1) does not: one
  // props per entry, so no shift or scale claim. Compares close with the bands: jumpy.
  v.push_back(entry<T, in::hlc>(
      "supertrend", jumpy(props{}),
      [](std::mt19937_64& rng) {
        params q = period_in(1, 40)(rng);
        q.d[0] = uniform_real(rng, 0.0, 5.0);  // multiplier
        return q;
      },
      [](const params& q) { return taspan::supertrend_lookback(q.p[0], q.d[0]); },
      [](const params& q, const auto&... s) { return taspan::supertrend(s..., q.p[0], q.d[0]); },
      [](const params& q) { return taspan::supertrend_stream<T>(q.p[0], q.d[0]); }));
  return v;
}

// Applies f to every price series (open, high, low, close), leaving volume alone.
template <class T, class F>
bars<T> map_prices(bars<T> b, F f) {
  for (auto* s : {&b.open, &b.high, &b.low, &b.close})
    for (auto& x : *s) x = static_cast<T>(f(static_cast<double>(x)));
  return b;
}

// The first n bars.
template <class T>
bars<T> prefix(const bars<T>& b, std::size_t n) {
  bars<T> r;
  auto cut = [n](const std::vector<T>& s) {
    return std::vector<T>(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(n));
  };
  r.open = cut(b.open);
  r.high = cut(b.high);
  r.low = cut(b.low);
  r.close = cut(b.close);
  r.volume = cut(b.volume);
  return r;
}

// Bars from..to-1.
template <class T>
bars<T> slice(const bars<T>& b, std::size_t from, std::size_t to) {
  bars<T> r;
  auto cut = [from, to](const std::vector<T>& s) {
    return std::vector<T>(s.begin() + static_cast<std::ptrdiff_t>(from),
                          s.begin() + static_cast<std::ptrdiff_t>(to));
  };
  r.open = cut(b.open);
  r.high = cut(b.high);
  r.low = cut(b.low);
  r.close = cut(b.close);
  r.volume = cut(b.volume);
  return r;
}

// All five series filled with one value (pathological inputs).
template <class T>
bars<T> flat_bars(std::size_t n, T price, T volume = T(1000)) {
  bars<T> b;
  b.open = b.high = b.low = b.close = std::vector<T>(n, price);
  b.volume = std::vector<T>(n, volume);
  return b;
}

}  // namespace taspan_test::reg

namespace taspan_test::reg {
// Instantiated once, in indicator_registry_{float,double}.cpp (in taspan_test_support): the table
// calls every indicator in two forms for two types, and each test executable compiling it again
// cost minutes.
extern template std::vector<indicator<float>> all_indicators<float>();
extern template std::vector<indicator<double>> all_indicators<double>();
}  // namespace taspan_test::reg
