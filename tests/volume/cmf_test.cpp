// CMF (Chaikin money flow; TradingView's definition): hand-worked value, a plain loop summing each
// window afresh, stream == batch (bitwise), bounds, lookback, NaN, sizes, bad parameters.

#include "taspan/volume/cmf.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Cmf : public ::testing::Test {};
TYPED_TEST_SUITE(Cmf, real_types);

template <class T>
std::vector<ld> ref_cmf(const bars<T>& b, int n) {
  std::vector<ld> y(b.size(), lnan);
  for (std::size_t i = static_cast<std::size_t>(n - 1); i < b.size(); ++i) {
    ld flow = 0, vol = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) {
      const ld h = b.high[j], l = b.low[j], c = b.close[j], v = b.volume[j];
      flow += h == l ? 0 : (2 * c - l - h) / (h - l) * v;
      vol += v;
    }
    y[i] = flow / vol;
  }
  return y;
}

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  return {taspan::cmf(b.high, b.low, b.close, b.volume, n)};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::cmf_stream<T> s(n);
  return {run_stream_n(s, b.high, b.low, b.close, b.volume)};
}

TYPED_TEST(Cmf, HandWorked) {
  using T = TypeParam;
  // clv: (10-8 - (12-10))/4 = 0; (11-9 - 0)/2 = 1; high == low: 0.
  // Flow 0*100 + 1*300 + 0*600 = 300 over volume 1000.
  const std::vector<T> h{12, 11, 10}, l{8, 9, 10}, c{10, 11, 10}, v{100, 300, 600};
  const auto y = taspan::cmf(h, l, c, v, 3);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], 0.3, 1e-6);
  // No volume in the window: no flow.
  EXPECT_EQ(taspan::cmf(h, l, c, std::vector<T>(3, T(0)), 2)[2], T(0));
}

TYPED_TEST(Cmf, MatchesReferenceAndStaysInBounds) {
  using T = TypeParam;
  const auto b = random_bars<T>(800, 31);
  for (int n : {1, 2, 20, 55}) {
    const auto y = taspan::cmf(b.high, b.low, b.close, b.volume, n);
    expect_series_near(y, ref_cmf(b, n), tol<T>(), tol<T>(), "n=" + std::to_string(n));
    for (T x : y) EXPECT_TRUE(std::isnan(x) || (x >= T(-1) && x <= T(1)));
  }
}

TYPED_TEST(Cmf, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 5, 20})
    check_bars_common<T>([n](const bars<T>& b) { return batch(b, n); },
                         [n](const bars<T>& b) { return stream(b, n); }, taspan::cmf_lookback(n),
                         nan_rule::windowed);
}

TEST(Cmf, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::cmf_lookback(), 19);
  EXPECT_EQ(taspan::cmf_stream<double>().lookback(), 19);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::cmf(x, x, x, x, 0), "taspan::cmf: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::cmf(x, x, x, y),
                      "taspan::cmf: volume size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::cmf_stream<double>(-2),
                      "taspan::cmf_stream: period must be >= 1, got -2");
}

}  // namespace
