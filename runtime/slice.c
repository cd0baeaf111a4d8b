/*
 * slice.c — Go's slices on the collector: make, append (Go's growth
 * rule), copy, slicing expressions, indexing and the bounds panics.
 *
 * Owns: gm_make_slice, gm_append, gm_copy, gm_slice_of, gm_index,
 * gm_slice_set, gm_panic_index, mk_panic_bounds.
 * Invariants: a slice's backing array is one collector object allocated
 * by gm_make_values (typed by the element descriptor, or noscan); 0 <=
 * len <= cap, and ptr + cap*size never passes the end of that object;
 * a slice with cap 0 keeps its base pointer (never one past the end);
 * pointer-holding elements are only ever copied with gm_typedmemmove.
 */
#include "make_internal.h"


/* ---- panics ---- */

static const char *const bounds_fmt[] = {
    [MK_BOUNDS_INDEX] = "index out of range [%jd] with length %jd",
    [MK_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%jd] with length %jd",
    [MK_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%jd] with capacity %jd",
    [MK_BOUNDS_SLICE_B] = "slice bounds out of range [%jd:%jd]",
    [MK_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%jd] with length %jd",
    [MK_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%jd] with capacity %jd",
    [MK_BOUNDS_SLICE3_B] = "slice bounds out of range [:%jd:%jd]",
    [MK_BOUNDS_SLICE3_C] = "slice bounds out of range [%jd:%jd:]",
};
/* When x is negative Go omits y. */
static const char *const bounds_neg_fmt[] = {
    [MK_BOUNDS_INDEX] = "index out of range [%jd]",
    [MK_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%jd]",
    [MK_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%jd]",
    [MK_BOUNDS_SLICE_B] = "slice bounds out of range [%jd:]",
    [MK_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%jd]",
    [MK_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%jd]",
    [MK_BOUNDS_SLICE3_B] = "slice bounds out of range [:%jd:]",
    [MK_BOUNDS_SLICE3_C] = "slice bounds out of range [%jd::]",
};

void mk_panic_bounds(mk_bounds code, intptr_t x, intptr_t y) {
    char msg[128];
    const char *fmt = x < 0 ? bounds_neg_fmt[code] : bounds_fmt[code];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(msg, sizeof msg, fmt, (intmax_t)x, (intmax_t)y);
#pragma GCC diagnostic pop
    gm_panic("runtime error: %s", msg);
}

void gm_panic_index(intptr_t i, intptr_t len) {
    mk_panic_bounds(MK_BOUNDS_INDEX, i, len);
}

/* ---- make ---- */

static bool too_big(const gm_type *elem, intptr_t n) {
    return n < 0 || (elem->size && (uintptr_t)n > MK_MAX_ALLOC / elem->size);
}

gm_slice gm_make_slice(const gm_type *elem, intptr_t len, intptr_t cap) {
    if (too_big(elem, cap) || len < 0 || len > cap) {
        if (too_big(elem, len))
            gm_panic("runtime error: makeslice: len out of range");
        gm_panic("runtime error: makeslice: cap out of range");
    }
    return (gm_slice){gm_make_values(elem, (size_t)cap), len, cap};
}

/* ---- append ---- */

/* Go 1.18+: double small slices; grow large ones by ~1.25x + 192 so the
 * factor eases from 2 to 1.25; then round the bytes up to a size class. */
static intptr_t grow_cap(const gm_type *elem, intptr_t oldcap, intptr_t need) {
    intptr_t newcap = oldcap;
    const intptr_t threshold = 256;
    if (need > 2 * oldcap) {
        newcap = need;
    } else if (oldcap < threshold) {
        newcap = 2 * oldcap;
    } else {
        while (newcap > 0 && newcap < need)
            newcap += (newcap + 3 * threshold) / 4;
        if (newcap <= 0)
            newcap = need;
    }
    if (elem->size == 0)
        return newcap;
    if (too_big(elem, newcap))
        gm_panic("runtime error: growslice: cap out of range");
    size_t bytes = gm_roundupsize((size_t)newcap * elem->size);
    return (intptr_t)(bytes / elem->size);
}

