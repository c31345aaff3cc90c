// rolling_argmax (TA-Lib MAXINDEX): batch == streaming (bitwise) == the TA-Lib algorithm
// transcribed as a plain loop in tests/support/rolling_reference.hpp; hand-checked ties.

#include "taspan/rolling/argmax.hpp"
#include "rolling_reference.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class RollingArgmax : public ::testing::Test {};
TYPED_TEST_SUITE(RollingArgmax, real_types);

TYPED_TEST(RollingArgmax, BatchStreamingAndReferenceAgree) {
  using T = TypeParam;
  const auto sets = taspan_ref::datasets<T>();
  for (std::size_t k = 0; k < sets.size(); ++k) {
    const auto& x = sets[k];
    for (int period : taspan_ref::periods) {
      const std::string what =
          std::string(taspan_ref::dataset_name(k)) + " p=" + std::to_string(period);
      const auto y = taspan::rolling_argmax(x, period);
      expect_series_identical(y, taspan_ref::talib_index(x, period, 1), what);
      taspan::rolling_argmax_stream<T> s(period);
      expect_series_identical(run_stream(s, x), y, "stream " + what);
    }
  }
}

// Ties, worked by hand through ta_MAXINDEX.c's loop (period 3):
//   x = {1,5,5,4,5,2,2,2}: bar 2 first scan of {1,5,5} -> 1 (strict compare keeps the oldest);
//   bar 3: 4 < 5 keeps 1; bar 4: 1 left, rescan {5,4,5} -> 2; bar 5: 2 left, rescan {4,5,2} -> 4;
//   bar 6: 2 < 5 keeps 4; bar 7: 4 left, rescan {2,2,2} -> 5.
//   x = {1,2,1,2}: bar 2 scan {1,2,1} -> 1; bar 3: 2 >= 2 takes over -> 3 (newest).
// For the minimum the same series negated give the same indices.
TYPED_TEST(RollingArgmax, TaLibTieRule) {
  using T = TypeParam;
  const T s = static_cast<T>(1);
  const std::vector<T> a{1 * s, 5 * s, 5 * s, 4 * s, 5 * s, 2 * s, 2 * s, 2 * s};
  expect_series_identical(taspan::rolling_argmax(a, 3),
                          std::vector<double>{NAN, NAN, 1, 1, 2, 4, 4, 5});
  const std::vector<T> b{1 * s, 2 * s, 1 * s, 2 * s};
  expect_series_identical(taspan::rolling_argmax(b, 3), std::vector<double>{NAN, NAN, 1, 3});
  taspan::rolling_argmax_stream<T> st(3);
  expect_series_identical(run_stream(st, a), std::vector<double>{NAN, NAN, 1, 1, 2, 4, 4, 5});
}

TYPED_TEST(RollingArgmax, NanWindowsAndSizes) {
  using T = TypeParam;
  const int period = 6;
  const auto x = with_nans(random_walk<T>(60, 9), {20});
  const auto y = taspan::rolling_argmax(x, period);
  for (std::size_t i = 0; i < x.size(); ++i)
    EXPECT_EQ(std::isnan(y[i]), i < 5 || (i >= 20 && i < 26)) << i;
  for (std::size_t n : {0U, 1U, 5U, 6U, 7U}) {
    const auto z = random_walk<T>(n);
    const auto w = taspan::rolling_argmax(z, period);
    ASSERT_EQ(w.size(), n);
    expect_series_identical(w, taspan_ref::talib_index(z, period, 1));
    taspan::rolling_argmax_stream<T> s(period);
    expect_series_identical(run_stream(s, z), w);
    EXPECT_EQ(s.ready(), n >= 6);
    s.reset();
    EXPECT_FALSE(s.ready());
    expect_series_identical(run_stream(s, z), w);
  }
}

TEST(RollingArgmax, Lookback) {
  EXPECT_EQ(taspan::rolling_argmax_lookback(1), 0);
  EXPECT_EQ(taspan::rolling_argmax_lookback(30), 29);
  EXPECT_EQ(taspan::rolling_argmax_stream<double>(9).lookback(), 8);
}

TEST(RollingArgmax, BadInputThrows) {
  std::vector<double> x(10, 1.0), out(11);
  EXPECT_TASPAN_ERROR(taspan::rolling_argmax(x, 0),
                      "taspan::rolling_argmax: period must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::rolling_argmax(x, out, 3),
                      "taspan::rolling_argmax: out size must be the size of input (10), got 11");
  EXPECT_TASPAN_ERROR(taspan::rolling_argmax_stream<double>(0),
                      "taspan::rolling_argmax_stream: period must be >= 1, got 0");
}

}  // namespace
