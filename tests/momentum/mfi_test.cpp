// mfi: hand values, TA-Lib's algorithm (ta_MFI.c) as a plain loop summing each window afresh,
// batch == streaming bitwise, bounds, NaN windows, sizes, errors.

#include "taspan/momentum/mfi.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_mfi(const bars<T>& b, int n) {
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> tp(b.size()), pos(b.size()), neg(b.size()), out(b.size(), ref::nan);
  for (std::size_t i = 0; i < b.size(); ++i)
    tp[i] = (double(b.high[i]) + double(b.low[i]) + double(b.close[i])) / 3.0;
  for (std::size_t i = 1; i < b.size(); ++i) {
    const double mf = tp[i] * double(b.volume[i]);
    pos[i] = tp[i] > tp[i - 1] ? mf : 0.0;
    neg[i] = tp[i] < tp[i - 1] ? mf : 0.0;
  }
  for (std::size_t i = un; i < b.size(); ++i) {
    double p = 0, m = 0;
    for (std::size_t j = i + 1 - un; j <= i; ++j) {
      p += pos[j];
      m += neg[j];
    }
    out[i] = p + m > 0 ? 100.0 * (p / (p + m)) : 0.0;
  }
  return out;
}

template <class T>
class Mfi : public ::testing::Test {};
TYPED_TEST_SUITE(Mfi, real_types);

// By hand, period 2, high = low = close = 1, 2, 1.5, volumes 10, 20, 40: flows +2*20 = 40 at
// bar 1 and -1.5*40 = 60 at bar 2 -> MFI = 100 * 40 / 100 = 40.
TYPED_TEST(Mfi, HandComputed) {
  using T = TypeParam;
  const std::vector<T> p{T(1), T(2), T(1.5)}, v{T(10), T(20), T(40)};
  const auto y = taspan::mfi(p, p, p, v, 2);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], 40.0, 1e-4);
}

TYPED_TEST(Mfi, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {2, 5, 14}) {
      const auto y = taspan::mfi(b.high, b.low, b.close, b.volume, n);
      expect_matches_reference(y, reference_mfi(b, n), "mfi n=" + std::to_string(n));
      taspan::mfi_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close, b.volume), y, "stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(0) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Mfi, NanAffectsExactlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  const auto clean = random_bars<T>(80);
  const auto b = nan_bar(clean, 30);
  const auto y = taspan::mfi(b.high, b.low, b.close, b.volume, 5);
  const auto r = reference_mfi(clean, 5);
  for (std::size_t i = 0; i < y.size(); ++i) {
    const bool nan = i < 5 || (i >= 30 && i <= 35);
    EXPECT_EQ(std::isnan(y[i]), nan) << i;
    if (!nan) {
      EXPECT_NEAR(y[i], r[i], 1e-4) << i;
    }
  }
  taspan::mfi_stream<T> s(5);
  expect_series_identical(run_stream_n(s, b.high, b.low, b.close, b.volume), y);
  for (std::size_t size : {0U, 1U, 5U, 6U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::mfi(e.high, e.low, e.close, e.volume, 5);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 5);
    taspan::mfi_stream<T> t(5);
    run_stream_n(t, e.high, e.low, e.close, e.volume);
    EXPECT_EQ(t.ready(), size >= 6);
    t.reset();
    EXPECT_FALSE(t.ready());
  }
}

TEST(Mfi, LookbackAndErrors) {
  EXPECT_EQ(taspan::mfi_lookback(), 14);
  EXPECT_EQ(taspan::mfi_stream<double>(3).lookback(), 3);
  std::vector<double> x(4, 1.0), y(3, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::mfi(x, x, x, x, 1), "taspan::mfi: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::mfi(x, x, x, y, 2),
                      "taspan::mfi: volume size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::mfi(x, x, x, x, out, 2),
                      "taspan::mfi: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::mfi_stream<double>(0),
                      "taspan::mfi_stream: period must be >= 2, got 0");
}

}  // namespace
