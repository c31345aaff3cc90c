// NVI and PVI (Fosback's volume indexes, base 1000): hand-worked values, a plain loop from the
// definition, stream == batch (bitwise), lookback, NaN restart, sizes, size mismatch.

#include "bars_checks.hpp"
#include "ma_test_support.hpp"
#include "taspan/volume/nvi.hpp"
#include "taspan/volume/pvi.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class VolumeIndex : public ::testing::Test {};
TYPED_TEST_SUITE(VolumeIndex, real_types);

template <class T>
std::vector<ld> ref_index(const bars<T>& b, bool negative) {
  std::vector<ld> y(b.size(), lnan);
  ld x = 1000;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (i > 0 && (negative ? b.volume[i] < b.volume[i - 1] : b.volume[i] > b.volume[i - 1]))
      x *= static_cast<ld>(b.close[i]) / b.close[i - 1];
    y[i] = x;
  }
  return y;
}

TYPED_TEST(VolumeIndex, HandWorked) {
  using T = TypeParam;
  // Volume falls on bar 1 (close +10%), rises on bar 2 (close -50%), equal on bar 3.
  const std::vector<T> c{100, 110, 55, 60}, v{500, 400, 900, 900};
  const auto n = taspan::nvi(c, v);
  const auto p = taspan::pvi(c, v);
  EXPECT_EQ(n[0], T(1000));
  EXPECT_NEAR(n[1], 1100.0, 1e-3);
  EXPECT_NEAR(n[2], 1100.0, 1e-3);
  EXPECT_NEAR(n[3], 1100.0, 1e-3);
  EXPECT_EQ(p[1], T(1000));
  EXPECT_NEAR(p[2], 500.0, 1e-3);
  EXPECT_NEAR(p[3], 500.0, 1e-3);
}

TYPED_TEST(VolumeIndex, MatchesFosbacksDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(1000, 34);
  expect_series_near(taspan::nvi(b.close, b.volume), ref_index(b, true), tol<T>() * 20, 0.0, "nvi");
  expect_series_near(taspan::pvi(b.close, b.volume), ref_index(b, false), tol<T>() * 20, 0.0,
                     "pvi");
}

TYPED_TEST(VolumeIndex, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>(
      [](const bars<T>& b) { return std::vector<std::vector<T>>{taspan::nvi(b.close, b.volume)}; },
      [](const bars<T>& b) {
        taspan::nvi_stream<T> s;
        return std::vector<std::vector<T>>{run_stream_n(s, b.close, b.volume)};
      },
      taspan::nvi_lookback(), nan_rule::restart);
  check_bars_common<T>(
      [](const bars<T>& b) { return std::vector<std::vector<T>>{taspan::pvi(b.close, b.volume)}; },
      [](const bars<T>& b) {
        taspan::pvi_stream<T> s;
        return std::vector<std::vector<T>>{run_stream_n(s, b.close, b.volume)};
      },
      taspan::pvi_lookback(), nan_rule::restart);
}

TEST(VolumeIndex, SizeMismatch) {
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::nvi(x, y),
                      "taspan::nvi: volume size must be the size of close (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::pvi(y, x),
                      "taspan::pvi: volume size must be the size of close (4), got 5");
}

}  // namespace
