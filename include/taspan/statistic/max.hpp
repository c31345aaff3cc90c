#pragma once
// MAX (TA-Lib MAX): the highest value over the last `period` bars. It is taspan::rolling_max under
// TA-Lib's name, default period (30) and smallest period (2), declared with it in
// rolling/max.hpp.

#include "../rolling/max.hpp"
