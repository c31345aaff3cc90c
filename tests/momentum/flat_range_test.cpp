// The flat-range rule of STOCHF, STOCH, STOCHRSI and WILLR (issue 15, momentum/detail/
// flat_range.hpp): a window whose range is within a few ulps of its magnitude is flat, and the
// oscillator is 0 there (TA-Lib's value for a zero range), batch and stream alike.
//   - exactly flat prices after moves: the RSI is exactly flat in exact arithmetic from the last
//     move on (gains and losses decay by the same factor), so STOCHRSI's fast %K is 0 once its
//     window lies in that stretch and fast %D once its %K's do (TA-Lib and exact rationals agree;
//     taspan gave fastd 66.67 there, the rounding of the RSI deciding 0 or 100);
//   - values one or two ulps apart (what rounding makes of a flat derived series) give 0, where
//     dividing by the range would give anything in [0, 100].

#include <cmath>
#include <limits>
#include <vector>

#include "ohlcv_test.hpp"
#include "taspan/momentum/stoch.hpp"
#include "taspan/momentum/stochf.hpp"
#include "taspan/momentum/stochrsi.hpp"
#include "taspan/momentum/willr.hpp"

namespace {

using namespace taspan_test;

template <class T>
class FlatRange : public ::testing::Test {};
TYPED_TEST_SUITE(FlatRange, real_types);

TYPED_TEST(FlatRange, StochrsiOfExactlyFlatPricesIsZero) {
  using T = TypeParam;
  std::vector<T> x = random_walk<T>(60, 77);
  const std::size_t first_flat = x.size();
  x.resize(first_flat + 40, x.back());  // 40 bars equal to the last move's close
  const auto r = taspan::stochrsi(x, 14, 5, 3);
  taspan::stochrsi_stream<T> s(14, 5, 3);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto v = s.update(x[i]);
    EXPECT_TRUE(v.fastk == r.fastk[i] || both_nan(v.fastk, r.fastk[i])) << i;
    EXPECT_TRUE(v.fastd == r.fastd[i] || both_nan(v.fastd, r.fastd[i])) << i;
    // The RSI is flat from bar first_flat - 1: %K's window of 5 from first_flat + 3, %D's from
    // first_flat + 5.
    if (i >= first_flat + 3) {
      EXPECT_EQ(r.fastk[i], T(0)) << i;
    }
    if (i >= first_flat + 5) {
      EXPECT_EQ(r.fastd[i], T(0)) << i;
    }
  }
}

// 50 and its neighbours one or two ulps of T away: a flat window as rounding leaves it.
template <class T>
std::vector<T> ulp_noise(std::size_t n) {
  std::vector<T> v;
  T x = T(50);
  for (std::size_t i = 0; i < n; ++i) {
    const int step = static_cast<int>(i * 7 % 5) - 2;  // -2 .. 2 ulps
    T y = x;
    for (int k = 0; k < std::abs(step); ++k)
      y = std::nextafter(y, step > 0 ? std::numeric_limits<T>::max() : T(0));
    v.push_back(y);
  }
  return v;
}

TYPED_TEST(FlatRange, UlpNoiseIsFlat) {
  using T = TypeParam;
  const auto x = ulp_noise<T>(60);
  // Each window holds values 4 ulps apart: dividing would give %K in {0, 25, 50, 75, 100}.
  const auto f = taspan::stochf(x, x, x, 5, 3);
  const auto s = taspan::stoch(x, x, x, 5, 3, taspan::ma_type::sma, 3, taspan::ma_type::sma);
  const auto w = taspan::willr(x, x, x, 5);
  taspan::willr_stream<T> ws(5);
  taspan::stochf_stream<T> fs(5, 3);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const T wv = ws.update(x[i], x[i], x[i]);
    const auto fv = fs.update(x[i], x[i], x[i]);
    if (i >= 4) {
      EXPECT_EQ(w[i], T(0)) << i;
      EXPECT_EQ(wv, T(0)) << i;
    }
    if (i >= 6) {  // stochf's outputs start at its total lookback, 4 + 2
      EXPECT_EQ(f.fastk[i], T(0)) << i;
      EXPECT_EQ(fv.fastk, T(0)) << i;
      EXPECT_EQ(f.fastd[i], T(0)) << i;
    }
    if (i >= 8) {
      EXPECT_EQ(s.slowd[i], T(0)) << i;
    }
  }
}

TYPED_TEST(FlatRange, RealRangesAreNotFlat) {
  using T = TypeParam;
  // A range of 1e-4 at 50 (2e-6 relative: far above a few ulps, even of float) is a range.
  const std::vector<T> h{T(50.0001), T(50.0001), T(50.0001)}, l{T(50), T(50), T(50)},
      c{T(50.00005), T(50.00005), T(50.0001)};
  const auto f = taspan::stochf(h, l, c, 3, 1);
  EXPECT_NEAR(static_cast<double>(f.fastk[2]), 100.0, 1e-6);
  const auto w = taspan::willr(h, l, c, 3);
  EXPECT_NEAR(static_cast<double>(w[2]), 0.0, 1e-6);
  const auto w2 = taspan::willr(h, l, l, 3);
  EXPECT_NEAR(static_cast<double>(w2[2]), -100.0, 1e-6);
}

}  // namespace
