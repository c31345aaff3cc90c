// Panel functions in Python: 2-D arrays with rows = bars and columns = symbols. A C-ordered array
// is a row-major panel and a Fortran-ordered one a column-major panel, both read in place; any
// other layout is copied to C order. Outputs have the input's shape and order; float32 when
// every input is float32, else float64. The GIL is released while the kernels run.

#include <pybind11/stl.h>

#include <array>
#include <cstdint>
#include <optional>
#include <utility>

#include <taspan/panel.hpp>

#include "bindings.hpp"

namespace taspan_python {
namespace {

namespace panel = taspan::panel;

template <class T, int Order>
using matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order>;
template <int Order>
constexpr int np_order = Order == Eigen::RowMajor ? py::array::c_style : py::array::f_style;
template <class T, int Order>
using np_panel = py::array_t<T, np_order<Order> | py::array::forcecast>;

[[nodiscard]] bool fortran_only(py::handle obj) {
  if (!py::isinstance<py::array>(obj)) return false;
  const auto flags = py::reinterpret_borrow<py::array>(obj).flags();
  return (flags & py::array::f_style) != 0 && (flags & py::array::c_style) == 0;
}

template <class T, int Order>
[[nodiscard]] np_panel<T, Order> panel_of(py::handle obj, const char* fn, const char* name) {
  auto a = np_panel<T, Order>::ensure(obj);
  if (!a) {
    PyErr_Clear();
    throw py::type_error(std::string("taspan.panel.") + fn + ": " + name +
                         " must be a 2-D array of numbers");
  }
  if (a.ndim() != 2)
    taspan::detail::fail(std::string("panel::") + fn, std::string(name) + " dimensions", "2",
                         a.ndim());
  return a;
}

// Runs kernel(in maps..., out maps...) on the inputs as panels of one type and order, returning
// the outputs (one array, or a tuple).
template <std::size_t NO, std::size_t NI, class Kernel>
py::object run(const char* fn, const std::array<const char*, NI>& names,
               const std::array<py::handle, NI>& in, Kernel&& kernel) {
  bool f32 = true;
  for (const py::handle x : in) f32 = f32 && is_float32(x);
  const auto go = [&]<class T, int Order>() -> py::object {
    std::array<np_panel<T, Order>, NI> held;
    for (std::size_t i = 0; i < NI; ++i) held[i] = panel_of<T, Order>(in[i], fn, names[i]);
    const auto rows = held[0].shape(0), cols = held[0].shape(1);
    std::array<py::array_t<T, np_order<Order>>, NO> out;
    for (auto& o : out) o = py::array_t<T, np_order<Order>>({rows, cols});
    using in_map = Eigen::Map<const matrix<T, Order>>;
    using out_map = Eigen::Map<matrix<T, Order>>;
    [&]<std::size_t... I, std::size_t... O>(std::index_sequence<I...>, std::index_sequence<O...>) {
      const py::gil_scoped_release unlocked;
      kernel(in_map(held[I].data(), held[I].shape(0), held[I].shape(1))...,
             out_map(out[O].mutable_data(), rows, cols)...);
    }
    (std::make_index_sequence<NI>{}, std::make_index_sequence<NO>{});
    if constexpr (NO == 1) {
      return std::move(out[0]);
    } else {
      py::tuple t(NO);
      for (std::size_t k = 0; k < NO; ++k) t[k] = out[k];
      return t;
    }
  };
  const bool f = fortran_only(in[0]);
  if (f32)
    return f ? go.template operator()<float, Eigen::ColMajor>()
             : go.template operator()<float, Eigen::RowMajor>();
  return f ? go.template operator()<double, Eigen::ColMajor>()
           : go.template operator()<double, Eigen::RowMajor>();
}

// One input, one output: kernel(in, out).
template <class Kernel>
py::object unary(const char* fn, const py::object& x, Kernel&& kernel) {
  return run<1, 1>(fn, {"in"}, {x}, std::forward<Kernel>(kernel));
}

// The screen's records as columns: found (0/1), bar, side (+1 up, -1 down, 0 none), the event's
// levels and the targets (NaN or -1 where there is none).
py::dict columns_of(const std::vector<panel::breakout_screen_result<double>>& r) {
  const auto n = static_cast<py::ssize_t>(r.size());
  auto ints = [&](auto get) {
    py::array_t<std::int64_t> a(n);
    for (py::ssize_t k = 0; k < n; ++k) a.mutable_data()[k] = get(r[static_cast<std::size_t>(k)]);
    return a;
  };
  auto reals = [&](auto get) {
    py::array_t<double> a(n);
    for (py::ssize_t k = 0; k < n; ++k) a.mutable_data()[k] = get(r[static_cast<std::size_t>(k)]);
    return a;
  };
  using rec = panel::breakout_screen_result<double>;
  const double nan = std::nan("");
  const auto at = [](std::size_t bar) { return static_cast<std::int64_t>(bar); };
  py::dict d;
  d["found"] = ints([](const rec& x) { return x.found ? 1 : 0; });
  d["bar"] = ints([&](const rec& x) { return x.found ? at(x.bar) : -1; });
  d["side"] = ints([](const rec& x) {
    return !x.found ? 0 : x.side == taspan::direction::up ? 1 : -1;
  });
  d["level"] = reals([](const rec& x) { return x.level; });
  d["close"] = reals([](const rec& x) { return x.close; });
  d["level_bar"] = ints([&](const rec& x) { return x.found ? at(x.event.level_bar) : -1; });
  d["range_top"] = reals([](const rec& x) { return x.event.range_top; });
  d["range_bottom"] = reals([](const rec& x) { return x.event.range_bottom; });
  d["range_top_bar"] =
      ints([&](const rec& x) { return x.event.has_range ? at(x.event.range_top_bar) : -1; });
  d["range_bottom_bar"] =
      ints([&](const rec& x) { return x.event.has_range ? at(x.event.range_bottom_bar) : -1; });
  d["volume_ratio"] = reals([](const rec& x) { return x.event.volume_ratio; });
  d["follow_through_at"] = ints([&](const rec& x) {
    return x.event.follow_through_at ? at(*x.event.follow_through_at) : -1;
  });
  d["target_arithmetic"] =
      reals([&](const rec& x) { return x.move ? x.move->targets.arithmetic : nan; });
  d["target_percent"] = reals([&](const rec& x) { return x.move ? x.move->targets.percent : nan; });
  d["target_range_height"] =
      reals([&](const rec& x) { return x.move ? x.move->targets.range_height : nan; });
  d["move_low"] = reals([&](const rec& x) { return x.move ? x.move->low : nan; });
  d["move_high"] = reals([&](const rec& x) { return x.move ? x.move->high : nan; });
  return d;
}

template <int Order>
py::dict screen(const py::object& high, const py::object& low, const py::object& close,
                const py::object& volume, const panel::breakout_screen_options& o, int threads) {
  const char* fn = "breakout_screen";
  const auto h = panel_of<double, Order>(high, fn, "high");
  const auto l = panel_of<double, Order>(low, fn, "low");
  const auto c = panel_of<double, Order>(close, fn, "close");
  using map = Eigen::Map<const matrix<double, Order>>;
  const auto as_map = [](const auto& a) { return map(a.data(), a.shape(0), a.shape(1)); };
  std::vector<panel::breakout_screen_result<double>> r;
  if (volume.is_none()) {
    const py::gil_scoped_release unlocked;
    r = panel::breakout_screen(as_map(h), as_map(l), as_map(c), o, threads);
  } else {
    const auto v = panel_of<double, Order>(volume, fn, "volume");
    const py::gil_scoped_release unlocked;
    r = panel::breakout_screen(as_map(h), as_map(l), as_map(c), as_map(v), o, threads);
  }
  return columns_of(r);
}

}  // namespace

void bind_panel(py::module_& m) {
  auto p =
      m.def_submodule("panel", "Panel functions on 2-D arrays (rows = bars, columns = symbols).");
  const auto x = py::arg("x");
  const auto threads = py::arg("threads") = 1;
  p.def(
      "sma",
      [](const py::object& in, int period, int t) {
        return unary("sma", in, [&](const auto& a, auto b) { panel::sma(a, b, period, t); });
      },
      x, py::arg("period") = 30, threads);
  p.def(
      "ema",
      [](const py::object& in, int period, int seed, int t) {
        return unary("ema", in, [&](const auto& a, auto b) {
          panel::ema(a, b, period, static_cast<taspan::ema_seed>(seed), t);
        });
      },
      x, py::arg("period") = 30, py::arg("seed") = 0, threads);
  const auto windowed = [&](const char* name, auto f) {
    p.def(
        name,
        [name, f](const py::object& in, int period, int t) {
          return unary(name, in, [&](const auto& a, auto b) { f(a, b, period, t); });
        },
        x, py::arg("period"), threads);
  };
  windowed("rolling_sum",
           [](const auto& a, auto& b, int n, int t) { panel::rolling_sum(a, b, n, t); });
  windowed("rolling_mean",
           [](const auto& a, auto& b, int n, int t) { panel::rolling_mean(a, b, n, t); });
  windowed("rolling_max",
           [](const auto& a, auto& b, int n, int t) { panel::rolling_max(a, b, n, t); });
  windowed("rolling_min",
           [](const auto& a, auto& b, int n, int t) { panel::rolling_min(a, b, n, t); });
  p.def(
      "rolling_var",
      [](const py::object& in, int period, int ddof, int t) {
        return unary("rolling_var", in,
                     [&](const auto& a, auto b) { panel::rolling_var(a, b, period, ddof, t); });
      },
      x, py::arg("period"), py::arg("ddof") = 0, threads);
  p.def(
      "rolling_stddev",
      [](const py::object& in, int period, int ddof, int t) {
        return unary("rolling_stddev", in,
                     [&](const auto& a, auto b) { panel::rolling_stddev(a, b, period, ddof, t); });
      },
      x, py::arg("period"), py::arg("ddof") = 0, threads);
  p.def(
      "var",
      [](const py::object& in, int period, double nbdev, int t) {
        return unary("var", in, [&](const auto& a, auto b) { panel::var(a, b, period, nbdev, t); });
      },
      x, py::arg("period") = 5, py::arg("nbdev") = 1.0, threads);
  p.def(
      "stddev",
      [](const py::object& in, int period, double nbdev, int t) {
        return unary("stddev", in,
                     [&](const auto& a, auto b) { panel::stddev(a, b, period, nbdev, t); });
      },
      x, py::arg("period") = 5, py::arg("nbdev") = 1.0, threads);
  p.def(
      "rsi",
      [](const py::object& in, int period, int t) {
        return unary("rsi", in, [&](const auto& a, auto b) { panel::rsi(a, b, period, t); });
      },
      x, py::arg("period") = 14, threads);
  p.def(
      "atr",
      [](const py::object& h, const py::object& l, const py::object& c, int period, int seed,
         int t) {
        return run<1, 3>("atr", {"high", "low", "close"}, {h, l, c},
                         [&](const auto& hh, const auto& ll, const auto& cc, auto out) {
                           panel::atr(hh, ll, cc, out, period,
                                      static_cast<taspan::wilder_seed>(seed), t);
                         });
      },
      py::arg("high"), py::arg("low"), py::arg("close"), py::arg("period") = 14,
      py::arg("seed") = 0, threads);
  p.def(
      "bbands",
      [](const py::object& in, int period, double up, double dn, int matype, int t) {
        return run<3, 1>("bbands", {"in"}, {in}, [&](const auto& a, auto u, auto mid, auto lo) {
          panel::bbands(a, u, mid, lo, period, up, dn, static_cast<taspan::ma_type>(matype), t);
        });
      },
      x, py::arg("period") = 5, py::arg("nbdevup") = 2.0, py::arg("nbdevdn") = 2.0,
      py::arg("matype") = 0, threads);
  p.def(
      "donchian",
      [](const py::object& h, const py::object& l, int period, int t) {
        return run<3, 2>("donchian", {"high", "low"}, {h, l},
                         [&](const auto& hh, const auto& ll, auto u, auto mid, auto lo) {
                           panel::donchian(hh, ll, u, mid, lo, period, t);
                         });
      },
      py::arg("high"), py::arg("low"), py::arg("period") = 20, threads);
  p.def(
      "breakout_screen",
      [](const py::object& h, const py::object& l, const py::object& c, const py::object& v,
         std::string_view method, int period, int min_bars, double max_height,
         std::string_view levels, bool intrabar, std::string_view sides, int volume_period,
         int follow_through, double swing_threshold, std::string_view swing_unit, int t) {
        const char* fn = "panel::breakout_screen";
        panel::breakout_screen_options o;
        o.breakout = options_of(fn, method, period, min_bars, max_height, levels, intrabar, sides,
                                volume_period, follow_through);
        o.swings = threshold_of(fn, swing_threshold, swing_unit);
        return fortran_only(c) ? screen<Eigen::ColMajor>(h, l, c, v, o, t)
                               : screen<Eigen::RowMajor>(h, l, c, v, o, t);
      },
      py::arg("high"), py::arg("low"), py::arg("close"), py::arg("volume") = py::none(),
      py::arg("method") = "highest", py::arg("period") = 20, py::arg("min_bars") = 20,
      py::arg("max_height") = 0.25, py::arg("levels") = "high_low", py::arg("intrabar") = false,
      py::arg("sides") = "up", py::arg("volume_period") = 0, py::arg("follow_through") = 0,
      py::arg("swing_threshold") = 5.0, py::arg("swing_unit") = "percent", threads);
}

}  // namespace taspan_python
