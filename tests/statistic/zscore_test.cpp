// Z-score: hand-worked value, a plain loop (population stddev), stream == batch (bitwise),
// lookback, NaN (windowed), sizes, bad parameters.

#include "taspan/statistic/zscore.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Zscore : public ::testing::Test {};
TYPED_TEST_SUITE(Zscore, real_types);

TYPED_TEST(Zscore, HandWorked) {
  using T = TypeParam;
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population stddev 2: the last is (9 - 5) / 2 = 2.
  const std::vector<T> x{2, 4, 4, 4, 5, 5, 7, 9};
  const auto y = taspan::zscore(x, 8);
  EXPECT_TRUE(std::isnan(y[6]));
  EXPECT_NEAR(y[7], 2.0, 1e-6);
  EXPECT_EQ(taspan::zscore(constant<T>(10), 3)[5], T(0));  // constant window: 0
}

TYPED_TEST(Zscore, MatchesTheDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 43);
  for (int n : {2, 20, 60}) {
    const auto w = widen(x);
    const auto m = ref_sma(w, n);
    std::vector<ld> ref(x.size(), lnan);
    for (std::size_t i = static_cast<std::size_t>(n - 1); i < x.size(); ++i) {
      ld ss = 0;
      for (std::size_t j = i + 1 - static_cast<std::size_t>(n); j <= i; ++j)
        ss += (w[j] - m[i]) * (w[j] - m[i]);
      ref[i] = (w[i] - m[i]) / std::sqrt(ss / n);
    }
    expect_series_near(taspan::zscore(x, n), ref, std::is_same_v<T, float> ? 1e-4 : 1e-9, 1e-9,
                       std::to_string(n));
  }
}

TYPED_TEST(Zscore, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 5, 20})
    check_common<T>([&](const std::vector<T>& x) { return taspan::zscore(x, n); },
                    [&] { return taspan::zscore_stream<T>(n); }, taspan::zscore_lookback(n), true,
                    10.0);  // z-scores are O(1): near 0, compare absolutely
}

TEST(Zscore, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::zscore_lookback(), 19);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::zscore(x, 0), "taspan::zscore: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::zscore_stream<double>(-1),
                      "taspan::zscore_stream: period must be >= 1, got -1");
}

}  // namespace
