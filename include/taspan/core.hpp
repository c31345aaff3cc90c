#pragma once
#include "core/concepts.hpp"
#include "core/error.hpp"
#include "core/numeric.hpp"
#include "core/series_io.hpp"
#include "core/timestamp.hpp"
