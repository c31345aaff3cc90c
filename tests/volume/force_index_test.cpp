// Force index (TradingView's "Elder Force Index"): hand-worked values, a plain loop from Pine's
// definition, stream == batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/volume/force_index.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class ForceIndex : public ::testing::Test {};
TYPED_TEST_SUITE(ForceIndex, real_types);

// ta.ema(ta.change(close) * volume, n): the EMA starts at the first change (bar 1).
template <class T>
std::vector<ld> ref_force_index(const bars<T>& b, int n) {
  std::vector<ld> y(b.size(), lnan);
  const ld k = 2.0L / (n + 1);
  ld e = 0;
  for (std::size_t i = 1; i < b.size(); ++i) {
    const ld f = (static_cast<ld>(b.close[i]) - b.close[i - 1]) * b.volume[i];
    y[i] = e = i == 1 ? f : k * f + (1 - k) * e;
  }
  return y;
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  return {taspan::force_index(b.close, b.volume, n)};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::force_index_stream<T> s(n);
  return {run_stream_n(s, b.close, b.volume)};
}

TYPED_TEST(ForceIndex, HandWorked) {
  using T = TypeParam;
  // Period 3 (k = 0.5): forces (11-10)*100 = 100, (9-11)*50 = -100: 100, then 0.5*-100 + 0.5*100.
  const std::vector<T> c{10, 11, 9}, v{7, 100, 50};
  const auto y = taspan::force_index(c, v, 3);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_EQ(y[1], T(100));
  EXPECT_EQ(y[2], T(0));
}

TYPED_TEST(ForceIndex, MatchesPinesDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(800, 32);
  for (int n : {1, 2, 13, 40})
    expect_series_near(taspan::force_index(b.close, b.volume, n), ref_force_index(b, n), tol<T>(),
                       tol<T>() * 1e6, "n=" + std::to_string(n));  // forces ~1e5 .. 1e6
}

TYPED_TEST(ForceIndex, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 13})
    check_bars_common<T>([n](const bars<T>& b) { return batch(b, n); },
                         [n](const bars<T>& b) { return stream(b, n); },
                         taspan::force_index_lookback(n), nan_rule::restart);
}

TEST(ForceIndex, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::force_index_lookback(), 1);
  EXPECT_EQ(taspan::force_index_lookback(taspan::max_period + 1), -1);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::force_index(x, x, 0),
                      "taspan::force_index: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::force_index(x, y),
                      "taspan::force_index: volume size must be the size of close (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::force_index_stream<float>(0),
                      "taspan::force_index_stream: period must be >= 1, got 0");
}

}  // namespace
