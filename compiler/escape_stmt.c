/* escape_stmt.c: statements to flows (gc's escape/stmt.go, assign.go,
 * the closure parts of escape.go and the go/defer part of call.go).
 *
 * Loop depth: every location remembers the loop depth of its declaration;
 * a value stored into a location declared outside the current loop
 * outlives the iteration that made it (gc's rule). Loops are for and
 * range statements, and labels that a later goto jumps back to.
 *
 * Closures: a func literal's body is walked where the literal stands,
 * with its own function as the current one; its captured variables are
 * linked to the closure's storage after the whole batch is walked
 * (esc_flow_closure), by value when the variable is small, never
 * reassigned and never address-taken, else by reference.
 *
 * go/defer: as gc, a call with arguments is wrapped in a closure whose
 * captured temporaries hold the evaluated arguments; the wrapper goes to
 * the heap for go, and for defer inside a loop.
 */
#include <string.h>

#include "escape.h"

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static void stmt(Esc *e, Node *n);

static void discard(Esc *e, Node *n) {
    esc_expr(e, esc_discard_hole(e), n);
}

static void block_list(Esc *e, NodeList l) {
    int old = e->loop_depth;
    for (int i = 0; i < l.len; i++)
        stmt(e, l.items[i]);
    e->loop_depth = old;
}

static void block(Esc *e, Node *b) {
    if (!b || esc_is_dead(e, b))
        return;
    if (b->kind == N_BLOCK) {
        block_list(e, b->list);
        return;
    }
    int old = e->loop_depth;
    stmt(e, b);
    e->loop_depth = old;
}

EscLoc *esc_new_temp(Esc *e, Node *n, Type *t) {
    EscLoc *l = esc_new_loc(e, NULL, false);
    l->type = t;
    l->pos = n ? n->pos : l->pos;
    return l;
}

/* gc's e.dcl: a declaration sets its variable's loop depth. */
static EscLoc *dcl(Esc *e, Sym *s) {
    EscLoc *l = s ? esc_var_loc(e, s) : NULL;
    if (l)
        l->loop_depth = e->loop_depth;
    return l;
}

static bool is_blank(Node *n) {
    n = unparen(n);
    return !n || (n->kind == N_IDENT && strcmp(n->name, "_") == 0);
}

static bool via_pointer(Node *sel) {
    return sel->x->ty && type_under(sel->x->ty)->kind == TY_POINTER;
}

/* The hole for storing into the addressable expression n (gc's e.addr). */
static Hole addr(Esc *e, Node *n) {
    n = unparen(n);
    if (is_blank(n))
        return esc_discard_hole(e);
    switch (n->kind) {
    case N_IDENT:
        if (n->sym && n->sym->kind == SYM_VAR && !n->sym->global) {
            EscLoc *l = esc_var_loc(e, n->sym);
            if (l)
                return esc_hole(l);
        }
        return esc_heap_hole(e);
    case N_SELECTOR:
        if (n->sym && n->sym->kind == SYM_FIELD && !via_pointer(n) && n->x->ty &&
            type_under(n->x->ty)->kind == TY_STRUCT) {
            /* embedded pointers on the way make it a store through a pointer */
            Type *st = type_under(n->x->ty);
            bool direct = false;
            for (int i = 0; i < st->nfields; i++)
                if (st->fields[i].name && strcmp(st->fields[i].name, n->name) == 0)
                    direct = true;
            if (direct)
                return addr(e, n->x);
        }
        discard(e, n);
        return esc_heap_hole(e);
    case N_INDEX: {
        Type *t = n->x->ty ? type_under(n->x->ty) : NULL;
        if (t && t->kind == TY_MAP) {
            discard(e, n->x);
            for (int i = 0; i < n->list.len; i++)
                esc_expr_to(e, esc_note(e, esc_heap_hole(e), n, "key of map put"), n->list.items[i], t->key,
                            esc_last_pos(n, n->pos));
            return esc_heap_hole(e);
        }
        for (int i = 0; i < n->list.len; i++)
            discard(e, n->list.items[i]);
        if (t && t->kind == TY_ARRAY)
            return addr(e, n->x);
        discard(e, n->x);
        return esc_heap_hole(e);
    }
    case N_STAR:
        discard(e, n);
        return esc_heap_hole(e);
    default:
        e->unhandled++;
        discard(e, n);
        return esc_heap_hole(e);
    }
}

