/*
 * types.c — Go's types: construction, identity, classification, printing, layout.
 *
 * The checker builds Types and hands them to every later stage: the IR keeps
 * them on each value, escape analysis reads their sizes, the emitter turns them
 * into C types and runtime type descriptors. Basic types are singletons;
 * composite types are built on demand and compared structurally by
 * type_identical (the spec's "Type identity"). Sizes and alignments follow gc
 * on amd64, so unsafe.Sizeof answers as Go does.
 */
#include "gosub.h"

#include <string.h>

/* The basic types are singletons, laid out once here: a constant table, not state. */
#define BASIC(k, sz, al) [k] = {.kind = k, .size = sz, .align = al}
static Type basic_types[TY_ARRAY] = {
    BASIC(TY_INVALID, 8, 8),
    BASIC(TY_BOOL, 1, 1), BASIC(TY_INT, 8, 8), BASIC(TY_INT8, 1, 1), BASIC(TY_INT16, 2, 2),
    BASIC(TY_INT32, 4, 4), BASIC(TY_INT64, 8, 8), BASIC(TY_UINT, 8, 8), BASIC(TY_UINT8, 1, 1),
    BASIC(TY_UINT16, 2, 2), BASIC(TY_UINT32, 4, 4), BASIC(TY_UINT64, 8, 8),
    BASIC(TY_UINTPTR, 8, 8), BASIC(TY_FLOAT32, 4, 4), BASIC(TY_FLOAT64, 8, 8),
    BASIC(TY_COMPLEX64, 8, 4), BASIC(TY_COMPLEX128, 16, 8), BASIC(TY_STRING, 16, 8),
    BASIC(TY_UNSAFEPTR, 8, 8),
    BASIC(TY_UNTYPED_BOOL, 1, 1), BASIC(TY_UNTYPED_INT, 8, 8), BASIC(TY_UNTYPED_RUNE, 4, 4),
    BASIC(TY_UNTYPED_FLOAT, 8, 8), BASIC(TY_UNTYPED_COMPLEX, 16, 8),
    BASIC(TY_UNTYPED_STRING, 16, 8), BASIC(TY_UNTYPED_NIL, 8, 8),
};

Type *type_basic(TypeKind kind)
{
    return &basic_types[kind];
}

/* byte and rune are aliases of uint8 and int32: identical to them, but
 * messages keep the name the program used, as gc's do ("[]byte"). */
static Type byte_type = {.kind = TY_UINT8, .size = 1, .align = 1, .alias_name = "byte"};
static Type rune_type = {.kind = TY_INT32, .size = 4, .align = 4, .alias_name = "rune"};

Type *type_byte(void)
{
    return &byte_type;
}

Type *type_rune(void)
{
    return &rune_type;
}

Type *type_new(TypeKind kind)
{
    Type *t = xalloc(sizeof *t);
    t->kind = kind;
    return t;
}

Type *type_pointer(Type *elem)
{
    Type *t = type_new(TY_POINTER);
    t->elem = elem;
    return t;
}

Type *type_slice(Type *elem)
{
    Type *t = type_new(TY_SLICE);
    t->elem = elem;
    return t;
}

