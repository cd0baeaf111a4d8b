/*
 * rewire_stress.c — the hybrid write barrier under concurrent marking.
 *
 * THREADS threads (default 6: more than the cores) share a graph of nodes
 * held only by a global array.  Each thread repeatedly unlinks a node's
 * child into a local variable (its stack), overwrites the heap slot
 * (gm_store: the deletion barrier must shade the old child), allocates
 * garbage of many sizes to trigger cycles by allocation, then relinks the
 * child somewhere else (the insertion barrier while its stack is grey), and
 * checks checksums along the way.  Runs for SECONDS (default 8), longer if
 * fewer than MIN_CYCLES cycles ran by then; meant to
 * run under GODEBUG=gccheckmark=1, where every cycle is verified by a
 * stop-the-world re-mark, and to see hundreds of cycles.
 */
#include "gc_test.h"
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include "../runtime/tsan_wait.h"   /* test_mutex_lock: stoppable under TSAN */

#define MIN_CYCLES 20

typedef struct gnode {
    struct gnode *kid[2];
    uint64_t id, check;
} gnode;

enum { SLOTS = 4096 };
static gnode *graph[SLOTS];
static pthread_mutex_t graph_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int done;
static atomic_bool stop_work;   /* set once the work has seen MIN_CYCLES cycles */

static gnode *fresh(uint64_t id) {
    gnode *n = gm_new(gnode);
    n->id = id;
    n->check = id * 2654435761u;
    return n;
}

static void verify(const gnode *n, int depth) {
    if (n == NULL || depth > 4) return;
    CHECK(n->check == n->id * 2654435761u, "node %p id %llu corrupted", (void *)n,
          (unsigned long long)n->id);
    verify(n->kid[0], depth + 1);
    verify(n->kid[1], depth + 1);
}

static void worker(void *arg) {
    uint64_t seed = 0x9E3779B97F4A7C15ull * (uint64_t)(uintptr_t)arg + 1;
    long ops = 0;
    while (!atomic_load(&stop_work)) {
        test_mutex_lock(&graph_lock);
        gnode *a = graph[gc_test_rand(&seed) % SLOTS];
        gnode *b = graph[gc_test_rand(&seed) % SLOTS];
        int i = (int)(gc_test_rand(&seed) & 1);
        gnode *taken = a->kid[i];                   /* now only on our stack... */
        gm_store((void **)&a->kid[i], fresh(seed)); /* ...once the heap slot is gone */
        pthread_mutex_unlock(&graph_lock);
        for (int k = 0; k < 8; k++) {               /* garbage: cycles by allocation */
            size_t n = 16 + gc_test_rand(&seed) % 2048;
            char *g = gm_alloc(n);
            g[n - 1] = 1;
        }
        verify(taken, 0);
        test_mutex_lock(&graph_lock);
        gm_store((void **)&b->kid[i ^ 1], taken);   /* back into the heap */
        pthread_mutex_unlock(&graph_lock);
        ops++;
    }
    atomic_fetch_add(&done, 1);
    (void)ops;
}

int main(void) {
    gm_init();
    int threads = (int)gc_test_env("THREADS", 6);
    for (int i = 0; i < SLOTS; i++) {
        gnode *n = fresh((uint64_t)i);
        gm_store((void **)&n->kid[0], fresh((uint64_t)i + SLOTS));
        gm_store((void **)&graph[i], n);
    }
    gm_memstats ms;
    gm_read_memstats(&ms);
    uint32_t gc0 = ms.num_gc;
    for (long t = 0; t < threads; t++) gm_go(worker, (void *)(t + 1));
    /* TSAN on a loaded machine saw 16 cycles in the default 8 s. */
    uint32_t cycles = gc_test_work_until_cycles(&stop_work, (double)gc_test_env("SECONDS", 8),
                                                gc0, MIN_CYCLES);
    while (atomic_load(&done) < threads) {
        struct timespec ts = { 0, 20 * 1000000 };
        nanosleep(&ts, NULL);
    }
    for (int i = 0; i < SLOTS; i++) verify(graph[i], 0);
    printf("%d threads, %u cycles, graph intact\n", threads, cycles);
    CHECK(cycles >= MIN_CYCLES, "only %u cycles", cycles);
    return 0;
}
