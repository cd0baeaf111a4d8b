/*
 * mark.c — marking: the grey queue, greying pointers, scanning objects.
 *
 * Tricolor marking with the colours kept beside the spans: an object is
 * white while its mark bit is clear, grey once the bit is set and its base
 * is on some marker's queue, black once it has been scanned.  A marker
 * (gcwork) keeps two workbufs of object bases; full buffers go to a global
 * list other markers can take, as in Go, so marking never recurses and can
 * be shared between threads.
 *
 * mark_grey_pointer accepts any word: it is greyed only if it points into an
 * allocated object of an in-use span (interior pointers count: the object
 * index comes from one multiplication).  A pointer to a free slot is
 * ignored — so conservative roots never resurrect freed memory, and a marked
 * object is always an allocated one.
 *
 * Scanning an object depends on its span's kind: noscan objects are never
 * queued, conservative objects have every word examined, typed objects only
 * the words their heap bitmap (small) or their element type (large) marks as
 * pointers.  The scanning functions read memory the sanitizers do not know
 * is ours (other threads' stacks), so they are excluded from them.
 */
#include "runtime.h"
#include <sched.h>
#include <string.h>

static struct {
    pthread_mutex_t lock;
    workbuf *full;
    workbuf *checkfull;        /* gccheckmark's own: no worker may take it */
    workbuf *empty;
} work = { .lock = PTHREAD_MUTEX_INITIALIZER };

static workbuf **full_list(const gcwork *w) {
    return w->checkmark ? &work.checkfull : &work.full;
}

static workbuf *getempty(void) {
    pthread_mutex_lock(&work.lock);
    workbuf *b = work.empty;
    if (b) work.empty = b->next;
    pthread_mutex_unlock(&work.lock);
    if (b == NULL) b = meta_alloc(sizeof *b);
    b->next = NULL;
    b->n = 0;
    return b;
}

static void putfull(gcwork *w, workbuf *b) {
    workbuf **list = full_list(w);
    pthread_mutex_lock(&work.lock);
    b->next = *list;
    __atomic_store_n(list, b, __ATOMIC_RELEASE);   /* polled without the lock */
    pthread_mutex_unlock(&work.lock);
}

static void putempty(workbuf *b) {
    pthread_mutex_lock(&work.lock);
    b->next = work.empty;
    work.empty = b;
    pthread_mutex_unlock(&work.lock);
}

static workbuf *trygetfull(gcwork *w) {
    workbuf **list = full_list(w);
    if (__atomic_load_n(list, __ATOMIC_RELAXED) == NULL) return NULL;
    pthread_mutex_lock(&work.lock);
    workbuf *b = *list;
    if (b) __atomic_store_n(list, b->next, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&work.lock);
    return b;
}

void mark_fork(int phase) {
    if (phase == 0) pthread_mutex_lock(&work.lock);
    else pthread_mutex_unlock(&work.lock);
}

void gcwork_init(gcwork *w) {
    memset(w, 0, sizeof *w);
    w->wbuf1 = getempty();
    w->wbuf2 = getempty();
}

void gcwork_push(gcwork *w, uintptr_t obj) {
    workbuf *b = w->wbuf1;
    if (GM_UNLIKELY(b->n == WORKBUF_SLOTS)) {
        w->wbuf1 = w->wbuf2;
        w->wbuf2 = b;
        b = w->wbuf1;
        if (b->n == WORKBUF_SLOTS) {
            putfull(w, b);
            b = w->wbuf1 = getempty();
        }
    }
    b->obj[b->n++] = obj;
}

static bool gcwork_pop(gcwork *w, uintptr_t *obj) {
    workbuf *b = w->wbuf1;
    if (GM_UNLIKELY(b->n == 0)) {
        w->wbuf1 = w->wbuf2;
        w->wbuf2 = b;
        b = w->wbuf1;
        if (b->n == 0) {
            workbuf *f = trygetfull(w);
            if (f == NULL) return false;
            putempty(b);
            b = w->wbuf1 = f;
        }
    }
    *obj = b->obj[--b->n];
    return true;
}

