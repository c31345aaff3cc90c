#pragma once
#include "overlap/midpoint.hpp"
#include "overlap/midprice.hpp"
#include "overlap/sma.hpp"
