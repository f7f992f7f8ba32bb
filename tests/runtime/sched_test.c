/*
 * sched_test.c — unit test of goroutines, channels, select, semaphores and
 * timers (sched.c, context.c, chan.c, sema.c, timer.c).
 *
 * Two kinds of cases:
 *
 *   - in-process checks: the raw context switch, ping-pong through an
 *     unbuffered channel, buffered FIFO order, close semantics, select's
 *     random choice (roughly uniform) and its default and blocking forms,
 *     semaphores, sleeps, 10,000 goroutines blocked then released (peak RSS
 *     printed, from VmHWM), and the collector with many goroutines: objects
 *     reachable only from blocked goroutines' stacks, from channel buffers
 *     and from blocked senders' values must survive. The collector part runs
 *     again in a child process under GOSUB_GCSTRESS=1 (a collection at every
 *     allocation). The cost of a switch is measured and printed.
 *
 *   - process-level cases, each in a forked child whose stdout and stderr
 *     share one pipe, compared with what the Go program of sched_expect.go
 *     printed for the same case with GOMAXPROCS=1 (sched_expect.h): the
 *     order goroutines run in, deadlocks with each goroutine's header and
 *     wait reason, panics in goroutines, channel misuse, stack overflow.
 *
 * Goroutines are started as the compiler starts them: gosub_go with a
 * closure in the heap (here a Thunk calling a C function with one argument).
 */
#define _GNU_SOURCE
#include <sys/wait.h>
#include <stdarg.h>
#include <time.h>
#include <unistd.h>

#include "rtest.h"

#include "sched_expect.h"

void gosub_runtime_GC(void);

/* ---------------------------------------------------------------- helpers */

/* A closure: code, then what it captured (arg may point into the heap). */
typedef struct Thunk {
    GoFunc f;
    void (*body)(void *);
    void *arg;
} Thunk;
static const GoType thunk_type = {.kind = GOKIND_STRUCT, .size = sizeof(Thunk), .align = 8,
                                  .ptrdata = 3 * W8, .gcbits = (const uint8_t[]){0x04},
                                  .string = "main.thunk"};

static void thunk_run(GoFunc *f)
{
    Thunk *t = (Thunk *)f;
    t->body(t->arg);
}

static void go(void (*body)(void *), void *arg)
{
    Thunk *t = gosub_new(&thunk_type);
    t->f.fn = (void (*)(void))thunk_run;
    t->body = body;
    t->arg = arg;
    gosub_go(&t->f);
}

#define ARG(i) ((void *)(intptr_t)(i))
#define INT(p) ((int)(intptr_t)(p))

/* println of Go: a line on stderr (after stdout, as the runtime orders them). */
__attribute__((format(printf, 1, 2))) static void say(const char *fmt, ...)
{
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    line[n] = '\n';
    gosub_print_string((GoString){(const uint8_t *)line, n + 1});
}

static GoChan *make_chan(const GoType *t, go_int n) { return gosub_makechan(t, n); }
static void send_int(GoChan *c, go_int v) { gosub_chansend(c, &v); }
static go_int recv_int(GoChan *c, go_bool *ok)
{
    go_int v = -1;
    go_bool got = gosub_chanrecv(c, &v);
    if (ok) *ok = got;
    return v;
}
static void send_bool(GoChan *c) { go_bool t = true; gosub_chansend(c, &t); }

static int64_t now_ns(void) { return gosub_nanotime(); }

/* A log of events, compared as a string. */
static struct {
    char buf[4096];
    size_t n;
} events;
static void event(const char *s)
{
    size_t k = strlen(s);
    if (events.n + k + 1 < sizeof events.buf) {
        memcpy(events.buf + events.n, s, k);
        events.n += k;
        events.buf[events.n++] = ' ';
        events.buf[events.n] = 0;
    }
}
static void events_reset(void) { events.n = 0, events.buf[0] = 0; }

/* ---------------------------------------------------------------- process-level cases */

/* Each mirrors the Go function of the same name in sched_expect.go. Every
 * case calls rt_sched_createfing first, as a Go program importing os
 * starts Go's finalizer goroutine (so goroutine numbers match). */

static GoChan *done;

static void go_order_body(void *arg)
{
    say("goroutine %d", INT(arg));
    send_bool(done);
}
static void c_go_order(void)
{
    done = make_chan(&gosub_type_bool, 0);
    for (int i = 0; i < 3; i++) go(go_order_body, ARG(i));
    for (int i = 0; i < 3; i++) gosub_chanrecv(done, NULL);
}

static void gosched_body(void *arg)
{
    for (int j = 0; j < 3; j++) {
        say("%d %d", INT(arg), j);
        gosub_gosched();
    }
    send_bool(done);
}
static void c_gosched(void)
{
    done = make_chan(&gosub_type_bool, 0);
    for (int i = 0; i < 3; i++) go(gosched_body, ARG(i));
    for (int i = 0; i < 3; i++) gosub_chanrecv(done, NULL);
}

