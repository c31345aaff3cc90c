// vwap: hand values, a plain reference loop of the definition (cumulative sum(TP*V)/sum(V) per
// session), session resets by flags and by predicate, batch == streaming, NaN restart, sizes,
// errors.

#include <cstdint>

#include "ohlcv_test.hpp"
#include "taspan/volume/vwap.hpp"

namespace {

using namespace taspan_test;

template <class T>
std::vector<double> reference_vwap(const bars<T>& b, const std::vector<std::uint8_t>& start) {
  std::vector<double> out(b.size());
  double pv = 0, vol = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (start[i] != 0) pv = vol = 0;
    const double tp = (double(b.high[i]) + double(b.low[i]) + double(b.close[i])) / 3.0;
    pv += tp * double(b.volume[i]);
    vol += double(b.volume[i]);
    out[i] = pv / vol;
  }
  return out;
}

template <class T>
class Vwap : public ::testing::Test {};
TYPED_TEST_SUITE(Vwap, real_types);

// By hand: TP 10 with volume 1, TP 13 with volume 2 -> (10 + 26)/3 = 12; a new session at bar 2
// with TP 4 -> 4.
TYPED_TEST(Vwap, HandComputed) {
  using T = TypeParam;
  const std::vector<T> h{T(11), T(14), T(5)}, l{T(9), T(12), T(3)}, c{T(10), T(13), T(4)},
      v{T(1), T(2), T(7)};
  const auto one = taspan::vwap(h, l, c, v);
  EXPECT_EQ(one[0], T(10));
  EXPECT_EQ(one[1], T(12));
  EXPECT_NEAR(one[2], (36.0 + 28.0) / 10.0, 1e-5);
  const std::vector<std::uint8_t> flags{0, 0, 1};
  const auto two = taspan::vwap(h, l, c, v, flags);
  EXPECT_EQ(two[1], T(12));
  EXPECT_EQ(two[2], T(4));
}

TYPED_TEST(Vwap, SessionsByFlagsPredicateAndStream) {
  using T = TypeParam;
  for (const auto& b : bar_sets<T>()) {
    std::vector<std::uint8_t> none(b.size(), 0), daily(b.size(), 0);
    for (std::size_t i = 0; i < b.size(); i += 26) daily[i] = 1;
    expect_matches_reference(taspan::vwap(b.high, b.low, b.close, b.volume),
                             reference_vwap(b, none), "one session");
    const auto y = taspan::vwap(b.high, b.low, b.close, b.volume, daily);
    expect_matches_reference(y, reference_vwap(b, daily), "daily");
    const auto p =
        taspan::vwap(b.high, b.low, b.close, b.volume, [](std::size_t i) { return i % 26 == 0; });
    expect_series_identical(p, y, "predicate == flags");
    const std::vector<bool> as_bool(daily.begin(), daily.end());
    std::unique_ptr<bool[]> raw(new bool[b.size()]);
    for (std::size_t i = 0; i < b.size(); ++i) raw[i] = as_bool[i];
    expect_series_identical(
        taspan::vwap(b.high, b.low, b.close, b.volume, std::span<const bool>(raw.get(), b.size())),
        y, "bool flags");
    taspan::vwap_stream<T> s;
    std::vector<T> streamed;
    for (std::size_t i = 0; i < b.size(); ++i) {
      const T pk = s.peek(b.high[i], b.low[i], b.close[i], b.volume[i], daily[i] != 0);
      const T u = s.update(b.high[i], b.low[i], b.close[i], b.volume[i], daily[i] != 0);
      EXPECT_TRUE(pk == u);
      streamed.push_back(u);
    }
    expect_series_identical(streamed, y, "stream");
  }
}

TYPED_TEST(Vwap, NanRestartsZeroVolumeIsNanSizes) {
  using T = TypeParam;
  const auto b = random_bars<T>(60, 2);
  expect_restart_after_nan(
      b, 25, [](const bars<T>& x) { return taspan::vwap(x.high, x.low, x.close, x.volume); },
      "vwap");
  const std::vector<T> h{T(2), T(2)}, l{T(1), T(1)}, c{T(1.5), T(1.5)}, v{T(0), T(3)};
  const auto z = taspan::vwap(h, l, c, v);
  EXPECT_TRUE(std::isnan(z[0]));
  EXPECT_EQ(z[1], T(1.5));
  for (std::size_t size : {0U, 1U}) {
    const auto e = random_bars<T>(size);
    EXPECT_EQ(taspan::vwap(e.high, e.low, e.close, e.volume).size(), size);
  }
  taspan::vwap_stream<T> s;
  EXPECT_FALSE(s.ready());
  (void)s.update(T(2), T(1), T(1.5), T(3));
  EXPECT_TRUE(s.ready());
  s.reset();
  EXPECT_FALSE(s.ready());
}

TEST(Vwap, LookbackAndErrors) {
  EXPECT_EQ(taspan::vwap_lookback(), 0);
  EXPECT_EQ(taspan::vwap_stream<double>().lookback(), 0);
  std::vector<double> x(4, 1.0), y(3, 1.0);
  std::vector<std::uint8_t> f(3, 0);
  EXPECT_TASPAN_ERROR(taspan::vwap(x, x, x, y),
                      "taspan::vwap: volume size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::vwap(x, x, x, x, f),
                      "taspan::vwap: session_start size must be the size of high (4), got 3");
  EXPECT_TASPAN_ERROR(taspan::vwap(x, x, x, x, y),
                      "taspan::vwap: out size must be the size of input (4), got 3");
}

}  // namespace
