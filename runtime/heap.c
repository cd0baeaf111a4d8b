/*
 * heap.c — the page heap (Go's mheap): the arena, spans, and free page runs.
 *
 * The arena is one address range reserved at startup (PROT_NONE) and made
 * read-write in 4 MiB steps as the heap grows, so any address maps to its
 * page number by one subtraction and shift, and to its span through the flat
 * page table mheap.spans (O(1) lookup, which interior pointers need).
 *
 * Free runs of pages are spans in state SPAN_FREE, kept in free_small[n]
 * (exactly n pages, n < 128; a bitmask finds the first non-empty list ≥ n)
 * or in free_large (≥ 128 pages, sorted by address: first fit from low
 * addresses keeps the heap compact).  Freeing coalesces with free neighbours,
 * found through the page table: a free span's first and last page map to it.
 *
 * Zeroing: pages never handed out (above arena_used) and pages released to
 * the OS read as zero; a free span records needzero when any of its pages
 * may be dirty, and a span carved from it inherits the flag.
 *
 * Scavenging: heap_scavenge releases (madvise) free spans that have stayed
 * free since an older cycle; the per-page bitmap `scavenged` records which
 * free pages are released, for HeapReleased.
 *
 * Everything here runs under mheap.lock.
 */
#include "runtime.h"
#include <stdlib.h>
#include <string.h>

mheap gm_heap = { .lock = PTHREAD_MUTEX_INITIALIZER };

#define LARGE_FREE 128

static uintptr_t page_index(uintptr_t addr) {
    return (addr - gm_heap.arena_start) >> PAGE_SHIFT;
}

static void set_span_pages(uintptr_t first, uintptr_t n, mspan *v) {
    for (uintptr_t i = 0; i < n; i++)
        __atomic_store_n(&gm_heap.spans[first + i], v, __ATOMIC_RELEASE);
}

