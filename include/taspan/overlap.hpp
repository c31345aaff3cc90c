#pragma once
#include "overlap/sma.hpp"
