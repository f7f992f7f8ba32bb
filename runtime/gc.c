/*
 * gc.c — the garbage collector: when to collect, marking, and the numbers.
 *
 * A stop-the-world, tri-color mark-and-sweep collector over alloc.c's heap.
 * The colours, as in clox's memory.c:
 *
 *   white  not (yet) marked: garbage, unless something reaches it;
 *   gray   marked, and on the gray stack: its own pointers not yet scanned;
 *   black  marked and scanned (or holding no pointers at all).
 *
 * Marking starts from the roots, which it turns gray:
 *
 *   - the program's globals, listed by the compiler in gosub_program_roots
 *     with their types, and scanned precisely by the types' pointer bitmaps
 *     (or, for a program without that table, its static data conservatively);
 *   - every goroutine's stack and registers, scanned conservatively: C
 *     locals carry no types, so any word that points into an allocated
 *     object (interior pointers included) keeps that object alive. The
 *     running goroutine's stack is scanned from the collector's entry up
 *     (its own frames are left out: see rt_gc_collect), the others' from
 *     their saved stack pointers, below which their saved registers lie
 *     (sched.c, rt_sched_mark_stacks);
 *   - the runtime's own state that holds heap pointers (os.Args, the values
 *     of running panics, pending timers: see rt_os_mark_roots and friends).
 *
 * After the sweep, the stacks of goroutines that have ended give their deep
 * pages back to the OS (rt_sched_release_stacks).
 *
 * Before marking, sync.Pool's items move to their victim caches, and the
 * previous victims are dropped (rt_sync_pool_cleanup), as Go's gcStart does.
 *
 * Then it pops gray objects and scans them precisely — each object's type
 * (alloc.c remembers it) says which words are pointers, repeated for every
 * element of an array — until the gray stack is empty. Everything still
 * white is garbage: rt_heap_sweep (alloc.c) frees it at once.
 *
 * Pacing is Go's (mgcpacer.go): after a collection the heap may grow to
 * goal = marked + (marked + stacks + globals) * GOGC/100, never below 4 MB
 * (scaled by GOGC/100, as Go scales it), and the next allocation past the
 * goal collects. GOGC=off never collects unless asked (runtime.GC).
 * GOMEMLIMIT (or debug.SetMemoryLimit) is a soft limit on all the memory
 * the runtime holds, as in Go 1.19: the goal is lowered so that the heap
 * plus everything else mapped stays under it (with 3% headroom), even with
 * GOGC=off, and free pages are returned to the OS at once when the total
 * is over it. A live heap larger than the limit cannot be helped: then the
 * goal stays a little above it rather than collecting at every allocation.
 * GODEBUG=gctrace=1 prints Go's line per collection; GOSUB_GCSTRESS=1
 * collects before every allocation, to flush out missing roots.
 *
 * Finalizers (runtime.SetFinalizer) follow Go's mfinal.go: the table of
 * (object, function) pairs lives in C memory, so it keeps the functions alive
 * (they are roots) but not the objects. After the ordinary mark, everything a
 * finalizable object points to is marked, as Go's markrootSpans does, so that
 * if x is finalizable and points to finalizable y, x's finalizer runs first
 * and y's only in a later cycle. A finalizable object still unmarked then is
 * unreachable: its entry moves to the queue, and the object (with all it
 * reaches) is marked to survive this cycle for its finalizer. The queue is a
 * root until the finalizer has run; the object is freed by a later cycle if
 * nothing revived it.
 *
 * What it hands on: rt_gc_collect (runtime.GC), rt_gc_read_memstats
 * (runtime.ReadMemStats), rt_gc_mark_range (for services with roots),
 * rt_gc_set_finalizer and rt_gc_run_finalizers (runtime.SetFinalizer).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "internal.h"

/* The program's globals: the tables the compiler emits. The references are
 * weak so that a program built without them still links (&nroots is then
 * NULL), and for such a program the whole of its static data is scanned
 * conservatively instead, from __data_start to _end (glibc and the linker
 * define both). */
extern const GoRoot gosub_program_roots[] __attribute__((weak));
extern const go_int gosub_program_nroots __attribute__((weak));
extern char __data_start[] __attribute__((weak)), _end[] __attribute__((weak));

#define HEAP_MINIMUM ((uint64_t)4 << 20)    /* Go's defaultHeapMinimum */

