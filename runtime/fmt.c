/*
 * fmt.c — package fmt's formatting engine: Print, Println, Printf and their
 * S forms, producing byte for byte what Go 1.19's fmt produces.
 *
 * An operand is an interface{} (GoEface): a type descriptor (GoType) and
 * the value it describes, so everything fmt needs to know about a value,
 * including its String or Error method, is found by walking descriptors.
 *
 * Three layers, each calling only the one below it:
 *   1. directives: run_format reads a Printf format, one %-directive at a
 *      time, into a Spec (flags, width, precision), picks its operand
 *      (argument indexes, * widths) and writes the error forms Go writes
 *      for a bad directive (%!d(MISSING), %!(EXTRA ...), %!(NOVERB), ...);
 *   2. values: show_operand / show_value print one value of any type under
 *      a verb, recursing into structs, arrays, slices, maps and pointers,
 *      calling Error/String/GoString methods, and writing %!verb(type=value)
 *      when the verb does not fit;
 *   3. fields: put_* write one basic value (an integer in some base, a
 *      float, a piece of text, a rune) under the Spec: sign, base prefix,
 *      leading zeros, padding to the width.
 *
 * Output goes into the Job's RtBuf (on the C stack until it outgrows it)
 * and is handed on in one piece: to the stdout writer for Print*, or copied
 * into a Go string for the S forms.
 *
 * Not supported: the Formatter interface, and recovering from a panicking
 * String method (a nil pointer whose String method is promoted from a value
 * receiver prints <nil>, which is what Go's recovery would print).
 */
#include <stdlib.h>

#include "internal.h"

/* ---------------------------------------------------------------- state */

/* One directive's flags, width and precision. width 0 means none (a width
 * of 0 pads nothing either); prec -1 means none. alt_v and plus_v are # and
 * + under %v, where they ask for Go syntax and field names instead. */
typedef struct Spec {
    int width, prec;
    bool minus, plus, sharp, space, zero;
    bool plus_v, alt_v;
} Spec;

typedef struct Job {
    RtBuf b;
    Spec sp;

    /* The value being printed, for %!verb(type=value); cur_t NULL is a nil
     * interface. cur_ro: reached through an unexported field, so its
     * methods may not be called (Go's reflection would refuse). */
    const GoType *cur_t;
    const void *cur_p;
    bool cur_ro;

    bool in_error;        /* inside %!verb(...): call no methods */
    bool indexed;         /* the format used [n]: leftovers are no error */
    bool index_ok;        /* the current directive's indexes were valid */
    bool may_wrap;        /* Errorf's %w is allowed ... */
    GoEface wrapped;      /* ... and this is what it took */
} Job;

static const char hex_lower[] = "0123456789abcdef";
static const char hex_upper[] = "0123456789ABCDEF";

static void job_start(Job *j, uint8_t *store, size_t size) {
    j->b = (RtBuf){store, 0, size, false};
    j->sp = (Spec){.prec = -1};
    j->cur_t = NULL;
    j->cur_p = NULL;
    j->cur_ro = false;
    j->in_error = false;
    j->indexed = false;
    j->index_ok = true;
    j->may_wrap = false;
    j->wrapped = (GoEface){NULL, NULL};
}

static void show_value(Job *j, const GoType *t, const void *p, int32_t verb, int depth,
                       bool ro);

/* ---------------------------------------------------------------- fields */

static void emit_fill(Job *j, int n, uint8_t c) {
    if (n <= 0) return;
    RtBuf *b = &j->b;
    if (b->cap - b->len < (size_t)n) rt_buf_grow(b, (size_t)n);
    memset(b->data + b->len, c, (size_t)n);
    b->len += (size_t)n;
}

/* Writes s, padded to the width (counted in runes): on the left unless -
 * is set, with zeros where the 0 flag is set and zero_ok allows it. */
static void put_field(Job *j, const uint8_t *s, size_t n, bool zero_ok) {
    const Spec *sp = &j->sp;
    int gap = 0;
    if (sp->width > 0) gap = sp->width - (int)rt_utf8_count(s, n);
    if (gap <= 0) {
        rt_buf_put(&j->b, s, n);
    } else if (sp->minus) {
        rt_buf_put(&j->b, s, n);
        emit_fill(j, gap, ' ');
    } else {
        emit_fill(j, gap, zero_ok && sp->zero ? '0' : ' ');
        rt_buf_put(&j->b, s, n);
    }
}

static void put_cstr(Job *j, const char *s) {
    put_field(j, (const uint8_t *)s, strlen(s), true);
}

/* Digits of u in base 2, 8, 10 or 16, written backwards ending at end;
 * returns where they start. */
static char *digits_of(char *end, uint64_t u, int base, const char *set) {
    char *d = end;
    switch (base) {
    case 10:
        while (u >= 100) {                 /* two digits a division */
            unsigned r = (unsigned)(u % 100);
            u /= 100;
            *--d = (char)('0' + r % 10);
            *--d = (char)('0' + r / 10);
        }
        if (u >= 10) {
            *--d = (char)('0' + u % 10);
            u /= 10;
        }
        *--d = (char)('0' + u);
        break;
    case 16:
        do {
            *--d = set[u & 15];
            u >>= 4;
        } while (u);
        break;
    default: {
        int shift = base == 8 ? 3 : 1;
        uint64_t mask = (uint64_t)base - 1;
        do {
            *--d = (char)('0' + (u & mask));
            u >>= shift;
        } while (u);
    }
    }
    return d;
}

