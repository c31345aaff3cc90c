#pragma once
// taspan-cli's indicator table: one entry per indicator, printed by `taspan-cli --list`.
//
// ADDING AN INDICATOR = adding one entry to the table in registry() below:
//
//   {"willr", "momentum", "Williams' %R",                      // name (lower case), family,
//   summary
//    cols::high | cols::low | cols::close,                    // CSV columns it needs
//    {period(14, 2)},                                         // parameters: see the helpers below
//    {"value"},                                               // output column names
//    [](const bars& b, const args& a) -> columns {            // runs it; one vector per output,
//      return {taspan::willr(b.high, b.low, b.close, a.i("period"))};  // each b.size() long
//    }},
//
// - Parameter helpers: period(default, min) for "period"; integer(name, default, min[, max]);
//   real(name, default[, min, max]); matype(name, default) for a moving-average type given by
//   name (sma, ema, ...). The CLI checks every value against its range before calling, and shows
//   the ranges in --list: make them the library's rules (see the check_* calls in its header).
// - In the run function read parameters with a.i("name") (integer), a.d("name") (real) and
//   a.ma("name") (taspan::ma_type); a name that is not in the entry's list throws.
// - Output names: "value" for a single output; otherwise TA-Lib's output names lower-cased
//   without their out/outReal prefix (macd, macdsignal, macdhist).
// - Keep families in the order of the table and names unique; the tests check both
//   (taspan_cli_registry_check).

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

enum class param_kind { integer, real, matype };

struct param {
  std::string_view name;
  param_kind kind;
  double def;  // for matype: index into ma_names()
  double lo;
  double hi;
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

// Moving-average types by name, in TA-Lib's MAType order (MAMA, 7, is not offered).
[[nodiscard]] inline const std::vector<std::string_view>& ma_names() {
  static const std::vector<std::string_view> names{"sma",  "ema",   "wma",  "dema",
                                                   "tema", "trima", "kama", "t3"};
  return names;
}
[[nodiscard]] inline param matype(std::string_view name, std::string_view def) {
  double index = 0;
  for (std::size_t k = 0; k < ma_names().size(); ++k)
    if (ma_names()[k] == def) index = static_cast<double>(k);
  return {name, param_kind::matype, index, 0, static_cast<double>(ma_names().size() - 1)};
}

// Parameter values of one call, in the order of the entry's parameter list.
class args {
 public:
  args(const std::vector<param>& spec, std::vector<double> values)
      : spec_(&spec), values_(std::move(values)) {}

  [[nodiscard]] int i(std::string_view name) const { return static_cast<int>(at(name)); }
  [[nodiscard]] double d(std::string_view name) const { return at(name); }
  [[nodiscard]] std::string_view ma_name(std::string_view name) const {
    return ma_names()[static_cast<std::size_t>(at(name))];
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

// The table. Families in this order: rolling, overlap, momentum, volatility, volume, statistic.
[[nodiscard]] inline const std::vector<indicator>& registry() {
  static const std::vector<indicator> table{
      // ---- rolling ------------------------------------------------------------------------
      {"sum",
       "rolling",
       "rolling sum (TA-Lib SUM)",
       cols::close,
       {period(30)},
       {"value"},
       [](const bars& b, const args& a) -> columns {
         return {taspan::rolling_sum(b.close, a.i("period"))};
       }},

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

      // ---- statistic ----------------------------------------------------------------------
      // correl and beta compare two series; like TA-Lib's abstract API they take high and low.
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
