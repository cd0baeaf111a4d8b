/* gen_func.c: functions in the emitted C: where each variable lives (C
 * local, heap box, closure field), function and method bodies, closures
 * (gort_func objects with captured variables), function values, deferred
 * and go'd calls (thunks), package variables and their initialisation.
 *
 * Storage rule (gc's): a variable captured by a closure is captured by
 * value when it is never reassigned after its declaration, its address is
 * never taken and it is at most 128 bytes; otherwise by reference. A
 * variable lives in a heap box when escape analysis said ESC_HEAP, or said
 * nothing (ESC_UNKNOWN) and its address is taken or it is captured by
 * reference; every other variable is a plain C local.
 *
 * Invariants: var_info is defined for every local variable of the package
 * before any body is emitted; a function with defer statements keeps its
 * results in memory (escaped to an asm barrier) so that a recovered panic
 * (longjmp to the frame) returns their current values.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gen.h"

/* ---- variable analysis ----------------------------------------------- */

VarInfo *var_info(Gen *g, Sym *s) {
    VarInfo *v = pmap_get(&g->vars, s);
    if (!v) {
        v = arena_alloc(g->arena, sizeof *v);
        v->sym = s;
        v->owner = s->func;
        v->cname = gstr(g, "v_%s_%d", strcmp(s->name, "_") == 0 ? "blank" : s->name, ++g->counter);
        pmap_put(&g->vars, s, v);
    }
    return v;
}

static bool is_declaration(Node *id) {
    Sym *s = id->sym;
    return s && s->pos.line == id->pos.line && s->pos.col == id->pos.col &&
           s->pos.file == id->pos.file;
}

static void mark_reassigned(Gen *g, Node *x) {
    x = unparen(x);
    /* x.f = v and x[i] = v (x an array) change x itself */
    while ((x->kind == N_SELECTOR && x->x->ty && type_under(x->x->ty)->kind != TY_POINTER &&
            x->x->mode != MODE_PKG) ||
           (x->kind == N_INDEX && x->x->ty && type_under(x->x->ty)->kind == TY_ARRAY) || x->kind == N_PAREN)
        x = x->x;
    if (x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR && !is_declaration(x))
        var_info(g, x->sym)->reassigned = true;
}

static void walk(Gen *g, Node *n, Node *func);

static void walk_list(Gen *g, NodeList l, Node *func) {
    for (int i = 0; i < l.len; i++)
        walk(g, l.items[i], func);
}

/* Records, for every function body: reassigned variables, the enclosing
 * function of every func literal. */
static void walk(Gen *g, Node *n, Node *func) {
    if (!n)
        return;
    switch (n->kind) {
    case N_FUNCLIT:
        pmap_put(&g->parents, n, func);
        walk(g, n->body, n);
        return;
    case N_ASSIGN:
        for (int i = 0; i < n->list.len; i++)
            mark_reassigned(g, n->list.items[i]);
        break;
    case N_INCDEC: mark_reassigned(g, n->x); break;
    case N_RANGE:
        for (int i = 0; i < n->list.len; i++) {
            Node *x = unparen(n->list.items[i]);
            if (x->kind == N_IDENT && x->sym && x->sym->kind == SYM_VAR)
                var_info(g, x->sym)->reassigned = true;   /* one variable per loop (Go 1.19) */
        }
        break;
    case N_FOR:
        break;
    default: break;
    }
    if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_VAR && !n->sym->global)
        var_info(g, n->sym);
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        walk(g, kids[i], func);
    walk_list(g, n->list, func);
    walk_list(g, n->list2, func);
}

static bool captured_by_ref(VarInfo *v) {
    Sym *s = v->sym;
    return s->captured && (v->reassigned || s->addr_taken || type_size(s->type) > 128);
}

static void collect_free(Gen *g, Node *n, Node *lit, PtrVec *out);

/* Memory safety first: a variable this emitter captures by reference into
 * a closure that escapes must not stay on the C stack, even where escape
 * analysis judged the capture differently (it would have said "moved to
 * heap"); such a variable is boxed. */
