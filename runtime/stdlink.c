/*
 * stdlink.c — the C side of the standard packages written in Go.
 *
 * A function that a package under runtime/std declares without a body is
 * implemented here, as gosub_<pkg>_<Name> with the C types of the emitted
 * code (a string is a GoString, a slice a GoSlice, an error a GoIface, ...).
 * Each is a thin adapter to a runtime service (fmt.c, stdout.c, strconv.c,
 * iface.c) or to the C library; the packages themselves stay in Go.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* ---------------------------------------------------------------- fmt */

GoString gosub_fmt_format(go_int mode, GoString format, GoSlice a)
{
    switch (mode) {
    case 0: return gosub_fmt_Sprint(a);
    case 1: return gosub_fmt_Sprintln(a);
    default: return gosub_fmt_Sprintf(format, a);
    }
}

/* ---------------------------------------------------------------- os */

GoSlice gosub_os_runtimeArgs(void)
{
    return gosub_os_args();
}

/* os's init: Go's NewFile sets a finalizer on each standard file. */
void gosub_os_createfing(void)
{
    rt_sched_createfing();
}

void gosub_os_Exit(go_int code)
{
    gosub_os_exit(code);
}

/* Standard output is buffered by the runtime; standard error is not, and
 * what was printed before must come out first. */
go_int gosub_os_writeFD(go_int fd, GoSlice b)
{
    if (fd == 1) {
        rt_stdout_write(b.ptr, (size_t)b.len);
    } else if (fd == 2) {
        rt_stdout_flush();
        rt_stderr_write(b.ptr, (size_t)b.len);
    } else {
        const char *p = b.ptr;
        size_t left = (size_t)b.len;
        while (left > 0) {
            ssize_t n = write((int)fd, p, left);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return b.len - (go_int)left;
            p += n;
            left -= (size_t)n;
        }
    }
    return b.len;
}

/* os.File.Read: one read(2), retried on EINTR; -errno on failure. Standard
 * output is buffered by the runtime, Go's is not: flush it first, so that
 * what a program printed (a prompt) is out before it waits for input. The
 * read blocks the whole program, every goroutine with it. */
go_int gosub_os_readFD(go_int fd, GoSlice b)
{
    rt_stdout_flush();
    for (;;) {
        ssize_t n = read((int)fd, b.ptr, (size_t)b.len);
        if (n >= 0)
            return (go_int)n;
        if (errno != EINTR)
            return -(go_int)errno;
    }
}

/* strerror's text with Go's lower-case first letter ("bad file descriptor"). */
GoString gosub_os_errnoString(go_int e)
{
    char msg[256];
    snprintf(msg, sizeof msg, "%s", strerror((int)e));
    if (msg[0] >= 'A' && msg[0] <= 'Z')
        msg[0] = (char)(msg[0] - 'A' + 'a');
    size_t n = strlen(msg);
    return gosub_string_from_bytes(NULL, (GoSlice){msg, (go_int)n, (go_int)n});
}

/* The environment is the C library's (environ, setenv, unsetenv), which
 * keeps Go's order: a new variable goes at the end, a set one stays where
 * it was. Go reads it the same way: a name is what comes before an entry's
 * first '=', and the first entry with a name counts. */
extern char **environ;

static const char *env_find(GoString key)
{
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq && eq - *e == key.len && memcmp(*e, key.ptr, (size_t)key.len) == 0)
            return eq + 1;
    }
    return NULL;
}

/* A copy of bytes, as a GoString (the C library may reuse its memory). */
static GoString env_string(const char *s)
{
    size_t n = strlen(s);
    return gosub_string_from_bytes(NULL, (GoSlice){(void *)s, (go_int)n, (go_int)n});
}

/* s as a NUL-terminated C string, in malloc'd memory. */
static char *env_cstring(GoString s)
{
    char *c = malloc((size_t)s.len + 1);
    if (!c)
        rt_fatal("out of memory");
    if (s.len)
        memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = '\0';
    return c;
}

