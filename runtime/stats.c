/*
 * stats.c — runtime.MemStats (gm_read_memstats) and the gctrace line.
 *
 * Allocation counts are kept per span while a thread cache holds it
 * (alloccount - cachedcount) and added to the global counters when the
 * span goes back to mcentral, so the fast path counts nothing.  Frees are
 * counted by the sweeper.  gm_read_memstats stops the world, as Go's
 * ReadMemStats does, to add what thread caches hold right now.
 */
#include "runtime.h"
#include <string.h>

heap_stats gm_stats;

void stats_account_uncache(mspan *s) {
    uint32_t n = s->alloccount - s->cachedcount;
    if (n == 0) return;
    atomic_fetch_add(&gm_stats.mallocs, n);
    atomic_fetch_add(&gm_stats.total_alloc, (uint64_t)n * s->elemsize);
    atomic_fetch_add(&gm_stats.by_size_mallocs[s->sizeclass], n);
    s->cachedcount = s->alloccount;
}

/* Go's fmtNSAsMS: whole milliseconds from 10 ms, else two significant
 * digits with at most three decimals. */
static void fmt_ms(char *buf, size_t n, uint64_t ns) {
    if (ns >= 10000000u) { snprintf(buf, n, "%llu", (unsigned long long)(ns / 1000000u)); return; }
    uint64_t x = ns / 1000u;
    if (x == 0) { snprintf(buf, n, "0"); return; }
    int dec = 3;
    while (x >= 100) { x /= 10; dec--; }
    uint64_t p = dec == 3 ? 1000 : dec == 2 ? 100 : dec == 1 ? 10 : 1;
    if (dec == 0) snprintf(buf, n, "%llu", (unsigned long long)x);
    else snprintf(buf, n, "%llu.%0*llu", (unsigned long long)(x / p), dec,
                  (unsigned long long)(x % p));
}

/* cpu: STW #1 × P, assists, background workers, idle workers, STW #2 × P */
void stats_print_gctrace(uint32_t n, uint64_t start_ns, const uint64_t clock[3],
                         const uint64_t cpu[5], uint64_t live0, uint64_t live1,
                         uint64_t marked, uint64_t goal, bool forced) {
    char c[3][32], u[5][32];
    for (int i = 0; i < 3; i++) fmt_ms(c[i], sizeof c[i], clock[i]);
    for (int i = 0; i < 5; i++) fmt_ms(u[i], sizeof u[i], cpu[i]);
    uint64_t elapsed = now_ns() - gm_gc_state.start_ns;
    double frac = elapsed ? (double)gm_gc_state.gc_cpu_ns /
                                ((double)elapsed * gm_config.gomaxprocs) : 0;
    uint64_t since = start_ns - gm_gc_state.start_ns;
    gm_print_err("gc %u @%llu.%03llus %d%%: %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, "
                 "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, %d P%s\n",
                 n, (unsigned long long)(since / 1000000000u),
                 (unsigned long long)(since / 1000000u % 1000u), (int)(frac * 100),
                 c[0], c[1], c[2], u[0], u[1], u[2], u[3], u[4],
                 (unsigned long long)(live0 >> 20), (unsigned long long)(live1 >> 20),
                 (unsigned long long)(marked >> 20),
                 (unsigned long long)(goal == UINT64_MAX ? 0 : goal >> 20),
                 (unsigned long long)(gm_gc_state.stacks_bytes >> 20),
                 (unsigned long long)(gm_gc_state.globals_bytes >> 20),
                 gm_config.gomaxprocs, forced ? " (forced)" : "");
}

/* What thread caches allocated since they took their spans. */
static void add_cached_allocs(gm_memstats *m) {
    for (gm_thread *t = gm_all_threads; t; t = t->next) {
        for (int i = 0; i < NUM_SPAN_CLASSES; i++) {
            mspan *s = t->alloc[i];
            if (s == &gm_empty_span) continue;
            uint32_t n = s->alloccount - s->cachedcount;
            m->mallocs += n;
            m->total_alloc += (uint64_t)n * s->elemsize;
            m->by_size[s->sizeclass < 61 ? s->sizeclass : 0].mallocs += n;
        }
        m->mallocs += t->large_alloc_count;
        m->total_alloc += t->large_alloc_bytes;
    }
}

void gm_read_memstats(gm_memstats *m) {
    gm_thread *t = self_or_fatal("gm_read_memstats");
    memset(m, 0, sizeof *m);
    runtime_lock_blocking(&gm_gc_state.lock);
    runtime_lock_blocking(&gm_threads_lock);
    runtime_enter(t);
    world_stop();
    m->mallocs = atomic_load(&gm_stats.mallocs);
    m->frees = atomic_load(&gm_stats.frees);
    m->total_alloc = atomic_load(&gm_stats.total_alloc);
    for (int i = 1; i < 61; i++) {
        m->by_size[i].size = class_to_size[i];
        m->by_size[i].mallocs = atomic_load(&gm_stats.by_size_mallocs[i]);
        m->by_size[i].frees = atomic_load(&gm_stats.by_size_frees[i]);
    }
    add_cached_allocs(m);
    uint64_t freed = atomic_load(&gm_stats.freed_bytes);
    pthread_mutex_lock(&gm_heap.lock);
    m->heap_inuse = gm_heap.pages_inuse << PAGE_SHIFT;
    m->heap_idle = gm_heap.pages_free << PAGE_SHIFT;
    m->heap_released = gm_heap.pages_released << PAGE_SHIFT;
    m->mspan_inuse = gm_heap.spans_inuse * sizeof(mspan);
    pthread_mutex_unlock(&gm_heap.lock);
    uintptr_t stacks = 0;
    for (gm_thread *th = gm_all_threads; th; th = th->next)
        if (atomic_load(&th->state) != TS_STARTING) stacks += th->stack_hi - th->stack_lo;
    world_start();
    runtime_exit(t);
    pthread_mutex_unlock(&gm_threads_lock);

    m->alloc = m->heap_alloc = m->total_alloc > freed ? m->total_alloc - freed : 0;
    m->heap_sys = m->heap_inuse + m->heap_idle;
    m->heap_objects = m->mallocs - m->frees;
    m->stack_inuse = stacks;
    m->mspan_sys = m->mspan_inuse;
    m->mcache_inuse = m->mcache_sys = (uint64_t)gm_num_goroutines() * sizeof(gm_thread);
    m->gc_sys = meta_sys_bytes();
    m->sys = m->heap_sys + m->gc_sys;
    m->next_gc = gm_gc_state.goal == UINT64_MAX ? 0 : gm_gc_state.goal;
    m->last_gc = gm_gc_state.last_gc_unix_ns;
    m->pause_total_ns = gm_gc_state.pause_total_ns;
    memcpy(m->pause_ns, gm_gc_state.pause_ns, sizeof m->pause_ns);
    memcpy(m->pause_end, gm_gc_state.pause_end, sizeof m->pause_end);
    m->num_gc = atomic_load(&gm_gc_state.num_gc);
    m->num_forced_gc = gm_gc_state.num_forced_gc;
    uint64_t elapsed = now_ns() - gm_gc_state.start_ns;
    m->gc_cpu_fraction = elapsed ? (double)gm_gc_state.gc_cpu_ns /
                                       ((double)elapsed * gm_config.gomaxprocs) : 0;
    m->enable_gc = gm_config.gogc >= 0;
    m->by_size[0].size = 0;
    pthread_mutex_unlock(&gm_gc_state.lock);
}
