/*
 * markworker.c — background marking: the mark controller and idle workers.
 *
 * The controller is a runtime thread (never registered, never stopped) that
 * runs each cycle's concurrent mark, as Go's dedicated/fractional worker:
 *   1. grey the global roots (data, bss, gm_add_roots ranges, finalizers);
 *   2. scan every registered thread's stack, registers and TLS, one thread
 *      at a time: stop that thread alone, scan, let it go (a blocked thread
 *      is claimed instead of signalled);
 *   3. only then scan heap objects (stacks_done): a thread stopped between
 *      gm_store's barrier test and its store before the barrier was on
 *      finishes that one unbarriered store before its stack is scanned, and
 *      that scan shades both the old and the new value if the thread still
 *      holds them — so no heap object is black while such a store is due;
 *   4. drain the grey queue; then hold the idle workers (they hand back
 *      what they hold and take no more), move every thread's barrier and
 *      assist queue to the global list one thread at a time (Go's ragged
 *      forEachP flush), drain again, and only then ask for mark termination
 *      (gc.c), which may send it back to marking.  The pause so finds
 *      almost nothing left to do, and never waits for an idle worker — a
 *      SCHED_IDLE thread that a loaded machine does not schedule would
 *      otherwise stretch the pause (hundreds of ms were seen in CI).
 * It aims at Go's 25% of GOMAXPROCS: with fewer than 4 processors it is a
 * fractional worker that sleeps when its CPU time runs ahead of its share.
 * Idle workers (SCHED_IDLE threads: they run only on otherwise idle CPUs,
 * Go's idle mark workers) drain the global queue alongside it.
 */
#include "runtime.h"
#include <sched.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define IDLE_STEP (32 << 10)     /* scan work between an idle worker's checks */

static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    uint32_t started_cycle;      /* last cycle the controller began */
    _Atomic int nbusy;           /* idle workers holding work */
    _Atomic int hold;            /* idle workers must not take work */
    bool started;
    int nidle;
} mw = { .lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER };

gcwork *thread_gcw(gm_thread *t) {
    if (t->gcw == NULL) t->gcw = meta_alloc(sizeof *t->gcw);
    if (t->gcw->wbuf1 == NULL) gcwork_init(t->gcw);
    return t->gcw;
}

/* Move a thread's queued grey objects to the global list (world stopped,
 * or the thread itself). */
void thread_gcw_flush(gm_thread *t, uint64_t *bytes) {
    if (t->gcw == NULL) return;
    if (bytes) *bytes += t->gcw->bytes_marked;
    atomic_fetch_add(&gm_gc_state.scan_work, t->gcw->scan_work);
    t->gcw->bytes_marked = t->gcw->scan_work = 0;
    if (t->gcw->wbuf1) gcwork_dispose(t->gcw);
}

static void sleep_ns(long ns) {
    struct timespec ts = { 0, ns };
    syscall_nanosleep_raw(&ts);
}

/* Scan every stack not yet scanned this cycle. */
static void scan_stacks(gcwork *w, uint32_t cycle) {
    uintptr_t stacks = 0;
    pthread_mutex_lock(&gm_threads_lock);
    for (gm_thread *t = gm_all_threads; t; t = t->next) {
        if (t->scan_cycle == cycle) continue;
        if (atomic_load(&t->state) == TS_STARTING) {
            if (t->start_arg) mark_grey_pointer(w, (uintptr_t)t->start_arg);
            continue;
        }
        thread_suspend(t);
        roots_scan_thread(w, t, &stacks);
        t->scan_cycle = cycle;
        thread_resume(t);
    }
    pthread_mutex_unlock(&gm_threads_lock);
    gm_gc_state.stacks_bytes = stacks;
}

/* The fractional worker's share: 25% of GOMAXPROCS, at most one CPU. */
static void pace_fraction(uint64_t wall0, uint64_t cpu0) {
    double share = GC_GOAL_UTILIZATION * gm_config.gomaxprocs;
    if (share >= 1.0) return;
    uint64_t wall = now_ns() - wall0, cpu = thread_cpu_ns() - cpu0;
    if ((double)cpu > share * (double)wall * 1.2) sleep_ns(200000);
}

