/* runtime_pkg.c: Go's runtime package of the subset: GC (libgomem's
 * gm_gc), ReadMemStats (filled from gm_read_memstats, field for field),
 * NumGoroutine, GOMAXPROCS, NumCPU, Gosched, KeepAlive, Breakpoint,
 * SetFinalizer, and the runtime.MemStats / runtime.Error descriptors.
 *
 * Invariants: go_runtime_MemStats has the layout of the Go struct in
 * compiler/stdlib.c (user code reads its fields); GOMAXPROCS only records
 * the setting (libgomem runs every goroutine on its own thread, so it
 * limits nothing).  SetFinalizer runs the Go func (func(*T) or
 * func(any)) on libgomem's finalizer thread.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

static const uint8_t mask_two[1] = {3};

const gort_type go_type_runtime_MemStats = {
    .gm = {.size = sizeof(go_runtime_MemStats), .align = 8, .name = "runtime.MemStats",
           .kind = GM_KIND_STRUCT},
    .named = true};
GOLIB_PTR_TYPE(go_ptrtype_runtime_MemStats, go_type_runtime_MemStats, "*runtime.MemStats",
               NULL, 0);
static const gort_method error_methods[] = {{"Error", NULL}, {"RuntimeError", NULL}};
const gort_type go_type_runtime_Error = {
    .gm = {.size = sizeof(gort_iface), .align = 8, .ptrdata = 16, .ptrmask = mask_two,
           .name = "runtime.Error", .kind = GM_KIND_INTERFACE,
           .hash = gort_hash_iface, .equal = gort_equal_iface},
    .methods = error_methods, .nmethods = 2, .named = true};

void go_runtime_GC(void) { gm_gc(); }

void go_runtime_ReadMemStats(go_runtime_MemStats *m) {
    gm_memstats *s = malloc(sizeof *s);    /* ~4.5 KiB: not on small stacks */
    if (!s)
        gort_panic_string("runtime: out of memory reading MemStats");
    gm_read_memstats(s);
    *m = (go_runtime_MemStats){
        .Alloc = s->alloc, .TotalAlloc = s->total_alloc, .Sys = s->sys,
        .Lookups = s->lookups, .Mallocs = s->mallocs, .Frees = s->frees,
        .HeapAlloc = s->heap_alloc, .HeapSys = s->heap_sys, .HeapIdle = s->heap_idle,
        .HeapInuse = s->heap_inuse, .HeapReleased = s->heap_released,
        .HeapObjects = s->heap_objects, .StackInuse = s->stack_inuse,
        .StackSys = s->stack_sys, .MSpanInuse = s->mspan_inuse, .MSpanSys = s->mspan_sys,
        .MCacheInuse = s->mcache_inuse, .MCacheSys = s->mcache_sys,
        .BuckHashSys = s->buck_hash_sys, .GCSys = s->gc_sys, .OtherSys = s->other_sys,
        .NextGC = s->next_gc, .LastGC = s->last_gc, .PauseTotalNs = s->pause_total_ns,
        .NumGC = s->num_gc, .NumForcedGC = s->num_forced_gc,
        .GCCPUFraction = s->gc_cpu_fraction, .EnableGC = s->enable_gc,
        .DebugGC = s->debug_gc};
    memcpy(m->PauseNs, s->pause_ns, sizeof m->PauseNs);
    memcpy(m->PauseEnd, s->pause_end, sizeof m->PauseEnd);
    free(s);
}

int64_t go_runtime_NumGoroutine(void) { return gm_num_goroutines(); }

