/* check_call.c: calls (functions, methods, closures, with variadic
 * arguments and f(g()) forwarding of multiple results), conversions
 * T(x), the builtin functions (len cap append make new delete copy close
 * panic recover print println complex real imag), and composite literals
 * (structs keyed or positional, arrays with [...] and index keys, slices,
 * maps, elided inner types).
 *
 * Technique: as check_expr.c; a call's mode is novalue (no results),
 * value (one result) or value of a tuple type (several results, legal only
 * where a multi-value context accepts it).
 *
 * Invariants: as check_expr.c.
 */
#include <string.h>

#include "check.h"

/* ---- arguments -------------------------------------------------------- */

/* How types2 lists operand types in "have (...)": untyped constants by
 * kind ("number", "string"), other operands by type (orig[i] when given:
 * the type before untyped operands took one). */
const char *operand_type_list(Checker *c, NodeList l, Type **orig) {
    const char *s = "";
    for (int i = 0; i < l.len; i++) {
        Type *t = orig ? orig[i] : l.items[i]->ty;
        const char *name = !t ? "?"
            : t->kind == TY_UNTYPED_NIL ? "nil"
            : t->kind == TY_UNTYPED_STRING ? "string"
            : t->kind == TY_UNTYPED_BOOL ? "bool"
            : type_is_untyped(t) ? "number" : type_string(c->arena, t);
        s = arena_printf(c->arena, "%s%s%s", s, i ? ", " : "", name);
    }
    return s;
}

/* Parameter or result types as in "want (...)": "int, ...string". */
const char *field_type_list(Checker *c, const Field *f, int n, bool variadic) {
    const char *s = "";
    for (int i = 0; i < n; i++) {
        Type *t = f[i].type;
        bool dots = variadic && i == n - 1;
        s = arena_printf(c->arena, "%s%s%s%s", s, i ? ", " : "", dots ? "..." : "",
                         type_string(c->arena, dots ? t->elem : t));
    }
    return s;
}

static void too_many_or_few(Checker *c, Node *call, bool many, Type *sig, int need, Type **orig) {
    NodeList args = call->list;
    Pos at = call->pos;
    if (many)
        at = node_start_pos(args.items[need < args.len ? need : args.len - 1]);
    else if (args.len > 0)
        at = node_start_pos(args.items[args.len - 1]);
    check_error(c, at, "%s arguments in call to %s\n\thave (%s)\n\twant (%s)",
                many ? "too many" : "not enough", node_string(c->arena, call->x),
                operand_type_list(c, args, orig), field_type_list(c, sig->fields, sig->nfields, sig->variadic));
}

static void check_arguments(Checker *c, Node *call, Type *sig) {
    NodeList args = call->list;
    /* f(g()) where g returns several values */
    if (args.len == 1 && args.items[0]->kind == N_CALL) {
        Node *a = args.items[0];
        check_expr(c, a);
        if (a->ty && a->ty->kind == TY_TUPLE) {
            Type *tup = a->ty;
            int need = sig->nfields;
            if (tup->nfields < need - (sig->variadic ? 1 : 0) ||
                (!sig->variadic && tup->nfields > need)) {
                too_many_or_few(c, call, tup->nfields > need, sig, need, NULL);
                return;
            }
            for (int i = 0; i < tup->nfields; i++) {
                Type *want = i < need - 1 || !sig->variadic ? sig->fields[i].type
                                                            : sig->fields[need - 1].type->elem;
                const char *r = "";
                (void)r;
                if (!types_identical(tup->fields[i].type, want) && !type_is_interface(want) &&
                    !types_identical(type_under(tup->fields[i].type), type_under(want)))
                    check_error(c, node_start_pos(a), "cannot use %s (value of type %s) as %s value in argument",
                                node_string(c->arena, a), type_string(c->arena, tup->fields[i].type),
                                type_string(c->arena, want));
            }
            return;
        }
    }
    int need = sig->nfields;
    bool dots = call->op != 0;
    if (dots && !sig->variadic) {
        check_error(c, call->pos, "have (...) but function is not variadic: %s",
                    node_string(c->arena, call->x));
    }
    const char *context = arena_printf(c->arena, "argument to %s", node_string(c->arena, call->x));
    Type **orig = arena_alloc(c->arena, sizeof(Type *) * (size_t)(args.len + 1));
    for (int i = 0; i < args.len; i++) {
        Node *a = args.items[i];
        orig[i] = check_value(c, a);   /* before untyped arguments take types */
        Type *want = NULL;
        if (i < need - 1 || (i == need - 1 && (!sig->variadic || dots)))
            want = sig->fields[i].type;
        else if (sig->variadic && i >= need - 1)
            want = sig->fields[need - 1].type->elem;
        if (want)
            check_assignable(c, a, want, context);
    }
    int min = sig->variadic && !dots ? need - 1 : need;
    if (args.len < min)
        too_many_or_few(c, call, false, sig, need, orig);
    else if (args.len > need && !(sig->variadic && !dots))
        too_many_or_few(c, call, true, sig, need, orig);
}

