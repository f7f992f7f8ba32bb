/* runner.c — gosub's test runner.
 *
 * Finds test files and runs them with gosub, in parallel, then reports:
 * one line per failure (with its reason and a few lines of detail), every
 * result with -v, and at the end the plain line "N passed, N failed".
 *
 * A test is
 *   - a Go file whose first comment line is a directive in the format of Go's
 *     own test suite ($GOROOT/test, driven by $GOROOT/test/run.go): "// run",
 *     "// errorcheck -0 -m -l", "// compile", ... plus gosub's "// tokens" and
 *     "// parse";
 *   - a C unit test of the runtime, named *_test.c;
 *   - a shell test, named *_test.sh (used for the runner's own self-test).
 * docs/testing.md describes the directives. Where this file and run.go could
 * differ, run.go (Go 1.19) is the reference: the same Go suite files must give
 * the same verdicts when the compiler behaves like gc.
 *
 * Structure: the parent process finds the tests and forks one child per test
 * (at most -j at a time). The child runs the test's commands, each in its own
 * process group under a timeout, in a private temporary directory, and sends
 * back a verdict through a pipe. The parent prints the verdicts in the order
 * the tests were found, so output is the same whatever -j is.
 *
 * Built with: cc -std=c11 -Wall -Wextra -D_GNU_SOURCE -O2 (libc only).
 */

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------------------ */
/* Options                                                                    */

static const char *g_gosub = "bin/gosub"; /* made absolute in main */
static int g_jobs;                          /* parallel tests; 0 = CPUs */
static bool g_verbose;
static int g_compile_timeout = 20;          /* seconds per compile step */
static int g_run_timeout = 20;              /* seconds per program run */
static regex_t g_run_filter;
static bool g_have_filter;

/* Set by SIGINT/SIGTERM; every wait loop checks it. */
static volatile sig_atomic_t g_interrupted;

/* Lines of detail printed under a failure (more with -v). */
static int detail_limit(void) { return g_verbose ? 200 : 20; }

/* ------------------------------------------------------------------------ */
/* Small utilities                                                            */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("runner: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

static char *xvasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        die("bad format");
    char *s = xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    return s;
}

static bool has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A growable byte buffer, always NUL-terminated once anything was added. */
typedef struct {
    char *s;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->s = xrealloc(b->s, cap);
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static void buf_putc(Buf *b, char c) { buf_add(b, &c, 1); }

static void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    buf_puts(b, s);
    free(s);
}

static const char *buf_str(const Buf *b) { return b->s ? b->s : ""; }

static void buf_free(Buf *b)
{
    free(b->s);
    memset(b, 0, sizeof *b);
}

/* A list of strings, kept NULL-terminated so that it can serve as an argv. */
typedef struct {
    char **v;
    int n, cap;
} StrList;

static StrList g_build_flags;            /* -buildflags: more flags for every gosub build */

static void sl_push(StrList *l, const char *s)
{
    if (l->n + 2 > l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n++] = xstrdup(s);
    l->v[l->n] = NULL;
}

static bool sl_contains(const StrList *l, const char *s)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return true;
    return false;
}

static void sl_free(StrList *l)
{
    for (int i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* Appends the whitespace-separated words of s (e.g. $CC, $RUNNER_CFLAGS). */
static void sl_push_words(StrList *l, const char *s)
{
    while (s && *s) {
        while (isspace((unsigned char)*s))
            s++;
        const char *start = s;
        while (*s && !isspace((unsigned char)*s))
            s++;
        if (s > start) {
            char *w = xstrndup(start, (size_t)(s - start));
            sl_push(l, w);
            free(w);
        }
    }
}

static bool read_file(const char *path, Buf *b)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char chunk[65536];
    ssize_t n;
    while ((n = read(fd, chunk, sizeof chunk)) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            close(fd);
            return false;
        }
        buf_add(b, chunk, (size_t)n);
    }
    close(fd);
    if (!b->s)
        buf_add(b, "", 0);
    return true;
}

static bool write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, n, f) == n;
    return fclose(f) == 0 && ok;
}

/* Absolute form of a path, without resolving symbolic links, so that the
 * name a compiler prints is predictable (run.go joins cwd and the name). */
static char *absolute_path(const char *path)
{
    char *joined;
    if (path[0] == '/') {
        joined = xstrdup(path);
    } else {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            die("getcwd: %s", strerror(errno));
        joined = xasprintf("%s/%s", cwd, path);
    }
    /* Clean it: drop "." components, duplicate slashes and "x/.." pairs. */
    char *out = xmalloc(strlen(joined) + 2);
    size_t len = 0;
    const char *p = joined;
    while (*p) {
        while (*p == '/')
            p++;
        const char *start = p;
        while (*p && *p != '/')
            p++;
        size_t n = (size_t)(p - start);
        if (n == 0 || (n == 1 && start[0] == '.'))
            continue;
        if (n == 2 && start[0] == '.' && start[1] == '.') {
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--; /* the slash */
            continue;
        }
        out[len++] = '/';
        memcpy(out + len, start, n);
        len += n;
    }
    if (len == 0)
        out[len++] = '/';
    out[len] = 0;
    free(joined);
    return out;
}

static char *dir_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* "dir/x.go" -> "dir/x" + ext */
static char *replace_ext(const char *path, const char *ext)
{
    const char *dot = strrchr(path, '.');
    size_t n = dot && dot > strrchr(path, '/') ? (size_t)(dot - path) : strlen(path);
    char *stem = xstrndup(path, n);
    char *r = xasprintf("%s%s", stem, ext);
    free(stem);
    return r;
}

/* ------------------------------------------------------------------------ */
/* Running a command under a timeout                                          */

/* Output beyond this is discarded: a runaway program must not eat memory. */
#define OUTPUT_LIMIT ((size_t)16 << 20)

typedef struct {
    bool exited;      /* exited normally, with status ... */
    int status;
    int signo;        /* ... or was killed by this signal */
    bool timed_out;
    bool interrupted; /* the runner itself was interrupted */
    bool truncated;   /* output exceeded OUTPUT_LIMIT */
    Buf out;          /* stdout, or stdout and stderr interleaved when merged */
    Buf err;          /* stderr when not merged */
} CmdResult;

static void cmd_free(CmdResult *r)
{
    buf_free(&r->out);
    buf_free(&r->err);
}

/* Has the child exited? Leaves it a zombie, so that its pid (which is also
 * its process group id) cannot be reused before we have killed the group. */
static bool child_exited(pid_t pid)
{
    siginfo_t info;
    memset(&info, 0, sizeof info);
    if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT) < 0)
        return errno == ECHILD;
    return info.si_pid == pid;
}

/*
 * Runs argv (searched in PATH) in directory dir (NULL: ours), stdin from
 * /dev/null, capturing its output, and kills its whole process group when it
 * exits, overruns timeout_secs, or the runner is interrupted: programs that
 * leave children behind must not outlive their test.
 */
