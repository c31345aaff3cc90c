# cmake -DPROFILES=<dir> -DSOURCES=<dir> -DOUT=<file.profdata> -DMIN=<percent> -DOBJECTS=<a;b;..>
#       -DPROFDATA=<llvm-profdata> -DCOV=<llvm-cov> -P llvm_coverage.cmake
# Merges the *.profraw files the instrumented tests wrote, prints llvm-cov's per-file report of
# SOURCES, and fails when the total line coverage is below MIN percent.
file(GLOB raw "${PROFILES}/*.profraw")
if(NOT raw)
  message(FATAL_ERROR "coverage: no profiles in ${PROFILES}: run the tests first")
endif()
execute_process(COMMAND ${PROFDATA} merge -sparse -o ${OUT} ${raw} COMMAND_ERROR_IS_FATAL ANY)
# llvm-cov report PROFILE-OPTIONS FIRST_BINARY [-object BINARY]... [SOURCES]
list(POP_FRONT OBJECTS first)
set(object_args ${first})
foreach(obj IN LISTS OBJECTS)
  list(APPEND object_args -object ${obj})
endforeach()
execute_process(COMMAND ${COV} report ${object_args} -instr-profile ${OUT} ${SOURCES}
                OUTPUT_VARIABLE report COMMAND_ERROR_IS_FATAL ANY)
message("${report}")
# TOTAL row: regions, missed, cover%, functions, missed, executed%, lines, missed, cover%, ...
string(REGEX MATCH "\nTOTAL[^\n]*" total "${report}")
string(REGEX MATCHALL "[0-9.]+%" percents "${total}")
list(LENGTH percents n)
if(n LESS 3)
  message(FATAL_ERROR "coverage: no TOTAL line in llvm-cov's report")
endif()
list(GET percents 2 lines)
string(REPLACE "%" "" lines "${lines}")
message("taspan line coverage of ${SOURCES}: ${lines}% (minimum ${MIN}%)")
if(lines LESS MIN)
  message(FATAL_ERROR "coverage: ${lines}% of lines is below the minimum ${MIN}%")
endif()