typedef struct Gray {
    RtSpan *span;
    size_t idx;
} Gray;

static struct {
    bool ready;                 /* the environment has been read */
    bool collecting;
    int gogc;                   /* GOGC; < 0 is "off" */
    int64_t memory_limit;       /* GOMEMLIMIT, bytes; INT64_MAX when none */
    uint64_t marked;            /* live bytes after the last collection */
    bool stress, trace;
    uint64_t next_gc;           /* the heap goal: collect when live bytes reach it */
    Gray *gray;                 /* the gray stack */
    size_t ngray, gray_cap;
    uint64_t stack_bytes, globals_bytes;    /* scanned by the last mark */
    /* For MemStats and gctrace. */
    uint64_t start_ns;          /* process start, monotonic */
    uint32_t numgc, numforced;
    uint64_t pause_total, pause_ns[256], pause_end[256], last_gc;
    uint64_t gc_time;           /* all time spent collecting */
    uintptr_t stack_lo;         /* where the scan of the stack starts */
    uintptr_t regs[6];          /* the program's callee-saved registers */
} gc;

/* A finalizer: obj (a pointer into the heap) gets fn(obj) once unreachable.
 * ot is obj's pointer type; iface_arg: fn takes an interface{} instead, and
 * obj is passed as one. */
typedef struct Finalizer {
    void *obj;
    GoFunc *fn;
    const GoType *ot;
    bool iface_arg;
} Finalizer;

static struct {
    Finalizer *set;             /* the objects with a finalizer, unordered */
    size_t nset, set_cap;
    Finalizer *queue;           /* [head, nqueue): found unreachable, not yet run */
    size_t head, nqueue, queue_cap;
} fin;

static uint64_t now_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

__attribute__((constructor)) static void record_start(void)
{
    gc.start_ns = now_ns(CLOCK_MONOTONIC);
}

static uint64_t heap_minimum(void)
{
    return gc.gogc < 0 ? UINT64_MAX : HEAP_MINIMUM * (uint64_t)gc.gogc / 100;
}

static void set_trigger(void);
static void compute_goal(void);
static void scavenge_to_limit(void);

/* GOMEMLIMIT's syntax (Go's parseByteCount): a number of bytes with an
 * optional B, KiB, MiB, GiB or TiB; "off" means no limit. -1: malformed. */
