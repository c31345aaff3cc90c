#pragma once
// The definition of all_indicators<T>() (indicator_registry.hpp): each catalog entry's erased
// calls, fed from bars. Include it in one translation unit per executable only.

#include <span>

#include "indicator_registry.hpp"
#include "taspan/catalog.hpp"

namespace taspan_test::reg {

namespace cat = taspan::catalog;

// The series of the bars an input reads: a pair (correl, beta) is close and open; MAVP's periods
// are the volume (left alone when prices are shifted or scaled; clamped to maxperiod).
template <class T>
const std::vector<T>& series_of(const bars<T>& b, cat::input in) {
  switch (in) {
    case cat::input::open:
    case cat::input::real1:
      return b.open;
    case cat::input::high:
      return b.high;
    case cat::input::low:
      return b.low;
    case cat::input::volume:
    case cat::input::periods:
      return b.volume;
    default:
      return b.close;
  }
}

// Draws every parameter from its suggested range. The moving-average types of one call are drawn
// together: a third of the time all windowed, a third all keeping bounds, else any but MAMA, so
// that each fact that depends on them is checked often. MAMA is not drawn: TA-Lib starts it from
// 0, not from a price, so the facts of recursive MAs (a constant gives the price, a shift moves
// it by as much) hold for it only after it has converged; tests/overlap/mama_test covers it.
inline params draw(const cat::entry& e, std::mt19937_64& rng) {
  params q;
  int ma_kind = -1;
  for (const cat::param& p : e.params) {
    if (p.kind == cat::param_kind::integer) {
      q.v.push_back(
          uniform_int(rng, static_cast<int>(p.suggested_lo), static_cast<int>(p.suggested_hi)));
    } else if (p.kind == cat::param_kind::real) {
      q.v.push_back(uniform_real(rng, p.suggested_lo, p.suggested_hi));
    } else if (p.kind == cat::param_kind::choice) {
      q.v.push_back(p.choices[static_cast<std::size_t>(
                                  uniform_int(rng, 0, static_cast<int>(p.choices.size()) - 1))]
                        .value);
    } else {
      if (ma_kind < 0) ma_kind = uniform_int(rng, 0, 2);
      constexpr int windowed[] = {0, 2, 5};
      constexpr int in_bounds[] = {1, 6};
      const int any = uniform_int(rng, 0, 7);
      q.v.push_back(ma_kind == 0   ? windowed[uniform_int(rng, 0, 2)]
                    : ma_kind == 1 ? in_bounds[uniform_int(rng, 0, 1)]
                                   : (any == 7 ? 8 : any));
    }
  }
  return q;
}

// The raw call: the values go to the library unchecked, so its own messages are tested.
template <class T>
void run_into(const cat::entry& e, const bars<T>& b, const params& q,
              std::span<const std::span<T>> out) {
  std::vector<std::span<const T>> in;
  for (cat::input i : e.inputs) in.emplace_back(series_of(b, i));
  e.batch_of<T>()(in, out, q.v);
}

template <class T>
outputs<T> run_batch(const cat::entry& e, const bars<T>& b, const params& q) {
  outputs<T> out(e.outputs.size(), std::vector<T>(b.size()));
  const std::vector<std::span<T>> spans(out.begin(), out.end());
  run_into<T>(e, b, q, spans);
  return out;
}

template <class T>
outputs<T> run_stream(const cat::entry& e, const bars<T>& b, const params& q) {
  auto s = e.stream_of<T>()(q.v);
  outputs<T> out(e.outputs.size());
  std::vector<T> bar(e.inputs.size()), values(e.outputs.size());
  for (std::size_t i = 0; i < b.size(); ++i) {
    for (std::size_t k = 0; k < bar.size(); ++k) bar[k] = series_of(b, e.inputs[k])[i];
    s->update(bar, values);
    for (std::size_t k = 0; k < values.size(); ++k) out[k].push_back(values[k]);
  }
  return out;
}

// Reference: every window summed afresh in long double, divided by `divisor` (0: the period).
template <class T>
std::vector<std::vector<double>> window_mean_reference(const std::vector<T>& x, int period,
                                                       double divisor) {
  std::vector<double> out(x.size(), std::numeric_limits<double>::quiet_NaN());
  const auto p = static_cast<std::size_t>(period);
  const long double d = divisor == 0 ? static_cast<long double>(period) : divisor;
  for (std::size_t i = p - 1; i < x.size() && p >= 1; ++i) {
    long double s = 0;
    for (std::size_t j = i + 1 - p; j <= i; ++j) s += static_cast<long double>(x[j]);
    out[i] = static_cast<double>(s / d);
  }
  return {out};
}

template <class T>
std::vector<indicator<T>> all_indicators() {
  std::vector<indicator<T>> v;
  for (const cat::entry& e : cat::entries()) {
    indicator<T> ind;
    ind.name = std::string(e.name);
    ind.entry = &e;
    ind.random_params = [&e](std::mt19937_64& rng) { return draw(e, rng); };
    ind.lookback = [&e](const params& q) { return e.lookback_of(q.v); };
    ind.batch = [&e](const bars<T>& b, const params& q) { return run_batch(e, b, q); };
    ind.into = [&e](const bars<T>& b, const params& q, std::span<const std::span<T>> out) {
      run_into(e, b, q, out);
    };
    ind.stream = [&e](const bars<T>& b, const params& q) { return run_stream(e, b, q); };
    // Sums and means have an independent reference: long-double sums of each window.
    const bool sum = e.name == "sum" || e.name == "rolling_sum";
    if (sum || e.name == "sma" || e.name == "rolling_mean")
      ind.reference = [sum](const bars<T>& b, const params& q) {
        return window_mean_reference(b.close, static_cast<int>(q.v[0]), sum ? 1.0 : 0.0);
      };
    v.push_back(std::move(ind));
  }
  return v;
}

}  // namespace taspan_test::reg
