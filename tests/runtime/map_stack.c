/*
 * map_stack.c — maps in caller storage (gm_map_init: gc's stack maps).
 * Checks every operation on a map whose first table is in the storage
 * (and that they allocate nothing), growth from that table to heap tables
 * with an iteration running across it, values reachable only through a
 * map in storage surviving collections (in the storage's table and in heap
 * tables the storage alone points to), the hints that keep the first table
 * in the storage (0, 8) or not (9, 1000), slots too big for the storage
 * (tables in the heap), storage reused for new maps as a loop reuses it,
 * and maps in storage filled and grown while the collector marks.
 * Also registered with GODEBUG=gccheckmark=1.
 */
#include "make_check.h"

#define PAYLOAD 64

static void *payload(uint64_t seed) {
    void *p = gm_alloc_noscan(PAYLOAD);
    fill_pattern(p, PAYLOAD, seed);
    return p;
}

static bool in_storage(const gm_map_storage *s, const void *p) {
    const unsigned char *c = p;
    return c >= s->bytes && c < s->bytes + sizeof s->bytes;
}

static uint64_t heap_mallocs(void) {
    gm_memstats ms;
    gm_read_memstats(&ms);
    return ms.mallocs;
}

/* Iterate m: each key below nkeys produced at most once, counted in seen;
 * returns the number of entries, checking that each value is key * mul. */
static intptr_t iterate_ints(gm_map *m, bool *seen, intptr_t nkeys, intptr_t mul) {
    gm_map_iter it;
    void *kp, *vp;
    intptr_t n = 0;
    memset(seen, 0, (size_t)nkeys);
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &kp, &vp)) {
        intptr_t k = *(intptr_t *)kp;
        CHECK(k >= 0 && k < nkeys && !seen[k]);
        CHECK_EQ(*(intptr_t *)vp, k * mul);
        seen[k] = true;
        n++;
    }
    return n;
}

/* set, get (hit and miss), assign, delete, len, iterate and clear on a
 * map[int]int whose table is the storage's: no heap allocation at all
 * until the clear, after which the next table is in the heap. */
NOINLINE static void ops_in_storage(void) {
    gm_map_storage s;
    memset(&s, 0xAB, sizeof s);             /* gm_map_init owns every byte */
    uint64_t before = heap_mallocs();
    gm_map *m = gm_map_init(&s, &gm_type_int, &gm_type_int, 0);
    CHECK(in_storage(&s, m));
    CHECK_EQ(gm_map_len(m), 0);
    for (intptr_t k = 0; k < 7; k++) {
        intptr_t v = k * 10;
        gm_map_set(m, &k, &v);
    }
    CHECK_EQ(gm_map_len(m), 7);
    for (intptr_t k = 0; k < 7; k++) {
        bool ok;
        intptr_t *v = gm_map_get(m, &k, &ok);
        CHECK(ok);
        CHECK_EQ(*v, k * 10);
        CHECK(in_storage(&s, v));
    }
    bool ok = true;
    intptr_t absent = 100;
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &absent, &ok), 0);
    CHECK(!ok);
    intptr_t k5 = 5, k3 = 3;
    *(intptr_t *)gm_map_assign(m, &k5) += 1;
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &k5, NULL), 51);
    *(intptr_t *)gm_map_assign(m, &k5) -= 1;
    gm_map_delete(m, &k3);
    gm_map_delete(m, &absent);
    CHECK_EQ(gm_map_len(m), 6);
    gm_map_get(m, &k3, &ok);
    CHECK(!ok);
    intptr_t v3 = 30;
    gm_map_set(m, &k3, &v3);                /* the freed slot is usable again */
    bool seen[8];
    CHECK_EQ(iterate_ints(m, seen, 8, 10), 7);
    CHECK_EQ(heap_mallocs(), before);
    gm_map_clear(m);
    CHECK_EQ(gm_map_len(m), 0);
    gm_map_get(m, &k5, &ok);
    CHECK(!ok);
    CHECK_EQ(iterate_ints(m, seen, 8, 10), 0);
    gm_map_set(m, &k5, &(intptr_t){50});
    CHECK_EQ(gm_map_len(m), 1);
    CHECK(!in_storage(&s, gm_map_get(m, &k5, NULL)));    /* the cleared table stays retired */
    CHECK_EQ(iterate_ints(m, seen, 8, 10), 1);
}

/* An iteration started while the entries are in the storage's table goes
 * on after they moved to the heap: entries present throughout are produced
 * once with their current values, a deleted one is not produced. */
