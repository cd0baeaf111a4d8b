/*
 * verify.c — the heap verifier (gm_test_verify_heap: span counts equal their
 * bitmaps, page → span map consistent, ...) passes on a heap shaped by many
 * allocations and collections: a random object graph of all kinds and sizes
 * whose shape changes between collections.  The verifier aborts on the
 * first violation; this test checks it ran over a plausible number of spans
 * and that the graph it left alone is intact.
 */
#include "testutil.h"

enum { SLOTS = 4096 };
typedef struct obj { struct obj *next; uint64_t id, sum; size_t size; } obj;
static obj *table[SLOTS];

static const uint8_t mask_obj[1] = {1};
static const gm_type obj_type = {
    .size = sizeof(obj), .align = 8, .ptrdata = 8, .ptrmask = mask_obj,
    .name = "main.obj", .kind = GM_KIND_STRUCT,
};

static obj *new_obj(rng_t *r, uint64_t id) {
    obj *o;
    size_t size;
    switch (rng_below(r, 4)) {
    case 0: size = sizeof(obj) + rng_below(r, 200); o = gm_alloc(size); break;
    case 1: size = sizeof(obj) + rng_below(r, 40000); o = gm_alloc(size); break;
    case 2: size = sizeof(obj) * (1 + rng_below(r, 5)); o = gm_alloc_typed(&obj_type, size / sizeof(obj)); break;
    default: size = sizeof(obj) + rng_below(r, 3000); o = gm_alloc(size); break;
    }
    o->id = id;
    o->size = size;
    o->sum = mix64(id ^ size);
    return o;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    rng_t r;
    rng_seed(&r, 2);
    size_t spans0 = gm_test_verify_heap();
    uint64_t next_id = 1;
    for (int round = 0; round < 40 * env_long("SCALE", 1); round++) {
        for (int i = 0; i < 3000; i++) {
            size_t k = rng_below(&r, SLOTS);
            obj *o = new_obj(&r, next_id++);
            if (rng_below(&r, 3) == 0 && table[k]) gm_store((void **)&o->next, table[k]);
            gm_store((void **)&table[k], o);
            (void)gm_alloc_noscan(rng_below(&r, 5000) + 1);   /* garbage */
        }
        collect();
        size_t spans = gm_test_verify_heap();
        CHECK_GT(spans, 0);
        for (size_t k = 0; k < SLOTS; k++)
            for (obj *o = table[k]; o; o = o->next)
                if (o->sum != mix64(o->id ^ o->size) || !gm_test_is_allocated(o))
                    CHECK_MSG(0, "round %d slot %zu: object %p id %llu damaged", round, k,
                              (void *)o, (unsigned long long)o->id);
        check_pass_();
        if (round % 10 == 9) {
            /* Drop half the table: spans empty out and go back. */
            for (size_t k = 0; k < SLOTS; k += 2) table[k] = NULL;
        }
    }
    size_t spans_full = gm_test_verify_heap();
    CHECK_GT(spans_full, spans0);
    memset(table + 1, 0, sizeof table - sizeof table[0]);
    gm_store((void **)&table[0], gm_alloc(100));
    collect();
    collect();
    size_t spans_after = gm_test_verify_heap();
    CHECK_GE(spans_after, 1);          /* table[0] is still live */
    CHECK_LT(spans_after, spans_full); /* the rest went back */
    printf("spans: %zu at start, %zu with the graph\n", spans0, spans_full);
    return check_done();
}
