/*
 * defer.c — deferred calls, panics unwinding through them, and recover.
 *
 * A function that defers calls keeps a GoDeferFrame on its C stack: the
 * calls it deferred (closures, last first) and a jmp_buf. Frames form a
 * stack, innermost on top. Returning normally runs the frame's calls and
 * pops it. A panic (every panic comes through gosub_panic, then here) jumps
 * to the innermost frame, whose function runs its deferred calls; if one of
 * them recovered, the function returns normally to its caller, otherwise the
 * panic jumps on to the next frame, and with none left the chain of panics is
 * printed and the program exits with status 2, as Go's does.
 *
 * A deferred call is popped before it runs, so a panic inside it jumps back
 * to the same frame and the remaining calls still run, as in Go; the new
 * panic joins the chain ("panic: a" then "\tpanic: b").
 *
 * recover() stops the newest panic only when called by a function that a
 * panic called directly as a deferred call (Go's rule; gc checks the caller's
 * argument pointer). Here the panic arms the call, the defer thunk names the
 * function it calls (gosub_defer_direct), and that function, if it calls
 * recover at all, claims its name on entry (gosub_defer_claim): a match means
 * it may recover. "defer recover()" recovers as its function would, and only
 * when run by that function's return.
 *
 * A recovered panic ends in the frame whose deferred call recovered it, and
 * so do the panics raised while that frame was live (those it aborted); an
 * older panic, one whose deferred call recovered a newer one, goes on.
 *
 * All of this is per goroutine: the frames, the panics and the recover
 * bookkeeping are an RtDeferState (internal.h), which each goroutine's record
 * holds (sched.c) and the scheduler makes current when it switches
 * (rt_defer_switch); the main goroutine's is kept here. A panic that no
 * frame of its goroutine recovers ends the program, naming that goroutine.
 */
#include <stdlib.h>

#include "internal.h"

/* Records of deferred calls in loops live in the Go heap, reached from
 * their frame (on the stack, so scanned conservatively); both words are
 * pointers. A defer outside any loop runs at most once per call: its
 * record is a slot of its function's frame, as gc makes it. */
enum { MAX_PANICS = 32 };          /* the newest kept when more are running */

static const GoType defer_record_type = {
    .kind = GOKIND_STRUCT, .size = sizeof(GoDeferRecord), .align = sizeof(void *),
    .ptrdata = 2 * sizeof(void *), .gcbits = (const uint8_t[]){0x03},
    .string = "runtime._defer"};

static struct {
    RtDeferState *cur;                 /* the running goroutine's */
    RtDeferState main;                 /* goroutine 1's */
} defers = {.cur = &defers.main};

void rt_defer_switch(RtDeferState *s)
{
    defers.cur = s ? s : &defers.main;
}

/* The values of running panics are in C memory: roots. */
void rt_defer_mark_state(const RtDeferState *s)
{
    if (s->npanics) rt_gc_mark_range(s->panics, (size_t)s->npanics * sizeof *s->panics);
}

void rt_defer_mark_roots(void)
{
    rt_defer_mark_state(&defers.main);
}

void rt_defer_free_state(RtDeferState *s)
{
    free(s->panics);
    *s = (RtDeferState){0};
}

RtSignalNote *rt_defer_signal(void)
{
    return &defers.cur->signal;
}

void gosub_defer_enter(GoDeferFrame *f)
{
    RtDeferState *d = defers.cur;
    f->prev = d->top;
    f->defers = NULL;
    f->depth = f->prev ? f->prev->depth + 1 : 1;
    f->may_recover = false;
    d->top = f;
}

void gosub_defer_push(GoDeferFrame *f, GoFunc *fn)
{
    gosub_defer_push_at(f, gosub_new(&defer_record_type), fn);
}

void gosub_defer_push_at(GoDeferFrame *f, GoDeferRecord *r, GoFunc *fn)
{
    r->fn = fn;
    r->next = f->defers;
    f->defers = r;
}

