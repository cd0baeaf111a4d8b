/*
 * bench/alloc_fast.c — owns the micro benchmark of the allocation fast path:
 * nanoseconds per allocation of a 32-byte object when the thread cache hits.
 * A tight loop allocates 32-byte objects, writes one word into each and
 * keeps nothing (only the latest object is published to a volatile sink, so
 * the compiler cannot drop the allocation).  Under malloc each object is
 * freed right away, so glibc/mimalloc figures are a malloc+free pair.
 *
 * Collection time is excluded as far as possible, and this is part of the
 * result's definition: automatic collection is turned off (gomem: GOGC off
 * via gm_set_gc_percent(-1); Boehm: GC_disable), and one full collection is
 * run between timed runs, outside the timing, so that each timed run
 * allocates from memory already reclaimed (after one untimed warm-up run).
 * What remains in the timing is the allocator itself: thread-cache hits plus
 * the amortised refills from the central lists (and zeroing reused memory).
 *
 * Result: the median (and the minimum, the best estimate of the cost on a
 * machine shared with other work: noise only adds) of RUNS timed runs of
 * ALLOCS allocations each, timed with CLOCK_MONOTONIC, for a
 * scanned object (gm_alloc / GC_MALLOC / malloc) and a pointer-free one
 * (gm_alloc_noscan / GC_MALLOC_ATOMIC / malloc).  stdout is the same for
 * every backend; stderr ends with
 *   "BENCH gcs=<collections> ns_per_alloc=<median> ns_per_alloc_min=<min>
 *    ns_per_alloc_noscan=<median> ns_per_alloc_noscan_min=<min>".
 * (On this VM the thread CPU clock was tried too: it advances while the
 * host deschedules the virtual CPU, so it is no better than the wall clock.)
 */
#include "alloc_shim.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { OBJ_SIZE = 32, ALLOCS = 2000000, RUNS = 15 };

void *volatile bench_sink;

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One run: ALLOCS allocations; returns ns per allocation, adds to *sum. */
static double run(int noscan, uint64_t *sum) {
    uint64_t s = 0;
    double t0 = now_ns();
    for (uint64_t i = 0; i < ALLOCS; i++) {
        uint64_t *p = noscan ? bench_alloc_noscan(OBJ_SIZE) : bench_alloc(OBJ_SIZE);
        p[0] = i;
        s += p[0];
        bench_sink = p;
        BENCH_FREE(p);
    }
    double t1 = now_ns();
    bench_sink = NULL;
    *sum += s;
    return (t1 - t0) / ALLOCS;
}

/* Median of the runs; *min gets the fastest. */
static double median_of_runs(int noscan, uint64_t *sum, double *min) {
    double ns[RUNS];
    uint64_t ignored = 0;
    bench_collect();
    run(noscan, &ignored); /* warm-up: fault in the pages, fill the caches */
    for (int r = 0; r < RUNS; r++) {
        bench_collect();
        ns[r] = run(noscan, sum);
    }
    qsort(ns, RUNS, sizeof ns[0], cmp_double);
    *min = ns[0];
    return ns[RUNS / 2];
}

int main(void) {
    bench_init();
    bench_gc_off();
    uint64_t sum = 0;
    double scan_min, noscan_min;
    double scan = median_of_runs(0, &sum, &scan_min);
    double noscan = median_of_runs(1, &sum, &noscan_min);
    printf("%d runs x %d allocations of %d bytes, twice (scan, noscan); checksum %llu\n", RUNS,
           ALLOCS, OBJ_SIZE, (unsigned long long)sum);
    fflush(stdout);
    fprintf(stderr, "%s: %.2f ns per %d-byte allocation (scan; best run %.2f), %.2f ns (noscan; best %.2f)\n",
            BENCH_BACKEND, scan, OBJ_SIZE, scan_min, noscan, noscan_min);
    fprintf(stderr,
            "BENCH gcs=%lu ns_per_alloc=%.2f ns_per_alloc_min=%.2f ns_per_alloc_noscan=%.2f "
            "ns_per_alloc_noscan_min=%.2f\n",
            bench_gc_count(), scan, scan_min, noscan, noscan_min);
    return 0;
}
