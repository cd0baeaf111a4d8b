/*
 * barrier.c — the write barrier behind gm_store, and barriered copies.
 *
 * gm_store (gomem.h) tests gm_writebarrier_enabled_ inline and comes here
 * only while the collector marks concurrently.  In the stop-the-world
 * collector the flag is never set: marking runs with every thread stopped,
 * so no store can hide an object from it, and the slow path is a plain
 * store.  gm_typedmemmove copies values that may hold pointers; it is the
 * one place the barrier for bulk copies will go.
 */
#include "runtime.h"
#include <string.h>

volatile int gm_writebarrier_enabled_;

void gm_writebarrier_slow_(void **slot, void *value) {
    *slot = value;
}

void gm_typedmemmove(const gm_type *t, void *dst, const void *src, size_t count) {
    if (t == NULL || count == 0 || dst == src) return;
    memmove(dst, src, t->size * count);
}
