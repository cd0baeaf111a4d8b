/* check_stmt.c: type checking of function bodies and statements: blocks,
 * declarations in functions, assignments and short variable declarations
 * (with multi-value calls and the comma-ok forms), inc/dec, sends, go and
 * defer, return (naked or not, with f() forwarding), if/for/range/switch/
 * type switch/select, labels and branches; then "declared but not used"
 * for local variables and "missing return" for functions with results.
 *
 * Technique: one block scope per block and per if/for/switch/case clause,
 * as the specification requires. A variable counts as used when it is
 * read, not when it is assigned (x = 1, x++, x += 1 do not use x), as gc.
 * A function with results must end in a terminating statement (the
 * specification's definition, with its "no break" rule for loops).
 *
 * Invariants: as check_expr.c; c->locals holds the variables declared in
 * the current top-level function until it is done.
 */
#include <string.h>

#include "check.h"

static void check_stmt(Checker *c, Node *s);

/* ---- value specs (var and const declarations) -------------------------- */

static bool is_comma_ok_expr(Node *x) {
    while (x->kind == N_PAREN)
        x = x->x;
    return x->mode == MODE_MAPINDEX || x->mode == MODE_COMMAOK;
}

/* "assignment mismatch: 2 variables but f returns 3 values", at the call. */
static void mismatch(Checker *c, int n, Node *v) {
    Node *u = v;
    while (u->kind == N_PAREN)
        u = u->x;
    int have = v->ty->kind == TY_TUPLE ? v->ty->nfields : 1;
    if (u->kind == N_CALL)
        check_error(c, node_start_pos(v), "assignment mismatch: %d variable%s but %s returns %d value%s",
                    n, n == 1 ? "" : "s", node_string(c->arena, u->x), have, have == 1 ? "" : "s");
    else
        check_error(c, node_start_pos(v), "assignment mismatch: %d variable%s but %d value%s", n,
                    n == 1 ? "" : "s", have, have == 1 ? "" : "s");
}

/* Assigns the types of `values` (checked here) to the n new variables in
 * syms: n values, one multi-value call, or one comma-ok expression. */
static void init_vars(Checker *c, Sym **syms, int n, Type *t, NodeList values, Pos pos) {
    if (values.len == 1 && n > 1) {
        Node *v = values.items[0];
        check_expr(c, v);
        if (is_invalid(v))
            return;
        if (v->ty->kind == TY_TUPLE && v->ty->nfields == n) {
            for (int i = 0; i < n; i++) {
                Type *vt = v->ty->fields[i].type;
                if (t && !types_identical(vt, t) && !type_is_interface(t))
                    check_error(c, node_start_pos(v), "cannot use %s value as %s value in assignment",
                                type_string(c->arena, vt), type_string(c->arena, t));
                syms[i]->type = t ? t : vt;
            }
            return;
        }
        if (n == 2 && is_comma_ok_expr(v)) {
            if (t)
                check_assignable(c, v, t, "assignment");
            syms[0]->type = t ? t : type_default(v->ty);
            syms[1]->type = ty_basic[TY_BOOL];
            if (v->mode == MODE_MAPINDEX || v->mode == MODE_COMMAOK)
                v->mode = MODE_COMMAOK;   /* used in its two-value form */
            return;
        }
        mismatch(c, n, v);
        return;
    }
    if (values.len == 1 && n == 1 && values.items[0]->kind == N_CALL) {
        Node *v = values.items[0];
        check_expr(c, v);   /* calls are never checked twice (check_call_results) */
        if (!is_invalid(v) && v->ty->kind == TY_TUPLE && v->ty->nfields != 1) {
            mismatch(c, 1, v);
            return;
        }
    }
    if (values.len != n) {
        check_error(c, values.len ? node_start_pos(values.items[0]) : pos,
                    "assignment mismatch: %d variable%s but %d value%s", n,
                    n == 1 ? "" : "s", values.len, values.len == 1 ? "" : "s");
        for (int i = 0; i < values.len; i++)
            check_expr(c, values.items[i]);
        return;
    }
    for (int i = 0; i < n; i++) {
        Node *v = values.items[i];
        if (t) {
            int before = c->diag->nerrors;
            check_expr_with(c, v, t, "variable declaration");
            syms[i]->type = t;
            if (c->diag->nerrors > before)
                syms[i]->used = true;   /* no "declared but not used" on top */
            continue;
        }
        check_expr_with(c, v, NULL, "assignment");
        if (is_invalid(v)) {
            syms[i]->used = true;   /* as types2: no "declared but not used" on top */
            continue;
        }
        if (v->ty->kind == TY_UNTYPED_NIL) {
            check_error(c, node_start_pos(v), "use of untyped nil in variable declaration");
            continue;
        }
        if (v->ty->kind == TY_TUPLE) {
            check_error(c, node_start_pos(v), "multiple-value %s (value of type %s) in single-value context",
                        node_string(c->arena, v), type_string(c->arena, v->ty));
            continue;
        }
        Type *d = type_default(v->ty);
        if (type_is_untyped(v->ty))
            check_assignable(c, v, d, "variable declaration");
        syms[i]->type = d;
    }
}

