/* strings_func.c: the functions of Go's strings package that take a
 * predicate func(rune) bool (FieldsFunc, IndexFunc, LastIndexFunc,
 * TrimFunc, TrimLeftFunc, TrimRightFunc), as Go 1.19 writes them.
 *
 * Invariants: the predicate is called once per rune, in the order Go
 * calls it (forwards, or backwards for LastIndexFunc and TrimRightFunc),
 * so a predicate with side effects sees what it sees in Go; invalid UTF-8
 * is U+FFFD one byte at a time; results share the input's bytes. A panic
 * in the predicate unwinds through here: nothing is held but collector
 * memory.
 */
#include <string.h>

#include "internal.h"

static bool holds(gort_func *f, int32_t r) { return ((bool (*)(gort_func *, int32_t))f->fn)(f, r); }

/* utf8.DecodeLastRuneInString(s[:end]). */
static int32_t decode_last_rune(gm_string s, intptr_t end, int *width) {
    const uint8_t *p = (const uint8_t *)s.ptr;
    if (p[end - 1] < 0x80) {
        *width = 1;
        return p[end - 1];
    }
    intptr_t lim = end - 4 < 0 ? 0 : end - 4;
    intptr_t start = end - 2;
    while (start >= lim && (p[start] & 0xC0) == 0x80)
        start--;
    if (start < 0)
        start = 0;
    int w;
    int32_t r = gm_decode_rune(gm_string_slice(s, start, end), 0, &w);
    if (start + w != end) {
        *width = 1;
        return 0xFFFD;
    }
    *width = w;
    return r;
}

/* The index of the first rune r of s with f(r) == truth, or -1. */
static intptr_t index_func(gm_string s, gort_func *f, bool truth) {
    for (intptr_t i = 0; i < s.len;) {
        int w;
        if (holds(f, gm_decode_rune(s, i, &w)) == truth)
            return i;
        i += w;
    }
    return -1;
}

/* The index of the last rune r of s with f(r) == truth, or -1. */
static intptr_t last_index_func(gm_string s, gort_func *f, bool truth) {
    for (intptr_t end = s.len; end > 0;) {
        int w;
        int32_t r = decode_last_rune(s, end, &w);
        end -= w;
        if (holds(f, r) == truth)
            return end;
    }
    return -1;
}

int64_t go_strings_IndexFunc(gm_string s, gort_func *f) { return index_func(s, f, true); }
int64_t go_strings_LastIndexFunc(gm_string s, gort_func *f) { return last_index_func(s, f, true); }

gm_string go_strings_TrimLeftFunc(gm_string s, gort_func *f) {
    intptr_t i = index_func(s, f, false);
    return i < 0 ? (gm_string){0} : gm_string_slice(s, i, GM_OMIT);
}

gm_string go_strings_TrimRightFunc(gm_string s, gort_func *f) {
    intptr_t i = last_index_func(s, f, false);
    if (i >= 0 && ((const uint8_t *)s.ptr)[i] >= 0x80) {
        int w;
        gm_decode_rune(s, i, &w);
        i += w;
    } else {
        i++;
    }
    return gm_string_slice(s, 0, i);
}

gm_string go_strings_TrimFunc(gm_string s, gort_func *f) {
    return go_strings_TrimRightFunc(go_strings_TrimLeftFunc(s, f), f);
}

/* The fields of s between runs of runes satisfying f: the spans first
 * (one call of f per rune), then the strings. */
gm_slice go_strings_FieldsFunc(gm_string s, gort_func *f) {
    intptr_t cap = 32, n = 0, start = -1;
    intptr_t *spans = gm_alloc_noscan(sizeof(intptr_t) * 2 * (size_t)cap);
    for (intptr_t i = 0; i <= s.len;) {
        int w = 1;
        bool sep = i == s.len || holds(f, gm_decode_rune(s, i, &w));
        if (sep && start >= 0) {
            if (n == cap) {
                intptr_t *grown = gm_alloc_noscan(sizeof(intptr_t) * 4 * (size_t)cap);
                memcpy(grown, spans, sizeof(intptr_t) * 2 * (size_t)cap);
                spans = grown;
                cap *= 2;
            }
            spans[2 * n] = start;
            spans[2 * n + 1] = i;
            n++;
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
        i += w;
    }
    gm_slice out = gm_make_slice(&gm_type_string, n, n);
    gm_string *parts = out.ptr;
    for (intptr_t k = 0; k < n; k++)
        golib_set_string(&parts[k], gm_string_slice(s, spans[2 * k], spans[2 * k + 1]));
    return out;
}
