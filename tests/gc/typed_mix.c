/*
 * typed_mix.c — precise scanning when a size class holds objects of one
 * type (the span keeps one pointer mask: TYPEMODE_UNIFORM) and when types
 * mix in it (heap bits per object: TYPEMODE_MIXED), under concurrent
 * marking and cycles triggered by allocation.
 *
 * THREADS threads each keep a ring of lists whose links live only in the
 * pointer words of typed objects: two 32-byte struct types with their
 * pointer at different words, and arrays of 3 of them (count > 1).  One
 * thread allocates only type A (its spans stay uniform), the others
 * interleave A, B and arrays (their spans turn mixed).  Every node carries
 * a checksum, checked on every walk.  Precision: each node also stores, in
 * a word that is NOT a pointer, the address of a "bait" object with a
 * finalizer; the baits must still be collected (a scan that used the wrong
 * mask would keep them).  Lists also move through the stack while their
 * heap slot is cleared with gm_typedmemclr (its deletion barrier).  Meant to run under GODEBUG=gccheckmark=1 too.
 */
#include "gc_test.h"

#define MIN_WORK_CYCLES 8

typedef struct node_a {          /* pointers at words 0 and 3 */
    struct node_a *next;
    uintptr_t bait;              /* an address stored as an integer */
    uint64_t check;
    void *payload;               /* points to a node_b or NULL */
} node_a;

typedef struct node_b {          /* one pointer, at word 1 */
    uint64_t id;
    struct node_b *peer;
    uintptr_t bait;
    uint64_t check;
} node_b;

static const uint8_t mask_a[] = {0x9};   /* words 0 and 3 */
static const uint8_t mask_b[] = {0x2};   /* word 1 */
static const gm_type type_a = {.size = sizeof(node_a), .align = 8, .ptrdata = 32,
                               .ptrmask = mask_a, .name = "node_a", .kind = GM_KIND_STRUCT};
static const gm_type type_b = {.size = sizeof(node_b), .align = 8, .ptrdata = 16,
                               .ptrmask = mask_b, .name = "node_b", .kind = GM_KIND_STRUCT};

enum { LISTS = 64, LEN = 40 };
static atomic_long baits_made, baits_freed;
static atomic_int finished;
static node_a **all_lists[64];   /* a root: the lists outlive their threads */
static atomic_bool stop_work;   /* set by main once the work has seen enough cycles */

static void bait_finalizer(void *obj) {
    (void)obj;
    atomic_fetch_add(&baits_freed, 1);
}

static uintptr_t new_bait(void) {
    void *b = gm_alloc_noscan(48);
    gm_set_finalizer(b, bait_finalizer);
    atomic_fetch_add(&baits_made, 1);
    return (uintptr_t)b;
}

static uint64_t sum_a(const node_a *n, uint64_t id) { return id * 0x9E3779B97F4A7C15ull ^ (uintptr_t)n->next; }
static uint64_t sum_b(const node_b *n) { return n->id * 0xC2B2AE3D27D4EB4Full ^ (uintptr_t)n->peer; }

/* A list of LEN nodes; mixed: some nodes are the middle element of an
 * array of 3 and carry a node_b payload. */
static node_a *build(uint64_t *seed, bool mixed) {
    node_a *head = NULL;
    for (int i = 0; i < LEN; i++) {
        node_a *n;
        if (mixed && gc_test_rand(seed) % 3 == 0) {
            node_a *arr = gm_alloc_typed(&type_a, 3);
            n = &arr[1];                          /* interior pointer keeps the array */
        } else {
            n = gm_alloc_typed(&type_a, 1);
        }
        gm_store((void **)&n->next, head);
        n->bait = (i % 8 == 0) ? new_bait() : 0;
        if (mixed && gc_test_rand(seed) % 2) {
            node_b *b = gm_alloc_typed(&type_b, 1);
            b->id = (uint64_t)i;
            node_b *peer = gm_alloc_typed(&type_b, 1);
            peer->id = (uint64_t)i + 1000;
            peer->check = sum_b(peer);
            gm_store((void **)&b->peer, peer);
            b->bait = new_bait();
            b->check = sum_b(b);
            gm_store(&n->payload, b);
        }
        n->check = sum_a(n, (uint64_t)i);
        head = n;
    }
    return head;
}

