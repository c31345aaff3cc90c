// STOCH, STOCHF, STOCHRSI: hand-worked values, plain reference loops (TA-Lib ta_STOCH.c's
// definition with SMA smoothing), composition with ma() for other MA types, streams.

#include "taspan/momentum/stoch.hpp"
#include "taspan/momentum/stochf.hpp"
#include "taspan/momentum/stochrsi.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using taspan::ma_type;

// Fast %K from scratch over each window; 0 where the window has no range.
template <class T>
std::vector<double> reference_fast_k(const std::vector<T>& h, const std::vector<T>& l,
                                     const std::vector<T>& c, int n) {
  std::vector<double> k(c.size(), NAN);
  for (std::size_t i = static_cast<std::size_t>(n) - 1; i < c.size(); ++i) {
    double hh = -INFINITY, ll = INFINITY;
    bool nan = std::isnan(c[i]);
    for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) {
      hh = std::max(hh, double(h[j]));
      ll = std::min(ll, double(l[j]));
      nan = nan || std::isnan(h[j]) || std::isnan(l[j]);
    }
    k[i] = nan ? NAN : hh > ll ? 100.0 * (c[i] - ll) / (hh - ll) : 0.0;
  }
  return k;
}

std::vector<double> reference_sma(const std::vector<double>& x, int n) {
  std::vector<double> y(x.size(), NAN);
  for (std::size_t i = static_cast<std::size_t>(n) - 1; i < x.size(); ++i) {
    double s = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) s += x[j];
    y[i] = s / n;
  }
  return y;
}

std::vector<double> masked(std::vector<double> v, int lookback) {
  for (std::size_t i = 0; i < v.size() && i < static_cast<std::size_t>(lookback); ++i) v[i] = NAN;
  return v;
}

template <class T>
class Stochastic : public ::testing::Test {};
TYPED_TEST_SUITE(Stochastic, real_types);

// By hand, fastk 3, fastd 3: %K at bars 2..4 = 100*(12-8)/(12-8) = 100, 100*(11-9)/(13-9) = 50,
// 100*(12-10)/(14-10) = 50; %D at bar 4 = (100+50+50)/3.
TYPED_TEST(Stochastic, HandWorkedStochf) {
  using T = TypeParam;
  const std::vector<T> h{10, 11, 12, 13, 14}, l{8, 9, 10, 11, 12}, c{9, 10, 12, 11, 12};
  const auto f = taspan::stochf(h, l, c, 3, 3);
  EXPECT_EQ(taspan::stochf_lookback(3, 3), 4);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_TRUE(std::isnan(f.fastk[i]) && std::isnan(f.fastd[i]));
  EXPECT_NEAR(f.fastk[4], 50.0, 1e-5);
  EXPECT_NEAR(f.fastd[4], 200.0 / 3.0, 1e-5);
}

TYPED_TEST(Stochastic, SmaChainsMatchReference) {
  using T = TypeParam;
  auto b = random_bars<T>(500, 11);
  b.high[200] = std::numeric_limits<T>::quiet_NaN();
  const auto fk = reference_fast_k(b.high, b.low, b.close, 5);
  const auto f = taspan::stochf(b.high, b.low, b.close);
  const int lf = taspan::stochf_lookback();
  expect_series_near(f.fastk, masked(fk, lf), tol<T>(), 1e-9, "fastk");
  expect_series_near(f.fastd, masked(reference_sma(fk, 3), lf), tol<T>(), 1e-9, "fastd");

  const auto s = taspan::stoch(b.high, b.low, b.close);
  const int ls = taspan::stoch_lookback();
  EXPECT_EQ(ls, 8);  // TA-Lib STOCH(5,3,SMA,3,SMA) lookback
  const auto sk = reference_sma(fk, 3);
  expect_series_near(s.slowk, masked(sk, ls), tol<T>(), 1e-9, "slowk");
  expect_series_near(s.slowd, masked(reference_sma(sk, 3), ls), tol<T>(), 1e-9, "slowd");
  for (std::size_t i = static_cast<std::size_t>(ls); i < b.size(); ++i) {
    if (std::isnan(s.slowk[i])) continue;
    EXPECT_GE(s.slowk[i], T(0));
    EXPECT_LE(s.slowk[i], T(100));
  }
}

