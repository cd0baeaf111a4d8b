/*
 * make_check.h — helpers for the `make` tests (part 3): expecting a panic
 * or fatal error from a child process, and a CHECK-style string compare.
 *
 *   EXPECT_CHILD(mode, status, "stderr text")   runs this binary as a child
 *       with argv[1] = mode; checks its exit status and that its stderr
 *       contains the text.
 *   A test's main dispatches: if (argc > 1) return child(argv[1]);
 */
#ifndef GM_MAKE_CHECK_H
#define GM_MAKE_CHECK_H

#include "testutil.h"

static inline void expect_child_(const char *file, int line, const char *mode,
                                 int status, const char *text) {
    child_result r = run_self(mode, NULL, NULL, 30);
    int ok = child_exited(&r, status) && strstr(r.err, text) != NULL;
    if (!ok) {
        child_print(mode, &r);
        check_fail_(file, line, "child '%s': expected exit %d and stderr containing \"%s\"",
                    mode, status, text);
    }
    check_pass_();
    child_free(&r);
}
#define EXPECT_CHILD(mode, status, text) expect_child_(__FILE__, __LINE__, mode, status, text)

/* The panic text Go prints, first line exactly. */
#define EXPECT_PANIC(mode, msg) EXPECT_CHILD(mode, 2, "panic: " msg "\n")
#define EXPECT_FATAL(mode, msg) EXPECT_CHILD(mode, 2, "fatal error: " msg "\n")

#define CHECK_STR(gs, lit)                                                   \
    CHECK_MSG(gm_string_equal((gs), GM_STR(lit)), "got \"%.*s\"",            \
              (int)(gs).len, (const char *)(gs).ptr)

#endif
