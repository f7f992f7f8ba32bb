/*
 * gosub_rt.h — the contract between the C that gosub emits and its runtime.
 *
 * Every emitted program includes this header (found with -Iruntime) and
 * links against build/libgosub.a. It fixes three things:
 *
 *   1. How Go values look in C: the basic types, strings, slices and
 *      interfaces (GoString, GoSlice, GoEface, GoIface).
 *   2. How types are described at run time (GoType): the compiler emits one
 *      `static const GoType` per type a program needs; fmt reads them to print
 *      values, panics read them to name types, and the collector will read
 *      size/ptrdata/gcbits to scan objects precisely.
 *   3. The runtime's entry points: allocation, strings, panics, printing
 *      (fmt and the print/println builtins), os.Args and os.Exit, strconv.
 *
 * The program's own entry points are main__init (package initialisation) and
 * main__main (func main); the runtime's C main() in start.c calls them in
 * that order, flushes stdout, and exits 0.
 *
 * Naming: gosub_<service>_<GoName> for functions that implement a Go
 * standard-library function with Go's signature (gosub_fmt_Println),
 * gosub_<what> for runtime services (gosub_new, gosub_panic_index).
 */
#ifndef GOSUB_RT_H
#define GOSUB_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>                        /* memcpy and memset in the emitted code */

/* ---------------------------------------------------------------- values */

typedef int64_t go_int;
typedef uint64_t go_uint;
typedef int8_t go_int8;
typedef int16_t go_int16;
typedef int32_t go_int32;
typedef int64_t go_int64;
typedef uint8_t go_uint8;
typedef uint16_t go_uint16;
typedef uint32_t go_uint32;
typedef uint64_t go_uint64;
typedef uintptr_t go_uintptr;
typedef float go_float32;
typedef double go_float64;
typedef bool go_bool;
typedef float _Complex go_complex64;     /* no <complex.h>: its I and complex
                                           would clash with emitted names */
typedef double _Complex go_complex128;
typedef uint8_t go_byte;    /* Go's aliases */
typedef int32_t go_rune;

/* A string: immutable bytes, not NUL-terminated. The empty string may have
 * any ptr (including NULL). */
typedef struct GoString {
    const uint8_t *ptr;
    go_int len;
} GoString;

/* A slice. A nil slice has ptr == NULL, len == cap == 0. */
typedef struct GoSlice {
    void *ptr;
    go_int len, cap;
} GoSlice;

struct GoType;

/* The empty interface (interface{} / any). type == NULL is the nil interface.
 * The data word is Go's: for a pointer-shaped type (one whose descriptor has
 * GOTYPE_DIRECT_IFACE: pointers, maps, chans, funcs, unsafe.Pointer, and
 * structs or arrays of exactly one such) it is the value itself; for any
 * other type it points at the value (a heap box, a stack slot of the
 * converting function, or read-only static data: never written through). */
typedef struct GoEface {
    const struct GoType *type;
    void *data;
} GoEface;

/* A non-empty interface: an itab (the dynamic type plus the method table in
 * the interface's method order) and the same data word as GoEface.
 * itab == NULL is the nil interface. The compiler may emit an itab as its own
 * struct whose prefix is GoItab followed by the function pointers. */
typedef struct GoItab {
    const struct GoType *inter;   /* the interface type */
    const struct GoType *type;    /* the dynamic (concrete) type */
    void (*fun[])(void);          /* methods, in the order of inter->methods */
} GoItab;

typedef struct GoIface {
    const GoItab *itab;
    void *data;
} GoIface;

/* String literal as a GoString, usable in static initialisers:
 *   static const GoString s = GOSUB_STR("hello");                          */
#define GOSUB_STR(lit) ((GoString){(const uint8_t *)(lit), (go_int)(sizeof(lit) - 1)})

/* A slice over a C array, e.g. the []interface{} of a variadic call:
 *   GoEface args[2] = {...}; gosub_fmt_Println(GOSUB_SLICE(args));        */
#define GOSUB_SLICE(arr) \
    ((GoSlice){(void *)(arr), (go_int)(sizeof(arr) / sizeof((arr)[0])), \
               (go_int)(sizeof(arr) / sizeof((arr)[0]))})