/* Marks the targets of an assignment reassigned, except variables this
 * very statement declares (gc's e.reassigned). */
static void reassigned(Hole *ks, int n, Node *where) {
    for (int i = 0; i < n; i++) {
        EscLoc *l = ks[i].dst;
        if (l->var && where->kind == N_ASSIGN) {
            bool defines = false;
            for (int j = 0; j < where->list.len; j++)
                if (l->var->decl == where->list.items[j])
                    defines = true;
            if (defines)
                continue;
        }
        l->reassigned = true;
    }
}

/* ---- self-assignment (gc's isSelfAssign) ------------------------------------ */

static bool same_safe_expr(Node *a, Node *b) {
    a = unparen(a);
    b = unparen(b);
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case N_IDENT: return a->sym && a->sym == b->sym && a->sym->kind == SYM_VAR;
    case N_SELECTOR: return a->sym == b->sym && same_safe_expr(a->x, b->x);
    case N_STAR: return same_safe_expr(a->x, b->x);
    case N_INDEX:
        return a->list.len == 1 && b->list.len == 1 && same_safe_expr(a->x, b->x) &&
               same_safe_expr(a->list.items[0], b->list.items[0]);
    case N_BASICLIT: return a->lit && b->lit && strcmp(a->lit, b->lit) == 0;
    default: return false;
    }
}

static bool may_affect_memory(Node *n) {
    n = unparen(n);
    if (!n || n->mode == MODE_CONST)
        return false;
    switch (n->kind) {
    case N_IDENT: case N_BASICLIT: return false;
    case N_BINARY: return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_UNARY: return n->op == T_ARROW || n->op == T_AND || may_affect_memory(n->x);
    case N_SELECTOR: case N_STAR: return may_affect_memory(n->x);
    case N_INDEX: return may_affect_memory(n->x) || (n->list.len && may_affect_memory(n->list.items[0]));
    default: return true;
    }
}

/* The base name of *p or p.f (through a pointer), or NULL. */
static Sym *deref_base(Node *n) {
    n = unparen(n);
    if (n->kind == N_STAR || (n->kind == N_SELECTOR && n->sym && n->sym->kind == SYM_FIELD && via_pointer(n))) {
        Node *x = unparen(n->x);
        if (x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR)
            return x->sym;
    }
    return NULL;
}

static bool is_self_assign(Node *dst, Node *src) {
    dst = unparen(dst);
    src = unparen(src);
    if (!dst || !src)
        return false;
    if (src->kind == N_SLICE) {   /* p.buf = p.buf[i:j] */
        Node *sx = unparen(src->x);
        Type *st = sx->ty ? type_under(sx->ty) : NULL;
        Sym *d = deref_base(dst);
        if (d && st && st->kind != TY_ARRAY && deref_base(sx) == d)
            return true;
    }
    if (dst->kind != src->kind)
        return false;
    if (dst->kind == N_SELECTOR && dst->sym && dst->sym->kind == SYM_FIELD && src->sym &&
        src->sym->kind == SYM_FIELD && via_pointer(dst) == via_pointer(src))
        return same_safe_expr(dst->x, src->x);
    if (dst->kind == N_INDEX && dst->list.len == 1 && src->list.len == 1) {
        Type *t = dst->x->ty ? type_under(dst->x->ty) : NULL;
        if (!t || t->kind == TY_MAP)
            return false;
        if (may_affect_memory(dst->list.items[0]) || may_affect_memory(src->list.items[0]))
            return false;
        return same_safe_expr(dst->x, src->x);
    }
    return false;
}

/* ---- assignments ---------------------------------------------------------------- */

/* Where gc puts the implicit conversion of an assigned value: a variable
 * assigned with `=` gets the position of the left side, anything else
 * (and every value of a var declaration) its own. */
static Pos assign_conv_pos(Node *dst, Node *src, Node *where) {
    if (where->kind == N_ASSIGN)   /* the right side, then the left, then the conversion */
        return esc_last_pos(dst, esc_last_pos(src, where->pos));
    return esc_last_pos(src, dst->pos);   /* var x T = v: v, else the name */
}

