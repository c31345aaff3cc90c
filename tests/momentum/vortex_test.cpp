// Vortex indicator: hand-worked values, a plain loop from the definition, stream == batch
// (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/momentum/vortex.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Vortex : public ::testing::Test {};
TYPED_TEST_SUITE(Vortex, real_types);

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int n) {
  const auto r = taspan::vortex(b.high, b.low, b.close, n);
  return {r.vi_plus, r.vi_minus};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int n) {
  taspan::vortex_stream<T> s(n);
  std::vector<std::vector<T>> out(2);
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto p = s.peek(b.high[i], b.low[i], b.close[i]);
    const auto u = s.update(b.high[i], b.low[i], b.close[i]);
    EXPECT_TRUE(p.vi_plus == u.vi_plus || both_nan(p.vi_plus, u.vi_plus));
    out[0].push_back(u.vi_plus), out[1].push_back(u.vi_minus);
  }
  return out;
}

TYPED_TEST(Vortex, HandWorked) {
  using T = TypeParam;
  // Bar 1: |12 - 9| = 3 up, |10 - 11| = 1 down, TR max(2, |12-10|, |10-10|) = 2.
  // Bar 2: |11 - 10| = 1, |8 - 12| = 4, TR max(3, |11 - 11|, |8 - 11|) = 3. Period 2: 4/5, 5/5.
  const std::vector<T> h{11, 12, 11}, l{9, 10, 8}, c{10, 11, 9};
  const auto r = taspan::vortex(h, l, c, 2);
  EXPECT_TRUE(std::isnan(r.vi_plus[1]));
  EXPECT_NEAR(r.vi_plus[2], 0.8, 1e-6);
  EXPECT_NEAR(r.vi_minus[2], 1.0, 1e-6);
}

TYPED_TEST(Vortex, MatchesTheDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(600, 46);
  for (int n : {1, 14, 40}) {
    std::vector<ld> p(b.size(), lnan), m(b.size(), lnan);
    for (std::size_t i = static_cast<std::size_t>(n); i < b.size(); ++i) {
      ld vp = 0, vm = 0, tr = 0;
      for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j) {
        const ld h = b.high[j], l = b.low[j], pc = b.close[j - 1];
        vp += std::abs(h - static_cast<ld>(b.low[j - 1]));
        vm += std::abs(l - static_cast<ld>(b.high[j - 1]));
        tr += std::max({h - l, std::abs(h - pc), std::abs(l - pc)});
      }
      p[i] = vp / tr, m[i] = vm / tr;
    }
    const auto r = taspan::vortex(b.high, b.low, b.close, n);
    expect_series_near(r.vi_plus, p, tol<T>(), tol<T>(), "plus");
    expect_series_near(r.vi_minus, m, tol<T>(), tol<T>(), "minus");
  }
}

TYPED_TEST(Vortex, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b, 14); },
                       [](const bars<T>& b) { return stream(b, 14); }, taspan::vortex_lookback(),
                       nan_rule::restart, false);
}

TEST(Vortex, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::vortex_lookback(), 14);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::vortex(x, x, x, 0), "taspan::vortex: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::vortex(x, x, y),
                      "taspan::vortex: close size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::vortex_stream<double>(0),
                      "taspan::vortex_stream: period must be >= 1, got 0");
}

}  // namespace