static int64_t parse_byte_count(const char *s)
{
    if (strcmp(s, "off") == 0)
        return INT64_MAX;
    char *end;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    if (end == s || n < 0 || errno)
        return -1;
    static const struct { const char *suffix; int shift; } units[] = {
        {"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(end, units[i].suffix) == 0)
            return n > (INT64_MAX >> units[i].shift) ? INT64_MAX : (int64_t)n << units[i].shift;
    return -1;
}

/* Reads GOGC, GODEBUG=gctrace=1 and GOSUB_GCSTRESS, once. */
static void gc_init(void)
{
    gc.ready = true;
    gc.gogc = 100;                  /* Go's readGOGC: "off", a number, else 100 */
    const char *v = getenv("GOGC");
    char *end;
    long n = v && *v ? strtol(v, &end, 10) : 0;
    if (v && strcmp(v, "off") == 0)
        gc.gogc = -1;
    else if (v && *v && *end == '\0')
        gc.gogc = n < 0 ? -1 : n > 1000000 ? 1000000 : (int)n;
    const char *d = getenv("GODEBUG");
    for (; d && *d; d = strchr(d, ',') ? strchr(d, ',') + 1 : "")
        if (strncmp(d, "gctrace=", 8) == 0)
            gc.trace = atoi(d + 8) > 0;
    v = getenv("GOSUB_GCSTRESS");
    gc.stress = v && *v && strcmp(v, "0") != 0;
    gc.memory_limit = INT64_MAX;
    v = getenv("GOMEMLIMIT");
    if (v && *v) {
        int64_t limit = parse_byte_count(v);
        if (limit < 0) {                /* Go's message, from readGOMEMLIMIT */
            fprintf(stderr, "GOMEMLIMIT=%s\n", v);
            rt_fatal("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
        }
        gc.memory_limit = limit;
    }
    compute_goal();
}

/* ---------------------------------------------------------------- marking */

/* Marks slot idx of s gray (or black at once when it holds no pointers). */
static void mark_object(RtSpan *s, size_t idx)
{
    uint64_t bit = (uint64_t)1 << (idx % 64);
    if (!(s->allocbits[idx / 64] & bit) || (s->markbits[idx / 64] & bit))
        return;                     /* a free slot, or already marked */
    s->markbits[idx / 64] |= bit;
    if (s->noscan)
        return;
    if (gc.ngray == gc.gray_cap) {
        gc.gray_cap = gc.gray_cap ? 2 * gc.gray_cap : 1024;
        gc.gray = realloc(gc.gray, gc.gray_cap * sizeof *gc.gray);
        if (!gc.gray) rt_fatal("runtime: out of memory");
    }
    gc.gray[gc.ngray++] = (Gray){s, idx};
}

/* If v points anywhere into an allocated object, marks that object. */
static inline void mark_word(uintptr_t v)
{
    RtSpan *s = rt_heap_span_of(v);
    if (!s) return;
    size_t idx = (v - s->start) / s->elemsize;
    if (idx < s->nelems) mark_object(s, idx);
}

/* Conservative scanning reads every word of a stack or data range, the
 * padding AddressSanitizer poisons between objects included: those reads are
 * the point, so the sanitizer is told not to instrument them. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOSUB_SANITIZER_ADDRESS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(GOSUB_SANITIZER_ADDRESS)
__attribute__((no_sanitize_address))
#endif
void rt_gc_mark_range(const void *p, size_t n)
{
    uintptr_t a = ((uintptr_t)p + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t end = (uintptr_t)p + n;
    for (; a + sizeof(void *) <= end; a += sizeof(void *))
        mark_word(*(const uintptr_t *)a);
}

/* Marks what the count values of type t at p point to, by t's bitmap. */
static void scan_typed(const uint8_t *p, const GoType *t, size_t count)
{
    size_t words = t->ptrdata / sizeof(void *);
    if (!words || !t->gcbits) return;
    for (size_t k = 0; k < count; k++, p += t->size)
        for (size_t w = 0; w < words; w++)
            if (t->gcbits[w / 8] >> (w % 8) & 1)
                mark_word(((const uintptr_t *)p)[w]);
}

/* Blackens a gray object: an array of as many of its type as fit. */
static void scan_object(RtSpan *s, size_t idx)
{
    const GoType *t = rt_heap_type_of(s, idx);
    if (!t || !t->size) return;
    size_t bytes = s->sizeclass ? s->elemsize : s->large_size;
    scan_typed((const uint8_t *)(s->start + idx * s->elemsize), t, bytes / t->size);
}

/* Scans the running goroutine's registers and its stack from gc.stack_lo,
 * the lowest word of the collector's entry frame (see rt_gc_collect), to
 * its top; then every other goroutine's. */
static void scan_stacks(void)
{
    for (size_t i = 0; i < sizeof gc.regs / sizeof gc.regs[0]; i++)
        mark_word(gc.regs[i]);
    gc.stack_bytes = rt_sched_mark_stacks(gc.stack_lo);
}

static void mark_roots(void)
{
    gc.globals_bytes = 0;
    if (&gosub_program_nroots) {
        for (go_int i = 0; i < gosub_program_nroots; i++) {
            const GoRoot *r = &gosub_program_roots[i];
            scan_typed(r->addr, r->type, 1);
            gc.globals_bytes += r->type->size;
        }
    } else if (__data_start && (uintptr_t)_end > (uintptr_t)__data_start) {
        size_t n = (uintptr_t)_end - (uintptr_t)__data_start;
        rt_gc_mark_range(__data_start, n);
        gc.globals_bytes = n;
    }
    rt_os_mark_roots();
    rt_defer_mark_roots();
    rt_sync_mark_roots();
    rt_timer_mark_roots();
    /* The finalizer functions are roots; the objects are not (the table is
     * C memory, which no scan reads). Queued entries keep both alive until
     * their finalizer has run. */
    for (size_t i = 0; i < fin.nset; i++)
        mark_word((uintptr_t)fin.set[i].fn);
    for (size_t i = fin.head; i < fin.nqueue; i++) {
        mark_word((uintptr_t)fin.queue[i].obj);
        mark_word((uintptr_t)fin.queue[i].fn);
    }
    scan_stacks();
}

/* Pops gray objects and scans them until none is left. */
static void drain(void)
{
    while (gc.ngray > 0) {
        Gray g = gc.gray[--gc.ngray];
        scan_object(g.span, g.idx);
    }
}

/* ---------------------------------------------------------------- finalizers */

/* The span and slot of the object holding p, or false if p is not in one. */
static bool find_object(const void *p, RtSpan **span, size_t *idx)
{
    RtSpan *s = rt_heap_span_of((uintptr_t)p);
    if (!s) return false;
    size_t i = ((uintptr_t)p - s->start) / s->elemsize;
    if (i >= s->nelems || !(s->allocbits[i / 64] >> (i % 64) & 1)) return false;
    *span = s;
    *idx = i;
    return true;
}

static bool is_marked(const RtSpan *s, size_t idx)
{
    return s->markbits[idx / 64] >> (idx % 64) & 1;
}

/* After the mark: queues the finalizers of the objects found unreachable,
 * and marks what they need for their finalizers to run. */
static void queue_finalizers(void)
{
    RtSpan *s;
    size_t idx;
    /* What finalizable objects point to stays alive (Go's markrootSpans):
     * only the objects themselves are judged by reachability. */
    for (size_t i = 0; i < fin.nset; i++)
        if (find_object(fin.set[i].obj, &s, &idx) && !is_marked(s, idx) && !s->noscan)
            scan_object(s, idx);
    drain();
    size_t kept = 0;
    for (size_t i = 0; i < fin.nset; i++) {
        Finalizer f = fin.set[i];
        if (!find_object(f.obj, &s, &idx) || is_marked(s, idx)) {
            fin.set[kept++] = f;
            continue;
        }
        if (fin.nqueue == fin.queue_cap) {
            if (fin.head > 0) {         /* reuse the run part first */
                memmove(fin.queue, fin.queue + fin.head, (fin.nqueue - fin.head) * sizeof *fin.queue);
                fin.nqueue -= fin.head;
                fin.head = 0;
            } else {
                fin.queue_cap = fin.queue_cap ? 2 * fin.queue_cap : 16;
                fin.queue = realloc(fin.queue, fin.queue_cap * sizeof *fin.queue);
                if (!fin.queue) rt_fatal("runtime: out of memory");
            }
        }
        fin.queue[fin.nqueue++] = f;
        mark_object(s, idx);            /* it lives until its finalizer has run */
    }
    fin.nset = kept;
    drain();
}

/* Sets (fn != NULL) or clears obj's finalizer; obj is known to be in the
 * heap. Returns false if obj already has one and fn is not NULL. */
bool rt_gc_set_finalizer(void *obj, GoFunc *fn, const GoType *ot, bool iface_arg)
{
    for (size_t i = 0; i < fin.nset; i++) {
        if (fin.set[i].obj != obj) continue;
        if (fn) return false;
        fin.set[i] = fin.set[--fin.nset];
        return true;
    }
    if (!fn) return true;
    if (fin.nset == fin.set_cap) {
        fin.set_cap = fin.set_cap ? 2 * fin.set_cap : 16;
        fin.set = realloc(fin.set, fin.set_cap * sizeof *fin.set);
        if (!fin.set) rt_fatal("runtime: out of memory");
    }
    fin.set[fin.nset++] = (Finalizer){obj, fn, ot, iface_arg};
    return true;
}

bool rt_gc_in_heap(const void *p, bool *at_start)
{
    RtSpan *s;
    size_t idx;
    if (!find_object(p, &s, &idx)) return false;
    *at_start = (uintptr_t)p == s->start + idx * s->elemsize;
    return true;
}

/* Runs the queued finalizers, each once, in the order they were found.
 *
 * Go runs them on a goroutine of their own, which gets its turn while
 * runtime.GC sweeps (it yields between spans) or whenever the program
 * yields; gosub runs them synchronously at those points instead: at the end
 * of runtime.GC and in runtime.Gosched, never from inside the collector or an
 * allocation. An allocation can happen in the middle of a runtime operation
 * (a map growing, an append copying) whose state a finalizer's Go code must
 * not see half done; a collection triggered there only queues. A finalizer
 * may allocate, collect, call SetFinalizer or run this again (the entry is
 * taken off the queue before its call, so nesting runs each entry once); a
 * panic in one unwinds through the caller of runtime.GC, which is where
 * gosub differs from Go (there it would end the program from its own
 * goroutine). While it runs, the object and function are in this frame and
 * the callee's, which the conservative stack scan keeps alive. */
void rt_gc_run_finalizers(void)
{
    while (fin.head < fin.nqueue) {
        Finalizer f = fin.queue[fin.head++];
        if (fin.head == fin.nqueue) fin.head = fin.nqueue = 0;
        if (f.iface_arg) {      /* a pointer is its interface's data word */
            ((void (*)(GoFunc *, GoEface))f.fn->fn)(f.fn, (GoEface){f.ot, f.obj});
        } else {
            ((void (*)(GoFunc *, void *))f.fn->fn)(f.fn, f.obj);
        }
    }
}

/* ---------------------------------------------------------------- a collection */

/* Go's fmtNSAsMS: whole ms from 10 ms up, else two significant digits. */
static void put_ms(RtBuf *b, uint64_t ns)
{
    char tmp[32];
    if (ns >= 10000000) {
        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)(ns / 1000000));
    } else {
        uint64_t x = ns / 1000;
        int dec = 3;
        while (x >= 100) x /= 10, dec--;
        if (x == 0)
            snprintf(tmp, sizeof tmp, "0");
        else {
            uint64_t p = dec == 3 ? 1000 : dec == 2 ? 100 : dec == 1 ? 10 : 1;
            if (dec == 0)
                snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)x);
            else
                snprintf(tmp, sizeof tmp, "%llu.%0*llu", (unsigned long long)(x / p), dec,
                         (unsigned long long)(x % p));
        }
    }
    rt_buf_puts(b, tmp);
}

