/* escape_expr.c: expressions to flows (gc's escape/expr.go and call.go,
 * written for gomem's AST).
 *
 * esc_expr(k, n) evaluates n "into" the hole k: every location whose
 * value (or address, or contents) n yields gets an edge to k.dst with the
 * right dereference count. Allocation sites get their own location
 * (esc_spill) and flow their address into k. Implicit conversions to an
 * interface, which gomem's checker does not materialise, are made here
 * as synthetic SYN_CONVIFACE nodes (esc_expr_to), and so is the implicit
 * slice of a variadic call (SYN_DDDARG).
 *
 * Calls: a statically known callee (a declared function or method, a
 * func literal called where it stands or through a variable that is never
 * reassigned) gives each argument the hole its leak tag describes; an
 * unknown callee (a func value, an interface method) leaks everything to
 * the heap. Callees of the batch being analysed (recursion) are linked
 * directly to their parameter and result locations instead.
 *
 * Invariant: every expression of a checked program is handled or
 * discarded conservatively (flowing to the heap), never skipped in a way
 * that could put an escaping value on the stack.
 */
#include <string.h>

#include "escape.h"

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

bool esc_has_pointers(Type *t) {
    if (!t)
        return true;
    t = type_under(t);
    switch (t->kind) {
    case TY_ARRAY: return t->len > 0 && esc_has_pointers(t->elem);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (esc_has_pointers(t->fields[i].type))
                return true;
        return false;
    case TY_STRING: case TY_UNTYPED_STRING: case TY_POINTER: case TY_SLICE: case TY_MAP:
    case TY_CHAN: case TY_FUNC: case TY_INTERFACE: case TY_UNSAFE_POINTER: case TY_UNTYPED_NIL:
    case TY_TUPLE: case TY_INVALID:
        return true;
    default:
        return false;
    }
}

bool esc_direct_iface(Type *t) {
    t = type_under(t);
    switch (t->kind) {
    case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFE_POINTER: return true;
    case TY_ARRAY: return t->len == 1 && esc_direct_iface(t->elem);
    case TY_STRUCT: return t->nfields == 1 && esc_direct_iface(t->fields[0].type);
    default: return false;
    }
}

/* Is n (parentheses removed) a type, e.g. the callee of a conversion? */
bool esc_is_type_expr(Node *n) {
    n = unparen(n);
    if (!n)
        return false;
    switch (n->kind) {
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        return true;
    default:
        return n->mode == MODE_TYPE;
    }
}

static bool is_iface(Type *t) {
    return t && type_under(t)->kind == TY_INTERFACE;
}

static bool is_untyped(Type *t) {
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

static void discard(Esc *e, Node *n) {
    esc_expr(e, esc_discard_hole(e), n);
}

/* gc's assignHeap: src is stored where the compiler cannot follow it. */
static void assign_heap(Esc *e, Node *src, Type *dst_type, Node *where, const char *why) {
    esc_expr_to(e, esc_note(e, esc_heap_hole(e), where, why), src, dst_type, src ? src->pos : where->pos);
}

/* Records the decision for a location on a real node (shift 0: the
 * node's own allocation; 2: the boxing of its value into an interface). */
static void record_on(EscLoc *l, Node *n, int shift) {
    l->record = n;
    l->record_shift = shift;
}

Hole esc_spill_at(Esc *e, Hole k, Node *n, Node *record, int shift) {
    Hole h = esc_spill(e, k, n);
    record_on(h.dst, record, shift);
    return h;
}

/* Evaluates src into k after its implicit conversion to dst_type: a
 * concrete value put into an interface is boxed (its own allocation) at
 * conv_pos unless it is pointer-shaped; an interface value put into an
 * interface of another type is converted there too (gc's OCONVIFACE,
 * only a note in -m=2 paths: no allocation). */
void esc_expr_to(Esc *e, Hole k, Node *src, Type *dst_type, Pos conv_pos) {
    Node *s = unparen(src);
    if (s && dst_type && is_iface(dst_type) && s->ty && s->ty->kind != TY_UNTYPED_NIL && s->mode != MODE_NIL &&
        !(is_iface(s->ty) && types_identical(s->ty, dst_type))) {
        Node *conv = esc_synthetic(e, SYN_CONVIFACE, conv_pos);
        conv->x = s;
        conv->ty = dst_type;
        Type *st = is_untyped(s->ty) ? type_default(s->ty) : s->ty;
        if (!is_iface(st) && !esc_direct_iface(st))
            k = esc_spill_at(e, k, conv, s, 2);
        k = esc_note(e, k, conv, "interface-converted");
    }
    esc_expr(e, k, src);
}

/* ---- selectors: fields through embedded structs ---------------------------- */

/* Finds the path to field or method `name` in t: steps[i] tells whether
 * step i goes through a pointer. Returns the number of steps (>= 1), or 0. */
static int member_path_names(Type *t, const char *name, bool *steps, const char **names, int max,
                             int depth) {
    if (depth >= max || !t)
        return 0;
    bool ptr = false;
    Type *u = type_under(t);
    if (u->kind == TY_POINTER) {
        ptr = true;
        t = u->elem;
        u = type_under(t);
    }
    steps[depth] = ptr;
    if (t->kind == TY_NAMED)
        for (int i = 0; i < t->nmethods; i++)
            if (strcmp(t->methods[i]->name, name) == 0)
                return depth + 1;
    if (u->kind != TY_STRUCT && u->kind != TY_INTERFACE)
        return 0;
    for (int i = 0; i < u->nfields; i++)   /* fields, or an interface's methods */
        if (u->fields[i].name && strcmp(u->fields[i].name, name) == 0)
            return depth + 1;
    if (u->kind == TY_INTERFACE)
        return 0;
    /* shallowest embedded match (breadth by increasing depth limit) */
    for (int limit = depth + 2; limit <= max; limit++)
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].embedded) {
                int r = member_path_names(u->fields[i].type, name, steps, names, limit, depth + 1);
                if (r) {
                    if (names)
                        names[depth] = u->fields[i].name;
                    return r;
                }
            }
    return 0;
}