/* An integer of magnitude u: sign, the prefixes # and %O ask for, leading
 * zeros up to the precision (or, with the 0 flag and no precision, up to
 * the width), the digits; then padded with spaces to the width. */
static void put_int(Job *j, uint64_t u, bool neg, int base, bool upper, int32_t verb) {
    const Spec *sp = &j->sp;
    if (base == 10 && !neg && sp->width == 0 && sp->prec < 0 && !sp->plus && !sp->space) {
        char num[24];                      /* the common case: just digits */
        char *end = num + sizeof num;
        char *d = digits_of(end, u, 10, hex_lower);
        rt_buf_put(&j->b, d, (size_t)(end - d));
        return;
    }
    if (sp->prec == 0 && u == 0) {        /* %.0d of 0 is nothing at all */
        emit_fill(j, sp->width, ' ');
        return;
    }
    char num[64];
    char *end = num + sizeof num;
    char *d = digits_of(end, u, base, upper ? hex_upper : hex_lower);
    int ndig = (int)(end - d);

    char head[6];                          /* sign, then base prefixes */
    int nhead = 0;
    if (neg) head[nhead++] = '-';
    else if (sp->plus) head[nhead++] = '+';
    else if (sp->space) head[nhead++] = ' ';

    int least = sp->prec;
    if (least < 0) least = sp->zero && sp->width > 0 ? sp->width - nhead : 0;
    int zeros = least > ndig ? least - ndig : 0;

    if (verb == 'O') {
        head[nhead++] = '0';
        head[nhead++] = 'o';
    }
    if (sp->sharp) {
        if (base == 16) {
            head[nhead++] = '0';
            head[nhead++] = upper ? 'X' : 'x';
        } else if (base == 2) {
            head[nhead++] = '0';
            head[nhead++] = 'b';
        } else if (base == 8 && zeros == 0 && *d != '0') {
            head[nhead++] = '0';           /* octal's 0, unless one is there */
        }
    }

    int total = nhead + zeros + ndig;
    int gap = sp->width - total;
    if (gap > 0 && !sp->minus) emit_fill(j, gap, ' ');
    rt_buf_put(&j->b, head, (size_t)nhead);
    emit_fill(j, zeros, '0');
    rt_buf_put(&j->b, d, (size_t)ndig);
    if (gap > 0 && sp->minus) emit_fill(j, gap, ' ');
}

/* Hex with a 0x prefix (with_0x) or without, whatever # says. */
static void put_hex(Job *j, uint64_t u, bool with_0x) {
    bool keep = j->sp.sharp;
    j->sp.sharp = with_0x;
    put_int(j, u, false, 16, false, 'v');
    j->sp.sharp = keep;
}

/* %U: U+ and at least four (or the precision's) upper-case hex digits;
 * with # also the character itself in quotes, when it is printable. */
static void put_codepoint(Job *j, uint64_t u) {
    uint8_t store[48];
    RtBuf t = RT_BUF_INIT(store);
    rt_buf_puts(&t, "U+");
    char num[24];
    char *end = num + sizeof num;
    char *d = digits_of(end, u, 16, hex_upper);
    int least = j->sp.prec > 4 ? j->sp.prec : 4;
    for (int k = (int)(end - d); k < least; k++) rt_buf_putc(&t, '0');
    rt_buf_put(&t, d, (size_t)(end - d));
    if (j->sp.sharp && u <= RT_MAX_RUNE && rt_strconv_is_print((int32_t)u)) {
        rt_buf_puts(&t, " '");
        rt_buf_put_rune(&t, (int32_t)u);
        rt_buf_putc(&t, '\'');
    }
    put_field(j, t.data, t.len, false);
    rt_buf_free(&t);
}

static int32_t as_rune(uint64_t c) {
    return c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
}

/* %c */
static void put_char(Job *j, uint64_t c) {
    uint8_t enc[RT_UTF_MAX];
    put_field(j, enc, (size_t)rt_utf8_encode(enc, as_rune(c)), true);
}

/* %q of an integer: a quoted character literal, ASCII only under +. */
static void put_quoted_char(Job *j, uint64_t c) {
    uint8_t store[32];
    RtBuf t = RT_BUF_INIT(store);
    rt_strconv_append_quote_rune(&t, as_rune(c), j->sp.plus);
    put_field(j, t.data, t.len, true);
    rt_buf_free(&t);
}

/* How many bytes of s its first prec runes take (all of s without one). */
static size_t clip(const Spec *sp, const uint8_t *s, size_t n) {
    if (sp->prec < 0) return n;
    size_t at = 0;
    for (int left = sp->prec; left > 0 && at < n; left--) {
        int w = 1;
        if (s[at] >= RT_RUNE_SELF) rt_utf8_decode(s + at, n - at, &w);
        at += (size_t)w;
    }
    return at;
}

/* %s */
static void put_text(Job *j, const uint8_t *s, size_t n) {
    put_field(j, s, clip(&j->sp, s, n), true);
}

/* %q of text: "quoted", `raw` under # when it can be, ASCII only under +. */
static void put_quoted(Job *j, const uint8_t *s, size_t n) {
    n = clip(&j->sp, s, n);
    uint8_t store[128];
    RtBuf t = RT_BUF_INIT(store);
    if (j->sp.sharp && rt_strconv_can_backquote(s, n)) {
        rt_buf_putc(&t, '`');
        rt_buf_put(&t, s, n);
        rt_buf_putc(&t, '`');
    } else {
        rt_strconv_append_quote(&t, s, n, j->sp.plus);
    }
    put_field(j, t.data, t.len, true);
    rt_buf_free(&t);
}

