/*
 * chan.c — channels and select, as Go 1.19's chan.go and select.go define
 * them, on one thread.
 *
 * A channel (GoChan) is a heap object: a ring buffer of cap elements (a
 * separate heap array of the element type, so that the collector scans the
 * values waiting in it precisely), and two queues of blocked goroutines,
 * the receivers and the senders. A blocked goroutine waits in a queue as a
 * Sudog, a record on its own stack that says where its value is (a sender's)
 * or goes (a receiver's): the goroutine that completes the operation copies
 * the value straight between the two places, then readies the waiter, which
 * runs next (Go's runnext; see sched.c). Go's rules follow:
 *
 *   - a send hands its value to the first waiting receiver, else puts it in
 *     the buffer if there is room, else blocks; sending on a closed channel
 *     panics, also for a sender woken by the close;
 *   - a receive takes from the first waiting sender (an unbuffered channel:
 *     its value; a full buffered one: the buffer's head, the sender's value
 *     going to the tail), else from the buffer, else a closed channel gives
 *     the zero value and ok == false, else it blocks;
 *   - close wakes every receiver (zero value, not ok) and every sender (who
 *     panics), readying them last-queued first as Go's gList does;
 *   - a nil channel blocks forever.
 *
 * select looks at its cases in a random order (Go's pollorder) and runs the
 * first that can proceed; otherwise it returns -1 if it has a default case,
 * or queues a Sudog on every case's channel and blocks. The operation that
 * picks one of them takes the select's other Sudogs out of their queues at
 * once (Go marks the select done and has the others skip them, which looks
 * the same from outside), and the select learns which case ran from
 * Select.fired. With one thread, none of Go's channel locks are needed.
 *
 * What it hands on: gosub_makechan, gosub_chansend, gosub_chanrecv,
 * gosub_chanclose, gosub_chanlen, gosub_chancap and gosub_select, which the
 * compiler calls (gosub_rt.h).
 */
#include <stdlib.h>

#include "internal.h"

typedef struct Sudog Sudog;

typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

/* A select blocked on its cases, on its goroutine's stack. */
typedef struct Select {
    Sudog *sudogs;                /* one per case, in case order */
    go_int n;
    Sudog *fired;                 /* the case that ran */
} Select;

struct Sudog {
    RtG *g;
    Sudog *next, *prev;           /* in its queue */
    WaitQ *queue;                 /* the queue it is in; NULL: none */
    void *elem;                   /* the value's place, or NULL */
    Select *sel;                  /* the select it belongs to, or NULL */
    bool success;                 /* a value passed (false: the channel closed) */
};

struct GoChan {
    void *buf;                    /* the ring: cap elements of type elem */
    const GoType *elem;
    go_int cap, len;              /* Go's dataqsiz and qcount */
    go_int sendx, recvx;          /* where the next send and receive go */
    WaitQ recvq, sendq;           /* blocked receivers and senders, oldest first */
    bool closed;
};

/* The one pointer the collector follows is buf: the queues lead to stacks
 * (scanned as stacks), elem to static data. */
static const GoType chan_type = {
    .kind = GOKIND_STRUCT, .size = sizeof(GoChan), .align = sizeof(void *),
    .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01}, .string = "runtime.hchan"};

/* Go's maxAlloc (alloc.c): no buffer may reach it. */
#define MAX_ALLOC ((uint64_t)1 << 48)

/* ---------------------------------------------------------------- queues */

static void enqueue(WaitQ *q, Sudog *s)
{
    s->queue = q;
    s->next = NULL;
    s->prev = q->last;
    if (q->last) q->last->next = s;
    else q->first = s;
    q->last = s;
}

static void unlink_sudog(Sudog *s)
{
    WaitQ *q = s->queue;
    if (s->prev) s->prev->next = s->next;
    else q->first = s->next;
    if (s->next) s->next->prev = s->prev;
    else q->last = s->prev;
    s->next = s->prev = NULL;
    s->queue = NULL;
}

/* The first waiter of q, taken out of it; for a select, its other cases are
 * taken out of their queues too, and the select told which one fired. */
