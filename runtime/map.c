/*
 * map.c — Go's maps on the collector: Swiss tables (groups of 8 slots
 * with a control word each, Go 1.24's probing, written from its
 * description) in one table per map, grown by incremental migration (as
 * Go 1.19's maps grow: a write moves a bounded number of entries).
 *
 * Structure:
 *   gm_map ── t0 ──▶ table: header | ctrl[ngroups] | slots[8*ngroups]
 *          └─ old ─▶ the previous table while its entries move to t0
 *   (a map without tables points at a static table of one empty group;
 *   a map made by gm_map_init has its header, and usually its first table
 *   of one group, in storage on its caller's stack: see gm_map_init)
 *   A table is one object: a header without pointers, the control words,
 *   then the slots from a cache-line boundary, typed by a per-size
 *   descriptor (the slot's bitmap repeated, built when a map first needs
 *   that size).  The map header keeps t0's mask and slot offset, so a
 *   lookup loads the control word and the slot at offsets from t0 with
 *   no other load in between.
 *   group g = control word ctrl[g] (8 control bytes) + slots 8g..8g+7,
 *   each slot {key, val}; the control words are packed together, so a
 *   probe usually finds them in cache and reads slots only for candidates.
 *   control byte: 0x00 empty, 0x01 deleted (tombstone), 0x80|h2 full, where
 *   h2 = the hash's low 7 bits; the group index comes from the bits above.
 * A lookup hashes once, then probes groups quadratically (triangular
 * steps), comparing 8 control bytes at a time (SWAR) and stopping at the
 * first group that has an empty slot.  gm_map_get's fast paths (8-byte
 * keys, strings) do the first group's first candidate inline, prefetching
 * its slots while the control word loads; anything else goes to the
 * general probe.
 *
 * Growth without stalls: a full table is replaced by one of double size
 * (or the same size, to drop tombstones).  Up to SYNC_REBUILD_MAX slots
 * the entries move at once; a larger table becomes `old` and its groups
 * move to t0 a few at a time: each write moves MIGRATE_GROUPS groups in
 * order, and first the group holding the key it writes, so one insert
 * moves at most (MIGRATE_GROUPS + 1) * 8 entries.  The migration ends
 * long before t0 fills (t0 has room for all of old plus old's capacity
 * / 16 writes), so migrations never overlap.
 *
 * Invariants:
 *   - every table has at least one empty slot (load <= 7/8, counting
 *     tombstones), so probes terminate;
 *   - empty and deleted slots are all-zero (deleting clears the slot with
 *     the write barrier), and fresh control words (zeroed) mean empty;
 *   - m->mask and m->slots_off are t0's;
 *   - a table never changes size: replacing it makes a new table and
 *     marks the old one retired, which freezes it (nothing writes to it
 *     again, except that a migration clears the value pointers of the
 *     groups it has moved, which nothing reads).  Iterators walk a frozen
 *     snapshot and re-look-up keys in the live map;
 *   - during a migration, a live key is in exactly one place: in old, in a
 *     group whose bit in m->migrated is clear, or in t0.  A group's
 *     entries are copied to t0 and its bit set in one step; writes touch
 *     only t0 (a key still in old has its group moved first).  Old groups
 *     below m->old_next are all moved;
 *   - m->lookup is the key's fast path (its migration variant during a
 *     migration) except during a write, when it is LK_OTHER (a reader
 *     then reaches the concurrent-write check); m->writer is the
 *     writing thread's token during a write; keys are hashed (which may
 *     panic) before a write begins;
 *   - keys and values holding pointers are copied with gm_typedmemmove,
 *     pointer fields of map structures are written with gm_store.
 */
#include "make_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>

#define SLOTS 8
#define SYNC_REBUILD_MAX 4096        /* slots: larger tables migrate incrementally */
#define MIGRATE_GROUPS 2             /* old groups a write moves, besides its key's */
#define TABLE_LOGS 48                /* tables of 2^0 .. 2^47 groups */
#define PREFETCH_MIN 16384           /* entries: larger maps prefetch slots */
#define CTRL_EMPTY 0x00u
#define CTRL_DELETED 0x01u
#define LSB 0x0101010101010101ull
#define MSB 0x8080808080808080ull

enum { KK_GENERIC, KK_MEM64, KK_MEM32, KK_STRING };
/* Lookup fast paths: 8-byte memory keys (slots of a power-of-two size,
 * or any size) or strings, with a value of nonzero size (so that the
 * value's address is slot + valoff); the _MIG kinds are theirs during a
 * migration. */
enum { LK_OTHER, LK_INT64, LK_INT64_ANY, LK_STRING, LK_INT64_MIG, LK_STRING_MIG };

/* Derived per (key, val) pair; interned and immortal. */
typedef struct maptype {
    const gm_type *key, *val;
    size_t valoff;             /* offset of the value in a slot */
    size_t slotsize;
    gm_type slot;              /* one slot: key + value */
    const gm_type *tables[TABLE_LOGS];  /* a table of 2^i groups, built on
                                           first use (table_type) */
    int keykind;
    bool val_empty;            /* the value type has size 0 */
    bool key_update;           /* overwrite the key on assignment (strings,
                                  floats: equal but not identical keys) */
    bool key_may_nan;          /* some keys may not equal themselves (NaNs) */
    bool hash_may_panic;       /* some values of the key type are unhashable
                                  (interfaces, and structs and arrays that may
                                  hold one): Go hashes such a key even where
                                  no table needs it, to panic */
} maptype;

/* A table is one object: this header (no pointers), the control words,
 * then the slots, so that a directory entry is one pointer and a lookup
 * finds a control word and its slots at offsets from it. */
typedef struct table {
    uint64_t mask;             /* number of groups - 1 */
    intptr_t used;             /* full slots */
    intptr_t growth_left;      /* empty slots still usable before rebuild */
    uint32_t slots_off;        /* offset of slot 0 from the table */
    bool retired;              /* replaced: frozen, kept for iterators */
    uint64_t ctrl[];           /* mask + 1 control words */
} table;

