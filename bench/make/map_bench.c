/*
 * map_bench.c — map insert / lookup / delete, int64 and string keys, on
 * gomem's map or GLib's GHashTable (the same keys, the same order).
 *
 * usage: map_bench gomem|glib int|str N
 *   prints: <impl> <keys> <N> insert <ns/op> lookup <ns/op> delete <ns/op>
 *   Inserts and deletes are repeated (fresh maps) until 1e6 have been
 *   timed, lookups until 4e6.
 * usage: map_bench growth gomem|glib|gomem-ptr N
 *   builds a map of N int64 keys, timing every insert in wall-clock time:
 *   growth <impl> <N> longest_insert_ms <x> total_s <y>
 *   (gomem-ptr: the values are pointers to fresh 8-byte objects, so the
 *   tables are scanned and the collector runs while the map grows).
 * usage: map_bench pair int|str N [PASSES]
 *   builds both maps in one process and times lookups in alternating
 *   passes of 1e6 (gomem, GLib, GLib, gomem, ...), so both see the same machine
 *   load; prints per implementation the minimum and median ns/lookup, and
 *   the ratio gomem/GLib of the minimums and the median of the per-pass
 *   ratios:
 *   pair <keys> <N> gomem min <x> med <x> glib min <x> med <x> ratio_min <r> ratio_med <r>
 *
 * Times are process CPU time (all threads, the collector's included),
 * robust against other load on the machine.  Keys: int64
 * k_i = i * 0x9E3779B97F4A7C15 (spread over 64 bits), strings "key-<k_i>".
 * Lookups go in a pseudo-random order.  Values are int64.  GLib uses
 * g_direct_hash (int keys stored in the pointer itself: its fastest mode)
 * and g_str_hash.
 */
#include "gomem.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);   /* CPU time: the machine is shared */
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int64_t key_of(long i) { return (int64_t)((uint64_t)i * 0x9E3779B97F4A7C15ull); }

static volatile int64_t sink;

/* Lookups visit the keys in a pseudo-random order (a permutation of 0..n-1,
 * 1000003 being prime to every n = 10^k), not in insertion order. */
static inline long order(long j, long n) { return (long)(((unsigned long)j * 1000003ul) % (unsigned long)n); }

/* The keys of one run, in the forms both maps take. */
typedef struct keyset {
    bool str;
    long n;
    int64_t *ints;
    char **cstrs;        /* GLib's string keys */
    gm_string *strs;     /* the same bytes, gomem's string keys */
} keyset;

static keyset make_keys(bool str, long n) {
    keyset k = {.str = str, .n = n, .ints = malloc(sizeof(int64_t) * (size_t)n)};
    for (long i = 0; i < n; i++) k.ints[i] = key_of(i);
    if (str) {
        k.cstrs = malloc(sizeof(char *) * (size_t)n);
        k.strs = malloc(sizeof(gm_string) * (size_t)n);
        for (long i = 0; i < n; i++) {
            char buf[40];
            int len = snprintf(buf, sizeof buf, "key-%lld", (long long)k.ints[i]);
            k.cstrs[i] = strdup(buf);
            k.strs[i] = (gm_string){(const uint8_t *)k.cstrs[i], len};
        }
    }
    return k;
}

static inline void *gomem_key(const keyset *k, long i) {
    return k->str ? (void *)&k->strs[i] : (void *)&k->ints[i];
}
static inline gpointer glib_key(const keyset *k, long i) {
    return k->str ? (gpointer)k->cstrs[i] : GSIZE_TO_POINTER(k->ints[i]);
}

static GHashTable *glib_new(const keyset *k) {
    return k->str ? g_hash_table_new(g_str_hash, g_str_equal)
                  : g_hash_table_new(g_direct_hash, g_direct_equal);
}
static gm_map *gomem_new(const keyset *k) {
    return gm_make_map(k->str ? &gm_type_string : &gm_type_int64, &gm_type_int64, 0);
}

