/* branches.c: the checks gc's parser makes on the branch statements of a
 * function body once the body has parsed without error: break, continue
 * and fallthrough in place, labels defined once and used, break/continue
 * labels naming an enclosing statement, goto targets that exist and are
 * not inside a block the goto is outside of. The errors are gc's, word for
 * word; they are not syntax errors (type checking still runs after them).
 *
 * Technique: two walks over the statements of one body (function literals
 * inside are separate bodies, checked when they are parsed). The first
 * collects the labels with the block that holds each; the second carries a
 * context (innermost breakable and continuable statements, the labeled
 * statements that enclose the current one, the block chain) down the tree.
 *
 * Invariants: walks only statements, never expressions; recursion depth is
 * bounded by the parser's nesting limit.
 */
#include <string.h>

#include "compiler.h"

typedef struct Label {
    const char *name;
    Node *stmt;            /* the N_LABELED statement */
    Node *block;           /* the block (or case clause) that holds it */
    int index;             /* its statement's index in that block's list */
    bool used;
} Label;

typedef struct {
    Diag *diag;
    Arena *arena;
    Label *labels;
    int nlabels, cap;
} Branches;

/* The context of a statement during the second walk. */
typedef struct Ctx {
    const struct Ctx *outer;
    Node *stmt;            /* an enclosing for/range/switch/select, or NULL */
    const char *label;     /* its label, if labeled */
    Node *block;           /* the innermost enclosing block / clause */
    int index;             /* index of the current statement in block */
    bool breaks, continues;
} Ctx;

static Label *find_label(Branches *b, const char *name) {
    for (int i = 0; i < b->nlabels; i++)
        if (strcmp(b->labels[i].name, name) == 0)
            return &b->labels[i];
    return NULL;
}

static void add_label(Branches *b, Node *stmt, Node *block, int index) {
    if (strcmp(stmt->name, "_") == 0)
        return;
    Label *old = find_label(b, stmt->name);
    if (old) {
        diag_error(b->diag, stmt->pos, "label %s already defined at %s:%d:%d", stmt->name,
                   old->stmt->pos.file, old->stmt->pos.line, old->stmt->pos.col);
        return;
    }
    if (b->nlabels == b->cap) {
        int cap = b->cap ? b->cap * 2 : 8;
        Label *l = arena_alloc(b->arena, sizeof(Label) * (size_t)cap);
        if (b->nlabels)
            memcpy(l, b->labels, sizeof(Label) * (size_t)b->nlabels);
        b->labels = l;
        b->cap = cap;
    }
    b->labels[b->nlabels++] = (Label){stmt->name, stmt, block, index, false};
}

static void collect(Branches *b, Node *s, Node *block, int index);

static void collect_list(Branches *b, NodeList l, Node *block) {
    for (int i = 0; i < l.len; i++)
        collect(b, l.items[i], block, i);
}

static void collect(Branches *b, Node *s, Node *block, int index) {
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED:
        add_label(b, s, block, index);
        collect(b, s->body, block, index);
        break;
    case N_BLOCK: collect_list(b, s->list, s); break;
    case N_IF: collect(b, s->body, s->body, 0); collect(b, s->els, block, index); break;
    case N_FOR: case N_RANGE: collect(b, s->body, s->body, 0); break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < s->list.len; i++)
            collect_list(b, s->list.items[i]->list2, s->list.items[i]);
        break;
    default: break;
    }
}

static void walk(Branches *b, Node *s, const Ctx *ctx, NodeList *siblings, int index);

static void walk_list(Branches *b, NodeList l, const Ctx *ctx) {
    for (int i = 0; i < l.len; i++) {
        Ctx here = *ctx;   /* the same level, knowing the statement's index */
        here.index = i;
        walk(b, l.items[i], &here, &l, i);
    }
}

static NodeList block_stmts(Node *block) {
    return block->kind == N_BLOCK ? block->list : block->list2;
}

/* gc's "goto L jumps over declaration": a forward goto past a variable
 * declared in the label's block between the goto and the label (the last
 * such declaration is named). */
static void check_jump_over(Branches *b, const Label *l, const Ctx *ctx, Pos at) {
    while (ctx && ctx->block != l->block)
        ctx = ctx->outer;
    if (!ctx || l->index <= ctx->index)
        return;
    NodeList stmts = block_stmts(l->block);
    Node *decl = NULL;
    for (int i = ctx->index + 1; i < l->index && i < stmts.len; i++) {
        Node *s = stmts.items[i];
        if (s->kind == N_ASSIGN && s->op == T_DEFINE)
            decl = s;
        else if (s->kind == N_DECLSTMT)
            for (int j = 0; j < s->list.len; j++)
                if (s->list.items[j]->kind == N_VAR) {
                    decl = s->list.items[j];
                    break;
                }
    }
    if (!decl)
        return;
    const char *name = decl->kind == N_VAR ? decl->list.items[0]->name
                                           : list_string(b->arena, decl->list);
    diag_error(b->diag, at, "goto %s jumps over declaration of %s at %s:%d:%d", l->name, name,
               decl->pos.file, decl->pos.line, decl->pos.col);
}

