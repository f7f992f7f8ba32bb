/*
 * strconv.c — integers and quoted strings as Go's strconv writes them.
 *
 * fmt's %d/%x/%q and the runtime's messages are built from these, and the
 * strconv package's functions of the same names are thin wrappers at the end
 * of the file. Floating point lives in ftoa.c; the Unicode tables that decide
 * what %q may print unescaped live in isprint.c.
 */
#include "internal.h"

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void rt_strconv_append_bits(RtBuf *b, uint64_t u, int base, bool neg) {
    char buf[65];                /* 64 binary digits and a sign */
    int i = sizeof buf;
    do {
        buf[--i] = digits36[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u != 0);
    if (neg) buf[--i] = '-';
    rt_buf_put(b, buf + i, sizeof buf - (size_t)i);
}

/* ---------------------------------------------------------------- IsPrint */

/* The smallest i with a[i] >= x, or n. */
static size_t search16(const uint16_t *a, size_t n, uint16_t x) {
    size_t i = 0, j = n;
    while (i < j) {
        size_t h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1;
        else j = h;
    }
    return i;
}

static size_t search32(const uint32_t *a, size_t n, uint32_t x) {
    size_t i = 0, j = n;
    while (i < j) {
        size_t h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1;
        else j = h;
    }
    return i;
}

/* unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the
 * ASCII space. The tables list printable ranges as [lo, hi] pairs: find the
 * first entry >= r; r is in a range if that pair spans it, and then printable
 * unless listed as an exception. */
bool rt_strconv_is_print(int32_t r) {
    if (r <= 0xFF) {
        if (0x20 <= r && r <= 0x7E) return true;
        if (0xA1 <= r && r <= 0xFF) return r != 0xAD;   /* soft hyphen */
        return false;
    }
    if (r < 0x10000) {
        uint16_t rr = (uint16_t)r;
        size_t i = search16(rt_isprint16, rt_isprint16_len, rr);
        if (i >= rt_isprint16_len || rr < rt_isprint16[i & ~(size_t)1] ||
            rt_isprint16[i | 1] < rr)
            return false;
        size_t j = search16(rt_isnotprint16, rt_isnotprint16_len, rr);
        return j >= rt_isnotprint16_len || rt_isnotprint16[j] != rr;
    }
    uint32_t rr = (uint32_t)r;
    size_t i = search32(rt_isprint32, rt_isprint32_len, rr);
    if (i >= rt_isprint32_len || rr < rt_isprint32[i & ~(size_t)1] || rt_isprint32[i | 1] < rr)
        return false;
    if (r >= 0x20000) return true;
    uint16_t low = (uint16_t)(r - 0x10000);
    size_t j = search16(rt_isnotprint32, rt_isnotprint32_len, low);
    return j >= rt_isnotprint32_len || rt_isnotprint32[j] != low;
}

/* ---------------------------------------------------------------- quoting */

static const char lowerhex[] = "0123456789abcdef";

/* One rune inside quotes: itself if printable (and ASCII, if asked),
 * otherwise the shortest Go escape. */
static void append_escaped_rune(RtBuf *b, int32_t r, char quote, bool ascii_only) {
    if (r == quote || r == '\\') {
        rt_buf_putc(b, '\\');
        rt_buf_putc(b, (uint8_t)r);
        return;
    }
    if (ascii_only) {
        if (r < RT_RUNE_SELF && rt_strconv_is_print(r)) {
            rt_buf_putc(b, (uint8_t)r);
            return;
        }
    } else if (rt_strconv_is_print(r)) {
        rt_buf_put_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': rt_buf_puts(b, "\\a"); return;
    case '\b': rt_buf_puts(b, "\\b"); return;
    case '\f': rt_buf_puts(b, "\\f"); return;
    case '\n': rt_buf_puts(b, "\\n"); return;
    case '\r': rt_buf_puts(b, "\\r"); return;
    case '\t': rt_buf_puts(b, "\\t"); return;
    case '\v': rt_buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        rt_buf_puts(b, "\\x");
        rt_buf_putc(b, (uint8_t)lowerhex[(uint8_t)r >> 4]);
        rt_buf_putc(b, (uint8_t)lowerhex[(uint8_t)r & 0xF]);
        return;
    }
    if (!rt_utf8_valid_rune(r)) r = 0xFFFD;
    if (r < 0x10000) {
        rt_buf_puts(b, "\\u");
        for (int s = 12; s >= 0; s -= 4) rt_buf_putc(b, (uint8_t)lowerhex[(r >> s) & 0xF]);
    } else {
        rt_buf_puts(b, "\\U");
        for (int s = 28; s >= 0; s -= 4) rt_buf_putc(b, (uint8_t)lowerhex[(r >> s) & 0xF]);
    }
}

void rt_strconv_append_quote(RtBuf *b, const uint8_t *s, size_t n, bool ascii_only) {
    rt_buf_putc(b, '"');
    for (size_t i = 0; i < n;) {
        int32_t r = s[i];
        int width = 1;
        if (r >= RT_RUNE_SELF) r = rt_utf8_decode(s + i, n - i, &width);
        if (width == 1 && r == RT_RUNE_ERROR) {
            /* A byte that is not UTF-8 is shown as itself, \xNN. */
            rt_buf_puts(b, "\\x");
            rt_buf_putc(b, (uint8_t)lowerhex[s[i] >> 4]);
            rt_buf_putc(b, (uint8_t)lowerhex[s[i] & 0xF]);
        } else {
            append_escaped_rune(b, r, '"', ascii_only);
        }
        i += (size_t)width;
    }
    rt_buf_putc(b, '"');
}

void rt_strconv_append_quote_rune(RtBuf *b, int32_t r, bool ascii_only) {
    rt_buf_putc(b, '\'');
    if (!rt_utf8_valid_rune(r)) r = RT_RUNE_ERROR;
    append_escaped_rune(b, r, '\'', ascii_only);
    rt_buf_putc(b, '\'');
}

/* Can s be written as a `raw string` without change? No control characters
 * but tab, no backquote, valid UTF-8, no byte order mark. */
bool rt_strconv_can_backquote(const uint8_t *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int w;
        int32_t r = rt_utf8_decode(s + i, n - i, &w);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF) return false;
            continue;
        }
        if (r == RT_RUNE_ERROR) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

