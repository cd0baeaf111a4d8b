/* gen_call.c: calls in the emitted C: functions, methods (static and
 * through interfaces), func values (closures), the standard library
 * (go_<pkg>_F), conversions written as calls, the builtins (len, cap,
 * append, copy, delete, close, make, new, panic, recover, print, println,
 * complex, real, imag) and bound method values.
 *
 * Calling convention (gort.h): results beyond the first come back through
 * trailing pointers; a variadic ...T parameter receives a gm_slice whose
 * backing array is an allocation site of the call (stack slot when
 * escape analysis said ESC_NONE); a func value f is called as
 * ((R (*)(gort_func *, ...))f->fn)(f, ...).
 *
 * Invariant: every argument is converted to its parameter's type (boxing
 * into interfaces) before the call; arguments are evaluated once.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* f(g()): g's results in temporaries, passed as f's arguments (packed
 * into the variadic slice where f is variadic). */
/* A multi-value call into C variables: declares names[i] (one per
 * result, at most 32) and assigns them from one call, in decls. */
void gen_results_into(Gen *g, Node *call, const char **names, Buf *decls) {
    Type *tt = call->ty;
    int n = tt->nfields < 32 ? tt->nfields : 32;
    const char *extra[32];
    for (int i = 0; i < n; i++) {
        buf_printf(decls, "%s %s = %s; ", ctype(g, tt->fields[i].type), names[i], zero_value(g, tt->fields[i].type));
        if (i > 0)
            extra[i - 1] = gstr(g, "&%s", names[i]);
    }
    buf_printf(decls, "%s = %s; ", names[0], gx_call(g, call, extra, n - 1));
}

static const char *tuple_args(Gen *g, Node *call, Node *inner, Type *sig, Buf *decls) {
    Type *tt = inner->ty;
    int n = tt->nfields < 32 ? tt->nfields : 32;
    const char *tmps[32];
    for (int i = 0; i < n; i++)
        tmps[i] = gen_fresh(g, "mv");
    gen_results_into(g, inner, tmps, decls);
    Buf out = {0};
    int np = sig->nfields;
    int fixed = sig->variadic ? np - 1 : np;
    for (int i = 0; i < fixed && i < n; i++)
        buf_printf(&out, "%s%s", i ? ", " : "", convert_value(g, tmps[i], tt->fields[i].type, sig->fields[i].type));
    if (sig->variadic) {
        Type *et = type_under(sig->fields[np - 1].type)->elem;
        const char *arr = gen_fresh(g, "va");
        int k = n - fixed;
        bool stack = esc_alloc(call) == ESC_NONE;   /* the implicit ... slice */
        if (stack)
            buf_printf(g->fn->prologue, "    %s %s[%d];\n", ctype(g, et), arr, k > 0 ? k : 1);
        else
            buf_printf(decls, "%s *%s = gm_make_values(%s, %d); ", ctype(g, et), arr, tdesc(g, et), k > 0 ? k : 1);
        for (int i = 0; i < k; i++)
            buf_printf(decls, "%s; ", gen_store(g, gstr(g, "%s[%d]", arr, i),
                                                convert_value(g, tmps[fixed + i], tt->fields[fixed + i].type, et), et,
                                                stack));
        buf_printf(&out, "%s(gm_slice){%s, %d, %d}", fixed ? ", " : "", arr, k, k);
    }
    return buf_take(g, &out);
}

/* Evaluates the arguments of call for signature sig into `decls` (C
 * declarations of temporaries, for a statement expression) and returns the
 * argument list (without leading comma). */
