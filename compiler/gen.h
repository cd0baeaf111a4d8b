/* gen.h: the C emitter's shared state and the interface between its files:
 *   gen.c       driver: walks the package, assembles the C file, runs cc
 *   gen_type.c  C types of Go types, type descriptors, method tables
 *   gen_expr.c  expressions (values, lvalues, conversions, calls)
 *   gen_stmt.c  statements
 *   gen_func.c  functions, closures, methods, defer/go thunks, variables
 *
 * Technique: every expression becomes a C expression string (GNU statement
 * expressions hold temporaries); statements are appended to the current
 * function's body buffer. Allocations escape analysis marked ESC_NONE get a
 * slot declared at the top of the C function (one per allocation site, as
 * gc's stack slots); everything else is allocated in libgomem with the
 * type's descriptor.
 *
 * Invariants: every string handed around lives in the compilation arena;
 * a Go type maps to exactly one C type and (when needed) one descriptor,
 * found by types_identical; pointer stores to anything but an unboxed C
 * local go through gm_store / gm_typedmemmove.
 */
#ifndef GOMEM_GEN_H
#define GOMEM_GEN_H

#include "types.h"

/* A growable text buffer. */
typedef struct {
    char *s;
    size_t len, cap;
} Buf;
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A map from pointers (Sym *, Node *) to pointers. */
typedef struct {
    const void **keys;
    void **vals;
    size_t cap, len;
} PtrMap;
void *pmap_get(const PtrMap *m, const void *key);
void pmap_put(PtrMap *m, const void *key, void *val);

/* Per-variable storage decision and C name. */
typedef struct VarInfo {
    Sym *sym;
    const char *cname;    /* C identifier of the variable (or of its box pointer) */
    bool boxed;           /* lives in a heap box: access is (*cname) */
    bool byref_capture;   /* captured by a closure by reference */
    bool reassigned;      /* assigned after its declaration */
    Node *owner;          /* N_FUNC / N_FUNCLIT declaring it */
} VarInfo;

/* A type registered for emission: its C name and descriptor name. */
typedef struct TypeInfo {
    Type *type;
    const char *cname;    /* C type name for struct/array types */
    const char *base;     /* named types: unique base for gu_ names */
    const char *desc;     /* descriptor variable (gd_N), NULL until needed */
    int id;
    bool defined;         /* struct body emitted */
    bool asserted;        /* interface: a signature check gs_ID is needed */
    bool desc_emitted;
    struct TypeInfo *next;
} TypeInfo;

/* The function whose body is being emitted. */
typedef struct FuncCtx {
    struct FuncCtx *parent;
    Node *node;           /* N_FUNC or N_FUNCLIT */
    Type *sig;
    Buf *body;            /* statements */
    Buf *prologue;        /* declarations at the top (stack slots) */
    Sym **captured;       /* N_FUNCLIT: free variables, in field order */
    int ncaptured;
    const char *closure_struct;   /* struct name of its closure */
    bool has_defer;
    bool has_recover_frame;
    int indent;
    const char *result_names[16]; /* C lvalues of the results */
    int nresults;
} FuncCtx;

typedef struct Gen {
    Arena *arena;
    Node **files;
    int nfiles;
    const BuildOptions *opt;
    Buf types_fwd, types_def, descs, protos, globals, funcs, init;
    int counter;          /* unique suffixes */
    PtrMap vars;          /* Sym * -> VarInfo * */
    PtrMap parents;       /* N_FUNCLIT -> enclosing N_FUNC / N_FUNCLIT */
    PtrMap funcvals;      /* Sym * (function) -> its gort_func expression */
    TypeInfo *types;      /* registry, list */
    FuncCtx *fn;          /* current function */
    const char *error;    /* first unsupported construct, NULL if none */
    bool global_init;     /* emitting package variable initialisers */
    Pos error_pos;
} Gen;

/* Escape analysis's decisions on a node (compiler.h EscDecision): bits
 * 0-1 the node's own allocation, bits 2-3 the boxing of its value into an
 * interface. ESC_UNKNOWN (no decision) allocates in the heap. */
static inline int esc_alloc(const Node *n) { return n ? n->esc & 3 : ESC_UNKNOWN; }
static inline int esc_box(const Node *n) { return n ? (n->esc >> 2) & 3 : ESC_UNKNOWN; }
/* An elided &T{} (T a slice or map type): T's own storage. */
static inline int esc_elided_store(const Node *n) { return n ? (n->esc >> 4) & 3 : ESC_UNKNOWN; }

