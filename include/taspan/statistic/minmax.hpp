#pragma once
// MINMAX (TA-Lib MINMAX): lowest and highest values over the last `period` bars, in TA-Lib's
// output order (outMin, outMax); the stream returns a minmax_value<T>{min, max}. It is
// taspan::rolling_minmax under TA-Lib's name, default period (30) and smallest period (2),
// declared with it in rolling/minmax.hpp.

#include "../rolling/minmax.hpp"
