/* escape_print.c: expressions and types printed the way gc's -m output
 * prints them (cmd/compile/internal/ir/fmt.go and types/fmt.go), which is
 * not types2's style that print.c follows: composite literals are T{...}
 * (or T{} when empty), func literals "func literal", the implicit slice of
 * a variadic call "... argument", conversions to an unnamed type
 * parenthesised ("([]byte)(s)"), concrete method calls in the form gc
 * rewrites them to ("T.m(x)", "(*T).m(p)"), the empty interface
 * "interface {}" unless spelled `any`, and constants as written in the
 * source.  Types print from the checker's type objects alone: like
 * types2's, they keep the source's spelling (ty_any, ty_byte and ty_rune
 * are objects of their own; an alias denotes the type it stands for);
 * inside an interface, from its first unexported method on, types are
 * spelled as gc's link names (byte is uint8 there, see Spelling); a
 * string([]MyByte) shows the ([]byte) conversion gc inserts.
 *
 * Invariant: printing never fails; an unknown node prints as "?".
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

/* The text being built, and the analysis it is for (the package name). */
typedef struct {
    ArenaStr s;
    Esc *e;
} Buf;

static void put(Buf *b, const char *s) { astr_put(&b->s, s); }

/* ---- types ----------------------------------------------------------------- */

/* gc prints a type in -m output as Go source (its fmtGo mode), except in
 * the signature of an interface's unexported method and whatever follows
 * it in that interface: there it is the type's link name (fmtTypeID):
 * byte, rune and any are uint8, int32 and interface {}, and the package's
 * own defined types, unexported method and field names are qualified by
 * the package name (a type declared in a function also by its ·N). */
typedef enum { AS_SOURCE, AS_LINK_NAME } Spelling;

static void put_type_as(Buf *b, Type *t, Spelling sp);

static void put_type(Buf *b, Type *t) { put_type_as(b, t, AS_SOURCE); }

/* Go's rule for exported names (ASCII letters only here). */
static bool is_exported(const char *name) {
    return name && name[0] >= 'A' && name[0] <= 'Z';
}

/* A name of the package's own, as gc prints it in spelling sp. */
static void put_own_name(Buf *b, const char *name, Spelling sp) {
    if (sp == AS_LINK_NAME) {
        put(b, b->e->pkg_name);
        put(b, ".");
    }
    put(b, name);
}

/* An embedded field in a link name reads "Name = T" unless Name is what
 * embedding T names it anyway (a defined type's own name). */
static bool embeds_own_name(const Field *f) {
    Type *t = f->type && f->type->kind == TY_POINTER ? f->type->elem : f->type;
    return t && t->kind == TY_NAMED && t != ty_error && f->name && strcmp(f->name, t->name) == 0;
}

static void put_struct(Buf *b, Type *t, Spelling sp) {
    if (t->nfields == 0) {
        put(b, "struct {}");
        return;
    }
    put(b, "struct { ");
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        if (i)
            put(b, "; ");
        bool named = !f->embedded || (sp == AS_LINK_NAME && !embeds_own_name(f));
        if (named && f->name) {
            if (is_exported(f->name))
                put(b, f->name);
            else
                put_own_name(b, f->name, sp);
            put(b, f->embedded ? " = " : " ");
        }
        put_type_as(b, f->type, sp);
        if (f->tag) {
            put(b, " ");
            put(b, f->tag);
        }
    }
    put(b, " }");
}

static void put_signature(Buf *b, Type *t, Spelling sp) {
    put(b, "(");
    for (int i = 0; i < t->nfields; i++) {
        if (i)
            put(b, ", ");
        if (t->variadic && i == t->nfields - 1 && t->fields[i].type->kind == TY_SLICE) {
            put(b, "...");
            put_type_as(b, t->fields[i].type->elem, sp);
        } else {
            put_type_as(b, t->fields[i].type, sp);
        }
    }
    put(b, ")");
    if (t->nresults > 1)
        put(b, " (");
    else if (t->nresults == 1)
        put(b, " ");
    for (int i = 0; i < t->nresults; i++) {
        if (i)
            put(b, ", ");
        put_type_as(b, t->results[i].type, sp);
    }
    if (t->nresults > 1)
        put(b, ")");
}

