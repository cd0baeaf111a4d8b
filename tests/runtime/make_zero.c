/*
 * make_zero.c — the zero-value table of docs/make.md, one check per row,
 * and the predeclared descriptors (sizes, names, pointer bitmaps, hash
 * quality and equality).
 */
#include "make_check.h"

#include <complex.h>
#include <math.h>

typedef struct {
    intptr_t i;
    double f;
    bool b;
    gm_string s;
    void *p;
    gm_slice sl;
    gm_map *m;
    gm_chan *c;
    int32_t arr[3];
} everything;

static const gm_type *everything_type(void) {
    static const gm_type *t;
    if (!t)
        t = GM_STRUCT_TYPE(everything, "main.everything",
                           GM_FIELD(everything, i, &gm_type_int),
                           GM_FIELD(everything, f, &gm_type_float64),
                           GM_FIELD(everything, b, &gm_type_bool),
                           GM_FIELD(everything, s, &gm_type_string),
                           GM_FIELD(everything, p, &gm_type_pointer),
                           GM_FIELD(everything, sl, gm_type_slice_of(&gm_type_int)),
                           GM_FIELD(everything, m, gm_type_map_of(&gm_type_int, &gm_type_int)),
                           GM_FIELD(everything, c, gm_type_chan_of(&gm_type_int)),
                           GM_FIELD(everything, arr, gm_type_array(&gm_type_int32, 3)));
    return t;
}

/* Each row: the value from gm_alloc_typed behaves as Go's zero value. */
static void test_zero_rows(void) {
    everything *z = gm_alloc_typed(everything_type(), 1);
    /* int: 0 (every integer type) */
    CHECK_EQ(z->i, 0);
    int8_t *i8 = gm_make_values(&gm_type_int8, 4);
    uint64_t *u64 = gm_make_values(&gm_type_uint64, 4);
    CHECK(i8[3] == 0 && u64[3] == 0);
    /* float: 0 (and complex 0+0i) */
    CHECK(z->f == 0.0 && !signbit(z->f));
    double _Complex *cx = gm_make_values(&gm_type_complex128, 1);
    CHECK(creal(*cx) == 0 && cimag(*cx) == 0);
    /* bool: false */
    CHECK(z->b == false);
    /* string: "" */
    CHECK(gm_string_equal(z->s, GM_STR("")));
    CHECK_EQ(z->s.len, 0);
    /* pointer: nil */
    CHECK(z->p == NULL);
    /* slice: nil -- len 0, cap 0, append works */
    CHECK(z->sl.ptr == NULL && z->sl.len == 0 && z->sl.cap == 0);
    intptr_t one = 1;
    gm_slice grown = gm_append(&gm_type_int, z->sl, &one, 1);
    CHECK_EQ(grown.len, 1);
    /* map: nil -- reads empty, len 0 */
    CHECK(z->m == NULL);
    CHECK_EQ(gm_map_len(z->m), 0);
    bool ok = true;
    CHECK_EQ(*(intptr_t *)gm_map_get(z->m, &one, &ok), 0);
    CHECK(!ok);
    /* channel: nil -- len and cap 0, never ready */
    CHECK(z->c == NULL);
    CHECK_EQ(gm_chan_len(z->c), 0);
    CHECK_EQ(gm_chan_cap(z->c), 0);
    CHECK(!gm_chan_try_recv(z->c, &one, &ok));
    /* struct: each field's zero; array: each element's zero */
    CHECK(all_zero(z, sizeof *z));
    CHECK(z->arr[0] == 0 && z->arr[2] == 0);
    everything *n = gm_new(everything);
    CHECK(all_zero(n, sizeof *n));
    /* a map's missing value is the zero value of the value type */
    gm_map *m = gm_make_map(&gm_type_int, everything_type(), 0);
    CHECK(all_zero(gm_map_get(m, &one, NULL), sizeof(everything)));
    /* a closed channel receives zero values */
    gm_chan *c = gm_make_chan(everything_type(), 1);
    gm_chan_close(c);
    everything got;
    memset(&got, 0xFF, sizeof got);
    CHECK(!gm_chan_recv(c, &got));
    CHECK(all_zero(&got, sizeof got));
}

