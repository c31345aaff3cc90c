// Elder ray (bull and bear power): hand-worked values, a plain loop from the definition (Pine's
// ta.ema), stream == batch (bitwise), lookback, NaN rules, sizes, bad parameters.

#include "taspan/momentum/elder_ray.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class ElderRay : public ::testing::Test {};
TYPED_TEST_SUITE(ElderRay, real_types);

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  const auto r = taspan::elder_ray(b.high, b.low, b.close, n);
  return {r.bull_power, r.bear_power};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::elder_ray_stream<T> s(n);
  std::vector<std::vector<T>> out(2);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.high[i], b.low[i], b.close[i]);
    const auto u = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p.bull_power == u.bull_power || both_nan(p.bull_power, u.bull_power));
    EXPECT_TRUE(p.bear_power == u.bear_power || both_nan(p.bear_power, u.bear_power));
    out[0].push_back(u.bull_power), out[1].push_back(u.bear_power);
  }
  return out;
}

TYPED_TEST(ElderRay, HandWorked) {
  using T = TypeParam;
  // Period 3 (k 0.5): EMA 10, then 0.5 * 12 + 0.5 * 10 = 11.
  const std::vector<T> h{11, 13}, l{9, 10}, c{10, 12};
  const auto r = taspan::elder_ray(h, l, c, 3);
  EXPECT_EQ(r.bull_power[0], T(1));
  EXPECT_EQ(r.bear_power[0], T(-1));
  EXPECT_EQ(r.bull_power[1], T(2));
  EXPECT_EQ(r.bear_power[1], T(-1));
}

TYPED_TEST(ElderRay, MatchesTheDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(800, 37);
  for (int n : {1, 13, 50}) {
    std::vector<ld> bull(b.size()), bear(b.size());
    ld e = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
      e = i == 0 ? b.close[0] : e + (b.close[i] - e) * 2 / (n + 1);
      bull[i] = b.high[i] - e;
      bear[i] = b.low[i] - e;
    }
    const auto r = taspan::elder_ray(b.high, b.low, b.close, n);
    expect_series_near(r.bull_power, bull, tol<T>(), tol<T>() * 100, "bull");
    expect_series_near(r.bear_power, bear, tol<T>(), tol<T>() * 100, "bear");
  }
}

TYPED_TEST(ElderRay, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 13})
    check_bars_common<T>([n](const bars<T>& b) { return batch(b, n); },
                         [n](const bars<T>& b) { return stream(b, n); },
                         taspan::elder_ray_lookback(n), nan_rule::restart);
}

TYPED_TEST(ElderRay, NanHighOrLowStaysOnItsBar) {
  using T = TypeParam;
  auto b = random_bars<T>(100, 38);
  const auto before = taspan::elder_ray(b.high, b.low, b.close);
  b.high[40] = std::numeric_limits<T>::quiet_NaN();
  const auto r = taspan::elder_ray(b.high, b.low, b.close);
  for (std::size_t i = 0; i < b.size(); ++i) {
    EXPECT_EQ(std::isnan(r.bull_power[i]), i == 40) << i;
    if (i != 40) {
      EXPECT_EQ(r.bull_power[i], before.bull_power[i]);
    }
    EXPECT_EQ(r.bear_power[i], before.bear_power[i]);
  }
}

TEST(ElderRay, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::elder_ray_lookback(), 0);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::elder_ray(x, x, x, 0),
                      "taspan::elder_ray: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::elder_ray(x, y, x),
                      "taspan::elder_ray: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::elder_ray_stream<double>(0),
                      "taspan::elder_ray_stream: period must be >= 1, got 0");
}

}  // namespace
