/*
 * map_ops.c — maps: every operation against a reference model, key kinds
 * (ints, strings, structs with padding, arrays, floats with +0/-0/NaN),
 * growth from 0 to 200k entries, every lookup fast path (key kinds, slot
 * sizes, maps without tables, string lengths), iteration order and Go's rules for
 * deletes and inserts during iteration, the nil map, the panics.
 */
#include "make_check.h"

#define NREF 200000

/* Random sets, gets and deletes of keys below nref, each checked against
 * a model; nref 20000 keeps about 10000 entries (tables of 16384 slots,
 * migrated incrementally, and rebuilt for tombstones), 200000 grows the
 * map through several migrations with the model checked all along. */
static void test_int_model(intptr_t nref, int ops, uint64_t seed) {
    gm_map *m = gm_make_map(&gm_type_int, &gm_type_int, 0);
    static intptr_t ref[NREF];
    static bool present[NREF], got[NREF];
    memset(present, 0, sizeof present);
    memset(got, 0, sizeof got);
    rng_t r;
    rng_seed(&r, seed);
    intptr_t n = 0;
    for (int op = 0; op < ops; op++) {
        intptr_t k = (intptr_t)rng_below(&r, (uint64_t)nref);
        uint64_t what = rng_below(&r, 10);
        if (what < 5) {
            intptr_t v = (intptr_t)rng_next(&r);
            gm_map_set(m, &k, &v);
            if (!present[k]) n++;
            present[k] = true;
            ref[k] = v;
        } else if (what < 8) {
            bool ok;
            intptr_t *v = gm_map_get(m, &k, &ok);
            CHECK_EQ(ok, present[k]);
            CHECK_EQ(*v, present[k] ? ref[k] : 0);
        } else {
            gm_map_delete(m, &k);
            if (present[k]) n--;
            present[k] = false;
        }
        if (op % 10000 == 0) CHECK_EQ(gm_map_len(m), n);
    }
    CHECK_EQ(gm_map_len(m), n);
    gm_map_iter it;
    void *kp, *vp;
    intptr_t seen = 0;
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &kp, &vp)) {
        intptr_t k = *(intptr_t *)kp;
        CHECK(k >= 0 && k < nref && present[k] && !got[k]);
        CHECK_EQ(*(intptr_t *)vp, ref[k]);
        got[k] = true;
        seen++;
    }
    CHECK_EQ(seen, n);
}

static void test_growth_and_hint(void) {
    for (int hint = 0; hint <= 200000; hint += 200000) {
        gm_map *m = gm_make_map(&gm_type_int64, &gm_type_int64, hint);
        for (int64_t i = 0; i < 200000; i++) {
            int64_t v = i * 3;
            gm_map_set(m, &i, &v);
        }
        CHECK_EQ(gm_map_len(m), 200000);
        for (int64_t i = 0; i < 200000; i++) {
            bool ok;
            int64_t *v = gm_map_get(m, &i, &ok);
            if (!ok || *v != i * 3) CHECK_MSG(0, "key %jd", (intmax_t)i);
        }
        for (int64_t i = 0; i < 200000; i += 2) gm_map_delete(m, &i);
        CHECK_EQ(gm_map_len(m), 100000);
        for (int64_t i = 0; i < 200000; i++) {
            bool ok;
            gm_map_get(m, &i, &ok);
            if (ok != (i % 2 == 1)) CHECK_MSG(0, "key %jd", (intmax_t)i);
        }
        /* reinsert into tombstones */
        for (int64_t i = 0; i < 200000; i += 2) gm_map_set(m, &i, &i);
        CHECK_EQ(gm_map_len(m), 200000);
    }
    /* A hint past the largest allocation is ignored, as Go's makemap does
     * (make(map[int]int, 1<<50) works in Go 1.19); it used to be clamped
     * to 2^40 entries and the map built for them (hours, or out of memory). */
    for (int shift = 48; shift <= 62; shift += 7) {
        gm_map *big = gm_make_map(&gm_type_int64, &gm_type_int64, (intptr_t)1 << shift);
        int64_t k = 1, v = 2;
        gm_map_set(big, &k, &v);
        CHECK_EQ(*(int64_t *)gm_map_get(big, &k, NULL), 2);
        CHECK_EQ(gm_map_len(big), 1);
        gm_memstats ms;
        gm_read_memstats(&ms);
        CHECK_LT(ms.heap_sys, (uint64_t)1 << 30);
    }
}

