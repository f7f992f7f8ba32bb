/*
 * map_test.c — unit test of the runtime's maps (map.c) and of hashing and
 * equality by type descriptor (hash.c).
 *
 * It checks, with hand-written descriptors of the kind the compiler emits:
 * insert/lookup/delete at scale for int, string, struct and interface keys,
 * against a reference model under random operations; growth and shrinking;
 * Go's key semantics (+0 == -0 with the key updated, NaN keys never found,
 * blank fields and padding ignored, interfaces by dynamic type); nil maps;
 * the panics (through a forked child, since a panic exits the process);
 * range semantics under deletion, insertion, growth and update during the
 * loop; randomised iteration order; fmt's sorted view. Then it prints a
 * word-frequency benchmark (map[string]int increments) in ns/op.
 *
 * The Go program the benchmark mirrors, to compare with under Go 1.19 (same
 * generator, same text, same loop; it prints the same line):
 *
 *   package main
 *
 *   import ("fmt"; "strings"; "time")
 *
 *   var x uint64 = 88172645463325252
 *   func next() uint64 { x ^= x >> 12; x ^= x << 25; x ^= x >> 27; return x * 2685821657736338717 }
 *
 *   func main() {
 *       const V, N, R = 50000, 2000000, 5
 *       vocab := make([]string, V)
 *       for i := range vocab {
 *           n := 2 + next()%10
 *           b := make([]byte, n)
 *           for j := range b { b[j] = byte('a' + next()%26) }
 *           vocab[i] = string(b)
 *       }
 *       var sb strings.Builder
 *       for i := 0; i < N; i++ {
 *           r1 := next(); r2 := next()
 *           sb.WriteString(vocab[r1%(1+r2%V)]); sb.WriteByte(' ')
 *       }
 *       words := strings.Fields(sb.String())
 *       best := time.Duration(1 << 62); distinct := 0
 *       for r := 0; r < R; r++ {
 *           t0 := time.Now()
 *           counts := map[string]int{}
 *           for _, w := range words { counts[w]++ }
 *           if d := time.Since(t0); d < best { best = d }
 *           distinct = len(counts)
 *       }
 *       fmt.Printf("wordfreq: %d words, %d distinct: %.1f ns/op\n",
 *           len(words), distinct, float64(best.Nanoseconds())/float64(len(words)))
 *   }
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "gosub_rt.h"

/* Never run: the runtime library expects a program. */
void main__init(void) {}
void main__main(void) {}

static int failures;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                               \
        }                                                                             \
    } while (0)

/* ---------------------------------------------------------------- descriptors */

static const uint8_t bits_1[] = {0x01}, bits_2[] = {0x02};

#define MAPTYPE(name, str, k, v)                                                   \
    static const GoType name = {.kind = GOKIND_MAP, .size = 8, .align = 8,         \
                                .ptrdata = 8, .gcbits = bits_1, .string = str,     \
                                .key = (k), .elem = (v)}

/* struct { b bool; s string; n int32; _ int32; f float64 } */
typedef struct SKey {
    go_bool b;          /* followed by 7 bytes of padding */
    GoString s;
    go_int32 n;
    go_int32 blank;
    go_float64 f;
} SKey;

static const GoField skey_fields[] = {
    {"b", &gosub_type_bool, offsetof(SKey, b), false, false},
    {"s", &gosub_type_string, offsetof(SKey, s), false, false},
    {"n", &gosub_type_int32, offsetof(SKey, n), false, false},
    {"_", &gosub_type_int32, offsetof(SKey, blank), false, false},
    {"f", &gosub_type_float64, offsetof(SKey, f), false, false},
};

static const GoType type_skey = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(SKey), .align = 8,
    .ptrdata = 16, .gcbits = bits_2, .string = "main.SKey", .fields = skey_fields,
    .nfields = 5};

/* struct { x, y int } : plain memory */
typedef struct Point {
    go_int x, y;
} Point;

static const GoField point_fields[] = {
    {"x", &gosub_type_int, 0, false, false},
    {"y", &gosub_type_int, 8, false, false},
};

static const GoType type_point = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = 16, .align = 8,
    .string = "main.Point", .fields = point_fields, .nfields = 2};

static const GoType type_slice_int = {
    .kind = GOKIND_SLICE, .size = 24, .align = 8, .ptrdata = 8, .gcbits = bits_1,
    .string = "[]int", .elem = &gosub_type_int};

/* struct { s []int } : not comparable */
static const GoField tslice_fields[] = {{"s", &type_slice_int, 0, false, false}};
static const GoType type_tslice = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = 24, .align = 8, .ptrdata = 8,
    .gcbits = bits_1, .string = "main.T", .fields = tslice_fields, .nfields = 1};

/* [2]interface{} */
static const GoType type_arr2_eface = {
    .kind = GOKIND_ARRAY, .size = 32, .align = 8, .ptrdata = 32,
    .gcbits = (const uint8_t[]){0x0F}, .string = "[2]interface {}",
    .elem = &gosub_type_empty_interface, .len = 2};

