/* gen_expr.c: Go expressions as C expressions: constants, variables,
 * operators with Go's semantics (wrapping arithmetic, checked division and
 * shifts, string operations), selectors through embedded fields, indexing
 * with bounds checks, composite literals, conversions (boxing into
 * interfaces), type assertions, and stores with the write barrier.
 *
 * Invariants: gx returns a C expression of ctype(n->ty) that evaluates n
 * exactly once; allocation sites (&T{}, new, make, slice literals, closures,
 * boxing) use a stack slot only when escape analysis said ESC_NONE;
 * gen_store uses gm_store / gm_typedmemmove unless the destination is an
 * unboxed C local or the type holds no pointers.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

bool is_blank(Node *n) {
    n = unparen(n);
    return n && n->kind == N_IDENT && strcmp(n->name, "_") == 0;
}

static bool is_nil(Node *n) {
    n = unparen(n);
    return n && ((n->kind == N_IDENT && n->sym && n->sym->kind == SYM_NIL) ||
                 (n->ty && n->ty->kind == TY_UNTYPED_NIL));
}

/* ---- constants ------------------------------------------------------------ */

static const char *int_literal(Gen *g, __int128 v, Type *u) {
    bool uns = type_is_unsigned(u);
    const char *ct = ctype(g, u);
    if (uns)
        return gstr(g, "((%s)%lluULL)", ct, (unsigned long long)(uint64_t)v);
    if (v == INT64_MIN)
        return gstr(g, "((%s)(-9223372036854775807LL-1))", ct);
    return gstr(g, "((%s)%lldLL)", ct, (long long)v);
}

/* A double as a C literal (hexadecimal: exact), NaN and infinities included
 * (the checker folds in doubles, so an exact Go constant may arrive as one). */
static const char *float_literal(Gen *g, double f) {
    if (f != f)
        return "NAN";
    if (f > 1.7976931348623157e308)
        return "INFINITY";
    if (f < -1.7976931348623157e308)
        return "(-INFINITY)";
    return gstr(g, "%a", f);
}

const char *const_value(Gen *g, Node *n, Type *t) {
    const Const *v = n->val;
    if (!t || type_is_untyped(t))
        t = type_default(t ? t : n->ty);
    Type *u = type_under(t);
    if (u->kind == TY_INTERFACE) {
        /* a constant in an interface points at a read-only static copy
         * (gc's readonly data): no allocation */
        Type *d = type_default(n->ty);
        if (type_is_interface(d))
            d = ty_basic[TY_INT];
        const char *sv = gen_fresh(g, "kbox");
        buf_printf(&g->globals, "static const %s %s = %s;\n", ctype(g, d), sv, const_value(g, n, d));
        return gstr(g, "((gort_iface){%s, (void *)&%s})", tdesc_rt(g, d), sv);
    }
    switch (v->kind) {
    case CONST_BOOL: return v->b ? "true" : "false";
    case CONST_STRING:
        if (type_is_integer(u))
            return int_literal(g, 0, u);
        return gstr(g, "((gm_string){(const uint8_t *)%s, %zu})", c_string_literal(g, v->s, v->slen),
                    v->slen);
    case CONST_INT:
        if (type_is_complex(u))
            return gstr(g, "((%s)(%a + %a * I))", ctype(g, t), (double)v->i, (double)v->imag);
        if (type_is_float(u))
            return gstr(g, "((%s)%a)", ctype(g, t), (double)v->i);
        return int_literal(g, v->i, u);
    case CONST_FLOAT:
        if (type_is_integer(u))
            return int_literal(g, (__int128)v->f, u);
        if (type_is_complex(u))
            return gstr(g, "((%s)(%s + %s * I))", ctype(g, t), float_literal(g, v->f), float_literal(g, v->imag));
        return gstr(g, "((%s)%s)", ctype(g, t), float_literal(g, v->f));
    default: return "0";
    }
}

/* ---- stores --------------------------------------------------------------- */

const char *gen_store(Gen *g, const char *lv, const char *val, Type *t, bool local) {
    TypeKind k = type_under(t)->kind;
    if ((local || !type_has_pointers(t)) && (k == TY_ARRAY || k == TY_STRUCT))
        return gstr(g, "({ %s sv_ = %s; %s = sv_; })", ctype(g, t), val, lv);   /* source and target may overlap */
    if (local || !type_has_pointers(t))
        return gstr(g, "%s = %s", lv, val);
    if (type_pointer_shaped(t))
        return gstr(g, "gm_store((void **)&(%s), (void *)(%s))", lv, val);
    return gstr(g, "({ %s st_ = %s; gm_typedmemmove(%s, &(%s), &st_, 1); })", ctype(g, t), val,
                tdesc(g, t), lv);
}

/* A pointer to a zeroed T for an allocation site: a slot of the current
 * C function when escape analysis said ESC_NONE, else libgomem. */
const char *alloc_site(Gen *g, Node *site, Type *t) {
    const char *ct = ctype(g, t);
    if (esc_alloc(site) == ESC_NONE) {
        const char *slot = gen_fresh(g, "slot");
        buf_printf(g->fn->prologue, "    %s %s;\n", ct, slot);
        return gstr(g, "(memset(&%s, 0, sizeof %s), &%s)", slot, slot, slot);
    }
    return gstr(g, "((%s *)gm_alloc_typed(%s, 1))", ct, tdesc(g, t));
}