NOINLINE static void growth_across_iteration(void) {
    enum { N = 1000 };
    static bool seen[N];
    gm_map_storage s;
    gm_map *m = gm_map_init(&s, &gm_type_int, &gm_type_int, 0);
    for (intptr_t k = 0; k < 7; k++)
        gm_map_set(m, &k, &(intptr_t){k});
    gm_map_iter it;
    void *kp, *vp;
    gm_map_iter_init(&it, m);
    CHECK(gm_map_next(&it, &kp, &vp));
    intptr_t first = *(intptr_t *)kp, gone = (first + 1) % 7;
    CHECK_EQ(*(intptr_t *)vp, first);
    for (intptr_t k = 7; k < N; k++)
        gm_map_set(m, &k, &(intptr_t){k});
    CHECK(!in_storage(&s, gm_map_get(m, &first, NULL)));
    gm_map_delete(m, &gone);
    for (intptr_t k = 0; k < 7; k++)         /* new values, seen through the frozen table */
        if (k != first && k != gone)
            gm_map_set(m, &k, &(intptr_t){k * 3});
    memset(seen, 0, sizeof seen);
    seen[first] = true;
    while (gm_map_next(&it, &kp, &vp)) {
        intptr_t k = *(intptr_t *)kp;
        CHECK(k >= 0 && k < N && !seen[k] && k != gone);
        CHECK_EQ(*(intptr_t *)vp, k < 7 ? k * 3 : k);
        seen[k] = true;
    }
    for (intptr_t k = 0; k < 7; k++)
        CHECK_EQ(seen[k], k != gone);
    CHECK_EQ(gm_map_len(m), N - 1);
    for (intptr_t k = 7; k < N; k++)
        CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, NULL), k);
}

/* map[int]*payload in storage, its values reachable only through it
 * (n <= 7: the storage's table; more: heap tables that only the storage's
 * header points to), intact and allocated across collections while
 * garbage is made and collected around them. */
NOINLINE static void values_survive(intptr_t n) {
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint8);
    gm_map_storage s;
    gm_map *m = gm_map_init(&s, &gm_type_int, pt, 0);
    for (intptr_t k = 0; k < n; k++)
        gm_map_set(m, &k, &(void *){payload((uint64_t)k + 1000)});
    for (int round = 0; round < 4; round++) {
        for (int i = 0; i < 20000; i++)
            (void)gm_alloc_noscan(PAYLOAD);  /* garbage that would reuse freed values */
        collect();
        CHECK_EQ(gm_map_len(m), n);
        for (intptr_t k = 0; k < n; k++) {
            bool ok;
            void **pp = gm_map_get(m, &k, &ok);
            CHECK(ok);
            CHECK_EQ(in_storage(&s, pp), n <= 7);
            if (!gm_test_is_allocated(*pp) || !pattern_ok(*pp, PAYLOAD, (uint64_t)k + 1000))
                CHECK_MSG(0, "value of key %jd lost after %d collections (%jd entries)",
                          (intmax_t)k, round + 1, (intmax_t)n);
        }
    }
}

/* Hints up to 8 put the first table in the storage (no allocation until
 * it fills); larger ones make heap tables at once, sized as gm_make_map
 * sizes them (1000 entries need no further table). */
NOINLINE static void hints(intptr_t hint) {
    gm_map_storage s;
    uint64_t before = heap_mallocs();
    gm_map *m = gm_map_init(&s, &gm_type_int, &gm_type_int, hint);
    CHECK_EQ(heap_mallocs() - before, hint <= 8 ? 0u : 1u);
    intptr_t k0 = 0;
    gm_map_set(m, &k0, &k0);
    CHECK_EQ(in_storage(&s, gm_map_get(m, &k0, NULL)), hint <= 8);
    intptr_t n = hint > 8 ? hint : 7;       /* what the first table holds */
    for (intptr_t k = 1; k < n; k++)
        gm_map_set(m, &k, &(intptr_t){k * 2});
    CHECK_EQ(heap_mallocs() - before, hint <= 8 ? 0u : 1u);
    for (intptr_t k = n; k < n + 50; k++)
        gm_map_set(m, &k, &(intptr_t){k * 2});
    CHECK_EQ(gm_map_len(m), n + 50);
    for (intptr_t k = 0; k < n + 50; k++)
        CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, NULL), k * 2);
    CHECK(!in_storage(&s, gm_map_get(m, &k0, NULL)));
}

/* A slot of exactly GM_MAP_STORAGE_SLOT_MAX bytes stays in the storage;
 * larger ones (key or value) get heap tables at the first insert.  Every
 * case works the same. */
