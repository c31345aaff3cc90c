#pragma once
// taspan: everything but the Eigen panel (taspan/panel.hpp) and I/O (taspan/io/csv.hpp).

#include "candles.hpp"
#include "core.hpp"
#include "cycle.hpp"
#include "math.hpp"
#include "momentum.hpp"
#include "overlap.hpp"
#include "patterns.hpp"
#include "rolling.hpp"
#include "statistic.hpp"
#include "timeframe.hpp"
#include "version.hpp"
#include "volatility.hpp"
#include "volume.hpp"