/* Keys "key-0" .. "key-<n-1>" have their values; "key-<n>" .. twice
 * that are absent. */
static void check_string_lookups(gm_map *m, int n) {
    char buf[32];
    for (int i = 0; i < 2 * n; i++) {
        snprintf(buf, sizeof buf, "key-%d", i);
        gm_string k = {(const uint8_t *)buf, (intptr_t)strlen(buf)};  /* a C buffer: equal, not identical */
        bool ok;
        intptr_t *v = gm_map_get(m, &k, &ok);
        if (ok != (i < n) || *v != (i < n ? i : 0)) CHECK_MSG(0, "%s", buf);
    }
}

/* Writes during a migration leave stale copies in old's moved groups;
 * lookups (the migration fast paths among them) must see the live ones:
 * a map of 7200 int or string keys (its migration of 1024 groups has
 * moved about 100), every 50th overwritten and every 70th deleted (some
 * of their groups moved before, some by that very write; 247 writes move
 * at most 741 groups more, so the migration is still under way), then
 * every key looked up. */
static void test_lookups_after_migration_writes(bool strings) {
    gm_map *m = gm_make_map(strings ? &gm_type_string : &gm_type_int, &gm_type_int, 0);
    char buf[32];
    enum { N = 7200 };
    for (int pass = 0; pass < 3; pass++) {
        for (intptr_t i = 0; i < N; i++) {
            snprintf(buf, sizeof buf, "key-%d", (int)i);
            /* stored keys own their bytes; lookups use the C buffer */
            gm_string sk = pass < 2 ? gm_string_from_cstr(buf)
                                    : (gm_string){(const uint8_t *)buf, (intptr_t)strlen(buf)};
            void *k = strings ? (void *)&sk : (void *)&i;
            intptr_t v = pass == 1 ? -i : i;
            if (pass == 0 || (pass == 1 && i % 50 == 0))
                gm_map_set(m, k, &v);
            if (pass == 1 && i % 70 == 3)
                gm_map_delete(m, k);
            if (pass < 2)
                continue;
            bool ok, deleted = i % 70 == 3;
            intptr_t *got = gm_map_get(m, k, &ok);
            intptr_t want = deleted ? 0 : i % 50 == 0 ? -i : i;
            if (ok == deleted || *got != want)
                CHECK_MSG(0, "%s key %d after writes during a migration: ok=%d value %jd",
                          strings ? "string" : "int", (int)i, ok, (intmax_t)*got);
        }
    }
}

static void test_string_keys(void) {
    gm_map *m = gm_make_map(&gm_type_string, &gm_type_int, 0);
    char buf[32];
    for (int i = 0; i < 50000; i++) {
        snprintf(buf, sizeof buf, "key-%d", i);
        gm_string k = gm_string_from_cstr(buf);
        intptr_t v = i;
        gm_map_set(m, &k, &v);
        if (i + 1 == 7200)
            check_string_lookups(m, 7200);    /* during a migration (see below) */
    }
    CHECK_EQ(gm_map_len(m), 50000);
    check_string_lookups(m, 50000);
    gm_string empty = {0};
    intptr_t one = 1;
    gm_map_set(m, &empty, &one);
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &GM_STR(""), NULL), 1);
    /* m[k]++ through gm_map_assign */
    for (int i = 0; i < 10; i++) (*(intptr_t *)gm_map_assign(m, &GM_STR("count")))++;
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &GM_STR("count"), NULL), 10);
}

/* Every lookup path (8-byte keys with slots of 16, 24 and 32 bytes, with
 * an empty value; strings with and without a value) on a map without
 * tables, across growth, during a migration, and after clear:
 * present keys are found with their value, absent keys read zero. */
