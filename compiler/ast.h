/* ast.h: the syntax tree of a Go source file, as the parser builds it and
 * the later passes (type checker, escape analysis, C emitter) consume it.
 *
 * One struct, Node, for every kind of node (chibicc's choice): a kind tag, a
 * position, and a fixed set of child slots whose meaning depends on the kind
 * (the table below). Lists of children are NodeList arrays, never linked.
 *
 * Invariants:
 *  - Every node lives in the compilation's arena (arena.c) and is never freed
 *    on its own; pointers between nodes stay valid for the whole compilation.
 *  - Every node has a valid position (file, 1-based line, 1-based byte column
 *    as gc counts them); the position of a node is that of its first token,
 *    except for binary expressions, selectors, index/slice/call expressions
 *    and assignments, which take the position of their operator token, as
 *    gc does (so diagnostics line up with go build's).
 *  - The parser never leaves a NULL where the grammar requires a node; after
 *    a syntax error it puts an N_BAD node there instead.
 *  - A type expression node shared by several fields (the `int` in
 *    `a, b int`) is the same Node: passes must not assume tree shape there.
 *  - `ty`, `sym`, `mode`, `val`, `esc` and `aux` are zero after parsing; they belong to
 *    the passes that come after (checker, escape analysis, emitter).
 *
 * Child slots by kind (unused slots are NULL / empty):
 *
 *  N_FILE        name = package name; list = declarations in source order
 *                (N_IMPORT, N_CONST, N_VAR, N_TYPE, N_FUNC)
 *  N_IMPORT      name = local name or NULL ("." and "_" included); lit = path
 *                as written (quoted)
 *  N_CONST       list = names (N_IDENT); type = declared type or NULL;
 *                list2 = values (empty: repeat the group's previous values);
 *                iota = index in its group; group = group id (0: none)
 *  N_VAR         list = names; type or NULL; list2 = values (may be empty)
 *  N_TYPE        name; list = type parameters (N_FIELD); type = the type;
 *                op = T_ASSIGN for an alias (type A = B), else 0
 *  N_FUNC        name; recv = receiver N_FIELD or NULL; list = type
 *                parameters; type = N_FUNCTYPE; body = N_BLOCK or NULL
 *
 *  Types (most can also appear where an expression is expected):
 *  N_ARRAYTYPE   x = length (N_DOTS for [...]T); elem = element type
 *  N_SLICETYPE   elem
 *  N_MAPTYPE     x = key type; elem = value type
 *  N_CHANTYPE    op = CHAN_BOTH / CHAN_SEND (chan<-) / CHAN_RECV (<-chan); elem
 *  N_FUNCTYPE    list = parameters (N_FIELD); list2 = results (N_FIELD)
 *  N_STRUCTTYPE  list = fields (N_FIELD)
 *  N_INTERFACETYPE list = methods (N_FIELD with name and N_FUNCTYPE type) and
 *                embedded elements (N_FIELD without name; type may be a
 *                union: N_BINARY '|' of terms, a term may be N_UNARY '~')
 *  N_FIELD       name or NULL (embedded field / unnamed parameter);
 *                type; lit = struct tag as written or NULL;
 *                op = 1 for a variadic parameter (...T, type = T)
 *  N_DOTS        the `...` of [...]T
 *
 *  Expressions:
 *  N_BAD         placeholder after a syntax error
 *  N_IDENT       name (also type names, "_" and predeclared names);
 *                op = 1: a compiler temporary made by the checker, holding
 *                one result of a multi-value call (see N_CALL's list2)
 *  N_BASICLIT    op = T_INT / T_FLOAT / T_IMAG / T_CHAR / T_STRING;
 *                lit = the literal as written
 *  N_COMPOSITELIT type = literal type or NULL (elided inside another
 *                literal); list = elements (values or N_KEYVALUE)
 *  N_KEYVALUE    x = key; y = value
 *  N_FUNCLIT     type = N_FUNCTYPE; body = N_BLOCK
 *  N_PAREN       x
 *  N_SELECTOR    x; name (x.name); end = position of name
 *  N_INDEX       x; list = indices (more than one: generic instantiation)
 *  N_SLICE       x; y = low, z = high, w = max (each may be NULL);
 *                op = 3 for a 3-index slice, else 2
 *  N_TYPEASSERT  x; type (NULL for the x.(type) of a type switch)
 *  N_CALL        x = function or type; list = arguments; op = 1 if the
 *                last argument is followed by ...; list2 (checker) = for
 *                a builtin applied to one multi-value call, b(f()), one
 *                temporary N_IDENT per result of f: the builtin's operands
 *                (call_operands), filled from one evaluation of list[0]
 *  N_STAR        x  (pointer type *T or dereference *p: the parser cannot
 *                tell them apart; the checker decides)
 *  N_UNARY       op = T_ADD, T_SUB, T_NOT, T_XOR, T_AND, T_ARROW, T_TILDE; x
 *  N_BINARY      op = binary operator token; x, y
 *
 *  Statements:
 *  N_BLOCK       list = statements
 *  N_EMPTY       (nothing)
 *  N_LABELED     name = label; body = the statement
 *  N_EXPRSTMT    x
 *  N_SEND        x = channel; y = value
 *  N_INCDEC      op = T_INC or T_DEC; x
 *  N_ASSIGN      op = T_ASSIGN, T_DEFINE or a compound T_ADD_ASSIGN...;
 *                list = left side; list2 = right side
 *  N_DECLSTMT    list = N_CONST / N_VAR / N_TYPE declarations
 *  N_GO, N_DEFER x = the call
 *  N_RETURN      list = results
 *  N_BRANCH      op = T_BREAK / T_CONTINUE / T_GOTO / T_FALLTHROUGH;
 *                name = label or NULL
 *  N_IF          init (simple statement or NULL); cond; body = N_BLOCK;
 *                els = N_IF, N_BLOCK or NULL
 *  N_FOR         init, cond, post (each may be NULL); body
 *  N_RANGE       list = key and value (0-2 exprs); op = T_DEFINE, T_ASSIGN
 *                or 0 (for range x); x = the ranged expression; body
 *  N_SWITCH      init; x = tag or NULL; list = N_CASE clauses
 *  N_TYPESWITCH  init; name = bound variable (x := y.(type)) or NULL;
 *                x = the expression whose type is switched on; list = N_CASE;
 *                y = the guard N_TYPEASSERT (at the bound variable's position)
 *  N_CASE        list = expressions or types (empty for default);
 *                op = 1 for default; list2 = body statements
 *  N_SELECT      list = N_COMMCLAUSE clauses
 *  N_COMMCLAUSE  x = N_SEND, N_EXPRSTMT(<-c) or N_ASSIGN(v[, ok] = / := <-c),
 *                NULL for default; list2 = body statements
 */
