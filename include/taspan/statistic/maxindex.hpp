#pragma once
// MAXINDEX (TA-Lib MAXINDEX): the bar of the highest value over the last `period` bars. It is
// taspan::rolling_argmax under TA-Lib's name, default period (30) and smallest period (2), declared
// with it in rolling/argmax.hpp.

#include "../rolling/argmax.hpp"
