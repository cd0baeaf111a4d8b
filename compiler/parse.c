/* parse.c: the parser's entry points, its token cursor and error handling,
 * and the top level of the grammar (source file, imports, const/var/type
 * declarations, function and method declarations). Types, expressions and
 * statements are in parse_type.c, parse_expr.c and parse_stmt.c.
 *
 * Technique: recursive descent over the token array made by lex.c, one
 * function per grammar rule, named after the rule in the Go specification.
 * Arbitrary lookahead is a plain index (peek), which settles the few places
 * where Go's grammar needs more than one token (type parameters versus
 * array lengths, parameter names versus types). Syntax errors follow gc:
 * "syntax error: unexpected X, expecting Y" (the current token named the
 * way gc names it), at most one per line, then recovery by skipping to a
 * token in a follow set (advance), stopping at statement keywords inside a
 * function body. Every loop either consumes a token or stops, so the
 * parser terminates on any input; recursion is bounded by PARSE_MAX_DEPTH.
 *
 * Invariants: see parse.h.
 */
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* ---- the token cursor ------------------------------------------------- */

TokenKind tok(Parser *p) { return p->toks[p->i].kind; }

TokenKind peek(Parser *p, int n) {
    int j = p->i + n;
    if (j >= p->ntoks)
        j = p->ntoks - 1;
    return p->toks[j].kind;
}

const Token *cur(Parser *p) { return &p->toks[p->i]; }

Pos pos_now(Parser *p) {
    Pos pos = {p->src->name, p->toks[p->i].line, p->toks[p->i].col};
    return pos;
}

void next(Parser *p) {
    if (p->diag->too_many || p->diag->stop) {
        p->i = p->ntoks - 1;   /* wind down: everything sees EOF now */
        return;
    }
    if (p->i < p->ntoks - 1)
        p->i++;
    lex_report_errors(p->src, p->i, p->diag);
}

bool got(Parser *p, TokenKind k) {
    if (tok(p) == k) {
        next(p);
        return true;
    }
    return false;
}

void want(Parser *p, TokenKind k) {
    if (!got(p, k)) {
        syntax_error(p, arena_printf(p->arena, "expecting %s", token_text(k)));
        advance(p, NULL, 0);
    }
}

/* ---- errors ----------------------------------------------------------- */

static bool has_prefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The current token as gc names it in "unexpected X". */
static const char *describe_token(Parser *p) {
    const Token *t = cur(p);
    switch (t->kind) {
    case T_IDENT:
    case T_SEMICOLON:
        return t->lit ? t->lit : "semicolon";
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return arena_printf(p->arena, "literal %s", t->lit);
    default:
        return token_text(t->kind);
    }
}

void syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (tok(p) == T_EOF && p->diag->nerrors > 0)
        return;   /* avoid meaningless follow-up errors */
    const char *sep;
    if (msg[0] == '\0')
        sep = "";
    else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") || has_prefix(msg, "after "))
        sep = " ";
    else if (has_prefix(msg, "expecting "))
        sep = ", ";
    else {
        diag_syntax_error(p->diag, pos, msg);
        return;
    }
    diag_syntax_error(p->diag, pos,
                      arena_printf(p->arena, "unexpected %s%s%s", describe_token(p), sep, msg));
}

void syntax_error(Parser *p, const char *msg) { syntax_error_at(p, pos_now(p), msg); }

static bool is_stop_token(TokenKind k) {
    switch (k) {
    case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER: case T_FALLTHROUGH:
    case T_FOR: case T_GO: case T_GOTO: case T_IF: case T_RETURN: case T_SELECT:
    case T_SWITCH: case T_TYPE: case T_VAR:
        return true;
    default:
        return false;
    }
}

void advance(Parser *p, const TokenKind *follow, int n) {
    if (n == 0) {
        if (tok(p) != T_EOF)
            next(p);
        return;
    }
    for (;;) {
        TokenKind k = tok(p);
        if (k == T_EOF || (p->fnest > 0 && is_stop_token(k)))
            return;
        for (int j = 0; j < n; j++)
            if (follow[j] == k)
                return;
        next(p);
    }
}

/* ---- nodes ------------------------------------------------------------ */

Node *new_node(Parser *p, NodeKind k, Pos pos) {
    Node *n = arena_alloc(p->arena, sizeof(Node));
    n->kind = k;
    n->pos = pos;
    return n;
}

Node *bad_node(Parser *p) { return new_node(p, N_BAD, pos_now(p)); }

Node *ident(Parser *p) {
    if (tok(p) == T_IDENT) {
        Node *n = new_node(p, N_IDENT, pos_now(p));
        n->name = cur(p)->lit;
        next(p);
        return n;
    }
    Node *n = bad_node(p);
    n->kind = N_IDENT;
    n->name = "_";
    syntax_error(p, "expecting name");
    advance(p, NULL, 0);
    return n;
}

bool enter(Parser *p) {
    if (p->depth >= PARSE_MAX_DEPTH) {
        if (!p->diag->stop) {
            diag_error(p->diag, pos_now(p), "program too deeply nested");
            p->diag->stop = true;   /* give up on this file */
        }
        return false;
    }
    p->depth++;
    return true;
}

