/* compiler.h: the internal interface of the gomem compiler, grouped by the
 * file that defines each part (arena.c, diag.c, lex.c, parse*.c, dump.c).
 * The syntax tree itself is in ast.h.
 *
 * Glossary:
 *   Arena   bump allocator owning every object of one compilation
 *   Diag    the error list of one compilation (gc's sorting, per-line
 *           de-duplication of syntax errors, and 10-error limit)
 *   Token   one lexical token with its position and text
 *   Source  one input file: name, bytes, and its token array
 */
#ifndef GOMEM_COMPILER_H
#define GOMEM_COMPILER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ast.h"

/* ---- arena.c ---------------------------------------------------------- */

typedef struct ArenaChunk ArenaChunk;
typedef struct {
    ArenaChunk *chunks;   /* newest first */
    size_t used_total;    /* bytes handed out, for statistics */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);                      /* frees every chunk */
void *arena_alloc(Arena *a, size_t size);       /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* A growable array of pointers built in the arena; `nodelist_finish`
 * turns it into a NodeList. Old storage is abandoned to the arena. */
typedef struct {
    void **items;
    int len, cap;
} PtrVec;
void ptrvec_push(Arena *a, PtrVec *v, void *p);
NodeList nodelist_from(PtrVec *v);

/* A string built piece by piece in the arena (printed expressions and
 * types); buf is NULL until the first piece, then NUL-terminated. */
typedef struct {
    Arena *arena;
    char *buf;
    size_t len, cap;
} ArenaStr;
void astr_put(ArenaStr *s, const char *piece);
/* The capacity a growable buffer of capacity cap takes to hold need bytes:
 * doubled from cap (first when 0) until it is enough. */
size_t grown_capacity(size_t cap, size_t need, size_t first);

/* ---- diag.c ----------------------------------------------------------- */

enum { DIAG_MAX_ERRORS = 10 };

typedef struct {
    Pos pos;
    const char *msg;
    int seq;              /* report order, to keep the sort stable */
} DiagEntry;

typedef struct {
    Arena *arena;
    DiagEntry *entries;
    int len, cap;
    int nerrors;          /* errors kept, including those past the limit */
    int nsyntax;          /* of which "syntax error: ..." (they stop gc before
                             type checking; other parse errors do not) */
    int max_errors;       /* DIAG_MAX_ERRORS, or 0 for no limit (gc's -e) */
    bool too_many;        /* the limit was reached: passes should stop */
    bool stop;            /* give up without "too many errors" (nesting) */
    Pos last_syntax;      /* for gc's one-syntax-error-per-line rule */
    Pos too_many_pos;     /* the first error past the limit */
    Pos last_other;       /* the last non-syntax error and its message, */
    const char *last_other_msg;   /* for gc's one-equal-error-per-line rule */
} Diag;

