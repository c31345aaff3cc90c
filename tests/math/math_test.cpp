// Math transforms and operators (TA-Lib's Math Transform and Math Operator groups): hand values,
// a plain loop over <cmath> as the reference (bitwise), stream == batch bitwise, IEEE domain
// results (TA-Lib's C gives the same: it calls the same <math.h> functions), NaN on its bar only,
// in place, sizes 0 and 1, size messages. Equality with TA-Lib's own outputs: tests/talib.

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "taspan/math.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

template <class T>
class MathTransforms : public ::testing::Test {};
TYPED_TEST_SUITE(MathTransforms, real_types);

// Batch (span and vector forms), stream and the reference loop `f` agree bitwise on `x`.
template <class T, class Batch, class Stream, class F>
void check_unary(const std::vector<T>& x, Batch batch, Stream stream, F f,
                 const std::string& what) {
  std::vector<T> expect;
  for (T v : x) expect.push_back(static_cast<T>(f(static_cast<double>(v))));
  const std::vector<T> y = batch(x);
  expect_series_identical(y, expect, what + " batch vs reference");
  EXPECT_EQ(stream.lookback(), 0) << what;
  EXPECT_TRUE(stream.ready()) << what;
  expect_series_identical(run_stream(stream, x), y, what + " stream vs batch");
  std::vector<T> in_place = x;
  batch(in_place, in_place);
  expect_series_identical(in_place, y, what + " in place");
}

#define TASPAN_CHECK_UNARY(fn, ref)                                               \
  check_unary<T>(                                                                 \
      x, [](auto&&... a) { return taspan::fn(std::forward<decltype(a)>(a)...); }, \
      taspan::fn##_stream<T>{}, [](double v) { return ref(v); }, #fn);            \
  EXPECT_EQ(taspan::fn##_lookback(), 0)

TYPED_TEST(MathTransforms, EqualCmathBitwiseInsideAndOutsideTheirDomains) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  const T inf = std::numeric_limits<T>::infinity();
  // Prices, the unit interval, its edges and beyond, zero, negatives, NaN and infinities.
  std::vector<T> x = random_walk<T>(200, 7, 100.0);
  for (T v : {T(-2), T(-1), T(-0.5), T(-0.0), T(0), T(0.25), T(0.5), T(1), T(1.5), T(2.5), T(-2.5),
              T(1000), T(-1000), nan, inf, -inf})
    x.push_back(v);
  TASPAN_CHECK_UNARY(acos, std::acos);
  TASPAN_CHECK_UNARY(asin, std::asin);
  TASPAN_CHECK_UNARY(atan, std::atan);
  TASPAN_CHECK_UNARY(ceil, std::ceil);
  TASPAN_CHECK_UNARY(cos, std::cos);
  TASPAN_CHECK_UNARY(cosh, std::cosh);
  TASPAN_CHECK_UNARY(exp, std::exp);
  TASPAN_CHECK_UNARY(floor, std::floor);
  TASPAN_CHECK_UNARY(ln, std::log);
  TASPAN_CHECK_UNARY(log10, std::log10);
  TASPAN_CHECK_UNARY(sin, std::sin);
  TASPAN_CHECK_UNARY(sinh, std::sinh);
  TASPAN_CHECK_UNARY(sqrt, std::sqrt);
  TASPAN_CHECK_UNARY(tan, std::tan);
  TASPAN_CHECK_UNARY(tanh, std::tanh);
}

TYPED_TEST(MathTransforms, HandValuesAndDomainEdges) {
  using T = TypeParam;
  const std::vector<T> x{T(2.5), T(-2.5), T(1), T(0), T(-1), T(4)};
  EXPECT_EQ(taspan::ceil(x), (std::vector<T>{3, -2, 1, 0, -1, 4}));
  EXPECT_EQ(taspan::floor(x), (std::vector<T>{2, -3, 1, 0, -1, 4}));
  const auto r = taspan::sqrt(x);
  EXPECT_TRUE(std::isnan(r[1]) && std::isnan(r[4]));  // IEEE: sqrt of a negative is NaN
  EXPECT_EQ(r[5], T(2));
  const auto l = taspan::ln(x);
  EXPECT_EQ(l[2], T(0));
  EXPECT_EQ(l[3], -std::numeric_limits<T>::infinity());  // ln(0) = -inf
  EXPECT_TRUE(std::isnan(l[1]));
  const auto a = taspan::acos(x);
  EXPECT_TRUE(std::isnan(a[0]) && std::isnan(a[1]));  // |x| > 1
  EXPECT_EQ(a[2], T(0));
  EXPECT_EQ(a[4], static_cast<T>(std::acos(-1.0)));
  EXPECT_EQ(taspan::log10(std::vector<T>{T(1000)})[0], T(3));
  EXPECT_EQ(taspan::exp(std::vector<T>{T(1000)})[0], std::numeric_limits<T>::infinity());
  EXPECT_TRUE(taspan::sin(std::vector<T>{}).empty());
}

template <class T>
class MathOperators : public ::testing::Test {};
TYPED_TEST_SUITE(MathOperators, real_types);

template <class T, class Batch, class Stream, class F>
void check_binary(const std::vector<T>& a, const std::vector<T>& b, Batch batch, Stream stream, F f,
                  const std::string& what) {
  std::vector<T> expect;
  for (std::size_t i = 0; i < a.size(); ++i)
    expect.push_back(static_cast<T>(f(static_cast<double>(a[i]), static_cast<double>(b[i]))));
  const std::vector<T> y = batch(a, b);
  expect_series_identical(y, expect, what + " batch vs reference");
  EXPECT_EQ(stream.lookback(), 0) << what;
  std::vector<T> s;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const T p = stream.peek(a[i], b[i]);
    const T u = stream.update(a[i], b[i]);
    EXPECT_TRUE(p == u || both_nan(p, u)) << what << " bar " << i;
    s.push_back(u);
  }
  expect_series_identical(s, y, what + " stream vs batch");
  std::vector<T> in_place = b;
  batch(a, in_place, in_place);
  expect_series_identical(in_place, y, what + " in place");
}

