/*
 * chan_ops.c — channels and select: buffered and unbuffered transfer
 * between threads, close wake-ups, nil channels, select (readiness,
 * default, blocking, uniform choice checked statistically), the panics and
 * the deadlock report, each checked in a child process.
 */
#include "make_check.h"

#include <pthread.h>

static void test_buffered(void) {
    gm_chan *c = gm_make_chan(&gm_type_int, 3);
    CHECK_EQ(gm_chan_cap(c), 3);
    CHECK_EQ(gm_chan_len(c), 0);
    for (intptr_t i = 1; i <= 3; i++) gm_chan_send(c, &i);
    CHECK_EQ(gm_chan_len(c), 3);
    intptr_t four = 4;
    CHECK(!gm_chan_try_send(c, &four));     /* full */
    intptr_t v;
    CHECK(gm_chan_recv(c, &v));
    CHECK_EQ(v, 1);
    CHECK(gm_chan_try_send(c, &four));
    for (intptr_t want = 2; want <= 4; want++) {
        CHECK(gm_chan_recv(c, &v));
        CHECK_EQ(v, want);
    }
    bool ok = true;
    CHECK(!gm_chan_try_recv(c, &v, &ok));   /* empty */
    gm_chan_send(c, &four);
    gm_chan_close(c);
    CHECK(gm_chan_recv(c, &v));             /* drains first */
    CHECK_EQ(v, 4);
    v = 99;
    CHECK(!gm_chan_recv(c, &v));            /* then zero, false */
    CHECK_EQ(v, 0);
    CHECK(gm_chan_try_recv(c, &v, &ok));
    CHECK(!ok);
    CHECK(!gm_chan_recv(c, NULL));
    /* nil channel */
    CHECK_EQ(gm_chan_len(NULL), 0);
    CHECK_EQ(gm_chan_cap(NULL), 0);
    CHECK(!gm_chan_try_send(NULL, &v));
    CHECK(!gm_chan_try_recv(NULL, &v, &ok));
    /* strings through a channel */
    gm_chan *sc = gm_make_chan(&gm_type_string, 1);
    gm_string s = gm_string_from_cstr("through"), r = {0};
    gm_chan_send(sc, &s);
    CHECK(gm_chan_recv(sc, &r));
    CHECK_STR(r, "through");
}

/* ---- producers and consumers ---- */

typedef struct {
    gm_chan *work, *done;
    int id, n;
} pc_arg;

static void producer(void *p) {
    pc_arg *a = p;
    for (intptr_t i = 0; i < a->n; i++) {
        intptr_t v = (intptr_t)a->id * 1000000 + i;
        gm_chan_send(a->work, &v);
    }
    intptr_t one = 1;
    gm_chan_send(a->done, &one);
}

static void consumer(void *p) {
    pc_arg *a = p;
    intptr_t v, sum = 0, count = 0;
    while (gm_chan_recv(a->work, &v)) {
        sum += v;
        count++;
    }
    intptr_t res[2] = {sum, count};
    gm_chan_send(a->done, res);
}

static void test_producer_consumer(intptr_t cap) {
    enum { P = 3, C = 3, N = 20000 };
    const gm_type *pair = gm_type_array(&gm_type_int, 2);
    gm_chan *work = gm_make_chan(&gm_type_int, cap);
    gm_chan *pdone = gm_make_chan(&gm_type_int, 0);
    gm_chan *cdone = gm_make_chan(pair, 0);
    static pc_arg pa[P], ca[C];
    for (int i = 0; i < C; i++) {
        ca[i] = (pc_arg){work, cdone, i, N};
        CHECK_EQ(gm_go(consumer, &ca[i]), 0);
    }
    for (int i = 0; i < P; i++) {
        pa[i] = (pc_arg){work, pdone, i, N};
        CHECK_EQ(gm_go(producer, &pa[i]), 0);
    }
    intptr_t x;
    for (int i = 0; i < P; i++) CHECK(gm_chan_recv(pdone, &x));
    gm_chan_close(work);                    /* wakes every consumer */
    intptr_t sum = 0, count = 0, res[2];
    for (int i = 0; i < C; i++) {
        CHECK(gm_chan_recv(cdone, res));
        sum += res[0];
        count += res[1];
    }
    intptr_t want = 0;
    for (intptr_t p = 0; p < P; p++) want += p * 1000000 * N + (intptr_t)N * (N - 1) / 2;
    CHECK_EQ(count, P * N);
    CHECK_EQ(sum, want);
}

