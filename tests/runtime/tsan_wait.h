/*
 * tsan_wait.h — waits that stay stoppable under ThreadSanitizer, shared
 * by the runtime tests (through testutil.h) and the collector tests
 * (tests/gc).  Header-only.
 *
 * ThreadSanitizer runs a signal handler only inside some blocking calls
 * (sleeps, poll, sem_wait, pthread_cond_wait, pthread_join) or when the
 * thread next leaves an intercepted call.  A thread blocked in
 * pthread_mutex_lock, pthread_barrier_wait, a rwlock, read() or waitpid()
 * — or in pthread_cond_broadcast, which waits for the waiters it woke to
 * leave the old group, and they may be parked by the stop signal inside
 * pthread_cond_wait (seen: rt_threads_go hung under TSAN) —
 * therefore does not answer the collector's stop signal until the call
 * returns — and the call may be waiting for a thread the collector has
 * already stopped.
 * Under TSAN such waits are made in the blocking state (gm_blocking_enter:
 * the collector claims the thread instead of signalling it); in other
 * builds they stay plain, so the stop signal arriving in a futex wait is
 * still tested. */
#ifndef GM_TEST_TSAN_WAIT_H
#define GM_TEST_TSAN_WAIT_H

#include <pthread.h>
#include <sys/types.h>
#include <sys/wait.h>
#include "gomem.h"

#if defined(__SANITIZE_THREAD__)
#define GM_TEST_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GM_TEST_TSAN 1
#endif
#endif
#ifndef GM_TEST_TSAN
#define GM_TEST_TSAN 0
#endif

static inline void tsan_blocking_enter(void) { if (GM_TEST_TSAN) gm_blocking_enter(); }
static inline void tsan_blocking_exit(void) { if (GM_TEST_TSAN) gm_blocking_exit(); }

static inline void test_mutex_lock(pthread_mutex_t *m) {
    if (pthread_mutex_trylock(m) == 0) return;
    tsan_blocking_enter();
    pthread_mutex_lock(m);
    tsan_blocking_exit();
}

static inline int test_barrier_wait(pthread_barrier_t *b) {
    tsan_blocking_enter();
    int r = pthread_barrier_wait(b);
    tsan_blocking_exit();
    return r;
}

static inline void test_cond_broadcast(pthread_cond_t *c) {
    tsan_blocking_enter();
    pthread_cond_broadcast(c);
    tsan_blocking_exit();
}

/* waitpid for a forked child (the fork tests' parents). */
static inline pid_t test_waitpid(pid_t pid, int *status) {
    tsan_blocking_enter();
    pid_t r = waitpid(pid, status, 0);
    tsan_blocking_exit();
    return r;
}

#endif /* GM_TEST_TSAN_WAIT_H */
