// CORREL and BETA against their definitions (TA-Lib ta_CORREL.c / ta_BETA.c), recomputed per window
// in long double; hand-checked perfect (anti)correlation and a known beta.

#include "taspan/statistic/beta.hpp"
#include "taspan/statistic/correl.hpp"
#include "taspan_test.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;

// n*cov / sqrt(n*var * n*var) over each window; 0 where a variance is 0 (TA-Lib).
template <class T>
std::vector<long double> reference_correl(const std::vector<T>& a, const std::vector<T>& b, int n) {
  std::vector<long double> out(a.size(), NAN);
  for (std::size_t i = static_cast<std::size_t>(n) - 1; i < a.size(); ++i) {
    long double ma = 0, mb = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) ma += a[j], mb += b[j];
    ma /= n;
    mb /= n;
    long double sab = 0, saa = 0, sbb = 0;
    for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) {
      sab += (a[j] - ma) * (b[j] - mb);
      saa += (a[j] - ma) * (a[j] - ma);
      sbb += (b[j] - mb) * (b[j] - mb);
    }
    out[i] = saa * sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
    if (std::isnan(ma) || std::isnan(mb)) out[i] = NAN;
  }
  return out;
}

template <class T>
std::vector<long double> reference_beta(const std::vector<T>& a, const std::vector<T>& b, int n) {
  std::vector<long double> out(a.size(), NAN);
  // Returns as TA-Lib forms them, in double; the window sums below in long double.
  auto ret = [](double p0, double p1) -> long double { return p0 == 0 ? 0.0 : (p1 - p0) / p0; };
  for (std::size_t i = static_cast<std::size_t>(n); i < a.size(); ++i) {
    // Two passes (means, then centred sums): accurate even where returns nearly coincide.
    const std::size_t first = i + 1 - static_cast<std::size_t>(n);
    long double mx = 0, my = 0;
    for (std::size_t j = first; j <= i; ++j) mx += ret(a[j - 1], a[j]), my += ret(b[j - 1], b[j]);
    mx /= n;
    my /= n;
    long double sxx = 0, sxy = 0;
    for (std::size_t j = first; j <= i; ++j) {
      const long double x = ret(a[j - 1], a[j]) - mx, y = ret(b[j - 1], b[j]) - my;
      sxx += x * x, sxy += x * y;
    }
    out[i] = std::isnan(mx) || std::isnan(my) ? NAN : sxx != 0 ? sxy / sxx : 0;
  }
  return out;
}

template <class T>
class CorrelBeta : public ::testing::Test {};
TYPED_TEST_SUITE(CorrelBeta, real_types);

TYPED_TEST(CorrelBeta, MatchReferenceAndStreams) {
  using T = TypeParam;
  const std::vector<std::pair<std::vector<T>, std::vector<T>>> pairs{
      {random_walk<T>(600, 1), random_walk<T>(600, 2)},
      {near_1e5<T>(600, 3), near_1e5<T>(600, 4)},
      {monotone<T>(200), random_walk<T>(200, 5)},
      {with_nans(random_walk<T>(300, 6), {0, 120}), with_nans(random_walk<T>(300, 7), {200})}};
  // Correlations are ratios of small differences: float keeps about 4 digits of them.
  const double rel = std::is_same_v<T, float> ? 2e-3 : 1e-9;
  for (const auto& [a, b] : pairs) {
    for (int n : {1, 2, 5, 30}) {
      const auto c = taspan::correl(a, b, n);
      expect_series_near(c, reference_correl(a, b, n), rel, rel, "correl n=" + std::to_string(n));
      taspan::correl_stream<T> cs(n);
      std::vector<T> streamed;
      for (std::size_t i = 0; i < a.size(); ++i) {
        const T p = cs.peek(a[i], b[i]);
        const T u = cs.update(a[i], b[i]);
        EXPECT_TRUE(p == u || both_nan(p, u));
        streamed.push_back(u);
      }
      expect_series_identical(streamed, c, "correl stream");

      const auto be = taspan::beta(a, b, n);
      // On the near-1e5 pair, two returns that agree to 7 digits make betas near 1e7 whose
      // condition number (~1e7) times double's rounding of the returns themselves is ~1e-9.
      const double beta_rel = std::is_same_v<T, float> ? 2e-3 : 1e-7;
      expect_series_near(be, reference_beta(a, b, n), beta_rel, beta_rel,
                         "beta n=" + std::to_string(n));
      taspan::beta_stream<T> bs(n);
      streamed.clear();
      for (std::size_t i = 0; i < a.size(); ++i) {
        const T p = bs.peek(a[i], b[i]);
        const T u = bs.update(a[i], b[i]);
        EXPECT_TRUE(p == u || both_nan(p, u));
        streamed.push_back(u);
      }
      expect_series_identical(streamed, be, "beta stream");
    }
  }
}

