/*
 * stress.h — pieces shared by the stress tests: the knobs (THREADS, SCALE,
 * SECONDS), starting workers registered both ways (odd ones with gm_go,
 * even ones as pthreads that attach themselves and exit without detach),
 * and garbage of every size (8 B .. 100 KiB) and kind (scan, noscan,
 * typed).
 */
#ifndef GM_TEST_STRESS_H
#define GM_TEST_STRESS_H

#include <pthread.h>
#include "testutil.h"

typedef struct {
    int threads;       /* THREADS, default given by the test */
    int scale;         /* SCALE: multiplies structure sizes */
    double seconds;    /* SECONDS: how long to run */
} stress_knobs;

static inline stress_knobs stress_read_knobs(int threads, int seconds) {
    stress_knobs k;
    k.threads = (int)env_long("THREADS", threads);
    k.scale = (int)env_long("SCALE", 1);
    k.seconds = (double)env_long("SECONDS", seconds);
    printf("THREADS=%d SCALE=%d SECONDS=%g\n", k.threads, k.scale, k.seconds);
    return k;
}

/* ---- Workers ----------------------------------------------------------- */

typedef struct {
    void (*fn)(int id);
    int id;
    pthread_t pt;
} stress_worker;

static int stress_done_;
static pthread_mutex_t stress_mu_ = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t stress_cv_ = PTHREAD_COND_INITIALIZER;

static inline void stress_finish_(void) {
    test_mutex_lock(&stress_mu_);
    stress_done_++;
    pthread_cond_broadcast(&stress_cv_);
    pthread_mutex_unlock(&stress_mu_);
}

static inline void stress_go_(void *arg) {
    stress_worker *w = arg;
    w->fn(w->id);
    stress_finish_();
}

static inline void *stress_pthread_(void *arg) {
    stress_worker *w = arg;
    CHECK_EQ(gm_thread_attach(), 0);
    w->fn(w->id);
    stress_finish_();
    return NULL;   /* no detach: automatic */
}

/* Run fn(0..n-1) on n threads, registered both ways; wait for all. */
static inline void stress_run(int n, void (*fn)(int id)) {
    stress_worker *w = calloc((size_t)n, sizeof *w);
    stress_done_ = 0;
    for (int i = 0; i < n; i++) {
        w[i].fn = fn;
        w[i].id = i;
        if (i % 2) CHECK_EQ(gm_go(stress_go_, &w[i]), 0);
        else CHECK_EQ(pthread_create(&w[i].pt, NULL, stress_pthread_, &w[i]), 0);
    }
    test_mutex_lock(&stress_mu_);
    while (stress_done_ < n) pthread_cond_wait(&stress_cv_, &stress_mu_);
    pthread_mutex_unlock(&stress_mu_);
    for (int i = 0; i < n; i += 2) pthread_join(w[i].pt, NULL);
    free(w);
}

/* ---- Garbage ----------------------------------------------------------- */

typedef struct gnode { struct gnode *a; uint64_t x; struct gnode *b; uint64_t y; } gnode;
static const uint8_t gnode_mask[1] = {0x5};
static const gm_type gnode_type = {
    .size = sizeof(gnode), .align = 8, .ptrdata = 3 * sizeof(void *), .ptrmask = gnode_mask,
    .name = "main.gnode", .kind = GM_KIND_STRUCT,
};

/* A size between 8 B and 100 KiB, small ones far more often. */
static inline size_t stress_size(rng_t *r) {
    uint64_t k = rng_below(r, 100);
    if (k < 60) return 8 + rng_below(r, 248);
    if (k < 90) return 256 + rng_below(r, 3840);
    if (k < 98) return 4096 + rng_below(r, 28672);
    return 32768 + rng_below(r, 100 * 1024 - 32768);
}

/* Allocate one piece of garbage, touch it, return its size. */
static inline size_t stress_garbage(rng_t *r) {
    size_t size = stress_size(r);
    unsigned char *p;
    switch (rng_below(r, 3)) {
    case 0: p = gm_alloc(size); break;
    case 1: p = gm_alloc_noscan(size); break;
    default: p = gm_alloc_typed(&gnode_type, (size + sizeof(gnode) - 1) / sizeof(gnode)); break;
    }
    CHECK_MSG(p[0] == 0 && p[size - 1] == 0, "garbage object of %zu bytes not zeroed", size);
    p[0] = 0xAB;
    p[size - 1] = 0xCD;
    return size;
}

#endif /* GM_TEST_STRESS_H */