static void init_consts(Checker *c, Sym **syms, int n, Type *t, Node *spec) {
    NodeList values = spec->list2;
    if (values.len != n) {
        check_error(c, spec->pos, values.len < n ? "missing init expr for const declaration"
                                                 : "extra init expr");
        return;
    }
    for (int i = 0; i < n; i++) {
        Node *v = values.items[i];
        check_expr(c, v);
        if (is_invalid(v))
            continue;
        if (v->mode != MODE_CONST || !v->val) {
            check_error(c, node_start_pos(v), "%s (%s) is not constant", node_string(c->arena, v),
                        operand_string(c, v));
            continue;
        }
        if (t && !check_assignable(c, v, t, "constant declaration"))
            continue;
        syms[i]->type = t ? t : v->ty;
        syms[i]->val = *v->val;
    }
}

void check_value_spec(Checker *c, Node *spec, Sym **syms) {
    Type *t = spec->type ? type_expr(c, spec->type) : NULL;
    int n = spec->list.len;
    int iota = c->iota;
    if (spec->kind == N_CONST) {
        c->iota = spec->iota;
        if (t && !type_is_untyped(t) && type_under(t)->kind > TY_STRING && t->kind != TY_INVALID)
            check_error(c, spec->type->pos, "invalid constant type %s", type_string(c->arena, t));
        init_consts(c, syms, n, t, spec);
        c->iota = iota;
        for (int i = 0; i < n; i++)
            if (!syms[i]->type)
                syms[i]->type = ty_invalid;
        return;
    }
    if (spec->list2.len == 0) {
        for (int i = 0; i < n; i++)
            syms[i]->type = t ? t : ty_invalid;
        return;
    }
    init_vars(c, syms, n, t, spec->list2, spec->pos);
}

/* ---- assignments ------------------------------------------------------ */

/* Checks an assignment target; a plain variable name is not a "use". */
static Type *check_lhs(Checker *c, Node *x) {
    if (x->kind == N_PAREN) {
        Type *t = check_lhs(c, x->x);
        x->ty = x->x->ty;
        x->mode = x->x->mode;
        return t;
    }
    if (x->kind == N_IDENT && strcmp(x->name, "_") == 0) {
        x->mode = MODE_VAR;
        x->ty = NULL;   /* blank: takes anything */
        return NULL;
    }
    if (x->kind == N_IDENT) {
        Sym *s = scope_lookup(c->scope, x->name);
        if (s && s->kind == SYM_VAR) {
            bool used = s->used;
            check_expr(c, x);
            s->used = used;
            return x->ty;
        }
    }
    check_expr(c, x);
    if (is_invalid(x))
        return ty_invalid;
    if (x->mode == MODE_CONST || (x->mode == MODE_VALUE && x->kind == N_IDENT)) {
        check_error(c, node_start_pos(x), "cannot assign to %s (%s)", node_string(c->arena, x),
                    operand_string(c, x));
        return ty_invalid;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX) {
        const char *what = x->kind == N_SELECTOR && x->x->mode == MODE_MAPINDEX
                               ? "cannot assign to struct field %s in map"
                               : "cannot assign to %s (neither addressable nor a map index expression)";
        check_error(c, node_start_pos(x), what, node_string(c->arena, x));
        return ty_invalid;
    }
    return x->ty;
}

/* Assigns the checked value v to a target of type lt (NULL: the blank). */
static void assign_value(Checker *c, Node *lhs, Type *lt, Node *v) {
    if (is_invalid(v))
        return;
    if (lt == NULL) {   /* _ = v */
        if (v->ty->kind == TY_UNTYPED_NIL)
            check_error(c, node_start_pos(v), "use of untyped nil in assignment");
        else if (type_is_untyped(v->ty))
            convert_untyped(c, v, type_default(v->ty));
        for (Node *l = lhs; l; l = l->kind == N_PAREN ? l->x : NULL)
            l->ty = v->ty;   /* the blank takes the value's type */
        return;
    }
    if (lt == ty_invalid)
        return;
    check_assignable(c, v, lt, "assignment");
}