static void run_command(char **argv, const char *dir, int timeout_secs, bool merge, CmdResult *r)
{
    memset(r, 0, sizeof *r);
    int outp[2], errp[2] = {-1, -1};
    if (pipe2(outp, O_CLOEXEC) < 0 || (!merge && pipe2(errp, O_CLOEXEC) < 0))
        die("pipe: %s", strerror(errno));
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        setpgid(0, 0);
        /* The command gets the default signal behaviour, whatever ours is. */
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0 && devnull != 0) {
            dup2(devnull, 0);
            close(devnull);
        }
        dup2(outp[1], 1);
        dup2(merge ? outp[1] : errp[1], 2);
        if (dir && chdir(dir) < 0) {
            dprintf(2, "runner: cannot chdir to %s: %s\n", dir, strerror(errno));
            _exit(127);
        }
        execvp(argv[0], argv);
        dprintf(2, "runner: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid); /* also here, so the group exists before any kill */
    close(outp[1]);
    if (!merge)
        close(errp[1]);

    int fds[2] = {outp[0], merge ? -1 : errp[0]};
    Buf *bufs[2] = {&r->out, &r->err};
    double deadline = now_seconds() + timeout_secs;
    bool exited = false;
    for (;;) {
        struct pollfd pfd[2];
        int which[2], npfd = 0;
        for (int i = 0; i < 2; i++)
            if (fds[i] >= 0) {
                pfd[npfd].fd = fds[i];
                pfd[npfd].events = POLLIN;
                which[npfd++] = i;
            }
        if (npfd == 0)
            break;
        if (g_interrupted) {
            r->interrupted = true;
            break;
        }
        double left = deadline - now_seconds();
        if (left <= 0) {
            r->timed_out = true;
            break;
        }
        /* Wake up now and then: the child may exit while something it
         * started keeps the pipes open. */
        int ms = left > 0.2 ? 200 : (int)(left * 1000) + 1;
        int k = poll(pfd, (nfds_t)npfd, ms);
        if (k < 0 && errno != EINTR)
            die("poll: %s", strerror(errno));
        for (int j = 0; k > 0 && j < npfd; j++) {
            if (!pfd[j].revents)
                continue;
            char chunk[65536];
            ssize_t n = read(pfd[j].fd, chunk, sizeof chunk);
            if (n > 0) {
                Buf *b = bufs[which[j]];
                size_t room = b->len < OUTPUT_LIMIT ? OUTPUT_LIMIT - b->len : 0;
                if ((size_t)n > room)
                    r->truncated = true;
                buf_add(b, chunk, (size_t)n < room ? (size_t)n : room);
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                close(fds[which[j]]);
                fds[which[j]] = -1;
            }
        }
        if (!exited && child_exited(pid)) {
            exited = true;
            kill(-pid, SIGKILL); /* whatever it left behind; then drain */
        }
    }
    if (!r->timed_out && !r->interrupted) {
        /* The pipes are closed; wait for the exit, still under the deadline. */
        while (!child_exited(pid)) {
            if (g_interrupted) {
                r->interrupted = true;
                break;
            }
            if (now_seconds() > deadline) {
                r->timed_out = true;
                break;
            }
            struct timespec ts = {0, 2 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
    int ws = 0;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
        ;
    for (int i = 0; i < 2; i++)
        if (fds[i] >= 0)
            close(fds[i]);
    if (!r->timed_out && !r->interrupted) {
        if (WIFEXITED(ws)) {
            r->exited = true;
            r->status = WEXITSTATUS(ws);
        } else if (WIFSIGNALED(ws)) {
            r->signo = WTERMSIG(ws);
        }
    }
    if (!r->out.s)
        buf_add(&r->out, "", 0);
    if (!r->err.s)
        buf_add(&r->err, "", 0);
}

/* ------------------------------------------------------------------------ */
/* Temporary directories                                                      */

static char *make_temp_dir(void)
{
    const char *tmp = getenv("TMPDIR");
    char *path = xasprintf("%s/gosub-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(path))
        die("mkdtemp %s: %s", path, strerror(errno));
    return path;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

static void remove_tree(const char *dir)
{
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ------------------------------------------------------------------------ */
/* Build constraints: "// +build" and "//go:build" lines, as run.go's        */
/* shouldTest evaluates them for linux/amd64 with the gc toolchain.          */

static bool building_without_escape_analysis(void);

/* run.go's context.match, with the tool tags of Go 1.19's gc on amd64
 * (go list -f '{{context.ToolTags}}'). cgo is off: gosub has no cgo.
 * gosub's own tag gosub.N is set when the programs are built with -N
 * (-buildflags -N): a test that counts allocations says "//go:build
 * !gosub.N", since without escape analysis everything is on the heap. */
static bool tag_is_set(const char *tag, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)tag[i];
        if (!isalnum(c) && c != '_' && c != '.' && c < 0x80)
            return false;
    }
    static const char *const set[] = {"linux", "amd64", "gc", "test_run",
                                      "goexperiment.regabiwrappers", "goexperiment.regabiargs"};
    for (size_t i = 0; i < sizeof set / sizeof set[0]; i++)
        if (strlen(set[i]) == n && memcmp(set[i], tag, n) == 0)
            return true;
    if (n == 7 && memcmp(tag, "gosub.N", 7) == 0)
        return building_without_escape_analysis();
    return false;
}

static bool is_tag_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.' || (unsigned char)c >= 0x80;
}

/* "// +build a,!b c": space-separated options are OR-ed, comma-separated
 * terms AND-ed. Returns 1/0, or -1 when the line is not a +build line. */
static int eval_plus_build(const char *line)
{
    if (!has_prefix(line, "//"))
        return -1;
    const char *p = line + 2;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!has_prefix(p, "+build") || (p[6] && p[6] != ' ' && p[6] != '\t' && p[6] != '\r'))
        return -1;
    p += 6;
    bool any = false, result = false;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (!*p)
            break;
        bool option = true;
        while (*p && *p != ' ' && *p != '\t' && *p != '\r') {
            bool negate = false;
            if (*p == '!') {
                negate = true;
                p++;
            }
            const char *tag = p;
            while (is_tag_char(*p))
                p++;
            if (p == tag || (*p && *p != ',' && *p != ' ' && *p != '\t' && *p != '\r'))
                return -1; /* malformed: Go does not treat it as a constraint */
            bool v = tag_is_set(tag, (size_t)(p - tag)) != negate;
            option = option && v;
            if (*p == ',')
                p++;
        }
        result = result || option;
        any = true;
    }
    return any ? result : -1;
}

/* A //go:build expression: ||, &&, !, parentheses and tags. */
typedef struct {
    const char *p;
    bool bad;
} Expr;

static void expr_space(Expr *e)
{
    while (*e->p == ' ' || *e->p == '\t' || *e->p == '\r')
        e->p++;
}

static bool expr_or(Expr *e);

static bool expr_not(Expr *e)
{
    expr_space(e);
    if (*e->p == '!') {
        e->p++;
        return !expr_not(e);
    }
    if (*e->p == '(') {
        e->p++;
        bool v = expr_or(e);
        expr_space(e);
        if (*e->p != ')')
            e->bad = true;
        else
            e->p++;
        return v;
    }
    const char *tag = e->p;
    while (is_tag_char(*e->p))
        e->p++;
    if (e->p == tag)
        e->bad = true;
    return tag_is_set(tag, (size_t)(e->p - tag));
}

static bool expr_and(Expr *e)
{
    bool v = expr_not(e);
    for (;;) {
        expr_space(e);
        if (!has_prefix(e->p, "&&") || e->bad)
            return v;
        e->p += 2;
        bool w = expr_not(e);
        v = v && w;
    }
}

static bool expr_or(Expr *e)
{
    bool v = expr_and(e);
    for (;;) {
        expr_space(e);
        if (!has_prefix(e->p, "||") || e->bad)
            return v;
        e->p += 2;
        bool w = expr_and(e);
        v = v || w;
    }
}

static int eval_go_build(const char *line)
{
    if (!has_prefix(line, "//go:build"))
        return -1;
    const char *p = line + 10;
    if (*p != ' ' && *p != '\t')
        return -1;
    Expr e = {p, false};
    bool v = expr_or(&e);
    expr_space(&e);
    if (e.bad || *e.p)
        return -1;
    return v;
}

/* 1 or 0 for a constraint line, -1 for any other line. */
static int eval_constraint(const char *line)
{
    int v = eval_go_build(line);
    return v >= 0 ? v : eval_plus_build(line);
}

/* ------------------------------------------------------------------------ */
/* The header of a Go test file: its directive and its build constraints.    */

/* run.go's splitQuoted: split at white space, honouring '...' and "..."
 * quotes and backslash escapes. Returns false for an unclosed quote. */
static bool split_quoted(const char *s, StrList *out)
{
    Buf arg = {0};
    bool escaped = false, quoted = false, have = false;
    char quote = 0;
    for (; *s; s++) {
        char c = *s;
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
            continue;
        } else if (quote) {
            if (c == quote) {
                quote = 0;
                continue;
            }
        } else if (c == '"' || c == '\'') {
            quoted = true;
            quote = c;
            continue;
        } else if (isspace((unsigned char)c)) {
            if (quoted || have) {
                quoted = false;
                sl_push(out, buf_str(&arg));
                arg.len = 0;
                if (arg.s)
                    arg.s[0] = '\0';      /* an empty quoted word next must read as empty */
                have = false;
            }
            continue;
        }
        buf_putc(&arg, c);
        have = true;
    }
    if (quoted || have)
        sl_push(out, buf_str(&arg));
    buf_free(&arg);
    return !quote && !escaped;
}

typedef struct {
    bool found;     /* the file has a directive */
    bool bad;       /* ... but it cannot be split into words */
    StrList words;  /* the directive: action, then flags and arguments */
    char *excluded; /* the constraint line that excludes this file, if any */
} Header;

static void header_free(Header *h)
{
    sl_free(&h->words);
    free(h->excluded);
}

/* The actions run.go knows, and gosub's own. A comment starting with any
 * other word ("// genunicode prints ...", in a tool program) is not a
 * directive, and its file is not a test. */
static bool is_action(const char *w, size_t n)
{
    static const char *const actions[] = {
        "run", "build", "compile", "errorcheck", "buildrun", "runoutput",
        "errorcheckwithauto", "errorcheckoutput", "tokens", "parse", "skip",
        "rundir", "runindir", "builddir", "buildrundir", "compiledir",
        "errorcheckdir", "errorcheckandrundir", "asmcheck",
    };
    for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
        if (strlen(actions[i]) == n && memcmp(actions[i], w, n) == 0)
            return true;
    return false;
}

/*
 * Reads the directive and the build constraints, which come before the
 * "package" clause. The directive is the first line that is neither blank
 * nor a constraint, if it is a "//" comment whose first word is an action
 * ("// run", "//errorcheck -0 -m"). Unlike run.go, only that one line is
 * the recipe: run.go reads up to the first blank line, so a constraint on
 * the next line would become arguments to the program.
 */
static void parse_header(const char *src, Header *h)
{
    memset(h, 0, sizeof *h);
    bool first = true;
    const char *p = src;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *line = xstrndup(p, n);
        p += n + (eol != NULL);
        if (has_prefix(line, "package") && (line[7] == ' ' || line[7] == '\t')) {
            free(line);
            break;
        }
        int c = eval_constraint(line);
        const char *t = line;
        while (isspace((unsigned char)*t))
            t++;
        if (c == 0 && !h->excluded)
            h->excluded = xstrdup(line);
        if (c < 0 && *t && first) {
            first = false;
            if (has_prefix(t, "//")) {
                const char *d = t + 2;
                while (*d == ' ' || *d == '\t')
                    d++;
                const char *w = d;
                while (*w >= 'a' && *w <= 'z')
                    w++;
                if (is_action(d, (size_t)(w - d)) && (!*w || isspace((unsigned char)*w))) {
                    h->found = true;
                    h->bad = !split_quoted(d, &h->words);
                }
            }
        }
        free(line);
    }
}

/* ------------------------------------------------------------------------ */
/* Go regexps (RE2 syntax) translated to POSIX extended regexps              */
/*                                                                           */
/* ERROR comments hold Go regexps; libc has POSIX ones. Only matching        */
/* matters (never what matched), so non-greedy operators become greedy ones   */
/* and groups need not capture. Unsupported syntax is reported, not guessed. */

typedef struct {
    Buf out;
    const char *err; /* first problem found */
    bool dotall;     /* (?s): . matches \n */
} ReCtx;

static int hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* After a backslash: an escape that stands for one character. Returns its
 * code point and advances *pp, or returns -1 (setting c->err). */
static long re_escape_char(ReCtx *c, const char **pp)
{
    const char *p = *pp;
    long v = -1;
    switch (*p) {
    case 'n': v = '\n'; p++; break;
    case 't': v = '\t'; p++; break;
    case 'r': v = '\r'; p++; break;
    case 'f': v = '\f'; p++; break;
    case 'v': v = '\v'; p++; break;
    case 'a': v = '\a'; p++; break;
    case 'x':
        p++;
        if (*p == '{') {
            p++;
            v = 0;
            int digits = 0;
            while (hex_digit(*p) >= 0 && v <= 0x10FFFF)
                v = v * 16 + hex_digit(*p++), digits++;
            if (*p != '}' || digits == 0 || v > 0x10FFFF) {
                c->err = "bad \\x{...} escape";
                return -1;
            }
            p++;
        } else {
            if (hex_digit(p[0]) < 0 || hex_digit(p[1]) < 0) {
                c->err = "bad \\x escape";
                return -1;
            }
            v = hex_digit(p[0]) * 16 + hex_digit(p[1]);
            p += 2;
        }
        break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        /* Octal, as Go reads it: \1..\7 alone would be a backreference. */
        if (*p != '0' && (p[1] < '0' || p[1] > '7')) {
            c->err = "backreferences are not supported";
            return -1;
        }
        v = 0;
        for (int i = 0; i < 3 && *p >= '0' && *p <= '7'; i++)
            v = v * 8 + (*p++ - '0');
        break;
    default:
        if ((unsigned char)*p < 0x80 && *p && !isalnum((unsigned char)*p)) {
            v = (unsigned char)*p++;
            break;
        }
        c->err = "unsupported escape sequence";
        return -1;
    }
    *pp = p;
    return v;
}

