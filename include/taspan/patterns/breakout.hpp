#pragma once
// Breakouts: bars where price closes (or, with `intrabar`, trades) beyond a level. Methods:
//   highest   above the highest high of the `period` bars before this bar (every such bar fires);
//   all_time  above the highest high of all bars seen before this bar (every new record fires);
//   donchian  out of the Donchian channel of the `period` bars before this bar: fires on the
//             first bar outside the channel (not again until price has been back inside), and
//             reports the channel (upper, lower and their bars) as the event's range;
//   range     out of a consolidation base: the top is the record (highest of all bars before
//             this one) and it held through the base, which runs from the top's bar to the bar
//             before the breakout and must be at least `min_bars` bars long; its bottom is the
//             lowest low after the top, and the base's height (top - bottom) / top must be at most
//             `max_height`. The event's range is (top, bottom).
// `levels` says whether the levels come from highs/lows or from closes (a closing-price base).
// Breakdowns (`sides` = down or both) mirror everything: lowest low, record low, channel lower
// band, a base under a record low whose height is measured as (top - bottom) / bottom.
//
// Confirmations recorded on each event (none of them changes whether it fires):
//   volume_ratio      volume / mean volume of the `volume_period` bars before the event's bar;
//   follow_through_at the first bar within `follow_through` bars after the event that closes
//                     beyond the event bar's close (above for up, below for down). Known only at
//                     that bar (or, when there is none, `follow_through` bars later): the
//                     streaming form reports it on that bar, the batch form fills it in;
//   higher_tf_agrees  from a caller-supplied series aligned with the bars (for example a weekly
//                     trend mapped back to days with taspan::timeframe): > 0 agrees with an
//                     upside breakout, < 0 with a downside one; NaN or no series: unknown.
// Nothing uses a bar after the event's bar except follow-through, as said.
//
// NaN: a bar whose trigger price is NaN fires nothing; NaN highs/lows make the rolling windows
// that hold them invalid (no highest/donchian event while they are in the window), and are
// skipped by the all-time records. A bar with high < low is inconsistent: it is taken as a bar
// whose high, low and close are NaN (it fires nothing and holds no level; its volume counts).
// Batch and streaming run the same engine: identical events.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/detail/ring.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"
#include "../core/series_io.hpp"
#include "../rolling/detail/extremum.hpp"
#include "../rolling/mean.hpp"
#include "pivot.hpp"

