/* escape.c: escape analysis (issue 5), the driver: which functions are
 * analysed together and in which order, the leak tags of parameters, the
 * decisions, and gc's -m diagnostics. The algorithm is Go's
 * (cmd/compile/internal/escape), re-implemented on gomem's AST:
 *
 *   1. collect   every function and method with a body, and every func
 *                literal (named as gc names them: f.func1, f.func1.1),
 *                with the variables each literal captures;
 *   2. order     the call graph bottom-up by strongly connected components
 *                (gc's VisitFuncsBottomUp): callees are tagged before their
 *                callers; mutually recursive functions, and a function with
 *                its literals, form one batch;
 *   3. per batch locations for every parameter, result and local
 *                (escape.h EscLoc), the statements walked into flows
 *                (escape_stmt.c, escape_expr.c), closures linked to what
 *                they capture, allocations too big for the stack sent to
 *                the heap, the graph solved (escape_graph.c);
 *   4. finish    each parameter gets its leak tag (what callers use) and
 *                "leaking param ..." / "p does not escape"; each location
 *                its decision and "moved to heap: x" / "... escapes to
 *                heap" / "... does not escape", printed in gc's order.
 *
 * Decisions for the emitter (compiler.h EscDecision), after escape_package:
 *   Sym.esc   every parameter, result and local of a function with a
 *             body: ESC_HEAP when "moved to heap", else ESC_NONE.
 *             Package-level variables stay ESC_UNKNOWN (static storage).
 *   Node.esc  bits 0-1: the node's own allocation, on
 *               N_UNARY '&' of a composite literal (&T{...}),
 *               N_COMPOSITELIT of slice or map type (and an elided &T{}
 *               inside an outer literal, whose type is a pointer),
 *               N_CALL new(T), make([]T...) and make(map...),
 *               N_CALL conversions string([]byte/[]rune/int),
 *               []byte(s), []rune(s), and explicit conversions of a
 *               concrete value to an interface type,
 *               N_CALL of a variadic function without `...`: the
 *               implicit slice of the variadic arguments,
 *               N_BINARY '+' of strings (the outermost of a chain),
 *               N_FUNCLIT (the closure record),
 *               N_SELECTOR method values (x.M not called),
 *               N_GO / N_DEFER with a wrapped call (the wrapper record);
 *             bits 2-3: the implicit conversion of the node's value to an
 *             interface (set on the converted operand), when the value is
 *             not pointer-shaped; bits 4-5: on an elided &T{} of slice or
 *             map type, T's backing array or map.
 *   Statements gc's dead-code pass removes (escape_dead.c) are not
 *   analysed: their allocation sites, and func literals in them, keep
 *   ESC_UNKNOWN.
 *   Package-level initializers: values that are static data (constants,
 *   func literals, composite literals of static values, &T{...} of them)
 *   keep ESC_UNKNOWN; the others are analysed as gc does, in the
 *   package's init function, where storing into a global means the heap.
 *
 * Invariant: escape_package never fails on a program that type-checks;
 * what it does not model is treated as escaping, and counted (unhandled).
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

/* ---- functions ---------------------------------------------------------------- */

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

Node *esc_synthetic(Esc *e, int op, Pos pos) {
    Node *n = arena_alloc(e->arena, sizeof(Node));
    n->kind = N_BAD;
    n->op = op;
    n->pos = pos;
    return n;
}

bool esc_in_mutual_batch(EscFunc *fn) {
    return fn->state != FN_UNKNOWN && fn->state < FN_TAGGED;
}

static const char *recv_type_name(Node *recv, bool *ptr) {
    Node *t = unparen(recv->type);
    *ptr = false;
    if (t && t->kind == N_STAR) {
        *ptr = true;
        t = unparen(t->x);
    }
    if (t && t->kind == N_INDEX)
        t = t->x;
    return t && t->kind == N_IDENT ? t->name : "?";
}

