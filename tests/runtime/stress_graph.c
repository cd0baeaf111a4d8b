/*
 * stress_graph.c — a graph shared by THREADS threads (half gm_go, half
 * attached pthreads).  A global table (itself a heap object) names NODES
 * node objects; each node has 4 edges to other nodes.  Threads, under
 * striped locks, replace nodes by new versions (published with gm_store),
 * rewire edges with gm_store, and walk random paths, checking every node
 * they meet (checksum over id and value, still allocated); old versions
 * stay reachable through edges that still point at them, and a walker may
 * hold a node that was just unlinked only in its registers or stack.
 * Meanwhile garbage of every size and kind; some threads call gm_gc.  At the
 * end every node reachable from the table is checked.
 * Knobs: THREADS (4), SCALE (1), SECONDS (4).
 */
#include "stress.h"

enum { EDGES = 4, STRIPES = 64 };
typedef struct gnode_t { struct gnode_t *edge[EDGES]; uint64_t id, val, sum; } gnode_t;
static const uint8_t node_mask[1] = {0x0f};
static const gm_type node_type = {
    .size = sizeof(gnode_t), .align = 8, .ptrdata = EDGES * sizeof(void *), .ptrmask = node_mask,
    .name = "main.gnode_t", .kind = GM_KIND_STRUCT,
};

static stress_knobs knobs;
static int64_t deadline;
static size_t nodes;
static gnode_t **table;                    /* heap object; the global is the root */
static pthread_mutex_t stripe[STRIPES];
static long walks[64], replaced[64];

static uint64_t node_sum(const gnode_t *n) { return mix64(n->id * 31 + n->val); }

static pthread_mutex_t *lock_of(uint64_t id) { return &stripe[id % STRIPES]; }

/* Workers (id >= 0) check checksums; the final single-threaded pass (id -1,
 * after a forced collection swept everything) also asks
 * gm_test_is_allocated (the query under concurrent sweeping is
 * concurrent_query.c's job). */
static void check_node(const gnode_t *n, int id) {
    CHECK_MSG(n != NULL, "thread %d: NULL node", id);
    CHECK_MSG(n->sum == node_sum(n) && n->id < nodes, "thread %d: node %p (id %llu) damaged", id,
              (const void *)n, (unsigned long long)n->id);
    if (id < 0) CHECK_MSG(gm_test_is_allocated(n), "reachable node %p freed", (const void *)n);
}

static gnode_t *get_slot(size_t i) {
    test_mutex_lock(lock_of(i));
    gnode_t *n = table[i];
    pthread_mutex_unlock(lock_of(i));
    return n;
}

static void worker(int id) {
    rng_t r;
    rng_seed(&r, 1000 + (uint64_t)id);
    long it = 0;
    while (mono_ns() < deadline) {
        uint64_t op = rng_below(&r, 10);
        size_t i = (size_t)rng_below(&r, nodes);
        if (op < 3) {
            /* Replace node i by a new version with the same edges. */
            gnode_t *nn = gm_alloc_typed(&node_type, 1);
            nn->id = i;
            nn->val = rng_next(&r);
            nn->sum = node_sum(nn);
            test_mutex_lock(lock_of(i));
            gnode_t *old = table[i];
            for (int e = 0; e < EDGES; e++) gm_store((void **)&nn->edge[e], old->edge[e]);
            gm_store((void **)&table[i], nn);
            pthread_mutex_unlock(lock_of(i));
            replaced[id]++;
        } else if (op < 6) {
            /* Rewire an edge of node i to the current version of node j. */
            size_t j = (size_t)rng_below(&r, nodes);
            gnode_t *target = get_slot(j);
            test_mutex_lock(lock_of(i));
            gm_store((void **)&table[i]->edge[rng_below(&r, EDGES)], target);
            pthread_mutex_unlock(lock_of(i));
        } else {
            /* Walk a path of 30 edges from node i. */
            gnode_t *n = get_slot(i);
            for (int step = 0; step < 30; step++) {
                check_node(n, id);
                test_mutex_lock(lock_of(n->id));
                gnode_t *next = n->edge[rng_below(&r, EDGES)];
                pthread_mutex_unlock(lock_of(n->id));
                n = next;
            }
            check_node(n, id);
            walks[id]++;
        }
        for (int g = 0; g < 3; g++) stress_garbage(&r);
        if (id % 2 == 0 && ++it % 2000 == 0) gm_gc();
    }
}

static size_t check_near(const gnode_t *n, int depth) {
    check_node(n, -1);
    size_t seen = 1;
    if (depth > 0)
        for (int e = 0; e < EDGES; e++) seen += check_near(n->edge[e], depth - 1);
    return seen;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    knobs = stress_read_knobs(4, 4);
    if (knobs.threads > 64) knobs.threads = 64;
    watchdog((unsigned)knobs.seconds * 3 + 60);
    for (int i = 0; i < STRIPES; i++) pthread_mutex_init(&stripe[i], NULL);
    nodes = 4096 * (size_t)knobs.scale;

    rng_t r;
    rng_seed(&r, 7);
    gnode_t **t = gm_alloc(nodes * sizeof *t);
    for (size_t i = 0; i < nodes; i++) {
        gnode_t *n = gm_alloc_typed(&node_type, 1);
        n->id = i;
        n->val = rng_next(&r);
        n->sum = node_sum(n);
        gm_store((void **)&t[i], n);
    }
    for (size_t i = 0; i < nodes; i++)
        for (int e = 0; e < EDGES; e++) gm_store((void **)&t[i]->edge[e], t[rng_below(&r, nodes)]);
    gm_store((void **)&table, t);
    t = NULL;

    deadline = mono_ns() + (int64_t)(knobs.seconds * 1e9);
    stress_run(knobs.threads, worker);

    collect();
    /* Every table node and everything within two edges of it. */
    size_t seen = 0;
    for (size_t i = 0; i < nodes; i++) {
        check_node(table[i], -1);
        CHECK_EQ(table[i]->id, i);
        seen += check_near(table[i], 2);
    }
    long w = 0, rp = 0;
    for (int i = 0; i < knobs.threads; i++) {
        w += walks[i];
        rp += replaced[i];
    }
    printf("%ld walks, %ld node replacements, %zu nodes checked at the end\n", w, rp, seen);
    CHECK_GT(w, 0);
    CHECK_GT(rp, 0);
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
