/*
 * map_keys.c — the map fuzzer's keys and values (see map_fuzz.h).
 *
 * Keys: key number k (below the map's range, at most 2^16) becomes a key
 * of the map's key type, and any key the map hands back (iteration) is
 * decoded to its number, so the model needs no copy of a key:
 *   int64 / int32  k through one of four invertible shapes (identity,
 *                  negated, shifted left so the low bits are zero, times
 *                  an odd constant)
 *   string         "" for 0, else k's decimal digits and (k % 11) * 4
 *                  filler letters (0 to 46 bytes); the bytes live in a
 *                  fresh object, in the middle of a larger one, in static
 *                  memory, or in a blob many keys share
 *   float64        0 -> +0 or -0 (one key), 1 -> NaN (never equal: every
 *                  insert adds an entry), 2 / 3 -> +Inf / -Inf, else
 *                  +-((k >> 1) / 4 + 1)
 *   struct         {int32 a, b; float64 f; string s}: a and b carry k, f a
 *                  zero of either sign for k % 3 == 0, NaN for k == 1
 *   interface      {type, data} with its own hash and equality: nil for
 *                  k == 2, else a boxed int (k % 3 == 0), float (k % 3 ==
 *                  1; NaN for k == 4) or string (k % 3 == 2); the box is
 *                  a heap object only the key points to
 * Values: value id (unique per write; 0 is the zero value) becomes an
 * int64, a pointer to a checksummed heap object (every fourth a scanned
 * object pointing to a second one), a 152-byte or a 1040-byte struct
 * holding two such pointers and a checksummed filler, or nothing
 * (struct{}).  A check verifies ids, checksums, fillers and that every
 * object is still allocated at its base, so a value freed early or
 * overwritten shows.
 *
 * Not covered: zero-size keys (map_fuzz_repro_zero_slot.c: UBSan stops
 * at their first map), bool/int8/int16/float32/complex/array keys (the
 * runtime's other key kinds; map_ops.c has some).
 */
#include "map_fuzz.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"     /* mix64, all_zero */

/* ---- helpers ---- */

#define I64_ODD 0x9E3779B97F4A7C15ull
#define I32_ODD 0x2545F491u
static uint64_t i64_odd_inverse;
static uint32_t i32_odd_inverse;

static uint64_t inverse64(uint64_t x) {   /* Newton: x odd */
    uint64_t y = x;
    for (int i = 0; i < 6; i++)
        y *= 2 - x * y;
    return y;
}

/* ---- strings ---- */

#define STR_MAX 48          /* bytes of a key's string, and a blob's stride */
#define STATIC_KEYS 1024
static uint8_t static_bytes[STATIC_KEYS][STR_MAX];

static size_t content_of(uint32_t k, uint8_t *out) {
    if (k == 0)
        return 0;
    char digits[16];
    int n = snprintf(digits, sizeof digits, "%u", k);
    memcpy(out, digits, (size_t)n);
    size_t fill = (k % 11) * 4;
    memset(out + n, 'a' + (int)(k % 26), fill);
    return (size_t)n + fill;
}

/* The number k whose content s is, or -1. */
static int64_t decode_content(gm_string s) {
    if (s.len == 0)
        return 0;
    if (s.len > STR_MAX || s.ptr == NULL)
        return -1;
    int64_t k = 0;
    intptr_t i = 0;
    while (i < s.len && i < 7 && s.ptr[i] >= '0' && s.ptr[i] <= '9')
        k = k * 10 + (s.ptr[i++] - '0');
    if (i == 0 || k == 0)
        return -1;
    uint8_t want[STR_MAX];
    size_t n = content_of((uint32_t)k, want);
    return n == (size_t)s.len && memcmp(want, s.ptr, n) == 0 ? k : -1;
}

/* blob: where k's bytes already are in a shared blob, or NULL. */
static gm_string string_key(uint32_t k, unsigned variant, const uint8_t *blob) {
    uint8_t buf[STR_MAX + 4];
    size_t n = content_of(k, buf + 2);
    switch (variant % 4) {
    case 1: {                      /* the middle of a larger object */
        buf[0] = buf[1] = '<';
        buf[n + 2] = buf[n + 3] = '>';
        gm_string whole = gm_string_from_bytes(buf, (intptr_t)n + 4);
        return gm_string_slice(whole, 2, 2 + (intptr_t)n);
    }
    case 2:
        if (k < STATIC_KEYS)
            return (gm_string){static_bytes[k], (intptr_t)n};
        break;
    case 3:
        if (blob)
            return (gm_string){blob, (intptr_t)n};
        break;
    }
    return gm_string_from_bytes(buf + 2, (intptr_t)n);
}

