/*
 * map_interp.c — the map fuzzer's interpreter and reference model (see
 * map_fuzz.h).
 *
 * A program is a byte string: an opcode byte (taken modulo 32, several
 * codes per common operation), then that operation's operand bytes (a
 * missing byte reads as 0; the program ends with its bytes or its budget
 * of MF_OP_BUDGET map operations).  Up to MF_MAPS maps live at once, each
 * made by MAKE (nil, gm_make_map with a hint, or gm_map_init in caller
 * storage with a small or large hint) with its own key type, value type,
 * key range (8 to 65536 key numbers, 8192 for 1040-byte values) and int
 * key shape; up to MF_ITERS iterations run at once over any of them,
 * interleaved with writes.
 *
 * The model of a map: for each key number its insertion stamp (0: absent),
 * value id and last-written representation (zero-float sign), plus the
 * list of NaN entries (each NaN insert adds one).  Checks, after every
 * operation: len; on every read: presence, the value (ids, checksums,
 * objects still allocated) or the zero value; on every iteration step,
 * Go's rules: the entry produced is present now (an entry deleted before
 * being reached is not produced) with its current value and key, no entry
 * (insertion) is produced twice, and, when the iteration ends, every entry
 * inserted before it began and still present (present throughout) was
 * produced.  An iteration whose map is cleared produces nothing more.
 * Bulk operations insert, delete, read or churn up to 40960 consecutive
 * keys at once, and GROW inserts until a migration has begun, so that
 * maps pass 4096 slots and many operations run while one is under way.
 * RETENTION checks that values the model no longer holds are freed.
 *
 * Not covered: maps used from several threads (map_threads.c does that),
 * panics (map_panic.c), and the retention of dead keys (only values are
 * tracked).
 */
#include "map_fuzz.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "testutil.h"     /* HIDE, UNHIDE, collect */

#define MF_MAPS 4
#define MF_ITERS 6
#define MF_NANS 64                 /* NaN entries per map (a bitmask) */
#define MF_OP_BUDGET 400000        /* map operations per program */
#define NIL_ZERO_MAX 1024          /* bytes of the zero value a nil map returns */
#define HUGE_RANGE 8192            /* keys of maps of 1040-byte values */
#define VALUE_ID_TOP (1ull << 61)  /* value ids stay below the objects' tag bits */

mf_stats mf_total;
int mf_verbose;
int mf_retention = 1;
double mf_deadline;

typedef struct mentry {
    uint64_t born;        /* insertion stamp; 0: absent */
    uint64_t val;         /* value id (0: the zero value) */
    uintptr_t hidden;     /* HIDE(the value's heap object), or 0 */
} mentry;

/* A value object the model no longer holds (overwritten, deleted, cleared,
 * its map replaced): garbage, unless something wrongly keeps it. */
typedef struct dead_value {
    uintptr_t hidden;
    uint64_t id;
    int map;              /* for messages */
    int how;              /* DIED_* */
} dead_value;
enum { DIED_OVERWRITTEN, DIED_DELETED, DIED_CLEARED, DIED_REPLACED, DIED_KINDS };
static const char *const died_name[DIED_KINDS] = {"overwritten", "deleted", "cleared",
                                                  "map replaced"};
#define MF_DEAD 8192          /* the most recent ones are kept */
#define RETAIN_MIN 256        /* dead values a retention check needs */
#define RETAIN_SLACK 32       /* dead values the conservative scan may keep (the
                                 storage's first table alone holds 8 of them;
                                 runs have kept at most 14, and 3% of them) */

typedef struct mfmap {
    bool made;            /* false: the nil map */
    int mode;
    intptr_t hint;
    mf_kind kd;
    uint32_t range;       /* key numbers 0 .. range-1 */
    int64_t nan_key;
    mentry *e;            /* [range] */
    uint8_t *variant;     /* [range]: representation last written */
    intptr_t count;       /* present non-NaN entries */
    mentry nans[MF_NANS];
    int nnan;
} mfmap;

enum { IT_NONE, IT_LIVE, IT_DONE, IT_CLEARED };

typedef struct miter {
    int state;
    int map;
    uint64_t start;       /* stamp when the iteration began */
    uint64_t *produced;   /* [range]: stamp of the entry produced for each key */
    uint64_t nan_seen;    /* NaN entries produced (bit j: nans[j]) */
    int nan_count;        /* NaN entries produced, for struct{} values */
    intptr_t produced_n;
} miter;

/* What the collector must see: in mf_run's frame. */
typedef struct frame {
    gm_map *maps[MF_MAPS];
    gm_map_iter its[MF_ITERS + 1];      /* the last one: ITER_FULL's */
    gm_map_storage storage[MF_MAPS];
} frame;

typedef struct ctx {
    frame *f;
    mfmap mm[MF_MAPS];
    miter mi[MF_ITERS + 1];
    uint64_t now, next_val;
    const uint8_t *p, *end;
    dead_value *dead;         /* [MF_DEAD], a ring */
    uint64_t ndead;
    long budget;
    long opno;
    const char *opname;
} ctx;

