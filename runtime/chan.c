/*
 * chan.c — Go's channels on the collector: make, send, receive, close,
 * len and cap, with Go's blocking rules and panic messages.
 *
 * Owns: gm_make_chan, gm_chan_send/recv/try_send/try_recv/close/len/cap,
 * the wait-queue helpers of chan.h, mk_block_forever.
 * Invariants: see chan.h.  Values move only under the channel lock and
 * only by the running thread: a sender hands its value straight to a
 * parked receiver's destination (gm_typedmemmove, which runs the write
 * barrier even when that destination is another thread's stack), a
 * receiver takes a parked sender's value; a parked thread itself touches
 * nothing until it is woken.  A receiver woken by close zeroes its own
 * destination after waking.
 */
#include "chan.h"

static const uint8_t mask_one[1] = {1};
static const gm_type chan_type = {
    .size = sizeof(struct gm_chan), .align = _Alignof(struct gm_chan),
    .ptrdata = sizeof(void *), .ptrmask = mask_one, .name = "runtime.hchan",
    .kind = GM_KIND_STRUCT};

gm_chan *gm_make_chan(const gm_type *elem, intptr_t cap) {
    if (cap < 0 || (elem->size && (uintptr_t)cap > MK_MAX_ALLOC / elem->size))
        gm_panic("makechan: size out of range");
    gm_chan *c = gm_alloc_typed(&chan_type, 1);
    c->elem = elem;
    c->dataqsiz = cap;
    if (cap > 0 && elem->size > 0)
        gm_store(&c->buf, gm_make_values(elem, (size_t)cap));
    pthread_mutex_init(&c->lock, NULL);
    return c;
}

/* ---- wait queues ---- */

void mk_chan_enqueue(mk_waitq *q, mk_waiter *w) {
    w->next = NULL;
    w->prev = q->last;
    if (q->last)
        q->last->next = w;
    else
        q->first = w;
    q->last = w;
    w->queued = true;
}

void mk_chan_unlink(mk_waitq *q, mk_waiter *w) {
    if (w->prev)
        w->prev->next = w->next;
    else
        q->first = w->next;
    if (w->next)
        w->next->prev = w->prev;
    else
        q->last = w->prev;
    w->next = w->prev = NULL;
    w->queued = false;
}

mk_waiter *mk_chan_dequeue(mk_waitq *q) {
    for (;;) {
        mk_waiter *w = q->first;
        if (!w)
            return NULL;
        mk_chan_unlink(q, w);
        if (w->sel) {
            int open = 0;
            if (!atomic_compare_exchange_strong(&w->sel->done, &open, 1))
                continue;       /* its select already fired elsewhere */
            w->sel->fired = w->case_idx;
        }
        return w;
    }
}

void mk_chan_ready(mk_waiter *w) {
    mk_park_wake(w->sel ? &w->sel->park : w->parker);
}

/* ---- the non-blocking halves ---- */

static inline void *slot(gm_chan *c, intptr_t i) {
    return (char *)c->buf + (size_t)i * c->elem->size;
}

static inline void move(gm_chan *c, void *dst, const void *src) {
    if (c->elem->size)
        mk_move(c->elem, dst, src, 1);
}

bool mk_chan_try_send_locked(gm_chan *c, const void *elem, mk_waiter **wake) {
    mk_waiter *w = mk_chan_dequeue(&c->recvq);
    if (w) {
        if (w->elem)
            move(c, w->elem, elem);
        w->success = true;
        *wake = w;
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        if (c->elem->size)
            move(c, slot(c, c->sendx), elem);
        if (++c->sendx == c->dataqsiz)
            c->sendx = 0;
        c->qcount++;
        return true;
    }
    return false;
}

