/*
 * slice.c — append's growth and copy, with Go 1.19's exact capacities.
 *
 * Programs print cap(s) after appending, so the growth rule must be Go's:
 * double small slices, grow large ones by about 1.25x plus a constant, then
 * round the byte size up to the allocator's size class (the memory the
 * object really gets). The size classes are Go's (runtime/sizeclasses.go);
 * the collector's allocator will use the same table.
 */
#include <string.h>

#include "internal.h"

/* Go's size classes: the byte sizes small objects are rounded up to. */
static const uint16_t class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};

enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };

/* The size the allocator really gives a request of size bytes (Go's roundupsize). */
go_uintptr gosub_roundupsize(go_uintptr size)
{
    if (size <= MAX_SMALL_SIZE) {
        size_t lo = 0, hi = sizeof class_to_size / sizeof class_to_size[0] - 1;
        while (lo < hi) {                 /* the first class at least size */
            size_t mid = (lo + hi) / 2;
            if (class_to_size[mid] < size)
                lo = mid + 1;
            else
                hi = mid;
        }
        return class_to_size[lo];
    }
    if (size + PAGE_SIZE < size)
        return size;
    return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
}

/* Grows old so that it can hold at least newlen elements (Go's growslice):
 * a new backing array with old's elements, old.len, and the new capacity. */
GoSlice gosub_growslice(const GoType *elem, GoSlice old, go_int newlen)
{
    if (newlen < 0)
        gosub_panic_string(GOSUB_STR("growslice: len out of range"));
    go_uintptr size = elem->size;
    if (size == 0)                        /* no memory; any non-nil pointer will do */
        return (GoSlice){gosub_new(elem), old.len, newlen};
    go_int newcap = old.cap;
    go_int doublecap = newcap + newcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else {
        const go_int threshold = 256;
        if (old.cap < threshold) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < newlen)
                newcap += (newcap + 3 * threshold) / 4;
            if (newcap <= 0)
                newcap = newlen;
        }
    }
    if ((go_uintptr)newcap > ((go_uintptr)1 << 48) / size)
        gosub_panic_string(GOSUB_STR("growslice: cap out of range"));
    go_uintptr capmem = gosub_roundupsize((go_uintptr)newcap * size);
    newcap = (go_int)(capmem / size);
    void *p = gosub_new_array(elem, newcap);
    if (old.len > 0)
        memmove(p, old.ptr, (size_t)old.len * size);
    return (GoSlice){p, old.len, newcap};
}

/* append(s, t...) for slices of elem. */
GoSlice gosub_append_slice(const GoType *elem, GoSlice s, GoSlice t)
{
    if (t.len == 0)
        return s;
    go_int newlen = s.len + t.len;
    if (newlen > s.cap)
        s = gosub_growslice(elem, s, newlen);
    memmove((char *)s.ptr + (size_t)s.len * elem->size, t.ptr, (size_t)t.len * elem->size);
    s.len = newlen;
    return s;
}

/* copy(dst, src): the number of elements copied, min(len(dst), len(src)). */
go_int gosub_slice_copy(GoSlice dst, GoSlice src, go_uintptr elem_size)
{
    go_int n = dst.len < src.len ? dst.len : src.len;
    if (n > 0 && dst.ptr != src.ptr)
        memmove(dst.ptr, src.ptr, (size_t)n * elem_size);
    return n;
}
