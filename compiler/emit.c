/*
 * emit.c — the C emitter: one readable C file per program, from the IR.
 *
 * Each Go function becomes a C function, each IrVar a C local or a static
 * global, each IR node a C expression or statement. The checks Go makes and C
 * does not (integer division by zero, the most negative integer divided by
 * -1, oversized shifts, string bounds) are spelled out here, using GNU C
 * statement expressions so every operand is evaluated once and in order.
 * `#line` directives point the C compiler and a debugger at the Go source.
 * The C file includes the runtime's contract, runtime/gosub_rt.h, and defines
 * main__init and main__main, which the runtime's main() calls.
 */
#include "gosub.h"
#include "parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A Go type the C file spells with a struct of its own (structs, arrays,
 * tuples), or that has a runtime descriptor emitted for it. */
typedef struct CType {
    Type *type;
    const char *cname;                     /* "struct main__Node", "struct gosub_array_3",
                                              or a typedef of its layout's: "main__List_5" */
    struct CType *layout;                  /* the entry whose C struct it is (itself, or a
                                              type with an identical underlying type) */
    const char *desc;                      /* "gosub_td_3", once a descriptor is emitted */
    bool defined;                          /* struct definition emitted */
    int id;                                /* numbers its C names */
} CType;

typedef struct Emitter {
    Ctx *ctx;
    FILE *out;                             /* the section being written: fns */
    FILE *fwd, *types, *descs, *protos, *fns;
    char *fwd_buf, *types_buf, *descs_buf, *protos_buf, *fns_buf;
    size_t fwd_len, types_len, descs_len, protos_len, fns_len;
    List *ctypes;                          /* CType* */
    List *wrappers;                        /* names of the method wrappers emitted */
    List *itabs;                           /* pairs: "type|iface" key, itab name */
    int indent;
    int tmp;                               /* numbering of emitter temporaries */
    int line_file, line_no;                /* last #line emitted */
    const char *result_ctype;              /* the current function's result tuple */
    IrFunc *fn;                            /* the function being emitted */
    IrNode *deferred_call;                 /* in a defer thunk: the call it defers */
    int ctype_depth;                       /* guards ctype against self-referring pointers */
    int nslots;                            /* stack slots of the function being emitted */
    int nstatics;                          /* read-only statics that interfaces point at */
} Emitter;

static void emit_expr(Emitter *e, IrNode *n);
static void emit_stmt(Emitter *e, IrNode *n);
static void emit_deferred_return(Emitter *e, IrNode *n);
static const char *ctype(Emitter *e, Type *t);
static const char *ctype_of(Emitter *e, Type *t, Type *u);
static const char *type_descriptor(Emitter *e, Type *t);
static const char *param_ctypes(Emitter *e, Type *sig);

/* ---------------------------------------------------------------- C types */

static CType *ctype_entry(Emitter *e, Type *t)
{
    for (int i = 0; i < e->ctypes->len; i++) {
        CType *c = list_at(e->ctypes, i);
        if (c->type == t || (t->kind != TY_NAMED && c->type->kind != TY_NAMED && type_identical(c->type, t)))
            return c;
    }
    CType *c = xalloc(sizeof *c);
    c->type = t;
    list_push(e->ctypes, c);
    c->id = e->ctypes->len;
    return c;
}

static bool is_c_keyword(const char *s)
{
    static const char *words[] = {"auto", "char", "const", "double", "enum", "extern", "float",
                                  "inline", "int", "long", "register", "restrict", "short", "signed",
                                  "sizeof", "static", "union", "unsigned", "void", "volatile", "while",
                                  "do", "bool", "main", NULL};
    for (int i = 0; words[i]; i++)
        if (strcmp(words[i], s) == 0)
            return true;
    return false;
}

/* A struct field's C name: the Go name, unless C reserves it. */
static const char *field_cname(Field *f, int index)
{
    if (!f->name || strcmp(f->name, "_") == 0)
        return xprintf("blank_%d", index);
    if (is_c_keyword(f->name))
        return xprintf("%s_", f->name);
    return f->name;
}

/* Writes the definition of a struct-like type (fields first: C needs a
 * member's type complete, though a pointer's target need only be declared). */
static void define_struct(Emitter *e, CType *c)
{
    if (c->defined)
        return;
    c->defined = true;
    Type *u = underlying(c->type);
    List *members = list_new();            /* C declarations, built before writing */
    if (u->kind == TY_ARRAY) {
        list_push(members, xprintf("%s v[%lld];", ctype(e, u->elem), (long long)u->len));
    } else {
        for (int i = 0; i < u->fields->len; i++) {
            Field *f = list_at(u->fields, i);
            const char *name = u->kind == TY_TUPLE ? xprintf("r%d", i) : field_cname(f, i);
            list_push(members, xprintf("%s %s;", ctype(e, f->type), name));
        }
    }
    fprintf(e->types, "%s {", c->cname);
    for (int i = 0; i < members->len; i++)
        fprintf(e->types, "\n    %s", (char *)list_at(members, i));
    fprintf(e->types, "%s};\n", members->len ? "\n" : "");
}

/* The C name prefix of a defined type's package. */
static const char *type_cprefix(Type *t)
{
    return t->obj->package ? t->obj->package->cprefix : "main";
}

/* The C spelling of a Go type. Structs, arrays and result tuples are C
 * structs (so arrays are values, as Go's are); slices, strings and
 * interfaces are the runtime's GoSlice, GoString, GoEface/GoIface. */
static const char *ctype(Emitter *e, Type *t)
{
    Type *u = underlying(t);
    if (!u)
        return "void";
    if (++e->ctype_depth > 32) {            /* type T *T: a pointer to itself */
        e->ctype_depth--;
        return "void *";
    }
    const char *spelling = ctype_of(e, t, u);
    e->ctype_depth--;
    return spelling;
}

/* Whether following t's pointers, without passing a struct or an array,
 * comes back to a type already seen (type Number *Number): C cannot spell
 * such a type, so all of them are void *, and dereferences cast. */
static bool pointer_cycle(Type *t)
{
    Type *seen[64];
    int n = 0;
    for (Type *cur = t; n < 64; ) {
        Type *u = underlying(cur);
        if (!u || u->kind != TY_POINTER)
            return false;
        cur = u->elem;
        for (int i = 0; i < n; i++)
            if (seen[i] == cur)
                return true;
        if (cur->kind == TY_NAMED)
            seen[n++] = cur;
        else if (n == 0 && cur == t)
            return true;
    }
    return true;
}

/* The entry of a struct, array or tuple type, its C name declared. Types
 * whose underlying types are identical, struct tags aside, convert to each
 * other (and an unnamed one is assignable to a named one): they share one C
 * struct, the layout, named after the first of them; the others' names are
 * typedefs of it (typedef struct main__A_1 main__B_4;), so that assignments,
 * arguments, results and pointer conversions between them are plain C. */
static CType *struct_entry(Emitter *e, Type *t)
{
    Type *u = underlying(t);
    CType *c = ctype_entry(e, t->kind == TY_NAMED ? t : u);
    if (c->cname)
        return c;
    for (int i = 0; i < e->ctypes->len && !c->layout; i++) {
        CType *d = list_at(e->ctypes, i);
        if (d != c && d->layout && type_identical_ignoring_tags(underlying(d->type), u))
            c->layout = d->layout;
    }
    const char *name = t->kind == TY_NAMED ? xprintf("%s__%s_%d", type_cprefix(t), t->obj->name, c->id)
                       : xprintf("gosub_%s_%d", u->kind == TY_ARRAY ? "array" : u->kind == TY_TUPLE ? "tuple" : "struct",
                                 c->id);
    if (!c->layout) {
        c->layout = c;
        c->cname = xprintf("struct %s", name);
        fprintf(e->fwd, "%s;\n", c->cname);
    } else if (t->kind == TY_NAMED) {
        c->cname = name;
        fprintf(e->fwd, "typedef %s %s;\n", c->layout->cname, c->cname);
    } else {
        c->cname = c->layout->cname;
    }
    return c;
}

static const char *ctype_of(Emitter *e, Type *t, Type *u)
{
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL: return "go_bool";
    case TY_INT: case TY_UNTYPED_INT: return "go_int";
    case TY_INT8: return "go_int8";
    case TY_INT16: return "go_int16";
    case TY_INT32: case TY_UNTYPED_RUNE: return "go_int32";
    case TY_INT64: return "go_int64";
    case TY_UINT: return "go_uint";
    case TY_UINT8: return "go_uint8";
    case TY_UINT16: return "go_uint16";
    case TY_UINT32: return "go_uint32";
    case TY_UINT64: return "go_uint64";
    case TY_UINTPTR: return "go_uintptr";
    case TY_FLOAT32: return "go_float32";
    case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "go_float64";
    case TY_COMPLEX64: return "go_complex64";
    case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return "go_complex128";
    case TY_STRING: case TY_UNTYPED_STRING: return "GoString";
    case TY_SLICE: return "GoSlice";
    case TY_INTERFACE: return u->methods && u->methods->len ? "GoIface" : "GoEface";
    case TY_FUNC: return "GoFunc *";
    case TY_MAP: return "GoMap *";
    case TY_CHAN: return "GoChan *";
    case TY_UNSAFEPTR: return "void *";
    case TY_POINTER: {
        Type *elem = u->elem;
        Type *eu = underlying(elem);
        if (pointer_cycle(t))
            return "void *";
        if (eu->kind == TY_STRUCT || eu->kind == TY_ARRAY)
            return xprintf("%s *", struct_entry(e, elem)->cname);  /* only declared: it may be this very struct */
        return xprintf("%s *", ctype(e, elem));
    }
    case TY_STRUCT: case TY_ARRAY: case TY_TUPLE: {
        CType *c = struct_entry(e, t);
        define_struct(e, c->layout);
        return c->cname;
    }
    default:
        return "void *";
    }
}

/* ---------------------------------------------------------------- runtime type descriptors */

/* The interfaces being spelled, innermost first: one that refers to itself
 * through a method's signature is spelled once and then elided. */
typedef struct RtSpelling RtSpelling;
struct RtSpelling {
    Type *iface;
    RtSpelling *outer;
};

static const char *rt_spell(Type *t, RtSpelling *open);

/* %T's spelling: package-qualified, as reflect prints types. */
static const char *rt_type_string(Type *t)
{
    return rt_spell(t, NULL);
}

static const char *rt_spell(Type *t, RtSpelling *open)
{
    if (t->kind < TY_ARRAY)
        return type_string(type_basic(t->kind));   /* reflect says uint8, not byte */
    switch (t->kind) {
    case TY_NAMED:
        if (strcmp(t->obj->name, "error") == 0 && !t->obj->decl)
            return "error";
        return xprintf("%s.%s", t->obj->package && t->obj->package->name ? t->obj->package->name : "main",
                       t->obj->name);
    case TY_POINTER: return xprintf("*%s", rt_spell(t->elem, open));
    case TY_SLICE: return xprintf("[]%s", rt_spell(t->elem, open));
    case TY_ARRAY: return xprintf("[%lld]%s", (long long)t->len, rt_spell(t->elem, open));
    case TY_MAP: return xprintf("map[%s]%s", rt_spell(t->key, open), rt_spell(t->elem, open));
    case TY_FUNC: {
        char *s = "func(";
        for (int i = 0; i < t->params->len; i++) {
            Field *f = list_at(t->params, i);
            bool dots = t->variadic && i == t->params->len - 1;
            s = xprintf("%s%s%s%s", s, i ? ", " : "", dots ? "..." : "",
                        rt_spell(dots ? f->type->elem : f->type, open));
        }
        s = xprintf("%s)", s);
        if (t->results->len == 1)
            return xprintf("%s %s", s, rt_spell(((Field *)list_at(t->results, 0))->type, open));
        if (t->results->len > 1) {
            s = xprintf("%s (", s);
            for (int i = 0; i < t->results->len; i++)
                s = xprintf("%s%s%s", s, i ? ", " : "", rt_spell(((Field *)list_at(t->results, i))->type, open));
            s = xprintf("%s)", s);
        }
        return s;
    }
    case TY_INTERFACE: {
        if (!t->methods || t->methods->len == 0)
            return "interface {}";
        for (RtSpelling *o = open; o; o = o->outer)
            if (o->iface == t)
                return "interface { ... }";
        RtSpelling inner = {t, open};
        char *s = "interface {";
        for (int i = 0; i < t->methods->len; i++) {
            Field *m = list_at(t->methods, i);
            s = xprintf("%s %s%s%s", s, m->name, rt_spell(m->type, &inner) + 4, i < t->methods->len - 1 ? ";" : " ");
        }
        return xprintf("%s}", s);
    }
    case TY_STRUCT: {
        char *s = "struct {";
        for (int i = 0; i < t->fields->len; i++) {
            Field *f = list_at(t->fields, i);
            s = xprintf("%s %s %s%s", s, f->name, rt_spell(f->type, open), i < t->fields->len - 1 ? ";" : " ");
        }
        return xprintf("%s}", t->fields->len ? s : "struct {");
    }
    default:
        return type_string(t);
    }
}

/* Marks the pointer-holding words of a value of type t placed at offset. */
static void pointer_words(Type *t, int64_t offset, uint8_t *bits, int64_t nwords)
{
    Type *u = underlying(t);
    int64_t w = offset / 8;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
    case TY_STRING: case TY_SLICE:
        if (w < nwords)
            bits[w / 8] |= (uint8_t)(1 << (w % 8));
        return;
    case TY_INTERFACE:
        for (int k = 0; k < 2; k++)
            if (w + k < nwords)
                bits[(w + k) / 8] |= (uint8_t)(1 << ((w + k) % 8));
        return;
    case TY_ARRAY:
        if (!type_has_pointers(u->elem))        /* [1<<20]int: nothing to mark */
            return;
        for (int64_t i = 0; i < u->len; i++)
            pointer_words(u->elem, offset + i * type_size(u->elem), bits, nwords);
        return;
    case TY_STRUCT: case TY_TUPLE:         /* a tuple: the results of a deferred call, say */
        type_size(u);                      /* lays out the fields */
        for (int i = 0; i < u->fields->len; i++) {
            Field *f = list_at(u->fields, i);
            pointer_words(f->type, offset + f->offset, bits, nwords);
        }
        return;
    default:
        return;
    }
}

