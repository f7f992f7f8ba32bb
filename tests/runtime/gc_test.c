/*
 * gc_test.c — unit test of the allocator (alloc.c) and the collector (gc.c).
 *
 * It checks, with hand-written descriptors of the kind the compiler emits:
 * objects reachable only from the stack survive a collection; unreachable
 * ones are freed and their memory reused (zeroed); interior pointers keep
 * their object alive; a struct's non-pointer words are not followed (precise
 * scanning) while its pointer words are; arrays scan every element; large
 * objects; the globals table (this test defines gosub_program_roots, as the
 * compiler will); the pacer collects on its own; and MemStats' invariants
 * after each step (HeapAlloc <= HeapInuse <= HeapSys, Mallocs - Frees ==
 * HeapObjects, HeapReleased once memory has stayed idle); finalizers (run
 * once, at runtime.GC's end or Gosched, never inside an automatic collection;
 * the object and what it reaches survive that cycle and are freed by the
 * next; x's before y's when x points to y; a cleared one never runs).
 *
 * An address the test wants the collector NOT to see is kept "hidden"
 * (xor-ed with a mask), since the stack is scanned conservatively.
 */
#include "rtest.h"

/* struct { p *T; n uintptr; q *T; m uintptr }: pointer words 0 and 2. */
typedef struct T {
    void *p;
    uintptr_t n;
    void *q;
    uintptr_t m;
} T;

static const GoType type_T = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(T), .align = 8,
    .ptrdata = 3 * sizeof(void *), .gcbits = (const uint8_t[]){0x05}, .string = "main.T"};
static const GoType type_ptr = {
    .kind = GOKIND_POINTER, .size = sizeof(void *), .align = 8, .ptrdata = sizeof(void *),
    .gcbits = (const uint8_t[]){0x01}, .string = "*main.T"};

/* The program's globals, as the compiler lists them. */
static void *global_ptr;
static T global_T;
const GoRoot gosub_program_roots[] = {{&global_ptr, &type_ptr}, {&global_T, &type_T}};
const go_int gosub_program_nroots = 2;

void gosub_runtime_GC(void);
void gosub_runtime_Gosched(void);

/* Clears the stack below the caller, where returned helpers left copies of
 * pointers that the collector's own frames might not overwrite. */
static __attribute__((noinline)) void scrub(void)
{
    volatile char area[32768];
    memset((char *)area, 0, sizeof area);
}

/* A collection from a clean stack. */
static void collect(void)
{
    scrub();
    gosub_runtime_GC();
}

/* Read afresh each time, so that the C compiler cannot see that h ^ MASK is
 * a pointer it still has in a register. */
static volatile uintptr_t mask = 0x5a5a5a5a5a5a5a5aull;
#define MASK mask
static uintptr_t hide(const void *p) { return (uintptr_t)p ^ MASK; }
static void *unhide(uintptr_t h) { return (void *)(h ^ MASK); }

/* Is there an allocated object at (or around) addr? */
static bool allocated(uintptr_t addr)
{
    RtSpan *s = rt_heap_span_of(addr);
    if (!s) return false;
    size_t idx = (addr - s->start) / s->elemsize;
    return idx < s->nelems && (s->allocbits[idx / 64] >> (idx % 64) & 1);
}

static void check_stats(const char *when)
{
    RtMemStats m;
    rt_gc_read_memstats(&m);
    EXPECT(m.HeapAlloc <= m.HeapInuse, "%s: HeapAlloc %llu > HeapInuse %llu", when,
           (unsigned long long)m.HeapAlloc, (unsigned long long)m.HeapInuse);
    EXPECT(m.HeapInuse <= m.HeapSys, "%s: HeapInuse > HeapSys", when);
    EXPECT(m.HeapIdle == m.HeapSys - m.HeapInuse, "%s: HeapIdle", when);
    EXPECT(m.HeapReleased <= m.HeapIdle, "%s: HeapReleased %llu > HeapIdle %llu", when,
           (unsigned long long)m.HeapReleased, (unsigned long long)m.HeapIdle);
    EXPECT(m.Mallocs - m.Frees == m.HeapObjects, "%s: Mallocs - Frees != HeapObjects", when);
    EXPECT(m.Alloc == m.HeapAlloc && m.TotalAlloc >= m.HeapAlloc, "%s: Alloc", when);
    EXPECT(m.Sys >= m.HeapSys, "%s: Sys", when);
}

/* Allocates an object and returns it hidden, leaving no copy behind. */
static __attribute__((noinline)) uintptr_t garbage_T(void)
{
    T *t = gosub_new(&type_T);
    t->n = 42;
    return hide(t);
}

static __attribute__((noinline)) void churn(int n)
{
    for (int i = 0; i < n; i++) {
        volatile void *p = gosub_new(&type_T);
        (void)p;
    }
}

