# Checks the include graph of the library's headers (cmake -DROOT=<dir holding taspan/> -P this).
# Families are layered: a header may include public headers of its own layer or a lower one (so
# families never include each other both ways), and a detail/ header only of its own family or of
# the shared layers core/ and rolling/. A new folder under include/taspan must be added to LAYERS.
cmake_minimum_required(VERSION 3.25)
set(LAYERS core math rolling statistic overlap momentum cycle volatility volume candles patterns
    timeframe io panel catalog)
set(SHARED_DETAIL core rolling)

if(NOT ROOT)
  message(FATAL_ERROR "check_layering: pass -DROOT=<directory holding taspan/>")
endif()
get_filename_component(ROOT "${ROOT}" ABSOLUTE)
set(base "${ROOT}/taspan")
file(GLOB_RECURSE headers RELATIVE "${base}" "${base}/*/*.hpp")
set(violations "")
foreach(header IN LISTS headers)
  string(REGEX MATCH "^[^/]+" family "${header}")
  list(FIND LAYERS "${family}" rank)
  if(rank EQUAL -1)
    list(APPEND violations "${header}: folder '${family}' is not in LAYERS of check_layering.cmake")
    continue()
  endif()
  get_filename_component(dir "${header}" DIRECTORY)
  file(STRINGS "${base}/${header}" includes REGEX "^#include \"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" target "${line}")
    cmake_path(SET resolved NORMALIZE "${dir}/${target}")
    if(NOT resolved MATCHES "/")  # an umbrella such as rolling.hpp belongs to its family
      string(REGEX REPLACE "\\.hpp$" "/" resolved "${resolved}")
    endif()
    string(REGEX MATCH "^[^/]+" used "${resolved}")
    list(FIND LAYERS "${used}" used_rank)
    if(used_rank EQUAL -1 OR used_rank GREATER rank)
      list(APPEND violations
           "${header}: includes ${target} (${used} is not below or beside ${family})")
    elseif(resolved MATCHES "/detail/" AND NOT used STREQUAL family
           AND NOT used IN_LIST SHARED_DETAIL)
      list(APPEND violations "${header}: includes ${target} (another family's detail/)")
    endif()
  endforeach()
endforeach()

list(LENGTH headers count)
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "check_layering: layering violations:\n  ${text}")
endif()
message(STATUS "check_layering: ${count} headers, no layering violation")