/* Go's ragged flush before mark termination: each thread, stopped alone,
 * gives its queue to the global list (rescanning its TLS while it is
 * stopped), so the stop-the-world flush finds only what the last moments
 * queued. */
static void flush_thread_queues(gcwork *w) {
    uint64_t marked = 0;
    pthread_mutex_lock(&gm_threads_lock);
    for (gm_thread *t = gm_all_threads; t; t = t->next) {
        if (atomic_load(&t->state) == TS_STARTING) continue;
        thread_suspend(t);
        thread_gcw_flush(t, &marked);
        roots_scan_tls(w, t);
        thread_resume(t);
    }
    pthread_mutex_unlock(&gm_threads_lock);
    atomic_fetch_add(&gm_gc_state.bytes_marked, marked);
}

/* Drain until nothing is queued anywhere and no idle worker holds work. */
static void drain_all(gcwork *w, uint64_t wall0, uint64_t cpu0) {
    for (;;) {
        mark_drain_n(w, 256 << 10);
        pace_fraction(wall0, cpu0);
        if (!gcwork_empty(w) || mark_work_available()) continue;
        if (atomic_load(&mw.nbusy) == 0) break;
        sleep_ns(20000);
    }
}

/* Idle workers stop taking work (the drain that follows waits until none
 * holds any).  A worker raises nbusy before it looks at hold, and the
 * controller sets hold before it reads nbusy: once the controller has seen
 * nbusy at 0 after the hold, no worker can take work until the release. */
static void hold_idle_workers(void) {
    atomic_store(&mw.hold, 1);
}

static void release_idle_workers(void) {
    atomic_store(&mw.hold, 0);
}

static void mark_phase(uint32_t cycle) {
    uint64_t wall0 = now_ns(), cpu0 = thread_cpu_ns();
    gcwork w;
    gcwork_init(&w);
    uint64_t globals = 0;
    roots_scan_globals(&w, &globals);
    gm_gc_state.globals_bytes = globals;
    roots_scan_user(&w);
    scan_stacks(&w, cycle);
    atomic_store(&gm_gc_state.stacks_done, 1);
    pthread_mutex_lock(&mw.lock);
    pthread_cond_broadcast(&mw.cond);    /* idle workers may start */
    pthread_mutex_unlock(&mw.lock);
    for (;;) {
        drain_all(&w, wall0, cpu0);
        hold_idle_workers();
        flush_thread_queues(&w);
        drain_all(&w, wall0, cpu0);
        atomic_fetch_add(&gm_gc_state.worker_cpu_ns, thread_cpu_ns() - cpu0);
        cpu0 = thread_cpu_ns();
        bool done = gc_mark_termination(&w);
        release_idle_workers();
        if (done) break;
    }
    gcwork_dispose(&w);
}

/* The scavenger's tick (Go's background scavenger, simplified): with a
 * memory limit, keep the memory the heap holds from the OS under 95% of
 * it by releasing every free span; without one, free spans go back once
 * they have stayed free through a cycle (gc.c). */
static void scavenge_tick(void) {
    int64_t limit = gm_config.memory_limit;
    if (limit == INT64_MAX) return;
    uint64_t retained = heap_retained_bytes() + meta_sys_bytes();
    if ((double)retained > 0.95 * (double)limit) heap_scavenge(0, true);
}

static void *controller(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&mw.lock);
        while (atomic_load(&gm_gc_state.phase) != GC_MARK ||
               atomic_load(&gm_gc_state.cycle) == mw.started_cycle) {
            struct timespec ts = realtime_deadline(50 * 1000000);
            if (pthread_cond_timedwait(&mw.cond, &mw.lock, &ts) != 0) {
                pthread_mutex_unlock(&mw.lock);
                scavenge_tick();
                pthread_mutex_lock(&mw.lock);
            }
        }
        uint32_t cycle = atomic_load(&gm_gc_state.cycle);
        mw.started_cycle = cycle;
        pthread_mutex_unlock(&mw.lock);
        mark_phase(cycle);
        /* Background sweep: the spans the mutators have not swept yet. */
        while (atomic_load(&gm_gc_state.phase) == GC_OFF && sweep_one()) {
        }
    }
    return NULL;
}

