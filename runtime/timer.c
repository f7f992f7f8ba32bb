/*
 * timer.c — the timers: what time.Sleep, time.After and friends wait for.
 *
 * A timer (RtTimer, internal.h) says when, on the monotonic clock of
 * gosub_nanotime, to call its function f(arg, seq), and how often after
 * that (period). Pending timers sit in a binary min-heap ordered by when;
 * each knows its place in it (idx), so stopping or moving one is a sift
 * rather than a search. Go keeps one 4-ary heap per P; with one thread
 * there is one heap.
 *
 * The scheduler (sched.c) runs the timers that are due each time it picks a
 * goroutine (rt_timer_run, Go's checkTimers); when no goroutine can run it
 * sleeps until the earliest one (rt_timer_next), and with no goroutine
 * runnable and no timer pending the program is deadlocked. A timer's
 * function runs between goroutines, on whichever stack is current: it must
 * not block. The sleeping goroutine's timer readies it; package time's
 * send the time on a channel without blocking, or start a goroutine.
 *
 * A pending timer is a root for the collector (rt_timer_mark_roots): the
 * heap is C memory, and package time's timers live inside Go objects
 * (time.Timer) that nothing else may reach, as with Go's timers.
 */
#include <stdlib.h>

#include "internal.h"

static struct {
    RtTimer **heap;             /* heap[0] is the earliest */
    size_t n, cap;
} timers;

static bool before(const RtTimer *a, const RtTimer *b)
{
    return a->when < b->when;
}

static void put(size_t i, RtTimer *t)
{
    timers.heap[i] = t;
    t->idx = (go_int)i + 1;
}

static void sift_up(size_t i)
{
    RtTimer *t = timers.heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(t, timers.heap[parent])) break;
        put(i, timers.heap[parent]);
        i = parent;
    }
    put(i, t);
}

static void sift_down(size_t i)
{
    RtTimer *t = timers.heap[i];
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= timers.n) break;
        if (child + 1 < timers.n && before(timers.heap[child + 1], timers.heap[child])) child++;
        if (!before(timers.heap[child], t)) break;
        put(i, timers.heap[child]);
        i = child;
    }
    put(i, t);
}

void rt_timer_add(RtTimer *t)
{
    if (t->idx) rt_fatal("runtime: timer already pending");
    if (t->when < 0) t->when = INT64_MAX;       /* overflowed: never */
    if (timers.n == timers.cap) {
        timers.cap = timers.cap ? 2 * timers.cap : 64;
        timers.heap = realloc(timers.heap, timers.cap * sizeof *timers.heap);
        if (!timers.heap) rt_fatal("runtime: out of memory");
    }
    put(timers.n++, t);
    sift_up(timers.n - 1);
}

/* Takes the timer at position i out of the heap. */
static void remove_at(size_t i)
{
    RtTimer *t = timers.heap[i];
    t->idx = 0;
    RtTimer *last = timers.heap[--timers.n];
    if (i == timers.n) return;
    put(i, last);
    sift_down(i);
    sift_up((size_t)last->idx - 1);
}

bool rt_timer_del(RtTimer *t)
{
    if (!t->idx) return false;
    remove_at((size_t)t->idx - 1);
    return true;
}

bool rt_timer_reset(RtTimer *t, int64_t when, int64_t period)
{
    bool pending = rt_timer_del(t);
    t->when = when;
    t->period = period;
    rt_timer_add(t);
    return pending;
}

int64_t rt_timer_next(void)
{
    return timers.n ? timers.heap[0]->when : -1;
}

void rt_timer_run(int64_t now)
{
    while (timers.n > 0 && timers.heap[0]->when <= now) {
        RtTimer *t = timers.heap[0];
        if (t->period > 0) {
            /* Again at the first multiple of the period after now, as Go
             * does: a late ticker skips the ticks it missed. */
            t->when += t->period * (1 + (now - t->when) / t->period);
            if (t->when < 0) t->when = INT64_MAX;
            sift_down(0);
        } else {
            remove_at(0);
        }
        GoFunc *f = t->f;
        ((void (*)(GoFunc *, GoEface, go_uintptr))f->fn)(f, t->arg, t->seq);
    }
}

void rt_timer_mark_roots(void)
{
    if (timers.n) rt_gc_mark_range(timers.heap, timers.n * sizeof *timers.heap);
}