static int utf8_encode(long cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Emits one literal character. A multi-byte UTF-8 character becomes a group,
 * so that a following * applies to all of it, as in Go. */
static void re_emit_literal(ReCtx *c, long cp)
{
    if (cp == 0) {
        c->err = "NUL bytes are not supported";
        return;
    }
    if (cp >= 0x80) {
        char bytes[4];
        int n = utf8_encode(cp, bytes);
        buf_putc(&c->out, '(');
        buf_add(&c->out, bytes, (size_t)n);
        buf_putc(&c->out, ')');
        return;
    }
    if (cp == ']' || cp == '}') {
        /* Bracketed: POSIX leaves "\]" and "\}" undefined. */
        buf_printf(&c->out, "[%c]", (int)cp);
        return;
    }
    if (strchr(".[()*+?{|^$\\", (int)cp))
        buf_putc(&c->out, '\\');
    buf_putc(&c->out, (char)cp);
}

/* The bytes of Perl's \d, \s, \w (as Go defines them: ASCII only). */
static void perl_class_set(char which, unsigned char set[256])
{
    for (int ch = 1; ch < 256; ch++) {
        bool in = false;
        switch (which) {
        case 'd': in = ch >= '0' && ch <= '9'; break;
        case 's': in = ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' || ch == ' '; break;
        case 'w': in = (ch < 0x80 && isalnum(ch)) || ch == '_'; break;
        }
        if (in)
            set[ch] = 1;
    }
}

/* Emits a POSIX bracket expression for a set of bytes plus named classes,
 * placing ']' first, '-' last and '^' anywhere but first, as POSIX needs. */
static void re_emit_bracket(ReCtx *c, const unsigned char set[256], bool negate, const char *named)
{
    int count = 0, only = 0;
    for (int ch = 1; ch < 256; ch++)
        if (set[ch])
            count++, only = ch;
    if (!negate && !*named && count == 1) {
        re_emit_literal(c, only);
        return;
    }
    Buf *o = &c->out;
    buf_putc(o, '[');
    if (negate)
        buf_putc(o, '^');
    bool empty = true;
    if (set[']'])
        buf_putc(o, ']'), empty = false;
    for (int ch = 1; ch < 256; ch++) {
        if (!set[ch] || ch == ']' || ch == '^' || ch == '-' || ch == '[')
            continue;
        /* Runs of digits or letters as ranges, for readability; the runner
         * never calls setlocale, so ranges are byte ranges. */
        int end = ch;
        while (end + 1 < 256 && set[end + 1] && isalnum(end + 1) && isalnum(ch) &&
               ((isdigit(ch) && isdigit(end + 1)) || (isupper(ch) && isupper(end + 1)) ||
                (islower(ch) && islower(end + 1))))
            end++;
        if (end - ch >= 2) {
            buf_printf(o, "%c-%c", ch, end);
            ch = end;
        } else {
            buf_putc(o, (char)ch);
        }
        empty = false;
    }
    if (*named)
        buf_puts(o, named), empty = false;
    if (set['['])
        buf_putc(o, '['), empty = false; /* last before ^ and -: no "[:" */
    if (set['^'] && set['-'] && empty && !negate) {
        buf_puts(o, "-^]"); /* "[^-]" would be a negation */
        return;
    }
    if (set['^'])
        buf_putc(o, '^');
    if (set['-'])
        buf_putc(o, '-');
    buf_putc(o, ']');
}

/* One character of a class (a literal or an escape); -1 on error. */
static long re_class_char(ReCtx *c, const char **pp)
{
    const char *p = *pp;
    long cp;
    if (*p == '\\') {
        p++;
        cp = re_escape_char(c, &p);
    } else {
        cp = (unsigned char)*p++;
    }
    if (cp >= 0x80) {
        c->err = "non-ASCII characters in [...] are not supported";
        return -1;
    }
    *pp = p;
    return cp;
}

/* A character class; *pp is just after the '['. */
static void re_class(ReCtx *c, const char **pp)
{
    static const char *const posix_names[] = {
        "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
        "print", "punct", "space", "upper", "xdigit",
    };
    const char *p = *pp;
    unsigned char set[256] = {0};
    Buf named = {0};
    buf_add(&named, "", 0);
    bool negate = false;
    if (*p == '^')
        negate = true, p++;
    bool first = true; /* a ']' first is a literal, as in Go */
    while (*p != ']' || first) {
        first = false;
        if (!*p) {
            c->err = "missing ]";
            break;
        }
        if (p[0] == '[' && p[1] == ':') {
            const char *end = strstr(p + 2, ":]");
            if (!end) {
                c->err = "bad [:class:]";
                break;
            }
            char *name = xstrndup(p + 2, (size_t)(end - p - 2));
            bool known = false;
            for (size_t i = 0; i < sizeof posix_names / sizeof posix_names[0]; i++)
                known = known || strcmp(name, posix_names[i]) == 0;
            if (known)
                buf_printf(&named, "[:%s:]", name);
            else if (strcmp(name, "word") == 0)
                perl_class_set('w', set);
            else if (strcmp(name, "ascii") == 0)
                for (int ch = 1; ch < 0x80; ch++)
                    set[ch] = 1;
            else
                c->err = "unsupported [:class:] (negated or unknown)";
            free(name);
            p = end + 2;
            continue;
        }
        if (p[0] == '\\' && p[1] && strchr("dswDSW", p[1])) {
            if (isupper((unsigned char)p[1])) {
                c->err = "\\D, \\S, \\W inside [...] are not supported";
                break;
            }
            perl_class_set(p[1], set);
            p += 2;
            continue;
        }
        if (p[0] == '\\' && p[1] && strchr("pP", p[1])) {
            c->err = "Unicode classes (\\p) are not supported";
            break;
        }
        long lo = re_class_char(c, &p), hi = lo;
        if (lo < 0)
            break;
        if (p[0] == '-' && p[1] && p[1] != ']') {
            p++;
            hi = re_class_char(c, &p);
            if (hi < 0)
                break;
            if (hi < lo) {
                c->err = "bad range in [...]";
                break;
            }
        }
        for (long ch = lo; ch <= hi; ch++)
            if (ch > 0)
                set[ch] = 1;
    }
    if (!c->err) {
        p++; /* the ']' */
        re_emit_bracket(c, set, negate, named.s);
    }
    buf_free(&named);
    *pp = p;
}

/* Is p ("{...") a repetition count {n}, {n,} or {n,m}? Returns its length. */
static size_t re_repeat_len(const char *p)
{
    const char *q = p + 1;
    long lo = 0, hi;
    if (!isdigit((unsigned char)*q))
        return 0;
    while (isdigit((unsigned char)*q))
        lo = lo * 10 + (*q++ - '0'), lo = lo > 100000 ? 100000 : lo;
    hi = lo;
    if (*q == ',') {
        q++;
        hi = -1;
        if (isdigit((unsigned char)*q)) {
            hi = 0;
            while (isdigit((unsigned char)*q))
                hi = hi * 10 + (*q++ - '0'), hi = hi > 100000 ? 100000 : hi;
        }
    }
    if (*q != '}' || lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo))
        return 0;
    return (size_t)(q + 1 - p);
}

/*
 * Translates a Go regexp to a POSIX ERE. Returns it (malloc'd) and the
 * regcomp flags to use, or NULL with *err set to what is not supported.
 */
static char *re2_to_ere(const char *re, int *cflags, const char **err)
{
    ReCtx c = {{0}, NULL, false};
    buf_add(&c.out, "", 0);
    *cflags = REG_EXTENDED | REG_NOSUB;
    const char *p = re;

    /* Leading flag groups such as (?i) or (?s) apply to the whole regexp. */
    while (p[0] == '(' && p[1] == '?' && p[2] && strspn(p + 2, "imsU") > 0 &&
           p[2 + strspn(p + 2, "imsU")] == ')') {
        for (p += 2; *p != ')'; p++) {
            if (*p == 'i')
                *cflags |= REG_ICASE;
            else if (*p == 's')
                c.dotall = true;
            else if (*p == 'm')
                c.err = "(?m) is not supported";
            /* U (ungreedy) does not change whether something matches. */
        }
        p++;
    }

    bool atom = false; /* something a repetition operator can apply to */
    int depth = 0;
    while (*p && !c.err) {
        char ch = *p;
        switch (ch) {
        case '\\':
            p++;
            if (!*p) {
                c.err = "trailing backslash";
            } else if (strchr("dDsSwW", *p)) {
                unsigned char set[256] = {0};
                perl_class_set((char)tolower((unsigned char)*p), set);
                re_emit_bracket(&c, set, isupper((unsigned char)*p), "");
                p++;
                atom = true;
            } else if (*p == 'A' || *p == 'z') {
                buf_putc(&c.out, *p == 'A' ? '^' : '$');
                p++;
                atom = false;
            } else if (*p == 'b' || *p == 'B') {
                c.err = "\\b and \\B (word boundaries) are not supported";
            } else if (*p == 'p' || *p == 'P') {
                c.err = "Unicode classes (\\p) are not supported";
            } else if (*p == 'Q') {
                /* \Q...\E: everything in between is literal. */
                const char *end = strstr(++p, "\\E");
                const char *stop = end ? end : p + strlen(p);
                while (p < stop)
                    re_emit_literal(&c, (unsigned char)*p++);
                p = end ? end + 2 : stop;
                atom = true;
            } else {
                long cp = re_escape_char(&c, &p);
                if (cp >= 0)
                    re_emit_literal(&c, cp);
                atom = true;
            }
            break;
        case '.':
            /* Go's . does not match a newline unless (?s). */
            buf_puts(&c.out, c.dotall ? "." : "[^\n]");
            p++;
            atom = true;
            break;
        case '[':
            p++;
            re_class(&c, &p);
            atom = true;
            break;
        case '(':
            p++;
            if (*p == '?') {
                p++;
                if (*p == ':') {
                    p++;
                } else if ((*p == 'P' && p[1] == '<') || *p == '<') {
                    const char *end = strchr(p, '>');
                    if (!end)
                        c.err = "bad named group";
                    else
                        p = end + 1;
                } else {
                    c.err = "flag groups other than a leading (?i) or (?s) are not supported";
                }
            }
            buf_putc(&c.out, '(');
            depth++;
            atom = false;
            break;
        case ')':
            if (depth == 0) {
                c.err = "unexpected )";
                break;
            }
            depth--;
            buf_putc(&c.out, ')');
            p++;
            atom = true;
            break;
        case '|':
            buf_putc(&c.out, '|');
            p++;
            atom = false;
            break;
        case '*':
        case '+':
        case '?':
            if (!atom) {
                c.err = "missing argument to repetition operator";
                break;
            }
            buf_putc(&c.out, ch);
            p++;
            if (*p == '?')
                p++; /* non-greedy: the same matches */
            atom = false;
            break;
        case '{': {
            size_t n = re_repeat_len(p);
            if (n == 0) {
                buf_puts(&c.out, "\\{"); /* not a count: a literal, as in Go */
                p++;
                atom = true;
                break;
            }
            if (!atom) {
                c.err = "missing argument to repetition operator";
                break;
            }
            buf_add(&c.out, p, n);
            p += n;
            if (*p == '?')
                p++;
            atom = false;
            break;
        }
        case '^':
        case '$':
            buf_putc(&c.out, ch);
            p++;
            atom = false;
            break;
        default:
            if ((unsigned char)ch >= 0x80) {
                /* A UTF-8 sequence: keep its bytes together. */
                size_t n = 1;
                while ((unsigned char)p[n] >= 0x80 && (unsigned char)p[n] < 0xC0)
                    n++;
                buf_putc(&c.out, '(');
                buf_add(&c.out, p, n);
                buf_putc(&c.out, ')');
                p += n;
            } else {
                re_emit_literal(&c, (unsigned char)ch);
                p++;
            }
            atom = true;
            break;
        }
    }
    if (!c.err && depth != 0)
        c.err = "missing )";
    if (c.err) {
        *err = c.err;
        buf_free(&c.out);
        return NULL;
    }
    return c.out.s;
}

