/*
 * hash.c — hashing, equality and fmt's ordering of Go values, driven by their
 * type descriptors; and the runtime's cheap random numbers.
 *
 * Go derives == on structs, arrays and interfaces, and the hash a map needs
 * for any comparable key type, from the type alone; so does this file, by
 * walking a GoType: field by field (skipping blank `_` fields, so padding and
 * blanks never matter), element by element, and through an interface to its
 * dynamic type. It hands on:
 *
 *   gosub_hash      the map hash of any comparable value (map.c's generic
 *                   path; map.c has inlined fast paths for strings and plain
 *                   memory keys that use gosub_memhash, so the two agree)
 *   gosub_equal     == for any comparable type; the compiler uses it for
 *                   structs, arrays and interfaces, map.c for generic keys
 *   gosub_efaceeq, gosub_ifaceeq   == on interface values
 *   gosub_fmtsort_compare          internal/fmtsort's order, for printing maps
 *   gosub_memhash, gosub_strhash   the memory hash (Go's wyhash-derived
 *                   memhashFallback from runtime/hash64.go), keyed per process
 *   gosub_fastrand64                a fast PRNG (wyrand), seeded per process
 *
 * Go's semantics, which the walks follow (runtime/alg.go in Go 1.19):
 *   - floats: +0 == -0 hash alike; NaN != NaN, and a NaN hashes randomly, so
 *     NaN keys can be inserted again and again and are never found;
 *   - interfaces compare dynamic types first; two values of one uncomparable
 *     dynamic type panic with "runtime error: comparing uncomparable type T",
 *     hashing one panics with "hash of unhashable type T", naming the
 *     outermost dynamic type (the struct, not its slice field);
 *   - structs and arrays compare in field/element order and stop at the
 *     first difference (so whether a later uncomparable interface panics
 *     depends on the earlier fields, exactly as in Go 1.19).
 *
 * Assumptions about the value representation: an interface's data word is
 * the value itself for a direct (pointer-shaped) type and points at it
 * otherwise (gosub_rt.h); iface_dynamic() below finds the value. Types are
 * identical when their descriptors are the same address; non-empty interfaces
 * compare their itabs' dynamic types, not the itab addresses (a static itab
 * emitted by the compiler and one built by gosub_getitab may coexist).
 */
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>

#include "internal.h"

/* The process-wide state of this service: the hash key and the PRNG. */
static struct {
    uint64_t hashkey;     /* mixed into every hash: differs per process */
    uint64_t rand_state;  /* wyrand's state */
} hashing;

