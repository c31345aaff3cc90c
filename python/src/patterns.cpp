// Pivots, swings, breakouts and measured moves in Python (float64): results are small record
// classes (taspan.Pivot, Swing, BreakoutEvent, MeasuredMove, Targets) with a `_fields` tuple, so
// taspan.records_frame() can make a DataFrame of a list of them.

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <taspan/patterns.hpp>

#include "bindings.hpp"

namespace taspan_python {
namespace {

using event = taspan::breakout_event<double>;
using move = taspan::measured_move_result<double>;
using targets = taspan::measured_move_targets<double>;

constexpr std::array<std::string_view, 2> extreme_names{"high", "low"};
constexpr std::array<std::string_view, 2> side_names{"up", "down"};
constexpr std::array<std::string_view, 4> method_names{"highest", "all_time", "donchian", "range"};
constexpr std::array<std::string_view, 2> level_names{"high_low", "close"};
constexpr std::array<std::string_view, 3> sides_names{"up", "down", "both"};
constexpr std::array<std::string_view, 3> unit_names{"percent", "points", "atr"};
constexpr std::array<std::string_view, 2> basis_names{"range", "leg"};

}  // namespace

taspan::breakout_options options_of(const char* fn, std::string_view method, int period,
                                    int min_bars, double max_height, std::string_view levels,
                                    bool intrabar, std::string_view sides, int volume_period,
                                    int follow_through) {
  taspan::breakout_options o;
  o.method = enum_of<taspan::breakout_method>(fn, "method", method, method_names);
  o.period = period;
  o.min_bars = min_bars;
  o.max_height = max_height;
  o.levels = enum_of<taspan::breakout_levels>(fn, "levels", levels, level_names);
  o.intrabar = intrabar;
  o.sides = enum_of<taspan::breakout_sides>(fn, "sides", sides, sides_names);
  o.volume_period = volume_period;
  o.follow_through = follow_through;
  return o;
}

taspan::swing_threshold threshold_of(const char* fn, double amount, std::string_view unit) {
  return {enum_of<taspan::swing_unit>(fn, "unit", unit, unit_names), amount};
}

namespace {

template <class E, std::size_t N>
[[nodiscard]] std::string name_of(E e, const std::array<std::string_view, N>& names) {
  return std::string(names[static_cast<std::size_t>(e)]);
}

// An optional series: empty when None.
[[nodiscard]] c_array<double> optional_series(const py::object& obj, const char* fn,
                                              const char* name) {
  return obj.is_none() ? c_array<double>(0) : series_of<double>(obj, fn, name);
}

std::vector<event> breakouts(const py::object& high, const py::object& low, const py::object& close,
                             const py::object& volume, const py::object& higher_tf,
                             std::string_view method, int period, int min_bars, double max_height,
                             std::string_view levels, bool intrabar, std::string_view sides,
                             int volume_period, int follow_through) {
  const char* fn = "breakouts";
  const auto o = options_of(fn, method, period, min_bars, max_height, levels, intrabar, sides,
                            volume_period, follow_through);
  const auto h = series_of<double>(high, fn, "high");
  const auto l = series_of<double>(low, fn, "low");
  const auto c = series_of<double>(close, fn, "close");
  const auto v = optional_series(volume, fn, "volume");
  const auto t = optional_series(higher_tf, fn, "higher_tf");
  if (o.volume_period > 0 && volume.is_none())
    taspan::detail::fail(fn, "volume", "given when volume_period > 0", "None");
  const taspan::breakout_series<double> in{span_of(h), span_of(l), span_of(c), span_of(v),
                                           span_of(t)};
  const py::gil_scoped_release unlocked;
  return taspan::breakouts(in, o);
}

std::vector<taspan::swing<double>> swings(const py::object& high, const py::object& low,
                                          double threshold, std::string_view unit,
                                          const py::object& atr) {
  const char* fn = "swings";
  const auto th = threshold_of(fn, threshold, unit);
  const auto h = series_of<double>(high, fn, low.is_none() ? "close" : "high");
  const auto l = low.is_none() ? h : series_of<double>(low, fn, "low");
  if (!atr.is_none()) {
    const auto a = series_of<double>(atr, fn, "atr");
    const py::gil_scoped_release unlocked;
    return taspan::swings(span_of(h), span_of(l), span_of(a), th);
  }
  if (low.is_none()) return taspan::swings(span_of(h), th);
  return taspan::swings(span_of(h), span_of(l), th);
}

std::vector<taspan::pivot<double>> pivots(const py::object& high, const py::object& low, int left,
                                          int right) {
  const auto h = series_of<double>(high, "pivots", "high");
  const auto l = low.is_none() ? h : series_of<double>(low, "pivots", "low");
  return taspan::pivots(span_of(h), span_of(l), left, right);
}

// "bar=3, price=1.5, ..." from the record's _fields.
std::string repr_of(const py::handle self) {
  std::string s = std::string(py::str(py::type::handle_of(self).attr("__name__"))) + "(";
  const py::tuple fields = self.attr("_fields");
  for (std::size_t k = 0; k < fields.size(); ++k) {
    const auto f = fields[k].cast<std::string>();
    s.append(k == 0 ? "" : ", ").append(f).append("=");
    s.append(py::repr(self.attr(f.c_str())).cast<std::string>());
  }
  return s + ")";
}

template <class C>
void as_record(C& cls, std::vector<const char*> fields) {
  py::tuple t(fields.size());
  for (std::size_t k = 0; k < fields.size(); ++k) t[k] = py::str(fields[k]);
  cls.attr("_fields") = t;
  cls.def("__repr__", [](const py::object& self) { return repr_of(self); });
  cls.def("_asdict", [](const py::object& self) {
    py::dict d;
    for (const py::handle f : self.attr("_fields")) d[f] = self.attr(f);
    return d;
  });
}

void bind_records(py::module_& m) {
  py::class_<taspan::pivot<double>> pivot(m, "Pivot", "A fractal pivot (taspan::pivots).");
  pivot.def_readonly("bar", &taspan::pivot<double>::bar)
      .def_readonly("price", &taspan::pivot<double>::price)
      .def_property_readonly(
          "kind", [](const taspan::pivot<double>& p) { return name_of(p.kind, extreme_names); })
      .def_readonly("confirmed_at", &taspan::pivot<double>::confirmed_at)
      .def(py::self == py::self);
  as_record(pivot, {"bar", "price", "kind", "confirmed_at"});

  py::class_<taspan::swing<double>> swing(m, "Swing", "A zigzag swing (taspan::swings).");
  swing.def_readonly("bar", &taspan::swing<double>::bar)
      .def_readonly("price", &taspan::swing<double>::price)
      .def_property_readonly(
          "kind", [](const taspan::swing<double>& p) { return name_of(p.kind, extreme_names); })
      .def_readonly("confirmed_at", &taspan::swing<double>::confirmed_at)
      .def(py::self == py::self);
  as_record(swing, {"bar", "price", "kind", "confirmed_at"});

  py::class_<event> ev(m, "BreakoutEvent", "A breakout (taspan::breakouts).");
  ev.def_readonly("bar", &event::bar)
      .def_property_readonly("side", [](const event& e) { return name_of(e.side, side_names); })
      .def_readonly("price", &event::price)
      .def_readonly("level", &event::level)
      .def_readonly("level_bar", &event::level_bar)
      .def_readonly("has_range", &event::has_range)
      .def_readonly("range_top", &event::range_top)
      .def_readonly("range_bottom", &event::range_bottom)
      .def_readonly("range_top_bar", &event::range_top_bar)
      .def_readonly("range_bottom_bar", &event::range_bottom_bar)
      .def_readonly("volume_ratio", &event::volume_ratio)
      .def_readonly("follow_through_at", &event::follow_through_at)
      .def_readonly("higher_tf_agrees", &event::higher_tf_agrees)
      .def(py::self == py::self);
  as_record(ev, {"bar", "side", "price", "level", "level_bar", "has_range", "range_top",
                 "range_bottom", "range_top_bar", "range_bottom_bar", "volume_ratio",
                 "follow_through_at", "higher_tf_agrees"});

  py::class_<targets> tg(m, "Targets", "Measured-move targets (taspan::measured_move).");
  tg.def_readonly("arithmetic", &targets::arithmetic)
      .def_readonly("percent", &targets::percent)
      .def_readonly("range_height", &targets::range_height)
      .def_property_readonly("fibonacci", [](const targets& t) {
        return py::make_tuple(t.fibonacci[0], t.fibonacci[1], t.fibonacci[2]);
      });
  as_record(tg, {"arithmetic", "percent", "range_height", "fibonacci"});

  py::class_<move> mv(m, "MeasuredMove", "Targets and what they measure (measured_move_for).");
  mv.def_property_readonly("basis", [](const move& r) { return name_of(r.basis, basis_names); })
      .def_property_readonly("side", [](const move& r) { return name_of(r.side, side_names); })
      .def_readonly("low", &move::low)
      .def_readonly("low_bar", &move::low_bar)
      .def_readonly("high", &move::high)
      .def_readonly("high_bar", &move::high_bar)
      .def_readonly("level", &move::level)
      .def_readonly("level_bar", &move::level_bar)
      .def_readonly("targets", &move::targets);
  as_record(
      mv, {"basis", "side", "low", "low_bar", "high", "high_bar", "level", "level_bar", "targets"});
}

// Streams of the patterns, in float64.
class breakout_stream_py {
 public:
  explicit breakout_stream_py(const taspan::breakout_options& o) : s_(o) {}
  // (up event or None, down event or None, [(event_bar, side, confirmed_at), ...])
  py::tuple update(double high, double low, double close, double volume, double higher_tf) {
    return pack(s_.update(high, low, close, volume, higher_tf));
  }
  py::tuple peek(double high, double low, double close, double volume, double higher_tf) const {
    return pack(s_.peek(high, low, close, volume, higher_tf));
  }
  taspan::breakout_stream<double>& get() { return s_; }