static Type *call_result(Checker *c, Node *n, Type *sig) {
    if (sig->nresults == 0)
        return set_mode(n, MODE_NOVALUE, type_tuple(c->arena, NULL, 0));
    if (sig->nresults == 1)
        return set_mode(n, MODE_VALUE, sig->results[0].type);
    return set_mode(n, MODE_VALUE, type_tuple(c->arena, sig->results, sig->nresults));
}

/* ---- conversions ------------------------------------------------------ */

static bool convertible(Type *v, Type *t) {
    Type *vu = type_under(v), *tu = type_under(t);
    if (types_identical_ignoring_tags(vu, tu))
        return true;
    if (vu->kind == TY_POINTER && tu->kind == TY_POINTER &&
        types_identical_ignoring_tags(type_under(vu->elem), type_under(tu->elem)))
        return true;
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
        types_identical(vu->elem, tu->elem))
        return true;   /* a bidirectional channel converts to a directional one */
    if (type_is_numeric(vu) && type_is_numeric(tu) &&
        type_is_complex(vu) == type_is_complex(tu))
        return true;
    if (type_is_string(tu) && (type_is_integer(vu) ||
                               (vu->kind == TY_SLICE && (type_under(vu->elem)->kind == TY_UINT8 ||
                                                         type_under(vu->elem)->kind == TY_INT32))))
        return true;
    if (type_is_string(vu) && tu->kind == TY_SLICE &&
        (type_under(tu->elem)->kind == TY_UINT8 || type_under(tu->elem)->kind == TY_INT32))
        return true;
    if (tu->kind == TY_INTERFACE)
        return true;   /* checked by assignability below */
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && type_under(tu->elem)->kind == TY_ARRAY &&
        types_identical(vu->elem, type_under(tu->elem)->elem))
        return true;
    return false;
}

/* string(x) of an integer constant x is a constant string holding the
 * UTF-8 encoding of x (U+FFFD when x is not a valid code point). */
