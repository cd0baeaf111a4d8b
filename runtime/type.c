/*
 * type.c — type descriptors for the `make` types: Go's predeclared basic
 * types, the builders for structs, arrays, pointers, slices, maps and
 * channels, and type-directed hashing and equality.
 *
 * Owns: gm_type_* descriptors, gm_type_struct/array/pointer_to/slice_of/
 * map_of/chan_of, gm_hash, gm_equal, gm_type_comparable, gm_make_values,
 * mk_zerobase, mk_zero.
 * Invariants: descriptors are immortal (malloc'd, never freed), so the
 * collector may keep pointers to them; composite descriptors are interned
 * (same arguments -> same descriptor); a descriptor's ptrmask has a bit
 * for every pointer word and ptrdata ends just after the last one;
 * builder-made struct/array descriptors carry mk_hash_marker/
 * mk_equal_marker and are hashed through gm_hash/gm_equal.
 */
#include "make_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

char mk_zerobase[16] __attribute__((aligned(16)));
const uint8_t mk_zero[MK_ZERO_MAX] __attribute__((aligned(16)));

static const uint8_t mask_one[1] = {1};

#define BASIC(var, ctype, nm, k, h, e)                                        \
    const gm_type var = {.size = sizeof(ctype), .align = _Alignof(ctype),    \
                         .name = nm, .kind = k, .hash = h, .equal = e}

BASIC(gm_type_bool, bool, "bool", GM_KIND_BOOL, mk_hash_mem8, mk_equal_mem8);
BASIC(gm_type_int, intptr_t, "int", GM_KIND_INT, mk_hash_mem64, mk_equal_mem64);
BASIC(gm_type_int8, int8_t, "int8", GM_KIND_INT8, mk_hash_mem8, mk_equal_mem8);
BASIC(gm_type_int16, int16_t, "int16", GM_KIND_INT16, mk_hash_mem16, mk_equal_mem16);
BASIC(gm_type_int32, int32_t, "int32", GM_KIND_INT32, mk_hash_mem32, mk_equal_mem32);
BASIC(gm_type_int64, int64_t, "int64", GM_KIND_INT64, mk_hash_mem64, mk_equal_mem64);
BASIC(gm_type_uint, uintptr_t, "uint", GM_KIND_UINT, mk_hash_mem64, mk_equal_mem64);
BASIC(gm_type_uint8, uint8_t, "uint8", GM_KIND_UINT8, mk_hash_mem8, mk_equal_mem8);
BASIC(gm_type_uint16, uint16_t, "uint16", GM_KIND_UINT16, mk_hash_mem16, mk_equal_mem16);
BASIC(gm_type_uint32, uint32_t, "uint32", GM_KIND_UINT32, mk_hash_mem32, mk_equal_mem32);
BASIC(gm_type_uint64, uint64_t, "uint64", GM_KIND_UINT64, mk_hash_mem64, mk_equal_mem64);
BASIC(gm_type_uintptr, uintptr_t, "uintptr", GM_KIND_UINTPTR, mk_hash_mem64, mk_equal_mem64);
BASIC(gm_type_float32, float, "float32", GM_KIND_FLOAT32, mk_hash_f32, mk_equal_f32);
BASIC(gm_type_float64, double, "float64", GM_KIND_FLOAT64, mk_hash_f64, mk_equal_f64);
BASIC(gm_type_complex64, float _Complex, "complex64", GM_KIND_COMPLEX64, mk_hash_c64,
      mk_equal_c64);
BASIC(gm_type_complex128, double _Complex, "complex128", GM_KIND_COMPLEX128,
      mk_hash_c128, mk_equal_c128);

const gm_type gm_type_string = {
    .size = sizeof(gm_string), .align = _Alignof(gm_string), .ptrdata = sizeof(void *),
    .ptrmask = mask_one, .name = "string", .kind = GM_KIND_STRING,
    .hash = mk_hash_string, .equal = mk_equal_string};