/* ---- failure ---- */

static void describe_map(const ctx *c, int m) {
    const mfmap *mm = &c->mm[m];
    if (!mm->made) {
        fprintf(stderr, "  map %d: nil\n", m);
        return;
    }
    fprintf(stderr, "  map %d: map[%s]%s mode %d hint %ld range %u shape %d, model len %ld"
            " (+%d NaN), gm_map_len %ld\n", m, mf_ktype_name(mm->kd.ktype),
            mf_vtype_name(mm->kd.vtype), mm->mode, (long)mm->hint, mm->range,
            mm->kd.int_shape, (long)mm->count, mm->nnan, (long)gm_map_len(c->f->maps[m]));
}

__attribute__((noreturn, format(printf, 3, 4)))
static void mf_fail(const ctx *c, int m, const char *fmt, ...) {
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "map_fuzz: MISMATCH at op %ld (%s): ", c->opno, c->opname);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (m >= 0)
        describe_map(c, m);
    fflush(stderr);
    abort();
}

/* ---- reading the program ---- */

static unsigned u8(ctx *c) { return c->p < c->end ? *c->p++ : 0; }
static unsigned u16(ctx *c) { unsigned lo = u8(c); return lo | u8(c) << 8; }
static int map_arg(ctx *c) { return (int)(u8(c) % MF_MAPS); }
static int iter_arg(ctx *c) { return (int)(u8(c) % MF_ITERS); }
/* Counts: 0..127 as is, then steps of 320 up to 40960. */
static uint32_t count_of(unsigned b) { return b < 128 ? b : (b - 127) * 320; }

static double mono_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Take n map operations from the program's budget; false when it is
 * spent (or mf_deadline has passed): the program then ends. */
static bool spend(ctx *c, long n) {
    if (c->budget < n)
        return false;
    if (mf_deadline > 0 && (c->budget & 63) < n && mono_s() > mf_deadline)
        c->budget = 0;
    c->budget -= n;
    return c->budget >= 0;
}

/* During a migration (the map header's second word, `old`, is set):
 * for the statistics only. */
static bool mid_migration(const gm_map *m) {
    return m && ((void *const *)m)[1] != NULL;
}

/* One map operation on map m: counted, and counted as running during a
 * migration if it does. */
static void count_op(const ctx *c, int m) {
    mf_total.map_ops++;
    mf_total.mid_migration_ops += mid_migration(c->f->maps[m]);
}

static uint64_t fresh_value(ctx *c) { return ++c->next_val % VALUE_ID_TOP; }

/* ---- the model ---- */

static bool is_nan_key(const mfmap *mm, uint32_t k) { return (int64_t)k == mm->nan_key; }

static void value_died(ctx *c, const mfmap *mm, const mentry *e, int how) {
    if (e->hidden)
        c->dead[c->ndead++ % MF_DEAD] = (dead_value){e->hidden, e->val,
                                                     (int)(mm - c->mm), how};
}

static void model_write(ctx *c, mfmap *mm, uint32_t k, unsigned variant, uint64_t val,
                        const void *obj) {
    uintptr_t hidden = obj ? HIDE(obj) : 0;
    if (is_nan_key(mm, k)) {
        mm->nans[mm->nnan++] = (mentry){++c->now, val, hidden};
        return;
    }
    if (!mm->e[k].born) {
        mm->e[k].born = ++c->now;
        mm->count++;
    }
    value_died(c, mm, &mm->e[k], DIED_OVERWRITTEN);
    mm->e[k].val = val;
    mm->e[k].hidden = hidden;
    mm->variant[k] = (uint8_t)variant;
}

static void model_delete(ctx *c, mfmap *mm, uint32_t k) {
    if (is_nan_key(mm, k) || !mm->e[k].born)
        return;
    value_died(c, mm, &mm->e[k], DIED_DELETED);
    memset(&mm->e[k], 0, sizeof mm->e[k]);
    mm->count--;
}

/* Every value of map m dies (clear, or the map replaced). */
static void all_values_died(ctx *c, mfmap *mm, int how) {
    if (!mm->made || mm->kd.vtype == V_I64 || mm->kd.vtype == V_EMPTY)
        return;
    for (uint32_t k = 0; k < mm->range; k++)
        if (mm->e[k].born)
            value_died(c, mm, &mm->e[k], how);
    for (int j = 0; j < mm->nnan; j++)
        value_died(c, mm, &mm->nans[j], how);
}

static void end_iterations_of(ctx *c, int m, int state) {
    for (int i = 0; i <= MF_ITERS; i++)
        if (c->mi[i].state != IT_NONE && c->mi[i].map == m) {
            if (state == IT_NONE) {
                free(c->mi[i].produced);
                memset(&c->mi[i], 0, sizeof c->mi[i]);
                memset(&c->f->its[i], 0, sizeof c->f->its[i]);
            } else if (c->mi[i].state == IT_LIVE) {
                c->mi[i].state = state;
            }
        }
}

