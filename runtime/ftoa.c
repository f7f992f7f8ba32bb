/*
 * ftoa.c — floats to text, digit for digit as Go's strconv.AppendFloat.
 *
 * Which digits to print is a question with one mathematical answer: for an
 * explicit precision, the exact value of the float rounded half to even; for
 * precision -1, the fewest significant digits whose value lies in the float's
 * rounding interval (so that reading them back gives the float again), and
 * among those the one closest to the float. Two ways to find them live here.
 *
 * The exact way. A binary float m * 2^e is a finite decimal: for e < 0 it is
 * m * 5^-e / 10^-e. So one big-integer product and one conversion to decimal
 * give all its digits (at most 767 significant ones), and the answers above
 * are then read off the digit strings: rounding is looking at the digits
 * after the cut, and the rounding interval's ends, (m -+ 1/2) * 2^e, are
 * floats of the same kind. Simple and certainly right, but microseconds.
 *
 * The fast way. Multiply by a 128-bit power of ten (pow10tab.c) so that the
 * wanted digits form the integer part of a fixed-point number with 64
 * fraction bits, known to within 2 units of its last bit. Every decision
 * (round up or down? is this candidate inside the interval?) compares that
 * number with an integer or half-integer; when the error band contains the
 * point compared with, the fast way gives up and the exact way answers. That
 * happens only for floats within 2^-63 of a decision point, so almost never,
 * and correctness never rests on a delicate error analysis. For the shortest
 * digits, the power of ten is chosen so that the scaled rounding interval is
 * between 1 and 10 wide: it then holds at most one multiple of 10 (the
 * answer, if there is one) and at least one of the integers next to the
 * scaled float (the answer otherwise, the nearer one first).
 *
 * The layout of the digits (%e, %f, %g) and %b and %x follow Go's output.
 * Hands on: rt_strconv_append_float for fmt.c and strconv.FormatFloat, and
 * rt_strconv_append_float_exact, the exact way alone, for the unit tests.
 */
#include "internal.h"

typedef unsigned __int128 u128;

/* ---------------------------------------------------------------- the float */

/* A finite float as m * 2^e; asym when the next float down is nearer than
 * the next float up (m is a power of two above the smallest normal). */
typedef struct Float {
    uint64_t m;
    int e;
    bool neg, asym;
    bool is32;
} Float;

/* Splits v (as a float32 if bitsize is 32). Returns false for NaN and Inf,
 * after writing them. */
static bool split_float(RtBuf *b, double v, int bitsize, Float *f) {
    int fracbits, expbits;
    uint64_t bits;
    if (bitsize == 32) {
        float v32 = (float)v;
        uint32_t b32;
        memcpy(&b32, &v32, sizeof b32);
        bits = b32;
        fracbits = 23, expbits = 8;
    } else {
        memcpy(&bits, &v, sizeof bits);
        fracbits = 52, expbits = 11;
    }
    int bias = (1 << (expbits - 1)) - 1 + fracbits;  /* 1075 or 150 */
    uint64_t frac = bits & (((uint64_t)1 << fracbits) - 1);
    int biased = (int)(bits >> fracbits) & ((1 << expbits) - 1);
    f->neg = (bits >> (fracbits + expbits)) & 1;
    f->is32 = bitsize == 32;
    if (biased == (1 << expbits) - 1) {
        rt_buf_puts(b, frac != 0 ? "NaN" : f->neg ? "-Inf" : "+Inf");
        return false;
    }
    if (biased == 0) {                      /* zero or subnormal */
        f->m = frac;
        f->e = 1 - bias;
    } else {
        f->m = frac | (uint64_t)1 << fracbits;
        f->e = biased - bias;
    }
    f->asym = frac == 0 && biased > 1;
    return true;
}

/* ---------------------------------------------------------------- digits */

/* Decimal digits d[0..n) without trailing zeros, the decimal point after
 * the first `point` of them (point may be <= 0 or > n: 0.00123 has digits
 * 123 and point -2); zero has n == 0. 800 holds any float's full expansion. */