/* make(map type t, hint) for an allocation site (make or a map literal).
 * ESC_NONE: the map in storage of the current C function, as gc puts the
 * header of a non-escaping map (and, for hints up to 8, its first bucket)
 * on the stack; gm_map_init reinitialises the storage, so a site in a loop
 * reuses it for each iteration's map.  Else libgomem's heap. */
const char *make_map_site(Gen *g, Node *site, Type *t, const char *hint) {
    Type *u = type_under(t);
    const char *kd = tdesc(g, u->key), *vd = tdesc(g, u->elem);
    if (esc_alloc(site) == ESC_NONE) {
        const char *slot = gen_fresh(g, "mapst");
        buf_printf(g->fn->prologue, "    gm_map_storage %s;\n", slot);
        return gstr(g, "gm_map_init(&%s, %s, %s, %s)", slot, kd, vd, hint);
    }
    return gstr(g, "gm_make_map(%s, %s, %s)", kd, vd, hint);
}

/* ---- conversions ------------------------------------------------------------ */

static const char *box(Gen *g, const char *v, Type *from, int esc) {
    const char *d = tdesc_rt(g, from);
    if (type_pointer_shaped(from))
        return gstr(g, "((gort_iface){%s, (void *)(%s)})", d, v);
    if (esc == ESC_NONE) {
        const char *slot = gen_fresh(g, "box");
        buf_printf(g->fn->prologue, "    %s %s;\n", ctype(g, from), slot);
        return gstr(g, "(%s = %s, (gort_iface){%s, &%s})", slot, v, d, slot);
    }
    return gstr(g, "({ %s bx_ = %s; gort_box(%s, &bx_); })", ctype(g, from), v, d);
}

static bool same_ctype(Gen *g, Type *a, Type *b) { return strcmp(ctype(g, a), ctype(g, b)) == 0; }

/* A small stack buffer for a string/slice conversion or concatenation
 * that does not escape (gc's tmpBuf: results up to 32 bytes or runes live
 * in it, longer ones in the heap), or NULL when it escapes. */
static const char *tmp_buf(Gen *g, int esc, bool runes) {
    if (esc != ESC_NONE)
        return NULL;
    const char *slot = gen_fresh(g, "tbuf");
    buf_printf(g->fn->prologue, "    %s %s[32];\n", runes ? "int32_t" : "uint8_t", slot);
    return slot;
}

/* v converted from `from` to `to`; box_esc decides where a boxed value
 * lives, conv_esc where a string conversion's result does. */
static const char *convert_site(Gen *g, const char *v, Type *from, Type *to, int box_esc, int conv_esc) {
    if (!from || !to)
        return v;
    Type *fu = type_under(from), *tu = type_under(to);
    if (tu->kind == TY_INTERFACE) {
        if (fu->kind == TY_INTERFACE)
            return v;
        if (from->kind == TY_UNTYPED_NIL)
            return "((gort_iface){NULL, NULL})";
        return box(g, v, type_is_untyped(from) ? type_default(from) : from, box_esc);
    }
    if (from->kind == TY_UNTYPED_NIL)
        return zero_value(g, to);
    if (tu->kind == TY_STRING && type_is_integer(fu)) {   /* out of range: U+FFFD */
        const char *buf = tmp_buf(g, conv_esc, false);
        return gstr(g, "({ __auto_type ru_ = %s; gort_rune_string(%s, ru_ < 0 || ru_ > 0x10FFFF ? 0xFFFD : (int32_t)ru_); })",
                    v, buf ? buf : "NULL");
    }
    if (tu->kind == TY_STRING && fu->kind == TY_SLICE) {
        Type *e = type_under(fu->elem);
        if (e->kind == TY_INT32)
            return gstr(g, "gm_string_from_runes(%s)", v);
        const char *buf = tmp_buf(g, conv_esc, false);
        return gstr(g, "gort_bytes_string(%s, %s)", buf ? buf : "NULL", v);
    }
    if (tu->kind == TY_SLICE && (fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING)) {
        Type *e = type_under(tu->elem);
        const char *buf = tmp_buf(g, conv_esc, e->kind == TY_INT32);
        if (e->kind == TY_INT32)
            return gstr(g, "gort_string_runes(%s, %s)", buf ? buf : "NULL", v);
        return gstr(g, "gort_string_bytes(%s, %s)", buf ? buf : "NULL", v);
    }
    if (tu->kind == TY_POINTER && type_under(tu->elem)->kind == TY_ARRAY && fu->kind == TY_SLICE)
        return gstr(g, "((%s)gort_slice_to_array(%s, %lld))", ctype(g, to), v,
                    (long long)type_under(tu->elem)->len);
    if (same_ctype(g, from, to))
        return v;
    if (tu->kind == TY_STRUCT || tu->kind == TY_ARRAY || tu->kind == TY_STRING || tu->kind == TY_SLICE)
        return gstr(g, "({ %s cf_ = %s; %s ct_; memcpy(&ct_, &cf_, sizeof ct_); ct_; })", ctype(g, from), v,
                    ctype(g, to));
    return gstr(g, "((%s)(%s))", ctype(g, to), v);
}

const char *convert_value(Gen *g, const char *v, Type *from, Type *to) {
    return convert_site(g, v, from, to, ESC_UNKNOWN, ESC_UNKNOWN);
}

/* T(x) written as a conversion: its allocation (boxing, or the bytes of a
 * string conversion) is the call node's. */
