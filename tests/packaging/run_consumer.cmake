# cmake -DMODE=find_package|add_subdirectory|fetchcontent -DSOURCE_DIR=... -DWORK_DIR=... -P run_consumer.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

set(consumer_args -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX} -DTASPAN_MODE=${MODE}
  -DTASPAN_SOURCE=${SOURCE_DIR})
if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/taspan-build -G ${GENERATOR}
    -DTASPAN_BUILD_TESTS=OFF -DTASPAN_BUILD_EXAMPLES=OFF -DTASPAN_BUILD_BENCHMARKS=OFF
    -DTASPAN_INSTALL=ON)
  run(${CMAKE_COMMAND} --install ${WORK_DIR}/taspan-build --prefix ${WORK_DIR}/prefix)
  list(APPEND consumer_args -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
endif()
run(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/consumer -B ${WORK_DIR}/consumer-build ${consumer_args})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer-build)
run(${WORK_DIR}/consumer-build/consumer)
message(STATUS "taspan consumed through ${MODE}")
