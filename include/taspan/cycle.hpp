#pragma once
// TA-Lib's Cycle Indicators: John Ehlers' Hilbert-transform functions (HT_TRENDLINE and MAMA,
// Overlap Studies in TA-Lib, are in overlap/).

#include "cycle/ht_dcperiod.hpp"
#include "cycle/ht_dcphase.hpp"
#include "cycle/ht_phasor.hpp"
#include "cycle/ht_sine.hpp"
#include "cycle/ht_trendmode.hpp"
