/* parse.h: the parser's shared state and helpers, used by parse.c (file,
 * declarations, token helpers), parse_type.c (types, parameters),
 * parse_expr.c (expressions) and parse_stmt.c (statements). Nothing outside
 * these four files includes it.
 *
 * Invariants: `i` indexes a valid token and never moves past the final
 * T_EOF; every parsing loop stops at T_EOF; once the error limit is reached
 * (diag->too_many) the cursor jumps to T_EOF so that parsing winds down.
 * `depth` bounds recursion: past PARSE_MAX_DEPTH nested constructs the
 * parser reports an error instead of overflowing the C stack.
 */
#ifndef GOMEM_PARSE_H
#define GOMEM_PARSE_H

#include "compiler.h"

enum { PARSE_MAX_DEPTH = 400 };

typedef struct {
    Source *src;
    Arena *arena;
    Diag *diag;
    Token *toks;
    int ntoks;
    int i;          /* current token */
    int xnest;      /* expression nesting; < 0 in if/for/switch headers */
    int fnest;      /* function nesting, for error recovery */
    int depth;      /* recursion depth */
    int groups;     /* const group ids handed out */
    int branch_errors;  /* errors of check_branches: not parse errors */
} Parser;

/* parse.c: tokens, errors, nodes */
TokenKind tok(Parser *p);
TokenKind peek(Parser *p, int n);
const Token *cur(Parser *p);
Pos pos_now(Parser *p);
void next(Parser *p);
bool got(Parser *p, TokenKind k);
void want(Parser *p, TokenKind k);
void syntax_error(Parser *p, const char *msg);
void syntax_error_at(Parser *p, Pos pos, const char *msg);
/* Skips tokens until one in `follow` (or a statement keyword inside a
 * function, or EOF); with n == 0 skips exactly one token. */
void advance(Parser *p, const TokenKind *follow, int n);
#define ADVANCE(p, ...)                                                     \
    advance((p), (const TokenKind[]){__VA_ARGS__},                          \
            (int)(sizeof((const TokenKind[]){__VA_ARGS__}) / sizeof(TokenKind)))
Node *new_node(Parser *p, NodeKind k, Pos pos);
Node *bad_node(Parser *p);
Node *ident(Parser *p);             /* a name, or N_BAD after an error */
bool enter(Parser *p);              /* depth guard; false if too deep */
void leave(Parser *p);
/* list = [ f { sep f } [ sep ] ] close: calls f for each element;
 * returns the position of the closing token. */
Pos parse_list(Parser *p, const char *context, TokenKind sep, TokenKind close,
               bool (*f)(Parser *, void *), void *ctx);
Node *type_decl_spec(Parser *p, int group, int iota);
Node *var_decl_spec(Parser *p, int group, int iota);
Node *const_decl_spec(Parser *p, int group, int iota);
/* Parses one declaration (or a parenthesized group) after its keyword. */
void decl_group(Parser *p, Node *(*spec)(Parser *, int, int), PtrVec *out);

/* parse_type.c */
Node *type_(Parser *p);             /* a type, or N_BAD with an error */
Node *type_or_nil(Parser *p);
bool type_list(Parser *p, PtrVec *out);
Node *func_type(Parser *p, Pos pos);  /* signature after `func` */
Node *func_type_params(Parser *p, const char *context, NodeList *tparams);
void signature(Parser *p, Node *ftype);
NodeList parameters(Parser *p, TokenKind close, bool type_params);
Node *struct_type(Parser *p);
Node *interface_type(Parser *p);
Node *chan_or_array_elem(Parser *p, const char *context);

/* parse_expr.c */
Node *expression(Parser *p);
Node *unary_expr(Parser *p);
Node *primary_expr(Parser *p, Node *operand);
NodeList expression_list(Parser *p);
Node *literal_value(Parser *p, Node *type);
Node *func_lit_or_type(Parser *p);
bool is_type_switch_guard(const Node *n);

/* parse_stmt.c */
Node *block(Parser *p, const char *context);
Node *func_body(Parser *p);
NodeList statement_list(Parser *p);

#endif
