/*
 * slice.c — append's growth and copy, with Go 1.19's exact capacities.
 *
 * Programs print cap(s) after appending, so the growth rule must be Go's:
 * double small slices, grow large ones by about 1.25x plus a constant, then
 * round the byte size up to the allocator's size class (the memory the
 * object really gets): gosub_roundupsize, in alloc.c with Go's size classes.
 */
#include <string.h>

#include "internal.h"

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
