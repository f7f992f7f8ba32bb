/*
 * panic.c — panics: Go's run-time errors as values, and the way out.
 *
 * Every panic, whether the program's panic(v) or one the runtime raises
 * (index out of range, nil dereference, divide by zero, failed assertions),
 * goes through one function, gosub_panic. The runtime's errors are real Go
 * values with Go's type names and Error methods (runtime.boundsError,
 * runtime.errorString, runtime.plainError, *runtime.TypeAssertionError),
 * so that once recover exists, a recovered value prints, %T's and compares
 * as it does under Go.
 *
 * gosub_panic hands the value to defer.c, which unwinds to the innermost
 * function with deferred calls and runs them (most recent first); a deferred
 * call that recovers ends the panic there. Only a panic that no deferred call
 * stops reaches rt_panic_exit_chain and the printing below.
 * Panics raised by faults (signal.c) reach gosub_panic on the faulting stack,
 * not inside the signal handler, for the same reason.
 *
 * What is printed is Go 1.19's text, on stderr after stdout is flushed:
 *   panic: <value, as printpanics prints it>
 *   [signal SIGSEGV: segmentation violation code=... addr=0x0 pc=...]  (faults only)
 *   <blank line>
 *   goroutine N [running]:       (N: the panicking goroutine, 1 for main)
 * then a note that there is no stack trace, and exit status 2.
 */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"

static struct {
    bool printing;          /* a panic while printing a panic: give up */
} panicking;

/* ---------------------------------------------------------------- the way out */

static const char *basic_type_name(uint32_t kind) {
    switch (kind) {
    case GOKIND_BOOL: return "bool";
    case GOKIND_INT: return "int";
    case GOKIND_INT8: return "int8";
    case GOKIND_INT16: return "int16";
    case GOKIND_INT32: return "int32";
    case GOKIND_INT64: return "int64";
    case GOKIND_UINT: return "uint";
    case GOKIND_UINT8: return "uint8";
    case GOKIND_UINT16: return "uint16";
    case GOKIND_UINT32: return "uint32";
    case GOKIND_UINT64: return "uint64";
    case GOKIND_UINTPTR: return "uintptr";
    case GOKIND_FLOAT32: return "float32";
    case GOKIND_FLOAT64: return "float64";
    case GOKIND_COMPLEX64: return "complex64";
    case GOKIND_COMPLEX128: return "complex128";
    case GOKIND_STRING: return "string";
    }
    return NULL;
}

/* Prints a basic-kind value with the print builtin's formats. */
static void print_basic(uint32_t kind, const void *p) {
    switch (kind) {
    case GOKIND_BOOL: gosub_print_bool(*(const go_bool *)p); break;
    case GOKIND_INT:
    case GOKIND_INT64: gosub_print_int(*(const int64_t *)p); break;
    case GOKIND_INT8: gosub_print_int(*(const int8_t *)p); break;
    case GOKIND_INT16: gosub_print_int(*(const int16_t *)p); break;
    case GOKIND_INT32: gosub_print_int(*(const int32_t *)p); break;
    case GOKIND_UINT:
    case GOKIND_UINT64:
    case GOKIND_UINTPTR: gosub_print_uint(*(const uint64_t *)p); break;
    case GOKIND_UINT8: gosub_print_uint(*(const uint8_t *)p); break;
    case GOKIND_UINT16: gosub_print_uint(*(const uint16_t *)p); break;
    case GOKIND_UINT32: gosub_print_uint(*(const uint32_t *)p); break;
    case GOKIND_FLOAT32: gosub_print_float(*(const float *)p); break;
    case GOKIND_FLOAT64: gosub_print_float(*(const double *)p); break;
    case GOKIND_COMPLEX64: {
        const float *c = p;           /* real, imaginary */
        rt_print_complex_parts(c[0], c[1]);
        break;
    }
    case GOKIND_COMPLEX128: {
        const double *c = p;
        rt_print_complex_parts(c[0], c[1]);
        break;
    }
    case GOKIND_STRING: gosub_print_string(*(const GoString *)p); break;
    }
}

