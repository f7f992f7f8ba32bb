/*
 * stdout.c — the buffered writer behind fmt.Print*, for file descriptor 1.
 *
 * Go's os.Stdout is unbuffered: every Println is a write(2). Doing the same
 * would make output-heavy programs pay a system call per line, so gosub
 * buffers, and keeps Go's observable behaviour by flushing whenever the
 * difference could show:
 *   - at exit, and in os.Exit;
 *   - before anything is written to stderr (print/println, panics, fatal
 *     errors), so the two streams interleave exactly as they do under Go
 *     when both go to the same pipe or file;
 *   - after every write when stdout is a terminal, where a person is waiting.
 * Later, the scheduler should also flush before a goroutine blocks on input.
 */
#include <errno.h>
#include <unistd.h>

#include "internal.h"

static struct {
    uint8_t buf[64 * 1024];
    size_t len;
    bool checked_tty;      /* is_tty is known */
    bool is_tty;
} out;

/* write(2) all of p, retrying after signals and short writes. A failed
 * write (EPIPE with SIGPIPE ignored, a full disk) drops the output, as Go
 * does when a program ignores Println's error. */
static void write_all(const uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(1, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

void rt_stdout_flush(void) {
    if (out.len == 0) return;
    size_t n = out.len;
    out.len = 0;            /* first, so a signal arriving mid-write cannot repeat it */
    write_all(out.buf, n);
}

void rt_stdout_write(const void *p, size_t n) {
    if (!out.checked_tty) {
        out.is_tty = isatty(1);
        out.checked_tty = true;
    }
    if (out.is_tty) {
        write_all(p, n);
        return;
    }
    if (n > sizeof out.buf - out.len) {
        rt_stdout_flush();
        if (n >= sizeof out.buf) {
            write_all(p, n);
            return;
        }
    }
    memcpy(out.buf + out.len, p, n);
    out.len += n;
}