static Type *const_string_conversion(Checker *c, Node *n, Node *x, Type *t) {
    int64_t v = 0xFFFD;
    if (x->val && const_to_int64(x->val, &v) && (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)))
        v = 0xFFFD;
    char buf[5] = {0};
    if (v < 0x80) { buf[0] = (char)v; }
    else if (v < 0x800) { buf[0] = (char)(0xC0 | (v >> 6)); buf[1] = (char)(0x80 | (v & 0x3F)); }
    else if (v < 0x10000) {
        buf[0] = (char)(0xE0 | (v >> 12));
        buf[1] = (char)(0x80 | ((v >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (v & 0x3F));
    } else {
        buf[0] = (char)(0xF0 | (v >> 18));
        buf[1] = (char)(0x80 | ((v >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((v >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (v & 0x3F));
    }
    n->val = arena_alloc(c->arena, sizeof(Const));
    n->val->kind = CONST_STRING;
    n->val->s = arena_strdup(c->arena, buf);
    n->val->slen = v == 0 ? 1 : strlen(buf);
    return set_mode(n, MODE_CONST, t);
}

static Type *check_conversion(Checker *c, Node *n, Type *t) {
    if (n->list.len != 1) {
        check_error(c, node_start_pos(n), n->list.len == 0 ? "missing argument in conversion to %s"
                                                : "too many arguments in conversion to %s",
                    type_string(c->arena, t));
        for (int i = 0; i < n->list.len; i++)
            check_expr(c, n->list.items[i]);
        return invalid(n);
    }
    Node *x = n->list.items[0];
    Type *v = check_value(c, x);
    if (is_invalid(x) || t->kind == TY_INVALID)
        return set_mode(n, MODE_VALUE, t);
    const char *desc = operand_desc(c, x);   /* before x takes a type */
    if (x->mode == MODE_CONST && x->val && type_is_untyped(v) && !type_is_interface(t)) {
        Type *tu = type_under(t);
        bool numeric_ok = type_is_numeric(v) && type_is_numeric(tu);
        if (numeric_ok || (type_is_string(v) && type_is_string(tu)) ||
            (type_is_boolean(v) && type_is_boolean(tu))) {
            Const val = *x->val;
            bool truncated;
            if (!const_representable(&val, t, &truncated)) {
                check_error(c, node_start_pos(x), "cannot convert %s (untyped %s constant) to type %s%s",
                            node_string(c->arena, x), type_string(c->arena, v) + 8,
                            type_string(c->arena, t), truncated ? " (truncated)" : "");
                return invalid(n);
            }
            convert_untyped(c, x, t);
            n->val = arena_alloc(c->arena, sizeof(Const));
            *n->val = val;
            return set_mode(n, MODE_CONST, t);
        }
        if (type_is_integer(v) && type_is_string(tu)) {   /* string(rune constant) */
            convert_untyped(c, x, ty_basic[TY_INT32]);
            return const_string_conversion(c, n, x, t);
        }
    }
    if (type_is_untyped(v)) {
        if (v->kind == TY_UNTYPED_NIL) {
            if (!type_has_nil(t)) {
                check_error(c, node_start_pos(x), "cannot convert nil to type %s", type_string(c->arena, t));
                return invalid(n);
            }
            x->ty = t;
            return set_mode(n, MODE_VALUE, t);
        }
        convert_untyped(c, x, type_is_interface(t) ? type_default(v) : t);
        v = x->ty;
    }
    if (type_is_interface(t)) {
        if (!check_assignable(c, x, t, "conversion"))
            return invalid(n);
        return set_mode(n, MODE_VALUE, t);
    }
    if (!convertible(v, t)) {
        check_error(c, node_start_pos(x), "cannot convert %s to type %s", desc,
                    type_string(c->arena, t));
        return invalid(n);
    }
    if (x->mode == MODE_CONST && type_is_integer(v) && type_is_string(type_under(t)))
        return const_string_conversion(c, n, x, t);
    if (x->mode == MODE_CONST && x->val && type_under(t)->kind <= TY_STRING &&
        type_under(v)->kind <= TY_STRING) {   /* constant conversion between basic types */
        Const val = *x->val;
        bool truncated;
        if (!type_is_float(v) || !type_is_integer(t)) {
            if (const_representable(&val, t, &truncated)) {
                n->val = arena_alloc(c->arena, sizeof(Const));
                *n->val = val;
                return set_mode(n, MODE_CONST, t);
            }
            check_error(c, node_start_pos(x), "cannot convert %s (%s) to type %s%s", node_string(c->arena, x),
                        operand_string(c, x), type_string(c->arena, t),
                        truncated ? " (truncated)" : "");
            return invalid(n);
        }
    }
    return set_mode(n, MODE_VALUE, t);
}

/* ---- builtins --------------------------------------------------------- */

/* types2's count check: at the call's start, after b(f()) is spread. */
static bool want_args(Checker *c, Node *n, int min, int max) {
    int found = call_operands(n).len;
    const char *msg = found < min ? "not enough" : max >= 0 && found > max ? "too many" : NULL;
    if (!msg)
        return true;
    check_error(c, node_start_pos(n), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                node_string(c->arena, n), found < min ? min : max, found);
    return false;
}

/* types2's hasCallOrRecv over a checked operand: a call that is neither
 * a conversion nor constant, or a receive. A func literal's body does not
 * count (it is not evaluated there). */
static bool has_call_or_recv(Node *n) {
    if (!n || n->mode == MODE_CONST || n->mode == MODE_TYPE || n->kind == N_FUNCLIT)
        return false;
    if (n->kind == N_UNARY && n->op == T_ARROW)
        return true;
    if (n->kind == N_CALL && n->x->mode != MODE_TYPE)
        return true;
    Node *kids[] = {n->x, n->y, n->z, n->w};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (has_call_or_recv(kids[i]))
            return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_call_or_recv(n->list.items[i]))
            return true;
    return false;
}

static Type *builtin_len_cap(Checker *c, Node *n, Builtin b) {
    if (!want_args(c, n, 1, 1))
        return invalid(n);
    Node *x = call_operands(n).items[0];
    Type *t = check_value(c, x);
    if (is_invalid(x))
        return set_mode(n, MODE_VALUE, ty_basic[TY_INT]);
    Type *u = type_under(t);
    if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
        u = type_under(u->elem);
    bool ok;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: ok = b == BI_LEN; break;
    case TY_ARRAY: case TY_SLICE: case TY_CHAN: ok = true; break;
    case TY_MAP: ok = b == BI_LEN; break;
    default: ok = false; break;
    }
    if (!ok) {
        check_error(c, node_start_pos(x), "invalid argument: %s (%s) for %s", node_string(c->arena, x),
                    operand_string(c, x), b == BI_LEN ? "len" : "cap");
        return invalid(n);
    }
    if (type_is_untyped(t))
        convert_untyped(c, x, ty_basic[TY_STRING]);
    /* len(s) of a constant string, len/cap of an array or *array without
     * calls or receives in s, is a constant (the spec's rule) */
    if ((x->mode == MODE_CONST && x->val && x->val->kind == CONST_STRING) ||
        (u->kind == TY_ARRAY && !has_call_or_recv(x))) {
        n->val = arena_alloc(c->arena, sizeof(Const));
        n->val->kind = CONST_INT;
        n->val->i = u->kind == TY_ARRAY ? u->len : (__int128)x->val->slen;
        return set_mode(n, MODE_CONST, ty_basic[TY_INT]);
    }
    return set_mode(n, MODE_VALUE, ty_basic[TY_INT]);
}

static Type *builtin_append(Checker *c, Node *n) {
    if (!want_args(c, n, 1, -1))
        return invalid(n);
    Node *s = call_operands(n).items[0];
    Type *t = check_value(c, s);
    if (is_invalid(s))
        return invalid(n);
    if (t->kind == TY_UNTYPED_NIL) {
        check_error(c, node_start_pos(s), "first argument to append must be a typed slice; found untyped nil");
        return invalid(n);
    }
    Type *u = type_under(t);
    if (u->kind != TY_SLICE) {
        check_error(c, node_start_pos(s), "first argument to append must be a slice; have %s (%s)",
                    node_string(c->arena, s), operand_string(c, s));
        return invalid(n);
    }
    if (n->op) {   /* append(s, t...) */
        if (call_operands(n).len != 2) {
            check_error(c, node_start_pos(n), "can only use ... with final argument in list");
            return invalid(n);
        }
        Node *x = call_operands(n).items[1];
        Type *xt = check_value(c, x);
        if (type_under(u->elem)->kind == TY_UINT8 && type_is_string(xt)) {
            convert_untyped(c, x, ty_basic[TY_STRING]);
            return set_mode(n, MODE_VALUE, t);
        }
        check_assignable(c, x, type_slice(c->arena, u->elem), "append");
        return set_mode(n, MODE_VALUE, t);
    }
    for (int i = 1; i < call_operands(n).len; i++)
        check_expr_with(c, call_operands(n).items[i], u->elem, "argument to append");
    return set_mode(n, MODE_VALUE, t);
}

static void check_size_arg(Checker *c, Node *x, const char *what) {
    Type *t = check_value(c, x);
    if (is_invalid(x))
        return;
    if (!type_is_integer(t) && !(x->mode == MODE_CONST && type_is_untyped(t) && type_is_numeric(t))) {
        if (type_is_untyped(t))
            check_error(c, node_start_pos(x), "cannot convert %s to int", operand_desc(c, x));
        else
            check_error(c, node_start_pos(x), "cannot convert %s (%s) to type int",
                        node_string(c->arena, x), operand_string(c, x));
        return;
    }
    if (type_is_untyped(t))
        check_assignable(c, x, ty_basic[TY_INT], what);
    int64_t v;
    if (x->mode == MODE_CONST && x->val && const_to_int64(x->val, &v) && v < 0)
        check_error(c, node_start_pos(x), "invalid argument: index %s (constant of type int) must not be negative",
                    node_string(c->arena, x));
}

static Type *builtin_make(Checker *c, Node *n) {
    if (!want_args(c, n, 1, 3))
        return invalid(n);
    Type *t = type_expr(c, n->list.items[0]);
    Type *u = type_under(t);
    int max = u->kind == TY_SLICE ? 3 : 2;
    if (u->kind != TY_SLICE && u->kind != TY_MAP && u->kind != TY_CHAN) {
        if (t->kind != TY_INVALID)
            check_error(c, node_start_pos(n->list.items[0]),
                        "invalid argument: cannot make %s; type must be slice, map, or channel",
                        node_string(c->arena, n->list.items[0]));
        return invalid(n);
    }
    if (u->kind == TY_SLICE && n->list.len < 2) {
        check_error(c, node_start_pos(n), "invalid operation: %s expects 2 or 3 arguments; found 1",
                    node_string(c->arena, n));
        return invalid(n);
    }
    if (n->list.len > max) {
        check_error(c, node_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d",
                    node_string(c->arena, n), max - 1, max, n->list.len);
        return invalid(n);
    }
    for (int i = 1; i < n->list.len; i++)
        check_size_arg(c, n->list.items[i], "argument to make");
    if (n->list.len == 3) {
        Node *l = n->list.items[1], *cp = n->list.items[2];
        int64_t lv, cv;
        if (l->val && cp->val && const_to_int64(l->val, &lv) && const_to_int64(cp->val, &cv) &&
            lv > cv)
            check_error(c, l->pos, "invalid argument: length and capacity swapped");
    }
    return set_mode(n, MODE_VALUE, t);
}

static Type *builtin_misc(Checker *c, Node *n, Builtin b) {
    switch (b) {
    case BI_NEW: {
        if (!want_args(c, n, 1, 1))
            return invalid(n);
        Type *t = type_expr(c, call_operands(n).items[0]);
        if (t == ty_invalid)
            return invalid(n);
        return set_mode(n, MODE_VALUE, type_pointer(c->arena, t));
    }
    case BI_DELETE: {
        if (!want_args(c, n, 2, 2))
            return invalid(n);
        Type *m = type_under(check_value(c, call_operands(n).items[0]));
        if (m->kind != TY_MAP) {
            if (m->kind != TY_INVALID)
                check_error(c, node_start_pos(call_operands(n).items[0]), "invalid argument: %s is not a map",
                            node_string(c->arena, call_operands(n).items[0]));
            check_value(c, call_operands(n).items[1]);
        } else {
            check_expr_with(c, call_operands(n).items[1], m->key, "argument to delete");
        }
        return set_mode(n, MODE_NOVALUE, type_tuple(c->arena, NULL, 0));
    }
    case BI_COPY: {
        if (!want_args(c, n, 2, 2))
            return invalid(n);
        Node *x = call_operands(n).items[0], *y = call_operands(n).items[1];
        Type *dst = type_under(check_value(c, x)), *src = check_value(c, y);
        if (type_is_untyped(src))
            convert_untyped(c, y, ty_basic[TY_STRING]);
        if (is_invalid(x) || is_invalid(y))
            return set_mode(n, MODE_VALUE, ty_basic[TY_INT]);
        Type *su = type_under(y->ty);
        Type *src_elem = su->kind == TY_SLICE ? su->elem : type_is_string(su) ? ty_byte : NULL;
        if (dst->kind != TY_SLICE || !src_elem)
            check_error(c, node_start_pos(x), "invalid argument: copy expects slice arguments; found %s and %s",
                        operand_desc(c, x), operand_desc(c, y));
        else if (!types_identical(dst->elem, src_elem))
            check_error(c, node_start_pos(x),
                        "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                        operand_desc(c, x), operand_desc(c, y), type_string(c->arena, dst->elem),
                        type_string(c->arena, src_elem));
        return set_mode(n, MODE_VALUE, ty_basic[TY_INT]);
    }
    case BI_CLOSE: {
        if (!want_args(c, n, 1, 1))
            return invalid(n);
        Type *t = type_under(check_value(c, call_operands(n).items[0]));
        if (t->kind != TY_CHAN && t->kind != TY_INVALID)
            check_error(c, node_start_pos(call_operands(n).items[0]), "invalid operation: non-chan argument %s",
                        node_string(c->arena, call_operands(n).items[0]));
        else if (t->kind == TY_CHAN && t->dir == CHAN_RECV)
            check_error(c, node_start_pos(call_operands(n).items[0]),
                        "invalid operation: cannot close receive-only channel %s",
                        node_string(c->arena, call_operands(n).items[0]));
        return set_mode(n, MODE_NOVALUE, type_tuple(c->arena, NULL, 0));
    }
    case BI_PANIC:
        if (want_args(c, n, 1, 1))
            check_expr_with(c, call_operands(n).items[0], ty_any, "argument to panic");
        return set_mode(n, MODE_NOVALUE, type_tuple(c->arena, NULL, 0));
    case BI_RECOVER:
        want_args(c, n, 0, 0);
        return set_mode(n, MODE_VALUE, ty_any);
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < call_operands(n).len; i++) {
            Node *a = call_operands(n).items[i];
            Type *t = check_value(c, a);
            if (type_is_untyped(t))
                convert_untyped(c, a, type_default(t));
        }
        return set_mode(n, MODE_NOVALUE, type_tuple(c->arena, NULL, 0));
    case BI_REAL: case BI_IMAG: {
        if (!want_args(c, n, 1, 1))
            return invalid(n);
        Node *x = call_operands(n).items[0];
        Type *xt = check_value(c, x);
        Type *u = type_under(xt);
        Type *t = type_is_untyped(xt) ? ty_basic[TY_UNTYPED_FLOAT]
                : u->kind == TY_COMPLEX64 ? ty_basic[TY_FLOAT32] : ty_basic[TY_FLOAT64];
        if (x->mode == MODE_CONST && x->val) {
            n->val = arena_alloc(c->arena, sizeof(Const));
            n->val->kind = CONST_FLOAT;
            n->val->f = b == BI_IMAG ? x->val->imag
                      : x->val->kind == CONST_INT ? (long double)x->val->i : x->val->f;
            return set_mode(n, MODE_CONST, t);
        }
        return set_mode(n, MODE_VALUE, t);
    }
    case BI_COMPLEX: {
        if (!want_args(c, n, 2, 2))
            return invalid(n);
        Node *x = call_operands(n).items[0], *y = call_operands(n).items[1];
        Type *xt = check_value(c, x), *yt = check_value(c, y);
        bool untyped = type_is_untyped(xt) && type_is_untyped(yt);
        Type *ft = type_is_untyped(xt) ? yt : xt;
        Type *t = untyped ? ty_basic[TY_UNTYPED_COMPLEX]
                : type_under(ft)->kind == TY_FLOAT32 ? ty_basic[TY_COMPLEX64]
                : ty_basic[TY_COMPLEX128];
        if (!untyped) {
            convert_untyped(c, x, ft);
            convert_untyped(c, y, ft);
            if (is_invalid(x) || is_invalid(y))
                return invalid(n);
            if (!types_identical(x->ty, y->ty)) {
                check_error(c, node_start_pos(x), "invalid operation: %s (mismatched types %s and %s)",
                            node_string(c->arena, n), type_string(c->arena, x->ty), type_string(c->arena, y->ty));
                return invalid(n);
            }
            TypeKind k = type_under(ft)->kind;
            if (k != TY_FLOAT32 && k != TY_FLOAT64) {
                check_error(c, node_start_pos(x), "invalid argument: arguments have type %s, expected floating-point",
                            type_string(c->arena, x->ty));
                return invalid(n);
            }
        }
        if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
            n->val = arena_alloc(c->arena, sizeof(Const));
            n->val->kind = CONST_FLOAT;
            n->val->f = x->val->kind == CONST_INT ? (long double)x->val->i : x->val->f;
            n->val->imag = y->val->kind == CONST_INT ? (long double)y->val->i : y->val->f;
            return set_mode(n, MODE_CONST, t);
        }
        return set_mode(n, MODE_VALUE, t);
    }
    default:
        return invalid(n);
    }
}

/* b(f()) with f multi-valued: as types2's argument getter, f's results
 * are the builtin's operands (for every builtin but make and new). The
 * call keeps its written argument in list (for messages: types2 prints
 * `copy(f())`) and gets in list2 one compiler temporary per result
 * (N_IDENT with op 1, named as the call it comes from, as types2 names
 * such an operand); the emitter and escape analysis fill them from one
 * call of f (ast.h). */
static void spread_results(Checker *c, Node *n, Builtin b) {
    if (b == BI_MAKE || b == BI_NEW || n->op || n->list.len != 1 || n->list.items[0]->kind != N_CALL)
        return;
    Node *inner = n->list.items[0];
    Type *t = check_expr(c, inner);
    if (!t || t->kind != TY_TUPLE || t->nfields < 2)
        return;
    const char *text = node_string(c->arena, inner);
    n->list2.items = arena_alloc(c->arena, sizeof(Node *) * (size_t)t->nfields);
    n->list2.len = t->nfields;
    for (int i = 0; i < t->nfields; i++) {
        Node *id = arena_alloc(c->arena, sizeof(Node));
        id->kind = N_IDENT;
        id->op = 1;
        id->pos = node_start_pos(inner);   /* where types2 reports about the operand */
        id->name = text;
        id->sym = sym_new(c, SYM_VAR, "mv", inner->pos);
        id->sym->type = t->fields[i].type;
        id->sym->func = c->scope ? c->scope->func : NULL;
        id->sym->used = true;
        set_mode(id, MODE_VALUE, t->fields[i].type);
        n->list2.items[i] = id;
    }
}

static Type *check_builtin_inner(Checker *c, Node *n, Builtin b) {
    spread_results(c, n, b);
    if (n->op && b != BI_APPEND) {
        check_error(c, node_start_pos(n), "invalid operation: invalid use of ... with built-in %s",
                    node_string(c->arena, n->x));
        return invalid(n);
    }
    switch (b) {
    case BI_LEN: case BI_CAP: return builtin_len_cap(c, n, b);
    case BI_APPEND: return builtin_append(c, n);
    case BI_MAKE: return builtin_make(c, n);
    default: return builtin_misc(c, n, b);
    }
}

static Type *check_builtin(Checker *c, Node *n, Builtin b) {
    Type *t = check_builtin_inner(c, n, b);
    /* as types2, every argument is evaluated even after an error */
    for (int i = 0; i < n->list.len; i++)
        if (!n->list.items[i]->ty && !(b == BI_MAKE || b == BI_NEW))
            check_expr(c, n->list.items[i]);
    return t;
}

/* ---- calls ------------------------------------------------------------ */

Type *check_call_results(Checker *c, Node *n) {
    if (n->ty)
        return n->ty;   /* already checked (f(g()) forwarding) */
    Type *ft = check_expr(c, n->x);
    if (is_invalid(n->x)) {
        for (int i = 0; i < n->list.len; i++)
            check_expr(c, n->list.items[i]);
        return invalid(n);
    }
    if (n->x->mode == MODE_TYPE)
        return check_conversion(c, n, ft);
    if (n->x->mode == MODE_BUILTIN)
        return check_builtin(c, n, n->x->sym->builtin);
    if (n->x->mode == MODE_PKG || n->x->mode == MODE_NOVALUE) {
        check_value(c, n->x);
        return invalid(n);
    }
    Type *sig = type_under(ft);
    if (sig->kind != TY_FUNC) {
        check_error(c, node_start_pos(n), "invalid operation: cannot call non-function %s (%s)",
                    node_string(c->arena, n->x), operand_string(c, n->x));
        for (int i = 0; i < n->list.len; i++)
            check_expr(c, n->list.items[i]);
        return invalid(n);
    }
    check_arguments(c, n, sig);
    return call_result(c, n, sig);
}

/* ---- composite literals ----------------------------------------------- */

static void elements_of(Checker *c, Node *e, Type *elem, const char *context) {
    if (e->kind == N_COMPOSITELIT && !e->type) {
        Type *u = type_under(elem);
        if (u->kind == TY_POINTER) {   /* []*T{{...}} means &T{...} */
            check_composite_lit(c, e, u->elem);
            e->ty = elem;   /* the element is the address of the literal */
            e->mode = MODE_VALUE;
            return;
        }
        check_composite_lit(c, e, elem);
        return;
    }
    check_expr_with(c, e, elem, context);
}

/* A composite literal as types2 quotes it; an elided type is printed as
 * the literal's underlying type. */
static const char *literal_string(Checker *c, Node *n) {
    if (n->type)
        return node_string(c->arena, n);
    return arena_printf(c->arena, "%s{\u2026}", type_string(c->arena, type_under(n->ty)));
}

static void struct_lit(Checker *c, Node *n, Type *u) {
    if (n->list.len == 0)
        return;
    bool keyed = n->list.items[0]->kind == N_KEYVALUE;
    if (!keyed) {
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            if (e->kind == N_KEYVALUE) {
                check_error(c, node_start_pos(e), "mixture of field:value and value elements in struct literal");
                return;
            }
            if (i >= u->nfields) {
                check_error(c, node_start_pos(e), "too many values in %s", literal_string(c, n));
                return;
            }
            check_expr_with(c, e, u->fields[i].type, "struct literal");
        }
        if (n->list.len < u->nfields)
            check_error(c, n->end.line ? n->end : n->pos, "too few values in %s",
                        literal_string(c, n));
        return;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind != N_KEYVALUE || e->x->kind != N_IDENT) {
            check_error(c, node_start_pos(e), e->kind != N_KEYVALUE
                                       ? "mixture of field:value and value elements in struct literal"
                                       : "invalid field name %s in struct literal",
                        node_string(c->arena, e->kind == N_KEYVALUE ? e->x : e));
            continue;
        }
        int f = 0;
        while (f < u->nfields && strcmp(u->fields[f].name, e->x->name) != 0)
            f++;
        if (f == u->nfields) {
            check_error(c, e->x->pos, "unknown field '%s' in struct literal of type %s", e->x->name,
                        type_string(c->arena, n->ty));
            continue;   /* as types2: the value is not checked */
        }
        e->x->sym = u->fields[f].sym;
        e->x->ty = u->fields[f].type;
        e->x->mode = MODE_VALUE;   /* a field name, not an expression */
        elements_of(c, e->y, u->fields[f].type, "struct literal");
        e->ty = u->fields[f].type;
    }
}

