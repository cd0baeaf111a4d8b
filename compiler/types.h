/* types.h: Go types, objects (Sym) and scopes as the type checker builds
 * them and the later passes (escape analysis, emitter) read them.
 *
 * Glossary:
 *   Type    a Go type; predeclared basic types and untyped constant kinds
 *           are singletons, composite types are built per use and compared
 *           with types_identical; a named (defined) type is one TY_NAMED
 *           object whose `underlying` is its structure.  byte and rune are
 *           singletons of their own (ty_byte, ty_rune: kinds TY_UINT8 and
 *           TY_INT32), identical to uint8 and int32 in every respect but
 *           their printed name, as types2's universe aliases and gc's
 *           types.ByteType/RuneType are.
 *   Field   a struct field, a parameter/result, or an interface method
 *   Sym     an object a name denotes: variable, constant, type name,
 *           function, package, builtin, nil, struct field
 *   Scope   a block's names, chained to the enclosing block
 *   Const   a constant value (bool, integer in 128 bits, float, string)
 *
 * Invariants: Types and Syms live in the compilation's arena; a Sym's
 * `type` is set once it is resolved (state == SYM_RESOLVED); a TY_NAMED's
 * `underlying` is never another TY_NAMED.
 */
#ifndef GOMEM_TYPES_H
#define GOMEM_TYPES_H

#include "compiler.h"

typedef struct Type Type;
typedef struct Sym Sym;
typedef struct Scope Scope;

typedef enum {
    TY_INVALID,
    TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128, TY_STRING,
    TY_UNSAFE_POINTER,
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    TY_NAMED, TY_POINTER, TY_ARRAY, TY_SLICE, TY_MAP, TY_CHAN, TY_FUNC,
    TY_STRUCT, TY_INTERFACE, TY_TUPLE,
    TY_KIND_COUNT
} TypeKind;

typedef struct {
    const char *name;     /* NULL for unnamed parameters/results */
    Type *type;
    bool embedded;        /* struct: embedded field */
    const char *tag;      /* struct: tag as Go quotes it ("json:\"a\""), or NULL */
    Pos pos;
    Sym *sym;             /* the field's or parameter's object */
} Field;

struct Type {
    TypeKind kind;
    Type *elem;           /* pointer, array, slice, map value, chan */
    Type *key;            /* map key */
    int64_t len;          /* array length */
    int dir;              /* chan: CHAN_BOTH / CHAN_SEND / CHAN_RECV */
    Field *fields;        /* struct fields; func params; tuple; interface
                             methods (embedded interfaces flattened) */
    int nfields;
    Field *results;       /* func results */
    int nresults;
    bool variadic;        /* func: last parameter is ...T (type []T) */
    bool embeds_pending;  /* interface: embeds a type still being declared
                             (its methods are added at the end of the
                             declarations: check.c, finish_pending_embeds) */
    /* TY_NAMED */
    const char *name;
    const char *pkg;      /* package path for types from stubs, else NULL */
    Type *underlying;
    Sym *obj;
    Sym **methods;        /* declared methods (receiver T or *T) */
    int local_id;         /* declared in a function: 1, 2, ... in the order
                             the bodies are checked (gc's vargen), else 0 */
    int nmethods, mcap;
    /* layout, computed by types_size (-1: not yet) */
    int64_t size, align;
};

typedef enum { CONST_NONE, CONST_BOOL, CONST_INT, CONST_FLOAT, CONST_STRING } ConstKind;

typedef struct Const {
    ConstKind kind;
    bool b;
    __int128 i;
    long double f, imag;  /* 64-bit mantissa (see check_const.c); imag: complex */
    const char *s;
    size_t slen;
} Const;

typedef enum {
    SYM_BAD, SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN,
    SYM_NIL, SYM_FIELD
} SymKind;

enum { SYM_UNRESOLVED, SYM_RESOLVING, SYM_RESOLVED };

/* Builtin functions (Sym.builtin). */
typedef enum {
    BI_NONE, BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE,
    BI_IMAG, BI_LEN, BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN,
    BI_REAL, BI_RECOVER
} Builtin;

