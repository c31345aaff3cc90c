// AO (awesome oscillator): hand-worked value, a plain loop from the definition, stream == batch
// (bitwise), lookback, NaN (windowed), sizes, bad parameters.

#include "taspan/momentum/ao.hpp"
#include "bars_checks.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Ao : public ::testing::Test {};
TYPED_TEST_SUITE(Ao, real_types);

template <class T>
std::vector<std::vector<T>> batch(const bars<T>& b, int f, int s) {
  return {taspan::ao(b.high, b.low, f, s)};
}
template <class T>
std::vector<std::vector<T>> stream(const bars<T>& b, int f, int s) {
  taspan::ao_stream<T> st(f, s);
  return {run_stream_n(st, b.high, b.low)};
}

TYPED_TEST(Ao, HandWorked) {
  using T = TypeParam;
  // hl2 = 2, 4, 9: SMA(2) = 6.5, SMA(3) = 5: AO = 1.5.
  const std::vector<T> h{3, 5, 10}, l{1, 3, 8};
  const auto y = taspan::ao(h, l, 2, 3);
  EXPECT_TRUE(std::isnan(y[1]));
  EXPECT_EQ(y[2], T(1.5));
}

TYPED_TEST(Ao, MatchesTheDefinition) {
  using T = TypeParam;
  const auto b = random_bars<T>(700, 41);
  std::vector<ld> m(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) m[i] = (static_cast<ld>(b.high[i]) + b.low[i]) / 2;
  for (auto [f, s] : {std::pair{5, 34}, std::pair{1, 7}, std::pair{20, 3}}) {
    const auto fast = ref_sma(m, f), slow = ref_sma(m, s);
    std::vector<ld> ref(b.size(), lnan);
    for (std::size_t i = 0; i < b.size(); ++i)
      if (!std::isnan(fast[i]) && !std::isnan(slow[i])) ref[i] = fast[i] - slow[i];
    expect_series_near(taspan::ao(b.high, b.low, f, s), ref, tol<T>(), tol<T>() * 100);
  }
}

TYPED_TEST(Ao, CommonChecks) {
  using T = TypeParam;
  check_bars_common<T>([](const bars<T>& b) { return batch(b, 5, 34); },
                       [](const bars<T>& b) { return stream(b, 5, 34); }, taspan::ao_lookback(),
                       nan_rule::windowed);
}

TEST(Ao, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::ao_lookback(), 33);
  EXPECT_EQ(taspan::ao_lookback(10, 2), 9);
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::ao(x, x, 0), "taspan::ao: fast must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::ao(x, y), "taspan::ao: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::ao_stream<double>(5, 0),
                      "taspan::ao_stream: slow must be >= 1, got 0");
}

}  // namespace
