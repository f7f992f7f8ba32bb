/*
 * constant.c — exact arithmetic on Go's constants.
 *
 * The Go spec evaluates constant expressions exactly: `1<<300 >> 290` is
 * 1024, and `float32(x)` rounds the exact value of x once, to the nearest
 * float32. gc does this with its go/constant package, whose rules this file
 * follows so that gosub accepts, rejects, rounds and prints constants as gc
 * does:
 *
 *   - an integer is a big integer, of any size (the checker reports results
 *     beyond 512 bits, as types2 does);
 *   - a float is an exact fraction num/den while numerator and denominator
 *     have fewer than 4096 bits, and beyond that a binary float mant·2^exp
 *     whose mantissa is rounded to 512 bits (go/constant's big.Float);
 *   - a complex number is a pair of those (either part may be an integer);
 *   - an operation on two values first brings the simpler one to the other's
 *     representation: integer < fraction < binary float < complex.
 *
 * It hands on ConstVal values (gosub.h): the checker builds them from
 * literals and combines them with const_unary, const_binary, const_shift and
 * const_compare, the way types2 calls go/constant, and asks
 * const_representable whether a value fits a type (rounding it to float32 or
 * float64 when it does). ir.c and emit.c read checked constants back with
 * const_int64, const_uint64, const_double and const_float.
 *
 * Three layers, bottom up:
 *   BigInt    integers of any size: a sign and a magnitude in 32-bit limbs
 *   rounding  a quotient n/d·2^e to a given number of bits, to nearest even:
 *             the one routine behind fractions -> float64, float32 and the
 *             512-bit binary floats, and behind those floats' arithmetic
 *   ConstVal  Go's constants: literals, operations, conversions, printing
 *
 * Values are immutable once made, and never freed (gosub.h's memory policy).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gosub.h"
#include "parse.h"                         /* the TK_* operator codes */

/* ================================================================ BigInt */

struct BigInt {
    bool neg;                              /* never set for zero */
    int len;                               /* limbs in use; zero has none */
    uint32_t limb[];                       /* the magnitude, least significant limb first;
                                              limb[len-1] != 0 */
};

static BigInt *bi_alloc(int len)
{
    BigInt *x = xalloc(sizeof(BigInt) + (size_t)len * sizeof(uint32_t));
    x->len = len;
    return x;
}

/* Drops the leading zero limbs of a result whose length was an upper bound. */
static BigInt *bi_norm(BigInt *x)
{
    while (x->len > 0 && x->limb[x->len - 1] == 0)
        x->len--;
    if (x->len == 0)
        x->neg = false;
    return x;
}

static BigInt *bi_from_u64(uint64_t v)
{
    BigInt *x = bi_alloc(2);
    x->limb[0] = (uint32_t)v;
    x->limb[1] = (uint32_t)(v >> 32);
    return bi_norm(x);
}

static BigInt *bi_from_i64(int64_t v)
{
    BigInt *x = bi_from_u64(v < 0 ? -(uint64_t)v : (uint64_t)v);
    x->neg = v < 0;
    return x;
}

static BigInt *bi_zero(void) { return bi_alloc(0); }
static BigInt *bi_one(void) { return bi_from_u64(1); }

/* A copy of x with the given sign (zero stays unsigned). */
static BigInt *bi_with_sign(BigInt *x, bool neg)
{
    BigInt *z = bi_alloc(x->len);
    memcpy(z->limb, x->limb, (size_t)x->len * sizeof(uint32_t));
    z->neg = neg && x->len > 0;
    return z;
}

static BigInt *bi_neg(BigInt *x) { return bi_with_sign(x, !x->neg); }
static BigInt *bi_abs(BigInt *x) { return bi_with_sign(x, false); }
static bool bi_is_zero(BigInt *x) { return x->len == 0; }
static int bi_sign(BigInt *x) { return x->len == 0 ? 0 : x->neg ? -1 : 1; }

/* The number of bits of the magnitude: 0 for 0, 1 for ±1, 9 for 256. */
static int64_t bi_bitlen(BigInt *x)
{
    if (x->len == 0)
        return 0;
    return (int64_t)(x->len - 1) * 32 + (32 - __builtin_clz(x->limb[x->len - 1]));
}

/* Bit i of the magnitude. */
static bool bi_bit(BigInt *x, int64_t i)
{
    if (i < 0 || i >= (int64_t)x->len * 32)
        return false;
    return (x->limb[i / 32] >> (i % 32)) & 1;
}

/* Whether any bit of the magnitude below bit n is set. */
static bool bi_low_bits_set(BigInt *x, int64_t n)
{
    for (int64_t i = 0; i < x->len && i * 32 < n; i++) {
        uint32_t w = x->limb[i];
        if ((i + 1) * 32 > n)
            w &= (1u << (n - i * 32)) - 1;
        if (w)
            return true;
    }
    return false;
}

/* The number of zero bits below the lowest set bit (x not zero). */
static int64_t bi_trailing_zeros(BigInt *x)
{
    int64_t i = 0;
    while (x->limb[i] == 0)
        i++;
    return i * 32 + __builtin_ctz(x->limb[i]);
}

/* Compares magnitudes: -1, 0 or 1. */
static int mag_cmp(BigInt *a, BigInt *b)
{
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    for (int i = a->len - 1; i >= 0; i--)
        if (a->limb[i] != b->limb[i])
            return a->limb[i] < b->limb[i] ? -1 : 1;
    return 0;
}

static int bi_cmp(BigInt *a, BigInt *b)
{
    if (a->neg != b->neg)
        return a->neg ? -1 : 1;
    int c = mag_cmp(a, b);
    return a->neg ? -c : c;
}

/* |a| + |b|, given the sign neg. */
static BigInt *mag_add(BigInt *a, BigInt *b, bool neg)
{
    if (a->len < b->len) {
        BigInt *t = a;
        a = b;
        b = t;
    }
    BigInt *z = bi_alloc(a->len + 1);
    uint64_t carry = 0;
    for (int i = 0; i < a->len; i++) {
        carry += (uint64_t)a->limb[i] + (i < b->len ? b->limb[i] : 0);
        z->limb[i] = (uint32_t)carry;
        carry >>= 32;
    }
    z->limb[a->len] = (uint32_t)carry;
    z->neg = neg;
    return bi_norm(z);
}

/* |a| - |b| for |a| >= |b|, given the sign neg. */
static BigInt *mag_sub(BigInt *a, BigInt *b, bool neg)
{
    BigInt *z = bi_alloc(a->len);
    uint32_t borrow = 0;
    for (int i = 0; i < a->len; i++) {
        uint64_t d = (uint64_t)a->limb[i] - (i < b->len ? b->limb[i] : 0) - borrow;
        z->limb[i] = (uint32_t)d;
        borrow = (uint32_t)(d >> 63);      /* the subtraction wrapped: borrow one */
    }
    z->neg = neg;
    return bi_norm(z);
}

static BigInt *bi_add(BigInt *a, BigInt *b)
{
    if (a->neg == b->neg)
        return mag_add(a, b, a->neg);
    int c = mag_cmp(a, b);
    if (c == 0)
        return bi_zero();
    return c > 0 ? mag_sub(a, b, a->neg) : mag_sub(b, a, b->neg);
}

static BigInt *bi_sub(BigInt *a, BigInt *b) { return bi_add(a, bi_neg(b)); }