static EscFunc *new_func(Esc *e, Node *decl, EscFunc *outer) {
    EscFunc *fn = arena_alloc(e->arena, sizeof(EscFunc));
    fn->decl = decl;
    fn->body = decl->body;
    fn->outer = outer;
    fn->sig = decl->type ? decl->type->ty : NULL;
    if (fn->sig && fn->sig->kind != TY_FUNC)
        fn->sig = NULL;
    if (decl->kind == N_FUNC && decl->recv) {
        bool ptr;
        const char *t = recv_type_name(decl->recv, &ptr);
        fn->name = ptr ? arena_printf(e->arena, "(*%s).%s", t, decl->name)
                       : arena_printf(e->arena, "%s.%s", t, decl->name);
        fn->has_recv = true;
        fn->recv = decl->recv->sym;
    } else if (decl->kind == N_FUNC) {
        fn->name = decl->name;
    } else if (outer) {
        int k = ++outer->nclosures;
        fn->name = outer->outer ? arena_printf(e->arena, "%s.%d", outer->name, k)
                                : arena_printf(e->arena, "%s.func%d", outer->name, k);
    } else {
        fn->name = arena_printf(e->arena, "glob..func%d", ++e->glob_closures);
    }
    fn->nparams = (fn->has_recv ? 1 : 0) + (fn->sig ? fn->sig->nfields : 0);
    fn->nresults = fn->sig ? fn->sig->nresults : 0;
    ptrmap_put(e->arena, &e->funcs, decl, fn);
    return fn;
}

EscFunc *esc_func_of(Esc *e, Node *decl) {
    return decl ? ptrmap_get(&e->funcs, decl) : NULL;
}

static void tags_all_heap(Esc *e, EscFunc *fn) {
    fn->tags = arena_alloc(e->arena, sizeof(Leaks) * (size_t)(fn->nparams + 1));
    for (int i = 0; i < fn->nparams; i++) {
        esc_leaks_init(&fn->tags[i]);
        fn->tags[i].level[0] = 0;
    }
}

EscFunc *esc_func_of_sym(Esc *e, Sym *s) {
    if (!s || s->kind != SYM_FUNC || !s->decl || s->decl->kind != N_FUNC)
        return NULL;
    EscFunc *fn = ptrmap_get(&e->funcs, s->decl);
    if (fn)
        return fn;
    /* a stub of the standard library: Go's own tags, or leak everything */
    fn = new_func(e, s->decl, NULL);
    fn->pkg = s->pkg_path;
    const char *file = s->decl->pos.file;
    if (!fn->pkg && file && strncmp(file, "<stub ", 6) == 0)
        fn->pkg = arena_strndup(e->arena, file + 6, strcspn(file + 6, ">"));
    fn->state = FN_TAGGED;
    tags_all_heap(e, fn);
    if (fn->pkg && !esc_stdlib_tags(fn->pkg, fn->name, fn->tags, fn->nparams))
        tags_all_heap(e, fn);
    return fn;
}

/* ---- collecting functions, closures, captures and definitions ------------------ */

typedef struct {
    Esc *e;
    EscFunc *stack[64];   /* enclosing functions, innermost last */
    int depth;
} Collect;

static void collect(Collect *c, Node *n);

static void collect_list(Collect *c, NodeList l) {
    for (int i = 0; i < l.len; i++)
        collect(c, l.items[i]);
}

static void add_capture(Esc *e, EscFunc *fn, Sym *s, Pos pos) {
    for (int i = 0; i < fn->ncaptures; i++)
        if (fn->captures[i] == s)
            return;
    Sym **ns = arena_alloc(e->arena, sizeof(Sym *) * (size_t)(fn->ncaptures + 1));
    Pos *np = arena_alloc(e->arena, sizeof(Pos) * (size_t)(fn->ncaptures + 1));
    if (fn->ncaptures) {
        memcpy(ns, fn->captures, sizeof(Sym *) * (size_t)fn->ncaptures);
        memcpy(np, fn->capture_pos, sizeof(Pos) * (size_t)fn->ncaptures);
    }
    ns[fn->ncaptures] = s;
    np[fn->ncaptures] = pos;
    fn->captures = ns;
    fn->capture_pos = np;
    fn->ncaptures++;
}

static void note_use(Collect *c, Node *id) {
    Sym *s = id->sym;
    if (!s || s->kind != SYM_VAR || s->global || !s->func)
        return;
    for (int i = c->depth - 1; i >= 0; i--) {
        EscFunc *fn = c->stack[i];
        if (fn->decl == s->func)
            return;
        add_capture(c->e, fn, s, id->pos);
    }
}

