// Bad-input catalogue.
// 1. Every public function, with every kind of invalid parameter and every size mismatch, throws
//    taspan::error with the documented message ("taspan::<function>: <parameter> must be <rule>,
//    got <value>", see include/taspan/core/error.hpp) -- messages written out here in full.
// 2. Every indicator in the registry, on pathological series (empty, one bar, all NaN, +-inf,
//    1e300, denormals, alternating huge/tiny), returns a series of the input's length without
//    crashing or hanging, streaming agrees with batch, and all-NaN input gives all-NaN output
//    (the documented NaN policy: a NaN makes every window/warm-up that holds it NaN).

#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/io/csv.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

constexpr int kIntMin = std::numeric_limits<int>::min();

template <class T>
class BadInput : public ::testing::Test {};
TYPED_TEST_SUITE(BadInput, real_types);

// ---- 1. parameters and sizes ------------------------------------------------------------------

// Checks the three entry points of a close-only, one-period function: fn(in, out, period),
// fn(in, period) and fn_stream<T>(period), for period 0, -1 and INT_MIN, and out of the wrong size.
#define TASPAN_CHECK_PERIOD_FUNCTION(fn, T)                                                        \
  do {                                                                                             \
    const std::vector<T> in(10, T(1));                                                             \
    std::vector<T> out(10);                                                                        \
    for (int bad : {0, -1, kIntMin}) {                                                             \
      const std::string msg =                                                                      \
          std::string("taspan::" #fn ": period must be >= 1, got ") + std::to_string(bad);         \
      EXPECT_TASPAN_ERROR(taspan::fn(in, out, bad), msg);                                          \
      EXPECT_TASPAN_ERROR(taspan::fn(in, bad), msg);                                               \
      EXPECT_TASPAN_ERROR(                                                                         \
          taspan::fn##_stream<T>(bad),                                                             \
          std::string("taspan::" #fn "_stream: period must be >= 1, got ") + std::to_string(bad)); \
    }                                                                                              \
    std::vector<T> shorter(9), longer(11), none;                                                   \
    EXPECT_TASPAN_ERROR(taspan::fn(in, shorter, 3),                                                \
                        "taspan::" #fn ": out size must be the size of input (10), got 9");        \
    EXPECT_TASPAN_ERROR(taspan::fn(in, longer, 3),                                                 \
                        "taspan::" #fn ": out size must be the size of input (10), got 11");       \
    EXPECT_TASPAN_ERROR(taspan::fn(in, none, 3),                                                   \
                        "taspan::" #fn ": out size must be the size of input (10), got 0");        \
    /* A period larger than the series is valid: all NaN. */                                       \
    const auto all_nan = taspan::fn(in, 11);                                                       \
    ASSERT_EQ(all_nan.size(), in.size());                                                          \
    for (T x : all_nan) EXPECT_TRUE(std::isnan(x));                                                \
  } while (false)

TYPED_TEST(BadInput, RollingSum) { TASPAN_CHECK_PERIOD_FUNCTION(rolling_sum, TypeParam); }
TYPED_TEST(BadInput, RollingMean) { TASPAN_CHECK_PERIOD_FUNCTION(rolling_mean, TypeParam); }
TYPED_TEST(BadInput, Sma) { TASPAN_CHECK_PERIOD_FUNCTION(sma, TypeParam); }

// A parameter is checked before the sizes, so the message names the parameter.
TYPED_TEST(BadInput, ParameterIsReportedBeforeSize) {
  using T = TypeParam;
  const std::vector<T> in(10, T(1));
  std::vector<T> out(3);
  EXPECT_TASPAN_ERROR(taspan::sma(in, out, 0), "taspan::sma: period must be >= 1, got 0");
}

// taspan::error is a std::invalid_argument, so generic handlers catch it.
TYPED_TEST(BadInput, ErrorIsAnInvalidArgument) {
  using T = TypeParam;
  const std::vector<T> in(4, T(1));
  EXPECT_THROW((void)taspan::sma(in, 0), std::invalid_argument);
}

// ---- 2. pathological series -------------------------------------------------------------------

template <class T>
std::vector<std::pair<std::string, bars<T>>> pathological(std::size_t n) {
  constexpr T inf = std::numeric_limits<T>::infinity();
  constexpr T nan = std::numeric_limits<T>::quiet_NaN();
  const T huge = std::is_same_v<T, float> ? T(1e38F) : T(1e300);
  const T denorm = std::numeric_limits<T>::denorm_min();
  std::vector<std::pair<std::string, bars<T>>> v;
  v.emplace_back("empty", flat_bars<T>(0, T(1)));
  v.emplace_back("one bar", flat_bars<T>(1, T(5)));
  v.emplace_back("all NaN", flat_bars<T>(n, nan, nan));
  v.emplace_back("all +inf", flat_bars<T>(n, inf));
  v.emplace_back("all -inf", flat_bars<T>(n, -inf));
  v.emplace_back("all huge", flat_bars<T>(n, huge));
  v.emplace_back("all max", flat_bars<T>(n, std::numeric_limits<T>::max()));
  v.emplace_back("all denormal", flat_bars<T>(n, denorm, denorm));
  v.emplace_back("all zero", flat_bars<T>(n, T(0), T(0)));
  auto mixed = random_bars<T>(n, 4);
  for (std::size_t i = 0; i < n; i += 7) mixed.close[i] = (i % 14 == 0) ? huge : denorm;
  for (std::size_t i = 3; i < n; i += 11) mixed.high[i] = inf;
  for (std::size_t i = 5; i < n; i += 13) mixed.low[i] = nan;
  v.emplace_back("mixed huge/denormal/inf/NaN", mixed);
  auto one_inf = random_bars<T>(n, 5);
  if (n > 10) one_inf.close[10] = inf;
  v.emplace_back("one inf", one_inf);
  return v;
}

bool same_value(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

TYPED_TEST(BadInput, PathologicalSeriesNeverCrashAndStreamingAgrees) {
  using T = TypeParam;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(21);
    for (int c = 0; c < 20; ++c) {
      const auto q = ind.random_params(rng);
      for (const auto& [name, b] :
           pathological<T>(static_cast<std::size_t>(uniform_int(rng, 0, 120)))) {
        const std::string what = ind.name + q.str() + " on " + name;
        const auto batch = ind.batch(b, q);
        const auto stream = ind.stream(b, q);
        ASSERT_EQ(batch.size(), stream.size()) << what;
        for (std::size_t k = 0; k < batch.size(); ++k) {
          ASSERT_EQ(batch[k].size(), b.size()) << what;
          int reported = 0;
          for (std::size_t i = 0; i < b.size(); ++i) {
            const double x = static_cast<double>(batch[k][i]);
            const double s = static_cast<double>(stream[k][i]);
            // Finite results agree to the usual tolerance; non-finite ones exactly.
            const bool ok = same_value(x, s) ||
                            (std::isfinite(x) && std::isfinite(s) &&
                             std::abs(x - s) <= tol<T>() * std::max(std::abs(x), std::abs(s)));
            if (!ok && reported++ < 3)
              ADD_FAILURE() << what << " bar " << i << ": batch " << x << ", stream " << s;
            if (name == "all NaN" && reported < 3 && !std::isnan(x))
              ADD_FAILURE() << what << " bar " << i << ": " << x << " from all-NaN input";
          }
        }
      }
    }
  }
}

// Infinities: a window that holds +inf (and no -inf or NaN) sums to +inf; windows that do not hold
// it are unaffected (the running sum must not carry inf - inf = NaN past the window).
TYPED_TEST(BadInput, InfinityAffectsOnlyTheWindowsThatHoldIt) {
  using T = TypeParam;
  constexpr T inf = std::numeric_limits<T>::infinity();
  for (int period : {1, 2, 3, 5, 8}) {
    auto x = random_walk<T>(40, 8);
    x[12] = inf;
    const auto sum = taspan::rolling_sum(x, period);
    const auto mean = taspan::sma(x, period);
    taspan::rolling_sum_stream<T> s(period);
    const auto streamed = run_stream(s, x);
    for (std::size_t i = static_cast<std::size_t>(period - 1); i < x.size(); ++i) {
      const bool holds = i >= 12 && i < 12 + static_cast<std::size_t>(period);
      if (holds) {
        EXPECT_EQ(sum[i], inf) << period << " " << i;
        EXPECT_EQ(mean[i], inf) << period << " " << i;
      } else {
        EXPECT_TRUE(std::isfinite(sum[i])) << period << " " << i << " " << sum[i];
        EXPECT_TRUE(std::isfinite(mean[i])) << period << " " << i << " " << mean[i];
      }
      EXPECT_TRUE(same_value(static_cast<double>(streamed[i]), static_cast<double>(sum[i]))) << i;
    }
  }
}

}  // namespace

// Regression (tests/fuzz/corpus/csv/regression_two_escaped_fields_use_after_free): two quoted
// fields with "" escapes on one line made read_csv's scratch vector reallocate under the views of
// the first field (heap use after free). The error must quote the cell exactly.
TEST(BadInputCsv, TwoEscapedFieldsOnOneLine) {
  std::istringstream in("date,open,high,low,close,volume\n2024-01-02,\"1\"\"\",\"2\"\"\",1,1,1\n");
  try {
    (void)taspan::read_csv<double>(in);
    ADD_FAILURE() << "no taspan::error";
  } catch (const taspan::error& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("line 2, column 2 (open)"), std::string::npos) << msg;
    EXPECT_NE(msg.find("1\""), std::string::npos) << msg;
  }
}