/* [2000]byte: a value too large for the shared small zero area */
static const GoType type_big = {
    .kind = GOKIND_ARRAY, .size = 2000, .align = 1, .string = "[2000]uint8",
    .elem = &gosub_type_uint8, .len = 2000};

static const GoType type_ptr_int = {
    .kind = GOKIND_POINTER, .size = 8, .align = 8, .ptrdata = 8, .gcbits = bits_1,
    .string = "*int", .elem = &gosub_type_int};

MAPTYPE(map_int_int, "map[int]int", &gosub_type_int, &gosub_type_int);
MAPTYPE(map_int32_int8, "map[int32]int8", &gosub_type_int32, &gosub_type_int8);
MAPTYPE(map_string_int, "map[string]int", &gosub_type_string, &gosub_type_int);
MAPTYPE(map_skey_int, "map[main.SKey]int", &type_skey, &gosub_type_int);
MAPTYPE(map_point_string, "map[main.Point]string", &type_point, &gosub_type_string);
MAPTYPE(map_eface_int, "map[interface {}]int", &gosub_type_empty_interface, &gosub_type_int);
MAPTYPE(map_float_int, "map[float64]int", &gosub_type_float64, &gosub_type_int);
MAPTYPE(map_int_big, "map[int][2000]uint8", &gosub_type_int, &type_big);
MAPTYPE(map_arr_int, "map[[2]interface {}]int", &type_arr2_eface, &gosub_type_int);
MAPTYPE(map_string_ptr, "map[string]*int", &gosub_type_string, &type_ptr_int);

/* ---------------------------------------------------------------- helpers */

static GoString str(const char *s) {
    return (GoString){(const uint8_t *)s, (go_int)strlen(s)};
}

/* A fresh heap copy, so that keys never share bytes by accident. */
static GoString strf(const char *fmt, long n) {
    char buf[64];
    int len = snprintf(buf, sizeof buf, fmt, n);
    uint8_t *p = gosub_alloc_bytes((go_uintptr)len);
    memcpy(p, buf, (size_t)len);
    return (GoString){p, len};
}

static go_int get_int(const GoType *mt, GoMap *m, const void *k, go_bool *ok) {
    return *(go_int *)gosub_mapaccess2(mt, m, k, ok);
}

static void set_int(const GoType *mt, GoMap *m, const void *k, go_int v) {
    *(go_int *)gosub_mapassign(mt, m, k) = v;
}

static GoEface box_int(go_int v) {
    go_int *p = gosub_new(&gosub_type_int);
    *p = v;
    return (GoEface){&gosub_type_int, p};
}

static GoEface box_string(const char *s) {
    GoString *p = gosub_new(&gosub_type_string);
    *p = str(s);
    return (GoEface){&gosub_type_string, p};
}

static GoEface box_float(double f) {
    double *p = gosub_new(&gosub_type_float64);
    *p = f;
    return (GoEface){&gosub_type_float64, p};
}

static uint64_t rng = 88172645463325252u;

static uint64_t next(void) {
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 2685821657736338717u;
}

/* Runs fn in a child process and checks that it panics (exit 2) with a
 * message containing want on stderr. */
static void expect_panic(void (*fn)(void), const char *want) {
    int fds[2];
    if (pipe(fds) != 0) abort();
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        fn();
        _exit(0);     /* did not panic */
    }
    close(fds[1]);
    char buf[4096];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof buf - 1 && (r = read(fds[0], buf + n, sizeof buf - 1 - n)) > 0)
        n += (size_t)r;
    buf[n] = '\0';
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 2 && strstr(buf, want);
    if (!ok) {
        fprintf(stderr, "expected a panic with \"%s\", got status %d and:\n%s\n", want,
                WIFEXITED(status) ? WEXITSTATUS(status) : -1, buf);
        failures++;
    }
}

/* ---------------------------------------------------------------- scale */

static void test_int_scale(void) {
    enum { N = 200000 };
    GoMap *m = gosub_makemap(&map_int_int, 0);
    for (go_int i = 0; i < N; i++) set_int(&map_int_int, m, &(go_int){i * 7919}, i);
    CHECK(gosub_maplen(m) == N);
    go_bool ok;
    for (go_int i = 0; i < N; i++) {
        CHECK(get_int(&map_int_int, m, &(go_int){i * 7919}, &ok) == i && ok);
        if (failures > 10) return;
    }
    CHECK(get_int(&map_int_int, m, &(go_int){1}, &ok) == 0 && !ok);
    for (go_int i = 0; i < N; i += 2) gosub_mapdelete(&map_int_int, m, &(go_int){i * 7919});
    CHECK(gosub_maplen(m) == N / 2);
    for (go_int i = 0; i < N; i++) {
        go_int v = get_int(&map_int_int, m, &(go_int){i * 7919}, &ok);
        CHECK(i % 2 ? v == i && ok : v == 0 && !ok);
        if (failures > 10) return;
    }
    /* Deleting everything, then refilling, reuses the storage. */
    for (go_int i = 1; i < N; i += 2) gosub_mapdelete(&map_int_int, m, &(go_int){i * 7919});
    CHECK(gosub_maplen(m) == 0);
    for (go_int i = 0; i < 1000; i++) set_int(&map_int_int, m, &i, -i);
    CHECK(gosub_maplen(m) == 1000);
    CHECK(get_int(&map_int_int, m, &(go_int){999}, &ok) == -999 && ok);

    /* A hint: no growth needed, same behaviour. */
    GoMap *h = gosub_makemap(&map_int32_int8, 1000);
    for (go_int32 i = 0; i < 1000; i++) *(go_int8 *)gosub_mapassign(&map_int32_int8, h, &i) = (go_int8)i;
    for (go_int32 i = 0; i < 1000; i++)
        CHECK(*(go_int8 *)gosub_mapaccess1(&map_int32_int8, h, &i) == (go_int8)i);
    CHECK(gosub_maplen(h) == 1000);
    /* Hints Go ignores. */
    CHECK(gosub_maplen(gosub_makemap(&map_int_int, -5)) == 0);
    CHECK(gosub_maplen(gosub_makemap(&map_int_int, (go_int)1 << 62)) == 0);
}

