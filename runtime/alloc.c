/*
 * alloc.c — the heap: pages, spans, size classes; gosub_new and friends.
 *
 * Every heap object a Go program creates comes through here with its type
 * descriptor (or, for gosub_alloc_bytes, the promise that it holds no
 * pointers). The heap is laid out as Go lays out its own:
 *
 *   - One large reservation of address space (PROT_NONE), committed 4 MiB at
 *     a time as the heap grows. Because it is one range, "is this word a heap
 *     pointer?" is a subtraction and a compare — what conservative stack
 *     scanning needs.
 *   - It is cut into 8 KiB pages. A span is a run of pages; the page map
 *     (one entry per page) says which span owns each page, so ANY address
 *     inside an object (a field, an array element, a slice's middle) leads to
 *     its span and from there to the object's start.
 *   - A small object (<= 32 KiB) is rounded up to one of Go's 67 size
 *     classes (the table below, from Go's sizeclasses.go) and lives in a span
 *     of objects of that one size. Spans are split, as Go's span classes are,
 *     into "scan" spans (objects with pointers) and "noscan" ones (bytes,
 *     strings), so that the collector never looks inside the latter.
 *   - A large object gets a span of its own.
 *
 * Each span keeps two bitmaps: allocbits (which slots hold objects) and
 * markbits (which of them the collector found reachable). Sweeping, after a
 * mark, is then just allocbits = markbits: the unmarked slots become free,
 * and a span with no live object goes back to the page heap. Free page runs
 * idle for a whole cycle are handed back to the OS with madvise
 * (MemStats.HeapReleased).
 *
 * Each object also remembers its type, which the collector reads to scan it
 * precisely: per span when all its objects share one type (the common case:
 * a span of tree nodes), per object in a side table once a second type
 * arrives.
 *
 * What it hands on: the RtSpan structure and rt_heap_* (internal.h) to gc.c,
 * which decides when to collect (rt_gc_maybe_collect, called before each
 * allocation), marks, and then calls rt_heap_sweep. Zero-sized objects all
 * share one address, as in Go (runtime.zerobase).
 */
#include <stdlib.h>
#include <sys/mman.h>

#include "internal.h"

/* The address of every zero-sized object (gosub_rt.h). */
uintptr_t gosub_zerobase;

/* Go's maxAlloc on 64-bit Linux: no allocation may exceed 1<<48 bytes. */
#define MAX_ALLOC ((go_uintptr)1 << 48)
/* The address space reserved for the heap (never all committed). */
#define HEAP_RESERVE ((uintptr_t)64 << 30)
#define HEAP_GROW ((uintptr_t)4 << 20)      /* committed at a time (Go: 4 MiB chunks) */

/* Go's size classes: the byte sizes small objects are rounded up to, and how
 * many pages a span of each class takes (runtime/sizeclasses.go). */
