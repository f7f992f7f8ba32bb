/*
 * sched.c — goroutines: many on one thread, each on its own stack.
 *
 * A goroutine (RtG) is a stack, the registers saved on it when it stopped
 * (context.c), and the scheduler's bookkeeping: its number, its status, why
 * it waits, its deferred calls and panics (defer.c's RtDeferState). Goroutine
 * 1, main, runs on the process's own stack; every other gets a reservation
 * of address space (STACK_RESERVE) mapped without reserving memory, with a
 * guard region below it that is not mapped at all (map_stack): only the
 * pages a goroutine touches cost memory, deep recursion has room, and
 * running off the end faults on the guard, which signal.c reports as Go's
 * "stack overflow". A goroutine that
 * returns leaves its record and stack on a free list for the next `go`
 * statement; each collection gives the free stacks' deep pages back to the
 * OS (rt_sched_release_stacks).
 *
 * Scheduling is cooperative, with Go's GOMAXPROCS=1 rules (proc.go):
 *
 *   - a goroutine runs until it blocks (rt_sched_park: a channel, select,
 *     semaphore or sleep), yields (runtime.Gosched) or returns;
 *   - runnable goroutines wait in a local run queue of 256 (FIFO), with a
 *     global queue behind it for overflow and for those that called Gosched;
 *   - a goroutine made runnable by the running one (`go`, a channel
 *     handing it a value, a semaphore) takes the runnext slot and runs next,
 *     the previous occupant moving to the local queue's tail; this is why an
 *     unbuffered ping-pong alternates strictly and why `go` statements in a
 *     loop start last-first;
 *   - every 61st pick that does not inherit a time slice looks at the global
 *     queue first, so that it is not starved;
 *   - the timers that are due run at each pick (timer.c); with nothing
 *     runnable the thread sleeps until the next timer, and with no timer
 *     either, every goroutine is blocked for good: Go's deadlock error,
 *     "fatal error: all goroutines are asleep - deadlock!", with each
 *     goroutine's header and wait reason ("goroutine 1 [chan receive]:").
 *
 * The switch is direct, from the blocking goroutine to the next, with no
 * scheduler stack in between. An ending goroutine is still on its stack
 * while it picks the next one, so its record goes to the free list only
 * after the switch (sched.zombie). Under AddressSanitizer every switch is
 * announced (__sanitizer_start/finish_switch_fiber) so that it knows which
 * stack is current.
 *
 * For the collector, every live goroutine's stack is a root, scanned
 * conservatively from its saved stack pointer to its top (the saved
 * registers are on it); the running one's from the collector's frame up
 * (rt_sched_mark_stacks). Channels hold pointers into these stacks (a
 * blocked sender's value), never the reverse: a blocked goroutine keeps its
 * channel alive through its own frames.
 *
 * What it hands on: gosub_go, gosub_gosched, gosub_numgoroutine,
 * gosub_sleep, gosub_nanotime (gosub_rt.h); rt_sched_park/ready/yield for
 * chan.c and sema.c; the stack services for gc.c and signal.c (internal.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOSUB_SANITIZER_ADDRESS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(GOSUB_SANITIZER_ADDRESS)
#define SCHED_ASAN 1
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#else
#define SCHED_ASAN 0
#endif

/* glibc's record of where the main stack began (its highest address). */
extern void *__libc_stack_end __attribute__((weak));

#define STACK_RESERVE ((size_t)64 << 20)    /* address space per goroutine */
#define STACK_GUARD ((size_t)256 << 10)     /* of which the guard, at the bottom */
#define STACK_KEEP ((size_t)64 << 10)       /* left resident in a free stack */
#define STACK_REGION ((uintptr_t)1 << 45)   /* 32 TiB: where stacks are mapped */
#define RUNQ_SIZE 256                       /* Go's local run queue */
/* Go's runtime starts goroutines 2 to 4 (forcegc, bgsweep, bgscavenge)
 * before main.main: the program's first is 5 (6 once os's init has started
 * the finalizer goroutine: rt_sched_createfing), in Go's panics too. */
