/* escape_dead.c: gc's dead-code pass (cmd/compile/internal/deadcode), as
 * far as it changes what escape analysis sees: gc removes the branch of
 * an `if` whose condition is a constant, the statements after such an
 * `if` when its live branch ends in return or panic, and the cases of a
 * `switch` on a constant that cannot be taken, before escape analysis
 * runs, and a body left doing nothing but constant ifs and `for false`
 * loops; func literals in removed code are never analysed. Nothing is
 * removed here: the dead statements are marked (Esc.dead) and every
 * later walk skips them.
 *
 * Invariant: only what gc's pass removes is marked; when in doubt
 * (a fallthrough, a case value that is not constant, constants of
 * different kinds) nothing is.
 */
#include <string.h>

#include "escape.h"

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static void mark(Esc *e, Node *n) {
    if (n)
        ptrmap_put(e->arena, &e->dead, n, n);
}

bool esc_is_dead(Esc *e, Node *n) {
    return n && e->dead.len && ptrmap_get(&e->dead, n);
}

/* The value of a boolean condition after gc's && / || folding: 1, 0, or
 * -1 when it is not constant. */
static int cond_value(Node *n) {
    n = unparen(n);
    if (!n)
        return -1;
    if (n->mode == MODE_CONST && n->val && n->val->kind == CONST_BOOL)
        return n->val->b ? 1 : 0;
    if (n->kind == N_BINARY && (n->op == T_LAND || n->op == T_LOR)) {
        int x = cond_value(n->x);
        if (x < 0)
            return -1;
        if (n->op == T_LAND)
            return x ? cond_value(n->y) : 0;
        return x ? 1 : cond_value(n->y);
    }
    return -1;
}

static bool ends_function(Node *last) {
    last = unparen(last);
    if (!last)
        return false;
    if (last->kind == N_RETURN)
        return true;
    if (last->kind == N_EXPRSTMT) {
        Node *c = unparen(last->x);
        Node *f = c && c->kind == N_CALL ? unparen(c->x) : NULL;
        return f && f->kind == N_IDENT && f->sym && f->sym->kind == SYM_BUILTIN && f->sym->builtin == BI_PANIC;
    }
    return false;
}

/* The last statement of a branch (a block, or an else-if). */
static Node *last_stmt(Node *branch) {
    if (!branch)
        return NULL;
    if (branch->kind == N_BLOCK)
        return branch->list.len ? branch->list.items[branch->list.len - 1] : NULL;
    return branch;
}

static int const_compare(const Const *a, const Const *b) {
    if (a->kind != b->kind)
        return -1;   /* unknown */
    switch (a->kind) {
    case CONST_BOOL: return a->b == b->b;
    case CONST_INT: return a->i == b->i;
    case CONST_FLOAT: return a->f == b->f && a->imag == b->imag;
    case CONST_STRING: return a->slen == b->slen && memcmp(a->s, b->s, a->slen) == 0;
    default: return -1;
    }
}

static bool has_fallthrough(NodeList body) {
    for (int i = 0; i < body.len; i++)
        if (body.items[i]->kind == N_BRANCH && body.items[i]->op == T_FALLTHROUGH)
            return true;
    return false;
}

static void keep_only(Esc *e, Node *sw, Node *keep) {
    for (int i = 0; i < sw->list.len; i++)
        if (sw->list.items[i] != keep)
            mark(e, sw->list.items[i]);
}

/* A switch on a constant (or `switch {`): only the case taken stays. */
static void dead_switch(Esc *e, Node *sw) {
    Const t = {0};
    if (sw->x) {
        Node *tag = unparen(sw->x);
        if (tag->mode != MODE_CONST || !tag->val)
            return;
        t = *tag->val;
    } else {
        t.kind = CONST_BOOL;
        t.b = true;
    }
    Node *def = NULL;
    for (int i = 0; i < sw->list.len; i++) {
        Node *cl = sw->list.items[i];
        if (cl->list.len == 0) {
            def = cl;
            continue;
        }
        for (int j = 0; j < cl->list.len; j++) {
            Node *c = unparen(cl->list.items[j]);
            if (c->mode != MODE_CONST || !c->val)
                return;
            int eq = const_compare(&t, c->val);
            if (eq < 0)
                return;
            if (eq) {
                if (!has_fallthrough(cl->list2))
                    keep_only(e, sw, cl);
                return;
            }
        }
    }
    if (def && has_fallthrough(def->list2))
        return;
    keep_only(e, sw, def);
}

static void dead_stmts(Esc *e, NodeList l);

static void dead_branch(Esc *e, Node *b) {
    if (!b)
        return;
    if (b->kind == N_BLOCK)
        dead_stmts(e, b->list);
    else
        dead_stmts(e, (NodeList){&b, 1});
}

static void dead_stmts(Esc *e, NodeList l) {
    int last_label = -1;
    for (int i = 0; i < l.len; i++)
        if (l.items[i]->kind == N_LABELED)
            last_label = i;
    for (int i = 0; i < l.len; i++) {
        Node *n = l.items[i];
        while (n->kind == N_LABELED && n->body)
            n = n->body;
        bool cut = false;
        if (n->kind == N_IF) {
            int v = cond_value(n->cond);
            if (v >= 0) {
                mark(e, v ? n->els : n->body);
                cut = ends_function(last_stmt(v ? n->body : n->els)) && i > last_label;
            }
        }
        if (n->kind == N_SWITCH)
            dead_switch(e, n);
        switch (n->kind) {
        case N_BLOCK: dead_stmts(e, n->list); break;
        case N_FOR: case N_RANGE: dead_branch(e, n->body); break;
        case N_IF:
            if (!esc_is_dead(e, n->body))
                dead_branch(e, n->body);
            if (!esc_is_dead(e, n->els))
                dead_branch(e, n->els);
            break;
        case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
            for (int j = 0; j < n->list.len; j++)
                if (!esc_is_dead(e, n->list.items[j]))
                    dead_stmts(e, n->list.items[j]->list2);
            break;
        default: break;
        }
        if (cut) {
            for (int j = i + 1; j < l.len; j++)
                mark(e, l.items[j]);
            break;
        }
    }
}

/* A branch left with nothing to run: absent, removed, or empty. */
static bool branch_empty(Esc *e, Node *b) {
    return !b || esc_is_dead(e, b) || (b->kind == N_BLOCK && b->list.len == 0);
}

/* gc's deadcode.Func: a body made only of `if CONST` statements with
 * nothing left in either branch and `for false` loops is dropped whole
 * (the func literals in it are never analysed). */
static bool body_does_nothing(Esc *e, NodeList l) {
    if (l.len == 0)
        return false;
    for (int i = 0; i < l.len; i++) {
        Node *n = l.items[i];
        if (n->init)
            return false;
        if (n->kind == N_IF && cond_value(n->cond) >= 0 && branch_empty(e, n->body) && branch_empty(e, n->els))
            continue;
        if (n->kind == N_FOR && cond_value(n->cond) == 0)
            continue;
        return false;
    }
    return true;
}

void esc_mark_dead(Esc *e, Node *body) {
    if (!body || body->kind != N_BLOCK)
        return;
    dead_stmts(e, body->list);
    if (body_does_nothing(e, body->list))
        for (int i = 0; i < body->list.len; i++)
            mark(e, body->list.items[i]);
}
