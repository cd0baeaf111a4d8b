/*
 * seq_bench.c — append in a loop and unbuffered channel ping-pong between
 * two threads, on gomem; the same lines as bench/make/go.
 *
 * usage: seq_bench append N | pingpong N
 */
#include "gomem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Append is timed in process CPU time (robust on a shared machine, and it
 * includes the collector's threads); ping-pong, a latency, in wall time. */
static double clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}
static double cpu_now(void) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
static double now(void) { return clock_ns(CLOCK_MONOTONIC); }

static volatile intptr_t sink;

static void bench_append(long n) {
    long reps = 20000000 / n > 1 ? 20000000 / n : 1;
    double t0 = cpu_now();
    intptr_t total = 0;
    for (long r = 0; r < reps; r++) {
        gm_slice s = {0};
        for (intptr_t i = 0; i < n; i++)
            s = gm_append(&gm_type_int, s, &i, 1);
        total += s.len;
    }
    double el = cpu_now() - t0;
    sink = total;
    printf("gomem append %ld %.2f\n", n, el / ((double)n * (double)reps));
}

typedef struct { gm_chan *ping, *pong; } pp;

static void ponger(void *arg) {
    pp *p = arg;
    intptr_t v;
    while (gm_chan_recv(p->ping, &v)) {
        v++;
        gm_chan_send(p->pong, &v);
    }
}

static void bench_pingpong(long n) {
    static pp p;
    p.ping = gm_make_chan(&gm_type_int, 0);
    p.pong = gm_make_chan(&gm_type_int, 0);
    gm_go(ponger, &p);
    intptr_t v = 0;
    double t0 = now();
    for (long i = 0; i < n; i++) {
        gm_chan_send(p.ping, &v);
        gm_chan_recv(p.pong, &v);
    }
    double el = now() - t0;
    gm_chan_close(p.ping);
    if (v != n) exit(1);
    printf("gomem pingpong %ld %.1f\n", n, el / (double)n);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: seq_bench append N | pingpong N\n");
        return 2;
    }
    gm_init();
    long n = atol(argv[2]);
    if (!strcmp(argv[1], "append")) bench_append(n);
    else bench_pingpong(n);
    return 0;
}