static void test_descriptors(void) {
    struct { const gm_type *t; size_t size; const char *name; } rows[] = {
        {&gm_type_bool, 1, "bool"},       {&gm_type_int, 8, "int"},
        {&gm_type_int8, 1, "int8"},       {&gm_type_int16, 2, "int16"},
        {&gm_type_int32, 4, "int32"},     {&gm_type_int64, 8, "int64"},
        {&gm_type_uint, 8, "uint"},       {&gm_type_uint8, 1, "uint8"},
        {&gm_type_uint16, 2, "uint16"},   {&gm_type_uint32, 4, "uint32"},
        {&gm_type_uint64, 8, "uint64"},   {&gm_type_uintptr, 8, "uintptr"},
        {&gm_type_float32, 4, "float32"}, {&gm_type_float64, 8, "float64"},
        {&gm_type_complex64, 8, "complex64"}, {&gm_type_complex128, 16, "complex128"},
        {&gm_type_string, 16, "string"},  {&gm_type_pointer, 8, "unsafe.Pointer"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        CHECK_EQ(rows[i].t->size, rows[i].size);
        CHECK(strcmp(rows[i].t->name, rows[i].name) == 0);
        CHECK(gm_type_comparable(rows[i].t));
        bool ptrs = rows[i].t == &gm_type_string || rows[i].t == &gm_type_pointer;
        CHECK_EQ(rows[i].t->ptrdata, ptrs ? 8 : 0);
    }
    const gm_type *et = everything_type();
    CHECK_EQ(et->size, sizeof(everything));
    /* pointer words: s.ptr (3), p (5), sl.ptr (6), m (9), c (10) */
    CHECK_EQ(et->ptrmask[0], (1 << 3) | (1 << 5) | (1 << 6));
    CHECK_EQ(et->ptrmask[1], (1 << 1) | (1 << 2));
    CHECK_EQ(et->ptrdata, 11 * 8);
    CHECK(!gm_type_comparable(et));          /* it has a slice and a map */
    const gm_type *arr = gm_type_array(&gm_type_string, 3);
    CHECK_EQ(arr->size, 48);
    CHECK_EQ(arr->ptrmask[0], 0x15);
    CHECK_EQ(arr->ptrdata, 40);
    CHECK(gm_type_array(&gm_type_int, 4)->ptrdata == 0);
}

static void test_hash(void) {
    /* equal values hash alike; seeds matter; floats +0 == -0 */
    double pz = 0.0, nz = -0.0, nan = NAN;
    CHECK_EQ(gm_hash(&gm_type_float64, &pz, 1), gm_hash(&gm_type_float64, &nz, 1));
    CHECK(gm_equal(&gm_type_float64, &pz, &nz));
    CHECK(!gm_equal(&gm_type_float64, &nan, &nan));
    CHECK(gm_hash(&gm_type_float64, &nan, 1) != gm_hash(&gm_type_float64, &nan, 1));
    intptr_t k = 12345;
    CHECK(gm_hash(&gm_type_int, &k, 1) != gm_hash(&gm_type_int, &k, 2));
    gm_string a = GM_STR("hello"), b = gm_string_from_cstr("hello");
    CHECK_EQ(gm_hash(&gm_type_string, &a, 9), gm_hash(&gm_type_string, &b, 9));
    /* quality: sequential ints and short strings spread evenly over 256
     * buckets by the low 8 bits and by the top 8 bits (chi-square) */
    enum { N = 256 * 200 };
    for (int which = 0; which < 4; which++) {
        static int buckets[256];
        memset(buckets, 0, sizeof buckets);
        for (int i = 0; i < N; i++) {
            uintptr_t h;
            if (which < 2) {
                intptr_t v = i;
                h = gm_hash(&gm_type_int, &v, 77);
            } else {
                char buf[16];
                int len = snprintf(buf, sizeof buf, "k%d", i);
                gm_string s = {(const uint8_t *)buf, len};
                h = gm_hash(&gm_type_string, &s, 77);
            }
            buckets[which % 2 ? h >> 56 : h & 255]++;
        }
        double chi = 0, e = N / 256.0;
        for (int i = 0; i < 256; i++) chi += (buckets[i] - e) * (buckets[i] - e) / e;
        /* 255 degrees of freedom: mean 255, sd ~22.6 */
        CHECK_MSG(chi < 400, "chi-square %f (case %d)", chi, which);
    }
    /* avalanche: flipping one input bit flips about half the output bits */
    uint64_t flips = 0, trials = 0;
    for (int i = 0; i < 2000; i++) {
        uint64_t v = (uint64_t)i * 0x9E3779B97F4A7C15ull;
        for (int bit = 0; bit < 64; bit += 7) {
            uint64_t w = v ^ (1ull << bit);
            flips += (uint64_t)__builtin_popcountll(gm_hash(&gm_type_uint64, &v, 5) ^
                                                    gm_hash(&gm_type_uint64, &w, 5));
            trials++;
        }
    }
    double avg = (double)flips / (double)trials;
    CHECK_MSG(avg > 30 && avg < 34, "average flipped bits %f", avg);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    test_zero_rows();
    test_descriptors();
    test_hash();
    return check_done();
}
