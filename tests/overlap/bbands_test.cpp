// BBANDS (TA-Lib BBANDS): hand-computed values, reference (SMA middle and a two-pass population
// standard deviation in long double), high-priced series where sums of squares fail, other MA
// types, stream == batch, lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/bbands.hpp"
#include "ma_test_support.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

template <class T>
class Bbands : public ::testing::Test {};
TYPED_TEST_SUITE(Bbands, real_types);

// Two-pass population standard deviation of each window.
std::vector<ld> ref_stddev(const std::vector<ld>& x, int n) {
  const auto mean = ref_sma(x, n);
  std::vector<ld> y(x.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    ld s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += (x[j] - mean[i]) * (x[j] - mean[i]);
    y[i] = std::sqrt(s / n);
  }
  return y;
}

// Output w of a BBANDS point (stream) or result (batch): 0 upper, 1 middle, 2 lower.
constexpr auto pick = [](const auto& p, int w) {
  return w == 0 ? p.upper : w == 1 ? p.middle : p.lower;
};
template <class T>
using component = output_of<taspan::bbands_stream<T>, decltype(pick)>;

TYPED_TEST(Bbands, HandComputedValues) {
  using T = TypeParam;
  // 1..5: mean 3, population variance (4+1+0+1+4)/5 = 2: bands 3 +- 2*sqrt(2) (TA-Lib defaults).
  const std::vector<T> x{1, 2, 3, 4, 5};
  const auto r = taspan::bbands(x);
  EXPECT_TRUE(std::isnan(r.upper[3]) && std::isnan(r.middle[3]) && std::isnan(r.lower[3]));
  EXPECT_NEAR(r.middle[4], 3.0, 1e-6);
  EXPECT_NEAR(r.upper[4], 3.0 + 2.0 * std::sqrt(2.0), 1e-5);
  EXPECT_NEAR(r.lower[4], 3.0 - 2.0 * std::sqrt(2.0), 1e-5);
  // A constant window has exactly zero width.
  const auto c = taspan::bbands(constant<T>(30, 101.37), 10, 2.5, 1.5);
  for (std::size_t i = 9; i < 30; ++i) {
    EXPECT_EQ(c.upper[i], c.middle[i]);
    EXPECT_EQ(c.lower[i], c.middle[i]);
  }
}

TYPED_TEST(Bbands, MatchesReference) {
  using T = TypeParam;
  // near_1e5: prices near 1e5 in 0.01 steps, where a running sum of squares loses the stddev.
  for (const auto& x : {random_walk<T>(1500, 3), near_1e5<T>(1500)}) {
    for (int period : {2, 5, 20}) {
      const auto r = taspan::bbands(x, period, 2.0, 1.5);
      const auto m = ref_sma(widen(x), period);
      const auto sd = ref_stddev(widen(x), period);
      std::vector<ld> up(x.size(), lnan), lo(x.size(), lnan);
      for (std::size_t i = 0; i < x.size(); ++i) {
        up[i] = m[i] + 2 * sd[i];
        lo[i] = m[i] - 1.5L * sd[i];
      }
      // Relative to the price level: the bands are price + a small width.
      const double scale = static_cast<double>(x[0]);
      expect_series_near(r.middle, m, tol<T>(), 0.0, "middle");
      expect_series_near(r.upper, up, tol<T>(), tol<T>() * scale, "upper");
      expect_series_near(r.lower, lo, tol<T>(), tol<T>() * scale, "lower");
    }
  }
}

TYPED_TEST(Bbands, OtherMiddleTypes) {
  using T = TypeParam;
  const auto x = random_walk<T>(500, 4);
  for (ma_type type : {ma_type::ema, ma_type::wma, ma_type::kama, ma_type::t3}) {
    const auto r = taspan::bbands(x, 10, 2.0, 2.0, type);
    const auto mid = taspan::ma(x, 10, type);
    const auto sd = ref_stddev(widen(x), 10);
    expect_series_identical(r.middle, mid);
    for (std::size_t i = static_cast<std::size_t>(taspan::ma_lookback(10, type)); i < x.size(); ++i)
      EXPECT_NEAR(r.upper[i], static_cast<double>(mid[i]) + 2 * static_cast<double>(sd[i]),
                  tol<T>() * 100)
          << i;
  }
}

