#pragma once
// candles(): all 61 candlestick patterns in one pass over the bars, one ring and one set of
// running totals (what a screener wants). Each pattern's series equals its own function's (the
// same engine, the same totals), with TA-Lib's default penetrations; call the pattern itself for
// another penetration. Patterns are in TA-Lib's (alphabetical) order: candle_pattern.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/series_io.hpp"
#include "continuation.hpp"
#include "detail/engine.hpp"
#include "gap.hpp"
#include "hammer.hpp"
#include "hikkake.hpp"
#include "settings.hpp"
#include "single.hpp"
#include "star.hpp"
#include "three.hpp"
#include "two.hpp"

namespace taspan {

enum class candle_pattern : std::uint8_t {
  cdl2crows,
  cdl3blackcrows,
  cdl3inside,
  cdl3linestrike,
  cdl3outside,
  cdl3starsinsouth,
  cdl3whitesoldiers,
  cdlabandonedbaby,
  cdladvanceblock,
  cdlbelthold,
  cdlbreakaway,
  cdlclosingmarubozu,
  cdlconcealbabyswall,
  cdlcounterattack,
  cdldarkcloudcover,
  cdldoji,
  cdldojistar,
  cdldragonflydoji,
  cdlengulfing,
  cdleveningdojistar,
  cdleveningstar,
  cdlgapsidesidewhite,
  cdlgravestonedoji,
  cdlhammer,
  cdlhangingman,
  cdlharami,
  cdlharamicross,
  cdlhighwave,
  cdlhikkake,
  cdlhikkakemod,
  cdlhomingpigeon,
  cdlidentical3crows,
  cdlinneck,
  cdlinvertedhammer,
  cdlkicking,
  cdlkickingbylength,
  cdlladderbottom,
  cdllongleggeddoji,
  cdllongline,
  cdlmarubozu,
  cdlmatchinglow,
  cdlmathold,
  cdlmorningdojistar,
  cdlmorningstar,
  cdlonneck,
  cdlpiercing,
  cdlrickshawman,
  cdlrisefall3methods,
  cdlseparatinglines,
  cdlshootingstar,
  cdlshortline,
  cdlspinningtop,
  cdlstalledpattern,
  cdlsticksandwich,
  cdltakuri,
  cdltasukigap,
  cdlthrusting,
  cdltristar,
  cdlunique3river,
  cdlupsidegap2crows,
  cdlxsidegap3methods
};

inline constexpr std::size_t candle_pattern_count = 61;
inline constexpr std::array<std::string_view, candle_pattern_count> candle_pattern_names{
    "cdl2crows",           "cdl3blackcrows",      "cdl3inside",         "cdl3linestrike",
    "cdl3outside",         "cdl3starsinsouth",    "cdl3whitesoldiers",  "cdlabandonedbaby",
    "cdladvanceblock",     "cdlbelthold",         "cdlbreakaway",       "cdlclosingmarubozu",
    "cdlconcealbabyswall", "cdlcounterattack",    "cdldarkcloudcover",  "cdldoji",
    "cdldojistar",         "cdldragonflydoji",    "cdlengulfing",       "cdleveningdojistar",
    "cdleveningstar",      "cdlgapsidesidewhite", "cdlgravestonedoji",  "cdlhammer",
    "cdlhangingman",       "cdlharami",           "cdlharamicross",     "cdlhighwave",
    "cdlhikkake",          "cdlhikkakemod",       "cdlhomingpigeon",    "cdlidentical3crows",
    "cdlinneck",           "cdlinvertedhammer",   "cdlkicking",         "cdlkickingbylength",
    "cdlladderbottom",     "cdllongleggeddoji",   "cdllongline",        "cdlmarubozu",
    "cdlmatchinglow",      "cdlmathold",          "cdlmorningdojistar", "cdlmorningstar",
    "cdlonneck",           "cdlpiercing",         "cdlrickshawman",     "cdlrisefall3methods",
    "cdlseparatinglines",  "cdlshootingstar",     "cdlshortline",       "cdlspinningtop",
    "cdlstalledpattern",   "cdlsticksandwich",    "cdltakuri",          "cdltasukigap",
    "cdlthrusting",        "cdltristar",          "cdlunique3river",    "cdlupsidegap2crows",
    "cdlxsidegap3methods"};

// The 61 series, each the inputs' length: values[k] is pattern k (result[candle_pattern::...]).
template <class T>
struct candles_result {
  std::array<std::vector<T>, candle_pattern_count> values;
  [[nodiscard]] const std::vector<T>& operator[](candle_pattern p) const {
    return values[static_cast<std::size_t>(p)];
  }
};

namespace detail {

using all_candles_engine = candle_engine<
    cdl::cdl2crows_rule, cdl::cdl3blackcrows_rule, cdl::cdl3inside_rule, cdl::cdl3linestrike_rule,
    cdl::cdl3outside_rule, cdl::cdl3starsinsouth_rule, cdl::cdl3whitesoldiers_rule,
    cdl::cdlabandonedbaby_rule, cdl::cdladvanceblock_rule, cdl::cdlbelthold_rule,
    cdl::cdlbreakaway_rule, cdl::cdlclosingmarubozu_rule, cdl::cdlconcealbabyswall_rule,
    cdl::cdlcounterattack_rule, cdl::cdldarkcloudcover_rule, cdl::cdldoji_rule,
    cdl::cdldojistar_rule, cdl::cdldragonflydoji_rule, cdl::cdlengulfing_rule,
    cdl::cdleveningdojistar_rule, cdl::cdleveningstar_rule, cdl::cdlgapsidesidewhite_rule,
    cdl::cdlgravestonedoji_rule, cdl::cdlhammer_rule, cdl::cdlhangingman_rule, cdl::cdlharami_rule,
    cdl::cdlharamicross_rule, cdl::cdlhighwave_rule, cdl::cdlhikkake_rule, cdl::cdlhikkakemod_rule,
    cdl::cdlhomingpigeon_rule, cdl::cdlidentical3crows_rule, cdl::cdlinneck_rule,
    cdl::cdlinvertedhammer_rule, cdl::cdlkicking_rule, cdl::cdlkickingbylength_rule,
    cdl::cdlladderbottom_rule, cdl::cdllongleggeddoji_rule, cdl::cdllongline_rule,
    cdl::cdlmarubozu_rule, cdl::cdlmatchinglow_rule, cdl::cdlmathold_rule,
    cdl::cdlmorningdojistar_rule, cdl::cdlmorningstar_rule, cdl::cdlonneck_rule,
    cdl::cdlpiercing_rule, cdl::cdlrickshawman_rule, cdl::cdlrisefall3methods_rule,
    cdl::cdlseparatinglines_rule, cdl::cdlshootingstar_rule, cdl::cdlshortline_rule,
    cdl::cdlspinningtop_rule, cdl::cdlstalledpattern_rule, cdl::cdlsticksandwich_rule,
    cdl::cdltakuri_rule, cdl::cdltasukigap_rule, cdl::cdlthrusting_rule, cdl::cdltristar_rule,
    cdl::cdlunique3river_rule, cdl::cdlupsidegap2crows_rule, cdl::cdlxsidegap3methods_rule>;

}  // namespace detail

template <series O, series H, series L, series C>
[[nodiscard]] candles_result<series_value_t<C>> candles(const O& open, const H& high, const L& low,
                                                        const C& close,
                                                        const candle_settings& settings = {}) {
  using T = series_value_t<C>;
  detail::check_candle_settings("candles", settings);
  detail::check_same_sizes("candles", {"open", "high", "low", "close"}, open, high, low, close);
  const auto in = detail::inputs(open, high, low, close);
  const std::size_t n = in[0].size();
  candles_result<T> result;
  for (auto& v : result.values) v.resize(n);
  detail::all_candles_engine engine(settings);
  for (std::size_t i = 0; i < n; ++i) {
    const auto bar = engine.step(in[0][i], in[1][i], in[2][i], in[3][i]);
    for (std::size_t k = 0; k < candle_pattern_count; ++k)
      result.values[k][i] = static_cast<T>(bar[k]);
  }
  return result;
}

}  // namespace taspan
