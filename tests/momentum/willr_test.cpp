// willr: hand values, TA-Lib's formula (ta_WILLR.c: (HH - close) / ((HH - LL) / -100), 0 when
// HH == LL) over windows scanned afresh, batch == streaming, bounds, NaN windows, sizes, errors.

#include "taspan/momentum/willr.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_willr(const bars<T>& b, int n) {
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> out(b.size(), ref::nan);
  for (std::size_t i = un - 1; i < b.size(); ++i) {
    double hh = b.high[i + 1 - un], ll = b.low[i + 1 - un];
    for (std::size_t j = i + 1 - un; j <= i; ++j) {
      hh = std::max(hh, double(b.high[j]));
      ll = std::min(ll, double(b.low[j]));
    }
    const double diff = (hh - ll) / -100.0;
    out[i] = diff != 0 ? (hh - double(b.close[i])) / diff : 0.0;
  }
  return out;
}

template <class T>
class Willr : public ::testing::Test {};
TYPED_TEST_SUITE(Willr, real_types);

// By hand, period 2: highs 10 12, lows 8 9, close 11 -> HH 12, LL 8: (12 - 11)/(4 / -100) = -25.
TYPED_TEST(Willr, HandComputed) {
  using T = TypeParam;
  const std::vector<T> h{T(10), T(12)}, l{T(8), T(9)}, c{T(9), T(11)};
  const auto y = taspan::willr(h, l, c, 2);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_EQ(y[1], T(-25));
}

TYPED_TEST(Willr, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {2, 5, 14, 50}) {
      const auto y = taspan::willr(b.high, b.low, b.close, n);
      expect_matches_reference(y, reference_willr(b, n), "willr n=" + std::to_string(n));
      taspan::willr_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(-100) && v <= T(0)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Willr, NanWindowsSizesReset) {
  using T = TypeParam;
  const auto b = nan_bar(random_bars<T>(60), 30);
  const auto y = taspan::willr(b.high, b.low, b.close, 5);
  for (std::size_t i = 0; i < y.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 4 || (i >= 30 && i < 35)) << i;
  taspan::willr_stream<T> s(5);
  expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
  for (std::size_t size : {0U, 1U, 13U, 14U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::willr(e.high, e.low, e.close);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 13);
    taspan::willr_stream<T> t;
    expect_series_identical(run_stream_n(t, e.high, e.low, e.close), z);
    EXPECT_EQ(t.ready(), size >= 14);
    t.reset();
    EXPECT_FALSE(t.ready());
  }
}

TEST(Willr, LookbackAndErrors) {
  EXPECT_EQ(taspan::willr_lookback(), 13);
  EXPECT_EQ(taspan::willr_lookback(2), 1);
  EXPECT_EQ(taspan::willr_stream<double>(7).lookback(), 6);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  EXPECT_TASPAN_ERROR(taspan::willr(x, x, x, 1), "taspan::willr: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::willr(x, y, x),
                      "taspan::willr: low size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::willr(x, x, x, y),
                      "taspan::willr: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::willr_stream<double>(1),
                      "taspan::willr_stream: period must be >= 2, got 1");
}

}  // namespace