static void model_clear(ctx *c, int m) {
    mfmap *mm = &c->mm[m];
    all_values_died(c, mm, DIED_CLEARED);
    memset(mm->e, 0, mm->range * sizeof *mm->e);
    mm->count = 0;
    mm->nnan = 0;
    end_iterations_of(c, m, IT_CLEARED);
}

/* A NaN key can be written only while the model has room for its entry. */
static bool writable(const mfmap *mm, uint32_t k) {
    return mm->made && (!is_nan_key(mm, k) || mm->nnan < MF_NANS);
}

/* ---- checks ---- */

static void check_value(const ctx *c, int m, const void *v, uint64_t id, uint32_t k) {
    const char *why = mf_check_value(&c->mm[m].kd, v, id);
    if (why)
        mf_fail(c, m, "key %u: %s (expected value id %llu, found %llu)", k, why,
                (unsigned long long)id, (unsigned long long)mf_value_id(&c->mm[m].kd, v));
}

static void check_len(const ctx *c, int m) {
    const mfmap *mm = &c->mm[m];
    intptr_t want = mm->made ? mm->count + mm->nnan : 0;
    intptr_t got = gm_map_len(c->f->maps[m]);
    if (got != want)
        mf_fail(c, m, "gm_map_len %ld, model %ld", (long)got, (long)want);
}

static void check_get(ctx *c, int m, uint32_t k, unsigned variant, bool with_ok) {
    mfmap *mm = &c->mm[m];
    uint8_t key[MF_KEY_MAX] __attribute__((aligned(16)));
    mf_make_key(&mm->kd, k, variant, key, NULL);
    bool ok = !with_ok;
    count_op(c, m);
    void *v = gm_map_get(c->f->maps[m], key, with_ok ? &ok : NULL);
    bool present = mm->made && !is_nan_key(mm, k) && mm->e[k].born;
    if (with_ok && ok != present)
        mf_fail(c, m, "get key %u: ok %d, model says %s", k, ok,
                present ? "present" : "absent");
    /* A nil map's zero value is the shared 1024-byte one, too short for
     * the huge values (map_fuzz_repro_nil_zero.c): not checked. */
    if (mm->made || mm->kd.vt->size <= NIL_ZERO_MAX)
        check_value(c, m, v, present ? mm->e[k].val : 0, k);
}

/* ---- writes ---- */

static void do_set(ctx *c, int m, uint32_t k, unsigned vb, const uint8_t *blob) {
    mfmap *mm = &c->mm[m];
    if (!writable(mm, k))
        return;
    uint64_t id = (vb & 0xF0) == 0xF0 && !is_nan_key(mm, k) ? 0 : fresh_value(c);
    uint8_t key[MF_KEY_MAX] __attribute__((aligned(16)));
    uint8_t val[MF_VAL_MAX] __attribute__((aligned(16)));
    mf_make_key(&mm->kd, k, vb, key, blob);
    mf_make_value(&mm->kd, id, val);
    count_op(c, m);
    gm_map_set(c->f->maps[m], key, val);
    model_write(c, mm, k, vb, id, mf_value_object(&mm->kd, val));
}

/* &m[k], checked to hold the current value (or zero for a new key), then
 * a new value stored through it. */
static void do_assign(ctx *c, int m, uint32_t k, unsigned vb) {
    mfmap *mm = &c->mm[m];
    if (!writable(mm, k))
        return;
    uint64_t id = fresh_value(c);
    uint8_t key[MF_KEY_MAX] __attribute__((aligned(16)));
    uint8_t val[MF_VAL_MAX] __attribute__((aligned(16)));
    mf_make_key(&mm->kd, k, vb, key, NULL);
    mf_make_value(&mm->kd, id, val);
    bool present = !is_nan_key(mm, k) && mm->e[k].born;
    count_op(c, m);
    void *slot = gm_map_assign(c->f->maps[m], key);
    check_value(c, m, slot, present ? mm->e[k].val : 0, k);
    switch (mm->kd.vtype) {
    case V_I64:
        memcpy(slot, val, 8);
        break;
    case V_PTR:
        gm_store(slot, *(void **)val);
        break;
    case V_BIG:
    case V_HUGE:
        gm_typedmemmove(mm->kd.vt, slot, val, 1);
        break;
    }
    model_write(c, mm, k, vb, id, mf_value_object(&mm->kd, val));
}

static void do_delete(ctx *c, int m, uint32_t k, unsigned variant) {
    mfmap *mm = &c->mm[m];
    uint8_t key[MF_KEY_MAX] __attribute__((aligned(16)));
    mf_make_key(&mm->kd, k, variant, key, NULL);
    count_op(c, m);
    gm_map_delete(c->f->maps[m], key);
    if (mm->made)
        model_delete(c, mm, k);
}

/* ---- iteration ---- */

