/*
 * ftoaryu.c — fast float-to-decimal digits: Go's port of the Ryū algorithm.
 *
 * ftoa.c's multiprecision decimal gets every digit right but costs
 * microseconds per float (tens of them for a large exponent). Go formats
 * with Ryū instead (strconv/ftoaryu.go): scale the binary mantissa by a
 * 128-bit approximation of a power of ten (pow10tab.c) so that only the
 * wanted digits remain above the binary point, then round using exactly known
 * error bounds. This is a line-by-line port of that file, so it yields the
 * digits Go yields: the shortest that read back as the float (rt_ryu_shortest)
 * or a fixed count of correctly rounded ones (rt_ryu_fixed32/64, up to 9 and
 * 18 digits). ftoa.c decides when to use which, as Go's genericFtoa does.
 *
 * Hands on: RtDigits, Go's decimalSlice: digits d[0:nd], decimal point dp.
 */
#include "internal.h"

typedef unsigned __int128 u128;

static const char smalls[] =
    "00010203040506070809"
    "10111213141516171819"
    "20212223242526272829"
    "30313233343536373839"
    "40414243444546474849"
    "50515253545556575859"
    "60616263646566676869"
    "70717273747576777879"
    "80818283848586878889"
    "90919293949596979899";

static const uint64_t uint64_pow10[] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull,
};

/* floor(v / 2^s) for either sign (Go's >> on a negative int). */
static int floor_shift(int64_t v, int s) {
    return (int)(v >= 0 ? v >> s : ~((~v) >> s));
}

/* floor(x * log10(2)) and floor(x * log2(10)), exact for the ranges used. */
static int mul_log2_log10(int x) { return floor_shift((int64_t)x * 78913, 18); }
static int mul_log10_log2(int x) { return floor_shift((int64_t)x * 108853, 15); }