size_t mf_blob_offset(uint32_t first, uint32_t k, uint32_t range) {
    return (size_t)((k + range - first) % range) * STR_MAX;
}

uint8_t *mf_make_blob(const mf_kind *kd, uint32_t first, uint32_t n, uint32_t range) {
    if (kd->ktype != K_STR && kd->ktype != K_STRUCT && kd->ktype != K_IFACE)
        return NULL;
    uint8_t *blob = gm_alloc_noscan((size_t)n * STR_MAX);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = (first + i) % range;
        content_of(k, blob + mf_blob_offset(first, k, range));
    }
    return blob;
}

/* ---- floats ---- */

static double float_of(uint32_t k, unsigned variant) {
    switch (k) {
    case 0:
        return variant & 1 ? -0.0 : 0.0;
    case 1: {
        uint64_t bits = 0x7FF8000000000000ull | (mix64(variant) & 0xFFFFFull);
        if (variant & 2)
            bits |= 1ull << 63;
        double d;
        memcpy(&d, &bits, 8);
        return d;
    }
    case 2:
        return INFINITY;
    case 3:
        return -INFINITY;
    }
    double mag = (double)(k >> 1) * 0.25 + 1.0;
    return k & 1 ? -mag : mag;
}

static int64_t decode_float(double x) {
    if (isnan(x))
        return 1;
    if (x == 0)
        return 0;
    if (isinf(x))
        return x > 0 ? 2 : 3;
    double m = (fabs(x) - 1.0) / 0.25;
    if (m < 2 || m > 1e9 || m != floor(m))
        return -1;
    return ((int64_t)m << 1) | (x < 0);
}

/* ---- the struct key ---- */

typedef struct skey {
    int32_t a, b;
    double f;
    gm_string s;
} skey;
_Static_assert(sizeof(skey) == 32, "skey has no padding");

static double struct_float(uint32_t k, unsigned variant) {
    if (k == 1)
        return float_of(1, variant);
    return k % 3 == 0 ? float_of(0, variant) : (double)(k % 5) + 0.5;
}

/* ---- the interface key ---- */

typedef struct ityp {
    const gm_type *inner;
    uint64_t tag;
} ityp;
static const ityp it_int = {&gm_type_int64, 0x1111}, it_float = {&gm_type_float64, 0x2222},
                  it_str = {&gm_type_string, 0x3333};

typedef struct ikey {
    const ityp *t;
    void *data;
} ikey;

static uintptr_t ikey_hash(const void *v, uintptr_t seed) {
    const ikey *x = v;
    if (!x->t)
        return (uintptr_t)mix64(seed ^ 0xABCDEF);
    return gm_hash(x->t->inner, x->data, seed ^ x->t->tag);
}

static bool ikey_equal(const void *a, const void *b) {
    const ikey *x = a, *y = b;
    return x->t == y->t && (x->t == NULL || gm_equal(x->t->inner, x->data, y->data));
}

static const uint8_t two_pointers[1] = {3};
static const gm_type ikey_type = {
    .size = sizeof(ikey), .align = _Alignof(ikey), .ptrdata = sizeof(ikey),
    .ptrmask = two_pointers, .name = "interface {}", .kind = GM_KIND_INTERFACE,
    .hash = ikey_hash, .equal = ikey_equal};

static void *box_bits(const void *v) {
    void *p = gm_alloc_noscan(8);
    memcpy(p, v, 8);
    return p;
}

static ikey iface_key(uint32_t k, unsigned variant, const uint8_t *blob) {
    if (k == 2)
        return (ikey){NULL, NULL};
    if (k % 3 == 0) {
        int64_t v = (int64_t)k * 7;
        return (ikey){&it_int, box_bits(&v)};
    }
    if (k % 3 == 1) {
        double d = float_of(k / 3, variant);
        return (ikey){&it_float, box_bits(&d)};
    }
    gm_string s = string_key(k, variant, blob);
    gm_string *box = gm_alloc(sizeof *box);
    gm_store((void **)&box->ptr, (void *)s.ptr);
    box->len = s.len;
    return (ikey){&it_str, box};
}

