/* check_const.c: constant values: reading literals (integers in every
 * base, floats, runes, interpreted and raw strings), constant arithmetic
 * and comparison for folding constant expressions, and representability
 * of a constant in a type (the range of each integer type, integral values
 * for integer types), and strings quoted as Go's %q quotes them (struct
 * tags are kept that way).
 *
 * Technique: integers are exact in 128 bits (Go requires at least 256;
 * programs of the subset stay far below 2^127 and overflow is reported),
 * untyped floats are long doubles (64-bit mantissa, 11 bits more than
 * float64), rounded to the type's precision when a constant gets a float
 * type, so 0.1+0.2 is 0.3 in float64 as in Go; like Go's exact constants
 * they have no negative zero.  That folds array lengths, make sizes and
 * the constants of ordinary programs as Go does (not every Go constant:
 * Go's are exact rationals).
 *
 * Invariants: a Const with kind CONST_NONE means "not a constant"; every
 * function here leaves its output NONE when it cannot fold.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Integer constants are exact up to this magnitude; past it arithmetic
 * stops folding (the result is not a constant) instead of overflowing. */
#define CONST_INT_MAX ((((__int128)1) << 126) - 1)

static bool in_range(__int128 v) { return v <= CONST_INT_MAX && v >= -CONST_INT_MAX; }

static int digit_val(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

static bool parse_int(const char *s, __int128 *out) {
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { base = 16; s += 2; }
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { base = 2; s += 2; }
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) { base = 8; s += 2; }
    else if (s[0] == '0' && s[1]) { base = 8; s += 1; }
    __int128 v = 0;
    const __int128 max = CONST_INT_MAX;
    for (; *s; s++) {
        if (*s == '_')
            continue;
        int d = digit_val((unsigned char)*s);
        if (d >= base)
            return false;
        if (v > (max - d) / base)
            return false;   /* beyond what gomem's 127-bit constants hold */
        v = v * base + d;
    }
    *out = v;
    return true;
}

static char *strip_underscores(Arena *a, const char *s) {
    char *r = arena_strdup(a, s);
    char *w = r;
    for (const char *p = s; *p; p++)
        if (*p != '_')
            *w++ = *p;
    *w = '\0';
    return r;
}

/* Decodes one escape after a backslash; returns the code point or byte. */
static long decode_escape(const char **ps, bool *is_byte) {
    const char *s = *ps;
    long v = 0;
    int n = 0, base = 16;
    *is_byte = false;
    switch (*s) {
    case 'a': *ps = s + 1; return 7;
    case 'b': *ps = s + 1; return 8;
    case 'f': *ps = s + 1; return 12;
    case 'n': *ps = s + 1; return 10;
    case 'r': *ps = s + 1; return 13;
    case 't': *ps = s + 1; return 9;
    case 'v': *ps = s + 1; return 11;
    case 'x': n = 2; s++; *is_byte = true; break;
    case 'u': n = 4; s++; break;
    case 'U': n = 8; s++; break;
    default:
        if (*s >= '0' && *s <= '7') {
            n = 3;
            base = 8;
            *is_byte = true;
            break;
        }
        *ps = s + 1;
        return (unsigned char)*s;   /* \\ \' \" */
    }
    for (int i = 0; i < n && *s; i++, s++)
        v = v * base + digit_val((unsigned char)*s);
    *ps = s;
    return v;
}

static void put_utf8(char **w, long c) {
    unsigned char *p = (unsigned char *)*w;
    if (c < 0x80) { *p++ = (unsigned char)c; }
    else if (c < 0x800) { *p++ = (unsigned char)(0xC0 | (c >> 6)); *p++ = (unsigned char)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        *p++ = (unsigned char)(0xE0 | (c >> 12));
        *p++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        *p++ = (unsigned char)(0x80 | (c & 0x3F));
    } else {
        *p++ = (unsigned char)(0xF0 | (c >> 18));
        *p++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
        *p++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        *p++ = (unsigned char)(0x80 | (c & 0x3F));
    }
    *w = (char *)p;
}

