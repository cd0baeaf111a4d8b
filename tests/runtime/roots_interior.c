/*
 * roots_interior.c — an object referenced only by interior pointers (to its
 * middle, to its last byte, to the class slack past the request) stays
 * alive, wherever the interior pointer is: a stack local, a global, inside
 * another heap object (conservatively scanned and typed).  Small and large
 * (> 32 KiB) objects.  Dropping the interior pointers frees them (control).
 */
#include "testutil.h"

static const size_t sizes[] = {16, 48, 500, 4000, 30000, 40000, 250000};
enum { NS = sizeof sizes / sizeof sizes[0], NOFF = 3 };

static char *volatile global_ptr[NS * NOFF];
static uintptr_t hidden[3][NS * NOFF];
static void **holder;              /* a gm_alloc'ed object holding pointers */

static const uint8_t mask_all[1] = {0xff};
static const gm_type ptr8 = {
    .size = 64, .align = 8, .ptrdata = 64, .ptrmask = mask_all,
    .name = "[8]*byte", .kind = GM_KIND_ARRAY,
};
static void **typed_holder;

static size_t offset_of(size_t size, int k) {
    switch (k) {
    case 0: return size / 2;
    case 1: return size - 1;
    default: return size > 8 ? 8 : size - 1;
    }
}

NOINLINE static void make(int where) {
    for (size_t s = 0; s < NS; s++)
        for (int k = 0; k < NOFF; k++) {
            char *p = gm_alloc(sizes[s]);
            fill_pattern(p, sizes[s], s * 10 + (size_t)k + (size_t)where * 1000);
            size_t i = s * NOFF + (size_t)k;
            hidden[where][i] = HIDE(p);
            char *inner = p + offset_of(sizes[s], k);
            if (where == 0) gm_store((void **)&global_ptr[i], inner);
            else if (where == 1) gm_store(&holder[i], inner);
            else gm_store(&typed_holder[i], inner);
        }
}

NOINLINE static void churn(void) {
    for (size_t s = 0; s < NS; s++)
        for (int i = 0; i < (sizes[s] > 10000 ? 30 : 3000); i++) memset(gm_alloc(sizes[s]), 0x33, sizes[s]);
}

NOINLINE static void verify(int where, char *const volatile *stack_ptrs) {
    for (size_t s = 0; s < NS; s++)
        for (int k = 0; k < NOFF; k++) {
            size_t i = s * NOFF + (size_t)k;
            char *p = UNHIDE(hidden[where][i]);
            CHECK_MSG(gm_test_is_allocated(p), "where %d size %zu offset %zu: freed", where, sizes[s],
                      offset_of(sizes[s], k));
            CHECK_MSG(pattern_ok(p, sizes[s], s * 10 + (size_t)k + (size_t)where * 1000),
                      "where %d size %zu offset %zu: corrupted", where, sizes[s], offset_of(sizes[s], k));
            if (stack_ptrs) CHECK_PTR_EQ(gm_test_object_base(stack_ptrs[i]), p);
        }
}

/* Interior pointers on the stack only. */
NOINLINE static void test_stack(void) {
    char *volatile ptrs[NS * NOFF];
    make(0);
    for (size_t i = 0; i < NS * NOFF; i++) {
        ptrs[i] = global_ptr[i];
        gm_store((void **)&global_ptr[i], NULL);
    }
    for (int round = 0; round < 3; round++) {
        collect();
        churn();
    }
    verify(0, ptrs);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    gm_store((void **)&holder, gm_alloc(NS * NOFF * sizeof(void *)));
    gm_store((void **)&typed_holder, gm_alloc_typed(&ptr8, (NS * NOFF + 7) / 8));

    test_stack();
    make(0);   /* globals */
    make(1);   /* conservatively scanned heap object */
    make(2);   /* typed heap object, pointer words */
    for (int round = 0; round < 3; round++) {
        collect();
        churn();
        verify(0, NULL);
        verify(1, NULL);
        verify(2, NULL);
    }

    /* Control: drop the interior pointers; the objects go. */
    for (size_t i = 0; i < NS * NOFF; i++) {
        gm_store((void **)&global_ptr[i], NULL);
        gm_store(&holder[i], NULL);
        gm_store(&typed_holder[i], NULL);
    }
    collect();
    collect();
    size_t left = count_allocated(hidden[0], NS * NOFF) + count_allocated(hidden[1], NS * NOFF) +
                  count_allocated(hidden[2], NS * NOFF);
    printf("after dropping, %zu of %d objects remain\n", left, 3 * NS * NOFF);
    CHECK_LE(left, 3 * NS * NOFF / 10);
    return check_done();
}