static const char *rt_kind(Type *u)
{
    static const char *kinds[] = {
        [TY_BOOL] = "GOKIND_BOOL", [TY_INT] = "GOKIND_INT", [TY_INT8] = "GOKIND_INT8",
        [TY_INT16] = "GOKIND_INT16", [TY_INT32] = "GOKIND_INT32", [TY_INT64] = "GOKIND_INT64",
        [TY_UINT] = "GOKIND_UINT", [TY_UINT8] = "GOKIND_UINT8", [TY_UINT16] = "GOKIND_UINT16",
        [TY_UINT32] = "GOKIND_UINT32", [TY_UINT64] = "GOKIND_UINT64", [TY_UINTPTR] = "GOKIND_UINTPTR",
        [TY_FLOAT32] = "GOKIND_FLOAT32", [TY_FLOAT64] = "GOKIND_FLOAT64",
        [TY_COMPLEX64] = "GOKIND_COMPLEX64", [TY_COMPLEX128] = "GOKIND_COMPLEX128",
        [TY_STRING] = "GOKIND_STRING", [TY_UNSAFEPTR] = "GOKIND_UNSAFE_POINTER",
        [TY_ARRAY] = "GOKIND_ARRAY", [TY_SLICE] = "GOKIND_SLICE", [TY_STRUCT] = "GOKIND_STRUCT",
        [TY_POINTER] = "GOKIND_POINTER", [TY_FUNC] = "GOKIND_FUNC", [TY_INTERFACE] = "GOKIND_INTERFACE",
        [TY_MAP] = "GOKIND_MAP", [TY_CHAN] = "GOKIND_CHAN",
    };
    return u->kind < (int)(sizeof kinds / sizeof kinds[0]) && kinds[u->kind] ? kinds[u->kind] : "GOKIND_INVALID";
}

static bool method_has_ptr_receiver(Object *m)
{
    return m->decl && m->decl->recv && m->decl->recv->type->kind == N_STAR;
}

/* One method of a type's method set: its name and what selecting it means
 * (possibly promoted from an embedded field). */
typedef struct MethodEntry {
    const char *name;
    Type *sig;
    Selection sel;
} MethodEntry;

static int compare_entries(const void *a, const void *b)
{
    return strcmp((*(MethodEntry *const *)a)->name, (*(MethodEntry *const *)b)->name);
}

/* The names of the methods reachable from t, own or promoted (with repeats). */
static void method_names(Type *t, List *names, int depth)
{
    if (depth > 8)
        return;
    Type *T = t->kind == TY_POINTER ? t->elem : t;
    if (T->kind == TY_NAMED && T->methods && underlying(T)->kind != TY_INTERFACE)
        for (int i = 0; i < T->methods->len; i++)
            list_push(names, (void *)((Object *)list_at(T->methods, i))->name);
    Type *u = underlying(T);
    if (u && u->kind == TY_INTERFACE && depth > 0)
        for (int i = 0; u->methods && i < u->methods->len; i++)
            list_push(names, (void *)((Field *)list_at(u->methods, i))->name);
    if (u && u->kind == TY_STRUCT)
        for (int i = 0; i < u->fields->len; i++) {
            Field *f = list_at(u->fields, i);
            if (f->embedded)
                method_names(f->type, names, depth + 1);
        }
}

/* The method set of t, sorted by name: for a value, the methods whose
 * receivers it can supply (value receivers, or any behind a pointer on the
 * way); for a pointer, all of them. */
static List *method_set(Type *t)
{
    List *set = list_new(), *names = list_new();
    if (underlying(t)->kind == TY_INTERFACE)
        return set;
    method_names(t, names, 0);
    for (int i = 0; i < names->len; i++) {
        const char *name = list_at(names, i);
        bool dup = false;
        for (int k = 0; k < set->len; k++)
            dup |= strcmp(((MethodEntry *)list_at(set, k))->name, name) == 0;
        if (dup)
            continue;
        MethodEntry *m = xalloc(sizeof *m);
        m->name = name;
        if (!lookup_selector(t, name, &m->sel) || m->sel.field)
            continue;
        if (m->sel.method) {
            if (method_has_ptr_receiver(m->sel.method) && !m->sel.indirect)
                continue;
            m->sig = m->sel.method->type;
        } else {
            m->sig = m->sel.imethod->type;
        }
        list_push(set, m);
    }
    list_sort(set, compare_entries);
    return set;
}

/* A method called through an interface receives the interface's data word:
 * the receiver itself when t is pointer-shaped (direct), else a pointer to
 * it. This wrapper finds the receiver there, follows the embedded fields a
 * promoted method is reached through, and calls it. */
static const char *method_wrapper(Emitter *e, Type *t, MethodEntry *m)
{
    const char *name = xprintf("gosub_ifn_%s_%s", type_descriptor(e, t) + 1, m->name);
    for (int i = 0; i < e->wrappers->len; i++)
        if (strcmp(list_at(e->wrappers, i), name) == 0)
            return name;
    list_push(e->wrappers, (void *)name);
    Type *sig = m->sig;
    const char *result = sig->results->len == 0 ? "void" : sig->results->len == 1
                         ? ctype(e, ((Field *)list_at(sig->results, 0))->type) : ctype(e, type_tuple(sig->results));
    /* the receiver as a C lvalue, walked along the embedding path */
    const char *cur = xprintf(type_is_direct_iface(t) ? "(*(%s *)&data)" : "(*(%s *)data)", ctype(e, t));
    Type *ct = t;
    for (int i = 0; m->sel.path && i < m->sel.path->len; i++) {
        Type *u = underlying(ct);
        if (u->kind == TY_POINTER) {
            cur = xprintf("(*%s)", cur);
            ct = u->elem;
            u = underlying(ct);
        }
        int index = (int)(intptr_t)list_at(m->sel.path, i);
        Field *f = list_at(u->fields, index);
        cur = xprintf("%s.%s", cur, field_cname(f, index));
        ct = f->type;
    }
    char *params = "", *args = "";
    for (int i = 0; i < sig->params->len; i++) {
        Field *p = list_at(sig->params, i);
        params = xprintf("%s, %s a%d", params, ctype(e, p->type), i);
        args = xprintf("%s, a%d", args, i);
    }
    const char *call, *forward = "";
    if (m->sel.imethod) {                  /* through an embedded interface's table */
        call = xprintf("((%s (*)(void *%s))%s.itab->fun[%d])(%s.data%s)", result, param_ctypes(e, sig), cur,
                       m->sel.imethod_index, cur, args);
    } else {
        bool ptr_method = method_has_ptr_receiver(m->sel.method);
        bool is_ptr = underlying(ct)->kind == TY_POINTER;
        const char *recv = ptr_method ? (is_ptr ? cur : xprintf("&%s", cur)) : (is_ptr ? xprintf("*%s", cur) : cur);
        IrFunc *target = m->sel.method->ir;
        call = xprintf("%s(%s%s)", target->cname, recv, args);
        if (target->calls_recover)         /* deferred through the table, still the method */
            forward = xprintf("    gosub_defer_forward((void (*)(void))%s, (void (*)(void))%s);\n", name, target->cname);
    }
    fprintf(e->descs, "static %s %s(void *data%s)\n{\n%s    %s%s;\n}\n", result, name, params, forward,
            strcmp(result, "void") ? "return " : "", call);
    return name;
}

/* The static itab of concrete type t for interface iface. */
static const char *itab_for(Emitter *e, Type *t, Type *iface)
{
    Type *iu = underlying(iface);
    const char *key = xprintf("%s|%s", type_descriptor(e, t), type_descriptor(e, iface));
    for (int i = 0; i < e->itabs->len; i += 2)
        if (strcmp(list_at(e->itabs, i), key) == 0)
            return list_at(e->itabs, i + 1);
    const char *name = xprintf("gosub_itab_%d", e->itabs->len / 2 + 1);
    List *set = method_set(t);
    char *funs = "";
    for (int i = 0; i < iu->methods->len; i++) {
        Field *want = list_at(iu->methods, i);
        for (int k = 0; k < set->len; k++) {
            MethodEntry *m = list_at(set, k);
            if (strcmp(m->name, want->name) == 0)
                funs = xprintf("%s%s(void (*)(void))%s", funs, *funs ? ", " : "", method_wrapper(e, t, m));
        }
    }
    fprintf(e->descs, "static const GoItab %s = {%s, %s, {%s}};\n", name, type_descriptor(e, iface),
            type_descriptor(e, t), funs);
    list_push(e->itabs, (void *)key);
    list_push(e->itabs, (void *)name);
    return name;
}

/* "&gosub_type_int" for the runtime's predeclared descriptors, else a
 * descriptor of the program's own, emitted on first use. */
