/* record.c: the allocation recorder of tools/alloc-sites.sh (issue 6: what
 * -m says must be what happens).  Linked into a gomem-built program with
 * -Wl,--wrap=gm_alloc (and gm_alloc_noscan, gm_alloc_typed: every heap
 * allocation of libgomem, golib and the generated code goes through them), it
 * notes the call stack of every heap allocation the program makes and
 * appends each distinct one to the file named by $GOMEM_ALLOC_SITES_OUT as
 *     small|big ADDR ADDR ...
 * (return addresses minus one, innermost first, the wrapper's own frame left
 * out; "small" when the allocation was at most 32 bytes, the size of Go's
 * stack buffers for non-escaping strings).  The script maps the addresses to
 * Go lines with addr2line.
 *
 * Invariants: each distinct (stack, small|big) is written once, at once
 * (with write(2), so that no exit path loses it); an allocation made inside
 * another wrapped allocation is not recorded twice; at most MAX_STACKS
 * distinct stacks are kept, after which one "overflow" line is written and
 * the script fails rather than pass on partial data; thread-safe (goroutines
 * run on several threads) through one spin lock.
 */
#define _GNU_SOURCE
#include <execinfo.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gomem.h"

void *__real_gm_alloc(size_t size);
void *__real_gm_alloc_noscan(size_t size);
void *__real_gm_alloc_typed(const gm_type *t, size_t count);

enum { MAX_FRAMES = 16, MAX_STACKS = 1 << 17, SMALL_BYTES = 32 };

static uint64_t seen[MAX_STACKS];   /* hashes of the stacks written; 0 = free */
static int nseen;
static atomic_flag lock = ATOMIC_FLAG_INIT;
static int out_fd = -2;             /* -2: not opened yet, -1: no output */
static _Thread_local int depth;     /* wrapped allocations in progress */

static uint64_t hash_stack(void **frames, int n, bool small) {
    uint64_t h = 1469598103934665603ull ^ (uint64_t)small;
    for (int i = 0; i < n; i++)
        h = (h ^ (uint64_t)(uintptr_t)frames[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* Inserts h; false when it was already there or the table is full. */
static bool first_time(uint64_t h, bool *overflow) {
    if (nseen >= MAX_STACKS / 2) {
        *overflow = true;
        return false;
    }
    for (size_t i = h % MAX_STACKS;; i = (i + 1) % MAX_STACKS) {
        if (seen[i] == h)
            return false;
        if (seen[i] == 0) {
            seen[i] = h;
            nseen++;
            return true;
        }
    }
}

static void write_line(bool small, void **frames, int n) {
    if (out_fd == -2) {
        const char *path = getenv("GOMEM_ALLOC_SITES_OUT");
        out_fd = path ? open(path, O_WRONLY | O_CREAT | O_APPEND, 0644) : -1;
    }
    if (out_fd < 0)
        return;
    char line[MAX_FRAMES * 20 + 16];
    int len = snprintf(line, sizeof line, "%s", small ? "small" : "big");
    for (int i = 0; i < n; i++)   /* a return address minus one: the call */
        len += snprintf(line + len, sizeof line - (size_t)len, " %#lx", (unsigned long)(uintptr_t)frames[i] - 1);
    line[len++] = '\n';
    if (write(out_fd, line, (size_t)len) < 0)
        out_fd = -1;
}

static void record(size_t bytes) {
    void *frames[MAX_FRAMES + 1];
    int n = backtrace(frames, MAX_FRAMES + 1) - 1;   /* without record's own frame */
    bool small = bytes <= SMALL_BYTES, overflow = false;
    uint64_t h = hash_stack(frames + 1, n, small);
    while (atomic_flag_test_and_set_explicit(&lock, memory_order_acquire))
        ;
    if (first_time(h, &overflow))
        write_line(small, frames + 1, n);
    else if (overflow && nseen == MAX_STACKS / 2) {
        nseen++;   /* report the overflow once */
        if (out_fd >= 0 && write(out_fd, "overflow\n", 9) < 0)
            out_fd = -1;
    }
    atomic_flag_clear_explicit(&lock, memory_order_release);
}

/* backtrace() loads the unwinder on first use: do it before main, not in
 * the middle of an allocation. */
__attribute__((constructor)) static void warm_up(void) {
    void *frames[2];
    backtrace(frames, 2);
}

/* Zero bytes come from one shared zero-size object, not from the heap. */
#define WRAP_BEGIN(bytes)              \
    if (depth++ == 0 && (bytes) != 0) \
        record(bytes);
#define WRAP_END(call)   \
    void *p = call;      \
    depth--;             \
    return p;

void *__wrap_gm_alloc(size_t size) {
    WRAP_BEGIN(size)
    WRAP_END(__real_gm_alloc(size))
}

void *__wrap_gm_alloc_noscan(size_t size) {
    WRAP_BEGIN(size)
    WRAP_END(__real_gm_alloc_noscan(size))
}

void *__wrap_gm_alloc_typed(const gm_type *t, size_t count) {
    WRAP_BEGIN(t ? t->size * count : 1)
    WRAP_END(__real_gm_alloc_typed(t, count))
}