namespace taspan {

enum class breakout_method : std::uint8_t { highest, all_time, donchian, range };
enum class breakout_levels : std::uint8_t { high_low, close };
enum class breakout_sides : std::uint8_t { up, down, both };

struct breakout_options {
  breakout_method method = breakout_method::highest;
  int period = 20;           // highest, donchian: bars in the window
  int min_bars = 20;         // range: shortest base, in bars
  double max_height = 0.25;  // range: largest (top - bottom) / top
  breakout_levels levels = breakout_levels::high_low;
  bool intrabar = false;  // trigger on the high (low), not the close
  breakout_sides sides = breakout_sides::up;
  int volume_period = 0;   // > 0: record volume_ratio
  int follow_through = 0;  // > 0: record follow_through_at
};

template <real T>
struct breakout_event {
  std::size_t bar = 0;
  direction side = direction::up;
  T price{};                  // the close (or high/low with intrabar) that broke the level
  T level{};                  // the level broken
  std::size_t level_bar = 0;  // the bar that set it (highest/donchian: the bar TA-Lib's
                              // MAXINDEX/MININDEX reports for the window)
  bool has_range = false;     // donchian and range: the range broken out of
  T range_top = nan_v<T>;
  T range_bottom = nan_v<T>;
  std::size_t range_top_bar = 0;
  std::size_t range_bottom_bar = 0;
  T volume_ratio = nan_v<T>;                     // NaN unless volume_period > 0 (and known)
  std::optional<std::size_t> follow_through_at;  // see the header comment
  std::optional<bool> higher_tf_agrees;
  friend bool operator==(const breakout_event& a, const breakout_event& b) {
    auto same = [](T x, T y) { return x == y || (detail::is_nan(x) && detail::is_nan(y)); };
    return a.bar == b.bar && a.side == b.side && a.price == b.price && a.level == b.level &&
           a.level_bar == b.level_bar && a.has_range == b.has_range &&
           same(a.range_top, b.range_top) && same(a.range_bottom, b.range_bottom) &&
           a.range_top_bar == b.range_top_bar && a.range_bottom_bar == b.range_bottom_bar &&
           same(a.volume_ratio, b.volume_ratio) && a.follow_through_at == b.follow_through_at &&
           a.higher_tf_agrees == b.higher_tf_agrees;
  }
};

// An earlier event whose follow-through a bar confirmed.
struct follow_through_note {
  std::size_t event_bar = 0;
  direction side = direction::up;
  std::size_t confirmed_at = 0;
};

// The inputs of one call, aligned bar for bar. volume is needed when volume_period > 0; higher_tf
// is optional.
template <real T>
struct breakout_series {
  std::span<const T> high, low, close;
  std::span<const T> volume{};
  std::span<const T> higher_tf{};
};

namespace detail {

inline void check_breakout(const char* function, const breakout_options& o) {
  if (o.method == breakout_method::highest || o.method == breakout_method::donchian)
    check_period(function, o.period);
  if (o.method == breakout_method::range) {
    check_min(function, "min_bars", o.min_bars, 1);
    check_positive(function, "max_height", o.max_height);
  }
  check_min(function, "volume_period", o.volume_period, 0);
  check_min(function, "follow_through", o.follow_through, 0);
}

template <real T>
struct record {
  T value{};
  std::size_t bar = 0;
  bool valid = false;
};

// The one engine behind breakouts() and breakout_stream: evaluate() looks at bar t against the
// state built from bars before t; commit() adds bar t to that state.
template <real T>
class breakout_engine {
 public:
  explicit breakout_engine(const breakout_options& o)
      : o_(o),
        window_(o.method == breakout_method::highest || o.method == breakout_method::donchian),
        maxw_(window_ ? o.period : 1),
        minw_(window_ ? o.period : 1),
        volume_(o.volume_period > 0 ? o.volume_period : 1),
        pending_(o.follow_through > 0 ? 2 * static_cast<std::size_t>(o.follow_through) : 1),
        notes_(pending_.capacity()) {}

  struct bar_in {
    T high, low, close, volume, htf;
  };
  struct fired {
    std::optional<breakout_event<T>> up, down;
  };

  // The bar as the engine reads it: high < low makes its prices NaN (see the header comment).
  [[nodiscard]] static bar_in make_bar(T high, T low, T close, T volume, T higher_tf) noexcept {
    if (high < low) high = low = close = nan_v<T>;
    return {high, low, close, volume, higher_tf};
  }

  [[nodiscard]] fired evaluate(const bar_in& b) const noexcept {
    fired f;
    if (o_.sides != breakout_sides::down) f.up = side_event(b, true);
    if (o_.sides != breakout_sides::up) f.down = side_event(b, false);
    return f;
  }

