#pragma once
// taspan-cli's indicator table: one entry per indicator, printed by `taspan-cli --list`.
//
// ADDING AN INDICATOR = adding one entry to the table in registry() below, e.g.
//
//   {"willr", "momentum", "Williams' %R",                // name (lower case), family, summary
//    cols::high | cols::low | cols::close,              // the CSV columns it needs
//    {period(14, 2)},                                   // parameters (helpers below)
//    {"value"},                                         // output column names
//    [](const bars& b, const args& a) -> columns {      // runs it: one vector per output,
//      return {taspan::willr(b.high, b.low, b.close,    // each b.size() long
//                            a.i("period"))};
//    }},
//
// - Inputs: b.open, b.high, b.low, b.close, b.volume (std::vector<double>); only the columns
//   named in the entry are guaranteed to be filled.
// - Parameter helpers: period(default, min) makes "period" (TA-Lib's optInTimePeriod);
//   integer(name, default, min[, max]); real(name, default[, min, max]); matype(name, default)
//   for a moving-average type given by name (sma, ema, wma, dema, tema, trima, kama, t3);
//   choice(name, list, default) for any other list of names. The CLI checks every value against
//   its range before the call and --list shows the ranges: copy them from the library's check_*
//   calls in the indicator's header (the library's own check still runs and its taspan::error
//   message is passed through).
// - In the run function: a.i("name") (integer), a.d("name") (real), a.ma("name") (taspan::ma_type,
//   default name "matype"), a.index("name") (position in a choice list); asking for a name the
//   entry does not list throws std::logic_error (caught by taspan_cli_registry_check).
// - Output names: "value" for a single output; otherwise TA-Lib's output names lower-cased
//   without their out/outReal prefix (macd, macdsignal, macdhist). Several outputs usually come
//   as a result struct: return {std::move(r.first), std::move(r.second), ...}.
// - Families: overlap, momentum, volatility, volume, statistic, in that order in the table (the
//   folder of the indicator's header). taspan_cli_registry_check (ctest cli_registry)
//   checks names, families, defaults and output counts, and runs every entry with its defaults.

#include <taspan/io/csv.hpp>
#include <taspan/taspan.hpp>

#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace taspan_cli {

using cols = taspan::ohlcv_columns;
using bars = taspan::ohlcv<double>;
using columns = std::vector<std::vector<double>>;

enum class param_kind { integer, real, choice };

struct param {
  std::string_view name;
  param_kind kind;
  double def;  // for choice: index into *choices
  double lo;
  double hi;
  const std::vector<std::string_view>* choices = nullptr;  // for choice: the accepted names
};

inline constexpr double unbounded = std::numeric_limits<double>::max();
inline constexpr int int_max = std::numeric_limits<int>::max();

[[nodiscard]] inline param period(int def, int min = 1) {
  return {"period", param_kind::integer, static_cast<double>(def), static_cast<double>(min),
          int_max};
}
[[nodiscard]] inline param integer(std::string_view name, int def, int min, int max = int_max) {
  return {name, param_kind::integer, static_cast<double>(def), static_cast<double>(min),
          static_cast<double>(max)};
}
[[nodiscard]] inline param real(std::string_view name, double def, double lo = -unbounded,
                                double hi = unbounded) {
  return {name, param_kind::real, def, lo, hi};
}
// One of a fixed list of names (list must outlive the table: use a static).
[[nodiscard]] inline param choice(std::string_view name, const std::vector<std::string_view>& list,
                                  std::string_view def) {
  double index = -1;  // a default not in the list fails taspan_cli_registry_check
  for (std::size_t k = 0; k < list.size(); ++k)
    if (list[k] == def) index = static_cast<double>(k);
  return {name, param_kind::choice, index, 0, static_cast<double>(list.size()) - 1, &list};
}