bool gcwork_empty(const gcwork *w) {
    return (w->wbuf1 == NULL || w->wbuf1->n == 0) && (w->wbuf2 == NULL || w->wbuf2->n == 0);
}

bool mark_work_available(void) {
    return __atomic_load_n(&work.full, __ATOMIC_ACQUIRE) != NULL;
}

/* Share work with idle markers: when the global list is empty, give it
 * half of a local buffer (Go's gcWork.balance). */
void gcwork_balance(gcwork *w) {
    if (w->checkmark || mark_work_available()) return;
    workbuf *b = w->wbuf2;
    if (b->n > 0) {
        w->wbuf2 = getempty();
        putfull(w, b);
        return;
    }
    b = w->wbuf1;
    if (b->n < 8) return;
    workbuf *half = getempty();
    uintptr_t k = b->n / 2;
    memcpy(half->obj, b->obj, k * sizeof(uintptr_t));
    memmove(b->obj, b->obj + k, (b->n - k) * sizeof(uintptr_t));
    half->n = k;
    b->n -= k;
    putfull(w, half);
}

/* Hand whatever is still queued to the global list and drop the buffers. */
void gcwork_dispose(gcwork *w) {
    workbuf *bs[2] = { w->wbuf1, w->wbuf2 };
    for (int i = 0; i < 2; i++) {
        if (bs[i] == NULL) continue;
        if (bs[i]->n) putfull(w, bs[i]); else putempty(bs[i]);
    }
    w->wbuf1 = w->wbuf2 = NULL;
}

/* ---- greying ------------------------------------------------------------ */

static inline uintptr_t object_index(const mspan *s, uintptr_t p) {
    return s->sizeclass ? (((p - s->base) * (uint64_t)s->divmul) >> 32) : 0;
}

static inline bool slot_allocated(const mspan *s, uintptr_t idx) {
    return idx < atomic_load_explicit(&s->freeindex, memory_order_relaxed) ||
           bit_get(s->allocbits, idx);
}

/* Atomically set bit n of *word; true if it was already set. One locked
 * bit-test-and-set on x86-64 rather than the compare-and-swap loop a
 * fetch_or whose old value is used compiles to. */
static inline bool test_and_set_bit(uint64_t *word, unsigned n) {
#if defined(__x86_64__)
    bool was;
    __asm__ volatile("lock btsq %2, %0" : "+m"(*word), "=@ccc"(was) : "r"((uint64_t)n) : "memory");
    return was;
#else
    uint64_t bit = (uint64_t)1 << n;
    return (__atomic_fetch_or(word, bit, __ATOMIC_RELAXED) & bit) != 0;
#endif
}

/* Grey the object at p in span s, index idx, if it is still white. */
static inline void grey_object(gcwork *w, mspan *s, uintptr_t idx) {
    uint64_t bit = (uint64_t)1 << (idx & 63);
    uint64_t *word = &(GM_UNLIKELY(w->checkmark) ? s->checkbits : s->markbits)[idx >> 6];
    if (__atomic_load_n(word, __ATOMIC_RELAXED) & bit) return;
    if (test_and_set_bit(word, (unsigned)(idx & 63))) return;
    w->bytes_marked += s->sizeclass ? s->elemsize : s->npages << PAGE_SHIFT;
    if (s->kind == KIND_NOSCAN) return;
    gcwork_push(w, s->base + idx * (s->sizeclass ? s->elemsize : 0));  /* prefetched when popped */
}

/* The in-use span whose objects cover p, or NULL. */
static inline mspan *inuse_span_of(uintptr_t p) {
    mspan *s = span_of(p);
    if (s == NULL || atomic_load_explicit(&s->state, memory_order_acquire) != SPAN_INUSE ||
        p < s->base || p >= s->limit)
        return NULL;
    return s;
}

/* A word that may or may not be a pointer (stacks, globals, conservative
 * objects): it must point into an allocated slot. */
__attribute__((no_sanitize("thread")))
void mark_grey_pointer(gcwork *w, uintptr_t p) {
    mspan *s = inuse_span_of(p);
    if (s == NULL) return;
    uintptr_t idx = object_index(s, p);
    if (!slot_allocated(s, idx)) return;
    grey_object(w, s, idx);
}

