/* escape_graph.c: the data-flow graph of escape analysis and its solver.
 *
 * A location is a place a value can live: a variable, an allocation site,
 * a temporary, or the heap. An edge src -> dst with derefs d says "dst is
 * assigned src dereferenced d times" (d = -1: the address of src). The
 * solver (esc_walk_all) walks backwards from every location ("root") over
 * incoming edges, keeping the minimum dereference count to each location
 * it reaches (a Bellman-Ford relaxation; taking an address resets the
 * count to 0 past that point). When the root outlives a location reached
 * with its address (count < 0), that location escapes, and is walked again
 * as a root; when a parameter is reached, it records a leak to the root.
 *
 * Invariants: flags only move one way (escapes false->true, transient
 * true->false, leak levels down), so each location is re-queued a bounded
 * number of times. With -m=2 the walk prints, as gc does, the path behind
 * each decision at the moment it is taken (explain_*).
 */
#include <string.h>

#include "escape.h"

void esc_leaks_init(Leaks *l) {
    for (int i = 0; i <= ESC_RESULTS; i++)
        l->level[i] = -1;
}

static void leaks_add(Leaks *l, int i, int derefs) {
    if (l->level[i] < 0 || derefs < l->level[i])
        l->level[i] = derefs;
}

EscLoc *esc_new_loc(Esc *e, Node *n, bool transient) {
    EscLoc *l = arena_alloc(e->arena, sizeof(EscLoc));
    l->n = n;
    l->fn = e->curfn;
    l->loop_depth = e->loop_depth;
    l->transient = transient;
    if (n)
        l->pos = n->pos;
    esc_leaks_init(&l->leaks);
    ptrvec_push(e->arena, &e->all_locs, l);
    return l;
}

EscLoc *esc_var_loc(Esc *e, Sym *s) {
    return ptrmap_get(&e->vars, s);
}

Hole esc_hole(EscLoc *l) {
    Hole k = {l, 0, NULL, false};
    return k;
}

Hole esc_heap_hole(Esc *e) { return esc_hole(&e->heap); }
Hole esc_discard_hole(Esc *e) { return esc_hole(&e->blank); }

Hole esc_note(Esc *e, Hole k, Node *where, const char *why) {
    if (e->m >= 2 && where) {
        EscNote *note = arena_alloc(e->arena, sizeof(EscNote));
        note->next = k.notes;
        note->where = where;
        note->why = why;
        k.notes = note;
    }
    return k;
}

Hole esc_shift(Hole k, int delta) {
    k.derefs += delta;
    if (k.derefs < -1)
        k.derefs = -1;   /* cannot happen for well-typed code; stay sound */
    k.addrtaken = delta < 0;
    return k;
}

Hole esc_deref(Esc *e, Hole k, Node *where, const char *why) {
    return esc_note(e, esc_shift(k, 1), where, why);
}

Hole esc_addr(Esc *e, Hole k, Node *where, const char *why) {
    return esc_note(e, esc_shift(k, -1), where, why);
}

/* ---- -m=2 explanations --------------------------------------------------- */

const char *esc_loc_string(Esc *e, EscLoc *l) {
    if (l == &e->heap)
        return "{heap}";
    if (l->var || l->name)
        return l->var ? l->var->name : l->name;
    if (!l->n)
        return "{temp}";
    return arena_printf(e->arena, "{storage for %s}", esc_node_string(e, l->n));
}

static const char *loc_subject(Esc *e, EscLoc *l) {
    if (l->var || l->name)
        return l->var ? l->var->name : l->name;
    return l->n ? esc_node_string(e, l->n) : "{temp}";
}

static void explain_flow(Esc *e, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes) {
    char ops[64] = "&";
    if (derefs >= 0) {
        int d = derefs < 63 ? derefs : 63;
        memset(ops, '*', (size_t)d);
        ops[d] = 0;
    }
    esc_printf(e, pos, "  flow: %s = %s%s:", esc_loc_string(e, dst), ops, esc_loc_string(e, src));
    for (EscNote *n = notes; n; n = n->next)
        esc_printf(e, pos, "    from %s (%s) at %s", esc_node_string(e, n->where), n->why,
                   esc_pos_string(e, n->where->pos));
}

