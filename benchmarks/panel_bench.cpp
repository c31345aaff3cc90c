// Panel forms: 512 symbols x 10,000 bars, float and double, row-major and column-major.
// Counters: kernel_ns_per_elem, CPU ns per panel element (per output element for ATR, which
// reads three panels), and x_memcpy: the kernel's CPU time divided by that of a memcpy of the
// same input panel, run right after the kernel in every iteration, so both see the same machine
// load (on a shared machine, separate runs of memcpy and kernel are not comparable).
#include <taspan/panel.hpp>

#include <algorithm>
#include <cstring>
#include <ctime>
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

// Extra output panels (bbands' middle and lower), allocated once per type and order.
template <class T, int Order, int K>
Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order>& scratch() {
  static Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order> m(kRows, kCols);
  return m;
}

// CPU time of this thread: on a shared machine it excludes the time other processes run.
inline double thread_cpu_ns() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e9 + static_cast<double>(t.tv_nsec);
}

template <class T>
void report(benchmark::State& state, std::int64_t inputs = 1) {
  state.SetBytesProcessed(state.iterations() * kRows * kCols * inputs *
                          static_cast<std::int64_t>(sizeof(T)));
  state.counters["ns_per_elem"] =
      benchmark::Counter(static_cast<double>(state.iterations() * kRows * kCols),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

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

#define TASPAN_PANEL_BENCH(name, inputs, call, args)                                               \
  template <class T, int Order>                                                                    \
  void BM_panel_##name(benchmark::State& state) {                                                  \
    const auto& in = panel<T, Order>();                                                            \
    Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order> out(kRows, kCols), copy(kRows, kCols); \
    const int period = static_cast<int>(state.range(0));                                           \
    const int threads = static_cast<int>(state.range(1));                                          \
    double kernel_ns = 0, memcpy_ns = 0;                                                           \
    for (auto _ : state) {                                                                         \
      const double t0 = thread_cpu_ns();                                                           \
      call;                                                                                        \
      benchmark::DoNotOptimize(out.data());                                                        \
      benchmark::ClobberMemory();                                                                  \
      const double t1 = thread_cpu_ns();                                                           \
      std::memcpy(copy.data(), in.data(), static_cast<std::size_t>(in.size()) * sizeof(T));        \
      benchmark::DoNotOptimize(copy.data());                                                       \
      benchmark::ClobberMemory();                                                                  \
      kernel_ns += t1 - t0;                                                                        \
      memcpy_ns += thread_cpu_ns() - t1;                                                           \
    }                                                                                              \
    report<T>(state, inputs);                                                                      \
    state.counters["x_memcpy"] = kernel_ns / memcpy_ns;                                            \
    state.counters["kernel_ns_per_elem"] =                                                         \
        kernel_ns / static_cast<double>(state.iterations() * kRows * kCols);                       \
  }                                                                                                \
  BENCHMARK(BM_panel_##name<double, Eigen::RowMajor>)                                              \
      ->args->Iterations(8)                                                                        \
      ->Unit(benchmark::kMillisecond);                                                             \
  BENCHMARK(BM_panel_##name<float, Eigen::RowMajor>)                                               \
      ->args->Iterations(8)                                                                        \
      ->Unit(benchmark::kMillisecond);                                                             \
  BENCHMARK(BM_panel_##name<double, Eigen::ColMajor>)                                              \
      ->args->Iterations(8)                                                                        \
      ->Unit(benchmark::kMillisecond);                                                             \
  BENCHMARK(BM_panel_##name<float, Eigen::ColMajor>)                                               \
      ->args->Iterations(8)                                                                        \
      ->Unit(benchmark::kMillisecond);

// Args: {period, threads}. ATR passes the one panel as high, low and close: the kernel's work
// does not depend on the values.
TASPAN_PANEL_BENCH(sma, 1, tp::sma(in, out, period, threads), Args({20, 1})->Args({200, 1}))
TASPAN_PANEL_BENCH(ema, 1, tp::ema(in, out, period, taspan::ema_seed::sma, threads), Args({20, 1}))
TASPAN_PANEL_BENCH(rolling_max, 1, tp::rolling_max(in, out, period, threads),
                   Args({20, 1})->Args({200, 1}))
TASPAN_PANEL_BENCH(rolling_min, 1, tp::rolling_min(in, out, period, threads), Args({20, 1}))
TASPAN_PANEL_BENCH(rsi, 1, tp::rsi(in, out, period, threads), Args({14, 1}))
// stddev: TA-Lib STDDEV (population, nbdev 1). bbands: SMA middle, 2/2 nbdev, three output panels
// (ns_per_elem and x_memcpy per input element).
TASPAN_PANEL_BENCH(stddev, 1, tp::stddev(in, out, period, 1.0, threads),
                   Args({20, 1})->Args({200, 1}))
TASPAN_PANEL_BENCH(bbands, 1,
                   tp::bbands(in, out, scratch<T, Order, 0>(), scratch<T, Order, 1>(), period, 2.0,
                              2.0, taspan::ma_type::sma, threads),
                   Args({20, 1}))
TASPAN_PANEL_BENCH(atr, 3, tp::atr(in, in, in, out, period, taspan::wilder_seed::talib, threads),
                   Args({14, 1}))

}  // namespace
