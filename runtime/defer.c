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
 * Simplification, documented: recover() returns the running panic to any
 * caller while a panic is unwinding, where Go requires the caller to be the
 * deferred function itself.
 */
#include <stdlib.h>

#include "internal.h"

/* Records live in the Go heap, reached from their frame (on the stack, so
 * scanned conservatively); both words are pointers. */
typedef struct GoDeferRecord {
    GoFunc *fn;
    struct GoDeferRecord *next;
} GoDeferRecord;

static const GoType defer_record_type = {
    .kind = GOKIND_STRUCT, .size = sizeof(GoDeferRecord), .align = sizeof(void *),
    .ptrdata = 2 * sizeof(void *), .gcbits = (const uint8_t[]){0x03},
    .string = "runtime._defer"};

enum { MAX_PANICS = 32 };

static struct {
    GoDeferFrame *top;                 /* innermost frame with deferred calls */
    GoEface values[MAX_PANICS];        /* the running panics, oldest first */
    bool recovered[MAX_PANICS];
    int npanics;
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
    defers.top = f;
}

void gosub_defer_push(GoDeferFrame *f, GoFunc *fn)
{
    GoDeferRecord *r = gosub_new(&defer_record_type);
    r->fn = fn;
    r->next = f->defers;
    f->defers = r;
}

static void run_deferred_calls(GoDeferFrame *f)
{
    while (f->defers) {
        GoDeferRecord *r = f->defers;
        f->defers = r->next;
        GoFunc *fn = r->fn;
        ((void (*)(GoFunc *))fn->fn)(fn);
    }
}

void gosub_defer_return(GoDeferFrame *f)
{
    run_deferred_calls(f);
    defers.top = f->prev;
}

RT_NORETURN void rt_defer_panic(GoEface value)
{
    if (defers.npanics == MAX_PANICS)
        defers.npanics--;             /* keep the newest; the chain is only printed */
    defers.values[defers.npanics] = value;
    defers.recovered[defers.npanics] = false;
    defers.npanics++;
    if (!defers.top)
        rt_panic_exit_chain(defers.values, defers.recovered, defers.npanics);
    longjmp(defers.top->jb, 1);
}

go_bool gosub_defer_unwind(GoDeferFrame *f)
{
    run_deferred_calls(f);
    defers.top = f->prev;
    if (defers.npanics > 0 && defers.recovered[defers.npanics - 1]) {
        defers.npanics = 0;           /* recovered: the function returns normally */
        rt_panic_clear_signal();      /* a later panic is no fault's (Go: gp.sig = 0) */
        return true;
    }
    if (!defers.top)
        rt_panic_exit_chain(defers.values, defers.recovered, defers.npanics);
    longjmp(defers.top->jb, 1);
}

GoEface gosub_recover(void)
{
    int last = defers.npanics - 1;
    if (last < 0 || defers.recovered[last])
        return (GoEface){NULL, NULL};
    defers.recovered[last] = true;
    return defers.values[last];
}
