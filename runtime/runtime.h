/*
 * runtime.h — libgomem's internal header.
 *
 * Glossary (Go's names for Go's concepts):
 *   page        8 KiB of the heap; the unit the page heap hands out.
 *   arena       the heap's address range: one reservation made with mmap at
 *               startup, committed (made read-write) in 4 MiB steps.
 *   span        (mspan) a run of pages.  An in-use span holds either nelems
 *               objects of one size class, or one large object (class 0).
 *               Its alloc and mark bits live beside it, never in objects.
 *   span class  size class × kind; kind is noscan (never scanned),
 *               conservative (every word may be a pointer) or typed (a heap
 *               bitmap, one bit per word, says which words are pointers).
 *   mcache      the per-thread cache: one span per span class; allocation
 *               from it takes no lock (the fast path).
 *   mcentral    per span class: lists of partially free and full spans,
 *               swept and unswept, that refill mcaches.
 *   mheap       the page heap: free runs of pages, the page → span map,
 *               growth of the arena, scavenging (returning pages to the OS).
 *   sweepgen    mheap.sweepgen grows by 2 per cycle; a span whose sweepgen is
 *               sweepgen-2 needs sweeping, -1 is being swept, == is swept.
 *   gcwork      a marker's grey queue: object bases waiting to be scanned,
 *               in workbufs that can be handed between markers.
 *
 * Invariants kept across files:
 *   - Every page of an in-use span maps to the span in mheap.spans[]; the
 *     first and last page of a free span map to it; other pages map to NULL.
 *   - Object n of a span is allocated iff n < freeindex or alloc bit n is set.
 *   - A thread inside the runtime (thread.in_runtime > 0) is never stopped:
 *     the stop signal is deferred until it leaves, so spans and locks are
 *     always consistent while the world is stopped.  The collector never
 *     holds a runtime lock while it waits for threads to stop.
 *   - Lock order: gc_lock → threads_lock → mcentral locks → heap lock →
 *     meta lock.
 *
 * Functions are grouped below by the file that defines them.
 */
#ifndef GM_RUNTIME_H
#define GM_RUNTIME_H

#define _GNU_SOURCE 1
#include "gomem.h"
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

/* ---- Compile-time parameters ------------------------------------------- */
#define PAGE_SHIFT 13
#define PAGE_SIZE ((uintptr_t)1 << PAGE_SHIFT)
#define MAX_SMALL_SIZE 32768
#define NUM_SIZE_CLASSES 68
#define NUM_KINDS 3
#define NUM_SPAN_CLASSES (NUM_SIZE_CLASSES * NUM_KINDS)
#define MAX_SPAN_ELEMS 1024        /* 8-byte class in one page */
#define ARENA_COMMIT_STEP ((uintptr_t)4 << 20)
#define MAX_TLS_RANGES 16

enum span_kind { KIND_NOSCAN = 0, KIND_CONS = 1, KIND_TYPED = 2 };
/* How a small typed span knows where its objects' pointers are. Most spans
 * only ever hold objects of one type: UNIFORM keeps that type's pointer
 * mask once (elemmask) instead of writing heap bits on every allocation
 * and reading them on every scan. The first object of another type turns
 * the span MIXED for good: heap bits are written for every slot from
 * elemmask, then the mode is published (release), so a marker that reads
 * the mode (acquire) always finds bits that describe every object. */
enum span_typemode { TYPEMODE_EMPTY = 0, TYPEMODE_UNIFORM = 1, TYPEMODE_MIXED = 2 };
enum span_state { SPAN_DEAD = 0, SPAN_FREE = 1, SPAN_INUSE = 2 };

#define GM_LIKELY(x) __builtin_expect(!!(x), 1)
#define GM_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NO_SANITIZE_SCAN \
    __attribute__((no_sanitize("address", "thread", "undefined"))) \
    __attribute__((noinline))

/* The stack pointer here.  Scanning must start at it, not at the frame
 * address: a function saves its caller's registers below its frame pointer. */
__attribute__((always_inline)) static inline uintptr_t current_sp(void) {
    uintptr_t sp;
#if defined(__x86_64__)
    __asm__ volatile("movq %%rsp, %0" : "=r"(sp));
#elif defined(__aarch64__)
    __asm__ volatile("mov %0, sp" : "=r"(sp));
#else
    volatile uintptr_t here = 0;
    sp = (uintptr_t)&here;
#endif
    return sp;
}

