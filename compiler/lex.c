/* lex.c: the lexer. Turns one source file into an array of tokens, all at
 * once, so that the parser can look ahead as far as it needs.
 *
 * Technique: a hand-written scanner over the bytes of the file, decoding
 * UTF-8 only where a byte is not ASCII. It follows the Go specification
 * (Go 1.19): automatic semicolon insertion (a newline or EOF after an
 * identifier, a literal, break/continue/fallthrough/return, ++, --, ), ] or }
 * becomes a T_SEMICOLON whose text is "newline" or "EOF"; a multi-line
 * general comment counts as a newline), Unicode letters and digits in
 * identifiers, every literal form (binary/octal/hex integers with `_`
 * separators, decimal and hexadecimal floats, imaginary literals, runes and
 * strings with all escapes, raw strings). Errors use gc's wording and gc's
 * positions: "at the current character" or "at the start of the token".
 * After an error the lexer always moves on, so it terminates on any input.
 *
 * Invariants: toks ends with exactly one T_EOF; positions are 1-based line
 * and 1-based byte column; lit of identifiers and literals is the exact
 * source text (a NUL byte inside is kept out of it by the error path).
 */
#include <string.h>

#include "compiler.h"
#include "unicode_tab.h"

typedef struct {
    Source *src;
    Arena *arena;
    const unsigned char *text;
    size_t len;
    size_t off;          /* offset of the current character */
    int ch;              /* current character (code point), -1 at EOF */
    int chsize;          /* its size in bytes */
    int line;            /* line of the current character */
    size_t line_start;   /* offset where that line starts */
    int tok_line, tok_col;
    size_t tok_off;      /* token start */
    bool nlsemi;         /* a newline now becomes a semicolon */
    Token *toks;
    int ntoks, cap;
    int errcap;
} Lexer;

/* ---- characters ------------------------------------------------------- */

static bool in_table(const uint32_t (*t)[2], size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid][0])
            hi = mid;
        else if (c > t[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

static bool is_unicode_letter(int c) {
    return c >= 0x80 &&
           in_table(unicode_letters, sizeof unicode_letters / sizeof unicode_letters[0],
                    (uint32_t)c);
}

static bool is_unicode_digit(int c) {
    return c >= 0x80 &&
           in_table(unicode_digits, sizeof unicode_digits / sizeof unicode_digits[0],
                    (uint32_t)c);
}

static bool is_letter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) {
    return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lower(int c) { return c | 0x20; }

/* Decodes one UTF-8 sequence; returns -2 for an invalid one (size 1). */
static int decode_utf8(const unsigned char *p, size_t avail, int *size) {
    unsigned c = p[0];
    int n;
    unsigned min;
    if (c < 0x80) { *size = 1; return (int)c; }
    if ((c & 0xE0) == 0xC0) { n = 2; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 3; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 4; c &= 0x07; min = 0x10000; }
    else { *size = 1; return -2; }
    if ((size_t)n > avail) { *size = 1; return -2; }
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) { *size = 1; return -2; }
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) {
        *size = 1;
        return -2;
    }
    *size = n;
    return (int)c;
}

static int cur_col(Lexer *l) { return (int)(l->off - l->line_start) + 1; }

static Pos pos_at(Lexer *l, int line, int col) {
    Pos p = {l->src->name, line, col};
    return p;
}

static void add_error(Lexer *l, Pos pos, const char *msg) {
    Source *src = l->src;
    if (src->nerrors == l->errcap) {
        int cap = l->errcap ? l->errcap * 2 : 8;
        LexError *e = arena_alloc(l->arena, sizeof(LexError) * (size_t)cap);
        for (int i = 0; i < src->nerrors; i++)
            e[i] = src->errors[i];
        src->errors = e;
        l->errcap = cap;
    }
    LexError *e = &src->errors[src->nerrors++];
    e->pos = pos;
    e->msg = msg;
    e->tok_index = l->ntoks;   /* the token being scanned */
}

/* An error at the current character. */
static void error_here(Lexer *l, const char *msg) {
    add_error(l, pos_at(l, l->line, cur_col(l)), msg);
}

/* An error at the start of the current token plus a byte offset. */
static void error_at_tok(Lexer *l, int offset, const char *msg) {
    add_error(l, pos_at(l, l->tok_line, l->tok_col + offset), msg);
}

