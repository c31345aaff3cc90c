#pragma once
// SUM (TA-Lib SUM): the sum of the last `period` bars. It is taspan::rolling_sum under TA-Lib's
// name, default period (30) and smallest period (2), declared with it in rolling/sum.hpp.

#include "../rolling/sum.hpp"
