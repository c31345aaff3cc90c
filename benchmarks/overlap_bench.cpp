// The moving-average family: EMA, BBANDS and MACD, batch and streaming (double, random walk).
// Args: {n, period}; MACD uses TA-Lib's 12/26/9.
#include <taspan/momentum/macd.hpp>
#include <taspan/overlap/bbands.hpp>
#include <taspan/overlap/ema.hpp>

#include "bench_support.hpp"

namespace {

void sizes_periods(benchmark::internal::Benchmark* b) {
  for (std::int64_t n : {10'000, 1'000'000})
    for (std::int64_t p : {14, 200}) b->Args({n, p});
}

template <class T>
void BM_ema(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  std::vector<T> out(in.size());
  for (auto _ : state) {
    taspan::ema(in, out, static_cast<int>(state.range(1)));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_ema<double>)->Apply(sizes_periods);

template <class T>
void BM_ema_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  for (auto _ : state) {
    taspan::ema_stream<T> s(static_cast<int>(state.range(1)));
    for (T x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_ema_stream<double>)->Apply(sizes_periods);

template <class T>
void BM_bbands(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  std::vector<T> up(in.size()), mid(in.size()), lo(in.size());
  for (auto _ : state) {
    taspan::bbands(in, up, mid, lo, static_cast<int>(state.range(1)));
    benchmark::DoNotOptimize(up.data());
    benchmark::DoNotOptimize(lo.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_bbands<double>)->Apply(sizes_periods);

template <class T>
void BM_bbands_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  for (auto _ : state) {
    taspan::bbands_stream<T> s(static_cast<int>(state.range(1)));
    for (T x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_bbands_stream<double>)->Apply(sizes_periods);

template <class T>
void BM_macd(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  std::vector<T> m(in.size()), s(in.size()), h(in.size());
  for (auto _ : state) {
    taspan::macd(in, m, s, h);
    benchmark::DoNotOptimize(m.data());
    benchmark::DoNotOptimize(h.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_macd<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_macd_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  for (auto _ : state) {
    taspan::macd_stream<T> s;
    for (T x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_macd_stream<double>)->Arg(10'000)->Arg(1'000'000);

}  // namespace
