// Writes TA-Lib 0.6's outputs of its 61 candlestick functions (CDL*) on real and synthetic bars,
// the fixture tests/candles/talib_test.cpp compares taspan with (tests/data/talib/). Built and run
// by run.sh against TA-Lib's own C sources (npm talib@2.0.5); the tests never need TA-Lib.
//
// Datasets: examples/data/rut_daily.csv (read, not copied), four seeded synthetic series
// (random walk, trends, gaps, a coarse tick grid where equal prices and patterns are common) and
// the textbook examples of candles_examples.csv planted in a random walk, whose bars are written
// too. Profiles: TA-Lib's default candle settings and penetrations, and
// "custom": every setting changed (other ranges, periods 0 to 12, other factors), penetration 0.1.
//
// Output, per dataset and profile, one line per pattern: its name, TA-Lib's outBegIdx (the
// lookback), then bar:value for each non-zero value (every other bar from the lookback on is 0).

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
#include "ta_libc.h"
}

namespace {

struct bars {
  std::vector<double> open, high, low, close;
};

using plain_fn = TA_RetCode (*)(int, int, const double*, const double*, const double*,
                                const double*, int*, int*, int*);
using pen_fn = TA_RetCode (*)(int, int, const double*, const double*, const double*, const double*,
                              double, int*, int*, int*);

struct pattern {
  const char* name;
  plain_fn plain;
  pen_fn pen;
  double def;
};

#define PLAIN(N, F) \
  { N, F, nullptr, 0.0 }
#define PEN(N, F, D) \
  { N, nullptr, F, D }
const pattern patterns[] = {
    PLAIN("cdl2crows", TA_CDL2CROWS),
    PLAIN("cdl3blackcrows", TA_CDL3BLACKCROWS),
    PLAIN("cdl3inside", TA_CDL3INSIDE),
    PLAIN("cdl3linestrike", TA_CDL3LINESTRIKE),
    PLAIN("cdl3outside", TA_CDL3OUTSIDE),
    PLAIN("cdl3starsinsouth", TA_CDL3STARSINSOUTH),
    PLAIN("cdl3whitesoldiers", TA_CDL3WHITESOLDIERS),
    PEN("cdlabandonedbaby", TA_CDLABANDONEDBABY, 0.3),
    PLAIN("cdladvanceblock", TA_CDLADVANCEBLOCK),
    PLAIN("cdlbelthold", TA_CDLBELTHOLD),
    PLAIN("cdlbreakaway", TA_CDLBREAKAWAY),
    PLAIN("cdlclosingmarubozu", TA_CDLCLOSINGMARUBOZU),
    PLAIN("cdlconcealbabyswall", TA_CDLCONCEALBABYSWALL),
    PLAIN("cdlcounterattack", TA_CDLCOUNTERATTACK),
    PEN("cdldarkcloudcover", TA_CDLDARKCLOUDCOVER, 0.5),
    PLAIN("cdldoji", TA_CDLDOJI),
    PLAIN("cdldojistar", TA_CDLDOJISTAR),
    PLAIN("cdldragonflydoji", TA_CDLDRAGONFLYDOJI),
    PLAIN("cdlengulfing", TA_CDLENGULFING),
    PEN("cdleveningdojistar", TA_CDLEVENINGDOJISTAR, 0.3),
    PEN("cdleveningstar", TA_CDLEVENINGSTAR, 0.3),
    PLAIN("cdlgapsidesidewhite", TA_CDLGAPSIDESIDEWHITE),
    PLAIN("cdlgravestonedoji", TA_CDLGRAVESTONEDOJI),
    PLAIN("cdlhammer", TA_CDLHAMMER),
    PLAIN("cdlhangingman", TA_CDLHANGINGMAN),
    PLAIN("cdlharami", TA_CDLHARAMI),
    PLAIN("cdlharamicross", TA_CDLHARAMICROSS),
    PLAIN("cdlhighwave", TA_CDLHIGHWAVE),
    PLAIN("cdlhikkake", TA_CDLHIKKAKE),
    PLAIN("cdlhikkakemod", TA_CDLHIKKAKEMOD),
    PLAIN("cdlhomingpigeon", TA_CDLHOMINGPIGEON),
    PLAIN("cdlidentical3crows", TA_CDLIDENTICAL3CROWS),
    PLAIN("cdlinneck", TA_CDLINNECK),
    PLAIN("cdlinvertedhammer", TA_CDLINVERTEDHAMMER),
    PLAIN("cdlkicking", TA_CDLKICKING),
    PLAIN("cdlkickingbylength", TA_CDLKICKINGBYLENGTH),
    PLAIN("cdlladderbottom", TA_CDLLADDERBOTTOM),
    PLAIN("cdllongleggeddoji", TA_CDLLONGLEGGEDDOJI),
    PLAIN("cdllongline", TA_CDLLONGLINE),
    PLAIN("cdlmarubozu", TA_CDLMARUBOZU),
    PLAIN("cdlmatchinglow", TA_CDLMATCHINGLOW),
    PEN("cdlmathold", TA_CDLMATHOLD, 0.5),
    PEN("cdlmorningdojistar", TA_CDLMORNINGDOJISTAR, 0.3),
    PEN("cdlmorningstar", TA_CDLMORNINGSTAR, 0.3),
    PLAIN("cdlonneck", TA_CDLONNECK),
    PLAIN("cdlpiercing", TA_CDLPIERCING),
    PLAIN("cdlrickshawman", TA_CDLRICKSHAWMAN),
    PLAIN("cdlrisefall3methods", TA_CDLRISEFALL3METHODS),
    PLAIN("cdlseparatinglines", TA_CDLSEPARATINGLINES),
    PLAIN("cdlshootingstar", TA_CDLSHOOTINGSTAR),
    PLAIN("cdlshortline", TA_CDLSHORTLINE),
    PLAIN("cdlspinningtop", TA_CDLSPINNINGTOP),
    PLAIN("cdlstalledpattern", TA_CDLSTALLEDPATTERN),
    PLAIN("cdlsticksandwich", TA_CDLSTICKSANDWICH),
    PLAIN("cdltakuri", TA_CDLTAKURI),
    PLAIN("cdltasukigap", TA_CDLTASUKIGAP),
    PLAIN("cdlthrusting", TA_CDLTHRUSTING),
    PLAIN("cdltristar", TA_CDLTRISTAR),
    PLAIN("cdlunique3river", TA_CDLUNIQUE3RIVER),
    PLAIN("cdlupsidegap2crows", TA_CDLUPSIDEGAP2CROWS),
    PLAIN("cdlxsidegap3methods", TA_CDLXSIDEGAP3METHODS),
};

// Prices in cents (or quarter ticks), so that the decimal text written is the double used.
bars synthetic(const std::string& kind, std::uint64_t seed, int n) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  bars b;
  const bool ticks = kind == "ticks";
  const double unit = ticks ? 4.0 : 100.0;  // units per price point
  long long prev = ticks ? 400 : 10000;     // 100.00
  for (int i = 0; i < n; ++i) {
    const double drift = kind == "trend" ? ((i / 150) % 2 == 0 ? 0.35 : -0.35) : 0.0;
    const double scale = ticks ? 3.0 : 120.0;
    long long gap = 0;
    if (kind == "gaps" && u(rng) < 0.35) gap = std::llround((u(rng) - 0.5) * 8 * scale);
    if (ticks && u(rng) < 0.25) gap = std::llround((u(rng) - 0.5) * 4 * scale);
    const long long open = std::max(10LL, prev + gap);
    long long body = std::llround((u(rng) - 0.5 + drift) * 2 * scale * (u(rng) < 0.2 ? 0.05 : 1.0));
    if (ticks && u(rng) < 0.15) body = 0;
    const long long close = std::max(5LL, open + body);
    const double tail = ticks ? 2.0 : 60.0;
    const long long up = u(rng) < 0.2 ? 0 : std::llround(u(rng) * u(rng) * tail * (1 + 2 * u(rng)));
    const long long down =
        u(rng) < 0.2 ? 0 : std::llround(u(rng) * u(rng) * tail * (1 + 2 * u(rng)));
    const long long high = std::max(open, close) + up;
    const long long low = std::max(1LL, std::min(open, close) - down);
    b.open.push_back(static_cast<double>(open) / unit);
    b.high.push_back(static_cast<double>(high) / unit);
    b.low.push_back(static_cast<double>(low) / unit);
    b.close.push_back(static_cast<double>(close) / unit);
    prev = close;
  }
  return b;
}

