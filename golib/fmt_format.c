/* fmt_format.c: fmt's formatting of single numbers and strings under the
 * flags # 0 + - space, width and precision, with Go's rules: widths count
 * runes, zero padding goes after the sign, precision on integers means
 * minimum digits (and disables zero padding), %x on strings hex-encodes
 * bytes, floats keep Go's sign and Inf/NaN handling.
 *
 * Invariant: every function appends to p->buf and leaves p->f as it found
 * it (temporary flag changes are restored).
 */
#include <string.h>

#include "fmt_printer.h"

void fmt_write_padding(printer *p, intptr_t n) {
    gbuf_fill(&p->buf, p->f.zero ? '0' : ' ', n);
}

static intptr_t rune_count(const uint8_t *s, intptr_t n) {
    intptr_t count = 0;
    gm_string str = {s, n};
    for (intptr_t i = 0; i < n; count++) {
        int w;
        gm_decode_rune(str, i, &w);
        i += w;
    }
    return count;
}

void fmt_pad(printer *p, const uint8_t *s, intptr_t n) {
    if (!p->f.wid_present || p->wid == 0) {
        gbuf_write(&p->buf, s, n);
        return;
    }
    intptr_t width = p->wid - rune_count(s, n);
    if (!p->f.minus) {
        fmt_write_padding(p, width);
        gbuf_write(&p->buf, s, n);
    } else {
        gbuf_write(&p->buf, s, n);
        fmt_write_padding(p, width);
    }
}

void fmt_pad_cstr(printer *p, const char *s) {
    fmt_pad(p, (const uint8_t *)s, (intptr_t)strlen(s));
}

void fmt_boolean(printer *p, bool v) { fmt_pad_cstr(p, v ? "true" : "false"); }

void fmt_integer(printer *p, uint64_t u, int base, bool is_signed, int verb, bool upper) {
    const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    intptr_t size = 68 + (p->f.wid_present ? p->wid : 0) + (p->f.prec_present ? p->prec : 0);
    char small[160];
    char *buf = size <= (intptr_t)sizeof small ? small : gm_alloc_noscan((size_t)size);
    intptr_t prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {      /* %.0d of 0: nothing but padding */
            bool zero = p->f.zero;
            p->f.zero = false;
            fmt_write_padding(p, p->wid);
            p->f.zero = zero;
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--;                     /* room for the sign */
    }
    intptr_t i = size;
    while (u >= (uint64_t)base) {
        buf[--i] = digits[u % (unsigned)base];
        u /= (unsigned)base;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > size - i)
        buf[--i] = '0';
    if (p->f.sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8 && buf[i] != '0') {
            buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    bool zero = p->f.zero;              /* zero padding was done as precision */
    p->f.zero = false;
    fmt_pad(p, (const uint8_t *)buf + i, size - i);
    p->f.zero = zero;
}

/* %U: U+0078, with # also the character: U+0078 'x'. */
void fmt_unicode(printer *p, uint64_t u) {
    gbuf tmp = {0};
    gbuf_cstr(&tmp, "U+");
    char hex[24];
    int prec = p->f.prec_present && p->prec > 4 ? p->prec : 4;
    int n = snprintf(hex, sizeof hex, "%llX", (unsigned long long)u);
    gbuf_fill(&tmp, '0', prec - n);
    gbuf_write(&tmp, hex, n);
    if (p->f.sharp && u <= 0x10FFFF && golib_is_print((int32_t)u)) {
        gbuf_cstr(&tmp, " '");
        gbuf_rune(&tmp, (int32_t)u);
        gbuf_byte(&tmp, '\'');
    }
    bool zero = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, tmp.p, tmp.len);
    p->f.zero = zero;
}

void fmt_c(printer *p, uint64_t c) {
    int32_t r = c > 0x10FFFF ? GM_RUNE_ERROR : (int32_t)c;
    uint8_t tmp[4];
    fmt_pad(p, tmp, gm_encode_rune(tmp, r));
}

void fmt_qc(printer *p, uint64_t c) {
    int32_t r = c > 0x10FFFF ? GM_RUNE_ERROR : (int32_t)c;
    gbuf tmp = {0};
    golib_quote_rune(&tmp, r, p->f.plus);
    fmt_pad(p, tmp.p, tmp.len);
}

/* The first p->prec runes of s, when a precision is present. */
static gm_string truncate(printer *p, gm_string s) {
    if (!p->f.prec_present)
        return s;
    intptr_t n = p->prec;
    for (intptr_t i = 0; i < s.len;) {
        if (n-- <= 0)
            return (gm_string){s.ptr, i};
        int w;
        gm_decode_rune(s, i, &w);
        i += w;
    }
    return s;
}

