/*
 * fmt.c — package fmt's printer: Print, Println, Printf and their S forms.
 *
 * A port of Go 1.19's fmt/print.go and fmt/format.go, function for function,
 * so that every flag, width and error form (%!d(string=hi), %!(EXTRA int=1))
 * comes out as Go writes it. Where Go uses reflection, this file walks the
 * type descriptors the compiler emits (GoType): a value is a (type, pointer
 * to the value) pair, which is exactly what an interface{} argument holds.
 *
 * The two layers keep Go's names:
 *   the formatter (fmt_*: format.go) pads and writes one basic value under
 *     the current flags, width and precision;
 *   the printer (print_*, do_print*: print.go) picks the formatter for each
 *     argument by its kind and verb, recurses into composite values, calls
 *     Error/String/GoString methods, and parses Printf's format string.
 *
 * Everything is formatted into the Printer's scratch RtBuf, then handed on in
 * one piece: to the stdout writer (Print*) or copied into a Go string (S*).
 *
 * Not yet: maps (printed as ?map[K]V?, until the map service offers sorted
 * iteration), the Formatter interface, and Go's recovery when a String method
 * panics (it needs recover; a nil pointer whose String method is promoted
 * from a value receiver prints <nil>, as Go's recovery would make it).
 */
#include <stdlib.h>

#include "internal.h"

/* ---------------------------------------------------------------- state */

/* Set per verb; cleared before each. plus_v and sharp_v are %+v and %#v,
 * kept apart from plus and sharp because they mean different things. */
typedef struct Flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v;
} Flags;

typedef struct Printer {
    RtBuf buf;
    Flags f;
    int wid, prec;

    /* The item being printed, for the %!verb(type=value) error form;
     * value_type NULL means a nil interface. value_ro: reached through an
     * unexported field, where Go's reflection forbids calling methods. */
    const GoType *value_type;
    const void *value_ptr;
    bool value_ro;

    bool erroring;        /* printing an error form: methods are not called */
    bool reordered;       /* the format used explicit argument indexes */
    bool good_arg_num;    /* the last argument index was valid */
    bool wrap_errs;       /* Errorf: %w is allowed */
    GoEface wrapped_err;  /* Errorf: the operand of %w */
} Printer;

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void printer_init(Printer *p, uint8_t *store, size_t size) {
    memset(p, 0, sizeof *p);
    p->buf = (RtBuf){store, 0, size, false};
}

static void clear_flags(Printer *p) {
    p->f = (Flags){0};
}

static void print_value(Printer *p, const GoType *t, const void *ptr, int32_t verb, int depth,
                        bool ro);

/* ---------------------------------------------------------------- formatter */

static void write_padding(Printer *p, int n) {
    if (n <= 0) return;
    if (p->buf.cap - p->buf.len < (size_t)n) rt_buf_grow(&p->buf, (size_t)n);
    memset(p->buf.data + p->buf.len, p->f.zero ? '0' : ' ', (size_t)n);
    p->buf.len += (size_t)n;
}

/* Writes b, padded to the width on the left, or on the right for %-. The
 * width counts runes, not bytes. */
static void pad(Printer *p, const uint8_t *b, size_t n) {
    if (!p->f.wid_present || p->wid == 0) {
        rt_buf_put(&p->buf, b, n);
        return;
    }
    int width = p->wid - (int)rt_utf8_count(b, n);
    if (!p->f.minus) {
        write_padding(p, width);
        rt_buf_put(&p->buf, b, n);
    } else {
        rt_buf_put(&p->buf, b, n);
        write_padding(p, width);
    }
}

static void pad_cstr(Printer *p, const char *s) {
    pad(p, (const uint8_t *)s, strlen(s));
}

static void fmt_boolean(Printer *p, bool v) {
    pad_cstr(p, v ? "true" : "false");
}

/* The digits of a number are built right to left in a scratch array that
 * is usually on the stack; a huge width or precision needs a bigger one. */
typedef struct Scratch {
    char small[68];      /* %b of an int64 with a sign */
    char *buf;
    size_t len;
} Scratch;

static void scratch_init(Scratch *s, size_t need) {
    if (need <= sizeof s->small) {
        s->buf = s->small;
        s->len = sizeof s->small;
        return;
    }
    s->buf = malloc(need);
    if (!s->buf) rt_fatal("runtime: out of memory");
    s->len = need;
}

static void scratch_free(Scratch *s) {
    if (s->buf != s->small) free(s->buf);
}