static int64_t array_lit(Checker *c, Node *n, Type *elem, int64_t len) {
    int64_t index = 0, max = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind == N_KEYVALUE) {
            check_value(c, e->x);
            int64_t k;
            if (e->x->mode == MODE_CONST && e->x->val && const_to_int64(e->x->val, &k) && k >= 0) {
                convert_untyped(c, e->x, ty_basic[TY_INT]);
                index = k;
            } else if (!(e->x->mode == MODE_INVALID)) {
                check_error(c, e->x->pos, "index %s must be integer constant",
                            node_string(c->arena, e->x));
            }
            elements_of(c, e->y, elem, "array or slice literal");
        } else {
            elements_of(c, e, elem, "array or slice literal");
        }
        if (len >= 0 && index >= len)
            check_error(c, node_start_pos(e), "index %lld out of bounds [0:%lld]", (long long)index,
                        (long long)len);
        index++;
        if (index > max)
            max = index;
    }
    return max;
}

static void map_lit(Checker *c, Node *n, Type *u) {
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind != N_KEYVALUE) {
            check_error(c, node_start_pos(e), "missing key in map literal");
            check_value(c, e);
            continue;
        }
        int before = c->diag->nerrors;
        elements_of(c, e->x, u->key, "map literal");
        if (c->diag->nerrors > before)
            continue;   /* as types2: a bad key's value is not checked */
        elements_of(c, e->y, u->elem, "map literal");
    }
}