/* Formats c as Go's %#U does: U+0040 '@'. */
static const char *fmt_U(Lexer *l, int c) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c > 0x10FFFF ||
        (c >= 0xD800 && c < 0xE000) || c == 0xFEFF || c == 0xAD)   /* not printable */
        return arena_printf(l->arena, "U+%04X", c);
    char buf[5] = {0};
    if (c < 0x80) {
        buf[0] = (char)c;
    } else if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
    } else {
        buf[0] = (char)(0xF0 | (c >> 18));
        buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (c & 0x3F));
    }
    return arena_printf(l->arena, "U+%04X '%s'", c, buf);
}

/* Formats c as Go's %q of a rune: 'a', '\n', '\x00'. */
static const char *fmt_q(Lexer *l, int c) {
    switch (c) {
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    }
    if (c >= 0x20 && c < 0x7F)
        return arena_printf(l->arena, "'%c'", c);
    if (c < 0x80)
        return arena_printf(l->arena, "'\\x%02x'", c);
    const char *u = fmt_U(l, c);   /* "U+XXXX 'c'" when printable */
    const char *quote = strchr(u, '\'');
    if (quote)
        return quote;
    return arena_printf(l->arena, "'\\u%04x'", c);
}

/* Advances to the next character, reporting NUL bytes, bad UTF-8 and BOMs
 * past the start as gc does. */
static void next_ch(Lexer *l) {
    if (l->ch == '\n') {
        l->line++;
        l->line_start = l->off + 1;
    }
    if (l->ch >= 0)
        l->off += (size_t)l->chsize;
    if (l->off >= l->len) {
        l->ch = -1;
        l->chsize = 0;
        return;
    }
    unsigned char b = l->text[l->off];
    if (b < 0x80) {
        l->ch = b;
        l->chsize = 1;
        if (b == 0)
            error_here(l, "invalid NUL character");
        return;
    }
    int size;
    int c = decode_utf8(l->text + l->off, l->len - l->off, &size);
    l->chsize = size;
    if (c == -2) {
        error_here(l, "invalid UTF-8 encoding");
        c = 0xFFFD;
    } else if (c == 0xFEFF && l->off > 0) {
        error_here(l, "invalid BOM in the middle of the file");
        l->ch = c;
        next_ch(l);   /* gc skips it */
        return;
    }
    l->ch = c;
}

/* ---- tokens ----------------------------------------------------------- */

static void emit(Lexer *l, TokenKind k, const char *lit) {
    if (l->ntoks == l->cap) {
        int cap = l->cap ? l->cap * 2 : 256;
        Token *t = arena_alloc(l->arena, sizeof(Token) * (size_t)cap);
        if (l->ntoks)
            memcpy(t, l->toks, sizeof(Token) * (size_t)l->ntoks);
        l->toks = t;
        l->cap = cap;
    }
    Token *t = &l->toks[l->ntoks++];
    t->kind = k;
    t->line = l->tok_line;
    t->col = l->tok_col;
    t->lit = lit;
}

static const char *token_source(Lexer *l) {
    return arena_strndup(l->arena, (const char *)l->text + l->tok_off, l->off - l->tok_off);
}

static const char *const keywords[] = {
    [T_BREAK] = "break", [T_CASE] = "case", [T_CHAN] = "chan",
    [T_CONST] = "const", [T_CONTINUE] = "continue", [T_DEFAULT] = "default",
    [T_DEFER] = "defer", [T_ELSE] = "else", [T_FALLTHROUGH] = "fallthrough",
    [T_FOR] = "for", [T_FUNC] = "func", [T_GO] = "go", [T_GOTO] = "goto",
    [T_IF] = "if", [T_IMPORT] = "import", [T_INTERFACE] = "interface",
    [T_MAP] = "map", [T_PACKAGE] = "package", [T_RANGE] = "range",
    [T_RETURN] = "return", [T_SELECT] = "select", [T_STRUCT] = "struct",
    [T_SWITCH] = "switch", [T_TYPE] = "type", [T_VAR] = "var",
};

static bool ident_char(Lexer *l, bool first) {
    int c = l->ch;
    if (is_letter(c) || is_decimal(c))
        return !first || !is_decimal(c);
    if (c < 0x80)
        return false;
    if (is_unicode_letter(c))
        return true;
    if (is_unicode_digit(c)) {
        if (first)
            error_here(l, arena_printf(l->arena, "identifier cannot begin with digit %s",
                                       fmt_U(l, c)));
        return true;
    }
    error_here(l, arena_printf(l->arena, "invalid character %s in identifier", fmt_U(l, c)));
    return true;
}