int64_t go_runtime_NumCPU(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

static _Atomic int64_t gomaxprocs;

/* GOMAXPROCS from the environment, as Go reads it, else NumCPU. */
static int64_t initial_gomaxprocs(void) {
    const char *env = getenv("GOMAXPROCS");
    if (env) {
        long n = strtol(env, NULL, 10);
        if (n > 0)
            return n;
    }
    return go_runtime_NumCPU();
}

int64_t go_runtime_GOMAXPROCS(int64_t n) {
    int64_t cur = atomic_load(&gomaxprocs);
    if (cur == 0) {
        int64_t init = initial_gomaxprocs();
        atomic_compare_exchange_strong(&gomaxprocs, &cur, init);
        cur = atomic_load(&gomaxprocs);
    }
    if (n > 0)
        atomic_store(&gomaxprocs, n);
    return cur;
}

void go_runtime_Gosched(void) { sched_yield(); }

/* Keeps x reachable up to here: the call itself makes the value live. */
void go_runtime_KeepAlive(gort_iface x) {
    __asm__ volatile("" : : "r"(x.data) : "memory");
}

void go_runtime_Breakpoint(void) { raise(SIGTRAP); }

/* ---- finalizers ----
 * libgomem's finalizer takes only the object, so the Go closure to run is
 * kept in a map keyed by the object's address as an integer (uintptr keys
 * are not scanned: the entry does not keep the object alive). */
typedef struct finalizer_entry {
    gort_func *fn;              /* the Go func value */
    const gort_type *obj_type;  /* obj's dynamic type, for func(any) */
    bool takes_any;             /* func(interface {}) rather than func(*T) */
} finalizer_entry;

static const gm_type finalizer_entry_type = {
    .size = sizeof(finalizer_entry), .align = 8, .ptrdata = 8, .ptrmask = (const uint8_t[]){1},
    .name = "runtime.finalizer", .kind = GM_KIND_STRUCT};
static gm_map *finalizers;      /* in .bss: a root */
static pthread_mutex_t finalizers_lock = PTHREAD_MUTEX_INITIALIZER;

static void run_finalizer(void *obj) {
    uintptr_t key = (uintptr_t)obj;
    bool ok;
    gm_mutex_lock(&finalizers_lock);
    finalizer_entry e = *(finalizer_entry *)gm_map_get(finalizers, &key, &ok);
    gm_map_delete(finalizers, &key);
    pthread_mutex_unlock(&finalizers_lock);
    if (!ok || !e.fn)
        return;
    if (e.takes_any)
        ((void (*)(gort_func *, gort_iface))e.fn->fn)(e.fn, (gort_iface){e.obj_type, obj});
    else
        ((void (*)(gort_func *, void *))e.fn->fn)(e.fn, obj);
}

void go_runtime_SetFinalizer(gort_iface obj, gort_iface finalizer) {
    if (!obj.type)
        gort_panic_string("runtime.SetFinalizer: first argument is nil");
    if (obj.type->gm.kind != GM_KIND_POINTER) {
        gbuf b = {0};
        gbuf_cstr(&b, "runtime.SetFinalizer: first argument is ");
        gbuf_cstr(&b, obj.type->gm.name);
        gbuf_cstr(&b, ", not pointer");
        gbuf_byte(&b, 0);
        gort_panic_string((const char *)b.p);
    }
    uintptr_t key = (uintptr_t)obj.data;
    gm_mutex_lock(&finalizers_lock);
    if (!finalizers)
        finalizers = gm_make_map(&gm_type_uintptr, &finalizer_entry_type, 0);
    if (!finalizer.type || !finalizer.data) {
        gm_map_delete(finalizers, &key);
        pthread_mutex_unlock(&finalizers_lock);
        gm_set_finalizer(obj.data, NULL);
        return;
    }
    if (finalizer.type->gm.kind != GM_KIND_FUNC) {
        pthread_mutex_unlock(&finalizers_lock);
        gort_panic_string("runtime.SetFinalizer: second argument is not a function");
    }
    finalizer_entry e = {finalizer.data, obj.type,
                         strncmp(finalizer.type->gm.name, "func(interface {})", 18) == 0};
    gm_map_set(finalizers, &key, &e);
    pthread_mutex_unlock(&finalizers_lock);
    gm_set_finalizer(obj.data, run_finalizer);
}
