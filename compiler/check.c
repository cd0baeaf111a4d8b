/* check.c: the type checker's top level: the universe scope, packages
 * (the one being compiled and the standard-library stubs it imports),
 * package-level declarations resolved on demand, methods attached to their
 * receiver types, block scopes, and type expressions.
 *
 * Technique: as go/types. Every package-level name is first collected into
 * the package scope as an unresolved Sym; resolve_sym computes its type
 * (and constant value) the first time something needs it, so declarations
 * may appear in any order; a Sym found RESOLVING again is an initialization
 * or type cycle. Defined types get their TY_NAMED before their underlying
 * type is computed, which lets a type refer to itself through a pointer.
 * Function bodies are checked after all package-level names are resolved.
 * The standard library is a set of stub packages written in Go (stdlib.c),
 * parsed by gomem's own parser and checked by the same code.
 *
 * Generics are recognised and reported as not supported, at their position.
 *
 * Invariants: see check.h and types.h.
 */
#include <string.h>

#include "check.h"

void check_error(Checker *c, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(c->arena, fmt, ap);
    va_end(ap);
    diag_error(c->diag, pos, "%s", msg);
}

/* ---- scopes and objects ----------------------------------------------- */

Scope *scope_open(Checker *c, Node *func) {
    Scope *s = arena_alloc(c->arena, sizeof(Scope));
    s->parent = c->scope;
    s->func = func ? func : (c->scope ? c->scope->func : NULL);
    c->scope = s;
    return s;
}

void scope_close(Checker *c) { c->scope = c->scope->parent; }

Sym *scope_lookup_local(Scope *s, const char *name) {
    for (int i = s->len - 1; i >= 0; i--)
        if (strcmp(s->syms[i]->name, name) == 0)
            return s->syms[i];
    return NULL;
}

Sym *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Sym *sym = scope_lookup_local(s, name);
        if (sym)
            return sym;
    }
    return NULL;
}

Sym *sym_new(Checker *c, SymKind k, const char *name, Pos pos) {
    Sym *s = arena_alloc(c->arena, sizeof(Sym));
    s->kind = k;
    s->name = name;
    s->pos = pos;
    s->init_index = -1;
    s->owner = c;
    return s;
}

static void scope_add(Checker *c, Scope *s, Sym *sym) {
    if (s->len == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Sym **syms = arena_alloc(c->arena, sizeof(Sym *) * (size_t)cap);
        if (s->len)
            memcpy(syms, s->syms, sizeof(Sym *) * (size_t)s->len);
        s->syms = syms;
        s->cap = cap;
    }
    s->syms[s->len++] = sym;
}

void scope_declare(Checker *c, Scope *s, Sym *sym) {
    if (strcmp(sym->name, "_") == 0)
        return;   /* the blank identifier declares nothing */
    Sym *old = scope_lookup_local(s, sym->name);
    if (old) {
        check_error(c, sym->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                    sym->name, old->pos.file, old->pos.line, old->pos.col, sym->name);
        return;
    }
    scope_add(c, s, sym);
}

/* ---- the universe ----------------------------------------------------- */

static void universe_type(Checker *c, const char *name, Type *t) {
    Sym *s = sym_new(c, SYM_TYPE, name, (Pos){NULL, 0, 0});
    s->type = t;
    s->state = SYM_RESOLVED;
    scope_add(c, c->universe, s);
}

