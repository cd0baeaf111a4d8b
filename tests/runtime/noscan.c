/*
 * noscan.c — gm_alloc_noscan memory keeps nothing alive.  1000 targets
 * referenced only from a noscan array (itself reachable from a global) are
 * freed by a collection (at least 95 %), while the same targets referenced
 * from a gm_alloc'ed (conservatively scanned) array survive; the noscan
 * array's own bytes are untouched.  Types without pointers (ptrdata 0)
 * allocated with gm_alloc_typed are noscan too.
 */
#include "testutil.h"

enum { N = 1000, SIZE = 64 };
static void **noscan_arr, **scan_arr;
static uintptr_t hidden_ns[N], hidden_sc[N], hidden_ty[N];

static const gm_type words = {
    .size = 8 * sizeof(uintptr_t), .align = 8, .ptrdata = 0, .ptrmask = NULL,
    .name = "[8]uintptr", .kind = GM_KIND_ARRAY,
};
static uintptr_t *typed_noscan;

NOINLINE static void build(void) {
    int gc_prev_ = gc_pause();
    gm_store((void **)&noscan_arr, gm_alloc_noscan(N * sizeof(void *)));
    gm_store((void **)&scan_arr, gm_alloc(N * sizeof(void *)));
    gm_store((void **)&typed_noscan, gm_alloc_typed(&words, N / 8));
    for (int i = 0; i < N; i++) {
        void *a = gm_alloc(SIZE), *b = gm_alloc(SIZE), *c = gm_alloc(SIZE);
        fill_pattern(b, SIZE, (uint64_t)i);
        noscan_arr[i] = a;            /* no barrier needed: noscan */
        gm_store(&scan_arr[i], b);
        typed_noscan[i] = (uintptr_t)c;
        hidden_ns[i] = HIDE(a);
        hidden_sc[i] = HIDE(b);
        hidden_ty[i] = HIDE(c);
    }
    gc_resume(gc_prev_);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    build();
    CHECK_EQ(count_allocated(hidden_ns, N), N);
    collect();
    size_t left_ns = count_allocated(hidden_ns, N);
    size_t left_ty = count_allocated(hidden_ty, N);
    printf("targets held only in noscan memory: %zu of %d left; in typed noscan: %zu\n", left_ns, N,
           left_ty);
    CHECK_LE(left_ns, N / 20);
    CHECK_LE(left_ty, N / 20);
    CHECK_EQ(count_allocated(hidden_sc, N), N);
    for (int i = 0; i < N; i++) {
        CHECK_PTR_EQ(noscan_arr[i], UNHIDE(hidden_ns[i]));   /* contents untouched */
        CHECK_EQ(typed_noscan[i], (uintptr_t)UNHIDE(hidden_ty[i]));
        CHECK(pattern_ok(scan_arr[i], SIZE, (uint64_t)i));
    }
    CHECK(gm_test_is_allocated(noscan_arr));
    CHECK(gm_test_is_allocated(typed_noscan));
    return check_done();
}