void leave(Parser *p) { p->depth--; }

Pos parse_list(Parser *p, const char *context, TokenKind sep, TokenKind close,
               bool (*f)(Parser *, void *), void *ctx) {
    bool done = false;
    while (tok(p) != T_EOF && tok(p) != close && !done) {
        int before = p->i;
        done = f(p, ctx);
        if (!got(p, sep) && tok(p) != close) {
            syntax_error(p, arena_printf(p->arena, "in %s; possibly missing %s or %s", context,
                                         token_text(sep), token_text(close)));
            ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (tok(p) != close)
                return pos_now(p);
        } else if (p->i == before) {
            advance(p, NULL, 0);   /* no progress: never loop in place */
        }
    }
    Pos end = pos_now(p);
    want(p, close);
    return end;
}

/* ---- declarations ----------------------------------------------------- */

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static Node *import_spec(Parser *p, int group, int iota) {
    (void)group;
    (void)iota;
    Node *n = new_node(p, N_IMPORT, pos_now(p));
    if (tok(p) == T_IDENT) {
        n->name = cur(p)->lit;
        next(p);
    } else if (tok(p) == T_PERIOD) {
        n->name = ".";
        next(p);
    }
    TokenKind k = tok(p);
    if (k != T_STRING && k != T_INT && k != T_FLOAT && k != T_IMAG && k != T_CHAR) {
        syntax_error(p, "missing import path");
        ADVANCE(p, T_SEMICOLON, T_RPAREN);
        return n;
    }
    n->lit = cur(p)->lit;
    next(p);
    if (k != T_STRING)
        syntax_error(p, "import path must be a string");   /* after it, as gc */
    return n;
}

typedef struct {
    Node *(*spec)(Parser *, int, int);
    PtrVec *out;
    int group;
    int iota;
} GroupCtx;

static bool group_elem(Parser *p, void *ctx) {
    GroupCtx *g = ctx;
    Node *n = g->spec(p, g->group, g->iota++);
    if (n)
        ptrvec_push(p->arena, g->out, n);
    return false;
}

void decl_group(Parser *p, Node *(*spec)(Parser *, int, int), PtrVec *out) {
    if (got(p, T_LPAREN)) {
        GroupCtx g = {spec, out, ++p->groups, 0};
        parse_list(p, "grouped declaration", T_SEMICOLON, T_RPAREN, group_elem, &g);
        return;
    }
    Node *n = spec(p, 0, 0);
    if (n)
        ptrvec_push(p->arena, out, n);
}

static NodeList identifier_list(Parser *p) {
    PtrVec v = {0};
    ptrvec_push(p->arena, &v, ident(p));
    while (got(p, T_COMMA))
        ptrvec_push(p->arena, &v, ident(p));
    return nodelist_from(&v);
}

