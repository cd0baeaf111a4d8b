/* check_expr.c: type checking of expressions: names, literals, composite
 * and function literals, selectors (package members, fields and methods
 * through embedded structs, method values and expressions), index, slice,
 * type assertions, unary and binary operators with constant folding,
 * assignability, and untyped constants taking the type of their context.
 * Calls, conversions and builtins are in check_call.c.
 *
 * Technique: as go/types, every expression gets an operand mode (types.h
 * Mode: constant, variable (addressable), value, type, builtin, map index,
 * comma-ok...), a type and, for constants, a value, stored in the node.
 * Untyped constants keep an untyped type until an assignment, a binary
 * operation with a typed operand or a conversion gives them one; then
 * convert_untyped rewrites the types down the expression tree.
 *
 * Invariants: every checked expression node has mode and ty set (ty is
 * ty_invalid after an error, and no error is reported twice for it).
 */
#include <math.h>
#include <string.h>

#include "check.h"

const char *operand_string(Checker *c, Node *n) {
    const char *ty = type_string(c->arena, n->ty);
    switch (n->mode) {
    case MODE_CONST: {
        /* the value is shown when it reads differently from the
         * expression (types2: 0x10 is "untyped int constant 16") */
        const char *v = n->val ? const_string(c->arena, n->val) : "?";
        const char *sep = strcmp(v, node_string(c->arena, n)) != 0 ? " " : "";
        if (!*sep)
            v = "";
        if (type_is_untyped(n->ty))
            return arena_printf(c->arena, "%s constant%s%s", ty, sep, v);
        return arena_printf(c->arena, "constant%s%s of type %s", sep, v, ty);
    }
    case MODE_VAR: return arena_printf(c->arena, "variable of type %s", ty);
    case MODE_MAPINDEX: return arena_printf(c->arena, "map index expression of type %s", ty);
    case MODE_COMMAOK: return arena_printf(c->arena, "comma, ok expression of type %s", ty);
    case MODE_NOVALUE: return "no value";
    case MODE_TYPE: return "type";
    case MODE_BUILTIN: return "built-in";
    default:
        if (n->ty->kind == TY_UNTYPED_NIL)
            return "untyped nil";
        return arena_printf(c->arena, "value of type %s", ty);
    }
}

/* "x (variable of type int)" as types2 names an operand. */
const char *operand_desc(Checker *c, Node *n) {
    if (n->ty && n->ty->kind == TY_UNTYPED_NIL)
        return "nil";
    return arena_printf(c->arena, "%s (%s)", node_string(c->arena, n), operand_string(c, n));
}

/* ---- untyped constants ------------------------------------------------ */

void convert_untyped(Checker *c, Node *n, Type *t) {
    if (!n || !type_is_untyped(n->ty) || !t || t->kind == TY_INVALID)
        return;
    if (type_is_untyped(t)) {
        /* an untyped operand meets a "larger" untyped kind: only retype */
        if (n->ty->kind < t->kind && n->ty->kind != TY_UNTYPED_NIL)
            n->ty = t;
        return;
    }
    Type *target = t;
    if (type_is_interface(t) || n->ty->kind == TY_UNTYPED_NIL)
        target = n->ty->kind == TY_UNTYPED_NIL ? t : type_default(n->ty);
    n->ty = target;
    switch (n->kind) {
    case N_PAREN:
        convert_untyped(c, n->x, target);
        break;
    case N_UNARY:
        convert_untyped(c, n->x, target);
        break;
    case N_BINARY:
        if (n->op == T_EQL || n->op == T_NEQ || n->op == T_LSS || n->op == T_LEQ ||
            n->op == T_GTR || n->op == T_GEQ)
            break;   /* operands of a comparison keep their own types */
        convert_untyped(c, n->x, target);
        if (n->op != T_SHL && n->op != T_SHR)
            convert_untyped(c, n->y, target);
        break;
    default:
        break;
    }
}

