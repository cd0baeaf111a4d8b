/*
 * memlimit_spiral.c — a memory limit that cannot be kept does not stall
 * the program (Go's "death spiral", issue 58106).
 *
 * Run with GOGC=off and GOMEMLIMIT=32MiB (set by CTest) while keeping
 * 48 MiB of pointer-rich data live: the limit cannot be kept.  Without the
 * CPU limiter every allocation after the first cycles waits for a full
 * mark of the live heap, thousands of cycles back to back.  With it the
 * collector gives way at 50% of the time and the heap grows past the
 * limit: the program must finish with a bounded number of cycles, its
 * data intact.
 */
#include "gc_test.h"

int main(void) {
    gm_init();
    enum { N = (48 << 20) / 4096 };
    void ***live = gm_alloc(sizeof(void **) * N);
    for (int i = 0; i < N; i++) {
        void **chunk = gm_alloc(4096);
        for (int k = 0; k < 512; k += 8) gm_store(&chunk[k], gm_alloc(48));
        gm_store((void **)&live[i], chunk);
    }
    for (long i = 0; i < 2000000; i++) {
        char *p = gm_alloc(256);
        p[0] = 1;
    }
    gm_memstats ms;
    gm_read_memstats(&ms);
    for (int i = 0; i < N; i++)
        for (int k = 0; k < 512; k += 8)
            CHECK(live[i][k] != NULL, "live pointer %d/%d lost", i, k);
    printf("%u cycles with a 32 MiB limit and 48 MiB live, heap_sys %.0f MiB\n", ms.num_gc,
           ms.heap_sys / 1048576.0);
    CHECK(ms.num_gc < 1000, "%u cycles: the collector did not give way", ms.num_gc);
    CHECK(ms.heap_sys > (32u << 20), "the heap stayed under an impossible limit?");
    return 0;
}
