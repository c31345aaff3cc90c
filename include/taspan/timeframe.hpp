#pragma once
// Higher time frames: resampling to weeks and months, alignment back to the base bars, trend.

#include "timeframe/align.hpp"
#include "timeframe/resample.hpp"
#include "timeframe/trend.hpp"