// Moving-average types by name (TA-Lib's MAType without MAMA, which taspan does not implement).
inline const std::vector<std::string_view> ma_names{"sma",  "ema",   "wma",  "dema",
                                                    "tema", "trima", "kama", "t3"};
inline constexpr taspan::ma_type ma_types[]{
    taspan::ma_type::sma,  taspan::ma_type::ema,   taspan::ma_type::wma,  taspan::ma_type::dema,
    taspan::ma_type::tema, taspan::ma_type::trima, taspan::ma_type::kama, taspan::ma_type::t3};
[[nodiscard]] inline param matype(std::string_view name = "matype", std::string_view def = "sma") {
  return choice(name, ma_names, def);
}

// Parameter values of one call, in the order of the entry's parameter list.
class args {
 public:
  args(const std::vector<param>& spec, std::vector<double> values)
      : spec_(&spec), values_(std::move(values)) {}

  [[nodiscard]] int i(std::string_view name) const { return static_cast<int>(at(name)); }
  [[nodiscard]] double d(std::string_view name) const { return at(name); }
  // A choice parameter: the index of the chosen name in its list.
  [[nodiscard]] std::size_t index(std::string_view name) const {
    return static_cast<std::size_t>(at(name));
  }
  [[nodiscard]] taspan::ma_type ma(std::string_view name = "matype") const {
    return ma_types[index(name)];
  }

 private:
  [[nodiscard]] double at(std::string_view name) const {
    for (std::size_t k = 0; k < spec_->size(); ++k)
      if ((*spec_)[k].name == name) return values_[k];
    throw std::logic_error("taspan-cli registry: no parameter \"" + std::string(name) + "\"");
  }
  const std::vector<param>* spec_;
  std::vector<double> values_;
};

using run_fn = columns (*)(const bars&, const args&);

struct indicator {
  std::string_view name;
  std::string_view family;
  std::string_view summary;
  cols inputs;
  std::vector<param> params;
  std::vector<std::string_view> outputs;
  run_fn run;
};

inline const std::vector<std::string_view> ema_seeds{"sma", "first_value"};
inline const std::vector<std::string_view> wilder_seeds{"talib", "tradingview"};
[[nodiscard]] inline taspan::wilder_seed wilder_seed(const args& a) {
  return a.index("seed") == 0 ? taspan::wilder_seed::talib : taspan::wilder_seed::tradingview;
}