bars read_rut(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  bars b;
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string f[6];
    for (auto& x : f) std::getline(ss, x, ',');
    b.open.push_back(std::stod(f[1]));
    b.high.push_back(std::stod(f[2]));
    b.low.push_back(std::stod(f[3]));
    b.close.push_back(std::stod(f[4]));
  }
  return b;
}

void write_bars(const bars& b, const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  std::fprintf(f, "open,high,low,close\n");
  for (std::size_t i = 0; i < b.open.size(); ++i)
    std::fprintf(f, "%.2f,%.2f,%.2f,%.2f\n", b.open[i], b.high[i], b.low[i], b.close[i]);
  std::fclose(f);
}

void set_custom_settings() {
  TA_SetCandleSettings(TA_BodyLong, TA_RangeType_HighLow, 7, 0.6);
  TA_SetCandleSettings(TA_BodyVeryLong, TA_RangeType_RealBody, 12, 2.0);
  TA_SetCandleSettings(TA_BodyShort, TA_RangeType_Shadows, 3, 1.5);
  TA_SetCandleSettings(TA_BodyDoji, TA_RangeType_HighLow, 0, 0.1);
  TA_SetCandleSettings(TA_ShadowLong, TA_RangeType_HighLow, 4, 0.5);
  TA_SetCandleSettings(TA_ShadowVeryLong, TA_RangeType_Shadows, 6, 1.0);
  TA_SetCandleSettings(TA_ShadowShort, TA_RangeType_RealBody, 0, 0.5);
  TA_SetCandleSettings(TA_ShadowVeryShort, TA_RangeType_HighLow, 2, 0.2);
  TA_SetCandleSettings(TA_Near, TA_RangeType_RealBody, 8, 0.3);
  TA_SetCandleSettings(TA_Far, TA_RangeType_Shadows, 1, 1.0);
  TA_SetCandleSettings(TA_Equal, TA_RangeType_HighLow, 0, 0.1);
}

