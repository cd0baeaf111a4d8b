/*
 * roots_tls.c — thread-local variables are roots.  Objects referenced only
 * from __thread / _Thread_local variables (initialised: .tdata; zero:
 * .tbss) survive collections run by another thread, in the main thread, in
 * a thread started with gm_go and in a pthread that attached itself.  Each
 * thread then clears its TLS, and the objects are freed (control).
 */
#include <pthread.h>
#include "testutil.h"

enum { K = 8, SIZE = 120, NT = 3 };

static __thread void *tls_bss[K];
static _Thread_local void *tls_data[K] = {(void *)1};
static __thread char *tls_interior;

static uintptr_t hidden[NT][2 * K + 1];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int phase;            /* 0 fill, 1 verify+clear, 2 exit */
static int arrived;
static int ok[NT];

static void wait_phase(int want) {
    test_mutex_lock(&mu);
    arrived++;
    test_cond_broadcast(&cv);
    while (phase < want) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
}

NOINLINE static void fill_tls(int t) {
    for (int i = 0; i < K; i++) {
        void *a = gm_alloc(SIZE), *b = gm_alloc(SIZE);
        fill_pattern(a, SIZE, (uint64_t)(t * 100 + i));
        fill_pattern(b, SIZE, (uint64_t)(t * 100 + 50 + i));
        gm_store(&tls_bss[i], a);
        gm_store(&tls_data[i], b);
        hidden[t][i] = HIDE(a);
        hidden[t][K + i] = HIDE(b);
    }
    char *big = gm_alloc(50000);
    fill_pattern(big, 50000, (uint64_t)t + 7777);
    gm_store((void **)&tls_interior, big + 20000);
    hidden[t][2 * K] = HIDE(big);
}

NOINLINE static int verify_tls(int t) {
    int good = 1;
    for (int i = 0; i < K; i++) {
        good &= gm_test_is_allocated(tls_bss[i]) && pattern_ok(tls_bss[i], SIZE, (uint64_t)(t * 100 + i));
        good &= gm_test_is_allocated(tls_data[i]) &&
                pattern_ok(tls_data[i], SIZE, (uint64_t)(t * 100 + 50 + i));
    }
    good &= gm_test_object_base(tls_interior) == UNHIDE(hidden[t][2 * K]) &&
            pattern_ok(UNHIDE(hidden[t][2 * K]), 50000, (uint64_t)t + 7777);
    return good;
}

NOINLINE static void clear_tls(void) {
    for (int i = 0; i < K; i++) {
        gm_store(&tls_bss[i], NULL);
        gm_store(&tls_data[i], NULL);
    }
    gm_store((void **)&tls_interior, NULL);
}

static void thread_body(int t) {
    CHECK(tls_data[0] == (void *)1);     /* fresh TLS of this thread */
    fill_tls(t);
    clear_stack();
    wait_phase(1);
    ok[t] = verify_tls(t);
    clear_tls();
    clear_stack();
    wait_phase(2);
}

static void go_fn(void *arg) { thread_body((int)(intptr_t)arg); }
static void *pt_fn(void *arg) {
    CHECK_EQ(gm_thread_attach(), 0);
    thread_body((int)(intptr_t)arg);
    return NULL;
}

NOINLINE static void churn(void) {
    for (int i = 0; i < 30000; i++) memset(gm_alloc(SIZE), 0x22, SIZE);
    for (int i = 0; i < 30; i++) memset(gm_alloc(50000), 0x22, 50000);
}

static void wait_arrived(int n) {
    test_mutex_lock(&mu);
    while (arrived < n) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
}

static void set_phase(int p) {
    test_mutex_lock(&mu);
    phase = p;
    test_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);

    /* Main thread: t = 0. */
    fill_tls(0);
    pthread_t pt;
    CHECK_EQ(gm_go(go_fn, (void *)(intptr_t)1), 0);
    CHECK_EQ(pthread_create(&pt, NULL, pt_fn, (void *)(intptr_t)2), 0);
    wait_arrived(2);
    for (int round = 0; round < 4; round++) {
        collect();
        churn();
    }
    collect();
    CHECK_MSG(verify_tls(0), "objects held in the main thread's TLS lost");
    for (int t = 1; t < NT; t++) {
        size_t n = count_allocated(hidden[t], 2 * K + 1);
        CHECK_MSG(n == 2 * K + 1, "thread %d: only %zu of %d TLS-held objects allocated", t, n, 2 * K + 1);
    }
    set_phase(1);
    wait_arrived(4);
    CHECK_MSG(ok[1], "objects held in a gm_go thread's TLS lost");
    CHECK_MSG(ok[2], "objects held in an attached pthread's TLS lost");

    /* Control: the TLS slots are cleared, the objects go. */
    clear_tls();
    collect();
    collect();
    size_t left = 0;
    for (int t = 0; t < NT; t++) left += count_allocated(hidden[t], 2 * K + 1);
    printf("after clearing TLS: %zu of %d objects left\n", left, NT * (2 * K + 1));
    CHECK_LE(left, NT * (2 * K + 1) / 10);
    set_phase(2);
    pthread_join(pt, NULL);
    return check_done();
}
