/*
 * sweep.c — sweeping: freeing the objects the last mark left white.
 *
 * Sweeping a span is a bitmap swap, not a walk over objects: the mark bits
 * become the alloc bits (an unmarked slot is free), fresh zeroed mark bits
 * are installed, freeindex restarts at 0.  A span that kept nothing goes back
 * to the page heap.  Spans are swept lazily — by a thread cache looking for
 * a span with room (mcentral.c), by gm_gc before it returns, and by the next
 * cycle before it starts (sweep_finish) — never while marking.
 *
 * Ownership: a sweeper owns a span after moving its sweepgen from h-2 to h-1
 * with a CAS; sweep_span leaves it at h (swept).
 */
#include "runtime.h"
#include <sched.h>
#include <string.h>

/* Sweep s (owned by the caller).  Returns the number of live objects; with
 * preserve the caller decides where s goes, else s is put on a list or
 * freed here. */
uint32_t sweep_span(mspan *s, bool preserve) {
    size_t words = bits_words(s->nelems);
    uint32_t nalloc = 0;
    for (size_t i = 0; i < words; i++)
        nalloc += (uint32_t)__builtin_popcountll(s->markbits[i]);
    uint32_t nfreed = s->alloccount - nalloc;
    /* Atomic stores, pointers and cleared words: object_base reads them
     * without the span (its sweepgen check makes the answer right). */
    uint64_t *t = s->allocbits;
    __atomic_store_n(&s->allocbits, s->markbits, __ATOMIC_RELEASE);
    __atomic_store_n(&s->markbits, t, __ATOMIC_RELEASE);
    for (size_t i = 0; i < words; i++) __atomic_store_n(&t[i], 0, __ATOMIC_RELAXED);
    atomic_store_explicit(&s->freeindex, 0, memory_order_relaxed);
    span_refill_alloccache(s, 0);
    s->alloccount = nalloc;
    if (nfreed > 0) {
        s->needzero = 1;
        atomic_fetch_add(&gm_stats.frees, nfreed);
        atomic_fetch_add(&gm_stats.freed_bytes,
                         s->sizeclass ? (uint64_t)nfreed * s->elemsize
                                      : (uint64_t)s->npages << PAGE_SHIFT);
        if (s->sizeclass) atomic_fetch_add(&gm_stats.by_size_frees[s->sizeclass], nfreed);
        else atomic_fetch_add(&gm_stats.by_size_frees[0], nfreed);
    }
    atomic_store(&s->sweepgen, atomic_load(&gm_heap.sweepgen));
    if (!preserve) {
        if (nalloc == 0) heap_free_span(s);
        else mcentral_push_swept(s);
    }
    return nalloc;
}

static _Atomic unsigned sweep_cursor;

_Atomic int gm_sweepers_active;
/* Held for reading by every sweep_one, for writing by fork(): a child must
 * not inherit a span half swept by a thread it does not have. */
pthread_rwlock_t gm_sweep_fork_lock = PTHREAD_RWLOCK_INITIALIZER;

/* Sweep one span somewhere in the heap; false when nothing is left.
 * gm_sweepers_active counts sweeps in flight: a cycle must not start
 * marking while one is rewriting a span's bits (gc.c waits for it). */
bool sweep_one(void) {
    pthread_rwlock_rdlock(&gm_sweep_fork_lock);
    atomic_fetch_add(&gm_sweepers_active, 1);
    bool more = false;
    for (unsigned n = 0; n < NUM_SPAN_CLASSES; n++) {
        unsigned spc = atomic_load(&sweep_cursor);
        if (spc >= NUM_SPAN_CLASSES) break;
        mspan *s = mcentral_pop_unswept(spc);
        if (s) { sweep_span(s, false); more = true; break; }
        atomic_compare_exchange_strong(&sweep_cursor, &spc, spc + 1);
        more = atomic_load(&sweep_cursor) < NUM_SPAN_CLASSES;
    }
    atomic_fetch_sub(&gm_sweepers_active, 1);
    pthread_rwlock_unlock(&gm_sweep_fork_lock);
    return more;
}

/* Sweep everything left.  A registered thread sweeps one span at a time
 * inside the runtime (it holds span and heap locks meanwhile), so that a
 * collector can stop it between spans. */
void sweep_finish(void) {
    gm_thread *t = gm_self;
    for (;;) {
        if (t) runtime_enter(t);
        bool more = sweep_one();
        if (t) runtime_exit(t);
        if (!more) break;
    }
    /* The background sweeper may still be finishing a span it took. */
    while (atomic_load(&gm_sweepers_active) != 0) sched_yield();
}

/* Called with the world stopped when a new sweep cycle begins. */
void sweep_start_cycle(void) {
    atomic_store(&sweep_cursor, 0);
}
