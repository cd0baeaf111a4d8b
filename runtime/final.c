/*
 * final.c — finalizers (runtime.SetFinalizer).
 *
 * A finalizer record {obj, fn} lives off-heap on the list `records`.  While
 * marking, each record's object has its *contents* scanned (so whatever it
 * refers to survives) but is not marked itself.  At mark termination a
 * record whose object is still white is moved to the queue and its object
 * is marked, so it survives this cycle: as in Go, a finalized object is
 * freed at the earliest one cycle later, and only if the finalizer did not
 * resurrect it.  Queued objects are roots until their finalizer has run.
 * One runtime thread (not counted as a goroutine) runs the finalizers in
 * order, outside any lock.
 */
#include "runtime.h"
#include <string.h>

typedef struct final_rec {
    struct final_rec *next;
    void *obj;
    void (*fn)(void *);
} final_rec;

static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    final_rec *records;          /* objects with a finalizer */
    final_rec *queue, **queue_tail; /* unreachable: run these */
    bool thread_started;
} fin = { .lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER };

static void *finalizer_thread(void *arg);

static void start_thread_locked(void) {
    if (fin.thread_started) return;
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&th, &attr, finalizer_thread, NULL) == 0) fin.thread_started = true;
    pthread_attr_destroy(&attr);
}

void gm_set_finalizer(void *obj, void (*fn)(void *)) {
    gm_thread *t = self_or_fatal("gm_set_finalizer");
    if (obj == NULL) gm_panic("runtime.SetFinalizer: first argument is nil");
    if ((uintptr_t)obj - gm_heap.arena_start >= __atomic_load_n(&gm_heap.arena_used, __ATOMIC_RELAXED) - gm_heap.arena_start)
        return;                          /* globals and the zero base: ignored, as in Go */
    runtime_enter(t);                    /* the lists must not be seen half-updated */
    void *base = object_base((uintptr_t)obj, NULL);
    if (base == NULL) { runtime_exit(t); return; }
    if (base != obj) {
        runtime_exit(t);
        gm_panic("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
    pthread_mutex_lock(&fin.lock);
    final_rec **pp = &fin.records;
    while (*pp && (*pp)->obj != obj) pp = &(*pp)->next;
    if (fn == NULL) {
        if (*pp) { final_rec *r = *pp; *pp = r->next; meta_free(r, sizeof *r); }
    } else {
        if (*pp) {
            pthread_mutex_unlock(&fin.lock);
            runtime_exit(t);
            gm_throw("runtime.SetFinalizer: finalizer already set");
        }
        final_rec *r = meta_alloc(sizeof *r);
        r->obj = obj;
        r->fn = fn;
        r->next = fin.records;
        fin.records = r;
        start_thread_locked();
    }
    pthread_mutex_unlock(&fin.lock);
    runtime_exit(t);
}

/* While marking (and in the pauses).  The lists change only inside the
 * runtime (in_runtime > 0), where no thread stops, so the lock is never
 * held by a stopped thread. */
void final_mark_roots(gcwork *w) {
    pthread_mutex_lock(&fin.lock);
    for (final_rec *r = fin.records; r; r = r->next) {
        mspan *s = span_of((uintptr_t)r->obj);
        if (s && s->kind != KIND_NOSCAN) mark_scan_object(w, (uintptr_t)r->obj);
    }
    for (final_rec *r = fin.queue; r; r = r->next) mark_grey_pointer(w, (uintptr_t)r->obj);
    pthread_mutex_unlock(&fin.lock);
}

/* World stopped — but the finalizer thread, waiting in the blocking state,
 * is claimed, not stopped, and may be reading the queue: take the lock. */
void final_queue_unreachable(void) {
    pthread_mutex_lock(&fin.lock);
    final_rec **pp = &fin.records;
    if (fin.queue == NULL) fin.queue_tail = &fin.queue;
    while (*pp) {
        final_rec *r = *pp;
        if (mark_object_is_marked((uintptr_t)r->obj)) { pp = &r->next; continue; }
        mark_set_bit((uintptr_t)r->obj);   /* survives this cycle */
        *pp = r->next;
        r->next = NULL;
        *fin.queue_tail = r;
        fin.queue_tail = &r->next;
    }
    pthread_mutex_unlock(&fin.lock);
}

/* Once per cycle: the queue is only ever looked at under the lock. */
void final_wake(void) {
    pthread_mutex_lock(&fin.lock);
    if (fin.queue) pthread_cond_signal(&fin.cond);
    pthread_mutex_unlock(&fin.lock);
}

static void *finalizer_thread(void *arg) {
    (void)arg;
    gm_thread_attach();
    gm_thread *t = gm_self;
    runtime_lock_blocking(&gm_threads_lock);
    t->system = true;
    atomic_fetch_sub(&gm_thread_count, 1);
    pthread_mutex_unlock(&gm_threads_lock);
    for (;;) {
        /* Wait without holding any heap pointer: the collector does not
         * stop a blocked thread, so it must not acquire one meanwhile. */
        gm_blocking_enter();
        pthread_mutex_lock(&fin.lock);
        while (fin.queue == NULL) pthread_cond_wait(&fin.cond, &fin.lock);
        pthread_mutex_unlock(&fin.lock);
        gm_blocking_exit();

        runtime_enter(t);                /* take the record off the queue */
        pthread_mutex_lock(&fin.lock);
        final_rec *r = fin.queue;
        void *volatile obj = NULL;
        void (*fn)(void *) = NULL;
        if (r) {
            fin.queue = r->next;
            if (fin.queue == NULL) fin.queue_tail = &fin.queue;
            obj = r->obj;                /* a root from now on: our stack */
            fn = r->fn;
        }
        pthread_mutex_unlock(&fin.lock);
        /* Inside the runtime, where no thread stops: a thread stopped
         * while holding meta's lock blocked every thread that then
         * needed it inside the runtime, and so the stop itself
         * (gc_typed_mix under TSAN: gm_set_finalizer's meta_alloc). */
        if (r) meta_free(r, sizeof *r);
        runtime_exit(t);
        if (r == NULL) continue;
        fn(obj);
        obj = NULL;
    }
    return NULL;
}

void final_fork(int phase) {
    if (phase == 0) pthread_mutex_lock(&fin.lock);
    else pthread_mutex_unlock(&fin.lock);
}

void final_after_fork_child(void) {
    pthread_cond_init(&fin.cond, NULL);
    fin.thread_started = false;
    if (fin.records || fin.queue) start_thread_locked();
}