static void test_stack_and_garbage(void)
{
    T *volatile kept = gosub_new(&type_T);
    kept->n = 7;
    uintptr_t lost = garbage_T();
    collect();
    EXPECT(allocated((uintptr_t)kept), "object on the stack was freed");
    EXPECT(kept->n == 7, "object on the stack changed");
    EXPECT(!allocated(lost ^ MASK), "unreachable object survived");
    check_stats("after first GC");
    /* Its slot is reused, zeroed. */
    bool reused = false;
    for (int i = 0; i < 10000 && !reused; i++) {
        T *t = gosub_new(&type_T);
        if (t == unhide(lost)) {
            reused = true;
            EXPECT(t->n == 0, "reused memory not zeroed");
        }
    }
    EXPECT(reused, "freed slot never reused");
}

static void test_interior(void)
{
    go_int *volatile mid;
    uintptr_t base;
    {
        go_int *a = gosub_new_array(&gosub_type_int, 100);
        a[0] = 11;
        a[99] = 99;
        mid = &a[50];
        base = hide(a);
    }
    churn(1000);
    collect();
    EXPECT(allocated(base ^ MASK), "interior pointer did not keep the array");
    EXPECT(mid[-50] == 11 && mid[49] == 99, "array contents changed");
    mid = NULL;
}

static __attribute__((noinline)) void make_precise(uintptr_t *followed, uintptr_t *ignored)
{
    T *a = gosub_new(&type_T), *b = gosub_new(&type_T);
    global_T.p = a;                 /* a pointer word: followed */
    global_T.n = (uintptr_t)b;      /* a non-pointer word: not followed */
    *followed = hide(a);
    *ignored = hide(b);
}

static __attribute__((noinline)) T *make_outer(uintptr_t *followed, uintptr_t *ignored)
{
    T *outer = gosub_new(&type_T);
    T *x = gosub_new(&type_T), *y = gosub_new(&type_T);
    outer->q = &x->q;               /* interior pointer, pointer word */
    outer->m = (uintptr_t)y;        /* non-pointer word */
    *followed = hide(x), *ignored = hide(y);
    return outer;
}

static void test_precise(void)
{
    uintptr_t followed, ignored;
    make_precise(&followed, &ignored);
    collect();
    EXPECT(allocated(followed ^ MASK), "pointer word of a global not followed");
    EXPECT(!allocated(ignored ^ MASK), "non-pointer word of a global kept an object");
    global_T = (T){0};

    /* The same inside a heap object, and through its interior. */
    T *volatile outer = make_outer(&followed, &ignored);
    (void)outer;
    collect();
    EXPECT(allocated(followed ^ MASK), "heap pointer word not followed");
    EXPECT(!allocated(ignored ^ MASK), "heap non-pointer word kept an object");
}

static __attribute__((noinline)) void fill_array(uintptr_t *hidden, int n)
{
    T **arr = gosub_new_array(&type_ptr, n);
    global_ptr = arr;
    for (int i = 0; i < n; i++) {
        T *t = gosub_new(&type_T);
        t->m = (uintptr_t)i;
        arr[i] = t;
        hidden[i] = hide(t);
    }
}

/* Clears global_ptr, returning its old value hidden. (Inline, the old
 * value could linger, dead, in a callee-saved register: conservatively a
 * root.) */
static __attribute__((noinline)) uintptr_t drop_global(void)
{
    uintptr_t h = hide(global_ptr);
    global_ptr = NULL;
    return h;
}

static void test_arrays_and_large(void)
{
    enum { N = 200000 };            /* 1.6 MB of pointers: a large object */
    uintptr_t *hidden = malloc(N * sizeof *hidden);
    fill_array(hidden, N);
    collect();
    int lost = 0;
    for (int i = 0; i < N; i++)
        lost += !allocated(hidden[i] ^ MASK) || ((T *)unhide(hidden[i]))->m != (uintptr_t)i;
    EXPECT(lost == 0, "%d elements of a large pointer array lost", lost);
    check_stats("with a large object");

    RtMemStats before, after;
    rt_gc_read_memstats(&before);
    uintptr_t big = drop_global();
    collect();
    rt_gc_read_memstats(&after);
    EXPECT(!allocated(big ^ MASK), "large object survived");
    EXPECT(before.HeapInuse - after.HeapInuse >= N * sizeof(void *) + N * sizeof(T),
           "HeapInuse fell by only %llu", (unsigned long long)(before.HeapInuse - after.HeapInuse));
    EXPECT(after.Frees - before.Frees >= N + 1, "Frees rose by only %llu",
           (unsigned long long)(after.Frees - before.Frees));
    check_stats("after freeing a large object");
    collect();
    collect();
    rt_gc_read_memstats(&after);
    EXPECT(after.HeapReleased >= N * sizeof(void *), "idle memory not released: %llu",
           (unsigned long long)after.HeapReleased);
    check_stats("after release");
    free(hidden);

    /* A released, reused large object reads as zeroes. */
    go_int *z = gosub_new_array(&gosub_type_int, N);
    bool zero = true;
    for (int i = 0; i < N; i++) zero &= z[i] == 0;
    EXPECT(zero, "large object not zeroed");
}

