// taspan beside TA-Lib 0.6 (C core from the npm package talib 2.0.5) and tulip indicators (the
// amalgamation in the npm package tulind 0.8.20), same kernels, same input, same flags, one
// binary, with a memcpy of the input as the baseline. Built and run by benchmarks/peers/run.sh;
// not part of the CMake build (nothing of the peers is vendored).
// Names: "<kernel>/<library>"; counter ns_per_bar. n = 10^6 doubles, seeded random walk.
#include <benchmark/benchmark.h>

#include <cstring>
#include <functional>
#include <string>
#include <taspan/taspan.hpp>
#include <vector>

#include "../bench_support.hpp"

extern "C" {
#include "indicators.h"
#include "ta_libc.h"
}

namespace {

constexpr std::int64_t kBars = 1'000'000;

struct input {
  taspan_bench::bars<double> b = taspan_bench::random_bars<double>(kBars, 0);
  std::vector<double> falling = taspan_bench::series<double>(kBars, 2);
};
const input& data() {
  static const input in;
  return in;
}

// Output buffers big enough for every kernel (three outputs).
struct outputs {
  std::vector<double> a = std::vector<double>(kBars), b = a, c = a;
};

using kernel = std::function<void(const input&, outputs&)>;

void add(const std::string& name, kernel k) {
  benchmark::RegisterBenchmark(name.c_str(), [k](benchmark::State& state) {
    const input& in = data();
    outputs out;
    for (auto _ : state) {
      k(in, out);
      benchmark::DoNotOptimize(out.a.data());
      benchmark::ClobberMemory();
    }
    taspan_bench::set_bytes(state, kBars, sizeof(double));
  });
}

const double* cl(const input& in) { return in.b.close.data(); }
int n() { return static_cast<int>(kBars); }

// TA-Lib: the whole range, outputs from index 0 (outBegIdx says where they start).
#define TALIB(call)      \
  do {                   \
    int beg = 0, nb = 0; \
    (void)(call);        \
    (void)beg;           \
    (void)nb;            \
  } while (0)

// tulip: inputs and outputs as arrays of pointers.
void tulip(int (*f)(int, TI_REAL const* const*, TI_REAL const*, TI_REAL* const*),
           const std::vector<const double*>& ins, const std::vector<double>& opts, outputs& out) {
  double* outs[3] = {out.a.data(), out.b.data(), out.c.data()};
  f(n(), ins.data(), opts.data(), outs);
}

void register_all() {
  add("memcpy/memcpy",
      [](const input& in, outputs& o) { std::memcpy(o.a.data(), cl(in), kBars * sizeof(double)); });
  for (int p : {14, 200}) {
    const std::string w = std::to_string(p);
    add("sma_" + w + "/taspan",
        [p](const input& in, outputs& o) { taspan::sma(in.b.close, o.a, p); });
    add("sma_" + w + "/talib", [p](const input& in, outputs& o) {
      TALIB(TA_SMA(0, n() - 1, cl(in), p, &beg, &nb, o.a.data()));
    });
    add("sma_" + w + "/tulip",
        [p](const input& in, outputs& o) { tulip(ti_sma, {cl(in)}, {double(p)}, o); });
    add("stddev_" + w + "/taspan",
        [p](const input& in, outputs& o) { taspan::stddev(in.b.close, o.a, p, 1.0); });
    add("stddev_" + w + "/talib", [p](const input& in, outputs& o) {
      TALIB(TA_STDDEV(0, n() - 1, cl(in), p, 1.0, &beg, &nb, o.a.data()));
    });
    add("stddev_" + w + "/tulip",
        [p](const input& in, outputs& o) { tulip(ti_stddev, {cl(in)}, {double(p)}, o); });
    // max on the walk, and on a falling series (TA-Lib and tulip rescan the window there).
    for (const bool falling : {false, true}) {
      if (p == 14 && falling) continue;
      const std::string name = "max_" + w + (falling ? "_falling" : "_walk");
      const auto src = [falling](const input& in) { return falling ? in.falling.data() : cl(in); };
      add(name + "/taspan", [p, falling](const input& in, outputs& o) {
        taspan::rolling_max(falling ? in.falling : in.b.close, o.a, p);
      });
      add(name + "/talib", [p, src](const input& in, outputs& o) {
        TALIB(TA_MAX(0, n() - 1, src(in), p, &beg, &nb, o.a.data()));
      });
      add(name + "/tulip",
          [p, src](const input& in, outputs& o) { tulip(ti_max, {src(in)}, {double(p)}, o); });
    }
  }
  add("ema_14/taspan", [](const input& in, outputs& o) { taspan::ema(in.b.close, o.a, 14); });
  add("ema_14/talib", [](const input& in, outputs& o) {
    TALIB(TA_EMA(0, n() - 1, cl(in), 14, &beg, &nb, o.a.data()));
  });
  add("ema_14/tulip", [](const input& in, outputs& o) { tulip(ti_ema, {cl(in)}, {14}, o); });
  add("bbands_14/taspan",
      [](const input& in, outputs& o) { taspan::bbands(in.b.close, o.a, o.b, o.c, 14, 2.0, 2.0); });
  add("bbands_14/talib", [](const input& in, outputs& o) {
    TALIB(TA_BBANDS(0, n() - 1, cl(in), 14, 2.0, 2.0, TA_MAType_SMA, &beg, &nb, o.a.data(),
                    o.b.data(), o.c.data()));
  });
  add("bbands_14/tulip", [](const input& in, outputs& o) {
    tulip(ti_bbands, {cl(in)}, {14, 2}, o);
  });
  add("macd_12_26_9/taspan",
      [](const input& in, outputs& o) { taspan::macd(in.b.close, o.a, o.b, o.c); });
  add("macd_12_26_9/talib", [](const input& in, outputs& o) {
    TALIB(TA_MACD(0, n() - 1, cl(in), 12, 26, 9, &beg, &nb, o.a.data(), o.b.data(), o.c.data()));
  });
  add("macd_12_26_9/tulip", [](const input& in, outputs& o) {
    tulip(ti_macd, {cl(in)}, {12, 26, 9}, o);
  });
  add("rsi_14/taspan", [](const input& in, outputs& o) { taspan::rsi(in.b.close, o.a, 14); });
  add("rsi_14/talib", [](const input& in, outputs& o) {
    TALIB(TA_RSI(0, n() - 1, cl(in), 14, &beg, &nb, o.a.data()));
  });
  add("rsi_14/tulip", [](const input& in, outputs& o) { tulip(ti_rsi, {cl(in)}, {14}, o); });
  const auto hlc = [](const input& in) {
    return std::vector<const double*>{in.b.high.data(), in.b.low.data(), cl(in)};
  };
  add("atr_14/taspan",
      [](const input& in, outputs& o) { taspan::atr(in.b.high, in.b.low, in.b.close, o.a, 14); });
  add("atr_14/talib", [](const input& in, outputs& o) {
    TALIB(TA_ATR(0, n() - 1, in.b.high.data(), in.b.low.data(), cl(in), 14, &beg, &nb, o.a.data()));
  });
  add("atr_14/tulip", [hlc](const input& in, outputs& o) { tulip(ti_atr, hlc(in), {14}, o); });
  add("adx_14/taspan",
      [](const input& in, outputs& o) { taspan::adx(in.b.high, in.b.low, in.b.close, o.a, 14); });
  add("adx_14/talib", [](const input& in, outputs& o) {
    TALIB(TA_ADX(0, n() - 1, in.b.high.data(), in.b.low.data(), cl(in), 14, &beg, &nb, o.a.data()));
  });
  add("adx_14/tulip", [hlc](const input& in, outputs& o) { tulip(ti_adx, hlc(in), {14}, o); });
  add("stoch_14_3_3/taspan", [](const input& in, outputs& o) {
    taspan::stoch(in.b.high, in.b.low, in.b.close, o.a, o.b, 14, 3, taspan::ma_type::sma, 3,
                  taspan::ma_type::sma);
  });
  add("stoch_14_3_3/talib", [](const input& in, outputs& o) {
    TALIB(TA_STOCH(0, n() - 1, in.b.high.data(), in.b.low.data(), cl(in), 14, 3, TA_MAType_SMA, 3,
                   TA_MAType_SMA, &beg, &nb, o.a.data(), o.b.data()));
  });
  add("stoch_14_3_3/tulip", [hlc](const input& in, outputs& o) {
    tulip(ti_stoch, hlc(in), {14, 3, 3}, o);
  });
}

const bool registered = [] {
  TA_Initialize();
  register_all();
  return true;
}();

}  // namespace
