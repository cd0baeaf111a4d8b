/*
 * gc.c — the collection cycle.
 *
 * gomem's collector is Go's: a non-moving tricolor mark-and-sweep.
 *
 * Colours.  White objects have a clear mark bit; grey objects have the bit
 * set and wait on a marker's queue; black objects are marked and scanned.
 * Marking ends when no grey object is left: every white object is then
 * unreachable and sweeping frees it.  The invariant marking keeps is Go's
 * (and Lua's): no black object points to a white one, and every grey object
 * is on some queue.
 *
 * Phases of a cycle (this part runs all of marking with the world stopped;
 * the concurrent phases come with the write barrier):
 *   1. Sweep termination: sweep whatever the previous cycle left unswept,
 *      with the world running; take a list of the global segments; stop the
 *      world.  Every thread cache gives its spans back to mcentral, so the
 *      heap is consistent and heap_live counts exactly the allocated bytes.
 *   2. Mark: grey the roots (globals, user ranges, every thread's stack,
 *      registers and TLS, finalizer records), then scan grey objects until
 *      none is left.  New objects are allocated black while marking runs
 *      concurrently (black_alloc), so the mark can only grow.
 *   3. Mark termination: heap_marked = bytes marked; heap_live is reset to
 *      it; mheap.sweepgen += 2 marks every span unswept; the pacer sets the
 *      next heap goal and trigger; the world starts again.
 *   4. Sweep: lazily, as threads need spans (mcentral.c), and all at once
 *      before the next cycle or before gm_gc returns.  Free spans that stayed
 *      free since an older cycle go back to the OS (heap_scavenge).
 *
 * A cycle starts when heap_live reaches the trigger (tested after a "heavy"
 * allocation: a span refill or a large object) or when gm_gc is called.
 * One cycle runs at a time (gc_state.lock).  The thread that starts a cycle
 * runs it; it must not hold runtime locks, and it leaves the runtime while
 * waiting for gc_state.lock so that another collector can stop it.
 */
#include "runtime.h"
#include <string.h>
#include <time.h>

gc_state gm_gc_state = { .lock = PTHREAD_MUTEX_INITIALIZER };

void gc_trigger_check(gm_thread *t) {
    if (atomic_load_explicit(&gm_gc_state.heap_live, memory_order_relaxed) <
        atomic_load_explicit(&gm_gc_state.trigger, memory_order_relaxed))
        return;
    gc_run_cycle(t, false);
}

static void flush_all_caches(void) {
    for (gm_thread *t = gm_all_threads; t; t = t->next)
        if (atomic_load(&t->state) != TS_STARTING) thread_flush_cache(t);
}

/* Grey every root and drain the grey queue; the world is stopped. */
static uint64_t mark_everything(gm_thread *self) {
    gcwork w;
    gcwork_init(&w);
    uint64_t globals = 0;
    uintptr_t stacks = 0;
    roots_scan_globals(&w, &globals);
    roots_scan_user(&w);
    world_publish_self(self);
    for (gm_thread *t = gm_all_threads; t; t = t->next) roots_scan_thread(&w, t, &stacks);
    final_mark_roots(&w);
    mark_drain(&w);
    gm_gc_state.globals_bytes = globals;
    gm_gc_state.stacks_bytes = stacks;
    gcwork_dispose(&w);
    return w.bytes_marked;
}

static void record_pause(uint64_t ns) {
    uint32_t n = atomic_load(&gm_gc_state.num_gc);
    gm_gc_state.pause_ns[n % 256] = ns;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    gm_gc_state.last_gc_unix_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    gm_gc_state.pause_end[n % 256] = gm_gc_state.last_gc_unix_ns;
    gm_gc_state.pause_total_ns += ns;
}

/* Stop the world, mark, and set up the sweep of cycle n+1. */
static void collect_stopped(gm_thread *self, bool forced) {
    uint64_t t0 = now_ns(), cpu0 = thread_cpu_ns();
    pthread_mutex_lock(&gm_threads_lock);
    world_stop();
    uint64_t t1 = now_ns();
    uint64_t live0 = atomic_load(&gm_gc_state.heap_live);
    flush_all_caches();
    atomic_store(&gm_gc_state.phase, GC_MARK);
    uint64_t marked = mark_everything(self);
    uint64_t cpu_mark = thread_cpu_ns() - cpu0;
    uint64_t t2 = now_ns();

    atomic_store(&gm_gc_state.phase, GC_MARKTERM);
    uint64_t live1 = atomic_load(&gm_gc_state.heap_live);
    final_queue_unreachable();
    atomic_fetch_add(&gm_heap.sweepgen, 2);
    sweep_start_cycle();
    gm_gc_state.heap_marked = marked;
    atomic_store(&gm_gc_state.heap_live, marked);
    pacer_commit(marked);
    atomic_store(&gm_gc_state.phase, GC_OFF);
    uint64_t t3 = now_ns();
    record_pause(t3 - t0);
    uint32_t n = atomic_fetch_add(&gm_gc_state.num_gc, 1) + 1;
    if (forced) gm_gc_state.num_forced_gc++;
    int procs = gm_config.gomaxprocs;
    gm_gc_state.gc_cpu_ns += (t3 - t0) * (uint64_t)procs;
    world_start();
    pthread_mutex_unlock(&gm_threads_lock);

    if (gm_config.gctrace) {
        uint64_t clock[3] = { t1 - t0, t2 - t1, t3 - t2 };
        uint64_t cpu[3] = { (t1 - t0) * (uint64_t)procs, cpu_mark, (t3 - t2) * (uint64_t)procs };
        stats_print_gctrace(n, t0, clock, cpu, live0, live1, marked, gm_gc_state.goal, forced);
    }
}

void gc_run_cycle(gm_thread *t, bool forced) {
    /* Leave the runtime while we wait: a collector may be stopping us. */
    int depth = t->in_runtime;
    t->in_runtime = 0;
    atomic_signal_fence(memory_order_seq_cst);
    if (t->stop_deferred) runtime_park_deferred(t);
    pthread_mutex_lock(&gm_gc_state.lock);
    bool run = forced || (gm_config.gogc >= 0 || gm_config.memory_limit != INT64_MAX);
    if (!forced && atomic_load(&gm_gc_state.heap_live) < atomic_load(&gm_gc_state.trigger))
        run = false;                     /* another thread just collected */
    if (run) {
        sweep_finish();
        roots_snapshot();
        collect_stopped(t, forced);
        heap_scavenge(atomic_load(&gm_gc_state.num_gc) - 1, false);
        if (forced) sweep_finish();
    }
    pthread_mutex_unlock(&gm_gc_state.lock);
    t->in_runtime = depth;
    atomic_signal_fence(memory_order_seq_cst);
    final_wake();
}

void gm_gc(void) {
    gm_thread *t = self_or_fatal("gm_gc");
    runtime_enter(t);
    gc_run_cycle(t, true);
    runtime_exit(t);
}
