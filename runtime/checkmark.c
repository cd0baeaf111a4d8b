/*
 * checkmark.c — GODEBUG=gccheckmark=1: verify every concurrent mark.
 *
 * After a concurrent mark, with the world stopped at mark termination, the
 * heap is marked again from the roots into separate bits (span.checkbits)
 * by a plain stop-the-world mark.  Every object that re-mark reaches must
 * have been marked by the concurrent mark; if one was not (a missing
 * barrier, a lost grey object), the runtime aborts naming it — before the
 * sweep could free a reachable object.
 */
#include "runtime.h"
#include <string.h>

typedef void (*span_fn)(mspan *s);

static void for_each_inuse_span(span_fn fn) {
    uintptr_t npages = (gm_heap.arena_used - gm_heap.arena_start) >> PAGE_SHIFT;
    for (uintptr_t p = 0; p < npages;) {
        mspan *s = gm_heap.spans[p];
        if (s && atomic_load(&s->state) == SPAN_INUSE &&
            s->base == gm_heap.arena_start + (p << PAGE_SHIFT)) {
            fn(s);
            p += s->npages;
        } else {
            p++;
        }
    }
}

static void alloc_checkbits(mspan *s) {
    s->checkbits = meta_alloc(bits_words(s->nelems) * 8);
}

static uintptr_t missing_obj, missing_end;

static bool points_at_missing(uintptr_t v) {
    return v >= missing_obj && v < missing_end;
}

/* Where does the missing object's pointer live?  Print every heap object,
 * stack word and global that holds it, with its own mark state. */
static void explain_span(mspan *s) {
    if (s->kind == KIND_NOSCAN) return;
    for (uint32_t i = 0; i < s->nelems; i++) {
        if (!bit_get(s->checkbits, i)) continue;
        uintptr_t obj = s->base + (uintptr_t)i * (s->sizeclass ? s->elemsize : 0);
        uintptr_t end = s->sizeclass ? obj + s->elemsize : s->limit;
        for (uintptr_t a = obj; a < end; a += 8)
            if (points_at_missing(*(uintptr_t *)a))
                gm_print_err("gccheckmark:   held by heap object %p+%lu (%s, size %u) which is %s\n",
                             (void *)obj, (unsigned long)(a - obj),
                             s->kind == KIND_CONS ? "conservative" : "typed", s->elemsize,
                             bit_get(s->markbits, i) ? "black (marked)" : "white");
    }
}

static void explain_missing(void) {
    for (gm_thread *t = gm_all_threads; t; t = t->next) {
        for (uintptr_t a = t->stop_sp & ~(uintptr_t)7; a + 8 <= t->stack_hi; a += 8)
            if (points_at_missing(*(uintptr_t *)a))
                gm_print_err("gccheckmark:   held by the stack of goroutine %lld at sp+%lu "
                             "(stack scanned in cycle %u)\n", (long long)t->id,
                             (unsigned long)(a - t->stop_sp), t->scan_cycle);
        for (int r = 0; r < GM_SAVED_REG_WORDS; r++)
            if (points_at_missing(t->regs[r]))
                gm_print_err("gccheckmark:   held in a saved register of goroutine %lld\n",
                             (long long)t->id);
    }
}

