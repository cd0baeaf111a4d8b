/*
 * init.c — starting the runtime, and keeping it working across fork().
 *
 * gm_init runs the one-time setup (settings, size classes, the arena, the
 * stop signal) and registers the calling thread; it is idempotent, and a
 * thread attaching before main's gm_init runs it too.
 *
 * fork(): the prepare handler takes every runtime lock in lock order, so the
 * child gets consistent structures; in the child only the forking thread
 * exists, so every other thread's record is dropped (its cached spans go
 * back to mcentral: their objects are swept normally) and the locks are
 * released.  The locks do not cover a cached span: its owner may have been
 * anywhere in the lock-free allocation fast path at the fork, so the child
 * recounts such a span's objects before giving it back.
 */
#include "runtime.h"
#include <unistd.h>

_Atomic int gm_initialized;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void fork_prepare(void) {
    runtime_lock_blocking(&gm_gc_state.lock);
    /* A child cannot finish a concurrent mark: fork between cycles. */
    gc_wait_cycle_end();
    runtime_lock_blocking(&gm_threads_lock);
    /* Sweeps run without the span locks: wait for those in flight and
     * hold new ones off, so the child inherits no half-swept span.  (The
     * world is not stopped: glibc takes its malloc and stdio locks after
     * these handlers, and a thread parked inside malloc would deadlock.) */
    pthread_rwlock_wrlock(&gm_sweep_fork_lock);
    for (int i = 0; i < NUM_SPAN_CLASSES; i++) pthread_mutex_lock(&gm_central[i].lock);
    pthread_mutex_lock(&gm_heap.lock);
    final_fork(0);
    roots_fork(0);
    mark_fork(0);
    meta_fork(0);
}

static void unlock_all(int phase) {
    meta_fork(phase);
    mark_fork(phase);
    roots_fork(phase);
    final_fork(phase);
    pthread_mutex_unlock(&gm_heap.lock);
    for (int i = NUM_SPAN_CLASSES - 1; i >= 0; i--) pthread_mutex_unlock(&gm_central[i].lock);
    pthread_mutex_unlock(&gm_threads_lock);
    pthread_mutex_unlock(&gm_gc_state.lock);
}

static void fork_parent(void) {
    pthread_rwlock_unlock(&gm_sweep_fork_lock);
    unlock_all(1);
}

/* A span cached by a thread that fork() did not copy.  That thread may
 * have been anywhere in the allocation fast path (malloc.c), which updates
 * alloccache, freeindex and alloccount with plain stores and no lock: the
 * child can inherit a freeindex that counts one more object than
 * alloccount (seen by rt_fork_alloc as "counts 223 objects, bitmaps show
 * 224"), which would put a full span on the partial list and make the
 * sweeper's free count wrong.  Recount from the bitmaps, the truth the
 * sweeper and the verifier use: every slot below freeindex is allocated,
 * above it the alloc bits say.  (alloccache is refilled from freeindex
 * when the span is cached again.) */
static void recount_orphaned_span(mspan *s) {
    uint32_t fi = atomic_load_explicit(&s->freeindex, memory_order_relaxed);
    uint32_t count = fi;
    for (uint32_t w = fi >> 6; w < bits_words(s->nelems); w++) {
        uint64_t bits = s->allocbits[w];
        if (w == fi >> 6) bits &= ~(uint64_t)0 << (fi & 63);
        if (w == (s->nelems - 1) >> 6 && (s->nelems & 63))
            bits &= ((uint64_t)1 << (s->nelems & 63)) - 1;
        count += (uint32_t)__builtin_popcountll(bits);
    }
    s->alloccount = count;
}

static void fork_child(void) {
    /* A rwlock remembers its writer's thread id, which is not ours here. */
    pthread_rwlock_init(&gm_sweep_fork_lock, NULL);
    unlock_all(2);
    /* Only this thread exists: no sweep or mark worker is in flight. */
    atomic_store(&gm_sweepers_active, 0);
    world_after_fork_child();
    gm_thread *me = gm_self;
    pthread_mutex_lock(&gm_threads_lock);
    gm_thread *t = gm_all_threads;
    while (t) {
        gm_thread *next = t->next;
        if (t != me) {
            if (atomic_load(&t->state) != TS_STARTING) {
                for (int i = 0; i < NUM_SPAN_CLASSES; i++)
                    if (t->alloc[i] != &gm_empty_span) recount_orphaned_span(t->alloc[i]);
                thread_flush_cache(t);
            }
            if (t->prev) t->prev->next = t->next; else gm_all_threads = t->next;
            if (t->next) t->next->prev = t->prev;
            if (!t->system) atomic_fetch_sub(&gm_thread_count, 1);
            meta_free(t, sizeof *t);
        }
        t = next;
    }
    if (me) {
        me->pthread = pthread_self();
        me->tid = getpid();
    }
    pthread_mutex_unlock(&gm_threads_lock);
    pthread_cond_init(&gm_gc_state.cycle_done, NULL);
    markworker_after_fork_child();
    final_after_fork_child();
}

static void runtime_init(void) {
    gm_gc_state.start_ns = now_ns();
    sizeclass_init();
    settings_init();
    heap_init();
    mcentral_init();
    thread_init();
    world_init();
    roots_init();
    trace_init();
    pthread_atfork(fork_prepare, fork_parent, fork_child);
    atomic_store(&gm_initialized, 1);
}

void gm_init(void) {
    pthread_once(&init_once, runtime_init);
    if (gm_self == NULL) thread_register_self(NULL);
}