const gm_type gm_type_pointer = {
    .size = sizeof(void *), .align = _Alignof(void *), .ptrdata = sizeof(void *),
    .ptrmask = mask_one, .name = "unsafe.Pointer", .kind = GM_KIND_UNSAFE_POINTER,
    .hash = mk_hash_mem64, .equal = mk_equal_mem64};

/* ---- helpers ---- */

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        fputs("fatal error: out of memory making a type descriptor\n", stderr);
        abort();
    }
    return p;
}

static char *fmt_name(const char *fmt, const char *a, const char *b, intptr_t n) {
    size_t len = strlen(fmt) + (a ? strlen(a) : 0) + (b ? strlen(b) : 0) + 24;
    char *s = xcalloc(1, len);
    if (b)
        snprintf(s, len, fmt, a, b);
    else if (n >= 0)
        snprintf(s, len, fmt, (long long)n, a);
    else
        snprintf(s, len, fmt, a);
    return s;
}

static inline bool mask_bit(const uint8_t *mask, size_t w) {
    return (mask[w / 8] >> (w % 8)) & 1;
}

/* Copy t's pointer bits into mask at word offset `at`.  Returns the word
 * just past the last pointer copied (0 if none). */
static size_t mask_merge(uint8_t *mask, size_t at, const gm_type *t) {
    size_t end = 0, words = t->ptrdata / sizeof(void *);
    for (size_t w = 0; w < words; w++) {
        if (t->ptrmask && mask_bit(t->ptrmask, w)) {
            mask[(at + w) / 8] |= (uint8_t)(1u << ((at + w) % 8));
            end = at + w + 1;
        }
    }
    return end;
}

/* ---- builders ---- */

/* Every descriptor made by gm_type_struct, so that they stay reachable
 * (immortal, and not leaks to LeakSanitizer). */
static mk_type_ext *all_structs;
static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;

const gm_type *gm_type_struct(const char *name, size_t size, size_t align,
                              const gm_field *fields, int nfields) {
    mk_type_ext *x = xcalloc(1, sizeof *x);
    size_t words = (size + sizeof(void *) - 1) / sizeof(void *);
    uint8_t *mask = xcalloc((words + 7) / 8, 1);
    size_t end = 0;
    bool comparable = true;
    x->fields = xcalloc((size_t)nfields, sizeof(gm_field));
    for (int i = 0; i < nfields; i++) {
        const gm_type *ft = fields[i].type;
        x->fields[i] = fields[i];
        if (ft->ptrdata) {
            size_t e = mask_merge(mask, fields[i].offset / sizeof(void *), ft);
            if (e > end)
                end = e;
        }
        if (!gm_type_comparable(ft))
            comparable = false;
    }
    x->nfields = nfields;
    mk_lock(&intern_lock);       /* keep it reachable: immortal */
    x->all_next = all_structs;
    all_structs = x;
    pthread_mutex_unlock(&intern_lock);
    x->t = (gm_type){.size = size, .align = align, .ptrdata = end * sizeof(void *),
                     .ptrmask = end ? mask : NULL, .name = name ? name : "struct",
                     .kind = GM_KIND_STRUCT};
    if (!end)
        free(mask);
    if (comparable) {
        x->t.hash = mk_hash_marker;
        x->t.equal = mk_equal_marker;
    }
    return &x->t;
}

/* Interning of composite descriptors: (kind, elem, key, len) -> type. */
typedef struct intern_entry {
    struct intern_entry *next;
    gm_kind kind;
    const gm_type *elem, *key;
    intptr_t len;
    const gm_type *type;
} intern_entry;

#define INTERN_BUCKETS 256
static intern_entry *intern_tab[INTERN_BUCKETS];

static unsigned intern_bucket(gm_kind k, const gm_type *e, const gm_type *key, intptr_t n) {
    uint64_t h = mk_hash64((uint64_t)(uintptr_t)e ^ ((uint64_t)k << 56), (uint64_t)(uintptr_t)key);
    return (unsigned)(mk_hash64((uint64_t)n, h) % INTERN_BUCKETS);
}

