/*
 * gc.c — the collection cycle.
 *
 * gomem's collector is Go's: a non-moving, concurrent tricolor
 * mark-and-sweep.
 *
 * Colours.  White objects have a clear mark bit; grey objects have the bit
 * set and wait on a marker's queue; black objects are marked and scanned.
 * Marking ends when no grey object is left: every white object is then
 * unreachable and sweeping frees it.  The invariant (Go's weak tricolor
 * invariant, kept by the hybrid barrier): every white object that a black
 * object or a scanned stack points to is protected — reachable from some
 * grey object through white objects.
 *
 * Phases of a cycle:
 *   1. Sweep termination (STW #1).  Sweep what the previous cycle left, with
 *      the world running; stop the world; turn on the write barrier and
 *      black allocation; start the world.  The pause is independent of the
 *      heap size.
 *   2. Concurrent mark (markworker.c).  The controller greys the global
 *      roots, scans the threads' stacks one thread at a time, then drains
 *      the grey queue with idle workers and mutator assists.  The hybrid
 *      barrier (barrier.c) shades the overwritten pointer of every gm_store,
 *      and the stored one while the storing thread's stack is unscanned.
 *      New objects are allocated black.
 *   3. Mark termination (STW #2).  Beforehand, with the world running, the
 *      controller holds the idle workers and flushes each thread's queue
 *      while stopping that thread alone (markworker.c).  Stop the world;
 *      flush the threads' barrier queues again; rescan data, bss, TLS and
 *      gm_add_roots ranges (C stores into them without a barrier); drain
 *      what that found within a budget — if more is left, start the world
 *      and go back to marking (Go does the same when a flush finds work;
 *      the pause never drains an unbounded amount).  Then: queue the
 *      finalizers of unreachable objects, add 2 to sweepgen, let the pacer
 *      set the next goal and trigger, turn the barrier off, start the world.
 *   4. Sweep: lazily by allocating threads (mcentral.c), in the background
 *      by the controller, and fully before gm_gc returns.
 *
 * With GODEBUG=gcstoptheworld=1 the whole mark runs inside one pause and no
 * barrier is needed (for C code that does not use gm_store); with
 * GODEBUG=gccheckmark=1 every concurrent mark is verified by a
 * stop-the-world re-mark (checkmark.c).
 *
 * A cycle starts when heap_live reaches the trigger (tested after a "heavy"
 * allocation: a span refill or a large object) or when gm_gc is called.
 * gc_state.lock serializes cycle transitions; the thread that starts a cycle
 * must not hold runtime locks and leaves the runtime while it waits, so that
 * a collector can stop it.
 */
#include "runtime.h"
#include <sched.h>
#include <string.h>
#include <time.h>

#define ASSIST_MIN (64 << 10)          /* Go's minimum assist */
#define ASSIST_MAX (256 << 10)         /* one assist, about 0.2 ms: bounds the gap */
#define ASSIST_STEP (32 << 10)         /* between checks for a stop request */
#define STW_DRAIN_BUDGET (128 << 10)   /* scan work mark termination may do */

gc_state gm_gc_state = { .lock = PTHREAD_MUTEX_INITIALIZER,
                         .cycle_done = PTHREAD_COND_INITIALIZER };

/* ---- small helpers ------------------------------------------------------ */

static void flush_all_caches(void) {
    for (gm_thread *t = gm_all_threads; t; t = t->next)
        if (atomic_load(&t->state) != TS_STARTING) thread_flush_cache(t);
}

static void record_pause(uint64_t ns) {
    uint32_t n = atomic_load(&gm_gc_state.num_gc);
    gm_gc_state.pause_ns[n % 256] += ns;
    gm_gc_state.pause_total_ns += ns;
    if (ns > gm_gc_state.max_pause_ns) gm_gc_state.max_pause_ns = ns;
    gm_gc_state.gc_cpu_ns += ns * (uint64_t)gm_config.gomaxprocs;
    trace_event_pause(ns);
}

static void record_end(void) {
    uint32_t n = atomic_load(&gm_gc_state.num_gc);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    gm_gc_state.last_gc_unix_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    gm_gc_state.pause_end[n % 256] = gm_gc_state.last_gc_unix_ns;
}