TYPED_TEST(Stochastic, OtherMaTypesAreMaOfTheLineBefore) {
  using T = TypeParam;
  const auto b = random_bars<T>(400, 12);
  const auto fk = reference_fast_k(b.high, b.low, b.close, 14);
  std::vector<T> fkt(fk.begin(), fk.end());
  for (ma_type t : {ma_type::ema, ma_type::wma, ma_type::t3}) {
    const auto s = taspan::stoch(b.high, b.low, b.close, 14, 3, t, 4, ma_type::dema);
    const int ls = taspan::stoch_lookback(14, 3, t, 4, ma_type::dema);
    const auto sk = taspan::ma(fkt, 3, t);
    const auto sd = taspan::ma(sk, 4, ma_type::dema);
    std::vector<double> skd(sk.begin(), sk.end()), sdd(sd.begin(), sd.end());
    expect_series_near(s.slowk, masked(skd, ls), 1e-4, 1e-6, "slowk " + std::string(to_string(t)));
    expect_series_near(s.slowd, masked(sdd, ls), 1e-4, 1e-6, "slowd");
  }
}

TYPED_TEST(Stochastic, StreamsEqualBatch) {
  using T = TypeParam;
  auto b = random_bars<T>(300, 13);
  b.close[150] = std::numeric_limits<T>::quiet_NaN();
  for (ma_type t : {ma_type::sma, ma_type::ema}) {
    const auto s = taspan::stoch(b.high, b.low, b.close, 9, 3, t, 3, t);
    const auto f = taspan::stochf(b.high, b.low, b.close, 9, 4, t);
    const auto r = taspan::stochrsi(b.close, 14, 9, 3, t);
    taspan::stoch_stream<T> ss(9, 3, t, 3, t);
    taspan::stochf_stream<T> fs(9, 4, t);
    taspan::stochrsi_stream<T> rs(14, 9, 3, t);
    std::vector<T> sk, sd, fk, fd, rk, rd;
    for (std::size_t i = 0; i < b.size(); ++i) {
      const auto ps = ss.peek(b.high[i], b.low[i], b.close[i]);
      const auto vs = ss.update(b.high[i], b.low[i], b.close[i]);
      EXPECT_TRUE(ps.slowd == vs.slowd || both_nan(ps.slowd, vs.slowd));
      sk.push_back(vs.slowk), sd.push_back(vs.slowd);
      const auto vf = fs.update(b.high[i], b.low[i], b.close[i]);
      fk.push_back(vf.fastk), fd.push_back(vf.fastd);
      const auto pr = rs.peek(b.close[i]);
      const auto vr = rs.update(b.close[i]);
      EXPECT_TRUE(pr.fastk == vr.fastk || both_nan(pr.fastk, vr.fastk));
      rk.push_back(vr.fastk), rd.push_back(vr.fastd);
    }
    expect_series_near(sk, s.slowk, tol<T>(), 1e-9, "stoch stream k");
    expect_series_near(sd, s.slowd, tol<T>(), 1e-9, "stoch stream d");
    expect_series_near(fk, f.fastk, tol<T>(), 1e-9, "stochf stream k");
    expect_series_near(fd, f.fastd, tol<T>(), 1e-9, "stochf stream d");
    expect_series_near(rk, r.fastk, tol<T>(), 1e-9, "stochrsi stream k");
    expect_series_near(rd, r.fastd, tol<T>(), 1e-9, "stochrsi stream d");
    EXPECT_TRUE(ss.ready() && rs.ready());
  }
}

