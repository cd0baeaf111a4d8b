/* strconv.c: Go's strconv for integers, booleans and quoting: Itoa, Atoi,
 * FormatInt/Uint, ParseInt/Uint/Bool, Quote, Unquote, and *NumError with
 * Go's messages ("strconv.Atoi: parsing \"x\": invalid syntax").  Floats
 * are in strconv_float.c.
 *
 * Invariants: results are new strings in collector memory (or static
 * ones); a failed parse returns Go's value (0, or the clamped bound for a
 * range error) together with a *NumError whose Num is the input.
 */
#include <string.h>

#include "internal.h"

/* ---- errors ---- */

static go_errors_errorString err_syntax = {GM_STR("invalid syntax")};
static go_errors_errorString err_range = {GM_STR("value out of range")};
gort_iface go_strconv_ErrSyntax = {&go_ptrtype_errors_errorString, &err_syntax};
gort_iface go_strconv_ErrRange = {&go_ptrtype_errors_errorString, &err_range};

gm_string go_strconv_NumError_Error(go_strconv_NumError *e) {
    gbuf b = {0};
    gbuf_cstr(&b, "strconv.");
    gbuf_str(&b, e->Func);
    gbuf_cstr(&b, ": parsing ");
    golib_quote(&b, e->Num, false);
    gbuf_cstr(&b, ": ");
    gbuf_str(&b, golib_error_text(e->Err));
    return gbuf_string(&b);
}

gort_iface go_strconv_NumError_Unwrap(go_strconv_NumError *e) { return e->Err; }

static gm_string numerror_error(void *e) { return go_strconv_NumError_Error(e); }
static gort_iface numerror_unwrap(void *e) { return go_strconv_NumError_Unwrap(e); }

static const uint8_t numerror_mask[1] = {0x1 | 0x4 | 0x10 | 0x20};
static const gort_field numerror_fields[] = {
    {"Func", offsetof(go_strconv_NumError, Func), &gort_type_string, false},
    {"Num", offsetof(go_strconv_NumError, Num), &gort_type_string, false},
    {"Err", offsetof(go_strconv_NumError, Err), &gort_type_error, false},
};
const gort_type go_type_strconv_NumError = {
    .gm = {.size = sizeof(go_strconv_NumError), .align = 8,
           .ptrdata = sizeof(go_strconv_NumError), .ptrmask = numerror_mask,
           .name = "strconv.NumError", .kind = GM_KIND_STRUCT},
    .fields = numerror_fields, .nfields = 3, .named = true};
static const gort_method numerror_methods[] = {
    {"Error", (void *)numerror_error}, {"Unwrap", (void *)numerror_unwrap}};
GOLIB_PTR_TYPE(go_ptrtype_strconv_NumError, go_type_strconv_NumError, "*strconv.NumError",
               numerror_methods, 2);

gort_iface golib_num_error(const char *fn, gm_string num, gort_iface err) {
    go_strconv_NumError e = {gm_string_from_cstr(fn), gm_string_from_bytes(num.ptr, num.len), err};
    return (gort_iface){&go_ptrtype_strconv_NumError, golib_new_copy(&go_type_strconv_NumError, &e)};
}

/* ---- formatting integers ---- */