/* ---------------------------------------------------------------- types */

/* Kinds, numbered as reflect.Kind numbers them. */
enum {
    GOKIND_INVALID,
    GOKIND_BOOL,
    GOKIND_INT,
    GOKIND_INT8,
    GOKIND_INT16,
    GOKIND_INT32,
    GOKIND_INT64,
    GOKIND_UINT,
    GOKIND_UINT8,
    GOKIND_UINT16,
    GOKIND_UINT32,
    GOKIND_UINT64,
    GOKIND_UINTPTR,
    GOKIND_FLOAT32,
    GOKIND_FLOAT64,
    GOKIND_COMPLEX64,
    GOKIND_COMPLEX128,
    GOKIND_ARRAY,
    GOKIND_CHAN,
    GOKIND_FUNC,
    GOKIND_INTERFACE,
    GOKIND_MAP,
    GOKIND_POINTER,
    GOKIND_SLICE,
    GOKIND_STRING,
    GOKIND_STRUCT,
    GOKIND_UNSAFE_POINTER,
};

/* GoType.flags */
enum {
    GOTYPE_NAMED = 1 << 0,        /* a defined type (main.T), or a predeclared one */
    GOTYPE_DIRECT_IFACE = 1 << 1, /* Go's kindDirectIface: an interface's data word
                                     holds the value itself, not a pointer to it */
};

/* A struct field. Embedded fields are named after their type, as Go names
 * them (`T` for an embedded *pkg.T). exported: the name begins with an
 * upper-case letter; fmt calls String/Error only on values it reached through
 * exported fields, as Go's reflection allows. */
typedef struct GoField {
    const char *name;
    const struct GoType *type;
    go_uintptr offset;
    go_bool embedded;
    go_bool exported;
} GoField;

/* GoMethod.flags */
enum {
    /* A value-receiver method reached through a pointer (the method set of *T
     * holding T's methods): calling it through a nil pointer always panics,
     * so fmt prints <nil> for such a value instead of calling it. */
    GOMETHOD_VALUE_RECEIVER = 1 << 0,
};

/* A method of a type's method set, or of an interface type.
 *
 * ifn is the method as an interface call reaches it: a C function whose
 * first parameter is the interface's data word (void *data: the receiver
 * itself for a direct type, else a pointer to it) followed by the method's
 * parameters, returning its result.
 * For String() string and Error() string that is GoString (*)(void *data).
 * Interface types list their methods here with ifn == NULL. Methods are
 * sorted by name, as Go sorts them. type is the method's func type (without
 * the receiver), so that "String" can be told from String(int). */
typedef struct GoMethod {
    const char *name;
    const struct GoType *type;
    void (*ifn)(void);
    uint32_t flags;
} GoMethod;

/* A type descriptor. The compiler emits these as `static const GoType`;
 * the runtime defines the predeclared ones below. Fields a kind does not use
 * are zero. */
typedef struct GoType {
    uint32_t kind;                /* GOKIND_* */
    uint32_t flags;               /* GOTYPE_* */
    go_uintptr size;
    go_uintptr align;
    go_uintptr ptrdata;           /* bytes of prefix that can hold pointers */
    const uint8_t *gcbits;        /* 1 bit per pointer-sized word of ptrdata, LSB first */
    const char *string;           /* as %T prints it: "int", "main.T", "[]string" */
    const struct GoType *elem;    /* array, chan, map (value), pointer, slice */
    const struct GoType *key;     /* map */
    go_int len;                   /* array */
    const GoField *fields;        /* struct */
    go_int nfields;
    const GoMethod *methods;      /* method set (or an interface's methods), by name */
    go_int nmethods;
} GoType;

extern const GoType gosub_type_bool;
extern const GoType gosub_type_int, gosub_type_int8, gosub_type_int16,
    gosub_type_int32, gosub_type_int64;
extern const GoType gosub_type_uint, gosub_type_uint8, gosub_type_uint16,
    gosub_type_uint32, gosub_type_uint64, gosub_type_uintptr;
extern const GoType gosub_type_float32, gosub_type_float64;
extern const GoType gosub_type_complex64, gosub_type_complex128;
extern const GoType gosub_type_string;
extern const GoType gosub_type_unsafe_Pointer;
extern const GoType gosub_type_empty_interface;   /* interface {} */
extern const GoType gosub_type_error;             /* the error interface */

