// The Wilder family: rsi, atr, adx, batch and streaming, period 14, random walk, n = 1e4 and 1e6.
// Bytes processed = the input series (1 for rsi, 3 for atr/adx); compare with BM_memcpy (one
// series) and BM_memcpy_hlc (three series copied) of the same n in the same run.
#include <cstring>
#include <taspan/momentum/adx.hpp>
#include <taspan/momentum/rsi.hpp>
#include <taspan/volatility/atr.hpp>

#include "bench_support.hpp"

namespace {

constexpr int period = 14;

// Baseline for the three-input indicators: copy high, low and close.
template <class T>
void BM_memcpy_hlc(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, 0);
  std::vector<T> h(b.high.size()), l(b.low.size()), c(b.close.size());
  for (auto _ : state) {
    std::memcpy(h.data(), b.high.data(), h.size() * sizeof(T));
    std::memcpy(l.data(), b.low.data(), l.size() * sizeof(T));
    std::memcpy(c.data(), b.close.data(), c.size() * sizeof(T));
    benchmark::DoNotOptimize(h.data());
    benchmark::DoNotOptimize(l.data());
    benchmark::DoNotOptimize(c.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 3);
}
BENCHMARK(BM_memcpy_hlc<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_rsi(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  std::vector<T> out(in.size());
  for (auto _ : state) {
    taspan::rsi(in, out, period);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_rsi<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_rsi_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto in = taspan_bench::series<T>(n, 0);
  for (auto _ : state) {
    taspan::rsi_stream<T> s(period);
    for (T x : in) benchmark::DoNotOptimize(s.update(x));
  }
  taspan_bench::set_bytes(state, n, sizeof(T));
}
BENCHMARK(BM_rsi_stream<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_atr(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, 0);
  std::vector<T> out(b.close.size());
  for (auto _ : state) {
    taspan::atr(b.high, b.low, b.close, out, period);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 3);
}
BENCHMARK(BM_atr<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_atr_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, 0);
  for (auto _ : state) {
    taspan::atr_stream<T> s(period);
    for (std::size_t i = 0; i < b.close.size(); ++i)
      benchmark::DoNotOptimize(s.update(b.high[i], b.low[i], b.close[i]));
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 3);
}
BENCHMARK(BM_atr_stream<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_adx(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, 0);
  std::vector<T> out(b.close.size());
  for (auto _ : state) {
    taspan::adx(b.high, b.low, b.close, out, period);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 3);
}
BENCHMARK(BM_adx<double>)->Arg(10'000)->Arg(1'000'000);

template <class T>
void BM_adx_stream(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, 0);
  for (auto _ : state) {
    taspan::adx_stream<T> s(period);
    for (std::size_t i = 0; i < b.close.size(); ++i)
      benchmark::DoNotOptimize(s.update(b.high[i], b.low[i], b.close[i]));
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 3);
}
BENCHMARK(BM_adx_stream<double>)->Arg(10'000)->Arg(1'000'000);

}  // namespace