static Sudog *dequeue(WaitQ *q)
{
    Sudog *s = q->first;
    if (!s) return NULL;
    unlink_sudog(s);
    Select *sel = s->sel;
    if (sel) {
        sel->fired = s;
        for (go_int i = 0; i < sel->n; i++)
            if (sel->sudogs[i].queue) unlink_sudog(&sel->sudogs[i]);
    }
    return s;
}

/* ---------------------------------------------------------------- channels */

static inline void *slot(const GoChan *c, go_int i)
{
    return (uint8_t *)c->buf + (size_t)i * c->elem->size;
}

GoChan *gosub_makechan(const GoType *elem, go_int size)
{
    if (size < 0 || (elem->size && (uint64_t)size > (MAX_ALLOC - sizeof(GoChan)) / elem->size))
        rt_panic_plain("makechan: size out of range");
    GoChan *c = gosub_new(&chan_type);
    c->elem = elem;
    c->cap = size;
    if (size > 0) c->buf = gosub_new_array(elem, size);
    return c;
}

go_int gosub_chanlen(GoChan *c)
{
    return c ? c->len : 0;
}

go_int gosub_chancap(GoChan *c)
{
    return c ? c->cap : 0;
}

/* A send to a waiting receiver: the value goes straight to its place. */
static void send_direct(GoChan *c, Sudog *s, const void *ep)
{
    if (s->elem) memmove(s->elem, ep, c->elem->size);
    s->success = true;
    rt_sched_ready(s->g);
}

/* A receive from a waiting sender (the buffer, if any, is full). */
static void recv_direct(GoChan *c, Sudog *s, void *ep)
{
    size_t size = c->elem->size;
    if (c->cap == 0) {
        if (ep) memmove(ep, s->elem, size);
    } else {
        void *head = slot(c, c->recvx);
        if (ep) memmove(ep, head, size);
        memmove(head, s->elem, size);
        if (++c->recvx == c->cap) c->recvx = 0;
        c->sendx = c->recvx;
    }
    s->success = true;
    rt_sched_ready(s->g);
}

static void buffer_put(GoChan *c, const void *ep)
{
    memmove(slot(c, c->sendx), ep, c->elem->size);
    if (++c->sendx == c->cap) c->sendx = 0;
    c->len++;
}

static void buffer_take(GoChan *c, void *ep)
{
    void *head = slot(c, c->recvx);
    if (ep) memmove(ep, head, c->elem->size);
    memset(head, 0, c->elem->size);        /* what it points to may now be freed */
    if (++c->recvx == c->cap) c->recvx = 0;
    c->len--;
}

static RT_NORETURN void block_forever(RtWaitReason why)
{
    rt_sched_park(why);
    rt_fatal("unreachable");
}

void gosub_chansend(GoChan *c, const void *ep)
{
    if (!c) block_forever(RT_WAIT_CHAN_SEND_NIL);
    if (c->closed) rt_panic_plain("send on closed channel");
    Sudog *s = dequeue(&c->recvq);
    if (s) {
        send_direct(c, s, ep);
        return;
    }
    if (c->len < c->cap) {
        buffer_put(c, ep);
        return;
    }
    Sudog me = {.g = rt_sched_self(), .elem = (void *)ep};
    enqueue(&c->sendq, &me);
    rt_sched_park(RT_WAIT_CHAN_SEND);
    if (!me.success) rt_panic_plain("send on closed channel");
}

go_bool gosub_chanrecv(GoChan *c, void *ep)
{
    if (!c) block_forever(RT_WAIT_CHAN_RECEIVE_NIL);
    if (c->closed && c->len == 0) {
        if (ep) memset(ep, 0, c->elem->size);
        return false;
    }
    Sudog *s = c->closed ? NULL : dequeue(&c->sendq);
    if (s) {
        recv_direct(c, s, ep);
        return true;
    }
    if (c->len > 0) {
        buffer_take(c, ep);
        return true;
    }
    Sudog me = {.g = rt_sched_self(), .elem = ep};
    enqueue(&c->recvq, &me);
    rt_sched_park(RT_WAIT_CHAN_RECEIVE);
    return me.success;
}

