/* gen_stmt.c: Go statements as C statements: declarations, assignments
 * (parallel, multi-value, comma-ok, map stores), control flow (if, for,
 * range over slices/arrays/strings/maps/channels, switch with fallthrough,
 * type switch, select, labels, goto), send, return, defer and go.
 *
 * Technique: every breakable statement gets numbered labels (brk_N, and
 * cont_N for loops) and break/continue become gotos, so Go's labelled
 * break/continue and `break` inside switch/select need no special case.
 *
 * Invariants: the break-target stack mirrors the nesting of the statements
 * being emitted; a parallel assignment evaluates every right-hand side
 * (and index operand) before storing any.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

typedef struct Target {
    const char *label;      /* Go label or NULL */
    int id;
    bool loop;
} Target;

static Target targets[256];
static int ntargets;
static const char *pending_label;   /* label of the statement being emitted */

static int push_target(Gen *g, bool loop) {
    int id = ++g->counter;
    if (ntargets < 256) {
        targets[ntargets].label = pending_label;
        targets[ntargets].id = id;
        targets[ntargets].loop = loop;
        ntargets++;
    }
    pending_label = NULL;
    return id;
}

static void pop_target(void) { ntargets--; }

static Target *find_target(const char *label, bool loop) {
    for (int i = ntargets - 1; i >= 0; i--) {
        if (label ? (targets[i].label && strcmp(targets[i].label, label) == 0) : (!loop || targets[i].loop))
            return &targets[i];
    }
    return NULL;
}

void gen_block(Gen *g, NodeList stmts) {
    for (int i = 0; i < stmts.len; i++)
        gen_stmt(g, stmts.items[i]);
}

static void open_block(Gen *g) {
    emit(g, "{");
    g->fn->indent++;
}

static void close_block(Gen *g) {
    g->fn->indent--;
    emit(g, "}");
}

/* ---- assignment ---------------------------------------------------------- */

static bool is_new_var(Node *x) {
    x = unparen(x);
    Sym *s = x->sym;
    return x->kind == N_IDENT && s && s->kind == SYM_VAR && s->pos.line == x->pos.line &&
           s->pos.col == x->pos.col && s->pos.file == x->pos.file && !s->global;
}

/* Stores C value v (of Go type vt) into the Go lvalue x (declaring it when
 * `define` and x is new). */
static void assign_to(Gen *g, Node *x, const char *v, Type *vt, bool define) {
    x = unparen(x);
    if (is_blank(x)) {
        emit(g, "(void)(%s);", v);
        return;
    }
    Type *t = x->ty ? x->ty : vt;
    if (x->kind == N_IDENT && x->sym)
        t = x->sym->type;
    const char *cv = convert_value(g, v, vt, t);
    if (define && is_new_var(x)) {
        declare_var(g, x->sym, cv);
        return;
    }
    if (x->kind == N_INDEX && type_under(unparen(x->x)->ty)->kind == TY_MAP) {
        Type *mt = type_under(unparen(x->x)->ty);
        emit(g, "{ %s k_ = %s; %s v_ = %s; gm_map_set(%s, &k_, &v_); }", ctype(g, mt->key),
             gx_to(g, x->list.items[0], mt->key), ctype(g, mt->elem), cv, gx(g, x->x));
        return;
    }
    bool local;
    const char *lv = gx_lvalue(g, x, &local);
    emit(g, "%s;", gen_store(g, lv, cv, t, local));
}

/* Phase one of a tuple assignment: the operands of index expressions and
 * pointer indirections on the left, into temporaries. lps[i] becomes the
 * lvalue to store into in phase two (nil and bounds checks happen there,
 * as in Go), "map:NAME" for a map element, NULL for a plain variable. */
