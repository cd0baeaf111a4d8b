/*
 * memlimit.c — GOMEMLIMIT is honoured while the live heap fits.
 *
 * Run with GOGC=off and GOMEMLIMIT=96MiB (set by CTest): without the limit
 * the heap would grow without bound.  The program keeps 24 MiB live and
 * allocates 1 GiB of garbage in objects of many sizes; its resident set
 * (from /proc/self/statm), sampled throughout, must stay within 1.25 × the
 * limit, cycles must have run, and the live data must be intact.  Also
 * checks that gm_set_memory_limit reads back and sets the limit.
 */
#include "gc_test.h"
#include <string.h>
#include <unistd.h>

static long rss_bytes(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, rss = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = 0;
        fclose(f);
    }
    return rss * sysconf(_SC_PAGESIZE);
}

int main(void) {
    gm_init();
    int64_t limit = gm_set_memory_limit(-1);
    CHECK(limit == 96 << 20, "GOMEMLIMIT=96MiB reads back as %lld", (long long)limit);
    enum { CHUNK = 4096, NLIVE = (24 << 20) / CHUNK };
    char **live = gm_alloc(sizeof(char *) * NLIVE);
    for (int i = 0; i < NLIVE; i++) {
        char *p = gm_alloc_noscan(CHUNK);
        memset(p, i & 0xff, CHUNK);
        gm_store((void **)&live[i], p);
    }
    uint64_t seed = 42;
    long max_rss = 0;
    size_t done = 0;
    while (done < ((size_t)1 << 30)) {
        size_t n = 16 + gc_test_rand(&seed) % 100000;
        char *g = (gc_test_rand(&seed) & 1) ? gm_alloc(n) : gm_alloc_noscan(n);
        g[0] = 1;
        done += n;
        if ((done >> 20) % 8 == 0) {
            long r = rss_bytes();
            if (r > max_rss) max_rss = r;
        }
    }
    gm_memstats ms;
    gm_read_memstats(&ms);
    for (int i = 0; i < NLIVE; i++)
        CHECK((unsigned char)live[i][CHUNK - 1] == (i & 0xff), "live chunk %d corrupted", i);
    printf("limit %lld MiB: %u cycles, peak RSS %.1f MiB, heap_released %.1f MiB\n",
           (long long)(limit >> 20), ms.num_gc, max_rss / 1048576.0, ms.heap_released / 1048576.0);
    CHECK(ms.num_gc > 3, "only %u cycles under the limit with GOGC=off", ms.num_gc);
    CHECK(max_rss <= limit + limit / 4, "peak RSS %.1f MiB over 1.25 x the limit",
          max_rss / 1048576.0);
    CHECK(gm_set_memory_limit(128 << 20) == limit, "set returns the previous limit");
    CHECK(gm_set_memory_limit(-1) == 128 << 20, "the new limit reads back");
    return 0;
}