static GoChan *ping, *pong;
static void pong_body(void *arg)
{
    (void)arg;
    go_bool ok;
    for (;;) {
        go_int v = recv_int(ping, &ok);
        if (!ok) break;
        say("got ping %ld", (long)v);
        send_int(pong, v + 100);
    }
    say("ping closed");
    gosub_chanclose(pong);
}
static void c_ping_pong(void)
{
    ping = make_chan(&gosub_type_int, 0);
    pong = make_chan(&gosub_type_int, 0);
    go(pong_body, NULL);
    for (int i = 0; i < 3; i++) {
        say("send %d", i);
        send_int(ping, i);
        say("got pong %ld", (long)recv_int(pong, NULL));
    }
    gosub_chanclose(ping);
    go_bool ok;
    recv_int(pong, &ok);
    say("pong open: %s", ok ? "true" : "false");
}

static void buffered_body(void *arg)
{
    GoChan *c = arg;
    for (int i = 0; i < 8; i++) {
        send_int(c, i);
        say("sent %d", i);
    }
    gosub_chanclose(c);
    send_bool(done);
}
static void c_buffered(void)
{
    GoChan *c = make_chan(&gosub_type_int, 3);
    done = make_chan(&gosub_type_bool, 0);
    go(buffered_body, c);
    go_bool ok;
    for (;;) {
        go_int v = recv_int(c, &ok);
        if (!ok) break;
        say("received %ld", (long)v);
    }
    gosub_chanrecv(done, NULL);
}

static GoChan *shared;
static void close_wakes_body(void *arg)
{
    go_bool ok;
    go_int v = recv_int(shared, &ok);
    say("receiver %d %ld %s", INT(arg), (long)v, ok ? "true" : "false");
    send_bool(done);
}
static void c_close_wakes(void)
{
    shared = make_chan(&gosub_type_int, 0);
    done = make_chan(&gosub_type_bool, 0);
    for (int i = 0; i < 3; i++) go(close_wakes_body, ARG(i));
    gosub_gosched();
    say("closing");
    gosub_chanclose(shared);
    for (int i = 0; i < 3; i++) gosub_chanrecv(done, NULL);
}

static void select_sender(void *arg)
{
    say("sender");
    send_int(arg, 42);
    say("sender done");
}
static void c_select_blocks(void)
{
    GoChan *a = make_chan(&gosub_type_int, 0), *b = make_chan(&gosub_type_int, 0),
           *c = make_chan(&gosub_type_int, 1);
    go(select_sender, b);
    go_int va, vb, vc = 7;
    go_bool ok;
    GoSelectCase cases[] = {{a, &va, false, NULL}, {b, &vb, false, NULL}, {c, &vc, true, NULL}};
    switch (gosub_select(cases, 3, true)) {
    case 0: say("a %ld", (long)va); break;
    case 1: say("b %ld", (long)vb); break;
    case 2: say("sent to c"); break;
    }
    vc = 8;
    cases[1].ok = &ok;
    switch (gosub_select(cases, 3, true)) {
    case 0: say("a %ld", (long)va); break;
    case 1: say("b %ld %s", (long)vb, ok ? "true" : "false"); break;
    case 2: say("sent to c"); break;
    }
    say("%ld %ld", (long)gosub_chanlen(c), (long)gosub_chancap(c));
}

static void sleeper(void *arg)
{
    gosub_sleep((int64_t)INT(arg) * 1000000);
    send_int(shared, INT(arg));
}
static void c_sleep_order(void)
{
    shared = make_chan(&gosub_type_int, 0);
    int ms[] = {30, 10, 20};
    for (int i = 0; i < 3; i++) go(sleeper, ARG(ms[i]));
    for (int i = 0; i < 3; i++) say("woke %ld", (long)recv_int(shared, NULL));
}

static void block_on_shared(void *arg)
{
    (void)arg;
    gosub_chanrecv(shared, NULL);
}
static void c_numgoroutine(void)
{
    shared = make_chan(&gosub_type_bool, 0);
    say("%ld", (long)gosub_numgoroutine());
    for (int i = 0; i < 4; i++) go(block_on_shared, NULL);
    say("%ld", (long)gosub_numgoroutine());
    gosub_chanclose(shared);
    gosub_gosched();
    say("%ld", (long)gosub_numgoroutine());
}

