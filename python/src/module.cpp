// taspan._core: the compiled part of the taspan Python package (python/taspan/ wraps it).

#include "bindings.hpp"

#include <string>

#include <taspan/version.hpp>

PYBIND11_MODULE(_core, m) {
  namespace tp = taspan_python;
  m.doc() = "taspan's C++ kernels (use the taspan package, not this module)";
  m.attr("__version__") = std::to_string(TASPAN_VERSION_MAJOR) + "." +
                          std::to_string(TASPAN_VERSION_MINOR) + "." +
                          std::to_string(TASPAN_VERSION_PATCH);
  tp::bind_catalog(m);
  tp::bind_patterns(m);
  tp::bind_timeframe(m);
  tp::bind_panel(m);
}