// The table. Families in this order: overlap, momentum, volatility, volume, statistic.
[[nodiscard]] inline const std::vector<indicator>& registry() {
  static const std::vector<indicator> table{
      // ---- overlap ------------------------------------------------------------------------
      {"sma",
       "overlap",
       "simple moving average",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::sma(b.close, a.i("period"))};
       }},
      {"ema",
       "overlap",
       "exponential moving average (seed=first_value: TradingView's)",
       cols::close,
       {period(30), choice("seed", ema_seeds, "sma")},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         const auto seed =
             a.index("seed") == 0 ? taspan::ema_seed::sma : taspan::ema_seed::first_value;
         return {taspan::ema(b.close, a.i("period"), seed)};
       }},
      {"wma",
       "overlap",
       "linearly weighted moving average",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::wma(b.close, a.i("period"))};
       }},
      {"dema",
       "overlap",
       "double exponential moving average",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::dema(b.close, a.i("period"))};
       }},
      {"tema",
       "overlap",
       "triple exponential moving average",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::tema(b.close, a.i("period"))};
       }},
      {"trima",
       "overlap",
       "triangular moving average",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::trima(b.close, a.i("period"))};
       }},
      {"kama",
       "overlap",
       "Kaufman adaptive moving average",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::kama(b.close, a.i("period"))};
       }},
      {"t3",
       "overlap",
       "Tillson T3 moving average",
       cols::close,
       {period(5), real("vfactor", 0.7, 0.0, 1.0)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::t3(b.close, a.i("period"), a.d("vfactor"))};
       }},
      {"ma",
       "overlap",
       "moving average of the chosen type",
       cols::close,
       {period(30), matype()},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::ma(b.close, a.i("period"), a.ma())};
       }},
      {"hma",
       "overlap",
       "Hull moving average",
       cols::close,
       {period(9, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::hma(b.close, a.i("period"))};
       }},
      {"vwma",
       "overlap",
       "volume-weighted moving average",
       cols::close | cols::volume,
       {period(20)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::vwma(b.close, b.volume, a.i("period"))};
       }},
      {"avgprice",
       "overlap",
       "(open + high + low + close) / 4",
       cols::ohlc,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::avgprice(b.open, b.high, b.low, b.close)};
       }},
      {"medprice",
       "overlap",
       "(high + low) / 2",
       cols::high | cols::low,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns { return {taspan::medprice(b.high, b.low)}; }},
      {"typprice",
       "overlap",
       "(high + low + close) / 3",
       cols::high | cols::low | cols::close,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::typprice(b.high, b.low, b.close)};
       }},
      {"wclprice",
       "overlap",
       "(high + low + 2 close) / 4",
       cols::high | cols::low | cols::close,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::wclprice(b.high, b.low, b.close)};
       }},
      {"bbands",
       "overlap",
       "Bollinger bands: MA +- nbdev * population stddev",
       cols::close,
       {period(5, 2), real("nbdevup", 2.0), real("nbdevdn", 2.0), matype()},
       {"upperband", "middleband", "lowerband"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::bbands(b.close, a.i("period"), a.d("nbdevup"), a.d("nbdevdn"), a.ma());
         return {std::move(r.upper), std::move(r.middle), std::move(r.lower)};
       }},
      {"midpoint",
       "overlap",
       "(highest + lowest close) / 2 over the period",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::midpoint(b.close, a.i("period"))};
       }},
      {"midprice",
       "overlap",
       "(highest high + lowest low) / 2 over the period",
       cols::high | cols::low,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::midprice(b.high, b.low, a.i("period"))};
       }},
      {"sar",
       "overlap",
       "Wilder's parabolic stop and reverse",
       cols::high | cols::low,
       {real("acceleration", 0.02, 0.0), real("maximum", 0.2, 0.0)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::sar(b.high, b.low, a.d("acceleration"), a.d("maximum"))};
       }},

      // ---- momentum -----------------------------------------------------------------------
      {"macd",
       "momentum",
       "moving average convergence/divergence (EMAs)",
       cols::close,
       {integer("fast", 12, 2), integer("slow", 26, 2), integer("signal", 9, 1)},
       {"macd", "macdsignal", "macdhist"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::macd(b.close, a.i("fast"), a.i("slow"), a.i("signal"));
         return {std::move(r.macd), std::move(r.signal), std::move(r.hist)};
       }},
      {"macdext",
       "momentum",
       "MACD with a moving-average type per line",
       cols::close,
       {integer("fast", 12, 2), matype("fastmatype"), integer("slow", 26, 2), matype("slowmatype"),
        integer("signal", 9, 1), matype("signalmatype")},
       {"macd", "macdsignal", "macdhist"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::macdext(b.close, a.i("fast"), a.ma("fastmatype"), a.i("slow"),
                                  a.ma("slowmatype"), a.i("signal"), a.ma("signalmatype"));
         return {std::move(r.macd), std::move(r.signal), std::move(r.hist)};
       }},
      {"ppo",
       "momentum",
       "percentage price oscillator",
       cols::close,
       {integer("fast", 12, 2), integer("slow", 26, 2), matype()},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::ppo(b.close, a.i("fast"), a.i("slow"), a.ma())};
       }},
      {"apo",
       "momentum",
       "absolute price oscillator",
       cols::close,
       {integer("fast", 12, 2), integer("slow", 26, 2), matype()},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::apo(b.close, a.i("fast"), a.i("slow"), a.ma())};
       }},
      {"trix",
       "momentum",
       "1-bar rate of change of a triple EMA (percent)",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::trix(b.close, a.i("period"))};
       }},
      {"rsi",
       "momentum",
       "Wilder's relative strength index",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::rsi(b.close, a.i("period"))};
       }},
      {"mom",
       "momentum",
       "momentum: close - close n bars ago",
       cols::close,
       {period(10)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::mom(b.close, a.i("period"))};
       }},
      {"roc",
       "momentum",
       "rate of change, percent",
       cols::close,
       {period(10)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::roc(b.close, a.i("period"))};
       }},
      {"rocp",
       "momentum",
       "rate of change, fraction",
       cols::close,
       {period(10)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::rocp(b.close, a.i("period"))};
       }},
      {"rocr",
       "momentum",
       "rate of change ratio",
       cols::close,
       {period(10)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::rocr(b.close, a.i("period"))};
       }},
      {"rocr100",
       "momentum",
       "rate of change ratio times 100",
       cols::close,
       {period(10)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::rocr100(b.close, a.i("period"))};
       }},
      {"cmo",
       "momentum",
       "Chande momentum oscillator",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::cmo(b.close, a.i("period"))};
       }},
      {"bop",
       "momentum",
       "balance of power",
       cols::ohlc,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::bop(b.open, b.high, b.low, b.close)};
       }},
      {"plus_dm",
       "momentum",
       "Wilder-smoothed plus directional movement",
       cols::high | cols::low,
       {period(14)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::plus_dm(b.high, b.low, a.i("period"))};
       }},
      {"minus_dm",
       "momentum",
       "Wilder-smoothed minus directional movement",
       cols::high | cols::low,
       {period(14)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::minus_dm(b.high, b.low, a.i("period"))};
       }},
      {"plus_di",
       "momentum",
       "plus directional indicator",
       cols::high | cols::low | cols::close,
       {period(14)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::plus_di(b.high, b.low, b.close, a.i("period"))};
       }},
      {"minus_di",
       "momentum",
       "minus directional indicator",
       cols::high | cols::low | cols::close,
       {period(14)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::minus_di(b.high, b.low, b.close, a.i("period"))};
       }},
      {"dx",
       "momentum",
       "directional movement index",
       cols::high | cols::low | cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::dx(b.high, b.low, b.close, a.i("period"))};
       }},
      {"adx",
       "momentum",
       "average directional movement index",
       cols::high | cols::low | cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::adx(b.high, b.low, b.close, a.i("period"))};
       }},
      {"adxr",
       "momentum",
       "average directional movement index rating",
       cols::high | cols::low | cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::adxr(b.high, b.low, b.close, a.i("period"))};
       }},
      {"cci",
       "momentum",
       "commodity channel index",
       cols::high | cols::low | cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::cci(b.high, b.low, b.close, a.i("period"))};
       }},
      {"ultosc",
       "momentum",
       "Williams' ultimate oscillator",
       cols::high | cols::low | cols::close,
       {integer("period1", 7, 1), integer("period2", 14, 1), integer("period3", 28, 1)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::ultosc(b.high, b.low, b.close, a.i("period1"), a.i("period2"),
                                a.i("period3"))};
       }},
      {"mfi",
       "momentum",
       "money flow index",
       cols::high | cols::low | cols::close | cols::volume,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::mfi(b.high, b.low, b.close, b.volume, a.i("period"))};
       }},
      {"willr",
       "momentum",
       "Williams' %R",
       cols::high | cols::low | cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::willr(b.high, b.low, b.close, a.i("period"))};
       }},
      {"aroon",
       "momentum",
       "Aroon down and up",
       cols::high | cols::low,
       {period(14, 2)},
       {"aroondown", "aroonup"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::aroon(b.high, b.low, a.i("period"));
         return {std::move(r.aroondown), std::move(r.aroonup)};
       }},
      {"aroonosc",
       "momentum",
       "Aroon oscillator (up - down)",
       cols::high | cols::low,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::aroonosc(b.high, b.low, a.i("period"))};
       }},
      {"stoch",
       "momentum",
       "slow stochastic",
       cols::high | cols::low | cols::close,
       {integer("fastk", 5, 1), integer("slowk", 3, 1), matype("slowkmatype"),
        integer("slowd", 3, 1), matype("slowdmatype")},
       {"slowk", "slowd"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::stoch(b.high, b.low, b.close, a.i("fastk"), a.i("slowk"),
                                a.ma("slowkmatype"), a.i("slowd"), a.ma("slowdmatype"));
         return {std::move(r.slowk), std::move(r.slowd)};
       }},
      {"stochf",
       "momentum",
       "fast stochastic",
       cols::high | cols::low | cols::close,
       {integer("fastk", 5, 1), integer("fastd", 3, 1), matype("fastdmatype")},
       {"fastk", "fastd"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::stochf(b.high, b.low, b.close, a.i("fastk"), a.i("fastd"),
                                 a.ma("fastdmatype"));
         return {std::move(r.fastk), std::move(r.fastd)};
       }},
      {"stochrsi",
       "momentum",
       "fast stochastic of RSI",
       cols::close,
       {period(14, 2), integer("fastk", 5, 1), integer("fastd", 3, 1), matype("fastdmatype")},
       {"fastk", "fastd"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::stochrsi(b.close, a.i("period"), a.i("fastk"), a.i("fastd"),
                                   a.ma("fastdmatype"));
         return {std::move(r.fastk), std::move(r.fastd)};
       }},

      // ---- volatility ---------------------------------------------------------------------
      {"trange",
       "volatility",
       "true range",
       cols::high | cols::low | cols::close,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::trange(b.high, b.low, b.close)};
       }},
      {"atr",
       "volatility",
       "Wilder's average true range (seed=tradingview: Pine's ta.atr)",
       cols::high | cols::low | cols::close,
       {period(14), choice("seed", wilder_seeds, "talib")},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::atr(b.high, b.low, b.close, a.i("period"), wilder_seed(a))};
       }},
      {"natr",
       "volatility",
       "normalized average true range, percent of close",
       cols::high | cols::low | cols::close,
       {period(14), choice("seed", wilder_seeds, "talib")},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::natr(b.high, b.low, b.close, a.i("period"), wilder_seed(a))};
       }},
      {"donchian",
       "volatility",
       "Donchian channel: highest high, lowest low, their mean",
       cols::high | cols::low,
       {period(20)},
       {"upper", "middle", "lower"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::donchian(b.high, b.low, a.i("period"));
         return {std::move(r.upper), std::move(r.middle), std::move(r.lower)};
       }},
      {"keltner",
       "volatility",
       "Keltner channel: EMA +- multiplier * ATR",
       cols::high | cols::low | cols::close,
       {period(20), real("multiplier", 2.0, 0.0), integer("atr_period", 10, 1)},
       {"upper", "middle", "lower"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::keltner(b.high, b.low, b.close, a.i("period"), a.d("multiplier"),
                                  a.i("atr_period"));
         return {std::move(r.upper), std::move(r.middle), std::move(r.lower)};
       }},
      {"supertrend",
       "volatility",
       "Supertrend: trailing band and direction (+1 up, -1 down)",
       cols::high | cols::low | cols::close,
       {period(10), real("multiplier", 3.0, 0.0)},
       {"value", "direction"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::supertrend(b.high, b.low, b.close, a.i("period"), a.d("multiplier"));
         return {std::move(r.value), std::move(r.direction)};
       }},

      // ---- volume -------------------------------------------------------------------------
      {"ad",
       "volume",
       "Chaikin accumulation/distribution line",
       cols::high | cols::low | cols::close | cols::volume,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::ad(b.high, b.low, b.close, b.volume)};
       }},
      {"adosc",
       "volume",
       "Chaikin A/D oscillator",
       cols::high | cols::low | cols::close | cols::volume,
       {integer("fast", 3, 2), integer("slow", 10, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::adosc(b.high, b.low, b.close, b.volume, a.i("fast"), a.i("slow"))};
       }},
      {"obv",
       "volume",
       "on-balance volume",
       cols::close | cols::volume,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns { return {taspan::obv(b.close, b.volume)}; }},
      {"vwap",
       "volume",
       "volume-weighted average typical price, one session",
       cols::high | cols::low | cols::close | cols::volume,
       {},
       {"value"},
       [](const bars& b, const args&) -> columns {
         return {taspan::vwap(b.high, b.low, b.close, b.volume)};
       }},

      // ---- statistic ----------------------------------------------------------------------
      // correl and beta compare two series; like TA-Lib's abstract API they take high and low.
      {"sum",
       "statistic",
       "rolling sum",
       cols::close,
       {period(30, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::sum(b.close, a.i("period"))};
       }},
      {"var",
       "statistic",
       "population variance (nbdev is ignored, as in TA-Lib)",
       cols::close,
       {period(5), real("nbdev", 1.0)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::var(b.close, a.i("period"), a.d("nbdev"))};
       }},
      {"stddev",
       "statistic",
       "population standard deviation times nbdev",
       cols::close,
       {period(5, 2), real("nbdev", 1.0)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::stddev(b.close, a.i("period"), a.d("nbdev"))};
       }},
      {"max",
       "statistic",
       "highest close over the period",
       cols::close,
       {period(30, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::max(b.close, a.i("period"))};
       }},
      {"min",
       "statistic",
       "lowest close over the period",
       cols::close,
       {period(30, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::min(b.close, a.i("period"))};
       }},
      {"maxindex",
       "statistic",
       "row index (0-based) of the highest close",
       cols::close,
       {period(30, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::maxindex(b.close, a.i("period"))};
       }},
      {"minindex",
       "statistic",
       "row index (0-based) of the lowest close",
       cols::close,
       {period(30, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::minindex(b.close, a.i("period"))};
       }},
      {"minmax",
       "statistic",
       "lowest and highest close",
       cols::close,
       {period(30, 2)},
       {"min", "max"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::minmax(b.close, a.i("period"));
         return {std::move(r.min), std::move(r.max)};
       }},
      {"minmaxindex",
       "statistic",
       "row indexes (0-based) of the lowest and highest close",
       cols::close,
       {period(30, 2)},
       {"minidx", "maxidx"},
       [](const bars& b, const args& a) -> columns {
         auto r = taspan::minmaxindex(b.close, a.i("period"));
         return {std::move(r.minidx), std::move(r.maxidx)};
       }},
      {"linearreg",
       "statistic",
       "linear regression: fitted value at the bar",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::linearreg(b.close, a.i("period"))};
       }},
      {"linearreg_slope",
       "statistic",
       "linear regression slope per bar",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::linearreg_slope(b.close, a.i("period"))};
       }},
      {"linearreg_intercept",
       "statistic",
       "linear regression intercept",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::linearreg_intercept(b.close, a.i("period"))};
       }},
      {"linearreg_angle",
       "statistic",
       "linear regression angle (degrees)",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::linearreg_angle(b.close, a.i("period"))};
       }},
      {"tsf",
       "statistic",
       "time series forecast (regression line one bar ahead)",
       cols::close,
       {period(14, 2)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::tsf(b.close, a.i("period"))};
       }},
      {"correl",
       "statistic",
       "Pearson correlation of high and low",
       cols::high | cols::low,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::correl(b.high, b.low, a.i("period"))};
       }},
      {"beta",
       "statistic",
       "beta of low's returns on high's returns",
       cols::high | cols::low,
       {period(5)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::beta(b.high, b.low, a.i("period"))};
       }},
  };
  return table;
}

}  // namespace taspan_cli
