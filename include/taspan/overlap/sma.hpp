#pragma once
// SMA, simple moving average (TA-Lib SMA): default period 30, lookback period-1. It is
// taspan::rolling_mean under TA-Lib's name and default, declared with it in rolling/mean.hpp.

#include "../rolling/mean.hpp"
