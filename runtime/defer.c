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
 */
#include <stdlib.h>

#include "internal.h"

/* Records of deferred calls in loops live in the Go heap, reached from
 * their frame (on the stack, so scanned conservatively); both words are
 * pointers. A defer outside any loop runs at most once per call: its
 * record is a slot of its function's frame, as gc makes it. */
static const GoType defer_record_type = {
    .kind = GOKIND_STRUCT, .size = sizeof(GoDeferRecord), .align = sizeof(void *),
    .ptrdata = 2 * sizeof(void *), .gcbits = (const uint8_t[]){0x03},
    .string = "runtime._defer"};

enum { MAX_PANICS = 32 };

static struct {
    GoDeferFrame *top;                 /* innermost frame with deferred calls */
    GoEface values[MAX_PANICS];        /* the running panics, oldest first */
    bool recovered[MAX_PANICS];
    go_int raised_at[MAX_PANICS];      /* depth of the innermost frame when raised */
    int npanics;
    bool armed;                        /* a panic is calling a deferred call */
    void (*callee)(void);              /* the function that call calls, until claimed */
    bool return_may_recover;           /* a deferred call run by a return that may recover */
} defers;

/* The values of running panics are in static memory: roots. */
void rt_defer_mark_roots(void)
{
    rt_gc_mark_range(defers.values, sizeof defers.values);
}

void gosub_defer_enter(GoDeferFrame *f)
{
    f->prev = defers.top;
    f->defers = NULL;
    f->depth = f->prev ? f->prev->depth + 1 : 1;
    f->may_recover = false;
    defers.top = f;
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
    bool recovered = false;
    while (f->defers) {
        GoDeferRecord *r = f->defers;
        f->defers = r->next;
        GoFunc *fn = r->fn;
        defers.armed = by_panic;
        defers.return_may_recover = !by_panic && f->may_recover;
        ((void (*)(GoFunc *))fn->fn)(fn);
        defers.armed = false;
        defers.callee = NULL;
        if (by_panic && defers.npanics > 0 && defers.recovered[defers.npanics - 1]) {
            while (defers.npanics > 0 && defers.raised_at[defers.npanics - 1] >= f->depth)
                defers.npanics--;
            if (defers.npanics == 0)
                rt_panic_clear_signal();   /* a later panic is no fault's (Go: gp.sig = 0) */
            by_panic = false;
            recovered = true;
        }
    }
    return recovered;
}

void gosub_defer_direct(void (*fn)(void))
{
    defers.callee = defers.armed ? fn : NULL;
    defers.armed = false;
}

go_bool gosub_defer_claim(void (*fn)(void))
{
    bool direct = defers.callee == fn;
    defers.callee = NULL;
    return direct;
}

void gosub_defer_forward(void (*from)(void), void (*to)(void))
{
    if (defers.callee == from)
        defers.callee = to;
}

go_bool gosub_defer_recover_at_return(void)
{
    bool may = defers.return_may_recover;
    defers.return_may_recover = false;
    return may;
}

void gosub_defer_return(GoDeferFrame *f)
{
    run_deferred_calls(f, false);
    defers.top = f->prev;
}

RT_NORETURN void rt_defer_panic(GoEface value)
{
    if (defers.npanics == MAX_PANICS)
        defers.npanics--;             /* keep the newest; the chain is only printed */
    defers.values[defers.npanics] = value;
    defers.recovered[defers.npanics] = false;
    defers.raised_at[defers.npanics] = defers.top ? defers.top->depth : 0;
    defers.npanics++;
    if (!defers.top)
        rt_panic_exit_chain(defers.values, defers.recovered, defers.npanics);
    longjmp(defers.top->jb, 1);
}

go_bool gosub_defer_unwind(GoDeferFrame *f)
{
    bool recovered = run_deferred_calls(f, true);
    defers.top = f->prev;
    if (recovered)
        return true;                  /* the function returns normally */
    if (!defers.top)
        rt_panic_exit_chain(defers.values, defers.recovered, defers.npanics);
    longjmp(defers.top->jb, 1);
}

GoEface gosub_recover(go_bool may_recover)
{
    int last = defers.npanics - 1;
    if (!may_recover || last < 0 || defers.recovered[last])
        return (GoEface){NULL, NULL};
    defers.recovered[last] = true;
    return defers.values[last];
}