/* %x / %X of text: two digits a byte (the precision counts bytes). # puts
 * 0x in front; space separates the bytes, and with # each gets its 0x. */
static void put_hex_text(Job *j, const uint8_t *s, size_t n, bool upper) {
    const Spec *sp = &j->sp;
    if (sp->prec >= 0 && (size_t)sp->prec < n) n = (size_t)sp->prec;
    if (n == 0) {                          /* padding only, 0 flag and all */
        emit_fill(j, sp->width, sp->zero ? '0' : ' ');
        return;
    }
    const char *set = upper ? hex_upper : hex_lower;
    char x = upper ? 'X' : 'x';
    size_t per = 2 + (sp->space ? 1 : 0) + (sp->space && sp->sharp ? 2 : 0);
    size_t len = per * n - (sp->space ? 1 : 0) + (!sp->space && sp->sharp ? 2 : 0);
    int gap = sp->width > 0 && (size_t)sp->width > len ? sp->width - (int)len : 0;
    if (gap && !sp->minus) emit_fill(j, gap, sp->zero ? '0' : ' ');
    RtBuf *b = &j->b;
    if (b->cap - b->len < len) rt_buf_grow(b, len);
    uint8_t *o = b->data + b->len;
    for (size_t k = 0; k < n; k++) {
        if (k > 0 && sp->space) *o++ = ' ';
        if (sp->sharp && (k == 0 || sp->space)) {
            *o++ = '0';
            *o++ = (uint8_t)x;
        }
        *o++ = (uint8_t)set[s[k] >> 4];
        *o++ = (uint8_t)set[s[k] & 15];
    }
    b->len += len;
    if (gap && sp->minus) emit_fill(j, gap, ' ');
}

/* Under #: the mantissa of a formatted float with its decimal point always
 * there and, for %g-like conversions, its trailing zeros kept (the digits
 * counted as Go counts them). num[0] is the sign. Returns into out. */
static void keep_point(RtBuf *out, const uint8_t *num, size_t n, char conv, int prec) {
    bool hex = conv == 'x' || conv == 'X';
    size_t stop = n;                       /* where the exponent starts */
    bool point = false;
    int sig = 0;
    for (size_t k = 1; k < n; k++) {
        uint8_t c = num[k];
        if (c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E'))) {
            stop = k;
            break;
        }
        if (c == '.') point = true;
        else if (sig > 0 || c != '0') sig++;
    }
    int want = 0;
    if (conv == 'g' || conv == 'G' || conv == 'x') want = (prec < 0 ? 6 : prec) - sig;
    rt_buf_put(out, num, stop);
    if (!point) {
        if (stop == 2 && num[1] == '0') want--;   /* a lone 0 is a digit */
        rt_buf_putc(out, '.');
    }
    for (; want > 0; want--) rt_buf_putc(out, '0');
    rt_buf_put(out, num + stop, n - stop);
}

/* A float under conversion conv with precision prec (-1: shortest), unless
 * the Spec has one. strconv makes the digits; this adds what the flags ask. */
static void put_float(Job *j, double v, int bits, char conv, int prec) {
    const Spec *sp = &j->sp;
    if (sp->prec >= 0) prec = sp->prec;
    uint8_t store[64];
    RtBuf t = RT_BUF_INIT(store);
    rt_buf_putc(&t, '+');                  /* room for a sign of our own */
    rt_strconv_append_float(&t, v, conv, prec, bits);
    uint8_t *s = t.data;
    size_t n = t.len;
    if (s[1] == '-' || s[1] == '+') {      /* strconv gave one: use it */
        s++;
        n--;
    }
    if (s[0] == '+' && sp->space && !sp->plus) s[0] = ' ';

    if (s[1] == 'I' || s[1] == 'N') {      /* Inf, NaN: no zero padding */
        if (s[1] == 'N' && !sp->space && !sp->plus) {
            s++;
            n--;
        }
        put_field(j, s, n, false);
        rt_buf_free(&t);
        return;
    }

    uint8_t store2[64];
    RtBuf alt = RT_BUF_INIT(store2);
    if (sp->sharp && conv != 'b') {
        keep_point(&alt, s, n, conv, prec);
        s = alt.data;
        n = alt.len;
    }

    if (s[0] == '+' && !sp->plus) {
        put_field(j, s + 1, n - 1, true);
    } else if (sp->zero && sp->width > (int)n) {
        rt_buf_putc(&j->b, s[0]);          /* the sign goes before the zeros */
        emit_fill(j, sp->width - (int)n, '0');
        rt_buf_put(&j->b, s + 1, n - 1);
    } else {
        put_field(j, s, n, true);
    }
    rt_buf_free(&alt);
    rt_buf_free(&t);
}

/* ---------------------------------------------------------------- values */

static void put_verb(Job *j, int32_t verb) {
    rt_buf_put_rune(&j->b, verb);
}

/* %!verb(type=value): the verb does not suit the value being printed. The
 * value is shown under %v with the flags as they are, calling no methods. */
