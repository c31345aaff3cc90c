// The rolling-window core, batch and streaming.
#include <taspan/rolling.hpp>

#include "bench_support.hpp"

namespace {

template <class T>
void BM_rolling_mean(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, state.range(2));
  std::vector<T> out(in.size());
  for (auto _ : state) {
    taspan::rolling_mean(in, out, static_cast<int>(state.range(1)));
    benchmark::DoNotOptimize(out.data());
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_rolling_mean<double>)->Apply(taspan_bench::grid);

template <class T>
void BM_rolling_mean_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, state.range(2));
  for (auto _ : state) {
    taspan::rolling_mean_stream<T> s(static_cast<int>(state.range(1)));
    for (T x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_rolling_mean_stream<double>)->Apply(taspan_bench::grid);

}  // namespace
