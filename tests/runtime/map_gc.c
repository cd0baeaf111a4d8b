/*
 * map_gc.c — maps and slices across many collections: values survive
 * (payload patterns intact after every gm_gc), garbage goes (deleted
 * values and dropped slices are freed), a churning map keeps the heap
 * bounded, a finished iteration keeps no table alive, a migration that
 * stalls keeps no deleted value alive, and a map grown while the
 * collector marks keeps every entry.
 * SCALE multiplies the sizes.  Also registered with GODEBUG=gccheckmark=1.
 */
#include "make_check.h"

#define PAYLOAD 48

static void *payload(uint64_t seed) {
    void *p = gm_alloc_noscan(PAYLOAD);
    fill_pattern(p, PAYLOAD, seed);
    return p;
}

/* map[int]*payload under churn: delete a quarter, insert as many, collect. */
NOINLINE static void churn_map(long scale) {
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint8);
    intptr_t n = 20000 * scale;
    gm_map *m = gm_make_map(&gm_type_int, pt, 0);
    intptr_t next = 0;
    for (; next < n; next++) {
        void *p = payload((uint64_t)next);
        gm_map_set(m, &next, &p);
    }
    size_t ngarbage = 0, cap = (size_t)n * 3;
    uintptr_t *garbage = malloc(cap * sizeof *garbage);
    gm_memstats ms;
    uint64_t heap_early = 0;
    for (int round = 0; round < 12; round++) {
        for (intptr_t k = next - n; k < next - n + n / 4; k++) gm_map_delete(m, &k);
        for (intptr_t j = 0; j < n / 4; j++, next++) {
            void *p = payload((uint64_t)next);
            gm_map_set(m, &next, &p);
        }
        collect();
        CHECK_EQ(gm_map_len(m), n);
        gm_map_iter it;
        void *kp, *vp;
        intptr_t seen = 0;
        gm_map_iter_init(&it, m);
        while (gm_map_next(&it, &kp, &vp)) {
            intptr_t k = *(intptr_t *)kp;
            if (!pattern_ok(*(void **)vp, PAYLOAD, (uint64_t)k))
                CHECK_MSG(0, "payload of key %jd corrupted after %d collections", (intmax_t)k, round);
            seen++;
        }
        CHECK_EQ(seen, n);
        gm_read_memstats(&ms);
        if (round == 3) heap_early = ms.heap_alloc;
    }
    collect();
    gm_read_memstats(&ms);
    CHECK_MSG(ms.heap_alloc <= heap_early * 2 + (1 << 20), "heap grew: %ju -> %ju",
              (uintmax_t)heap_early, (uintmax_t)ms.heap_alloc);
    /* Garbage goes: delete half the entries (no allocation after that,
     * so no freed slot is reused before we look), collect, count. */
    for (intptr_t k = next - n; k < next - n / 2; k++) {
        bool ok;
        void **pp = gm_map_get(m, &k, &ok);
        CHECK(ok);
        if (ngarbage < cap) garbage[ngarbage++] = HIDE(*pp);
        gm_map_delete(m, &k);
    }
    collect();
    size_t live = count_allocated(garbage, ngarbage);
    CHECK_MSG(live <= ngarbage / 50 + 8, "%zu of %zu deleted values still allocated", live,
              ngarbage);
    free(garbage);
}

/* An iteration that began during a migration and ran to its end keeps no
 * table alive: the iterator stays in this frame (a conservative root), the
 * entries are then deleted (which finishes the migration), and their
 * values must go.  Before iterators dropped their tables at the end, the
 * frozen old table, holding every value, stayed reachable through
 * it.skip.  7200 entries: the 8192-slot table filled at 7168 and its
 * 1024 groups are still moving. */