 private:
  static py::tuple pack(const taspan::breakout_update<double>& u) {
    py::list notes;
    for (const auto& n : u.follow_through)
      notes.append(py::make_tuple(n.event_bar, name_of(n.side, side_names), n.confirmed_at));
    return py::make_tuple(u.up ? py::cast(*u.up) : py::none(),
                          u.down ? py::cast(*u.down) : py::none(), notes);
  }
  taspan::breakout_stream<double> s_;
};

void bind_streams(py::module_& m) {
  const double nan = std::nan("");
  py::class_<breakout_stream_py>(
      m, "BreakoutStream", "Breakouts bar by bar: the events of taspan.breakouts, on their bar.")
      .def(py::init([](std::string_view method, int period, int min_bars, double max_height,
                       std::string_view levels, bool intrabar, std::string_view sides,
                       int volume_period, int follow_through) {
             return breakout_stream_py(options_of("breakout_stream", method, period, min_bars,
                                                  max_height, levels, intrabar, sides,
                                                  volume_period, follow_through));
           }),
           py::arg("method") = "highest", py::arg("period") = 20, py::arg("min_bars") = 20,
           py::arg("max_height") = 0.25, py::arg("levels") = "high_low",
           py::arg("intrabar") = false, py::arg("sides") = "up", py::arg("volume_period") = 0,
           py::arg("follow_through") = 0)
      .def("update", &breakout_stream_py::update, py::arg("high"), py::arg("low"), py::arg("close"),
           py::arg("volume") = nan, py::arg("higher_tf") = nan)
      .def("peek", &breakout_stream_py::peek, py::arg("high"), py::arg("low"), py::arg("close"),
           py::arg("volume") = nan, py::arg("higher_tf") = nan)
      .def("ready", [](breakout_stream_py& s) { return s.get().ready(); })
      .def("reset", [](breakout_stream_py& s) { s.get().reset(); })
      .def("lookback", [](breakout_stream_py& s) { return s.get().lookback(); });

  using swing_s = taspan::swing_stream<double>;
  py::class_<swing_s>(m, "SwingStream", "Zigzag swings bar by bar: the swing a bar confirms.")
      .def(py::init([](double threshold, std::string_view unit) {
             return swing_s(threshold_of("swing_stream", threshold, unit));
           }),
           py::arg("threshold") = 5.0, py::arg("unit") = "percent")
      .def(
          "update",
          [](swing_s& s, double high, const py::object& low, double atr) {
            return low.is_none() ? s.update(high) : s.update(high, low.cast<double>(), atr);
          },
          py::arg("high"), py::arg("low") = py::none(), py::arg("atr") = 0.0)
      .def(
          "peek",
          [](const swing_s& s, double high, const py::object& low, double atr) {
            return low.is_none() ? s.peek(high) : s.peek(high, low.cast<double>(), atr);
          },
          py::arg("high"), py::arg("low") = py::none(), py::arg("atr") = 0.0)
      .def("pending", &swing_s::pending)
      .def("ready", &swing_s::ready)
      .def("reset", &swing_s::reset)
      .def("lookback", &swing_s::lookback);

  using pivot_s = taspan::pivot_stream<double>;
  py::class_<pivot_s>(m, "PivotStream", "Fractal pivots bar by bar: (high pivot, low pivot).")
      .def(py::init<int, int>(), py::arg("left") = 2, py::arg("right") = 2)
      .def("update",
           [](pivot_s& s, double high, double low) {
             const auto u = s.update(high, low);
             return py::make_tuple(u.high, u.low);
           })
      .def("peek",
           [](const pivot_s& s, double high, double low) {
             const auto u = s.peek(high, low);
             return py::make_tuple(u.high, u.low);
           })
      .def("ready", &pivot_s::ready)
      .def("reset", &pivot_s::reset)
      .def("lookback", &pivot_s::lookback);
}

}  // namespace

void bind_patterns(py::module_& m) {
  bind_records(m);
  bind_streams(m);
  m.def("breakouts", &breakouts, py::arg("high"), py::arg("low"), py::arg("close"),
        py::arg("volume") = py::none(), py::arg("higher_tf") = py::none(),
        py::arg("method") = "highest", py::arg("period") = 20, py::arg("min_bars") = 20,
        py::arg("max_height") = 0.25, py::arg("levels") = "high_low", py::arg("intrabar") = false,
        py::arg("sides") = "up", py::arg("volume_period") = 0, py::arg("follow_through") = 0);
  m.def("swings", &swings, py::arg("high"), py::arg("low") = py::none(), py::arg("threshold") = 5.0,
        py::arg("unit") = "percent", py::arg("atr") = py::none());
  m.def("pivots", &pivots, py::arg("high"), py::arg("low") = py::none(), py::arg("left") = 2,
        py::arg("right") = 2);
  m.def(
      "measured_move",
      [](double low, double high, double level, std::string_view side) {
        return taspan::measured_move(
            low, high, level,
            enum_of<taspan::direction>("measured_move", "side", side, side_names));
      },
      py::arg("low"), py::arg("high"), py::arg("level"), py::arg("side") = "up");
  m.def(
      "measured_move_for",
      [](const event& e, const std::vector<taspan::swing<double>>& sw) {
        return taspan::measured_move_for(e, sw);
      },
      py::arg("event"), py::arg("swings") = std::vector<taspan::swing<double>>{});
}

}  // namespace taspan_python