static void glib_fill(GHashTable *h, const keyset *k) {
    for (long i = 0; i < k->n; i++)
        g_hash_table_insert(h, glib_key(k, i), GSIZE_TO_POINTER(i + 1));
}
static void gomem_fill(gm_map *m, const keyset *k) {
    for (long i = 0; i < k->n; i++) {
        int64_t v = i + 1;
        gm_map_set(m, gomem_key(k, i), &v);
    }
}

/* count lookups starting at permutation position `from` (wrapping around
 * at n): the sum of the values found. */
static int64_t glib_lookups(GHashTable *h, const keyset *k, long from, long count) {
    int64_t sum = 0;
    for (long j = from, left = count; left > 0; left--, j = j + 1 < k->n ? j + 1 : 0)
        sum += (int64_t)GPOINTER_TO_SIZE(g_hash_table_lookup(h, glib_key(k, order(j, k->n))));
    return sum;
}
static int64_t gomem_lookups(gm_map *m, const keyset *k, long from, long count) {
    int64_t sum = 0;
    for (long j = from, left = count; left > 0; left--, j = j + 1 < k->n ? j + 1 : 0)
        sum += *(int64_t *)gm_map_get(m, gomem_key(k, order(j, k->n)), NULL);
    return sum;
}

/* ---- map_bench gomem|glib: one implementation per process ---- */

static int run_one(bool glib, const keyset *k, const char *impl, const char *kind) {
    long n = k->n;
    long rounds = 4000000 / n > 1 ? 4000000 / n : 1;
    long reps = 1000000 / n > 1 ? 1000000 / n : 1;
    double tins = 0, tlook = 0, tdel = 0, t;
    int64_t sum = 0;
    for (long rep = 0; rep < reps; rep++) {
        bool last = rep == reps - 1;
        if (glib) {
            GHashTable *h = glib_new(k);
            t = now();
            glib_fill(h, k);
            tins += now() - t;
            t = now();
            if (last) sum += glib_lookups(h, k, 0, rounds * n);
            tlook += now() - t;
            t = now();
            for (long i = 0; i < n; i++) g_hash_table_remove(h, glib_key(k, i));
            tdel += now() - t;
            g_hash_table_destroy(h);
        } else {
            gm_map *m = gomem_new(k);
            t = now();
            gomem_fill(m, k);
            tins += now() - t;
            t = now();
            if (last) sum += gomem_lookups(m, k, 0, rounds * n);
            tlook += now() - t;
            t = now();
            for (long i = 0; i < n; i++) gm_map_delete(m, gomem_key(k, i));
            tdel += now() - t;
            if (gm_map_len(m) != 0) return 1;
        }
    }
    if (sum != (int64_t)rounds * n * (n + 1) / 2) {
        fprintf(stderr, "map_bench: wrong lookup sum\n");
        return 1;
    }
    sink = sum;
    printf("%s %s %ld insert %.1f lookup %.1f delete %.1f\n", impl, kind, n,
           tins / ((double)n * (double)reps), tlook / ((double)n * (double)rounds),
           tdel / ((double)n * (double)reps));
    return 0;
}

/* ---- map_bench pair: both implementations, interleaved lookup passes ---- */

