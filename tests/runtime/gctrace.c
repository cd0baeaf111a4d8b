/*
 * gctrace.c — GODEBUG=gctrace=1 prints one line per cycle on stderr in Go's
 * format (reference: Go's runtime/mgc.go):
 *   gc N @S.SSSs P%: A+B+C ms clock, a+b/c/d+e ms cpu, X->Y->Z MB,
 *   G MB goal, S MB stacks, M MB globals, N P( (forced))?
 * The test re-runs itself as a child that forces 3 collections and causes
 * automatic ones, then checks every "gc " line against the format, that the
 * cycle numbers count 1, 2, 3, ... without gaps, that at least 3 lines say
 * (forced) and some do not, and that without gctrace nothing is printed.
 * GODEBUG with other keys around gctrace=1 works too.
 */
#include <regex.h>
#include "testutil.h"

static int child(void) {
    gm_init();
    void **keep = gm_alloc(100 * sizeof(void *));
    for (int i = 0; i < 100; i++) keep[i] = gm_alloc(10000);
    for (int k = 0; k < 3; k++) {
        gm_gc();
        for (int i = 0; i < 20000; i++) (void)gm_alloc(1000);   /* 20 MB: automatic cycles */
    }
    printf("child done %d\n", gm_test_is_allocated(keep[99]));
    return 0;
}

#define NUM "[0-9]+(\\.[0-9]+)?"
static const char *line_re =
    "^gc ([0-9]+) @[0-9]+\\.[0-9]{3}s [0-9]+%: "
    NUM "\\+" NUM "\\+" NUM " ms clock, "
    NUM "\\+" NUM "/" NUM "/" NUM "\\+" NUM " ms cpu, "
    "[0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, "
    "[0-9]+ P( \\(forced\\))?$";

/* Check the gc lines of a child's stderr; returns the number of lines. */
static int check_trace(const char *err, int *forced) {
    regex_t re;
    CHECK_EQ(regcomp(&re, line_re, REG_EXTENDED), 0);
    int n = 0;
    *forced = 0;
    const char *p = err;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char line[1024];
        snprintf(line, sizeof line, "%.*s", (int)len, p);
        if (strncmp(line, "gc ", 3) == 0) {
            regmatch_t m[2];
            CHECK_MSG(regexec(&re, line, 2, m, 0) == 0, "gctrace line does not match Go's format: \"%s\"",
                      line);
            long num = strtol(line + m[1].rm_so, NULL, 10);
            CHECK_MSG(num == n + 1, "cycle numbered %ld after %d: \"%s\"", num, n, line);
            n++;
            if (strstr(line, "(forced)")) ++*forced;
        }
        p += len + (nl ? 1 : 0);
    }
    regfree(&re);
    return n;
}

int main(int argc, char **argv) {
    check_set_name(argv[0]);
    if (argc > 1 && strcmp(argv[1], "child") == 0) return child();
    watchdog(120);

    /* The format regex itself accepts Go's own example line. */
    int forced;
    CHECK_EQ(check_trace("gc 1 @0.081s 9%: 0.012+0.92+0.004 ms clock, 0.024+0.061/0.41/0.18+0.009 ms cpu, "
                         "32->36->20 MB, 34 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n", &forced), 1);
    CHECK_EQ(forced, 1);

    const char *env1[] = {"GODEBUG=gctrace=1", "GOGC=100", NULL};
    child_result r = run_self("child", NULL, env1, 60);
    if (!child_exited(&r, 0)) child_print("gctrace=1", &r);
    CHECK(child_exited(&r, 0));
    CHECK_CONTAINS(r.out, "child done 1");
    int n = check_trace(r.err, &forced);
    printf("gctrace=1: %d lines, %d forced\n", n, forced);
    CHECK_GE(forced, 3);
    CHECK_GT(n, forced);       /* 60 MB of garbage over a 4 MB goal */
    CHECK_STARTS_WITH(r.err, "gc 1 @");
    child_free(&r);

    /* Other GODEBUG keys around it. */
    const char *env2[] = {"GODEBUG=madvdontneed=1,gctrace=1,invalidptr=0", "GOGC=100", NULL};
    r = run_self("child", NULL, env2, 60);
    if (!child_exited(&r, 0)) child_print("GODEBUG list", &r);
    CHECK(child_exited(&r, 0));
    CHECK_GE(check_trace(r.err, &forced), 3);
    CHECK_GE(forced, 3);
    child_free(&r);

    /* No gctrace: no lines. */
    const char *env3[] = {"GODEBUG=", "GOGC=100", NULL};
    r = run_self("child", NULL, env3, 60);
    CHECK(child_exited(&r, 0));
    CHECK_EQ(check_trace(r.err, &forced), 0);
    CHECK_MSG(strstr(r.err, "gc 1 @") == NULL, "stderr: %s", r.err);
    child_free(&r);

    /* gctrace=0 is off too. */
    const char *env4[] = {"GODEBUG=gctrace=0", NULL};
    r = run_self("child", NULL, env4, 60);
    CHECK(child_exited(&r, 0));
    CHECK_EQ(check_trace(r.err, &forced), 0);
    child_free(&r);
    return check_done();
}