static void scan_ident(Lexer *l) {
    while (ident_char(l, false))
        next_ch(l);
    size_t n = l->off - l->tok_off;
    const char *s = (const char *)l->text + l->tok_off;
    for (int k = T_BREAK; k <= T_VAR; k++) {
        if (strlen(keywords[k]) == n && memcmp(keywords[k], s, n) == 0) {
            l->nlsemi = k == T_BREAK || k == T_CONTINUE || k == T_FALLTHROUGH ||
                        k == T_RETURN;
            emit(l, (TokenKind)k, NULL);
            return;
        }
    }
    l->nlsemi = true;
    emit(l, T_IDENT, token_source(l));
}

/* ---- numbers ---------------------------------------------------------- */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    }
    return "hexadecimal";
}

/* Scans digits and '_' of the given base. Returns a bit set: 1 if a digit
 * was seen, 2 if a '_' was seen. Records the offset of the first digit not
 * valid in base (for bases up to 10) in *invalid. */
static int scan_digits(Lexer *l, int base, long *invalid) {
    int seen = 0;
    if (base <= 10) {
        int max = '0' + base;
        while (is_decimal(l->ch) || l->ch == '_') {
            int ds = l->ch == '_' ? 2 : 1;
            if (ds == 1 && l->ch >= max && *invalid < 0)
                *invalid = (long)(l->off - l->tok_off);
            seen |= ds;
            next_ch(l);
        }
    } else {
        while (is_hex(l->ch) || l->ch == '_') {
            seen |= l->ch == '_' ? 2 : 1;
            next_ch(l);
        }
    }
    return seen;
}

