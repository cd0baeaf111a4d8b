/*
 * testapi.h — internal queries for the runtime's own tests (linked against
 * the static library).  Not part of the public API; may change.
 */
#ifndef GM_TESTAPI_H
#define GM_TESTAPI_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Is p inside an object the allocator considers allocated right now
 * (allocated and not yet swept away)?  Interior pointers count. */
bool gm_test_is_allocated(const void *p);

/* Base address and size (the size class's element size) of the object
 * containing p, or NULL / 0 if p is not in an allocated heap object. */
void *gm_test_object_base(const void *p);
size_t gm_test_object_size(const void *p);

/* Size class index for a request of n bytes (0 = large object). */
int gm_test_size_class(size_t n);

/* Run the heap verifier (span counts equal their bitmaps, ...); aborts with
 * a message on the first violation.  Returns the number of spans checked. */
size_t gm_test_verify_heap(void);

#endif