/* Runs f's deferred calls, last first. Run by a panic, one of them may
 * recover it: the panics raised while f was live end there, and f's other
 * calls run as at a normal return, as Go's deferreturn runs them. Returns
 * whether that happened. */
static bool run_deferred_calls(GoDeferFrame *f, bool by_panic)
{
    RtDeferState *d = defers.cur;         /* this goroutine's, whatever the calls do */
    bool recovered = false;
    while (f->defers) {
        GoDeferRecord *r = f->defers;
        f->defers = r->next;
        GoFunc *fn = r->fn;
        d->armed = by_panic;
        d->return_may_recover = !by_panic && f->may_recover;
        ((void (*)(GoFunc *))fn->fn)(fn);
        d->armed = false;
        d->callee = NULL;
        if (by_panic && d->npanics > 0 && d->panics[d->npanics - 1].recovered) {
            while (d->npanics > 0 && d->panics[d->npanics - 1].raised_at >= f->depth)
                d->npanics--;
            if (d->npanics == 0)
                rt_panic_clear_signal();   /* a later panic is no fault's (Go: gp.sig = 0) */
            by_panic = false;
            recovered = true;
        }
    }
    return recovered;
}

void gosub_defer_direct(void (*fn)(void))
{
    RtDeferState *d = defers.cur;
    d->callee = d->armed ? fn : NULL;
    d->armed = false;
}

go_bool gosub_defer_claim(void (*fn)(void))
{
    RtDeferState *d = defers.cur;
    bool direct = d->callee == fn;
    d->callee = NULL;
    return direct;
}

void gosub_defer_forward(void (*from)(void), void (*to)(void))
{
    RtDeferState *d = defers.cur;
    if (d->callee == from)
        d->callee = to;
}

go_bool gosub_defer_recover_at_return(void)
{
    RtDeferState *d = defers.cur;
    bool may = d->return_may_recover;
    d->return_may_recover = false;
    return may;
}

void gosub_defer_return(GoDeferFrame *f)
{
    run_deferred_calls(f, false);
    defers.cur->top = f->prev;
}

RT_NORETURN void rt_defer_panic(GoEface value)
{
    RtDeferState *d = defers.cur;
    if (!d->panics) {
        d->panics = calloc(MAX_PANICS, sizeof *d->panics);
        if (!d->panics) rt_fatal("runtime: out of memory");
        d->cap = MAX_PANICS;
    }
    if (d->npanics == d->cap)
        d->npanics--;             /* keep the newest; the chain is only printed */
    d->panics[d->npanics] = (RtPanic){value, d->top ? d->top->depth : 0, false};
    d->npanics++;
    if (!d->top)
        rt_panic_exit_chain(d->panics, d->npanics);
    longjmp(d->top->jb, 1);
}

go_bool gosub_defer_unwind(GoDeferFrame *f)
{
    bool recovered = run_deferred_calls(f, true);
    RtDeferState *d = defers.cur;
    d->top = f->prev;
    if (recovered)
        return true;                  /* the function returns normally */
    if (!d->top)
        rt_panic_exit_chain(d->panics, d->npanics);
    longjmp(d->top->jb, 1);
}

/* runtime.Goexit: every frame's deferred calls, innermost first, as at
 * their functions' returns but with nothing for recover to stop; then the
 * goroutine ends (sched.c). A deferred call that panics starts an ordinary
 * panic from there. */
void rt_defer_goexit(void)
{
    RtDeferState *d = defers.cur;
    while (d->top) {
        GoDeferFrame *f = d->top;
        f->may_recover = false;
        run_deferred_calls(f, false);
        d->top = f->prev;
    }
    rt_sched_goexit();
}

GoEface gosub_recover(go_bool may_recover)
{
    RtDeferState *d = defers.cur;
    int last = d->npanics - 1;
    if (!may_recover || last < 0 || d->panics[last].recovered)
        return (GoEface){NULL, NULL};
    d->panics[last].recovered = true;
    return d->panics[last].value;
}