void fmt_s(printer *p, gm_string s) {
    s = truncate(p, s);
    fmt_pad(p, s.ptr, s.len);
}

void fmt_q(printer *p, gm_string s) {
    s = truncate(p, s);
    gbuf tmp = {0};
    if (p->f.sharp && golib_can_backquote(s)) {
        gbuf_byte(&tmp, '`');
        gbuf_str(&tmp, s);
        gbuf_byte(&tmp, '`');
    } else {
        golib_quote(&tmp, s, p->f.plus);
    }
    fmt_pad(p, tmp.p, tmp.len);
}

/* %x / %X of a string or byte slice: two hex digits per byte; space
 * separates bytes, # adds 0x (to each byte when space is set too). */
void fmt_sbx(printer *p, gm_string s, bool upper) {
    const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
    intptr_t length = s.len;
    if (p->f.prec_present && p->prec < length)
        length = p->prec;
    intptr_t width = 2 * length;
    if (width <= 0) {
        if (p->f.wid_present)
            fmt_write_padding(p, p->wid);
        return;
    }
    if (p->f.space) {
        if (p->f.sharp)
            width *= 2;
        width += length - 1;
    } else if (p->f.sharp) {
        width += 2;
    }
    if (p->f.wid_present && p->wid > width && !p->f.minus)
        fmt_write_padding(p, p->wid - width);
    if (p->f.sharp) {
        gbuf_byte(&p->buf, '0');
        gbuf_byte(&p->buf, (uint8_t)digits[16]);
    }
    for (intptr_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            gbuf_byte(&p->buf, ' ');
            if (p->f.sharp) {
                gbuf_byte(&p->buf, '0');
                gbuf_byte(&p->buf, (uint8_t)digits[16]);
            }
        }
        gbuf_byte(&p->buf, (uint8_t)digits[s.ptr[i] >> 4]);
        gbuf_byte(&p->buf, (uint8_t)digits[s.ptr[i] & 15]);
    }
    if (p->f.wid_present && p->wid > width && p->f.minus)
        fmt_write_padding(p, p->wid - width);
}

/* With #: keep a decimal point and trailing zeros (%g's significant
 * digits), as Go restores them after strconv trimmed them. */
static void sharp_float(gbuf *num, int verb, int prec) {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
        digits = prec == -1 ? 6 : prec;
    char tail[16];
    intptr_t tail_len = 0;
    bool has_point = false, nonzero = false;
    for (intptr_t i = 1; i < num->len; i++) {
        uint8_t c = num->p[i];
        if (c == '.') {
            has_point = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            tail_len = num->len - i < 16 ? num->len - i : 15;
            memcpy(tail, num->p + i, (size_t)tail_len);
            num->len = i;
            break;
        } else {
            if (c != '0')
                nonzero = true;
            if (nonzero)
                digits--;
        }
    }
    if (!has_point) {
        if (num->len == 2 && num->p[1] == '0')
            digits--;
        gbuf_byte(num, '.');
    }
    gbuf_fill(num, '0', digits);
    gbuf_write(num, tail, tail_len);
}

void fmt_float(printer *p, double v, int size, int verb, int prec) {
    if (p->f.prec_present)
        prec = p->prec;
    gbuf num = {0};
    gbuf_byte(&num, '+');               /* room for a sign */
    golib_format_float(&num, v, (char)(verb == 'v' ? 'g' : verb), prec, size);
    uint8_t *s = num.p;
    intptr_t n = num.len;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (p->f.space && s[0] == '+' && !p->f.plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {   /* Inf, NaN: no zero padding */
        bool zero = p->f.zero;
        p->f.zero = false;
        if (s[1] == 'N' && !p->f.space && !p->f.plus) {
            s++;
            n--;
        }
        fmt_pad(p, s, n);
        p->f.zero = zero;
        return;
    }
    if (p->f.sharp && verb != 'b') {
        gbuf sharp = {0};
        gbuf_write(&sharp, s, n);
        sharp_float(&sharp, verb, prec);
        s = sharp.p;
        n = sharp.len;
    }
    if (p->f.plus || s[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->wid > n) {
            gbuf_byte(&p->buf, s[0]);   /* sign before the zeros */
            fmt_write_padding(p, p->wid - n);
            gbuf_write(&p->buf, s + 1, n - 1);
            return;
        }
        fmt_pad(p, s, n);
        return;
    }
    fmt_pad(p, s + 1, n - 1);
}