  // Adds bar t; `f` is what evaluate() returned for it. Returns the follow-through notes of earlier
  // events that this bar confirms (valid until the next commit).
  std::span<const follow_through_note> commit(const bar_in& b, const fired& f) noexcept {
    const std::size_t t = bar_;
    notes_n_ = 0;
    if (o_.follow_through > 0) {
      const auto k = static_cast<std::size_t>(o_.follow_through);
      for (std::size_t i = 0; i < pending_.size(); ++i) {
        pending_entry& p = pending_.at(i);
        if (p.done || p.bar + k < t) continue;
        const bool beyond = p.side == direction::up ? b.close > p.close : b.close < p.close;
        if (beyond) {
          p.done = true;
          notes_[notes_n_++] = {p.bar, p.side, t};
        }
      }
      if (f.up) pending_.push({t, b.close, direction::up});
      if (f.down) pending_.push({t, b.close, direction::down});
    }
    const T hi = src_high(b);
    const T lo = src_low(b);
    if (window_) {
      above_ = upper_.valid && trig_up(b) > upper_.value;  // this bar ends outside its channel
      below_ = lower_.valid && trig_down(b) < lower_.value;
      upper_ = maxw_.push(hi);
      lower_ = minw_.push(lo);
    } else {
      if (!is_nan(hi) && (!rec_hi_.valid || hi > rec_hi_.value)) {
        rec_hi_ = {hi, t, true};
        low_since_hi_ = {};
      } else if (!is_nan(lo) && (!low_since_hi_.valid || lo < low_since_hi_.value)) {
        low_since_hi_ = {lo, t, true};
      }
      if (!is_nan(lo) && (!rec_lo_.valid || lo < rec_lo_.value)) {
        rec_lo_ = {lo, t, true};
        high_since_lo_ = {};
      } else if (!is_nan(hi) && (!high_since_lo_.valid || hi > high_since_lo_.value)) {
        high_since_lo_ = {hi, t, true};
      }
    }
    if (o_.volume_period > 0) mean_volume_ = volume_.update(b.volume);
    ++bar_;
    return {notes_.data(), notes_n_};
  }

  [[nodiscard]] std::size_t bars() const noexcept { return bar_; }

  // Back to the state before the first bar, reusing the buffers (no allocation).
  void reset() noexcept {
    maxw_.reset();
    minw_.reset();
    upper_ = lower_ = {nan_v<T>, -1, false};
    above_ = below_ = false;
    rec_hi_ = rec_lo_ = low_since_hi_ = high_since_lo_ = {};
    volume_.reset();
    mean_volume_ = nan_v<T>;
    pending_.clear();
    notes_n_ = 0;
    bar_ = 0;
  }

 private:
  struct pending_entry {
    std::size_t bar = 0;
    T close{};
    direction side = direction::up;
    bool done = false;
  };
  // A ring whose entries can be marked done in place.
  class pending_ring {
   public:
    explicit pending_ring(std::size_t cap) : buf_(cap) {}
    void push(pending_entry e) noexcept {
      buf_[next_] = e;
      next_ = next_ + 1 == buf_.size() ? 0 : next_ + 1;
      if (size_ < buf_.size()) ++size_;
    }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return buf_.size(); }
    void clear() noexcept { next_ = size_ = 0; }
    // Oldest first.
    pending_entry& at(std::size_t i) noexcept {
      std::size_t j = next_ + buf_.size() - size_ + i;
      while (j >= buf_.size()) j -= buf_.size();
      return buf_[j];
    }

   private:
    std::vector<pending_entry> buf_;
    std::size_t next_ = 0;
    std::size_t size_ = 0;
  };

  [[nodiscard]] T src_high(const bar_in& b) const noexcept {
    return o_.levels == breakout_levels::close ? b.close : b.high;
  }
  [[nodiscard]] T src_low(const bar_in& b) const noexcept {
    return o_.levels == breakout_levels::close ? b.close : b.low;
  }
  [[nodiscard]] T trig_up(const bar_in& b) const noexcept { return o_.intrabar ? b.high : b.close; }
  [[nodiscard]] T trig_down(const bar_in& b) const noexcept {
    return o_.intrabar ? b.low : b.close;
  }
  [[nodiscard]] bool window_valid() const noexcept { return upper_.valid && lower_.valid; }