/* Store the callee-saved registers — the only ones that can hold a live
 * value across a call — into regs.  Inlined into its caller, so it sees the
 * caller's registers, not those of a helper that has already saved and
 * reused them. */
__attribute__((always_inline)) static inline void save_callee_saved(uintptr_t *regs) {
#if defined(__x86_64__)
    __asm__ volatile("movq %%rbx, 0(%0)\n\tmovq %%rbp, 8(%0)\n\t"
                     "movq %%r12, 16(%0)\n\tmovq %%r13, 24(%0)\n\t"
                     "movq %%r14, 32(%0)\n\tmovq %%r15, 40(%0)"
                     : : "r"(regs) : "memory");
#elif defined(__aarch64__)
    __asm__ volatile("stp x19, x20, [%0]\n\tstp x21, x22, [%0, #16]\n\t"
                     "stp x23, x24, [%0, #32]\n\tstp x25, x26, [%0, #48]\n\t"
                     "stp x27, x28, [%0, #64]\n\tstp x29, x30, [%0, #80]"
                     : : "r"(regs) : "memory");
#else
    __builtin_unwind_init();
    (void)regs;
#endif
}

static inline unsigned spanclass_of(unsigned sizeclass, unsigned kind) {
    return sizeclass * NUM_KINDS + kind;
}

/* ---- sizeclass.c -------------------------------------------------------- */
extern uint16_t class_to_size[NUM_SIZE_CLASSES];
extern uint8_t class_to_npages[NUM_SIZE_CLASSES];
extern uint32_t class_to_divmul[NUM_SIZE_CLASSES];
extern uint8_t size_to_class8[MAX_SMALL_SIZE / 8 + 1];   /* size ≤ 1024 */
extern uint8_t size_to_class128[(MAX_SMALL_SIZE - 1024) / 128 + 1];
void sizeclass_init(void);
static inline unsigned size_to_class(size_t size) {
    if (size <= 1024) return size_to_class8[(size + 7) >> 3];
    return size_to_class128[(size - 1024 + 127) >> 7];
}

/* ---- span (heap.c) ------------------------------------------------------ */
typedef struct mspan mspan;
struct mspan {
    /* Read by every mark: kept together at the front (one cache line). */
    uintptr_t base;            /* first byte */
    uintptr_t limit;           /* end of the last object (small) or span */
    uint64_t *markbits;        /* nelems bits, set atomically by markers */
    uint64_t *allocbits;       /* nelems bits */
    _Atomic uint8_t state;     /* enum span_state; stored last (release) */
    uint8_t sizeclass;         /* 0: one large object */
    uint8_t kind;              /* enum span_kind */
    uint8_t needzero;          /* memory may be dirty: zero on allocation */
    uint32_t divmul;           /* index = ((p - base) * divmul) >> 32 */
    uint32_t elemsize;         /* object size; large: npages*PAGE_SIZE */
    _Atomic uint8_t typemode;  /* typed small spans: enum span_typemode */
    uint64_t *heapbits;        /* TYPEMODE_MIXED: 1 bit per word */
    uint64_t elemmask;         /* TYPEMODE_UNIFORM: pointer words of every object */
    /* Allocation: written by the owning thread on every allocation, so
     * kept off the line that markers read (a marker's read of a line the
     * allocator keeps writing costs the allocator a cache miss per object). */
    uint64_t alloccache;       /* ~allocbits from freeindex (64 slots) */
    _Atomic uint32_t freeindex;/* slots below are allocated or skipped */
    uint32_t nelems;
    uint32_t alloccount;       /* allocated objects */
    uint32_t cachedcount;      /* alloccount when an mcache took it */
    _Atomic uint32_t sweepgen; /* see glossary */
    uintptr_t npages;
    mspan *next, *prev;        /* list links: mcentral or free list */
    const gm_type *elemtype;   /* TYPEMODE_UNIFORM: the type of every object */
    uint64_t *checkbits;       /* gccheckmark: the stop-the-world re-mark */
    const gm_type *largetype;  /* typed large object: its element type */
    uintptr_t largebytes;      /* typed large object: bytes of elements */
    uint64_t free_cycle;       /* free spans: num_gc when freed */
    /* The two bitmaps alloc/markbits point into (swapped by sweeping):
     * beside the span's hot fields, so a mark touches one more line of the
     * same structure rather than another allocation. */
    uint64_t bits[2][MAX_SPAN_ELEMS / 64];
};