static Scope *make_universe(Checker *c) {
    c->universe = arena_alloc(c->arena, sizeof(Scope));
    static const struct { const char *name; TypeKind k; } basics[] = {
        {"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8}, {"int16", TY_INT16},
        {"int32", TY_INT32}, {"int64", TY_INT64}, {"uint", TY_UINT},
        {"uint8", TY_UINT8}, {"uint16", TY_UINT16},
        {"uint32", TY_UINT32}, {"uint64", TY_UINT64}, {"uintptr", TY_UINTPTR},
        {"float32", TY_FLOAT32}, {"float64", TY_FLOAT64}, {"complex64", TY_COMPLEX64},
        {"complex128", TY_COMPLEX128}, {"string", TY_STRING},
    };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        universe_type(c, basics[i].name, ty_basic[basics[i].k]);
    universe_type(c, "byte", ty_byte);   /* aliases of uint8 and int32 that print */
    universe_type(c, "rune", ty_rune);   /* as spelled (types2's universe) */
    universe_type(c, "error", ty_error);
    universe_type(c, "any", ty_any);
    static const struct { const char *name; Builtin b; } builtins[] = {
        {"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE},
        {"complex", BI_COMPLEX}, {"copy", BI_COPY}, {"delete", BI_DELETE},
        {"imag", BI_IMAG}, {"len", BI_LEN}, {"make", BI_MAKE}, {"new", BI_NEW},
        {"panic", BI_PANIC}, {"print", BI_PRINT}, {"println", BI_PRINTLN},
        {"real", BI_REAL}, {"recover", BI_RECOVER},
    };
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        Sym *s = sym_new(c, SYM_BUILTIN, builtins[i].name, (Pos){NULL, 0, 0});
        s->builtin = builtins[i].b;
        s->state = SYM_RESOLVED;
        scope_add(c, c->universe, s);
    }
    const char *bools[] = {"false", "true"};
    for (int i = 0; i < 2; i++) {
        Sym *s = sym_new(c, SYM_CONST, bools[i], (Pos){NULL, 0, 0});
        s->type = ty_basic[TY_UNTYPED_BOOL];
        s->val.kind = CONST_BOOL;
        s->val.b = i == 1;
        s->state = SYM_RESOLVED;
        scope_add(c, c->universe, s);
    }
    Sym *iota = sym_new(c, SYM_CONST, "iota", (Pos){NULL, 0, 0});
    iota->type = ty_basic[TY_UNTYPED_INT];
    iota->state = SYM_RESOLVED;
    iota->iota = -2;   /* marks the predeclared iota */
    scope_add(c, c->universe, iota);
    Sym *nil = sym_new(c, SYM_NIL, "nil", (Pos){NULL, 0, 0});
    nil->type = ty_basic[TY_UNTYPED_NIL];
    nil->state = SYM_RESOLVED;
    scope_add(c, c->universe, nil);
    Sym *comparable = sym_new(c, SYM_TYPE, "comparable", (Pos){NULL, 0, 0});
    comparable->type = ty_invalid;   /* only valid as a constraint */
    comparable->state = SYM_RESOLVED;
    scope_add(c, c->universe, comparable);
    return c->universe;
}

/* ---- type expressions ------------------------------------------------- */

static void not_supported(Checker *c, Pos pos, const char *what) {
    check_error(c, pos, "%s not supported by gomem", what);
}

static Type *named_type_ref(Checker *c, Node *n, Sym *s) {
    if (!s) {
        check_error(c, node_start_pos(n), "undefined: %s", n->name);
        return ty_invalid;
    }
    s->used = true;
    if (s->kind != SYM_TYPE) {
        resolve_sym(c, s);
        if (s->type == ty_invalid)
            return ty_invalid;   /* already reported */
        const char *what = s->kind == SYM_VAR ? arena_printf(c->arena, " (variable of type %s)",
                                                             type_string(c->arena, s->type))
                         : s->kind == SYM_FUNC ? arena_printf(c->arena, " (value of type %s)",
                                                              type_string(c->arena, s->type))
                         : "";
        check_error(c, node_start_pos(n), "%s%s is not a type", n->name, what);
        return ty_invalid;
    }
    if (strcmp(s->name, "comparable") == 0 && !s->decl) {
        not_supported(c, n->pos, "comparable (type constraints) is");
        return ty_invalid;
    }
    resolve_sym(c, s);
    n->sym = s;
    return s->type ? s->type : ty_invalid;
}

static Type *struct_type_expr(Checker *c, Node *n) {
    Type *t = type_new(c->arena, TY_STRUCT);
    t->nfields = n->list.len;
    t->fields = arena_alloc(c->arena, sizeof(Field) * (size_t)(n->list.len + 1));
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        Field *fld = &t->fields[i];
        fld->type = type_expr(c, f->type);
        fld->tag = const_quoted_tag(c->arena, f->lit);
        fld->pos = f->pos;
        if (f->name) {
            fld->name = f->name;
        } else {
            fld->embedded = true;
            Node *tn = f->type->kind == N_STAR ? f->type->x : f->type;
            fld->name = tn->kind == N_SELECTOR ? tn->name : tn->kind == N_IDENT ? tn->name : "?";
        }
        for (int j = 0; j < i; j++)
            if (strcmp(fld->name, "_") != 0 && strcmp(t->fields[j].name, fld->name) == 0)
                check_error(c, node_start_pos(f), "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                            fld->name, t->fields[j].pos.file, t->fields[j].pos.line,
                            t->fields[j].pos.col, fld->name);
        Sym *s = sym_new(c, SYM_FIELD, fld->name, f->pos);
        s->type = fld->type;
        s->field_index = i;
        s->state = SYM_RESOLVED;
        fld->sym = s;
        f->sym = s;
    }
    return t;
}

static void add_iface_method(Checker *c, PtrVec *methods, const char *name, Type *sig, Pos pos) {
    for (int i = 0; i < methods->len; i++) {
        Field *f = methods->items[i];
        if (strcmp(f->name, name) == 0) {
            if (!types_identical(f->type, sig))
                check_error(c, pos, "duplicate method %s", name);
            return;
        }
    }
    Field *f = arena_alloc(c->arena, sizeof(Field));
    f->name = name;
    f->type = sig;
    f->pos = pos;
    f->sym = sym_new(c, SYM_FUNC, name, pos);
    f->sym->type = sig;
    f->sym->state = SYM_RESOLVED;
    ptrvec_push(c->arena, methods, f);
}

/* An interface embedding a type whose declaration is under way (type I1
 * interface { m() I2 }; type I2 interface { I1 }): its methods are added
 * once every package-level type is declared. */
typedef struct {
    Type *iface, *embedded;
    Pos pos;
} PendingEmbed;

static bool embed_is_pending(Type *e) {
    if (e->kind == TY_NAMED && !e->underlying)
        return true;
    Type *u = type_under(e);
    return u && u->kind == TY_INTERFACE && u->embeds_pending;
}

static void defer_embed(Checker *c, Type *iface, Type *embedded, Pos pos) {
    PendingEmbed *p = arena_alloc(c->arena, sizeof(PendingEmbed));
    p->iface = iface;
    p->embedded = embedded;
    p->pos = pos;
    iface->embeds_pending = true;
    ptrvec_push(c->arena, &c->pending_embeds, p);
}

