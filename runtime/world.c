/*
 * world.c — stopping and starting the world with a signal.
 *
 * C has no safepoints, so the collector stops a thread by sending it the
 * stop signal (SIGPWR unless GOMEM_STOPSIGNAL or GODEBUG=gcstopsignal says
 * otherwise).  The handler publishes the thread's stack pointer — the
 * kernel's signal frame, holding every register, lies above it on the same
 * stack — acknowledges on a semaphore and waits on a futex for the world to
 * start again.  It is installed with SA_RESTART, so an interrupted restartable
 * system call is restarted; the calls the kernel never restarts (sleep, poll,
 * select, epoll_wait, pause, sigsuspend) are wrapped by blocking.c so that a
 * thread blocked in them is never signalled at all.
 *
 * Thread states (gm_thread.state), changed only by CAS:
 *   RUNNING  --collector-->  STOPPING --handler-->  STOPPED --start--> RUNNING
 *   RUNNING  --thread-->     BLOCKING --collector--> CLAIMED --start--> BLOCKING
 *   BLOCKING --thread-->     RUNNING   (waits while CLAIMED)
 * A thread inside the runtime (in_runtime > 0) defers the stop until it
 * leaves (runtime_exit), so the world never stops with a runtime lock held
 * or a span half updated.
 */
#include "runtime.h"
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

int gm_stop_signal = SIGPWR;

static struct {
    sem_t ack;                  /* one post per stopped thread */
} world;

static void futex_wait(void *addr, uint32_t val) {
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

static void futex_wake(void *addr) {
    syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
}

/* Acknowledge the stop and wait for the world to start again.  Only
 * async-signal-safe calls: sem_post and futex. */
/* Claim the stop request (STOPPING → STOPPED: a request is answered once,
 * by the handler or at a safepoint, whichever comes first), acknowledge,
 * and wait to be resumed. */
static void park(gm_thread *t, uintptr_t sp) {
    t->stop_sp = sp;
    int s = TS_STOPPING;
    if (!atomic_compare_exchange_strong_explicit(&t->state, &s, TS_STOPPED,
                                                 memory_order_acq_rel, memory_order_relaxed))
        return;
    /* The generation is read once STOPPED is ours and before the ack: no
     * resume of this request can come earlier.  Read before the CAS, it
     * could predate a resume of an earlier request that a signal handler
     * parked for in between, and this park would return at once while the
     * collector counts the thread as stopped. */
    uint32_t gen = atomic_load(&t->wake);
    sem_post(&world.ack);
    while (atomic_load_explicit(&t->wake, memory_order_acquire) == gen)
        futex_wait(&t->wake, gen);
}

static void stop_handler(int sig, siginfo_t *info, void *uctx) {
    (void)sig; (void)info;
    int saved_errno = errno;
    gm_thread *t = gm_self;
    if (t && atomic_load(&t->state) == TS_STOPPING) {
        if (t->in_runtime > 0) {
            t->stop_deferred = 1;
        } else {
            uintptr_t here = 0;
            park(t, sigregs_save(t, uctx, (uintptr_t)&here));
        }
    }
    errno = saved_errno;
}

/* The stop signal came while the thread was inside the runtime; it has just
 * left, so stop now.  The signal was consumed, so no second one comes for
 * this request. */
__attribute__((noinline)) void runtime_park_deferred(gm_thread *t) {
    t->stop_deferred = 0;
    if (atomic_load(&t->state) == TS_STOPPING) {
        world_publish_self(t);
        park(t, t->stop_sp);
    }
}

/* A safepoint outside the runtime (gm_blocking_enter). */
static void park_if_requested(gm_thread *t) {
    if (atomic_load(&t->state) != TS_STOPPING) return;
    world_publish_self(t);
    park(t, t->stop_sp);
}

void world_install_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = stop_handler;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    /* No other handler may run on a parked thread's stack. */
    sigfillset(&sa.sa_mask);
    if (sigaction(gm_stop_signal, &sa, NULL) != 0)
        gm_throw("runtime: cannot install the stop signal handler (signal %d)", gm_stop_signal);
}

void world_init(void) {
    sem_init(&world.ack, 0, 0);
    sigregs_init();
    world_install_handler();
}

static void request_stop(gm_thread *t, int *signalled) {
    for (;;) {
        int s = atomic_load(&t->state);
        if (s == TS_RUNNING) {
            if (!atomic_compare_exchange_strong(&t->state, &s, TS_STOPPING)) continue;
            int err = pthread_kill(t->pthread, gm_stop_signal);
            if (err != 0)
                gm_throw("runtime: cannot signal thread %d to stop: %s", (int)t->tid, strerror(err));
            (*signalled)++;
            return;
        }
        if (s == TS_BLOCKING) {
            if (atomic_compare_exchange_strong(&t->state, &s, TS_CLAIMED)) return;
            continue;
        }
        if (s == TS_STARTING) return;
        gm_throw("runtime: world_stop: thread %d in state %d", (int)t->tid, s);
    }
}

