/*
 * map_threads.c — maps growing through incremental migrations on several
 * threads at once while the collector runs concurrently (GOGC=10 is set
 * by the test, so cycles start during the growth): each thread builds its
 * own map[int64]*payload of a random size between 5000 and 65000 entries,
 * deleting and overwriting entries as it goes (writes that move groups of
 * the old table), iterates it every 5000 inserts (often in the middle of
 * a migration), then looks every key up.  Every payload must be intact
 * and every iteration must produce each entry once.  Also registered with
 * GODEBUG=gccheckmark=1.  Knobs: THREADS (4), SECONDS (3).
 */
#include "make_check.h"

#include <pthread.h>

static const gm_type *payload_ptr;
static int stop;
static long failures, rounds_done;

static void *payload(uint64_t k) {
    uint64_t *p = gm_alloc_noscan(3 * sizeof(uint64_t));
    p[0] = k;
    p[1] = ~k;
    p[2] = k * 3;
    return p;
}
static bool payload_ok(const void *p, uint64_t k) {
    const uint64_t *q = p;
    return q[0] == k && q[1] == ~k && q[2] == k * 3;
}
static void fail(void) { __atomic_add_fetch(&failures, 1, __ATOMIC_RELAXED); }

/* Every entry once, each with its payload. */
static void check_iteration(gm_map *m, uint8_t *seen, int64_t n) {
    memset(seen, 0, (size_t)n);
    gm_map_iter it;
    void *kp, *vp;
    intptr_t count = 0;
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &kp, &vp)) {
        int64_t k = *(int64_t *)kp;
        if (k < 0 || k >= n || seen[k] || !payload_ok(*(void **)vp, (uint64_t)k))
            fail();
        else
            seen[k] = 1;
        count++;
    }
    if (count != gm_map_len(m)) fail();
}

/* Keys i % 7 == 1 are deleted two inserts later; keys i % 11 == 1 get a
 * fresh payload four inserts later (unless deleted). */
static void one_map(uint64_t *seed, uint8_t *seen) {
    gm_map *m = gm_make_map(&gm_type_int64, payload_ptr, 0);
    int64_t n = 5000 + (int64_t)(*seed % 60000);
    *seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
    for (int64_t i = 0; i < n; i++) {
        void *p = payload((uint64_t)i);
        gm_map_set(m, &i, &p);
        if (i % 7 == 3) {
            int64_t d = i - 2;
            gm_map_delete(m, &d);
        }
        if (i % 11 == 5 && (i - 4) % 7 != 1) {
            int64_t o = i - 4;
            void *q = payload((uint64_t)o);
            gm_map_set(m, &o, &q);
        }
        if (i % 5000 == 4999) check_iteration(m, seen, n);
    }
    for (int64_t i = 0; i < n; i++) {
        bool found;
        void **pp = gm_map_get(m, &i, &found);
        bool deleted = i % 7 == 1 && i + 2 < n;
        if (found == deleted || (found && !payload_ok(*pp, (uint64_t)i))) fail();
    }
}

static void worker(void *arg) {
    uint64_t seed = (uintptr_t)arg * 7919 + 1;
    uint8_t *seen = malloc(65000);
    while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
        one_map(&seed, seen);
        __atomic_add_fetch(&rounds_done, 1, __ATOMIC_RELAXED);
    }
    free(seen);
    __atomic_sub_fetch(&stop, 1, __ATOMIC_RELEASE);   /* one fewer running */
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    watchdog(120);
    gm_init();
    gm_set_gc_percent(10);
    payload_ptr = gm_type_pointer_to(&gm_type_uint8);
    long threads = env_long("THREADS", 4), seconds = env_long("SECONDS", 3);
    for (long i = 0; i < threads; i++) CHECK_EQ(gm_go(worker, (void *)(uintptr_t)(i + 1)), 0);
    gm_memstats ms;
    gm_read_memstats(&ms);
    uint32_t gc0 = ms.num_gc;
    gm_blocking_enter();
    sleep((unsigned)seconds);
    /* stop = threads + 1: each worker decrements it when done, 1 remains */
    __atomic_store_n(&stop, (int)threads + 1, __ATOMIC_RELEASE);
    while (__atomic_load_n(&stop, __ATOMIC_ACQUIRE) > 1) usleep(1000);
    gm_blocking_exit();
    gm_read_memstats(&ms);
    CHECK_EQ(failures, 0);
    CHECK_GE(rounds_done, threads);
    CHECK_MSG(ms.num_gc >= gc0 + 3, "only %u collections", ms.num_gc - gc0);
    collect();          /* the verifier races with a background sweep */
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
