#pragma once
#include "volume/obv.hpp"
#include "volume/vwap.hpp"
