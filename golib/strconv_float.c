/* strconv_float.c: floating-point formatting and parsing as Go's strconv:
 * FormatFloat / AppendFloat in every format (e E f g G b x X, shortest or
 * fixed precision, bit sizes 32 and 64) and ParseFloat.
 *
 * How the digits are found: glibc's printf converts binary floating point
 * to decimal exactly and rounds correctly (ties to even), as Go's strconv
 * does, so fixed precisions come from snprintf.  The shortest digits that
 * read back as the same float (Go's Ryu mode) are searched by length: at
 * each length n the correctly rounded n-digit decimal is tried, then its
 * neighbour on the other side of the value (the only other n-digit
 * candidate that can lie in the rounding interval when the interval is
 * lopsided at a power of two); strtod/strtof decide "reads back", and the
 * length is found by binary search.  The n-digit roundings are derived
 * from one 17-digit printf (exact except at a tie, where printf is asked
 * again).  Among equally short candidates this returns the closest, as
 * Ryu does.
 * The layout of the digits (formatDigits in Go) is done here.
 *
 * Invariant: a digit string never has leading or trailing zeros; zero is
 * nd == 0, dp == 0 (value = 0.d[0]d[1]... x 10^dp).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct digits {
    char *d;
    int nd, dp;
} digits;

/* Normalizes raw digit characters with decimal point position dp. */
static void digits_trim(digits *g) {
    int lead = 0;
    while (lead < g->nd && g->d[lead] == '0')
        lead++;
    g->d += lead;
    g->nd -= lead;
    g->dp -= lead;
    while (g->nd > 0 && g->d[g->nd - 1] == '0')
        g->nd--;
    if (g->nd == 0)
        g->dp = 0;
}

/* Parses printf's "%e" output ("d.ddde+XX") into g (g->d points into s). */
static void digits_from_e(digits *g, char *s) {
    char *out = s;
    int n = 0;
    char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            out[n++] = *p;
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    g->d = out;
    g->nd = n;
    g->dp = exp + 1;
    digits_trim(g);
}

/* Parses printf's "%f" output ("ddd.ddd") into g. */
static void digits_from_f(digits *g, char *s) {
    int n = 0, dp = -1;
    for (char *p = s; *p; p++) {
        if (*p == '.')
            dp = n;
        else if (*p >= '0' && *p <= '9')
            s[n++] = *p;
    }
    g->d = s;
    g->nd = n;
    g->dp = dp < 0 ? n : dp;
    digits_trim(g);
}

/* A decimal candidate: n digits, value d[0].d[1]...d[n-1] x 10^exp. */
typedef struct candidate {
    char d[24];
    int n, exp;
} candidate;

/* From printf's "%e" output. */
static void candidate_from_e(candidate *c, const char *s) {
    c->n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            c->d[c->n++] = *s;
    c->d[c->n] = 0;
    c->exp = *s == 'e' ? atoi(s + 1) : 0;
}

/* The float a candidate reads back as (as a double; float32 rounded). */
static double candidate_value(const candidate *c, int bitsize) {
    char tmp[48], *p = tmp;
    *p++ = '0';
    *p++ = '.';
    memcpy(p, c->d, (size_t)c->n);
    p += c->n;
    *p++ = 'e';
    int e = c->exp + 1;
    if (e < 0) {
        *p++ = '-';
        e = -e;
    }
    char rev[8];
    int k = 0;
    do
        rev[k++] = (char)('0' + e % 10);
    while ((e /= 10) > 0);
    while (k > 0)
        *p++ = rev[--k];
    *p = 0;
    return bitsize == 32 ? (double)strtof(tmp, NULL) : strtod(tmp, NULL);
}

/* One unit up or down in the last digit (999 + 1 is 100 with exp + 1). */
static void candidate_step(candidate *c, bool up) {
    for (int i = c->n - 1; i >= 0; i--) {
        if (up) {
            if (c->d[i] != '9') { c->d[i]++; return; }
            c->d[i] = '0';
        } else {
            if (c->d[i] != '0') { c->d[i]--; return; }
            c->d[i] = '9';
        }
    }
    if (up) {                           /* carried out of the top digit */
        c->d[0] = '1';
        c->exp++;
    }
}