/* gc's assignList: dsts[i] = srcs[i] (srcs may be shorter: v, ok = ...). */
static void assign_list(Esc *e, NodeList dsts, Node **srcs, int nsrcs, const char *why, Node *where,
                        bool mark_reassigned, bool convert) {
    Hole *ks = arena_alloc(e->arena, sizeof(Hole) * (size_t)(dsts.len + 1));
    for (int i = 0; i < dsts.len; i++)
        ks[i] = addr(e, dsts.items[i]);
    for (int i = 0; i < dsts.len; i++) {
        Node *dst = dsts.items[i];
        Node *src = i < nsrcs ? srcs[i] : NULL;
        Hole k = ks[i];
        if (src && is_self_assign(dst, src)) {
            if (e->m)
                esc_printf(e, where->pos, "%s ignoring self-assignment in %s", e->curfn->name,
                           esc_node_string(e, where));
            k = esc_discard_hole(e);
        }
        if (src)
            esc_expr_to(e, esc_note(e, k, where, why), src, convert ? dst->ty : NULL,
                        assign_conv_pos(dst, src, where));
    }
    if (mark_reassigned)
        reassigned(ks, dsts.len, where);
}

static bool is_multi_value_call(Node *n) {
    n = unparen(n);
    return n && n->kind == N_CALL && n->ty && n->ty->kind == TY_TUPLE;
}

static const char *comma_ok_why(Node *rhs) {
    rhs = unparen(rhs);
    if (rhs->kind == N_INDEX)
        return "assign-pair-mapr";
    if (rhs->kind == N_TYPEASSERT)
        return "assign-pair-dot-type";
    return "assign-pair-receive";
}

static void assign_stmt(Esc *e, Node *n, bool mark_reassigned) {
    NodeList lhs = n->list, rhs = n->list2;
    if (n->op == T_DEFINE || n->kind == N_VAR)
        for (int i = 0; i < lhs.len; i++) {
            Node *id = lhs.items[i];
            if (id->kind == N_IDENT && id->sym && (id->sym->decl == id || n->kind == N_VAR))
                dcl(e, id->sym);
        }
    if (lhs.len > 1 && rhs.len == 1) {
        if (is_multi_value_call(rhs.items[0])) {
            Hole *ks = arena_alloc(e->arena, sizeof(Hole) * (size_t)lhs.len);
            for (int i = 0; i < lhs.len; i++)
                ks[i] = addr(e, lhs.items[i]);
            esc_call(e, ks, lhs.len, unparen(rhs.items[0]));
            if (mark_reassigned)
                reassigned(ks, lhs.len, n);
            return;
        }
        /* v, ok = x.(T) / m[k] / <-c: gc converts the value later (walk), not here */
        assign_list(e, lhs, rhs.items, 1, comma_ok_why(rhs.items[0]), n, mark_reassigned, false);
        return;
    }
    assign_list(e, lhs, rhs.items, rhs.len, lhs.len > 1 ? "assign-pair" : "assign", n, mark_reassigned, true);
}

/* var a, b T = x, y: gc's noder makes one assignment a = x, b = y per
 * name (its -m=2 notes say "a = x (assign)", at the spec's position);
 * var a, b = f() stays one assignment of the whole lists. */
static void var_decl(Esc *e, Node *spec) {
    if (spec->kind != N_VAR)
        return;
    if (spec->list2.len == 0) {
        for (int i = 0; i < spec->list.len; i++)
            dcl(e, spec->list.items[i]->sym);
        return;
    }
    if (spec->list.len < 2 || spec->list.len != spec->list2.len) {
        assign_stmt(e, spec, false);
        return;
    }
    for (int i = 0; i < spec->list.len; i++) {
        Node *one = arena_alloc(e->arena, sizeof(Node));
        *one = *spec;
        one->list = (NodeList){&spec->list.items[i], 1};
        one->list2 = (NodeList){&spec->list2.items[i], 1};
        assign_stmt(e, one, false);
    }
}