static const char *call_args(Gen *g, Node *call, Type *sig, Buf *decls) {
    Buf out = {0};
    NodeList args = call->list;
    int np = sig->nfields;
    /* f(g()) with g returning several values */
    if (args.len == 1 && args.items[0]->ty && args.items[0]->ty->kind == TY_TUPLE)
        return tuple_args(g, call, args.items[0], sig, decls);
    int fixed = sig->variadic ? np - 1 : np;
    /* C leaves the order of arguments open; Go evaluates them left to
     * right: with two or more calls among them, temporaries fix it */
    int ncalls = 0;
    for (int i = 0; i < args.len; i++)
        ncalls += has_call(args.items[i]);
    for (int i = 0; i < fixed && i < args.len; i++) {
        const char *v = gx_to(g, args.items[i], sig->fields[i].type);
        if (ncalls >= 2 && has_call(args.items[i])) {
            const char *t = gen_fresh(g, "arg");
            buf_printf(decls, "%s %s = %s; ", ctype(g, sig->fields[i].type), t, v);
            v = t;
        }
        buf_printf(&out, "%s%s", i ? ", " : "", v);
    }
    if (sig->variadic) {
        Type *st = sig->fields[np - 1].type;
        Type *et = type_under(st)->elem;
        const char *sep = fixed ? ", " : "";
        if (call->op == 1) {
            buf_printf(&out, "%s%s", sep, gx_to(g, args.items[args.len - 1], st));
        } else {
            int n = args.len - fixed;
            if (n <= 0) {
                buf_printf(&out, "%s(gm_slice){NULL, 0, 0}", sep);
            } else {
                const char *et_c = ctype(g, et);
                const char *arr = gen_fresh(g, "va");
                bool stack = esc_alloc(call) == ESC_NONE;
                if (stack) {
                    buf_printf(g->fn->prologue, "    %s %s[%d];\n", et_c, arr, n);
                } else {
                    buf_printf(decls, "%s *%s = gm_make_values(%s, %d); ", et_c, arr, tdesc(g, et), n);
                }
                for (int i = 0; i < n; i++)
                    buf_printf(decls, "%s; ", gen_store(g, gstr(g, "%s[%d]", arr, i),
                                                        gx_to(g, args.items[fixed + i], et), et, stack));
                buf_printf(&out, "%s(gm_slice){%s, %d, %d}", sep, arr, n, n);
            }
        }
    }
    return buf_take(g, &out);
}

/* Result pointers: the caller's, or temporaries declared in decls. */
static const char *result_ptrs(Gen *g, Type *sig, const char **extra, int nextra, Buf *decls) {
    Buf out = {0};
    for (int i = 1; i < sig->nresults; i++) {
        if (extra && i - 1 < nextra && extra[i - 1]) {
            buf_printf(&out, ", %s", extra[i - 1]);
        } else {
            const char *t = gen_fresh(g, "rs");
            buf_printf(decls, "%s %s; ", ctype(g, sig->results[i].type), t);
            buf_printf(&out, ", &%s", t);
        }
    }
    return buf_take(g, &out);
}

/* Joins "a" and ", b" lists into a C argument list. */
static const char *join_args(Gen *g, const char *first, const char *args, const char *results) {
    const char *a = args && *args ? args : NULL;
    Buf b = {0};
    if (first)
        buf_puts(&b, first);
    if (a)
        buf_printf(&b, "%s%s", first ? ", " : "", a);
    if (results && *results)
        buf_puts(&b, (first || a) ? results : results + 2);
    return buf_take(g, &b);
}

static const char *wrap(Gen *g, Buf *decls, const char *call, bool has_value) {
    if (!decls->s) {
        return call;
    }
    const char *d = buf_take(g, decls);
    if (has_value)
        return gstr(g, "({ %s%s; })", d, call);
    return gstr(g, "({ %s%s; })", d, call);
}

/* ---- builtins ------------------------------------------------------------- */

static const char *builtin_len(Gen *g, Node *a, bool cap) {
    Type *u = type_under(a->ty);
    if (u->kind == TY_POINTER) {
        u = type_under(u->elem);
        if (has_call(a))   /* len(f()) calls f, even for a pointer to an array */
            return gstr(g, "({ (void)(%s); (int64_t)%lld; })", gx(g, a), (long long)u->len);
    }
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: return gstr(g, "((int64_t)(%s).len)", gx(g, a));
    case TY_SLICE: return gstr(g, "((int64_t)(%s).%s)", gx(g, a), cap ? "cap" : "len");
    case TY_ARRAY:
        if (a->mode == MODE_VAR || a->mode == MODE_CONST)
            return gstr(g, "((int64_t)%lld)", (long long)u->len);
        return gstr(g, "({ (void)(%s); (int64_t)%lld; })", gx(g, a), (long long)u->len);   /* len(f()) calls f */
    case TY_MAP: return gstr(g, "((int64_t)gm_map_len(%s))", gx(g, a));
    case TY_CHAN: return gstr(g, "((int64_t)%s(%s))", cap ? "gm_chan_cap" : "gm_chan_len", gx(g, a));
    default: return "0";
    }
}