/* Schoolbook multiplication: the numbers here have at most a few thousand bits. */
static BigInt *bi_mul(BigInt *a, BigInt *b)
{
    BigInt *z = bi_alloc(a->len + b->len);
    for (int i = 0; i < a->len; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->len; j++) {
            carry += (uint64_t)a->limb[i] * b->limb[j] + z->limb[i + j];   /* < 2^64: no overflow */
            z->limb[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        z->limb[i + b->len] = (uint32_t)carry;
    }
    z->neg = a->neg != b->neg;
    return bi_norm(z);
}

/* Quotient and remainder of the magnitudes, |a| = q·|b| + r, 0 <= r < |b|
 * (b not zero), both unsigned: Knuth's algorithm D (TAOCP vol. 2, 4.3.1),
 * as Hacker's Delight writes it (divmnu), on 32-bit limbs. */
static void mag_divmod(BigInt *a, BigInt *b, BigInt **qp, BigInt **rp)
{
    int m = a->len, n = b->len;
    if (mag_cmp(a, b) < 0) {
        *qp = bi_zero();
        *rp = bi_abs(a);
        return;
    }
    BigInt *q = bi_alloc(m - n + 1);
    if (n == 1) {                          /* one-limb divisor: short division */
        uint64_t d = b->limb[0], rem = 0;
        for (int i = m - 1; i >= 0; i--) {
            uint64_t cur = rem << 32 | a->limb[i];
            q->limb[i] = (uint32_t)(cur / d);
            rem = cur % d;
        }
        *qp = bi_norm(q);
        *rp = bi_from_u64(rem);
        return;
    }
    /* Normalize: shift both so the divisor's top limb has its high bit set,
     * which makes each estimated quotient limb at most 2 too large. */
    int s = __builtin_clz(b->limb[n - 1]);
    uint32_t *vn = xalloc((size_t)n * sizeof(uint32_t));
    uint32_t *un = xalloc((size_t)(m + 1) * sizeof(uint32_t));
    for (int i = n - 1; i > 0; i--)
        vn[i] = (b->limb[i] << s) | (uint32_t)((uint64_t)b->limb[i - 1] >> (32 - s));
    vn[0] = b->limb[0] << s;
    un[m] = (uint32_t)((uint64_t)a->limb[m - 1] >> (32 - s));
    for (int i = m - 1; i > 0; i--)
        un[i] = (a->limb[i] << s) | (uint32_t)((uint64_t)a->limb[i - 1] >> (32 - s));
    un[0] = a->limb[0] << s;

    const uint64_t base = (uint64_t)1 << 32;
    for (int j = m - n; j >= 0; j--) {
        /* estimate this quotient limb from the top two limbs, then correct it */
        uint64_t top = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
        uint64_t qhat = top / vn[n - 1], rhat = top % vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= base)
                break;
        }
        /* multiply and subtract */
        int64_t k = 0, t;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFF);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (uint32_t)t;
        if (t < 0) {                       /* one too large after all: add the divisor back */
            qhat--;
            uint64_t carry = 0;
            for (int i = 0; i < n; i++) {
                carry += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)carry;
                carry >>= 32;
            }
            un[j + n] += (uint32_t)carry;
        }
        q->limb[j] = (uint32_t)qhat;
    }
    BigInt *r = bi_alloc(n);               /* the remainder, shifted back */
    for (int i = 0; i < n; i++)
        r->limb[i] = (un[i] >> s) | (uint32_t)((uint64_t)un[i + 1] << (32 - s));
    *qp = bi_norm(q);
    *rp = bi_norm(r);
}

/* Truncated division, as Go's integer / and %: the quotient rounds toward
 * zero and the remainder has the dividend's sign. */
static void bi_quo_rem(BigInt *a, BigInt *b, BigInt **q, BigInt **r)
{
    mag_divmod(a, b, q, r);
    (*q)->neg = a->neg != b->neg && (*q)->len > 0;
    (*r)->neg = a->neg && (*r)->len > 0;
}

/* x·2^n (n >= 0), keeping x's sign. */
static BigInt *bi_shl(BigInt *x, int64_t n)
{
    if (x->len == 0 || n == 0)
        return x;
    int words = (int)(n / 32), bits = (int)(n % 32);
    BigInt *z = bi_alloc(x->len + words + 1);
    for (int i = 0; i < x->len; i++) {
        uint64_t w = (uint64_t)x->limb[i] << bits;
        z->limb[i + words] |= (uint32_t)w;
        z->limb[i + words + 1] |= (uint32_t)(w >> 32);
    }
    z->neg = x->neg;
    return bi_norm(z);
}

/* |x| / 2^n rounded toward zero, keeping x's sign. */
static BigInt *bi_shr_mag(BigInt *x, int64_t n)
{
    if (n == 0)
        return x;
    if (n >= (int64_t)x->len * 32)
        return bi_zero();
    int words = (int)(n / 32), bits = (int)(n % 32);
    BigInt *z = bi_alloc(x->len - words);
    for (int i = 0; i < z->len; i++) {
        uint64_t w = x->limb[i + words];
        if (i + words + 1 < x->len)
            w |= (uint64_t)x->limb[i + words + 1] << 32;
        z->limb[i] = (uint32_t)(w >> bits);
    }
    z->neg = x->neg;
    return bi_norm(z);
}

/* Go's x >> n on an untyped constant: the floor of x / 2^n (an arithmetic
 * shift, so -1 >> 5 is -1). */
static BigInt *bi_rsh(BigInt *x, int64_t n)
{
    if (!x->neg)
        return bi_shr_mag(x, n);
    BigInt *below = bi_sub(bi_abs(x), bi_one());   /* floor(-m / 2^n) = -((m-1) >> n) - 1 */
    return bi_sub(bi_neg(bi_shr_mag(below, n)), bi_one());
}

