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

/* Index of the token after the `]` matching the `[` at peek(p, at), as a
 * peek distance; the scan stops at EOF. */
static int after_matching_bracket(Parser *p, int at) {
    int depth = 0;
    for (int j = at;; j++) {
        TokenKind k = peek(p, j);
        if (k == T_EOF)
            return j;
        if (k == T_LBRACK || k == T_LPAREN || k == T_LBRACE)
            depth++;
        else if (k == T_RBRACK || k == T_RPAREN || k == T_RBRACE) {
            if (--depth == 0)
                return j + 1;
        }
    }
}

/* TypeArgs = "[" TypeList [ "," ] "]" . The cursor is on the `[`. */
static Node *type_args(Parser *p, Node *x) {
    Node *n = new_node(p, N_INDEX, pos_now(p));
    n->x = x;
    next(p);
    p->xnest++;
    PtrVec args = {0};
    while (tok(p) != T_RBRACK && tok(p) != T_EOF) {
        ptrvec_push(p->arena, &args, type_(p));
        if (!got(p, T_COMMA))
            break;
    }
    p->xnest--;
    if (args.len == 0)
        syntax_error(p, "expecting type");
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

/* Does the IDENT at the cursor begin "name type" (true) or is it a type
 * or a name to be grouped (false)? */
static bool ident_has_type(Parser *p, ParamList *l) {
    TokenKind k = peek(p, 1);
    if (k == T_COMMA || k == l->close || k == T_PERIOD || k == T_EOF)
        return false;
    if (k == T_LBRACK && !l->type_params) {
        TokenKind after = peek(p, after_matching_bracket(p, 1));
        return !(after == T_COMMA || after == l->close);
    }
    return true;
}

static bool param_entry(Parser *p, void *ctx) {
    ParamList *l = ctx;
    ParamEntry e = {NULL, NULL, false, pos_now(p)};
    if (tok(p) == T_IDENT && ident_has_type(p, l)) {
        e.name = ident(p);
        e.type = param_type(p, l, &e.variadic);
    } else if (tok(p) == T_IDENT && (peek(p, 1) == T_COMMA || peek(p, 1) == l->close)) {
        e.name = ident(p);   /* a name or a type; decided later */
    } else if (tok(p) == T_ELLIPSIS) {
        e.type = param_type(p, l, &e.variadic);
    } else if (tok(p) != T_IDENT) {
        e.type = tok(p) == T_TILDE ? type_elem(p) : type_or_nil(p);
        if (!e.type) {
            e.type = bad_node(p);
            syntax_error(p, arena_printf(p->arena, "expecting %s", token_text(l->close)));
            ADVANCE(p, T_COMMA, l->close);
        }
    } else {
        e.type = type_(p);   /* pkg.T or T[args] */
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

/* Turns the entries into fields, grouping bare names with the next type. */
static NodeList group_params(Parser *p, ParamList *l) {
    bool named = false;
    for (int j = 0; j < l->len; j++)
        if (l->items[j].name && l->items[j].type)
            named = true;
    PtrVec out = {0};
    if (!named && !l->type_params) {
        for (int j = 0; j < l->len; j++) {
            ParamEntry *e = &l->items[j];
            Node *t = e->type ? e->type : e->name;
            ptrvec_push(p->arena, &out, make_field(p, e->pos, NULL, t, e->variadic));
        }
        return nodelist_from(&out);
    }
    int pending = 0;   /* bare names waiting for their type */
    for (int j = 0; j < l->len; j++) {
        ParamEntry *e = &l->items[j];
        if (!e->name) {
            diag_syntax_error(p->diag, e->pos, l->type_params ? "type parameters must be named"
                                                             : "mixed named and unnamed parameters");
            e->name = new_node(p, N_IDENT, e->pos);
            e->name->name = "_";
        }
        if (!e->type) {
            pending++;
            continue;
        }
        for (int k = j - pending; k <= j; k++)
            ptrvec_push(p->arena, &out,
                        make_field(p, l->items[k].pos, l->items[k].name, e->type, e->variadic));
        pending = 0;
    }
    if (pending > 0) {
        ParamEntry *e = &l->items[l->len - 1];
        diag_syntax_error(p->diag, e->pos, l->type_params ? "missing type constraint"
                                                         : "mixed named and unnamed parameters");
        for (int k = l->len - pending; k < l->len; k++)
            ptrvec_push(p->arena, &out,
                        make_field(p, l->items[k].pos, l->items[k].name, new_node(p, N_BAD, e->pos),
                                   false));
    }
    return nodelist_from(&out);
}

NodeList parameters(Parser *p, TokenKind close, bool type_params) {
    ParamList l = {NULL, 0, 0, close, type_params};
    p->xnest++;
    parse_list(p, "parameter list", T_COMMA, close, param_entry, &l);
    p->xnest--;
    return group_params(p, &l);
}

/* Signature = Parameters [ Result ] . Fills ftype's list and list2. */
void signature(Parser *p, Node *ftype) {
    if (tok(p) != T_LPAREN) {
        syntax_error(p, "expecting (");
        ADVANCE(p, T_LBRACE, T_SEMICOLON, T_RPAREN);
    } else {
        next(p);
        ftype->list = parameters(p, T_RPAREN, false);
    }
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

/* FunctionType = "func" Signature . The cursor is after `func`. */
Node *func_type(Parser *p, Pos pos) {
    Node *t = new_node(p, N_FUNCTYPE, pos);
    if (tok(p) == T_LBRACK) {
        syntax_error(p, "function type must have no type parameters");
        ADVANCE(p, T_LPAREN);
    }
    signature(p, t);
    return t;
}

/* ---- struct and interface types --------------------------------------- */

typedef struct {
    PtrVec fields;
} FieldCtx;

static void add_tag(Parser *p, Node *f) {
    if (tok(p) == T_STRING) {
        f->lit = cur(p)->lit;
        next(p);
    }
}

/* Is the IDENT at the cursor an embedded type (T, pkg.T, T[args])? */
static bool ident_is_embedded(Parser *p) {
    TokenKind k = peek(p, 1);
    if (k == T_SEMICOLON || k == T_RBRACE || k == T_STRING || k == T_PERIOD || k == T_EOF)
        return true;
    if (k == T_LBRACK) {
        TokenKind after = peek(p, after_matching_bracket(p, 1));
        return after == T_SEMICOLON || after == T_RBRACE || after == T_STRING;
    }
    return false;
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
static bool field_decl(Parser *p, void *ctx) {
    FieldCtx *c = ctx;
    Pos pos = pos_now(p);
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
        if (tok(p) == T_STRING) {
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
        if (tok(p) == T_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            t->x = type_(p);
        } else {
            t->x = type_name(p);
        }
    } else if (tok(p) == T_LPAREN) {
        syntax_error(p, "cannot parenthesize embedded type");
        t = type_(p);
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

/* TypeTerm = [ "~" ] Type . TypeElem = TypeTerm { "|" TypeTerm } . */
static Node *type_term(Parser *p) {
    if (tok(p) == T_TILDE) {
        Node *n = new_node(p, N_UNARY, pos_now(p));
        n->op = T_TILDE;
        next(p);
        n->x = type_(p);
        return n;
    }
    return type_(p);
}

static Node *type_elem(Parser *p) {
    Node *x = type_term(p);
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
    if (tok(p) == T_IDENT && peek(p, 1) == T_LBRACK &&
        peek(p, after_matching_bracket(p, 1)) == T_LPAREN) {
        Node *name = ident(p);
        diag_error(p->diag, pos_now(p), "interface method must have no type parameters");
        next(p);
        parameters(p, T_RBRACK, true);
        Node *ft = new_node(p, N_FUNCTYPE, pos);
        signature(p, ft);
        ptrvec_push(p->arena, &c->fields, make_field(p, pos, name, ft, false));
        return false;
    }
    if (tok(p) == T_IDENT || tok(p) == T_TILDE || tok(p) == T_MUL || tok(p) == T_LPAREN ||
        tok(p) == T_LBRACK || tok(p) == T_MAP || tok(p) == T_CHAN || tok(p) == T_FUNC ||
        tok(p) == T_STRUCT || tok(p) == T_INTERFACE || tok(p) == T_ARROW) {
        ptrvec_push(p->arena, &c->fields, make_field(p, pos, NULL, type_elem(p), false));
        return false;
    }
    syntax_error(p, "expecting method or embedded element");
    ADVANCE(p, T_SEMICOLON, T_RBRACE);
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
