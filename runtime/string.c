/*
 * string.c — Go's strings on the collector: construction (copying),
 * concatenation, comparison, substrings, conversions to and from []byte
 * and []rune, and UTF-8 decoding/encoding as Go's range loop does it.
 *
 * Owns: gm_string_* functions, gm_decode_rune, gm_encode_rune.
 * Invariants: string bytes are immutable once a gm_string is returned;
 * every byte array made here is a noscan collector object (strings hold
 * no pointers); "" is {NULL, 0} or any {p, 0}; substrings share bytes;
 * conversions to and from slices copy.
 */
#include "make_internal.h"

static uint8_t *alloc_bytes(intptr_t n) {
    if (n < 0 || (uintptr_t)n > MK_MAX_ALLOC)
        gm_panic("runtime error: string length out of range");
    return gm_alloc_noscan((size_t)n);
}

gm_string gm_string_from_bytes(const void *p, intptr_t n) {
    if (n <= 0)
        return (gm_string){NULL, 0};
    uint8_t *b = alloc_bytes(n);
    memcpy(b, p, (size_t)n);
    return (gm_string){b, n};
}

gm_string gm_string_from_cstr(const char *s) {
    return s ? gm_string_from_bytes(s, (intptr_t)strlen(s)) : (gm_string){NULL, 0};
}

gm_string gm_string_concatn(const gm_string *parts, int n) {
    intptr_t total = 0;
    int nonempty = 0, last = -1;
    for (int i = 0; i < n; i++) {
        if (parts[i].len == 0)
            continue;
        if (total + parts[i].len < total)
            gm_panic("runtime error: string concatenation too long");
        total += parts[i].len;
        nonempty++;
        last = i;
    }
    if (nonempty == 0)
        return (gm_string){NULL, 0};
    if (nonempty == 1)      /* Go returns the operand itself: no copy */
        return parts[last];
    uint8_t *b = alloc_bytes(total), *q = b;
    for (int i = 0; i < n; i++) {
        if (parts[i].len) {
            memcpy(q, parts[i].ptr, (size_t)parts[i].len);
            q += parts[i].len;
        }
    }
    return (gm_string){b, total};
}

gm_string gm_string_concat(gm_string a, gm_string b) {
    gm_string parts[2] = {a, b};
    return gm_string_concatn(parts, 2);
}

int gm_string_compare(gm_string a, gm_string b) {
    intptr_t n = a.len < b.len ? a.len : b.len;
    int c = (n && a.ptr != b.ptr) ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c)
        return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len;
}

bool gm_string_equal(gm_string a, gm_string b) {
    return mk_equal_string(&a, &b);
}

gm_string gm_string_slice(gm_string s, intptr_t lo, intptr_t hi) {
    if (hi == GM_OMIT)
        hi = s.len;
    if ((uintptr_t)hi > (uintptr_t)s.len)
        mk_panic_bounds(MK_BOUNDS_SLICE_ALEN, hi, s.len);
    if ((uintptr_t)lo > (uintptr_t)hi)
        mk_panic_bounds(MK_BOUNDS_SLICE_B, lo, hi);
    if (hi == lo)
        return (gm_string){NULL, 0};
    return (gm_string){s.ptr + lo, hi - lo};
}

uint8_t gm_string_at(gm_string s, intptr_t i) {
    if ((uintptr_t)i >= (uintptr_t)s.len)
        gm_panic_index(i, s.len);
    return s.ptr[i];
}

gm_slice gm_string_to_bytes(gm_string s) {
    if (s.len == 0)      /* []byte("") is empty but not nil */
        return (gm_slice){mk_zerobase, 0, 0};
    size_t cap = gm_roundupsize((size_t)s.len);
    uint8_t *b = alloc_bytes((intptr_t)cap);
    memcpy(b, s.ptr, (size_t)s.len);
    return (gm_slice){b, s.len, (intptr_t)cap};
}

gm_string gm_string_from_byte_slice(gm_slice b) {
    return gm_string_from_bytes(b.ptr, b.len);
}

char *gm_string_cstr(gm_string s) {
    char *c = (char *)alloc_bytes(s.len + 1);
    if (s.len)
        memcpy(c, s.ptr, (size_t)s.len);
    return c;
}

/* ---- UTF-8 ---- */

/* Go's rules: shortest form only, no surrogates, at most U+10FFFF. */
int32_t gm_decode_rune(gm_string s, intptr_t i, int *width) {
    int w = 1;
    int32_t r = GM_RUNE_ERROR;
    if ((uintptr_t)i >= (uintptr_t)s.len) {
        if (width)
            *width = 0;
        return GM_RUNE_ERROR;
    }
    const uint8_t *p = s.ptr + i;
    intptr_t left = s.len - i;
    uint8_t c = p[0];
    int need;
    int32_t min, cp;
    if (c < 0x80) {
        r = c;
        goto out;
    } else if ((c & 0xE0) == 0xC0) {
        need = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        need = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        need = 3, min = 0x10000, cp = c & 0x07;
    } else {
        goto out;
    }
    if (left <= need)
        goto out;
    for (int k = 1; k <= need; k++) {
        if ((p[k] & 0xC0) != 0x80)
            goto out;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        goto out;
    r = cp;
    w = need + 1;
out:
    if (width)
        *width = w;
    return r;
}

bool gm_string_next_rune(gm_string s, intptr_t *pos, int32_t *r) {
    if (*pos >= s.len)
        return false;
    int w;
    int32_t c = gm_decode_rune(s, *pos, &w);
    if (r)
        *r = c;
    *pos += w;
    return true;
}

int gm_encode_rune(uint8_t *b, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = GM_RUNE_ERROR;
    if (r < 0x80) {
        b[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        b[0] = (uint8_t)(0xC0 | (r >> 6));
        b[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        b[0] = (uint8_t)(0xE0 | (r >> 12));
        b[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        b[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    b[0] = (uint8_t)(0xF0 | (r >> 18));
    b[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    b[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    b[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

gm_string gm_string_from_rune(int32_t r) {
    uint8_t buf[4];
    int n = gm_encode_rune(buf, r);
    return gm_string_from_bytes(buf, n);
}

gm_slice gm_string_to_runes(gm_string s) {
    intptr_t n = 0, pos = 0;
    while (gm_string_next_rune(s, &pos, NULL))
        n++;
    gm_slice out = gm_make_slice(&gm_type_int32, n, n);
    int32_t *rs = out.ptr;
    pos = 0;
    for (intptr_t k = 0; k < n; k++)
        gm_string_next_rune(s, &pos, &rs[k]);
    return out;
}

gm_string gm_string_from_runes(gm_slice runes) {
    const int32_t *rs = runes.ptr;
    intptr_t total = 0;
    uint8_t tmp[4];
    for (intptr_t k = 0; k < runes.len; k++)
        total += gm_encode_rune(tmp, rs[k]);
    if (total == 0)
        return (gm_string){NULL, 0};
    uint8_t *b = alloc_bytes(total), *q = b;
    for (intptr_t k = 0; k < runes.len; k++)
        q += gm_encode_rune(q, rs[k]);
    return (gm_string){b, total};
}