/* Where the value of an interface with dynamic type t lives, given the
 * address of its data word, and the data word of an interface holding the
 * value of type t found at p. */
static inline const void *gosub_iface_value(const struct GoType *t, void *const *word)
{
    return (t->flags & GOTYPE_DIRECT_IFACE) ? (const void *)word : *word;
}
static inline void *gosub_iface_word(const struct GoType *t, const void *p)
{
    return (t->flags & GOTYPE_DIRECT_IFACE) ? *(void *const *)p : (void *)p;
}

/* Storage that converting to an interface points at instead of allocating,
 * as Go's runtime does: runtime.staticuint64s (the values 0..255, for bools,
 * bytes and the small values of convT16/32/64), runtime.zeroVal (for an
 * empty string or a nil slice) and runtime.zerobase (every zero-sized value,
 * also what new of a zero-sized type returns). Read-only. */
extern const uint64_t gosub_staticuint64s[256];
extern const uint64_t gosub_zeroval[4];
extern uintptr_t gosub_zerobase;

/* ---------------------------------------------------------------- allocation
 *
 * Every heap object is allocated here, with its type, so that the collector
 * (which will replace the allocator behind these three calls) can scan it.
 * Memory comes back zeroed. Zero-sized requests all return one address. */

void *gosub_new(const GoType *t);                    /* new(T) */
void *gosub_new_array(const GoType *elem, go_int n); /* [n]T; panics for a bad n */
void *gosub_alloc_bytes(go_uintptr n);               /* memory holding no pointers */

/* The program's global variables that can hold pointers, for the collector
 * to scan precisely (by type->gcbits): the compiler emits
 *     const GoRoot gosub_program_roots[] = {{&main_x, &type_T}, ...};
 *     const go_int gosub_program_nroots = N;
 * The runtime refers to both weakly: a program that emits no table still
 * links, and then its static data is scanned conservatively instead. */
typedef struct GoRoot {
    void *addr;
    const struct GoType *type;
} GoRoot;
extern const GoRoot gosub_program_roots[];
extern const go_int gosub_program_nroots;

/* make([]T, len, cap), with Go's checks and messages
 * ("makeslice: len out of range", "makeslice: cap out of range"). */
GoSlice gosub_make_slice(const GoType *elem, go_int len, go_int cap);

/* ---------------------------------------------------------------- strings */


/* *p with Go's nil check, for the compiler's dereferences: Go panics on a
 * nil dereference even where nothing is loaded (&*p, &p.f, &p[i]).
 * p appears once in the expansion (__auto_type, not __typeof__(p)): in a
 * chain t.Next.Next... each p holds the next check, and a macro that
 * repeated its argument would double the C text at every link. */
#define GOSUB_NILCHECK(p) \
    ({ __auto_type gosub_p_ = (p); if (__builtin_expect(!gosub_p_, 0)) gosub_panic_nil_deref(); gosub_p_; })

/* i.M evaluated (as "defer i.M()" does) on a nil interface panics there. */
#define gosub_nilcheck_iface(i) ((void)GOSUB_NILCHECK((i).itab))

/* A func value points at a closure whose first word is its code; the code
 * takes the closure itself first, then the function's parameters. */
typedef struct GoFunc {
    void (*fn)(void);
} GoFunc;

/* defer.c: deferred calls, panics unwinding through them, recover.
 * A function with defer statements keeps a GoDeferFrame on its stack:
 *   gosub_defer_enter(&f); if (setjmp(f.jb)) { gosub_defer_unwind(&f); <return, recovered> }
 *   ... gosub_defer_push(&f, closure) ... gosub_defer_return(&f); return ...;  */
/* Goroutines and channels (sched.c, chan.c): the compiler's calls. */
typedef struct GoChan GoChan;
typedef struct GoSelectCase {
    GoChan *c;            /* NULL: a nil channel, never ready */
    void *elem;           /* send: the value to send; receive: where to store it (may be NULL) */
    go_bool is_send;
    go_bool *ok;          /* receive: comma-ok result, or NULL */
} GoSelectCase;
void gosub_go(GoFunc *fn);
GoChan *gosub_makechan(const GoType *elem, go_int size);
void gosub_chansend(GoChan *c, const void *elem);
go_bool gosub_chanrecv(GoChan *c, void *elem);
void gosub_chanclose(GoChan *c);
go_int gosub_chanlen(GoChan *c);
go_int gosub_chancap(GoChan *c);
go_int gosub_select(GoSelectCase *cases, go_int ncases, go_bool block);

