/*
 * internal.h — what the runtime's own files share, and emitted code never sees.
 *
 * Each service keeps its state in one static struct inside its own file; what
 * crosses files is declared here, named rt_<service>_<what> (as Lua names its
 * luaC_/luaM_ internals) so that nothing collides with the program's symbols.
 *
 *   buffer.c   RtBuf, the growable byte buffer that fmt and strconv write into
 *   string.c   UTF-8 decoding and encoding (plus the string services)
 *   strconv.c  integers and quoting; isprint.c its Unicode tables
 *   ftoa.c     floating-point formatting, exact and fast; pow10tab.c the
 *              powers of ten its fast path multiplies by
 *   stdout.c   the buffered stdout writer
 *   print.c    stderr, and the print/println builtins
 *   panic.c    the panic path and the runtime's error types;
 *              signal.c  faults turned into panics;  defer.c  unwinding
 *   os.c       os.Args, os.Exit, runtime start-up
 *   alloc.c    the heap: pages, spans, size classes, gosub_new and friends;
 *   gc.c       the collector that frees it: marking, pacing, MemStats, gctrace
 *   sched.c    goroutines: their stacks, the run queues, parking, deadlock;
 *              context.c  the switch between stacks;  timer.c  the timers;
 *              chan.c  channels and select;  sema.c  semaphores (sync)
 */
#ifndef GOSUB_INTERNAL_H
#define GOSUB_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gosub_rt.h"

#define RT_NORETURN _Noreturn

/* ---------------------------------------------------------------- buffer.c
 * A growable byte buffer in C memory (not the Go heap): scratch space for
 * formatting. It starts in caller-supplied storage, usually a stack array, and
 * moves to malloc'd memory only if it outgrows it. */

typedef struct RtBuf {
    uint8_t *data;
    size_t len, cap;
    bool on_heap;       /* data was malloc'd by us and must be freed */
} RtBuf;

#define RT_BUF_INIT(array) {(array), 0, sizeof(array), false}

void rt_buf_grow(RtBuf *b, size_t extra);
void rt_buf_free(RtBuf *b);
GoString rt_buf_to_string(const RtBuf *b);    /* a copy in the Go heap */

