// Donchian, Keltner and Supertrend channels: plain reference loops, hand checks, streams.

#include "taspan/overlap/ema.hpp"
#include "taspan/volatility/atr.hpp"
#include "taspan/volatility/donchian.hpp"
#include "taspan/volatility/keltner.hpp"
#include "taspan/volatility/supertrend.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class Channels : public ::testing::Test {};
TYPED_TEST_SUITE(Channels, real_types);

TYPED_TEST(Channels, DonchianIsTheWindowExtremes) {
  using T = TypeParam;
  auto b = random_bars<T>(300, 5);
  b.low[100] = std::numeric_limits<T>::quiet_NaN();
  for (int n : {1, 5, 20}) {
    const auto d = taspan::donchian(b.high, b.low, n);
    taspan::donchian_stream<T> s(n);
    for (std::size_t i = 0; i < b.size(); ++i) {
      const auto v = s.update(b.high[i], b.low[i]);
      EXPECT_TRUE(v.upper == d.upper[i] || both_nan(v.upper, d.upper[i]));
      EXPECT_TRUE(v.middle == d.middle[i] || both_nan(v.middle, d.middle[i]));
      EXPECT_TRUE(v.lower == d.lower[i] || both_nan(v.lower, d.lower[i]));
      if (i + 1 < static_cast<std::size_t>(n)) {
        EXPECT_TRUE(std::isnan(d.upper[i]));
        continue;
      }
      double hi = -INFINITY, lo = INFINITY;
      bool nan = false;
      for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) {
        hi = std::max(hi, double(b.high[j]));
        lo = std::min(lo, double(b.low[j]));
        nan = nan || std::isnan(b.low[j]);
      }
      EXPECT_EQ(d.upper[i], T(hi));
      if (nan) {
        EXPECT_TRUE(std::isnan(d.lower[i]) && std::isnan(d.middle[i]));
      } else {
        EXPECT_EQ(d.lower[i], T(lo));
        EXPECT_NEAR(d.middle[i], (hi + lo) / 2, 1e-5 * hi);
      }
    }
  }
}

// Bars with a constant 2-point range around a constant close: ATR = 2, EMA = close.
TYPED_TEST(Channels, KeltnerHandChecked) {
  using T = TypeParam;
  const std::vector<T> high(40, T(101)), low(40, T(99)), close(40, T(100));
  const auto k = taspan::keltner(high, low, close);  // 20, 2.0, 10
  EXPECT_EQ(taspan::keltner_lookback(), 19);
  for (std::size_t i = 0; i < 19; ++i)
    EXPECT_TRUE(std::isnan(k.middle[i]) && std::isnan(k.upper[i]));
  for (std::size_t i = 19; i < 40; ++i) {
    EXPECT_NEAR(k.middle[i], 100.0, 1e-9);
    EXPECT_NEAR(k.upper[i], 104.0, 1e-5);
    EXPECT_NEAR(k.lower[i], 96.0, 1e-5);
  }
}

TYPED_TEST(Channels, KeltnerIsEmaPlusAtrBandsAndStreams) {
  using T = TypeParam;
  const auto b = random_bars<T>(400, 6);
  for (auto [n, m, a] : {std::tuple{20, 2.0, 10}, {10, 1.5, 30}}) {
    const auto k = taspan::keltner(b.high, b.low, b.close, n, m, a);
    const auto e = taspan::ema(b.close, n);
    const auto r = taspan::atr(b.high, b.low, b.close, a);
    const auto lb = static_cast<std::size_t>(taspan::keltner_lookback(n, a));
    taspan::keltner_stream<T> s(n, m, a);
    for (std::size_t i = 0; i < b.size(); ++i) {
      const T p = s.peek(b.high[i], b.low[i], b.close[i]).upper;
      const auto v = s.update(b.high[i], b.low[i], b.close[i]);
      EXPECT_TRUE(p == v.upper || both_nan(p, v.upper));
      if (i < lb) {
        EXPECT_TRUE(std::isnan(k.middle[i]) && std::isnan(k.lower[i])) << i;
        continue;
      }
      EXPECT_NEAR(k.middle[i], e[i], tol<T>() * e[i]);
      EXPECT_NEAR(k.upper[i], e[i] + m * r[i], tol<T>() * e[i]);
      EXPECT_NEAR(k.lower[i], e[i] - m * r[i], tol<T>() * e[i]);
      EXPECT_NEAR(v.middle, k.middle[i], tol<T>() * e[i]);
      EXPECT_NEAR(v.upper, k.upper[i], tol<T>() * e[i]);
    }
  }
}