typedef struct GoDeferRecord {
    GoFunc *fn;
    struct GoDeferRecord *next;
} GoDeferRecord;
typedef struct GoDeferFrame {
    jmp_buf jb;
    struct GoDeferFrame *prev;
    struct GoDeferRecord *defers;
    go_int depth;                          /* frames below it, plus one */
    go_bool may_recover;                   /* its function was called directly by a panic */
} GoDeferFrame;
void gosub_defer_enter(GoDeferFrame *f);
void gosub_defer_push(GoDeferFrame *f, GoFunc *fn);            /* a record on the heap */
void gosub_defer_push_at(GoDeferFrame *f, GoDeferRecord *r, GoFunc *fn);  /* in the frame */
void gosub_defer_return(GoDeferFrame *f);
go_bool gosub_defer_unwind(GoDeferFrame *f);   /* returns (true) only when recovered */
/* recover's rule, that only a function a panic calls directly as a deferred
 * call recovers: a defer thunk names the function it calls, which claims the
 * name on entry (a func value's wrapper forwards it to the function) */
void gosub_defer_direct(void (*fn)(void));
go_bool gosub_defer_claim(void (*fn)(void));
void gosub_defer_forward(void (*from)(void), void (*to)(void));
go_bool gosub_defer_recover_at_return(void);   /* for "defer recover()" */
GoEface gosub_recover(go_bool may_recover);

/* The itab of (inter, t), built and cached at run time (iface.c); NULL when
 * t is NULL, or does not implement inter and canfail. */
const GoItab *gosub_getitab(const GoType *inter, const GoType *t, go_bool canfail);

/* Slices (slice.c): append's growth with Go's capacities, and copy. */
go_uintptr gosub_roundupsize(go_uintptr size);
GoSlice gosub_growslice(const GoType *elem, GoSlice old, go_int newlen);
GoSlice gosub_append_slice(const GoType *elem, GoSlice s, GoSlice t);
go_int gosub_slice_copy(GoSlice dst, GoSlice src, go_uintptr elem_size);

/* The operations that make a new string or slice take, as Go's runtime
 * functions do, a buffer in the caller's frame for a result that escape
 * analysis found does not escape (Go's tmpBuf: GOSUB_TMPBUF_SIZE bytes, or
 * runes for []rune(s), or 4 bytes for string(r)); the result uses it when it
 * fits. NULL: the heap. */
#define GOSUB_TMPBUF_SIZE 32

GoString gosub_string_lit(const char *bytes, go_int len);
GoString gosub_string_concat(uint8_t *buf, const GoString *parts, go_int n);
go_int gosub_string_compare(GoString a, GoString b);   /* -1, 0, 1 */
go_bool gosub_string_equal(GoString a, GoString b);

GoString gosub_string_from_rune(uint8_t *buf, go_int32 r);  /* string(r): r valid (else U+FFFD) */
GoString gosub_string_from_bytes(uint8_t *buf, GoSlice b);  /* string(b) */
GoSlice gosub_bytes_from_string(uint8_t *buf, GoString s);  /* []byte(s) */
GoString gosub_string_from_runes(uint8_t *buf, GoSlice r);  /* string(r) for r []rune */
GoSlice gosub_runes_from_string(int32_t *buf, GoString s);  /* []rune(s) */

/* The rune at byte offset i of s and its width in bytes, as `for range s`
 * decodes it: invalid UTF-8 gives U+FFFD with width 1. Requires i < len. */
go_int32 gosub_decode_rune(GoString s, go_int i, go_int *width);

/* ================================================================ maps, hashing, equality
 * (map.c, hash.c — this section is theirs)
 *
 * A map value is a GoMap * (nil map = NULL). Every call takes the map's type
 * descriptor (kind GOKIND_MAP, with .key and .elem). Keys and values are
 * passed and returned by address; the runtime copies key->size bytes. */

