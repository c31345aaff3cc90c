#pragma once
// MIN (TA-Lib MIN): the lowest value over the last `period` bars. It is taspan::rolling_min under
// TA-Lib's name, default period (30) and smallest period (2), declared with it in
// rolling/min.hpp.

#include "../rolling/min.hpp"
