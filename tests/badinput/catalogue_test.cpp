// Bad-input catalogue.
// 1. Every public function, with every kind of invalid parameter and every size mismatch, throws
//    taspan::error with the documented message ("taspan::<function>: <parameter> must be <rule>,
//    got <value>", see include/taspan/core/error.hpp): every registry indicator's parameters and
//    size mismatches, the pattern detectors, measured moves and timeframe functions, each from a
//    table with one line per function and parameter from which the message is built.
// 2. Every indicator in the registry, on pathological series (empty, one bar, all NaN, +-inf,
//    1e300, denormals, alternating huge/tiny), returns a series of the input's length without
//    crashing or hanging, streaming agrees with batch, and all-NaN input gives all-NaN output
//    (the documented NaN policy: a NaN makes every window/warm-up that holds it NaN).

#include <algorithm>
#include <limits>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/io/csv.hpp"
#include "taspan/patterns.hpp"
#include "taspan/taspan.hpp"
#include "taspan/timeframe.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

constexpr int kIntMin = std::numeric_limits<int>::min();

template <class T>
class BadInput : public ::testing::Test {};
TYPED_TEST_SUITE(BadInput, real_types);

// ---- 1. parameters and sizes ------------------------------------------------------------------

// Checks the three entry points of a close-only, one-period function: fn(in, out, period),
// fn(in, period) and fn_stream<T>(period), for period 0, -1 and INT_MIN, and out of the wrong size.
#define TASPAN_CHECK_PERIOD_FUNCTION(fn, T)                                                        \
  do {                                                                                             \
    const std::vector<T> in(10, T(1));                                                             \
    std::vector<T> out(10);                                                                        \
    for (int bad : {0, -1, kIntMin}) {                                                             \
      const std::string msg =                                                                      \
          std::string("taspan::" #fn ": period must be >= 1, got ") + std::to_string(bad);         \
      EXPECT_TASPAN_ERROR(taspan::fn(in, out, bad), msg);                                          \
      EXPECT_TASPAN_ERROR(taspan::fn(in, bad), msg);                                               \
      EXPECT_TASPAN_ERROR(                                                                         \
          taspan::fn##_stream<T>(bad),                                                             \
          std::string("taspan::" #fn "_stream: period must be >= 1, got ") + std::to_string(bad)); \
    }                                                                                              \
    std::vector<T> shorter(9), longer(11), none;                                                   \
    EXPECT_TASPAN_ERROR(taspan::fn(in, shorter, 3),                                                \
                        "taspan::" #fn ": out size must be the size of input (10), got 9");        \
    EXPECT_TASPAN_ERROR(taspan::fn(in, longer, 3),                                                 \
                        "taspan::" #fn ": out size must be the size of input (10), got 11");       \
    EXPECT_TASPAN_ERROR(taspan::fn(in, none, 3),                                                   \
                        "taspan::" #fn ": out size must be the size of input (10), got 0");        \
    /* A period larger than the series is valid: all NaN. */                                       \
    const auto all_nan = taspan::fn(in, 11);                                                       \
    ASSERT_EQ(all_nan.size(), in.size());                                                          \
    for (T x : all_nan) EXPECT_TRUE(std::isnan(x));                                                \
  } while (false)

TYPED_TEST(BadInput, RollingSum) { TASPAN_CHECK_PERIOD_FUNCTION(rolling_sum, TypeParam); }
TYPED_TEST(BadInput, RollingMean) { TASPAN_CHECK_PERIOD_FUNCTION(rolling_mean, TypeParam); }
TYPED_TEST(BadInput, Sma) { TASPAN_CHECK_PERIOD_FUNCTION(sma, TypeParam); }

// A parameter is checked before the sizes, so the message names the parameter.
TYPED_TEST(BadInput, ParameterIsReportedBeforeSize) {
  using T = TypeParam;
  const std::vector<T> in(10, T(1));
  std::vector<T> out(3);
  EXPECT_TASPAN_ERROR(taspan::sma(in, out, 0), "taspan::sma: period must be >= 1, got 0");
}

// taspan::error is a std::invalid_argument, so generic handlers catch it.
TYPED_TEST(BadInput, ErrorIsAnInvalidArgument) {
  using T = TypeParam;
  const std::vector<T> in(4, T(1));
  EXPECT_THROW((void)taspan::sma(in, 0), std::invalid_argument);
}

// Every registry indicator's period-like parameters: one line per (indicator, parameter), the
// rule as documented beside each function (`check_period`/`check_min` in its header). The
// expected messages are built from the table; both the batch form ("taspan::<name>: ...") and the
// stream ("taspan::<name>_stream: ...") must report them. Runs through the registry's already
// instantiated entries, so it costs this translation unit no new template instances.
struct bad_param {
  const char* indicator;
  int index;  // which parameter, in the catalog entry's order
  const char* name;
  int min;  // documented rule: ">= min"
};
constexpr bad_param kBadParams[] = {
    {"rolling_sum", 0, "period", 1},
    {"rolling_mean", 0, "period", 1},
    {"rolling_max", 0, "period", 1},
    {"rolling_min", 0, "period", 1},
    {"rolling_minmax", 0, "period", 1},
    {"rolling_var", 0, "period", 1},
    {"rolling_stddev", 0, "period", 1},
    {"sma", 0, "period", 1},
    {"ema", 0, "period", 1},
    {"dema", 0, "period", 1},
    {"tema", 0, "period", 1},
    {"wma", 0, "period", 1},
    {"trima", 0, "period", 1},
    {"hma", 0, "period", 2},
    {"kama", 0, "period", 1},
    {"vwma", 0, "period", 1},
    {"mom", 0, "period", 1},
    {"roc", 0, "period", 1},
    {"rocp", 0, "period", 1},
    {"rocr", 0, "period", 1},
    {"rocr100", 0, "period", 1},
    {"rsi", 0, "period", 2},
    {"cmo", 0, "period", 2},
    {"trix", 0, "period", 1},
    {"cci", 0, "period", 2},
    {"mfi", 0, "period", 2},
    {"adx", 0, "period", 2},
    {"adxr", 0, "period", 2},
    {"dx", 0, "period", 2},
    {"plus_di", 0, "period", 1},
    {"minus_di", 0, "period", 1},
    {"plus_dm", 0, "period", 1},
    {"minus_dm", 0, "period", 1},
    {"ultosc", 0, "period1", 1},
    {"ultosc", 1, "period2", 1},
    {"ultosc", 2, "period3", 1},
    {"apo", 0, "fast", 2},
    {"apo", 1, "slow", 2},
    {"ppo", 0, "fast", 2},
    {"ppo", 1, "slow", 2},
    {"macd", 0, "fast", 2},
    {"macd", 1, "slow", 2},
    {"macd", 2, "signal", 1},
    {"linearreg", 0, "period", 2},
    {"linearreg_intercept", 0, "period", 2},
    {"tsf", 0, "period", 2},
    {"linearreg_slope", 0, "period", 2},
    {"linearreg_angle", 0, "period", 2},
    {"correl", 0, "period", 1},
    {"beta", 0, "period", 1},
    {"atr", 0, "period", 1},
    {"natr", 0, "period", 1},
    {"adosc", 0, "fast", 2},
    {"adosc", 1, "slow", 2},
    {"t3", 0, "period", 1},
    {"ma", 0, "period", 1},
    {"rolling_argmax", 0, "period", 1},
    {"rolling_argmin", 0, "period", 1},
    {"midpoint", 0, "period", 2},
    {"midprice", 0, "period", 2},
    {"bbands", 0, "period", 2},
    {"willr", 0, "period", 2},
    {"aroon", 0, "period", 2},
    {"aroonosc", 0, "period", 2},
    {"stoch", 0, "fastk_period", 1},
    {"stoch", 1, "slowk_period", 1},
    {"stoch", 3, "slowd_period", 1},
    {"stochf", 0, "fastk_period", 1},
    {"stochf", 1, "fastd_period", 1},
    {"stochrsi", 0, "period", 2},
    {"stochrsi", 1, "fastk_period", 1},
    {"stochrsi", 2, "fastd_period", 1},
    {"macdext", 0, "fast", 2},
    {"macdext", 2, "slow", 2},
    {"macdext", 4, "signal", 1},
    {"var", 0, "period", 1},
    {"stddev", 0, "period", 2},
    {"max", 0, "period", 2},
    {"min", 0, "period", 2},
    {"minmax", 0, "period", 2},
    {"sum", 0, "period", 2},
    {"maxindex", 0, "period", 2},
    {"minindex", 0, "period", 2},
    {"minmaxindex", 0, "period", 2},
    {"donchian", 0, "period", 1},
    {"keltner", 0, "period", 1},
    {"keltner", 2, "atr_period", 1},
    {"supertrend", 0, "period", 1},
    {"smma", 0, "period", 1},
    {"zlema", 0, "period", 1},
    {"alma", 0, "period", 1},
    {"mcginley", 0, "period", 1},
    {"envelope", 0, "period", 1},
    {"vidya", 0, "period", 1},
    {"cmf", 0, "period", 1},
    {"force_index", 0, "period", 1},
    {"elder_ray", 0, "period", 1},
    {"eom", 0, "period", 1},
    {"pvo", 0, "fast", 2},
    {"pvo", 1, "slow", 2},
    {"pvo", 2, "signal", 1},
    {"kvo", 0, "fast", 1},
    {"kvo", 1, "slow", 1},
    {"kvo", 2, "signal", 1},
    {"ao", 0, "fast", 1},
    {"ao", 1, "slow", 1},
    {"dpo", 0, "period", 1},
    {"tsi", 0, "long_period", 1},
    {"tsi", 1, "short_period", 1},
    {"tsi", 2, "signal", 1},
    {"vortex", 0, "period", 1},
    {"coppock", 0, "period", 1},
    {"coppock", 1, "long_roc", 1},
    {"coppock", 2, "short_roc", 1},
    {"fisher", 0, "period", 1},
    {"chop", 0, "period", 2},
    {"ulcer_index", 0, "period", 1},
    {"mass_index", 0, "period", 1},
    {"mass_index", 1, "ema_period", 1},
    {"zscore", 0, "period", 1},
    {"percent_rank", 0, "period", 1},
    {"macdfix", 0, "signal", 1},
    {"avgdev", 0, "period", 2},
    {"imi", 0, "period", 2},
    {"accbands", 0, "period", 2},
    {"mavp", 0, "minperiod", 2},
    {"starc", 0, "period", 1},
    {"starc", 2, "atr_period", 1},
    {"chandelier_exit", 0, "period", 1},
    {"chandelier_exit", 2, "atr_period", 1},
};

// Parameters with other rules: moving-average types and real parameters (index: the position in
// the catalog entry), each with its documented rule and the value as printed.
struct bad_choice {
  const char* indicator;
  int index;
  double value;
  const char* name;
  const char* rule;
  const char* got;
};
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr const char* kMaTypes = "one of sma, ema, wma, dema, tema, trima, kama, mama, t3";
const bad_choice kBadChoices[] = {
    {"ma", 1, 9, "matype", kMaTypes, "9"},
    {"ma", 1, -1, "matype", kMaTypes, "-1"},
    {"apo", 2, 9, "matype", kMaTypes, "9"},
    {"ppo", 2, 12, "matype", kMaTypes, "12"},
    {"t3", 1, 1.5, "vfactor", "in [0, 1]", "1.5"},
    {"t3", 1, -0.25, "vfactor", "in [0, 1]", "-0.25"},
    {"t3", 1, std::numeric_limits<double>::quiet_NaN(), "vfactor", "in [0, 1]", "nan"},
    {"bbands", 3, 9, "matype", kMaTypes, "9"},
    {"bbands", 3, 10, "matype", kMaTypes, "10"},
    {"bbands", 1, kNan, "nbdevup", "finite", "nan"},
    {"bbands", 2, -kInf, "nbdevdn", "finite", "-inf"},
    {"stoch", 2, 9, "slowk_matype", kMaTypes, "9"},
    {"stoch", 4, -2, "slowd_matype", kMaTypes, "-2"},
    {"stochf", 2, 9, "fastd_matype", kMaTypes, "9"},
    {"stochrsi", 3, 9, "fastd_matype", kMaTypes, "9"},
    {"macdext", 1, 9, "fast_type", kMaTypes, "9"},
    {"macdext", 3, 11, "slow_type", kMaTypes, "11"},
    {"macdext", 5, -1, "signal_type", kMaTypes, "-1"},
    {"sar", 0, -0.5, "acceleration", ">= 0 and finite", "-0.5"},
    {"sar", 1, kInf, "maximum", ">= 0 and finite", "inf"},
    {"sar", 1, kNan, "maximum", ">= 0 and finite", "nan"},
    {"var", 1, kInf, "nbdev", "finite", "inf"},
    {"stddev", 1, kNan, "nbdev", "finite", "nan"},
    {"keltner", 1, -1, "multiplier", ">= 0 and finite", "-1"},
    {"supertrend", 1, kInf, "multiplier", ">= 0 and finite", "inf"},
    {"alma", 1, 1.25, "offset", "in [0, 1]", "1.25"},
    {"alma", 2, 0, "sigma", "> 0 and finite", "0"},
    {"alma", 2, kInf, "sigma", "> 0 and finite", "inf"},
    {"envelope", 1, -5, "percent", ">= 0 and finite", "-5"},
    {"envelope", 2, 9, "matype", kMaTypes, "9"},
    {"eom", 1, 0, "divisor", "> 0 and finite", "0"},
    {"eom", 1, kNan, "divisor", "> 0 and finite", "nan"},
    {"starc", 1, -1, "multiplier", ">= 0 and finite", "-1"},
    {"chandelier_exit", 1, kInf, "multiplier", ">= 0 and finite", "inf"},
    {"cdlabandonedbaby", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdldarkcloudcover", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdleveningdojistar", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdleveningstar", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdlmathold", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdlmorningdojistar", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdlmorningstar", 0, -0.1, "penetration", ">= 0 and finite", "-0.1"},
    {"cdlmorningstar", 0, kNan, "penetration", ">= 0 and finite", "nan"},
    {"cdlmathold", 0, kInf, "penetration", ">= 0 and finite", "inf"},
    {"mavp", 2, 9, "matype", kMaTypes, "9"},
    {"mama", 0, 1.0, "fastlimit", "in [0.01, 0.99]", "1"},
    {"mama", 1, kNan, "slowlimit", "in [0.01, 0.99]", "nan"},
    {"sarext", 0, kNan, "startvalue", "finite", "nan"},
    {"sarext", 1, -0.5, "offsetonreverse", ">= 0 and finite", "-0.5"},
    {"sarext", 2, kInf, "accelerationinitlong", ">= 0 and finite", "inf"},
    {"sarext", 3, -1, "accelerationlong", ">= 0 and finite", "-1"},
    {"sarext", 4, kNan, "accelerationmaxlong", ">= 0 and finite", "nan"},
    {"sarext", 5, -0.01, "accelerationinitshort", ">= 0 and finite", "-0.01"},
    {"sarext", 6, kInf, "accelerationshort", ">= 0 and finite", "inf"},
    {"sarext", 7, -2, "accelerationmaxshort", ">= 0 and finite", "-2"},
};

TYPED_TEST(BadInput, EveryRegistryParameterHasItsDocumentedMessage) {
  using T = TypeParam;
  const auto indicators = all_indicators<T>();
  const auto b = random_bars<T>(30, 3);
  std::set<std::string> covered;
  for (const bad_param& row : kBadParams) {
    const auto it = std::find_if(indicators.begin(), indicators.end(),
                                 [&](const auto& ind) { return ind.name == row.indicator; });
    ASSERT_NE(it, indicators.end()) << row.indicator;
    covered.insert(row.indicator);
    std::mt19937_64 rng(5);
    for (int bad : {row.min - 1, -1, kIntMin}) {
      params q = it->random_params(rng);
      q.v[static_cast<std::size_t>(row.index)] = bad;
      const std::string tail = std::string(": ") + row.name +
                               " must be >= " + std::to_string(row.min) + ", got " +
                               std::to_string(bad);
      EXPECT_TASPAN_ERROR((void)it->batch(b, q), "taspan::" + std::string(row.indicator) + tail);
      EXPECT_TASPAN_ERROR((void)it->stream(b, q),
                          "taspan::" + std::string(row.indicator) + "_stream" + tail);
    }
  }
  for (const bad_choice& row : kBadChoices) {
    const auto it = std::find_if(indicators.begin(), indicators.end(),
                                 [&](const auto& ind) { return ind.name == row.indicator; });
    ASSERT_NE(it, indicators.end()) << row.indicator;
    covered.insert(row.indicator);
    std::mt19937_64 rng(7);
    params q = it->random_params(rng);
    q.v[static_cast<std::size_t>(row.index)] = row.value;
    const std::string tail =
        std::string(": ") + row.name + " must be " + row.rule + ", got " + row.got;
    EXPECT_TASPAN_ERROR((void)it->batch(b, q), "taspan::" + std::string(row.indicator) + tail);
    EXPECT_TASPAN_ERROR((void)it->stream(b, q),
                        "taspan::" + std::string(row.indicator) + "_stream" + tail);
  }
  // Every registry indicator with a parameter is in one of the tables (the others take none).
  for (const auto& ind : indicators) {
    std::mt19937_64 r(1);
    if (!ind.random_params(r).v.empty()) {
      EXPECT_EQ(covered.count(ind.name), 1U) << ind.name << " takes parameters: not in the table";
    }
  }
}

// Size mismatches: every registry indicator with several inputs checks them against its first
// input ("<input> size must be the size of <first> (n), got m"). One line per indicator: which
// series of the bars is cut short, its parameter name, and the first input's name.
struct bad_size {
  const char* indicator;
  char cut;  // o, h, l, c, v: the series one bar shorter
  const char* name;
  const char* first;
};
constexpr bad_size kBadSizes[] = {
    {"medprice", 'l', "low", "high"},
    {"plus_dm", 'l', "low", "high"},
    {"minus_dm", 'l', "low", "high"},
    {"typprice", 'c', "close", "high"},
    {"wclprice", 'c', "close", "high"},
    {"cci", 'c', "close", "high"},
    {"adx", 'c', "close", "high"},
    {"adxr", 'c', "close", "high"},
    {"dx", 'c', "close", "high"},
    {"plus_di", 'c', "close", "high"},
    {"minus_di", 'c', "close", "high"},
    {"ultosc", 'c', "close", "high"},
    {"atr", 'c', "close", "high"},
    {"natr", 'c', "close", "high"},
    {"trange", 'c', "close", "high"},
    {"mfi", 'v', "volume", "high"},
    {"ad", 'v', "volume", "high"},
    {"adosc", 'v', "volume", "high"},
    {"vwap", 'v', "volume", "high"},
    {"avgprice", 'c', "close", "open"},
    {"bop", 'c', "close", "open"},
    {"vwma", 'v', "volume", "close"},
    {"obv", 'v', "volume", "close"},
    {"correl", 'o', "in1", "in0"},
    {"beta", 'o', "in1", "in0"},
    {"midprice", 'l', "low", "high"},
    {"sar", 'l', "low", "high"},
    {"willr", 'c', "close", "high"},
    {"aroon", 'l', "low", "high"},
    {"aroonosc", 'l', "low", "high"},
    {"stoch", 'c', "close", "high"},
    {"stochf", 'l', "low", "high"},
    {"donchian", 'l', "low", "high"},
    {"keltner", 'c', "close", "high"},
    {"supertrend", 'c', "close", "high"},
    {"cmf", 'v', "volume", "high"},
    {"force_index", 'v', "volume", "close"},
    {"elder_ray", 'c', "close", "high"},
    {"eom", 'v', "volume", "high"},
    {"nvi", 'v', "volume", "close"},
    {"pvi", 'v', "volume", "close"},
    {"kvo", 'v', "volume", "high"},
    {"ao", 'l', "low", "high"},
    {"vortex", 'c', "close", "high"},
    {"fisher", 'l', "low", "high"},
    {"chop", 'c', "close", "high"},
    {"mass_index", 'l', "low", "high"},
    {"heikin_ashi", 'c', "close", "open"},
    {"starc", 'c', "close", "high"},
    {"chandelier_exit", 'l', "low", "high"},
    {"cdl2crows", 'c', "close", "open"},
    {"cdl3blackcrows", 'c', "close", "open"},
    {"cdl3inside", 'c', "close", "open"},
    {"cdl3linestrike", 'c', "close", "open"},
    {"cdl3outside", 'c', "close", "open"},
    {"cdl3starsinsouth", 'c', "close", "open"},
    {"cdl3whitesoldiers", 'c', "close", "open"},
    {"cdlabandonedbaby", 'c', "close", "open"},
    {"cdladvanceblock", 'c', "close", "open"},
    {"cdlbelthold", 'c', "close", "open"},
    {"cdlbreakaway", 'c', "close", "open"},
    {"cdlclosingmarubozu", 'c', "close", "open"},
    {"cdlconcealbabyswall", 'c', "close", "open"},
    {"cdlcounterattack", 'c', "close", "open"},
    {"cdldarkcloudcover", 'c', "close", "open"},
    {"cdldoji", 'c', "close", "open"},
    {"cdldojistar", 'c', "close", "open"},
    {"cdldragonflydoji", 'c', "close", "open"},
    {"cdlengulfing", 'c', "close", "open"},
    {"cdleveningdojistar", 'c', "close", "open"},
    {"cdleveningstar", 'c', "close", "open"},
    {"cdlgapsidesidewhite", 'c', "close", "open"},
    {"cdlgravestonedoji", 'c', "close", "open"},
    {"cdlhammer", 'c', "close", "open"},
    {"cdlhangingman", 'c', "close", "open"},
    {"cdlharami", 'c', "close", "open"},
    {"cdlharamicross", 'c', "close", "open"},
    {"cdlhighwave", 'c', "close", "open"},
    {"cdlhikkake", 'c', "close", "open"},
    {"cdlhikkakemod", 'c', "close", "open"},
    {"cdlhomingpigeon", 'c', "close", "open"},
    {"cdlidentical3crows", 'c', "close", "open"},
    {"cdlinneck", 'c', "close", "open"},
    {"cdlinvertedhammer", 'c', "close", "open"},
    {"cdlkicking", 'c', "close", "open"},
    {"cdlkickingbylength", 'c', "close", "open"},
    {"cdlladderbottom", 'c', "close", "open"},
    {"cdllongleggeddoji", 'c', "close", "open"},
    {"cdllongline", 'c', "close", "open"},
    {"cdlmarubozu", 'c', "close", "open"},
    {"cdlmatchinglow", 'c', "close", "open"},
    {"cdlmathold", 'c', "close", "open"},
    {"cdlmorningdojistar", 'c', "close", "open"},
    {"cdlmorningstar", 'c', "close", "open"},
    {"cdlonneck", 'c', "close", "open"},
    {"cdlpiercing", 'c', "close", "open"},
    {"cdlrickshawman", 'c', "close", "open"},
    {"cdlrisefall3methods", 'c', "close", "open"},
    {"cdlseparatinglines", 'c', "close", "open"},
    {"cdlshootingstar", 'c', "close", "open"},
    {"cdlshortline", 'c', "close", "open"},
    {"cdlspinningtop", 'c', "close", "open"},
    {"cdlstalledpattern", 'c', "close", "open"},
    {"cdlsticksandwich", 'c', "close", "open"},
    {"cdltakuri", 'c', "close", "open"},
    {"cdltasukigap", 'c', "close", "open"},
    {"cdlthrusting", 'c', "close", "open"},
    {"cdltristar", 'c', "close", "open"},
    {"cdlunique3river", 'c', "close", "open"},
    {"cdlupsidegap2crows", 'c', "close", "open"},
    {"cdlxsidegap3methods", 'c', "close", "open"},
    {"medprice", 'l', "low", "high"},
    {"plus_dm", 'l', "low", "high"},
    {"minus_dm", 'l', "low", "high"},
    {"typprice", 'c', "close", "high"},
    {"wclprice", 'c', "close", "high"},
    {"cci", 'c', "close", "high"},
    {"adx", 'c', "close", "high"},
    {"adxr", 'c', "close", "high"},
    {"dx", 'c', "close", "high"},
    {"plus_di", 'c', "close", "high"},
    {"minus_di", 'c', "close", "high"},
    {"ultosc", 'c', "close", "high"},
    {"atr", 'c', "close", "high"},
    {"natr", 'c', "close", "high"},
    {"trange", 'c', "close", "high"},
    {"mfi", 'v', "volume", "high"},
    {"ad", 'v', "volume", "high"},
    {"adosc", 'v', "volume", "high"},
    {"vwap", 'v', "volume", "high"},
    {"avgprice", 'c', "close", "open"},
    {"bop", 'c', "close", "open"},
    {"vwma", 'v', "volume", "close"},
    {"obv", 'v', "volume", "close"},
    {"correl", 'o', "in1", "in0"},
    {"beta", 'o', "in1", "in0"},
    {"midprice", 'l', "low", "high"},
    {"sar", 'l', "low", "high"},
    {"willr", 'c', "close", "high"},
    {"aroon", 'l', "low", "high"},
    {"aroonosc", 'l', "low", "high"},
    {"stoch", 'c', "close", "high"},
    {"stochf", 'l', "low", "high"},
    {"donchian", 'l', "low", "high"},
    {"keltner", 'c', "close", "high"},
    {"supertrend", 'c', "close", "high"},
    {"add", 'o', "real1", "real0"},
    {"sub", 'o', "real1", "real0"},
    {"mult", 'o', "real1", "real0"},
    {"div", 'o', "real1", "real0"},
    {"imi", 'c', "close", "open"},
    {"accbands", 'l', "low", "high"},
    {"mavp", 'v', "periods", "real"},
};

TYPED_TEST(BadInput, EveryRegistrySizeMismatchHasItsDocumentedMessage) {
  using T = TypeParam;
  const auto indicators = all_indicators<T>();
  for (const bad_size& row : kBadSizes) {
    const auto it = std::find_if(indicators.begin(), indicators.end(),
                                 [&](const auto& ind) { return ind.name == row.indicator; });
    ASSERT_NE(it, indicators.end()) << row.indicator;
    auto b = random_bars<T>(30, 4);
    auto& cut = row.cut == 'o'   ? b.open
                : row.cut == 'h' ? b.high
                : row.cut == 'l' ? b.low
                : row.cut == 'c' ? b.close
                                 : b.volume;
    cut.pop_back();
    std::mt19937_64 rng(6);
    const params q = it->random_params(rng);
    EXPECT_TASPAN_ERROR((void)it->batch(b, q), "taspan::" + std::string(row.indicator) + ": " +
                                                   row.name + " size must be the size of " +
                                                   row.first + " (30), got 29");
  }
}

// Patterns and timeframe: one line per function and parameter, the message built from the rule.
std::string documented(const std::string& fn, const std::string& param, const std::string& rule,
                       const std::string& got) {
  return "taspan::" + fn + ": " + param + " must be " + rule + ", got " + got;
}

TEST(BadInputPatterns, OptionsAndSizesHaveTheirDocumentedMessages) {
  using taspan::breakout_method;
  const std::vector<double> h(12, 2.0), l(12, 1.0), c(12, 1.5), short_l(11, 1.0);
  const auto opts = [](breakout_method m, int period, int min_bars, double height, int vp, int ft) {
    taspan::breakout_options o;
    o.method = m;
    o.period = period;
    o.min_bars = min_bars;
    o.max_height = height;
    o.volume_period = vp;
    o.follow_through = ft;
    return o;
  };
  struct row {
    taspan::breakout_options o;
    const char* param;
    const char* rule;
    const char* got;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const row rows[] = {
      {opts(breakout_method::highest, 0, 20, 0.25, 0, 0), "period", ">= 1", "0"},
      {opts(breakout_method::donchian, -4, 20, 0.25, 0, 0), "period", ">= 1", "-4"},
      {opts(breakout_method::range, 20, 0, 0.25, 0, 0), "min_bars", ">= 1", "0"},
      {opts(breakout_method::range, 20, 5, 0.0, 0, 0), "max_height", "> 0 and finite", "0"},
      {opts(breakout_method::range, 20, 5, nan, 0, 0), "max_height", "> 0 and finite", "nan"},
      {opts(breakout_method::highest, 20, 5, 0.25, -1, 0), "volume_period", ">= 0", "-1"},
      {opts(breakout_method::all_time, 20, 5, 0.25, 0, -2), "follow_through", ">= 0", "-2"},
  };
  for (const row& r : rows) {
    EXPECT_TASPAN_ERROR((void)taspan::breakouts(h, l, c, r.o),
                        documented("breakouts", r.param, r.rule, r.got));
    EXPECT_TASPAN_ERROR(taspan::breakout_stream<double>(r.o),
                        documented("breakout_stream", r.param, r.rule, r.got));
  }
  EXPECT_TASPAN_ERROR((void)taspan::breakouts(h, short_l, c),
                      documented("breakouts", "low size", "the size of high (12)", "11"));

  using th = taspan::swing_threshold;
  EXPECT_TASPAN_ERROR((void)taspan::swings(h, l, th::percent(0.0)),
                      documented("swings", "threshold", "> 0 and finite", "0"));
  EXPECT_TASPAN_ERROR((void)taspan::swings(c, th::points(-1.0)),
                      documented("swings", "threshold", "> 0 and finite", "-1"));
  EXPECT_TASPAN_ERROR((void)taspan::swings(h, l, th::percent(100.0)),
                      documented("swings", "threshold", "< 100 percent", "100"));
  EXPECT_TASPAN_ERROR(taspan::swing_stream<double>(th::percent(150.0)),
                      documented("swing_stream", "threshold", "< 100 percent", "150"));
  EXPECT_TASPAN_ERROR((void)taspan::swings(h, short_l, th::percent(5.0)),
                      documented("swings", "low size", "the size of high (12)", "11"));
  EXPECT_TASPAN_ERROR((void)taspan::swings(h, l, th::atr(2.0)),
                      "taspan::swings: threshold in ATR multiples needs an atr series");

  EXPECT_TASPAN_ERROR((void)taspan::pivots(h, l, 0, 2), documented("pivots", "left", ">= 1", "0"));
  EXPECT_TASPAN_ERROR((void)taspan::pivots(h, l, 2, -1),
                      documented("pivots", "right", ">= 0", "-1"));
  EXPECT_TASPAN_ERROR(taspan::pivot_stream<double>(-3, 2),
                      documented("pivot_stream", "left", ">= 1", "-3"));
  EXPECT_TASPAN_ERROR((void)taspan::pivots(h, short_l),
                      documented("pivots", "low size", "the size of high (12)", "11"));

  EXPECT_TASPAN_ERROR((void)taspan::measured_move(0.0, 2.0, 3.0),
                      documented("measured_move", "low", "> 0 and finite", "0"));
  EXPECT_TASPAN_ERROR((void)taspan::measured_move_points(1.0, 1.0, 3.0),
                      documented("measured_move_points", "high", "> low (1) and finite", "1"));
  EXPECT_TASPAN_ERROR((void)taspan::measured_move_percent(1.0, 2.0, -3.0),
                      documented("measured_move_percent", "level", "> 0 and finite", "-3"));
  EXPECT_TASPAN_ERROR((void)taspan::fibonacci_extension(1.0, 2.0, 3.0, 0.0),
                      documented("fibonacci_extension", "ratio", "> 0 and finite", "0"));
}

TEST(BadInputTimeframe, ParametersAndSizesHaveTheirDocumentedMessages) {
  const std::vector<double> x(12, 1.0);
  std::vector<double> out(12);
  EXPECT_TASPAN_ERROR(taspan::trend(x, out, 0, 10), documented("trend", "period", ">= 1", "0"));
  EXPECT_TASPAN_ERROR(taspan::trend(x, out, 5, 0), documented("trend", "slope_bars", ">= 1", "0"));
  EXPECT_TASPAN_ERROR(taspan::trend_stream<double>(-1, 3),
                      documented("trend_stream", "period", ">= 1", "-1"));
  const std::vector<std::size_t> closed_at{2, 5, 9};
  const std::vector<double> values{1.0, 2.0};
  EXPECT_TASPAN_ERROR(taspan::align(closed_at, values, out),
                      documented("align", "values size", "the size of closed_at (3)", "2"));
}

// ---- 2. pathological series -------------------------------------------------------------------

template <class T>
std::vector<std::pair<std::string, bars<T>>> pathological(std::size_t n) {
  constexpr T inf = std::numeric_limits<T>::infinity();
  constexpr T nan = std::numeric_limits<T>::quiet_NaN();
  const T huge = std::is_same_v<T, float> ? T(1e38F) : T(1e300);
  const T denorm = std::numeric_limits<T>::denorm_min();
  std::vector<std::pair<std::string, bars<T>>> v;
  v.emplace_back("empty", flat_bars<T>(0, T(1)));
  v.emplace_back("one bar", flat_bars<T>(1, T(5)));
  v.emplace_back("all NaN", flat_bars<T>(n, nan, nan));
  v.emplace_back("all +inf", flat_bars<T>(n, inf));
  v.emplace_back("all -inf", flat_bars<T>(n, -inf));
  v.emplace_back("all huge", flat_bars<T>(n, huge));
  v.emplace_back("all max", flat_bars<T>(n, std::numeric_limits<T>::max()));
  v.emplace_back("all denormal", flat_bars<T>(n, denorm, denorm));
  v.emplace_back("all zero", flat_bars<T>(n, T(0), T(0)));
  auto mixed = random_bars<T>(n, 4);
  for (std::size_t i = 0; i < n; i += 7) mixed.close[i] = (i % 14 == 0) ? huge : denorm;
  for (std::size_t i = 3; i < n; i += 11) mixed.high[i] = inf;
  for (std::size_t i = 5; i < n; i += 13) mixed.low[i] = nan;
  v.emplace_back("mixed huge/denormal/inf/NaN", mixed);
  auto one_inf = random_bars<T>(n, 5);
  if (n > 10) one_inf.close[10] = inf;
  v.emplace_back("one inf", one_inf);
  return v;
}

bool same_value(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

TYPED_TEST(BadInput, PathologicalSeriesNeverCrashAndStreamingAgrees) {
  using T = TypeParam;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(21);
    for (int c = 0; c < 20; ++c) {
      const auto q = ind.random_params(rng);
      for (const auto& [name, b] :
           pathological<T>(static_cast<std::size_t>(uniform_int(rng, 0, 120)))) {
        const std::string what = ind.name + q.str() + " on " + name;
        const auto batch = ind.batch(b, q);
        const auto stream = ind.stream(b, q);
        ASSERT_EQ(batch.size(), stream.size()) << what;
        for (std::size_t k = 0; k < batch.size(); ++k) {
          ASSERT_EQ(batch[k].size(), b.size()) << what;
          int reported = 0;
          for (std::size_t i = 0; i < b.size(); ++i) {
            const double x = static_cast<double>(batch[k][i]);
            const double s = static_cast<double>(stream[k][i]);
            // Finite results agree to the usual tolerance; non-finite ones exactly.
            const bool ok = same_value(x, s) ||
                            (std::isfinite(x) && std::isfinite(s) &&
                             std::abs(x - s) <= tol<T>() * std::max(std::abs(x), std::abs(s)));
            if (!ok && reported++ < 3)
              ADD_FAILURE() << what << " bar " << i << ": batch " << x << ", stream " << s;
            if (name == "all NaN" && reported < 3 && !std::isnan(x))
              ADD_FAILURE() << what << " bar " << i << ": " << x << " from all-NaN input";
          }
        }
      }
    }
  }
}

// Infinities: a window that holds +inf (and no -inf or NaN) sums to +inf; windows that do not hold
// it are unaffected (the running sum must not carry inf - inf = NaN past the window).
TYPED_TEST(BadInput, InfinityAffectsOnlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  constexpr T inf = std::numeric_limits<T>::infinity();
  for (int period : {1, 2, 3, 5, 8}) {
    auto x = random_walk<T>(40, 8);
    x[12] = inf;
    const auto sum = taspan::rolling_sum(x, period);
    const auto mean = taspan::sma(x, period);
    taspan::rolling_sum_stream<T> s(period);
    const auto streamed = run_stream(s, x);
    for (std::size_t i = static_cast<std::size_t>(period - 1); i < x.size(); ++i) {
      const bool holds = i >= 12 && i < 12 + static_cast<std::size_t>(period);
      if (holds) {
        EXPECT_EQ(sum[i], inf) << period << " " << i;
        EXPECT_EQ(mean[i], inf) << period << " " << i;
      } else {
        EXPECT_TRUE(std::isfinite(sum[i])) << period << " " << i << " " << sum[i];
        EXPECT_TRUE(std::isfinite(mean[i])) << period << " " << i << " " << mean[i];
      }
      EXPECT_TRUE(same_value(static_cast<double>(streamed[i]), static_cast<double>(sum[i]))) << i;
    }
  }
}

}  // namespace

// Regression (tests/fuzz/corpus/csv/regression_two_escaped_fields_use_after_free): two quoted
// fields with "" escapes on one line made read_csv's scratch vector reallocate under the views of
// the first field (heap use after free). The error must quote the cell exactly.
TEST(BadInputCsv, TwoEscapedFieldsOnOneLine) {
  std::istringstream in("date,open,high,low,close,volume\n2024-01-02,\"1\"\"\",\"2\"\"\",1,1,1\n");
  try {
    (void)taspan::read_csv<double>(in);
    ADD_FAILURE() << "no taspan::error";
  } catch (const taspan::error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("line 2, column 2 (open)"), std::string::npos) << msg;
    EXPECT_NE(msg.find("1\""), std::string::npos) << msg;
  }
}