static void note_assign(Collect *c, Node *lhs, bool defining, Node *rhs) {
    lhs = unparen(lhs);
    if (!lhs || lhs->kind != N_IDENT || !lhs->sym || lhs->sym->kind != SYM_VAR)
        return;
    if (defining && (lhs->sym->decl == lhs || lhs->sym->pos.line == lhs->pos.line) &&
        lhs->sym->pos.col == lhs->pos.col) {
        if (rhs)
            ptrmap_put(c->e->arena, &c->e->defs, lhs->sym, rhs);
        return;
    }
    ptrmap_put(c->e->arena, &c->e->reassigned, lhs->sym, lhs->sym);
}

static void collect_assign(Collect *c, Node *n) {
    bool define = n->kind == N_VAR || n->op == T_DEFINE;
    bool plain = n->kind == N_VAR || n->op == T_DEFINE || n->op == T_ASSIGN;
    for (int i = 0; i < n->list.len; i++) {
        Node *rhs = plain && n->list.len == n->list2.len ? n->list2.items[i] : NULL;
        note_assign(c, n->list.items[i], define && plain, rhs);
    }
}

static void collect_funclit(Collect *c, Node *n) {
    EscFunc *outer = c->depth ? c->stack[c->depth - 1] : NULL;
    EscFunc *fn = new_func(c->e, n, outer);
    if (c->depth < 64) {
        c->stack[c->depth++] = fn;
        collect(c, n->body);
        c->depth--;
    }
}

static void collect(Collect *c, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case N_FUNCLIT: collect_funclit(c, n); return;
    case N_IDENT: note_use(c, n); return;
    case N_ASSIGN: case N_VAR: collect_assign(c, n); break;
    case N_INCDEC: note_assign(c, n->x, false, NULL); break;
    case N_RANGE:
        if (n->op == T_ASSIGN)
            for (int i = 0; i < n->list.len; i++)
                note_assign(c, n->list.items[i], false, NULL);
        break;
    case N_UNARY:
        if (n->op == T_AND)
            note_assign(c, n->x, false, NULL);   /* address taken: not static */
        break;
    case N_FIELD: case N_FUNCTYPE: case N_STRUCTTYPE: case N_INTERFACETYPE:
        return;
    default: break;
    }
    if (n->kind == N_TYPESWITCH) {
        collect(c, n->init);
        collect(c, n->x);
        collect_list(c, n->list);
        return;
    }
    collect(c, n->init);
    if (n->kind == N_RANGE || n->kind == N_ASSIGN || n->kind == N_VAR) {
        collect_list(c, n->list);
        collect(c, n->x);
    } else {
        collect(c, n->x);
        collect_list(c, n->list);
    }
    collect(c, n->y);
    collect(c, n->z);
    collect(c, n->w);
    collect(c, n->cond);
    collect(c, n->post);
    collect_list(c, n->list2);
    collect(c, n->body);
    collect(c, n->els);
}

/* ---- locations of a function's variables --------------------------------------- */

static EscLoc *var_loc(Esc *e, Sym *s, Type *t) {
    EscLoc *l = esc_new_loc(e, NULL, false);
    l->var = s;
    l->pos = s->pos;
    l->type = t ? t : s->type;
    ptrmap_put(e->arena, &e->vars, s, l);
    return l;
}

static bool named(Sym *s) {
    return s && s->name && strcmp(s->name, "_") != 0;
}

typedef struct {
    Esc *e;
    EscFunc *fn;
    int dcl;              /* length of gc's Dcl list so far */
} Locals;

static void declare_locals(Locals *lc, Node *n);

static void declare_locals_list(Locals *lc, NodeList l) {
    for (int i = 0; i < l.len; i++)
        declare_locals(lc, l.items[i]);
}

static void declare_local(Locals *lc, Sym *s) {
    if (named(s) && !ptrmap_get(&lc->e->vars, s)) {
        var_loc(lc->e, s, NULL);
        lc->dcl++;
    }
}

/* The temporaries gc's front end introduces for a call (numbered, as all
 * of gc's temporaries, by the length of the function's Dcl list then). */
