// ultosc: TA-Lib's algorithm (ta_ULTOSC.c, periods sorted, weights 4/2/1) as a plain loop
// summing each window afresh, a hand value, batch == streaming bitwise, bounds, NaN, sizes,
// errors.

#include "taspan/momentum/ultosc.hpp"
#include "ohlcv_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_ultosc(const bars<T>& b, int p1, int p2, int p3) {
  std::array<int, 3> p{p1, p2, p3};
  std::sort(p.begin(), p.end());
  const auto longest = static_cast<std::size_t>(p[2]);
  std::vector<double> bp(b.size()), tr(b.size()), out(b.size(), ref::nan);
  for (std::size_t i = 1; i < b.size(); ++i) {
    bp[i] = double(b.close[i]) - std::min(double(b.low[i]), double(b.close[i - 1]));
    tr[i] = ref::tr_of(b.high, b.low, b.close, i);
  }
  for (std::size_t i = longest; i < b.size(); ++i) {
    double o = 0;
    const double weight[3] = {4, 2, 1};
    for (std::size_t k = 0; k < 3; ++k) {
      double a = 0, t = 0;
      for (std::size_t j = i + 1 - static_cast<std::size_t>(p[k]); j <= i; ++j) {
        a += bp[j];
        t += tr[j];
      }
      if (t != 0) o += weight[k] * (a / t);
    }
    out[i] = 100.0 * (o / 7.0);
  }
  return out;
}

template <class T>
class Ultosc : public ::testing::Test {};
TYPED_TEST_SUITE(Ultosc, real_types);

// By hand, periods 1, 1, 1: a single bar's BP/TR. Bar 1: close 12, low 9, prev close 10,
// high 13: BP = 12 - 9 = 3, TR = max(4, 3, 1) = 4 -> 100 * (4 + 2 + 1) * 0.75 / 7 = 75.
TYPED_TEST(Ultosc, HandComputed) {
  using T = TypeParam;
  const std::vector<T> h{T(11), T(13)}, l{T(9), T(9)}, c{T(10), T(12)};
  const auto y = taspan::ultosc(h, l, c, 1, 1, 1);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_NEAR(y[1], 75.0, 1e-4);
}

TYPED_TEST(Ultosc, MatchesReferenceAndStreaming) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    for (auto [p1, p2, p3] :
         {std::array{7, 14, 28}, std::array{28, 7, 14}, std::array{2, 3, 5}, std::array{1, 1, 1}}) {
      const auto y = taspan::ultosc(b.high, b.low, b.close, p1, p2, p3);
      expect_matches_reference(y, reference_ultosc(b, p1, p2, p3), "ultosc");
      taspan::ultosc_stream<T> s(p1, p2, p3);
      expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y, "stream");
      for (T v : y) {
        if (!std::isnan(v)) {
          ASSERT_TRUE(v >= T(0) && v <= T(100)) << v;
        }
      }
    }
  }
}

TYPED_TEST(Ultosc, NanSizesReset) {
  using T = TypeParam;
  const auto b = nan_bar(random_bars<T>(100), 40);
  const auto y = taspan::ultosc(b.high, b.low, b.close, 3, 5, 8);
  // Terms of bars 40 and 41 are NaN: the outputs whose 8-bar window holds one of them.
  for (std::size_t i = 0; i < y.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 8 || (i >= 40 && i <= 48)) << i;
  taspan::ultosc_stream<T> s(3, 5, 8);
  expect_series_identical(run_stream_n(s, b.high, b.low, b.close), y);
  for (std::size_t size : {0U, 1U, 28U, 29U}) {
    const auto e = random_bars<T>(size);
    const auto z = taspan::ultosc(e.high, e.low, e.close);
    for (std::size_t i = 0; i < size; ++i) EXPECT_EQ(std::isnan(z[i]), i < 28);
    taspan::ultosc_stream<T> t;
    run_stream_n(t, e.high, e.low, e.close);
    EXPECT_EQ(t.ready(), size >= 29);
    t.reset();
    EXPECT_FALSE(t.ready());
  }
}

TEST(Ultosc, LookbackAndErrors) {
  EXPECT_EQ(taspan::ultosc_lookback(), 28);
  EXPECT_EQ(taspan::ultosc_lookback(30, 2, 4), 30);
  EXPECT_EQ(taspan::ultosc_stream<double>(5, 9, 2).lookback(), 9);
  std::vector<double> x(4, 1.0), y(3, 1.0), out(3);
  EXPECT_TASPAN_ERROR(taspan::ultosc(x, x, x, 0, 2, 3),
                      "taspan::ultosc: period1 must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::ultosc(x, x, x, 1, -2, 3),
                      "taspan::ultosc: period2 must be >= 1, got -2");
  EXPECT_TASPAN_ERROR(taspan::ultosc(x, x, x, 1, 2, 0),
                      "taspan::ultosc: period3 must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::ultosc(x, x, y),
                      "taspan::ultosc: close size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::ultosc(x, x, x, out),
                      "taspan::ultosc: out size must be the size of input (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::ultosc_stream<double>(7, 0, 28),
                      "taspan::ultosc_stream: period2 must be >= 1, got 0");
}

}  // namespace
