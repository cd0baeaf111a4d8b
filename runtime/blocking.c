/*
 * blocking.c — system calls the kernel never restarts, wrapped.
 *
 * The stop signal is installed with SA_RESTART, but Linux never restarts
 * some calls after a handler ran — sleeps, poll, select, epoll_wait, pause,
 * sigsuspend — and they would fail with EINTR in the program's face.  libgomem
 * defines these functions itself (symbol interposition, as the Boehm GC does
 * for pthread_create): a registered thread enters the blocking state around
 * the call (gm_blocking_enter/exit, Go's entersyscall/exitsyscall), and the
 * collector never signals a blocked thread — it scans its published stack
 * instead.  Unregistered threads go straight to the system call.
 *
 * pthread_sigmask and sigprocmask are wrapped too: blocking the stop signal
 * would make the thread unstoppable, so it is removed from the set.
 */
#include "runtime.h"
#include <errno.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define KERNEL_SIGSET_BYTES 8

static inline bool wrap(void) {
    gm_thread *t = gm_self;
    return t != NULL && t->in_runtime == 0;
}

#define BLOCKING_CALL(expr)                          \
    do {                                             \
        if (!wrap()) return (expr);                  \
        gm_blocking_enter();                         \
        __typeof__(expr) r_ = (expr);                \
        int e_ = errno;                              \
        gm_blocking_exit();                          \
        errno = e_;                                  \
        return r_;                                   \
    } while (0)

int syscall_nanosleep_raw(const struct timespec *ts) {
    return (int)syscall(SYS_nanosleep, ts, NULL);
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
    BLOCKING_CALL((int)syscall(SYS_nanosleep, req, rem));
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
                    struct timespec *rem) {
    /* Returns the error number instead of setting errno. */
    if (!wrap()) {
        long r = syscall(SYS_clock_nanosleep, clock, flags, req, rem);
        return r < 0 ? errno : 0;
    }
    gm_blocking_enter();
    long r = syscall(SYS_clock_nanosleep, clock, flags, req, rem);
    int e = r < 0 ? errno : 0;
    gm_blocking_exit();
    return e;
}

unsigned int sleep(unsigned int seconds) {
    struct timespec req = { (time_t)seconds, 0 }, rem = { 0, 0 };
    if (nanosleep(&req, &rem) == 0) return 0;
    return (unsigned int)rem.tv_sec + (rem.tv_nsec > 0);
}

int usleep(useconds_t usec) {
    struct timespec req = { (time_t)(usec / 1000000), (long)(usec % 1000000) * 1000 };
    return nanosleep(&req, NULL);
}

int poll(struct pollfd *fds, nfds_t n, int timeout) {
    BLOCKING_CALL((int)syscall(SYS_poll, fds, n, timeout));
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *tmo, const sigset_t *mask) {
    BLOCKING_CALL((int)syscall(SYS_ppoll, fds, n, tmo, mask, KERNEL_SIGSET_BYTES));
}

int select(int n, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv) {
    BLOCKING_CALL((int)syscall(SYS_select, n, r, w, e, tv));
}

int pselect(int n, fd_set *r, fd_set *w, fd_set *e, const struct timespec *ts,
            const sigset_t *mask) {
    struct { const sigset_t *ss; size_t len; } data = { mask, KERNEL_SIGSET_BYTES };
    BLOCKING_CALL((int)syscall(SYS_pselect6, n, r, w, e, ts, mask ? &data : NULL));
}

int epoll_wait(int epfd, struct epoll_event *ev, int max, int timeout) {
    BLOCKING_CALL((int)syscall(SYS_epoll_pwait, epfd, ev, max, timeout, NULL, 0));
}

int epoll_pwait(int epfd, struct epoll_event *ev, int max, int timeout, const sigset_t *mask) {
    BLOCKING_CALL((int)syscall(SYS_epoll_pwait, epfd, ev, max, timeout, mask,
                               KERNEL_SIGSET_BYTES));
}

int pause(void) {
    BLOCKING_CALL((int)syscall(SYS_pause));
}

int sigsuspend(const sigset_t *mask) {
    sigset_t m = *mask;
    if (atomic_load(&gm_initialized)) sigdelset(&m, gm_stop_signal);
    BLOCKING_CALL((int)syscall(SYS_rt_sigsuspend, &m, KERNEL_SIGSET_BYTES));
}

/* ---- signal masks ------------------------------------------------------- */

static int set_mask(int how, const sigset_t *set, sigset_t *old) {
    if (set == NULL || !atomic_load(&gm_initialized) || how == SIG_UNBLOCK)
        return (int)syscall(SYS_rt_sigprocmask, how, set, old, KERNEL_SIGSET_BYTES);
    sigset_t m = *set;
    sigdelset(&m, gm_stop_signal);
    return (int)syscall(SYS_rt_sigprocmask, how, &m, old, KERNEL_SIGSET_BYTES);
}

int pthread_sigmask(int how, const sigset_t *set, sigset_t *old) {
    return set_mask(how, set, old) < 0 ? errno : 0;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old) {
    return set_mask(how, set, old);
}
