/*
 * string_test.c — strings and UTF-8 against Go 1.19 (string_expect.h, from
 * string_expect.go): `for range` decoding, []rune and string conversions,
 * string(r), quoting, IsPrint over all of Unicode; plus concatenation,
 * comparison and the []byte conversions, whose results need no oracle.
 */
#include "rtest.h"

#include "string_expect.h"

#define NV(a) (sizeof(a) / sizeof((a)[0]))

static GoString str_of(const char *s, size_t n) {
    return (GoString){(const uint8_t *)s, (go_int)n};
}

static void check_inputs(void) {
    char label[64];
    for (size_t k = 0; k < NV(string_expect); k++) {
        GoString s = str_of(string_expect[k].s, string_expect[k].len);
        snprintf(label, sizeof label, "input %zu", k);

        /* for i, r := range s */
        uint8_t store[256];
        RtBuf steps = RT_BUF_INIT(store);
        for (go_int i = 0; i < s.len;) {
            go_int w;
            go_int32 r = gosub_decode_rune(s, i, &w);
            char one[32];
            snprintf(one, sizeof one, "%s%lld:%x", i ? "," : "", (long long)i, (unsigned)r);
            rt_buf_puts(&steps, one);
            i += w;
        }
        const char *want = string_expect[k].ranged;
        EXPECT(steps.len == strlen(want) && memcmp(steps.data, want, steps.len) == 0,
               "%s: range gave [%.*s], want [%s]", label, (int)steps.len, (const char *)steps.data,
               want);
        rt_buf_free(&steps);

        /* []rune(s) has one rune per step; string([]rune(s)) */
        GoSlice runes = gosub_runes_from_string(NULL, s);
        EXPECT((size_t)runes.len == rt_utf8_count(s.ptr, (size_t)s.len), "%s: rune count", label);
        EXPECT_STR(gosub_string_from_runes(NULL, runes), string_expect[k].roundtrip,
                   string_expect[k].roundtrip_len, label);

        EXPECT_STR(gosub_strconv_Quote(s), string_expect[k].quote, strlen(string_expect[k].quote),
                   label);
        EXPECT_STR(gosub_strconv_QuoteToASCII(s), string_expect[k].quote_ascii,
                   strlen(string_expect[k].quote_ascii), label);
        EXPECT(gosub_strconv_CanBackquote(s) == can_backquote[k], "%s: CanBackquote", label);

        /* []byte(s) and back */
        GoSlice b = gosub_bytes_from_string(NULL, s);
        EXPECT(b.len == s.len && b.ptr != NULL &&
               b.cap == (s.len ? (go_int)gosub_roundupsize((go_uintptr)s.len) : 0),
               "%s: []byte(s) (its capacity the size class, as Go's rawbyteslice)", label);
        EXPECT(gosub_string_equal(gosub_string_from_bytes(NULL, b), s), "%s: string([]byte(s))", label);
    }
}

static void check_runes(void) {
    char label[64];
    for (size_t k = 0; k < NV(rune_expect); k++) {
        int32_t r = rune_expect[k].r;
        snprintf(label, sizeof label, "rune %d", r);
        EXPECT_STR(gosub_string_from_rune(NULL, r), rune_expect[k].str, rune_expect[k].len, label);
        EXPECT_STR(gosub_strconv_QuoteRune(r), rune_expect[k].quote, strlen(rune_expect[k].quote),
                   label);
        EXPECT_STR(gosub_strconv_QuoteRuneToASCII(r), rune_expect[k].quote_ascii,
                   strlen(rune_expect[k].quote_ascii), label);
    }
}

static void check_isprint(void) {
    int count = 0;
    uint64_t hash = 14695981039346656037ull;
    for (int32_t r = 0; r <= 0x10FFFF; r++) {
        if (gosub_strconv_IsPrint(r)) {
            count++;
            hash ^= (uint64_t)r;
            hash *= 1099511628211ull;
        }
    }
    EXPECT(count == isprint_count && hash == isprint_hash, "IsPrint: %d printable, hash %llx",
           count, (unsigned long long)hash);
}