GoString gosub_os_lookupEnv(GoString key, go_bool *found)
{
    const char *v = env_find(key);
    *found = v != NULL;
    return v ? env_string(v) : (GoString){NULL, 0};
}

/* os.Setenv has checked key and value (no '=' in key, no NUL in either). */
void gosub_os_setenv(GoString key, GoString value)
{
    char *k = env_cstring(key), *v = env_cstring(value);
    setenv(k, v, 1);
    free(k);
    free(v);
}

/* A name that cannot be in the environment is left alone, as Go leaves it
 * (C would cut it at a NUL). */
void gosub_os_unsetenv(GoString key)
{
    if (key.len == 0 || memchr(key.ptr, '\0', (size_t)key.len) || memchr(key.ptr, '=', (size_t)key.len))
        return;
    char *k = env_cstring(key);
    unsetenv(k);
    free(k);
}

/* os.Environ: a fresh []string of "key=value" copies. */
GoSlice gosub_os_environ(void)
{
    go_int n = 0;
    for (char **e = environ; e && *e; e++)
        n++;
    GoString *envs = gosub_new_array(&gosub_type_string, n);
    for (go_int i = 0; i < n && environ[i]; i++)
        envs[i] = env_string(environ[i]);
    return (GoSlice){envs, n, n};
}

/* ---------------------------------------------------------------- hash/maphash */

/* The runtime's memory hash (hash.c, the one maps use), continuing from
 * seed: maphash's rthash, for a non-empty slice or string. */
go_uint64 gosub_hash_maphash_memhash(GoSlice b, go_uint64 seed)
{
    return gosub_memhash(b.ptr, (uintptr_t)seed, (uintptr_t)b.len);
}

go_uint64 gosub_hash_maphash_memhashString(GoString s, go_uint64 seed)
{
    return gosub_memhash(s.ptr, (uintptr_t)seed, (uintptr_t)s.len);
}

go_uint64 gosub_hash_maphash_runtime_fastrand64(void) { return gosub_fastrand64(); }

/* ---------------------------------------------------------------- errors */

/* errors.As: stores err in *target when err's dynamic type is the target's
 * element type, or implements it when that is an interface. */
go_bool gosub_errors_assignTo(GoIface err, GoEface target)
{
    const GoType *pt = target.type;
    if (!pt || pt->kind != GOKIND_POINTER || !pt->elem)
        gosub_panic_string(GOSUB_STR("errors: target must be a non-nil pointer"));
    void *dst = target.data;           /* a pointer: the data word itself */
    if (!dst)
        gosub_panic_string(GOSUB_STR("errors: target must be a non-nil pointer"));
    const GoType *want = pt->elem, *dyn = err.itab ? err.itab->type : NULL;
    if (want->kind != GOKIND_INTERFACE && !gosub_getitab(&gosub_type_error, want, true))
        gosub_panic_string(GOSUB_STR("errors: *target must be interface or implement error"));
    if (!dyn)
        return false;
    if (want->kind != GOKIND_INTERFACE) {
        if (dyn != want)
            return false;
        memmove(dst, gosub_iface_value(dyn, &err.data), want->size);
        return true;
    }
    if (want->nmethods == 0) {
        *(GoEface *)dst = (GoEface){dyn, err.data};
        return true;
    }
    const GoItab *itab = gosub_getitab(want, dyn, true);
    if (!itab)
        return false;
    *(GoIface *)dst = (GoIface){itab, err.data};
    return true;
}

/* ---------------------------------------------------------------- flag */

/* What flag's isZeroValue does with reflect: a Value of v's dynamic type
 * holding its zero value (reflect.Zero), or for a pointer type a pointer to
 * a new zero element (reflect.New). Same itab, new data word. */
GoIface gosub_flag_zeroValue(GoIface v)
{
    const GoType *t = v.itab->type;
    void *data;
    if (t->kind == GOKIND_POINTER)
        data = gosub_new(t->elem);
    else if (t->flags & GOTYPE_DIRECT_IFACE)
        data = NULL;                   /* a nil pointer, map, func, ... */
    else
        data = gosub_new(t);           /* a zeroed box */
    return (GoIface){v.itab, data};
}

