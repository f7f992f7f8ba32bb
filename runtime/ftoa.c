/*
 * ftoa.c — floating-point to text, as Go's strconv.AppendFloat does it.
 *
 * fmt's %v, %e, %f, %g and the rest all come down to strconv's formatter, and
 * matching Go means producing the very same digits: for precision -1, the
 * shortest decimal that reads back as the same float (and, among equally short
 * ones, the closest); for an explicit precision, the correctly rounded digits
 * with ties to even. C's printf gets the second right but has no notion of
 * the first, so this is a port of Go's own formatter, ftoa.go, with both of
 * its digit generators:
 *   - Ryu (ftoaryu.c), fast, for the shortest digits and for up to 18
 *     correctly rounded ones in %e and %g;
 *   - an exact multiprecision decimal (Go's decimal.go, below): a big decimal
 *     number that can be shifted by powers of two, then rounded; slow, but
 *     right for any precision (%.30e, %f of 1e300). It also yields shortest
 *     digits by Steele & White's method, which the unit tests use as the
 *     reference the Ryu code must agree with (rt_strconv_append_float_exact).
 * The layout (where the point and exponent go, %g's choice between the two,
 * %b and %x) is Go's formatDigits, fmtE, fmtF, fmtB and fmtX.
 *
 * Hands on: rt_strconv_append_float, for fmt.c and strconv.FormatFloat */
#include "internal.h"

/* ---------------------------------------------------------------- decimal */

typedef struct Decimal {
    uint8_t d[800];     /* digits, big-endian, as ASCII */
    int nd;             /* number of digits used */
    int dp;             /* decimal point: value is 0.d[0:nd] * 10^dp */
    bool trunc;         /* nonzero digits were dropped beyond d[0:nd] */
} Decimal;

#define DECIMAL_CAP ((int)sizeof(((Decimal *)0)->d))

/* Drops trailing zeros; zero has dp 0. */
static void trim(Decimal *a) {
    while (a->nd > 0 && a->d[a->nd - 1] == '0') a->nd--;
    if (a->nd == 0) a->dp = 0;
}

static void decimal_assign(Decimal *a, uint64_t v) {
    uint8_t buf[24];
    int n = 0;
    while (v > 0) {
        uint64_t v1 = v / 10;
        buf[n++] = (uint8_t)(v - 10 * v1 + '0');
        v = v1;
    }
    a->nd = 0;
    for (n--; n >= 0; n--) a->d[a->nd++] = buf[n];
    a->dp = a->nd;
    a->trunc = false;
    trim(a);
}

/* Shifts by at most MAX_SHIFT bits at a time, so that n*10 + 9 fits in 64. */
#define MAX_SHIFT 60

/* a >>= k: long division by 2^k, one decimal digit at a time. */
static void right_shift(Decimal *a, unsigned k) {
    int r = 0, w = 0;
    uint64_t n = 0;
    /* Pick up enough leading digits to produce the first output digit. */
    for (; n >> k == 0; r++) {
        if (r >= a->nd) {
            if (n == 0) {           /* a == 0: shouldn't happen, but be safe */
                a->nd = 0;
                return;
            }
            while (n >> k == 0) {
                n *= 10;
                r++;
            }
            break;
        }
        n = n * 10 + (uint64_t)(a->d[r] - '0');
    }
    a->dp -= r - 1;
    uint64_t mask = ((uint64_t)1 << k) - 1;
    /* Pick up a digit, put down a digit. */
    for (; r < a->nd; r++) {
        uint64_t dig = n >> k;
        n &= mask;
        a->d[w++] = (uint8_t)(dig + '0');
        n = n * 10 + (uint64_t)(a->d[r] - '0');
    }
    /* Put down the extra digits. */
    while (n > 0) {
        uint64_t dig = n >> k;
        n &= mask;
        if (w < DECIMAL_CAP) a->d[w++] = (uint8_t)(dig + '0');
        else if (dig > 0) a->trunc = true;
        n *= 10;
    }
    a->nd = w;
    trim(a);
}

/* How many digits a left shift by k adds: delta, or delta-1 when the number's
 * leading digits are below cutoff (5^k). Go's leftcheats table. */