static void trace_line(uint64_t t0, uint64_t t1, uint64_t t2, uint64_t t3, uint64_t heap0,
                       uint64_t heap2, uint64_t goal, bool forced)
{
    uint8_t store[256];
    char tmp[256];
    RtBuf b = RT_BUF_INIT(store);
    uint64_t since = (t0 - gc.start_ns) / 1000000;
    double elapsed = (double)(t3 - gc.start_ns);
    snprintf(tmp, sizeof tmp, "gc %u @%llu.%03llus %d%%: ", gc.numgc,
             (unsigned long long)(since / 1000), (unsigned long long)(since % 1000),
             (int)(elapsed > 0 ? (double)gc.gc_time / elapsed * 100 : 0));
    rt_buf_puts(&b, tmp);
    /* Clock: stop-the-world start (roots), marking, mark termination (sweep). */
    put_ms(&b, t1 - t0), rt_buf_putc(&b, '+');
    put_ms(&b, t2 - t1), rt_buf_putc(&b, '+');
    put_ms(&b, t3 - t2);
    /* CPU: the same on one thread; no assists, no idle marking. */
    rt_buf_puts(&b, " ms clock, ");
    put_ms(&b, t1 - t0), rt_buf_puts(&b, "+0/");
    put_ms(&b, t2 - t1), rt_buf_puts(&b, "/0+");
    put_ms(&b, t3 - t2);
    snprintf(tmp, sizeof tmp,
             " ms cpu, %llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, 1 P%s\n",
             (unsigned long long)(heap0 >> 20), (unsigned long long)(heap0 >> 20),
             (unsigned long long)(heap2 >> 20), (unsigned long long)(goal >> 20),
             (unsigned long long)(gc.stack_bytes >> 20), (unsigned long long)(gc.globals_bytes >> 20),
             forced ? " (forced)" : "");
    rt_buf_puts(&b, tmp);
    rt_stderr_write(b.data, b.len);
    rt_buf_free(&b);
}

