/* parse_stmt.c: the statement grammar: blocks and statement lists, simple
 * statements (expression, send, inc/dec, assignment, short variable
 * declaration), labeled statements, go/defer/return/break/continue/goto/
 * fallthrough, if/else, switch and type switch, select, for with its three
 * forms (condition, three clauses, range).
 *
 * Technique: as gc, the headers of if, for and switch are parsed by one
 * function (header) with xnest = -1 (see parse_expr.c for why), as an
 * optional init statement and then a condition, tag or post statement; a
 * for header whose first statement turns out to be a range clause ends
 * there. A type switch is recognised from its guard: a simple statement
 * `x.(type)` or `v := x.(type)` in the switch header. Error recovery in a
 * statement list skips to the next `;`, `}`, case or default.
 *
 * Invariants: block never returns NULL; statement_list stops at `}`,
 * case, default and EOF without consuming them.
 */
#include <string.h>

#include "parse.h"

static Node *stmt_or_nil(Parser *p);
static Node *simple_stmt(Parser *p, NodeList *lhs, TokenKind keyword);

NodeList statement_list(Parser *p) {
    PtrVec stmts = {0};
    while (tok(p) != T_EOF && tok(p) != T_RBRACE && tok(p) != T_CASE && tok(p) != T_DEFAULT) {
        int before = p->i;
        Node *s = stmt_or_nil(p);
        if (!s)
            break;
        ptrvec_push(p->arena, &stmts, s);
        if (!got(p, T_SEMICOLON) && tok(p) != T_RBRACE) {
            syntax_error(p, "at end of statement");
            ADVANCE(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
            got(p, T_SEMICOLON);
        }
        if (p->i == before)
            advance(p, NULL, 0);   /* no progress: never loop in place */
    }
    return nodelist_from(&stmts);
}

/* Block = "{" StatementList "}" . */
Node *block(Parser *p, const char *context) {
    Node *b = new_node(p, N_BLOCK, pos_now(p));
    if (!got(p, T_LBRACE)) {
        syntax_error(p, arena_printf(p->arena, "expecting { after %s", context));
        ADVANCE(p, T_IDENT, T_RBRACE);
        if (got(p, T_RBRACE))
            return b;
    }
    if (!enter(p))
        return b;
    b->list = statement_list(p);
    leave(p);
    b->end = pos_now(p);
    want(p, T_RBRACE);
    return b;
}

Node *func_body(Parser *p) {
    p->fnest++;
    int outer = p->xnest;
    int errors = p->diag->nerrors - p->branch_errors;
    p->xnest = 0;
    Node *b = block(p, "");
    p->xnest = outer;
    p->fnest--;
    if (p->diag->nerrors - p->branch_errors == errors)   /* as gc: bodies without parse errors */
        p->branch_errors += check_branches(b, p->diag, p->arena);
    return b;
}

/* ---- simple statements ------------------------------------------------ */

static Node *range_clause(Parser *p, Pos pos, NodeList *lhs, TokenKind op) {
    Node *n = new_node(p, N_RANGE, pos);
    if (lhs)
        n->list = *lhs;
    n->op = op;
    n->end = pos_now(p);
    next(p);   /* range */
    n->x = expression(p);
    return n;
}

static Node *assign(Parser *p, Pos pos, TokenKind op, NodeList lhs, NodeList rhs) {
    Node *n = new_node(p, N_ASSIGN, pos);
    n->op = op;
    n->list = lhs;
    n->list2 = rhs;
    return n;
}

static NodeList one(Parser *p, Node *x) {
    PtrVec v = {0};
    ptrvec_push(p->arena, &v, x);
    return nodelist_from(&v);
}

/* A simple statement whose left side is a single expression x. */
static Node *simple_stmt_single(Parser *p, Node *x) {
    Pos pos = pos_now(p);
    TokenKind k = tok(p);
    if (token_assign_base(k) != T_EOF) {
        next(p);
        return assign(p, pos, k, one(p, x), one(p, expression(p)));
    }
    if (k == T_INC || k == T_DEC) {
        next(p);
        Node *n = new_node(p, N_INCDEC, pos);
        n->op = k;
        n->x = x;
        return n;
    }
    if (k == T_ARROW) {
        next(p);
        Node *n = new_node(p, N_SEND, pos);
        n->x = x;
        n->y = expression(p);
        return n;
    }
    Node *n = new_node(p, N_EXPRSTMT, x->pos);
    n->x = x;
    return n;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl . (and RangeClause in for) */
static Node *simple_stmt(Parser *p, NodeList *lhs_in, TokenKind keyword) {
    if (keyword == T_FOR && tok(p) == T_RANGE)
        return range_clause(p, pos_now(p), NULL, 0);
    NodeList lhs = lhs_in ? *lhs_in : expression_list(p);
    if (lhs.len == 1 && tok(p) != T_ASSIGN && tok(p) != T_DEFINE)
        return simple_stmt_single(p, lhs.items[0]);
    if (tok(p) == T_ASSIGN || tok(p) == T_DEFINE) {
        Pos pos = pos_now(p);
        TokenKind op = tok(p);
        next(p);
        if (keyword == T_FOR && tok(p) == T_RANGE)
            return range_clause(p, pos, &lhs, op);
        NodeList rhs = expression_list(p);
        if (keyword == T_SWITCH && op == T_DEFINE && rhs.len == 1 && lhs.len == 1 &&
            is_type_switch_guard(rhs.items[0]) && lhs.items[0]->kind == N_IDENT) {
            Node *guard = rhs.items[0];
            guard->name = lhs.items[0]->name;   /* switch v := x.(type) */
            guard->pos = lhs.items[0]->pos;
            Node *n = new_node(p, N_EXPRSTMT, guard->pos);
            n->x = guard;
            return n;
        }
        return assign(p, pos, op, lhs, rhs);
    }
    syntax_error(p, "expecting := or = or comma");
    ADVANCE(p, T_SEMICOLON, T_RBRACE);
    Node *n = new_node(p, N_EXPRSTMT, lhs.items[0]->pos);
    n->x = lhs.items[0];
    return n;
}

/* ---- if, for, switch, select ------------------------------------------ */

typedef struct {
    Node *init, *cond, *post;
} Header;

/* How gc quotes a statement used as a condition: "cannot use %s as value".
 * A plain assignment is parenthesized to show the `=` that was meant as
 * `==`. */
static const char *stmt_summary(Parser *p, Node *s) {
    if (s->kind == N_ASSIGN && s->op == T_ASSIGN)
        return arena_printf(p->arena, "assignment (%s) = (%s)", list_string(p->arena, s->list),
                            list_string(p->arena, s->list2));
    return node_string_full(p->arena, s);
}

static void header_cond(Parser *p, Header *h, Node *cond_stmt, TokenKind keyword,
                        Pos semi_pos, const char *semi_lit) {
    if (!cond_stmt) {
        if (keyword == T_IF && semi_lit) {
            if (strcmp(semi_lit, "semicolon") != 0)
                diag_syntax_error(p->diag, semi_pos,
                                  arena_printf(p->arena, "unexpected %s, expecting { after if clause",
                                               semi_lit));
            else
                diag_syntax_error(p->diag, semi_pos, "missing condition in if statement");
            h->cond = new_node(p, N_BAD, semi_pos);
        }
        return;
    }
    if (cond_stmt->kind == N_EXPRSTMT) {
        h->cond = cond_stmt->x;
        return;
    }
    diag_syntax_error(p->diag, cond_stmt->pos,
                      arena_printf(p->arena, "cannot use %s as value", stmt_summary(p, cond_stmt)));
    h->cond = new_node(p, N_BAD, cond_stmt->pos);
}

static void for_clauses(Parser *p, Header *h, Node **cond_stmt) {
    if (tok(p) != T_SEMICOLON) {
        if (tok(p) == T_LBRACE) {
            syntax_error(p, "expecting for loop condition");
            return;
        }
        *cond_stmt = simple_stmt(p, NULL, 0);
    }
    want(p, T_SEMICOLON);
    if (tok(p) != T_LBRACE) {
        h->post = simple_stmt(p, NULL, 0);
        if (h->post->kind == N_ASSIGN && h->post->op == T_DEFINE)
            diag_syntax_error(p->diag, h->post->pos, "cannot declare in post statement of for loop");
    }
}

/* The header of if, for and switch, after the keyword. */
static Header header(Parser *p, TokenKind keyword) {
    Header h = {NULL, NULL, NULL};
    if (tok(p) == T_LBRACE) {
        if (keyword == T_IF) {
            syntax_error(p, "missing condition in if statement");
            h.cond = bad_node(p);
        }
        return h;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (tok(p) != T_SEMICOLON) {
        if (got(p, T_VAR))
            syntax_error(p, arena_printf(p->arena, "var declaration not allowed in %s initializer",
                                         token_text(keyword)));
        h.init = simple_stmt(p, NULL, keyword);
        if (h.init->kind == N_RANGE) {
            p->xnest = outer;
            return h;
        }
    }
    Node *cond_stmt = NULL;
    Pos semi_pos = pos_now(p);
    const char *semi_lit = NULL;
    if (tok(p) != T_LBRACE) {
        if (tok(p) == T_SEMICOLON) {
            semi_lit = cur(p)->lit;
            next(p);
        } else {
            want(p, T_LBRACE);
            if (tok(p) != T_LBRACE)
                ADVANCE(p, T_LBRACE, T_RBRACE);
        }
        if (keyword == T_FOR)
            for_clauses(p, &h, &cond_stmt);
        else if (tok(p) != T_LBRACE)
            cond_stmt = simple_stmt(p, NULL, keyword);
    } else {
        cond_stmt = h.init;
        h.init = NULL;
    }
    header_cond(p, &h, cond_stmt, keyword, semi_pos, semi_lit);
    p->xnest = outer;
    return h;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
static Node *if_stmt(Parser *p) {
    Node *n = new_node(p, N_IF, pos_now(p));
    next(p);
    if (!enter(p))
        return n;
    Header h = header(p, T_IF);
    n->init = h.init;
    n->cond = h.cond ? h.cond : bad_node(p);
    n->body = block(p, "if clause");
    if (got(p, T_ELSE)) {
        if (tok(p) == T_IF)
            n->els = if_stmt(p);
        else if (tok(p) == T_LBRACE)
            n->els = block(p, "");
        else {
            syntax_error(p, "else must be followed by if or statement block");
            ADVANCE(p, T_IDENT, T_RBRACE);
        }
    }
    leave(p);
    return n;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *for_stmt(Parser *p) {
    Pos pos = pos_now(p);
    next(p);
    Header h = header(p, T_FOR);
    Node *n;
    if (h.init && h.init->kind == N_RANGE) {
        n = h.init;
        n->pos = pos;
    } else {
        n = new_node(p, N_FOR, pos);
        n->init = h.init;
        n->cond = h.cond;
        n->post = h.post;
    }
    n->body = block(p, "for clause");
    return n;
}


/* The "{" { clause } "}" of a switch or select (missing_brace: the error
 * when "{" is not there); a clause that consumes nothing is stepped over,
 * so the loop always ends. */
static NodeList clause_block(Parser *p, const char *missing_brace, Node *(*clause)(Parser *)) {
    if (!got(p, T_LBRACE)) {
        syntax_error(p, missing_brace);
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    PtrVec clauses = {0};
    while (tok(p) != T_EOF && tok(p) != T_RBRACE) {
        int before = p->i;
        ptrvec_push(p->arena, &clauses, clause(p));
        if (p->i == before)
            advance(p, NULL, 0);
    }
    NodeList l = nodelist_from(&clauses);
    want(p, T_RBRACE);
    return l;
}
/* ExprCaseClause / TypeCaseClause = SwitchCase ":" StatementList . */
static Node *case_clause(Parser *p) {
    Node *c = new_node(p, N_CASE, pos_now(p));
    if (got(p, T_CASE)) {
        c->list = expression_list(p);
    } else if (got(p, T_DEFAULT)) {
        c->op = 1;
    } else {
        syntax_error(p, "expecting case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    want(p, T_COLON);
    c->list2 = statement_list(p);
    return c;
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt . */
static Node *switch_stmt(Parser *p) {
    Node *n = new_node(p, N_SWITCH, pos_now(p));
    next(p);
    Header h = header(p, T_SWITCH);
    n->init = h.init;
    n->x = h.cond;
    if (is_type_switch_guard(h.cond)) {
        n->kind = N_TYPESWITCH;
        n->name = h.cond->name;
        n->x = h.cond->x;
        n->y = h.cond;   /* the guard: its position is the bound variable's */
    }
    n->list = clause_block(p, "missing { after switch clause", case_clause);
    return n;
}

/* CommClause = CommCase ":" StatementList . */
static Node *comm_clause(Parser *p) {
    Node *c = new_node(p, N_COMMCLAUSE, pos_now(p));
    if (got(p, T_CASE)) {
        c->x = simple_stmt(p, NULL, 0);
    } else if (got(p, T_DEFAULT)) {
        c->op = 1;
    } else {
        syntax_error(p, "expecting case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    want(p, T_COLON);
    c->list2 = statement_list(p);
    return c;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *select_stmt(Parser *p) {
    Node *n = new_node(p, N_SELECT, pos_now(p));
    next(p);
    n->list = clause_block(p, "missing { after select clause", comm_clause);
    return n;
}

/* ---- other statements ------------------------------------------------- */

/* GoStmt = "go" Expression . DeferStmt = "defer" Expression . */
static Node *call_stmt(Parser *p) {
    Node *n = new_node(p, tok(p) == T_GO ? N_GO : N_DEFER, pos_now(p));
    const char *what = tok(p) == T_GO ? "go" : "defer";
    next(p);
    Node *x = unary_expr(p);
    Node *inner = x;
    while (inner->kind == N_PAREN)
        inner = inner->x;
    if (inner != x && inner->kind == N_CALL)
        diag_error(p->diag, x->pos, "expression in %s must not be parenthesized", what);
    else if (inner->kind != N_CALL) {
        diag_error(p->diag, x->pos, "expression in %s must be function call", what);
        Node *call = new_node(p, N_CALL, x->pos);   /* as gc: assume missing () */
        call->x = x;
        x = call;
    }
    n->x = x;
    return n;
}

static Node *decl_stmt(Parser *p) {
    Node *n = new_node(p, N_DECLSTMT, pos_now(p));
    TokenKind k = tok(p);
    next(p);
    PtrVec decls = {0};
    decl_group(p, k == T_CONST ? const_decl_spec : k == T_VAR ? var_decl_spec : type_decl_spec,
               &decls);
    n->list = nodelist_from(&decls);
    return n;
}

static Node *branch_stmt(Parser *p) {
    Node *n = new_node(p, N_BRANCH, pos_now(p));
    n->op = tok(p);
    next(p);
    if (n->op == T_GOTO) {
        n->end = pos_now(p);
        n->name = ident(p)->name;
    } else if (n->op != T_FALLTHROUGH && tok(p) == T_IDENT) {
        n->end = pos_now(p);   /* the label */
        n->name = cur(p)->lit;
        next(p);
    }
    return n;
}

static Node *return_stmt(Parser *p) {
    Node *n = new_node(p, N_RETURN, pos_now(p));
    next(p);
    if (tok(p) != T_SEMICOLON && tok(p) != T_RBRACE)
        n->list = expression_list(p);
    return n;
}

/* LabeledStmt = Label ":" Statement . The cursor is on the `:`. */
static Node *labeled_stmt(Parser *p, Node *label) {
    Node *n = new_node(p, N_LABELED, label->pos);
    n->name = label->name;
    Pos colon = pos_now(p);
    next(p);
    if (tok(p) == T_RBRACE) {
        n->body = new_node(p, N_EMPTY, pos_now(p));
        return n;
    }
    n->body = stmt_or_nil(p);
    if (n->body)
        return n;
    diag_syntax_error(p->diag, colon, "missing statement after label");
    return NULL;
}

static Node *stmt_or_nil(Parser *p) {
    if (!enter(p))
        return NULL;
    Node *s = NULL;
    switch (tok(p)) {
    case T_IDENT: {
        NodeList lhs = expression_list(p);
        if (lhs.len == 1 && lhs.items[0]->kind == N_IDENT && tok(p) == T_COLON)
            s = labeled_stmt(p, lhs.items[0]);
        else
            s = simple_stmt(p, &lhs, 0);
        break;
    }
    case T_VAR: case T_CONST: case T_TYPE:
        s = decl_stmt(p);
        break;
    case T_LBRACE:
        s = block(p, "");
        break;
    case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT: case T_ARROW:
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN:
    case T_INTERFACE:
        s = simple_stmt(p, NULL, 0);
        break;
    case T_FOR: s = for_stmt(p); break;
    case T_SWITCH: s = switch_stmt(p); break;
    case T_SELECT: s = select_stmt(p); break;
    case T_IF: s = if_stmt(p); break;
    case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GOTO:
        s = branch_stmt(p);
        break;
    case T_GO: case T_DEFER: s = call_stmt(p); break;
    case T_RETURN: s = return_stmt(p); break;
    case T_SEMICOLON:
        s = new_node(p, N_EMPTY, pos_now(p));
        break;
    default:
        break;
    }
    leave(p);
    return s;
}
