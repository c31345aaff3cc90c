#pragma once
// taspan panel forms (Eigen 3.4): many symbols at once. Not included by taspan.hpp.
#include "panel/bands.hpp"
#include "panel/breakout_screen.hpp"
#include "panel/core.hpp"
#include "panel/ema.hpp"
#include "panel/rolling_minmax.hpp"
#include "panel/rolling_sum.hpp"
#include "panel/rolling_var.hpp"
#include "panel/wilder.hpp"
