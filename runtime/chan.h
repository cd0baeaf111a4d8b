/*
 * chan.h — the channel structure and its wait queues, shared by chan.c
 * (send, receive, close) and select.c.  Internal.
 *
 * Invariants (all under c->lock):
 *   - 0 <= qcount <= dataqsiz; the buffered values are slots
 *     recvx, recvx+1, ... (mod dataqsiz); empty slots are zero;
 *   - recvq holds waiters only while the buffer is empty, sendq only while
 *     it is full (for unbuffered channels: while no partner is there);
 *   - a waiter is on a queue iff w->queued; waiters live on their own
 *     thread's stack, so queue links are not heap pointers;
 *   - a select's waiters are claimed at most once: a peer takes one only
 *     after winning the CAS on its select's `done` flag.
 */
#ifndef GM_CHAN_H
#define GM_CHAN_H

#include "make_internal.h"
#include <pthread.h>

typedef struct mk_select_state {
    _Atomic int done;          /* 0 open, 1 claimed by some peer */
    int fired;                 /* index of the case that fired */
    mk_parker park;
} mk_select_state;

typedef struct mk_waiter {
    struct mk_waiter *next, *prev;   /* in the channel's queue */
    struct mk_waiter *wake_next;     /* in a close's wake-up list */
    void *elem;                /* send: the value; recv: destination or NULL */
    mk_parker *parker;
    mk_select_state *sel;      /* NULL unless part of a select */
    int case_idx;
    bool queued;
    bool success;              /* set by the peer: true = value passed,
                                  false = channel closed */
} mk_waiter;

typedef struct mk_waitq {
    mk_waiter *first, *last;
} mk_waitq;

struct gm_chan {
    void *buf;                 /* dataqsiz values (heap pointer, word 0) */
    const gm_type *elem;       /* immortal descriptor */
    intptr_t dataqsiz;         /* capacity */
    intptr_t qcount;           /* values in buf */
    intptr_t sendx, recvx;     /* next slot to fill / to take */
    mk_waitq recvq, sendq;
    bool closed;
    pthread_mutex_t lock;
};

/* Take c's lock (mk_lock: contended, it waits in the blocking state). */
static inline void mk_chan_lock(gm_chan *c) { mk_lock(&c->lock); }

/* The peer side: take the first claimable waiter of q (or NULL). */
mk_waiter *mk_chan_dequeue(mk_waitq *q);
void mk_chan_enqueue(mk_waitq *q, mk_waiter *w);
void mk_chan_unlink(mk_waitq *q, mk_waiter *w);

/* Operations that cannot block, with c->lock held.  Each returns true when
 * it completed; *wake is set to a waiter to wake after unlocking. */
bool mk_chan_try_send_locked(gm_chan *c, const void *elem, mk_waiter **wake);
bool mk_chan_try_recv_locked(gm_chan *c, void *elem, bool *ok, mk_waiter **wake);

/* Wake a claimed waiter (after dropping the lock). */
void mk_chan_ready(mk_waiter *w);

/* Park forever (nil channel, empty select). */
void mk_block_forever(mk_wait_reason why) __attribute__((noreturn));

#endif