int esc_member_path(Type *t, const char *name, bool *steps, const char **names, int max) {
    return member_path_names(t, name, steps, names, max, 0);
}

static int member_path(Type *t, const char *name, bool *steps, int max, int depth) {
    return member_path_names(t, name, steps, NULL, max, depth);
}

/* The hole for evaluating the operand x of x.name (fields, or the
 * receiver of a method: the implicit dereferences and embedded steps). */
static Hole selector_hole(Esc *e, Hole k, Node *sel) {
    bool steps[16];
    int n = member_path(sel->x->ty, sel->name, steps, 16, 0);
    if (n == 0) {
        e->unhandled++;
        return esc_heap_hole(e);
    }
    for (int i = n - 1; i >= 0; i--)
        k = steps[i] ? esc_deref(e, k, sel, "dot of pointer") : esc_note(e, k, sel, "dot");
    return k;
}

/* ---- composite literals ---------------------------------------------------- */

static Type *field_type_by_name(Type *st, const char *name) {
    for (int i = 0; i < st->nfields; i++)
        if (st->fields[i].name && strcmp(st->fields[i].name, name) == 0)
            return st->fields[i].type;
    return NULL;
}

static void complit_elems(Esc *e, Hole k, Node *n, Type *t) {
    Type *u = type_under(t);
    for (int i = 0; i < n->list.len; i++) {
        Node *el = n->list.items[i];
        Node *val = el->kind == N_KEYVALUE ? el->y : el;
        Pos conv = el->kind == N_KEYVALUE ? el->pos : val->pos;   /* gc: key:value at the colon */
        switch (u->kind) {
        case TY_ARRAY:
            esc_expr_to(e, esc_note(e, k, n, "array literal element"), val, u->elem, conv);
            break;
        case TY_SLICE:
            esc_expr_to(e, esc_note(e, k, n, "slice-literal-element"), val, u->elem, conv);
            break;
        case TY_STRUCT: {
            Type *ft = el->kind == N_KEYVALUE ? field_type_by_name(u, el->x->name)
                       : (i < u->nfields ? u->fields[i].type : NULL);
            esc_expr_to(e, esc_note(e, k, n, "struct literal element"), val, ft, conv);
            break;
        }
        case TY_MAP:
            if (el->kind == N_KEYVALUE) {
                esc_expr_to(e, esc_note(e, esc_heap_hole(e), n, "map literal key"), el->x, u->key, el->pos);
                esc_expr_to(e, esc_note(e, esc_heap_hole(e), n, "map literal value"), el->y, u->elem,
                            el->pos);   /* gc: the key:value colon */
            }
            break;
        default:
            discard(e, val);
            break;
        }
    }
}

/* A literal T{...}; inside an outer literal it can be an elided &T{...}
 * (its type is then a pointer): gc's &T{...} of a T{...}, two allocation
 * sites at one position when T is a slice or map type (the new cell, and
 * the backing array or map it holds: recorded in bits 4-5 of Node.esc). */
static void composite_lit(Esc *e, Hole k, Node *n) {
    Type *t = n->ty;
    if (!t)
        return;
    Node *lit = n;
    int shift = 0;
    if (type_under(t)->kind == TY_POINTER) {
        k = esc_spill_at(e, k, n, n, 0);
        t = type_under(t)->elem;
        lit = arena_alloc(e->arena, sizeof(Node));   /* prints as T{...} */
        *lit = *n;
        lit->ty = t;
        shift = 4;
    }
    if (type_under(t)->kind == TY_MAP) {
        esc_spill_at(e, k, lit, n, shift);
        k = esc_discard_hole(e);
    } else if (type_under(t)->kind == TY_SLICE) {
        k = esc_spill_at(e, k, lit, n, shift);
    }
    complit_elems(e, k, lit, t);
}

/* ---- conversions and builtins ---------------------------------------------- */

static bool is_byte_or_rune_slice(Type *t) {
    Type *u = type_under(t);
    if (u->kind != TY_SLICE)
        return false;
    TypeKind k = type_under(u->elem)->kind;
    return k == TY_UINT8 || k == TY_INT32;
}

static void conversion(Esc *e, Hole k, Node *n) {
    if (n->list.len != 1)
        return;
    Node *arg = n->list.items[0];
    Type *to = n->ty, *from = arg->ty;
    if (!to || !from)
        return;
    if (is_iface(to) && !is_iface(from)) {
        if (!esc_direct_iface(is_untyped(from) ? type_default(from) : from))
            k = esc_spill_at(e, k, n, n, 0);
        esc_expr(e, esc_note(e, k, n, "interface-converted"), arg);
    } else if ((type_is_string(to) && (is_byte_or_rune_slice(from) || type_is_integer(from))) ||
               (is_byte_or_rune_slice(to) && (type_is_string(from) || from->kind == TY_UNTYPED_STRING ||
                                               (arg->val && arg->val->kind == CONST_STRING)))) {
        esc_spill_at(e, k, n, n, 0);
        discard(e, arg);
    } else {
        esc_expr(e, k, arg);
    }
}

