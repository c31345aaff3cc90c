#pragma once
#include "volatility/atr.hpp"
#include "volatility/natr.hpp"
#include "volatility/trange.hpp"