static void verify_span(mspan *s) {
    for (uint32_t i = 0; i < s->nelems; i++) {
        if (!bit_get(s->checkbits, i) || bit_get(s->markbits, i)) continue;
        uintptr_t obj = s->base + (uintptr_t)i * (s->sizeclass ? s->elemsize : 0);
        missing_obj = obj;
        missing_end = s->sizeclass ? obj + s->elemsize : s->limit;
        gm_print_err("gccheckmark: cycle %u, object %p is reachable but white; slot %u of %u, "
                     "freeindex %u, allocbit %d, span sweepgen %u (heap %u), words %lx %lx %lx\n",
                     atomic_load(&gm_gc_state.cycle), (void *)obj, i, s->nelems,
                     atomic_load(&s->freeindex), (int)bit_get(s->allocbits, i),
                     atomic_load(&s->sweepgen), atomic_load(&gm_heap.sweepgen),
                     ((unsigned long *)obj)[0], ((unsigned long *)obj)[1], ((unsigned long *)obj)[2]);
        explain_missing();
        for_each_inuse_span(explain_span);
        gm_throw("gccheckmark: object %p (size class %u, %s span, %lu bytes) is reachable "
                 "but the concurrent mark left it white", (void *)obj, s->sizeclass,
                 s->kind == KIND_NOSCAN ? "noscan" : s->kind == KIND_CONS ? "conservative" : "typed",
                 (unsigned long)(s->sizeclass ? s->elemsize : s->npages << PAGE_SHIFT));
    }
}

static void free_checkbits(mspan *s) {
    meta_free(s->checkbits, bits_words(s->nelems) * 8);
    s->checkbits = NULL;
}

/* The stack words each concurrent stack scan saw, kept for the re-mark.
 * A conservative stack at mark termination is no root set to check
 * against: its dead slots and dead registers hold stale words (a span base
 * left in a register by the allocator, slots of calls that returned long
 * ago) that the program never reads and the concurrent mark rightly did not
 * see.  So the re-mark starts from what the concurrent mark started from —
 * the stacks as scanned, and globals, TLS and user ranges as they are now —
 * and verifies that everything reachable from there through the heap was
 * marked: the mark loop, work sharing, termination, black allocation and
 * the barrier's protection of heap-to-heap moves. */
static struct {
    pthread_mutex_t lock;
    uintptr_t *words;
    size_t n, cap;
} seen = { .lock = PTHREAD_MUTEX_INITIALIZER };

NO_SANITIZE_SCAN void checkmark_record_stack(uintptr_t lo, uintptr_t hi) {
    uintptr_t start = gm_heap.arena_start, used = __atomic_load_n(&gm_heap.arena_used, __ATOMIC_RELAXED);
    pthread_mutex_lock(&seen.lock);
    for (uintptr_t a = lo & ~(uintptr_t)7; a + 8 <= hi; a += 8) {
        uintptr_t v = *(volatile uintptr_t *)a;
        if (v - start >= used - start) continue;
        if (seen.n == seen.cap) {
            size_t cap = seen.cap ? seen.cap * 2 : 4096;
            uintptr_t *w = meta_alloc(cap * sizeof *w);
            if (seen.words) memcpy(w, seen.words, seen.n * sizeof *w);
            meta_free(seen.words, seen.cap * sizeof *w);
            seen.words = w;
            seen.cap = cap;
        }
        seen.words[seen.n++] = v;
    }
    pthread_mutex_unlock(&seen.lock);
}

static void grey_recorded_stacks(gcwork *w) {
    pthread_mutex_lock(&seen.lock);
    for (size_t i = 0; i < seen.n; i++) mark_grey_pointer(w, seen.words[i]);
    seen.n = 0;
    pthread_mutex_unlock(&seen.lock);
}

/* World stopped, every thread cache flushed, marking done. */
void checkmark_verify(void) {
    pthread_mutex_lock(&gm_heap.lock);
    for_each_inuse_span(alloc_checkbits);
    pthread_mutex_unlock(&gm_heap.lock);
    gcwork w;
    gcwork_init(&w);
    w.checkmark = true;
    roots_scan_unbarriered(&w);
    for (gm_thread *t = gm_all_threads; t; t = t->next)
        if (t->start_arg) mark_grey_pointer(&w, (uintptr_t)t->start_arg);
    grey_recorded_stacks(&w);
    final_mark_roots(&w);
    mark_drain(&w);
    gcwork_dispose(&w);
    pthread_mutex_lock(&gm_heap.lock);
    for_each_inuse_span(verify_span);
    for_each_inuse_span(free_checkbits);
    pthread_mutex_unlock(&gm_heap.lock);
}
