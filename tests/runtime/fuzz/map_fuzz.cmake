# The map fuzzer (tests/runtime/fuzz, see map_fuzz.h).  Included by
# tests/runtime/make_tests.cmake, which gm_rt_test comes with.
#   rt_map_fuzz            the plain driver: random programs for 4 s from a
#                          fixed seed (CI must not turn red on a program no
#                          earlier run saw; the maps' hash seeds still vary)
#   rt_map_fuzz_gc         the same with a collection every few hundred KB
#                          allocated, each re-checked by gccheckmark; not
#                          under TSAN, where one program's final check took
#                          over 3 minutes on a loaded machine
# Random seeds (from the clock): rt_map_fuzz SECONDS without a seed.
#   rt_map_fuzz_libfuzzer  20 s of the libFuzzer target (run.sh), only in
#                          plain builds and where clang can build fuzzers
# The long run is by hand: tests/runtime/fuzz/run.sh 1800 (optionally with
# GOGC=5 GODEBUG=gccheckmark=1).
gm_rt_test(map_fuzz SOURCES fuzz/map_fuzz_driver.c fuzz/map_interp.c fuzz/map_keys.c
           ARGS 4 20261126 LIBS m LABELS fuzz)
if(NOT GM_SANITIZE STREQUAL "thread")
  gm_rt_test(map_fuzz_gc BINARY rt_map_fuzz ARGS 4 1795683411 LABELS fuzz
             ENV GOGC=5 GODEBUG=gccheckmark=1)
endif()
# The fuzzer's finds, fixed: a nil map's zero value of a 1040-byte type;
# a map with zero-size keys and values (UBSan: ctz of 0).
gm_rt_test(make_map_nil_zero  SOURCES map_fuzz_repro_nil_zero.c)
gm_rt_test(make_map_zero_slot SOURCES map_fuzz_repro_zero_slot.c)

if(GM_SANITIZE STREQUAL "")
  find_program(GM_MAP_FUZZ_CLANG NAMES clang clang-14)
  set(_map_fuzz_ok FALSE)
  if(GM_MAP_FUZZ_CLANG)
    execute_process(
      COMMAND ${CMAKE_COMMAND} -E env FUZZ_CC=${GM_MAP_FUZZ_CLANG}
              FUZZ_BUILD=${CMAKE_CURRENT_BINARY_DIR}/map_fuzz_run
              sh ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run.sh --probe
      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
    if(_rc EQUAL 0)
      set(_map_fuzz_ok TRUE)
    endif()
  endif()
  if(_map_fuzz_ok)
    add_test(NAME rt_map_fuzz_libfuzzer
             COMMAND ${CMAKE_COMMAND} -E env FUZZ_CC=${GM_MAP_FUZZ_CLANG}
                     FUZZ_BUILD=${CMAKE_CURRENT_BINARY_DIR}/map_fuzz_run
                     ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run.sh 20)
    set_tests_properties(rt_map_fuzz_libfuzzer PROPERTIES SKIP_RETURN_CODE 77
                         TIMEOUT 300 LABELS "runtime;fuzz")
  else()
    message(STATUS "gomem: clang with libFuzzer not found; rt_map_fuzz_libfuzzer not added")
  endif()
endif()
