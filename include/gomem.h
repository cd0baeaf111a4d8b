/*
 * gomem.h — the public API of libgomem: Go's memory management for C.
 *
 * libgomem gives a C program Go's allocator (size classes, per-thread caches,
 * spans, a page heap over mmap'ed arenas) and Go's garbage collector (a
 * tricolor mark-and-sweep that finds roots in thread stacks, registers,
 * data/bss, thread-local storage and registered ranges).  Memory is never
 * freed by hand: an object lives while it is reachable.
 *
 * Every name here is a contract: programs outside this repository are written
 * against it.  Names may be added, never changed.
 *
 * Rules for the program:
 *   - Call gm_init() from main before anything else (it is idempotent).
 *   - Every thread that touches the heap is registered: the main thread by
 *     gm_init, threads started with gm_go automatically, any other thread by
 *     gm_thread_attach() (it is detached automatically when it exits).
 *   - Store pointers into heap objects with gm_store(slot, value) when the
 *     program runs with concurrent marking (the default from part 2 on); a
 *     plain store is fine under GODEBUG=gcstoptheworld=1.
 *   - Pointers may point anywhere inside an object (interior pointers keep
 *     the whole object alive).  Pointers hidden from the collector (xor-ed,
 *     written to files, stored only in gm_alloc_noscan memory or in memory
 *     from malloc) do not keep objects alive.
 */
#ifndef GOMEM_H
#define GOMEM_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GOMEM_VERSION "0.1.0"

/* ---- Types: descriptors the collector scans by ------------------------- */

/* Kinds, Go's reflect.Kind names. */
typedef enum gm_kind {
    GM_KIND_INVALID = 0,
    GM_KIND_BOOL, GM_KIND_INT, GM_KIND_INT8, GM_KIND_INT16, GM_KIND_INT32,
    GM_KIND_INT64, GM_KIND_UINT, GM_KIND_UINT8, GM_KIND_UINT16,
    GM_KIND_UINT32, GM_KIND_UINT64, GM_KIND_UINTPTR, GM_KIND_FLOAT32,
    GM_KIND_FLOAT64, GM_KIND_COMPLEX64, GM_KIND_COMPLEX128, GM_KIND_ARRAY,
    GM_KIND_CHAN, GM_KIND_FUNC, GM_KIND_INTERFACE, GM_KIND_MAP,
    GM_KIND_POINTER, GM_KIND_SLICE, GM_KIND_STRING, GM_KIND_STRUCT,
    GM_KIND_UNSAFE_POINTER
} gm_kind;

typedef struct gm_type gm_type;

/*
 * A type descriptor.  The collector needs size and ptrmask; maps need hash
 * and equal; the rest describes the type for printing and for make.
 *
 * ptrmask: one bit per pointer-sized word of one value, least significant
 * bit of byte 0 first; a set bit means "this word holds a pointer".  Only the
 * first ptrdata bytes of a value can hold pointers; ptrdata == 0 (and a NULL
 * ptrmask) means the type holds no pointers and is allocated noscan.
 */
struct gm_type {
    size_t size;              /* bytes of one value */
    size_t align;             /* alignment in bytes (1, 2, 4, 8 or 16) */
    size_t ptrdata;           /* bytes of prefix that can hold pointers */
    const uint8_t *ptrmask;   /* pointer bitmap, see above */
    const char *name;         /* Go spelling: "int", "*main.node", "[]string" */
    gm_kind kind;
    const gm_type *elem;      /* pointer, slice, array, chan, map value */
    const gm_type *key;       /* map key */
    intptr_t len;             /* array length */
    /* Hash and equality, for map keys (NULL: not comparable). */
    uintptr_t (*hash)(const void *value, uintptr_t seed);
    bool (*equal)(const void *a, const void *b);
};

/* ---- Starting, threads ------------------------------------------------- */

/* Start the runtime; registers the calling thread.  Idempotent. */
void gm_init(void);

