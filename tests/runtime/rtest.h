/*
 * rtest.h — the little that the runtime's C unit tests share.
 *
 * Each tests/runtime/NAME_test.c is its own program, linked against
 * build/libgosub.a with its own main() (the library's main is in start.c,
 * which a test never pulls in). A test counts its failures with EXPECT and
 * returns rtest_finish(), which exits 1 if any check failed.
 *
 * The GoType descriptors a test needs are written by hand, the way the
 * compiler emits them; EFACE boxes a value into an interface{}.
 */
#ifndef RTEST_H
#define RTEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int rtest_checks, rtest_failures;

#define EXPECT(cond, ...)                                                    \
    do {                                                                     \
        rtest_checks++;                                                      \
        if (!(cond)) {                                                       \
            rtest_failures++;                                                \
            fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);            \
            fprintf(stderr, __VA_ARGS__);                                    \
            fputc('\n', stderr);                                             \
        }                                                                    \
    } while (0)

/* Compares a GoString against expected bytes, printing both on mismatch. */
#define EXPECT_STR(got, want, want_len, label)                                        \
    do {                                                                              \
        GoString g_ = (got);                                                          \
        size_t wl_ = (want_len);                                                      \
        EXPECT((size_t)g_.len == wl_ && (wl_ == 0 || memcmp(g_.ptr, (want), wl_) == 0),             \
               "%s\n   got: [%.*s]\n  want: [%.*s]", (label), (int)g_.len,            \
               (const char *)g_.ptr, (int)wl_, (const char *)(want));                 \
    } while (0)

static inline int rtest_finish(const char *name) {
    fprintf(stderr, "%s: %d checks, %d failed\n", name, rtest_checks, rtest_failures);
    return rtest_failures != 0;
}

static inline GoString rtest_cstr(const char *s) {
    return (GoString){(const uint8_t *)s, (go_int)strlen(s)};
}

/* An interface{} holding a value of predeclared type `type` (int, string...):
 * its data word is the value itself for a direct (pointer-shaped) type, else
 * points at a copy. */
#define EFACE(type, ctype, ...) \
    ((GoEface){&gosub_type_##type, gosub_iface_word(&gosub_type_##type, &(ctype){__VA_ARGS__})})
/* An interface{} holding a value of a test-defined type. */
#define EFACE_T(typeptr, ctype, ...) \
    ((GoEface){(typeptr), gosub_iface_word((typeptr), &(ctype){__VA_ARGS__})})

#define W8 sizeof(void *)

#endif
