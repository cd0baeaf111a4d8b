/*
 * threads_attach.c — threads made by pthread_create that register
 * themselves with gm_thread_attach, thread-pool style.
 *   - gm_thread_attach returns 0 the first time, 1 when already attached;
 *   - objects on an attached thread's stack survive collections run by
 *     other threads;
 *   - threads exit WITHOUT gm_thread_detach: the automatic detach must
 *     unregister them (gm_num_goroutines falls back to the baseline), and
 *     collections afterwards must neither hang nor scan the dead stack —
 *     the stacks are our own mmap'ed memory, unmapped after the join, so a
 *     scan of a dead stack faults;
 *   - rounds of short-lived attaching threads while a gm_go thread collects
 *     continuously;
 *   - explicit detach, then attach again, in the same thread.
 */
#include <pthread.h>
#include <sys/mman.h>
#include "testutil.h"

typedef struct node { struct node *next; uint64_t val, sum; } node;
static int bad;

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

/* With check_alloc, also gm_test_is_allocated: asked only when no other
 * thread allocates (the query under concurrent sweeping is
 * concurrent_query.c's job). */
static int list_ok(const node *h, uint64_t seed, int n, int check_alloc) {
    int i = n - 1;
    for (; h; h = h->next, i--)
        if (h->val != seed + (uint64_t)i || h->sum != mix64(h->val) || (check_alloc && !gm_test_is_allocated(h)))
            return 0;
    return i == -1;
}

static void *pool_worker(void *arg) {
    uint64_t seed = (uint64_t)(uintptr_t)arg << 20;
    if (gm_thread_attach() != 0) __atomic_store_n(&bad, 1, __ATOMIC_RELAXED);
    if (gm_thread_attach() != 1) __atomic_store_n(&bad, 2, __ATOMIC_RELAXED);
    node *l = build_list(seed, 1000);
    for (int r = 0; r < 5; r++) {
        for (int i = 0; i < 1000; i++) memset(gm_alloc(24), 0x66, 24);
        if (r == 2) gm_gc();
        if (!list_ok(l, seed, 1000, 0)) __atomic_store_n(&bad, 3, __ATOMIC_RELAXED);
    }
    return NULL;   /* no gm_thread_detach: the pthread key destructor does it */
}

static void *detach_worker(void *arg) {
    (void)arg;
    if (gm_thread_attach() != 0) __atomic_store_n(&bad, 4, __ATOMIC_RELAXED);
    node *l = build_list(7, 100);
    if (!list_ok(l, 7, 100, 1)) __atomic_store_n(&bad, 5, __ATOMIC_RELAXED);
    l = NULL;
    gm_thread_detach();
    if (gm_thread_attach() != 0) __atomic_store_n(&bad, 6, __ATOMIC_RELAXED);
    l = build_list(8, 100);
    gm_gc();
    if (!list_ok(l, 8, 100, 1)) __atomic_store_n(&bad, 7, __ATOMIC_RELAXED);
    gm_thread_detach();
    return NULL;
}

static volatile int collector_stop;
static int collector_cycles;
static void collector(void *arg) {
    (void)arg;
    while (!__atomic_load_n(&collector_stop, __ATOMIC_ACQUIRE)) {
        gm_gc();
        collector_cycles++;
        usleep(500);
    }
    __atomic_store_n(&collector_stop, 2, __ATOMIC_RELEASE);
}

enum { STACK = 1 << 20 };

/* Start n attaching threads on stacks we own, join them, unmap the stacks. */
static void round_of_threads(int n, uint64_t seed) {
    pthread_t t[8];
    void *stacks[8];
    for (int i = 0; i < n; i++) {
        stacks[i] = mmap(NULL, STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        CHECK(stacks[i] != MAP_FAILED);
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        CHECK_EQ(pthread_attr_setstack(&attr, stacks[i], STACK), 0);
        CHECK_EQ(pthread_create(&t[i], &attr, pool_worker, (void *)(uintptr_t)(seed + (uint64_t)i)), 0);
        pthread_attr_destroy(&attr);
    }
    for (int i = 0; i < n; i++) {
        CHECK_EQ(pthread_join(t[i], NULL), 0);
        CHECK_EQ(munmap(stacks[i], STACK), 0);
    }
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(150);
    CHECK_EQ(gm_thread_attach(), 1);    /* gm_init registered main */
    int base = gm_num_goroutines();
    CHECK_GE(base, 1);

    /* One round, then collections with the dead stacks unmapped. */
    round_of_threads(4, 1);
    CHECK_EQ(bad, 0);
    CHECK_EQ(gm_num_goroutines(), base);
    for (int i = 0; i < 20; i++) collect();

    /* Many rounds while a gm_go thread collects all the time. */
    CHECK_EQ(gm_go(collector, NULL), 0);
    int rounds = 25 * (int)env_long("SCALE", 1);
    for (int r = 0; r < rounds; r++) round_of_threads(3, 100 + (uint64_t)r * 8);
    __atomic_store_n(&collector_stop, 1, __ATOMIC_RELEASE);
    while (__atomic_load_n(&collector_stop, __ATOMIC_ACQUIRE) != 2) usleep(1000);
    CHECK_EQ(bad, 0);
    CHECK_GT(collector_cycles, 0);
    printf("%d rounds of attaching threads during %d collections\n", rounds, collector_cycles);
    int64_t deadline = mono_ns() + 10 * 1000000000ll;
    while (gm_num_goroutines() != base && mono_ns() < deadline) usleep(1000);
    CHECK_EQ(gm_num_goroutines(), base);

    /* Explicit detach and re-attach. */
    pthread_t t;
    CHECK_EQ(pthread_create(&t, NULL, detach_worker, NULL), 0);
    CHECK_EQ(pthread_join(t, NULL), 0);
    CHECK_EQ(bad, 0);
    CHECK_EQ(gm_num_goroutines(), base);
    collect();
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