static void prepare_lvalues(Gen *g, NodeList lhs, bool define, const char **lps, bool *lp_local) {
    for (int i = 0; i < lhs.len && i < 64; i++) {
        Node *x = unparen(lhs.items[i]);
        if (is_blank(x) || x->kind == N_IDENT || (define && is_new_var(x)))
            continue;
        if (x->kind == N_INDEX && type_under(unparen(x->x)->ty)->kind == TY_MAP) {
            Type *mt = type_under(unparen(x->x)->ty);
            const char *mp = gen_fresh(g, "pm");
            emit(g, "gm_map *%s = %s; %s %s_k = %s;", mp, gx(g, x->x), ctype(g, mt->key), mp,
                 gx_to(g, x->list.items[0], mt->key));
            lps[i] = gstr(g, "map:%s", mp);
            continue;
        }
        const char *lp = gen_fresh(g, "lp");
        Type *bt = x->kind == N_STAR || x->kind == N_SELECTOR || x->kind == N_INDEX ? unparen(x->x)->ty : NULL;
        Type *bu = bt ? type_under(bt) : NULL;
        if (x->kind == N_STAR) {
            /* the pointer now, its nil check at the store (Go's phase two) */
            emit(g, "%s %s = %s;", ctype(g, bt), lp, gx(g, x->x));
            lps[i] = gstr(g, "(*(%s *)gort_nn(%s))", ctype(g, x->ty), lp);
        } else if (x->kind == N_INDEX && bu->kind == TY_SLICE) {
            emit(g, "gm_slice %s = %s; int64_t %s_i = %s;", lp, gx(g, x->x), lp,
                 gx_to(g, x->list.items[0], ty_basic[TY_INT]));
            lps[i] = gstr(g, "GM_AT(%s, %s, %s_i)", ctype(g, x->ty), lp, lp);
        } else if (x->kind == N_SELECTOR && bu->kind == TY_POINTER && x->sym && x->sym->kind == SYM_FIELD &&
                   type_under(bu->elem)->kind == TY_STRUCT && x->sym->field_index < type_under(bu->elem)->nfields &&
                   type_under(bu->elem)->fields[x->sym->field_index].sym == x->sym) {
            emit(g, "%s %s = %s;", ctype(g, bt), lp, gx(g, x->x));
            lps[i] = gstr(g, "gort_nn(%s)->%s", lp, field_cname(g, bu->elem, x->sym->field_index));
        } else {
            emit(g, "%s *%s = &%s;", ctype(g, x->ty), lp, gx_lvalue(g, x, &lp_local[i]));
            lps[i] = gstr(g, "(*%s)", lp);
        }
    }
}

/* Phase two: the stores, left to right. */
static void store_prepared(Gen *g, NodeList lhs, bool define, const char **lps, const bool *lp_local,
                           const char **tmps, Type **types) {
    for (int i = 0; i < lhs.len && i < 64; i++) {
        Node *x = unparen(lhs.items[i]);
        if (!lps[i]) {
            assign_to(g, lhs.items[i], tmps[i], types[i], define);
        } else if (strncmp(lps[i], "map:", 4) == 0) {
            Type *mt = type_under(unparen(x->x)->ty);
            emit(g, "{ %s v_ = %s; gm_map_set(%s, &%s_k, &v_); }", ctype(g, mt->elem),
                 convert_value(g, tmps[i], types[i], mt->elem), lps[i] + 4, lps[i] + 4);
        } else {
            emit(g, "%s;", gen_store(g, lps[i], convert_value(g, tmps[i], types[i], x->ty), x->ty, lp_local[i]));
        }
    }
}

/* v, ok forms: map index, type assertion, channel receive. */
static bool comma_ok(Gen *g, NodeList lhs, Node *r, bool define) {
    r = unparen(r);
    if (!(r->kind == N_INDEX || r->kind == N_TYPEASSERT || (r->kind == N_UNARY && r->op == T_ARROW)))
        return false;
    const char *lps[64] = {0};
    bool lp_local[64] = {0};
    prepare_lvalues(g, lhs, define, lps, lp_local);
    const char *ok = gen_fresh(g, "ok");
    emit(g, "bool %s = false;", ok);
    const char *val;
    Type *vt;
    if (r->kind == N_INDEX) {
        Type *mt = type_under(unparen(r->x)->ty);
        vt = mt->elem;
        val = gstr(g, "({ %s k_ = %s; gm_map *m_ = %s; %s*(%s *)gm_map_get(m_, &k_, &%s); })",
                   ctype(g, mt->key), gx_to(g, r->list.items[0], mt->key), gx(g, r->x),
                   map_nil_key_check(g, mt->key, "m_", "&k_"), ctype(g, vt), ok);
    } else if (r->kind == N_TYPEASSERT) {
        vt = r->ty;
        val = type_assert(g, r, ok);
    } else if (r->kind == N_UNARY && r->op == T_ARROW) {
        vt = type_under(unparen(r->x)->ty)->elem;
        val = gstr(g, "({ %s rv_ = %s; %s = gm_chan_recv(%s, &rv_); rv_; })", ctype(g, vt), zero_value(g, vt), ok,
                   gx(g, r->x));
    } else {
        return false;
    }
    const char *tmp = gen_fresh(g, "cv");
    emit(g, "%s %s = %s;", ctype(g, vt), tmp, val);
    const char *tmps[2] = {tmp, ok};
    Type *types[2] = {vt, ty_basic[TY_BOOL]};
    store_prepared(g, lhs, define, lps, lp_local, tmps, types);
    return true;
}


