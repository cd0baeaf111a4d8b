/* gort_rt.h: the code generator's half of the run-time library (golib/rt_*.c),
 * beside gort.h's contract: program entry and exit, goroutines, defer /
 * panic / recover, interface method dispatch and type assertions, checked
 * arithmetic and indexing, and the print/println builtins.
 *
 * Only C emitted by compiler/gen*.c uses these names; golib's standard
 * library does not need them (it raises panics through gort.h).
 *
 * Defer and recover: a Go function with defer statements owns a gort_frame
 * on its C stack, linked into the goroutine's frame list by
 * gort_frame_enter and unlinked by gort_frame_leave, which runs its
 * deferred calls. A panic runs deferred calls newest first, frame by frame;
 * when one of them recovers, the panic longjmps to the frame of the
 * function that deferred it, which then runs its remaining deferred calls
 * and returns normally with its current results.
 *
 * Invariants: a goroutine's frame list and panic list are touched only by
 * that goroutine (thread-local); every deferred call is a gort_func called
 * with itself as argument and nothing else.
 */
#ifndef GOMEM_GORT_RT_H
#define GOMEM_GORT_RT_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "gort.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- entry, exit, goroutines ---------------------------------------------- */

/* Called first by the generated main: gm_init, os.Args (gort_os_init in
 * golib/lib.h), the panic hook, goroutine 1. */
void gort_start(int argc, char **argv);
/* Returning from main.main: flush and exit with `code`. */
_Noreturn void gort_exit(int code);
/* go f(x): `thunk` is called as thunk->fn(thunk) on a new registered thread. */
void gort_go(gort_func *thunk);

/* ---- defer, panic, recover --------------------------------------------------- */

typedef struct gort_defer {
    struct gort_defer *next;
    gort_func *call;
} gort_defer;

typedef struct gort_frame {
    jmp_buf jb;
    struct gort_frame *up;
    gort_defer *defers;
    void *caller;        /* frame address of the function's caller (for
                            `defer recover()`), NULL when unknown */
} gort_frame;

void gort_frame_enter(gort_frame *f);
void gort_frame_leave(gort_frame *f);          /* runs the deferred calls, unlinks */
/* Defers call in frame f; `link` is storage for the record (a slot of the
 * deferring function when escape analysis kept the defer on the stack),
 * or NULL to allocate it. */
void gort_defer_push(gort_frame *f, gort_defer *link, gort_func *call);
/* recover() as generated code calls it: the current panic's value when
 * called by the function a deferred call's thunk called directly
 * (caller_frame, the caller's frame address, is that thunk's frame,
 * registered by gort_defer_begin), else nil. */
gort_iface gort_recover_at(void *caller_frame);
/* recover() for C code in golib that runs its own deferred calls (fmt's
 * catching of panics in String methods): valid in any deferred call. */
gort_iface gort_recover(void);
void *gort_defer_begin(void *thunk_frame);   /* returns the previous one */
/* `defer recover()`: valid when it runs as its function returns normally
 * and that function is itself a deferred call run by a panic. */
gort_iface gort_recover_deferred(void);
void gort_defer_end(void *prev);

/* Keeps a local in memory across setjmp/longjmp (its address escapes). */
#define GORT_ESCAPE(p) __asm__ volatile("" : : "r"(p) : "memory")

/* Run-time errors as Go raises them (recoverable runtime.Error values). */
_Noreturn void gort_panic_runtime(const char *msg);
_Noreturn void gort_panic_nil(void);
_Noreturn void gort_panic_divide(void);

/* ---- interfaces ------------------------------------------------------------ */

/* The interface wrapper of method `name` of dynamic type t; panics as Go
 * for a nil interface. */
void *gort_imethod(const gort_type *t, const char *name);
/* Failed x.(T): Go's "interface conversion: ..." run-time error. `iface`
 * is the static type of x as Go spells it. Identity and method-set checks
 * are golib's gort_type_identical / gort_implements (gort.h). */
_Noreturn void gort_panic_assert(const gort_type *have, const gort_type *want, const char *iface);
_Noreturn void gort_panic_assert_iface(const gort_type *have, const gort_type *want);

/* (*[n]T)(s): s's array, or Go's panic when len(s) < n (nil for a nil
 * slice and n == 0). */
void *gort_slice_to_array(gm_slice s, int64_t n);

/* String building for values that may not escape: `buf` is a 32-byte
 * (bytes) or 32-rune stack buffer of the caller when escape analysis said
 * the result does not escape, else NULL; results that do not fit go to
 * the heap, as gc's tmpBuf. */
gm_string gort_concat(uint8_t *buf, const gm_string *parts, int n);
gm_string gort_bytes_string(uint8_t *buf, gm_slice b);      /* string(b) */
gm_slice gort_string_bytes(uint8_t *buf, gm_string s);      /* []byte(s) */
gm_slice gort_string_runes(int32_t *buf, gm_string s);      /* []rune(s) */
gm_string gort_rune_string(uint8_t *buf, int32_t r);        /* string(r) */

/* A unique address for zero-size allocations and empty literals. */
extern char gort_zerobase[16];

/* ---- checked operations ------------------------------------------------- */

/* A value method called through a nil pointer in an interface: Go's
 * "value method main.T.M called using nil *T pointer". */
_Noreturn void gort_panic_value_method(const char *type, const char *method);
#define gort_nn_value_method(p, type, method) \
    ({ __typeof__(p) nn_p = (p); if (__builtin_expect(nn_p == NULL, 0)) gort_panic_value_method(type, method); nn_p; })

/* p itself (same type), or Go's nil dereference panic. */
#define gort_nn(p) ({ __typeof__(p) nn_p = (p); if (__builtin_expect(nn_p == NULL, 0)) gort_panic_nil(); nn_p; })

static inline int64_t gort_index(int64_t i, int64_t len) {
    if (__builtin_expect((uint64_t)i >= (uint64_t)len, 0))
        gm_panic_index((intptr_t)i, (intptr_t)len);
    return i;
}

/* Go's integer division: panics on zero, MinInt / -1 wraps. */
#define GORT_DIV(T, a, b) ({ T d_a = (a), d_b = (b); if (__builtin_expect(d_b == 0, 0)) gort_panic_divide(); \
                             ((T)-1 < 0 && d_b == (T)-1) ? (T)(0 - d_a) : (T)(d_a / d_b); })
#define GORT_MOD(T, a, b) ({ T d_a = (a), d_b = (b); if (__builtin_expect(d_b == 0, 0)) gort_panic_divide(); \
                             ((T)-1 < 0 && d_b == (T)-1) ? (T)0 : (T)(d_a % d_b); })

/* ---- print, println (to stderr, as Go's builtins) -------------------------- */

void gort_print_lock(void);
void gort_print_unlock(void);
void gort_print_bool(bool v);
void gort_print_int(int64_t v);
void gort_print_uint(uint64_t v);
void gort_print_float(double v);
void gort_print_complex(double _Complex v);
void gort_print_string(gm_string s);
void gort_print_pointer(const void *p);
void gort_print_iface(gort_iface v);
void gort_print_slice(gm_slice s);

#ifdef __cplusplus
}
#endif

#endif