static IrTemps *new_irgen_temps(Locals *lc, int kind, int n) {
    if (n <= 0)
        return NULL;
    IrTemps *t = arena_alloc(lc->e->arena, sizeof(IrTemps));
    t->kind = kind;
    t->n = n;
    t->first = lc->dcl;
    lc->dcl += n;
    return t;
}

/* The receiver's or callee's temporary comes first (gc's
 * RewriteNonNameCall), then those of g(f())'s results; the call maps to
 * the first, which links to the results' (esc_result_temps). */
static void note_irgen_temps(Locals *lc, Node *call) {
    int kind, nresults;
    int n = esc_irgen_temps(lc->e, call, &kind, &nresults);
    IrTemps *front = new_irgen_temps(lc, kind, n);
    IrTemps *results = new_irgen_temps(lc, IRT_RESULTS, nresults);
    if (front)
        front->results = results;
    if (front || results)
        ptrmap_put(lc->e->arena, &lc->e->irtemps, call, front ? front : results);
}

static void declare_locals(Locals *lc, Node *n) {
    if (!n || n->kind == N_FUNCLIT || n->kind == N_FIELD || n->kind == N_FUNCTYPE)
        return;
    if (n->kind == N_CALL) {   /* gc makes them when it type-checks the call: after its operands */
        declare_locals(lc, n->x);
        declare_locals_list(lc, n->list);
        note_irgen_temps(lc, n);
        return;
    }
    switch (n->kind) {
    case N_ASSIGN:   /* the values first, then the names they declare */
        declare_locals_list(lc, n->list2);
        for (int i = 0; i < n->list.len; i++) {
            Node *id = n->list.items[i];
            if (n->op == T_DEFINE && id->kind == N_IDENT && id->sym && id->sym->decl == id)
                declare_local(lc, id->sym);
            else
                declare_locals(lc, id);
        }
        return;
    case N_VAR:
        declare_locals_list(lc, n->list2);
        for (int i = 0; i < n->list.len; i++)
            declare_local(lc, n->list.items[i]->sym);
        return;
    case N_RANGE:
        declare_locals(lc, n->x);
        for (int i = 0; i < n->list.len; i++)
            if (n->op == T_DEFINE)
                declare_local(lc, n->list.items[i]->sym);
        declare_locals(lc, n->body);
        return;
    case N_CASE:
        declare_local(lc, n->sym);
        break;
    case N_TYPESWITCH:
        declare_locals(lc, n->init);
        declare_locals(lc, n->x);
        declare_locals_list(lc, n->list);
        return;
    default: break;
    }
    declare_locals(lc, n->init);
    declare_locals(lc, n->x);
    declare_locals_list(lc, n->list);
    declare_locals(lc, n->y);
    declare_locals(lc, n->z);
    declare_locals(lc, n->w);
    declare_locals(lc, n->cond);
    declare_locals(lc, n->post);
    declare_locals_list(lc, n->list2);
    declare_locals(lc, n->body);
    declare_locals(lc, n->els);
}

static void init_func(Esc *e, EscFunc *fn) {
    e->curfn = fn;
    e->loop_depth = 1;
    fn->state = FN_PLANNED;
    fn->params = arena_alloc(e->arena, sizeof(EscLoc *) * (size_t)(fn->nparams + 1));
    fn->results = arena_alloc(e->arena, sizeof(EscLoc *) * (size_t)(fn->nresults + 1));
    int k = 0;
    if (fn->has_recv) {
        Sym *r = fn->recv;
        fn->params[k++] = named(r) ? var_loc(e, r, NULL) : NULL;
    }
    for (int i = 0; fn->sig && i < fn->sig->nfields; i++) {
        Sym *s = fn->sig->fields[i].sym;
        fn->params[k++] = named(s) ? var_loc(e, s, fn->sig->fields[i].type) : NULL;
    }
    for (int i = 0; i < k; i++)
        if (fn->params[i])
            fn->params[i]->is_param = true;
    for (int i = 0; i < fn->nresults; i++) {
        Sym *s = fn->sig->results[i].sym;
        EscLoc *l;
        if (named(s)) {
            l = var_loc(e, s, fn->sig->results[i].type);
        } else {
            l = esc_new_loc(e, NULL, false);
            l->name = arena_printf(e->arena, "~r%d", i);
            l->type = fn->sig->results[i].type;
        }
        l->result_index = i + 1;
        fn->results[i] = l;
    }
    Locals lc = {e, fn, fn->nparams + fn->nresults};
    if (fn->body)
        declare_locals_list(&lc, fn->body->list);
    fn->ntemps = lc.dcl;   /* escape's own temporaries come after */
}

