#pragma once
#include "rolling/mean.hpp"
#include "rolling/sum.hpp"