/* Seeded before main: maps hash differently in every run, as in Go. */
__attribute__((constructor)) static void hash_init(void) {
    uint64_t seed[2] = {0, 0};
    if (getrandom(seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        seed[0] = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15u ^ (uint64_t)ts.tv_sec;
        seed[1] = (uint64_t)(uintptr_t)&ts ^ (uint64_t)clock();
    }
    hashing.hashkey = seed[0] | 1;
    hashing.rand_state = seed[1];
}

/* ---------------------------------------------------------------- memory hash */

/* Go's hash64.go constants (from wyhash). */
#define M1 0xa0761d6478bd642fu
#define M2 0xe7037ed1a0b428dbu
#define M3 0x8ebc6af09c88c6e3u
#define M4 0x589965cc75374cc3u
#define M5 0x1d8e4e27c47d124fu

static inline uint64_t mix(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t r8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t r4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

uint64_t gosub_fastrand64(void) {
    hashing.rand_state += M1;
    return mix(hashing.rand_state, hashing.rand_state ^ M2);
}

uintptr_t gosub_memhash(const void *mem, uintptr_t seed, uintptr_t s) {
    const uint8_t *p = mem;
    uint64_t a, b;
    seed ^= hashing.hashkey ^ M1;
    if (s == 0) return seed;
    if (s < 4) {
        a = p[0] | (uint64_t)p[s >> 1] << 8 | (uint64_t)p[s - 1] << 16;
        b = 0;
    } else if (s == 4) {
        a = b = r4(p);
    } else if (s < 8) {
        a = r4(p);
        b = r4(p + s - 4);
    } else if (s == 8) {
        a = b = r8(p);
    } else if (s <= 16) {
        a = r8(p);
        b = r8(p + s - 8);
    } else {
        uintptr_t l = s;
        if (l > 48) {
            uint64_t seed1 = seed, seed2 = seed;
            for (; l > 48; l -= 48) {
                seed = mix(r8(p) ^ M2, r8(p + 8) ^ seed);
                seed1 = mix(r8(p + 16) ^ M3, r8(p + 24) ^ seed1);
                seed2 = mix(r8(p + 32) ^ M4, r8(p + 40) ^ seed2);
                p += 48;
            }
            seed ^= seed1 ^ seed2;
        }
        for (; l > 16; l -= 16) {
            seed = mix(r8(p) ^ M2, r8(p + 8) ^ seed);
            p += 16;
        }
        a = r8(p + l - 16);
        b = r8(p + l - 8);
    }
    return mix(M5 ^ s, mix(a ^ M2, b ^ seed));
}

uintptr_t gosub_strhash(GoString s, uintptr_t seed) {
    return gosub_memhash(s.ptr, seed, (uintptr_t)s.len);
}

/* ---------------------------------------------------------------- run-time errors */

/* runtime.errorString, for the two panics this file raises. panic.c keeps its
 * own descriptor private; this mirrors it (same name, same methods) until
 * panic.c exports a way to raise an errorString with a computed message. */
static const GoType type_func_void = {
    .kind = GOKIND_FUNC, .flags = GOTYPE_DIRECT_IFACE, .size = sizeof(void *),
    .align = sizeof(void *), .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01},
    .string = "func()"};

static GoString error_string_Error(void *data) {
    GoString parts[2] = {GOSUB_STR("runtime error: "), *(GoString *)data};
    return gosub_string_concat(NULL, parts, 2);
}

static void runtime_error_marker(void *data) {
    (void)data;
}

static const GoMethod error_string_methods[] = {
    {"Error", &rt_type_func_string, (void (*)(void))error_string_Error, 0},
    {"RuntimeError", &type_func_void, (void (*)(void))runtime_error_marker, 0},
};

static const GoType type_error_string = {
    .kind = GOKIND_STRING, .flags = GOTYPE_NAMED, .size = sizeof(GoString),
    .align = sizeof(void *), .ptrdata = sizeof(void *), .gcbits = (const uint8_t[]){0x01},
    .string = "runtime.errorString", .methods = error_string_methods, .nmethods = 2};

/* panic(errorString(what + t.string())) */
static RT_NORETURN void panic_type_error(const char *what, const GoType *t) {
    GoString parts[2] = {{(const uint8_t *)what, (go_int)strlen(what)},
                         {(const uint8_t *)t->string, (go_int)strlen(t->string)}};
    GoString *box = gosub_new(&type_error_string);
    *box = gosub_string_concat(NULL, parts, 2);
    gosub_panic((GoEface){&type_error_string, box});
}

/* ---------------------------------------------------------------- type facts */

static bool is_blank(const GoField *f) {
    return f->name && f->name[0] == '_' && f->name[1] == '\0';
}

/* Whether == is defined on t (the spec's "comparable"; blank fields count). */
go_bool gosub_type_comparable(const GoType *t) {
    switch (t->kind) {
    case GOKIND_FUNC:
    case GOKIND_MAP:
    case GOKIND_SLICE:
        return false;
    case GOKIND_ARRAY:
        return gosub_type_comparable(t->elem);
    case GOKIND_STRUCT:
        for (go_int i = 0; i < t->nfields; i++)
            if (!gosub_type_comparable(t->fields[i].type)) return false;
        return true;
    default:
        return true;
    }
}

/* The dynamic type of an interface value at p, of interface type t, and
 * where its value lives (in the data word itself for a direct type). */
static const GoType *iface_dynamic(const GoType *t, const void *p, const void **value) {
    const GoType *dt;
    void *const *word;
    if (t->nmethods == 0) {
        const GoEface *e = p;
        dt = e->type;
        word = &e->data;
    } else {
        const GoIface *i = p;
        dt = i->itab ? i->itab->type : NULL;
        word = &i->data;
    }
    *value = dt ? gosub_iface_value(dt, word) : NULL;
    return dt;
}

/* ---------------------------------------------------------------- hashing */

/* Go's c0 and c1 (alg.go) for 64-bit machines. */
#define C0 ((uintptr_t)33054211828000289u)
#define C1 ((uintptr_t)23344194077549503u)

static uintptr_t f32hash(const float *f, uintptr_t h) {
    if (*f == 0) return C1 * (C0 ^ h);                                  /* +0, -0 */
    if (*f != *f) return C1 * (C0 ^ h ^ (uintptr_t)gosub_fastrand64()); /* NaN */
    return gosub_memhash(f, h, 4);
}

static uintptr_t f64hash(const double *f, uintptr_t h) {
    if (*f == 0) return C1 * (C0 ^ h);
    if (*f != *f) return C1 * (C0 ^ h ^ (uintptr_t)gosub_fastrand64());
    return gosub_memhash(f, h, 8);
}

uintptr_t gosub_hash(const GoType *t, const void *p, uintptr_t seed) {
    switch (t->kind) {
    case GOKIND_BOOL:
    case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32: case GOKIND_INT64:
    case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR:
    case GOKIND_CHAN: case GOKIND_POINTER: case GOKIND_UNSAFE_POINTER:
        return gosub_memhash(p, seed, t->size);
    case GOKIND_FLOAT32:
        return f32hash(p, seed);
    case GOKIND_FLOAT64:
        return f64hash(p, seed);
    case GOKIND_COMPLEX64: {
        const float *c = p;
        return f32hash(&c[1], f32hash(&c[0], seed));
    }
    case GOKIND_COMPLEX128: {
        const double *c = p;
        return f64hash(&c[1], f64hash(&c[0], seed));
    }
    case GOKIND_STRING:
        return gosub_strhash(*(const GoString *)p, seed);
    case GOKIND_INTERFACE: {
        const void *value;
        const GoType *dt = iface_dynamic(t, p, &value);
        if (!dt) return seed;
        /* Checked here, on the whole dynamic type, so the message names it. */
        if (!gosub_type_comparable(dt)) panic_type_error("hash of unhashable type ", dt);
        return C1 * gosub_hash(dt, value, seed ^ C0);
    }
    case GOKIND_ARRAY: {
        const uint8_t *e = p;
        for (go_int i = 0; i < t->len; i++, e += t->elem->size)
            seed = gosub_hash(t->elem, e, seed);
        return seed;
    }
    case GOKIND_STRUCT:
        for (go_int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (!is_blank(f)) seed = gosub_hash(f->type, (const uint8_t *)p + f->offset, seed);
        }
        return seed;
    default:
        panic_type_error("hash of unhashable type ", t);
    }
}

/* ---------------------------------------------------------------- equality */

static go_bool interface_equal(const GoType *t, const void *a, const void *b) {
    const void *va, *vb;
    const GoType *ta = iface_dynamic(t, a, &va);
    const GoType *tb = iface_dynamic(t, b, &vb);
    if (ta != tb) return false;
    if (!ta) return true;
    if (!gosub_type_comparable(ta)) panic_type_error("comparing uncomparable type ", ta);
    return gosub_equal(ta, va, vb);
}

go_bool gosub_equal(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case GOKIND_BOOL:
    case GOKIND_INT8: case GOKIND_UINT8:
        return *(const uint8_t *)a == *(const uint8_t *)b;
    case GOKIND_INT16: case GOKIND_UINT16:
        return *(const uint16_t *)a == *(const uint16_t *)b;
    case GOKIND_INT32: case GOKIND_UINT32:
        return *(const uint32_t *)a == *(const uint32_t *)b;
    case GOKIND_INT: case GOKIND_INT64: case GOKIND_UINT: case GOKIND_UINT64:
    case GOKIND_UINTPTR: case GOKIND_CHAN: case GOKIND_POINTER: case GOKIND_UNSAFE_POINTER:
        return *(const uint64_t *)a == *(const uint64_t *)b;
    case GOKIND_FLOAT32:
        return *(const float *)a == *(const float *)b;
    case GOKIND_FLOAT64:
        return *(const double *)a == *(const double *)b;
    case GOKIND_COMPLEX64: {
        const float *x = a, *y = b;
        return x[0] == y[0] && x[1] == y[1];
    }
    case GOKIND_COMPLEX128: {
        const double *x = a, *y = b;
        return x[0] == y[0] && x[1] == y[1];
    }
    case GOKIND_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || x->len == 0 ||
                                    memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case GOKIND_INTERFACE:
        return interface_equal(t, a, b);
    case GOKIND_ARRAY: {
        const uint8_t *x = a, *y = b;
        for (go_int i = 0; i < t->len; i++, x += t->elem->size, y += t->elem->size)
            if (!gosub_equal(t->elem, x, y)) return false;
        return true;
    }
    case GOKIND_STRUCT:
        for (go_int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (!is_blank(f) && !gosub_equal(f->type, (const uint8_t *)a + f->offset,
                                             (const uint8_t *)b + f->offset))
                return false;
        }
        return true;
    default:
        panic_type_error("comparing uncomparable type ", t);
    }
}

