// Coppock curve (TradingView's): hand-worked value, a plain loop from the definition, stream ==
// batch (bitwise), lookback, NaN restart, sizes, bad parameters.

#include "taspan/momentum/coppock.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Coppock : public ::testing::Test {};
TYPED_TEST_SUITE(Coppock, real_types);

std::vector<ld> ref_coppock(const std::vector<ld>& x, int n, int lr, int sr) {
  std::vector<ld> r(x.size(), lnan);
  const auto m = static_cast<std::size_t>(std::max(lr, sr));
  for (std::size_t i = m; i < x.size(); ++i) {
    const ld a = x[i - static_cast<std::size_t>(lr)], b = x[i - static_cast<std::size_t>(sr)];
    r[i] = 100 * (x[i] - a) / a + 100 * (x[i] - b) / b;
  }
  return ref_wma(r, n, m);
}

TYPED_TEST(Coppock, HandWorked) {
  using T = TypeParam;
  // period 2, rocs 2 and 1 on 100, 110, 121, 242: bar 2: 21 + 10 = 31; bar 3: 120 + 100 = 220.
  // WMA(2) = (31 + 2 * 220) / 3 = 157.
  const std::vector<T> x{100, 110, 121, 242};
  const auto y = taspan::coppock(x, 2, 2, 1);
  EXPECT_TRUE(std::isnan(y[2]));
  EXPECT_NEAR(y[3], 157.0, 1e-4);
}

TYPED_TEST(Coppock, MatchesTradingViewsDefinition) {
  using T = TypeParam;
  const auto x = random_walk<T>(700, 50);
  for (auto [n, lr, sr] : {std::tuple{10, 14, 11}, std::tuple{1, 1, 3}, std::tuple{5, 7, 7}})
    expect_series_near(taspan::coppock(x, n, lr, sr), ref_coppock(widen(x), n, lr, sr), tol<T>(),
                       tol<T>() * 100, std::to_string(n));
}

TYPED_TEST(Coppock, CommonChecks) {
  using T = TypeParam;
  for (const auto& [period, long_roc, short_roc] : {std::tuple{10, 14, 11}, std::tuple{2, 1, 3}}) {
    // Copies: clang 14 cannot capture structured bindings in a lambda.
    const int n = period, lr = long_roc, sr = short_roc;
    check_common<T>([&](const std::vector<T>& x) { return taspan::coppock(x, n, lr, sr); },
                    [&] { return taspan::coppock_stream<T>(n, lr, sr); },
                    taspan::coppock_lookback(n, lr, sr), true);
  }
}

TEST(Coppock, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::coppock_lookback(), 14 + 9);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::coppock(x, 0), "taspan::coppock: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::coppock(x, 10, 0), "taspan::coppock: long_roc must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::coppock_stream<double>(10, 14, -1),
                      "taspan::coppock_stream: short_roc must be >= 1, got -1");
}

}  // namespace
