#pragma once
// Shared pieces of the taspan Python module (taspan._core): NumPy arrays as spans, names of enum
// values. Each bind_* function lives in its own translation unit (catalog.cpp compiles every
// indicator; the others compile only what they bind).

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include <taspan/core/error.hpp>
#include <taspan/patterns/breakout.hpp>
#include <taspan/patterns/swing.hpp>

namespace taspan_python {

namespace py = pybind11;

// A C-contiguous array of T: the caller's array itself when it already is one (read-only ones
// too), else a converted copy.
template <class T>
using c_array = py::array_t<T, py::array::c_style | py::array::forcecast>;

// A 1-D series as contiguous T (zero-copy when it already is). `name` is used in the error.
template <class T>
[[nodiscard]] c_array<T> series_of(py::handle obj, std::string_view function,
                                   std::string_view name) {
  auto a = c_array<T>::ensure(obj);
  if (!a) {
    PyErr_Clear();
    throw py::type_error("taspan." + std::string(function) + ": " + std::string(name) +
                         " must be a 1-D array of numbers");
  }
  if (a.ndim() != 1)
    taspan::detail::fail(function, std::string(name) + " dimensions", "1", a.ndim());
  return a;
}

template <class T>
[[nodiscard]] std::span<const T> span_of(const c_array<T>& a) {
  return {a.data(), static_cast<std::size_t>(a.size())};
}

// A new 1-D array of n values and its span.
template <class T>
[[nodiscard]] py::array_t<T> new_series(std::size_t n, std::span<T>& view) {
  py::array_t<T> a(static_cast<py::ssize_t>(n));
  view = {a.mutable_data(), n};
  return a;
}

// Is obj a NumPy array of float32 (the one case computed in float)?
[[nodiscard]] inline bool is_float32(py::handle obj) {
  if (!py::isinstance<py::array>(obj)) return false;
  const auto dt = py::reinterpret_borrow<py::array>(obj).dtype();
  return dt.kind() == 'f' && dt.itemsize() == 4;
}

// The value of a named enum option: `names[k]` is value k. Unknown names throw taspan::error.
template <class E, std::size_t N>
[[nodiscard]] E enum_of(std::string_view function, std::string_view parameter,
                        std::string_view text, const std::array<std::string_view, N>& names) {
  for (std::size_t k = 0; k < N; ++k)
    if (names[k] == text) return static_cast<E>(k);
  std::string rule = "one of ";
  for (std::size_t k = 0; k < N; ++k) rule.append(k == 0 ? "" : "|").append(names[k]);
  taspan::detail::fail(function, parameter, rule, taspan::detail::quoted(text));
}

// Breakout options and swing thresholds from their Python arguments (names for the enums).
taspan::breakout_options options_of(const char* fn, std::string_view method, int period,
                                    int min_bars, double max_height, std::string_view levels,
                                    bool intrabar, std::string_view sides, int volume_period,
                                    int follow_through);
taspan::swing_threshold threshold_of(const char* fn, double amount, std::string_view unit);

void bind_catalog(py::module_& m);
void bind_patterns(py::module_& m);
void bind_timeframe(py::module_& m);
void bind_panel(py::module_& m);

}  // namespace taspan_python
