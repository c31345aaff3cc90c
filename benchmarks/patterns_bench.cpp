// Patterns: pivots, swings and breakouts over random-walk and monotone bars (high, low, close
// are the inputs counted in bytes processed).
#include <taspan/patterns.hpp>

#include "bench_support.hpp"

namespace {

template <class T>
void BM_pivots(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, state.range(2));
  const int side = static_cast<int>(state.range(1));
  for (auto _ : state) {
    auto p = taspan::pivots(b.high, b.low, side, side);
    benchmark::DoNotOptimize(p.data());
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 2);
}
BENCHMARK(BM_pivots<double>)
    ->Args({1'000'000, 2, 0})
    ->Args({1'000'000, 10, 0})
    ->Args({1'000'000, 10, 1});

template <class T>
void BM_swings(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, state.range(1));
  for (auto _ : state) {
    auto s = taspan::swings(b.high, b.low, taspan::swing_threshold::percent(1.0));
    benchmark::DoNotOptimize(s.data());
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 2);
}
BENCHMARK(BM_swings<double>)->Args({1'000'000, 0})->Args({1'000'000, 1});

// range.0: n, range.1: period, range.2: shape, range.3: method.
template <class T>
void BM_breakouts(benchmark::State& state) {
  const auto n = state.range(0);
  const auto b = taspan_bench::random_bars<T>(n, state.range(2));
  taspan::breakout_options o;
  o.period = static_cast<int>(state.range(1));
  o.method = static_cast<taspan::breakout_method>(state.range(3));
  o.sides = taspan::breakout_sides::both;
  o.min_bars = 20;
  for (auto _ : state) {
    auto e = taspan::breakouts(b.high, b.low, b.close, o);
    benchmark::DoNotOptimize(e.data());
  }
  taspan_bench::set_bytes(state, n, sizeof(T), 3);
}
BENCHMARK(BM_breakouts<double>)
    ->Args({1'000'000, 20, 0, 0})
    ->Args({1'000'000, 200, 0, 0})
    ->Args({1'000'000, 200, 1, 0})
    ->Args({1'000'000, 20, 0, 2})
    ->Args({1'000'000, 20, 0, 3});

}  // namespace
