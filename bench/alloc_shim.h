/*
 * bench/alloc_shim.h — owns the one place where the C benchmarks differ by
 * allocator.  Exactly one backend is chosen at compile time:
 *
 *   -DBENCH_GOMEM   libgomem: gm_init, gm_alloc_typed for typed nodes (scanned
 *                   precisely by a pointer bitmap), gm_alloc / gm_alloc_noscan
 *                   for raw bytes, gm_store for every pointer store into the
 *                   heap, collections counted by gm_read_memstats().num_gc.
 *   -DBENCH_BOEHM   the Boehm-Demers-Weiser GC (Debian libgc-dev): GC_INIT,
 *                   GC_MALLOC (conservative), GC_MALLOC_ATOMIC for pointer-free
 *                   data, plain stores, collections counted by GC_get_gc_no.
 *   -DBENCH_MALLOC  malloc/free: the program frees explicitly in this mode
 *                   (BENCH_MANUAL_FREE is 1), as the Benchmarks Game C
 *                   programs do.  mimalloc is this same build run with
 *                   LD_PRELOAD=libmimalloc.so.2.
 *
 * What a benchmark uses:
 *   BENCH_TYPE(var, T, nptr)    declare the type of T, whose first nptr words
 *                               are pointers and the rest is not (gomem only
 *                               uses it; it is empty elsewhere)
 *   BENCH_NEW(T, var)           a new T (zeroed by the GCs, NOT by malloc:
 *                               the program sets every field itself)
 *   bench_alloc(n)              n bytes that may hold pointers
 *   bench_alloc_noscan(n)       n bytes that hold no pointers
 *   BENCH_STORE(lv, v)          lv = v for a pointer-valued lvalue in the heap
 *   BENCH_FREE(p)               free(p) under malloc, nothing under the GCs
 *   bench_init()                first thing in main
 *   bench_gc_count()            completed collections so far (0 for malloc)
 *   bench_gc_off() / bench_collect()   turn automatic collection off; run one
 *                               full collection even while it is off
 *   BENCH_BACKEND               "gomem", "boehm" or "malloc"
 */
#ifndef BENCH_ALLOC_SHIM_H
#define BENCH_ALLOC_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#if (defined(BENCH_GOMEM) + defined(BENCH_BOEHM) + defined(BENCH_MALLOC)) != 1
#error "define exactly one of BENCH_GOMEM, BENCH_BOEHM, BENCH_MALLOC"
#endif

#define BENCH_MASK_(nptr) ((uint8_t)((1u << (nptr)) - 1u))

#if defined(BENCH_GOMEM)
#include "gomem.h"

#define BENCH_BACKEND "gomem"
#define BENCH_MANUAL_FREE 0
#define BENCH_TYPE(var, T, nptr)                                             \
    static const uint8_t var##_ptrmask_[1] = {BENCH_MASK_(nptr)};            \
    static const gm_type var = {                                             \
        .size = sizeof(T), .align = _Alignof(T),                             \
        .ptrdata = (nptr) * sizeof(void *), .ptrmask = var##_ptrmask_,       \
        .name = "main." #T, .kind = GM_KIND_STRUCT}
#define BENCH_NEW(T, var) ((T *)gm_alloc_typed(&(var), 1))
#define BENCH_STORE(lv, v) gm_store((void **)&(lv), (void *)(v))
#define BENCH_FREE(p) ((void)(p))
static inline void bench_init(void) { gm_init(); }
static inline void *bench_alloc(size_t n) { return gm_alloc(n); }
static inline void *bench_alloc_noscan(size_t n) { return gm_alloc_noscan(n); }
static inline unsigned long bench_gc_count(void) {
    static gm_memstats s; /* large: keep it off the stack */
    gm_read_memstats(&s);
    return s.num_gc;
}
static inline void bench_gc_off(void) { gm_set_gc_percent(-1); }
static inline void bench_collect(void) { gm_gc(); }

#elif defined(BENCH_BOEHM)
#include <gc.h>

#define BENCH_BACKEND "boehm"
#define BENCH_MANUAL_FREE 0
#define BENCH_TYPE(var, T, nptr) typedef int var##_unused_
#define BENCH_NEW(T, var) ((T *)GC_MALLOC(sizeof(T)))
#define BENCH_STORE(lv, v) ((lv) = (v))
#define BENCH_FREE(p) ((void)(p))
#define bench_init() GC_INIT()
static inline void *bench_alloc(size_t n) { return GC_MALLOC(n); }
static inline void *bench_alloc_noscan(size_t n) { return GC_MALLOC_ATOMIC(n); }
static inline unsigned long bench_gc_count(void) { return (unsigned long)GC_get_gc_no(); }
static inline void bench_gc_off(void) { GC_disable(); }
static inline void bench_collect(void) {
    /* GC_gcollect does nothing while collection is disabled. */
    int off = GC_is_disabled();
    if (off) GC_enable();
    GC_gcollect();
    if (off) GC_disable();
}

#else /* BENCH_MALLOC */

#define BENCH_BACKEND "malloc"
#define BENCH_MANUAL_FREE 1
#define BENCH_TYPE(var, T, nptr) typedef int var##_unused_
static inline void *bench_malloc_(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        abort();
    }
    return p;
}
#define BENCH_NEW(T, var) ((T *)bench_malloc_(sizeof(T)))
#define BENCH_STORE(lv, v) ((lv) = (v))
#define BENCH_FREE(p) free(p)
static inline void bench_init(void) {}
static inline void *bench_alloc(size_t n) { return bench_malloc_(n); }
static inline void *bench_alloc_noscan(size_t n) { return bench_malloc_(n); }
static inline unsigned long bench_gc_count(void) { return 0; }
static inline void bench_gc_off(void) {}
static inline void bench_collect(void) {}
#endif

#endif /* BENCH_ALLOC_SHIM_H */