/* The name %v prints for reflect.TypeOf(v), or for its element type when
 * that is a pointer: "main.T". */
GoString gosub_flag_elemTypeString(GoIface v)
{
    const GoType *t = v.itab->type;
    if (t->kind == GOKIND_POINTER && t->elem)
        t = t->elem;
    return (GoString){(const uint8_t *)t->string, (go_int)strlen(t->string)};
}

/* ---------------------------------------------------------------- strconv */

/* Whether s is a float in strconv's syntax: an optional sign, then
 * inf/infinity (nan only unsigned), or digits with at most one point and
 * an optional exponent (e; p, and required, after 0x); underscores only
 * between digits or after a base prefix, never doubled or trailing. */
static bool float_syntax_ok(const uint8_t *s, go_int len)
{
    go_int i = 0;
    bool signed_ = len > 0 && (s[0] == '+' || s[0] == '-');
    i += signed_;
    const char *words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++)
        if ((size_t)(len - i) == strlen(words[w]) && strncasecmp((const char *)s + i, words[w], strlen(words[w])) == 0)
            return w < 2 || !signed_;
    bool hex = i + 2 < len && s[i] == '0' && (s[i + 1] | 0x20) == 'x';
    bool underscores = false, dot = false, digits = false;
    /* the underscore rule, as a walk: what came before each character */
    char before = hex ? '0' : '^';        /* a base prefix counts as a digit */
    if (hex)
        i += 2;
    for (; i < len; i++) {
        uint8_t c = s[i];
        bool digit = (c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f');
        if (digit) {
            digits = true;
            before = '0';
        } else if (c == '_') {
            if (before != '0')
                return false;
            underscores = true;
            before = '_';
        } else if (c == '.' && !dot) {
            if (before == '_')
                return false;
            dot = true;
            before = '!';
        } else {
            break;
        }
    }
    if (!digits || before == '_')
        return false;
    if (i < len && (s[i] | 0x20) == (hex ? 'p' : 'e')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= len || s[i] < '0' || s[i] > '9')
            return false;
        before = '!';                     /* "1e_5" was refused above: a digit must follow */
        for (; i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_' && before != '0')
                return false;
            underscores |= s[i] == '_';
            before = s[i] == '_' ? '_' : '0';
        }
        if (before == '_')
            return false;
    } else if (hex) {
        return false;                     /* a hex float needs its exponent */
    }
    (void)underscores;
    return i == len;
}

/* ParseFloat's C half: the syntax is checked above, then strtod, which
 * rounds correctly, reads the number without its underscores.
 * *status: 0 ok, 1 syntax error, 2 out of range. */
go_float64 gosub_strconv_parseFloat(GoString s, go_int bit_size, go_int *status)
{
    char buf[512];
    size_t n = 0;
    *status = 1;
    if (s.len <= 0 || s.len >= (go_int)sizeof buf || !float_syntax_ok(s.ptr, s.len))
        return 0;
    for (go_int i = 0; i < s.len; i++)
        if (s.ptr[i] != '_')
            buf[n++] = (char)s.ptr[i];
    buf[n] = '\0';
    char *end;
    errno = 0;
    double f = bit_size == 32 ? (double)strtof(buf, &end) : strtod(buf, &end);
    if (*end != '\0')
        return 0;
    *status = errno == ERANGE && isinf(f) ? 2 : 0;
    return f;
}

/* ---------------------------------------------------------------- math */