static void test_string_scale(void) {
    enum { N = 100000 };
    GoMap *m = gosub_makemap(&map_string_int, 0);
    for (long i = 0; i < N; i++) {
        GoString k = strf("key-%ld", i);
        *(go_int *)gosub_mapassign(&map_string_int, m, &k) += i;
    }
    CHECK(gosub_maplen(m) == N);
    for (long i = 0; i < N; i++) {
        GoString k = strf("key-%ld", i);    /* equal content, other bytes */
        go_bool ok;
        CHECK(get_int(&map_string_int, m, &k, &ok) == i && ok);
        if (failures > 10) return;
    }
    GoString empty = {NULL, 0};
    go_bool ok;
    get_int(&map_string_int, m, &empty, &ok);
    CHECK(!ok);
    set_int(&map_string_int, m, &empty, 42);
    GoString empty2 = {(const uint8_t *)"x", 0};
    CHECK(get_int(&map_string_int, m, &empty2, &ok) == 42 && ok);
    for (long i = 0; i < N; i++) {
        GoString k = strf("key-%ld", i);
        if (i % 3) gosub_mapdelete(&map_string_int, m, &k);
    }
    CHECK(gosub_maplen(m) == (N + 2) / 3 + 1);
}

/* Random operations against a model: int keys in [0, K), values tracked. */
static void test_model(void) {
    enum { K = 3000, OPS = 400000 };
    static go_int val[K];
    static bool present[K];
    memset(present, 0, sizeof present);
    GoMap *m = gosub_makemap(&map_int_int, 0);
    GoMap *ms = gosub_makemap(&map_string_int, 0);
    static GoString names[K];
    for (int i = 0; i < K; i++) names[i] = strf("s%ld", i * 31);
    go_int count = 0;
    for (int op = 0; op < OPS && failures < 10; op++) {
        go_int k = (go_int)(next() % (op < OPS / 2 ? K : K / 10));   /* then: shrink */
        uint64_t what = next() % 10;
        go_bool ok, oks;
        if (what < 4) {
            go_int v = (go_int)next();
            if (!present[k]) count++;
            present[k] = true;
            val[k] = v;
            set_int(&map_int_int, m, &k, v);
            set_int(&map_string_int, ms, &names[k], v);
        } else if (what < 7) {
            if (present[k]) count--;
            present[k] = false;
            gosub_mapdelete(&map_int_int, m, &k);
            gosub_mapdelete(&map_string_int, ms, &names[k]);
        } else {
            go_int v = get_int(&map_int_int, m, &k, &ok);
            go_int vs = get_int(&map_string_int, ms, &names[k], &oks);
            CHECK(ok == present[k] && oks == present[k]);
            CHECK(v == (present[k] ? val[k] : 0) && vs == v);
        }
        CHECK(gosub_maplen(m) == count && gosub_maplen(ms) == count);
        if (op % 50000 == 0 || op == OPS - 1) {
            /* A full iteration produces exactly the model. */
            static int seen[K];
            memset(seen, 0, sizeof seen);
            go_int n = 0;
            GoMapIter it;
            for (gosub_mapiterinit(&map_int_int, m, &it); it.key; gosub_mapiternext(&it)) {
                go_int key = *(go_int *)it.key;
                CHECK(key >= 0 && key < K && present[key] && !seen[key]);
                CHECK(*(go_int *)it.elem == val[key]);
                seen[key]++;
                n++;
            }
            CHECK(n == count);
        }
    }
}

/* ---------------------------------------------------------------- key semantics */