static const char *type_descriptor(Emitter *e, Type *t)
{
    Type *u = underlying(t);
    if (t->kind != TY_NAMED && u->kind < TY_UNTYPED_BOOL) {
        static const char *names[] = {
            [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
            [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
            [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
            [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
            [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
            [TY_UNSAFEPTR] = "unsafe_Pointer",
        };
        return xprintf("&gosub_type_%s", names[u->kind]);
    }
    if (t->kind == TY_NAMED && strcmp(t->obj->name, "error") == 0 && !t->obj->decl)
        return "&gosub_type_error";
    if (u->kind == TY_INTERFACE && (!u->methods || u->methods->len == 0) && t->kind != TY_NAMED)
        return "&gosub_type_empty_interface";
    CType *c = ctype_entry(e, t);
    if (c->desc)
        return xprintf("&%s", c->desc);
    c->desc = xprintf("gosub_td_%d", c->id);
    fprintf(e->fwd, "static const GoType %s;\n", c->desc);

    int64_t size = type_size(t), nwords = (size + 7) / 8;
    uint8_t *bits = xalloc((size_t)(nwords / 8 + 1));
    pointer_words(t, 0, bits, nwords);
    int64_t last = -1;
    for (int64_t w = 0; w < nwords; w++)
        if (bits[w / 8] & (1 << (w % 8)))
            last = w;
    const char *elem = u->elem && (u->kind == TY_ARRAY || u->kind == TY_SLICE || u->kind == TY_POINTER ||
                                   u->kind == TY_MAP || u->kind == TY_CHAN)
                           ? type_descriptor(e, u->elem) : "NULL";
    const char *fields = "NULL";
    int nfields = 0;
    if (u->kind == TY_STRUCT) {
        nfields = u->fields->len;
        char *list = "";
        for (int i = 0; i < nfields; i++) {
            Field *f = list_at(u->fields, i);
            bool exported = f->name && f->name[0] >= 'A' && f->name[0] <= 'Z';
            list = xprintf("%s    {\"%s\", %s, %lld, %d, %d},\n", list, f->name ? f->name : "_",
                           type_descriptor(e, f->type), (long long)f->offset, f->embedded, exported);
        }
        if (nfields) {
            fprintf(e->descs, "static const GoField %s_fields[] = {\n%s};\n", c->desc, list);
            fields = xprintf("%s_fields", c->desc);
        }
    }
    const char *methods = "NULL";
    int nmethods = 0;
    if (u->kind == TY_INTERFACE) {
        nmethods = u->methods ? u->methods->len : 0;
        char *list = "";
        for (int i = 0; i < nmethods; i++) {
            Field *m = list_at(u->methods, i);
            list = xprintf("%s    {\"%s\", %s, NULL, 0},\n", list, m->name, type_descriptor(e, m->type));
        }
        if (nmethods) {
            fprintf(e->descs, "static const GoMethod %s_methods[] = {\n%s};\n", c->desc, list);
            methods = xprintf("%s_methods", c->desc);
        }
    } else {
        List *set = method_set(t);
        nmethods = set->len;
        char *list = "";
        for (int i = 0; i < nmethods; i++) {
            MethodEntry *m = list_at(set, i);
            bool value_receiver = m->sel.method && !method_has_ptr_receiver(m->sel.method) && !m->sel.path->len;
            list = xprintf("%s    {\"%s\", %s, (void (*)(void))%s, %s},\n", list, m->name, type_descriptor(e, m->sig),
                           method_wrapper(e, t, m),
                           t->kind == TY_POINTER && value_receiver ? "GOMETHOD_VALUE_RECEIVER" : "0");
        }
        if (nmethods) {
            fprintf(e->descs, "static const GoMethod %s_methods[] = {\n%s};\n", c->desc, list);
            methods = xprintf("%s_methods", c->desc);
        }
    }
    char *gcbits = "NULL";
    if (last >= 0) {                       /* linear even for megabyte-sized types */
        size_t len;
        FILE *f = open_memstream(&gcbits, &len);
        fputs("(const uint8_t[]){", f);
        for (int64_t b = 0; b <= last / 8; b++)
            fprintf(f, "%s0x%02x", b ? ", " : "", bits[b]);
        fputs("}", f);
        fclose(f);
    }
    fprintf(e->descs,
            "static const GoType %s = {.kind = %s, .flags = %s, .size = %lld, .align = %lld,\n"
            "    .ptrdata = %lld, .gcbits = %s, .string = \"%s\", .elem = %s, .key = %s, .len = %lld,\n"
            "    .fields = %s, .nfields = %d, .methods = %s, .nmethods = %d};\n",
            c->desc, rt_kind(u),
            t->kind == TY_NAMED ? (type_is_direct_iface(t) ? "GOTYPE_NAMED | GOTYPE_DIRECT_IFACE" : "GOTYPE_NAMED")
                                : (type_is_direct_iface(t) ? "GOTYPE_DIRECT_IFACE" : "0"),
            (long long)size,
            (long long)type_align(t), (long long)((last + 1) * 8), gcbits, rt_type_string(t), elem,
            u->kind == TY_MAP ? type_descriptor(e, u->key) : "NULL",
            (long long)(u->kind == TY_ARRAY ? u->len : 0), fields, nfields, methods, nmethods);
    return xprintf("&%s", c->desc);
}

static void out(Emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Emitter *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(e->out, fmt, ap);
    va_end(ap);
}

static void newline(Emitter *e)
{
    fprintf(e->out, "\n%*s", e->indent * 4, "");
}

/* Says that the next line of C is line pos.line of the Go source. What
 * follows must start with a newline: every statement does (newline). */
static void line_directive(Emitter *e, Pos pos)
{
    if (pos.line == 0 || (pos.file == e->line_file && pos.line == e->line_no))
        return;
    SourceFile *sf = list_at(e->ctx->files, pos.file);
    fprintf(e->out, "\n#line %d \"%s\"", pos.line, sf->path);
    e->line_file = pos.file;
    e->line_no = pos.line;
}

/* ---------------------------------------------------------------- constants */

static bool is_aggregate(Type *t)
{
    switch (underlying(t)->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: case TY_INTERFACE: case TY_SLICE:
    case TY_STRUCT: case TY_ARRAY: case TY_TUPLE:
        return true;
    default:
        return false;
    }
}

static const char *zero_value(Emitter *e, Type *t)
{
    return xprintf(is_aggregate(t) ? "((%s){})" : "((%s)0)", ctype(e, t));   /* {}: also for a first member of size 0 */
}

static void emit_string_literal(Emitter *e, const char *s, int64_t len)
{
    out(e, "((GoString){(const uint8_t *)\"");
    for (int64_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\')
            out(e, "\\%c", ch);
        else if (ch >= 0x20 && ch < 0x7f && ch != '?')
            out(e, "%c", ch);
        else
            out(e, "\\%03o", ch);          /* octal: never swallows a following digit */
    }
    out(e, "\", %lld})", (long long)len);
}

static void emit_const(Emitter *e, IrNode *n)
{
    Type *t = n->type;
    const char *ct = ctype(e, t);
    ConstVal *cv = n->cval;
    if (!cv) {                             /* the zero value */
        out(e, "%s", zero_value(e, t));
        return;
    }
    switch (cv->kind) {
    case CV_BOOL:
        out(e, "%s", cv->b ? "1" : "0");
        return;
    case CV_STRING:
        emit_string_literal(e, cv->s, cv->slen);
        return;
    case CV_INT:
        if (type_is_float(t)) {
            out(e, "((%s)%.17g)", ct, const_double(cv));
        } else if (const_sign(cv) < 0 && const_int64(cv) == INT64_MIN) {
            out(e, "((%s)(-9223372036854775807LL - 1))", ct);
        } else if (const_sign(cv) > 0 && const_uint64(cv) > INT64_MAX) {
            out(e, "((%s)%lluULL)", ct, (unsigned long long)const_uint64(cv));
        } else {
            out(e, "((%s)%lldLL)", ct, (long long)const_int64(cv));
        }
        return;
    case CV_COMPLEX: {
        bool single = underlying(t)->kind == TY_COMPLEX64;
        if (!type_is_complex(t)) {         /* a complex constant with no imaginary part */
            out(e, "((%s)%.17g)", ct, const_double(const_real(cv)));
            return;
        }
        out(e, "__builtin_complex((%s)%.17g, (%s)%.17g)", single ? "go_float32" : "go_float64",
            single ? (double)const_float(const_real(cv)) : const_double(const_real(cv)),
            single ? "go_float32" : "go_float64",
            single ? (double)const_float(const_imag(cv)) : const_double(const_imag(cv)));
        return;
    }
    case CV_FLOAT:
        if (type_is_complex(t)) {
            bool single = underlying(t)->kind == TY_COMPLEX64;
            out(e, "__builtin_complex((%s)%.17g, (%s)0)", single ? "go_float32" : "go_float64",
                single ? (double)const_float(cv) : const_double(cv), single ? "go_float32" : "go_float64");
            return;
        }
        if (type_is_integer(t))
            out(e, "((%s)%lldLL)", ct, (long long)const_int64(cv));
        else if (isinf(const_double(cv)))
            out(e, "((%s)(%s__builtin_inf()))", ct, const_sign(cv) < 0 ? "-" : "");
        else
            out(e, "((%s)%.17g)", ct, type_is_float(t) && underlying(t)->kind == TY_FLOAT32 ? (double)const_float(cv)
                                                                                          : const_double(cv));
        return;
    }
}

/* ---------------------------------------------------------------- expressions */

static const char *c_operator(int tok)
{
    switch (tok) {
    case TK_ADD: return "+";
    case TK_SUB: return "-";
    case TK_MUL: return "*";
    case TK_QUO: return "/";
    case TK_REM: return "%";
    case TK_AND: return "&";
    case TK_OR: return "|";
    case TK_XOR: return "^";
    case TK_LAND: return "&&";
    case TK_LOR: return "||";
    case TK_EQL: return "==";
    case TK_NEQ: return "!=";
    case TK_LSS: return "<";
    case TK_LEQ: return "<=";
    case TK_GTR: return ">";
    case TK_GEQ: return ">=";
    case TK_NOT: return "!";
    default: return "?";
    }
}

static bool is_comparison_tok(int tok)
{
    return tok == TK_EQL || tok == TK_NEQ || tok == TK_LSS || tok == TK_LEQ || tok == TK_GTR ||
           tok == TK_GEQ;
}

/* Whether evaluating n may panic (a nil dereference, a bounds or division
 * check, a failed assertion): then the order of two operands shows. */
static bool may_panic(IrNode *n)
{
    if (!n)
        return false;
    switch (n->op) {
    case IR_DEREF: case IR_INDEX: case IR_STRINDEX: case IR_SLICE: case IR_TYPEASSERT:
        return true;
    case IR_BINARY:
        if ((n->tok == TK_QUO || n->tok == TK_REM) && type_is_integer(n->type))
            return true;
        break;
    case IR_CONST: case IR_VAR: case IR_FUNC: case IR_FUNCVAL: case IR_CLOSURE:
        return false;
    default:
        break;
    }
    if (may_panic(n->x) || may_panic(n->y))
        return true;
    for (int i = 0; n->args && i < n->args->len; i++)
        if (may_panic(list_at(n->args, i)))
            return true;
    return false;
}

static void emit_binary_ordered(Emitter *e, IrNode *n);

static void emit_binary(Emitter *e, IrNode *n)
{
    if (n->tok != TK_LAND && n->tok != TK_LOR && may_panic(n->x) && may_panic(n->y)) {
        /* C leaves the order of operands open; gc evaluates the left one
           first, so which panic happens is Go's: bind them in order */
        int id = ++e->tmp;
        out(e, "({ %s l%d = ", ctype(e, n->x->type), id);
        emit_expr(e, n->x);
        out(e, "; %s r%d = ", ctype(e, n->y->type), id);
        emit_expr(e, n->y);
        out(e, "; ");
        IrVar lv = {.name = "l", .cname = xprintf("l%d", id), .type = n->x->type};
        IrVar rv = {.name = "r", .cname = xprintf("r%d", id), .type = n->y->type};
        IrNode lhs = {.op = IR_VAR, .type = n->x->type, .var = &lv};
        IrNode rhs = {.op = IR_VAR, .type = n->y->type, .var = &rv};
        IrNode bin = *n;
        bin.x = &lhs;
        bin.y = &rhs;
        emit_binary_ordered(e, &bin);
        out(e, "; })");
        return;
    }
    emit_binary_ordered(e, n);
}

static void emit_binary_ordered(Emitter *e, IrNode *n)
{
    Type *ot = n->x->type;
    const char *ct = ctype(e, n->type);
    if (type_is_string(ot) && is_comparison_tok(n->tok)) {
        if (n->tok == TK_EQL || n->tok == TK_NEQ) {
            out(e, "%sgosub_string_equal(", n->tok == TK_NEQ ? "!" : "");
            emit_expr(e, n->x);
            out(e, ", ");
            emit_expr(e, n->y);
            out(e, ")");
        } else {
            out(e, "(gosub_string_compare(");
            emit_expr(e, n->x);
            out(e, ", ");
            emit_expr(e, n->y);
            out(e, ") %s 0)", c_operator(n->tok));
        }
        return;
    }
    Type *ou = underlying(ot);
    if (is_comparison_tok(n->tok) && (ou->kind == TY_SLICE || ou->kind == TY_INTERFACE)) {
        /* only comparisons with nil reach here for slices; interfaces compare
           their type (or itab) word with nil */
        IrNode *other = n->x->op == IR_CONST && !n->x->cval ? n->y : n->x;
        bool with_nil = (n->x->op == IR_CONST && !n->x->cval) || (n->y->op == IR_CONST && !n->y->cval);
        if (!with_nil) {                   /* interface == interface: the runtime's (hash.c) */
            bool nonempty = ou->methods && ou->methods->len;
            out(e, "(%sgosub_%s(", n->tok == TK_NEQ ? "!" : "", nonempty ? "ifaceeq" : "efaceeq");
            emit_expr(e, n->x);
            out(e, ", ");
            emit_expr(e, n->y);
            out(e, "))");
            return;
        }
        const char *word = ou->kind == TY_SLICE ? "ptr" : ou->methods && ou->methods->len ? "itab" : "type";
        out(e, "((");
        emit_expr(e, other);
        out(e, ").%s %s NULL)", word, n->tok == TK_EQL ? "==" : "!=");
        return;
    }
    if (is_comparison_tok(n->tok) && (ou->kind == TY_STRUCT || ou->kind == TY_ARRAY)) {
        /* field by field, as the type's descriptor describes it (hash.c) */
        int id = ++e->tmp;
        const char *ct = ctype(e, ot);
        out(e, "({ %s a%d = ", ct, id);
        emit_expr(e, n->x);
        out(e, "; %s b%d = ", ct, id);
        emit_expr(e, n->y);
        out(e, "; %sgosub_equal(%s, &a%d, &b%d); })", n->tok == TK_NEQ ? "!" : "", type_descriptor(e, ot), id, id);
        return;
    }
    if (is_comparison_tok(n->tok) || n->tok == TK_LAND || n->tok == TK_LOR) {
        out(e, "(");
        emit_expr(e, n->x);
        out(e, " %s ", c_operator(n->tok));
        emit_expr(e, n->y);
        out(e, ")");
        return;
    }
    int id = ++e->tmp;
    if ((n->tok == TK_QUO || n->tok == TK_REM) && type_is_integer(n->type)) {
        /* Go panics on division by zero; and MinInt / -1 wraps where C traps */
        out(e, "({ %s a%d = ", ct, id);
        emit_expr(e, n->x);
        out(e, "; %s b%d = ", ct, id);
        emit_expr(e, n->y);
        out(e, "; if (b%d == 0) gosub_panic_divide(); ", id);
        if (type_is_unsigned(n->type))
            out(e, "(%s)(a%d %s b%d); })", ct, id, c_operator(n->tok), id);
        else
            out(e, "b%d == -1 ? (%s)%s : (%s)(a%d %s b%d); })", id, ct,
                n->tok == TK_QUO ? xprintf("(0 - (go_uint64)a%d)", id) : "0", ct, id,
                c_operator(n->tok), id);
        return;
    }
    if (n->tok == TK_SHL || n->tok == TK_SHR) {
        /* Go: a count >= the width gives 0 (or -1 for negative >>); a negative
         * signed count panics */
        int bits = (int)type_size(n->type) * 8;
        int64_t count;
        if (n->y->op == IR_CONST && n->y->cval && const_int64_val(n->y->cval, &count) && count >= 0 &&
            count < bits) {
            /* a constant count within the width: C's shift is Go's */
            if (n->tok == TK_SHL)
                out(e, "((%s)((go_uint64)", ct);
            else
                out(e, "((%s)((%s)", ct, ct);
            emit_expr(e, n->x);
            out(e, " %s %lld))", n->tok == TK_SHL ? "<<" : ">>", (long long)count);
            return;
        }
        out(e, "({ %s a%d = ", ct, id);
        emit_expr(e, n->x);
        out(e, "; %s s%d = ", ctype(e, n->y->type), id);
        emit_expr(e, n->y);
        out(e, "; ");
        if (!type_is_unsigned(n->y->type))
            out(e, "if (s%d < 0) gosub_throw(\"negative shift amount\"); ", id);
        if (n->tok == TK_SHL)
            out(e, "(go_uint64)s%d >= %d ? (%s)0 : (%s)((go_uint64)a%d << s%d); })", id, bits, ct, ct, id, id);
        else if (type_is_unsigned(n->type))
            out(e, "(go_uint64)s%d >= %d ? (%s)0 : (%s)(a%d >> s%d); })", id, bits, ct, ct, id, id);
        else
            out(e, "(go_uint64)s%d >= %d ? (%s)(a%d < 0 ? -1 : 0) : (%s)(a%d >> s%d); })", id, bits, ct, id,
                ct, id, id);
        return;
    }
    if (n->tok == TK_AND_NOT) {
        out(e, "((%s)(", ct);
        emit_expr(e, n->x);
        out(e, " & ~");
        emit_expr(e, n->y);
        out(e, "))");
        return;
    }
    if (type_is_integer(n->type) && (n->tok == TK_ADD || n->tok == TK_SUB || n->tok == TK_MUL)) {
        /* wrap-around arithmetic, done unsigned so C has nothing undefined */
        out(e, "((%s)((go_uint64)", ct);
        emit_expr(e, n->x);
        out(e, " %s (go_uint64)", c_operator(n->tok));
        emit_expr(e, n->y);
        out(e, "))");
        return;
    }
    out(e, "((%s)(", ct);
    emit_expr(e, n->x);
    out(e, " %s ", c_operator(n->tok));
    emit_expr(e, n->y);
    out(e, "))");
}

static void emit_args(Emitter *e, List *args, int from, int to)
{
    for (int i = from; i < to; i++) {
        if (i > from)
            out(e, ", ");
        emit_expr(e, list_at(args, i));
    }
}

/* print and println write each operand with the runtime's printer for its type. */
static void emit_builtin_print(Emitter *e, IrNode *n, bool ln)
{
    out(e, "({ ");
    for (int i = 0; i < n->args->len; i++) {
        IrNode *a = list_at(n->args, i);
        Type *u = underlying(a->type);
        if (ln && i > 0)
            out(e, "gosub_print_sp(); ");
        bool nonempty = u->kind == TY_INTERFACE && u->methods && u->methods->len;
        const char *printer = type_is_boolean(u) ? "gosub_print_bool"
                              : type_is_string(u) ? "gosub_print_string"
                              : type_is_float(u) ? "gosub_print_float"
                              : type_is_complex(u) ? "gosub_print_complex"
                              : type_is_unsigned(u) ? "gosub_print_uint"
                              : type_is_integer(u) ? "gosub_print_int"
                              : u->kind == TY_SLICE ? "gosub_print_slice"
                              : u->kind == TY_INTERFACE ? (nonempty ? "gosub_print_iface" : "gosub_print_eface")
                                                        : "gosub_print_pointer";
        out(e, "%s(", printer);
        emit_expr(e, a);
        out(e, "); ");
    }
    if (ln)
        out(e, "gosub_print_nl(); ");
    out(e, "})");
}

/* x.(T) and v, ok := x.(T): T concrete compares the dynamic type's
 * descriptor; T an interface looks for (or builds) the itab. */
static void emit_type_assert(Emitter *e, IrNode *n)
{
    bool comma_ok = n->label == 1;
    Type *target = comma_ok ? ((Field *)list_at(n->type->fields, 0))->type : n->type;
    Type *xu = underlying(n->x->type), *tu = underlying(target);
    bool x_nonempty = xu->methods && xu->methods->len;
    int id = ++e->tmp;
    out(e, "({ %s i%d = ", ctype(e, n->x->type), id);
    emit_expr(e, n->x);
    out(e, "; const GoType *t%d = %s; ", id, x_nonempty ? xprintf("i%d.itab ? i%d.itab->type : NULL", id, id)
                                                      : xprintf("i%d.type", id));
    const char *tc = ctype(e, target);
    if (tu->kind != TY_INTERFACE) {
        /* the value: the data word itself for a direct type, else where it points */
        const char *amp = type_is_direct_iface(target) ? "&" : "";
        const char *desc = type_descriptor(e, target);
        if (comma_ok)
            out(e, "go_bool ok%d = t%d == %s; (%s){ok%d ? *(%s *)%si%d.data : %s, ok%d}; })", id, id, desc,
                ctype(e, n->type), id, tc, amp, id, zero_value(e, target), id);
        else
            out(e, "if (t%d != %s) gosub_panic_type_assert(%s, t%d, %s, NULL); *(%s *)%si%d.data; })", id, desc,
                type_descriptor(e, n->x->type), id, desc, tc, amp, id);
        return;
    }
    bool t_nonempty = tu->methods && tu->methods->len;
    const char *desc = type_descriptor(e, target);
    if (t_nonempty) {
        out(e, "const GoItab *it%d = gosub_getitab(%s, t%d, %d); ", id, desc, id, comma_ok);
        if (!comma_ok)
            out(e, "if (!t%d) gosub_panic_type_assert(%s, NULL, %s, NULL); (GoIface){it%d, i%d.data}; })", id,
                type_descriptor(e, n->x->type), desc, id, id);
        else
            out(e, "(%s){(GoIface){it%d, it%d ? i%d.data : NULL}, it%d != NULL}; })", ctype(e, n->type), id, id, id, id);
        return;
    }
    if (!comma_ok)
        out(e, "if (!t%d) gosub_panic_type_assert(%s, NULL, %s, NULL); (GoEface){t%d, i%d.data}; })", id,
            type_descriptor(e, n->x->type), desc, id, id);
    else
        out(e, "(%s){(GoEface){t%d, i%d.data}, t%d != NULL}; })", ctype(e, n->type), id, id, id);
}

/* The C type of a function's result: void, a type, or its result tuple. */
static const char *result_ctype(Emitter *e, Type *sig)
{
    if (!sig || sig->results->len == 0)
        return "void";
    if (sig->results->len == 1)
        return ctype(e, ((Field *)list_at(sig->results, 0))->type);
    return ctype(e, type_tuple(sig->results));
}

/* The parameter types after the closure context, ", T1, T2". */
static const char *param_ctypes(Emitter *e, Type *sig)
{
    char *s = "";
    for (int i = 0; i < sig->params->len; i++)
        s = xprintf("%s, %s", s, ctype(e, ((Field *)list_at(sig->params, i))->type));
    return s;
}

/* f(args) for a func value f: its code is called with the closure first. */
static void emit_value_call(Emitter *e, IrNode *n)
{
    Type *sig = underlying(n->x->type);
    int id = ++e->tmp;
    out(e, "({ GoFunc *f%d = ", id);
    emit_expr(e, n->x);
    out(e, "; ");
    if (n == e->deferred_call)             /* recover's rule: who the panic calls */
        out(e, "gosub_defer_direct(GOSUB_NILCHECK(f%d)->fn); ", id);
    out(e, "((%s (*)(GoFunc *%s))f%d->fn)(f%d", result_ctype(e, sig), param_ctypes(e, sig), id, id);
    for (int i = 0; i < n->args->len; i++) {
        out(e, ", ");
        emit_expr(e, list_at(n->args, i));
    }
    out(e, "); })");
}

/* The struct of a closure: its code, then each captured variable: a copy
 * when escape analysis captures it by value, else a pointer to it. */
static const char *closure_struct(Emitter *e, IrFunc *f)
{
    const char *name = xprintf("struct %s__closure", f->cname);
    for (int i = 0; i < e->wrappers->len; i++)
        if (strcmp(list_at(e->wrappers, i), name) == 0)
            return name;
    list_push(e->wrappers, (void *)name);
    fprintf(e->types, "%s {\n    void (*fn)(void);", name);
    /* its descriptor: where the pointers are, laid out as C lays out the struct */
    int64_t offset = 8;
    List *fields = list_new();
    for (int i = 0; i < f->captures->len; i++) {
        IrVar *v = list_at(f->captures, i);
        fprintf(e->types, v->by_value ? "\n    %s %s;" : "\n    %s *%s;", ctype(e, v->type), v->cname);
        Type *t = v->by_value ? v->type : type_pointer(v->type);
        int64_t align = type_align(t);
        offset = (offset + align - 1) / align * align;
        list_push(fields, t);
        list_push(fields, (void *)(intptr_t)offset);
        offset += type_size(t);
    }
    fprintf(e->types, "\n};\n");
    int64_t size = (offset + 7) / 8 * 8, nwords = size / 8;
    uint8_t *bits = xalloc((size_t)(nwords / 8 + 1));
    for (int i = 0; i < fields->len; i += 2)
        pointer_words(list_at(fields, i), (int64_t)(intptr_t)list_at(fields, i + 1), bits, nwords);
    int64_t last = -1;
    for (int64_t w = 0; w < nwords; w++)
        if (bits[w / 8] & (1u << (w % 8)))
            last = w;
    char *gcbits = "";
    for (int64_t b = 0; b <= last / 8 && last >= 0; b++)
        gcbits = xprintf("%s%s0x%02x", gcbits, b ? ", " : "", bits[b]);
    fprintf(e->descs,
            "static const GoType %s__closure_type = {.kind = GOKIND_STRUCT, .size = %lld, .align = 8,\n"
            "    .ptrdata = %lld, .gcbits = %s, .string = \"closure\"};\n",
            f->cname, (long long)size, (long long)(last + 1) * 8,
            last >= 0 ? xprintf("(const uint8_t[]){%s}", gcbits) : "NULL");
    return name;
}

static void emit_closure(Emitter *e, IrNode *n)
{
    IrFunc *f = n->func;
    const char *st = closure_struct(e, f);
    int id = ++e->tmp;
    out(e, "({ ");
    if (n->y) {                            /* a method value: its receiver, evaluated now */
        IrVar *v = n->y->x->var;
        if (v->on_heap)
            out(e, "%s = gosub_new(%s); ", v->cname, type_descriptor(e, v->type));
        emit_expr(e, n->y->x);
        out(e, " = ");
        emit_expr(e, n->y->y);
        out(e, "; ");
        Type *vu = underlying(v->type);
        if (vu->kind == TY_INTERFACE) {    /* i.M of a nil interface panics here, as in Go */
            out(e, "if (!");
            emit_expr(e, n->y->x);
            out(e, ".%s) gosub_panic_nil_deref(); ", vu->methods && vu->methods->len ? "itab" : "type");
        }
    }
    if (f->captures->len == 0) {          /* nothing captured: one static closure serves */
        fprintf(e->descs, "static %s %s__static = {(void (*)(void))%s};\n", st, f->cname, f->cname);
        out(e, "(GoFunc *)&%s__static; })", f->cname);
        return;
    }
    if (n->on_stack)
        out(e, "%s *c%d = &gosub_stk%d; ", st, id, n->slot);
    else
        out(e, "%s *c%d = gosub_new(&%s__closure_type); ", st, id, f->cname);
    out(e, "c%d->fn = (void (*)(void))%s; ", id, f->cname);
    for (int i = 0; i < f->captures->len; i++) {
        IrVar *v = list_at(f->captures, i);
        out(e, "c%d->%s = ", id, v->cname);
        IrNode *captured = list_at(n->args, i);  /* &v */
        emit_expr(e, v->by_value ? captured->x : captured);
        out(e, "; ");
    }
    out(e, "(GoFunc *)c%d; })", id);
}

/* A top-level function as a func value: a static closure whose code drops
 * the context and calls the function. */
static const char *func_value(Emitter *e, IrFunc *f)
{
    const char *name = xprintf("%s__value", f->cname);
    for (int i = 0; i < e->wrappers->len; i++)
        if (strcmp(list_at(e->wrappers, i), name) == 0)
            return name;
    list_push(e->wrappers, (void *)name);
    char *params = "", *args = "";
    for (int i = 0; i < f->sig->params->len; i++) {
        params = xprintf("%s, %s a%d", params, ctype(e, ((Field *)list_at(f->sig->params, i))->type), i);
        args = xprintf("%s%sa%d", args, i ? ", " : "", i);
    }
    const char *result = result_ctype(e, f->sig);
    /* deferred as a value, the function is still the one the panic calls */
    const char *forward = f->calls_recover ? xprintf("    gosub_defer_forward((void (*)(void))%s__code, (void (*)(void))%s);\n",
                                                     f->cname, f->cname) : "";
    fprintf(e->descs, "static %s %s__code(GoFunc *self%s)\n{\n    (void)self;\n%s    %s%s(%s);\n}\n", result, f->cname,
            params, forward, strcmp(result, "void") ? "return " : "", f->cname, args);
    fprintf(e->descs, "static GoFunc %s = {(void (*)(void))%s__code};\n", name, f->cname);
    return name;
}

/* Whether x denotes storage whose address C can take. */
static bool is_lvalue(IrNode *x)
{
    switch (x->op) {
    case IR_VAR: case IR_DEREF: return true;
    case IR_INDEX: return underlying(x->x->type)->kind == TY_SLICE || is_lvalue(x->x);  /* as emit_index makes it */
    case IR_FIELD: return is_lvalue(x->x);
    default: return false;
    }
}

/* x[i], checked: an lvalue, so it can be assigned to and addressed. */
static void emit_index(Emitter *e, IrNode *n)
{
    Type *u = underlying(n->x->type);
    const char *et = ctype(e, n->type);
    int id = ++e->tmp;
    if (u->kind == TY_SLICE) {
        out(e, "(*({ GoSlice s%d = ", id);
        emit_expr(e, n->x);
        out(e, "; go_int i%d = ", id);
        emit_expr(e, n->y);
        out(e, "; if ((go_uint)i%d >= (go_uint)s%d.len) gosub_panic_index(i%d, s%d.len); &((%s *)s%d.ptr)[i%d]; }))",
            id, id, id, id, et, id, id);
        return;
    }
    if (is_lvalue(n->x)) {
        out(e, "(*({ %s *a%d = &", ctype(e, n->x->type), id);
        emit_expr(e, n->x);
        out(e, "; go_int i%d = ", id);
        emit_expr(e, n->y);
        out(e, "; if ((go_uint)i%d >= %lldu) gosub_panic_index(i%d, %lld); &a%d->v[i%d]; }))", id,
            (long long)u->len, id, (long long)u->len, id, id);
        return;
    }
    out(e, "({ %s a%d = ", ctype(e, n->x->type), id);
    emit_expr(e, n->x);
    out(e, "; go_int i%d = ", id);
    emit_expr(e, n->y);
    out(e, "; if ((go_uint)i%d >= %lldu) gosub_panic_index(i%d, %lld); a%d.v[i%d]; })", id, (long long)u->len, id,
        (long long)u->len, id, id);
}

/* x[lo:hi:max] of a slice or (through a pointer) an array, with Go's checks
 * and panic messages. */
static void emit_slice(Emitter *e, IrNode *n)
{
    Type *u = underlying(n->x->type);
    if (type_is_string(u)) {
        int id = ++e->tmp;
        IrNode *lo = list_at(n->args, 0), *hi = list_at(n->args, 1);
        out(e, "({ GoString s%d = ", id);
        emit_expr(e, n->x);
        out(e, "; go_int lo%d = ", id);
        if (lo) emit_expr(e, lo); else out(e, "0");
        out(e, "; go_int hi%d = ", id);
        if (hi) emit_expr(e, hi); else out(e, "s%d.len", id);
        out(e, "; if ((go_uint)hi%d > (go_uint)s%d.len) gosub_panic_slice_alen(hi%d, s%d.len); ", id, id, id, id);
        out(e, "if ((go_uint)lo%d > (go_uint)hi%d) gosub_panic_slice_b(lo%d, hi%d); ", id, id, id, id);
        /* an empty result keeps the base pointer, never one past the end (as gc) */
        out(e, "(GoString){hi%d == lo%d ? s%d.ptr : s%d.ptr + lo%d, hi%d - lo%d}; })", id, id, id, id, id, id, id);
        return;
    }
    bool of_array = u->kind == TY_POINTER;
    Type *elem = of_array ? underlying(u->elem)->elem : u->elem;
    int id = ++e->tmp;
    IrNode *lo = list_at(n->args, 0), *hi = list_at(n->args, 1), *max = list_at(n->args, 2);
    if (of_array) {
        int64_t len = underlying(u->elem)->len;
        out(e, "({ %s *a%d = GOSUB_NILCHECK(", ctype(e, u->elem), id);   /* p[:] is (*p)[:] */
        emit_expr(e, n->x);
        out(e, "); char *p%d = (char *)a%d->v; go_int len%d = %lld, cap%d = %lld; ", id, id, id, (long long)len, id,
            (long long)len);
    } else {
        out(e, "({ GoSlice s%d = ", id);
        emit_expr(e, n->x);
        out(e, "; char *p%d = s%d.ptr; go_int len%d = s%d.len, cap%d = s%d.cap; ", id, id, id, id, id, id);
    }
    out(e, "go_int lo%d = ", id);
    if (lo) emit_expr(e, lo); else out(e, "0");
    out(e, "; go_int hi%d = ", id);
    if (hi) emit_expr(e, hi); else out(e, "len%d", id);
    out(e, "; go_int max%d = ", id);
    if (max) emit_expr(e, max); else out(e, "cap%d", id);
    out(e, "; ");
    const char *kind = of_array ? "alen" : "acap";
    if (max) {
        out(e, "if ((go_uint)max%d > (go_uint)cap%d) gosub_panic_slice3_%s(max%d, cap%d); ", id, id, kind, id, id);
        out(e, "if ((go_uint)hi%d > (go_uint)max%d) gosub_panic_slice3_b(hi%d, max%d); ", id, id, id, id);
        out(e, "if ((go_uint)lo%d > (go_uint)hi%d) gosub_panic_slice3_c(lo%d, hi%d); ", id, id, id, id);
    } else {
        out(e, "if ((go_uint)hi%d > (go_uint)cap%d) gosub_panic_slice_%s(hi%d, cap%d); ", id, id, kind, id, id);
        out(e, "if ((go_uint)lo%d > (go_uint)hi%d) gosub_panic_slice_b(lo%d, hi%d); ", id, id, id, id);
    }
    out(e, "(GoSlice){max%d == lo%d ? p%d : p%d + lo%d * %lld, hi%d - lo%d, max%d - lo%d}; })", id, id, id, id, id,
        (long long)type_size(elem), id, id, id, id);
}

/* T{...}: a struct or array value; a slice literal allocates its array. */
static void emit_complit(Emitter *e, IrNode *n)
{
    Type *u = underlying(n->type);
    if (u->kind == TY_MAP) {
        int id = ++e->tmp;
        const char *desc = type_descriptor(e, n->type);
        if (n->on_stack)
            out(e, "({ GoMap *m%d = gosub_makemap_frame(%s, %d, gosub_stk%d, sizeof gosub_stk%d); ", id, desc,
                n->args->len, n->slot, n->slot);
        else
            out(e, "({ GoMap *m%d = gosub_makemap(%s, %d); ", id, desc, n->args->len);
        for (int i = 0; i < n->args->len; i++) {
            IrNode *el = list_at(n->args, i);
            out(e, "{ %s k = ", ctype(e, u->key));
            emit_expr(e, el->y);
            out(e, "; %s v = ", ctype(e, u->elem));
            emit_expr(e, el->x);
            out(e, "; *(%s *)gosub_mapassign(%s, m%d, &k) = v; } ", ctype(e, u->elem), desc, id);
        }
        out(e, "m%d; })", id);
        return;
    }
    if (u->kind == TY_SLICE) {
        int64_t count = 0;
        for (int i = 0; i < n->args->len; i++) {
            IrNode *el = list_at(n->args, i);
            if (el->label + 1 > count)
                count = el->label + 1;
        }
        int id = ++e->tmp;
        const char *et = ctype(e, u->elem);
        if (n->on_stack)
            out(e, "({ %s *p%d = __builtin_memset(gosub_stk%d, 0, sizeof gosub_stk%d); ", et, id, n->slot, n->slot);
        else
            out(e, "({ %s *p%d = gosub_new_array(%s, %lld); ", et, id, type_descriptor(e, u->elem), (long long)count);
        for (int i = 0; i < n->args->len; i++) {
            IrNode *el = list_at(n->args, i);
            out(e, "p%d[%d] = ", id, el->label);
            emit_expr(e, el->x);
            out(e, "; ");
        }
        out(e, "(GoSlice){p%d, %lld, %lld}; })", id, (long long)count, (long long)count);
        return;
    }
    out(e, "((%s){", ctype(e, n->type));
    if (u->kind == TY_ARRAY)
        out(e, ".v = {");
    for (int i = 0; i < n->args->len; i++) {
        IrNode *el = list_at(n->args, i);
        if (u->kind == TY_ARRAY)
            out(e, "%s[%d] = ", i ? ", " : "", el->label);
        else if (u->kind == TY_TUPLE)      /* an inlined call's results */
            out(e, "%s.r%d = ", i ? ", " : "", el->label);
        else
            out(e, "%s.%s = ", i ? ", " : "", field_cname(list_at(u->fields, el->label), el->label));
        emit_expr(e, el->x);
    }
    out(e, u->kind == TY_ARRAY ? "}})" : "})");
}

/* append(s, v...): the values are evaluated first, then s grows if needed. */
/* The bytes of a string as a slice to read from, without a copy: for
 * append(b, s...) and copy(b, s), which Go does without allocating. */
static void emit_read_only_bytes(Emitter *e, IrNode *x)
{
    if (x->op == IR_CONVERT && !x->orig && type_is_string(x->x->type)) {
        int id = ++e->tmp;
        out(e, "({ GoString str%d = ", id);
        emit_expr(e, x->x);
        out(e, "; (GoSlice){(void *)str%d.ptr, str%d.len, str%d.len}; })", id, id, id);
        return;
    }
    emit_expr(e, x);
}

static void emit_append(Emitter *e, IrNode *n)
{
    Type *elem = underlying(n->type)->elem;
    const char *et = ctype(e, elem);
    int id = ++e->tmp;
    out(e, "({ GoSlice s%d = ", id);
    emit_expr(e, list_at(n->args, 0));
    out(e, "; ");
    if (n->label) {                        /* append(s, t...) */
        out(e, "GoSlice t%d = ", id);
        emit_read_only_bytes(e, list_at(n->args, 1));
        out(e, "; gosub_append_slice(%s, s%d, t%d); })", type_descriptor(e, elem), id, id);
        return;
    }
    int k = n->args->len - 1;
    for (int i = 0; i < k; i++) {
        out(e, "%s v%d_%d = ", et, id, i);
        emit_expr(e, list_at(n->args, i + 1));
        out(e, "; ");
    }
    out(e, "go_int n%d = s%d.len + %d; if (n%d > s%d.cap) s%d = gosub_growslice(%s, s%d, n%d); ", id, id, k, id, id,
        id, type_descriptor(e, elem), id, id);
    for (int i = 0; i < k; i++)
        out(e, "((%s *)s%d.ptr)[s%d.len + %d] = v%d_%d; ", et, id, id, i, id, i);
    out(e, "s%d.len = n%d; s%d; })", id, id, id);
}

/* ---------------------------------------------------------------- conversions to interfaces */

/* How converting a non-interface value to an interface makes the data word,
 * as gc's walk does it (dataWord in walk/convert.go, with order.go's
 * read-only statics) and Go's runtime after it (convT16, convT32, convT64,
 * convTstring, convTslice in runtime/iface.go): allocating only when none of
 * the cheaper forms applies. */
typedef enum {
    BOX_DIRECT,                 /* pointer-shaped: the value itself */
    BOX_ZERO,                   /* zero-sized: &gosub_zerobase */
    BOX_BYTE,                   /* a bool or a one-byte integer: &gosub_staticuint64s[v] */
    BOX_STATIC,                 /* a constant: read-only static data */
    BOX_STACK,                  /* does not escape: a stack slot of the function */
    BOX_T16, BOX_T32, BOX_T64,  /* values below 256: &gosub_staticuint64s[v], else a heap box */
    BOX_STRING,                 /* "": gosub_zeroval, else a heap box */
    BOX_SLICE,                  /* a nil slice: gosub_zeroval, else a heap box */
    BOX_HEAP,                   /* a heap box */
} BoxForm;

enum {
    MAX_STACK_BOX = 1024,       /* gc keeps larger non-escaping values converted to interfaces on the heap */
    MAX_IMPLICIT_STACK = 64 << 10,  /* gc's MaxImplicitStackVarSize: []byte("...") in the frame */
};

/* What gc's order turns into a read-only static before converting it (its
 * addrTemp): a constant or nil. (Constant composite literals are copied to a
 * temporary like any other value, and then boxed.) */
static bool is_static_value(IrNode *x)
{
    int kind = underlying(x->type)->kind;
    return x->op == IR_CONST && (x->cval || (kind != TY_STRUCT && kind != TY_ARRAY));
}

static BoxForm box_form(IrNode *n)
{
    Type *t = n->x->type;
    if (type_is_direct_iface(t))
        return BOX_DIRECT;
    int64_t size = type_size(t), align = type_align(t);
    if (size == 0)
        return BOX_ZERO;
    Type *sole = type_sole_component(t);
    if (sole && (type_is_boolean(sole) || (type_is_integer(sole) && type_size(sole) == 1)))
        return BOX_BYTE;
    if (is_static_value(n->x))
        return BOX_STATIC;
    if (n->on_stack && size <= MAX_STACK_BOX)
        return BOX_STACK;
    if (size == 2 && align == 2)
        return BOX_T16;
    if (size == 4 && align == 4 && !type_has_pointers(t))
        return BOX_T32;
    if (size == 8 && align == 8 && !type_has_pointers(t))
        return BOX_T64;
    if (sole && type_is_string(sole))
        return BOX_STRING;
    if (sole && underlying(sole)->kind == TY_SLICE)
        return BOX_SLICE;
    return BOX_HEAP;
}

/* A constant as the initializer of a static: a string without its compound
 * literal, "{(const uint8_t *)"...", n}", which C takes in a static's
 * initializer. */
static void emit_static_init(Emitter *e, IrNode *x)
{
    if (!x->cval) {
        out(e, "{}");
        return;
    }
    if (x->cval->kind != CV_STRING) {
        emit_const(e, x);
        return;
    }
    FILE *saved = e->out;
    char *lit;
    size_t len;
    e->out = open_memstream(&lit, &len);
    emit_string_literal(e, x->cval->s, x->cval->slen);
    fclose(e->out);
    e->out = saved;
    const char *body = strchr(lit, '{');   /* "((GoString){...})" */
    out(e, "%.*s", (int)(strlen(body) - 1), body);
    free(lit);
}

/* The value x as the initializer of a read-only static: its address is the
 * data word of every conversion of it. */
static const char *static_value(Emitter *e, IrNode *x)
{
    FILE *saved = e->out;
    char *init;
    size_t len;
    e->out = open_memstream(&init, &len);
    emit_static_init(e, x);
    fclose(e->out);
    e->out = saved;
    const char *name = xprintf("gosub_static_%d", ++e->nstatics);
    fprintf(e->descs, "static const %s %s = %s;\n", ctype(e, x->type), name, init);
    free(init);
    return name;
}

/* A non-interface value converted to interface type n->type. */
static void emit_toiface(Emitter *e, IrNode *n)
{
    Type *t = n->x->type, *iu = underlying(n->type);
    bool nonempty = iu->methods && iu->methods->len;
    const char *iface = nonempty ? "GoIface" : "GoEface";
    const char *word0 = nonempty ? xprintf("&%s", itab_for(e, t, n->type)) : type_descriptor(e, t);
    const char *ct = ctype(e, t), *desc = type_descriptor(e, t);
    int id = ++e->tmp;
    BoxForm form = box_form(n);
    switch (form) {
    case BOX_STATIC:
        out(e, "((%s){%s, (void *)&%s})", iface, word0, static_value(e, n->x));
        return;
    case BOX_STACK:
        out(e, "({ %s *box%d = &gosub_stk%d; *box%d = ", ct, id, n->slot, id);
        emit_expr(e, n->x);
        out(e, "; (%s){%s, box%d}; })", iface, word0, id);
        return;
    case BOX_HEAP:
        out(e, "({ %s *box%d = gosub_new(%s); *box%d = ", ct, id, desc, id);
        emit_expr(e, n->x);
        out(e, "; (%s){%s, box%d}; })", iface, word0, id);
        return;
    default:
        break;
    }
    out(e, "({ %s v%d = ", ct, id);
    emit_expr(e, n->x);
    out(e, "; ");
    const char *heap = xprintf("({ %s *box%d = gosub_new(%s); *box%d = v%d; (void *)box%d; })", ct, id, desc, id, id,
                               id);
    const char *word = NULL;
    switch (form) {
    case BOX_DIRECT:
        word = xprintf("*(void **)&v%d", id);
        break;
    case BOX_ZERO:
        out(e, "(void)v%d; ", id);
        word = "(void *)&gosub_zerobase";
        break;
    case BOX_BYTE:
        word = xprintf("(void *)&gosub_staticuint64s[*(uint8_t *)&v%d]", id);
        break;
    case BOX_T16: case BOX_T32: case BOX_T64: {
        int bits = form == BOX_T16 ? 16 : form == BOX_T32 ? 32 : 64;
        out(e, "uint%d_t u%d = *(uint%d_t *)&v%d; ", bits, id, bits, id);
        word = xprintf("u%d < 256 ? (void *)&gosub_staticuint64s[u%d] : %s", id, id, heap);
        break;
    }
    case BOX_STRING:
        word = xprintf("((GoString *)&v%d)->len == 0 ? (void *)gosub_zeroval : %s", id, heap);
        break;
    case BOX_SLICE:
        word = xprintf("((GoSlice *)&v%d)->ptr == NULL ? (void *)gosub_zeroval : %s", id, heap);
        break;
    default:
        break;
    }
    out(e, "(%s){%s, %s}; })", iface, word0, word);
}

/* "GoMap *mN = m; K kN = k" for a map operation on m[k], in Go's order (the
 * map, then the key); returns N. */
static int emit_map_and_key(Emitter *e, IrNode *m, IrNode *k)
{
    int id = ++e->tmp;
    out(e, "GoMap *m%d = ", id);
    emit_expr(e, m);
    out(e, "; %s k%d = ", ctype(e, underlying(m->type)->key), id);
    emit_expr(e, k);
    return id;
}

static void emit_expr(Emitter *e, IrNode *n)
{
    switch (n->op) {
    case IR_CONST:
        emit_const(e, n);
        return;
    case IR_VAR: {
        IrVar *v = n->var;
        if (v->is_capture)
            out(e, v->by_value ? "self->%s" : "(*self->%s)", v->cname);
        else
            out(e, v->on_heap || v->in_cell ? "(*%s)" : "%s", v->cname);
        return;
    }
    case IR_FUNC:
        out(e, "%s", n->func->cname);
        return;
    case IR_UNARY:
        if (n->tok == TK_NOT) {
            out(e, "(!");
            emit_expr(e, n->x);
            out(e, ")");
        } else if (n->tok == TK_SUB && type_is_integer(n->type)) {
            out(e, "((%s)(0 - (go_uint64)", ctype(e, n->type));
            emit_expr(e, n->x);
            out(e, "))");
        } else {
            out(e, "((%s)(%s", ctype(e, n->type), n->tok == TK_XOR ? "~" : n->tok == TK_SUB ? "-" : "+");
            emit_expr(e, n->x);
            out(e, "))");
        }
        return;
    case IR_BINARY:
        emit_binary(e, n);
        return;
    case IR_CONVERT: {
        Type *to = underlying(n->type), *from = underlying(n->x->type);
        /* a result that does not escape may use a buffer in the frame */
        const char *buf = n->on_stack ? xprintf("gosub_stk%d", n->slot) : "NULL";
        if (type_is_string(to) && type_is_integer(from)) {
            int id = ++e->tmp;
            out(e, "({ %s r%d = ", ctype(e, from), id);
            emit_expr(e, n->x);
            out(e, "; gosub_string_from_rune(%s, %s); })", buf,
                type_is_unsigned(from) ? xprintf("r%d > 0x10FFFF ? 0xFFFD : (go_int32)r%d", id, id)
                                       : xprintf("r%d < 0 || r%d > 0x10FFFF ? 0xFFFD : (go_int32)r%d", id, id, id));
            return;
        }
        if (type_is_string(to) && from->kind == TY_SLICE) {
            if (n->alias_bytes) {          /* the bytes lent for the while (Go's slicebytetostringtmp) */
                int id = ++e->tmp;
                out(e, "({ GoSlice b%d = ", id);
                emit_expr(e, n->x);
                out(e, "; (GoString){b%d.ptr, b%d.len}; })", id, id);
                return;
            }
            out(e, underlying(from->elem)->kind == TY_UINT8 ? "gosub_string_from_bytes(%s, " : "gosub_string_from_runes(%s, ",
                buf);
            emit_expr(e, n->x);
            out(e, ")");
            return;
        }
        if (to->kind == TY_POINTER && from->kind == TY_SLICE) {
            /* (*[N]T)(s): panics when s is shorter than N */
            int64_t len = underlying(to->elem)->len;
            int id = ++e->tmp;
            out(e, "({ GoSlice s%d = ", id);
            emit_expr(e, n->x);
            out(e, "; if (s%d.len < %lld) gosub_panic_slice_convert(%lld, s%d.len); (%s)s%d.ptr; })", id,
                (long long)len, (long long)len, id, ctype(e, n->type), id);
            return;
        }
        if (to->kind == TY_SLICE && type_is_string(from)) {
            if (underlying(to->elem)->kind == TY_UINT8 && n->x->op == IR_CONST && n->x->cval) {
                /* []byte("constant"): a [len]byte of its own, in the frame or the heap */
                int64_t len = n->x->cval->slen;
                int id = ++e->tmp;
                out(e, "({ GoString s%d = ", id);
                emit_expr(e, n->x);
                if (n->on_stack)
                    out(e, "; uint8_t *p%d = gosub_stk%d; ", id, n->slot);
                else
                    out(e, "; uint8_t *p%d = gosub_alloc_bytes(%lld); ", id, (long long)len);
                out(e, "memcpy(p%d, s%d.ptr, %lld); (GoSlice){p%d, %lld, %lld}; })", id, id, (long long)len, id,
                    (long long)len, (long long)len);
                return;
            }
            out(e, underlying(to->elem)->kind == TY_UINT8 ? "gosub_bytes_from_string(%s, " : "gosub_runes_from_string(%s, ",
                buf);
            emit_expr(e, n->x);
            out(e, ")");
            return;
        }
        if (to->kind == TY_STRUCT || to->kind == TY_ARRAY) {
            /* identical underlying types, tags aside: one C struct (struct_entry) */
            out(e, "(");
            emit_expr(e, n->x);
            out(e, ")");
            return;
        }
        out(e, "((%s)(", ctype(e, n->type));
        emit_expr(e, n->x);
        out(e, "))");
        return;
    }
    case IR_TOIFACE: {
        Type *iu = underlying(n->type);
        bool nonempty = iu->methods && iu->methods->len;
        int id = ++e->tmp;
        if (underlying(n->x->type)->kind == TY_INTERFACE) {
            /* one interface to another: the same data, a table found at run time */
            Type *xu = underlying(n->x->type);
            bool x_nonempty = xu->methods && xu->methods->len;
            out(e, "({ %s i%d = ", ctype(e, n->x->type), id);
            emit_expr(e, n->x);
            out(e, "; const GoType *t%d = %s; ", id, x_nonempty ? xprintf("i%d.itab ? i%d.itab->type : NULL", id, id)
                                                              : xprintf("i%d.type", id));
            if (nonempty)
                out(e, "(GoIface){gosub_getitab(%s, t%d, 0), i%d.data}; })", type_descriptor(e, n->type), id, id);
            else
                out(e, "(GoEface){t%d, i%d.data}; })", id, id);
            return;
        }
        emit_toiface(e, n);
        return;
    }
    case IR_CONCAT:
        out(e, "gosub_string_concat(%s, (GoString[]){", n->on_stack ? xprintf("gosub_stk%d", n->slot) : "NULL");
        emit_args(e, n->args, 0, n->args->len);
        out(e, "}, %d)", n->args->len);
        return;
    case IR_CALL:
        if (n->x->op == IR_FUNC) {
            if (n == e->deferred_call) {   /* recover's rule: who the panic calls */
                out(e, "(gosub_defer_direct((void (*)(void))");
                emit_expr(e, n->x);
                out(e, "), ");
            }
            emit_expr(e, n->x);
            out(e, "(");
            emit_args(e, n->args, 0, n->args->len);
            out(e, n == e->deferred_call ? "))" : ")");
            return;
        }
        emit_value_call(e, n);
        return;
    case IR_CLOSURE:
        emit_closure(e, n);
        return;
    case IR_MAKECHAN:
        out(e, "gosub_makechan(%s, ", type_descriptor(e, underlying(n->type)->elem));
        if (n->x)
            emit_expr(e, n->x);
        else
            out(e, "0");
        out(e, ")");
        return;
    case IR_RECV: {
        Type *elem = underlying(n->x->type)->elem;
        int id = ++e->tmp;
        out(e, "({ GoChan *c%d = ", id);
        emit_expr(e, n->x);
        out(e, "; %s v%d; ", ctype(e, elem), id);
        if (n->label == 1)
            out(e, "go_bool ok%d = gosub_chanrecv(c%d, &v%d); (%s){v%d, ok%d}; })", id, id, id, ctype(e, n->type),
                id, id);
        else
            out(e, "gosub_chanrecv(c%d, &v%d); v%d; })", id, id, id);
        return;
    }
    case IR_SELECT: {
        int id = ++e->tmp, ncases = n->args->len;
        out(e, "({ ");
        if (ncases) {
            out(e, "GoSelectCase cases%d[%d] = {", id, ncases);
            for (int i = 0; i < ncases; i++) {
                IrNode *c = list_at(n->args, i);
                out(e, "%s{", i ? ", " : "");
                emit_expr(e, c->x);
                out(e, ", ");
                IrNode *storage = c->label ? c->y : c->then;
                if (storage) {
                    out(e, "&");
                    emit_expr(e, storage);
                } else {
                    out(e, "NULL");
                }
                out(e, ", %d, ", c->label);
                if (c->els) {
                    out(e, "&");
                    emit_expr(e, c->els);
                } else {
                    out(e, "NULL");
                }
                out(e, "}");
            }
            out(e, "}; ");
        }
        out(e, "gosub_select(%s, %d, %d); })", ncases ? xprintf("cases%d", id) : "NULL", ncases, n->label ? 0 : 1);
        return;
    }
    case IR_MAKEMAP:
        if (n->on_stack)
            out(e, "gosub_makemap_frame(%s, ", type_descriptor(e, n->type));
        else
            out(e, "gosub_makemap(%s, ", type_descriptor(e, n->type));
        if (n->x)
            emit_expr(e, n->x);
        else
            out(e, "0");
        if (n->on_stack)
            out(e, ", gosub_stk%d, sizeof gosub_stk%d", n->slot, n->slot);
        out(e, ")");
        return;
    case IR_MAPINDEX: {
        bool comma_ok = n->label == 1;
        Type *mt = n->x->type, *mu = underlying(mt);
        out(e, "({ ");
        int id = emit_map_and_key(e, n->x, n->y);
        if (comma_ok)
            out(e, "; go_bool ok%d; %s *v%d = gosub_mapaccess2(%s, m%d, &k%d, &ok%d); (%s){*v%d, ok%d}; })", id,
                ctype(e, mu->elem), id, type_descriptor(e, mt), id, id, id, ctype(e, n->type), id, id);
        else
            out(e, "; *(%s *)gosub_mapaccess1(%s, m%d, &k%d); })", ctype(e, mu->elem), type_descriptor(e, mt), id, id);
        return;
    }
    case IR_MAPDELETE: {
        Type *mt = n->x->type;
        out(e, "({ ");
        int id = emit_map_and_key(e, n->x, n->y);
        out(e, "; gosub_mapdelete(%s, m%d, &k%d); })", type_descriptor(e, mt), id, id);
        return;
    }
    case IR_FUNCVAL:
        out(e, "(&%s)", func_value(e, n->func));
        return;
    case IR_RTCALL: {
        if (strcmp(n->name, "gosub_builtin_print") == 0 || strcmp(n->name, "gosub_builtin_println") == 0) {
            emit_builtin_print(e, n, n->name[strlen(n->name) - 1] == 'n');
            return;
        }
        if (strncmp(n->name, "gosub_fmt_", 10) == 0) {
            /* variadic ...interface{}: a stack array, since fmt keeps no reference */
            int nfixed = n->label, nvar = n->args->len - nfixed;
            out(e, "%s(", n->name);
            emit_args(e, n->args, 0, nfixed);
            if (nfixed)
                out(e, ", ");
            if (nvar == 0) {
                out(e, "(GoSlice){0})");
                return;
            }
            out(e, "(GoSlice){(GoEface[]){");
            emit_args(e, n->args, nfixed, n->args->len);
            out(e, "}, %d, %d})", nvar, nvar);
            return;
        }
        if (n->type && n->type->kind == TY_TUPLE) {
            /* the runtime returns the first result and stores the others
               through pointers appended to the arguments */
            int id = ++e->tmp, nres = n->type->fields->len;
            out(e, "({ %s t%d; t%d.r0 = %s(", ctype(e, n->type), id, id, n->name);
            emit_args(e, n->args, 0, n->args->len);
            for (int i = 1; i < nres; i++)
                out(e, "%s&t%d.r%d", n->args->len || i > 1 ? ", " : "", id, i);
            out(e, "); t%d; })", id);
            return;
        }
        if (strcmp(n->name, "gosub_recover") == 0) {
            out(e, "gosub_recover(%s)", e->fn->recover_of_parent ? "gosub_defer_recover_at_return()"
                                                                  : "gosub_may_recover");
            return;
        }
        out(e, "%s(", n->name);
        emit_args(e, n->args, 0, n->args->len);
        out(e, ")");
        return;
    }
    case IR_STRINDEX: {
        int id = ++e->tmp;
        out(e, "({ GoString s%d = ", id);
        emit_expr(e, n->x);
        out(e, "; go_int i%d = ", id);
        emit_expr(e, n->y);
        out(e, "; if ((go_uint)i%d >= (go_uint)s%d.len) gosub_panic_index(i%d, s%d.len); s%d.ptr[i%d]; })",
            id, id, id, id, id, id);
        return;
    }
    case IR_LEN:
    case IR_CAP: {
        Type *u = underlying(n->x->type);
        if (u->kind == TY_MAP) {
            out(e, "gosub_maplen(");
            emit_expr(e, n->x);
            out(e, ")");
            return;
        }
        if (u->kind == TY_ARRAY) {
            /* len(a) and len(p) of *[N]T are N; a p from a call or a receive
               is still evaluated (but not dereferenced: p may be nil) */
            IrNode *x = n->x->op == IR_DEREF ? n->x->x : n->x;
            bool effects = x->op == IR_RECV || x->op == IR_CALL || x->op == IR_IFACECALL || x->op == IR_SEQ;
            out(e, "((void)");
            if (effects)
                emit_expr(e, x);
            else
                out(e, "0");
            out(e, ", (go_int)%lld)", (long long)u->len);
            return;
        }
        out(e, "(");
        emit_expr(e, n->x);
        out(e, ").%s", n->op == IR_LEN ? "len" : "cap");
        return;
    }
    case IR_ADDR:
        if (n->x->op == IR_MAPSLOT) {      /* &m[k], making the entry: for m[k] op= v */
            IrNode *slot = n->x;
            Type *mt = slot->x->type, *mu = underlying(mt);
            out(e, "({ ");
            int id = emit_map_and_key(e, slot->x, slot->y);
            out(e, "; (%s *)gosub_mapassign(%s, m%d, &k%d); })", ctype(e, mu->elem), type_descriptor(e, mt), id, id);
            return;
        }
        if (n->x->op == IR_VAR && n->x->var->is_capture)
            out(e, n->x->var->by_value ? "(&self->%s)" : "self->%s", n->x->var->cname);
        else if (n->x->op == IR_VAR && (n->x->var->on_heap || n->x->var->in_cell))
            out(e, "%s", n->x->var->cname);
        else {
            out(e, "(&");
            emit_expr(e, n->x);
            out(e, ")");
        }
        return;
    case IR_DEREF:
        if (pointer_cycle(n->x->type))    /* a void *: say what it points to */
            out(e, "(*(%s *)GOSUB_NILCHECK(", ctype(e, n->type));
        else
            out(e, "(*GOSUB_NILCHECK(");
        emit_expr(e, n->x);
        out(e, "))");
        return;
    case IR_FIELD: {
        Type *u = underlying(n->x->type);
        out(e, "(");
        emit_expr(e, n->x);
        out(e, ").%s", field_cname(list_at(u->fields, n->label), n->label));
        return;
    }
    case IR_COMPLEX: {
        const char *ft = underlying(n->type)->kind == TY_COMPLEX64 ? "go_float32" : "go_float64";
        out(e, "__builtin_complex((%s)(", ft);
        emit_expr(e, n->x);
        out(e, "), (%s)(", ft);
        emit_expr(e, n->y);
        out(e, "))");
        return;
    }
    case IR_REAL:
        out(e, n->label ? "(__imag__ (" : "(__real__ (");
        emit_expr(e, n->x);
        out(e, "))");
        return;
    case IR_UNSAFE_ADD:
        out(e, "((void *)((char *)(");
        emit_expr(e, n->x);
        out(e, ") + (");
        emit_expr(e, n->y);
        out(e, ")))");
        return;
    case IR_UNSAFE_SLICE: {
        int id = ++e->tmp;
        out(e, "({ void *p%d = ", id);
        emit_expr(e, n->x);
        out(e, "; go_int n%d = ", id);
        emit_expr(e, n->y);
        int64_t size = type_size(underlying(n->type)->elem);
        /* Go's checks: a negative length, a size past the address space,
           or memory that would wrap around it */
        out(e, "; if (n%d < 0 || (go_uint)n%d > (~(go_uint)0 >> 1) / %lld || "
               "(p%d && (go_uint)n%d * %lld > (go_uint)(0 - (go_uintptr)p%d))) "
               "gosub_panic_string(GOSUB_STR(\"unsafe.Slice: len out of range\")); "
               "if (!p%d && n%d) gosub_panic_string(GOSUB_STR(\"unsafe.Slice: ptr is nil and len is not zero\")); "
               "(GoSlice){p%d, n%d, n%d}; })", id, id, (long long)(size ? size : 1), id, id, (long long)size, id, id,
            id, id, id, id);
        return;
    }
    case IR_SEQ:
        out(e, "({ ");
        emit_stmt(e, n->x);
        out(e, " ");
        emit_expr(e, n->y);
        out(e, "; })");
        return;
    case IR_TUPLEGET:
        out(e, "(");
        emit_expr(e, n->x);
        out(e, ").r%d", n->label);
        return;
    case IR_INDEX:
        emit_index(e, n);
        return;
    case IR_SLICE:
        emit_slice(e, n);
        return;
    case IR_NEW: {
        Type *elem = underlying(n->type)->elem;
        int id = ++e->tmp;
        if (n->on_stack)
            out(e, "({ %s *p%d = __builtin_memset(&gosub_stk%d, 0, sizeof gosub_stk%d); ", ctype(e, elem), id, n->slot, n->slot);
        else
            out(e, "({ %s *p%d = gosub_new(%s); ", ctype(e, elem), id, type_descriptor(e, elem));
        if (n->x) {
            out(e, "*p%d = ", id);
            emit_expr(e, n->x);
            out(e, "; ");
        }
        out(e, "p%d; })", id);
        return;
    }
    case IR_COMPLIT:
        emit_complit(e, n);
        return;
    case IR_MAKESLICE: {
        Type *elem = underlying(n->type)->elem;
        int id = ++e->tmp;
        if (n->on_stack) {                 /* a constant size, checked against the length */
            int64_t cap = const_int64((n->y ? n->y : n->x)->cval);
            out(e, "({ go_int len%d = ", id);
            emit_expr(e, n->x);
            out(e, "; if (len%d < 0) gosub_panic_makeslice_len(); if (len%d > %lld) gosub_panic_makeslice_cap(); "
                   "(GoSlice){__builtin_memset(gosub_stk%d, 0, sizeof gosub_stk%d), len%d, %lld}; })",
                id, id, (long long)cap, n->slot, n->slot, id, (long long)cap);
            return;
        }
        out(e, "({ go_int len%d = ", id);
        emit_expr(e, n->x);
        out(e, "; gosub_make_slice(%s, len%d, ", type_descriptor(e, elem), id);
        if (n->y)
            emit_expr(e, n->y);
        else
            out(e, "len%d", id);
        out(e, "); })");
        return;
    }
    case IR_APPEND:
        emit_append(e, n);
        return;
    case IR_COPY:
        out(e, "gosub_slice_copy(");
        emit_expr(e, n->x);
        out(e, ", ");
        emit_read_only_bytes(e, n->y);
        out(e, ", %lld)", (long long)type_size(underlying(n->x->type)->elem));
        return;
    case IR_IFACECALL: {
        Type *xu = underlying(n->x->type);
        Field *m = list_at(xu->methods, n->label);
        Type *sig = m->type;
        const char *result = sig->results->len == 0 ? "void" : sig->results->len == 1
                             ? ctype(e, ((Field *)list_at(sig->results, 0))->type) : ctype(e, type_tuple(sig->results));
        char *params = "";
        for (int i = 0; i < sig->params->len; i++)
            params = xprintf("%s, %s", params, ctype(e, ((Field *)list_at(sig->params, i))->type));
        int id = ++e->tmp;
        out(e, "({ GoIface i%d = ", id);
        emit_expr(e, n->x);
        out(e, "; ");
        if (n == e->deferred_call)         /* recover's rule: who the panic calls */
            out(e, "gosub_defer_direct((void (*)(void))GOSUB_NILCHECK(i%d.itab)->fun[%d]); ", id, n->label);
        out(e, "((%s (*)(void *%s))i%d.itab->fun[%d])(i%d.data", result, params, id, n->label, id);
        for (int i = 0; i < n->args->len; i++) {
            out(e, ", ");
            emit_expr(e, list_at(n->args, i));
        }
        out(e, "); })");
        return;
    }
    case IR_TYPEASSERT:
        emit_type_assert(e, n);
        return;
    case IR_TYPETEST: {
        Type *xu = underlying(n->x->type);
        bool x_nonempty = xu->methods && xu->methods->len;
        int id = ++e->tmp;
        out(e, "({ %s i%d = ", ctype(e, n->x->type), id);
        emit_expr(e, n->x);
        out(e, "; const GoType *t%d = %s; ", id, x_nonempty ? xprintf("i%d.itab ? i%d.itab->type : NULL", id, id)
                                                          : xprintf("i%d.type", id));
        if (!n->y)
            out(e, "t%d == NULL; })", id);
        else if (underlying(n->y->type)->kind != TY_INTERFACE)
            out(e, "t%d == %s; })", id, type_descriptor(e, n->y->type));
        else if (underlying(n->y->type)->methods && underlying(n->y->type)->methods->len)
            out(e, "gosub_getitab(%s, t%d, 1) != NULL; })", type_descriptor(e, n->y->type), id);
        else
            out(e, "t%d != NULL; })", id);
        return;
    }
    case IR_IFACE_TO_EFACE: {
        int id = ++e->tmp;
        out(e, "({ GoIface i%d = ", id);
        emit_expr(e, n->x);
        out(e, "; (GoEface){i%d.itab ? i%d.itab->type : NULL, i%d.data}; })", id, id, id);
        return;
    }
    default:
        out(e, "/* statement in expression */0");
        return;
    }
}

/* ---------------------------------------------------------------- statements */

static void emit_block_body(Emitter *e, IrNode *b)
{
    for (int i = 0; i < b->args->len; i++)
        emit_stmt(e, list_at(b->args, i));
}

static void emit_stmt(Emitter *e, IrNode *n)
{
    if (n->op != IR_BLOCK && n->op != IR_LABEL)
        line_directive(e, n->pos);
    switch (n->op) {
    case IR_BLOCK:
        out(e, "{");
        e->indent++;
        emit_block_body(e, n);
        e->indent--;
        newline(e);
        out(e, "}");
        break;
    case IR_ASSIGN:
        newline(e);
        if (n->x->op == IR_MAPSLOT) {
            /* Go evaluates the map, the key, then the value, and only then
               makes the entry */
            IrNode *slot = n->x;
            Type *mt = slot->x->type, *mu = underlying(mt);
            out(e, "{ ");
            int id = emit_map_and_key(e, slot->x, slot->y);
            out(e, "; %s v%d = ", ctype(e, mu->elem), id);
            emit_expr(e, n->y);
            out(e, "; *(%s *)gosub_mapassign(%s, m%d, &k%d) = v%d; }", ctype(e, mu->elem), type_descriptor(e, mt), id,
                id, id);
            break;
        }
        emit_expr(e, n->x);
        out(e, " = ");
        emit_expr(e, n->y);
        out(e, ";");
        break;
    case IR_MAPRANGE: {
        Type *mt = n->x->type, *mu = underlying(mt);
        int id = ++e->tmp;
        newline(e);
        out(e, "{ GoMapIter it%d; gosub_mapiterinit(%s, ", id, type_descriptor(e, mt));
        emit_expr(e, n->x);
        out(e, ", &it%d);", id);
        newline(e);
        out(e, "for (; it%d.key; gosub_mapiternext(&it%d)) {", id, id);
        e->indent++;
        if (n->then) {
            newline(e);
            emit_expr(e, n->then);
            out(e, " = *(%s *)it%d.key;", ctype(e, mu->key), id);
        }
        if (n->els) {
            newline(e);
            emit_expr(e, n->els);
            out(e, " = *(%s *)it%d.elem;", ctype(e, mu->elem), id);
        }
        newline(e);
        emit_stmt(e, n->body);
        e->indent--;
        newline(e);
        out(e, "} }");
        break;
    }
    case IR_EXPR:
        newline(e);
        out(e, "(void)");
        emit_expr(e, n->x);
        out(e, ";");
        break;
    case IR_IF:
        newline(e);
        out(e, "if (");
        emit_expr(e, n->x);
        out(e, ") ");
        if (n->then->op == IR_BLOCK)
            emit_stmt(e, n->then);
        else {
            out(e, "{");
            e->indent++;
            emit_stmt(e, n->then);
            e->indent--;
            newline(e);
            out(e, "}");
        }
        if (n->els) {
            out(e, " else ");
            if (n->els->op == IR_BLOCK)
                emit_stmt(e, n->els);
            else {
                out(e, "{");
                e->indent++;
                emit_stmt(e, n->els);
                e->indent--;
                newline(e);
                out(e, "}");
            }
        }
        break;
    case IR_LOOP:
        newline(e);
        out(e, "for (;;) ");
        emit_stmt(e, n->body);
        break;
    case IR_LABEL:
        newline(e);
        out(e, "L%d:;", n->label);
        break;
    case IR_GOTO:
        newline(e);
        out(e, "goto L%d;", n->label);
        break;
    case IR_DEFER:
        newline(e);
        if (n->on_stack)
            out(e, "gosub_defer_push_at(&gosub_frame, &gosub_stk%d, ", n->slot);
        else
            out(e, "gosub_defer_push(&gosub_frame, ");
        emit_expr(e, n->x);
        out(e, ");");
        break;
    case IR_RETURN:
        newline(e);
        if (e->fn->has_defer) {
            /* results are set, then the deferred calls run, then the function returns */
            emit_deferred_return(e, n);
            break;
        }
        out(e, "return");
        if (n->args->len == 1) {
            out(e, " ");
            emit_expr(e, list_at(n->args, 0));
        } else if (n->args->len > 1) {
            out(e, " (%s){", e->result_ctype);  /* the function's result tuple */
            emit_args(e, n->args, 0, n->args->len);
            out(e, "}");
        }
        out(e, ";");
        break;
    case IR_GO:
        newline(e);
        out(e, "gosub_go(");
        emit_expr(e, n->x);
        out(e, ");");
        break;
    case IR_SEND: {
        newline(e);
        int id = ++e->tmp;
        out(e, "{ GoChan *c%d = ", id);
        emit_expr(e, n->x);
        out(e, "; %s v%d = ", ctype(e, n->y->type), id);
        emit_expr(e, n->y);
        out(e, "; gosub_chansend(c%d, &v%d); }", id, id);
        break;
    }
    case IR_DECL:
        newline(e);
        if (n->var->on_heap)
            out(e, "%s = gosub_new(%s);", n->var->cname, type_descriptor(e, n->var->type));
        else if (n->var->in_cell)
            out(e, "*%s = %s;", n->var->cname, zero_value(e, n->var->type));
        else
            out(e, "%s = %s;", n->var->cname, zero_value(e, n->var->type));
        break;
    default:
        newline(e);
        emit_expr(e, n);
        out(e, ";");
        break;
    }
}

/* ---------------------------------------------------------------- functions */

static void emit_signature(Emitter *e, IrFunc *f)
{
    bool exported = f->sig == NULL || strcmp(f->cname, "main__main") == 0 || f->external;
    const char *result = "void";
    if (f->sig && f->sig->results->len == 1)
        result = ctype(e, ((Field *)list_at(f->sig->results, 0))->type);
    else if (f->sig && f->sig->results->len > 1)
        result = ctype(e, type_tuple(f->sig->results));
    out(e, "%s%s %s(", exported ? "" : "static ", result, f->cname);
    if (f->is_closure)
        out(e, "GoFunc *gosub_self");
    else if (f->params->len == 0)
        out(e, "void");
    for (int i = 0; i < f->params->len; i++) {
        IrVar *v = list_at(f->params, i);
        /* a parameter living on the heap arrives by value and is moved to its cell */
        out(e, "%s%s %s%s", i || f->is_closure ? ", " : "", ctype(e, v->type), v->cname, v->on_heap ? "_arg" : "");
    }
    out(e, ")");
}

/* return in a function with deferred calls: store the results (in the named
 * results, or in gosub_result), then leave through the epilogue. */
static void emit_deferred_return(Emitter *e, IrNode *n)
{
    IrFunc *f = e->fn;
    int nres = n->args->len;
    if (f->results->len) {
        /* evaluate all, then assign: `return b, a` may read the results */
        int id = ++e->tmp;
        out(e, "{");
        for (int i = 0; i < nres; i++) {
            IrVar *v = list_at(f->results, i);
            out(e, " %s r%d_%d = ", ctype(e, v->type), id, i);
            emit_expr(e, list_at(n->args, i));
            out(e, ";");
        }
        for (int i = 0; i < nres; i++) {
            IrVar *v = list_at(f->results, i);
            out(e, " *%s = r%d_%d;", v->cname, id, i);
        }
        out(e, " goto gosub_epilogue; }");
        return;
    }
    if (nres == 1) {
        out(e, "gosub_result = ");
        emit_expr(e, list_at(n->args, 0));
        out(e, "; ");
    } else if (nres > 1) {
        out(e, "gosub_result = (%s){", e->result_ctype);
        emit_args(e, n->args, 0, nres);
        out(e, "}; ");
    }
    out(e, "goto gosub_epilogue;");
}

/* The value a function with deferred calls returns from its epilogue. */
static const char *deferred_result(Emitter *e, IrFunc *f)
{
    if (!f->sig || f->sig->results->len == 0)
        return "";
    if (!f->results->len)
        return " gosub_result";
    if (f->results->len == 1)
        return xprintf(" *%s", ((IrVar *)list_at(f->results, 0))->cname);
    char *s = xprintf(" (%s){", e->result_ctype);
    for (int i = 0; i < f->results->len; i++)
        s = xprintf("%s%s*%s", s, i ? ", " : "", ((IrVar *)list_at(f->results, i))->cname);
    return xprintf("%s}", s);
}

/* The frame slot of a map that does not escape (gosub_makemap_frame): its
 * header, and room for its first 8 entries and their index unless the hint
 * is a constant above 8 or an entry is large (Go stores keys and elements
 * above 128 bytes out of line, so its stack bucket stays small). */
static const char *map_frame_decl(Type *mt, IrNode *hint, int id)
{
    Type *u = underlying(mt), *k = u->key, *v = u->elem;
    int64_t ka = type_align(k), va = type_align(v);
    int64_t key_off = (8 + ka - 1) / ka * ka, elem_off = (key_off + type_size(k) + va - 1) / va * va;
    int64_t align = ka > va ? ka : va;
    if (align < 8)
        align = 8;
    int64_t stride = (elem_off + type_size(v) + align - 1) / align * align;
    int64_t store = (8 + (16 * 8 + stride - 1) / stride) * stride;
    bool big_hint = hint && hint->op == IR_CONST && hint->cval && hint->cval->kind == CV_INT && const_int64(hint->cval) > 8;
    if (big_hint || type_size(k) > 128 || type_size(v) > 128)
        store = 0;
    return xprintf("uint64_t gosub_stk%d[GOSUB_MAP_HEADER_WORDS + %lld];", id, (long long)(store / 8));
}

/* string(b) that only lends b's bytes to an operation that keeps no
 * reference to them (Go's OBYTES2STRTMP, order.go): the key of a map read,
 * an operand of a string comparison, and an operand of a concatenation that
 * has a non-empty literal (which is then never the result on its own). */
static bool is_bytes_to_string(IrNode *x)
{
    return x && x->op == IR_CONVERT && type_is_string(x->type) && underlying(x->x->type)->kind == TY_SLICE &&
           underlying(underlying(x->x->type)->elem)->kind == TY_UINT8;
}

static void mark_aliased_bytes(IrNode *n)
{
    switch (n->op) {
    case IR_MAPINDEX:
        if (is_bytes_to_string(n->y))
            n->y->alias_bytes = true;
        return;
    case IR_BINARY:
        if (is_comparison_tok(n->tok) && type_is_string(n->x->type)) {
            if (is_bytes_to_string(n->x))
                n->x->alias_bytes = true;
            if (is_bytes_to_string(n->y))
                n->y->alias_bytes = true;
        }
        return;
    case IR_CONCAT: {
        bool literal = false;
        for (int i = 0; i < n->args->len; i++) {
            IrNode *a = list_at(n->args, i);
            literal |= a->op == IR_CONST && a->cval && a->cval->slen > 0;
        }
        for (int i = 0; literal && i < n->args->len; i++)
            if (is_bytes_to_string(list_at(n->args, i)))
                ((IrNode *)list_at(n->args, i))->alias_bytes = true;
        return;
    }
    default:
        return;
    }
}

/* The frame's storage for the allocation sites escape analysis kept on the
 * stack: locals of the whole function, since a statement expression's
 * locals end with it; each run of the site zeroes its slot. */
static void declare_slots(Emitter *e, IrNode *n)
{
    if (!n)
        return;
    mark_aliased_bytes(n);
    if (n->on_stack) {
        const char *decl = NULL;
        int id = ++e->nslots;
        Type *u = n->type ? underlying(n->type) : NULL;
        switch (n->op) {
        case IR_NEW:
            decl = xprintf("%s gosub_stk%d;", ctype(e, u->elem), id);
            break;
        case IR_TOIFACE:
            if (underlying(n->x->type)->kind != TY_INTERFACE && box_form(n) == BOX_STACK)
                decl = xprintf("%s gosub_stk%d;", ctype(e, n->x->type), id);
            break;
        case IR_CLOSURE:
            if (n->func->captures->len)
                decl = xprintf("%s gosub_stk%d;", closure_struct(e, n->func), id);
            break;
        case IR_MAKEMAP:
            decl = map_frame_decl(n->type, n->x, id);
            break;
        case IR_COMPLIT:
            if (u->kind == TY_MAP) {
                IrNode hint = {.op = IR_CONST, .cval = const_make_int64(n->args->len)};
                decl = map_frame_decl(n->type, &hint, id);
            }
            if (u->kind == TY_SLICE) {
                int64_t count = 0;
                for (int i = 0; i < n->args->len; i++) {
                    IrNode *el = list_at(n->args, i);
                    if (el->label + 1 > count)
                        count = el->label + 1;
                }
                decl = xprintf("%s gosub_stk%d[%lld];", ctype(e, u->elem), id, (long long)(count ? count : 1));
            }
            break;
        case IR_DEFER:
            decl = xprintf("GoDeferRecord gosub_stk%d;", id);
            break;
        case IR_MAKESLICE: {
            int64_t cap = const_int64((n->y ? n->y : n->x)->cval);
            decl = xprintf("%s gosub_stk%d[%lld];", ctype(e, u->elem), id, (long long)(cap > 0 ? cap : 1));
            break;
        }
        case IR_CONCAT:                    /* Go's tmpBuf */
            decl = xprintf("uint8_t gosub_stk%d[GOSUB_TMPBUF_SIZE];", id);
            break;
        case IR_CONVERT: {                 /* the string conversions: Go's buffers */
            Type *from = underlying(n->x->type);
            if (n->alias_bytes)
                break;
            if (type_is_string(u) && type_is_integer(from))                       /* string(r) */
                decl = xprintf("uint8_t gosub_stk%d[4];", id);
            else if (type_is_string(u) && from->kind == TY_SLICE)                 /* string(b), string(runes) */
                decl = xprintf("uint8_t gosub_stk%d[GOSUB_TMPBUF_SIZE];", id);
            else if (u->kind == TY_SLICE && type_is_string(from)) {
                if (underlying(u->elem)->kind != TY_UINT8)                         /* []rune(s) */
                    decl = xprintf("go_int32 gosub_stk%d[GOSUB_TMPBUF_SIZE];", id);
                else if (n->x->op != IR_CONST || !n->x->cval)                      /* []byte(s) */
                    decl = xprintf("uint8_t gosub_stk%d[GOSUB_TMPBUF_SIZE];", id);
                else if (n->x->cval->slen <= MAX_IMPLICIT_STACK)                   /* []byte("...") */
                    decl = xprintf("uint8_t gosub_stk%d[%lld];", id,
                                   (long long)(n->x->cval->slen ? n->x->cval->slen : 1));
            }
            break;
        }
        default:
            break;
        }
        if (decl) {
            n->slot = id;
            newline(e);
            out(e, "%s", decl);
        } else {
            n->on_stack = false;           /* no stack form yet: the heap is always correct */
        }
    }
    declare_slots(e, n->x);
    declare_slots(e, n->y);
    declare_slots(e, n->then);
    declare_slots(e, n->els);
    declare_slots(e, n->body);
    for (int i = 0; n->args && i < n->args->len; i++)
        declare_slots(e, list_at(n->args, i));
}

enum { HUGE_INIT_NODES = 20000 };

/* The nodes in n's tree, counting no further than limit. */
static int count_nodes(IrNode *n, int limit)
{
    if (!n || limit <= 0)
        return 0;
    int k = 1;
    IrNode *kids[] = {n->x, n->y, n->then, n->els, n->body};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0] && k < limit; i++)
        k += count_nodes(kids[i], limit - k);
    for (int i = 0; n->args && i < n->args->len && k < limit; i++)
        k += count_nodes(list_at(n->args, i), limit - k);
    return k;
}

static void emit_func(Emitter *e, IrFunc *f)
{
    if (f->external)
        return;                            /* the runtime's C implements it */
    e->fn = f;
    e->result_ctype = f->sig && f->sig->results->len > 1 ? ctype(e, type_tuple(f->sig->results)) : NULL;
    line_directive(e, f->pos);
    out(e, "\n");
    /* Package initialisation runs once, and a table of thousands of
       composite literals makes one huge function that the C compiler
       takes minutes to optimise: a big one is compiled for speed of
       compiling. (Not every one: -O0 keeps each temporary in the frame.) */
    bool init_func = f->decl && f->decl->kind == N_FUNCDECL && !f->decl->recv && f->decl->name &&
                     strcmp(f->decl->name, "init") == 0;
    if ((f == e->ctx->program->init || init_func) && count_nodes(f->body, HUGE_INIT_NODES) >= HUGE_INIT_NODES)
        out(e, "__attribute__((optimize(\"O0\"), cold)) ");
    emit_signature(e, f);
    out(e, "\n{");
    e->indent = 1;
    if (f->is_closure && f->captures->len) {
        newline(e);
        const char *st = closure_struct(e, f);
        out(e, "%s *self = (%s *)gosub_self;", st, st);
    } else if (f->is_closure) {
        newline(e);
        out(e, "(void)gosub_self;");
    }
    if (f->calls_recover) {
        /* first thing: whether a panic called this function as a deferred call */
        newline(e);
        out(e, "go_bool gosub_may_recover = gosub_defer_claim((void (*)(void))%s);", f->cname);
    }
    e->deferred_call = NULL;
    if (f->is_defer_thunk && f->body->args->len == 1) {
        IrNode *s0 = list_at(f->body->args, 0);
        if (s0->op == IR_EXPR && (s0->x->op == IR_CALL || s0->x->op == IR_IFACECALL))
            e->deferred_call = s0->x;
    }
    if (f->forwards_to && f->forwards_to->calls_recover) {
        newline(e);                        /* deferred, a method value is still its method */
        out(e, "gosub_defer_forward((void (*)(void))%s, (void (*)(void))%s);", f->cname, f->forwards_to->cname);
    }
    for (int i = 0; i < f->locals->len; i++) {
        IrVar *v = list_at(f->locals, i);
        if (v->is_param && !v->on_heap)
            continue;
        newline(e);
        if (v->on_heap)
            out(e, "%s *%s = %s;", ctype(e, v->type), v->cname,
                v->is_param ? xprintf("gosub_new(%s)", type_descriptor(e, v->type)) : "NULL");
        else if (v->in_cell)
            out(e, "%s %s_cell = %s; %s *%s = &%s_cell;", ctype(e, v->type), v->cname, zero_value(e, v->type),
                ctype(e, v->type), v->cname, v->cname);
        else
            out(e, "%s %s = %s;", ctype(e, v->type), v->cname, zero_value(e, v->type));
        if (v->is_param && v->on_heap)
            out(e, " *%s = %s_arg;", v->cname, v->cname);
    }
    e->nslots = 0;
    declare_slots(e, f->body);
    if (!f->has_defer) {
        emit_block_body(e, f->body);
        e->indent = 0;
        out(e, "\n}\n\n");
        e->line_no = 0;
        return;
    }
    /* The frame of deferred calls. setjmp returns again, non-zero, when a
     * panic unwinds to this function; what is read after that (the named
     * results) lives in heap cells, set up before setjmp. */
    const char *rt = result_ctype(e, f->sig);
    if (!f->results->len && strcmp(rt, "void") != 0) {
        newline(e);
        out(e, "%s gosub_result = %s;", rt, zero_value(e, f->sig->results->len == 1
                                                            ? ((Field *)list_at(f->sig->results, 0))->type
                                                            : type_tuple(f->sig->results)));
    }
    newline(e);
    out(e, "GoDeferFrame gosub_frame;");
    int first_user = f->results->len;     /* the body starts with the named results' declarations */
    for (int i = 0; i < first_user && i < f->body->args->len; i++)
        emit_stmt(e, list_at(f->body->args, i));
    newline(e);
    out(e, "gosub_defer_enter(&gosub_frame);");
    if (f->calls_recover) {
        newline(e);
        out(e, "gosub_frame.may_recover = gosub_may_recover;   /* for a deferred recover() */");
    }
    newline(e);
    out(e, "if (setjmp(gosub_frame.jb)) {");
    newline(e);
    out(e, "    gosub_defer_unwind(&gosub_frame);   /* returns only if recovered */");
    newline(e);
    out(e, "    return%s;", f->results->len || strcmp(rt, "void") == 0 ? deferred_result(e, f)
                                                                 : xprintf(" %s", zero_value(e, f->sig->results->len == 1
                                                                     ? ((Field *)list_at(f->sig->results, 0))->type
                                                                     : type_tuple(f->sig->results))));
    newline(e);
    out(e, "}");
    for (int i = first_user; i < f->body->args->len; i++)
        emit_stmt(e, list_at(f->body->args, i));
    out(e, "\ngosub_epilogue:");
    newline(e);
    out(e, "gosub_defer_return(&gosub_frame);");
    newline(e);
    out(e, "return%s;", deferred_result(e, f));
    e->indent = 0;
    out(e, "\n}\n\n");
    e->line_no = 0;
}

static FILE *section(char **buf, size_t *len)
{
    FILE *f = open_memstream(buf, len);
    if (!f) {
        perror("gosub: open_memstream");
        exit(2);
    }
    return f;
}

/* The collector's roots among the globals: each global that can hold a
 * pointer, with the descriptor whose bitmap says which of its words do. The
 * table is emitted even when empty: its presence is what tells the runtime
 * not to scan the program's static data conservatively. */
static void emit_roots(Emitter *e, Program *p)
{
    out(e, "const GoRoot gosub_program_roots[] = {\n");
    int n = 0;
    for (int i = 0; i < p->globals->len; i++) {
        IrVar *v = list_at(p->globals, i);
        if (strcmp(v->name, "_") == 0 || !type_has_pointers(v->type))
            continue;
        out(e, "    {&%s, %s},\n", v->cname, type_descriptor(e, v->type));
        n++;
    }
    if (n == 0)
        out(e, "    {0, 0},\n");              /* C has no empty arrays */
    out(e, "};\nconst go_int gosub_program_nroots = %d;\n", n);
}

/* The C file: forward declarations, type definitions, prototypes and
 * globals, descriptors (with method wrappers and itabs), functions. Types and descriptors are written as the
 * functions first need them, into their own sections, then all is joined. */
bool emit_c(Ctx *ctx, FILE *file)
{
    Emitter *e = xalloc(sizeof *e);
    e->ctx = ctx;
    e->line_file = -1;
    e->ctypes = list_new();
    e->wrappers = list_new();
    e->itabs = list_new();
    e->fwd = section(&e->fwd_buf, &e->fwd_len);
    e->types = section(&e->types_buf, &e->types_len);
    e->descs = section(&e->descs_buf, &e->descs_len);
    e->protos = section(&e->protos_buf, &e->protos_len);
    e->fns = section(&e->fns_buf, &e->fns_len);
    Program *p = ctx->program;

    e->out = e->protos;
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (strcmp(f->cname, "main__main") == 0)
            continue;                      /* declared by gosub_rt.h */
        emit_signature(e, f);
        out(e, ";\n");
    }
    for (int i = 0; i < p->globals->len; i++) {
        IrVar *v = list_at(p->globals, i);
        if (strcmp(v->name, "_") == 0)
            continue;
        out(e, "static %s %s;\n", ctype(e, v->type), v->cname);
    }
    e->out = e->fns;
    emit_func(e, p->init);
    for (int i = 0; i < p->funcs->len; i++)
        emit_func(e, list_at(p->funcs, i));

    emit_roots(e, p);

    /* structs so far only pointed to still need their members for -> */
    for (int i = 0; i < e->ctypes->len; i++) {
        CType *c = list_at(e->ctypes, i);
        Type *u = underlying(c->type);
        if (c->cname && (u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_TUPLE))
            define_struct(e, c->layout);
    }
    fclose(e->fwd);
    fclose(e->types);
    fclose(e->descs);
    fclose(e->protos);
    fclose(e->fns);
    fprintf(file, "/* Generated by gosub from");
    for (int i = 0; i < ctx->files->len; i++)
        fprintf(file, " %s", ((SourceFile *)list_at(ctx->files, i))->path);
    fprintf(file, ". Do not edit. */\n#include \"gosub_rt.h\"\n\n");
    fwrite(e->fwd_buf, 1, e->fwd_len, file);
    fputc('\n', file);
    fwrite(e->types_buf, 1, e->types_len, file);
    fputc('\n', file);
    fwrite(e->protos_buf, 1, e->protos_len, file);
    fputc('\n', file);
    fwrite(e->descs_buf, 1, e->descs_len, file);
    fputc('\n', file);
    fwrite(e->fns_buf, 1, e->fns_len, file);
    return ctx->nerrors == 0;
}