static const uint16_t class_to_size[RT_NUM_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};
static const uint8_t class_to_npages[RT_NUM_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5,
    7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

/* The heap's state (MemStats reads most of it). */
static struct {
    uintptr_t base;             /* the reservation: [base, base + HEAP_RESERVE) */
    uintptr_t committed;        /* bytes of it made usable so far (HeapSys) */
    RtSpan **pagemap;           /* page index -> the span owning it (NULL: never used) */
    RtSpan *free_runs;          /* free page runs, doubly linked */
    RtSpan *spare;              /* span records for reuse (page map entries may
                                   still point at them, so they are never freed) */
    RtSpan *partial[2 * RT_NUM_CLASSES];   /* per span class: spans with a free slot */
    RtSpan **inuse;             /* every span holding objects, for the sweep */
    size_t ninuse, inuse_cap;
    uint8_t class_of8[1024 / 8 + 1];       /* size class by (size+7)/8, sizes <= 1024 */
    uint8_t class_of128[(32768 - 1024) / 128 + 1];
    RtHeapStats stats;
    uint64_t trigger;           /* collect when stats.live reaches it (gc.c sets it) */
} heap;

/* A span class: the size class, and whether its objects hold pointers. */
static inline int span_class(int sizeclass, bool noscan) { return sizeclass * 2 + noscan; }

static void heap_init(void)
{
    void *p = mmap(NULL, HEAP_RESERVE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    size_t map_bytes = HEAP_RESERVE / RT_PAGE_SIZE * sizeof(RtSpan *);
    void *m = mmap(NULL, map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED || m == MAP_FAILED)
        rt_fatal("runtime: cannot reserve the heap");
    heap.base = (uintptr_t)p;
    heap.pagemap = m;
    for (int c = 1, size = 0; size <= 1024; size += 8) {
        while (class_to_size[c] < size) c++;
        heap.class_of8[size / 8] = (uint8_t)c;
    }
    for (int c = 1, size = 1024; size <= 32768; size += 128) {
        while (class_to_size[c] < size) c++;
        heap.class_of128[(size - 1024) / 128] = (uint8_t)c;
    }
}

/* The size class of a small size (Go's size_to_class8/size_to_class128). */
static inline int size_class(size_t size)
{
    if (size <= 1024)
        return heap.class_of8[(size + 7) / 8];
    return heap.class_of128[(size - 1024 + 127) / 128];
}

/* The size the allocator really gives a request of size bytes (Go's
 * roundupsize): slice.c uses it so that append's capacities are Go's. */
go_uintptr gosub_roundupsize(go_uintptr size)
{
    if (size <= RT_MAX_SMALL_SIZE) {
        if (!heap.base) heap_init();
        return class_to_size[size_class(size)];
    }
    if (size + RT_PAGE_SIZE < size)
        return size;
    return (size + RT_PAGE_SIZE - 1) / RT_PAGE_SIZE * RT_PAGE_SIZE;
}

/* ---------------------------------------------------------------- the page heap */

static inline size_t page_index(uintptr_t addr) { return (addr - heap.base) / RT_PAGE_SIZE; }

static void map_pages(RtSpan *s)
{
    size_t first = page_index(s->start);
    for (size_t i = 0; i < s->npages; i++)
        heap.pagemap[first + i] = s;
}

static RtSpan *new_span_record(void)
{
    RtSpan *s = heap.spare;
    if (s) {
        heap.spare = s->next;
    } else {
        s = malloc(sizeof *s);
        if (!s) rt_fatal("runtime: out of memory");
        heap.stats.span_sys += sizeof *s;
    }
    memset(s, 0, sizeof *s);
    return s;
}

static void free_list_remove(RtSpan *s)
{
    if (s->prev) s->prev->next = s->next; else heap.free_runs = s->next;
    if (s->next) s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

static void free_list_push(RtSpan *s)
{
    s->prev = NULL;
    s->next = heap.free_runs;
    if (heap.free_runs) heap.free_runs->prev = s;
    heap.free_runs = s;
}

/* Merges the free run b, which follows a, into one; returns the survivor.
 * The larger record survives, so that fewer page-map entries are rewritten. */
static RtSpan *merge_runs(RtSpan *a, RtSpan *b)
{
    free_list_remove(a);
    free_list_remove(b);
    RtSpan *keep = a->npages >= b->npages ? a : b, *gone = keep == a ? b : a;
    /* A merged run is "released" only if both halves were: a run half in
     * memory is counted as in memory (HeapReleased errs low, never high). */
    if (a->released != b->released) {
        RtSpan *rel = a->released ? a : b;
        heap.stats.released -= rel->npages * RT_PAGE_SIZE;
        keep->released = false;
    }
    keep->needzero = a->needzero || b->needzero;
    keep->start = a->start;
    keep->npages = a->npages + b->npages;
    size_t first = page_index(gone->start);
    for (size_t i = 0; i < gone->npages; i++)
        heap.pagemap[first + i] = keep;
    gone->state = RT_SPAN_DEAD;
    gone->next = heap.spare;
    heap.spare = gone;
    free_list_push(keep);
    return keep;
}

/* Returns the pages of s to the free runs, joined with free neighbours. */
static void free_pages(RtSpan *s)
{
    s->state = RT_SPAN_FREE;
    s->idle_cycles = 0;
    free_list_push(s);
    size_t first = page_index(s->start), end = first + s->npages;
    if (first > 0) {
        RtSpan *before = heap.pagemap[first - 1];
        if (before && before->state == RT_SPAN_FREE) s = merge_runs(before, s);
    }
    if (end < heap.committed / RT_PAGE_SIZE) {
        RtSpan *after = heap.pagemap[end];
        if (after && after->state == RT_SPAN_FREE) merge_runs(s, after);
    }
}

/* Commits more of the reservation: at least npages, in HEAP_GROW steps. */
static void grow(size_t npages)
{
    uintptr_t bytes = (npages * RT_PAGE_SIZE + HEAP_GROW - 1) / HEAP_GROW * HEAP_GROW;
    if (heap.committed + bytes > HEAP_RESERVE ||
        mprotect((void *)(heap.base + heap.committed), bytes, PROT_READ | PROT_WRITE) != 0)
        rt_fatal("runtime: out of memory");
    RtSpan *s = new_span_record();
    s->start = heap.base + heap.committed;
    s->npages = bytes / RT_PAGE_SIZE;
    heap.committed += bytes;
    map_pages(s);
    free_pages(s);
}

/* npages contiguous pages for a new span, from the best-fitting free run. */
static RtSpan *alloc_pages(size_t npages)
{
    RtSpan *best = NULL;
    for (RtSpan *r = heap.free_runs; r; r = r->next)
        if (r->npages >= npages && (!best || r->npages < best->npages)) {
            best = r;
            if (r->npages == npages) break;
        }
    if (!best) {
        grow(npages);
        return alloc_pages(npages);
    }
    RtSpan *s;
    if (best->npages == npages) {           /* the whole run */
        free_list_remove(best);
        s = best;
    } else {                                /* its first npages; the rest stays free */
        s = new_span_record();
        s->start = best->start;
        s->npages = npages;
        s->needzero = best->needzero;
        s->released = best->released;
        best->start += npages * RT_PAGE_SIZE;
        best->npages -= npages;
        map_pages(s);
    }
    if (s->released) heap.stats.released -= s->npages * RT_PAGE_SIZE;
    s->released = false;
    s->state = RT_SPAN_INUSE;
    s->next = s->prev = NULL;
    heap.stats.inuse += npages * RT_PAGE_SIZE;
    if (heap.ninuse == heap.inuse_cap) {
        heap.inuse_cap = heap.inuse_cap ? 2 * heap.inuse_cap : 256;
        heap.inuse = realloc(heap.inuse, heap.inuse_cap * sizeof *heap.inuse);
        if (!heap.inuse) rt_fatal("runtime: out of memory");
    }
    heap.inuse[heap.ninuse++] = s;
    return s;
}

/* ---------------------------------------------------------------- spans of objects */

static void init_objects(RtSpan *s, size_t elemsize, size_t nelems)
{
    s->elemsize = elemsize;
    s->nelems = (uint32_t)nelems;
    size_t words = (nelems + 63) / 64;
    s->allocbits = calloc(2 * words, sizeof(uint64_t));
    if (!s->allocbits) rt_fatal("runtime: out of memory");
    s->markbits = s->allocbits + words;
    heap.stats.span_sys += 2 * words * sizeof(uint64_t);
}

static RtSpan *new_small_span(int sizeclass, bool noscan)
{
    RtSpan *s = alloc_pages(class_to_npages[sizeclass]);
    s->sizeclass = (uint8_t)sizeclass;
    s->noscan = noscan;
    init_objects(s, class_to_size[sizeclass], s->npages * RT_PAGE_SIZE / class_to_size[sizeclass]);
    int sc = span_class(sizeclass, noscan);
    s->next = heap.partial[sc];
    heap.partial[sc] = s;
    return s;
}

/* Records that slot idx of s holds an object of type t (NULL: no pointers). */
static void set_type(RtSpan *s, size_t idx, const GoType *t)
{
    if (s->noscan) return;
    if (s->types) {
        s->types[idx] = t;
    } else if (!s->type) {
        s->type = t;
    } else if (s->type != t) {              /* a second type: a table per object */
        s->types = malloc(s->nelems * sizeof *s->types);
        if (!s->types) rt_fatal("runtime: out of memory");
        heap.stats.span_sys += s->nelems * sizeof *s->types;
        for (size_t i = 0; i < s->nelems; i++) s->types[i] = s->type;
        s->types[idx] = t;
    }
}

static void *alloc_small(size_t size, const GoType *t)
{
    int c = size_class(size);
    bool noscan = !t || t->ptrdata == 0;
    int sc = span_class(c, noscan);
    RtSpan *s = heap.partial[sc];
    if (!s) s = new_small_span(c, noscan);
    /* The first free slot at or after freeindex (slots before it are taken). */
    size_t i = s->freeindex;
    for (;;) {
        uint64_t free = ~s->allocbits[i / 64] >> (i % 64);
        if (free) {
            i += (size_t)__builtin_ctzll(free);
            break;
        }
        i = (i / 64 + 1) * 64;
    }
    s->allocbits[i / 64] |= (uint64_t)1 << (i % 64);
    s->freeindex = (uint32_t)(i + 1);
    if (++s->nalloc == s->nelems) {         /* full: off the class's list */
        heap.partial[sc] = s->next;
        s->next = NULL;
    }
    set_type(s, i, noscan ? NULL : t);
    void *p = (void *)(s->start + i * s->elemsize);
    memset(p, 0, s->elemsize);              /* a swept slot holds its old object */
    heap.stats.live += s->elemsize;
    heap.stats.total_alloc += s->elemsize;
    return p;
}

static void *alloc_large(size_t size, const GoType *t)
{
    size_t npages = (size + RT_PAGE_SIZE - 1) / RT_PAGE_SIZE;
    RtSpan *s = alloc_pages(npages);
    s->sizeclass = 0;
    s->noscan = !t || t->ptrdata == 0;
    s->type = s->noscan ? NULL : t;
    s->large_size = size;
    init_objects(s, npages * RT_PAGE_SIZE, 1);
    s->allocbits[0] = 1;
    s->nalloc = 1;
    if (s->needzero) memset((void *)s->start, 0, size);
    s->needzero = true;
    heap.stats.live += s->elemsize;
    heap.stats.total_alloc += s->elemsize;
    return (void *)s->start;
}

/* Allocates size bytes holding values of type t repeated (NULL: no pointers). */
static void *allocate(go_uintptr size, const GoType *t)
{
    if (size == 0) return &gosub_zerobase;
    if (!heap.base) heap_init();
    if (heap.stats.live >= heap.trigger) rt_gc_maybe_collect();
    heap.stats.mallocs++;
    return size <= RT_MAX_SMALL_SIZE ? alloc_small(size, t) : alloc_large(size, t);
}

/* ---------------------------------------------------------------- what gc.c uses */

RtSpan *rt_heap_span_of(uintptr_t addr)
{
    if (addr - heap.base >= heap.committed) return NULL;
    RtSpan *s = heap.pagemap[(addr - heap.base) / RT_PAGE_SIZE];
    return s && s->state == RT_SPAN_INUSE ? s : NULL;
}

const GoType *rt_heap_type_of(const RtSpan *s, size_t idx)
{
    return s->types ? s->types[idx] : s->type;
}

/* Frees every object not marked, returns empty spans to the page heap and
 * idle page runs to the OS, and clears the marks for the next cycle. */
void rt_heap_sweep(void)
{
    for (int sc = 0; sc < 2 * RT_NUM_CLASSES; sc++) heap.partial[sc] = NULL;
    size_t kept = 0;
    heap.stats.live = 0;
    for (size_t k = 0; k < heap.ninuse; k++) {
        RtSpan *s = heap.inuse[k];
        size_t words = (s->nelems + 63) / 64, live = 0;
        for (size_t w = 0; w < words; w++) {
            live += (size_t)__builtin_popcountll(s->markbits[w]);
            s->allocbits[w] = s->markbits[w];
            s->markbits[w] = 0;
        }
        heap.stats.frees += s->nalloc - live;
        s->nalloc = (uint32_t)live;
        s->freeindex = 0;
        if (live == 0) {
            heap.stats.inuse -= s->npages * RT_PAGE_SIZE;
            heap.stats.span_sys -= (s->types ? s->nelems * sizeof *s->types : 0) +
                                   2 * words * sizeof(uint64_t);
            free(s->allocbits);
            free(s->types);
            s->allocbits = s->markbits = NULL;
            s->types = NULL;
            s->type = NULL;
            s->needzero = true;
            free_pages(s);
            continue;
        }
        heap.stats.live += live * s->elemsize;
        heap.inuse[kept++] = s;
        if (s->sizeclass && live < s->nelems) {
            int sc = span_class(s->sizeclass, s->noscan);
            s->next = heap.partial[sc];
            heap.partial[sc] = s;
        }
    }
    heap.ninuse = kept;
    /* The scavenger, simplified: a free run that stayed free through a whole
     * cycle is given back to the OS; its pages read as zeroes when reused. */
    for (RtSpan *r = heap.free_runs; r; r = r->next) {
        if (r->released) continue;
        if (r->idle_cycles++ >= 1) {
            madvise((void *)r->start, r->npages * RT_PAGE_SIZE, MADV_DONTNEED);
            r->released = true;
            r->needzero = false;
            heap.stats.released += r->npages * RT_PAGE_SIZE;
        }
    }
}

/* Gives free page runs back to the OS until at most keep bytes of the heap
 * stay mapped and ready (GOMEMLIMIT's scavenging, debug.FreeOSMemory with
 * keep 0). Returns the bytes released. */
uint64_t rt_heap_release(uint64_t keep)
{
    uint64_t released = 0;
    for (RtSpan *r = heap.free_runs; r; r = r->next) {
        if (heap.stats.sys - heap.stats.released <= keep)
            break;
        if (r->released) continue;
        madvise((void *)r->start, r->npages * RT_PAGE_SIZE, MADV_DONTNEED);
        r->released = true;
        r->needzero = false;
        heap.stats.released += r->npages * RT_PAGE_SIZE;
        released += r->npages * RT_PAGE_SIZE;
    }
    return released;
}

void rt_heap_set_trigger(uint64_t live_bytes)
{
    heap.trigger = live_bytes;
}

void rt_heap_stats(RtHeapStats *out)
{
    *out = heap.stats;
    out->sys = heap.committed;
    out->objects = heap.stats.mallocs - heap.stats.frees;
}

/* ---------------------------------------------------------------- the entry points */

void *gosub_new(const GoType *t)
{
    return allocate(t->size, t);
}

void *gosub_alloc_bytes(go_uintptr n)
{
    if (n > MAX_ALLOC) rt_fatal("runtime: out of memory");
    return allocate(n, NULL);
}

/* The byte size of n elements of elem, or false if that is no valid size. */
static bool array_bytes(const GoType *elem, go_int n, go_uintptr *bytes)
{
    if (n < 0) return false;
    if (elem->size != 0 && (go_uintptr)n > MAX_ALLOC / elem->size) return false;
    *bytes = elem->size * (go_uintptr)n;
    return true;
}

void *gosub_new_array(const GoType *elem, go_int n)
{
    go_uintptr bytes;
    if (!array_bytes(elem, n, &bytes)) gosub_panic_makeslice_len();
    return allocate(bytes, elem);
}

/* Go's makeslice: a bad cap is only reported as such if len was fine. */
GoSlice gosub_make_slice(const GoType *elem, go_int len, go_int cap)
{
    go_uintptr bytes;
    if (!array_bytes(elem, cap, &bytes) || len < 0 || len > cap) {
        if (!array_bytes(elem, len, &bytes)) gosub_panic_makeslice_len();
        gosub_panic_makeslice_cap();
    }
    return (GoSlice){allocate(bytes, elem), len, cap};
}
