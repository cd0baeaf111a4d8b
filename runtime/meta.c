/*
 * meta.c — memory for the runtime's own structures, and the OS interface.
 *
 * Spans, bitmaps, thread records and workbufs live outside the heap arena,
 * in memory the collector never scans: a pointer from a runtime structure to
 * a heap object keeps nothing alive (the runtime roots what it must
 * explicitly).  meta_alloc is a size-segregated free-list allocator over
 * 1 MiB chunks from mmap: sizes are rounded up to 16 bytes; up to 4 KiB they
 * come from per-size free lists, larger requests get their own mapping.
 * Memory from meta_alloc is zeroed.  Freed blocks are recycled only as blocks
 * of the same size, so a span structure is only ever reused as a span
 * structure (markers may read a stale span pointer; it still reads as a span).
 *
 * Transparent huge pages, with GODEBUG=disablethp=0 (after Go 1.19's
 * policy, mem_linux.go): heap memory is advised MADV_HUGEPAGE, so that a
 * large heap takes one TLB entry per 2 MiB (a 10^7-entry map's lookups are
 * bound by page walks without: 7-12% faster with).  Off by default, as in
 * Go since 1.21.4, which leaves huge pages to the system's setting: the
 * first touch of a huge page is slow on this kind of machine (the VM gives
 * freed memory back to its host), and a heap growing into advised memory
 * stalls its mutator ~5 ms per 2 MiB — on the 1 GiB pause benchmark, 2.4 s
 * of every 10 s in gaps over 1 ms, against 0.02-0.07 s without
 * (docs/benchmarks.md, "Pause").  Limits when on, each measured
 * (docs/benchmarks.md, "Maps"):
 *   - only the arena above its first HUGE_ARENA_FROM bytes is advised: the
 *     heap allocates from low addresses first, so a small heap stays on
 *     4 KiB pages and its RSS does not grow in 2 MiB granules;
 *   - nothing is advised while a memory limit is set: the limit counts the
 *     pages the heap retains, and a partly used huge page is backed whole;
 *   - released memory really leaves: MADV_DONTNEED of part of a huge page
 *     lowers RSS (the page is split), but khugepaged would collapse the
 *     partly populated 2 MiB range again (max_ptes_none lets 511 of 512
 *     pages be missing), and a later reuse of a few released pages would
 *     fault in 2 MiB; so os_release first advises every huge page it
 *     touches MADV_NOHUGEPAGE (Go marks only the partly released ones and
 *     re-advises on reuse; the page heap has no reuse hook here, so a
 *     released range stays on 4 KiB pages).
 * Invariant: only [arena_huge_from(), arena_end) is ever advised.
 */
#include "runtime.h"
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#define META_CHUNK ((size_t)1 << 20)
#define META_MAX_SMALL 4096
#define META_STEP 16

typedef struct meta_block { struct meta_block *next; } meta_block;

static struct {
    pthread_mutex_t lock;
    meta_block *free[META_MAX_SMALL / META_STEP + 1];
    char *chunk, *chunk_end;
    uint64_t sys;
} meta = { .lock = PTHREAD_MUTEX_INITIALIZER };