/* A word from a pointer slot of a typed object: nil, a pointer outside the
 * heap, or a pointer to an allocated object (a reachable object's pointers
 * keep their targets allocated), so the allocation check is not needed. */
__attribute__((no_sanitize("thread")))
void mark_grey_precise(gcwork *w, uintptr_t p) {
    mspan *s = inuse_span_of(p);
    if (s == NULL) return;
    grey_object(w, s, object_index(s, p));
}

/* The base of the allocated object containing p, or NULL — for queries
 * outside marking, while spans may be swept concurrently.  The span's
 * sweepgen works as a sequence lock: a span being swept (h-1) is waited
 * for; an unswept one (h-2) keeps exactly its marked objects; a swept one
 * answers from freeindex and its alloc bits; if the sweepgen moved while
 * the bits were read, read again. */
void *object_base(uintptr_t p, mspan **sp) {
    mspan *s = inuse_span_of(p);
    if (s == NULL) return NULL;
    uintptr_t idx = object_index(s, p);
    bool allocated;
    for (;;) {
        uint32_t h = atomic_load(&gm_heap.sweepgen);
        uint32_t sg = atomic_load_explicit(&s->sweepgen, memory_order_acquire);
        if (sg == h - 1) { sched_yield(); continue; }
        uint64_t *mb = __atomic_load_n(&s->markbits, __ATOMIC_ACQUIRE);
        uint64_t *ab = __atomic_load_n(&s->allocbits, __ATOMIC_ACQUIRE);
        if (sg == h - 2)
            allocated = __atomic_load_n(&mb[idx >> 6], __ATOMIC_RELAXED) >> (idx & 63) & 1;
        else
            allocated = idx < atomic_load_explicit(&s->freeindex, memory_order_relaxed) ||
                        (__atomic_load_n(&ab[idx >> 6], __ATOMIC_RELAXED) >> (idx & 63) & 1);
        atomic_thread_fence(memory_order_acquire);
        if (atomic_load(&s->state) != SPAN_INUSE) return NULL;   /* swept away meanwhile */
        if (atomic_load_explicit(&s->sweepgen, memory_order_relaxed) == sg &&
            atomic_load(&gm_heap.sweepgen) == h)
            break;
    }
    if (!allocated) return NULL;
    if (sp) *sp = s;
    return (void *)(s->base + idx * (s->sizeclass ? s->elemsize : 0));
}

/* Set the mark bit of the object at p; true if it was white. */
bool mark_set_bit(uintptr_t p) {
    mspan *s = span_of(p);
    uintptr_t idx = object_index(s, p);
    uint64_t bit = (uint64_t)1 << (idx & 63);
    return !(__atomic_fetch_or(&s->markbits[idx >> 6], bit, __ATOMIC_RELAXED) & bit);
}

bool mark_object_is_marked(uintptr_t p) {
    mspan *s = inuse_span_of(p);
    if (s == NULL) return false;
    return bit_get(s->markbits, object_index(s, p));
}

/* ---- scanning ----------------------------------------------------------- */

/* Every aligned word in [lo, hi) may be a pointer. */
NO_SANITIZE_SCAN void mark_scan_range(gcwork *w, uintptr_t lo, uintptr_t hi) {
    uintptr_t start = gm_heap.arena_start;
    lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t)) {
        uintptr_t v = *(volatile uintptr_t *)a;
        uintptr_t used = __atomic_load_n(&gm_heap.arena_used, __ATOMIC_RELAXED);
        if (v - start < used - start) mark_grey_pointer(w, v);
    }
}

/* Words of a small typed object flagged by its span: the one mask of a
 * UNIFORM span, or the heap bitmap of a MIXED one (runtime.h). An EMPTY
 * span's slot was taken by an allocation that has not recorded its type
 * yet: its words are still zero or stale, nothing to keep alive. */