  [[nodiscard]] std::optional<breakout_event<T>> side_event(const bar_in& b,
                                                            bool up) const noexcept {
    const T price = up ? trig_up(b) : trig_down(b);
    if (is_nan(price)) return std::nullopt;
    breakout_event<T> e;
    e.bar = bar_;
    e.side = up ? direction::up : direction::down;
    e.price = price;
    const bool found = o_.method == breakout_method::all_time ? record_level(e, up)
                       : o_.method == breakout_method::range  ? range_level(e, up)
                                                              : channel_level(e, up);
    if (!found) return std::nullopt;
    if (o_.volume_period > 0 && mean_volume_ > T(0) && !is_nan(b.volume))
      e.volume_ratio = static_cast<T>(b.volume / mean_volume_);
    if (!is_nan(b.htf)) e.higher_tf_agrees = up ? b.htf > T(0) : b.htf < T(0);
    return e;
  }
  // e.price beyond the level (up: above, down: below).
  [[nodiscard]] static bool beyond(T price, T level, bool up) noexcept {
    return up ? price > level : price < level;
  }
  // highest / donchian: the channel of the prior bars; donchian fires on the first close outside
  // and records the channel as the range.
  [[nodiscard]] bool channel_level(breakout_event<T>& e, bool up) const noexcept {
    const extremum<T>& lv = up ? upper_ : lower_;
    if (!lv.valid || !beyond(e.price, lv.value, up)) return false;
    e.level = lv.value;
    e.level_bar = static_cast<std::size_t>(lv.index);
    if (o_.method != breakout_method::donchian) return true;
    if ((up ? above_ : below_) || !window_valid()) return false;  // already outside the bar before
    set_range(e, upper_.value, static_cast<std::size_t>(upper_.index), lower_.value,
              static_cast<std::size_t>(lower_.index));
    return true;
  }
  // all_time: the record of every bar so far.
  [[nodiscard]] bool record_level(breakout_event<T>& e, bool up) const noexcept {
    const record<T>& r = up ? rec_hi_ : rec_lo_;
    if (!r.valid || !beyond(e.price, r.value, up)) return false;
    e.level = r.value;
    e.level_bar = r.bar;
    return true;
  }
  // range: the record, held for min_bars, over a base no deeper than max_height.
  [[nodiscard]] bool range_level(breakout_event<T>& e, bool up) const noexcept {
    const record<T>& r = up ? rec_hi_ : rec_lo_;
    const record<T>& other = up ? low_since_hi_ : high_since_lo_;
    if (!r.valid || !other.valid || !beyond(e.price, r.value, up)) return false;
    if (bar_ - r.bar < static_cast<std::size_t>(o_.min_bars)) return false;
    const auto top = static_cast<double>(up ? r.value : other.value);
    const auto bottom = static_cast<double>(up ? other.value : r.value);
    if (!((top - bottom) / (up ? top : bottom) <= o_.max_height)) return false;
    e.level = r.value;
    e.level_bar = r.bar;
    if (up) {
      set_range(e, r.value, r.bar, other.value, other.bar);
    } else {
      set_range(e, other.value, other.bar, r.value, r.bar);
    }
    return true;
  }

  static void set_range(breakout_event<T>& e, T top, std::size_t top_bar, T bottom,
                        std::size_t bottom_bar) noexcept {
    e.has_range = true;
    e.range_top = top;
    e.range_top_bar = top_bar;
    e.range_bottom = bottom;
    e.range_bottom_bar = bottom_bar;
  }

  breakout_options o_;
  bool window_;
  extremum_window<T, max_order> maxw_;
  extremum_window<T, min_order> minw_;
  extremum<T> upper_{nan_v<T>, -1, false}, lower_{nan_v<T>, -1, false};
  bool above_ = false, below_ = false;  // the bar before ended outside its channel
  record<T> rec_hi_, rec_lo_, low_since_hi_, high_since_lo_;
  rolling_mean_stream<T> volume_;
  T mean_volume_ = nan_v<T>;
  pending_ring pending_;
  std::vector<follow_through_note> notes_;
  std::size_t notes_n_ = 0;
  std::size_t bar_ = 0;
};

}  // namespace detail