/* The type the value r takes when assigned to x: x's variable's type (the
 * blank identifier: r's own), untyped constants defaulted. */
static Type *assign_target_type(Node *x, Node *r) {
    Node *u = unparen(x);
    Type *t = is_blank(x) ? r->ty : (u->kind == N_IDENT && u->sym ? u->sym->type : x->ty);
    if (t && type_is_untyped(t))
        t = type_default(t);
    return t;
}
/* v := T{...} or a package variable's T{...} (struct or array): the
 * literal is built in v itself, never in a temporary (a package variable
 * may be far larger than a C stack), which is safe because the literal
 * cannot refer to the variable it initialises. */
static bool fill_in_place(Gen *g, Node *x, Node *r, bool define) {
    x = unparen(x);
    r = unparen(r);
    if (r->kind != N_COMPOSITELIT || x->kind != N_IDENT || !x->sym || x->sym->kind != SYM_VAR)
        return false;
    TypeKind k = type_under(r->ty)->kind;
    if ((k != TY_STRUCT && k != TY_ARRAY) || !types_identical(r->ty, x->sym->type))
        return false;
    bool global = g->global_init && x->sym->global;
    if (!global && !(define && is_new_var(x)))
        return false;
    if (!global)
        declare_var(g, x->sym, NULL);
    Buf b = {0};
    fill_literal(g, &b, var_ref(g, x->sym), r, r->ty, var_is_local(g, x->sym));
    if (b.s)
        emit(g, "{%s }", b.s);
    free(b.s);
    return true;
}

void gen_assign_values(Gen *g, NodeList lhs, NodeList rhs, bool define) {
    if (rhs.len == 1 && lhs.len > 1) {
        Node *r = unparen(rhs.items[0]);
        if (lhs.len == 2 && r->kind != N_CALL && comma_ok(g, lhs, r, define))
            return;
        Type *tt = r->ty;
        if (!tt || tt->kind != TY_TUPLE) {
            gen_unsupported(g, r->pos, "multi-value assignment");
            return;
        }
        const char *lps[64] = {0};
        bool lp_local[64] = {0};
        prepare_lvalues(g, lhs, define, lps, lp_local);
        const char *tmps[32];
        Type *types[32];
        for (int i = 0; i < tt->nfields && i < 32; i++) {
            types[i] = tt->fields[i].type;
            tmps[i] = gen_fresh(g, "mr");
        }
        Buf call = {0};
        gen_results_into(g, r, tmps, &call);
        emit(g, "%s", buf_take(g, &call));
        store_prepared(g, lhs, define, lps, lp_local, tmps, types);
        return;
    }
    if (lhs.len == 1 && fill_in_place(g, lhs.items[0], rhs.items[0], define))
        return;
    if (lhs.len == 1) {
        Node *x = lhs.items[0];
        Type *t = assign_target_type(x, rhs.items[0]);
        assign_to(g, x, gx_to(g, rhs.items[0], t), t, define);
        return;
    }
    /* parallel: index operands and pointers on the left, then the right
     * sides, are evaluated before anything is stored (Go's two phases) */
    const char *lps[64] = {0};
    bool lp_local[64] = {0};
    prepare_lvalues(g, lhs, define, lps, lp_local);
    const char *tmps[64];
    Type *types[64];
    for (int i = 0; i < rhs.len && i < 64; i++) {
        Type *t = assign_target_type(lhs.items[i], rhs.items[i]);
        types[i] = t;
        tmps[i] = gen_fresh(g, "pa");
        emit(g, "%s %s = %s;", ctype(g, t), tmps[i], gx_to(g, rhs.items[i], t));
    }
    store_prepared(g, lhs, define, lps, lp_local, tmps, types);
}

/* m[k] op= v: m[k] is read, the operation done (it may panic), and only
 * then the result stored: a panic inserts nothing (Go's order). */