static void box_conflicts(Gen *g) {
    for (size_t i = 0; i < g->parents.cap; i++) {
        Node *lit = (Node *)g->parents.keys[i];
        if (!lit || esc_alloc(lit) == ESC_NONE)
            continue;
        PtrVec free_vars = {0};
        collect_free(g, lit->body, lit, &free_vars);
        for (int k = 0; k < free_vars.len; k++) {
            VarInfo *v = var_info(g, free_vars.items[k]);
            if (v->byref_capture)
                v->boxed = true;
        }
    }
}

void analyse_vars(Gen *g) {
    for (int f = 0; f < g->nfiles; f++) {
        NodeList decls = g->files[f]->list;
        for (int i = 0; i < decls.len; i++) {
            Node *d = decls.items[i];
            if (d->kind == N_FUNC)
                walk(g, d->body, d);
            else if (d->kind == N_VAR)
                walk_list(g, d->list2, NULL);
        }
    }
    for (size_t i = 0; i < g->vars.cap; i++) {
        VarInfo *v = g->vars.vals[i];
        if (!g->vars.keys[i] || !v)
            continue;
        Sym *s = v->sym;
        v->byref_capture = captured_by_ref(v);
        v->boxed = s->esc == ESC_HEAP ||
                   (s->esc == ESC_UNKNOWN && (s->addr_taken || v->byref_capture));
    }
    box_conflicts(g);
}

/* ---- variable access ---------------------------------------------------- */

static int captured_index(FuncCtx *fn, Sym *s) {
    for (int i = 0; i < fn->ncaptured; i++)
        if (fn->captured[i] == s)
            return i;
    return -1;
}

bool var_is_local(Gen *g, Sym *s) {
    if (s->global)
        return false;
    VarInfo *v = var_info(g, s);
    return !v->boxed && (!g->fn || v->owner == g->fn->node || captured_index(g->fn, s) < 0);
}

const char *var_ref(Gen *g, Sym *s) {
    if (s->global)
        return gstr(g, "gu_%s", s->name);
    VarInfo *v = var_info(g, s);
    int ci = g->fn ? captured_index(g->fn, s) : -1;
    if (ci >= 0 && v->owner != g->fn->node) {
        if (v->byref_capture || v->boxed)
            return gstr(g, "(*cl_->f_c%d)", ci);
        return gstr(g, "cl_->f_c%d", ci);
    }
    return v->boxed ? gstr(g, "(*%s)", v->cname) : v->cname;
}

const char *var_addr(Gen *g, Sym *s) {
    if (s->global)
        return gstr(g, "(&gu_%s)", s->name);
    VarInfo *v = var_info(g, s);
    int ci = g->fn ? captured_index(g->fn, s) : -1;
    if (ci >= 0 && v->owner != g->fn->node) {
        if (v->byref_capture || v->boxed)
            return gstr(g, "cl_->f_c%d", ci);
        return gstr(g, "(&cl_->f_c%d)", ci);
    }
    return v->boxed ? v->cname : gstr(g, "(&%s)", v->cname);
}

/* Declares a local variable of the current function, initialised with
 * init (a C expression of its type) or its zero value. */
const char *declare_var(Gen *g, Sym *s, const char *init) {
    VarInfo *v = var_info(g, s);
    v->owner = g->fn->node;
    const char *ct = ctype(g, s->type);
    if (!init)
        init = zero_value(g, s->type);
    if (v->boxed) {
        emit(g, "%s *%s = gm_alloc_typed(%s, 1);", ct, v->cname, tdesc(g, s->type));
        emit(g, "*%s = %s;", v->cname, init);
    } else if (g->fn->has_defer && g->fn->prologue) {
        /* Deferred calls run after the body's C block has closed (at the
         * function's end, or after a recovered panic's longjmp): a local
         * they may reach by address must still be in scope, so it lives at
         * function scope. */
        buf_printf(g->fn->prologue, "    %s %s; (void)%s;\n", ct, v->cname, v->cname);
        emit(g, "%s = %s;", v->cname, init);
    } else {
        emit(g, "%s %s = %s;", ct, v->cname, init);
        emit(g, "(void)%s;", v->cname);
    }
    return var_ref(g, s);
}

/* ---- names ------------------------------------------------------------- */