/* ---- heap allocation reasons (gc's HeapAllocReason) ----------------------------- */

static bool small_int_const(Node *n, int64_t *v) {
    n = unparen(n);
    if (!n || n->mode != MODE_CONST || !n->val || n->val->kind != CONST_INT)
        return false;
    if (n->val->i < INT32_MIN || n->val->i > INT32_MAX)
        return false;
    *v = (int64_t)n->val->i;
    return true;
}

static int64_t closure_size(Esc *e, EscFunc *fn) {
    int64_t size = 8;
    for (int i = 0; i < fn->ncaptures; i++) {
        EscLoc *l = esc_var_loc(e, fn->captures[i]);
        int64_t w = fn->captures[i]->type ? type_size(fn->captures[i]->type) : 8;
        bool byval = l && !l->addrtaken && !l->reassigned && w <= 128;
        size += byval ? (w + 7) / 8 * 8 : 8;
    }
    return size;
}

static const char *heap_alloc_reason(Esc *e, EscLoc *l) {
    if (l->var) {
        if (l->is_param || l->result_index)
            return NULL;
        return l->type && type_size(l->type) > ESC_MAX_STACK_VAR ? "too large for stack" : NULL;
    }
    Node *n = l->n;
    if (!n)
        return NULL;
    if (n->kind == N_UNARY && n->op == T_AND && n->ty && type_under(n->ty)->kind == TY_POINTER)
        return type_size(type_under(n->ty)->elem) > ESC_MAX_IMPLICIT_STACK_VAR ? "too large for stack" : NULL;
    if (n->kind == N_FUNCLIT) {
        EscFunc *fn = esc_func_of(e, n);
        return fn && closure_size(e, fn) > ESC_MAX_IMPLICIT_STACK_VAR ? "too large for stack" : NULL;
    }
    if (n->kind == N_SELECTOR && n->sym && n->sym->kind == SYM_FUNC) {   /* method value */
        Type *rt = n->x->ty;   /* a value method copies the value (through a pointer too) */
        if (rt && type_under(rt)->kind == TY_POINTER)
            rt = type_under(rt)->elem;
        int64_t recv = n->sym->ptr_recv || !rt ? 8 : type_size(rt);
        return 8 + recv > ESC_MAX_IMPLICIT_STACK_VAR ? "too large for stack" : NULL;
    }
    if (n->kind != N_CALL)
        return NULL;
    Node *f = unparen(n->x);
    if (!f->sym || f->sym->kind != SYM_BUILTIN)
        return NULL;
    if (f->sym->builtin == BI_NEW && n->ty && type_under(n->ty)->kind == TY_POINTER)
        return type_size(type_under(n->ty)->elem) > ESC_MAX_IMPLICIT_STACK_VAR ? "too large for stack" : NULL;
    if (f->sym->builtin == BI_MAKE && n->ty && type_under(n->ty)->kind == TY_SLICE && n->list.len >= 2) {
        Node *r = n->list.len >= 3 ? n->list.items[2] : n->list.items[1];
        int64_t v;
        if (!small_int_const(r, &v))
            return "non-constant size";
        int64_t es = type_size(type_under(n->ty)->elem);
        if (es != 0 && v > ESC_MAX_IMPLICIT_STACK_VAR / es)
            return "too large for stack";
    }
    return NULL;
}

/* ---- tags and decisions ------------------------------------------------------------- */

static Type *param_type(EscFunc *fn, int i) {
    if (fn->has_recv) {
        if (i == 0)
            return fn->recv ? fn->recv->type : NULL;
        i--;
    }
    return fn->sig && i < fn->sig->nfields ? fn->sig->fields[i].type : NULL;
}

