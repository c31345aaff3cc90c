// AD (TA-Lib AD): hand-computed values, reference loop of TA-Lib's documented formula,
// stream == batch (bitwise), high == low bars, NaN restart of the line, sizes, size mismatch.

#include "taspan/volume/ad.hpp"
#include "ma_test_support.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Ad : public ::testing::Test {};
TYPED_TEST_SUITE(Ad, real_types);

template <class T>
std::vector<ld> ref_ad(const bars<T>& b) {
  std::vector<ld> y;
  ld ad = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld h = b.high[i], l = b.low[i], c = b.close[i], v = b.volume[i];
    if (h > l) ad += ((c - l) - (h - c)) / (h - l) * v;
    y.push_back(ad);
  }
  return y;
}

// The stream fed bar by bar, peek checked against update on every bar.
template <class S, class T>
std::vector<T> run(S& s, const bars<T>& b) {
  return run_stream_n(s, b.high, b.low, b.close, b.volume);
}

TYPED_TEST(Ad, HandComputedValues) {
  using T = TypeParam;
  // bar 0: ((11-9) - (12-11)) / 3 * 300 = 100; bar 1: high == low adds 0; bar 2: close at the
  // low: ((8-8) - (10-8)) / 2 * 50 = -50.
  const std::vector<T> h{12, 10, 10}, l{9, 10, 8}, c{11, 10, 8}, v{300, 999, 50};
  const auto y = taspan::ad(h, l, c, v);
  EXPECT_EQ(y[0], T(100));
  EXPECT_EQ(y[1], T(100));
  EXPECT_EQ(y[2], T(50));
}

TYPED_TEST(Ad, ReferenceStreamNanAndSizes) {
  using T = TypeParam;
  auto b = random_bars<T>(2000, 5);
  const auto y = taspan::ad(b.high, b.low, b.close, b.volume);
  expect_series_near(y, ref_ad(b), tol<T>(), tol<T>() * 1e6);  // volumes ~1e5..1e6
  taspan::ad_stream<T> s;
  expect_series_identical(run(s, b), y);
  EXPECT_EQ(s.lookback(), 0);
  EXPECT_TRUE(s.ready());
  // NaN at bar 700 (in the volume): NaN there; the line restarts from 0 on bar 701.
  b.volume[700] = std::numeric_limits<T>::quiet_NaN();
  const auto z = taspan::ad(b.high, b.low, b.close, b.volume);
  EXPECT_TRUE(std::isnan(z[700]));
  bars<T> tail;
  for (std::size_t i = 701; i < b.size(); ++i) {
    tail.high.push_back(b.high[i]);
    tail.low.push_back(b.low[i]);
    tail.close.push_back(b.close[i]);
    tail.volume.push_back(b.volume[i]);
  }
  const auto fresh = taspan::ad(tail.high, tail.low, tail.close, tail.volume);
  for (std::size_t i = 0; i < fresh.size(); ++i) ASSERT_EQ(z[701 + i], fresh[i]) << i;
  for (std::size_t i = 0; i < 700; ++i) ASSERT_EQ(z[i], y[i]) << i;
  s.reset();
  expect_series_identical(run(s, b), z);
  EXPECT_TRUE(
      taspan::ad(std::vector<T>{}, std::vector<T>{}, std::vector<T>{}, std::vector<T>{}).empty());
}

TEST(Ad, LookbackAndSizeMismatch) {
  EXPECT_EQ(taspan::ad_lookback(), 0);  // TA-Lib: AD lookback 0
  std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::ad(x, x, y, x),
                      "taspan::ad: close size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::ad(x, x, x, x, y),
                      "taspan::ad: out size must be the size of input (5), got 4");
}

}  // namespace