const char *func_cname(Gen *g, Sym *f) {
    if (f->recv_base)
        return method_cname(g, f->recv_base, f->name);
    const char *pkg = f->pkg_path ? f->pkg_path : f->owner ? f->owner->pkg_path : NULL;
    if (pkg) {
        const char *slash = strrchr(pkg, '/');
        return gstr(g, "go_%s_%s", slash ? slash + 1 : pkg, f->name);
    }
    if (strcmp(f->name, "init") == 0 && f->decl)
        return gstr(g, "gu_init_%d_%d", f->decl->pos.line, f->decl->pos.col);
    return gstr(g, "gu_%s", f->name);
}

/* The parameter list of a C function for a Go signature. */
const char *emit_prototype(Gen *g, const char *name, Type *sig, const char *recv_ctype,
                           const char *recv_name, bool closure, Sym **params) {
    Buf b = {0};
    const char *rt = sig->nresults ? ctype(g, sig->results[0].type) : "void";
    buf_printf(&b, "%s %s(", rt, name);
    bool first = true;
    if (closure) {
        buf_puts(&b, "gort_func *self_");
        first = false;
    }
    if (recv_ctype) {
        buf_printf(&b, "%s%s %s", first ? "" : ", ", recv_ctype, recv_name);
        first = false;
    }
    for (int i = 0; i < sig->nfields; i++, first = false)
        buf_printf(&b, "%s%s p%d_", first ? "" : ", ", ctype(g, sig->fields[i].type), i);
    for (int i = 1; i < sig->nresults; i++, first = false)
        buf_printf(&b, "%s%s *rp%d_", first ? "" : ", ", ctype(g, sig->results[i].type), i);
    if (first)
        buf_puts(&b, "void");
    buf_puts(&b, ")");
    (void)params;
    const char *s = arena_strdup(g->arena, b.s);
    free(b.s);
    return s;
}

/* ---- function bodies ----------------------------------------------------- */

static bool is_defer(Node *n) { return n->kind == N_DEFER; }

static bool is_recover_call(Node *n) {
    Node *f = n->kind == N_CALL ? unparen(n->x) : NULL;
    return f && f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN && f->sym->builtin == BI_RECOVER;
}

/* Does the body of one function (not of the func literals in it) hold a
 * node satisfying pred? */
static bool body_has(Node *n, bool (*pred)(Node *)) {
    if (!n || n->kind == N_FUNCLIT)
        return false;
    if (pred(n))
        return true;
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->body, n->els, n->cond, n->post};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (body_has(kids[i], pred))
            return true;
    for (int i = 0; i < n->list.len; i++)
        if (body_has(n->list.items[i], pred))
            return true;
    for (int i = 0; i < n->list2.len; i++)
        if (body_has(n->list2.items[i], pred))
            return true;
    return false;
}

/* Params and results of sig as Syms, from the function's type node. */
static void param_syms(Node *ftype, bool results, Sym **out, int max) {
    NodeList l = results ? ftype->list2 : ftype->list;
    int k = 0;
    for (int i = 0; i < l.len && k < max; i++) {
        Node *f = l.items[i];
        out[k++] = f->sym;   /* one N_FIELD per name */
    }
}

