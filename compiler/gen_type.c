/* gen_type.c: Go types in the emitted C: C type names (gort.h's value
 * representations), struct/array typedefs in dependency order, and one
 * gort_type descriptor per type that needs one (allocation, slices, maps,
 * channels, interfaces), with Go's pointer bitmap, name, fields, method
 * table (interface wrappers), hash and equality.
 *
 * Invariants: one TypeInfo per Go type (identity for named types,
 * types_identical otherwise); a struct body is emitted after the bodies of
 * every struct/array it holds by value; descriptors are emitted at the end
 * (gen_type_finish), so method wrappers and element descriptors can refer
 * to anything; ptrmask bits follow Go's amd64 layout (types.c), which is
 * the C layout of the emitted structs (same order, natural alignment).
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static bool is_stdlib_named(Type *t) { return t->kind == TY_NAMED && t->pkg != NULL; }

bool type_is_stdlib(Type *t) { return is_stdlib_named(t); }

static TypeInfo *find_info(Gen *g, Type *t) {
    for (TypeInfo *ti = g->types; ti; ti = ti->next) {
        if (ti->type == t)
            return ti;
        if (t->kind != TY_NAMED && ti->type->kind != TY_NAMED && ti->type->kind == t->kind &&
            types_identical(ti->type, t))
            return ti;
    }
    return NULL;
}

static TypeInfo *add_info(Gen *g, Type *t) {
    TypeInfo *ti = arena_alloc(g->arena, sizeof *ti);
    ti->type = t;
    ti->id = ++g->counter;
    ti->next = g->types;
    g->types = ti;
    if (t->kind == TY_NAMED && !t->pkg) {
        /* gn_: never the name of a function or variable (gu_) */
        const char *base = gstr(g, "gn_%s", t->name);
        for (TypeInfo *o = ti->next; o; o = o->next)
            if (o->base && strcmp(o->base, base) == 0)
                base = gstr(g, "gn_%s_%d", t->name, ti->id);
        ti->base = base;
    }
    return ti;
}

static TypeInfo *type_info(Gen *g, Type *t) {
    TypeInfo *ti = find_info(g, t);
    return ti ? ti : add_info(g, t);
}

static void define_struct(Gen *g, TypeInfo *ti);

/* The C struct name of a struct/array type, forward-declared on first use. */
static const char *aggregate_name(Gen *g, Type *t) {
    TypeInfo *ti = type_info(g, t);
    if (!ti->cname) {
        ti->cname = t->kind == TY_NAMED ? ti->base : gstr(g, "gt_%d", ti->id);
        buf_printf(&g->types_fwd, "typedef struct %s %s;\n", ti->cname, ti->cname);
    }
    return ti->cname;
}

const char *field_cname(Gen *g, Type *st, int i) {
    Type *u = type_under(st);
    const char *n = u->fields[i].name;
    if (is_stdlib_named(st))
        return n;   /* lib.h spells stdlib fields as Go does */
    if (!n || strcmp(n, "_") == 0)
        return gstr(g, "f_%d_", i);
    return gstr(g, "f_%s", n);
}

static void define_struct(Gen *g, TypeInfo *ti) {
    if (ti->defined)
        return;
    ti->defined = true;
    Type *u = type_under(ti->type);
    Buf b = {0};
    buf_printf(&b, "struct %s {", ti->cname);
    if (u->kind == TY_ARRAY) {
        const char *et = ctype(g, u->elem);
        buf_printf(&b, " %s a[%lld]; };\n", et, (long long)u->len);
    } else {
        for (int i = 0; i < u->nfields; i++) {
            const char *ft = ctype(g, u->fields[i].type);
            buf_printf(&b, " %s %s;", ft, field_cname(g, ti->type, i));
        }
        buf_puts(&b, " };\n");
    }
    buf_puts(&g->types_def, b.s);
    free(b.s);
}

static const char *basic_ctype(TypeKind k) {
    switch (k) {
    case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
    case TY_INT: case TY_INT64: case TY_UNTYPED_INT: return "int64_t";
    case TY_INT8: return "int8_t";
    case TY_INT16: return "int16_t";
    case TY_INT32: case TY_UNTYPED_RUNE: return "int32_t";
    case TY_UINT: case TY_UINT64: return "uint64_t";
    case TY_UINT8: return "uint8_t";
    case TY_UINT16: return "uint16_t";
    case TY_UINT32: return "uint32_t";
    case TY_UINTPTR: return "uintptr_t";
    case TY_FLOAT32: return "float";
    case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "double";
    case TY_COMPLEX64: return "float _Complex";
    case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return "double _Complex";
    case TY_STRING: case TY_UNTYPED_STRING: return "gm_string";
    case TY_UNSAFE_POINTER: case TY_UNTYPED_NIL: return "void *";
    default: return NULL;
    }
}

