#pragma once
#include "volume/ad.hpp"
#include "volume/adosc.hpp"
#include "volume/obv.hpp"
#include "volume/vwap.hpp"
