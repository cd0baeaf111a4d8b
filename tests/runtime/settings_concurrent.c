/*
 * settings_concurrent.c — GOGC and the memory limit changed while other
 * threads allocate and cycles run.  The setters (gm_set_gc_percent,
 * gm_set_memory_limit) write the goal and the limit that allocating threads
 * and the mark controller read without the collector's lock; under
 * ThreadSanitizer this test is what shows those accesses are synchronized.
 * It checks: each setter returns the value set just before it (no update is
 * lost or torn); automatic cycles keep running meanwhile (at least
 * MIN_CYCLES of them, or the watchdog fails the test); every worker's list
 * is intact at the end.
 */
#include "testutil.h"

enum { WORKERS = 3, LIST = 2000, ROUNDS = 400, MIN_CYCLES = 3 };

typedef struct node { struct node *next; uint64_t key, sum; } node;

static volatile int stop;
static int finished, damaged;

static node *build_list(uint64_t seed) {
    node *head = NULL;
    for (int i = 0; i < LIST; i++) {
        node *n = gm_new(node);
        n->key = seed + (uint64_t)i;
        n->sum = mix64(n->key);
        gm_store((void **)&n->next, head);
        head = n;
    }
    return head;
}

static int list_ok(const node *n, uint64_t seed) {
    int i = LIST - 1;
    for (; n; n = n->next, i--)
        if (n->key != seed + (uint64_t)i || n->sum != mix64(n->key)) return 0;
    return i == -1;
}

static void worker(void *arg) {
    uint64_t seed = (uint64_t)(uintptr_t)arg << 32;
    node *list = build_list(seed);
    while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE))
        for (int i = 0; i < 1000; i++) {
            char *g = gm_alloc(16 + (size_t)(i % 64) * 16);
            g[0] = 1;
        }
    if (!list_ok(list, seed)) __atomic_store_n(&damaged, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&finished, 1, __ATOMIC_RELEASE);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    gm_memstats before, after;
    gm_read_memstats(&before);
    for (int w = 0; w < WORKERS; w++) CHECK_EQ(gm_go(worker, (void *)(uintptr_t)(w + 1)), 0);

    int percent = gm_set_gc_percent(100);
    int64_t limit = gm_set_memory_limit(-1);
    CHECK_EQ(percent, 100);
    /* At least ROUNDS changes, and on until MIN_CYCLES automatic cycles have
     * run meanwhile (a slow build needs more rounds; the watchdog fails a
     * run where cycles stop). */
    int r = 0;
    for (;; r++) {
        if (r >= ROUNDS && r % 50 == 0) {
            gm_read_memstats(&after);
            if (after.num_gc - before.num_gc >= MIN_CYCLES) break;
        }
        int next_percent = 25 + (r * 37) % 300;
        int64_t next_limit = (int64_t)(64 + (r * 13) % 192) << 20;
        CHECK_EQ(gm_set_gc_percent(next_percent), percent);
        CHECK_EQ(gm_set_memory_limit(next_limit), limit);
        percent = next_percent;
        limit = next_limit;
        usleep(500);
    }
    CHECK_EQ(gm_set_gc_percent(100), percent);
    CHECK_EQ(gm_set_memory_limit(INT64_MAX), limit);

    __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
    while (__atomic_load_n(&finished, __ATOMIC_ACQUIRE) < WORKERS) usleep(1000);
    gm_read_memstats(&after);
    printf("%u cycles while the settings changed %d times\n", after.num_gc - before.num_gc,
           2 * r);
    CHECK_GE(after.num_gc - before.num_gc, MIN_CYCLES);
    CHECK_EQ(damaged, 0);
    return check_done();
}