static int64_t decode_iface(const ikey *x) {
    if (!x->t)
        return 2;
    if (x->t == &it_int) {
        int64_t v = *(const int64_t *)x->data;
        return v >= 0 && v % 7 == 0 && (v / 7) % 3 == 0 ? v / 7 : -1;
    }
    if (x->t == &it_float) {
        int64_t j = decode_float(*(const double *)x->data);
        return j < 0 ? -1 : j * 3 + 1;
    }
    if (x->t == &it_str) {
        int64_t k = decode_content(*(const gm_string *)x->data);
        return k >= 0 && k % 3 == 2 ? k : -1;
    }
    return -1;
}

/* ---- descriptors ---- */

/* The big and huge values: {id, a, fill[n], b, check}, a and b pointers
 * to value objects; 152 bytes (over Go's 128-byte inline limit) and 1040
 * (over the 1024-byte shared zero value: the map keeps its own). */
#define BIG_FILL 15
#define HUGE_FILL 126
typedef struct filled {
    uint64_t id;
    void *a;
    uint64_t fill[];      /* then b and check */
} filled;
static size_t nfill(int vtype) { return vtype == V_HUGE ? HUGE_FILL : BIG_FILL; }
static void **filled_b(const void *v, size_t n) {
    return (void **)((char *)v + offsetof(filled, fill) + 8 * n);
}
static uint64_t *filled_check(const void *v, size_t n) {
    return (uint64_t *)((char *)v + offsetof(filled, fill) + 8 * n + 8);
}
_Static_assert(offsetof(filled, fill) + 8 * HUGE_FILL + 16 == MF_VAL_MAX, "MF_VAL_MAX");

static const gm_type *filled_type(const char *name, size_t n) {
    gm_field f[5] = {
        {"id", 0, &gm_type_uint64},
        {"a", offsetof(filled, a), &gm_type_pointer},
        {"fill", offsetof(filled, fill), gm_type_array(&gm_type_uint64, (intptr_t)n)},
        {"b", offsetof(filled, fill) + 8 * n, &gm_type_pointer},
        {"check", offsetof(filled, fill) + 8 * n + 8, &gm_type_uint64}};
    return gm_type_struct(name, offsetof(filled, fill) + 8 * n + 16, 8, f, 5);
}

static const gm_type *skey_type, *big_type, *huge_type;
static const gm_type empty_type = {.size = 0, .align = 1, .name = "struct {}",
                                   .kind = GM_KIND_STRUCT};

void mf_init(void) {
    gm_init();
    const char *retention = getenv("MF_RETENTION");
    mf_retention = retention == NULL || atoi(retention) != 0;
    if (skey_type)
        return;
    i64_odd_inverse = inverse64(I64_ODD);
    i32_odd_inverse = (uint32_t)inverse64(I32_ODD);
    for (uint32_t k = 0; k < STATIC_KEYS; k++)
        content_of(k, static_bytes[k]);
    skey_type = GM_STRUCT_TYPE(skey, "main.skey", GM_FIELD(skey, a, &gm_type_int32),
                               GM_FIELD(skey, b, &gm_type_int32),
                               GM_FIELD(skey, f, &gm_type_float64),
                               GM_FIELD(skey, s, &gm_type_string));
    big_type = filled_type("main.big", BIG_FILL);
    huge_type = filled_type("main.huge", HUGE_FILL);
}

const gm_type *mf_key_type(int ktype) {
    static const gm_type *const basic[] = {&gm_type_int64, &gm_type_int32, &gm_type_string,
                                           &gm_type_float64};
    return ktype == K_STRUCT ? skey_type : ktype == K_IFACE ? &ikey_type : basic[ktype];
}

const gm_type *mf_val_type(int vtype) {
    switch (vtype) {
    case V_I64: return &gm_type_int64;
    case V_PTR: return &gm_type_pointer;
    case V_BIG: return big_type;
    case V_HUGE: return huge_type;
    default: return &empty_type;
    }
}

const char *mf_ktype_name(int ktype) {
    static const char *const n[] = {"int64", "int32", "string", "float64", "struct", "iface"};
    return n[ktype];
}

const char *mf_vtype_name(int vtype) {
    static const char *const n[] = {"int64", "pointer", "big", "struct{}", "huge"};
    return n[vtype];
}

/* ---- keys ---- */

int64_t mf_nan_key(const mf_kind *kd) {
    switch (kd->ktype) {
    case K_F64:
    case K_STRUCT:
        return 1;
    case K_IFACE:
        return 4;
    default:
        return -1;
    }
}

bool mf_key_has_sign(const mf_kind *kd, uint32_t k) {
    switch (kd->ktype) {
    case K_F64: return k == 0;
    case K_STRUCT: return k % 3 == 0;
    case K_IFACE: return k == 1;
    default: return false;
    }
}