/* ---- heap.c: the page heap --------------------------------------------- */
typedef struct mheap {
    pthread_mutex_t lock;
    uintptr_t arena_start;     /* reservation [arena_start, arena_end) */
    uintptr_t arena_end;
    uintptr_t arena_committed; /* read-write up to here */
    uintptr_t arena_used;      /* pages handed out at least once up to here */
    mspan **spans;             /* page → span, indexed by page number */
    uint64_t *scavenged;       /* page bit: released to the OS, still free */
    mspan *free_small[128];    /* free spans of exactly n pages (n < 128) */
    uint64_t free_small_mask[2]; /* bit n: free_small[n] non-empty */
    mspan *free_large;         /* free spans ≥ 128 pages, by address */
    _Atomic uint32_t sweepgen;
    /* Statistics in bytes, protected by lock. */
    uint64_t pages_inuse;
    uint64_t pages_free;
    uint64_t pages_released;   /* free pages scavenged */
    uint64_t spans_inuse;      /* span structures handed out */
} mheap;
extern mheap gm_heap;

void heap_init(void);
mspan *heap_alloc_span(uintptr_t npages, unsigned sizeclass, unsigned kind);
void heap_free_span(mspan *s);               /* takes the heap lock */
void heap_scavenge(uint64_t older_than_cycle, bool all);
uint64_t heap_retained_bytes(void);
static inline mspan *span_of(uintptr_t p) {
    uintptr_t off = p - gm_heap.arena_start;
    if (off >= __atomic_load_n(&gm_heap.arena_used, __ATOMIC_ACQUIRE) - gm_heap.arena_start)
        return NULL;
    return __atomic_load_n(&gm_heap.spans[off >> PAGE_SHIFT], __ATOMIC_ACQUIRE);
}
static inline bool bit_get(const uint64_t *bits, uintptr_t i) {
    return (bits[i >> 6] >> (i & 63)) & 1;
}
static inline size_t bits_words(uintptr_t nbits) { return (nbits + 63) >> 6; }
/* Bytes of a small typed span's heap bitmap (one bit per word). */
static inline size_t span_heapbits_bytes(const mspan *s) {
    return bits_words((s->npages << PAGE_SHIFT) / 8) * 8;
}
/* Refill s->alloccache from s->allocbits at s->freeindex (rounded down). */
void span_refill_alloccache(mspan *s, uint32_t from);

/* ---- meta.c: off-heap memory for the runtime's own structures ----------- */
void *meta_alloc(size_t size);           /* zeroed; never scanned */
void meta_free(void *p, size_t size);
uint64_t meta_sys_bytes(void);
void meta_fork(int phase);               /* 0: lock, 1: parent, 2: child */
void mark_fork(int phase);
void roots_fork(int phase);
void final_fork(int phase);
void *os_reserve(size_t size);
bool os_commit(void *p, size_t size);
void os_release(void *p, size_t size);   /* madvise: give pages back */

/* ---- mcentral.c --------------------------------------------------------- */
typedef struct mcentral {
    pthread_mutex_t lock;
    mspan *partial[2];         /* [sweepgen/2 % 2]: swept; other: unswept */
    mspan *full[2];
} mcentral;
extern mcentral gm_central[NUM_SPAN_CLASSES];
void mcentral_init(void);
mspan *mcentral_cache_span(unsigned spc);
void mcentral_uncache_span(mspan *s);
void mcentral_push_swept(mspan *s);       /* after sweeping: full or partial */
void mcentral_add_large(mspan *s);
mspan *mcentral_pop_unswept(unsigned spc);

/* ---- thread.c: registered threads and their caches --------------------- */
enum thread_state {
    TS_RUNNING = 0,   /* running mutator code */
    TS_STOPPING,      /* collector sent the stop signal */
    TS_STOPPED,       /* parked in the stop handler; stack published */
    TS_BLOCKING,      /* in gm_blocking_enter..exit; stack published */
    TS_CLAIMED,       /* blocking, and held by the collector */
    TS_STARTING,      /* made by gm_go, not yet running */
};

typedef struct gcwork gcwork;
/* Saved registers of a stopped thread: 32 words of general registers,
 * then the vector registers a stop signal interrupted (sigregs.c). */
#define GM_SAVED_REG_WORDS (32 + 256)