void *os_reserve(size_t size) {
    void *p = mmap(NULL, size, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* ---- huge pages for the heap arena ------------------------------------- */

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define HUGE_ARENA_FROM ((uintptr_t)64 << 20)

static uintptr_t huge_down(uintptr_t a) { return a & ~(HUGE_PAGE - 1); }
static uintptr_t huge_up(uintptr_t a) { return huge_down(a + HUGE_PAGE - 1); }

static uintptr_t arena_huge_from(void) {
    return huge_up(gm_heap.arena_start + HUGE_ARENA_FROM);
}

static bool in_arena(uintptr_t a) {
    return a >= gm_heap.arena_start && a < gm_heap.arena_end;
}

/* Advise the whole huge pages of a fresh commit [p, p+size) that lie in
 * the advised part (failure only costs speed: THP may be off). */
static void advise_huge(uintptr_t p, size_t size) {
    if (gm_config.disablethp ||
        atomic_load_explicit(&gm_config.memory_limit, memory_order_relaxed) != INT64_MAX)
        return;
    uintptr_t from = huge_up(p), to = huge_down(p + size);
    if (from < arena_huge_from()) from = arena_huge_from();
    if (from < to) madvise((void *)from, to - from, MADV_HUGEPAGE);
}

/* Before releasing [p, p+size): 4 KiB pages for every huge page it touches. */
static void forbid_huge(uintptr_t p, size_t size) {
    uintptr_t from = huge_down(p), to = huge_up(p + size);
    if (from < arena_huge_from()) from = arena_huge_from();
    if (to > huge_down(gm_heap.arena_end)) to = huge_down(gm_heap.arena_end);
    if (from < to) madvise((void *)from, to - from, MADV_NOHUGEPAGE);
}

/* ---- the OS interface --------------------------------------------------- */

bool os_commit(void *p, size_t size) {
    if (mprotect(p, size, PROT_READ | PROT_WRITE) != 0) return false;
    if (in_arena((uintptr_t)p)) advise_huge((uintptr_t)p, size);
    return true;
}

void os_release(void *p, size_t size) {
    if (in_arena((uintptr_t)p)) forbid_huge((uintptr_t)p, size);
    /* MADV_DONTNEED: the pages read back as zero and stop counting in RSS. */
    while (madvise(p, size, MADV_DONTNEED) != 0 && errno == EAGAIN) {
    }
}

static void *os_map(size_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) gm_throw("runtime: out of memory (runtime metadata)");
    return p;
}

/* Callers are inside the runtime, or threads the collector does not stop
 * (unregistered, or the world stopped): meta's lock is never held by a
 * stopped thread, which would hold up every thread needing it inside the
 * runtime, and so the stop itself. */
void *meta_alloc(size_t size) {
    size = (size + META_STEP - 1) & ~(size_t)(META_STEP - 1);
    if (size > META_MAX_SMALL) {
        pthread_mutex_lock(&meta.lock);
        meta.sys += size;
        pthread_mutex_unlock(&meta.lock);
        return os_map(size);
    }
    pthread_mutex_lock(&meta.lock);
    meta_block *b = meta.free[size / META_STEP];
    if (b) {
        meta.free[size / META_STEP] = b->next;
        pthread_mutex_unlock(&meta.lock);
        memset(b, 0, size);
        return b;
    }
    if (meta.chunk == NULL || (size_t)(meta.chunk_end - meta.chunk) < size) {
        meta.chunk = os_map(META_CHUNK);   /* the tail of the old one is lost */
        meta.chunk_end = meta.chunk + META_CHUNK;
        meta.sys += META_CHUNK;
    }
    void *p = meta.chunk;                  /* fresh mmap memory is zero */
    meta.chunk += size;
    pthread_mutex_unlock(&meta.lock);
    return p;
}

void meta_free(void *p, size_t size) {
    if (p == NULL) return;
    size = (size + META_STEP - 1) & ~(size_t)(META_STEP - 1);
    if (size > META_MAX_SMALL) {
        munmap(p, size);
        pthread_mutex_lock(&meta.lock);
        meta.sys -= size;
        pthread_mutex_unlock(&meta.lock);
        return;
    }
    meta_block *b = p;
    pthread_mutex_lock(&meta.lock);
    b->next = meta.free[size / META_STEP];
    meta.free[size / META_STEP] = b;
    pthread_mutex_unlock(&meta.lock);
}

/* fork(): 0 before (lock), 1 in the parent, 2 in the child (unlock). */
void meta_fork(int phase) {
    if (phase == 0) pthread_mutex_lock(&meta.lock);
    else pthread_mutex_unlock(&meta.lock);
}

uint64_t meta_sys_bytes(void) {
    pthread_mutex_lock(&meta.lock);
    uint64_t s = meta.sys;
    pthread_mutex_unlock(&meta.lock);
    return s;
}