static void gen_map_op_assign(Gen *g, Node *x, TokenKind op, Node *y) {
    Type *mt = type_under(unparen(x->x)->ty);
    Type *t = mt->elem;
    bool shift = op == T_SHL || op == T_SHR;
    open_block(g);
    emit(g, "gm_map *m_ = %s; %s k_ = %s;", gx(g, x->x), ctype(g, mt->key), gx_to(g, x->list.items[0], mt->key));
    emit(g, "%s r_ = %s;", shift ? ctype(g, y->ty) : ctype(g, t), y ? (shift ? gx(g, y) : gx_to(g, y, t)) : "1");
    emit(g, "%s v_ = %s;", ctype(g, t),
         arith(g, op, gstr(g, "(*(%s *)gm_map_get(m_, &k_, NULL))", ctype(g, t)), "r_", t, shift ? y : NULL));
    emit(g, "gm_map_set(m_, &k_, &v_);");
    close_block(g);
}

static void gen_op_assign(Gen *g, Node *s) {
    Node *x = unparen(s->list.items[0]);
    Node *y = s->list2.items[0];
    TokenKind op = token_assign_base((TokenKind)s->op);
    Type *t = x->ty;
    if (x->kind == N_INDEX && type_under(unparen(x->x)->ty)->kind == TY_MAP) {
        gen_map_op_assign(g, x, op, y);
        return;
    }
    bool local;
    const char *lv = gx_lvalue(g, x, &local);
    const char *p = gen_fresh(g, "op");
    open_block(g);
    emit(g, "%s *%s = &%s;", ctype(g, t), p, lv);
    const char *rhs = (op == T_SHL || op == T_SHR) ? gx(g, y) : gx_to(g, y, t);
    const char *v = arith(g, op, gstr(g, "(*%s)", p), rhs, t, (op == T_SHL || op == T_SHR) ? y : NULL);
    emit(g, "%s;", gen_store(g, gstr(g, "(*%s)", p), v, t, local));
    close_block(g);
}

static void gen_incdec(Gen *g, Node *s) {
    Node *x = unparen(s->x);
    bool local;
    const char *lv = gx_lvalue(g, x, &local);
    const char *p = gen_fresh(g, "id");
    emit(g, "{ %s *%s = &%s; *%s = (%s)(*%s %s 1); }", ctype(g, x->ty), p, lv, p, ctype(g, x->ty), p,
         s->op == T_INC ? "+" : "-");
}

/* ---- declarations ------------------------------------------------------- */

static void gen_decl(Gen *g, Node *d) {
    for (int i = 0; i < d->list.len; i++) {
        Node *spec = d->list.items[i];
        if (spec->kind != N_VAR)
            continue;
        if (spec->list2.len) {
            gen_assign_values(g, spec->list, spec->list2, true);
            continue;
        }
        for (int j = 0; j < spec->list.len; j++) {
            Node *id = spec->list.items[j];
            if (id->sym && !is_blank(id))
                declare_var(g, id->sym, NULL);
        }
    }
}

/* ---- return ----------------------------------------------------------------- */

static void finish_return(Gen *g) {
    FuncCtx *fn = g->fn;
    if (fn->has_defer) {
        emit(g, "goto ret_;");
        return;
    }
    for (int i = 1; i < fn->nresults; i++)
        emit(g, "*rp%d_ = %s;", i, fn->result_names[i]);
    emit(g, fn->nresults ? "return %s;" : "return;", fn->nresults ? fn->result_names[0] : "");
}