static uint64_t int_key(int shape, uint32_t k) {
    switch (shape) {
    case 1: return (uint64_t)-(int64_t)k - 1;
    case 2: return (uint64_t)k << 40;
    case 3: return (uint64_t)k * I64_ODD;
    default: return k;
    }
}

static uint32_t int32_key(int shape, uint32_t k) {
    switch (shape) {
    case 1: return (uint32_t)-(int32_t)k - 1;
    case 2: return k << 14;
    case 3: return k * I32_ODD;
    default: return k;
    }
}

void mf_make_key(const mf_kind *kd, uint32_t k, unsigned variant, void *out,
                 const uint8_t *blob) {
    memset(out, 0, MF_KEY_MAX);
    switch (kd->ktype) {
    case K_I64: {
        uint64_t v = int_key(kd->int_shape, k);
        memcpy(out, &v, 8);
        break;
    }
    case K_I32: {
        uint32_t v = int32_key(kd->int_shape, k);
        memcpy(out, &v, 4);
        break;
    }
    case K_STR: {
        gm_string s = string_key(k, variant, blob);
        memcpy(out, &s, sizeof s);
        break;
    }
    case K_F64: {
        double d = float_of(k, variant);
        memcpy(out, &d, 8);
        break;
    }
    case K_STRUCT: {
        skey s = {(int32_t)(k & 0xFF) - 128, (int32_t)(k >> 8) ^ 0x5A5A,
                  struct_float(k, variant), string_key(k, variant, blob)};
        memcpy(out, &s, sizeof s);
        break;
    }
    case K_IFACE: {
        ikey x = iface_key(k, variant, blob);
        memcpy(out, &x, sizeof x);
        break;
    }
    }
}

int64_t mf_decode_key(const mf_kind *kd, const void *key, const char **why) {
    int64_t k = -1;
    *why = "not a key this fuzzer builds";
    switch (kd->ktype) {
    case K_I64: {
        uint64_t v;
        memcpy(&v, key, 8);
        switch (kd->int_shape) {
        case 1: k = -(int64_t)v - 1; break;
        case 2: k = (v & ((1ull << 40) - 1)) ? -1 : (int64_t)(v >> 40); break;
        case 3: k = (int64_t)(v * i64_odd_inverse); break;
        default: k = (int64_t)v;
        }
        break;
    }
    case K_I32: {
        uint32_t v;
        memcpy(&v, key, 4);
        switch (kd->int_shape) {
        case 1: k = (int64_t)(uint32_t)(-(int32_t)v - 1); break;
        case 2: k = (v & 0x3FFF) ? -1 : (int64_t)(v >> 14); break;
        case 3: k = (int64_t)(uint32_t)(v * i32_odd_inverse); break;
        default: k = v;
        }
        break;
    }
    case K_STR:
        k = decode_content(*(const gm_string *)key);
        break;
    case K_F64:
        k = decode_float(*(const double *)key);
        break;
    case K_STRUCT: {
        const skey *s = key;
        k = ((int64_t)(uint32_t)(s->b ^ 0x5A5A) << 8) | (uint32_t)(s->a + 128);
        if (s->a < -128 || s->a > 127 || k < 0 || k >= (1 << 24))
            return -1;
        double f = struct_float((uint32_t)k, 0);
        bool f_ok = isnan(f) ? isnan(s->f) : s->f == f;
        if (!f_ok || decode_content(s->s) != k) {
            *why = "struct key's float or string field disagrees with a and b";
            return -1;
        }
        break;
    }
    case K_IFACE:
        k = decode_iface(key);
        break;
    }
    return k;
}

bool mf_key_sign_matches(const mf_kind *kd, const void *key, unsigned variant) {
    double d;
    switch (kd->ktype) {
    case K_F64: d = *(const double *)key; break;
    case K_STRUCT: d = ((const skey *)key)->f; break;
    case K_IFACE: {
        const ikey *x = key;
        if (x->t != &it_float)
            return true;
        d = *(const double *)x->data;
        break;
    }
    default: return true;
    }
    return d != 0 || !signbit(d) == !(variant & 1);
}

/* ---- values ---- */

typedef struct obj {
    uint64_t id, check;
    struct obj *child;      /* scanned objects only: a second object */
    uint64_t npad;
    uint64_t pad[];
} obj;

static uint64_t obj_check(uint64_t id, uint64_t npad, bool has_child) {
    return mix64(id ^ (npad << 56) ^ (has_child ? 0xC0FFEE : 0));
}