typedef struct gm_thread gm_thread;
struct gm_thread {
    mspan *alloc[NUM_SPAN_CLASSES];      /* the mcache */
    volatile sig_atomic_t in_runtime;    /* > 0: do not stop here */
    volatile sig_atomic_t stop_deferred; /* stop signal came while in_runtime */
    _Atomic int state;                   /* enum thread_state */
    _Atomic uint32_t wake;               /* futex: bumped to resume a parked thread */
    uint32_t scan_cycle;                 /* cycle whose mark scanned this stack */
    gcwork *gcw;                         /* barrier and assist work (mark.c) */
    int64_t assist_debt;                 /* bytes allocated not yet paid by marking */
    uint64_t black_bytes;                /* bytes allocated black this cycle */
    int blocking_depth;                  /* nesting of gm_blocking_enter */
    uintptr_t stack_lo, stack_hi;        /* the thread's stack mapping */
    uintptr_t stop_sp;                   /* lowest live stack address */
    uintptr_t regs[GM_SAVED_REG_WORDS];  /* registers saved when stopped (sigregs.c) */
    struct { uintptr_t lo, hi; } tls[MAX_TLS_RANGES];
    int ntls;
    pthread_t pthread;
    pid_t tid;
    int64_t id;                          /* goroutine number */
    bool system;                         /* runtime thread: not a goroutine */
    void (*start_fn)(void *);            /* gm_go: not yet started */
    void *start_arg;
    gm_thread *next, *prev;              /* all threads, threads_lock */
    uint64_t large_alloc_bytes;          /* not yet flushed to stats */
    uint64_t large_alloc_count;
};

extern __thread gm_thread *gm_self __attribute__((tls_model("initial-exec")));
extern pthread_mutex_t gm_threads_lock;
extern gm_thread *gm_all_threads;
extern mspan gm_empty_span;              /* sentinel in empty mcache slots */
extern _Atomic int gm_thread_count;      /* registered + starting */

gm_thread *thread_register_self(gm_thread *t);
void thread_flush_cache(gm_thread *t);   /* return its spans to mcentral */
void thread_init(void);
void thread_unregistered_fatal(const char *fn) __attribute__((noreturn));

static inline void runtime_enter(gm_thread *t) {
    t->in_runtime++;
    atomic_signal_fence(memory_order_seq_cst);
}
void runtime_park_deferred(gm_thread *t);
/* Leaving the runtime is also a safepoint: a stop request is answered
 * here even if its signal has not been delivered (ThreadSanitizer delays
 * signals until an intercepted call). */
static inline void runtime_exit(gm_thread *t) {
    atomic_signal_fence(memory_order_seq_cst);
    if (--t->in_runtime == 0 &&
        GM_UNLIKELY(t->stop_deferred ||
                    atomic_load_explicit(&t->state, memory_order_relaxed) == TS_STOPPING))
        runtime_park_deferred(t);
}

/* ---- world.c: stopping and starting the world --------------------------- */
extern int gm_stop_signal;
void world_init(void);
void world_stop(void);                   /* caller holds threads_lock */
void world_start(void);
void thread_suspend(gm_thread *t);       /* caller holds threads_lock */
void thread_resume(gm_thread *t);
void world_install_handler(void);
/* sigregs.c: the registers and live stack start of a thread interrupted by
 * the stop signal (returns where its stack scan starts). */
void sigregs_init(void);
uintptr_t sigregs_save(gm_thread *t, void *uctx, uintptr_t handler_sp);
void runtime_lock_blocking(pthread_mutex_t *m);   /* registered thread, outside the runtime */
void world_after_fork_child(void);
/* Save the caller's registers and publish its stack pointer. */
#define world_publish_self(t)                    \
    do {                                         \
        for (int r_ = 6; r_ < GM_SAVED_REG_WORDS; r_++) (t)->regs[r_] = 0;  /* no stale roots */ \
        save_callee_saved((t)->regs);            \
        (t)->stop_sp = current_sp();             \
    } while (0)

/* ---- malloc.c ----------------------------------------------------------- */
void *malloc_slow(gm_thread *t, size_t size, unsigned kind, const gm_type *type, size_t count);
void *malloc_large(gm_thread *t, size_t size, unsigned kind, const gm_type *type, size_t count);
extern char gm_zerobase[16];

/* ---- mark.c: grey queue, marking, scanning ------------------------------ */
#define WORKBUF_SLOTS 509
typedef struct workbuf {
    struct workbuf *next;
    uintptr_t n;
    uintptr_t obj[WORKBUF_SLOTS];
} workbuf;