go_float64 gosub_math_Sqrt(go_float64 x) { return sqrt(x); }
go_float64 gosub_math_Abs(go_float64 x) { return fabs(x); }
go_float64 gosub_math_Floor(go_float64 x) { return floor(x); }
go_float64 gosub_math_Ceil(go_float64 x) { return ceil(x); }
go_float64 gosub_math_Trunc(go_float64 x) { return trunc(x); }
go_float64 gosub_math_Round(go_float64 x) { return round(x); }
go_float64 gosub_math_Pow(go_float64 x, go_float64 y) { return pow(x, y); }
go_float64 gosub_math_Exp(go_float64 x) { return exp(x); }
go_float64 gosub_math_Log(go_float64 x) { return log(x); }
go_float64 gosub_math_Log2(go_float64 x) { return log2(x); }
go_float64 gosub_math_Log10(go_float64 x) { return log10(x); }
go_float64 gosub_math_Sin(go_float64 x) { return sin(x); }
go_float64 gosub_math_Cos(go_float64 x) { return cos(x); }
go_float64 gosub_math_Tan(go_float64 x) { return tan(x); }
go_float64 gosub_math_Atan(go_float64 x) { return atan(x); }
go_float64 gosub_math_Atan2(go_float64 y, go_float64 x) { return atan2(y, x); }
go_float64 gosub_math_Hypot(go_float64 p, go_float64 q) { return hypot(p, q); }
go_float64 gosub_math_Mod(go_float64 x, go_float64 y) { return fmod(x, y); }

/* ---------------------------------------------------------------- runtime */

/* runtime.GC: a full collection, counted as forced. The scheduler is a
 * later issue: there is no other goroutine to yield to. */
void gosub_runtime_GC(void)
{
    rt_gc_collect(true);
    rt_gc_run_finalizers();     /* outside the collector: they run Go code */
}

/* runtime.Gosched: the queued finalizers run (Go's finalizer goroutine
 * would get its turn), then the other goroutines (sched.c). */
void gosub_runtime_Gosched(void)
{
    rt_gc_run_finalizers();
    gosub_gosched();
}

go_int gosub_runtime_NumGoroutine(void) { return gosub_numgoroutine(); }

/* runtime.Goexit: the goroutine's deferred calls run, then it ends. */
void gosub_runtime_Goexit(void) { rt_defer_goexit(); }

/* runtime.KeepAlive: the call itself is the point. It is out of line (and
 * the argument forced into a register) so that the C compiler keeps x, and
 * what it points to, in the caller's frame up to here. */
__attribute__((noinline)) void gosub_runtime_KeepAlive(GoEface x)
{
    __asm__ volatile("" : : "r"(x.type), "r"(x.data) : "memory");
}

/* The static data, where Go ignores finalizers (as for globals' addresses). */
extern char __data_start[] __attribute__((weak)), _end[] __attribute__((weak));

static RT_NORETURN void finalizer_throw(const char *what, const GoType *obj, const GoType *fn)
{
    char msg[512];
    if (fn)
        snprintf(msg, sizeof msg, "runtime.SetFinalizer: cannot pass %s to finalizer %s%s",
                 obj->string, fn->string, what);
    else if (obj)
        snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s is %s, not %s", what, obj->string,
                 strcmp(what, "first argument") == 0 ? "pointer" : "a function");
    else
        snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s", what);
    rt_fatal(msg);
}

/* runtime.SetFinalizer, with Go's checks (mfinal.go) and its messages. Func
 * types carry only their string here, so the parameter is matched by it:
 * func(T) for obj's pointer type T, or func(interface {}) (or any). Left
 * out: other pointer types with the same element and non-empty interfaces.
 * A finalizer with results arrives wrapped by the compiler as a func(T). */
