/*
 * barrier.c — Go's hybrid write barrier behind gm_store, and barriered
 * copies.
 *
 * gm_store (gomem.h) tests gm_writebarrier_enabled_ inline and comes here
 * only while the collector marks concurrently.  The barrier (Go's, proposal
 * 17503) for *slot = value:
 *   - shade the old *slot (Yuasa's deletion barrier): an object that a
 *     mutator unlinks from the heap, maybe keeping it on a scanned stack,
 *     stays protected;
 *   - shade value too while the storing thread's stack is not yet scanned
 *     (Dijkstra's insertion barrier): a pointer known only to a grey stack
 *     must not hide in a black object.
 * Shading greys a white object onto the thread's own queue (no lock), which
 * mark termination flushes.  The slow path runs inside the runtime so the
 * thread is never stopped half way through it.
 *
 * gm_typedmemmove shades both the overwritten and the copied pointers of
 * every pointer word of the type: the destination may be a black object or
 * another thread's already scanned stack (a channel receive buffer).
 * gm_typedmemclr shades the overwritten pointers, then zeroes.
 */
#include "runtime.h"
#include <string.h>

volatile int gm_writebarrier_enabled_;

static inline void shade(gcwork *w, uintptr_t p) {
    uintptr_t start = gm_heap.arena_start;
    if (p - start < __atomic_load_n(&gm_heap.arena_used, __ATOMIC_RELAXED) - start)
        mark_grey_pointer(w, p);
}

void gm_writebarrier_slow_(void **slot, void *value) {
    gm_thread *t = gm_self;
    if (t == NULL) {                     /* unregistered: nothing to shade with */
        *slot = value;
        return;
    }
    runtime_enter(t);
    if (atomic_load_explicit(&gm_gc_state.phase, memory_order_relaxed) == GC_MARK) {
        gcwork *w = thread_gcw(t);
        shade(w, (uintptr_t)*(void *volatile *)slot);
        if (t->scan_cycle != atomic_load_explicit(&gm_gc_state.cycle, memory_order_relaxed))
            shade(w, (uintptr_t)value);
    }
    *slot = value;
    runtime_exit(t);
}

/* Shade the pointer words of count values of t at p. */
static void shade_values(gcwork *w, const gm_type *t, const void *p, size_t count) {
    const uintptr_t *words = p;
    uintptr_t elemwords = t->size / sizeof(uintptr_t), ptrwords = t->ptrdata / sizeof(uintptr_t);
    for (size_t e = 0; e < count; e++)
        for (uintptr_t i = 0; i < ptrwords; i++)
            if ((t->ptrmask[i >> 3] >> (i & 7)) & 1) shade(w, words[e * elemwords + i]);
}

void gm_typedmemmove(const gm_type *t, void *dst, const void *src, size_t count) {
    if (t == NULL || count == 0 || dst == src) return;
    gm_thread *self = gm_self;
    if (gm_writebarrier_enabled_ && self && t->ptrdata && t->ptrmask) {
        runtime_enter(self);
        if (atomic_load(&gm_gc_state.phase) == GC_MARK) {
            gcwork *w = thread_gcw(self);
            shade_values(w, t, dst, count);
            shade_values(w, t, src, count);
        }
        memmove(dst, src, t->size * count);
        runtime_exit(self);
        return;
    }
    memmove(dst, src, t->size * count);
}

void gm_typedmemclr(const gm_type *t, void *dst, size_t count) {
    if (t == NULL || count == 0) return;
    gm_thread *self = gm_self;
    if (gm_writebarrier_enabled_ && self && t->ptrdata && t->ptrmask) {
        runtime_enter(self);
        if (atomic_load(&gm_gc_state.phase) == GC_MARK)   /* the deletion barrier */
            shade_values(thread_gcw(self), t, dst, count);
        memset(dst, 0, t->size * count);
        runtime_exit(self);
        return;
    }
    memset(dst, 0, t->size * count);
}