/* Go's printpanicval, after preprintpanics has turned errors and Stringers
 * into their text: predeclared types print bare (panic: 42), defined types
 * with basic kinds print as conversions (panic: main.S("hi")), and anything
 * else as its type and address (panic: (main.T) 0xc000012345). */
static void print_panic_value(GoEface v) {
    const GoType *t = v.type;
    if (!t) {
        rt_stderr_puts("nil");
        return;
    }
    const GoMethod *m = rt_find_method(t, "Error", "func() string");
    if (!m) m = rt_find_method(t, "String", "func() string");
    if (m) {
        GoString (*fn)(void *) = (GoString(*)(void *))m->ifn;
        gosub_print_string(fn(v.data));
        return;
    }
    const char *basic = basic_type_name(t->kind);
    const void *value = basic ? gosub_iface_value(t, &v.data) : NULL;
    if (basic && strcmp(t->string, basic) == 0) {
        print_basic(t->kind, value);
        return;
    }
    if (basic) {
        rt_stderr_puts(t->string);
        if (t->kind == GOKIND_STRING) {
            rt_stderr_puts("(\"");
            print_basic(t->kind, value);
            rt_stderr_puts("\")");
        } else if (t->kind == GOKIND_COMPLEX64 || t->kind == GOKIND_COMPLEX128) {
            print_basic(t->kind, value);     /* already parenthesised */
        } else {
            rt_stderr_puts("(");
            print_basic(t->kind, value);
            rt_stderr_puts(")");
        }
        return;
    }
    rt_stderr_puts("(");
    rt_stderr_puts(t->string);
    rt_stderr_puts(") ");
    gosub_print_pointer(v.data);       /* the data word, as Go prints it */
}

static const char *signal_description(int signo) {
    switch (signo) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    }
    return "signal";
}

/* The goroutine header that ends what tests compare, and our honest
 * substitute for Go's traceback. */
static void print_goroutine_trailer(void) {
    uint8_t store[96];
    RtBuf b = RT_BUF_INIT(store);
    rt_buf_puts(&b, "\ngoroutine ");
    rt_strconv_append_bits(&b, (uint64_t)rt_sched_goid(), 10, false);
    rt_buf_puts(&b, " [running]:\n\t(gosub prints no stack trace)\n");
    rt_stderr_write(b.data, b.len);
}

/* Prints a chain of panics, oldest first, as Go does when a deferred call
 * panicked while an earlier panic was running ("panic: a [recovered]" then
 * "\tpanic: b"), and exits with status 2. */
RT_NORETURN void rt_panic_exit_chain(const RtPanic *panics, int n) {
    rt_stdout_flush();
    if (panicking.printing) {
        /* The value's Error or String method panicked in turn. */
        rt_stderr_puts("panic while printing panic value\n");
        _exit(2);
    }
    panicking.printing = true;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            rt_stderr_puts("\t");
        rt_stderr_puts("panic: ");
        print_panic_value(panics[i].value);
        if (panics[i].recovered)
            rt_stderr_puts(" [recovered]");
        rt_stderr_puts("\n");
    }
    const RtSignalNote *s = rt_defer_signal();
    if (s->signo) {
        rt_stderr_puts("[signal ");
        rt_stderr_puts(signal_description(s->signo));
        rt_stderr_puts(" code=");
        gosub_print_hex((uint64_t)s->code);
        rt_stderr_puts(" addr=");
        gosub_print_hex(s->addr);
        rt_stderr_puts(" pc=");
        gosub_print_hex(s->pc);
        rt_stderr_puts("]\n");
    }
    print_goroutine_trailer();
    _exit(2);
}

/* The one way into a panic; see the comment at the top of the file. */
RT_NORETURN void gosub_panic(GoEface value) {
    rt_defer_panic(value);       /* unwinds to deferred calls (defer.c), or ends here */
}

