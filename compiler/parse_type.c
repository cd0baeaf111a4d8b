/* parse_type.c: the type grammar: type names (qualified, instantiated),
 * array/slice/map/channel/pointer/function types, struct types with tags
 * and embedded fields, interface types with methods, embedded types and
 * unions (~T | U), parameter lists and type parameter lists.
 *
 * Technique: recursive descent as in parse.c. Parameter lists are parsed
 * as a list of entries, each "name type", "name ...type", "type" or a bare
 * name; once the list is complete, bare names are grouped with the type
 * that follows them (a, b int) if any entry is named, and are types
 * otherwise (func(int, string)). Whether `T[` in a parameter list or a
 * struct is an instantiated type or a name followed by an array type is
 * decided by looking past the matching `]`.
 *
 * Invariants: type_ never returns NULL (N_BAD after an error); type_or_nil
 * returns NULL without consuming anything when no type starts here.
 */
#include "parse.h"

static Node *type_elem(Parser *p);
static Node *union_rest(Parser *p, Node *x);

/* TypeList = Type { "," Type } [ "," ], as gc parses it inside brackets:
 * the first element as an expression (it may be an index), the rest as
 * types. Returns true if a comma was seen. */
bool type_list(Parser *p, PtrVec *out) {
    bool comma = false;
    p->xnest++;
    ptrvec_push(p->arena, out, expression(p));
    if (got(p, T_COMMA)) {
        comma = true;
        Node *t;
        while ((t = type_or_nil(p)) != NULL) {
            ptrvec_push(p->arena, out, t);
            if (!got(p, T_COMMA))
                break;
        }
    }
    p->xnest--;
    return comma;
}

/* TypeArgs = "[" TypeList "]" . The cursor is on the `[`. */
static Node *type_args(Parser *p, Node *x) {
    Node *n = new_node(p, N_INDEX, pos_now(p));
    n->x = x;
    want(p, T_LBRACK);
    PtrVec args = {0};
    if (tok(p) == T_RBRACK) {
        syntax_error(p, "expecting type");
        ptrvec_push(p->arena, &args, bad_node(p));
    } else {
        type_list(p, &args);
    }
    n->list = nodelist_from(&args);
    want(p, T_RBRACK);
    return n;
}

/* TypeName = identifier | PackageName "." identifier, with TypeArgs. */
static Node *type_name(Parser *p) {
    Node *t = ident(p);
    if (tok(p) == T_PERIOD) {
        Node *sel = new_node(p, N_SELECTOR, pos_now(p));
        next(p);
        sel->x = t;
        sel->end = pos_now(p);
        sel->name = ident(p)->name;
        t = sel;
    }
    if (tok(p) == T_LBRACK)
        t = type_args(p, t);
    return t;
}

Node *chan_or_array_elem(Parser *p, const char *context) {
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad_node(p);
        syntax_error(p, context);
    }
    return t;
}

/* ArrayType = "[" ArrayLength "]" ElementType . SliceType = "[" "]" ElementType . */
static Node *array_or_slice_type(Parser *p) {
    Pos pos = pos_now(p);
    next(p);
    if (got(p, T_RBRACK)) {
        Node *n = new_node(p, N_SLICETYPE, pos);
        n->elem = type_(p);
        return n;
    }
    Node *n = new_node(p, N_ARRAYTYPE, pos);
    if (tok(p) == T_ELLIPSIS) {
        n->x = new_node(p, N_DOTS, pos_now(p));
        next(p);
    } else {
        p->xnest++;
        n->x = expression(p);
        p->xnest--;
    }
    if (tok(p) == T_COMMA) {
        syntax_error(p, "unexpected comma; expecting ]");
        next(p);
    }
    want(p, T_RBRACK);
    n->elem = type_(p);
    return n;
}

/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType . */
static Node *channel_type(Parser *p) {
    Node *n = new_node(p, N_CHANTYPE, pos_now(p));
    if (got(p, T_ARROW)) {
        n->op = CHAN_RECV;
        want(p, T_CHAN);
    } else {
        next(p);   /* chan */
        if (got(p, T_ARROW))
            n->op = CHAN_SEND;
    }
    n->elem = chan_or_array_elem(p, "missing channel element type");
    return n;
}

