#pragma once
#include "volatility/atr.hpp"
#include "volatility/donchian.hpp"
#include "volatility/keltner.hpp"
#include "volatility/natr.hpp"
#include "volatility/supertrend.hpp"
#include "volatility/trange.hpp"