static void check_int_lookups(const gm_type *vt, int64_t n) {
    gm_map *m = gm_make_map(&gm_type_int64, vt, 0);
    bool ok = true;
    int64_t k = 12345;
    CHECK(all_zero(gm_map_get(m, &k, &ok), vt->size ? vt->size : 1));
    CHECK(!ok);
    uint8_t val[32];
    for (int64_t i = 0; i < n; i++) {
        int64_t key = i * 7919;
        memset(val, (int)(i & 0x7F) + 1, sizeof val);
        gm_map_set(m, &key, val);
    }
    for (int64_t i = 0; i < 2 * n; i++) {
        int64_t key = i * 7919;
        uint8_t *v = gm_map_get(m, &key, &ok);
        if (ok != (i < n)) CHECK_MSG(0, "key %jd ok=%d", (intmax_t)key, ok);
        if (vt->size && v[vt->size - 1] != (i < n ? (uint8_t)((i & 0x7F) + 1) : 0))
            CHECK_MSG(0, "key %jd: value byte %d", (intmax_t)key, v[vt->size - 1]);
    }
    gm_map_clear(m);
    k = 7919;
    gm_map_get(m, &k, &ok);
    CHECK(!ok);
    gm_map_set(m, &k, val);
    CHECK(gm_map_get(m, &k, &ok) != NULL && ok);
    CHECK_EQ(gm_map_len(m), 1);
}

static void test_lookup_paths(void) {
    const gm_type *unit = gm_type_struct("struct {}", 0, 1, NULL, 0);
    const gm_type *i64x3 = gm_type_array(&gm_type_int64, 3);
    /* 7200: the 8192-slot table filled at 7168 entries and its 1024
     * groups are still moving (the migration fast paths) */
    const int64_t sizes[] = {1, 7, 100, 3000, 7200, 20000};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        check_int_lookups(&gm_type_int64, sizes[i]);    /* 16-byte slots */
        check_int_lookups(&gm_type_string, sizes[i]);   /* 24 */
        check_int_lookups(i64x3, sizes[i]);             /* 32 */
        check_int_lookups(unit, sizes[i]);              /* no value */
    }
}

/* String keys of every length from 0 to 40 (the hash's and the
 * comparison's short and long paths), looked up through separate, equal
 * buffers; keys differing from a stored one in a single byte (first,
 * middle, last) or in length (a prefix) are absent. */
static void test_string_lengths(void) {
    gm_map *m = gm_make_map(&gm_type_string, &gm_type_int, 0);
    gm_map *set = gm_make_map(&gm_type_string, gm_type_struct("struct {}", 0, 1, NULL, 0), 0);
    char stored[41], probe[41];
    for (int len = 0; len <= 40; len++) {
        for (int j = 0; j < len; j++) stored[j] = (char)('a' + (j * 7 + len) % 26);
        gm_string k = gm_string_from_bytes((const uint8_t *)stored, len);
        intptr_t v = len + 1;
        gm_map_set(m, &k, &v);
        gm_map_set(set, &k, NULL);
    }
    CHECK_EQ(gm_map_len(m), 41);
    for (int len = 0; len <= 40; len++) {
        for (int j = 0; j < len; j++) probe[j] = (char)('a' + (j * 7 + len) % 26);
        gm_string k = {(const uint8_t *)probe, len};
        bool ok;
        CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, &ok), len + 1);
        CHECK(ok);
        gm_map_get(set, &k, &ok);
        CHECK(ok);
        int spots[3] = {0, len / 2, len - 1};
        for (int s = 0; s < 3 && len > 0; s++) {
            probe[spots[s]] ^= 0x20;
            CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, &ok), 0);
            CHECK_MSG(!ok, "len %d, byte %d changed, still found", len, spots[s]);
            probe[spots[s]] ^= 0x20;
        }
        if (len >= 2) {     /* a prefix: no stored key of that length starts so */
            gm_string prefix = {(const uint8_t *)probe, len - 1};
            gm_map_get(m, &prefix, &ok);
            CHECK_MSG(!ok, "prefix of length %d found", len - 1);
        }
    }
}

typedef struct {
    int8_t small;          /* padding follows: must not affect hash/equality */
    int64_t id;
    gm_string name;
    double score;
} skey;

