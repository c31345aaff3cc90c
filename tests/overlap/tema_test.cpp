// TEMA (TA-Lib TEMA). Reference: TA-Lib's documented algorithm as a composition of reference EMAs.

#include "taspan/overlap/tema.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Tema : public ::testing::Test {};
TYPED_TEST_SUITE(Tema, real_types);

std::vector<ld> ref_tema(const std::vector<ld>& x, int n) {
  const auto e1 = ref_ema(x, n);
  const auto e2 = ref_ema(e1, n, first_value(e1));
  const auto e3 = ref_ema(e2, n, first_value(e2));
  std::vector<ld> y(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(e3[i])) y[i] = 3 * e1[i] - 3 * e2[i] + e3[i];
  return y;
}

TYPED_TEST(Tema, HandComputedValues) {
  using T = TypeParam;
  // Every EMA of a constant is the constant, so TEMA = 3c - 3c + c = c from bar 3*(4-1) = 9.
  const auto x = constant<T>(20, 7.25);
  const auto y = taspan::tema(x, 4);
  for (std::size_t i = 9; i < 20; ++i) EXPECT_EQ(y[i], T(7.25));
  EXPECT_TRUE(std::isnan(y[8]));
}

TYPED_TEST(Tema, MatchesReference) {
  using T = TypeParam;
  for (int period : {2, 5, 30}) {
    const auto x = random_walk<T>(1000, 8);
    expect_series_near(taspan::tema(x, period), ref_tema(widen(x), period), tol<T>(), 0.0,
                       "p=" + std::to_string(period));
  }
}

TYPED_TEST(Tema, CommonChecks) {
  using T = TypeParam;
  for (int period : {2, 10, 30})
    check_common<T>([&](const std::vector<T>& x) { return taspan::tema(x, period); },
                    [&] { return taspan::tema_stream<T>(period); }, 3 * (period - 1), true);
}

TEST(Tema, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::tema_lookback(), 87);  // TA-Lib: TEMA lookback = 3 * EMA lookback
  EXPECT_EQ(taspan::tema_lookback(5), 12);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::tema(x, 0), "taspan::tema: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::tema_stream<double>(0),
                      "taspan::tema_stream: period must be >= 1, got 0");
}

}  // namespace
