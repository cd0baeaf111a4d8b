# Part 3 (`make`): slices, strings, maps, channels, select and their type
# descriptors.  Included by runtime/CMakeLists.txt.
list(APPEND GM_MAKE_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/hash.c
  ${CMAKE_CURRENT_SOURCE_DIR}/type.c
  ${CMAKE_CURRENT_SOURCE_DIR}/slice.c
  ${CMAKE_CURRENT_SOURCE_DIR}/string.c
  ${CMAKE_CURRENT_SOURCE_DIR}/map.c
  ${CMAKE_CURRENT_SOURCE_DIR}/park.c
  ${CMAKE_CURRENT_SOURCE_DIR}/chan.c
  ${CMAKE_CURRENT_SOURCE_DIR}/select.c)
