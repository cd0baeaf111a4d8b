/*
 * map_fuzz_repro_zero_slot.c — found while extending the map fuzzer
 * (tests/runtime/fuzz) to zero-size keys: a map whose key and value are
 * both zero-size (map[[0]int]struct{}, Go's map[struct{}]struct{}) has a
 * zero-size slot, and init_header (runtime/map.c, the group_shift and
 * hit_shift lines) takes __builtin_ctzll(0), which is undefined.  Under
 * SANITIZE=address (UBSan, -fno-sanitize-recover) the first gm_make_map
 * or gm_map_init of such a map aborts with "passing zero to ctz(), which
 * is not a valid argument"; in a plain build the shifts get whatever the
 * instruction leaves (unused: such maps take the general lookup path) and
 * the checks below pass.  Fixed (the shifts are computed only for the
 * int64 fast path); registered as rt_make_map_zero_slot.
 */
#include "testutil.h"

static const gm_type empty_struct = {.size = 0, .align = 1, .name = "struct {}",
                                     .kind = GM_KIND_STRUCT};

/* Go's semantics for a map with a single possible key. */
static void check_single_key_map(gm_map *m) {
    const char key[1] = {0};                 /* any address: the key has no bytes */
    bool ok = true;
    gm_map_get(m, key, &ok);
    CHECK(!ok);
    for (int i = 0; i < 3; i++)
        gm_map_set(m, key, NULL);
    CHECK_EQ(gm_map_len(m), 1);
    gm_map_get(m, key, &ok);
    CHECK(ok);
    gm_map_iter it;
    void *k, *v;
    int produced = 0;
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &k, &v))
        produced++;
    CHECK_EQ(produced, 1);
    gm_map_delete(m, key);
    CHECK_EQ(gm_map_len(m), 0);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    const gm_type *zero_key = gm_type_array(&gm_type_int, 0);   /* [0]int */
    CHECK(gm_type_comparable(zero_key));
    CHECK_EQ(zero_key->size, 0);
    check_single_key_map(gm_make_map(zero_key, &empty_struct, 0));
    gm_map_storage s;
    check_single_key_map(gm_map_init(&s, zero_key, &empty_struct, 0));
    return check_done();
}
