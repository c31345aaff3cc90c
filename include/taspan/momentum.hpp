#pragma once
#include "momentum/apo.hpp"
#include "momentum/macd.hpp"
#include "momentum/macdext.hpp"
#include "momentum/ppo.hpp"
#include "momentum/trix.hpp"
