#pragma once
// taspan: everything but the Eigen panel (taspan/panel.hpp) and I/O (taspan/io/csv.hpp).

#include "core.hpp"
#include "rolling.hpp"
#include "overlap.hpp"
#include "momentum.hpp"
#include "volatility.hpp"
#include "volume.hpp"
#include "statistic.hpp"
#include "patterns.hpp"
#include "timeframe.hpp"