const char *ctype(Gen *g, Type *t) {
    if (!t)
        return "void";
    const char *b = basic_ctype(t->kind);
    if (b)
        return b;
    switch (t->kind) {
    case TY_NAMED: {
        Type *u = type_under(t);
        if (u->kind == TY_INTERFACE)
            return "gort_iface";
        if (is_stdlib_named(t))
            return gstr(g, "go_%s_%s", t->pkg, t->name);
        if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
            const char *n = aggregate_name(g, t);
            define_struct(g, type_info(g, t));
            return n;
        }
        type_info(g, t);   /* reserve its base name for methods */
        /* type P *P (or through other pointer types): C has no such type;
         * the inner occurrence becomes void, so P is void * and every
         * dereference casts (gen_expr.c deref) */
        static Type *expanding[64];
        static int nexpanding;
        for (int i = 0; i < nexpanding; i++)
            if (expanding[i] == t)
                return "void";
        if (nexpanding == 64)
            return "void";
        expanding[nexpanding++] = t;
        const char *r = ctype(g, u);
        nexpanding--;
        return r;
    }
    case TY_STRUCT: case TY_ARRAY: {
        const char *n = aggregate_name(g, t);
        define_struct(g, type_info(g, t));
        return n;
    }
    case TY_POINTER: {
        Type *e = t->elem;
        Type *eu = type_under(e);
        if ((eu->kind == TY_STRUCT || eu->kind == TY_ARRAY) && !is_stdlib_named(e))
            return gstr(g, "%s *", aggregate_name(g, e));   /* forward declaration suffices */
        return gstr(g, "%s *", ctype(g, e));
    }
    case TY_SLICE: return "gm_slice";
    case TY_MAP: return "gm_map *";
    case TY_CHAN: return "gm_chan *";
    case TY_FUNC: return "gort_func *";
    case TY_INTERFACE: return "gort_iface";
    case TY_TUPLE: return "void";
    default: return "int64_t";
    }
}

/* ---- properties -------------------------------------------------------- */

bool type_pointer_shaped(Type *t) {
    switch (type_under(t)->kind) {
    case TY_POINTER: case TY_UNSAFE_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: return true;
    default: return false;
    }
}

bool type_has_pointers(Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_POINTER: case TY_UNSAFE_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_UNTYPED_STRING: return true;
    case TY_ARRAY: return u->len > 0 && type_has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (type_has_pointers(u->fields[i].type))
                return true;
        return false;
    default: return false;
    }
}

const char *zero_value(Gen *g, Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_STRUCT: case TY_ARRAY:
    case TY_COMPLEX64: case TY_COMPLEX128:
        if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128)
            return gstr(g, "((%s)0)", ctype(g, t));
        return gstr(g, "((%s){})", ctype(g, t));
    default: return gstr(g, "((%s)0)", ctype(g, t));
    }
}

/* ---- Go's runtime spelling of a type ----------------------------------- */

static void write_rtype(Gen *g, Buf *b, Type *t);

static void write_tuple(Gen *g, Buf *b, Field *f, int n, bool variadic) {
    for (int i = 0; i < n; i++) {
        if (i)
            buf_puts(b, ", ");
        if (variadic && i == n - 1) {
            buf_puts(b, "...");
            write_rtype(g, b, type_under(f[i].type)->elem);
        } else {
            write_rtype(g, b, f[i].type);
        }
    }
}

static void write_sig(Gen *g, Buf *b, Type *t) {
    buf_puts(b, "(");
    write_tuple(g, b, t->fields, t->nfields, t->variadic);
    buf_puts(b, ")");
    if (t->nresults == 1) {
        buf_puts(b, " ");
        write_rtype(g, b, t->results[0].type);
    } else if (t->nresults > 1) {
        buf_puts(b, " (");
        write_tuple(g, b, t->results, t->nresults, false);
        buf_puts(b, ")");
    }
}