// All events of a series, ordered by bar (an upside event before a downside one on one bar),
// with their confirmations filled in.
template <real T>
[[nodiscard]] std::vector<breakout_event<T>> breakouts(const breakout_series<T>& in,
                                                       const breakout_options& options = {}) {
  detail::check_breakout("breakouts", options);
  const std::size_t n = in.close.size();
  detail::check_size("breakouts", "high", in.high.size(), "close", n);
  detail::check_size("breakouts", "low", in.low.size(), "close", n);
  if (options.volume_period > 0)
    detail::check_size("breakouts", "volume", in.volume.size(), "close", n);
  if (!in.higher_tf.empty())
    detail::check_size("breakouts", "higher_tf", in.higher_tf.size(), "close", n);
  detail::breakout_engine<T> engine(options);
  std::vector<breakout_event<T>> out;
  for (std::size_t t = 0; t < n; ++t) {
    const auto b = detail::breakout_engine<T>::make_bar(
        in.high[t], in.low[t], in.close[t], options.volume_period > 0 ? in.volume[t] : nan_v<T>,
        in.higher_tf.empty() ? nan_v<T> : in.higher_tf[t]);
    const auto f = engine.evaluate(b);
    for (const follow_through_note& note : engine.commit(b, f)) {
      for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->bar == note.event_bar && it->side == note.side) {
          it->follow_through_at = note.confirmed_at;
          break;
        }
      }
    }
    if (f.up) out.push_back(*f.up);
    if (f.down) out.push_back(*f.down);
  }
  return out;
}

// Convenience: high, low, close as any series.
template <series High, series Low, series Close>
[[nodiscard]] std::vector<breakout_event<series_value_t<Close>>> breakouts(
    const High& high, const Low& low, const Close& close, const breakout_options& options = {}) {
  detail::check_same_sizes("breakouts", {"high", "low", "close"}, high, low, close);
  using T = series_value_t<Close>;
  return breakouts(breakout_series<T>{input_span(high), input_span(low), input_span(close)},
                   options);
}

// Convenience with volume, for volume confirmation (options.volume_period > 0).
template <series High, series Low, series Close, series Volume>
[[nodiscard]] std::vector<breakout_event<series_value_t<Close>>> breakouts(
    const High& high, const Low& low, const Close& close, const Volume& volume,
    const breakout_options& options = {}) {
  detail::check_same_sizes("breakouts", {"high", "low", "close", "volume"}, high, low, close,
                           volume);
  using T = series_value_t<Close>;
  return breakouts(
      breakout_series<T>{input_span(high), input_span(low), input_span(close), input_span(volume)},
      options);
}

// What one bar of breakout_stream reports.
template <real T>
struct breakout_update {
  std::optional<breakout_event<T>> up;  // fired on this bar (follow_through_at not known yet)
  std::optional<breakout_event<T>> down;
  // Earlier events whose follow-through this bar confirmed; valid until the next update().
  std::span<const follow_through_note> follow_through;
};

template <class T>
class breakout_stream {
  static_assert(is_real_v<T>, "taspan::breakout_stream<T>: T must be float or double");

 public:
  explicit breakout_stream(const breakout_options& options = {})
      : options_(checked(options)), engine_(options) {}

  // One bar; volume is read when volume_period > 0, higher_tf when not NaN.
  breakout_update<T> update(T high, T low, T close, T volume = nan_v<T>,
                            T higher_tf = nan_v<T>) noexcept {
    const auto b = detail::breakout_engine<T>::make_bar(high, low, close, volume, higher_tf);
    const auto f = engine_.evaluate(b);
    const auto notes = engine_.commit(b, f);
    return {f.up, f.down, notes};
  }
  // The events update() would fire on this bar, without changing state (no follow-through notes).
  [[nodiscard]] breakout_update<T> peek(T high, T low, T close, T volume = nan_v<T>,
                                        T higher_tf = nan_v<T>) const noexcept {
    const auto f =
        engine_.evaluate(detail::breakout_engine<T>::make_bar(high, low, close, volume, higher_tf));
    return {f.up, f.down, {}};
  }
  [[nodiscard]] bool ready() const noexcept { return engine_.bars() > 0; }
  void reset() noexcept { engine_.reset(); }
  // Events can fire from the first bar on (an all-time high needs no history); the channels
  // fire once they hold their window, which the options, not a warm-up count, decide.
  [[nodiscard]] int lookback() const noexcept { return 0; }
  [[nodiscard]] std::size_t bars_seen() const noexcept { return engine_.bars(); }
  [[nodiscard]] const breakout_options& options() const noexcept { return options_; }

 private:
  static breakout_options checked(const breakout_options& o) {
    detail::check_breakout("breakout_stream", o);
    return o;
  }
  breakout_options options_;
  detail::breakout_engine<T> engine_;
};

}  // namespace taspan