#define TASPAN_CHECK_BINARY(fn, op)                                                  \
  check_binary<T>(                                                                   \
      a, b, [](auto&&... v) { return taspan::fn(std::forward<decltype(v)>(v)...); }, \
      taspan::fn##_stream<T>{}, [](double u, double v) { return u op v; }, #fn);     \
  EXPECT_EQ(taspan::fn##_lookback(), 0)

TYPED_TEST(MathOperators, EqualTheOperatorBitwise) {
  using T = TypeParam;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  std::vector<T> a = random_walk<T>(300, 3, 50.0);
  std::vector<T> b = random_walk<T>(300, 4, 80.0);
  // Division by zero (+-inf), 0 / 0 (NaN), NaN on one side.
  for (auto [u, v] : {std::pair{T(1), T(0)}, std::pair{T(-1), T(0)}, std::pair{T(0), T(0)},
                      std::pair{nan, T(1)}, std::pair{T(1), nan}}) {
    a.push_back(u);
    b.push_back(v);
  }
  TASPAN_CHECK_BINARY(add, +);
  TASPAN_CHECK_BINARY(sub, -);
  TASPAN_CHECK_BINARY(mult, *);
  TASPAN_CHECK_BINARY(div, /);
  const auto q = taspan::div(a, b);
  EXPECT_EQ(q[300], std::numeric_limits<T>::infinity());
  EXPECT_EQ(q[301], -std::numeric_limits<T>::infinity());
  EXPECT_TRUE(std::isnan(q[302]) && std::isnan(q[303]) && std::isnan(q[304]));
  EXPECT_FALSE(std::isnan(q[299]));
}

TEST(MathOperators, HandValues) {
  const std::vector<double> a{1.5, -2, 8}, b{0.5, 4, -2};
  EXPECT_EQ(taspan::add(a, b), (std::vector<double>{2, 2, 6}));
  EXPECT_EQ(taspan::sub(a, b), (std::vector<double>{1, -6, 10}));
  EXPECT_EQ(taspan::mult(a, b), (std::vector<double>{0.75, -8, -16}));
  EXPECT_EQ(taspan::div(a, b), (std::vector<double>{3, -0.5, -4}));
}

TEST(Math, SizeMessages) {
  const std::vector<double> x(5, 1.0), y(4, 1.0);
  std::vector<double> out(4);
  EXPECT_TASPAN_ERROR(taspan::add(x, y),
                      "taspan::add: real1 size must be the size of real0 (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::div(x, x, out),
                      "taspan::div: out size must be the size of input (5), got 4");
  EXPECT_TASPAN_ERROR(taspan::sqrt(x, out),
                      "taspan::sqrt: out size must be the size of input (5), got 4");
}

}  // namespace