static void test_struct_keys(void) {
    GoMap *m = gosub_makemap(&map_skey_int, 0);
    SKey a, b;
    memset(&a, 0xAA, sizeof a);    /* garbage in padding and the blank field */
    memset(&b, 0x55, sizeof b);
    a.b = b.b = true;
    a.s = str("hello");
    b.s = strf("hello%.0s", 0);
    b.s.len = 5;
    a.n = b.n = 7;
    a.f = 0.0;
    b.f = -0.0;
    CHECK(gosub_equal(&type_skey, &a, &b));
    CHECK(gosub_hash(&type_skey, &a, 1) == gosub_hash(&type_skey, &b, 1));
    set_int(&map_skey_int, m, &a, 1);
    *(go_int *)gosub_mapassign(&map_skey_int, m, &b) += 1;
    CHECK(gosub_maplen(m) == 1);
    go_bool ok;
    CHECK(get_int(&map_skey_int, m, &a, &ok) == 2 && ok);
    b.n = 8;
    CHECK(!gosub_equal(&type_skey, &a, &b));
    get_int(&map_skey_int, m, &b, &ok);
    CHECK(!ok);
    for (int i = 0; i < 5000; i++) {
        SKey k = {.b = i & 1, .s = strf("%ld", i / 2), .n = i, .blank = i, .f = i * 0.5};
        set_int(&map_skey_int, m, &k, i);
    }
    for (int i = 0; i < 5000; i++) {
        SKey k = {.b = i & 1, .s = strf("%ld", i / 2), .n = i, .f = i * 0.5};
        CHECK(get_int(&map_skey_int, m, &k, &ok) == i && ok);
    }

    /* Plain-memory struct keys. */
    GoMap *p = gosub_makemap(&map_point_string, 0);
    for (go_int i = 0; i < 1000; i++) {
        Point k = {i, -i};
        *(GoString *)gosub_mapassign(&map_point_string, p, &k) = strf("p%ld", i);
    }
    Point k = {10, -10};
    GoString *v = gosub_mapaccess1(&map_point_string, p, &k);
    CHECK(v->len == 3 && memcmp(v->ptr, "p10", 3) == 0);
    k.y = 10;
    v = gosub_mapaccess1(&map_point_string, p, &k);
    CHECK(v->len == 0);
}

static void test_float_keys(void) {
    GoMap *m = gosub_makemap(&map_float_int, 0);
    double nan = NAN;
    for (int i = 0; i < 3; i++) *(go_int *)gosub_mapassign(&map_float_int, m, &nan) += 1;
    CHECK(gosub_maplen(m) == 3);
    go_bool ok;
    get_int(&map_float_int, m, &nan, &ok);
    CHECK(!ok);
    gosub_mapdelete(&map_float_int, m, &nan);
    CHECK(gosub_maplen(m) == 3);
    double neg = -0.0, pos = 0.0;
    set_int(&map_float_int, m, &neg, 1);
    set_int(&map_float_int, m, &pos, 2);          /* the same key: Go stores +0 now */
    CHECK(gosub_maplen(m) == 4);
    CHECK(get_int(&map_float_int, m, &neg, &ok) == 2 && ok);
    int nans = 0, zeros = 0;
    GoMapIter it;
    for (gosub_mapiterinit(&map_float_int, m, &it); it.key; gosub_mapiternext(&it)) {
        double k = *(double *)it.key;
        if (k != k) {
            nans++;
            CHECK(*(go_int *)it.elem == 1);
        } else {
            zeros++;
            CHECK(k == 0 && !signbit(k) && *(go_int *)it.elem == 2);
        }
    }
    CHECK(nans == 3 && zeros == 1);
    /* NaN entries survive growth, and iteration across the growth. */
    int produced_nans = 0;
    for (gosub_mapiterinit(&map_float_int, m, &it); it.key; gosub_mapiternext(&it)) {
        double k = *(double *)it.key;
        if (k != k) produced_nans++;
        for (int i = 0; i < 100; i++) {
            double f = 1000.0 + i + produced_nans * 1000;
            set_int(&map_float_int, m, &f, i);
        }
    }
    CHECK(produced_nans == 3);
    /* Equality and hashing on their own. */
    CHECK(!gosub_equal(&gosub_type_float64, &nan, &nan));
    CHECK(gosub_equal(&gosub_type_float64, &neg, &pos));
    CHECK(gosub_hash(&gosub_type_float64, &neg, 9) == gosub_hash(&gosub_type_float64, &pos, 9));
    go_complex128 c1 = {0}, c2;
    ((double *)&c2)[0] = -0.0;
    ((double *)&c2)[1] = 0.0;
    CHECK(gosub_equal(&gosub_type_complex128, &c1, &c2));
    CHECK(gosub_hash(&gosub_type_complex128, &c1, 3) == gosub_hash(&gosub_type_complex128, &c2, 3));
}

