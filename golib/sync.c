/* sync.c: Go's sync package: Mutex, RWMutex, WaitGroup, Once, as atomic
 * words inside the Go-sized structs of lib.h (so they can be embedded in
 * user structs and copied as zero values, like Go's), with a parking lot of
 * channels for the waits (below).
 *
 * Invariants: a thread sleeps only in a channel receive (futex_wait
 * below), where libgomem parks it in its blocking state: it never delays
 * a collection, and counts as asleep for the deadlock check.
 *   Mutex.state: 0 unlocked, 1 locked, 2 locked and maybe waited on.
 *   RWMutex.readers: active readers, plus WRITER while a writer holds or
 *   waits for the lock (new readers then wait: writers are not starved).
 *   WaitGroup.state[0]: the counter; waiters sleep until it is 0.
 * Go's fatal errors are kept: "sync: unlock of unlocked mutex",
 * "sync: negative WaitGroup counter", "sync: RUnlock of unlocked RWMutex".
 * Once.Do defers its completion through the code generator's defer
 * frames (gort_rt.h), so a panicking f still marks the Once done and
 * unlocks it, as in Go.
 */
#include <setjmp.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "gort_rt.h"
#include "internal.h"

#define WRITER ((int32_t)1 << 30)

/* ---- the parking lot ----
 * A thread that must wait sleeps in a receive on its own channel (one per
 * thread, cached in TLS, a root), registered under the word's address in
 * a table; a waker takes waiters of that address off the table and sends
 * each a token.  Waiting this way (rather than on a futex) makes a thread
 * blocked on a lock a thread parked in a channel operation for libgomem,
 * so Go's "all goroutines are asleep - deadlock!" covers Mutex and
 * WaitGroup waits too.  The table lock orders the waiter's last look at
 * the word before it sleeps against the waker's change of the word and its
 * wake-up, as a futex's bucket lock does. */
typedef struct lot_waiter {
    struct lot_waiter *next;
    const void *addr;
    gm_chan *ch;
} lot_waiter;

#define LOT_BUCKETS 64
static lot_waiter *lot[LOT_BUCKETS];
static pthread_mutex_t lot_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread gm_chan *my_wake_chan;

static lot_waiter **lot_bucket(const void *addr) {
    return &lot[((uintptr_t)addr >> 2) % LOT_BUCKETS];
}

/* Sleeps while *addr == expected (returns at once if it already differs;
 * may return spuriously: callers re-check). */
static void futex_wait(void *addr, int32_t expected) {
    if (!my_wake_chan)
        my_wake_chan = gm_make_chan(&gm_type_bool, 1);
    lot_waiter w = {NULL, addr, my_wake_chan};
    gm_mutex_lock(&lot_lock);
    if (atomic_load((_Atomic int32_t *)addr) != expected) {
        pthread_mutex_unlock(&lot_lock);
        return;
    }
    lot_waiter **b = lot_bucket(addr);
    w.next = *b;
    *b = &w;                            /* on this stack until our token comes */
    pthread_mutex_unlock(&lot_lock);
    gm_chan_recv(w.ch, NULL);
}

/* Wakes up to n threads waiting on addr. */
static void futex_wake(void *addr, int n) {
    gm_chan *wake[16];
    int k = 0;
    do {
        k = 0;
        gm_mutex_lock(&lot_lock);
        for (lot_waiter **pw = lot_bucket(addr); *pw && n > 0 && k < 16;) {
            if ((*pw)->addr == addr) {
                wake[k++] = (*pw)->ch;
                *pw = (*pw)->next;      /* the waiter's record is no longer ours */
                n--;
            } else {
                pw = &(*pw)->next;
            }
        }
        pthread_mutex_unlock(&lot_lock);
        bool token = true;
        for (int i = 0; i < k; i++)
            gm_chan_send(wake[i], &token);   /* buffered: never blocks */
    } while (k == 16 && n > 0);
}

