# Tests of part 3 (`make`: slices, strings, maps, channels, select), all
# named rt_make_*.  Included by tests/runtime/CMakeLists.txt; gm_rt_test
# names a test rt_<name>.
gm_rt_test(make_slice   SOURCES slice_ops.c)
gm_rt_test(make_string  SOURCES string_ops.c)
gm_rt_test(make_map     SOURCES map_ops.c)
gm_rt_test(make_chan    SOURCES chan_ops.c)
gm_rt_test(make_zero    SOURCES make_zero.c)
gm_rt_test(make_map_stack SOURCES map_stack.c)   # maps in caller storage (gm_map_init)
# Across collections (stress), plainly and re-checked by gccheckmark.
gm_rt_test(make_map_gc            SOURCES map_gc.c  TIMEOUT 120 LABELS stress)
gm_rt_test(make_chan_gc           SOURCES chan_gc.c TIMEOUT 120 LABELS stress)
gm_rt_test(make_map_gc_checkmark  BINARY rt_make_map_gc  TIMEOUT 120 LABELS stress
           ENV GODEBUG=gccheckmark=1)
gm_rt_test(make_chan_gc_checkmark BINARY rt_make_chan_gc TIMEOUT 120 LABELS stress
           ENV GODEBUG=gccheckmark=1)
gm_rt_test(make_map_checkmark     BINARY rt_make_map  ENV GODEBUG=gccheckmark=1)
gm_rt_test(make_map_stack_checkmark BINARY rt_make_map_stack ENV GODEBUG=gccheckmark=1)
gm_rt_test(make_chan_checkmark    BINARY rt_make_chan ENV GODEBUG=gccheckmark=1)
# Maps migrating on several threads at once while the collector runs.
gm_rt_test(make_map_threads           SOURCES map_threads.c TIMEOUT 120 LABELS stress)
gm_rt_test(make_map_threads_checkmark BINARY rt_make_map_threads TIMEOUT 120 LABELS stress
           ENV GODEBUG=gccheckmark=1)
include(${CMAKE_CURRENT_LIST_DIR}/fuzz/map_fuzz.cmake)   # the map fuzzer (tests/runtime/fuzz)