#define FIRST_GOID 5
/* Go's P has scheduled a few goroutines by the time main.main runs; where
 * the 61st pick falls shows when goroutines take turns through Gosched.
 * Any odd count gives the order Go 1.19 gives a program importing fmt
 * (measured: two goroutines alternating Gosched 200 times each). */
#define INITIAL_TICK 1

enum { G_RUNNABLE = 1, G_RUNNING, G_WAITING, G_DEAD };

struct RtG {
    RtContext ctx;                /* saved while not running */
    int64_t id;
    uint8_t status;               /* G_* */
    bool stack_dirty;             /* run since its deep pages were released */
    RtWaitReason reason;          /* G_WAITING: why */
    uintptr_t lo, hi;             /* the usable stack; the guard is [map, lo) */
    void *map;
    GoFunc *fn;                   /* what it will run, until it starts */
    RtG *link;                    /* in a run queue, or the free list */
    RtG *all_prev, *all_next;     /* every goroutine not ended, oldest first */
    RtDeferState defers;          /* its deferred calls and panics (not main's) */
    RtTimer sleep;                /* gosub_sleep's */
#if SCHED_ASAN
    void *asan_fake_stack;
    const void *asan_bottom;      /* the stack as the sanitizer knows it */
    size_t asan_size;
#endif
};

static struct {
    bool ready;
    RtG main;                     /* goroutine 1 */
    RtG *cur;                     /* the running goroutine */
    RtG *all_head, *all_tail;
    int64_t count;                /* goroutines not ended, main included */
    int64_t next_id;
    RtG *runq[RUNQ_SIZE];         /* the local run queue, a ring */
    uint32_t runq_head, runq_tail;
    RtG *runnext;                 /* runs before the local queue */
    RtG *global_head, *global_tail;
    int64_t global_size;
    uint32_t tick;                /* picks that did not inherit a time slice */
    RtG *free;                    /* ended goroutines, with their stacks */
    RtG *zombie;                  /* ended, still on its stack until the switch */
    RtG *switched_from;
    bool fing;                    /* Go would have started its finalizer goroutine */
    uintptr_t stack_region;       /* where stacks are mapped (map_stack) */
    uintptr_t stack_slots;        /* slots of it taken */
    bool stack_region_full;
} sched;

static void sched_init(void)
{
    sched.ready = true;
    sched.main.id = 1;
    sched.main.status = G_RUNNING;
    sched.main.all_prev = sched.main.all_next = NULL;
    sched.all_head = sched.all_tail = &sched.main;
    sched.cur = &sched.main;
    sched.count = 1;
    sched.next_id = FIRST_GOID;
    sched.tick = INITIAL_TICK;
}

static inline RtG *current(void)
{
    if (__builtin_expect(!sched.ready, 0)) sched_init();
    return sched.cur;
}

RtG *rt_sched_self(void)
{
    return current();
}

int64_t rt_sched_goid(void)
{
    return sched.ready ? sched.cur->id : 1;
}

/* Go starts its finalizer goroutine at the first runtime.SetFinalizer (os
 * does one at init for the standard files): it takes the next goroutine
 * number, which Go's panics and deadlock reports then show. */
void rt_sched_createfing(void)
{
    current();
    if (sched.fing) return;
    sched.fing = true;
    sched.next_id++;
}

go_int gosub_numgoroutine(void)
{
    return sched.ready ? sched.count : 1;
}

int64_t gosub_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The top of the main goroutine's stack (the process's), as gc.c has always
 * scanned it. */
static uintptr_t main_stack_top(void)
{
    uintptr_t hi = rt_signal_stack_top();
    if (&__libc_stack_end && (uintptr_t)__libc_stack_end > hi) hi = (uintptr_t)__libc_stack_end;
    return hi;
}

static uintptr_t stack_top(const RtG *g)
{
    return g == &sched.main ? main_stack_top() : g->hi;
}

/* ---------------------------------------------------------------- the list of goroutines */

static void all_append(RtG *g)
{
    g->all_next = NULL;
    g->all_prev = sched.all_tail;
    if (sched.all_tail) sched.all_tail->all_next = g;
    else sched.all_head = g;
    sched.all_tail = g;
}

