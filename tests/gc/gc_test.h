/*
 * gc_test.h — the few helpers the concurrent-collector tests share: a
 * CHECK that prints the expression and exits non-zero, a deterministic
 * random number generator, a monotonic clock, and a work window that
 * lasts until enough cycles have run.
 */
#ifndef GC_TEST_H
#define GC_TEST_H
#include "gomem.h"
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define CHECK(cond, ...)                                                       \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                      \
            fputc('\n', stderr);                                               \
            exit(1);                                                           \
        }                                                                      \
    } while (0)

static inline uint64_t gc_test_rand(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static inline double gc_test_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static inline long gc_test_env(const char *name, long dflt) {
    const char *v = getenv(name);
    return v && *v ? atol(v) : dflt;
}

/* The main thread's side of a stress test whose workers run until *stop:
 * let them work for `seconds`, and on, up to a minute more, until
 * min_cycles cycles have completed since num_gc was gc0 (on a loaded
 * machine, under TSAN, a fixed window saw too few); then set *stop.
 * Returns the cycles completed while they worked. */
static inline uint32_t gc_test_work_until_cycles(atomic_bool *stop, double seconds,
                                                 uint32_t gc0, uint32_t min_cycles) {
    double start = gc_test_now();
    struct timespec window = {(time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9)};
    struct timespec poll = {0, 200 * 1000000};
    nanosleep(&window, NULL);
    gm_memstats ms;
    for (;;) {
        gm_read_memstats(&ms);
        if (ms.num_gc - gc0 >= min_cycles || gc_test_now() > start + seconds + 60) break;
        nanosleep(&poll, NULL);
    }
    atomic_store(stop, true);
    return ms.num_gc - gc0;
}
#endif
