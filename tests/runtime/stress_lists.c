/*
 * stress_lists.c — THREADS threads (half gm_go, half attached pthreads)
 * each own a linked list and a binary tree whose nodes carry checksums, and
 * rewire them continuously through gm_store: unlink and insert list nodes,
 * replace whole subtrees, while allocating garbage of every size and kind.
 * Even threads force collections with gm_gc, odd ones rely on automatic
 * triggers.  Every node is checked on each pass (checksum, and the list's
 * and tree's node count and key sum against what the thread expects), and
 * all of it again at the end; the heap verifier runs last.
 * Knobs: THREADS (4), SCALE (1), SECONDS (4).
 */
#include "stress.h"

typedef struct lnode { struct lnode *next; uint64_t key, sum; char pad[8]; } lnode;
typedef struct tnode { struct tnode *left, *right; uint64_t key, sum; } tnode;
static const uint8_t tnode_mask[1] = {0x3};
static const gm_type tnode_type = {
    .size = sizeof(tnode), .align = 8, .ptrdata = 2 * sizeof(void *), .ptrmask = tnode_mask,
    .name = "main.tnode", .kind = GM_KIND_STRUCT,
};

static stress_knobs knobs;
static pthread_barrier_t barrier;
static int64_t deadline;
static int passes[64], cycles_forced[64];

static uint64_t lsum(const lnode *n) { return mix64(n->key ^ 0x1157); }
static uint64_t tsum(const tnode *n) { return mix64(n->key ^ 0x7733); }

static tnode *build_tree(rng_t *r, int depth, uint64_t *count, uint64_t *keysum) {
    if (depth == 0) return NULL;
    tnode *t = gm_alloc_typed(&tnode_type, 1);
    t->key = rng_next(r);
    t->sum = tsum(t);
    *count += 1;
    *keysum += t->key;
    gm_store((void **)&t->left, build_tree(r, depth - 1, count, keysum));
    gm_store((void **)&t->right, build_tree(r, depth - 1, count, keysum));
    return t;
}

/* While other threads allocate, nodes are checked by checksum (a freed and
 * reused node is zeroed or overwritten); gm_test_is_allocated is asked in
 * the final pass, after a collection, when nobody allocates (the query
 * under concurrent sweeping is concurrent_query.c's job). */
static int final_pass;

static void walk_tree(const tnode *t, uint64_t *count, uint64_t *keysum, int id) {
    while (t) {
        CHECK_MSG(t->sum == tsum(t), "thread %d: tree node %p damaged", id, (const void *)t);
        if (final_pass) CHECK_MSG(gm_test_is_allocated(t), "thread %d: live tree node %p freed", id, (const void *)t);
        *count += 1;
        *keysum += t->key;
        walk_tree(t->left, count, keysum, id);
        t = t->right;
    }
}

static void check_list(const lnode *h, uint64_t count, uint64_t keysum, int id) {
    uint64_t c = 0, s = 0;
    for (; h; h = h->next) {
        CHECK_MSG(h->sum == lsum(h), "thread %d: list node %p damaged", id, (const void *)h);
        if (final_pass) CHECK_MSG(gm_test_is_allocated(h), "thread %d: live list node %p freed", id, (const void *)h);
        c++;
        s += h->key;
    }
    CHECK_EQ(c, count);
    CHECK_EQ(s, keysum);
}

static lnode *new_lnode(rng_t *r) {
    lnode *n = gm_new(lnode);
    n->key = rng_next(r);
    n->sum = lsum(n);
    return n;
}

static void worker(int id) {
    rng_t r;
    rng_seed(&r, (uint64_t)id + 1);
    int depth = 10 + (knobs.scale > 1);
    int len = 2000 * knobs.scale;

    lnode *head = NULL;
    uint64_t lcount = 0, lkeys = 0;
    for (int i = 0; i < len; i++) {
        lnode *n = new_lnode(&r);
        gm_store((void **)&n->next, head);
        head = n;
        lcount++;
        lkeys += n->key;
    }
    uint64_t tcount = 0, tkeys = 0;
    tnode *root = build_tree(&r, depth, &tcount, &tkeys);

    int iter = 0;
    while (mono_ns() < deadline) {
        /* List: unlink the node after a random one, insert a new one. */
        lnode *p = head;
        for (uint64_t k = rng_below(&r, lcount - 1); k > 0; k--) p = p->next;
        if (p->next) {
            lkeys -= p->next->key;
            lcount--;
            gm_store((void **)&p->next, p->next->next);
        }
        lnode *n = new_lnode(&r);
        p = head;
        for (uint64_t k = rng_below(&r, lcount); k > 0; k--) p = p->next;
        gm_store((void **)&n->next, p->next);
        gm_store((void **)&p->next, n);
        lcount++;
        lkeys += n->key;

        /* Tree: replace a random subtree with a fresh one. */
        tnode **slot = &root;
        int d = 0;
        while (*slot && d < depth - 3 && rng_below(&r, 4)) {
            slot = rng_below(&r, 2) ? &(*slot)->left : &(*slot)->right;
            d++;
        }
        uint64_t oc = 0, ok = 0, nc = 0, nk = 0;
        walk_tree(*slot, &oc, &ok, id);
        tnode *fresh = build_tree(&r, depth - d, &nc, &nk);
        gm_store((void **)slot, fresh);
        tcount += nc - oc;
        tkeys += nk - ok;

        for (int g = 0; g < 20; g++) stress_garbage(&r);
        if (id % 2 == 0 && ++iter % 300 == 0) {
            gm_gc();
            cycles_forced[id]++;
        }
        if (iter % 50 == 0) {
            check_list(head, lcount, lkeys, id);
            uint64_t c = 0, s = 0;
            walk_tree(root, &c, &s, id);
            CHECK_EQ(c, tcount);
            CHECK_EQ(s, tkeys);
            passes[id]++;
        }
    }
    /* Final pass: everyone stops allocating, one collection sweeps the
     * whole heap, then every node is checked, allocation status included. */
    test_barrier_wait(&barrier);
    if (id == 0) {
        gm_gc();
        final_pass = 1;
    }
    test_barrier_wait(&barrier);
    check_list(head, lcount, lkeys, id);
    uint64_t c = 0, s = 0;
    walk_tree(root, &c, &s, id);
    CHECK_EQ(c, tcount);
    CHECK_EQ(s, tkeys);
    passes[id]++;
    test_barrier_wait(&barrier);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    knobs = stress_read_knobs(4, 4);
    if (knobs.threads > 64) knobs.threads = 64;
    watchdog((unsigned)knobs.seconds * 3 + 60);
    gm_memstats s0, s1;
    gm_read_memstats(&s0);
    pthread_barrier_init(&barrier, NULL, (unsigned)knobs.threads);
    deadline = mono_ns() + (int64_t)(knobs.seconds * 1e9);
    stress_run(knobs.threads, worker);
    gm_read_memstats(&s1);
    for (int i = 0; i < knobs.threads; i++) {
        printf("thread %d: %d verification passes, %d forced collections\n", i, passes[i],
               cycles_forced[i]);
        CHECK_GE(passes[i], 1);
    }
    printf("collections: %u (%u forced); %llu MiB allocated\n", s1.num_gc - s0.num_gc,
           s1.num_forced_gc - s0.num_forced_gc,
           (unsigned long long)((s1.total_alloc - s0.total_alloc) >> 20));
    CHECK_GT(s1.num_gc - s0.num_gc, s1.num_forced_gc - s0.num_forced_gc);   /* some automatic */
    collect();
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