/* Can an expression of type v be assigned to type t (ignoring untyped)? */
static bool assignable_type(Type *v, Type *t, const char **reason, Arena *a) {
    if (types_identical(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (types_identical(vu, tu) && (v->kind != TY_NAMED || t->kind != TY_NAMED) &&
        vu->kind != TY_INTERFACE)
        return true;
    if (tu->kind == TY_INTERFACE) {
        const char *missing = NULL;
        bool wrong_recv = false;
        if (type_implements(v, t, &missing, &wrong_recv))
            return true;
        if (missing)
            *reason = wrong_recv
                ? arena_printf(a, ":\n\t%s does not implement %s (%s method has pointer receiver)",
                               type_string(a, v), type_string(a, t), missing)
                : arena_printf(a, ":\n\t%s does not implement %s (missing %s method)",
                               type_string(a, v), type_string(a, t), missing);
        return false;
    }
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
        types_identical(vu->elem, tu->elem) && (v->kind != TY_NAMED || t->kind != TY_NAMED))
        return true;
    return false;
}

bool check_assignable(Checker *c, Node *n, Type *t, const char *context) {
    if (is_invalid(n) || !t || t->kind == TY_INVALID)
        return true;
    if (n->mode == MODE_TYPE || n->mode == MODE_NOVALUE || n->mode == MODE_BUILTIN ||
        n->mode == MODE_PKG) {
        check_error(c, node_start_pos(n), "%s (%s) is not an expression", node_string(c->arena, n),
                    operand_string(c, n));
        return false;
    }
    Type *v = n->ty;
    if (v->kind == TY_TUPLE) {
        check_error(c, node_start_pos(n), "multiple-value %s (value of type %s) in single-value context",
                    node_string(c->arena, n), type_string(c->arena, v));
        return false;
    }
    if (type_is_untyped(v)) {
        if (v->kind == TY_UNTYPED_NIL) {
            if (!type_has_nil(t)) {
                check_error(c, node_start_pos(n), "cannot use nil as %s value in %s", type_string(c->arena, t),
                            context);
                return false;
            }
            n->ty = t;
            return true;
        }
        Type *tu = type_under(t);
        if (tu->kind == TY_INTERFACE) {
            Type *d = type_default(v);
            const char *reason = "";
            if (!assignable_type(d, t, &reason, c->arena)) {
                convert_untyped(c, n, d);
                n->mode = n->mode == MODE_CONST ? MODE_CONST : n->mode;
                check_error(c, node_start_pos(n), "cannot use %s as type %s in %s%s", operand_desc(c, n),
                            type_string(c->arena, t), context, reason);
                return false;
            }
            convert_untyped(c, n, d);
            return true;
        }
        bool ok = (type_is_boolean(v) && type_is_boolean(tu)) ||
                  (type_is_string(v) && type_is_string(tu)) ||
                  (type_is_numeric(v) && type_is_numeric(tu));
        if (ok && n->mode == MODE_CONST && n->val) {
            Const val = *n->val;
            bool truncated;
            if (!const_representable(&val, t, &truncated)) {
                if (truncated)
                    check_error(c, node_start_pos(n), "cannot use %s as %s value in %s (truncated)",
                                operand_desc(c, n), type_string(c->arena, t), context);
                else
                    check_error(c, node_start_pos(n), "cannot use %s as %s value in %s (overflows)",
                                operand_desc(c, n), type_string(c->arena, t), context);
                return false;
            }
            *n->val = val;
        }
        if (!ok) {
            check_error(c, node_start_pos(n), "cannot use %s as %s value in %s", operand_desc(c, n),
                        type_string(c->arena, t), context);
            return false;
        }
        convert_untyped(c, n, t);
        return true;
    }
    const char *reason = "";
    if (!assignable_type(v, t, &reason, c->arena)) {
        check_error(c, node_start_pos(n), "cannot use %s as type %s in %s%s", operand_desc(c, n),
                    type_string(c->arena, t), context, reason);
        return false;
    }
    return true;
}

void check_expr_with(Checker *c, Node *n, Type *t, const char *context) {
    if (n->kind == N_COMPOSITELIT && !n->type && t) {
        check_composite_lit(c, n, t);
    } else if (n->kind == N_FUNCLIT || t == NULL) {
        check_value(c, n);
    } else {
        check_value(c, n);
    }
    if (t)
        check_assignable(c, n, t, context);
}

/* ---- names ------------------------------------------------------------ */

static Type *check_ident(Checker *c, Node *n) {
    if (strcmp(n->name, "_") == 0) {
        check_error(c, node_start_pos(n), "cannot use _ as value");
        return invalid(n);
    }
    Sym *s = scope_lookup(c->scope, n->name);
    if (!s) {
        check_error(c, node_start_pos(n), "undefined: %s", n->name);
        return invalid(n);
    }
    n->sym = s;
    s->used = true;
    if (s->state != SYM_RESOLVED)
        resolve_sym(c, s);
    switch (s->kind) {
    case SYM_VAR:
        if (s->func && c->func && s->func != c->func && !s->global)
            s->captured = true;
        return set_mode(n, MODE_VAR, s->type);
    case SYM_CONST:
        if (s->iota == -2) {   /* the predeclared iota */
            if (c->iota < 0) {
                check_error(c, node_start_pos(n), "cannot use iota outside constant declaration");
                return invalid(n);
            }
            n->val = arena_alloc(c->arena, sizeof(Const));
            n->val->kind = CONST_INT;
            n->val->i = c->iota;
            return set_mode(n, MODE_CONST, ty_basic[TY_UNTYPED_INT]);
        }
        n->val = arena_alloc(c->arena, sizeof(Const));
        *n->val = s->val;
        return set_mode(n, s->val.kind == CONST_NONE ? MODE_INVALID : MODE_CONST, s->type);
    case SYM_TYPE: return set_mode(n, MODE_TYPE, s->type);
    case SYM_FUNC: return set_mode(n, MODE_VALUE, s->type);
    case SYM_PKG: return set_mode(n, MODE_PKG, ty_invalid);
    case SYM_BUILTIN: return set_mode(n, MODE_BUILTIN, ty_invalid);
    case SYM_NIL: return set_mode(n, MODE_VALUE, ty_basic[TY_UNTYPED_NIL]);
    default: return invalid(n);
    }
}

/* ---- selectors -------------------------------------------------------- */

/* Finds field or method `name` at exactly `depth` embeddings below t.
 * Sets *via_ptr if a pointer is followed on the way. */
static Sym *member_at(Type *t, const char *name, int depth, bool *via_ptr, bool *ptr_recv) {
    if (t->kind == TY_POINTER) {
        t = t->elem;
        *via_ptr = true;
    } else if (t->kind == TY_NAMED && type_under(t)->kind == TY_POINTER) {
        /* type Q *T: q.f selects T's fields, but Q has no methods */
        Type *elem = type_under(t)->elem;
        *via_ptr = true;
        Sym *s = member_at(elem, name, depth, via_ptr, ptr_recv);
        return s && s->kind == SYM_FIELD ? s : NULL;
    }
    if (depth == 0 && t->kind == TY_NAMED) {
        for (int i = 0; i < t->nmethods; i++) {
            if (strcmp(t->methods[i]->name, name) == 0) {
                *ptr_recv = t->methods[i]->ptr_recv;
                return t->methods[i];
            }
        }
    }
    Type *u = type_under(t);
    if (depth == 0 && u->kind == TY_INTERFACE) {
        for (int i = 0; i < u->nfields; i++)
            if (strcmp(u->fields[i].name, name) == 0)
                return u->fields[i].sym;
        return NULL;
    }
    if (u->kind != TY_STRUCT)
        return NULL;
    for (int i = 0; i < u->nfields; i++) {
        Field *f = &u->fields[i];
        if (depth == 0) {
            if (strcmp(f->name, name) == 0)
                return f->sym;
        } else if (f->embedded) {
            bool vp = *via_ptr;
            Sym *s = member_at(f->type, name, depth - 1, &vp, ptr_recv);
            if (s) {
                *via_ptr = vp;
                return s;
            }
        }
    }
    return NULL;
}

static Sym *lookup_member(Type *t, const char *name, bool *via_ptr, bool *ptr_recv) {
    for (int depth = 0; depth < 32; depth++) {
        *via_ptr = false;
        *ptr_recv = false;
        Sym *s = member_at(t, name, depth, via_ptr, ptr_recv);
        if (s)
            return s;
    }
    return NULL;
}

static Type *package_member(Checker *c, Node *n, Sym *pkg) {
    pkg->used = true;
    n->x->mode = MODE_PKG;
    if (!pkg->pkg_scope)
        return invalid(n);   /* unsupported package: already reported */
    Sym *s = scope_lookup_local(pkg->pkg_scope, n->name);
    if (!s || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
        check_error(c, n->end, s ? "name %s not exported by package %s"
                                 : "undefined: %s.%s", s ? n->name : n->x->name,
                    s ? pkg->name : n->name);
        return invalid(n);
    }
    resolve_sym(c, s);
    n->sym = s;
    switch (s->kind) {
    case SYM_VAR: return set_mode(n, MODE_VAR, s->type);
    case SYM_CONST:
        n->val = arena_alloc(c->arena, sizeof(Const));
        *n->val = s->val;
        return set_mode(n, MODE_CONST, s->type);
    case SYM_TYPE: return set_mode(n, MODE_TYPE, s->type);
    case SYM_FUNC: return set_mode(n, MODE_VALUE, s->type);
    default: return invalid(n);
    }
}

/* Marks the variable under an addressable expression as address-taken. */
static void mark_addr_taken(Node *x) {
    while (x && (x->kind == N_PAREN || x->kind == N_SELECTOR || x->kind == N_INDEX)) {
        if (x->kind == N_SELECTOR && x->x->ty && type_under(x->x->ty)->kind == TY_POINTER)
            return;   /* p.f: the pointer's target, not a variable */
        if (x->kind == N_INDEX && x->x->ty && type_under(x->x->ty)->kind != TY_ARRAY)
            return;
        x = x->x;
    }
    if (x && x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR)
        x->sym->addr_taken = true;
}

static Type *method_expr(Checker *c, Node *n, Type *recv) {
    bool via_ptr, ptr_recv;
    Sym *m = lookup_member(recv, n->name, &via_ptr, &ptr_recv);
    if (!m || m->kind != SYM_FUNC) {
        check_error(c, n->end, "%s undefined (type %s has no field or method %s)",
                    node_string(c->arena, n), type_string(c->arena, recv), n->name);
        return invalid(n);
    }
    resolve_sym(c, m);
    if (!m->type || m->type->kind != TY_FUNC)
        return invalid(n);
    Type *sig = m->type;
    Type *t = type_new(c->arena, TY_FUNC);
    t->nfields = sig->nfields + 1;
    t->fields = arena_alloc(c->arena, sizeof(Field) * (size_t)(t->nfields + 1));
    t->fields[0].type = recv;
    for (int i = 0; i < sig->nfields; i++)
        t->fields[i + 1] = sig->fields[i];
    t->results = sig->results;
    t->nresults = sig->nresults;
    t->variadic = sig->variadic;
    n->sym = m;
    return set_mode(n, MODE_VALUE, t);
}

static Type *check_selector(Checker *c, Node *n) {
    if (n->x->kind == N_IDENT) {
        Sym *s = scope_lookup(c->scope, n->x->name);
        if (s && s->kind == SYM_PKG) {
            n->x->sym = s;
            return package_member(c, n, s);
        }
    }
    Type *xt = check_expr(c, n->x);
    if (is_invalid(n->x))
        return invalid(n);
    if (n->x->mode == MODE_TYPE)
        return method_expr(c, n, xt);
    if (n->x->mode == MODE_NOVALUE || xt->kind == TY_TUPLE) {
        check_error(c, node_start_pos(n->x), "%s (%s) used as value", node_string(c->arena, n->x),
                    operand_string(c, n->x));
        return invalid(n);
    }
    bool via_ptr, ptr_recv;
    Sym *m = lookup_member(xt, n->name, &via_ptr, &ptr_recv);
    if (!m) {
        const char *what = type_is_interface(xt) ? "method" : "field or method";
        check_error(c, n->end, "%s undefined (type %s has no %s %s)", node_string(c->arena, n),
                    type_string(c->arena, xt), what, n->name);
        return invalid(n);
    }
    n->sym = m;
    if (m->kind == SYM_FIELD) {
        bool addressable = via_ptr || n->x->mode == MODE_VAR;
        return set_mode(n, addressable ? MODE_VAR : MODE_VALUE, m->type);
    }
    if (ptr_recv && !via_ptr && type_under(xt)->kind != TY_POINTER) {
        if (n->x->mode != MODE_VAR) {
            check_error(c, node_start_pos(n), "cannot call pointer method %s on %s", n->name,
                        type_string(c->arena, xt));
            return invalid(n);
        }
        mark_addr_taken(n->x);
    }
    if (m->state != SYM_RESOLVED)
        resolve_sym(c, m);
    return set_mode(n, MODE_VALUE, m->type);
}

/* ---- index, slice, assertion ------------------------------------------ */

static void check_index_value(Checker *c, Node *i, int64_t length) {
    check_value(c, i);
    if (is_invalid(i))
        return;
    if (!type_is_integer(i->ty) && !(i->mode == MODE_CONST && i->val &&
                                     i->val->kind == CONST_FLOAT && type_is_untyped(i->ty))) {
        if (type_is_untyped(i->ty) && !type_is_numeric(i->ty))
            check_error(c, node_start_pos(i), "cannot convert %s to int", operand_desc(c, i));
        else
            check_error(c, node_start_pos(i), "invalid argument: index %s must be integer",
                        operand_desc(c, i));
        return;
    }
    if (type_is_untyped(i->ty))
        check_assignable(c, i, ty_basic[TY_INT], "index");
    int64_t v;
    if (i->mode == MODE_CONST && i->val && const_to_int64(i->val, &v)) {
        if (v < 0)
            check_error(c, node_start_pos(i), "invalid argument: index %s must not be negative",
                        node_string(c->arena, i));
        else if (length >= 0 && v >= length)
            check_error(c, node_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]",
                        node_string(c->arena, i), (long long)length);
    }
}

