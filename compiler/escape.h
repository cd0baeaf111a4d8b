/* escape.h: the internal interface of escape analysis (escape*.c), the
 * algorithm of Go's compiler (cmd/compile/internal/escape) on gomem's AST.
 *
 * Glossary:
 *   EscFunc  one function being analysed: a declared function or method
 *            (N_FUNC) or a function literal (N_FUNCLIT, a "closure")
 *   EscLoc   a location: a variable, an allocation site, a temporary, or
 *            the heap; it holds its incoming edges
 *   EscEdge  "src flows into this location with `derefs` dereferences"
 *            (-1: the address of src, 0: its value, 1: what it points to)
 *   Hole     where an expression's value goes: a location plus derefs,
 *            with the notes that explain the path (-m=2)
 *   Esc      the state of one analysis run (one package)
 *   Batch    the functions analysed together (one strongly connected
 *            component of the call graph, closures with their function)
 *
 * Invariants: every location lives in the compilation's arena; a variable
 * has exactly one location (found through Esc.vars); an edge's derefs is
 * >= -1; a location's `escapes` flag only ever goes from false to true,
 * and so do `transient` (true to false) and each leak level (it only
 * decreases), so the solver terminates in linear time.
 */
#ifndef GOMEM_ESCAPE_H
#define GOMEM_ESCAPE_H

#include "types.h"

enum { ESC_RESULTS = 7 };            /* leak levels kept per result (gc's) */
enum { ESC_MAX_STACK_VAR = 10 << 20 };       /* declared variables */
enum { ESC_MAX_IMPLICIT_STACK_VAR = 64 << 10 };  /* new, &T{}, make, closures */

/* Synthetic nodes (kind N_BAD, op one of these) stand for the nodes gc
 * inserts that gomem's tree does not have; they exist only in escape. */
enum {
    SYN_NONE = 0,
    SYN_CONVIFACE = 1000,   /* implicit conversion to interface: x = operand */
    SYN_DDDARG,             /* the implicit slice of a variadic call: list = args */
    SYN_CLOSUREVAR,         /* a captured variable inside a closure: sym, pos */
    SYN_TEMP,               /* a compiler temporary (name "~R0", ".autotmp") */
    SYN_WRAPPER,            /* the closure gc wraps a go/defer call in */
};

typedef struct EscFunc EscFunc;
typedef struct EscLoc EscLoc;
typedef struct Esc Esc;

typedef struct EscNote {
    struct EscNote *next;
    Node *where;
    const char *why;
} EscNote;

typedef struct {
    EscLoc *src;
    int derefs;
    EscNote *notes;
} EscEdge;

typedef struct {
    EscLoc *dst;
    int derefs;
    EscNote *notes;
    bool addrtaken;       /* this hole takes the address of what flows in */
} Hole;

/* Leak levels of a parameter: [0] the heap, [1+i] result i; each is the
 * minimum number of dereferences, or -1 for "does not leak there". */
typedef struct { int level[1 + ESC_RESULTS]; } Leaks;

struct EscLoc {
    Node *n;              /* allocation site (real or synthetic), or NULL */
    Sym *var;             /* the variable, or NULL */
    Type *type;           /* type of a variable or temporary (NULL: has pointers) */
    const char *name;     /* printed name of a variable or temporary */
    Pos pos;
    EscFunc *fn;          /* enclosing function */
    EscEdge *edges;       /* incoming */
    int nedges, capedges;
    int loop_depth;
    int result_index;     /* 1 + index for a result, else 0 */
    bool is_param;        /* a parameter (receiver included) */
    bool is_heap;
    /* the solver's walk */
    int derefs;
    unsigned walkgen;
    EscLoc *dst;
    int dst_edge;
    bool queued;
    bool escapes;
    bool transient;
    Leaks leaks;          /* parameters: where they leak */
    bool captured, reassigned, addrtaken;
    /* where the decision goes: Node.esc (shifted) or Sym.esc */
    Node *record;
    int record_shift;
    Node *capture_node;   /* go/defer temporaries: the wrapper's variable */
};

enum { FN_UNKNOWN, FN_PLANNED, FN_STARTED, FN_TAGGED };