void golib_format_bits(gbuf *b, uint64_t u, int base, bool neg) {
    static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[72];
    int i = sizeof tmp;
    do {
        tmp[--i] = digs[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    if (neg)
        tmp[--i] = '-';
    gbuf_write(b, tmp + i, (intptr_t)sizeof tmp - i);
}

static void check_base(int64_t base) {
    if (base < 2 || base > 36)
        gort_panic_string("strconv: illegal AppendInt/FormatInt base");
}

gm_string go_strconv_FormatInt(int64_t i, int64_t base) {
    check_base(base);
    gbuf b = {0};
    golib_format_bits(&b, i < 0 ? -(uint64_t)i : (uint64_t)i, (int)base, i < 0);
    return gbuf_string(&b);
}

gm_string go_strconv_FormatUint(uint64_t i, int64_t base) {
    check_base(base);
    gbuf b = {0};
    golib_format_bits(&b, i, (int)base, false);
    return gbuf_string(&b);
}

gm_string go_strconv_Itoa(int64_t i) { return go_strconv_FormatInt(i, 10); }

gm_string go_strconv_FormatBool(bool v) { return v ? GM_STR("true") : GM_STR("false"); }

/* ---- parsing integers ---- */

static int digit_value(uint8_t c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

/* Go's rule for '_' in a number: only between digits, or between a base
 * prefix and a digit. */
bool golib_underscores_ok(gm_string s) {
    intptr_t i = 0;
    if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-'))
        i++;
    char saw = '^';             /* ^ start, 0 digit, _ underscore, ! other */
    bool hex = false;
    if (s.len - i >= 2 && s.ptr[i] == '0' && strchr("xXbBoO", s.ptr[i + 1]) && s.ptr[i + 1]) {
        hex = (s.ptr[i + 1] | 0x20) == 'x';
        i += 2;
        saw = '0';              /* the prefix counts as a digit */
    }
    for (; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        if ((c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

/* The unsigned value of s (no sign) in base (0: from the prefix). *range
 * is set on overflow of bitsize bits; returns false on bad syntax. */
static bool parse_unsigned(gm_string s, int base, int bitsize, uint64_t *out, bool *range) {
    intptr_t i = 0;
    bool base0 = base == 0;
    *out = 0;
    *range = false;
    if (s.len == 0)
        return false;
    if (base0) {
        base = 10;
        if (s.ptr[0] == '0') {
            if (s.len >= 3 && (s.ptr[1] | 0x20) == 'b') base = 2, i = 2;
            else if (s.len >= 3 && (s.ptr[1] | 0x20) == 'o') base = 8, i = 2;
            else if (s.len >= 3 && (s.ptr[1] | 0x20) == 'x') base = 16, i = 2;
            else base = 8, i = 1;
        }
    }
    uint64_t max = bitsize == 64 ? UINT64_MAX : (1ull << bitsize) - 1;
    uint64_t cutoff = UINT64_MAX / (unsigned)base + 1;
    bool underscores = false;
    for (; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        if (c == '_' && base0) {
            underscores = true;
            continue;
        }
        int d = digit_value(c);
        if (d >= base)
            return false;
        if (*range)
            continue;
        if (*out >= cutoff) {
            *range = true, *out = max;
            continue;
        }
        uint64_t n = *out * (unsigned)base + (unsigned)d;
        if (n < *out * (unsigned)base || n > max) {
            *range = true, *out = max;
            continue;
        }
        *out = n;
    }
    return !underscores || golib_underscores_ok(s);
}

static bool bad_base(int64_t base) { return base != 0 && (base < 2 || base > 36); }

uint64_t go_strconv_ParseUint(gm_string s, int64_t base, int64_t bitSize, gort_iface *err) {
    *err = (gort_iface){0};
    if (bitSize == 0)
        bitSize = 64;
    if (bad_base(base) || bitSize < 0 || bitSize > 64) {
        *err = golib_num_error("ParseUint", s, golib_new_error(GM_STR("invalid base or bit size")));
        return 0;
    }
    uint64_t v;
    bool range;
    if (!parse_unsigned(s, (int)base, (int)bitSize, &v, &range)) {
        *err = golib_num_error("ParseUint", s, go_strconv_ErrSyntax);
        return 0;
    }
    if (range)
        *err = golib_num_error("ParseUint", s, go_strconv_ErrRange);
    return v;
}

static int64_t parse_int(const char *fn, gm_string s, int64_t base, int64_t bitSize,
                         gort_iface *err) {
    *err = (gort_iface){0};
    if (bitSize == 0)
        bitSize = 64;
    if (s.len == 0) {
        *err = golib_num_error(fn, s, go_strconv_ErrSyntax);
        return 0;
    }
    bool neg = s.ptr[0] == '-';
    gm_string digits = s;
    if (s.ptr[0] == '+' || s.ptr[0] == '-')
        digits = gm_string_slice(s, 1, GM_OMIT);
    uint64_t u;
    bool range;
    if (bad_base(base) || bitSize < 0 || bitSize > 64) {
        *err = golib_num_error(fn, s, golib_new_error(GM_STR("invalid base or bit size")));
        return 0;
    }
    if (!parse_unsigned(digits, (int)base, 64, &u, &range)) {
        *err = golib_num_error(fn, s, go_strconv_ErrSyntax);
        return 0;
    }
    uint64_t cutoff = 1ull << (bitSize - 1);
    if (range || (!neg && u >= cutoff) || (neg && u > cutoff)) {
        *err = golib_num_error(fn, s, go_strconv_ErrRange);
        return neg ? -(int64_t)(cutoff - 1) - 1 : (int64_t)(cutoff - 1);
    }
    return neg ? -(int64_t)u : (int64_t)u;
}

int64_t go_strconv_ParseInt(gm_string s, int64_t base, int64_t bitSize, gort_iface *err) {
    return parse_int("ParseInt", s, base, bitSize, err);
}

int64_t go_strconv_Atoi(gm_string s, gort_iface *err) {
    return parse_int("Atoi", s, 10, 64, err);
}

bool go_strconv_ParseBool(gm_string str, gort_iface *err) {
    static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
    *err = (gort_iface){0};
    for (int i = 0; i < 6; i++) {
        if (gm_string_equal(str, gm_string_from_cstr(yes[i])))
            return true;
        if (gm_string_equal(str, gm_string_from_cstr(no[i])))
            return false;
    }
    *err = golib_num_error("ParseBool", str, go_strconv_ErrSyntax);
    return false;
}

/* ---- quoting ---- */

static void hex_escape(gbuf *b, char kind, uint32_t v, int width) {
    static const char hex[] = "0123456789abcdef";
    gbuf_byte(b, '\\');
    gbuf_byte(b, (uint8_t)kind);
    for (int s = (width - 1) * 4; s >= 0; s -= 4)
        gbuf_byte(b, (uint8_t)hex[(v >> s) & 15]);
}

static void escape_rune(gbuf *b, int32_t r, char quote, bool ascii_only) {
    if (r == quote || r == '\\') {
        gbuf_byte(b, '\\');
        gbuf_byte(b, (uint8_t)r);
        return;
    }
    if (ascii_only ? (r < 0x80 && golib_is_print(r)) : golib_is_print(r)) {
        gbuf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': gbuf_cstr(b, "\\a"); return;
    case '\b': gbuf_cstr(b, "\\b"); return;
    case '\f': gbuf_cstr(b, "\\f"); return;
    case '\n': gbuf_cstr(b, "\\n"); return;
    case '\r': gbuf_cstr(b, "\\r"); return;
    case '\t': gbuf_cstr(b, "\\t"); return;
    case '\v': gbuf_cstr(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f)
        hex_escape(b, 'x', (uint32_t)r, 2);
    else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) || r < 0)
        hex_escape(b, 'u', 0xFFFD, 4);
    else if (r < 0x10000)
        hex_escape(b, 'u', (uint32_t)r, 4);
    else
        hex_escape(b, 'U', (uint32_t)r, 8);
}

void golib_quote(gbuf *b, gm_string s, bool ascii_only) {
    gbuf_byte(b, '"');
    for (intptr_t i = 0; i < s.len;) {
        int w;
        int32_t r = gm_decode_rune(s, i, &w);
        if (w == 1 && r == GM_RUNE_ERROR)
            hex_escape(b, 'x', s.ptr[i], 2);
        else
            escape_rune(b, r, '"', ascii_only);
        i += w;
    }
    gbuf_byte(b, '"');
}

void golib_quote_rune(gbuf *b, int32_t r, bool ascii_only) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = GM_RUNE_ERROR;
    gbuf_byte(b, '\'');
    escape_rune(b, r, '\'', ascii_only);
    gbuf_byte(b, '\'');
}

bool golib_can_backquote(gm_string s) {
    for (intptr_t i = 0; i < s.len;) {
        int w;
        int32_t r = gm_decode_rune(s, i, &w);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == GM_RUNE_ERROR)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7f)
            return false;
    }
    return true;
}

gm_string go_strconv_Quote(gm_string s) {
    gbuf b = {0};
    golib_quote(&b, s, false);
    return gbuf_string(&b);
}

/* ---- Unquote ---- */

static int hex_digits(gm_string s, intptr_t i, int n, uint32_t *v) {
    *v = 0;
    if (i + n > s.len)
        return -1;
    for (int k = 0; k < n; k++) {
        int d = digit_value(s.ptr[i + k]);
        if (d >= 16)
            return -1;
        *v = *v * 16 + (uint32_t)d;
    }
    return 0;
}

/* One character of a quoted literal at s[*i]: appended to b; false on a
 * syntax error. */
static bool unquote_char(gbuf *b, gm_string s, intptr_t *i, uint8_t quote) {
    uint8_t c = s.ptr[*i];
    if (c == quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        int w;
        int32_t r = gm_decode_rune(s, *i, &w);
        gbuf_rune(b, r);
        *i += w;
        return true;
    }
    if (c != '\\') {
        gbuf_byte(b, c);
        (*i)++;
        return true;
    }
    if (*i + 1 >= s.len)
        return false;
    c = s.ptr[*i + 1];
    *i += 2;
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    const char *p = strchr(simple, c);
    if (c && p && (p - simple) % 2 == 0) {
        gbuf_byte(b, (uint8_t)p[1]);
        return true;
    }
    uint32_t v;
    switch (c) {
    case 'x': case 'u': case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (hex_digits(s, *i, n, &v) < 0)
            return false;
        *i += n;
        if (c == 'x') {
            gbuf_byte(b, (uint8_t)v);
            return true;
        }
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return false;
        gbuf_rune(b, (int32_t)v);
        return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        v = (uint32_t)(c - '0');
        for (int k = 0; k < 2; k++, (*i)++) {
            if (*i >= s.len || s.ptr[*i] < '0' || s.ptr[*i] > '7')
                return false;
            v = v * 8 + (uint32_t)(s.ptr[*i] - '0');
        }
        if (v > 255)
            return false;
        gbuf_byte(b, (uint8_t)v);
        return true;
    case '\'': case '"':
        if (c != quote)
            return false;
        gbuf_byte(b, c);
        return true;
    }
    return false;
}

gm_string go_strconv_Unquote(gm_string s, gort_iface *err) {
    *err = (gort_iface){0};
    gbuf b = {0};
    if (s.len < 2 || s.ptr[0] != s.ptr[s.len - 1])
        goto bad;
    uint8_t quote = s.ptr[0];
    gm_string body = gm_string_slice(s, 1, s.len - 1);
    if (quote == '`') {
        for (intptr_t i = 0; i < body.len; i++) {
            if (body.ptr[i] == '`')
                goto bad;
            if (body.ptr[i] != '\r')
                gbuf_byte(&b, body.ptr[i]);
        }
        return gbuf_string(&b);
    }
    if (quote != '"' && quote != '\'')
        goto bad;
    intptr_t i = 0, chars = 0;
    while (i < body.len) {
        if (body.ptr[i] == '\n' || !unquote_char(&b, body, &i, quote))
            goto bad;
        chars++;
    }
    if (quote == '\'' && chars != 1)
        goto bad;
    return gbuf_string(&b);
bad:
    *err = go_strconv_ErrSyntax;
    return (gm_string){0};
}