RT_NORETURN void rt_fatal(const char *msg) {
    rt_stdout_flush();
    rt_stderr_puts("fatal error: ");
    rt_stderr_puts(msg);
    rt_stderr_puts("\n");
    print_goroutine_trailer();
    _exit(2);
}

RT_NORETURN void gosub_throw(const char *msg) {
    rt_fatal(msg);
}

RT_NORETURN void gosub_panic_string(GoString msg) {
    GoString *box = gosub_new(&gosub_type_string);
    *box = msg;
    gosub_panic((GoEface){&gosub_type_string, box});
}

/* ---------------------------------------------------------------- runtime error types */

static const GoType type_func_void = {
    .kind = GOKIND_FUNC, .flags = GOTYPE_DIRECT_IFACE, .size = sizeof(void *),
    .align = sizeof(void *), .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01},
    .string = "func()"};

static void runtime_error_marker(void *data) {
    (void)data;        /* RuntimeError(): marks runtime errors; does nothing */
}

static GoString concat2(const char *a, GoString b) {
    GoString parts[2] = {{(const uint8_t *)a, (go_int)strlen(a)}, b};
    return gosub_string_concat(NULL, parts, 2);
}

/* runtime.errorString: "runtime error: " + the string. */
static GoString error_string_Error(void *data) {
    return concat2("runtime error: ", *(GoString *)data);
}

static const GoMethod error_string_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))error_string_Error, 0},
    {"RuntimeError", &type_func_void, (void (*)(void))runtime_error_marker, 0},
};

static const GoType type_error_string = {
    .kind = GOKIND_STRING, .flags = GOTYPE_NAMED, .size = sizeof(GoString),
    .align = sizeof(void *), .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01},
    .string = "runtime.errorString", .methods = error_string_methods, .nmethods = 2};

/* runtime.plainError: the string, without the "runtime error: " prefix. */
static GoString plain_error_Error(void *data) {
    return *(GoString *)data;
}

static const GoMethod plain_error_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))plain_error_Error, 0},
    {"RuntimeError", &type_func_void, (void (*)(void))runtime_error_marker, 0},
};

static const GoType type_plain_error = {
    .kind = GOKIND_STRING, .flags = GOTYPE_NAMED, .size = sizeof(GoString),
    .align = sizeof(void *), .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01},
    .string = "runtime.plainError", .methods = plain_error_methods, .nmethods = 2};

static RT_NORETURN void panic_with_string_error(const GoType *t, const char *msg) {
    GoString *box = gosub_new(t);
    *box = (GoString){(const uint8_t *)msg, (go_int)strlen(msg)};
    gosub_panic((GoEface){t, box});
}

/* runtime.boundsError: an index or slice expression out of range. */
typedef struct BoundsError {
    go_int64 x;
    go_int y;
    go_bool is_signed;
    uint8_t code;
} BoundsError;

/* Go's boundsErrorFmts, and the shorter forms used when x is negative. */
static const char *const bounds_formats[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const bounds_negative_formats[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static void append_int(RtBuf *b, int64_t v, bool is_signed) {
    if (is_signed && v < 0) rt_strconv_append_bits(b, -(uint64_t)v, 10, true);
    else rt_strconv_append_bits(b, (uint64_t)v, 10, false);
}

static GoString bounds_error_Error(void *data) {
    const BoundsError *e = data;
    const char *fmt = e->is_signed && e->x < 0 ? bounds_negative_formats[e->code]
                                                : bounds_formats[e->code];
    uint8_t store[128];
    RtBuf b = RT_BUF_INIT(store);
    rt_buf_puts(&b, "runtime error: ");
    for (const char *c = fmt; *c; c++) {
        if (*c != '%') {
            rt_buf_putc(&b, (uint8_t)*c);
            continue;
        }
        c++;
        if (*c == 'x') append_int(&b, e->x, e->is_signed);
        else append_int(&b, e->y, true);
    }
    GoString s = rt_buf_to_string(&b);
    rt_buf_free(&b);
    return s;
}

static const GoMethod bounds_error_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))bounds_error_Error, 0},
    {"RuntimeError", &type_func_void, (void (*)(void))runtime_error_marker, 0},
};