static void return_stmt(Esc *e, Node *n) {
    EscFunc *fn = e->curfn;
    if (n->list.len == 0)
        return;
    if (n->list.len == 1 && fn->nresults > 1 && is_multi_value_call(n->list.items[0])) {
        Node *call = unparen(n->list.items[0]);
        EscLoc **tmps = arena_alloc(e->arena, sizeof(EscLoc *) * (size_t)fn->nresults);
        Hole *ks = arena_alloc(e->arena, sizeof(Hole) * (size_t)fn->nresults);
        for (int i = 0; i < fn->nresults; i++) {
            tmps[i] = esc_new_temp(e, call, call->ty->fields[i].type);
            ks[i] = esc_hole(tmps[i]);
        }
        esc_call(e, ks, fn->nresults, call);
        for (int i = 0; i < fn->nresults; i++)
            esc_flow_var(e, esc_note(e, esc_hole(fn->results[i]), n, "return"), tmps[i]);
        return;
    }
    /* gc converts after evaluating every result; then each result that is
     * not a plain variable moves base.Pos to itself */
    Pos cursor = n->pos;
    for (int i = 0; i < n->list.len; i++)
        cursor = esc_last_pos(n->list.items[i], cursor);
    for (int i = 0; i < n->list.len && i < fn->nresults; i++) {
        Node *src = n->list.items[i];
        Node *s = unparen(src);
        EscLoc *r = fn->results[i];
        r->reassigned = true;
        if (s && !(s->kind == N_IDENT && s->mode == MODE_VAR))
            cursor = s->pos;
        esc_expr_to(e, esc_note(e, esc_hole(r), n, "return"), src, r->type, cursor);
    }
}

/* ---- go and defer ------------------------------------------------------------------ */

/* gc's wrapExpr/copyExpr: a temporary ".autotmp_N = arg" that the
 * go/defer wrapper captures; *assign is the hole the argument goes into. */
EscLoc *esc_wrap_temp(Esc *e, Node *arg, Type *t, Hole *assign) {
    Node *call = e->wrapper->call;
    Node *a = unparen(arg);
    bool is_temp = a->kind == N_BAD && a->op == SYN_TEMP;   /* gc: a name, like an identifier */
    bool unique_pos = !(a->kind == N_IDENT || is_temp || a->mode == MODE_CONST || a->mode == MODE_NIL);
    EscLoc *tmp = esc_new_temp(e, arg, t);
    tmp->pos = unique_pos ? a->pos : call->pos;
    tmp->name = arena_printf(e->arena, ".autotmp_%d", e->curfn->ntemps++);
    Node *id = esc_synthetic(e, SYN_TEMP, tmp->pos);
    id->name = tmp->name;
    Node *as = esc_synthetic(e, SYN_TEMP, tmp->pos);
    as->kind = N_ASSIGN;
    as->op = T_ASSIGN;
    as->list.items = arena_alloc(e->arena, sizeof(Node *));
    as->list.items[0] = id;
    as->list.len = 1;
    as->list2.items = arena_alloc(e->arena, sizeof(Node *));
    as->list2.items[0] = a;
    as->list2.len = 1;
    Node *cv = esc_synthetic(e, SYN_CLOSUREVAR, call->pos);
    cv->name = tmp->name;
    tmp->capture_node = cv;
    tmp->captured = true;
    ptrmap_put(e->arena, &e->arg_temps, a, (void *)tmp->name);   /* the call now prints it */
    esc_wrapper_capture(e, tmp);
    *assign = esc_note(e, esc_hole(tmp), as, "assign");
    return tmp;
}

void esc_wrapper_capture(Esc *e, EscLoc *tmp) {
    PendingClosure *w = e->wrapper;
    if (!w)
        return;
    EscLoc **n = arena_alloc(e->arena, sizeof(EscLoc *) * (size_t)(w->ntemps + 1));
    if (w->ntemps)
        memcpy(n, w->temps, sizeof(EscLoc *) * (size_t)w->ntemps);
    n[w->ntemps++] = tmp;
    w->temps = n;
}

static bool is_plain_func_call(Node *call) {
    Node *f = unparen(call->x);
    if (esc_is_type_expr(f))
        return false;
    if (f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN)
        return false;
    if (f->kind == N_SELECTOR && f->sym && f->sym->kind == SYM_FUNC && f->x->mode != MODE_PKG &&
        f->x->mode != MODE_TYPE && !(f->x->sym && f->x->sym->kind == SYM_PKG))
        return false;   /* a method call */
    return true;
}

static void go_defer(Esc *e, Node *n) {
    Hole k = esc_heap_hole(e);
    bool in_place = n->kind == N_DEFER && e->loop_depth == 1;
    if (in_place)
        k = esc_later(e, esc_discard_hole(e));
    Node *call = unparen(n->x);
    if (!call || call->kind != N_CALL) {
        discard(e, call);
        return;
    }
    Node *f = unparen(call->x);
    if (is_plain_func_call(call) && f->ty && f->ty->kind == TY_FUNC && f->ty->nfields == 0 &&
        f->ty->nresults == 0) {
        esc_expr(e, k, f);
        n->esc = in_place ? ESC_NONE : ESC_HEAP;
        return;
    }
    PendingClosure *w = arena_alloc(e->arena, sizeof(PendingClosure));
    w->call = call;
    PendingClosure *saved = e->wrapper;
    e->wrapper = w;
    esc_call(e, NULL, 0, call);
    e->wrapper = saved;
    Node *clo = esc_synthetic(e, SYN_WRAPPER, n->pos);
    w->node = n;
    w->k = esc_spill_at(e, k, clo, n, 0);
    w->k.dst->name = NULL;
    ptrvec_push(e->arena, &e->closures, w);
}