/* x in two's complement, in n limbs (n > x->len, so the sign bit fits). */
static void to_twos_complement(BigInt *x, uint32_t *w, int n)
{
    for (int i = 0; i < n; i++)
        w[i] = i < x->len ? x->limb[i] : 0;
    if (x->neg) {                          /* -m is ~m + 1 */
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            carry += (uint32_t)~w[i];
            w[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

static BigInt *from_twos_complement(uint32_t *w, int n)
{
    BigInt *z = bi_alloc(n);
    bool neg = w[n - 1] >> 31;
    uint64_t carry = 1;
    for (int i = 0; i < n; i++) {
        if (neg) {
            carry += (uint32_t)~w[i];
            z->limb[i] = (uint32_t)carry;
            carry >>= 32;
        } else {
            z->limb[i] = w[i];
        }
    }
    z->neg = neg;
    return bi_norm(z);
}

/* &, |, ^ and &^ with Go's (and big.Int's) meaning for negative numbers:
 * as if in two's complement with infinitely many sign bits. */
static BigInt *bi_bitwise(BigInt *a, int op, BigInt *b)
{
    int n = (a->len > b->len ? a->len : b->len) + 1;
    uint32_t *x = xalloc((size_t)n * sizeof(uint32_t)), *y = xalloc((size_t)n * sizeof(uint32_t));
    to_twos_complement(a, x, n);
    to_twos_complement(b, y, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case TK_AND: x[i] &= y[i]; break;
        case TK_OR: x[i] |= y[i]; break;
        case TK_XOR: x[i] ^= y[i]; break;
        case TK_AND_NOT: x[i] &= ~y[i]; break;
        }
    }
    return from_twos_complement(x, n);
}

static BigInt *bi_gcd(BigInt *a, BigInt *b)
{
    a = bi_abs(a);
    b = bi_abs(b);
    while (!bi_is_zero(b)) {
        BigInt *q, *r;
        mag_divmod(a, b, &q, &r);
        a = b;
        b = r;
    }
    return a;
}

static BigInt *bi_pow(BigInt *base, uint64_t e)
{
    BigInt *z = bi_one();
    for (; e; e >>= 1) {
        if (e & 1)
            z = bi_mul(z, base);
        if (e > 1)
            base = bi_mul(base, base);
    }
    return z;
}

/* The low 64 bits of x in two's complement: x itself when it fits in an
 * int64 or a uint64. */
static uint64_t bi_low64(BigInt *x)
{
    uint64_t m = 0;
    if (x->len > 0)
        m = x->limb[0];
    if (x->len > 1)
        m |= (uint64_t)x->limb[1] << 32;
    return x->neg ? -m : m;
}

static bool bi_fits_int64(BigInt *x)
{
    int64_t n = bi_bitlen(x);
    if (n <= 63)
        return true;
    /* -2^63 is the one 64-bit magnitude that fits */
    return n == 64 && x->neg && bi_trailing_zeros(x) == 63;
}

static bool bi_fits_uint64(BigInt *x) { return !x->neg && bi_bitlen(x) <= 64; }

/* Decimal digits, by repeated division by 10^9 (nine digits per step). */
static char *bi_decimal(BigInt *x)
{
    if (x->len == 0)
        return xstrdup("0");
    int n = x->len;
    uint32_t *w = xalloc((size_t)n * sizeof(uint32_t));
    memcpy(w, x->limb, (size_t)n * sizeof(uint32_t));
    size_t size = (size_t)n * 10 + 12;     /* a limb holds fewer than 10 digits */
    char *buf = xalloc(size), *p = buf + size - 1;
    while (n > 0) {
        uint64_t rem = 0;
        for (int i = n - 1; i >= 0; i--) {
            uint64_t cur = rem << 32 | w[i];
            w[i] = (uint32_t)(cur / 1000000000);
            rem = cur % 1000000000;
        }
        while (n > 0 && w[n - 1] == 0)
            n--;
        for (int k = 0; k < 9; k++) {      /* nine digits, but no leading zeros at the top */
            *--p = (char)('0' + rem % 10);
            rem /= 10;
            if (n == 0 && rem == 0)
                break;
        }
    }
    if (x->neg)
        *--p = '-';
    return p;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

/* The value of the digits s[0..n) in base (2 to 16); NULL if one is not a
 * digit of that base (a malformed literal, which the lexer has reported). */
static BigInt *bi_parse(const char *s, size_t n, int base)
{
    BigInt *z = bi_alloc((int)(n / 8) + 2);     /* at most 4 bits per digit */
    int used = 0;
    for (size_t i = 0; i < n; i++) {
        int d = digit_value(s[i]);
        if (d >= base)
            return NULL;
        uint64_t carry = (uint64_t)d;           /* z = z·base + d */
        for (int k = 0; k < used; k++) {
            carry += (uint64_t)z->limb[k] * (uint64_t)base;
            z->limb[k] = (uint32_t)carry;
            carry >>= 32;
        }
        if (carry)
            z->limb[used++] = (uint32_t)carry;
    }
    z->len = used;
    return bi_norm(z);
}

/* ================================================================ rounding */

enum {
    PREC = 512,                            /* go/constant's binary floats: mantissa bits */
    MAX_EXP = 4096,                        /* go/constant's maxExp: fractions whose parts grow
                                              to this many bits become binary floats */
};

/* big.Float's exponent range: a binary float's value is 0.m·2^e with e an
 * int32; beyond it the value is infinite (go/constant's "unknown"), below
 * it zero. */
#define FLOAT_MAX_EXP ((int64_t)INT32_MAX)
#define FLOAT_MIN_EXP ((int64_t)INT32_MIN)
#define NO_MIN_UNIT (INT64_MIN / 4)        /* round_quotient without a subnormal floor */

/*
 * Rounds n/d·2^e (d > 0) to nearest, ties to even, keeping `bits`
 * significant bits, but no bit below 2^min_unit (the unit of the smallest
 * subnormal, for float32 and float64). Returns the rounded integer q, with
 * n's sign, and sets *unit: the rounded value is q·2^*unit. |q| <= 2^bits.
 *
 * This is the one place where anything is rounded: fractions to float64,
 * float32 or 512-bit floats, and the results of 512-bit float arithmetic
 * (a product or a sum is n/1, a quotient n/d).
 */
static BigInt *round_quotient(BigInt *n, BigInt *d, int64_t e, int bits, int64_t min_unit, int64_t *unit)
{
    *unit = 0;
    if (bi_is_zero(n))
        return n;
    /* Scale n so that the integer quotient has at least bits+2 bits: then
     * the remainder only says whether anything lies beyond (the "sticky"
     * bit), below the bit that decides a tie. */
    int64_t shift = bits + 2 - (bi_bitlen(n) - bi_bitlen(d));
    if (shift < 0)
        shift = 0;
    BigInt *q, *r;
    mag_divmod(bi_shl(bi_abs(n), shift), d, &q, &r);
    bool sticky = !bi_is_zero(r);
    int64_t qe = e - shift;                /* |n/d·2^e| = (q + a fraction, if sticky)·2^qe */
    int64_t top = bi_bitlen(q) + qe;       /* 2^(top-1) <= |value| < 2^top */
    int64_t u = top - bits;
    if (u < min_unit)
        u = min_unit;
    int64_t drop = u - qe;                 /* bits of q below the unit: at least 2 */
    BigInt *kept = bi_shr_mag(q, drop);
    bool half = bi_bit(q, drop - 1);
    bool beyond_half = sticky || bi_low_bits_set(q, drop - 1);
    if (half && (beyond_half || bi_bit(kept, 0)))
        kept = bi_add(kept, bi_one());
    *unit = u;
    return bi_with_sign(kept, n->neg);
}

/* ================================================================ ConstVal */

/*
 * A numeric ConstVal is one of (go/constant's int64Val/intVal, ratVal,
 * floatVal, complexVal):
 *   CV_INT                    num
 *   CV_FLOAT, a fraction      num/den, den > 0, in lowest terms
 *   CV_FLOAT, a binary float  num·2^exp, den == NULL, num odd or zero,
 *                             |num| < 2^512
 *   CV_COMPLEX                re + im·i, each part CV_INT or CV_FLOAT
 * An operation returns NULL when its result is not a finite value (a binary
 * float beyond big.Float's exponent range: go/constant's "unknown").
 */

static ConstVal *new_const(ConstKind kind)
{
    ConstVal *v = xalloc(sizeof *v);
    v->kind = kind;
    return v;
}

static ConstVal *make_int(BigInt *x)
{
    ConstVal *v = new_const(CV_INT);
    v->num = x;
    return v;
}

static bool is_fraction(const ConstVal *v) { return v->kind == CV_FLOAT && v->den; }
static bool is_binary_float(const ConstVal *v) { return v->kind == CV_FLOAT && !v->den; }

/* A fraction as it is, reduced to lowest terms but never turned into a
 * binary float (go/constant keeps a literal's exact value: ratVal{r}). */
static ConstVal *exact_fraction(BigInt *num, BigInt *den)
{
    if (den->neg) {
        num = bi_neg(num);
        den = bi_neg(den);
    }
    BigInt *g = bi_gcd(num, den);
    if (!(g->len == 1 && g->limb[0] == 1)) {
        bool neg = num->neg;
        BigInt *r;
        mag_divmod(num, g, &num, &r);      /* magnitudes: the sign is put back */
        num->neg = neg && num->len > 0;
        mag_divmod(den, g, &den, &r);
    }
    ConstVal *v = new_const(CV_FLOAT);
    v->num = num;
    v->den = den;
    return v;
}

/* A binary float from a value already rounded to PREC bits: q·2^unit. */
static ConstVal *make_binary_float(BigInt *q, int64_t unit)
{
    ConstVal *v = new_const(CV_FLOAT);
    if (bi_is_zero(q)) {
        v->num = q;
        return v;
    }
    int64_t tz = bi_trailing_zeros(q);     /* keep the mantissa odd: one spelling per value */
    q = bi_shr_mag(q, tz);
    unit += tz;
    int64_t exponent = bi_bitlen(q) + unit;    /* big.Float's: value = 0.m·2^exponent */
    if (exponent > FLOAT_MAX_EXP)
        return NULL;                       /* infinite: go/constant's unknown */
    if (exponent < FLOAT_MIN_EXP) {
        v->num = bi_zero();                /* underflows to zero, as big.Float does */
        return v;
    }
    v->num = q;
    v->exp = unit;
    return v;
}

/* n/d·2^e rounded to a binary float (big.Float at precision 512). */
static ConstVal *binary_float_of(BigInt *n, BigInt *d, int64_t e)
{
    int64_t unit;
    BigInt *q = round_quotient(n, d, e, PREC, NO_MIN_UNIT, &unit);
    return make_binary_float(q, unit);
}

/* The result of arithmetic on fractions: a fraction while numerator and
 * denominator stay below MAX_EXP bits, else a binary float (makeRat). */
static ConstVal *make_fraction(BigInt *num, BigInt *den)
{
    ConstVal *v = exact_fraction(num, den);
    if (bi_bitlen(v->num) < MAX_EXP && bi_bitlen(v->den) < MAX_EXP)
        return v;
    return binary_float_of(v->num, v->den, 0);
}

/* A numeric value as n/d·2^e: the input of round_quotient. */
static void as_quotient(const ConstVal *v, BigInt **n, BigInt **d, int64_t *e)
{
    *n = v->num;
    *d = v->den ? v->den : bi_one();
    *e = is_binary_float(v) ? v->exp : 0;
}

/* A real value (CV_INT or CV_FLOAT) as a binary float (itof, rtof). */
static ConstVal *to_binary_float(const ConstVal *v)
{
    if (is_binary_float(v))
        return (ConstVal *)v;
    BigInt *n, *d;
    int64_t e;
    as_quotient(v, &n, &d, &e);
    return binary_float_of(n, d, e);
}

/* big.Float's MantExp: the exponent e of a nonzero binary float with
 * 2^(e-1) <= |v| < 2^e. */
static int64_t binary_exponent(const ConstVal *v)
{
    return bi_bitlen(v->num) + v->exp;
}

/* ---------------------------------------------------------------- constructors */

ConstVal *const_make_bool(bool b)
{
    ConstVal *v = new_const(CV_BOOL);
    v->b = b;
    return v;
}

ConstVal *const_make_string(const char *s, int64_t len)
{
    ConstVal *v = new_const(CV_STRING);
    v->s = s;
    v->slen = len;
    return v;
}

ConstVal *const_make_int64(int64_t x) { return make_int(bi_from_i64(x)); }
ConstVal *const_make_uint64(uint64_t x) { return make_int(bi_from_u64(x)); }

/* go/constant's MakeFloat64: a finite double's exact value, as a fraction
 * (every double is one of modest size); NULL for infinities and NaN. */
ConstVal *const_make_float64(double x)
{
    if (isinf(x) || isnan(x))
        return NULL;
    int e;
    double m = frexp(x, &e);               /* x = m·2^e, 0.5 <= |m| < 1 */
    BigInt *num = bi_from_i64((int64_t)ldexp(m, 53));
    e -= 53;
    if (e >= 0)
        return exact_fraction(bi_shl(num, e), bi_one());
    return exact_fraction(num, bi_shl(bi_one(), -e));
}

static ConstVal *make_complex(ConstVal *re, ConstVal *im)
{
    if (!re || !im)
        return NULL;
    ConstVal *v = new_const(CV_COMPLEX);
    v->re = re;
    v->im = im;
    return v;
}

/* ---------------------------------------------------------------- literals */

/* Reads an optionally signed decimal exponent; false if there are no
 * digits. *huge is set when it does not fit in an int64 (big.Float's
 * parser then gives up: gc's "malformed constant"). */
static bool read_exponent(const char **p, const char *end, int64_t *out, bool *huge)
{
    const char *s = *p;
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-'))
        neg = *s++ == '-';
    if (s == end)
        return false;
    int64_t v = 0;
    for (; s < end; s++) {
        if (*s < '0' || *s > '9')
            return false;
        if (v > (INT64_MAX - (*s - '0')) / 10)
            *huge = true;
        else
            v = v * 10 + (*s - '0');
    }
    *p = s;
    *out = neg ? -v : v;
    return true;
}

/* go/constant's makeFloatFromLiteral, for the value m·base^e (base 2 or 10):
 * the exact fraction when the value's binary exponent is moderate, else a
 * 512-bit binary float; NULL when big.Float cannot hold it. */
static ConstVal *float_literal(BigInt *m, int base, int64_t e)
{
    if (bi_is_zero(m))
        return exact_fraction(bi_zero(), bi_one());
    /* big.Float's parser first applies the power of 2 (all of 2^e, or the
     * 2^e of 10^e = 5^e·2^e) and refuses a literal that leaves its exponent
     * range there */
    if (e > FLOAT_MAX_EXP || e < FLOAT_MIN_EXP - ((int64_t)1 << 20))
        return NULL;                       /* (keeps the sum below from overflowing) */
    int64_t exp2 = bi_bitlen(m) + e;
    if (exp2 > FLOAT_MAX_EXP || exp2 < FLOAT_MIN_EXP)
        return NULL;
    /* a rough binary exponent, to keep away from fractions of billions of bits */
    double approx = (double)bi_bitlen(m) + (double)e * (base == 10 ? 3.3219280948873623 : 1.0);
    if (approx > (double)FLOAT_MAX_EXP + 64)
        return NULL;                       /* infinite */
    if (approx < (double)FLOAT_MIN_EXP - 64)
        return exact_fraction(bi_zero(), bi_one());   /* underflows: gc then reads "0" */
    if (fabs(approx) < 2.0 * MAX_EXP + (double)bi_bitlen(m)) {
        /* small enough to write down exactly */
        BigInt *scale = base == 10 ? bi_pow(bi_from_u64(10), (uint64_t)(e < 0 ? -e : e))
                                   : bi_shl(bi_one(), e < 0 ? -e : e);
        ConstVal *exact = e >= 0 ? exact_fraction(bi_mul(m, scale), bi_one()) : exact_fraction(m, scale);
        ConstVal *f = binary_float_of(exact->num, exact->den, 0);
        if (f && binary_exponent(f) > -MAX_EXP && binary_exponent(f) < MAX_EXP)
            return exact;                  /* go/constant's smallFloat: keep the fraction */
        return f;
    }
    ConstVal *f;
    if (base == 2) {
        f = binary_float_of(m, bi_one(), e);
    } else {
        /* m·10^e = m·5^e·2^e, with 5^|e| computed to 64 bits beyond the
         * precision by repeated squaring. Like big.Float's own parsing of
         * such literals this is not correctly rounded in the last bit;
         * these values only ever appear in messages, to 6 digits. */
        const int work = PREC + 64;
        BigInt *p = bi_one(), *sq = bi_from_u64(5);
        int64_t pe = 0, sqe = 0, unit;
        for (uint64_t k = (uint64_t)(e < 0 ? -e : e); k; k >>= 1) {
            if (k & 1) {
                p = round_quotient(bi_mul(p, sq), bi_one(), pe + sqe, work, NO_MIN_UNIT, &unit);
                pe = unit;
            }
            if (k > 1) {
                sq = round_quotient(bi_mul(sq, sq), bi_one(), 2 * sqe, work, NO_MIN_UNIT, &unit);
                sqe = unit;
            }
        }
        f = e >= 0 ? binary_float_of(bi_mul(m, p), bi_one(), pe + e) : binary_float_of(m, p, e - pe);
    }
    if (f && bi_is_zero(f->num))
        return exact_fraction(bi_zero(), bi_one());   /* underflowed: gc then reads "0" */
    return f;
}

/* The digits of text[0..n) without the '_' separators. */
static char *without_separators(const char *text, size_t n)
{
    char *s = xalloc(n + 1), *w = s;
    for (size_t i = 0; i < n; i++)
        if (text[i] != '_')
            *w++ = text[i];
    *w = '\0';
    return s;
}

/* A floating-point literal's value (decimal or hexadecimal mantissa, with an
 * optional exponent), or an integer literal's when read as a float (the
 * imaginary literal 0x1fi); *bad when it is malformed. */
static ConstVal *parse_float(const char *s, bool *bad)
{
    const char *end = s + strlen(s);
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        base = 8, s += 2;
    /* the mantissa's digits, with the point dropped */
    char *digits = xalloc((size_t)(end - s) + 1);
    size_t nd = 0;
    int64_t frac = 0;
    bool point = false;
    for (; s < end && *s != 'p' && *s != 'P' && (base == 16 || (*s != 'e' && *s != 'E')); s++) {
        if (*s == '.') {
            if (point)
                break;
            point = true;
            continue;
        }
        digits[nd++] = *s;
        frac += point;
    }
    BigInt *m = nd ? bi_parse(digits, nd, base) : NULL;
    int64_t e = 0;
    bool huge = false;
    if (s < end) {
        bool binary_exp = *s == 'p' || *s == 'P';
        s++;
        if (!m || binary_exp != (base == 16) || !read_exponent(&s, end, &e, &huge))
            m = NULL;
    }
    if (!m || s != end || (base != 10 && base != 16 && point)) {
        *bad = true;
        return NULL;
    }
    if (huge)
        return NULL;
    if (base == 10)
        return float_literal(m, 10, e - frac);
    int bits_per_digit = base == 16 ? 4 : base == 8 ? 3 : 1;
    return float_literal(m, 2, e - frac * bits_per_digit);
}

ConstVal *const_from_literal(int tok, const char *text, size_t len, bool *malformed)
{
    char *s = without_separators(text, len);
    *malformed = false;
    if (tok == TK_INT) {
        int base = 10;
        const char *p = s;
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
            base = 16, p += 2;
        else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
            base = 2, p += 2;
        else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
            base = 8, p += 2;
        else if (p[0] == '0' && p[1])
            base = 8, p += 1;
        BigInt *v = *p ? bi_parse(p, strlen(p), base) : NULL;
        if (!v)
            *malformed = true;
        return v ? make_int(v) : NULL;
    }
    bool bad = false;
    if (tok == TK_FLOAT) {
        ConstVal *v = parse_float(s, &bad);
        *malformed = bad;
        return v;
    }
    /* an imaginary literal: 0 + f·i, its digits read as a float's (so 0123i
     * is decimal, as the spec says) */
    size_t n = strlen(s);
    if (n == 0 || s[n - 1] != 'i') {
        *malformed = true;
        return NULL;
    }
    s[n - 1] = '\0';
    ConstVal *im = parse_float(s, &bad);
    *malformed = bad;
    return im ? make_complex(const_make_int64(0), im) : NULL;
}

/* ---------------------------------------------------------------- reading values back */

int const_sign(const ConstVal *v)
{
    switch (v->kind) {
    case CV_INT:
    case CV_FLOAT: return bi_sign(v->num);
    case CV_COMPLEX: return const_sign(v->re) | const_sign(v->im);   /* go/constant: nonzero if either is */
    default: return 0;
    }
}

int64_t const_bitlen(const ConstVal *v) { return v->kind == CV_INT ? bi_bitlen(v->num) : 0; }

bool const_int64_val(const ConstVal *v, int64_t *out)
{
    if (v->kind != CV_INT || !bi_fits_int64(v->num))
        return false;
    *out = (int64_t)bi_low64(v->num);
    return true;
}

bool const_uint64_val(const ConstVal *v, uint64_t *out)
{
    if (v->kind != CV_INT || !bi_fits_uint64(v->num))
        return false;
    *out = bi_low64(v->num);
    return true;
}

/* A real value's integer part (toward zero). */
static BigInt *truncated(const ConstVal *v)
{
    if (v->kind == CV_INT)
        return v->num;
    if (is_fraction(v)) {
        BigInt *q, *r;
        bi_quo_rem(v->num, v->den, &q, &r);
        return q;
    }
    if (v->exp >= 0)
        return v->exp > PREC * 8 ? bi_zero() : bi_shl(v->num, v->exp);   /* huge: not for reading back */
    return bi_shr_mag(v->num, -v->exp);
}

int64_t const_int64(const ConstVal *v)
{
    switch (v->kind) {
    case CV_BOOL: return v->b;
    case CV_COMPLEX: return const_int64(v->re);
    case CV_INT:
    case CV_FLOAT: return (int64_t)bi_low64(truncated(v));
    default: return 0;
    }
}

uint64_t const_uint64(const ConstVal *v) { return (uint64_t)const_int64(v); }

/* The nearest double (float64 rounding: 53 bits, subnormals to 2^-1074),
 * ±infinity beyond the largest. */
static double nearest_double(const ConstVal *v)
{
    BigInt *n, *d;
    int64_t e, unit;
    as_quotient(v, &n, &d, &e);
    BigInt *q = round_quotient(n, d, e, 53, -1074, &unit);
    if (bi_is_zero(q))
        return 0;
    double m = (double)bi_low64(bi_abs(q));    /* at most 2^53: exact */
    double r = unit > 2000 ? INFINITY : ldexp(m, (int)unit);
    return q->neg ? -r : r;
}

double const_double(const ConstVal *v)
{
    switch (v->kind) {
    case CV_BOOL: return v->b;
    case CV_COMPLEX: return const_double(v->re);
    case CV_INT:
    case CV_FLOAT: return nearest_double(v);
    default: return 0;
    }
}

/* The nearest float32, rounded once from the exact value (rounding to a
 * double first could round twice). */
static double nearest_float32(const ConstVal *v)
{
    BigInt *n, *d;
    int64_t e, unit;
    as_quotient(v, &n, &d, &e);
    BigInt *q = round_quotient(n, d, e, 24, -149, &unit);
    if (bi_is_zero(q))
        return 0;
    double m = (double)bi_low64(bi_abs(q));    /* at most 2^24 */
    double r = unit > 200 ? INFINITY : ldexp(m, (int)unit);
    if (r >= 0x1p128)
        r = INFINITY;
    return q->neg ? -r : r;
}

float const_float(const ConstVal *v)
{
    switch (v->kind) {
    case CV_BOOL: return v->b;
    case CV_COMPLEX: return const_float(v->re);
    case CV_INT:
    case CV_FLOAT: return (float)nearest_float32(v);
    default: return 0;
    }
}

const ConstVal *const_real(const ConstVal *v)
{
    return v->kind == CV_COMPLEX ? v->re : v;
}

const ConstVal *const_imag(const ConstVal *v)
{
    return v->kind == CV_COMPLEX ? v->im : const_make_int64(0);
}

/* ---------------------------------------------------------------- conversions */

/* go/constant's ToInt: the integer a value equals, or NULL. */
ConstVal *const_to_int(const ConstVal *v)
{
    switch (v->kind) {
    case CV_INT:
        return (ConstVal *)v;
    case CV_COMPLEX: {
        ConstVal *re = const_to_float(v);
        return re ? const_to_int(re) : NULL;
    }
    case CV_FLOAT:
        break;
    default:
        return NULL;
    }
    if (is_fraction(v))                    /* lowest terms: an integer has denominator 1 */
        return bi_cmp(v->den, bi_one()) == 0 ? make_int(v->num) : NULL;
    if (bi_is_zero(v->num))
        return const_make_int64(0);
    /* A binary float: only of moderate size (no huge integers), and as
     * go/constant does, also when rounding it a little (to 4 bits fewer,
     * down or up) makes it an integer: it is then taken to be one that
     * earlier rounding missed. */
    int64_t e = binary_exponent(v);
    if (e <= -MAX_EXP || e >= MAX_EXP)
        return NULL;
    if (v->exp >= 0)
        return make_int(bi_shl(v->num, v->exp));
    const int delta = 4;
    int64_t drop = bi_bitlen(v->num) - (PREC - delta);
    if (drop > 0) {
        BigInt *mag = bi_abs(v->num);
        BigInt *down = bi_shl(bi_shr_mag(mag, drop), drop);
        BigInt *up = bi_low_bits_set(mag, drop) ? bi_shl(bi_add(bi_shr_mag(mag, drop), bi_one()), drop) : down;
        BigInt *tries[2] = {down, up};
        for (int i = 0; i < 2; i++) {
            BigInt *m = tries[i];
            if (!bi_is_zero(m) && bi_trailing_zeros(m) >= -v->exp)
                return make_int(bi_with_sign(bi_shr_mag(m, -v->exp), v->num->neg));
        }
        return NULL;
    }
    if (bi_trailing_zeros(v->num) < -v->exp)   /* the mantissa is odd: bits below the point */
        return NULL;
    return make_int(bi_shr_mag(v->num, -v->exp));
}

/* go/constant's ToFloat: CV_FLOAT (a fraction when small enough), or NULL
 * for a complex value with an imaginary part. */
ConstVal *const_to_float(const ConstVal *v)
{
    switch (v->kind) {
    case CV_INT:
        if (bi_bitlen(v->num) < MAX_EXP)
            return exact_fraction(v->num, bi_one());
        return to_binary_float(v);
    case CV_FLOAT:
        return (ConstVal *)v;
    case CV_COMPLEX:
        return const_sign(v->im) == 0 ? const_to_float(v->re) : NULL;
    default:
        return NULL;
    }
}

ConstVal *const_to_complex(const ConstVal *v)
{
    if (v->kind == CV_COMPLEX)
        return (ConstVal *)v;
    if (v->kind == CV_INT || v->kind == CV_FLOAT)
        return make_complex((ConstVal *)v, const_make_int64(0));
    return NULL;
}

/* complex(re, im) of two untyped constants. */
ConstVal *const_make_complex(const ConstVal *re, const ConstVal *im)
{
    return make_complex(const_to_float(re), const_to_float(im));
}

/* float32 and float64 rounding, as types2's roundFloat32/roundFloat64: the
 * rounded value as an exact fraction, or NULL when it is infinite. */
static ConstVal *round_to_float(const ConstVal *v, bool single)
{
    double r = single ? nearest_float32(v) : nearest_double(v);
    return const_make_float64(r);
}

/* Whether signed or unsigned integer v fits in `bits` bits. */
static bool int_fits(BigInt *v, int bits, bool is_unsigned)
{
    if (is_unsigned)
        return !v->neg && bi_bitlen(v) <= bits;
    if (!v->neg)
        return bi_bitlen(v) <= bits - 1;
    return bi_bitlen(bi_add(v, bi_one())) <= bits - 1;   /* -2^(bits-1) <= v */
}

bool const_representable(const ConstVal *v, TypeKind k, ConstVal **rounded)
{
    *rounded = (ConstVal *)v;
    switch (k) {
    case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
    case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: {
        ConstVal *i = const_to_int(v);
        if (!i)
            return false;
        *rounded = i;
        switch (k) {
        case TY_INT8: return int_fits(i->num, 8, false);
        case TY_INT16: return int_fits(i->num, 16, false);
        case TY_INT32: return int_fits(i->num, 32, false);
        case TY_INT64: case TY_INT: return int_fits(i->num, 64, false);   /* gosub's int is 64 bits */
        case TY_UINT8: return int_fits(i->num, 8, true);
        case TY_UINT16: return int_fits(i->num, 16, true);
        case TY_UINT32: return int_fits(i->num, 32, true);
        case TY_UINT64: case TY_UINT: case TY_UINTPTR: return int_fits(i->num, 64, true);
        default: return true;
        }
    }
    case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT: {
        ConstVal *f = const_to_float(v);
        if (!f)
            return false;
        if (k == TY_UNTYPED_FLOAT)
            return true;                   /* the value stays as it is */
        *rounded = round_to_float(f, k == TY_FLOAT32);
        return *rounded != NULL;
    }
    case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: {
        ConstVal *z = const_to_complex(v);
        if (!z)
            return false;
        if (k == TY_UNTYPED_COMPLEX)
            return true;
        bool single = k == TY_COMPLEX64;
        *rounded = make_complex(round_to_float(z->re, single), round_to_float(z->im, single));
        return *rounded != NULL;
    }
    case TY_STRING: case TY_UNTYPED_STRING:
        return v->kind == CV_STRING;
    case TY_BOOL: case TY_UNTYPED_BOOL:
        return v->kind == CV_BOOL;
    default:
        return false;
    }
}

/* ---------------------------------------------------------------- operations */

/* The representations, simplest first; an operation brings both operands
 * to the more complex one's (go/constant's match). */
enum { REP_INT, REP_FRACTION, REP_BINARY_FLOAT, REP_COMPLEX };

static int rep(const ConstVal *v)
{
    switch (v->kind) {
    case CV_INT: return REP_INT;
    case CV_FLOAT: return v->den ? REP_FRACTION : REP_BINARY_FLOAT;
    default: return REP_COMPLEX;
    }
}

static ConstVal *raise_to(const ConstVal *v, int r)
{
    if (rep(v) >= r)
        return (ConstVal *)v;
    switch (r) {
    case REP_FRACTION: return exact_fraction(v->num, bi_one());
    case REP_BINARY_FLOAT: return to_binary_float(v);
    default: return const_to_complex(v);
    }
}

static ConstVal *fraction_arith(const ConstVal *a, int op, const ConstVal *b)
{
    switch (op) {
    case TK_ADD:
    case TK_SUB: {
        BigInt *l = bi_mul(a->num, b->den), *r = bi_mul(b->num, a->den);
        return make_fraction(op == TK_ADD ? bi_add(l, r) : bi_sub(l, r), bi_mul(a->den, b->den));
    }
    case TK_MUL:
        return make_fraction(bi_mul(a->num, b->num), bi_mul(a->den, b->den));
    case TK_QUO:
        if (bi_is_zero(b->num))
            return NULL;
        return make_fraction(bi_mul(a->num, b->den), bi_mul(a->den, b->num));
    }
    return NULL;
}

static ConstVal *binary_float_arith(const ConstVal *a, int op, const ConstVal *b)
{
    switch (op) {
    case TK_SUB:
    case TK_ADD: {
        BigInt *bn = op == TK_SUB ? bi_neg(b->num) : b->num;
        if (bi_is_zero(a->num))
            return make_binary_float(bn, b->exp);
        if (bi_is_zero(bn))
            return (ConstVal *)a;
        /* A term entirely below half a unit of the other's last bit cannot
         * change its rounded sum (each has at most PREC bits): this keeps
         * 1e+500000000 + 1 from being written out in full. */
        int64_t ta = binary_exponent(a), tb = bi_bitlen(bn) + b->exp;
        if (ta - tb > PREC + 2)
            return (ConstVal *)a;
        if (tb - ta > PREC + 2)
            return make_binary_float(bn, b->exp);
        int64_t e = a->exp < b->exp ? a->exp : b->exp;
        BigInt *sum = bi_add(bi_shl(a->num, a->exp - e), bi_shl(bn, b->exp - e));
        return binary_float_of(sum, bi_one(), e);
    }
    case TK_MUL:
        return binary_float_of(bi_mul(a->num, b->num), bi_one(), a->exp + b->exp);
    case TK_QUO:
        if (bi_is_zero(b->num))
            return NULL;
        return binary_float_of(bi_with_sign(a->num, a->num->neg != b->num->neg), bi_abs(b->num), a->exp - b->exp);
    }
    return NULL;
}

static ConstVal *int_arith(const ConstVal *a, int op, const ConstVal *b, bool int_division)
{
    BigInt *x = a->num, *y = b->num, *q, *r;
    switch (op) {
    case TK_ADD: return make_int(bi_add(x, y));
    case TK_SUB: return make_int(bi_sub(x, y));
    case TK_MUL: return make_int(bi_mul(x, y));
    case TK_QUO:
        if (bi_is_zero(y))
            return NULL;
        if (!int_division)
            return make_fraction(x, y);    /* 1 / 2.0: an untyped float */
        /* go/constant divides values that fit in an int64 as int64s, where
         * -9223372036854775808 / -1 wraps around to itself; gc reports that
         * value, so gosub does too */
        if (bi_fits_int64(x) && bi_fits_int64(y) && (int64_t)bi_low64(x) == INT64_MIN &&
            (int64_t)bi_low64(y) == -1)
            return (ConstVal *)a;
        bi_quo_rem(x, y, &q, &r);
        return make_int(q);
    case TK_REM:
        if (bi_is_zero(y))
            return NULL;
        bi_quo_rem(x, y, &q, &r);
        return make_int(r);
    case TK_AND:
    case TK_OR:
    case TK_XOR:
    case TK_AND_NOT:
        return make_int(bi_bitwise(x, op, y));
    }
    return NULL;
}

static ConstVal *numeric_arith(const ConstVal *a, int op, const ConstVal *b, bool int_division);

/* Complex arithmetic on the parts, as go/constant writes it out. */
static ConstVal *complex_arith(const ConstVal *x, int op, const ConstVal *y)
{
#define ARITH(p, o, q) ((p) && (q) ? numeric_arith((p), (o), (q), false) : NULL)
    const ConstVal *a = x->re, *b = x->im, *c = y->re, *d = y->im;
    switch (op) {
    case TK_ADD: return make_complex(ARITH(a, TK_ADD, c), ARITH(b, TK_ADD, d));
    case TK_SUB: return make_complex(ARITH(a, TK_SUB, c), ARITH(b, TK_SUB, d));
    case TK_MUL: {                         /* (ac - bd) + (bc + ad)i */
        ConstVal *ac = ARITH(a, TK_MUL, c), *bd = ARITH(b, TK_MUL, d);
        ConstVal *bc = ARITH(b, TK_MUL, c), *ad = ARITH(a, TK_MUL, d);
        return make_complex(ARITH(ac, TK_SUB, bd), ARITH(bc, TK_ADD, ad));
    }
    case TK_QUO: {                         /* ((ac + bd) + (bc - ad)i) / (cc + dd) */
        ConstVal *ac = ARITH(a, TK_MUL, c), *bd = ARITH(b, TK_MUL, d);
        ConstVal *bc = ARITH(b, TK_MUL, c), *ad = ARITH(a, TK_MUL, d);
        ConstVal *s = ARITH(ARITH(c, TK_MUL, c), TK_ADD, ARITH(d, TK_MUL, d));
        ConstVal *re = ARITH(ARITH(ac, TK_ADD, bd), TK_QUO, s);
        ConstVal *im = ARITH(ARITH(bc, TK_SUB, ad), TK_QUO, s);
        return make_complex(re, im);
    }
    }
    return NULL;
#undef ARITH
}

static ConstVal *numeric_arith(const ConstVal *a, int op, const ConstVal *b, bool int_division)
{
    int r = rep(a) > rep(b) ? rep(a) : rep(b);
    a = raise_to(a, r);
    b = raise_to(b, r);
    if (!a || !b)
        return NULL;
    switch (r) {
    case REP_INT: return int_arith(a, op, b, int_division);
    case REP_FRACTION: return fraction_arith(a, op, b);
    case REP_BINARY_FLOAT: return binary_float_arith(a, op, b);
    default: return complex_arith(a, op, b);
    }
}

ConstVal *const_binary(const ConstVal *x, int op, const ConstVal *y, bool int_division)
{
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        if (op == TK_LAND || op == TK_LOR)
            return const_make_bool(op == TK_LAND ? x->b && y->b : x->b || y->b);
        return NULL;
    }
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        if (op != TK_ADD)
            return NULL;
        char *s = xalloc((size_t)(x->slen + y->slen + 1));
        memcpy(s, x->s, (size_t)x->slen);
        memcpy(s + x->slen, y->s, (size_t)y->slen);
        return const_make_string(s, x->slen + y->slen);
    }
    if (x->kind == CV_BOOL || x->kind == CV_STRING || y->kind == CV_BOOL || y->kind == CV_STRING)
        return NULL;
    return numeric_arith(x, op, y, int_division);
}

ConstVal *const_unary(int op, const ConstVal *x, int unsigned_bits)
{
    switch (op) {
    case TK_ADD:
        return (ConstVal *)x;
    case TK_NOT:
        return x->kind == CV_BOOL ? const_make_bool(!x->b) : NULL;
    case TK_SUB:
        switch (x->kind) {
        case CV_INT: return make_int(bi_neg(x->num));
        case CV_FLOAT: {
            ConstVal *v = new_const(CV_FLOAT);
            *v = *x;
            v->num = bi_neg(x->num);
            return v;
        }
        case CV_COMPLEX: return make_complex(const_unary(TK_SUB, x->re, 0), const_unary(TK_SUB, x->im, 0));
        default: return NULL;
        }
    case TK_XOR: {
        if (x->kind != CV_INT)
            return NULL;
        BigInt *z = bi_sub(bi_neg(x->num), bi_one());     /* ^x = -x - 1 */
        if (unsigned_bits > 0)             /* an unsigned type's ^x keeps only its bits */
            z = bi_bitwise(z, TK_AND, bi_sub(bi_shl(bi_one(), unsigned_bits), bi_one()));
        return make_int(z);
    }
    }
    return NULL;
}

ConstVal *const_shift(const ConstVal *x, int op, uint64_t count)
{
    if (x->kind != CV_INT)
        return NULL;
    if (op == TK_SHL)
        return make_int(bi_shl(x->num, (int64_t)count));
    return make_int(bi_rsh(x->num, count > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)count));
}

