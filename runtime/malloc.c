/*
 * malloc.c — allocation: gm_alloc, gm_alloc_noscan, gm_alloc_typed.
 *
 * The fast path takes the thread's cached span for the size class and kind
 * and finds the next free slot in the span's 64-slot alloc cache with one
 * count-trailing-zeros; no lock, no atomic.  When the cache word is used up,
 * span_next_free moves to the next word; when the span is full, malloc_slow
 * swaps it for another from mcentral (a "heavy" allocation, after which the
 * heap trigger is tested, as in Go).  Objects over 32 KiB get a span of their
 * own from the page heap.
 *
 * Every object handed out is zeroed: a span that freed slots since its
 * memory was fresh has needzero set, and the slot is cleared here.
 * Objects of typed spans get their pointer bits written into the span's heap
 * bitmap.  While the collector marks, new objects are allocated black.
 * The whole allocation runs inside runtime_enter/exit: the world is never
 * stopped half way through it.
 */
#include "runtime.h"
#include <string.h>

char gm_zerobase[16];

/* Next free slot of s, or -1 when s is full.  Keeps Go's invariant: the
 * alloc cache holds the complement of the alloc bits from freeindex to the
 * end of freeindex's 64-slot word. */
static int64_t span_next_free(mspan *s) {
    uint32_t fi = atomic_load_explicit(&s->freeindex, memory_order_relaxed);
    uint64_t cache = s->alloccache;
    while (cache == 0) {
        fi = (fi + 64) & ~63u;
        if (fi >= s->nelems) {
            atomic_store_explicit(&s->freeindex, s->nelems, memory_order_relaxed);
            return -1;
        }
        span_refill_alloccache(s, fi);
        cache = s->alloccache;
    }
    uint32_t idx = fi + (uint32_t)__builtin_ctzll(cache);
    if (idx >= s->nelems) {
        atomic_store_explicit(&s->freeindex, s->nelems, memory_order_relaxed);
        return -1;
    }
    s->alloccache = (cache >> (idx - fi)) >> 1;
    uint32_t next = idx + 1;
    if ((next & 63) == 0 && next < s->nelems) span_refill_alloccache(s, next);
    atomic_store_explicit(&s->freeindex, next, memory_order_relaxed);
    s->alloccount++;
    return idx;
}

static inline void mark_new_black(mspan *s, uintptr_t idx) {
    __atomic_fetch_or(&s->markbits[idx >> 6], (uint64_t)1 << (idx & 63), __ATOMIC_RELAXED);
}

/* Pointer bits of one value of t as a word, when it fits in 64 words. */
static inline bool small_mask(const gm_type *t, uint64_t *mask) {
    uintptr_t ptrwords = t->ptrdata / 8;
    if (t->size > 64 * 8) return false;
    uint64_t m = 0;
    for (uintptr_t b = 0; b < (ptrwords + 7) / 8; b++) m |= (uint64_t)t->ptrmask[b] << (8 * b);
    if (ptrwords < 64) m &= ((uint64_t)1 << ptrwords) - 1;
    *mask = m;
    return true;
}

/* Set bits [w, w+n) of the heap bitmap to the low n bits of v (n ≤ 64). */
static inline void put_bits(uint64_t *hb, uintptr_t w, uintptr_t n, uint64_t v) {
    uint64_t full = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
    unsigned sh = (unsigned)(w & 63);
    uint64_t *p = &hb[w >> 6];
    p[0] = (p[0] & ~(full << sh)) | (v << sh);
    if (sh + n > 64) {
        unsigned rest = (unsigned)(64 - sh);
        p[1] = (p[1] & ~(full >> rest)) | (v >> rest);
    }
}

/* Write the pointer bits of count values of type t at object idx. */
static void put_heap_bits(mspan *s, uintptr_t idx, const gm_type *t, size_t count) {
    uintptr_t nw = s->elemsize / 8, w0 = idx * nw;
    uintptr_t elemwords = t->size / 8, ptrwords = t->ptrdata / 8;
    uint64_t *hb = s->heapbits;
    uint64_t m;
    if (count == 1 && nw <= 64 && small_mask(t, &m)) {
        put_bits(hb, w0, nw, m);
        return;
    }
    for (uintptr_t w = w0; w < w0 + nw; w++) hb[w >> 6] &= ~((uint64_t)1 << (w & 63));
    for (size_t e = 0; e < count; e++) {
        for (uintptr_t i = 0; i < ptrwords; i++) {
            if (!((t->ptrmask[i >> 3] >> (i & 7)) & 1)) continue;
            uintptr_t w = w0 + e * elemwords + i;
            hb[w >> 6] |= (uint64_t)1 << (w & 63);
        }
    }
}

/* A span of UNIFORM objects gets an object of another type: write every
 * slot's bits from the uniform mask, then publish MIXED (see runtime.h). */