static void all_remove(RtG *g)
{
    if (g->all_prev) g->all_prev->all_next = g->all_next;
    else sched.all_head = g->all_next;
    if (g->all_next) g->all_next->all_prev = g->all_prev;
    else sched.all_tail = g->all_prev;
    g->all_prev = g->all_next = NULL;
}

/* ---------------------------------------------------------------- run queues */

static void global_put(RtG *g)
{
    g->link = NULL;
    if (sched.global_tail) sched.global_tail->link = g;
    else sched.global_head = g;
    sched.global_tail = g;
    sched.global_size++;
}

static RtG *global_pop(void)
{
    RtG *g = sched.global_head;
    sched.global_head = g->link;
    if (!sched.global_head) sched.global_tail = NULL;
    sched.global_size--;
    g->link = NULL;
    return g;
}

/* Go's runqput: next puts g in runnext, kicking its occupant to the tail;
 * a full local queue sends half of itself, and g, to the global queue. */
static void runq_put(RtG *g, bool next)
{
    if (next) {
        RtG *old = sched.runnext;
        sched.runnext = g;
        if (!old) return;
        g = old;
    }
    if (sched.runq_tail - sched.runq_head < RUNQ_SIZE) {
        sched.runq[sched.runq_tail++ % RUNQ_SIZE] = g;
        return;
    }
    for (int i = 0; i < RUNQ_SIZE / 2; i++)
        global_put(sched.runq[sched.runq_head++ % RUNQ_SIZE]);
    global_put(g);
}

/* Go's runqget: runnext first (it inherits the time slice), then the
 * local queue's head. */
static RtG *runq_get(bool *inherit)
{
    RtG *g = sched.runnext;
    if (g) {
        sched.runnext = NULL;
        *inherit = true;
        return g;
    }
    *inherit = false;
    if (sched.runq_head == sched.runq_tail) return NULL;
    return sched.runq[sched.runq_head++ % RUNQ_SIZE];
}

/* Go's globrunqget with one P: a share of the global queue (all of it, up
 * to half a local queue, at most max if max > 0) moves to the local queue;
 * the first of it runs. */
static RtG *global_get(int64_t max)
{
    if (sched.global_size == 0) return NULL;
    int64_t n = sched.global_size + 1;
    if (n > sched.global_size) n = sched.global_size;
    if (max > 0 && n > max) n = max;
    if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
    RtG *g = global_pop();
    while (--n > 0) runq_put(global_pop(), false);
    return g;
}

/* Go's findRunnable, less the other Ps, the network and the GC workers. */
static RtG *find_runnable(bool *inherit)
{
    *inherit = false;
    if (sched.tick % 61 == 0 && sched.global_size > 0) return global_get(1);
    RtG *g = runq_get(inherit);
    if (g) return g;
    return global_get(0);
}

/* ---------------------------------------------------------------- stacks */

static RT_NORETURN void stack_exhausted(void)
{
    uint8_t store[160];
    RtBuf b = RT_BUF_INIT(store);
    rt_buf_puts(&b, "runtime: cannot map a goroutine stack (");
    rt_strconv_append_bits(&b, (uint64_t)sched.count, 10, false);
    rt_buf_puts(&b, " goroutines; see vm.max_map_count)\n");
    rt_stdout_flush();
    rt_stderr_write(b.data, b.len);
    rt_fatal("out of memory");
}

/* Maps a new stack; returns its slot: the guard, then the stack proper.
 *
 * The kernel allows a process only so many mappings (vm.max_map_count,
 * 65530 by default), and a guard made by mprotect is a mapping of its own.
 * So stacks go in slots of a region of their own, far below where the
 * kernel places mappings, each mapped at a fixed address with its guard
 * left unmapped: a hole, which faults like a PROT_NONE page and costs no
 * mapping. Where that cannot be done (a kernel without MAP_FIXED_NOREPLACE,
 * an occupied slot), a stack is mapped anywhere with a PROT_NONE guard. */