static void iter_start(ctx *c, int i, int m) {
    miter *it = &c->mi[i];
    free(it->produced);
    memset(it, 0, sizeof *it);
    it->state = IT_LIVE;
    it->map = m;
    it->start = ++c->now;
    it->produced = calloc(c->mm[m].range ? c->mm[m].range : 1, sizeof *it->produced);
    if (!it->produced)
        abort();
    gm_map_iter_init(&c->f->its[i], c->f->maps[m]);
}

static void iter_drop(ctx *c, int i) {
    free(c->mi[i].produced);
    memset(&c->mi[i], 0, sizeof c->mi[i]);
    memset(&c->f->its[i], 0, sizeof c->f->its[i]);
}

/* The iteration has ended: every entry present throughout was produced. */
static void check_complete(const ctx *c, int i) {
    const miter *it = &c->mi[i];
    const mfmap *mm = &c->mm[it->map];
    if (!mm->made)
        return;
    for (uint32_t k = 0; k < mm->range; k++) {
        const mentry *e = &mm->e[k];
        if (e->born && e->born < it->start && it->produced[k] != e->born)
            mf_fail(c, it->map, "iterator %d ended without producing key %u, present "
                    "throughout (%ld entries produced)", i, k, (long)it->produced_n);
    }
    int before = 0;
    for (int j = 0; j < mm->nnan; j++)
        if (mm->nans[j].born < it->start) {
            before++;
            if (mm->kd.vtype != V_EMPTY && !((it->nan_seen >> j) & 1))
                mf_fail(c, it->map, "iterator %d ended without producing NaN entry %d "
                        "(value id %llu)", i, j, (unsigned long long)mm->nans[j].val);
        }
    if (it->nan_count < before)
        mf_fail(c, it->map, "iterator %d produced %d NaN entries, %d were present "
                "throughout", i, it->nan_count, before);
}

static void produced_nan(ctx *c, int i, const void *v) {
    miter *it = &c->mi[i];
    mfmap *mm = &c->mm[it->map];
    it->nan_count++;
    if (mm->kd.vtype == V_EMPTY) {
        if (it->nan_count > mm->nnan)
            mf_fail(c, it->map, "iterator %d produced %d NaN entries, the map has %d", i,
                    it->nan_count, mm->nnan);
        return;
    }
    uint64_t id = mf_value_id(&mm->kd, v);
    for (int j = 0; j < mm->nnan; j++)
        if (mm->nans[j].val == id) {
            if ((it->nan_seen >> j) & 1)
                mf_fail(c, it->map, "iterator %d produced NaN entry %d twice", i, j);
            it->nan_seen |= 1ull << j;
            check_value(c, it->map, v, id, (uint32_t)mm->nan_key);
            return;
        }
    mf_fail(c, it->map, "iterator %d produced a NaN entry with value id %llu, which "
            "the map does not hold", i, (unsigned long long)id);
}

static void produced_key(ctx *c, int i, const void *kp, const void *v) {
    miter *it = &c->mi[i];
    mfmap *mm = &c->mm[it->map];
    const char *why;
    int64_t k = mf_decode_key(&mm->kd, kp, &why);
    if (k < 0 || k >= mm->range)
        mf_fail(c, it->map, "iterator %d produced key number %lld: %s", i, (long long)k,
                k < 0 ? why : "out of the map's range");
    if (is_nan_key(mm, (uint32_t)k)) {
        produced_nan(c, i, v);
        return;
    }
    const mentry *e = &mm->e[k];
    if (!e->born)
        mf_fail(c, it->map, "iterator %d produced key %lld, which is not in the map "
                "(deleted before it was reached, or never inserted)", i, (long long)k);
    if (it->produced[k] == e->born)
        mf_fail(c, it->map, "iterator %d produced key %lld twice (same entry, inserted at "
                "stamp %llu; iteration began at %llu)", i, (long long)k,
                (unsigned long long)e->born, (unsigned long long)it->start);
    it->produced[k] = e->born;
    if (mf_key_has_sign(&mm->kd, (uint32_t)k) &&
        !mf_key_sign_matches(&mm->kd, kp, mm->variant[k]))
        mf_fail(c, it->map, "iterator %d produced key %lld with the sign of zero of an "
                "earlier write (keys are updated on assignment)", i, (long long)k);
    check_value(c, it->map, v, e->val, (uint32_t)k);
}

/* One gm_map_next on iterator i; false when it has ended. */
static bool iter_step(ctx *c, int i) {
    miter *it = &c->mi[i];
    if (it->state == IT_NONE)
        return false;
    void *kp = NULL, *vp = NULL;
    count_op(c, it->map);
    bool got = gm_map_next(&c->f->its[i], &kp, &vp);
    mf_total.iter_steps++;
    if (it->state != IT_LIVE) {
        if (got)
            mf_fail(c, it->map, "iterator %d produced an entry after %s", i,
                    it->state == IT_DONE ? "it ended" : "its map was cleared");
        return false;
    }
    if (!got) {
        check_complete(c, i);
        it->state = IT_DONE;
        return false;
    }
    it->produced_n++;
    produced_key(c, i, kp, vp);
    return true;
}

