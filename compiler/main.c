/*
 * main.c — the driver: `gosub build|run|compile`, its flags, and the stages.
 *
 * It reads the source files, runs the pipeline of gosub.h in order (lex and
 * parse, check, lower to IR, escape analysis, emit C) and, for build and run,
 * hands the C file to the C compiler ($CC, default cc) together with the
 * runtime library. Exit status: 0 on success, 1 on compile errors, 2 on misuse,
 * as gc's. The runtime is found beside the gosub binary: BIN/../runtime for
 * its headers and BIN/../build/libgosub.a for the library ($GOSUB_ROOT
 * overrides the root).
 */
#include "gosub.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef enum { CMD_BUILD, CMD_RUN, CMD_COMPILE } Command;

static void usage(void)
{
    fputs("usage: gosub build [-o exe] [flags] file.go...\n"
          "       gosub run [flags] file.go... [--] [args...]\n"
          "       gosub compile [-o out.c] [flags] file.go...\n"
          "flags: -m, -m=2   print escape analysis decisions (gc's -m report)\n"
          "       -l         disable inlining\n"
          "       -C         no columns in messages\n"
          "       -e         no limit on the number of errors\n"
          "       -N         disable optimisations: every allocation on the heap\n"
          "       -dump=tokens|ast|inline|ir|escape   print a stage's data structure and stop\n",
          stderr);
    exit(2);
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The directory holding runtime/ and build/libgosub.a. */
const char *gosub_root(void)
{
    const char *env = getenv("GOSUB_ROOT");
    if (env && *env)
        return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return ".";
    exe[n] = '\0';
    for (int up = 0; up < 2; up++) {      /* ROOT/bin/gosub -> ROOT */
        char *slash = strrchr(exe, '/');
        if (!slash)
            return ".";
        *slash = '\0';
    }
    return xstrdup(exe[0] ? exe : "/");
}

/* Runs argv, waiting for it; returns its exit status (128+signal if killed). */
static int run_process(char **argv, const char *stdout_path)
{
    pid_t pid = fork();
    if (pid < 0) {
        perror("gosub: fork");
        return 127;
    }
    if (pid == 0) {
        if (stdout_path) {
            FILE *f = freopen(stdout_path, "w", stdout);
            if (!f || dup2(fileno(stdout), 2) < 0)
                _exit(127);
        }
        execvp(argv[0], argv);
        fprintf(stderr, "gosub: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return 127;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

/* Compiles the emitted C with the runtime into exe. A failure here is a bug in
 * gosub (the emitter must only produce valid C), so it is reported as one. */
static bool link_program(const char *c_path, const char *exe, const char *tmpdir)
{
    const char *root = gosub_root();
    const char *cc = getenv("CC");
    if (!cc || !*cc)
        cc = "cc";
    char *include = xprintf("-I%s/runtime", root);
    /* $GOSUB_LIB and $GOSUB_CFLAGS select another build of the runtime and
       flags for it: make test-asan links programs with sanitizers this way */
    const char *lib_env = getenv("GOSUB_LIB");
    char *lib = lib_env && *lib_env ? xstrdup(lib_env) : xprintf("%s/build/libgosub.a", root);
    char *log = xprintf("%s/cc.log", tmpdir);
    List *args = list_new();
    /* -no-pie: like Go's executables on linux/amd64, the program sits at fixed
       low addresses (Go's test/nilptr.go relies on where its globals land).
       The C compiler's messages go to a log shown only if it fails; what
       newer compilers reject by default is an error here already, so that
       the emitter cannot come to depend on it. */
    const char *fixed[] = {cc, "-std=gnu11", "-O2", "-fwrapv", "-fno-strict-aliasing", "-fno-math-errno",
                           "-fno-delete-null-pointer-checks", "-fno-pie", "-no-pie",
                           "-Werror=implicit-function-declaration", "-Werror=implicit-int",
                           "-Werror=int-conversion", "-Werror=incompatible-pointer-types", include};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        list_push(args, (void *)fixed[i]);
    const char *extra = getenv("GOSUB_CFLAGS");
    if (extra && *extra)
        for (char *w = strtok(xstrdup(extra), " "); w; w = strtok(NULL, " "))
            list_push(args, w);
    const char *tail[] = {"-o", exe, c_path, lib, "-lm"};
    for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++)
        list_push(args, (void *)tail[i]);
    list_push(args, NULL);
    int status = run_process((char **)args->v, log);
    if (status != 0) {
        fprintf(stderr, "gosub: internal compiler error: the C compiler failed on the "
                        "generated code (a gosub bug); its messages:\n");
        FILE *f = fopen(log, "r");
        if (f) {
            char line[512];
            for (int i = 0; i < 20 && fgets(line, sizeof line, f); i++)
                fputs(line, stderr);
            fclose(f);
        }
        return false;
    }
    return true;
}

/* Copies the linked program to its destination: renamed into place when the
 * destination is a regular file or absent, written through when it is not
 * (a device such as /dev/null stays what it is). */
static bool install_executable(const char *from, const char *to)
{
    struct stat st;
    bool special = stat(to, &st) == 0 && !S_ISREG(st.st_mode);
    if (!special && rename(from, to) == 0)
        return true;
    FILE *in = fopen(from, "rb");
    if (!special)
        unlink(to);
    FILE *out = fopen(to, "wb");
    if (!in || !out) {
        fprintf(stderr, "gosub: cannot write %s: %s\n", to, strerror(errno));
        if (in)
            fclose(in);
        if (out)
            fclose(out);
        return false;
    }
    char buf[1 << 16];
    size_t n;
    bool ok = true;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            ok = false;
    fclose(in);
    if (fclose(out) != 0)
        ok = false;
    if (!special)
        chmod(to, 0755);
    if (!ok)
        fprintf(stderr, "gosub: cannot write %s\n", to);
    return ok;
}

/* Front end and middle: every stage up to the C file. Returns the exit status. */
static int compile_to_c(Ctx *ctx, FILE *c_out)
{
    if (ctx->dump && strcmp(ctx->dump, "tokens") == 0) {
        for (int i = 0; i < ctx->files->len; i++)
            dump_tokens(ctx, i, stdout);
        diag_flush(ctx);
        return ctx->nerrors ? 1 : 0;
    }
    int ncommand_line = ctx->files->len;
    for (int i = 0; i < ncommand_line; i++) {
        SourceFile *sf = list_at(ctx->files, i);
        sf->ast = parse_file(ctx, i);
    }
    /* as gc: syntax errors stop here; the parser's other errors (a missing
       index in x[i::], say) leave a tree worth checking */
    if (ctx->nsyntax) {
        diag_flush(ctx);
        return 1;
    }
    if (ctx->dump && strcmp(ctx->dump, "ast") == 0) {
        for (int i = 0; i < ncommand_line; i++)
            ast_dump(stdout, ((SourceFile *)list_at(ctx->files, i))->ast);
        diag_flush(ctx);
        return ctx->nerrors ? 1 : 0;
    }
    Package *main_pkg = ((SourceFile *)list_at(ctx->files, 0))->pkg;
    if (!load_packages(ctx, main_pkg)) {
        diag_flush(ctx);
        return 1;
    }
    bool ok = check_program(ctx);
    List *inline_order = NULL;
    if (ok && !ctx->nerrors)
        inline_order = inline_decide(ctx);
    if (ctx->dump && strcmp(ctx->dump, "inline") == 0) {
        diag_flush(ctx);
        return ctx->nerrors ? 1 : 0;
    }
    if (ok)
        ok = ir_build(ctx);
    if (ok && !ctx->nerrors && !ctx->no_inline)
        inline_calls(ctx, inline_order);
    if (ok && !ctx->nerrors)
        escape_analyse(ctx);
    if (!ok || ctx->nerrors) {
        diag_flush(ctx);
        return 1;
    }
    if (ctx->dump)                        /* ir and escape dumps are printed by their stages */
        return 0;
    if (c_out && !emit_c(ctx, c_out)) {
        diag_flush(ctx);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        usage();
    Command cmd;
    if (strcmp(argv[1], "build") == 0)
        cmd = CMD_BUILD;
    else if (strcmp(argv[1], "run") == 0)
        cmd = CMD_RUN;
    else if (strcmp(argv[1], "compile") == 0 || strcmp(argv[1], "tool") == 0)
        cmd = CMD_COMPILE;
    else {
        fprintf(stderr, "gosub %s: unknown command\n", argv[1]);
        usage();
        return 2;
    }

    Ctx *ctx = xalloc(sizeof *ctx);
    ctx->files = list_new();
    ctx->diags = list_new();
    ctx->reports = list_new();

    const char *out_path = NULL;
    List *paths = list_new();
    int i = 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-') {
            if (!has_suffix(a, ".go")) {
                if (cmd == CMD_RUN && paths->len > 0)
                    break;                /* program arguments start here */
                fprintf(stderr, "gosub: %s: not a .go file\n", a);
                return 2;
            }
            list_push(paths, (void *)a);
            continue;
        }
        if (strcmp(a, "-o") == 0 && i + 1 < argc && cmd != CMD_RUN)
            out_path = argv[++i];
        else if (strcmp(a, "-m") == 0)
            ctx->m_level++;
        else if (strncmp(a, "-m=", 3) == 0)
            ctx->m_level = atoi(a + 3);
        else if (strcmp(a, "-l") == 0)
            ctx->no_inline = true;
        else if (strcmp(a, "-C") == 0)
            ctx->no_columns = true;
        else if (strcmp(a, "-e") == 0)
            ctx->all_errors = true;
        else if (strcmp(a, "-N") == 0)
            ctx->no_opt = true;
        else if (strncmp(a, "-dump=", 6) == 0) {
            ctx->dump = a + 6;
            if (strcmp(ctx->dump, "tokens") && strcmp(ctx->dump, "ast") &&
                strcmp(ctx->dump, "ir") && strcmp(ctx->dump, "escape") &&
                strcmp(ctx->dump, "inline")) {
                fprintf(stderr, "gosub: unknown dump %s (tokens, ast, inline, ir or escape)\n", ctx->dump);
                return 2;
            }
        } else {
            fprintf(stderr, "gosub: unknown flag %s\n", a);
            usage();
        }
    }
    if (paths->len == 0) {
        fprintf(stderr, "gosub: no .go files given\n");
        usage();
    }
    ctx->packages = list_new();
    Package *main_pkg = package_new("main");
    for (int k = 0; k < paths->len; k++)
        if (!read_source(ctx, list_at(paths, k), main_pkg))
            return 1;

    ctx->complete = cmd != CMD_COMPILE;
    if (ctx->dump)
        return compile_to_c(ctx, NULL);

    if (cmd == CMD_COMPILE) {
        if (!out_path) {
            /* like go tool compile: x.go -> x.c in the current directory */
            const char *base = strrchr(list_at(paths, 0), '/');
            base = base ? base + 1 : (const char *)list_at(paths, 0);
            out_path = xprintf("%.*s.c", (int)(strlen(base) - 3), base);
        }
        /* The C goes to memory first and to out_path only on success, so a
         * failed compilation never touches (or removes) the output path —
         * which may be /dev/null, as with run.go's errorcheck. */
        char *c_text = NULL;
        size_t c_size = 0;
        FILE *mem = open_memstream(&c_text, &c_size);
        if (!mem) {
            perror("gosub: open_memstream");
            return 1;
        }
        int status = compile_to_c(ctx, mem);
        fclose(mem);
        if (status != 0)
            return status;
        FILE *out = strcmp(out_path, "-") == 0 ? stdout : fopen(out_path, "w");
        if (!out || fwrite(c_text, 1, c_size, out) != c_size) {
            fprintf(stderr, "gosub: cannot write %s: %s\n", out_path, strerror(errno));
            return 1;
        }
        if (out != stdout)
            fclose(out);
        return 0;
    }

    char tmpdir[] = "/tmp/gosub-XXXXXX";
    if (!mkdtemp(tmpdir)) {
        perror("gosub: mkdtemp");
        return 1;
    }
    char *c_path = xprintf("%s/main.c", tmpdir);
    FILE *c_out = fopen(c_path, "w");
    if (!c_out) {
        perror("gosub: creating the C file");
        return 1;
    }
    int status = compile_to_c(ctx, c_out);
    fclose(c_out);

    /* The executable is linked inside the temporary directory and only then
     * copied to -o's path: the linker unlinks its output first, and as root
     * `-o /dev/null` must not replace the device with a file. */
    const char *exe = xprintf("%s/main", tmpdir);
    if (status == 0 && !link_program(c_path, exe, tmpdir))
        status = 2;
    if (status == 0 && cmd == CMD_BUILD) {
        if (!out_path) {
            const char *base = strrchr(list_at(paths, 0), '/');
            base = base ? base + 1 : (const char *)list_at(paths, 0);
            out_path = xprintf("%.*s", (int)(strlen(base) - 3), base);
        }
        if (!install_executable(exe, out_path))
            status = 1;
    }

    if (status == 0 && cmd == CMD_RUN) {
        List *args = list_new();
        list_push(args, (void *)exe);
        for (; i < argc; i++)
            list_push(args, argv[i]);
        list_push(args, NULL);
        fflush(stdout);
        status = run_process((char **)args->v, NULL);
        /* go run reports a failing program's status; the shell sees 1. */
        if (status != 0)
            fprintf(stderr, "exit status %d\n", status);
        if (status != 0)
            status = 1;
    }

    /* clean the temporary directory */
    char *files[] = {c_path, xprintf("%s/main", tmpdir), xprintf("%s/cc.log", tmpdir)};
    for (size_t k = 0; k < sizeof files / sizeof files[0]; k++)
        unlink(files[k]);
    rmdir(tmpdir);
    return status;
}
