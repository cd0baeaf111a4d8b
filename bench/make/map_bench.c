/*
 * map_bench.c — map insert / lookup / delete, int64 and string keys, on
 * gomem's map or GLib's GHashTable (the same keys, the same order).
 *
 * usage: map_bench gomem|glib int|str N
 * prints: <impl> <keys> <N> insert <ns/op> lookup <ns/op> delete <ns/op>
 * Inserts and deletes are repeated (fresh maps) until 1e6 have been timed,
 * lookups until 4e6.  Times are process CPU time (all threads, the
 * collector's included), robust against other load on the machine.  Keys: int64
 * k_i = i * 0x9E3779B97F4A7C15 (spread over 64 bits), strings "key-<k_i>".
 * Lookups go in a pseudo-random order.  Values are int64.  GLib uses g_direct_hash (int keys stored in the
 * pointer itself: its fastest mode) and g_str_hash.
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

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: map_bench gomem|glib int|str N\n");
        return 2;
    }
    bool glib = strcmp(argv[1], "glib") == 0, str = strcmp(argv[2], "str") == 0;
    long n = atol(argv[3]);
    long rounds = 4000000 / n > 1 ? 4000000 / n : 1;
    gm_init();
    int64_t *ikeys = malloc(sizeof(int64_t) * (size_t)n);
    char **ckeys = NULL;
    gm_string *skeys = NULL;
    for (long i = 0; i < n; i++) ikeys[i] = key_of(i);
    if (str) {
        ckeys = malloc(sizeof(char *) * (size_t)n);
        skeys = malloc(sizeof(gm_string) * (size_t)n);
        for (long i = 0; i < n; i++) {
            char buf[40];
            int len = snprintf(buf, sizeof buf, "key-%lld", (long long)ikeys[i]);
            ckeys[i] = strdup(buf);
            skeys[i] = (gm_string){(const uint8_t *)ckeys[i], len};
        }
    }
    long reps = 1000000 / n > 1 ? 1000000 / n : 1;
    double tins = 0, tlook = 0, tdel = 0, t;
    int64_t sum = 0;
    for (long rep = 0; rep < reps; rep++) {
        bool last = rep == reps - 1;
        if (glib) {
            GHashTable *h = str ? g_hash_table_new(g_str_hash, g_str_equal)
                                : g_hash_table_new(g_direct_hash, g_direct_equal);
            t = now();
            for (long i = 0; i < n; i++)
                g_hash_table_insert(h, str ? (gpointer)ckeys[i] : GSIZE_TO_POINTER(ikeys[i]),
                                    GSIZE_TO_POINTER(i + 1));
            tins += now() - t;
            t = now();
            for (long r = 0; last && r < rounds; r++)
                for (long j = 0; j < n; j++) {
                    long i = order(j, n);
                    sum += (int64_t)GPOINTER_TO_SIZE(g_hash_table_lookup(
                        h, str ? (gpointer)ckeys[i] : GSIZE_TO_POINTER(ikeys[i])));
                }
            tlook += now() - t;
            t = now();
            for (long i = 0; i < n; i++)
                g_hash_table_remove(h, str ? (gpointer)ckeys[i] : GSIZE_TO_POINTER(ikeys[i]));
            tdel += now() - t;
            g_hash_table_destroy(h);
        } else {
            gm_map *m = gm_make_map(str ? &gm_type_string : &gm_type_int64, &gm_type_int64, 0);
            t = now();
            for (long i = 0; i < n; i++) {
                int64_t v = i + 1;
                gm_map_set(m, str ? (void *)&skeys[i] : (void *)&ikeys[i], &v);
            }
            tins += now() - t;
            t = now();
            for (long r = 0; last && r < rounds; r++)
                for (long j = 0; j < n; j++) {
                    long i = order(j, n);
                    sum += *(int64_t *)gm_map_get(m, str ? (void *)&skeys[i] : (void *)&ikeys[i],
                                                  NULL);
                }
            tlook += now() - t;
            t = now();
            for (long i = 0; i < n; i++)
                gm_map_delete(m, str ? (void *)&skeys[i] : (void *)&ikeys[i]);
            tdel += now() - t;
            if (gm_map_len(m) != 0) return 1;
        }
    }
    if (sum != (int64_t)rounds * n * (n + 1) / 2) {
        fprintf(stderr, "map_bench: wrong lookup sum\n");
        return 1;
    }
    sink = sum;
    printf("%s %s %ld insert %.1f lookup %.1f delete %.1f\n", argv[1], argv[2], n,
           tins / ((double)n * (double)reps), tlook / ((double)n * (double)rounds),
           tdel / ((double)n * (double)reps));
    return 0;
}