static Node *builtin_of(Node *call) {
    Node *f = unparen(call->x);
    if (f && f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN)
        return f;
    return NULL;
}

/* The value part of an argument: with a go/defer wrapper, the argument is
 * first copied into a temporary the wrapper captures (gc's wrapExpr). */
typedef struct {
    Node *call;
    Pos pos;              /* where an implicit conversion of an identifier goes */
} ArgCtx;

/* gc's base.Pos after evaluating n: the position of the last non-constant
 * expression started in a pre-order walk of n (constants, type names
 * and the callee of a builtin or conversion do not move it), or `pos`
 * when there is none. Implicit conversions made after an expression
 * was evaluated sit there. */
/* pkg.Name: a selector that names a package member. */
static bool is_pkg_selector(Node *f) {
    return f->x->mode == MODE_PKG || (f->x->sym && f->x->sym->kind == SYM_PKG);
}

Pos esc_last_pos(Node *n, Pos pos) {
    n = unparen(n);
    if (!n || n->mode == MODE_CONST || n->mode == MODE_TYPE || n->kind == N_BAD)
        return pos;
    if (n->kind == N_FUNCLIT)
        return n->pos;
    pos = n->kind == N_COMPOSITELIT || n->kind == N_BINARY || n->kind == N_SELECTOR ||
          n->kind == N_INDEX || n->kind == N_SLICE || n->kind == N_CALL || n->kind == N_TYPEASSERT
              ? node_start_pos(n) : n->pos;
    if (n->kind == N_CALL) {
        Node *f = unparen(n->x);
        if (!(esc_is_type_expr(f) || (f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN)))
            return n->pos;   /* a call ends at itself (gc's transformCall sets base.Pos) */
        pos = n->pos;
        for (int i = 0; i < n->list.len; i++)
            pos = esc_last_pos(n->list.items[i], pos);
        return pos;
    }
    if (n->kind == N_COMPOSITELIT) {
        pos = n->pos;
        for (int i = 0; i < n->list.len; i++) {
            Node *el = n->list.items[i];
            pos = esc_last_pos(el->kind == N_KEYVALUE ? el->y : el, pos);
        }
        return pos;
    }
    if (n->kind == N_SELECTOR && !is_pkg_selector(n))
        return esc_last_pos(n->x, pos);
    if (n->kind == N_SELECTOR)
        return pos;
    pos = esc_last_pos(n->x, pos);
    pos = esc_last_pos(n->y, pos);
    for (int i = 0; i < n->list.len; i++)
        pos = esc_last_pos(n->list.items[i], pos);
    pos = esc_last_pos(n->z, pos);
    pos = esc_last_pos(n->w, pos);
    return pos;
}

/* Where gc puts the implicit conversion of a call argument: at the
 * position of the closest argument so far (this one included) that is
 * not a plain variable, else at the call (gc takes base.Pos, which a
 * variable's use does not move). `cursor` carries it across arguments. */
static Pos conv_pos_for(Node *arg, Pos *cursor) {
    Node *a = unparen(arg);
    bool plain_var = a && a->mode == MODE_VAR &&
                     (a->kind == N_IDENT || (a->kind == N_SELECTOR && is_pkg_selector(a)));   /* os.Stdout */
    if (a && !plain_var && a->kind != N_BAD)
        *cursor = a->pos;
    return *cursor;
}

/* Arguments gc does not copy into a go/defer wrapper's temporaries:
 * constants (unless boxed on the way), nil, declared functions (also
 * another package's: fmt.Println). */
static bool wrap_skippable(Node *arg, Type *ptype) {
    Node *a = unparen(arg);
    if (!a)
        return true;
    if (a->mode == MODE_NIL)
        return true;
    if (a->mode == MODE_CONST)
        return !(ptype && is_iface(ptype));
    bool named = a->kind == N_IDENT || (a->kind == N_SELECTOR && is_pkg_selector(a));
    return named && a->sym && a->sym->kind == SYM_FUNC;
}

/* Evaluates arg (converted to ptype) into k; inside a go/defer wrapper the
 * value goes through a temporary the wrapper captures (gc's wrapExpr). */
static void wrapped_value(Esc *e, Hole k, Node *arg, Type *ptype, Pos conv_pos) {
    Node *a = unparen(arg);
    bool slice_lit = a && a->kind == N_COMPOSITELIT && a->ty && type_under(a->ty)->kind == TY_SLICE;
    /* gc wraps the elements of a slice literal argument, not the literal
     * (gomem evaluates such a literal in place, elements included) */
    if (e->wrapper && !wrap_skippable(arg, ptype) && !slice_lit) {
        Hole ah;
        EscLoc *tmp = esc_wrap_temp(e, arg, ptype && is_iface(ptype) ? ptype : arg->ty, &ah);
        esc_expr_to(e, ah, arg, ptype, conv_pos);
        esc_flow_var(e, k, tmp);
        return;
    }
    esc_expr_to(e, k, arg, ptype, conv_pos);
}

static void argument(Esc *e, Hole k, Node *arg, Type *ptype, Node *call, Pos conv_pos) {
    wrapped_value(e, esc_note(e, k, call, "call parameter"), arg, ptype, conv_pos);
}

static Type *slice_elem(Type *t) {
    Type *u = t ? type_under(t) : NULL;
    return u && u->kind == TY_SLICE ? u->elem : NULL;
}

/* The operands a builtin works on: for b(f()), the temporaries holding
 * f's results, filled here from one evaluation of f (irgen_temps). */
static Node **irgen_temps(Esc *e, Node *call, IrTemps *it);

