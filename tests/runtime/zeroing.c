/*
 * zeroing.c — every object comes back zeroed.  For many size classes and for
 * large objects, scan, noscan and typed: allocate a batch, fill it with 0xff,
 * drop it, collect, allocate the same class again, many rounds: every byte of
 * every new object must be 0 (small objects: the whole class size, not only
 * the request; large objects: the request).
 * Reuse of the dirty memory is counted so the log shows the test exercised
 * the "needs zeroing" path.
 */
#include "testutil.h"

static const uint8_t mask_101[1] = {5};
static const gm_type node3 = {
    .size = 24, .align = 8, .ptrdata = 24, .ptrmask = mask_101,
    .name = "main.node3", .kind = GM_KIND_STRUCT,
};

enum { BATCH = 64 };
static uintptr_t dirty[BATCH];   /* hidden addresses of the last batch */

static void *alloc_kind(int kind, size_t size) {
    switch (kind) {
    case 0: return gm_alloc(size);
    case 1: return gm_alloc_noscan(size);
    default: return gm_alloc_typed(&node3, (size + 23) / 24);
    }
}

/* Allocate a batch, check it is zero, count reuse of the previous batch's
 * addresses, dirty it and forget it. */
NOINLINE static size_t round_trip(int kind, size_t size, int nobj) {
    size_t reused = 0;
    uintptr_t fresh[BATCH];
    for (int i = 0; i < nobj; i++) {
        unsigned char *p = alloc_kind(kind, size);
        CHECK(p != NULL);
        size_t sz = gm_test_object_size(p);
        CHECK_MSG(sz >= size, "kind %d size %zu object %zu", kind, size, sz);
        /* Small objects are zeroed whole (their class size); large ones at
         * least as far as requested (typed: count × type size). */
        size_t want = sz <= 32768 ? sz : kind == 2 ? (size + 23) / 24 * 24 : size;
        if (!all_zero(p, want)) {
            size_t at = 0;
            while (p[at] == 0) at++;
            CHECK_MSG(0, "kind %d size %zu (object %zu at %p): byte %zu is %#x, not zero", kind,
                      size, sz, (void *)p, at, p[at]);
        }
        for (int j = 0; j < nobj; j++)
            if (UNHIDE(dirty[j]) == (void *)p) reused++;
        memset(p, 0xff, sz);
        fresh[i] = HIDE(p);
    }
    memcpy(dirty, fresh, sizeof fresh);
    return reused;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    int rounds = (int)env_long("SCALE", 1) * 12;

    static const size_t sizes[] = {8, 16, 24, 32, 48, 64, 128, 200, 512, 1024, 1500,
                                   4096, 8192, 9000, 20000, 32768, 32769, 50000,
                                   100000, 300000, 1 << 20, 3 << 20};
    size_t total_reused = 0;
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        for (int kind = 0; kind < 3; kind++) {
            memset(dirty, 0, sizeof dirty);
            int nobj = sizes[s] > 100000 ? 4 : sizes[s] > 8192 ? 16 : BATCH;
            size_t reused = 0;
            for (int r = 0; r < rounds; r++) {
                reused += round_trip(kind, sizes[s], nobj);
                collect();
            }
            total_reused += reused;
            printf("size %7zu kind %d: %zu of %d objects reused dirty memory\n", sizes[s], kind,
                   reused, rounds * nobj);
        }
    }
    printf("total reuse of dirty objects: %zu\n", total_reused);

    /* Without collections in between as well: after a gc, allocating many
     * more objects than one span holds walks through swept spans. */
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < 5000; i++) {
            unsigned char *p = gm_alloc(40);
            if (!all_zero(p, gm_test_object_size(p))) CHECK_MSG(0, "round %d object %d", r, i);
            memset(p, 0xff, 40);
        }
        check_pass_();
        collect();
    }
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
