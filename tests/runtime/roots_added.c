/*
 * roots_added.c — gm_add_roots / gm_remove_roots.  Pointers stored only in
 * malloc'ed memory keep nothing alive, unless that memory is registered as a
 * root range: while it is registered its targets survive collections (also
 * through interior pointers and in several ranges at once, one of them a
 * sub-range of a bigger block); after gm_remove_roots they are freed (at
 * least 95 %).
 */
#include "testutil.h"

enum { N = 1000, SIZE = 80 };

static uintptr_t hidden[2][N];

NOINLINE static void fill(void **slots, int which, int interior) {
    int gc_prev_ = gc_pause();
    for (int i = 0; i < N; i++) {
        char *p = gm_alloc(SIZE);
        fill_pattern(p, SIZE, (uint64_t)which * N + (uint64_t)i);
        gm_store(&slots[i], interior ? p + SIZE / 2 : p);
        hidden[which][i] = HIDE(p);
    }
    gc_resume(gc_prev_);
}

NOINLINE static void churn(void) {
    for (int i = 0; i < 40000; i++) memset(gm_alloc(SIZE), 0x11, SIZE);
}

static void verify(int which) {
    for (int i = 0; i < N; i++) {
        char *p = UNHIDE(hidden[which][i]);
        if (!gm_test_is_allocated(p) || !pattern_ok(p, SIZE, (uint64_t)which * N + (uint64_t)i))
            CHECK_MSG(0, "range %d: object %d lost while its root range was registered", which, i);
    }
    check_pass_();
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);

    /* Unregistered malloc memory keeps nothing alive. */
    void **plain = calloc(N, sizeof(void *));
    fill(plain, 0, 0);
    collect();
    size_t left = count_allocated(hidden[0], N);
    printf("targets held only in unregistered malloc memory: %zu of %d left\n", left, N);
    CHECK_LE(left, N / 20);
    free(plain);

    /* Two registered ranges: a whole block, and the middle of a bigger one. */
    void **a = calloc(N, sizeof(void *));
    void **big = calloc(3 * N, sizeof(void *));
    void **b = big + N;
    gm_add_roots(a, a + N);
    gm_add_roots(b, b + N);
    fill(a, 0, 0);
    fill(b, 1, 1);     /* interior pointers */
    for (int round = 0; round < 4; round++) {
        collect();
        churn();
        verify(0);
        verify(1);
    }

    /* Remove one range: its targets go, the other's stay. */
    gm_remove_roots(a, a + N);
    collect();
    collect();
    left = count_allocated(hidden[0], N);
    printf("after gm_remove_roots: %zu of %d left\n", left, N);
    CHECK_LE(left, N / 20);
    verify(1);

    gm_remove_roots(b, b + N);
    collect();
    collect();
    CHECK_LE(count_allocated(hidden[1], N), N / 20);

    /* Registering again works. */
    gm_add_roots(a, a + N);
    fill(a, 0, 0);
    collect();
    churn();
    collect();
    verify(0);
    gm_remove_roots(a, a + N);
    free(a);
    free(big);
    return check_done();
}