void gosub_runtime_SetFinalizer(GoEface obj, GoEface finalizer)
{
    const GoType *ot = obj.type, *ft = finalizer.type;
    if (!ot)
        finalizer_throw("first argument is nil", NULL, NULL);
    if (ot->kind != GOKIND_POINTER)
        finalizer_throw("first argument", ot, NULL);
    void *p = obj.data;              /* a pointer is the interface's data word */
    bool at_start;
    if (!rt_gc_in_heap(p, &at_start)) {
        if (!p)     /* Go: a nil *T has no object either */
            finalizer_throw("pointer not in allocated block", NULL, NULL);
        if (&_end && (char *)p >= __data_start && (char *)p < _end)
            return;
        /* Zero-sized objects (all at one address) and stack objects (not
         * in the heap) never die as far as the collector is concerned. */
        if (ot->elem && ot->elem->size == 0)
            return;
        finalizer_throw("pointer not in allocated block", NULL, NULL);
    }
    /* No tiny allocator here, but Go accepts the same interior pointers. */
    if (!at_start && (!ot->elem || ot->elem->ptrdata != 0 || ot->elem->size >= 16))
        finalizer_throw("pointer not at beginning of allocated block", NULL, NULL);
    if (!ft) {
        rt_gc_set_finalizer(p, NULL, ot, false);
        return;
    }
    if (ft->kind != GOKIND_FUNC)
        finalizer_throw("second argument", ft, NULL);
    const char *sig = ft->string;
    size_t olen = strlen(ot->string);
    if (strncmp(sig, "func(...", 8) == 0)
        finalizer_throw(" because dotdotdot", ot, ft);
    bool iface_arg;
    const char *rest;
    if (strncmp(sig, "func(", 5) == 0 && strncmp(sig + 5, ot->string, olen) == 0 &&
        sig[5 + olen] == ')') {
        iface_arg = false;
        rest = sig + 6 + olen;
    } else if (strncmp(sig, "func(interface {})", 18) == 0) {
        iface_arg = true;
        rest = sig + 18;
    } else {
        finalizer_throw("", ot, ft);
    }
    if (*rest)          /* the compiler wraps finalizers with results (ir.c) */
        finalizer_throw("", ot, ft);
    rt_sched_createfing();
    if (!rt_gc_set_finalizer(p, (GoFunc *)finalizer.data, ot, iface_arg))   /* a func: direct */
        finalizer_throw("finalizer already set", NULL, NULL);
}

/* runtime.ReadMemStats: m is a *MemStats, laid out as RtMemStats. */
void gosub_runtime_readMemStats(void *m)
{
    rt_gc_read_memstats(m);
}

/* A breakpoint with no debugger attached ends the program as Go's does. */
void gosub_runtime_Breakpoint(void)
{
    rt_stdout_flush();
    rt_stderr_puts("SIGTRAP: trace trap\n\ngoroutine 1 [running]:\n");
    _exit(2);
}

go_uint32 gosub_math_Float32bits(go_float32 f)
{
    go_uint32 b;
    memcpy(&b, &f, sizeof b);
    return b;
}

go_float32 gosub_math_Float32frombits(go_uint32 b)
{
    go_float32 f;
    memcpy(&f, &b, sizeof f);
    return f;
}

go_float64 gosub_math_Nextafter(go_float64 x, go_float64 y) { return nextafter(x, y); }
go_float64 gosub_math_Ldexp(go_float64 frac, go_int exp) { return ldexp(frac, (int)exp); }

go_float64 gosub_math_frexp(go_float64 f, go_int *exp)
{
    int e = 0;
    double frac = frexp(f, &e);
    *exp = e;
    return frac;
}

/* ---------------------------------------------------------------- log */


/* log's header clock: "2009/11/10 23:00:00.123456 " in local time or UTC. */
GoString gosub_log_clock(go_bool date, go_bool time_of_day, go_bool micro, go_bool utc)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    struct tm tm;
    time_t secs = tv.tv_sec;
    if (utc)
        gmtime_r(&secs, &tm);
    else
        localtime_r(&secs, &tm);
    char buf[64];
    size_t n = 0;
    if (date)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%04d/%02d/%02d ", tm.tm_year + 1900, tm.tm_mon + 1,
                              tm.tm_mday);
    if (time_of_day) {
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
        if (micro)
            n += (size_t)snprintf(buf + n, sizeof buf - n, ".%06ld", (long)tv.tv_usec);
        n += (size_t)snprintf(buf + n, sizeof buf - n, " ");
    }
    return gosub_string_from_bytes(NULL, (GoSlice){buf, (go_int)n, (go_int)n});   /* a copy: buf dies here */
}

/* ---------------------------------------------------------------- runtime/debug */

go_int gosub_runtime_debug_SetGCPercent(go_int percent)
{
    return rt_gc_set_percent(percent);
}