static void test_struct_and_float_keys(void) {
    const gm_type *kt = GM_STRUCT_TYPE(skey, "main.key", GM_FIELD(skey, small, &gm_type_int8),
                                       GM_FIELD(skey, id, &gm_type_int64),
                                       GM_FIELD(skey, name, &gm_type_string),
                                       GM_FIELD(skey, score, &gm_type_float64));
    CHECK(gm_type_comparable(kt));
    CHECK_EQ(kt->ptrdata, 24);       /* name.ptr is word 2 */
    gm_map *m = gm_make_map(kt, &gm_type_int, 0);
    skey a, b;
    memset(&a, 0xAB, sizeof a);      /* garbage in the padding */
    memset(&b, 0x00, sizeof b);
    a.small = b.small = 3;
    a.id = b.id = 77;
    a.name = GM_STR("x");
    b.name = gm_string_from_cstr("x");
    a.score = 0.0;
    b.score = -0.0;                  /* +0 == -0 */
    intptr_t v = 5;
    gm_map_set(m, &a, &v);
    bool ok;
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &b, &ok), 5);
    CHECK(ok);
    gm_map_set(m, &b, &v);
    CHECK_EQ(gm_map_len(m), 1);
    /* arrays of strings as keys */
    const gm_type *at = gm_type_array(&gm_type_string, 2);
    CHECK(at == gm_type_array(&gm_type_string, 2));     /* interned */
    gm_map *am = gm_make_map(at, &gm_type_bool, 4);
    gm_string k1[2] = {GM_STR("a"), GM_STR("b")}, k2[2] = {GM_STR("a"), GM_STR("c")};
    bool t = true;
    gm_map_set(am, k1, &t);
    CHECK(*(bool *)gm_map_get(am, k1, NULL));
    CHECK(!*(bool *)gm_map_get(am, k2, NULL));
    /* float keys: NaN never equals itself, so every insert is new */
    gm_map *fm = gm_make_map(&gm_type_float64, &gm_type_int, 0);
    double nan = __builtin_nan(""), z = 0.0, nz = -0.0;
    for (int i = 0; i < 3; i++) gm_map_set(fm, &nan, &v);
    gm_map_set(fm, &z, &v);
    gm_map_set(fm, &nz, &v);
    CHECK_EQ(gm_map_len(fm), 4);
    gm_map_get(fm, &nan, &ok);
    CHECK(!ok);
    gm_map_delete(fm, &nan);
    CHECK_EQ(gm_map_len(fm), 4);
    int nans = 0;
    gm_map_iter it;
    void *kp, *vp;
    gm_map_iter_init(&it, fm);
    while (gm_map_next(&it, &kp, &vp)) nans += *(double *)kp != *(double *)kp;
    CHECK_EQ(nans, 3);
    gm_map_clear(fm);
    CHECK_EQ(gm_map_len(fm), 0);
    gm_map_iter_init(&it, fm);
    CHECK(!gm_map_next(&it, &kp, &vp));
    /* big values: a missing key reads a zero value */
    typedef struct { char bytes[3000]; } big;
    const gm_type *bt = gm_type_struct("main.big", sizeof(big), 1, NULL, 0);
    gm_map *bm = gm_make_map(&gm_type_int, bt, 0);
    intptr_t k = 1;
    big bv;
    memset(&bv, 7, sizeof bv);
    gm_map_set(bm, &k, &bv);
    CHECK_EQ(((big *)gm_map_get(bm, &k, NULL))->bytes[2999], 7);
    k = 2;
    CHECK(all_zero(gm_map_get(bm, &k, NULL), sizeof(big)));
    /* map[K]struct{} */
    const gm_type *unit = gm_type_struct("struct {}", 0, 1, NULL, 0);
    gm_map *set = gm_make_map(&gm_type_int32, unit, 0);
    for (int32_t i = 0; i < 1000; i++) gm_map_set(set, &i, NULL);
    CHECK_EQ(gm_map_len(set), 1000);
    int32_t i7 = 7;
    gm_map_get(set, &i7, &ok);
    CHECK(ok);
}

static void test_nil_map(void) {
    gm_map *m = NULL;
    intptr_t k = 1;
    bool ok = true;
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, &ok), 0);
    CHECK(!ok);
    CHECK_EQ(gm_map_len(m), 0);
    gm_map_delete(m, &k);
    gm_map_iter it;
    void *kp, *vp;
    gm_map_iter_init(&it, m);
    CHECK(!gm_map_next(&it, &kp, &vp));
    gm_map_clear(m);
}

