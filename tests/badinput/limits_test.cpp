// Parameter extremes (taspan::max_period, core/error.hpp): every integer parameter of every
// registry indicator at INT_MIN, -max_period - 1, max_period, max_period + 1 and INT_MAX.
//   - lookbacks never overflow (under UBSan in the asan preset): beyond +-max_period they are -1
//     (TA-Lib's lookback of invalid parameters), within it they are what the formula says;
//   - batch calls and stream constructors with a period above max_period throw taspan::error
//     naming the bound, before allocating anything.

#include <climits>
#include <random>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

constexpr int kMax = taspan::max_period;

template <class T>
class Limits : public ::testing::Test {};
TYPED_TEST_SUITE(Limits, real_types);

TYPED_TEST(Limits, LookbacksNeverOverflow) {
  using T = TypeParam;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(std::hash<std::string>{}(ind.name));
    const params base = ind.random_params(rng);
    for (std::size_t k = 0; k < base.v.size(); ++k) {
      for (int extreme : {INT_MIN, -kMax - 1, kMax + 1, INT_MAX}) {
        params q = base;
        q.v[k] = extreme;
        const int lb = ind.lookback(q);
        // -1 for a period slot; other slots (unused, or a moving-average type) give their own
        // value, never a wrapped-around negative one (dema_lookback(INT_MAX) was -4).
        EXPECT_GE(lb, -1) << ind.name << q.str();
      }
    }
  }
}

// Lookbacks of the largest valid periods fit in an int, for the deepest compositions.
TEST(Limits, LargestLookbacksAreRepresentable) {
  using taspan::ma_type;
  EXPECT_EQ(taspan::dema_lookback(kMax), 2 * (kMax - 1));
  EXPECT_EQ(taspan::tema_lookback(kMax), 3 * (kMax - 1));
  EXPECT_EQ(taspan::t3_lookback(kMax), 6 * (kMax - 1));
  EXPECT_EQ(taspan::trix_lookback(kMax), 3 * (kMax - 1) + 1);
  EXPECT_EQ(taspan::macdext_lookback(kMax, ma_type::t3, kMax, ma_type::t3, kMax, ma_type::t3),
            12 * (kMax - 1));
  EXPECT_EQ(taspan::stoch_lookback(kMax, kMax, ma_type::t3, kMax, ma_type::t3),
            (kMax - 1) + 12 * (kMax - 1));
  EXPECT_GT(taspan::adxr_lookback(kMax), 0);
  EXPECT_EQ(taspan::dema_lookback(INT_MAX), -1);  // was -4 (signed overflow)
  EXPECT_EQ(taspan::adxr_lookback(INT_MAX), -1);
}

TYPED_TEST(Limits, PeriodsAboveTheBoundThrow) {
  using T = TypeParam;
  const bars<T> b = random_bars<T>(10, 5);
  int bounded = 0;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(std::hash<std::string>{}(ind.name) + 7);
    const params base = ind.random_params(rng);
    for (std::size_t k = 0; k < base.v.size(); ++k) {
      params q = base;
      q.v[k] = kMax + 1;
      if (ind.lookback(q) != -1) continue;  // not a period slot (see LookbacksNeverOverflow)
      // A period slot names the bound; a moving-average type slot says the type is unknown.
      const std::string bound = "must be <= 100000000, got 100000001";
      try {
        (void)ind.batch(b, q);
        ADD_FAILURE() << ind.name << q.str() << ": batch accepted a period above max_period";
      } catch (const taspan::error& e) {
        if (std::string(e.what()).find(bound) != std::string::npos) ++bounded;
      }
      try {
        (void)ind.stream(bars<T>{}, q);
        ADD_FAILURE() << ind.name << q.str() << ": stream accepted a period above max_period";
      } catch (const taspan::error& e) {
        if (std::string(e.what()).find(bound) != std::string::npos) ++bounded;
      }
    }
  }
  EXPECT_GE(bounded, 176);  // batch and stream, each of the 88 period slots of the old registry
}

TEST(Limits, Message) {
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::sma(x, kMax + 1),
                      "taspan::sma: period must be <= 100000000, got 100000001");
  EXPECT_TASPAN_ERROR(taspan::trima_stream<double>(INT_MAX),
                      "taspan::trima_stream: period must be <= 100000000, got 2147483647");
}

}  // namespace
