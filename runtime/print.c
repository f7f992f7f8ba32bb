/*
 * print.c — stderr, and the print/println builtins, as Go's runtime prints.
 *
 * Everything the runtime says on its own behalf (panics, fatal errors, the
 * builtins) goes to stderr unbuffered, each piece as it is produced, the way
 * Go's gwrite does; stdout is flushed first so that the order in which the two
 * streams reach a shared pipe is the order Go would produce.
 *
 * The number formats are the runtime's, not fmt's: floats always in
 * +d.dddddde+ddd form with seven digits, pointers in hex.
 */
#include <complex.h>
#include <errno.h>
#include <math.h>
#include <unistd.h>

#include "internal.h"

void rt_stderr_write(const void *p, size_t n) {
    rt_stdout_flush();
    const uint8_t *q = p;
    while (n > 0) {
        ssize_t w = write(2, q, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        q += w;
        n -= (size_t)w;
    }
}

void rt_stderr_puts(const char *s) {
    rt_stderr_write(s, strlen(s));
}

void gosub_print_string(GoString s) {
    rt_stderr_write(s.ptr, (size_t)s.len);
}

void gosub_print_sp(void) {
    rt_stderr_write(" ", 1);
}

void gosub_print_nl(void) {
    rt_stderr_write("\n", 1);
}

void gosub_print_bool(go_bool v) {
    rt_stderr_puts(v ? "true" : "false");
}

void gosub_print_uint(go_uint64 v) {
    char buf[20];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    rt_stderr_write(buf + i, sizeof buf - (size_t)i);
}

void gosub_print_int(go_int64 v) {
    if (v < 0) {
        rt_stderr_write("-", 1);
        gosub_print_uint(-(go_uint64)v);
        return;
    }
    gosub_print_uint((go_uint64)v);
}

void rt_print_hex_to(RtBuf *b, uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    char buf[18];
    int i = sizeof buf;
    do {
        buf[--i] = digits[v % 16];
        v /= 16;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    rt_buf_put(b, buf + i, sizeof buf - (size_t)i);
}

void gosub_print_hex(go_uint64 v) {
    uint8_t store[24];
    RtBuf b = RT_BUF_INIT(store);
    rt_print_hex_to(&b, v);
    rt_stderr_write(b.data, b.len);
}

void gosub_print_pointer(const void *p) {
    gosub_print_hex((uintptr_t)p);
}

/* The builtins' float format, [+-]d.dddddde[+-]ddd. The digits are not
 * correctly rounded: Go's runtime scales the value into [1, 10) one factor
 * of ten at a time, adds half a unit of the seventh digit and peels digits
 * off, each step rounding in binary, and the last digit shows it. The same
 * steps in the same order give the same digits. */
void gosub_print_float(go_float64 v) {
    if (v != v) {
        rt_stderr_puts("NaN");
        return;
    }
    if (v != 0 && v + v == v) {
        rt_stderr_puts(v > 0 ? "+Inf" : "-Inf");
        return;
    }
    enum { NDIG = 7 };
    char sign = signbit(v) ? '-' : '+';
    double m = fabs(v);
    int exp10 = 0;
    if (m != 0) {
        for (; m >= 10; exp10++) m /= 10;
        for (; m < 1; exp10--) m *= 10;
        double half_ulp = 5;               /* 5e-7, reached by division */
        for (int k = 0; k < NDIG; k++) half_ulp /= 10;
        m += half_ulp;
        if (m >= 10) {
            m /= 10;
            exp10++;
        }
    }
    char digit[NDIG];
    for (int k = 0; k < NDIG; k++) {
        int d = (int)m;
        digit[k] = (char)('0' + d);
        m -= d;
        m *= 10;
    }
    char out[NDIG + 7], *o = out;
    *o++ = sign;
    *o++ = digit[0];
    *o++ = '.';
    memcpy(o, digit + 1, NDIG - 1);
    o += NDIG - 1;
    *o++ = 'e';
    *o++ = exp10 < 0 ? '-' : '+';
    int e = exp10 < 0 ? -exp10 : exp10;
    *o++ = (char)('0' + e / 100);
    *o++ = (char)('0' + e / 10 % 10);
    *o++ = (char)('0' + e % 10);
    rt_stderr_write(out, sizeof out);
}

void rt_print_complex_parts(double re, double im) {
    rt_stderr_write("(", 1);
    gosub_print_float(re);
    gosub_print_float(im);
    rt_stderr_write("i)", 2);
}

void gosub_print_complex(go_complex128 v) {
    rt_print_complex_parts(creal(v), cimag(v));
}

void gosub_print_slice(GoSlice s) {
    rt_stderr_write("[", 1);
    gosub_print_int(s.len);
    rt_stderr_write("/", 1);
    gosub_print_int(s.cap);
    rt_stderr_write("]", 1);
    gosub_print_pointer(s.ptr);
}

void gosub_print_eface(GoEface e) {
    rt_stderr_write("(", 1);
    gosub_print_pointer(e.type);
    rt_stderr_write(",", 1);
    gosub_print_pointer(e.data);
    rt_stderr_write(")", 1);
}

void gosub_print_iface(GoIface i) {
    rt_stderr_write("(", 1);
    gosub_print_pointer(i.itab);
    rt_stderr_write(",", 1);
    gosub_print_pointer(i.data);
    rt_stderr_write(")", 1);
}