/* Leave the runtime for a wait on gc_state.lock; returns the depth. */
static int leave_runtime(gm_thread *t) {
    int depth = t->in_runtime;
    t->in_runtime = 0;
    atomic_signal_fence(memory_order_seq_cst);
    if (t->stop_deferred) runtime_park_deferred(t);
    return depth;
}

static void reenter_runtime(gm_thread *t, int depth) {
    t->in_runtime = depth;
    atomic_signal_fence(memory_order_seq_cst);
}

/* Wait on cycle_done (the caller holds gc_state.lock and is outside the
 * runtime), at most timeout_ns when that is positive, in the blocking
 * state: a collector then claims the waiting thread instead of signalling
 * it.  A thread in pthread_cond_wait answers the signal in normal builds,
 * but not under ThreadSanitizer, which delays signals to its own
 * interceptors — and never runs a handler in a fork child's first thread.
 * A claim by mark termination is over before the lock is ours again (it
 * holds the lock until the world starts); one by the controller's stack
 * scan or queue flush does not need the lock. */
static void wait_cycle_done(long timeout_ns) {
    gm_blocking_enter();
    if (timeout_ns > 0) {
        struct timespec ts = realtime_deadline(timeout_ns);
        pthread_cond_timedwait(&gm_gc_state.cycle_done, &gm_gc_state.lock, &ts);
    } else {
        pthread_cond_wait(&gm_gc_state.cycle_done, &gm_gc_state.lock);
    }
    gm_blocking_exit();
}

/* ---- the end of marking, shared by both modes --------------------------- */

/* World stopped, marking finished: set up the sweep of the next cycle. */
static void finish_cycle_stopped(uint64_t marked) {
    atomic_store(&gm_gc_state.phase, GC_MARKTERM);
    gm_writebarrier_enabled_ = 0;
    atomic_store(&gm_gc_state.black_alloc, 0);
    gm_gc_state.live_at_markterm = atomic_load(&gm_gc_state.heap_live);
    flush_all_caches();
    if (gm_config.gccheckmark) checkmark_verify();
    final_queue_unreachable();
    atomic_fetch_add(&gm_heap.sweepgen, 2);
    sweep_start_cycle();
    gm_gc_state.heap_marked = marked;
    atomic_store(&gm_gc_state.heap_live, marked);
    pacer_commit(marked);
    atomic_store(&gm_gc_state.stacks_done, 0);
    atomic_store(&gm_gc_state.phase, GC_OFF);
}

static void print_trace(uint32_t n, uint64_t marked) {
    if (!gm_config.gctrace) return;
    gc_state *g = &gm_gc_state;
    uint64_t procs = (uint64_t)gm_config.gomaxprocs;
    uint64_t stw2 = g->t_end - g->t_markterm;
    uint64_t clock[3] = { g->stw1_ns, g->t_markterm - g->t_mark, stw2 };
    uint64_t cpu[5] = { g->stw1_ns * procs, atomic_load(&g->assist_cpu_ns),
                        atomic_load(&g->worker_cpu_ns), atomic_load(&g->idle_cpu_ns),
                        stw2 * procs };
    stats_print_gctrace(n, g->t_start, clock, cpu, g->live_at_trigger, g->live_at_markterm,
                        marked, g->goal, g->cycle_forced);
}

static void complete_cycle(uint64_t marked) {
    gc_state *g = &gm_gc_state;
    g->gc_cpu_ns += atomic_load(&g->assist_cpu_ns) + atomic_load(&g->worker_cpu_ns) +
                    atomic_load(&g->idle_cpu_ns);
    /* Waiting is no CPU: gctrace's and MemStats' GC fraction leave it out
     * (several threads waiting at once would put it over 100%). */
    g->gc_stalled_ns += atomic_exchange(&g->stall_ns, 0);
    record_end();                        /* slot num_gc % 256: this cycle */
    uint32_t n = atomic_fetch_add(&gm_gc_state.num_gc, 1) + 1;
    if (gm_gc_state.cycle_forced) gm_gc_state.num_forced_gc++;
    gm_gc_state.pause_ns[n % 256] = 0;   /* the next cycle's slot */
    trace_event_cycle(n, marked);
    print_trace(n, marked);
    pthread_cond_broadcast(&gm_gc_state.cycle_done);
}