enum { DIGITS_MAX = 800 };
typedef struct Digits {
    int n, point;
    char d[DIGITS_MAX];
} Digits;

static const uint64_t pow10_u64[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull,
};

static const char two_digits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Writes the 8 digits of v < 10^8 at p. */
static void put8(char *p, uint32_t v) {
    for (int i = 6; i >= 0; i -= 2, v /= 100) memcpy(p + i, two_digits + 2 * (v % 100), 2);
}

/* out = c * 10^x. */
static void digits_from_int(Digits *out, uint64_t c, int x) {
    if (c == 0) {
        out->n = out->point = 0;
        return;
    }
    /* Trailing zeros first: the shortest digits often end in many. */
    if (c % 100000000 == 0) c /= 100000000, x += 8;
    if (c % 10000 == 0) c /= 10000, x += 4;
    if (c % 100 == 0) c /= 100, x += 2;
    if (c % 10 == 0) c /= 10, x += 1;
    int len = (64 - __builtin_clzll(c)) * 1233 >> 12;  /* log10(2) ~ 1233/4096: len or len - 1 */
    len += len < 20 && c >= pow10_u64[len];
    char *p = out->d + len;
    while (c >= 100000000) {                /* eight digits at a time, in 32 bits */
        uint64_t q = c / 100000000;
        p -= 8;
        put8(p, (uint32_t)(c - q * 100000000));
        c = q;
    }
    uint32_t r = (uint32_t)c;
    for (; r >= 100; r /= 100) {
        p -= 2;
        memcpy(p, two_digits + 2 * (r % 100), 2);
    }
    if (r >= 10) memcpy(p - 2, two_digits + 2 * r, 2);
    else p[-1] = (char)('0' + r);
    out->point = len + x;
    while (out->d[len - 1] == '0') len--;   /* zeros beyond the fifteen removed above */
    out->n = len;
}

static void trim_zeros(Digits *x) {
    while (x->n > 0 && x->d[x->n - 1] == '0') x->n--;
    if (x->n == 0) x->point = 0;
}

/* Adds one unit in the last of the first `keep` digits (keep <= n), so the
 * digits after it are dropped: 0.1299 -> 0.13 for keep 3, 0.999 -> 1. */
static void bump(Digits *x, int keep) {
    int i = keep - 1;
    while (i >= 0 && x->d[i] == '9') i--;
    if (i < 0) {
        x->d[0] = '1';
        x->n = 1;
        x->point++;
        return;
    }
    x->d[i]++;
    x->n = i + 1;
}

/* Rounds the exact expansion x to `keep` significant digits, half to even
 * (keep may be 0 or negative: %f's rounding of small numbers). */
static void round_digits(Digits *x, int keep) {
    if (keep >= x->n) return;
    if (keep < 0) {
        x->n = x->point = 0;
        return;
    }
    char next = x->d[keep];
    bool up = next > '5' || (next == '5' && (keep + 1 < x->n ||               /* above half */
                                             (keep > 0 && (x->d[keep - 1] & 1)))); /* tie, odd */
    if (up) {
        if (keep == 0) {                    /* 0.5+ of the unit above all digits */
            x->d[0] = '1';
            x->n = 1;
            x->point++;
        } else {
            bump(x, keep);
        }
    } else {
        x->n = keep;
        trim_zeros(x);
    }
}