static void complain(Job *j, int32_t verb) {
    j->in_error = true;
    rt_buf_puts(&j->b, "%!");
    put_verb(j, verb);
    rt_buf_putc(&j->b, '(');
    if (j->cur_t) {
        rt_buf_puts(&j->b, j->cur_t->string);
        rt_buf_putc(&j->b, '=');
        show_value(j, j->cur_t, j->cur_p, 'v', 0, j->cur_ro);
    } else {
        rt_buf_puts(&j->b, "<nil>");
    }
    rt_buf_putc(&j->b, ')');
    j->in_error = false;
}

static void show_int(Job *j, uint64_t v, bool is_signed, int32_t verb) {
    bool neg = is_signed && (int64_t)v < 0;
    uint64_t mag = neg ? -v : v;
    switch (verb) {
    case 'v':
        if (j->sp.alt_v && !is_signed) put_hex(j, v, true);
        else put_int(j, mag, neg, 10, false, verb);
        return;
    case 'd': put_int(j, mag, neg, 10, false, verb); return;
    case 'b': put_int(j, mag, neg, 2, false, verb); return;
    case 'o':
    case 'O': put_int(j, mag, neg, 8, false, verb); return;
    case 'x': put_int(j, mag, neg, 16, false, verb); return;
    case 'X': put_int(j, mag, neg, 16, true, verb); return;
    case 'c': put_char(j, v); return;
    case 'q': put_quoted_char(j, v); return;
    case 'U': put_codepoint(j, v); return;
    }
    complain(j, verb);
}

static void show_float(Job *j, double v, int bits, int32_t verb) {
    switch (verb) {
    case 'v': put_float(j, v, bits, 'g', -1); return;
    case 'b': case 'g': case 'G': case 'x': case 'X':
        put_float(j, v, bits, (char)verb, -1);
        return;
    case 'e': case 'E': case 'f':
        put_float(j, v, bits, (char)verb, 6);
        return;
    case 'F': put_float(j, v, bits, 'f', 6); return;
    }
    complain(j, verb);
}

/* (re+imi): each part under the Spec, the imaginary one always signed. */
static void show_complex(Job *j, double re, double im, int bits, int32_t verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X':
    case 'f': case 'F': case 'e': case 'E':
        break;
    default:
        complain(j, verb);
        return;
    }
    bool plus = j->sp.plus;
    rt_buf_putc(&j->b, '(');
    show_float(j, re, bits / 2, verb);
    j->sp.plus = true;
    show_float(j, im, bits / 2, verb);
    rt_buf_puts(&j->b, "i)");
    j->sp.plus = plus;
}

/* Text under a string verb; false if the verb is not one. */
static bool show_text(Job *j, const uint8_t *s, size_t n, int32_t verb) {
    switch (verb) {
    case 's': put_text(j, s, n); return true;
    case 'q': put_quoted(j, s, n); return true;
    case 'x': put_hex_text(j, s, n, false); return true;
    case 'X': put_hex_text(j, s, n, true); return true;
    }
    return false;
}

static void show_string(Job *j, GoString s, int32_t verb) {
    const uint8_t *p = s.ptr;
    size_t n = (size_t)s.len;
    if (verb == 'v') {
        if (j->sp.alt_v) put_quoted(j, p, n);
        else put_text(j, p, n);
    } else if (!show_text(j, p, n, verb)) {
        complain(j, verb);
    }
}

/* The address a pointer-shaped value (chan, func, map, pointer, slice,
 * unsafe.Pointer) holds, under %p, %v or an integer verb. */