static gm_slice grow(const gm_type *elem, gm_slice s, intptr_t need) {
    intptr_t newcap = grow_cap(elem, s.cap, need);
    if (elem->size == 0)
        return (gm_slice){mk_zerobase, s.len, newcap};
    void *p = gm_make_values(elem, (size_t)newcap);
    if (s.len > 0)
        mk_move(elem, p, s.ptr, (size_t)s.len);
    return (gm_slice){p, s.len, newcap};
}

/* One pointer-free element into spare capacity: the common loop case. */
static inline void put_one(void *dst, const void *src, size_t size) {
    switch (size) {
    case 8:
        memcpy(dst, src, 8);
        break;
    case 4:
        memcpy(dst, src, 4);
        break;
    case 1:
        memcpy(dst, src, 1);
        break;
    default:
        memcpy(dst, src, size);
        break;
    }
}

gm_slice gm_append(const gm_type *elem, gm_slice s, const void *elems, intptr_t n) {
    if (__builtin_expect(n == 1 && s.len < s.cap && elem->ptrdata == 0, 1)) {
        put_one((char *)s.ptr + (size_t)s.len * elem->size, elems, elem->size);
        s.len++;
        return s;
    }
    if (n <= 0) {
        if (n < 0)
            gm_panic("runtime error: growslice: len out of range");
        return s;
    }
    intptr_t need = s.len + n;
    if (need < s.len)
        gm_panic("runtime error: growslice: cap out of range");
    if (need > s.cap)
        s = grow(elem, s, need);      /* elems may point into the old array */
    if (elem->size)
        mk_move(elem, (char *)s.ptr + (size_t)s.len * elem->size, elems, (size_t)n);
    s.len = need;
    return s;
}

intptr_t gm_copy(const gm_type *elem, gm_slice dst, gm_slice src) {
    intptr_t n = dst.len < src.len ? dst.len : src.len;
    if (n > 0 && elem->size && dst.ptr != src.ptr)
        mk_move(elem, dst.ptr, src.ptr, (size_t)n);
    return n;
}

/* ---- slicing and indexing ---- */

gm_slice gm_slice_of(const gm_type *elem, gm_slice s, intptr_t lo, intptr_t hi,
                     intptr_t max) {
    if (max != GM_OMIT) {
        if (hi == GM_OMIT)
            gm_panic("runtime error: 3-index slice needs hi (got s[%jd::%jd])",
                     (intmax_t)lo, (intmax_t)max);
        if ((uintptr_t)max > (uintptr_t)s.cap)
            mk_panic_bounds(MK_BOUNDS_SLICE3_ACAP, max, s.cap);
        if ((uintptr_t)hi > (uintptr_t)max)
            mk_panic_bounds(MK_BOUNDS_SLICE3_B, hi, max);
        if ((uintptr_t)lo > (uintptr_t)hi)
            mk_panic_bounds(MK_BOUNDS_SLICE3_C, lo, hi);
    } else {
        max = s.cap;
        if (hi == GM_OMIT)
            hi = s.len;
        if ((uintptr_t)hi > (uintptr_t)s.cap)
            mk_panic_bounds(MK_BOUNDS_SLICE_ACAP, hi, s.cap);
        if ((uintptr_t)lo > (uintptr_t)hi)
            mk_panic_bounds(MK_BOUNDS_SLICE_B, lo, hi);
    }
    gm_slice r = {s.ptr, hi - lo, max - lo};
    if (r.cap > 0)      /* never point one past the end of the array */
        r.ptr = (char *)s.ptr + (size_t)lo * elem->size;
    return r;
}

void *gm_index(const gm_type *elem, gm_slice s, intptr_t i) {
    return gm_index_sz_(s, i, elem->size);
}

void gm_slice_set(const gm_type *elem, gm_slice s, intptr_t i, const void *val) {
    mk_move(elem, gm_index_sz_(s, i, elem->size), val, 1);
}
