/*
 * threads_go.c — threads started with gm_go.
 *   - gm_go returns 0; the threads run, allocate, build lists with
 *     checksums, and verify them across collections run by other threads;
 *   - gm_num_goroutines counts them (at least baseline + running threads
 *     while they are parked) and falls back to the baseline once they exit;
 *   - gm_go keeps its argument alive until the thread has it: many threads
 *     are started with a freshly allocated argument that nothing else
 *     references while another thread collects continuously.
 */
#include <pthread.h>
#include "testutil.h"

typedef struct node { struct node *next; uint64_t val, sum; } node;

enum { NT = 6 };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int parked, release_, finished, bad;

static node *build_list(uint64_t seed, int n) {
    node *head = NULL;
    for (int i = 0; i < n; i++) {
        node *x = gm_new(node);
        x->val = seed + (uint64_t)i;
        x->sum = mix64(x->val);
        gm_store((void **)&x->next, head);
        head = x;
    }
    return head;
}

/* Checksums and shape; with check_alloc also gm_test_is_allocated, asked
 * only when no other thread allocates (so no span is being swept; the
 * query itself under concurrent sweeping is concurrent_query.c's job). */
static int list_ok(const node *h, uint64_t seed, int n, int check_alloc) {
    int i = n - 1;
    for (; h; h = h->next, i--)
        if (h->val != seed + (uint64_t)i || h->sum != mix64(h->val) || (check_alloc && !gm_test_is_allocated(h)))
            return 0;
    return i == -1;
}

static void worker(void *arg) {
    int id = (int)(intptr_t)arg;
    node *l = build_list((uint64_t)id << 32, 2000);
    for (int r = 0; r < 20; r++) {
        for (int i = 0; i < 2000; i++) (void)gm_alloc(16 + (size_t)(i % 500));
        if (id % 2 == 0) gm_gc();
        if (!list_ok(l, (uint64_t)id << 32, 2000, 0)) __atomic_store_n(&bad, 1, __ATOMIC_RELAXED);
    }
    test_mutex_lock(&mu);
    parked++;
    test_cond_broadcast(&cv);
    while (!release_) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    /* Nobody allocates now (main collected, then released us). */
    if (!list_ok(l, (uint64_t)id << 32, 2000, 1)) __atomic_store_n(&bad, 2, __ATOMIC_RELAXED);
    test_mutex_lock(&mu);
    finished++;
    test_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
}

/* ---- Argument kept alive ---------------------------------------------- */
enum { ARG_SIZE = 256, NARGS = 200 };
static int args_done, args_bad;
static volatile int collector_stop;

static void arg_fn(void *arg) {
    uint64_t *a = arg;
    if (!pattern_ok(a + 1, ARG_SIZE - 8, a[0]))
        __atomic_fetch_add(&args_bad, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&args_done, 1, __ATOMIC_RELEASE);
}

static void collector(void *arg) {
    (void)arg;
    while (!__atomic_load_n(&collector_stop, __ATOMIC_ACQUIRE)) {
        gm_gc();
        for (int i = 0; i < 500; i++) memset(gm_alloc(ARG_SIZE), 0x77, ARG_SIZE);
    }
    __atomic_store_n(&collector_stop, 2, __ATOMIC_RELEASE);
}

NOINLINE static void start_arg_thread(uint64_t seed) {
    uint64_t *a = gm_alloc(ARG_SIZE);
    a[0] = seed;
    fill_pattern(a + 1, ARG_SIZE - 8, seed);
    int rc;
    while ((rc = gm_go(arg_fn, a)) == EAGAIN) usleep(1000);
    CHECK_EQ(rc, 0);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    int base = gm_num_goroutines();
    CHECK_GE(base, 1);

    for (int i = 0; i < NT; i++) CHECK_EQ(gm_go(worker, (void *)(intptr_t)(i + 1)), 0);
    CHECK_EQ(gm_num_goroutines(), base + NT);   /* none can finish before release_ */
    test_mutex_lock(&mu);
    while (parked < NT) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    CHECK_EQ(gm_num_goroutines(), base + NT);
    collect();
    test_mutex_lock(&mu);
    release_ = 1;
    test_cond_broadcast(&cv);
    while (finished < NT) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    CHECK_MSG(bad == 0, "a worker's list was damaged %s",
              bad == 1 ? "while threads allocated" : "(seen after the collection, allocation status included)");

    /* The threads exit: the count falls back. */
    int64_t deadline = mono_ns() + 10 * 1000000000ll;
    while (gm_num_goroutines() != base && mono_ns() < deadline) usleep(1000);
    CHECK_EQ(gm_num_goroutines(), base);
    collect();   /* no exited thread is waited for or scanned */

    CHECK_EQ(gm_go(collector, NULL), 0);
    for (int i = 0; i < NARGS; i++) {
        start_arg_thread((uint64_t)i * 3 + 5);
        if (i % 8 == 7) {
            while (__atomic_load_n(&args_done, __ATOMIC_ACQUIRE) < i - 16) usleep(100);
        }
    }
    while (__atomic_load_n(&args_done, __ATOMIC_ACQUIRE) < NARGS) usleep(1000);
    __atomic_store_n(&collector_stop, 1, __ATOMIC_RELEASE);
    while (__atomic_load_n(&collector_stop, __ATOMIC_ACQUIRE) != 2) usleep(1000);
    CHECK_EQ(args_bad, 0);
    deadline = mono_ns() + 10 * 1000000000ll;
    while (gm_num_goroutines() != base && mono_ns() < deadline) usleep(1000);
    CHECK_EQ(gm_num_goroutines(), base);
    return check_done();
}
