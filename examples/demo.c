/*
 * demo.c — gomem in one screen: a C program that allocates far more than it
 * keeps and never frees anything.
 *
 * It keeps a long-lived table of 50,000 records while it builds and drops
 * millions of short-lived tree nodes, strings and buffers; the collector
 * reclaims the garbage (run it with GODEBUG=gctrace=1 to see each cycle in
 * Go's format).  At the end it prints the memory layout as the runtime sees
 * it and the statistics Go's runtime.ReadMemStats would give.
 */
#include <gomem.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

typedef struct node {
    struct node *left, *right;
    long value;
} node;

typedef struct record {
    char *name;              /* noscan bytes */
    struct record *next;
    long id;
} record;

static node *tree(int depth, long value) {
    node *n = gm_new(node);          /* zeroed, like Go's new(node) */
    n->value = value;
    if (depth > 0) {
        gm_store((void **)&n->left, tree(depth - 1, 2 * value));
        gm_store((void **)&n->right, tree(depth - 1, 2 * value + 1));
    }
    return n;
}

static long sum(const node *n) {
    return n->left ? n->value + sum(n->left) + sum(n->right) : n->value;
}

static record *table;                /* a global root: data/bss are scanned */

int main(void) {
    gm_init();
    for (long i = 0; i < 50000; i++) {
        record *r = gm_new(record);
        r->name = gm_alloc_noscan(24);
        snprintf(r->name, 24, "record-%ld", i);
        r->id = i;
        gm_store((void **)&r->next, table);
        table = r;
    }
    uint64_t allocated = 0;
    long check = 0;
    for (int round = 0; round < 40; round++) {
        node *t = tree(14, round);               /* 32,767 nodes of garbage */
        check += sum(t);
        char *buf = gm_alloc_noscan(1 << 20);    /* a 1 MiB buffer, dropped */
        memset(buf, round, 1 << 20);
        allocated += 32767 * sizeof(node) + (1 << 20);
    }
    long ids = 0;
    for (record *r = table; r; r = r->next) ids += r->id;

    gm_gc();
    gm_memstats ms;
    gm_read_memstats(&ms);
    printf("\nallocated about %" PRIu64 " MiB, kept %d records (id sum %ld, tree check %ld)\n",
           allocated >> 20, 50000, ids, check);
    printf("\n");
    gm_print_layout(stdout);
    printf("\nmemstats: heap_alloc=%" PRIu64 " KiB heap_inuse=%" PRIu64 " KiB heap_sys=%" PRIu64
           " KiB heap_released=%" PRIu64 " KiB\n          mallocs=%" PRIu64 " frees=%" PRIu64
           " num_gc=%u pause_total=%.3f ms next_gc=%" PRIu64 " KiB\n",
           ms.heap_alloc >> 10, ms.heap_inuse >> 10, ms.heap_sys >> 10, ms.heap_released >> 10,
           ms.mallocs, ms.frees, ms.num_gc, ms.pause_total_ns / 1e6, ms.next_gc >> 10);
    return ids == 50000L * 49999 / 2 ? 0 : 1;
}