bool mk_chan_try_recv_locked(gm_chan *c, void *elem, bool *ok, mk_waiter **wake) {
    mk_waiter *w = mk_chan_dequeue(&c->sendq);
    if (w) {
        if (c->dataqsiz == 0) {
            if (elem)
                move(c, elem, w->elem);
        } else if (c->elem->size) {
            /* full buffer: take the head, the sender's value becomes the tail */
            if (elem)
                move(c, elem, slot(c, c->recvx));
            move(c, slot(c, c->recvx), w->elem);
        }
        if (c->dataqsiz && ++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
        w->success = true;
        *wake = w;
        *ok = true;
        return true;
    }
    if (c->qcount > 0) {
        if (c->elem->size) {
            if (elem)
                move(c, elem, slot(c, c->recvx));
            mk_clear(c->elem, slot(c, c->recvx));
        }
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->qcount--;
        *ok = true;
        return true;
    }
    if (c->closed) {
        if (elem && c->elem->size)
            mk_clear(c->elem, elem);
        *ok = false;
        return true;
    }
    return false;
}

/* ---- blocking operations ---- */

void mk_block_forever(mk_wait_reason why) {
    mk_parker p;
    mk_park_prepare(&p);
    for (;;)
        mk_park_wait(&p, why);
}

static void panic_closed(void) { gm_panic("send on closed channel"); }

void gm_chan_send(gm_chan *c, const void *elem) {
    if (!c)
        mk_block_forever(MK_WAIT_SEND_NIL);
    mk_waiter *wk = NULL;
    mk_chan_lock(c);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        panic_closed();
    }
    if (mk_chan_try_send_locked(c, elem, &wk)) {
        pthread_mutex_unlock(&c->lock);
        if (wk)
            mk_chan_ready(wk);
        return;
    }
    mk_parker p;
    mk_waiter me = {.elem = (void *)elem, .parker = &p};
    mk_chan_enqueue(&c->sendq, &me);
    mk_park_prepare(&p);
    pthread_mutex_unlock(&c->lock);
    mk_park_wait(&p, MK_WAIT_SEND);
    if (!me.success)
        panic_closed();
}

bool gm_chan_recv(gm_chan *c, void *elem) {
    if (!c)
        mk_block_forever(MK_WAIT_RECV_NIL);
    mk_waiter *wk = NULL;
    bool ok;
    mk_chan_lock(c);
    if (mk_chan_try_recv_locked(c, elem, &ok, &wk)) {
        pthread_mutex_unlock(&c->lock);
        if (wk)
            mk_chan_ready(wk);
        return ok;
    }
    mk_parker p;
    mk_waiter me = {.elem = elem, .parker = &p};
    mk_chan_enqueue(&c->recvq, &me);
    mk_park_prepare(&p);
    pthread_mutex_unlock(&c->lock);
    mk_park_wait(&p, MK_WAIT_RECV);
    if (!me.success && elem && c->elem->size)
        mk_clear(c->elem, elem);        /* woken by close */
    return me.success;
}

bool gm_chan_try_send(gm_chan *c, const void *elem) {
    if (!c)
        return false;
    mk_waiter *wk = NULL;
    mk_chan_lock(c);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        panic_closed();
    }
    bool done = mk_chan_try_send_locked(c, elem, &wk);
    pthread_mutex_unlock(&c->lock);
    if (wk)
        mk_chan_ready(wk);
    return done;
}

bool gm_chan_try_recv(gm_chan *c, void *elem, bool *ok) {
    bool got = false, okv = false;
    mk_waiter *wk = NULL;
    if (c) {
        mk_chan_lock(c);
        got = mk_chan_try_recv_locked(c, elem, &okv, &wk);
        pthread_mutex_unlock(&c->lock);
        if (wk)
            mk_chan_ready(wk);
    }
    if (ok)
        *ok = okv;
    return got;
}

void gm_chan_close(gm_chan *c) {
    if (!c)
        gm_panic("close of nil channel");
    mk_chan_lock(c);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        gm_panic("close of closed channel");
    }
    c->closed = true;
    mk_waiter *list = NULL, *w;
    while ((w = mk_chan_dequeue(&c->recvq)) != NULL) {
        w->success = false;
        w->wake_next = list;
        list = w;
    }
    while ((w = mk_chan_dequeue(&c->sendq)) != NULL) {
        w->success = false;     /* the sender panics when it wakes */
        w->wake_next = list;
        list = w;
    }
    pthread_mutex_unlock(&c->lock);
    while (list) {
        w = list;
        list = w->wake_next;    /* read before the waiter may vanish */
        mk_chan_ready(w);
    }
}

intptr_t gm_chan_len(const gm_chan *c) {
    if (!c)
        return 0;
    gm_chan *m = (gm_chan *)c;
    mk_chan_lock(m);
    intptr_t n = m->qcount;
    pthread_mutex_unlock(&m->lock);
    return n;
}

intptr_t gm_chan_cap(const gm_chan *c) { return c ? c->dataqsiz : 0; }