static void c_deadlock_recv(void) { recv_int(make_chan(&gosub_type_int, 0), NULL); }
static void c_deadlock_send(void) { send_int(make_chan(&gosub_type_int, 0), 1); }
static void c_deadlock_select(void)
{
    go_int one = 1;
    GoSelectCase cases[] = {{make_chan(&gosub_type_int, 0), NULL, false, NULL},
                            {make_chan(&gosub_type_int, 0), &one, true, NULL}};
    gosub_select(cases, 2, true);
}
static void c_deadlock_select_no_cases(void) { gosub_select(NULL, 0, true); }
static void c_deadlock_nil_recv(void) { recv_int(NULL, NULL); }
static void c_deadlock_nil_send(void) { send_int(NULL, 1); }
static void send_one(void *arg) { send_int(arg, 1); }
static void select_forever(void *arg) { (void)arg, gosub_select(NULL, 0, true); }
static void say_exits(void *arg) { (void)arg, say("exits"); }
static void c_deadlock_others(void)
{
    GoChan *a = make_chan(&gosub_type_int, 0), *b = make_chan(&gosub_type_int, 0);
    go(send_one, b);
    go(select_forever, NULL);
    go(say_exits, NULL);
    recv_int(a, NULL);
}
static void c_deadlock_semacquire(void)
{
    uint32_t *sema = gosub_new(&gosub_type_uint32);
    gosub_semacquire(sema);
}

void gosub_runtime_Goexit(void);
static void deferred_say_send(GoFunc *f)
{
    (void)f;
    say("deferred");
    send_bool(done);
}
static void goexiting(void *arg)
{
    (void)arg;
    GoDeferFrame f;
    gosub_defer_enter(&f);
    if (setjmp(f.jb)) {
        gosub_defer_unwind(&f);
        return;
    }
    Thunk *t = gosub_new(&thunk_type);
    t->f.fn = (void (*)(void))deferred_say_send;
    gosub_defer_push(&f, &t->f);
    gosub_runtime_Goexit();
}
static void say_other(void *arg) { (void)arg, say("other"); }
static void c_goexit(void)
{
    done = make_chan(&gosub_type_bool, 0);
    go(goexiting, NULL);
    gosub_chanrecv(done, NULL);
    go(say_other, NULL);
    gosub_runtime_Goexit();
}

static void deferred_gosched(GoFunc *f) { (void)f, gosub_gosched(); }
static void deferred_done(GoFunc *f) { (void)f, say("deferred call done"); }
static void defer_c(GoDeferFrame *f, void (*fn)(GoFunc *))
{
    Thunk *t = gosub_new(&thunk_type);
    t->f.fn = (void (*)(void))fn;
    gosub_defer_push(f, &t->f);
}
static void panicking_slowly(void *arg)
{
    (void)arg;
    GoDeferFrame f;
    gosub_defer_enter(&f);
    if (setjmp(f.jb)) {
        gosub_defer_unwind(&f);
        return;
    }
    defer_c(&f, deferred_done);
    defer_c(&f, deferred_gosched);
    gosub_panic_string(GOSUB_STR("boom"));
}
static void c_panic_at_main_return(void)
{
    go(panicking_slowly, NULL);
    gosub_gosched();
    say("main returns");
}

static void panic_boom(void *arg) { (void)arg, gosub_panic_string(GOSUB_STR("boom")); }
static void c_panic_in_goroutine(void)
{
    go(panic_boom, NULL);
    recv_int(make_chan(&gosub_type_int, 0), NULL);
}

/* defer/recover as the compiler emits them: a frame with a jmp_buf, and a
 * deferred thunk that names the function it calls, which claims the name. */
static void recover_and_say(void *prefix);
static void deferred_recover(GoFunc *f)
{
    Thunk *t = (Thunk *)f;
    gosub_defer_direct((void (*)(void))recover_and_say);
    t->body(t->arg);
}
static void recover_and_say(void *prefix)
{
    go_bool may = gosub_defer_claim((void (*)(void))recover_and_say);
    GoEface v = gosub_recover(may);
    GoString s = v.type ? *(GoString *)v.data : GOSUB_STR("<nil>");
    say("%s recovered %.*s", (const char *)prefix, (int)s.len, (const char *)s.ptr);
    if (strcmp(prefix, "goroutine") == 0) send_int(shared, 1);
}
static void defer_recover(GoDeferFrame *f, const char *prefix)
{
    Thunk *t = gosub_new(&thunk_type);
    t->f.fn = (void (*)(void))deferred_recover;
    t->body = recover_and_say;
    t->arg = (void *)prefix;
    gosub_defer_push(f, &t->f);
}
static void recovering_goroutine(void *arg)
{
    (void)arg;
    GoDeferFrame f;
    gosub_defer_enter(&f);
    if (setjmp(f.jb)) {
        gosub_defer_unwind(&f);
        return;
    }
    defer_recover(&f, "goroutine");
    gosub_panic_string(GOSUB_STR("in goroutine"));
}
static void c_recover_in_goroutine(void)
{
    shared = make_chan(&gosub_type_int, 0);
    GoDeferFrame f;
    gosub_defer_enter(&f);
    if (setjmp(f.jb)) {
        gosub_defer_unwind(&f);
        return;
    }
    defer_recover(&f, "main");
    go(recovering_goroutine, NULL);
    say("main got %ld", (long)recv_int(shared, NULL));
    gosub_panic_string(GOSUB_STR("in main"));
}