Type *check_composite_lit(Checker *c, Node *n, Type *hint) {
    Type *t;
    if (n->type) {
        if (n->type->kind == N_ARRAYTYPE && n->type->x->kind == N_DOTS) {
            t = type_new(c->arena, TY_ARRAY);
            t->elem = type_expr(c, n->type->elem);
            t->len = -1;   /* set from the elements below */
            n->type->ty = t;
            n->type->mode = MODE_TYPE;
        } else {
            t = type_expr(c, n->type);
        }
    } else if (hint) {
        t = hint;
    } else {
        check_error(c, node_start_pos(n), "invalid composite literal type: missing type");
        return invalid(n);
    }
    n->ty = t;
    n->mode = MODE_VALUE;
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_STRUCT: struct_lit(c, n, u); break;
    case TY_ARRAY: {
        int64_t max = array_lit(c, n, u->elem, u->len);
        if (u->len < 0)
            u->len = max;
        break;
    }
    case TY_SLICE: array_lit(c, n, u->elem, -1); break;
    case TY_MAP: map_lit(c, n, u); break;
    case TY_INVALID:
        for (int i = 0; i < n->list.len; i++)
            if (n->list.items[i]->kind != N_COMPOSITELIT)
                check_expr(c, n->list.items[i]->kind == N_KEYVALUE ? n->list.items[i]->y
                                                                    : n->list.items[i]);
        return invalid(n);
    default:
        check_error(c, node_start_pos(n), "invalid composite literal type %s", type_string(c->arena, t));
        return invalid(n);
    }
    return set_mode(n, MODE_VALUE, t);
}