void write_outputs(const bars& b, const std::string& path, bool custom) {
  TA_RestoreCandleDefaultSettings(TA_AllCandleSettings);
  if (custom) set_custom_settings();
  const int n = static_cast<int>(b.open.size());
  std::vector<int> out(b.open.size());
  std::FILE* f = std::fopen(path.c_str(), "w");
  int hits = 0;
  for (const pattern& p : patterns) {
    int beg = 0, count = 0;
    const TA_RetCode rc =
        p.plain ? p.plain(0, n - 1, b.open.data(), b.high.data(), b.low.data(), b.close.data(),
                          &beg, &count, out.data())
                : p.pen(0, n - 1, b.open.data(), b.high.data(), b.low.data(), b.close.data(),
                        custom ? 0.1 : p.def, &beg, &count, out.data());
    if (rc != TA_SUCCESS) std::fprintf(stderr, "%s: TA-Lib error %d\n", p.name, rc);
    std::fprintf(f, "%s %d", p.name, beg);
    for (int k = 0; k < count; ++k)
      if (out[k] != 0) std::fprintf(f, " %d:%d", beg + k, out[k]), ++hits;
    std::fprintf(f, "\n");
  }
  std::fclose(f);
  std::printf("%s: %d bars, %d hits\n", path.c_str(), n, hits);
}

// The 20 bars before each textbook example: alternating white and black candles of body 1 and
// range 2 around 100 (so "long" is a body over 1, "doji" one under 0.2, ...).
bars warm_up() {
  bars b;
  for (int k = 0; k < 20; ++k) {
    const bool white = k % 2 == 0;
    b.open.push_back(white ? 100.0 : 101.0);
    b.high.push_back(101.5);
    b.low.push_back(99.5);
    b.close.push_back(white ? 101.0 : 100.0);
  }
  return b;
}