static Type *interface_type_expr(Checker *c, Node *n) {
    Type *t = type_new(c->arena, TY_INTERFACE);
    PtrVec methods = {0};
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        if (f->name) {
            add_iface_method(c, &methods, f->name, func_type_expr(c, f->type, false), f->pos);
            continue;
        }
        if (f->type->kind == N_BINARY || f->type->kind == N_UNARY) {
            not_supported(c, f->pos, "type sets in interfaces are");
            continue;
        }
        Type *e = type_expr(c, f->type);
        if (embed_is_pending(e)) {
            defer_embed(c, t, e, f->pos);
            if (e->kind != TY_NAMED || !e->underlying)
                continue;   /* what it has so far is added now, the rest later */
        }
        Type *u = type_under(e);
        if (u->kind != TY_INTERFACE) {
            if (u->kind != TY_INVALID)
                not_supported(c, f->pos, "type sets in interfaces are");
            continue;
        }
        for (int j = 0; j < u->nfields; j++)
            add_iface_method(c, &methods, u->fields[j].name, u->fields[j].type, f->pos);
    }
    t->nfields = methods.len;
    t->fields = arena_alloc(c->arena, sizeof(Field) * (size_t)(methods.len + 1));
    for (int i = 0; i < methods.len; i++)
        t->fields[i] = *(Field *)methods.items[i];
    return t;   /* interface{} stays apart from ty_any: gc and types2 print them differently */
}

/* Adds to the interfaces of c->pending_embeds the methods of what they
 * embed, until nothing changes (an embedded interface may itself have
 * been waiting). */
static void finish_pending_embeds(Checker *c) {
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < c->pending_embeds.len; i++) {
            PendingEmbed *p = c->pending_embeds.items[i];
            Type *u = type_under(p->embedded);
            if (!u || u->kind != TY_INTERFACE || u == p->iface)
                continue;
            PtrVec methods = {0};
            for (int j = 0; j < p->iface->nfields; j++)
                ptrvec_push(c->arena, &methods, &p->iface->fields[j]);
            for (int j = 0; j < u->nfields; j++)
                add_iface_method(c, &methods, u->fields[j].name, u->fields[j].type, p->pos);
            if (methods.len == p->iface->nfields)
                continue;
            Field *fs = arena_alloc(c->arena, sizeof(Field) * (size_t)(methods.len + 1));
            for (int j = 0; j < methods.len; j++)
                fs[j] = *(Field *)methods.items[j];
            p->iface->fields = fs;
            p->iface->nfields = methods.len;
            changed = true;
        }
    }
    for (int i = 0; i < c->pending_embeds.len; i++)
        ((PendingEmbed *)c->pending_embeds.items[i])->iface->embeds_pending = false;
    c->pending_embeds.len = 0;
}

static Field *param_fields(Checker *c, NodeList l, bool declare, bool results, bool *variadic) {
    Field *fs = arena_alloc(c->arena, sizeof(Field) * (size_t)(l.len + 1));
    for (int i = 0; i < l.len; i++) {
        Node *f = l.items[i];
        Type *t = type_expr(c, f->type);
        if (f->op) {
            if (results || i != l.len - 1)
                check_error(c, node_start_pos(f), "can only use ... with final parameter in list");
            else if (variadic)
                *variadic = true;
            t = type_slice(c->arena, t);
        }
        fs[i].name = f->name;
        fs[i].type = t;
        fs[i].pos = f->pos;
        if (declare && f->name) {
            Sym *s = sym_new(c, SYM_VAR, f->name, f->pos);
            s->type = t;
            s->state = SYM_RESOLVED;
            s->param = !results;
            s->result = results;
            s->func = c->scope->func;
            s->used = true;   /* parameters are never "declared but not used" */
            s->decl = f;
            f->sym = s;
            fs[i].sym = s;
            scope_declare(c, c->scope, s);
        }
    }
    return fs;
}

Type *func_type_expr(Checker *c, Node *ftype, bool declare_params) {
    Type *t = type_new(c->arena, TY_FUNC);
    t->nfields = ftype->list.len;
    t->fields = param_fields(c, ftype->list, declare_params, false, &t->variadic);
    t->nresults = ftype->list2.len;
    t->results = param_fields(c, ftype->list2, declare_params, true, NULL);
    ftype->ty = t;
    return t;
}

static Type *array_type_expr(Checker *c, Node *n) {
    Type *t = type_new(c->arena, TY_ARRAY);
    if (n->x->kind == N_DOTS) {
        check_error(c, node_start_pos(n->x), "invalid use of [...] array (outside a composite literal)");
        t->elem = type_expr(c, n->elem);
        return t;
    }
    check_expr(c, n->x);
    int64_t len = 0;
    if (n->x->mode != MODE_CONST || !n->x->val || !const_to_int64(n->x->val, &len) ||
        !(type_is_integer(n->x->ty) || (type_is_untyped(n->x->ty) && type_is_numeric(n->x->ty)))) {
        if (n->x->mode != MODE_INVALID)
            check_error(c, node_start_pos(n->x), "array length %s (%s) must be %s",
                        node_string(c->arena, n->x), operand_string(c, n->x),
                        n->x->mode == MODE_CONST ? "integer" : "constant");
        type_expr(c, n->elem);
        return ty_invalid;
    } else if (len < 0) {
        check_error(c, node_start_pos(n->x), "invalid array length %s", node_string(c->arena, n->x));
        len = 0;
    } else if (type_is_untyped(n->x->ty)) {
        convert_untyped(c, n->x, ty_basic[TY_INT]);
    }
    t->len = len;
    t->elem = type_expr(c, n->elem);
    return t->elem == ty_invalid ? ty_invalid : t;
}