/* As types2: the right side is evaluated first, then the left side. */
static void check_assign(Checker *c, Node *s) {
    NodeList lhs = s->list, rhs = s->list2;
    Type **lt = arena_alloc(c->arena, sizeof(Type *) * (size_t)(lhs.len + 1));
    if (rhs.len == 1 && lhs.len > 1) {
        Node *v = rhs.items[0];
        check_expr(c, v);
        for (int i = 0; i < lhs.len; i++)
            lt[i] = check_lhs(c, lhs.items[i]);
        if (is_invalid(v))
            return;
        if (v->ty->kind == TY_TUPLE && v->ty->nfields == lhs.len) {
            for (int i = 0; i < lhs.len; i++) {
                Type *vt = v->ty->fields[i].type;
                if (!lt[i])
                    lhs.items[i]->ty = vt;
                if (lt[i] && lt[i] != ty_invalid && !types_identical(vt, lt[i]) &&
                    !type_is_interface(lt[i]) && !types_identical(type_under(vt), type_under(lt[i])))
                    check_error(c, node_start_pos(v), "cannot use %s value as %s value in assignment",
                                type_string(c->arena, vt), type_string(c->arena, lt[i]));
            }
            return;
        }
        if (lhs.len == 2 && is_comma_ok_expr(v)) {
            if (lt[0] && lt[0] != ty_invalid)
                check_assignable(c, v, lt[0], "assignment");
            if (!lt[0])
                lhs.items[0]->ty = type_default(v->ty);
            if (!lt[1])
                lhs.items[1]->ty = ty_basic[TY_BOOL];
            v->mode = MODE_COMMAOK;
            return;
        }
        mismatch(c, lhs.len, v);
        return;
    }
    for (int i = 0; i < rhs.len; i++)
        check_value(c, rhs.items[i]);
    for (int i = 0; i < lhs.len; i++)
        lt[i] = check_lhs(c, lhs.items[i]);
    if (lhs.len != rhs.len) {
        for (int i = 0; i < rhs.len; i++)
            if (is_invalid(rhs.items[i]))
                return;   /* as types2: no second error */
        check_error(c, node_start_pos(rhs.items[0]), "assignment mismatch: %d variable%s but %d value%s",
                    lhs.len, lhs.len == 1 ? "" : "s", rhs.len, rhs.len == 1 ? "" : "s");
        return;
    }
    for (int i = 0; i < lhs.len; i++)
        assign_value(c, lhs.items[i], lt[i], rhs.items[i]);
}

static void check_short_var_decl(Checker *c, Node *s) {
    NodeList lhs = s->list;
    Sym **syms = arena_alloc(c->arena, sizeof(Sym *) * (size_t)(lhs.len + 1));
    bool any_new = false;
    for (int i = 0; i < lhs.len; i++) {
        Node *x = lhs.items[i];
        if (x->kind != N_IDENT) {
            check_error(c, node_start_pos(x), "non-name %s on left side of :=", node_string(c->arena, x));
            check_expr(c, x);
            continue;
        }
        Sym *old = strcmp(x->name, "_") ? scope_lookup_local(c->scope, x->name) : NULL;
        if (old && old->kind == SYM_VAR) {
            x->sym = old;
            syms[i] = old;
            continue;
        }
        Sym *v = sym_new(c, SYM_VAR, x->name, x->pos);
        v->decl = x;
        v->state = SYM_RESOLVING;
        x->sym = v;
        syms[i] = v;
        if (strcmp(x->name, "_") != 0)
            any_new = true;
    }
    if (!any_new)
        check_error(c, s->pos, "no new variables on left side of :=");
    /* the right side is checked before the new names come into scope */
    Sym **fresh = arena_alloc(c->arena, sizeof(Sym *) * (size_t)(lhs.len + 1));
    for (int i = 0; i < lhs.len; i++) {
        fresh[i] = sym_new(c, SYM_VAR, "_", s->pos);
        fresh[i]->state = SYM_RESOLVING;
    }
    int errors = c->diag->nerrors;
    init_vars(c, fresh, lhs.len, NULL, s->list2, s->pos);
    bool failed = c->diag->nerrors > errors;
    for (int i = 0; i < lhs.len; i++) {
        Sym *v = syms[i];
        if (!v)
            continue;
        if (failed || fresh[i]->used)
            v->used = true;   /* as types2: no "declared but not used" on top */
        Type *t = fresh[i]->type ? fresh[i]->type : ty_invalid;
        if (v->state == SYM_RESOLVING) {   /* a new variable */
            v->type = t;
            v->state = SYM_RESOLVED;
            v->func = c->scope->func;
            lhs.items[i]->ty = t;
            lhs.items[i]->mode = MODE_VAR;
            if (strcmp(v->name, "_") != 0) {
                scope_declare(c, c->scope, v);
                ptrvec_push(c->arena, &c->locals, v);
            }
        } else {   /* redeclared: an assignment to the old variable */
            lhs.items[i]->ty = v->type;
            lhs.items[i]->mode = MODE_VAR;
            if (t != ty_invalid && !types_identical(t, v->type) && !type_is_interface(v->type))
                check_error(c, node_start_pos(lhs.items[i]), "cannot use %s value as %s value in assignment",
                            type_string(c->arena, t), type_string(c->arena, v->type));
        }
    }
}