struct EscFunc {
    Node *decl;           /* N_FUNC or N_FUNCLIT */
    Node *body;           /* N_BLOCK, or NULL (stub) */
    Type *sig;            /* TY_FUNC, parameters without the receiver */
    const char *name;     /* gc's name: f, T.m, (*T).m, f.func1 */
    const char *pkg;      /* package path of a stub, else NULL */
    EscFunc *outer;       /* closures: the enclosing function */
    int nclosures;        /* closures named so far (f.funcN) */
    int state;            /* FN_* */
    bool closure_called;  /* a func literal called where it stands */
    Sym *recv;            /* receiver variable, or NULL */
    bool has_recv;
    EscLoc **params;      /* receiver first (if any), then parameters */
    int nparams;
    EscLoc **results;
    int nresults;
    Leaks *tags;          /* per parameter, once tagged (stubs: from the table) */
    Sym **captures;       /* closures: captured variables, first use first */
    Pos *capture_pos;     /* where each capture is first used */
    int ncaptures;
    unsigned visit_id;    /* call-graph walk */
    PtrVec *global_inits; /* the package's init: N_VAR specs to initialize */
    int ntemps;           /* .autotmp_N temporaries made so far */
};

/* A pointer-keyed hash map (open addressing), arena-allocated. */
typedef struct {
    const void **keys;
    void **vals;
    int cap, len;
} PtrMap;
void *ptrmap_get(const PtrMap *m, const void *key);
void ptrmap_put(Arena *a, PtrMap *m, const void *key, void *val);

/* Temporaries gc's front end makes for a call before escape analysis. */
enum { IRT_RECV = 1, IRT_CALLEE, IRT_RESULTS };
typedef struct IrTemps {
    int kind;             /* IRT_RECV: f().m(); IRT_CALLEE: f()(x);
                             IRT_RESULTS: g(f()) with f multi-valued, g a
                             function or a builtin (ast.h N_CALL list2) */
    int first, n;         /* .autotmp_first ... */
    Node **nodes;         /* the temporaries as printable nodes (walk) */
    struct IrTemps *results;  /* IRT_RECV/IRT_CALLEE: also g(f()) results' */
} IrTemps;

typedef struct {
    Hole k;
    EscFunc *clo;
    Node *node;           /* the N_FUNCLIT, or the go/defer statement */
    Node *call;           /* go/defer wrappers: the wrapped call */
    EscLoc **temps;       /* go/defer wrappers: the captured temporaries */
    int ntemps;
} PendingClosure;

struct Esc {
    Arena *arena;
    const BuildOptions *opt;
    FILE *out;
    bool header_printed;  /* go build's "# command-line-arguments" */
    int m;                /* opt->m_level */
    const char *pkg_name; /* gc's prefix for the package's own names */
    PtrMap vars;          /* Sym* -> EscLoc* */
    PtrMap funcs;         /* Node* (N_FUNC/N_FUNCLIT) and Sym* -> EscFunc* */
    PtrMap reassigned;    /* Sym* -> non-NULL if assigned after its definition */
    PtrMap defs;          /* Sym* -> the expression a local is defined with */
    PtrMap devirt;        /* interface call Node* -> the concrete type it calls */
    PtrMap irtemps;       /* call Node* -> IrTemps */
    PtrMap dead;          /* statements gc's dead-code pass removes */
    PtrMap calls_done;    /* calls the walk has reached (printed as gc rewrote them) */
    PtrMap arg_temps;     /* argument Node* -> name of the go/defer temporary replacing it */
    EscLoc heap, blank;
    PtrVec all_locs;      /* of the current batch, in creation order */
    PtrVec closures;      /* PendingClosure*, of the current batch */
    PtrVec all_funcs;     /* every top-level EscFunc with a body, in order */
    PtrVec global_inits;  /* package-level N_VAR specs with values */
    int unhandled;        /* constructs treated conservatively */
    int glob_closures;    /* func literals outside functions (glob..funcN) */
    /* the walker */
    EscFunc *curfn;
    int loop_depth;
    const char **labels;  /* labels of the current function ... */
    int *label_state;     /* ... and whether a goto jumps back to them */
    int nlabels;
    PendingClosure *wrapper;  /* the go/defer wrapper whose call is being walked */
};

/* ---- escape_graph.c: locations, holes, flows, the solver --------------- */
EscLoc *esc_new_loc(Esc *e, Node *n, bool transient);
EscLoc *esc_var_loc(Esc *e, Sym *s);       /* existing location of a variable */
Hole esc_hole(EscLoc *l);
Hole esc_heap_hole(Esc *e);
Hole esc_discard_hole(Esc *e);
Hole esc_note(Esc *e, Hole k, Node *where, const char *why);
Hole esc_shift(Hole k, int delta);
Hole esc_deref(Esc *e, Hole k, Node *where, const char *why);
Hole esc_addr(Esc *e, Hole k, Node *where, const char *why);
void esc_flow(Esc *e, Hole k, EscLoc *src);
Hole esc_tee(Esc *e, Hole *ks, int n);
Hole esc_later(Esc *e, Hole k);
Hole esc_spill(Esc *e, Hole k, Node *n);
/* A compiler temporary holding a value of type t (at the current depth). */
EscLoc *esc_new_temp(Esc *e, Node *n, Type *t);
void esc_walk_all(Esc *e);
const char *esc_loc_string(Esc *e, EscLoc *l);
void esc_leaks_init(Leaks *l);

