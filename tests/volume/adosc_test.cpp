// ADOSC (TA-Lib ADOSC): hand-computed values, TA-Lib's documented algorithm as a reference loop
// (both EMAs seeded with the first A/D value, k*ad + (1-k)*ema), stream == batch (bitwise),
// lookback, NaN restart, sizes, bad parameters.

#include "taspan/volume/adosc.hpp"
#include "ma_test_support.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Adosc : public ::testing::Test {};
TYPED_TEST_SUITE(Adosc, real_types);

template <class T>
std::vector<ld> ref_adosc(const bars<T>& b, int fast, int slow) {
  std::vector<ld> y(b.size(), lnan);
  ld ad = 0, f = 0, s = 0;
  const ld kf = 2.0L / (fast + 1), ks = 2.0L / (slow + 1);
  const auto lb = static_cast<std::size_t>(std::max(fast, slow) - 1);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const ld h = b.high[i], l = b.low[i], c = b.close[i], v = b.volume[i];
    if (h > l) ad += ((c - l) - (h - c)) / (h - l) * v;
    if (i == 0) {
      f = s = ad;
    } else {
      f = kf * ad + (1 - kf) * f;
      s = ks * ad + (1 - ks) * s;
    }
    if (i >= lb) y[i] = f - s;
  }
  return y;
}

// The stream fed bar by bar, peek checked against update on every bar.
template <class S, class T>
std::vector<T> run(S& s, const bars<T>& b) {
  return run_stream_n(s, b.high, b.low, b.close, b.volume);
}

template <class T>
bars<T> slice(const bars<T>& b, std::size_t from, std::size_t to) {
  bars<T> r;
  for (std::size_t i = from; i < to; ++i) {
    r.high.push_back(b.high[i]);
    r.low.push_back(b.low[i]);
    r.close.push_back(b.close[i]);
    r.volume.push_back(b.volume[i]);
  }
  return r;
}

TYPED_TEST(Adosc, HandComputedValues) {
  using T = TypeParam;
  // fast 2 (k 2/3), slow 3 (k 1/2), lookback 2. A/D: 100, 100, 50 (see ad_test).
  // bar 1: fast 2/3*100 + 1/3*100 = 100, slow 100. bar 2: fast 2/3*50 + 1/3*100 = 200/3,
  // slow 1/2*50 + 1/2*100 = 75: adosc = 200/3 - 75 = -25/3.
  const std::vector<T> h{12, 10, 10}, l{9, 10, 8}, c{11, 10, 8}, v{300, 999, 50};
  const auto y = taspan::adosc(h, l, c, v, 2, 3);
  EXPECT_TRUE(std::isnan(y[0]) && std::isnan(y[1]));
  EXPECT_NEAR(y[2], -25.0 / 3, 1e-4);
}

TYPED_TEST(Adosc, ReferenceStreamNanAndSizes) {
  using T = TypeParam;
  auto b = random_bars<T>(1500, 6);
  for (auto [f, s] : {std::pair{3, 10}, std::pair{10, 3}, std::pair{2, 30}}) {
    const auto y = taspan::adosc(b.high, b.low, b.close, b.volume, f, s);
    expect_series_near(y, ref_adosc(b, f, s), tol<T>(), tol<T>() * 1e7);  // A/D level ~1e7
    taspan::adosc_stream<T> st(f, s);
    EXPECT_FALSE(st.ready());
    expect_series_identical(run(st, b), y);
    EXPECT_TRUE(st.ready());
    EXPECT_EQ(st.lookback(), std::max(f, s) - 1);
  }
  // NaN at bar 500: NaN there and for the 9 bars of a new warm-up; then a fresh series.
  b.close[500] = std::numeric_limits<T>::quiet_NaN();
  const auto z = taspan::adosc(b.high, b.low, b.close, b.volume);
  const auto tail = slice(b, 501, b.size());
  const auto fresh = taspan::adosc(tail.high, tail.low, tail.close, tail.volume);
  for (std::size_t i = 500; i < 510; ++i) EXPECT_TRUE(std::isnan(z[i])) << i;
  for (std::size_t i = 0; i < fresh.size(); ++i)
    ASSERT_TRUE(z[501 + i] == fresh[i] || both_nan(z[501 + i], fresh[i])) << i;
  taspan::adosc_stream<T> st;
  expect_series_identical(run(st, b), z);
  // Sizes 0, 1, lookback, lookback + 1.
  for (std::size_t n : {0U, 1U, 9U, 10U}) {
    const auto bb = slice(b, 0, n);
    const auto y = taspan::adosc(bb.high, bb.low, bb.close, bb.volume);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 9);
  }
}

TEST(Adosc, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::adosc_lookback(), 9);  // TA-Lib: EMA_Lookback(max(fast, slow))
  EXPECT_EQ(taspan::adosc_lookback(12, 5), 11);
  std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::adosc(x, x, x, x, 1, 10), "taspan::adosc: fast must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::adosc(x, x, x, x, 3, 0), "taspan::adosc: slow must be >= 2, got 0");
  EXPECT_TASPAN_ERROR(taspan::adosc(x, y, x, x),
                      "taspan::adosc: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::adosc_stream<float>(3, 1),
                      "taspan::adosc_stream: slow must be >= 2, got 1");
}

}  // namespace