static NodeList builtin_operands(Esc *e, Node *call) {
    if (!call->list2.len)
        return call->list;
    IrTemps *it = ptrmap_get(&e->irtemps, call);
    if (!it) {   /* not seen by declare_locals (a package initializer): numbered now */
        it = arena_alloc(e->arena, sizeof(IrTemps));
        it->kind = IRT_RESULTS;
        it->n = call->list2.len;
        it->first = e->curfn ? e->curfn->ntemps : 0;
        if (e->curfn)
            e->curfn->ntemps += it->n;
        ptrmap_put(e->arena, &e->irtemps, call, it);
    }
    NodeList a = {irgen_temps(e, call, it), it->n};
    return a;
}

static void call_builtin(Esc *e, Hole *ks, int nks, Node *call, Node *f) {
    NodeList a = builtin_operands(e, call);
    Hole d = esc_discard_hole(e);
    switch (f->sym->builtin) {
    case BI_APPEND: {
        if (a.len == 0)
            return;
        Hole appendee = nks > 0 ? ks[0] : d;
        Type *elem = slice_elem(a.items[0]->ty);
        if (elem && esc_has_pointers(elem)) {
            Hole two[2] = {appendee, esc_deref(e, esc_heap_hole(e), call, "appendee slice")};
            appendee = esc_tee(e, two, 2);
        }
        argument(e, appendee, a.items[0], NULL, call, a.items[0]->pos);
        if (call->op) {
            Hole appended = d;
            Type *st = a.len > 1 ? a.items[1]->ty : NULL;
            if (st && type_under(st)->kind == TY_SLICE && esc_has_pointers(type_under(st)->elem))
                appended = esc_deref(e, esc_heap_hole(e), call, "appended slice...");
            if (a.len > 1)
                argument(e, appended, a.items[1], NULL, call, a.items[1]->pos);
        } else {
            Pos conv = call->pos;   /* append converts after evaluating all its operands */
            for (int i = 0; i < a.len; i++)
                conv = esc_last_pos(a.items[i], conv);
            for (int i = 1; i < a.len; i++)
                argument(e, esc_heap_hole(e), a.items[i], elem, call, conv);
        }
        return;
    }
    case BI_COPY: {
        if (a.len < 2)
            return;
        argument(e, d, a.items[0], NULL, call, a.items[0]->pos);
        Hole copied = d;
        Type *st = a.items[1]->ty;
        if (st && type_under(st)->kind == TY_SLICE && esc_has_pointers(type_under(st)->elem))
            copied = esc_deref(e, esc_heap_hole(e), call, "copied slice");
        argument(e, copied, a.items[1], NULL, call, a.items[1]->pos);
        return;
    }
    case BI_PANIC:   /* boxed after its operand is evaluated */
        if (a.len == 1)
            argument(e, esc_heap_hole(e), a.items[0], ty_any, call, esc_last_pos(a.items[0], call->pos));
        return;
    case BI_NEW: case BI_MAKE:
        esc_expr(e, nks > 0 ? ks[0] : d, call);
        return;
    default:
        for (int i = 0; i < a.len; i++)
            if (a.items[i]->mode != MODE_TYPE)
                argument(e, d, a.items[i], NULL, call, a.items[i]->pos);
        return;
    }
}

/* ---- calls ------------------------------------------------------------------- */

/* gc's ir.StaticValue: the expression a local variable always holds
 * (defined once, never reassigned, address never taken), followed
 * through chains of such variables; n itself when it is no such variable. */
Node *esc_static_value(Esc *e, Node *n, Node *func) {
    for (int guard = 0; guard < 16 && n; guard++) {
        n = unparen(n);
        /* a variable of an enclosing function is a closure variable here,
         * which gc does not follow */
        if (n->kind != N_IDENT || !n->sym || n->sym->kind != SYM_VAR || n->sym->global ||
            n->sym->param || n->sym->result || n->sym->addr_taken || ptrmap_get(&e->reassigned, n->sym) ||
            n->sym->func != func)
            return n;
        Node *d = ptrmap_get(&e->defs, n->sym);
        if (!d)
            return n;
        n = d;
    }
    return n;
}

/* gc's devirtualization: an interface method call on a variable that
 * always holds one concrete type T calls T's method. Returns T or NULL. */
Type *esc_devirtualized(Esc *e, Node *call, Node *func) {
    Node *f = unparen(call->x);
    if (f->kind != N_SELECTOR || !f->x->ty || !is_iface(f->x->ty) || f->x->mode == MODE_TYPE)
        return NULL;
    Node *v = esc_static_value(e, f->x, func);
    if (!v || v == unparen(f->x) || !v->ty || is_iface(v->ty) || is_untyped(v->ty))
        return NULL;
    bool ptr;
    Sym *m = type_method(v->ty, f->name, &ptr);
    return m && m->kind == SYM_FUNC ? v->ty : NULL;
}

void esc_static_callee(Esc *e, Node *call, Callee *c) {
    Node *f = unparen(call->x);
    memset(c, 0, sizeof *c);
    if (f->kind == N_SELECTOR && f->sym && f->sym->kind == SYM_FUNC && !is_pkg_selector(f) &&
        f->x->mode != MODE_TYPE) {
        c->method_call = true;
        c->recv = f->x;
        if (!is_iface(f->x->ty)) {
            c->fn = esc_func_of_sym(e, f->sym);
            return;
        }
        c->devirt = ptrmap_get(&e->devirt, call);
        if (c->devirt) {
            bool ptr;
            c->fn = esc_func_of_sym(e, type_method(c->devirt, f->name, &ptr));
        }
        return;
    }
    Node *v = f->kind == N_IDENT ? esc_static_value(e, f, e->curfn->decl) : f;
    if (v->kind == N_FUNCLIT) {
        c->fn = esc_func_of(e, v);
    } else if (v->kind == N_IDENT && v->sym && v->sym->kind == SYM_FUNC) {
        c->fn = esc_func_of_sym(e, v->sym);
    } else if (v->kind == N_SELECTOR && v->sym && v->sym->kind == SYM_FUNC) {
        c->fn = esc_func_of_sym(e, v->sym);
        c->recv_in_args = v->x->mode == MODE_TYPE;   /* method expression T.m */
    }
}

