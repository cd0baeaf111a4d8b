/* strings.c: Go's strings package of the subset (Builder and the
 * functions of compiler/stdlib.c's stub) and the Unicode helpers golib
 * shares (internal.h): IsSpace, IsPrint, ToUpper/ToLower.
 *
 * Invariants: results share the input's bytes when Go's do (substrings,
 * Trim*, Split parts) and are new collector strings otherwise; invalid
 * UTF-8 is decoded as U+FFFD one byte at a time, as Go does.
 * Unicode beyond ASCII: case mapping uses the C library's C.UTF-8 tables
 * (towupper_l/towlower_l; glibc's Unicode is newer than Go 1.19's, so ~40
 * recently added letters map where Go leaves them alone); IsPrint is Go's
 * exactly, from the generated table unicode_print.h.
 */
#define _GNU_SOURCE
#include <locale.h>
#include <pthread.h>
#include <string.h>
#include <wctype.h>

#include "internal.h"
#include "unicode_print.h"

/* ---- Unicode helpers ---- */

bool golib_is_space(int32_t r) {
    if (r < 0x80)
        return r == ' ' || (r >= '\t' && r <= '\r');
    return r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) ||
           r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000;
}

bool golib_is_print(int32_t r) {
    if (r <= 0xFF)
        return (r >= 0x20 && r < 0x7F) || (r >= 0xA1 && r != 0xAD);
    if (r > 0x10FFFF)
        return false;
    size_t lo = 0, hi = sizeof not_print_ranges / sizeof not_print_ranges[0];
    while (lo < hi) {           /* the first range ending at or after r */
        size_t mid = (lo + hi) / 2;
        if (not_print_ranges[mid][1] < r)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == sizeof not_print_ranges / sizeof not_print_ranges[0] || r < not_print_ranges[lo][0];
}

static locale_t loc_utf8;
static void open_utf8_locale(void) { loc_utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0); }

static locale_t utf8_locale(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, open_utf8_locale);
    return loc_utf8;
}

int32_t golib_to_upper(int32_t r) {
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    locale_t loc = utf8_locale();
    return loc ? (int32_t)towupper_l((wint_t)r, loc) : r;
}

int32_t golib_to_lower(int32_t r) {
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    locale_t loc = utf8_locale();
    return loc ? (int32_t)towlower_l((wint_t)r, loc) : r;
}

/* ---- Builder ---- */

const gort_type go_type_strings_Builder = {
    .gm = {.size = sizeof(go_strings_Builder), .align = 8, .ptrdata = 8,
           .ptrmask = golib_mask_one, .name = "strings.Builder", .kind = GM_KIND_STRUCT},
    .named = true};

static gm_string m_builder_string(void *b) { return go_strings_Builder_String(b); }
static int64_t m_builder_write(void *b, gm_slice p, gort_iface *err) {
    return go_strings_Builder_Write(b, p, err);
}
static int64_t m_builder_write_string(void *b, gm_string s, gort_iface *err) {
    return go_strings_Builder_WriteString(b, s, err);
}
static const gort_method builder_methods[] = {
    {"String", (void *)m_builder_string},
    {"Write", (void *)m_builder_write},
    {"WriteString", (void *)m_builder_write_string}};
GOLIB_PTR_TYPE(go_ptrtype_strings_Builder, go_type_strings_Builder, "*strings.Builder",
               builder_methods, 3);

/* The Builder may live in the heap: its pointer word is stored with the
 * write barrier. */
static void builder_append(go_strings_Builder *b, const void *p, intptr_t n) {
    gm_slice s = gm_append(&gm_type_uint8, b->buf, p, n);
    gm_store(&b->buf.ptr, s.ptr);
    b->buf.len = s.len;
    b->buf.cap = s.cap;
}

gm_string go_strings_Builder_String(go_strings_Builder *b) {
    return (gm_string){b->buf.ptr, b->buf.len};
}
int64_t go_strings_Builder_Len(go_strings_Builder *b) { return b->buf.len; }
int64_t go_strings_Builder_Cap(go_strings_Builder *b) { return b->buf.cap; }

void go_strings_Builder_Reset(go_strings_Builder *b) {
    gm_store(&b->buf.ptr, NULL);
    b->buf.len = b->buf.cap = 0;
}

void go_strings_Builder_Grow(go_strings_Builder *b, int64_t n) {
    if (n < 0)
        gort_panic_string("strings.Builder.Grow: negative count");
    if (b->buf.cap - b->buf.len >= n)
        return;
    gm_slice s = gm_make_slice(&gm_type_uint8, b->buf.len, 2 * b->buf.cap + n);
    gm_copy(&gm_type_uint8, s, b->buf);
    gm_store(&b->buf.ptr, s.ptr);
    b->buf.len = s.len;
    b->buf.cap = s.cap;
}

