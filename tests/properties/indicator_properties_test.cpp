// Property tests over every indicator in tests/support/indicator_registry.hpp, float and double,
// on seeded random bars and random valid parameters (kCases cases per property and type):
//   - batch == streaming (bitwise or 1e-12 relative) == a plain reference where one is given;
//   - causality: the value at bar i does not change when bars after i are removed;
//   - windowed indicators: the value at bar i equals a fresh computation on its window alone;
//   - shifting prices by c shifts overlap indicators by c and leaves oscillators unchanged;
//   - scaling prices by k scales them (by k, 1 or k^2 as the indicator says);
//   - bounded outputs stay in their bounds; spreads and variances are never negative.
// Each property is a plain statement of exact arithmetic; tolerances only absorb rounding.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

constexpr int kCases = 1000;  // per property, per indicator, per type: 2000 per indicator

// Random bars: length 0..300 (small lengths often), random walk around a random price level.
template <class T>
bars<T> random_case_bars(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> pick(0, 9);
  const int kind = pick(rng);
  const std::size_t n = kind == 0   ? static_cast<std::size_t>(uniform_int(rng, 0, 3))
                        : kind <= 3 ? static_cast<std::size_t>(uniform_int(rng, 4, 70))
                                    : static_cast<std::size_t>(uniform_int(rng, 71, 300));
  const double level = std::exp(std::uniform_real_distribution<double>(0.0, 9.0)(rng));  // 1..8000
  return random_bars<T>(n, rng(), level);
}

// Relative tolerance for two computations of the same value that may round differently.
template <class T>
constexpr double loose_tol() {
  return std::is_same_v<T, float> ? 2e-4 : 1e-9;
}

double max_abs(const std::vector<double>& v) {
  double m = 0;
  for (double x : v)
    if (std::isfinite(x)) m = std::max(m, std::abs(x));
  return m;
}

template <class T>
double max_abs_price(const bars<T>& b) {
  double m = 0;
  for (const auto* s : {&b.open, &b.high, &b.low, &b.close})
    for (T x : *s) m = std::max(m, std::abs(static_cast<double>(x)));
  return m;
}

template <class S>
std::vector<double> to_double(const S& s) {
  return std::vector<double>(s.begin(), s.end());
}

// Compares a and e (same NaN positions, |a - e| <= abs_tol elsewhere); reports the case on failure.
bool series_close(const std::vector<double>& a, const std::vector<double>& e, double abs_tol,
                  const std::string& what) {
  if (a.size() != e.size()) {
    ADD_FAILURE() << what << ": sizes " << a.size() << " vs " << e.size();
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::isnan(a[i]) && std::isnan(e[i])) continue;
    if (a[i] == e[i]) continue;
    if (std::isnan(a[i]) || std::isnan(e[i]) || !(std::abs(a[i] - e[i]) <= abs_tol)) {
      ADD_FAILURE() << what << " at bar " << i << " of " << a.size() << ": got " << a[i]
                    << ", expected " << e[i] << " (tolerance " << abs_tol << ")";
      return false;
    }
  }
  return true;
}

template <class T>
class Properties : public ::testing::Test {};
TYPED_TEST_SUITE(Properties, real_types);

// A pool of random series, generated once per type (generating bars costs more than most
// indicators); each case pairs one of them with fresh random parameters.
template <class T>
const std::vector<bars<T>>& bar_pool() {
  static const std::vector<bars<T>> pool = [] {
    std::mt19937_64 rng(10);
    std::vector<bars<T>> v;
    for (int i = 0; i < 400; ++i) v.push_back(random_case_bars<T>(rng));
    return v;
  }();
  return pool;
}

// Runs body(indicator, bars, params, rng, case description) on kCases random cases per indicator.
template <class T, class Body>
void for_cases(std::uint64_t seed, Body body) {
  const auto& pool = bar_pool<T>();
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(seed ^ std::hash<std::string>{}(ind.name));
    for (int c = 0; c < kCases; ++c) {
      const auto& b = pool[rng() % pool.size()];
      const auto q = ind.random_params(rng);
      const std::string what =
          ind.name + q.str() + " n=" + std::to_string(b.size()) + " case " + std::to_string(c);
      if (!body(ind, b, q, rng, what)) break;  // one failure per indicator is enough to read
    }
  }
}

