/*
 * panic.c — Go's panics and fatal errors for C programs.
 *
 * gm_panic prints "panic: <message>", a blank line and a goroutine line on
 * stderr and exits with status 2, as a Go program does; a hook installed with
 * gm_set_panic_hook sees the message first and may longjmp away (recover).
 * gm_throw is Go's throw: "fatal error: <message>", no hook, exit 2.  Both
 * format into a stack buffer and write(2) it: they never allocate, so they
 * work when the heap is broken or exhausted.
 */
#include "runtime.h"
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

static _Atomic(gm_panic_hook) panic_hook;

gm_panic_hook gm_set_panic_hook(gm_panic_hook hook) {
    return atomic_exchange(&panic_hook, hook);
}

static void write_all(const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

void gm_print_err(const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof buf - 1) n = sizeof buf - 1;
    if (n > 0) write_all(buf, (size_t)n);
}

static void goroutine_line(const char *state) {
    gm_thread *t = gm_self;
    gm_print_err("\ngoroutine %lld [%s]:\n", t ? (long long)t->id : 0LL, state);
}

void gm_panic(const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    gm_panic_hook hook = atomic_load(&panic_hook);
    if (hook) hook(msg);
    fflush(NULL);                        /* what the program printed is kept */
    gm_print_err("panic: %s\n", msg);
    goroutine_line("running");
    _exit(2);
}

void gm_throw(const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fflush(stdout);
    gm_print_err("fatal error: %s\n", msg);
    goroutine_line("running");
    _exit(2);
}