/* Compares two real values of one representation: -1, 0 or 1. */
static int real_cmp(const ConstVal *a, const ConstVal *b)
{
    switch (rep(a)) {
    case REP_INT:
        return bi_cmp(a->num, b->num);
    case REP_FRACTION:
        return bi_cmp(bi_mul(a->num, b->den), bi_mul(b->num, a->den));
    default: {
        int sa = bi_sign(a->num), sb = bi_sign(b->num);
        if (sa != sb)
            return sa < sb ? -1 : 1;
        if (sa == 0)
            return 0;
        int64_t ta = binary_exponent(a), tb = binary_exponent(b);
        int mag;
        if (ta != tb) {
            mag = ta < tb ? -1 : 1;
        } else {                           /* same top bit: the exponents differ by < PREC */
            int64_t e = a->exp < b->exp ? a->exp : b->exp;
            mag = mag_cmp(bi_shl(a->num, a->exp - e), bi_shl(b->num, b->exp - e));
        }
        return sa > 0 ? mag : -mag;
    }
    }
}

bool const_compare(const ConstVal *x, int op, const ConstVal *y)
{
    int cmp;
    if (x->kind == CV_BOOL || y->kind == CV_BOOL) {
        cmp = x->kind == y->kind ? x->b != y->b : 1;
    } else if (x->kind == CV_STRING || y->kind == CV_STRING) {
        if (x->kind != y->kind) {
            cmp = 1;
        } else {
            int64_t m = x->slen < y->slen ? x->slen : y->slen;
            cmp = memcmp(x->s, y->s, (size_t)m);
            if (cmp == 0)
                cmp = (x->slen > y->slen) - (x->slen < y->slen);
        }
    } else {
        int r = rep(x) > rep(y) ? rep(x) : rep(y);
        const ConstVal *a = raise_to(x, r), *b = raise_to(y, r);
        if (!a || !b)
            return false;
        if (r == REP_COMPLEX)              /* only == and != */
            cmp = !(const_compare(a->re, TK_EQL, b->re) && const_compare(a->im, TK_EQL, b->im));
        else
            cmp = real_cmp(a, b);
    }
    switch (op) {
    case TK_EQL: return cmp == 0;
    case TK_NEQ: return cmp != 0;
    case TK_LSS: return cmp < 0;
    case TK_LEQ: return cmp <= 0;
    case TK_GTR: return cmp > 0;
    case TK_GEQ: return cmp >= 0;
    }
    return false;
}

