// A textbook example of each of the 61 patterns fires, with the value it should have, and a near
// miss (one condition broken) does not. The examples are tests/data/talib/candles_examples.csv,
// each after 20 plain candles (body 1, range 2); TA-Lib's value on each example's last bar,
// computed by tools/talib_candles/run.sh, is candles_examples_talib.txt: taspan gives it too.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "candle_patterns.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::candles;

const std::string kData = std::string(TASPAN_SOURCE_DIR) + "/tests/data/talib/";

struct example {
  std::string pattern;
  std::string name;  // fire0, miss1, ...
  int expected = 0;
  std::vector<std::array<double, 4>> bars;
};

std::vector<example> read_examples() {
  std::ifstream in(kData + "candles_examples.csv");
  EXPECT_TRUE(in.good());
  std::vector<example> all;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::stringstream row(line);
    std::string pattern, name, field;
    std::getline(row, pattern, ',');
    std::getline(row, name, ',');
    std::getline(row, field, ',');
    if (all.empty() || all.back().pattern != pattern || all.back().name != name)
      all.push_back({pattern, name, std::stoi(field), {}});
    std::array<double, 4> bar{};
    for (double& x : bar) {
      std::getline(row, field, ',');
      x = std::stod(field);
    }
    all.back().bars.push_back(bar);
  }
  return all;
}

std::map<std::string, int> read_talib_values() {
  std::ifstream in(kData + "candles_examples_talib.txt");
  EXPECT_TRUE(in.good());
  std::map<std::string, int> values;
  std::string pattern, name;
  int value = 0;
  while (in >> pattern >> name >> value) values[pattern + " " + name] = value;
  return values;
}

// The warm-up of tools/talib_candles/make_fixture.cpp, then the example.
template <class T>
bars<T> example_bars(const example& e) {
  bars<T> b;
  for (int k = 0; k < 20; ++k) {
    const bool white = k % 2 == 0;
    b.open.push_back(T(white ? 100 : 101));
    b.high.push_back(T(101.5));
    b.low.push_back(T(99.5));
    b.close.push_back(T(white ? 101 : 100));
  }
  for (const auto& bar : e.bars) {
    b.open.push_back(static_cast<T>(bar[0]));
    b.high.push_back(static_cast<T>(bar[1]));
    b.low.push_back(static_cast<T>(bar[2]));
    b.close.push_back(static_cast<T>(bar[3]));
  }
  return b;
}

template <class T>
class CandleExamples : public ::testing::Test {};
TYPED_TEST_SUITE(CandleExamples, real_types);

TYPED_TEST(CandleExamples, FireWithTheirValueAndNearMissesDoNot) {
  using T = TypeParam;
  const auto examples = read_examples();
  const auto talib = read_talib_values();
  ASSERT_GE(examples.size(), 122U);
  std::map<std::string, std::set<bool>> kinds;  // pattern -> {fires, misses} seen
  for (const example& e : examples) {
    const auto p = std::find_if(patterns<T>().begin(), patterns<T>().end(),
                                [&](const auto& x) { return x.name == e.pattern; });
    ASSERT_NE(p, patterns<T>().end()) << e.pattern;
    const double pen = std::isnan(p->penetration) ? 0.0 : p->penetration;
    const bars<T> b = example_bars<T>(e);
    const auto out = p->batch(b, taspan::candle_settings{}, pen);
    const std::string what = e.pattern + " " + e.name;
    EXPECT_EQ(static_cast<double>(out.back()), e.expected) << what;
    ASSERT_EQ(talib.count(what), 1U) << what;
    EXPECT_EQ(talib.at(what), e.expected) << what << ": TA-Lib";
    EXPECT_EQ(e.name.starts_with("fire"), e.expected != 0) << what;
    kinds[e.pattern].insert(e.expected != 0);
  }
  EXPECT_EQ(kinds.size(), 61U);
  for (const auto& [name, seen] : kinds) EXPECT_EQ(seen.size(), 2U) << name << ": fire and miss";
}

}  // namespace