static void c_send_on_closed(void)
{
    GoChan *c = make_chan(&gosub_type_int, 1);
    gosub_chanclose(c);
    send_int(c, 1);
}
static void c_send_on_closed_wakes_sender(void)
{
    GoChan *c = make_chan(&gosub_type_int, 0);
    go(send_one, c);
    gosub_gosched();
    gosub_chanclose(c);
    gosub_sleep(1000000000);
}
static void c_close_of_nil(void) { gosub_chanclose(NULL); }
static void c_close_of_closed(void)
{
    GoChan *c = make_chan(&gosub_type_int, 0);
    gosub_chanclose(c);
    gosub_chanclose(c);
}
static void c_makechan_size(void) { make_chan(&gosub_type_int, -1); }

typedef struct {
    go_int a, b;
} T;
static T *volatile nil_T;
static volatile go_int sink;
static void nil_deref(void *arg)
{
    (void)arg;
    sink = *(volatile go_int *)((uintptr_t)nil_T + offsetof(T, b));
}
static void c_nil_deref_in_goroutine(void)
{
    go(nil_deref, NULL);
    recv_int(make_chan(&gosub_type_int, 0), NULL);
}

#pragma GCC diagnostic ignored "-Winfinite-recursion"   /* it is the point */
static int recurse(int n)
{
    volatile go_int a[64];
    a[n % 64] = n;
    return recurse(n + 1) + (int)a[3];
}
static void overflow(void *arg) { (void)arg, sink = recurse(0); }
static void c_stack_overflow_in_goroutine(void)
{
    go(overflow, NULL);
    recv_int(make_chan(&gosub_type_int, 0), NULL);
}

static const struct {
    const char *name;
    void (*run)(void);
} cases[] = {
    {"go order", c_go_order},
    {"gosched", c_gosched},
    {"ping pong", c_ping_pong},
    {"buffered", c_buffered},
    {"close wakes", c_close_wakes},
    {"select blocks", c_select_blocks},
    {"sleep order", c_sleep_order},
    {"numgoroutine", c_numgoroutine},
    {"deadlock recv", c_deadlock_recv},
    {"deadlock send", c_deadlock_send},
    {"deadlock select", c_deadlock_select},
    {"deadlock select no cases", c_deadlock_select_no_cases},
    {"deadlock nil recv", c_deadlock_nil_recv},
    {"deadlock nil send", c_deadlock_nil_send},
    {"deadlock others", c_deadlock_others},
    {"deadlock semacquire", c_deadlock_semacquire},
    {"goexit", c_goexit},
    {"panic at main's return", c_panic_at_main_return},
    {"panic in goroutine", c_panic_in_goroutine},
    {"recover in goroutine", c_recover_in_goroutine},
    {"send on closed", c_send_on_closed},
    {"send on closed wakes sender", c_send_on_closed_wakes_sender},
    {"close of nil", c_close_of_nil},
    {"close of closed", c_close_of_closed},
    {"makechan size", c_makechan_size},
    {"nil deref in goroutine", c_nil_deref_in_goroutine},
    {"stack overflow in goroutine", c_stack_overflow_in_goroutine},
};

/* Runs fn in a child as a gosub program would run; returns its combined
 * output (malloc'd) and exit status (128+signal if it was killed). */
static char *run_child(int argc, char **argv, void (*fn)(void), int *status)
{
    int fds[2];
    if (pipe(fds) != 0) abort();
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[1]);
        rt_os_init(argc, argv);
        rt_sched_createfing();
        fn();
        rt_sched_main_return();       /* as start.c's main does */
        gosub_os_exit(0);
    }
    close(fds[1]);
    size_t len = 0, cap = 4096;
    char *out = malloc(cap);
    for (;;) {
        if (len + 1 >= cap) out = realloc(out, cap *= 2);
        ssize_t n = read(fds[0], out + len, cap - len - 1);
        if (n <= 0) break;
        len += (size_t)n;
    }
    out[len] = 0;
    close(fds[0]);
    int ws;
    waitpid(pid, &ws, 0);
    *status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
    return out;
}

static bool is_header(const char *l, size_t n)
{
    return n > 13 && strncmp(l, "goroutine ", 10) == 0 && strncmp(l + n - 3, "]:\n", 3) == 0;
}

/* As sched_expect.go's headers(): up to the first goroutine header, then
 * the other headers only; "pc=0x..." masked. Returns a new string. */
static char *normalise(const char *s)
{
    char *out = malloc(strlen(s) * 2 + 8), *w = out;
    bool seen = false;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);
        bool header = is_header(s, n);
        if (!seen || header) {
            if (seen) *w++ = '\n';
            for (const char *r = s; r < s + n;) {
                if (strncmp(r, "pc=0x", 5) == 0) {
                    memcpy(w, "pc=ADDR", 7), w += 7, r += 5;
                    while ((*r >= '0' && *r <= '9') || (*r >= 'a' && *r <= 'f')) r++;
                    continue;
                }
                *w++ = *r++;
            }
            seen = seen || header;
        }
        s += n;
    }
    *w = 0;
    return out;
}