static __attribute__((noinline)) void collect(bool forced)
{
    /* rt_gc_collect's frame starts just above this one's frame record (the
     * saved frame pointer and the return address, in x86-64's layout). */
    gc.stack_lo = (uintptr_t)__builtin_frame_address(0) + 2 * sizeof(void *);
    if (!gc.ready) gc_init();
    if (gc.collecting) return;
    gc.collecting = true;
    RtHeapStats hs;
    rt_heap_stats(&hs);
    uint64_t heap0 = hs.live, goal = gc.next_gc;
    uint64_t t0 = now_ns(CLOCK_MONOTONIC);

    rt_sync_pool_cleanup();             /* Go's clearpools: sync.Pool's victim cache */
    mark_roots();
    uint64_t t1 = now_ns(CLOCK_MONOTONIC);
    drain();
    queue_finalizers();
    uint64_t t2 = now_ns(CLOCK_MONOTONIC);
    rt_heap_sweep();
    rt_sched_release_stacks();
    uint64_t t3 = now_ns(CLOCK_MONOTONIC);

    rt_heap_stats(&hs);
    uint64_t marked = hs.live;
    gc.marked = marked;
    compute_goal();
    scavenge_to_limit();
    uint64_t pause = t3 - t0;
    gc.pause_ns[gc.numgc % 256] = pause;
    gc.last_gc = now_ns(CLOCK_REALTIME);
    gc.pause_end[gc.numgc % 256] = gc.last_gc;
    gc.pause_total += pause;
    gc.gc_time += pause;
    gc.numgc++;
    if (forced) gc.numforced++;
    set_trigger();
    if (gc.trace) trace_line(t0, t1, t2, t3, heap0, marked, goal == UINT64_MAX ? 0 : goal, forced);
    gc.collecting = false;
}

