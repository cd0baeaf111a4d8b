/*
 * testapi.c — internal queries for the runtime's tests (testapi.h), and the
 * heap verifier: every in-use span's page-table entries point at it, its
 * alloc count matches its bitmaps, and no marked slot is a free one.
 */
#include "runtime.h"
#include "testapi.h"

bool gm_test_is_allocated(const void *p) {
    return object_base((uintptr_t)p, NULL) != NULL;
}

void *gm_test_object_base(const void *p) {
    return object_base((uintptr_t)p, NULL);
}

size_t gm_test_object_size(const void *p) {
    mspan *s = NULL;
    if (object_base((uintptr_t)p, &s) == NULL) return 0;
    return s->sizeclass ? s->elemsize : s->npages << PAGE_SHIFT;
}

int gm_test_size_class(size_t n) {
    if (n > MAX_SMALL_SIZE) return 0;
    if (!atomic_load(&gm_initialized)) sizeclass_init();
    return (int)size_to_class(n ? n : 1);
}

size_t gm_test_verify_heap(void) {
    gm_thread *t = self_or_fatal("gm_test_verify_heap");
    size_t checked = 0;
    runtime_lock_blocking(&gm_gc_state.lock);
    /* Between cycles the controller may still be sweeping in the
     * background, and world_stop does not stop it: finish the sweep first
     * (TSAN caught the verifier reading a span the sweeper was rewriting,
     * rt_make_map_stack_checkmark).  During a mark it does not sweep, and
     * the lock held here keeps the cycle from ending. */
    if (atomic_load(&gm_gc_state.phase) == GC_OFF) sweep_finish();
    runtime_lock_blocking(&gm_threads_lock);
    world_stop();
    pthread_mutex_lock(&gm_heap.lock);
    uintptr_t npages = (gm_heap.arena_used - gm_heap.arena_start) >> PAGE_SHIFT;
    for (uintptr_t p = 0; p < npages;) {
        mspan *s = gm_heap.spans[p];
        if (s == NULL || atomic_load(&s->state) != SPAN_INUSE) { p++; continue; }
        uintptr_t first = (s->base - gm_heap.arena_start) >> PAGE_SHIFT;
        if (first != p) gm_throw("verify: page %lu maps to a span starting at page %lu",
                                 (unsigned long)p, (unsigned long)first);
        for (uintptr_t i = 0; i < s->npages; i++)
            if (gm_heap.spans[p + i] != s) gm_throw("verify: span page table entry broken");
        uint32_t fi = atomic_load(&s->freeindex), allocated = 0;
        for (uint32_t i = 0; i < s->nelems; i++) {
            bool a = i < fi || bit_get(s->allocbits, i);
            allocated += a;
            if (bit_get(s->markbits, i) && !a && atomic_load(&gm_gc_state.phase) == GC_OFF)
                gm_throw("verify: span %p object %u is marked but free", (void *)s->base, i);
        }
        if (allocated != s->alloccount)
            gm_throw("verify: span %p counts %u objects, bitmaps show %u",
                     (void *)s->base, s->alloccount, allocated);
        checked++;
        p += s->npages;
    }
    pthread_mutex_unlock(&gm_heap.lock);
    world_start();
    pthread_mutex_unlock(&gm_threads_lock);
    pthread_mutex_unlock(&gm_gc_state.lock);
    (void)t;
    return checked;
}
