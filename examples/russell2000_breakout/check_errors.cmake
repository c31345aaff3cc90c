# Each bad invocation of russell2000_breakout (EXE) prints one line on stderr, nothing on stdout,
# and exits with 2.
cmake_minimum_required(VERSION 3.25)

file(WRITE ${WORKDIR}/short.csv "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n")
file(WRITE ${WORKDIR}/zero.csv
  "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-03,1,2,0.5,0,10\n")
file(WRITE ${WORKDIR}/negative.csv
  "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,-0.5,1.5,10\n")

function(expect_error pattern)
  execute_process(COMMAND ${EXE} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  if(NOT rc EQUAL 2 OR NOT out STREQUAL "" OR NOT lines EQUAL 1
     OR NOT err MATCHES "^russell2000_breakout: ${pattern}")
    message(FATAL_ERROR "args [${ARGN}]: exit ${rc}, stdout [${out}], stderr [${err}]")
  endif()
  message(STATUS "[${ARGN}] -> ${err}")
endfunction()

expect_error("taspan::read_csv: cannot open \"${WORKDIR}/missing.csv\"" --csv ${WORKDIR}/missing.csv)
expect_error("--as-of expects a date YYYY-MM-DD, got \"2024-02-30\"" --as-of 2024-02-30)
expect_error("--as-of expects a date" --as-of yesterday)
expect_error("too little data: 1 daily bars" --csv ${WORKDIR}/short.csv)
# A chart that cannot be written is an error before any report is printed (stdout empty).
expect_error("cannot write \"${WORKDIR}/no_such_dir/chart.svg\"" --svg ${WORKDIR}/no_such_dir/chart.svg)
expect_error("prices must be > 0, got close 0 on 2024-01-03 \\(data row 2\\)" --csv ${WORKDIR}/zero.csv)
expect_error("prices must be > 0, got low -0.5 on 2024-01-02 \\(data row 1\\)"
  --csv ${WORKDIR}/negative.csv)
expect_error("too little data: 0 daily bars" --as-of 1990-01-01)
expect_error("unknown argument \"--bogus\"" --bogus)
expect_error("--csv needs a value" --csv)
