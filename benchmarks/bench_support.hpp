#pragma once
// Shared benchmark inputs and conventions.
//   Args: {n, window, shape}; shape 0 = random walk, 1 = monotone up (worst case for naive max),
//   2 = monotone down (worst case for naive min; TA-Lib's MAX rescans its window on every bar).
//   Every benchmark calls SetBytesProcessed with the bytes of its input series so that its
//   bytes/second compare directly with BM_memcpy of the same n.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

namespace taspan_bench {

template <class T>
std::vector<T> series(std::int64_t n, std::int64_t shape, std::uint64_t seed = 42) {
  std::vector<T> v(static_cast<std::size_t>(n));
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> d(0.0, 1.0);
  double x = 1000.0;
  for (auto& e : v) {
    x = shape == 1 ? x + 0.25 : shape == 2 ? x - 0.25 : x + d(rng);
    e = static_cast<T>(x);
  }
  return v;
}

// Random bars for OHLCV indicators: high >= close >= low.
template <class T>
struct bars {
  std::vector<T> high, low, close, volume;
};
template <class T>
bars<T> random_bars(std::int64_t n, std::int64_t shape) {
  bars<T> b;
  b.close = series<T>(n, shape);
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> w(0.0, 2.0);
  for (T c : b.close) {
    b.high.push_back(static_cast<T>(c + w(rng)));
    b.low.push_back(static_cast<T>(c - w(rng)));
    b.volume.push_back(static_cast<T>(1e5 + 1e5 * w(rng)));
  }
  return b;
}

inline void set_bytes(benchmark::State& state, std::int64_t n, std::int64_t element_size,
                      std::int64_t inputs = 1) {
  state.SetBytesProcessed(state.iterations() * n * element_size * inputs);
  state.counters["ns_per_bar"] =
      benchmark::Counter(static_cast<double>(state.iterations() * n),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// The standard argument grid: n = 1e4, 1e6; window 14, 200; random walk and monotone.
inline void grid(benchmark::internal::Benchmark* b) {
  for (std::int64_t n : {10'000, 1'000'000})
    for (std::int64_t w : {14, 200})
      for (std::int64_t shape : {0, 1}) b->Args({n, w, shape});
}

}  // namespace taspan_bench