static const struct {
    int delta;
    const char *cutoff;
} left_cheats[] = {
    {0, ""},
    {1, "5"},
    {1, "25"},
    {1, "125"},
    {2, "625"},
    {2, "3125"},
    {2, "15625"},
    {3, "78125"},
    {3, "390625"},
    {3, "1953125"},
    {4, "9765625"},
    {4, "48828125"},
    {4, "244140625"},
    {4, "1220703125"},
    {5, "6103515625"},
    {5, "30517578125"},
    {5, "152587890625"},
    {6, "762939453125"},
    {6, "3814697265625"},
    {6, "19073486328125"},
    {7, "95367431640625"},
    {7, "476837158203125"},
    {7, "2384185791015625"},
    {7, "11920928955078125"},
    {8, "59604644775390625"},
    {8, "298023223876953125"},
    {8, "1490116119384765625"},
    {9, "7450580596923828125"},
    {9, "37252902984619140625"},
    {9, "186264514923095703125"},
    {10, "931322574615478515625"},
    {10, "4656612873077392578125"},
    {10, "23283064365386962890625"},
    {10, "116415321826934814453125"},
    {11, "582076609134674072265625"},
    {11, "2910383045673370361328125"},
    {11, "14551915228366851806640625"},
    {12, "72759576141834259033203125"},
    {12, "363797880709171295166015625"},
    {12, "1818989403545856475830078125"},
    {13, "9094947017729282379150390625"},
    {13, "45474735088646411895751953125"},
    {13, "227373675443232059478759765625"},
    {13, "1136868377216160297393798828125"},
    {14, "5684341886080801486968994140625"},
    {14, "28421709430404007434844970703125"},
    {14, "142108547152020037174224853515625"},
    {15, "710542735760100185871124267578125"},
    {15, "3552713678800500929355621337890625"},
    {15, "17763568394002504646778106689453125"},
    {16, "88817841970012523233890533447265625"},
    {16, "444089209850062616169452667236328125"},
    {16, "2220446049250313080847263336181640625"},
    {16, "11102230246251565404236316680908203125"},
    {17, "55511151231257827021181583404541015625"},
    {17, "277555756156289135105907917022705078125"},
    {17, "1387778780781445675529539585113525390625"},
    {18, "6938893903907228377647697925567626953125"},
    {18, "34694469519536141888238489627838134765625"},
    {18, "173472347597680709441192448139190673828125"},
    {19, "867361737988403547205962240695953369140625"},
};

static bool prefix_is_less_than(const uint8_t *b, int nb, const char *s) {
    for (int i = 0; s[i]; i++) {
        if (i >= nb) return true;
        if (b[i] != (uint8_t)s[i]) return b[i] < (uint8_t)s[i];
    }
    return false;
}

/* a <<= k: multiply by 2^k, right to left, knowing the new length ahead. */
static void left_shift(Decimal *a, unsigned k) {
    int delta = left_cheats[k].delta;
    if (prefix_is_less_than(a->d, a->nd, left_cheats[k].cutoff)) delta--;
    int r = a->nd, w = a->nd + delta;
    uint64_t n = 0;
    for (r--; r >= 0; r--) {
        n += (uint64_t)(a->d[r] - '0') << k;
        uint64_t quo = n / 10, rem = n - 10 * quo;
        w--;
        if (w < DECIMAL_CAP) a->d[w] = (uint8_t)(rem + '0');
        else if (rem != 0) a->trunc = true;
        n = quo;
    }
    while (n > 0) {
        uint64_t quo = n / 10, rem = n - 10 * quo;
        w--;
        if (w < DECIMAL_CAP) a->d[w] = (uint8_t)(rem + '0');
        else if (rem != 0) a->trunc = true;
        n = quo;
    }
    a->nd += delta;
    if (a->nd >= DECIMAL_CAP) a->nd = DECIMAL_CAP;
    a->dp += delta;
    trim(a);
}

/* a *= 2^k, for k of either sign. */
static void decimal_shift(Decimal *a, int k) {
    if (a->nd == 0) return;
    if (k > 0) {
        for (; k > MAX_SHIFT; k -= MAX_SHIFT) left_shift(a, MAX_SHIFT);
        left_shift(a, (unsigned)k);
    } else if (k < 0) {
        for (; k < -MAX_SHIFT; k += MAX_SHIFT) right_shift(a, MAX_SHIFT);
        right_shift(a, (unsigned)-k);
    }
}

/* Would rounding to nd digits round up? Exact halves go to even. */
static bool should_round_up(const Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return false;
    if (a->d[nd] == '5' && nd + 1 == a->nd) {
        if (a->trunc) return true;   /* there were digits past the 5 */
        return nd > 0 && (a->d[nd - 1] - '0') % 2 != 0;
    }
    return a->d[nd] >= '5';
}

static void round_down(Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    a->nd = nd;
    trim(a);
}

