/*
 * bench/pause.c — owns the pause benchmark of issue 3: how long the program
 * stops while a collector works on a large live heap.
 *
 * A live heap of <MiB> (first argument, default 256) of 32-byte pointer-rich
 * nodes (left, right, link, value) is built as complete binary trees of depth
 * 15 whose link fields point at other recently built nodes.  After one full
 * collection, one mutator thread (the main thread) runs for <seconds>
 * (second argument, default 10): every iteration allocates a short-lived
 * list of 4 nodes (128 bytes) that lives for RING iterations, and every 16th
 * iteration rewires the link of a random old node (a pointer store into the
 * old heap, through the write barrier).  Each iteration reads the clock and
 * records the gap since the previous one in a histogram (every gap is
 * recorded; 100 ns resolution below 100 us, 10 us below 10 ms, 1 ms above).
 *
 * Reported (last stderr line, "BENCH gcs=... key=value..."):
 *   stw_max_ms     the collector's own longest stop-the-world pause:
 *                  gomem: max of gm_memstats.pause_ns (the last 256 cycles);
 *                  Boehm: longest interval between the GC_EVENT_PRE_STOP_WORLD
 *                  and GC_EVENT_POST_START_WORLD collection events;
 *                  malloc: 0 (no collector)
 *   gap_max_ms, gap_p999_ms, gap_p99_ms   the mutator's gaps
 *   lost_gt1ms_s   total time of the gaps longer than 1 ms
 *   miter_per_s    millions of iterations per second
 *   build_s        time to build the live heap (not part of the run)
 * stdout is the same for every backend (the shape of the live heap).
 *
 * Boehm variants (environment BENCH_BOEHM_MODE): unset = the library's
 * default for a program that starts no thread (one marker thread);
 * "parallel" = GC_start_mark_threads (GC_MARKERS markers, default the CPU
 * count); "incremental" = GC_enable_incremental.
 */
#if defined(BENCH_BOEHM)
#define GC_THREADS 1 /* declares GC_get_parallel */
#endif
#include "alloc_shim.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum {
    TREE_DEPTH = 15,   /* 65,535 nodes = 2 MiB per tree */
    RECENT = 1024,     /* link targets while building */
    RING = 4096,       /* iterations a short-lived list lives */
    LIST_LEN = 4,      /* nodes per short-lived list */
    REWIRE_EVERY = 16, /* iterations per store into the old heap */
};

typedef struct PNode PNode;
struct PNode {
    PNode *left;
    PNode *right;
    PNode *link;
    uint64_t value;
};
BENCH_TYPE(pnode_type, PNode, 3);