static const char *builtin_append(Gen *g, Node *call) {
    NodeList a = call_operands(call);
    Type *st = call->ty;
    Type *et = type_under(st)->elem;
    const char *ed = tdesc(g, et);
    const char *s = gx_to(g, a.items[0], st);
    if (a.len == 1)
        return s;
    if (call->op == 1) {
        Node *src = a.items[1];
        if (type_is_string(src->ty))
            return gstr(g, "({ gm_slice as_ = %s; gm_string ap_ = %s; gm_append(%s, as_, ap_.ptr, ap_.len); })", s,
                        gx(g, src), ed);
        return gstr(g, "({ gm_slice as_ = %s; gm_slice ap_ = %s; gm_append(%s, as_, ap_.ptr, ap_.len); })", s,
                    gx(g, src), ed);
    }
    Buf b = {0};
    int n = a.len - 1;
    buf_printf(&b, "({ gm_slice as_ = %s; %s ap_[%d] = {", s, ctype(g, et), n);
    for (int i = 1; i < a.len; i++)
        buf_printf(&b, "%s%s", i > 1 ? ", " : "", gx_to(g, a.items[i], et));
    buf_printf(&b, "}; gm_append(%s, as_, ap_, %d); })", ed, n);
    return buf_take(g, &b);
}

static const char *builtin_make(Gen *g, Node *call) {
    NodeList a = call->list;
    Type *t = a.items[0]->ty;
    Type *u = type_under(t);
    const char *n1 = a.len > 1 ? gx_to(g, a.items[1], ty_basic[TY_INT]) : "0";
    switch (u->kind) {
    case TY_SLICE: {
        const char *n2 = a.len > 2 ? gx_to(g, a.items[2], ty_basic[TY_INT]) : NULL;
        Node *capn = a.len > 2 ? a.items[2] : a.items[1];
        if (esc_alloc(call) == ESC_NONE && capn->mode == MODE_CONST && capn->val && capn->val->i > 0) {
            /* a constant capacity that does not escape: a stack slot (a
             * variable length is checked against it as makeslice does) */
            const char *slot = gen_fresh(g, "slot");
            long long cap = (long long)capn->val->i;
            buf_printf(g->fn->prologue, "    %s %s[%lld];\n", ctype(g, u->elem), slot, cap);
            return gstr(g, "({ int64_t ml_ = %s; if (ml_ < 0) gm_panic(\"runtime error: makeslice: len out of range\"); if (ml_ > %lld) gm_panic(\"runtime error: makeslice: cap out of range\"); "
                           "memset(%s, 0, sizeof %s); (gm_slice){%s, ml_, %lld}; })",
                        n1, cap, slot, slot, slot, cap);
        }
        if (n2)
            return gstr(g, "gm_make_slice(%s, %s, %s)", tdesc(g, u->elem), n1, n2);
        return gstr(g, "({ int64_t ml_ = %s; gm_make_slice(%s, ml_, ml_); })", n1, tdesc(g, u->elem));
    }
    case TY_MAP: return make_map_site(g, call, t, n1);
    case TY_CHAN: return gstr(g, "gm_make_chan(%s, %s)", tdesc(g, u->elem), n1);
    default:
        gen_unsupported(g, call->pos, "make of this type");
        return "0";
    }
}

/* Prints the C value v of Go type t with the print builtins. */
static const char *print_one(Gen *g, const char *v, Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_BOOL: return gstr(g, "gort_print_bool(%s)", v);
    case TY_STRING: return gstr(g, "gort_print_string(%s)", v);
    case TY_FLOAT32: case TY_FLOAT64: return gstr(g, "gort_print_float(%s)", v);
    case TY_COMPLEX64: case TY_COMPLEX128: return gstr(g, "gort_print_complex(%s)", v);
    case TY_INTERFACE: return gstr(g, "gort_print_iface(%s)", v);
    case TY_SLICE: return gstr(g, "gort_print_slice(%s)", v);
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFE_POINTER:
        return gstr(g, "gort_print_pointer((void *)(%s))", v);
    default:
        if (type_is_unsigned(u))
            return gstr(g, "gort_print_uint((uint64_t)(%s))", v);
        return gstr(g, "gort_print_int((int64_t)(%s))", v);
    }
}

/* print/println: the arguments are evaluated first (one may panic), then
 * written under the print lock. */