/* %U: "U+0078", or with # "U+0078 'x'". */
static void fmt_unicode(Printer *p, uint64_t u) {
    int prec = 4;
    size_t need = 0;
    if (p->f.prec_present && p->prec > 4) {
        prec = p->prec;
        need = (size_t)(2 + prec + 2 + RT_UTF_MAX + 1);
    }
    Scratch s;
    scratch_init(&s, need);
    char *buf = s.buf;
    size_t i = s.len;

    if (p->f.sharp && u <= RT_MAX_RUNE && rt_strconv_is_print((int32_t)u)) {
        buf[--i] = '\'';
        uint8_t enc[RT_UTF_MAX];
        int w = rt_utf8_encode(enc, (int32_t)u);
        i -= (size_t)w;
        memcpy(buf + i, enc, (size_t)w);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    while (u >= 16) {
        buf[--i] = udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    buf[--i] = udigits[u];
    prec--;
    while (prec > 0) {
        buf[--i] = '0';
        prec--;
    }
    buf[--i] = '+';
    buf[--i] = 'U';

    bool old_zero = p->f.zero;
    p->f.zero = false;
    pad(p, (const uint8_t *)buf + i, s.len - i);
    p->f.zero = old_zero;
    scratch_free(&s);
}

/* Signed and unsigned integers in base 2, 8, 10 or 16. */
static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb,
                        const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;

    Scratch s;
    scratch_init(&s, p->f.wid_present || p->f.prec_present ? (size_t)(3 + p->wid + p->prec) : 0);
    char *buf = s.buf;

    /* Two ways to ask for leading zeros: %.3d or %03d. If both are given
     * the zero flag is ignored and the padding is spaces. */
    int prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            /* Precision 0 and value 0 print nothing but padding. */
            bool old_zero = p->f.zero;
            p->f.zero = false;
            write_padding(p, p->wid);
            p->f.zero = old_zero;
            scratch_free(&s);
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space) prec--;   /* room for the sign */
    }

    size_t i = s.len;
    switch (base) {
    case 10:
        while (u >= 10) {
            uint64_t next = u / 10;
            buf[--i] = (char)('0' + u - next * 10);
            u = next;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(s.len - i)) buf[--i] = '0';

    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) buf[--i] = '-';
    else if (p->f.plus) buf[--i] = '+';
    else if (p->f.space) buf[--i] = ' ';

    /* Zero padding was done above, as precision; pad the rest with spaces. */
    bool old_zero = p->f.zero;
    p->f.zero = false;
    pad(p, (const uint8_t *)buf + i, s.len - i);
    p->f.zero = old_zero;
    scratch_free(&s);
}

/* The length of the first prec runes of s, if a precision is set. */
static size_t truncate_len(Printer *p, const uint8_t *s, size_t n) {
    if (!p->f.prec_present) return n;
    int left = p->prec;
    for (size_t i = 0; i < n;) {
        if (--left < 0) return i;
        int w = 1;
        if (s[i] >= RT_RUNE_SELF) rt_utf8_decode(s + i, n - i, &w);
        i += (size_t)w;
    }
    return n;
}

static void fmt_s(Printer *p, const uint8_t *s, size_t n) {
    pad(p, s, truncate_len(p, s, n));
}

/* %x and %X of a string or byte slice: two hex digits per byte, with # a
 * 0x prefix, with space a space between bytes (and # a 0x before each). */
static void fmt_sbx(Printer *p, const uint8_t *s, size_t n, const char *digits) {
    size_t length = n;
    if (p->f.prec_present && (size_t)p->prec < length) length = (size_t)p->prec;
    size_t width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp) width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present) write_padding(p, p->wid);
        return;
    }
    if (p->f.wid_present && (size_t)p->wid > width && !p->f.minus)
        write_padding(p, p->wid - (int)width);
    RtBuf *b = &p->buf;
    if (p->f.sharp) {
        rt_buf_putc(b, '0');
        rt_buf_putc(b, (uint8_t)digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            rt_buf_putc(b, ' ');
            if (p->f.sharp) {
                rt_buf_putc(b, '0');
                rt_buf_putc(b, (uint8_t)digits[16]);
            }
        }
        rt_buf_putc(b, (uint8_t)digits[s[i] >> 4]);
        rt_buf_putc(b, (uint8_t)digits[s[i] & 0xF]);
    }
    if (p->f.wid_present && (size_t)p->wid > width && p->f.minus)
        write_padding(p, p->wid - (int)width);
}

/* %q: a double-quoted Go string; with # a `raw string` where possible; with
 * + only ASCII. */
static void fmt_q(Printer *p, const uint8_t *s, size_t n) {
    n = truncate_len(p, s, n);
    uint8_t store[128];
    RtBuf tmp = RT_BUF_INIT(store);
    if (p->f.sharp && rt_strconv_can_backquote(s, n)) {
        rt_buf_putc(&tmp, '`');
        rt_buf_put(&tmp, s, n);
        rt_buf_putc(&tmp, '`');
    } else {
        rt_strconv_append_quote(&tmp, s, n, p->f.plus);
    }
    pad(p, tmp.data, tmp.len);
    rt_buf_free(&tmp);
}

/* %c: the integer as a character; not a valid rune prints U+FFFD. */
static void fmt_c(Printer *p, uint64_t c) {
    int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
    uint8_t enc[RT_UTF_MAX];
    pad(p, enc, (size_t)rt_utf8_encode(enc, r));
}