static void gen_return(Gen *g, Node *s) {
    FuncCtx *fn = g->fn;
    Type *sig = fn->sig;
    if (!sig) {
        emit(g, "return;");
        return;
    }
    if (s->list.len == 0) {
        finish_return(g);
        return;
    }
    if (s->list.len == 1 && sig->nresults == 1 && !fn->has_defer) {
        emit(g, "return %s;", gx_to(g, s->list.items[0], sig->results[0].type));
        return;
    }
    const char *tmps[16];
    if (s->list.len == 1 && sig->nresults > 1) {
        Node *r = s->list.items[0];
        const char *extra[16];
        for (int i = 1; i < sig->nresults; i++) {
            tmps[i] = gen_fresh(g, "rv");
            emit(g, "%s %s = %s;", ctype(g, r->ty->fields[i].type), tmps[i], zero_value(g, r->ty->fields[i].type));
            extra[i - 1] = gstr(g, "&%s", tmps[i]);
        }
        tmps[0] = gen_fresh(g, "rv");
        emit(g, "%s %s = %s;", ctype(g, r->ty->fields[0].type), tmps[0], gx_call(g, r, extra, sig->nresults - 1));
        for (int i = 0; i < sig->nresults; i++)
            emit(g, "%s = %s;", fn->result_names[i],
                 convert_value(g, tmps[i], r->ty->fields[i].type, sig->results[i].type));
        finish_return(g);
        return;
    }
    for (int i = 0; i < s->list.len && i < 16; i++) {
        tmps[i] = gen_fresh(g, "rv");
        emit(g, "%s %s = %s;", ctype(g, sig->results[i].type), tmps[i],
             gx_to(g, s->list.items[i], sig->results[i].type));
    }
    for (int i = 0; i < s->list.len && i < 16; i++)
        emit(g, "%s = %s;", fn->result_names[i], tmps[i]);
    finish_return(g);
}

/* ---- control flow ------------------------------------------------------------ */

static void gen_if(Gen *g, Node *s) {
    emit_line(g, s->pos);   /* an else-if is not reached through gen_stmt */
    open_block(g);
    if (s->init)
        gen_stmt(g, s->init);
    emit(g, "if (%s) {", gx(g, s->cond));
    g->fn->indent++;
    gen_block(g, s->body->list);
    g->fn->indent--;
    if (s->els) {
        emit(g, "} else {");
        g->fn->indent++;
        if (s->els->kind == N_IF)
            gen_if(g, s->els);
        else
            gen_block(g, s->els->list);
        g->fn->indent--;
    }
    emit(g, "}");
    close_block(g);
}

/* A breakable statement opens a C block holding its init statement and
 * ends with its break label (brk_ID). */
static int begin_breakable(Gen *g, Node *init, bool loop) {
    open_block(g);
    if (init)
        gen_stmt(g, init);
    return push_target(g, loop);
}

static void end_breakable(Gen *g, int id) {
    emit(g, "brk_%d: ;", id);
    pop_target();
    close_block(g);
}

static void gen_for(Gen *g, Node *s) {
    int id = begin_breakable(g, s->init, true);
    emit(g, "for (;;) {");
    g->fn->indent++;
    if (s->cond)
        emit(g, "if (!(%s)) break;", gx(g, s->cond));
    open_block(g);
    gen_block(g, s->body->list);
    close_block(g);
    emit(g, "cont_%d: ;", id);
    if (s->post)
        gen_stmt(g, s->post);
    g->fn->indent--;
    emit(g, "}");
    end_breakable(g, id);
}

/* Assigns the key/value of one range iteration. */
static void range_vars(Gen *g, Node *s, const char *k, Type *kt, const char *v, Type *vt) {
    bool define = s->op == T_DEFINE;
    if (s->list.len == 2 && v && !define && !is_blank(s->list.items[1])) {
        /* k, v = key, value: a tuple assignment (index operands first) */
        const char *lps[64] = {0};
        bool lp_local[64] = {0};
        prepare_lvalues(g, s->list, false, lps, lp_local);
        const char *tk = gen_fresh(g, "rk"), *tv = gen_fresh(g, "rv");
        emit(g, "%s %s = %s; %s %s = %s;", ctype(g, kt), tk, k, ctype(g, vt), tv, v);
        const char *tmps[2] = {tk, tv};
        Type *types[2] = {kt, vt};
        store_prepared(g, s->list, false, lps, lp_local, tmps, types);
        return;
    }
    if (s->list.len > 0 && !is_blank(s->list.items[0]))
        assign_to(g, s->list.items[0], k, kt, define);
    if (s->list.len > 1 && !is_blank(s->list.items[1]) && v)
        assign_to(g, s->list.items[1], v, vt, define);
}

/* Go 1.19: range variables declared with := are one variable for the whole
 * loop; declare them once before it. */
static void declare_range_vars(Gen *g, Node *s) {
    if (s->op != T_DEFINE)
        return;
    for (int i = 0; i < s->list.len; i++) {
        Node *x = unparen(s->list.items[i]);
        if (!is_blank(x) && x->sym && is_new_var(x))
            declare_var(g, x->sym, NULL);
    }
}

static void range_body(Gen *g, Node *s, int id) {
    open_block(g);
    gen_block(g, s->body->list);
    close_block(g);
    emit(g, "cont_%d: ;", id);
}

