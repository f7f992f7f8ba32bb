/*
 * sema.c — semaphores: what package sync's locks and WaitGroup sleep on.
 *
 * Go's sync package keeps its state in ordinary words and asks the runtime
 * only to put a goroutine to sleep until a count at some address is
 * positive (runtime_Semacquire) and to wake one such sleeper
 * (runtime_Semrelease). As in Go's sema.go, the sleepers are found by
 * address: a table of 251 buckets, each a list of the addresses that have
 * sleepers, each with its queue of them (first in, first out; a Mutex
 * that has waited long re-queues at the front, lifo). The sleeper's record
 * is on its own stack.
 *
 * Release increments the count and readies the first sleeper, which takes
 * the count when it runs if nobody took it first (it sleeps again if
 * somebody did). With handoff (a starving Mutex), the count goes to the
 * sleeper at once and the releasing goroutine yields to it, as in Go.
 *
 * sync.Cond sleeps on a notification list instead (rt_notify_*), Go's
 * ticket scheme.
 *
 * What it hands on: gosub_semacquire and gosub_semrelease (gosub_rt.h), and
 * rt_sema_acquire/rt_sema_release with Go's extra arguments and the
 * notification lists, for sync (stdlink.c).
 */
#include <stdlib.h>

#include "internal.h"

typedef struct Waiter {
    RtG *g;
    struct Waiter *next;
    bool ticket;                  /* handed the count by the releaser */
} Waiter;

typedef struct Root {             /* an address with sleepers */
    uint32_t *addr;
    Waiter *head, *tail;
    struct Root *next;            /* in its bucket, or the free list */
} Root;

enum { SEMTABSIZE = 251 };

static struct {
    Root *table[SEMTABSIZE];
    Root *free;
} sema;

static Root **bucket(const uint32_t *addr)
{
    return &sema.table[((uintptr_t)addr >> 3) % SEMTABSIZE];
}

static bool can_acquire(uint32_t *addr)
{
    if (*addr == 0) return false;
    (*addr)--;
    return true;
}

static void queue(uint32_t *addr, Waiter *w, bool lifo)
{
    Root **b = bucket(addr), *r;
    for (r = *b; r && r->addr != addr; r = r->next) {
    }
    if (!r) {
        r = sema.free;
        if (r) sema.free = r->next;
        else if (!(r = malloc(sizeof *r))) rt_fatal("runtime: out of memory");
        *r = (Root){.addr = addr, .next = *b};
        *b = r;
    }
    w->next = NULL;
    if (!r->head) {
        r->head = r->tail = w;
    } else if (lifo) {
        w->next = r->head;
        r->head = w;
    } else {
        r->tail->next = w;
        r->tail = w;
    }
}

/* The first sleeper on addr, taken out of its queue; NULL: none. */
static Waiter *dequeue(uint32_t *addr)
{
    Root **p = bucket(addr);
    while (*p && (*p)->addr != addr) p = &(*p)->next;
    Root *r = *p;
    if (!r) return NULL;
    Waiter *w = r->head;
    r->head = w->next;
    if (!r->head) {
        *p = r->next;
        r->next = sema.free;
        sema.free = r;
    }
    w->next = NULL;
    return w;
}

void rt_sema_acquire(uint32_t *addr, bool lifo, RtWaitReason why)
{
    if (can_acquire(addr)) return;
    Waiter w = {.g = rt_sched_self()};
    for (;;) {
        queue(addr, &w, lifo);
        rt_sched_park(why);
        if (w.ticket || can_acquire(addr)) return;
    }
}

void rt_sema_release(uint32_t *addr, bool handoff)
{
    (*addr)++;
    Waiter *w = dequeue(addr);
    if (!w) return;
    if (handoff && can_acquire(addr)) w->ticket = true;
    bool ticket = w->ticket;
    rt_sched_ready(w->g);
    if (ticket) rt_sched_yield();       /* Go's direct handoff */
}

/* ---------------------------------------------------------------- notification lists
 *
 * sync.Cond's waiters: each takes a ticket (rt_notify_add) before unlocking
 * the Cond's lock, then sleeps unless its ticket was notified meanwhile
 * (rt_notify_wait); Signal wakes the holder of the oldest ticket not yet
 * notified, Broadcast every sleeper. Go's notifyList, without its lock. */

typedef struct NotifyWaiter {
    RtG *g;
    uint32_t ticket;
    struct NotifyWaiter *next;
} NotifyWaiter;

/* Tickets wrap around: a is before b. */
static bool ticket_less(uint32_t a, uint32_t b)
{
    return (int32_t)(a - b) < 0;
}

uint32_t rt_notify_add(RtNotifyList *l)
{
    return l->wait++;
}

void rt_notify_wait(RtNotifyList *l, uint32_t t)
{
    if (ticket_less(t, l->notify)) return;      /* notified already */
    NotifyWaiter w = {.g = rt_sched_self(), .ticket = t};
    NotifyWaiter *tail = l->tail;
    if (tail) tail->next = &w;
    else l->head = &w;
    l->tail = &w;
    rt_sched_park(RT_WAIT_SYNC_COND);
}

void rt_notify_all(RtNotifyList *l)
{
    if (l->wait == l->notify) return;
    NotifyWaiter *w = l->head;
    l->head = l->tail = NULL;
    l->notify = l->wait;
    while (w) {
        NotifyWaiter *next = w->next;
        w->next = NULL;
        rt_sched_ready(w->g);
        w = next;
    }
}

void rt_notify_one(RtNotifyList *l)
{
    if (l->wait == l->notify) return;
    uint32_t t = l->notify++;
    /* The holder of ticket t may not sleep yet (it will not, then). */
    NotifyWaiter *prev = NULL;
    for (NotifyWaiter *w = l->head; w; prev = w, w = w->next) {
        if (w->ticket != t) continue;
        NotifyWaiter *next = w->next;
        if (prev) prev->next = next;
        else l->head = next;
        if (l->tail == w) l->tail = prev;
        w->next = NULL;
        rt_sched_ready(w->g);
        return;
    }
}

/* ---------------------------------------------------------------- the API */

void gosub_semacquire(uint32_t *addr)
{
    rt_sema_acquire(addr, false, RT_WAIT_SEMACQUIRE);
}

void gosub_semrelease(uint32_t *addr)
{
    rt_sema_release(addr, false);
}