static void test_interface_keys(void) {
    GoMap *m = gosub_makemap(&map_eface_int, 0);
    GoEface k1 = box_int(1), k2 = box_int(1), ks = box_string("1"), knil = {0};
    GoEface kf = box_float(1.0), kz = box_float(0.0), knz = box_float(-0.0);
    set_int(&map_eface_int, m, &k1, 10);
    set_int(&map_eface_int, m, &ks, 20);
    set_int(&map_eface_int, m, &knil, 30);
    set_int(&map_eface_int, m, &kf, 40);
    set_int(&map_eface_int, m, &kz, 50);
    go_bool ok;
    CHECK(get_int(&map_eface_int, m, &k2, &ok) == 10 && ok);
    CHECK(get_int(&map_eface_int, m, &knz, &ok) == 50 && ok);
    CHECK(get_int(&map_eface_int, m, &(GoEface){0}, &ok) == 30 && ok);
    CHECK(gosub_maplen(m) == 5);
    CHECK(gosub_efaceeq(k1, k2));
    CHECK(!gosub_efaceeq(k1, ks));
    CHECK(!gosub_efaceeq(k1, kf));
    CHECK(gosub_efaceeq(knil, (GoEface){0}));
    CHECK(!gosub_efaceeq(knil, k1));
    for (go_int i = 0; i < 20000; i++) {
        GoEface k = box_int(i);
        if (i % 2 == 0) {
            GoString *s = gosub_new(&gosub_type_string);
            *s = strf("%ld", i);
            k = (GoEface){&gosub_type_string, s};
        }
        set_int(&map_eface_int, m, &k, i);
    }
    for (go_int i = 0; i < 20000; i++) {
        GoEface k = box_int(i);
        if (i % 2 == 0) {
            GoString *s = gosub_new(&gosub_type_string);
            *s = strf("%ld", i);
            k = (GoEface){&gosub_type_string, s};
        }
        CHECK(get_int(&map_eface_int, m, &k, &ok) == i && ok);
        if (failures > 10) return;
    }
    /* Array-of-interface keys: element-wise. */
    GoMap *a = gosub_makemap(&map_arr_int, 0);
    GoEface arr1[2] = {box_int(1), box_string("a")}, arr2[2] = {box_int(1), box_string("a")};
    set_int(&map_arr_int, a, arr1, 5);
    CHECK(get_int(&map_arr_int, a, arr2, &ok) == 5 && ok);
    CHECK(gosub_equal(&type_arr2_eface, arr1, arr2));
    arr2[1] = box_string("b");
    CHECK(!gosub_equal(&type_arr2_eface, arr1, arr2));
}

/* ---------------------------------------------------------------- panics */

static GoEface slice_eface(void) {
    GoSlice *s = gosub_new(&type_slice_int);
    return (GoEface){&type_slice_int, s};
}

static void panic_nil_assign(void) {
    go_int k = 1;
    gosub_mapassign(&map_int_int, NULL, &k);
}

static void panic_hash_slice(void) {
    GoMap *m = gosub_makemap(&map_eface_int, 0);
    GoEface k = slice_eface();
    gosub_mapassign(&map_eface_int, m, &k);
}

static void panic_hash_nil_map(void) {
    GoEface k = slice_eface();
    gosub_mapaccess1(&map_eface_int, NULL, &k);    /* Go hashes even here */
}

static void panic_hash_delete_nil(void) {
    GoEface k = slice_eface();
    gosub_mapdelete(&map_eface_int, NULL, &k);
}

static void panic_hash_struct(void) {
    GoMap *m = gosub_makemap(&map_eface_int, 0);
    GoEface k = {&type_tslice, gosub_new(&type_tslice)};
    gosub_mapaccess1(&map_eface_int, m, &k);
}

static void panic_compare_slices(void) {
    gosub_efaceeq(slice_eface(), slice_eface());
}

static void panic_compare_in_array(void) {
    GoEface a[2] = {slice_eface(), box_int(1)}, b[2] = {slice_eface(), box_int(2)};
    gosub_equal(&type_arr2_eface, a, b);
}

static void no_panic_compare_in_array(void) {
    /* Elements compare in order: the ints differ first, the slices are not reached. */
    GoEface a[2] = {box_int(1), slice_eface()}, b[2] = {box_int(2), slice_eface()};
    if (!gosub_equal(&type_arr2_eface, a, b)) gosub_panic_string(str("fine"));
}

static void test_panics(void) {
    expect_panic(panic_nil_assign, "panic: assignment to entry in nil map");
    expect_panic(panic_hash_slice, "panic: runtime error: hash of unhashable type []int");
    expect_panic(panic_hash_nil_map, "panic: runtime error: hash of unhashable type []int");
    expect_panic(panic_hash_delete_nil, "panic: runtime error: hash of unhashable type []int");
    expect_panic(panic_hash_struct, "panic: runtime error: hash of unhashable type main.T");
    expect_panic(panic_compare_slices, "panic: runtime error: comparing uncomparable type []int");
    expect_panic(panic_compare_in_array, "comparing uncomparable type []int");
    expect_panic(no_panic_compare_in_array, "panic: fine");
    /* Different dynamic types: false, no panic. */
    CHECK(!gosub_efaceeq(slice_eface(), box_int(1)));
}

/* ---------------------------------------------------------------- nil maps, values */