/* ---- close wakes blocked receivers ---- */

static void blocked_receiver(void *p) {
    pc_arg *a = p;
    intptr_t v = 5;
    bool got = gm_chan_recv(a->work, &v);
    intptr_t res = got ? -1 : v;            /* expect false and zero */
    gm_chan_send(a->done, &res);
}

static void test_close_wakes(void) {
    enum { R = 4 };
    gm_chan *c = gm_make_chan(&gm_type_int, 0);
    gm_chan *done = gm_make_chan(&gm_type_int, R);
    static pc_arg args[R];
    for (int i = 0; i < R; i++) {
        args[i] = (pc_arg){c, done, i, 0};
        gm_go(blocked_receiver, &args[i]);
    }
    usleep(20000);
    gm_chan_close(c);
    for (int i = 0; i < R; i++) {
        intptr_t r;
        CHECK(gm_chan_recv(done, &r));
        CHECK_EQ(r, 0);
    }
}

/* ---- select ---- */

static void delayed_send(void *p) {
    pc_arg *a = p;
    usleep(10000);
    intptr_t v = 42;
    gm_chan_send(a->work, &v);
}

static void test_select(void) {
    gm_chan *a = gm_make_chan(&gm_type_int, 1), *b = gm_make_chan(&gm_type_int, 1);
    intptr_t va = 0, vb = 0, one = 1;
    gm_select_case cs[3] = {{a, GM_SELECT_RECV, &va, false},
                            {b, GM_SELECT_RECV, &vb, false},
                            {NULL, GM_SELECT_RECV, NULL, false}};
    CHECK_EQ(gm_select(cs, 3, true), -1);           /* nothing ready: default */
    gm_chan_send(b, &one);
    CHECK_EQ(gm_select(cs, 3, false), 1);
    CHECK_EQ(vb, 1);
    CHECK(cs[1].ok);
    /* a send case */
    gm_select_case snd[2] = {{a, GM_SELECT_SEND, &one, false},
                             {NULL, GM_SELECT_SEND, &one, false}};
    CHECK_EQ(gm_select(snd, 2, false), 0);
    CHECK_EQ(gm_select(snd, 2, true), -1);          /* a is full now */
    CHECK(gm_chan_recv(a, &va));
    /* fairness: both always ready; each should win about half the time */
    int wins[2] = {0, 0};
    enum { ROUNDS = 20000 };
    for (int i = 0; i < ROUNDS; i++) {
        gm_chan_send(a, &one);
        gm_chan_send(b, &one);
        int k = gm_select(cs, 2, false);
        CHECK(k == 0 || k == 1);
        wins[k]++;
        intptr_t drain;
        CHECK(gm_chan_recv(k == 0 ? b : a, &drain));
    }
    /* binomial(20000, 1/2): sd ~ 71; allow 10 sd */
    CHECK_MSG(wins[0] > ROUNDS / 2 - 710 && wins[0] < ROUNDS / 2 + 710, "%d vs %d",
              wins[0], wins[1]);
    /* three-way fairness with a closed channel among them */
    gm_chan *cl = gm_make_chan(&gm_type_int, 0);
    gm_chan_close(cl);
    gm_select_case three[3] = {{a, GM_SELECT_RECV, &va, false},
                               {b, GM_SELECT_RECV, &vb, false},
                               {cl, GM_SELECT_RECV, &va, true}};
    int w3[3] = {0, 0, 0};
    for (int i = 0; i < 3000; i++) {
        if (gm_chan_len(a) == 0) gm_chan_send(a, &one);
        if (gm_chan_len(b) == 0) gm_chan_send(b, &one);
        int k = gm_select(three, 3, false);
        w3[k]++;
        if (k == 2) CHECK(!three[2].ok);
    }
    for (int k = 0; k < 3; k++) CHECK_MSG(w3[k] > 700 && w3[k] < 1300, "case %d won %d", k, w3[k]);
    /* blocking select woken by another thread's send */
    gm_chan *u = gm_make_chan(&gm_type_int, 0), *never = gm_make_chan(&gm_type_int, 0);
    static pc_arg arg;
    arg = (pc_arg){u, NULL, 0, 0};
    gm_go(delayed_send, &arg);
    intptr_t got = 0, nv = 0;
    gm_select_case blk[3] = {{never, GM_SELECT_RECV, &nv, false},
                             {u, GM_SELECT_RECV, &got, false},
                             {never, GM_SELECT_SEND, &one, false}};
    CHECK_EQ(gm_select(blk, 3, false), 1);
    CHECK_EQ(got, 42);
    CHECK(blk[1].ok);
    /* a blocked select is woken by close: ok false, value zeroed */
    gm_chan *z = gm_make_chan(&gm_type_int, 0);
    got = 7;
    gm_select_case zc[1] = {{z, GM_SELECT_RECV, &got, true}};
    CHECK_EQ(gm_select(zc, 1, true), -1);
    gm_chan_close(z);
    CHECK_EQ(gm_select(zc, 1, false), 0);
    CHECK(!zc[0].ok);
    CHECK_EQ(got, 0);
}