NOINLINE static void finished_iteration_retains_nothing(void) {
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint8);
    enum { N = 7200 };
    int prev = gc_pause();
    gm_map *m = gm_make_map(&gm_type_int, pt, 0);
    uintptr_t *hidden = malloc(N * sizeof *hidden);
    for (intptr_t k = 0; k < N; k++) {
        void *p = payload((uint64_t)k);
        hidden[k] = HIDE(p);
        gm_map_set(m, &k, &p);
    }
    volatile gm_map_iter it;
    void *kp, *vp;
    intptr_t seen = 0;
    gm_map_iter_init((gm_map_iter *)&it, m);
    while (gm_map_next((gm_map_iter *)&it, &kp, &vp)) seen++;
    CHECK_EQ(seen, N);
    for (intptr_t k = 0; k < N; k++) gm_map_delete(m, &k);
    CHECK_EQ(gm_map_len(m), 0);
    collect();
    size_t live = count_allocated(hidden, N);
    CHECK_MSG(live <= N / 50 + 8, "%zu of %d values deleted after a finished iteration still allocated",
              live, (int)N);
    CHECK(!gm_map_next((gm_map_iter *)&it, &kp, &vp));   /* it stays in the frame until here */
    gc_resume(prev);
    free(hidden);
}

/* A map whose writes stop in the middle of a migration keeps its old
 * table, but not the values deleted or overwritten since the migration
 * began: moving a group clears its values in old.  7200 entries start a
 * migration of 1024 groups (about 100 moved); 60 deletes and 60
 * overwrites move at most 360 more, so it is still under way when the
 * values are counted. */
NOINLINE static void stalled_migration_drops_values(void) {
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint8);
    enum { N = 7200, CHANGED = 60 };
    int prev = gc_pause();
    gm_map *m = gm_make_map(&gm_type_int, pt, 0);
    for (intptr_t k = 0; k < N; k++) {
        void *p = payload((uint64_t)k);
        gm_map_set(m, &k, &p);
    }
    uintptr_t gone[2 * CHANGED];
    for (intptr_t i = 0; i < CHANGED; i++) {
        intptr_t del = i * 97, upd = i * 97 + 13;
        bool ok;
        gone[2 * i] = HIDE(*(void **)gm_map_get(m, &del, &ok));
        gone[2 * i + 1] = HIDE(*(void **)gm_map_get(m, &upd, &ok));
        gm_map_delete(m, &del);
        void *p = payload((uint64_t)upd + 1000000);
        gm_map_set(m, &upd, &p);
    }
    collect();
    size_t live = count_allocated(gone, 2 * CHANGED);
    CHECK_MSG(live <= 4, "%zu of %d deleted or overwritten values still allocated", live,
              2 * CHANGED);
    intptr_t seen = 0;
    gm_map_iter it;
    void *kp, *vp;
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &kp, &vp)) {
        intptr_t k = *(intptr_t *)kp;
        bool upd = k % 97 == 13 && k / 97 < CHANGED;
        if (!pattern_ok(*(void **)vp, PAYLOAD, (uint64_t)k + (upd ? 1000000 : 0)))
            CHECK_MSG(0, "value of key %jd during the stalled migration", (intmax_t)k);
        seen++;
    }
    CHECK_EQ(seen, N - CHANGED);
    for (intptr_t k = 0; k < N; k++) {
        bool ok;
        void **pp = gm_map_get(m, &k, &ok);
        bool deleted = k % 97 == 0 && k / 97 < CHANGED;
        bool upd = k % 97 == 13 && k / 97 < CHANGED;
        if (ok == deleted || (ok && !pattern_ok(*pp, PAYLOAD, (uint64_t)k + (upd ? 1000000 : 0))))
            CHECK_MSG(0, "key %jd after the stalled migration: ok=%d", (intmax_t)k, ok);
    }
    CHECK_GT(verify_heap(), 0);
    gc_resume(prev);
}

/* map[string]string built and checked across collections. */
NOINLINE static void string_map(long scale) {
    gm_map *m = gm_make_map(&gm_type_string, &gm_type_string, 0);
    int n = 3000 * (int)scale;
    char kb[32], vb[48];
    for (int i = 0; i < n; i++) {
        snprintf(kb, sizeof kb, "k%d", i);
        snprintf(vb, sizeof vb, "value number %d", i * 7);
        gm_string k = gm_string_from_cstr(kb), v = gm_string_from_cstr(vb);
        gm_map_set(m, &k, &v);
        if (i % 1000 == 0) collect();
    }
    collect();
    collect();
    for (int i = 0; i < n; i++) {
        snprintf(kb, sizeof kb, "k%d", i);
        snprintf(vb, sizeof vb, "value number %d", i * 7);
        gm_string k = {(const uint8_t *)kb, (intptr_t)strlen(kb)};
        bool ok;
        gm_string *v = gm_map_get(m, &k, &ok);
        CHECK(ok);
        if (!gm_string_equal(*v, gm_string_from_cstr(vb))) CHECK_MSG(0, "%s", kb);
    }
}