static void iter_drain(ctx *c, int i) {
    while (iter_step(c, i) && spend(c, 1)) {
    }
}

/* ---- bulk operations ---- */

static void bulk_insert(ctx *c, int m, uint32_t start, uint32_t n, unsigned vb) {
    mfmap *mm = &c->mm[m];
    if (!mm->made)
        return;
    uint8_t *blob = vb % 4 == 3 ? mf_make_blob(&mm->kd, start, n, mm->range) : NULL;
    for (uint32_t i = 0; i < n && spend(c, 1); i++) {
        uint32_t k = (start + i) % mm->range;
        if (is_nan_key(mm, k))
            continue;
        do_set(c, m, k, vb & 0x0F, blob ? blob + mf_blob_offset(start, k, mm->range) : NULL);
        if (i % 8 == 7)
            check_get(c, m, (start + i / 2) % mm->range, vb, true);
    }
    __asm__ volatile("" : : "r"(blob) : "memory");   /* the blob stays live to here */
}

/* kind: 0 delete, 1 get, 2 churn (delete k, insert k + n: tombstones). */
static void bulk_other(ctx *c, int m, uint32_t start, uint32_t n, int kind, unsigned vb) {
    mfmap *mm = &c->mm[m];
    uint32_t range = mm->made ? mm->range : 1;
    for (uint32_t i = 0; i < n && spend(c, 1 + (kind == 2)); i++) {
        uint32_t k = (start + i) % range;
        if (kind == 1) {
            check_get(c, m, k, vb + i, i & 1);
            continue;
        }
        do_delete(c, m, k, vb + i);
        if (kind == 2 && !is_nan_key(mm, (k + n) % range))
            do_set(c, m, (k + n) % range, vb & 0x0F, NULL);
    }
}

/* Insert consecutive keys from start until the map is mid-migration (at
 * most its range), so that the operations after this one run during a
 * migration: the only use of the map's internals, and only to steer. */
static void grow_until_migrating(ctx *c, int m, uint32_t start, unsigned vb) {
    mfmap *mm = &c->mm[m];
    if (!mm->made)
        return;
    for (uint32_t i = 0; i < mm->range && !mid_migration(c->f->maps[m]) && spend(c, 1); i++)
        if (!is_nan_key(mm, (start + i) % mm->range))
            do_set(c, m, (start + i) % mm->range, vb & 0x0F, NULL);
}

static void verify_all(ctx *c, int m) {
    mfmap *mm = &c->mm[m];
    if (!mm->made || !spend(c, mm->range))
        return;
    for (uint32_t k = 0; k < mm->range; k++)
        check_get(c, m, k, k, k & 1);
}

/* An iteration without writes: exactly the model's entries. */
static void iter_full(ctx *c, int m) {
    iter_start(c, MF_ITERS, m);
    iter_drain(c, MF_ITERS);
    miter *it = &c->mi[MF_ITERS];
    const mfmap *mm = &c->mm[m];
    intptr_t want = mm->made ? mm->count + mm->nnan : 0;
    if (it->state == IT_DONE && it->produced_n != want)
        mf_fail(c, m, "a full iteration without writes produced %ld entries, the map "
                "holds %ld", (long)it->produced_n, (long)want);
    iter_drop(c, MF_ITERS);
}

/* Values the model no longer holds are garbage once no iteration runs:
 * not one table (old, retired, an ended iterator's) may keep them.  The
 * running iterations are abandoned (as a Go loop that breaks; ended ones
 * stay in the frame as they are), two collections run, and the dead
 * values still allocated with their contents intact (not a new object in
 * a reused slot) are counted.  The conservative scan of stacks and
 * storage may keep a few; keeping more than an eighth is a leak. */
NOINLINE static void check_retention(ctx *c) {
    for (int i = 0; i <= MF_ITERS; i++)
        if (c->mi[i].state != IT_DONE)
            iter_drop(c, i);
    uint64_t n = c->ndead < MF_DEAD ? c->ndead : MF_DEAD;
    if (n < RETAIN_MIN || !mf_retention || !spend(c, 4000))
        return;
    collect();
    collect();
    uint64_t kept = 0, by[MF_MAPS][DIED_KINDS] = {{0}}, of[MF_MAPS][DIED_KINDS] = {{0}};
    for (uint64_t j = 0; j < n; j++) {
        const dead_value *d = &c->dead[j];
        bool is_kept = mf_value_is(UNHIDE(d->hidden), d->id);
        kept += is_kept;
        by[d->map][d->how] += is_kept;
        of[d->map][d->how]++;
    }
    mf_total.retention_checks++;
    if (getenv("MF_RETAIN_TRACE"))
        fprintf(stderr, "retention: %llu of %llu\n", (unsigned long long)kept,
                (unsigned long long)n);
    if (kept > RETAIN_SLACK + n / 8) {
        for (int m = 0; m < MF_MAPS; m++)
            for (int how = 0; how < DIED_KINDS; how++)
                if (of[m][how])
                    fprintf(stderr, "  map %d, values %s: %llu of %llu kept\n", m,
                            died_name[how], (unsigned long long)by[m][how],
                            (unsigned long long)of[m][how]);
        mf_fail(c, -1, "%llu of %llu values deleted, overwritten or cleared are still "
                "allocated after two collections with no iteration running",
                (unsigned long long)kept, (unsigned long long)n);
    }
    c->ndead = 0;
}

