/*
 * alloc_basic.c — the allocation API's basic promises: gm_init is
 * idempotent; gm_alloc, gm_alloc_noscan, gm_alloc_typed and gm_new return
 * distinct, zeroed, 8-byte aligned memory of at least the requested size
 * (16-byte aligned for a type whose align is 16); size 0 returns a non-NULL
 * address; gm_store stores (into heap objects and globals); a typed array of
 * many elements is usable end to end.
 */
#include "testutil.h"

typedef struct { double d[2]; } __attribute__((aligned(16))) v16;
static const gm_type v16_type = {
    .size = 16, .align = 16, .ptrdata = 0, .ptrmask = NULL, .name = "main.v16", .kind = GM_KIND_STRUCT,
};
static const uint8_t mask1[1] = {1};
static const gm_type ptr_type = {
    .size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1, .name = "*int", .kind = GM_KIND_POINTER,
};
static void *global_slot;

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    gm_init();    /* idempotent */

    void *z = gm_alloc(0);
    CHECK(z != NULL);
    CHECK(gm_alloc_noscan(0) != NULL);

    /* Distinct, zeroed, aligned, usable. */
    enum { N = 2000 };
    static unsigned char *objs[N];
    static size_t sizes[N];
    rng_t r;
    rng_seed(&r, 5);
    for (int i = 0; i < N; i++) {
        sizes[i] = 1 + rng_below(&r, i % 50 == 0 ? 200000 : 600);
        objs[i] = i % 3 == 0 ? gm_alloc_noscan(sizes[i]) : gm_alloc(sizes[i]);
        CHECK(objs[i] != NULL);
        CHECK_EQ((uintptr_t)objs[i] % 8, 0);
        CHECK_MSG(all_zero(objs[i], sizes[i]), "object %d of %zu bytes not zeroed", i, sizes[i]);
        fill_pattern(objs[i], sizes[i], (uint64_t)i);
    }
    for (int i = 0; i < N; i++)
        CHECK_MSG(pattern_ok(objs[i], sizes[i], (uint64_t)i), "object %d overlaps another", i);

    /* gm_new. */
    typedef struct { int a; double b; void *c; } thing;
    thing *t = gm_new(thing);
    CHECK(t != NULL && t->a == 0 && t->b == 0.0 && t->c == NULL);
    CHECK_UGE(gm_test_object_size(t), sizeof(thing));

    /* Typed, 16-byte aligned type. */
    for (size_t count = 1; count <= 40; count++) {
        v16 *v = gm_alloc_typed(&v16_type, count);
        CHECK_MSG((uintptr_t)v % 16 == 0, "count %zu: %p not 16-byte aligned", count, (void *)v);
        CHECK(all_zero(v, count * sizeof(v16)));
        CHECK_UGE(gm_test_object_size(v), count * sizeof(v16));
    }

    /* A typed array of 100000 pointers, end to end. */
    int **arr = gm_alloc_typed(&ptr_type, 100000);
    CHECK(all_zero(arr, 100000 * sizeof(void *)));
    for (int i = 0; i < 100000; i += 997) {
        int *x = gm_new(int);
        *x = i;
        gm_store((void **)&arr[i], x);
    }
    collect();
    for (int i = 0; i < 100000; i += 997) CHECK_EQ(*arr[i], i);

    /* gm_store into a global. */
    gm_store(&global_slot, objs[1]);
    CHECK_PTR_EQ(global_slot, objs[1]);
    gm_store(&global_slot, NULL);
    CHECK(global_slot == NULL);
    return check_done();
}