// Regression (tests/properties, bounds): a close at the highest high is exactly 100. TA-Lib's
// (close - lowest) / ((highest - lowest) / 100) rounds the divisor first and gave
// 100.00000000000001 for 15 of these 199 ranges (e.g. low 104.07, high 104.18).
TYPED_TEST(Stochastic, CloseAtTheHighIsExactly100) {
  using T = TypeParam;
  std::vector<T> h, l;
  for (int i = 1; i < 200; ++i) {
    l.push_back(static_cast<T>(100.0 + i * 0.37));
    h.push_back(static_cast<T>(static_cast<double>(l.back()) + 0.01 * i));
  }
  const auto at_high = taspan::stochf(h, l, h, 1, 1);
  const auto at_low = taspan::stochf(h, l, l, 1, 1);
  for (std::size_t i = 0; i < h.size(); ++i) {
    EXPECT_EQ(at_high.fastk[i], T(100)) << i;
    EXPECT_EQ(at_low.fastk[i], T(0)) << i;
  }
}

// Regression (tests/badinput, "mixed huge/denormal" series): between jumps of 1e300 the RSI is flat
// to the last bit, so %K of it is 100 * (rounding noise) / (rounding noise). Batch computed the
// RSI with rsi()'s two-bar loop, which rounds differently from rsi_stream's one-bar steps, and
// STOCHRSI(11, 3, 1) gave 0 in batch where the stream gave 100. Both now step the RSI bar by bar:
// %K is bit-identical.
TYPED_TEST(Stochastic, StochRsiBatchAndStreamAgreeOnAFlatRsi) {
  using T = TypeParam;
  const T huge = std::is_same_v<T, float> ? T(1e38F) : T(1e300);
  auto x = random_walk<T>(120, 4);
  for (std::size_t i = 0; i < x.size(); i += 7)
    x[i] = (i % 14 == 0) ? huge : std::numeric_limits<T>::denorm_min();
  for (int period : {5, 11, 23}) {
    for (int fastk : {3, 7, 12}) {
      const auto r = taspan::stochrsi(x, period, fastk, 1, ma_type::sma);
      taspan::stochrsi_stream<T> s(period, fastk, 1, ma_type::sma);
      for (std::size_t i = 0; i < x.size(); ++i) {
        const auto v = s.update(x[i]);
        EXPECT_TRUE(v.fastk == r.fastk[i] || both_nan(v.fastk, r.fastk[i]))
            << period << " " << fastk << " bar " << i << ": stream " << v.fastk << ", batch "
            << r.fastk[i];
      }
    }
  }
}

TYPED_TEST(Stochastic, StochRsiIsStochfOfRsi) {
  using T = TypeParam;
  const auto x = random_walk<T>(400, 14);
  const auto r = taspan::rsi(x, 14);
  const auto ref = taspan::stochf(r, r, r, 5, 3);
  const auto s = taspan::stochrsi(x);
  const int lb = taspan::stochrsi_lookback();
  EXPECT_EQ(lb, 20);  // TA-Lib STOCHRSI(14, 5, 3, SMA): 14 + 4 + 2
  std::vector<double> k(ref.fastk.begin(), ref.fastk.end()), d(ref.fastd.begin(), ref.fastd.end());
  expect_series_near(s.fastk, masked(k, lb), tol<T>(), 1e-9, "k");
  expect_series_near(s.fastd, masked(d, lb), tol<T>(), 1e-9, "d");
}

TEST(Stochastic, Errors) {
  std::vector<double> a(10, 1.0), b(9, 1.0);
  EXPECT_TASPAN_ERROR(taspan::stoch(a, a, a, 0), "taspan::stoch: fastk_period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::stoch(a, a, a, 5, 3, static_cast<ma_type>(9)),
                      "taspan::stoch: slowk_matype must be one of sma, ema, wma, dema, tema, "
                      "trima, kama, mama, t3, got 9");
  EXPECT_TASPAN_ERROR(taspan::stochf(a, b, a),
                      "taspan::stochf: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::stochrsi(a, 1), "taspan::stochrsi: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::stochrsi_stream<float>(14, 5, 0),
                      "taspan::stochrsi_stream: fastd_period must be >= 1, got 0");
  const auto empty =
      taspan::stoch(std::vector<double>{}, std::vector<double>{}, std::vector<double>{});
  EXPECT_TRUE(empty.slowk.empty());
}

}  // namespace