static void round_up(Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    for (int i = nd - 1; i >= 0; i--) {
        if (a->d[i] < '9') {
            a->d[i]++;
            a->nd = i + 1;
            return;
        }
    }
    /* All nines: the number becomes 1 with the point one further right. */
    a->d[0] = '1';
    a->nd = 1;
    a->dp++;
}

static void decimal_round(Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    if (should_round_up(a, nd)) round_up(a, nd);
    else round_down(a, nd);
}

/* ---------------------------------------------------------------- shortest */

typedef struct FloatInfo {
    unsigned mantbits, expbits;
    int bias;
} FloatInfo;

static const FloatInfo float32_info = {23, 8, -127};
static const FloatInfo float64_info = {52, 11, -1023};

/* Rounds d (the exact value of mant * 2^(exp - mantbits)) to the fewest
 * digits that still lie strictly between the float's neighbours' midpoints
 * (or on one, when the mantissa is even and round-to-even reading would land
 * on it). Go's roundShortest, the Steele & White / dtoa approach. */
static void round_shortest(Decimal *d, uint64_t mant, int exp, const FloatInfo *flt) {
    if (mant == 0) {
        d->nd = 0;
        return;
    }
    /* If the value is an integer that has no more digits than the float has
     * precision, every digit is needed: nothing to round. */
    int minexp = flt->bias + 1;
    if (exp > minexp && 332 * (d->dp - d->nd) >= 100 * (exp - (int)flt->mantbits)) return;

    /* The midpoints between this float and its neighbours above and below. */
    Decimal upper, lower;
    decimal_assign(&upper, mant * 2 + 1);
    decimal_shift(&upper, exp - (int)flt->mantbits - 1);

    uint64_t mantlo;
    int explo;
    if (mant > (uint64_t)1 << flt->mantbits || exp == minexp) {
        mantlo = mant - 1;
        explo = exp;
    } else {
        /* A power of two: the neighbour below is half as far away. */
        mantlo = mant * 2 - 1;
        explo = exp - 1;
    }
    decimal_assign(&lower, mantlo * 2 + 1);
    decimal_shift(&lower, explo - (int)flt->mantbits - 1);

    /* Reading a midpoint back rounds to even: it belongs to us if our
     * mantissa is even. */
    bool inclusive = mant % 2 == 0;

    /* Walk the digits of upper; once d and lower (or d and upper) differ at a
     * digit, truncating (or rounding up) there stays within the bounds.
     * upperdelta tracks the difference between upper and d: 0 while equal,
     * 1 when upper is ahead by exactly one unit so far, 2 when more. */
    uint8_t upperdelta = 0;
    for (int ui = 0;; ui++) {
        int mi = ui - upper.dp + d->dp;
        if (mi >= d->nd) break;
        int li = ui - upper.dp + lower.dp;
        uint8_t l = '0', m = '0', u = '0';
        if (li >= 0 && li < lower.nd) l = lower.d[li];
        if (mi >= 0) m = d->d[mi];
        if (ui < upper.nd) u = upper.d[ui];

        bool okdown = l != m || (inclusive && li + 1 == lower.nd);

        if (upperdelta == 0 && m + 1 < u) upperdelta = 2;
        else if (upperdelta == 0 && m != u) upperdelta = 1;
        else if (upperdelta == 1 && (m != '9' || u != '0')) upperdelta = 2;
        bool okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);

        if (okdown && okup) {
            decimal_round(d, mi + 1);
            return;
        }
        if (okdown) {
            round_down(d, mi + 1);
            return;
        }
        if (okup) {
            round_up(d, mi + 1);
            return;
        }
    }
}

/* ---------------------------------------------------------------- layout */

static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }

/* %e: -d.ddddde±dd */
static void fmt_e(RtBuf *b, bool neg, const RtDigits *d, int prec, char fmt) {
    if (neg) rt_buf_putc(b, '-');
    rt_buf_putc(b, d->nd != 0 ? d->d[0] : '0');
    if (prec > 0) {
        rt_buf_putc(b, '.');
        int i = 1, m = imin(d->nd, prec + 1);
        if (i < m) {
            rt_buf_put(b, d->d + i, (size_t)(m - i));
            i = m;
        }
        for (; i <= prec; i++) rt_buf_putc(b, '0');
    }
    rt_buf_putc(b, (uint8_t)fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;    /* 0 has exponent 0 */
    if (exp < 0) {
        rt_buf_putc(b, '-');
        exp = -exp;
    } else {
        rt_buf_putc(b, '+');
    }
    if (exp < 10) {
        rt_buf_putc(b, '0');
        rt_buf_putc(b, (uint8_t)(exp + '0'));
    } else if (exp < 100) {
        rt_buf_putc(b, (uint8_t)(exp / 10 + '0'));
        rt_buf_putc(b, (uint8_t)(exp % 10 + '0'));
    } else {
        rt_buf_putc(b, (uint8_t)(exp / 100 + '0'));
        rt_buf_putc(b, (uint8_t)(exp / 10 % 10 + '0'));
        rt_buf_putc(b, (uint8_t)(exp % 10 + '0'));
    }
}

/* %f: -ddddd.ddddd */
static void fmt_f(RtBuf *b, bool neg, const RtDigits *d, int prec) {
    if (neg) rt_buf_putc(b, '-');
    if (d->dp > 0) {
        int m = imin(d->nd, d->dp);
        rt_buf_put(b, d->d, (size_t)m);
        for (; m < d->dp; m++) rt_buf_putc(b, '0');
    } else {
        rt_buf_putc(b, '0');
    }
    if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            rt_buf_putc(b, 0 <= j && j < d->nd ? d->d[j] : '0');
        }
    }
}

/* %b: -ddddp±ddd, the mantissa and binary exponent in decimal. */
static void fmt_b(RtBuf *b, bool neg, uint64_t mant, int exp, const FloatInfo *flt) {
    rt_strconv_append_bits(b, mant, 10, neg);
    rt_buf_putc(b, 'p');
    exp -= (int)flt->mantbits;
    if (exp >= 0) rt_buf_putc(b, '+');
    rt_strconv_append_bits(b, exp < 0 ? (uint64_t)-exp : (uint64_t)exp, 10, exp < 0);
}