const char *explicit_conversion(Gen *g, Node *call) {
    Node *x = call->list.items[0];
    Type *to = call->ty;
    if (x->mode == MODE_CONST && x->val && !(type_under(to)->kind == TY_SLICE && x->val->kind == CONST_STRING) &&
        !type_is_interface(to))
        return const_value(g, x, to);
    if (is_nil(x))
        return type_is_interface(to) ? "((gort_iface){NULL, NULL})" : zero_value(g, to);
    Type *from = x->ty;
    if (x->mode == MODE_CONST && x->val && x->val->kind == CONST_STRING)
        from = ty_basic[TY_STRING];   /* the checker may have typed it as the target */
    if (type_is_untyped(from))
        from = type_default(from);
    const char *v = x->mode == MODE_CONST && x->val ? const_value(g, x, from) : gx(g, x);
    return convert_site(g, v, from, to, esc_alloc(call), esc_alloc(call));
}

/* len(f()) of an array: constant to the checker, but Go still calls f. */
static bool len_with_calls(Node *n) {
    Node *f = n->kind == N_CALL ? unparen(n->x) : NULL;
    return f && f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN &&
           (f->sym->builtin == BI_LEN || f->sym->builtin == BI_CAP) && n->list.len == 1 &&
           has_call(n->list.items[0]);
}

const char *gx_to(Gen *g, Node *n, Type *target) {
    if (!target)
        return gx(g, n);
    if (n->mode == MODE_CONST && n->val) {
        if (len_with_calls(n))
            return gstr(g, "({ (void)(%s); %s; })", gx(g, n->list.items[0]), const_value(g, n, target));
        if (type_under(target)->kind == TY_SLICE && n->val->kind == CONST_STRING)
            return convert_site(g, const_value(g, n, ty_basic[TY_STRING]), ty_basic[TY_STRING], target, ESC_UNKNOWN,
                                ESC_UNKNOWN);
        return const_value(g, n, target);
    }
    if (is_nil(n))
        return type_is_interface(target) ? "((gort_iface){NULL, NULL})" : zero_value(g, target);
    return convert_site(g, gx(g, n), n->ty, target, esc_box(unparen(n)), ESC_UNKNOWN);
}

/* ---- selectors through embedded fields --------------------------------- */

/* Finds the embedding path from struct type t (or *t) to field or method
 * `name`, shallowest first. Returns its depth, -1 if not found. */
static int find_path(Type *t, const char *name, int *path, int depth, int maxdepth) {
    if (type_under(t)->kind == TY_POINTER)   /* *T, or a named pointer type (type P *T) */
        t = type_under(t)->elem;
    if (depth == maxdepth) {
        Type *tu = type_under(t);
        if (tu->kind == TY_INTERFACE && depth > 0)
            for (int i = 0; i < tu->nfields; i++)
                if (strcmp(tu->fields[i].name, name) == 0)
                    return depth;   /* promoted from an embedded interface */
        if (t->kind == TY_NAMED)
            for (int i = 0; i < t->nmethods; i++)
                if (strcmp(t->methods[i]->name, name) == 0)
                    return depth;
        Type *u = type_under(t);
        if (u->kind == TY_STRUCT)
            for (int i = 0; i < u->nfields; i++)
                if (u->fields[i].name && strcmp(u->fields[i].name, name) == 0) {
                    path[depth] = i;
                    return depth;
                }
        return -1;
    }
    Type *u = type_under(t);
    if (u->kind != TY_STRUCT)
        return -1;
    for (int i = 0; i < u->nfields; i++) {
        if (!u->fields[i].embedded)
            continue;
        path[depth] = i;
        int r = find_path(u->fields[i].type, name, path, depth + 1, maxdepth);
        if (r >= 0)
            return r;
    }
    return -1;
}

static int member_path(Type *t, const char *name, int *path) {
    for (int d = 0; d < 8; d++) {
        int r = find_path(t, name, path, 0, d);
        if (r >= 0)
            return r;
    }
    return -1;
}

/* Walks `steps` embedded fields from expression v of type *t; returns the
 * C expression and its type. Pointers are dereferenced with nil checks. */
static const char *walk_fields(Gen *g, const char *v, Type **t, const int *path, int steps, bool *local) {
    for (int d = 0; d < steps; d++) {
        Type *st = *t;
        if (type_under(st)->kind == TY_POINTER) {
            st = type_under(st)->elem;
            v = gstr(g, "gort_nn(%s)->%s", v, field_cname(g, st, path[d]));
            *local = false;
        } else {
            v = gstr(g, "(%s).%s", v, field_cname(g, st, path[d]));
        }
        *t = type_under(st)->fields[path[d]].type;
    }
    return v;
}

/* x.f for a field selector; lvalue when x is addressable. */
static const char *field_sel(Gen *g, Node *n, bool *local) {
    Node *x = unparen(n->x);
    int path[8];
    int depth = member_path(x->ty, n->name, path);
    if (depth < 0) {
        gen_unsupported(g, n->pos, "field selector");
        return "0";
    }
    bool loc = true;
    const char *base;
    if (type_under(x->ty)->kind == TY_POINTER || x->mode != MODE_VAR)
        base = gx(g, x);
    else
        base = gx_lvalue(g, x, &loc);
    Type *t = x->ty;
    const char *v = walk_fields(g, base, &t, path, depth + 1, &loc);
    if (local)
        *local = loc;
    return v;
}

/* The receiver argument for calling method m (of named type owner) on
 * selector x.m: walks embedded fields and takes the address or
 * dereferences as the method's receiver wants. */