/* ---- closures ----------------------------------------------------------------------- */

void esc_closure_expr(Esc *e, Hole k, Node *lit) {
    EscFunc *fn = esc_func_of(e, lit);
    if (!fn || !fn->outer) {   /* a package-level literal: analysed on its own */
        if (fn)
            esc_spill_at(e, k, lit, lit, 0);
        else
            e->unhandled++;
        return;
    }
    PendingClosure *pc = arena_alloc(e->arena, sizeof(PendingClosure));
    pc->k = esc_spill_at(e, k, lit, lit, 0);
    pc->clo = fn;
    pc->node = lit;
    ptrvec_push(e->arena, &e->closures, pc);
    for (int i = 0; i < fn->ncaptures; i++) {
        EscLoc *l = esc_var_loc(e, fn->captures[i]);
        if (l && !l->captured) {
            l->captured = true;
            if (l->loop_depth == e->loop_depth)
                l->reassigned = false;
        }
    }
    EscFunc *saved_fn = e->curfn;
    int saved_depth = e->loop_depth;
    PendingClosure *saved_wrapper = e->wrapper;
    e->wrapper = NULL;
    esc_walk_func(e, fn);
    e->curfn = saved_fn;
    e->loop_depth = saved_depth;
    e->wrapper = saved_wrapper;
}

static EscFunc *declaring_func(Esc *e, Sym *s) {
    return s->func ? esc_func_of(e, s->func) : NULL;
}

void esc_flow_closure(Esc *e, PendingClosure *pc) {
    if (!pc->clo) {   /* a go/defer wrapper: its temporaries */
        for (int i = 0; i < pc->ntemps; i++) {
            EscLoc *l = pc->temps[i];
            int64_t width = l->type ? type_size(l->type) : 8;
            bool byval = !l->addrtaken && !l->reassigned && width <= 128;
            if (e->m > 1)
                esc_printf(e, l->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", e->curfn->name,
                           byval ? "value" : "ref", l->name, l->addrtaken ? "true" : "false",
                           l->reassigned ? "true" : "false", (long long)width);
            Hole k = pc->k;
            if (!byval)
                k = esc_addr(e, k, l->capture_node, "reference");
            esc_flow(e, esc_note(e, k, l->capture_node, "captured by a closure"), l);
        }
        return;
    }
    EscFunc *fn = pc->clo;
    for (int i = 0; i < fn->ncaptures; i++) {
        Sym *s = fn->captures[i];
        EscLoc *l = esc_var_loc(e, s);
        if (!l)
            continue;
        int64_t width = s->type ? type_size(s->type) : 8;
        bool byval = !l->addrtaken && !l->reassigned && width <= 128;
        if (e->m > 1) {
            EscFunc *owner = declaring_func(e, s);
            esc_printf(e, s->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                       owner ? owner->name : "?", byval ? "value" : "ref", s->name,
                       l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false", (long long)width);
        }
        Node *cv = esc_synthetic(e, SYN_CLOSUREVAR, fn->capture_pos[i]);
        cv->name = s->name;
        Hole k = pc->k;
        if (!byval)
            k = esc_addr(e, k, cv, "reference");
        esc_flow(e, esc_note(e, k, cv, "captured by a closure"), l);
    }
}

/* ---- statements ---------------------------------------------------------------------- */

static int label_index(Esc *e, const char *name) {
    for (int i = 0; i < e->nlabels; i++)
        if (strcmp(e->labels[i], name) == 0)
            return i;
    return -1;
}

static void range_stmt(Esc *e, Node *n) {
    if (n->op == T_DEFINE)   /* declared where the statement stands */
        for (int i = 0; i < n->list.len; i++)
            if (n->list.items[i]->kind == N_IDENT)
                dcl(e, n->list.items[i]->sym);
    EscLoc *tmp = esc_new_loc(e, NULL, false);
    esc_expr(e, esc_hole(tmp), n->x);
    e->loop_depth++;
    Hole ks[2] = {esc_discard_hole(e), esc_discard_hole(e)};
    for (int i = 0; i < n->list.len && i < 2; i++)
        ks[i] = addr(e, n->list.items[i]);
    Type *t = n->x->ty ? type_under(n->x->ty) : NULL;
    if (n->list.len > 1) {
        Node *loop = arena_alloc(e->arena, sizeof(Node));   /* gc's RangeStmt: "for loop" at `range` */
        *loop = *n;
        loop->pos = n->end;
        Hole vk = t && t->kind == TY_ARRAY ? esc_note(e, ks[1], loop, "range")
                                           : esc_deref(e, ks[1], loop, "range-deref");
        Node *v = n->list.items[1];
        if (!(vk.derefs >= 0 && v->ty && !esc_has_pointers(v->ty)))
            esc_flow(e, vk, tmp);
    }
    for (int i = 0; i < n->list.len && i < 2; i++)
        ks[i].dst->reassigned = true;
    block(e, n->body);
    e->loop_depth--;
}

static void type_switch(Esc *e, Node *n) {
    Hole *ks = arena_alloc(e->arena, sizeof(Hole) * (size_t)(n->list.len + 1));
    int nk = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *cl = n->list.items[i];
        if (!cl->sym)
            continue;
        EscLoc *l = dcl(e, cl->sym);
        if (l && esc_has_pointers(cl->sym->type)) {
            Hole k = esc_hole(l);
            Type *t = cl->sym->type;
            if (t && type_under(t)->kind != TY_INTERFACE && !esc_direct_iface(t))
                k = esc_shift(k, 1);
            ks[nk++] = esc_note(e, k, cl, "switch case");
        }
    }
    esc_expr(e, esc_tee(e, ks, nk), n->x);
    for (int i = 0; i < n->list.len; i++) {
        Node *cl = n->list.items[i];
        block_list(e, cl->list2);
    }
}

