/*
 * roots_globals.c — objects referenced only from global variables stay
 * alive: from initialised globals (.data), zero globals (.bss), a function's
 * static local, interior pointers in globals, and globals of a shared
 * library loaded with the program (roots_dso_lib.c: the collector must find
 * every loaded module's writable segments, dl_iterate_phdr).  When the
 * globals are cleared the objects are freed (control).
 */
#include "testutil.h"

enum { K = 64, SIZE = 200 };

/* Initialised to non-zero so they live in .data. */
void *volatile data_roots[K] = {(void *)1};
/* Zero, so in .bss. */
static void *volatile bss_roots[K];
static char *volatile bss_interior;

void dso_set(int i, void *p);
void *dso_get(int i);
int dso_slots(void);

static uintptr_t hidden[4 * K + 2];

NOINLINE static void **static_local_slot(void) {
    static void *volatile slot;
    return (void **)&slot;
}

NOINLINE static void fill_roots(void) {
    for (int i = 0; i < K; i++) {
        void *a = gm_alloc(SIZE), *b = gm_alloc(SIZE), *c = gm_alloc(SIZE);
        fill_pattern(a, SIZE, (uint64_t)i);
        fill_pattern(b, SIZE, 1000 + (uint64_t)i);
        fill_pattern(c, SIZE, 2000 + (uint64_t)i);
        gm_store((void **)&data_roots[i], a);
        gm_store((void **)&bss_roots[i], b);
        if (i < dso_slots()) dso_set(i, c);
        hidden[i] = HIDE(a);
        hidden[K + i] = HIDE(b);
        hidden[2 * K + i] = i < dso_slots() ? HIDE(c) : HIDE(a);
    }
    char *big = gm_alloc(100000);
    fill_pattern(big, 100000, 77);
    gm_store((void **)&bss_interior, big + 54321);
    hidden[3 * K] = HIDE(big);
    void *s = gm_alloc(SIZE);
    fill_pattern(s, SIZE, 88);
    gm_store(static_local_slot(), s);
    hidden[3 * K + 1] = HIDE(s);
}

NOINLINE static void churn(void) {
    for (int i = 0; i < 20000; i++) memset(gm_alloc(SIZE), 0x5a, SIZE);
    for (int i = 0; i < 40; i++) memset(gm_alloc(100000), 0x5a, 100000);
}

NOINLINE static void verify(void) {
    for (int i = 0; i < K; i++) {
        CHECK_MSG(gm_test_is_allocated(data_roots[i]) && pattern_ok(data_roots[i], SIZE, (uint64_t)i),
                  ".data root %d lost", i);
        CHECK_MSG(gm_test_is_allocated(bss_roots[i]) && pattern_ok(bss_roots[i], SIZE, 1000 + (uint64_t)i),
                  ".bss root %d lost", i);
        if (i < dso_slots())
            CHECK_MSG(gm_test_is_allocated(dso_get(i)) && pattern_ok(dso_get(i), SIZE, 2000 + (uint64_t)i),
                      "shared library root %d lost", i);
    }
    char *big = UNHIDE(hidden[3 * K]);
    CHECK_PTR_EQ(gm_test_object_base(bss_interior), big);
    CHECK_MSG(pattern_ok(big, 100000, 77), "large object held by an interior pointer in .bss corrupted");
    void *s = *static_local_slot();
    CHECK_MSG(gm_test_is_allocated(s) && pattern_ok(s, SIZE, 88), "static local root lost");
}

NOINLINE static void clear_roots(void) {
    for (int i = 0; i < K; i++) {
        gm_store((void **)&data_roots[i], NULL);
        gm_store((void **)&bss_roots[i], NULL);
        if (i < dso_slots()) dso_set(i, NULL);
    }
    gm_store((void **)&bss_interior, NULL);
    gm_store(static_local_slot(), NULL);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    CHECK_GE(dso_slots(), 1);
    fill_roots();
    for (int round = 0; round < 5; round++) {
        collect();
        churn();
        verify();
    }
    CHECK_EQ(count_allocated(hidden, 3 * K + 2), 3 * K + 2);
    clear_roots();
    collect();
    collect();
    size_t left = count_allocated(hidden, 3 * K + 2);
    printf("after clearing the globals %zu of %d objects remain\n", left, 3 * K + 2);
    CHECK_LE(left, (3 * K + 2) / 10);
    return check_done();
}