/* The hole an argument for parameter `index` (receiver = 0 when the
 * callee has one) flows into, by the callee's leak tags. */
static Hole tag_hole(Esc *e, Hole *ks, int nks, EscFunc *fn, int index) {
    if (!fn || index >= fn->nparams)
        return esc_heap_hole(e);
    if (esc_in_mutual_batch(fn)) {
        EscLoc *p = fn->params[index];
        return p ? esc_hole(p) : esc_discard_hole(e);
    }
    Hole tk[1 + ESC_RESULTS];
    int n = 0;
    Leaks *l = &fn->tags[index];
    if (l->level[0] >= 0)
        tk[n++] = esc_shift(esc_heap_hole(e), l->level[0]);
    for (int i = 0; i < ESC_RESULTS && ks; i++)
        if (l->level[1 + i] >= 0 && i < nks)
            tk[n++] = esc_shift(ks[i], l->level[1 + i]);
    return esc_tee(e, tk, n);
}

/* The hole for the receiver operand x of x.m: implicit &x for a pointer
 * method on a value, implicit *x for a value method on a pointer, and
 * the embedded fields on the way to the method. */
/* The method a call x.m(...) runs: the concrete one when devirtualized. */
static Sym *receiver_method(Node *sel, Type *devirt) {
    if (devirt) {
        bool ptr;
        return type_method(devirt, sel->name, &ptr);
    }
    return sel->sym;
}

static Hole receiver_hole(Esc *e, Hole h, Node *sel, Type *devirt) {
    Node *x = sel->x;
    Type *t = x->ty;
    if (devirt) {   /* x.(T) */
        if (!esc_direct_iface(devirt))
            h = esc_shift(h, 1);
        h = esc_note(e, h, x, "dot");
        t = devirt;
    } else if (is_iface(t)) {
        return h;
    }
    bool steps[16];
    int n = member_path(t, sel->name, steps, 16, 0);
    if (n <= 0)
        return h;
    Sym *m = receiver_method(sel, devirt);
    bool ptr_recv = m && m->ptr_recv;
    if (ptr_recv && !steps[n - 1])
        h = esc_addr(e, h, x, "address-of");
    else if (!ptr_recv && steps[n - 1])
        h = esc_deref(e, h, x, "indirection");
    for (int i = n - 2; i >= 0; i--)
        h = steps[i] ? esc_deref(e, h, sel, "dot of pointer") : esc_note(e, h, sel, "dot");
    return h;
}

static void receiver(Esc *e, Hole k, Node *sel, Node *call, Type *devirt, Node *x) {
    k = esc_note(e, k, call, "call parameter");
    if (e->wrapper && !wrap_skippable(x, NULL)) {
        /* the temporary holds the receiver argument: of the method's
         * receiver type for a concrete (or devirtualized) call */
        Sym *m = receiver_method(sel, devirt);
        Type *t = x->ty;
        if (m && m->recv_base)
            t = m->ptr_recv ? type_pointer(e->arena, m->recv_base) : m->recv_base;
        Hole ah;
        EscLoc *tmp = esc_wrap_temp(e, x, t, &ah);
        if (devirt)
            tmp->pos = sel->pos;   /* x.(T) has a position of its own */
        esc_expr(e, receiver_hole(e, ah, sel, devirt), x);
        esc_flow_var(e, k, tmp);
        return;
    }
    esc_expr(e, receiver_hole(e, k, sel, devirt), x);
}

