/* rt_panic.c: Go's panic for generated code (gort.h: gort_panic,
 * gort_panic_string). First version: prints "panic: " + the value as Go
 * prints it, the goroutine line, and exits 2. Deferred calls and recover
 * come with the code generator (rt_defer).
 *
 * Invariant: never returns; output goes to stderr only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gort.h"

/* Prints a value of a basic kind as Go's print builtin does. */
static void print_basic(FILE *out, const gort_type *t, const void *p) {
    switch (t->gm.kind) {
    case GM_KIND_STRING: {
        const gm_string *s = p;
        fwrite(s->ptr, 1, (size_t)s->len, out);
        break;
    }
    case GM_KIND_INT: case GM_KIND_INT64: fprintf(out, "%lld", (long long)*(const int64_t *)p); break;
    case GM_KIND_INT32: fprintf(out, "%d", *(const int32_t *)p); break;
    default: fprintf(out, "(%s) %p", t->gm.name, p); break;
    }
}

_Noreturn void gort_panic(gort_iface v) {
    fflush(stdout);
    fputs("panic: ", stderr);
    if (!v.type)
        fputs("nil", stderr);
    else
        print_basic(stderr, v.type, v.data);
    fputs("\n\ngoroutine 1 [running]:\nmain.main()\n\t?\nexit status 2\n", stderr);
    exit(2);
}

_Noreturn void gort_panic_string(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "panic: %s\n\ngoroutine 1 [running]:\nmain.main()\n\t?\nexit status 2\n", msg);
    exit(2);
}
