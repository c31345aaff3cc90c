// The translation unit clang-tidy checks (see .clang-tidy and .ci/run): it includes every public
// header and instantiates every indicator of the catalog (taspan/catalog.hpp, through
// tests/support/indicator_registry_impl.hpp), batch and
// streaming, for float and double, so the checks see the library's templates instantiated. It is
// compiled (not run) by the clang preset, so it cannot rot.

#include <chrono>

#include "indicator_registry_impl.hpp"
#include "taspan/catalog.hpp"
#include "taspan/io/csv.hpp"
#include "taspan/taspan.hpp"

// This executable does not link taspan_test_support: instantiate the table here.
template std::vector<taspan_test::reg::indicator<float>> taspan_test::reg::all_indicators<float>();
template std::vector<taspan_test::reg::indicator<double>>
taspan_test::reg::all_indicators<double>();

namespace {

template <class T>
std::size_t run_all() {
  const auto b = taspan_test::random_bars<T>(64);
  std::mt19937_64 rng(1);
  std::size_t n = 0;
  for (const auto& ind : taspan_test::reg::all_indicators<T>()) {
    const auto q = ind.random_params(rng);
    n += ind.batch(b, q).size() + ind.stream(b, q).size();
  }
  return n;
}

// Time: timestamps, bar sizes, the timestamp resampler and the trends on any bar sizes.
template <class T>
std::size_t run_time() {
  const auto b = taspan_test::random_bars<T>(64);
  std::vector<taspan::timestamp> t;
  for (std::size_t i = 0; i < b.close.size(); ++i)
    t.push_back(taspan::parse_timestamp("2024-01-02 09:30") + std::chrono::minutes{i});
  taspan::bin_options opt;
  opt.hours = taspan::parse_session("09:30-16:00");
  opt.zone = taspan::parse_utc_offset("+00:00");
  opt.base_length = std::chrono::minutes{1};
  const auto five = taspan::resample(std::span<const taspan::timestamp>(t), b.open, b.high, b.low,
                                     b.close, b.volume, taspan::parse_timeframe("5min"), opt);
  taspan::bar_resample_stream<T> s(taspan::parse_timeframe("1h"), opt);
  std::size_t n = five.size() + taspan::session_starts(t, opt).size();
  for (std::size_t i = 0; i < t.size(); ++i)
    n += s.update(t[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]).size();
  n += s.current() ? 1 : 0;
  const std::vector<taspan::timeframe_trend> frames{{taspan::parse_timeframe("5min"), {3, 1}}};
  n += taspan::multi_timeframe_trend(std::span<const taspan::timestamp>(t), b.close, frames, opt)
           .agree.size();
  n += taspan::session_pivots(std::span<const taspan::timestamp>(t), b.high, b.low, b.close, opt)
           .pivot.size();
  return n + taspan::format_time(t.back(), {}).size();
}

}  // namespace

int main() {
  try {
    return run_all<float>() + run_all<double>() + run_time<float>() + run_time<double>() > 0 ? 0
                                                                                             : 1;
  } catch (const std::exception&) {
    return 1;
  }
}