/* x op= y, checked as the binary operation x op y (as types2 does). */
static void check_op_assign(Checker *c, Node *s) {
    Node *x = s->list.items[0], *y = s->list2.items[0];
    check_value(c, y);
    Type *xt = check_lhs(c, x);
    if (x->kind == N_IDENT && x->sym)
        x->sym->used = true;   /* x op= y reads x (gc counts it as a use) */
    if (!xt || xt == ty_invalid || is_invalid(y))
        return;
    TokenKind op = token_assign_base((TokenKind)s->op);
    if (op == T_SHL || op == T_SHR) {
        if (type_is_untyped(y->ty))
            convert_untyped(c, y, ty_basic[TY_UINT]);
        if (!type_is_integer(xt))
            check_error(c, node_start_pos(x), "invalid operation: shifted operand %s (variable of type %s) must be integer",
                        node_string(c->arena, x), type_string(c->arena, xt));
        return;
    }
    bool match = type_is_untyped(y->ty) ? implicit_ok(y, xt) : types_identical(xt, y->ty);
    if (!match) {
        check_error(c, node_start_pos(x), "invalid operation: %s (mismatched types %s and %s)",
                    node_string(c->arena, s), type_string(c->arena, xt), type_string(c->arena, y->ty));
        return;
    }
    if (type_is_untyped(y->ty) && !check_assignable(c, y, xt, "assignment"))
        return;
    bool ok = op == T_ADD ? type_is_numeric(xt) || type_is_string(xt)
            : (op == T_SUB || op == T_MUL || op == T_QUO) ? type_is_numeric(xt)
            : type_is_integer(xt);
    if (!ok)
        check_error(c, node_start_pos(x), "invalid operation: operator %s not defined on %s (variable of type %s)",
                    token_text(op), node_string(c->arena, x), type_string(c->arena, xt));
}

/* ---- statements ------------------------------------------------------- */