static void expr_stmt(Esc *e, Node *x) {
    x = unparen(x);
    if (x && x->kind == N_CALL)
        esc_call(e, NULL, 0, x);
    else
        discard(e, x);
}

static void stmt(Esc *e, Node *n) {
    if (!n || esc_is_dead(e, n))
        return;
    switch (n->kind) {
    case N_BLOCK: block_list(e, n->list); return;
    case N_EMPTY: case N_BRANCH: return;
    case N_LABELED: {
        int i = label_index(e, n->name);
        if (i >= 0 && e->label_state[i] == 2)
            e->loop_depth++;
        stmt(e, n->body);
        return;
    }
    case N_EXPRSTMT: expr_stmt(e, n->x); return;
    case N_SEND: {
        discard(e, n->x);
        Type *ct = n->x->ty ? type_under(n->x->ty) : NULL;
        esc_expr_to(e, esc_note(e, esc_heap_hole(e), n, "send"), n->y, ct ? ct->elem : NULL, n->y->pos);
        return;
    }
    case N_INCDEC: {
        Hole k = addr(e, n->x);
        reassigned(&k, 1, n);
        return;
    }
    case N_ASSIGN:
        if (n->op != T_ASSIGN && n->op != T_DEFINE) {   /* x op= y */
            Node *src = n->list2.len ? n->list2.items[0] : NULL;
            assign_list(e, n->list, &src, 1, "assign", n, true, true);
            return;
        }
        assign_stmt(e, n, true);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++)
            var_decl(e, n->list.items[i]);
        return;
    case N_GO: case N_DEFER: go_defer(e, n); return;
    case N_RETURN: return_stmt(e, n); return;
    case N_IF:
        stmt(e, n->init);
        discard(e, n->cond);
        block(e, n->body);
        block(e, n->els);
        return;
    case N_FOR:
        stmt(e, n->init);
        e->loop_depth++;
        discard(e, n->cond);
        stmt(e, n->post);
        block(e, n->body);
        e->loop_depth--;
        return;
    case N_RANGE: range_stmt(e, n); return;
    case N_SWITCH:
        stmt(e, n->init);
        discard(e, n->x);
        for (int i = 0; i < n->list.len; i++) {
            Node *cl = n->list.items[i];
            if (esc_is_dead(e, cl))
                continue;
            for (int j = 0; j < cl->list.len; j++)
                discard(e, cl->list.items[j]);
            block_list(e, cl->list2);
        }
        return;
    case N_TYPESWITCH: stmt(e, n->init); type_switch(e, n); return;
    case N_SELECT:
        for (int i = 0; i < n->list.len; i++) {
            Node *cl = n->list.items[i];
            stmt(e, cl->x);
            block_list(e, cl->list2);
        }
        return;
    default:
        e->unhandled++;
        return;
    }
}

