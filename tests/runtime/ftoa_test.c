/*
 * ftoa_test.c — float formatting against Go 1.19, and Ryu against exact.
 *
 * First the cases of ftoa_expect.h (Go's strconv.FormatFloat output, see
 * ftoa_expect.go) through both rt_strconv_append_float and the package-level
 * gosub_strconv_FormatFloat. Then, as Go's own TestFtoaRandom does, many
 * pseudo-random doubles formatted by the fast Ryu path and by the exact
 * multiprecision path, which must agree digit for digit.
 */
#include "rtest.h"

#include "ftoa_expect.h"

static double from_bits(uint64_t b) {
    double v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static void check_expected(void) {
    char label[96];
    for (size_t i = 0; i < sizeof ftoa_expect / sizeof ftoa_expect[0]; i++) {
        const char *want = ftoa_expect[i].want;
        double v = from_bits(ftoa_expect[i].bits);
        snprintf(label, sizeof label, "FormatFloat(%016llx, '%c', %d, %d)",
                 (unsigned long long)ftoa_expect[i].bits, ftoa_expect[i].fmt, ftoa_expect[i].prec,
                 ftoa_expect[i].bitsize);
        GoString got = gosub_strconv_FormatFloat(v, (go_uint8)ftoa_expect[i].fmt,
                                                 ftoa_expect[i].prec, ftoa_expect[i].bitsize);
        EXPECT_STR(got, want, strlen(want), label);
    }
}

/* xorshift64: deterministic, no libc rand. */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void compare_paths(double v, char fmt, int prec, int bitsize) {
    uint8_t s1[64], s2[64];
    RtBuf fast = RT_BUF_INIT(s1), exact = RT_BUF_INIT(s2);
    rt_strconv_append_float(&fast, v, fmt, prec, bitsize);
    rt_strconv_append_float_exact(&exact, v, fmt, prec, bitsize);
    EXPECT(fast.len == exact.len && memcmp(fast.data, exact.data, fast.len) == 0,
           "%a '%c' %d/%d: ryu [%.*s] exact [%.*s]", v, fmt, prec, bitsize, (int)fast.len,
           (const char *)fast.data, (int)exact.len, (const char *)exact.data);
    rt_buf_free(&fast);
    rt_buf_free(&exact);
}

static void check_random(int n) {
    for (int i = 0; i < n; i++) {
        uint64_t bits = next();
        double v = from_bits(bits);
        if (i % 3 == 1) v = (double)(next() % 1000000000) / 1e7;   /* "nice" decimals */
        if (i % 3 == 2) v = from_bits(bits >> 12);                 /* tiny and denormal */
        if (v != v) continue;
        compare_paths(v, 'g', -1, 64);
        compare_paths(v, 'e', -1, 32);
        compare_paths(v, 'e', (int)(next() % 18), 64);            /* Ryu's fixed range */
        compare_paths(v, 'g', 1 + (int)(next() % 9), 32);
    }
}

int main(void) {
    check_expected();
    check_random(20000);
    return rtest_finish("ftoa_test");
}
