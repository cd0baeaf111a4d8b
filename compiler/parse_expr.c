/* parse_expr.c: the expression grammar: binary expressions by precedence
 * climbing, unary expressions (including <-chan T re-association), primary
 * expressions with selectors, index and slice expressions (3-index too),
 * generic instantiation, type assertions, calls with `...`, composite
 * literals and function literals. Types may appear where expressions do
 * (conversions, composite literal types, make/new arguments), so the
 * operand rule also accepts the type keywords.
 *
 * Technique: gc's treatment of the composite-literal ambiguity. In the
 * header of an if, for or switch statement, `T {` opens the statement's
 * block, not a composite literal: the header is parsed with xnest < 0, and
 * a `{` after a plain type name (T, pkg.T, T[int]) starts a composite
 * literal only when xnest >= 0; xnest goes up inside (), [] and {} so that
 * `if x == (T{}) {` and `if f(T{}) {` work. A `{` after an explicit
 * composite type ([]int, [N]T, map[K]V, struct{...}) is always a literal.
 *
 * Invariants: expression never returns NULL (N_BAD after an error); node
 * positions follow gc (operator token for binary/unary expressions, the
 * `.`, `[`, `(` or `{` for selectors, indexing, calls and literals).
 */
#include "parse.h"

static Node *binary_expr(Parser *p, int prec);

Node *expression(Parser *p) { return binary_expr(p, 1); }

NodeList expression_list(Parser *p) {
    PtrVec v = {0};
    ptrvec_push(p->arena, &v, expression(p));
    while (got(p, T_COMMA))
        ptrvec_push(p->arena, &v, expression(p));
    return nodelist_from(&v);
}

bool is_type_switch_guard(const Node *n) {
    return n && n->kind == N_TYPEASSERT && n->type == NULL;
}

/* BinaryExpr = Expression binary_op Expression, by precedence climbing. */
static Node *binary_expr(Parser *p, int prec) {
    Node *x = unary_expr(p);
    for (;;) {
        int op_prec = token_binary_prec(tok(p));
        if (op_prec < prec)
            return x;
        Node *n = new_node(p, N_BINARY, pos_now(p));
        n->op = tok(p);
        next(p);
        n->x = x;
        n->y = binary_expr(p, op_prec + 1);
        x = n;
    }
}

/* `<-chan T` was parsed as a receive from the type `chan T`: turn it into
 * a receive-only channel type, re-associating through nested chan<- as the
 * specification requires. */