static void process_cases(int argc, char **argv)
{
    size_t nexpect = sizeof sched_expect / sizeof sched_expect[0];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *name = cases[k].name;
        size_t e = 0;
        while (e < nexpect && strcmp(sched_expect[e].name, name) != 0) e++;
        EXPECT(e < nexpect, "%s: no expected output", name);
        if (e == nexpect) continue;
        int status;
        char *got = run_child(argc, argv, cases[k].run, &status);
        const char *want = sched_expect[e].want;
        if (sched_expect[e].contains) {
            EXPECT(strstr(got, want) != NULL, "%s: output lacks [%s]:\n%s", name, want, got);
            EXPECT(strstr(got, "runtime: goroutine stack exceeds 1000000000-byte limit\n") != NULL,
                   "%s: no limit line:\n%s", name, got);
        } else {
            char *g = normalise(got), *w = normalise(want);
            EXPECT(strcmp(g, w) == 0, "%s:\n   got: [%s]\n  want: [%s]", name, g, w);
            free(g);
            free(w);
        }
        EXPECT(status == sched_expect[e].status, "%s: exit status %d, want %d", name, status,
               sched_expect[e].status);
        free(got);
    }
    EXPECT(sizeof cases / sizeof cases[0] == nexpect, "every expected case has a C counterpart");
}

/* ---------------------------------------------------------------- in-process checks */

/* The raw switch between two stacks, with no scheduler. */
static struct {
    RtContext main, other;
    int steps;
} raw;

static void raw_body(void *arg)
{
    EXPECT(arg == &raw, "the argument arrives");
    for (;;) {
        raw.steps++;
        rt_ctx_switch(&raw.other, &raw.main);
    }
}

static void test_raw_switch(void)
{
    size_t size = 256 << 10;
    uint8_t *stack = malloc(size);
    rt_ctx_init(&raw.other, (uintptr_t)stack, (uintptr_t)stack + size, raw_body, &raw);
    volatile double x = 1.5;              /* callee-saved state survives */
    for (int i = 0; i < 10; i++) rt_ctx_switch(&raw.main, &raw.other);
    EXPECT(raw.steps == 10 && x == 1.5, "ten round trips, got %d", raw.steps);
    int n = 1000000;
    int64_t t0 = now_ns();
    for (int i = 0; i < n; i++) rt_ctx_switch(&raw.main, &raw.other);
    int64_t t1 = now_ns();
    fprintf(stderr, "sched_test: raw context switch: %.1f ns\n", (double)(t1 - t0) / (2.0 * n));
    free(stack);
}

/* Ping-pong through unbuffered channels: strict alternation, and the cost
 * of a switch through the scheduler. */
static void pinger(void *arg)
{
    go_int n = INT(arg);
    for (go_int i = 0; i < n; i++) {
        go_int v = recv_int(ping, NULL);
        send_int(pong, v + 1);
    }
}

static void test_ping_pong(void)
{
    ping = make_chan(&gosub_type_int, 0);
    pong = make_chan(&gosub_type_int, 0);
    int n = 200000;
    go(pinger, ARG(n));
    bool order = true;
    int64_t t0 = now_ns();
    for (go_int i = 0; i < n; i++) {
        send_int(ping, 2 * i);
        if (recv_int(pong, NULL) != 2 * i + 1) order = false;
    }
    int64_t t1 = now_ns();
    EXPECT(order, "ping-pong values in order");
    /* each round trip is two switches */
    fprintf(stderr, "sched_test: channel ping-pong: %.1f ns per switch\n", (double)(t1 - t0) / (2.0 * n));

    /* Gosched between two goroutines: one switch per call. */
    done = make_chan(&gosub_type_bool, 0);
    go(gosched_body, ARG(0));          /* three rounds, with output: warms up */
    gosub_chanrecv(done, NULL);
}

static void yielder(void *arg)
{
    int n = INT(arg);
    for (int i = 0; i < n; i++) gosub_gosched();
    send_bool(done);
}

static void test_gosched_cost(void)
{
    done = make_chan(&gosub_type_bool, 0);
    int n = 200000;
    go(yielder, ARG(n));
    int64_t t0 = now_ns();
    for (int i = 0; i < n; i++) gosub_gosched();
    int64_t t1 = now_ns();
    gosub_chanrecv(done, NULL);
    fprintf(stderr, "sched_test: Gosched ping-pong: %.1f ns per switch\n", (double)(t1 - t0) / (2.0 * n));
}

static void fifo_sender(void *arg)
{
    GoChan *c = arg;
    for (go_int i = 0; i < 1000; i++) send_int(c, i);
    gosub_chanclose(c);
}

