/*
 * concurrent_query.c — gm_test_is_allocated / gm_test_object_base on live
 * objects while other threads allocate (and so sweep spans lazily) and
 * collect.  testapi.h promises the answer for an object that is allocated
 * "right now"; a reachable object never stops being allocated, so every
 * query must say yes.  4 threads (THREADS) each keep 2000 small objects
 * reachable from their stack and query them in a loop for SECONDS (3)
 * while allocating garbage; one of them forces collections.
 *
 * This found a race (fixed in the runtime since): a few queries in a
 * hundred million answered "not allocated" for a live, intact object,
 * because object_base() read a span's bits while a sweeper swapped them.
 */
#include "stress.h"

enum { PER = 2000, SIZE = 32 };
static stress_knobs knobs;
static int64_t deadline;
static long wrong[64], asked[64];

static void worker(int id) {
    rng_t r;
    rng_seed(&r, 77 + (uint64_t)id);
    void **mine = gm_alloc(PER * sizeof(void *));
    for (int i = 0; i < PER; i++) {
        void *p = gm_alloc(SIZE);
        fill_pattern(p, SIZE, (uint64_t)(id * PER + i));
        gm_store(&mine[i], p);
    }
    long it = 0;
    while (mono_ns() < deadline) {
        for (int i = 0; i < PER; i += 7) {
            asked[id]++;
            if (!gm_test_is_allocated(mine[i]) || gm_test_object_base((char *)mine[i] + 5) != mine[i])
                wrong[id]++;
        }
        for (int g = 0; g < 50; g++) (void)gm_alloc(8 + rng_below(&r, 120));
        if (id == 0 && ++it % 100 == 0) gm_gc();
    }
    for (int i = 0; i < PER; i++)
        CHECK_MSG(pattern_ok(mine[i], SIZE, (uint64_t)(id * PER + i)), "thread %d object %d damaged", id, i);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    knobs = stress_read_knobs(4, 3);
    if (knobs.threads > 64) knobs.threads = 64;
    watchdog((unsigned)knobs.seconds * 3 + 60);
    deadline = mono_ns() + (int64_t)(knobs.seconds * 1e9);
    stress_run(knobs.threads, worker);
    long w = 0, a = 0;
    for (int i = 0; i < knobs.threads; i++) {
        w += wrong[i];
        a += asked[i];
    }
    printf("%ld of %ld queries on live objects said \"not allocated\"\n", w, a);
    CHECK_GT(a, 0);
    CHECK_EQ(w, 0);
    return check_done();
}