static void span_make_mixed(mspan *s) {
    uintptr_t nw = s->elemsize / 8;
    if (s->heapbits == NULL) s->heapbits = meta_alloc(span_heapbits_bytes(s));
    if (atomic_load_explicit(&s->typemode, memory_order_relaxed) == TYPEMODE_UNIFORM)
        for (uintptr_t i = 0; i < s->nelems; i++) put_bits(s->heapbits, i * nw, nw, s->elemmask);
    atomic_store_explicit(&s->typemode, TYPEMODE_MIXED, memory_order_release);
}

/* Record where the pointers of the new object idx (count values of t) are.
 * Only the thread that owns s (its mcache) allocates from it, so it is the
 * only writer of the type mode. */
static void write_heap_bits_slow(mspan *s, uintptr_t idx, const gm_type *t, size_t count) {
    uint64_t m;
    unsigned mode = atomic_load_explicit(&s->typemode, memory_order_relaxed);
    if (mode == TYPEMODE_EMPTY && count == 1 && s->elemsize <= 64 * 8 && small_mask(t, &m)) {
        s->elemtype = t;
        s->elemmask = m;
        atomic_store_explicit(&s->typemode, TYPEMODE_UNIFORM, memory_order_release);
        return;
    }
    if (mode != TYPEMODE_MIXED) span_make_mixed(s);
    put_heap_bits(s, idx, t, count);
}

static inline void write_heap_bits(mspan *s, uintptr_t idx, const gm_type *t, size_t count) {
    if (GM_LIKELY(s->elemtype == t && count == 1 &&
                  atomic_load_explicit(&s->typemode, memory_order_relaxed) == TYPEMODE_UNIFORM))
        return;
    write_heap_bits_slow(s, idx, t, count);
}

/* Zero a slot: small slots with plain stores (a loop here becomes
 * `rep stos`, which costs more than the stores for a few words). */
static inline void zero_slot(void *p, uintptr_t size) {
    uint64_t *w = p;
    switch (size >> 3) {
    case 8: w[7] = 0; /* fall through */
    case 7: w[6] = 0; /* fall through */
    case 6: w[5] = 0; /* fall through */
    case 5: w[4] = 0; /* fall through */
    case 4: w[3] = 0; /* fall through */
    case 3: w[2] = 0; /* fall through */
    case 2: w[1] = 0; /* fall through */
    case 1: w[0] = 0; break;
    default: memset(p, 0, size);
    }
}

static void *finish_small(gm_thread *t, mspan *s, uintptr_t idx, const gm_type *type, size_t count) {
    void *p = (void *)(s->base + idx * s->elemsize);
    if (s->needzero) zero_slot(p, s->elemsize);
    if (type) write_heap_bits(s, idx, type, count);
    if (GM_UNLIKELY(atomic_load_explicit(&gm_gc_state.black_alloc, memory_order_relaxed))) {
        mark_new_black(s, idx);
        t->black_bytes += s->elemsize;
    }
    return p;
}

void *malloc_slow(gm_thread *t, size_t size, unsigned kind, const gm_type *type, size_t count) {
    unsigned cls = size_to_class(size);
    unsigned spc = spanclass_of(cls, kind);
    mspan *s = t->alloc[spc];
    int64_t idx = s == &gm_empty_span ? -1 : span_next_free(s);
    if (idx < 0) {
        if (s != &gm_empty_span) mcentral_uncache_span(s);
        t->alloc[spc] = &gm_empty_span;
        s = mcentral_cache_span(spc);
        if (s == NULL) gm_throw("runtime: out of memory");
        t->alloc[spc] = s;
        idx = span_next_free(s);
        void *p = finish_small(t, s, (uintptr_t)idx, type, count);
        if (GM_UNLIKELY(atomic_load(&gm_gc_state.phase) == GC_MARK))
            gc_assist(t, (uint64_t)(s->nelems - s->alloccount + 1) * s->elemsize);
        gc_trigger_check(t);
        return p;
    }
    return finish_small(t, s, (uintptr_t)idx, type, count);
}

