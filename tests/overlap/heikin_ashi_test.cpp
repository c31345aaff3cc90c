// Heikin-Ashi candles: hand-worked candles, a plain loop from the definition, stream == batch
// (bitwise), lookback, NaN restart, sizes, size mismatch.

#include "taspan/overlap/heikin_ashi.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class HeikinAshi : public ::testing::Test {};
TYPED_TEST_SUITE(HeikinAshi, real_types);

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b) {
  const auto r = taspan::heikin_ashi(b.open, b.high, b.low, b.close);
  return {r.open, r.high, r.low, r.close};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b) {
  taspan::heikin_ashi_stream<T> s;
  std::vector<std::vector<T>> out(4);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.open[i], b.high[i], b.low[i], b.close[i]);
    const auto u = s.update(b.open[i], b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p.open == u.open || both_nan(p.open, u.open));
    EXPECT_TRUE(p.close == u.close || both_nan(p.close, u.close));
    out[0].push_back(u.open), out[1].push_back(u.high), out[2].push_back(u.low);
    out[3].push_back(u.close);
  }
  return out;
}

TYPED_TEST(HeikinAshi, HandWorked) {
  using T = TypeParam;
  // Bar 0: close (10+12+9+11)/4 = 10.5, open (10+11)/2 = 10.5. Bar 1: close (11+14+10+13)/4 = 12,
  // open (10.5 + 10.5)/2 = 10.5, high 14, low 10.
  const std::vector<T> o{10, 11}, h{12, 14}, l{9, 10}, c{11, 13};
  const auto r = taspan::heikin_ashi(o, h, l, c);
  EXPECT_EQ(r.close[0], T(10.5));
  EXPECT_EQ(r.open[0], T(10.5));
  EXPECT_EQ(r.high[0], T(12));
  EXPECT_EQ(r.low[0], T(9));
  EXPECT_EQ(r.close[1], T(12));
  EXPECT_EQ(r.open[1], T(10.5));
  EXPECT_EQ(r.high[1], T(14));
  EXPECT_EQ(r.low[1], T(10));
}

TYPED_TEST(HeikinAshi, MatchesTheDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(500, 52);
  std::vector<ld> o(b.size()), h(b.size()), l(b.size()), c(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) {
    c[i] = (static_cast<ld>(b.open[i]) + b.high[i] + b.low[i] + b.close[i]) / 4;
    o[i] = i == 0 ? (static_cast<ld>(b.open[0]) + b.close[0]) / 2 : (o[i - 1] + c[i - 1]) / 2;
    h[i] = std::max({static_cast<ld>(b.high[i]), o[i], c[i]});
    l[i] = std::min({static_cast<ld>(b.low[i]), o[i], c[i]});
  }
  const auto r = taspan::heikin_ashi(b.open, b.high, b.low, b.close);
  expect_series_near(r.open, o, tol<T>(), 0.0, "open");
  expect_series_near(r.high, h, tol<T>(), 0.0, "high");
  expect_series_near(r.low, l, tol<T>(), 0.0, "low");
  expect_series_near(r.close, c, tol<T>(), 0.0, "close");
}

TYPED_TEST(HeikinAshi, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b); },
                       [](const bars<T>& b) { return stream(b); }, taspan::heikin_ashi_lookback(),
                       nan_rule::restart);
}

TEST(HeikinAshi, SizeMismatch) {
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::heikin_ashi(x, x, x, y),
                      "taspan::heikin_ashi: close size must be the size of open (5), got 4");
}

}  // namespace