/* After an error, evaluates what is left unchecked so that its variables
 * count as used and its own errors are reported (types2's "use"). */
static void use_unchecked(Checker *c, Node *n) {
    if (n && !n->ty)
        check_expr(c, n);
}

static Type *check_index(Checker *c, Node *n) {
    Type *xt = check_expr(c, n->x);
    if (is_invalid(n->x)) {
        for (int i = 0; i < n->list.len; i++)
            use_unchecked(c, n->list.items[i]);
        return invalid(n);
    }
    if (n->x->mode == MODE_TYPE || (n->x->sym && n->x->sym->kind == SYM_FUNC &&
                                    n->x->sym->decl && n->x->sym->decl->list.len > 0)) {
        check_error(c, node_start_pos(n), "generic instantiation not supported by gomem");
        return invalid(n);
    }
    if (n->list.len != 1) {
        check_error(c, node_start_pos(n), "unexpected comma; expecting ]");
        return invalid(n);
    }
    Node *i = n->list.items[0];
    Type *u = type_under(xt);
    bool ptr_array = u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY;
    if (ptr_array)
        u = type_under(u->elem);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: {
        int64_t len = n->x->mode == MODE_CONST && n->x->val ? (int64_t)n->x->val->slen : -1;
        check_index_value(c, i, len);
        return set_mode(n, MODE_VALUE, ty_byte);
    }
    case TY_ARRAY:
        check_index_value(c, i, u->len);
        return set_mode(n, ptr_array || n->x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE, u->elem);
    case TY_SLICE:
        check_index_value(c, i, -1);
        return set_mode(n, MODE_VAR, u->elem);
    case TY_MAP:
        check_expr_with(c, i, u->key, "map index");
        return set_mode(n, MODE_MAPINDEX, u->elem);
    default:
        check_error(c, node_start_pos(n), "invalid operation: cannot index %s", operand_desc(c, n->x));
        return invalid(n);
    }
}

