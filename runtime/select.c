/*
 * select.c — Go's select statement over gm_chan.
 *
 * Owns: gm_select.
 * Technique (as Go's selectgo): lock every channel involved in address
 * order (each once); visit the cases in a fresh random permutation and
 * take the first that can proceed, so the choice is uniform among the
 * ready cases; else return -1 if there is a default; else queue one
 * waiter per case, all sharing one mk_select_state, park, and when a peer
 * has claimed one waiter (the CAS on `done`), relock and unqueue the
 * others.  nil-channel cases are never ready.
 */
#include "chan.h"

#include <stdlib.h>

#define SMALL 16

typedef struct sel_bufs {
    int *poll, *lock;
    mk_waiter *waiters;
    int poll_small[SMALL], lock_small[SMALL];
    mk_waiter waiters_small[SMALL];
} sel_bufs;

static void bufs_init(sel_bufs *b, int n) {
    if (n <= SMALL) {
        b->poll = b->poll_small;
        b->lock = b->lock_small;
        b->waiters = b->waiters_small;
        return;
    }
    b->poll = malloc(sizeof(int) * (size_t)n);
    b->lock = malloc(sizeof(int) * (size_t)n);
    b->waiters = calloc((size_t)n, sizeof(mk_waiter));
    if (!b->poll || !b->lock || !b->waiters)
        gm_panic("runtime error: select: out of memory");
}

static void bufs_free(sel_bufs *b) {
    if (b->poll != b->poll_small) {
        free(b->poll);
        free(b->lock);
        free(b->waiters);
    }
}

/* Cases with a channel, sorted by channel address (insertion sort: selects
 * are small).  Returns how many. */
static int lock_order(const gm_select_case *cases, int n, int *order) {
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].c)
            continue;
        int j = k++;
        while (j > 0 && (uintptr_t)cases[order[j - 1]].c > (uintptr_t)cases[i].c) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    return k;
}

static void lock_all(const gm_select_case *cases, const int *order, int k) {
    for (int i = 0; i < k; i++)
        if (i == 0 || cases[order[i]].c != cases[order[i - 1]].c)
            mk_chan_lock(cases[order[i]].c);
}

static void unlock_all(const gm_select_case *cases, const int *order, int k) {
    for (int i = k - 1; i >= 0; i--)
        if (i == 0 || cases[order[i]].c != cases[order[i - 1]].c)
            pthread_mutex_unlock(&cases[order[i]].c->lock);
}

static void poll_order(int *poll, int n) {
    for (int i = 0; i < n; i++) {
        int j = (int)mk_rand_n((uint32_t)i + 1);
        poll[i] = poll[j];
        poll[j] = i;
    }
}

/* Try the cases in poll order with every lock held; -1 if none is ready. */
static int poll_cases(gm_select_case *cases, const int *poll, int n, mk_waiter **wake) {
    for (int k = 0; k < n; k++) {
        int i = poll[k];
        gm_chan *c = cases[i].c;
        if (!c)
            continue;
        if (cases[i].dir == GM_SELECT_RECV) {
            if (mk_chan_try_recv_locked(c, cases[i].elem, &cases[i].ok, wake))
                return i;
        } else {
            if (c->closed)
                return -2 - i;          /* send on closed: panic after unlocking */
            if (mk_chan_try_send_locked(c, cases[i].elem, wake))
                return i;
        }
    }
    return -1;
}

/* Queue one waiter per case, park, unqueue the rest; the fired case. */
static int park_on_all(gm_select_case *cases, const int *order, int k, mk_waiter *ws) {
    mk_select_state st;
    atomic_init(&st.done, 0);
    st.fired = -1;
    for (int j = 0; j < k; j++) {
        int i = order[j];
        gm_chan *c = cases[i].c;
        ws[i] = (mk_waiter){.elem = cases[i].elem, .sel = &st, .case_idx = i};
        mk_chan_enqueue(cases[i].dir == GM_SELECT_RECV ? &c->recvq : &c->sendq, &ws[i]);
    }
    mk_park_prepare(&st.park);
    unlock_all(cases, order, k);
    mk_park_wait(&st.park, MK_WAIT_SELECT);
    lock_all(cases, order, k);
    for (int j = 0; j < k; j++) {
        int i = order[j];
        gm_chan *c = cases[i].c;
        if (ws[i].queued)
            mk_chan_unlink(cases[i].dir == GM_SELECT_RECV ? &c->recvq : &c->sendq, &ws[i]);
    }
    unlock_all(cases, order, k);
    return st.fired;
}

int gm_select(gm_select_case *cases, int n, bool has_default) {
    if (n <= 0) {
        if (has_default)
            return -1;
        mk_block_forever(MK_WAIT_SELECT_NO_CASES);
    }
    sel_bufs b;
    bufs_init(&b, n);
    poll_order(b.poll, n);
    int k = lock_order(cases, n, b.lock);
    lock_all(cases, b.lock, k);
    mk_waiter *wake = NULL;
    int i = poll_cases(cases, b.poll, n, &wake);
    if (i >= 0 || i < -1 || has_default || k == 0) {
        unlock_all(cases, b.lock, k);
        if (wake)
            mk_chan_ready(wake);
        bufs_free(&b);
        if (i < -1)
            gm_panic("send on closed channel");
        if (i == -1 && !has_default)
            mk_block_forever(MK_WAIT_SELECT);   /* only nil channels */
        return i;
    }
    i = park_on_all(cases, b.lock, k, b.waiters);
    bool success = b.waiters[i].success;
    bufs_free(&b);
    if (cases[i].dir == GM_SELECT_SEND) {
        if (!success)
            gm_panic("send on closed channel");
    } else {
        cases[i].ok = success;
        if (!success && cases[i].elem && cases[i].c->elem->size)
            mk_clear(cases[i].c->elem, cases[i].elem);
    }
    return i;
}