static void gen_range(Gen *g, Node *s) {
    Node *x = unparen(s->x);
    Type *xu = type_under(x->ty);
    open_block(g);
    declare_range_vars(g, s);
    Node saved = *s;
    if (s->op == T_DEFINE)
        s->op = T_ASSIGN;   /* already declared */
    int id = push_target(g, true);
    Type *tint = ty_basic[TY_INT];
    if (xu->kind == TY_POINTER)
        xu = type_under(xu->elem);
    switch (xu->kind) {
    case TY_SLICE: case TY_ARRAY: {
        const char *n;
        const char *elem;
        if (xu->kind == TY_SLICE) {
            emit(g, "gm_slice rs_%d = %s;", id, gx(g, x));
            n = gstr(g, "rs_%d.len", id);
            elem = gstr(g, "((%s *)rs_%d.ptr)[ri_%d]", ctype(g, xu->elem), id, id);
        } else if (type_under(x->ty)->kind == TY_POINTER) {
            emit(g, "%s *rs_%d = %s;", ctype(g, type_under(x->ty)->elem), id, gx(g, x));
            n = gstr(g, "%lld", (long long)xu->len);
            elem = gstr(g, "gort_nn(rs_%d)->a[ri_%d]", id, id);
        } else {
            emit(g, "%s rs_%d = %s;", ctype(g, x->ty), id, gx(g, x));
            n = gstr(g, "%lld", (long long)xu->len);
            elem = gstr(g, "rs_%d.a[ri_%d]", id, id);
        }
        emit(g, "for (int64_t ri_%d = 0; ri_%d < (int64_t)%s; ri_%d++) {", id, id, n, id);
        g->fn->indent++;
        range_vars(g, s, gstr(g, "ri_%d", id), tint, s->list.len > 1 && !is_blank(s->list.items[1]) ? elem : NULL,
                   xu->elem);
        break;
    }
    case TY_STRING: case TY_UNTYPED_STRING:
        emit(g, "gm_string rs_%d = %s; int rw_%d = 0;", id, gx(g, x), id);
        emit(g, "for (int64_t ri_%d = 0; ri_%d < rs_%d.len; ri_%d += rw_%d) {", id, id, id, id, id);
        g->fn->indent++;
        emit(g, "int32_t rr_%d = gm_decode_rune(rs_%d, ri_%d, &rw_%d);", id, id, id, id);
        range_vars(g, s, gstr(g, "ri_%d", id), tint, gstr(g, "rr_%d", id), ty_basic[TY_INT32]);
        break;
    case TY_MAP:
        emit(g, "gm_map_iter rit_%d; gm_map_iter_init(&rit_%d, %s); void *rk_%d, *rv_%d;", id, id, gx(g, x), id, id);
        emit(g, "while (gm_map_next(&rit_%d, &rk_%d, &rv_%d)) {", id, id, id);
        g->fn->indent++;
        range_vars(g, s, gstr(g, "(*(%s *)rk_%d)", ctype(g, xu->key), id), xu->key,
                   gstr(g, "(*(%s *)rv_%d)", ctype(g, xu->elem), id), xu->elem);
        break;
    case TY_CHAN:
        emit(g, "gm_chan *rc_%d = %s;", id, gx(g, x));
        emit(g, "for (;;) {");
        g->fn->indent++;
        emit(g, "%s rv_%d = %s;", ctype(g, xu->elem), id, zero_value(g, xu->elem));
        emit(g, "if (!gm_chan_recv(rc_%d, &rv_%d)) break;", id, id);
        range_vars(g, s, gstr(g, "rv_%d", id), xu->elem, NULL, NULL);
        break;
    default:
        gen_unsupported(g, s->pos, "range over this type");
        emit(g, "{");
        g->fn->indent++;
    }
    range_body(g, s, id);
    g->fn->indent--;
    emit(g, "}");
    emit(g, "brk_%d: ;", id);
    pop_target();
    *s = saved;
    close_block(g);
}

/* ---- switch ------------------------------------------------------------------- */

/* The condition under which case expression (or type) e matches. */
typedef const char *(*CaseCond)(Gen *g, void *ctx, Node *e);

/* The dispatch of a switch: one test per case expression, in order, each
 * jumping to its clause (case_ID_I); then default, or out. */