/* Returns the index of the first misplaced '_' in a number literal, or -1. */
static long invalid_separator(const char *s, size_t n) {
    int x1 = ' ';
    int d = '.';
    size_t i = 0;
    if (n >= 2 && s[0] == '0') {
        x1 = lower((unsigned char)s[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = (unsigned char)s[i];
        if (d == '_') {
            if (p != '0')
                return (long)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (long)i - 1;
            d = '.';
        }
    }
    if (d == '_')
        return (long)n - 1;
    return -1;
}

static void scan_number(Lexer *l, bool seen_point) {
    int base = 10, prefix = 0, seen = 0;
    long invalid = -1;
    TokenKind kind = T_INT;
    if (!seen_point) {
        if (l->ch == '0') {
            next_ch(l);
            switch (lower(l->ch)) {
            case 'x': next_ch(l); base = 16; prefix = 'x'; break;
            case 'o': next_ch(l); base = 8; prefix = 'o'; break;
            case 'b': next_ch(l); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; seen = 1; break;
            }
        }
        seen |= scan_digits(l, base, &invalid);
        if (l->ch == '.') {
            if (prefix == 'o' || prefix == 'b')
                error_here(l, arena_printf(l->arena, "invalid radix point in %s literal",
                                           base_name(base)));
            next_ch(l);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        seen |= scan_digits(l, base, &invalid);
    }
    if (!(seen & 1))
        error_here(l, arena_printf(l->arena, "%s literal has no digits", base_name(base)));
    int e = lower(l->ch);
    if (e == 'e' || e == 'p') {
        if (e == 'e' && prefix != 0 && prefix != '0')
            error_here(l, arena_printf(l->arena, "'%c' exponent requires decimal mantissa", l->ch));
        else if (e == 'p' && prefix != 'x')
            error_here(l, arena_printf(l->arena, "'%c' exponent requires hexadecimal mantissa",
                                       l->ch));
        next_ch(l);
        kind = T_FLOAT;
        if (l->ch == '+' || l->ch == '-')
            next_ch(l);
        long ignore = -1;
        int ds = scan_digits(l, 10, &ignore);
        seen |= ds;
        if (!(ds & 1))
            error_here(l, "exponent has no digits");
    } else if (prefix == 'x' && kind == T_FLOAT) {
        error_here(l, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (l->ch == 'i') {
        kind = T_IMAG;
        next_ch(l);
    }
    const char *lit = token_source(l);
    if (kind == T_INT && invalid >= 0)
        error_at_tok(l, (int)invalid,
                     arena_printf(l->arena, "invalid digit %s in %s literal",
                                  fmt_q(l, (unsigned char)lit[invalid]), base_name(base)));
    if (seen & 2) {
        long i = invalid_separator(lit, strlen(lit));
        if (i >= 0)
            error_at_tok(l, (int)i, "'_' must separate successive digits");
    }
    l->nlsemi = true;
    emit(l, kind, lit);
}

/* ---- strings and runes ------------------------------------------------ */

static int digit_value(int c) {
    if (is_decimal(c))
        return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'f')
        return lower(c) - 'a' + 10;
    return 16;
}

/* Scans an escape after the backslash. Returns false after an error. */
static bool scan_escape(Lexer *l, int quote) {
    int n;
    unsigned base, max;
    switch (l->ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        next_ch(l);
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255;
        break;
    case 'x': next_ch(l); n = 2; base = 16; max = 255; break;
    case 'u': next_ch(l); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': next_ch(l); n = 8; base = 16; max = 0x10FFFF; break;
    default:
        if (l->ch == quote) {
            next_ch(l);
            return true;
        }
        if (l->ch < 0)
            return true;   /* the caller reports the missing terminator */
        error_here(l, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (l->ch < 0)
            return true;
        unsigned d = (unsigned)digit_value(l->ch);
        if (d >= base) {
            error_here(l, arena_printf(l->arena, "invalid character %s in %s escape",
                                       fmt_q(l, l->ch), base_name((int)base)));
            return false;
        }
        x = x * base + d;
        next_ch(l);
    }
    if (x > max && base == 8) {
        error_here(l, arena_printf(l->arena, "octal escape value %u > 255", (unsigned)x));
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        error_here(l, arena_printf(l->arena, "escape is invalid Unicode code point %s",
                                   fmt_U(l, (int)x)));
        return false;
    }
    return true;
}

static void scan_string(Lexer *l) {
    next_ch(l);
    for (;;) {
        if (l->ch == '"') {
            next_ch(l);
            break;
        }
        if (l->ch == '\\') {
            next_ch(l);
            scan_escape(l, '"');
            continue;
        }
        if (l->ch == '\n') {
            error_here(l, "newline in string");
            break;
        }
        if (l->ch < 0) {
            error_at_tok(l, 0, "string not terminated");
            break;
        }
        next_ch(l);
    }
    l->nlsemi = true;
    emit(l, T_STRING, token_source(l));
}

static void scan_raw_string(Lexer *l) {
    next_ch(l);
    for (;;) {
        if (l->ch == '`') {
            next_ch(l);
            break;
        }
        if (l->ch < 0) {
            error_at_tok(l, 0, "string not terminated");
            break;
        }
        next_ch(l);
    }
    l->nlsemi = true;
    emit(l, T_STRING, token_source(l));
}

static void scan_rune(Lexer *l) {
    bool ok = true;
    int n = 0;
    next_ch(l);
    for (;; n++) {
        if (l->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    error_here(l, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    error_at_tok(l, 0, "more than one character in rune literal");
                    ok = false;
                }
            }
            next_ch(l);
            break;
        }
        if (l->ch == '\\') {
            next_ch(l);
            if (!scan_escape(l, '\''))
                ok = false;
            continue;
        }
        if (l->ch == '\n') {
            if (ok)
                error_here(l, "newline in rune literal");
            break;
        }
        if (l->ch < 0) {
            if (ok)
                error_at_tok(l, 0, "rune literal not terminated");
            break;
        }
        next_ch(l);
    }
    l->nlsemi = true;
    emit(l, T_CHAR, token_source(l));
}

/* ---- comments --------------------------------------------------------- */

static void skip_line_comment(Lexer *l) {
    while (l->ch >= 0 && l->ch != '\n')
        next_ch(l);
}

/* Skips a general comment after its opening; returns true if it spans a
 * newline. */
static bool skip_general_comment(Lexer *l) {
    bool newline = false;
    for (;;) {
        if (l->ch < 0) {
            error_at_tok(l, 0, "comment not terminated");
            return newline;
        }
        if (l->ch == '\n')
            newline = true;
        if (l->ch == '*') {
            next_ch(l);
            if (l->ch == '/') {
                next_ch(l);
                return newline;
            }
            continue;
        }
        next_ch(l);
    }
}

/* ---- operators -------------------------------------------------------- */

/* op, or op_assign if the next character is '='. */
static void op_or_assign(Lexer *l, TokenKind op, TokenKind op_assign) {
    if (l->ch == '=') {
        next_ch(l);
        op = op_assign;
    }
    emit(l, op, NULL);
}

static bool scan_operator(Lexer *l, int c) {
    switch (c) {
    case '(': emit(l, T_LPAREN, NULL); break;
    case '[': emit(l, T_LBRACK, NULL); break;
    case '{': emit(l, T_LBRACE, NULL); break;
    case ',': emit(l, T_COMMA, NULL); break;
    case ';': emit(l, T_SEMICOLON, "semicolon"); break;
    case ')': l->nlsemi = true; emit(l, T_RPAREN, NULL); break;
    case ']': l->nlsemi = true; emit(l, T_RBRACK, NULL); break;
    case '}': l->nlsemi = true; emit(l, T_RBRACE, NULL); break;
    case ':': op_or_assign(l, T_COLON, T_DEFINE); break;
    case '+':
        if (l->ch == '+') { next_ch(l); l->nlsemi = true; emit(l, T_INC, NULL); break; }
        op_or_assign(l, T_ADD, T_ADD_ASSIGN);
        break;
    case '-':
        if (l->ch == '-') { next_ch(l); l->nlsemi = true; emit(l, T_DEC, NULL); break; }
        op_or_assign(l, T_SUB, T_SUB_ASSIGN);
        break;
    case '*': op_or_assign(l, T_MUL, T_MUL_ASSIGN); break;
    case '/': op_or_assign(l, T_QUO, T_QUO_ASSIGN); break;
    case '%': op_or_assign(l, T_REM, T_REM_ASSIGN); break;
    case '&':
        if (l->ch == '&') { next_ch(l); emit(l, T_LAND, NULL); break; }
        if (l->ch == '^') { next_ch(l); op_or_assign(l, T_AND_NOT, T_AND_NOT_ASSIGN); break; }
        op_or_assign(l, T_AND, T_AND_ASSIGN);
        break;
    case '|':
        if (l->ch == '|') { next_ch(l); emit(l, T_LOR, NULL); break; }
        op_or_assign(l, T_OR, T_OR_ASSIGN);
        break;
    case '^': op_or_assign(l, T_XOR, T_XOR_ASSIGN); break;
    case '<':
        if (l->ch == '-') { next_ch(l); emit(l, T_ARROW, NULL); break; }
        if (l->ch == '<') { next_ch(l); op_or_assign(l, T_SHL, T_SHL_ASSIGN); break; }
        op_or_assign(l, T_LSS, T_LEQ);
        break;
    case '>':
        if (l->ch == '>') { next_ch(l); op_or_assign(l, T_SHR, T_SHR_ASSIGN); break; }
        op_or_assign(l, T_GTR, T_GEQ);
        break;
    case '=': op_or_assign(l, T_ASSIGN, T_EQL); break;
    case '!': op_or_assign(l, T_NOT, T_NEQ); break;
    case '~': emit(l, T_TILDE, NULL); break;
    default:
        return false;
    }
    return true;
}

/* ---- the scanner loop ------------------------------------------------- */

static void start_token(Lexer *l) {
    l->tok_line = l->line;
    l->tok_col = cur_col(l);
    l->tok_off = l->off;
}

/* Scans one token (or reports an invalid character and goes on). Returns
 * false at the end of the file. */
static bool scan_token(Lexer *l) {
    bool nlsemi = l->nlsemi;
    l->nlsemi = false;
    for (;;) {
        while (l->ch == ' ' || l->ch == '\t' || l->ch == '\r' || (l->ch == '\n' && !nlsemi))
            next_ch(l);
        start_token(l);
        if (l->ch == '/') {
            size_t next = l->off + 1;
            int c2 = next < l->len ? l->text[next] : -1;
            if (c2 == '/') {
                next_ch(l);
                next_ch(l);
                skip_line_comment(l);
                continue;
            }
            if (c2 == '*') {
                next_ch(l);
                next_ch(l);
                if (skip_general_comment(l) && nlsemi) {
                    emit(l, T_SEMICOLON, "newline");
                    return true;
                }
                continue;
            }
        }
        break;
    }
    int c = l->ch;
    if (is_letter(c) || (c >= 0x80 && ident_char(l, true))) {
        next_ch(l);
        scan_ident(l);
        return true;
    }
    if (c < 0) {
        if (nlsemi)
            emit(l, T_SEMICOLON, "EOF");
        emit(l, T_EOF, NULL);
        return false;
    }
    if (c == '\n') {
        next_ch(l);
        emit(l, T_SEMICOLON, "newline");
        return true;
    }
    if (is_decimal(c)) {
        scan_number(l, false);
        return true;
    }
    switch (c) {
    case '"': scan_string(l); return true;
    case '`': scan_raw_string(l); return true;
    case '\'': scan_rune(l); return true;
    case '.':
        next_ch(l);
        if (is_decimal(l->ch)) {
            scan_number(l, true);
            return true;
        }
        if (l->ch == '.' && l->off + 1 < l->len && l->text[l->off + 1] == '.') {
            next_ch(l);
            next_ch(l);
            emit(l, T_ELLIPSIS, NULL);
            return true;
        }
        emit(l, T_PERIOD, NULL);
        return true;
    }
    next_ch(l);
    if (scan_operator(l, c))
        return true;
    if (c != 0)   /* a NUL byte was already reported by next_ch */
        error_at_tok(l, 0, arena_printf(l->arena, "invalid character %s", fmt_U(l, c)));
    l->nlsemi = nlsemi;
    return true;
}

void lex_report_errors(Source *src, int upto, Diag *d) {
    while (src->errors_reported < src->nerrors &&
           src->errors[src->errors_reported].tok_index <= upto && !d->too_many) {
        LexError *e = &src->errors[src->errors_reported++];
        diag_error(d, e->pos, "%s", e->msg);
    }
}

void lex_source(Source *src, Arena *a) {
    Lexer l;
    memset(&l, 0, sizeof l);
    src->errors = NULL;
    src->nerrors = src->errors_reported = 0;
    l.src = src;
    l.arena = a;
    l.text = (const unsigned char *)src->text;
    l.len = src->len;
    l.line = 1;
    /* A leading BOM is skipped silently; gc counts columns after it. */
    if (l.len >= 3 && memcmp(l.text, "\xEF\xBB\xBF", 3) == 0)
        l.off = l.line_start = 3;
    /* Decode the first character: next_ch advances by chsize (0 here). */
    l.ch = 0;
    l.chsize = 0;
    next_ch(&l);
    while (scan_token(&l))
        ;
    src->toks = l.toks;
    src->ntoks = l.ntoks;
}

/* ---- token tables ----------------------------------------------------- */

static const char *const token_names[T_COUNT] = {
    [T_EOF] = "EOF", [T_IDENT] = "name", [T_INT] = "literal",
    [T_FLOAT] = "literal", [T_IMAG] = "literal", [T_CHAR] = "literal",
    [T_STRING] = "literal",
    [T_ADD] = "+", [T_SUB] = "-", [T_MUL] = "*", [T_QUO] = "/", [T_REM] = "%",
    [T_AND] = "&", [T_OR] = "|", [T_XOR] = "^", [T_SHL] = "<<", [T_SHR] = ">>",
    [T_AND_NOT] = "&^",
    [T_ADD_ASSIGN] = "+=", [T_SUB_ASSIGN] = "-=", [T_MUL_ASSIGN] = "*=",
    [T_QUO_ASSIGN] = "/=", [T_REM_ASSIGN] = "%=", [T_AND_ASSIGN] = "&=",
    [T_OR_ASSIGN] = "|=", [T_XOR_ASSIGN] = "^=", [T_SHL_ASSIGN] = "<<=",
    [T_SHR_ASSIGN] = ">>=", [T_AND_NOT_ASSIGN] = "&^=",
    [T_LAND] = "&&", [T_LOR] = "||", [T_ARROW] = "<-", [T_INC] = "++",
    [T_DEC] = "--", [T_EQL] = "==", [T_LSS] = "<", [T_GTR] = ">",
    [T_ASSIGN] = "=", [T_NOT] = "!", [T_TILDE] = "~", [T_NEQ] = "!=",
    [T_LEQ] = "<=", [T_GEQ] = ">=", [T_DEFINE] = ":=", [T_ELLIPSIS] = "...",
    [T_LPAREN] = "(", [T_LBRACK] = "[", [T_LBRACE] = "{", [T_COMMA] = "comma",
    [T_PERIOD] = ".", [T_RPAREN] = ")", [T_RBRACK] = "]", [T_RBRACE] = "}",
    [T_SEMICOLON] = "semicolon or newline", [T_COLON] = ":",
};

const char *token_text(TokenKind k) {
    if (k >= T_BREAK && k <= T_VAR)
        return keywords[k];
    if (k < T_COUNT && token_names[k])
        return token_names[k];
    return "?";
}

bool token_is_keyword(TokenKind k) { return k >= T_BREAK && k <= T_VAR; }

int token_binary_prec(TokenKind k) {
    switch (k) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 3;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND:
    case T_AND_NOT: return 5;
    default: return 0;
    }
}

TokenKind token_assign_base(TokenKind k) {
    switch (k) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    case T_AND_NOT_ASSIGN: return T_AND_NOT;
    default: return T_EOF;
    }
}
