#pragma once
// THE indicator table: one entry per indicator, read by taspan-cli (--list, parameters, help), the
// generic tests (properties, threads, bad input, fuzzing), the README's tables and the bindings.
// Adding an indicator = one TASPAN_CATALOG_ENTRY here and its make_entry<> line in `table` below:
//
//   TASPAN_CATALOG_ENTRY(willr, "WILLR", momentum, "Williams' %R",
//                        (input::high, input::low, input::close),  // series, argument order
//                        ("value"),                                // outputs ("value" alone)
//                        (int),                                    // argument types after them
//                        (period(14, 2, 60)),                      // default, suggested range
//                        bounded(oscillator_windowed, -100, 0));   // documented facts
//
// Valid ranges come from the library's own checks (entry::range_of), never from here.

#include "../candles.hpp"
#include "../cycle.hpp"
#include "../math.hpp"
#include "../momentum.hpp"
#include "../overlap.hpp"
#include "../rolling.hpp"
#include "../statistic.hpp"
#include "../volatility.hpp"
#include "../volume.hpp"
#include "make_entry.hpp"

namespace taspan::catalog::detail {

using enum input;
constexpr param seed_of(std::span<const choice> c) { return choice_of("seed", c); }

// ---- rolling: taspan's window primitives (no TA-Lib name, no default period in the library) --
TASPAN_CATALOG_ENTRY(rolling_sum, "", rolling, "rolling sum", (real), ("value"), (int),
                     (period(20, 1, 60)), sum_like);
TASPAN_CATALOG_ENTRY(rolling_mean, "", rolling, "rolling mean", (real), ("value"), (int),
                     (period(20, 1, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(rolling_max, "", rolling, "rolling maximum", (real), ("value"), (int),
                     (period(20, 1, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(rolling_min, "", rolling, "rolling minimum", (real), ("value"), (int),
                     (period(20, 1, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(rolling_minmax, "", rolling, "rolling minimum and maximum", (real),
                     ("min", "max"), (int), (period(20, 1, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(rolling_argmax, "", rolling, "row index (0-based) of the rolling maximum",
                     (real), ("value"), (int), (period(20, 1, 60)), index_traits);
TASPAN_CATALOG_ENTRY(rolling_argmin, "", rolling, "row index (0-based) of the rolling minimum",
                     (real), ("value"), (int), (period(20, 1, 60)), index_traits);
TASPAN_CATALOG_ENTRY(rolling_var, "", rolling, "rolling population variance", (real), ("value"),
                     (int), (period(20, 1, 60)), variance_windowed);
TASPAN_CATALOG_ENTRY(rolling_stddev, "", rolling, "rolling population standard deviation", (real),
                     ("value"), (int), (period(20, 1, 60)), spread_windowed);

// ---- overlap ----------------------------------------------------------------------------------
TASPAN_CATALOG_ENTRY(sma, "SMA", overlap, "simple moving average", (real), ("value"), (int),
                     (period(30, 1, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(ema, "EMA", overlap,
                     "exponential moving average (seed=first_value: TradingView's)", (real),
                     ("value"), (int, ema_seed), (period(30, 2, 60), seed_of(ema_seed_choices)),
                     overlap_recursive);
TASPAN_CATALOG_ENTRY(wma, "WMA", overlap, "linearly weighted moving average", (real), ("value"),
                     (int), (period(30, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(dema, "DEMA", overlap, "double exponential moving average", (real), ("value"),
                     (int), (period(30, 2, 40)), overlap_recursive);
TASPAN_CATALOG_ENTRY(tema, "TEMA", overlap, "triple exponential moving average", (real), ("value"),
                     (int), (period(30, 2, 30)), overlap_recursive);
TASPAN_CATALOG_ENTRY(trima, "TRIMA", overlap, "triangular moving average", (real), ("value"), (int),
                     (period(30, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(kama, "KAMA", overlap, "Kaufman adaptive moving average", (real), ("value"),
                     (int), (period(30, 2, 40)), overlap_recursive);
TASPAN_CATALOG_ENTRY(t3, "T3", overlap, "Tillson T3 moving average", (real), ("value"),
                     (int, double), (period(5, 1, 15), real_param("vfactor", 0.7, 0.0, 1.0)),
                     overlap_recursive);
TASPAN_CATALOG_ENTRY(ma, "MA", overlap, "moving average of the chosen type", (real), ("value"),
                     (int, ma_type), (period(30, 2, 30), matype()), overlap_recursive);
TASPAN_CATALOG_ENTRY(hma, "", overlap, "Hull moving average", (real), ("value"), (int),
                     (period(9, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(vwma, "", overlap, "volume-weighted moving average", (close, volume),
                     ("value"), (int), (period(20, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(avgprice, "AVGPRICE", overlap, "(open + high + low + close) / 4",
                     (open, high, low, close), ("value"), (), (), overlap_windowed);
TASPAN_CATALOG_ENTRY(medprice, "MEDPRICE", overlap, "(high + low) / 2", (high, low), ("value"), (),
                     (), overlap_windowed);
TASPAN_CATALOG_ENTRY(typprice, "TYPPRICE", overlap, "(high + low + close) / 3", (high, low, close),
                     ("value"), (), (), overlap_windowed);
TASPAN_CATALOG_ENTRY(wclprice, "WCLPRICE", overlap, "(high + low + 2 close) / 4",
                     (high, low, close), ("value"), (), (), overlap_windowed);
TASPAN_CATALOG_ENTRY(bbands, "BBANDS", overlap, "Bollinger bands: MA +- nbdev * population stddev",
                     (real), ("upperband", "middleband", "lowerband"),
                     (int, double, double, ma_type),
                     (period(5, 2, 40), real_param("nbdevup", 2.0, 0.0, 3.0),
                      real_param("nbdevdn", 2.0, 0.0, 3.0), matype()),
                     windowed_if_mas(overlap_recursive));
TASPAN_CATALOG_ENTRY(midpoint, "MIDPOINT", overlap, "(highest + lowest close) / 2 over the period",
                     (real), ("value"), (int), (period(14, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(midprice, "MIDPRICE", overlap,
                     "(highest high + lowest low) / 2 over the period", (high, low), ("value"),
                     (int), (period(14, 2, 60)), overlap_windowed);
// SAR compares prices with the stop (reversals): a rounding difference can flip one.
TASPAN_CATALOG_ENTRY(sar, "SAR", overlap, "Wilder's parabolic stop and reverse", (high, low),
                     ("value"), (double, double),
                     (real_param("acceleration", 0.02, 0.0, 0.1),
                      real_param("maximum", 0.2, 0.0, 0.5)),
                     jumpy(overlap_recursive));

// ---- momentum ---------------------------------------------------------------------------------
TASPAN_CATALOG_ENTRY(macd, "MACD", momentum, "moving average convergence/divergence (EMAs)", (real),
                     ("macd", "macdsignal", "macdhist"), (int, int, int),
                     (integer("fast", 12, 2, 30), integer("slow", 26, 2, 40),
                      integer("signal", 9, 1, 15)),
                     difference_recursive);
TASPAN_CATALOG_ENTRY(macdext, "MACDEXT", momentum, "MACD with a moving-average type per line",
                     (real), ("macd", "macdsignal", "macdhist"),
                     (int, ma_type, int, ma_type, int, ma_type),
                     (integer("fast", 12, 2, 30), matype("fastmatype"), integer("slow", 26, 2, 40),
                      matype("slowmatype"), integer("signal", 9, 1, 15), matype("signalmatype")),
                     windowed_if_mas(difference_recursive));
TASPAN_CATALOG_ENTRY(ppo, "PPO", momentum, "percentage price oscillator", (real), ("value"),
                     (int, int, ma_type),
                     (integer("fast", 12, 2, 30), integer("slow", 26, 2, 40), matype()),
                     ratio_recursive);
TASPAN_CATALOG_ENTRY(apo, "APO", momentum, "absolute price oscillator", (real), ("value"),
                     (int, int, ma_type),
                     (integer("fast", 12, 2, 30), integer("slow", 26, 2, 40), matype()),
                     difference_recursive);
TASPAN_CATALOG_ENTRY(trix, "TRIX", momentum, "1-bar rate of change of a triple EMA (percent)",
                     (real), ("value"), (int), (period(30, 2, 30)), ratio_recursive);
TASPAN_CATALOG_ENTRY(rsi, "RSI", momentum, "Wilder's relative strength index", (real), ("value"),
                     (int), (period(14, 2, 60)), bounded(oscillator_recursive, 0, 100));
TASPAN_CATALOG_ENTRY(mom, "MOM", momentum, "momentum: close - close n bars ago", (real), ("value"),
                     (int), (period(10, 2, 60)), difference_windowed);
TASPAN_CATALOG_ENTRY(roc, "ROC", momentum, "rate of change, percent", (real), ("value"), (int),
                     (period(10, 2, 60)), ratio_windowed);
TASPAN_CATALOG_ENTRY(rocp, "ROCP", momentum, "rate of change as a fraction", (real), ("value"),
                     (int), (period(10, 2, 60)), ratio_windowed);
TASPAN_CATALOG_ENTRY(rocr, "ROCR", momentum, "rate of change ratio", (real), ("value"), (int),
                     (period(10, 2, 60)), ratio_windowed);
TASPAN_CATALOG_ENTRY(rocr100, "ROCR100", momentum, "rate of change ratio times 100", (real),
                     ("value"), (int), (period(10, 2, 60)), ratio_windowed);
TASPAN_CATALOG_ENTRY(cmo, "CMO", momentum, "Chande momentum oscillator", (real), ("value"), (int),
                     (period(14, 2, 60)), bounded(oscillator_recursive, -100, 100));
TASPAN_CATALOG_ENTRY(bop, "BOP", momentum, "balance of power", (open, high, low, close), ("value"),
                     (), (), bounded(oscillator_windowed, -1, 1));
TASPAN_CATALOG_ENTRY(plus_dm, "PLUS_DM", momentum, "Wilder-smoothed plus directional movement",
                     (high, low), ("value"), (int), (period(14, 2, 60)), jumpy(spread_recursive));
TASPAN_CATALOG_ENTRY(minus_dm, "MINUS_DM", momentum, "Wilder-smoothed minus directional movement",
                     (high, low), ("value"), (int), (period(14, 2, 60)), jumpy(spread_recursive));
TASPAN_CATALOG_ENTRY(plus_di, "PLUS_DI", momentum, "plus directional indicator", (high, low, close),
                     ("value"), (int), (period(14, 2, 60)),
                     jumpy(bounded(oscillator_recursive, 0, 100)));
TASPAN_CATALOG_ENTRY(minus_di, "MINUS_DI", momentum, "minus directional indicator",
                     (high, low, close), ("value"), (int), (period(14, 2, 60)),
                     jumpy(bounded(oscillator_recursive, 0, 100)));
TASPAN_CATALOG_ENTRY(dx, "DX", momentum, "directional movement index", (high, low, close),
                     ("value"), (int), (period(14, 2, 60)),
                     jumpy(bounded(oscillator_recursive, 0, 100)));
TASPAN_CATALOG_ENTRY(adx, "ADX", momentum, "average directional movement index", (high, low, close),
                     ("value"), (int), (period(14, 2, 40)),
                     jumpy(bounded(oscillator_recursive, 0, 100)));
TASPAN_CATALOG_ENTRY(adxr, "ADXR", momentum, "average directional movement index rating",
                     (high, low, close), ("value"), (int), (period(14, 2, 30)),
                     jumpy(bounded(oscillator_recursive, 0, 100)));
TASPAN_CATALOG_ENTRY(cci, "CCI", momentum, "commodity channel index", (high, low, close), ("value"),
                     (int), (period(14, 2, 60)), oscillator_windowed);
TASPAN_CATALOG_ENTRY(ultosc, "ULTOSC", momentum, "Williams' ultimate oscillator",
                     (high, low, close), ("value"), (int, int, int),
                     (integer("period1", 7, 1, 20), integer("period2", 14, 1, 30),
                      integer("period3", 28, 1, 40)),
                     bounded(oscillator_windowed, 0, 100));
TASPAN_CATALOG_ENTRY(mfi, "MFI", momentum, "money flow index", (high, low, close, volume),
                     ("value"), (int), (period(14, 2, 60)), bounded(ratio_windowed, 0, 100));
TASPAN_CATALOG_ENTRY(willr, "WILLR", momentum, "Williams' %R", (high, low, close), ("value"), (int),
                     (period(14, 2, 60)), bounded(oscillator_windowed, -100, 0));
TASPAN_CATALOG_ENTRY(aroon, "AROON", momentum, "Aroon down and up", (high, low),
                     ("aroondown", "aroonup"), (int), (period(14, 2, 60)),
                     bounded(oscillator_windowed, 0, 100));
TASPAN_CATALOG_ENTRY(aroonosc, "AROONOSC", momentum, "Aroon oscillator (up - down)", (high, low),
                     ("value"), (int), (period(14, 2, 60)),
                     bounded(oscillator_windowed, -100, 100));
// Stochastics: fast %K is in [0, 100]; the smoothing MAs decide the rest.
TASPAN_CATALOG_ENTRY(stoch, "STOCH", momentum, "slow stochastic", (high, low, close),
                     ("slowk", "slowd"), (int, int, ma_type, int, ma_type),
                     (integer("fastk", 5, 1, 30), integer("slowk", 3, 1, 15), matype("slowkmatype"),
                      integer("slowd", 3, 1, 15), matype("slowdmatype")),
                     windowed_if_mas(bounded_if_mas(bounded(oscillator_recursive, 0, 100))));
TASPAN_CATALOG_ENTRY(stochf, "STOCHF", momentum, "fast stochastic", (high, low, close),
                     ("fastk", "fastd"), (int, int, ma_type),
                     (integer("fastk", 5, 1, 30), integer("fastd", 3, 1, 15),
                      matype("fastdmatype")),
                     windowed_if_mas(bounded_if_mas(bounded(oscillator_recursive, 0, 100))));
// The RSI recurses: never windowed.
TASPAN_CATALOG_ENTRY(stochrsi, "STOCHRSI", momentum, "fast stochastic of RSI", (real),
                     ("fastk", "fastd"), (int, int, int, ma_type),
                     (period(14, 2, 30), integer("fastk", 5, 1, 20), integer("fastd", 3, 1, 10),
                      matype("fastdmatype")),
                     bounded_if_mas(bounded(oscillator_recursive, 0, 100)));

// ---- volatility -------------------------------------------------------------------------------
TASPAN_CATALOG_ENTRY(trange, "TRANGE", volatility, "true range", (high, low, close), ("value"), (),
                     (), spread_windowed);
TASPAN_CATALOG_ENTRY(atr, "ATR", volatility,
                     "Wilder's average true range (seed=tradingview: Pine's ta.atr)",
                     (high, low, close), ("value"), (int, wilder_seed),
                     (period(14, 2, 60), seed_of(wilder_seed_choices)), spread_recursive);
TASPAN_CATALOG_ENTRY(natr, "NATR", volatility, "normalized average true range, percent of close",
                     (high, low, close), ("value"), (int, wilder_seed),
                     (period(14, 2, 60), seed_of(wilder_seed_choices)),
                     bounded(ratio_recursive, 0, no_bound));
TASPAN_CATALOG_ENTRY(donchian, "", volatility,
                     "Donchian channel: highest high, lowest low, their mean", (high, low),
                     ("upper", "middle", "lower"), (int), (period(20, 1, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(keltner, "", volatility, "Keltner channel: EMA +- multiplier * ATR",
                     (high, low, close), ("upper", "middle", "lower"), (int, double, int),
                     (period(20, 1, 40), real_param("multiplier", 2.0, 0.0, 4.0),
                      integer("atr_period", 10, 1, 30)),
                     overlap_recursive);
// The band moves with prices, the direction (+-1) does not: no shift or scale claim. Compares
// close with the bands: jumpy.
TASPAN_CATALOG_ENTRY(supertrend, "", volatility,
                     "Supertrend: trailing band and direction (+1 up, -1 down)", (high, low, close),
                     ("value", "direction"), (int, double),
                     (period(10, 1, 40), real_param("multiplier", 3.0, 0.0, 5.0)), jumpy(traits{}));

// ---- volume -----------------------------------------------------------------------------------
TASPAN_CATALOG_ENTRY(ad, "AD", volume, "Chaikin accumulation/distribution line",
                     (high, low, close, volume), ("value"), (), (), oscillator_recursive);
TASPAN_CATALOG_ENTRY(adosc, "ADOSC", volume, "Chaikin A/D oscillator", (high, low, close, volume),
                     ("value"), (int, int), (integer("fast", 3, 2, 20), integer("slow", 10, 2, 40)),
                     oscillator_recursive);
TASPAN_CATALOG_ENTRY(obv, "OBV", volume, "on-balance volume", (close, volume), ("value"), (), (),
                     jumpy(oscillator_recursive));
TASPAN_CATALOG_ENTRY(vwap, "", volume, "volume-weighted average typical price, one session",
                     (high, low, close, volume), ("value"), (), (), overlap_recursive);

// ---- statistic --------------------------------------------------------------------------------
TASPAN_CATALOG_ENTRY(sum, "SUM", statistic, "rolling sum", (real), ("value"), (int),
                     (period(30, 2, 60)), sum_like);
TASPAN_CATALOG_ENTRY(var, "VAR", statistic, "population variance (nbdev is ignored, as in TA-Lib)",
                     (real), ("value"), (int, double),
                     (period(5, 1, 60), real_param("nbdev", 1.0, -3.0, 3.0)), variance_windowed);
TASPAN_CATALOG_ENTRY(stddev, "STDDEV", statistic, "population standard deviation times nbdev",
                     (real), ("value"), (int, double),
                     (period(5, 2, 60), real_param("nbdev", 1.0, 0.0, 3.0)), spread_windowed);
TASPAN_CATALOG_ENTRY(max, "MAX", statistic, "highest value over the period", (real), ("value"),
                     (int), (period(30, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(min, "MIN", statistic, "lowest value over the period", (real), ("value"),
                     (int), (period(30, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(maxindex, "MAXINDEX", statistic, "row index (0-based) of the highest value",
                     (real), ("value"), (int), (period(30, 2, 60)), index_traits);
TASPAN_CATALOG_ENTRY(minindex, "MININDEX", statistic, "row index (0-based) of the lowest value",
                     (real), ("value"), (int), (period(30, 2, 60)), index_traits);
TASPAN_CATALOG_ENTRY(minmax, "MINMAX", statistic, "lowest and highest value", (real),
                     ("min", "max"), (int), (period(30, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(minmaxindex, "MINMAXINDEX", statistic,
                     "row indexes (0-based) of the lowest and highest value", (real),
                     ("minidx", "maxidx"), (int), (period(30, 2, 60)), index_traits);
TASPAN_CATALOG_ENTRY(linearreg, "LINEARREG", statistic,
                     "linear regression: fitted value at the bar", (real), ("value"), (int),
                     (period(14, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(linearreg_slope, "LINEARREG_SLOPE", statistic,
                     "linear regression slope per bar", (real), ("value"), (int),
                     (period(14, 2, 60)), difference_windowed);
TASPAN_CATALOG_ENTRY(linearreg_intercept, "LINEARREG_INTERCEPT", statistic,
                     "linear regression intercept", (real), ("value"), (int), (period(14, 2, 60)),
                     overlap_windowed);
TASPAN_CATALOG_ENTRY(linearreg_angle, "LINEARREG_ANGLE", statistic,
                     "linear regression angle (degrees)", (real), ("value"), (int),
                     (period(14, 2, 60)), angle_windowed);
TASPAN_CATALOG_ENTRY(tsf, "TSF", statistic, "time series forecast (regression line one bar ahead)",
                     (real), ("value"), (int), (period(14, 2, 60)), overlap_windowed);
TASPAN_CATALOG_ENTRY(correl, "CORREL", statistic, "Pearson correlation of two series",
                     (real0, real1), ("value"), (int), (period(30, 3, 60)),
                     bounded(oscillator_windowed, -1, 1));
TASPAN_CATALOG_ENTRY(beta, "BETA", statistic, "beta of real1's returns on real0's returns",
                     (real0, real1), ("value"), (int), (period(5, 2, 60)), ratio_windowed);

// ---- candles: TA-Lib's 61 candlestick patterns (values +-80 / +-100 / +-200 / 0 as T) --------
TASPAN_CATALOG_ENTRY(cdl2crows, "CDL2CROWS", candles, "two crows", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdl3blackcrows, "CDL3BLACKCROWS", candles, "three black crows",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdl3inside, "CDL3INSIDE", candles, "three inside up/down",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdl3linestrike, "CDL3LINESTRIKE", candles, "three-line strike",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdl3outside, "CDL3OUTSIDE", candles, "three outside up/down",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdl3starsinsouth, "CDL3STARSINSOUTH", candles, "three stars in the south",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdl3whitesoldiers, "CDL3WHITESOLDIERS", candles, "three white soldiers",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlabandonedbaby, "CDLABANDONEDBABY", candles, "abandoned baby",
                     (open, high, low, close), ("value"), (double),
                     (real_param("penetration", 0.3, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdladvanceblock, "CDLADVANCEBLOCK", candles, "advance block",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlbelthold, "CDLBELTHOLD", candles, "belt hold", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlbreakaway, "CDLBREAKAWAY", candles, "breakaway", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlclosingmarubozu, "CDLCLOSINGMARUBOZU", candles, "closing marubozu",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlconcealbabyswall, "CDLCONCEALBABYSWALL", candles, "concealing baby swallow",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlcounterattack, "CDLCOUNTERATTACK", candles, "counterattack",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdldarkcloudcover, "CDLDARKCLOUDCOVER", candles, "dark cloud cover",
                     (open, high, low, close), ("value"), (double),
                     (real_param("penetration", 0.5, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdldoji, "CDLDOJI", candles, "doji", (open, high, low, close), ("value"), (),
                     (), candle_facts);
TASPAN_CATALOG_ENTRY(cdldojistar, "CDLDOJISTAR", candles, "doji star", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdldragonflydoji, "CDLDRAGONFLYDOJI", candles, "dragonfly doji",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlengulfing, "CDLENGULFING", candles, "engulfing", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdleveningdojistar, "CDLEVENINGDOJISTAR", candles, "evening doji star",
                     (open, high, low, close), ("value"), (double),
                     (real_param("penetration", 0.3, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdleveningstar, "CDLEVENINGSTAR", candles, "evening star",
                     (open, high, low, close), ("value"), (double),
                     (real_param("penetration", 0.3, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdlgapsidesidewhite, "CDLGAPSIDESIDEWHITE", candles,
                     "up/down-gap side-by-side white lines", (open, high, low, close), ("value"),
                     (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlgravestonedoji, "CDLGRAVESTONEDOJI", candles, "gravestone doji",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlhammer, "CDLHAMMER", candles, "hammer", (open, high, low, close), ("value"),
                     (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlhangingman, "CDLHANGINGMAN", candles, "hanging man",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlharami, "CDLHARAMI", candles, "harami", (open, high, low, close), ("value"),
                     (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlharamicross, "CDLHARAMICROSS", candles, "harami cross",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlhighwave, "CDLHIGHWAVE", candles, "high wave", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlhikkake, "CDLHIKKAKE", candles, "hikkake", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlhikkakemod, "CDLHIKKAKEMOD", candles, "modified hikkake",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlhomingpigeon, "CDLHOMINGPIGEON", candles, "homing pigeon",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlidentical3crows, "CDLIDENTICAL3CROWS", candles, "identical three crows",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlinneck, "CDLINNECK", candles, "in-neck", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlinvertedhammer, "CDLINVERTEDHAMMER", candles, "inverted hammer",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlkicking, "CDLKICKING", candles, "kicking", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlkickingbylength, "CDLKICKINGBYLENGTH", candles, "kicking by length",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlladderbottom, "CDLLADDERBOTTOM", candles, "ladder bottom",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdllongleggeddoji, "CDLLONGLEGGEDDOJI", candles, "long legged doji",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdllongline, "CDLLONGLINE", candles, "long line", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlmarubozu, "CDLMARUBOZU", candles, "marubozu", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlmatchinglow, "CDLMATCHINGLOW", candles, "matching low",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlmathold, "CDLMATHOLD", candles, "mat hold", (open, high, low, close),
                     ("value"), (double), (real_param("penetration", 0.5, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdlmorningdojistar, "CDLMORNINGDOJISTAR", candles, "morning doji star",
                     (open, high, low, close), ("value"), (double),
                     (real_param("penetration", 0.3, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdlmorningstar, "CDLMORNINGSTAR", candles, "morning star",
                     (open, high, low, close), ("value"), (double),
                     (real_param("penetration", 0.3, 0.0, 1.0)), candle_facts);
TASPAN_CATALOG_ENTRY(cdlonneck, "CDLONNECK", candles, "on-neck", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlpiercing, "CDLPIERCING", candles, "piercing", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlrickshawman, "CDLRICKSHAWMAN", candles, "rickshaw man",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlrisefall3methods, "CDLRISEFALL3METHODS", candles,
                     "rising/falling three methods", (open, high, low, close), ("value"), (), (),
                     candle_facts);
TASPAN_CATALOG_ENTRY(cdlseparatinglines, "CDLSEPARATINGLINES", candles, "separating lines",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlshootingstar, "CDLSHOOTINGSTAR", candles, "shooting star",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlshortline, "CDLSHORTLINE", candles, "short line", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlspinningtop, "CDLSPINNINGTOP", candles, "spinning top",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlstalledpattern, "CDLSTALLEDPATTERN", candles, "stalled pattern",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlsticksandwich, "CDLSTICKSANDWICH", candles, "stick sandwich",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdltakuri, "CDLTAKURI", candles, "takuri", (open, high, low, close), ("value"),
                     (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdltasukigap, "CDLTASUKIGAP", candles, "tasuki gap", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlthrusting, "CDLTHRUSTING", candles, "thrusting", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdltristar, "CDLTRISTAR", candles, "tristar", (open, high, low, close),
                     ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlunique3river, "CDLUNIQUE3RIVER", candles, "unique three river",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlupsidegap2crows, "CDLUPSIDEGAP2CROWS", candles, "upside gap two crows",
                     (open, high, low, close), ("value"), (), (), candle_facts);
TASPAN_CATALOG_ENTRY(cdlxsidegap3methods, "CDLXSIDEGAP3METHODS", candles,
                     "upside/downside gap three methods", (open, high, low, close), ("value"), (),
                     (), candle_facts);

// ---- beyond TA-Lib (issue 16): moving averages ------------------------------------------------
// McGinley's ratio x / md follows a scaling of prices, not a shift of them.
inline constexpr traits ratio_adaptive{shift::none, scale::linear, false,
                                       -no_bound,   no_bound,      on_constant::price};
TASPAN_CATALOG_ENTRY(smma, "", overlap, "smoothed (Wilder's) moving average, Pine's ta.rma", (real),
                     ("value"), (int), (period(14, 1, 60)), overlap_recursive);
TASPAN_CATALOG_ENTRY(zlema, "", overlap, "zero-lag EMA: EMA of 2 x - x[(period - 1) / 2]", (real),
                     ("value"), (int), (period(20, 1, 40)), overlap_recursive);
TASPAN_CATALOG_ENTRY(alma, "", overlap, "Arnaud Legoux moving average (Gaussian weights)", (real),
                     ("value"), (int, double, double),
                     (period(9, 1, 60), real_param("offset", 0.85, 0.0, 1.0),
                      real_param("sigma", 6.0, 0.5, 10.0)),
                     overlap_windowed);
TASPAN_CATALOG_ENTRY(mcginley, "", overlap, "McGinley dynamic (TradingView's, no 0.6 constant)",
                     (real), ("value"), (int), (period(14, 1, 60)), ratio_adaptive);
// The bands are the basis times (1 +- percent/100): they scale with prices, a shift moves them
// by more or less than the shift.
TASPAN_CATALOG_ENTRY(envelope, "", overlap, "moving-average envelope: MA * (1 +- percent/100)",
                     (real), ("upper", "middle", "lower"), (int, double, ma_type),
                     (period(20, 1, 40), real_param("percent", 10.0, 0.0, 20.0), matype()),
                     windowed_if_mas(traits{shift::none, scale::linear}));
TASPAN_CATALOG_ENTRY(vidya, "", overlap, "Chande's variable index dynamic average (CMO-scaled EMA)",
                     (real), ("value"), (int), (period(9, 1, 40)), overlap_recursive);

// ---- beyond TA-Lib (issue 16): volume --------------------------------------------------------
// Volume-weighted close locations: shift and scale leave them unchanged; 0 on flat bars.
TASPAN_CATALOG_ENTRY(cmf, "", volume, "Chaikin money flow", (high, low, close, volume), ("value"),
                     (int), (period(20, 1, 60)),
                     (traits{shift::invariant, scale::invariant, true, -1.0, 1.0,
                             on_constant::zero}));
TASPAN_CATALOG_ENTRY(force_index, "", volume, "Elder's force index: EMA of change * volume",
                     (close, volume), ("value"), (int), (period(13, 1, 40)), difference_recursive);
TASPAN_CATALOG_ENTRY(elder_ray, "", momentum, "Elder ray: high and low minus EMA(close)",
                     (high, low, close), ("bull_power", "bear_power"), (int), (period(13, 1, 40)),
                     difference_recursive);
// change(hl2) * (high - low): the square of a price difference (volume is not scaled).
TASPAN_CATALOG_ENTRY(eom, "", volume, "ease of movement (Arms), SMA of the box ratio",
                     (high, low, volume), ("value"), (int, double),
                     (period(14, 1, 40), real_param("divisor", 10000.0, 1.0, 100000.0)),
                     (traits{shift::invariant, scale::square, true, -no_bound, no_bound,
                             on_constant::zero}));
TASPAN_CATALOG_ENTRY(nvi, "", volume, "negative volume index (Fosback, base 1000)", (close, volume),
                     ("value"), (), (), ratio_recursive);
TASPAN_CATALOG_ENTRY(pvi, "", volume, "positive volume index (Fosback, base 1000)", (close, volume),
                     ("value"), (), (), ratio_recursive);
// Volume only: prices moving or scaling leave it unchanged; constant volume gives 0.
inline constexpr traits volume_oscillator{shift::invariant, scale::invariant, false,
                                          -no_bound,        no_bound,         on_constant::zero};
TASPAN_CATALOG_ENTRY(pvo, "", volume, "percentage volume oscillator (PPO of volume, EMAs)",
                     (volume), ("pvo", "signal", "histogram"), (int, int, int),
                     (integer("fast", 12, 2, 30), integer("slow", 26, 2, 40),
                      integer("signal", 9, 1, 15)),
                     volume_oscillator);
// Signs the volume by the change of the typical price: a rounding difference can flip a tie.
TASPAN_CATALOG_ENTRY(kvo, "", volume, "Klinger volume oscillator (TradingView's signed volume)",
                     (high, low, close, volume), ("kvo", "signal"), (int, int, int),
                     (integer("fast", 34, 1, 40), integer("slow", 55, 1, 60),
                      integer("signal", 13, 1, 20)),
                     jumpy(volume_oscillator));

// ---- beyond TA-Lib (issue 16): oscillators and statistics -------------------------------------
TASPAN_CATALOG_ENTRY(ao, "", momentum, "awesome oscillator: SMA(hl2, fast) - SMA(hl2, slow)",
                     (high, low), ("value"), (int, int),
                     (integer("fast", 5, 1, 20), integer("slow", 34, 1, 60)), difference_windowed);
TASPAN_CATALOG_ENTRY(dpo, "", momentum, "detrended price oscillator: x - SMA[period / 2 + 1]",
                     (real), ("value"), (int), (period(21, 1, 40)), difference_windowed);
TASPAN_CATALOG_ENTRY(tsi, "", momentum, "true strength index (double-smoothed momentum) and signal",
                     (real), ("tsi", "signal"), (int, int, int),
                     (integer("long_period", 25, 1, 40), integer("short_period", 13, 1, 30),
                      integer("signal", 13, 1, 20)),
                     oscillator_recursive);
// Sums of absolute moves over sums of true ranges: never negative.
TASPAN_CATALOG_ENTRY(vortex, "", momentum, "vortex indicator VI+ and VI-", (high, low, close),
                     ("vi_plus", "vi_minus"), (int), (period(14, 1, 40)),
                     bounded(oscillator_windowed, 0.0, no_bound));
TASPAN_CATALOG_ENTRY(coppock, "", momentum, "Coppock curve: WMA of two rates of change", (real),
                     ("value"), (int, int, int),
                     (period(10, 1, 20), integer("long_roc", 14, 1, 30),
                      integer("short_roc", 11, 1, 30)),
                     ratio_windowed);
// The clamp compares with 0.99: a rounding difference can flip it.
TASPAN_CATALOG_ENTRY(fisher, "", momentum, "Ehlers' Fisher transform of hl2 and its trigger",
                     (high, low), ("fisher", "trigger"), (int), (period(9, 1, 30)),
                     jumpy(oscillator_recursive));
TASPAN_CATALOG_ENTRY(chop, "", volatility, "choppiness index (0 trending .. 100 choppy)",
                     (high, low, close), ("value"), (int), (period(14, 2, 40)),
                     oscillator_windowed);
// Percent drawdowns: they ignore scaling, not shifts; never negative, 0 on flat prices.
TASPAN_CATALOG_ENTRY(ulcer_index, "", volatility, "ulcer index: RMS percent drawdown from the high",
                     (real), ("value"), (int), (period(14, 1, 30)),
                     (traits{shift::none, scale::invariant, true, 0.0, no_bound,
                             on_constant::zero}));
TASPAN_CATALOG_ENTRY(mass_index, "", volatility,
                     "Dorsey's mass index: sum of EMA / EMA(EMA) of ranges", (high, low), ("value"),
                     (int, int), (period(10, 1, 30), integer("ema_period", 9, 1, 20)),
                     oscillator_recursive);
TASPAN_CATALOG_ENTRY(zscore, "", statistic, "z-score: (x - mean) / population stddev", (real),
                     ("value"), (int), (period(20, 1, 60)),
                     (traits{shift::invariant, scale::invariant, true, -no_bound, no_bound,
                             on_constant::zero}));
// Compares prices: a rounding difference can flip a tie.
TASPAN_CATALOG_ENTRY(percent_rank, "", statistic,
                     "percent of the previous period values <= the current one", (real), ("value"),
                     (int), (period(20, 1, 60)), jumpy(bounded(oscillator_windowed, 0, 100)));

// ---- math: TA-Lib's Math Transform and Math Operator functions, bar by bar ------------------
// Functions of prices with no shift or scale rule (sin(2x) is not 2 sin(x)); windowed (lookback
// 0); bounded where the function's range is (pi and pi/2 as float rounds them: upwards).
inline constexpr traits elementwise{shift::none, scale::none, true};
inline constexpr traits sum_windowed{shift::none, scale::linear, true};
inline constexpr traits product_windowed{shift::none, scale::square, true};
TASPAN_CATALOG_ENTRY(acos, "ACOS", math, "arc cosine (radians)", (real), ("value"), (), (),
                     bounded(elementwise, 0, 3.1415927410125732));
TASPAN_CATALOG_ENTRY(asin, "ASIN", math, "arc sine (radians)", (real), ("value"), (), (),
                     bounded(elementwise, -1.5707963705062866, 1.5707963705062866));
TASPAN_CATALOG_ENTRY(atan, "ATAN", math, "arc tangent (radians)", (real), ("value"), (), (),
                     bounded(elementwise, -1.5707963705062866, 1.5707963705062866));
TASPAN_CATALOG_ENTRY(ceil, "CEIL", math, "smallest integer >= x", (real), ("value"), (), (),
                     elementwise);
TASPAN_CATALOG_ENTRY(cos, "COS", math, "cosine", (real), ("value"), (), (),
                     bounded(elementwise, -1, 1));
TASPAN_CATALOG_ENTRY(cosh, "COSH", math, "hyperbolic cosine", (real), ("value"), (), (),
                     bounded(elementwise, 1, no_bound));
TASPAN_CATALOG_ENTRY(exp, "EXP", math, "e to the power x", (real), ("value"), (), (),
                     bounded(elementwise, 0, no_bound));
TASPAN_CATALOG_ENTRY(floor, "FLOOR", math, "largest integer <= x", (real), ("value"), (), (),
                     elementwise);
TASPAN_CATALOG_ENTRY(ln, "LN", math, "natural logarithm", (real), ("value"), (), (), elementwise);
TASPAN_CATALOG_ENTRY(log10, "LOG10", math, "base-10 logarithm", (real), ("value"), (), (),
                     elementwise);
TASPAN_CATALOG_ENTRY(sin, "SIN", math, "sine", (real), ("value"), (), (),
                     bounded(elementwise, -1, 1));
TASPAN_CATALOG_ENTRY(sinh, "SINH", math, "hyperbolic sine", (real), ("value"), (), (), elementwise);
TASPAN_CATALOG_ENTRY(sqrt, "SQRT", math, "square root", (real), ("value"), (), (),
                     bounded(elementwise, 0, no_bound));
TASPAN_CATALOG_ENTRY(tan, "TAN", math, "tangent", (real), ("value"), (), (), elementwise);
TASPAN_CATALOG_ENTRY(tanh, "TANH", math, "hyperbolic tangent", (real), ("value"), (), (),
                     bounded(elementwise, -1, 1));
// real0 and real1: close and open in the generic tests; sub is a difference of prices.
TASPAN_CATALOG_ENTRY(add, "ADD", math, "real0 + real1", (real0, real1), ("value"), (), (),
                     sum_windowed);
TASPAN_CATALOG_ENTRY(sub, "SUB", math, "real0 - real1", (real0, real1), ("value"), (), (),
                     difference_windowed);
TASPAN_CATALOG_ENTRY(mult, "MULT", math, "real0 * real1", (real0, real1), ("value"), (), (),
                     product_windowed);
TASPAN_CATALOG_ENTRY(div, "DIV", math, "real0 / real1", (real0, real1), ("value"), (), (),
                     ratio_windowed);

// ---- TA-Lib's remaining functions (issue 15) --------------------------------------------------
TASPAN_CATALOG_ENTRY(macdfix, "MACDFIX", momentum,
                     "MACD with TA-Lib's fixed EMA factors 0.15 and 0.075", (real),
                     ("macd", "macdsignal", "macdhist"), (int), (integer("signal", 9, 1, 15)),
                     difference_recursive);
TASPAN_CATALOG_ENTRY(avgdev, "AVGDEV", statistic, "mean absolute deviation from the window's mean",
                     (real), ("value"), (int), (period(14, 2, 60)), spread_windowed);
// A window with no intraday move is 0 / 0: NaN, as in TA-Lib.
TASPAN_CATALOG_ENTRY(imi, "IMI", momentum, "intraday momentum index", (open, close), ("value"),
                     (int), (period(14, 2, 60)), bounded(oscillator_windowed, 0, 100));
// The band width 4 (h - l) / (h + l) does not move with a shift of prices: no shift rule.
TASPAN_CATALOG_ENTRY(accbands, "ACCBANDS", overlap,
                     "acceleration bands: SMAs of widened highs, closes, widened lows",
                     (high, low, close), ("upperband", "middleband", "lowerband"), (int),
                     (period(20, 2, 60)),
                     (traits{shift::none, scale::linear, true, -no_bound, no_bound,
                             on_constant::price}));

// Short stops are negative (TA-Lib's convention): the sign jumps on reversals, no shift rule.
TASPAN_CATALOG_ENTRY(sarext, "SAREXT", overlap,
                     "parabolic SAR, every rule a parameter (short: negative)", (high, low),
                     ("value"), (double, double, double, double, double, double, double, double),
                     (real_param("startvalue", 0.0, 0.0, 0.0),
                      real_param("offsetonreverse", 0.0, 0.0, 0.05),
                      real_param("accelerationinitlong", 0.02, 0.0, 0.1),
                      real_param("accelerationlong", 0.02, 0.0, 0.1),
                      real_param("accelerationmaxlong", 0.2, 0.0, 0.5),
                      real_param("accelerationinitshort", 0.02, 0.0, 0.1),
                      real_param("accelerationshort", 0.02, 0.0, 0.1),
                      real_param("accelerationmaxshort", 0.2, 0.0, 0.5)),
                     jumpy(traits{shift::none, scale::linear}));

// The periods input is a series of bar counts, not prices: the MA's facts hold for the prices.
TASPAN_CATALOG_ENTRY(mavp, "MAVP", overlap, "moving average with a period per bar", (real, periods),
                     ("value"), (int, int, ma_type),
                     (integer("minperiod", 2, 2, 10), integer("maxperiod", 30, 10, 40), matype()),
                     windowed_if_mas(overlap_recursive));

// ---- the Hilbert transform family (John Ehlers; TA-Lib's fixed warm-ups 32 and 63) -----------
// The transform starts from zeros, so no shift or scale claim holds exactly during its first
// cycles; the outputs compare periods and phases (jumpy).
TASPAN_CATALOG_ENTRY(ht_trendline, "HT_TRENDLINE", overlap,
                     "Hilbert transform instantaneous trendline", (real), ("value"), (), (),
                     jumpy(traits{}));
TASPAN_CATALOG_ENTRY(mama, "MAMA", overlap, "MESA adaptive moving average and its following FAMA",
                     (real), ("mama", "fama"), (double, double),
                     (real_param("fastlimit", 0.5, 0.2, 0.9),
                      real_param("slowlimit", 0.05, 0.01, 0.1)),
                     jumpy(traits{}));
TASPAN_CATALOG_ENTRY(ht_dcperiod, "HT_DCPERIOD", cycle,
                     "Hilbert transform dominant cycle period (bars)", (real), ("value"), (), (),
                     jumpy(bounded(traits{}, 0, 50)));
TASPAN_CATALOG_ENTRY(ht_dcphase, "HT_DCPHASE", cycle,
                     "Hilbert transform dominant cycle phase (degrees)", (real), ("value"), (), (),
                     jumpy(traits{}));
TASPAN_CATALOG_ENTRY(ht_phasor, "HT_PHASOR", cycle, "Hilbert transform phasor components", (real),
                     ("inphase", "quadrature"), (), (), jumpy(traits{}));
TASPAN_CATALOG_ENTRY(ht_sine, "HT_SINE", cycle, "Hilbert transform sine wave and lead sine", (real),
                     ("sine", "leadsine"), (), (), jumpy(bounded(traits{}, -1, 1)));
TASPAN_CATALOG_ENTRY(ht_trendmode, "HT_TRENDMODE", cycle,
                     "Hilbert transform trend (1) or cycle (0) mode", (real), ("value"), (), (),
                     jumpy(bounded(traits{}, 0, 1)));
// ---- beyond TA-Lib (issue 16): candles, bands and stops ---------------------------------------
TASPAN_CATALOG_ENTRY(heikin_ashi, "", overlap, "Heikin-Ashi candles", (open, high, low, close),
                     ("open", "high", "low", "close"), (), (), overlap_recursive);
TASPAN_CATALOG_ENTRY(starc, "", volatility, "STARC bands: SMA +- multiplier * ATR",
                     (high, low, close), ("upper", "middle", "lower"), (int, double, int),
                     (period(6, 1, 30), real_param("multiplier", 2.0, 0.0, 4.0),
                      integer("atr_period", 15, 1, 30)),
                     overlap_recursive);
TASPAN_CATALOG_ENTRY(chandelier_exit, "", volatility,
                     "chandelier exit: highest high - k ATR (long), lowest low + k ATR (short)",
                     (high, low, close), ("long_stop", "short_stop"), (int, double, int),
                     (period(22, 1, 40), real_param("multiplier", 3.0, 0.0, 5.0),
                      integer("atr_period", 22, 1, 40)),
                     overlap_recursive);

}  // namespace taspan::catalog::detail

namespace taspan::catalog {

// Families in order (rolling, overlap, momentum, volatility, volume, statistic), then groups
// appended as they came (candles, the indicators beyond TA-Lib, math, the rest of TA-Lib). The
// fuzz corpus names an indicator by its position here (tests/fuzz/make_seeds.py): append only.
inline constexpr std::array table{
    detail::make_entry<detail::rolling_sum_def>(),
    detail::make_entry<detail::rolling_mean_def>(),
    detail::make_entry<detail::rolling_max_def>(),
    detail::make_entry<detail::rolling_min_def>(),
    detail::make_entry<detail::rolling_minmax_def>(),
    detail::make_entry<detail::rolling_argmax_def>(),
    detail::make_entry<detail::rolling_argmin_def>(),
    detail::make_entry<detail::rolling_var_def>(),
    detail::make_entry<detail::rolling_stddev_def>(),
    detail::make_entry<detail::sma_def>(),
    detail::make_entry<detail::ema_def>(),
    detail::make_entry<detail::wma_def>(),
    detail::make_entry<detail::dema_def>(),
    detail::make_entry<detail::tema_def>(),
    detail::make_entry<detail::trima_def>(),
    detail::make_entry<detail::kama_def>(),
    detail::make_entry<detail::t3_def>(),
    detail::make_entry<detail::ma_def>(),
    detail::make_entry<detail::hma_def>(),
    detail::make_entry<detail::vwma_def>(),
    detail::make_entry<detail::avgprice_def>(),
    detail::make_entry<detail::medprice_def>(),
    detail::make_entry<detail::typprice_def>(),
    detail::make_entry<detail::wclprice_def>(),
    detail::make_entry<detail::bbands_def>(),
    detail::make_entry<detail::midpoint_def>(),
    detail::make_entry<detail::midprice_def>(),
    detail::make_entry<detail::sar_def>(),
    detail::make_entry<detail::macd_def>(),
    detail::make_entry<detail::macdext_def>(),
    detail::make_entry<detail::ppo_def>(),
    detail::make_entry<detail::apo_def>(),
    detail::make_entry<detail::trix_def>(),
    detail::make_entry<detail::rsi_def>(),
    detail::make_entry<detail::mom_def>(),
    detail::make_entry<detail::roc_def>(),
    detail::make_entry<detail::rocp_def>(),
    detail::make_entry<detail::rocr_def>(),
    detail::make_entry<detail::rocr100_def>(),
    detail::make_entry<detail::cmo_def>(),
    detail::make_entry<detail::bop_def>(),
    detail::make_entry<detail::plus_dm_def>(),
    detail::make_entry<detail::minus_dm_def>(),
    detail::make_entry<detail::plus_di_def>(),
    detail::make_entry<detail::minus_di_def>(),
    detail::make_entry<detail::dx_def>(),
    detail::make_entry<detail::adx_def>(),
    detail::make_entry<detail::adxr_def>(),
    detail::make_entry<detail::cci_def>(),
    detail::make_entry<detail::ultosc_def>(),
    detail::make_entry<detail::mfi_def>(),
    detail::make_entry<detail::willr_def>(),
    detail::make_entry<detail::aroon_def>(),
    detail::make_entry<detail::aroonosc_def>(),
    detail::make_entry<detail::stoch_def>(),
    detail::make_entry<detail::stochf_def>(),
    detail::make_entry<detail::stochrsi_def>(),
    detail::make_entry<detail::trange_def>(),
    detail::make_entry<detail::atr_def>(),
    detail::make_entry<detail::natr_def>(),
    detail::make_entry<detail::donchian_def>(),
    detail::make_entry<detail::keltner_def>(),
    detail::make_entry<detail::supertrend_def>(),
    detail::make_entry<detail::ad_def>(),
    detail::make_entry<detail::adosc_def>(),
    detail::make_entry<detail::obv_def>(),
    detail::make_entry<detail::vwap_def>(),
    detail::make_entry<detail::sum_def>(),
    detail::make_entry<detail::var_def>(),
    detail::make_entry<detail::stddev_def>(),
    detail::make_entry<detail::max_def>(),
    detail::make_entry<detail::min_def>(),
    detail::make_entry<detail::maxindex_def>(),
    detail::make_entry<detail::minindex_def>(),
    detail::make_entry<detail::minmax_def>(),
    detail::make_entry<detail::minmaxindex_def>(),
    detail::make_entry<detail::linearreg_def>(),
    detail::make_entry<detail::linearreg_slope_def>(),
    detail::make_entry<detail::linearreg_intercept_def>(),
    detail::make_entry<detail::linearreg_angle_def>(),
    detail::make_entry<detail::tsf_def>(),
    detail::make_entry<detail::correl_def>(),
    detail::make_entry<detail::beta_def>(),
    // candles
    detail::make_entry<detail::cdl2crows_def>(),
    detail::make_entry<detail::cdl3blackcrows_def>(),
    detail::make_entry<detail::cdl3inside_def>(),
    detail::make_entry<detail::cdl3linestrike_def>(),
    detail::make_entry<detail::cdl3outside_def>(),
    detail::make_entry<detail::cdl3starsinsouth_def>(),
    detail::make_entry<detail::cdl3whitesoldiers_def>(),
    detail::make_entry<detail::cdlabandonedbaby_def>(),
    detail::make_entry<detail::cdladvanceblock_def>(),
    detail::make_entry<detail::cdlbelthold_def>(),
    detail::make_entry<detail::cdlbreakaway_def>(),
    detail::make_entry<detail::cdlclosingmarubozu_def>(),
    detail::make_entry<detail::cdlconcealbabyswall_def>(),
    detail::make_entry<detail::cdlcounterattack_def>(),
    detail::make_entry<detail::cdldarkcloudcover_def>(),
    detail::make_entry<detail::cdldoji_def>(),
    detail::make_entry<detail::cdldojistar_def>(),
    detail::make_entry<detail::cdldragonflydoji_def>(),
    detail::make_entry<detail::cdlengulfing_def>(),
    detail::make_entry<detail::cdleveningdojistar_def>(),
    detail::make_entry<detail::cdleveningstar_def>(),
    detail::make_entry<detail::cdlgapsidesidewhite_def>(),
    detail::make_entry<detail::cdlgravestonedoji_def>(),
    detail::make_entry<detail::cdlhammer_def>(),
    detail::make_entry<detail::cdlhangingman_def>(),
    detail::make_entry<detail::cdlharami_def>(),
    detail::make_entry<detail::cdlharamicross_def>(),
    detail::make_entry<detail::cdlhighwave_def>(),
    detail::make_entry<detail::cdlhikkake_def>(),
    detail::make_entry<detail::cdlhikkakemod_def>(),
    detail::make_entry<detail::cdlhomingpigeon_def>(),
    detail::make_entry<detail::cdlidentical3crows_def>(),
    detail::make_entry<detail::cdlinneck_def>(),
    detail::make_entry<detail::cdlinvertedhammer_def>(),
    detail::make_entry<detail::cdlkicking_def>(),
    detail::make_entry<detail::cdlkickingbylength_def>(),
    detail::make_entry<detail::cdlladderbottom_def>(),
    detail::make_entry<detail::cdllongleggeddoji_def>(),
    detail::make_entry<detail::cdllongline_def>(),
    detail::make_entry<detail::cdlmarubozu_def>(),
    detail::make_entry<detail::cdlmatchinglow_def>(),
    detail::make_entry<detail::cdlmathold_def>(),
    detail::make_entry<detail::cdlmorningdojistar_def>(),
    detail::make_entry<detail::cdlmorningstar_def>(),
    detail::make_entry<detail::cdlonneck_def>(),
    detail::make_entry<detail::cdlpiercing_def>(),
    detail::make_entry<detail::cdlrickshawman_def>(),
    detail::make_entry<detail::cdlrisefall3methods_def>(),
    detail::make_entry<detail::cdlseparatinglines_def>(),
    detail::make_entry<detail::cdlshootingstar_def>(),
    detail::make_entry<detail::cdlshortline_def>(),
    detail::make_entry<detail::cdlspinningtop_def>(),
    detail::make_entry<detail::cdlstalledpattern_def>(),
    detail::make_entry<detail::cdlsticksandwich_def>(),
    detail::make_entry<detail::cdltakuri_def>(),
    detail::make_entry<detail::cdltasukigap_def>(),
    detail::make_entry<detail::cdlthrusting_def>(),
    detail::make_entry<detail::cdltristar_def>(),
    detail::make_entry<detail::cdlunique3river_def>(),
    detail::make_entry<detail::cdlupsidegap2crows_def>(),
    detail::make_entry<detail::cdlxsidegap3methods_def>(),
    detail::make_entry<detail::smma_def>(),
    detail::make_entry<detail::zlema_def>(),
    detail::make_entry<detail::alma_def>(),
    detail::make_entry<detail::mcginley_def>(),
    detail::make_entry<detail::envelope_def>(),
    detail::make_entry<detail::vidya_def>(),
    detail::make_entry<detail::cmf_def>(),
    detail::make_entry<detail::force_index_def>(),
    detail::make_entry<detail::elder_ray_def>(),
    detail::make_entry<detail::eom_def>(),
    detail::make_entry<detail::nvi_def>(),
    detail::make_entry<detail::pvi_def>(),
    detail::make_entry<detail::pvo_def>(),
    detail::make_entry<detail::kvo_def>(),
    detail::make_entry<detail::ao_def>(),
    detail::make_entry<detail::dpo_def>(),
    detail::make_entry<detail::tsi_def>(),
    detail::make_entry<detail::vortex_def>(),
    detail::make_entry<detail::coppock_def>(),
    detail::make_entry<detail::fisher_def>(),
    detail::make_entry<detail::chop_def>(),
    detail::make_entry<detail::ulcer_index_def>(),
    detail::make_entry<detail::mass_index_def>(),
    detail::make_entry<detail::zscore_def>(),
    detail::make_entry<detail::percent_rank_def>(),
    // math
    detail::make_entry<detail::acos_def>(),
    detail::make_entry<detail::asin_def>(),
    detail::make_entry<detail::atan_def>(),
    detail::make_entry<detail::ceil_def>(),
    detail::make_entry<detail::cos_def>(),
    detail::make_entry<detail::cosh_def>(),
    detail::make_entry<detail::exp_def>(),
    detail::make_entry<detail::floor_def>(),
    detail::make_entry<detail::ln_def>(),
    detail::make_entry<detail::log10_def>(),
    detail::make_entry<detail::sin_def>(),
    detail::make_entry<detail::sinh_def>(),
    detail::make_entry<detail::sqrt_def>(),
    detail::make_entry<detail::tan_def>(),
    detail::make_entry<detail::tanh_def>(),
    detail::make_entry<detail::add_def>(),
    detail::make_entry<detail::sub_def>(),
    detail::make_entry<detail::mult_def>(),
    detail::make_entry<detail::div_def>(),
    // issue 15
    detail::make_entry<detail::macdfix_def>(),
    detail::make_entry<detail::avgdev_def>(),
    detail::make_entry<detail::imi_def>(),
    detail::make_entry<detail::accbands_def>(),
    detail::make_entry<detail::sarext_def>(),
    detail::make_entry<detail::mavp_def>(),
    detail::make_entry<detail::ht_trendline_def>(),
    detail::make_entry<detail::mama_def>(),
    detail::make_entry<detail::ht_dcperiod_def>(),
    detail::make_entry<detail::ht_dcphase_def>(),
    detail::make_entry<detail::ht_phasor_def>(),
    detail::make_entry<detail::ht_sine_def>(),
    detail::make_entry<detail::ht_trendmode_def>(),
    detail::make_entry<detail::heikin_ashi_def>(),
    detail::make_entry<detail::starc_def>(),
    detail::make_entry<detail::chandelier_exit_def>(),
};

}  // namespace taspan::catalog