go_int64 gosub_runtime_debug_SetMemoryLimit(go_int64 limit)
{
    return rt_gc_set_memory_limit(limit);
}

void gosub_runtime_debug_FreeOSMemory(void)
{
    rt_gc_free_os_memory();
}

/* ---------------------------------------------------------------- time */

/* Package time's clocks and timers: the scheduler's (sched.c, timer.c).
 * A *runtimeTimer is laid out as an RtTimer. */
void gosub_time_Sleep(go_int64 d) { gosub_sleep(d); }
go_int64 gosub_time_runtimeNano(void) { return gosub_nanotime(); }

go_int64 gosub_time_walltime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (go_int64)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void gosub_time_startTimer(RtTimer *t) { rt_timer_add(t); }
go_bool gosub_time_stopTimer(RtTimer *t) { return rt_timer_del(t); }
go_bool gosub_time_resetTimer(RtTimer *t, go_int64 when) { return rt_timer_reset(t, when, t->period); }

void gosub_time_modTimer(RtTimer *t, go_int64 when, go_int64 period, GoFunc *f, GoEface arg,
                         go_uintptr seq)
{
    rt_timer_del(t);
    t->f = f;
    t->arg = arg;
    t->seq = seq;
    rt_timer_reset(t, when, period);
}

/* ---------------------------------------------------------------- sync */

/* The function sync's Pools register to be emptied at each collection. */
static struct {
    GoFunc *cleanup;
} sync_pools;

void gosub_sync_runtime_registerPoolCleanup(GoFunc *cleanup)
{
    sync_pools.cleanup = cleanup;
}

/* Called by the collector before it marks (gc.c). */
void rt_sync_pool_cleanup(void)
{
    if (sync_pools.cleanup)
        ((void (*)(GoFunc *))sync_pools.cleanup->fn)(sync_pools.cleanup);
}

/* The registered function is reached only from here. */
void rt_sync_mark_roots(void)
{
    rt_gc_mark_range(&sync_pools, sizeof sync_pools);
}

/* The runtime's half of package sync (runtime.go there): semaphores and
 * notification lists (sema.c). */
void gosub_sync_runtime_Semacquire(uint32_t *s)
{
    rt_sema_acquire(s, false, RT_WAIT_SEMACQUIRE);
}

void gosub_sync_runtime_SemacquireMutex(uint32_t *s, go_bool lifo, go_int skipframes)
{
    (void)skipframes;
    rt_sema_acquire(s, lifo, RT_WAIT_SEMACQUIRE);
}

void gosub_sync_runtime_Semrelease(uint32_t *s, go_bool handoff, go_int skipframes)
{
    (void)skipframes;
    rt_sema_release(s, handoff);
}

go_uint32 gosub_sync_runtime_notifyListAdd(void *l) { return rt_notify_add(l); }
void gosub_sync_runtime_notifyListWait(void *l, go_uint32 t) { rt_notify_wait(l, t); }
void gosub_sync_runtime_notifyListNotifyAll(void *l) { rt_notify_all(l); }
void gosub_sync_runtime_notifyListNotifyOne(void *l) { rt_notify_one(l); }

void gosub_sync_runtime_notifyListCheck(go_uintptr size)
{
    if (size != sizeof(RtNotifyList))
        rt_fatal("runtime: bad notifyList size - sync=? runtime=?");
}

go_int64 gosub_sync_runtime_nanotime(void) { return gosub_nanotime(); }

RT_NORETURN void gosub_sync_throw(GoString msg)
{
    char buf[256];
    size_t n = msg.len < (go_int)sizeof buf - 1 ? (size_t)msg.len : sizeof buf - 1;
    memcpy(buf, msg.ptr, n);
    buf[n] = 0;
    rt_fatal(buf);
}

RT_NORETURN void gosub_sync_fatal(GoString msg)
{
    char buf[256];
    size_t n = msg.len < (go_int)sizeof buf - 1 ? (size_t)msg.len : sizeof buf - 1;
    memcpy(buf, msg.ptr, n);
    buf[n] = 0;
    rt_fatal(buf);
}
