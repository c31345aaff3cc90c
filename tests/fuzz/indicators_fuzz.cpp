// libFuzzer target: every indicator of the catalog (tests/support/indicator_registry.hpp), float
// and double, with fuzzed parameters (valid and invalid) and fuzzed series (NaN, infinities, huge
// and tiny values, empty and one-bar series). Checks: no crash, no hang, no sanitizer report; a
// call either throws taspan::error in both batch and streaming form or in neither; outputs have the
// input's length; batch == streaming (non-finite values exactly, finite ones to 1e-12 relative,
// 2e-5 for float); for windowed indicators, replacing every value before a bar's window keeps the
// class (NaN, +inf, -inf or finite) of that bar's value: nothing leaks out of the window.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "fuzz_input.hpp"
#include "indicator_registry_impl.hpp"

// This executable does not link taspan_test_support: instantiate the table here.
template std::vector<taspan_test::reg::indicator<float>> taspan_test::reg::all_indicators<float>();
template std::vector<taspan_test::reg::indicator<double>>
taspan_test::reg::all_indicators<double>();

namespace {

using namespace taspan_test::reg;

[[noreturn]] void fail(const char* what, const std::string& name, const params& q, std::size_t i,
                       double a, double b) {
  std::fprintf(stderr, "%s: %s%s bar %zu: %.17g vs %.17g\n", what, name.c_str(), q.str().c_str(), i,
               a, b);
  std::abort();
}

// The series with every non-NaN value before bar `from` replaced by 1. NaNs stay where they are:
// they restart warm-ups, so the bars the window's sums are grouped in do not move. A windowed
// indicator's value at a bar whose window starts at `from` must keep its class (NaN, +inf, -inf,
// finite). Computing the window alone instead would regroup its sums: where huge values cancel
// (1e300 - 1e300 + 50), the class then depends on the grouping, not on what leaks.
template <class T>
taspan_test::bars<T> outside_replaced(taspan_test::bars<T> b, std::size_t from) {
  for (auto* s : {&b.open, &b.high, &b.low, &b.close, &b.volume})
    for (std::size_t j = 0; j < from; ++j)
      if (!std::isnan((*s)[j])) (*s)[j] = T(1);
  return b;
}

template <class T>
void run(taspan_fuzz::bytes& in) {
  static const auto indicators = all_indicators<T>();
  // By catalog position (tests/fuzz/make_seeds.py names the seeds' indicators).
  const auto& ind = indicators[in.byte() % indicators.size()];

  // Parameters: a valid random draw, then each of the first three, when an integer, maybe
  // replaced by a fuzzed one (its bytes are read either way).
  std::mt19937_64 rng(in.u64());
  params q = ind.random_params(rng);
  const std::uint8_t override_mask = in.byte();
  for (std::size_t k = 0; k < 3; ++k) {
    if (((override_mask >> k) & 1U) == 0) continue;
    const int fuzzed = in.in_range(-3, 400);
    if (k < q.v.size() && ind.entry->params[k].kind == taspan::catalog::param_kind::integer)
      q.v[k] = fuzzed;
  }

  taspan_test::bars<T> b;
  double prev = 100.0;
  while (in.left() >= 10) {  // five series, one value each per bar
    b.open.push_back(in.value<T>(prev));
    b.high.push_back(in.value<T>(prev));
    b.low.push_back(in.value<T>(prev));
    b.close.push_back(in.value<T>(prev));
    b.volume.push_back(in.value<T>(prev));
  }

  outputs<T> batch, stream;
  bool batch_threw = false, stream_threw = false;
  try {
    batch = ind.batch(b, q);
  } catch (const taspan::error&) {
    batch_threw = true;
  }
  try {
    stream = ind.stream(b, q);
  } catch (const taspan::error&) {
    stream_threw = true;
  }
  if (batch_threw != stream_threw) fail("batch/stream validation differs", ind.name, q, 0, 0, 0);
  if (batch_threw) return;
  if (batch.size() != stream.size()) fail("output count", ind.name, q, 0, 0, 0);
  const double rel = std::is_same_v<T, float> ? 2e-5 : 1e-12;
  for (std::size_t k = 0; k < batch.size(); ++k) {
    if (batch[k].size() != b.size() || stream[k].size() != b.size())
      fail("output size", ind.name, q, batch[k].size(), 0, 0);
    for (std::size_t i = 0; i < b.size(); ++i) {
      const double x = static_cast<double>(batch[k][i]);
      const double s = static_cast<double>(stream[k][i]);
      if (x == s || (std::isnan(x) && std::isnan(s))) continue;
      if (std::isfinite(x) && std::isfinite(s) &&
          std::abs(x - s) <= rel * std::max(std::abs(x), std::abs(s)))
        continue;
      fail("batch != streaming", ind.name, q, i, x, s);
    }
  }
  const auto lb = static_cast<std::size_t>(ind.lookback(q));
  if (!ind.props_of(q).windowed || b.size() <= lb) return;
  auto cls = [](double v) { return std::isnan(v) ? 0 : std::isinf(v) ? (v > 0 ? 1 : 2) : 3; };
  for (std::size_t i = lb; i < b.size(); i += 1 + (b.size() - lb) / 8) {
    const auto other = ind.batch(outside_replaced(b, i - lb), q);
    for (std::size_t k = 0; k < batch.size(); ++k) {
      const double a = static_cast<double>(other[k][i]);
      const double x = static_cast<double>(batch[k][i]);
      if (cls(a) != cls(x)) {
        for (std::size_t j = (i > lb + 8 ? i - lb - 8 : 0); j <= i && j < i - lb + 64;
             ++j)  // the window, for replay
          std::fprintf(stderr, "  bar %zu: o %.17g h %.17g l %.17g c %.17g v %.17g\n", j,
                       static_cast<double>(b.open[j]), static_cast<double>(b.high[j]),
                       static_cast<double>(b.low[j]), static_cast<double>(b.close[j]),
                       static_cast<double>(b.volume[j]));
        fail("value outside the window changes the class", ind.name, q, i, x, a);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  taspan_fuzz::bytes in(data, size);
  if ((in.byte() & 1U) != 0) {
    run<float>(in);
  } else {
    run<double>(in);
  }
  return 0;
}