static const char *builtin_print(Gen *g, Node *call, bool ln) {
    Buf b = {0}, out = {0};
    buf_puts(&b, "({");
    NodeList a = call_operands(call);
    for (int i = 0; i < a.len; i++) {
        Type *t = type_is_untyped(a.items[i]->ty) ? type_default(a.items[i]->ty) : a.items[i]->ty;
        const char *tmp = gen_fresh(g, "pr");
        buf_printf(&b, " %s %s = %s;", ctype(g, t), tmp, gx_to(g, a.items[i], t));
        if (ln && i)
            buf_puts(&out, " gort_print_string(GM_STR(\" \"));");
        buf_printf(&out, " %s;", print_one(g, tmp, t));
    }
    buf_printf(&b, " gort_print_lock();%s", out.s ? out.s : "");
    free(out.s);
    if (ln)
        buf_puts(&b, " gort_print_string(GM_STR(\"\\n\"));");
    buf_puts(&b, " gort_print_unlock(); })");
    return buf_take(g, &b);
}

/* b(f()): f's results go into the checker's temporaries (the call's
 * operands, ast.h), then b runs over them. */
static const char *spread_builtin(Gen *g, Node *call, const char *apply) {
    NodeList t = call->list2;
    const char *names[32];
    for (int i = 0; i < t.len && i < 32; i++)
        names[i] = var_ref(g, t.items[i]->sym);
    Buf b = {0};
    buf_puts(&b, "({ ");
    gen_results_into(g, call->list.items[0], names, &b);
    buf_printf(&b, "%s; })", apply);
    return buf_take(g, &b);
}

static const char *builtin_apply(Gen *g, Node *call, Builtin b);

static const char *builtin_call(Gen *g, Node *call, Builtin b) {
    const char *apply = builtin_apply(g, call, b);
    return call->list2.len ? spread_builtin(g, call, apply) : apply;
}

static const char *builtin_apply(Gen *g, Node *call, Builtin b) {
    NodeList a = call_operands(call);
    switch (b) {
    case BI_LEN: return builtin_len(g, a.items[0], false);
    case BI_CAP: return builtin_len(g, a.items[0], true);
    case BI_APPEND: return builtin_append(g, call);
    case BI_MAKE: return builtin_make(g, call);
    case BI_NEW: return alloc_site(g, call, a.items[0]->ty);
    case BI_COPY: {
        Type *dt = a.items[0]->ty;
        const char *ed = tdesc(g, type_under(dt)->elem);
        if (type_is_string(a.items[1]->ty))
            return gstr(g, "({ gm_string cs_ = %s; (int64_t)gm_copy(%s, %s, (gm_slice){(void *)cs_.ptr, cs_.len, cs_.len}); })",
                        gx(g, a.items[1]), ed, gx(g, a.items[0]));
        return gstr(g, "((int64_t)gm_copy(%s, %s, %s))", ed, gx(g, a.items[0]), gx(g, a.items[1]));
    }
    case BI_DELETE: {
        Type *mt = type_under(a.items[0]->ty);
        return gstr(g, "({ %s dk_ = %s; gm_map *dm_ = %s; %sgm_map_delete(dm_, &dk_); })", ctype(g, mt->key),
                    gx_to(g, a.items[1], mt->key), gx(g, a.items[0]),
                    map_nil_key_check(g, mt->key, "dm_", "&dk_"));
    }
    case BI_CLOSE: return gstr(g, "gm_chan_close(%s)", gx(g, a.items[0]));
    case BI_PANIC: return gstr(g, "gort_panic(%s)", gx_to(g, a.items[0], ty_any));
    case BI_RECOVER: return "gort_recover_at(__builtin_frame_address(1))";
    case BI_PRINT: return builtin_print(g, call, false);
    case BI_PRINTLN: return builtin_print(g, call, true);
    case BI_REAL: return gstr(g, "creal(%s)", gx(g, a.items[0]));
    case BI_IMAG: return gstr(g, "cimag(%s)", gx(g, a.items[0]));
    case BI_COMPLEX: {
        Type *t = call->ty;
        Type *ft = type_under(t)->kind == TY_COMPLEX64 ? ty_basic[TY_FLOAT32] : ty_basic[TY_FLOAT64];
        return gstr(g, "((%s)(%s + %s * I))", ctype(g, t), gx_to(g, a.items[0], ft), gx_to(g, a.items[1], ft));
    }
    default:
        gen_unsupported(g, call->pos, "builtin");
        return "0";
    }
}