/* Compiles a Go regexp; on failure returns a malloc'd explanation. */
static char *compile_go_regexp(const char *re, regex_t *rx)
{
    int cflags;
    const char *why = NULL;
    char *ere = re2_to_ere(re, &cflags, &why);
    if (!ere)
        return xasprintf("cannot translate regexp %s to POSIX: %s", re, why);
    int rc = regcomp(rx, ere, cflags);
    if (rc != 0) {
        char msg[256];
        regerror(rc, rx, msg, sizeof msg);
        char *r = xasprintf("regexp %s (POSIX: %s): %s", re, ere, msg);
        free(ere);
        return r;
    }
    free(ere);
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* A test's verdict                                                           */

enum { PASS, FAIL, SKIP };

typedef struct {
    const char *path;    /* as found: used in messages */
    char *abspath;       /* what the compiler is given */
    char *dir;           /* its directory, absolute */
    const char *base;    /* its base name */
    char *tmp;           /* private temporary directory */
    int compile_timeout; /* seconds */
    int run_timeout;
    int status;
    Buf reason;          /* one line */
    Buf detail;          /* lines, each indented */
} Test;

static void set_verdict(Test *t, int status, const char *fmt, va_list ap)
{
    if (t->status != PASS)
        return; /* the first reason is the one that matters */
    t->status = status;
    char *s = xvasprintf(fmt, ap);
    for (char *q = s; *q; q++)
        if (*q == '\n' || *q == '\r')
            *q = ' ';
    buf_puts(&t->reason, s);
    free(s);
}

static void fail(Test *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_verdict(t, FAIL, fmt, ap);
    va_end(ap);
}

static void skip(Test *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_verdict(t, SKIP, fmt, ap);
    va_end(ap);
}

/* Appends n bytes of output for display: cut to a readable length, with
 * control characters (NUL included) shown as \xNN. */
static void show_bytes(Buf *d, const char *s, size_t n)
{
    size_t shown = n > 300 ? 300 : n;
    for (size_t i = 0; i < shown; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            buf_printf(d, "\\x%02x", c);
        else
            buf_putc(d, (char)c);
    }
    if (shown < n)
        buf_puts(d, "...");
}

/* Adds the first lines of some output (a Buf: it may hold NULs) as detail. */
static void detail_output(Test *t, const Buf *b)
{
    int lines = 0, limit = detail_limit();
    const char *p = buf_str(b), *end = p + b->len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t n = eol ? (size_t)(eol - p) : (size_t)(end - p);
        if (lines++ == limit) {
            int rest = 0;
            for (const char *q = p; q < end; q++)
                rest += *q == '\n';
            buf_printf(&t->detail, "    ... (%d more lines)\n", rest + (end[-1] != '\n'));
            return;
        }
        buf_puts(&t->detail, "    ");
        show_bytes(&t->detail, p, n);
        buf_putc(&t->detail, '\n');
        p += n + (eol != NULL);
    }
}

static void detail_text(Test *t, const char *text)
{
    Buf b = {(char *)text, strlen(text), 0};
    detail_output(t, &b);
}

/*
 * Runs one step of a test. A timeout, an interruption or a death by signal
 * makes the test fail (returning false); the exit status is the caller's to
 * judge.
 */
static bool step(Test *t, const char *what, char **argv, const char *dir, int timeout, bool merge,
                 CmdResult *r)
{
    run_command(argv, dir, timeout, merge, r);
    if (r->interrupted) {
        fail(t, "interrupted");
        return false;
    }
    if (r->timed_out) {
        fail(t, "%s timed out after %ds", what, timeout);
        detail_output(t, &r->out);
        detail_output(t, &r->err);
        return false;
    }
    if (!r->exited) {
        fail(t, "%s killed by signal %d (%s)", what, r->signo, strsignal(r->signo));
        detail_output(t, &r->out);
        detail_output(t, &r->err);
        return false;
    }
    return true;
}

/* A failing compile: says so, pointing out gosub's "not supported" ends. */
static void compile_failed(Test *t, const char *what, const CmdResult *r)
{
    const char *out = buf_str(&r->out);
    const char *unsupported = strstr(out, "not supported by gosub");
    if (unsupported) {
        const char *start = unsupported;
        while (start > out && start[-1] != '\n')
            start--;
        const char *end = strchr(unsupported, '\n');
        int n = end ? (int)(end - start) : (int)strlen(start);
        fail(t, "%s failed: %.*s", what, n, start);
    } else {
        fail(t, "%s failed (exit status %d)", what, r->status);
    }
    detail_output(t, &r->out);
    detail_output(t, &r->err);
}

/* ------------------------------------------------------------------------ */
/* Comparing outputs                                                          */

typedef struct {
    const char *s;
    size_t n; /* including the newline, if any */
} Line;

static Line *split_lines(const Buf *b, int *count)
{
    int cap = 16, n = 0;
    Line *v = xmalloc((size_t)cap * sizeof *v);
    const char *s = buf_str(b), *end = s + b->len;
    while (s < end) {
        const char *eol = memchr(s, '\n', (size_t)(end - s));
        size_t len = eol ? (size_t)(eol - s) + 1 : (size_t)(end - s);
        if (n == cap)
            v = xrealloc(v, (size_t)(cap *= 2) * sizeof *v);
        v[n].s = s;
        v[n++].n = len;
        s += len;
    }
    *count = n;
    return v;
}

static bool line_eq(Line a, Line b) { return a.n == b.n && memcmp(a.s, b.s, a.n) == 0; }

static void diff_emit(Buf *d, char tag, Line l, int *budget)
{
    if (*budget <= 0)
        return;
    (*budget)--;
    bool nl = l.n > 0 && l.s[l.n - 1] == '\n';
    size_t len = l.n - nl;
    buf_printf(d, "    %c", tag);
    show_bytes(d, l.s, len);
    buf_puts(d, nl ? "\n" : "    (no newline at end)\n");
}

/*
 * A short unified-style diff of want and got: common lines at both ends are
 * trimmed, the middle is diffed by longest common subsequence (when small
 * enough; otherwise shown as all removed then all added), and at most
 * max_lines lines are shown.
 */
static void unified_diff(Buf *d, const Buf *want, const Buf *got, int max_lines)
{
    int na, nb;
    Line *a = split_lines(want, &na), *b = split_lines(got, &nb);
    int pre = 0;
    while (pre < na && pre < nb && line_eq(a[pre], b[pre]))
        pre++;
    int suf = 0;
    while (suf < na - pre && suf < nb - pre && line_eq(a[na - 1 - suf], b[nb - 1 - suf]))
        suf++;
    int n = na - pre - suf, m = nb - pre - suf;
    int ctx = pre < 2 ? pre : 2, ctx_after = suf < 2 ? suf : 2;
    buf_printf(d, "    @@ -%d,%d +%d,%d @@ (- want, + got)\n", pre - ctx + 1, n + ctx + ctx_after,
               pre - ctx + 1, m + ctx + ctx_after);
    int budget = max_lines;
    for (int i = pre - ctx; i < pre; i++)
        diff_emit(d, ' ', a[i], &budget);
    if ((long)(n + 1) * (m + 1) <= 4000000L) {
        /* lcs[i][j]: length of the LCS of a[pre+i..] and b[pre+j..] */
        int *lcs = xmalloc((size_t)(n + 1) * (size_t)(m + 1) * sizeof *lcs);
#define LCS(i, j) lcs[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
        for (int i = n; i >= 0; i--)
            for (int j = m; j >= 0; j--) {
                if (i == n || j == m)
                    LCS(i, j) = 0;
                else if (line_eq(a[pre + i], b[pre + j]))
                    LCS(i, j) = LCS(i + 1, j + 1) + 1;
                else
                    LCS(i, j) = LCS(i + 1, j) > LCS(i, j + 1) ? LCS(i + 1, j) : LCS(i, j + 1);
            }
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && line_eq(a[pre + i], b[pre + j]))
                diff_emit(d, ' ', a[pre + i++], &budget), j++;
            else if (i < n && (j == m || LCS(i + 1, j) >= LCS(i, j + 1)))
                diff_emit(d, '-', a[pre + i++], &budget);
            else
                diff_emit(d, '+', b[pre + j++], &budget);
        }
#undef LCS
        free(lcs);
    } else {
        for (int i = 0; i < n; i++)
            diff_emit(d, '-', a[pre + i], &budget);
        for (int j = 0; j < m; j++)
            diff_emit(d, '+', b[pre + j], &budget);
    }
    for (int i = na - suf; i < na - suf + ctx_after; i++)
        diff_emit(d, ' ', a[i], &budget);
    if (budget <= 0)
        buf_puts(d, "    ...\n");
    free(a);
    free(b);
}

/* Removes every "\r" that precedes a "\n" (run.go does the same). */
static void strip_cr(Buf *b)
{
    size_t w = 0;
    for (size_t r = 0; r < b->len; r++)
        if (!(b->s[r] == '\r' && r + 1 < b->len && b->s[r + 1] == '\n'))
            b->s[w++] = b->s[r];
    b->len = w;
    if (b->s)
        b->s[w] = 0;
}

static bool is_goroutine_header(const char *s, size_t n)
{
    /* "goroutine 1 [running]:" */
    if (n < 14 || strncmp(s, "goroutine ", 10) != 0)
        return false;
    size_t i = 10;
    if (!isdigit((unsigned char)s[i]))
        return false;
    while (i < n && isdigit((unsigned char)s[i]))
        i++;
    return i + 2 < n && s[i] == ' ' && s[i + 1] == '[' && s[n - 2] == ']' && s[n - 1] == ':';
}

/*
 * Makes a program's output comparable where Go's cannot be reproduced: after
 * a "panic:" or "fatal error:" line, output is kept up to and including the
 * first goroutine header ("goroutine 1 [running]:"), whose number becomes N
 * (Go numbers goroutines with its own runtime's among them); the stack trace
 * after it is dropped. In "[signal SIGSEGV: ... pc=0x...]" the pc is dropped.
 * Returns whether a goroutine header was found.
 */
