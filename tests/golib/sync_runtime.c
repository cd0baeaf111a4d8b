/* sync_runtime.c: sync and runtime with real threads (gm_go):
 *   - 8 threads x 20000 increments under a Mutex, joined by a WaitGroup;
 *   - RWMutex: readers never see a writer's half-done update;
 *   - Once runs its function exactly once across threads, and counts a
 *     function that panics as done;
 *   - a collection completes while a thread is blocked in Mutex.Lock and
 *     another in WaitGroup.Wait (they are in libgomem's blocking state);
 *   - ReadMemStats after runtime.GC counts the forced cycle; NumGoroutine,
 *     GOMAXPROCS, NumCPU are sane; time.After delivers;
 *   - SetFinalizer runs a Go closure (func(*T) and func(any)) for objects
 *     that became unreachable, with the object as argument.
 */
#include <setjmp.h>
#include <stdatomic.h>

#include "golib_test.h"
#include "gort_rt.h"

static go_sync_Mutex mu;
static go_sync_WaitGroup wg;
static int64_t counter;

static void add_many(void *arg) {
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        go_sync_Mutex_Lock(&mu);
        counter++;
        go_sync_Mutex_Unlock(&mu);
    }
    go_sync_WaitGroup_Done(&wg);
}

static go_sync_RWMutex rw;
static int64_t pair[2];
static atomic_int torn;

static void reader(void *arg) {
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        go_sync_RWMutex_RLock(&rw);
        if (pair[0] != pair[1])
            atomic_fetch_add(&torn, 1);
        go_sync_RWMutex_RUnlock(&rw);
    }
    go_sync_WaitGroup_Done(&wg);
}

static void writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 5000; i++) {
        go_sync_RWMutex_Lock(&rw);
        pair[0]++;
        go_runtime_Gosched();
        pair[1]++;
        go_sync_RWMutex_Unlock(&rw);
    }
    go_sync_WaitGroup_Done(&wg);
}

static go_sync_Once once;
static atomic_int once_runs;
static void once_body(gort_func *f) { (void)f; atomic_fetch_add(&once_runs, 1); }
static gort_func once_func = {(void *)once_body};

static void do_once(void *arg) {
    (void)arg;
    go_sync_Once_Do(&once, &once_func);
    go_sync_WaitGroup_Done(&wg);
}

/* Once.Do(f) where f panics: the panic goes on to the caller, and the Once
 * is done and unlocked afterwards, as in Go. */
static go_sync_Once panicky_once;
static atomic_int panicky_calls;
static void panicky(gort_func *f) {
    (void)f;
    atomic_fetch_add(&panicky_calls, 1);
    gort_panic_string("once boom");
}
static gort_func panicky_func = {(void *)panicky};
typedef struct recoverer {
    gort_func fn;
    gort_iface got;
} recoverer;
static void do_recover(gort_func *f) { ((recoverer *)f)->got = gort_recover(); }

static void once_with_panic(void) {
    gort_frame frame;
    gort_defer link;
    recoverer r = {{(void *)do_recover}, {0}};
    gort_frame_enter(&frame);
    gort_defer_push(&frame, &link, &r.fn);
    if (setjmp(frame.jb) == 0)
        go_sync_Once_Do(&panicky_once, &panicky_func);
    gort_frame_leave(&frame);
    CHECK(r.got.type != NULL);
    CHECK_STR(go_fmt_Sprint(ARGS(r.got)), "once boom");
    go_sync_Once_Do(&panicky_once, &panicky_func);     /* done: f is not called again */
    CHECK(atomic_load(&panicky_calls) == 1);
    CHECK(go_sync_Mutex_TryLock(&panicky_once.m));
}

static go_sync_Mutex held;
static atomic_int blocked_started;
static void block_on_lock(void *arg) {
    (void)arg;
    atomic_store(&blocked_started, 1);
    go_sync_Mutex_Lock(&held);          /* sleeps until main unlocks */
    go_sync_Mutex_Unlock(&held);
    go_sync_WaitGroup_Done(&wg);
}

static void start(void (*fn)(void *), int n) {
    go_sync_WaitGroup_Add(&wg, n);
    for (int i = 0; i < n; i++)
        CHECK(gm_go(fn, NULL) == 0);
}

static atomic_int finalized, finalized_any;
static const gort_type cell_type = {
    .gm = {.size = 8, .align = 8, .name = "main.cell", .kind = GM_KIND_INT}};
