/*
 * panic_test.c — whole-process behaviour against Go 1.19: panics and their
 * messages, exit statuses, faults turned into panics, the print builtins,
 * os.Exit, and stdout/stderr ordering through the stdout buffer.
 *
 * Each case runs in a forked child whose stdout and stderr share one pipe,
 * as the test runner (and Go's own test harness) collects them; the parent
 * compares what came out, up to "goroutine 1 [running]:", with what the Go
 * program of panic_expect.go produced for the same case (panic_expect.h).
 * Program counters and heap addresses differ between the two and are masked.
 */
#define _GNU_SOURCE
#include <sys/wait.h>
#include <unistd.h>

#include "rtest.h"

#include "panic_expect.h"

/* ---------------------------------------------------------------- types */

typedef struct {
    go_int a, b;
} T;
static const GoType t_T = {.kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(T),
                           .align = 8, .string = "main.T"};

typedef struct {
    GoString msg;
} E;
static GoString ptr_E_Error(void *data) {
    GoString parts[] = {GOSUB_STR("E:"), ((E *)data)->msg};   /* a pointer: the data word */
    return gosub_string_concat(NULL, parts, 2);
}
static const GoMethod ptr_E_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))ptr_E_Error, 0}};
static const GoType t_ptr_E = {.kind = GOKIND_POINTER, .flags = GOTYPE_DIRECT_IFACE, .size = 8, .align = 8,
                               .string = "*main.E", .methods = ptr_E_methods, .nmethods = 1};

/* errors.New's *errors.errorString, whose Error returns the text as is. */
static GoString ptr_errorString_Error(void *data) {
    return *(GoString *)data;
}
static const GoMethod ptr_errorString_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))ptr_errorString_Error, 0}};
static const GoType t_ptr_errorString = {.kind = GOKIND_POINTER, .flags = GOTYPE_DIRECT_IFACE,
                                         .size = 8, .align = 8,
                                         .string = "*errors.errorString",
                                         .methods = ptr_errorString_methods, .nmethods = 1};

typedef struct {
    go_int n;
} S;
static GoString S_String(void *data) {
    GoEface args[] = {EFACE(int, go_int, ((S *)data)->n)};
    return gosub_fmt_Sprintf(GOSUB_STR("S<%d>"), GOSUB_SLICE(args));
}
static const GoMethod S_methods[] = {{"String", &rt_type_func_string, (void (*)(void))S_String, 0}};
static const GoType t_S = {.kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(S),
                           .align = 8, .string = "main.S", .methods = S_methods, .nmethods = 1};

static const GoType t_MyStr = {.kind = GOKIND_STRING, .flags = GOTYPE_NAMED,
                               .size = sizeof(GoString), .align = 8, .string = "main.MyStr"};
static const GoType t_MyInt = {.kind = GOKIND_INT, .flags = GOTYPE_NAMED, .size = 8, .align = 8,
                               .string = "main.MyInt"};
static const GoType t_MyFloat = {.kind = GOKIND_FLOAT64, .flags = GOTYPE_NAMED, .size = 8,
                                 .align = 8, .string = "main.MyFloat"};
static const GoMethod I_methods[] = {{"M", NULL, NULL, 0}};
static const GoType t_I = {.kind = GOKIND_INTERFACE, .flags = GOTYPE_NAMED,
                           .size = sizeof(GoIface), .align = 8, .string = "main.I",
                           .methods = I_methods, .nmethods = 1};

/* ---------------------------------------------------------------- cases */

static T *volatile nil_T;              /* volatile: the compiler cannot see it is nil */
static volatile go_int sink;

static GoString S_(const char *s) { return rtest_cstr(s); }
static GoString *box_string(const char *s) {
    GoString *box = gosub_new(&gosub_type_string);
    *box = rtest_cstr(s);
    return box;
}
static void println_string(const char *s) {
    gosub_print_string(S_(s));
    gosub_print_nl();
}
static void fmt_println(const char *s) {
    GoEface a[] = {EFACE(string, GoString, (const uint8_t *)s, (go_int)strlen(s))};
    gosub_fmt_Println(GOSUB_SLICE(a));
}

#pragma GCC diagnostic ignored "-Winfinite-recursion"   /* it is the point */
static int recurse(int n) {
    volatile go_int a[64];
    a[n % 64] = n;
    return recurse(n + 1) + (int)a[3];
}

static void c_index(void) { gosub_panic_index(5, 3); }
static void c_index_neg(void) { gosub_panic_index(-1, 3); }
static void c_index_uint(void) { gosub_panic_index_u((go_uint)1 << 63, 3); }
static void c_slice_alen(void) { gosub_panic_slice_alen(5, 3); }
static void c_slice_acap(void) { gosub_panic_slice_acap(5, 3); }
static void c_slice_b(void) { gosub_panic_slice_b(2, 1); }
static void c_slice_neg(void) { gosub_panic_slice_b(-1, 3); }
static void c_slice3_alen(void) { gosub_panic_slice3_alen(5, 3); }
static void c_slice3_acap(void) { gosub_panic_slice3_acap(5, 3); }
static void c_slice3_b(void) { gosub_panic_slice3_b(3, 2); }
static void c_slice3_c(void) { gosub_panic_slice3_c(2, 1); }
static void c_convert(void) { gosub_panic_slice_convert(4, 3); }
static void c_divide(void) { gosub_panic_divide(); }
static void c_nil_map(void) { gosub_panic_nil_map(); }
/* p.b through a nil p, as emitted code does it, faulting at 0x8. (Via an
 * integer so that the test itself stays clean under -fsanitize=undefined.) */