NOINLINE static void slot_sizes(void) {
    struct { const gm_type *key, *val; bool fits; } cases[] = {
        {&gm_type_string, gm_type_array(&gm_type_int64, 4), true},     /* 16 + 32 */
        {&gm_type_int, gm_type_array(&gm_type_int64, 6), false},       /* 8 + 48 */
        {gm_type_array(&gm_type_int64, 8), &gm_type_int, false},       /* 64 + 8 */
        {&gm_type_int, gm_type_array(&gm_type_int64, 200), false},     /* a value over the zero buffer */
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const gm_type *kt = cases[c].key, *vt = cases[c].val;
        CHECK_EQ(kt->size + vt->size <= GM_MAP_STORAGE_SLOT_MAX, cases[c].fits);
        gm_map_storage s;
        gm_map *m = gm_map_init(&s, kt, vt, 0);
        unsigned char key[64] = {0}, val[1600];
        void *zero = gm_map_get(m, key, NULL);
        CHECK(all_zero(zero, vt->size));
        for (int i = 0; i < 20; i++) {
            key[0] = (unsigned char)i;
            if (kt == &gm_type_string)
                *(gm_string *)key = (gm_string){(const uint8_t *)"abcdefghijklmnopqrst", i};
            memset(val, i + 1, vt->size);
            gm_map_set(m, key, val);
            if (i == 0)
                CHECK_EQ(in_storage(&s, gm_map_get(m, key, NULL)), cases[c].fits);
        }
        CHECK_EQ(gm_map_len(m), 20);
        memset(key, 0, sizeof key);
        for (int i = 0; i < 20; i++) {
            key[0] = (unsigned char)i;
            if (kt == &gm_type_string)
                *(gm_string *)key = (gm_string){(const uint8_t *)"abcdefghijklmnopqrst", i};
            bool ok;
            unsigned char *v = gm_map_get(m, key, &ok);
            CHECK(ok);
            CHECK(v[0] == i + 1 && v[vt->size - 1] == i + 1);
        }
    }
}

/* One storage, a new map on each round (as a loop's body reuses it): the
 * previous map's entries, tombstones, retired table and key type leave
 * nothing behind. */
NOINLINE static void storage_reused(void) {
    gm_map_storage s;
    bool seen[40];
    for (int round = 0; round < 60; round++) {
        intptr_t n = round % 13;
        if (round % 3 == 2) {               /* a map of another type in between */
            gm_map *ms = gm_map_init(&s, &gm_type_string, &gm_type_string, 0);
            gm_string k = GM_STR("key"), v = GM_STR("value");
            gm_map_set(ms, &k, &v);
            CHECK_EQ(gm_map_len(ms), 1);
            continue;
        }
        gm_map *m = gm_map_init(&s, &gm_type_int, &gm_type_int, round % 2 ? 0 : 4);
        CHECK_EQ(gm_map_len(m), 0);
        CHECK_EQ(iterate_ints(m, seen, 40, 7), 0);
        for (intptr_t k = 0; k < n; k++) {
            bool ok;
            gm_map_get(m, &k, &ok);
            CHECK(!ok);
            gm_map_set(m, &k, &(intptr_t){k * 7});
        }
        intptr_t gone = n / 2;
        if (n > 0)
            gm_map_delete(m, &gone);
        CHECK_EQ(gm_map_len(m), n > 0 ? n - 1 : 0);
        CHECK_EQ(iterate_ints(m, seen, 40, 7), n > 0 ? n - 1 : 0);
        if (round % 4 == 0)
            gm_map_clear(m);
    }
}

/* Many maps in storage filled with fresh payloads (and grown out of the
 * storage) while collections run: slots in the storage are written and
 * moved to heap tables while the collector marks. */
NOINLINE static void filled_while_marking(void) {
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint8);
    gm_memstats ms;
    gm_read_memstats(&ms);
    uint32_t gc0 = ms.num_gc;
    int old = gm_set_gc_percent(5);
    char kb[32];
    for (int round = 0; round < 4000; round++) {
        gm_map_storage s;
        gm_map *m = gm_map_init(&s, &gm_type_string, pt, 0);
        int n = round % 2 ? 7 : 24;
        for (int i = 0; i < n; i++) {
            snprintf(kb, sizeof kb, "r%d-%d", round, i);
            gm_string k = gm_string_from_cstr(kb);
            void *p = payload((uint64_t)round * 100 + (uint64_t)i);
            gm_map_set(m, &k, &p);
            for (int j = 0; j < 8; j++)
                (void)gm_alloc_noscan(PAYLOAD);
        }
        for (int i = 0; i < n; i++) {
            snprintf(kb, sizeof kb, "r%d-%d", round, i);
            gm_string k = {(const uint8_t *)kb, (intptr_t)strlen(kb)};
            bool ok;
            void **pp = gm_map_get(m, &k, &ok);
            if (!ok || !pattern_ok(*pp, PAYLOAD, (uint64_t)round * 100 + (uint64_t)i))
                CHECK_MSG(0, "round %d: entry %s lost or corrupted", round, kb);
        }
    }
    gm_set_gc_percent(old);
    gm_read_memstats(&ms);
    CHECK_MSG(ms.num_gc >= gc0 + 3, "only %u collections during the rounds", ms.num_gc - gc0);
    CHECK_GT(verify_heap(), 0);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    watchdog(100);
    gm_init();
    ops_in_storage();
    growth_across_iteration();
    values_survive(7);
    values_survive(300);
    hints(0);
    hints(8);
    hints(9);
    hints(1000);
    slot_sizes();
    storage_reused();
    filled_while_marking();
    return check_done();
}
