#pragma once
// STDDEV (TA-Lib STDDEV): population standard deviation of the last `period` bars times nbdev
// (default 5, period >= 2). It is taspan::rolling_stddev under TA-Lib's name and parameters,
// declared with it in rolling/stddev.hpp.

#include "../rolling/stddev.hpp"
