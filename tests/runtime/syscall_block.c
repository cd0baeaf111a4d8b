/*
 * syscall_block.c — registered threads blocked in system calls while
 * another thread runs many collections.  The collections must not hang
 * (they complete while the calls block; at least a generous minimum number
 * of them finish in the window), and the calls must not fail with EINTR:
 *   read on an empty pipe returns the data written later (under
 *   ThreadSanitizer the read is made in the blocking state, see below);
 *   sleep(1) returns 0; nanosleep returns 0 having slept the full time;
 *   poll, select and epoll_wait with a timeout return 0 after the full
 *   timeout (1-1.5 s, 3 times that under ThreadSanitizer); clock_nanosleep between gm_blocking_enter and
 *   gm_blocking_exit (nested) returns 0; an attached pthread's read on a
 *   pipe returns its data too.
 */
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include "testutil.h"

enum { NT = 8 };
static const char *names[NT] = {"read", "sleep", "nanosleep", "poll", "select", "epoll_wait",
                                "blocking_enter+clock_nanosleep", "attached read"};
static int result[NT];          /* 1 ok, -1 failed */
static char detail[NT][160];
static int pipes[2][2];
static int sleepers_done;

/* How long the calls block: under ThreadSanitizer a collection is several
 * times slower, so the calls block 3 times longer for the window to hold as
 * many collections (the minimum below is the same). */
enum { SLOW = GM_TEST_TSAN ? 3 : 1, NAP_MS = 1500 * SLOW };

static __thread void *my_keep;   /* a heap object the blocked thread owns */

static void finish(int id, int ok, const char *fmt, long a, long b) {
    if (my_keep && !pattern_ok(my_keep, 64, (uint64_t)id)) {
        ok = 0;
        fmt = "the thread's own heap object was lost (%ld %ld)";
    }
    snprintf(detail[id], sizeof detail[id], fmt, a, b);
    __atomic_store_n(&result[id], ok ? 1 : -1, __ATOMIC_RELEASE);
    if (id >= 1 && id <= 6) __atomic_fetch_add(&sleepers_done, 1, __ATOMIC_RELEASE);
}

/* Under ThreadSanitizer the read is made in the blocking state: TSAN does
 * not run the stop signal's handler in a thread blocked in read(), so the
 * restart of read after the handler (SA_RESTART) is tested by the other
 * builds only; the data must arrive intact either way. */
static void blocked_read(int id, int fd) {
    char buf[16] = {0};
    errno = 0;
    tsan_blocking_enter();
    ssize_t n = read(fd, buf, sizeof buf);
    int err = errno;
    tsan_blocking_exit();
    finish(id, n == 8 && memcmp(buf, "gomem!!", 8) == 0, "read returned %ld errno %ld", (long)n,
           (long)err);
}