typedef gm_type *(*builder_fn)(const gm_type *elem, const gm_type *key, intptr_t len);

static const gm_type *intern(gm_kind k, const gm_type *elem, const gm_type *key,
                             intptr_t len, builder_fn build) {
    unsigned b = intern_bucket(k, elem, key, len);
    mk_lock(&intern_lock);
    for (intern_entry *e = intern_tab[b]; e; e = e->next) {
        if (e->kind == k && e->elem == elem && e->key == key && e->len == len) {
            pthread_mutex_unlock(&intern_lock);
            return e->type;
        }
    }
    intern_entry *e = xcalloc(1, sizeof *e);
    *e = (intern_entry){intern_tab[b], k, elem, key, len, build(elem, key, len)};
    intern_tab[b] = e;
    pthread_mutex_unlock(&intern_lock);
    return e->type;
}

static gm_type *one_pointer(const char *name, gm_kind k, const gm_type *elem) {
    gm_type *t = xcalloc(1, sizeof *t);
    *t = (gm_type){.size = sizeof(void *), .align = _Alignof(void *),
                   .ptrdata = sizeof(void *), .ptrmask = mask_one, .name = name,
                   .kind = k, .elem = elem, .hash = mk_hash_mem64,
                   .equal = mk_equal_mem64};
    return t;
}

static gm_type *build_pointer(const gm_type *elem, const gm_type *key, intptr_t len) {
    (void)key, (void)len;
    return one_pointer(fmt_name("*%s", elem->name, NULL, -1), GM_KIND_POINTER, elem);
}

static gm_type *build_chan(const gm_type *elem, const gm_type *key, intptr_t len) {
    (void)key, (void)len;
    return one_pointer(fmt_name("chan %s", elem->name, NULL, -1), GM_KIND_CHAN, elem);
}

static gm_type *build_map(const gm_type *elem, const gm_type *key, intptr_t len) {
    (void)len;
    gm_type *t = one_pointer(fmt_name("map[%s]%s", key->name, elem->name, -1),
                             GM_KIND_MAP, elem);
    t->key = key;
    t->hash = NULL;      /* maps are not comparable */
    t->equal = NULL;
    return t;
}

static gm_type *build_slice(const gm_type *elem, const gm_type *key, intptr_t len) {
    (void)key, (void)len;
    gm_type *t = xcalloc(1, sizeof *t);
    *t = (gm_type){.size = sizeof(gm_slice), .align = _Alignof(gm_slice),
                   .ptrdata = sizeof(void *), .ptrmask = mask_one,
                   .name = fmt_name("[]%s", elem->name, NULL, -1),
                   .kind = GM_KIND_SLICE, .elem = elem};
    return t;
}

static gm_type *build_array(const gm_type *elem, const gm_type *key, intptr_t len) {
    (void)key;
    mk_type_ext *x = xcalloc(1, sizeof *x);
    size_t size = elem->size * (size_t)len;
    size_t words = (size + sizeof(void *) - 1) / sizeof(void *);
    uint8_t *mask = NULL;
    size_t end = 0;
    if (elem->ptrdata && len > 0) {
        mask = xcalloc((words + 7) / 8, 1);
        for (intptr_t i = 0; i < len; i++)
            end = mask_merge(mask, (size_t)i * elem->size / sizeof(void *), elem);
    }
    x->t = (gm_type){.size = size, .align = elem->align, .ptrdata = end * sizeof(void *),
                     .ptrmask = mask, .name = fmt_name("[%lld]%s", elem->name, NULL, len),
                     .kind = GM_KIND_ARRAY, .elem = elem, .len = len};
    if (gm_type_comparable(elem)) {
        x->t.hash = mk_hash_marker;
        x->t.equal = mk_equal_marker;
    }
    return &x->t;
}