const char *method_receiver_of(Gen *g, Node *sel) {
    Node *x = unparen(sel->x);
    Sym *m = sel->sym;
    int path[8];
    int depth = member_path(x->ty, sel->name, path);
    bool loc = true;
    Type *t = x->ty;
    bool xptr = type_under(t)->kind == TY_POINTER;
    const char *v;
    if (depth == 0) {
        if (m->ptr_recv)
            return xptr ? gx(g, x) : gx_addr(g, x);
        return xptr ? gstr(g, "(*gort_nn(%s))", gx(g, x)) : gx(g, x);
    }
    if (depth < 0) {
        gen_unsupported(g, sel->pos, "method selector");
        return "0";
    }
    v = xptr ? gx(g, x) : (m->ptr_recv ? gstr(g, "(*%s)", gx_addr(g, x)) : gx(g, x));
    v = walk_fields(g, v, &t, path, depth, &loc);
    if (!m->recv_base)
        return v;   /* the embedded interface holding the method */
    bool tptr = type_under(t)->kind == TY_POINTER;
    if (m->ptr_recv)
        return tptr ? v : gstr(g, "(&%s)", v);
    return tptr ? gstr(g, "(*gort_nn(%s))", v) : v;
}

/* The receiver argument of method m reached from the C lvalue v of type t
 * (a method expression's first parameter). */
const char *method_receiver_from(Gen *g, const char *v, Type *t, Sym *m) {
    int path[8];
    int depth = member_path(t, m->name, path);
    bool loc = true;
    if (depth < 0) {
        gen_unsupported(g, m->pos, "method expression");
        return "0";
    }
    v = walk_fields(g, v, &t, path, depth, &loc);
    if (!m->recv_base)
        return v;
    bool tptr = type_under(t)->kind == TY_POINTER;
    if (m->ptr_recv)
        return tptr ? v : gstr(g, "(&%s)", v);
    return tptr ? gstr(g, "(*gort_nn(%s))", v) : v;
}

/* ---- index and slice ------------------------------------------------------ */

static const char *array_base(Gen *g, Node *x, bool *local) {
    Type *xu = type_under(x->ty);
    if (xu->kind == TY_POINTER) {
        *local = false;
        return gstr(g, "(*gort_nn(%s))", gx(g, x));
    }
    if (x->mode == MODE_VAR)
        return gx_lvalue(g, x, local);
    return gx(g, x);
}

static const char *index_expr(Gen *g, Node *n, bool *local) {
    Node *x = unparen(n->x);
    Node *i = n->list.items[0];
    Type *xu = type_under(x->ty);
    if (xu->kind == TY_POINTER)
        xu = type_under(xu->elem);
    const char *iv = gx_to(g, i, ty_basic[TY_INT]);
    switch (xu->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        return gstr(g, "gm_string_at(%s, %s)", gx(g, x), iv);
    case TY_SLICE:
        if (local)
            *local = false;
        return gstr(g, "GM_AT(%s, %s, %s)", ctype(g, xu->elem), gx(g, x), iv);
    case TY_ARRAY: {
        bool loc = true;
        const char *base = array_base(g, x, &loc);
        if (local)
            *local = loc;
        if (i->mode == MODE_CONST)
            return gstr(g, "(%s).a[%s]", base, iv);
        return gstr(g, "(%s).a[gort_index(%s, %lld)]", base, iv, (long long)xu->len);
    }
    case TY_MAP: {
        const char *kt = ctype(g, xu->key);
        return gstr(g, "({ %s k_ = %s; gm_map *m_ = %s; %s*(%s *)gm_map_get(m_, &k_, NULL); })", kt,
                    gx_to(g, i, xu->key), gx(g, x), map_nil_key_check(g, xu->key, "m_", "&k_"),
                    ctype(g, xu->elem));
    }
    default:
        gen_unsupported(g, n->pos, "index expression");
        return "0";
    }
}

/* x[lo:hi:max] from evaluated parts (base: the string/slice value, or a
 * pointer to the array). */
static const char *slice_with(Gen *g, Node *n, Node *x, Type *xu, const char *base, const char *lo,
                              const char *hi, const char *max) {
    (void)n;
    if (xu->kind == TY_STRING || xu->kind == TY_UNTYPED_STRING)
        return gstr(g, "gm_string_slice(%s, %s, %s)", base, lo, hi);
    if (xu->kind == TY_SLICE)
        return gstr(g, "gm_slice_of(%s, %s, %s, %s, %s)", tdesc(g, xu->elem), base, lo, hi, max);
    Type *at = xu->kind == TY_POINTER ? type_under(xu->elem) : xu;
    return gstr(g, "({ %s *ar_ = %s; gm_slice_of(%s, (gm_slice){ar_->a, %lld, %lld}, %s, %s, %s); })",
                ctype(g, xu->kind == TY_POINTER ? xu->elem : x->ty), base, tdesc(g, at->elem),
                (long long)at->len, (long long)at->len, lo, hi, max);
}

static const char *slice_bound(Gen *g, Node *b) {
    return b ? gx_to(g, b, ty_basic[TY_INT]) : "GM_OMIT";
}