void gosub_chanclose(GoChan *c)
{
    if (!c) rt_panic_plain("close of nil channel");
    if (c->closed) rt_panic_plain("close of closed channel");
    c->closed = true;
    Sudog *woken = NULL, *s;          /* a stack: the last queued is readied first */
    while ((s = dequeue(&c->recvq))) {
        if (s->elem) memset(s->elem, 0, c->elem->size);
        s->success = false;
        s->next = woken;
        woken = s;
    }
    while ((s = dequeue(&c->sendq))) {
        s->success = false;
        s->next = woken;
        woken = s;
    }
    while (woken) {
        s = woken;
        woken = s->next;
        s->next = NULL;
        rt_sched_ready(s->g);
    }
}

/* ---------------------------------------------------------------- select */

enum { SMALL_SELECT = 8 };

go_int gosub_select(GoSelectCase *cases, go_int ncases, go_bool block)
{
    if (ncases == 0) {
        if (!block) return -1;
        block_forever(RT_WAIT_SELECT_NO_CASES);
    }
    go_int small_order[SMALL_SELECT];
    go_int *order = small_order;
    if (ncases > SMALL_SELECT) {
        order = malloc((size_t)ncases * sizeof *order);
        if (!order) rt_fatal("runtime: out of memory");
    }

    /* Go's pollorder: a random permutation of the cases with channels. */
    go_int norder = 0;
    for (go_int i = 0; i < ncases; i++) {
        if (!cases[i].c) continue;
        go_int j = (go_int)(gosub_fastrand64() % (uint64_t)(norder + 1));
        order[norder] = order[j];
        order[j] = i;
        norder++;
    }

    /* Pass 1: a case that can proceed now. */
    go_int chosen = -1;
    for (go_int k = 0; k < norder && chosen < 0; k++) {
        go_int i = order[k];
        GoSelectCase *cs = &cases[i];
        GoChan *c = cs->c;
        Sudog *s;
        if (cs->is_send) {
            if (c->closed) {
                if (order != small_order) free(order);
                rt_panic_plain("send on closed channel");
            }
            if ((s = dequeue(&c->recvq))) send_direct(c, s, cs->elem), chosen = i;
            else if (c->len < c->cap) buffer_put(c, cs->elem), chosen = i;
        } else {
            bool ok = true;
            if ((s = dequeue(&c->sendq))) recv_direct(c, s, cs->elem), chosen = i;
            else if (c->len > 0) buffer_take(c, cs->elem), chosen = i;
            else if (c->closed) {
                if (cs->elem) memset(cs->elem, 0, c->elem->size);
                ok = false;
                chosen = i;
            }
            if (chosen >= 0 && cs->ok) *cs->ok = ok;
        }
    }
    if (order != small_order) free(order);
    if (chosen >= 0 || !block) return chosen;

    /* Pass 2: wait on every channel. */
    Sudog small_sudogs[SMALL_SELECT];
    Sudog *sudogs = small_sudogs;
    if (ncases > SMALL_SELECT) {
        sudogs = malloc((size_t)ncases * sizeof *sudogs);
        if (!sudogs) rt_fatal("runtime: out of memory");
    }
    Select sel = {sudogs, ncases, NULL};
    RtG *self = rt_sched_self();
    for (go_int i = 0; i < ncases; i++) {
        GoSelectCase *cs = &cases[i];
        sudogs[i] = (Sudog){.g = self, .elem = cs->elem, .sel = &sel};
        if (cs->c) enqueue(cs->is_send ? &cs->c->sendq : &cs->c->recvq, &sudogs[i]);
    }
    rt_sched_park(RT_WAIT_SELECT);

    /* Pass 3: the case that fired. */
    Sudog *fired = sel.fired;
    chosen = fired - sudogs;
    bool success = fired->success;
    if (sudogs != small_sudogs) free(sudogs);
    if (cases[chosen].is_send) {
        if (!success) rt_panic_plain("send on closed channel");
    } else if (cases[chosen].ok) {
        *cases[chosen].ok = success;
    }
    return chosen;
}