struct gcwork {
    workbuf *wbuf1, *wbuf2;
    uint64_t bytes_marked;     /* flushed into gc_state at the end */
    uint64_t scan_work;        /* bytes scanned */
    bool checkmark;            /* mark into span checkbits (gccheckmark) */
};

void gcwork_init(gcwork *w);
void gcwork_push(gcwork *w, uintptr_t obj);
void gcwork_dispose(gcwork *w);
bool gcwork_empty(const gcwork *w);
void gcwork_balance(gcwork *w);
void mark_scan_range(gcwork *w, uintptr_t lo, uintptr_t hi);
void mark_drain(gcwork *w);
void mark_grey_pointer(gcwork *w, uintptr_t p);
void mark_grey_precise(gcwork *w, uintptr_t p);   /* p from a pointer slot */
bool mark_object_is_marked(uintptr_t p);
bool mark_set_bit(uintptr_t p);            /* true if it was white */
void *object_base(uintptr_t p, mspan **sp); /* allocated object containing p */

/* ---- roots.c ------------------------------------------------------------ */
void roots_init(void);
void roots_snapshot(void);                        /* before the world stops */
void roots_scan_globals(gcwork *w, uint64_t *bytes);
void roots_scan_user(gcwork *w);
void roots_thread_tls(gm_thread *t);              /* in the thread itself */
void roots_scan_thread(gcwork *w, gm_thread *t, uintptr_t *stack_bytes);
void roots_scan_tls(gcwork *w, gm_thread *t);
void roots_scan_unbarriered(gcwork *w);           /* world stopped */
typedef struct root_range { uintptr_t lo, hi; const char *name; int flags; } root_range;
int roots_segments(root_range *out, int max);     /* for gm_print_layout */

/* ---- sweep.c ------------------------------------------------------------ */
uint32_t sweep_span(mspan *s, bool preserve); /* caller owns s (sweepgen h-1) */
bool sweep_one(void);                        /* sweep one span; false: done */
void sweep_finish(void);                     /* sweep everything left */
void sweep_start_cycle(void);                /* world stopped, sweepgen bumped */
extern _Atomic int gm_sweepers_active;      /* sweep_one calls in flight */
extern pthread_rwlock_t gm_sweep_fork_lock;  /* fork() excludes sweeps */

/* ---- gc.c --------------------------------------------------------------- */
typedef struct gc_state {
    pthread_mutex_t lock;                /* gc_lock: cycle transitions */
    pthread_cond_t cycle_done;           /* broadcast when num_gc grows */
    _Atomic uint64_t heap_live;          /* bytes in use, incl. cached spans */
    uint64_t heap_marked;                /* live bytes after the last mark */
    _Atomic uint64_t trigger;            /* start a cycle at heap_live ≥ */
    _Atomic uint64_t goal;               /* read by allocating threads without the lock */
    _Atomic uint32_t num_gc;
    uint32_t num_forced_gc;
    _Atomic uint32_t cycle;              /* cycle being marked: num_gc + 1 */
    _Atomic int phase;                   /* GC_OFF, GC_MARK, GC_MARKTERM */
    _Atomic int black_alloc;             /* allocate black (marking) */
    _Atomic int stacks_done;             /* every stack scanned: heap may be scanned */
    bool cycle_forced;
    int64_t start_ns;                    /* runtime start */
    uint64_t pause_total_ns, max_pause_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint64_t last_gc_unix_ns;
    uint64_t gc_cpu_ns;                  /* CPU time spent collecting */
    uint64_t gc_stalled_ns;              /* mutator time held at the goal (the
                                            CPU limiter counts it, gctrace not) */
    uint64_t stacks_bytes, globals_bytes;
    /* This cycle (phase timing and work, for gctrace and the pacer). */
    uint64_t t_start, t_mark, t_markterm, t_end;   /* monotonic ns */
    uint64_t stw1_ns;
    uint64_t live_at_trigger, live_at_markterm;
    _Atomic uint64_t bytes_marked;       /* flushed from gcworks */
    _Atomic uint64_t scan_work;          /* bytes scanned this cycle */
    _Atomic uint64_t assist_cpu_ns, worker_cpu_ns, idle_cpu_ns;
    _Atomic uint64_t stall_ns;           /* mutators waiting at the goal: GC time too */
    double assist_ratio;                 /* scan work owed per allocated byte */
    double cons_mark;                    /* bytes allocated per byte scanned */
    uint64_t last_scan_work;
} gc_state;
enum { GC_OFF = 0, GC_MARK = 1, GC_MARKTERM = 2 };
extern gc_state gm_gc_state;
void gc_trigger_check(gm_thread *t);     /* after a heavy allocation */
void gc_run_cycle(gm_thread *t, bool forced);
void gc_wait_cycle_end(void);            /* gc_state.lock held, outside the runtime */
bool gc_mark_termination(gcwork *w);   /* STW #2; false: keep marking */
void gc_assist(gm_thread *t, uint64_t bytes);       /* pay for allocation */