#define PASS_LOOKUPS 1000000L
#define MAX_PASSES 99

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static double median(const double *v, int n) {
    double s[MAX_PASSES];
    memcpy(s, v, sizeof(double) * (size_t)n);
    qsort(s, (size_t)n, sizeof(double), cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
static double minimum(const double *v, int n) {
    double m = v[0];
    for (int i = 1; i < n; i++) m = v[i] < m ? v[i] : m;
    return m;
}

/* The sum a pass starting at `from` must find (values are index + 1). */
static int64_t expected_sum(const keyset *k, long from, long count) {
    int64_t sum = 0;
    for (long j = from, left = count; left > 0; left--, j = j + 1 < k->n ? j + 1 : 0)
        sum += order(j, k->n) + 1;
    return sum;
}

static int run_pair(const keyset *k, const char *kind, int passes) {
    GHashTable *h = glib_new(k);
    gm_map *m = gomem_new(k);
    glib_fill(h, k);
    gomem_fill(m, k);
    double tg[MAX_PASSES], tl[MAX_PASSES], ratio[MAX_PASSES];
    for (int p = 0; p < passes; p++) {
        long from = (long)p * PASS_LOOKUPS % k->n;
        int64_t want = expected_sum(k, from, PASS_LOOKUPS);
        /* alternate which goes first, so neither always follows the other */
        for (int turn = 0; turn < 2; turn++) {
            bool gomem_now = (turn == 0) == (p % 2 == 0);
            double t = now();
            int64_t got = gomem_now ? gomem_lookups(m, k, from, PASS_LOOKUPS)
                                    : glib_lookups(h, k, from, PASS_LOOKUPS);
            double ns = (now() - t) / (double)PASS_LOOKUPS;
            if (got != want) {
                fprintf(stderr, "map_bench: wrong lookup sum (%s)\n", gomem_now ? "gomem" : "glib");
                return 1;
            }
            *(gomem_now ? &tg[p] : &tl[p]) = ns;
        }
        ratio[p] = tg[p] / tl[p];
    }
    printf("pair %s %ld gomem min %.1f med %.1f glib min %.1f med %.1f ratio_min %.2f ratio_med %.2f\n",
           kind, k->n, minimum(tg, passes), median(tg, passes), minimum(tl, passes),
           median(tl, passes), minimum(tg, passes) / minimum(tl, passes), median(ratio, passes));
    g_hash_table_destroy(h);
    return 0;
}

/* ---- map_bench growth: the longest single insert ---- */

static double wall_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int run_growth(const char *impl, long n) {
    bool glib = strcmp(impl, "glib") == 0, ptr = strcmp(impl, "gomem-ptr") == 0;
    GHashTable *h = glib ? g_hash_table_new(g_direct_hash, g_direct_equal) : NULL;
    gm_map *m = glib ? NULL
                     : gm_make_map(&gm_type_int64, ptr ? gm_type_pointer_to(&gm_type_int64)
                                                       : &gm_type_int64, 0);
    double worst = 0, start = wall_now();
    for (long i = 0; i < n; i++) {
        int64_t k = key_of(i), v = i + 1;
        void *p = ptr ? gm_alloc_noscan(sizeof(int64_t)) : NULL;
        double t = wall_now();
        if (glib)
            g_hash_table_insert(h, GSIZE_TO_POINTER(k), GSIZE_TO_POINTER(v));
        else
            gm_map_set(m, &k, ptr ? (void *)&p : (void *)&v);
        t = wall_now() - t;
        worst = t > worst ? t : worst;
    }
    long len = glib ? (long)g_hash_table_size(h) : (long)gm_map_len(m);
    if (len != n) {
        fprintf(stderr, "map_bench: %ld entries, want %ld\n", len, n);
        return 1;
    }
    printf("growth %s %ld longest_insert_ms %.3f total_s %.3f\n", impl, n, worst / 1e6,
           (wall_now() - start) / 1e9);
    if (h)
        g_hash_table_destroy(h);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: map_bench gomem|glib|pair|growth int|str|IMPL N [PASSES]\n");
        return 2;
    }
    bool str = strcmp(argv[2], "str") == 0;
    long n = atol(argv[3]);
    if (n < 1) {
        fprintf(stderr, "map_bench: N must be positive\n");
        return 2;
    }
    gm_init();
    if (strcmp(argv[1], "growth") == 0)
        return run_growth(argv[2], n);
    keyset k = make_keys(str, n);
    if (strcmp(argv[1], "pair") == 0) {
        int passes = argc > 4 ? atoi(argv[4]) : 21;
        passes = passes < 1 ? 1 : passes > MAX_PASSES ? MAX_PASSES : passes;
        return run_pair(&k, argv[2], passes);
    }
    return run_one(strcmp(argv[1], "glib") == 0, &k, argv[1], argv[2]);
}
