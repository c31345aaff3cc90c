#pragma once
// The 61 candlestick patterns as the candle tests call them: by name, with candle settings and a
// penetration (ignored by the patterns without one), batch and stream, float and double.

#include <string>
#include <string_view>
#include <vector>

#include "taspan/candles.hpp"
#include "taspan_test.hpp"

namespace taspan_test::candles {

template <class T>
struct pattern {
  std::string_view name;
  double penetration;  // TA-Lib's default, NaN for patterns without one
  std::vector<T> (*batch)(const bars<T>&, const taspan::candle_settings&, double penetration);
  std::vector<T> (*stream)(const bars<T>&, const taspan::candle_settings&, double penetration);
  int (*lookback)(const taspan::candle_settings&);
};

// Feeds the bars through update() (and peek(), which must predict it).
template <class Stream, class T>
std::vector<T> feed(Stream s, const bars<T>& b) {
  std::vector<T> out;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const T p = s.peek(b.open[i], b.high[i], b.low[i], b.close[i]);
    const T u = s.update(b.open[i], b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p == u || (p != p && u != u)) << "bar " << i << ": peek " << p << ", update " << u;
    out.push_back(u);
  }
  return out;
}

// NOLINTBEGIN(cppcoreguidelines-macro-usage)
#define TASPAN_CDL(name)                                                                  \
  pattern<T> {                                                                            \
#name, std::numeric_limits<double>::quiet_NaN(),                                        \
        [](const bars<T>& b, const taspan::candle_settings& s, double) {                    \
          return taspan::name(b.open, b.high, b.low, b.close, s);                           \
        },                                                                                  \
        [](const bars<T>& b, const taspan::candle_settings& s, double) {                    \
          return feed(taspan::name##_stream<T>({}, s), b);                                  \
        },                                                                                  \
        [](const taspan::candle_settings& s) { return taspan::name##_lookback(s); } \
  }
#define TASPAN_CDL_PENETRATION(name, def)                                                 \
  pattern<T> {                                                                            \
#name, def,                                                                             \
        [](const bars<T>& b, const taspan::candle_settings& s, double pen) {                \
          return taspan::name(b.open, b.high, b.low, b.close, pen, s);                      \
        },                                                                                  \
        [](const bars<T>& b, const taspan::candle_settings& s, double pen) {                \
          return feed(taspan::name##_stream<T>(pen, s), b);                                 \
        },                                                                                  \
        [](const taspan::candle_settings& s) { return taspan::name##_lookback(def, s); } \
  }
// NOLINTEND(cppcoreguidelines-macro-usage)

template <class T>
const std::vector<pattern<T>>& patterns() {
  static const std::vector<pattern<T>> all{
      TASPAN_CDL(cdl2crows),
      TASPAN_CDL(cdl3blackcrows),
      TASPAN_CDL(cdl3inside),
      TASPAN_CDL(cdl3linestrike),
      TASPAN_CDL(cdl3outside),
      TASPAN_CDL(cdl3starsinsouth),
      TASPAN_CDL(cdl3whitesoldiers),
      TASPAN_CDL_PENETRATION(cdlabandonedbaby, 0.3),
      TASPAN_CDL(cdladvanceblock),
      TASPAN_CDL(cdlbelthold),
      TASPAN_CDL(cdlbreakaway),
      TASPAN_CDL(cdlclosingmarubozu),
      TASPAN_CDL(cdlconcealbabyswall),
      TASPAN_CDL(cdlcounterattack),
      TASPAN_CDL_PENETRATION(cdldarkcloudcover, 0.5),
      TASPAN_CDL(cdldoji),
      TASPAN_CDL(cdldojistar),
      TASPAN_CDL(cdldragonflydoji),
      TASPAN_CDL(cdlengulfing),
      TASPAN_CDL_PENETRATION(cdleveningdojistar, 0.3),
      TASPAN_CDL_PENETRATION(cdleveningstar, 0.3),
      TASPAN_CDL(cdlgapsidesidewhite),
      TASPAN_CDL(cdlgravestonedoji),
      TASPAN_CDL(cdlhammer),
      TASPAN_CDL(cdlhangingman),
      TASPAN_CDL(cdlharami),
      TASPAN_CDL(cdlharamicross),
      TASPAN_CDL(cdlhighwave),
      TASPAN_CDL(cdlhikkake),
      TASPAN_CDL(cdlhikkakemod),
      TASPAN_CDL(cdlhomingpigeon),
      TASPAN_CDL(cdlidentical3crows),
      TASPAN_CDL(cdlinneck),
      TASPAN_CDL(cdlinvertedhammer),
      TASPAN_CDL(cdlkicking),
      TASPAN_CDL(cdlkickingbylength),
      TASPAN_CDL(cdlladderbottom),
      TASPAN_CDL(cdllongleggeddoji),
      TASPAN_CDL(cdllongline),
      TASPAN_CDL(cdlmarubozu),
      TASPAN_CDL(cdlmatchinglow),
      TASPAN_CDL_PENETRATION(cdlmathold, 0.5),
      TASPAN_CDL_PENETRATION(cdlmorningdojistar, 0.3),
      TASPAN_CDL_PENETRATION(cdlmorningstar, 0.3),
      TASPAN_CDL(cdlonneck),
      TASPAN_CDL(cdlpiercing),
      TASPAN_CDL(cdlrickshawman),
      TASPAN_CDL(cdlrisefall3methods),
      TASPAN_CDL(cdlseparatinglines),
      TASPAN_CDL(cdlshootingstar),
      TASPAN_CDL(cdlshortline),
      TASPAN_CDL(cdlspinningtop),
      TASPAN_CDL(cdlstalledpattern),
      TASPAN_CDL(cdlsticksandwich),
      TASPAN_CDL(cdltakuri),
      TASPAN_CDL(cdltasukigap),
      TASPAN_CDL(cdlthrusting),
      TASPAN_CDL(cdltristar),
      TASPAN_CDL(cdlunique3river),
      TASPAN_CDL(cdlupsidegap2crows),
      TASPAN_CDL(cdlxsidegap3methods),
  };
  return all;
}

#undef TASPAN_CDL
#undef TASPAN_CDL_PENETRATION

}  // namespace taspan_test::candles