static void dispatch_cases(Gen *g, Node *s, int id, CaseCond cond, void *ctx) {
    int ndefault = -1;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->op == 1)
            ndefault = i;
        for (int j = 0; j < cl->list.len; j++) {
            emit_line(g, cl->list.items[j]->pos);
            emit(g, "if (%s) goto case_%d_%d;", cond(g, ctx, cl->list.items[j]), id, i);
        }
    }
    if (ndefault >= 0)
        emit(g, "goto case_%d_%d;", id, ndefault);
    else
        emit(g, "goto brk_%d;", id);
}

typedef struct {
    const char *tag;      /* NULL: a switch without tag */
    Type *type;
} SwitchTag;

static const char *expr_case_cond(Gen *g, void *ctx, Node *e) {
    SwitchTag *st = ctx;
    if (st->tag)
        return switch_case_cond(g, st->tag, st->type, e);
    if (type_is_interface(e->ty))
        return switch_case_cond(g, "true", ty_basic[TY_BOOL], e);
    return gx(g, e);
}

static const char *type_case_cond(Gen *g, void *ctx, Node *e) {
    int id = *(int *)ctx;
    if (e->ty && e->ty->kind == TY_UNTYPED_NIL)
        return gstr(g, "ts_%d.type == NULL", id);
    if (type_is_interface(e->ty))
        return iface_test(g, gstr(g, "ts_%d.type", id), e->ty);
    return same_type_test(g, gstr(g, "ts_%d.type", id), e->ty);
}

static void gen_switch(Gen *g, Node *s) {
    int id = begin_breakable(g, s->init, false);
    Type *tt = NULL;
    const char *tag = NULL;
    if (s->x) {
        tt = s->x->ty;
        if (type_is_untyped(tt))
            tt = type_default(tt);
        tag = gstr(g, "sw_%d", id);
        emit(g, "%s %s = %s;", ctype(g, tt), tag, gx_to(g, s->x, tt));
    }
    SwitchTag st = {tag, tt};
    dispatch_cases(g, s, id, expr_case_cond, &st);
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        emit(g, "case_%d_%d: ;", id, i);
        open_block(g);
        NodeList body = cl->list2;
        bool falls = body.len > 0 && body.items[body.len - 1]->kind == N_BRANCH &&
                     body.items[body.len - 1]->op == T_FALLTHROUGH;
        gen_block(g, body);
        if (!falls)
            emit(g, "goto brk_%d;", id);
        else if (i + 1 < s->list.len)
            emit(g, "goto case_%d_%d;", id, i + 1);
        close_block(g);
    }
    end_breakable(g, id);
}

static void gen_type_switch(Gen *g, Node *s) {
    int id = begin_breakable(g, s->init, false);
    Node *x = s->x;
    if (x->kind == N_TYPEASSERT)
        x = x->x;
    emit(g, "gort_iface ts_%d = %s;", id, gx(g, x));
    dispatch_cases(g, s, id, type_case_cond, &id);
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        emit(g, "case_%d_%d: ;", id, i);
        open_block(g);
        if (cl->sym && strcmp(cl->sym->name, "_") != 0) {
            Type *vt = cl->sym->type;
            const char *v;
            if (type_is_interface(vt))
                v = gstr(g, "ts_%d", id);
            else if (type_pointer_shaped(vt))
                v = gstr(g, "((%s)ts_%d.data)", ctype(g, vt), id);
            else
                v = gstr(g, "(*(%s *)ts_%d.data)", ctype(g, vt), id);
            declare_var(g, cl->sym, v);
        }
        gen_block(g, cl->list2);
        emit(g, "goto brk_%d;", id);
        close_block(g);
    }
    end_breakable(g, id);
}