static void check_ops(void) {
    GoString a = GOSUB_STR("abc"), b = GOSUB_STR("abd"), ab = GOSUB_STR("ab"), e = {NULL, 0};
    EXPECT(gosub_string_compare(a, b) == -1, "abc < abd");
    EXPECT(gosub_string_compare(b, a) == 1, "abd > abc");
    EXPECT(gosub_string_compare(ab, a) == -1, "ab < abc");
    EXPECT(gosub_string_compare(a, a) == 0, "abc == abc");
    EXPECT(gosub_string_compare(e, GOSUB_STR("")) == 0, "empty == empty");
    EXPECT(gosub_string_compare(GOSUB_STR("\xff"), GOSUB_STR("a")) == 1, "bytes compare unsigned");
    EXPECT(gosub_string_equal(e, GOSUB_STR("")), "nil-ptr empty equals empty");
    EXPECT(!gosub_string_equal(a, b), "abc != abd");

    GoString parts[] = {a, e, GOSUB_STR("-"), b};
    EXPECT_STR(gosub_string_concat(NULL, parts, 4), "abc-abd", 7, "concat");
    GoString one[] = {e, a, e};
    GoString c1 = gosub_string_concat(NULL, one, 3);
    EXPECT(c1.ptr == a.ptr && c1.len == 3, "one non-empty part is shared, not copied");
    EXPECT(gosub_string_concat(NULL, one, 0).len == 0, "concat of nothing");

    GoString lit = gosub_string_lit("xyz", 2);
    EXPECT_STR(lit, "xy", 2, "string_lit");

    /* Empty conversions: []byte("") is empty but not nil. */
    GoSlice eb = gosub_bytes_from_string(NULL, e);
    EXPECT(eb.len == 0 && eb.ptr != NULL, "[]byte(\"\") is not nil");
    EXPECT(gosub_string_from_bytes(NULL, (GoSlice){NULL, 0, 0}).len == 0, "string(nil bytes)");
    EXPECT(gosub_runes_from_string(NULL, e).len == 0, "[]rune(\"\")");
    EXPECT(gosub_string_from_runes(NULL, (GoSlice){NULL, 0, 0}).len == 0, "string(nil runes)");

    /* With a buffer (a result that does not escape): used when it fits. */
    uint8_t buf[GOSUB_TMPBUF_SIZE];
    c1 = gosub_string_concat(buf, parts, 4);
    EXPECT(c1.ptr == buf && c1.len == 7, "concat in the buffer");
    GoString big[] = {GOSUB_STR("0123456789abcdef0123456789abcdef"), GOSUB_STR("!")};
    c1 = gosub_string_concat(buf, big, 2);
    EXPECT(c1.ptr != buf && c1.len == 33, "concat too long for the buffer");
    GoString on_stack[] = {e, {buf, 3}};
    c1 = gosub_string_concat(buf, on_stack, 2);
    EXPECT(c1.ptr == buf, "one part, result in the frame: shared");
    uint8_t stackbytes[4] = {'x', 'y', 'z', 0};
    GoString from_stack[] = {e, {stackbytes, 3}};
    c1 = gosub_string_concat(NULL, from_stack, 2);
    EXPECT(c1.ptr != stackbytes && c1.len == 3 && memcmp(c1.ptr, "xyz", 3) == 0,
           "one part on the stack, result may escape: copied");
    GoSlice sb = gosub_bytes_from_string(buf, a);
    EXPECT(sb.ptr == buf && sb.len == 3 && sb.cap == GOSUB_TMPBUF_SIZE, "[]byte(s) in the buffer");
    GoString sbs = gosub_string_from_bytes(buf, (GoSlice){(void *)"hello", 5, 5});
    EXPECT(sbs.ptr == buf && sbs.len == 5, "string(b) in the buffer");
    int32_t rbuf[GOSUB_TMPBUF_SIZE];
    GoSlice rs = gosub_runes_from_string(rbuf, GOSUB_STR("h\xc3\xa9"));
    EXPECT(rs.ptr == rbuf && rs.len == 2 && rs.cap == GOSUB_TMPBUF_SIZE && rbuf[1] == 0xe9,
           "[]rune(s) in the buffer");
    GoString rss = gosub_string_from_runes(buf, rs);
    EXPECT(rss.ptr == buf && rss.len == 3, "string(runes) in the buffer");
    uint8_t rbuf4[4];
    GoString r1 = gosub_string_from_rune(rbuf4, 0x20ac);
    EXPECT(r1.ptr == rbuf4 && r1.len == 3, "string(r) in the buffer");
}

static void check_strconv_ints(void) {
    char label[64];
    for (size_t k = 0; k < NV(itoa_expect); k++) {
        snprintf(label, sizeof label, "FormatInt/Uint case %zu", k);
        GoString got = itoa_expect[k].is_unsigned
                           ? gosub_strconv_FormatUint((uint64_t)itoa_expect[k].v, itoa_expect[k].base)
                           : gosub_strconv_FormatInt(itoa_expect[k].v, itoa_expect[k].base);
        EXPECT_STR(got, itoa_expect[k].want, strlen(itoa_expect[k].want), label);
    }
}

int main(void) {
    check_inputs();
    check_runes();
    check_isprint();
    check_ops();
    check_strconv_ints();
    return rtest_finish("string_test");
}