/* A select with more cases than fit its on-stack buffers. */
static void test_wide_select(void) {
    enum { N = 40 };
    gm_chan *cs[N];
    gm_select_case cases[N];
    intptr_t vals[N];
    for (int i = 0; i < N; i++) {
        cs[i] = gm_make_chan(&gm_type_int, 1);
        cases[i] = (gm_select_case){cs[i], GM_SELECT_RECV, &vals[i], false};
    }
    CHECK_EQ(gm_select(cases, N, true), -1);
    intptr_t v = 33;
    gm_chan_send(cs[29], &v);
    CHECK_EQ(gm_select(cases, N, false), 29);
    CHECK_EQ(vals[29], 33);
    /* blocking, woken by a send on the last channel */
    static pc_arg arg;
    arg = (pc_arg){cs[N - 1], NULL, 0, 0};
    gm_go(delayed_send, &arg);
    CHECK_EQ(gm_select(cases, N, false), N - 1);
    CHECK_EQ(vals[N - 1], 42);
}

/* Unbuffered ping-pong between two threads, with selects on both sides. */
static void ponger(void *p) {
    pc_arg *a = p;
    intptr_t v;
    for (;;) {
        gm_select_case cs[1] = {{a->work, GM_SELECT_RECV, &v, false}};
        gm_select(cs, 1, false);
        if (!cs[0].ok) break;
        v++;
        gm_chan_send(a->done, &v);
    }
}

static void test_ping_pong(void) {
    gm_chan *ping = gm_make_chan(&gm_type_int, 0), *pong = gm_make_chan(&gm_type_int, 0);
    static pc_arg arg;
    arg = (pc_arg){ping, pong, 0, 0};
    gm_go(ponger, &arg);
    intptr_t v = 0;
    for (int i = 0; i < 5000; i++) {
        gm_chan_send(ping, &v);
        CHECK(gm_chan_recv(pong, &v));
    }
    CHECK_EQ(v, 5000);
    gm_chan_close(ping);
}

/* ---- children: panics and deadlocks ---- */

static void exit_soon(void *p) {
    (void)p;
    usleep(50000);
}