/* gen.c */
const char *buf_take(Gen *g, Buf *b);         /* b's text in the arena; b emptied */
const char *gen_fresh(Gen *g, const char *prefix);
void gen_unsupported(Gen *g, Pos pos, const char *what);
void emit(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool gen_line_directives(void);               /* $GOMEM_LINE_DIRECTIVES=1 */
const char *gen_line_directive(Gen *g, Pos pos);  /* "#line N \"f\"\n" or "" */
Pos emit_line(Gen *g, Pos pos);               /* lines emitted next are pos's */
const char *gstr(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *c_string_literal(Gen *g, const char *s, size_t len);

/* gen_type.c */
const char *ctype(Gen *g, Type *t);           /* C type of a Go type */
const char *tdesc(Gen *g, Type *t);
const char *map_nil_key_check(Gen *g, Type *key, const char *m, const char *k);           /* "&gd_N.gm"-style const gm_type * */
const char *tdesc_rt(Gen *g, Type *t);        /* const gort_type * expression */
bool type_has_pointers(Type *t);
bool type_pointer_shaped(Type *t);            /* fits the iface data word itself */
const char *rtype_name(Gen *g, Type *t);      /* Go runtime spelling (%T) */
const char *field_cname(Gen *g, Type *st, int i);
const char *func_ptr_type(Gen *g, Type *sig, bool closure, const char *recv_ctype);
const char *zero_value(Gen *g, Type *t);
const char *method_cname(Gen *g, Type *named, const char *method);
void gen_type_finish(Gen *g);                 /* descriptors still pending */
bool type_is_stdlib(Type *t);
/* Does dynamic type dyn (C expression) implement interface iface? */
const char *iface_test(Gen *g, const char *dyn, Type *iface);

/* gen_expr.c */
const char *gx(Gen *g, Node *n);                      /* value of n */
const char *gx_to(Gen *g, Node *n, Type *target);     /* value converted to target */
const char *gx_lvalue(Gen *g, Node *n, bool *local);  /* C lvalue; *local: no barrier */
const char *gx_addr(Gen *g, Node *n);                 /* &n (addressable n) */
const char *convert_value(Gen *g, const char *v, Type *from, Type *to);
const char *explicit_conversion(Gen *g, Node *call);  /* T(x) */
const char *gen_store(Gen *g, const char *lv, const char *val, Type *t, bool local);
const char *gx_call(Gen *g, Node *call, const char **extra_results, int nextra);
void gen_results_into(Gen *g, Node *call, const char **names, Buf *decls);   /* a, b := f() */
const char *gx_equal(Gen *g, const char *a, const char *b, Type *t);
const char *nil_test(Gen *g, const char *v, Type *t, bool eq);          /* v == nil */
const char *switch_case_cond(Gen *g, const char *tag, Type *tt, Node *e);
const char *const_value(Gen *g, Node *n, Type *t);
Node *unparen(Node *n);
bool is_blank(Node *n);
bool has_call(Node *n);                              /* evaluating n may call a function */
const char *alloc_site(Gen *g, Node *site, Type *t);  /* pointer to a zeroed T */
const char *make_map_site(Gen *g, Node *site, Type *t, const char *hint);  /* a new map of type t */
/* Appends to b the stores filling the zeroed struct/array lvalue dst from
 * composite literal n of type t. */
void fill_literal(Gen *g, Buf *b, const char *dst, Node *n, Type *t, bool local);
const char *method_receiver_of(Gen *g, Node *sel);    /* receiver argument of x.M */
const char *method_receiver_from(Gen *g, const char *v, Type *t, Sym *m);
const char *arith(Gen *g, int op, const char *a, const char *b, Type *t, Node *shift_count);
const char *type_assert(Gen *g, Node *n, const char *ok_lv);
const char *same_type_test(Gen *g, const char *dyn, Type *t);   /* dynamic type dyn is t */

/* gen_stmt.c */
void gen_block(Gen *g, NodeList stmts);
void gen_stmt(Gen *g, Node *s);
void gen_assign_values(Gen *g, NodeList lhs, NodeList rhs, bool define);

/* gen_func.c */
VarInfo *var_info(Gen *g, Sym *s);
const char *var_ref(Gen *g, Sym *s);          /* lvalue of a variable */
const char *var_addr(Gen *g, Sym *s);         /* its address */
bool var_is_local(Gen *g, Sym *s);            /* unboxed C local of this function */
const char *declare_var(Gen *g, Sym *s, const char *init);  /* emits the declaration */
void analyse_vars(Gen *g);
const char *func_cname(Gen *g, Sym *f);
const char *func_value(Gen *g, Sym *f);       /* gort_func * of a top-level function */
const char *gen_funclit(Gen *g, Node *lit);   /* gort_func * of a closure */
const char *gen_method_value(Gen *g, Node *sel);
const char *gen_method_expr(Gen *g, Node *sel);  /* T.M as a func value */
void gen_function(Gen *g, Node *fn);
void gen_defer_or_go(Gen *g, Node *call, bool is_go);
const char *emit_prototype(Gen *g, const char *name, Type *sig, const char *recv_ctype,
                           const char *recv_name, bool closure, Sym **params);
void gen_globals(Gen *g);

#endif