static void check_cond(Checker *c, Node *cond, const char *what) {
    if (!cond)
        return;
    check_value(c, cond);
    if (is_invalid(cond))
        return;
    if (!type_is_boolean(cond->ty)) {
        check_error(c, node_start_pos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    if (type_is_untyped(cond->ty))
        convert_untyped(c, cond, ty_basic[TY_BOOL]);
}

static void check_expr_stmt(Checker *c, Node *s) {
    Node *x = s->x;
    check_expr(c, x);
    if (is_invalid(x))
        return;
    Node *u = x;
    while (u->kind == N_PAREN)
        u = u->x;
    if (u->kind == N_CALL) {
        if (u->x->mode == MODE_BUILTIN) {
            Builtin b = u->x->sym->builtin;
            if (b == BI_APPEND || b == BI_CAP || b == BI_LEN || b == BI_MAKE || b == BI_NEW ||
                b == BI_COMPLEX || b == BI_REAL || b == BI_IMAG)
                check_error(c, node_start_pos(x), "%s (%s) is not used", node_string(c->arena, x),
                            operand_string(c, x));
        } else if (u->x->mode == MODE_TYPE) {
            check_error(c, node_start_pos(x), "%s (%s) is not used", node_string(c->arena, x),
                        operand_string(c, x));
        }
        return;
    }
    if (u->kind == N_UNARY && u->op == T_ARROW)
        return;
    check_error(c, node_start_pos(x), "%s (%s) is not used", node_string(c->arena, x), operand_string(c, x));
}

static void check_send(Checker *c, Node *s) {
    Type *t = check_value(c, s->x);
    if (is_invalid(s->x)) {
        check_expr(c, s->y);
        return;
    }
    Type *u = type_under(t);
    if (u->kind != TY_CHAN) {
        check_error(c, node_start_pos(s->x), "invalid operation: cannot send to non-channel %s (%s)",
                    node_string(c->arena, s->x), operand_string(c, s->x));
        check_expr(c, s->y);
        return;
    }
    if (u->dir == CHAN_RECV)
        check_error(c, node_start_pos(s->x), "invalid operation: cannot send to receive-only channel %s (%s)",
                    node_string(c->arena, s->x), operand_string(c, s->x));
    check_expr_with(c, s->y, u->elem, "send");
}

static void check_return(Checker *c, Node *s) {
    Type *sig = c->sig;
    if (!sig)
        return;
    NodeList res = s->list;
    if (res.len == 0) {
        if (sig->nresults > 0 && !sig->results[0].name)
            check_error(c, s->pos, "not enough return values\n\thave ()\n\twant (%s)",
                        field_type_list(c, sig->results, sig->nresults, false));
        return;
    }
    if (res.len == 1 && sig->nresults > 1) {
        Node *v = res.items[0];
        check_expr(c, v);
        if (!is_invalid(v) && !(v->ty->kind == TY_TUPLE && v->ty->nfields == sig->nresults))
            check_error(c, node_start_pos(v), "not enough return values\n\thave (%s)\n\twant (%s)",
                        operand_type_list(c, res, NULL), field_type_list(c, sig->results, sig->nresults, false));
        return;
    }
    if (res.len != sig->nresults) {
        for (int i = 0; i < res.len; i++)
            check_expr(c, res.items[i]);
        for (int i = 0; i < res.len; i++)
            if (is_invalid(res.items[i]))
                return;   /* as types2: no count error on top of another */
        bool many = res.len > sig->nresults;
        check_error(c, node_start_pos(res.items[many ? sig->nresults : 0]),
                    "%s return values\n\thave (%s)\n\twant (%s)", many ? "too many" : "not enough",
                    operand_type_list(c, res, NULL), field_type_list(c, sig->results, sig->nresults, false));
        return;
    }
    for (int i = 0; i < res.len; i++)
        check_expr_with(c, res.items[i], sig->results[i].type, "return statement");
}

static void check_go_defer(Checker *c, Node *s) {
    Node *x = s->x;
    while (x->kind == N_PAREN)
        x = x->x;
    if (x->kind != N_CALL) {
        check_expr(c, x);
        return;   /* the parser reported it */
    }
    check_expr(c, x);
    if (x->x->mode == MODE_BUILTIN) {
        Builtin b = x->x->sym->builtin;
        if (b == BI_APPEND || b == BI_CAP || b == BI_LEN || b == BI_MAKE || b == BI_NEW)
            check_error(c, s->pos, "%s discards result of %s", s->kind == N_GO ? "go" : "defer",
                        node_string(c->arena, x));
    } else if (x->x->mode == MODE_TYPE) {
        check_error(c, s->pos, "%s requires function call, not conversion",
                    s->kind == N_GO ? "go" : "defer");
    }
}

static void check_range(Checker *c, Node *s) {
    scope_open(c, NULL);
    Type *t = check_value(c, s->x);
    Type *key = ty_invalid, *val = ty_invalid;
    int max = 2;
    Type *u = type_under(t);
    if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
        u = type_under(u->elem);
    if (!is_invalid(s->x)) {
        switch (u->kind) {
        case TY_STRING: case TY_UNTYPED_STRING:
            key = ty_basic[TY_INT];
            val = ty_rune;
            convert_untyped(c, s->x, ty_basic[TY_STRING]);
            break;
        case TY_ARRAY: case TY_SLICE: key = ty_basic[TY_INT]; val = u->elem; break;
        case TY_MAP: key = u->key; val = u->elem; break;
        case TY_CHAN: key = u->elem; max = 1; break;
        default:
            check_error(c, node_start_pos(s->x), "cannot range over %s", operand_desc(c, s->x));
            break;
        }
    }
    if (s->list.len > max)
        check_error(c, s->list.items[max]->pos, "range over %s permits only one iteration variable",
                    node_string(c->arena, s->x));
    Type *types[2] = {key, val};
    for (int i = 0; i < s->list.len && i < 2; i++) {
        Node *x = s->list.items[i];
        if (s->op == T_DEFINE) {
            if (x->kind != N_IDENT) {
                check_error(c, node_start_pos(x), "non-name %s on left side of :=", node_string(c->arena, x));
                continue;
            }
            Sym *v = sym_new(c, SYM_VAR, x->name, x->pos);
            v->type = types[i];
            v->state = SYM_RESOLVED;
            v->func = c->scope->func;
            v->decl = x;
            x->sym = v;
            x->ty = types[i];
            x->mode = MODE_VAR;
            if (strcmp(x->name, "_") != 0) {
                scope_declare(c, c->scope, v);
                ptrvec_push(c->arena, &c->locals, v);
            }
        } else {
            Type *lt = check_lhs(c, x);
            if (!lt)
                x->ty = types[i];   /* for _ = range */
            if (lt && lt != ty_invalid && types[i] != ty_invalid && !types_identical(lt, types[i]) &&
                !type_is_interface(lt))
                check_error(c, node_start_pos(x), "cannot assign %s to %s in range",
                            type_string(c->arena, types[i]), node_string(c->arena, x));
        }
    }
    check_stmt(c, s->body);
    scope_close(c);
}

/* Whether two checked constant case values are the same case to types2:
 * identical types, and values that are equal as Go values (integers,
 * floats as float64, strings; booleans and complex values are never
 * compared). */
static bool same_case_value(Node *a, Node *b) {
    const Const *x = a->val, *y = b->val;
    if (!x || !y || x->kind != y->kind || !types_identical(a->ty, b->ty))
        return false;
    switch (x->kind) {
    case CONST_INT: return x->i == y->i;
    case CONST_FLOAT: return x->imag == 0 && y->imag == 0 && (double)x->f == (double)y->f;
    case CONST_STRING: return x->slen == y->slen && memcmp(x->s, y->s, x->slen) == 0;
    default: return false;
    }
}

/* A case that repeats an earlier one of the same switch (types2's
 * "duplicate case" errors); `seen` holds the earlier cases. */
static void check_duplicate_case(Checker *c, Node *e, PtrVec *seen, bool type_switch) {
    for (int i = 0; i < seen->len; i++) {
        Node *prev = seen->items[i];
        bool same = type_switch ? types_identical(e->ty, prev->ty) : same_case_value(e, prev);
        if (!same)
            continue;
        Pos p = node_start_pos(prev);
        if (type_switch)
            check_error(c, node_start_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                        e->ty->kind == TY_UNTYPED_NIL ? "nil" : type_string(c->arena, e->ty), p.file, p.line,
                        p.col);
        else
            check_error(c, node_start_pos(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                        operand_desc(c, e), p.file, p.line, p.col);
        return;
    }
    ptrvec_push(c->arena, seen, e);
}

static void check_switch(Checker *c, Node *s) {
    scope_open(c, NULL);
    if (s->init)
        check_stmt(c, s->init);
    Type *tag = NULL;
    if (s->x) {
        tag = check_value(c, s->x);
        if (type_is_untyped(tag)) {
            convert_untyped(c, s->x, type_default(tag));
            tag = s->x->ty;
        }
    }
    PtrVec seen = {0};
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        for (int j = 0; j < cl->list.len; j++) {
            Node *e = cl->list.items[j];
            if (!tag) {   /* switch { case e: } compares e with true */
                check_value(c, e);
                if (!is_invalid(e) && type_is_interface(e->ty))
                    continue;
                if (!is_invalid(e) && !type_is_boolean(e->ty))
                    check_error(c, node_start_pos(e), "invalid case %s in switch (mismatched types %s and bool)",
                                node_string(c->arena, e), type_string(c->arena, e->ty));
                else if (!is_invalid(e) && type_is_untyped(e->ty))
                    convert_untyped(c, e, ty_basic[TY_BOOL]);
                continue;
            }
            check_value(c, e);
            if (is_invalid(e) || tag == ty_invalid)
                continue;
            if (type_is_untyped(e->ty)) {
                if (!implicit_ok(e, tag))
                    check_error(c, node_start_pos(e), "cannot convert %s to %s",
                                operand_desc(c, e), type_string(c->arena, tag));
                else
                    check_assignable(c, e, tag, "switch case");
            } else if (!types_identical(e->ty, tag) && !type_is_interface(tag) &&
                       !type_is_interface(e->ty)) {
                check_error(c, node_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                            node_string(c->arena, e), node_string(c->arena, s->x),
                            type_string(c->arena, e->ty), type_string(c->arena, tag));
                continue;
            }
            if (e->mode == MODE_CONST && !is_invalid(e))
                check_duplicate_case(c, e, &seen, false);
        }
        scope_open(c, NULL);
        check_block_stmts(c, cl->list2);
        scope_close(c);
    }
    scope_close(c);
}

static void check_type_switch(Checker *c, Node *s) {
    scope_open(c, NULL);
    if (s->init)
        check_stmt(c, s->init);
    Type *xt = check_value(c, s->x);
    if (!is_invalid(s->x) && !type_is_interface(xt))
        check_error(c, node_start_pos(s->x), "%s (%s) is not an interface", node_string(c->arena, s->x),
                    operand_string(c, s->x));
    bool used = false;
    Pos vpos = s->y ? s->y->pos : s->pos;
    PtrVec seen = {0};   /* the cases so far: types, and nil (untyped nil) */
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        Type *single = NULL;
        for (int j = 0; j < cl->list.len; j++) {
            Node *e = cl->list.items[j];
            if (e->kind == N_IDENT && strcmp(e->name, "nil") == 0 &&
                !scope_lookup(c->scope, "nil")->decl) {
                e->ty = ty_basic[TY_UNTYPED_NIL];
                e->mode = MODE_VALUE;
                check_duplicate_case(c, e, &seen, true);
                continue;
            }
            Type *t = type_expr(c, e);
            single = cl->list.len == 1 ? t : NULL;
            if (t != ty_invalid && e->ty == t)
                check_duplicate_case(c, e, &seen, true);
        }
        scope_open(c, NULL);
        if (s->name) {
            Sym *v = sym_new(c, SYM_VAR, s->name, vpos);
            v->type = single ? single : xt;
            v->state = SYM_RESOLVED;
            v->func = c->scope->func;
            v->decl = cl;
            cl->sym = v;
            scope_declare(c, c->scope, v);
            check_block_stmts(c, cl->list2);
            used |= v->used;
        } else {
            check_block_stmts(c, cl->list2);
        }
        scope_close(c);
    }
    if (s->name && !used && strcmp(s->name, "_") != 0)
        check_error(c, vpos, "%s declared but not used", s->name);
    scope_close(c);
}

static void check_select(Checker *c, Node *s) {
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        scope_open(c, NULL);
        if (cl->x) {
            Node *comm = cl->x;
            Node *recv = comm->kind == N_EXPRSTMT ? comm->x
                       : comm->kind == N_ASSIGN && comm->list2.len == 1 ? comm->list2.items[0] : NULL;
            while (recv && recv->kind == N_PAREN)
                recv = recv->x;
            if (comm->kind != N_SEND && !(recv && recv->kind == N_UNARY && recv->op == T_ARROW)) {
                check_error(c, comm->kind == N_EXPRSTMT ? comm->x->pos : comm->pos,
                            "select case must be send or receive (possibly with assignment)");
                scope_close(c);
                continue;
            }
            check_stmt(c, comm);
        }
        check_block_stmts(c, cl->list2);
        scope_close(c);
    }
}