/* Emits the body of a function or closure into g->funcs. */
static void emit_body(Gen *g, FuncCtx *fn, const char *header, Node *recv_field, const char *recv_cname,
                      Node *ftype, Node *body) {
    FuncCtx *saved = g->fn;
    Buf prologue = {0}, code = {0};
    fn->parent = saved;
    fn->body = &code;
    fn->prologue = &prologue;
    fn->indent = 1;
    fn->has_defer = body_has(body, is_defer);
    g->fn = fn;
    Pos at = fn->node ? fn->node->pos : body->pos;
    Pos outer_line = emit_line(g, at);   /* a closure's body is emitted mid-statement */
    Type *sig = fn->sig;
    if (fn->closure_struct)
        emit(g, "%s *cl_ = (%s *)self_; (void)cl_;", fn->closure_struct, fn->closure_struct);
    if (recv_field && recv_field->sym && strcmp(recv_field->sym->name, "_") != 0)
        declare_var(g, recv_field->sym, recv_cname);
    Sym *params[64] = {0};
    param_syms(ftype, false, params, 64);
    for (int i = 0; i < sig->nfields && i < 64; i++)
        if (params[i] && params[i]->name && strcmp(params[i]->name, "_") != 0)
            declare_var(g, params[i], gstr(g, "p%d_", i));
    Sym *results[16] = {0};
    param_syms(ftype, true, results, 16);
    fn->nresults = sig->nresults;
    for (int i = 0; i < sig->nresults && i < 16; i++) {
        if (results[i] && results[i]->name && strcmp(results[i]->name, "_") != 0) {
            fn->result_names[i] = declare_var(g, results[i], NULL);
        } else {
            const char *r = gen_fresh(g, "res");
            emit(g, "%s %s = %s;", ctype(g, sig->results[i].type), r, zero_value(g, sig->results[i].type));
            fn->result_names[i] = r;
        }
        if (fn->has_defer)
            emit(g, "GORT_ESCAPE(&%s);", fn->result_names[i]);
    }
    if (fn->has_defer) {
        emit(g, "gort_frame fr_;");
        emit(g, "gort_frame_enter(&fr_);");
        emit(g, "fr_.caller = __builtin_frame_address(1);");
        emit(g, "if (setjmp(fr_.jb) == 0) {");
        fn->indent++;
    }
    gen_block(g, body->list);
    if (fn->has_defer) {
        fn->indent--;
        emit(g, "}");
        emit(g, "ret_: gort_frame_leave(&fr_);");
    }
    for (int i = 1; i < sig->nresults; i++)
        emit(g, "*rp%d_ = %s;", i, fn->result_names[i]);
    if (sig->nresults)
        emit(g, "return %s;", fn->result_names[0]);
    /* recover() compares its caller's frame with the deferred call's: a
     * function calling it must keep its own frame (never inlined) */
    const char *attr = body_has(body, is_recover_call) ? "__attribute__((noinline, noclone)) " : "";
    /* With line directives, the prologue belongs to the function's line and
     * what follows the function to no Go line at all. */
    buf_printf(&g->funcs, "%s%s%s {\n%s%s}\n%s\n", gen_line_directive(g, at), attr, header,
               prologue.s ? prologue.s : "", code.s ? code.s : "",
               gen_line_directives() ? "#line 1 \"gomem-generated\"\n" : "");
    free(prologue.s);
    free(code.s);
    g->fn = saved;
    emit_line(g, outer_line);
}

void gen_function(Gen *g, Node *fn) {
    Sym *f = fn->sym;
    Type *sig = fn->ty && fn->ty->kind == TY_FUNC ? fn->ty : f ? f->type : NULL;
    if (!sig) {
        gen_unsupported(g, fn->pos, "function without a type");
        return;
    }
    const char *name;
    const char *recv_ct = NULL;
    if (fn->recv) {
        Type *rt = fn->recv->type->ty ? fn->recv->type->ty : fn->recv->sym->type;
        recv_ct = ctype(g, rt);
        name = f ? func_cname(g, f) : "?";
    } else {
        name = strcmp(fn->name, "init") == 0
                   ? gstr(g, "gu_init_%d_%d", fn->pos.line, fn->pos.col)
                   : gstr(g, "gu_%s", fn->name);
        if (strcmp(fn->name, "init") == 0)
            buf_printf(&g->init, "    %s();\n", name);
    }
    const char *proto = emit_prototype(g, name, sig, recv_ct, "recv_", false, NULL);
    buf_printf(&g->protos, "static %s;\n", proto);
    FuncCtx ctx = {0};
    ctx.node = fn;
    ctx.sig = sig;
    emit_body(g, &ctx, gstr(g, "static %s", proto), fn->recv, "recv_", fn->type, fn->body);
}

/* ---- closures ------------------------------------------------------------ */

static bool inside(Gen *g, Node *inner, Node *outer) {
    for (Node *n = inner; n; n = pmap_get(&g->parents, n))
        if (n == outer)
            return true;
    return false;
}

static void collect_free(Gen *g, Node *n, Node *lit, PtrVec *out) {
    if (!n)
        return;
    if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_VAR && !n->sym->global) {
        VarInfo *v = var_info(g, n->sym);
        if (!inside(g, v->owner, lit)) {
            for (int i = 0; i < out->len; i++)
                if (out->items[i] == n->sym)
                    return;
            ptrvec_push(g->arena, out, n->sym);
        }
        return;
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        collect_free(g, kids[i], lit, out);
    for (int i = 0; i < n->list.len; i++)
        collect_free(g, n->list.items[i], lit, out);
    for (int i = 0; i < n->list2.len; i++)
        collect_free(g, n->list2.items[i], lit, out);
}