/* The collector's entry. The stack is scanned only from this frame up: the
 * collector's own frames below it are left out, since their uninitialised
 * words (trace_line's buffers, say) still hold whatever earlier, deeper calls
 * of the program left there, and such a stale pointer would keep an object
 * alive for no reason (a finalizer would run a cycle late, or never).
 *
 * The program's pointers that are only in registers are in the callee-saved
 * ones (the others do not survive the call here). Those this function uses
 * itself it saves in its frame first, where the scan finds them; on x86-64
 * the rest are copied into gc.regs, which keeps this frame free of locals
 * (and, see below, of stale padding words). Elsewhere __builtin_unwind_init
 * spills them all into this frame. */
void __attribute__((noinline)) rt_gc_collect(bool forced)
{
    if (gc.collecting) return;          /* keep the outer collection's range */
#if defined(__x86_64__)
    __asm__ volatile("movq %%rbx, 0(%0)\n\tmovq %%rbp, 8(%0)\n\t"
                     "movq %%r12, 16(%0)\n\tmovq %%r13, 24(%0)\n\t"
                     "movq %%r14, 32(%0)\n\tmovq %%r15, 40(%0)"
                     : : "r"(gc.regs) : "memory");
    /* Asking for the frame address gives this function a frame pointer:
     * with the return address it fills 16 bytes, so no padding word is
     * needed to align the stack for the call. */
    __asm__ volatile("" : : "r"(__builtin_frame_address(0)));
    collect(forced);
#else
    __builtin_unwind_init();
    collect(forced);
#endif
    __asm__ volatile("" : : : "memory");    /* no tail call: keep the frame */
    memset(gc.regs, 0, sizeof gc.regs);
}

/* All the memory the runtime holds and has not given back: what
 * GOMEMLIMIT limits (Go counts mapped, ready memory the same way). */
static uint64_t mapped_ready(void)
{
    RtHeapStats hs;
    rt_heap_stats(&hs);
    return hs.sys - hs.released + hs.span_sys + gc.gray_cap * sizeof(Gray) + gc.stack_bytes;
}

/* The heap goal from GOGC and from the memory limit, the lower of the two. */
static void compute_goal(void)
{
    uint64_t marked = gc.marked;
    uint64_t goal = UINT64_MAX;
    if (gc.gogc >= 0) {
        uint64_t grow = (marked + gc.stack_bytes + gc.globals_bytes) * (uint64_t)gc.gogc / 100;
        goal = marked + grow;
        if (goal < heap_minimum()) goal = heap_minimum();
    }
    if (gc.memory_limit != INT64_MAX) {
        RtHeapStats hs;
        rt_heap_stats(&hs);
        uint64_t limit = (uint64_t)gc.memory_limit;
        uint64_t headroom = limit / 100 * 3;
        /* what is not live heap stays mapped whatever the goal: take it off */
        uint64_t ready = mapped_ready(), overhead = ready > hs.live ? ready - hs.live : 0;
        uint64_t free_heap = hs.sys - hs.released - hs.inuse;   /* reusable, or released */
        overhead = overhead > free_heap ? overhead - free_heap : 0;
        uint64_t limit_goal = limit > overhead + headroom ? limit - overhead - headroom : 0;
        uint64_t floor = marked + (marked / 16 > (1 << 20) ? marked / 16 : (1 << 20));
        if (limit_goal < floor) limit_goal = floor;
        if (limit_goal < goal) goal = limit_goal;
    }
    gc.next_gc = goal;
    set_trigger();
}

