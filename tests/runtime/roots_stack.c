/*
 * roots_stack.c — objects referenced only from a thread's stack or
 * registers stay alive.  The objects' addresses are otherwise kept hidden
 * (xor-ed), so the only real pointers are:
 *   1. volatile stack locals of the collecting thread;
 *   2. locals the compiler keeps in registers across gm_gc and across
 *      allocations that trigger collections (empty asm statements force the
 *      values into registers and make them opaque, so the compiler can
 *      neither rematerialise them nor drop them);
 *   3. registers of another registered thread spinning in a loop without
 *      calls while the main thread collects: only the stop signal's saved
 *      register set holds the pointer.
 * Survival is checked by checksums (a freed object is reused by the garbage
 * allocated in between and overwritten) and by gm_test_is_allocated.
 */
#include <pthread.h>
#include "testutil.h"

enum { K = 16, SIZE = 96 };
static uintptr_t hidden[K];

static void make_objects(uint64_t seed) { make_hidden_objects(hidden, K, SIZE, seed); }
static void churn(int n) { churn_objects(n, SIZE); }

NOINLINE static void test_stack_locals(void) {
    make_objects(100);
    void *volatile locals[K];
    for (int i = 0; i < K; i++) locals[i] = UNHIDE(hidden[i]);
    for (int round = 0; round < 5; round++) {
        collect();
        churn(20000);
    }
    for (int i = 0; i < K; i++) {
        CHECK_MSG(gm_test_is_allocated(locals[i]), "stack-held object %d freed", i);
        CHECK_MSG(pattern_ok(locals[i], SIZE, 100 + (uint64_t)i), "stack-held object %d corrupted", i);
    }
}

#define OPAQUE4(a, b, c, d) __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d))

NOINLINE static void test_registers(uintptr_t h0, uintptr_t h1, uintptr_t h2, uintptr_t h3) {
    char *p0 = UNHIDE(h0), *p1 = UNHIDE(h1), *p2 = UNHIDE(h2), *p3 = UNHIDE(h3);
    OPAQUE4(p0, p1, p2, p3);
    for (int round = 0; round < 5; round++) {
        gm_gc();
        OPAQUE4(p0, p1, p2, p3);
        churn(20000);    /* automatic collections inside gm_alloc */
        OPAQUE4(p0, p1, p2, p3);
    }
    char *ps[4] = {p0, p1, p2, p3};
    for (int i = 0; i < 4; i++) {
        CHECK_MSG(gm_test_is_allocated(ps[i]), "register-held object %d freed", i);
        CHECK_MSG(pattern_ok(ps[i], SIZE, 200 + (uint64_t)i), "register-held object %d corrupted", i);
    }
}

/* ---- Another thread's registers ---------------------------------------- */
static volatile int spin_stop, spin_started, spin_done, spin_ok;
static volatile uint64_t spin_sum;

static void spinner(void *arg) {
    (void)arg;
    const uint64_t *p = UNHIDE(hidden[0]);
    __asm__ volatile("" : "+r"(p));
    uint64_t sum = 0, i = 0;
    __atomic_store_n(&spin_started, 1, __ATOMIC_RELEASE);
    while (!__atomic_load_n(&spin_stop, __ATOMIC_ACQUIRE)) {
        sum += p[i % (SIZE / 8)];
        i++;
        __asm__ volatile("" : "+r"(p), "+r"(sum));
    }
    spin_sum = sum;
    spin_ok = gm_test_is_allocated(p) && pattern_ok(p, SIZE, 300);
    __atomic_store_n(&spin_done, 1, __ATOMIC_RELEASE);
}

static void test_other_thread_registers(void) {
    make_objects(300);
    CHECK_EQ(gm_go(spinner, NULL), 0);
    while (!__atomic_load_n(&spin_started, __ATOMIC_ACQUIRE)) usleep(1000);
    for (int round = 0; round < 30; round++) {
        collect();
        churn(3000);
    }
    __atomic_store_n(&spin_stop, 1, __ATOMIC_RELEASE);
    while (!__atomic_load_n(&spin_done, __ATOMIC_ACQUIRE)) usleep(1000);
    CHECK_MSG(spin_ok, "object held in another thread's registers was freed or corrupted");
    CHECK(gm_test_is_allocated(UNHIDE(hidden[0])));
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(120);
    test_stack_locals();
    make_objects(200);
    test_registers(hidden[0], hidden[1], hidden[2], hidden[3]);
    test_other_thread_registers();

    /* Control: the same objects, dropped, are freed — the tests above
     * really depended on the roots they meant to test. */
    make_objects(400);
    collect();
    collect();
    CHECK_LE(count_allocated(hidden, K), K / 4);
    return check_done();
}