static void explain_path(Esc *e, EscLoc *root, EscLoc *src) {
    Pos pos = src->pos;
    PtrMap visited = {0};
    for (;;) {
        if (ptrmap_get(&visited, src)) {
            esc_printf(e, pos, "  warning: truncated explanation due to assignment cycle; "
                       "see golang.org/issue/35518");
            break;
        }
        ptrmap_put(e->arena, &visited, src, src);
        EscLoc *dst = src->dst;
        if (!dst)
            break;
        EscEdge *edge = &dst->edges[src->dst_edge];
        explain_flow(e, pos, dst, src, edge->derefs, edge->notes);
        if (dst == root)
            break;
        src = dst;
    }
}

/* ---- flows ------------------------------------------------------------------ */

void esc_flow(Esc *e, Hole k, EscLoc *src) {
    if (k.addrtaken)
        src->addrtaken = true;
    EscLoc *dst = k.dst;
    if (dst == &e->blank)
        return;
    if (dst == src && k.derefs >= 0)
        return;
    if (dst->escapes && k.derefs < 0) {
        if (e->m >= 2) {   /* gc explains every such flow, even a second one */
            esc_printf(e, src->pos, "%s escapes to heap:", loc_subject(e, src));
            explain_flow(e, src->pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        return;
    }
    if (dst->nedges == dst->capedges) {
        int cap = dst->capedges ? dst->capedges * 2 : 4;
        EscEdge *ne = arena_alloc(e->arena, sizeof(EscEdge) * (size_t)cap);
        if (dst->nedges)
            memcpy(ne, dst->edges, sizeof(EscEdge) * (size_t)dst->nedges);
        dst->edges = ne;
        dst->capedges = cap;
    }
    EscEdge *ed = &dst->edges[dst->nedges++];
    ed->src = src;
    ed->derefs = k.derefs;
    ed->notes = k.notes;
}

Hole esc_tee(Esc *e, Hole *ks, int n) {
    if (n == 0)
        return esc_discard_hole(e);
    if (n == 1)
        return ks[0];
    EscLoc *loc = esc_new_loc(e, NULL, true);
    for (int i = 0; i < n; i++)
        esc_flow(e, ks[i], loc);
    return esc_hole(loc);
}

Hole esc_later(Esc *e, Hole k) {
    EscLoc *loc = esc_new_loc(e, NULL, false);
    esc_flow(e, k, loc);
    return esc_hole(loc);
}

Hole esc_spill(Esc *e, Hole k, Node *n) {
    EscLoc *loc = esc_new_loc(e, n, true);
    esc_flow(e, esc_addr(e, k, n, "spill"), loc);
    return esc_hole(loc);
}

/* ---- the solver ------------------------------------------------------------- */

/* Is f strictly nested inside... is c a closure nested (at any depth) in f? */
static bool contains_closure(EscFunc *f, EscFunc *c) {
    if (f == c || !c)
        return false;
    for (EscFunc *o = c->outer; o; o = o->outer)
        if (o == f)
            return true;
    return false;
}

/* Does l outlive other: can a pointer to other, held by l, dangle? */
static bool outlives(EscLoc *l, EscLoc *other) {
    if (l->escapes)
        return true;
    if (l->result_index > 0) {
        /* results of a func literal called where it stands flow to its
         * caller's locals, which live as long as the caller */
        if (contains_closure(other->fn, l->fn) && l->fn->closure_called)
            return false;
        return true;
    }
    if (l->fn == other->fn && l->loop_depth < other->loop_depth)
        return true;
    return contains_closure(l->fn, other->fn);
}

static void leak_to(EscLoc *l, EscLoc *sink, int derefs) {
    if (!sink->escapes && sink->result_index > 0 && sink->fn == l->fn) {
        int ri = sink->result_index - 1;
        if (ri < ESC_RESULTS) {
            leaks_add(&l->leaks, 1 + ri, derefs);
            return;
        }
    }
    leaks_add(&l->leaks, 0, derefs);
}

typedef struct {
    EscLoc **items;
    int len, cap;
} LocStack;

static void push(Esc *e, LocStack *s, EscLoc *l) {
    if (s->len == s->cap) {
        int cap = s->cap ? s->cap * 2 : 64;
        EscLoc **n = arena_alloc(e->arena, sizeof(EscLoc *) * (size_t)cap);
        if (s->len)
            memcpy(n, s->items, sizeof(EscLoc *) * (size_t)s->len);
        s->items = n;
        s->cap = cap;
    }
    s->items[s->len++] = l;
}

static void enqueue(Esc *e, LocStack *todo, EscLoc *l) {
    if (!l->queued) {
        push(e, todo, l);
        l->queued = true;
    }
}

static void walk_one(Esc *e, EscLoc *root, unsigned walkgen, LocStack *queue, LocStack *todo) {
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    todo->len = 0;
    push(e, todo, root);
    while (todo->len > 0) {
        EscLoc *l = todo->items[--todo->len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(e, queue, l);
            }
        }
        if (outlives(root, l)) {
            if (l->is_param) {
                if (e->m >= 2 && !l->escapes) {
                    esc_printf(e, l->pos, "parameter %s leaks to %s with derefs=%d:", loc_subject(e, l),
                               esc_loc_string(e, root), derefs);
                    explain_path(e, root, l);
                }
                leak_to(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                if (e->m >= 2) {
                    esc_printf(e, l->pos, "%s escapes to heap:", loc_subject(e, l));
                    explain_path(e, root, l);
                }
                l->escapes = true;
                enqueue(e, queue, l);
                continue;
            }
        }
        for (int i = 0; i < l->nedges; i++) {
            EscEdge *edge = &l->edges[i];
            if (edge->src->escapes)
                continue;
            int d = derefs + edge->derefs;
            if (edge->src->walkgen != walkgen || edge->src->derefs > d) {
                edge->src->walkgen = walkgen;
                edge->src->derefs = d;
                edge->src->dst = l;
                edge->src->dst_edge = i;
                push(e, todo, edge->src);
            }
        }
    }
}

void esc_walk_all(Esc *e) {
    LocStack queue = {0}, todo = {0};
    for (int i = 0; i < e->all_locs.len; i++)
        enqueue(e, &queue, e->all_locs.items[i]);
    enqueue(e, &queue, &e->heap);
    unsigned walkgen = 0;
    while (queue.len > 0) {
        EscLoc *root = queue.items[--queue.len];
        root->queued = false;
        walk_one(e, root, ++walkgen, &queue, &todo);
    }
}

/* ---- PtrMap ------------------------------------------------------------------ */

static unsigned hash_ptr(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 32);
}

void *ptrmap_get(const PtrMap *m, const void *key) {
    if (!m->cap)
        return NULL;
    for (unsigned i = hash_ptr(key) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

void ptrmap_put(Arena *a, PtrMap *m, const void *key, void *val) {
    if ((m->len + 1) * 2 > m->cap) {
        PtrMap n = {0};
        n.cap = m->cap ? m->cap * 2 : 64;
        n.keys = arena_alloc(a, sizeof(void *) * (size_t)n.cap);
        n.vals = arena_alloc(a, sizeof(void *) * (size_t)n.cap);
        for (int i = 0; i < m->cap; i++)
            if (m->keys[i])
                ptrmap_put(a, &n, m->keys[i], m->vals[i]);
        *m = n;
    }
    unsigned i = hash_ptr(key) & (unsigned)(m->cap - 1);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (unsigned)(m->cap - 1);
    if (!m->keys[i])
        m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
}
