// The baseline: copying the input series. Ratios in benchmarks/README.md divide by this.
#include <cstring>

#include "bench_support.hpp"

namespace {

template <class T>
void BM_memcpy(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  std::vector<T> out(in.size());
  for (auto _ : state) {
    std::memcpy(out.data(), in.data(), in.size() * sizeof(T));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_memcpy<double>)->Arg(10'000)->Arg(1'000'000);
BENCHMARK(BM_memcpy<float>)->Arg(10'000)->Arg(1'000'000);

}  // namespace
