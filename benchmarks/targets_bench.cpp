// The rows of the speed targets (issue 14), n = 10^6, each named "target/<case>/<type>" so that
// benchmarks/run_targets.sh can run exactly these (plus the BM_panel_* rows) and compare each with
// "target/memcpy/<type>" of the same run. Bytes processed: one input series for every case (the
// targets divide by a memcpy of one series, also for the three-input atr, adx and stoch).
#include <cstring>
#include <string>
#include <taspan/momentum/adx.hpp>
#include <taspan/momentum/macd.hpp>
#include <taspan/momentum/rsi.hpp>
#include <taspan/momentum/stoch.hpp>
#include <taspan/overlap/bbands.hpp>
#include <taspan/overlap/ema.hpp>
#include <taspan/overlap/sma.hpp>
#include <taspan/rolling.hpp>
#include <taspan/volatility/atr.hpp>

#include "bench_support.hpp"

namespace {

constexpr std::int64_t kBars = 1'000'000;

template <class T>
const char* type_name() {
  return sizeof(T) == sizeof(double) ? "double" : "float";
}

// Registers "target/<name>/<type>" running f(bars, out) once per iteration.
template <class T, class F>
void batch(const std::string& name, std::int64_t shape, F f) {
  benchmark::RegisterBenchmark(
      ("target/" + name + "/" + type_name<T>()).c_str(), [shape, f](benchmark::State& state) {
        auto b = taspan_bench::random_bars<T>(kBars, shape);
        std::vector<T> out(b.close.size()), out2(out.size()), out3(out.size());
        for (auto _ : state) {
          f(b, out, out2, out3);
          benchmark::DoNotOptimize(out.data());
          benchmark::ClobberMemory();
        }
        taspan_bench::set_bytes(state, kBars, sizeof(T));
      });
}

// Registers "target/<name>_stream/<type>": one update per bar of a stream made by make().
template <class T, class Make>
void stream(const std::string& name, Make make) {
  benchmark::RegisterBenchmark(("target/" + name + "_stream/" + type_name<T>()).c_str(),
                               [make](benchmark::State& state) {
                                 const auto in = taspan_bench::series<T>(kBars, 0);
                                 for (auto _ : state) {
                                   auto s = make();
                                   for (T x : in) benchmark::DoNotOptimize(s.update(x));
                                 }
                                 taspan_bench::set_bytes(state, kBars, sizeof(T));
                               });
}

template <class T>
void register_batch() {
  using bars = taspan_bench::bars<T>;
  using vec = std::vector<T>;
  batch<T>("memcpy", 0, [](const bars& b, vec& o, vec&, vec&) {
    std::memcpy(o.data(), b.close.data(), o.size() * sizeof(T));
  });
  for (int p : {14, 200}) {
    const std::string w = std::to_string(p);
    batch<T>("sma_" + w, 0, [p](const bars& b, vec& o, vec&, vec&) { taspan::sma(b.close, o, p); });
    batch<T>("stddev_" + w, 0,
             [p](const bars& b, vec& o, vec&, vec&) { taspan::rolling_stddev(b.close, o, p); });
    for (const auto& [shape, label] : {std::pair{0, "walk"}, {1, "rising"}, {2, "falling"}}) {
      batch<T>("max_" + w + "_" + label, shape,
               [p](const bars& b, vec& o, vec&, vec&) { taspan::rolling_max(b.close, o, p); });
      batch<T>("min_" + w + "_" + label, shape,
               [p](const bars& b, vec& o, vec&, vec&) { taspan::rolling_min(b.close, o, p); });
    }
  }
  batch<T>("ema_14", 0, [](const bars& b, vec& o, vec&, vec&) { taspan::ema(b.close, o, 14); });
  batch<T>("bbands_14", 0, [](const bars& b, vec& u, vec& m, vec& l) {
    taspan::bbands(b.close, u, m, l, 14, 2.0, 2.0);
  });
  batch<T>("macd_12_26_9", 0,
           [](const bars& b, vec& m, vec& s, vec& h) { taspan::macd(b.close, m, s, h); });
  batch<T>("rsi_14", 0, [](const bars& b, vec& o, vec&, vec&) { taspan::rsi(b.close, o, 14); });
  batch<T>("atr_14", 0,
           [](const bars& b, vec& o, vec&, vec&) { taspan::atr(b.high, b.low, b.close, o, 14); });
  batch<T>("adx_14", 0,
           [](const bars& b, vec& o, vec&, vec&) { taspan::adx(b.high, b.low, b.close, o, 14); });
  batch<T>("stoch_14_3_3", 0, [](const bars& b, vec& k, vec& d, vec&) {
    taspan::stoch(b.high, b.low, b.close, k, d, 14, 3, taspan::ma_type::sma, 3,
                  taspan::ma_type::sma);
  });
}

template <class T>
void register_streams() {
  stream<T>("sma_14", [] { return taspan::sma_stream<T>(14); });
  stream<T>("ema_14", [] { return taspan::ema_stream<T>(14); });
  stream<T>("rsi_14", [] { return taspan::rsi_stream<T>(14); });
  stream<T>("max_14", [] { return taspan::rolling_max_stream<T>(14); });
  stream<T>("min_14", [] { return taspan::rolling_min_stream<T>(14); });
  stream<T>("bbands_14", [] { return taspan::bbands_stream<T>(14, 2.0, 2.0); });
  stream<T>("macd_12_26_9", [] { return taspan::macd_stream<T>(); });
}

const bool registered = [] {
  register_batch<double>();
  register_batch<float>();
  register_streams<double>();
  return true;
}();

}  // namespace
