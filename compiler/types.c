/* types.c: Go's types: the predeclared singletons, constructors, the
 * predicates the checker asks (integer? comparable? has nil?), type
 * identity, default types of untyped constants, method lookup through
 * embedded fields, interface satisfaction, sizes and alignments (amd64,
 * as gc lays them out), and printing a type the way types2 does in errors.
 *
 * Technique: basic types are singletons, plus ty_byte and ty_rune (the
 * spellings byte and rune, kept for printing): two basic types are
 * identical when their kinds are; composite types are structural and
 * compared by types_identical; a defined type is a TY_NAMED node compared
 * by identity.
 *
 * Invariants: see types.h. type_under never returns a TY_NAMED.
 */
#include <string.h>

#include "types.h"

Type *ty_basic[TY_KIND_COUNT];
Type *ty_invalid;
Type *ty_error;
Type *ty_any;
Type *ty_byte;
Type *ty_rune;

Type *type_new(Arena *a, TypeKind k) {
    Type *t = arena_alloc(a, sizeof(Type));
    t->kind = k;
    t->size = -1;
    t->align = -1;
    return t;
}

void types_init(Arena *a) {
    for (int k = TY_INVALID; k <= TY_UNTYPED_NIL; k++)
        ty_basic[k] = type_new(a, (TypeKind)k);
    ty_invalid = ty_basic[TY_INVALID];
    ty_byte = type_new(a, TY_UINT8);
    ty_rune = type_new(a, TY_INT32);
    ty_any = type_new(a, TY_INTERFACE);
    /* error: interface { Error() string } */
    Type *sig = type_new(a, TY_FUNC);
    sig->results = arena_alloc(a, sizeof(Field));
    sig->results[0].type = ty_basic[TY_STRING];
    sig->nresults = 1;
    Type *iface = type_new(a, TY_INTERFACE);
    iface->fields = arena_alloc(a, sizeof(Field));
    iface->fields[0].name = "Error";
    iface->fields[0].type = sig;
    Sym *m = arena_alloc(a, sizeof(Sym));
    m->kind = SYM_FUNC;
    m->name = "Error";
    m->type = sig;
    m->state = SYM_RESOLVED;
    m->init_index = -1;
    iface->fields[0].sym = m;
    iface->nfields = 1;
    ty_error = type_new(a, TY_NAMED);
    ty_error->name = "error";
    ty_error->underlying = iface;
}

Type *type_pointer(Arena *a, Type *elem) {
    Type *t = type_new(a, TY_POINTER);
    t->elem = elem;
    return t;
}

Type *type_slice(Arena *a, Type *elem) {
    Type *t = type_new(a, TY_SLICE);
    t->elem = elem;
    return t;
}

Type *type_tuple(Arena *a, Field *fields, int n) {
    Type *t = type_new(a, TY_TUPLE);
    t->fields = fields;
    t->nfields = n;
    return t;
}

Type *type_under(Type *t) {
    if (t && t->kind == TY_NAMED)
        return t->underlying ? t->underlying : ty_invalid;
    return t ? t : ty_invalid;
}

/* ---- predicates ------------------------------------------------------- */

