// The 61 candlestick patterns equal TA-Lib 0.6's CDL* functions exactly, on the Russell 2000's
// daily bars (examples/data/rut_daily.csv), four synthetic series (random walk, trends, gaps, a
// tick grid with many equal prices) and the textbook examples planted in a random walk, with
// TA-Lib's default candle settings and with every setting changed. The expected values are TA-Lib's
// own outputs, computed by tools/talib_candles/run.sh from TA-Lib's C sources into
// tests/data/talib/candles_*.txt. Also: batch == stream bit for bit, lookbacks == TA-Lib's, float
// == double.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "candle_patterns.hpp"

namespace {

using taspan::candle_range;
using taspan::candle_setting_type;
using taspan::candle_settings;
using namespace taspan_test;
using namespace taspan_test::candles;

const std::string kData = std::string(TASPAN_SOURCE_DIR) + "/tests/data/talib/";

template <class T>
bars<T> read_bars(const std::string& path, bool dated) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  bars<T> b;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::stringstream row(line);
    std::string field;
    if (dated) std::getline(row, field, ',');
    for (auto* s : {&b.open, &b.high, &b.low, &b.close}) {
      std::getline(row, field, ',');
      s->push_back(static_cast<T>(std::stod(field)));
    }
  }
  return b;
}

template <class T>
bars<T> dataset(const std::string& name) {
  return name == "rut"
             ? read_bars<T>(std::string(TASPAN_SOURCE_DIR) + "/examples/data/rut_daily.csv", true)
             : read_bars<T>(kData + "candles_" + name + ".csv", false);
}

struct expected {
  int lookback = 0;
  std::map<int, int> hits;  // bar -> value; every other bar from the lookback on is 0
};

std::map<std::string, expected> read_expected(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::map<std::string, expected> all;
  std::string line;
  while (std::getline(in, line)) {
    std::stringstream row(line);
    std::string name;
    expected e;
    row >> name >> e.lookback;
    for (std::string hit; row >> hit;) {
      const auto colon = hit.find(':');
      e.hits[std::stoi(hit.substr(0, colon))] = std::stoi(hit.substr(colon + 1));
    }
    all[name] = e;
  }
  return all;
}

// The "custom" profile of tools/talib_candles/make_fixture.cpp (TA_SetCandleSettings there).
candle_settings custom_settings() {
  using enum candle_setting_type;
  candle_settings s;
  s.set(body_long, {candle_range::high_low, 7, 0.6})
      .set(body_very_long, {candle_range::real_body, 12, 2.0})
      .set(body_short, {candle_range::shadows, 3, 1.5})
      .set(body_doji, {candle_range::high_low, 0, 0.1})
      .set(shadow_long, {candle_range::high_low, 4, 0.5})
      .set(shadow_very_long, {candle_range::shadows, 6, 1.0})
      .set(shadow_short, {candle_range::real_body, 0, 0.5})
      .set(shadow_very_short, {candle_range::high_low, 2, 0.2})
      .set(near_distance, {candle_range::real_body, 8, 0.3})
      .set(far_distance, {candle_range::shadows, 1, 1.0})
      .set(equal_distance, {candle_range::high_low, 0, 0.1});
  return s;
}

// Compares one pattern's output with TA-Lib's; returns the number of mismatching bars.
template <class T>
int mismatches(const std::vector<T>& got, const expected& e, const std::string& what) {
  int bad = 0;
  for (std::size_t i = 0; i < got.size(); ++i) {
    const int bar = static_cast<int>(i);
    if (bar < e.lookback) {
      if (!std::isnan(got[i])) ++bad;
      continue;
    }
    const auto hit = e.hits.find(bar);
    const double want = hit == e.hits.end() ? 0.0 : hit->second;
    if (static_cast<double>(got[i]) != want) {
      if (bad < 5)
        ADD_FAILURE() << what << " bar " << bar << ": taspan " << got[i] << ", TA-Lib " << want;
      ++bad;
    }
  }
  return bad;
}

template <class T>
void check_against_talib(const std::string& set, const std::string& profile) {
  const bars<T> b = dataset<T>(set);
  ASSERT_GT(b.size(), 999U);
  const auto want = read_expected(kData + "candles_" + set + "_" + profile + ".txt");
  ASSERT_EQ(want.size(), 61U);
  const candle_settings s = profile == "custom" ? custom_settings() : candle_settings{};
  int checked = 0;
  for (const auto& p : patterns<T>()) {
    const std::string what = set + "/" + profile + " " + std::string(p.name);
    const auto it = want.find(std::string(p.name));
    ASSERT_NE(it, want.end()) << what;
    const double pen =
        std::isnan(p.penetration) ? 0.0 : (profile == "custom" ? 0.1 : p.penetration);
    EXPECT_EQ(p.lookback(s), it->second.lookback) << what;
    const auto batch = p.batch(b, s, pen);
    EXPECT_EQ(mismatches(batch, it->second, what), 0) << what;
    const auto stream = p.stream(b, s, pen);
    ASSERT_EQ(stream.size(), batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i)
      ASSERT_TRUE(stream[i] == batch[i] || (std::isnan(stream[i]) && std::isnan(batch[i])))
          << what << " stream bar " << i;
    ++checked;
  }
  EXPECT_EQ(checked, 61);
}

class CandlesTalib : public ::testing::TestWithParam<std::string> {};

TEST_P(CandlesTalib, DefaultSettingsEqualTalib) {
  check_against_talib<double>(GetParam(), "default");
}
TEST_P(CandlesTalib, CustomSettingsEqualTalib) {
  check_against_talib<double>(GetParam(), "custom");
}

INSTANTIATE_TEST_SUITE_P(Datasets, CandlesTalib,
                         ::testing::Values("rut", "walk", "trend", "gaps", "ticks", "planted"));

// Float: the tick grid is exact in float, and the arithmetic is in double, so float equals TA-Lib.
TEST(CandlesTalibFloat, TickGridEqualsTalib) {
  check_against_talib<float>("ticks", "default");
  check_against_talib<float>("ticks", "custom");
}

// The fixture exercises every pattern: each of the 61 fires somewhere (55 in the real and random
// series alone), and TA-Lib's values include every kind (+-80, +-100, +-200).
TEST(CandlesTalibFixture, CoversThePatterns) {
  std::map<std::string, int> fired;
  std::map<int, int> values;
  for (const std::string set : {"rut", "walk", "trend", "gaps", "ticks", "planted"})
    for (const auto& [name, e] : read_expected(kData + "candles_" + set + "_default.txt")) {
      fired[name] += static_cast<int>(e.hits.size());
      for (const auto& [bar, v] : e.hits) ++values[v];
    }
  int firing = 0;
  for (const auto& [name, n] : fired) firing += n > 0 ? 1 : 0;
  EXPECT_EQ(firing, 61);
  for (int v : {-200, -100, -80, 80, 100, 200}) EXPECT_GT(values[v], 0) << v;
}

}  // namespace
