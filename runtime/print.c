/*
 * print.c — stderr, and the print/println builtins, as Go's runtime prints.
 *
 * Everything the runtime says on its own behalf (panics, fatal errors, the
 * builtins) goes to stderr unbuffered, each piece as it is produced, the way
 * Go's gwrite does; stdout is flushed first so that the order in which the two
 * streams reach a shared pipe is the order Go would produce.
 *
 * The number formats are the runtime's, not fmt's: floats always in
 * +d.dddddde+ddd form with seven digits (printfloat), pointers in hex.
 */
#include <complex.h>
#include <errno.h>
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

/* Go's printfloat, operation for operation: normalise into [1, 10) by
 * repeated division or multiplication, round at the seventh digit by adding
 * 5e-7, then peel off digits. Its last digit can differ from a correctly
 * rounded one; reproducing the arithmetic reproduces Go's output. */
void gosub_print_float(go_float64 v) {
    if (v != v) {
        rt_stderr_puts("NaN");
        return;
    }
    if (v + v == v && v > 0) {
        rt_stderr_puts("+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        rt_stderr_puts("-Inf");
        return;
    }
    enum { N = 7 };                       /* digits printed */
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    rt_stderr_write(buf, sizeof buf);
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
