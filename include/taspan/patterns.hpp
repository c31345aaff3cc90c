#pragma once
// Patterns: pivots, zigzag swings, breakouts and measured-move targets.

#include "patterns/breakout.hpp"
#include "patterns/measured_move.hpp"
#include "patterns/pivot.hpp"
#include "patterns/swing.hpp"