static inline void rt_buf_put(RtBuf *b, const void *p, size_t n) {
    if (n == 0) return;
    if (b->cap - b->len < n) rt_buf_grow(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static inline void rt_buf_putc(RtBuf *b, uint8_t c) {
    if (b->len == b->cap) rt_buf_grow(b, 1);
    b->data[b->len++] = c;
}

static inline void rt_buf_puts(RtBuf *b, const char *s) {
    rt_buf_put(b, s, strlen(s));
}

static inline void rt_buf_put_string(RtBuf *b, GoString s) {
    rt_buf_put(b, s.ptr, (size_t)s.len);
}

/* ---------------------------------------------------------------- types.c */

extern const GoType rt_type_func_string;      /* func() string */

/* ---------------------------------------------------------------- string.c */

enum {
    RT_RUNE_ERROR = 0xFFFD,
    RT_RUNE_SELF = 0x80,      /* runes below this are one byte */
    RT_UTF_MAX = 4,
    RT_MAX_RUNE = 0x10FFFF,
};

/* utf8.DecodeRune: the first rune of p[0:n] and its width; n == 0 gives
 * (RT_RUNE_ERROR, 0), invalid encodings (RT_RUNE_ERROR, 1). */
int32_t rt_utf8_decode(const uint8_t *p, size_t n, int *width);
/* utf8.EncodeRune into out[0:4]; invalid runes encode U+FFFD. */
int rt_utf8_encode(uint8_t *out, int32_t r);
size_t rt_utf8_count(const uint8_t *p, size_t n);   /* utf8.RuneCount */
bool rt_utf8_valid_rune(int32_t r);
void rt_buf_put_rune(RtBuf *b, int32_t r);

/* ---------------------------------------------------------------- strconv.c */

/* strconv.AppendInt/AppendUint's digits in base 2..36; neg prints a '-'
 * and u is the magnitude. */
void rt_strconv_append_bits(RtBuf *b, uint64_t u, int base, bool neg);
/* strconv.AppendQuote / AppendQuoteToASCII (quote '"'), and the rune forms. */
void rt_strconv_append_quote(RtBuf *b, const uint8_t *s, size_t n, bool ascii_only);
void rt_strconv_append_quote_rune(RtBuf *b, int32_t r, bool ascii_only);
bool rt_strconv_can_backquote(const uint8_t *s, size_t n);
bool rt_strconv_is_print(int32_t r);

/* isprint.c: strconv's tables, generated from Go (see the file). */
extern const uint16_t rt_isprint16[], rt_isnotprint16[], rt_isnotprint32[];
extern const uint32_t rt_isprint32[];
extern const size_t rt_isprint16_len, rt_isnotprint16_len, rt_isprint32_len,
    rt_isnotprint32_len;

/* ---------------------------------------------------------------- ftoa.c */

/* strconv.AppendFloat(dst, v, fmt, prec, bitsize): fmt is one of
 * b e E f g G x X; prec < 0 asks for the shortest digits that read back
 * as v; bitsize is 32 or 64. */
void rt_strconv_append_float(RtBuf *b, double v, char fmt, int prec, int bitsize);
/* The same, always by the exact (slow) method: the tests' reference. */
void rt_strconv_append_float_exact(RtBuf *b, double v, char fmt, int prec, int bitsize);

/* pow10tab.c: 10^j = P * 2^(floor(log2 10^j) - 127) with P in [2^127, 2^128)
 * rounded down, as {high, low} 64 bits, for j in [LO, HI]. */
enum { RT_POW10_LO = -310, RT_POW10_HI = 340 };
extern const uint64_t rt_pow10_128[RT_POW10_HI - RT_POW10_LO + 1][2];

/* ---------------------------------------------------------------- stdout.c */

void rt_stdout_write(const void *p, size_t n);
void rt_stdout_flush(void);

/* ---------------------------------------------------------------- print.c */

/* Writes to stderr, unbuffered as Go's runtime writes it, after flushing
 * stdout so that the two streams interleave as they would under Go. */
void rt_stderr_write(const void *p, size_t n);
void rt_stderr_puts(const char *s);
void rt_print_hex_to(RtBuf *b, uint64_t v);       /* runtime hex: 0x1f */
void rt_print_complex_parts(double re, double im); /* print(complex(re, im)) */

/* ---------------------------------------------------------------- panic.c */

/* What a fault signal left for the panic message:
 * "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]". */
typedef struct RtSignalNote {
    int signo;            /* 0: the panic did not come from a signal */
    int code;
    uintptr_t addr, pc;
} RtSignalNote;

void rt_panic_note_signal(const RtSignalNote *note);
void rt_panic_clear_signal(void);     /* the faulting panic was recovered */
RT_NORETURN void rt_panic_nil_deref_from_signal(void);

/* ---------------------------------------------------------------- alloc.c, gc.c
 * The heap (alloc.c) hands spans to the collector (gc.c); see both files. */

enum {
    RT_PAGE_SIZE = 8192,
    RT_MAX_SMALL_SIZE = 32768,
    RT_NUM_CLASSES = 68,          /* Go's _NumSizeClasses, class 0 = large */
};

enum { RT_SPAN_FREE = 1, RT_SPAN_INUSE, RT_SPAN_DEAD };

/* A run of pages: free, or holding objects of one size class (or one large
 * object, sizeclass 0). Slot i is at start + i * elemsize. */
typedef struct RtSpan {
    uintptr_t start;
    size_t npages;
    struct RtSpan *next, *prev;   /* its class's list of spans with room, or the free runs */
    uint8_t state;                /* RT_SPAN_* */
    uint8_t sizeclass;
    bool noscan;                  /* its objects hold no pointers */
    bool released;                /* free, and given back to the OS */
    bool needzero;                /* free, and its pages may hold old objects */
    uint8_t idle_cycles;          /* free: collections it stayed free through */
    uint32_t nelems, nalloc, freeindex;
    size_t elemsize;
    size_t large_size;            /* sizeclass 0: the bytes asked for */
    uint64_t *allocbits, *markbits;
    const GoType *type;           /* every object's type, until a second type comes */
    const GoType **types;         /* then: each slot's type */
} RtSpan;

/* The heap's counters, in bytes unless named otherwise. */
typedef struct RtHeapStats {
    uint64_t total_alloc, mallocs, frees, objects;
    uint64_t live;                /* bytes in allocated objects (HeapAlloc) */
    uint64_t inuse;               /* bytes in spans holding objects (HeapInuse) */
    uint64_t sys;                 /* bytes of the heap's address space committed (HeapSys) */
    uint64_t released;            /* bytes given back to the OS (HeapReleased) */
    uint64_t span_sys;            /* span records and bitmaps (MSpanSys) */
} RtHeapStats;

RtSpan *rt_heap_span_of(uintptr_t addr);     /* NULL: not in an in-use span */
const GoType *rt_heap_type_of(const RtSpan *s, size_t idx);
void rt_heap_sweep(void);
void rt_heap_stats(RtHeapStats *out);
/* The allocator calls rt_gc_maybe_collect once live bytes reach this. */
void rt_heap_set_trigger(uint64_t live_bytes);
uint64_t rt_heap_release(uint64_t keep);      /* madvise free runs down to keep bytes */

void rt_gc_maybe_collect(void);               /* before an allocation, past the trigger */
void rt_gc_collect(bool forced);
go_int rt_gc_set_percent(go_int percent);     /* runtime/debug's knobs */
int64_t rt_gc_set_memory_limit(int64_t limit);
void rt_gc_free_os_memory(void);
/* Marks every heap object that a word in [p, p + n) points into. */
void rt_gc_mark_range(const void *p, size_t n);
/* runtime.SetFinalizer (gc.c): sets, or with fn NULL clears, the finalizer
 * of heap object obj, whose pointer type is ot; iface_arg: the function takes
 * an interface{} rather than ot. False if obj has one already. */
bool rt_gc_set_finalizer(void *obj, GoFunc *fn, const GoType *ot, bool iface_arg);
/* Whether p points into an allocated heap object, and to its start. */
bool rt_gc_in_heap(const void *p, bool *at_start);
/* Runs the finalizers queued by past collections (see gc.c for where). */
void rt_gc_run_finalizers(void);
void rt_os_mark_roots(void);                  /* os.c: os.Args */
void rt_defer_mark_roots(void);               /* defer.c: the running panics' values */
void rt_sync_mark_roots(void);                /* stdlink.c: sync.Pool's cleanup function */
void rt_sync_pool_cleanup(void);              /* stdlink.c: at the start of each collection */
uintptr_t rt_signal_stack_top(void);          /* signal.c: 0 before rt_signal_init */

/* What runtime.ReadMemStats reports (stdlink.c), field for field Go's. */
typedef struct RtMemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys,
        HeapIdle, HeapInuse, HeapReleased, HeapObjects, StackInuse, StackSys,
        MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys,
        NextGC, LastGC, PauseTotalNs, PauseNs[256], PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
} RtMemStats;
void rt_gc_read_memstats(RtMemStats *m);

/* defer.c: a panic unwinds to the innermost function with deferred calls;
 * with none left, panic.c prints the chain of panics and exits.
 *
 * Each goroutine has its own frames and panics: an RtDeferState, which the
 * scheduler keeps in the goroutine's record and hands to defer.c when it
 * switches (the main goroutine's is defer.c's own). */
typedef struct RtPanic {
    GoEface value;
    go_int raised_at;                  /* depth of the innermost frame when raised */
    bool recovered;
} RtPanic;

typedef struct RtDeferState {
    GoDeferFrame *top;                 /* innermost frame with deferred calls */
    RtPanic *panics;                   /* the running panics, oldest first (malloc'd) */
    int npanics, cap;
    bool armed;                        /* a panic is calling a deferred call */
    bool return_may_recover;           /* a deferred call run by a return that may recover */
    void (*callee)(void);              /* the function that call calls, until claimed */
    RtSignalNote signal;               /* the fault behind the newest panic, if any */
} RtDeferState;

RT_NORETURN void rt_defer_panic(GoEface value);
void rt_defer_switch(RtDeferState *s);        /* NULL: the main goroutine's */
void rt_defer_mark_state(const RtDeferState *s);   /* its panics' values, for gc.c */
void rt_defer_free_state(RtDeferState *s);    /* a goroutine ended: back to empty */
RtSignalNote *rt_defer_signal(void);          /* the running goroutine's fault note */
RT_NORETURN void rt_defer_goexit(void);       /* runtime.Goexit */
RT_NORETURN void rt_panic_exit_chain(const RtPanic *panics, int n);
/* panic(plainError(msg)): a runtime.Error printed without "runtime error: " */
RT_NORETURN void rt_panic_plain(const char *msg);
/* Prints "fatal error: msg" plus the goroutine header and exits 2. */
RT_NORETURN void rt_fatal(const char *msg);

/* fmt.c: the method a value's type has under that name and signature
 * ("func() string" for String and Error), or NULL. */
const GoMethod *rt_find_method(const GoType *t, const char *name, const char *sig);

/* ---------------------------------------------------------------- context.c
 * A suspended computation (callee-saved registers and stack pointer), for
 * switching the thread between goroutine stacks. On x86-64 a few lines of
 * assembly; elsewhere (or with -DGOSUB_UCONTEXT) the C library's ucontext. */

#if defined(__x86_64__) && !defined(GOSUB_UCONTEXT)
typedef struct RtContext {
    void *sp;                 /* the registers are pushed below it, on its stack */
} RtContext;
#else
#include <ucontext.h>
#define RT_CTX_UCONTEXT 1
typedef struct RtContext {
    ucontext_t uc;
} RtContext;
#endif

/* Prepares c to call fn(arg) on the stack [lo, hi) when first resumed; fn
 * must never return. */
void rt_ctx_init(RtContext *c, uintptr_t lo, uintptr_t hi, void (*fn)(void *), void *arg);
/* Saves the running computation into from and resumes to. */
void rt_ctx_switch(RtContext *from, RtContext *to);
/* The lowest stack address a suspended computation still uses. */
uintptr_t rt_ctx_sp(const RtContext *c, uintptr_t lo);

/* ---------------------------------------------------------------- sched.c, timer.c */

typedef struct RtG RtG;           /* a goroutine, private to sched.c */

/* Why a goroutine is blocked, as Go names it in "goroutine 1 [chan receive]:". */
typedef enum RtWaitReason {
    RT_WAIT_NONE,
    RT_WAIT_CHAN_RECEIVE,
    RT_WAIT_CHAN_SEND,
    RT_WAIT_CHAN_RECEIVE_NIL,
    RT_WAIT_CHAN_SEND_NIL,
    RT_WAIT_SELECT,
    RT_WAIT_SELECT_NO_CASES,
    RT_WAIT_SEMACQUIRE,
    RT_WAIT_SLEEP,
    RT_WAIT_SYNC_COND,
    RT_WAIT_FOREVER,              /* for tests: blocked with no way out */
} RtWaitReason;

RtG *rt_sched_self(void);                     /* the running goroutine */
/* Blocks the running goroutine until rt_sched_ready; other goroutines run
 * meanwhile. With none runnable and no timer pending, it is Go's deadlock. */
void rt_sched_park(RtWaitReason why);
/* Makes a parked goroutine runnable; it runs next after the running one
 * blocks (Go's goready and its runnext slot). */
void rt_sched_ready(RtG *g);
/* Go's goyield: the running goroutine to the back of the local run queue. */
void rt_sched_yield(void);
RT_NORETURN void rt_sched_goexit(void);       /* the running goroutine ends */
void rt_sched_main_return(void);              /* main.main returned (start.c) */
int64_t rt_sched_goid(void);                  /* the running goroutine's number */
void rt_sched_createfing(void);               /* Go's finalizer goroutine takes a number */
/* For the collector (gc.c): marks every goroutine's stack (the running one's
 * from lo up), saved registers and panics; returns the bytes scanned. */
uint64_t rt_sched_mark_stacks(uintptr_t lo);
uint64_t rt_sched_stack_inuse(void);          /* MemStats.StackInuse */
void rt_sched_release_stacks(void);           /* dead goroutines' stack pages to the OS */
/* For signal.c (async-signal-safe): whether a fault at addr with stack
 * pointer sp overflowed the running goroutine's stack, whose usable range
 * goes into *lo, *hi. */
bool rt_sched_stack_overflow(uintptr_t addr, uintptr_t sp, uintptr_t *lo, uintptr_t *hi);

/* A timer (timer.c), laid out as package time's runtimeTimer so that Go code
 * can hold one: at when (gosub_nanotime's clock) the scheduler calls
 * f(arg, seq), then again every period ns if period > 0. f runs between two
 * goroutines, on whichever stack is current: it must not block. */
typedef struct RtTimer {
    go_int idx;                   /* its place in the heap + 1; 0: not pending */
    int64_t when, period;
    GoFunc *f;                    /* func(arg any, seq uintptr) */
    GoEface arg;
    go_uintptr seq;
} RtTimer;

void rt_timer_add(RtTimer *t);                /* t not pending; t->when set */
bool rt_timer_del(RtTimer *t);                /* whether it was pending */
bool rt_timer_reset(RtTimer *t, int64_t when, int64_t period);  /* whether it was pending */
int64_t rt_timer_next(void);                  /* the earliest when; -1: none pending */
void rt_timer_run(int64_t now);               /* calls the timers due by now */
void rt_timer_mark_roots(void);               /* pending timers are roots */

/* sema.c: Go's semacquire1 and semrelease1 (lifo: wait at the front;
 * handoff: the count goes to the woken goroutine, which runs at once). */
void rt_sema_acquire(uint32_t *addr, bool lifo, RtWaitReason why);
void rt_sema_release(uint32_t *addr, bool handoff);
/* sync.Cond's notifyList, laid out as package sync declares it. */
typedef struct RtNotifyList {
    uint32_t wait;                /* the next ticket to hand out */
    uint32_t notify;              /* the next ticket to notify */
    uintptr_t lock;               /* unused: one thread */
    void *head, *tail;            /* the sleeping waiters, on their stacks */
} RtNotifyList;
uint32_t rt_notify_add(RtNotifyList *l);
void rt_notify_wait(RtNotifyList *l, uint32_t ticket);
void rt_notify_all(RtNotifyList *l);
void rt_notify_one(RtNotifyList *l);

/* ---------------------------------------------------------------- os.c, signal.c */

void rt_os_init(int argc, char **argv);
void rt_signal_init(void);

#endif /* GOSUB_INTERNAL_H */