static void test_nil_and_values(void) {
    go_bool ok = true;
    go_int k = 3;
    CHECK(*(go_int *)gosub_mapaccess1(&map_int_int, NULL, &k) == 0);
    CHECK(*(go_int *)gosub_mapaccess2(&map_int_int, NULL, &k, &ok) == 0 && !ok);
    gosub_mapdelete(&map_int_int, NULL, &k);
    gosub_mapclear(&map_int_int, NULL);
    CHECK(gosub_maplen(NULL) == 0);
    GoMapIter it;
    gosub_mapiterinit(&map_int_int, NULL, &it);
    CHECK(it.key == NULL);
    void **keys, **elems;
    CHECK(gosub_map_sorted_entries(&map_int_int, NULL, &keys, &elems) == 0);

    /* Big values: absent ones read as zeroes too. */
    GoMap *m = gosub_makemap(&map_int_big, 0);
    uint8_t *z = gosub_mapaccess1(&map_int_big, m, &k);
    bool all_zero = true;
    for (int i = 0; i < 2000; i++) all_zero &= z[i] == 0;
    CHECK(all_zero);
    uint8_t *v = gosub_mapassign(&map_int_big, m, &k);
    CHECK(v[0] == 0 && v[1999] == 0);
    memset(v, 7, 2000);
    for (go_int i = 100; i < 200; i++) memset(gosub_mapassign(&map_int_big, m, &i), (int)i, 2000);
    v = gosub_mapaccess1(&map_int_big, m, &k);
    CHECK(v[0] == 7 && v[1999] == 7);

    /* Pointer values survive growth. */
    GoMap *pm = gosub_makemap(&map_string_ptr, 0);
    go_int target = 99;
    GoString sk = str("p");
    *(go_int **)gosub_mapassign(&map_string_ptr, pm, &sk) = &target;
    for (long i = 0; i < 1000; i++) {
        GoString s = strf("%ld", i);
        *(go_int **)gosub_mapassign(&map_string_ptr, pm, &s) = NULL;
    }
    CHECK(**(go_int **)gosub_mapaccess1(&map_string_ptr, pm, &sk) == 99);

    /* clear */
    GoMap *c = gosub_makemap(&map_int_int, 0);
    for (go_int i = 0; i < 100; i++) set_int(&map_int_int, c, &i, i);
    gosub_mapclear(&map_int_int, c);
    CHECK(gosub_maplen(c) == 0);
    gosub_mapaccess2(&map_int_int, c, &k, &ok);
    CHECK(!ok);
    set_int(&map_int_int, c, &k, 5);
    CHECK(gosub_maplen(c) == 1 && get_int(&map_int_int, c, &k, &ok) == 5);
}

/* ---------------------------------------------------------------- iteration */

/* Counts how often each key in [0, n) is produced by one range loop over m,
 * calling body(i, key) for each produced entry (which may change m). */
static void range_count(GoMap *m, int *seen, int n, void (*body)(GoMap *, go_int, go_int)) {
    memset(seen, 0, (size_t)n * sizeof *seen);
    GoMapIter it;
    int step = 0;
    for (gosub_mapiterinit(&map_int_int, m, &it); it.key; gosub_mapiternext(&it)) {
        go_int k = *(go_int *)it.key, v = *(go_int *)it.elem;
        if (k >= 0 && k < n) seen[k]++;
        if (body) body(m, step++, k);
        (void)v;
    }
}

enum { IN = 1000 };
static bool deleted_early[IN];

/* Deletes keys not yet produced (and the current one); each deleted before
 * being reached must not be produced. */
static int produced_order[IN * 4], nproduced;
static void delete_body(GoMap *m, go_int step, go_int k) {
    produced_order[nproduced++] = (int)k;
    if (step % 3 == 0) {
        for (int j = 0; j < 5; j++) {
            go_int d = (go_int)(next() % IN);
            go_bool ok;
            gosub_mapaccess2(&map_int_int, m, &d, &ok);
            if (ok) {
                gosub_mapdelete(&map_int_int, m, &d);
                deleted_early[d] = true;
            }
        }
    }
    gosub_mapdelete(&map_int_int, m, &k);
}

static void test_iteration_delete(void) {
    GoMap *m = gosub_makemap(&map_int_int, 0);
    for (go_int i = 0; i < IN; i++) set_int(&map_int_int, m, &i, i);
    memset(deleted_early, 0, sizeof deleted_early);
    nproduced = 0;
    static int seen[IN];
    range_count(m, seen, IN, delete_body);
    for (int i = 0; i < IN; i++) {
        CHECK(seen[i] <= 1);
        if (!deleted_early[i]) CHECK(seen[i] == 1);
    }
    /* A key deleted by the body before the loop reached it was not produced:
     * every produced key was still present when produced. */
    for (int i = 0; i < nproduced; i++) CHECK(seen[produced_order[i]] == 1);
    CHECK(gosub_maplen(m) == 0);
}

/* Inserts fresh keys (>= IN) during the loop, enough to grow the map many
 * times, and updates values of existing keys. */
static void insert_body(GoMap *m, go_int step, go_int k) {
    (void)k;
    for (int j = 0; j < 20; j++) {
        go_int fresh = IN + step * 20 + j;
        set_int(&map_int_int, m, &fresh, fresh);
    }
    go_int u = (go_int)(next() % IN);
    go_bool ok;
    gosub_mapaccess2(&map_int_int, m, &u, &ok);
    if (ok) set_int(&map_int_int, m, &u, -1);    /* seen as -1 if produced later */
}

