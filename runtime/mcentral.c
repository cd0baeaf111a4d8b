/*
 * mcentral.c — per span class lists of spans that refill thread caches.
 *
 * Each mcentral holds two pairs of lists, partial (some free slots) and full
 * (none), as in Go: partial[sweepgen/2 % 2] holds swept spans and the other
 * one unswept spans.  When a collection adds 2 to mheap.sweepgen, every swept
 * list becomes an unswept list without touching a span.  A span is on at
 * most one list; spans cached by a thread are on none.
 *
 * mcentral_cache_span finds a span with a free slot for a thread cache:
 * a swept partial span; else it sweeps unswept spans (dropping the lock while
 * it sweeps) until one has room; else it asks the page heap for a new span.
 * Large objects (class 0) get a span of their own and are kept on the full
 * lists of their span class so that the sweeper finds them.
 */
#include "runtime.h"

mcentral gm_central[NUM_SPAN_CLASSES];

void mcentral_init(void) {
    for (int i = 0; i < NUM_SPAN_CLASSES; i++)
        pthread_mutex_init(&gm_central[i].lock, NULL);
}

static inline int swept_index(uint32_t sg) { return (sg >> 1) & 1; }

static void push(mspan **head, mspan *s) {
    s->next = *head;
    *head = s;
}

static mspan *pop(mspan **head) {
    mspan *s = *head;
    if (s) { *head = s->next; s->next = NULL; }
    return s;
}

/* Put a swept span owned by the caller on the right list. */
void mcentral_push_swept(mspan *s) {
    unsigned spc = spanclass_of(s->sizeclass, s->kind);
    mcentral *c = &gm_central[spc];
    pthread_mutex_lock(&c->lock);
    int i = swept_index(atomic_load(&gm_heap.sweepgen));
    push(s->alloccount == s->nelems ? &c->full[i] : &c->partial[i], s);
    pthread_mutex_unlock(&c->lock);
}

void mcentral_add_large(mspan *s) {
    s->alloccount = 1;
    mcentral_push_swept(s);
}

/* Take an unswept span of class spc for sweeping: the caller owns it. */
mspan *mcentral_pop_unswept(unsigned spc) {
    mcentral *c = &gm_central[spc];
    pthread_mutex_lock(&c->lock);
    uint32_t sg = atomic_load(&gm_heap.sweepgen);
    int u = 1 - swept_index(sg);
    mspan *s;
    while ((s = pop(&c->partial[u])) != NULL || (s = pop(&c->full[u])) != NULL) {
        uint32_t want = sg - 2;
        if (atomic_compare_exchange_strong(&s->sweepgen, &want, sg - 1)) break;
    }
    pthread_mutex_unlock(&c->lock);
    return s;
}

static void prepare_cached(mspan *s) {
    s->cachedcount = s->alloccount;
    uint32_t fi = atomic_load_explicit(&s->freeindex, memory_order_relaxed);
    span_refill_alloccache(s, fi);
    atomic_fetch_add(&gm_gc_state.heap_live,
                     (uint64_t)(s->nelems - s->alloccount) * s->elemsize);
}

static mspan *try_swept(mcentral *c, int i) {
    pthread_mutex_lock(&c->lock);
    mspan *s = pop(&c->partial[i]);
    pthread_mutex_unlock(&c->lock);
    return s;
}

mspan *mcentral_cache_span(unsigned spc) {
    mcentral *c = &gm_central[spc];
    uint32_t sg = atomic_load(&gm_heap.sweepgen);
    mspan *s = try_swept(c, swept_index(sg));
    /* Sweep a bounded number of unswept spans looking for room (Go: 100),
     * as a reader of the fork lock (init.c). */
    if (s == NULL) {
        pthread_rwlock_rdlock(&gm_sweep_fork_lock);
        for (int tries = 0; s == NULL && tries < 100; tries++) {
            mspan *u = mcentral_pop_unswept(spc);
            if (u == NULL) break;
            uint32_t live = (uint32_t)sweep_span(u, true);
            if (live < u->nelems && live > 0) s = u;
            else if (live == 0) heap_free_span(u);
            else mcentral_push_swept(u);
        }
        pthread_rwlock_unlock(&gm_sweep_fork_lock);
    }
    if (s == NULL) {
        unsigned cls = spc / NUM_KINDS;
        s = heap_alloc_span(class_to_npages[cls], cls, spc % NUM_KINDS);
        if (s == NULL) return NULL;
    }
    prepare_cached(s);
    return s;
}

/* A thread cache gives s back (full, or at the end of a cycle). */
void mcentral_uncache_span(mspan *s) {
    atomic_fetch_sub(&gm_gc_state.heap_live,
                     (uint64_t)(s->nelems - s->alloccount) * s->elemsize);
    stats_account_uncache(s);
    mcentral_push_swept(s);
}