/* -1, 0, 1 as a <, =, > b; both positive or zero. */
static int compare_digits(const Digits *a, const Digits *b) {
    if (a->n == 0 || b->n == 0) return (a->n != 0) - (b->n != 0);
    if (a->point != b->point) return a->point < b->point ? -1 : 1;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        char x = i < a->n ? a->d[i] : '0', y = i < b->n ? b->d[i] : '0';
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- exact */

/* Unsigned big integers, 32-bit limbs, least significant first. 84 limbs
 * hold 2^55 * 5^1076, the largest number expand() makes. */
enum { LIMBS = 84 };
typedef struct Big {
    int n;
    uint32_t w[LIMBS];
} Big;

static void big_mul_small(Big *x, uint32_t f) {
    uint64_t carry = 0;
    for (int i = 0; i < x->n; i++) {
        uint64_t t = (uint64_t)x->w[i] * f + carry;
        x->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) x->w[x->n++] = (uint32_t)carry;
}

static void big_shift_left(Big *x, int s) {
    int limbs = s / 32, bits = s % 32;
    if (x->n == 0) return;
    x->w[x->n] = 0;
    for (int i = x->n; i >= 0; i--) {
        uint32_t hi = x->w[i] << bits;
        uint32_t lo = bits && i > 0 ? x->w[i - 1] >> (32 - bits) : 0;
        x->w[i + limbs] = hi | lo;
    }
    for (int i = 0; i < limbs; i++) x->w[i] = 0;
    x->n += limbs + 1;
    while (x->n > 0 && x->w[x->n - 1] == 0) x->n--;
}

/* x /= 10^9, returning the remainder. */
static uint32_t big_div_1e9(Big *x) {
    uint64_t rem = 0;
    for (int i = x->n - 1; i >= 0; i--) {
        uint64_t t = rem << 32 | x->w[i];
        x->w[i] = (uint32_t)(t / 1000000000u);
        rem = t % 1000000000u;
    }
    while (x->n > 0 && x->w[x->n - 1] == 0) x->n--;
    return (uint32_t)rem;
}

/* out = all the digits of m * 2^e. */
static void expand(Digits *out, uint64_t m, int e) {
    Big x = {0, {0}};
    for (; m; m >>= 32) x.w[x.n++] = (uint32_t)m;
    int shift = 0;                          /* decimal places */
    if (e >= 0) {
        big_shift_left(&x, e);
    } else {
        for (int k = -e; k > 0; k -= 13) {  /* 5^13 is the largest power of 5 in 32 bits */
            int step = k < 13 ? k : 13;
            big_mul_small(&x, (uint32_t)(pow10_u64[step] >> step));   /* 10^step / 2^step */
        }
        shift = -e;
    }
    /* Nine digits at a time from the bottom, then moved to the front. */
    char tmp[DIGITS_MAX + 18];
    int t = (int)sizeof tmp;
    while (x.n > 0) {
        uint32_t r = big_div_1e9(&x);
        for (int i = 0; i < 9; i++, r /= 10) tmp[--t] = (char)('0' + r % 10);
    }
    while (t < (int)sizeof tmp && tmp[t] == '0') t++;
    out->n = (int)sizeof tmp - t;
    memcpy(out->d, tmp + t, (size_t)out->n);
    out->point = out->n - shift;
    trim_zeros(out);
}

/* dst = the first k digits of src. */
static void first_digits(Digits *dst, const Digits *src, int k) {
    dst->n = k;
    dst->point = src->point;
    memcpy(dst->d, src->d, (size_t)k);
}

/* The shortest digits for f, by trying 1, 2, ... digits: the float cut to k
 * digits and that plus one unit are the only k-digit candidates that can be
 * nearest, and the interval's ends count when m is even (reading back rounds
 * ties to even). */
static void exact_shortest(Digits *out, const Float *f) {
    if (f->m == 0) {
        out->n = out->point = 0;
        return;
    }
    Digits lo, hi;
    expand(out, f->m, f->e);
    expand(&lo, 4 * f->m - (f->asym ? 1 : 2), f->e - 2);
    expand(&hi, 4 * f->m + 2, f->e - 2);
    bool ends = f->m % 2 == 0;
    for (int k = 1; k < out->n; k++) {
        Digits down, up;
        first_digits(&down, out, k);
        trim_zeros(&down);
        first_digits(&up, out, k);
        bump(&up, k);
        int c = compare_digits(&down, &lo);
        bool down_ok = c > 0 || (c == 0 && ends);
        c = compare_digits(&up, &hi);
        bool up_ok = c < 0 || (c == 0 && ends);
        if (down_ok && up_ok) {
            round_digits(out, k);
            return;
        }
        if (down_ok || up_ok) {
            *out = down_ok ? down : up;
            return;
        }
    }
    /* All of the float's digits: the float itself. */
}

/* ---------------------------------------------------------------- fast */

/* floor(e * log10(2)), floor(log10(3 * 2^(e-2))) and floor(j * log2(10)),
 * by 32-bit fixed-point logarithms; ftoa_test.c checks them against big
 * integers over every e and j they are used for. */
static int floor_shift32(int64_t x) { return (int)(x >= 0 ? x >> 32 : -((-x + 0xffffffff) >> 32)); }
static int log10_pow2(int e) { return floor_shift32((int64_t)e * 1292913986); }
static int log10_three_quarters_pow2(int e) { return floor_shift32((int64_t)e * 1292913986 - 536607788); }
static int log2_pow10(int j) { return floor_shift32((int64_t)j * 14267572527); }

/* 5^55 < 2^128 < 5^56: the rows for 10^0 .. 10^55 are exact. */
enum { POW10_EXACT_MAX = 55 };

/* X = m * 2^e * 10^j as a fixed-point number with 64 fraction bits, rounded
 * down: the true X * 2^64 is in [y, y + 2), and equals y when exact. Needs
 * 2^-3 <= X < 2^63. A Scaler holds what depends on j alone. */
typedef struct Scaled {
    u128 y;
    bool exact;
} Scaled;

typedef struct Scaler {
    uint64_t hi, lo;                        /* the table row */
    int shift;                              /* -1 - floor(log2 10^j) */
    bool exact;                             /* the row is 10^j exactly */
} Scaler;

static Scaler scaler(int j) {
    const uint64_t *row = rt_pow10_128[j - RT_POW10_LO];
    return (Scaler){row[0], row[1], -1 - log2_pow10(j), j >= 0 && j <= POW10_EXACT_MAX};
}

static Scaled scale_by(const Scaler *t, uint64_t m, int e) {
    /* With m's top bit at 63, P >= 2^127 and X < 2^63, the shift below is at
     * least 64, so P being up to 1 short moves y by less than m / 2^64 < 1;
     * the bits shifted out are the other unit of the error. */
    int z = __builtin_clzll(m);
    m <<= z;
    e -= z;
    u128 low = (u128)m * t->lo;
    u128 high = (u128)m * t->hi + (uint64_t)(low >> 64);
    /* m * P = high * 2^64 + (uint64_t)low, and X * 2^64 = m * P * 2^(e + b - 63),
     * so y = high >> (-1 - e - b); that is >= 0 as X < 2^63. */
    int sh = t->shift - e;
    Scaled s;
    s.y = high >> sh;
    s.exact = t->exact && (uint64_t)low == 0 &&
              (sh == 0 || (high << (128 - sh)) == 0);  /* and no bits shifted out */
    return s;
}

static Scaled scale(uint64_t m, int e, int j) {
    Scaler t = scaler(j);
    return scale_by(&t, m, e);
}

/* The integer part of s; *frac gets the 64 fraction bits. */
static uint64_t int_part(Scaled s, uint64_t *frac) {
    *frac = (uint64_t)s.y;
    return (uint64_t)(s.y >> 64);
}

enum { NO, YES, UNSURE };
#define HALF ((uint64_t)1 << 63)

/* Rounds s to an integer, half to even, into *c. */
static int round_scaled(Scaled s, uint64_t *c) {
    uint64_t frac, i = int_part(s, &frac);
    bool up;
    if (s.exact) up = frac > HALF || (frac == HALF && (i & 1));
    else if (frac > HALF) up = true;        /* even with the error it is past half */
    else if (frac <= HALF - 2) up = false;  /* and here short of it */
    else return UNSURE;
    *c = i + up;
    return YES;
}

/* Is the integer c above the scaled lower end s (or at it, with ends)? */
static int above(uint64_t c, Scaled s, bool ends) {
    u128 cy = (u128)c << 64;
    if (s.exact) return cy > s.y || (cy == s.y && ends) ? YES : NO;
    if (cy < s.y) return NO;
    return cy - s.y >= 2 ? YES : UNSURE;
}

/* Is c below the scaled upper end s (or at it, with ends)? */
static int below(uint64_t c, Scaled s, bool ends) {
    u128 cy = (u128)c << 64;
    if (s.exact) return cy < s.y || (cy == s.y && ends) ? YES : NO;
    if (cy < s.y) return YES;
    return cy - s.y >= 2 ? NO : UNSURE;
}

static int inside(uint64_t c, Scaled lo, Scaled hi, bool ends) {
    int a = above(c, lo, ends), b = below(c, hi, ends);
    if (a == UNSURE || b == UNSURE) return UNSURE;
    return a == YES && b == YES ? YES : NO;
}

/* The shortest digits, or false when the exact way must decide. */
static bool fast_shortest(Digits *out, const Float *f) {
    if (f->m == 0) {
        out->n = out->point = 0;
        return true;
    }
    /* A whole number with ulp <= 1: the interval holds no other integer, and
     * any fraction in it has more significant digits. */
    if (f->e <= 0 && f->e > -64 && (f->m & (((uint64_t)1 << -f->e) - 1)) == 0) {
        digits_from_int(out, f->m >> -f->e, 0);
        return true;
    }
    /* Bounds and float as multiples of 2^(e-2); the interval is 2^e wide,
     * or 3/4 of that when the float below is nearer. */
    int k = f->asym ? log10_three_quarters_pow2(f->e) : log10_pow2(f->e);
    uint64_t m4 = 4 * f->m;
    Scaler t = scaler(-k);
    Scaled lo = scale_by(&t, m4 - (f->asym ? 1 : 2), f->e - 2);
    Scaled v = scale_by(&t, m4, f->e - 2);
    Scaled hi = scale_by(&t, m4 + 2, f->e - 2);
    bool ends = f->m % 2 == 0;
    uint64_t frac, s = int_part(v, &frac);

    /* One digit fewer: the multiple of 10 below the float or the one above. */
    uint64_t c0 = s - s % 10, c1 = c0 + 10;
    int in0 = inside(c0, lo, hi, ends), in1 = inside(c1, lo, hi, ends);
    if (in0 == UNSURE || in1 == UNSURE) return false;
    if (in0 == YES || in1 == YES) {
        digits_from_int(out, in0 == YES ? c0 : c1, k);
        return true;
    }

    /* Otherwise s or s + 1, whichever is nearer, if it is inside. */
    uint64_t near;
    if (round_scaled(v, &near) != YES) return false;
    uint64_t far = near == s ? s + 1 : s;
    int in = inside(near, lo, hi, ends);
    if (in == NO) {
        near = far;
        in = inside(near, lo, hi, ends);
    }
    if (in != YES) return false;
    digits_from_int(out, near, k);
    return true;
}

/* The float rounded to `count` significant digits (1..17). */
static bool fast_significant(Digits *out, const Float *f, int count) {
    if (f->m == 0) {
        out->n = out->point = 0;
        return true;
    }
    int top = f->e + 63 - __builtin_clzll(f->m); /* 2^top <= v < 2^(top+1) */
    int j = count - 1 - log10_pow2(top);         /* X = v * 10^j in [10^(count-1), 10^(count+1)) */
    Scaled x = scale(f->m, f->e, j);
    uint64_t frac;
    if (int_part(x, &frac) >= pow10_u64[count]) x = scale(f->m, f->e, --j);
    uint64_t c;
    if (round_scaled(x, &c) != YES) return false;
    digits_from_int(out, c, -j);
    return true;
}

/* The float rounded to `places` digits after the point. */
static bool fast_places(Digits *out, const Float *f, int places) {
    if (f->m == 0) {
        out->n = out->point = 0;
        return true;
    }
    if (places > RT_POW10_HI) return false;
    int top = f->e + 63 - __builtin_clzll(f->m) + log2_pow10(places); /* X in [2^top, 2^(top+2)) */
    if (top <= -3) {                        /* X < 1/2: rounds to zero */
        out->n = out->point = 0;
        return true;
    }
    if (top > 60) return false;
    uint64_t c;
    if (round_scaled(scale(f->m, f->e, places), &c) != YES) return false;
    digits_from_int(out, c, -places);
    return true;
}

/* ---------------------------------------------------------------- layout */

/* Room for n more bytes in b, returned as a pointer; the caller then
 * writes exactly n and calls rt_buf_put's bookkeeping itself. */
static char *reserve(RtBuf *b, size_t n) {
    if (b->cap - b->len < n) rt_buf_grow(b, n);
    return (char *)b->data + b->len;
}

/* Writes digits src[from..to) of x, as zeros where there are none. */
static char *put_span(char *p, const Digits *x, int from, int to) {
    int have_from = from > 0 ? from : 0, have_to = to < x->n ? to : x->n;
    if (have_to <= have_from) have_from = have_to = to;  /* no digit of x in range */
    for (; from < have_from; from++) *p++ = '0';
    memcpy(p, x->d + have_from, (size_t)(have_to - have_from));
    p += have_to - have_from;
    for (; have_to < to; have_to++) *p++ = '0';
    return p;
}

/* d.ddddde±dd with `places` digits after the point. */
static void put_sci(RtBuf *b, bool neg, const Digits *x, int places, char e) {
    if (places < 0) places = 0;
    int exp10 = x->n ? x->point - 1 : 0, mag = exp10 < 0 ? -exp10 : exp10;
    int exp_digits = mag < 100 ? 2 : mag < 1000 ? 3 : 4;
    size_t len = (size_t)neg + 1 + (places ? (size_t)places + 1 : 0) + 2 + (size_t)exp_digits;
    char *start = reserve(b, len), *p = start;
    if (neg) *p++ = '-';
    *p++ = x->n ? x->d[0] : '0';
    if (places) {
        *p++ = '.';
        p = put_span(p, x, 1, 1 + places);
    }
    *p++ = e;
    *p++ = exp10 < 0 ? '-' : '+';
    for (int i = exp_digits - 1; i >= 0; i--, mag /= 10) p[i] = (char)('0' + mag % 10);
    b->len += len;
}

/* ddd.ddd with `places` digits after the point. */
static void put_fixed(RtBuf *b, bool neg, const Digits *x, int places) {
    if (places < 0) places = 0;
    int whole = x->point > 0 ? x->point : 1;
    size_t len = (size_t)neg + (size_t)whole + (places ? (size_t)places + 1 : 0);
    char *p = reserve(b, len);
    if (neg) *p++ = '-';
    if (x->point > 0) p = put_span(p, x, 0, x->point);
    else *p++ = '0';
    if (places) {
        *p++ = '.';
        put_span(p, x, x->point, x->point + places);
    }
    b->len += len;
}

/* Prints the digits as fmt asks; prec is the caller's (-1: these are the
 * shortest digits, so print them all). */
static void put_digits(RtBuf *b, bool neg, const Digits *x, char fmt, int prec) {
    bool shortest = prec < 0;
    switch (fmt) {
    case 'e':
    case 'E':
        put_sci(b, neg, x, shortest ? x->n - 1 : prec, fmt);
        return;
    case 'f':
        put_fixed(b, neg, x, shortest ? x->n - x->point : prec);
        return;
    }
    /* %g: significant digits wanted, trailing zeros never printed. It is %e
     * when the exponent is below -4 or at least the precision (6 when
     * shortest; at most the digit count when the digits end before the point). */
    int sig = shortest ? x->n : prec == 0 ? 1 : prec;
    int limit = shortest ? 6 : sig > x->n && x->n >= x->point ? x->n : sig;
    int exp10 = x->point - 1;
    if (exp10 < -4 || exp10 >= limit) {
        put_sci(b, neg, x, (sig < x->n ? sig : x->n) - 1, (char)(fmt - 'g' + 'e'));
        return;
    }
    int places = (sig > x->point ? x->n : sig) - x->point;
    put_fixed(b, neg, x, places);
}

/* %b: the integer mantissa, 'p', the power of two: -4503599627370496p-52. */
static void put_binary(RtBuf *b, const Float *f) {
    rt_strconv_append_bits(b, f->m, 10, f->neg);
    rt_buf_putc(b, 'p');
    if (f->e >= 0) rt_buf_putc(b, '+');
    rt_strconv_append_bits(b, f->e < 0 ? (uint64_t)-f->e : (uint64_t)f->e, 10, f->e < 0);
}

static void put_exponent(RtBuf *b, int x) {
    rt_buf_putc(b, x < 0 ? '-' : '+');
    if (x < 0) x = -x;
    if (x >= 100) rt_strconv_append_bits(b, (uint64_t)x, 10, false);
    else rt_buf_put(b, two_digits + 2 * x, 2);
}

/* %x: -0x1.8p+01, a hex digit before the point, prec after it (-1: as few as
 * need be) rounded half to even, and a decimal power of two. */
static void put_hex(RtBuf *b, const Float *f, int prec, char fmt) {
    uint64_t m = f->m;                      /* becomes 1.xxx with 52 bits after the point */
    int x = 0;
    if (m != 0) {
        int lead = 63 - __builtin_clzll(m);
        m <<= 52 - lead;
        x = f->e + lead;
    }
    if (prec >= 0 && prec < 13) {
        int drop = 52 - 4 * prec;
        uint64_t rest = m & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        m >>= drop;
        m += rest > half || (rest == half && (m & 1));
        m <<= drop;
        if (m >> 53) {                      /* 1.fff rounded up to 2 */
            m >>= 1;
            x++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (f->neg) rt_buf_putc(b, '-');
    rt_buf_putc(b, '0');
    rt_buf_putc(b, (uint8_t)fmt);
    rt_buf_putc(b, (uint8_t)('0' + (m >> 52)));
    uint64_t rest = m << 12;                /* the fraction, from the top */
    int count = prec >= 0 ? prec : 0;
    if (prec < 0)
        for (uint64_t r = rest; r; r <<= 4) count++;
    if (count > 0) rt_buf_putc(b, '.');
    for (int i = 0; i < count; i++, rest <<= 4) rt_buf_putc(b, (uint8_t)hex[rest >> 60]);
    rt_buf_putc(b, fmt == 'X' ? 'P' : 'p');
    put_exponent(b, x);
}

/* ---------------------------------------------------------------- entry */

static void format(RtBuf *b, double v, char fmt, int prec, int bitsize, bool exact_only) {
    Float f;
    if (!split_float(b, v, bitsize, &f)) return;
    switch (fmt) {
    case 'b':
        put_binary(b, &f);
        return;
    case 'x':
    case 'X':
        put_hex(b, &f, prec, fmt);
        return;
    case 'e': case 'E': case 'f': case 'g': case 'G':
        break;
    default:
        rt_buf_putc(b, '%');
        rt_buf_putc(b, (uint8_t)fmt);
        return;
    }
    Digits x;
    if (prec < 0) {
        if (exact_only || !fast_shortest(&x, &f)) exact_shortest(&x, &f);
    } else if (fmt == 'f') {
        if (exact_only || !fast_places(&x, &f, prec)) {
            expand(&x, f.m, f.e);
            round_digits(&x, x.point + prec);
        }
    } else {
        int count = fmt == 'e' || fmt == 'E' ? prec + 1 : prec == 0 ? 1 : prec;
        if (exact_only || count > 17 || !fast_significant(&x, &f, count)) {
            expand(&x, f.m, f.e);
            round_digits(&x, count);
        }
    }
    put_digits(b, f.neg, &x, fmt, prec);
}

void rt_strconv_append_float(RtBuf *b, double v, char fmt, int prec, int bitsize) {
    format(b, v, fmt, prec, bitsize, false);
}

void rt_strconv_append_float_exact(RtBuf *b, double v, char fmt, int prec, int bitsize) {
    format(b, v, fmt, prec, bitsize, true);
}
