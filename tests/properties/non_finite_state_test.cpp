// Values near DBL_MAX must not kill an indicator for good: two bars at 1e308 among ordinary
// prices overflow sums and differences inside recursive states (EMA seeds, Wilder averages, ...);
// a non-finite state restarts the warm-up exactly as a NaN input does. So on random bars with
// such a pair early on, every registry indicator, batch and stream, is finite again at the end
// (300 bars later: past every warm-up the registry draws), and batch == stream throughout;
// windowed functions that are not finite on the last window alone (acos of prices) are exempt.

#include <random>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

template <class T>
class NonFiniteState : public ::testing::Test {};
TYPED_TEST_SUITE(NonFiniteState, real_types);

// Random bars with every price of bars 40 and 41 set to `huge`.
template <class T>
bars<T> with_huge_pair(std::uint64_t seed, T huge) {
  bars<T> b = random_bars<T>(400, seed);
  for (std::size_t i : {std::size_t{40}, std::size_t{41}})
    for (auto* s : {&b.open, &b.high, &b.low, &b.close}) (*s)[i] = huge;
  return b;
}

// A windowed indicator whose last window alone gives a non-finite value too is not stuck: its
// function is not finite there (acos and ln of prices, exp of 8000), whatever came before.
template <class T>
bool outside_domain(const indicator<T>& ind, const bars<T>& b, const params& q, std::size_t k) {
  const auto lb = static_cast<std::size_t>(ind.lookback(q));
  if (!ind.props_of(q).windowed || b.size() <= lb) return false;
  const auto alone = ind.batch(slice(b, b.size() - 1 - lb, b.size()), q);
  return !std::isfinite(static_cast<double>(alone[k].back()));
}

TYPED_TEST(NonFiniteState, HugeValuesRestartTheWarmUp) {
  using T = TypeParam;
  const T huge = std::is_same_v<T, float> ? T(3e38) : T(1e308);
  std::vector<std::string> stuck;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(std::hash<std::string>{}(ind.name));
    for (int c = 0; c < 5; ++c) {
      const params q = ind.random_params(rng);
      const bars<T> b = with_huge_pair<T>(rng(), huge);
      const auto batch = ind.batch(b, q);
      const auto stream = ind.stream(b, q);
      for (std::size_t k = 0; k < batch.size(); ++k) {
        const double last = static_cast<double>(batch[k].back());
        if (!std::isfinite(last) && !outside_domain(ind, b, q, k)) {
          stuck.push_back(ind.name + q.str() + " output " + std::to_string(k) + ": " +
                          std::to_string(last));
          break;
        }
        const double s = static_cast<double>(stream[k].back());
        if (std::isfinite(last)) {
          EXPECT_NEAR(s, last, 1e-9 * (std::abs(last) + 1.0)) << ind.name << q.str();
        } else {
          EXPECT_TRUE(s == last || (std::isnan(s) && std::isnan(last))) << ind.name << q.str();
        }
      }
    }
  }
  std::string list;
  for (const auto& s : stuck) list += "\n  " + s;
  EXPECT_TRUE(stuck.empty()) << stuck.size() << " stuck after huge values:" << list;
}

}  // namespace
