#pragma once
// Higher time frames: bar sizes and sessions, resampling (daily dates to weeks and months, or
// timestamps to any bar size), alignment back to the base bars, trend.

#include "timeframe/align.hpp"
#include "timeframe/bar_size.hpp"
#include "timeframe/bars.hpp"
#include "timeframe/resample.hpp"
#include "timeframe/session_pivots.hpp"
#include "timeframe/trend.hpp"