static Type *type_expr_inner(Checker *c, Node *n) {
    Type *t;
    switch (n->kind) {
    case N_IDENT:
        return named_type_ref(c, n, scope_lookup(c->scope, n->name));
    case N_SELECTOR: {
        if (n->x->kind != N_IDENT)
            break;
        Sym *pkg = scope_lookup(c->scope, n->x->name);
        if (!pkg || pkg->kind != SYM_PKG) {
            if (!pkg)
                check_error(c, node_start_pos(n->x), "undefined: %s", n->x->name);
            else
                check_error(c, node_start_pos(n), "%s.%s is not a type", n->x->name, n->name);
            return ty_invalid;
        }
        pkg->used = true;
        n->x->sym = pkg;
        n->x->mode = MODE_PKG;
        n->x->ty = ty_invalid;
        if (!pkg->pkg_scope)
            return ty_invalid;   /* unsupported package: already reported */
        Sym *s = scope_lookup_local(pkg->pkg_scope, n->name);
        if (!s) {
            check_error(c, node_start_pos(n), "undefined: %s.%s", n->x->name, n->name);
            return ty_invalid;
        }
        if (s->kind != SYM_TYPE) {
            check_error(c, node_start_pos(n), "%s.%s is not a type", n->x->name, n->name);
            return ty_invalid;
        }
        resolve_sym(c, s);
        n->sym = s;
        return s->type;
    }
    case N_PAREN:
        return type_expr(c, n->x);
    case N_STAR: {
        Type *e = type_expr(c, n->x);
        return e == ty_invalid ? ty_invalid : type_pointer(c->arena, e);
    }
    case N_ARRAYTYPE:
        return array_type_expr(c, n);
    case N_SLICETYPE: {
        Type *e = type_expr(c, n->elem);
        return e == ty_invalid ? ty_invalid : type_slice(c->arena, e);
    }
    case N_MAPTYPE:
        t = type_new(c->arena, TY_MAP);
        t->key = type_expr(c, n->x);
        t->elem = type_expr(c, n->elem);
        if (t->key == ty_invalid || t->elem == ty_invalid)
            return ty_invalid;
        if (t->key->kind != TY_INVALID && t->key->kind != TY_NAMED && !type_comparable(t->key))
            check_error(c, node_start_pos(n->x), "invalid map key type %s", type_string(c->arena, t->key));
        return t;
    case N_CHANTYPE:
        t = type_new(c->arena, TY_CHAN);
        t->dir = n->op;
        t->elem = type_expr(c, n->elem);
        return t->elem == ty_invalid ? ty_invalid : t;
    case N_FUNCTYPE:
        return func_type_expr(c, n, false);
    case N_STRUCTTYPE:
        return struct_type_expr(c, n);
    case N_INTERFACETYPE:
        return interface_type_expr(c, n);
    case N_INDEX:
        not_supported(c, n->pos, "generic type instantiation is");
        return ty_invalid;
    case N_BAD:
        return ty_invalid;
    default:
        break;
    }
    check_error(c, node_start_pos(n), "%s is not a type", node_string(c->arena, n));
    return ty_invalid;
}

Type *type_expr(Checker *c, Node *n) {
    Type *t = type_expr_inner(c, n);
    n->ty = t;
    n->mode = MODE_TYPE;
    return t;
}

/* ---- package-level declarations --------------------------------------- */

/* Runs f with c's scope set to the Sym's file scope and no function. */
static void resolve_in_context(Checker *c, Sym *s) {
    Checker *owner = s->owner ? s->owner : c;
    Scope *scope = owner->scope;
    Node *func = owner->func;
    Type *sig = owner->sig;
    int iota = owner->iota;
    owner->scope = s->file_scope ? s->file_scope : owner->scope;
    owner->func = NULL;
    owner->sig = NULL;
    owner->iota = s->kind == SYM_CONST ? s->iota : -1;
    switch (s->kind) {
    case SYM_TYPE: {
        Node *d = s->decl;
        Type *u = type_expr(owner, d->type);
        if (d->op == T_ASSIGN) {
            s->type = u;   /* alias */
        } else if (u->kind == TY_NAMED && !u->underlying) {
            /* type T19 T18 while T18 is still being resolved: finish later */
            s->type->underlying = NULL;
            s->type->elem = u;   /* the named type it copies (pending) */
            ptrvec_push(owner->arena, &owner->pending, s->type);
        } else {
            s->type->underlying = type_under(u);
            if (u->kind == TY_INVALID)
                s->type->underlying = ty_invalid;
        }
        break;
    }
    case SYM_FUNC:
        s->type = func_type_expr(owner, s->decl->type, false);
        break;
    case SYM_VAR: case SYM_CONST:
        declare_value_spec_syms(owner, s->decl, NULL, false);
        break;
    default:
        break;
    }
    owner->scope = scope;
    owner->func = func;
    owner->sig = sig;
    owner->iota = iota;
}

/* The package-level objects being resolved, innermost last: a cycle is
 * reported with its path, as types2 does. */
static Sym *resolving[512];
static int nresolving;