TYPED_TEST(Bbands, CommonChecks) {
  using T = TypeParam;
  for (ma_type type : {ma_type::sma, ma_type::ema, ma_type::dema}) {
    for (int w = 0; w < 3; ++w) {
      check_common<T>(
          [&](const std::vector<T>& x) { return pick(taspan::bbands(x, 5, 2.0, 2.0, type), w); },
          [&] {
            return component<T>{taspan::bbands_stream<T>(5, 2.0, 2.0, type), w};
          },
          taspan::bbands_lookback(5, 2.0, 2.0, type), type != ma_type::ema, 1e5);
    }
  }
}

TYPED_TEST(Bbands, NanAffectsTheWindowsThatHoldIt) {
  using T = TypeParam;
  const auto x = with_nans(random_walk<T>(60), {30});
  const auto r = taspan::bbands(x, 5);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const bool nan = i < 4 || (i >= 30 && i < 35);
    EXPECT_EQ(std::isnan(r.upper[i]), nan) << i;
    EXPECT_EQ(std::isnan(r.lower[i]), nan) << i;
  }
}

// Regression: every band at every bar is the one of its window alone after infinities, values
// beyond 1e150 and huge values in range followed by a quiet stretch (the moments re-seed on the
// stale slide: the middle and the width used to keep their rounding), and stream == batch bitwise.
TYPED_TEST(Bbands, ExtremesLeaveTheWindow) {
  using T = TypeParam;
  auto x = random_walk<T>(400, 11);
  const T huge = std::is_same_v<T, double> ? static_cast<T>(1e150) : std::numeric_limits<T>::max();
  for (std::size_t i = 50; i < 53; ++i) x[i] = i % 2 == 0 ? huge : -huge;
  x[200] = static_cast<T>(std::is_same_v<T, double> ? 1e200 : 1e30);
  x[300] = std::numeric_limits<T>::infinity();
  for (int period : {2, 5, 20}) {
    for (int w = 0; w < 3; ++w) {
      const auto batch = [&](const std::vector<T>& v) {
        return pick(taspan::bbands(v, period), w);
      };
      expect_local_after_extremes<T>(
          batch,
          [&] {
            return component<T>{taspan::bbands_stream<T>(period), w};
          },
          static_cast<std::size_t>(period - 1));
      const std::vector<T> y = batch(x);
      component<T> s{taspan::bbands_stream<T>(period), w};
      const std::vector<T> z = run_stream(s, x);
      for (std::size_t i = 0; i < x.size(); ++i)
        EXPECT_TRUE(y[i] == z[i] || both_nan(y[i], z[i])) << "bar " << i;
      // Windows holding +-huge have a middle that is rounding of +-huge (no summation order
      // gets it right); the windows after them must be exact.
      const auto lb = static_cast<std::size_t>(period - 1);
      for (std::size_t i = 53 + lb; i < x.size(); ++i) {
        const auto a = static_cast<double>(batch(slice_of(x, i - lb, i + 1)).back());
        const auto v = static_cast<double>(y[i]);
        if (std::isfinite(a) && std::isfinite(v)) {
          EXPECT_NEAR(v, a, (std::is_same_v<T, float> ? 1e-5 : 1e-9) * std::abs(a) + 1e-9)
              << "p=" << period << " bar " << i;
        } else {
          EXPECT_TRUE(v == a || both_nan(v, a)) << "p=" << period << " bar " << i;
        }
      }
    }
  }
}

TEST(Bbands, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::bbands_lookback(), 4);  // TA-Lib: MA_Lookback(period, matype)
  EXPECT_EQ(taspan::bbands_lookback(20, 2, 2, ma_type::dema), 38);
  std::vector<double> x(5, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::bbands(x, 1), "taspan::bbands: period must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::bbands(x, 5, std::numeric_limits<double>::infinity()),
                      "taspan::bbands: nbdevup must be finite, got inf");
  EXPECT_TASPAN_ERROR(taspan::bbands(x, 5, 2.0, std::nan("")),
                      "taspan::bbands: nbdevdn must be finite, got nan");
  EXPECT_TASPAN_ERROR(taspan::bbands(x, 5, 2.0, 2.0, static_cast<ma_type>(9)),
                      "taspan::bbands: matype must be one of sma, ema, wma, dema, tema, trima, "
                      "kama, mama, t3, got 9");
  EXPECT_TASPAN_ERROR(taspan::bbands(x, x, out, x),
                      "taspan::bbands: out size must be the size of input (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::bbands_stream<float>(0),
                      "taspan::bbands_stream: period must be >= 2, got 0");
}

}  // namespace
