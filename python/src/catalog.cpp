// The catalog in Python: every entry's description, a batch call by name into new NumPy arrays
// (GIL released while the kernel runs) and a stream by name. The Python package builds one
// function and one stream class per entry from these, so a new catalog entry needs no code here.

#include <pybind11/stl.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <taspan/catalog.hpp>

#include "bindings.hpp"

namespace taspan_python {
namespace {

namespace catalog = taspan::catalog;

[[nodiscard]] std::string_view kind_name(catalog::param_kind k) {
  switch (k) {
    case catalog::param_kind::integer:
      return "integer";
    case catalog::param_kind::real:
      return "real";
    case catalog::param_kind::ma_type:
      return "ma_type";
    default:
      return "choice";
  }
}

// A parameter's default as Python shows it: an int, a float or a choice's name.
[[nodiscard]] py::object default_of(const catalog::param& p) {
  if (p.kind == catalog::param_kind::integer) return py::int_(static_cast<long long>(p.def));
  if (p.kind == catalog::param_kind::real) return py::float_(p.def);
  for (const catalog::choice& c : p.choices)
    if (static_cast<double>(c.value) == p.def) return py::str(std::string(c.name));
  return py::float_(p.def);
}

[[nodiscard]] py::dict describe(const catalog::entry& e) {
  py::list inputs, outputs, params;
  for (const catalog::input in : e.inputs) inputs.append(std::string(catalog::name_of(in)));
  for (const std::string_view out : e.outputs) outputs.append(std::string(out));
  for (std::size_t k = 0; k < e.params.size(); ++k) {
    const catalog::param& p = e.params[k];
    py::list choices;
    for (const catalog::choice& c : p.choices) choices.append(py::make_tuple(c.name, c.value));
    py::dict d;
    d["name"] = std::string(p.name);
    d["kind"] = std::string(kind_name(p.kind));
    d["default"] = default_of(p);
    d["suggested"] = py::make_tuple(p.suggested_lo, p.suggested_hi);
    d["choices"] = choices;
    d["rule"] = e.rule_of(k);
    params.append(d);
  }
  py::dict d;
  d["name"] = std::string(e.name);
  d["talib"] = std::string(e.talib);
  d["family"] = std::string(catalog::name_of(e.family_of));
  d["summary"] = std::string(e.summary);
  d["inputs"] = inputs;
  d["outputs"] = outputs;
  d["params"] = params;
  return d;
}

// Parameter values in the entry's order, defaults until given.
struct values {
  std::array<double, catalog::max_params> v{};
  std::size_t size = 0;
  [[nodiscard]] std::span<const double> get() const { return {v.data(), size}; }
};

// A number given for parameter k: integers (and choices' values) must be whole ints; ranges are
// left to the library, which checks every value of the call with its own message. (catalog::args
// checks ranges when a value is set, by bisection over calls on empty series: ~60 throws a
// parameter, too slow for every call.)
void put_number(const catalog::entry& e, std::size_t k, double x, values& out) {
  const catalog::param& p = e.params[k];
  if (p.kind != catalog::param_kind::real &&
      !(x == std::floor(x) && std::abs(x) <= std::numeric_limits<int>::max()))
    taspan::detail::fail(e.name, p.name, "an integer", x);
  if (p.kind == catalog::param_kind::ma_type || p.kind == catalog::param_kind::choice) {
    const bool known = std::any_of(p.choices.begin(), p.choices.end(),
                                   [&](const catalog::choice& c) { return c.value == x; });
    if (!known) taspan::detail::fail(e.name, p.name, e.rule_of(k), x);
  }
  out.v[k] = x;
}

// Parameter values by name: a number, or a choice's name ("ema").
[[nodiscard]] values values_of(const catalog::entry& e, const py::dict& params) {
  values out;
  out.size = e.params.size();
  for (std::size_t k = 0; k < out.size; ++k) out.v[k] = e.params[k].def;
  for (const auto& [key, value] : params) {
    const auto name = key.cast<std::string>();
    const std::size_t k = e.param_index(name);
    if (py::isinstance<py::str>(value)) {  // a choice's name (or a number as text): the catalog
      catalog::args a(e);
      a.set(name, value.cast<std::string>());
      out.v[k] = a[k];
    } else if (py::isinstance<py::bool_>(value) || !py::hasattr(value, "__float__")) {
      throw py::type_error("taspan." + std::string(e.name) + ": " + name +
                           " must be a number or a name, got " +
                           std::string(py::str(py::type::handle_of(value).attr("__name__"))));
    } else {
      put_number(e, k, value.cast<double>(), out);
    }
  }
  return out;
}

template <class T>
[[nodiscard]] py::list run(const catalog::entry& e, const values& v, const py::sequence& inputs) {
  std::vector<c_array<T>> held;
  std::vector<std::span<const T>> in;
  held.reserve(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    held.push_back(
        series_of<T>(inputs[i], e.name, catalog::name_of(e.inputs[i < e.inputs.size() ? i : 0])));
    in.push_back(span_of(held.back()));
  }
  const std::size_t n = in.empty() ? 0 : in.front().size();
  py::list result;
  std::vector<std::span<T>> out(e.outputs.size());
  for (std::span<T>& o : out) result.append(new_series<T>(n, o));
  {
    const py::gil_scoped_release unlocked;
    e.batch_of<T>()(in, out, v.get());
  }
  return result;
}

// call(name, inputs, params): the entry's outputs as new arrays. float32 when every input is a
// float32 array, else float64 (other inputs converted).
py::list call(std::string_view name, const py::sequence& inputs, const py::dict& params) {
  const catalog::entry& e = catalog::get(name);
  const values v = values_of(e, params);
  if (inputs.size() != e.inputs.size())
    taspan::detail::fail(e.name, "inputs", std::to_string(e.inputs.size()) + " series",
                         inputs.size());
  bool f32 = inputs.size() > 0;
  for (const py::handle x : inputs) f32 = f32 && is_float32(x);
  return f32 ? run<float>(e, v, inputs) : run<double>(e, v, inputs);
}

int lookback(std::string_view name, const py::dict& params) {
  const catalog::entry& e = catalog::get(name);
  const values v = values_of(e, params);
  e.batch_of<double>()({}, {}, v.get());  // the library's checks (it takes empty series)
  return e.lookback_of(v.get());
}

// A stream by name: update(*bar) / peek(*bar) take one value per input and return a float (one
// output) or a tuple.
class stream {
 public:
  stream(std::string_view name, const py::dict& params, std::string_view dtype)
      : entry_(&catalog::get(name)) {
    const values v = values_of(*entry_, params);
    if (dtype == "float64") {
      s_ = entry_->stream_of<double>()(v.get());
    } else if (dtype == "float32") {
      s_ = entry_->stream_of<float>()(v.get());
    } else {
      taspan::detail::fail(entry_->name, "dtype", "float64 or float32",
                           taspan::detail::quoted(dtype));
    }
  }