/* %x: -0x1.yyyyyyp±ddd, hexadecimal mantissa, decimal power of two. */
static void fmt_x(RtBuf *b, int prec, char fmt, bool neg, uint64_t mant, int exp,
                  const FloatInfo *flt) {
    if (mant == 0) exp = 0;
    /* Shift the digits so the leading 1 (if any) is at bit 60. */
    mant <<= 60 - flt->mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    /* Round if requested: half to even. */
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (uint64_t)1 << 59) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            /* Rounding overflowed into the next power of two. */
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) rt_buf_putc(b, '-');
    rt_buf_putc(b, '0');
    rt_buf_putc(b, (uint8_t)fmt);
    rt_buf_putc(b, (uint8_t)('0' + ((mant >> 60) & 1)));
    mant <<= 4;                 /* remove the leading 0 or 1 */
    if (prec < 0 && mant != 0) {
        rt_buf_putc(b, '.');
        while (mant != 0) {
            rt_buf_putc(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            rt_buf_putc(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    rt_buf_putc(b, fmt == 'X' ? 'P' : 'p');
    if (exp < 0) {
        rt_buf_putc(b, '-');
        exp = -exp;
    } else {
        rt_buf_putc(b, '+');
    }
    if (exp < 100) {
        rt_buf_putc(b, (uint8_t)(exp / 10 + '0'));
        rt_buf_putc(b, (uint8_t)(exp % 10 + '0'));
    } else if (exp < 1000) {
        rt_buf_putc(b, (uint8_t)(exp / 100 + '0'));
        rt_buf_putc(b, (uint8_t)(exp / 10 % 10 + '0'));
        rt_buf_putc(b, (uint8_t)(exp % 10 + '0'));
    } else {
        rt_buf_putc(b, (uint8_t)(exp / 1000 + '0'));
        rt_buf_putc(b, (uint8_t)(exp / 100 % 10 + '0'));
        rt_buf_putc(b, (uint8_t)(exp / 10 % 10 + '0'));
        rt_buf_putc(b, (uint8_t)(exp % 10 + '0'));
    }
}

/* Lays out the digits in d for fmt; shortest says they came from
 * round_shortest (prec was -1). Go's formatDigits. */
static void format_digits(RtBuf *b, bool shortest, bool neg, const RtDigits *d, int prec,
                          char fmt) {
    switch (fmt) {
    case 'e':
    case 'E':
        fmt_e(b, neg, d, prec, fmt);
        return;
    case 'f':
        fmt_f(b, neg, d, prec);
        return;
    case 'g':
    case 'G': {
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
        /* %e is used if the exponent from the conversion is less than -4 or
         * greater than or equal to the precision. If precision was the
         * shortest possible, use precision 6 for this decision. */
        if (shortest) eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd) prec = d->nd;
            fmt_e(b, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp) prec = d->nd;
        fmt_f(b, neg, d, imax(prec - d->dp, 0));
        return;
    }
    }
    /* Unknown format. */
    rt_buf_putc(b, '%');
    rt_buf_putc(b, (uint8_t)fmt);
}

/* The exact path: Go's bigFtoa. Also the reference the Ryu code is
 * tested against (prec < 0 asks for the shortest digits). */
static void big_ftoa(RtBuf *b, int prec, char fmt, bool neg, uint64_t mant, int exp,
                     const FloatInfo *flt) {
    Decimal d;
    decimal_assign(&d, mant);
    decimal_shift(&d, exp - (int)flt->mantbits);
    bool shortest = prec < 0;
    if (shortest) {
        round_shortest(&d, mant, exp, flt);
        switch (fmt) {
        case 'e':
        case 'E':
            prec = d.nd - 1;
            break;
        case 'f':
            prec = imax(d.nd - d.dp, 0);
            break;
        case 'g':
        case 'G':
            prec = d.nd;
            break;
        }
    } else {
        switch (fmt) {
        case 'e':
        case 'E':
            decimal_round(&d, prec + 1);
            break;
        case 'f':
            decimal_round(&d, d.dp + prec);
            break;
        case 'g':
        case 'G':
            if (prec == 0) prec = 1;
            decimal_round(&d, prec);
            break;
        }
    }
    RtDigits digs = {d.d, d.nd, d.dp};
    format_digits(b, shortest, neg, &digs, prec, fmt);
}

static void generic_ftoa(RtBuf *b, double val, char fmt, int prec, int bitsize, bool exact_only);

void rt_strconv_append_float(RtBuf *b, double val, char fmt, int prec, int bitsize) {
    generic_ftoa(b, val, fmt, prec, bitsize, false);
}

void rt_strconv_append_float_exact(RtBuf *b, double val, char fmt, int prec, int bitsize) {
    generic_ftoa(b, val, fmt, prec, bitsize, true);
}

/* Go's genericFtoa. */
static void generic_ftoa(RtBuf *b, double val, char fmt, int prec, int bitsize, bool exact_only) {
    uint64_t bits;
    const FloatInfo *flt;
    if (bitsize == 32) {
        float f = (float)val;
        uint32_t b32;
        memcpy(&b32, &f, sizeof b32);
        bits = b32;
        flt = &float32_info;
    } else {
        memcpy(&bits, &val, sizeof bits);
        flt = &float64_info;
    }

    bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
    int exp = (int)(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
    uint64_t mant = bits & (((uint64_t)1 << flt->mantbits) - 1);

    if (exp == (1 << flt->expbits) - 1) {
        rt_buf_puts(b, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0) {
        exp++;                                   /* denormal */
    } else {
        mant |= (uint64_t)1 << flt->mantbits;    /* add the implicit top bit */
    }
    exp += flt->bias;

    if (fmt == 'b') {
        fmt_b(b, neg, mant, exp, flt);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, prec, fmt, neg, mant, exp, flt);
        return;
    }

    /* Go's genericFtoa: Ryu for the shortest digits, and for up to 18 (9)
     * fixed digits in %e and %g; the exact decimal for the rest. */
    if (exact_only) {
        big_ftoa(b, prec, fmt, neg, mant, exp, flt);
        return;
    }
    int exp2 = exp - (int)flt->mantbits;
    bool shortest = prec < 0;
    uint8_t digit_store[32];
    RtDigits digs = {digit_store, 0, 0};
    if (shortest) {
        rt_ryu_shortest(&digs, mant, exp2, bitsize == 32);
        switch (fmt) {
        case 'e':
        case 'E':
            prec = imax(digs.nd - 1, 0);
            break;
        case 'f':
            prec = imax(digs.nd - digs.dp, 0);
            break;
        case 'g':
        case 'G':
            prec = digs.nd;
            break;
        }
        format_digits(b, true, neg, &digs, prec, fmt);
        return;
    }
    if (fmt != 'f') {
        int digits;
        switch (fmt) {
        case 'e':
        case 'E':
            digits = prec + 1;
            break;
        case 'g':
        case 'G':
            if (prec == 0) prec = 1;
            digits = prec;
            break;
        default:
            digits = 1;
        }
        if (bitsize == 32 && digits <= 9) {
            rt_ryu_fixed32(&digs, (uint32_t)mant, exp2, digits);
            format_digits(b, false, neg, &digs, prec, fmt);
            return;
        }
        if (digits <= 18) {
            rt_ryu_fixed64(&digs, mant, exp2, digits);
            format_digits(b, false, neg, &digs, prec, fmt);
            return;
        }
    }
    big_ftoa(b, prec, fmt, neg, mant, exp, flt);
}