static void *idle_worker(void *arg) {
    (void)arg;
    struct sched_param sp = { 0 };
    pthread_setschedparam(pthread_self(), SCHED_IDLE, &sp);
    gcwork w;
    memset(&w, 0, sizeof w);
    for (;;) {
        pthread_mutex_lock(&mw.lock);
        while (atomic_load(&gm_gc_state.phase) != GC_MARK || !atomic_load(&gm_gc_state.stacks_done))
            pthread_cond_wait(&mw.cond, &mw.lock);
        pthread_mutex_unlock(&mw.lock);
        uint64_t cpu0 = thread_cpu_ns();
        while (atomic_load(&gm_gc_state.phase) == GC_MARK) {
            /* Busy before looking: work is either on the global list or
             * held by a worker counted in nbusy (mark termination relies
             * on it), and a worker that sees no hold here was seen busy by
             * hold_idle_workers' caller. */
            atomic_fetch_add(&mw.nbusy, 1);
            if (atomic_load(&mw.hold) || !mark_work_available()) {
                atomic_fetch_sub(&mw.nbusy, 1);
                sleep_ns(50000);
                continue;
            }
            gcwork_init(&w);
            /* In small steps, so that a hold is answered promptly. */
            do mark_drain_n(&w, IDLE_STEP);
            while (!gcwork_empty(&w) && !atomic_load(&mw.hold));
            atomic_fetch_add(&gm_gc_state.bytes_marked, w.bytes_marked);
            atomic_fetch_add(&gm_gc_state.scan_work, w.scan_work);
            gcwork_dispose(&w);
            /* Counted before nbusy drops, while this loop still runs:
             * gctrace's idle CPU is read at mark termination (it showed 0
             * when this was added only once the phase had ended). */
            uint64_t cpu = thread_cpu_ns();
            atomic_fetch_add(&gm_gc_state.idle_cpu_ns, cpu - cpu0);
            cpu0 = cpu;
            atomic_fetch_sub(&mw.nbusy, 1);
        }
        atomic_fetch_add(&gm_gc_state.idle_cpu_ns, thread_cpu_ns() - cpu0);
    }
    return NULL;
}

/* The controller has held the idle workers and seen none busy before it
 * asked for mark termination: none can hold work now. */
bool markworker_quiet(void) {
    return atomic_load(&mw.hold) != 0;
}

static void spawn(void *(*fn)(void *)) {
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    sigset_t all, old;
    sigfillset(&all);                    /* runtime threads take no signals */
    pthread_sigmask(SIG_SETMASK, &all, &old);
    if (pthread_create(&th, &attr, fn, NULL) != 0)
        gm_throw("runtime: cannot start a mark worker thread");
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
}

void markworker_start(void) {
    pthread_mutex_lock(&mw.lock);
    if (!mw.started) {
        mw.started = true;
        spawn(controller);
        mw.nidle = gm_config.gomaxprocs - 1 > 7 ? 7 : gm_config.gomaxprocs - 1;
        for (int i = 0; i < mw.nidle; i++) spawn(idle_worker);
    }
    pthread_mutex_unlock(&mw.lock);
}

void markworker_wake(void) {
    pthread_mutex_lock(&mw.lock);
    pthread_cond_broadcast(&mw.cond);
    pthread_mutex_unlock(&mw.lock);
}

void markworker_after_fork_child(void) {
    pthread_mutex_init(&mw.lock, NULL);
    pthread_cond_init(&mw.cond, NULL);
    atomic_store(&mw.nbusy, 0);
    atomic_store(&mw.hold, 0);
    mw.started = false;
    mw.started_cycle = 0;
}
