/*
 * alloc.c — the allocator behind gosub_new, gosub_new_array, gosub_alloc_bytes.
 *
 * Every heap object a Go program creates comes through here with its type
 * descriptor (or, for gosub_alloc_bytes, the promise that it holds no
 * pointers). For now the memory comes from calloc and is never freed: this is
 * the seam where the garbage collector's size-classed spans will go, and the
 * descriptor each call passes is what it will need to scan the object
 * precisely. The counters are the first MemStats fields.
 *
 * Zero-sized objects all share one address, as in Go (runtime.zerobase).
 */
#include <stdlib.h>

#include "internal.h"

/* Go's maxAlloc on 64-bit Linux: no allocation may exceed 1<<48 bytes. */
#define MAX_ALLOC ((go_uintptr)1 << 48)

static struct {
    uint64_t bytes_allocated;     /* MemStats.TotalAlloc */
    uint64_t objects_allocated;   /* MemStats.Mallocs */
    uintptr_t zerobase;           /* the address of every zero-sized object */
} heap;

static void *allocate(go_uintptr size) {
    if (size == 0) return &heap.zerobase;
    void *p = calloc(1, size);
    if (!p) rt_fatal("runtime: out of memory");
    heap.bytes_allocated += size;
    heap.objects_allocated++;
    return p;
}

void *gosub_new(const GoType *t) {
    return allocate(t->size);
}

void *gosub_alloc_bytes(go_uintptr n) {
    if (n > MAX_ALLOC) rt_fatal("runtime: out of memory");
    return allocate(n);
}

/* The byte size of n elements of elem, or false if that is no valid size. */
static bool array_bytes(const GoType *elem, go_int n, go_uintptr *bytes) {
    if (n < 0) return false;
    if (elem->size != 0 && (go_uintptr)n > MAX_ALLOC / elem->size) return false;
    *bytes = elem->size * (go_uintptr)n;
    return true;
}

void *gosub_new_array(const GoType *elem, go_int n) {
    go_uintptr bytes;
    if (!array_bytes(elem, n, &bytes)) gosub_panic_makeslice_len();
    return allocate(bytes);
}

/* Go's makeslice: a bad cap is only reported as such if len was fine. */
GoSlice gosub_make_slice(const GoType *elem, go_int len, go_int cap) {
    go_uintptr bytes;
    if (!array_bytes(elem, cap, &bytes) || len < 0 || len > cap) {
        if (!array_bytes(elem, len, &bytes)) gosub_panic_makeslice_len();
        gosub_panic_makeslice_cap();
    }
    return (GoSlice){allocate(bytes), len, cap};
}

/* For runtime.ReadMemStats (stdlink.c): what has been allocated so far. */
void rt_alloc_stats(uint64_t *total_bytes, uint64_t *objects)
{
    *total_bytes = heap.bytes_allocated;
    *objects = heap.objects_allocated;
}