static int bit_len32(uint32_t x) { return x ? 32 - __builtin_clz(x) : 0; }
static int bit_len64(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

static bool divisible_by_power5(uint64_t m, int k) {
    if (m == 0) return true;
    for (int i = 0; i < k; i++) {
        if (m % 5 != 0) return false;
        m /= 5;
    }
    return true;
}

/* m * 10^q, keeping 32 bits: the result, its binary exponent, and whether
 * the product was exact. Uses the high 64 bits of the table entry, rounded
 * up for negative q so that the error has a known sign. */
static uint32_t mult64_pow10(uint32_t m, int e2, int q, int *res_e2, bool *exact) {
    if (q == 0) {
        *res_e2 = e2 - 6;
        *exact = true;
        return m << 6;
    }
    uint64_t pow = rt_pow10_mantissa[q - RT_POW10_MIN][1];
    if (q < 0) pow += 1;
    u128 prod = (u128)m * pow;
    uint64_t hi = (uint64_t)(prod >> 64), lo = (uint64_t)prod;
    *res_e2 = e2 + mul_log10_log2(q) - 63 + 57;
    *exact = lo << 7 == 0;
    return (uint32_t)(hi << 7 | lo >> 57);
}

/* The same with the full 128-bit entry, keeping 64 bits. */
static uint64_t mult128_pow10(uint64_t m, int e2, int q, int *res_e2, bool *exact) {
    if (q == 0) {
        *res_e2 = e2 - 8;
        *exact = true;
        return m << 8;
    }
    uint64_t pow_lo = rt_pow10_mantissa[q - RT_POW10_MIN][0];
    uint64_t pow_hi = rt_pow10_mantissa[q - RT_POW10_MIN][1];
    if (q < 0) pow_lo += 1;     /* no carry: as in Go */
    *res_e2 = e2 + mul_log10_log2(q) - 127 + 119;
    u128 l = (u128)m * pow_lo, h = (u128)m * pow_hi;
    uint64_t l1 = (uint64_t)(l >> 64), l0 = (uint64_t)l;
    uint64_t h1 = (uint64_t)(h >> 64), h0 = (uint64_t)h;
    uint64_t mid = l1 + h0;
    h1 += mid < l1;             /* carry */
    *exact = mid << 9 == 0 && l0 == 0;
    return h1 << 9 | mid >> 55;
}

/* Writes m as prec digits (dropping and rounding surplus low digits),
 * trims trailing zeros and sets dp as if the number were an integer. */
static void format_decimal(RtDigits *d, uint64_t m, bool trunc, bool round_up, int prec) {
    uint64_t max = uint64_pow10[prec];
    int trimmed = 0;
    while (m >= max) {
        uint64_t a = m / 10, b = m % 10;
        m = a;
        trimmed++;
        if (b > 5) round_up = true;
        else if (b < 5) round_up = false;
        else round_up = trunc || (m & 1) == 1;   /* b == 5: half to even */
        if (b != 0) trunc = true;
    }
    if (round_up) m++;
    if (m >= max) {          /* rounding carried into a new digit: 999 -> 1000 */
        m /= 10;
        trimmed++;
    }
    int n = prec;
    d->nd = prec;
    uint64_t v = m;
    while (v >= 100) {
        uint64_t v1 = v / 100, v2 = v % 100;
        n -= 2;
        d->d[n + 1] = (uint8_t)smalls[2 * v2 + 1];
        d->d[n] = (uint8_t)smalls[2 * v2];
        v = v1;
    }
    if (v > 0) d->d[--n] = (uint8_t)smalls[2 * v + 1];
    if (v >= 10) d->d[--n] = (uint8_t)smalls[2 * v];
    while (d->d[d->nd - 1] == '0') {
        d->nd--;
        trimmed++;
    }
    d->dp = d->nd + trimmed;
}

/* prec (<= 9) correctly rounded digits of mant * 2^exp, a float32. */
void rt_ryu_fixed32(RtDigits *d, uint32_t mant, int exp, int prec) {
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    /* Normalise to 25 bits. */
    int e2 = exp;
    int b = bit_len32(mant);
    if (b < 25) {
        mant <<= 25 - b;
        e2 += b - 25;
    }
    /* Choose q so that mant * 10^q * 2^e2 has exactly prec digits before
     * the binary point; it is exact when 10^q is an integer that fits. */
    int q = -mul_log2_log10(e2 + 24) + prec - 1;
    bool exact = q <= 27 && q >= 0;
    int dexp2;
    bool d0;
    uint32_t di = mult64_pow10(mant, e2, q, &dexp2, &d0);
    if (q < 0 && q >= -10 && divisible_by_power5(mant, -q)) {
        exact = true;
        d0 = true;
    }
    unsigned extra = (unsigned)-dexp2;
    uint32_t extra_mask = (uint32_t)((1u << extra) - 1);
    uint32_t dfrac = di & extra_mask;
    di >>= extra;
    bool round_up;
    if (exact) {
        /* With an exact product, a tie is a true tie: round half to even. */
        uint32_t half = 1u << (extra - 1);
        round_up = dfrac > half || (dfrac == half && !d0) || (dfrac == half && d0 && (di & 1));
    } else {
        round_up = dfrac >> (extra - 1) == 1;
    }
    if (dfrac != 0) d0 = false;
    format_decimal(d, di, !d0, round_up, prec);
    d->dp -= q;
}

/* prec (<= 18) correctly rounded digits of mant * 2^exp, a float64. */
void rt_ryu_fixed64(RtDigits *d, uint64_t mant, int exp, int prec) {
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    int e2 = exp;
    int b = bit_len64(mant);
    if (b < 55) {
        mant <<= 55 - b;
        e2 += b - 55;
    }
    int q = -mul_log2_log10(e2 + 54) + prec - 1;
    bool exact = q <= 55 && q >= 0;
    int dexp2;
    bool d0;
    uint64_t di = mult128_pow10(mant, e2, q, &dexp2, &d0);
    if (q < 0 && q >= -22 && divisible_by_power5(mant, -q)) {
        exact = true;
        d0 = true;
    }
    unsigned extra = (unsigned)-dexp2;
    uint64_t extra_mask = ((uint64_t)1 << extra) - 1;
    uint64_t dfrac = di & extra_mask;
    di >>= extra;
    bool round_up;
    if (exact) {
        uint64_t half = (uint64_t)1 << (extra - 1);
        round_up = dfrac > half || (dfrac == half && !d0) || (dfrac == half && d0 && (di & 1));
    } else {
        round_up = dfrac >> (extra - 1) == 1;
    }
    if (dfrac != 0) d0 = false;
    format_decimal(d, di, !d0, round_up, prec);
    d->dp -= q;
}

/* Emits the shortest digits in [lower, upper] of at most 9 digits each,
 * ending at d[endindex], closest to central (cup: central rounds up; c0:
 * central is exact). */
static void ryu_digits32(RtDigits *d, uint32_t lower, uint32_t central, uint32_t upper, bool c0,
                         bool cup, int endindex) {
    if (upper == 0) {
        d->dp = endindex + 1;
        return;
    }
    int trimmed = 0;
    int c_next_digit = 0;
    while (upper > 0) {
        /* Drop a digit while the interval still contains a number. */
        uint32_t l = (lower + 9) / 10;
        uint32_t c = central / 10, cdigit = central % 10;
        uint32_t u = upper / 10;
        if (l > u) break;        /* no shorter number in the interval */
        /* c is outside the interval but c+1 is in it: use that. */
        if (l == c + 1 && c < u) {
            c++;
            cdigit = 0;
            cup = false;
        }
        trimmed++;
        c0 = c0 && c_next_digit == 0;   /* exact so far? */
        c_next_digit = (int)cdigit;
        lower = l;
        central = c;
        upper = u;
    }
    if (trimmed > 0) {
        cup = c_next_digit > 5 || (c_next_digit == 5 && !c0) ||
              (c_next_digit == 5 && c0 && (central & 1) == 1);
    }
    if (central < upper && cup) central++;
    endindex -= trimmed;
    uint32_t v = central;
    int n = endindex;
    while (n > d->nd) {
        uint32_t v1 = v / 100, v2 = v % 100;
        d->d[n] = (uint8_t)smalls[2 * v2 + 1];
        d->d[n - 1] = (uint8_t)smalls[2 * v2];
        n -= 2;
        v = v1;
    }
    if (n == d->nd) d->d[n] = (uint8_t)(v + '0');
    d->nd = endindex + 1;
    d->dp = d->nd + trimmed;
}

/* The shortest digits between lower and upper (each at most 18 digits),
 * split into 9-digit halves so that ryu_digits32 can work in 32 bits. */
static void ryu_digits(RtDigits *d, uint64_t lower, uint64_t central, uint64_t upper, bool c0,
                       bool cup) {
    uint32_t lhi = (uint32_t)(lower / 1000000000), llo = (uint32_t)(lower % 1000000000);
    uint32_t chi = (uint32_t)(central / 1000000000), clo = (uint32_t)(central % 1000000000);
    uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = (uint32_t)(upper % 1000000000);
    if (uhi == 0) {
        /* Only low digits. */
        ryu_digits32(d, llo, clo, ulo, c0, cup, 8);
    } else if (lhi < uhi) {
        /* The high halves already differ: the low ones can go. */
        if (llo != 0) lhi++;
        c0 = c0 && clo == 0;
        cup = clo > 500000000 || (clo == 500000000 && cup);
        ryu_digits32(d, lhi, chi, uhi, c0, cup, 8);
        d->dp += 9;
    } else {
        /* Equal high halves: write them, then work on the low ones. */
        d->nd = 0;
        int n = 9;
        for (uint32_t v = chi; v > 0;) {
            uint32_t v1 = v / 10, v2 = v % 10;
            v = v1;
            d->d[--n] = (uint8_t)(v2 + '0');
        }
        d->d += n;
        d->nd = 9 - n;
        ryu_digits32(d, llo, clo, ulo, c0, cup, d->nd + 8);
    }
    /* Trim zeros at both ends. */
    while (d->nd > 0 && d->d[d->nd - 1] == '0') d->nd--;
    while (d->nd > 0 && d->d[0] == '0') {
        d->nd--;
        d->dp--;
        d->d++;
    }
}

/* The shortest digits that read back as mant * 2^exp; d->d needs 32 bytes. */
void rt_ryu_shortest(RtDigits *d, uint64_t mant, int exp, bool is_float32) {
    unsigned mantbits = is_float32 ? 23 : 52;
    int bias = is_float32 ? -127 : -1023;
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    /* An exact integer: its digits are the answer. */
    if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
        mant >>= -exp;
        ryu_digits(d, mant, mant, mant, true, false);
        return;
    }
    /* The interval of reals that round to this float: (ml, mu) * 2^e2,
     * narrower below at a power of two. */
    uint64_t ml, mc, mu;
    int e2;
    if (mant != (uint64_t)1 << mantbits || exp == bias + 1 - (int)mantbits) {
        ml = 2 * mant - 1;
        mc = 2 * mant;
        mu = 2 * mant + 1;
        e2 = exp - 1;
    } else {
        ml = 4 * mant - 1;
        mc = 4 * mant;
        mu = 4 * mant + 2;
        e2 = exp - 2;
    }
    if (e2 == 0) {
        ryu_digits(d, ml, mc, mu, true, false);
        return;
    }
    /* Scale by 10^q so that the bounds keep about 18 (or 9) digits. */
    int q = mul_log2_log10(-e2) + 1;

    uint64_t dl, dc, du;
    bool dl0, dc0, du0;
    int ignored;
    if (is_float32) {
        dl = mult64_pow10((uint32_t)ml, e2, q, &ignored, &dl0);
        dc = mult64_pow10((uint32_t)mc, e2, q, &ignored, &dc0);
        du = mult64_pow10((uint32_t)mu, e2, q, &e2, &du0);
    } else {
        dl = mult128_pow10(ml, e2, q, &ignored, &dl0);
        dc = mult128_pow10(mc, e2, q, &ignored, &dc0);
        du = mult128_pow10(mu, e2, q, &e2, &du0);
    }
    /* Exactness as the table cannot know it. */
    if (q > 55) dl0 = dc0 = du0 = false;
    if (q < 0 && q >= -24) {
        if (divisible_by_power5(ml, -q)) dl0 = true;
        if (divisible_by_power5(mc, -q)) dc0 = true;
        if (divisible_by_power5(mu, -q)) du0 = true;
    }
    /* Split into integer and fractional parts. */
    unsigned extra = (unsigned)-e2;
    uint64_t extra_mask = ((uint64_t)1 << extra) - 1;
    uint64_t fracl = dl & extra_mask, fracc = dc & extra_mask, fracu = du & extra_mask;
    dl >>= extra;
    dc >>= extra;
    du >>= extra;
    /* Is the upper bound itself allowed? Only an exact one, with an even
     * mantissa (a read of it rounds to even, to us). */
    bool uok = !du0 || fracu > 0;
    if (du0 && fracu == 0) uok = (mant & 1) == 0;
    if (!uok) du--;
    /* Does central round up? */
    bool cup;
    if (dc0) {
        uint64_t half = (uint64_t)1 << (extra - 1);
        cup = fracc > half || (fracc == half && (dc & 1) == 1);
    } else {
        cup = fracc >> (extra - 1) == 1;
    }
    /* Is the lower bound allowed? The same rule. */
    bool lok = dl0 && fracl == 0 && (mant & 1) == 0;
    if (!lok) dl++;
    bool c0 = dc0 && fracc == 0;
    ryu_digits(d, dl, dc, du, c0, cup);
    d->dp -= q;
}