static Type *check_slice_expr(Checker *c, Node *n) {
    Type *xt = check_value(c, n->x);
    if (is_invalid(n->x)) {
        use_unchecked(c, n->y);
        use_unchecked(c, n->z);
        use_unchecked(c, n->w);
        return invalid(n);
    }
    Type *u = type_under(xt), *result = xt;
    int64_t len = -1;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (n->op == 3)
            check_error(c, node_start_pos(n), "invalid operation: 3-index slice of string");
        result = u->kind == TY_UNTYPED_STRING ? ty_basic[TY_STRING] : xt;
        break;
    case TY_ARRAY:
        if (n->x->mode != MODE_VAR)
            check_error(c, node_start_pos(n), "invalid operation: %s (slice of unaddressable value)",
                        node_string(c->arena, n));
        mark_addr_taken(n->x);
        len = u->len;
        result = type_slice(c->arena, u->elem);
        break;
    case TY_POINTER:
        if (type_under(u->elem)->kind == TY_ARRAY) {
            len = type_under(u->elem)->len;
            result = type_slice(c->arena, type_under(u->elem)->elem);
            break;
        }
        /* fall through */
    default:
        if (u->kind != TY_SLICE) {
            check_error(c, node_start_pos(n), "cannot slice %s", operand_desc(c, n->x));
            return invalid(n);
        }
    }
    Node *idx[3] = {n->y, n->z, n->w};
    for (int k = 0; k < 3; k++)
        if (idx[k])
            check_index_value(c, idx[k], len >= 0 ? len + 1 : -1);
    return set_mode(n, MODE_VALUE, result);
}