/* The value of a string literal as written (quotes included). */
static void unquote_string(Arena *a, const char *lit, Const *v) {
    size_t n = strlen(lit);
    char *buf = arena_alloc(a, n + 1);
    char *w = buf;
    if (lit[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (lit[i] != '\r')
                *w++ = lit[i];
    } else {
        const char *s = lit + 1, *end = lit + (n > 0 ? n - 1 : 0);
        while (s < end) {
            if (*s != '\\') {
                *w++ = *s++;
                continue;
            }
            s++;
            bool is_byte;
            long c = decode_escape(&s, &is_byte);
            if (is_byte)
                *w++ = (char)c;
            else
                put_utf8(&w, c);
        }
    }
    *w = '\0';
    v->kind = CONST_STRING;
    v->s = buf;
    v->slen = (size_t)(w - buf);
}

static long decode_rune(const char *lit) {
    const unsigned char *s = (const unsigned char *)lit + 1;
    if (*s == '\\') {
        const char *p = (const char *)s + 1;
        bool is_byte;
        return decode_escape(&p, &is_byte);
    }
    if (*s < 0x80)
        return *s;
    int n = *s >= 0xF0 ? 3 : *s >= 0xE0 ? 2 : 1;
    long c = *s & (0x3F >> n);
    for (int i = 1; i <= n; i++)
        c = (c << 6) | (s[i] & 0x3F);
    return c;
}

/* Reads a basic literal into v and returns its untyped type. */
Type *const_from_literal(Checker *c, Node *n, Const *v) {
    memset(v, 0, sizeof *v);
    switch (n->op) {
    case T_INT:
        v->kind = CONST_INT;
        if (!parse_int(n->lit, &v->i)) {
            check_error(c, n->pos, "integer constant overflow");   /* beyond 2^125 */
            v->kind = CONST_NONE;
        }
        return ty_basic[TY_UNTYPED_INT];
    case T_FLOAT:
        v->kind = CONST_FLOAT;
        v->f = strtold(strip_underscores(c->arena, n->lit), NULL);
        return ty_basic[TY_UNTYPED_FLOAT];
    case T_IMAG: {
        char *s = strip_underscores(c->arena, n->lit);
        s[strlen(s) - 1] = '\0';
        v->kind = CONST_FLOAT;
        v->imag = strtold(s, NULL);
        return ty_basic[TY_UNTYPED_COMPLEX];
    }
    case T_CHAR:
        v->kind = CONST_INT;
        v->i = decode_rune(n->lit);
        return ty_basic[TY_UNTYPED_RUNE];
    default:
        unquote_string(c->arena, n->lit, v);
        return ty_basic[TY_UNTYPED_STRING];
    }
}

/* Is f an integer, up to the rounding of long double arithmetic? Go's
 * constants are exact, so 0.0005 * 1e9 is 500000 there; in long doubles it
 * is a few ulps away. Within 16 ulps (a relative 2^-59), f counts as the
 * nearest integer, which *r receives. */
static bool near_integer(long double f, long double *r) {
    *r = nearbyintl(f);
    return fabsl(f - *r) <= fabsl(f) * 0x1p-59L;
}

bool const_to_int64(const Const *v, int64_t *out) {
    if (v->kind == CONST_INT && v->i >= INT64_MIN && v->i <= INT64_MAX) {
        *out = (int64_t)v->i;
        return true;
    }
    long double whole;
    if (v->kind == CONST_FLOAT && v->imag == 0 && near_integer(v->f, &whole) && fabsl(whole) < 9e18L) {
        *out = (int64_t)whole;
        return true;
    }
    return false;
}

static long double as_float(const Const *v) { return v->kind == CONST_INT ? (long double)v->i : v->f; }

/* Go's constants are exact numbers: there is no -0 among them. */
static void no_negative_zero(Const *v) {
    if (v->f == 0)
        v->f = 0;
    if (v->imag == 0)
        v->imag = 0;
}

/* Folds x op y (both constants of compatible kinds) into out. Returns
 * false for division by zero (reported by the caller). */
bool const_binary(Arena *arena, TokenKind op, const Const *x, const Const *y, Const *out,
                  bool integer) {
    memset(out, 0, sizeof *out);
    if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
        if (op != T_ADD)
            return true;
        out->kind = CONST_STRING;
        size_t n = x->slen + y->slen;
        char *s = arena_alloc(arena, n + 1);
        memcpy(s, x->s, x->slen);
        memcpy(s + x->slen, y->s, y->slen);
        s[n] = '\0';
        out->s = s;
        out->slen = n;
        return true;
    }
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
        out->kind = CONST_BOOL;
        out->b = op == T_LAND ? (x->b && y->b) : (x->b || y->b);
        return true;
    }
    if (x->kind == CONST_INT && y->kind == CONST_INT) {
        __int128 a = x->i, b = y->i;
        out->kind = CONST_INT;
        switch (op) {
        case T_ADD:
            if (__builtin_add_overflow(a, b, &out->i) || !in_range(out->i))
                out->kind = CONST_NONE;
            return true;
        case T_SUB:
            if (__builtin_sub_overflow(a, b, &out->i) || !in_range(out->i))
                out->kind = CONST_NONE;
            return true;
        case T_MUL:
            if (__builtin_mul_overflow(a, b, &out->i) || !in_range(out->i))
                out->kind = CONST_NONE;
            return true;
        case T_QUO:
            if (b == 0)
                return false;
            if (integer) {
                out->i = a / b;
            } else {
                out->kind = CONST_FLOAT;
                out->f = (long double)a / (long double)b;
            }
            return true;
        case T_REM: if (b == 0) return false; out->i = a % b; return true;
        case T_AND: out->i = a & b; return true;
        case T_OR: out->i = a | b; return true;
        case T_XOR: out->i = a ^ b; return true;
        case T_AND_NOT: out->i = a & ~b; return true;
        case T_SHL:
            if (a == 0 || b < 0) {
                out->i = 0;
                return true;
            }
            if (b >= 126) {
                out->kind = CONST_NONE;
                return true;
            }
            out->i = (__int128)((unsigned __int128)a << b);
            if ((out->i >> b) != a || !in_range(out->i))
                out->kind = CONST_NONE;
            return true;
        case T_SHR:
            out->i = b < 0 ? a : b < 126 ? a >> b : (a < 0 ? -1 : 0);
            return true;
        default: out->kind = CONST_NONE; return true;
        }
    }
    if ((x->kind == CONST_INT || x->kind == CONST_FLOAT) &&
        (y->kind == CONST_INT || y->kind == CONST_FLOAT)) {
        long double a = as_float(x), b = as_float(y);
        out->kind = CONST_FLOAT;
        switch (op) {
        case T_ADD: out->f = a + b; out->imag = x->imag + y->imag; break;
        case T_SUB: out->f = a - b; out->imag = x->imag - y->imag; break;
        case T_MUL: out->f = a * b; break;
        case T_QUO: if (b == 0) return false; out->f = a / b; break;
        default: out->kind = CONST_NONE; return true;
        }
        no_negative_zero(out);
        return true;
    }
    return true;
}