static void report_cycle(Checker *c, Sym *s, const char *what) {
    int from = nresolving - 1;
    while (from > 0 && resolving[from] != s)
        from--;
    const char *path = "";
    if (from < 0 || resolving[from] != s) {   /* a local declaration: not on the stack */
        path = arena_printf(c->arena, "\n\t%s:%d:%d: %s refers to", s->pos.file, s->pos.line,
                            s->pos.col, s->name);
        from = nresolving;
    }
    for (int i = from; i < nresolving; i++)
        path = arena_printf(c->arena, "%s\n\t%s:%d:%d: %s refers to", path, resolving[i]->pos.file,
                            resolving[i]->pos.line, resolving[i]->pos.col, resolving[i]->name);
    check_error(c, s->pos, "%s %s%s\n\t%s:%d:%d: %s", what, s->name, path, s->pos.file, s->pos.line,
                s->pos.col, s->name);
}

void resolve_sym(Checker *c, Sym *s) {
    if (s->state == SYM_RESOLVED)
        return;
    if (s->state == SYM_RESOLVING) {
        if (s->kind == SYM_TYPE) {
            if (s->type && s->type->kind == TY_NAMED)
                return;   /* a defined type may refer to itself */
            Node *target = s->decl ? s->decl->type : NULL;
            if (target && target->kind == N_IDENT && s->file_scope) {   /* alias of a name */
                Sym *t = scope_lookup(s->file_scope, target->name);
                if (t && t != s && t->kind == SYM_TYPE && t->type && t->type->kind == TY_NAMED) {
                    s->type = t->type;
                    return;
                }
            }
            report_cycle(c, s, "invalid recursive type");
        } else if (s->kind == SYM_VAR) {
            report_cycle(c, s, "initialization loop for");
        } else {
            report_cycle(c, s, "initialization cycle:");
        }
        if (!s->type)
            s->type = ty_invalid;
        return;
    }
    s->state = SYM_RESOLVING;
    if (nresolving < (int)(sizeof resolving / sizeof resolving[0]))
        resolving[nresolving++] = s;
    resolve_in_context(c, s);
    if (nresolving > 0 && resolving[nresolving - 1] == s)
        nresolving--;
    if (!s->type)
        s->type = ty_invalid;
    s->state = SYM_RESOLVED;
}

/* A defined type that contains itself without indirection (through struct
 * fields or array elements) has no finite size: "invalid recursive type". */
static bool contains_type(Type *t, Type *target, Type **path, int *depth) {
    if (*depth >= 64 || !t)
        return false;
    if (t->kind == TY_NAMED) {
        if (t == target && *depth > 0)
            return true;
        for (int i = 0; i < *depth; i++)
            if (path[i] == t)
                return false;   /* another cycle: found from its own start */
        path[(*depth)++] = t;
        if (contains_type(t->underlying, target, path, depth))
            return true;
        (*depth)--;
        return false;
    }
    if (t->kind == TY_ARRAY)
        return contains_type(t->elem, target, path, depth);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (contains_type(t->fields[i].type, target, path, depth))
                return true;
    return false;
}

static void check_type_cycles(Checker *c) {
    for (int i = 0; i < c->pkg->len; i++) {
        Sym *s = c->pkg->syms[i];
        if (s->kind != SYM_TYPE || !s->type || s->type->kind != TY_NAMED || s->type->obj != s ||
            s->type->underlying == ty_invalid)
            continue;
        Type *path[64];
        int depth = 0;
        if (!contains_type(s->type, s->type, path, &depth))
            continue;
        const char *msg = "";
        for (int j = 0; j < depth; j++) {
            Sym *o = path[j]->obj;
            msg = arena_printf(c->arena, "%s\n\t%s:%d:%d: %s refers to", msg, o->pos.file, o->pos.line,
                               o->pos.col, o->name);
        }
        check_error(c, s->pos, "invalid recursive type %s%s\n\t%s:%d:%d: %s", s->name, msg,
                    s->pos.file, s->pos.line, s->pos.col, s->name);
        for (int j = 0; j < depth; j++)
            path[j]->underlying = ty_invalid;
    }
}

/* Gives each name of a const or var spec its Sym (found in the package
 * scope for package-level specs, created and declared for local ones) and
 * checks the spec: types, values, iota, implicit repetition. */
