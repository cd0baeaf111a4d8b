/*
 * hash.c — seeded 64-bit hashing for map keys and per-thread random bits.
 *
 * Owns: mk_memhash (any byte string; its short inputs are hashed inline,
 * make_internal.h), the hash/equal functions of the
 * predeclared descriptors, mk_rand.
 * Invariants: equal values hash equally under the same seed (floats:
 * +0 == -0 hash alike; NaN != NaN, so a NaN hashes to a random value);
 * different seeds give unrelated hashes.  The mixing step is a folded
 * 64x64->128 multiply (mk_mum); every input byte reaches every output bit.
 */
#include "make_internal.h"

#include <math.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* The loop of mk_memhash (make_internal.h) over inputs longer than 16
 * bytes: 16 bytes per step, then the last 16 (overlapping). */
uint64_t mk_memhash_long(const uint8_t *p, size_t n, uint64_t h) {
    size_t left = n;
    while (left > 16) {
        h = mk_mum(mk_rd8(p) ^ MK_K1, mk_rd8(p + 8) ^ h);
        p += 16;
        left -= 16;
    }
    uint64_t a = mk_rd8(p + left - 16), b = mk_rd8(p + left - 8);
    return mk_mum(mk_mum(a ^ MK_K1, b ^ h) ^ MK_K2, h ^ MK_K3);
}

/* ---- predeclared hash / equal functions ---- */

uintptr_t mk_hash_mem8(const void *v, uintptr_t seed) {
    return mk_hash64(*(const uint8_t *)v, seed);
}
uintptr_t mk_hash_mem16(const void *v, uintptr_t seed) {
    uint16_t x;
    memcpy(&x, v, 2);
    return mk_hash64(x, seed);
}
uintptr_t mk_hash_mem32(const void *v, uintptr_t seed) {
    uint32_t x;
    memcpy(&x, v, 4);
    return mk_hash64(x, seed);
}
uintptr_t mk_hash_mem64(const void *v, uintptr_t seed) {
    uint64_t x;
    memcpy(&x, v, 8);
    return mk_hash64(x, seed);
}

uintptr_t mk_hash_f64(const void *v, uintptr_t seed) {
    double f;
    memcpy(&f, v, 8);
    if (f == 0)
        return mk_hash64(0, seed);      /* +0 and -0 */
    if (f != f)
        return mk_hash64(mk_rand(), seed);   /* NaN: never found again */
    uint64_t x;
    memcpy(&x, &f, 8);
    return mk_hash64(x, seed);
}
uintptr_t mk_hash_f32(const void *v, uintptr_t seed) {
    float f;
    memcpy(&f, v, 4);
    double d = f;
    return mk_hash_f64(&d, seed);
}
uintptr_t mk_hash_c64(const void *v, uintptr_t seed) {
    const float *f = v;
    return mk_hash_f32(f + 1, mk_hash_f32(f, seed));
}
uintptr_t mk_hash_c128(const void *v, uintptr_t seed) {
    const double *f = v;
    return mk_hash_f64(f + 1, mk_hash_f64(f, seed));
}
uintptr_t mk_hash_string(const void *v, uintptr_t seed) {
    const gm_string *s = v;
    return mk_memhash(s->ptr, (size_t)s->len, seed);
}

bool mk_equal_mem8(const void *a, const void *b) {
    return *(const uint8_t *)a == *(const uint8_t *)b;
}
bool mk_equal_mem16(const void *a, const void *b) { return memcmp(a, b, 2) == 0; }
bool mk_equal_mem32(const void *a, const void *b) { return memcmp(a, b, 4) == 0; }
bool mk_equal_mem64(const void *a, const void *b) { return memcmp(a, b, 8) == 0; }
bool mk_equal_f32(const void *a, const void *b) {
    float x, y;
    memcpy(&x, a, 4);
    memcpy(&y, b, 4);
    return x == y;
}
bool mk_equal_f64(const void *a, const void *b) {
    double x, y;
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
    return x == y;
}
bool mk_equal_c64(const void *a, const void *b) {
    const float *x = a, *y = b;
    return mk_equal_f32(x, y) && mk_equal_f32(x + 1, y + 1);
}
bool mk_equal_c128(const void *a, const void *b) {
    const double *x = a, *y = b;
    return mk_equal_f64(x, y) && mk_equal_f64(x + 1, y + 1);
}
bool mk_equal_string(const void *a, const void *b) { return mk_string_equal(a, b); }

/* ---- random bits ---- */

static __thread uint64_t rand_state;

static uint64_t rand_seed(void) {
    uint64_t s = 0;
    if (getrandom(&s, sizeof s, GRND_NONBLOCK) != (ssize_t)sizeof s) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        s = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^
            (uint64_t)(uintptr_t)&s ^ ((uint64_t)getpid() << 17);
    }
    return s | 1;
}

uint64_t mk_rand(void) {
    if (__builtin_expect(rand_state == 0, 0))
        rand_state = rand_seed();
    rand_state += MK_K0;
    return mk_mum(rand_state, rand_state ^ MK_K1);
}