/* A struct type holding a function pointer and `n` fields: the layout of a
 * closure or thunk, registered like any Go struct so that it gets a
 * descriptor with a precise pointer bitmap. */
static Type *record_type(Gen *g, Type **fields, int n) {
    Type *t = type_new(g->arena, TY_STRUCT);
    t->nfields = n + 1;
    t->fields = arena_alloc(g->arena, sizeof(Field) * (size_t)(n + 1));
    t->fields[0].name = "fn";
    t->fields[0].type = ty_basic[TY_UNSAFE_POINTER];
    for (int i = 0; i < n; i++) {
        t->fields[i + 1].name = gstr(g, "c%d", i);
        t->fields[i + 1].type = fields[i];
    }
    return t;
}

/* Allocates a record of type t: a stack slot when esc is ESC_NONE, else
 * the heap. Returns a C expression of type t's C type *. */
static const char *alloc_record(Gen *g, Type *t, int esc) {
    const char *ct = ctype(g, t);
    if (esc == ESC_NONE) {
        const char *slot = gen_fresh(g, "slot");
        buf_printf(g->fn->prologue, "    %s %s;\n", ct, slot);
        return gstr(g, "(memset(&%s, 0, sizeof %s), &%s)", slot, slot, slot);
    }
    return gstr(g, "((%s *)gm_alloc_typed(%s, 1))", ct, tdesc(g, t));
}