_Noreturn static void sync_fatal(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "fatal error: %s\n", msg);
    exit(2);
}

/* ---- Mutex ---- */

static _Atomic int32_t *state_of(go_sync_Mutex *m) { return (_Atomic int32_t *)&m->state; }

void go_sync_Mutex_Lock(go_sync_Mutex *m) {
    int32_t c = 0;
    if (atomic_compare_exchange_strong(state_of(m), &c, 1))
        return;
    for (int spin = 0; spin < 64; spin++) {     /* brief spin before sleeping */
        c = 0;
        if (atomic_compare_exchange_weak(state_of(m), &c, 1))
            return;
        sched_yield();
    }
    if (c != 2)
        c = atomic_exchange(state_of(m), 2);
    while (c != 0) {
        futex_wait(&m->state, 2);
        c = atomic_exchange(state_of(m), 2);
    }
}

bool go_sync_Mutex_TryLock(go_sync_Mutex *m) {
    int32_t c = 0;
    return atomic_compare_exchange_strong(state_of(m), &c, 1);
}

void go_sync_Mutex_Unlock(go_sync_Mutex *m) {
    int32_t old = atomic_exchange(state_of(m), 0);
    if (old == 0)
        sync_fatal("sync: unlock of unlocked mutex");
    if (old == 2)
        futex_wake(&m->state, 1);
}

/* ---- RWMutex ---- */

static _Atomic int32_t *readers_of(go_sync_RWMutex *rw) { return (_Atomic int32_t *)&rw->readers; }

void go_sync_RWMutex_RLock(go_sync_RWMutex *rw) {
    for (;;) {
        int32_t r = atomic_load(readers_of(rw));
        if (r & WRITER) {
            futex_wait(&rw->readers, r);
            continue;
        }
        if (atomic_compare_exchange_weak(readers_of(rw), &r, r + 1))
            return;
    }
}

void go_sync_RWMutex_RUnlock(go_sync_RWMutex *rw) {
    int32_t r = atomic_fetch_sub(readers_of(rw), 1) - 1;
    if (r < 0 || (r & (WRITER - 1)) == WRITER - 1)   /* the count wrapped */
        sync_fatal("sync: RUnlock of unlocked RWMutex");
    if (r == WRITER)                    /* last reader out: the writer may go */
        futex_wake(&rw->readers, INT32_MAX);
}

void go_sync_RWMutex_Lock(go_sync_RWMutex *rw) {
    go_sync_Mutex_Lock(&rw->w);
    int32_t r = atomic_fetch_or(readers_of(rw), WRITER) | WRITER;
    while (r != WRITER) {
        futex_wait(&rw->readers, r);
        r = atomic_load(readers_of(rw));
    }
}

void go_sync_RWMutex_Unlock(go_sync_RWMutex *rw) {
    int32_t r = atomic_fetch_and(readers_of(rw), ~WRITER);
    if (!(r & WRITER))
        sync_fatal("sync: Unlock of unlocked RWMutex");
    futex_wake(&rw->readers, INT32_MAX);
    go_sync_Mutex_Unlock(&rw->w);
}

/* ---- WaitGroup ---- */

static _Atomic int32_t *counter_of(go_sync_WaitGroup *wg) { return (_Atomic int32_t *)&wg->state[0]; }

void go_sync_WaitGroup_Add(go_sync_WaitGroup *wg, int64_t delta) {
    int32_t v = atomic_fetch_add(counter_of(wg), (int32_t)delta) + (int32_t)delta;
    if (v < 0)
        gort_panic_string("sync: negative WaitGroup counter");
    if (v == 0)
        futex_wake(&wg->state[0], INT32_MAX);
}

void go_sync_WaitGroup_Done(go_sync_WaitGroup *wg) { go_sync_WaitGroup_Add(wg, -1); }

