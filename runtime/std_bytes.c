/*
 * std_bytes.c — the C half of package bytes (runtime/std/bytes): the byte
 * searches and comparisons Go does in assembly, here memchr, memmem and
 * memcmp. None keeps a pointer it is given (//go:noescape in bytes.go).
 */
#include <string.h>

#include "internal.h"

/* bytes.IndexByte: the index of the first c in b, or -1. */
go_int gosub_bytes_IndexByte(GoSlice b, go_uint8 c)
{
    if (b.len <= 0)
        return -1;
    const uint8_t *p = memchr(b.ptr, c, (size_t)b.len);
    return p ? (go_int)(p - (const uint8_t *)b.ptr) : -1;
}

/* bytes.LastIndexByte: the index of the last c in b, or -1. */
go_int gosub_bytes_LastIndexByte(GoSlice b, go_uint8 c)
{
    if (b.len <= 0)
        return -1;
    const uint8_t *p = memrchr(b.ptr, c, (size_t)b.len);
    return p ? (go_int)(p - (const uint8_t *)b.ptr) : -1;
}

/* indexBytes: the index of the first sep in s (sep not empty), or -1. */
go_int gosub_bytes_indexBytes(GoSlice s, GoSlice sep)
{
    if (sep.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sep.ptr, (size_t)sep.len);
    return p ? (go_int)(p - (const uint8_t *)s.ptr) : -1;
}

/* lastIndexBytes: the index of the last sep in s (sep not empty), or -1. */
go_int gosub_bytes_lastIndexBytes(GoSlice s, GoSlice sep)
{
    const uint8_t *sp = s.ptr, *pp = sep.ptr;
    go_int n = sep.len;
    if (n > s.len)
        return -1;
    for (go_int end = s.len; end >= n;) {
        const uint8_t *p = memrchr(sp + n - 1, pp[n - 1], (size_t)(end - n + 1));
        if (!p)
            return -1;
        go_int i = (go_int)(p - sp) - (n - 1);
        if (memcmp(sp + i, pp, (size_t)n) == 0)
            return i;
        end = i + n - 1;
    }
    return -1;
}

/* countByte: how many times c occurs in b. */
go_int gosub_bytes_countByte(GoSlice b, go_uint8 c)
{
    go_int n = 0;
    const uint8_t *p = b.ptr, *end = p + b.len;
    while (p < end && (p = memchr(p, c, (size_t)(end - p))) != NULL) {
        n++;
        p++;
    }
    return n;
}

/* bytes.Equal: same length and bytes (nil equals empty). */
go_bool gosub_bytes_Equal(GoSlice a, GoSlice b)
{
    return a.len == b.len && (a.len == 0 || a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* bytes.Compare: -1, 0 or +1, comparing lexicographically. */
go_int gosub_bytes_Compare(GoSlice a, GoSlice b)
{
    go_int n = a.len < b.len ? a.len : b.len;
    if (n > 0 && a.ptr != b.ptr) {
        int c = memcmp(a.ptr, b.ptr, (size_t)n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}