static const char *const basic_names[] = {
    [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
    [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
    [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
    [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
    [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
    [TY_UNSAFE_POINTER] = "unsafe.Pointer", [TY_UNTYPED_BOOL] = "bool",
    [TY_UNTYPED_INT] = "int", [TY_UNTYPED_RUNE] = "int32", [TY_UNTYPED_FLOAT] = "float64",
    [TY_UNTYPED_COMPLEX] = "complex128", [TY_UNTYPED_STRING] = "string",
    [TY_UNTYPED_NIL] = "nil",
};

static void write_rtype(Gen *g, Buf *b, Type *t) {
    switch (t->kind) {
    case TY_NAMED:
        if (t == ty_error)
            buf_puts(b, "error");
        else
            buf_printf(b, "%s.%s", t->pkg ? t->pkg : "main", t->name);
        return;
    case TY_POINTER: buf_puts(b, "*"); write_rtype(g, b, t->elem); return;
    case TY_SLICE: buf_puts(b, "[]"); write_rtype(g, b, t->elem); return;
    case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); write_rtype(g, b, t->elem); return;
    case TY_MAP:
        buf_puts(b, "map[");
        write_rtype(g, b, t->key);
        buf_puts(b, "]");
        write_rtype(g, b, t->elem);
        return;
    case TY_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        write_rtype(g, b, t->elem);
        return;
    case TY_FUNC: buf_puts(b, "func"); write_sig(g, b, t); return;
    case TY_STRUCT:
        if (t->nfields == 0) {
            buf_puts(b, "struct {}");
            return;
        }
        buf_puts(b, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            buf_puts(b, i ? "; " : " ");
            if (!t->fields[i].embedded)
                buf_printf(b, "%s ", t->fields[i].name);
            write_rtype(g, b, t->fields[i].type);
            if (t->fields[i].tag)
                buf_printf(b, " %s", t->fields[i].tag);
        }
        buf_puts(b, " }");
        return;
    case TY_INTERFACE:
        if (t->nfields == 0) {
            buf_puts(b, "interface {}");
            return;
        }
        buf_puts(b, "interface {");
        for (int i = 0; i < t->nfields; i++) {
            buf_printf(b, "%s%s", i ? "; " : " ", t->fields[i].name);
            write_sig(g, b, t->fields[i].type);
        }
        buf_puts(b, " }");
        return;
    default:
        buf_puts(b, t->kind < TY_NAMED && basic_names[t->kind] ? basic_names[t->kind] : "?");
        return;
    }
}

const char *rtype_name(Gen *g, Type *t) {
    Buf b = {0};
    write_rtype(g, &b, t);
    const char *s = arena_strdup(g->arena, b.s ? b.s : "");
    free(b.s);
    return s;
}

/* ---- descriptors ------------------------------------------------------- */

/* The golib descriptor suffix of a predeclared type (gort_type_<x>). */
static const char *basic_desc(Type *t) {
    if (t == ty_error)
        return "error";
    if (t->kind == TY_INTERFACE && t->nfields == 0)
        return "any";
    if (t->kind == TY_UNSAFE_POINTER)
        return "unsafe_pointer";
    if (t->kind < TY_NAMED && t->kind != TY_UNTYPED_NIL && basic_names[t->kind])
        return basic_names[t->kind];
    return NULL;
}

const char *tdesc_rt(Gen *g, Type *t) {
    const char *b = basic_desc(t);
    if (b)
        return gstr(g, "(&gort_type_%s)", b);
    if (is_stdlib_named(t))
        return gstr(g, "(&go_type_%s_%s)", t->pkg, t->name);
    if (t->kind == TY_POINTER && is_stdlib_named(t->elem))
        return gstr(g, "(&go_ptrtype_%s_%s)", t->elem->pkg, t->elem->name);
    TypeInfo *ti = type_info(g, t);
    if (!ti->desc) {
        ti->desc = gstr(g, "gd_%d", ti->id);
        buf_printf(&g->types_fwd, "static gort_type %s;\n", ti->desc);
    }
    return gstr(g, "(&%s)", ti->desc);
}

const char *tdesc(Gen *g, Type *t) { return gstr(g, "(&%s->gm)", tdesc_rt(g, t)); }

/* Whether hashing a value of type t can panic (an interface holding an
 * unhashable dynamic type, possibly inside a struct or array): Go's
 * hashMightPanic. */
static bool hash_might_panic(Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_INTERFACE: return true;
    case TY_ARRAY: return hash_might_panic(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (hash_might_panic(u->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

/* A read or delete of a nil map still hashes a key whose hash may panic,
 * as Go does (runtime error: hash of unhashable type []int); the runtime's
 * nil map does not know its key type.  "" when no check is needed; else a
 * statement over the C expressions m (the map) and k (the key's address). */
const char *map_nil_key_check(Gen *g, Type *key, const char *m, const char *k) {
    if (!hash_might_panic(key)) return "";
    return gstr(g, "if (%s == NULL) (void)gm_hash(%s, %s, 0); ", m, tdesc(g, key), k);
}

static void set_ptr_bits(Type *t, int64_t off, uint8_t *mask, int64_t nwords) {
    Type *u = type_under(t);
    int64_t w = off / 8;
    switch (u->kind) {
    case TY_POINTER: case TY_UNSAFE_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_STRING: case TY_SLICE:
        if (w < nwords)
            mask[w / 8] |= (uint8_t)(1u << (w % 8));
        return;
    case TY_INTERFACE:
        if (w + 1 < nwords)
            mask[(w + 1) / 8] |= (uint8_t)(1u << ((w + 1) % 8));
        return;
    case TY_ARRAY:
        if (!type_has_pointers(u->elem))
            return;
        for (int64_t i = 0; i < u->len; i++)
            set_ptr_bits(u->elem, off + i * type_size(u->elem), mask, nwords);
        return;
    case TY_STRUCT: {
        int64_t o = 0;
        for (int i = 0; i < u->nfields; i++) {
            Type *f = u->fields[i].type;
            int64_t a = type_align(f);
            o = (o + a - 1) / a * a;
            set_ptr_bits(f, off + o, mask, nwords);
            o += type_size(f);
        }
        return;
    }
    default: return;
    }
}

static const char *gm_kind_name(Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_BOOL: return "GM_KIND_BOOL";
    case TY_INT: return "GM_KIND_INT";
    case TY_INT8: return "GM_KIND_INT8";
    case TY_INT16: return "GM_KIND_INT16";
    case TY_INT32: return "GM_KIND_INT32";
    case TY_INT64: return "GM_KIND_INT64";
    case TY_UINT: return "GM_KIND_UINT";
    case TY_UINT8: return "GM_KIND_UINT8";
    case TY_UINT16: return "GM_KIND_UINT16";
    case TY_UINT32: return "GM_KIND_UINT32";
    case TY_UINT64: return "GM_KIND_UINT64";
    case TY_UINTPTR: return "GM_KIND_UINTPTR";
    case TY_FLOAT32: return "GM_KIND_FLOAT32";
    case TY_FLOAT64: return "GM_KIND_FLOAT64";
    case TY_COMPLEX64: return "GM_KIND_COMPLEX64";
    case TY_COMPLEX128: return "GM_KIND_COMPLEX128";
    case TY_STRING: return "GM_KIND_STRING";
    case TY_UNSAFE_POINTER: return "GM_KIND_UNSAFE_POINTER";
    case TY_ARRAY: return "GM_KIND_ARRAY";
    case TY_CHAN: return "GM_KIND_CHAN";
    case TY_FUNC: return "GM_KIND_FUNC";
    case TY_INTERFACE: return "GM_KIND_INTERFACE";
    case TY_MAP: return "GM_KIND_MAP";
    case TY_POINTER: return "GM_KIND_POINTER";
    case TY_SLICE: return "GM_KIND_SLICE";
    case TY_STRUCT: return "GM_KIND_STRUCT";
    default: return "GM_KIND_INVALID";
    }
}

/* The libgomem descriptor whose hash/equal a type of this kind reuses. */
static const char *basic_gm_desc(Type *u) {
    switch (u->kind) {
    case TY_BOOL: return "gm_type_bool";
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: return "gm_type_int64";
    case TY_INT8: case TY_UINT8: return "gm_type_uint8";
    case TY_INT16: case TY_UINT16: return "gm_type_uint16";
    case TY_INT32: case TY_UINT32: return "gm_type_uint32";
    case TY_FLOAT32: return "gm_type_float32";
    case TY_FLOAT64: return "gm_type_float64";
    case TY_COMPLEX64: return "gm_type_complex64";
    case TY_COMPLEX128: return "gm_type_complex128";
    case TY_STRING: return "gm_type_string";
    case TY_POINTER: case TY_UNSAFE_POINTER: case TY_MAP: case TY_CHAN: return "gm_type_pointer";
    default: return NULL;
    }
}

/* Emits gh_N / ge_N: hash and equality of a comparable type. */
static void emit_hash_equal(Gen *g, TypeInfo *ti, Buf *out) {
    Type *t = ti->type;
    Type *u = type_under(t);
    const char *ct = ctype(g, t);
    int id = ti->id;
    const char *basic = basic_gm_desc(u);
    if (basic) {
        buf_printf(out, "static uintptr_t gh_%d(const void *p, uintptr_t seed) { return gm_hash(&%s, p, seed); }\n", id, basic);
        buf_printf(out, "static bool ge_%d(const void *a, const void *b) { return gm_equal(&%s, a, b); }\n", id, basic);
        return;
    }
    if (u->kind == TY_INTERFACE) {
        buf_printf(out, "static uintptr_t gh_%d(const void *p, uintptr_t seed) { return gort_hash_iface(p, seed); }\n", id);
        buf_printf(out, "static bool ge_%d(const void *a, const void *b) { return gort_equal_iface(a, b); }\n", id);
        return;
    }
    if (u->kind == TY_ARRAY) {
        const char *ed = tdesc(g, u->elem);
        buf_printf(out, "static uintptr_t gh_%d(const void *p, uintptr_t seed) { const %s *v = p; for (int64_t i = 0; i < %lld; i++) seed = gm_hash(%s, &v->a[i], seed); return seed; }\n",
                   id, ct, (long long)u->len, ed);
        buf_printf(out, "static bool ge_%d(const void *a, const void *b) { const %s *x = a, *y = b; for (int64_t i = 0; i < %lld; i++) if (!gm_equal(%s, &x->a[i], &y->a[i])) return false; return true; }\n",
                   id, ct, (long long)u->len, ed);
        return;
    }
    Buf h = {0}, e = {0};
    for (int i = 0; i < u->nfields; i++) {
        const char *fd = tdesc(g, u->fields[i].type);
        const char *fn = field_cname(g, t, i);
        if (strncmp(fn, "f_", 2) == 0 && fn[strlen(fn) - 1] == '_')
            continue;   /* blank fields are not compared */
        buf_printf(&h, " seed = gm_hash(%s, &v->%s, seed);", fd, fn);
        buf_printf(&e, " if (!gm_equal(%s, &x->%s, &y->%s)) return false;", fd, fn, fn);
    }
    buf_printf(out, "static uintptr_t gh_%d(const void *p, uintptr_t seed) { const %s *v = p; (void)v;%s return seed; }\n",
               id, ct, h.s ? h.s : "");
    buf_printf(out, "static bool ge_%d(const void *a, const void *b) { const %s *x = a, *y = b; (void)x; (void)y;%s return true; }\n",
               id, ct, e.s ? e.s : "");
    free(h.s);
    free(e.s);
}

/* ---- method sets ------------------------------------------------------- */

typedef struct {
    const char *name;
    Sym *method;
    Type *owner;          /* the named type declaring it */
    int path[8];          /* embedded field indices from the start type */
    int depth;
} MethodEntry;

/* Collects the method set of t (a named type or a pointer to one),
 * shallowest first, Go's promotion rules, ambiguities not reported. */
static int collect_methods(Type *t, MethodEntry *out, int max) {
    bool ptr = false;
    if (t->kind == TY_POINTER) {
        t = t->elem;
        ptr = true;
    }
    if ((t->kind != TY_NAMED && t->kind != TY_STRUCT) || type_under(t)->kind == TY_INTERFACE)
        return 0;   /* unnamed structs have the methods of their embedded fields */
    int n = 0;
    /* level-by-level walk over embedded fields */
    typedef struct { Type *t; bool addressable; int path[8]; int depth; } Item;
    Item level[64], next[64];
    int nl = 1, nn;
    level[0].t = t;
    level[0].addressable = ptr;
    level[0].depth = 0;
    for (int depth = 0; depth < 8 && nl > 0; depth++) {
        int before = n;
        nn = 0;
        for (int k = 0; k < nl; k++) {
            Item *it = &level[k];
            Type *nt = it->t;
            if (nt->kind == TY_NAMED) {
                for (int i = 0; i < nt->nmethods && n < max; i++) {
                    Sym *m = nt->methods[i];
                    if (m->ptr_recv && !it->addressable)
                        continue;
                    bool dup = false;
                    for (int j = 0; j < n; j++)
                        if (strcmp(out[j].name, m->name) == 0)
                            dup = true;
                    if (dup)
                        continue;
                    MethodEntry *e = &out[n++];
                    e->name = m->name;
                    e->method = m;
                    e->owner = nt;
                    e->depth = it->depth;
                    memcpy(e->path, it->path, sizeof e->path);
                }
            }
            Type *u = type_under(nt);
            if (u->kind == TY_INTERFACE && it->depth > 0) {
                /* an embedded interface field: its methods, called through it */
                for (int i = 0; i < u->nfields && n < max; i++) {
                    bool dup = false;
                    for (int j = 0; j < n; j++)
                        if (strcmp(out[j].name, u->fields[i].name) == 0)
                            dup = true;
                    if (dup)
                        continue;
                    MethodEntry *e = &out[n++];
                    e->name = u->fields[i].name;
                    e->method = u->fields[i].sym;
                    e->owner = nt;
                    e->depth = it->depth;
                    memcpy(e->path, it->path, sizeof e->path);
                }
                continue;
            }
            if (u->kind != TY_STRUCT)
                continue;
            for (int i = 0; i < u->nfields && nn < 64; i++) {
                if (!u->fields[i].embedded || it->depth >= 7)
                    continue;
                Type *ft = u->fields[i].type;
                Item *ni = &next[nn++];
                memcpy(ni->path, it->path, sizeof ni->path);
                ni->path[it->depth] = i;
                ni->depth = it->depth + 1;
                ni->addressable = it->addressable;
                if (ft->kind == TY_POINTER) {
                    ft = ft->elem;
                    ni->addressable = true;
                }
                ni->t = ft;
            }
        }
        (void)before;
        memcpy(level, next, sizeof(Item) * (size_t)nn);
        nl = nn;
    }
    return n;
}

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const MethodEntry *)a)->name, ((const MethodEntry *)b)->name);
}

const char *method_cname(Gen *g, Type *named, const char *method) {
    if (is_stdlib_named(named))
        return gstr(g, "go_%s_%s_%s", named->pkg, named->name, method);
    return gstr(g, "%s_%s", type_info(g, named)->base, method);
}

/* Emits the interface wrapper of one method of dynamic type t. */
static const char *emit_method_wrapper(Gen *g, Type *t, MethodEntry *e, Buf *out) {
    Type *sig = e->method->type;
    const char *name = gen_fresh(g, "gw");
    Buf params = {0}, args = {0};
    for (int i = 0; i < sig->nfields; i++) {
        buf_printf(&params, ", %s a%d", ctype(g, sig->fields[i].type), i);
        buf_printf(&args, ", a%d", i);
    }
    for (int i = 1; i < sig->nresults; i++) {
        buf_printf(&params, ", %s *r%d", ctype(g, sig->results[i].type), i);
        buf_printf(&args, ", r%d", i);
    }
    const char *rt = sig->nresults ? ctype(g, sig->results[0].type) : "void";
    /* the value the data word denotes, as an lvalue */
    Buf v = {0};
    Type *cur = t;
    if (type_pointer_shaped(t))
        buf_printf(&v, "((%s)data)", ctype(g, t));
    else
        buf_printf(&v, "(*(%s *)data)", ctype(g, t));
    for (int d = 0; d < e->depth; d++) {
        Type *st = cur->kind == TY_POINTER ? cur->elem : cur;
        const char *fn = field_cname(g, st, e->path[d]);
        char *old = v.s;
        v.s = NULL;
        v.len = v.cap = 0;
        if (cur->kind == TY_POINTER)
            buf_printf(&v, "(gort_nn(%s)->%s)", old, fn);
        else
            buf_printf(&v, "(%s.%s)", old, fn);
        free(old);
        cur = type_under(st)->fields[e->path[d]].type;
    }
    if (type_is_interface(e->owner)) {
        buf_printf(out, "static %s %s(void *data%s) { gort_iface iv_ = %s; return ((%s)gort_imethod(iv_.type, \"%s\"))(iv_.data%s); }\n",
                   rt, name, params.s ? params.s : "", v.s, func_ptr_type(g, sig, false, "void *"), e->name,
                   args.s ? args.s : "");
        free(params.s);
        free(args.s);
        free(v.s);
        return name;
    }
    const char *recv;
    if (e->method->ptr_recv)
        recv = cur->kind == TY_POINTER ? v.s : gstr(g, "(&%s)", v.s);
    else
        recv = cur->kind != TY_POINTER ? v.s
               : gstr(g, "(*gort_nn_value_method(%s, \"%s\", \"%s\"))", v.s, rtype_name(g, e->owner), e->name);
    buf_printf(out, "static %s %s(void *data%s) { return %s(%s%s); }\n", rt, name,
               params.s ? params.s : "", method_cname(g, e->owner, e->name), recv,
               args.s ? args.s : "");
    free(params.s);
    free(args.s);
    free(v.s);
    return name;
}

static void emit_descriptor(Gen *g, TypeInfo *ti) {
    Type *t = ti->type;
    Type *u = type_under(t);
    Buf out = {0};
    int64_t size = type_size(t);
    int64_t nwords = size / 8;
    const char *mask = "NULL";
    int64_t ptrdata = 0;
    if (type_has_pointers(t) && nwords > 0) {
        uint8_t *m = calloc((size_t)(nwords + 7) / 8, 1);
        set_ptr_bits(t, 0, m, nwords);
        int64_t last = -1;
        for (int64_t w = 0; w < nwords; w++)
            if (m[w / 8] & (1u << (w % 8)))
                last = w;
        if (last >= 0) {
            ptrdata = (last + 1) * 8;
            buf_printf(&out, "static const uint8_t gp_%d[] = {", ti->id);
            for (int64_t i = 0; i < (last + 8) / 8; i++)
                buf_printf(&out, "%u,", m[i]);
            buf_puts(&out, "};\n");
            mask = gstr(g, "gp_%d", ti->id);
        }
        free(m);
    }
    bool comparable = type_comparable(t);
    if (comparable)
        emit_hash_equal(g, ti, &out);
    const char *fields = "NULL";
    int nfields = 0;
    if (u->kind == TY_STRUCT && u->nfields > 0) {
        Buf f = {0};
        const char *ct = ctype(g, t);
        buf_printf(&f, "static const gort_field gf_%d[] = {", ti->id);
        for (int i = 0; i < u->nfields; i++)
            buf_printf(&f, "{\"%s\", offsetof(%s, %s), %s, %s}, ", u->fields[i].name ? u->fields[i].name : "_", ct,
                       field_cname(g, t, i), tdesc_rt(g, u->fields[i].type),
                       u->fields[i].embedded ? "true" : "false");
        buf_puts(&f, "};\n");
        buf_puts(&out, f.s);
        free(f.s);
        fields = gstr(g, "gf_%d", ti->id);
        nfields = u->nfields;
    }
    MethodEntry ms[128];
    int nm = collect_methods(t, ms, 128);
    const char *methods = "NULL";
    if (u->kind == TY_INTERFACE && u->nfields > 0) {
        /* interface descriptors list their method names (fn NULL) */
        nm = u->nfields < 128 ? u->nfields : 128;
        for (int i = 0; i < nm; i++)
            ms[i].name = u->fields[i].name;
        qsort(ms, (size_t)nm, sizeof ms[0], cmp_entry);
        buf_printf(&out, "static const gort_method gm_%d[] = {", ti->id);
        for (int i = 0; i < nm; i++)
            buf_printf(&out, "{\"%s\", NULL}, ", ms[i].name);
        buf_puts(&out, "};\n");
        methods = gstr(g, "gm_%d", ti->id);
    } else if (nm > 0) {
        qsort(ms, (size_t)nm, sizeof ms[0], cmp_entry);
        const char *wr[128];
        for (int i = 0; i < nm; i++)
            wr[i] = emit_method_wrapper(g, t, &ms[i], &out);
        buf_printf(&out, "static const gort_method gm_%d[] = {", ti->id);
        for (int i = 0; i < nm; i++)
            buf_printf(&out, "{\"%s\", (void *)%s}, ", ms[i].name, wr[i]);
        buf_puts(&out, "};\n");
        methods = gstr(g, "gm_%d", ti->id);
    }
    const char *elem = "NULL", *key = "NULL";
    if (u->kind == TY_POINTER || u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_CHAN ||
        u->kind == TY_MAP)
        elem = tdesc_rt(g, u->elem);
    if (u->kind == TY_MAP)
        key = tdesc_rt(g, u->key);
    const char *ct = ctype(g, t);
    const char *sizeexpr = u->kind == TY_TUPLE ? "0" : gstr(g, "sizeof(%s)", ct);
    buf_printf(&out,
               "static gort_type %s = {{%s, _Alignof(%s), %lld, %s, %s, %s, %s, %s, %lld, %s, %s}, "
               "%s, %s, %s, %d, %s, %d, %s};\n",
               ti->desc, sizeexpr, ct, (long long)ptrdata, mask,
               c_string_literal(g, rtype_name(g, t), strlen(rtype_name(g, t))), gm_kind_name(t),
               elem == NULL || strcmp(elem, "NULL") == 0 ? "NULL" : gstr(g, "&%s->gm", elem),
               strcmp(key, "NULL") == 0 ? "NULL" : gstr(g, "&%s->gm", key),
               (long long)(u->kind == TY_ARRAY ? u->len : 0),
               comparable ? gstr(g, "gh_%d", ti->id) : "NULL",
               comparable ? gstr(g, "ge_%d", ti->id) : "NULL", elem, key, fields, nfields, methods,
               nm, t->kind == TY_NAMED ? "true" : "false");
    buf_puts(&g->descs, out.s);
    free(out.s);
}

/* golib's gort_implements compares method names; Go compares signatures
 * too. gs_ID(t) is false for the emitted types whose method names match
 * interface ID's but whose signatures do not (known here, at the end,
 * when every descriptor exists). */
const char *iface_test(Gen *g, const char *dyn, Type *iface) {
    TypeInfo *ti = type_info(g, iface);
    const char *d = tdesc_rt(g, iface);
    if (!ti->asserted) {
        ti->asserted = true;
        buf_printf(&g->protos, "static bool gs_%d(const gort_type *t);\n", ti->id);
    }
    return gstr(g, "(gort_implements(%s, %s) && gs_%d(%s))", dyn, d, ti->id, dyn);
}

static bool names_match(Type *t, Type *iface) {
    MethodEntry ms[128];
    int n = collect_methods(t, ms, 128);
    Type *iu = type_under(iface);
    for (int i = 0; i < iu->nfields; i++) {
        bool found = false;
        for (int j = 0; j < n && !found; j++)
            found = strcmp(ms[j].name, iu->fields[i].name) == 0;
        if (!found)
            return false;
    }
    return true;
}

static void emit_signature_checks(Gen *g) {
    for (TypeInfo *ti = g->types; ti; ti = ti->next) {
        if (!ti->asserted)
            continue;
        buf_printf(&g->funcs, "static bool gs_%d(const gort_type *t) {\n", ti->id);
        for (TypeInfo *c = g->types; c; c = c->next) {
            const char *missing;
            bool wrong;
            if (c->desc && !type_is_interface(c->type) && names_match(c->type, ti->type) &&
                !type_implements(c->type, ti->type, &missing, &wrong))
                buf_printf(&g->funcs, "    if (t == &%s) return false;\n", c->desc);
        }
        buf_puts(&g->funcs, "    (void)t;\n    return true;\n}\n");
    }
}

void gen_type_finish(Gen *g) {
    bool again = true;
    while (again) {
        again = false;
        /* struct types only seen behind pointers */
        for (TypeInfo *ti = g->types; ti; ti = ti->next) {
            if (ti->cname && !ti->defined) {
                define_struct(g, ti);
                again = true;
            }
        }
        for (TypeInfo *ti = g->types; ti; ti = ti->next) {
            if (ti->desc && !ti->desc_emitted) {
                ti->desc_emitted = true;
                emit_descriptor(g, ti);
                again = true;
            }
        }
    }
    emit_signature_checks(g);
}

const char *func_ptr_type(Gen *g, Type *sig, bool closure, const char *recv_ctype) {
    Buf b = {0};
    buf_printf(&b, "%s (*)(", sig->nresults ? ctype(g, sig->results[0].type) : "void");
    bool first = true;
    if (closure) {
        buf_puts(&b, "gort_func *");
        first = false;
    }
    if (recv_ctype) {
        buf_printf(&b, "%s%s", first ? "" : ", ", recv_ctype);
        first = false;
    }
    for (int i = 0; i < sig->nfields; i++, first = false)
        buf_printf(&b, "%s%s", first ? "" : ", ", ctype(g, sig->fields[i].type));
    for (int i = 1; i < sig->nresults; i++, first = false)
        buf_printf(&b, "%s%s *", first ? "" : ", ", ctype(g, sig->results[i].type));
    if (first)
        buf_puts(&b, "void");
    buf_puts(&b, ")");
    const char *s = arena_strdup(g->arena, b.s);
    free(b.s);
    return s;
}