static Type *check_type_assert(Checker *c, Node *n) {
    Type *xt = check_value(c, n->x);
    if (!n->type) {
        check_error(c, node_start_pos(n), "use of .(type) outside type switch");
        return invalid(n);
    }
    Type *t = type_expr(c, n->type);
    if (is_invalid(n->x) || t->kind == TY_INVALID)
        return invalid(n);
    if (!type_is_interface(xt)) {
        check_error(c, node_start_pos(n->x), "invalid operation: %s is not an interface", operand_desc(c, n->x));
        return invalid(n);
    }
    if (!type_is_interface(t)) {
        const char *missing = NULL;
        bool wrong;
        if (!type_implements(t, xt, &missing, &wrong))
            check_error(c, node_start_pos(n),
                        "impossible type assertion: %s\n\t%s does not implement %s (missing %s method)",
                        node_string(c->arena, n), type_string(c->arena, t),
                        type_string(c->arena, xt), missing ? missing : "?");
    }
    return set_mode(n, MODE_COMMAOK, t);
}

/* ---- unary and binary operators --------------------------------------- */

static Node *unparen(Node *n) {
    while (n->kind == N_PAREN)
        n = n->x;
    return n;
}

static Type *check_unary(Checker *c, Node *n) {
    if (n->op == T_AND) {
        Node *x = unparen(n->x);
        if (x->kind == N_COMPOSITELIT) {
            Type *t = check_value(c, n->x);
            return set_mode(n, MODE_VALUE, is_invalid(n->x) ? ty_invalid : type_pointer(c->arena, t));
        }
        Type *t = check_value(c, n->x);
        if (is_invalid(n->x))
            return invalid(n);
        if (n->x->mode != MODE_VAR) {
            check_error(c, node_start_pos(n->x), "invalid operation: cannot take address of %s", operand_desc(c, n->x));
            return invalid(n);
        }
        mark_addr_taken(n->x);
        return set_mode(n, MODE_VALUE, type_pointer(c->arena, t));
    }
    if (n->op == T_ARROW) {
        Type *t = check_value(c, n->x);
        if (is_invalid(n->x))
            return invalid(n);
        Type *u = type_under(t);
        if (u->kind != TY_CHAN) {
            check_error(c, node_start_pos(n->x), "invalid operation: cannot receive from non-channel %s",
                        operand_desc(c, n->x));
            return invalid(n);
        }
        if (u->dir == CHAN_SEND) {
            check_error(c, node_start_pos(n->x), "invalid operation: cannot receive from send-only channel %s",
                        operand_desc(c, n->x));
            return invalid(n);
        }
        return set_mode(n, MODE_COMMAOK, u->elem);
    }
    Type *t = check_value(c, n->x);
    if (is_invalid(n->x))
        return invalid(n);
    bool ok = (n->op == T_NOT && type_is_boolean(t)) ||
              (n->op == T_XOR && type_is_integer(t)) ||
              ((n->op == T_ADD || n->op == T_SUB) && type_is_numeric(t));
    if (!ok) {
        check_error(c, node_start_pos(n->x), "invalid operation: operator %s not defined on %s",
                    token_text((TokenKind)n->op), operand_desc(c, n->x));
        return invalid(n);
    }
    if (n->x->mode == MODE_CONST && n->x->val) {
        Const v;
        if (const_unary((TokenKind)n->op, n->x->val, &v, t)) {
            n->val = arena_alloc(c->arena, sizeof(Const));
            *n->val = v;
            return set_mode(n, MODE_CONST, t);
        }
    }
    return set_mode(n, MODE_VALUE, t);
}

