/*
 * slice_ops.c — slices: make, append (Go's growth, checked against
 * capacities Go 1.19 produces), copy, slicing, indexing, every panic.
 */
#include "make_check.h"

typedef struct { intptr_t a, b, c; } t3;

static const intptr_t go_int_caps[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848,
                                       1280, 1792, 2560, 3408, 5120};
static const intptr_t go_byte_caps[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408,
                                        2048, 3072, 4096, 5376};
static const intptr_t go_t3_caps[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853,
                                      1365, 2048, 3072};

static void check_growth(const gm_type *t, const void *val, int n,
                         const intptr_t *want, int nwant) {
    gm_slice s = {0};
    intptr_t last = -1;
    int k = 0;
    for (int i = 0; i < n; i++) {
        s = gm_append(t, s, val, 1);
        if (s.cap != last) {
            CHECK(k < nwant);
            CHECK_EQ(s.cap, want[k]);
            k++;
            last = s.cap;
        }
    }
    CHECK_EQ(k, nwant);
}

static void test_make(void) {
    gm_slice s = gm_make_slice(&gm_type_int, 3, 10);
    CHECK_EQ(s.len, 3);
    CHECK_EQ(s.cap, 10);
    CHECK(s.ptr != NULL);
    for (int i = 0; i < 10; i++) CHECK_EQ(((intptr_t *)s.ptr)[i], 0);
    gm_slice z = gm_make_slice(&gm_type_int, 0, 0);
    CHECK(z.ptr != NULL);             /* make([]int, 0) is not nil */
    CHECK_EQ(z.len, 0);
    gm_slice nil = {0};
    CHECK(nil.ptr == NULL && nil.len == 0 && nil.cap == 0);
    /* zero-size elements */
    const gm_type *empty = gm_type_struct("struct {}", 0, 1, NULL, 0);
    gm_slice e = gm_make_slice(empty, 5, 5);
    CHECK(e.ptr != NULL);
    e = gm_append(empty, e, "", 1);
    CHECK_EQ(e.len, 6);
}

static void test_append(void) {
    intptr_t one = 1;
    uint8_t b = 1;
    t3 v = {1, 2, 3};
    check_growth(&gm_type_int, &one, 5000, go_int_caps, 16);
    check_growth(&gm_type_uint8, &b, 5000, go_byte_caps, 13);
    const gm_type *tt = GM_STRUCT_TYPE(t3, "main.T3", GM_FIELD(t3, a, &gm_type_int),
                                       GM_FIELD(t3, b, &gm_type_int),
                                       GM_FIELD(t3, c, &gm_type_int));
    check_growth(tt, &v, 3000, go_t3_caps, 14);
    /* append([]int{1,2,3}, 4,5,6,7) -> cap 8; append(make 300, 10 more) -> 608 */
    intptr_t init[] = {1, 2, 3}, more[] = {4, 5, 6, 7};
    gm_slice s = gm_append(&gm_type_int, (gm_slice){0}, init, 3);
    CHECK_EQ(s.cap, 3);
    s = gm_append(&gm_type_int, s, more, 4);
    CHECK_EQ(s.cap, 8);
    CHECK_EQ(s.len, 7);
    for (int i = 0; i < 7; i++) CHECK_EQ(GM_AT(intptr_t, s, i), i + 1);
    gm_slice big = gm_make_slice(&gm_type_int, 300, 300);
    gm_slice ten = gm_make_slice(&gm_type_int, 10, 10);
    big = gm_append(&gm_type_int, big, ten.ptr, ten.len);
    CHECK_EQ(big.cap, 608);
    /* append(s, s...) aliasing, with and without growth */
    s = gm_slice_of(&gm_type_int, s, 0, 3, GM_OMIT);     /* [1 2 3], cap 8 */
    s = gm_append(&gm_type_int, s, s.ptr, s.len);        /* fits: 6 */
    CHECK_EQ(s.len, 6);
    s = gm_append(&gm_type_int, s, s.ptr, s.len);        /* grows: 12 */
    CHECK_EQ(s.len, 12);
    for (int i = 0; i < 12; i++) CHECK_EQ(GM_AT(intptr_t, s, i), i % 3 + 1);
    /* appending nothing keeps nil nil */
    gm_slice n = gm_append(&gm_type_int, (gm_slice){0}, NULL, 0);
    CHECK(n.ptr == NULL);
    /* appending to a sub-slice overwrites the shared array, as in Go */
    gm_slice a = gm_make_slice(&gm_type_int, 4, 4);
    gm_slice head = gm_slice_of(&gm_type_int, a, 0, 2, GM_OMIT);
    intptr_t nine = 9;
    head = gm_append(&gm_type_int, head, &nine, 1);
    CHECK_EQ(GM_AT(intptr_t, a, 2), 9);
    /* pointer elements */
    const gm_type *pt = gm_type_pointer_to(&gm_type_int);
    gm_slice ps = {0};
    for (int i = 0; i < 100; i++) {
        intptr_t *p = gm_new(intptr_t);
        *p = i;
        ps = gm_append(pt, ps, &p, 1);
    }
    for (int i = 0; i < 100; i++) CHECK_EQ(*GM_AT(intptr_t *, ps, i), i);
}

