/*
 * roots_stack_grow.c — the main thread's stack grown past the bound it had
 * when the runtime learned it.
 *
 * The runtime records a thread's stack bounds at registration; for the main
 * thread they come from RLIMIT_STACK at that moment.  A program that raises
 * the limit after gm_init and then recurses deeper than the old limit runs
 * on stack below the recorded bound.  Objects referenced only from those
 * deep frames must survive a collection (one the deep frame runs itself,
 * and one another thread runs while this one waits deep down).
 *
 * Skipped (exit 77) when the hard limit does not allow raising the soft one.
 */
#include <pthread.h>
#include <sys/resource.h>
#include "testutil.h"

enum { K = 16, SIZE = 96, FRAME = 4096 };
enum { OLD_LIMIT = 8 << 20, NEW_LIMIT = 64 << 20, DEPTH = (24 << 20) / FRAME };

static uintptr_t hidden[K];
static volatile int deep_ready, other_done;

static void make_objects(uint64_t seed) { make_hidden_objects(hidden, K, SIZE, seed); }
static void churn(int n) { churn_objects(n, SIZE); }

/* Another thread collects while the main thread waits at the bottom. */
static void *collector(void *arg) {
    (void)arg;
    gm_thread_attach();
    while (!__atomic_load_n(&deep_ready, __ATOMIC_ACQUIRE)) usleep(1000);
    for (int i = 0; i < 3; i++) { churn(2000); gm_gc(); }
    __atomic_store_n(&other_done, 1, __ATOMIC_RELEASE);
    gm_thread_detach();
    return NULL;
}

/* Frames of FRAME bytes down to depth 0; the bottom frame holds the only
 * real pointers to the objects in a volatile array, collects, and checks. */
NOINLINE static int descend(int depth, uint64_t seed) {
    volatile char pad[FRAME - 256];
    pad[0] = (char)depth;
    if (depth > 0) return descend(depth - 1, seed) + pad[0] - (char)depth;
    void *volatile locals[K];
    for (int i = 0; i < K; i++) locals[i] = UNHIDE(hidden[i]);
    churn(4000);
    collect();
    churn(4000);
    __atomic_store_n(&deep_ready, 1, __ATOMIC_RELEASE);
    while (!__atomic_load_n(&other_done, __ATOMIC_ACQUIRE)) usleep(1000);  /* blocking.c */
    int bad = 0;
    for (int i = 0; i < K; i++)
        if (!gm_test_is_allocated(locals[i]) || !pattern_ok(locals[i], SIZE, seed + (uint64_t)i))
            bad++;
    return bad;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    struct rlimit rl;
    CHECK_EQ(getrlimit(RLIMIT_STACK, &rl), 0);
    rl.rlim_cur = OLD_LIMIT;
    if (setrlimit(RLIMIT_STACK, &rl) != 0) {
        printf("skipped: cannot set RLIMIT_STACK to 8 MiB\n");
        return 77;
    }
    gm_init();                        /* the main stack's bound: 8 MiB */
    rl.rlim_cur = NEW_LIMIT;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < NEW_LIMIT) {
        printf("skipped: the hard RLIMIT_STACK is below 64 MiB\n");
        return 77;
    }
    CHECK_EQ(setrlimit(RLIMIT_STACK, &rl), 0);
    pthread_t th;
    CHECK_EQ(pthread_create(&th, NULL, collector, NULL), 0);
    make_objects(7000);
    int bad = descend(DEPTH, 7000);   /* 24 MiB deep: past the old bound */
    CHECK_EQ(pthread_join(th, NULL), 0);
    CHECK_MSG(bad == 0, "%d of %d objects referenced only from the deep frame were freed", bad, K);
    return check_done();
}
