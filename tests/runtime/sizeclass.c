/*
 * sizeclass.c — the size-class table, through gm_test_size_class and real
 * allocations: every request 1..32768 maps to a small class, classes grow
 * monotonically with the request, the object handed out is at least as big
 * as asked and not much bigger (bounded tail waste), there are about as many
 * classes as Go has, and requests above 32 KiB are large objects (class 0)
 * whose object size is a whole number of pages.
 */
#include "testutil.h"

#define MAX_SMALL 32768
#define MAX_CLASSES 256

static size_t class_size[MAX_CLASSES];   /* largest request of each class */
static size_t class_min[MAX_CLASSES];    /* smallest request of each class */

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();

    /* Every small request maps to a class in 1..MAX_CLASSES-1, monotonic. */
    int prev = 0, nclasses = 0;
    for (size_t n = 1; n <= MAX_SMALL; n++) {
        int c = gm_test_size_class(n);
        CHECK_MSG(c >= 1 && c < MAX_CLASSES, "n=%zu class=%d", n, c);
        CHECK_MSG(c >= prev, "n=%zu class=%d after class %d", n, c, prev);
        CHECK_MSG(c <= prev + 1, "n=%zu skips from class %d to %d", n, prev, c);
        if (c != prev) {
            nclasses++;
            class_min[c] = n;
        }
        class_size[c] = n;
        prev = c;
    }
    /* Go has 67 small classes; anything far from that is not Go's table. */
    CHECK_GE(nclasses, 40);
    CHECK_LE(nclasses, 100);
    CHECK_EQ(class_size[prev], MAX_SMALL);

    /* Above 32 KiB: large objects, class 0. */
    size_t big[] = {MAX_SMALL + 1, MAX_SMALL + 8, 40000, 65536, 100000,
                    1 << 20, (size_t)1 << 26};
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++)
        CHECK_MSG(gm_test_size_class(big[i]) == 0, "n=%zu", big[i]);

    /* Each class: its size is a multiple of 8, the first and the last request
     * of the class get an object of exactly the class size, and the waste
     * stays within Go's bounds (a generous n/4 + 16). */
    size_t prev_size = 0;
    for (int c = 1; c <= prev; c++) {
        size_t sz = class_size[c];
        CHECK_MSG(sz % 8 == 0, "class %d size %zu", c, sz);
        CHECK_GT(sz, prev_size);
        prev_size = sz;
        size_t reqs[2] = {class_min[c], sz};
        for (int k = 0; k < 2; k++) {
            char *p = gm_alloc(reqs[k]);
            CHECK(p != NULL);
            CHECK_MSG(gm_test_object_size(p) == sz, "request %zu got object %zu, class %d size %zu",
                      reqs[k], gm_test_object_size(p), c, sz);
            CHECK_PTR_EQ(gm_test_object_base(p), p);
            CHECK_EQ((uintptr_t)p % 8, 0);
            void *q = gm_alloc_noscan(reqs[k]);
            CHECK_EQ(gm_test_object_size(q), sz);
        }
    }

    /* Every request: object size ≥ request, tail waste bounded. */
    for (size_t n = 1; n <= MAX_SMALL; n += (n < 2048 ? 1 : 13)) {
        size_t sz = class_size[gm_test_size_class(n)];
        CHECK_MSG(sz >= n, "n=%zu class size %zu", n, sz);
        CHECK_MSG(sz <= n + n / 4 + 16, "n=%zu class size %zu: too much waste", n, sz);
        void *p = gm_alloc(n);
        CHECK_MSG(gm_test_object_size(p) >= n, "n=%zu object %zu", n, gm_test_object_size(p));
        CHECK_MSG(gm_test_object_size(p) == sz, "n=%zu object %zu class size %zu", n,
                  gm_test_object_size(p), sz);
    }

    /* Large objects: whole pages (Go uses 8 KiB), at least the request. */
    for (size_t i = 0; i + 1 < sizeof big / sizeof big[0]; i++) {
        char *p = gm_alloc(big[i]);
        CHECK(p != NULL);
        size_t sz = gm_test_object_size(p);
        CHECK_MSG(sz >= big[i], "large request %zu got %zu", big[i], sz);
        CHECK_MSG(sz % 4096 == 0, "large object size %zu is not whole pages", sz);
        CHECK_MSG(sz <= big[i] + 8192, "large request %zu got %zu", big[i], sz);
        CHECK_PTR_EQ(gm_test_object_base(p), p);
        CHECK_EQ((uintptr_t)p % 4096, 0);
    }
    return check_done();
}