static const GoField bounds_error_fields[] = {
    {"x", &gosub_type_int64, offsetof(BoundsError, x), false, false},
    {"y", &gosub_type_int, offsetof(BoundsError, y), false, false},
    {"signed", &gosub_type_bool, offsetof(BoundsError, is_signed), false, false},
    {"code", &gosub_type_uint8, offsetof(BoundsError, code), false, false},
};

static const GoType type_bounds_error = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(BoundsError),
    .align = _Alignof(BoundsError), .string = "runtime.boundsError",
    .fields = bounds_error_fields, .nfields = 4,
    .methods = bounds_error_methods, .nmethods = 2};

/* *runtime.TypeAssertionError. Its Error method is on the pointer, so the
 * interface's data word points at a box holding the pointer. */
typedef struct TypeAssertionError {
    const GoType *interface_type;
    const GoType *concrete;
    const GoType *asserted;
    GoString missing_method;
} TypeAssertionError;

static GoString cstr(const char *s) {
    return (GoString){(const uint8_t *)s, (go_int)strlen(s)};
}

static GoString type_assertion_error_Error(void *data) {
    const TypeAssertionError *e = data;     /* a pointer: the data word itself */
    const char *inter = e->interface_type ? e->interface_type->string : "interface";
    const char *as = e->asserted->string;
    if (!e->concrete) {
        GoString parts[] = {cstr("interface conversion: "), cstr(inter), cstr(" is nil, not "),
                            cstr(as)};
        return gosub_string_concat(NULL, parts, 4);
    }
    const char *cs = e->concrete->string;
    if (e->missing_method.len == 0) {
        /* Same name, different types: Go adds which kind of different. (It
         * tells packages apart by path; gosub's types here all share one.) */
        const char *extra = strcmp(cs, as) == 0 ? " (types from different scopes)" : "";
        GoString parts[] = {cstr("interface conversion: "), cstr(inter), cstr(" is "), cstr(cs),
                            cstr(", not "), cstr(as), cstr(extra)};
        return gosub_string_concat(NULL, parts, 7);
    }
    GoString parts[] = {cstr("interface conversion: "), cstr(cs), cstr(" is not "), cstr(as),
                        cstr(": missing method "), e->missing_method};
    return gosub_string_concat(NULL, parts, 6);
}

static const GoMethod type_assertion_error_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))type_assertion_error_Error, 0},
    {"RuntimeError", &type_func_void, (void (*)(void))runtime_error_marker, 0},
};

static const GoType type_type_assertion_error = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(TypeAssertionError),
    .align = _Alignof(TypeAssertionError), .ptrdata = 4 * sizeof(void *),
    .gcbits = (const uint8_t[]){0x0F}, .string = "runtime.TypeAssertionError"};

static const GoType type_ptr_type_assertion_error = {
    .kind = GOKIND_POINTER, .flags = GOTYPE_DIRECT_IFACE, .size = sizeof(void *),
    .align = sizeof(void *), .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01},
    .string = "*runtime.TypeAssertionError", .elem = &type_type_assertion_error,
    .methods = type_assertion_error_methods, .nmethods = 2};

/* ---------------------------------------------------------------- entry points */

RT_NORETURN void gosub_panic_bounds(go_int64 x, go_int y, go_bool is_signed, int code) {
    BoundsError *e = gosub_new(&type_bounds_error);
    *e = (BoundsError){x, y, is_signed, (uint8_t)code};
    gosub_panic((GoEface){&type_bounds_error, e});
}

enum {
    BOUNDS_INDEX,
    BOUNDS_SLICE_ALEN,
    BOUNDS_SLICE_ACAP,
    BOUNDS_SLICE_B,
    BOUNDS_SLICE3_ALEN,
    BOUNDS_SLICE3_ACAP,
    BOUNDS_SLICE3_B,
    BOUNDS_SLICE3_C,
    BOUNDS_CONVERT,
};