/* gc's method order (types.Sym.Less): exported names first, then by name. */
static int method_order(const void *x, const void *y) {
    const Field *a = *(const Field *const *)x, *b = *(const Field *const *)y;
    bool ea = is_exported(a->name), eb = is_exported(b->name);
    if (ea != eb)
        return ea ? -1 : 1;
    return strcmp(a->name, b->name);
}

static void put_interface(Buf *b, Type *t, Spelling sp) {
    if (t->nfields == 0) {   /* the spelling the source used (types.AnyType) */
        put(b, t == ty_any && sp == AS_SOURCE ? "any" : "interface {}");
        return;
    }
    Field **methods = arena_alloc(b->e->arena, sizeof(Field *) * (size_t)t->nfields);
    for (int i = 0; i < t->nfields; i++)
        methods[i] = &t->fields[i];
    qsort(methods, (size_t)t->nfields, sizeof *methods, method_order);
    put(b, "interface { ");
    for (int i = 0; i < t->nfields; i++) {
        if (i)
            put(b, "; ");
        if (!is_exported(methods[i]->name))
            sp = AS_LINK_NAME;   /* and for the methods after it (gc's tconv2) */
        if (is_exported(methods[i]->name))
            put(b, methods[i]->name);
        else
            put_own_name(b, methods[i]->name, sp);
        if (methods[i]->type && methods[i]->type->kind == TY_FUNC)
            put_signature(b, methods[i]->type, sp);
    }
    put(b, " }");
}

static void put_named(Buf *b, Type *t, Spelling sp) {
    if (t == ty_error) {
        put(b, "error");
        return;
    }
    if (t->pkg) {   /* a stub package's type: its name is its path */
        put(b, t->pkg);
        put(b, ".");
        put(b, t->name);
        return;
    }
    put_own_name(b, t->name, sp);
    if (sp == AS_LINK_NAME && t->local_id) {
        char id[32];
        snprintf(id, sizeof id, "·%d", t->local_id);
        put(b, id);
    }
}

