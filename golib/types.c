/* types.c: descriptors of Go's predeclared types and of any/error, and the
 * interface operations of gort.h: method lookup, ==, boxing, hashing of
 * interface-typed map keys, type identity.
 *
 * Invariants: each gort_type_<basic>.gm has the size, alignment, kind and
 * name of libgomem's gm_type_<basic>, and hashes/compares through it (the
 * wrappers below delegate, so map keys behave the same whether a map was
 * made with gm_type_int or gort_type_int.gm); an interface value's data
 * word is the value itself for pointer-shaped types, else a pointer to an
 * immutable boxed copy (gort.h).
 */
#include <string.h>

#include "internal.h"

const uint8_t golib_mask_one[1] = {1};
static const uint8_t mask_two[1] = {3};

/* A basic type's descriptor; hash/equal delegate to libgomem's.  (One
 * macro, no nesting: `bool` must not be expanded to _Bool before ##.) */
#define BASIC(tn, ctype, knd, ptrs, mask)                                     \
    static uintptr_t hash_##tn(const void *v, uintptr_t seed) {             \
        return gm_hash(&gm_type_##tn, v, seed);                              \
    }                                                                          \
    static bool equal_##tn(const void *a, const void *b) {                   \
        return gm_equal(&gm_type_##tn, a, b);                                \
    }                                                                          \
    const gort_type gort_type_##tn = {                                       \
        .gm = {.size = sizeof(ctype), .align = _Alignof(ctype), .ptrdata = ptrs, \
               .ptrmask = mask, .name = #tn, .kind = knd,                     \
               .hash = hash_##tn, .equal = equal_##tn}}

BASIC(bool, bool, GM_KIND_BOOL, 0, NULL);
BASIC(int, int64_t, GM_KIND_INT, 0, NULL);
BASIC(int8, int8_t, GM_KIND_INT8, 0, NULL);
BASIC(int16, int16_t, GM_KIND_INT16, 0, NULL);
BASIC(int32, int32_t, GM_KIND_INT32, 0, NULL);
BASIC(int64, int64_t, GM_KIND_INT64, 0, NULL);
BASIC(uint, uint64_t, GM_KIND_UINT, 0, NULL);
BASIC(uint8, uint8_t, GM_KIND_UINT8, 0, NULL);
BASIC(uint16, uint16_t, GM_KIND_UINT16, 0, NULL);
BASIC(uint32, uint32_t, GM_KIND_UINT32, 0, NULL);
BASIC(uint64, uint64_t, GM_KIND_UINT64, 0, NULL);
BASIC(uintptr, uintptr_t, GM_KIND_UINTPTR, 0, NULL);
BASIC(float32, float, GM_KIND_FLOAT32, 0, NULL);
BASIC(float64, double, GM_KIND_FLOAT64, 0, NULL);
BASIC(complex64, float _Complex, GM_KIND_COMPLEX64, 0, NULL);
BASIC(complex128, double _Complex, GM_KIND_COMPLEX128, 0, NULL);
BASIC(string, gm_string, GM_KIND_STRING, sizeof(void *), golib_mask_one);

const gort_type gort_type_unsafe_pointer = {
    .gm = {.size = sizeof(void *), .align = _Alignof(void *), .ptrdata = sizeof(void *),
           .ptrmask = golib_mask_one, .name = "unsafe.Pointer", .kind = GM_KIND_UNSAFE_POINTER,
           .hash = gort_hash_word, .equal = gort_equal_word}};

const gort_type gort_type_any = {
    .gm = {.size = sizeof(gort_iface), .align = _Alignof(gort_iface),
           .ptrdata = sizeof(gort_iface), .ptrmask = mask_two, .name = "interface {}",
           .kind = GM_KIND_INTERFACE, .hash = gort_hash_iface, .equal = gort_equal_iface}};

static const gort_method error_methods[] = {{"Error", NULL}};
const gort_type gort_type_error = {
    .gm = {.size = sizeof(gort_iface), .align = _Alignof(gort_iface),
           .ptrdata = sizeof(gort_iface), .ptrmask = mask_two, .name = "error",
           .kind = GM_KIND_INTERFACE, .hash = gort_hash_iface, .equal = gort_equal_iface},
    .methods = error_methods, .nmethods = 1, .named = true};

/* ---- words and interfaces as map keys ---- */

uintptr_t gort_hash_word(const void *value, uintptr_t seed) {
    return gm_hash(&gm_type_uintptr, value, seed);
}

bool gort_equal_word(const void *a, const void *b) {
    return *(void *const *)a == *(void *const *)b;
}

bool golib_pointer_shaped(const gort_type *t) {
    switch (t->gm.kind) {
    case GM_KIND_POINTER: case GM_KIND_UNSAFE_POINTER: case GM_KIND_MAP:
    case GM_KIND_CHAN: case GM_KIND_FUNC:
        return true;
    default:
        return false;
    }
}

const void *golib_iface_value(const gort_iface *i) {
    return golib_pointer_shaped(i->type) ? (const void *)&i->data : i->data;
}

void *golib_data_word(const gort_type *t, const void *value) {
    return golib_pointer_shaped(t) ? *(void *const *)value : (void *)value;
}

uintptr_t gort_hash_iface(const void *value, uintptr_t seed) {
    const gort_iface *i = value;
    if (!i->type)
        return gm_hash(&gm_type_uintptr, &(uintptr_t){0x9e3779b97f4a7c15u}, seed);
    /* by name, so that identical descriptors emitted twice hash alike */
    gm_string name = {(const uint8_t *)i->type->gm.name, (intptr_t)strlen(i->type->gm.name)};
    seed = gm_hash(&gm_type_string, &name, seed);
    return gm_hash(&i->type->gm, golib_iface_value(i), seed);
}

bool gort_equal_iface(const void *a, const void *b) {
    return gort_iface_eq(*(const gort_iface *)a, *(const gort_iface *)b);
}

bool gort_type_identical(const gort_type *a, const gort_type *b) {
    if (a == b)
        return true;
    return a && b && strcmp(a->gm.name, b->gm.name) == 0;
}

bool gort_iface_eq(gort_iface a, gort_iface b) {
    if (!a.type || !b.type)
        return !a.type && !b.type;
    if (!gort_type_identical(a.type, b.type))
        return false;
    if (golib_pointer_shaped(a.type)) {
        if (a.type->gm.kind == GM_KIND_MAP || a.type->gm.kind == GM_KIND_FUNC)
            gm_panic("runtime error: comparing uncomparable type %s", a.type->gm.name);
        return a.data == b.data;
    }
    /* gm_equal panics "comparing uncomparable type T" for slices and the like */
    return gm_equal(&a.type->gm, a.data, b.data);
}

void *golib_new_copy(const gort_type *t, const void *value) {
    void *copy = gm_make_values(&t->gm, 1);
    if (t->gm.size)
        gm_typedmemmove(&t->gm, copy, value, 1);
    return copy;
}

gort_iface gort_box(const gort_type *t, const void *value) {
    if (golib_pointer_shaped(t))
        return (gort_iface){t, *(void *const *)value};
    return (gort_iface){t, golib_new_copy(t, value)};
}

/* ---- methods ---- */

const gort_method *gort_find_method(const gort_type *t, const char *name) {
    if (!t)
        return NULL;
    /* method sets are short: a scan needs no assumption about the order */
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0)
            return &t->methods[i];
    return NULL;
}

bool gort_implements(const gort_type *t, const gort_type *iface) {
    if (!t)
        return false;
    for (int i = 0; i < iface->nmethods; i++)
        if (!gort_find_method(t, iface->methods[i].name))
            return false;
    return true;
}

gm_string golib_call_string_method(const gort_method *m, void *data) {
    return ((gm_string(*)(void *))m->fn)(data);
}

gm_string golib_error_text(gort_iface err) {
    const gort_method *m = gort_find_method(err.type, "Error");
    if (!m)
        return GM_STR("<nil>");
    return golib_call_string_method(m, err.data);
}
