/*
 * testutil.h — helpers shared by the runtime tests (header-only).
 *
 *   env_long          read a knob (THREADS, SCALE, SECONDS) from the env
 *   rng_*             a small deterministic xorshift generator
 *   HIDE / UNHIDE     keep an address where the collector cannot see it
 *   clear_stack       overwrite dead stack below the caller with zeros
 *   fill / checksum   payload patterns whose corruption is detected
 *   count_allocated   how many of a set of hidden addresses are still live
 *   run_self          re-run this test binary as a child with a mode
 *                     argument and extra environment, capturing its output
 *   watchdog          abort the test if it hangs
 *   test_mutex_lock, test_barrier_wait, test_waitpid, tsan_blocking_enter/exit (tsan_wait.h)
 *                     waits that stay stoppable under ThreadSanitizer
 */
#ifndef GM_TEST_UTIL_H
#define GM_TEST_UTIL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "gomem.h"
#include "testapi.h"
#include "check.h"
#include "tsan_wait.h"

#define NOINLINE __attribute__((noinline, noclone))
#if defined(__clang__)
#undef NOINLINE
#define NOINLINE __attribute__((noinline))
#endif

/* ---- Knobs ------------------------------------------------------------- */

static inline long env_long(const char *name, long dflt) {
    const char *v = getenv(name);
    if (!v || !*v) return dflt;
    char *end;
    long n = strtol(v, &end, 10);
    return (*end == 0 && n > 0) ? n : dflt;
}

/* ---- Time -------------------------------------------------------------- */

static inline int64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline int64_t wall_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* A hung test is killed by SIGALRM (default action) and CTest reports it. */
static inline void watchdog(unsigned seconds) { alarm(seconds); }

/* ---- Random numbers ---------------------------------------------------- */

typedef struct { uint64_t s; } rng_t;
static inline void rng_seed(rng_t *r, uint64_t seed) {
    r->s = seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
    if (!r->s) r->s = 1;
}
static inline uint64_t rng_next(rng_t *r) {
    uint64_t x = r->s;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    return r->s = x;
}
static inline uint64_t rng_below(rng_t *r, uint64_t n) { return rng_next(r) % n; }

/* ---- Hidden pointers --------------------------------------------------- */

/* An address xor-ed with this mask is a non-canonical value on every 64-bit
 * target we run on: a conservative scan never mistakes it for a pointer. */
#define HIDE_MASK ((uintptr_t)0xA5A5A5A5A5A5A5A5ull)
#define HIDE(p) ((uintptr_t)(p) ^ HIDE_MASK)
#define UNHIDE(h) ((void *)((uintptr_t)(h) ^ HIDE_MASK))

/* Zero a good stretch of the dead stack below the caller, so that stale
 * copies of pointers left by earlier calls do not look like roots. */
NOINLINE __attribute__((unused)) static void clear_stack(void) {
    volatile char buf[32 * 1024];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

/* Count the addresses in hidden[0..n) that the allocator still considers
 * allocated. */
static inline size_t count_allocated(const uintptr_t *hidden, size_t n) {
    size_t live = 0;
    for (size_t i = 0; i < n; i++)
        if (gm_test_is_allocated(UNHIDE(hidden[i]))) live++;
    return live;
}

/* Tests that hide the addresses of garbage they create must not let an
 * automatic collection free it (and hand the slot to a later object) while
 * they are still building: bracket the building with these.  gm_gc still
 * works in between. */
static inline int gc_pause(void) { return gm_set_gc_percent(-1); }
static inline void gc_resume(int prev) { gm_set_gc_percent(prev); }

/* Zero the vector registers.  A test's own loops (count_allocated's
 * vectorised UNHIDE) leave real addresses there; the collector rightly
 * scans the vector registers of a thread the stop signal interrupts, so
 * such an address would keep "unreachable" garbage alive. */
static inline void clear_vector_regs(void) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx"))
        __asm__ volatile("vzeroall" ::: "memory");
    else
        __asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
                         "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                         "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\tpxor %%xmm8, %%xmm8\n\t"
                         "pxor %%xmm9, %%xmm9\n\tpxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                         "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\tpxor %%xmm14, %%xmm14\n\t"
                         "pxor %%xmm15, %%xmm15" ::: "memory");
#endif
}

/* A full collection with the stack below us and the vector registers
 * cleared first. */
NOINLINE __attribute__((unused)) static void collect(void) {
    clear_vector_regs();
    clear_stack();
    gm_gc();
}

/* Run the heap verifier (it aborts on a violation) with at least one live
 * object, so the number of spans it checked must be positive. */
NOINLINE __attribute__((unused)) static size_t verify_heap(void) {
    void *volatile anchor = gm_alloc(16);
    size_t n = gm_test_verify_heap();
    CHECK(gm_test_is_allocated(anchor));
    return n;
}

/* ---- Payloads ---------------------------------------------------------- */