static volatile go_int *field_b(T *p) { return (volatile go_int *)((uintptr_t)p + offsetof(T, b)); }
static void c_nil_deref(void) { *field_b(nil_T) = 1; }
static void c_nil_deref_offset(void) { sink = *field_b(nil_T); }
static void c_nil_deref_local(void) { gosub_panic_nil_deref(); } /* an explicit check */
static void c_makeslice_len(void) { gosub_make_slice(&gosub_type_int, -1, -1); }
static void c_makeslice_cap(void) { gosub_make_slice(&gosub_type_int, 5, 3); }
static void c_type_assert(void) {
    gosub_panic_type_assert(&gosub_type_empty_interface, &gosub_type_string, &gosub_type_int, NULL);
}
static void c_type_assert_nil(void) {
    gosub_panic_type_assert(&gosub_type_empty_interface, NULL, &gosub_type_int, NULL);
}
static void c_type_assert_method(void) {
    gosub_panic_type_assert(&gosub_type_empty_interface, &gosub_type_string, &t_I, "M");
}
static void c_panic_string(void) { gosub_panic_string(GOSUB_STR("boom")); }
static void c_panic_int(void) { gosub_panic(EFACE(int, go_int, 42)); }
static void c_panic_uint8(void) { gosub_panic(EFACE(uint8, go_uint8, 200)); }
static void c_panic_float(void) { gosub_panic(EFACE(float64, double, 1.5)); }
static void c_panic_float32(void) { gosub_panic(EFACE(float32, float, 0.1f)); }
static void c_panic_complex(void) { gosub_panic(EFACE_T(&gosub_type_complex128, double[2], 1, -2)); }
static void c_panic_bool(void) { gosub_panic(EFACE(bool, go_bool, true)); }
static void c_panic_nil(void) { gosub_panic((GoEface){NULL, NULL}); }
static void c_panic_error(void) {
    gosub_panic(EFACE_T(&t_ptr_E, E *, &(E){{(const uint8_t *)"x", 1}}));
}
static void c_panic_errors_new(void) {
    gosub_panic(EFACE_T(&t_ptr_errorString, GoString *, box_string("plain")));
}
static void c_panic_stringer(void) { gosub_panic(EFACE_T(&t_S, S, 3)); }
static void c_panic_mystr(void) { gosub_panic((GoEface){&t_MyStr, box_string("hi")}); }
static void c_panic_myint(void) { gosub_panic(EFACE_T(&t_MyInt, go_int, -7)); }
static void c_panic_myfloat(void) { gosub_panic(EFACE_T(&t_MyFloat, double, 2.5)); }
static void c_panic_struct(void) { gosub_panic(EFACE_T(&t_T, T, 1, 2)); }

static void c_println(void) {
    double zero = 0.0;
    gosub_print_int(1), gosub_print_sp(), gosub_print_int(-2), gosub_print_sp();
    gosub_print_uint(3), gosub_print_sp(), gosub_print_bool(true), gosub_print_sp();
    gosub_print_bool(false), gosub_print_sp(), gosub_print_string(S_("s")), gosub_print_sp();
    gosub_print_int('x'), gosub_print_nl();
    double floats1[] = {0.0, -0.0, 1e300, 1e-300, zero / zero, 1 / zero, -1 / zero};
    for (int i = 0; i < 7; i++) {
        if (i) gosub_print_sp();
        gosub_print_float(floats1[i]);
    }
    gosub_print_nl();
    double floats2[] = {123456789.0, 0.1, 1.0 / 3, 2.5, 9.9999999, (double)0.1f};
    for (int i = 0; i < 6; i++) {
        gosub_print_float(floats2[i]);
        gosub_print_sp();
    }
    gosub_print_complex(1.5 - 2.0 * __extension__ 1.0iF);
    gosub_print_nl();
    gosub_print_string(S_("no")), gosub_print_string(S_("spaces"));
    gosub_print_int(1), gosub_print_int(2), gosub_print_string(S_("\n"));
    gosub_print_pointer(NULL), gosub_print_sp(), gosub_print_slice((GoSlice){NULL, 0, 0});
    gosub_print_sp(), gosub_print_eface((GoEface){NULL, NULL}), gosub_print_nl();
}

static void c_interleave(void) {
    fmt_println("out 1");
    println_string("err 1");
    GoEface a[] = {{&gosub_type_string, box_string("out 2\n")}};
    gosub_fmt_Print(GOSUB_SLICE(a));
    println_string("err 2");
    GoEface b[] = {EFACE(int, go_int, 3)};
    gosub_fmt_Printf(GOSUB_STR("out %d\n"), GOSUB_SLICE(b));
}