static void test_copy_and_slicing(void) {
    gm_slice s = gm_make_slice(&gm_type_int, 5, 8);
    for (int i = 0; i < 5; i++) GM_AT(intptr_t, s, i) = i;
    gm_slice d = gm_make_slice(&gm_type_int, 3, 3);
    CHECK_EQ(gm_copy(&gm_type_int, d, s), 3);
    CHECK_EQ(GM_AT(intptr_t, d, 2), 2);
    /* overlapping copy: copy(s[1:], s) */
    CHECK_EQ(gm_copy(&gm_type_int, gm_slice_of(&gm_type_int, s, 1, GM_OMIT, GM_OMIT), s), 4);
    for (int i = 1; i < 5; i++) CHECK_EQ(GM_AT(intptr_t, s, i), i - 1);
    CHECK_EQ(gm_copy(&gm_type_int, d, (gm_slice){0}), 0);
    gm_slice t = gm_slice_of(&gm_type_int, s, 2, 4, GM_OMIT);
    CHECK_EQ(t.len, 2);
    CHECK_EQ(t.cap, 6);
    CHECK(t.ptr == (intptr_t *)s.ptr + 2);
    t = gm_slice_of(&gm_type_int, s, 1, 3, 5);
    CHECK_EQ(t.len, 2);
    CHECK_EQ(t.cap, 4);
    t = gm_slice_of(&gm_type_int, s, 2, GM_OMIT, GM_OMIT);   /* s[2:] */
    CHECK_EQ(t.len, 3);
    t = gm_slice_of(&gm_type_int, s, 5, 8, GM_OMIT);         /* up to cap */
    CHECK_EQ(t.len, 3);
    t = gm_slice_of(&gm_type_int, s, 8, 8, 8);               /* cap 0: base kept */
    CHECK_EQ(t.cap, 0);
    CHECK(t.ptr == s.ptr);
    /* set with pointers, index */
    const gm_type *st = &gm_type_string;
    gm_slice strs = gm_make_slice(st, 2, 2);
    gm_string hello = gm_string_from_cstr("hello");
    gm_slice_set(st, strs, 1, &hello);
    CHECK(gm_string_equal(*(gm_string *)gm_index(st, strs, 1), GM_STR("hello")));
}

static int child(const char *mode) {
    gm_init();
    gm_slice s = gm_make_slice(&gm_type_int, 3, 4);
    volatile intptr_t neg = -1, vbig = (intptr_t)1 << 62;
    intptr_t big = vbig;
    if (!strcmp(mode, "index")) GM_AT(intptr_t, s, 5) = 1;
    if (!strcmp(mode, "index_neg")) gm_index(&gm_type_int, s, neg);
    if (!strcmp(mode, "makelen")) gm_make_slice(&gm_type_int, neg, 4);
    if (!strcmp(mode, "makecap")) gm_make_slice(&gm_type_int, 5, 4);
    if (!strcmp(mode, "makebig")) gm_make_slice(&gm_type_int, 1, big);
    if (!strcmp(mode, "makebiglen")) gm_make_slice(&gm_type_int, big, big);
    if (!strcmp(mode, "slicecap")) gm_slice_of(&gm_type_int, s, 0, 7, GM_OMIT);
    if (!strcmp(mode, "sliceb")) gm_slice_of(&gm_type_int, s, 3, 2, GM_OMIT);
    if (!strcmp(mode, "sliceneg")) gm_slice_of(&gm_type_int, s, neg, 2, GM_OMIT);
    if (!strcmp(mode, "slice3cap")) gm_slice_of(&gm_type_int, s, 0, 1, 5);
    if (!strcmp(mode, "slice3b")) gm_slice_of(&gm_type_int, s, 0, 3, 2);
    if (!strcmp(mode, "slice3c")) gm_slice_of(&gm_type_int, s, 2, 1, 3);
    if (!strcmp(mode, "set")) gm_slice_set(&gm_type_int, s, 3, &big);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) return child(argv[1]);
    check_set_name(argv[0]);
    gm_init();
    test_make();
    test_append();
    test_copy_and_slicing();
    EXPECT_PANIC("index", "runtime error: index out of range [5] with length 3");
    EXPECT_PANIC("index_neg", "runtime error: index out of range [-1]");
    EXPECT_PANIC("makelen", "runtime error: makeslice: len out of range");
    EXPECT_PANIC("makecap", "runtime error: makeslice: cap out of range");
    EXPECT_PANIC("makebig", "runtime error: makeslice: cap out of range");
    EXPECT_PANIC("makebiglen", "runtime error: makeslice: len out of range");
    EXPECT_PANIC("slicecap", "runtime error: slice bounds out of range [:7] with capacity 4");
    EXPECT_PANIC("sliceb", "runtime error: slice bounds out of range [3:2]");
    EXPECT_PANIC("sliceneg", "runtime error: slice bounds out of range [-1:]");
    EXPECT_PANIC("slice3cap", "runtime error: slice bounds out of range [::5] with capacity 4");
    EXPECT_PANIC("slice3b", "runtime error: slice bounds out of range [:3:2]");
    EXPECT_PANIC("slice3c", "runtime error: slice bounds out of range [2:1:]");
    EXPECT_PANIC("set", "runtime error: index out of range [3] with length 3");
    return check_done();
}