/* The correctly rounded n-digit decimal of v, derived from its rounding
 * to more digits `all`; that is exact unless the dropped digits are a tie
 * (5000...), where only the exact value can decide: printf is asked. */
static void candidate_round(const candidate *all, int n, double v, candidate *out) {
    const char *rest = all->d + n;
    if (n < all->n && rest[0] == '5' && strspn(rest + 1, "0") == strlen(rest + 1)) {
        char tmp[48];
        snprintf(tmp, sizeof tmp, "%.*e", n - 1, v);
        candidate_from_e(out, tmp);
        return;
    }
    memcpy(out->d, all->d, (size_t)n);
    out->d[n] = 0;
    out->n = n;
    out->exp = all->exp;
    if (n < all->n && rest[0] >= '5')
        candidate_step(out, true);
}

/* Does some n-digit decimal read back as v?  The correctly rounded one or
 * its neighbour on the other side of v (the only other candidate). */
static bool try_length(const candidate *all, double v, int bitsize, int n, candidate *out) {
    double target = bitsize == 32 ? (double)(float)v : v;
    candidate_round(all, n, v, out);
    double x = candidate_value(out, bitsize);
    if (x == target)
        return true;
    candidate other = *out;
    candidate_step(&other, x < target);
    if (candidate_value(&other, bitsize) != target)
        return false;
    *out = other;
    return true;
}

/* Shortest digits of |v| (v finite, non-zero) that read back as v. */
static void shortest_digits(digits *g, double v, int bitsize, char *buf, size_t cap) {
    if (v < (bitsize == 32 ? 16777216.0 : 9007199254740992.0) && v == (double)(int64_t)v) {
        /* an exact integer: its digits are the shortest (no other integer
         * of fewer significant digits is the same float) */
        snprintf(buf, cap, "%lld", (long long)v);
        digits_from_f(g, buf);
        return;
    }
    int maxn = bitsize == 32 ? 9 : 17;  /* always enough to read back */
    candidate all, best;
    snprintf(buf, cap, "%.*e", maxn - 1, v);
    candidate_from_e(&all, buf);
    best = all;
    int lo = 1, hi = maxn;              /* a length that reads back stays good longer */
    /* computed values mostly need all or all but one or two digits: look
     * there first, then search the rest */
    for (int n = maxn - 1; n >= maxn - 2 && lo < hi; n--) {
        candidate c;
        if (!try_length(&all, v, bitsize, n, &c)) {
            lo = n + 1;
            break;
        }
        hi = n;
        best = c;
    }
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        candidate c;
        if (try_length(&all, v, bitsize, mid, &c)) {
            hi = mid;
            best = c;
        } else {
            lo = mid + 1;
        }
    }
    memcpy(buf, best.d, (size_t)best.n);
    g->d = buf;
    g->nd = best.n;
    g->dp = best.exp + 1;
    digits_trim(g);
}

