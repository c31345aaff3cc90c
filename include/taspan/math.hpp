#pragma once
// TA-Lib's Math Transform (acos ... tanh) and Math Operator (add, sub, mult, div) functions.

#include "math/operator.hpp"
#include "math/transform.hpp"
