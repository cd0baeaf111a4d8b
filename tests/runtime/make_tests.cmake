# Tests of part 3 (`make`: slices, strings, maps, channels, select), all
# named rt_make_*.  Included by tests/runtime/CMakeLists.txt; gm_rt_test
# names a test rt_<name>.
gm_rt_test(make_slice   SOURCES slice_ops.c)
gm_rt_test(make_string  SOURCES string_ops.c)
gm_rt_test(make_map     SOURCES map_ops.c)
gm_rt_test(make_chan    SOURCES chan_ops.c)