static void test_iteration_insert(void) {
    GoMap *m = gosub_makemap(&map_int_int, 0);
    for (go_int i = 0; i < IN; i++) set_int(&map_int_int, m, &i, i);
    /* Some deleted first, so the rebuilds also compact. */
    for (go_int i = 0; i < IN; i += 10) gosub_mapdelete(&map_int_int, m, &i);
    int total = IN * 30;
    int *seen = calloc((size_t)total, sizeof *seen);
    GoMapIter it;
    int produced = 0;
    for (gosub_mapiterinit(&map_int_int, m, &it); it.key; gosub_mapiternext(&it)) {
        go_int k = *(go_int *)it.key, v = *(go_int *)it.elem;
        CHECK(k >= 0 && k < total);
        if (k < 0 || k >= total) break;
        seen[k]++;
        go_bool ok;
        go_int live = get_int(&map_int_int, m, &k, &ok);
        CHECK(ok && live == v);            /* the live value, updates included */
        CHECK(v == k || v == -1);
        insert_body(m, produced++, k);
    }
    for (int i = 0; i < IN; i++) CHECK(seen[i] == (i % 10 ? 1 : 0));
    for (int i = IN; i < total; i++) CHECK(seen[i] <= 1);
    CHECK(gosub_maplen(m) == IN - IN / 10 + (go_int)produced * 20);
    free(seen);
}

/* Deletion and re-insertion of other keys during the loop, with growth:
 * every key present throughout is produced exactly once. */
static void test_iteration_mixed(void) {
    for (int round = 0; round < 20; round++) {
        GoMap *m = gosub_makemap(&map_int_int, 0);
        enum { K = 500 };
        for (go_int i = 0; i < K; i++) set_int(&map_int_int, m, &i, i);
        bool touched[K * 50] = {0};
        int seen[K * 50] = {0};
        go_int fresh = K;
        GoMapIter it;
        for (gosub_mapiterinit(&map_int_int, m, &it); it.key; gosub_mapiternext(&it)) {
            go_int k = *(go_int *)it.key;
            seen[k]++;
            go_int d = (go_int)(next() % K);
            if (d != k) {
                gosub_mapdelete(&map_int_int, m, &d);
                touched[d] = true;
            }
            int adds = (int)(next() % 8);
            for (int j = 0; j < adds && fresh < K * 50; j++, fresh++)
                set_int(&map_int_int, m, &fresh, fresh);
        }
        for (int i = 0; i < K; i++) {
            if (!touched[i]) CHECK(seen[i] == 1);
            else CHECK(seen[i] <= 1);
        }
        for (int i = K; i < K * 50; i++) CHECK(seen[i] <= 1);
    }
}

static void test_random_order(void) {
    /* Large map: the first key differs between loops. */
    GoMap *m = gosub_makemap(&map_int_int, 0);
    for (go_int i = 0; i < 100; i++) set_int(&map_int_int, m, &i, i);
    go_int firsts[20];
    int distinct = 0;
    for (int r = 0; r < 20; r++) {
        GoMapIter it;
        gosub_mapiterinit(&map_int_int, m, &it);
        firsts[r] = *(go_int *)it.key;
        bool dup = false;
        for (int j = 0; j < r; j++) dup |= firsts[j] == firsts[r];
        distinct += !dup;
    }
    CHECK(distinct >= 3);
    /* Not insertion order: consecutive keys are not always consecutive. */
    GoMapIter it;
    int in_order = 0, n = 0;
    go_int prev = -1;
    for (gosub_mapiterinit(&map_int_int, m, &it); it.key; gosub_mapiternext(&it), n++) {
        go_int k = *(go_int *)it.key;
        in_order += k == prev + 1;
        prev = k;
    }
    CHECK(n == 100 && in_order < 99);

    /* Small map: several of the orders of three keys appear. */
    GoMap *s = gosub_makemap(&map_string_int, 0);
    const char *names[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) set_int(&map_string_int, s, &(GoString){(const uint8_t *)names[i], 1}, i);
    bool orders[27] = {0};
    int norders = 0;
    for (int r = 0; r < 100; r++) {
        int code = 0;
        for (gosub_mapiterinit(&map_string_int, s, &it); it.key; gosub_mapiternext(&it))
            code = code * 3 + (int)*(go_int *)it.elem;
        if (!orders[code]) norders++;
        orders[code] = true;
    }
    CHECK(norders >= 2);
}

/* ---------------------------------------------------------------- fmt's view */

