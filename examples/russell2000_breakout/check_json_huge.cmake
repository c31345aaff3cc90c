# Runs russell2000_breakout --json (EXE) on the Russell 2000 data with every price scaled by 1e304
# (written to SCALED), and checks that the output is valid JSON: numbers at full precision (a
# 64-byte "%.2f" buffer truncated them) and null where a value overflows (B*H/L: "inf" before);
# then that --svg on the same data writes a chart of ordinary size (the fixed 250/500-point grid
# never ended near 1e307).
cmake_minimum_required(VERSION 3.25)
file(READ ${DATA} text)
string(REGEX REPLACE "([0-9]+\\.[0-9]+)" "\\1e304" text "${text}")
file(WRITE ${SCALED} "${text}")
execute_process(COMMAND ${EXE} --csv ${SCALED} --json OUTPUT_VARIABLE out ERROR_VARIABLE err
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "russell2000_breakout --json on prices near 1e307: exit ${rc}: ${err}")
endif()
string(JSON kind ERROR_VARIABLE json_error TYPE "${out}")
if(json_error)
  message(FATAL_ERROR "not valid JSON (${json_error}):\n${out}")
endif()
string(JSON level ERROR_VARIABLE json_error GET "${out}" breakout_level)
if(json_error OR NOT level MATCHES "e\\+?30[4-7]$")
  message(FATAL_ERROR "breakout_level ${level} is not a full-precision number near 1e304-1e307")
endif()
message(STATUS "valid JSON; breakout_level = ${level}")

execute_process(COMMAND ${EXE} --csv ${SCALED} --svg ${SCALED}.svg OUTPUT_QUIET ERROR_VARIABLE err
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "--svg on prices near 1e307: exit ${rc}: ${err}")
endif()
file(SIZE ${SCALED}.svg size)
if(size GREATER 1000000)
  message(FATAL_ERROR "${SCALED}.svg is ${size} bytes")
endif()
message(STATUS "chart of ${size} bytes")