/* ---------------------------------------------------------------- package strconv */

static GoString finish(RtBuf *b) {
    GoString s = rt_buf_to_string(b);
    rt_buf_free(b);
    return s;
}

GoString gosub_strconv_FormatFloat(go_float64 f, go_uint8 fmt, go_int prec, go_int bit_size) {
    if (bit_size != 32 && bit_size != 64)
        gosub_panic_string(GOSUB_STR("strconv: illegal AppendFloat/FormatFloat bitSize"));
    uint8_t store[64];
    RtBuf b = RT_BUF_INIT(store);
    rt_strconv_append_float(&b, f, (char)fmt, prec < -1 ? -1 : prec > 1 << 30 ? 1 << 30 : (int)prec,
                            (int)bit_size);
    return finish(&b);
}

GoString gosub_strconv_FormatUint(go_uint64 i, go_int base) {
    if (base < 2 || base > 36)
        gosub_panic_string(GOSUB_STR("strconv: illegal AppendInt/FormatInt base"));
    uint8_t store[72];
    RtBuf b = RT_BUF_INIT(store);
    rt_strconv_append_bits(&b, i, (int)base, false);
    return finish(&b);
}

GoString gosub_strconv_FormatInt(go_int64 i, go_int base) {
    if (base < 2 || base > 36)
        gosub_panic_string(GOSUB_STR("strconv: illegal AppendInt/FormatInt base"));
    uint8_t store[72];
    RtBuf b = RT_BUF_INIT(store);
    rt_strconv_append_bits(&b, i < 0 ? -(uint64_t)i : (uint64_t)i, (int)base, i < 0);
    return finish(&b);
}

GoString gosub_strconv_Itoa(go_int i) {
    return gosub_strconv_FormatInt(i, 10);
}

static GoString quote(GoString s, bool ascii_only) {
    uint8_t store[128];
    RtBuf b = RT_BUF_INIT(store);
    rt_strconv_append_quote(&b, s.ptr, (size_t)s.len, ascii_only);
    return finish(&b);
}

GoString gosub_strconv_Quote(GoString s) { return quote(s, false); }
GoString gosub_strconv_QuoteToASCII(GoString s) { return quote(s, true); }

static GoString quote_rune(go_int32 r, bool ascii_only) {
    uint8_t store[16];
    RtBuf b = RT_BUF_INIT(store);
    rt_strconv_append_quote_rune(&b, r, ascii_only);
    return finish(&b);
}

GoString gosub_strconv_QuoteRune(go_int32 r) { return quote_rune(r, false); }
GoString gosub_strconv_QuoteRuneToASCII(go_int32 r) { return quote_rune(r, true); }

go_bool gosub_strconv_IsPrint(go_int32 r) { return rt_strconv_is_print(r); }

go_bool gosub_strconv_CanBackquote(GoString s) {
    return rt_strconv_can_backquote(s.ptr, (size_t)s.len);
}