static const char *result_name(Esc *e, EscFunc *fn, int i) {
    Sym *s = fn->sig->results[i].sym;
    return named(s) ? s->name : arena_printf(e->arena, "~r%d", i);
}

static void tag_param(Esc *e, EscFunc *fn, int i) {
    Leaks *tag = &fn->tags[i];
    esc_leaks_init(tag);
    EscLoc *l = fn->params[i];
    if (!esc_has_pointers(param_type(fn, i))) {
        tag->level[0] = 0;
        return;
    }
    if (!l)
        return;
    *tag = l->leaks;
    int h = tag->level[0];
    if (h >= 0)
        for (int r = 1; r <= ESC_RESULTS; r++)
            if (tag->level[r] >= h)
                tag->level[r] = -1;
    if (!e->m || l->escapes)
        return;
    const char *name = l->var->name;
    bool empty = true;
    for (int r = 0; r <= ESC_RESULTS; r++)
        if (tag->level[r] >= 0)
            empty = false;
    if (empty)
        esc_printf(e, l->pos, "%s does not escape", name);
    if (h == 0)
        esc_printf(e, l->pos, "leaking param: %s", name);
    else if (h > 0)
        esc_printf(e, l->pos, "leaking param content: %s", name);
    for (int r = 0; r < ESC_RESULTS && r < fn->nresults; r++)
        if (tag->level[1 + r] >= 0)
            esc_printf(e, l->pos, "leaking param: %s to result %s level=%d", name, result_name(e, fn, r),
                       tag->level[1 + r]);
}

static bool is_wrapper_node(Node *n) {
    return n && n->kind == N_BAD && n->op == SYN_WRAPPER;
}

static void record(EscLoc *l, int decision) {
    if (l->var) {
        l->var->esc = decision;
        return;
    }
    if (l->record) {
        int mask = 3 << l->record_shift;
        l->record->esc = (l->record->esc & ~mask) | (decision << l->record_shift);
    }
}

static void finish(Esc *e, EscFunc **fns, int n) {
    for (int f = 0; f < n; f++) {
        EscFunc *fn = fns[f];
        fn->state = FN_TAGGED;
        fn->tags = arena_alloc(e->arena, sizeof(Leaks) * (size_t)(fn->nparams + 1));
        for (int i = 0; i < fn->nparams; i++)
            tag_param(e, fn, i);
    }
    for (int i = 0; i < e->all_locs.len; i++) {
        EscLoc *l = e->all_locs.items[i];
        if (!l->var && !l->n) {
            /* gc's named temporaries (.autotmp_N) are variables too */
            if (l->escapes && e->m && l->name && strncmp(l->name, ".autotmp_", 9) == 0)
                esc_printf(e, l->pos, "moved to heap: %s", l->name);
            continue;
        }
        bool print = e->m && !is_wrapper_node(l->n);
        if (l->var) {
            if (l->escapes && print)
                esc_printf(e, l->pos, "moved to heap: %s", l->var->name);
        } else if (print) {
            esc_printf(e, l->pos, "%s %s", esc_node_string(e, l->n),
                       l->escapes ? "escapes to heap" : "does not escape");
        }
        record(l, l->escapes ? ESC_HEAP : ESC_NONE);
    }
}

static void analyze_batch(Esc *e, EscFunc **fns, int n) {
    e->heap.nedges = 0;   /* each batch has its own heap and blank (gc's) */
    e->blank.nedges = 0;
    e->all_locs.len = 0;
    e->closures.len = 0;
    for (int i = 0; i < n; i++)
        init_func(e, fns[i]);
    for (int i = 0; i < n; i++)
        if (!fns[i]->outer)
            esc_walk_func(e, fns[i]);
    for (int i = 0; i < e->closures.len; i++)
        esc_flow_closure(e, e->closures.items[i]);
    for (int i = 0; i < e->all_locs.len; i++) {
        EscLoc *l = e->all_locs.items[i];
        const char *why = heap_alloc_reason(e, l);
        if (why) {
            Node *where = l->n;
            if (!where) {   /* a variable: the note names it */
                where = esc_synthetic(e, SYN_CLOSUREVAR, l->pos);
                where->name = l->var ? l->var->name : l->name;
            }
            esc_flow(e, esc_addr(e, esc_heap_hole(e), where, why), l);
        }
    }
    esc_walk_all(e);
    finish(e, fns, n);
}

