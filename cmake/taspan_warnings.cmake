# Warnings for taspan's own targets (tests, examples, benchmarks), never pushed onto consumers.
add_library(taspan_warnings INTERFACE)
if(MSVC)
  target_compile_options(taspan_warnings INTERFACE /W4 $<$<BOOL:${TASPAN_WERROR}>:/WX>)
else()
  target_compile_options(taspan_warnings INTERFACE -Wall -Wextra -Wpedantic -Wconversion
    -Wsign-conversion -Wshadow $<$<BOOL:${TASPAN_WERROR}>:-Werror>)
endif()
option(TASPAN_WERROR "Treat warnings as errors in taspan's own targets" OFF)
