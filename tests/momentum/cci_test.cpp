// cci: hand values, TA-Lib's algorithm (ta_CCI.c) as a plain loop over each window, batch ==
// streaming bitwise, NaN windows, sizes, errors.

#include "taspan/momentum/cci.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_cci(const bars<T>& b, int n) {
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> tp(b.size()), out(b.size(), ref::nan);
  for (std::size_t i = 0; i < b.size(); ++i)
    tp[i] = (double(b.high[i]) + double(b.low[i]) + double(b.close[i])) / 3.0;
  for (std::size_t i = un - 1; i < b.size(); ++i) {
    double mean = 0, dev = 0;
    for (std::size_t j = i + 1 - un; j <= i; ++j) mean += tp[j];
    mean /= n;
    for (std::size_t j = i + 1 - un; j <= i; ++j) dev += std::fabs(tp[j] - mean);
    const double d = tp[i] - mean;
    out[i] = d != 0 && dev != 0 ? d / (0.015 * (dev / n)) : 0.0;
  }
  return out;
}

template <class T>
class Cci : public ::testing::Test {};
TYPED_TEST_SUITE(Cci, real_types);

// By hand, period 3, typical prices 1, 2, 6 (high = low = close): mean 3, mean deviation
// (2 + 1 + 3)/3 = 2, CCI = (6 - 3) / (0.015 * 2) = 100.
TYPED_TEST(Cci, HandComputed) {
  using T = TypeParam;
  const std::vector<T> x{T(1), T(2), T(6)};
  const auto y = taspan::cci(x, x, x, 3);
  EXPECT_NEAR(y[2], 100.0, 1e-4);
}

TYPED_TEST(Cci, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (int n : {2, 5, 14, 20}) {
      const auto y = taspan::cci(b.high, b.low, b.close, n);
      expect_matches_reference(y, reference_cci(b, n), "cci n=" + std::to_string(n));
      taspan::cci_stream<T> s(n);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "stream");
    }
  }
}

TYPED_TEST(Cci, NanAffectsExactlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  const auto b = nan_bar(random_bars<T>(60), 30);
  const auto y = taspan::cci(b.high, b.low, b.close, 5);
  for (std::size_t i = 0; i < y.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 4 || (i >= 30 && i < 35)) << i;
  taspan::cci_stream<T> s(5);
  expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
  for (std::size_t size : {0U, 1U, 4U, 5U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::cci(e.high, e.low, e.close, 5);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 4);
    taspan::cci_stream<T> t(5);
    run_stream_n(t, e.high, e.low, e.close);
    EXPECT_EQ(t.ready(), size >= 5);
    t.reset();
    EXPECT_FALSE(t.ready());
  }
}

TEST(Cci, LookbackAndErrors) {
  EXPECT_EQ(taspan::cci_lookback(), 13);
  EXPECT_EQ(taspan::cci_lookback(2), 1);
  EXPECT_EQ(taspan::cci_stream<double>(20).lookback(), 19);
  std::vector<double> x(4, 1.0), y(3, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::cci(x, x, x, 1), "taspan::cci: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::cci(x, y, x, 2),
                      "taspan::cci: low size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::cci(x, x, x, out, 2),
                      "taspan::cci: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::cci_stream<double>(1),
                      "taspan::cci_stream: period must be >= 2, got 1");
}

}  // namespace
