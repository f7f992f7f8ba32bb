/*
 * string.c — Go strings: UTF-8, concatenation, comparison, conversions.
 *
 * A Go string is a GoString {ptr, len}: immutable bytes, so strings share
 * storage freely (a one-part concatenation returns that part; a one-byte
 * string points into a static table). Conversions that build a new string or
 * slice allocate it in the Go heap, pointer-free, through gosub_alloc_bytes.
 *
 * The UTF-8 rules are unicode/utf8's: a decoder that accepts only the
 * shortest encoding of a valid rune and reports anything else as U+FFFD of
 * width 1, which is also how `for range` over a string steps.
 *
 * The conversions and concatenation are Go's runtime functions (runtime/
 * string.go), down to what they allocate: each takes an optional buffer in
 * the caller's frame for a result that does not escape (gosub_rt.h).
 */
#include <stdlib.h>

#include "internal.h"

/* glibc's record of where the main stack began (its highest address). */
extern void *__libc_stack_end __attribute__((weak));

/* ---------------------------------------------------------------- UTF-8 */

bool rt_utf8_valid_rune(int32_t r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= RT_MAX_RUNE);
}

static bool is_continuation(uint8_t c, uint8_t lo, uint8_t hi) {
    return c >= lo && c <= hi;
}

int32_t rt_utf8_decode(const uint8_t *p, size_t n, int *width) {
    if (n == 0) {
        *width = 0;
        return RT_RUNE_ERROR;
    }
    uint8_t c0 = p[0];
    if (c0 < 0x80) {
        *width = 1;
        return c0;
    }
    *width = 1;                               /* until proven valid */
    if (c0 < 0xC2 || c0 > 0xF4) return RT_RUNE_ERROR;
    /* The second byte's range is narrowed for E0, ED, F0 and F4, which is what
     * rules out overlong forms, surrogates and runes above U+10FFFF. */
    uint8_t lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0) lo = 0xA0;
    else if (c0 == 0xED) hi = 0x9F;
    else if (c0 == 0xF0) lo = 0x90;
    else if (c0 == 0xF4) hi = 0x8F;
    if (n < 2 || !is_continuation(p[1], lo, hi)) return RT_RUNE_ERROR;
    if (c0 < 0xE0) {
        *width = 2;
        return (int32_t)(c0 & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (n < 3 || !is_continuation(p[2], 0x80, 0xBF)) return RT_RUNE_ERROR;
    if (c0 < 0xF0) {
        *width = 3;
        return (int32_t)(c0 & 0x0F) << 12 | (int32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    if (n < 4 || !is_continuation(p[3], 0x80, 0xBF)) return RT_RUNE_ERROR;
    *width = 4;
    return (int32_t)(c0 & 0x07) << 18 | (int32_t)(p[1] & 0x3F) << 12 |
           (int32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

int rt_utf8_encode(uint8_t *out, int32_t r) {
    if (r >= 0 && r < 0x80) {
        out[0] = (uint8_t)r;
        return 1;
    }
    if (r >= 0 && r < 0x800) {
        out[0] = (uint8_t)(0xC0 | r >> 6);
        out[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (!rt_utf8_valid_rune(r)) r = RT_RUNE_ERROR;
    if (r < 0x10000) {
        out[0] = (uint8_t)(0xE0 | r >> 12);
        out[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | r >> 18);
    out[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

static int rune_len(int32_t r) {
    if (r >= 0 && r < 0x80) return 1;
    if (r >= 0 && r < 0x800) return 2;
    if (!rt_utf8_valid_rune(r) || r < 0x10000) return 3;   /* invalid: U+FFFD */
    return 4;
}

size_t rt_utf8_count(const uint8_t *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; count++) {
        if (p[i] < RT_RUNE_SELF) {
            i++;
            continue;
        }
        int w;
        rt_utf8_decode(p + i, n - i, &w);
        i += (size_t)w;
    }
    return count;
}

void rt_buf_put_rune(RtBuf *b, int32_t r) {
    if (r >= 0 && r < RT_RUNE_SELF) {
        rt_buf_putc(b, (uint8_t)r);
        return;
    }
    uint8_t tmp[RT_UTF_MAX];
    rt_buf_put(b, tmp, (size_t)rt_utf8_encode(tmp, r));
}

go_int32 gosub_decode_rune(GoString s, go_int i, go_int *width) {
    int w;
    int32_t r = rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w);
    *width = w;
    return r;
}

/* ---------------------------------------------------------------- strings */

/* Every one-byte string, so that string(b) and string(r) for an ASCII rune
 * need no allocation (Go keeps the same table). */
static const uint8_t single_bytes[256] = {
#define ROW(n) n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
    ROW(0), ROW(8), ROW(16), ROW(24), ROW(32), ROW(40), ROW(48), ROW(56),
    ROW(64), ROW(72), ROW(80), ROW(88), ROW(96), ROW(104), ROW(112), ROW(120),
    ROW(128), ROW(136), ROW(144), ROW(152), ROW(160), ROW(168), ROW(176), ROW(184),
    ROW(192), ROW(200), ROW(208), ROW(216), ROW(224), ROW(232), ROW(240), ROW(248),
#undef ROW
};

GoString gosub_string_lit(const char *bytes, go_int len) {
    return (GoString){(const uint8_t *)bytes, len};
}

/* Go's stringDataOnStack: whether p is in the running stack, below the
 * caller's frame: bytes in a stack buffer of some frame of the program. */
static bool on_stack(const void *p) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0), top = rt_signal_stack_top();
    if (&__libc_stack_end && (uintptr_t)__libc_stack_end > top) top = (uintptr_t)__libc_stack_end;
    return (uintptr_t)p >= here && (uintptr_t)p < top;
}

/* Go's rawstringtmp: n bytes for a new string, in buf when given and large
 * enough, else in the heap. */
static uint8_t *raw_string(uint8_t *buf, go_int n) {
    if (buf && n <= GOSUB_TMPBUF_SIZE) return buf;
    return gosub_alloc_bytes((go_uintptr)n);
}

/* Go's concatstrings. One non-empty part is the result itself, unless its
 * bytes are on the stack and the result may escape (buf == NULL). */
GoString gosub_string_concat(uint8_t *buf, const GoString *parts, go_int n) {
    go_int total = 0, nonempty = 0, last = 0;
    for (go_int i = 0; i < n; i++) {
        if (parts[i].len == 0) continue;
        if (total + parts[i].len < total) gosub_throw("string concatenation too long");
        total += parts[i].len;
        nonempty++;
        last = i;
    }
    if (nonempty == 0) return (GoString){NULL, 0};
    if (nonempty == 1 && (buf || !on_stack(parts[last].ptr)))
        return parts[last];                   /* immutable: share it */
    uint8_t *p = raw_string(buf, total);
    go_int at = 0;
    for (go_int i = 0; i < n; i++) {
        if (parts[i].len == 0) continue;
        memcpy(p + at, parts[i].ptr, (size_t)parts[i].len);
        at += parts[i].len;
    }
    return (GoString){p, total};
}

go_int gosub_string_compare(GoString a, GoString b) {
    go_int n = a.len < b.len ? a.len : b.len;
    if (a.ptr != b.ptr && n > 0) {
        int c = memcmp(a.ptr, b.ptr, (size_t)n);
        if (c != 0) return c < 0 ? -1 : 1;
    }
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

go_bool gosub_string_equal(GoString a, GoString b) {
    return a.len == b.len && (a.ptr == b.ptr || a.len == 0 ||
                              memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* Go's intstring: string(r) for a valid rune (the compiler maps invalid
 * ones to U+FFFD). In buf (4 bytes) when given, else always in the heap, as
 * in Go: the one-byte strings' table is for string(b) only. */
GoString gosub_string_from_rune(uint8_t *buf, go_int32 r) {
    uint8_t *p = buf ? buf : gosub_alloc_bytes(RT_UTF_MAX);
    return (GoString){p, rt_utf8_encode(p, r)};
}

/* Go's slicebytetostring. */
GoString gosub_string_from_bytes(uint8_t *buf, GoSlice b) {
    if (b.len == 0) return (GoString){NULL, 0};
    if (b.len == 1) return (GoString){&single_bytes[*(uint8_t *)b.ptr], 1};
    uint8_t *p = raw_string(buf, b.len);
    memcpy(p, b.ptr, (size_t)b.len);
    return (GoString){p, b.len};
}

/* Go's stringtoslicebyte: the whole buffer is the slice's capacity; in the
 * heap, the size class is (rawbyteslice). */
GoSlice gosub_bytes_from_string(uint8_t *buf, GoString s) {
    uint8_t *p;
    go_int cap;
    if (buf && s.len <= GOSUB_TMPBUF_SIZE) {
        memset(buf, 0, GOSUB_TMPBUF_SIZE);
        p = buf;
        cap = GOSUB_TMPBUF_SIZE;
    } else {
        /* Even []byte("") is a non-nil, empty slice in Go. */
        cap = s.len ? (go_int)gosub_roundupsize((go_uintptr)s.len) : 0;
        p = gosub_alloc_bytes((go_uintptr)cap);
    }
    if (s.len) memcpy(p, s.ptr, (size_t)s.len);
    return (GoSlice){p, s.len, cap};
}

/* Go's slicerunetostring: like Go, it asks for three bytes more than the
 * runes take. */
GoString gosub_string_from_runes(uint8_t *buf, GoSlice r) {
    const int32_t *runes = r.ptr;
    go_int size = 0;
    for (go_int i = 0; i < r.len; i++) size += rune_len(runes[i]);
    uint8_t *p = raw_string(buf, size + 3);
    go_int at = 0;
    for (go_int i = 0; i < r.len; i++) at += rt_utf8_encode(p + at, runes[i]);
    return (GoString){size ? p : NULL, size};
}

/* Go's stringtoslicerune. */
GoSlice gosub_runes_from_string(int32_t *buf, GoString s) {
    go_int n = (go_int)rt_utf8_count(s.ptr, (size_t)s.len), cap;
    int32_t *runes;
    if (buf && n <= GOSUB_TMPBUF_SIZE) {
        memset(buf, 0, GOSUB_TMPBUF_SIZE * sizeof(int32_t));
        runes = buf;
        cap = GOSUB_TMPBUF_SIZE;
    } else {
        go_uintptr mem = n ? gosub_roundupsize((go_uintptr)n * sizeof(int32_t)) : 0;
        runes = gosub_alloc_bytes(mem);
        cap = (go_int)(mem / sizeof(int32_t));
    }
    go_int k = 0;
    for (go_int i = 0; i < s.len; k++) {
        int w;
        runes[k] = rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &w);
        i += w;
    }
    return (GoSlice){runes, n, cap};
}