NO_SANITIZE_SCAN static void scan_heapbits(gcwork *w, mspan *s, uintptr_t obj) {
    uintptr_t start = gm_heap.arena_start, used = __atomic_load_n(&gm_heap.arena_used, __ATOMIC_RELAXED);
    unsigned mode = atomic_load_explicit(&s->typemode, memory_order_acquire);
    if (GM_LIKELY(mode == TYPEMODE_UNIFORM)) {
        const volatile uintptr_t *words = (const volatile uintptr_t *)obj;
        for (uint64_t bits = s->elemmask; bits; bits &= bits - 1) {
            uintptr_t v = words[__builtin_ctzll(bits)];
            if (v - start < used - start) mark_grey_precise(w, v);
        }
        return;
    }
    if (mode != TYPEMODE_MIXED) return;
    uintptr_t w0 = (obj - s->base) / 8, nw = s->elemsize / 8;
    for (uintptr_t i = w0; i < w0 + nw;) {
        uint64_t bits = s->heapbits[i >> 6] >> (i & 63);
        if (bits == 0) { i = (i | 63) + 1; continue; }
        i += (uintptr_t)__builtin_ctzll(bits);
        if (i >= w0 + nw) break;
        uintptr_t v = ((volatile uintptr_t *)s->base)[i];
        if (v - start < used - start) mark_grey_precise(w, v);
        i++;
    }
}

/* A large typed object: its element type's mask, repeated. */
NO_SANITIZE_SCAN static void scan_large_typed(gcwork *w, mspan *s, uintptr_t obj) {
    const gm_type *t = s->largetype;
    uintptr_t start = gm_heap.arena_start, used = __atomic_load_n(&gm_heap.arena_used, __ATOMIC_RELAXED);
    uintptr_t ptrwords = t->ptrdata / 8;
    for (uintptr_t e = 0; e < s->largebytes; e += t->size) {
        const volatile uintptr_t *elem = (const volatile uintptr_t *)(obj + e);
        for (uintptr_t i = 0; i < ptrwords; i++) {
            if (!((t->ptrmask[i >> 3] >> (i & 7)) & 1)) continue;
            uintptr_t v = elem[i];
            if (v - start < used - start) mark_grey_precise(w, v);
        }
    }
}

void mark_scan_object(gcwork *w, uintptr_t obj) {
    mspan *s = span_of(obj);
    if (s->kind == KIND_CONS) {
        uintptr_t end = s->sizeclass ? obj + s->elemsize : s->limit;
        w->scan_work += end - obj;
        mark_scan_range(w, obj, end);
    } else if (s->sizeclass) {
        w->scan_work += s->elemsize;
        scan_heapbits(w, s, obj);
    } else {
        w->scan_work += s->largebytes;
        scan_large_typed(w, s, obj);
    }
}

/* Scan until no grey object is left anywhere (budget < 0), or until about
 * budget bytes were scanned.  Objects go through a small FIFO between the
 * queue and the scanner, prefetched on the way in, so the cache miss on an
 * object overlaps the scanning of the ones before it.  Every so often half
 * of the local work is offered to idle markers. */
#define PREFETCH_RING 8
void mark_drain_n(gcwork *w, int64_t budget) {
    uintptr_t ring[PREFETCH_RING];
    unsigned head = 0, n = 0, count = 0;
    uint64_t start = w->scan_work;
    uintptr_t obj;
    for (;;) {
        while (n < PREFETCH_RING && gcwork_pop(w, &obj)) {
            __builtin_prefetch((const void *)obj);
            ring[(head + n++) % PREFETCH_RING] = obj;
        }
        if (n == 0) return;
        obj = ring[head];
        head = (head + 1) % PREFETCH_RING;
        n--;
        mark_scan_object(w, obj);
        if (GM_UNLIKELY(++count % 256 == 0)) {
            gcwork_balance(w);
            if (budget >= 0 && (int64_t)(w->scan_work - start) >= budget) break;
        }
    }
    while (n > 0) {                      /* put back what was taken */
        gcwork_push(w, ring[head]);
        head = (head + 1) % PREFETCH_RING;
        n--;
    }
}

void mark_drain(gcwork *w) {
    mark_drain_n(w, -1);
}