static void verify(const node_a *head) {
    int i = LEN - 1, len = 0;
    for (const node_a *n = head; n; n = n->next, i--, len++) {
        CHECK(n->check == sum_a(n, (uint64_t)i), "node_a %p (index %d) corrupted", (const void *)n, i);
        const node_b *b = n->payload;
        if (b) {
            CHECK(b->check == sum_b(b), "node_b %p corrupted", (const void *)b);
            CHECK(b->peer && b->peer->id == b->id + 1000 && b->peer->check == sum_b(b->peer),
                  "node_b %p lost its peer", (const void *)b);
        }
    }
    CHECK(len == LEN, "list has %d nodes, expected %d", len, LEN);
}

static void worker(void *arg) {
    uintptr_t me = (uintptr_t)arg;   /* < 64 */
    bool mixed = me != 0;              /* thread 0 keeps uniform spans */
    uint64_t seed = 0x2545F4914F6CDD1Dull * (me + 1);
    node_a **lists = gm_alloc_typed(&gm_type_pointer, LISTS);
    all_lists[me] = lists;
    for (int i = 0; i < LISTS; i++) gm_store((void **)&lists[i], build(&seed, mixed));
    long rounds = 0;
    while (!atomic_load(&stop_work)) {
        int k = (int)(gc_test_rand(&seed) % LISTS);
        verify(lists[k]);
        if (rounds % 4 == 0) {
            /* Move a list from the heap to this (possibly already scanned)
             * stack, clear its heap slot with gm_typedmemclr, allocate (so
             * marking moves on), then put it back: the deletion barrier in
             * gm_typedmemclr must have shaded it. */
            node_a *saved = lists[k];
            gm_typedmemclr(&gm_type_pointer, &lists[k], 1);
            CHECK(lists[k] == NULL, "gm_typedmemclr did not clear");
            for (int g = 0; g < 64; g++) (void)gm_alloc_typed(&type_a, 1);
            gm_store((void **)&lists[k], saved);
            verify(lists[k]);
        }
        gm_store((void **)&lists[k], build(&seed, mixed));   /* the old list is garbage */
        for (int g = 0; g < 16; g++)    /* garbage; of type A only where spans stay uniform */
            (void)gm_alloc_typed(mixed && g % 2 ? &type_b : &type_a, mixed ? 1 + g % 3 : 1);
        rounds++;
    }
    for (int i = 0; i < LISTS; i++) verify(lists[i]);
    CHECK(rounds > 0, "thread %lu did no work", (unsigned long)me);
    atomic_fetch_add(&finished, 1);
}

static void sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

int main(void) {
    gm_init();
    int threads = (int)gc_test_env("THREADS", 4);
    if (threads > 64) threads = 64;
    gm_memstats before;
    gm_read_memstats(&before);
    for (int i = 0; i < threads; i++)
        CHECK(gm_go(worker, (void *)(uintptr_t)i) == 0, "gm_go failed");
    /* A TSAN build on 2 busy cores saw 9 cycles in all in 15 s. */
    uint32_t work_cycles = gc_test_work_until_cycles(
        &stop_work, (double)gc_test_env("SECONDS", 5), before.num_gc, MIN_WORK_CYCLES);
    while (atomic_load(&finished) < threads) sleep_ms(10);
    /* Finalizers run on their own thread after the cycle that found the
     * object dead (and the object goes one cycle later): give them time. */
    long freed_before = -1;
    for (int i = 0; i < 50 && atomic_load(&baits_freed) != freed_before; i++) {
        freed_before = atomic_load(&baits_freed);
        gm_gc();
        gm_gc();
        sleep_ms(20);
    }
    gm_memstats after;
    gm_read_memstats(&after);
    long made = atomic_load(&baits_made), freed = atomic_load(&baits_freed);
    printf("typed_mix: %u cycles, %ld baits made, %ld collected\n", after.num_gc - before.num_gc,
           made, freed);
    CHECK(work_cycles >= MIN_WORK_CYCLES, "only %u cycles ran while the threads worked", work_cycles);
    for (int t = 0; t < threads; t++)
        for (int i = 0; i < LISTS; i++) verify(all_lists[t][i]);
    /* The lists are still reachable (all_lists), but every bait is referred
     * to only by integer words of typed objects: all must be collected but
     * for the odd stale word on a conservatively scanned stack. */
    CHECK(made - freed <= 64, "%ld of %ld baits survive: integer words kept them alive",
          made - freed, made);
    return 0;
}