static obj *make_obj(uint64_t id, bool may_have_child) {
    uint64_t npad = id % 7;
    bool scanned = may_have_child && id % 4 == 0;
    size_t size = sizeof(obj) + npad * 8;
    obj *o = scanned ? gm_alloc(size) : gm_alloc_noscan(size);
    o->id = id;
    o->npad = npad;
    for (uint64_t i = 0; i < npad; i++)
        o->pad[i] = mix64(id * 31 + i);
    if (scanned)
        gm_store((void **)&o->child, make_obj(id ^ 0x4000000000000000ull, false));
    o->check = obj_check(id, npad, scanned);
    return o;
}

static const char *check_obj(const obj *o, uint64_t id, int depth) {
    if (!gm_test_is_allocated(o))
        return "value object is not allocated (freed while the map holds it)";
    if (gm_test_object_base(o) != o)
        return "value pointer is not an object's base";
    if (o->id != id)
        return "value object has another id (overwritten or reused)";
    if (o->npad != id % 7 || o->check != obj_check(id, o->npad, o->child != NULL))
        return "value object's checksum is wrong";
    for (uint64_t i = 0; i < o->npad; i++)
        if (o->pad[i] != mix64(id * 31 + i))
            return "value object's filler is corrupt";
    if (depth == 0 && id % 4 == 0) {
        if (!o->child)
            return "scanned value object lost its child";
        return check_obj(o->child, id ^ 0x4000000000000000ull, 1);
    }
    return NULL;
}

void mf_make_value(const mf_kind *kd, uint64_t id, void *out) {
    memset(out, 0, MF_VAL_MAX);
    if (id == 0)
        return;
    switch (kd->vtype) {
    case V_I64:
        memcpy(out, &id, 8);
        break;
    case V_PTR: {
        obj *o = make_obj(id, true);
        memcpy(out, &o, sizeof o);
        break;
    }
    case V_BIG:
    case V_HUGE: {
        size_t n = nfill(kd->vtype);
        filled *b = out;
        b->id = id;
        b->a = make_obj(id, true);
        for (size_t i = 0; i < n; i++)
            b->fill[i] = mix64(id + i);
        *filled_b(b, n) = make_obj(id ^ 0x2000000000000000ull, true);
        *filled_check(b, n) = mix64(id ^ 0xB16);
        break;
    }
    }
}

const char *mf_check_value(const mf_kind *kd, const void *v, uint64_t id) {
    if (kd->vtype == V_EMPTY)
        return NULL;
    if (id == 0)
        return all_zero(v, kd->vt->size) ? NULL : "expected the zero value";
    switch (kd->vtype) {
    case V_I64:
        return *(const uint64_t *)v == id ? NULL : "wrong int64 value";
    case V_PTR: {
        const obj *o = *(obj *const *)v;
        return o ? check_obj(o, id, 0) : "nil pointer value";
    }
    case V_BIG:
    case V_HUGE: {
        size_t n = nfill(kd->vtype);
        const filled *b = v;
        if (b->id != id || *filled_check(b, n) != mix64(id ^ 0xB16))
            return "big value's id or checksum is wrong";
        for (size_t i = 0; i < n; i++)
            if (b->fill[i] != mix64(id + i))
                return "big value's filler is corrupt";
        if (!b->a || !*filled_b(b, n))
            return "big value lost a pointer";
        const char *e = check_obj(b->a, id, 0);
        return e ? e : check_obj(*filled_b(b, n), id ^ 0x2000000000000000ull, 0);
    }
    }
    return NULL;
}

bool mf_value_is(const void *o, uint64_t id) {
    const obj *x = o;
    return gm_test_is_allocated(x) && gm_test_object_base(x) == x && x->id == id &&
           x->check == obj_check(id, x->npad, x->child != NULL);
}

void *mf_value_object(const mf_kind *kd, const void *v) {
    switch (kd->vtype) {
    case V_PTR: return *(void *const *)v;
    case V_BIG:
    case V_HUGE: return ((const filled *)v)->a;
    default: return NULL;
    }
}

uint64_t mf_value_id(const mf_kind *kd, const void *v) {
    switch (kd->vtype) {
    case V_I64: return *(const uint64_t *)v;
    case V_PTR: {
        const obj *o = *(obj *const *)v;
        return o && gm_test_is_allocated(o) ? o->id : ~0ull;
    }
    case V_BIG:
    case V_HUGE: return ((const filled *)v)->id;
    default: return 0;
    }
}