/* Go's `go fn(arg)`: start a registered thread running fn(arg).  The thread
 * is detached (not joinable); arg is kept alive until fn has it.  Returns 0,
 * or an errno value if the thread could not be created. */
int gm_go(void (*fn)(void *arg), void *arg);

/* Register the calling thread (made by pthread_create in some other library,
 * a thread pool...).  Returns 0 when newly attached, 1 when the thread was
 * already registered.  The thread is detached automatically when it exits. */
int gm_thread_attach(void);

/* Unregister the calling thread.  After this it must not hold heap pointers
 * on its stack or touch the heap. */
void gm_thread_detach(void);

/* runtime.NumGoroutine: registered threads, plus threads started by gm_go
 * that have not yet registered. */
int gm_num_goroutines(void);

/* Go's entersyscall/exitsyscall, for a registered thread about to block for a
 * long time in code the runtime does not know about: between the two calls
 * the thread must not touch the heap, and the collector never interrupts it.
 * (The runtime already does this around sleep, poll, select, epoll_wait,
 * pause and sigsuspend.)  Calls nest. */
void gm_blocking_enter(void);
void gm_blocking_exit(void);

/* pthread_mutex_lock for a mutex a registered thread may have to wait for
 * while the collector stops the world (a mutex other registered threads
 * hold outside the runtime): when it is taken, wait in the blocking state,
 * as gm_blocking_enter does.  A thread waiting in plain pthread_mutex_lock
 * answers the collector's stop signal in normal builds, but not under
 * ThreadSanitizer, which delays signals until the call returns, so a stop
 * would wait forever for a thread blocked on a mutex whose holder it had
 * already stopped.  Any thread may call it; unregistered ones just lock. */
void gm_mutex_lock(pthread_mutex_t *mutex);

/* ---- Allocation --------------------------------------------------------- */

/* size bytes, zeroed, scanned conservatively (every word may be a pointer).
 * size 0 returns a unique non-NULL address of a zero-size object. */
void *gm_alloc(size_t size);

/* size bytes, zeroed, never scanned: pointers stored in it keep nothing
 * alive.  For strings, numbers, pixels. */
void *gm_alloc_noscan(size_t size);

/* The bytes an allocation of `size` bytes really occupies: its size class,
 * or whole pages above 32 KiB (Go's roundupsize; append grows into it). */
size_t gm_roundupsize(size_t size);

/* count values of type t, zeroed, scanned precisely by t's pointer bitmap. */
void *gm_alloc_typed(const gm_type *t, size_t count);

/* Go's new(T): a zeroed T, scanned conservatively. */
#define gm_new(T) ((T *)gm_alloc(sizeof(T)))

/* ---- The write barrier ------------------------------------------------- */

/* Exported so that gm_store can test it inline; the runtime's business. */
extern volatile int gm_writebarrier_enabled_;
void gm_writebarrier_slow_(void **slot, void *value);

/* Store a pointer into *slot (a heap object, a global, anywhere).  While the
 * collector marks concurrently this runs Go's hybrid write barrier. */
static inline void gm_store(void **slot, void *value) {
    if (__builtin_expect(gm_writebarrier_enabled_ != 0, 0))
        gm_writebarrier_slow_(slot, value);
    else
        *slot = value;
}

/* Copy count values of type t from src to dst (which may overlap), running
 * the write barrier for the pointers t holds.  Use it to copy values that
 * hold pointers into heap objects or into another thread's memory. */
void gm_typedmemmove(const gm_type *t, void *dst, const void *src, size_t count);

/* Go's typedmemclr: zero count values of type t at dst (heap or not) with
 * the write barrier: while marking, the pointers it overwrites are shaded
 * first.  Use it, not memset, to clear pointer-holding memory that a
 * concurrent mark may still need to see (map delete, clearing a slice). */
void gm_typedmemclr(const gm_type *t, void *dst, size_t count);

/* ---- The collector ----------------------------------------------------- */

