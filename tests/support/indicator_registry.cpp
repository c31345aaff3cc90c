// The one instantiation of the indicator table (see the extern templates in the header): it
// compiles every catalog entry for float and double.
#include "indicator_registry_impl.hpp"

namespace taspan_test::reg {
template std::vector<indicator<float>> all_indicators<float>();
template std::vector<indicator<double>> all_indicators<double>();
}  // namespace taspan_test::reg