/* ---- the call graph, bottom up (gc's VisitFuncsBottomUp) ------------------------------- */

typedef struct {
    Esc *e;
    unsigned visitgen;
    PtrVec stack;
} Visitor;

static unsigned visit_func(Visitor *v, EscFunc *fn);

/* Calls f on each child of n, in source order (the walks of the whole
 * tree below share it). */
static void each_child(Node *n, void (*f)(void *ctx, Node *child), void *ctx) {
    Node *first[] = {n->init, n->x};
    Node *rest[] = {n->kind == N_TYPESWITCH ? NULL : n->y, n->z, n->w, n->cond, n->post};
    for (size_t i = 0; i < 2; i++)
        if (first[i])
            f(ctx, first[i]);
    for (int i = 0; i < n->list.len; i++)
        f(ctx, n->list.items[i]);
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
        if (rest[i])
            f(ctx, rest[i]);
    for (int i = 0; i < n->list2.len; i++)
        f(ctx, n->list2.items[i]);
    if (n->body)
        f(ctx, n->body);
    if (n->els)
        f(ctx, n->els);
}

typedef struct {
    Visitor *v;
    unsigned *min;
} RefsCtx;

static void visit_refs(Visitor *v, Node *n, unsigned *min);

static void visit_refs_child(void *ctx, Node *child) {
    RefsCtx *c = ctx;
    visit_refs(c->v, child, c->min);
}

static void visit_refs(Visitor *v, Node *n, unsigned *min) {
    if (!n || esc_is_dead(v->e, n))
        return;
    EscFunc *callee = NULL;
    if (n->kind == N_FUNCLIT) {
        callee = esc_func_of(v->e, n);
    } else if ((n->kind == N_IDENT || n->kind == N_SELECTOR) && n->sym && n->sym->kind == SYM_FUNC) {
        callee = esc_func_of_sym(v->e, n->sym);
        if (callee && !callee->body)
            callee = NULL;
    }
    if (callee) {
        unsigned m = visit_func(v, callee);
        if (m < *min)
            *min = m;
    }
    if (n->kind == N_FUNCLIT || n->kind == N_FIELD || n->kind == N_FUNCTYPE)
        return;
    RefsCtx c = {v, min};
    each_child(n, visit_refs_child, &c);
}

static unsigned visit_func(Visitor *v, EscFunc *fn) {
    if (fn->visit_id)
        return fn->visit_id;
    unsigned id = ++v->visitgen;
    fn->visit_id = id;
    unsigned min = ++v->visitgen;
    ptrvec_push(v->e->arena, &v->stack, fn);
    if (fn->body)
        visit_refs(v, fn->body, &min);
    if ((min == id || min == id + 1) && !fn->outer) {
        int i = v->stack.len - 1;
        for (; i >= 0; i--) {
            EscFunc *x = v->stack.items[i];
            x->visit_id = (unsigned)-1;
            if (x == fn)
                break;
        }
        int n = v->stack.len - i;
        EscFunc **block = arena_alloc(v->e->arena, sizeof(EscFunc *) * (size_t)n);
        memcpy(block, &v->stack.items[i], sizeof(EscFunc *) * (size_t)n);
        v->stack.len = i;
        analyze_batch(v->e, block, n);
    }
    return min;
}

/* ---- package-level initializers ---------------------------------------------------------- */

/* Func literals in package-level initializers are functions of their
 * own (gc's glob..funcN), analysed like declared functions. */
static void collect_global_funclits(Collect *c, Node *n) {
    if (!n)
        return;
    if (n->kind == N_FUNCLIT) {
        EscFunc *fn = new_func(c->e, n, NULL);
        ptrvec_push(c->e->arena, &c->e->all_funcs, fn);
        c->stack[0] = fn;
        c->depth = 1;
        collect(c, n->body);
        c->depth = 0;
        return;
    }
    collect_global_funclits(c, n->x);
    collect_global_funclits(c, n->y);
    for (int i = 0; i < n->list.len; i++)
        collect_global_funclits(c, n->list.items[i]);
}

