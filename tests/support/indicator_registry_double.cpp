// The one instantiation of the indicator table for double (see the extern templates in the header);
// float and double are separate files so that a parallel build compiles them at once.
#include "indicator_registry.hpp"

namespace taspan_test::reg {
template std::vector<indicator<double>> all_indicators<double>();
}  // namespace taspan_test::reg