/* Iteration order differs between iterations of the same map. */
static void test_random_order(void) {
    gm_map *m = gm_make_map(&gm_type_int, &gm_type_int, 0);
    for (intptr_t i = 0; i < 100; i++) gm_map_set(m, &i, &i);
    intptr_t first[8];
    int distinct = 0;
    for (int round = 0; round < 8; round++) {
        gm_map_iter it;
        void *kp, *vp;
        gm_map_iter_init(&it, m);
        CHECK(gm_map_next(&it, &kp, &vp));
        first[round] = *(intptr_t *)kp;
        bool dup = false;
        for (int j = 0; j < round; j++) dup |= first[j] == first[round];
        distinct += !dup;
    }
    CHECK_GE(distinct, 3);
    /* small maps too (one group) */
    gm_map *s = gm_make_map(&gm_type_int, &gm_type_int, 0);
    for (intptr_t i = 0; i < 5; i++) gm_map_set(s, &i, &i);
    int firsts[5] = {0};
    for (int round = 0; round < 200; round++) {
        gm_map_iter it;
        void *kp, *vp;
        gm_map_iter_init(&it, s);
        CHECK(gm_map_next(&it, &kp, &vp));
        firsts[*(intptr_t *)kp]++;
    }
    for (int i = 0; i < 5; i++) CHECK_GT(firsts[i], 5);
}

/* Go's rules under mutation: entries deleted before they are reached are
 * not produced, entries present throughout are produced exactly once,
 * new entries at most once; growth during the iteration included, and
 * iterations that start while the map is migrating to a larger table
 * (N = 7200, 7500: the 8192-slot table fills at 7168 entries and its
 * migration lasts a few hundred writes). */
static void test_mutation_during_iteration(int seed, intptr_t N) {
    enum { NMAX = 8000, NEW0 = 1000000 };
    gm_map *m = gm_make_map(&gm_type_int, &gm_type_int, 0);
    for (intptr_t i = 0; i < N; i++) gm_map_set(m, &i, &i);
    static uint8_t seen[NMAX], deleted[NMAX];
    static uint8_t seen_new[40000];
    memset(seen, 0, sizeof seen);
    memset(deleted, 0, sizeof deleted);
    memset(seen_new, 0, sizeof seen_new);
    rng_t r;
    rng_seed(&r, (uint64_t)seed);
    intptr_t next_new = NEW0;
    gm_map_iter it;
    void *kp, *vp;
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &kp, &vp)) {
        intptr_t k = *(intptr_t *)kp;
        CHECK_EQ(*(intptr_t *)vp, k);
        if (k >= NEW0) {
            CHECK(k < next_new);
            CHECK(!seen_new[k - NEW0]);
            seen_new[k - NEW0] = 1;
        } else {
            CHECK(k >= 0 && k < N);
            CHECK_MSG(!deleted[k], "deleted key %jd produced", (intmax_t)k);
            CHECK_MSG(!seen[k], "key %jd produced twice", (intmax_t)k);
            seen[k] = 1;
        }
        /* delete a random original key, insert a few new ones (growth) */
        intptr_t d = (intptr_t)rng_below(&r, N);
        if (!seen[d] && !deleted[d]) {
            gm_map_delete(m, &d);
            deleted[d] = 1;
        }
        /* a bounded number of new keys, enough to grow through splits */
        for (int j = 0; j < 3 && next_new < NEW0 + 40000; j++, next_new++)
            gm_map_set(m, &next_new, &next_new);
    }
    for (intptr_t i = 0; i < N; i++)
        CHECK_MSG(seen[i] || deleted[i], "key %jd never produced", (intmax_t)i);
    CHECK_EQ(gm_map_len(m), N + (next_new - NEW0) - (intptr_t)({
        intptr_t nd = 0;
        for (intptr_t i = 0; i < N; i++) nd += deleted[i];
        nd;
    }));
}

/* NaN keys (never equal to themselves) in a map being migrated: the map
 * finishes the migration and grows at once from then on, so iterations
 * still produce every entry once: the NaN entries too, though no lookup
 * finds them. */
