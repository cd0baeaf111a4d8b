/* rt_panic.c: Go's panic, defer and recover for generated code (gort.h:
 * gort_panic, gort_panic_string; gort_rt.h: frames, deferred calls,
 * gort_recover, run-time errors), and libgomem's gm_panic made recoverable
 * through gm_set_panic_hook.
 *
 * A panic record lives on the C stack of gort_panic, which runs deferred
 * calls newest first (frame by frame, popping frames whose calls are
 * done). When a deferred call recovers, the record is unlinked, every
 * record deeper in the stack than the recovering frame is dropped (those
 * panics were aborted), and gort_panic longjmps to that frame.
 * Unrecovered, the chain is printed oldest first as Go does
 * ("panic: a [recovered]\n\tpanic: b"), then "goroutine N [running]:", and
 * the process exits 2.
 *
 * Invariants: goroutine state is thread-local and touched only by its
 * thread; a record is linked only while gort_panic's frame is live.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gort_rt.h"
#include "rt_internal.h"

__thread gort_goroutine gort_g;

/* ---- printing panic values as Go does ------------------------------------ */

static void print_value(FILE *out, gort_iface v) {
    const gort_type *t = v.type;
    if (!t) {
        fputs("nil", out);
        return;
    }
    const gort_method *m = gort_find_method(t, "Error");
    if (!m)
        m = gort_find_method(t, "String");
    if (m) {
        gm_string s = ((gm_string(*)(void *))m->fn)(v.data);
        fwrite(s.ptr, 1, (size_t)s.len, out);
        return;
    }
    const void *p = v.data;
    const char *name = t->gm.name;
    bool named = t->named;
    switch (t->gm.kind) {
    case GM_KIND_STRING: {
        const gm_string *s = p;
        if (named)
            fprintf(out, "%s(\"", name);
        fwrite(s->ptr, 1, (size_t)s->len, out);
        if (named)
            fputs("\")", out);
        return;
    }
    case GM_KIND_INT: case GM_KIND_INT64: case GM_KIND_INT32: case GM_KIND_INT16: case GM_KIND_INT8: {
        int64_t x = t->gm.size == 8 ? *(const int64_t *)p : t->gm.size == 4 ? *(const int32_t *)p
                  : t->gm.size == 2 ? *(const int16_t *)p : *(const int8_t *)p;
        fprintf(out, named ? "%s(%lld)" : "%.0s%lld", name, (long long)x);
        return;
    }
    case GM_KIND_UINT: case GM_KIND_UINT64: case GM_KIND_UINT32: case GM_KIND_UINT16: case GM_KIND_UINT8:
    case GM_KIND_UINTPTR: {
        uint64_t x = t->gm.size == 8 ? *(const uint64_t *)p : t->gm.size == 4 ? *(const uint32_t *)p
                   : t->gm.size == 2 ? *(const uint16_t *)p : *(const uint8_t *)p;
        fprintf(out, named ? "%s(%llu)" : "%.0s%llu", name, (unsigned long long)x);
        return;
    }
    case GM_KIND_BOOL:
        fprintf(out, named ? "%s(%s)" : "%.0s%s", name, *(const bool *)p ? "true" : "false");
        return;
    case GM_KIND_FLOAT64: case GM_KIND_FLOAT32: {
        double x = t->gm.size == 8 ? *(const double *)p : *(const float *)p;
        if (named)
            fprintf(out, "%s(", name);
        gort_format_float(out, x);
        if (named)
            fputs(")", out);
        return;
    }
    default: fprintf(out, "(%s) %p", name, p); return;
    }
}

typedef struct panic_rec {
    struct panic_rec *link;
    gort_iface val;
    bool recovered;
} panic_rec;

static void print_chain(FILE *out, panic_rec *p) {
    if (!p)
        return;
    print_chain(out, p->link);
    if (p->link)
        fputs("\t", out);
    fputs("panic: ", out);
    print_value(out, p->val);
    if (p->recovered)
        fputs(" [recovered]", out);
    fputs("\n", out);
}

_Noreturn static void die(gort_goroutine *g) {
    fflush(stdout);
    print_chain(stderr, g->panics);
    if (g->fault)
        fputs("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n", stderr);
    fprintf(stderr, "\ngoroutine %lld [running]:\nmain.main()\n\t(gomem: no traceback)\n",
            (long long)(g->id ? g->id : 1));
    fflush(stderr);
    _exit(2);
}