// The textbook examples of candles_examples.csv: "<pattern> <case>" and the example's bars.
std::vector<std::pair<std::string, bars>> read_examples(const std::string& dir, bool with_warm_up) {
  std::ifstream in(dir + "/candles_examples.csv");
  std::string line;
  std::getline(in, line);
  std::vector<std::pair<std::string, bars>> cases;
  while (std::getline(in, line)) {
    std::stringstream row(line);
    std::string name, kase, expected, v[4];
    std::getline(row, name, ',');
    std::getline(row, kase, ',');
    std::getline(row, expected, ',');
    for (auto& x : v) std::getline(row, x, ',');
    const std::string key = name + " " + kase;
    if (cases.empty() || cases.back().first != key)
      cases.push_back({key, with_warm_up ? warm_up() : bars{}});
    bars& b = cases.back().second;
    b.open.push_back(std::stod(v[0]));
    b.high.push_back(std::stod(v[1]));
    b.low.push_back(std::stod(v[2]));
    b.close.push_back(std::stod(v[3]));
  }
  return cases;
}

// Every textbook example in one series, 8 random-walk bars before each: the patterns that
// never fire in the other series fire here, after long running totals.
bars planted(const std::string& dir) {
  const auto cases = read_examples(dir, false);
  const bars filler = synthetic("walk", 5, static_cast<int>(cases.size()) * 8);
  bars b;
  std::size_t f = 0;
  for (const auto& c : cases) {
    for (int k = 0; k < 8; ++k, ++f) {
      b.open.push_back(filler.open[f]);
      b.high.push_back(filler.high[f]);
      b.low.push_back(filler.low[f]);
      b.close.push_back(filler.close[f]);
    }
    for (std::size_t i = 0; i < c.second.open.size(); ++i) {
      b.open.push_back(c.second.open[i]);
      b.high.push_back(c.second.high[i]);
      b.low.push_back(c.second.low[i]);
      b.close.push_back(c.second.close[i]);
    }
  }
  return b;
}

// TA-Lib's value on the last bar of each textbook example of candles_examples.csv (the warm-up,
// then the example's bars): one line "<pattern> <case> <value>".
void write_examples(const std::string& dir) {
  TA_RestoreCandleDefaultSettings(TA_AllCandleSettings);
  const auto cases = read_examples(dir, true);
  std::FILE* f = std::fopen((dir + "/candles_examples_talib.txt").c_str(), "w");
  for (const auto& [key, b] : cases) {
    const std::string name = key.substr(0, key.find(' '));
    const int n = static_cast<int>(b.open.size());
    std::vector<int> out(b.open.size());
    int beg = 0, count = 0;
    for (const pattern& p : patterns) {
      if (name != p.name) continue;
      if (p.plain)
        p.plain(0, n - 1, b.open.data(), b.high.data(), b.low.data(), b.close.data(), &beg, &count,
                out.data());
      else
        p.pen(0, n - 1, b.open.data(), b.high.data(), b.low.data(), b.close.data(), p.def, &beg,
              &count, out.data());
    }
    std::fprintf(f, "%s %d\n", key.c_str(), count > 0 ? out[count - 1] : -999);
  }
  std::fclose(f);
  std::printf("%zu textbook examples\n", cases.size());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_fixture <repository root> <output folder>\n");
    return 2;
  }
  TA_Initialize();
  const std::string root = argv[1], dir = argv[2];
  struct dataset {
    std::string name;
    bars b;
    bool written;
  };
  std::vector<dataset> sets;
  sets.push_back({"rut", read_rut(root + "/examples/data/rut_daily.csv"), false});
  sets.push_back({"walk", synthetic("walk", 1, 1000), true});
  sets.push_back({"trend", synthetic("trend", 2, 1000), true});
  sets.push_back({"gaps", synthetic("gaps", 3, 1000), true});
  sets.push_back({"ticks", synthetic("ticks", 4, 2000), true});
  sets.push_back({"planted", planted(dir), true});
  for (const dataset& d : sets) {
    if (d.written) write_bars(d.b, dir + "/candles_" + d.name + ".csv");
    write_outputs(d.b, dir + "/candles_" + d.name + "_default.txt", false);
    write_outputs(d.b, dir + "/candles_" + d.name + "_custom.txt", true);
  }
  write_examples(dir);
  TA_Shutdown();
}