static void check_stmt(Checker *c, Node *s) {
    if (!s || c->diag->too_many)
        return;
    switch (s->kind) {
    case N_EMPTY: case N_BAD: case N_BRANCH: return;
    case N_BLOCK:
        scope_open(c, NULL);
        check_block_stmts(c, s->list);
        scope_close(c);
        return;
    case N_LABELED: check_stmt(c, s->body); return;
    case N_EXPRSTMT: check_expr_stmt(c, s); return;
    case N_SEND: check_send(c, s); return;
    case N_INCDEC: {
        Type *t = check_lhs(c, s->x);
        if (s->x->kind == N_IDENT && s->x->sym)
            s->x->sym->used = true;   /* x++ reads x */
        if (t && t != ty_invalid && !type_is_numeric(t))
            check_error(c, node_start_pos(s->x), "invalid operation: %s%s (non-numeric type %s)",
                        node_string(c->arena, s->x), token_text((TokenKind)s->op),
                        type_string(c->arena, t));
        return;
    }
    case N_ASSIGN:
        if (s->op == T_DEFINE)
            check_short_var_decl(c, s);
        else if (s->op == T_ASSIGN)
            check_assign(c, s);
        else
            check_op_assign(c, s);
        return;
    case N_DECLSTMT:
        repeat_const_values(s->list);
        for (int i = 0; i < s->list.len; i++)
            declare_local_decl(c, s->list.items[i]);
        return;
    case N_GO: case N_DEFER: check_go_defer(c, s); return;
    case N_RETURN: check_return(c, s); return;
    case N_IF:
        scope_open(c, NULL);
        if (s->init)
            check_stmt(c, s->init);
        check_cond(c, s->cond, "if");
        check_stmt(c, s->body);
        if (s->els)
            check_stmt(c, s->els);
        scope_close(c);
        return;
    case N_FOR:
        scope_open(c, NULL);
        if (s->init)
            check_stmt(c, s->init);
        check_cond(c, s->cond, "for");
        if (s->post)
            check_stmt(c, s->post);
        check_stmt(c, s->body);
        scope_close(c);
        return;
    case N_RANGE: check_range(c, s); return;
    case N_SWITCH: check_switch(c, s); return;
    case N_TYPESWITCH: check_type_switch(c, s); return;
    case N_SELECT: check_select(c, s); return;
    default:
        check_error(c, s->pos, "unexpected %s statement", ast_kind_name(s->kind));
        return;
    }
}