static void c_interleave_panic(void) {
    fmt_println("before");
    gosub_panic_string(GOSUB_STR("after"));
}

static void c_os_exit(void) {
    GoEface a[] = {{&gosub_type_string, box_string("bye")}};
    gosub_fmt_Print(GOSUB_SLICE(a));
    gosub_os_exit(3);
}

static void c_fault(void) { sink = *(volatile go_int *)(uintptr_t)0x12345678; }
static void c_stack_overflow(void) { sink = recurse(0); }

static const struct {
    const char *name;
    void (*run)(void);
} cases[] = {
    {"index", c_index},
    {"index neg", c_index_neg},
    {"index uint", c_index_uint},
    {"slice alen", c_slice_alen},
    {"slice acap", c_slice_acap},
    {"slice b", c_slice_b},
    {"slice neg", c_slice_neg},
    {"slice3 alen", c_slice3_alen},
    {"slice3 acap", c_slice3_acap},
    {"slice3 b", c_slice3_b},
    {"slice3 c", c_slice3_c},
    {"convert", c_convert},
    {"divide", c_divide},
    {"nil map", c_nil_map},
    {"nil deref", c_nil_deref},
    {"nil deref offset", c_nil_deref_offset},
    {"nil deref local", c_nil_deref_local},
    {"makeslice len", c_makeslice_len},
    {"makeslice cap", c_makeslice_cap},
    {"type assert", c_type_assert},
    {"type assert nil", c_type_assert_nil},
    {"type assert method", c_type_assert_method},
    {"panic string", c_panic_string},
    {"panic int", c_panic_int},
    {"panic uint8", c_panic_uint8},
    {"panic float", c_panic_float},
    {"panic float32", c_panic_float32},
    {"panic complex", c_panic_complex},
    {"panic bool", c_panic_bool},
    {"panic nil", c_panic_nil},
    {"panic error", c_panic_error},
    {"panic errors.New", c_panic_errors_new},
    {"panic stringer", c_panic_stringer},
    {"panic MyStr", c_panic_mystr},
    {"panic MyInt", c_panic_myint},
    {"panic MyFloat", c_panic_myfloat},
    {"panic struct", c_panic_struct},
    {"println", c_println},
    {"interleave", c_interleave},
    {"interleave panic", c_interleave_panic},
    {"os exit", c_os_exit},
    {"fault", c_fault},
    {"stack overflow", c_stack_overflow},
};

/* ---------------------------------------------------------------- harness */

/* Runs fn in a child as a gosub program would run; returns its combined
 * output (malloc'd) and exit status (128+signal if it was killed). */
static char *run_child(int argc, char **argv, void (*fn)(void), int *status) {
    int fds[2];
    if (pipe(fds) != 0) abort();
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[1]);
        rt_os_init(argc, argv);
        fn();
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

/* Cuts after "goroutine 1 [running]:\n", and masks what differs between
 * runs: "pc=0x..." and a panic value's address "(main.T) 0x...", each
 * becoming "...ADDR". Returns a new string. */
static char *normalise(const char *s) {
    const char *g = strstr(s, "goroutine 1 [running]:\n");
    size_t n = g ? (size_t)(g - s) + strlen("goroutine 1 [running]:\n") : strlen(s);
    char *out = malloc(n * 2 + 8), *w = out;
    for (const char *r = s; r < s + n;) {
        size_t keep = strncmp(r, "pc=0x", 5) == 0 ? 3 : strncmp(r, ") 0x", 4) == 0 ? 2 : 0;
        if (keep) {
            memcpy(w, r, keep);
            memcpy(w + keep, "ADDR", 4);
            w += keep + 4;
            r += keep + 2;
            while ((*r >= '0' && *r <= '9') || (*r >= 'a' && *r <= 'f')) r++;
            continue;
        }
        *w++ = *r++;
    }
    *w = 0;
    return out;
}

int main(int argc, char **argv) {
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *name = cases[k].name;
        size_t e = 0;
        while (e < sizeof panic_expect / sizeof panic_expect[0] &&
               strcmp(panic_expect[e].name, name) != 0)
            e++;
        EXPECT(e < sizeof panic_expect / sizeof panic_expect[0], "%s: no expected output", name);
        if (e == sizeof panic_expect / sizeof panic_expect[0]) continue;

        int status;
        char *got = run_child(argc, argv, cases[k].run, &status);
        const char *want = panic_expect[e].want;
        if (panic_expect[e].contains) {
            EXPECT(strstr(got, want) != NULL, "%s: output lacks [%s]:\n%s", name, want, got);
        } else {
            char *g = normalise(got), *w = normalise(want);
            EXPECT(strcmp(g, w) == 0, "%s:\n   got: [%s]\n  want: [%s]", name, g, w);
            free(g);
            free(w);
        }
        EXPECT(status == panic_expect[e].status, "%s: exit status %d, want %d", name, status,
               panic_expect[e].status);
        free(got);
    }
    EXPECT(sizeof cases / sizeof cases[0] == sizeof panic_expect / sizeof panic_expect[0],
           "every expected case has a C counterpart");
    return rtest_finish("panic_test");
}