go_bool gosub_efaceeq(GoEface a, GoEface b) {
    return interface_equal(&gosub_type_empty_interface, &a, &b);
}

go_bool gosub_ifaceeq(GoIface a, GoIface b) {
    return interface_equal(&gosub_type_error, &a, &b);   /* any non-empty interface type */
}

/* ---------------------------------------------------------------- fmt's order */

/* Go orders interface keys by the address of their dynamic type's
 * descriptor; its linker lays descriptors out by symbol size, then by name
 * ("type.int", "type.main.T"). This estimates the size of Go 1.19's
 * descriptor for t (reflect's rtype and its kind-specific tail, the
 * uncommon section of named types or types with methods, and the arrays
 * appended to it), so maps with mixed-type keys print in Go's order for the
 * common cases. */
static go_uintptr go_descriptor_size(const GoType *t) {
    const go_uintptr W = sizeof(void *);
    go_uintptr size = 6 * W;    /* rtype */
    switch (t->kind) {
    case GOKIND_ARRAY: size += 3 * W; break;                  /* elem, slice, len */
    case GOKIND_CHAN: size += 2 * W; break;                   /* elem, dir */
    case GOKIND_FUNC: size += W; break;                       /* in/out counts */
    case GOKIND_INTERFACE: size += 4 * W + (go_uintptr)t->nmethods * 8; break;
    case GOKIND_MAP: size += 5 * W; break;
    case GOKIND_POINTER:
    case GOKIND_SLICE: size += W; break;
    case GOKIND_STRUCT: size += 4 * W + (go_uintptr)t->nfields * 3 * W; break;
    }
    bool has_methods = t->kind != GOKIND_INTERFACE && t->nmethods > 0;
    if ((t->flags & GOTYPE_NAMED) || has_methods)
        size += 16 + (has_methods ? (go_uintptr)t->nmethods * 16 : 0);
    return size;
}