void diag_init(Diag *d, Arena *a);
void diag_error(Diag *d, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_syntax_error(Diag *d, Pos pos, const char *msg);
/* Sort and print as gc does; returns the number of errors. */
int diag_flush(Diag *d, FILE *out);

/* ---- lex.c ------------------------------------------------------------ */

typedef enum {
    T_EOF,
    T_IDENT, T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING,
    /* operators */
    T_ADD, T_SUB, T_MUL, T_QUO, T_REM, T_AND, T_OR, T_XOR, T_SHL, T_SHR,
    T_AND_NOT,
    T_ADD_ASSIGN, T_SUB_ASSIGN, T_MUL_ASSIGN, T_QUO_ASSIGN, T_REM_ASSIGN,
    T_AND_ASSIGN, T_OR_ASSIGN, T_XOR_ASSIGN, T_SHL_ASSIGN, T_SHR_ASSIGN,
    T_AND_NOT_ASSIGN,
    T_LAND, T_LOR, T_ARROW, T_INC, T_DEC,
    T_EQL, T_LSS, T_GTR, T_ASSIGN, T_NOT, T_TILDE,
    T_NEQ, T_LEQ, T_GEQ, T_DEFINE, T_ELLIPSIS,
    T_LPAREN, T_LBRACK, T_LBRACE, T_COMMA, T_PERIOD,
    T_RPAREN, T_RBRACK, T_RBRACE, T_SEMICOLON, T_COLON,
    /* keywords */
    T_BREAK, T_CASE, T_CHAN, T_CONST, T_CONTINUE, T_DEFAULT, T_DEFER,
    T_ELSE, T_FALLTHROUGH, T_FOR, T_FUNC, T_GO, T_GOTO, T_IF, T_IMPORT,
    T_INTERFACE, T_MAP, T_PACKAGE, T_RANGE, T_RETURN, T_SELECT, T_STRUCT,
    T_SWITCH, T_TYPE, T_VAR,
    T_COUNT
} TokenKind;

typedef struct {
    TokenKind kind;
    int line, col;
    /* T_IDENT and literals: the text as written; T_SEMICOLON: "semicolon",
     * "newline" or "EOF" (what gc names it in errors); else NULL. */
    const char *lit;
} Token;

/* A lexical error, held back until the parser reaches the token where it
 * was found, so that errors are counted in the order gc finds them. */
typedef struct {
    Pos pos;
    const char *msg;
    int tok_index;        /* reported when the parser reaches this token */
} LexError;

typedef struct {
    const char *name;     /* file name as given */
    const char *text;     /* bytes, NUL-terminated copy in the arena */
    size_t len;
    Token *toks;          /* ends with exactly one T_EOF */
    int ntoks;
    LexError *errors;     /* in source order */
    int nerrors;
    int errors_reported;  /* errors[0..errors_reported) went to the Diag */
} Source;

/* Tokenizes src->text into src->toks; lexical errors go to src->errors. */
void lex_source(Source *src, Arena *a);
/* Hands the lexical errors found up to token `upto` to d. */
void lex_report_errors(Source *src, int upto, Diag *d);
const char *token_text(TokenKind k);          /* "+", "func", "name", ... */
bool token_is_keyword(TokenKind k);
/* The precedence of a binary operator (1..5), 0 if not binary. */
int token_binary_prec(TokenKind k);
/* The binary operator of a compound assignment (T_ADD for T_ADD_ASSIGN),
 * or T_EOF if k is not one. */
TokenKind token_assign_base(TokenKind k);

/* ---- parse.c, parse_type.c, parse_expr.c, parse_stmt.c ------------------ */

/* Parses one tokenized source file. Never returns NULL: after errors the
 * tree is partial (with N_BAD nodes) and d holds the errors. */
Node *parse_file(Source *src, Arena *a, Diag *d);

/* Reads and parses a file from disk (or a memory buffer, for the fuzzer). */
Node *parse_path(const char *path, Arena *a, Diag *d);
Node *parse_buffer(const char *name, const char *buf, size_t len,
                   Arena *a, Diag *d);

/* ---- branches.c ------------------------------------------------------- */

/* gc's checks of break/continue/goto/fallthrough and labels in one
 * function body (run by the parser on each body that parsed cleanly).
 * Returns the number of errors it reported. */
int check_branches(Node *body, Diag *d, Arena *a);

/* ---- dump.c ----------------------------------------------------------- */

/* Prints the tree as an S-expression, one top-level declaration a line,
 * with positions (@line:col) when with_pos is set. */
void dump_file(FILE *out, const Node *file, bool with_pos);

/* ---- print.c ---------------------------------------------------------- */

/* Go source text of an expression, type or simple statement; node_string
 * abbreviates literals as types2 does in errors (T{…}), node_string_full
 * prints everything (gc's parser messages). */
const char *node_string(Arena *a, const Node *n);
const char *node_string_full(Arena *a, const Node *n);
const char *list_string(Arena *a, NodeList l);   /* "a, b, c" */
/* The position of the first token of n (gc's StartPos): binary, selector,
 * index, call... nodes sit at their operator, their source starts left. */
Pos node_start_pos(const Node *n);

/* ---- main.c ----------------------------------------------------------- */

/* What `gomem build -gcflags=...` asked for, kept for the passes that come
 * after parsing (escape analysis reads diag_level). */
typedef struct {
    int m_level;          /* -m count or -m=N: 0 none, 1 decisions, 2 flows */
    bool no_inline;       /* -l (gomem never inlines; accepted for gc parity) */
    const char *out;      /* -o file, or NULL */
} BuildOptions;

/* ---- escape.c: escape analysis (issue 5) -------------------------------- */

/* The decision escape analysis records (escape.c's header has the details).
 * The emitter allocates ESC_HEAP in libgomem and ESC_NONE on the C stack;
 * ESC_UNKNOWN (nothing decided, e.g. the node is no allocation) is zero.
 *   Sym.esc   every parameter, result and local of a function with a body
 *             (ESC_HEAP: "moved to heap"); package-level variables stay
 *             ESC_UNKNOWN.
 *   Node.esc  bits 0-1, the node's own allocation: N_UNARY '&' of a
 *             composite literal; N_COMPOSITELIT of slice or map type (or of
 *             pointer type: an elided &T{} inside an outer literal);
 *             N_CALL new(T), make([]T, ...), make(map...), string(bytes /
 *             runes / int), []byte(s), []rune(s), an explicit conversion
 *             of a concrete value to an interface, and a variadic call
 *             without `...` (its implicit slice); N_BINARY string '+' (the
 *             outermost of a chain); N_FUNCLIT; N_SELECTOR method value;
 *             N_GO / N_DEFER whose call is wrapped (the wrapper record).
 *             Bits 2-3 ((esc >> 2) & 3), the implicit conversion of the
 *             node's value to an interface, on the converted operand when
 *             the value is not pointer-shaped.  Bits 4-5 ((esc >> 4) & 3),
 *             on an elided &T{} of slice or map type T: T's backing array
 *             or map (bits 0-1 are the pointer's cell). */
typedef enum { ESC_UNKNOWN = 0, ESC_NONE, ESC_HEAP } EscDecision;

/* Runs escape analysis on a checked package: records for every variable and
 * allocation site whether it lives on the stack or in the heap (Node.esc,
 * Sym), and with opt->m_level > 0 prints gc's -m diagnostics to `out`.
 * Returns 0, or EXIT_UNIMPLEMENTED (3) when it cannot decide. */
int escape_package(Node **files, int nfiles, Arena *a, const BuildOptions *opt, FILE *out);

/* ---- gen.c: C emission, cc, running (issue 6) --------------------------- */

/* Emits C for a checked, escape-analysed package, compiles it with the
 * system's cc against libgomem and golib, and (run) runs it with args.
 * Returns the process exit status to exit with. */
int gen_program(Node **files, int nfiles, Arena *a, const BuildOptions *opt, bool run,
                int argc, char **argv);

#endif