static void send_to(void *p) {
    gm_chan_send((gm_chan *)p, &(intptr_t){1});
}

static int child(const char *mode) {
    gm_init();
    gm_chan *c = gm_make_chan(&gm_type_int, 0);
    intptr_t v = 1;
    volatile intptr_t neg = -1;
    if (!strcmp(mode, "send_closed")) {
        gm_chan_close(c);
        gm_chan_send(c, &v);
    }
    if (!strcmp(mode, "send_closed_blocked")) {
        gm_go(send_to, c);
        usleep(30000);
        gm_chan_close(c);              /* the blocked sender panics */
        usleep(2000000);
    }
    if (!strcmp(mode, "select_send_closed")) {
        gm_chan_close(c);
        gm_select_case cs[1] = {{c, GM_SELECT_SEND, &v, false}};
        gm_select(cs, 1, false);
    }
    if (!strcmp(mode, "close_closed")) {
        gm_chan_close(c);
        gm_chan_close(c);
    }
    if (!strcmp(mode, "close_nil")) gm_chan_close(NULL);
    if (!strcmp(mode, "makechan")) gm_make_chan(&gm_type_int, neg);
    if (!strcmp(mode, "dead_recv")) gm_chan_recv(c, &v);
    if (!strcmp(mode, "dead_send")) gm_chan_send(c, &v);
    if (!strcmp(mode, "dead_nil_recv")) gm_chan_recv(NULL, &v);
    if (!strcmp(mode, "dead_nil_send")) gm_chan_send(NULL, &v);
    if (!strcmp(mode, "dead_select")) {
        gm_select_case cs[2] = {{c, GM_SELECT_RECV, &v, false}, {NULL, GM_SELECT_SEND, &v, false}};
        gm_select(cs, 2, false);
    }
    if (!strcmp(mode, "dead_select_empty")) gm_select(NULL, 0, false);
    if (!strcmp(mode, "dead_after_exit")) {
        gm_go(exit_soon, NULL);        /* it could send, but exits instead */
        gm_chan_recv(c, &v);
    }
    if (!strcmp(mode, "dead_two")) {
        gm_go(send_to, gm_make_chan(&gm_type_int, 0));   /* blocks forever too */
        gm_chan_recv(c, &v);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) return child(argv[1]);
    check_set_name(argv[0]);
    watchdog(50);
    gm_init();
    test_buffered();
    test_producer_consumer(0);
    test_producer_consumer(64);
    test_close_wakes();
    test_select();
    test_wide_select();
    test_ping_pong();
    EXPECT_PANIC("send_closed", "send on closed channel");
    EXPECT_PANIC("send_closed_blocked", "send on closed channel");
    EXPECT_PANIC("select_send_closed", "send on closed channel");
    EXPECT_PANIC("close_closed", "close of closed channel");
    EXPECT_PANIC("close_nil", "close of nil channel");
    EXPECT_PANIC("makechan", "makechan: size out of range");
    const char *dl = "fatal error: all goroutines are asleep - deadlock!\n\n";
    EXPECT_CHILD("dead_recv", 2, dl);
    EXPECT_CHILD("dead_recv", 2, "\n\ngoroutine 1 [chan receive]:\n");
    EXPECT_CHILD("dead_send", 2, "goroutine 1 [chan send]:\n");
    EXPECT_CHILD("dead_nil_recv", 2, "goroutine 1 [chan receive (nil chan)]:\n");
    EXPECT_CHILD("dead_nil_send", 2, "goroutine 1 [chan send (nil chan)]:\n");
    EXPECT_CHILD("dead_select", 2, "goroutine 1 [select]:\n");
    EXPECT_CHILD("dead_select_empty", 2, "goroutine 1 [select (no cases)]:\n");
    EXPECT_CHILD("dead_after_exit", 2, dl);
    EXPECT_CHILD("dead_two", 2, dl);
    return check_done();
}