static void call_args(Esc *e, Hole *ks, int nks, Node *call, EscFunc *fn, Type *sig, int first_param,
                      NodeList args, int first_arg) {
    int np = sig->nfields;
    int nargs = args.len - first_arg;
    Pos cpos = call->pos, cursor = call->pos;
    /* f(g()) with g returning several results: temporaries first */
    if (nargs == 1 && np > 1) {
        Node *only = unparen(args.items[first_arg]);
        if (only->ty && only->ty->kind == TY_TUPLE) {
            EscLoc *tmps[64];
            Hole th[64];
            int nt = only->ty->nfields < 64 ? only->ty->nfields : 64;
            for (int i = 0; i < nt; i++) {
                tmps[i] = esc_new_temp(e, only, only->ty->fields[i].type);
                th[i] = esc_hole(tmps[i]);
            }
            esc_call(e, th, nt, only);
            for (int i = 0; i < nt && i < np; i++) {
                Hole k = esc_note(e, tag_hole(e, ks, nks, fn, first_param + i), call, "call parameter");
                if (k.derefs >= 0 && !esc_has_pointers(tmps[i]->type))
                    continue;
                esc_flow(e, k, tmps[i]);
            }
            return;
        }
    }
    for (int i = 0; i < np; i++) {
        Type *pt = sig->fields[i].type;
        Hole k = tag_hole(e, ks, nks, fn, first_param + i);
        bool ddd = sig->variadic && i == np - 1 && !call->op;
        if (!ddd) {
            if (first_arg + i < args.len) {
                Node *a = args.items[first_arg + i];
                argument(e, k, a, pt, call, conv_pos_for(a, &cursor));
            }
            continue;
        }
        if (first_arg + i >= args.len)
            break;   /* no variadic arguments: a nil slice */
        Node *dd = esc_synthetic(e, SYN_DDDARG, cpos);
        dd->ty = pt;
        dd->list = args;
        Type *elem = slice_elem(pt);
        int nv = args.len - (first_arg + i);
        EscLoc **tmps = NULL;
        if (e->wrapper) {   /* gc wraps the elements before it evaluates the slice */
            tmps = arena_alloc(e->arena, sizeof(EscLoc *) * (size_t)nv);
            for (int j = 0; j < nv; j++) {
                Node *a = args.items[first_arg + i + j];
                Pos conv = conv_pos_for(a, &cursor);
                if (wrap_skippable(a, elem))
                    continue;
                Hole ah;
                tmps[j] = esc_wrap_temp(e, a, elem && is_iface(elem) ? elem : a->ty, &ah);
                esc_expr_to(e, ah, a, elem, conv);
            }
        }
        Hole sk = esc_spill_at(e, esc_note(e, k, call, "call parameter"), dd, call, 0);
        for (int j = 0; j < nv; j++) {
            Node *a = args.items[first_arg + i + j];
            Hole ek = esc_note(e, sk, dd, "slice-literal-element");
            if (tmps && tmps[j])
                esc_flow_var(e, ek, tmps[j]);
            else if (!tmps)
                esc_expr_to(e, ek, a, elem, conv_pos_for(a, &cursor));
        }
    }
}

static bool is_real_call(Node *n) {
    n = unparen(n);
    return n && n->kind == N_CALL && !esc_is_type_expr(n->x) && !builtin_of(n);
}

/* gc's callOrChan over a subtree: a call (new(T) and conversions
 * excepted), a builtin with an effect or a channel receive. */
static bool has_call_or_recv(Node *n) {
    n = unparen(n);
    if (!n || n->mode == MODE_CONST || n->mode == MODE_TYPE || n->kind == N_FUNCLIT)
        return false;
    if (n->kind == N_UNARY && n->op == T_ARROW)
        return true;
    if (n->kind == N_CALL && !esc_is_type_expr(n->x)) {
        Node *b = builtin_of(n);
        if (!b || b->sym->builtin != BI_NEW)
            return true;
    }
    if (has_call_or_recv(n->x) || has_call_or_recv(n->y) || has_call_or_recv(n->z) || has_call_or_recv(n->w))
        return true;
    for (int i = 0; i < n->list.len; i++) {
        Node *el = n->list.items[i];
        if (has_call_or_recv(el->kind == N_KEYVALUE ? el->y : el))
            return true;
    }
    return false;
}

/* gc's RewriteNonNameCall (a callee, or a method's receiver, with a call
 * in it goes into a temporary) and RewriteMultiValueCall (g(f()) with f
 * multi-valued, g a function or a builtin): returns the number of
 * temporaries of the first (0 or 1, *kind IRT_RECV or IRT_CALLEE), and
 * in *nresults that of the second. */
int esc_irgen_temps(Esc *e, Node *call, int *kind, int *nresults) {
    (void)e;
    *kind = 0;
    *nresults = 0;
    if (call->kind == N_CALL && call->list2.len > 0 && builtin_of(call)) {   /* b(f()): ast.h */
        *nresults = call->list2.len;
        return 0;
    }
    if (!is_real_call(call))
        return 0;
    Node *f = unparen(call->x);
    Type *sig = f->ty && f->ty->kind == TY_FUNC ? f->ty : NULL;
    if (sig && !call->op && call->list.len == 1) {   /* any call: gc's transformArgs */
        Node *a = unparen(call->list.items[0]);
        if (is_real_call(a) && a->ty && a->ty->kind == TY_TUPLE)
            *nresults = a->ty->nfields;
    }
    if (f->kind == N_SELECTOR && f->sym && f->sym->kind == SYM_FUNC && !is_pkg_selector(f) &&
        !esc_is_type_expr(f->x)) {
        if (has_call_or_recv(f->x)) {
            /* gomem models the temporary only when it holds the receiver
             * as is (no implicit & and no embedded fields on the way);
             * otherwise the receiver is evaluated in place: the same flows,
             * without the temporary's name */
            bool steps[16];
            int n = is_iface(f->x->ty) ? 1 : member_path(f->x->ty, f->name, steps, 16, 0);
            if (n != 1 || (!is_iface(f->x->ty) && f->sym->ptr_recv && !steps[0]))
                return 0;
            *kind = IRT_RECV;
            return 1;
        }
    } else if (has_call_or_recv(f)) {
        *kind = IRT_CALLEE;
        return 1;
    }
    return 0;
}

IrTemps *esc_result_temps(Esc *e, Node *call) {
    IrTemps *it = ptrmap_get(&e->irtemps, call);
    return it && it->kind != IRT_RESULTS ? it->results : it;
}

/* Evaluates what gc's front end put into temporaries before call (the
 * receiver call, the callee call, or the results of g(f())) and returns
 * the temporaries as printable nodes. */