bool const_compare(TokenKind op, const Const *x, const Const *y, Const *out) {
    memset(out, 0, sizeof *out);
    int cmp;
    if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        cmp = memcmp(x->s, y->s, n);
        if (cmp == 0)
            cmp = x->slen < y->slen ? -1 : x->slen > y->slen;
    } else if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
        cmp = x->b - y->b;
    } else if (x->kind == CONST_INT && y->kind == CONST_INT) {
        cmp = x->i < y->i ? -1 : x->i > y->i;
    } else if ((x->kind == CONST_INT || x->kind == CONST_FLOAT) &&
               (y->kind == CONST_INT || y->kind == CONST_FLOAT)) {
        long double a = as_float(x), b = as_float(y);
        cmp = a < b ? -1 : a > b;
    } else {
        return false;
    }
    out->kind = CONST_BOOL;
    switch (op) {
    case T_EQL: out->b = cmp == 0; break;
    case T_NEQ: out->b = cmp != 0; break;
    case T_LSS: out->b = cmp < 0; break;
    case T_LEQ: out->b = cmp <= 0; break;
    case T_GTR: out->b = cmp > 0; break;
    case T_GEQ: out->b = cmp >= 0; break;
    default: out->kind = CONST_NONE; return false;
    }
    return true;
}

bool const_unary(TokenKind op, const Const *x, Const *out, Type *t) {
    *out = *x;
    switch (op) {
    case T_ADD: return true;
    case T_SUB:
        if (x->kind == CONST_INT)
            out->i = -x->i;   /* |x| <= CONST_INT_MAX: cannot overflow */
        else if (x->kind == CONST_FLOAT) {
            out->f = -x->f;
            out->imag = -x->imag;
            no_negative_zero(out);
        } else
            return false;
        return true;
    case T_NOT:
        if (x->kind != CONST_BOOL)
            return false;
        out->b = !x->b;
        return true;
    case T_XOR:
        if (x->kind != CONST_INT)
            return false;
        out->i = ~x->i;
        if (type_is_unsigned(t)) {   /* ^x for unsigned: flip within the size */
            int64_t bits = type_size(t) * 8;
            __int128 mask = (((__int128)1) << bits) - 1;
            out->i &= mask;
        }
        return true;
    default:
        return false;
    }
}