static PNode **trees; /* heap array of tree roots */
static long ntrees;
static PNode *recent[RECENT];
static unsigned long nrecent;
static PNode *ring[RING];

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rng(void) {
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- the live heap ------------------------------------------------------- */

static PNode *build(int depth) {
    PNode *left = NULL, *right = NULL;
    if (depth > 0) {
        left = build(depth - 1);
        right = build(depth - 1);
    }
    PNode *n = BENCH_NEW(PNode, pnode_type);
    BENCH_STORE(n->left, left);
    BENCH_STORE(n->right, right);
    BENCH_STORE(n->link, recent[rng() % RECENT]);
    n->value = (uint64_t)depth;
    BENCH_STORE(recent[nrecent++ % RECENT], n);
    return n;
}

static long count(const PNode *n, uint64_t *sum) {
    long c = 0;
    while (n) {
        *sum += n->value & 0xff;
        c += 1 + count(n->left, sum);
        n = n->right;
    }
    return c;
}

static void free_tree(PNode *n) {
#if BENCH_MANUAL_FREE
    while (n) {
        PNode *right = n->right;
        free_tree(n->left);
        BENCH_FREE(n);
        n = right;
    }
#else
    (void)n;
#endif
}

static void free_list(PNode *n) {
#if BENCH_MANUAL_FREE
    while (n) {
        PNode *next = n->left;
        BENCH_FREE(n);
        n = next;
    }
#else
    (void)n;
#endif
}

/* ---- the gap histogram ---------------------------------------------------- */

enum { H1 = 1000, H2 = 990, H3 = 9990, NBUCKETS = H1 + H2 + H3 + 1 };
static uint64_t hist[NBUCKETS];

static int bucket(uint64_t ns) {
    if (ns < 100000) return (int)(ns / 100);
    if (ns < 10000000) return H1 + (int)((ns - 100000) / 10000);
    if (ns < 10000000000ull) return H1 + H2 + (int)((ns - 10000000) / 1000000);
    return NBUCKETS - 1;
}

static double bucket_top_ms(int b) {
    if (b < H1) return (b + 1) * 100 / 1e6;
    if (b < H1 + H2) return (100000 + (uint64_t)(b - H1 + 1) * 10000) / 1e6;
    return (10000000 + (uint64_t)(b - H1 - H2 + 1) * 1000000) / 1e6;
}

/* Smallest bucket top below which a fraction q of the gaps lie. */
static double percentile_ms(uint64_t total, double q) {
    uint64_t want = (uint64_t)(q * (double)total), seen = 0;
    for (int b = 0; b < NBUCKETS; b++) {
        seen += hist[b];
        if (seen > want) return bucket_top_ms(b);
    }
    return bucket_top_ms(NBUCKETS - 1);
}

/* ---- the collector's own pauses -------------------------------------------- */

#if defined(BENCH_BOEHM)
static uint64_t stw_start, stw_max, stw_total, stw_count;
static void GC_CALLBACK on_gc_event(GC_EventType e) {
    if (e == GC_EVENT_PRE_STOP_WORLD) {
        stw_start = now_ns();
    } else if (e == GC_EVENT_POST_START_WORLD && stw_start) {
        uint64_t d = now_ns() - stw_start;
        if (d > stw_max) stw_max = d;
        stw_total += d;
        stw_count++;
        stw_start = 0;
    }
}
static void reset_stw(void) { stw_max = stw_total = stw_count = 0; }
static uint64_t stw_max_ns(void) { return stw_max; }
static const char *boehm_mode = "default";
#elif defined(BENCH_GOMEM)
static uint32_t gc_at_start;
static void reset_stw(void) {
    static gm_memstats s;
    gm_read_memstats(&s);
    gc_at_start = s.num_gc;
}
/* Longest pause among the cycles of the run (at most the last 256). */
static uint64_t stw_max_ns(void) {
    static gm_memstats s;
    gm_read_memstats(&s);
    uint64_t max = 0;
    uint32_t cycles = s.num_gc - gc_at_start;
    if (cycles > 256) {
        fprintf(stderr, "pause: %u cycles in the run; stw_max is over the last 256\n", cycles);
        cycles = 256;
    }
    for (uint32_t k = 0; k < cycles; k++) {
        uint64_t p = s.pause_ns[(s.num_gc + 255 - k) % 256];
        if (p > max) max = p;
    }
    return max;
}
#else
static void reset_stw(void) {}
static uint64_t stw_max_ns(void) { return 0; }
#endif

int main(int argc, char **argv) {
    bench_init();
    long mib = argc > 1 ? atol(argv[1]) : 256;
    double secs = argc > 2 ? atof(argv[2]) : 10;
    if (mib < 4) mib = 4;
    if (secs <= 0) secs = 10;
#if defined(BENCH_BOEHM)
    const char *mode = getenv("BENCH_BOEHM_MODE");
    if (mode && strcmp(mode, "parallel") == 0) {
        GC_start_mark_threads();
        boehm_mode = "parallel";
    } else if (mode && strcmp(mode, "incremental") == 0) {
        GC_enable_incremental();
        boehm_mode = "incremental";
    }
    GC_set_on_collection_event(on_gc_event);
    fprintf(stderr, "pause: Boehm GC %s mode (parallel marking %s, incremental %s)\n", boehm_mode,
            GC_get_parallel() ? "on" : "off", GC_is_incremental_mode() ? "on" : "off");
#endif

    /* Build the live heap. */
    long tree_nodes = (1L << (TREE_DEPTH + 1)) - 1;
    ntrees = (mib << 20) / (32 * tree_nodes);
    uint64_t t0 = now_ns();
    PNode **roots = bench_alloc(sizeof(PNode *) * (size_t)ntrees);
    trees = roots;
    for (long i = 0; i < ntrees; i++) BENCH_STORE(trees[i], build(TREE_DEPTH));
    uint64_t sum = 0;
    long nodes = count(trees[0], &sum) + count(trees[ntrees / 2], &sum) + count(trees[ntrees - 1], &sum);
    printf("live heap: %ld trees of %ld nodes of %zu bytes (%ld MiB); sample %ld nodes, sum %llu\n",
           ntrees, tree_nodes, sizeof(PNode), ntrees * tree_nodes * 32 >> 20, nodes,
           (unsigned long long)sum);
    fflush(stdout);
    bench_collect();
    double build_s = (double)(now_ns() - t0) / 1e9;
    unsigned long gcs0 = bench_gc_count();
    reset_stw();

    /* Run the mutator. */
    uint64_t start = now_ns(), prev = start, end = start + (uint64_t)(secs * 1e9);
    uint64_t iters = 0, gap_max = 0, lost = 0;
    for (;;) {
        PNode *list = NULL;
        for (int k = 0; k < LIST_LEN; k++) {
            PNode *n = BENCH_NEW(PNode, pnode_type);
            BENCH_STORE(n->left, list);
            n->right = NULL;
            n->link = NULL;
            n->value = iters;
            list = n;
        }
        unsigned slot = (unsigned)(iters % RING);
        free_list(ring[slot]);
        BENCH_STORE(ring[slot], list);
        if (iters % REWIRE_EVERY == 0) {
            uint64_t r = rng();
            PNode *t = trees[r % (uint64_t)ntrees];
            r >>= 20;
            for (int d = 0; d < 8; d++, r >>= 1) t = (r & 1) ? t->right : t->left;
            BENCH_STORE(t->link, trees[rng() % (uint64_t)ntrees]);
        }
        iters++;
        uint64_t now = now_ns(), gap = now - prev;
        prev = now;
        hist[bucket(gap)]++;
        if (gap > gap_max) gap_max = gap;
        if (gap > 1000000) lost += gap;
        if (now >= end) break;
    }
    double run_s = (double)(prev - start) / 1e9;
    unsigned long gcs = bench_gc_count() - gcs0;
    uint64_t stw = stw_max_ns();

    /* The live heap must have survived. */
    uint64_t sum2 = 0;
    long nodes2 = count(trees[0], &sum2) + count(trees[ntrees / 2], &sum2) + count(trees[ntrees - 1], &sum2);
    printf("after the run: sample %ld nodes%s\n", nodes2, nodes2 == nodes ? ", intact" : ", BROKEN");
    for (long i = 0; i < ntrees; i++) free_tree(trees[i]);
    for (int i = 0; i < RING; i++) free_list(ring[i]);
#if BENCH_MANUAL_FREE
    BENCH_FREE(roots);
#endif
    fflush(stdout);
    fprintf(stderr,
            "pause %s %ld MiB: %lu gcs in %.1f s, stw max %.3f ms, gap max %.3f ms, p99.9 %.3f ms, "
            "p99 %.3f ms, lost in gaps > 1 ms %.3f s, %.2f M iterations/s, build %.1f s\n",
            BENCH_BACKEND, mib, gcs, run_s, stw / 1e6, gap_max / 1e6, percentile_ms(iters, 0.999),
            percentile_ms(iters, 0.99), lost / 1e9, iters / run_s / 1e6, build_s);
    fprintf(stderr,
            "BENCH gcs=%lu stw_max_ms=%.3f gap_max_ms=%.3f gap_p999_ms=%.3f gap_p99_ms=%.3f "
            "lost_gt1ms_s=%.3f miter_per_s=%.3f build_s=%.2f\n",
            gcs, stw / 1e6, gap_max / 1e6, percentile_ms(iters, 0.999), percentile_ms(iters, 0.99),
            lost / 1e9, iters / run_s / 1e6, build_s);
    return nodes2 == nodes ? 0 : 1;
}