/* MapType = "map" "[" KeyType "]" ElementType . */
static Node *map_type(Parser *p) {
    Node *n = new_node(p, N_MAPTYPE, pos_now(p));
    next(p);
    want(p, T_LBRACK);
    n->x = type_(p);
    want(p, T_RBRACK);
    n->elem = type_(p);
    return n;
}

Node *type_or_nil(Parser *p) {
    if (!enter(p))
        return bad_node(p);
    Node *t = NULL;
    Pos pos = pos_now(p);
    switch (tok(p)) {
    case T_MUL:
        next(p);
        t = new_node(p, N_STAR, pos);
        t->x = type_(p);
        break;
    case T_ARROW:
    case T_CHAN:
        t = channel_type(p);
        break;
    case T_FUNC:
        next(p);
        t = func_type(p, pos);
        break;
    case T_LBRACK:
        t = array_or_slice_type(p);
        break;
    case T_MAP:
        t = map_type(p);
        break;
    case T_STRUCT:
        t = struct_type(p);
        break;
    case T_INTERFACE:
        t = interface_type(p);
        break;
    case T_IDENT:
        t = type_name(p);
        break;
    case T_LPAREN:
        next(p);
        t = new_node(p, N_PAREN, pos);
        t->x = type_(p);
        want(p, T_RPAREN);
        break;
    default:
        break;
    }
    leave(p);
    return t;
}

