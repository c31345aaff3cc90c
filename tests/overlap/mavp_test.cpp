// MAVP (TA-Lib MAVP): a reference built from the plain SMA / EMA / WMA loops of ma_test_support
// (bar i: the MA of period clamp(periods[i]) of the series that starts where TA-Lib starts that
// MA, bar lookback(maxperiod) - lookback(p)), clamping and truncation of periods, NaN periods,
// stream == batch bitwise, lookback ma_lookback(maxperiod, matype), sizes, bad parameters.
// TA-Lib's own numbers: tests/talib.

#include "taspan/overlap/mavp.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

template <class T>
class Mavp : public ::testing::Test {};
TYPED_TEST_SUITE(Mavp, real_types);

// Periods 0.5 .. 45.5 (below and above the clamps), changing every few bars.
template <class T>
std::vector<T> some_periods(std::size_t n) {
  std::vector<T> p;
  for (std::size_t i = 0; i < n; ++i)
    p.push_back(static_cast<T>(0.5 + static_cast<double>((i / 3 * 7) % 46)));
  return p;
}

TYPED_TEST(Mavp, MatchesTheReference) {
  using T = TypeParam;
  const auto x = random_walk<T>(300, 41);
  const auto xl = widen(x);
  const auto periods = some_periods<T>(x.size());
  for (ma_type type : {ma_type::sma, ma_type::ema, ma_type::wma}) {
    const int lo = 3, hi = 30;
    const auto y = taspan::mavp(x, periods, lo, hi, type);
    const int start = taspan::ma_lookback(hi, type);
    EXPECT_EQ(taspan::mavp_lookback(lo, hi, type), start);
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (std::cmp_less(i, start)) {
        EXPECT_TRUE(std::isnan(y[i])) << i;
        continue;
      }
      const double raw = static_cast<double>(periods[i]);
      const int p = raw < lo ? lo : raw > hi ? hi : static_cast<int>(raw);
      const auto from = static_cast<std::size_t>(start - taspan::ma_lookback(p, type));
      const auto ref = type == ma_type::sma   ? ref_sma(xl, p, from)
                       : type == ma_type::ema ? ref_ema(xl, p, from)
                                              : ref_wma(xl, p, from);
      EXPECT_NEAR(static_cast<double>(y[i]), static_cast<double>(ref[i]), tol<T>() * 1000)
          << taspan::to_string(type) << " bar " << i << " period " << p;
    }
    taspan::mavp_stream<T> s(lo, hi, type);
    std::vector<T> z;
    for (std::size_t i = 0; i < x.size(); ++i) {
      const T q = s.peek(x[i], periods[i]);
      z.push_back(s.update(x[i], periods[i]));
      EXPECT_TRUE(q == z.back() || both_nan(q, z.back())) << i;
    }
    expect_series_identical(z, y, "stream vs batch");
    EXPECT_EQ(s.lookback(), start);
    s.reset();
    EXPECT_FALSE(s.ready());
  }
}

TYPED_TEST(Mavp, EmaOfAShortPeriodStartsWhereTaLibStartsIt) {
  using T = TypeParam;
  // Every period 5 under maxperiod 20: the EMA(5) is seeded at bar 19 - 4 = 15, not at bar 0.
  const auto x = random_walk<T>(60, 42);
  const std::vector<T> five(x.size(), T(5));
  const auto y = taspan::mavp(x, five, 2, 20, ma_type::ema);
  const auto seeded_late = ref_ema(widen(x), 5, 15);
  EXPECT_NEAR(static_cast<double>(y[19]), static_cast<double>(seeded_late[19]), tol<T>() * 100);
  // A windowed type does not care where it starts: mavp with a constant period is that SMA.
  const auto sma = taspan::mavp(x, five, 2, 20, ma_type::sma);
  const auto ref = ref_sma(widen(x), 5);
  for (std::size_t i = 19; i < x.size(); ++i)
    EXPECT_NEAR(static_cast<double>(sma[i]), static_cast<double>(ref[i]), tol<T>() * 100);
}

TYPED_TEST(Mavp, NanPeriodAndNanInput) {
  using T = TypeParam;
  auto x = random_walk<T>(120, 43);
  std::vector<T> p(x.size(), T(8));
  p[50] = std::numeric_limits<T>::quiet_NaN();
  x[80] = std::numeric_limits<T>::quiet_NaN();
  const auto y = taspan::mavp(x, p, 2, 10);
  EXPECT_TRUE(std::isnan(y[50]) && !std::isnan(y[49]) && !std::isnan(y[51]));
  for (std::size_t i = 80; i < 88; ++i) EXPECT_TRUE(std::isnan(y[i])) << i;  // SMA(8) windows
  EXPECT_FALSE(std::isnan(y[88]));
  for (std::size_t n : {0U, 1U, 9U, 10U}) {
    const auto head =
        taspan::mavp(std::vector<T>(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n)),
                     std::vector<T>(p.begin(), p.begin() + static_cast<std::ptrdiff_t>(n)), 2, 10);
    ASSERT_EQ(head.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(head[i]), i < 9) << n;
  }
}

TEST(Mavp, BadParameters) {
  const std::vector<double> x(10, 1.0), y(9, 1.0);
  EXPECT_TASPAN_ERROR(taspan::mavp(x, x, 1), "taspan::mavp: minperiod must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::mavp(x, x, 5, 4),
                      "taspan::mavp: maxperiod must be >= minperiod (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::mavp_stream<double>(2, 1),
                      "taspan::mavp_stream: maxperiod must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::mavp(x, y),
                      "taspan::mavp: periods size must be the size of real (10), got 9");
  EXPECT_EQ(taspan::mavp_lookback(), 29);
  EXPECT_EQ(taspan::mavp_lookback(2, 30, ma_type::ema), 29);
  EXPECT_EQ(taspan::mavp_lookback(2, 10, ma_type::t3), 6 * 9);
}

}  // namespace
