/*
 * bench/gcbench.c — owns the GCBench-style benchmark (the shape of Boehm,
 * Ellis and Kovac's GCBench, written afresh for gomem): a stretch tree, then a
 * long-lived binary tree of depth 16 and a long-lived array of 500,000
 * doubles, then for depths 4, 6, ..., 16 many short-lived trees, built top
 * down (allocate a node, then fill in its children) and bottom up (build the
 * children, then the node), with the number of trees per depth chosen so
 * that every depth allocates about the same number of nodes.  An optional
 * argument multiplies the number of short-lived trees (default 1, the
 * original amount; bench/run.sh uses 4 so that one run lasts about a second).
 *
 * The allocator comes from bench/alloc_shim.h (BENCH_GOMEM, BENCH_BOEHM or
 * BENCH_MALLOC; under malloc every tree is freed explicitly).  stdout is the
 * same for every backend (the runner compares it); the last line on stderr is
 * "BENCH gcs=<collections>".
 */
#include "alloc_shim.h"

#include <stdio.h>
#include <stdlib.h>

enum {
    STRETCH_DEPTH = 18,
    LONG_LIVED_DEPTH = 16,
    ARRAY_SIZE = 500000,
    MIN_DEPTH = 4,
    MAX_DEPTH = 16,
};

typedef struct Node Node;
struct Node {
    Node *left;
    Node *right;
    int i, j;
};
BENCH_TYPE(node_type, Node, 2);

/* Nodes in a complete binary tree of the given depth. */
static long tree_size(int depth) { return (1L << (depth + 1)) - 1; }

/* Scale factor of the short-lived work (first argument, default 1 = the
 * original GCBench amount). */
static long scale = 1;

/* Trees per depth: the same number of nodes at every depth, 2 * scale times
 * the stretch tree's. */
static long num_iters(int depth) { return 2 * scale * tree_size(STRETCH_DEPTH) / tree_size(depth); }

static Node *new_node(Node *left, Node *right) {
    Node *n = BENCH_NEW(Node, node_type);
    BENCH_STORE(n->left, left);
    BENCH_STORE(n->right, right);
    n->i = 0;
    n->j = 0;
    return n;
}

/* Top down: n exists; give it children, then grow them. */
static void populate(int depth, Node *n) {
    if (depth <= 0) return;
    depth--;
    BENCH_STORE(n->left, new_node(NULL, NULL));
    BENCH_STORE(n->right, new_node(NULL, NULL));
    populate(depth, n->left);
    populate(depth, n->right);
}

/* Bottom up: build both subtrees, then the node that joins them. */
static Node *make_tree(int depth) {
    if (depth <= 0) return new_node(NULL, NULL);
    Node *left = make_tree(depth - 1);
    Node *right = make_tree(depth - 1);
    return new_node(left, right);
}

/* Number of nodes reachable from n: proves the tree is intact. */
static long count(const Node *n) {
    long c = 0;
    while (n) {
        c += 1 + count(n->left);
        n = n->right;
    }
    return c;
}

static void free_tree(Node *n) {
#if BENCH_MANUAL_FREE
    while (n) {
        Node *right = n->right;
        free_tree(n->left);
        BENCH_FREE(n);
        n = right;
    }
#else
    (void)n;
#endif
}

static long checksum;

static void check(const char *what, const Node *n, int depth) {
    long c = count(n);
    if (c != tree_size(depth)) {
        printf("FAIL: %s tree of depth %d has %ld nodes, want %ld\n", what, depth, c,
               tree_size(depth));
        exit(1);
    }
    checksum += c;
}

static void time_construction(int depth) {
    long iters = num_iters(depth);
    printf("Creating %ld trees of depth %d\n", iters, depth);
    for (long i = 0; i < iters; i++) {
        Node *t = new_node(NULL, NULL);
        populate(depth, t);
        if (i == 0) check("top-down", t, depth);
        free_tree(t);
    }
    printf("\tTop down construction: %ld nodes\n", iters * tree_size(depth));
    for (long i = 0; i < iters; i++) {
        Node *t = make_tree(depth);
        if (i == 0) check("bottom-up", t, depth);
        free_tree(t);
    }
    printf("\tBottom up construction: %ld nodes\n", iters * tree_size(depth));
}

int main(int argc, char **argv) {
    bench_init();
    if (argc > 1) scale = atol(argv[1]);
    if (scale < 1) scale = 1;
    printf("Garbage Collector Test (gomem bench, GCBench shape)\n");

    printf(" Stretching memory with a binary tree of depth %d\n", STRETCH_DEPTH);
    Node *stretch = make_tree(STRETCH_DEPTH);
    check("stretch", stretch, STRETCH_DEPTH);
    free_tree(stretch);
    stretch = NULL;

    printf(" Creating a long-lived binary tree of depth %d\n", LONG_LIVED_DEPTH);
    Node *long_lived = new_node(NULL, NULL);
    populate(LONG_LIVED_DEPTH, long_lived);

    printf(" Creating a long-lived array of %d doubles\n", ARRAY_SIZE);
    double *array = bench_alloc_noscan(sizeof(double) * ARRAY_SIZE);
    for (int i = 0; i < ARRAY_SIZE; i++) array[i] = i < ARRAY_SIZE / 2 && i > 0 ? 1.0 / i : 0.0;

    for (int d = MIN_DEPTH; d <= MAX_DEPTH; d += 2) time_construction(d);

    check("long-lived", long_lived, LONG_LIVED_DEPTH);
    if (array[1000] != 1.0 / 1000) {
        printf("FAIL: long-lived array was overwritten\n");
        return 1;
    }
    printf("long-lived tree and array intact; checksum %ld\n", checksum);
    free_tree(long_lived);
#if BENCH_MANUAL_FREE
    BENCH_FREE(array);
#endif
    fflush(stdout);
    fprintf(stderr, "BENCH gcs=%lu\n", bench_gc_count());
    return 0;
}