const gm_type *gm_type_pointer_to(const gm_type *elem) {
    return intern(GM_KIND_POINTER, elem, NULL, 0, build_pointer);
}
const gm_type *gm_type_chan_of(const gm_type *elem) {
    return intern(GM_KIND_CHAN, elem, NULL, 0, build_chan);
}
const gm_type *gm_type_map_of(const gm_type *key, const gm_type *val) {
    return intern(GM_KIND_MAP, val, key, 0, build_map);
}
const gm_type *gm_type_slice_of(const gm_type *elem) {
    return intern(GM_KIND_SLICE, elem, NULL, 0, build_slice);
}
const gm_type *gm_type_array(const gm_type *elem, intptr_t len) {
    if (len < 0 || (elem->size && (uintptr_t)len > MK_MAX_ALLOC / elem->size))
        gm_panic("runtime error: array length %jd out of range", (intmax_t)len);
    return intern(GM_KIND_ARRAY, elem, NULL, len, build_array);
}

/* ---- hashing and equality by type ---- */

uintptr_t mk_hash_marker(const void *v, uintptr_t seed) {
    (void)v, (void)seed;
    fputs("fatal error: a struct/array descriptor's hash was called directly; "
          "use gm_hash(t, v, seed)\n", stderr);
    abort();
}

bool mk_equal_marker(const void *a, const void *b) {
    (void)a, (void)b;
    fputs("fatal error: a struct/array descriptor's equal was called directly; "
          "use gm_equal(t, a, b)\n", stderr);
    abort();
}

bool gm_type_comparable(const gm_type *t) {
    return t->hash != NULL && t->equal != NULL;
}

uintptr_t gm_hash(const gm_type *t, const void *value, uintptr_t seed) {
    if (t->hash != mk_hash_marker) {
        if (!t->hash)
            gm_panic("runtime error: hash of unhashable type %s", t->name);
        return t->hash(value, seed);
    }
    const char *p = value;
    if (t->kind == GM_KIND_ARRAY) {
        for (intptr_t i = 0; i < t->len; i++)
            seed = gm_hash(t->elem, p + (size_t)i * t->elem->size, seed);
        return seed;
    }
    const mk_type_ext *x = (const mk_type_ext *)t;
    for (int i = 0; i < x->nfields; i++)
        seed = gm_hash(x->fields[i].type, p + x->fields[i].offset, seed);
    return seed;
}

bool gm_equal(const gm_type *t, const void *a, const void *b) {
    if (t->equal != mk_equal_marker) {
        if (!t->equal)
            gm_panic("runtime error: comparing uncomparable type %s", t->name);
        return t->equal(a, b);
    }
    const char *x = a, *y = b;
    if (t->kind == GM_KIND_ARRAY) {
        for (intptr_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            if (!gm_equal(t->elem, x + off, y + off))
                return false;
        }
        return true;
    }
    const mk_type_ext *e = (const mk_type_ext *)t;
    for (int i = 0; i < e->nfields; i++) {
        size_t off = e->fields[i].offset;
        if (!gm_equal(e->fields[i].type, x + off, y + off))
            return false;
    }
    return true;
}

void *gm_make_values(const gm_type *t, size_t count) {
    if (t->size == 0 || count == 0)
        return mk_zerobase;
    if (t->ptrdata == 0)
        return gm_alloc_noscan(t->size * count);
    return gm_alloc_typed(t, count);
}

void mk_clear(const gm_type *t, void *p) {
    if (t->ptrdata == 0) {
        memset(p, 0, t->size);
        return;
    }
    if (t->size <= MK_ZERO_MAX) {
        gm_typedmemmove(t, p, mk_zero, 1);
        return;
    }
    for (size_t w = 0; w < t->ptrdata / sizeof(void *); w++)
        if ((t->ptrmask[w / 8] >> (w % 8)) & 1)
            gm_store((void **)((char *)p + w * sizeof(void *)), NULL);
    memset(p, 0, t->size);
}