/* %q of an integer: a single-quoted Go character literal. */
static void fmt_qc(Printer *p, uint64_t c) {
    int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
    uint8_t store[32];
    RtBuf tmp = RT_BUF_INIT(store);
    rt_strconv_append_quote_rune(&tmp, r, p->f.plus);
    pad(p, tmp.data, tmp.len);
    rt_buf_free(&tmp);
}

/* Floats: strconv does the digits; this adds the sign, padding, and what
 * the # flag asks for (a decimal point always, trailing zeros kept). */
static void fmt_float(Printer *p, double v, int size, int32_t verb, int prec) {
    if (p->f.prec_present) prec = p->prec;
    /* Format with a placeholder in front for a + sign. */
    uint8_t store[64];
    RtBuf num = RT_BUF_INIT(store);
    rt_buf_putc(&num, '+');
    rt_strconv_append_float(&num, v, (char)verb, prec, size);
    uint8_t *n0 = num.data;          /* num is n0[0:len]; n0[0] is the sign */
    size_t len = num.len;
    if (n0[1] == '-' || n0[1] == '+') {
        n0++;
        len--;
    }
    /* space means a leading space instead of a + sign, unless plus is set. */
    if (p->f.space && n0[0] == '+' && !p->f.plus) n0[0] = ' ';

    /* Infinities and NaN don't look like numbers: no zero padding. */
    if (n0[1] == 'I' || n0[1] == 'N') {
        bool old_zero = p->f.zero;
        p->f.zero = false;
        if (n0[1] == 'N' && !p->f.space && !p->f.plus) {   /* NaN has no sign */
            n0++;
            len--;
        }
        pad(p, n0, len);
        p->f.zero = old_zero;
        rt_buf_free(&num);
        return;
    }

    uint8_t sharp_store[64];
    RtBuf sharp = RT_BUF_INIT(sharp_store);
    if (p->f.sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec;
            if (digits == -1) digits = 6;   /* %#g with no precision: 6 */
        }
        /* Split off the exponent (e+12, p-3) into tail. */
        uint8_t tail[8];
        size_t tail_len = 0;
        bool has_point = false, saw_nonzero = false;
        for (size_t i = 1; i < len; i++) {
            uint8_t c = n0[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail_len = len - i;
                if (tail_len > sizeof tail) tail_len = sizeof tail;
                memcpy(tail, n0 + i, tail_len);
                len = i;
                break;
            } else {
                if (c != '0') saw_nonzero = true;
                /* Count significant digits after the first non-zero one. */
                if (saw_nonzero) digits--;
            }
        }
        rt_buf_put(&sharp, n0, len);
        if (!has_point) {
            /* A leading 0 counts once as a digit. */
            if (len == 2 && n0[1] == '0') digits--;
            rt_buf_putc(&sharp, '.');
        }
        for (; digits > 0; digits--) rt_buf_putc(&sharp, '0');
        rt_buf_put(&sharp, tail, tail_len);
        n0 = sharp.data;
        len = sharp.len;
    }

    if (p->f.plus || n0[0] != '+') {
        /* With zero padding the sign goes before the zeros. */
        if (p->f.zero && p->f.wid_present && p->wid > (int)len) {
            rt_buf_putc(&p->buf, n0[0]);
            write_padding(p, p->wid - (int)len);
            rt_buf_put(&p->buf, n0 + 1, len - 1);
        } else {
            pad(p, n0, len);
        }
    } else {
        pad(p, n0 + 1, len - 1);   /* positive, no sign asked for */
    }
    rt_buf_free(&sharp);
    rt_buf_free(&num);
}

/* ---------------------------------------------------------------- printer */

static void put_verb(Printer *p, int32_t verb) {
    rt_buf_put_rune(&p->buf, verb);
}

/* %!verb(type=value): the verb does not fit the operand. */
static void bad_verb(Printer *p, int32_t verb) {
    p->erroring = true;
    rt_buf_puts(&p->buf, "%!");
    put_verb(p, verb);
    rt_buf_putc(&p->buf, '(');
    if (p->value_type) {
        const GoType *t = p->value_type;
        rt_buf_puts(&p->buf, t->string);
        rt_buf_putc(&p->buf, '=');
        print_value(p, t, p->value_ptr, 'v', 0, p->value_ro);
    } else {
        rt_buf_puts(&p->buf, "<nil>");
    }
    rt_buf_putc(&p->buf, ')');
    p->erroring = false;
}

static void print_bool(Printer *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v') fmt_boolean(p, v);
    else bad_verb(p, verb);
}

/* Hex with (leading0x) or without the 0x prefix, whatever # says. */
static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void print_integer(Printer *p, uint64_t v, bool is_signed, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o':
    case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb);
    }
}

