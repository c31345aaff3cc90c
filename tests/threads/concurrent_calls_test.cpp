// Thread safety: 8 threads call every indicator in tests/support/indicator_registry.hpp at once,
// batch and streaming, float and double, on the same shared const inputs, and every result must
// equal (bitwise) the single-threaded result. taspan has no global state, so any data race here
// is a bug; run under the `tsan` preset (ThreadSanitizer) it is also checked for races directly.

#include <atomic>
#include <thread>
#include <vector>

#include "indicator_registry.hpp"
#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using namespace taspan_test::reg;

constexpr int kThreads = 8;
constexpr int kRounds = 3;

template <class T>
class Threads : public ::testing::Test {};
TYPED_TEST_SUITE(Threads, real_types);

template <class T>
struct job {
  const indicator<T>* ind;
  params q;
  outputs<T> batch;  // single-threaded results
  outputs<T> stream;
};

bool identical(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

template <class T>
bool same(const outputs<T>& a, const outputs<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k].size() != b[k].size()) return false;
    for (std::size_t i = 0; i < a[k].size(); ++i)
      if (!identical(static_cast<double>(a[k][i]), static_cast<double>(b[k][i]))) return false;
  }
  return true;
}

TYPED_TEST(Threads, EightThreadsGetTheSingleThreadedResults) {
  using T = TypeParam;
  const auto indicators = all_indicators<T>();
  const bars<T> shared = random_bars<T>(2000, 99);  // one const input read by all threads
  std::vector<job<T>> jobs;
  std::mt19937_64 rng(5);
  for (const auto& ind : indicators)
    for (int v = 0; v < 3; ++v) jobs.push_back({&ind, ind.random_params(rng), {}, {}});
  for (auto& j : jobs) {
    j.batch = j.ind->batch(shared, j.q);
    j.stream = j.ind->stream(shared, j.q);
  }

  std::atomic<int> mismatches{0};
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();  // start together
      for (int r = 0; r < kRounds; ++r)
        for (std::size_t n = 0; n < jobs.size(); ++n) {
          // Each thread walks the jobs from a different place, so different indicators overlap.
          const auto& j = jobs[(n + static_cast<std::size_t>(t) * 7) % jobs.size()];
          if (!same(j.ind->batch(shared, j.q), j.batch)) mismatches.fetch_add(1);
          if (!same(j.ind->stream(shared, j.q), j.stream)) mismatches.fetch_add(1);
        }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_GE(jobs.size(), 3U * indicators.size());
}

// Streams are independent objects: one stream per thread, fed concurrently, equal batch.
TYPED_TEST(Threads, OneStreamPerThreadMatchesBatch) {
  using T = TypeParam;
  const bars<T> shared = random_bars<T>(3000, 100);
  for (const auto& ind : all_indicators<T>()) {
    std::mt19937_64 rng(6);
    const auto q = ind.random_params(rng);
    const auto expected = ind.stream(shared, q);
    std::vector<outputs<T>> got(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] { got[static_cast<std::size_t>(t)] = ind.stream(shared, q); });
    for (auto& th : threads) th.join();
    for (const auto& g : got) EXPECT_TRUE(same(g, expected)) << ind.name << q.str();
  }
}

}  // namespace