/* gc's static initialization: values the linker lays out as data need no
 * code, hence no escape analysis (constants, func literals, names,
 * composite literals of static values, &T{...} of them; never maps). */
/* []byte(s) or []rune(s) of a constant string s. */
static bool is_const_string_to_slice(Node *n) {
    if (n->kind != N_CALL || n->list.len != 1 || !esc_is_type_expr(unparen(n->x)) || !n->ty)
        return false;
    Type *u = type_under(n->ty);
    Node *s = unparen(n->list.items[0]);
    if (u->kind != TY_SLICE || s->mode != MODE_CONST || !s->val || s->val->kind != CONST_STRING)
        return false;
    TypeKind k = type_under(u->elem)->kind;
    return k == TY_UINT8 || k == TY_INT32;
}

bool esc_static_init(Node *n) {
    n = unparen(n);
    if (!n || n->mode == MODE_CONST || n->mode == MODE_NIL || n->kind == N_FUNCLIT || n->kind == N_IDENT)
        return true;
    if (n->kind == N_UNARY && n->op == T_AND)
        return unparen(n->x)->kind == N_COMPOSITELIT && esc_static_init(n->x);
    if (is_const_string_to_slice(n))   /* []byte("...") / []rune("..."): static data (slicebytes) */
        return true;
    if (n->kind != N_COMPOSITELIT || !n->ty || type_under(n->ty)->kind == TY_MAP)
        return false;
    for (int i = 0; i < n->list.len; i++) {
        Node *el = n->list.items[i];
        if (!esc_static_init(el->kind == N_KEYVALUE ? el->y : el))
            return false;
    }
    return true;
}

/* The parts of a package-level initializer that need code: gc lays out
 * the static skeleton of (&)T{...} as data and stores the dynamic
 * elements into it, that is, into a global (k). */
static void global_value(Esc *e, Hole k, Node *v, Type *t) {
    Node *u = unparen(v);
    if (esc_static_init(u))
        return;
    Node *lit = u->kind == N_UNARY && u->op == T_AND ? unparen(u->x) : u;
    if (lit->kind == N_COMPOSITELIT && lit->ty && type_under(lit->ty)->kind != TY_MAP) {
        Type *lt = type_under(lit->ty);
        for (int i = 0; i < lit->list.len; i++) {
            Node *el = lit->list.items[i];
            Node *val = el->kind == N_KEYVALUE ? el->y : el;
            Type *et = lt->kind == TY_STRUCT ? NULL : lt->elem;
            if (lt->kind == TY_STRUCT && el->kind == N_KEYVALUE) {
                for (int f = 0; f < lt->nfields; f++)
                    if (lt->fields[f].name && strcmp(lt->fields[f].name, el->x->name) == 0)
                        et = lt->fields[f].type;
            } else if (lt->kind == TY_STRUCT && i < lt->nfields) {
                et = lt->fields[i].type;
            }
            global_value(e, k, val, et);
        }
        return;
    }
    esc_expr_to(e, k, v, t, u->pos);
}

/* Whether evaluating n may do anything but compute a value (gc's
 * staticinit.AnySideEffects): calls, receives, indexing, slicing,
 * dereferences, assertions, closures, method values, division by what is
 * not a nonzero constant. */