static void test_nan_during_migration(void) {
    gm_map *m = gm_make_map(&gm_type_float64, &gm_type_int, 0);
    double nan = __builtin_nan("");
    intptr_t n = 0;
    for (; n < 7200; n++) {                  /* a migration is under way */
        double k = (double)n;
        gm_map_set(m, &k, &n);
    }
    gm_map_iter it;
    void *kp, *vp;
    gm_map_iter_init(&it, m);                /* starts during the migration */
    for (int i = 0; i < 3; i++) {
        intptr_t v = -1 - i;
        gm_map_set(m, &nan, &v);
    }
    intptr_t seen_old = 0;
    while (gm_map_next(&it, &kp, &vp))
        seen_old += *(double *)kp == *(double *)kp && *(double *)kp < 7200;
    CHECK_EQ(seen_old, 7200);
    /* grows at once from now on; 30672 entries: a migration would be
     * nearly done (the 32768-slot table fills at 28672, and each write
     * moves 2 of its 4096 groups): the NaN entries moved */
    for (; n < 30672; n++) {
        double k = (double)n;
        gm_map_set(m, &k, &n);
    }
    CHECK_EQ(gm_map_len(m), 30675);
    static uint8_t seen[30672];
    int nans = 0;
    intptr_t total = 0;
    gm_map_iter_init(&it, m);
    while (gm_map_next(&it, &kp, &vp)) {
        double k = *(double *)kp;
        intptr_t v = *(intptr_t *)vp;
        total++;
        if (k != k) {
            CHECK(v <= -1 && v >= -3);
            nans++;
            continue;
        }
        CHECK_EQ((intptr_t)k, v);
        CHECK(!seen[v]);
        seen[v] = 1;
    }
    CHECK_EQ(nans, 3);
    CHECK_EQ(total, 30675);
    for (intptr_t i = 0; i < 30672; i++) {
        double k = (double)i;
        bool ok;
        CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, &ok), i);
        CHECK(ok);
    }
}

static void test_descriptors(void) {
    const gm_type *mt = gm_type_map_of(&gm_type_string, &gm_type_int);
    CHECK(strcmp(mt->name, "map[string]int") == 0);
    CHECK(mt == gm_type_map_of(&gm_type_string, &gm_type_int));
    CHECK(!gm_type_comparable(mt));
    CHECK(strcmp(gm_type_chan_of(&gm_type_int)->name, "chan int") == 0);
    CHECK(strcmp(gm_type_slice_of(&gm_type_uint8)->name, "[]uint8") == 0);
    CHECK(strcmp(gm_type_pointer_to(mt)->name, "*map[string]int") == 0);
    CHECK(strcmp(gm_type_array(&gm_type_float64, 3)->name, "[3]float64") == 0);
}

static int child(const char *mode) {
    gm_init();
    intptr_t k = 1, v = 2;
    if (!strcmp(mode, "nilset")) gm_map_set(NULL, &k, &v);
    if (!strcmp(mode, "nilassign")) gm_map_assign(NULL, &k);
    if (!strcmp(mode, "unhashable")) gm_make_map(gm_type_slice_of(&gm_type_int), &gm_type_int, 0);
    if (!strcmp(mode, "unhashable_struct")) {
        typedef struct { gm_slice s; } bad;
        const gm_type *bt = GM_STRUCT_TYPE(bad, "main.bad",
                                           GM_FIELD(bad, s, gm_type_slice_of(&gm_type_int)));
        gm_make_map(bt, &gm_type_int, 0);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) return child(argv[1]);
    check_set_name(argv[0]);
    gm_init();
    test_descriptors();
    test_nil_map();
    test_int_model(20000, 300000, 42);
    test_int_model(200000, 600000, 7);
    test_growth_and_hint();
    test_string_keys();
    test_lookups_after_migration_writes(false);
    test_lookups_after_migration_writes(true);
    test_lookup_paths();
    test_string_lengths();
    test_struct_and_float_keys();
    test_random_order();
    for (int s = 1; s <= 5; s++) test_mutation_during_iteration(s, 4000);
    for (int s = 6; s <= 10; s++) test_mutation_during_iteration(s, 300);   /* small tables */
    for (int s = 11; s <= 14; s++) test_mutation_during_iteration(s, s % 2 ? 7200 : 7500);
    test_nan_during_migration();
    EXPECT_PANIC("nilset", "assignment to entry in nil map");
    EXPECT_PANIC("nilassign", "assignment to entry in nil map");
    EXPECT_PANIC("unhashable", "runtime error: hash of unhashable type []int");
    EXPECT_PANIC("unhashable_struct", "runtime error: hash of unhashable type main.bad");
    return check_done();
}