static const char *slice_expr(Gen *g, Node *n) {
    Node *x = unparen(n->x);
    Type *xu = type_under(x->ty);
    const char *base = xu->kind == TY_STRING || xu->kind == TY_UNTYPED_STRING || xu->kind == TY_SLICE ? gx(g, x)
                       : xu->kind == TY_POINTER ? gstr(g, "gort_nn(%s)", gx(g, x)) : gx_addr(g, x);
    const char *lo = n->y ? gx_to(g, n->y, ty_basic[TY_INT]) : "0";
    const char *hi = slice_bound(g, n->z), *max = slice_bound(g, n->w);
    /* Go evaluates the operand and the indices left to right */
    if (has_call(n->y) + has_call(n->z) + has_call(n->w) + has_call(x) >= 2)
        return gstr(g, "({ __auto_type sb_ = %s; int64_t sl_ = %s, sh_ = %s, sm_ = %s; %s; })", base, lo, hi, max,
                    slice_with(g, n, x, xu, "sb_", "sl_", "sh_", "sm_"));
    return slice_with(g, n, x, xu, base, lo, hi, max);
}

/* ---- composite literals ------------------------------------------------- */

static const char *elem_value(Gen *g, Node *e, Type *t) {
    if (e->kind == N_COMPOSITELIT && !e->type && !e->ty)
        e->ty = t;
    return gx_to(g, e, t);
}

/* Stores the elements of array or slice literal n into base[i] (fresh
 * memory; keyed elements set the index as Go does). */
static void fill_elems(Gen *g, Buf *b, const char *base, Node *n, Type *elem, bool local) {
    int64_t idx = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        Node *val = e;
        if (e->kind == N_KEYVALUE) {
            val = e->y;
            idx = (int64_t)e->x->val->i;
        }
        buf_printf(b, " %s;", gen_store(g, gstr(g, "%s[%lld]", base, (long long)idx), elem_value(g, val, elem), elem,
                                         local));
        idx++;
    }
}

/* Fills the struct/array at lvalue `dst` (fresh memory) from literal n. */
void fill_literal(Gen *g, Buf *b, const char *dst, Node *n, Type *t, bool local) {
    Type *u = type_under(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            int fi = i;
            Node *val = e;
            if (e->kind == N_KEYVALUE) {
                val = e->y;
                fi = e->x->sym ? e->x->sym->field_index : 0;
                for (int k = 0; k < u->nfields; k++)
                    if (strcmp(u->fields[k].name, e->x->name) == 0)
                        fi = k;
            }
            Type *ft = u->fields[fi].type;
            buf_printf(b, " %s;", gen_store(g, gstr(g, "%s.%s", dst, field_cname(g, t, fi)),
                                             elem_value(g, val, ft), ft, local));
        }
        return;
    }
    fill_elems(g, b, gstr(g, "%s.a", dst), n, u->elem, local);
}

static int64_t literal_len(Node *n) {
    int64_t idx = 0, max = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind == N_KEYVALUE)
            idx = (int64_t)e->x->val->i;
        idx++;
        if (idx > max)
            max = idx;
    }
    return max;
}

/* &T{...}: a pointer to a new T filled from the literal. */
static const char *address_of_literal(Gen *g, Node *site, Node *lit, Type *t) {
    const char *ct = ctype(g, t);
    bool local = esc_alloc(site) == ESC_NONE;
    Buf b = {0};
    buf_printf(&b, "({ %s *al_ = %s;", ct, alloc_site(g, site, t));
    Type *u = type_under(t);
    if (u->kind == TY_STRUCT || u->kind == TY_ARRAY)
        fill_literal(g, &b, "(*al_)", lit, t, local);
    else
        buf_printf(&b, " %s;", gen_store(g, "(*al_)", gx(g, lit), t, local));
    buf_puts(&b, " al_; })");
    return buf_take(g, &b);
}

static const char *composite(Gen *g, Node *n) {
    Type *t = n->ty;
    Type *u = type_under(t);
    Buf b = {0};
    if (u->kind == TY_POINTER) {
        /* an elided &T{} inside another literal */
        Node copy = *n;
        copy.ty = u->elem;
        copy.esc = esc_elided_store(n);   /* a slice's array, a map (escape.c) */
        Node *c = arena_alloc(g->arena, sizeof *c);
        *c = copy;
        return address_of_literal(g, n, c, u->elem);
    }
    const char *ct = ctype(g, t);
    switch (u->kind) {
    case TY_STRUCT: case TY_ARRAY:
        buf_printf(&b, "({ %s cl_v = %s;", ct, zero_value(g, t));
        fill_literal(g, &b, "cl_v", n, t, true);
        buf_puts(&b, " cl_v; })");
        return buf_take(g, &b);
    case TY_SLICE: {
        int64_t len = literal_len(n);
        const char *et = ctype(g, u->elem);
        bool stack = esc_alloc(n) == ESC_NONE;
        const char *mem;
        if (len == 0)
            mem = "(void *)gort_zerobase";
        else if (stack) {
            const char *slot = gen_fresh(g, "slot");
            buf_printf(g->fn->prologue, "    %s %s[%lld];\n", et, slot, (long long)len);
            mem = gstr(g, "(memset(%s, 0, sizeof %s), %s)", slot, slot, slot);
        } else {
            mem = gstr(g, "gm_make_values(%s, %lld)", tdesc(g, u->elem), (long long)len);
        }
        buf_printf(&b, "({ %s *sl_ = %s;", et, mem);
        fill_elems(g, &b, "sl_", n, u->elem, stack);
        buf_printf(&b, " (gm_slice){sl_, %lld, %lld}; })", (long long)len, (long long)len);
        return buf_take(g, &b);
    }
    case TY_MAP: {
        buf_printf(&b, "({ gm_map *ml_ = %s;", make_map_site(g, n, t, gstr(g, "%d", n->list.len)));
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            if (e->kind != N_KEYVALUE)
                continue;
            buf_printf(&b, " { %s k_ = %s; %s v_ = %s; gm_map_set(ml_, &k_, &v_); }", ctype(g, u->key),
                       elem_value(g, e->x, u->key), ctype(g, u->elem), elem_value(g, e->y, u->elem));
        }
        buf_puts(&b, " ml_; })");
        return buf_take(g, &b);
    }
    default:
        gen_unsupported(g, n->pos, "composite literal of this type");
        return "0";
    }
}

