/*
 * gogc.c — GOGC and gm_set_gc_percent.
 *   (no argument)  gm_set_gc_percent returns the previous setting; with GOGC
 *                  at 50 a program allocating the same garbage over the same
 *                  live heap collects more often than at 200; a negative
 *                  setting stops automatic collections, gm_gc still works.
 *   off            run with GOGC=off in the environment: no automatic
 *                  collection while allocating 16 times the default goal,
 *                  enable_gc is false, the setting reads back negative,
 *                  gm_gc works, turning GOGC back on restores collections.
 *   env50          run with GOGC=50: the setting reads back 50.
 * Collection counts for automatic triggers are compared, never asserted
 * exactly.
 */
#include "testutil.h"

enum { LIVE = 4 << 20, GARBAGE = 128 << 20, OBJ = 512 };
static void **live_set;

static void build_live(void) {
    gm_store((void **)&live_set, gm_alloc(sizeof(void *) * (LIVE / OBJ)));
    for (int i = 0; i < LIVE / OBJ; i++) gm_store(&live_set[i], gm_alloc(OBJ));
}

/* Allocate bytes of garbage; return how many cycles ran meanwhile. */
NOINLINE static uint32_t churn(size_t bytes) {
    gm_memstats a, b;
    gm_read_memstats(&a);
    for (size_t done = 0; done < bytes; done += OBJ) {
        char *p = gm_alloc(OBJ);
        p[0] = 1;
    }
    gm_read_memstats(&b);
    return b.num_gc - a.num_gc;
}

static int mode_default(void) {
    const char *env = getenv("GOGC");
    int start = gm_set_gc_percent(50);
    if (!env || !*env) CHECK_EQ(start, 100);
    CHECK_EQ(gm_set_gc_percent(200), 50);
    CHECK_EQ(gm_set_gc_percent(50), 200);

    build_live();
    collect();
    uint32_t n50 = churn(GARBAGE);
    CHECK_EQ(gm_set_gc_percent(200), 50);
    collect();
    uint32_t n200 = churn(GARBAGE);
    printf("cycles while allocating %d MiB over %d MiB live: GOGC=50: %u, GOGC=200: %u\n",
           GARBAGE >> 20, LIVE >> 20, n50, n200);
    CHECK_GT(n200, 0);
    CHECK_GT(n50, n200);

    /* Off: no automatic cycles; gm_gc still collects. */
    CHECK_EQ(gm_set_gc_percent(-1), 200);
    collect();
    uint32_t noff = churn(GARBAGE / 4);
    CHECK_EQ(noff, 0);
    gm_memstats s;
    gm_read_memstats(&s);
    CHECK(!s.enable_gc);
    uint32_t before = s.num_gc;
    collect();
    gm_read_memstats(&s);
    CHECK_GE(s.num_gc, before + 1);
    CHECK_LT(gm_set_gc_percent(100), 0);
    gm_read_memstats(&s);
    CHECK(s.enable_gc);
    CHECK_GT(churn(GARBAGE / 4), 0);
    for (int i = 0; i < LIVE / OBJ; i++) CHECK(gm_test_is_allocated(live_set[i]));
    return check_done();
}

static int mode_off(void) {
    gm_memstats s;
    gm_read_memstats(&s);
    CHECK(!s.enable_gc);
    build_live();
    uint32_t n = churn(GARBAGE / 2);
    CHECK_EQ(n, 0);
    gm_read_memstats(&s);
    CHECK_EQ(s.num_gc, 0);
    CHECK_UGE(s.total_alloc, GARBAGE / 2);
    CHECK(!s.enable_gc);
    /* gm_gc is a forced cycle and runs even when GOGC=off. */
    collect();
    gm_read_memstats(&s);
    CHECK_EQ(s.num_gc, 1);
    CHECK_EQ(s.num_forced_gc, 1);
    CHECK_ULE(s.heap_alloc, LIVE + (8u << 20));
    CHECK_EQ(churn(GARBAGE / 4), 0);
    CHECK_LT(gm_set_gc_percent(100), 0);
    CHECK_GT(churn(GARBAGE / 4), 0);
    for (int i = 0; i < LIVE / OBJ; i++) CHECK(gm_test_is_allocated(live_set[i]));
    return check_done();
}

static int mode_env50(void) {
    CHECK_EQ(gm_set_gc_percent(100), 50);
    CHECK_EQ(gm_set_gc_percent(100), 100);
    return check_done();
}

int main(int argc, char **argv) {
    check_set_name(argv[0]);
    gm_init();
    if (argc > 1 && strcmp(argv[1], "off") == 0) return mode_off();
    if (argc > 1 && strcmp(argv[1], "env50") == 0) return mode_env50();
    return mode_default();
}
