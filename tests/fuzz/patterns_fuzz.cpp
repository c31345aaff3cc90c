// libFuzzer target: the pattern detectors (breakouts, swings, pivots, measured moves), float and
// double, with fuzzed options (every method, side, level and mode; valid and invalid periods,
// thresholds and heights) and fuzzed bars (NaN, infinities, huge and tiny values, empty series).
// Checks: no crash, no hang, no sanitizer report; batch and streaming reject the same options with
// taspan::error (or both accept them); batch events == streaming events, one for one; peek()
// predicts update(); no look-ahead: the events of any prefix of the series are exactly the events
// of the whole series known within the prefix (follow-through, swing and pivot confirmations
// included); each event is confirmed at or after its bar; measured moves only use swings
// confirmed by the event's bar.
//
// Input layout: type byte (odd: float), detector byte, option bytes, then bars of five values
// (high, low, close, volume, atr / higher timeframe), two bytes each (see fuzz_input.hpp).

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

#include "fuzz_input.hpp"
#include "taspan/patterns.hpp"

namespace {

[[noreturn]] void fail(const char* what, std::size_t bar = 0) {
  std::fprintf(stderr, "patterns_fuzz: %s (bar %zu)\n", what, bar);
  std::abort();
}

template <class T>
struct bars {
  std::vector<T> high, low, close, volume, extra;
  [[nodiscard]] std::size_t size() const { return close.size(); }
  [[nodiscard]] bars prefix(std::size_t m) const {
    auto cut = [m](const std::vector<T>& v) {
      return std::vector<T>(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(m));
    };
    return {cut(high), cut(low), cut(close), cut(volume), cut(extra)};
  }
};

// A threshold-like real: ordinary values, the edges, invalid ones and raw bit patterns.
double fuzzed_real(taspan_fuzz::bytes& in, double typical) {
  const std::uint8_t k = in.byte();
  switch (k % 12U) {
    case 0:
      return 0.0;
    case 1:
      return -typical;
    case 2:
      return std::numeric_limits<double>::quiet_NaN();
    case 3:
      return std::numeric_limits<double>::infinity();
    case 4:
      return 1e-300;
    case 5:
      return 1e300;
    case 6:
      return 100.0;  // percent: the first invalid value
    case 7: {
      double raw = 0.0;
      const std::uint64_t bits = in.u64();
      std::memcpy(&raw, &bits, sizeof raw);
      return raw;
    }
    default:
      return typical * (static_cast<double>(in.byte()) + 1.0) / 64.0;
  }
}

template <class T>
bool same(T a, T b) {
  return a == b || (std::isnan(a) && std::isnan(b));
}

// Runs f() and says whether it threw taspan::error (anything else escapes and crashes).
template <class F>
bool throws(F&& f) {
  try {
    f();
  } catch (const taspan::error&) {
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Breakouts.

template <class T>
std::vector<taspan::breakout_event<T>> batch_breakouts(const bars<T>& b,
                                                       const taspan::breakout_options& o,
                                                       bool higher_tf) {
  taspan::breakout_series<T> s{b.high, b.low, b.close, b.volume};
  if (higher_tf) s.higher_tf = b.extra;
  return taspan::breakouts(s, o);
}

template <class T>
void fuzz_breakouts(taspan_fuzz::bytes& in, const bars<T>& b, const taspan::breakout_options& o,
                    bool higher_tf, std::size_t cut) {
  std::vector<taspan::breakout_event<T>> batch;
  const bool batch_threw = throws([&] { batch = batch_breakouts(b, o, higher_tf); });
  std::optional<taspan::breakout_stream<T>> stream;
  const bool stream_threw = throws([&] { stream.emplace(o); });
  if (batch_threw != stream_threw) fail("breakouts: batch and stream validate differently");
  if (batch_threw) return;

  std::vector<taspan::breakout_event<T>> streamed;
  const T nan = std::numeric_limits<T>::quiet_NaN();
  for (std::size_t t = 0; t < b.size(); ++t) {
    const T htf = higher_tf ? b.extra[t] : nan;
    const auto p = stream->peek(b.high[t], b.low[t], b.close[t], b.volume[t], htf);
    const auto u = stream->update(b.high[t], b.low[t], b.close[t], b.volume[t], htf);
    if (p.up != u.up || p.down != u.down) fail("breakouts: peek != update", t);
    for (const auto& note : u.follow_through) {
      if (note.confirmed_at != t || note.event_bar >= t) fail("breakouts: follow-through note", t);
      bool found = false;
      for (auto& e : streamed) {
        if (e.bar == note.event_bar && e.side == note.side) {
          if (e.follow_through_at) fail("breakouts: follow-through confirmed twice", t);
          e.follow_through_at = note.confirmed_at;
          found = true;
        }
      }
      if (!found) fail("breakouts: follow-through of an unknown event", t);
    }
    for (const auto* e : {&u.up, &u.down}) {
      if (!e->has_value()) continue;
      if ((*e)->bar != t) fail("breakouts: stream event not on its bar", t);
      streamed.push_back(**e);
    }
  }
  if (streamed.size() != batch.size()) fail("breakouts: batch and stream event counts differ");
  for (std::size_t k = 0; k < batch.size(); ++k) {
    const auto& e = batch[k];
    if (!(e == streamed[k])) fail("breakouts: batch != stream", e.bar);
    if (k > 0 && batch[k - 1].bar > e.bar) fail("breakouts: events out of order", e.bar);
    if (e.bar >= b.size() || e.level_bar >= e.bar) fail("breakouts: level not before bar", e.bar);
    if (e.follow_through_at &&
        (*e.follow_through_at <= e.bar ||
         *e.follow_through_at > e.bar + static_cast<std::size_t>(o.follow_through)))
      fail("breakouts: follow_through_at outside (bar, bar + follow_through]", e.bar);
    if (e.has_range && (e.range_top_bar >= e.bar || e.range_bottom_bar >= e.bar))
      fail("breakouts: range not before bar", e.bar);
  }

  // No look-ahead: the events on a prefix are the whole series' events before its end, with
  // follow-through only where it was confirmed within the prefix.
  const auto pre = batch_breakouts(b.prefix(cut), o, higher_tf);
  std::size_t k = 0;
  for (const auto& e : batch) {
    if (e.bar >= cut) break;
    auto expected = e;
    if (expected.follow_through_at && *expected.follow_through_at >= cut)
      expected.follow_through_at.reset();
    if (k >= pre.size() || !(pre[k] == expected)) fail("breakouts: look-ahead", e.bar);
    ++k;
  }
  if (k != pre.size()) fail("breakouts: prefix has events the whole series lacks");

  // Measured moves from these events and the swings of the same bars: only swings confirmed by
  // the event's bar, before the level's bar; targets only from a valid leg.
  const auto th = taspan::swing_threshold::percent(1.0 + in.byte() % 20U);
  const auto sw = taspan::swings(b.high, b.low, th);
  for (const auto& e : batch) {
    const auto m = taspan::measured_move_for(e, sw);
    if (!m) continue;
    const double l = static_cast<double>(m->low), h = static_cast<double>(m->high);
    if (!(l > 0.0 && h > l)) fail("measured_move_for: invalid leg used", e.bar);
    if (m->basis == taspan::measured_basis::leg) {
      const std::size_t from = e.side == taspan::direction::up ? m->low_bar : m->high_bar;
      bool confirmed = false;
      for (const auto& s : sw)
        if (s.bar == from && s.confirmed_at <= e.bar && s.bar < e.level_bar) confirmed = true;
      if (!confirmed) fail("measured_move_for: leg from a swing not known at the event", e.bar);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Swings.

template <class T>
void fuzz_swings(const bars<T>& b, taspan::swing_threshold th, int mode, std::size_t cut) {
  // mode 0: high/low, 1: closes, 2: high/low with an ATR series.
  auto batch_of = [&](const bars<T>& x) {
    if (mode == 0) return taspan::swings(x.high, x.low, th);
    if (mode == 1) return taspan::swings(x.close, th);
    return taspan::swings(x.high, x.low, x.extra, th);
  };
  std::vector<taspan::swing<T>> batch;
  const bool batch_threw = throws([&] { batch = batch_of(b); });
  std::optional<taspan::swing_stream<T>> stream;
  const bool stream_threw = throws([&] { stream.emplace(th); });
  // The stream cannot know whether an ATR will be supplied: it accepts ATR thresholds that the
  // batch forms without an ATR series reject.
  const bool atr_without_series = th.unit == taspan::swing_unit::atr && mode != 2;
  if (atr_without_series) {
    if (!batch_threw) fail("swings: ATR threshold without an atr series accepted");
    return;
  }
  if (batch_threw != stream_threw) fail("swings: batch and stream validate differently");
  if (batch_threw) return;

  std::vector<taspan::swing<T>> streamed;
  for (std::size_t t = 0; t < b.size(); ++t) {
    std::optional<taspan::swing<T>> p, u;
    if (mode == 1) {
      p = stream->peek(b.close[t]);
      u = stream->update(b.close[t]);
    } else {
      const T atr = mode == 2 ? b.extra[t] : T(0);
      p = stream->peek(b.high[t], b.low[t], atr);
      u = stream->update(b.high[t], b.low[t], atr);
    }
    if (p != u) fail("swings: peek != update", t);
    if (u) {
      if (u->confirmed_at != t) fail("swings: stream swing not confirmed on its bar", t);
      streamed.push_back(*u);
    }
  }
  if (streamed != batch) fail("swings: batch != stream");
  for (std::size_t k = 0; k < batch.size(); ++k) {
    const auto& s = batch[k];
    if (s.confirmed_at < s.bar || s.confirmed_at >= b.size()) fail("swings: confirmed_at", s.bar);
    if (k > 0 && (batch[k - 1].kind == s.kind || batch[k - 1].bar > s.bar ||
                  batch[k - 1].confirmed_at > s.confirmed_at))
      fail("swings: not alternating or out of order", s.bar);
  }
  const auto pre = batch_of(b.prefix(cut));
  std::size_t k = 0;
  for (const auto& s : batch) {
    if (s.confirmed_at >= cut) break;
    if (k >= pre.size() || !(pre[k] == s)) fail("swings: look-ahead", s.bar);
    ++k;
  }
  if (k != pre.size()) fail("swings: prefix has swings the whole series lacks");
}

// ---------------------------------------------------------------------------------------------
// Pivots.

template <class T>
void fuzz_pivots(const bars<T>& b, int left, int right, std::size_t cut) {
  std::vector<taspan::pivot<T>> batch;
  const bool batch_threw = throws([&] { batch = taspan::pivots(b.high, b.low, left, right); });
  std::optional<taspan::pivot_stream<T>> stream;
  const bool stream_threw = throws([&] { stream.emplace(left, right); });
  if (batch_threw != stream_threw) fail("pivots: batch and stream validate differently");
  if (batch_threw) return;
  std::vector<taspan::pivot<T>> streamed;
  for (std::size_t t = 0; t < b.size(); ++t) {
    const auto p = stream->peek(b.high[t], b.low[t]);
    const auto u = stream->update(b.high[t], b.low[t]);
    if (p.high != u.high || p.low != u.low) fail("pivots: peek != update", t);
    for (const auto* v : {&u.high, &u.low}) {
      if (!v->has_value()) continue;
      if ((*v)->confirmed_at != t) fail("pivots: stream pivot not confirmed on its bar", t);
      streamed.push_back(**v);
    }
  }
  if (streamed != batch) fail("pivots: batch != stream");
  for (const auto& p : batch)
    if (p.confirmed_at != p.bar + static_cast<std::size_t>(right))
      fail("pivots: confirmed_at", p.bar);
  const auto pre = taspan::pivots(b.prefix(cut).high, b.prefix(cut).low, left, right);
  std::size_t k = 0;
  for (const auto& p : batch) {
    if (p.confirmed_at >= cut) break;
    if (k >= pre.size() || !(pre[k] == p)) fail("pivots: look-ahead", p.bar);
    ++k;
  }
  if (k != pre.size()) fail("pivots: prefix has pivots the whole series lacks");
}

// ---------------------------------------------------------------------------------------------
// Measured-move arithmetic on fuzzed legs: a taspan::error or a result, never a crash.

template <class T>
void fuzz_targets(taspan_fuzz::bytes& in) {
  double prev = 100.0;
  const T low = in.value<T>(prev), high = in.value<T>(prev), level = in.value<T>(prev);
  const auto side = (in.byte() & 1U) != 0 ? taspan::direction::down : taspan::direction::up;
  const double ratio = fuzzed_real(in, 1.618);
  const bool valid = low > T(0) && std::isfinite(static_cast<double>(low)) && high > low &&
                     std::isfinite(static_cast<double>(high)) && level > T(0) &&
                     std::isfinite(static_cast<double>(level));
  if (throws([&] { (void)taspan::measured_move(low, high, level, side); }) == valid)
    fail("measured_move: validation does not match low > 0, high > low, level > 0, finite");
  (void)throws([&] { (void)taspan::measured_move_points(low, high, level, side); });
  (void)throws([&] { (void)taspan::measured_move_percent(low, high, level, side); });
  (void)throws([&] { (void)taspan::range_height_target(low, high, side); });
  (void)throws([&] { (void)taspan::fibonacci_extension(low, high, level, ratio, side); });
}

template <class T>
void run(taspan_fuzz::bytes& in) {
  const std::uint8_t detector = in.byte();
  if (detector % 4U == 3U) {
    fuzz_targets<T>(in);
    return;
  }
  // Options first (fixed size), then bars.
  taspan::breakout_options o;
  o.method = static_cast<taspan::breakout_method>(in.byte() % 4U);
  o.period = in.in_range(-3, 300);
  o.min_bars = in.in_range(-3, 300);
  o.max_height = fuzzed_real(in, 0.25);
  o.levels = static_cast<taspan::breakout_levels>(in.byte() % 2U);
  const std::uint8_t flags = in.byte();
  o.intrabar = (flags & 1U) != 0;
  const bool higher_tf = (flags & 2U) != 0;
  o.sides = static_cast<taspan::breakout_sides>(in.byte() % 3U);
  o.volume_period = in.in_range(-3, 100);
  o.follow_through = in.in_range(-3, 50);
  const auto unit = static_cast<taspan::swing_unit>(in.byte() % 3U);
  const taspan::swing_threshold th{unit, fuzzed_real(in, 5.0)};
  const int mode = in.byte() % 3;
  const int left = in.in_range(-2, 40);
  const int right = in.in_range(-2, 40);
  const std::uint16_t cut_raw = static_cast<std::uint16_t>(in.in_range(0, 65535));

  bars<T> b;
  double prev = 100.0;
  while (in.left() >= 10) {
    b.high.push_back(in.value<T>(prev));
    b.low.push_back(in.value<T>(prev));
    b.close.push_back(in.value<T>(prev));
    b.volume.push_back(in.value<T>(prev));
    b.extra.push_back(in.value<T>(prev));
  }
  const std::size_t cut = b.size() == 0 ? 0 : cut_raw % (b.size() + 1);
  if (detector % 4U == 0U) fuzz_breakouts(in, b, o, higher_tf, cut);
  if (detector % 4U == 1U) fuzz_swings(b, th, mode, cut);
  if (detector % 4U == 2U) fuzz_pivots(b, left, right, cut);
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