const char *gen_funclit(Gen *g, Node *lit) {
    PtrVec free_vars = {0};
    collect_free(g, lit->body, lit, &free_vars);
    int n = free_vars.len;
    Type **ftypes = arena_alloc(g->arena, sizeof(Type *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Sym *s = free_vars.items[i];
        VarInfo *v = var_info(g, s);
        ftypes[i] = (v->byref_capture || v->boxed) ? type_pointer(g->arena, s->type) : s->type;
    }
    Type *rec = record_type(g, ftypes, n);
    const char *rec_ct = ctype(g, rec);
    const char *fname = gen_fresh(g, "gf");
    Type *sig = lit->ty;
    const char *proto = emit_prototype(g, fname, sig, NULL, NULL, true, NULL);
    buf_printf(&g->protos, "static %s;\n", proto);
    const char *value = NULL;
    if (n == 0) {
        /* nothing captured: one static closure, as gc (no allocation) */
        const char *sv = gen_fresh(g, "gfs");
        buf_printf(&g->protos, "static gort_func %s = {(void *)%s};\n", sv, fname);
        value = gstr(g, "(&%s)", sv);
    }
    /* the closure value, built in the enclosing function */
    const char *tmp = gen_fresh(g, "clo");
    Buf init = {0};
    if (n > 0) {
    buf_printf(&init, "({ %s *%s = %s; %s->f_fn = (void *)%s;", rec_ct, tmp, alloc_record(g, rec, esc_alloc(lit)),
               tmp, fname);
    for (int i = 0; i < n; i++) {
        Sym *s = free_vars.items[i];
        VarInfo *v = var_info(g, s);
        const char *val = (v->byref_capture || v->boxed) ? var_addr(g, s) : var_ref(g, s);
        buf_printf(&init, " %s;", gen_store(g, gstr(g, "%s->f_c%d", tmp, i), val, ftypes[i], false));
    }
    buf_printf(&init, " (gort_func *)%s; })", tmp);
    value = arena_strdup(g->arena, init.s);
    free(init.s);
    }
    FuncCtx ctx = {0};
    ctx.node = lit;
    ctx.sig = sig;
    ctx.captured = (Sym **)free_vars.items;
    ctx.ncaptured = n;
    ctx.closure_struct = rec_ct;
    emit_body(g, &ctx, gstr(g, "static %s", proto), NULL, NULL, lit->type, lit->body);
    return value;
}

/* The gort_func of a top-level function used as a value: a wrapper that
 * drops the closure argument, and a static closure. */
const char *func_value(Gen *g, Sym *f) {
    const char *have = pmap_get(&g->funcvals, f);
    if (have)
        return have;
    Type *sig = f->type;
    const char *w = gen_fresh(g, "gvw");
    Buf args = {0};
    for (int i = 0; i < sig->nfields; i++)
        buf_printf(&args, "%sp%d_", i ? ", " : "", i);
    for (int i = 1; i < sig->nresults; i++)
        buf_printf(&args, "%srp%d_", (i > 1 || sig->nfields) ? ", " : "", i);
    const char *proto = emit_prototype(g, w, sig, NULL, NULL, true, NULL);
    buf_printf(&g->protos, "static %s;\n", proto);
    buf_printf(&g->funcs, "static %s { (void)self_; %s%s(%s); }\n", proto, sig->nresults ? "return " : "",
               func_cname(g, f), args.s ? args.s : "");
    free(args.s);
    const char *v = gen_fresh(g, "gv");
    buf_printf(&g->protos, "static gort_func %s = {(void *)%s};\n", v, w);
    const char *r = gstr(g, "(&%s)", v);
    pmap_put(&g->funcvals, f, (void *)r);
    return r;
}

/* ---- defer and go: thunks ---------------------------------------------- */

/* A fake variable standing for a value evaluated at the defer/go statement
 * and stored in the thunk record. */
static Node *thunk_arg(Gen *g, Node *owner, Type *t, int index, PtrVec *vals, const char *val) {
    Sym *s = arena_alloc(g->arena, sizeof *s);
    s->kind = SYM_VAR;
    s->name = "thunk";
    s->type = t;
    s->func = owner;
    VarInfo *v = var_info(g, s);
    v->owner = owner;
    v->cname = gstr(g, "th_->f_c%d", index);
    Node *id = arena_alloc(g->arena, sizeof *id);
    id->kind = N_IDENT;
    id->name = "thunk";
    id->sym = s;
    id->ty = t;
    id->mode = MODE_VAR;
    ptrvec_push(g->arena, vals, (void *)val);
    return id;
}

void gen_defer_or_go(Gen *g, Node *stmt, bool is_go) {
    Node *call = unparen(stmt->x);
    if (call->kind != N_CALL) {
        gen_unsupported(g, stmt->pos, "defer/go of a non-call");
        return;
    }
    Node *owner = arena_alloc(g->arena, sizeof(Node));
    owner->kind = N_FUNCLIT;
    PtrVec vals = {0};
    PtrVec types = {0};
    Node *copy = arena_alloc(g->arena, sizeof(Node));
    *copy = *call;
    Node *fx = unparen(call->x);
    int k = 0;
    if (fx->kind == N_SELECTOR && fx->x->mode != MODE_PKG && fx->x->mode != MODE_TYPE && fx->sym &&
        fx->sym->kind == SYM_FUNC) {
        /* method call: evaluate the receiver (or its address) now */
        Node *sel = arena_alloc(g->arena, sizeof(Node));
        *sel = *fx;
        Type *rt = fx->x->ty;
        const char *rv;
        if (fx->sym->ptr_recv && type_under(rt)->kind != TY_POINTER && !type_is_interface(rt)) {
            rt = type_pointer(g->arena, rt);
            rv = gx_addr(g, fx->x);
        } else {
            rv = gx(g, fx->x);
            if (type_is_interface(rt)) {   /* x.M is evaluated now: a nil x panics here */
                const char *iv = gen_fresh(g, "dv");
                emit(g, "gort_iface %s = %s; (void)gort_imethod(%s.type, \"%s\");", iv, rv, iv, fx->name);
                rv = iv;
            }
        }
        sel->x = thunk_arg(g, owner, rt, k++, &vals, rv);
        ptrvec_push(g->arena, &types, rt);
        copy->x = sel;
    } else if (!(fx->kind == N_IDENT && fx->sym && (fx->sym->kind == SYM_FUNC || fx->sym->kind == SYM_BUILTIN)) &&
               !(fx->kind == N_SELECTOR && fx->x->mode == MODE_PKG) && fx->mode != MODE_TYPE) {
        copy->x = thunk_arg(g, owner, fx->ty, k++, &vals, gx(g, fx));
        ptrvec_push(g->arena, &types, fx->ty);
    }
    PtrVec args = {0};
    for (int i = 0; i < call->list.len; i++) {
        Node *a = call->list.items[i];
        if (a->mode == MODE_CONST || a->mode == MODE_TYPE || a->mode == MODE_NIL) {
            ptrvec_push(g->arena, &args, a);
            continue;
        }
        Type *at = a->ty;
        if (at && at->kind == TY_TUPLE) {   /* go/defer f(g()): g runs now, its results are stored */
            if (call->list.len != 1 || call->list2.len || at->nfields > 32) {
                gen_unsupported(g, a->pos, "multi-value argument in defer/go");
                return;
            }
            const char *names[32];
            for (int j = 0; j < at->nfields; j++)
                names[j] = gen_fresh(g, "dm");
            Buf results = {0};
            gen_results_into(g, a, names, &results);
            emit(g, "%s", buf_take(g, &results));
            for (int j = 0; j < at->nfields; j++) {
                ptrvec_push(g->arena, &args, thunk_arg(g, owner, at->fields[j].type, k++, &vals, names[j]));
                ptrvec_push(g->arena, &types, at->fields[j].type);
            }
            continue;
        }
        ptrvec_push(g->arena, &args, thunk_arg(g, owner, at, k++, &vals, gx(g, a)));
        ptrvec_push(g->arena, &types, at);
    }
    copy->list = nodelist_from(&args);
    Type *rec = record_type(g, (Type **)types.items, types.len);
    const char *rec_ct = ctype(g, rec);
    const char *tname = gen_fresh(g, "gth");
    /* the thunk function: runs the call with the stored values */
    FuncCtx ctx = {0};
    ctx.node = owner;
    ctx.sig = NULL;
    Buf prologue = {0}, code = {0};
    ctx.body = &code;
    ctx.prologue = &prologue;
    ctx.indent = 1;
    ctx.parent = g->fn;
    FuncCtx *saved = g->fn;
    g->fn = &ctx;
    const char *c = gx_call(g, copy, NULL, 0);
    if (!is_go && is_recover_call(call)) {
        emit(g, "(void)gort_recover_deferred();");   /* defer recover() */
    } else if (is_go) {
        emit(g, "(void)(%s);", c);
    } else {
        /* recover() is valid only in the function this thunk calls */
        emit(g, "void *prev_ = gort_defer_begin(__builtin_frame_address(0));");
        emit(g, "(void)(%s);", c);
        emit(g, "gort_defer_end(prev_);");
    }
    g->fn = saved;
    buf_printf(&g->protos, "static void %s(gort_func *self_);\n", tname);
    buf_printf(&g->funcs, "__attribute__((noinline)) static void %s(gort_func *self_) {\n    %s *th_ = (%s *)self_; (void)th_;\n%s%s}\n\n",
               tname, rec_ct, rec_ct, prologue.s ? prologue.s : "", code.s ? code.s : "");
    free(prologue.s);
    free(code.s);
    const char *tmp = gen_fresh(g, "th");
    /* a defer run in place (not in a loop) keeps its record in the frame,
     * as escape analysis decided (go/defer wrapper) */
    bool stack = !is_go && esc_alloc(stmt) == ESC_NONE;
    const char *link = "NULL";
    emit(g, "{");
    if (stack) {
        const char *slot = gen_fresh(g, "slot");
        buf_printf(g->fn->prologue, "    %s %s; gort_defer %s_link;\n", rec_ct, slot, slot);
        emit(g, "    %s *%s = &%s;", rec_ct, tmp, slot);
        link = gstr(g, "&%s_link", slot);
    } else {
        emit(g, "    %s *%s = (%s *)gm_alloc_typed(%s, 1);", rec_ct, tmp, rec_ct, tdesc(g, rec));
    }
    emit(g, "    %s->f_fn = (void *)%s;", tmp, tname);
    for (int i = 0; i < vals.len; i++)
        emit(g, "    %s;", gen_store(g, gstr(g, "%s->f_c%d", tmp, i), vals.items[i], types.items[i], stack));
    if (is_go)
        emit(g, "    gort_go((gort_func *)%s);", tmp);
    else
        emit(g, "    gort_defer_push(&fr_, %s, (gort_func *)%s);", link, tmp);
    emit(g, "}");
}

/* ---- package variables -------------------------------------------------- */

/* Collects into deps the package variables the expression (or statement)
 * n refers to, following the bodies of the functions it mentions. */
static void global_deps(Node *n, PtrMap *seen, PtrVec *deps, Arena *a) {
    if (!n)
        return;
    if (n->kind == N_IDENT || n->kind == N_SELECTOR) {
        Sym *s = n->sym;
        if (s && s->kind == SYM_VAR && s->global && !pmap_get(seen, s)) {
            pmap_put(seen, s, s);
            ptrvec_push(a, deps, s);
        } else if (s && s->kind == SYM_FUNC && s->decl && s->decl->kind == N_FUNC && !pmap_get(seen, s)) {
            pmap_put(seen, s, s);
            global_deps(s->decl->body, seen, deps, a);
        }
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        global_deps(kids[i], seen, deps, a);
    for (int i = 0; i < n->list.len; i++)
        global_deps(n->list.items[i], seen, deps, a);
    for (int i = 0; i < n->list2.len; i++)
        global_deps(n->list2.items[i], seen, deps, a);
}

/* Go's initialization order: repeatedly the earliest declaration whose
 * initializer depends on no variable still uninitialized. */
static void init_globals_in_order(Gen *g, Node **specs, int n) {
    PtrMap owner = {0};   /* global Sym -> its spec (initialized ones) */
    PtrVec *deps = calloc((size_t)n + 1, sizeof(PtrVec));
    bool *done = calloc((size_t)n + 1, sizeof(bool));
    for (int i = 0; i < n; i++)
        for (int j = 0; j < specs[i]->list.len; j++)
            if (specs[i]->list.items[j]->sym)
                pmap_put(&owner, specs[i]->list.items[j]->sym, specs[i]);
    for (int i = 0; i < n; i++) {
        PtrMap seen = {0};
        for (int j = 0; j < specs[i]->list2.len; j++)
            global_deps(specs[i]->list2.items[j], &seen, &deps[i], g->arena);
        free(seen.keys);
        free(seen.vals);
    }
    for (int left = n; left > 0; left--) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (done[i])
                continue;
            bool ready = true;
            for (int k = 0; k < deps[i].len && ready; k++) {
                Node *o = pmap_get(&owner, deps[i].items[k]);
                for (int j = 0; j < n; j++)
                    if (specs[j] == o && !done[j] && j != i)
                        ready = false;
            }
            if (ready)
                pick = i;
        }
        if (pick < 0)   /* a cycle the checker let through: source order */
            for (int i = 0; i < n && pick < 0; i++)
                if (!done[i])
                    pick = i;
        done[pick] = true;
        gen_assign_values(g, specs[pick]->list, specs[pick]->list2, false);
    }
    free(owner.keys);
    free(owner.vals);
    free(deps);
    free(done);
}