/* The package's init function: the initializers that need code. */
static void analyze_global_inits(Esc *e) {
    bool any = false;
    for (int i = 0; i < e->global_inits.len; i++)
        any |= esc_global_needs_code(e->global_inits.items[i]);
    if (!any)
        return;
    EscFunc *init = arena_alloc(e->arena, sizeof(EscFunc));
    init->name = "init";
    init->global_inits = &e->global_inits;
    analyze_batch(e, &init, 1);
}

/* Prints gc's "devirtualizing" lines and records the calls (before any
 * escape analysis, as gc does). */
typedef struct {
    Esc *e;
    Node *func;
} DevirtCtx;

static void devirtualize_node(Esc *e, Node *n, Node *func);

static void devirtualize_child(void *ctx, Node *child) {
    DevirtCtx *c = ctx;
    devirtualize_node(c->e, child, c->func);
}

static void devirtualize_node(Esc *e, Node *n, Node *func) {
    if (!n || n->kind == N_FIELD || n->kind == N_FUNCTYPE || esc_is_dead(e, n))
        return;
    if (n->kind == N_FUNCLIT)
        func = n;
    if (n->kind == N_CALL) {
        Type *t = esc_devirtualized(e, n, func);
        if (t) {
            Node *f = unparen(n->x);
            ptrmap_put(e->arena, &e->devirt, n, t);
            bool ptr;
            Sym *m = type_method(t, f->name, &ptr);
            bool partial = !m || !m->decl || m->decl->kind != N_FUNC;   /* via an embedded interface */
            if (e->m)
                esc_printf(e, n->pos, "%sdevirtualizing %s.%s to %s", partial ? "partially " : "",
                           esc_node_string(e, f->x), f->name, esc_type_string(e, t));
        }
    }
    DevirtCtx c = {e, func};
    each_child(n, devirtualize_child, &c);
}

static void devirtualize_all(Esc *e) {
    for (int i = 0; i < e->all_funcs.len; i++) {
        EscFunc *fn = e->all_funcs.items[i];
        devirtualize_node(e, fn->body, fn->decl);
    }
}

int escape_package(Node **files, int nfiles, Arena *a, const BuildOptions *opt, FILE *out) {
    Esc e;
    memset(&e, 0, sizeof e);
    e.arena = a;
    e.opt = opt;
    e.out = out;
    e.m = opt->m_level;
    e.pkg_name = nfiles > 0 ? files[0]->name : "main";
    e.heap.escapes = true;
    e.heap.is_heap = true;
    esc_leaks_init(&e.heap.leaks);
    esc_leaks_init(&e.blank.leaks);
    Collect c = {&e, {0}, 0};
    for (int f = 0; f < nfiles; f++) {
        NodeList decls = files[f]->list;
        for (int i = 0; i < decls.len; i++) {
            Node *d = decls.items[i];
            if (d->kind == N_FUNC && d->body && d->type && d->type->ty) {
                EscFunc *fn = new_func(&e, d, NULL);
                ptrvec_push(a, &e.all_funcs, fn);
                c.stack[0] = fn;
                c.depth = 1;
                collect(&c, d->body);
                c.depth = 0;
            } else if (d->kind == N_VAR) {
                for (int j = 0; j < d->list2.len; j++)
                    collect_global_funclits(&c, d->list2.items[j]);
                ptrvec_push(a, &e.global_inits, d);
            }
        }
    }
    for (int i = 0; i < e.funcs.cap; i++) {   /* every function and literal */
        EscFunc *fn = e.funcs.keys[i] ? e.funcs.vals[i] : NULL;
        if (fn && fn->body)
            esc_mark_dead(&e, fn->body);
    }
    devirtualize_all(&e);
    Visitor v = {&e, 0, {0}};
    for (int i = 0; i < e.all_funcs.len; i++)
        visit_func(&v, e.all_funcs.items[i]);
    analyze_global_inits(&e);
    if (getenv("GOMEM_ESCAPE_DEBUG") && e.unhandled)
        fprintf(stderr, "gomem: escape: %d constructs treated conservatively\n", e.unhandled);
    fflush(out);
    return 0;
}