static inline uint64_t mix64(uint64_t x) {
    x ^= x >> 33; x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

/* Fill n bytes with a pattern derived from seed; verify it later. */
static inline void fill_pattern(void *p, size_t n, uint64_t seed) {
    unsigned char *b = p;
    for (size_t i = 0; i < n; i++) b[i] = (unsigned char)mix64(seed + i / 8) ^ (unsigned char)i;
}
static inline int pattern_ok(const void *p, size_t n, uint64_t seed) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] != ((unsigned char)mix64(seed + i / 8) ^ (unsigned char)i)) return 0;
    return 1;
}
static inline int all_zero(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) if (b[i]) return 0;
    return 1;
}

/* k objects of size bytes with checkable patterns (seed + i), their
 * addresses kept only hidden, built with automatic collections paused. */
NOINLINE __attribute__((unused)) static void make_hidden_objects(uintptr_t *hidden, int k,
                                                                 size_t size, uint64_t seed) {
    int prev = gc_pause();
    for (int i = 0; i < k; i++) {
        void *p = gm_alloc(size);
        fill_pattern(p, size, seed + (uint64_t)i);
        hidden[i] = HIDE(p);
    }
    gc_resume(prev);
}

/* n garbage objects of size bytes filled with a pattern that breaks the
 * checksum of anything freed that they land on. */
NOINLINE __attribute__((unused)) static void churn_objects(int n, size_t size) {
    for (int i = 0; i < n; i++) memset(gm_alloc(size), 0x5a, size);
}

/* ---- Child processes --------------------------------------------------- */

typedef struct {
    int status;      /* from waitpid */
    char *out;       /* captured stdout, NUL-terminated (malloc) */
    char *err;       /* captured stderr */
    int timed_out;
} child_result;

static inline void child_free(child_result *r) {
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

static inline int child_exited(const child_result *r, int code) {
    return !r->timed_out && WIFEXITED(r->status) && WEXITSTATUS(r->status) == code;
}

static inline void drain_(int fd, char **buf, size_t *len, size_t *cap, int *open_) {
    char tmp[4096];
    ssize_t n = read(fd, tmp, sizeof tmp);
    if (n > 0) {
        if (*len + (size_t)n + 1 > *cap) {
            *cap = (*len + (size_t)n + 1) * 2;
            *buf = realloc(*buf, *cap);
        }
        memcpy(*buf + *len, tmp, (size_t)n);
        *len += (size_t)n;
        (*buf)[*len] = 0;
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        *open_ = 0;
    }
}

/* Run /proc/self/exe with argv {self, mode, arg2 (may be NULL)} and the
 * environment plus the NAME=VALUE strings in env (NULL-terminated, may be
 * NULL; "NAME=" with nothing after removes NAME).  Waits at most timeout_s
 * seconds, then kills the child. */
static inline child_result run_self(const char *mode, const char *arg2,
                                    const char *const *env, int timeout_s) {
    child_result r = {0, NULL, NULL, 0};
    int po[2], pe[2];
    CHECK(pipe(po) == 0);
    CHECK(pipe(pe) == 0);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        dup2(po[1], 1);
        dup2(pe[1], 2);
        close(po[0]); close(po[1]); close(pe[0]); close(pe[1]);
        for (const char *const *e = env; e && *e; e++) {
            const char *eq = strchr(*e, '=');
            if (eq && eq[1] == 0) {
                char name[128];
                snprintf(name, sizeof name, "%.*s", (int)(eq - *e), *e);
                unsetenv(name);
            } else {
                putenv((char *)*e);
            }
        }
        char *argv[4] = {(char *)"child", (char *)mode, (char *)arg2, NULL};
        execv("/proc/self/exe", argv);
        _exit(127);
    }
    close(po[1]);
    close(pe[1]);
    size_t ol = 0, oc = 0, el = 0, ec = 0;
    int oo = 1, eo = 1;
    r.out = calloc(1, 1);
    r.err = calloc(1, 1);
    int64_t deadline = mono_ns() + (int64_t)timeout_s * 1000000000;
    while (oo || eo) {
        struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
        int left = (int)((deadline - mono_ns()) / 1000000);
        if (left <= 0) {
            r.timed_out = 1;
            kill(pid, SIGKILL);
            break;
        }
        int n = poll(fds, 2, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) continue;
        if (oo && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) drain_(po[0], &r.out, &ol, &oc, &oo);
        if (eo && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) drain_(pe[0], &r.err, &el, &ec, &eo);
    }
    close(po[0]);
    close(pe[0]);
    while (waitpid(pid, &r.status, 0) < 0 && errno == EINTR) {}
    return r;
}

/* Print a child's result (for failures and for the test log). */
static inline void child_print(const char *what, const child_result *r) {
    fprintf(stderr, "[%s] status=%#x%s\n--- stdout ---\n%s--- stderr ---\n%s--------------\n",
            what, r->status, r->timed_out ? " (timed out)" : "", r->out, r->err);
}

#endif /* GM_TEST_UTIL_H */
