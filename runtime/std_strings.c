/*
 * std_strings.c — the C half of package strings (runtime/std/strings):
 * the byte searches Go does in assembly, here memchr and memmem. None
 * keeps a pointer it is given (//go:noescape in strings.go).
 */
#include <string.h>

#include "internal.h"

/* strings.IndexByte: the index of the first c in s, or -1. */
go_int gosub_strings_IndexByte(GoString s, go_uint8 c)
{
    if (s.len <= 0)
        return -1;
    const uint8_t *p = memchr(s.ptr, c, (size_t)s.len);
    return p ? (go_int)(p - s.ptr) : -1;
}

/* strings.LastIndexByte: the index of the last c in s, or -1. */
go_int gosub_strings_LastIndexByte(GoString s, go_uint8 c)
{
    if (s.len <= 0)
        return -1;
    const uint8_t *p = memrchr(s.ptr, c, (size_t)s.len);
    return p ? (go_int)(p - s.ptr) : -1;
}

/* indexString: the index of the first sub in s (sub not empty), or -1. */
go_int gosub_strings_indexString(GoString s, GoString sub)
{
    if (sub.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
    return p ? (go_int)(p - s.ptr) : -1;
}

/* lastIndexString: the index of the last sub in s (sub not empty), or -1. */
go_int gosub_strings_lastIndexString(GoString s, GoString sub)
{
    go_int n = sub.len;
    if (n > s.len)
        return -1;
    uint8_t last = sub.ptr[n - 1];
    for (go_int end = s.len; end >= n;) {
        /* the last byte of a match ends at end-1 or before */
        const uint8_t *p = memrchr(s.ptr + n - 1, last, (size_t)(end - n + 1));
        if (!p)
            return -1;
        go_int i = (go_int)(p - s.ptr) - (n - 1);
        if (memcmp(s.ptr + i, sub.ptr, (size_t)n) == 0)
            return i;
        end = i + n - 1;
    }
    return -1;
}

/* countByte: how many times c occurs in s. */
go_int gosub_strings_countByte(GoString s, go_uint8 c)
{
    go_int n = 0;
    const uint8_t *p = s.ptr, *end = s.ptr + s.len;
    while (p < end && (p = memchr(p, c, (size_t)(end - p))) != NULL) {
        n++;
        p++;
    }
    return n;
}