TYPED_TEST(Properties, BatchEqualsStreamingEqualsReference) {
  using T = TypeParam;
  for_cases<T>(11, [](const indicator<T>& ind, const bars<T>& b, const params& q,
                      std::mt19937_64& /*rng*/, const std::string& what) {
    const auto batch = ind.batch(b, q);
    const auto stream = ind.stream(b, q);
    EXPECT_EQ(batch.size(), stream.size()) << what;
    const double scale = max_abs_price(b) + 1.0;
    bool ok = true;
    for (std::size_t k = 0; k < batch.size() && ok; ++k) {
      const auto bk = to_double(batch[k]);
      EXPECT_EQ(bk.size(), b.size()) << what;
      const int lb = ind.lookback(q);
      for (std::size_t i = 0; i < bk.size() && std::cmp_less(i, lb); ++i)
        if (!std::isnan(bk[i])) {
          ADD_FAILURE() << what << ": warm-up bar " << i << " is " << bk[i] << ", not NaN";
          return false;
        }
      ok = series_close(to_double(stream[k]), bk, tol<T>() * (max_abs(bk) + scale),
                        what + " streaming vs batch");
      if (ok && ind.reference) {
        const auto ref = ind.reference(b, q);
        ok = series_close(bk, ref[k], tol<T>() * (max_abs(ref[k]) + scale),
                          what + " batch vs reference");
      }
    }
    return ok;
  });
}

TYPED_TEST(Properties, NoLookAhead) {
  using T = TypeParam;
  for_cases<T>(12, [](const indicator<T>& ind, const bars<T>& b, const params& q,
                      std::mt19937_64& rng, const std::string& what) {
    if (b.size() == 0) return true;
    const auto cut = static_cast<std::size_t>(uniform_int(rng, 0, static_cast<int>(b.size())));
    const auto full = ind.batch(b, q);
    const auto part = ind.batch(prefix(b, cut), q);
    bool ok = true;
    for (std::size_t k = 0; k < full.size() && ok; ++k) {
      auto head = to_double(full[k]);
      head.resize(cut);
      ok = series_close(to_double(part[k]), head, 0.0, what + " prefix of " + std::to_string(cut));
    }
    return ok;
  });
}

TYPED_TEST(Properties, WindowedValueDependsOnItsWindowOnly) {
  using T = TypeParam;
  for_cases<T>(13, [](const indicator<T>& ind, const bars<T>& b, const params& q,
                      std::mt19937_64& rng, const std::string& what) {
    if (!ind.props_of(q).windowed || b.size() == 0) return true;
    const auto lb = static_cast<std::size_t>(ind.lookback(q));
    const auto full = ind.batch(b, q);
    const double scale = max_abs_price(b) + 1.0;
    for (int t = 0; t < 5; ++t) {
      const auto i = static_cast<std::size_t>(uniform_int(rng, 0, static_cast<int>(b.size()) - 1));
      if (i < lb) continue;
      const auto alone = ind.batch(slice(b, i - lb, i + 1), q);
      for (std::size_t k = 0; k < full.size(); ++k) {
        const double a = static_cast<double>(alone[k].back());
        const double e = static_cast<double>(full[k][i]);
        if (!(a == e || (std::isnan(a) && std::isnan(e)) ||
              std::abs(a - e) <= loose_tol<T>() * (std::abs(e) + scale))) {
          ADD_FAILURE() << what << ": bar " << i << " computed on its window alone is " << a
                        << ", in the whole series " << e;
          return false;
        }
      }
    }
    return true;
  });
}

TYPED_TEST(Properties, ShiftingPrices) {
  using T = TypeParam;
  for_cases<T>(14, [](const indicator<T>& ind, const bars<T>& b, const params& q,
                      std::mt19937_64& rng, const std::string& what) {
    const props pr = ind.props_of(q);
    if (pr.shift_rule == shift::none) return true;
    // Invariant indicators divide differences by differences (CCI, BOP, correl, AD): a shift's
    // rounding is amplified without bound as the divisor shrinks, so they are compared in double
    // only, to 1e-6 of their output scale (a formula that is not invariant errs by O(1)).
    if (pr.shift_rule == shift::invariant && std::is_same_v<T, float>) return true;
    // A shift that keeps prices positive; a multiple of 1/64 so it is exact in float too.
    const double c = std::round(std::uniform_real_distribution<double>(0.0, 2.0)(rng) *
                                max_abs_price(b) * 64.0) /
                     64.0;
    const auto moved = map_prices(b, [c](double x) { return x + c; });
    const auto base = ind.batch(b, q);
    const auto shifted = ind.batch(moved, q);
    const double scale = max_abs_price(moved) + 1.0;
    double out_scale = 1.0;
    for (const auto& o : base) out_scale = std::max(out_scale, max_abs(to_double(o)));
    const double tol =
        pr.shift_rule == shift::equivariant ? loose_tol<T>() * scale : 1e-6 * out_scale;
    bool ok = true;
    // Ranges and deviations near zero (stddev of two close prices) carry an absolute error of
    // about eps * spread^2 / value: compare them squared.
    const bool squared = pr.constant == on_constant::zero && pr.lo == 0.0;
    for (std::size_t k = 0; k < base.size() && ok; ++k) {
      auto expect = to_double(base[k]);
      auto got = to_double(shifted[k]);
      if (pr.shift_rule == shift::equivariant)
        for (double& x : expect) x += c;
      if (squared) {
        for (double& x : expect) x *= x;
        for (double& x : got) x *= x;
      }
      ok = series_close(got, expect, squared ? tol * scale : tol,
                        what + " shifted by " + std::to_string(c));
    }
    return ok;
  });
}