void go_sync_WaitGroup_Wait(go_sync_WaitGroup *wg) {
    for (;;) {
        int32_t v = atomic_load(counter_of(wg));
        if (v == 0)
            return;
        futex_wait(&wg->state[0], v);
    }
}

/* ---- Once ---- */

/* Deferred by Do, so that it also runs when f panics (Go's rule: a
 * panicking f still counts as done). */
typedef struct once_finish {
    gort_func fn;
    go_sync_Once *once;
} once_finish;

static void finish_once(gort_func *f) {
    go_sync_Once *o = ((once_finish *)f)->once;
    atomic_store_explicit((_Atomic uint32_t *)&o->done, 1, memory_order_release);
    go_sync_Mutex_Unlock(&o->m);
}

void go_sync_Once_Do(go_sync_Once *o, gort_func *f) {
    _Atomic uint32_t *done = (_Atomic uint32_t *)&o->done;
    if (atomic_load_explicit(done, memory_order_acquire))
        return;
    go_sync_Mutex_Lock(&o->m);
    if (atomic_load_explicit(done, memory_order_relaxed)) {
        go_sync_Mutex_Unlock(&o->m);
        return;
    }
    gort_frame frame;
    gort_defer link;
    once_finish finish = {{(void *)finish_once}, o};
    gort_frame_enter(&frame);
    gort_defer_push(&frame, &link, &finish.fn);
    if (setjmp(frame.jb) == 0)          /* nothing in this frame recovers */
        ((void (*)(gort_func *))f->fn)(f);
    gort_frame_leave(&frame);           /* runs finish_once */
}

/* ---- descriptors (no pointers inside; comparable as plain words) ---- */

#define SYNC_TYPE(T, nm)                                                       \
    const gort_type go_type_sync_##T = {                                       \
        .gm = {.size = sizeof(go_sync_##T), .align = 4, .name = "sync." nm,    \
               .kind = GM_KIND_STRUCT},                                        \
        .named = true};                                                        \
    GOLIB_PTR_TYPE(go_ptrtype_sync_##T, go_type_sync_##T, "*sync." nm, T##_methods, \
                   (int)(sizeof T##_methods / sizeof T##_methods[0]))

static void m_lock(void *m) { go_sync_Mutex_Lock(m); }
static void m_unlock(void *m) { go_sync_Mutex_Unlock(m); }
static void m_rwlock(void *m) { go_sync_RWMutex_Lock(m); }
static void m_rwunlock(void *m) { go_sync_RWMutex_Unlock(m); }
static void m_rlock(void *m) { go_sync_RWMutex_RLock(m); }
static void m_runlock(void *m) { go_sync_RWMutex_RUnlock(m); }
static void m_wg_add(void *w, int64_t d) { go_sync_WaitGroup_Add(w, d); }
static void m_wg_done(void *w) { go_sync_WaitGroup_Done(w); }
static void m_wg_wait(void *w) { go_sync_WaitGroup_Wait(w); }
static void m_once_do(void *o, gort_func *f) { go_sync_Once_Do(o, f); }

static const gort_method Mutex_methods[] = {{"Lock", (void *)m_lock}, {"Unlock", (void *)m_unlock}};
static const gort_method RWMutex_methods[] = {
    {"Lock", (void *)m_rwlock}, {"RLock", (void *)m_rlock},
    {"RUnlock", (void *)m_runlock}, {"Unlock", (void *)m_rwunlock}};
static const gort_method WaitGroup_methods[] = {
    {"Add", (void *)m_wg_add}, {"Done", (void *)m_wg_done}, {"Wait", (void *)m_wg_wait}};
static const gort_method Once_methods[] = {{"Do", (void *)m_once_do}};

SYNC_TYPE(Mutex, "Mutex");
SYNC_TYPE(RWMutex, "RWMutex");
SYNC_TYPE(WaitGroup, "WaitGroup");
SYNC_TYPE(Once, "Once");