Node *type_(Parser *p) {
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad_node(p);
        syntax_error(p, "expecting type");
        ADVANCE(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* name "[" ...: in a parameter list or a struct, either the array or slice
 * type of a field called name (a [4]int, a []int) or the instantiated type
 * name[args]. Decided as gc does: a single element in brackets followed by
 * a type is an array length. Sets *named when name names the field. */
static Node *array_or_type_args(Parser *p, Node *name, bool *named) {
    Pos pos = pos_now(p);
    want(p, T_LBRACK);
    *named = true;
    if (got(p, T_RBRACK)) {
        Node *n = new_node(p, N_SLICETYPE, pos);
        n->elem = type_(p);
        return n;
    }
    PtrVec list = {0};
    bool comma = type_list(p, &list);
    want(p, T_RBRACK);
    if (!comma) {
        Node *elem = type_or_nil(p);
        if (elem) {
            Node *n = new_node(p, N_ARRAYTYPE, pos);
            n->x = list.items[0];
            n->elem = elem;
            return n;
        }
    }
    *named = false;
    Node *n = new_node(p, N_INDEX, pos);
    n->x = name;
    n->list = nodelist_from(&list);
    return n;
}

/* Can the token start a type (so that a name before it is a name)? */
static bool starts_type(TokenKind k) {
    switch (k) {
    case T_IDENT: case T_MUL: case T_ARROW: case T_CHAN: case T_FUNC: case T_LBRACK:
    case T_MAP: case T_STRUCT: case T_INTERFACE: case T_LPAREN: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* ---- parameters ------------------------------------------------------- */

typedef struct {
    Node *name;      /* N_IDENT or NULL */
    Node *type;      /* NULL for a bare name */
    bool variadic;
    Pos pos;
} ParamEntry;

typedef struct {
    ParamEntry *items;
    int len, cap;
    TokenKind close;
    bool type_params;
} ParamList;

static void push_entry(Parser *p, ParamList *l, ParamEntry e) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        ParamEntry *items = arena_alloc(p->arena, sizeof(ParamEntry) * (size_t)cap);
        for (int j = 0; j < l->len; j++)
            items[j] = l->items[j];
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = e;
}

static Node *param_type(Parser *p, ParamList *l, bool *variadic) {
    if (tok(p) == T_ELLIPSIS) {
        next(p);
        *variadic = true;
        Node *t = type_or_nil(p);
        if (!t) {
            t = bad_node(p);
            syntax_error(p, "... is missing type");
        }
        return t;
    }
    return l->type_params ? type_elem(p) : type_(p);
}

static bool param_entry(Parser *p, void *ctx) {
    ParamList *l = ctx;
    ParamEntry e = {NULL, NULL, false, pos_now(p)};
    if (tok(p) == T_IDENT) {
        Node *name = ident(p);
        if (tok(p) == T_LBRACK) {
            bool named;
            e.type = array_or_type_args(p, name, &named);
            e.name = named ? name : NULL;
        } else if (tok(p) == T_PERIOD) {
            Node *sel = new_node(p, N_SELECTOR, pos_now(p));
            next(p);
            sel->x = name;
            sel->end = pos_now(p);
            sel->name = ident(p)->name;
            e.type = tok(p) == T_LBRACK ? type_args(p, sel) : sel;
        } else {
            e.name = name;
            if (l->type_params && tok(p) == T_OR) {
                e.type = union_rest(p, name);
                e.name = NULL;
            } else if (starts_type(tok(p)) || (l->type_params && tok(p) == T_TILDE)) {
                e.type = param_type(p, l, &e.variadic);
            }
        }
        if (e.type && l->type_params && tok(p) == T_OR)
            e.type = union_rest(p, e.type);
    } else if (tok(p) == T_ELLIPSIS || (l->type_params && tok(p) == T_TILDE)) {
        e.type = param_type(p, l, &e.variadic);
    } else {
        e.type = type_or_nil(p);
        if (!e.type) {
            syntax_error(p, arena_printf(p->arena, "expecting %s", token_text(l->close)));
            ADVANCE(p, T_COMMA, l->close);
            return false;
        }
        if (l->type_params && tok(p) == T_OR)
            e.type = union_rest(p, e.type);
    }
    push_entry(p, l, e);
    return false;
}

static Node *make_field(Parser *p, Pos pos, Node *name, Node *type, bool variadic) {
    Node *f = new_node(p, N_FIELD, name ? name->pos : pos);
    f->name = name ? name->name : NULL;
    f->type = type;
    f->op = variadic ? 1 : 0;
    return f;
}

/* Turns the entries into fields. If no entry is named (and names are not
 * required), bare names are types. Otherwise every entry needs a name and
 * a type: bare names take the type of the next typed entry (a, b int), and
 * one error is reported at the left-most entry that breaks the rule, as
 * gc does. `end` is the position of the closing bracket. */
static NodeList group_params(Parser *p, ParamList *l, Pos end) {
    int named = 0, typed = 0;
    for (int j = 0; j < l->len; j++) {
        named += l->items[j].name && l->items[j].type;
        typed += l->items[j].type != NULL;
    }
    PtrVec out = {0};
    if (named == 0 && !l->type_params) {
        for (int j = 0; j < l->len; j++) {
            ParamEntry *e = &l->items[j];
            Node *t = e->type ? e->type : e->name;
            ptrvec_push(p->arena, &out, make_field(p, e->pos, NULL, t, e->variadic));
        }
        return nodelist_from(&out);
    }
    if (named != l->len) {
        Pos err = {NULL, 0, 0};
        Node *typ = NULL;
        bool variadic = false;
        for (int j = l->len - 1; j >= 0; j--) {
            ParamEntry *e = &l->items[j];
            if (e->type) {
                typ = e->type;
                variadic = e->variadic;
                if (!e->name) {
                    err = node_start_pos(typ);
                    e->name = new_node(p, N_IDENT, err);
                    e->name->name = "_";
                }
            } else if (typ) {
                e->type = typ;
                e->variadic = variadic;
            } else {
                err = e->name->pos;
                e->type = new_node(p, N_BAD, err);
            }
        }
        if (err.line) {
            const char *msg = "mixed named and unnamed parameters";
            if (l->type_params && named == typed) {
                err = end;
                msg = "missing type constraint";
            } else if (l->type_params) {
                msg = "type parameters must be named";
            }
            diag_syntax_error(p->diag, err, msg);
        }
    }
    for (int j = 0; j < l->len; j++) {
        ParamEntry *e = &l->items[j];
        ptrvec_push(p->arena, &out, make_field(p, e->pos, e->name, e->type, e->variadic));
    }
    return nodelist_from(&out);
}

NodeList parameters(Parser *p, TokenKind close, bool type_params) {
    ParamList l = {NULL, 0, 0, close, type_params};
    p->xnest++;
    Pos end = parse_list(p, "parameter list", T_COMMA, close, param_entry, &l);
    p->xnest--;
    return group_params(p, &l, end);
}

/* Signature = Parameters [ Result ] . Fills ftype's list and list2. */
void signature(Parser *p, Node *ftype) {
    want(p, T_LPAREN);   /* after an error, go on as if it were there (gc) */
    ftype->list = parameters(p, T_RPAREN, false);
    if (got(p, T_LPAREN)) {
        ftype->list2 = parameters(p, T_RPAREN, false);
        return;
    }
    Pos pos = pos_now(p);
    Node *t = type_or_nil(p);
    if (t) {
        PtrVec v = {0};
        ptrvec_push(p->arena, &v, make_field(p, pos, NULL, t, false));
        ftype->list2 = nodelist_from(&v);
    }
}

/* [ TypeParameters ] Signature, after `func` or a function's name. Type
 * parameters are accepted everywhere and reported where they are not
 * allowed (context names the construct: "method", "function type"). */
Node *func_type_params(Parser *p, const char *context, NodeList *tparams) {
    Node *t = new_node(p, N_FUNCTYPE, pos_now(p));
    if (got(p, T_LBRACK)) {
        if (context)
            diag_syntax_error(p->diag, t->pos,
                              arena_printf(p->arena, "%s must have no type parameters", context));
        if (tok(p) == T_RBRACK) {
            syntax_error(p, "empty type parameter list");
            next(p);
        } else {
            NodeList l = parameters(p, T_RBRACK, true);
            if (tparams)
                *tparams = l;
        }
    }
    signature(p, t);
    return t;
}

/* FunctionType = "func" Signature . The cursor is after `func`. */
Node *func_type(Parser *p, Pos pos) {
    Node *t = func_type_params(p, "function type", NULL);
    t->pos = pos;
    return t;
}

/* ---- struct and interface types --------------------------------------- */

typedef struct {
    PtrVec fields;
} FieldCtx;

/* Tag = string_lit . Like gc, any literal is taken here; the checker
 * rejects a tag that is not a string. */
static bool is_literal(TokenKind k) {
    return k == T_STRING || k == T_INT || k == T_FLOAT || k == T_IMAG || k == T_CHAR;
}

static void add_tag(Parser *p, Node *f) {
    if (is_literal(tok(p))) {
        f->lit = cur(p)->lit;
        next(p);
    }
}

/* Is the IDENT at the cursor an embedded type (T, pkg.T)? (T[...] is
 * decided by array_or_type_args.) */
static bool ident_is_embedded(Parser *p) {
    TokenKind k = peek(p, 1);
    return k == T_SEMICOLON || k == T_RBRACE || k == T_STRING || k == T_PERIOD || k == T_EOF;
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
static bool field_decl(Parser *p, void *ctx) {
    FieldCtx *c = ctx;
    Pos pos = pos_now(p);
    if (tok(p) == T_IDENT && peek(p, 1) == T_LBRACK) {
        Node *name = ident(p);
        bool named;
        Node *t = array_or_type_args(p, name, &named);
        Node *f = make_field(p, pos, named ? name : NULL, t, false);
        add_tag(p, f);
        ptrvec_push(p->arena, &c->fields, f);
        return false;
    }
    if (tok(p) == T_IDENT && !ident_is_embedded(p)) {
        PtrVec names = {0};
        ptrvec_push(p->arena, &names, ident(p));
        while (got(p, T_COMMA))
            ptrvec_push(p->arena, &names, ident(p));
        Node *t = type_(p);
        int first = c->fields.len;
        for (int j = 0; j < names.len; j++) {
            Node *name = names.items[j];
            ptrvec_push(p->arena, &c->fields, make_field(p, name->pos, name, t, false));
        }
        if (is_literal(tok(p))) {
            const char *tag = cur(p)->lit;
            next(p);
            for (int j = first; j < c->fields.len; j++)
                ((Node *)c->fields.items[j])->lit = tag;
        }
        return false;
    }
    Node *t = NULL;
    if (tok(p) == T_IDENT) {
        t = type_name(p);
    } else if (tok(p) == T_MUL) {
        next(p);
        t = new_node(p, N_STAR, pos);
        if (tok(p) == T_LPAREN) {   /* *(T): complain, then accept */
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            t->x = type_name(p);
            got(p, T_RPAREN);
        } else {
            t->x = type_name(p);
        }
    } else if (tok(p) == T_LPAREN) {   /* (T) or (*T): complain, then accept */
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        if (tok(p) == T_MUL) {
            t = new_node(p, N_STAR, pos_now(p));
            next(p);
            t->x = type_name(p);
        } else {
            t = type_name(p);
        }
        got(p, T_RPAREN);
    } else {
        syntax_error(p, "expecting field name or embedded type");
        ADVANCE(p, T_SEMICOLON, T_RBRACE);
        return false;
    }
    Node *f = make_field(p, pos, NULL, t, false);
    add_tag(p, f);
    ptrvec_push(p->arena, &c->fields, f);
    return false;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
Node *struct_type(Parser *p) {
    Node *n = new_node(p, N_STRUCTTYPE, pos_now(p));
    next(p);
    want(p, T_LBRACE);
    FieldCtx c = {{0}};
    parse_list(p, "struct type", T_SEMICOLON, T_RBRACE, field_decl, &c);
    n->list = nodelist_from(&c.fields);
    return n;
}

/* TypeTerm = [ "~" ] Type . */
static Node *type_term(Parser *p) {
    if (tok(p) == T_TILDE) {
        Node *n = new_node(p, N_UNARY, pos_now(p));
        n->op = T_TILDE;
        next(p);
        n->x = type_(p);
        return n;
    }
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad_node(p);
        syntax_error(p, "expecting ~ term or type");
        ADVANCE(p, T_OR, T_TILDE, T_ADD, T_SUB, T_XOR, T_QUO, T_REM, T_AND, T_LOR, T_LAND,
                T_EQL, T_NEQ, T_LSS, T_LEQ, T_GTR, T_GEQ, T_SHL, T_SHR, T_AND_NOT, T_NOT,
                T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

static Node *type_elem(Parser *p) { return union_rest(p, type_term(p)); }

/* The rest of a union after its first term x. */
static Node *union_rest(Parser *p, Node *x) {
    while (tok(p) == T_OR) {
        Node *n = new_node(p, N_BINARY, pos_now(p));
        n->op = T_OR;
        next(p);
        n->x = x;
        n->y = type_term(p);
        x = n;
    }
    return x;
}

/* InterfaceElem = MethodElem | TypeElem . MethodElem = MethodName Signature . */
static bool interface_elem(Parser *p, void *ctx) {
    FieldCtx *c = ctx;
    Pos pos = pos_now(p);
    if (tok(p) == T_IDENT && peek(p, 1) == T_LPAREN) {
        Node *name = ident(p);
        Node *ft = new_node(p, N_FUNCTYPE, pos);
        signature(p, ft);
        ptrvec_push(p->arena, &c->fields, make_field(p, pos, name, ft, false));
        return false;
    }
    if (tok(p) == T_IDENT && peek(p, 1) == T_LBRACK && peek(p, 2) == T_IDENT &&
        peek(p, 3) != T_RBRACK && peek(p, 3) != T_COMMA && peek(p, 3) != T_PERIOD &&
        peek(p, 3) != T_LBRACK) {
        Node *name = ident(p);   /* M[P any](): type parameters on a method */
        diag_error(p->diag, pos_now(p), "interface method must have no type parameters");
        next(p);
        parameters(p, T_RBRACK, true);
        Node *ft = new_node(p, N_FUNCTYPE, pos);
        signature(p, ft);
        ptrvec_push(p->arena, &c->fields, make_field(p, pos, name, ft, false));
        return false;
    }
    ptrvec_push(p->arena, &c->fields, make_field(p, pos, NULL, type_elem(p), false));
    return false;
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
Node *interface_type(Parser *p) {
    Node *n = new_node(p, N_INTERFACETYPE, pos_now(p));
    next(p);
    want(p, T_LBRACE);
    FieldCtx c = {{0}};
    parse_list(p, "interface type", T_SEMICOLON, T_RBRACE, interface_elem, &c);
    n->list = nodelist_from(&c.fields);
    return n;
}