/* Over the memory limit after a collection: free pages go back at once. */
static void scavenge_to_limit(void)
{
    if (gc.memory_limit == INT64_MAX) return;
    uint64_t ready = mapped_ready(), limit = (uint64_t)gc.memory_limit;
    if (ready <= limit) return;
    RtHeapStats hs;
    rt_heap_stats(&hs);
    uint64_t excess = ready - limit, heap_ready = hs.sys - hs.released;
    rt_heap_release(heap_ready > excess ? heap_ready - excess : 0);
}

/* debug.SetGCPercent: the old value (-1 for off); a negative one turns
 * the collector off. The goal follows at once, as in Go. */
go_int rt_gc_set_percent(go_int percent)
{
    if (!gc.ready) gc_init();
    go_int old = gc.gogc;
    gc.gogc = percent < 0 ? -1 : percent > 1000000 ? 1000000 : (int)percent;
    compute_goal();
    return old;
}

/* debug.SetMemoryLimit: the old limit; a negative one only asks. */
int64_t rt_gc_set_memory_limit(int64_t limit)
{
    if (!gc.ready) gc_init();
    int64_t old = gc.memory_limit;
    if (limit >= 0) {
        gc.memory_limit = limit;
        compute_goal();
    }
    return old;
}

/* debug.FreeOSMemory: a collection, then every free page back to the OS. */
void rt_gc_free_os_memory(void)
{
    rt_gc_collect(true);
    rt_heap_release(0);
}

/* Stress mode keeps the trigger at 0, so that every allocation comes here. */
static void set_trigger(void)
{
    rt_heap_set_trigger(gc.stress ? 0 : gc.next_gc);
}

void rt_gc_maybe_collect(void)
{
    if (!gc.ready) gc_init();
    RtHeapStats hs;
    rt_heap_stats(&hs);
    if (gc.stress || hs.live >= gc.next_gc) rt_gc_collect(false);
    set_trigger();
}

/* ---------------------------------------------------------------- MemStats */

void rt_gc_read_memstats(RtMemStats *m)
{
    if (!gc.ready) gc_init();
    RtHeapStats hs;
    rt_heap_stats(&hs);
    memset(m, 0, sizeof *m);
    m->Alloc = m->HeapAlloc = hs.live;
    m->TotalAlloc = hs.total_alloc;
    m->Mallocs = hs.mallocs;
    m->Frees = hs.frees;
    m->HeapObjects = hs.objects;
    m->HeapSys = hs.sys;
    m->HeapInuse = hs.inuse;
    m->HeapIdle = hs.sys - hs.inuse;
    m->HeapReleased = hs.released;
    uint64_t stack = rt_sched_stack_inuse();
    m->StackInuse = m->StackSys = (stack + RT_PAGE_SIZE - 1) / RT_PAGE_SIZE * RT_PAGE_SIZE;
    m->MSpanInuse = m->MSpanSys = hs.span_sys;
    /* The collector's own: the gray stack and the page map's used part. */
    m->GCSys = gc.gray_cap * sizeof(Gray) + hs.sys / RT_PAGE_SIZE * sizeof(void *);
    m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->GCSys;
    m->NextGC = gc.next_gc == UINT64_MAX ? 0 : gc.next_gc;
    m->LastGC = gc.last_gc;
    m->PauseTotalNs = gc.pause_total;
    memcpy(m->PauseNs, gc.pause_ns, sizeof m->PauseNs);
    memcpy(m->PauseEnd, gc.pause_end, sizeof m->PauseEnd);
    m->NumGC = gc.numgc;
    m->NumForcedGC = gc.numforced;
    uint64_t elapsed = now_ns(CLOCK_MONOTONIC) - gc.start_ns;
    m->GCCPUFraction = elapsed ? (double)gc.gc_time / (double)elapsed : 0;
    m->EnableGC = true;
}