static const char *basic_name(TypeKind k) {
    static const char *names[] = {
        [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
        [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
        [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
        [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
        [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
        [TY_UNSAFE_POINTER] = "unsafe.Pointer", [TY_UNTYPED_BOOL] = "bool",
        [TY_UNTYPED_INT] = "int", [TY_UNTYPED_RUNE] = "rune", [TY_UNTYPED_FLOAT] = "float64",
        [TY_UNTYPED_COMPLEX] = "complex128", [TY_UNTYPED_STRING] = "string",
        [TY_UNTYPED_NIL] = "nil",
    };
    return k < (int)(sizeof names / sizeof names[0]) && names[k] ? names[k] : "?";
}

static void put_type_as(Buf *b, Type *t, Spelling sp) {
    if (!t) {
        put(b, "?");
        return;
    }
    switch (t->kind) {
    case TY_NAMED: put_named(b, t, sp); return;
    case TY_POINTER: put(b, "*"); put_type_as(b, t->elem, sp); return;
    case TY_SLICE: put(b, "[]"); put_type_as(b, t->elem, sp); return;
    case TY_ARRAY: {
        char n[32];
        snprintf(n, sizeof n, "[%lld]", (long long)t->len);
        put(b, n);
        put_type_as(b, t->elem, sp);
        return;
    }
    case TY_MAP:
        put(b, "map[");
        put_type_as(b, t->key, sp);
        put(b, "]");
        put_type_as(b, t->elem, sp);
        return;
    case TY_CHAN: {
        put(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        bool paren = t->dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
        put(b, paren ? "(" : "");   /* chan (<-chan T) */
        put_type_as(b, t->elem, sp);
        put(b, paren ? ")" : "");
        return;
    }
    case TY_FUNC: put(b, "func"); put_signature(b, t, sp); return;
    case TY_STRUCT: put_struct(b, t, sp); return;
    case TY_INTERFACE: put_interface(b, t, sp); return;
    case TY_TUPLE:
        put(b, "(");
        for (int i = 0; i < t->nfields; i++) {
            put(b, i ? ", " : "");
            put_type_as(b, t->fields[i].type, sp);
        }
        put(b, ")");
        return;
    default:
        put(b, sp == AS_SOURCE && type_alias_name(t) ? type_alias_name(t) : basic_name(t->kind));
        return;
    }
}

const char *esc_type_string(Esc *e, Type *t) {
    Buf b = {{e->arena, NULL, 0, 0}, e};
    put_type(&b, t);
    return b.s.buf ? b.s.buf : "";
}

/* ---- expressions ------------------------------------------------------------- */

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static int binary_prec(int op) {
    int p = token_binary_prec(op);
    return p ? p + 1 : 0;   /* ||=2 &&=3 cmp=4 add=5 mul=6 */
}

static int node_prec(Node *n) {
    switch (n->kind) {
    case N_BINARY:   /* gc's OADDSTR has no precedence: parenthesised in any operand */
        if (n->op == T_ADD && n->mode != MODE_CONST && n->ty && type_is_string(n->ty))
            return 0;
        return binary_prec(n->op);
    case N_UNARY: case N_STAR: return 7;
    default: return 8;
    }
}

static void put_expr(Esc *e, Buf *b, Node *n, int prec);
static void put_embedded_path(Buf *b, Type *t, const char *m);

/* An operand of a call: inside a go/defer wrapper, gc has replaced it by
 * the temporary holding its value. */
static void put_operand(Esc *e, Buf *b, Node *n, int prec) {
    const char *tmp = e->arg_temps.len ? ptrmap_get(&e->arg_temps, unparen(n)) : NULL;
    if (tmp)
        put(b, tmp);
    else
        put_expr(e, b, n, prec);
}

static void put_list(Esc *e, Buf *b, NodeList l) {
    for (int i = 0; i < l.len; i++) {
        if (i)
            put(b, ", ");
        put_expr(e, b, l.items[i], 0);
    }
}

static bool is_type_node(Node *n) {
    return esc_is_type_expr(n);
}

/* The type of a conversion T(x): in parentheses unless gc's type has a
 * name. */
static void put_conv_type(Buf *b, Type *t) {
    bool named = t && (t->kind == TY_NAMED || t == ty_any || (t->kind < TY_NAMED && t->kind != TY_UNSAFE_POINTER));
    if (!named)
        put(b, "(");
    put_type(b, t);
    if (!named)
        put(b, ")");
}

/* The arguments of a call as gc prints them after FixVariadicCall: the
 * variadic ones packed into "... argument..." (`sep`: before the first). */
static void put_temp(Buf *b, int index);

/* g(f()) with f multi-valued: gc's front end keeps the call as written
 * for printing (its Orig), except for copy and complex, which it rebuilds
 * over the temporaries holding f's results. */
static bool put_spread_args(Esc *e, Buf *b, Node *call, bool sep) {
    IrTemps *it = esc_result_temps(e, call);
    if (!it)
        return false;
    Node *f = unparen(call->x);
    bool rebuilt = f->sym && f->sym->kind == SYM_BUILTIN &&
                   (f->sym->builtin == BI_COPY || f->sym->builtin == BI_COMPLEX);
    if (sep)
        put(b, ", ");
    for (int i = 0; rebuilt && i < it->n; i++) {
        if (i)
            put(b, ", ");
        put_temp(b, it->first + i);
    }
    if (!rebuilt)
        put_operand(e, b, call->list.items[0], 0);
    put(b, ")");
    return true;
}

static void put_args(Esc *e, Buf *b, Node *call, bool sep) {
    if (put_spread_args(e, b, call, sep))
        return;
    Node *f = unparen(call->x);
    Type *sig = f && f->ty && f->ty->kind == TY_FUNC ? f->ty : NULL;
    int fixed = call->list.len;
    /* gc packs the variadic arguments when escape analysis reaches the
     * call (FixVariadicCall): printed before that, the call is intact */
    bool packed = sig && sig->variadic && !call->op && !(f->kind == N_SELECTOR && f->x->mode == MODE_TYPE) &&
                  ptrmap_get(&e->calls_done, call);
    if (packed)
        fixed = sig->nfields - 1;
    for (int i = 0; i < call->list.len && i < fixed; i++) {
        if (sep || i)
            put(b, ", ");
        put_operand(e, b, call->list.items[i], 0);
    }
    if (fixed < call->list.len) {
        if (sep || fixed)
            put(b, ", ");
        put(b, "... argument...");
    } else if (packed) {   /* no variadic argument: gc passes a nil slice */
        if (sep || fixed)
            put(b, ", ");
        put(b, "nil...");
    }
    put(b, call->op ? "...)" : ")");
}

static void put_temp(Buf *b, int index) {
    char name[32];
    snprintf(name, sizeof name, ".autotmp_%d", index);
    put(b, name);
}

/* The embedded fields on the way from a value of type t to method m. */
static void put_embedded_path(Buf *b, Type *t, const char *m) {
    bool steps[16];
    const char *names[16];
    int n = esc_member_path(t, m, steps, names, 16);
    for (int i = 0; i + 1 < n; i++) {
        put(b, ".");
        put(b, names[i] ? names[i] : "?");
    }
}

static void put_method_name(Buf *b, Sym *m) {
    if (m->ptr_recv) {
        put(b, "(*");
        put_type(b, m->recv_base);
        put(b, ")");
    } else {
        put_type(b, m->recv_base);
    }
    put(b, ".");
    put(b, m->name);
}

/* A concrete method call x.m(args) as gc rewrites it: T.m(x, args). */
static bool put_method_call(Esc *e, Buf *b, Node *call) {
    Node *sel = unparen(call->x);
    Type *devirt = ptrmap_get(&e->devirt, call);
    bool done = ptrmap_get(&e->calls_done, call) != NULL;   /* gc's FixMethodCall ran */
    if (devirt && sel->kind == N_SELECTOR && !done) {   /* x.(T).m(args) */
        put_expr(e, b, sel->x, 8);
        put(b, ".(");
        put_type(b, devirt);
        put(b, ").");
        put(b, sel->name);
        put(b, "(");
        put_args(e, b, call, false);
        return true;
    }
    if (devirt && sel->kind == N_SELECTOR) {   /* T.m(x.(T), args) */
        bool ptr;
        Sym *m = type_method(devirt, sel->name, &ptr);
        if (m && m->recv_base)
            put_method_name(b, m);
        else
            put_conv_type(b, devirt);
        if (!m || !m->recv_base) {
            put(b, ".");
            put(b, sel->name);
        }
        put(b, "(");
        put_expr(e, b, sel->x, 8);
        put(b, ".(");
        put_type(b, devirt);
        put(b, ")");
        put_embedded_path(b, devirt, sel->name);
        put_args(e, b, call, true);
        return true;
    }
    if (!done || !sel || sel->kind != N_SELECTOR || !sel->sym || sel->sym->kind != SYM_FUNC ||
        !sel->sym->recv_base || is_type_node(sel->x) || (sel->x->mode == MODE_PKG))
        return false;
    if (sel->sym->ptr_recv) {
        put(b, "(*");
        put_type(b, sel->sym->recv_base);
        put(b, ")");
    } else {
        put_type(b, sel->sym->recv_base);
    }
    put(b, ".");
    put(b, sel->name);
    put(b, "(");
    IrTemps *it = ptrmap_get(&e->irtemps, call);
    if (it && it->kind == IRT_RECV)
        put_temp(b, it->first);
    else
        put_operand(e, b, sel->x, 8);
    put_embedded_path(b, sel->x->ty, sel->name);
    put_args(e, b, call, true);
    return true;
}

/* string(x) of a slice of a defined byte or rune type ([]MyByte): gc's
 * front end converts x to []byte ([]rune) first, and prints that
 * conversion. Returns its text, or NULL when there is none. */
static const char *string_conv_via(Node *conv) {
    Node *arg = unparen(conv->list.items[0]);
    if (!conv->ty || !type_is_string(conv->ty) || !arg->ty || type_under(arg->ty)->kind != TY_SLICE)
        return NULL;
    Type *elem = type_under(arg->ty)->elem;
    if (elem->kind != TY_NAMED)
        return NULL;
    return type_under(elem)->kind == TY_UINT8 ? "([]byte)" : "([]rune)";
}

static void put_call(Esc *e, Buf *b, Node *n) {
    Node *f = unparen(n->x);
    if (is_type_node(f) && n->list.len == 1) {
        Node *arg = unparen(n->list.items[0]);
        Type *u = n->ty ? type_under(n->ty) : NULL;
        if (u && u->kind == TY_SLICE && type_under(u->elem)->kind == TY_INT32 && arg->mode == MODE_CONST &&
            arg->val && arg->val->kind == CONST_STRING) {   /* gc folds []rune("...") to a literal */
            put_type(b, n->ty);
            put(b, arg->val->slen ? "{...}" : "{}");
            return;
        }
        put_conv_type(b, n->ty);
        put(b, "(");
        const char *via = string_conv_via(n);
        if (via) {
            put(b, via);
            put(b, "(");
        }
        put_expr(e, b, n->list.items[0], 0);
        put(b, via ? "))" : ")");
        return;
    }
    if (put_method_call(e, b, n))
        return;
    IrTemps *it = ptrmap_get(&e->irtemps, n);
    if (it && it->kind == IRT_CALLEE) {
        put_temp(b, it->first);
    } else if (it && it->kind == IRT_RECV && f->kind == N_SELECTOR) {   /* f().(I).m(): interface receiver */
        put_temp(b, it->first);
        put(b, ".");
        put(b, f->name);
    } else {
        put_operand(e, b, f, 8);
    }
    put(b, "(");
    if (f->sym && f->sym->kind == SYM_BUILTIN && (f->sym->builtin == BI_NEW || f->sym->builtin == BI_MAKE) &&
        n->list.len > 0) {
        put_type(b, n->list.items[0]->ty);
        for (int i = 1; i < n->list.len; i++) {
            put(b, ", ");
            put_expr(e, b, n->list.items[i], 0);
        }
        put(b, n->op ? "...)" : ")");
    } else {
        put_args(e, b, n, false);
    }
}

static void put_complit(Buf *b, Node *n) {
    Type *t = n->ty;
    if (t && t->kind == TY_POINTER) {   /* elided &T in an outer literal */
        put(b, "&");
        t = t->elem;
    }
    put_type(b, t);
    put(b, n->list.len ? "{...}" : "{}");
}

static void put_synthetic(Esc *e, Buf *b, Node *n, int prec) {
    switch (n->op) {
    case SYN_CONVIFACE: put_expr(e, b, n->x, prec); return;
    case SYN_DDDARG: put(b, "... argument"); return;
    case SYN_WRAPPER: put(b, "func literal"); return;
    default: put(b, n->name ? n->name : "?"); return;
    }
}

/* A constant expression keeps its source form in gc's messages (the
 * array length as written, literals as {…}) where it has a composite
 * literal in it; elsewhere the two printings agree. */
static bool has_composite(Node *n) {
    if (!n)
        return false;
    if (n->kind == N_COMPOSITELIT)
        return true;
    if (has_composite(n->x) || has_composite(n->y))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_composite(n->list.items[i]))
            return true;
    return false;
}

static void put_expr(Esc *e, Buf *b, Node *n, int prec) {
    n = unparen(n);
    if (!n) {
        put(b, "?");
        return;
    }
    if (n->kind == N_BAD) {
        put_synthetic(e, b, n, prec);
        return;
    }
    if (n->mode == MODE_CONST && has_composite(n)) {   /* len([N]T{...}): the source, as types2 quotes it */
        put(b, node_string(e->arena, n));
        return;
    }
    int np = node_prec(n);
    bool paren = prec > np;
    if (paren)
        put(b, "(");
    switch (n->kind) {
    case N_IDENT: put(b, n->name); break;
    case N_BASICLIT: put(b, n->lit); break;
    case N_COMPOSITELIT: put_complit(b, n); break;
    case N_FUNCLIT: put(b, "func literal"); break;
    case N_SELECTOR:
        if (n->x->mode == MODE_TYPE) {
            put_conv_type(b, n->x->ty);
        } else {
            put_expr(e, b, n->x, 8);
            if (n->sym && (n->sym->kind == SYM_FIELD || n->sym->kind == SYM_FUNC) && n->x->mode != MODE_PKG)
                put_embedded_path(b, n->x->ty, n->name);   /* gc's implicit dots */
        }
        put(b, ".");
        put(b, n->name);
        break;
    case N_INDEX: put_expr(e, b, n->x, 8); put(b, "["); put_list(e, b, n->list); put(b, "]"); break;
    case N_SLICE:
        put_expr(e, b, n->x, 8);
        put(b, "[");
        if (n->y) put_expr(e, b, n->y, 0);
        put(b, ":");
        if (n->z) put_expr(e, b, n->z, 0);
        if (n->op == 3) {
            put(b, ":");
            if (n->w) put_expr(e, b, n->w, 0);
        }
        put(b, "]");
        break;
    case N_TYPEASSERT:
        put_expr(e, b, n->x, 8);
        put(b, ".(");
        put_type(b, n->type ? n->type->ty : NULL);
        put(b, ")");
        break;
    case N_CALL: put_call(e, b, n); break;
    case N_STAR: put(b, "*"); put_expr(e, b, n->x, 8); break;
    case N_UNARY:
        put(b, token_text(n->op));
        if (unparen(n->x)->kind == N_UNARY && unparen(n->x)->op == n->op)
            put(b, " ");
        put_expr(e, b, n->x, 8);
        break;
    case N_BINARY:
        put_expr(e, b, n->x, np);
        put(b, " ");
        put(b, token_text(n->op));
        put(b, " ");
        put_expr(e, b, n->y, np + 1);
        break;
    case N_KEYVALUE: put_expr(e, b, n->x, 0); put(b, ":"); put_expr(e, b, n->y, 0); break;
    default: put(b, "?"); break;
    }
    if (paren)
        put(b, ")");
}

/* Statements appear in -m=2 notes ("from return &x (return)"). */
static void put_stmt(Esc *e, Buf *b, Node *n) {
    switch (n->kind) {
    case N_RETURN: put(b, "return"); if (n->list.len) { put(b, " "); put_list(e, b, n->list); } return;
    case N_ASSIGN:
        put_list(e, b, n->list);
        put(b, " ");
        put(b, token_text(n->op));
        put(b, " ");
        put_list(e, b, n->list2);
        return;
    case N_SEND: put_expr(e, b, n->x, 0); put(b, " <- "); put_expr(e, b, n->y, 0); return;
    case N_GO: put(b, "go "); put_expr(e, b, n->x, 0); return;
    case N_DEFER: put(b, "defer "); put_expr(e, b, n->x, 0); return;
    case N_RANGE: put(b, "for loop"); return;
    case N_VAR:   /* with values (gc's noder makes an assignment of it) */
        put_list(e, b, n->list);
        put(b, " = ");
        put_list(e, b, n->list2);
        return;
    case N_CASE: put(b, "case"); return;
    default: put_expr(e, b, n, 0); return;
    }
}

const char *esc_node_string(Esc *e, Node *n) {
    Buf b = {{e->arena, NULL, 0, 0}, e};
    put_stmt(e, &b, n);
    return b.s.buf ? b.s.buf : "";
}

/* file:line:col as go build prints a position: the file relative to the
 * package directory ("./a.go", however it was named on the command line);
 * columns gc cannot encode (0, and 255 or more: 8 bits) are left out. */
const char *esc_pos_string(Esc *e, Pos pos) {
    const char *slash = strrchr(pos.file, '/');
    const char *base = slash ? slash + 1 : pos.file;
    if (pos.col <= 0 || pos.col >= 255)
        return arena_printf(e->arena, "./%s:%d", base, pos.line);
    return arena_printf(e->arena, "./%s:%d:%d", base, pos.line, pos.col);
}

void esc_printf(Esc *e, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (!e->header_printed) {   /* go build names the package first */
        fputs("# command-line-arguments\n", e->out);
        e->header_printed = true;
    }
    fprintf(e->out, "%s: ", esc_pos_string(e, pos));
    vfprintf(e->out, fmt, ap);
    fputc('\n', e->out);
    va_end(ap);
}
