// Ulcer index: hand-worked value, a plain loop from the definition, stream == batch (bitwise),
// lookback, NaN (windowed), sizes, bad parameters.

#include "taspan/volatility/ulcer_index.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class UlcerIndex : public ::testing::Test {};
TYPED_TEST_SUITE(UlcerIndex, real_types);

std::vector<ld> ref_ulcer(const std::vector<ld>& x, int n) {
  const auto p = static_cast<std::size_t>(n);
  std::vector<ld> dd(x.size(), lnan), y(x.size(), lnan);
  for (std::size_t i = p - 1; i < x.size(); ++i) {
    ld m = x[i];
    for (std::size_t j = i + 1 - p; j <= i; ++j) m = std::max(m, x[j]);
    dd[i] = 100 * (x[i] - m) / m;
  }
  for (std::size_t i = 2 * (p - 1); i < x.size(); ++i) {
    ld s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += dd[j] * dd[j];
    y[i] = std::sqrt(s / n);
  }
  return y;
}

TYPED_TEST(UlcerIndex, HandWorked) {
  using T = TypeParam;
  // Period 2: drawdowns (from bar 1) 0, -50, 0 (100, 100, 50, 60 against highs 100, 100, 60):
  // bar 2: sqrt((0 + 2500) / 2); bar 3: 60 is its window's high: sqrt((2500 + 0) / 2).
  const std::vector<T> x{100, 100, 50, 60};
  const auto y = taspan::ulcer_index(x, 2);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_NEAR(y[2], std::sqrt(1250.0), 1e-4);
  EXPECT_NEAR(y[3], std::sqrt(1250.0), 1e-4);
  for (T v : taspan::ulcer_index(monotone<T>(50), 5))
    EXPECT_TRUE(std::isnan(v) || v == T(0));  // rising prices: no drawdown
}

TYPED_TEST(UlcerIndex, MatchesTheDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 47);
  for (int n : {1, 2, 14, 30})
    expect_series_near(taspan::ulcer_index(x, n), ref_ulcer(widen(x), n), tol<T>(), tol<T>(),
                       std::to_string(n));
}

TYPED_TEST(UlcerIndex, CommonChecks) {
  using T = TypeParam;
  for (int n : {1, 3, 14})
    check_common<T>([&](const std::vector<T>& x) { return taspan::ulcer_index(x, n); },
                    [&] { return taspan::ulcer_index_stream<T>(n); },
                    taspan::ulcer_index_lookback(n), true, 0.0, true);
}

TEST(UlcerIndex, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::ulcer_index_lookback(), 26);
  EXPECT_EQ(taspan::ulcer_index_lookback(1), 0);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::ulcer_index(x, 0), "taspan::ulcer_index: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::ulcer_index_stream<double>(0),
                      "taspan::ulcer_index_stream: period must be >= 1, got 0");
}

}  // namespace