/* ---- operators ---------------------------------------------------------- */

const char *gx_equal(Gen *g, const char *a, const char *b, Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: return gstr(g, "gm_string_equal(%s, %s)", a, b);
    case TY_INTERFACE: return gstr(g, "gort_iface_eq(%s, %s)", a, b);
    case TY_STRUCT: case TY_ARRAY:
        return gstr(g, "({ %s ea_ = %s, eb_ = %s; gm_equal(%s, &ea_, &eb_); })", ctype(g, t), a, b,
                    tdesc(g, t));
    default: return gstr(g, "(%s == %s)", a, b);
    }
}

const char *nil_test(Gen *g, const char *v, Type *t, bool eq) {
    Type *u = type_under(t);
    const char *op = eq ? "==" : "!=";
    switch (u->kind) {
    case TY_SLICE: return gstr(g, "((%s).ptr %s NULL)", v, op);
    case TY_INTERFACE: return gstr(g, "((%s).type %s NULL)", v, op);
    default: return gstr(g, "((%s) %s NULL)", v, op);
    }
}

static const char *comparison(Gen *g, Node *n) {
    Node *x = n->x, *y = n->y;
    bool eq = n->op == T_EQL;
    if (n->op == T_EQL || n->op == T_NEQ) {
        if (is_nil(y))
            return nil_test(g, gx(g, x), x->ty, eq);
        if (is_nil(x))
            return nil_test(g, gx(g, y), y->ty, eq);
        Type *t = x->ty;
        if (type_is_interface(y->ty) && !type_is_interface(x->ty))
            t = y->ty;
        if (type_is_untyped(t))
            t = type_is_untyped(y->ty) ? type_default(t) : y->ty;
        const char *r = gx_equal(g, gx_to(g, x, t), gx_to(g, y, t), t);
        return eq ? r : gstr(g, "(!%s)", r);
    }
    Type *t = type_is_untyped(x->ty) ? y->ty : x->ty;
    if (type_is_untyped(t))
        t = type_default(t);
    const char *a = gx_to(g, x, t), *b = gx_to(g, y, t);
    const char *op = n->op == T_LSS ? "<" : n->op == T_LEQ ? "<=" : n->op == T_GTR ? ">" : ">=";
    if (type_is_string(t))
        return gstr(g, "(gm_string_compare(%s, %s) %s 0)", a, b, op);
    return gstr(g, "(%s %s %s)", a, op, b);
}

static const char *unsigned_of(Gen *g, Type *t) {
    switch (type_size(t)) {
    case 1: return "uint8_t";
    case 2: return "uint16_t";
    case 4: return "uint32_t";
    default: (void)g; return "uint64_t";
    }
}

/* x op y for numbers and strings, with Go's wrapping and checks. */
const char *arith(Gen *g, int op, const char *a, const char *b, Type *t, Node *shift_count) {
    Type *u = type_under(t);
    const char *ct = ctype(g, t);
    if (type_is_string(u))
        return gstr(g, "gm_string_concat(%s, %s)", a, b);
    bool integer = type_is_integer(u);
    switch (op) {
    case T_ADD: return gstr(g, "((%s)(%s + %s))", ct, a, b);
    case T_SUB: return gstr(g, "((%s)(%s - %s))", ct, a, b);
    case T_MUL: return gstr(g, "((%s)(%s * %s))", ct, a, b);
    case T_QUO:
        if (!integer)
            return gstr(g, "((%s)(%s / %s))", ct, a, b);
        return gstr(g, "GORT_DIV(%s, %s, %s)", ct, a, b);
    case T_REM: return gstr(g, "GORT_MOD(%s, %s, %s)", ct, a, b);
    case T_AND: return gstr(g, "((%s)(%s & %s))", ct, a, b);
    case T_OR: return gstr(g, "((%s)(%s | %s))", ct, a, b);
    case T_XOR: return gstr(g, "((%s)(%s ^ %s))", ct, a, b);
    case T_AND_NOT: return gstr(g, "((%s)(%s & ~%s))", ct, a, b);
    case T_SHL: case T_SHR: {
        int64_t bits = type_size(t) * 8;
        const char *uct = unsigned_of(g, t);
        if (shift_count && shift_count->mode == MODE_CONST && shift_count->val &&
            shift_count->val->i < bits) {
            if (op == T_SHL)
                return gstr(g, "((%s)((%s)%s << %s))", ct, uct, a, b);
            return gstr(g, "((%s)(%s >> %s))", ct, a, b);
        }
        if (op == T_SHL)
            return gstr(g, "({ uint64_t sh_ = (uint64_t)(%s); (%s)(sh_ >= %lld ? 0 : (%s)%s << sh_); })", b, ct,
                        (long long)bits, uct, a);
        if (type_is_unsigned(u))
            return gstr(g, "({ uint64_t sh_ = (uint64_t)(%s); (%s)(sh_ >= %lld ? 0 : %s >> sh_); })", b, ct,
                        (long long)bits, a);
        return gstr(g, "({ uint64_t sh_ = (uint64_t)(%s); (%s)(%s >> (sh_ >= %lld ? %lld : sh_)); })", b, ct, a,
                    (long long)bits, (long long)bits - 1);
    }
    default: return "0";
    }
}