void check_block_stmts(Checker *c, NodeList stmts) {
    for (int i = 0; i < stmts.len; i++)
        check_stmt(c, stmts.items[i]);
}

/* ---- terminating statements ------------------------------------------- */

static bool is_terminating(Node *s, const char *label);

/* Is there a break that leaves s (unlabeled at s's level, or to label)? */
static bool has_break(Node *s, const char *label, bool nested) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->op != T_BREAK)
            return false;
        if (!s->name)
            return !nested;
        return label && strcmp(s->name, label) == 0;
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++)
            if (has_break(s->list.items[i], label, nested))
                return true;
        return false;
    case N_LABELED: return has_break(s->body, label, nested);
    case N_IF: return has_break(s->body, label, nested) || has_break(s->els, label, nested);
    case N_CASE: case N_COMMCLAUSE:
        for (int i = 0; i < s->list2.len; i++)
            if (has_break(s->list2.items[i], label, nested))
                return true;
        return false;
    case N_FOR: case N_RANGE: return has_break(s->body, label, true);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < s->list.len; i++)
            if (has_break(s->list.items[i], label, true))
                return true;
        return false;
    default:
        return false;
    }
}

static bool clauses_terminate(Node *s, const char *label, bool need_default) {
    bool has_default = !need_default;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->op == 1)
            has_default = true;
        if (has_break(cl, label, false))
            return false;
        NodeList body = cl->list2;
        int n = body.len;
        while (n > 0 && body.items[n - 1]->kind == N_EMPTY)
            n--;
        if (n == 0)
            return false;
        Node *last = body.items[n - 1];
        if (!(last->kind == N_BRANCH && last->op == T_FALLTHROUGH) && !is_terminating(last, NULL))
            return false;
    }
    return has_default;
}