static uint8_t *map_stack(void)
{
    int prot = PROT_READ | PROT_WRITE;
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK;
#ifdef MAP_FIXED_NOREPLACE
    if (!sched.stack_region)          /* 32 TiB up, at a random 64 MiB slot */
        sched.stack_region = STACK_REGION + (uintptr_t)(gosub_fastrand64() % 65536) * STACK_RESERVE;
    for (int tries = 0; tries < 8 && !sched.stack_region_full; tries++) {
        uint8_t *slot = (uint8_t *)(sched.stack_region + sched.stack_slots++ * STACK_RESERVE);
        uint8_t *p = mmap(slot + STACK_GUARD, STACK_RESERVE - STACK_GUARD, prot,
                          flags | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == slot + STACK_GUARD) return slot;
        if (p != MAP_FAILED) {          /* an older kernel took it for a hint */
            munmap(p, STACK_RESERVE - STACK_GUARD);
            sched.stack_region_full = true;
        } else if (errno != EEXIST) {
            break;                      /* out of mappings or memory */
        }
    }
#endif
    uint8_t *map = mmap(NULL, STACK_RESERVE, prot, flags, -1, 0);
    if (map == MAP_FAILED) stack_exhausted();
    if (mprotect(map, STACK_GUARD, PROT_NONE) != 0) {
        munmap(map, STACK_RESERVE);
        stack_exhausted();
    }
    return map;
}

/* A goroutine record with a stack: an ended one's, or a new one. */
static RtG *g_new(void)
{
    RtG *g = sched.free;
    if (g) {
        sched.free = g->link;
        g->link = NULL;
#if SCHED_ASAN
        /* The frames it ended in never returned: their redzones are still
         * poisoned, from its last stack pointer up. */
        uintptr_t sp = rt_ctx_sp(&g->ctx, g->lo);
        if (sp >= g->lo && sp < g->hi) __asan_unpoison_memory_region((void *)sp, g->hi - sp);
#endif
        return g;
    }
    g = calloc(1, sizeof *g);
    if (!g) rt_fatal("runtime: out of memory");
    uint8_t *map = map_stack();
    /* Transparent huge pages would make every touched stack 2 MiB. */
    madvise(map + STACK_GUARD, STACK_RESERVE - STACK_GUARD, MADV_NOHUGEPAGE);
    g->map = map;
    g->lo = (uintptr_t)map + STACK_GUARD;
    g->hi = (uintptr_t)map + STACK_RESERVE;
#if SCHED_ASAN
    g->asan_bottom = (const void *)g->lo;
    g->asan_size = g->hi - g->lo;
#endif
    return g;
}

void rt_sched_release_stacks(void)
{
    for (RtG *g = sched.free; g; g = g->link) {
        if (!g->stack_dirty) continue;
        g->stack_dirty = false;
        madvise((void *)g->lo, g->hi - STACK_KEEP - g->lo, MADV_DONTNEED);
    }
}

/* ---------------------------------------------------------------- switching */

static void after_switch(void)
{
#if SCHED_ASAN
    const void *bottom;
    size_t size;
    __sanitizer_finish_switch_fiber(sched.cur->asan_fake_stack, &bottom, &size);
    RtG *from = sched.switched_from;
    if (from == &sched.main && !from->asan_size) {
        from->asan_bottom = bottom;   /* the process's stack, as the sanitizer sees it */
        from->asan_size = size;
    }
#endif
    RtG *z = sched.zombie;
    if (z) {
        sched.zombie = NULL;
        z->link = sched.free;
        sched.free = z;
    }
}

static void switch_to(RtG *next)
{
    RtG *prev = sched.cur;
    sched.cur = next;
    sched.switched_from = prev;
    rt_defer_switch(next == &sched.main ? NULL : &next->defers);
#if SCHED_ASAN
    __sanitizer_start_switch_fiber(prev->status == G_DEAD ? NULL : &prev->asan_fake_stack,
                                   next->asan_bottom, next->asan_size);
#endif
    rt_ctx_switch(&prev->ctx, &next->ctx);
    after_switch();
}

