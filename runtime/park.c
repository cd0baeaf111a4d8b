/*
 * park.c — parking threads blocked in channel operations, and Go's
 * deadlock detection ("all goroutines are asleep").
 *
 * Owns: mk_park_prepare/wait/wake, mk_fatal, the count of parked threads.
 * Invariants:
 *   - a parking thread first spins (SPINS pauses) and yields (YIELDS
 *     times) while it still runs as a normal thread; then it waits on a
 *     futex word on its own stack, between gm_blocking_enter() and
 *     gm_blocking_exit(), and touches no heap memory meanwhile (so it
 *     never delays a collection);
 *   - the word goes WAITING -> SLEEPING (only the parker) and -> WOKEN
 *     (only the waker, once); the waker calls FUTEX_WAKE only if it saw
 *     SLEEPING;
 *   - `parked` counts threads parked in channel operations that nobody has
 *     woken yet: the parking thread adds itself under the channel lock
 *     before it unlocks, the waker subtracts it when it wakes it;
 *   - deadlock is declared only when parked >= gm_num_goroutines() in a
 *     snapshot bracketed by two equal readings of the thread count and of
 *     the wake-up counter (no thread ran a wake-up in between).
 */
#define _GNU_SOURCE
#include "make_internal.h"

#include <errno.h>
#include <sched.h>
#include <linux/futex.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static _Atomic int parked;              /* threads parked, not yet woken */
static _Atomic uint64_t wakeups;        /* wake-ups so far */
static _Atomic int main_reason = -1;    /* main thread's wait reason, -1: running */
static _Atomic int reporting;

#define SPINS 200
#define YIELDS 16
#define CHECK_NS 50000000L              /* re-check deadlock every 50 ms */

static const char *const reason_name[] = {
    [MK_WAIT_RECV] = "chan receive",
    [MK_WAIT_SEND] = "chan send",
    [MK_WAIT_SELECT] = "select",
    [MK_WAIT_SELECT_NO_CASES] = "select (no cases)",
    [MK_WAIT_RECV_NIL] = "chan receive (nil chan)",
    [MK_WAIT_SEND_NIL] = "chan send (nil chan)",
};

static long futex(_Atomic uint32_t *addr, int op, uint32_t val, const struct timespec *ts) {
    return syscall(SYS_futex, (uint32_t *)addr, op | FUTEX_PRIVATE_FLAG, val, ts, NULL, 0);
}

static __thread int8_t main_cached;     /* 0 unknown, 1 main, -1 not */

static bool is_main_thread(void) {
    if (!main_cached)
        main_cached = syscall(SYS_gettid) == getpid() ? 1 : -1;
    return main_cached > 0;
}

static void write_str(const char *s) {
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

void mk_fatal(const char *msg) {
    write_str("fatal error: ");
    write_str(msg);
    write_str("\n\ngoroutine 1 [running]:\n");
    _exit(2);
}

static void report_deadlock(mk_wait_reason why) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&reporting, &expected, 1))
        return;
    char line[96];
    int mr = atomic_load(&main_reason);
    fflush(stdout);
    write_str("fatal error: all goroutines are asleep - deadlock!\n\n");
    if (mr >= 0) {
        snprintf(line, sizeof line, "goroutine 1 [%s]:\nmain.main()\n", reason_name[mr]);
        write_str(line);
    }
    if (!is_main_thread()) {
        snprintf(line, sizeof line, "%sgoroutine %ld [%s]:\n", mr >= 0 ? "\n" : "",
                 (long)syscall(SYS_gettid), reason_name[why]);
        write_str(line);
    }
    _exit(2);
}

static void check_deadlock(mk_wait_reason why) {
    uint64_t w1 = atomic_load(&wakeups);
    int n1 = gm_num_goroutines();
    int p = atomic_load(&parked);
    int n2 = gm_num_goroutines();
    uint64_t w2 = atomic_load(&wakeups);
    if (w1 == w2 && n1 == n2 && n1 > 0 && p >= n1)
        report_deadlock(why);
}

/* States of a parker's word. */
enum { P_WAITING = 0, P_WOKEN = 1, P_SLEEPING = 2 };

void mk_park_prepare(mk_parker *p) {
    atomic_store_explicit(&p->state, P_WAITING, memory_order_relaxed);
    atomic_fetch_add(&parked, 1);
}

void mk_park_wake(mk_parker *p) {
    atomic_fetch_sub(&parked, 1);
    atomic_fetch_add(&wakeups, 1);
    /* Only a sleeper needs the system call; a spinner sees the store.  p
     * may be gone once the state is P_WOKEN: a stray wake of a reused
     * address is harmless, every waiter re-checks its word. */
    if (atomic_exchange_explicit(&p->state, P_WOKEN, memory_order_acq_rel) == P_SLEEPING)
        futex(&p->state, FUTEX_WAKE, 1, NULL);
}

static inline bool woken(mk_parker *p) {
    return atomic_load_explicit(&p->state, memory_order_acquire) == P_WOKEN;
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

void mk_park_wait(mk_parker *p, mk_wait_reason why) {
    for (int i = 0; i < SPINS; i++) {       /* a peer is often about to act */
        if (woken(p))
            return;
        cpu_relax();
    }
    for (int i = 0; i < YIELDS; i++) {      /* let it run if it shares our CPU */
        sched_yield();
        if (woken(p))
            return;
    }
    bool main_thread = is_main_thread();
    if (main_thread)
        atomic_store(&main_reason, (int)why);
    gm_blocking_enter();
    check_deadlock(why);
    uint32_t expect = P_WAITING;
    if (atomic_compare_exchange_strong(&p->state, &expect, P_SLEEPING) || expect == P_SLEEPING) {
        while (!woken(p)) {
            struct timespec ts = {0, CHECK_NS};
            long r = futex(&p->state, FUTEX_WAIT, P_SLEEPING, &ts);
            if (r != 0 && errno == ETIMEDOUT && !woken(p))
                check_deadlock(why);
        }
    }
    gm_blocking_exit();
    if (main_thread)
        atomic_store(&main_reason, -1);
}
