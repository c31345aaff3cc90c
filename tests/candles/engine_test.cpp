// The candle engine's own rules, for all 61 patterns: NaN and infinite bars restart a pattern
// (NaN for the bar and the lookback bars after it, then the values of the series that starts
// after it), sizes around the lookback, stream reset, lookbacks that follow the settings, bad
// settings and penetrations with their messages, and candles() == the 61 single calls.

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "candle_patterns.hpp"
#include "taspan/candles.hpp"

namespace {

using taspan::candle_range;
using taspan::candle_setting_type;
using taspan::candle_settings;
using namespace taspan_test;
using namespace taspan_test::candles;

// Bars on a coarse tick grid (many equal prices, so many patterns fire) and few in a row alike.
template <class T>
bars<T> tick_bars(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> step(-6, 6), tail(0, 3), flat(0, 5);
  bars<T> b;
  int prev = 400;
  for (std::size_t i = 0; i < n; ++i) {
    const int open = prev + (flat(rng) == 0 ? step(rng) : 0);
    const int close = open + (flat(rng) == 0 ? 0 : step(rng));
    const int high = std::max(open, close) + tail(rng);
    const int low = std::min(open, close) - tail(rng);
    for (auto [s, v] :
         {std::pair{&b.open, open}, {&b.high, high}, {&b.low, low}, {&b.close, close}})
      s->push_back(static_cast<T>(v) / T(4));
    prev = close;
  }
  return b;
}

template <class T>
bars<T> slice(const bars<T>& b, std::size_t from) {
  bars<T> s;
  for (auto [to, src] :
       {std::pair{&s.open, &b.open}, {&s.high, &b.high}, {&s.low, &b.low}, {&s.close, &b.close}})
    to->assign(src->begin() + static_cast<std::ptrdiff_t>(from), src->end());
  return s;
}

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

candle_settings other_settings() {
  using enum candle_setting_type;
  candle_settings s;
  s.set(body_long, {candle_range::shadows, 4, 0.8})
      .set(near_distance, {candle_range::real_body, 0, 0.5});
  s.set(shadow_very_short, {candle_range::high_low, 7, 0.3})
      .set(equal_distance, {candle_range::high_low, 1, 0.2});
  return s;
}

template <class T>
class CandleEngine : public ::testing::Test {};
TYPED_TEST_SUITE(CandleEngine, real_types);

TYPED_TEST(CandleEngine, NonFiniteBarsRestartThePattern) {
  using T = TypeParam;
  const bars<T> base = tick_bars<T>(400, 11);
  for (const T bad : {std::numeric_limits<T>::quiet_NaN(), std::numeric_limits<T>::infinity()}) {
    for (const auto& p : patterns<T>()) {
      const double pen = std::isnan(p.penetration) ? 0.0 : p.penetration;
      const int lb = p.lookback({});
      bars<T> b = base;
      const std::size_t at = 150;
      b.low[at] = bad;  // one price of one bar
      const auto out = p.batch(b, {}, pen);
      const auto after = p.batch(slice(b, at + 1), {}, pen);
      const std::string what = std::string(p.name) + " with " + std::to_string(bad);
      for (std::size_t i = at; i <= at + static_cast<std::size_t>(lb); ++i)
        EXPECT_TRUE(std::isnan(out[i])) << what << " bar " << i;
      for (std::size_t i = at + 1; i < b.size(); ++i)
        ASSERT_TRUE(same(out[i], after[i - at - 1])) << what << " bar " << i;
      // Before the bad bar: the values of the series without it.
      const auto clean = p.batch(base, {}, pen);
      for (std::size_t i = 0; i < at; ++i)
        ASSERT_TRUE(same(out[i], clean[i])) << what << " bar " << i;
      const auto stream = p.stream(b, {}, pen);
      for (std::size_t i = 0; i < b.size(); ++i)
        ASSERT_TRUE(same(stream[i], out[i])) << what << " stream bar " << i;
    }
  }
}

TYPED_TEST(CandleEngine, SizesAroundTheLookback) {
  using T = TypeParam;
  const bars<T> all = tick_bars<T>(40, 12);
  for (const auto& p : patterns<T>()) {
    const double pen = std::isnan(p.penetration) ? 0.0 : p.penetration;
    const auto lb = static_cast<std::size_t>(p.lookback({}));
    const auto full = p.batch(all, {}, pen);
    for (const std::size_t n : {std::size_t{0}, std::size_t{1}, lb, lb + 1}) {
      bars<T> b = all;
      for (auto* s : {&b.open, &b.high, &b.low, &b.close}) s->resize(n);
      const auto out = p.batch(b, {}, pen);
      ASSERT_EQ(out.size(), n);
      for (std::size_t i = 0; i < n; ++i) {
        EXPECT_EQ(std::isnan(out[i]), i < lb) << p.name << " n " << n << " bar " << i;
        EXPECT_TRUE(same(out[i], full[i])) << p.name << " n " << n << " bar " << i;
      }
    }
  }
}

TYPED_TEST(CandleEngine, StreamReadyAndReset) {
  using T = TypeParam;
  const bars<T> b = tick_bars<T>(60, 13);
  taspan::cdlmorningstar_stream<T> s(0.2, other_settings());
  EXPECT_EQ(s.lookback(), taspan::cdlmorningstar_lookback(0.2, other_settings()));
  std::vector<T> first;
  for (std::size_t i = 0; i < b.size(); ++i) {
    EXPECT_EQ(s.ready(), i > static_cast<std::size_t>(s.lookback())) << i;
    first.push_back(s.update(b.open[i], b.high[i], b.low[i], b.close[i]));
  }
  s.reset();
  EXPECT_FALSE(s.ready());
  for (std::size_t i = 0; i < b.size(); ++i)
    EXPECT_TRUE(same(s.update(b.open[i], b.high[i], b.low[i], b.close[i]), first[i])) << i;
  const auto batch = taspan::cdlmorningstar(b.open, b.high, b.low, b.close, 0.2, other_settings());
  for (std::size_t i = 0; i < b.size(); ++i) EXPECT_TRUE(same(batch[i], first[i])) << i;
}

TYPED_TEST(CandleEngine, AllPatternsInOnePassEqualTheSingleCalls) {
  using T = TypeParam;
  bars<T> b = tick_bars<T>(600, 14);
  b.close[300] = std::numeric_limits<T>::quiet_NaN();
  for (const candle_settings& s : {candle_settings{}, other_settings()}) {
    const auto all = taspan::candles(b.open, b.high, b.low, b.close, s);
    ASSERT_EQ(patterns<T>().size(), taspan::candle_pattern_count);
    int fired = 0;
    for (std::size_t k = 0; k < taspan::candle_pattern_count; ++k) {
      const auto& p = patterns<T>()[k];
      ASSERT_EQ(p.name, taspan::candle_pattern_names[k]);
      const auto one = p.batch(b, s, std::isnan(p.penetration) ? 0.0 : p.penetration);
      ASSERT_EQ(all.values[k].size(), one.size());
      bool any = false;
      for (std::size_t i = 0; i < one.size(); ++i) {
        ASSERT_TRUE(same(all.values[k][i], one[i])) << p.name << " bar " << i;
        any = any || (!std::isnan(one[i]) && one[i] != 0);
      }
      fired += any ? 1 : 0;
    }
    EXPECT_GE(fired, 30);  // the comparison is not of zeros only
    EXPECT_TRUE(same(all[taspan::candle_pattern::cdldoji][5],
                     taspan::cdldoji(b.open, b.high, b.low, b.close, s)[5]));
  }
}

TEST(CandleLookback, FollowsTheSettings) {
  using enum candle_setting_type;
  EXPECT_EQ(taspan::cdldoji_lookback(), 10);
  EXPECT_EQ(taspan::cdl3outside_lookback(), 3);
  EXPECT_EQ(taspan::cdlhikkake_lookback(), 5);
  EXPECT_EQ(taspan::cdlhikkakemod_lookback(), 10);
  EXPECT_EQ(taspan::cdlmathold_lookback(), 14);
  candle_settings s;
  s.set(body_doji, {candle_range::high_low, 3, 0.1})
      .set(near_distance, {candle_range::high_low, 0, 0.2});
  EXPECT_EQ(taspan::cdldoji_lookback(s), 3);
  EXPECT_EQ(taspan::cdlhikkakemod_lookback(s), 6);  // max(1, near) + 5, as TA-Lib
  EXPECT_EQ(taspan::cdlhammer_lookback(s), 11);     // max(body_short, ..., near) + 1
  s.set(body_doji, {candle_range::high_low, -1, 0.1});
  EXPECT_EQ(taspan::cdldoji_lookback(s), -1);  // invalid settings: TA-Lib's -1
}

TEST(CandleErrors, SettingsAndPenetrationHaveTheirMessages) {
  using enum candle_setting_type;
  const std::vector<double> o(5, 1.0), h(5, 2.0), l(5, 0.5), c(5, 1.5), short_c(4, 1.5);
  candle_settings bad;
  bad.set(body_doji, {candle_range::high_low, -1, 0.1});
  EXPECT_TASPAN_ERROR((void)taspan::cdldoji(o, h, l, c, bad),
                      "taspan::cdldoji: settings.body_doji.period must be >= 0, got -1");
  EXPECT_TASPAN_ERROR((void)taspan::cdldoji_stream<double>({}, bad),
                      "taspan::cdldoji_stream: settings.body_doji.period must be >= 0, got -1");
  candle_settings nan_factor;
  nan_factor.set(near_distance,
                 {candle_range::high_low, 5, std::numeric_limits<double>::quiet_NaN()});
  EXPECT_TASPAN_ERROR(
      (void)taspan::cdlhammer(o, h, l, c, nan_factor),
      "taspan::cdlhammer: settings.near_distance.factor must be >= 0 and finite, got nan");
  candle_settings bad_range;
  bad_range.set(equal_distance, {static_cast<candle_range>(7), 5, 0.05});
  EXPECT_TASPAN_ERROR((void)taspan::candles(o, h, l, c, bad_range),
                      "taspan::candles: settings.equal_distance.range must be real_body, high_low "
                      "or shadows, got 7");
  EXPECT_TASPAN_ERROR((void)taspan::cdlmorningstar(o, h, l, c, -0.5),
                      "taspan::cdlmorningstar: penetration must be >= 0 and finite, got -0.5");
  EXPECT_TASPAN_ERROR(
      (void)taspan::cdlmathold_stream<float>(std::numeric_limits<double>::infinity()),
      "taspan::cdlmathold_stream: penetration must be >= 0 and finite, got inf");
  EXPECT_TASPAN_ERROR((void)taspan::cdl2crows(o, h, l, short_c),
                      "taspan::cdl2crows: close size must be the size of open (5), got 4");
  EXPECT_TASPAN_ERROR((void)taspan::candles(o, h, l, short_c),
                      "taspan::candles: close size must be the size of open (5), got 4");
}

}  // namespace