static void reset_cycle_counters(bool forced) {
    gc_state *g = &gm_gc_state;
    g->cycle_forced = forced;
    atomic_store(&g->bytes_marked, 0);
    atomic_store(&g->scan_work, 0);
    atomic_store(&g->assist_cpu_ns, 0);
    atomic_store(&g->worker_cpu_ns, 0);
    atomic_store(&g->idle_cpu_ns, 0);
    g->live_at_trigger = atomic_load(&g->heap_live);
    for (gm_thread *t = gm_all_threads; t; t = t->next) t->black_bytes = 0;
}

/* ---- gcstoptheworld=1: the whole mark in one pause ---------------------- */

static uint64_t mark_everything_stopped(gm_thread *self) {
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
    atomic_fetch_add(&gm_gc_state.scan_work, w.scan_work);
    gcwork_dispose(&w);
    return w.bytes_marked;
}

static void collect_stopped(gm_thread *self, bool forced) {
    gc_state *g = &gm_gc_state;
    g->t_start = now_ns();
    uint64_t cpu0 = thread_cpu_ns();
    pthread_mutex_lock(&gm_threads_lock);
    world_stop();
    reset_cycle_counters(forced);
    atomic_store(&g->cycle, atomic_load(&g->num_gc) + 1);
    g->t_mark = now_ns();
    g->stw1_ns = g->t_mark - g->t_start;
    flush_all_caches();
    atomic_store(&g->phase, GC_MARK);
    uint64_t marked = mark_everything_stopped(self);
    atomic_store(&g->worker_cpu_ns, thread_cpu_ns() - cpu0);
    g->t_markterm = now_ns();
    finish_cycle_stopped(marked);
    g->t_end = now_ns();
    record_pause(g->t_end - g->t_start);
    world_start();
    pthread_mutex_unlock(&gm_threads_lock);
    complete_cycle(marked);
}

/* ---- concurrent mode ---------------------------------------------------- */

/* STW #1, sweep termination: the caller holds gc_state.lock. */
static void start_concurrent_cycle(bool forced) {
    gc_state *g = &gm_gc_state;
    g->t_start = now_ns();
    pthread_mutex_lock(&gm_threads_lock);
    world_stop();
    /* The controller may be sweeping a last span in the background. */
    while (atomic_load(&gm_sweepers_active) != 0) sched_yield();
    reset_cycle_counters(forced);
    uint32_t cycle = atomic_load(&g->num_gc) + 1;
    atomic_store(&g->cycle, cycle);
    /* Threads registered from now on start with a scanned (black) stack. */
    atomic_store(&g->stacks_done, 0);
    pacer_start_cycle();
    atomic_store(&g->black_alloc, 1);
    gm_writebarrier_enabled_ = 1;
    atomic_store(&g->phase, GC_MARK);
    g->t_mark = now_ns();
    g->stw1_ns = g->t_mark - g->t_start;
    record_pause(g->stw1_ns);
    world_start();
    pthread_mutex_unlock(&gm_threads_lock);
    trace_event_phase("mark", g->t_mark);
    markworker_wake();
}

/* STW #2, mark termination, called by the controller with its queue empty.
 * Returns false when the world was started again to mark more. */
