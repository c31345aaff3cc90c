// The translation unit clang-tidy checks (see .clang-tidy and .ci/run): it includes every public
// header and instantiates every indicator of the catalog (taspan/catalog.hpp, through
// tests/support/indicator_registry_impl.hpp), batch and
// streaming, for float and double, so the checks see the library's templates instantiated. It is
// compiled (not run) by the clang preset, so it cannot rot.

#include "indicator_registry_impl.hpp"
#include "taspan/catalog.hpp"
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

}  // namespace

int main() { return run_all<float>() + run_all<double>() > 0 ? 0 : 1; }
