/* rt_internal.h: shared state of the code generator's run-time files
 * (golib/rt_*.c); nothing else includes it.
 *
 * Invariant: gort_g is the calling thread's goroutine; only that thread
 * reads or writes it.
 */
#ifndef GOMEM_RT_INTERNAL_H
#define GOMEM_RT_INTERNAL_H

#include <stdio.h>

#include "gort_rt.h"

struct panic_rec;

typedef struct gort_goroutine {
    int64_t id;                  /* 1 for main, then in start order */
    gort_frame *frames;          /* innermost function with defers first */
    struct panic_rec *panics;    /* newest first */
    int defer_depth;             /* deferred calls running (recover is valid) */
    bool fault;                  /* the newest panic is a nil dereference */
    void *defer_frame;           /* frame of the thunk running a deferred call */
    gort_frame *leaving;         /* frame whose defers run at its normal return */
} gort_goroutine;

extern __thread gort_goroutine gort_g;

/* Go's print format for floats: +1.500000e+000. */
void gort_format_float(FILE *out, double x);
void gort_install_panic_hook(void);

#endif