RT_NORETURN void gosub_panic_index(go_int x, go_int len) {
    gosub_panic_bounds(x, len, true, BOUNDS_INDEX);
}

RT_NORETURN void gosub_panic_index_u(go_uint x, go_int len) {
    gosub_panic_bounds((go_int64)x, len, false, BOUNDS_INDEX);
}

RT_NORETURN void gosub_panic_slice_alen(go_int x, go_int len) {
    gosub_panic_bounds(x, len, true, BOUNDS_SLICE_ALEN);
}

RT_NORETURN void gosub_panic_slice_acap(go_int x, go_int cap) {
    gosub_panic_bounds(x, cap, true, BOUNDS_SLICE_ACAP);
}

RT_NORETURN void gosub_panic_slice_b(go_int x, go_int y) {
    gosub_panic_bounds(x, y, true, BOUNDS_SLICE_B);
}

RT_NORETURN void gosub_panic_slice3_alen(go_int x, go_int len) {
    gosub_panic_bounds(x, len, true, BOUNDS_SLICE3_ALEN);
}

RT_NORETURN void gosub_panic_slice3_acap(go_int x, go_int cap) {
    gosub_panic_bounds(x, cap, true, BOUNDS_SLICE3_ACAP);
}

RT_NORETURN void gosub_panic_slice3_b(go_int x, go_int y) {
    gosub_panic_bounds(x, y, true, BOUNDS_SLICE3_B);
}

RT_NORETURN void gosub_panic_slice3_c(go_int x, go_int y) {
    gosub_panic_bounds(x, y, true, BOUNDS_SLICE3_C);
}

RT_NORETURN void gosub_panic_slice_convert(go_int x, go_int len) {
    gosub_panic_bounds(x, len, true, BOUNDS_CONVERT);
}

RT_NORETURN void gosub_panic_divide(void) {
    panic_with_string_error(&type_error_string, "integer divide by zero");
}

RT_NORETURN void gosub_panic_makeslice_len(void) {
    panic_with_string_error(&type_error_string, "makeslice: len out of range");
}

RT_NORETURN void gosub_panic_makeslice_cap(void) {
    panic_with_string_error(&type_error_string, "makeslice: cap out of range");
}

RT_NORETURN void gosub_panic_nil_map(void) {
    panic_with_string_error(&type_plain_error, "assignment to entry in nil map");
}

void rt_panic_note_signal(const RtSignalNote *note) {
    *rt_defer_signal() = *note;
}

void rt_panic_clear_signal(void) {
    *rt_defer_signal() = (RtSignalNote){0};
}

RT_NORETURN void rt_panic_plain(const char *msg) {
    panic_with_string_error(&type_plain_error, msg);
}

RT_NORETURN void rt_panic_nil_deref_from_signal(void) {
    panic_with_string_error(&type_error_string,
                            "invalid memory address or nil pointer dereference");
}

/* The compiler's explicit nil checks. Go's own checks are probes that fault,
 * so Go always prints the signal line; so does this, describing the fault the
 * probe would have taken: a read at address 0 from the checking code. */
RT_NORETURN void gosub_panic_nil_deref(void) {
    RtSignalNote note = {SIGSEGV, 1 /* SEGV_MAPERR */, 0,
                         (uintptr_t)__builtin_return_address(0)};
    rt_panic_note_signal(&note);
    rt_panic_nil_deref_from_signal();
}

RT_NORETURN void gosub_panic_type_assert(const GoType *iface, const GoType *concrete,
                                         const GoType *asserted, const char *missing_method) {
    TypeAssertionError *e = gosub_new(&type_type_assertion_error);
    e->interface_type = iface;
    e->concrete = concrete;
    e->asserted = asserted;
    if (missing_method) e->missing_method = cstr(missing_method);
    gosub_panic((GoEface){&type_ptr_type_assertion_error, e});
}