static bool is_terminating(Node *s, const char *label) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->op == T_GOTO;
    case N_EXPRSTMT: {
        Node *x = s->x;
        return x->kind == N_CALL && x->x->kind == N_IDENT && x->x->sym &&
               x->x->sym->kind == SYM_BUILTIN && x->x->sym->builtin == BI_PANIC;
    }
    case N_BLOCK: {
        int n = s->list.len;
        while (n > 0 && s->list.items[n - 1]->kind == N_EMPTY)
            n--;
        return n > 0 && is_terminating(s->list.items[n - 1], NULL);
    }
    case N_IF: return s->els && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
    case N_LABELED: return is_terminating(s->body, s->name);
    case N_FOR: return !s->cond && !has_break(s->body, label, false);
    case N_SWITCH: case N_TYPESWITCH: return clauses_terminate(s, label, true);
    case N_SELECT: return clauses_terminate(s, label, false);
    default: return false;
    }
}

/* ---- function bodies -------------------------------------------------- */

static void report_unused(Checker *c) {
    for (int i = 0; i < c->locals.len; i++) {
        Sym *s = c->locals.items[i];
        if (!s->used)
            check_error(c, s->pos, "%s declared but not used", s->name);
    }
    c->locals.len = 0;
}

void check_func_body(Checker *c, Node *fn, Type *sig, Node *body) {
    Scope *outer = c->scope;
    Node *outer_func = c->func;
    Type *outer_sig = c->sig;
    c->func = fn;
    c->sig = sig;
    if (fn->kind == N_FUNC) {
        scope_open(c, fn);
        if (fn->recv) {
            Node *r = fn->recv;
            Type *rt = type_expr(c, r->type);
            if (r->name) {
                Sym *s = sym_new(c, SYM_VAR, r->name, r->pos);
                s->type = rt;
                s->state = SYM_RESOLVED;
                s->param = true;
                s->used = true;
                s->func = fn;
                s->decl = r;
                r->sym = s;
                scope_declare(c, c->scope, s);
            }
        }
        func_type_expr(c, fn->type, true);
    }
    check_block_stmts(c, body->list);   /* same block as the parameters */
    if (sig->nresults > 0 && !is_terminating(body, NULL))
        check_error(c, body->end, "missing return");
    if (fn->kind == N_FUNC)
        report_unused(c);
    c->scope = outer;
    c->func = outer_func;
    c->sig = outer_sig;
}