static bool normalize_output(Buf *b)
{
    Buf out = {0};
    buf_add(&out, "", 0);
    bool panicking = false, cut = false;
    const char *p = buf_str(b), *end = p + b->len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t n = eol ? (size_t)(eol - p) : (size_t)(end - p);
        if (has_prefix(p, "panic: ") || has_prefix(p, "fatal error: "))
            panicking = true;
        if (panicking && is_goroutine_header(p, n)) {
            const char *bracket = memchr(p, '[', n);
            buf_puts(&out, "goroutine N ");
            buf_add(&out, bracket, n - (size_t)(bracket - p));
            buf_putc(&out, '\n');
            cut = true;
            break;
        }
        const char *pc = has_prefix(p, "[signal ") ? memmem(p, n, " pc=0x", 6) : NULL;
        if (pc) {
            buf_add(&out, p, (size_t)(pc - p));
            buf_puts(&out, "]");
        } else {
            buf_add(&out, p, n);
        }
        if (eol)
            buf_putc(&out, '\n');
        p += n + (eol != NULL);
    }
    buf_free(b);
    *b = out;
    return cut;
}

static bool buf_equal(const Buf *a, const Buf *b)
{
    return a->len == b->len && memcmp(buf_str(a), buf_str(b), a->len) == 0;
}

/* Reads an expected-output file; a missing one means empty output. */
static bool read_expected(const char *path, Buf *b)
{
    if (read_file(path, b))
        return true;
    buf_add(b, "", 0);
    return false;
}

/* Checks a program's exit status and output against FILE.exit and FILE.out. */
static void check_program(Test *t, const CmdResult *r)
{
    char *out_path = replace_ext(t->path, ".out");
    char *exit_path = replace_ext(t->path, ".exit");
    Buf want = {0}, got = {0}, exit_text = {0};
    bool have_out = read_expected(out_path, &want);
    int want_status = 0;
    if (read_file(exit_path, &exit_text))
        want_status = atoi(buf_str(&exit_text));
    buf_add(&got, buf_str(&r->out), r->out.len);
    strip_cr(&got);
    /* Stack traces are cut only where the expected output has one. */
    Buf want_norm = {0};
    buf_add(&want_norm, buf_str(&want), want.len);
    if (normalize_output(&want_norm)) {
        normalize_output(&got);
    } else {
        buf_free(&want_norm);
        buf_add(&want_norm, buf_str(&want), want.len);
    }
    bool same = buf_equal(&want_norm, &got);
    bool status_ok = r->status == want_status;
    const char *want_name = have_out ? out_path : "(no .out file: want empty output)";
    const char *trunc = r->truncated ? " (output truncated)" : "";
    if (!same && !status_ok)
        fail(t, "exit status %d, want %d; output differs from %s%s", r->status, want_status,
             want_name, trunc);
    else if (!same)
        fail(t, "output differs from %s%s", want_name, trunc);
    else if (!status_ok)
        fail(t, "exit status %d, want %d", r->status, want_status);
    if (!same)
        unified_diff(&t->detail, &want_norm, &got, detail_limit());
    else if (!status_ok)
        detail_output(t, &r->out);
    buf_free(&want);
    buf_free(&want_norm);
    buf_free(&got);
    buf_free(&exit_text);
    free(out_path);
    free(exit_path);
}

/* ------------------------------------------------------------------------ */
/* Error checking: run.go's errorCheck                                        */

typedef struct {
    char *re_str;
    regex_t re;
    int line;
    bool autogen; /* ERRORAUTO: matches an <autogenerated> message */
    char *prefix; /* "file.go:12" */
} Wanted;

/* The compiler's output as messages: continuation lines (starting with a
 * tab) join the message before them; "#" and "go tool" lines, blank lines
 * and, unless want_auto, <autogenerated> messages are dropped. */
static void split_messages(const char *out, bool want_auto, StrList *msgs)
{
    const char *p = out;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *line = xstrndup(p, n);
        p += n + (eol != NULL);
        if (n > 0 && line[n - 1] == '\r')
            line[--n] = 0;
        bool blank = true;
        for (size_t i = 0; i < n; i++)
            blank = blank && isspace((unsigned char)line[i]);
        if (line[0] == '\t' && msgs->n > 0) {
            char *joined = xasprintf("%s\n%s", msgs->v[msgs->n - 1], line);
            free(msgs->v[msgs->n - 1]);
            msgs->v[msgs->n - 1] = joined;
        } else if (has_prefix(line, "go tool") || line[0] == '#' ||
                   (!want_auto && has_prefix(line, "<autogenerated>"))) {
            /* not a message */
        } else if (!blank) {
            sl_push(msgs, line);
        }
        free(line);
    }
}

/* Replaces every occurrence of from with to in s (freeing s). */
static char *replace_all(char *s, const char *from, const char *to)
{
    size_t fl = strlen(from);
    if (fl == 0 || !strstr(s, from))
        return s;
    Buf b = {0};
    const char *p = s, *q;
    while ((q = strstr(p, from))) {
        buf_add(&b, p, (size_t)(q - p));
        buf_puts(&b, to);
        p = q + fl;
    }
    buf_puts(&b, p);
    free(s);
    return b.s;
}

/* run.go's matchPrefix: s is "(dir/)?prefix" followed by ':' or '['. */
static bool match_prefix(const char *s, const char *prefix)
{
    const char *colon = strchr(s, ':');
    if (!colon)
        return false;
    const char *start = s;
    for (const char *q = s; q < colon; q++)
        if (*q == '/')
            start = q + 1;
    size_t n = strlen(prefix);
    if (strlen(start) <= n || strncmp(start, prefix, n) != 0)
        return false;
    return start[n] == ':' || start[n] == '[';
}

/*
 * Finds "// ERROR" comments, as run.go's wantedErrors: on each line not
 * containing "////", the first "// ERROR " or "// GC_ERROR " (or the
 * ERRORAUTO forms) is followed by quoted regexps. run.go only knows
 * "double quotes"; `back quotes` are accepted too. (GCCGO_ERROR is gccgo's
 * and is not matched, as in run.go.) LINE, LINE+n and LINE-n in a regexp
 * stand for "file.go:N". Returns false, having failed the test, for a
 * regexp that cannot be used.
 */
static bool wanted_errors(Test *t, const char *file, const char *shortname, Wanted **out, int *count)
{
    Buf src = {0};
    if (!read_file(file, &src)) {
        fail(t, "cannot read %s: %s", file, strerror(errno));
        return false;
    }
    /* A NUL byte (nul1.go's generated file has some) must not end a line. */
    for (size_t i = 0; i < src.len; i++)
        if (src.s[i] == 0)
            src.s[i] = ' ';
    int n = 0, cap = 16;
    Wanted *w = xmalloc((size_t)cap * sizeof *w);
    bool ok = true;
    const char *p = buf_str(&src);
    for (int lineno = 1; *p && ok; lineno++) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char *line = xstrndup(p, len);
        p += len + (eol != NULL);
        if (strstr(line, "////")) {
            free(line);
            continue;
        }
        const char *rest = NULL;
        bool autogen = false;
        static const char *const markers[] = {"ERRORAUTO ", "GC_ERRORAUTO ", "ERROR ", "GC_ERROR "};
        for (int pass = 0; pass < 2 && !rest; pass++) /* ERRORAUTO first, as run.go */
            for (const char *q = strstr(line, "// "); q && !rest; q = strstr(q + 1, "// "))
                for (int k = pass * 2; k < pass * 2 + 2 && !rest; k++)
                    if (has_prefix(q + 3, markers[k])) {
                        rest = q + 3 + strlen(markers[k]);
                        autogen = pass == 0;
                    }
        if (!rest) {
            free(line);
            continue;
        }
        int found = 0;
        for (const char *q = rest; *q && ok; q++) {
            if (*q != '"' && *q != '`')
                continue;
            const char *end = strchr(q + 1, *q);
            if (!end)
                break;
            char *rx = xstrndup(q + 1, (size_t)(end - q - 1));
            q = end;
            found++;
            /* LINE, LINE+n, LINE-n */
            Buf sub = {0};
            buf_add(&sub, "", 0);
            for (const char *r = rx; *r;) {
                if (has_prefix(r, "LINE")) {
                    r += 4;
                    int num = lineno;
                    if ((*r == '+' || *r == '-') && isdigit((unsigned char)r[1])) {
                        int sign = *r == '+' ? 1 : -1, delta = 0;
                        for (r++; isdigit((unsigned char)*r); r++)
                            delta = delta * 10 + (*r - '0');
                        num += sign * delta;
                    }
                    buf_printf(&sub, "%s:%d", shortname, num);
                } else {
                    buf_putc(&sub, *r++);
                }
            }
            free(rx);
            if (n == cap)
                w = xrealloc(w, (size_t)(cap *= 2) * sizeof *w);
            char *why = compile_go_regexp(sub.s, &w[n].re);
            if (why) {
                fail(t, "%s:%d: unusable ERROR regexp: %s", shortname, lineno, why);
                free(why);
                buf_free(&sub);
                ok = false;
                break;
            }
            w[n].re_str = sub.s;
            w[n].line = lineno;
            w[n].autogen = autogen;
            w[n].prefix = xasprintf("%s:%d", shortname, lineno);
            n++;
        }
        if (ok && found == 0) {
            fail(t, "%s:%d: invalid ERROR comment (no quoted regexp): %s", shortname, lineno, line);
            ok = false;
        }
        free(line);
    }
    buf_free(&src);
    *out = w;
    *count = n;
    return ok;
}

static void free_wanted(Wanted *w, int n)
{
    for (int i = 0; i < n; i++) {
        free(w[i].re_str);
        free(w[i].prefix);
        regfree(&w[i].re);
    }
    free(w);
}

/*
 * run.go's errorCheck: every wanted regexp must match one of the messages
 * reported on its line (matched against the text after the first space,
 * i.e. without "file:line: "), and every message must be matched by some
 * regexp. full is the file name as the compiler was given it, shortname
 * the name the ERROR comments use.
 */