static void test_sorted(void) {
    GoMap *m = gosub_makemap(&map_string_int, 0);
    const char *words[] = {"pear", "apple", "fig", "", "banana", "apple2"};
    for (int i = 0; i < 6; i++) set_int(&map_string_int, m, &(GoString){(const uint8_t *)words[i], (go_int)strlen(words[i])}, i);
    void **keys, **elems;
    go_int n = gosub_map_sorted_entries(&map_string_int, m, &keys, &elems);
    CHECK(n == 6);
    const char *want[] = {"", "apple", "apple2", "banana", "fig", "pear"};
    for (int i = 0; i < 6 && i < n; i++) {
        GoString *k = keys[i];
        CHECK(k->len == (go_int)strlen(want[i]) && memcmp(k->ptr, want[i], (size_t)k->len) == 0);
        go_int v = *(go_int *)elems[i];
        CHECK(strcmp(words[v], want[i]) == 0);
    }

    /* Floats: NaNs first, then by value; -0 and +0 are one key. */
    GoMap *f = gosub_makemap(&map_float_int, 0);
    double fs[] = {3.5, NAN, -1, 0, NAN, 1e9, -INFINITY};
    for (int i = 0; i < 7; i++) set_int(&map_float_int, f, &fs[i], i);
    n = gosub_map_sorted_entries(&map_float_int, f, &keys, &elems);
    CHECK(n == 7);
    CHECK(isnan(*(double *)keys[0]) && isnan(*(double *)keys[1]));
    double wantf[] = {-INFINITY, -1, 0, 3.5, 1e9};
    for (int i = 0; i < 5; i++) CHECK(*(double *)keys[i + 2] == wantf[i]);

    /* Interfaces: nil first, then by dynamic type (Go's layout order: bool,
     * float64, int, string here), then by value. */
    GoMap *e = gosub_makemap(&map_eface_int, 0);
    go_bool *t = gosub_new(&gosub_type_bool);
    *t = true;
    GoEface ks[] = {box_string("b"), box_int(2), box_float(2.5), (GoEface){0}, box_int(-1),
                    box_string("a"), (GoEface){&gosub_type_bool, t}};
    for (int i = 0; i < 7; i++) set_int(&map_eface_int, e, &ks[i], i);
    n = gosub_map_sorted_entries(&map_eface_int, e, &keys, &elems);
    int wante[] = {3, 6, 2, 4, 1, 5, 0};
    CHECK(n == 7);
    for (int i = 0; i < 7; i++) CHECK(*(go_int *)elems[i] == wante[i]);

    /* Structs field by field. */
    GoMap *p = gosub_makemap(&map_point_string, 0);
    Point pts[] = {{2, 1}, {1, 5}, {1, -3}, {-7, 100}};
    for (int i = 0; i < 4; i++) *(GoString *)gosub_mapassign(&map_point_string, p, &pts[i]) = str("v");
    n = gosub_map_sorted_entries(&map_point_string, p, &keys, &elems);
    Point wantp[] = {{-7, 100}, {1, -3}, {1, 5}, {2, 1}};
    for (int i = 0; i < 4; i++) CHECK(memcmp(keys[i], &wantp[i], sizeof(Point)) == 0);
}

/* ---------------------------------------------------------------- benchmark */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The Go program at the top of the file, in C. */
static void bench_wordfreq(void) {
    enum { V = 50000, N = 2000000, R = 5 };
    rng = 88172645463325252u;
    static GoString vocab[V];
    for (int i = 0; i < V; i++) {
        int n = 2 + (int)(next() % 10);
        uint8_t *b = gosub_alloc_bytes((go_uintptr)n);
        for (int j = 0; j < n; j++) b[j] = (uint8_t)('a' + next() % 26);
        vocab[i] = (GoString){b, n};
    }
    size_t cap = (size_t)N * 13, len = 0;
    uint8_t *text = malloc(cap);
    for (int i = 0; i < N; i++) {
        uint64_t r1 = next(), r2 = next();
        GoString w = vocab[r1 % (1 + r2 % V)];
        memcpy(text + len, w.ptr, (size_t)w.len);
        len += (size_t)w.len;
        text[len++] = ' ';
    }
    GoString *words = malloc((size_t)N * sizeof *words);
    size_t nw = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (text[j] != ' ') j++;
        words[nw++] = (GoString){text + i, (go_int)(j - i)};
        i = j + 1;
    }
    double best = 1e300;
    go_int distinct = 0;
    for (int r = 0; r < R; r++) {
        double t0 = now();
        GoMap *counts = gosub_makemap(&map_string_int, 0);
        for (size_t i = 0; i < nw; i++) (*(go_int *)gosub_mapassign(&map_string_int, counts, &words[i]))++;
        double d = now() - t0;
        if (d < best) best = d;
        distinct = gosub_maplen(counts);
    }
    printf("wordfreq: %zu words, %ld distinct: %.1f ns/op\n", nw, (long)distinct, best / (double)nw);
    free(words);
    free(text);
}

int main(void) {
    test_int_scale();
    test_string_scale();
    test_model();
    test_struct_keys();
    test_float_keys();
    test_interface_keys();
    test_panics();
    test_nil_and_values();
    test_iteration_delete();
    test_iteration_insert();
    test_iteration_mixed();
    test_random_order();
    test_sorted();
    if (failures) {
        fprintf(stderr, "map_test: %d failures\n", failures);
        return 1;
    }
    bench_wordfreq();
    printf("map_test: ok\n");
    return 0;
}