  py::object update(const py::args& bar) { return step(bar, false); }
  py::object peek(const py::args& bar) { return step(bar, true); }
  [[nodiscard]] bool ready() const {
    return std::visit([](const auto& s) { return s->ready(); }, s_);
  }
  void reset() {
    std::visit([](auto& s) { s->reset(); }, s_);
  }
  [[nodiscard]] int lookback() const {
    return std::visit([](const auto& s) { return s->lookback(); }, s_);
  }
  [[nodiscard]] std::string name() const { return std::string(entry_->name); }

 private:
  template <class T>
  using ptr = std::unique_ptr<catalog::stream<T>>;
  template <class P>
  struct element;
  template <class T>
  struct element<ptr<T>> {
    using type = T;
  };

  py::object step(const py::args& bar, bool peeking) {
    const std::size_t n_in = entry_->inputs.size();
    if (bar.size() != n_in)
      throw py::type_error("taspan.stream." + std::string(entry_->name) + ": takes " +
                           std::to_string(n_in) + " value(s) per bar (" + input_list() + "), got " +
                           std::to_string(bar.size()));
    return std::visit(
        [&](auto& s) -> py::object {
          using T = typename element<std::remove_cvref_t<decltype(s)>>::type;
          std::array<T, 8> in{};
          std::array<T, 8> out{};
          for (std::size_t i = 0; i < n_in; ++i) in[i] = static_cast<T>(bar[i].cast<double>());
          const std::span<const T> b(in.data(), n_in);
          const std::span<T> o(out.data(), entry_->outputs.size());
          if (peeking) {
            s->peek(b, o);
          } else {
            s->update(b, o);
          }
          if (o.size() == 1) return py::float_(static_cast<double>(o[0]));
          py::tuple t(o.size());
          for (std::size_t k = 0; k < o.size(); ++k) t[k] = py::float_(static_cast<double>(o[k]));
          return t;
        },
        s_);
  }
  [[nodiscard]] std::string input_list() const {
    std::string s;
    for (const catalog::input in : entry_->inputs)
      s.append(s.empty() ? "" : ", ").append(catalog::name_of(in));
    return s;
  }

  const catalog::entry* entry_;
  std::variant<ptr<double>, ptr<float>> s_;
};

}  // namespace

void bind_catalog(py::module_& m) {
  m.def(
      "entries",
      [] {
        py::list out;
        for (const catalog::entry& e : catalog::entries()) out.append(describe(e));
        return out;
      },
      "Every catalog entry as a dict: name, talib, family, summary, inputs, outputs, params.");
  m.def("call", &call, py::arg("name"), py::arg("inputs"), py::arg("params"),
        "Runs an indicator by name: a list of new arrays, one per output.");
  m.def("lookback", &lookback, py::arg("name"), py::arg("params"));
  py::class_<stream>(m, "Stream", "An indicator fed one bar at a time (see taspan.stream).")
      .def(py::init<std::string_view, const py::dict&, std::string_view>(), py::arg("name"),
           py::arg("params"), py::arg("dtype") = "float64")
      .def("update", &stream::update, "Feeds one bar; returns the value(s) on it.")
      .def("peek", &stream::peek, "What update() would return, without changing the state.")
      .def("ready", &stream::ready, "True once the values are defined.")
      .def("reset", &stream::reset, "Back to the state before the first bar.")
      .def("lookback", &stream::lookback, "Bars before the first defined value.")
      .def_property_readonly("indicator", &stream::name);
}

}  // namespace taspan_python
