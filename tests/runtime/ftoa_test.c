/*
 * ftoa_test.c — float formatting against Go 1.19, the fast way against the
 * exact way, and the fast way's constants against big integers.
 *
 * ftoa.c is compiled into this test (its two entry points renamed, the
 * library keeps the originals) so that its static helpers can be checked:
 *   - every row of pow10tab.c, recomputed here with a big-integer type of
 *     this file's own, and the rows that must be exact;
 *   - the fixed-point logarithms over every exponent they are used for;
 *   - the cases of ftoa_expect.h (Go's output, see ftoa_expect.go) through
 *     strconv.FormatFloat;
 *   - many floats formatted both ways, which must agree character for
 *     character (the exact way is simple enough to trust; the fast way is
 *     what runs).
 */
#define rt_strconv_append_float ftoa_fast
#define rt_strconv_append_float_exact ftoa_exact
#include <math.h>

#include "rtest.h"
#include "ftoa.c"

#include "ftoa_expect.h"

/* ---------------------------------------------------------------- big integers */

/* Just enough to compare a * 2^x * 10^y with c * 2^z * 10^w. */
typedef struct Num {
    int n;
    uint32_t w[160];
} Num;

static void num_set(Num *a, u128 v) {
    a->n = 0;
    for (; v; v >>= 32) a->w[a->n++] = (uint32_t)v;
}

static void num_mul(Num *a, uint32_t f) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        carry += (uint64_t)a->w[i] * f;
        a->w[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry) a->w[a->n++] = (uint32_t)carry;
}

static int num_cmp(const Num *a, const Num *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* a * 2^p2 * 10^p10 with p2, p10 >= 0. */
static void num_scaled(Num *a, u128 v, int p2, int p10) {
    num_set(a, v);
    for (; p2 >= 31; p2 -= 31) num_mul(a, 1u << 31);
    num_mul(a, 1u << p2);
    for (; p10 >= 9; p10 -= 9) num_mul(a, 1000000000);
    num_mul(a, (uint32_t)pow10_u64[p10]);
}

/* Sign of a * 2^x * 10^y - c * 2^z * 10^w. */
static int cmp_scaled(u128 a, int x, int y, u128 c, int z, int w) {
    int m2 = x < z ? x : z, m10 = y < w ? y : w;   /* divide both sides by the smaller powers */
    Num l, r;
    num_scaled(&l, a, x - m2, y - m10);
    num_scaled(&r, c, z - m2, w - m10);
    return num_cmp(&l, &r);
}

/* ---------------------------------------------------------------- constants */

static void check_table(void) {
    for (int j = RT_POW10_LO; j <= RT_POW10_HI; j++) {
        const uint64_t *row = rt_pow10_128[j - RT_POW10_LO];
        u128 p = (u128)row[0] << 64 | row[1];
        int b = log2_pow10(j);
        /* P * 2^(b-127) <= 10^j < (P+1) * 2^(b-127), P in [2^127, 2^128). */
        int lo = cmp_scaled(p, b - 127, 0, 1, 0, j);
        int hi = cmp_scaled(p + 1, b - 127, 0, 1, 0, j);
        EXPECT(row[0] >> 63 == 1 && lo <= 0 && hi > 0, "pow10 row 1e%d (b %d): %d %d", j, b, lo, hi);
        EXPECT((lo == 0) == (j >= 0 && j <= POW10_EXACT_MAX), "pow10 row 1e%d exactness", j);
    }
}

static void check_logs(void) {
    for (int e = -1200; e <= 1100; e++) {
        int k = log10_pow2(e);
        EXPECT(cmp_scaled(1, 0, k, 1, e, 0) <= 0 && cmp_scaled(1, e, 0, 1, 0, k + 1) < 0,
               "log10_pow2(%d) = %d", e, k);
        k = log10_three_quarters_pow2(e);
        EXPECT(cmp_scaled(1, 0, k, 3, e - 2, 0) <= 0 && cmp_scaled(3, e - 2, 0, 1, 0, k + 1) < 0,
               "log10_three_quarters_pow2(%d) = %d", e, k);
    }
}

/* ---------------------------------------------------------------- Go's output */

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

/* ---------------------------------------------------------------- fast against exact */

/* xorshift64: deterministic, no libc rand. */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static int compared;

static void both_ways(double v, char fmt, int prec, int bitsize) {
    uint8_t s1[128], s2[128];
    RtBuf fast = RT_BUF_INIT(s1), exact = RT_BUF_INIT(s2);
    ftoa_fast(&fast, v, fmt, prec, bitsize);
    ftoa_exact(&exact, v, fmt, prec, bitsize);
    compared++;
    EXPECT(fast.len == exact.len && memcmp(fast.data, exact.data, fast.len) == 0,
           "%a '%c' %d/%d: fast [%.*s] exact [%.*s]", v, fmt, prec, bitsize, (int)fast.len,
           (const char *)fast.data, (int)exact.len, (const char *)exact.data);
    rt_buf_free(&fast);
    rt_buf_free(&exact);
}

static void all_ways(double v) {
    both_ways(v, 'g', -1, 64);
    both_ways(v, 'e', -1, 32);
    both_ways(v, 'e', (int)(next() % 20), 64);
    both_ways(v, 'g', 1 + (int)(next() % 18), 64);
    both_ways(v, 'f', (int)(next() % 20), 64);
    both_ways(v, 'g', 1 + (int)(next() % 9), 32);
}

static void check_random(int n) {
    for (int i = 0; i < n; i++) {
        uint64_t bits = next();
        double v = from_bits(bits);
        switch (i % 5) {
        case 1: v = (double)(next() % 1000000000) / pow10_u64[next() % 19]; break;  /* short decimals */
        case 2: v = from_bits(bits >> 12); break;                                  /* subnormal */
        case 3: v = (double)(next() >> (next() % 64)); break;                       /* integers */
        case 4: v = from_bits(bits & ~(((uint64_t)1 << 52) - 1)); break;            /* powers of two */
        }
        if (v != v) continue;
        all_ways(v);
    }
}

/* Floats on or next to decision points: halves, powers of ten, ties. */
static void check_edges(void) {
    for (int e = -1074; e <= 1023; e++) {
        double p = ldexp(1, e);
        uint64_t b;
        memcpy(&b, &p, sizeof b);
        for (int d = -1; d <= 1; d++) all_ways(from_bits(b + (uint64_t)(int64_t)d));
    }
    for (int j = -323; j <= 308; j++) {
        char s[16];
        snprintf(s, sizeof s, "1e%d", j);
        double p = strtod(s, NULL);
        uint64_t b;
        memcpy(&b, &p, sizeof b);
        for (int d = -1; d <= 1; d++) all_ways(from_bits(b + (uint64_t)(int64_t)d));
    }
    /* Exact ties at every precision: n + 1/2 and odd integers * 10^k. */
    for (int i = 0; i < 1000; i++) {
        double v = (double)(next() % 100000) + 0.5;
        if (i % 3 == 1) v = (double)(2 * (next() % 100000) + 1) * 5 * pow10_u64[next() % 12];
        if (i % 3 == 2) v = ldexp((double)(next() % 1000000), -(int)(next() % 30));
        for (int p = 0; p < 20; p++) {
            both_ways(v, 'e', p, 64);
            both_ways(v, 'f', p, 64);
            both_ways(v, 'g', p, 32);
        }
    }
}

int main(void) {
    check_table();
    check_logs();
    check_expected();
    check_edges();
    check_random(10000);
    fprintf(stderr, "ftoa_test: %d floats formatted both ways\n", compared);
    return rtest_finish("ftoa_test");
}