/* ---- making maps ---- */

static intptr_t hint_of(unsigned b) {
    if (b == 255)
        return -1;
    if (b == 254)
        return INTPTR_MAX / 4;        /* too large: ignored, as Go ignores it */
    return b < 200 ? (intptr_t)(b % 10) : (intptr_t)1 << ((b - 200) % 17);
}

static void make_map(ctx *c, int m, unsigned kb, unsigned vb, unsigned modeb, unsigned hb,
                     unsigned rb, unsigned sb) {
    mfmap *mm = &c->mm[m];
    end_iterations_of(c, m, IT_NONE);
    all_values_died(c, mm, DIED_REPLACED);
    free(mm->e);
    free(mm->variant);
    memset(mm, 0, sizeof *mm);
    c->f->maps[m] = NULL;
    memset(&c->f->storage[m], 0, sizeof c->f->storage[m]);   /* the old map's frame ends */
    mm->mode = (int)(modeb % 4);
    mm->kd.ktype = (int)(kb % K_NTYPES);
    mm->kd.vtype = (int)(vb % V_NTYPES);
    mm->kd.int_shape = (int)(sb % 4);
    mm->kd.kt = mf_key_type(mm->kd.ktype);
    mm->kd.vt = mf_val_type(mm->kd.vtype);
    mm->nan_key = mf_nan_key(&mm->kd);
    mm->range = 1u << (3 + rb % 14);
    if (mm->kd.vtype == V_HUGE && mm->range > HUGE_RANGE)
        mm->range = HUGE_RANGE;
    mm->hint = mm->mode == 2 ? (intptr_t)(hb % 9) : hint_of(hb);
    if (mm->mode == 0)
        return;
    mm->e = calloc(mm->range, sizeof *mm->e);
    mm->variant = calloc(mm->range, 1);
    if (!mm->e || !mm->variant)
        abort();
    mm->made = true;
    if (mm->mode == 1)
        c->f->maps[m] = gm_make_map(mm->kd.kt, mm->kd.vt, mm->hint);
    else
        c->f->maps[m] = gm_map_init(&c->f->storage[m], mm->kd.kt, mm->kd.vt, mm->hint);
}

/* ---- the operations ---- */

enum {
    OP_SET, OP_ASSIGN, OP_GET, OP_DELETE, OP_CLEAR, OP_MAKE, OP_ITER_START, OP_ITER_STEP,
    OP_ITER_DRAIN, OP_ITER_STEP_ALL, OP_BULK_INSERT, OP_BULK_DELETE, OP_BULK_GET,
    OP_CHURN, OP_GC, OP_VERIFY_ALL, OP_ITER_FULL, OP_SET_NAN, OP_ITER_DROP, OP_GROW, OP_RETENTION, OP_COUNT
};

/* Operand bytes of each operation, and which one (1-based; 0: none) is a
 * bulk count, for mf_random_program. */
static const struct opinfo {
    const char *name;
    int operands, count_at;
} ops[OP_COUNT] = {
    [OP_SET] = {"set", 4, 0},            [OP_ASSIGN] = {"assign", 4, 0},
    [OP_GET] = {"get", 4, 0},            [OP_DELETE] = {"delete", 4, 0},
    [OP_CLEAR] = {"clear", 1, 0},        [OP_MAKE] = {"make", 7, 0},
    [OP_ITER_START] = {"iter_start", 2, 0}, [OP_ITER_STEP] = {"iter_step", 2, 0},
    [OP_ITER_DRAIN] = {"iter_drain", 1, 0}, [OP_ITER_STEP_ALL] = {"iter_step_all", 1, 0},
    [OP_BULK_INSERT] = {"bulk_insert", 5, 4}, [OP_BULK_DELETE] = {"bulk_delete", 5, 4},
    [OP_BULK_GET] = {"bulk_get", 5, 4},  [OP_CHURN] = {"churn", 5, 4},
    [OP_GC] = {"gc", 0, 0},              [OP_VERIFY_ALL] = {"verify_all", 1, 0},
    [OP_ITER_FULL] = {"iter_full", 1, 0}, [OP_SET_NAN] = {"set_nan", 2, 0},
    [OP_ITER_DROP] = {"iter_drop", 1, 0}, [OP_GROW] = {"grow", 4, 0},
    [OP_RETENTION] = {"retention", 0, 0},
};