static bool has_side_effects(Node *n) {
    n = unparen(n);
    if (!n || n->mode == MODE_CONST || n->mode == MODE_NIL || n->kind == N_IDENT || n->kind == N_BASICLIT)
        return false;
    switch (n->kind) {
    case N_BINARY:
        if ((n->op == T_QUO || n->op == T_REM) &&
            !(n->y->mode == MODE_CONST && n->y->val && n->y->val->kind == CONST_INT && n->y->val->i != 0))
            return true;
        return has_side_effects(n->x) || has_side_effects(n->y);
    case N_UNARY: return n->op == T_ARROW || has_side_effects(n->x);
    case N_KEYVALUE: return has_side_effects(n->x) || has_side_effects(n->y);
    case N_COMPOSITELIT:
        for (int i = 0; i < n->list.len; i++)
            if (has_side_effects(n->list.items[i]))
                return true;
        return false;
    case N_SELECTOR:   /* a package's name, or a field not reached through a pointer */
        if (n->x->mode == MODE_PKG)
            return false;
        return !n->sym || n->sym->kind != SYM_FIELD || !n->x->ty || type_under(n->x->ty)->kind == TY_POINTER ||
               has_side_effects(n->x);
    case N_CALL: {
        Node *f = unparen(n->x);
        bool pure_builtin = f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN &&
                            (f->sym->builtin == BI_LEN || f->sym->builtin == BI_CAP || f->sym->builtin == BI_NEW ||
                             f->sym->builtin == BI_REAL || f->sym->builtin == BI_IMAG ||
                             f->sym->builtin == BI_COMPLEX);
        if (!pure_builtin && !esc_is_type_expr(f))
            return true;
        for (int i = pure_builtin && f->sym->builtin == BI_NEW ? 1 : 0; i < n->list.len; i++)
            if (has_side_effects(n->list.items[i]))
                return true;
        return false;
    }
    default: return true;
    }
}

/* var _ = v at package level, v without side effects: gc drops it. */
static bool discarded_blank_init(Node *spec, int i) {
    Node *id = i < spec->list.len ? spec->list.items[i] : NULL;
    return spec->list.len == spec->list2.len && id && id->kind == N_IDENT && strcmp(id->name, "_") == 0 &&
           !has_side_effects(spec->list2.items[i]);
}

/* Whether the package-level var spec needs code in the init function. */
bool esc_global_needs_code(Node *spec) {
    for (int i = 0; i < spec->list2.len; i++)
        if (!esc_static_init(spec->list2.items[i]) && !discarded_blank_init(spec, i))
            return true;
    return false;
}

/* A package-level var spec, in the package's init function. */
static void global_init(Esc *e, Node *spec) {
    for (int i = 0; i < spec->list2.len; i++) {
        Node *id = i < spec->list.len ? spec->list.items[i] : NULL;
        if (discarded_blank_init(spec, i))
            continue;
        bool blank = id && id->kind == N_IDENT && strcmp(id->name, "_") == 0;
        Hole k = blank ? esc_discard_hole(e) : esc_heap_hole(e);   /* var _ = v keeps nothing */
        global_value(e, esc_note(e, k, spec, "assign"), spec->list2.items[i], id ? id->ty : NULL);
    }
}

/* Labels a later goto jumps back to make a loop (gc's looping labels). */
static void scan_labels(Esc *e, Node *n) {
    if (!n || n->kind == N_FUNCLIT)
        return;
    if (n->kind == N_LABELED) {
        e->labels[e->nlabels] = n->name;
        e->label_state[e->nlabels++] = 1;
    } else if (n->kind == N_BRANCH && n->op == T_GOTO && n->name) {
        int i = label_index(e, n->name);
        if (i >= 0)
            e->label_state[i] = 2;
    }
    Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
    if (n->kind == N_RANGE || n->kind == N_ASSIGN || n->kind == N_CASE || n->kind == N_BLOCK ||
        n->kind == N_COMMCLAUSE || n->kind == N_SWITCH || n->kind == N_TYPESWITCH || n->kind == N_SELECT) {
        for (int i = 0; i < n->list.len; i++)
            scan_labels(e, n->list.items[i]);
        for (int i = 0; i < n->list2.len; i++)
            scan_labels(e, n->list2.items[i]);
    }
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (kids[i] && kids[i] != n)
            scan_labels(e, kids[i]);
}

void esc_walk_func(Esc *e, EscFunc *fn) {
    const char **saved_labels = e->labels;
    int *saved_state = e->label_state;
    int saved_n = e->nlabels;
    e->labels = arena_alloc(e->arena, sizeof(char *) * 256);
    e->label_state = arena_alloc(e->arena, sizeof(int) * 256);
    e->nlabels = 0;
    e->curfn = fn;
    e->loop_depth = 1;
    fn->state = FN_STARTED;
    if (fn->body) {
        scan_labels(e, fn->body);
        block_list(e, fn->body->list);
    }
    for (int i = 0; fn->global_inits && i < fn->global_inits->len; i++)
        global_init(e, fn->global_inits->items[i]);
    e->labels = saved_labels;
    e->label_state = saved_state;
    e->nlabels = saved_n;
}