#ifndef GOMEM_AST_H
#define GOMEM_AST_H

#include <stddef.h>

typedef struct Node Node;
struct Type;   /* type checker (types.c) */
struct Sym;    /* type checker: the object a name denotes */

typedef enum {
    N_BAD,
    N_FILE, N_IMPORT, N_CONST, N_VAR, N_TYPE, N_FUNC,
    N_ARRAYTYPE, N_SLICETYPE, N_MAPTYPE, N_CHANTYPE, N_FUNCTYPE,
    N_STRUCTTYPE, N_INTERFACETYPE, N_FIELD, N_DOTS,
    N_IDENT, N_BASICLIT, N_COMPOSITELIT, N_KEYVALUE, N_FUNCLIT, N_PAREN,
    N_SELECTOR, N_INDEX, N_SLICE, N_TYPEASSERT, N_CALL, N_STAR, N_UNARY,
    N_BINARY,
    N_BLOCK, N_EMPTY, N_LABELED, N_EXPRSTMT, N_SEND, N_INCDEC, N_ASSIGN,
    N_DECLSTMT, N_GO, N_DEFER, N_RETURN, N_BRANCH, N_IF, N_FOR, N_RANGE,
    N_SWITCH, N_TYPESWITCH, N_CASE, N_SELECT, N_COMMCLAUSE,
    N_KIND_COUNT
} NodeKind;

/* Channel directions (N_CHANTYPE.op). */
enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

/* A source position: gc's file:line:col, col counted in bytes from 1. */
typedef struct {
    const char *file;
    int line;
    int col;
} Pos;

typedef struct {
    Node **items;
    int len;
} NodeList;

struct Node {
    NodeKind kind;
    int op;               /* operator token, literal kind, flags (see table) */
    Pos pos;
    const char *name;     /* identifier, selector, label, decl name */
    const char *lit;      /* literal text, import path, struct tag */
    Node *x, *y, *z, *w;  /* generic operands (see table) */
    Node *type;           /* type expression */
    Node *elem;           /* element type of composite types */
    Node *recv;           /* method receiver */
    Node *init, *cond, *post, *body, *els;
    NodeList list, list2;
    Pos end;              /* N_BLOCK, N_COMPOSITELIT: the closing brace;
                             N_SELECTOR, N_FUNC: the name; N_BRANCH: the label;
                             N_RANGE: the `range` keyword */
    int iota;             /* N_CONST: index in its group */
    int group;            /* N_CONST: group id, 0 when not in a group */

    /* Filled by later passes; zero after parsing. */
    struct Type *ty;      /* checker: the type of this expression / decl */
    struct Sym *sym;      /* checker: the object an identifier denotes */
    int mode;             /* checker: operand mode (types.h Mode) */
    struct Const *val;    /* checker: constant value, or NULL */
    int esc;              /* escape analysis: decision for this node */
    void *aux;            /* per-pass scratch (e.g. escape's location) */
};

const char *ast_kind_name(NodeKind k);

/* A call's operands: its written arguments, or, for a builtin applied to
 * one multi-value call, the temporaries holding that call's results. */
static inline NodeList call_operands(const Node *call) {
    return call->list2.len ? call->list2 : call->list;
}

#endif