static Node **irgen_temps(Esc *e, Node *call, IrTemps *it) {
    Node *f = unparen(call->x);
    Node *inner = it->kind == IRT_RECV ? unparen(f->x) : it->kind == IRT_CALLEE ? f
                  : unparen(call->list.items[0]);
    Node **nodes = arena_alloc(e->arena, sizeof(Node *) * (size_t)it->n);
    Hole *ks = arena_alloc(e->arena, sizeof(Hole) * (size_t)it->n);
    for (int i = 0; i < it->n; i++) {
        Type *t = inner->ty && inner->ty->kind == TY_TUPLE ? inner->ty->fields[i].type : inner->ty;
        EscLoc *tmp = esc_new_temp(e, inner, t);
        tmp->name = arena_printf(e->arena, ".autotmp_%d", it->first + i);
        Node *n = esc_synthetic(e, SYN_TEMP, inner->pos);
        n->name = tmp->name;
        n->ty = t;
        n->mode = MODE_VAR;
        n->aux = tmp;
        nodes[i] = n;
        ks[i] = esc_hole(tmp);
    }
    it->nodes = nodes;
    if (it->kind == IRT_RESULTS)
        esc_call(e, ks, it->n, inner);
    else
        esc_expr(e, ks[0], inner);
    return nodes;
}

static void call_in_context(Esc *e, Hole *ks, int nks, Node *call);

/* Only the go/defer call itself has its operands copied into the wrapper's
 * temporaries: a call nested in them (an argument's value, or f() of
 * g(f()), which gc's front end hoists before the statement) is evaluated
 * at the statement, as any call. */
void esc_call(Esc *e, Hole *ks, int nks, Node *call) {
    call = unparen(call);
    PendingClosure *wrapper = e->wrapper;
    if (wrapper && wrapper->call != call)
        e->wrapper = NULL;
    call_in_context(e, ks, nks, call);
    e->wrapper = wrapper;
}

static void call_in_context(Esc *e, Hole *ks, int nks, Node *call) {
    Node *f = unparen(call->x);
    if (esc_is_type_expr(f)) {
        esc_expr(e, nks > 0 ? ks[0] : esc_discard_hole(e), call);
        return;
    }
    Node *b = builtin_of(call);
    if (b) {
        call_builtin(e, ks, nks, call, b);
        return;
    }
    IrTemps *it = ptrmap_get(&e->irtemps, call);   /* the receiver's or callee's, */
    if (it && it->kind == IRT_RESULTS)
        it = NULL;
    IrTemps *rt = esc_result_temps(e, call);       /* then g(f())'s results' */
    Node **tn = it ? irgen_temps(e, call, it) : NULL;
    Node **rn = rt ? irgen_temps(e, call, rt) : NULL;
    ptrmap_put(e->arena, &e->calls_done, call, call);
    Callee c;
    esc_static_callee(e, call, &c);
    if (it && it->kind == IRT_CALLEE) {   /* the callee is a temporary holding f() */
        c.fn = NULL;
        f = tn[0];
    }
    EscFunc *fn = c.fn;
    if (f->kind == N_FUNCLIT && fn)
        fn->closure_called = true;
    Type *sig = f->ty && f->ty->kind == TY_FUNC ? f->ty : NULL;
    if (fn && fn->sig)
        sig = fn->sig;
    if (!sig) {
        e->unhandled++;
        for (int i = 0; i < call->list.len; i++)
            assign_heap(e, call->list.items[i], NULL, call, "call parameter");
        return;
    }
    if (ks && fn && esc_in_mutual_batch(fn))
        for (int i = 0; i < nks && i < fn->nresults; i++)
            esc_flow_var(e, ks[i], fn->results[i]);
    if (!c.method_call)
        argument(e, esc_discard_hole(e), f, NULL, call, f->pos);
    int first_param = 0, first_arg = 0;
    if (c.method_call) {
        receiver(e, tag_hole(e, ks, nks, fn, 0), f, call, c.devirt, it && it->kind == IRT_RECV ? tn[0] : f->x);
        first_param = fn ? 1 : 0;
    } else if (c.recv_in_args && fn && fn->has_recv) {
        if (call->list.len > 0)
            argument(e, tag_hole(e, ks, nks, fn, 0), call->list.items[0], NULL, call, call->pos);
        first_param = 1;
        first_arg = 1;
    }
    NodeList args = call->list;
    if (rt) {   /* g(f()): the results' temporaries */
        args.items = rn;
        args.len = rt->n;
    }
    call_args(e, ks, nks, call, fn, sig, first_param, args, first_arg);
}

/* ---- expressions --------------------------------------------------------------- */

static bool is_string_concat(Node *n) {
    return n->kind == N_BINARY && n->op == T_ADD && n->mode != MODE_CONST && n->ty && type_is_string(n->ty);
}

static void discard_concat(Esc *e, Node *n) {
    n = unparen(n);
    if (is_string_concat(n)) {
        discard_concat(e, n->x);
        discard_concat(e, n->y);
        return;
    }
    discard(e, n);
}

static void binary(Esc *e, Hole k, Node *n) {
    if (is_string_concat(n)) {
        esc_spill_at(e, k, n, n, 0);
        discard_concat(e, n->x);
        discard_concat(e, n->y);
        return;
    }
    /* a comparison of a concrete value with an interface boxes nothing
     * that escape analysis sees (gc compares without converting) */
    discard(e, n->x);
    discard(e, n->y);
}

static void method_value(Esc *e, Hole k, Node *n) {
    Hole closure_k = esc_spill_at(e, k, n, n, 0);
    EscFunc *fn = is_iface(n->x->ty) ? NULL : esc_func_of_sym(e, n->sym);
    Hole rk[ESC_RESULTS];
    int nr = n->ty && n->ty->kind == TY_FUNC ? n->ty->nresults : 0;
    if (nr > ESC_RESULTS)
        nr = ESC_RESULTS;
    for (int i = 0; i < nr; i++)
        rk[i] = esc_heap_hole(e);
    Hole param_k = tag_hole(e, rk, nr, fn, 0);
    Hole two[2] = {param_k, closure_k};
    Hole k2 = esc_tee(e, two, 2);
    k2 = receiver_hole(e, k2, n, NULL);
    esc_expr(e, k2, n->x);
}