bool gc_mark_termination(gcwork *w) {
    gc_state *g = &gm_gc_state;
    pthread_mutex_lock(&g->lock);
    pthread_mutex_lock(&gm_threads_lock);
    uint64_t t0 = now_ns();
    world_stop();
    if (!markworker_quiet()) gm_throw("runtime: mark termination with idle workers running");
    uint64_t marked = 0;
    for (gm_thread *t = gm_all_threads; t; t = t->next) {
        thread_gcw_flush(t, &marked);
        marked += t->black_bytes;
    }
    atomic_fetch_add(&g->bytes_marked, marked);
    roots_scan_unbarriered(w);
    final_mark_roots(w);
    /* Drain in the pause only a bounded amount; more goes back to marking
     * (the controller flushes and drains again, then retries).  Each retry
     * has scanned a budget's worth of objects that were white when the
     * cycle began, and objects allocated since are black, so the retries
     * end.  With every mutator stopped and the idle workers held, an empty
     * queue here means no grey object is left anywhere. */
    mark_drain_n(w, STW_DRAIN_BUDGET);
    if (!gcwork_empty(w) || mark_work_available()) {
        uint64_t t1 = now_ns();
        record_pause(t1 - t0);
        world_start();
        pthread_mutex_unlock(&gm_threads_lock);
        pthread_mutex_unlock(&g->lock);
        return false;
    }
    g->t_markterm = t0;
    atomic_fetch_add(&g->bytes_marked, w->bytes_marked);
    atomic_fetch_add(&g->scan_work, w->scan_work);
    w->bytes_marked = w->scan_work = 0;
    uint64_t total = atomic_load(&g->bytes_marked);
    pacer_end_cycle(total);
    finish_cycle_stopped(total);
    g->t_end = now_ns();
    record_pause(g->t_end - t0);
    world_start();
    pthread_mutex_unlock(&gm_threads_lock);
    complete_cycle(total);
    pthread_mutex_unlock(&g->lock);
    heap_scavenge(atomic_load(&g->num_gc) - 1, false);
    if (gm_config.memory_limit != INT64_MAX &&
        (double)(heap_retained_bytes() + meta_sys_bytes()) > 0.95 * (double)gm_config.memory_limit)
        heap_scavenge(0, true);
    final_wake();
    return true;
}

/* ---- starting cycles ---------------------------------------------------- */

/* The heap reached its goal while marking is still running (the workers
 * are behind, or starved of CPU): like a Go assist that cannot pay its
 * debt, the allocating thread waits for the mark to finish, helping when
 * there is work, so the heap does not run past its goal. */
static bool past_goal_while_marking(void) {
    return atomic_load(&gm_gc_state.phase) == GC_MARK &&
           atomic_load(&gm_gc_state.heap_live) >= gm_gc_state.goal;
}

static void wait_for_mark(gm_thread *t) {
    /* All the time a mutator is held here is time lost to the collector
     * (the CPU limiter's measure, pacer.c), helping or waiting. */
    uint64_t t0 = now_ns();
    while (past_goal_while_marking()) {
        /* Help while there is visible work, one bounded assist at a time
         * (between assists the thread passes a safepoint, runtime_exit). */
        if (atomic_load(&gm_gc_state.stacks_done) && mark_work_available()) {
            t->assist_debt = ASSIST_MAX;
            gc_assist(t, 0);
            runtime_exit(t);
            runtime_enter(t);
            continue;
        }
        /* Nothing to take: wait a little for the workers (stoppable). */
        int depth = leave_runtime(t);
        runtime_lock_blocking(&gm_gc_state.lock);
        if (past_goal_while_marking()) wait_cycle_done(200000);
        pthread_mutex_unlock(&gm_gc_state.lock);
        reenter_runtime(t, depth);
    }
    atomic_fetch_add(&gm_gc_state.stall_ns, now_ns() - t0);
}

void gc_trigger_check(gm_thread *t) {
    uint64_t live = atomic_load_explicit(&gm_gc_state.heap_live, memory_order_relaxed);
    if (live < atomic_load_explicit(&gm_gc_state.trigger, memory_order_relaxed)) return;
    int phase = atomic_load_explicit(&gm_gc_state.phase, memory_order_relaxed);
    if (phase == GC_OFF) {
        gc_run_cycle(t, false);
    } else if (phase == GC_MARK && live >= gm_gc_state.goal) {
        wait_for_mark(t);
    }
}

static bool collector_enabled(void) {
    return gm_config.gogc >= 0 || gm_config.memory_limit != INT64_MAX;
}

/* Wait (stoppable) until the cycle in progress, if any, has finished; the
 * caller holds gc_state.lock and is outside the runtime. */
void gc_wait_cycle_end(void) {
    while (atomic_load(&gm_gc_state.phase) != GC_OFF) wait_cycle_done(0);
}

