#pragma once
#include "volume/ad.hpp"
#include "volume/adosc.hpp"
