/*
 * fork_alloc.c — fork() while other threads are inside the allocation fast
 * path leaves the child a consistent heap.
 *
 * The world is not stopped for fork (docs/design.md): a thread allocating
 * from its cached span without a lock can be caught by fork() anywhere in
 * the fast path, e.g. after it advanced the span's freeindex and before it
 * counted the object in alloccount.  Only the forking thread lives on in the
 * child, whose runtime gives the dead threads' cached spans back to mcentral;
 * a span whose alloccount disagrees with its freeindex and alloc bits trips
 * the heap verifier, and one whose last slot was taken but not counted goes
 * on the partial list although it is full.
 *
 * Three threads allocate small objects of a few size classes in tight loops.
 * Left alone, fork caught one of them in that two-instruction window about
 * once in 2,000 forks: at the moment of fork they were mostly waiting for
 * a collection or for the locks fork's prepare handler holds.  So before each fork the main
 * thread interrupts every allocator with a signal whose handler holds the
 * thread where the signal landed — anywhere in its loop, as a preemption
 * would — until the fork is done (or 10 ms have passed: a thread held while
 * it owns a runtime lock would hold up the fork).  That catches one in the
 * window in about 2% of the forks (without the fix in runtime/init.c the
 * test failed within the first 150 forks in each of 7 runs).
 *
 * Each child first runs the heap verifier, before it allocates anything
 * (the verifier ends the child with a fatal error naming the span), then
 * allocates from the same size classes (so it takes the spans the dead
 * threads cached), builds and checks a list across a collection, verifies
 * again and checks that the collector never freed more objects than were
 * allocated.
 *
 * Knobs: FORKS (default 300), SCALE multiplies it.  Under ThreadSanitizer,
 * which runs a handler only at an intercepted call, the hold does not land
 * inside the window and each fork is slow: there the test checks only the
 * ordinary case, with 30 forks by default.
 */
#include <pthread.h>
#include <sched.h>
#include "testutil.h"

typedef struct node { struct node *next; uint64_t val; } node;

/* 24- and 48-byte spans hold 341 and 170 slots, not a multiple of 64: the
 * fast path itself can take their last slot. */
static const size_t sizes[] = {8, 24, 48, 96};
#define NSIZES (sizeof sizes / sizeof sizes[0])
#define NALLOCATORS 3
#define HOLD_SIGNAL SIGUSR1
#define HOLD_MAX_NS 10000000

static volatile int stop, running, go;
static volatile unsigned long rounds[NALLOCATORS];
static pthread_t allocators[NALLOCATORS];
static volatile unsigned held, release_gen;

/* The hold: only async-signal-safe calls (clock_gettime, sched_yield). */
static void hold_here(int sig) {
    (void)sig;
    int saved_errno = errno;
    unsigned gen = __atomic_load_n(&release_gen, __ATOMIC_ACQUIRE);
    __atomic_fetch_add(&held, 1, __ATOMIC_ACQ_REL);
    int64_t start = mono_ns();
    while (__atomic_load_n(&release_gen, __ATOMIC_ACQUIRE) == gen && mono_ns() - start < HOLD_MAX_NS)
        sched_yield();
    errno = saved_errno;
}

/* Allocate in a tight loop while the main thread says so (go), counting
 * the rounds of 256 allocations; idle otherwise. */
static void allocate_until_stopped(int slot) {
    allocators[slot] = pthread_self();
    __atomic_fetch_add(&running, 1, __ATOMIC_RELEASE);
    while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
        if (!__atomic_load_n(&go, __ATOMIC_ACQUIRE)) {
            usleep(50);
            continue;
        }
        for (unsigned i = 0; i < 256; i++) {
            size_t size = sizes[(i + (unsigned)slot) % NSIZES];
            if (i % 2) (void)gm_alloc(size);
            else (void)gm_alloc_noscan(size);
        }
        __atomic_fetch_add(&rounds[slot], 1, __ATOMIC_RELEASE);
    }
    __atomic_fetch_sub(&running, 1, __ATOMIC_RELEASE);
}

static void allocator(void *arg) {
    allocate_until_stopped((int)(uintptr_t)arg);
}

static void *attached(void *arg) {
    gm_thread_attach();
    allocate_until_stopped((int)(uintptr_t)arg);
    gm_thread_detach();
    return NULL;
}

/* Collect (automatic collections are off in the parent: a thread held
 * while it starts a cycle would hold up the fork, which waits for the
 * cycle), let the allocators run until each has made some allocations,
 * then interrupt every one and wait (at most 10 ms) until all are held. */