void declare_value_spec_syms(Checker *c, Node *spec, Sym **syms_out, bool local) {
    int n = spec->list.len;
    Sym **syms = arena_alloc(c->arena, sizeof(Sym *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Node *id = spec->list.items[i];
        Sym *s = id->sym;
        if (!s) {
            s = sym_new(c, spec->kind == N_CONST ? SYM_CONST : SYM_VAR, id->name, id->pos);
            s->decl = spec;
            s->iota = spec->iota;
            id->sym = s;
        }
        s->state = SYM_RESOLVING;
        syms[i] = s;
    }
    check_value_spec(c, spec, syms);
    for (int i = 0; i < n; i++) {
        syms[i]->state = SYM_RESOLVED;
        if (!syms[i]->type)
            syms[i]->type = ty_invalid;
        Node *id = spec->list.items[i];
        id->ty = syms[i]->type;
        id->mode = spec->kind == N_CONST ? MODE_CONST : MODE_VAR;
        if (spec->kind == N_CONST)
            id->val = &syms[i]->val;
        if (local) {
            syms[i]->func = c->scope->func;
            scope_declare(c, c->scope, syms[i]);
            if (syms[i]->kind == SYM_VAR && strcmp(syms[i]->name, "_") != 0)
                ptrvec_push(c->arena, &c->locals, syms[i]);
        }
    }
    if (syms_out)
        memcpy(syms_out, syms, sizeof(Sym *) * (size_t)n);
}

/* The receiver's base type name of a method declaration, or NULL. */
static Node *receiver_base(Node *recv_type, bool *ptr) {
    *ptr = false;
    Node *t = recv_type;
    while (t->kind == N_PAREN)
        t = t->x;
    if (t->kind == N_STAR) {
        *ptr = true;
        t = t->x;
        while (t->kind == N_PAREN)
            t = t->x;
    }
    return t;
}

static void attach_method(Checker *c, Node *fn, Sym *m) {
    bool ptr;
    Node *base = receiver_base(fn->recv->type, &ptr);
    if (base->kind == N_INDEX) {
        not_supported(c, base->pos, "generic types are");
        return;
    }
    if (base->kind != N_IDENT) {
        check_error(c, base->pos, "invalid receiver type %s", node_string(c->arena, base));
        return;
    }
    Sym *ts = scope_lookup_local(c->pkg, base->name);
    if (!ts) {
        check_error(c, base->pos, "undefined: %s", base->name);
        return;
    }
    if (ts->kind != SYM_TYPE || !ts->type || ts->type->kind != TY_NAMED) {
        check_error(c, base->pos, "cannot define new methods on non-local type %s", base->name);
        return;
    }
    Type *t = ts->type;
    for (int i = 0; i < t->nmethods; i++) {
        if (strcmp(t->methods[i]->name, m->name) == 0) {
            check_error(c, m->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                        t->name, m->name, t->methods[i]->pos.file, t->methods[i]->pos.line,
                        t->methods[i]->pos.col, m->name);
            return;
        }
    }
    if (t->nmethods == t->mcap) {
        int cap = t->mcap ? t->mcap * 2 : 4;
        Sym **ms = arena_alloc(c->arena, sizeof(Sym *) * (size_t)cap);
        if (t->nmethods)
            memcpy(ms, t->methods, sizeof(Sym *) * (size_t)t->nmethods);
        t->methods = ms;
        t->mcap = cap;
    }
    t->methods[t->nmethods++] = m;
    m->recv_base = t;
    m->ptr_recv = ptr;
}

static void collect_type(Checker *c, Node *d, Scope *file_scope) {
    Sym *s = sym_new(c, SYM_TYPE, d->name, d->pos);
    s->decl = d;
    s->file_scope = file_scope;
    if (d->op != T_ASSIGN) {
        Type *t = type_new(c->arena, TY_NAMED);
        t->name = d->name;
        t->obj = s;
        if (d->list.len > 0) {   /* generic: reported, its structure never checked */
            not_supported(c, d->pos, "generic types are");
            t->underlying = ty_invalid;
            s->state = SYM_RESOLVED;
        }
        if (c->pkg_path) {
            const char *slash = strrchr(c->pkg_path, '/');
            t->pkg = slash ? slash + 1 : c->pkg_path;
        }
        s->type = t;
    }
    d->sym = s;
    scope_declare(c, c->scope, s);
}

static void collect_values(Checker *c, Node *d, Scope *file_scope) {
    for (int i = 0; i < d->list.len; i++) {
        Node *id = d->list.items[i];
        Sym *s = sym_new(c, d->kind == N_CONST ? SYM_CONST : SYM_VAR, id->name, id->pos);
        s->decl = d;
        s->iota = d->iota;
        s->global = d->kind == N_VAR;
        s->file_scope = file_scope;
        s->used = true;   /* package-level names are never "unused" */
        id->sym = s;
        scope_declare(c, c->scope, s);
    }
}

static void collect_func(Checker *c, Node *d, Scope *file_scope) {
    Sym *s = sym_new(c, SYM_FUNC, d->name, d->end.line ? d->end : d->pos);
    s->decl = d;
    s->file_scope = file_scope;
    d->sym = s;
    bool generic = d->list.len > 0;
    if (generic)
        not_supported(c, d->pos, "generic functions are");
    if (d->recv) {
        bool ptr;
        if (receiver_base(d->recv->type, &ptr)->kind == N_INDEX)
            generic = true;
    }
    if (generic) {   /* neither its signature nor its body can be checked */
        s->type = ty_invalid;
        s->state = SYM_RESOLVED;
    }
    if (d->recv) {
        attach_method(c, d, s);
    } else if (strcmp(d->name, "init") == 0 || strcmp(d->name, "_") == 0) {
        /* init functions are not declared; any number may exist */
    } else {
        if (strcmp(d->name, "main") == 0 && (d->type->list.len || d->type->list2.len))
            check_error(c, d->pos, "func main must have no arguments and no return values");
        scope_declare(c, c->scope, s);
    }
    if (!d->body && !c->pkg_path && !generic)
        check_error(c, d->pos, "missing function body");
    if (!generic)
        ptrvec_push(c->arena, &c->bodies, d);
}

static void collect_imports(Checker *c, Node *file, Scope *file_scope) {
    for (int i = 0; i < file->list.len; i++) {
        Node *d = file->list.items[i];
        if (d->kind != N_IMPORT || !d->lit)
            continue;
        size_t n = strlen(d->lit);
        const char *path = arena_strndup(c->arena, d->lit + 1, n >= 2 ? n - 2 : 0);
        Sym *pkg = import_package(c, path, d->pos);
        if (!pkg) {   /* reported; its uses stay silent (a package without scope) */
            pkg = sym_new(c, SYM_PKG, path, d->pos);
            pkg->pkg_path = path;
        }
        const char *slash = strrchr(path, '/');
        const char *name = d->name ? d->name : slash ? slash + 1 : path;
        if (strcmp(name, "_") == 0)
            continue;
        if (strcmp(name, ".") == 0) {
            not_supported(c, d->pos, "dot imports are");
            continue;
        }
        Sym *local = sym_new(c, SYM_PKG, name, d->pos);
        local->pkg_scope = pkg->pkg_scope;
        local->pkg_path = pkg->pkg_path;
        local->state = SYM_RESOLVED;
        d->sym = local;
        scope_declare(c, file_scope, local);
        if (pkg->pkg_scope)
            ptrvec_push(c->arena, &c->imports, local);
    }
}

static void collect_file(Checker *c, Node *file, Scope *file_scope) {
    for (int i = 0; i < file->list.len; i++) {
        Node *d = file->list.items[i];
        switch (d->kind) {
        case N_TYPE: collect_type(c, d, file_scope); break;
        case N_CONST: case N_VAR: collect_values(c, d, file_scope); break;
        case N_FUNC: collect_func(c, d, file_scope); break;
        default: break;
        }
    }
}

/* Gives the specs of a const group without values the values (and type)
 * of the last spec before them that has some, as the spec requires. */
void repeat_const_values(NodeList decls) {
    Node *last = NULL;
    for (int i = 0; i < decls.len; i++) {
        Node *d = decls.items[i];
        if (d->kind != N_CONST)
            continue;
        if (d->list2.len > 0 || d->type || d->group == 0 || !last || last->group != d->group) {
            last = d->list2.len > 0 ? d : NULL;
            continue;
        }
        d->list2 = last->list2;
        d->type = last->type;
        d->w = last;   /* marks the values as inherited */
    }
}

void declare_local_decl(Checker *c, Node *decl) {
    if (decl->kind == N_TYPE) {
        Sym *s = sym_new(c, SYM_TYPE, decl->name, decl->pos);
        s->decl = decl;
        if (decl->list.len > 0)
            not_supported(c, decl->pos, "generic types are");
        if (decl->op != T_ASSIGN) {
            Type *t = type_new(c->arena, TY_NAMED);
            t->name = decl->name;
            t->obj = s;
            t->local_id = ++c->local_types;
            s->type = t;
        }
        decl->sym = s;
        scope_declare(c, c->scope, s);
        s->file_scope = c->scope;
        s->owner = c;
        s->state = SYM_RESOLVING;
        resolve_in_context(c, s);
        s->state = SYM_RESOLVED;
        if (!s->type)
            s->type = ty_invalid;
        return;
    }
    declare_value_spec_syms(c, decl, NULL, true);
}

/* Gives the defined types that copy a then-unfinished defined type their
 * underlying type; what is left unfinished is a cycle (type A B; type B A). */
static void finish_pending_types(Checker *c) {
    bool progress = true;
    while (progress) {
        progress = false;
        for (int i = 0; i < c->pending.len; i++) {
            Type *t = c->pending.items[i];
            if (!t->underlying && t->elem->underlying) {
                t->underlying = t->elem->underlying;
                progress = true;
            }
        }
    }
    for (int i = 0; i < c->pending.len; i++) {
        Type *t = c->pending.items[i];
        if (!t->underlying) {
            check_error(c, t->obj->pos, "invalid recursive type %s", t->name);
            t->underlying = ty_invalid;
        }
        t->elem = NULL;
    }
    c->pending.len = 0;
}

/* ---- packages --------------------------------------------------------- */

typedef struct {
    const char *path;
    Sym *sym;
} LoadedPkg;

/* The stub packages loaded by the current check_package call (reset by
 * it: a new compilation never sees another's arena). */
static LoadedPkg loaded[16];
static int nloaded;

/* Package-level var _ = f() declarations: they are in no scope, so
 * nothing resolves them on demand. */
static void check_blank_vars(Checker *c, Node **files, int nfiles) {
    for (int i = 0; i < nfiles; i++) {
        for (int j = 0; j < files[i]->list.len; j++) {
            Node *d = files[i]->list.items[j];
            if (d->kind != N_VAR && d->kind != N_CONST)
                continue;
            for (int k = 0; k < d->list.len; k++)
                if (d->list.items[k]->sym && strcmp(d->list.items[k]->name, "_") == 0)
                    resolve_sym(c, d->list.items[k]->sym);
        }
    }
}

/* Checks the declarations of a package's files (no bodies yet). */
static void check_decls(Checker *c, Node **files, int nfiles) {
    Scope **file_scopes = arena_alloc(c->arena, sizeof(Scope *) * (size_t)(nfiles + 1));
    for (int i = 0; i < nfiles; i++) {
        c->scope = c->pkg;
        file_scopes[i] = scope_open(c, NULL);
        collect_imports(c, files[i], file_scopes[i]);
        repeat_const_values(files[i]->list);
        c->scope = c->pkg;
        collect_file(c, files[i], file_scopes[i]);
    }
    c->scope = c->pkg;
    /* types2's order: defined types, then aliases, then everything else
     * (so that `type F = func(T)` meets T already declared, and the cycle
     * F -> T -> F goes through a defined type, which is valid) */
    for (int phase = 0; phase < 3; phase++) {
        if (phase == 2)
            finish_pending_embeds(c);   /* every type declared: complete the interfaces */
        for (int i = 0; i < c->pkg->len; i++) {
            Sym *s = c->pkg->syms[i];
            bool type = s->kind == SYM_TYPE && s->decl && s->decl->kind == N_TYPE;
            int want = !type ? 2 : s->decl->op == T_ASSIGN ? 1 : 0;
            if (want == phase)
                resolve_sym(c, s);
        }
    }
    finish_pending_embeds(c);
    finish_pending_types(c);
    check_type_cycles(c);
    for (int i = 0; i < c->bodies.len; i++)
        resolve_sym(c, ((Node *)c->bodies.items[i])->sym);
    check_blank_vars(c, files, nfiles);
}

Sym *import_package(Checker *c, const char *path, Pos pos) {
    for (int i = 0; i < nloaded; i++)
        if (strcmp(loaded[i].path, path) == 0)
            return loaded[i].sym;
    const char *src = stdlib_source(path);
    if (!src || nloaded == (int)(sizeof loaded / sizeof loaded[0])) {
        check_error(c, pos, "package %s is not supported by gomem (supported: fmt, os, strings, "
                            "strconv, errors, sort, sync, time, runtime)", path);
        return NULL;
    }
    Diag d;
    diag_init(&d, c->arena);
    Node *file = parse_buffer(arena_printf(c->arena, "<stub %s>", path), src, strlen(src),
                              c->arena, &d);
    Checker *pc = arena_alloc(c->arena, sizeof(Checker));
    pc->arena = c->arena;
    pc->diag = &d;
    pc->universe = c->universe;
    pc->pkg_path = arena_strdup(c->arena, path);
    pc->iota = -1;
    pc->scope = c->universe;
    pc->pkg = scope_open(pc, NULL);
    Sym *sym = sym_new(c, SYM_PKG, path, pos);
    sym->pkg_scope = pc->pkg;
    sym->pkg_path = pc->pkg_path;
    sym->state = SYM_RESOLVED;
    loaded[nloaded].path = pc->pkg_path;
    loaded[nloaded].sym = sym;
    nloaded++;
    check_decls(pc, &file, 1);
    if (d.nerrors > 0) {
        fprintf(stderr, "gomem: internal error in the stub of package %s:\n", path);
        diag_flush(&d, stderr);
    }
    return sym;
}

static void report_unused_imports(Checker *c) {
    for (int i = 0; i < c->imports.len; i++) {
        Sym *s = c->imports.items[i];
        if (s->used)
            continue;
        const char *last = strrchr(s->pkg_path, '/');
        last = last ? last + 1 : s->pkg_path;
        if (strcmp(last, s->name) == 0)
            check_error(c, s->pos, "imported and not used: \"%s\"", s->pkg_path);
        else
            check_error(c, s->pos, "imported and not used: \"%s\" as %s", s->pkg_path, s->name);
    }
}

bool check_package(Node **files, int nfiles, Arena *a, Diag *d) {
    int errors_before = d->nerrors;
    nloaded = 0;
    nresolving = 0;
    types_init(a);
    Checker *c = arena_alloc(a, sizeof(Checker));
    c->arena = a;
    c->diag = d;
    c->iota = -1;
    c->scope = make_universe(c);
    c->pkg = scope_open(c, NULL);
    check_decls(c, files, nfiles);
    for (int i = 0; i < c->bodies.len && !d->too_many; i++) {
        Node *fn = c->bodies.items[i];
        if (!fn->body || !fn->sym || !fn->sym->type)
            continue;
        c->scope = fn->sym->file_scope;
        check_func_body(c, fn, fn->sym->type, fn->body);
    }
    report_unused_imports(c);
    return d->nerrors == errors_before;
}

/* ---- self-check ------------------------------------------------------- */

static bool is_expr_kind(NodeKind k) {
    return k >= N_IDENT && k <= N_BINARY && k != N_KEYVALUE;
}

/* Reports every expression node the checker left without a type or with
 * an invalid one although no error was reported: a checker bug. */
static int verify_node(Node *n, Diag *d, int depth) {
    if (!n || depth > 1000)
        return 0;
    int bad = 0;
    if (is_expr_kind(n->kind) && (!n->ty || n->mode == MODE_INVALID)) {
        diag_error(d, n->pos, "internal: %s %s left %s by the checker", ast_kind_name(n->kind),
                   n->name ? n->name : "", n->ty ? "invalid" : "untyped");
        return 1;
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->type, n->elem, n->recv, n->init, n->cond,
                    n->post, n->body, n->els};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) {
        if (n->kind == N_TYPESWITCH && kids[i] == n->y)
            continue;   /* the guard node: its parts are checked via x */
        if (n->kind == N_SELECTOR && n->x && n->x->mode == MODE_PKG)
            continue;
        bad += verify_node(kids[i], d, depth + 1);
    }
    for (int i = 0; i < n->list.len; i++)
        bad += verify_node(n->list.items[i], d, depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        bad += verify_node(n->list2.items[i], d, depth + 1);
    return bad;
}

int check_verify(Node **files, int nfiles, Diag *d) {
    int bad = 0;
    for (int i = 0; i < nfiles; i++)
        bad += verify_node(files[i], d, 0);
    return bad;
}