static void test_buffered_fifo(void)
{
    GoChan *c = make_chan(&gosub_type_int, 100);
    for (go_int i = 0; i < 100; i++) send_int(c, i);
    EXPECT(gosub_chanlen(c) == 100 && gosub_chancap(c) == 100, "full");
    bool order = true;
    for (go_int i = 0; i < 100; i++)
        if (recv_int(c, NULL) != i) order = false;
    EXPECT(order && gosub_chanlen(c) == 0, "FIFO");
    /* A sender that keeps blocking on a small buffer. */
    c = make_chan(&gosub_type_int, 4);
    go(fifo_sender, c);
    go_bool ok;
    go_int i = 0;
    for (;; i++) {
        go_int v = recv_int(c, &ok);
        if (!ok) break;
        if (v != i) order = false;
    }
    EXPECT(order && i == 1000, "FIFO through blocked senders (%ld values)", (long)i);
    EXPECT(gosub_chanlen(NULL) == 0 && gosub_chancap(NULL) == 0, "nil channel's len and cap");
}

static void test_close(void)
{
    GoChan *c = make_chan(&gosub_type_int, 3);
    send_int(c, 1);
    send_int(c, 2);
    gosub_chanclose(c);
    go_bool ok;
    EXPECT(recv_int(c, &ok) == 1 && ok, "buffered values survive close");
    EXPECT(recv_int(c, &ok) == 2 && ok, "in order");
    EXPECT(recv_int(c, &ok) == 0 && !ok, "then the zero value, not ok");
    EXPECT(recv_int(c, &ok) == 0 && !ok, "again");
    EXPECT(gosub_chanrecv(c, NULL) == false, "a discarded receive");
    /* zero-sized elements */
    static const GoType empty = {.kind = GOKIND_STRUCT, .size = 0, .align = 1, .string = "struct {}"};
    GoChan *e = make_chan(&empty, 2);
    gosub_chansend(e, &empty);
    EXPECT(gosub_chanlen(e) == 1 && gosub_chanrecv(e, NULL), "chan struct{}");
}

static void test_select(void)
{
    GoChan *a = make_chan(&gosub_type_int, 1), *b = make_chan(&gosub_type_int, 1),
           *c = make_chan(&gosub_type_int, 1);
    go_int va, vb, vc;
    GoSelectCase cases[] = {{a, &va, false, NULL}, {b, &vb, false, NULL}, {c, &vc, false, NULL}};
    EXPECT(gosub_select(cases, 3, false) == -1, "nothing ready: default");
    GoSelectCase nils[] = {{NULL, &va, false, NULL}, {NULL, &vb, true, NULL}};
    EXPECT(gosub_select(nils, 2, false) == -1, "nil channels: default");
    EXPECT(gosub_select(NULL, 0, false) == -1, "no cases, default");

    /* Three always-ready cases: each should win about a third of the time. */
    int counts[3] = {0}, n = 30000;
    for (int i = 0; i < n; i++) {
        send_int(a, 1), send_int(b, 2), send_int(c, 3);
        go_int k = gosub_select(cases, 3, true);
        if (k >= 0 && k < 3) counts[k]++;
        for (int j = 0; j < 3; j++)
            if (j != k) gosub_chanrecv(cases[j].c, NULL);
    }
    for (int j = 0; j < 3; j++)
        EXPECT(counts[j] > n / 3 - n / 30 && counts[j] < n / 3 + n / 30,
               "case %d chosen %d times of %d", j, counts[j], n);
    fprintf(stderr, "sched_test: select of 3 ready cases, %d times: %d %d %d\n", n, counts[0],
            counts[1], counts[2]);

    /* A closed channel is ready, with ok false. */
    go_bool ok = true;
    GoChan *cl = make_chan(&gosub_type_int, 0);
    gosub_chanclose(cl);
    GoSelectCase closed[] = {{NULL, &va, false, NULL}, {cl, &va, false, &ok}};
    va = 9;
    EXPECT(gosub_select(closed, 2, true) == 1 && !ok && va == 0, "closed channel ready");
}

/* A select blocked on two channels, woken by one: its case on the other
 * channel must be gone, so a later send there fills the buffer. */
static void select_two(void *arg)
{
    GoChan **ch = arg;
    go_int v = 0;
    GoSelectCase cases[] = {{ch[0], &v, false, NULL}, {ch[1], &v, false, NULL}};
    go_int k = gosub_select(cases, 2, true);
    char buf[32];
    snprintf(buf, sizeof buf, "case%ld=%ld", (long)k, (long)v);
    event(buf);
}

static void test_select_dequeues(void)
{
    events_reset();
    GoChan **ch = gosub_new_array(&gosub_type_unsafe_Pointer, 2);
    ch[0] = make_chan(&gosub_type_int, 0);
    ch[1] = make_chan(&gosub_type_int, 1);
    go(select_two, ch);
    gosub_gosched();                   /* it blocks in select */
    send_int(ch[0], 5);                /* hands over directly */
    gosub_gosched();
    send_int(ch[1], 6);                /* no receiver left: buffered */
    EXPECT(gosub_chanlen(ch[1]) == 1, "the other case was dequeued");
    EXPECT(strcmp(events.buf, "case0=5 ") == 0, "select result: %s", events.buf);
}

static uint32_t sema_count;
static void sema_waiter(void *arg)
{
    gosub_semacquire(&sema_count);
    char buf[16];
    snprintf(buf, sizeof buf, "w%d", INT(arg));
    event(buf);
}

