/*
 * bench/binary_trees.c — owns the binary-trees benchmark in the shape of the
 * Computer Language Benchmarks Game (written afresh for gomem), single
 * threaded: a stretch tree of depth max+1, a long-lived tree of depth max,
 * then for depths 4, 6, ..., max, 2^(max-depth+4) short-lived trees built
 * bottom up and walked.  max is the first argument (default 18, at least 6).
 *
 * The allocator comes from bench/alloc_shim.h (BENCH_GOMEM, BENCH_BOEHM or
 * BENCH_MALLOC; under malloc each tree is freed after it is checked, as the
 * Benchmarks Game C programs do).  stdout is the same for every backend; the
 * last line on stderr is "BENCH gcs=<collections>".
 */
#include "alloc_shim.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Tree Tree;
struct Tree {
    Tree *left;
    Tree *right;
};
BENCH_TYPE(tree_type, Tree, 2);

static Tree *bottom_up(int depth) {
    Tree *left = NULL, *right = NULL;
    if (depth > 0) {
        left = bottom_up(depth - 1);
        right = bottom_up(depth - 1);
    }
    Tree *t = BENCH_NEW(Tree, tree_type);
    BENCH_STORE(t->left, left);
    BENCH_STORE(t->right, right);
    return t;
}

static long item_check(const Tree *t) {
    if (!t->left) return 1;
    return 1 + item_check(t->left) + item_check(t->right);
}

static void free_tree(Tree *t) {
#if BENCH_MANUAL_FREE
    if (t->left) {
        free_tree(t->left);
        free_tree(t->right);
    }
    BENCH_FREE(t);
#else
    (void)t;
#endif
}

int main(int argc, char **argv) {
    bench_init();
    int n = argc > 1 ? atoi(argv[1]) : 18;
    int min_depth = 4;
    int max_depth = n < min_depth + 2 ? min_depth + 2 : n;

    int stretch_depth = max_depth + 1;
    Tree *stretch = bottom_up(stretch_depth);
    printf("stretch tree of depth %d\t check: %ld\n", stretch_depth, item_check(stretch));
    free_tree(stretch);
    stretch = NULL;

    Tree *long_lived = bottom_up(max_depth);

    for (int d = min_depth; d <= max_depth; d += 2) {
        long iterations = 1L << (max_depth - d + min_depth);
        long check = 0;
        for (long i = 0; i < iterations; i++) {
            Tree *t = bottom_up(d);
            check += item_check(t);
            free_tree(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, d, check);
    }

    printf("long lived tree of depth %d\t check: %ld\n", max_depth, item_check(long_lived));
    free_tree(long_lived);
    fflush(stdout);
    fprintf(stderr, "BENCH gcs=%lu\n", bench_gc_count());
    return 0;
}