/* Can v be represented by the (typed, basic) type t? Rounds floats for
 * float types and turns integral floats into integers for integer types. */
bool const_representable(Const *v, Type *t, bool *truncated) {
    Type *u = type_under(t);
    *truncated = false;
    if (type_is_untyped(u) || u->kind == TY_INTERFACE)
        return true;
    if (type_is_integer(u)) {
        if (v->kind == CONST_FLOAT) {
            long double whole;
            if (v->imag != 0 || !near_integer(v->f, &whole)) {
                *truncated = true;
                return false;
            }
            if (!(fabsl(whole) < 1e37L))
                return false;   /* overflows every integer type */
            v->kind = CONST_INT;
            v->i = (__int128)whole;
        }
        if (v->kind != CONST_INT)
            return false;
        int64_t size = type_size(u);
        if (type_is_unsigned(u)) {
            __int128 max = size >= 8 ? (__int128)UINT64_MAX : ((((__int128)1) << (size * 8)) - 1);
            return v->i >= 0 && v->i <= max;
        }
        __int128 max = (((__int128)1) << (size * 8 - 1)) - 1;
        return v->i >= -max - 1 && v->i <= max;
    }
    if (type_is_float(u) || type_is_complex(u)) {
        if (v->kind == CONST_INT) {
            v->kind = CONST_FLOAT;
            v->f = (long double)v->i;
        }
        if (v->kind != CONST_FLOAT)
            return false;
        if (v->imag != 0 && !type_is_complex(u)) {
            *truncated = true;
            return false;
        }
        /* a typed constant holds a value of its type: round to it */
        if (u->kind == TY_FLOAT32 || u->kind == TY_COMPLEX64) {
            v->f = (float)v->f;
            v->imag = (float)v->imag;
        } else {
            v->f = (double)v->f;
            v->imag = (double)v->imag;
        }
        return true;   /* beyond double's range gomem cannot tell (see header) */
    }
    if (type_is_string(u))
        return v->kind == CONST_STRING;
    if (type_is_boolean(u))
        return v->kind == CONST_BOOL;
    return false;
}

/* The constant as Go prints it in messages (gc: 1, 1.5, "s", true). */
const char *const_string(Arena *a, const Const *v) {
    switch (v->kind) {
    case CONST_BOOL: return v->b ? "true" : "false";
    case CONST_INT: {
        char buf[64];
        int n = 63;
        buf[n] = '\0';
        __int128 x = v->i;
        bool neg = x < 0;
        unsigned __int128 ux = neg ? -(unsigned __int128)x : (unsigned __int128)x;
        do {
            buf[--n] = (char)('0' + (int)(ux % 10));
            ux /= 10;
        } while (ux && n > 1);
        if (neg)
            buf[--n] = '-';
        return arena_strdup(a, buf + n);
    }
    case CONST_FLOAT: return arena_printf(a, "%g", (double)v->f);
    case CONST_STRING: {   /* quoted, as Go's %q */
        char *buf = arena_alloc(a, v->slen * 4 + 3), *w = buf;
        *w++ = '"';
        for (size_t i = 0; i < v->slen; i++) {
            unsigned char ch = (unsigned char)v->s[i];
            if (ch == '"' || ch == '\\') {
                *w++ = '\\';
                *w++ = (char)ch;
            } else if (ch >= '\a' && ch <= '\r') {   /* \a \b \t \n \v \f \r, as Go names them */
                *w++ = '\\';
                *w++ = "abtnvfr"[ch - '\a'];
            } else if (ch < 0x20 || ch == 0x7F) {
                w += sprintf(w, "\\x%02x", ch);
            } else {
                *w++ = (char)ch;
            }
        }
        *w++ = '"';
        *w = '\0';
        return buf;
    }
    default: return "?";
    }
}

/* A struct tag literal as Go prints it (strconv.Quote of its value, so
 * `a:"b"` and "a:\"b\"" are the same tag), or NULL for none or "". */
const char *const_quoted_tag(Arena *a, const char *lit) {
    if (!lit)
        return NULL;
    Const v;
    unquote_string(a, lit, &v);
    return v.slen ? const_string(a, &v) : NULL;
}
