/*
 * fork.c — fork() in a multithreaded program using gomem leaves a working
 * runtime in the child.  Two gm_go threads and one attached pthread
 * allocate continuously (so fork lands while they hold runtime locks);
 * the main thread forks repeatedly; each child allocates, builds and
 * checks a list across collections, starts a gm_go thread of its own,
 * collects again and exits 0 (a child that hangs is killed by its alarm
 * and fails).  The parent keeps working: its threads' data stay intact.
 */
#include <pthread.h>
#include "testutil.h"

typedef struct node { struct node *next; uint64_t val, sum; } node;

static node *build_list(uint64_t seed, int n) {
    node *head = NULL;
    for (int i = 0; i < n; i++) {
        node *x = gm_new(node);
        x->val = seed + (uint64_t)i;
        x->sum = mix64(x->val);
        gm_store((void **)&x->next, head);
        head = x;
    }
    return head;
}

/* With check_alloc, also gm_test_is_allocated: asked only when no other
 * thread allocates (the query under concurrent sweeping is
 * concurrent_query.c's job). */
static int list_ok(const node *h, uint64_t seed, int n, int check_alloc) {
    int i = n - 1;
    for (; h; h = h->next, i--)
        if (h->val != seed + (uint64_t)i || h->sum != mix64(h->val) || (check_alloc && !gm_test_is_allocated(h)))
            return 0;
    return i == -1;
}

static volatile int stop, running, bad;

static void allocator(void *arg) {
    uint64_t seed = (uint64_t)(uintptr_t)arg << 24;
    __atomic_fetch_add(&running, 1, __ATOMIC_RELAXED);
    node *l = build_list(seed, 500);
    int r = 0;
    while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
        for (int i = 0; i < 200; i++) (void)gm_alloc(8 + (size_t)(i * 37 % 3000));
        if (++r % 50 == 0) gm_gc();
        if (!list_ok(l, seed, 500, 0)) bad = 1;
    }
    __atomic_fetch_sub(&running, 1, __ATOMIC_RELEASE);
}

static void *attached(void *arg) {
    gm_thread_attach();
    allocator(arg);
    return NULL;
}

static volatile int child_thread_ok;
static void child_thread(void *arg) {
    node *l = build_list(99, 300);
    gm_gc();
    child_thread_ok = list_ok(l, 99, 300, 1) && arg == NULL;
}

NOINLINE static int child_main(int k) {
    alarm(30);
    node *l = build_list((uint64_t)k * 1000, 2000);
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 20000; j++) (void)gm_alloc(48);
        gm_gc();
    }
    if (!list_ok(l, (uint64_t)k * 1000, 2000, 1)) return 3;
    if (gm_go(child_thread, NULL) != 0) return 4;
    for (int t = 0; t < 5000 && !child_thread_ok; t++) usleep(1000);
    if (!child_thread_ok) return 5;
    gm_gc();
    size_t spans = gm_test_verify_heap();
    if (!list_ok(l, (uint64_t)k * 1000, 2000, 1)) return 7;   /* keeps l live above */
    if (spans == 0) return 6;
    return 0;
}

static int forker_status = -1;
static void forker(void *arg) {
    (void)arg;
    pid_t pid = fork();
    if (pid == 0) _exit(child_main(77));
    int status = 0x7f00;
    if (pid > 0) test_waitpid(pid, &status);
    __atomic_store_n(&forker_status, status, __ATOMIC_RELEASE);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    pthread_t pt;
    CHECK_EQ(gm_go(allocator, (void *)1), 0);
    CHECK_EQ(gm_go(allocator, (void *)2), 0);
    CHECK_EQ(pthread_create(&pt, NULL, attached, (void *)3), 0);
    while (__atomic_load_n(&running, __ATOMIC_RELAXED) < 3) usleep(1000);

    int nforks = 10 * (int)env_long("SCALE", 1);
    for (int k = 0; k < nforks; k++) {
        fflush(stdout);
        pid_t pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) _exit(child_main(k));
        int status;
        CHECK_EQ(test_waitpid(pid, &status), pid);
        CHECK_MSG(WIFEXITED(status) && WEXITSTATUS(status) == 0,
                  "fork %d: child %s %d", k, WIFEXITED(status) ? "exited with" : "killed by signal",
                  WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        if (k % 3 == 0) collect();
        usleep(10000);
    }
    /* A fork from a thread other than main, too. */
    CHECK_EQ(gm_go(forker, NULL), 0);
    while (__atomic_load_n(&forker_status, __ATOMIC_ACQUIRE) == -1) usleep(1000);
    CHECK_MSG(forker_status == 0, "child forked from a gm_go thread: status %#x", forker_status);
    __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
    pthread_join(pt, NULL);
    while (__atomic_load_n(&running, __ATOMIC_ACQUIRE) > 0) usleep(1000);
    CHECK_EQ(bad, 0);
    collect();
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
