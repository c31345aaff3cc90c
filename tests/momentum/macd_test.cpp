// MACD (TA-Lib MACD): hand-computed values, TA-Lib's documented algorithm as a reference loop
// (fast EMA seeded on the window ending where the slow seed window ends), stream vs batch,
// lookback 33 for 12/26/9, NaN restart, sizes, swapped periods, bad parameters.

#include <array>

#include "ma_test_support.hpp"
#include "taspan/momentum/macd.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Macd : public ::testing::Test {};
TYPED_TEST_SUITE(Macd, real_types);

struct ref_macd_result {
  std::vector<ld> macd, signal, hist;
};

// TA-Lib: slow EMA seeded with SMA(x[0..slow-1]); fast EMA with SMA(x[slow-fast..slow-1]);
// signal EMA with the SMA of the first `signal` MACD values; outputs from the lookback on.
ref_macd_result ref_macd(const std::vector<ld>& x, int fast, int slow, int signal) {
  const auto fs = ref_ema(x, fast, static_cast<std::size_t>(slow - fast));
  const auto ss = ref_ema(x, slow);
  std::vector<ld> m(x.size(), lnan);
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(ss[i])) m[i] = fs[i] - ss[i];
  const auto g = ref_ema(m, signal, static_cast<std::size_t>(slow - 1));
  ref_macd_result r{std::vector<ld>(x.size(), lnan), g, std::vector<ld>(x.size(), lnan)};
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(g[i])) continue;
    r.macd[i] = m[i];
    r.hist[i] = m[i] - g[i];
  }
  return r;
}

// Output w of a MACD point (stream) or result (batch): 0 macd, 1 signal, 2 hist.
constexpr auto pick = [](const auto& p, int w) {
  return w == 0 ? p.macd : w == 1 ? p.signal : p.hist;
};
template <class T>
using component = output_of<taspan::macd_stream<T>, decltype(pick)>;

TYPED_TEST(Macd, HandComputedValues) {
  using T = TypeParam;
  // fast 2 (k 2/3), slow 3 (k 1/2), signal 2 (k 2/3) on 1, 2, 3, 5, 5; lookback 2 + 1 = 3.
  // bar 2: slow seed (1+2+3)/3 = 2, fast seed (2+3)/2 = 2.5, macd 1/2.
  // bar 3: fast 2.5 + 2.5*2/3 = 25/6, slow 2 + 3/2 = 7/2, macd 2/3; signal (1/2 + 2/3)/2 = 7/12.
  // bar 4: fast 25/6 + (5/6)(2/3) = 85/18, slow 7/2 + 3/4 = 17/4, macd 17/36;
  //        signal 7/12 + (17/36 - 21/36)(2/3) = 55/108.
  const std::vector<T> x{1, 2, 3, 5, 5};
  const auto r = taspan::macd(x, 2, 3, 2);
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_TRUE(std::isnan(r.macd[i]) && std::isnan(r.signal[i]) && std::isnan(r.hist[i]));
  EXPECT_NEAR(r.macd[3], 2.0 / 3, 1e-6);
  EXPECT_NEAR(r.signal[3], 7.0 / 12, 1e-6);
  EXPECT_NEAR(r.hist[3], 1.0 / 12, 1e-6);
  EXPECT_NEAR(r.macd[4], 17.0 / 36, 1e-6);
  EXPECT_NEAR(r.signal[4], 55.0 / 108, 1e-6);
  EXPECT_NEAR(r.hist[4], 17.0 / 36 - 55.0 / 108, 1e-6);
}

TYPED_TEST(Macd, MatchesReference) {
  using T = TypeParam;
  // MACD is a difference of nearby EMAs: compare relative to the price level (100).
  const double abs_tol = tol<T>() * 100;
  for (auto [f, s, g] : {std::tuple{12, 26, 9}, std::tuple{2, 3, 1}, std::tuple{5, 35, 5}}) {
    for (std::size_t n : {std::size_t{200}, std::size_t{3000}}) {
      const auto x = random_walk<T>(n, 31);
      const auto r = taspan::macd(x, f, s, g);
      const auto e = ref_macd(widen(x), f, s, g);
      expect_series_near(r.macd, e.macd, tol<T>(), abs_tol, "macd");
      expect_series_near(r.signal, e.signal, tol<T>(), abs_tol, "signal");
      expect_series_near(r.hist, e.hist, tol<T>(), abs_tol, "hist");
    }
  }
}

TYPED_TEST(Macd, CommonChecks) {
  using T = TypeParam;
  // Batch runs the streaming core: bit-identical.
  const bool bitwise = true;
  for (int w = 0; w < 3; ++w) {
    for (const auto& p : {std::array{12, 26, 9}, std::array{3, 10, 16}}) {
      // Named copies: clang 14 cannot capture structured bindings in lambdas.
      const int f = p[0], s = p[1], g = p[2];
      check_common<T>([&](const std::vector<T>& x) { return pick(taspan::macd(x, f, s, g), w); },
                      [&] {
                        return component<T>{taspan::macd_stream<T>(f, s, g), w};
                      },
                      taspan::macd_lookback(f, s, g), bitwise, 1e5);
    }
  }
}

TYPED_TEST(Macd, SwappedPeriodsAreReordered) {
  using T = TypeParam;
  const auto x = random_walk<T>(300, 2);
  const auto a = taspan::macd(x, 26, 12, 9), b = taspan::macd(x, 12, 26, 9);
  expect_series_identical(a.macd, b.macd);
  expect_series_identical(a.hist, b.hist);
}

TEST(Macd, LookbackAndBadParameters) {
  // TA-Lib: EMA_Lookback(slow) + EMA_Lookback(signal) = 25 + 8.
  EXPECT_EQ(taspan::macd_lookback(), 33);
  EXPECT_EQ(taspan::macd_lookback(26, 12, 9), 33);
  EXPECT_EQ(taspan::macd_stream<double>().lookback(), 33);
  std::vector<double> x(5, 1.0), out(4);
  EXPECT_TASPAN_ERROR(taspan::macd(x, 1, 26, 9), "taspan::macd: fast must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(taspan::macd(x, 12, 0, 9), "taspan::macd: slow must be >= 2, got 0");
  EXPECT_TASPAN_ERROR(taspan::macd(x, 12, 26, 0), "taspan::macd: signal must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::macd(x, out, x, x),
                      "taspan::macd: out size must be the size of input (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::macd_stream<float>(12, 26, -1),
                      "taspan::macd_stream: signal must be >= 1, got -1");
}

}  // namespace