/* ---- calls ------------------------------------------------------------------ */

static bool has_call_args(Node *call) {
    for (int i = 0; i < call->list.len; i++)
        if (has_call(call->list.items[i]))
            return true;
    return false;
}

static Sym *builtin_of(Node *fx) {
    fx = unparen(fx);
    if (fx->kind == N_IDENT && fx->sym && fx->sym->kind == SYM_BUILTIN)
        return fx->sym;
    return NULL;
}

static const char *iface_call(Gen *g, Node *sel, const char *recv, Node *call, Type *sig, const char **extra,
                              int nextra) {
    Buf decls = {0};
    const char *iv = gen_fresh(g, "ic");
    buf_printf(&decls, "gort_iface %s = %s; ", iv, recv);
    const char *args = call_args(g, call, sig, &decls);
    const char *res = result_ptrs(g, sig, extra, nextra, &decls);
    const char *ft = func_ptr_type(g, sig, false, "void *");
    const char *callee = gstr(g, "((%s)gort_imethod(%s.type, \"%s\"))", ft, iv, sel->name);
    return wrap(g, &decls, gstr(g, "%s(%s)", callee, join_args(g, gstr(g, "%s.data", iv), args, res)),
                sig->nresults > 0);
}

const char *gx_call(Gen *g, Node *call, const char **extra, int nextra) {
    Node *fx = unparen(call->x);
    if (fx->mode == MODE_TYPE)
        return explicit_conversion(g, call);
    Sym *bi = builtin_of(fx);
    if (bi)
        return builtin_call(g, call, bi->builtin);
    Type *sig = type_under(fx->ty);
    if (sig->kind != TY_FUNC) {
        gen_unsupported(g, call->pos, "call of a non-function");
        return "0";
    }
    if (fx->kind == N_SELECTOR && fx->x->mode != MODE_PKG && fx->x->mode != MODE_TYPE && fx->sym &&
        fx->sym->kind == SYM_FUNC) {
        if (type_is_interface(fx->x->ty))
            return iface_call(g, fx, gx(g, fx->x), call, sig, extra, nextra);
        if (!fx->sym->recv_base)   /* promoted from an embedded interface */
            return iface_call(g, fx, method_receiver_of(g, fx), call, sig, extra, nextra);
        Buf decls = {0};
        const char *recv = method_receiver_of(g, fx);
        if (has_call(fx->x) && has_call_args(call)) {   /* receiver before arguments */
            const char *t = gen_fresh(g, "rcv");
            buf_printf(&decls, "__auto_type %s = %s; ", t, recv);
            recv = t;
        }
        const char *args = call_args(g, call, sig, &decls);
        const char *res = result_ptrs(g, sig, extra, nextra, &decls);
        Type *owner = fx->sym->recv_base;
        return wrap(g, &decls, gstr(g, "%s(%s)", method_cname(g, owner, fx->name), join_args(g, recv, args, res)),
                    sig->nresults > 0);
    }
    Sym *fs = NULL;
    if (fx->kind == N_IDENT && fx->sym && fx->sym->kind == SYM_FUNC)
        fs = fx->sym;
    if (fx->kind == N_SELECTOR && fx->x->mode == MODE_PKG && fx->sym && fx->sym->kind == SYM_FUNC)
        fs = fx->sym;
    Buf decls = {0};
    if (fs) {
        const char *args = call_args(g, call, sig, &decls);
        const char *res = result_ptrs(g, sig, extra, nextra, &decls);
        return wrap(g, &decls, gstr(g, "%s(%s)", func_cname(g, fs), join_args(g, NULL, args, res)),
                    sig->nresults > 0);
    }
    const char *fv = gen_fresh(g, "fv");
    buf_printf(&decls, "gort_func *%s = gort_nn(%s); ", fv, gx(g, fx));
    const char *args = call_args(g, call, sig, &decls);
    const char *res = result_ptrs(g, sig, extra, nextra, &decls);
    const char *ft = func_ptr_type(g, sig, true, NULL);
    return wrap(g, &decls, gstr(g, "((%s)%s->fn)(%s)", ft, fv, join_args(g, fv, args, res)), sig->nresults > 0);
}

/* ---- method values ---------------------------------------------------------- */