TYPED_TEST(Properties, ScalingPrices) {
  using T = TypeParam;
  for_cases<T>(15, [](const indicator<T>& ind, const bars<T>& b, const params& q,
                      std::mt19937_64& rng, const std::string& what) {
    const props pr = ind.props_of(q);
    if (pr.scale_rule == scale::none) return true;
    // Powers of two (exact in floating point) and an ordinary factor.
    // float: powers of two only, since rounding the scaled inputs to float would change them by
    // more than the tolerance (an input error of eps * level shows in a variance of the window).
    const double k = (std::is_same_v<T, float> || rng() % 2 == 0)
                         ? std::ldexp(1.0, uniform_int(rng, -6, 6))
                         : std::uniform_real_distribution<double>(0.1, 10.0)(rng);
    const auto scaled_in = map_prices(b, [k](double x) { return x * k; });
    const auto base = ind.batch(b, q);
    const auto scaled = ind.batch(scaled_in, q);
    const double factor = pr.scale_rule == scale::linear   ? k
                          : pr.scale_rule == scale::square ? k * k
                                                           : 1.0;
    bool ok = true;
    for (std::size_t j = 0; j < base.size() && ok; ++j) {
      auto expect = to_double(base[j]);
      for (double& x : expect) x *= factor;
      const double tol = loose_tol<T>() * (max_abs(expect) + (pr.hi < 1e300 ? 100.0 : 0.0));
      ok =
          series_close(to_double(scaled[j]), expect, tol, what + " scaled by " + std::to_string(k));
    }
    return ok;
  });
}

TYPED_TEST(Properties, OutputsStayInTheirBounds) {
  using T = TypeParam;
  for_cases<T>(16, [](const indicator<T>& ind, const bars<T>& b, const params& q,
                      std::mt19937_64& /*rng*/, const std::string& what) {
    const props pr = ind.props_of(q);
    if (pr.lo == -std::numeric_limits<double>::infinity() &&
        pr.hi == std::numeric_limits<double>::infinity())
      return true;
    for (const auto& out : ind.batch(b, q))
      for (std::size_t i = 0; i < out.size(); ++i) {
        const double x = static_cast<double>(out[i]);
        if (!std::isnan(x) && !(x >= pr.lo && x <= pr.hi)) {
          ADD_FAILURE() << what << ": bar " << i << " is " << x << ", outside [" << pr.lo << ", "
                        << pr.hi << "]";
          return false;
        }
      }
    return true;
  });
}

// Constant prices: overlap indicators equal the price, spreads are exactly zero (never negative).
TYPED_TEST(Properties, ConstantPrices) {
  using T = TypeParam;
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(17);
    for (int c = 0; c < 200; ++c) {
      const auto q = ind.random_params(rng);
      const props pr = ind.props_of(q);
      const T price = static_cast<T>(
          std::ldexp(1.0 + uniform_int(rng, 0, 1000) / 1000.0, uniform_int(rng, -10, 20)));
      const auto b = flat_bars<T>(static_cast<std::size_t>(uniform_int(rng, 0, 200)), price);
      const auto out = ind.batch(b, q);
      const auto lb = static_cast<std::size_t>(std::max(ind.lookback(q), 0));
      for (std::size_t i = lb; i < b.size(); ++i) {
        for (const auto& o : out) {
          const double x = static_cast<double>(o[i]);
          if (pr.constant == on_constant::zero) {
            ASSERT_NEAR(x, 0.0, loose_tol<T>() * static_cast<double>(price) * 1e-3)
                << ind.name << q.str() << " bar " << i;
            if (pr.lo == 0.0) {
              ASSERT_GE(x, 0.0) << ind.name << q.str() << " bar " << i;
            }
          } else if (pr.constant == on_constant::price) {
            ASSERT_NEAR(x, static_cast<double>(price), loose_tol<T>() * static_cast<double>(price))
                << ind.name << q.str() << " bar " << i;
          }
        }
      }
    }
  }
}

}  // namespace
