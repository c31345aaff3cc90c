// A bad tick (a value 1e18 or more times the others) leaves no trace in any windowed sum or mean
// once it has left the window: every output whose window no longer holds it equals that window's
// own result (the function run on the window alone) within 1e-12 relative, batch and streaming.
// Windowed sums that slide a running sum fail this: the running sum keeps the rounding of the
// tick (ulps of 1e20 are 16384) until it is next summed afresh.

#include "taspan/overlap/bbands.hpp"
#include "taspan/overlap/ma.hpp"
#include "taspan/overlap/sma.hpp"
#include "taspan/overlap/trima.hpp"
#include "taspan/overlap/vwma.hpp"
#include "taspan/rolling/mean.hpp"
#include "taspan/rolling/sum.hpp"
#include "taspan/statistic/sum.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;

// Prices near 100 (a walk of small steps) with `tick` at bar `at`.
std::vector<double> with_tick(std::size_t n, std::size_t at, double tick, std::uint64_t seed) {
  std::vector<double> x(n);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> step(-0.5, 0.5);
  double v = 100.0;
  for (auto& e : x) e = v += step(rng);
  x[at] = tick;
  return x;
}

// f(series) -> output series. For every bar i >= at + period (the tick has left the window),
// f(x)[i] must equal the last output of f on x[i-period+1 .. i] within `tol` relative.
template <class F>
void expect_clean_after_tick(const char* name, int period, F f, double tol = 1e-12) {
  const auto p = static_cast<std::size_t>(period);
  for (double tick : {1e20, -1e20, 3e30, 1e300}) {
    for (std::size_t at : {std::size_t{0}, p - 1, p, 2 * p + 3, 5 * p - 1}) {
      const auto x = with_tick(8 * p + 7, at, tick, 11 + at);
      const std::vector<double> y = f(std::span<const double>(x));
      for (std::size_t i = at + p; i < x.size(); ++i) {
        const std::span<const double> window(x.data() + i + 1 - p, p);
        const double fresh = f(window).back();
        ASSERT_NEAR(y[i], fresh, tol * std::abs(fresh))
            << name << " period " << period << " tick " << tick << " at " << at << " bar " << i;
      }
    }
  }
}

// A stream's outputs over x, as a batch function.
template <class Make>
auto streamed(Make make) {
  return [make](std::span<const double> x) {
    auto s = make();
    std::vector<double> y;
    for (double v : x) y.push_back(s.update(v));
    return y;
  };
}

// Volumes that depend on the bar's price only, so a window alone gets the same volumes.
std::vector<double> volumes(std::span<const double> x) {
  std::vector<double> v;
  for (double e : x) v.push_back(1000.0 + std::fmod(std::abs(e) * 37.0, 101.0));
  return v;
}

TEST(BadTick, EveryWindowedSumAndMeanForgetsIt) {
  for (int p : {2, 5, 14, 20, 33}) {
    expect_clean_after_tick("sma", p, [p](auto x) { return taspan::sma(x, p); });
    expect_clean_after_tick("rolling_sum", p, [p](auto x) { return taspan::rolling_sum(x, p); });
    expect_clean_after_tick("rolling_mean", p, [p](auto x) { return taspan::rolling_mean(x, p); });
    expect_clean_after_tick("sum", p, [p](auto x) { return taspan::sum(x, p); });
    expect_clean_after_tick("trima", p, [p](auto x) { return taspan::trima(x, p); });
    expect_clean_after_tick("ma sma", p,
                            [p](auto x) { return taspan::ma(x, p, taspan::ma_type::sma); });
    expect_clean_after_tick("bbands middle", p,
                            [p](auto x) { return taspan::bbands(x, p).middle; });
    expect_clean_after_tick("bbands upper", p, [p](auto x) { return taspan::bbands(x, p).upper; });
    // Price ticks and volume ticks: close * volume and the volume sum both hold them.
    expect_clean_after_tick("vwma price", p,
                            [p](auto x) { return taspan::vwma(x, volumes(x), p); });
    expect_clean_after_tick("vwma volume", p, [p](auto x) {
      return taspan::vwma(std::vector<double>(x.size(), 100.0), x, p);
    });
    expect_clean_after_tick("sma_stream", p,
                            streamed([p] { return taspan::sma_stream<double>(p); }));
    expect_clean_after_tick("rolling_sum_stream", p,
                            streamed([p] { return taspan::rolling_sum_stream<double>(p); }));
    expect_clean_after_tick("trima_stream", p,
                            streamed([p] { return taspan::trima_stream<double>(p); }));
  }
}

// The same for float series: sums accumulate in double, so the tick must not show either (the
// two double sums may round to adjacent floats: one float ulp).
TEST(BadTick, FloatSeries) {
  for (int p : {5, 20}) {
    expect_clean_after_tick(
        "sma float", p,
        [p](auto x) {
          const std::vector<float> xf(x.begin(), x.end());
          const auto y = taspan::sma(xf, p);
          return std::vector<double>(y.begin(), y.end());
        },
        0x1p-23);
  }
}

}  // namespace