void heap_init(void) {
    /* Reserve as much address space as the system lets us, up to 256 GiB;
     * GOMEM_ARENA_GB overrides (tools like TSAN restrict the address space). */
    size_t want = (size_t)256 << 30;
    const char *env = getenv("GOMEM_ARENA_GB");
    if (env && atol(env) > 0) want = (size_t)atol(env) << 30;
    void *p = NULL;
    for (; want >= ((size_t)1 << 30); want /= 2)
        if ((p = os_reserve(want + PAGE_SIZE)) != NULL) break;
    if (p == NULL) gm_throw("runtime: cannot reserve address space for the heap");
    gm_heap.arena_start = ((uintptr_t)p + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    gm_heap.arena_end = gm_heap.arena_start + want;
    gm_heap.arena_committed = gm_heap.arena_start;
    gm_heap.arena_used = gm_heap.arena_start;
    size_t npages = want >> PAGE_SHIFT;
    gm_heap.spans = os_reserve(npages * sizeof(mspan *));
    gm_heap.scavenged = os_reserve(bits_words(npages) * 8);
    if (!gm_heap.spans || !gm_heap.scavenged ||
        !os_commit(gm_heap.spans, npages * sizeof(mspan *)) ||
        !os_commit(gm_heap.scavenged, bits_words(npages) * 8))
        gm_throw("runtime: cannot map the page table");
    atomic_store(&gm_heap.sweepgen, 4);
}

/* ---- free lists --------------------------------------------------------- */

static void free_list_insert(mspan *s) {
    s->prev = NULL;
    if (s->npages < LARGE_FREE) {
        mspan **head = &gm_heap.free_small[s->npages];
        s->next = *head;
        if (*head) (*head)->prev = s;
        *head = s;
        gm_heap.free_small_mask[s->npages >> 6] |= (uint64_t)1 << (s->npages & 63);
        return;
    }
    mspan **pp = &gm_heap.free_large;
    mspan *prev = NULL;
    while (*pp && (*pp)->base < s->base) { prev = *pp; pp = &(*pp)->next; }
    s->next = *pp;
    s->prev = prev;
    if (*pp) (*pp)->prev = s;
    *pp = s;
}

static void free_list_remove(mspan *s) {
    mspan **head = s->npages < LARGE_FREE ? &gm_heap.free_small[s->npages]
                                          : &gm_heap.free_large;
    if (s->prev) s->prev->next = s->next; else *head = s->next;
    if (s->next) s->next->prev = s->prev;
    if (s->npages < LARGE_FREE && *head == NULL)
        gm_heap.free_small_mask[s->npages >> 6] &= ~((uint64_t)1 << (s->npages & 63));
    s->next = s->prev = NULL;
}

static mspan *free_list_find(uintptr_t npages) {
    if (npages < LARGE_FREE) {
        for (unsigned w = (unsigned)(npages >> 6); w < 2; w++) {
            uint64_t m = gm_heap.free_small_mask[w];
            if (w == npages >> 6) m &= ~(uint64_t)0 << (npages & 63);
            if (m) return gm_heap.free_small[w * 64 + __builtin_ctzll(m)];
        }
    }
    for (mspan *s = gm_heap.free_large; s; s = s->next)
        if (s->npages >= npages) return s;
    return NULL;
}

static uintptr_t count_scavenged(uintptr_t first, uintptr_t n, bool clear) {
    uintptr_t count = 0;
    for (uintptr_t i = first; i < first + n; i++) {
        uint64_t bit = (uint64_t)1 << (i & 63);
        if (gm_heap.scavenged[i >> 6] & bit) {
            count++;
            if (clear) gm_heap.scavenged[i >> 6] &= ~bit;
        }
    }
    return count;
}

/* Make s a free span of its pages and put it on a free list. */
static void publish_free(mspan *s) {
    atomic_store_explicit(&s->state, SPAN_FREE, memory_order_release);
    uintptr_t first = page_index(s->base);
    __atomic_store_n(&gm_heap.spans[first], s, __ATOMIC_RELEASE);
    __atomic_store_n(&gm_heap.spans[first + s->npages - 1], s, __ATOMIC_RELEASE);
    free_list_insert(s);
}

/* ---- growing the arena -------------------------------------------------- */

static mspan *new_span_struct(void) {
    gm_heap.spans_inuse++;
    return meta_alloc(sizeof(mspan));
}

static bool heap_grow(uintptr_t npages) {
    uintptr_t bytes = npages << PAGE_SHIFT;
    if (bytes < 64 * PAGE_SIZE) bytes = 64 * PAGE_SIZE;
    if (bytes > gm_heap.arena_end - gm_heap.arena_used) return false;
    uintptr_t end = gm_heap.arena_used + bytes;
    if (end > gm_heap.arena_committed) {
        uintptr_t to = (end + ARENA_COMMIT_STEP - 1) & ~(ARENA_COMMIT_STEP - 1);
        if (to > gm_heap.arena_end) to = gm_heap.arena_end;
        if (!os_commit((void *)gm_heap.arena_committed, to - gm_heap.arena_committed))
            return false;
        gm_heap.arena_committed = to;
    }
    mspan *s = new_span_struct();
    s->base = gm_heap.arena_used;
    s->npages = bytes >> PAGE_SHIFT;
    s->needzero = 0;                     /* fresh pages are zero */
    s->free_cycle = 0;
    __atomic_store_n(&gm_heap.arena_used, end, __ATOMIC_RELEASE);  /* read without the lock */
    gm_heap.pages_free += s->npages;
    /* Never touched: not resident, like released pages. */
    uintptr_t p0 = page_index(s->base);
    for (uintptr_t p = p0; p < p0 + s->npages; p++)
        gm_heap.scavenged[p >> 6] |= (uint64_t)1 << (p & 63);
    gm_heap.pages_released += s->npages;
    /* Coalesce with a free span just below. */
    uintptr_t first = page_index(s->base);
    mspan *below = first ? gm_heap.spans[first - 1] : NULL;
    if (below && atomic_load(&below->state) == SPAN_FREE) {
        free_list_remove(below);
        __atomic_store_n(&gm_heap.spans[first - 1], NULL, __ATOMIC_RELAXED);   /* span_of reads it */
        below->npages += s->npages;
        below->needzero |= s->needzero;
        meta_free(s, sizeof *s);
        gm_heap.spans_inuse--;
        s = below;
    }
    publish_free(s);
    return true;
}

/* ---- allocating and freeing spans -------------------------------------- */

/* Carve npages from the front of free span f (removed from its list). */
static mspan *carve(mspan *f, uintptr_t npages) {
    if (f->npages == npages) return f;
    mspan *rest = new_span_struct();
    rest->base = f->base + (npages << PAGE_SHIFT);
    rest->npages = f->npages - npages;
    rest->needzero = f->needzero;
    rest->free_cycle = f->free_cycle;
    f->npages = npages;
    publish_free(rest);
    return f;
}

static void span_alloc_bits(mspan *s) {
    size_t words = bits_words(s->nelems);
    s->allocbits = s->bits[0];
    s->markbits = s->bits[1];
    memset(s->bits[0], 0, words * 8);
    memset(s->bits[1], 0, words * 8);
    /* Heap bits are allocated when the span becomes TYPEMODE_MIXED. */
    atomic_store_explicit(&s->typemode, TYPEMODE_EMPTY, memory_order_relaxed);
    s->elemtype = NULL;
    s->elemmask = 0;
}

static void span_free_bits(mspan *s) {
    if (s->heapbits)
        meta_free(s->heapbits, span_heapbits_bytes(s));
    s->heapbits = NULL;   /* alloc/markbits stay valid (inline): racy readers may still look */
}

mspan *heap_alloc_span(uintptr_t npages, unsigned sizeclass, unsigned kind) {
    pthread_mutex_lock(&gm_heap.lock);
    mspan *f = free_list_find(npages);
    if (f == NULL) {
        if (!heap_grow(npages)) {
            pthread_mutex_unlock(&gm_heap.lock);
            return NULL;
        }
        f = free_list_find(npages);
    }
    free_list_remove(f);
    uintptr_t first = page_index(f->base);
    __atomic_store_n(&gm_heap.spans[first], NULL, __ATOMIC_RELAXED);   /* span_of reads them */
    __atomic_store_n(&gm_heap.spans[first + f->npages - 1], NULL, __ATOMIC_RELAXED);
    mspan *s = carve(f, npages);
    uintptr_t released = count_scavenged(first, npages, true);
    gm_heap.pages_released -= released;
    gm_heap.pages_free -= npages;
    gm_heap.pages_inuse += npages;
    if (released == npages) s->needzero = 0;   /* all pages fresh from the OS */

    s->sizeclass = (uint8_t)sizeclass;
    s->kind = (uint8_t)kind;
    s->next = s->prev = NULL;
    s->largetype = NULL;
    s->largebytes = 0;
    if (sizeclass == 0) {
        s->elemsize = (uint32_t)(npages << PAGE_SHIFT > UINT32_MAX ? 0 : npages << PAGE_SHIFT);
        s->nelems = 1;
        s->divmul = 0;
        s->limit = s->base + (npages << PAGE_SHIFT);
    } else {
        s->elemsize = class_to_size[sizeclass];
        s->nelems = (uint32_t)((npages << PAGE_SHIFT) / s->elemsize);
        s->divmul = class_to_divmul[sizeclass];
        s->limit = s->base + (uintptr_t)s->nelems * s->elemsize;
    }
    span_alloc_bits(s);
    atomic_store_explicit(&s->freeindex, 0, memory_order_relaxed);
    s->alloccount = 0;
    s->alloccache = ~(uint64_t)0;
    atomic_store(&s->sweepgen, atomic_load(&gm_heap.sweepgen));
    /* Publish: fields first, then the state, then the page table. */
    atomic_store_explicit(&s->state, SPAN_INUSE, memory_order_release);
    set_span_pages(first, npages, s);
    pthread_mutex_unlock(&gm_heap.lock);
    return s;
}

/* Return s's pages to the free lists, coalescing with free neighbours. */
void heap_free_span(mspan *s) {
    pthread_mutex_lock(&gm_heap.lock);
    uintptr_t first = page_index(s->base);
    uintptr_t n = s->npages;
    atomic_store_explicit(&s->state, SPAN_DEAD, memory_order_release);
    set_span_pages(first, n, NULL);
    span_free_bits(s);
    gm_heap.pages_inuse -= n;
    gm_heap.pages_free += n;
    s->needzero = 1;
    s->free_cycle = atomic_load(&gm_gc_state.num_gc);
    mspan *below = first ? gm_heap.spans[first - 1] : NULL;
    if (below && atomic_load(&below->state) == SPAN_FREE) {
        free_list_remove(below);
        __atomic_store_n(&gm_heap.spans[first - 1], NULL, __ATOMIC_RELAXED);   /* span_of reads it */
        s->base = below->base;
        s->npages += below->npages;
        if (below->free_cycle > s->free_cycle) s->free_cycle = below->free_cycle;
        meta_free(below, sizeof *below);
        gm_heap.spans_inuse--;
    }
    uintptr_t after = page_index(s->base) + s->npages;
    mspan *above = s->base + (s->npages << PAGE_SHIFT) < gm_heap.arena_used
                       ? gm_heap.spans[after] : NULL;
    if (above && atomic_load(&above->state) == SPAN_FREE) {
        free_list_remove(above);
        __atomic_store_n(&gm_heap.spans[after], NULL, __ATOMIC_RELAXED);   /* span_of reads it */
        s->npages += above->npages;
        s->needzero |= above->needzero;
        if (above->free_cycle > s->free_cycle) s->free_cycle = above->free_cycle;
        meta_free(above, sizeof *above);
        gm_heap.spans_inuse--;
    }
    publish_free(s);
    pthread_mutex_unlock(&gm_heap.lock);
}

/* Heap bytes the OS is backing: in-use and free pages not released. */
uint64_t heap_retained_bytes(void) {
    pthread_mutex_lock(&gm_heap.lock);
    uint64_t pages = gm_heap.pages_inuse + gm_heap.pages_free - gm_heap.pages_released;
    pthread_mutex_unlock(&gm_heap.lock);
    return pages << PAGE_SHIFT;
}

/* Release to the OS the free spans that were freed before cycle
 * older_than_cycle (or every free span when all is set). */
void heap_scavenge(uint64_t older_than_cycle, bool all) {
    pthread_mutex_lock(&gm_heap.lock);
    for (int i = 0; i < LARGE_FREE + 1; i++) {
        mspan *s = i < LARGE_FREE ? gm_heap.free_small[i] : gm_heap.free_large;
        for (; s; s = s->next) {
            if (!all && s->free_cycle >= older_than_cycle) continue;
            uintptr_t first = page_index(s->base);
            uintptr_t already = count_scavenged(first, s->npages, false);
            if (already == s->npages) continue;
            os_release((void *)s->base, s->npages << PAGE_SHIFT);
            for (uintptr_t p = first; p < first + s->npages; p++)
                gm_heap.scavenged[p >> 6] |= (uint64_t)1 << (p & 63);
            gm_heap.pages_released += s->npages - already;
            s->needzero = 0;
        }
    }
    pthread_mutex_unlock(&gm_heap.lock);
}

void span_refill_alloccache(mspan *s, uint32_t from) {
    uint32_t word = from >> 6;
    uint64_t bits = word < bits_words(s->nelems) ? s->allocbits[word] : ~(uint64_t)0;
    s->alloccache = ~bits >> (from & 63);
}