static Node *recv_chan_type(Parser *p, Node *arrow, Node *chan) {
    int dir = CHAN_SEND;
    Node *t = chan;
    while (dir == CHAN_SEND && t && t->kind == N_CHANTYPE) {
        dir = t->op;
        if (dir == CHAN_RECV) {
            diag_syntax_error(p->diag, t->pos, "unexpected <-, expecting chan");
            break;
        }
        t->op = CHAN_RECV;
        t = t->elem;
    }
    if (dir == CHAN_SEND)
        diag_syntax_error(p->diag, arrow->pos, "unexpected <-, expecting chan");
    chan->pos = arrow->pos;
    return chan;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
Node *unary_expr(Parser *p) {
    if (!enter(p))
        return bad_node(p);
    Node *n;
    switch (tok(p)) {
    case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_AND: case T_TILDE:
        n = new_node(p, N_UNARY, pos_now(p));
        n->op = tok(p);
        next(p);
        n->x = unary_expr(p);
        break;
    case T_MUL:
        n = new_node(p, N_STAR, pos_now(p));
        next(p);
        n->x = unary_expr(p);
        break;
    case T_ARROW:
        n = new_node(p, N_UNARY, pos_now(p));
        n->op = T_ARROW;
        next(p);
        n->x = unary_expr(p);
        if (n->x->kind == N_CHANTYPE)
            n = recv_chan_type(p, n, n->x);
        break;
    default:
        n = primary_expr(p, NULL);
        break;
    }
    leave(p);
    return n;
}

static Node *basic_lit(Parser *p) {
    Node *n = new_node(p, N_BASICLIT, pos_now(p));
    n->op = tok(p);
    n->lit = cur(p)->lit;
    next(p);
    return n;
}

/* FunctionLit = "func" Signature FunctionBody, or just a function type. */
Node *func_lit_or_type(Parser *p) {
    Pos pos = pos_now(p);
    next(p);
    Node *t = func_type(p, pos);
    if (tok(p) != T_LBRACE)
        return t;
    Node *n = new_node(p, N_FUNCLIT, pos);
    n->type = t;
    p->xnest++;
    n->body = func_body(p);
    p->xnest--;
    return n;
}

/* Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" . */
static Node *operand(Parser *p) {
    Node *n;
    switch (tok(p)) {
    case T_IDENT:
        return ident(p);
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return basic_lit(p);
    case T_LPAREN:
        n = new_node(p, N_PAREN, pos_now(p));
        next(p);
        p->xnest++;
        n->x = expression(p);
        p->xnest--;
        want(p, T_RPAREN);
        return n;
    case T_FUNC:
        return func_lit_or_type(p);
    case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
        return type_(p);
    default:
        n = bad_node(p);
        syntax_error(p, "expecting expression");
        ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return n;
    }
}

static Node *unparen(Node *x) {
    while (x->kind == N_PAREN)
        x = x->x;
    return x;
}

/* Does `{` after x open a composite literal (see the header comment)? */
static bool complit_ok(Parser *p, Node *x) {
    switch (unparen(x)->kind) {
    case N_IDENT: case N_SELECTOR: case N_INDEX:
        return p->xnest >= 0;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_STRUCTTYPE: case N_MAPTYPE:
        return true;
    default:
        return false;
    }
}

/* Element = Expression | LiteralValue ; KeyedElement = [ Key ":" ] Element . */
static Node *element(Parser *p) {
    if (tok(p) == T_LBRACE)
        return literal_value(p, NULL);
    return expression(p);
}

static bool keyed_element(Parser *p, void *ctx) {
    PtrVec *elems = ctx;
    Node *x = element(p);
    if (tok(p) == T_COLON) {
        Node *kv = new_node(p, N_KEYVALUE, pos_now(p));
        next(p);
        kv->x = x;
        kv->y = element(p);
        x = kv;
    }
    ptrvec_push(p->arena, elems, x);
    return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . The cursor is on `{`. */
Node *literal_value(Parser *p, Node *type) {
    if (!enter(p))
        return bad_node(p);
    Node *n = new_node(p, N_COMPOSITELIT, pos_now(p));
    n->type = type;
    next(p);
    p->xnest++;
    PtrVec elems = {0};
    n->end = parse_list(p, "composite literal", T_COMMA, T_RBRACE, keyed_element, &elems);
    p->xnest--;
    n->list = nodelist_from(&elems);
    leave(p);
    return n;
}

/* Selector = "." identifier ; TypeAssertion = "." "(" Type ")" . */
static Node *selector_or_assertion(Parser *p, Node *x) {
    Pos pos = pos_now(p);
    next(p);
    if (tok(p) == T_IDENT) {
        Node *n = new_node(p, N_SELECTOR, pos);
        n->x = x;
        n->name = cur(p)->lit;
        n->end = pos_now(p);   /* the selected name */
        next(p);
        return n;
    }
    if (got(p, T_LPAREN)) {
        Node *n = new_node(p, N_TYPEASSERT, pos);
        n->x = x;
        if (!got(p, T_TYPE))
            n->type = type_(p);
        want(p, T_RPAREN);
        return n;
    }
    syntax_error(p, "expecting name or (");
    ADVANCE(p, T_SEMICOLON, T_RPAREN);
    return x;
}

/* The rest of a slice expression after x[lo, with the cursor on `:`. */
static Node *slice_rest(Parser *p, Node *n) {
    n->kind = N_SLICE;
    n->op = 2;
    if (!got(p, T_COLON)) {
        syntax_error(p, "expecting comma, : or ]");
        ADVANCE(p, T_COMMA, T_COLON, T_RBRACK);   /* a `:` here acts as the second */
    }
    if (tok(p) != T_COLON && tok(p) != T_RBRACK)
        n->z = expression(p);
    if (tok(p) == T_COLON) {
        n->op = 3;
        if (!n->z)
            diag_error(p->diag, pos_now(p), "middle index required in 3-index slice");
        next(p);
        if (tok(p) == T_RBRACK)
            diag_error(p->diag, pos_now(p), "final index required in 3-index slice");
        else
            n->w = expression(p);
    }
    return n;
}

/* Index = "[" Expression "]" ; Slice ; TypeArgs. The cursor is on `[`. */
static Node *index_or_slice(Parser *p, Node *x) {
    Node *n = new_node(p, N_INDEX, pos_now(p));
    n->x = x;
    next(p);
    if (tok(p) == T_RBRACK) {
        syntax_error(p, "expecting operand");
        next(p);
        return x;
    }
    p->xnest++;
    if (tok(p) == T_COLON) {
        slice_rest(p, n);
    } else {
        PtrVec idx = {0};
        bool comma = type_list(p, &idx);
        if (comma || tok(p) == T_RBRACK) {
            n->list = nodelist_from(&idx);
        } else {
            n->y = idx.items[0];
            slice_rest(p, n);
        }
    }
    p->xnest--;
    want(p, T_RBRACK);
    return n;
}

typedef struct {
    PtrVec args;
    bool dots;
} ArgCtx;

static bool argument(Parser *p, void *ctx) {
    ArgCtx *c = ctx;
    ptrvec_push(p->arena, &c->args, expression(p));
    c->dots = got(p, T_ELLIPSIS);
    return c->dots;
}

/* Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" . */
static Node *call(Parser *p, Node *fun) {
    Node *n = new_node(p, N_CALL, pos_now(p));
    n->x = fun;
    next(p);
    p->xnest++;
    ArgCtx c = {{0}, false};
    parse_list(p, "argument list", T_COMMA, T_RPAREN, argument, &c);
    p->xnest--;
    n->list = nodelist_from(&c.args);
    n->op = c.dots ? 1 : 0;
    return n;
}

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *   PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
 *   PrimaryExpr Arguments | CompositeLit . */
Node *primary_expr(Parser *p, Node *x) {
    if (!x)
        x = operand(p);
    for (;;) {
        switch (tok(p)) {
        case T_PERIOD:
            x = selector_or_assertion(p, x);
            break;
        case T_LBRACK:
            x = index_or_slice(p, x);
            break;
        case T_LPAREN:
            x = call(p, x);
            break;
        case T_LBRACE:
            if (!complit_ok(p, x))
                return x;
            if (unparen(x) != x)
                syntax_error(p, "cannot parenthesize type in composite literal");
            x = literal_value(p, x);
            break;
        default:
            return x;
        }
        if (p->diag->too_many || p->diag->stop)
            return x;
    }
}