static void test_sema(void)
{
    events_reset();
    sema_count = 2;
    gosub_semacquire(&sema_count);
    gosub_semacquire(&sema_count);
    EXPECT(sema_count == 0, "acquire decrements");
    for (int i = 0; i < 4; i++) go(sema_waiter, ARG(i));
    gosub_gosched();                   /* all four wait */
    EXPECT(events.n == 0, "nobody got through: %s", events.buf);
    for (int i = 0; i < 4; i++) {
        gosub_semrelease(&sema_count);
        gosub_gosched();
    }
    /* They queued in the order they ran: the last started first (runnext). */
    EXPECT(strcmp(events.buf, "w3 w0 w1 w2 ") == 0, "FIFO wakeups: %s", events.buf);
    EXPECT(sema_count == 0, "every count taken");
    gosub_semrelease(&sema_count);
    EXPECT(sema_count == 1, "release without waiters counts");
    gosub_semacquire(&sema_count);
}

static void test_sleep(void)
{
    int64_t t0 = now_ns();
    gosub_sleep(20 * 1000000);
    int64_t t1 = now_ns();
    EXPECT(t1 - t0 >= 20 * 1000000, "slept %lld ns", (long long)(t1 - t0));
    gosub_sleep(0);                    /* yields only */
    gosub_sleep(-5);
    /* sleepers wake in the order of their deadlines */
    events_reset();
    shared = make_chan(&gosub_type_int, 0);
    int ms[] = {25, 5, 15};
    for (int i = 0; i < 3; i++) go(sleeper, ARG(ms[i]));
    char got[64] = "";
    for (int i = 0; i < 3; i++)
        snprintf(got + strlen(got), sizeof got - strlen(got), "%ld ", (long)recv_int(shared, NULL));
    EXPECT(strcmp(got, "5 15 25 ") == 0, "wake order: %s", got);
}

static long vm_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long v = -1;
    size_t n = strlen(field);
    while (fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0) v = atol(line + n + 1);
    fclose(f);
    return v;
}

static void many_body(void *arg)
{
    (void)arg;
    go_bool ok;
    recv_int(shared, &ok);
    if (!ok) send_bool(done);
}

static void test_many_goroutines(void)
{
    int n = 10000;
    long before = vm_kb("VmHWM:");
    shared = make_chan(&gosub_type_int, 0);
    done = make_chan(&gosub_type_bool, n);
    go_int start = gosub_numgoroutine();
    for (int i = 0; i < n; i++) go(many_body, NULL);
    gosub_gosched();                   /* let them all block */
    EXPECT(gosub_numgoroutine() == start + n, "%ld goroutines", (long)gosub_numgoroutine());
    gosub_runtime_GC();
    long peak = vm_kb("VmHWM:");
    gosub_chanclose(shared);           /* releases them all */
    for (int i = 0; i < n; i++) gosub_chanrecv(done, NULL);
    gosub_gosched();
    EXPECT(gosub_numgoroutine() == start, "all ended: %ld", (long)gosub_numgoroutine());
    fprintf(stderr, "sched_test: %d blocked goroutines: peak RSS %ld MB (%ld MB before)\n", n,
            peak / 1024, before / 1024);
    EXPECT(peak < 400 * 1024, "peak RSS %ld KB", peak);
    /* Their stacks are reused. */
    for (int i = 0; i < n; i++) go(many_body, NULL);
    shared = make_chan(&gosub_type_int, 0);
    gosub_chanclose(shared);
    for (int i = 0; i < n; i++) gosub_chanrecv(done, NULL);
    EXPECT(vm_kb("VmHWM:") < peak + 16 * 1024, "stacks reused: %ld KB", vm_kb("VmHWM:"));
}

/* ---------------------------------------------------------------- the collector */

/* A list node: a magic number, and a pointer (word 1) the collector follows. */
typedef struct Node {
    uint64_t magic;
    struct Node *next;
    uint64_t pad[4];
} Node;
static const GoType node_type = {.kind = GOKIND_STRUCT, .size = sizeof(Node), .align = 8,
                                 .ptrdata = 2 * W8, .gcbits = (const uint8_t[]){0x02},
                                 .string = "main.node"};
static const GoType node_ptr_type = {.kind = GOKIND_POINTER, .size = W8, .align = 8,
                                     .ptrdata = W8, .gcbits = (const uint8_t[]){0x01},
                                     .elem = &node_type, .string = "*main.node"};

static uint64_t magic(int id, int k) { return 0x5eed000000000000ull ^ ((uint64_t)id << 20) ^ (uint64_t)k; }

static __attribute__((noinline)) Node *make_list(int id, int len)
{
    Node *head = NULL;
    for (int k = len - 1; k >= 0; k--) {
        Node *n = gosub_new(&node_type);
        n->magic = magic(id, k);
        n->next = head;
        head = n;
    }
    return head;
}