static const gort_type cell_ptr = {
    .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = (const uint8_t[]){1},
           .name = "*main.cell", .kind = GM_KIND_POINTER, .elem = &cell_type.gm},
    .elem = &cell_type};
static const gort_type fin_func_type = {
    .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = (const uint8_t[]){1},
           .name = "func(*main.cell)", .kind = GM_KIND_FUNC}};
static const gort_type fin_any_type = {
    .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = (const uint8_t[]){1},
           .name = "func(interface {})", .kind = GM_KIND_FUNC}};
static void on_cell(gort_func *f, int64_t *cell) {
    (void)f;
    if (*cell == 1234)
        atomic_fetch_add(&finalized, 1);
}
static void on_any(gort_func *f, gort_iface v) {
    (void)f;
    if (v.type == &cell_ptr && *(int64_t *)v.data == 5678)
        atomic_fetch_add(&finalized_any, 1);
}
static gort_func on_cell_func = {(void *)on_cell}, on_any_func = {(void *)on_any};

static __attribute__((noinline)) void make_garbage_with_finalizers(void) {
    for (int i = 0; i < 16; i++) {
        int64_t *c = gm_alloc_noscan(64);
        *c = i % 2 ? 1234 : 5678;
        go_runtime_SetFinalizer((gort_iface){&cell_ptr, c},
                               i % 2 ? (gort_iface){&fin_func_type, &on_cell_func}
                                     : (gort_iface){&fin_any_type, &on_any_func});
    }
    int64_t *kept = gm_alloc_noscan(64);       /* finalizer set, then removed */
    go_runtime_SetFinalizer((gort_iface){&cell_ptr, kept}, (gort_iface){&fin_func_type, &on_cell_func});
    go_runtime_SetFinalizer((gort_iface){&cell_ptr, kept}, (gort_iface){&fin_func_type, NULL});
}

static void finalizers(void) {
    make_garbage_with_finalizers();
    for (int i = 0; i < 200 && (atomic_load(&finalized) == 0 || atomic_load(&finalized_any) == 0); i++) {
        go_runtime_GC();
        go_time_Sleep(5 * 1000000);
    }
    CHECK(atomic_load(&finalized) >= 1 && atomic_load(&finalized) <= 8);
    CHECK(atomic_load(&finalized_any) >= 1 && atomic_load(&finalized_any) <= 8);
}

int main(void) {
    gm_init();
    start(add_many, 8);
    go_sync_WaitGroup_Wait(&wg);
    CHECK(counter == 8 * 20000);

    start(reader, 3);
    start(writer, 1);
    go_sync_WaitGroup_Wait(&wg);
    CHECK(atomic_load(&torn) == 0 && pair[0] == 5000 && pair[1] == 5000);

    start(do_once, 6);
    go_sync_WaitGroup_Wait(&wg);
    CHECK(atomic_load(&once_runs) == 1);
    once_with_panic();

    go_sync_Mutex_Lock(&held);
    start(block_on_lock, 1);
    while (!atomic_load(&blocked_started))
        go_runtime_Gosched();
    go_time_Sleep(20 * 1000000);        /* let it reach the futex */
    go_runtime_GC();                    /* must not wait for the blocked thread */
    go_sync_Mutex_Unlock(&held);
    go_sync_WaitGroup_Wait(&wg);
    CHECK(go_sync_Mutex_TryLock(&held));

    go_runtime_MemStats *ms = gm_alloc_typed(&go_type_runtime_MemStats.gm, 1);
    go_runtime_ReadMemStats(ms);
    uint32_t forced = ms->NumForcedGC;
    go_runtime_GC();
    go_runtime_ReadMemStats(ms);
    CHECK(ms->NumForcedGC == forced + 1 && ms->NumGC >= ms->NumForcedGC);
    CHECK(ms->HeapAlloc > 0 && ms->Sys >= ms->HeapSys && ms->Mallocs >= ms->Frees);
    CHECK(ms->EnableGC);
    CHECK(go_runtime_NumGoroutine() >= 1);
    CHECK(go_runtime_NumCPU() >= 1);
    int64_t procs = go_runtime_GOMAXPROCS(3);
    CHECK(procs >= 1 && go_runtime_GOMAXPROCS(0) == 3);

    gm_chan *c = go_time_After(5 * 1000000);
    go_time_Time t;
    CHECK(gm_chan_recv(c, &t) && !go_time_Time_IsZero(t));
    finalizers();
    return golib_test_end("sync_runtime");
}
