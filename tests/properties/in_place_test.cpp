// In place (core/series_io.hpp): an output that is one of the inputs, or overlaps one partly,
// gets exactly the out-of-place result; outputs of one call that overlap each other throw.
// Checked for every indicator of tests/support/indicator_registry.hpp, every output and every
// input series, float and double.

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

constexpr int kCases = 40;  // per indicator and type; each case tries every output on every input

template <class T>
class InPlace : public ::testing::Test {};
TYPED_TEST_SUITE(InPlace, real_types);

template <class T>
bars<T> case_bars(std::mt19937_64& rng) {
  const auto n = static_cast<std::size_t>(uniform_int(rng, 0, 120));
  return random_bars<T>(n, rng(), std::exp(uniform_real(rng, 0.0, 8.0)));
}

// The five series of a bar set, so each can take the place of an output.
template <class T>
std::vector<T>& series_of(bars<T>& b, int k) {
  std::vector<T>* all[] = {&b.open, &b.high, &b.low, &b.close, &b.volume};
  return *all[k];
}

TYPED_TEST(InPlace, OutputOnAnInputEqualsOutOfPlace) {
  using T = TypeParam;
  for (const auto& ind : all_indicators<T>()) {
    ASSERT_TRUE(ind.into) << ind.name;
    std::mt19937_64 rng(std::hash<std::string>{}(ind.name));
    for (int c = 0; c < kCases && !::testing::Test::HasFailure(); ++c) {
      const bars<T> b = case_bars<T>(rng);
      const params q = ind.random_params(rng);
      const auto expected = ind.batch(b, q);
      for (std::size_t j = 0; j < expected.size(); ++j) {
        for (int k = 0; k < 5; ++k) {
          bars<T> work = b;
          outputs<T> fresh(expected.size(), std::vector<T>(b.size(), T(-1)));
          std::vector<std::span<T>> out(fresh.begin(), fresh.end());
          out[j] = series_of(work, k);
          ind.into(work, q, out);
          const std::string what = ind.name + q.str() + " output " + std::to_string(j) +
                                   " on input " + std::to_string(k) +
                                   " n=" + std::to_string(b.size());
          for (std::size_t m = 0; m < expected.size(); ++m)
            expect_series_identical(out[m], expected[m], what + ", output " + std::to_string(m));
        }
      }
    }
  }
}

TYPED_TEST(InPlace, OverlappingOutputsThrow) {
  using T = TypeParam;
  int multi = 0;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(std::hash<std::string>{}(ind.name) + 1);
    const bars<T> b = random_bars<T>(50, rng());
    const params q = ind.random_params(rng);
    const std::size_t outs = ind.batch(b, q).size();
    if (outs < 2) continue;
    ++multi;
    std::vector<T> shared(b.size() + 1);
    for (std::size_t j = 1; j < outs; ++j) {
      outputs<T> fresh(outs, std::vector<T>(b.size()));
      std::vector<std::span<T>> out(fresh.begin(), fresh.end());
      out[0] = std::span<T>(shared).first(b.size());
      out[j] = std::span<T>(shared).last(b.size());  // overlaps out[0] by all but one element
      EXPECT_THROW(ind.into(b, q, out), taspan::error) << ind.name << " outputs 0 and " << j;
    }
  }
  EXPECT_GE(multi, 13);  // macd, bbands, stoch, aroon, donchian, minmax, ...
}

// An output shifted against its input within one buffer, both ways, at every offset.
template <class T, class F>
void expect_partial_overlap_ok(F f, std::size_t n, const std::string& name) {
  const std::vector<T> x = random_walk<T>(n, 7);
  std::vector<T> expected(n);
  f(std::span<const T>(x), std::span<T>(expected));
  for (std::size_t s = 1; s < n; ++s) {
    std::vector<T> buf(2 * n, T(-1));
    std::copy(x.begin(), x.end(), buf.begin() + static_cast<std::ptrdiff_t>(s));
    f(std::span<const T>(buf).subspan(s, n), std::span<T>(buf).first(n));  // output before input
    expect_series_identical(std::span<T>(buf).first(n), expected,
                            name + " output " + std::to_string(s) + " before");
    std::fill(buf.begin(), buf.end(), T(-1));
    std::copy(x.begin(), x.end(), buf.begin());
    f(std::span<const T>(buf).first(n), std::span<T>(buf).subspan(s, n));  // output after input
    expect_series_identical(std::span<T>(buf).subspan(s, n), expected,
                            name + " output " + std::to_string(s) + " after");
  }
}

TYPED_TEST(InPlace, PartialOverlapEqualsOutOfPlace) {
  using T = TypeParam;
  // Windowed kernels that read back (sums, extrema, regression) and a recursive one.
  expect_partial_overlap_ok<T>([](auto x, auto y) { taspan::sma(x, y, 14); }, 60, "sma");
  expect_partial_overlap_ok<T>([](auto x, auto y) { taspan::rolling_max(x, y, 9); }, 60,
                               "rolling_max");
  expect_partial_overlap_ok<T>([](auto x, auto y) { taspan::rolling_stddev(x, y, 9); }, 60,
                               "rolling_stddev");
  expect_partial_overlap_ok<T>([](auto x, auto y) { taspan::linearreg(x, y, 7); }, 60, "linearreg");
  expect_partial_overlap_ok<T>([](auto x, auto y) { taspan::ema(x, y, 5); }, 60, "ema");
}

TYPED_TEST(InPlace, OverlappingOutputsMessage) {
  using T = TypeParam;
  std::vector<T> x = random_walk<T>(40, 3), a(40);
  EXPECT_TASPAN_ERROR(taspan::macd(x, a, a, x),
                      "taspan::macd: out must be disjoint from the call's other outputs, got an "
                      "overlap");
}

}  // namespace