/* A long list kept from the stack while the pacer collects on its own. */
static void test_pacer(void)
{
    RtMemStats m0, m1;
    rt_gc_read_memstats(&m0);
    T *head = NULL;
    for (int i = 0; i < 100000; i++) {
        T *t = gosub_new(&type_T);
        t->p = head;
        t->m = (uintptr_t)i;
        head = t;
        churn(10);                  /* garbage: 3 MB per 10000 nodes */
    }
    rt_gc_read_memstats(&m1);
    EXPECT(m1.NumGC > m0.NumGC + 3, "the pacer collected %u times", m1.NumGC - m0.NumGC);
    EXPECT(m1.NumForcedGC == m0.NumForcedGC, "pacer's collections counted as forced");
    EXPECT(m1.HeapAlloc < 32u << 20, "heap grew to %llu", (unsigned long long)m1.HeapAlloc);
    EXPECT(m1.NextGC >= 4u << 20, "NextGC below the minimum");
    EXPECT(m1.PauseTotalNs > 0 && m1.LastGC > 0, "pause times");
    int i = 99999, bad = 0;
    for (T *t = head; t; t = t->p, i--) bad += t->m != (uintptr_t)i;
    EXPECT(bad == 0 && i == -1, "list damaged: %d bad, ended at %d", bad, i);
    check_stats("after the pacer");
}

/* Finalizers: each run records its object, hidden, in order. */
static uintptr_t finalized[16];
static int nfinalized;

static void record_finalizer(GoFunc *self, void *obj)
{
    (void)self;
    if (nfinalized < 16) finalized[nfinalized++] = hide(obj);
}
static GoFunc finalizer_fn = {(void (*)(void))record_finalizer};

/* A finalizable object pointing to a plain one (*child), or, with chain,
 * to a second finalizable one; returns the first, all hidden. */
static __attribute__((noinline)) uintptr_t finalizable(uintptr_t *child, bool chain)
{
    T *t = gosub_new(&type_T), *c = gosub_new(&type_T);
    t->p = c;
    t->n = 11;
    c->n = 12;
    EXPECT(rt_gc_set_finalizer(t, &finalizer_fn, &type_ptr, false), "setting a finalizer");
    EXPECT(!rt_gc_set_finalizer(t, &finalizer_fn, &type_ptr, false), "set twice");
    if (chain) rt_gc_set_finalizer(c, &finalizer_fn, &type_ptr, false);
    *child = hide(c);
    return hide(t);
}

/* The n of hidden object h, read without leaving h in the caller's frame. */
static __attribute__((noinline)) uintptr_t n_of(uintptr_t h)
{
    return ((T *)unhide(h))->n;
}

static void test_finalizers(void)
{
    uintptr_t child, obj = finalizable(&child, false);
    nfinalized = 0;
    scrub();
    rt_gc_collect(false);           /* as from an allocation: queued only */
    EXPECT(nfinalized == 0, "finalizer ran inside an automatic collection");
    EXPECT(allocated(obj ^ MASK) && allocated(child ^ MASK), "queued object freed");
    gosub_runtime_Gosched();
    EXPECT(nfinalized == 1 && finalized[0] == obj, "finalizer did not run at Gosched");
    collect();
    EXPECT(nfinalized == 1, "finalizer ran twice");
    EXPECT(!allocated(obj ^ MASK) && !allocated(child ^ MASK), "finalized object not freed");

    /* t -> c, both finalizable: t's runs first, c's a cycle later. */
    obj = finalizable(&child, true);
    nfinalized = 0;
    collect();
    EXPECT(nfinalized == 1 && finalized[0] == obj, "chain: first finalizer");
    EXPECT(n_of(child) == 12, "chain: the pointee changed");
    collect();
    EXPECT(nfinalized == 2 && finalized[1] == child, "chain: second finalizer");
    collect();
    EXPECT(!allocated(obj ^ MASK) && !allocated(child ^ MASK), "chain: not freed");

    /* A cleared finalizer never runs, and the object goes at once. */
    obj = finalizable(&child, false);
    rt_gc_set_finalizer(unhide(obj), NULL, &type_ptr, false);
    nfinalized = 0;
    collect();
    EXPECT(nfinalized == 0, "cleared finalizer ran");
    EXPECT(!allocated(obj ^ MASK), "object with a cleared finalizer survived");
}

int main(void)
{
    EXPECT(gosub_new(&(GoType){.kind = GOKIND_STRUCT}) == gosub_alloc_bytes(0),
           "zero-sized objects differ");
    test_stack_and_garbage();
    test_interior();
    test_precise();
    test_arrays_and_large();
    test_pacer();
    test_finalizers();
    RtMemStats m;
    rt_gc_read_memstats(&m);
    EXPECT(m.NumForcedGC >= 7 && m.NumGC >= m.NumForcedGC, "NumGC %u, NumForcedGC %u", m.NumGC,
           m.NumForcedGC);
    return rtest_finish("gc");
}