static void fmt_exp(gbuf *b, int exp, char ch, int min_digits) {
    gbuf_byte(b, (uint8_t)ch);
    gbuf_byte(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    char tmp[8];
    int n = snprintf(tmp, sizeof tmp, "%0*d", min_digits, exp);
    gbuf_write(b, tmp, n);
}

/* %e: -d.dddde±dd */
static void fmt_e(gbuf *b, bool neg, const digits *g, int prec, char fmt) {
    if (neg)
        gbuf_byte(b, '-');
    gbuf_byte(b, g->nd ? (uint8_t)g->d[0] : '0');
    if (prec > 0) {
        gbuf_byte(b, '.');
        int have = g->nd - 1 < prec ? g->nd - 1 : prec;
        if (have > 0)
            gbuf_write(b, g->d + 1, have);
        gbuf_fill(b, '0', prec - (have > 0 ? have : 0));
    }
    fmt_exp(b, g->nd ? g->dp - 1 : 0, fmt, 2);
}

/* %f: -ddddd.dddd */
static void fmt_f(gbuf *b, bool neg, const digits *g, int prec) {
    if (neg)
        gbuf_byte(b, '-');
    if (g->dp > 0) {
        int m = g->nd < g->dp ? g->nd : g->dp;
        gbuf_write(b, g->d, m);
        gbuf_fill(b, '0', g->dp - m);
    } else {
        gbuf_byte(b, '0');
    }
    if (prec > 0) {
        gbuf_byte(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = g->dp + i;
            gbuf_byte(b, j >= 0 && j < g->nd ? (uint8_t)g->d[j] : '0');
        }
    }
}

/* %g: %e for large or small exponents, else %f; shortest uses 6 as the
 * exponent threshold, as Go does. */
static void fmt_g(gbuf *b, bool neg, const digits *g, int prec, char fmt, bool shortest) {
    int eprec = prec;
    if (eprec > g->nd && g->nd >= g->dp)
        eprec = g->nd;
    if (shortest)
        eprec = 6;
    int exp = g->dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > g->nd)
            prec = g->nd;
        fmt_e(b, neg, g, prec - 1, fmt == 'g' ? 'e' : 'E');
        return;
    }
    if (prec > g->dp)
        prec = g->nd;
    fmt_f(b, neg, g, prec - g->dp > 0 ? prec - g->dp : 0);
}

static void float_bits(double v, int bitsize, bool *neg, uint64_t *mant, int *exp,
                       int *mantbits) {
    int expbits, bias;
    uint64_t bits;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        bits = u;
        *mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&bits, &v, 8);
        *mantbits = 52, expbits = 11, bias = -1023;
    }
    *neg = (bits >> (expbits + *mantbits)) != 0;
    int e = (int)(bits >> *mantbits) & ((1 << expbits) - 1);
    *mant = bits & ((1ull << *mantbits) - 1);
    if (e == 0)
        e++;                            /* denormal */
    else
        *mant |= 1ull << *mantbits;     /* implicit top bit */
    *exp = e + bias;
}

/* %b: -ddddp±ddd, the mantissa and binary exponent in decimal. */
static void fmt_b(gbuf *b, double v, int bitsize) {
    bool neg;
    uint64_t mant;
    int exp, mantbits;
    float_bits(v, bitsize, &neg, &mant, &exp, &mantbits);
    golib_format_bits(b, mant, 10, neg);
    exp -= mantbits;
    gbuf_byte(b, 'p');
    if (exp >= 0)
        gbuf_byte(b, '+');
    golib_format_bits(b, (uint64_t)(exp < 0 ? -exp : exp), 10, exp < 0);
}