static int compare_types(const GoType *a, const GoType *b) {
    if (a == b) return 0;
    go_uintptr sa = go_descriptor_size(a), sb = go_descriptor_size(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    int c = strcmp(a->string, b->string);
    if (c) return c < 0 ? -1 : 1;
    return (uintptr_t)a < (uintptr_t)b ? -1 : 1;
}

#define CMP3(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)

/* fmtsort's floatCompare: NaNs compare low. */
static int float_compare(double a, double b) {
    if (a != a) return -1;
    if (b != b) return 1;
    return CMP3(a, b);
}

go_int gosub_fmtsort_compare(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case GOKIND_INT8: return CMP3(*(const int8_t *)a, *(const int8_t *)b);
    case GOKIND_INT16: return CMP3(*(const int16_t *)a, *(const int16_t *)b);
    case GOKIND_INT32: return CMP3(*(const int32_t *)a, *(const int32_t *)b);
    case GOKIND_INT:
    case GOKIND_INT64: return CMP3(*(const int64_t *)a, *(const int64_t *)b);
    case GOKIND_UINT8: return CMP3(*(const uint8_t *)a, *(const uint8_t *)b);
    case GOKIND_UINT16: return CMP3(*(const uint16_t *)a, *(const uint16_t *)b);
    case GOKIND_UINT32: return CMP3(*(const uint32_t *)a, *(const uint32_t *)b);
    case GOKIND_UINT:
    case GOKIND_UINT64:
    case GOKIND_UINTPTR:
    case GOKIND_POINTER:
    case GOKIND_UNSAFE_POINTER:
    case GOKIND_CHAN:          /* nil is address 0: it compares low, as fmtsort says */
        return CMP3(*(const uint64_t *)a, *(const uint64_t *)b);
    case GOKIND_BOOL: return CMP3(*(const go_bool *)a, *(const go_bool *)b);
    case GOKIND_STRING: return gosub_string_compare(*(const GoString *)a, *(const GoString *)b);
    case GOKIND_FLOAT32: return float_compare(*(const float *)a, *(const float *)b);
    case GOKIND_FLOAT64: return float_compare(*(const double *)a, *(const double *)b);
    case GOKIND_COMPLEX64: {
        const float *x = a, *y = b;
        int c = float_compare(x[0], y[0]);
        return c ? c : float_compare(x[1], y[1]);
    }
    case GOKIND_COMPLEX128: {
        const double *x = a, *y = b;
        int c = float_compare(x[0], y[0]);
        return c ? c : float_compare(x[1], y[1]);
    }
    case GOKIND_ARRAY: {
        const uint8_t *x = a, *y = b;
        for (go_int i = 0; i < t->len; i++, x += t->elem->size, y += t->elem->size) {
            go_int c = gosub_fmtsort_compare(t->elem, x, y);
            if (c) return c;
        }
        return 0;
    }
    case GOKIND_STRUCT:      /* every field, blank ones too, as reflect sees them */
        for (go_int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            go_int c = gosub_fmtsort_compare(f->type, (const uint8_t *)a + f->offset,
                                             (const uint8_t *)b + f->offset);
            if (c) return c;
        }
        return 0;
    case GOKIND_INTERFACE: {
        const void *va, *vb;
        const GoType *ta = iface_dynamic(t, a, &va);
        const GoType *tb = iface_dynamic(t, b, &vb);
        if (!ta || !tb) return ta ? 1 : tb ? -1 : 0;
        int c = compare_types(ta, tb);
        if (c) return c;
        return gosub_fmtsort_compare(ta, va, vb);
    }
    default:
        return 0;    /* not a key type */
    }
}
