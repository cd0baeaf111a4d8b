/* golib_test.h: helpers for golib's C unit tests: boxing C values into
 * interfaces, building ...any slices, comparing a result with a golden
 * string obtained from Go 1.19 (the goldens are literals in the tests, so
 * the tests need no Go toolchain).
 *
 * Invariant: every CHECK failure prints the case and the difference and
 * makes main return 1 (via golib_test_failures).
 */
#ifndef GOLIB_TEST_H
#define GOLIB_TEST_H

#include <stdio.h>
#include <string.h>

#include "lib.h"

static int golib_test_failures;
static int golib_test_checks;

static inline gort_iface box_int(int64_t v) { return gort_box(&gort_type_int, &v); }
static inline gort_iface box_i8(int8_t v) { return gort_box(&gort_type_int8, &v); }
static inline gort_iface box_u8(uint8_t v) { return gort_box(&gort_type_uint8, &v); }
static inline gort_iface box_i32(int32_t v) { return gort_box(&gort_type_int32, &v); }
static inline gort_iface box_i64(int64_t v) { return gort_box(&gort_type_int64, &v); }
static inline gort_iface box_uint(uint64_t v) { return gort_box(&gort_type_uint, &v); }
static inline gort_iface box_f64(double v) { return gort_box(&gort_type_float64, &v); }
static inline gort_iface box_f32(float v) { return gort_box(&gort_type_float32, &v); }
static inline gort_iface box_bool(bool v) { return gort_box(&gort_type_bool, &v); }
static inline gort_iface box_str(const char *s) {
    gm_string v = gm_string_from_cstr(s);
    return gort_box(&gort_type_string, &v);
}
static inline gort_iface box_c128(double re, double im) {
    double _Complex v = re + im * I;
    return gort_box(&gort_type_complex128, &v);
}

/* Descriptors as generated code makes them, for the tests' own types. */
static const uint8_t mask1[1] = {1};

#define PTR_TYPE(var, target, nm, meths, nmeths)                               \
    static const gort_type var = {                                             \
        .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1, .name = nm, \
               .kind = GM_KIND_POINTER, .elem = &target.gm,                    \
               .hash = gort_hash_word, .equal = gort_equal_word},              \
        .elem = &target, .methods = meths, .nmethods = nmeths}
#define SLICE_TYPE(var, el, nm)                                                \
    static const gort_type var = {                                             \
        .gm = {.size = 24, .align = 8, .ptrdata = 8, .ptrmask = mask1, .name = nm, \
               .kind = GM_KIND_SLICE, .elem = &el.gm},                         \
        .elem = &el}
#define MAP_TYPE(var, k, v, nm)                                                \
    static const gort_type var = {                                             \
        .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1, .name = nm, \
               .kind = GM_KIND_MAP, .elem = &v.gm, .key = &k.gm},              \
        .elem = &v, .key = &k}

SLICE_TYPE(strings_type, gort_type_string, "[]string");
SLICE_TYPE(ints_type, gort_type_int, "[]int");

/* ...any from a C array of interfaces. */
#define ARGS(...)                                                              \
    ((gm_slice){(gort_iface[]){__VA_ARGS__},                                   \
                sizeof((gort_iface[]){__VA_ARGS__}) / sizeof(gort_iface),      \
                sizeof((gort_iface[]){__VA_ARGS__}) / sizeof(gort_iface)})
#define NOARGS ((gm_slice){0})

static inline void check_str(const char *file, int line, gm_string got, const char *want) {
    golib_test_checks++;
    if ((size_t)got.len == strlen(want) && memcmp(got.ptr, want, (size_t)got.len) == 0)
        return;
    golib_test_failures++;
    fprintf(stderr, "%s:%d: got  \"%.*s\"\n%*s want \"%s\"\n", file, line, (int)got.len,
            (const char *)got.ptr, (int)strlen(file) + 6, "", want);
}
#define CHECK_STR(got, want) check_str(__FILE__, __LINE__, (got), (want))
#define CHECK(cond)                                                            \
    do {                                                                       \
        golib_test_checks++;                                                   \
        if (!(cond)) {                                                         \
            golib_test_failures++;                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                      \
    } while (0)

static inline int golib_test_end(const char *name) {
    printf("%s: %d checks, %d failures\n", name, golib_test_checks, golib_test_failures);
    return golib_test_failures != 0;
}

#define SPRINTF(fmt, ...) go_fmt_Sprintf(GM_STR(fmt), ARGS(__VA_ARGS__))

#endif