struct Sym {
    SymKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Node *decl;           /* declaring node (spec, func, field, ident) */
    Node *init;           /* var/const: initializer expression, if any */
    int init_index;       /* position in a multi-value initializer, or -1 */
    Const val;            /* SYM_CONST */
    int iota;             /* SYM_CONST: iota of its spec */
    Builtin builtin;      /* SYM_BUILTIN */
    Scope *pkg_scope;     /* SYM_PKG: the package's members */
    const char *pkg_path; /* SYM_PKG, and members of stub packages */
    Type *recv_base;      /* SYM_FUNC method: its receiver's named type */
    bool ptr_recv;        /* method with receiver *T */
    int state;            /* SYM_UNRESOLVED / RESOLVING / RESOLVED */
    bool used;
    bool global;          /* package-level variable */
    bool param, result;   /* function parameter / named result */
    Node *func;           /* var: the function (N_FUNC/N_FUNCLIT) declaring it */
    bool captured;        /* var: referenced from a closure */
    bool addr_taken;      /* var: its address is taken (&x, x.m() on *T) */
    int esc;              /* var: escape analysis decision (compiler.h EscDecision) */
    int field_index;      /* SYM_FIELD: index in its struct */
    Scope *file_scope;    /* package-level: the scope of its file (imports) */
    struct Checker *owner;/* package-level: the checker of its package */
};

struct Scope {
    Scope *parent;
    Sym **syms;
    int len, cap;
    Node *func;           /* the function this block belongs to, or NULL */
};

/* Operand modes (Node.mode after checking an expression). */
typedef enum {
    MODE_INVALID, MODE_NOVALUE, MODE_TYPE, MODE_CONST, MODE_VAR,
    MODE_VALUE, MODE_MAPINDEX, MODE_COMMAOK, MODE_BUILTIN, MODE_PKG,
    MODE_NIL
} Mode;

/* ---- types.c ---------------------------------------------------------- */

extern Type *ty_basic[TY_KIND_COUNT];   /* TY_BOOL..TY_UNTYPED_NIL singletons */
extern Type *ty_invalid;
extern Type *ty_error;                  /* the predeclared interface `error` */
extern Type *ty_any;                    /* interface{} */
extern Type *ty_byte;                   /* uint8 spelled byte */
extern Type *ty_rune;                   /* int32 spelled rune */

void types_init(Arena *a);
Type *type_new(Arena *a, TypeKind k);
Type *type_pointer(Arena *a, Type *elem);
Type *type_slice(Arena *a, Type *elem);
Type *type_tuple(Arena *a, Field *fields, int n);
Type *type_under(Type *t);              /* underlying type */
bool type_is_untyped(const Type *t);
bool type_is_integer(const Type *t);    /* under(t), untyped int/rune too */
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_complex(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_interface(const Type *t);
bool type_has_nil(const Type *t);       /* pointer, slice, map, chan, func, interface */
bool type_comparable(const Type *t);
bool types_identical(const Type *a, const Type *b);
bool types_identical_ignoring_tags(const Type *a, const Type *b);
Type *type_default(Type *t);            /* untyped kind -> its default type */
const char *type_string(Arena *a, const Type *t);
/* "byte" or "rune" for ty_byte/ty_rune, else NULL: the one place where a
 * basic type's printed name is not its kind's. */
const char *type_alias_name(const Type *t);
/* Looks up a method of t (named, pointer to named, or interface) by name;
 * *ptr_recv tells whether it has a pointer receiver. */
Sym *type_method(Type *t, const char *name, bool *ptr_recv);
/* The method set check: does t implement interface iface? On failure
 * *missing names a missing method (and *wrong_recv says if it exists with
 * a pointer receiver only). */
bool type_implements(Type *t, Type *iface, const char **missing, bool *wrong_recv);
int64_t type_size(Type *t);
int64_t type_align(Type *t);

/* ---- check.c / check_expr.c / check_stmt.c / stdlib.c ----------------- */

/* Type-checks a package made of the given parsed files. Reports errors to
 * d; fills Node.ty/sym/mode/val. Returns false if there were errors. */
bool check_package(Node **files, int nfiles, Arena *a, Diag *d);
/* After a clean check: reports expressions left untyped (checker bugs). */
int check_verify(Node **files, int nfiles, Diag *d);

#endif