static void selector(Esc *e, Hole k, Node *n) {
    if (n->x->mode == MODE_PKG || (n->x->sym && n->x->sym->kind == SYM_PKG) || n->x->mode == MODE_TYPE)
        return;
    if (n->sym && n->sym->kind == SYM_FUNC) {
        method_value(e, k, n);
        return;
    }
    esc_expr(e, selector_hole(e, k, n), n->x);
}

static void index_expr(Esc *e, Hole k, Node *n) {
    Type *t = n->x->ty ? type_under(n->x->ty) : NULL;
    if (t && t->kind == TY_MAP) {
        discard(e, n->x);
        for (int i = 0; i < n->list.len; i++)
            esc_expr_to(e, esc_discard_hole(e), n->list.items[i], t->key, esc_last_pos(n, n->pos));
        return;
    }
    if (t && t->kind == TY_ARRAY)
        esc_expr(e, esc_note(e, k, n, "fixed-array-index-of"), n->x);
    else if (t && t->kind == TY_POINTER)
        esc_expr(e, esc_deref(e, esc_note(e, k, n, "fixed-array-index-of"), n->x, "indirection"), n->x);
    else
        esc_expr(e, esc_deref(e, k, n, "dot of pointer"), n->x);
    for (int i = 0; i < n->list.len; i++)
        discard(e, n->list.items[i]);
}

static void slice_expr(Esc *e, Hole k, Node *n) {
    Type *t = n->x->ty ? type_under(n->x->ty) : NULL;
    Hole h = esc_note(e, k, n, "slice");
    if (t && t->kind == TY_ARRAY)
        h = esc_addr(e, h, n->x, "address-of");   /* a[i:j] slices &a */
    esc_expr(e, h, n->x);
    discard(e, n->y);
    discard(e, n->z);
    discard(e, n->w);
}

static void unary(Esc *e, Hole k, Node *n) {
    Node *x = unparen(n->x);
    if (n->op == T_AND) {
        if (x->kind == N_COMPOSITELIT) {
            Hole h = esc_spill_at(e, k, n, n, 0);
            TypeKind kind = x->ty ? type_under(x->ty)->kind : TY_INVALID;
            if (kind == TY_SLICE || kind == TY_MAP) {   /* &[]T{...}: the backing store is an allocation too */
                composite_lit(e, h, x);
                return;
            }
            complit_elems(e, h, x, x->ty);
            x->esc = ESC_NONE;   /* the literal itself lives in &T{}'s storage */
            return;
        }
        esc_expr(e, esc_addr(e, k, n, "address-of"), n->x);
        return;
    }
    discard(e, n->x);
}

void esc_flow_var(Esc *e, Hole k, EscLoc *l) {
    if (!l)
        return;
    if (k.derefs >= 0 && l->type && !esc_has_pointers(l->type))
        return;
    esc_flow(e, k, l);
}

void esc_expr(Esc *e, Hole k, Node *n) {
    n = unparen(n);
    if (!n)
        return;
    if (n->kind == N_BAD) {   /* synthetic temporary */
        if (n->aux)
            esc_flow_var(e, k, n->aux);
        return;
    }
    if (k.derefs >= 0 && n->ty && !is_untyped(n->ty) && !esc_has_pointers(n->ty))
        k = esc_discard_hole(e);
    if (n->mode == MODE_CONST || n->mode == MODE_TYPE || n->mode == MODE_NIL)
        return;
    switch (n->kind) {
    case N_IDENT:
        if (n->sym && n->sym->kind == SYM_VAR && !n->sym->global) {
            EscLoc *l = esc_var_loc(e, n->sym);
            if (l)
                esc_flow(e, k, l);
        }
        return;
    case N_BASICLIT: return;
    case N_COMPOSITELIT: composite_lit(e, k, n); return;
    case N_FUNCLIT: esc_closure_expr(e, k, n); return;
    case N_SELECTOR: selector(e, k, n); return;
    case N_INDEX: index_expr(e, k, n); return;
    case N_SLICE: slice_expr(e, k, n); return;
    case N_TYPEASSERT: {
        Type *t = n->ty;
        if (t && !is_iface(t) && !esc_direct_iface(t))
            k = esc_shift(k, 1);
        esc_expr(e, esc_note(e, k, n, "dot"), n->x);
        return;
    }
    case N_CALL: {
        Node *f = unparen(n->x);
        if (esc_is_type_expr(f)) {
            conversion(e, k, n);
            return;
        }
        Node *b = builtin_of(n);
        if (b && b->sym->builtin == BI_NEW) {
            esc_spill_at(e, k, n, n, 0);
            return;
        }
        if (b && b->sym->builtin == BI_MAKE) {
            Type *t = n->ty ? type_under(n->ty) : NULL;
            if (t && (t->kind == TY_SLICE || t->kind == TY_MAP))
                esc_spill_at(e, k, n, n, 0);
            for (int i = 1; i < n->list.len; i++)
                discard(e, n->list.items[i]);
            return;
        }
        esc_call(e, &k, 1, n);
        return;
    }
    case N_STAR: esc_expr(e, esc_deref(e, k, n, "indirection"), n->x); return;
    case N_UNARY: unary(e, k, n); return;
    case N_BINARY: binary(e, k, n); return;
    default:
        e->unhandled++;
        return;
    }
}