/* ---- escape_expr.c: expressions and calls to flows ------------------------ */
void esc_walk_func(Esc *e, EscFunc *fn);
void esc_expr(Esc *e, Hole k, Node *n);
/* src evaluated into k after its implicit conversion to dst_type (a boxing
 * at conv_pos when a concrete value goes into an interface). */
void esc_expr_to(Esc *e, Hole k, Node *src, Type *dst_type, Pos conv_pos);
/* An allocation site n whose decision is recorded on `record` << shift. */
Hole esc_spill_at(Esc *e, Hole k, Node *n, Node *record, int shift);
/* gc's base.Pos after evaluating n (where its implicit conversions go). */
Pos esc_last_pos(Node *n, Pos pos);
/* A call; ks[i] receives result i (ks NULL: results unused). */
void esc_call(Esc *e, Hole *ks, int nks, Node *call);
/* A variable's value into k (nothing when its type holds no pointers). */
void esc_flow_var(Esc *e, Hole k, EscLoc *l);

/* ---- escape_stmt.c: statements, closures, go/defer ------------------------ */
void esc_closure_expr(Esc *e, Hole k, Node *lit);
void esc_wrapper_capture(Esc *e, EscLoc *tmp);
EscLoc *esc_wrap_temp(Esc *e, Node *arg, Type *t, Hole *assign);
/* Is a package-level initializer static data (no code, no analysis)? */
bool esc_static_init(Node *n);
/* Does a package-level var spec need code in init (not static data, not
 * var _ = v with v free of side effects, which gc drops)? */
bool esc_global_needs_code(Node *spec);
void esc_flow_closure(Esc *e, PendingClosure *pc);
/* The callee of a call, when it is statically known. */
typedef struct {
    EscFunc *fn;          /* NULL: unknown (func value, interface method) */
    Node *recv;           /* x of x.m(...) */
    bool method_call;     /* x.m(...): the receiver is recv */
    bool recv_in_args;    /* T.m(x, ...) or a variable holding T.m */
    Type *devirt;         /* interface call devirtualized to this type */
} Callee;
void esc_static_callee(Esc *e, Node *call, Callee *c);
/* func: the N_FUNC / N_FUNCLIT where n is used. */
Node *esc_static_value(Esc *e, Node *n, Node *func);
/* How many temporaries gc's front end makes for call (kind: IRT_*). */
int esc_irgen_temps(Esc *e, Node *call, int *kind, int *nresults);
IrTemps *esc_result_temps(Esc *e, Node *call);
Type *esc_devirtualized(Esc *e, Node *call, Node *func);
bool esc_is_type_expr(Node *n);
/* The path to field or method `name` in t through embedded fields: per
 * step, whether it goes through a pointer, and (names, may be NULL) the
 * embedded field taken. Returns the number of steps, 0 if not found. */
int esc_member_path(Type *t, const char *name, bool *steps, const char **names, int max);
/* Does t contain pointers (gc's HasPointers)? */
bool esc_has_pointers(Type *t);
/* Is t stored directly in an interface word (pointer-shaped)? */
bool esc_direct_iface(Type *t);

/* ---- escape_print.c: nodes and types as gc prints them ------------------ */
const char *esc_node_string(Esc *e, Node *n);
const char *esc_type_string(Esc *e, Type *t);
const char *esc_pos_string(Esc *e, Pos pos);
void esc_printf(Esc *e, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- escape.c: functions, batches, tags ------------------------------------ */
EscFunc *esc_func_of(Esc *e, Node *decl);  /* N_FUNC / N_FUNCLIT -> EscFunc */
EscFunc *esc_func_of_sym(Esc *e, Sym *fn); /* a function or method symbol */
bool esc_in_mutual_batch(EscFunc *fn);
Node *esc_synthetic(Esc *e, int op, Pos pos);

/* ---- escape_dead.c: gc's dead-code pass, as marks --------------------------- */
void esc_mark_dead(Esc *e, Node *body);
bool esc_is_dead(Esc *e, Node *n);

/* ---- escape_stdlib.c: Go's own leak tags for the standard-library stubs -- */
/* Fills tags (one per parameter, receiver first) for the stub function
 * pkg.name ("(*T).m" / "T.m" for methods); false if it is not known. */
bool esc_stdlib_tags(const char *pkg, const char *name, Leaks *tags, int nparams);

#endif
