/*
 * interior.c — address → object lookup (span lookup, division by the class
 * size): for objects of several sizes, small and large (> 32 KiB), scan,
 * noscan and typed, every offset inside the object maps back to the object's
 * base and size; neighbours map to their own bases; addresses outside the
 * heap (stack, globals, NULL, text) map to nothing.
 */
#include "testutil.h"

static int a_global = 42;

static const uint8_t mask_first[1] = {1};
static const gm_type two_words = {
    .size = 16, .align = 8, .ptrdata = 8, .ptrmask = mask_first,
    .name = "main.pair", .kind = GM_KIND_STRUCT,
};

static void check_object(char *p, size_t request, const char *what) {
    CHECK_MSG(p != NULL, "%s %zu", what, request);
    size_t sz = gm_test_object_size(p);
    CHECK_MSG(sz >= request, "%s %zu: object size %zu", what, request, sz);
    CHECK_PTR_EQ(gm_test_object_base(p), p);
    /* Every byte of the object, including the class's slack past request. */
    for (size_t off = 0; off < sz; off++) {
        if (gm_test_object_base(p + off) != p || gm_test_object_size(p + off) != sz ||
            !gm_test_is_allocated(p + off))
            CHECK_MSG(0, "%s %zu: offset %zu maps to base %p size %zu (object %p size %zu)",
                      what, request, off, gm_test_object_base(p + off),
                      gm_test_object_size(p + off), (void *)p, sz);
    }
    check_pass_();
    /* The byte after the object is not part of it. */
    CHECK(gm_test_object_base(p + sz) != p);
    /* The byte before is not part of it either. */
    CHECK(gm_test_object_base(p - 1) != p);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();

    static const size_t sizes[] = {1, 8, 16, 24, 48, 100, 1000, 1024, 4096, 5000,
                                   10000, 32768, 32769, 40000, 100000, 1 << 20};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        check_object(gm_alloc(sizes[i]), sizes[i], "gm_alloc");
        check_object(gm_alloc_noscan(sizes[i]), sizes[i], "gm_alloc_noscan");
        size_t count = (sizes[i] + 15) / 16;
        check_object(gm_alloc_typed(&two_words, count), count * 16, "gm_alloc_typed");
    }

    /* Neighbours in one span: consecutive objects of a class each map to
     * their own base. */
    enum { N = 200 };
    char *objs[N];
    for (int i = 0; i < N; i++) objs[i] = gm_alloc(48);
    for (int i = 0; i < N; i++) {
        size_t sz = gm_test_object_size(objs[i]);
        for (size_t off = 0; off < sz; off += 7)
            if (gm_test_object_base(objs[i] + off) != objs[i])
                CHECK_MSG(0, "object %d offset %zu", i, off);
        for (int j = 0; j < N; j++)
            if (i != j && objs[j] >= objs[i] && objs[j] < objs[i] + sz)
                CHECK_MSG(0, "objects %d and %d overlap", i, j);
    }
    check_pass_();

    /* Not heap addresses. */
    int local = 7;
    CHECK(gm_test_object_base(NULL) == NULL);
    CHECK(!gm_test_is_allocated(NULL));
    CHECK(gm_test_object_base(&local) == NULL);
    CHECK(!gm_test_is_allocated(&local));
    CHECK(gm_test_object_base(&a_global) == NULL);
    CHECK(!gm_test_is_allocated(&a_global));
    CHECK(gm_test_object_base((void *)(uintptr_t)&main) == NULL);
    CHECK_EQ(gm_test_object_size(&a_global), 0);
    void *m = malloc(64);
    CHECK(gm_test_object_base(m) == NULL);
    CHECK(!gm_test_is_allocated(m));
    free(m);
    CHECK_EQ(local + a_global, 49);
    return check_done();
}