/* runtime.GC(): run a full collection; returns when it is swept. */
void gm_gc(void);

/* debug.SetGCPercent: GOGC; a negative value turns the collector off.
 * Returns the previous setting. */
int gm_set_gc_percent(int percent);

/* debug.SetMemoryLimit: GOMEMLIMIT in bytes; a negative value only reads.
 * Returns the previous limit (INT64_MAX when there is none). */
int64_t gm_set_memory_limit(int64_t bytes);

/* runtime.SetFinalizer: run fn(obj) on the finalizer thread once obj is
 * unreachable; obj is kept for one more cycle.  fn == NULL removes it. */
void gm_set_finalizer(void *obj, void (*fn)(void *obj));

/* Scan [lo, hi) conservatively as a root until it is removed. */
void gm_add_roots(void *lo, void *hi);
void gm_remove_roots(void *lo, void *hi);

/* ---- Statistics and layout --------------------------------------------- */

/* runtime.MemStats, Go's field names in snake_case. */
typedef struct gm_memstats {
    uint64_t alloc;            /* bytes of allocated heap objects */
    uint64_t total_alloc;      /* cumulative bytes allocated */
    uint64_t sys;              /* bytes obtained from the OS */
    uint64_t lookups;          /* always 0 */
    uint64_t mallocs;          /* cumulative objects allocated */
    uint64_t frees;            /* cumulative objects freed */
    uint64_t heap_alloc;       /* = alloc */
    uint64_t heap_sys;         /* heap_inuse + heap_idle */
    uint64_t heap_idle;        /* bytes in free spans (includes released) */
    uint64_t heap_inuse;       /* bytes in in-use spans */
    uint64_t heap_released;    /* bytes returned to the OS */
    uint64_t heap_objects;     /* allocated objects */
    uint64_t stack_inuse;      /* thread stacks the runtime knows of */
    uint64_t stack_sys;
    uint64_t mspan_inuse;      /* span structures */
    uint64_t mspan_sys;
    uint64_t mcache_inuse;     /* per-thread caches */
    uint64_t mcache_sys;
    uint64_t buck_hash_sys;    /* 0: no profiling */
    uint64_t gc_sys;           /* collector metadata: bitmaps, page table */
    uint64_t other_sys;
    uint64_t next_gc;          /* heap goal of the next cycle */
    uint64_t last_gc;          /* end of the last cycle, Unix ns */
    uint64_t pause_total_ns;   /* cumulative stop-the-world time */
    uint64_t pause_ns[256];    /* recent pauses, newest at [(num_gc+255)%256] */
    uint64_t pause_end[256];   /* their ends, Unix ns */
    uint32_t num_gc;           /* completed cycles */
    uint32_t num_forced_gc;    /* cycles started by gm_gc */
    double gc_cpu_fraction;    /* share of CPU used by the collector */
    bool enable_gc;            /* true unless GOGC=off */
    bool debug_gc;             /* unused, false */
    struct { uint32_t size; uint64_t mallocs, frees; } by_size[61];
} gm_memstats;

void gm_read_memstats(gm_memstats *stats);

/* Print the program's memory layout as the runtime sees it: text, data, bss,
 * heap arenas and spans, each registered thread's stack and TLS. */
void gm_print_layout(FILE *out);

/* ---- Panics ------------------------------------------------------------ */

/* A hook called with the message (without "panic: ") before the runtime
 * prints it and exits with status 2.  A hook may longjmp out to recover. */
typedef void (*gm_panic_hook)(const char *message);

/* Go's panic: "panic: <message>" and a goroutine line on stderr, exit 2. */
void gm_panic(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Replace the panic hook; returns the previous one (NULL: none). */
gm_panic_hook gm_set_panic_hook(gm_panic_hook hook);

#ifdef __cplusplus
}
#endif

/* Go's built-in types made by `make`: slices, strings, maps, channels. */
#if __has_include("gomem_make.h")
#include "gomem_make.h"
#endif

#endif /* GOMEM_H */
