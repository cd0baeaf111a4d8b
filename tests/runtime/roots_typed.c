/*
 * roots_typed.c — precise scanning of gm_alloc_typed objects by the type's
 * pointer bitmap.  A struct { p; x; q; y } whose ptrmask marks words 0 and 2:
 *   - targets referenced only from p or q survive (small and large typed
 *     objects, arrays of many values: the mask repeats per element);
 *   - targets whose address is stored only in the non-pointer words x, y
 *     are freed: at least 95 % of 1000 (the tolerance covers stale copies on
 *     the stack that a conservative stack scan may still see);
 *   - gm_typedmemmove copies values with their pointers.
 */
#include "testutil.h"

typedef struct rec { void *p; uintptr_t x; void *q; uintptr_t y; } rec;
static const uint8_t rec_mask[1] = {0x5};   /* words 0 and 2 */
static const gm_type rec_type = {
    .size = sizeof(rec), .align = 8, .ptrdata = 3 * sizeof(void *), .ptrmask = rec_mask,
    .name = "main.rec", .kind = GM_KIND_STRUCT,
};

enum { N = 1000, TSIZE = 64 };
static rec *holders[N];            /* one typed object each */
static rec *array;                 /* 2N recs in one typed object (> 32 KiB) */
static uintptr_t via_ptr[2 * N], via_int[2 * N];

NOINLINE static void *target(uint64_t seed) {
    void *t = gm_alloc(TSIZE);
    fill_pattern(t, TSIZE, seed);
    return t;
}

NOINLINE static void build(void) {
    int gc_prev_ = gc_pause();
    for (int i = 0; i < N; i++) {
        rec *h = gm_alloc_typed(&rec_type, 1);
        void *a = target((uint64_t)i), *b = target(10000 + (uint64_t)i);
        gm_store(&h->p, a);
        h->x = (uintptr_t)target(20000 + (uint64_t)i);
        via_int[i] = HIDE(h->x);
        gm_store(&h->q, b);
        h->y = (uintptr_t)target(30000 + (uint64_t)i) + 8;   /* interior, still not a pointer */
        via_int[N + i] = HIDE(h->y - 8);
        via_ptr[i] = HIDE(a);
        gm_store((void **)&holders[i], h);
    }
    gm_store((void **)&array, gm_alloc_typed(&rec_type, 2 * N));   /* 64000 B: a large object */
    CHECK_GT(gm_test_object_size(array), 32768);
    for (int i = 0; i < N; i++) {
        void *c = target(40000 + (uint64_t)i);
        gm_store(i % 2 ? &array[i].q : &array[i].p, c);
        via_ptr[N + i] = HIDE(c);
    }
    gc_resume(gc_prev_);
}

NOINLINE static void churn(void) {
    for (int i = 0; i < 50000; i++) memset(gm_alloc(TSIZE), 0x44, TSIZE);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    build();
    collect();
    churn();
    collect();

    for (int i = 0; i < N; i++) {
        rec *h = holders[i];
        CHECK_MSG(gm_test_is_allocated(h->p) && pattern_ok(h->p, TSIZE, (uint64_t)i),
                  "target of pointer word 0 of holder %d lost", i);
        CHECK_MSG(gm_test_is_allocated(h->q) && pattern_ok(h->q, TSIZE, 10000 + (uint64_t)i),
                  "target of pointer word 2 of holder %d lost", i);
        void *c = i % 2 ? array[i].q : array[i].p;
        CHECK_MSG(gm_test_is_allocated(c) && pattern_ok(c, TSIZE, 40000 + (uint64_t)i),
                  "target of element %d of the typed array lost", i);
    }
    CHECK_EQ(count_allocated(via_ptr, 2 * N), 2 * N);
    size_t kept = count_allocated(via_int, 2 * N);
    printf("targets referenced only from non-pointer words still allocated: %zu of %d\n", kept, 2 * N);
    CHECK_LE(kept, 2 * N / 20);
    /* The non-pointer words still hold their values (nobody rewrote them). */
    for (int i = 0; i < N; i++) {
        CHECK_EQ(holders[i]->x, (uintptr_t)UNHIDE(via_int[i]));
    }

    /* gm_typedmemmove: copy 10 recs into a fresh typed object, drop the
     * source; the targets stay alive through the copy. */
    rec *copy = gm_alloc_typed(&rec_type, 10);
    gm_typedmemmove(&rec_type, copy, array, 10);
    gm_store((void **)&array, NULL);
    collect();
    churn();
    collect();   /* the churn garbage must not occupy the slots counted below */
    for (int i = 0; i < 10; i++) {
        void *c = i % 2 ? copy[i].q : copy[i].p;
        CHECK_MSG(gm_test_is_allocated(c) && pattern_ok(c, TSIZE, 40000 + (uint64_t)i),
                  "target %d of a gm_typedmemmove'd value lost", i);
    }
    size_t left = count_allocated(via_ptr + N, N);
    printf("targets of the dropped array still allocated: %zu of %d (10 copied)\n", left, N);
    CHECK_LE(left, 10 + N / 20);
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
