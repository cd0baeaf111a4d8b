/* gort.h: the contract between C emitted by the gomem compiler and the C
 * library it links with (libgomem_go: golib/), on top of libgomem.
 *
 * Two parties implement this header and neither may change what it says
 * without changing the other:
 *   - compiler/gen*.c emits C that uses these representations and calls the
 *     go_<pkg>_* functions of the standard-library packages;
 *   - golib/ implements the run-time half: type descriptors of the basic and
 *     standard-library types, interfaces, panics/defer/recover, and the
 *     standard-library packages (fmt, strings, strconv, errors, sort, os,
 *     time, sync, runtime) as declared in compiler/stdlib.c.
 *
 * How Go values are represented in C (amd64, Go's sizes):
 *   bool            bool             int, uint       int64_t, uint64_t
 *   intN, uintN     intN_t, uintN_t  uintptr         uintptr_t
 *   float32/64      float, double    complex64/128   float/double _Complex
 *   string          gm_string        unsafe.Pointer  void *
 *   *T              T's C type *     []T             gm_slice
 *   map[K]V         gm_map *         chan T          gm_chan *
 *   [N]T            a struct holding `T a[N]` (so arrays copy by value)
 *   struct{...}     a C struct with the fields in Go's order (Go's layout)
 *   func(...)       gort_func * (a closure object; NULL is the nil func)
 *   interface{...}  gort_iface (both empty and non-empty interfaces)
 *
 * Functions: a Go function with results (r0, r1, ..., rn) returns r0 and
 * takes pointers to r1..rn as trailing parameters (never NULL); no results:
 * void. A variadic ...T parameter is a gm_slice of T. A method with receiver
 * T or *T takes the receiver as its first parameter.
 *
 * Names: the standard library's function pkg.F is go_<pkg>_F; its method
 * (T).M or (*T).M is go_<pkg>_T_M; its type T is the C type go_<pkg>_T and
 * its descriptor go_type_<pkg>_T; its variable V is go_<pkg>_V.
 * Generated code uses the prefix gu_ (user) for its own names, so the two
 * never collide.
 *
 * Invariants: a gort_iface's data word is the value itself when the dynamic
 * type is pointer-shaped (pointer, unsafe.Pointer, map, chan, func), and
 * otherwise a pointer to a copy of the value that nobody mutates after
 * boxing; the zero gort_iface {NULL, NULL} is the nil interface. Every
 * gort_type starts with its gm_type, so a gort_type * converts to a
 * const gm_type * for gm_make_slice, gm_make_map, gm_alloc_typed...
 */
#ifndef GOMEM_GORT_H
#define GOMEM_GORT_H

#include <complex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "gomem.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gort_type gort_type;

/* A closure: the C function first, captured variables (or pointers to
 * them) after it. A call f(a, b) of a func value f is
 *   ((R (*)(gort_func *, A, B))f->fn)(f, a, b)
 * so every function used as a value takes its closure as a hidden first
 * parameter (top-level functions get a wrapper and a static gort_func). */
typedef struct gort_func {
    void *fn;
} gort_func;

/* An interface value (see the invariant above). */
typedef struct gort_iface {
    const gort_type *type;    /* dynamic type, NULL for the nil interface */
    void *data;
} gort_iface;

/* A method of a type, for dynamic dispatch and for fmt (String, Error).
 * fn is the interface wrapper: it takes the interface's data word first,
 *   R fn(void *data, params...)   (results as for any Go function),
 * and calls the method on the value the data word denotes. */
typedef struct gort_method {
    const char *name;         /* "String" */
    void *fn;
} gort_method;

/* A struct field, for fmt's %v/%+v and for equality of structs. */
typedef struct gort_field {
    const char *name;         /* Go name ("X"); embedded: the type's name */
    size_t offset;
    const gort_type *type;
    bool embedded;
} gort_field;

/* A type descriptor. `gm` comes first (see the invariant). gm.name is the
 * type as %T prints it ("int", "main.Point", "*main.Node", "[]string",
 * "map[string]int", "func(int) bool", "interface {}" ...). */
struct gort_type {
    gm_type gm;
    const gort_type *elem;    /* pointer, slice, array, chan, map value */
    const gort_type *key;     /* map key */
    const gort_field *fields; /* struct */
    int nfields;
    const gort_method *methods; /* method set, sorted by name */
    int nmethods;
    bool named;               /* a defined type (main.T, time.Duration) */
};

/* Descriptors of the predeclared types and of `any`/`error` (interface
 * descriptors are needed for slices and maps of interfaces). */
extern const gort_type gort_type_bool, gort_type_int, gort_type_int8,
    gort_type_int16, gort_type_int32, gort_type_int64, gort_type_uint,
    gort_type_uint8, gort_type_uint16, gort_type_uint32, gort_type_uint64,
    gort_type_uintptr, gort_type_float32, gort_type_float64,
    gort_type_complex64, gort_type_complex128, gort_type_string,
    gort_type_unsafe_pointer, gort_type_any, gort_type_error;

/* Finds a method of the dynamic type by name (NULL: none). */
const gort_method *gort_find_method(const gort_type *t, const char *name);

/* Interfaces: == on interface values (panics "runtime error: comparing
 * uncomparable type T" as Go does), and a boxed copy of a value. */
bool gort_iface_eq(gort_iface a, gort_iface b);
gort_iface gort_box(const gort_type *t, const void *value);

/* Panics. gort_panic is Go's panic(v): runs deferred calls, may be
 * recovered; unrecovered it prints "panic: " + v as Go prints it (plus
 * " [recovered]" etc. as Go does), a goroutine line, and exits 2.
 * Run-time errors (index out of range, nil map write, ...) raised by
 * libgomem's gm_panic are recoverable too and are runtime.Error values. */
_Noreturn void gort_panic(gort_iface v);
_Noreturn void gort_panic_string(const char *msg);   /* panic(errors.New-like string value) */

/* Added by golib (contract unchanged above this line). */

/* gm.hash / gm.equal for descriptors the compiler emits: one machine word
 * compared by value (pointers, chans, unsafe.Pointer), and interface
 * values, empty or not (hash of the dynamic type's name and value; Go's
 * "hash of unhashable type T" panic for slices, maps, funcs inside). */
uintptr_t gort_hash_word(const void *value, uintptr_t seed);
bool gort_equal_word(const void *a, const void *b);
uintptr_t gort_hash_iface(const void *value, uintptr_t seed);
bool gort_equal_iface(const void *a, const void *b);

/* Type identity for assertions and errors.As: the same descriptor, or two
 * descriptors with the same name (the compiler may emit a type twice). */
bool gort_type_identical(const gort_type *a, const gort_type *b);

/* Does dynamic type t have every method an interface descriptor lists
 * (interface descriptors list their method names in `methods`, fn NULL)? */
bool gort_implements(const gort_type *t, const gort_type *iface);

#ifdef __cplusplus
}
#endif

#endif
