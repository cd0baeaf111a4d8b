/*
 * thread.c — registered threads: gm_go, attach, detach, thread caches.
 *
 * Every thread that touches the heap has a gm_thread record (off-heap, from
 * meta_alloc) on the list gm_all_threads, guarded by gm_threads_lock.  The
 * record holds the thread's mcache, its stack bounds and TLS ranges (roots),
 * and its stop state (world.c).
 *
 * Threads made by gm_go are put on the list in state STARTING by their
 * parent, so that the argument is a root until the child has it; threads
 * made elsewhere attach themselves.  Either way a pthread key's destructor
 * detaches the thread when it exits, so a forgotten gm_thread_detach never
 * leaves a dead stack on the list.
 *
 * Detaching returns the thread's cached spans to mcentral.  Holding
 * gm_threads_lock keeps the collector from stopping the world meanwhile.
 */
#include "runtime.h"
#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

__thread gm_thread *gm_self __attribute__((tls_model("initial-exec")));
pthread_mutex_t gm_threads_lock = PTHREAD_MUTEX_INITIALIZER;
gm_thread *gm_all_threads;
mspan gm_empty_span;               /* nelems 0, alloccache 0: always misses */
_Atomic int gm_thread_count;

static pthread_key_t detach_key;
static int64_t next_goroutine_id = 1;

static void detach_at_exit(void *t) {
    (void)t;
    gm_thread_detach();
}

void thread_init(void) {
    atomic_store(&gm_empty_span.state, SPAN_DEAD);
    pthread_key_create(&detach_key, detach_at_exit);
}

static gm_thread *thread_new(void) {
    gm_thread *t = meta_alloc(sizeof *t);
    for (int i = 0; i < NUM_SPAN_CLASSES; i++) t->alloc[i] = &gm_empty_span;
    return t;
}

static void list_insert_locked(gm_thread *t) {
    t->prev = NULL;
    t->next = gm_all_threads;
    if (gm_all_threads) gm_all_threads->prev = t;
    gm_all_threads = t;
    t->id = next_goroutine_id++;
    atomic_fetch_add(&gm_thread_count, 1);
}

static void list_remove_locked(gm_thread *t) {
    if (t->prev) t->prev->next = t->next; else gm_all_threads = t->next;
    if (t->next) t->next->prev = t->prev;
    t->next = t->prev = NULL;
    atomic_fetch_sub(&gm_thread_count, 1);
}

static void stack_bounds(gm_thread *t) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (addr == NULL)
        gm_throw("runtime: cannot find the stack of thread %d", (int)syscall(SYS_gettid));
    t->stack_lo = (uintptr_t)addr;
    t->stack_hi = (uintptr_t)addr + size;
}

/* Register the calling thread; t is its STARTING record made by gm_go, or
 * NULL for a thread attaching itself. */
gm_thread *thread_register_self(gm_thread *t) {
    bool listed = t != NULL;
    if (!listed) t = thread_new();
    t->pthread = pthread_self();
    t->tid = (pid_t)syscall(SYS_gettid);
    stack_bounds(t);
    roots_thread_tls(t);
    pthread_mutex_lock(&gm_threads_lock);
    if (!listed) list_insert_locked(t);
    /* Born during a mark: the stack holds nothing older, it counts as
     * scanned (Go's new goroutines during GC). */
    if (atomic_load(&gm_gc_state.phase) != GC_OFF) {
        /* Its argument was a root only through the record: shade it, the
         * stack that will hold it is not going to be scanned. */
        if (t->start_arg) mark_grey_pointer(thread_gcw(t), (uintptr_t)t->start_arg);
        t->scan_cycle = atomic_load(&gm_gc_state.cycle);
    }
    atomic_store(&t->state, TS_RUNNING);
    gm_self = t;
    pthread_mutex_unlock(&gm_threads_lock);
    pthread_setspecific(detach_key, t);
    return t;
}

/* Give every cached span back; the thread must not be allocating. */
void thread_flush_cache(gm_thread *t) {
    for (int i = 0; i < NUM_SPAN_CLASSES; i++) {
        mspan *s = t->alloc[i];
        if (s != &gm_empty_span) {
            t->alloc[i] = &gm_empty_span;
            mcentral_uncache_span(s);
        }
    }
    if (t->large_alloc_count) {
        atomic_fetch_add(&gm_stats.mallocs, t->large_alloc_count);
        atomic_fetch_add(&gm_stats.by_size_mallocs[0], t->large_alloc_count);
        atomic_fetch_add(&gm_stats.total_alloc, t->large_alloc_bytes);
        t->large_alloc_count = t->large_alloc_bytes = 0;
    }
}

int gm_thread_attach(void) {
    if (gm_self != NULL) return 1;
    if (!atomic_load(&gm_initialized)) {
        gm_init();          /* registers the calling thread */
        return 0;
    }
    thread_register_self(NULL);
    return 0;
}

void gm_thread_detach(void) {
    gm_thread *t = gm_self;
    if (t == NULL) return;
    runtime_lock_blocking(&gm_threads_lock);
    thread_flush_cache(t);
    uint64_t marked = t->black_bytes;
    thread_gcw_flush(t, &marked);        /* its grey objects go on */
    atomic_fetch_add(&gm_gc_state.bytes_marked, marked);
    t->black_bytes = 0;
    list_remove_locked(t);
    gm_self = NULL;
    pthread_mutex_unlock(&gm_threads_lock);
    pthread_setspecific(detach_key, NULL);
    if (t->gcw) meta_free(t->gcw, sizeof *t->gcw);
    meta_free(t, sizeof *t);
}

int gm_num_goroutines(void) {
    return atomic_load(&gm_thread_count);
}

static void *go_start(void *arg) {
    gm_thread *t = thread_register_self(arg);
    void (*fn)(void *) = t->start_fn;
    void *volatile fnarg = t->start_arg;   /* on this stack from here on */
    t->start_fn = NULL;
    t->start_arg = NULL;
    fn(fnarg);
    gm_thread_detach();
    return NULL;
}

int gm_go(void (*fn)(void *), void *arg) {
    gm_thread *self = self_or_fatal("gm_go");
    if (fn == NULL) gm_panic("go of nil func value");
    runtime_enter(self);                 /* meta_alloc's lock: not while stopped */
    gm_thread *t = thread_new();
    if (atomic_load(&gm_gc_state.phase) == GC_MARK)
        mark_grey_pointer(thread_gcw(self), (uintptr_t)arg);  /* the new stack is black */
    runtime_exit(self);
    t->start_fn = fn;
    t->start_arg = arg;
    atomic_store(&t->state, TS_STARTING);
    runtime_lock_blocking(&gm_threads_lock);
    list_insert_locked(t);
    pthread_mutex_unlock(&gm_threads_lock);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t th;
    int err = pthread_create(&th, &attr, go_start, t);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        runtime_lock_blocking(&gm_threads_lock);
        list_remove_locked(t);
        pthread_mutex_unlock(&gm_threads_lock);
        runtime_enter(self);
        meta_free(t, sizeof *t);
        runtime_exit(self);
    }
    return err;
}

void thread_unregistered_fatal(const char *fn) {
    gm_throw("gomem: %s called from a thread that is not registered with the runtime "
             "(call gm_thread_attach() in this thread first, start it with gm_go, "
             "or call gm_init() from main)", fn);
}
