/*
 * buffer.c — RtBuf, the scratch buffer that fmt and strconv format into.
 *
 * Formatting cannot know its output length in advance (%.800f, a struct of
 * slices), so it writes into an RtBuf that starts in the caller's stack array
 * and moves to malloc'd memory when it outgrows it. The finished text is handed
 * on either to the stdout writer or, for Sprint and friends, copied once into
 * the Go heap by rt_buf_to_string; the scratch memory itself never holds Go
 * pointers, so the collector never needs to see it.
 */
#include <stdlib.h>

#include "internal.h"

void rt_buf_grow(RtBuf *b, size_t extra) {
    size_t need = b->len + extra;
    if (need < b->len) rt_fatal("runtime: out of memory");
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < need) cap *= 2;
    uint8_t *p;
    if (b->on_heap) {
        p = realloc(b->data, cap);
    } else {
        p = malloc(cap);
        if (p && b->len) memcpy(p, b->data, b->len);
    }
    if (!p) rt_fatal("runtime: out of memory");
    b->data = p;
    b->cap = cap;
    b->on_heap = true;
}

void rt_buf_free(RtBuf *b) {
    if (b->on_heap) free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->on_heap = false;
}

GoString rt_buf_to_string(const RtBuf *b) {
    if (b->len == 0) return (GoString){NULL, 0};
    uint8_t *p = gosub_alloc_bytes(b->len);
    memcpy(p, b->data, b->len);
    return (GoString){p, (go_int)b->len};
}
