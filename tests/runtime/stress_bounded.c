/*
 * stress_bounded.c — garbage is reclaimed: the heap stays bounded while the
 * program allocates 100 times its live size.  A live set of about 4 MiB ×
 * SCALE (a tree of checksummed nodes plus large buffers) is built; THREADS
 * threads (registered both ways) then allocate 100 × that in garbage of all
 * sizes and kinds, with automatic collections only (GOGC=100).  The peak
 * heap_inuse, sampled throughout, and the final heap_sys stay under
 * 4 × live + 8 MiB; the live set is intact at the end.
 * Knobs: THREADS (2), SCALE (1).
 */
#include "stress.h"

typedef struct tree { struct tree *l, *r; uint64_t key, sum; char payload[96]; } tree;
static tree *root;
static void **buffers;
enum { NBUF = 16, BUFSZ = 64 * 1024 };

static stress_knobs knobs;
static uint64_t live_bytes, target_bytes;
static uint64_t allocated;              /* by all threads, atomically */
static uint64_t peak_inuse;

static tree *build(int depth, uint64_t *key) {
    if (!depth) return NULL;
    tree *t = gm_new(tree);
    t->key = (*key)++;
    t->sum = mix64(t->key);
    gm_store((void **)&t->l, build(depth - 1, key));
    gm_store((void **)&t->r, build(depth - 1, key));
    return t;
}

static uint64_t check_tree(const tree *t) {
    if (!t) return 0;
    CHECK_MSG(t->sum == mix64(t->key) && gm_test_is_allocated(t), "live tree node %p damaged",
              (const void *)t);
    return 1 + check_tree(t->l) + check_tree(t->r);
}

static void sample(void) {
    gm_memstats s;
    gm_read_memstats(&s);
    uint64_t cur = __atomic_load_n(&peak_inuse, __ATOMIC_RELAXED);
    while (s.heap_inuse > cur &&
           !__atomic_compare_exchange_n(&peak_inuse, &cur, s.heap_inuse, 0, __ATOMIC_RELAXED,
                                        __ATOMIC_RELAXED)) {}
}

static void worker(int id) {
    rng_t r;
    rng_seed(&r, 31 + (uint64_t)id);
    uint64_t mine = 0, since = 0;
    while (__atomic_load_n(&allocated, __ATOMIC_RELAXED) < target_bytes) {
        size_t n = stress_garbage(&r);
        mine += n;
        since += n;
        if (since >= (256 << 10)) {
            __atomic_fetch_add(&allocated, since, __ATOMIC_RELAXED);
            since = 0;
            if (id == 0) sample();
        }
    }
    (void)mine;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    knobs = stress_read_knobs(2, 0);
    watchdog(240);
    uint64_t key = 0;
    int depth = 15 + (knobs.scale > 1 ? 1 : 0);       /* 32767 nodes × 128 B = 4 MiB */
    gm_store((void **)&root, build(depth, &key));
    gm_store((void **)&buffers, gm_alloc(NBUF * sizeof(void *)));
    for (int i = 0; i < NBUF; i++) {
        void *b = gm_alloc_noscan(BUFSZ);
        fill_pattern(b, BUFSZ, (uint64_t)i);
        gm_store(&buffers[i], b);
    }
    collect();
    gm_memstats s0, s1;
    gm_read_memstats(&s0);
    live_bytes = s0.heap_alloc;
    target_bytes = 100 * live_bytes;
    printf("live %.1f MiB; allocating %.0f MiB of garbage\n", live_bytes / 1048576.0,
           target_bytes / 1048576.0);

    stress_run(knobs.threads, worker);
    sample();
    gm_read_memstats(&s1);
    uint64_t bound = 4 * live_bytes + (8u << 20);
    printf("peak heap_inuse %.1f MiB, heap_sys %.1f MiB, bound %.1f MiB; %u collections\n",
           peak_inuse / 1048576.0, s1.heap_sys / 1048576.0, bound / 1048576.0, s1.num_gc - s0.num_gc);
    CHECK_UGE(s1.total_alloc - s0.total_alloc, target_bytes);
    CHECK_ULE(peak_inuse, bound);
    CHECK_ULE(s1.heap_sys, bound);
    CHECK_GT(s1.num_gc, s0.num_gc);
    CHECK_EQ(check_tree(root), key);
    for (int i = 0; i < NBUF; i++) CHECK(pattern_ok(buffers[i], BUFSZ, (uint64_t)i));
    return check_done();
}