Type *type_array(Type *elem, int64_t len)
{
    Type *t = type_new(TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

Type *type_map(Type *key, Type *elem)
{
    Type *t = type_new(TY_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

Type *type_chan(int dir, Type *elem)
{
    Type *t = type_new(TY_CHAN);
    t->dir = dir;
    t->elem = elem;
    return t;
}

Type *type_tuple(List *fields)
{
    Type *t = type_new(TY_TUPLE);
    t->fields = fields;
    return t;
}

Type *underlying(Type *t)
{
    while (t && t->kind == TY_NAMED)
        t = t->underlying;
    return t;
}

/* Interfaces can refer to themselves through their methods' signatures
 * (interface{ F() interface{I} }), so comparing two of them keeps the pairs
 * already under comparison, as types2's ifacePair chain does: meeting a pair
 * again assumes it identical, and the rest of the comparison decides. */
typedef struct IfacePair IfacePair;
struct IfacePair {
    Type *a, *b;
    IfacePair *outer;
};

static bool identical(Type *a, Type *b, bool ignore_tags, IfacePair *seen);

static bool fields_identical(List *a, List *b, bool names_matter, bool ignore_tags, IfacePair *seen)
{
    int na = a ? a->len : 0, nb = b ? b->len : 0;
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++) {
        Field *fa = list_at(a, i), *fb = list_at(b, i);
        if (names_matter) {
            if ((fa->name == NULL) != (fb->name == NULL))
                return false;
            if (fa->name && strcmp(fa->name, fb->name) != 0)
                return false;
            if (fa->embedded != fb->embedded)
                return false;
            if (!ignore_tags &&
                ((fa->tag == NULL) != (fb->tag == NULL) || (fa->tag && strcmp(fa->tag, fb->tag) != 0)))
                return false;                 /* tags are part of a struct type's identity */
        }
        if (!identical(fa->type, fb->type, ignore_tags, seen))
            return false;
    }
    return true;
}

/* The spec's "Type identity": a named type is identical only to itself; two
 * unnamed types are identical when their structure is. */
bool type_identical(Type *a, Type *b)
{
    return identical(a, b, false, NULL);
}

/* Conversions compare struct types without their tags (the spec's "Conversions"). */
bool type_identical_ignoring_tags(Type *a, Type *b)
{
    return identical(a, b, true, NULL);
}

static bool identical(Type *a, Type *b, bool ignore_tags, IfacePair *seen)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    if (a->kind < TY_ARRAY)
        return true;                      /* one basic kind: uint8 and byte are one type */
    switch (a->kind) {
    case TY_ARRAY:
        return a->len == b->len && identical(a->elem, b->elem, ignore_tags, seen);
    case TY_SLICE:
    case TY_POINTER:
        return identical(a->elem, b->elem, ignore_tags, seen);
    case TY_MAP:
        return identical(a->key, b->key, ignore_tags, seen) && identical(a->elem, b->elem, ignore_tags, seen);
    case TY_CHAN:
        return a->dir == b->dir && identical(a->elem, b->elem, ignore_tags, seen);
    case TY_STRUCT:
        return fields_identical(a->fields, b->fields, true, ignore_tags, seen);
    case TY_TUPLE:
        return fields_identical(a->fields, b->fields, false, ignore_tags, seen);
    case TY_FUNC:
        return a->variadic == b->variadic && fields_identical(a->params, b->params, false, ignore_tags, seen) &&
               fields_identical(a->results, b->results, false, ignore_tags, seen);
    case TY_INTERFACE:
        for (IfacePair *p = seen; p; p = p->outer)
            if ((p->a == a && p->b == b) || (p->a == b && p->b == a))
                return true;
        return fields_identical(a->methods, b->methods, true, ignore_tags, &(IfacePair){a, b, seen});
    default:
        return false;                      /* basic types are singletons; named types unique */
    }
}

bool type_is_untyped(Type *t)
{
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool type_is_integer(Type *t)
{
    t = underlying(t);
    return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
                 t->kind == TY_UNTYPED_RUNE);
}

bool type_is_unsigned(Type *t)
{
    t = underlying(t);
    return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool type_is_float(Type *t)
{
    t = underlying(t);
    return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool type_is_complex(Type *t)
{
    t = underlying(t);
    return t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128 ||
                 t->kind == TY_UNTYPED_COMPLEX);
}

bool type_is_numeric(Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_string(Type *t)
{
    t = underlying(t);
    return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool type_is_boolean(Type *t)
{
    t = underlying(t);
    return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool type_is_ordered(Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

static bool comparable_depth(Type *t, int depth);

bool type_is_comparable(Type *t)
{
    return comparable_depth(t, 0);
}

/* Limited in depth: an invalid recursive type must not recurse forever. */
static bool comparable_depth(Type *t, int depth)
{
    t = underlying(t);
    if (depth > 64)
        return false;
    if (!t)
        return false;
    switch (t->kind) {
    case TY_SLICE:
    case TY_MAP:
    case TY_FUNC:
        return false;
    case TY_ARRAY:
        return comparable_depth(t->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < t->fields->len; i++)
            if (!comparable_depth(((Field *)list_at(t->fields, i))->type, depth + 1))
                return false;
        return true;
    default:
        return true;
    }
}

Type *default_type(Type *t)
{
    if (!t)
        return t;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return type_basic(TY_BOOL);
    case TY_UNTYPED_INT: return type_basic(TY_INT);
    case TY_UNTYPED_RUNE: return type_basic(TY_INT32);
    case TY_UNTYPED_FLOAT: return type_basic(TY_FLOAT64);
    case TY_UNTYPED_COMPLEX: return type_basic(TY_COMPLEX128);
    case TY_UNTYPED_STRING: return type_basic(TY_STRING);
    default: return t;
    }
}

static const char *basic_names[] = {
    [TY_INVALID] = "invalid type",
    [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
    [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
    [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
    [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
    [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
    [TY_UNSAFEPTR] = "unsafe.Pointer",
    [TY_UNTYPED_BOOL] = "untyped bool", [TY_UNTYPED_INT] = "untyped int",
    [TY_UNTYPED_RUNE] = "untyped rune", [TY_UNTYPED_FLOAT] = "untyped float",
    [TY_UNTYPED_COMPLEX] = "untyped complex", [TY_UNTYPED_STRING] = "untyped string",
    [TY_UNTYPED_NIL] = "untyped nil",
};

/* The interfaces being spelled, innermost first: an interface that refers to
 * itself through a method's signature is spelled once and then elided. */
typedef struct Spelling Spelling;
struct Spelling {
    Type *iface;
    Spelling *outer;
};

static const char *spell(Type *t, Spelling *open);

static const char *field_list_string(List *fields, bool variadic, Spelling *open)
{
    char *s = "";
    int n = fields ? fields->len : 0;
    for (int i = 0; i < n; i++) {
        Field *f = list_at(fields, i);
        const char *ts = spell(f->type, open);
        if (variadic && i == n - 1 && f->type->kind == TY_SLICE)
            ts = xprintf("...%s", spell(f->type->elem, open));
        s = xprintf("%s%s%s%s%s", s, i ? ", " : "", f->name ? f->name : "", f->name ? " " : "", ts);
    }
    return s;
}

static const char *signature_string(Type *t, Spelling *open)
{
    const char *s = xprintf("(%s)", field_list_string(t->params, t->variadic, open));
    int nres = t->results ? t->results->len : 0;
    if (nres == 1 && !((Field *)list_at(t->results, 0))->name)
        return xprintf("%s %s", s, spell(((Field *)list_at(t->results, 0))->type, open));
    if (nres > 0)
        return xprintf("%s (%s)", s, field_list_string(t->results, false, open));
    return s;
}

/* Types as gc's messages print them: package-qualified names, Go syntax. */
const char *type_string(Type *t)
{
    return spell(t, NULL);
}

static const char *spell(Type *t, Spelling *open)
{
    if (!t)
        return "<nil>";
    if (t->kind < TY_ARRAY)
        return t->alias_name ? t->alias_name : basic_names[t->kind];
    switch (t->kind) {
    case TY_NAMED:
        /* types2's qualifier: another package's types carry its name */
        if (t->obj->package && t->obj->package->is_std && t->obj->package->name)
            return xprintf("%s.%s", t->obj->package->name, t->obj->name);
        return t->obj->name;
    case TY_ARRAY: return xprintf("[%lld]%s", (long long)t->len, spell(t->elem, open));
    case TY_SLICE: return xprintf("[]%s", spell(t->elem, open));
    case TY_POINTER: return xprintf("*%s", spell(t->elem, open));
    case TY_MAP: return xprintf("map[%s]%s", spell(t->key, open), spell(t->elem, open));
    case TY_CHAN:
        return xprintf("%s%s", t->dir == CHAN_SEND ? "chan<- " : t->dir == CHAN_RECV ? "<-chan " : "chan ",
                       spell(t->elem, open));
    case TY_FUNC: return xprintf("func%s", signature_string(t, open));
    case TY_TUPLE: return xprintf("(%s)", field_list_string(t->fields, false, open));
    case TY_STRUCT: {
        char *s = "";
        for (int i = 0; i < t->fields->len; i++) {
            Field *f = list_at(t->fields, i);
            s = f->embedded ? xprintf("%s%s%s", s, i ? "; " : "", spell(f->type, open))
                            : xprintf("%s%s%s %s", s, i ? "; " : "", f->name, spell(f->type, open));
            if (f->tag)
                s = xprintf("%s %s", s, f->tag);
        }
        return xprintf("struct{%s}", s);
    }
    case TY_INTERFACE: {
        if (!t->methods || t->methods->len == 0)
            return "interface{}";
        for (Spelling *o = open; o; o = o->outer)
            if (o->iface == t)
                return "interface{...}";
        Spelling inner = {t, open};
        char *s = "";
        for (int i = 0; i < t->methods->len; i++) {
            Field *f = list_at(t->methods, i);
            s = xprintf("%s%s%s%s", s, i ? "; " : "", f->name, signature_string(f->type, &inner));
        }
        return xprintf("interface{%s}", s);
    }
    default:
        return "?";
    }
}

static int64_t round_up(int64_t n, int64_t align)
{
    return (n + align - 1) / align * align;
}

/* Lays out a type as gc does on amd64 and caches size and alignment. */
static void layout(Type *t)
{
    if (t->align)
        return;
    int64_t size = 0, align = 1;
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: size = align = 1; break;
    case TY_INT16: case TY_UINT16: size = align = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = align = 4; break;
    case TY_INT: case TY_UINT: case TY_INT64: case TY_UINT64: case TY_UINTPTR:
    case TY_FLOAT64: case TY_UNSAFEPTR: case TY_POINTER: case TY_MAP: case TY_CHAN:
    case TY_FUNC:
        size = align = 8; break;
    case TY_COMPLEX64: size = 8; align = 4; break;
    case TY_COMPLEX128: size = 16; align = 8; break;
    case TY_STRING: case TY_INTERFACE: size = 16; align = 8; break;
    case TY_SLICE: size = 24; align = 8; break;
    case TY_ARRAY:
        size = t->len * type_size(t->elem);
        align = type_align(t->elem);
        break;
    case TY_STRUCT: case TY_TUPLE:         /* a tuple is laid out as C lays out its struct */
        for (int i = 0; i < t->fields->len; i++) {
            Field *f = list_at(t->fields, i);
            int64_t fa = type_align(f->type);
            size = round_up(size, fa);
            f->offset = size;
            size += type_size(f->type);
            if (fa > align)
                align = fa;
        }
        /* gc pads a struct ending in a zero-size field so &last stays inside */
        if (t->fields->len > 0 && size > 0 &&
            type_size(((Field *)list_at(t->fields, t->fields->len - 1))->type) == 0)
            size++;
        size = round_up(size, align);
        break;
    case TY_NAMED:
        size = type_size(t->underlying);
        align = type_align(t->underlying);
        break;
    default:
        size = 8; align = 8; break;
    }
    t->size = size;
    t->align = align;
}

int64_t type_size(Type *t)
{
    layout(t);
    return t->size;
}

int64_t type_align(Type *t)
{
    layout(t);
    return t->align;
}

/* Whether a value of type t holds pointers the collector must follow. */
bool type_has_pointers(Type *t)
{
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
    case TY_STRING: case TY_SLICE: case TY_INTERFACE:
        return true;
    case TY_ARRAY:
        return u->len > 0 && type_has_pointers(u->elem);
    case TY_STRUCT: case TY_TUPLE:
        for (int i = 0; i < u->fields->len; i++)
            if (type_has_pointers(((Field *)list_at(u->fields, i))->type))
                return true;
        return false;
    default:
        return false;
    }
}

/* gc's types.IsDirectIface: whether an interface holding a value of type t
 * keeps the value itself in its data word, instead of a pointer to a copy.
 * That is so for the pointer-shaped types (pointers, maps, chans, funcs,
 * unsafe.Pointer) and for structs and arrays made of exactly one such field
 * or element. Converting such a value to an interface never allocates:
 * escape analysis and the emitter both ask this one question. */
bool type_is_direct_iface(Type *t)
{
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return true;
    case TY_ARRAY:
        return u->len == 1 && type_is_direct_iface(u->elem);
    case TY_STRUCT:
        return u->fields->len == 1 && type_is_direct_iface(((Field *)list_at(u->fields, 0))->type);
    default:
        return false;
    }
}

/* gc's Type.SoleComponent: the one non-struct, non-array type a value of
 * type t consists of (struct{ s string } is a string in memory), or NULL when
 * t has several components or none. */
Type *type_sole_component(Type *t)
{
    for (;;) {
        Type *u = underlying(t);
        if (u->kind == TY_STRUCT) {
            if (u->fields->len != 1)
                return NULL;
            t = ((Field *)list_at(u->fields, 0))->type;
        } else if (u->kind == TY_ARRAY) {
            if (u->len != 1)
                return NULL;
            t = u->elem;
        } else {
            return t;
        }
    }
}
