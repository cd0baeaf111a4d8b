/*
 * check.h — the runtime tests' tiny harness.
 *
 *   CHECK(cond)          fails with "file:line: CHECK failed: cond"
 *   CHECK_EQ(a, b)       integer equality, printing both values
 *   CHECK_NE/LT/LE/GT/GE the other integer comparisons
 *   CHECK_MSG(cond, fmt, ...)  CHECK with an explanation
 *   return check_done(); at the end of main: prints the summary line
 *
 * A test is one program.  The first failed check prints where and what,
 * then exits with status 1, so CTest reports the test as failed.  Checks are
 * counted (atomically: threads may check too) for the summary line
 * "<program>: PASS (N checks)".  Header-only; every test is one translation
 * unit, so the static state below exists once per test.
 */
#ifndef GM_TEST_CHECK_H
#define GM_TEST_CHECK_H

#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long check_count_;
static const char *check_name_ = "test";

/* Name the test in the summary line (defaults to "test"). */
static inline void check_set_name(const char *argv0) {
    const char *slash = strrchr(argv0, '/');
    check_name_ = slash ? slash + 1 : argv0;
}

static inline void check_pass_(void) {
    __atomic_fetch_add(&check_count_, 1, __ATOMIC_RELAXED);
}

__attribute__((noreturn, format(printf, 3, 4)))
static inline void check_fail_(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "%s:%d: CHECK failed: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n%s: FAIL (after %lu checks)\n", check_name_,
            __atomic_load_n(&check_count_, __ATOMIC_RELAXED));
    fflush(stderr);
    exit(1);
}

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (cond) check_pass_();                                            \
        else check_fail_(__FILE__, __LINE__, "%s", #cond);                  \
    } while (0)

#define CHECK_MSG(cond, ...)                                                \
    do {                                                                    \
        if (cond) {                                                         \
            check_pass_();                                                  \
        } else {                                                            \
            char check_msg_[4096];                                           \
            snprintf(check_msg_, sizeof check_msg_, __VA_ARGS__);           \
            check_fail_(__FILE__, __LINE__, "%s (%s)", #cond, check_msg_);  \
        }                                                                   \
    } while (0)

/* Integer comparisons: both operands are evaluated once and printed as
 * signed and unsigned 64-bit values (whichever reads better). */
#define CHECK_CMP_(a, op, b)                                                \
    do {                                                                    \
        intmax_t check_a_ = (intmax_t)(a), check_b_ = (intmax_t)(b);        \
        if (check_a_ op check_b_) check_pass_();                            \
        else check_fail_(__FILE__, __LINE__,                                \
                         "%s %s %s (%jd [0x%jx] vs %jd [0x%jx])",           \
                         #a, #op, #b, check_a_, (uintmax_t)check_a_,        \
                         check_b_, (uintmax_t)check_b_);                    \
    } while (0)

/* Unsigned comparison, for sizes and byte counts above INTMAX_MAX. */
#define CHECK_UCMP_(a, op, b)                                               \
    do {                                                                    \
        uintmax_t check_a_ = (uintmax_t)(a), check_b_ = (uintmax_t)(b);     \
        if (check_a_ op check_b_) check_pass_();                            \
        else check_fail_(__FILE__, __LINE__, "%s %s %s (%ju vs %ju)",       \
                         #a, #op, #b, check_a_, check_b_);                  \
    } while (0)

#define CHECK_EQ(a, b) CHECK_CMP_(a, ==, b)
#define CHECK_NE(a, b) CHECK_CMP_(a, !=, b)
#define CHECK_LT(a, b) CHECK_CMP_(a, <, b)
#define CHECK_LE(a, b) CHECK_CMP_(a, <=, b)
#define CHECK_GT(a, b) CHECK_CMP_(a, >, b)
#define CHECK_GE(a, b) CHECK_CMP_(a, >=, b)
#define CHECK_ULE(a, b) CHECK_UCMP_(a, <=, b)
#define CHECK_UGE(a, b) CHECK_UCMP_(a, >=, b)

#define CHECK_PTR_EQ(a, b)                                                  \
    do {                                                                    \
        const void *check_pa_ = (const void *)(a);                          \
        const void *check_pb_ = (const void *)(b);                          \
        if (check_pa_ == check_pb_) check_pass_();                          \
        else check_fail_(__FILE__, __LINE__, "%s == %s (%p vs %p)",         \
                         #a, #b, check_pa_, check_pb_);                     \
    } while (0)

/* String containment, printing the haystack on failure. */
#define CHECK_CONTAINS(hay, needle)                                         \
    do {                                                                    \
        const char *check_h_ = (hay), *check_n_ = (needle);                 \
        if (check_h_ && strstr(check_h_, check_n_)) check_pass_();          \
        else check_fail_(__FILE__, __LINE__,                                \
                         "%s contains \"%s\"; it was:\n---\n%s---",         \
                         #hay, check_n_, check_h_ ? check_h_ : "(null)");  \
    } while (0)

#define CHECK_STARTS_WITH(hay, prefix)                                      \
    do {                                                                    \
        const char *check_h_ = (hay), *check_n_ = (prefix);                 \
        if (check_h_ && strncmp(check_h_, check_n_, strlen(check_n_)) == 0) \
            check_pass_();                                                  \
        else check_fail_(__FILE__, __LINE__,                                \
                         "%s starts with \"%s\"; it was:\n---\n%s---",      \
                         #hay, check_n_, check_h_ ? check_h_ : "(null)");  \
    } while (0)

/* The summary line; use as `return check_done();`. */
static inline int check_done(void) {
    unsigned long n = __atomic_load_n(&check_count_, __ATOMIC_RELAXED);
    if (n == 0) {
        fprintf(stderr, "%s: FAIL (no checks ran)\n", check_name_);
        return 1;
    }
    printf("%s: PASS (%lu checks)\n", check_name_, n);
    fflush(stdout);
    return 0;
}

#endif /* GM_TEST_CHECK_H */