typedef struct GoMap GoMap;

/* make(map[K]V, hint): a hint < 0 or too large is ignored, as in Go. */
GoMap *gosub_makemap(const GoType *maptype, go_int hint);
/* The same for a map that does not escape, in frame_size bytes of its
 * function's frame (8-aligned), as Go puts the hmap and a first bucket on the
 * stack: its header (the first GOSUB_MAP_HEADER_WORDS words), then, when the
 * hint is at most 8, its storage until it grows past 8 entries, if the rest
 * is large enough for that: 8 entries {uint64 hash; K key; V elem} (each
 * field at its alignment, the entry at least 8-aligned) and 16 index words,
 * rounded up to a whole number of entries. */
#define GOSUB_MAP_HEADER_WORDS 6
GoMap *gosub_makemap_frame(const GoType *maptype, go_int hint, void *frame, go_uintptr frame_size);
go_int gosub_maplen(GoMap *m);                          /* len(m); 0 for nil */

/* v := m[k]: a pointer to k's value, or to shared read-only zeroes of the
 * element type when k is absent (nil maps included). Copy it out at once:
 * the next insertion may move the map's storage. */
void *gosub_mapaccess1(const GoType *maptype, GoMap *m, const void *key);
/* v, ok := m[k] */
void *gosub_mapaccess2(const GoType *maptype, GoMap *m, const void *key, go_bool *ok);
/* m[k] = v, m[k] += v, m[k]++: the value slot of k, created zeroed if absent,
 * for the caller to store into before the next map operation. A nil map
 * panics ("assignment to entry in nil map"). Evaluate the right-hand side
 * before calling: it may itself read or write m. */
void *gosub_mapassign(const GoType *maptype, GoMap *m, const void *key);
void gosub_mapdelete(const GoType *maptype, GoMap *m, const void *key);  /* nil: no-op */
/* Deletes every entry (the `for k := range m { delete(m, k) }` idiom). */
void gosub_mapclear(const GoType *maptype, GoMap *m);

/* for k, v := range m — the iterator lives in the caller's frame:
 *     GoMapIter it;
 *     for (gosub_mapiterinit(mt, m, &it); it.key; gosub_mapiternext(&it)) {
 *         K k = *(K *)it.key; V v = *(V *)it.elem; ...body...
 *     }
 * The order is random per loop; entries deleted before they are reached are
 * not produced, entries added during the loop may or may not be, and none is
 * produced twice. key/elem point into the map: copy them before the body
 * changes the map. The fields after elem are the runtime's. */
typedef struct GoMapIter {
    void *key;              /* the current entry's key; NULL when done */
    void *elem;             /* and its value */
    GoMap *map;
    void *entries;          /* the entry array being walked (kept alive by this) */
    uint32_t cap, pos;      /* its capacity; positions visited so far */
    uint32_t first_block, block_stride, offset, unused_;
} GoMapIter;

void gosub_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it);
void gosub_mapiternext(GoMapIter *it);

/* For fmt: m's entries sorted by key as Go's internal/fmtsort sorts them.
 * Returns n = len(m) and sets *keys and *elems to n pointers each into the
 * map (in the Go heap, nothing to free; *keys == *elems == NULL when n == 0).
 * Print them before anything can change m. */
go_int gosub_map_sorted_entries(const GoType *maptype, GoMap *m, void ***keys, void ***elems);
/* fmtsort's compare of two values of comparable type t: -1, 0, 1. */
go_int gosub_fmtsort_compare(const GoType *t, const void *a, const void *b);

/* == on values of any comparable type t (structs and arrays field by field
 * in order, skipping blank fields; floats as IEEE; interfaces by dynamic
 * type, then value — panicking "runtime error: comparing uncomparable type
 * T" when both hold the same uncomparable type T). */
go_bool gosub_equal(const GoType *t, const void *a, const void *b);
go_bool gosub_efaceeq(GoEface a, GoEface b);     /* interface{} == interface{} */
go_bool gosub_ifaceeq(GoIface a, GoIface b);     /* I == I, for a non-empty I */
go_bool gosub_type_comparable(const GoType *t);  /* the spec's "comparable" */