/* map[string]*payload grown through every table size while collections
 * run (GOGC=5: cycles start during the inserts, so tables are rebuilt,
 * migrations move groups, and slots are copied and cleared while the
 * collector marks): every key and payload survives intact, and the heap
 * verifies. */
NOINLINE static void growth_while_marking(long scale) {
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint8);
    gm_map *m = gm_make_map(&gm_type_string, pt, 0);
    int n = 60000 * (int)scale;
    char kb[32];
    gm_memstats ms;
    gm_read_memstats(&ms);
    uint32_t gc0 = ms.num_gc;
    int old = gm_set_gc_percent(5);
    for (int i = 0; i < n; i++) {
        snprintf(kb, sizeof kb, "key-%d", i);
        gm_string k = gm_string_from_cstr(kb);
        void *p = payload((uint64_t)i);
        gm_map_set(m, &k, &p);
        if (i % 3 == 2) {          /* deletes clear slots while marking too */
            snprintf(kb, sizeof kb, "key-%d", i - 1);
            gm_string d = {(const uint8_t *)kb, (intptr_t)strlen(kb)};
            gm_map_delete(m, &d);
        }
    }
    gm_set_gc_percent(old);
    gm_read_memstats(&ms);
    CHECK_MSG(ms.num_gc >= gc0 + 3, "only %u collections during the growth", ms.num_gc - gc0);
    collect();
    CHECK_EQ(gm_map_len(m), n - n / 3);
    for (int i = 0; i < n; i++) {
        snprintf(kb, sizeof kb, "key-%d", i);
        gm_string k = {(const uint8_t *)kb, (intptr_t)strlen(kb)};
        bool ok;
        void **pp = gm_map_get(m, &k, &ok);
        bool deleted = i % 3 == 1 && i + 1 < n;
        if (ok == deleted) CHECK_MSG(0, "%s: ok=%d", kb, ok);
        if (ok && !pattern_ok(*pp, PAYLOAD, (uint64_t)i)) CHECK_MSG(0, "payload of %s", kb);
    }
    CHECK_GT(verify_heap(), 0);
}

/* A slice of pointers grown by append across collections, then dropped. */
NOINLINE static void build_slice(long scale, uintptr_t *hidden, size_t *nh) {
    gm_slice s = {0};
    intptr_t n = 20000 * scale;
    for (intptr_t i = 0; i < n; i++) {
        void *p = payload((uint64_t)i + 77);
        s = gm_append(&gm_type_pointer, s, &p, 1);
        if (i % 4096 == 0) collect();
        if ((size_t)i < *nh) hidden[i] = HIDE(p);
    }
    collect();
    for (intptr_t i = 0; i < n; i++)
        if (!pattern_ok(GM_AT(void *, s, i), PAYLOAD, (uint64_t)i + 77))
            CHECK_MSG(0, "element %jd", (intmax_t)i);
    if ((size_t)n < *nh) *nh = (size_t)n;
}

static void slices(long scale) {
    size_t nh = 4096;
    uintptr_t *hidden = malloc(nh * sizeof *hidden);
    build_slice(scale, hidden, &nh);
    collect();
    collect();
    size_t live = count_allocated(hidden, nh);
    CHECK_MSG(live <= nh / 50 + 8, "%zu of %zu dropped elements still allocated", live, nh);
    free(hidden);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    watchdog(100);
    gm_init();
    long scale = env_long("SCALE", 1);
    churn_map(scale);
    finished_iteration_retains_nothing();
    stalled_migration_drops_values();
    string_map(scale);
    growth_while_marking(scale);
    slices(scale);
    return check_done();
}