bool type_is_untyped(const Type *t) {
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

static TypeKind ukind(const Type *t) { return type_under((Type *)t)->kind; }

bool type_is_integer(const Type *t) {
    TypeKind k = ukind(t);
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool type_is_unsigned(const Type *t) {
    TypeKind k = ukind(t);
    return k >= TY_UINT && k <= TY_UINTPTR;
}

bool type_is_float(const Type *t) {
    TypeKind k = ukind(t);
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool type_is_complex(const Type *t) {
    TypeKind k = ukind(t);
    return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool type_is_numeric(const Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_string(const Type *t) {
    TypeKind k = ukind(t);
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool type_is_boolean(const Type *t) {
    TypeKind k = ukind(t);
    return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool type_is_interface(const Type *t) { return ukind(t) == TY_INTERFACE; }

bool type_has_nil(const Type *t) {
    switch (ukind(t)) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_INTERFACE: case TY_UNSAFE_POINTER: case TY_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

bool type_comparable(const Type *t) {
    Type *u = type_under((Type *)t);
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_INVALID:
        return false;
    case TY_ARRAY:
        return type_comparable(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

Type *type_default(Type *t) {
    switch (t ? t->kind : TY_INVALID) {
    case TY_UNTYPED_BOOL: return ty_basic[TY_BOOL];
    case TY_UNTYPED_INT: return ty_basic[TY_INT];
    case TY_UNTYPED_RUNE: return ty_rune;   /* types2: the 'rune' name */
    case TY_UNTYPED_FLOAT: return ty_basic[TY_FLOAT64];
    case TY_UNTYPED_COMPLEX: return ty_basic[TY_COMPLEX128];
    case TY_UNTYPED_STRING: return ty_basic[TY_STRING];
    default: return t;
    }
}

/* ---- identity --------------------------------------------------------- */

static bool ignore_tags;   /* set during types_identical_ignoring_tags */

static bool fields_identical(const Field *a, int na, const Field *b, int nb, bool names) {
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++) {
        if (names) {
            const char *x = a[i].name ? a[i].name : "", *y = b[i].name ? b[i].name : "";
            if (strcmp(x, y) != 0 || a[i].embedded != b[i].embedded)
                return false;
            const char *tx = a[i].tag ? a[i].tag : "", *ty = b[i].tag ? b[i].tag : "";
            if (!ignore_tags && strcmp(tx, ty) != 0)
                return false;
        }
        if (!types_identical(a[i].type, b[i].type))
            return false;
    }
    return true;
}

/* Two interfaces are identical when their methods are; an interface can
 * reach itself through its methods' signatures (interface { F()
 * interface{ I } }), so the pairs under comparison are kept, as types2
 * does, and a pair met again counts as identical. */
static bool interfaces_identical(const Type *a, const Type *b) {
    static const Type *comparing[64][2];
    static int ncomparing;
    if (a->nfields != b->nfields)
        return false;
    for (int i = 0; i < ncomparing; i++)
        if ((comparing[i][0] == a && comparing[i][1] == b) || (comparing[i][0] == b && comparing[i][1] == a))
            return true;
    if (ncomparing == 64)
        return false;   /* deeper than any real program: not proven identical */
    comparing[ncomparing][0] = a;
    comparing[ncomparing][1] = b;
    ncomparing++;
    bool same = true;
    for (int i = 0; i < a->nfields && same; i++) {
        int j = 0;
        while (j < b->nfields && strcmp(a->fields[i].name, b->fields[j].name) != 0)
            j++;
        same = j < b->nfields && types_identical(a->fields[i].type, b->fields[j].type);
    }
    ncomparing--;
    return same;
}

bool types_identical(const Type *a, const Type *b) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_POINTER: case TY_SLICE:
        return types_identical(a->elem, b->elem);
    case TY_ARRAY:
        return a->len == b->len && types_identical(a->elem, b->elem);
    case TY_MAP:
        return types_identical(a->key, b->key) && types_identical(a->elem, b->elem);
    case TY_CHAN:
        return a->dir == b->dir && types_identical(a->elem, b->elem);
    case TY_FUNC:
        return a->variadic == b->variadic &&
               fields_identical(a->fields, a->nfields, b->fields, b->nfields, false) &&
               fields_identical(a->results, a->nresults, b->results, b->nresults, false);
    case TY_STRUCT:
        return fields_identical(a->fields, a->nfields, b->fields, b->nfields, true);
    case TY_INTERFACE:
        return interfaces_identical(a, b);
    case TY_TUPLE:
        return fields_identical(a->fields, a->nfields, b->fields, b->nfields, false);
    case TY_NAMED:
        return false;   /* a defined type is identical only to itself */
    default:
        return a->kind < TY_NAMED;   /* basic: byte is uint8, rune is int32 */
    }
}

/* Identity as conversions see it: struct tags do not count (Go 1.8). */
bool types_identical_ignoring_tags(const Type *a, const Type *b) {
    ignore_tags = true;
    bool same = types_identical(a, b);
    ignore_tags = false;
    return same;
}

/* ---- methods and interfaces ------------------------------------------- */

static Sym *declared_method(Type *named, const char *name) {
    for (int i = 0; i < named->nmethods; i++)
        if (strcmp(named->methods[i]->name, name) == 0)
            return named->methods[i];
    return NULL;
}

/* Finds a method by name in t or its embedded fields (depth-first, the
 * shallowest wins; ambiguity is not diagnosed). */
static Sym *find_method(Type *t, const char *name, bool *ptr_recv, int depth) {
    if (depth > 8 || !t)
        return NULL;
    bool via_ptr = false;
    if (t->kind == TY_POINTER) {
        t = t->elem;
        via_ptr = true;
    }
    (void)via_ptr;
    if (t->kind == TY_NAMED) {
        Sym *m = declared_method(t, name);
        if (m) {
            *ptr_recv = m->ptr_recv;
            return m;
        }
    }
    Type *u = type_under(t);
    if (u->kind == TY_INTERFACE) {
        for (int i = 0; i < u->nfields; i++) {
            if (strcmp(u->fields[i].name, name) == 0) {
                *ptr_recv = false;
                return u->fields[i].sym;
            }
        }
        return NULL;
    }
    if (u->kind != TY_STRUCT)
        return NULL;
    for (int i = 0; i < u->nfields; i++) {
        if (!u->fields[i].embedded)
            continue;
        Sym *m = find_method(u->fields[i].type, name, ptr_recv, depth + 1);
        if (m) {
            if (u->fields[i].type->kind == TY_POINTER)
                *ptr_recv = false;   /* reached through a pointer: always callable */
            return m;
        }
    }
    return NULL;
}

Sym *type_method(Type *t, const char *name, bool *ptr_recv) {
    bool p = false;
    Sym *m = find_method(t, name, &p, 0);
    if (ptr_recv)
        *ptr_recv = p;
    return m;
}

bool type_implements(Type *t, Type *iface, const char **missing, bool *wrong_recv) {
    Type *iu = type_under(iface);
    *wrong_recv = false;
    bool is_ptr = t->kind == TY_POINTER;
    for (int i = 0; i < iu->nfields; i++) {
        bool ptr_recv = false;
        Sym *m = type_method(t, iu->fields[i].name, &ptr_recv);
        if (!m) {
            *missing = iu->fields[i].name;
            return false;
        }
        if (ptr_recv && !is_ptr && !type_is_interface(t)) {
            *missing = iu->fields[i].name;
            *wrong_recv = true;
            return false;
        }
        if (m->type && iu->fields[i].type && !types_identical(m->type, iu->fields[i].type)) {
            *missing = iu->fields[i].name;
            return false;
        }
    }
    return true;
}

/* ---- printing --------------------------------------------------------- */

static const char *const basic_names[] = {
    [TY_INVALID] = "invalid type", [TY_BOOL] = "bool", [TY_INT] = "int",
    [TY_INT8] = "int8", [TY_INT16] = "int16", [TY_INT32] = "int32",
    [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
    [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
    [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
    [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128",
    [TY_STRING] = "string", [TY_UNSAFE_POINTER] = "unsafe.Pointer",
    [TY_UNTYPED_BOOL] = "untyped bool", [TY_UNTYPED_INT] = "untyped int",
    [TY_UNTYPED_RUNE] = "untyped rune", [TY_UNTYPED_FLOAT] = "untyped float",
    [TY_UNTYPED_COMPLEX] = "untyped complex", [TY_UNTYPED_STRING] = "untyped string",
    [TY_UNTYPED_NIL] = "untyped nil",
};

const char *type_alias_name(const Type *t) {
    return t == ty_byte ? "byte" : t == ty_rune ? "rune" : NULL;
}

static void type_write(Arena *a, const Type *t, char **buf, int depth);

static void append(Arena *a, char **buf, const char *s) {
    *buf = arena_printf(a, "%s%s", *buf, s);
}

static void write_fields(Arena *a, const Field *f, int n, bool variadic, char **buf, int depth) {
    for (int i = 0; i < n; i++) {
        if (i)
            append(a, buf, ", ");
        if (f[i].name && f[i].name[0]) {
            append(a, buf, f[i].name);
            append(a, buf, " ");
        }
        if (variadic && i == n - 1 && f[i].type->kind == TY_SLICE) {
            append(a, buf, "...");
            type_write(a, f[i].type->elem, buf, depth + 1);
        } else {
            type_write(a, f[i].type, buf, depth + 1);
        }
    }
}

static void write_signature(Arena *a, const Type *t, char **buf, int depth) {
    append(a, buf, "(");
    write_fields(a, t->fields, t->nfields, t->variadic, buf, depth);
    append(a, buf, ")");
    if (t->nresults == 1 && !t->results[0].name) {
        append(a, buf, " ");
        type_write(a, t->results[0].type, buf, depth + 1);
    } else if (t->nresults > 0) {
        append(a, buf, " (");
        write_fields(a, t->results, t->nresults, false, buf, depth);
        append(a, buf, ")");
    }
}

static void type_write(Arena *a, const Type *t, char **buf, int depth) {
    if (!t || depth > 20) {
        append(a, buf, "?");
        return;
    }
    switch (t->kind) {
    case TY_NAMED:
        if (t->pkg) {
            append(a, buf, t->pkg);
            append(a, buf, ".");
        }
        append(a, buf, t->name);
        return;
    case TY_POINTER: append(a, buf, "*"); type_write(a, t->elem, buf, depth + 1); return;
    case TY_SLICE: append(a, buf, "[]"); type_write(a, t->elem, buf, depth + 1); return;
    case TY_ARRAY:
        append(a, buf, arena_printf(a, "[%lld]", (long long)t->len));
        type_write(a, t->elem, buf, depth + 1);
        return;
    case TY_MAP:
        append(a, buf, "map[");
        type_write(a, t->key, buf, depth + 1);
        append(a, buf, "]");
        type_write(a, t->elem, buf, depth + 1);
        return;
    case TY_CHAN:
        append(a, buf, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        type_write(a, t->elem, buf, depth + 1);
        return;
    case TY_FUNC: append(a, buf, "func"); write_signature(a, t, buf, depth); return;
    case TY_STRUCT:
        append(a, buf, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                append(a, buf, "; ");
            if (!t->fields[i].embedded) {
                append(a, buf, t->fields[i].name);
                append(a, buf, " ");
            }
            type_write(a, t->fields[i].type, buf, depth + 1);
            if (t->fields[i].tag) {
                append(a, buf, " ");
                append(a, buf, t->fields[i].tag);
            }
        }
        append(a, buf, "}");
        return;
    case TY_INTERFACE:
        if (t == ty_any || t->nfields == 0) {
            append(a, buf, t == ty_any ? "any" : "interface{}");
            return;
        }
        append(a, buf, "interface{");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                append(a, buf, "; ");
            append(a, buf, t->fields[i].name);
            write_signature(a, t->fields[i].type, buf, depth + 1);
        }
        append(a, buf, "}");
        return;
    case TY_TUPLE:
        append(a, buf, "(");
        write_fields(a, t->fields, t->nfields, false, buf, depth);
        append(a, buf, ")");
        return;
    default:
        append(a, buf, type_alias_name(t) ? type_alias_name(t) : t->kind < TY_NAMED ? basic_names[t->kind] : "?");
        return;
    }
}

const char *type_string(Arena *a, const Type *t) {
    char *buf = "";
    type_write(a, t, &buf, 0);
    return buf;
}

/* ---- layout (amd64) --------------------------------------------------- */

static void layout(Type *t, int depth);

static int64_t round_up(int64_t x, int64_t a) { return a > 0 ? (x + a - 1) / a * a : x; }

static void layout_struct(Type *t, int depth) {
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->nfields; i++) {
        Type *f = t->fields[i].type;
        layout(f, depth + 1);
        off = round_up(off, f->align) + f->size;
        if (f->align > align)
            align = f->align;
    }
    /* a final zero-size field gets padding, as gc does */
    if (t->nfields > 0 && t->fields[t->nfields - 1].type->size == 0 && off > 0)
        off++;
    t->align = align;
    t->size = round_up(off, align);
}

static void layout(Type *t, int depth) {
    if (t->size >= 0)
        return;
    if (depth > 100) {   /* invalid recursive type: already reported */
        t->size = 0;
        t->align = 1;
        return;
    }
    int64_t s;
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: s = 1; break;
    case TY_INT16: case TY_UINT16: s = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: case TY_UNTYPED_RUNE: s = 4; break;
    case TY_COMPLEX64: t->size = 8; t->align = 4; return;
    case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: t->size = 16; t->align = 8; return;
    case TY_STRING: case TY_UNTYPED_STRING: case TY_INTERFACE: t->size = 16; t->align = 8; return;
    case TY_SLICE: t->size = 24; t->align = 8; return;
    case TY_NAMED: {
        Type *u = type_under(t);
        t->size = 0;   /* guards recursion through an invalid cycle */
        t->align = 1;
        layout(u, depth + 1);
        t->size = u->size;
        t->align = u->align;
        return;
    }
    case TY_ARRAY:
        layout(t->elem, depth + 1);
        t->size = t->elem->size * t->len;
        t->align = t->elem->align;
        return;
    case TY_STRUCT: layout_struct(t, depth); return;
    case TY_TUPLE: case TY_INVALID: s = 0; t->size = 0; t->align = 1; return;
    default: s = 8; break;   /* int, uint, pointers, maps, chans, funcs, float64 */
    }
    t->size = s;
    t->align = s;
}

int64_t type_size(Type *t) {
    layout(t, 0);
    return t->size;
}

int64_t type_align(Type *t) {
    layout(t, 0);
    return t->align;
}