TYPED_TEST(CorrelBeta, HandChecked) {
  using T = TypeParam;
  const auto a = random_walk<T>(100, 9);
  std::vector<T> up(a.size()), down(a.size()), flat(a.size(), T(7));
  for (std::size_t i = 0; i < a.size(); ++i) {
    up[i] = static_cast<T>(2 * a[i] + 1);
    down[i] = static_cast<T>(-a[i]);
  }
  const auto cu = taspan::correl(a, up, 10), cd = taspan::correl(a, down, 10),
             cf = taspan::correl(a, flat, 10);
  for (std::size_t i = 9; i < a.size(); ++i) {
    EXPECT_NEAR(cu[i], 1.0, 1e-4);
    EXPECT_NEAR(cd[i], -1.0, 1e-4);
    EXPECT_EQ(cf[i], T(0));  // undefined: TA-Lib returns 0
  }
  // in1's returns are exactly twice in0's: beta 2. Prices built from returns of +-1%.
  std::vector<T> m{T(100)}, s{T(50)};
  for (int i = 1; i < 40; ++i) {
    const double r = (i % 3 == 0 ? -0.01 : 0.01) * (1 + i % 5);
    m.push_back(static_cast<T>(m.back() * (1 + r)));
    s.push_back(
        static_cast<T>(s.back() * (1 + 2 * ((m.back() - m[m.size() - 2]) / m[m.size() - 2]))));
  }
  const auto b = taspan::beta(m, s, 5);
  for (std::size_t i = 5; i < m.size(); ++i) EXPECT_NEAR(b[i], 2.0, 1e-3) << i;
  EXPECT_TRUE(std::isnan(b[4]));
}

TEST(CorrelBeta, LookbacksAndErrors) {
  EXPECT_EQ(taspan::correl_lookback(), 29);  // TA-Lib CORREL: default 30, lookback period-1
  EXPECT_EQ(taspan::beta_lookback(), 5);     // TA-Lib BETA: default 5, lookback period
  std::vector<double> a(10, 1.0), b(9, 1.0), out(10);
  EXPECT_TASPAN_ERROR(taspan::correl(a, b, out, 3),
                      "taspan::correl: in1 size must be the size of in0 (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::beta(a, a, 0), "taspan::beta: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::beta_stream<double>(-1),
                      "taspan::beta_stream: period must be >= 1, got -1");
  EXPECT_TRUE(taspan::beta(std::vector<double>{}, std::vector<double>{}).empty());
  const auto one = taspan::beta(std::vector<double>{1.0}, std::vector<double>{2.0});
  EXPECT_TRUE(std::isnan(one[0]));
}

// Regressions (fuzz: corpus/indicators/regression_beta_inf_window and a beta of -inf where the
// window alone gave -5.9e35): an infinite or huge (beyond 1e150) price or return left NaN in the
// co-moments after leaving the window, and a variance that huge returns left near zero was mostly
// rounding. Now such samples count as NaN, and a variance fallen below 2^-30 of its peak is
// re-seeded: every bar's value is the one of its window alone; streaming equals batch bitwise.
TYPED_TEST(CorrelBeta, InfinityAndHugeValuesLeaveTheWindow) {
  using T = TypeParam;
  using lim = std::numeric_limits<T>;
  auto a = random_walk<T>(200, 12);
  auto b = random_walk<T>(200, 13);
  a[20] = lim::infinity();
  b[60] = -lim::infinity();
  a[100] = lim::max();
  b[101] = lim::lowest();
  a[140] = static_cast<T>(1e-30);  // the next return is ~1e32 (float) or ~1e32 (double)
  for (std::size_t i = 150; i < 170; ++i) a[i] = a[149];  // then flat: zero variance of returns
  const double rel = std::is_same_v<T, float> ? 2e-3 : 1e-7;
  for (int n : {2, 5, 14}) {
    const auto p = static_cast<std::size_t>(n);
    const auto c = taspan::correl(a, b, n);
    const auto be = taspan::beta(a, b, n);
    taspan::correl_stream<T> cs(n);
    taspan::beta_stream<T> bs(n);
    std::vector<T> c2, b2;
    for (std::size_t i = 0; i < a.size(); ++i) {
      c2.push_back(cs.update(a[i], b[i]));
      b2.push_back(bs.update(a[i], b[i]));
    }
    expect_series_identical(c2, c, "correl stream");
    expect_series_identical(b2, be, "beta stream");
    EXPECT_TRUE(std::isnan(c[20]) && std::isnan(be[20]) && std::isnan(c[60 + p - 1]));
    expect_window_locality<T>(
        a.size(), p - 1,
        [&](std::size_t x, std::size_t y) {
          return taspan::correl(slice_of(a, x, y), slice_of(b, x, y), n);
        },
        rel, rel, "correl n=" + std::to_string(n));
    expect_window_locality<T>(
        a.size(), p,
        [&](std::size_t x, std::size_t y) {
          return taspan::beta(slice_of(a, x, y), slice_of(b, x, y), n);
        },
        rel, rel, "beta n=" + std::to_string(n));
  }
}

}  // namespace