/* x.M as a func value: a closure holding the receiver (its address for
 * pointer methods, the interface for interface methods). */
const char *gen_method_value(Gen *g, Node *sel) {
    Type *sig = sel->sym->type;
    bool iface = type_is_interface(sel->x->ty) || !sel->sym->recv_base;
    const char *recv = type_is_interface(sel->x->ty) ? gx(g, sel->x) : method_receiver_of(g, sel);
    const char *rct = iface ? "gort_iface" : sel->sym->ptr_recv
                                                 ? gstr(g, "%s *", ctype(g, sel->sym->recv_base))
                                                 : ctype(g, sel->sym->recv_base);
    const char *w = gen_fresh(g, "gmv");
    const char *rec = gen_fresh(g, "gmr");
    buf_printf(&g->types_def, "typedef struct %s { void *fn; %s recv; } %s;\n", rec, rct, rec);
    const char *proto = emit_prototype(g, w, sig, NULL, NULL, true, NULL);
    Buf args = {0};
    for (int i = 0; i < sig->nfields; i++)
        buf_printf(&args, ", p%d_", i);
    for (int i = 1; i < sig->nresults; i++)
        buf_printf(&args, ", rp%d_", i);
    const char *call;
    if (iface)
        call = gstr(g, "((%s)gort_imethod(r->recv.type, \"%s\"))(r->recv.data%s)", func_ptr_type(g, sig, false, "void *"),
                    sel->name, args.s ? args.s : "");
    else
        call = gstr(g, "%s(r->recv%s)", method_cname(g, sel->sym->recv_base, sel->name), args.s ? args.s : "");
    free(args.s);
    buf_printf(&g->protos, "static %s;\n", proto);
    buf_printf(&g->funcs, "static %s { %s *r = (%s *)self_; %s%s; }\n", proto, rec, rec,
               sig->nresults ? "return " : "", call);
    /* i.M panics here when i is nil, as Go's does */
    const char *check = iface ? gstr(g, "(void)gort_imethod(mv_->recv.type, \"%s\");", sel->name) : "";
    /* the record: a stack slot when escape analysis said the method value
     * does not escape, else the heap */
    const char *mem = gstr(g, "gm_alloc(sizeof(%s))", rec);
    if (esc_alloc(sel) == ESC_NONE) {
        const char *slot = gen_fresh(g, "slot");
        buf_printf(g->fn->prologue, "    %s %s;\n", rec, slot);
        mem = gstr(g, "&%s", slot);
    }
    return gstr(g, "({ %s *mv_ = %s; mv_->fn = (void *)%s; mv_->recv = %s; %s (gort_func *)mv_; })", rec, mem, w,
                recv, check);
}

/* T.M or (*T).M as a func value: the receiver becomes the first parameter. */
const char *gen_method_expr(Gen *g, Node *sel) {
    Sym *m = sel->sym;
    Type *sig = m->type;
    Type *rt = sel->x->ty;
    bool rptr = type_under(rt)->kind == TY_POINTER;
    const char *w = gen_fresh(g, "gme");
    const char *proto = emit_prototype(g, w, sel->ty, NULL, NULL, true, NULL);
    Buf args = {0};
    for (int i = 0; i < sig->nfields; i++)
        buf_printf(&args, ", p%d_", i + 1);
    for (int i = 1; i < sig->nresults; i++)
        buf_printf(&args, ", rp%d_", i);
    (void)rptr;
    const char *recv = type_is_interface(rt) ? "p0_" : method_receiver_from(g, "p0_", rt, m);
    const char *callee = type_is_interface(rt) || !m->recv_base
                             ? gstr(g, "((%s)gort_imethod(p0_.type, \"%s\"))", func_ptr_type(g, sig, false, "void *"),
                                    m->name)
                             : method_cname(g, m->recv_base, m->name);
    if (type_is_interface(rt) || !m->recv_base)
        recv = gstr(g, "(%s).data", recv);
    buf_printf(&g->protos, "static %s;\n", proto);
    buf_printf(&g->funcs, "static %s { (void)self_; %s%s(%s%s); }\n", proto, sig->nresults ? "return " : "",
               callee, recv, args.s ? args.s : "");
    free(args.s);
    const char *v = gen_fresh(g, "gmev");
    buf_printf(&g->protos, "static gort_func %s = {(void *)%s};\n", v, w);
    return gstr(g, "(&%s)", v);
}
