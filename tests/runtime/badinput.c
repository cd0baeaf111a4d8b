/*
 * badinput.c — misuse and exhaustion end the program Go's way: a message on
 * stderr and exit status 2, never a crash.  Each case runs in a child (this
 * binary re-run with "child <case>"); argv[1] names the case to check:
 *   overflow     gm_alloc_typed(t, SIZE_MAX/2): "panic: ..." mentioning
 *                overflow
 *   overflow2    gm_alloc_typed(t, SIZE_MAX/t->size + 1): the same
 *   niltype      gm_alloc_typed(NULL, 1): "panic: gm_alloc_typed: nil type"
 *   unregistered a pthread that never attached calls gm_alloc:
 *                "fatal error: gomem: ..." naming gm_thread_attach
 *   oom          gm_alloc(1 << 46): "fatal error: runtime: out of memory"
 *   panic        gm_panic("boom %d", 7): "panic: boom 7"
 *   hook         a panic hook that returns: it sees the message, then the
 *                runtime prints the panic and exits 2
 *   recover      a panic hook that longjmps back: the program continues,
 *                allocates and collects, and exits 0
 */
#include <pthread.h>
#include <setjmp.h>
#include "testutil.h"

static const gm_type t16 = {
    .size = 16, .align = 8, .ptrdata = 0, .ptrmask = NULL, .name = "[2]int64", .kind = GM_KIND_ARRAY,
};

static void *unregistered(void *arg) {
    (void)arg;
    void *p = gm_alloc(16);
    printf("unregistered thread got %p\n", p);
    return p;
}

static jmp_buf jb;
static char hook_msg[256];
static int hook_calls;
static void longjmp_hook(const char *msg) {
    snprintf(hook_msg, sizeof hook_msg, "%s", msg);
    hook_calls++;
    longjmp(jb, 1);
}
static void returning_hook(const char *msg) {
    fprintf(stderr, "hook saw: %s\n", msg);
}

static int child(const char *what) {
    gm_init();
    volatile size_t n;
    if (!strcmp(what, "overflow")) {
        n = SIZE_MAX / 2;
        void *p = gm_alloc_typed(&t16, n);
        printf("got %p\n", p);
    } else if (!strcmp(what, "overflow2")) {
        n = SIZE_MAX / 16 + 1;
        void *p = gm_alloc_typed(&t16, n);
        printf("got %p\n", p);
    } else if (!strcmp(what, "niltype")) {
        void *p = gm_alloc_typed(NULL, 1);
        printf("got %p\n", p);
    } else if (!strcmp(what, "unregistered")) {
        pthread_t t;
        pthread_create(&t, NULL, unregistered, NULL);
        pthread_join(t, NULL);
    } else if (!strcmp(what, "oom")) {
        n = (size_t)1 << 46;
        char *p = gm_alloc(n);
        printf("got %p\n", (void *)p);
    } else if (!strcmp(what, "panic")) {
        gm_panic("boom %d", 7);
    } else if (!strcmp(what, "hook")) {
        CHECK(gm_set_panic_hook(returning_hook) == NULL);
        gm_panic("boom %d", 8);
    } else if (!strcmp(what, "recover")) {
        CHECK(gm_set_panic_hook(longjmp_hook) == NULL);
        CHECK(gm_set_panic_hook(longjmp_hook) == longjmp_hook);
        if (setjmp(jb) == 0) {
            gm_panic("first %s", "panic");
            CHECK_MSG(0, "gm_panic returned");
        }
        CHECK_EQ(hook_calls, 1);
        CHECK_STARTS_WITH(hook_msg, "first panic");
        /* A panic raised inside the runtime goes through the hook too,
         * and the runtime is usable after the longjmp. */
        if (setjmp(jb) == 0) {
            (void)gm_alloc_typed(NULL, 1);
            CHECK_MSG(0, "gm_alloc_typed(NULL, 1) returned");
        }
        CHECK_EQ(hook_calls, 2);
        CHECK_STARTS_WITH(hook_msg, "gm_alloc_typed: nil type");
        void **keep = gm_alloc(100 * sizeof(void *));
        for (int i = 0; i < 100; i++) gm_store(&keep[i], gm_alloc(1000));
        for (int i = 0; i < 20000; i++) (void)gm_alloc(500);
        gm_gc();
        for (int i = 0; i < 100; i++) CHECK(gm_test_is_allocated(keep[i]));
        printf("recovered\n");
        return check_done();
    } else {
        fprintf(stderr, "unknown case %s\n", what);
        return 99;
    }
    printf("still running\n");
    return 0;
}

int main(int argc, char **argv) {
    check_set_name(argv[0]);
    if (argc > 2 && !strcmp(argv[1], "child")) return child(argv[2]);
    CHECK_MSG(argc > 1, "usage: badinput <case>");
    const char *what = argv[1];
    child_result r = run_self("child", what, NULL, 60);
    child_print(what, &r);
    CHECK_MSG(!r.timed_out, "the child hung");
    CHECK_MSG(!WIFSIGNALED(r.status), "the child died of signal %d", WTERMSIG(r.status));
    if (!strcmp(what, "recover")) {
        CHECK(child_exited(&r, 0));
        CHECK_CONTAINS(r.out, "recovered");
        CHECK_MSG(strstr(r.err, "panic:") == NULL, "stderr: %s", r.err);
        child_free(&r);
        return check_done();
    }
    CHECK_MSG(child_exited(&r, 2), "exit status %d, want 2", WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1);
    CHECK_MSG(strstr(r.out, "still running") == NULL && strstr(r.out, "got ") == NULL,
              "the bad call returned: %s", r.out);
    if (!strcmp(what, "overflow") || !strcmp(what, "overflow2")) {
        CHECK_STARTS_WITH(r.err, "panic: ");
        char first[512];
        snprintf(first, sizeof first, "%.*s", (int)strcspn(r.err, "\n"), r.err);
        CHECK_CONTAINS(first, "overflow");
    } else if (!strcmp(what, "niltype")) {
        CHECK_STARTS_WITH(r.err, "panic: gm_alloc_typed: nil type");
    } else if (!strcmp(what, "unregistered")) {
        CHECK_STARTS_WITH(r.err, "fatal error: gomem: ");
        CHECK_CONTAINS(r.err, "gm_thread_attach");
    } else if (!strcmp(what, "oom")) {
        CHECK_CONTAINS(r.err, "fatal error: runtime: out of memory");
    } else if (!strcmp(what, "panic")) {
        CHECK_STARTS_WITH(r.err, "panic: boom 7");
        CHECK(r.err[strlen("panic: boom 7")] == '\n');
    } else if (!strcmp(what, "hook")) {
        CHECK_STARTS_WITH(r.err, "hook saw: boom 8\n");
        CHECK_CONTAINS(r.err, "panic: boom 8");
    } else {
        CHECK_MSG(0, "unknown case %s", what);
    }
    child_free(&r);
    return check_done();
}