void gen_globals(Gen *g) {
    FuncCtx ctx = {0};
    Buf prologue = {0}, code = {0};
    ctx.body = &code;
    ctx.prologue = &prologue;
    ctx.indent = 1;
    Node *owner = arena_alloc(g->arena, sizeof(Node));
    owner->kind = N_FUNC;
    ctx.node = owner;
    g->fn = &ctx;
    PtrVec specs = {0};
    for (int f = 0; f < g->nfiles; f++) {
        NodeList decls = g->files[f]->list;
        for (int i = 0; i < decls.len; i++) {
            Node *d = decls.items[i];
            if (d->kind != N_VAR)
                continue;
            for (int j = 0; j < d->list.len; j++) {
                Sym *s = d->list.items[j]->sym;
                if (s && strcmp(s->name, "_") != 0)
                    buf_printf(&g->globals, "static %s gu_%s;\n", ctype(g, s->type), s->name);
            }
            if (d->list2.len)
                ptrvec_push(g->arena, &specs, d);
        }
    }
    g->global_init = true;
    init_globals_in_order(g, (Node **)specs.items, specs.len);
    g->global_init = false;
    g->fn = NULL;
    buf_printf(&g->protos, "static void gu_init_globals_(void);\n");
    buf_printf(&g->funcs, "static void gu_init_globals_(void) {\n%s%s}\n\n", prologue.s ? prologue.s : "",
               code.s ? code.s : "");
    free(prologue.s);
    free(code.s);
}
