// Percent rank (Pine's ta.percentrank): hand-worked values, a plain loop, stream == batch
// (bitwise), lookback, NaN (windowed), sizes, bad parameters.

#include "taspan/statistic/percent_rank.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class PercentRank : public ::testing::Test {};
TYPED_TEST_SUITE(PercentRank, real_types);

TYPED_TEST(PercentRank, HandWorked) {
  using T = TypeParam;
  // Period 4 at bar 4 (x = 3): of the previous 5, 1, 3, 7, two (1 and 3) are <= 3: 50.
  const std::vector<T> x{5, 1, 3, 7, 3};
  const auto y = taspan::percent_rank(x, 4);
  EXPECT_TRUE(std::isnan(y[3]));
  EXPECT_EQ(y[4], T(50));
}

TYPED_TEST(PercentRank, MatchesPinesDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 44);
  for (int n : {1, 7, 20}) {
    std::vector<ld> ref(x.size(), lnan);
    for (std::size_t i = static_cast<std::size_t>(n); i < x.size(); ++i) {
      int count = 0;
      for (std::size_t k = 1; k <= static_cast<std::size_t>(n); ++k) count += x[i - k] <= x[i];
      ref[i] = 100.0L * count / n;
    }
    expect_series_near(taspan::percent_rank(x, n), ref, tol<T>(), 0.0, std::to_string(n));
  }
}

TYPED_TEST(PercentRank, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 20})
    check_common<T>([&](const std::vector<T>& x) { return taspan::percent_rank(x, n); },
                    [&] { return taspan::percent_rank_stream<T>(n); },
                    taspan::percent_rank_lookback(n), true);
}

TEST(PercentRank, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::percent_rank_lookback(), 20);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::percent_rank(x, 0),
                      "taspan::percent_rank: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::percent_rank_stream<double>(0),
                      "taspan::percent_rank_stream: period must be >= 1, got 0");
}

}  // namespace
