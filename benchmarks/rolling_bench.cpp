// The rolling-window core, batch and streaming: mean, stddev, max, min, minmax.
// Args {n, window, shape} from taspan_bench::grid; compare ns_per_bar with BM_memcpy of the same n.
#include <taspan/rolling.hpp>

#include "bench_support.hpp"

namespace {

// Batch: f(in, out, window) into caller memory.
template <class T, class F>
void run_batch(benchmark::State& state, F f) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, state.range(2));
  std::vector<T> out(in.size());
  const int w = static_cast<int>(state.range(1));
  for (auto _ : state) {
    f(in, out, w);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}

// Streaming: one update per bar through a stream built before the timed loop's pass.
template <class Stream, class T>
void run_stream(benchmark::State& state) {
  using V = T;
  const auto n = state.range(0);
  const auto in = taspan_bench::series<V>(n, state.range(2));
  const int w = static_cast<int>(state.range(1));
  for (auto _ : state) {
    Stream s(w);
    for (V x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(V));
}

template <class T>
void BM_rolling_mean(benchmark::State& state) {
  run_batch<T>(state, [](const auto& in, auto& out, int w) { taspan::rolling_mean(in, out, w); });
}
template <class T>
void BM_rolling_stddev(benchmark::State& state) {
  run_batch<T>(state, [](const auto& in, auto& out, int w) { taspan::rolling_stddev(in, out, w); });
}
template <class T>
void BM_rolling_max(benchmark::State& state) {
  run_batch<T>(state, [](const auto& in, auto& out, int w) { taspan::rolling_max(in, out, w); });
}
template <class T>
void BM_rolling_min(benchmark::State& state) {
  run_batch<T>(state, [](const auto& in, auto& out, int w) { taspan::rolling_min(in, out, w); });
}
// minmax writes two outputs: bytes counted for the one input, like the others.
template <class T>
void BM_rolling_minmax(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, state.range(2));
  std::vector<T> lo(in.size()), hi(in.size());
  const int w = static_cast<int>(state.range(1));
  for (auto _ : state) {
    taspan::rolling_minmax(in, lo, hi, w);
    benchmark::DoNotOptimize(lo.data());
    benchmark::DoNotOptimize(hi.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}

template <class T>
void BM_rolling_mean_stream(benchmark::State& state) {
  run_stream<taspan::rolling_mean_stream<T>, T>(state);
}
template <class T>
void BM_rolling_stddev_stream(benchmark::State& state) {
  run_stream<taspan::rolling_stddev_stream<T>, T>(state);
}
template <class T>
void BM_rolling_max_stream(benchmark::State& state) {
  run_stream<taspan::rolling_max_stream<T>, T>(state);
}
template <class T>
void BM_rolling_min_stream(benchmark::State& state) {
  run_stream<taspan::rolling_min_stream<T>, T>(state);
}
template <class T>
void BM_rolling_minmax_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, state.range(2));
  const int w = static_cast<int>(state.range(1));
  for (auto _ : state) {
    taspan::rolling_minmax_stream<T> s(w);
    for (T x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}

BENCHMARK(BM_rolling_mean<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_stddev<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_max<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_min<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_minmax<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_mean_stream<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_stddev_stream<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_max_stream<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_min_stream<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_minmax_stream<double>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_mean<float>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_stddev<float>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_max<float>)->Apply(taspan_bench::grid);
BENCHMARK(BM_rolling_minmax<float>)->Apply(taspan_bench::grid);

}  // namespace