/* Opcode byte % 32 -> operation: the common ones have several codes. */
static const uint8_t opcode_map[32] = {
    OP_SET, OP_SET, OP_SET, OP_SET, OP_SET, OP_ASSIGN, OP_ASSIGN, OP_GET,
    OP_GET, OP_GET, OP_DELETE, OP_DELETE, OP_CLEAR, OP_MAKE, OP_ITER_START, OP_ITER_START,
    OP_ITER_STEP, OP_ITER_STEP, OP_RETENTION, OP_ITER_DRAIN, OP_ITER_STEP_ALL,
    OP_BULK_INSERT, OP_BULK_INSERT, OP_BULK_DELETE, OP_BULK_GET, OP_CHURN, OP_GC,
    OP_VERIFY_ALL, OP_ITER_FULL, OP_SET_NAN, OP_ITER_DROP, OP_GROW,
};

static uint32_t key_arg(ctx *c, int m) {
    unsigned k = u16(c);
    return c->mm[m].made ? k % c->mm[m].range : 0;
}

static void run_key_op(ctx *c, int op) {
    int m = map_arg(c);
    uint32_t k = key_arg(c, m);
    unsigned vb = u8(c);
    if (!spend(c, 1))
        return;
    switch (op) {
    case OP_SET: do_set(c, m, k, vb, NULL); break;
    case OP_ASSIGN: do_assign(c, m, k, vb); break;
    case OP_GET: check_get(c, m, k, vb, vb & 1); break;
    case OP_DELETE: do_delete(c, m, k, vb); break;
    }
}

static void run_bulk_op(ctx *c, int op) {
    int m = map_arg(c);
    unsigned start = u16(c);
    uint32_t n = count_of(u8(c));
    unsigned vb = u8(c);
    if (c->mm[m].made)
        start %= c->mm[m].range;
    if (op == OP_BULK_INSERT)
        bulk_insert(c, m, start, n, vb);
    else
        bulk_other(c, m, start, n, op == OP_BULK_DELETE ? 0 : op == OP_BULK_GET ? 1 : 2, vb);
}

/* The retention check runs from mf_run's frame, never from run_op's: that
 * frame inlines every operation (key and value buffers, pointers into
 * tables), and its slots this call does not write still hold an earlier
 * operation's pointers, which the conservative stack scan would take for
 * references (they kept a cleared map's whole table: 98 of 98 values).
 * The stack below, where check_retention's frame goes, is zeroed first. */
NOINLINE static void retention_op(ctx *c) {
    c->opname = ops[OP_RETENTION].name;
    clear_stack();
    check_retention(c);
}

/* Not inlined into mf_run: the frames of earlier operations (pointers
 * into tables) must be dead, below the retention check's frame where
 * clear_stack wipes them, not stale slots of mf_run's live frame. */
NOINLINE static void run_op(ctx *c, int op) {
    c->opname = ops[op].name;
    switch (op) {
    case OP_SET: case OP_ASSIGN: case OP_GET: case OP_DELETE:
        run_key_op(c, op);
        break;
    case OP_BULK_INSERT: case OP_BULK_DELETE: case OP_BULK_GET: case OP_CHURN:
        run_bulk_op(c, op);
        break;
    case OP_CLEAR: {
        int m = map_arg(c);
        gm_map_clear(c->f->maps[m]);
        if (c->mm[m].made)
            model_clear(c, m);
        break;
    }
    case OP_MAKE: {
        int m = map_arg(c);
        unsigned kb = u8(c), vb = u8(c), modeb = u8(c), hb = u8(c), rb = u8(c);
        make_map(c, m, kb, vb, modeb, hb, rb, u8(c));
        break;
    }
    case OP_ITER_START: {
        int i = iter_arg(c);
        iter_drop(c, i);
        iter_start(c, i, map_arg(c));
        break;
    }
    case OP_ITER_STEP: {
        int i = iter_arg(c);
        for (unsigned n = u8(c) % 64 + 1; n > 0 && spend(c, 1) && iter_step(c, i); n--) {
        }
        break;
    }
    case OP_ITER_DRAIN:
        iter_drain(c, iter_arg(c));
        break;
    case OP_ITER_STEP_ALL: {
        unsigned n = u8(c) % 8 + 1;
        for (int i = 0; i < MF_ITERS; i++)
            for (unsigned s = 0; s < n && spend(c, 1) && iter_step(c, i); s++) {
            }
        break;
    }
    case OP_GC:
        if (spend(c, 2000)) {
            gm_gc();
            gm_test_verify_heap();
            mf_total.gcs++;
        }
        break;
    case OP_VERIFY_ALL:
        verify_all(c, map_arg(c));
        break;
    case OP_ITER_FULL:
        iter_full(c, map_arg(c));
        break;
    case OP_SET_NAN: {
        int m = map_arg(c);
        unsigned vb = u8(c);
        if (c->mm[m].nan_key >= 0 && spend(c, 1))
            do_set(c, m, (uint32_t)c->mm[m].nan_key, vb, NULL);
        break;
    }
    case OP_ITER_DROP:
        iter_drop(c, iter_arg(c));
        break;
    case OP_GROW: {
        int m = map_arg(c);
        unsigned start = u16(c);
        grow_until_migrating(c, m, c->mm[m].made ? start % c->mm[m].range : 0, u8(c));
        break;
    }
    }
}

