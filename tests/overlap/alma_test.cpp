// ALMA: symmetric weights on a line (hand-worked), a plain loop from Pine's ta.alma, stream ==
// batch (bitwise), lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/alma.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Alma : public ::testing::Test {};
TYPED_TEST_SUITE(Alma, real_types);

// Pine v5 ta.alma: weight exp(-(i - m)^2 / (2 s^2)) on series[length - 1 - i], i = 0..length-1.
std::vector<ld> ref_alma(const std::vector<ld>& x, int n, ld offset, ld sigma) {
  std::vector<ld> y(x.size(), lnan);
  const ld m = offset * (n - 1);
  const ld s = n / sigma;
  for (std::size_t t = static_cast<std::size_t>(n - 1); t < x.size(); ++t) {
    ld norm = 0, sum = 0;
    for (int i = 0; i < n; ++i) {
      const ld w = std::exp(-(i - m) * (i - m) / (2 * s * s));
      norm += w;
      sum += x[t - static_cast<std::size_t>(n - 1 - i)] * w;
    }
    y[t] = sum / norm;
  }
  return y;
}

TYPED_TEST(Alma, HandWorked) {
  using T = TypeParam;
  // offset 0.5 centres the Gaussian: on a line the weighted mean is the window's middle bar.
  const auto x = monotone<T>(30, true, 5.0, 1.0);
  const auto y = taspan::alma(x, 5, 0.5, 6.0);
  for (std::size_t i = 4; i < x.size(); ++i) EXPECT_NEAR(y[i], x[i - 2], 1e-5) << i;
  // Period 2, offset 1, sigma 2: m = 1, s = 1, weights e^-0.5 (older) and 1 (newer).
  const std::vector<T> z{10, 20};
  const double w = std::exp(-0.5);
  EXPECT_NEAR(taspan::alma(z, 2, 1.0, 2.0)[1], (10 * w + 20) / (w + 1), 1e-5);
}

TYPED_TEST(Alma, MatchesPinesDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 23);
  for (int period : {1, 2, 9, 30})
    for (double offset : {0.0, 0.85, 1.0})
      for (double sigma : {0.5, 6.0})
        expect_series_near(taspan::alma(x, period, offset, sigma),
                           ref_alma(widen(x), period, offset, sigma), tol<T>(), 0.0,
                           "p=" + std::to_string(period));
}

TYPED_TEST(Alma, CommonChecks) {
  using T = TypeParam;
  for (int period : {1, 4, 9})
    check_common<T>([&](const std::vector<T>& x) { return taspan::alma(x, period, 0.85, 6.0); },
                    [&] { return taspan::alma_stream<T>(period, 0.85, 6.0); },
                    taspan::alma_lookback(period), true);
}

TYPED_TEST(Alma, AnInfinityLeavesTheWindow) {
  using T = TypeParam;
  auto x = random_walk<T>(60, 24);
  x[20] = std::numeric_limits<T>::infinity();
  const auto y = taspan::alma(x, 9);
  const auto clean = taspan::alma(std::vector<T>(x.begin() + 21, x.end()), 9);
  for (std::size_t i = 29; i < x.size(); ++i) EXPECT_EQ(y[i], clean[i - 21]) << i;
}

TEST(Alma, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::alma_lookback(), 8);
  EXPECT_EQ(taspan::alma_stream<double>().period(), 9);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::alma(x, 0), "taspan::alma: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::alma(x, 9, 1.5), "taspan::alma: offset must be in [0, 1], got 1.5");
  EXPECT_TASPAN_ERROR(taspan::alma(x, 9, 0.85, 0.0),
                      "taspan::alma: sigma must be > 0 and finite, got 0");
  EXPECT_TASPAN_ERROR(taspan::alma_stream<float>(9, 0.85, -1.0),
                      "taspan::alma_stream: sigma must be > 0 and finite, got -1");
}

}  // namespace