/* %x: -0x1.hhhhp±dd, mantissa normalized so the leading digit is 1. */
static void fmt_x(gbuf *b, double v, int bitsize, int prec, char fmt) {
    bool neg;
    uint64_t mant;
    int exp, mantbits;
    float_bits(v, bitsize, &neg, &mant, &exp, &mantbits);
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;             /* leading 1 at bit 60 */
    while (mant != 0 && !(mant & (1ull << 60))) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {       /* round to prec hex digits, ties even */
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ull << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ull << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ull << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg)
        gbuf_byte(b, '-');
    gbuf_byte(b, '0');
    gbuf_byte(b, (uint8_t)fmt);
    gbuf_byte(b, (uint8_t)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        gbuf_byte(b, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            gbuf_byte(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    fmt_exp(b, exp, fmt == 'X' ? 'P' : 'p', 2);
}

void golib_format_float(gbuf *b, double v, char fmt, int prec, int bitsize) {
    if (bitsize == 32)
        v = (float)v;
    if (isnan(v)) {
        gbuf_cstr(b, "NaN");
        return;
    }
    if (isinf(v)) {
        gbuf_cstr(b, v < 0 ? "-Inf" : "+Inf");
        return;
    }
    if (fmt == 'b') {
        fmt_b(b, v, bitsize);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, v, bitsize, prec, fmt);
        return;
    }
    bool neg = signbit(v) != 0;
    double a = fabs(v);
    bool shortest = prec < 0;
    /* room for every digit printf may write: %f of 1e308 has 309 before
     * the point, then prec after it */
    char small[400];
    size_t cap = sizeof small;
    char *buf = small;
    if (!shortest && (size_t)prec + 340 > cap) {
        cap = (size_t)prec + 340;
        buf = gm_alloc_noscan(cap);
    }
    digits g = {buf, 0, 0};
    if (a == 0) {
        /* nd == 0 */
    } else if (shortest) {
        shortest_digits(&g, a, bitsize, buf, cap);
    } else if (fmt == 'f') {
        snprintf(buf, cap, "%.*f", prec, a);
        digits_from_f(&g, buf);
    } else {
        int n = fmt == 'e' || fmt == 'E' ? prec + 1 : (prec == 0 ? 1 : prec);
        snprintf(buf, cap, "%.*e", n - 1, a);
        digits_from_e(&g, buf);
    }
    if (fmt == 'g' || fmt == 'G') {
        if (shortest)
            prec = g.nd;
        else if (prec == 0)
            prec = 1;
        fmt_g(b, neg, &g, prec, fmt, shortest);
    } else if (fmt == 'e' || fmt == 'E') {
        fmt_e(b, neg, &g, shortest ? (g.nd > 1 ? g.nd - 1 : 0) : prec, fmt);
    } else if (fmt == 'f') {
        fmt_f(b, neg, &g, shortest ? (g.nd - g.dp > 0 ? g.nd - g.dp : 0) : prec);
    } else {
        gbuf_byte(b, '%');
        gbuf_byte(b, (uint8_t)fmt);
    }
}

gm_string go_strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
    if (bitSize != 32 && bitSize != 64)
        gort_panic_string("strconv: illegal AppendFloat/FormatFloat bitSize");
    gbuf b = {0};
    golib_format_float(&b, f, (char)fmt, (int)prec, (int)bitSize);
    return gbuf_string(&b);
}

/* ---- ParseFloat ---- */

static bool has_prefix_fold(const char *s, const char *p) {
    for (; *p; s++, p++)
        if (!*s || (*s | 0x20) != *p)
            return false;
    return true;
}

/* Go's syntax that strtod does not share: no leading space, no "nan(...)",
 * hex mantissas need a 'p' exponent, no "0x" without digits. */
static bool float_syntax_ok(const char *s, const char *end) {
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\v' || *s == '\f' || *s == '\r')
        return false;
    const char *p = s + (*s == '+' || *s == '-');
    if (has_prefix_fold(p, "nan") || has_prefix_fold(p, "inf"))
        return end == p + 3 || (has_prefix_fold(p, "infinity") && end == p + 8);
    if (p[0] == '0' && (p[1] | 0x20) == 'x')
        return memchr(p, 'p', (size_t)(end - p)) || memchr(p, 'P', (size_t)(end - p));
    return true;
}

/* A C string of s without its underscores (placed as Go allows), or NULL. */
static char *float_cstr(gm_string s) {
    if (!memchr(s.ptr, '_', (size_t)s.len))
        return gm_string_cstr(s);
    if (!golib_underscores_ok(s))
        return NULL;
    char *cs = gm_alloc_noscan((size_t)s.len + 1);
    size_t n = 0;
    for (intptr_t i = 0; i < s.len; i++)
        if (s.ptr[i] != '_')
            cs[n++] = (char)s.ptr[i];
    cs[n] = 0;
    return cs;
}

double go_strconv_ParseFloat(gm_string s, int64_t bitSize, gort_iface *err) {
    *err = (gort_iface){0};
    char *cs = s.len ? float_cstr(s) : NULL;
    char *end = NULL;
    errno = 0;
    double v = !cs ? 0 : bitSize == 32 ? (double)strtof(cs, &end) : strtod(cs, &end);
    if (!cs || end != cs + strlen(cs) || !float_syntax_ok(cs, end)) {
        *err = golib_num_error("ParseFloat", s, go_strconv_ErrSyntax);
        return 0;
    }
    if (errno == ERANGE && isinf(v))
        *err = golib_num_error("ParseFloat", s, go_strconv_ErrRange);
    return v;
}