/* The map hash of the value of comparable type t at p ("runtime error: hash
 * of unhashable type T" for an interface holding an uncomparable T). Equal
 * values hash alike for one seed; NaNs hash randomly. Keyed per process. */
uintptr_t gosub_hash(const GoType *t, const void *p, uintptr_t seed);
uintptr_t gosub_memhash(const void *p, uintptr_t seed, uintptr_t n);  /* n bytes */
uintptr_t gosub_strhash(GoString s, uintptr_t seed);
uint64_t gosub_fastrand64(void);       /* cheap random numbers, seeded per process */

/* ================================================================ end of maps */

/* ---------------------------------------------------------------- panics
 *
 * Each prints Go 1.19's text on stderr ("panic: runtime error: ...", then
 * "\ngoroutine 1 [running]:"), after flushing stdout, and exits with status
 * 2. All of them funnel into gosub_panic (see panic.c), the one place a later
 * defer/recover mechanism hooks. */

_Noreturn void gosub_panic(GoEface value);          /* panic(v) */
_Noreturn void gosub_panic_string(GoString msg);    /* panic("msg") */

/* Index and slice bounds: x is the offending index, y the length, capacity or
 * other bound. The _u forms take an unsigned index (from a uint-typed
 * expression), which Go prints unsigned. */
_Noreturn void gosub_panic_index(go_int x, go_int len);         /* s[x]      */
_Noreturn void gosub_panic_index_u(go_uint x, go_int len);
_Noreturn void gosub_panic_slice_alen(go_int x, go_int len);    /* s[:x] string/array */
_Noreturn void gosub_panic_slice_acap(go_int x, go_int cap);    /* s[:x] slice   */
_Noreturn void gosub_panic_slice_b(go_int x, go_int y);         /* s[x:y], x > y */
_Noreturn void gosub_panic_slice3_alen(go_int x, go_int len);   /* s[::x]        */
_Noreturn void gosub_panic_slice3_acap(go_int x, go_int cap);
_Noreturn void gosub_panic_slice3_b(go_int x, go_int y);        /* s[:x:y], x > y */
_Noreturn void gosub_panic_slice3_c(go_int x, go_int y);        /* s[x:y:], x > y */
_Noreturn void gosub_panic_slice_convert(go_int x, go_int len); /* (*[x]T)(s)    */

/* The general form: code is Go's boundsErrorCode (0 index, 1 slice-alen,
 * 2 slice-acap, 3 slice-b, 4..7 three-index forms, 8 convert). */
_Noreturn void gosub_panic_bounds(go_int64 x, go_int y, go_bool is_signed, int code);

_Noreturn void gosub_panic_divide(void);            /* integer divide by zero */
_Noreturn void gosub_panic_nil_deref(void);         /* explicit nil check */
_Noreturn void gosub_panic_nil_map(void);           /* assignment to entry in nil map */
_Noreturn void gosub_panic_makeslice_len(void);
_Noreturn void gosub_panic_makeslice_cap(void);

/* A failed type assertion x.(T): iface is x's static interface type, concrete
 * its dynamic type (NULL when x is nil), asserted is T; missing_method is
 * the method T's interface needs and concrete lacks (NULL otherwise). */
_Noreturn void gosub_panic_type_assert(const GoType *iface, const GoType *concrete,
                                       const GoType *asserted, const char *missing_method);

/* A fatal error (Go's throw): "fatal error: msg", exit 2; not recoverable. */
_Noreturn void gosub_throw(const char *msg);

/* ---------------------------------------------------------------- fmt
 *
 * args is the []interface{} of the call (GoEface elements). The functions
 * return the byte count (Go's (n int, err error) without the error, for now).
 * Print/Printf/Println write to a buffered stdout, flushed at exit, before a
 * panic or a fatal error is printed, before anything goes to stderr, and by
 * os.Exit; when stdout is a terminal every call is written at once. */

go_int gosub_fmt_Print(GoSlice args);
go_int gosub_fmt_Println(GoSlice args);
go_int gosub_fmt_Printf(GoString format, GoSlice args);
GoString gosub_fmt_Sprint(GoSlice args);
GoString gosub_fmt_Sprintln(GoSlice args);
GoString gosub_fmt_Sprintf(GoString format, GoSlice args);