/* ---------------------------------------------------------------- printing */

/* go/constant's String of a float: %.6g of its float64 value when it has
 * one; beyond float64's range, the same digits computed from its binary
 * exponent (the value is first rounded to 512 bits, as go/constant does). */
static const char *float_string(const ConstVal *v)
{
    ConstVal *f = to_binary_float(v);
    if (!f)
        return "unknown";
    double x = nearest_double(f);
    bool zero = bi_is_zero(f->num);
    if (zero == (x == 0) && !isinf(x))
        return xprintf("%.6g", x);
    /* f = mant·2^exp with 0.5 <= |mant| < 1 */
    int64_t exp = binary_exponent(f);
    ConstVal mant = *f;
    mant.exp = f->exp - exp;
    double m = nearest_double(&mant);
    double d = (double)exp * 0x1.34413509f79ffp-2;   /* Go's math.Ln2/math.Ln10, rounded */
    int64_t e = (int64_t)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {                 /* so %.6g cannot round m up to 10 */
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    return xprintf("%.6ge%+lld", m, (long long)e);
}

/* strconv.Quote, as go/constant prints a string, shortened to 72 runes.
 * (Every valid multi-byte UTF-8 sequence is taken to be printable; Go
 * escapes the few that unicode.IsPrint rejects.) */
static const char *quoted_string(const ConstVal *v)
{
    const unsigned char *s = (const unsigned char *)v->s;
    size_t cap = (size_t)v->slen * 10 + 3, n = 0;
    char *buf = xalloc(cap);
    buf[n++] = '"';
    for (int64_t i = 0; i < v->slen;) {
        unsigned char c = s[i];
        int width = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool valid = width > 0 && i + width <= v->slen;
        for (int k = 1; valid && k < width; k++)
            valid = (s[i + k] & 0xC0) == 0x80;
        if (c >= 0x80 && valid) {
            memcpy(buf + n, s + i, (size_t)width);
            n += (size_t)width;
            i += width;
            continue;
        }
        const char *esc = NULL;
        switch (c) {
        case '\a': esc = "\\a"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\v': esc = "\\v"; break;
        case '\\': esc = "\\\\"; break;
        case '"': esc = "\\\""; break;
        }
        if (esc)
            n += (size_t)sprintf(buf + n, "%s", esc);
        else if (c < 0x20 || c >= 0x7F)
            n += (size_t)sprintf(buf + n, "\\x%02x", c);
        else
            buf[n++] = (char)c;
        i++;
    }
    buf[n++] = '"';
    buf[n] = '\0';
    /* more than 72 runes: keep 69 and add "..." */
    size_t runes = 0, cut = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)buf[i] & 0xC0) == 0x80)
            continue;
        if (runes == 69)
            cut = i;
        runes++;
    }
    if (runes > 72)
        return xprintf("%.*s...", (int)cut, buf);
    return buf;
}

const char *const_string(const ConstVal *v)
{
    if (!v)
        return "unknown";
    switch (v->kind) {
    case CV_BOOL: return v->b ? "true" : "false";
    case CV_STRING: return quoted_string(v);
    case CV_INT: return bi_decimal(v->num);
    case CV_FLOAT: return float_string(v);
    case CV_COMPLEX: return xprintf("(%s + %si)", const_string(v->re), const_string(v->im));
    }
    return "?";
}