struct gm_map {
    table *t0;                 /* the table (word 0) */
    table *old;                /* the table being migrated from, or NULL (word 1) */
    void *zero;                /* zero value when larger than mk_zero (word 2) */
    uint64_t *migrated;        /* one bit per group of old: moved to t0 (word 3) */
    uint64_t old_next;         /* old's groups below this one are all moved */
    uint64_t mask;             /* t0's mask and slot offset */
    uint32_t slots_off;
    const maptype *mt;         /* immortal, not a heap pointer */
    intptr_t count;
    uint64_t seed;
    uint64_t seed_k0, seed_k1; /* seed ^ MK_K0, seed ^ MK_K1 (mk_hash64) */
    uint32_t clear_seq;        /* bumped by gm_map_clear, ends iterations */
    bool has_nan;              /* holds a key not equal to itself: grows at
                                  once, never by migration (see iteration) */
    uint32_t slotsize;         /* copies of mt's fields for the lookup path */
    uint32_t valoff;
    uint8_t keykind;
    uint8_t lookup;            /* LK_*: the fast path gm_map_get takes;
                                  LK_OTHER during a write */
    uint8_t group_shift;       /* log2(SLOTS * slotsize) for LK_INT64 */
    uint8_t hit_shift;         /* log2(slotsize / 8) for LK_INT64 */
    uint8_t lookup_idle;       /* the lookup kind between writes (a _MIG
                                  kind while a migration is under way) */
    const char *writer;        /* the writing thread's writer_token, or NULL:
                                  best-effort concurrent write detection */
};

static const uint8_t mask_none[1] = {0};
static const uint8_t mask_map[1] = {15};      /* t0, old, zero, migrated */
static const gm_type map_type = {
    .size = sizeof(struct gm_map), .align = _Alignof(struct gm_map),
    .ptrdata = 4 * sizeof(void *), .ptrmask = mask_map, .name = "runtime.hmap",
    .kind = GM_KIND_STRUCT};
_Static_assert(offsetof(struct gm_map, t0) == 0, "map_type's bitmap");
_Static_assert(offsetof(struct gm_map, old) == sizeof(void *), "map_type's bitmap");
_Static_assert(offsetof(struct gm_map, zero) == 2 * sizeof(void *), "map_type's bitmap");
_Static_assert(offsetof(struct gm_map, migrated) == 3 * sizeof(void *), "map_type's bitmap");

/* ---- map types ---- */

static size_t align_up(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }

static void merge_mask(uint8_t *mask, size_t byteoff, const gm_type *t) {
    size_t at = byteoff / sizeof(void *);
    for (size_t w = 0; w < t->ptrdata / sizeof(void *); w++)
        if ((t->ptrmask[w / 8] >> (w % 8)) & 1)
            mask[(at + w) / 8] |= (uint8_t)(1u << ((at + w) % 8));
}

static size_t mask_end(const uint8_t *mask, size_t words) {
    size_t end = 0;
    for (size_t w = 0; w < words; w++)
        if ((mask[w / 8] >> (w % 8)) & 1)
            end = w + 1;
    return end * sizeof(void *);
}

static int key_kind(const gm_type *k) {
    if (k->hash == mk_hash_mem64 && k->equal == mk_equal_mem64)
        return KK_MEM64;
    if (k->hash == mk_hash_mem32 && k->equal == mk_equal_mem32)
        return KK_MEM32;
    if (k->hash == mk_hash_string && k->equal == mk_equal_string)
        return KK_STRING;
    return KK_GENERIC;
}

/* Slots start on a cache line (tables of over 32 KiB are page-aligned), so
 * that a group of 16-byte slots is two whole lines, both prefetched. */
static size_t slots_offset(const maptype *mt, uint64_t ngroups) {
    size_t align = mt->slot.align > 64 ? mt->slot.align : 64;
    return align_up(offsetof(table, ctrl) + ngroups * sizeof(uint64_t), align);
}

/* The descriptor of a table of ngroups groups: header and control words
 * without pointers, then the slots' pointer words, repeated.  The slots
 * start on a cache line (a whole number of bitmap bytes), and eight
 * slots of a type with pointers (a multiple of 8 bytes) fill whole
 * bitmap bytes, so the bitmap is the first eight slots' bytes copied
 * forward: building it costs one pass over 1/64 of the table's size. */
static gm_type *build_table_type(const maptype *mt, uint64_t ngroups) {
    size_t off = slots_offset(mt, ngroups), nslots = ngroups * SLOTS;
    size_t align = mt->slot.align > _Alignof(table) ? mt->slot.align : _Alignof(table);
    size_t size = align_up(off + nslots * mt->slotsize, align), words = size / 8;
    gm_type *tt = malloc(sizeof *tt);
    if (!tt)
        abort();
    if (mt->slot.ptrdata == 0) {       /* allocated noscan: no bitmap */
        *tt = (gm_type){.size = size, .align = align, .ptrmask = mask_none,
                        .name = "runtime.table", .kind = GM_KIND_STRUCT};
        return tt;
    }
    uint8_t *mask = calloc(words / 8 + 1, 1);
    if (!mask)
        abort();
    for (size_t i = 0; i < SLOTS; i++)      /* every table has >= 8 slots */
        merge_mask(mask, off + i * mt->slotsize, &mt->slot);
    size_t first = off / 64, unit = mt->slotsize / 8;   /* 8 slots' bitmap bytes */
    for (size_t done = unit, total = nslots / SLOTS * unit; done < total;) {
        size_t n = done < total - done ? done : total - done;
        memcpy(mask + first + done, mask + first, n);
        done += n;
    }
    *tt = (gm_type){.size = size, .align = align,
                    .ptrdata = off + (nslots - 1) * mt->slotsize + mt->slot.ptrdata,
                    .ptrmask = mask, .name = "runtime.table", .kind = GM_KIND_STRUCT};
    return tt;
}

static pthread_mutex_t mt_lock = PTHREAD_MUTEX_INITIALIZER;

