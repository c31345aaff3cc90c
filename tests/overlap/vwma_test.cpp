// VWMA (TradingView's ta.vwma; not in TA-Lib): hand-computed values, from-scratch window sums as
// reference, stream == batch (bitwise), NaN in either input, zero volume, sizes, bad parameters.

#include "taspan/overlap/vwma.hpp"
#include "ma_test_support.hpp"
#include "window_locality.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Vwma : public ::testing::Test {};
TYPED_TEST_SUITE(Vwma, real_types);

template <class T>
std::vector<ld> ref_vwma(const std::vector<T>& c, const std::vector<T>& v, int n) {
  std::vector<ld> y(c.size(), lnan);
  const auto p = static_cast<std::size_t>(n);
  for (std::size_t i = p - 1; i < c.size(); ++i) {
    ld pv = 0, vol = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) {
      pv += static_cast<ld>(c[j]) * v[j];
      vol += v[j];
    }
    if (vol != 0) y[i] = pv / vol;
  }
  return y;
}

template <class T>
std::vector<T> run(taspan::vwma_stream<T>& s, const std::vector<T>& c, const std::vector<T>& v) {
  std::vector<T> out;
  for (std::size_t i = 0; i < c.size(); ++i) {
    const T p = s.peek(c[i], v[i]);
    const T u = s.update(c[i], v[i]);
    EXPECT_TRUE(p == u || both_nan(p, u)) << i;
    out.push_back(u);
  }
  return out;
}

TYPED_TEST(Vwma, HandComputedValues) {
  using T = TypeParam;
  // period 2: (1*1 + 2*1)/2 = 1.5; (2*1 + 3*2)/3 = 8/3; zero volume -> NaN.
  const std::vector<T> c{1, 2, 3, 4, 5}, v{1, 1, 2, 0, 0};
  const auto y = taspan::vwma(c, v, 2);
  EXPECT_TRUE(std::isnan(y[0]));
  EXPECT_NEAR(y[1], 1.5, 1e-6);
  EXPECT_NEAR(y[2], 8.0 / 3, 1e-6);
  EXPECT_NEAR(y[3], 3.0, 1e-6);
  EXPECT_TRUE(std::isnan(y[4]));
}

TYPED_TEST(Vwma, ReferenceStreamAndNan) {
  using T = TypeParam;
  const auto b = random_bars<T>(1000, 4);
  for (int period : {1, 5, 20}) {
    const auto y = taspan::vwma(b.close, b.volume, period);
    expect_series_near(y, ref_vwma(b.close, b.volume, period), tol<T>());
    taspan::vwma_stream<T> s(period);
    expect_series_identical(run(s, b.close, b.volume), y);
    EXPECT_EQ(s.lookback(), period - 1);
    EXPECT_TRUE(s.ready());
  }
  // A NaN in the close or in the volume affects exactly the windows that contain it.
  auto c = b.close;
  auto v = b.volume;
  c[100] = std::numeric_limits<T>::quiet_NaN();
  v[300] = std::numeric_limits<T>::quiet_NaN();
  const auto y = taspan::vwma(c, v, 10);
  for (std::size_t i = 0; i < y.size(); ++i) {
    const bool hit = i < 9 || (i >= 100 && i < 110) || (i >= 300 && i < 310);
    EXPECT_EQ(std::isnan(y[i]), hit) << i;
  }
  taspan::vwma_stream<T> s(10);
  expect_series_identical(run(s, c, v), y);
}

TYPED_TEST(Vwma, Sizes) {
  using T = TypeParam;
  for (std::size_t n : {0U, 1U, 4U, 5U}) {
    const auto b = random_bars<T>(n, 4);
    const auto y = taspan::vwma(b.close, b.volume, 5);
    ASSERT_EQ(y.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(y[i]), i < 4);
  }
}

TEST(Vwma, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::vwma_lookback(), 19);  // not in TA-Lib: period - 1, default 20
  std::vector<double> c(5, 1.0), v(4, 1.0), out(5);
  EXPECT_TASPAN_ERROR(taspan::vwma(c, c, 0), "taspan::vwma: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::vwma(c, v, 2),
                      "taspan::vwma: volume size must be the size of close (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::vwma_stream<double>(0),
                      "taspan::vwma_stream: period must be >= 1, got 0");
}

// Regressions (fuzz): an infinity in close or volume is held by the window sums and leaves no
// trace once out of the window; huge volumes (1e38 in float) that entered and left the volume sum
// left rounding that made a later window's volume sum 0 (NaN) where the window alone gave -248.4.
TYPED_TEST(Vwma, InfinityAndHugeVolumesLeaveTheWindow) {
  using T = TypeParam;
  using lim = std::numeric_limits<T>;
  auto c = random_walk<T>(200, 14);
  auto v = random_walk<T>(200, 15, 1000.0);
  c[20] = lim::infinity();
  v[50] = lim::infinity();
  v[51] = -lim::infinity();
  for (std::size_t i = 90; i < 94; ++i) v[i] = static_cast<T>(1e38F);
  v[150] = lim::max();
  for (int n : {1, 3, 11}) {
    const auto p = static_cast<std::size_t>(n);
    const auto y = taspan::vwma(c, v, n);
    taspan::vwma_stream<T> s(n);
    std::vector<T> z;
    for (std::size_t i = 0; i < c.size(); ++i) z.push_back(s.update(c[i], v[i]));
    for (std::size_t i = 0; i < c.size(); ++i)
      EXPECT_TRUE(y[i] == z[i] || both_nan(y[i], z[i])) << "bar " << i;
    EXPECT_EQ(y[20], lim::infinity());       // volume > 0: +inf * v / sum(v)
    EXPECT_TRUE(std::isnan(y[51 + p - 1]));  // +inf and -inf volumes: NaN sums
    expect_window_locality<T>(
        c.size(), p - 1,
        [&](std::size_t a, std::size_t b) {
          return taspan::vwma(slice_of(c, a, b), slice_of(v, a, b), n);
        },
        std::is_same_v<T, float> ? 1e-4 : 1e-9, 1e-6, "n=" + std::to_string(n));
  }
}

}  // namespace