/* The thread that runs a cycle is in the blocking state from before it
 * takes the lock until the cycle is over: the controller's stack scan
 * claims it and reads its stack and callee-saved registers as they were at
 * the call, instead of signalling it in the middle of the runtime's own
 * code, whose vector registers hold addresses of objects it has just
 * allocated or swept (a signal-stopped thread's vector registers are
 * roots: rt_sweep_concurrent kept 6-17% of its garbage that way under
 * load).  It touches no user object meanwhile; sweeping runs with the
 * mark off. */
void gc_run_cycle(gm_thread *t, bool forced) {
    int depth = leave_runtime(t);
    gm_blocking_enter();
    pthread_mutex_lock(&gm_gc_state.lock);
    if (forced) gc_wait_cycle_end();
    bool run = atomic_load(&gm_gc_state.phase) == GC_OFF &&
               (forced || (collector_enabled() &&
                           atomic_load(&gm_gc_state.heap_live) >= atomic_load(&gm_gc_state.trigger)));
    if (run) {
        sweep_finish();
        roots_snapshot();
        if (gm_config.gcstoptheworld) {
            collect_stopped(t, forced);
            heap_scavenge(atomic_load(&gm_gc_state.num_gc) - 1, false);
        } else {
            markworker_start();
            uint32_t want = atomic_load(&gm_gc_state.num_gc) + 1;
            start_concurrent_cycle(forced);
            if (forced)
                while (atomic_load(&gm_gc_state.num_gc) < want) wait_cycle_done(0);
        }
    }
    pthread_mutex_unlock(&gm_gc_state.lock);
    gm_blocking_exit();
    if (run && forced) sweep_finish();
    reenter_runtime(t, depth);
    if (run && gm_config.gcstoptheworld) final_wake();
}

/* Zero the dead stack below the caller (Boehm's GC_clear_stack): the
 * collector's own frames will lie there, and their uninitialized slots
 * would otherwise show a conservative scan stale pointers left by earlier
 * deeper calls — false retention of garbage across gm_gc calls. */
__attribute__((noinline)) static void clear_dead_stack(void) {
    volatile char area[16384];
    memset((char *)area, 0, sizeof area);
    __asm__ volatile("" : : "r"(area) : "memory");
}

void gm_gc(void) {
    gm_thread *t = self_or_fatal("gm_gc");
    clear_dead_stack();
    runtime_enter(t);
    gc_run_cycle(t, true);
    runtime_exit(t);
}

/* ---- assists ------------------------------------------------------------ */

/* A thread allocated bytes while marking: do scan work in proportion, so
 * the heap does not run past its goal (Go's gcAssistAlloc). */
void gc_assist(gm_thread *t, uint64_t bytes) {
    gc_state *g = &gm_gc_state;
    if (!atomic_load(&g->stacks_done)) return;
    t->assist_debt += (int64_t)((double)bytes * g->assist_ratio);
    /* Debt that could not be paid (no work was visible) is not carried
     * beyond a few assists: a thread must never owe a long stall. */
    if (t->assist_debt > 4 * ASSIST_MAX) t->assist_debt = 4 * ASSIST_MAX;
    if (t->assist_debt < ASSIST_MIN || !mark_work_available()) return;
    uint64_t cpu0 = thread_cpu_ns();
    gcwork *w = thread_gcw(t);
    uint64_t before = w->scan_work;
    int64_t want = t->assist_debt < ASSIST_MAX ? t->assist_debt : ASSIST_MAX;
    /* In steps, leaving early when the collector asks this thread to stop:
     * the thread is inside the runtime, so the stop waits for the assist,
     * and a whole one (up to ~1 ms) would stretch the pause (Go's assists
     * check for preemption too).  The debt left is paid later. */
    while ((int64_t)(w->scan_work - before) < want) {
        uint64_t step0 = w->scan_work;
        int64_t left = want - (int64_t)(w->scan_work - before);
        mark_drain_n(w, left < ASSIST_STEP ? left : ASSIST_STEP);
        if (w->scan_work == step0 ||
            atomic_load_explicit(&t->state, memory_order_relaxed) == TS_STOPPING)
            break;
    }
    t->assist_debt -= (int64_t)(w->scan_work - before);
    if (t->assist_debt < 0) t->assist_debt = 0;
    gcwork_balance(w);
    atomic_fetch_add(&g->assist_cpu_ns, thread_cpu_ns() - cpu0);
}