static void hold_allocators(void) {
    gm_gc();
    unsigned long start_rounds[NALLOCATORS];
    for (int i = 0; i < NALLOCATORS; i++) start_rounds[i] = __atomic_load_n(&rounds[i], __ATOMIC_ACQUIRE);
    __atomic_store_n(&go, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < NALLOCATORS; i++)
        while (__atomic_load_n(&rounds[i], __ATOMIC_ACQUIRE) < start_rounds[i] + 2) sched_yield();
    __atomic_store_n(&held, 0, __ATOMIC_RELEASE);
    for (int i = 0; i < NALLOCATORS; i++) CHECK_EQ(pthread_kill(allocators[i], HOLD_SIGNAL), 0);
    int64_t start = mono_ns();
    while (__atomic_load_n(&held, __ATOMIC_ACQUIRE) < NALLOCATORS && mono_ns() - start < HOLD_MAX_NS)
        sched_yield();
}

static void release_allocators(void) {
    __atomic_store_n(&go, 0, __ATOMIC_RELEASE);
    __atomic_fetch_add(&release_gen, 1, __ATOMIC_ACQ_REL);
}

static node *build_list(uint64_t seed, int n) {
    node *head = NULL;
    for (int i = 0; i < n; i++) {
        node *x = gm_new(node);
        x->val = mix64(seed + (uint64_t)i);
        gm_store((void **)&x->next, head);
        head = x;
    }
    return head;
}

static int list_ok(const node *h, uint64_t seed, int n) {
    int i = n - 1;
    for (; h; h = h->next, i--)
        if (h->val != mix64(seed + (uint64_t)i) || !gm_test_is_allocated(h)) return 0;
    return i == -1;
}

/* Exit status 0, or 12-17 for a failed check here; the verifier reports
 * a broken span as a fatal error (exit status 2, message on stderr). */
NOINLINE static int child_main(int k, int gc_percent) {
    alarm(20);
    gc_resume(gc_percent);
    if (gm_test_verify_heap() == 0) return 12;
    /* Take the spans the dead threads cached: a full span that claims a
     * free slot would hand out a slot past its end here. */
    for (size_t c = 0; c < NSIZES; c++)
        for (int j = 0; j < 2000; j++) {
            char *p = j % 2 ? gm_alloc(sizes[c]) : gm_alloc_noscan(sizes[c]);
            if (!gm_test_is_allocated(p) || gm_test_object_base(p) != p) return 13;
            p[sizes[c] - 1] = 1;
        }
    node *l = build_list((uint64_t)k << 20, 1000);
    gm_gc();
    if (!list_ok(l, (uint64_t)k << 20, 1000)) return 14;
    if (gm_test_verify_heap() == 0) return 15;
    gm_memstats ms;
    gm_read_memstats(&ms);
    if (ms.frees > ms.mallocs) return 16;
    if (!list_ok(l, (uint64_t)k << 20, 1000)) return 17;   /* keeps l live above */
    return 0;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = hold_here;
    sa.sa_flags = SA_RESTART;
    CHECK_EQ(sigaction(HOLD_SIGNAL, &sa, NULL), 0);
    int gc_percent = gc_pause();
    pthread_t pt;
    CHECK_EQ(gm_go(allocator, (void *)0), 0);
    CHECK_EQ(gm_go(allocator, (void *)1), 0);
    CHECK_EQ(pthread_create(&pt, NULL, attached, (void *)2), 0);
    while (__atomic_load_n(&running, __ATOMIC_ACQUIRE) < NALLOCATORS) usleep(1000);

    int nforks = (int)env_long("FORKS", GM_TEST_TSAN ? 30 : 300) * (int)env_long("SCALE", 1);
    for (int k = 0; k < nforks; k++) {
        fflush(stdout);
        fflush(stderr);
        hold_allocators();
        pid_t pid = fork();
        if (pid == 0) _exit(child_main(k, gc_percent));
        release_allocators();
        CHECK(pid > 0);
        int status;
        CHECK_EQ(test_waitpid(pid, &status), pid);
        CHECK_MSG(WIFEXITED(status) && WEXITSTATUS(status) == 0,
                  "fork %d: child %s %d", k, WIFEXITED(status) ? "exited with" : "killed by signal",
                  WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    }
    __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
    pthread_join(pt, NULL);
    while (__atomic_load_n(&running, __ATOMIC_ACQUIRE) > 0) usleep(1000);
    gc_resume(gc_percent);
    collect();
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
