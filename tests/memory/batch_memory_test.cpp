// Batch memory is O(min(period, n)): a period of taspan::max_period on a short series allocates
// nothing sized by the period (it was gigabytes: wma, trima, kama, hma, vwma, bbands, macdext,
// cci, ultosc, mfi, willr, aroon, aroonosc, stochrsi). Every integer parameter of every catalog
// entry at max_period, with every moving-average type, float and double; the bytes in use during
// the call are counted by this executable's own operator new.

#include <sys/resource.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>
#include <random>
#include <string>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/core/error.hpp"
#include "taspan_test.hpp"

namespace {

std::atomic<std::size_t> in_use{0};
std::atomic<std::size_t> high_water{0};
constexpr std::size_t header = 16;  // keeps the alignment of operator new

}  // namespace

void* operator new(std::size_t n) {
  void* p = std::malloc(n + header);  // NOLINT(cppcoreguidelines-no-malloc)
  if (p == nullptr) throw std::bad_alloc();
  *static_cast<std::size_t*>(p) = n;
  const std::size_t now = in_use += n;
  std::size_t seen = high_water.load();
  while (now > seen && !high_water.compare_exchange_weak(seen, now)) {
  }
  return static_cast<char*>(p) + header;
}
void operator delete(void* p) noexcept {
  if (p == nullptr) return;
  char* block = static_cast<char*>(p) - header;
  in_use -= *reinterpret_cast<std::size_t*>(block);
  std::free(block);  // NOLINT(cppcoreguidelines-no-malloc)
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;
using taspan::catalog::param_kind;

// Every parameter set with one integer slot at max_period; each moving-average slot takes every
// type in turn.
std::vector<params> extreme_params(const indicator<double>& ind, params base) {
  std::vector<params> out;
  const auto& ps = ind.entry->params;
  for (std::size_t k = 0; k < ps.size(); ++k) {
    if (ps[k].kind != param_kind::integer) continue;
    params q = base;
    q.v[k] = taspan::max_period;
    out.push_back(q);
    for (std::size_t m = 0; m < ps.size(); ++m) {
      if (ps[m].kind != param_kind::ma_type) continue;
      for (const auto& c : ps[m].choices) {
        params r = q;
        r.v[m] = c.value;
        out.push_back(r);
      }
    }
  }
  return out;
}

template <class T>
class BatchMemory : public ::testing::Test {};
TYPED_TEST_SUITE(BatchMemory, real_types);

TYPED_TEST(BatchMemory, HugePeriodsOnShortSeries) {
  using T = TypeParam;
  const std::size_t n = 200;
  const bars<T> b = random_bars<T>(n, 11);
  const auto doubles = all_indicators<double>();
  const auto typed = all_indicators<T>();
  const std::size_t bound = 64 * 1024 + 16 * n * sizeof(T);  // outputs and bookkeeping
  int calls = 0;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    std::mt19937_64 rng(std::hash<std::string>{}(typed[i].name));
    for (const params& q : extreme_params(doubles[i], typed[i].random_params(rng))) {
      const std::size_t before = in_use.load();
      high_water = before;
      outputs<T> out;
      try {
        out = typed[i].batch(b, q);
      } catch (const taspan::error&) {
        continue;  // a combination the library rejects (e.g. fast > slow)
      }
      ++calls;
      EXPECT_LE(high_water.load() - before, bound) << typed[i].name << q.str();
      const int lb = typed[i].lookback(q);
      if (lb >= 0 && static_cast<std::size_t>(lb) < n) continue;
      for (const auto& o : out) {
        for (T v : o) {
          ASSERT_TRUE(std::isnan(v)) << typed[i].name << q.str();
        }
      }
    }
  }
  EXPECT_GE(calls, 100);
}

// The counter sees the allocations it must: an O(n) batch call is measured as such.
TEST(BatchMemory, CounterSeesAllocations) {
  const std::vector<double> x(100000, 1.0);
  const std::size_t before = in_use.load();
  high_water = before;
  const auto y = taspan::sma(x, 10);
  EXPECT_GE(high_water.load() - before, x.size() * sizeof(double));
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TASPAN_NO_ADDRESS_LIMIT 1  // sanitizers reserve terabytes of shadow address space
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define TASPAN_NO_ADDRESS_LIMIT 1
#endif
#endif

// Streams keep O(period) state. Under a 512 MiB address-space limit, every stream at max_period
// either fits or throws taspan::error: std::bad_alloc never leaves a constructor (it would end
// the child with an uncaught exception here).
TEST(StreamMemory, WindowsThatDoNotFitThrowTaspanError) {
#ifdef TASPAN_NO_ADDRESS_LIMIT
  GTEST_SKIP() << "address-space limits do not mix with sanitizers";
#else
  const auto check = [] {
    const rlimit limit{512UL << 20, 512UL << 20};
    if (setrlimit(RLIMIT_AS, &limit) != 0) std::exit(3);
    int refused = 0;
    for (const auto& ind : all_indicators<double>()) {
      std::mt19937_64 rng(std::hash<std::string>{}(ind.name));
      const params base = ind.random_params(rng);
      for (std::size_t k = 0; k < base.v.size(); ++k) {
        if (ind.entry->params[k].kind != param_kind::integer) continue;
        params q = base;
        q.v[k] = taspan::max_period;
        try {
          (void)ind.stream(bars<double>{}, q);
        } catch (const taspan::error& e) {
          if (std::string(e.what()).find("cannot be allocated") != std::string::npos) ++refused;
        }
      }
    }
    std::exit(refused >= 20 ? 0 : 4);
  };
  EXPECT_EXIT(check(), ::testing::ExitedWithCode(0), "");
#endif
}

}  // namespace