static void show_address(Job *j, const GoType *t, const void *p, int32_t verb) {
    uintptr_t u;
    switch (t->kind) {
    case GOKIND_SLICE:
        u = (uintptr_t)((const GoSlice *)p)->ptr;
        break;
    case GOKIND_CHAN: case GOKIND_FUNC: case GOKIND_MAP:
    case GOKIND_POINTER: case GOKIND_UNSAFE_POINTER:
        u = (uintptr_t)*(void *const *)p;
        break;
    default:
        complain(j, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (j->sp.alt_v) {                 /* (*T)(0xc000...) or (*T)(nil) */
            rt_buf_putc(&j->b, '(');
            rt_buf_puts(&j->b, t->string);
            rt_buf_puts(&j->b, ")(");
            if (u) put_hex(j, u, true);
            else rt_buf_puts(&j->b, "nil");
            rt_buf_putc(&j->b, ')');
        } else if (!u) {
            put_cstr(j, "<nil>");
        } else {
            put_hex(j, u, true);
        }
        return;
    case 'p':
        put_hex(j, u, !j->sp.sharp);
        return;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        show_int(j, u, false, verb);
        return;
    }
    complain(j, verb);
}

const GoMethod *rt_find_method(const GoType *t, const char *name, const char *sig) {
    for (go_int k = 0; k < t->nmethods; k++) {
        const GoMethod *m = &t->methods[k];
        if (strcmp(m->name, name) != 0) continue;
        if (!m->ifn) return NULL;
        if (sig && m->type && strcmp(m->type->string, sig) != 0) return NULL;
        return m;
    }
    return NULL;
}

/* Prints the value through the method fmt would call for this verb
 * (GoString under %#v; Error, else String, under %v %s %q %x %X), or says
 * there is none. */
static bool try_methods(Job *j, const GoType *t, const void *p, int32_t verb) {
    if (j->in_error) return false;
    if (verb == 'w') {                     /* Errorf's one error operand */
        const GoMethod *e = rt_find_method(t, "Error", "func() string");
        if (!e || !j->may_wrap || j->wrapped.type) {
            j->may_wrap = false;
            j->wrapped = (GoEface){NULL, NULL};
            complain(j, verb);
            return true;
        }
        j->wrapped = (GoEface){t, gosub_iface_word(t, p)};
        verb = 'v';
    }
    const GoMethod *m = NULL;
    if (j->sp.alt_v) {
        m = rt_find_method(t, "GoString", "func() string");
    } else if (verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
        m = rt_find_method(t, "Error", "func() string");
        if (!m) m = rt_find_method(t, "String", "func() string");
    }
    if (!m) return false;

    /* A value method through a nil pointer can only panic, and Go's fmt
     * prints <nil> when it recovers; skip straight to that. */
    if (t->kind == GOKIND_POINTER && !*(void *const *)p && (m->flags & GOMETHOD_VALUE_RECEIVER)) {
        rt_buf_puts(&j->b, "<nil>");
        return true;
    }
    GoString (*call)(void *) = (GoString(*)(void *))m->ifn;
    GoString s = call(gosub_iface_word(t, p));
    if (j->sp.alt_v) put_text(j, s.ptr, (size_t)s.len);
    else show_string(j, s, verb);
    return true;
}

/* The dynamic type of the interface of type t stored at p (NULL when nil),
 * and through *val where its value is. */
static const GoType *unbox(const GoType *t, const void *p, const void **val) {
    const GoType *dyn;
    void *const *word;
    if (t->nmethods == 0) {
        const GoEface *e = p;
        dyn = e->type;
        word = &e->data;
    } else {
        const GoIface *i = p;
        dyn = i->itab ? i->itab->type : NULL;
        word = &i->data;
    }
    *val = dyn ? gosub_iface_value(dyn, word) : NULL;
    return dyn;
}

static int64_t get_signed(const GoType *t, const void *p) {
    switch (t->kind) {
    case GOKIND_INT8: return *(const int8_t *)p;
    case GOKIND_INT16: return *(const int16_t *)p;
    case GOKIND_INT32: return *(const int32_t *)p;
    }
    return *(const int64_t *)p;
}

static uint64_t get_unsigned(const GoType *t, const void *p) {
    switch (t->kind) {
    case GOKIND_UINT8: return *(const uint8_t *)p;
    case GOKIND_UINT16: return *(const uint16_t *)p;
    case GOKIND_UINT32: return *(const uint32_t *)p;
    }
    return *(const uint64_t *)p;
}

/* Between the parts of a composite value: ", " in Go syntax, else ' '. */
static void separate(Job *j) {
    if (j->sp.alt_v) rt_buf_put(&j->b, ", ", 2);
    else rt_buf_putc(&j->b, ' ');
}

/* Arrays and slices: [a b c], or T{a, b, c} in Go syntax. Elements of
 * kind uint8 are text under %s %q %x %X. */
static void show_sequence(Job *j, const GoType *t, const void *p, int32_t verb, int depth,
                          bool ro) {
    const uint8_t *base;
    go_int n;
    bool nil = false;
    if (t->kind == GOKIND_ARRAY) {
        base = p;
        n = t->len;
    } else {
        const GoSlice *s = p;
        base = s->ptr;
        n = s->len;
        nil = !s->ptr;
    }
    const GoType *et = t->elem;
    if (et->kind == GOKIND_UINT8 && verb != 'v' && show_text(j, base, (size_t)n, verb)) return;
    if (j->sp.alt_v) {
        /* An unnamed []byte operand is spelt so, not []uint8. */
        if (depth == 0 && t->kind == GOKIND_SLICE && !(t->flags & GOTYPE_NAMED) &&
            et == &gosub_type_uint8)
            rt_buf_puts(&j->b, "[]byte");
        else
            rt_buf_puts(&j->b, t->string);
        if (nil && t->kind == GOKIND_SLICE) {
            rt_buf_puts(&j->b, "(nil)");
            return;
        }
        rt_buf_putc(&j->b, '{');
    } else {
        rt_buf_putc(&j->b, '[');
    }
    for (go_int k = 0; k < n; k++) {
        if (k) separate(j);
        show_value(j, et, base + (size_t)k * et->size, verb, depth + 1, ro);
    }
    rt_buf_putc(&j->b, j->sp.alt_v ? '}' : ']');
}

/* {a b}, {A:a B:b} under %+v, T{A:a, B:b} under %#v. */
static void show_struct(Job *j, const GoType *t, const void *p, int32_t verb, int depth,
                        bool ro) {
    if (j->sp.alt_v) rt_buf_puts(&j->b, t->string);
    rt_buf_putc(&j->b, '{');
    bool named = j->sp.plus_v || j->sp.alt_v;
    for (go_int k = 0; k < t->nfields; k++) {
        const GoField *f = &t->fields[k];
        if (k) separate(j);
        if (named && f->name && f->name[0]) {
            rt_buf_puts(&j->b, f->name);
            rt_buf_putc(&j->b, ':');
        }
        show_value(j, f->type, (const uint8_t *)p + f->offset, verb, depth + 1,
                   ro || !f->exported);
    }
    rt_buf_putc(&j->b, '}');
}

/* map[k:v k:v] or T{k:v, k:v}, keys in Go's sorted order (map.c sorts). */
static void show_map(Job *j, const GoType *t, const void *p, int32_t verb, int depth, bool ro) {
    GoMap *m = *(GoMap *const *)p;
    if (j->sp.alt_v) {
        rt_buf_puts(&j->b, t->string);
        if (!m) {
            rt_buf_puts(&j->b, "(nil)");
            return;
        }
        rt_buf_putc(&j->b, '{');
    } else {
        rt_buf_puts(&j->b, "map[");
    }
    void **keys, **vals;
    go_int n = gosub_map_sorted_entries(t, m, &keys, &vals);
    for (go_int k = 0; k < n; k++) {
        if (k) separate(j);
        show_value(j, t->key, keys[k], verb, depth + 1, ro);
        rt_buf_putc(&j->b, ':');
        show_value(j, t->elem, vals[k], verb, depth + 1, ro);
    }
    rt_buf_putc(&j->b, j->sp.alt_v ? '}' : ']');
}

/* A value of type t at p. depth 0 is an operand itself (whose methods the
 * caller has tried); deeper values are parts of one, tried here. */
static void show_value(Job *j, const GoType *t, const void *p, int32_t verb, int depth,
                       bool ro) {
    if (t && t->kind == GOKIND_INTERFACE) {
        const void *inner;
        const GoType *dyn = unbox(t, p, &inner);
        if (!dyn) {                        /* whatever the verb */
            if (j->sp.alt_v) {
                rt_buf_puts(&j->b, t->string);
                rt_buf_puts(&j->b, "(nil)");
            } else {
                rt_buf_puts(&j->b, "<nil>");
            }
            return;
        }
        t = dyn;
        p = inner;
        depth++;
    }
    j->cur_t = t;
    j->cur_p = p;
    j->cur_ro = ro;
    if (depth > 0 && t && !ro && (t->nmethods > 0 || verb == 'w') && try_methods(j, t, p, verb))
        return;
    if (!t) {
        if (depth == 0) rt_buf_puts(&j->b, "<invalid reflect.Value>");
        else if (verb == 'v') rt_buf_puts(&j->b, "<nil>");
        else complain(j, verb);
        return;
    }

    switch (t->kind) {
    case GOKIND_BOOL:
        if (verb == 't' || verb == 'v') put_cstr(j, *(const go_bool *)p ? "true" : "false");
        else complain(j, verb);
        return;
    case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16:
    case GOKIND_INT32: case GOKIND_INT64:
        show_int(j, (uint64_t)get_signed(t, p), true, verb);
        return;
    case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16:
    case GOKIND_UINT32: case GOKIND_UINT64: case GOKIND_UINTPTR:
        show_int(j, get_unsigned(t, p), false, verb);
        return;
    case GOKIND_FLOAT32:
        show_float(j, *(const float *)p, 32, verb);
        return;
    case GOKIND_FLOAT64:
        show_float(j, *(const double *)p, 64, verb);
        return;
    case GOKIND_COMPLEX64: {
        const float *c = p;
        show_complex(j, c[0], c[1], 64, verb);
        return;
    }
    case GOKIND_COMPLEX128: {
        const double *c = p;
        show_complex(j, c[0], c[1], 128, verb);
        return;
    }
    case GOKIND_STRING:
        show_string(j, *(const GoString *)p, verb);
        return;
    case GOKIND_STRUCT:
        show_struct(j, t, p, verb, depth, ro);
        return;
    case GOKIND_ARRAY:
    case GOKIND_SLICE:
        show_sequence(j, t, p, verb, depth, ro);
        return;
    case GOKIND_MAP:
        show_map(j, t, p, verb, depth, ro);
        return;
    case GOKIND_POINTER: {
        /* An operand pointing at a composite value prints as &value. */
        const void *to = *(void *const *)p;
        uint32_t k = depth == 0 && to ? t->elem->kind : GOKIND_INVALID;
        if (k == GOKIND_ARRAY || k == GOKIND_SLICE || k == GOKIND_STRUCT || k == GOKIND_MAP) {
            rt_buf_putc(&j->b, '&');
            show_value(j, t->elem, to, verb, depth + 1, ro);
            return;
        }
        show_address(j, t, p, verb);
        return;
    }
    case GOKIND_CHAN:
    case GOKIND_FUNC:
    case GOKIND_UNSAFE_POINTER:
        show_address(j, t, p, verb);
        return;
    }
    rt_buf_putc(&j->b, '?');
    rt_buf_puts(&j->b, t->string);
    rt_buf_putc(&j->b, '?');
}

/* The types Go's fmt prints without looking for methods: the predeclared
 * bool, numbers and string, and []byte. For any other operand it looks,
 * which matters for %w: an operand that is no error is refused whole. */
static bool plain_type(const GoType *t) {
    static const GoType *const predeclared[] = {
        [GOKIND_BOOL] = &gosub_type_bool,
        [GOKIND_INT] = &gosub_type_int, [GOKIND_INT8] = &gosub_type_int8,
        [GOKIND_INT16] = &gosub_type_int16, [GOKIND_INT32] = &gosub_type_int32,
        [GOKIND_INT64] = &gosub_type_int64,
        [GOKIND_UINT] = &gosub_type_uint, [GOKIND_UINT8] = &gosub_type_uint8,
        [GOKIND_UINT16] = &gosub_type_uint16, [GOKIND_UINT32] = &gosub_type_uint32,
        [GOKIND_UINT64] = &gosub_type_uint64, [GOKIND_UINTPTR] = &gosub_type_uintptr,
        [GOKIND_FLOAT32] = &gosub_type_float32, [GOKIND_FLOAT64] = &gosub_type_float64,
        [GOKIND_COMPLEX64] = &gosub_type_complex64, [GOKIND_COMPLEX128] = &gosub_type_complex128,
        [GOKIND_STRING] = &gosub_type_string,
    };
    if (t->kind == GOKIND_SLICE)
        return !(t->flags & GOTYPE_NAMED) && t->elem == &gosub_type_uint8;
    return t->kind < sizeof predeclared / sizeof predeclared[0] && predeclared[t->kind] == t;
}

/* One operand under a verb: %T and %p first, then the value's methods,
 * then the value itself. */
static void show_operand(Job *j, const GoEface *a, int32_t verb) {
    const GoType *t = a->type;
    const void *p = t ? gosub_iface_value(t, &a->data) : NULL;
    j->cur_t = t;
    j->cur_p = p;
    j->cur_ro = false;
    if (!t) {
        if (verb == 'v' || verb == 'T') put_cstr(j, "<nil>");
        else complain(j, verb);
        return;
    }
    if (verb == 'T') {
        put_text(j, (const uint8_t *)t->string, strlen(t->string));
        return;
    }
    if (verb == 'p') {
        show_address(j, t, p, 'p');
        return;
    }
    if ((t->nmethods > 0 || (verb == 'w' && !plain_type(t))) && try_methods(j, t, p, verb))
        return;
    show_value(j, t, p, verb, 0, false);
}

/* ---------------------------------------------------------------- directives */

/* # and + mean other things under %v. */
static void show_directive(Job *j, const GoEface *a, int32_t verb) {
    if (verb == 'v') {
        j->sp.alt_v = j->sp.sharp;
        j->sp.plus_v = j->sp.plus;
        j->sp.sharp = j->sp.plus = false;
    }
    show_operand(j, a, verb);
}

static bool beyond_limit(int n) {
    return n > 1000000 || n < -1000000;
}

/* Digits at s[*at, end): their value in *out; false if there are none.
 * A number past a million is refused, and the whole rest is skipped. */
static bool scan_number(const uint8_t *s, int *at, int end, int *out) {
    int v = 0, k = *at;
    bool any = false;
    for (; k < end && s[k] >= '0' && s[k] <= '9'; k++) {
        if (beyond_limit(v)) {
            *at = end;
            *out = 0;
            return false;
        }
        v = v * 10 + (s[k] - '0');
        any = true;
    }
    *at = k;
    *out = v;
    return any;
}

/* An argument index "[n]" at f[*at]: moves *at past it and *next to
 * operand n-1 when that exists; a bad one spoils the directive. Says
 * whether a well-formed index was there. */
static bool scan_index(Job *j, const uint8_t *f, int *at, int end, int nargs, int *next) {
    if (*at >= end || f[*at] != '[') return false;
    j->indexed = true;
    const uint8_t *s = f + *at;
    int len = end - *at, used = 1, n = 0;
    bool ok = false;
    for (int k = 1; len >= 3 && k < len; k++) {
        if (s[k] != ']') continue;
        int pos = 1;
        ok = scan_number(s, &pos, k, &n) && pos == k;
        used = k + 1;
        break;
    }
    *at += used;
    if (ok && n >= 1 && n <= nargs) {
        *next = n - 1;
        return true;
    }
    j->index_ok = false;
    return ok;
}

/* A * width or precision: the next operand, if it is an integer of any
 * kind within a million either way. */
static bool star_operand(GoSlice args, int *next, int *out) {
    *out = 0;
    if (*next >= (int)args.len) return false;
    const GoEface *a = (const GoEface *)args.ptr + (*next)++;
    const GoType *t = a->type;
    int64_t v = 0;
    bool ok = false;
    switch (t ? t->kind : GOKIND_INVALID) {
    case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16:
    case GOKIND_INT32: case GOKIND_INT64:
        v = get_signed(t, gosub_iface_value(t, &a->data));
        ok = true;
        break;
    case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16:
    case GOKIND_UINT32: case GOKIND_UINT64: case GOKIND_UINTPTR: {
        uint64_t u = get_unsigned(t, gosub_iface_value(t, &a->data));
        ok = (int64_t)u >= 0;
        if (ok) v = (int64_t)u;
        break;
    }
    }
    if (!ok || v > 1000000 || v < -1000000) return false;
    *out = (int)v;
    return true;
}

static bool set_flag(Spec *sp, uint8_t c) {
    switch (c) {
    case '#': sp->sharp = true; return true;
    case '+': sp->plus = true; return true;
    case ' ': sp->space = true; return true;
    case '0': sp->zero = !sp->minus; return true;   /* zeros pad on the left only */
    case '-':
        sp->minus = true;
        sp->zero = false;
        return true;
    }
    return false;
}

static void bad_directive(Job *j, int32_t verb, const char *why) {
    rt_buf_puts(&j->b, "%!");
    put_verb(j, verb);
    rt_buf_puts(&j->b, why);
}

static void run_format(Job *j, GoString format, GoSlice args) {
    const uint8_t *f = format.ptr;
    const GoEface *a = args.ptr;
    int end = (int)format.len, nargs = (int)args.len;
    int next = 0;                          /* the operand the next verb takes */
    int i = 0;
    while (i < end) {
        int stop = i;                      /* literal text: mostly short */
        while (stop < end && f[stop] != '%') stop++;
        if (stop > i) rt_buf_put(&j->b, f + i, (size_t)(stop - i));
        if (stop == end) break;
        i = stop + 1;

        Spec *sp = &j->sp;
        *sp = (Spec){.prec = -1};
        j->index_ok = true;
        while (i < end && set_flag(sp, f[i])) i++;

        /* Most directives are flags and a lower-case verb. */
        if (i < end && f[i] >= 'a' && f[i] <= 'z' && next < nargs) {
            show_directive(j, &a[next++], f[i++]);
            continue;
        }

        bool after_index = scan_index(j, f, &i, end, nargs, &next);
        if (i < end && f[i] == '*') {
            i++;
            int w;
            if (!star_operand(args, &next, &w)) rt_buf_puts(&j->b, "%!(BADWIDTH)");
            if (w < 0) {                   /* a negative width pads on the right */
                w = -w;
                sp->minus = true;
                sp->zero = false;
            }
            sp->width = w;
            after_index = false;
        } else {
            int w;
            bool got = scan_number(f, &i, end, &w);
            sp->width = w;
            if (got && after_index) j->index_ok = false;   /* %[2]5d */
        }

        if (i + 1 < end && f[i] == '.') {
            i++;
            if (after_index) j->index_ok = false;          /* %[2].5d */
            after_index = scan_index(j, f, &i, end, nargs, &next);
            if (i < end && f[i] == '*') {
                i++;
                int pr;
                if (!star_operand(args, &next, &pr) || pr < 0) {
                    pr = -1;
                    rt_buf_puts(&j->b, "%!(BADPREC)");
                }
                sp->prec = pr;
                after_index = false;
            } else {
                int pr;
                scan_number(f, &i, end, &pr);   /* a bare . is precision 0 */
                sp->prec = pr;
            }
        }
        if (!after_index) scan_index(j, f, &i, end, nargs, &next);

        if (i >= end) {
            rt_buf_puts(&j->b, "%!(NOVERB)");
            break;
        }
        int32_t verb = f[i];
        int size = 1;
        if (verb >= RT_RUNE_SELF) verb = rt_utf8_decode(f + i, (size_t)(end - i), &size);
        i += size;

        if (verb == '%') rt_buf_putc(&j->b, '%');     /* takes no operand */
        else if (!j->index_ok) bad_directive(j, verb, "(BADINDEX)");
        else if (next >= nargs) bad_directive(j, verb, "(MISSING)");
        else show_directive(j, &a[next++], verb);
    }

    /* Operands no directive took, unless indexes chose which to take. */
    if (!j->indexed && next < nargs) {
        j->sp = (Spec){.prec = -1};
        rt_buf_puts(&j->b, "%!(EXTRA ");
        for (int k = next; k < nargs; k++) {
            if (k > next) rt_buf_put(&j->b, ", ", 2);
            if (!a[k].type) {
                rt_buf_puts(&j->b, "<nil>");
                continue;
            }
            rt_buf_puts(&j->b, a[k].type->string);
            rt_buf_putc(&j->b, '=');
            show_operand(j, &a[k], 'v');
        }
        rt_buf_putc(&j->b, ')');
    }
}

/* Print puts a space between two operands when neither is a string;
 * Println between all of them, and a newline at the end. */
static void run_print(Job *j, GoSlice args, bool line) {
    const GoEface *a = args.ptr;
    bool last_string = false;
    for (go_int k = 0; k < args.len; k++) {
        bool is_string = a[k].type && a[k].type->kind == GOKIND_STRING;
        if (k > 0 && (line || (!is_string && !last_string))) rt_buf_putc(&j->b, ' ');
        show_operand(j, &a[k], 'v');
        last_string = is_string;
    }
    if (line) rt_buf_putc(&j->b, '\n');
}

/* ---------------------------------------------------------------- package fmt */

enum { STACK_OUT = 512 };                  /* most results fit on the stack */

static go_int to_stdout(Job *j) {
    go_int n = (go_int)j->b.len;
    rt_stdout_write(j->b.data, j->b.len);
    rt_buf_free(&j->b);
    return n;
}

static GoString to_string(Job *j) {
    GoString s = rt_buf_to_string(&j->b);
    rt_buf_free(&j->b);
    return s;
}

go_int gosub_fmt_Print(GoSlice args) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    run_print(&j, args, false);
    return to_stdout(&j);
}

go_int gosub_fmt_Println(GoSlice args) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    run_print(&j, args, true);
    return to_stdout(&j);
}

go_int gosub_fmt_Printf(GoString format, GoSlice args) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    run_format(&j, format, args);
    return to_stdout(&j);
}

GoString gosub_fmt_Sprint(GoSlice args) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    run_print(&j, args, false);
    return to_string(&j);
}

GoString gosub_fmt_Sprintln(GoSlice args) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    run_print(&j, args, true);
    return to_string(&j);
}

GoString gosub_fmt_Sprintf(GoString format, GoSlice args) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    run_format(&j, format, args);
    return to_string(&j);
}

/* Sprintf for Errorf: also allows one %w, whose error operand comes back
 * in *wrapped (nil type if there was none). */
GoString gosub_fmt_errorf_text(GoString format, GoSlice args, GoEface *wrapped) {
    uint8_t store[STACK_OUT];
    Job j;
    job_start(&j, store, sizeof store);
    j.may_wrap = true;
    run_format(&j, format, args);
    *wrapped = j.wrapped;
    return to_string(&j);
}
