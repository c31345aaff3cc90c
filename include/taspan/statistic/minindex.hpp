#pragma once
// MININDEX (TA-Lib MININDEX): the bar of the lowest value over the last `period` bars. It is
// taspan::rolling_argmin under TA-Lib's name, default period (30) and smallest period (2), declared
// with it in rolling/argmin.hpp.

#include "../rolling/argmin.hpp"