/* ---------------------------------------------------------------- print/println
 *
 * The builtins print and println, as Go's runtime prints them, to stderr:
 * println(a, b) is print_int(a); print_sp(); print_int(b); print_nl(). */

void gosub_print_bool(go_bool v);
void gosub_print_int(go_int64 v);
void gosub_print_uint(go_uint64 v);
void gosub_print_float(go_float64 v);        /* +1.500000e+000 */
void gosub_print_complex(go_complex128 v);   /* (+1.000000e+000+2.000000e+000i) */
void gosub_print_string(GoString s);
void gosub_print_pointer(const void *p);     /* 0xc000012345 */
void gosub_print_hex(go_uint64 v);           /* 0x... */
void gosub_print_slice(GoSlice s);           /* [len/cap]0x... */
void gosub_print_eface(GoEface e);           /* (0x...,0x...) */
void gosub_print_iface(GoIface i);
void gosub_print_sp(void);
void gosub_print_nl(void);

/* ---------------------------------------------------------------- os */

void gosub_os_exit(go_int code);     /* os.Exit: flushes stdout, exits; no defers run */
GoSlice gosub_os_args(void);         /* os.Args, a []string */

/* ---------------------------------------------------------------- strconv
 * The parts of strconv that fmt is made of, with strconv's signatures. */

GoString gosub_strconv_FormatFloat(go_float64 f, go_uint8 fmt, go_int prec, go_int bit_size);
GoString gosub_strconv_FormatInt(go_int64 i, go_int base);
GoString gosub_strconv_FormatUint(go_uint64 i, go_int base);
GoString gosub_strconv_Itoa(go_int i);
GoString gosub_strconv_Quote(GoString s);
GoString gosub_strconv_QuoteToASCII(GoString s);
GoString gosub_strconv_QuoteRune(go_int32 r);
GoString gosub_strconv_QuoteRuneToASCII(go_int32 r);
go_bool gosub_strconv_IsPrint(go_int32 r);
go_bool gosub_strconv_CanBackquote(GoString s);

/* ---------------------------------------------------------------- goroutines
 *
 * Many goroutines on one OS thread, scheduled cooperatively (sched.c): one
 * runs until it blocks (a channel, select, a semaphore, a sleep) or yields.
 * The declarations above, by the compiler's calls, say it in short:
 *
 *   gosub_go(fn)            `go f(x)`: fn is a closure taking no arguments,
 *                           called as ((void (*)(GoFunc *))fn->fn)(fn) on a new
 *                           goroutine, which ends when it returns.
 *   gosub_makechan          make(chan T, size): elem is T; panics
 *                           "makechan: size out of range". A GoChan * is
 *                           pointer-shaped; the nil channel is NULL.
 *   gosub_chansend(c, p)    c <- *p (elem->size bytes copied from p); blocks;
 *                           panics "send on closed channel"; a nil c blocks forever.
 *   gosub_chanrecv(c, p)    *p = <-c (the zero value if c is closed and empty),
 *                           returns ok; p may be NULL; a nil c blocks forever.
 *   gosub_chanclose(c)      close(c): panics "close of nil channel",
 *                           "close of closed channel".
 *   gosub_chanlen, chancap  len(c), cap(c): 0 for nil.
 *   gosub_select            cases in source order; returns the index of the
 *                           case that ran, or -1 when block is false and no case
 *                           was ready (the default case); a receive case's *ok
 *                           (if ok != NULL) says whether a value was received.
 *                           `select {}` is gosub_select(NULL, 0, 1).
 */

void gosub_gosched(void);                  /* runtime.Gosched: yield */
go_int gosub_numgoroutine(void);           /* runtime.NumGoroutine */
/* for packages sync and time */
void gosub_semacquire(uint32_t *addr);     /* wait until *addr > 0, then decrement */
void gosub_semrelease(uint32_t *addr);     /* increment, wake one waiter (FIFO) */
int64_t gosub_nanotime(void);              /* monotonic ns */
void gosub_sleep(int64_t ns);              /* park this goroutine for ns; ns <= 0 yields only */

/* ---------------------------------------------------------------- the program
 * Defined by the emitted C, called by the runtime's main(). */

void main__init(void);
void main__main(void);

#endif /* GOSUB_RT_H */