/* tag == e for a switch case (tag: a C expression of Go type tt). */
const char *switch_case_cond(Gen *g, const char *tag, Type *tt, Node *e) {
    if (is_nil(e))
        return nil_test(g, tag, tt, true);
    Type *ct = tt;
    if (type_is_interface(e->ty) && !type_is_interface(tt))
        ct = e->ty;
    return gx_equal(g, convert_value(g, tag, tt, ct), gx_to(g, e, ct), ct);
}

bool has_call(Node *n) {
    if (!n || n->mode == MODE_CONST || n->kind == N_FUNCLIT)
        return false;
    if (n->kind == N_CALL) {
        Node *f = unparen(n->x);
        if (f->mode != MODE_TYPE)
            return true;
    }
    if (n->kind == N_UNARY && n->op == T_ARROW)
        return true;
    if (has_call(n->x) || has_call(n->y) || has_call(n->z) || has_call(n->w))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_call(n->list.items[i]))
            return true;
    return false;
}

static void concat_parts(Gen *g, Node *n, Buf *b, int *count) {
    n = unparen(n);
    if (n->kind == N_BINARY && n->op == T_ADD && n->mode != MODE_CONST && type_is_string(n->ty)) {
        concat_parts(g, n->x, b, count);
        concat_parts(g, n->y, b, count);
        return;
    }
    buf_printf(b, "%s%s", *count ? ", " : "", gx_to(g, n, ty_basic[TY_STRING]));
    (*count)++;
}

/* a + b + c: one concatenation of all the operands (gc's concatstrings),
 * into a stack buffer when the result does not escape and is short. */
static const char *concat(Gen *g, Node *n) {
    Buf b = {0};
    int count = 0;
    concat_parts(g, n, &b, &count);
    const char *buf = tmp_buf(g, esc_alloc(n), false);
    const char *r = gstr(g, "gort_concat(%s, (gm_string[]){%s}, %d)", buf ? buf : "NULL", b.s, count);
    free(b.s);
    return r;
}

static const char *binary(Gen *g, Node *n) {
    switch (n->op) {
    case T_LAND: return gstr(g, "(%s && %s)", gx(g, n->x), gx(g, n->y));
    case T_LOR: return gstr(g, "(%s || %s)", gx(g, n->x), gx(g, n->y));
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return comparison(g, n);
    default: break;
    }
    Type *t = n->ty;
    if (type_is_untyped(t))
        t = type_default(t);
    if (n->op == T_SHL || n->op == T_SHR)
        return arith(g, n->op, gx_to(g, n->x, t), gx(g, n->y), t, n->y);
    if (n->op == T_ADD && type_is_string(t))
        return concat(g, n);
    if (has_call(n->x) && has_call(n->y))   /* Go: left operand first */
        return gstr(g, "({ %s bl_ = %s; %s; })", ctype(g, t), gx_to(g, n->x, t),
                    arith(g, n->op, "bl_", gx_to(g, n->y, t), t, NULL));
    return arith(g, n->op, gx_to(g, n->x, t), gx_to(g, n->y, t), t, NULL);
}

static const char *unary(Gen *g, Node *n) {
    Node *x = unparen(n->x);
    switch (n->op) {
    case T_AND:
        if (x->kind == N_COMPOSITELIT)
            return address_of_literal(g, n, x, x->ty);
        return gx_addr(g, x);
    case T_SUB: return gstr(g, "((%s)(-%s))", ctype(g, n->ty), gx_to(g, x, n->ty));
    case T_ADD: return gx_to(g, x, n->ty);
    case T_NOT: return gstr(g, "(!%s)", gx(g, x));
    case T_XOR: return gstr(g, "((%s)(~%s))", ctype(g, n->ty), gx_to(g, x, n->ty));
    case T_ARROW: {
        Type *et = type_under(x->ty)->elem;
        return gstr(g, "({ %s rv_ = %s; gm_chan_recv(%s, &rv_); rv_; })", ctype(g, et), zero_value(g, et),
                    gx(g, x));
    }
    default:
        gen_unsupported(g, n->pos, "unary operator");
        return "0";
    }
}

/* ---- type assertions ------------------------------------------------------ */

/* Is the dynamic type dyn (a C expression) Go type t? A defined type is
 * its one descriptor (two local types may share a name); unnamed types
 * may have been described twice (golib), so they compare by structure. */
const char *same_type_test(Gen *g, const char *dyn, Type *t) {
    if (t->kind == TY_NAMED)
        return gstr(g, "(%s == %s)", dyn, tdesc_rt(g, t));
    return gstr(g, "gort_type_identical(%s, %s)", dyn, tdesc_rt(g, t));
}