/* The descriptor of mt's tables of 2^lg groups, built once per process. */
static const gm_type *table_type(const maptype *mt, int lg) {
    const gm_type **slot = (const gm_type **)&mt->tables[lg];
    const gm_type *tt = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (tt)
        return tt;
    mk_lock(&mt_lock);
    tt = *slot;
    if (!tt) {
        tt = build_table_type(mt, (uint64_t)1 << lg);
        __atomic_store_n(slot, tt, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&mt_lock);
    return tt;
}

static maptype *build_maptype(const gm_type *key, const gm_type *val) {
    maptype *mt = calloc(1, sizeof *mt);
    size_t align = key->align > val->align ? key->align : val->align;
    if (align < 1)
        align = 1;
    if (!mt)
        abort();
    mt->key = key;
    mt->val = val;
    mt->valoff = align_up(key->size, val->align ? val->align : 1);
    mt->slotsize = align_up(mt->valoff + val->size, align);
    mt->keykind = key_kind(key);
    mt->val_empty = val->size == 0;
    mt->hash_may_panic = mt->keykind == KK_GENERIC &&
                         (key->kind == GM_KIND_INTERFACE || key->kind == GM_KIND_STRUCT ||
                          key->kind == GM_KIND_ARRAY);
    mt->key_may_nan = mt->keykind == KK_GENERIC &&
                      ((key->kind >= GM_KIND_FLOAT32 && key->kind <= GM_KIND_ARRAY) ||
                       key->kind == GM_KIND_INTERFACE || key->kind == GM_KIND_STRUCT);
    mt->key_update = mt->keykind == KK_STRING ||
                     (mt->keykind == KK_GENERIC && key->kind != GM_KIND_BOOL &&
                      !(key->kind >= GM_KIND_INT && key->kind <= GM_KIND_UINTPTR));
    size_t slotwords = align_up(mt->slotsize, 8) / 8;
    uint8_t *smask = calloc(slotwords / 8 + 1, 1);
    if (!smask)
        abort();
    if (key->ptrdata)
        merge_mask(smask, 0, key);
    if (val->ptrdata)
        merge_mask(smask, mt->valoff, val);
    mt->slot = (gm_type){.size = mt->slotsize, .align = align,
                         .ptrdata = mask_end(smask, slotwords), .ptrmask = smask,
                         .name = "runtime.slot", .kind = GM_KIND_STRUCT};
    return mt;
}

typedef struct mt_entry {
    struct mt_entry *next;
    maptype *mt;
} mt_entry;
static mt_entry *mt_cache[64];

static const maptype *get_maptype(const gm_type *key, const gm_type *val) {
    unsigned b = (unsigned)(mk_hash64((uintptr_t)key, (uintptr_t)val) % 64);
    mk_lock(&mt_lock);
    for (mt_entry *e = mt_cache[b]; e; e = e->next) {
        if (e->mt->key == key && e->mt->val == val) {
            pthread_mutex_unlock(&mt_lock);
            return e->mt;
        }
    }
    mt_entry *e = malloc(sizeof *e);
    if (!e)
        abort();
    e->mt = build_maptype(key, val);
    e->next = mt_cache[b];
    mt_cache[b] = e;
    pthread_mutex_unlock(&mt_lock);
    return e->mt;
}

/* ---- control words (SWAR over 8 bytes) ---- */

/* Bytes equal to b (exact, no false positives). */
static inline uint64_t match_byte(uint64_t ctrl, uint8_t b) {
    uint64_t x = ctrl ^ (LSB * b);
    return ~(((x & ~MSB) + ~MSB) | x) & MSB;
}
static inline uint64_t match_empty(uint64_t ctrl) {
    return ~ctrl & ~(ctrl << 7) & MSB;
}
static inline uint64_t match_free(uint64_t ctrl) { return ~ctrl & MSB; }
static inline uint64_t match_full(uint64_t ctrl) { return ctrl & MSB; }
static inline int first_slot(uint64_t match) { return __builtin_ctzll(match) >> 3; }

static inline uint64_t set_ctrl(uint64_t ctrl, int s, uint8_t c) {
    return (ctrl & ~(0xFFull << (8 * s))) | ((uint64_t)c << (8 * s));
}

/* ---- addressing ---- */

/* The table of a map without tables: a header with mask 0 and one empty
 * control word. */
static const uint64_t empty_table_words[offsetof(table, ctrl) / 8 + 1]
    __attribute__((aligned(16)));
#define EMPTY_TABLE ((table *)empty_table_words)

/* A group: its control word and its first slot. */
typedef struct grp {
    uint64_t *ctrl;
    char *slots;
} grp;

static inline grp group_at(const maptype *mt, const table *t, uint64_t g) {
    return (grp){(uint64_t *)t->ctrl + g, (char *)t + t->slots_off + g * SLOTS * mt->slotsize};
}
static inline uint64_t *ctrl_of(grp g) { return g.ctrl; }
static inline char *slot_at(const maptype *mt, grp g, int s) {
    return g.slots + (size_t)s * mt->slotsize;
}
static inline void *val_of(const maptype *mt, char *slot) {
    return mt->val_empty ? (void *)mk_zerobase : slot + mt->valoff;
}
static inline uint8_t h2_of(uint64_t hash) { return (uint8_t)(0x80 | (hash & 0x7F)); }
static inline intptr_t capacity(const table *t) { return (intptr_t)(t->mask + 1) * SLOTS; }
static inline intptr_t max_growth(intptr_t cap) { return cap * 7 / 8; }

/* ---- hashing and comparing keys, specialised by key kind ---- */

static inline uint64_t key_hash(const gm_map *m, const void *key, int kk) {
    switch (kk) {
    case KK_MEM64: {
        uint64_t v;
        memcpy(&v, key, 8);
        return mk_hash64(v, m->seed);
    }
    case KK_MEM32: {
        uint32_t v;
        memcpy(&v, key, 4);
        return mk_hash64(v, m->seed);
    }
    case KK_STRING: {
        const gm_string *s = key;
        return mk_memhash(s->ptr, (size_t)s->len, m->seed);
    }
    default:
        return gm_hash(m->mt->key, key, m->seed);
    }
}

static inline bool key_equal(const maptype *mt, const void *a, const void *b, int kk) {
    switch (kk) {
    case KK_MEM64:
        return *(const uint64_t *)a == *(const uint64_t *)b;
    case KK_MEM32:
        return *(const uint32_t *)a == *(const uint32_t *)b;
    case KK_STRING:
        return mk_string_equal(a, b);
    default:
        return gm_equal(mt->key, a, b);
    }
}

/* ---- lookup ---- */

/* The slot of table t holding key, or NULL; its group and index in
 * *gout and *sout when they are given. */
static inline __attribute__((always_inline)) char *
find_in(const gm_map *m, const table *t, const void *key, uint64_t hash, int kk,
        uint64_t *gout, int *sout) {
    const maptype *mt = m->mt;
    uint64_t mask = t->mask, g = (hash >> 7) & mask;
    uint8_t h2 = h2_of(hash);
    /* The slot's address depends on the control word; fetch the group's
     * first slots meanwhile, so that the two misses overlap. */
    char *first = group_at(mt, t, g).slots;
    if (m->count > PREFETCH_MIN) {
        __builtin_prefetch(first);
        __builtin_prefetch(first + 64);
        if (mt->slotsize > 16)
            __builtin_prefetch(first + 128);
    }
    for (uint64_t step = 1;; step++) {
        grp g8 = group_at(mt, t, g);
        uint64_t ctrl = *ctrl_of(g8);
        for (uint64_t mt8 = match_byte(ctrl, h2); mt8; mt8 &= mt8 - 1) {
            char *slot = slot_at(mt, g8, first_slot(mt8));
            if (key_equal(mt, key, slot, kk)) {
                if (gout) {
                    *gout = g;
                    *sout = first_slot(mt8);
                }
                return slot;
            }
        }
        if (match_empty(ctrl))
            return NULL;
        g = (g + step) & mask;
    }
}

/* ---- migration state ---- */

static inline bool group_moved(const gm_map *m, uint64_t g) {
    return (m->migrated[g / 64] >> (g % 64)) & 1;
}

/* During a migration: the slot of old holding key if its group has not
 * moved yet (the key lives there), else NULL; the group in *gout. */
static inline __attribute__((always_inline)) char *
find_unmoved(const gm_map *m, const void *key, uint64_t hash, int kk, uint64_t *gout) {
    uint64_t g;
    int s;
    char *slot = find_in(m, m->old, key, hash, kk, &g, &s);
    if (!slot || group_moved(m, g))
        return NULL;
    if (gout)
        *gout = g;
    return slot;
}

/* The slot holding key, wherever the key lives, or NULL.  During a
 * migration the key's home group in old says where it most likely is: in
 * old while that group has not moved, else in t0; the other table is
 * probed only on a miss (a key that overflowed its home group may be in
 * either).  So a lookup usually probes one table, as Go's does during
 * growth; probing t0 first cost lookups in a map just past a growth twice
 * GLib's time (map_bench pair int 920000). */
static inline __attribute__((always_inline)) char *
find(const gm_map *m, const void *key, uint64_t hash, int kk) {
    if (!m->old)
        return find_in(m, m->t0, key, hash, kk, NULL, NULL);
    char *slot;
    if (!group_moved(m, (hash >> 7) & m->old->mask)) {
        slot = find_unmoved(m, key, hash, kk, NULL);
        return slot ? slot : find_in(m, m->t0, key, hash, kk, NULL, NULL);
    }
    slot = find_in(m, m->t0, key, hash, kk, NULL, NULL);
    return slot ? slot : find_unmoved(m, key, hash, kk, NULL);
}

/* The slot holding key, or NULL, for a map with tables: the probe loop
 * specialised by key kind. */
static __attribute__((noinline)) char *find_any(const gm_map *m, const void *key) {
    switch (m->keykind) {
    case KK_MEM64:
        return find(m, key, key_hash(m, key, KK_MEM64), KK_MEM64);
    case KK_STRING:
        return find(m, key, key_hash(m, key, KK_STRING), KK_STRING);
    case KK_MEM32:
        return find(m, key, key_hash(m, key, KK_MEM32), KK_MEM32);
    default:
        return find(m, key, key_hash(m, key, KK_GENERIC), KK_GENERIC);
    }
}

/* ---- write detection ---- */

/* A thread's identity as a map writer: the address of a thread-local. */
static _Thread_local char writer_token;

/* m->writer is set.  Another thread's: a concurrent write, fatal as in Go.
 * This thread's own: its write was abandoned by a panic that was then
 * recovered.  Keys are hashed before a write begins, as Go does, so only
 * a key type's own equality can panic inside a write, and it runs while
 * the write probes, before anything changes: end that write. */
static void check_no_writer(gm_map *m, const char *what) {
    if (m->writer != &writer_token)
        mk_fatal(what);
    m->writer = NULL;
    m->lookup = m->lookup_idle;
}

static const void *zero_value(const gm_map *m) {
    return m->zero ? m->zero : (const void *)mk_zero;
}

/* A lookup or delete that needs no hash still hashes a key that may be
 * unhashable, so that it panics as in Go ("hash of unhashable type []int"
 * for an interface key holding a slice, even on an empty map). */
static void check_hashable(const gm_map *m, const void *key) {
    if (m->mt->hash_may_panic)
        gm_hash(m->mt->key, key, m->seed);
}

/* A nil map's zero value.  gm_map_get is not told the value type, and a
 * value may be larger than mk_zero (the map fuzzer read 16 bytes past it
 * for a 1040-byte value): a read-only mapping of untouched pages, which
 * costs address space only and is no root, serves values up to 1 GiB (as
 * gc gives mapaccess1_fat a zero value of the type's size).  Made on first
 * use; mk_zero if the mapping fails. */
#define NIL_MAP_ZERO_BYTES ((size_t)1 << 30)

static const void *nil_map_zero(void) {
    static _Atomic(const void *) zero;
    const void *z = atomic_load_explicit(&zero, memory_order_acquire);
    if (z)
        return z;
    void *p = mmap(NULL, NIL_MAP_ZERO_BYTES, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
        return mk_zero;
    if (!atomic_compare_exchange_strong(&zero, &z, p)) {
        munmap(p, NIL_MAP_ZERO_BYTES);       /* another thread's came first: z */
        return z;
    }
    return p;
}

static __attribute__((noinline)) void *get_miss(const gm_map *m, const void *key, bool *ok) {
    if (m && m->count == 0)
        check_hashable(m, key);
    if (ok)
        *ok = false;
    return m ? (void *)zero_value(m) : (void *)nil_map_zero();
}

static inline void *get_found(const gm_map *m, char *slot, bool *ok) {
    if (ok)
        *ok = true;
    return val_of(m->mt, slot);
}

/* The lookups behind the fast paths: key kinds without one, maps in the
 * middle of a write, and probes the first candidate did not end. */
static __attribute__((noinline)) void *get_other(gm_map *m, const void *key, bool *ok) {
    if (m == NULL || m->count == 0)
        return get_miss(m, key, ok);
    if (m->writer)
        check_no_writer(m, "concurrent map read and map write");
    char *slot = find_any(m, key);
    return slot ? get_found(m, slot, ok) : get_miss(m, key, ok);
}

/* The fast paths (LK_INT64, LK_STRING) hash the key, load the group's
 * control word and compare the first candidate, all inline: most lookups
 * end there.  Large maps lose their time in cache and TLB misses, so the
 * group's slots are prefetched together with the control word (their
 * address does not depend on it), and the path is kept short so that the
 * processor overlaps the misses of successive lookups: t0 and the mask
 * come from the map header, so no load stands between the hash and the
 * control word (a directory entry there, an L2 hit at 10^7 entries, cost
 * about a tenth of a lookup).  An empty map's table is a group with no
 * candidate.  A map being migrated has its own fast paths (below). */
/* The first byte of the control word equal to h2, as a bit in byte's top
 * bit (0 if none).  Shorter than match_byte: later bytes may be flagged
 * falsely (by the borrow), but the lowest flag is always a true match. */
static inline uint64_t first_match(uint64_t ctrl, uint8_t h2) {
    uint64_t x = ctrl ^ (LSB * h2);
    return (x - LSB) & ~x & MSB;
}

/* Slot i of a group: a shift for power-of-two slot sizes (no multiply on
 * the way from the control word to the key). */
static inline __attribute__((always_inline)) size_t
slot_offset(const gm_map *m, uint64_t i, bool pow2) {
    return pow2 ? (size_t)((i / SLOTS) << m->group_shift) : (size_t)(i * m->slotsize);
}

/* The offset in its group of the slot a match flags (its top bit is bit
 * 8i+7 for slot i). */
static inline __attribute__((always_inline)) size_t
hit_offset(const gm_map *m, uint64_t hits, bool pow2) {
    uint64_t bit = (unsigned)__builtin_ctzll(hits);     /* no sign extension */
    return pow2 ? (size_t)((bit & ~(uint64_t)7) << m->hit_shift)
                : (size_t)((bit >> 3) * m->slotsize);
}

#define FIRST_GROUP(m, hash, t, g, slots0, hits, pow2)                              \
    const table *t = (m)->t0;                                                       \
    uint64_t g = ((hash) >> 7) & (m)->mask;                                         \
    char *slots0 = (char *)t + (m)->slots_off + slot_offset(m, g * SLOTS, pow2);   \
    __builtin_prefetch(slots0);                                                     \
    __builtin_prefetch(slots0 + 64);                                                \
    uint64_t hits = first_match(t->ctrl[g], h2_of(hash))

static inline __attribute__((always_inline)) void *
get_int64(gm_map *m, const void *key, bool *ok, bool pow2) {
    uint64_t k;
    memcpy(&k, key, 8);
    uint64_t hash = mk_hash64_folded(k, m->seed_k0, m->seed_k1);
    FIRST_GROUP(m, hash, t, g, slots0, hits, pow2);
    if (__builtin_expect(hits != 0, 1)) {
        char *slot = slots0 + hit_offset(m, hits, pow2);
        if (__builtin_expect(*(const uint64_t *)slot == k, 1)) {
            if (ok)
                *ok = true;
            return slot + m->valoff;
        }
    }
    return get_other(m, key, ok);
}

/* In their own functions, so that the most common path, LK_INT64, stays a
 * leaf without saved registers. */
static __attribute__((noinline)) void *get_int64_any(gm_map *m, const void *key, bool *ok) {
    return get_int64(m, key, ok, false);
}

static __attribute__((noinline)) void *get_string(gm_map *m, const void *key, bool *ok) {
    const gm_string *s = key;
    uint64_t hash = mk_memhash(s->ptr, (size_t)s->len, m->seed);
    FIRST_GROUP(m, hash, t, g, slots0, hits, false);
    if (m->slotsize > 2 * 64 / SLOTS)
        __builtin_prefetch(slots0 + 128);
    if (__builtin_expect(hits != 0, 1)) {
        char *slot = slots0 + hit_offset(m, hits, false);
        if (__builtin_expect(mk_string_equal(s, (const gm_string *)slot), 1)) {
            if (ok)
                *ok = true;
            return slot + m->valoff;
        }
    }
    return get_other(m, key, ok);
}

/* During a migration: the group where key most likely is, its home
 * group in old if that has not moved (then all of its entries live
 * there), else its home group in t0; the first candidate there is
 * compared inline, as outside a migration, and anything else takes the
 * general path.  One dependent load more than the plain fast path (the
 * migrated bit; old's header shares a line with the map's hot fields). */
static inline grp migration_group(const gm_map *m, uint64_t hash) {
    const table *t = m->old;
    uint64_t g = (hash >> 7) & t->mask;
    if (group_moved(m, g)) {
        t = m->t0;
        g = (hash >> 7) & t->mask;
    }
    grp g8 = group_at(m->mt, t, g);
    __builtin_prefetch(g8.slots);
    __builtin_prefetch(g8.slots + 64);
    return g8;
}

static __attribute__((noinline)) void *get_int64_mig(gm_map *m, const void *key, bool *ok) {
    uint64_t k;
    memcpy(&k, key, 8);
    uint64_t hash = mk_hash64_folded(k, m->seed_k0, m->seed_k1);
    grp g8 = migration_group(m, hash);
    uint64_t hits = first_match(*ctrl_of(g8), h2_of(hash));
    if (hits) {
        char *slot = slot_at(m->mt, g8, first_slot(hits));
        if (*(const uint64_t *)slot == k)
            return get_found(m, slot, ok);
    }
    return get_other(m, key, ok);
}

static __attribute__((noinline)) void *get_string_mig(gm_map *m, const void *key, bool *ok) {
    const gm_string *s = key;
    uint64_t hash = mk_memhash(s->ptr, (size_t)s->len, m->seed);
    grp g8 = migration_group(m, hash);
    uint64_t hits = first_match(*ctrl_of(g8), h2_of(hash));
    if (hits) {
        char *slot = slot_at(m->mt, g8, first_slot(hits));
        if (mk_string_equal(s, (const gm_string *)slot))
            return get_found(m, slot, ok);
    }
    return get_other(m, key, ok);
}

void *gm_map_get(gm_map *m, const void *key, bool *ok) {
    if (__builtin_expect(m != NULL, 1)) {
        /* compares in order of frequency: the common path first */
        if (m->lookup == LK_INT64)
            return get_int64(m, key, ok, true);
        if (m->lookup == LK_STRING)
            return get_string(m, key, ok);
        if (m->lookup == LK_INT64_ANY)
            return get_int64_any(m, key, ok);
        if (m->lookup == LK_INT64_MIG)
            return get_int64_mig(m, key, ok);
        if (m->lookup == LK_STRING_MIG)
            return get_string_mig(m, key, ok);
    }
    return get_other(m, key, ok);
}

intptr_t gm_map_len(const gm_map *m) { return m ? m->count : 0; }

/* ---- building tables ---- */

static table *new_table(const maptype *mt, intptr_t cap) {
    uint64_t ngroups = (uint64_t)cap / SLOTS;
    const gm_type *tt = table_type(mt, __builtin_ctzll(ngroups));
    table *t = tt->ptrdata ? gm_alloc_typed(tt, 1) : gm_alloc_noscan(tt->size);
    t->slots_off = (uint32_t)slots_offset(mt, ngroups);
    t->mask = ngroups - 1;
    t->used = 0;
    t->growth_left = max_growth(cap);
    return t;
}

/* Put a slot known to be absent into t (no equality checks). */
static inline __attribute__((always_inline)) void
insert_fresh(const maptype *mt, table *t, uint64_t hash, const char *src) {
    uint64_t g = (hash >> 7) & t->mask;
    for (uint64_t step = 1;; step++) {
        grp g8 = group_at(mt, t, g);
        uint64_t free = match_free(*ctrl_of(g8));
        if (free) {
            int s = first_slot(free);
            *ctrl_of(g8) = set_ctrl(*ctrl_of(g8), s, (uint8_t)(0x80 | (hash & 0x7F)));
            mk_move(&mt->slot, slot_at(mt, g8, s), src, 1);
            t->used++;
            t->growth_left--;
            return;
        }
        g = (g + step) & t->mask;
    }
}

/* Copy the entries of group g of t into nt. */
static void move_group(gm_map *m, const table *t, uint64_t g, table *nt) {
    const maptype *mt = m->mt;
    grp g8 = group_at(mt, t, g);
    for (uint64_t f = match_full(*ctrl_of(g8)); f; f &= f - 1) {
        char *slot = slot_at(mt, g8, first_slot(f));
        insert_fresh(mt, nt, key_hash(m, slot, mt->keykind), slot);
    }
}

static void set_table(gm_map *m, table *t) {
    gm_store((void **)&m->t0, t);
    m->mask = t->mask;
    m->slots_off = t->slots_off;
}

static uint8_t lookup_kind(const maptype *mt) {
    if (mt->val_empty)
        return LK_OTHER;
    if (mt->keykind == KK_MEM64)
        return (mt->slotsize & (mt->slotsize - 1)) == 0 ? LK_INT64 : LK_INT64_ANY;
    return mt->keykind == KK_STRING ? LK_STRING : LK_OTHER;
}

static uint8_t migration_lookup_kind(const maptype *mt) {
    switch (lookup_kind(mt)) {
    case LK_INT64:
    case LK_INT64_ANY:
        return LK_INT64_MIG;
    case LK_STRING:
        return LK_STRING_MIG;
    default:
        return LK_OTHER;
    }
}

/* ---- incremental migration ---- */

static void end_migration(gm_map *m) {
    gm_store((void **)&m->old, NULL);
    gm_store((void **)&m->migrated, NULL);
    m->lookup_idle = lookup_kind(m->mt);   /* end_write restores the fast path */
}

/* Clear the pointers in the values of old's group g, which has moved:
 * nothing reads them again (lookups probe only unmoved groups of old,
 * iterators re-look-up the keys of a retired table in the live map), and
 * they would keep values deleted or overwritten since the move alive for
 * as long as the migration lasts, which is for good when the writes stop.
 * The keys stay: iterators walking old need them. */
static void drop_moved_values(gm_map *m, uint64_t g) {
    const maptype *mt = m->mt;
    if (mt->val->ptrdata == 0)
        return;
    grp g8 = group_at(mt, m->old, g);
    for (uint64_t f = match_full(*ctrl_of(g8)); f; f &= f - 1)
        mk_clear(mt->val, val_of(mt, slot_at(mt, g8, first_slot(f))));
}

/* Move group g of old to t0 (once). */
static void migrate_group(gm_map *m, uint64_t g) {
    if (group_moved(m, g))
        return;
    move_group(m, m->old, g, m->t0);
    m->migrated[g / 64] |= (uint64_t)1 << (g % 64);
    drop_moved_values(m, g);
}

/* Advance old_next past moved groups (whole words of them at a time). */
static void skip_moved(gm_map *m) {
    uint64_t n = m->old->mask + 1;
    while (m->old_next < n) {
        uint64_t w = m->migrated[m->old_next / 64] >> (m->old_next % 64);
        if (~w == 0 && m->old_next % 64 == 0) {
            m->old_next += 64;
            continue;
        }
        if (!(w & 1))
            return;
        m->old_next++;
    }
}

/* The migration work of one write: the group holding its key (found by
 * hash), then MIGRATE_GROUPS more in order; ends the migration when every
 * group has moved. */
static void migrate_step(gm_map *m, const void *key, uint64_t hash, int kk) {
    uint64_t g;
    if (find_unmoved(m, key, hash, kk, &g))
        migrate_group(m, g);
    for (int i = 0; i < MIGRATE_GROUPS; i++) {
        skip_moved(m);
        if (m->old_next > m->old->mask)
            break;
        migrate_group(m, m->old_next++);
    }
    skip_moved(m);
    if (m->old_next > m->old->mask)
        end_migration(m);
}

static void finish_migration(gm_map *m) {
    for (uint64_t g = 0; g <= m->old->mask; g++)
        migrate_group(m, g);
    end_migration(m);
}

/* t0 is full: replace it by a table of twice its capacity, or of the same
 * capacity when tombstones are many and entries few.  Small tables move
 * at once; larger ones start a migration. */
static void make_room(gm_map *m) {
    if (m->old)
        finish_migration(m);       /* only after unusual churn: see the header */
    table *t = m->t0;
    intptr_t cap = capacity(t);
    intptr_t tombstones = max_growth(cap) - t->used - t->growth_left;
    bool same = tombstones >= cap / 16 && t->used < max_growth(cap) / 2;
    table *nt = new_table(m->mt, same ? cap : cap * 2);
    t->retired = true;
    if (cap <= SYNC_REBUILD_MAX || m->has_nan) {
        for (uint64_t g = 0; g <= t->mask; g++)
            move_group(m, t, g, nt);
        set_table(m, nt);
        return;
    }
    uint64_t words = (t->mask + 1 + 63) / 64;
    gm_store((void **)&m->migrated, gm_alloc_noscan(words * sizeof(uint64_t)));
    gm_store((void **)&m->old, t);
    m->old_next = 0;
    set_table(m, nt);
    m->lookup_idle = migration_lookup_kind(m->mt);
}

/* ---- make ---- */

/* A map without tables (new, or cleared) has this static table of one
 * all-empty group (never written), so that lookups need no special case,
 * they find no candidate.  Inserts make the first table. */
static void set_empty(gm_map *m) {
    set_table(m, (table *)EMPTY_TABLE);
}

static bool has_tables(const gm_map *m) { return m->t0 != EMPTY_TABLE; }

/* The first table, sized for hint entries.  Go ignores a hint whose
 * memory would pass the largest allocation (here: a slot and a control
 * byte per slot of the table the hint needs). */
static void init_table(gm_map *m, intptr_t hint) {
    uintptr_t cap = SLOTS, per = m->mt->slotsize + 1;
    while ((uintptr_t)max_growth((intptr_t)cap) < (uintptr_t)hint && cap <= MK_MAX_ALLOC / per)
        cap *= 2;
    if (cap > MK_MAX_ALLOC / per)
        return;
    set_table(m, new_table(m->mt, (intptr_t)cap));
}

static void set_seed(gm_map *m, uint64_t seed) {
    m->seed = seed;
    m->seed_k0 = seed ^ MK_K0;
    m->seed_k1 = seed ^ MK_K1;
}

/* The header of a map of key and val without tables.  K must be
 * comparable; the check comes before anything is allocated or written. */
static void init_header(gm_map *m, const gm_type *key, const gm_type *val) {
    m->mt = get_maptype(key, val);
    m->slotsize = (uint32_t)m->mt->slotsize;
    m->valoff = (uint32_t)m->mt->valoff;
    m->keykind = (uint8_t)m->mt->keykind;
    m->lookup = lookup_kind(m->mt);
    m->lookup_idle = m->lookup;
    if (m->lookup == LK_INT64) {     /* slots of a power-of-two size >= 16 */
        m->group_shift = (uint8_t)__builtin_ctzll(SLOTS * m->slotsize);
        m->hit_shift = (uint8_t)(__builtin_ctzll(m->slotsize) - 3);
    }
    set_seed(m, mk_rand());
    set_empty(m);
    if (val->size > MK_ZERO_MAX)
        gm_store(&m->zero, gm_alloc_noscan(val->size));
}

static void check_comparable(const gm_type *key) {
    if (!gm_type_comparable(key))
        gm_panic("runtime error: hash of unhashable type %s", key->name);
}

gm_map *gm_make_map(const gm_type *key, const gm_type *val, intptr_t hint) {
    check_comparable(key);
    gm_map *m = gm_alloc_typed(&map_type, 1);
    init_header(m, key, val);
    if (hint > 0)
        init_table(m, hint);
    return m;
}

/* ---- maps in caller storage (gm_map_init) ----
 *
 * gm_map_storage: the header at offset 0, then, from a cache line (the
 * storage is 64-byte aligned), room for a table of one group.  That table
 * is an ordinary table except that it is not a heap object: the collector
 * sees its slots (and the header's pointers) through the conservative scan
 * of the frame that holds the storage.  It is replaced like any table when
 * it fills (make_room moves its entries to a heap table and retires it),
 * and gm_map_clear leaves it behind retired, so it is never written again
 * once replaced.  The header's pointer fields are written with gm_store,
 * which accepts any slot and ignores values outside the heap. */
#define STORAGE_TABLE_OFF GM_MAP_STORAGE_HEADER_BYTES
_Static_assert(sizeof(struct gm_map) <= GM_MAP_STORAGE_HEADER_BYTES,
               "the map header fits in gm_map_storage's header part");
_Static_assert(STORAGE_TABLE_OFF % 64 == 0 && _Alignof(gm_map_storage) % 64 == 0,
               "the storage's table starts on a cache line");
_Static_assert(_Alignof(gm_map_storage) % _Alignof(struct gm_map) == 0 &&
                   STORAGE_TABLE_OFF % _Alignof(table) == 0,
               "header and table are aligned in the storage");

/* The empty one-group table in s for mt's slots, or NULL if it does not fit
 * (s is zeroed: its control word says empty, its slots are zero). */
static table *storage_table(gm_map_storage *s, const maptype *mt) {
    size_t slots_off = slots_offset(mt, 1);
    if (STORAGE_TABLE_OFF + slots_off + SLOTS * mt->slotsize > sizeof s->bytes)
        return NULL;
    table *t = (table *)(s->bytes + STORAGE_TABLE_OFF);
    t->mask = 0;
    t->slots_off = (uint32_t)slots_off;
    t->growth_left = max_growth(SLOTS);
    return t;
}

/* Writes to s are plain stores: s is on its owner's stack, which the
 * hybrid barrier does not cover (the collector scans stacks whole). */
gm_map *gm_map_init(gm_map_storage *s, const gm_type *key, const gm_type *val, intptr_t hint) {
    check_comparable(key);
    memset(s, 0, sizeof *s);
    gm_map *m = (gm_map *)s->bytes;
    init_header(m, key, val);
    table *t = hint <= SLOTS ? storage_table(s, m->mt) : NULL;
    if (t)
        set_table(m, t);
    else if (hint > 0)
        init_table(m, hint);
    return m;
}

/* ---- insert ---- */

static void begin_write(gm_map *m) {
    if (m->writer)
        check_no_writer(m, "concurrent map writes");
    m->writer = &writer_token;
    m->lookup = LK_OTHER;      /* readers take get_other, which reports them */
}

static void end_write(gm_map *m) {
    if (m->writer != &writer_token)
        mk_fatal("concurrent map writes");
    m->writer = NULL;
    m->lookup = m->lookup_idle;
}

/* The slot for key (inserted, zeroed, if absent). */
static inline __attribute__((always_inline)) char *
assign(gm_map *m, const void *key, uint64_t hash, int kk) {
    const maptype *mt = m->mt;
    if (m->old)
        migrate_step(m, key, hash, kk);     /* the key, if present, is now in t0 */
    for (;;) {
        table *t = m->t0;
        uint64_t g = (hash >> 7) & t->mask;
        uint8_t h2 = 0x80 | (hash & 0x7F);
        char *dest = NULL;
        uint64_t *dest_ctrl = NULL;
        int dest_s = 0;
        if (m->count > PREFETCH_MIN) {
            char *first = group_at(mt, t, g).slots;
            __builtin_prefetch(first, 1);
            __builtin_prefetch(first + 64, 1);
        }
        for (uint64_t step = 1;; step++) {
            grp g8 = group_at(mt, t, g);
            uint64_t ctrl = *ctrl_of(g8);
            for (uint64_t mt8 = match_byte(ctrl, h2); mt8; mt8 &= mt8 - 1) {
                char *slot = slot_at(mt, g8, first_slot(mt8));
                if (key_equal(mt, key, slot, kk)) {
                    if (mt->key_update)
                        mk_move(mt->key, slot, key, 1);
                    return slot;
                }
            }
            uint64_t free = match_free(ctrl);
            if (free && !dest) {
                dest_s = first_slot(free);
                dest = slot_at(mt, g8, dest_s);
                dest_ctrl = ctrl_of(g8);
            }
            if (match_empty(ctrl))
                break;
            g = (g + step) & t->mask;
        }
        bool reuse = ((*dest_ctrl >> (8 * dest_s)) & 0xFF) == CTRL_DELETED;
        if (!reuse && t->growth_left == 0) {
            make_room(m);                   /* the key is absent: it goes to the new t0 */
            continue;
        }
        if (mt->key_may_nan && !m->has_nan && !key_equal(mt, key, key, kk)) {
            m->has_nan = true;
            if (m->old) {
                finish_migration(m);        /* once per map: see gm_map_next */
                continue;
            }
        }
        *dest_ctrl = set_ctrl(*dest_ctrl, dest_s, h2);
        mk_move(mt->key, dest, key, 1);
        if (!reuse)
            t->growth_left--;
        t->used++;
        m->count++;
        return dest;
    }
}

static char *assign_any(gm_map *m, const void *key) {
    if (!m)
        gm_panic("assignment to entry in nil map");
    int kk = m->mt->keykind;
    uint64_t h;
    char *slot;
    switch (kk) {
    case KK_MEM64:
        h = key_hash(m, key, KK_MEM64);
        break;
    case KK_STRING:
        h = key_hash(m, key, KK_STRING);
        break;
    default:
        h = key_hash(m, key, kk);
        break;
    }
    begin_write(m);
    if (!has_tables(m))
        init_table(m, 0);
    switch (kk) {
    case KK_MEM64:
        slot = assign(m, key, h, KK_MEM64);
        break;
    case KK_STRING:
        slot = assign(m, key, h, KK_STRING);
        break;
    case KK_MEM32:
        slot = assign(m, key, h, KK_MEM32);
        break;
    default:
        slot = assign(m, key, h, KK_GENERIC);
        break;
    }
    end_write(m);
    return slot;
}

void *gm_map_assign(gm_map *m, const void *key) {
    char *slot = assign_any(m, key);
    return val_of(m->mt, slot);
}

void gm_map_set(gm_map *m, const void *key, const void *val) {
    char *slot = assign_any(m, key);
    const maptype *mt = m->mt;
    if (mt->val->size)
        mk_move(mt->val, slot + mt->valoff, val, 1);
}

/* ---- delete ---- */

/* Remove the entry in slot s of group g of t0. */
static void remove_at(gm_map *m, uint64_t g, int s, char *slot) {
    const maptype *mt = m->mt;
    table *t = m->t0;
    grp g8 = group_at(mt, t, g);
    uint64_t ctrl = *ctrl_of(g8);
    if (mt->slot.ptrdata == 0 && mt->slotsize == 16)
        memset(slot, 0, 16);            /* inlined: the common int case */
    else
        mk_clear(&mt->slot, slot);
    /* A group with an empty slot never let a probe pass it, so the slot can
     * become empty again; otherwise leave a tombstone. */
    if (match_empty(ctrl)) {
        *ctrl_of(g8) = set_ctrl(ctrl, s, CTRL_EMPTY);
        t->growth_left++;
    } else {
        *ctrl_of(g8) = set_ctrl(ctrl, s, CTRL_DELETED);
    }
    t->used--;
    m->count--;
}

void gm_map_delete(gm_map *m, const void *key) {
    if (!m || !m->count) {
        if (m)
            check_hashable(m, key);
        return;
    }
    int kk = m->mt->keykind, s = 0;
    uint64_t g = 0;
    char *slot;
    uint64_t hash = key_hash(m, key, kk);     /* may panic: before the write */
    begin_write(m);
    if (m->old)
        migrate_step(m, key, hash, kk);     /* the key, if present, is now in t0 */
    switch (kk) {
    case KK_MEM64:
        slot = find_in(m, m->t0, key, hash, KK_MEM64, &g, &s);
        break;
    case KK_STRING:
        slot = find_in(m, m->t0, key, hash, KK_STRING, &g, &s);
        break;
    default:
        slot = find_in(m, m->t0, key, hash, KK_GENERIC, &g, &s);
        break;
    }
    if (slot)
        remove_at(m, g, s, slot);
    end_write(m);
}

void gm_map_clear(gm_map *m) {
    if (!m)
        return;
    begin_write(m);
    if (has_tables(m))
        m->t0->retired = true;
    if (m->old)
        end_migration(m);
    set_empty(m);
    m->has_nan = false;
    m->count = 0;
    set_seed(m, mk_rand());
    m->clear_seq++;
    end_write(m);
}

/* ---- iteration ----
 *
 * An iteration walks the map's table as it was at the start (a frozen
 * snapshot once it is retired), from a random slot.  One that starts
 * during a migration walks old, then t0, skipping there the keys old
 * holds (they were produced, or deleted, while walking old).  That
 * needs keys equal to themselves: a map holding a NaN key is never
 * migrated (has_nan).  Hence Go's rules: an entry deleted before it is
 * reached is not produced; an entry present throughout is produced
 * exactly once; one added during the iteration may or may not be. */

void gm_map_iter_init(gm_map_iter *it, gm_map *m) {
    memset(it, 0, sizeof *it);
    it->m = m;
    it->entry_offset = mk_rand();
    if (!m)
        return;
    it->clear_seq = m->clear_seq;
    if (!has_tables(m))
        return;
    it->tab = m->old ? m->old : m->t0;
    it->next_tab = m->old ? m->t0 : NULL;
}

/* Produce the entry in slot of snapshot t: as it is if t is live, else as
 * the live map holds it now (or not at all if deleted since). */
static bool produce(gm_map *m, table *t, char *slot, void **key, void **val) {
    const maptype *mt = m->mt;
    if (!t->retired || !key_equal(mt, slot, slot, mt->keykind)) {
        *key = slot;            /* live, or a NaN key nobody can delete */
        *val = val_of(mt, slot);
        return true;
    }
    char *now = find_any(m, slot);
    if (!now)
        return false;
    *key = now;
    *val = val_of(mt, now);
    return true;
}

/* Whether table t (a frozen one) holds key. */
static bool table_holds(const gm_map *m, const table *t, const void *key) {
    int kk = m->keykind;
    uint64_t h = key_hash(m, key, kk);
    switch (kk) {
    case KK_MEM64:
        return find_in(m, t, key, h, KK_MEM64, NULL, NULL) != NULL;
    case KK_STRING:
        return find_in(m, t, key, h, KK_STRING, NULL, NULL) != NULL;
    default:
        return find_in(m, t, key, h, KK_GENERIC, NULL, NULL) != NULL;
    }
}

/* Step within the current table; true when an entry was produced. */
static bool next_in_table(gm_map_iter *it, void **key, void **val) {
    gm_map *m = it->m;
    const maptype *mt = m->mt;
    table *t = it->tab;
    intptr_t cap = capacity(t);
    while (it->entry_idx < cap) {
        uint64_t e = ((uint64_t)it->entry_idx + it->entry_offset) & (uint64_t)(cap - 1);
        it->entry_idx++;
        grp g8 = group_at(mt, t, e / SLOTS);
        int s = (int)(e % SLOTS);
        if (!((*ctrl_of(g8) >> (8 * s)) & 0x80))
            continue;
        char *slot = slot_at(mt, g8, s);
        if (it->skip && table_holds(m, it->skip, slot))
            continue;
        if (produce(m, t, slot, key, val))
            return true;
    }
    return false;
}

/* An iteration has ended: drop its tables.  A C caller's iterator often
 * stays in a live frame, where the conservative stack scan would otherwise
 * keep a frozen table, and every value it held when the migration began,
 * alive (rt_make_map_gc saw all 10,000 deleted values retained that way). */
static bool iter_done(gm_map_iter *it) {
    it->tab = it->next_tab = it->skip = NULL;
    return false;
}

bool gm_map_next(gm_map_iter *it, void **key, void **val) {
    gm_map *m = it->m;
    if (!m || !it->tab)
        return false;
    if (m->clear_seq != it->clear_seq)
        return iter_done(it);
    if (m->writer)
        check_no_writer(m, "concurrent map iteration and map write");
    while (!next_in_table(it, key, val)) {
        if (!it->next_tab)
            return iter_done(it);
        it->skip = it->tab;
        it->tab = it->next_tab;
        it->next_tab = NULL;
        it->entry_idx = 0;
    }
    return true;
}