static void after_op(ctx *c) {
    for (int m = 0; m < MF_MAPS; m++) {
        check_len(c, m);
        uint64_t len = (uint64_t)gm_map_len(c->f->maps[m]);
        if (len > mf_total.max_len)
            mf_total.max_len = len;
    }
}

/* The end of a program: every live iteration runs to its end (so its
 * completeness is checked) and every map is read in full, unless
 * mf_deadline has passed. */
static void finish(ctx *c) {
    c->opname = "finish";
    if (mf_deadline > 0 && mono_s() > mf_deadline)
        return;
    c->budget = 1L << 40;
    double deadline = mf_deadline;
    mf_deadline = 0;
    for (int i = 0; i < MF_ITERS; i++)
        iter_drain(c, i);
    for (int m = 0; m < MF_MAPS; m++) {
        verify_all(c, m);
        iter_full(c, m);
    }
    mf_deadline = deadline;
}

static void release(ctx *c) {
    free(c->dead);
    for (int i = 0; i <= MF_ITERS; i++)
        free(c->mi[i].produced);
    for (int m = 0; m < MF_MAPS; m++) {
        free(c->mm[m].e);
        free(c->mm[m].variant);
    }
}

void mf_run(const uint8_t *data, size_t len) {
    frame f;
    ctx c;
    memset(&f, 0, sizeof f);
    memset(&c, 0, sizeof c);
    c.f = &f;
    c.p = data;
    c.end = data + len;
    c.budget = MF_OP_BUDGET;
    c.dead = malloc(MF_DEAD * sizeof *c.dead);
    if (!c.dead)
        abort();
    for (int m = 0; m < MF_MAPS; m++)
        make_map(&c, m, 0, 0, 0, 0, 0, 0);                 /* nil maps of int64 */
    while (c.p < c.end && c.budget > 0) {
        int op = opcode_map[*c.p++ % 32];
        c.opno++;
        if (mf_verbose)
            fprintf(stderr, "op %ld: %s\n", c.opno, ops[op].name);
        if (op == OP_RETENTION)
            retention_op(&c);
        else
            run_op(&c, op);
        after_op(&c);
    }
    finish(&c);
    mf_total.programs++;
    mf_total.ops += (uint64_t)c.opno;
    release(&c);
    memset(&f, 0, sizeof f);
    __asm__ volatile("" : : "r"(&f) : "memory");
}

void mf_report(FILE *out, const char *prefix) {
    gm_memstats ms;
    gm_read_memstats(&ms);
    fprintf(out, "%s: %llu programs, %llu ops, %llu map operations (%llu during a "
            "migration), %llu iteration steps, largest map %llu entries, %llu gm_gc "
            "calls, %llu retention checks, %u collections in all\n", prefix,
            (unsigned long long)mf_total.programs, (unsigned long long)mf_total.ops,
            (unsigned long long)mf_total.map_ops,
            (unsigned long long)mf_total.mid_migration_ops,
            (unsigned long long)mf_total.iter_steps, (unsigned long long)mf_total.max_len,
            (unsigned long long)mf_total.gcs, (unsigned long long)mf_total.retention_checks,
            ms.num_gc);
}

/* ---- random programs ---- */

static uint64_t rnd(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

size_t mf_random_program(uint64_t seed, uint8_t *buf, size_t cap, int nops) {
    uint64_t s = seed * 0x9E3779B97F4A7C15ull | 1;
    size_t n = 0;
    for (int m = 0; m < MF_MAPS && n + 8 <= cap; m++) {   /* make every map first */
        buf[n++] = 13;
        buf[n++] = (uint8_t)m;
        for (int b = 0; b < 6; b++)
            buf[n++] = (uint8_t)rnd(&s);
        if (buf[n - 4] % 4 == 0)
            buf[n - 4] = 1;                                /* not nil, mostly */
    }
    for (int i = 0; i < nops && n + 8 <= cap; i++) {
        uint8_t code = (uint8_t)rnd(&s);
        int op = opcode_map[code % 32];
        if (op == OP_MAKE && rnd(&s) % 4)
            code = 0;                                      /* remakes are rarer */
        else if (op == OP_GC && rnd(&s) % 4)
            code = 7;                                      /* and so are collections */
        buf[n++] = code;
        op = opcode_map[code % 32];
        for (int b = 1; b <= ops[op].operands; b++) {
            uint8_t x = (uint8_t)rnd(&s);
            if (b == ops[op].count_at && x >= 128 && rnd(&s) % 8)
                x %= 128;                                  /* big bulk ops: 1 in 16 */
            buf[n++] = x;
        }
    }
    return n;
}