static void print_float(Printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_float(p, v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void print_complex(Printer *p, double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X':
    case 'f': case 'F': case 'e': case 'E': {
        bool old_plus = p->f.plus;
        rt_buf_putc(&p->buf, '(');
        print_float(p, re, size / 2, verb);
        p->f.plus = true;             /* the imaginary part always has a sign */
        print_float(p, im, size / 2, verb);
        rt_buf_puts(&p->buf, "i)");
        p->f.plus = old_plus;
        break;
    }
    default:
        bad_verb(p, verb);
    }
}

static void print_string(Printer *p, GoString s, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) fmt_q(p, s.ptr, (size_t)s.len);
        else fmt_s(p, s.ptr, (size_t)s.len);
        break;
    case 's': fmt_s(p, s.ptr, (size_t)s.len); break;
    case 'x': fmt_sbx(p, s.ptr, (size_t)s.len, ldigits); break;
    case 'X': fmt_sbx(p, s.ptr, (size_t)s.len, udigits); break;
    case 'q': fmt_q(p, s.ptr, (size_t)s.len); break;
    default: bad_verb(p, verb);
    }
}

/* A byte slice or array under %s %q %x %X: as a string. (Go's fmtBytes;
 * its %v/%d cases print exactly what the element-wise path prints.) */
static void print_bytes(Printer *p, const uint8_t *b, size_t n, int32_t verb) {
    switch (verb) {
    case 's': fmt_s(p, b, n); break;
    case 'x': fmt_sbx(p, b, n, ldigits); break;
    case 'X': fmt_sbx(p, b, n, udigits); break;
    case 'q': fmt_q(p, b, n); break;
    }
}

