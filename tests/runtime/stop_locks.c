/*
 * stop_locks.c — the world stops while threads contend for the locks that
 * registered threads take outside the runtime: the finalizer records
 * (gm_set_finalizer, and the finalizer thread freeing them), the map-type
 * and table-descriptor cache (gm_make_map, growing maps), the type intern
 * table (gm_type_array, gm_type_pointer_to), and a user's own mutex taken
 * with gm_mutex_lock.  The main thread stops the world over and over
 * (gm_read_memstats, gm_gc); a stop that waits for a thread blocked on a
 * lock whose holder is already stopped never ends, and the watchdog fails
 * the test.
 *
 * Both hangs this guards against showed under ThreadSanitizer, which holds
 * the stop signal back from a thread waiting in pthread_mutex_lock: the
 * finalizer thread stopped while holding the runtime's metadata lock
 * (needed by gm_set_finalizer inside the runtime: all builds), and threads
 * blocked on the map-type lock.  Knobs: THREADS (4), SECONDS (2).
 */
#include "check.h"
#include "testutil.h"

#include <pthread.h>
#include <stdatomic.h>

static atomic_bool stop;
static atomic_long finalized, set_count, maps_made, user_locked;
static pthread_mutex_t user_mutex = PTHREAD_MUTEX_INITIALIZER;
static long user_counter;        /* guarded by user_mutex */

static void count_finalized(void *obj) {
    (void)obj;
    atomic_fetch_add(&finalized, 1);
}

/* Objects with finalizers, half of them cleared again (a record freed by
 * this thread), the rest left to the finalizer thread. */
static void finalizer_churn(void) {
    for (int i = 0; i < 64; i++) {
        void *p = gm_alloc(32);
        gm_set_finalizer(p, count_finalized);
        if (i % 2) gm_set_finalizer(p, NULL);
        atomic_fetch_add(&set_count, 1);
    }
}

/* A map with a value type interned afresh (the type locks), grown past a
 * few table sizes (table descriptors built on first use). */
static void map_churn(unsigned round) {
    const gm_type *val = gm_type_array(&gm_type_int64, 1 + (intptr_t)(round % 40));
    const gm_type *ptr = gm_type_pointer_to(val);
    gm_map *m = gm_make_map(&gm_type_int64, round % 2 ? val : ptr, 0);
    int n = 100 + (int)(round % 7) * 300;
    uint8_t buf[40 * 8] = {0};
    for (int64_t k = 0; k < n; k++) gm_map_set(m, &k, buf);
    CHECK_EQ(gm_map_len(m), n);
    atomic_fetch_add(&maps_made, 1);
}

static void user_lock_churn(void) {
    gm_mutex_lock(&user_mutex);
    user_counter++;
    (void)gm_alloc(16);        /* a holder the collector may stop */
    pthread_mutex_unlock(&user_mutex);
    atomic_fetch_add(&user_locked, 1);
}

static void worker(void *arg) {
    unsigned round = (unsigned)(uintptr_t)arg * 1000;
    while (!atomic_load(&stop)) {
        finalizer_churn();
        map_churn(round++);
        user_lock_churn();
    }
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    watchdog(100);
    gm_init();
    long threads = env_long("THREADS", 4), seconds = env_long("SECONDS", 2);
    for (long i = 0; i < threads; i++) CHECK_EQ(gm_go(worker, (void *)(uintptr_t)(i + 1)), 0);
    long stops = 0;
    int64_t end = mono_ns() + seconds * 1000000000;
    gm_memstats ms;
    while (mono_ns() < end) {
        gm_read_memstats(&ms);
        if (++stops % 8 == 0) gm_gc();
    }
    atomic_store(&stop, true);
    while (gm_num_goroutines() > 1) usleep(1000);
    for (int i = 0; i < 20 && atomic_load(&finalized) == 0; i++) {
        gm_gc();
        usleep(10000);
    }
    printf("stop_locks: %ld world stops; %ld finalizers set, %ld run; %ld maps; %ld user locks\n",
           stops, atomic_load(&set_count), atomic_load(&finalized), atomic_load(&maps_made),
           atomic_load(&user_locked));
    CHECK_GT(stops, 10);
    CHECK_GT(atomic_load(&finalized), 0);
    CHECK_GE(atomic_load(&maps_made), threads);
    CHECK_EQ(user_counter, atomic_load(&user_locked));
    return check_done();
}