/* ---- markworker.c: background marking --------------------------------- */
void markworker_start(void);             /* once: the controller and idle workers */
void markworker_wake(void);              /* a cycle's mark phase began */
void markworker_after_fork_child(void);
bool markworker_quiet(void);             /* idle workers held, none with work */
int syscall_nanosleep_raw(const struct timespec *ts);  /* blocking.c */
gcwork *thread_gcw(gm_thread *t);        /* the thread's barrier/assist queue */
void thread_gcw_flush(gm_thread *t, uint64_t *bytes);
bool mark_work_available(void);
void mark_drain_n(gcwork *w, int64_t budget);       /* scan about budget bytes */

/* ---- trace.c: GOMEMTRACE timeline --------------------------------------- */
void trace_init(void);
void trace_event_pause(uint64_t ns);
void trace_event_phase(const char *name, uint64_t at);
void trace_event_cycle(uint32_t n, uint64_t marked);

/* ---- checkmark.c -------------------------------------------------------- */
void checkmark_verify(void);             /* world stopped, after marking */
void checkmark_record_stack(uintptr_t lo, uintptr_t hi);  /* at a stack scan */

/* ---- pacer.c: settings from the environment ---------------------------- */
typedef struct gm_settings {
    int gogc;                 /* < 0: off */
    _Atomic int64_t memory_limit;   /* read by the mark controller without the lock */
    int gomaxprocs;
    int gctrace, gccheckmark, gcstoptheworld;
    int disablethp;           /* default 1; GODEBUG=disablethp=0: huge pages (meta.c) */
} gm_settings;
extern gm_settings gm_config;
void settings_init(void);
#define GC_GOAL_UTILIZATION 0.25          /* Go's background mark share of GOMAXPROCS */
void pacer_commit(uint64_t heap_marked);
void pacer_start_cycle(void);             /* STW #1: the assist ratio */
#define PACER_LARGE_MIN ((uint64_t)1 << 20)
void pacer_large_alloc(uint64_t bytes);   /* raises the goal: see pacer.c */
void pacer_end_cycle(uint64_t marked);    /* STW #2: learn cons/mark */
uint64_t now_ns(void);
/* The CLOCK_REALTIME deadline ns from now, for pthread_cond_timedwait. */
static inline struct timespec realtime_deadline(long ns) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += ns;
    ts.tv_sec += ts.tv_nsec / 1000000000;
    ts.tv_nsec %= 1000000000;
    return ts;
}
uint64_t thread_cpu_ns(void);
uint64_t process_cpu_ns(void);

/* ---- stats.c ------------------------------------------------------------ */
typedef struct heap_stats {
    _Atomic uint64_t total_alloc, mallocs, frees, freed_bytes;
    _Atomic uint64_t by_size_mallocs[NUM_SIZE_CLASSES];
    _Atomic uint64_t by_size_frees[NUM_SIZE_CLASSES];
} heap_stats;
extern heap_stats gm_stats;
void stats_account_uncache(mspan *s);
void stats_print_gctrace(uint32_t n, uint64_t start_ns, const uint64_t clock[3],
                         const uint64_t cpu[5], uint64_t live0, uint64_t live1,
                         uint64_t marked, uint64_t goal, bool forced);

/* ---- panic.c ------------------------------------------------------------ */
void gm_throw(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void gm_print_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- final.c ------------------------------------------------------------ */
void final_mark_roots(gcwork *w);          /* world stopped, marking */
void final_queue_unreachable(void);        /* world stopped, after marking */
void final_wake(void);                     /* run queued finalizers */
void final_after_fork_child(void);
void mark_scan_object(gcwork *w, uintptr_t obj);

/* ---- init.c ------------------------------------------------------------- */
extern _Atomic int gm_initialized;
static inline gm_thread *self_or_fatal(const char *fn) {
    gm_thread *t = gm_self;
    if (GM_UNLIKELY(t == NULL)) thread_unregistered_fatal(fn);
    return t;
}

#endif /* GM_RUNTIME_H */