/* Pointer-shaped values: chan, func, map, pointer, slice, unsafe.Pointer. */
static void print_pointer(Printer *p, const GoType *t, const void *ptr, int32_t verb) {
    uintptr_t u;
    switch (t->kind) {
    case GOKIND_SLICE:
        u = (uintptr_t)((const GoSlice *)ptr)->ptr;
        break;
    case GOKIND_CHAN:
    case GOKIND_FUNC:
    case GOKIND_MAP:
    case GOKIND_POINTER:
    case GOKIND_UNSAFE_POINTER:
        u = (uintptr_t) * (void *const *)ptr;
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            rt_buf_putc(&p->buf, '(');
            rt_buf_puts(&p->buf, t->string);
            rt_buf_puts(&p->buf, ")(");
            if (u == 0) rt_buf_puts(&p->buf, "nil");
            else fmt_0x64(p, u, true);
            rt_buf_putc(&p->buf, ')');
        } else if (u == 0) {
            pad_cstr(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
        print_integer(p, u, false, verb);
        break;
    default:
        bad_verb(p, verb);
    }
}

const GoMethod *rt_find_method(const GoType *t, const char *name, const char *sig) {
    for (go_int i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (strcmp(m->name, name) != 0) continue;
        if (m->ifn == NULL) return NULL;
        if (sig && m->type && strcmp(m->type->string, sig) != 0) return NULL;
        return m;
    }
    return NULL;
}

/* Calls a func() string method of the value of type t at ptr through its
 * interface wrapper, which takes the value's interface data word. */
static GoString call_string_method(const GoType *t, const GoMethod *m, const void *ptr) {
    GoString (*fn)(void *) = (GoString(*)(void *))m->ifn;
    return fn(gosub_iface_word(t, ptr));
}

/* If the value has a method fmt uses (GoString for %#v; Error, then String,
 * for the string-ish verbs), prints its result and says so. */
static bool handle_methods(Printer *p, const GoType *t, const void *ptr, int32_t verb) {
    if (p->erroring) return false;
    if (verb == 'w') {
        /* %w is Errorf's, for one error operand. */
        const GoMethod *m = rt_find_method(t, "Error", "func() string");
        if (!m || !p->wrap_errs || p->wrapped_err.type) {
            p->wrapped_err = (GoEface){NULL, NULL};
            p->wrap_errs = false;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped_err = (GoEface){t, gosub_iface_word(t, ptr)};
        verb = 'v';
    }
    const GoMethod *m = NULL;
    if (p->f.sharp_v) {
        m = rt_find_method(t, "GoString", "func() string");
    } else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
        m = rt_find_method(t, "Error", "func() string");
        if (!m) m = rt_find_method(t, "String", "func() string");
    }
    if (!m) return false;

    /* Through a nil pointer, a method promoted from a value receiver can only
     * panic; Go recovers from that panic and prints <nil>. */
    if (t->kind == GOKIND_POINTER && *(void *const *)ptr == NULL &&
        (m->flags & GOMETHOD_VALUE_RECEIVER)) {
        rt_buf_puts(&p->buf, "<nil>");
        return true;
    }
    GoString s = call_string_method(t, m, ptr);
    if (p->f.sharp_v) fmt_s(p, s.ptr, (size_t)s.len);
    else print_string(p, s, verb);
    return true;
}

/* The dynamic type of the interface value at ptr, whose static type t says
 * which layout it has, and where its value lives (in the data word itself
 * for a direct type). */
static const GoType *interface_elem(const GoType *t, const void *ptr, const void **data) {
    const GoType *dt;
    void *const *word;
    if (t->nmethods == 0) {
        const GoEface *e = ptr;
        dt = e->type;
        word = &e->data;
    } else {
        const GoIface *i = ptr;
        dt = i->itab ? i->itab->type : NULL;
        word = &i->data;
    }
    *data = dt ? gosub_iface_value(dt, word) : NULL;
    return dt;
}

static int64_t load_int(const GoType *t, const void *ptr) {
    switch (t->kind) {
    case GOKIND_INT8: return *(const int8_t *)ptr;
    case GOKIND_INT16: return *(const int16_t *)ptr;
    case GOKIND_INT32: return *(const int32_t *)ptr;
    default: return *(const int64_t *)ptr;
    }
}

static uint64_t load_uint(const GoType *t, const void *ptr) {
    switch (t->kind) {
    case GOKIND_UINT8: return *(const uint8_t *)ptr;
    case GOKIND_UINT16: return *(const uint16_t *)ptr;
    case GOKIND_UINT32: return *(const uint32_t *)ptr;
    default: return *(const uint64_t *)ptr;
    }
}

/* Elements of an array or slice: each printed at depth+1. */
static void print_elements(Printer *p, const GoType *t, const uint8_t *base, go_int n,
                           int32_t verb, int depth, bool ro) {
    const GoType *elem = t->elem;
    for (go_int i = 0; i < n; i++) {
        if (i > 0) {
            if (p->f.sharp_v) rt_buf_puts(&p->buf, ", ");
            else rt_buf_putc(&p->buf, ' ');
        }
        print_value(p, elem, base + (size_t)i * elem->size, verb, depth + 1, ro);
    }
}

/* Go's printValue: a value known by its type descriptor. depth 0 is the
 * argument itself; deeper values are the parts of composite ones. */
static void print_value(Printer *p, const GoType *t, const void *ptr, int32_t verb, int depth,
                        bool ro) {
    /* An interface-typed part prints as its dynamic value. */
    if (t && t->kind == GOKIND_INTERFACE) {
        const void *data;
        const GoType *dt = interface_elem(t, ptr, &data);
        if (!dt) {
            /* Whatever the verb: Go's printValue does not object here. */
            if (p->f.sharp_v) {
                rt_buf_puts(&p->buf, t->string);
                rt_buf_puts(&p->buf, "(nil)");
            } else {
                rt_buf_puts(&p->buf, "<nil>");
            }
            return;
        }
        t = dt;
        ptr = data;
        depth++;
    }
    if (depth > 0 && t && !ro && t->nmethods > 0 && handle_methods(p, t, ptr, verb)) return;
    p->value_type = t;
    p->value_ptr = ptr;
    p->value_ro = ro;

    if (!t) {
        if (depth == 0) rt_buf_puts(&p->buf, "<invalid reflect.Value>");
        else if (verb == 'v') rt_buf_puts(&p->buf, "<nil>");
        else bad_verb(p, verb);
        return;
    }

    switch (t->kind) {
    case GOKIND_BOOL:
        print_bool(p, *(const go_bool *)ptr, verb);
        break;
    case GOKIND_INT:
    case GOKIND_INT8:
    case GOKIND_INT16:
    case GOKIND_INT32:
    case GOKIND_INT64:
        print_integer(p, (uint64_t)load_int(t, ptr), true, verb);
        break;
    case GOKIND_UINT:
    case GOKIND_UINT8:
    case GOKIND_UINT16:
    case GOKIND_UINT32:
    case GOKIND_UINT64:
    case GOKIND_UINTPTR:
        print_integer(p, load_uint(t, ptr), false, verb);
        break;
    case GOKIND_FLOAT32:
        print_float(p, *(const float *)ptr, 32, verb);
        break;
    case GOKIND_FLOAT64:
        print_float(p, *(const double *)ptr, 64, verb);
        break;
    case GOKIND_COMPLEX64: {
        const float *c = ptr;           /* real, imaginary */
        print_complex(p, c[0], c[1], 64, verb);
        break;
    }
    case GOKIND_COMPLEX128: {
        const double *c = ptr;
        print_complex(p, c[0], c[1], 128, verb);
        break;
    }
    case GOKIND_STRING:
        print_string(p, *(const GoString *)ptr, verb);
        break;
    case GOKIND_STRUCT:
        if (p->f.sharp_v) rt_buf_puts(&p->buf, t->string);
        rt_buf_putc(&p->buf, '{');
        for (go_int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (i > 0) {
                if (p->f.sharp_v) rt_buf_puts(&p->buf, ", ");
                else rt_buf_putc(&p->buf, ' ');
            }
            if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
                rt_buf_puts(&p->buf, f->name);
                rt_buf_putc(&p->buf, ':');
            }
            print_value(p, f->type, (const uint8_t *)ptr + f->offset, verb, depth + 1,
                        ro || !f->exported);
        }
        rt_buf_putc(&p->buf, '}');
        break;
    case GOKIND_ARRAY:
    case GOKIND_SLICE: {
        const uint8_t *base;
        go_int n;
        bool is_nil = false;
        if (t->kind == GOKIND_ARRAY) {
            base = ptr;
            n = t->len;
        } else {
            const GoSlice *s = ptr;
            base = s->ptr;
            n = s->len;
            is_nil = s->ptr == NULL;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
            t->elem->kind == GOKIND_UINT8) {
            print_bytes(p, base, (size_t)n, verb);
            break;
        }
        if (p->f.sharp_v) {
            /* An unnamed []byte argument is spelt []byte here, as Go's
             * printArg spells it; elsewhere its type string ([]uint8). */
            if (depth == 0 && t->kind == GOKIND_SLICE && !(t->flags & GOTYPE_NAMED) &&
                t->elem == &gosub_type_uint8)
                rt_buf_puts(&p->buf, "[]byte");
            else
                rt_buf_puts(&p->buf, t->string);
            if (t->kind == GOKIND_SLICE && is_nil) {
                rt_buf_puts(&p->buf, "(nil)");
                break;
            }
            rt_buf_putc(&p->buf, '{');
            print_elements(p, t, base, n, verb, depth, ro);
            rt_buf_putc(&p->buf, '}');
        } else {
            rt_buf_putc(&p->buf, '[');
            print_elements(p, t, base, n, verb, depth, ro);
            rt_buf_putc(&p->buf, ']');
        }
        break;
    }
    case GOKIND_POINTER: {
        /* At the top level, a pointer to a composite prints as &{...}. */
        const void *target = *(void *const *)ptr;
        if (depth == 0 && target != NULL) {
            uint32_t k = t->elem->kind;
            if (k == GOKIND_ARRAY || k == GOKIND_SLICE || k == GOKIND_STRUCT || k == GOKIND_MAP) {
                rt_buf_putc(&p->buf, '&');
                print_value(p, t->elem, target, verb, depth + 1, ro);
                break;
            }
        }
        print_pointer(p, t, ptr, verb);
        break;
    }
    case GOKIND_CHAN:
    case GOKIND_FUNC:
    case GOKIND_UNSAFE_POINTER:
        print_pointer(p, t, ptr, verb);
        break;
    case GOKIND_MAP: {
        /* Go prints a map's entries sorted by key (internal/fmtsort); the
         * map service hands them over in that order (map.c). */
        GoMap *m = *(GoMap *const *)ptr;
        if (p->f.sharp_v) {
            rt_buf_puts(&p->buf, t->string);
            if (!m) {
                rt_buf_puts(&p->buf, "(nil)");
                break;
            }
            rt_buf_putc(&p->buf, '{');
        } else {
            rt_buf_puts(&p->buf, "map[");
        }
        void **keys, **elems;
        go_int n = gosub_map_sorted_entries(t, m, &keys, &elems);
        for (go_int i = 0; i < n; i++) {
            if (i > 0) {
                if (p->f.sharp_v) rt_buf_puts(&p->buf, ", ");
                else rt_buf_putc(&p->buf, ' ');
            }
            print_value(p, t->key, keys[i], verb, depth + 1, ro);
            rt_buf_putc(&p->buf, ':');
            print_value(p, t->elem, elems[i], verb, depth + 1, ro);
        }
        rt_buf_putc(&p->buf, p->f.sharp_v ? '}' : ']');
        break;
    }
    default:
        rt_buf_putc(&p->buf, '?');
        rt_buf_puts(&p->buf, t->string);
        rt_buf_putc(&p->buf, '?');
    }
}