static void wait_acks(int n) {
    for (int got = 0; got < n;) {
        struct timespec ts = realtime_deadline(5000000000L);
        if (sem_timedwait(&world.ack, &ts) == 0) { got++; continue; }
        if (errno == EINTR) continue;
        for (gm_thread *t = gm_all_threads; t; t = t->next)
            if (atomic_load(&t->state) == TS_STOPPING)
                gm_print_err("gomem: thread %d has not answered the stop signal %d for 5 s "
                             "(is it blocked in that thread? set GOMEM_STOPSIGNAL to another "
                             "signal)\n", (int)t->tid, gm_stop_signal);
    }
}

/* After the acknowledgements: every thread asked is STOPPED (its park
 * stored that with release), CLAIMED or STARTING.  The acquire load orders
 * what the thread did before it stopped before what the collector does
 * next; the semaphore orders it too (POSIX), but ThreadSanitizer follows
 * only the atomics here (it reported the collector's reads of a stopped
 * thread's mcache as races without this). */
static void acquire_stopped(gm_thread *t) {
    int s = atomic_load_explicit(&t->state, memory_order_acquire);
    if (s != TS_STOPPED && s != TS_CLAIMED && s != TS_STARTING)
        gm_throw("runtime: thread %d in state %d after the world stopped", (int)t->tid, s);
}

void world_stop(void) {
    gm_thread *me = gm_self;
    int signalled = 0;
    for (gm_thread *t = gm_all_threads; t; t = t->next)
        if (t != me) request_stop(t, &signalled);
    wait_acks(signalled);
    for (gm_thread *t = gm_all_threads; t; t = t->next)
        if (t != me) acquire_stopped(t);
}

static void resume(gm_thread *t) {
    int s = atomic_load(&t->state);
    if (s == TS_STOPPED) {
        atomic_store(&t->state, TS_RUNNING);
        atomic_fetch_add_explicit(&t->wake, 1, memory_order_release);
        futex_wake(&t->wake);
    } else if (s == TS_CLAIMED) {
        atomic_store(&t->state, TS_BLOCKING);
        futex_wake(&t->state);
    }
}

void world_start(void) {
    gm_thread *me = gm_self;
    for (gm_thread *t = gm_all_threads; t; t = t->next)
        if (t != me) resume(t);
}

/* Stop one thread (the caller holds threads_lock and is not t). */
void thread_suspend(gm_thread *t) {
    int signalled = 0;
    request_stop(t, &signalled);
    wait_acks(signalled);
    acquire_stopped(t);
}

void thread_resume(gm_thread *t) {
    resume(t);
}

/* ---- the blocking state (Go's entersyscall / exitsyscall) -------------- */

__attribute__((noinline)) void gm_blocking_enter(void) {
    gm_thread *t = gm_self;
    if (t == NULL || t->blocking_depth++ > 0) return;
    world_publish_self(t);
    for (;;) {
        int s = TS_RUNNING;
        if (atomic_compare_exchange_strong(&t->state, &s, TS_BLOCKING)) return;
        /* A stop was requested: answer it here, then try again. */
        park_if_requested(t);
    }
}

void gm_blocking_exit(void) {
    gm_thread *t = gm_self;
    if (t == NULL || --t->blocking_depth > 0) return;
    for (;;) {
        int s = TS_BLOCKING;
        if (atomic_compare_exchange_strong(&t->state, &s, TS_RUNNING)) return;
        futex_wait(&t->state, TS_CLAIMED);
    }
}

/* Take a runtime lock that a collector may hold for a while: a registered
 * thread waits in the blocking state, so the collector claims it instead of
 * signalling it (a thread blocked in pthread_mutex_lock would answer the
 * signal in normal builds, but not under ThreadSanitizer, which delays
 * signals until an intercepted blocking call).  Public as gm_mutex_lock. */
void gm_mutex_lock(pthread_mutex_t *m) { runtime_lock_blocking(m); }

void runtime_lock_blocking(pthread_mutex_t *m) {
    if (pthread_mutex_trylock(m) == 0) return;
    gm_thread *t = gm_self;
    if (t == NULL || t->in_runtime > 0) {
        pthread_mutex_lock(m);
        return;
    }
    gm_blocking_enter();
    pthread_mutex_lock(m);
    gm_blocking_exit();
}

void world_after_fork_child(void) {
    sem_destroy(&world.ack);
    sem_init(&world.ack, 0, 0);
}
