// MA envelope: hand-worked bands, bands == basis * (1 +- percent/100) for every MA type, stream
// == batch, lookback, NaN, sizes, bad parameters.

#include "taspan/overlap/envelope.hpp"
#include "ma_test_support.hpp"

namespace {

using namespace taspan_test;
using namespace ma_test;

template <class T>
class Envelope : public ::testing::Test {};
TYPED_TEST_SUITE(Envelope, real_types);

struct pick {
  template <class V>
  auto operator()(const V& v, int which) const {
    return which == 0 ? v.upper : which == 1 ? v.middle : v.lower;
  }
};

TYPED_TEST(Envelope, HandWorked) {
  using T = TypeParam;
  // 1..5, SMA(5) = 3, 10%: 3.3 and 2.7.
  const std::vector<T> x{1, 2, 3, 4, 5};
  const auto r = taspan::envelope(x, 5, 10.0);
  EXPECT_NEAR(r.middle[4], 3.0, 1e-6);
  EXPECT_NEAR(r.upper[4], 3.3, 1e-6);
  EXPECT_NEAR(r.lower[4], 2.7, 1e-6);
  EXPECT_TRUE(std::isnan(r.upper[3]));
}

TYPED_TEST(Envelope, BandsAreTheBasisScaled) {
  using T = TypeParam;
  const auto x = random_walk<T>(500, 26);
  for (auto type : {taspan::ma_type::sma, taspan::ma_type::ema, taspan::ma_type::kama}) {
    const auto r = taspan::envelope(x, 12, 2.5, type);
    expect_series_identical(r.middle, taspan::ma(x, 12, type), "middle");
    std::vector<ld> up(x.size()), lo(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      up[i] = static_cast<ld>(r.middle[i]) * 1.025L;
      lo[i] = static_cast<ld>(r.middle[i]) * 0.975L;
    }
    expect_series_near(r.upper, up, tol<T>(), 0.0, "upper");
    expect_series_near(r.lower, lo, tol<T>(), 0.0, "lower");
  }
}

TYPED_TEST(Envelope, CommonChecks) {
  using T = TypeParam;
  for (int which = 0; which < 3; ++which)
    for (auto type : {taspan::ma_type::sma, taspan::ma_type::ema}) {
      const int lb = taspan::envelope_lookback(10, type);
      check_common<T>(
          [&](const std::vector<T>& x) {
            const auto r = taspan::envelope(x, 10, 5.0, type);
            return which == 0 ? r.upper : which == 1 ? r.middle : r.lower;
          },
          [&] {
            return output_of<taspan::envelope_stream<T>, pick>{
                taspan::envelope_stream<T>(10, 5.0, type), which};
          },
          lb, type == taspan::ma_type::sma, 1e3);
    }
}

TEST(Envelope, LookbackAndBadParameters) {
  EXPECT_EQ(taspan::envelope_lookback(), 19);
  EXPECT_EQ(taspan::envelope_lookback(20, taspan::ma_type::ema), 19);
  EXPECT_EQ(taspan::envelope_stream<double>().lookback(), 19);
  const std::vector<double> x(5, 1.0);
  EXPECT_TASPAN_ERROR(taspan::envelope(x, 0), "taspan::envelope: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::envelope(x, 5, -1.0),
                      "taspan::envelope: percent must be >= 0 and finite, got -1");
  EXPECT_TASPAN_ERROR(
      taspan::envelope_stream<double>(5, 1.0, taspan::ma_type::mama),
      "taspan::envelope_stream: matype must be one of sma, ema, wma, dema, tema, trima, kama, t3 "
      "(mama is not supported), got mama");
}

}  // namespace