/* gc accepts := where = belongs, with an error, for better recovery. */
static bool got_assign(Parser *p) {
    if (tok(p) == T_DEFINE)
        syntax_error(p, "expecting =");
    if (tok(p) == T_ASSIGN || tok(p) == T_DEFINE) {
        next(p);
        return true;
    }
    return false;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
Node *const_decl_spec(Parser *p, int group, int iota) {
    Node *n = new_node(p, N_CONST, pos_now(p));
    n->group = group;
    n->iota = iota;
    n->list = identifier_list(p);
    if (tok(p) != T_EOF && tok(p) != T_SEMICOLON && tok(p) != T_RPAREN) {
        n->type = type_or_nil(p);
        if (got_assign(p))
            n->list2 = expression_list(p);
    }
    return n;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
Node *var_decl_spec(Parser *p, int group, int iota) {
    (void)iota;
    Node *n = new_node(p, N_VAR, pos_now(p));
    n->group = group;
    n->list = identifier_list(p);
    if (got_assign(p)) {
        n->list2 = expression_list(p);
        return n;
    }
    n->type = type_(p);
    if (got_assign(p))
        n->list2 = expression_list(p);
    return n;
}

/* Decides whether `type Name [` starts type parameters (true) or an array
 * type (false). The cursor is on the `[`. Go 1.19's rules: a single name
 * followed by `]` is an array length; a name followed by something that
 * can only start a type is a type parameter; `P *C` and `P (C)` are array
 * lengths unless a comma follows them. */
static bool starts_type_params(Parser *p) {
    if (peek(p, 1) != T_IDENT)
        return false;
    switch (peek(p, 2)) {
    case T_RBRACK:
        return false;
    case T_COMMA: case T_IDENT: case T_LBRACK: case T_TILDE: case T_INTERFACE:
    case T_FUNC: case T_CHAN: case T_MAP: case T_STRUCT: case T_ARROW:
        return true;
    case T_PERIOD:
        /* [P pkg.C] is not valid; [N pkg.M]... is an expression: array */
        return false;
    case T_MUL: case T_LPAREN: {
        int depth = 0;
        for (int j = 2;; j++) {
            TokenKind k = peek(p, j);
            if (k == T_EOF || k == T_SEMICOLON || k == T_LBRACE)
                return false;
            if (k == T_LBRACK || k == T_LPAREN)
                depth++;
            else if (k == T_RPAREN || (k == T_RBRACK && depth > 0))
                depth--;
            else if (k == T_RBRACK)
                return false;
            else if (k == T_COMMA && depth == 0)
                return true;
        }
    }
    default:
        return false;
    }
}

/* TypeSpec = identifier [ TypeParameters ] [ "=" ] Type . */
Node *type_decl_spec(Parser *p, int group, int iota) {
    (void)iota;
    Node *n = new_node(p, N_TYPE, pos_now(p));
    n->group = group;
    Node *name = ident(p);
    n->name = name->name;
    if (tok(p) == T_LBRACK && starts_type_params(p)) {
        next(p);
        n->list = parameters(p, T_RBRACK, true);
    }
    if (got_assign(p))
        n->op = T_ASSIGN;
    n->type = type_or_nil(p);
    if (!n->type) {
        n->type = bad_node(p);
        syntax_error(p, "in type declaration");
        ADVANCE(p, T_SEMICOLON, T_RPAREN);
    }
    return n;
}

/* FunctionDecl = "func" [ Receiver ] FunctionName [ TypeParameters ]
 *                Signature [ FunctionBody ] . */
static Node *function_decl(Parser *p) {
    Node *fn = new_node(p, N_FUNC, pos_now(p));
    want(p, T_FUNC);
    if (got(p, T_LPAREN)) {
        NodeList recv = parameters(p, T_RPAREN, false);
        if (recv.len == 0)
            diag_error(p->diag, pos_now(p), "method has no receiver");
        else if (recv.len > 1)
            diag_error(p->diag, pos_now(p), "method has multiple receivers");
        if (recv.len > 0)
            fn->recv = recv.items[0];
    }
    if (tok(p) != T_IDENT) {
        syntax_error(p, "expecting name or (");
        ADVANCE(p, T_LBRACE, T_SEMICOLON);
        return NULL;
    }
    fn->name = cur(p)->lit;
    fn->end = pos_now(p);   /* the name */
    next(p);
    fn->type = func_type_params(p, fn->recv ? "method" : NULL, &fn->list);
    if (tok(p) == T_LBRACE)
        fn->body = func_body(p);
    return fn;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
static Node *source_file(Parser *p) {
    Node *file = new_node(p, N_FILE, pos_now(p));
    PtrVec decls = {0};
    if (!got(p, T_PACKAGE)) {
        syntax_error(p, "package statement must be first");
        return file;
    }
    int errors_before = p->diag->nerrors;
    file->name = ident(p)->name;
    want(p, T_SEMICOLON);
    if (p->diag->nerrors > errors_before)
        return file;   /* gc gives up after a bad package clause */
    while (got(p, T_IMPORT)) {
        decl_group(p, import_spec, &decls);
        want(p, T_SEMICOLON);
    }
    while (tok(p) != T_EOF) {
        TokenKind k = tok(p);
        if (k == T_CONST || k == T_VAR || k == T_TYPE) {
            next(p);
            decl_group(p, k == T_CONST ? const_decl_spec
                          : k == T_VAR ? var_decl_spec : type_decl_spec, &decls);
        } else if (k == T_FUNC) {
            Node *fn = function_decl(p);
            if (fn)
                ptrvec_push(p->arena, &decls, fn);
        } else {
            Node *last = decls.len ? decls.items[decls.len - 1] : NULL;
            if (k == T_LBRACE && last && last->kind == N_FUNC && !last->body)
                syntax_error(p, "unexpected semicolon or newline before {");
            else
                syntax_error(p, "non-declaration statement outside function body");
            next(p);
            ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
            continue;
        }
        if (tok(p) != T_EOF && !got(p, T_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    file->list = nodelist_from(&decls);
    return file;
}

Node *parse_file(Source *src, Arena *a, Diag *d) {
    Parser p;
    memset(&p, 0, sizeof p);
    p.src = src;
    p.arena = a;
    p.diag = d;
    p.toks = src->toks;
    p.ntoks = src->ntoks;
    lex_report_errors(src, 0, d);
    Node *file = source_file(&p);
    lex_report_errors(src, p.i, d);   /* gc never scans past where it stopped */
    return file;
}

Node *parse_buffer(const char *name, const char *buf, size_t len, Arena *a, Diag *d) {
    Source *src = arena_alloc(a, sizeof(Source));
    src->name = arena_strdup(a, name);
    src->text = arena_strndup(a, buf, len);
    src->len = len;
    lex_source(src, a);
    return parse_file(src, a, d);
}

Node *parse_path(const char *path, Arena *a, Diag *d) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        Pos pos = {path, 0, 0};
        (void)pos;
        fprintf(stderr, "gomem: open %s: ", path);
        perror(NULL);
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "gomem: out of memory reading %s\n", path);
        return NULL;
    }
    Node *file = parse_buffer(path, buf, len, a, d);
    free(buf);
    return file;
}
