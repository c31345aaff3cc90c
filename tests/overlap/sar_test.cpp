// SAR: a hand-worked example, and TA-Lib's loop (ta_SAR.c) transcribed as a plain reference.

#include "taspan/overlap/sar.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

// TA-Lib's SAR loop over whole arrays, written the way ta_SAR.c is laid out.
template <class T>
std::vector<double> reference_sar(const std::vector<T>& high, const std::vector<T>& low, double acc,
                                  double max) {
  std::vector<double> out(high.size(), NAN);
  if (high.size() < 2) return out;
  if (acc > max) acc = max;
  double af = acc;
  const double diff_m = double(low[0]) - double(low[1]);
  const double diff_p = double(high[1]) - double(high[0]);
  const bool minus_dm = diff_m > 0 && diff_p < diff_m;
  bool is_long = !minus_dm;
  double ep = is_long ? high[1] : low[1];
  double sar = is_long ? low[0] : high[0];
  double new_low = low[1], new_high = high[1];
  for (std::size_t today = 1; today < high.size(); ++today) {
    const double prev_low = new_low, prev_high = new_high;
    new_low = low[today];
    new_high = high[today];
    if (is_long) {
      if (new_low <= sar) {
        is_long = false;
        sar = std::max({ep, prev_high, new_high});
        out[today] = sar;
        af = acc;
        ep = new_low;
        sar = std::max({sar + af * (ep - sar), prev_high, new_high});
      } else {
        out[today] = sar;
        if (new_high > ep) ep = new_high, af = std::min(af + acc, max);
        sar = std::min({sar + af * (ep - sar), prev_low, new_low});
      }
    } else if (new_high >= sar) {
      is_long = true;
      sar = std::min({ep, prev_low, new_low});
      out[today] = sar;
      af = acc;
      ep = new_high;
      sar = std::min({sar + af * (ep - sar), prev_low, new_low});
    } else {
      out[today] = sar;
      if (new_low < ep) ep = new_low, af = std::min(af + acc, max);
      sar = std::max({sar + af * (ep - sar), prev_high, new_high});
    }
  }
  return out;
}

template <class T>
class Sar : public ::testing::Test {};
TYPED_TEST_SUITE(Sar, real_types);

// Worked by hand: long from bar 1 (no -DM), SAR 9 then 9 + 0.02*(11-9) = 9.04; bar 2 makes a
// new high (af 0.04): 9.04 + 0.04*(12-9.04) = 9.1584; bar 3's low 9 reverses to short at the
// extreme point 12; bar 4 stays short at 12.
TYPED_TEST(Sar, HandWorked) {
  using T = TypeParam;
  const std::vector<T> high{10, 11, 12, T(11.5), 11}, low{9, 10, 11, 9, T(8.5)};
  const auto s = taspan::sar(high, low);
  EXPECT_TRUE(std::isnan(s[0]));
  EXPECT_NEAR(s[1], 9.0, 1e-6);
  EXPECT_NEAR(s[2], 9.04, 1e-6);
  EXPECT_NEAR(s[3], 12.0, 1e-6);
  EXPECT_NEAR(s[4], 12.0, 1e-6);
}

TYPED_TEST(Sar, MatchesTaLibLoopAndStream) {
  using T = TypeParam;
  for (std::uint64_t seed : {1U, 2U, 3U}) {
    const auto b = random_bars<T>(700, seed);
    for (auto [acc, max] : {std::pair{0.02, 0.2}, {0.01, 0.1}, {0.3, 0.2}, {0.0, 0.0}}) {
      const auto s = taspan::sar(b.high, b.low, acc, max);
      expect_series_near(s, reference_sar(b.high, b.low, acc, max), tol<T>(), 0.0, "sar");
      taspan::sar_stream<T> st(acc, max);
      std::vector<T> streamed;
      for (std::size_t i = 0; i < b.size(); ++i) {
        const T p = st.peek(b.high[i], b.low[i]);
        streamed.push_back(st.update(b.high[i], b.low[i]));
        EXPECT_TRUE(p == streamed.back() || both_nan(p, streamed.back()));
      }
      expect_series_identical(streamed, s, "sar stream");
    }
  }
}

TYPED_TEST(Sar, NanRestartsWarmup) {
  using T = TypeParam;
  auto b = random_bars<T>(60, 4);
  b.high[30] = std::numeric_limits<T>::quiet_NaN();
  const auto s = taspan::sar(b.high, b.low);
  EXPECT_TRUE(std::isnan(s[30]) && std::isnan(s[31]));
  const std::vector<T> h2(b.high.begin() + 31, b.high.end()), l2(b.low.begin() + 31, b.low.end());
  const auto fresh = taspan::sar(h2, l2);
  for (std::size_t i = 0; i < fresh.size(); ++i)
    EXPECT_TRUE(s[31 + i] == fresh[i] || both_nan(s[31 + i], fresh[i])) << i;
}

TEST(Sar, LookbackAndErrors) {
  EXPECT_EQ(taspan::sar_lookback(), 1);  // TA-Lib SAR lookback is 1
  std::vector<double> h(5, 2.0), l(4, 1.0);
  EXPECT_TASPAN_ERROR(taspan::sar(h, l),
                      "taspan::sar: low size must be the size of high (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::sar(h, h, -0.1),
                      "taspan::sar: acceleration must be >= 0 and finite, got -0.1");
  EXPECT_TASPAN_ERROR(taspan::sar_stream<float>(0.02, NAN),
                      "taspan::sar_stream: maximum must be >= 0 and finite, got nan");
  EXPECT_TRUE(taspan::sar(std::vector<double>{}, std::vector<double>{}).empty());
  EXPECT_TRUE(std::isnan(taspan::sar(std::vector<double>{2}, std::vector<double>{1})[0]));
}

}  // namespace