static bool is_comparison(int op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

/* Brings x and y to a common type: an untyped side takes the other's type. */
/* Can the untyped operand u take type t implicitly (in a binary operation)? */
bool implicit_ok(Node *u, Type *t) {
    Type *tu = type_under(t);
    if (u->ty->kind == TY_UNTYPED_NIL)
        return type_has_nil(t);
    if (tu->kind == TY_INTERFACE)
        return true;
    return (type_is_boolean(u->ty) && type_is_boolean(tu)) ||
           (type_is_string(u->ty) && type_is_string(tu)) ||
           (type_is_numeric(u->ty) && type_is_numeric(tu));
}

static bool match_operands(Checker *c, Node *n, Node *x, Node *y) {
    bool ux = type_is_untyped(x->ty), uy = type_is_untyped(y->ty);
    if (ux != uy) {
        Node *u = ux ? x : y, *t = ux ? y : x;
        if (!implicit_ok(u, t->ty)) {   /* types2 reports comparisons at the operand */
            check_error(c, is_comparison(n->op) ? node_start_pos(u) : node_start_pos(n),
                        "invalid operation: %s (mismatched types %s and %s)",
                        node_string(c->arena, n), type_string(c->arena, x->ty),
                        type_string(c->arena, y->ty));
            invalid(n);
            return false;
        }
        return check_assignable(c, u, t->ty, "operation") || (invalid(n), false);
    }
    if (ux && uy) {
        if (x->ty->kind == TY_UNTYPED_NIL || y->ty->kind == TY_UNTYPED_NIL)
            return true;
        bool numeric = type_is_numeric(x->ty) && type_is_numeric(y->ty);
        if (numeric) {
            Type *big = x->ty->kind > y->ty->kind ? x->ty : y->ty;
            convert_untyped(c, x, big);
            convert_untyped(c, y, big);
            return true;
        }
    }
    return true;
}

static Type *check_comparison(Checker *c, Node *n, Node *x, Node *y) {
    Type *xt = x->ty, *yt = y->ty;
    bool ok;
    if (xt->kind == TY_UNTYPED_NIL || yt->kind == TY_UNTYPED_NIL) {
        Type *other = xt->kind == TY_UNTYPED_NIL ? yt : xt;
        ok = type_has_nil(other);
        if (ok && other->kind != TY_UNTYPED_NIL) {
            x->ty = xt->kind == TY_UNTYPED_NIL ? other : x->ty;
            y->ty = yt->kind == TY_UNTYPED_NIL ? other : y->ty;
        }
    } else if (!types_identical(xt, yt) && !type_is_untyped(xt) && !type_is_untyped(yt)) {
        const char *r = "";
        ok = assignable_type(xt, yt, &r, c->arena) || assignable_type(yt, xt, &r, c->arena);
        if (!ok) {   /* types2 reports comparisons at the second operand */
            check_error(c, node_start_pos(y), "invalid operation: %s (mismatched types %s and %s)",
                        node_string(c->arena, n), type_string(c->arena, xt),
                        type_string(c->arena, yt));
            return invalid(n);
        }
    } else {
        ok = true;
    }
    Type *t = type_is_untyped(xt) ? yt : xt;
    if (ok && n->op != T_EQL && n->op != T_NEQ)
        ok = type_is_numeric(t) || type_is_string(t);
    else if (ok)
        ok = type_comparable(t) || xt->kind == TY_UNTYPED_NIL || yt->kind == TY_UNTYPED_NIL;
    TypeKind tk = type_under(t)->kind;
    if (!ok && (n->op == T_EQL || n->op == T_NEQ) &&
        (tk == TY_SLICE || tk == TY_MAP || tk == TY_FUNC)) {
        check_error(c, node_start_pos(x), "invalid operation: %s (%s can only be compared to nil)",
                    node_string(c->arena, n),
                    tk == TY_SLICE ? "slice" : tk == TY_MAP ? "map" : "func");
        return invalid(n);
    }
    if (!ok) {
        check_error(c, node_start_pos(n), "invalid operation: %s (operator %s not defined on %s)",
                    node_string(c->arena, n), token_text((TokenKind)n->op), operand_desc(c, x));
        return invalid(n);
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        Const v;
        if (const_compare((TokenKind)n->op, x->val, y->val, &v)) {
            n->val = arena_alloc(c->arena, sizeof(Const));
            *n->val = v;
            return set_mode(n, MODE_CONST, ty_basic[TY_UNTYPED_BOOL]);
        }
    }
    if (type_is_untyped(x->ty))
        convert_untyped(c, x, type_default(x->ty));
    if (type_is_untyped(y->ty))
        convert_untyped(c, y, type_default(y->ty));
    return set_mode(n, MODE_VALUE, ty_basic[TY_UNTYPED_BOOL]);
}

static Type *check_shift(Checker *c, Node *n, Node *x, Node *y) {
    if (!type_is_integer(y->ty) &&
        !(y->mode == MODE_CONST && y->val && y->val->kind == CONST_FLOAT)) {
        check_error(c, node_start_pos(y), "invalid operation: shift count %s must be integer", operand_desc(c, y));
        return invalid(n);
    }
    if (type_is_untyped(y->ty))
        check_assignable(c, y, ty_basic[TY_UINT], "shift");
    if (x->mode == MODE_CONST && x->val && x->val->kind == CONST_FLOAT && type_is_untyped(x->ty) &&
        x->val->f == floorl(x->val->f) && x->val->imag == 0) {
        int64_t v;
        if (const_to_int64(x->val, &v)) {
            x->val->kind = CONST_INT;
            x->val->i = v;
            x->ty = ty_basic[TY_UNTYPED_INT];
        } else if (y->mode == MODE_CONST && y->val && const_to_int64(y->val, &v)) {
            n->val = arena_alloc(c->arena, sizeof(Const));   /* huge integral float */
            *n->val = *x->val;
            n->val->f = n->op == T_SHL ? ldexpl(x->val->f, (int)v) : floorl(ldexpl(x->val->f, -(int)v));
            return set_mode(n, MODE_CONST, ty_basic[TY_UNTYPED_INT]);
        }
    }
    if (!type_is_integer(x->ty)) {
        check_error(c, node_start_pos(x), "invalid operation: shifted operand %s must be integer", operand_desc(c, x));
        return invalid(n);
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        Const v;
        const_binary(c->arena, (TokenKind)n->op, x->val, y->val, &v, true);
        n->val = arena_alloc(c->arena, sizeof(Const));
        *n->val = v;
        return set_mode(n, MODE_CONST, x->ty);
    }
    /* a non-constant shift of an untyped constant: the constant takes the
     * type the whole expression gets from its context (convert_untyped) */
    if (type_is_untyped(x->ty))
        return set_mode(n, MODE_VALUE, ty_basic[TY_UNTYPED_INT]);
    return set_mode(n, MODE_VALUE, x->ty);
}

static bool op_defined(int op, Type *t) {
    switch (op) {
    case T_ADD: return type_is_numeric(t) || type_is_string(t);
    case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(t);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return type_is_integer(t);
    case T_LAND: case T_LOR: return type_is_boolean(t);
    default: return false;
    }
}

static Type *check_binary(Checker *c, Node *n) {
    Node *x = n->x, *y = n->y;
    check_value(c, x);
    check_value(c, y);
    if (is_invalid(x) || is_invalid(y))
        return invalid(n);
    if (n->op == T_SHL || n->op == T_SHR)
        return check_shift(c, n, x, y);
    bool nil_cmp = x->ty->kind == TY_UNTYPED_NIL || y->ty->kind == TY_UNTYPED_NIL;
    if (!(is_comparison(n->op) && nil_cmp) && !match_operands(c, n, x, y))
        return invalid(n);
    if (is_comparison(n->op))
        return check_comparison(c, n, x, y);
    if (!types_identical(x->ty, y->ty) && !(type_is_untyped(x->ty) && type_is_untyped(y->ty))) {
        check_error(c, node_start_pos(n), "invalid operation: %s (mismatched types %s and %s)",
                    node_string(c->arena, n), type_string(c->arena, x->ty),
                    type_string(c->arena, y->ty));
        return invalid(n);
    }
    Type *t = x->ty;
    if (!op_defined(n->op, t)) {
        check_error(c, node_start_pos(n), "invalid operation: operator %s not defined on %s",
                    token_text((TokenKind)n->op), operand_desc(c, x));
        return invalid(n);
    }
    if ((n->op == T_QUO || n->op == T_REM) && y->mode == MODE_CONST && y->val &&
        ((y->val->kind == CONST_INT && y->val->i == 0) ||
         (y->val->kind == CONST_FLOAT && y->val->f == 0 && y->val->imag == 0))) {
        check_error(c, node_start_pos(y), "invalid operation: division by zero");
        return invalid(n);
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        Const v;
        if (const_binary(c->arena, (TokenKind)n->op, x->val, y->val, &v, type_is_integer(t)) &&
            v.kind != CONST_NONE) {
            n->val = arena_alloc(c->arena, sizeof(Const));
            *n->val = v;
            bool truncated;
            if (!type_is_untyped(t) && !const_representable(n->val, t, &truncated)) {
                check_error(c, node_start_pos(n), "constant %s overflows %s", const_string(c->arena, n->val),
                            type_string(c->arena, t));
                return invalid(n);
            }
            return set_mode(n, MODE_CONST, t);
        }
    }
    return set_mode(n, MODE_VALUE, t);
}

/* ---- function literals ------------------------------------------------ */

static Type *check_func_lit(Checker *c, Node *n) {
    Scope *saved = c->scope;
    scope_open(c, n);
    Type *sig = func_type_expr(c, n->type, true);
    Node *func = c->func;
    Type *outer_sig = c->sig;
    check_func_body(c, n, sig, n->body);
    c->func = func;
    c->sig = outer_sig;
    c->scope = saved;
    return set_mode(n, MODE_VALUE, sig);
}

/* ---- dispatch --------------------------------------------------------- */

Type *check_expr(Checker *c, Node *n) {
    switch (n->kind) {
    case N_BAD: return invalid(n);
    case N_IDENT: return n->op ? n->ty : check_ident(c, n);   /* op: a temporary, typed when made */
    case N_BASICLIT: {
        n->val = arena_alloc(c->arena, sizeof(Const));
        Type *t = const_from_literal(c, n, n->val);
        return set_mode(n, n->val->kind == CONST_NONE ? MODE_INVALID : MODE_CONST, t);
    }
    case N_COMPOSITELIT: return check_composite_lit(c, n, NULL);
    case N_FUNCLIT: return check_func_lit(c, n);
    case N_PAREN: {
        Type *t = check_expr(c, n->x);
        n->val = n->x->val;
        return set_mode(n, n->x->mode, t);
    }
    case N_SELECTOR: return check_selector(c, n);
    case N_INDEX: return check_index(c, n);
    case N_SLICE: return check_slice_expr(c, n);
    case N_TYPEASSERT: return check_type_assert(c, n);
    case N_CALL: return check_call_results(c, n);
    case N_STAR: {
        Type *t = check_expr(c, n->x);
        if (is_invalid(n->x))
            return invalid(n);
        if (n->x->mode == MODE_TYPE)
            return set_mode(n, MODE_TYPE, type_pointer(c->arena, t));
        if (t->kind == TY_UNTYPED_NIL) {
            check_error(c, node_start_pos(n), "invalid operation: cannot indirect nil");
            return invalid(n);
        }
        if (type_under(t)->kind != TY_POINTER) {
            check_error(c, node_start_pos(n->x), "invalid operation: cannot indirect %s", operand_desc(c, n->x));
            return invalid(n);
        }
        return set_mode(n, MODE_VAR, type_under(t)->elem);
    }
    case N_UNARY: return check_unary(c, n);
    case N_BINARY: return check_binary(c, n);
    case N_KEYVALUE:
        check_error(c, node_start_pos(n), "unexpected key:value expression");
        return invalid(n);
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        return type_expr(c, n);
    default:
        check_error(c, node_start_pos(n), "unexpected %s in expression", ast_kind_name(n->kind));
        return invalid(n);
    }
}

Type *check_value(Checker *c, Node *n) {
    Type *t = check_expr(c, n);
    switch (n->mode) {
    case MODE_TYPE:
        check_error(c, node_start_pos(n), "%s (type) is not an expression", node_string(c->arena, n));
        return invalid(n);
    case MODE_BUILTIN:
        check_error(c, node_start_pos(n), "%s (built-in) must be called", node_string(c->arena, n));
        return invalid(n);
    case MODE_PKG:
        check_error(c, node_start_pos(n), "use of package %s without selector", node_string(c->arena, n));
        return invalid(n);
    case MODE_NOVALUE:
        check_error(c, node_start_pos(n), "%s (no value) used as value", node_string(c->arena, n));
        return invalid(n);
    default:
        return t;
    }
}
