// Panel forms: 512 symbols x 10,000 bars, float and double, row-major and column-major.
// Counter ns_per_elem: CPU ns per panel element (per output element for ATR, which reads three
// panels). The ratios in benchmarks/README.md divide it by BM_panel_memcpy's ns_per_elem of the
// same value type in the same run (a memcpy of one whole panel).
#include <taspan/panel.hpp>

#include <algorithm>
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

#define TASPAN_PANEL_BENCH(name, inputs, call, args)                                        \
  template <class T, int Order>                                                             \
  void BM_panel_##name(benchmark::State& state) {                                           \
    const auto& in = panel<T, Order>();                                                     \
    Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order> out(kRows, kCols);              \
    const int period = static_cast<int>(state.range(0));                                    \
    const int threads = static_cast<int>(state.range(1));                                   \
    for (auto _ : state) {                                                                  \
      call;                                                                                 \
      benchmark::DoNotOptimize(out.data());                                                 \
      benchmark::ClobberMemory();                                                           \
    }                                                                                       \
    report<T>(state, inputs);                                                               \
  }                                                                                         \
  BENCHMARK(BM_panel_##name<double, Eigen::RowMajor>)->args->Unit(benchmark::kMillisecond); \
  BENCHMARK(BM_panel_##name<float, Eigen::RowMajor>)->args->Unit(benchmark::kMillisecond);  \
  BENCHMARK(BM_panel_##name<double, Eigen::ColMajor>)->args->Unit(benchmark::kMillisecond); \
  BENCHMARK(BM_panel_##name<float, Eigen::ColMajor>)->args->Unit(benchmark::kMillisecond);

// Args: {period, threads}. ATR passes the one panel as high, low and close: the kernel's work
// does not depend on the values.
TASPAN_PANEL_BENCH(sma, 1, tp::sma(in, out, period, threads),
                   Args({20, 1})->Args({200, 1})->Args({20, 2}))
TASPAN_PANEL_BENCH(ema, 1, tp::ema(in, out, period, taspan::ema_seed::sma, threads),
                   Args({20, 1})->Args({20, 2}))
TASPAN_PANEL_BENCH(rolling_max, 1, tp::rolling_max(in, out, period, threads),
                   Args({20, 1})->Args({200, 1}))
TASPAN_PANEL_BENCH(rolling_min, 1, tp::rolling_min(in, out, period, threads), Args({20, 1}))
TASPAN_PANEL_BENCH(rsi, 1, tp::rsi(in, out, period, threads), Args({14, 1}))
TASPAN_PANEL_BENCH(atr, 3, tp::atr(in, in, in, out, period, taspan::wilder_seed::talib, threads),
                   Args({14, 1}))

}  // namespace