static void check_errors(Test *t, const char *output, bool want_auto, const char *full,
                         const char *shortname)
{
    StrList msgs = {0};
    split_messages(output, want_auto, &msgs);
    for (int i = 0; i < msgs.n; i++)
        msgs.v[i] = replace_all(msgs.v[i], full, shortname);
    Wanted *want;
    int nwant;
    if (!wanted_errors(t, full, shortname, &want, &nwant)) {
        sl_free(&msgs);
        return;
    }
    Buf report = {0};
    int missing = 0, mismatched = 0;
    for (int k = 0; k < nwant; k++) {
        Wanted *we = &want[k];
        /* Partition the remaining messages: those on this line, the rest. */
        StrList on_line = {0}, rest = {0};
        const char *prefix = we->autogen ? "<autogenerated>" : we->prefix;
        for (int i = 0; i < msgs.n; i++)
            sl_push(match_prefix(msgs.v[i], prefix) ? &on_line : &rest, msgs.v[i]);
        sl_free(&msgs);
        msgs = rest;
        if (on_line.n == 0) {
            buf_printf(&report, "%s:%d: missing error \"%s\"\n", shortname, we->line, we->re_str);
            missing++;
            continue;
        }
        bool matched = false;
        int before = msgs.n;
        for (int i = 0; i < on_line.n; i++) {
            const char *text = strchr(on_line.v[i], ' ');
            text = text ? text + 1 : on_line.v[i];
            if (regexec(&we->re, text, 0, NULL, 0) == 0)
                matched = true;
            else
                sl_push(&msgs, on_line.v[i]); /* may still match another regexp */
        }
        sl_free(&on_line);
        if (!matched) {
            buf_printf(&report, "%s:%d: no match for `%s` in:\n", shortname, we->line, we->re_str);
            for (int i = before; i < msgs.n; i++)
                buf_printf(&report, "\t%s\n", msgs.v[i]);
            mismatched++;
        }
    }
    if (msgs.n > 0) {
        buf_puts(&report, "unmatched messages:\n");
        for (int i = 0; i < msgs.n; i++)
            buf_printf(&report, "\t%s\n", msgs.v[i]);
    }
    if (missing || mismatched || msgs.n) {
        Buf why = {0};
        buf_add(&why, "", 0);
        if (missing)
            buf_printf(&why, "%d expected message%s missing", missing, missing == 1 ? "" : "s");
        if (mismatched)
            buf_printf(&why, "%s%d not matched", why.len ? ", " : "", mismatched);
        if (msgs.n)
            buf_printf(&why, "%s%d unexpected", why.len ? ", " : "", msgs.n);
        fail(t, "error check: %s", why.s);
        detail_text(t, buf_str(&report));
        buf_free(&why);
    }
    buf_free(&report);
    sl_free(&msgs);
    free_wanted(want, nwant);
}

/* ------------------------------------------------------------------------ */
/* Go tests                                                                   */

typedef struct {
    StrList flags;   /* for gosub */
    StrList args;    /* what follows the flags */
    bool want_error; /* the compile must fail */
} Recipe;

/*
 * Applies run.go's flag rules to the words after the action: -0 and -1 say
 * whether the compile must succeed or fail, -t N the timeout, -s is for
 * directory tests; the rest are compiler flags. gosub takes -m (-m -m is
 * -m=2), -l, -N, -C, -e and -dump=...; -d=panic and -d=ssa/check/on are
 * gc's self-checks, irrelevant to diagnostics, and are dropped. A test that
 * needs any other flag (-race, -d=..., -lang=..., -goexperiment, ...) tests
 * something gosub does not have: it is skipped. Returns false if skipped.
 */
static bool parse_recipe(Test *t, char **words, int nwords, bool want_error, Recipe *r)
{
    memset(r, 0, sizeof *r);
    r->want_error = want_error;
    int i = 0, m = 0;
    for (; i < nwords && words[i][0] == '-'; i++) {
        const char *w = words[i];
        if (strcmp(w, "-0") == 0) {
            r->want_error = false;
        } else if (strcmp(w, "-1") == 0) {
            r->want_error = true;
        } else if (strcmp(w, "-s") == 0) {
            /* single-file packages: directory tests only */
        } else if (strcmp(w, "-t") == 0 && i + 1 < nwords && atoi(words[i + 1]) > 0) {
            /* A test's own limit may lengthen the -timeout, never shorten it:
             * a slow mode (GC at every allocation) needs a longer one. */
            int secs = atoi(words[++i]);
            if (secs > t->compile_timeout)
                t->compile_timeout = secs;
            if (secs > t->run_timeout)
                t->run_timeout = secs;
        } else if (strcmp(w, "-m") == 0) {
            m++;
        } else if (has_prefix(w, "-m=") && isdigit((unsigned char)w[3])) {
            m = atoi(w + 3);
        } else if (strcmp(w, "-l") == 0 || strcmp(w, "-N") == 0 || strcmp(w, "-C") == 0 ||
                   strcmp(w, "-e") == 0 || has_prefix(w, "-dump=")) {
            if (!sl_contains(&r->flags, w))
                sl_push(&r->flags, w);
        } else if (strcmp(w, "-d=panic") == 0 || strcmp(w, "-d=ssa/check/on") == 0) {
            /* gc's internal checks */
        } else {
            skip(t, "flag %s not supported by gosub", w);
            return false;
        }
    }
    if (m == 1)
        sl_push(&r->flags, "-m");
    else if (m > 1) {
        char *f = xasprintf("-m=%d", m);
        sl_push(&r->flags, f);
        free(f);
    }
    for (; i < nwords; i++)
        sl_push(&r->args, words[i]);
    return true;
}

static void recipe_free(Recipe *r)
{
    sl_free(&r->flags);
    sl_free(&r->args);
}

static void push_gosub(StrList *a, const char *sub, const Recipe *r)
{
    sl_push(a, g_gosub);
    sl_push(a, sub);
    for (int i = 0; r && i < r->flags.n; i++)
        sl_push(a, r->flags.v[i]);
}

/* Splits a run recipe's arguments as "go run" does: leading *.go names are
 * more files of the program (relative to the test's directory), the rest are
 * the program's arguments. */
static void program_files(Test *t, const Recipe *r, StrList *files, StrList *args)
{
    sl_push(files, t->abspath);
    int i = 0;
    for (; i < r->args.n && has_suffix(r->args.v[i], ".go"); i++) {
        const char *a = r->args.v[i];
        char *rel = a[0] == '/' ? xstrdup(a) : xasprintf("%s/%s", t->dir, a);
        char *abs = absolute_path(rel);
        sl_push(files, abs);
        free(rel);
        free(abs);
    }
    for (; i < r->args.n; i++)
        sl_push(args, r->args.v[i]);
}

/* Whether -buildflags asked for -N. */
static bool building_without_escape_analysis(void)
{
    for (int i = 0; i < g_build_flags.n; i++)
        if (strcmp(g_build_flags.v[i], "-N") == 0)
            return true;
    return false;
}

/* gosub build -o exe FLAGS FILES. */
static bool build_program(Test *t, const Recipe *r, StrList *files, const char *exe)
{
    StrList argv = {0};
    push_gosub(&argv, "build", NULL);
    sl_push(&argv, "-o");
    sl_push(&argv, exe);
    for (int i = 0; i < g_build_flags.n; i++)
        sl_push(&argv, g_build_flags.v[i]);
    for (int i = 0; i < r->flags.n; i++)
        sl_push(&argv, r->flags.v[i]);
    for (int i = 0; i < files->n; i++)
        sl_push(&argv, files->v[i]);
    CmdResult res;
    bool ok = step(t, "gosub build", argv.v, t->tmp, t->compile_timeout, true, &res);
    if (ok && res.status != 0) {
        compile_failed(t, "gosub build", &res);
        ok = false;
    }
    cmd_free(&res);
    sl_free(&argv);
    return ok;
}

/* Runs exe with args; the caller checks the result. Like run.go, in the
 * runner's own directory: some of Go's tests open files relative to it. */
static bool run_program(Test *t, const char *exe, StrList *args, CmdResult *res)
{
    StrList argv = {0};
    sl_push(&argv, exe);
    for (int i = 0; i < args->n; i++)
        sl_push(&argv, args->v[i]);
    bool ok = step(t, "program", argv.v, NULL, t->run_timeout, true, res);
    sl_free(&argv);
    return ok;
}

/* run, buildrun: build, run, compare with FILE.out and FILE.exit. */
static void do_run(Test *t, const Recipe *r)
{
    StrList files = {0}, args = {0};
    program_files(t, r, &files, &args);
    char *exe = xasprintf("%s/a.out", t->tmp);
    CmdResult res;
    if (build_program(t, r, &files, exe)) {
        if (run_program(t, exe, &args, &res))
            check_program(t, &res);
        cmd_free(&res);
    }
    free(exe);
    sl_free(&files);
    sl_free(&args);
}

/* Runs the program and writes its output to tmp/tmp__.go, for runoutput and
 * errorcheckoutput (the program generates the real test). */
static char *generate_program(Test *t, const Recipe *r)
{
    StrList files = {0}, args = {0};
    program_files(t, r, &files, &args);
    char *exe = xasprintf("%s/gen.out", t->tmp);
    char *gen = NULL;
    CmdResult res;
    if (build_program(t, r, &files, exe)) {
        if (run_program(t, exe, &args, &res)) {
            if (res.status != 0) {
                fail(t, "generator exited with status %d", res.status);
                detail_output(t, &res.out);
            } else {
                gen = xasprintf("%s/tmp__.go", t->tmp);
                if (!write_file(gen, buf_str(&res.out), res.out.len))
                    die("cannot write %s", gen);
            }
        }
        cmd_free(&res);
    }
    free(exe);
    sl_free(&files);
    sl_free(&args);
    return gen;
}

/* runoutput: the program's output is a program to build and run. */
static void do_runoutput(Test *t, const Recipe *r)
{
    char *gen = generate_program(t, r);
    if (!gen)
        return;
    Recipe plain = {0};
    StrList files = {0}, none = {0};
    sl_push(&files, gen);
    char *exe = xasprintf("%s/a.out", t->tmp);
    CmdResult res;
    if (build_program(t, &plain, &files, exe)) {
        if (run_program(t, exe, &none, &res))
            check_program(t, &res);
        cmd_free(&res);
    }
    free(exe);
    free(gen);
    sl_free(&files);
}

/* gosub compile -o tmp/out.c EXTRA FLAGS file, output merged. */
static bool compile_file(Test *t, const Recipe *r, const char *extra[], const char *file,
                         CmdResult *res)
{
    StrList argv = {0};
    push_gosub(&argv, "compile", NULL);
    char *out_c = xasprintf("%s/out.c", t->tmp);
    sl_push(&argv, "-o");
    sl_push(&argv, out_c);
    for (int i = 0; extra && extra[i]; i++)
        sl_push(&argv, extra[i]);
    for (int i = 0; i < r->flags.n; i++)
        if (!sl_contains(&argv, r->flags.v[i]))
            sl_push(&argv, r->flags.v[i]);
    sl_push(&argv, file);
    bool ok = step(t, "gosub compile", argv.v, t->tmp, t->compile_timeout, true, res);
    free(out_c);
    sl_free(&argv);
    return ok;
}

/* errorcheck: the compile must fail (or, with -0, succeed), and its
 * messages must be exactly those the ERROR comments describe. */
