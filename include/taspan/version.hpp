#pragma once
// taspan's version: the same as project(taspan VERSION ...) in CMakeLists.txt (the ctest
// version_matches_cmake checks it), and the version find_package(taspan) compares against.

#define TASPAN_VERSION_MAJOR 0
#define TASPAN_VERSION_MINOR 1
#define TASPAN_VERSION_PATCH 0
// One number for #if comparisons: major * 10000 + minor * 100 + patch.
#define TASPAN_VERSION \
  (TASPAN_VERSION_MAJOR * 10000 + TASPAN_VERSION_MINOR * 100 + TASPAN_VERSION_PATCH)