_Noreturn void gort_panic(gort_iface v) {
    gort_goroutine *g = &gort_g;
    panic_rec p = {.link = g->panics, .val = v};
    g->panics = &p;
    for (;;) {
        gort_frame *f = g->frames;
        if (!f)
            die(g);
        gort_defer *d = f->defers;
        if (!d) {
            g->frames = f->up;
            continue;
        }
        f->defers = d->next;
        g->defer_depth++;
        gort_frame *leaving = g->leaving;
        g->leaving = NULL;   /* run by the panic, not by a normal return */
        ((void (*)(gort_func *))d->call->fn)(d->call);
        g->leaving = leaving;
        g->defer_depth--;
        if (p.recovered) {
            g->panics = p.link;
            while (g->panics && (void *)g->panics < (void *)f)
                g->panics = g->panics->link;   /* aborted by this recovery */
            g->frames = f;
            g->fault = false;
            longjmp(f->jb, 1);
        }
    }
}

void *gort_defer_begin(void *thunk_frame) {
    void *prev = gort_g.defer_frame;
    gort_g.defer_frame = thunk_frame;
    return prev;
}

void gort_defer_end(void *prev) { gort_g.defer_frame = prev; }

static gort_iface recover_if(bool direct) {
    gort_goroutine *g = &gort_g;
    panic_rec *p = g->panics;
    if (!p || p->recovered || g->defer_depth == 0 || !direct)
        return (gort_iface){NULL, NULL};
    p->recovered = true;
    return p->val;
}

gort_iface gort_recover_at(void *caller_frame) { return recover_if(caller_frame == gort_g.defer_frame); }

gort_iface gort_recover(void) { return recover_if(true); }

gort_iface gort_recover_deferred(void) {
    gort_goroutine *g = &gort_g;
    return recover_if(g->leaving && g->leaving->caller && g->leaving->caller == g->defer_frame);
}

void gort_frame_enter(gort_frame *f) {
    gort_goroutine *g = &gort_g;
    f->defers = NULL;
    f->caller = NULL;
    f->up = g->frames;
    g->frames = f;
}

void gort_defer_push(gort_frame *f, gort_defer *link, gort_func *call) {
    gort_defer *d = link ? link : gm_alloc(sizeof *d);
    d->call = call;
    d->next = f->defers;
    f->defers = d;
}

void gort_frame_leave(gort_frame *f) {
    gort_goroutine *g = &gort_g;
    gort_frame *leaving = g->leaving;
    g->leaving = f;
    while (f->defers) {
        gort_defer *d = f->defers;
        f->defers = d->next;
        g->defer_depth++;
        ((void (*)(gort_func *))d->call->fn)(d->call);
        g->defer_depth--;
    }
    g->leaving = leaving;
    g->frames = f->up;
}

/* ---- run-time errors ----------------------------------------------------- */

/* A run-time error value: a boxed gm_string whose type has Error and
 * RuntimeError methods (so it is a runtime.Error). */
static gm_string rt_error_Error(void *data) { return *(gm_string *)data; }
static void rt_error_RuntimeError(void *data) { (void)data; }
static const gort_method rt_error_methods[] = {
    {"Error", (void *)rt_error_Error},
    {"RuntimeError", (void *)rt_error_RuntimeError},
};
static const uint8_t rt_error_mask[] = {1};
#define RT_ERROR_TYPE(var, nm)                                                                   \
    static const gort_type var = {                                                               \
        {sizeof(gm_string), 8, 8, rt_error_mask, nm, GM_KIND_STRING, NULL, NULL, 0, NULL, NULL}, \
        NULL, NULL, NULL, 0, rt_error_methods, 2, true}
RT_ERROR_TYPE(rt_plain_error, "runtime.plainError");
RT_ERROR_TYPE(rt_error_string, "runtime.errorString");
RT_ERROR_TYPE(rt_bounds_error, "runtime.boundsError");
RT_ERROR_TYPE(rt_assert_error, "*runtime.TypeAssertionError");

static _Noreturn void panic_error(const gort_type *t, const char *msg) {
    gm_string *s = gm_alloc_typed(&gort_type_string.gm, 1);
    *s = gm_string_from_cstr(msg);
    gort_panic((gort_iface){t, s});
}

_Noreturn void gort_panic_runtime(const char *msg) {
    const gort_type *t = &rt_plain_error;
    if (strncmp(msg, "runtime error: ", 15) == 0)
        t = strstr(msg, "out of range") ? &rt_bounds_error : &rt_error_string;
    else if (strncmp(msg, "interface conversion: ", 22) == 0)
        t = &rt_assert_error;
    panic_error(t, msg);
}

_Noreturn void gort_panic_nil(void) {
    gort_g.fault = true;
    gort_panic_runtime("runtime error: invalid memory address or nil pointer dereference");
}

_Noreturn void gort_panic_divide(void) { gort_panic_runtime("runtime error: integer divide by zero"); }

_Noreturn void gort_panic_string(const char *msg) { panic_error(&rt_plain_error, msg); }

/* libgomem's gm_panic (index out of range, nil map write, closed channel...)
 * becomes a recoverable Go panic. */
static void panic_hook(const char *message) { gort_panic_runtime(message); }

void gort_install_panic_hook(void) { gm_set_panic_hook(panic_hook); }
