/*
 * chan_gc.c — channels across collections: pointers to fresh objects pass
 * through buffered and unbuffered channels and selects between threads
 * while another thread collects in a loop; every object arrives intact.
 * A thread blocked in a receive does not delay collections.  Also
 * registered with GODEBUG=gccheckmark=1.
 */
#include "make_check.h"

#include <stdatomic.h>

#define PAYLOAD 40

typedef struct {
    gm_chan *a, *b, *done;
    int n, id;
} arg_t;

static void producer(void *p) {
    arg_t *x = p;
    for (int i = 0; i < x->n; i++) {
        uint64_t seed = (uint64_t)x->id << 32 | (uint64_t)i;
        uint64_t *obj = gm_alloc_noscan(PAYLOAD);
        obj[0] = seed;
        fill_pattern(obj + 1, PAYLOAD - 8, seed);
        if (i % 2) {
            gm_chan_send(x->a, &obj);
        } else {
            gm_select_case cs[2] = {{x->a, GM_SELECT_SEND, &obj, false},
                                    {x->b, GM_SELECT_SEND, &obj, false}};
            gm_select(cs, 2, false);
        }
    }
    gm_chan_send(x->done, &(intptr_t){0});
}

static _Atomic int stop_gc;

static void collector(void *p) {
    arg_t *x = p;
    int n = 0;
    while (!atomic_load(&stop_gc)) {
        gm_gc();
        n++;
        usleep(1000);
    }
    gm_chan_send(x->done, &(intptr_t){n});
}

static void check_obj(uint64_t *obj) {
    if (!pattern_ok(obj + 1, PAYLOAD - 8, obj[0]))
        CHECK_MSG(0, "object %#jx corrupted", (uintmax_t)obj[0]);
}

static void test_transfer(void) {
    enum { P = 2, N = 20000 };
    const gm_type *pt = gm_type_pointer_to(&gm_type_uint64);
    gm_chan *a = gm_make_chan(pt, 16), *b = gm_make_chan(pt, 0);
    gm_chan *done = gm_make_chan(&gm_type_int, P + 1);
    static arg_t args[P], cargs;
    cargs = (arg_t){.done = done};
    gm_go(collector, &cargs);
    for (int i = 0; i < P; i++) {
        args[i] = (arg_t){a, b, done, N, i};
        gm_go(producer, &args[i]);
    }
    int got = 0;
    while (got < P * N) {
        uint64_t *obj = NULL;
        gm_select_case cs[2] = {{a, GM_SELECT_RECV, &obj, false}, {b, GM_SELECT_RECV, &obj, false}};
        int k = gm_select(cs, 2, false);
        CHECK(cs[k].ok);
        check_obj(obj);
        got++;
    }
    intptr_t v;
    for (int i = 0; i < P; i++) CHECK(gm_chan_recv(done, &v));
    atomic_store(&stop_gc, 1);
    CHECK(gm_chan_recv(done, &v));
    CHECK_GT(v, 0);
}

/* ---- a blocked receiver never delays a collection ---- */

static void gc_then_send(void *p) {
    arg_t *x = p;
    gm_memstats before, after;
    gm_read_memstats(&before);
    for (int i = 0; i < 10; i++) gm_gc();
    gm_read_memstats(&after);
    intptr_t cycles = (intptr_t)(after.num_gc - before.num_gc);
    gm_chan_send(x->a, &cycles);
}

static void test_blocked_receiver(void) {
    static arg_t x;
    x = (arg_t){.a = gm_make_chan(&gm_type_int, 0)};
    gm_go(gc_then_send, &x);
    intptr_t cycles = 0;
    int64_t t0 = mono_ns();
    CHECK(gm_chan_recv(x.a, &cycles));      /* parked during the 10 cycles */
    CHECK_GE(cycles, 10);
    CHECK_LT(mono_ns() - t0, (int64_t)20 * 1000000000);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    watchdog(100);
    gm_init();
    test_blocked_receiver();
    test_transfer();
    return check_done();
}
