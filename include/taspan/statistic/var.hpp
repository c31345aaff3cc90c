#pragma once
// VAR (TA-Lib VAR): population variance of the last `period` bars (default 5; nbdev accepted and
// ignored, as TA-Lib). It is taspan::rolling_var under TA-Lib's name and parameters, declared
// with it in rolling/var.hpp (which says how it differs from TA-Lib's running sums).

#include "../rolling/var.hpp"
