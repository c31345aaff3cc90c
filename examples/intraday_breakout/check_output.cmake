# Runs intraday_breakout --svg SVG and checks its report and chart (cmake -P, driven by ctest).
cmake_minimum_required(VERSION 3.25)
file(REMOVE ${SVG})
execute_process(COMMAND ${EXE} --svg ${SVG} OUTPUT_VARIABLE out ERROR_VARIABLE err
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "exit status ${rc}: ${err}")
endif()
message("${out}")
foreach(re
    "^Opening-range breakouts: 7800 one-minute bars, 2024-04-01 \\.\\. 2024-04-26"
    "\n2024-04-26 +[0-9.]+ +[0-9.]+ +10:45 +up +[0-9.]+ +[0-9.]+ +up +up +up +1[0-5]:[0-9][0-9]\n"
    "\nLatest breakout with the 5-minute, hourly and daily trends agreeing: 2024-04-26 10:45\n"
    "\n  measured-move targets: arithmetic ([0-9.]+) \\(OR high \\+ height\\)"
    "\n  arithmetic target reached at 1[0-5]:[0-9][0-9]")
  if(NOT out MATCHES "${re}")
    message(FATAL_ERROR "output does not match ${re}")
  endif()
endforeach()
file(READ ${SVG} svg)
foreach(re "^<svg " "<polyline " "OR high [0-9.]+</text>" "target [0-9.]+</text>"
    "breakout 10:45</text>" "5-minute up, hourly up, daily up" "</svg>\n$")
  if(NOT svg MATCHES "${re}")
    message(FATAL_ERROR "${SVG} does not match ${re}")
  endif()
endforeach()