static void gen_select(Gen *g, Node *s) {
    int id = begin_breakable(g, NULL, false);
    int n = 0;
    bool has_default = false;
    for (int i = 0; i < s->list.len; i++)
        if (s->list.items[i]->x)
            n++;
        else
            has_default = true;
    emit(g, "gm_select_case sc_%d[%d];", id, n > 0 ? n : 1);
    int k = 0;
    int index[256];
    for (int i = 0; i < s->list.len && i < 256; i++) {
        Node *comm = s->list.items[i]->x;
        index[i] = -1;
        if (!comm)
            continue;
        index[i] = k;
        if (comm->kind == N_SEND) {
            Type *et = type_under(comm->x->ty)->elem;
            emit(g, "%s sv_%d_%d = %s;", ctype(g, et), id, k, gx_to(g, comm->y, et));
            emit(g, "sc_%d[%d] = (gm_select_case){%s, GM_SELECT_SEND, &sv_%d_%d, false};", id, k, gx(g, comm->x), id,
                 k);
        } else {
            Node *recv = unparen(comm->kind == N_EXPRSTMT ? comm->x : comm->list2.items[0]);
            Type *et = type_under(unparen(recv->x)->ty)->elem;
            emit(g, "%s sv_%d_%d = %s;", ctype(g, et), id, k, zero_value(g, et));
            emit(g, "sc_%d[%d] = (gm_select_case){%s, GM_SELECT_RECV, &sv_%d_%d, false};", id, k, gx(g, recv->x), id,
                 k);
        }
        k++;
    }
    emit(g, "int si_%d = gm_select(sc_%d, %d, %s);", id, id, n, has_default ? "true" : "false");
    for (int i = 0; i < s->list.len && i < 256; i++) {
        Node *cl = s->list.items[i];
        Node *comm = cl->x;
        emit(g, "if (si_%d == %d) {", id, index[i]);
        g->fn->indent++;
        if (comm && comm->kind == N_ASSIGN) {
            Node *recv = unparen(comm->list2.items[0]);
            Type *et = type_under(unparen(recv->x)->ty)->elem;
            bool define = comm->op == T_DEFINE;
            assign_to(g, comm->list.items[0], gstr(g, "sv_%d_%d", id, index[i]), et, define);
            if (comm->list.len > 1)
                assign_to(g, comm->list.items[1], gstr(g, "sc_%d[%d].ok", id, index[i]), ty_basic[TY_BOOL], define);
        }
        gen_block(g, cl->list2);
        emit(g, "goto brk_%d;", id);
        g->fn->indent--;
        emit(g, "}");
    }
    end_breakable(g, id);
}

static void gen_branch(Gen *g, Node *s) {
    switch (s->op) {
    case T_BREAK: {
        Target *t = find_target(s->name, false);
        if (t)
            emit(g, "goto brk_%d;", t->id);
        else
            gen_unsupported(g, s->pos, "break target");
        return;
    }
    case T_CONTINUE: {
        Target *t = find_target(s->name, true);
        if (t)
            emit(g, "goto cont_%d;", t->id);
        else
            gen_unsupported(g, s->pos, "continue target");
        return;
    }
    case T_GOTO: emit(g, "goto L_%s;", s->name); return;
    case T_FALLTHROUGH: return;   /* handled by gen_switch */
    default: return;
    }
}

void gen_stmt(Gen *g, Node *s) {
    if (!s || g->error)
        return;
    emit_line(g, s->pos);
    switch (s->kind) {
    case N_BLOCK:
        open_block(g);
        gen_block(g, s->list);
        close_block(g);
        return;
    case N_EMPTY: return;
    case N_EXPRSTMT: emit(g, "(void)(%s);", gx(g, s->x)); return;
    case N_SEND: {
        Type *et = type_under(s->x->ty)->elem;
        emit(g, "{ %s sv_ = %s; gm_chan_send(%s, &sv_); }", ctype(g, et), gx_to(g, s->y, et), gx(g, s->x));
        return;
    }
    case N_INCDEC: gen_incdec(g, s); return;
    case N_ASSIGN:
        if (s->op == T_ASSIGN || s->op == T_DEFINE)
            gen_assign_values(g, s->list, s->list2, s->op == T_DEFINE);
        else
            gen_op_assign(g, s);
        return;
    case N_DECLSTMT: gen_decl(g, s); return;
    case N_GO: gen_defer_or_go(g, s, true); return;
    case N_DEFER: gen_defer_or_go(g, s, false); return;
    case N_RETURN: gen_return(g, s); return;
    case N_BRANCH: gen_branch(g, s); return;
    case N_IF: gen_if(g, s); return;
    case N_FOR: gen_for(g, s); return;
    case N_RANGE: gen_range(g, s); return;
    case N_SWITCH: gen_switch(g, s); return;
    case N_TYPESWITCH: gen_type_switch(g, s); return;
    case N_SELECT: gen_select(g, s); return;
    case N_LABELED:
        emit(g, "L_%s: ;", s->name);
        pending_label = s->name;
        gen_stmt(g, s->body);
        pending_label = NULL;
        return;
    default: gen_unsupported(g, s->pos, "statement"); return;
    }
}
