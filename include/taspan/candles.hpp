#pragma once
// taspan/candles: TA-Lib's 61 candlestick patterns (CDL*), one engine for the candle settings
// (candles/settings.hpp, candles/detail/engine.hpp), and candles(): all 61 in one pass.

#include "candles/all.hpp"
#include "candles/continuation.hpp"
#include "candles/gap.hpp"
#include "candles/hammer.hpp"
#include "candles/hikkake.hpp"
#include "candles/settings.hpp"
#include "candles/single.hpp"
#include "candles/star.hpp"
#include "candles/three.hpp"
#include "candles/two.hpp"
