// Panel forms: 512 symbols x 10,000 bars, float and double, row-major and column-major.
// Counters: ns_per_elem (per panel element) and x_memcpy, the ratio to the ns per element of a
// memcpy of the same panel measured in the same process (median of 15 copies).
#include <taspan/panel.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

#include "bench_support.hpp"

namespace {

namespace tp = taspan::panel;
constexpr Eigen::Index kRows = 10'000;
constexpr Eigen::Index kCols = 512;

// Seeded random-walk panel (column j is taspan_bench::series with seed 42 + j).
template <class T, int Order>
const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order>& panel() {
  static const auto p = [] {
    Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order> m(kRows, kCols);
    for (Eigen::Index j = 0; j < kCols; ++j) {
      const auto s = taspan_bench::series<T>(kRows, 0, 42 + static_cast<std::uint64_t>(j));
      for (Eigen::Index i = 0; i < kRows; ++i) m(i, j) = s[static_cast<std::size_t>(i)];
    }
    return m;
  }();
  return p;
}

// ns per element of a memcpy of a kRows x kCols panel of T, median of 15 copies.
template <class T>
double memcpy_ns_per_elem() {
  static const double ns = [] {
    const auto n = static_cast<std::size_t>(kRows * kCols);
    std::vector<T> a(n, T(1)), b(n);
    std::vector<double> t;
    for (int r = 0; r < 15; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      std::memcpy(b.data(), a.data(), n * sizeof(T));
      benchmark::DoNotOptimize(b.data());
      benchmark::ClobberMemory();
      t.push_back(
          std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count());
    }
    std::nth_element(t.begin(), t.begin() + 7, t.end());
    return t[7] / static_cast<double>(n);
  }();
  return ns;
}

template <class T>
void report(benchmark::State& state) {
  const auto elems = static_cast<double>(kRows * kCols);
  state.SetBytesProcessed(state.iterations() * kRows * kCols *
                          static_cast<std::int64_t>(sizeof(T)));
  state.counters["ns_per_elem"] =
      benchmark::Counter(static_cast<double>(state.iterations()) * elems,
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["memcpy_ns_per_elem"] = memcpy_ns_per_elem<T>();
}

// x_memcpy is ns_per_elem / memcpy_ns_per_elem; computed after the run by the user-facing
// table script (benchmarks/README.md) from the two counters above.

template <class T>
void BM_panel_memcpy(benchmark::State& state) {
  const auto& in = panel<T, Eigen::RowMajor>();
  tp::row_major<T> out(kRows, kCols);
  for (auto _ : state) {
    std::memcpy(out.data(), in.data(), static_cast<std::size_t>(in.size()) * sizeof(T));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  report<T>(state);
}
BENCHMARK(BM_panel_memcpy<double>)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_panel_memcpy<float>)->Unit(benchmark::kMillisecond);

#define TASPAN_PANEL_BENCH(name, call)                                                             \
  template <class T, int Order>                                                                    \
  void BM_panel_##name(benchmark::State& state) {                                                  \
    const auto& in = panel<T, Order>();                                                            \
    Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order> out(kRows, kCols);                     \
    const int period = static_cast<int>(state.range(0));                                           \
    const int threads = static_cast<int>(state.range(1));                                          \
    for (auto _ : state) {                                                                         \
      call;                                                                                        \
      benchmark::DoNotOptimize(out.data());                                                        \
      benchmark::ClobberMemory();                                                                  \
    }                                                                                              \
    report<T>(state);                                                                              \
  }                                                                                                \
  BENCHMARK(BM_panel_##name<double, Eigen::RowMajor>)->Apply(args)->Unit(benchmark::kMillisecond); \
  BENCHMARK(BM_panel_##name<float, Eigen::RowMajor>)->Apply(args)->Unit(benchmark::kMillisecond);  \
  BENCHMARK(BM_panel_##name<double, Eigen::ColMajor>)->Apply(args)->Unit(benchmark::kMillisecond); \
  BENCHMARK(BM_panel_##name<float, Eigen::ColMajor>)->Apply(args)->Unit(benchmark::kMillisecond);

// {period, threads}
void args(benchmark::internal::Benchmark* b) { b->Args({20, 1})->Args({200, 1})->Args({20, 2}); }

TASPAN_PANEL_BENCH(sma, tp::sma(in, out, period, threads))

}  // namespace
