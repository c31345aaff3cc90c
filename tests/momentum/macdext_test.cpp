// MACDEXT (TA-Lib MACDEXT): with EMA lines it is MACD; with SMA lines it matches a from-scratch
// reference; mixed types are aligned the TA-Lib way (each line MA started `its lookback` bars
// before the first MACD bar), checked against the separately tested MAs run on suffixes;
// stream == batch (bitwise), lookback, NaN restart, swaps, bad parameters.

#include "taspan/momentum/macdext.hpp"
#include "ma_test_support.hpp"
#include "taspan/momentum/macd.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;
using taspan::ma_type;

template <class T>
class Macdext : public ::testing::Test {};
TYPED_TEST_SUITE(Macdext, real_types);

// Output w of a MACD point (stream) or result (batch): 0 macd, 1 signal, 2 hist.
constexpr auto pick = [](const auto& p, int w) {
  return w == 0 ? p.macd : w == 1 ? p.signal : p.hist;
};
template <class T>
using component = output_of<taspan::macdext_stream<T>, decltype(pick)>;

template <class T>
std::vector<T> suffix(const std::vector<T>& x, std::size_t from) {
  return std::vector<T>(x.begin() + static_cast<std::ptrdiff_t>(from), x.end());
}

TYPED_TEST(Macdext, EmaLinesAreMacd) {
  using T = TypeParam;
  const auto x = random_walk<T>(1000, 5);
  const auto a = taspan::macdext(x, 12, ma_type::ema, 26, ma_type::ema, 9, ma_type::ema);
  const auto b = taspan::macd(x, 12, 26, 9);
  expect_series_near(a.macd, b.macd, tol<T>(), tol<T>() * 100);
  expect_series_near(a.signal, b.signal, tol<T>(), tol<T>() * 100);
  expect_series_near(a.hist, b.hist, tol<T>(), tol<T>() * 100);
}

TYPED_TEST(Macdext, SmaLinesMatchReference) {
  using T = TypeParam;
  const auto x = random_walk<T>(800, 6);
  const auto r = taspan::macdext(x);  // TA-Lib defaults: 12/26/9, all SMA
  const auto f = ref_sma(widen(x), 12), s = ref_sma(widen(x), 26);
  std::vector<ld> m(x.size(), lnan);
  for (std::size_t i = 25; i < x.size(); ++i) m[i] = f[i] - s[i];
  const auto g = ref_sma(m, 9, 25);
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (i < 33) {
      EXPECT_TRUE(std::isnan(r.macd[i]) && std::isnan(r.signal[i]) && std::isnan(r.hist[i]));
      continue;
    }
    EXPECT_NEAR(r.macd[i], static_cast<double>(m[i]), tol<T>() * 100) << i;
    EXPECT_NEAR(r.signal[i], static_cast<double>(g[i]), tol<T>() * 100) << i;
    EXPECT_NEAR(r.hist[i], static_cast<double>(m[i] - g[i]), tol<T>() * 100) << i;
  }
}

// fast KAMA(5) (lookback 5), slow EMA(10) (lookback 9), signal T3(3) (lookback 12): the fast line
// starts 4 bars in, the slow at bar 0; the signal runs on the MACD line from bar 9; total 21.
TYPED_TEST(Macdext, MixedTypesAlignLikeTaLib) {
  using T = TypeParam;
  const auto x = random_walk<T>(400, 7);
  const auto r = taspan::macdext(x, 5, ma_type::kama, 10, ma_type::ema, 3, ma_type::t3);
  EXPECT_EQ(taspan::macdext_lookback(5, ma_type::kama, 10, ma_type::ema, 3, ma_type::t3), 21);
  const auto fast = taspan::kama(suffix(x, 4), 5);  // value for bar i at fast[i - 4]
  const auto slow = taspan::ema(x, 10);
  std::vector<T> m;
  for (std::size_t i = 9; i < x.size(); ++i) m.push_back(fast[i - 4] - slow[i]);
  const auto g = taspan::t3(m, 3, 0.7);  // bar i at g[i - 9]
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (i < 21) {
      EXPECT_TRUE(std::isnan(r.macd[i])) << i;
      continue;
    }
    EXPECT_NEAR(r.macd[i], m[i - 9], tol<T>() * 100) << i;
    EXPECT_NEAR(r.signal[i], g[i - 9], tol<T>() * 100) << i;
  }
}

TYPED_TEST(Macdext, CommonChecks) {
  using T = TypeParam;
  const std::tuple<int, ma_type, int, ma_type, int, ma_type> configs[] = {
      {12, ma_type::sma, 26, ma_type::sma, 9, ma_type::sma},
      {5, ma_type::kama, 10, ma_type::ema, 3, ma_type::t3},
      {4, ma_type::dema, 8, ma_type::wma, 5, ma_type::trima},
      {3, ma_type::tema, 6, ma_type::tema, 1, ma_type::ema}};
  for (const auto& config : configs) {
    // Named copies: clang 14 cannot capture structured bindings in lambdas.
    const auto [f0, ft0, s0, st0, g0, gt0] = config;
    const int f = f0, s = s0, g = g0;
    const ma_type ft = ft0, st = st0, gt = gt0;
    for (int w = 0; w < 3; ++w) {
      check_common<T>(
          [&](const std::vector<T>& x) { return pick(taspan::macdext(x, f, ft, s, st, g, gt), w); },
          [&] {
            return component<T>{taspan::macdext_stream<T>(f, ft, s, st, g, gt), w};
          },
          taspan::macdext_lookback(f, ft, s, st, g, gt), true);
    }
  }
}

TYPED_TEST(Macdext, SwapsPeriodsWithTheirTypes) {
  using T = TypeParam;
  const auto x = random_walk<T>(300, 2);
  const auto a = taspan::macdext(x, 26, ma_type::ema, 12, ma_type::wma, 9, ma_type::sma);
  const auto b = taspan::macdext(x, 12, ma_type::wma, 26, ma_type::ema, 9, ma_type::sma);
  expect_series_identical(a.macd, b.macd);
  expect_series_identical(a.signal, b.signal);
}

TEST(Macdext, LookbackAndBadParameters) {
  // TA-Lib: max(MA_Lookback(fast), MA_Lookback(slow)) + MA_Lookback(signal).
  EXPECT_EQ(taspan::macdext_lookback(), 33);
  EXPECT_EQ(taspan::macdext_lookback(12, ma_type::sma, 26, ma_type::dema, 9, ma_type::tema), 74);
  std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::macdext(x, 1), "taspan::macdext: fast must be >= 2, got 1");
  EXPECT_TASPAN_ERROR(
      taspan::macdext(x, 12, ma_type::sma, 26, ma_type::sma, 9, static_cast<ma_type>(9)),
      "taspan::macdext: signal_type must be one of sma, ema, wma, dema, tema, trima, kama, mama, "
      "t3, got 9");
  EXPECT_TASPAN_ERROR(taspan::macdext_stream<double>(12, static_cast<ma_type>(9)),
                      "taspan::macdext_stream: fast_type must be one of sma, ema, wma, dema, tema, "
                      "trima, kama, mama, t3, got 9");
}

}  // namespace