static const char *const wait_reasons[] = {
    [RT_WAIT_NONE] = "",
    [RT_WAIT_CHAN_RECEIVE] = "chan receive",
    [RT_WAIT_CHAN_SEND] = "chan send",
    [RT_WAIT_CHAN_RECEIVE_NIL] = "chan receive (nil chan)",
    [RT_WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
    [RT_WAIT_SELECT] = "select",
    [RT_WAIT_SELECT_NO_CASES] = "select (no cases)",
    [RT_WAIT_SEMACQUIRE] = "semacquire",
    [RT_WAIT_SLEEP] = "sleep",
    [RT_WAIT_SYNC_COND] = "sync.Cond.Wait",
    [RT_WAIT_FOREVER] = "wait",
};

/* Every goroutine is blocked and no timer can wake one: Go's checkdead. */
static RT_NORETURN void deadlock(void)
{
    rt_stdout_flush();
    if (sched.count == 0) {       /* main called runtime.Goexit, the others ended */
        rt_stderr_puts("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        _exit(2);
    }
    rt_stderr_puts("fatal error: all goroutines are asleep - deadlock!\n");
    for (RtG *g = sched.all_head; g; g = g->all_next) {
        uint8_t store[96];
        RtBuf b = RT_BUF_INIT(store);
        rt_buf_puts(&b, "\ngoroutine ");
        rt_strconv_append_bits(&b, (uint64_t)g->id, 10, false);
        rt_buf_puts(&b, " [");
        rt_buf_puts(&b, g->status == G_WAITING ? wait_reasons[g->reason] : "runnable");
        rt_buf_puts(&b, "]:\n\t(gosub prints no stack trace)\n");
        rt_stderr_write(b.data, b.len);
        rt_buf_free(&b);
    }
    _exit(2);
}

/* Nothing to run until the timer at when: the thread sleeps. */
static void idle_until(int64_t when)
{
    rt_stdout_flush();          /* what was printed before a pause shows before it */
    struct timespec ts = {(time_t)(when / 1000000000), (long)(when % 1000000000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
    }
}

/* The running goroutine has stopped (blocked, yielded or ended): picks the
 * next and switches to it; returns when the caller's goroutine runs again. */
static void schedule(void)
{
    RtG *g;
    bool inherit;
    for (;;) {
        if (rt_timer_next() >= 0) rt_timer_run(gosub_nanotime());
        g = find_runnable(&inherit);
        if (g) break;
        int64_t when = rt_timer_next();
        if (when < 0) deadlock();
        idle_until(when);
    }
    if (!inherit) sched.tick++;
    g->status = G_RUNNING;
    if (g != sched.cur) switch_to(g);
}

/* ---------------------------------------------------------------- goroutines */

/* The running goroutine ends. Main's stack is the process's: it is not
 * reused, and the program goes on (runtime.Goexit in main). */
static RT_NORETURN void goexit(void)
{
    RtG *g = sched.cur;
    g->status = G_DEAD;
    all_remove(g);
    sched.count--;
    if (g != &sched.main) {
        g->stack_dirty = true;
        rt_defer_free_state(&g->defers);
        sched.zombie = g;
    }
    schedule();
    rt_fatal("runtime: an ended goroutine ran again");
}

/* runtime.Goexit, once defer.c has run the goroutine's deferred calls. */
RT_NORETURN void rt_sched_goexit(void)
{
    current();
    goexit();
}

/* Where every goroutine but main begins, on its own stack. */
static void goroutine_main(void *arg)
{
    RtG *g = arg;
    after_switch();
    GoFunc *fn = g->fn;
    g->fn = NULL;
    ((void (*)(GoFunc *))fn->fn)(fn);
    goexit();
}

void gosub_go(GoFunc *fn)
{
    current();
    if (!fn) rt_fatal("go of nil func value");
    RtG *g = g_new();
    g->fn = fn;
    g->id = sched.next_id++;
    g->status = G_RUNNABLE;
    g->reason = RT_WAIT_NONE;
    rt_ctx_init(&g->ctx, g->lo, g->hi, goroutine_main, g);
    all_append(g);
    sched.count++;
    runq_put(g, true);
}

void rt_sched_park(RtWaitReason why)
{
    RtG *g = current();
    g->status = G_WAITING;
    g->reason = why;
    schedule();
}

void rt_sched_ready(RtG *g)
{
    if (g->status != G_WAITING) rt_fatal("runtime: readying a goroutine that is not waiting");
    g->status = G_RUNNABLE;
    g->reason = RT_WAIT_NONE;
    runq_put(g, true);
}

void rt_sched_yield(void)
{
    RtG *g = current();
    g->status = G_RUNNABLE;
    runq_put(g, false);
    schedule();
}

/* runtime.Gosched: to the global queue, as Go's goschedImpl does. */
void gosub_gosched(void)
{
    RtG *g = current();
    g->status = G_RUNNABLE;
    global_put(g);
    schedule();
}

/* Go's runtime.main after main.main returns: goroutines still running the
 * deferred calls of a panic get up to 1000 turns to finish it, so that a
 * panic that would end the program is not lost to main's exit. */
void rt_sched_main_return(void)
{
    for (int i = 0; i < 1000 && sched.ready; i++) {
        bool panicking = false;
        for (RtG *g = sched.all_head; g && !panicking; g = g->all_next)
            panicking = g != &sched.main && g->defers.npanics > 0;
        if (!panicking) return;
        gosub_gosched();
    }
}

/* The sleeping goroutine's timer function. */
static void wake_sleeper(GoFunc *self, GoEface arg, go_uintptr seq)
{
    (void)self, (void)seq;
    rt_sched_ready(arg.data);
}

static const GoFunc wake_sleeper_func = {(void (*)(void))wake_sleeper};

/* time.Sleep. Go returns at once for ns <= 0; gosub yields, since without
 * preemption a loop polling with Sleep(0) would otherwise never let another
 * goroutine run. */
void gosub_sleep(int64_t ns)
{
    if (ns <= 0) {
        gosub_gosched();
        return;
    }
    RtG *g = current();
    int64_t when = gosub_nanotime() + ns;
    g->sleep = (RtTimer){.when = when < 0 ? INT64_MAX : when,
                         .f = (GoFunc *)&wake_sleeper_func,
                         .arg = {NULL, g}};
    rt_timer_add(&g->sleep);
    rt_sched_park(RT_WAIT_SLEEP);
}

/* ---------------------------------------------------------------- for the collector and signals */

uint64_t rt_sched_mark_stacks(uintptr_t lo)
{
    RtG *cur = current();
    uint64_t bytes = 0;
    uintptr_t hi = stack_top(cur);
    if (hi > lo) {
        rt_gc_mark_range((const void *)lo, hi - lo);
        bytes += hi - lo;
    }
    for (RtG *g = sched.all_head; g; g = g->all_next) {
        if (g->fn) rt_gc_mark_range(&g->fn, sizeof g->fn);
        if (g != &sched.main) rt_defer_mark_state(&g->defers);
        if (g == cur) continue;
        rt_gc_mark_range(&g->ctx, sizeof g->ctx);
        uintptr_t sp = rt_ctx_sp(&g->ctx, g->lo), top = stack_top(g);
        if (top > sp) {
            rt_gc_mark_range((const void *)sp, top - sp);
            bytes += top - sp;
        }
    }
    return bytes;
}

uint64_t rt_sched_stack_inuse(void)
{
    RtG *cur = current();
    uint64_t total = 0, page = 4096;
    for (RtG *g = sched.all_head; g; g = g->all_next) {
        uintptr_t sp = g == cur ? (uintptr_t)__builtin_frame_address(0) : rt_ctx_sp(&g->ctx, g->lo);
        uintptr_t top = stack_top(g);
        if (top > sp) total += (top - sp + page - 1) / page * page;
    }
    return total;
}

bool rt_sched_stack_overflow(uintptr_t addr, uintptr_t sp, uintptr_t *lo, uintptr_t *hi)
{
    if (!sched.ready || sched.cur == &sched.main) return false;
    const RtG *g = sched.cur;
    *lo = g->lo;
    *hi = g->hi;
    uintptr_t map = (uintptr_t)g->map;
    /* In the guard, or below it for a frame larger than the guard. */
    if (addr < g->lo && addr + (1 << 20) >= map) return true;
    return sp < g->lo && sp + (1 << 20) >= map;
}
