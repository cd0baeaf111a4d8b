/*
 * memstats.c — gm_read_memstats sanity, Go's MemStats invariants:
 * mallocs ≥ frees, heap_objects = mallocs − frees, alloc = heap_alloc ≤
 * heap_inuse ≤ heap_sys ≤ sys, heap_released ≤ heap_idle, heap_sys =
 * heap_inuse + heap_idle; counters grow by what the test allocates;
 * num_gc and num_forced_gc grow on gm_gc, the pause ring is filled at
 * [(num_gc+255)%256], pause_total_ns and last_gc move, next_gc ≥ heap_alloc
 * after a collection, heap_alloc drops when garbage is collected.
 */
#include "testutil.h"

static void *live[1000];

static void check_invariants(const gm_memstats *s, const char *when) {
    CHECK_MSG(s->mallocs >= s->frees, "%s: mallocs %llu frees %llu", when,
              (unsigned long long)s->mallocs, (unsigned long long)s->frees);
    CHECK_MSG(s->heap_objects == s->mallocs - s->frees, "%s: heap_objects %llu, mallocs-frees %llu",
              when, (unsigned long long)s->heap_objects, (unsigned long long)(s->mallocs - s->frees));
    CHECK_EQ(s->alloc, s->heap_alloc);
    CHECK_ULE(s->heap_alloc, s->heap_inuse);
    CHECK_ULE(s->heap_inuse, s->heap_sys);
    CHECK_ULE(s->heap_sys, s->sys);
    CHECK_EQ(s->heap_sys, s->heap_inuse + s->heap_idle);
    CHECK_ULE(s->heap_released, s->heap_idle);
    CHECK_ULE(s->alloc, s->total_alloc);
    CHECK_EQ(s->lookups, 0);
    CHECK_ULE(s->num_forced_gc, s->num_gc);
    CHECK(s->gc_cpu_fraction >= 0.0 && s->gc_cpu_fraction <= 1.0);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    gm_memstats s0, s1, s2, s3;

    gm_read_memstats(&s0);
    check_invariants(&s0, "at start");
    CHECK(s0.enable_gc);   /* the test runs with GOGC unset */

    /* Allocate 1000 objects of 1000 bytes, keep them. */
    for (int i = 0; i < 1000; i++) gm_store(&live[i], gm_alloc(1000));
    gm_read_memstats(&s1);
    check_invariants(&s1, "after allocating");
    CHECK_UGE(s1.mallocs - s0.mallocs, 1000);
    CHECK_UGE(s1.total_alloc - s0.total_alloc, 1000u * 1000);
    CHECK_UGE(s1.heap_objects, 1000);
    CHECK_UGE(s1.heap_alloc, 1000u * 1000);
    CHECK_UGE(s1.heap_inuse, 1000u * 1000);

    /* gm_gc: counters, pause ring, last_gc, next_gc. */
    int64_t t0 = wall_ns();
    collect();
    int64_t t1 = wall_ns();
    gm_read_memstats(&s2);
    check_invariants(&s2, "after gm_gc");
    CHECK_GE(s2.num_gc, s1.num_gc + 1);
    CHECK_GE(s2.num_forced_gc, s1.num_forced_gc + 1);
    CHECK_GT(s2.pause_total_ns, s1.pause_total_ns);
    CHECK_GT(s2.pause_ns[(s2.num_gc + 255) % 256], 0);
    CHECK_ULE(s2.pause_ns[(s2.num_gc + 255) % 256], s2.pause_total_ns);
    uint64_t pend = s2.pause_end[(s2.num_gc + 255) % 256];
    CHECK_MSG(pend >= (uint64_t)t0 - 1000000000ull && pend <= (uint64_t)t1 + 1000000000ull,
              "pause_end %llu outside [%lld, %lld]", (unsigned long long)pend, (long long)t0,
              (long long)t1);
    CHECK_MSG(s2.last_gc >= (uint64_t)t0 - 1000000000ull && s2.last_gc <= (uint64_t)t1 + 1000000000ull,
              "last_gc %llu outside [%lld, %lld]", (unsigned long long)s2.last_gc, (long long)t0,
              (long long)t1);
    CHECK_UGE(s2.next_gc, s2.heap_alloc);
    CHECK_UGE(s2.heap_alloc, 1000u * 1000);    /* the live objects stayed */
    for (int i = 0; i < 1000; i++) CHECK(gm_test_is_allocated(live[i]));

    /* Several collections: each one adds a pause to the ring. */
    for (int i = 0; i < 5; i++) collect();
    gm_read_memstats(&s3);
    check_invariants(&s3, "after 5 more");
    CHECK_GE(s3.num_gc, s2.num_gc + 5);
    CHECK_GE(s3.num_forced_gc, s2.num_forced_gc + 5);
    for (uint32_t g = s3.num_gc - 4; g <= s3.num_gc; g++)
        CHECK_MSG(s3.pause_end[(g + 255) % 256] > 0, "pause_end of cycle %u", g);
    CHECK(s3.pause_end[(s3.num_gc + 255) % 256] >= s3.pause_end[(s3.num_gc + 254) % 256]);

    /* Drop the live set: heap_alloc falls, frees grow by about 1000. */
    memset(live, 0, sizeof live);
    collect();
    gm_read_memstats(&s1);
    check_invariants(&s1, "after dropping");
    CHECK_UGE(s1.frees - s3.frees, 950);
    CHECK_LT(s1.heap_alloc + 900u * 1000, s3.heap_alloc);
    CHECK_UGE(s1.next_gc, s1.heap_alloc);
    /* Go's minimum heap goal is 4 MiB; do not demand exactly that. */
    CHECK_GT(s1.next_gc, 0);

    /* Garbage without gm_gc: automatic collections happen (GOGC=100). */
    for (int i = 0; i < 64 * 1024; i++) (void)gm_alloc(1024);
    gm_read_memstats(&s2);
    check_invariants(&s2, "after 64 MiB of garbage");
    CHECK_GT(s2.num_gc, s1.num_gc);
    CHECK_EQ(s2.num_forced_gc, s1.num_forced_gc);
    CHECK_UGE(s2.total_alloc - s1.total_alloc, 64u << 20);
    CHECK_ULE(s2.heap_sys, 48u << 20);

    /* The 61 by_size entries: sizes increase, counts are consistent. */
    for (int i = 0; i < 61; i++) {
        CHECK_UGE(s2.by_size[i].mallocs, s2.by_size[i].frees);
        if (i > 1 && s2.by_size[i].size) CHECK_GT(s2.by_size[i].size, s2.by_size[i - 1].size);
    }
    return check_done();
}