/* Is block `inner` the same as `outer` or nested in it, along ctx? */
static bool block_encloses(const Ctx *ctx, Node *target) {
    for (; ctx; ctx = ctx->outer)
        if (ctx->block == target)
            return true;
    return false;
}

static void walk_fallthrough(Branches *b, Node *s, const Ctx *ctx, NodeList *siblings, int index) {
    const char *msg = "fallthrough statement out of place";
    Node *sw = ctx->stmt;
    Node *clause = ctx->block;
    if (sw && (sw->kind == N_SWITCH || sw->kind == N_TYPESWITCH) && clause &&
        clause->kind == N_CASE) {
        int ci = 0;
        while (ci < sw->list.len && sw->list.items[ci] != clause)
            ci++;
        bool last_stmt = siblings && index == siblings->len - 1 &&
                         siblings->items == clause->list2.items;
        if (sw->kind == N_TYPESWITCH)
            msg = "cannot fallthrough in type switch";
        else if (!last_stmt)
            ;   /* nested in a block or not the last statement */
        else if (ci + 1 == sw->list.len)
            msg = "cannot fallthrough final case in switch";
        else
            return;   /* fallthrough is fine */
    }
    diag_error(b->diag, s->pos, "%s", msg);
}

static void walk_labeled_branch(Branches *b, Node *s, const Ctx *ctx) {
    const char *name = s->name;
    Pos at = s->end.line ? s->end : s->pos;
    Label *l = find_label(b, name);
    if (s->op == T_GOTO) {
        if (!l) {
            diag_error(b->diag, at, "label %s not defined", name);
            return;
        }
        l->used = true;
        if (!block_encloses(ctx, l->block)) {
            Pos bp = l->block->pos;
            diag_error(b->diag, at, "goto %s jumps into block starting at %s:%d:%d", name, bp.file,
                       bp.line, bp.col);
            return;
        }
        check_jump_over(b, l, ctx, at);
        return;
    }
    bool is_break = s->op == T_BREAK;
    if (l)
        l->used = true;
    for (const Ctx *c = ctx; c; c = c->outer) {
        if (c->label && strcmp(c->label, name) == 0 && c->stmt) {
            bool loop = c->stmt->kind == N_FOR || c->stmt->kind == N_RANGE;
            if (is_break || loop)
                return;
            break;
        }
    }
    if (l)
        diag_error(b->diag, at, "invalid %s label %s", is_break ? "break" : "continue", name);
    else
        diag_error(b->diag, at, "%s label not defined: %s", is_break ? "break" : "continue", name);
}

static void walk_branch(Branches *b, Node *s, const Ctx *ctx, NodeList *siblings, int index) {
    if (s->name) {
        walk_labeled_branch(b, s, ctx);
        return;
    }
    const Ctx *c = ctx;
    switch (s->op) {
    case T_BREAK:
        while (c && !c->breaks)
            c = c->outer;
        if (!c)
            diag_error(b->diag, s->pos, "break is not in a loop, switch, or select");
        return;
    case T_CONTINUE:
        while (c && !c->continues)
            c = c->outer;
        if (!c)
            diag_error(b->diag, s->pos, "continue is not in a loop");
        return;
    case T_FALLTHROUGH:
        walk_fallthrough(b, s, ctx, siblings, index);
        return;
    default:
        return;
    }
}

static void walk_clauses(Branches *b, Node *s, const Ctx *ctx, const char *label) {
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        Ctx inner = {ctx, s, label, clause, 0, true, false};
        walk_list(b, clause->list2, &inner);
    }
}

static void walk(Branches *b, Node *s, const Ctx *ctx, NodeList *siblings, int index) {
    if (!s)
        return;
    const char *label = NULL;
    while (s && s->kind == N_LABELED) {   /* L1: L2: stmt, in the same place */
        label = s->name;
        s = s->body;
    }
    if (!s)
        return;
    switch (s->kind) {
    case N_BLOCK: {
        Ctx inner = {ctx, NULL, NULL, s, 0, false, false};
        walk_list(b, s->list, &inner);
        return;
    }
    case N_IF: {
        Ctx inner = {ctx, NULL, NULL, s->body, 0, false, false};
        walk_list(b, s->body->list, &inner);
        if (s->els)
            walk(b, s->els, ctx, NULL, 0);
        return;
    }
    case N_FOR: case N_RANGE: {
        Ctx inner = {ctx, s, label, s->body, 0, true, true};
        walk_list(b, s->body->list, &inner);
        return;
    }
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        walk_clauses(b, s, ctx, label);
        return;
    case N_BRANCH:
        walk_branch(b, s, ctx, siblings, index);
        return;
    default:
        return;
    }
}

int check_branches(Node *body, Diag *d, Arena *a) {
    int before = d->nerrors;
    Branches b = {d, a, NULL, 0, 0};
    collect(&b, body, body, 0);
    Ctx top = {NULL, NULL, NULL, body, 0, false, false};
    walk_list(&b, body->list, &top);
    for (int i = 0; i < b.nlabels; i++)
        if (!b.labels[i].used)
            diag_error(d, b.labels[i].stmt->pos, "label %s defined and not used", b.labels[i].name);
    return d->nerrors - before;
}