void *malloc_large(gm_thread *t, size_t size, unsigned kind, const gm_type *type, size_t count) {
    uintptr_t npages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
    if (size > ((uintptr_t)1 << 47) ||
        npages > (gm_heap.arena_end - gm_heap.arena_start) >> PAGE_SHIFT) {
        gm_print_err("runtime: out of memory: cannot allocate %zu-byte block (%llu in use)\n",
                     size, (unsigned long long)atomic_load(&gm_gc_state.heap_live));
        gm_throw("runtime: out of memory");
    }
    mspan *s = heap_alloc_span(npages, 0, kind);
    if (s == NULL) {
        gc_run_cycle(t, false);          /* last resort: collect, then retry */
        s = heap_alloc_span(npages, 0, kind);
    }
    if (s == NULL) {
        gm_print_err("runtime: out of memory: cannot allocate %zu-byte block (%llu in use)\n",
                     size, (unsigned long long)atomic_load(&gm_gc_state.heap_live));
        gm_throw("runtime: out of memory");
    }
    /* The whole span is the object (interior pointers up to its end are
     * valid, and a conservative scan reads all of it): zero it all. */
    if (s->needzero) memset((void *)s->base, 0, npages << PAGE_SHIFT);
    if (type) {
        s->largetype = type;
        s->largebytes = type->size * count;
    }
    atomic_store_explicit(&s->freeindex, 1, memory_order_relaxed);
    if (atomic_load(&gm_gc_state.black_alloc)) {
        mark_new_black(s, 0);
        t->black_bytes += npages << PAGE_SHIFT;
    }
    mcentral_add_large(s);
    atomic_fetch_add(&gm_gc_state.heap_live, npages << PAGE_SHIFT);
    t->large_alloc_count++;
    t->large_alloc_bytes += npages << PAGE_SHIFT;
    void *p = (void *)s->base;   /* live across the collection: a root */
    if (GM_UNLIKELY(atomic_load(&gm_gc_state.phase) == GC_MARK)) {
        pacer_large_alloc(npages << PAGE_SHIFT);
        gc_assist(t, npages << PAGE_SHIFT);
    }
    gc_trigger_check(t);
    return p;
}

/* The fast path: a free slot in the cached span's alloc cache; *slot gets
 * its index. */
static inline void *alloc_fast_idx(gm_thread *t, unsigned spc, uint32_t *slot) {
    mspan *s = t->alloc[spc];
    uint64_t cache = s->alloccache;
    if (GM_LIKELY(cache != 0)) {
        uint32_t fi = atomic_load_explicit(&s->freeindex, memory_order_relaxed);
        unsigned bit = (unsigned)__builtin_ctzll(cache);
        uint32_t idx = fi + bit;
        uint32_t next = idx + 1;
        if (GM_LIKELY(idx < s->nelems && (next & 63) != 0)) {
            s->alloccache = (cache >> bit) >> 1;
            atomic_store_explicit(&s->freeindex, next, memory_order_relaxed);
            s->alloccount++;
            void *p = (void *)(s->base + (uintptr_t)idx * s->elemsize);
            if (s->needzero) zero_slot(p, s->elemsize);
            if (GM_UNLIKELY(atomic_load_explicit(&gm_gc_state.black_alloc, memory_order_relaxed))) {
                mark_new_black(s, idx);
                t->black_bytes += s->elemsize;
            }
            *slot = idx;
            return p;
        }
    }
    return NULL;
}

static inline void *alloc_fast(gm_thread *t, unsigned spc) {
    uint32_t idx;
    return alloc_fast_idx(t, spc, &idx);
}

static void *alloc_kind(size_t size, unsigned kind, const char *fn) {
    gm_thread *t = self_or_fatal(fn);
    if (GM_UNLIKELY(size == 0)) return gm_zerobase;
    runtime_enter(t);
    void *p;
    if (GM_LIKELY(size <= MAX_SMALL_SIZE)) {
        p = alloc_fast(t, spanclass_of(size_to_class(size), kind));
        if (GM_UNLIKELY(p == NULL)) p = malloc_slow(t, size, kind, NULL, 1);
    } else {
        p = malloc_large(t, size, kind, NULL, 1);
    }
    runtime_exit(t);
    return p;
}

void *gm_alloc(size_t size) {
    return alloc_kind(size, KIND_CONS, "gm_alloc");
}

void *gm_alloc_noscan(size_t size) {
    return alloc_kind(size, KIND_NOSCAN, "gm_alloc_noscan");
}

void *gm_alloc_typed(const gm_type *t, size_t count) {
    gm_thread *self = self_or_fatal("gm_alloc_typed");
    if (t == NULL) gm_panic("gm_alloc_typed: nil type");
    if (t->size != 0 && count > SIZE_MAX / t->size)
        gm_panic("gm_alloc_typed: size overflows (%zu values of %zu bytes)", count, t->size);
    size_t size = t->size * count;
    if (t->ptrdata == 0 || t->ptrmask == NULL) return alloc_kind(size, KIND_NOSCAN, "gm_alloc_typed");
    if (size == 0) return gm_zerobase;
    if (t->size % sizeof(void *) != 0)
        gm_panic("gm_alloc_typed: type %s holds pointers but its size %zu is not a multiple of %zu",
                 t->name ? t->name : "?", t->size, sizeof(void *));
    runtime_enter(self);
    void *p;
    if (GM_LIKELY(size <= MAX_SMALL_SIZE)) {
        unsigned spc = spanclass_of(size_to_class(size), KIND_TYPED);
        uint32_t idx;
        p = alloc_fast_idx(self, spc, &idx);
        if (GM_LIKELY(p != NULL)) {
            write_heap_bits(self->alloc[spc], idx, t, count);
        } else {
            p = malloc_slow(self, size, KIND_TYPED, t, count);
        }
    } else {
        p = malloc_large(self, size, KIND_TYPED, t, count);
    }
    runtime_exit(self);
    return p;
}
