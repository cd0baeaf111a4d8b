/*
 * make_internal.h — shared internals of the `make` types (part 3):
 * hashing primitives, per-thread random numbers, size-class rounding for
 * append, the extended descriptors made by the type builders, and the
 * parking of threads blocked in channel operations, and mk_lock (the
 * locks of the make types, taken outside the runtime).
 *
 * Owned by: hash.c (mix/memhash/fastrand), type.c (gm_type_ext, zerobase),
 * slice.c, park.c (mk_park_*).  Not a public header.
 */
#ifndef GM_MAKE_INTERNAL_H
#define GM_MAKE_INTERNAL_H

#include "gomem.h"
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* Largest allocation the make types request (Go's maxAlloc on amd64). */
#define MK_MAX_ALLOC ((uintptr_t)1 << 47)

/* Take a lock of the make types (a channel's, the map and type caches').
 * These are taken outside the runtime, so a holder may be stopped by the
 * collector; a thread that finds the lock taken waits in the blocking
 * state (gm_mutex_lock).  Under ThreadSanitizer a thread waiting in plain
 * pthread_mutex_lock does not answer the stop signal: a stop waited
 * forever for threads blocked on the map-type lock whose holder it had
 * already stopped (rt_make_map_threads).  Uncontended: one trylock. */
static inline void mk_lock(pthread_mutex_t *m) {
    if (pthread_mutex_trylock(m) != 0)
        gm_mutex_lock(m);
}

/* ---- hash.c ---- */

#define MK_K0 0x9E3779B97F4A7C15ull
#define MK_K1 0xC2B2AE3D27D4EB4Full
#define MK_K2 0x165667B19E3779F9ull
#define MK_K3 0xD6E8FEB86659FD93ull

/* 64x64->128 multiply, folded: the core mixing step. */
static inline uint64_t mk_mum(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* Hash of one 64-bit word; every hash of 8-byte memory keys uses it.
 * The folded form takes seed ^ MK_K0 and seed ^ MK_K1 precomputed (the
 * map's lookup path); both give the same value. */
static inline uint64_t mk_hash64_folded(uint64_t v, uint64_t seed_k0, uint64_t seed_k1) {
    uint64_t rot = (v >> 32) | (v << 32);      /* both factors depend on v */
    return mk_mum(v ^ seed_k0, rot ^ seed_k1);
}
static inline uint64_t mk_hash64(uint64_t v, uint64_t seed) {
    return mk_hash64_folded(v, seed ^ MK_K0, seed ^ MK_K1);
}

static inline uint64_t mk_rd8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}
static inline uint64_t mk_rd4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Hash of n > 16 bytes (hash.c); mk_memhash's loop. */
uint64_t mk_memhash_long(const uint8_t *p, size_t n, uint64_t h);

/* Seeded hash of any byte string.  Up to 16 bytes (most map keys) it is
 * inline: two words read with overlapping loads, three multiplies. */
static inline uint64_t mk_memhash(const void *data, size_t n, uint64_t seed) {
    const uint8_t *p = data;
    uint64_t h = seed ^ MK_K0 ^ mk_mum(n ^ MK_K2, MK_K3);
    uint64_t a, b;
    if (n >= 8) {
        if (__builtin_expect(n > 16, 0))
            return mk_memhash_long(p, n, h);
        a = mk_rd8(p);
        b = mk_rd8(p + n - 8);
    } else if (n >= 4) {
        a = mk_rd4(p);
        b = mk_rd4(p + n - 4);
    } else if (n > 0) {
        a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
        b = 0;
    } else {
        a = b = 0;
    }
    return mk_mum(mk_mum(a ^ MK_K1, b ^ h) ^ MK_K2, h ^ MK_K3);
}

/* Go's string equality.  The same bytes (often: the key stored is the key
 * looked up) need no comparison; up to 16 bytes two overlapping words
 * decide without a call to memcmp. */
static inline bool mk_string_equal(const gm_string *x, const gm_string *y) {
    size_t n = (size_t)x->len;
    if (x->len != y->len)
        return false;
    if (x->ptr == y->ptr || n == 0)
        return true;
    if (n >= 8 && n <= 16)
        return mk_rd8(x->ptr) == mk_rd8(y->ptr) && mk_rd8(x->ptr + n - 8) == mk_rd8(y->ptr + n - 8);
    return memcmp(x->ptr, y->ptr, n) == 0;
}

/* Per-thread pseudo-random 64-bit numbers (seeded from the OS). */
uint64_t mk_rand(void);
/* Uniform in [0, n). */
static inline uint32_t mk_rand_n(uint32_t n) {
    return (uint32_t)(((mk_rand() >> 32) * (uint64_t)n) >> 32);
}

/* The hash and equal functions of the predeclared descriptors, which the
 * map recognises to take its fast paths. */
uintptr_t mk_hash_mem8(const void *v, uintptr_t seed);
uintptr_t mk_hash_mem16(const void *v, uintptr_t seed);
uintptr_t mk_hash_mem32(const void *v, uintptr_t seed);
uintptr_t mk_hash_mem64(const void *v, uintptr_t seed);
uintptr_t mk_hash_f32(const void *v, uintptr_t seed);
uintptr_t mk_hash_f64(const void *v, uintptr_t seed);
uintptr_t mk_hash_c64(const void *v, uintptr_t seed);
uintptr_t mk_hash_c128(const void *v, uintptr_t seed);
uintptr_t mk_hash_string(const void *v, uintptr_t seed);
bool mk_equal_mem8(const void *a, const void *b);
bool mk_equal_mem16(const void *a, const void *b);
bool mk_equal_mem32(const void *a, const void *b);
bool mk_equal_mem64(const void *a, const void *b);
bool mk_equal_f32(const void *a, const void *b);
bool mk_equal_f64(const void *a, const void *b);
bool mk_equal_c64(const void *a, const void *b);
bool mk_equal_c128(const void *a, const void *b);
bool mk_equal_string(const void *a, const void *b);

/* ---- type.c ---- */

/* Descriptors made by gm_type_struct / gm_type_array carry their layout
 * here; their hash/equal members are the dispatch markers below. */
typedef struct mk_type_ext {
    gm_type t;              /* first: a gm_type * points here */
    struct mk_type_ext *all_next;   /* registry of every built struct type */
    int nfields;            /* struct: fields kept for hash/equal */
    gm_field *fields;
} mk_type_ext;

uintptr_t mk_hash_marker(const void *v, uintptr_t seed);
bool mk_equal_marker(const void *a, const void *b);

/* The address every zero-size allocation returns (Go's zerobase). */
extern char mk_zerobase[16];

/* Copy count values of t: memmove when t holds no pointers, otherwise
 * gm_typedmemmove (the write barrier). */
static inline void mk_move(const gm_type *t, void *dst, const void *src, size_t count) {
    if (t->ptrdata == 0)
        memmove(dst, src, t->size * count);
    else
        gm_typedmemmove(t, dst, src, count);
}

/* Set one value of t to zero (the write barrier shades old pointers). */
void mk_clear(const gm_type *t, void *p);

/* A read-only zero value of at least n bytes (n <= MK_ZERO_MAX). */
#define MK_ZERO_MAX 1024
extern const uint8_t mk_zero[MK_ZERO_MAX];

/* ---- slice.c ---- */

/* Round an allocation request up to the allocator's size class. */

/* Go's bounds-check failures (runtime/error.go boundsError codes). */
typedef enum mk_bounds {
    MK_BOUNDS_INDEX,        /* s[x] with len y */
    MK_BOUNDS_SLICE_ALEN,   /* s[:x] with len y */
    MK_BOUNDS_SLICE_ACAP,   /* s[:x] with cap y */
    MK_BOUNDS_SLICE_B,      /* s[x:y] */
    MK_BOUNDS_SLICE3_ALEN,  /* s[::x] with len y */
    MK_BOUNDS_SLICE3_ACAP,  /* s[::x] with cap y */
    MK_BOUNDS_SLICE3_B,     /* s[:x:y] */
    MK_BOUNDS_SLICE3_C      /* s[x:y:] */
} mk_bounds;
void mk_panic_bounds(mk_bounds code, intptr_t x, intptr_t y) __attribute__((noreturn));

/* ---- park.c: blocking in channel operations ---- */

/* Go's throw: "fatal error: <msg>", a goroutine line, exit status 2.
 * Unrecoverable (the panic hook is not called). */
void mk_fatal(const char *msg) __attribute__((noreturn));

/* Why a thread is parked: Go's wait reasons. */
typedef enum mk_wait_reason {
    MK_WAIT_RECV, MK_WAIT_SEND, MK_WAIT_SELECT, MK_WAIT_SELECT_NO_CASES,
    MK_WAIT_RECV_NIL, MK_WAIT_SEND_NIL
} mk_wait_reason;

/* A parked thread's wake-up word lives on its own stack. */
typedef struct mk_parker {
    _Atomic uint32_t state;   /* 0 waiting, 1 woken, 2 sleeping in futex */
} mk_parker;

/* Called with the channel lock(s) held, just before unlocking and parking:
 * counts the thread as blocked (for deadlock detection). */
void mk_park_prepare(mk_parker *p);
/* Park until woken (the caller has dropped its locks).  Runs between
 * gm_blocking_enter/exit; never touches the heap.  Detects deadlock. */
void mk_park_wait(mk_parker *p, mk_wait_reason why);
/* Wake a parked thread (called by the running peer, lock held or not;
 * counts it as no longer blocked). */
void mk_park_wake(mk_parker *p);

#endif
