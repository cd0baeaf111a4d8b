/* check.h: the type checker's shared state, used by check.c (packages,
 * declarations, scopes, type expressions), check_expr.c (expressions,
 * calls, builtins, constants) and check_stmt.c (statements, function
 * bodies). Nothing outside these files includes it.
 *
 * Invariants: `scope` is the innermost open block; `func` and `sig` describe
 * the function whose body is being checked (NULL at package level); `iota`
 * is the value of iota in the constant declaration being checked, or -1.
 */
#ifndef GOMEM_CHECK_H
#define GOMEM_CHECK_H

#include "types.h"

typedef struct Checker Checker;
struct Checker {
    Arena *arena;
    Diag *diag;
    Scope *universe;
    Scope *pkg;           /* package scope */
    Scope *scope;         /* current block */
    Node *func;           /* N_FUNC or N_FUNCLIT being checked, or NULL */
    Type *sig;            /* its signature */
    int iota;             /* -1 outside constant declarations */
    const char *pkg_path; /* NULL: the package being compiled; else a stub */
    PtrVec bodies;        /* N_FUNC / methods whose bodies remain to check */
    PtrVec imports;       /* SYM_PKG of every import, for "imported and not used" */
    PtrVec locals;        /* local variables, for "declared but not used" */
    PtrVec pending;       /* defined types waiting for their underlying type */
    PtrVec pending_embeds;/* interfaces embedding a type still being declared:
                             PendingEmbed (check.c) */
    Checker *universe_owner;
    int local_types;      /* defined types declared in functions so far */
};

/* check.c */
void check_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Scope *scope_open(Checker *c, Node *func);
void scope_close(Checker *c);
Sym *scope_lookup(Scope *s, const char *name);
Sym *scope_lookup_local(Scope *s, const char *name);
void scope_declare(Checker *c, Scope *s, Sym *sym);
Sym *sym_new(Checker *c, SymKind k, const char *name, Pos pos);
void resolve_sym(Checker *c, Sym *sym);
Type *type_expr(Checker *c, Node *n);
Type *func_type_expr(Checker *c, Node *ftype, bool declare_params);
void declare_local_decl(Checker *c, Node *decl);
void repeat_const_values(NodeList decls);
void declare_value_spec_syms(Checker *c, Node *spec, Sym **syms_out, bool local);
Sym *import_package(Checker *c, const char *path, Pos pos);

/* check_expr.c */
Type *check_expr(Checker *c, Node *n);          /* value or type, any mode */
Type *check_value(Checker *c, Node *n);         /* single value required */
/* Checks n (already checked) can be assigned to t; converts untyped
 * constants; context names the place for the error message. */
bool check_assignable(Checker *c, Node *n, Type *t, const char *context);
void check_expr_with(Checker *c, Node *n, Type *t, const char *context);
Type *check_call_results(Checker *c, Node *call);   /* tuple or single */
const char *operand_type_list(Checker *c, NodeList l, Type **orig);   /* "int, number" */
const char *field_type_list(Checker *c, const Field *f, int n, bool variadic);
bool const_to_int64(const Const *v, int64_t *out);
Type *check_composite_lit(Checker *c, Node *n, Type *hint);
void convert_untyped(Checker *c, Node *n, Type *t);
const char *operand_string(Checker *c, Node *n);   /* "variable of type int" */
const char *operand_desc(Checker *c, Node *n);     /* "x (variable of type int)" */

/* An expression's mode and type (ty_invalid for NULL); returns the type. */
static inline Type *set_mode(Node *n, Mode m, Type *t) {
    n->mode = m;
    n->ty = t ? t : ty_invalid;
    return n->ty;
}
static inline Type *invalid(Node *n) { return set_mode(n, MODE_INVALID, ty_invalid); }
/* Invalid, or typed invalid by an earlier error (already reported). */
static inline bool is_invalid(const Node *n) {
    return n->mode == MODE_INVALID ||
           (n->ty == ty_invalid && n->mode != MODE_BUILTIN && n->mode != MODE_PKG);
}
bool implicit_ok(Node *u, Type *t);   /* can untyped u take type t implicitly? */

/* check_const.c */
Type *const_from_literal(Checker *c, Node *n, Const *v);
bool const_binary(Arena *a, TokenKind op, const Const *x, const Const *y, Const *out,
                  bool integer);
bool const_compare(TokenKind op, const Const *x, const Const *y, Const *out);
bool const_unary(TokenKind op, const Const *x, Const *out, Type *t);
bool const_representable(Const *v, Type *t, bool *truncated);
const char *const_string(Arena *a, const Const *v);
const char *const_quoted_tag(Arena *a, const char *lit);

/* check_stmt.c */
void check_func_body(Checker *c, Node *fn, Type *sig, Node *body);
void check_block_stmts(Checker *c, NodeList stmts);
void check_value_spec(Checker *c, Node *spec, Sym **syms);

/* stdlib.c */
const char *stdlib_source(const char *path);   /* stub Go source, or NULL */

#endif