static void body(void *arg) {
    int id = (int)(intptr_t)arg;
    void *keep = gm_alloc(64);   /* the thread owns heap memory too */
    fill_pattern(keep, 64, (uint64_t)id);
    my_keep = keep;
    int64_t t0 = mono_ns();
    long ms;
    switch (id) {
    case 0:
        blocked_read(0, pipes[0][0]);
        break;
    case 1: {
        unsigned a = sleep(SLOW), b = sleep(SLOW);
        ms = (long)((mono_ns() - t0) / 1000000);
        finish(1, a == 0 && b == 0 && ms >= 1990 * SLOW, "sleep left %ld, took %ld ms", (long)(a + b), ms);
        break;
    }
    case 2: {
        struct timespec ts = {NAP_MS / 1000, (NAP_MS % 1000) * 1000000L}, rem = {0, 0};
        errno = 0;
        int r = nanosleep(&ts, &rem);
        ms = (long)((mono_ns() - t0) / 1000000);
        finish(2, r == 0 && ms >= NAP_MS, "nanosleep returned %ld, took %ld ms", (long)(r ? errno : 0), ms);
        break;
    }
    case 3: {
        errno = 0;
        int r = poll(NULL, 0, NAP_MS);
        ms = (long)((mono_ns() - t0) / 1000000);
        finish(3, r == 0 && ms >= NAP_MS - 10, "poll returned %ld, took %ld ms", (long)(r ? errno : 0), ms);
        break;
    }
    case 4: {
        struct timeval tv = {NAP_MS / 1000, (NAP_MS % 1000) * 1000L};
        errno = 0;
        int r = select(0, NULL, NULL, NULL, &tv);
        ms = (long)((mono_ns() - t0) / 1000000);
        finish(4, r == 0 && ms >= NAP_MS - 10, "select returned %ld, took %ld ms", (long)(r ? errno : 0), ms);
        break;
    }
    case 5: {
        int ep = epoll_create1(0);
        struct epoll_event ev;
        errno = 0;
        int r = epoll_wait(ep, &ev, 1, NAP_MS);
        ms = (long)((mono_ns() - t0) / 1000000);
        close(ep);
        finish(5, r == 0 && ms >= NAP_MS - 10, "epoll_wait returned %ld, took %ld ms", (long)(r ? errno : 0), ms);
        break;
    }
    case 6: {
        struct timespec ts = {NAP_MS / 1000, (NAP_MS % 1000) * 1000000L};
        gm_blocking_enter();
        gm_blocking_enter();
        int r = clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, NULL);
        gm_blocking_exit();
        gm_blocking_exit();
        ms = (long)((mono_ns() - t0) / 1000000);
        (void)gm_alloc(100);     /* back in the runtime: allowed again */
        finish(6, r == 0 && ms >= NAP_MS, "clock_nanosleep returned %ld, took %ld ms", (long)r, ms);
        break;
    }
    }
}

static void go_body(void *arg) { body(arg); }
static void *pt_body(void *arg) {
    (void)arg;
    gm_thread_attach();
    blocked_read(7, pipes[1][0]);
    return NULL;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    CHECK_EQ(pipe(pipes[0]), 0);
    CHECK_EQ(pipe(pipes[1]), 0);
    for (int i = 0; i < 7; i++) CHECK_EQ(gm_go(go_body, (void *)(intptr_t)i), 0);
    pthread_t pt;
    CHECK_EQ(pthread_create(&pt, NULL, pt_body, NULL), 0);
    usleep(100000);    /* let them block */

    /* Collect while they block, until every sleeper is done. */
    int64_t t0 = mono_ns();
    int cycles = 0;
    while (__atomic_load_n(&sleepers_done, __ATOMIC_ACQUIRE) < 6) {
        collect();
        for (int i = 0; i < 200; i++) (void)gm_alloc(100);
        cycles++;
        usleep(200);
        CHECK_MSG(mono_ns() - t0 < 60 * 1000000000ll, "the sleepers never finished");
    }
    long window_ms = (long)((mono_ns() - t0) / 1000000);
    printf("%d collections in %ld ms while threads were blocked\n", cycles, window_ms);
    /* A collection that waited for a call to end would allow ~3 here. */
    CHECK_GE(cycles, 20);
    /* The readers are still blocked: more collections, then the data. */
    for (int i = 0; i < 20; i++) collect();
    CHECK_EQ(result[0], 0);
    CHECK_EQ(result[7], 0);
    CHECK_EQ(write(pipes[0][1], "gomem!!", 8), 8);
    CHECK_EQ(write(pipes[1][1], "gomem!!", 8), 8);
    pthread_join(pt, NULL);
    while (!__atomic_load_n(&result[0], __ATOMIC_ACQUIRE)) usleep(1000);
    for (int i = 0; i < NT; i++) {
        while (__atomic_load_n(&result[i], __ATOMIC_ACQUIRE) == 0) usleep(1000);
        printf("%-32s %s: %s\n", names[i], result[i] == 1 ? "ok" : "FAILED", detail[i]);
        CHECK_MSG(result[i] == 1, "%s: %s", names[i], detail[i]);
    }
    return check_done();
}
