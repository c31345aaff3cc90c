#pragma once
#include "statistic/beta.hpp"
#include "statistic/correl.hpp"
#include "statistic/linearreg.hpp"
#include "statistic/linearreg_angle.hpp"
#include "statistic/linearreg_intercept.hpp"
#include "statistic/linearreg_slope.hpp"
#include "statistic/tsf.hpp"
