/*
 * map_fuzz_repro_nil_zero.c — found by the map fuzzer (tests/runtime/fuzz):
 * `v, ok := m[k]` on a nil map whose value type is over 1024 bytes.
 * gm_map_get(NULL, ...) is not told the value type, so it returns the
 * shared 1024-byte zero value (mk_zero, runtime/map.c get_miss); a caller
 * reading a 1040-byte value there reads 16 bytes past it (whatever
 * follows mk_zero in .rodata; under ASAN a global-buffer-overflow).  A
 * non-nil map has its own zero value of the right size (m->zero).  Fixed
 * (a nil map's zero value is a read-only mapping of zero pages, 1 GiB);
 * registered as rt_make_map_nil_zero.
 */
#include "testutil.h"

static size_t nonzero_bytes(const uint8_t *v, size_t n) {
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += v[i] != 0;
    return bad;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    const gm_type *huge = gm_type_array(&gm_type_uint64, 130);   /* 1040 bytes */
    int64_t key = 1;
    bool ok = true;

    gm_map *empty = gm_make_map(&gm_type_int64, huge, 0);
    const uint8_t *v = gm_map_get(empty, &key, &ok);
    CHECK(!ok);
    CHECK_EQ(nonzero_bytes(v, huge->size), 0);          /* passes: m->zero */

    gm_map *nil_map = NULL;
    ok = true;
    v = gm_map_get(nil_map, &key, &ok);
    CHECK(!ok);
    CHECK_MSG(nonzero_bytes(v, huge->size) == 0,
              "a nil map's zero value of a %zu-byte type has %zu nonzero bytes (the "
              "shared zero value is 1024 bytes)", huge->size, nonzero_bytes(v, huge->size));
    return check_done();
}