static bool check_list(const Node *n, int id, int len)
{
    for (int k = 0; k < len; k++, n = n->next)
        if (!n || n->magic != magic(id, k)) return false;
    return n == NULL;
}

/* Garbage that reuses freed memory, so a lost object shows. */
static __attribute__((noinline)) void churn(int n)
{
    for (int i = 0; i < n; i++) {
        Node *x = gosub_new(&node_type);
        x->magic = ~0ull;
    }
}

/* Clears the stack below the caller, where returned helpers left copies of
 * pointers that the collector's own frames might not overwrite. */
static __attribute__((noinline)) void scrub(void)
{
    volatile char area[16384];
    memset((char *)area, 0, sizeof area);
}

static int gc_ok, gc_bad;

/* Holds a list only its own stack reaches, blocks, then checks it. */
static void holder(void *arg)
{
    int id = INT(arg);
    Node *list = make_list(id, 8);
    send_bool(done);
    gosub_chanrecv(shared, NULL);
    if (check_list(list, id, 8)) gc_ok++;
    else gc_bad++;
    __asm__ volatile("" : : "r"(list) : "memory");
    send_bool(done);
}

static void send_list(void *arg)
{
    Node *list = make_list(INT(arg), 5);
    send_bool(done);
    gosub_chansend(pong, &list);       /* blocks: the value is on this stack */
}

static int list_id(const Node *n) { return n ? (int)((n->magic ^ magic(0, 0)) >> 20) : -1; }

static __attribute__((noinline)) void fill_buffer(GoChan *c, int n)
{
    for (int i = 0; i < n; i++) {
        Node *list = make_list(1000 + i, 4);
        gosub_chansend(c, &list);
    }
}

static void test_gc(int n)
{
    gc_ok = gc_bad = 0;
    shared = make_chan(&gosub_type_bool, 0);
    done = make_chan(&gosub_type_bool, 0);
    for (int i = 0; i < n; i++) go(holder, ARG(i));
    for (int i = 0; i < n; i++) gosub_chanrecv(done, NULL);   /* each has its list */
    scrub();
    for (int r = 0; r < 3; r++) {
        churn(2000);
        gosub_runtime_GC();
    }
    gosub_chanclose(shared);
    for (int i = 0; i < n; i++) gosub_chanrecv(done, NULL);
    EXPECT(gc_ok == n && gc_bad == 0, "lists on blocked stacks: %d intact, %d damaged of %d", gc_ok,
           gc_bad, n);

    /* Values waiting in a channel's buffer. */
    GoChan *c = make_chan(&node_ptr_type, 64);
    fill_buffer(c, 64);
    scrub();
    churn(2000);
    gosub_runtime_GC();
    churn(2000);
    int intact = 0;
    for (int i = 0; i < 64; i++) {
        Node *list = NULL;
        gosub_chanrecv(c, &list);
        intact += check_list(list, 1000 + i, 4);
    }
    EXPECT(intact == 64, "lists in a channel buffer: %d of 64 intact", intact);

    /* A blocked sender's value. */
    pong = make_chan(&node_ptr_type, 0);
    for (int i = 0; i < 4; i++) go(send_list, ARG(2000 + i));
    for (int i = 0; i < 4; i++) gosub_chanrecv(done, NULL);
    scrub();
    churn(2000);
    gosub_runtime_GC();
    churn(2000);
    intact = 0;
    for (int i = 0; i < 4; i++) {
        Node *list = NULL;
        gosub_chanrecv(pong, &list);   /* in the order they blocked */
        intact += list_id(list) >= 2000 && check_list(list, list_id(list), 5);
    }
    EXPECT(intact == 4, "blocked senders' values: %d of 4 intact", intact);

    RtMemStats m;
    rt_gc_read_memstats(&m);
    EXPECT(m.StackInuse > 0 && m.StackInuse == m.StackSys, "StackInuse %llu",
           (unsigned long long)m.StackInuse);
}

/* Runs this test again with GOSUB_GCSTRESS=1, only its collector part. */
static void test_gc_stress(char **argv)
{
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        setenv("GOSUB_GCSTRESS", "1", 1);
        execl("/proc/self/exe", argv[0], "gcstress", (char *)NULL);
        _exit(127);
    }
    int ws;
    waitpid(pid, &ws, 0);
    EXPECT(WIFEXITED(ws) && WEXITSTATUS(ws) == 0, "the collector under GOSUB_GCSTRESS=1");
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "gcstress") == 0) {
        test_gc(50);
        test_buffered_fifo();
        test_close();
        test_select_dequeues();
        return rtest_finish("sched_test (GOSUB_GCSTRESS=1)");
    }
    process_cases(argc, argv);        /* first: each child starts from a fresh scheduler */
    test_raw_switch();
    test_ping_pong();
    test_gosched_cost();
    test_buffered_fifo();
    test_close();
    test_select();
    test_select_dequeues();
    test_sema();
    test_sleep();
    test_many_goroutines();
    test_gc(1000);
    test_gc_stress(argv);
    return rtest_finish("sched_test");
}
