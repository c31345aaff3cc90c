#pragma once
// Patterns: pivots, zigzag swings, breakouts and measured-move targets.

#include "patterns/pivot.hpp"
#include "patterns/swing.hpp"