/* Go's printArg: one operand of Print*, by its dynamic type and the verb. */
static void print_arg(Printer *p, const GoEface *argp, int32_t verb) {
    GoEface arg = *argp;
    const GoType *t = arg.type;
    /* the value: in the caller's argument array for a direct type */
    const void *value = t ? gosub_iface_value(t, &argp->data) : NULL;
    p->value_type = t;
    p->value_ptr = value;
    p->value_ro = false;
    if (!t) {
        if (verb == 'T' || verb == 'v') pad_cstr(p, "<nil>");
        else bad_verb(p, verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(p, (const uint8_t *)t->string, strlen(t->string));
        return;
    }
    if (verb == 'p') {
        print_pointer(p, t, value, 'p');
        return;
    }
    /* Go's fast cases for the predeclared types have no methods to call;
     * every other type may. */
    if (t->nmethods > 0 && handle_methods(p, t, value, verb)) return;
    print_value(p, t, value, verb, 0, false);
}

/* ---------------------------------------------------------------- Printf */

static bool too_large(int x) {
    return x > 1000000 || x < -1000000;
}

/* A decimal number in format[start:end]: its value, whether there was one,
 * and where it ended. */
static int parse_num(const uint8_t *s, int start, int end, bool *isnum, int *newi) {
    int num = 0;
    *isnum = false;
    if (start >= end) {
        *newi = end;
        return 0;
    }
    int i;
    for (i = start; i < end && '0' <= s[i] && s[i] <= '9'; i++) {
        if (too_large(num)) {      /* overflow: a crazy long number */
            *isnum = false;
            *newi = end;
            return 0;
        }
        num = num * 10 + (s[i] - '0');
        *isnum = true;
    }
    *newi = i;
    return num;
}

/* The * width or precision argument: any integer type, within +-1e6. */
static int int_from_arg(GoSlice args, int *arg_num, bool *is_int) {
    const GoEface *a = args.ptr;
    int64_t num = 0;
    *is_int = false;
    if (*arg_num < args.len) {
        const GoType *t = a[*arg_num].type;
        switch (t ? t->kind : GOKIND_INVALID) {
        case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16:
        case GOKIND_INT32: case GOKIND_INT64:
            num = load_int(t, gosub_iface_value(t, &a[*arg_num].data));
            *is_int = true;
            break;
        case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16:
        case GOKIND_UINT32: case GOKIND_UINT64: case GOKIND_UINTPTR: {
            uint64_t n = load_uint(t, gosub_iface_value(t, &a[*arg_num].data));
            if ((int64_t)n >= 0) {      /* fits Go's int */
                num = (int64_t)n;
                *is_int = true;
            }
            break;
        }
        }
        (*arg_num)++;
        if (num > 1000000 || num < -1000000) {
            num = 0;
            *is_int = false;
        }
    }
    return (int)num;
}

/* "[n]" at format[i:]: the zero-based argument index, and the length of
 * the bracketed text. */
static bool parse_arg_number(const uint8_t *s, int len, int *index, int *wid) {
    if (len < 3) {
        *index = 0;
        *wid = 1;
        return false;
    }
    for (int i = 1; i < len; i++) {
        if (s[i] == ']') {
            bool ok;
            int newi;
            int width = parse_num(s, 1, i, &ok, &newi);
            if (!ok || newi != i) {
                *index = 0;
                *wid = i + 1;
                return false;
            }
            *index = width - 1;
            *wid = i + 1;
            return true;
        }
    }
    *index = 0;
    *wid = 1;
    return false;
}

/* An explicit argument index at format[*i]: updates arg_num and *i; says
 * whether there was one. */
static bool arg_number(Printer *p, int *arg_num, const uint8_t *format, int end, int *i,
                       int num_args) {
    if (*i >= end || format[*i] != '[') return false;
    p->reordered = true;
    int index, wid;
    bool ok = parse_arg_number(format + *i, end - *i, &index, &wid);
    if (ok && 0 <= index && index < num_args) {
        *arg_num = index;
        *i += wid;
        return true;
    }
    p->good_arg_num = false;
    *i += wid;
    return ok;
}

static void do_printf(Printer *p, GoString fmt, GoSlice args) {
    const uint8_t *format = fmt.ptr;
    const GoEface *a = args.ptr;
    int end = (int)fmt.len;
    int num_args = (int)args.len;
    int arg_num = 0;
    bool after_index = false;    /* the previous item was an index like [3] */
    p->reordered = false;

    for (int i = 0; i < end;) {
        p->good_arg_num = true;
        int lasti = i;
        while (i < end && format[i] != '%') i++;
        if (i > lasti) rt_buf_put(&p->buf, format + lasti, (size_t)(i - lasti));
        if (i >= end) break;
        i++;                     /* skip % */

        clear_flags(p);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = format[i];
            bool is_flag = true;
            switch (c) {
            case '#': p->f.sharp = true; break;
            case '0': p->f.zero = !p->f.minus; break;   /* only pad left with zeros */
            case '+': p->f.plus = true; break;
            case '-':
                p->f.minus = true;
                p->f.zero = false;
                break;
            case ' ': p->f.space = true; break;
            default: is_flag = false;
            }
            if (is_flag) continue;
            /* The common case: a lower-case verb straight after the flags. */
            if ('a' <= c && c <= 'z' && arg_num < num_args) {
                if (c == 'v') {
                    p->f.sharp_v = p->f.sharp;
                    p->f.sharp = false;
                    p->f.plus_v = p->f.plus;
                    p->f.plus = false;
                }
                print_arg(p, &a[arg_num], c);
                arg_num++;
                i++;
                simple_done = true;
            }
            break;
        }
        if (simple_done) continue;

        /* Argument index, then width. */
        after_index = arg_number(p, &arg_num, format, end, &i, num_args);
        if (i < end && format[i] == '*') {
            i++;
            bool ok;
            p->wid = int_from_arg(args, &arg_num, &ok);
            p->f.wid_present = ok;
            if (!ok) rt_buf_puts(&p->buf, "%!(BADWIDTH)");
            /* A negative width means - flag and the absolute value. */
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            bool ok;
            p->wid = parse_num(format, i, end, &ok, &i);
            p->f.wid_present = ok;
            if (after_index && ok) p->good_arg_num = false;   /* "%[3]2d" */
        }

        /* Precision. */
        if (i + 1 < end && format[i] == '.') {
            i++;
            if (after_index) p->good_arg_num = false;         /* "%[3].2d" */
            after_index = arg_number(p, &arg_num, format, end, &i, num_args);
            if (i < end && format[i] == '*') {
                i++;
                bool ok;
                p->prec = int_from_arg(args, &arg_num, &ok);
                p->f.prec_present = ok;
                /* A negative precision means none. */
                if (p->prec < 0) {
                    p->prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present) rt_buf_puts(&p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                bool ok;
                p->prec = parse_num(format, i, end, &ok, &i);
                p->f.prec_present = ok;
                if (!ok) {
                    p->prec = 0;
                    p->f.prec_present = true;
                }
            }
        }

        if (!after_index) after_index = arg_number(p, &arg_num, format, end, &i, num_args);

        if (i >= end) {
            rt_buf_puts(&p->buf, "%!(NOVERB)");
            break;
        }

        int32_t verb = format[i];
        int size = 1;
        if (verb >= RT_RUNE_SELF) verb = rt_utf8_decode(format + i, (size_t)(end - i), &size);
        i += size;

        if (verb == '%') {
            rt_buf_putc(&p->buf, '%');     /* absorbs no operand, ignores width */
        } else if (!p->good_arg_num) {
            rt_buf_puts(&p->buf, "%!");
            put_verb(p, verb);
            rt_buf_puts(&p->buf, "(BADINDEX)");
        } else if (arg_num >= num_args) {
            rt_buf_puts(&p->buf, "%!");
            put_verb(p, verb);
            rt_buf_puts(&p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->f.sharp_v = p->f.sharp;
                p->f.sharp = false;
                p->f.plus_v = p->f.plus;
                p->f.plus = false;
            }
            print_arg(p, &a[arg_num], verb);
            arg_num++;
        }
    }

    /* Arguments left over, unless the format picked them by index. */
    if (!p->reordered && arg_num < num_args) {
        clear_flags(p);
        rt_buf_puts(&p->buf, "%!(EXTRA ");
        for (int k = arg_num; k < num_args; k++) {
            if (k > arg_num) rt_buf_puts(&p->buf, ", ");
            if (!a[k].type) {
                rt_buf_puts(&p->buf, "<nil>");
            } else {
                rt_buf_puts(&p->buf, a[k].type->string);
                rt_buf_putc(&p->buf, '=');
                print_arg(p, &a[k], 'v');
            }
        }
        rt_buf_putc(&p->buf, ')');
    }
}

/* Print: spaces between operands when neither side is a string. */
static void do_print(Printer *p, GoSlice args) {
    const GoEface *a = args.ptr;
    bool prev_string = false;
    for (go_int k = 0; k < args.len; k++) {
        bool is_string = a[k].type && a[k].type->kind == GOKIND_STRING;
        if (k > 0 && !is_string && !prev_string) rt_buf_putc(&p->buf, ' ');
        print_arg(p, &a[k], 'v');
        prev_string = is_string;
    }
}

/* Println: spaces between all operands, and a newline. */
static void do_println(Printer *p, GoSlice args) {
    const GoEface *a = args.ptr;
    for (go_int k = 0; k < args.len; k++) {
        if (k > 0) rt_buf_putc(&p->buf, ' ');
        print_arg(p, &a[k], 'v');
    }
    rt_buf_putc(&p->buf, '\n');
}

/* ---------------------------------------------------------------- package fmt */

enum { STORE = 512 };      /* most output fits on the stack */

static go_int flush_to_stdout(Printer *p) {
    go_int n = (go_int)p->buf.len;
    rt_stdout_write(p->buf.data, p->buf.len);
    rt_buf_free(&p->buf);
    return n;
}

static GoString finish_string(Printer *p) {
    GoString s = rt_buf_to_string(&p->buf);
    rt_buf_free(&p->buf);
    return s;
}

go_int gosub_fmt_Print(GoSlice args) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    do_print(&p, args);
    return flush_to_stdout(&p);
}

go_int gosub_fmt_Println(GoSlice args) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    do_println(&p, args);
    return flush_to_stdout(&p);
}

go_int gosub_fmt_Printf(GoString format, GoSlice args) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    do_printf(&p, format, args);
    return flush_to_stdout(&p);
}

GoString gosub_fmt_Sprint(GoSlice args) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    do_print(&p, args);
    return finish_string(&p);
}

GoString gosub_fmt_Sprintln(GoSlice args) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    do_println(&p, args);
    return finish_string(&p);
}

GoString gosub_fmt_Sprintf(GoString format, GoSlice args) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    do_printf(&p, format, args);
    return finish_string(&p);
}

GoString gosub_fmt_errorf_text(GoString format, GoSlice args, GoEface *wrapped) {
    uint8_t store[STORE];
    Printer p;
    printer_init(&p, store, sizeof store);
    p.wrap_errs = true;
    do_printf(&p, format, args);
    *wrapped = p.wrapped_err;
    return finish_string(&p);
}