static void do_errorcheck(Test *t, const Recipe *r, bool want_auto, const char *file,
                          const char *shortname, bool columns)
{
    static const char *no_columns[] = {"-C", "-e", NULL};
    static const char *with_columns[] = {"-e", NULL};
    CmdResult res;
    if (compile_file(t, r, columns ? with_columns : no_columns, file, &res)) {
        if (r->want_error && res.status == 0) {
            fail(t, "compilation succeeded unexpectedly");
            detail_output(t, &res.out);
        } else if (!r->want_error && res.status != 0) {
            compile_failed(t, "compilation", &res);
        } else {
            check_errors(t, buf_str(&res.out), want_auto, file, shortname);
        }
    }
    cmd_free(&res);
}

/* compile: gosub compile must succeed. */
static void do_compile(Test *t, const Recipe *r)
{
    CmdResult res;
    if (compile_file(t, r, NULL, t->abspath, &res) && res.status != 0)
        compile_failed(t, "gosub compile", &res);
    cmd_free(&res);
}

/* build: gosub build must succeed. */
static void do_build(Test *t, const Recipe *r)
{
    StrList files = {0};
    sl_push(&files, t->abspath);
    char *exe = xasprintf("%s/a.out", t->tmp);
    build_program(t, r, &files, exe);
    free(exe);
    sl_free(&files);
}

/*
 * tokens and parse, gosub's own directives: gosub compile -dump=tokens
 * (compared with FILE.tokens) or -dump=ast (must succeed silently). The
 * compiler runs in the file's directory on its base name, so that names in
 * the dump do not depend on where the repository is.
 */
static void do_dump(Test *t, const Recipe *r, const char *what)
{
    StrList argv = {0};
    push_gosub(&argv, "compile", r);
    char *dump = xasprintf("-dump=%s", what);
    char *out_c = xasprintf("%s/out.c", t->tmp);
    sl_push(&argv, dump);
    sl_push(&argv, "-o");
    sl_push(&argv, out_c);
    sl_push(&argv, t->base);
    CmdResult res;
    if (step(t, "gosub compile", argv.v, t->dir, t->compile_timeout, false, &res)) {
        if (res.status != 0) {
            fail(t, "gosub compile %s failed (exit status %d)", dump, res.status);
            detail_output(t, &res.err);
        } else if (strcmp(what, "ast") == 0) {
            if (res.err.len) {
                fail(t, "gosub compile %s wrote to stderr", dump);
                detail_output(t, &res.err);
            }
        } else {
            char *want_path = replace_ext(t->path, ".tokens");
            Buf want = {0};
            if (!read_file(want_path, &want)) {
                fail(t, "missing %s", want_path);
            } else if (!buf_equal(&want, &res.out)) {
                fail(t, "tokens differ from %s", want_path);
                unified_diff(&t->detail, &want, &res.out, detail_limit());
            } else if (res.err.len) {
                fail(t, "gosub compile %s wrote to stderr", dump);
                detail_output(t, &res.err);
            }
            buf_free(&want);
            free(want_path);
        }
    }
    cmd_free(&res);
    free(dump);
    free(out_c);
    sl_free(&argv);
}

static void run_go_test(Test *t)
{
    Buf src = {0};
    if (!read_file(t->path, &src)) {
        fail(t, "cannot read: %s", strerror(errno));
        return;
    }
    Header h;
    parse_header(buf_str(&src), &h);
    buf_free(&src);
    if (!h.found || h.words.n == 0) {
        skip(t, "no directive");
    } else if (h.bad) {
        fail(t, "invalid directive (unclosed quote)");
    } else if (h.excluded) {
        skip(t, "not for linux/amd64/gc: %s", h.excluded);
    } else {
        const char *action = h.words.v[0];
        char **words = h.words.v + 1;
        int nwords = h.words.n - 1;
        bool errcheck = strcmp(action, "errorcheck") == 0 ||
                        strcmp(action, "errorcheckwithauto") == 0 ||
                        strcmp(action, "errorcheckoutput") == 0;
        Recipe r;
        bool supported = errcheck || strcmp(action, "run") == 0 || strcmp(action, "buildrun") == 0 ||
                     strcmp(action, "runoutput") == 0 || strcmp(action, "compile") == 0 ||
                     strcmp(action, "build") == 0 || strcmp(action, "tokens") == 0 ||
                     strcmp(action, "parse") == 0;
        if (strcmp(action, "skip") == 0) {
            skip(t, "marked // skip");
        } else if (!supported) {
            /* rundir, compiledir, errorcheckdir, asmcheck, ... */
            skip(t, "directive \"%s\" not supported", action);
        } else if (parse_recipe(t, words, nwords, errcheck, &r)) {
            if (strcmp(action, "run") == 0 || strcmp(action, "buildrun") == 0)
                do_run(t, &r);
            else if (strcmp(action, "runoutput") == 0)
                do_runoutput(t, &r);
            else if (strcmp(action, "errorcheck") == 0)
                do_errorcheck(t, &r, false, t->abspath, t->base, false);
            else if (strcmp(action, "errorcheckwithauto") == 0)
                do_errorcheck(t, &r, true, t->abspath, t->base, false);
            else if (strcmp(action, "errorcheckoutput") == 0) {
                char *gen = generate_program(t, &r);
                if (gen) /* run.go compiles the generated file without -C */
                    do_errorcheck(t, &r, false, gen, "tmp__.go", true);
                free(gen);
            } else if (strcmp(action, "compile") == 0)
                do_compile(t, &r);
            else if (strcmp(action, "build") == 0)
                do_build(t, &r);
            else if (strcmp(action, "tokens") == 0)
                do_dump(t, &r, "tokens");
            else
                do_dump(t, &r, "ast");
            recipe_free(&r);
        } else {
            recipe_free(&r);
        }
    }
    header_free(&h);
}

/* ------------------------------------------------------------------------ */
/* C and shell tests                                                          */

/*
 * *_test.c: a C unit test of the runtime, built with
 *   $CC -std=c11 -O1 -g -Iruntime $RUNNER_CFLAGS FILE build/libgosub.a -lm -lpthread
 * (paths relative to the directory the runner runs in: the repository),
 * then run there; it passes if it exits 0. $GOSUB_LIB, when set, replaces
 * build/libgosub.a, as it does for gosub's links: make test-asan runs the
 * tests against the runtime built with the sanitizers (which must be told
 * of every switch between goroutine stacks, as only that build does).
 */
static void run_c_test(Test *t)
{
    StrList argv = {0};
    const char *cc = getenv("CC");
    sl_push_words(&argv, cc && *cc ? cc : "cc");
    const char *std[] = {"-std=c11", "-O1", "-g", "-Iruntime"};
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++)
        sl_push(&argv, std[i]);
    sl_push_words(&argv, getenv("RUNNER_CFLAGS"));
    char *exe = xasprintf("%s/test", t->tmp);
    const char *lib = getenv("GOSUB_LIB");
    const char *link[] = {lib && *lib ? lib : "build/libgosub.a", "-lm", "-lpthread", "-o"};
    sl_push(&argv, t->abspath);
    for (size_t i = 0; i < sizeof link / sizeof link[0]; i++)
        sl_push(&argv, link[i]);
    sl_push(&argv, exe);
    CmdResult res;
    if (step(t, "cc", argv.v, NULL, t->compile_timeout, true, &res)) {
        if (res.status != 0) {
            compile_failed(t, "cc", &res);
        } else {
            cmd_free(&res);
            char *run[] = {exe, NULL};
            if (step(t, "test", run, NULL, t->run_timeout, true, &res) && res.status != 0) {
                fail(t, "exit status %d", res.status);
                detail_output(t, &res.out);
            }
        }
    }
    cmd_free(&res);
    free(exe);
    sl_free(&argv);
}

/* *_test.sh: run with sh from the runner's directory, with $RUNNER and
 * $GOSUB set (absolute paths); passes if it exits 0. Given the compile and
 * the run timeouts together, since such a script typically does both. */
static void run_sh_test(Test *t)
{
    char *argv[] = {"sh", t->abspath, NULL};
    CmdResult res;
    if (step(t, "script", argv, NULL, t->compile_timeout + t->run_timeout, true, &res) &&
        res.status != 0) {
        fail(t, "exit status %d", res.status);
        detail_output(t, &res.out);
    }
    cmd_free(&res);
}

/* ------------------------------------------------------------------------ */
/* Finding tests                                                              */

typedef enum { KIND_GO, KIND_C, KIND_SH } Kind;

typedef struct {
    char *path;
    Kind kind;
    /* filled in by the scheduler */
    bool done;
    int status;
    char *reason, *detail;
    double seconds;
} TestFile;

static TestFile *g_tests;
static int g_ntests, g_captests;

static void add_test(const char *path, Kind kind)
{
    if (g_have_filter && regexec(&g_run_filter, path, 0, NULL, 0) != 0)
        return;
    if (g_ntests == g_captests) {
        g_captests = g_captests ? 2 * g_captests : 64;
        g_tests = xrealloc(g_tests, (size_t)g_captests * sizeof *g_tests);
    }
    TestFile *tf = &g_tests[g_ntests++];
    memset(tf, 0, sizeof *tf);
    tf->path = xstrdup(path);
    tf->kind = kind;
}

static bool has_directive(const char *path)
{
    Buf src = {0};
    if (!read_file(path, &src))
        return true; /* let the test report the problem */
    Header h;
    parse_header(buf_str(&src), &h);
    bool found = h.found;
    header_free(&h);
    buf_free(&src);
    return found;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walks a directory in name order. Skipped: hidden entries, directories
 * named *.dir (multi-file tests' parts), testdata and fixtures (the runner's
 * self-test inputs, which are meant to fail), and Go files without a
 * directive (helpers, not tests). Symbolic links to directories are not
 * followed, so that a loop cannot trap the walk. */
static void walk(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        die("cannot open directory %s: %s", dir, strerror(errno));
    StrList names = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            sl_push(&names, e->d_name);
    closedir(d);
    if (names.n)
        qsort(names.v, (size_t)names.n, sizeof *names.v, compare_names);
    for (int i = 0; i < names.n; i++) {
        const char *name = names.v[i];
        char *path = strcmp(dir, ".") == 0 ? xstrdup(name) : xasprintf("%s%s%s", dir,
                                                                       has_suffix(dir, "/") ? "" : "/", name);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (!has_suffix(name, ".dir") && strcmp(name, "testdata") != 0 &&
                strcmp(name, "fixtures") != 0)
                walk(path);
        } else if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            if (has_suffix(name, "_test.c"))
                add_test(path, KIND_C);
            else if (has_suffix(name, "_test.sh"))
                add_test(path, KIND_SH);
            else if (has_suffix(name, ".go") && has_directive(path))
                add_test(path, KIND_GO);
        }
        free(path);
    }
    sl_free(&names);
}