int64_t go_strings_Builder_Write(go_strings_Builder *b, gm_slice p, gort_iface *err) {
    builder_append(b, p.ptr, p.len);
    *err = (gort_iface){0};
    return p.len;
}

gort_iface go_strings_Builder_WriteByte(go_strings_Builder *b, uint8_t c) {
    builder_append(b, &c, 1);
    return (gort_iface){0};
}

int64_t go_strings_Builder_WriteRune(go_strings_Builder *b, int32_t r, gort_iface *err) {
    uint8_t tmp[4];
    int n = gm_encode_rune(tmp, r);
    builder_append(b, tmp, n);
    *err = (gort_iface){0};
    return n;
}

int64_t go_strings_Builder_WriteString(go_strings_Builder *b, gm_string s, gort_iface *err) {
    builder_append(b, s.ptr, s.len);
    *err = (gort_iface){0};
    return s.len;
}

/* ---- searching ---- */

int64_t go_strings_Index(gm_string s, gm_string sub) {
    if (sub.len == 0)
        return 0;
    if (sub.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
    return p ? p - s.ptr : -1;
}

int64_t go_strings_LastIndex(gm_string s, gm_string sub) {
    for (intptr_t i = s.len - sub.len; i >= 0; i--)
        if (memcmp(s.ptr + i, sub.ptr, (size_t)sub.len) == 0)
            return i;
    return -1;
}

int64_t go_strings_IndexByte(gm_string s, uint8_t c) {
    const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
    return p ? p - s.ptr : -1;
}

int64_t go_strings_IndexRune(gm_string s, int32_t r) {
    if (r >= 0 && r < 0x80)
        return go_strings_IndexByte(s, (uint8_t)r);
    if (r < 0 || r > 0x10FFFF)
        return -1;
    for (intptr_t i = 0; i < s.len;) {
        int w;
        if (gm_decode_rune(s, i, &w) == r)
            return i;
        i += w;
    }
    return -1;
}

bool go_strings_Contains(gm_string s, gm_string sub) { return go_strings_Index(s, sub) >= 0; }
bool go_strings_ContainsRune(gm_string s, int32_t r) { return go_strings_IndexRune(s, r) >= 0; }

bool go_strings_ContainsAny(gm_string s, gm_string chars) {
    for (intptr_t i = 0; i < chars.len;) {
        int w;
        if (go_strings_IndexRune(s, gm_decode_rune(chars, i, &w)) >= 0)
            return true;
        i += w;
    }
    return false;
}

static intptr_t rune_count(gm_string s) {
    intptr_t n = 0;
    for (intptr_t i = 0; i < s.len; n++) {
        int w;
        gm_decode_rune(s, i, &w);
        i += w;
    }
    return n;
}

int64_t go_strings_Count(gm_string s, gm_string sub) {
    if (sub.len == 0)
        return rune_count(s) + 1;
    int64_t n = 0;
    for (;;) {
        int64_t i = go_strings_Index(s, sub);
        if (i < 0)
            return n;
        n++;
        s = gm_string_slice(s, i + sub.len, GM_OMIT);
    }
}

bool go_strings_HasPrefix(gm_string s, gm_string p) {
    return s.len >= p.len && memcmp(s.ptr, p.ptr, (size_t)p.len) == 0;
}

bool go_strings_HasSuffix(gm_string s, gm_string p) {
    return s.len >= p.len && memcmp(s.ptr + s.len - p.len, p.ptr, (size_t)p.len) == 0;
}

int64_t go_strings_Compare(gm_string a, gm_string b) { return gm_string_compare(a, b); }

bool go_strings_EqualFold(gm_string s, gm_string t) {
    intptr_t i = 0, j = 0;
    while (i < s.len && j < t.len) {
        int ws, wt;
        int32_t a = gm_decode_rune(s, i, &ws), b = gm_decode_rune(t, j, &wt);
        if (a != b && golib_to_lower(a) != golib_to_lower(b) &&
            golib_to_upper(a) != golib_to_upper(b))
            return false;
        i += ws;
        j += wt;
    }
    return i == s.len && j == t.len;
}

/* ---- splitting and joining ---- */

static gm_slice string_slice(intptr_t n) { return gm_make_slice(&gm_type_string, n, n); }

gm_slice go_strings_Fields(gm_string s) {
    intptr_t n = 0;
    bool in_field = false;
    for (intptr_t i = 0; i < s.len;) {
        int w;
        bool space = golib_is_space(gm_decode_rune(s, i, &w));
        n += !space && !in_field;
        in_field = !space;
        i += w;
    }
    gm_slice out = string_slice(n);
    gm_string *parts = out.ptr;
    intptr_t k = 0, start = -1;
    for (intptr_t i = 0; i <= s.len;) {
        int w = 1;
        bool space = i == s.len || golib_is_space(gm_decode_rune(s, i, &w));
        if (space && start >= 0) {
            golib_set_string(&parts[k++], gm_string_slice(s, start, i));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
        i += w;
    }
    return out;
}

/* Split into at most n parts (n < 0: all) around sep; an empty sep splits
 * after each UTF-8 sequence. */
static gm_slice split_n(gm_string s, gm_string sep, int64_t n) {
    if (n == 0)
        return (gm_slice){0};
    if (sep.len == 0) {
        intptr_t runes = rune_count(s);
        if (n < 0 || n > runes)
            n = runes;
        gm_slice out = string_slice(n);
        gm_string *parts = out.ptr;
        intptr_t i = 0;
        for (int64_t k = 0; k < n; k++) {
            int w;
            int32_t r = gm_decode_rune(s, i, &w);
            if (k == n - 1)
                golib_set_string(&parts[k], gm_string_slice(s, i, GM_OMIT));
            else if (r == GM_RUNE_ERROR && w == 1)
                golib_set_string(&parts[k], GM_STR("\357\277\275"));  /* invalid byte: U+FFFD */
            else
                golib_set_string(&parts[k], gm_string_slice(s, i, i + w));
            i += w;
        }
        return out;
    }
    int64_t count = go_strings_Count(s, sep) + 1;
    if (n < 0 || n > count)
        n = count;
    gm_slice out = string_slice(n);
    gm_string *parts = out.ptr;
    for (int64_t k = 0; k < n - 1; k++) {
        int64_t i = go_strings_Index(s, sep);
        golib_set_string(&parts[k], gm_string_slice(s, 0, i));
        s = gm_string_slice(s, i + sep.len, GM_OMIT);
    }
    golib_set_string(&parts[n - 1], s);
    return out;
}

gm_slice go_strings_Split(gm_string s, gm_string sep) { return split_n(s, sep, -1); }
gm_slice go_strings_SplitN(gm_string s, gm_string sep, int64_t n) { return split_n(s, sep, n); }

gm_string go_strings_Join(gm_slice elems, gm_string sep) {
    const gm_string *e = elems.ptr;
    if (elems.len == 0)
        return (gm_string){0};
    if (elems.len == 1)
        return e[0];
    gbuf b = {0};
    for (intptr_t i = 0; i < elems.len; i++) {
        if (i > 0)
            gbuf_str(&b, sep);
        gbuf_str(&b, e[i]);
    }
    return gbuf_string(&b);
}

gm_string go_strings_Repeat(gm_string s, int64_t count) {
    if (count < 0)
        gort_panic_string("strings: negative Repeat count");
    if (s.len && count > INTPTR_MAX / s.len)
        gort_panic_string("strings: Repeat count causes overflow");
    gbuf b = {0};
    gbuf_grow(&b, s.len * count);
    for (int64_t i = 0; i < count; i++)
        gbuf_str(&b, s);
    return gbuf_string(&b);
}

gm_string go_strings_Replace(gm_string s, gm_string old, gm_string new_, int64_t n) {
    if (n == 0 || gm_string_equal(old, new_))
        return s;
    gbuf b = {0};
    intptr_t i = 0;
    for (int64_t done = 0; n < 0 || done < n; done++) {
        intptr_t at;
        if (old.len == 0) {     /* before each rune and at the end */
            if (done > 0) {
                if (i >= s.len)
                    break;
                int w;
                gm_decode_rune(s, i, &w);
                gbuf_write(&b, s.ptr + i, w);
                i += w;
            }
            at = i;
        } else {
            int64_t k = go_strings_Index(gm_string_slice(s, i, GM_OMIT), old);
            if (k < 0)
                break;
            at = i + k;
            gbuf_write(&b, s.ptr + i, at - i);
            i = at + old.len;
        }
        gbuf_str(&b, new_);
    }
    gbuf_write(&b, s.ptr + i, s.len - i);
    return gbuf_string(&b);
}

gm_string go_strings_ReplaceAll(gm_string s, gm_string old, gm_string new_) {
    return go_strings_Replace(s, old, new_, -1);
}

/* ---- mapping ---- */

/* Maps every rune; invalid bytes become U+FFFD; negative results drop the
 * rune.  Returns s itself when nothing changes. */
static gm_string map_runes(gm_string s, int32_t (*fn)(void *ctx, int32_t r), void *ctx) {
    gbuf b = {0};
    bool changed = false;
    for (intptr_t i = 0; i < s.len;) {
        int w;
        int32_t c = gm_decode_rune(s, i, &w);
        int32_t r = fn(ctx, c);
        if (r != c || (c == GM_RUNE_ERROR && w == 1))
            changed = true;
        if (r >= 0)
            gbuf_rune(&b, r);
        i += w;
    }
    return changed ? gbuf_string(&b) : s;
}

static int32_t upper_fn(void *ctx, int32_t r) { (void)ctx; return golib_to_upper(r); }
static int32_t lower_fn(void *ctx, int32_t r) { (void)ctx; return golib_to_lower(r); }
static int32_t closure_fn(void *ctx, int32_t r) {
    gort_func *f = ctx;
    return ((int32_t(*)(gort_func *, int32_t))f->fn)(f, r);
}

gm_string go_strings_ToUpper(gm_string s) { return map_runes(s, upper_fn, NULL); }
gm_string go_strings_ToLower(gm_string s) { return map_runes(s, lower_fn, NULL); }
gm_string go_strings_Map(gort_func *mapping, gm_string s) { return map_runes(s, closure_fn, mapping); }

static bool is_separator(int32_t r) {
    if (r < 0x80) {
        bool alnum = (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
        return !alnum && r != '_';
    }
    return golib_is_space(r);
}

gm_string go_strings_Title(gm_string s) {
    gbuf b = {0};
    int32_t prev = ' ';
    for (intptr_t i = 0; i < s.len;) {
        int w;
        int32_t r = gm_decode_rune(s, i, &w);
        gbuf_rune(&b, is_separator(prev) ? golib_to_upper(r) : r);
        prev = r;
        i += w;
    }
    return gbuf_string(&b);
}

/* ---- trimming ---- */

static bool in_cutset(gm_string cutset, int32_t r) {
    return go_strings_IndexRune(cutset, r) >= 0;
}

static intptr_t trim_left_at(gm_string s, gm_string cutset, bool space) {
    intptr_t i = 0;
    while (i < s.len) {
        int w;
        int32_t r = gm_decode_rune(s, i, &w);
        if (space ? !golib_is_space(r) : !in_cutset(cutset, r))
            break;
        i += w;
    }
    return i;
}

/* The start of the last rune ending at `end`. */
static intptr_t last_rune_start(gm_string s, intptr_t end) {
    intptr_t i = end - 1;
    while (i > 0 && end - i < 4 && (s.ptr[i] & 0xC0) == 0x80)
        i--;
    int w;
    gm_decode_rune(s, i, &w);
    return i + w == end ? i : end - 1;
}

static intptr_t trim_right_at(gm_string s, intptr_t start, gm_string cutset, bool space) {
    intptr_t end = s.len;
    while (end > start) {
        intptr_t i = last_rune_start(s, end);
        int w;
        int32_t r = gm_decode_rune(s, i, &w);
        if (space ? !golib_is_space(r) : !in_cutset(cutset, r))
            break;
        end = i;
    }
    return end;
}

gm_string go_strings_TrimLeft(gm_string s, gm_string cutset) {
    return gm_string_slice(s, trim_left_at(s, cutset, false), GM_OMIT);
}

gm_string go_strings_TrimRight(gm_string s, gm_string cutset) {
    return gm_string_slice(s, 0, trim_right_at(s, 0, cutset, false));
}

gm_string go_strings_Trim(gm_string s, gm_string cutset) {
    intptr_t lo = trim_left_at(s, cutset, false);
    return gm_string_slice(s, lo, trim_right_at(s, lo, cutset, false));
}

gm_string go_strings_TrimSpace(gm_string s) {
    intptr_t lo = trim_left_at(s, (gm_string){0}, true);
    return gm_string_slice(s, lo, trim_right_at(s, lo, (gm_string){0}, true));
}

gm_string go_strings_TrimPrefix(gm_string s, gm_string prefix) {
    return go_strings_HasPrefix(s, prefix) ? gm_string_slice(s, prefix.len, GM_OMIT) : s;
}

gm_string go_strings_TrimSuffix(gm_string s, gm_string suffix) {
    return go_strings_HasSuffix(s, suffix) ? gm_string_slice(s, 0, s.len - suffix.len) : s;
}