// TradingView's ta.supertrend written over arrays, with +1 for up (Pine returns -1 for up).
template <class T>
std::pair<std::vector<double>, std::vector<double>> reference_supertrend(const bars<T>& b, int n,
                                                                         double m) {
  const auto r = taspan::atr(b.high, b.low, b.close, n);
  std::vector<double> value(b.size(), NAN), dir(b.size(), NAN);
  double up = 0, dn = 0;
  bool started = false, long_ = false;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (std::isnan(r[i])) continue;
    const double mid = (double(b.high[i]) + double(b.low[i])) / 2;
    const double bu = mid + m * r[i], bl = mid - m * r[i];
    if (!started) {
      started = true, up = bu, dn = bl, long_ = false;
    } else {
      const double pc = b.close[i - 1];
      const bool was_long = long_;
      up = (bu < up || pc > up) ? bu : up;
      dn = (bl > dn || pc < dn) ? bl : dn;
      long_ = was_long ? !(b.close[i] < dn) : b.close[i] > up;
    }
    value[i] = long_ ? dn : up;
    dir[i] = long_ ? 1 : -1;
  }
  return {value, dir};
}

TYPED_TEST(Channels, SupertrendMatchesReferenceAndStream) {
  using T = TypeParam;
  const auto b = random_bars<T>(800, 7);
  const auto st = taspan::supertrend(b.high, b.low, b.close, 10, 3.0);
  const auto [value, dir] = reference_supertrend(b, 10, 3.0);
  expect_series_near(st.value, value, tol<T>(), 0.0, "supertrend");
  expect_series_identical(st.direction, dir, "direction");
  int flips = 0;
  for (std::size_t i = 11; i < b.size(); ++i) flips += st.direction[i] != st.direction[i - 1];
  EXPECT_GT(flips, 3);  // a random walk of 800 bars changes trend several times
  taspan::supertrend_stream<T> s(10, 3.0);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.high[i], b.low[i], b.close[i]);
    const auto v = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p.value == v.value || both_nan(p.value, v.value));
    EXPECT_TRUE(v.value == st.value[i] || both_nan(v.value, st.value[i])) << i;
    EXPECT_TRUE(v.direction == st.direction[i] || both_nan(v.direction, st.direction[i])) << i;
  }
}

// A steady climb turns the trend up and keeps the stop under price.
TYPED_TEST(Channels, SupertrendFollowsATrend) {
  using T = TypeParam;
  std::vector<T> h, l, c;
  for (int i = 0; i < 60; ++i) {
    c.push_back(T(100 + 2 * i));
    h.push_back(T(101 + 2 * i));
    l.push_back(T(99 + 2 * i));
  }
  const auto st = taspan::supertrend(h, l, c);
  EXPECT_EQ(taspan::supertrend_lookback(), 10);
  EXPECT_TRUE(std::isnan(st.value[9]));
  EXPECT_EQ(st.direction[10], T(-1));  // starts down, as TradingView
  EXPECT_EQ(st.direction[59], T(1));
  EXPECT_LT(st.value[59], l[59]);
}

TEST(Channels, Errors) {
  std::vector<double> a(10, 1.0), b(9, 1.0), out(10);
  EXPECT_TASPAN_ERROR(taspan::donchian(a, b),
                      "taspan::donchian: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::donchian(a, a, 0), "taspan::donchian: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::keltner(a, a, a, 20, -1.0),
                      "taspan::keltner: multiplier must be >= 0 and finite, got -1");
  EXPECT_TASPAN_ERROR(taspan::keltner(a, a, a, 20, 2.0, 0),
                      "taspan::keltner: atr_period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::supertrend(a, a, b),
                      "taspan::supertrend: close size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::supertrend_stream<float>(0),
                      "taspan::supertrend_stream: period must be >= 1, got 0");
}

}  // namespace
