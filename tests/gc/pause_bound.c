/*
 * pause_bound.c — stop-the-world pauses do not grow with the heap.
 *
 * Builds a 512 MiB live heap (LIVE_MIB) of 32-byte pointer-rich nodes,
 * then keeps allocating garbage (with pointer stores into the old heap)
 * until several concurrent cycles have run, and checks that the longest
 * stop-the-world pause the runtime recorded (gm_memstats.pause_ns holds the
 * stop-the-world time of each cycle) stays under a generous bound (50 ms
 * by default, PAUSE_BOUND_MS) — marking 512 MiB with the world stopped
 * takes seconds on this kind of machine, so the bound fails if marking is
 * not concurrent.  Every node's checksum is verified at the end.
 */
#include "gc_test.h"
#include <string.h>

typedef struct node {
    struct node *left, *right;
    uint64_t value, check;
} node;

static node *build(int depth, uint64_t *seed) {
    node *n = gm_new(node);
    n->value = gc_test_rand(seed);
    n->check = ~n->value;
    if (depth > 0) {
        gm_store((void **)&n->left, build(depth - 1, seed));
        gm_store((void **)&n->right, build(depth - 1, seed));
    }
    return n;
}

static long verify(const node *n) {
    if (n == NULL) return 0;
    CHECK(n->check == ~n->value, "node %p corrupted", (void *)n);
    return 1 + verify(n->left) + verify(n->right);
}

int main(void) {
    const char *dbg = getenv("GODEBUG");
    if (dbg && strstr(dbg, "gccheckmark=1")) {
        printf("skipped: gccheckmark re-marks the heap inside the pause\n");
        return 77;
    }
    gm_init();
    long live_mib = gc_test_env("LIVE_MIB", 512);
    double bound_ms = (double)gc_test_env("PAUSE_BOUND_MS", 50);
    int ntrees = (int)(live_mib / 2);            /* 2^16 nodes × 32 B = 2 MiB */
    node **trees = gm_alloc(sizeof(node *) * (size_t)ntrees);
    uint64_t seed = 88172645463325252ull;
    for (int i = 0; i < ntrees; i++) gm_store((void **)&trees[i], build(15, &seed));
    gm_gc();
    gm_memstats ms;
    gm_read_memstats(&ms);
    uint32_t gc0 = ms.num_gc;
    double t0 = gc_test_now();
    /* Allocate until at least 3 more cycles ran, rewiring old nodes. */
    for (long i = 0;; i++) {
        node *g = gm_new(node);
        g->value = (uint64_t)i;
        g->check = ~g->value;
        if (i % 64 == 0) {
            node *victim = trees[gc_test_rand(&seed) % (uint64_t)ntrees];
            node *fresh = build(2, &seed);
            gm_store((void **)&victim->left->left->left, fresh);
        }
        if (i % 100000 == 0) {
            gm_read_memstats(&ms);
            if (ms.num_gc >= gc0 + 3) break;
            CHECK(gc_test_now() - t0 < 300, "no cycles in 5 minutes (num_gc %u)", ms.num_gc);
        }
    }
    gm_read_memstats(&ms);
    uint64_t max = 0;
    for (uint32_t c = gc0; c < ms.num_gc; c++) {
        uint64_t p = ms.pause_ns[c % 256];
        if (p > max) max = p;
    }
    long nodes = 0;
    for (int i = 0; i < ntrees; i++) nodes += verify(trees[i]);
    printf("live %ld MiB (%ld nodes verified), %u cycles, longest stop-the-world %.3f ms "
           "(bound %.0f ms)\n", live_mib, nodes, ms.num_gc - gc0, max / 1e6, bound_ms);
    CHECK(max / 1e6 <= bound_ms, "pause %.3f ms over the bound", max / 1e6);
    return 0;
}