/* x.(T) with an optional ok destination (NULL: panic on failure). */
const char *type_assert(Gen *g, Node *n, const char *ok_lv) {
    Type *t = n->ty;
    const char *x = gx(g, n->x);
    const char *ct = ctype(g, t);
    const char *src = c_string_literal(g, rtype_name(g, n->x->ty), strlen(rtype_name(g, n->x->ty)));
    if (type_is_interface(t)) {
        const char *d = tdesc_rt(g, t);
        if (ok_lv)
            return gstr(g, "({ gort_iface ia_ = %s; bool ok_ = %s; %s = ok_; ok_ ? ia_ : (gort_iface){NULL, NULL}; })",
                        x, iface_test(g, "ia_.type", t), ok_lv);
        return gstr(g, "({ gort_iface ia_ = %s; if (!%s) gort_panic_assert_iface(ia_.type, %s); ia_; })", x,
                    iface_test(g, "ia_.type", t), d);
    }
    const char *d = tdesc_rt(g, t);
    const char *get = type_pointer_shaped(t) ? gstr(g, "((%s)ia_.data)", ct) : gstr(g, "(*(%s *)ia_.data)", ct);
    const char *same = same_type_test(g, "ia_.type", t);
    if (ok_lv)
        return gstr(g, "({ gort_iface ia_ = %s; bool ok_ = %s; %s = ok_; ok_ ? %s : %s; })", x, same, ok_lv, get,
                    zero_value(g, t));
    return gstr(g, "({ gort_iface ia_ = %s; if (!(%s)) gort_panic_assert(ia_.type, %s, %s); %s; })", x, same, d, src,
                get);
}

/* ---- values, lvalues, addresses -------------------------------------------- */

static const char *ident(Gen *g, Node *n) {
    Sym *s = n->sym;
    if (!s) {
        gen_unsupported(g, n->pos, "identifier");
        return "0";
    }
    switch (s->kind) {
    case SYM_VAR: return var_ref(g, s);
    case SYM_FUNC: return func_value(g, s);
    case SYM_NIL: return zero_value(g, n->ty);
    default:
        gen_unsupported(g, n->pos, "identifier kind");
        return "0";
    }
}

static const char *selector(Gen *g, Node *n) {
    Node *x = unparen(n->x);
    Sym *s = n->sym;
    if (x->mode == MODE_PKG) {
        if (s->kind == SYM_VAR)
            return gstr(g, "go_%s_%s", s->pkg_path ? s->pkg_path : x->name, n->name);
        if (s->kind == SYM_FUNC)
            return func_value(g, s);
    }
    if (s && s->kind == SYM_FIELD)
        return field_sel(g, n, NULL);
    if (s && s->kind == SYM_FUNC && x->mode != MODE_TYPE)
        return gen_method_value(g, n);
    if (s && s->kind == SYM_FUNC && x->mode == MODE_TYPE)
        return gen_method_expr(g, n);
    gen_unsupported(g, n->pos, "selector");
    return "0";
}

/* *p. The cast matters for a recursive pointer type (type P *P), whose C
 * type is void *; for any other pointer it changes nothing. */
static const char *deref(Gen *g, Node *n) {
    return gstr(g, "(*(%s *)gort_nn(%s))", ctype(g, n->ty), gx(g, n->x));
}

const char *gx(Gen *g, Node *n) {
    if (n->mode == MODE_CONST && n->val)
        return gx_to(g, n, n->ty);
    switch (n->kind) {
    case N_PAREN: return gx(g, n->x);
    case N_IDENT: return ident(g, n);
    case N_BASICLIT: return const_value(g, n, n->ty);
    case N_COMPOSITELIT: return composite(g, n);
    case N_FUNCLIT: return gen_funclit(g, n);
    case N_SELECTOR: return selector(g, n);
    case N_INDEX: return index_expr(g, n, NULL);
    case N_SLICE: return slice_expr(g, n);
    case N_TYPEASSERT: return type_assert(g, n, NULL);
    case N_CALL: return gx_call(g, n, NULL, 0);
    case N_STAR: return deref(g, n);
    case N_UNARY: return unary(g, n);
    case N_BINARY: return binary(g, n);
    default:
        gen_unsupported(g, n->pos, "expression");
        return "0";
    }
}

const char *gx_lvalue(Gen *g, Node *n, bool *local) {
    n = unparen(n);
    *local = false;
    switch (n->kind) {
    case N_IDENT:
        if (n->sym && n->sym->kind == SYM_VAR) {
            *local = var_is_local(g, n->sym);
            return var_ref(g, n->sym);
        }
        break;
    case N_SELECTOR:
        if (n->x->mode == MODE_PKG)
            return gstr(g, "go_%s_%s", n->sym->pkg_path ? n->sym->pkg_path : n->x->name, n->name);
        return field_sel(g, n, local);
    case N_INDEX: {
        Type *xu = type_under(unparen(n->x)->ty);
        if (xu->kind == TY_MAP) {
            const char *kt = ctype(g, xu->key);
            return gstr(g, "(*({ %s k_ = %s; (%s *)gm_map_assign(%s, &k_); }))", kt,
                        gx_to(g, n->list.items[0], xu->key), ctype(g, xu->elem), gx(g, n->x));
        }
        *local = true;
        return index_expr(g, n, local);
    }
    case N_STAR: return deref(g, n);
    default: break;
    }
    /* not addressable: a temporary holds the value */
    return gstr(g, "(*({ static __thread %s tmp_; tmp_ = %s; &tmp_; }))", ctype(g, n->ty), gx(g, n));
}

const char *gx_addr(Gen *g, Node *n) {
    n = unparen(n);
    if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_VAR)
        return var_addr(g, n->sym);
    if (n->kind == N_COMPOSITELIT)
        return address_of_literal(g, n, n, n->ty);
    bool local;
    return gstr(g, "(&%s)", gx_lvalue(g, n, &local));
}