/* A command-line argument: a directory to walk or one test file, which is
 * tested (or reported as skipped) whatever its header says. */
static void add_argument(const char *arg)
{
    struct stat st;
    if (stat(arg, &st) < 0)
        die("%s: %s", arg, strerror(errno));
    if (S_ISDIR(st.st_mode))
        walk(arg);
    else if (has_suffix(arg, "_test.c"))
        add_test(arg, KIND_C);
    else if (has_suffix(arg, "_test.sh"))
        add_test(arg, KIND_SH);
    else if (has_suffix(arg, ".go"))
        add_test(arg, KIND_GO);
    else
        die("%s: not a directory, a .go file, a *_test.c or a *_test.sh", arg);
}

/* ------------------------------------------------------------------------ */
/* Running tests in parallel                                                  */

static void on_signal(int sig)
{
    (void)sig;
    g_interrupted = 1;
}

/* In the child: runs one test and writes "S\treason\ndetail" to fd. */
static void run_test_child(const TestFile *tf, int fd)
{
    Test t;
    memset(&t, 0, sizeof t);
    t.path = tf->path;
    t.abspath = absolute_path(tf->path);
    t.dir = dir_name(t.abspath);
    t.base = base_name(t.abspath);
    t.tmp = make_temp_dir();
    t.compile_timeout = g_compile_timeout;
    t.run_timeout = g_run_timeout;
    t.status = PASS;
    switch (tf->kind) {
    case KIND_GO: run_go_test(&t); break;
    case KIND_C: run_c_test(&t); break;
    case KIND_SH: run_sh_test(&t); break;
    }
    remove_tree(t.tmp);
    Buf msg = {0};
    buf_printf(&msg, "%c\t%s\n%s", "PFS"[t.status], buf_str(&t.reason), buf_str(&t.detail));
    for (size_t off = 0; off < msg.len;) {
        ssize_t n = write(fd, msg.s + off, msg.len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3);
        off += (size_t)n;
    }
    _exit(0);
}

typedef struct {
    pid_t pid;
    int fd;
    int index;
    Buf msg;
    double start;
} Slot;

static void finish_slot(Slot *s)
{
    int ws = 0;
    while (waitpid(s->pid, &ws, 0) < 0 && errno == EINTR)
        ;
    TestFile *tf = &g_tests[s->index];
    tf->seconds = now_seconds() - s->start;
    const char *m = buf_str(&s->msg);
    if (s->msg.len >= 2 && strchr("PFS", m[0]) && m[1] == '\t') {
        tf->status = m[0] == 'P' ? PASS : m[0] == 'F' ? FAIL : SKIP;
        const char *eol = strchr(m + 2, '\n');
        tf->reason = xstrndup(m + 2, eol ? (size_t)(eol - m - 2) : strlen(m + 2));
        tf->detail = xstrdup(eol ? eol + 1 : "");
    } else {
        tf->status = FAIL;
        tf->reason = WIFSIGNALED(ws) ? xasprintf("runner child killed by signal %d", WTERMSIG(ws))
                                     : xasprintf("runner child exited with status %d", WEXITSTATUS(ws));
        tf->detail = xstrdup("");
    }
    tf->done = true;
    buf_free(&s->msg);
    close(s->fd);
    s->pid = 0;
}

static void print_result(const TestFile *tf)
{
    switch (tf->status) {
    case FAIL:
        printf("FAIL %s: %s\n%s", tf->path, tf->reason, tf->detail);
        break;
    case SKIP:
        if (g_verbose)
            printf("skip %s: %s\n", tf->path, tf->reason);
        break;
    default:
        if (g_verbose)
            printf("ok   %s (%.2fs)\n", tf->path, tf->seconds);
        break;
    }
    fflush(stdout);
}

/* Runs all tests, g_jobs at a time; prints results in order. */
static void run_all(int *passed, int *failed, int *skipped)
{
    Slot *slots = xmalloc((size_t)g_jobs * sizeof *slots);
    memset(slots, 0, (size_t)g_jobs * sizeof *slots);
    int next_start = 0, next_print = 0, running = 0;
    bool forwarded = false;
    *passed = *failed = *skipped = 0;
    while (next_print < g_ntests) {
        while (!g_interrupted && running < g_jobs && next_start < g_ntests) {
            Slot *s = NULL;
            for (int i = 0; i < g_jobs && !s; i++)
                if (slots[i].pid == 0)
                    s = &slots[i];
            int p[2];
            if (pipe2(p, O_CLOEXEC) < 0)
                die("pipe: %s", strerror(errno));
            fflush(stdout);
            fflush(stderr);
            pid_t pid = fork();
            if (pid < 0)
                die("fork: %s", strerror(errno));
            if (pid == 0) {
                close(p[0]);
                run_test_child(&g_tests[next_start], p[1]);
            }
            close(p[1]);
            s->pid = pid;
            s->fd = p[0];
            s->index = next_start++;
            s->start = now_seconds();
            memset(&s->msg, 0, sizeof s->msg);
            running++;
        }
        if (running == 0)
            break; /* interrupted: nothing more will finish */
        if (g_interrupted && !forwarded) {
            /* Ctrl-C reaches the whole terminal group, but a SIGTERM sent to
             * the runner alone must still stop the running tests. */
            for (int i = 0; i < g_jobs; i++)
                if (slots[i].pid)
                    kill(slots[i].pid, SIGTERM);
            forwarded = true;
        }
        struct pollfd *pfd = xmalloc((size_t)g_jobs * sizeof *pfd);
        int *which = xmalloc((size_t)g_jobs * sizeof *which), n = 0;
        for (int i = 0; i < g_jobs; i++)
            if (slots[i].pid) {
                pfd[n].fd = slots[i].fd;
                pfd[n].events = POLLIN;
                which[n++] = i;
            }
        int k = poll(pfd, (nfds_t)n, -1);
        if (k < 0 && errno != EINTR)
            die("poll: %s", strerror(errno));
        for (int j = 0; k > 0 && j < n; j++) {
            if (!pfd[j].revents)
                continue;
            Slot *s = &slots[which[j]];
            char chunk[65536];
            ssize_t r = read(s->fd, chunk, sizeof chunk);
            if (r > 0) {
                buf_add(&s->msg, chunk, (size_t)r);
            } else if (r == 0 || errno != EINTR) {
                finish_slot(s);
                running--;
            }
        }
        free(pfd);
        free(which);
        while (next_print < g_ntests && g_tests[next_print].done) {
            TestFile *tf = &g_tests[next_print++];
            print_result(tf);
            *passed += tf->status == PASS;
            *failed += tf->status == FAIL;
            *skipped += tf->status == SKIP;
        }
    }
    free(slots);
}

/* ------------------------------------------------------------------------ */
/* Main                                                                       */

static void usage(void)
{
    fprintf(stderr,
            "usage: runner [-gosub PATH] [-j N] [-v] [-timeout SECS] [-run REGEXP] [-buildflags FLAGS] FILE_OR_DIR...\n"
            "       runner -re REGEXP [STRING...]   (show a Go regexp's POSIX form and test it)\n"
            "Runs the tests (see docs/testing.md); prints failures and \"N passed, N failed\".\n");
    exit(2);
}

/* -re: a debugging aid for ERROR regexps. Exit status 0 iff all match. */
static int regexp_tool(int argc, char **argv)
{
    int cflags;
    const char *why = NULL;
    char *ere = re2_to_ere(argv[0], &cflags, &why);
    if (!ere) {
        printf("cannot translate: %s\n", why);
        return 2;
    }
    printf("POSIX: ");
    for (const char *p = ere; *p; p++) /* control characters as \xNN */
        if ((unsigned char)*p < 0x20)
            printf("\\x%02x", (unsigned char)*p);
        else
            putchar(*p);
    printf("%s\n", cflags & REG_ICASE ? " (ignoring case)" : "");
    regex_t rx;
    char *err = compile_go_regexp(argv[0], &rx);
    if (err) {
        printf("%s\n", err);
        return 2;
    }
    int status = 0;
    for (int i = 1; i < argc; i++) {
        bool m = regexec(&rx, argv[i], 0, NULL, 0) == 0;
        printf("%s\t%s\n", m ? "match" : "no match", argv[i]);
        status |= !m;
    }
    regfree(&rx);
    free(ere);
    return status;
}

static int parse_int_arg(const char *flag, const char *s)
{
    char *end;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || *end || v <= 0 || v > 100000)
        die("%s needs a positive number", flag);
    return (int)v;
}

int main(int argc, char **argv)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (a[1] == '-')
            a++; /* --flag as -flag */
        if (strcmp(a, "-") == 0) {
            i++;
            break;
        } else if (strcmp(a, "-gosub") == 0 && i + 1 < argc) {
            g_gosub = argv[++i];
        } else if (strcmp(a, "-j") == 0) {
            g_jobs = parse_int_arg("-j", i + 1 < argc ? argv[++i] : NULL);
        } else if (strcmp(a, "-v") == 0) {
            g_verbose = true;
        } else if (strcmp(a, "-buildflags") == 0 && i + 1 < argc) {
            /* e.g. "-N": the programs must behave the same without escape analysis */
            char *words = xstrdup(argv[++i]);
            for (char *w = strtok(words, " "); w; w = strtok(NULL, " "))
                sl_push(&g_build_flags, w);
        } else if (strcmp(a, "-timeout") == 0) {
            g_compile_timeout = g_run_timeout = parse_int_arg("-timeout", i + 1 < argc ? argv[++i] : NULL);
        } else if (strcmp(a, "-run") == 0 && i + 1 < argc) {
            char *why = compile_go_regexp(argv[++i], &g_run_filter);
            if (why)
                die("-run: %s", why);
            g_have_filter = true;
        } else if (strcmp(a, "-re") == 0 && i + 1 < argc) {
            return regexp_tool(argc - i - 1, argv + i + 1);
        } else {
            usage();
        }
    }
    if (i == argc)
        usage();
    if (g_jobs == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        g_jobs = n > 0 ? (int)n : 1;
    }
    /* Commands run in temporary directories: gosub's path must be absolute
     * unless it is to be looked up in PATH. */
    if (strchr(g_gosub, '/'))
        g_gosub = absolute_path(g_gosub);
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = 0;
        setenv("RUNNER", self, 1);
    }
    setenv("GOSUB", g_gosub, 1);
    /* run.go sets these for the few tests that look at them (env.go). */
    setenv("GOOS", "linux", 0);
    setenv("GOARCH", "amd64", 0);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: waits must wake up */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    for (; i < argc; i++)
        add_argument(argv[i]);

    int passed, failed, skipped;
    run_all(&passed, &failed, &skipped);
    if (g_interrupted)
        printf("interrupted\n");
    if (skipped)
        printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    else
        printf("%d passed, %d failed\n", passed, failed);
    return failed || g_interrupted ? 1 : 0;
}
