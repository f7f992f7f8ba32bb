/*
 * check.c — the type checker: names, scopes, types, constants, in gc's words.
 *
 * It walks the parser's AST (one N_FILE per source file of package main) and
 * annotates it in place: every expression gets its Type (Node.ty), its mode
 * (a constant, a variable, a plain value, a type...) and, for constants, its
 * exact value (Node.cval); every identifier gets the Object it denotes
 * (Node.obj). The IR builder (ir.c) reads only checked trees.
 *
 * The structure follows types2, the checker inside gc, so that its messages
 * can be gc's: package-level objects are collected first and checked on
 * demand (so declaration order does not matter at package level), function
 * bodies last. Untyped constants stay untyped until their context fixes a type
 * (assignment, operand of a typed operator, argument), and are then converted
 * and checked for representability.
 *
 * What the later stages cannot lower yet is reported by them (ir.c), not here:
 * the checker knows the whole language it can check.
 */
#include "gosub.h"
#include "parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Checker {
    Ctx *ctx;
    Scope *universe;
    Scope *package;                        /* package main's scope */
    Scope *scope;                          /* innermost scope while checking */
    Type *result_sig;                      /* signature of the function being checked */
    List *file_scopes;                     /* per file index: its imports (Object* OBJ_PACKAGE) */
    Package *pkg;                          /* the package being checked */
    int iota;                              /* value of iota in the constant being checked, or -1 */
    List *pending;                         /* objects being resolved (cycle detection) */
    Type *error_type;
    int func_depth;                        /* 1 in a function body, +1 per function literal */
    Object *decl_obj;                      /* the package-level var or func whose initializer
                                              or body is being checked: uses become its deps */
    List *var_cycles;                      /* vars met again while being resolved: the
                                              initialization order reports their loops */
    List *funclits;                        /* the N_FUNCLITs being checked, innermost last */
    List *pending_embeds;                  /* pairs: interface, embedded interface still being
                                              declared; completed after the package's types */
    bool conversion;                       /* checking T(x): representability errors say "convert" */
    bool operand_of_binary;                /* converting an operand of x op y */
    bool implicit_conversion;              /* an index or size becoming int: "1.5 (...) truncated to int" */
    const char *context;                   /* what an untyped constant is being converted for,
                                              for messages ("variable declaration") */
    int loops, breakables;                 /* enclosing for loops; and switches and selects */
    int type_indirection;                  /* > 0: resolving behind a pointer, slice, map,
                                              chan, func or method: a type may refer to itself */
} Checker;

static void check_expr(Checker *c, Node *n, Type *hint);
static void check_value(Checker *c, Node *n, Type *hint);
static Type *multi_value_type(Node *x, int n);
static void check_func_body(Checker *c, Type *sig, Node *body, Pos rbrace);
static bool result_assignable(Checker *c, Type *v, Type *t);
static const char *operand_string(Node *x);
static void report_mismatch(Checker *c, Pos pos, int n, List *rhs);
static void check_stmt(Checker *c, Node *n);
static void check_block(Checker *c, List *stmts);
static Type *resolve_type(Checker *c, Node *n);
static void resolve_object(Checker *c, Object *obj);
static void assign_to(Checker *c, Node *x, Type *t, const char *context);

/* ---------------------------------------------------------------- scopes */

static Scope *scope_open(Checker *c, bool is_func)
{
    Scope *s = xalloc(sizeof *s);
    s->parent = c->scope;
    s->names = list_new();
    s->is_func = is_func;
    c->scope = s;
    return s;
}

static void report_unused(Checker *c, Scope *s)
{
    for (int i = 0; i < s->names->len; i++) {
        Object *o = list_at(s->names, i);
        if (o->kind == OBJ_VAR && !o->used && !o->is_param && !o->is_global &&
            strcmp(o->name, "_") != 0)
            error_at(c->ctx, o->pos, "%s declared but not used", o->name);
    }
}

static void scope_close(Checker *c)
{
    report_unused(c, c->scope);
    c->scope = c->scope->parent;
}

static Object *scope_find_local(Scope *s, const char *name)
{
    for (int i = 0; i < s->names->len; i++) {
        Object *o = list_at(s->names, i);
        if (strcmp(o->name, name) == 0)
            return o;
    }
    return NULL;
}

static Object *lookup(Checker *c, const char *name, int file)
{
    for (Scope *s = c->scope; s; s = s->parent) {
        if (s == c->package && file >= 0) {
            /* the file's imports sit between the package and the block scopes */
            List *imports = file < c->file_scopes->len ? list_at(c->file_scopes, file) : NULL;
            for (int i = 0; imports && i < imports->len; i++) {
                Object *o = list_at(imports, i);
                if (strcmp(o->name, name) == 0)
                    return o;
            }
        }
        Object *o = scope_find_local(s, name);
        if (o)
            return o;
    }
    return NULL;
}

static Object *object_new(ObjKind kind, const char *name, Pos pos)
{
    Object *o = xalloc(sizeof *o);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    return o;
}

/* Declares obj in the current scope; "_" is never declared. */
static void declare(Checker *c, Object *obj)
{
    obj->depth = c->func_depth;
    if (strcmp(obj->name, "_") == 0)
        return;
    Object *prev = scope_find_local(c->scope, obj->name);
    if (prev) {
        error_at(c->ctx, obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
                 obj->name, pos_string(c->ctx, prev->pos), obj->name);
        return;
    }
    list_push(c->scope->names, obj);
}

/* ---------------------------------------------------------------- universe */

static Type *named_type(const char *name, Type *u)
{
    Type *t = type_new(TY_NAMED);
    t->obj = object_new(OBJ_TYPE, name, (Pos){0});
    t->obj->type = t;
    t->underlying = u;
    t->methods = list_new();
    return t;
}

static void universe_init(Checker *c)
{
    static const struct { const char *name; TypeKind kind; } basics[] = {
        {"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8}, {"int16", TY_INT16},
        {"int32", TY_INT32}, {"int64", TY_INT64}, {"uint", TY_UINT}, {"uint8", TY_UINT8},
        {"uint16", TY_UINT16}, {"uint32", TY_UINT32}, {"uint64", TY_UINT64},
        {"uintptr", TY_UINTPTR}, {"float32", TY_FLOAT32}, {"float64", TY_FLOAT64},
        {"complex64", TY_COMPLEX64}, {"complex128", TY_COMPLEX128}, {"string", TY_STRING},
    };
    static const struct { const char *name; int id; } builtins[] = {
        {"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE}, {"complex", BI_COMPLEX},
        {"copy", BI_COPY}, {"delete", BI_DELETE}, {"imag", BI_IMAG}, {"len", BI_LEN},
        {"make", BI_MAKE}, {"new", BI_NEW}, {"panic", BI_PANIC}, {"print", BI_PRINT},
        {"println", BI_PRINTLN}, {"real", BI_REAL}, {"recover", BI_RECOVER},
    };
    c->scope = NULL;
    c->universe = scope_open(c, false);
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++) {
        Object *o = object_new(OBJ_TYPE, basics[i].name, (Pos){0});
        o->type = type_basic(basics[i].kind);
        list_push(c->universe->names, o);
    }
    Object *byte_obj = object_new(OBJ_TYPE, "byte", (Pos){0}), *rune_obj = object_new(OBJ_TYPE, "rune", (Pos){0});
    byte_obj->type = type_byte();
    rune_obj->type = type_rune();
    list_push(c->universe->names, byte_obj);
    list_push(c->universe->names, rune_obj);
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        Object *o = object_new(OBJ_BUILTIN, builtins[i].name, (Pos){0});
        o->builtin = builtins[i].id;
        list_push(c->universe->names, o);
    }
    static const char *consts[] = {"true", "false", "iota"};
    for (int i = 0; i < 3; i++) {
        Object *o = object_new(OBJ_CONST, consts[i], (Pos){0});
        o->type = type_basic(i < 2 ? TY_UNTYPED_BOOL : TY_UNTYPED_INT);
        o->cval = xalloc(sizeof(ConstVal));
        o->cval->kind = i < 2 ? CV_BOOL : CV_INT;
        o->cval->b = i == 0;
        list_push(c->universe->names, o);
    }
    list_push(c->universe->names, object_new(OBJ_NIL, "nil", (Pos){0}));

    /* error: interface{ Error() string } */
    Type *sig = type_new(TY_FUNC);
    sig->params = list_new();
    sig->results = list_new();
    Field *res = xalloc(sizeof *res);
    res->type = type_basic(TY_STRING);
    list_push(sig->results, res);
    Type *iface = type_new(TY_INTERFACE);
    iface->methods = list_new();
    Field *m = xalloc(sizeof *m);
    m->name = "Error";
    m->type = sig;
    list_push(iface->methods, m);
    c->error_type = named_type("error", iface);
    list_push(c->universe->names, c->error_type->obj);
    Type *any = type_new(TY_INTERFACE);
    any->methods = list_new();
    any->alias_name = "any";               /* gc's -m lines spell it so */
    Object *any_obj = object_new(OBJ_TYPE, "any", (Pos){0});
    any_obj->type = any;
    list_push(c->universe->names, any_obj);
}

/* ---------------------------------------------------------------- constants */

/* Constant values and their exact arithmetic are constant.c's (go/constant's
 * rules); this section makes them from literals and checks that a constant
 * fits the type it is given, in types2's words. */

/* Decodes a Go string or rune literal's escapes; the lexer checked them. */
static int64_t unquote(const char *lit, int len, char *out)
{
    int64_t n = 0;
    if (lit[0] == '`') {
        for (int i = 1; i < len - 1; i++)
            if (lit[i] != '\r')
                out[n++] = lit[i];
        return n;
    }
    for (int i = 1; i < len - 1; i++) {
        if (lit[i] != '\\') {
            out[n++] = lit[i];
            continue;
        }
        char e = lit[++i];
        uint32_t r = 0;
        int digits = 0, base = 16;
        bool is_byte = false;
        switch (e) {
        case 'a': out[n++] = '\a'; continue;
        case 'b': out[n++] = '\b'; continue;
        case 'f': out[n++] = '\f'; continue;
        case 'n': out[n++] = '\n'; continue;
        case 'r': out[n++] = '\r'; continue;
        case 't': out[n++] = '\t'; continue;
        case 'v': out[n++] = '\v'; continue;
        case '\\': out[n++] = '\\'; continue;
        case '\'': out[n++] = '\''; continue;
        case '"': out[n++] = '"'; continue;
        case 'x': digits = 2; is_byte = true; i++; break;
        case 'u': digits = 4; i++; break;
        case 'U': digits = 8; i++; break;
        default: digits = 3; base = 8; is_byte = true; break;
        }
        for (int k = 0; k < digits && i < len - 1; k++, i++) {
            char d = lit[i];
            int v = d >= 'a' ? d - 'a' + 10 : d >= 'A' ? d - 'A' + 10 : d - '0';
            r = r * (uint32_t)base + (uint32_t)v;
        }
        i--;
        if (is_byte) {
            out[n++] = (char)r;
        } else if (r < 0x80) {
            out[n++] = (char)r;
        } else if (r < 0x800) {
            out[n++] = (char)(0xC0 | (r >> 6));
            out[n++] = (char)(0x80 | (r & 0x3F));
        } else if (r < 0x10000) {
            out[n++] = (char)(0xE0 | (r >> 12));
            out[n++] = (char)(0x80 | ((r >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (r & 0x3F));
        } else {
            out[n++] = (char)(0xF0 | (r >> 18));
            out[n++] = (char)(0x80 | ((r >> 12) & 0x3F));
            out[n++] = (char)(0x80 | ((r >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (r & 0x3F));
        }
    }
    return n;
}

/* Decodes one UTF-8 sequence from a rune literal's unquoted bytes. */
static int32_t decode_rune(const unsigned char *s, int64_t n)
{
    if (n == 1 || s[0] < 0x80)
        return s[0];
    if ((s[0] & 0xE0) == 0xC0)
        return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if ((s[0] & 0xF0) == 0xE0)
        return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static ConstVal *literal_value(Checker *c, Node *n)
{
    switch (n->op) {
    case TK_CHAR: {
        char *buf = xalloc((size_t)n->litlen + 4);
        int64_t len = unquote(n->lit, n->litlen, buf);
        bool escaped_byte = n->litlen > 2 && n->lit[1] == '\\' &&
                            (n->lit[2] == 'x' || (n->lit[2] >= '0' && n->lit[2] <= '7'));
        return const_make_int64(escaped_byte ? (unsigned char)buf[0] : decode_rune((unsigned char *)buf, len));
    }
    case TK_STRING: {
        char *buf = xalloc((size_t)n->litlen + 1);
        int64_t len = unquote(n->lit, n->litlen, buf);
        return const_make_string(buf, len);
    }
    default: {                             /* TK_INT, TK_FLOAT, TK_IMAG */
        /* types2 refuses number literals longer than this: no constant
         * needs them, and converting them would take long */
        if (n->litlen > 10000) {
            error_at(c->ctx, n->pos, "excessively long constant: %.10s... (%d chars)", n->lit, n->litlen);
            return NULL;
        }
        bool malformed;
        ConstVal *v = const_from_literal(n->op, n->lit, (size_t)n->litlen, &malformed);
        if (!v && !malformed)              /* well formed, but beyond any float: 1e+1000000000000 */
            error_at(c->ctx, n->pos, "malformed constant: %.*s", n->litlen, n->lit);
        return v;                          /* malformed: the lexer reported it */
    }
    }
}

/* A constant that t cannot represent, in the words gc uses where it
 * happened: a conversion T(x), an implicit conversion (of an index, a
 * shift count, or an operand of a binary operation to the other's type:
 * types2's invalidConversion, which names the underlying type), or an
 * assignment of some kind (c->context). */
static void report_unrepresentable(Checker *c, Node *x, Type *t, const char *why)
{
    if (c->conversion)
        error_at(c->ctx, node_start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(t));
    else if (c->implicit_conversion || c->operand_of_binary)
        error_at(c->ctx, node_start_pos(x), "%s %s%s %s", operand_string(x), why,
                 strcmp(why, "truncated") == 0 ? " to" : "", type_string(underlying(t)));
    else if (!type_is_untyped(x->ty))
        error_at(c->ctx, node_start_pos(x), "%s overflows %s", operand_string(x), type_string(t));
    else
        error_at(c->ctx, node_start_pos(x), "cannot use %s as %s value in %s (%s)", operand_string(x), type_string(t),
                 c->context ? c->context : "assignment", why);
}

/* Converts constant x in place to type t (whose underlying type is basic):
 * an integer type's value is an integer, a float or complex type's is
 * rounded to it. Reports gc's error when t cannot represent the value. */
static bool represent(Checker *c, Node *x, Type *t)
{
    Type *u = underlying(t);
    ConstVal *rounded;
    if (const_representable(x->cval, u->kind, &rounded)) {
        x->cval = rounded;
        return true;
    }
    /* types2's representation(): between numeric types, a constant of a
     * non-integer type given an integer type is "truncated" (even 1e100,
     * an integer value), anything else "overflows" (even 1+2i as float64) */
    if (type_is_numeric(x->ty) && type_is_numeric(u))
        report_unrepresentable(c, x, t, !type_is_integer(x->ty) && type_is_integer(u) ? "truncated" : "overflows");
    return false;
}

/* ---------------------------------------------------------------- operand descriptions */

static const char *untyped_name(Type *t)
{
    return type_string(t);               /* "untyped int", ... */
}

/* An operand as types2 describes it: `x (variable of type int)`. */
static const char *operand_string(Node *x)
{
    const char *e = expr_string(x);
    switch (x->mode) {
    case MODE_NIL: return "nil";
    case MODE_CONST: {
        const char *v = const_string(x->cval);
        const char *val = strcmp(v, e) ? xprintf(" %s", v) : "";
        if (type_is_untyped(x->ty))
            return xprintf("%s (%s constant%s)", e, untyped_name(x->ty), val);
        return xprintf("%s (constant%s of type %s)", e, val, type_string(x->ty));
    }
    case MODE_VAR: case MODE_MAPINDEX:
        return xprintf("%s (variable of type %s)", e, type_string(x->ty));
    case MODE_NOVALUE: return xprintf("%s (no value)", e);
    case MODE_TYPE: return xprintf("%s (type)", e);
    case MODE_BUILTIN: return xprintf("%s (built-in)", e);
    default:
        if (type_is_untyped(x->ty))
            return xprintf("%s (%s value)", e, untyped_name(x->ty));
        return xprintf("%s (value of type %s)", e, type_string(x->ty));
    }
}

static void set_invalid(Node *x)
{
    x->mode = MODE_INVALID;
    x->ty = type_basic(TY_INVALID);
}

static bool is_invalid(Node *x)
{
    return x->mode == MODE_INVALID;
}

/* ---------------------------------------------------------------- assignability */

/* Why t does not implement iface, as types2 words it, or NULL if it does.
 * The method set of a defined type T holds its value-receiver methods; that
 * of *T holds them all. */
static const char *missing_method(Checker *c, Type *t, Type *iface)
{
    Type *iu = underlying(iface);
    if (!iu->methods || iu->methods->len == 0)
        return NULL;
    Type *u = underlying(t);
    for (int i = 0; i < iu->methods->len; i++) {
        Field *m = list_at(iu->methods, i);
        if (u->kind == TY_INTERFACE) {
            bool found = false;
            for (int k = 0; u->methods && k < u->methods->len; k++) {
                Field *h = list_at(u->methods, k);
                if (strcmp(h->name, m->name) == 0 && type_identical(h->type, m->type))
                    found = true;
            }
            if (!found)
                return xprintf("(missing %s method)", m->name);
            continue;
        }
        Selection sel;
        if (!lookup_selector(t, m->name, &sel) || sel.field)
            return xprintf("(missing %s method)", m->name);
        Type *have = NULL;
        bool ptr_receiver = false;
        if (sel.method) {
            resolve_object(c, sel.method);
            have = sel.method->type;
            ptr_receiver = sel.method->decl && sel.method->decl->recv && sel.method->decl->recv->type->kind == N_STAR;
        } else {
            have = sel.imethod->type;
        }
        if (!type_identical(have, m->type))
            return xprintf("(wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s", m->name, m->name,
                           type_string(have) + 4, m->name, type_string(m->type) + 4);
        if (ptr_receiver && !sel.indirect)
            return xprintf("(%s method has pointer receiver)", m->name);
    }
    return NULL;
}

/* The spec's assignability of a (typed) value of type v to type t. */
static bool assignable(Checker *c, Type *v, Type *t)
{
    if (type_identical(v, t))
        return true;
    Type *vu = underlying(v), *tu = underlying(t);
    if (!vu || !tu)
        return false;
    if ((v->kind != TY_NAMED || t->kind != TY_NAMED) && type_identical(vu, tu) &&
        vu->kind >= TY_ARRAY)
        return true;
    if (tu->kind == TY_INTERFACE)
        return missing_method(c, v, t) == NULL;
    /* a bidirectional channel goes where a directional one is wanted */
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH && type_identical(vu->elem, tu->elem) &&
        (v->kind != TY_NAMED || t->kind != TY_NAMED))
        return true;
    return false;
}

/* Gives an untyped operand its final type t (or its default type when t is
 * NULL or an interface), checking the constant fits. */
static void convert_untyped(Checker *c, Node *x, Type *t)
{
    if (is_invalid(x) || !type_is_untyped(x->ty))
        return;
    if (x->mode == MODE_NIL) {
        Type *tu = t ? underlying(t) : NULL;
        if (tu && (tu->kind == TY_POINTER || tu->kind == TY_SLICE || tu->kind == TY_MAP ||
                   tu->kind == TY_CHAN || tu->kind == TY_FUNC || tu->kind == TY_INTERFACE ||
                   tu->kind == TY_UNSAFEPTR)) {
            x->ty = t;
            return;
        }
        if (t)
            error_at(c->ctx, node_start_pos(x), "cannot use nil as %s value in assignment", type_string(t));
        else
            error_at(c->ctx, node_start_pos(x), "use of untyped nil in assignment");
        set_invalid(x);
        return;
    }
    Type *target = t;
    if (!target || underlying(target)->kind == TY_INTERFACE)
        target = default_type(x->ty);
    Type *tu = underlying(target);
    bool ok = (type_is_numeric(x->ty) && type_is_numeric(tu)) ||
              (type_is_string(x->ty) && type_is_string(tu)) ||
              (type_is_boolean(x->ty) && type_is_boolean(tu));
    if (!ok) {
        error_at(c->ctx, node_start_pos(x), "cannot use %s as %s value in assignment", operand_string(x),
                 type_string(target));
        set_invalid(x);
        return;
    }
    if (x->mode == MODE_CONST && !represent(c, x, target)) {
        set_invalid(x);
        return;
    }
    x->ty = target;
}

static void assign_to_in(Checker *c, Node *x, Type *t, const char *context);
static bool valid_index(Checker *c, Node *x, const char *what, bool allow_negative);

static void assign_to(Checker *c, Node *x, Type *t, const char *context)
{
    const char *saved = c->context;
    c->context = context;
    assign_to_in(c, x, t, context);
    c->context = saved;
}

static void assign_to_in(Checker *c, Node *x, Type *t, const char *context)
{
    if (is_invalid(x) || !t || t->kind == TY_INVALID || !underlying(t))
        return;
    if (x->mode == MODE_TYPE || x->mode == MODE_NOVALUE || x->mode == MODE_BUILTIN) {
        if (x->mode == MODE_NOVALUE)
            error_at(c->ctx, node_start_pos(x), "%s (no value) used as value", expr_string(x));
        else if (x->mode == MODE_TYPE)
            error_at(c->ctx, node_start_pos(x), "%s (type) is not an expression", expr_string(x));
        else
            error_at(c->ctx, node_start_pos(x), "%s (built-in) must be called", expr_string(x));
        set_invalid(x);
        return;
    }
    if (type_is_untyped(x->ty)) {
        Type *tu = underlying(t);
        if (x->mode == MODE_NIL || tu->kind == TY_INTERFACE || type_is_numeric(tu) ==
                type_is_numeric(x->ty) || type_is_string(tu) || type_is_boolean(tu)) {
            bool compatible = x->mode == MODE_NIL || tu->kind == TY_INTERFACE ||
                              (type_is_numeric(x->ty) && type_is_numeric(tu)) ||
                              (type_is_string(x->ty) && type_is_string(tu)) ||
                              (type_is_boolean(x->ty) && type_is_boolean(tu));
            if (compatible) {
                convert_untyped(c, x, t);
                if (!is_invalid(x) && tu->kind == TY_INTERFACE && !assignable(c, x->ty, t)) {
                    error_at(c->ctx, node_start_pos(x), "cannot use %s as %s value in %s", operand_string(x),
                             type_string(t), context);
                    set_invalid(x);
                }
                return;
            }
        }
        Type *tk = underlying(t);
        if (x->mode == MODE_CONST && tk->kind >= TY_ARRAY && tk->kind != TY_INTERFACE)
            error_at(c->ctx, node_start_pos(x), "cannot convert %s to %s", operand_string(x), type_string(t));
        else
            error_at(c->ctx, node_start_pos(x), "cannot use %s as %s value in %s", operand_string(x), type_string(t), context);
        set_invalid(x);
        return;
    }
    if (!assignable(c, x->ty, t)) {
        const char *why = underlying(t)->kind == TY_INTERFACE ? missing_method(c, x->ty, t) : NULL;
        if (why)
            error_at(c->ctx, node_start_pos(x), "cannot use %s as type %s in %s:\n\t%s does not implement %s %s",
                     operand_string(x), type_string(t), context, type_string(x->ty), type_string(t), why);
        else
            error_at(c->ctx, node_start_pos(x), "cannot use %s as type %s in %s", operand_string(x), type_string(t), context);
        set_invalid(x);
    }
}

/* ---------------------------------------------------------------- types */

static Type *func_type(Checker *c, Node *n, bool declare_params);

/* A tag as types print it: its value, requoted ("bar", whether written
 * `bar` or "bar"); an empty tag is no tag. */
static const char *normalized_tag(const char *lit)
{
    size_t n = strlen(lit);
    if (n <= 2)
        return NULL;
    if (lit[0] == '"')
        return lit;
    return xprintf("\"%.*s\"", (int)(n - 2), lit + 1);
}

static int compare_field_names(const void *a, const void *b)
{
    return strcmp((*(Field *const *)a)->name, (*(Field *const *)b)->name);
}

static Type *resolve_type(Checker *c, Node *n)
{
    switch (n->kind) {
    case N_IDENT:
    case N_SELECTOR:
    case N_PAREN:
        check_expr(c, n, NULL);
        if (is_invalid(n))
            return type_basic(TY_INVALID);
        if (n->mode != MODE_TYPE) {
            error_at(c->ctx, n->pos, "%s is not a type", operand_string(n));
            return type_basic(TY_INVALID);
        }
        return n->ty;
    case N_STAR: {
        n->mode = MODE_TYPE;
        c->type_indirection++;
        Type *elem = resolve_type(c, n->x);
        c->type_indirection--;
        return n->ty = type_pointer(elem);
    }
    case N_ARRAYTYPE: {
        n->mode = MODE_TYPE;
        if (!n->len) {
            c->type_indirection++;
            Type *elem = resolve_type(c, n->elem);
            c->type_indirection--;
            return n->ty = type_slice(elem);
        }
        Type *elem = resolve_type(c, n->elem);
        if (n->len->kind == N_ELLIPSIS) {
            error_at(c->ctx, n->len->pos, "invalid use of [...] array (outside a composite literal)");
            return n->ty = type_basic(TY_INVALID);
        }
        check_expr(c, n->len, NULL);
        if (is_invalid(n->len))
            return n->ty = type_basic(TY_INVALID);
        if (n->len->mode != MODE_CONST) {
            error_at(c->ctx, n->len->pos, "array length %s (%s) must be constant",
                     expr_string(n->len), "value");
            return n->ty = type_basic(TY_INVALID);
        }
        /* types2's arrayLength: an integer value ([2.0]int will do) that
         * an int can hold, and not negative */
        ConstVal *len = type_is_untyped(n->len->ty) || type_is_integer(n->len->ty) ? const_to_int(n->len->cval) : NULL;
        ConstVal *as_int;
        if (!len || !const_representable(len, TY_INT, &as_int)) {
            error_at(c->ctx, node_start_pos(n->len), "array length %s must be integer", operand_string(n->len));
            return n->ty = type_basic(TY_INVALID);
        }
        if (const_sign(len) < 0) {
            error_at(c->ctx, node_start_pos(n->len), "invalid array length %s", operand_string(n->len));
            return n->ty = type_basic(TY_INVALID);
        }
        return n->ty = type_array(elem, const_int64(len));
    }
    case N_MAPTYPE: {
        n->mode = MODE_TYPE;
        c->type_indirection++;
        Type *key = resolve_type(c, n->key);
        Type *elem = resolve_type(c, n->elem);
        c->type_indirection--;
        if (key->kind != TY_INVALID && underlying(key) && !type_is_comparable(key))
            error_at(c->ctx, n->key->pos, "invalid map key type %s", type_string(key));
        return n->ty = type_map(key, elem);
    }
    case N_CHANTYPE: {
        n->mode = MODE_TYPE;
        c->type_indirection++;
        Type *elem = resolve_type(c, n->elem);
        c->type_indirection--;
        return n->ty = type_chan(n->dir, elem);
    }
    case N_FUNCTYPE:
        n->mode = MODE_TYPE;
        c->type_indirection++;
        n->ty = func_type(c, n, false);
        c->type_indirection--;
        return n->ty;
    case N_STRUCTTYPE: {
        Type *t = type_new(TY_STRUCT);
        t->fields = list_new();
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *fd = list_at(n->list, i);
            Type *ft = resolve_type(c, fd->type);
            if ((!fd->list || fd->list->len == 0) && underlying(ft) && underlying(ft)->kind == TY_POINTER &&
                underlying(underlying(ft)->elem) && underlying(underlying(ft)->elem)->kind == TY_INTERFACE)
                error_at(c->ctx, fd->type->pos, "embedded field type cannot be a pointer to an interface");
            if (!fd->list || fd->list->len == 0) {
                Field *f = xalloc(sizeof *f);
                Node *tn = fd->type->kind == N_STAR ? fd->type->x : fd->type;
                f->name = tn->kind == N_SELECTOR ? tn->name : tn->name ? tn->name : "?";
                f->type = ft;
                f->embedded = true;
                f->pos = fd->pos;
                f->tag = fd->lit ? normalized_tag(fd->lit) : NULL;
                list_push(t->fields, f);
                continue;
            }
            for (int k = 0; k < fd->list->len; k++) {
                Node *name = list_at(fd->list, k);
                for (int j = 0; j < t->fields->len; j++) {
                    Field *g = list_at(t->fields, j);
                    if (strcmp(name->name, "_") && strcmp(g->name, name->name) == 0)
                        error_at(c->ctx, name->pos, "%s redeclared\n\t%s: other declaration of %s",
                                 name->name, pos_string(c->ctx, g->pos), name->name);
                }
                Field *f = xalloc(sizeof *f);
                f->name = name->name;
                f->type = ft;
                f->pos = name->pos;
                f->tag = fd->lit ? normalized_tag(fd->lit) : NULL;
                list_push(t->fields, f);
            }
        }
        n->mode = MODE_TYPE;
        return n->ty = t;
    }
    case N_INTERFACETYPE: {
        Type *t = type_new(TY_INTERFACE);
        t->methods = list_new();
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *fd = list_at(n->list, i);
            if (!fd->list || fd->list->len == 0) {
                Type *embedded = resolve_type(c, fd->type);
                Type *emb = underlying(embedded);
                if (!emb) {                   /* declared in a cycle through methods: later */
                    list_push(c->pending_embeds, t);
                    list_push(c->pending_embeds, embedded);
                    continue;
                }
                if (emb->kind == TY_INTERFACE) {
                    for (int k = 0; k < emb->methods->len; k++)
                        list_push(t->methods, list_at(emb->methods, k));
                } else if (emb->kind != TY_INVALID) {
                    unsupported(c->ctx, fd->pos, "an interface with type constraints");
                }
                continue;
            }
            Field *f = xalloc(sizeof *f);
            f->name = ((Node *)list_at(fd->list, 0))->name;
            c->type_indirection++;
            f->type = func_type(c, fd->type, false);
            c->type_indirection--;
            f->pos = fd->pos;
            for (int k = 0; k < t->methods->len; k++)
                if (strcmp(((Field *)list_at(t->methods, k))->name, f->name) == 0)
                    error_at(c->ctx, f->pos, "duplicate method %s", f->name);
            list_push(t->methods, f);
        }
        /* sorted by name, as gc orders them: itabs and descriptors rely on it */
        list_sort(t->methods, compare_field_names);
        n->mode = MODE_TYPE;
        return n->ty = t;
    }
    default:
        error_at(c->ctx, n->pos, "%s is not a type", expr_string(n));
        return type_basic(TY_INVALID);
    }
}

/* A function type from an N_FUNCTYPE; with declare_params, its parameters
 * and named results are declared in the current (function) scope. */
static Type *func_type(Checker *c, Node *n, bool declare_params)
{
    Type *t = type_new(TY_FUNC);
    t->params = list_new();
    t->results = list_new();
    List *groups[2] = {n->list, n->list2};
    for (int which = 0; which < 2; which++) {
        List *out = which ? t->results : t->params;
        for (int i = 0; groups[which] && i < groups[which]->len; i++) {
            Node *fd = list_at(groups[which], i);
            Node *tn = fd->type;
            bool dots = tn->kind == N_ELLIPSIS;
            if (dots) {
                if (which == 1 || i != groups[which]->len - 1 || (fd->list && fd->list->len > 1))
                    error_at(c->ctx, tn->pos, "can only use ... with final parameter in list");
                else
                    t->variadic = true;
            }
            Type *ft = dots ? type_slice(resolve_type(c, tn->elem)) : resolve_type(c, tn);
            tn->ty = ft;
            int nnames = fd->list ? fd->list->len : 0;
            for (int k = 0; k < (nnames ? nnames : 1); k++) {
                Field *f = xalloc(sizeof *f);
                f->type = ft;
                f->pos = fd->pos;
                if (nnames)
                    f->name = ((Node *)list_at(fd->list, k))->name;
                list_push(out, f);
            }
        }
    }
    /* in a signature that declares nothing (a func type, an interface's
       method) the names must still differ */
    List *seen = list_new();
    for (int which = 0; !declare_params && which < 2; which++) {
        for (int i = 0; groups[which] && i < groups[which]->len; i++) {
            Node *fd = list_at(groups[which], i);
            for (int k = 0; fd->list && k < fd->list->len; k++) {
                Node *name = list_at(fd->list, k);
                for (int j = 0; strcmp(name->name, "_") != 0 && j < seen->len; j++) {
                    Node *prev = list_at(seen, j);
                    if (strcmp(prev->name, name->name) == 0)
                        error_at(c->ctx, name->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
                                 name->name, pos_string(c->ctx, prev->pos), name->name);
                }
                list_push(seen, name);
            }
        }
    }
    /* the names are declared once every type is resolved: in
       func f(int b) int, the result type int is still the type */
    for (int which = 0; declare_params && which < 2; which++) {
        for (int i = 0; groups[which] && i < groups[which]->len; i++) {
            Node *fd = list_at(groups[which], i);
            for (int k = 0; fd->list && k < fd->list->len; k++) {
                Node *name = list_at(fd->list, k);
                Object *o = object_new(OBJ_VAR, name->name, name->pos);
                o->type = fd->type->ty;
                o->is_param = true;
                o->decl = name;
                name->obj = o;
                declare(c, o);
            }
        }
    }
    return t;
}

/* ---------------------------------------------------------------- expressions */

/* A function literal uses a variable of an enclosing function: it (and
 * every literal between) captures it. */
static void note_capture(Checker *c, Object *o)
{
    for (int i = c->funclits->len - 1; i >= 0; i--) {
        Node *lit = list_at(c->funclits, i);
        if (lit->iota <= o->depth)          /* the literal's own depth */
            break;
        bool present = false;
        for (int k = 0; k < lit->list->len; k++)
            if (list_at(lit->list, k) == o)
                present = true;
        if (!present)
            list_push(lit->list, o);
    }
}

/* Records that the declaration being checked uses o, a variable or function
 * of this package: the edges of the spec's initialization order. */
static void note_dep(Checker *c, Object *o)
{
    Object *d = c->decl_obj;
    if (!d || !o || !o->decl || (o->kind != OBJ_VAR && o->kind != OBJ_FUNC))
        return;
    if (o->kind == OBJ_VAR && !o->is_global)
        return;
    bool here = o->package == c->pkg || (o->recv_type && o->recv_type->package == c->pkg);
    if (!here)
        return;
    if (!d->deps)
        d->deps = list_new();
    for (int i = 0; i < d->deps->len; i++)
        if (list_at(d->deps, i) == o)
            return;
    list_push(d->deps, o);
}

static void check_ident(Checker *c, Node *n)
{
    if (strcmp(n->name, "_") == 0) {
        error_at(c->ctx, n->pos, "cannot use _ as value");
        set_invalid(n);
        return;
    }
    Object *o = lookup(c, n->name, n->pos.file);
    if (!o) {
        error_at(c->ctx, n->pos, "undefined: %s", n->name);
        set_invalid(n);
        return;
    }
    n->obj = o;
    o->used = true;
    switch (o->kind) {
    case OBJ_CONST:
        resolve_object(c, o);
        n->mode = MODE_CONST;
        n->ty = o->type;
        if (strcmp(o->name, "iota") == 0 && !o->decl) {
            if (c->iota < 0) {
                error_at(c->ctx, n->pos, "cannot use iota outside constant declaration");
                set_invalid(n);
                return;
            }
            n->cval = const_make_int64(c->iota);
        } else {
            n->cval = o->cval;
        }
        if (!n->cval || !n->ty || n->ty->kind == TY_INVALID)
            set_invalid(n);                /* its declaration failed: no follow-on errors */
        return;
    case OBJ_TYPE:
        resolve_object(c, o);
        n->mode = MODE_TYPE;
        n->ty = o->type;
        if (o->decl && o->decl->alias && o->type && o->type->kind == TY_NAMED && !o->type->underlying) {
            /* an alias used while its own definition is being resolved */
            error_at(c->ctx, n->pos, "invalid use of type alias %s in recursive type (see issue #50729)", o->name);
            set_invalid(n);
            return;
        }
        if (o->type && o->type->kind == TY_NAMED && !o->type->underlying && c->type_indirection == 0) {
            /* a type containing itself by value has no size */
            error_at(c->ctx, o->pos, "invalid recursive type %s\n\t%s: %s refers to\n\t%s: %s", o->name,
                     pos_string(c->ctx, o->pos), o->name, pos_string(c->ctx, o->pos), o->name);
            o->type->underlying = type_basic(TY_INVALID);
        }
        return;
    case OBJ_VAR:
        resolve_object(c, o);
        note_dep(c, o);
        n->mode = MODE_VAR;
        n->ty = o->type;
        if (!n->ty || n->ty->kind == TY_INVALID)
            set_invalid(n);
        if (!o->is_global && o->depth < c->func_depth)
            note_capture(c, o);
        return;
    case OBJ_FUNC:
        resolve_object(c, o);
        note_dep(c, o);
        n->mode = MODE_VALUE;
        n->ty = o->type;
        return;
    case OBJ_BUILTIN:
        n->mode = MODE_BUILTIN;
        n->ty = type_basic(TY_INVALID);
        return;
    case OBJ_NIL:
        n->mode = MODE_NIL;
        n->ty = type_basic(TY_UNTYPED_NIL);
        return;
    case OBJ_PACKAGE:
        error_at(c->ctx, n->pos, "use of package %s without selector", o->name);
        set_invalid(n);
        return;
    default:
        set_invalid(n);
    }
}

typedef struct Candidate {
    Type *type;
    List *path;
    bool indirect;
} Candidate;

static List *path_plus(List *path, int index)
{
    List *p = list_new();
    for (int i = 0; path && i < path->len; i++)
        list_push(p, list_at(path, i));
    list_push(p, (void *)(intptr_t)index);
    return p;
}

/* What t.name selects (the spec's "Selectors"): a field or method of t, or
 * one promoted from an embedded field, at the shallowest depth where the
 * name occurs exactly once. */
bool lookup_selector(Type *t, const char *name, Selection *sel)
{
    memset(sel, 0, sizeof *sel);
    List *level = list_new(), *seen = list_new();
    Candidate *start = xalloc(sizeof *start);
    start->type = t;
    start->path = list_new();
    list_push(level, start);
    while (level->len) {
        int found = 0;
        List *next = list_new();
        for (int i = 0; i < level->len; i++) {
            Candidate *cand = list_at(level, i);
            Type *T = cand->type;
            bool indirect = cand->indirect, through_pointer = false;
            if (!T)
                continue;
            if (!underlying(T))
                continue;                     /* a type still being declared */
            if (T->kind == TY_POINTER || (T->kind == TY_NAMED && underlying(T)->kind == TY_POINTER &&
                                          cand == start)) {
                if (T->kind == TY_NAMED)          /* a named pointer type has no methods or promotion */
                    T = underlying(T);
                T = T->elem;
                indirect = true;
                through_pointer = true;
                if (!T)
                    continue;
            }
            bool visited = false;
            for (int k = 0; k < seen->len; k++)
                visited |= list_at(seen, k) == T;
            if (visited)
                continue;
            if (T->kind == TY_NAMED)
                list_push(seen, T);
            if (T->kind == TY_NAMED && T->methods) {
                for (int k = 0; k < T->methods->len; k++) {
                    Object *m = list_at(T->methods, k);
                    if (strcmp(m->name, name) == 0) {
                        found++;
                        sel->method = m;
                        sel->field = NULL;
                        sel->imethod = NULL;
                        sel->path = cand->path;
                        sel->indirect = indirect;
                    }
                }
            }
            Type *U = underlying(T);
            if (!U)
                continue;
            if (U->kind == TY_STRUCT) {
                for (int k = 0; k < U->fields->len; k++) {
                    Field *f = list_at(U->fields, k);
                    if (f->name && strcmp(f->name, name) == 0) {
                        found++;
                        sel->field = f;
                        sel->method = NULL;
                        sel->imethod = NULL;
                        sel->path = cand->path;
                        sel->indirect = indirect;
                    }
                    if (f->embedded) {
                        Candidate *e = xalloc(sizeof *e);
                        e->type = f->type;
                        e->path = path_plus(cand->path, k);
                        e->indirect = indirect;
                        list_push(next, e);
                    }
                }
            } else if (U->kind == TY_INTERFACE && !through_pointer) {   /* *I has no methods */
                for (int k = 0; U->methods && k < U->methods->len; k++) {
                    Field *m = list_at(U->methods, k);
                    if (strcmp(m->name, name) == 0) {
                        found++;
                        sel->imethod = m;
                        sel->imethod_index = k;
                        sel->field = NULL;
                        sel->method = NULL;
                        sel->path = cand->path;
                        sel->indirect = indirect;
                    }
                }
            }
        }
        if (found == 1)
            return true;
        if (found > 1) {
            sel->ambiguous = true;
            return false;
        }
        level = next;
    }
    return false;
}

/* x.f where x is of a standard type T or *T, and f is a field or method of
 * Go 1.19's T that gosub's T lacks: reported as not supported (true). */
static bool unsupported_member(Checker *c, Node *n, Type *t)
{
    if (t->kind == TY_POINTER && t->elem) {
        t = t->elem;
        if (underlying(t) && underlying(t)->kind == TY_INTERFACE)
            return false;                  /* *I has no methods, in Go too */
    }
    if (t->kind != TY_NAMED || !t->obj || !t->obj->package || !t->obj->package->is_std ||
        !std_api_has(t->obj->package->path, xprintf("%s.%s", t->obj->name, n->name)))
        return false;
    unsupported(c->ctx, n->namepos, xprintf("%s.%s", type_string(t), n->name));
    return true;
}

static void check_selector(Checker *c, Node *n)
{
    if (n->x->kind == N_IDENT) {
        Object *o = lookup(c, n->x->name, n->pos.file);
        if (o && o->kind == OBJ_PACKAGE) {
            o->used = true;
            n->x->obj = o;
            Object *m = scope_find_local(o->package->scope, n->name);
            if (!m || !is_exported(n->name)) {
                if (m)
                    error_at(c->ctx, n->namepos, "name %s not exported by package %s", n->name, o->package->name);
                else if (std_api_has(o->package->path, n->name))    /* Go has it, gosub's package not */
                    unsupported(c->ctx, n->namepos, xprintf("%s.%s", o->package->name, n->name));
                else
                    error_at(c->ctx, n->namepos, "undefined: %s.%s", o->package->name, n->name);
                set_invalid(n);
                return;
            }
            n->obj = m;
            switch (m->kind) {
            case OBJ_BUILTIN: n->mode = MODE_BUILTIN; break;
            case OBJ_TYPE: n->mode = MODE_TYPE; break;
            case OBJ_VAR: n->mode = MODE_VAR; break;
            case OBJ_CONST: n->mode = MODE_CONST; n->cval = m->cval; break;
            default: n->mode = MODE_VALUE; break;
            }
            n->ty = m->type;
            return;
        }
    }
    check_expr(c, n->x, NULL);
    if (is_invalid(n->x)) {
        set_invalid(n);
        return;
    }
    Type *t = n->x->ty;
    Selection sel;
    if (n->x->mode == MODE_TYPE) {             /* a method expression: T.M, (*T).M */
        bool found = lookup_selector(t, n->name, &sel);
        if (!found && !sel.ambiguous && unsupported_member(c, n, t)) {
            set_invalid(n);
            return;
        }
        if (!found || sel.field) {
            error_at(c->ctx, n->namepos, "%s.%s undefined (type %s has no method %s)", expr_string(n->x), n->name,
                     type_string(t), n->name);
            set_invalid(n);
            return;
        }
        Type *msig = sel.method ? (resolve_object(c, sel.method), sel.method->type) : sel.imethod->type;
        if (sel.method && sel.method->decl->recv->type->kind == N_STAR && !sel.indirect) {
            error_at(c->ctx, n->namepos, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                     expr_string(n->x), n->name, expr_string(n->x), n->name);
            set_invalid(n);
            return;
        }
        Type *sig = type_new(TY_FUNC);
        sig->params = list_new();
        sig->results = msig->results;
        sig->variadic = msig->variadic;
        Field *recv = xalloc(sizeof *recv);
        recv->type = t;
        list_push(sig->params, recv);
        for (int i = 0; i < msig->params->len; i++)
            list_push(sig->params, list_at(msig->params, i));
        n->obj = sel.method;
        note_dep(c, sel.method);
        n->iota = sel.imethod ? sel.imethod_index : -1;
        n->list = sel.path;                     /* promoted: the embedded fields on the way */
        n->mode = MODE_VALUE;
        n->ty = sig;
        n->dots = true;                         /* marks the method expression for ir.c */
        return;
    }
    if (!lookup_selector(t, n->name, &sel)) {
        Type *pu = underlying(t);
        if (sel.ambiguous)
            error_at(c->ctx, n->namepos, "ambiguous selector %s.%s", expr_string(n->x), n->name);
        else if (pu && pu->kind == TY_POINTER && pu->elem && underlying(pu->elem) &&
                 underlying(pu->elem)->kind == TY_INTERFACE)
            error_at(c->ctx, n->namepos, "%s.%s undefined (type %s is pointer to interface, not interface)",
                     expr_string(n->x), n->name, type_string(t));
        else if (!unsupported_member(c, n, t))
            error_at(c->ctx, n->namepos, "%s.%s undefined (type %s has no field or method %s)",
                     expr_string(n->x), n->name, type_string(t), n->name);
        set_invalid(n);
        return;
    }
    n->list = sel.path;                        /* embedded fields on the way, for ir.c */
    if (sel.field) {
        n->mode = n->x->mode == MODE_VAR || sel.indirect ? MODE_VAR : MODE_VALUE;
        n->ty = sel.field->type;
        return;
    }
    n->mode = MODE_VALUE;
    if (sel.imethod) {
        n->ty = sel.imethod->type;
        n->iota = sel.imethod_index;           /* the method's index, for ir.c */
        return;
    }
    resolve_object(c, sel.method);
    n->obj = sel.method;
    note_dep(c, sel.method);
    n->ty = sel.method->type;
}

/* Whether two constant values are the same value (1 and 1.0 are). */
static bool const_equal(ConstVal *a, ConstVal *b)
{
    bool an = a->kind == CV_INT || a->kind == CV_FLOAT || a->kind == CV_COMPLEX;
    bool bn = b->kind == CV_INT || b->kind == CV_FLOAT || b->kind == CV_COMPLEX;
    if (an != bn || (!an && a->kind != b->kind))
        return false;
    return const_compare(a, TK_EQL, b);
}

/* How types2 names a type's kind in "operator < not defined on slice". */
static const char *kind_string(Type *t)
{
    switch (underlying(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return type_string(t);
    }
}

/* Why values of t cannot be compared, as types2 says it, or NULL. */
static const char *incomparable_cause(Type *t)
{
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_SLICE: case TY_FUNC: case TY_MAP:
        return xprintf("%s can only be compared to nil", kind_string(t));
    case TY_STRUCT:
        for (int i = 0; i < u->fields->len; i++) {
            Field *f = list_at(u->fields, i);
            if (!type_is_comparable(f->type))
                return xprintf("struct containing %s cannot be compared", type_string(f->type));
        }
        return NULL;
    case TY_ARRAY:
        return type_is_comparable(u->elem) ? NULL : xprintf("%s cannot be compared", type_string(t));
    default:
        return NULL;
    }
}

static bool is_comparison(int op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

/* How types2 names an operation whose untyped integer result grew too
 * large ("constant multiplication overflow"): opName. */
static const char *overflow_op_name(Node *n)
{
    if (n->kind == N_UNARY)
        return n->op == TK_XOR ? "bitwise complement" : "";
    switch (n->op) {
    case TK_ADD: return "addition";
    case TK_SUB: return "subtraction";
    case TK_XOR: return "bitwise XOR";
    case TK_MUL: return "multiplication";
    case TK_SHL: return "shift";
    default: return "";
    }
}

/* types2's overflow check after constant operation n, whose exact result
 * is in n->cval (NULL when it is no finite value at all): a typed result
 * must be representable in its type, and is rounded to it (float32(0.1)*3
 * is a float32); an untyped integer may not grow beyond 512 bits. */
static void check_overflow(Checker *c, Node *n)
{
    if (!n->cval) {
        error_at(c->ctx, n->pos, "constant result is not representable");
        set_invalid(n);
        return;
    }
    if (!type_is_untyped(n->ty)) {
        ConstVal *rounded;
        if (!const_representable(n->cval, underlying(n->ty)->kind, &rounded)) {
            error_at(c->ctx, node_start_pos(n), "%s overflows %s", operand_string(n),
                     type_string(underlying(n->ty)));
            set_invalid(n);
            return;
        }
        n->cval = rounded;
        return;
    }
    if (n->cval->kind == CV_INT && const_bitlen(n->cval) > 512) {
        error_at(c->ctx, n->pos, "constant %s overflow", overflow_op_name(n));
        set_invalid(n);
    }
}

/* The type an untyped constant operation yields: the "larger" of the kinds. */
static Type *untyped_join(Type *a, Type *b)
{
    return a->kind > b->kind ? a : b;
}

/* The value of binary operation n on two constants. */
static void fold_binary(Checker *c, Node *n)
{
    ConstVal *a = n->x->cval, *b = n->y->cval;
    if (is_comparison(n->op)) {
        n->cval = const_make_bool(const_compare(a, n->op, b));
        return;
    }
    /* operands of an integer type divide as integers (types2 asks
     * go/constant for QUO_ASSIGN); 1 / 2.0 is the fraction 1/2 */
    n->cval = const_binary(a, n->op, b, type_is_integer(n->ty));
    check_overflow(c, n);
}

/* types2's division-by-zero check of x / y or x % y with a constant y:
 * zero, or a complex divisor whose squared parts vanish. */
static bool zero_divisor(Node *x, Node *y, Type *t)
{
    if (y->mode != MODE_CONST || !(x->mode == MODE_CONST || type_is_integer(t)))
        return false;
    if (const_sign(y->cval) == 0)
        return true;
    if (x->mode != MODE_CONST || !type_is_complex(t))
        return false;
    const ConstVal *re = const_real(y->cval), *im = const_imag(y->cval);
    ConstVal *re2 = const_binary(re, TK_MUL, re, false), *im2 = const_binary(im, TK_MUL, im, false);
    return re2 && im2 && const_sign(re2) == 0 && const_sign(im2) == 0;
}

static bool op_defined(int op, Type *t)
{
    switch (op) {
    case TK_ADD: return type_is_numeric(t) || type_is_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO: return type_is_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT:
    case TK_SHL: case TK_SHR: return type_is_integer(t);
    case TK_LAND: case TK_LOR: return type_is_boolean(t);
    }
    return false;
}

/* x << y and x >> y, in the order types2's shift checks them. */
static void check_shift(Checker *c, Node *n, Type *hint)
{
    check_expr(c, n->x, hint);
    check_expr(c, n->y, NULL);
    Node *x = n->x, *y = n->y;
    if (is_invalid(x) || is_invalid(y)) {
        set_invalid(n);
        return;
    }
    /* the shifted operand: of an integer type, or an untyped constant
     * whose value is an integer (1e10 << 2, 1e100 >> 300) */
    ConstVal *xval = x->mode == MODE_CONST ? const_to_int(x->cval) : NULL;
    if (!type_is_integer(x->ty) && !(type_is_untyped(x->ty) && xval)) {
        error_at(c->ctx, node_start_pos(x), "invalid operation: shifted operand %s must be integer",
                 operand_string(x));
        set_invalid(n);
        return;
    }
    if (xval && (x->ty->kind == TY_UNTYPED_FLOAT || x->ty->kind == TY_UNTYPED_COMPLEX)) {
        x->cval = xval;                    /* an integer, spelled as a float */
        x->ty = type_basic(TY_UNTYPED_INT);
    }
    /* the count: a constant one must not be negative, and an untyped one
     * must fit a uint (types2 checks this without giving it that type,
     * which messages below still show; 1.0 counts 1) */
    if (y->mode == MODE_CONST) {
        ConstVal *yval = const_to_int(y->cval);
        if (yval && const_sign(yval) < 0) {
            error_at(c->ctx, node_start_pos(y), "invalid operation: negative shift count %s", operand_string(y));
            set_invalid(n);
            return;
        }
        if (type_is_untyped(y->ty)) {
            Node count = *y;
            c->implicit_conversion = true;
            bool fits = represent(c, &count, type_basic(TY_UINT));
            c->implicit_conversion = false;
            if (!fits) {
                if (!type_is_numeric(y->ty))
                    error_at(c->ctx, node_start_pos(y), "cannot convert %s to uint", operand_string(y));
                set_invalid(n);
                return;
            }
            y->cval = count.cval;
        } else if (!type_is_integer(y->ty)) {
            error_at(c->ctx, node_start_pos(y), "invalid operation: shift count %s must be integer",
                     operand_string(y));
            set_invalid(n);
            return;
        }
    } else if (!type_is_integer(y->ty) && !type_is_untyped(y->ty)) {
        error_at(c->ctx, node_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
        set_invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        /* types2 bounds a constant shift's count by 1074, the shift that
         * makes the denominator of the smallest float64 */
        uint64_t count;
        if (!const_uint64_val(y->cval, &count) || count > 1074) {
            error_at(c->ctx, node_start_pos(y), "invalid operation: invalid shift count %s", operand_string(y));
            set_invalid(n);
            return;
        }
        convert_untyped(c, y, type_basic(TY_UINT));
        n->mode = MODE_CONST;
        n->ty = x->ty;
        n->cval = const_shift(x->cval, n->op, count);
        check_overflow(c, n);
        return;
    }
    convert_untyped(c, y, type_basic(TY_UINT));
    if (is_invalid(y)) {
        set_invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && type_is_untyped(x->ty))
        convert_untyped(c, x, hint && type_is_integer(hint) ? hint : NULL);
    if (is_invalid(x)) {
        set_invalid(n);
        return;
    }
    n->ty = x->ty;
    n->mode = MODE_VALUE;
}

/* types2's hasNil: the types nil can be converted to. */
static bool type_has_nil(Type *t)
{
    switch (underlying(t)->kind) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE: case TY_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* types2's canMix: whether an untyped operand may take the other operand's
 * type. When it may not, the operation reports mismatched types rather than a
 * failed conversion ("1 + s" is a mismatch, not "cannot use 1 as string"). */
static bool can_mix(Node *x, Node *y)
{
    if (underlying(x->ty)->kind == TY_INTERFACE || underlying(y->ty)->kind == TY_INTERFACE)
        return true;
    if (type_is_boolean(x->ty) != type_is_boolean(y->ty) || type_is_string(x->ty) != type_is_string(y->ty))
        return false;
    if ((x->mode == MODE_NIL && !type_has_nil(y->ty)) || (y->mode == MODE_NIL && !type_has_nil(x->ty)))
        return false;
    return true;
}

static void check_binary(Checker *c, Node *n, Type *hint)
{
    if (n->op == TK_SHL || n->op == TK_SHR) {
        check_shift(c, n, hint);
        return;
    }
    bool cmp = is_comparison(n->op);
    check_expr(c, n->x, cmp ? NULL : hint);
    /* an untyped shift on the right takes the left operand's type: x | 1<<c */
    Type *yhint = cmp ? NULL : hint;
    if (!is_invalid(n->x) && n->x->ty && !type_is_untyped(n->x->ty))
        yhint = n->x->ty;
    check_expr(c, n->y, yhint);
    Node *x = n->x, *y = n->y;
    if (is_invalid(x) || is_invalid(y)) {
        set_invalid(n);
        return;
    }
    /* untyped operands take the other side's type */
    bool xu = type_is_untyped(x->ty), yu = type_is_untyped(y->ty);
    bool mix = can_mix(x, y);
    c->operand_of_binary = true;          /* 1000 (untyped int constant) overflows int8 */
    if (mix && xu && !yu)
        assign_to(c, x, y->ty, "assignment");
    else if (mix && yu && !xu)
        assign_to(c, y, x->ty, "assignment");
    c->operand_of_binary = false;
    if (is_invalid(x) || is_invalid(y)) {
        set_invalid(n);
        return;
    }
    /* comparisons need only assignability; a mismatch is reported at the
     * right operand of a comparison (types2's errOp) and otherwise at the start */
    bool match;
    if (xu && yu)
        match = (type_is_numeric(x->ty) && type_is_numeric(y->ty)) || x->ty->kind == y->ty->kind;
    else
        match = type_identical(x->ty, y->ty) ||
                (cmp && (assignable(c, x->ty, y->ty) || assignable(c, y->ty, x->ty)));
    if (!match) {
        error_at(c->ctx, node_start_pos(cmp ? y : n), "invalid operation: %s (mismatched types %s and %s)",
                 expr_string(n), type_string(x->ty), type_string(y->ty));
        set_invalid(n);
        return;
    }
    Type *t = xu && yu ? untyped_join(x->ty, y->ty) : xu ? y->ty : x->ty;
    if (cmp) {
        bool eq = n->op == TK_EQL || n->op == TK_NEQ;
        bool both_nil = x->mode == MODE_NIL && y->mode == MODE_NIL;
        bool ok = eq ? !both_nil && (x->mode == MODE_NIL || y->mode == MODE_NIL ||
                                     (type_is_comparable(x->ty) && type_is_comparable(y->ty)))
                     : type_is_ordered(t);
        if (!ok) {
            Node *bad = both_nil || (eq && type_is_comparable(x->ty)) ? y : x;
            const char *cause = eq ? incomparable_cause(bad->ty) : NULL;
            error_at(c->ctx, node_start_pos(bad), "invalid operation: %s (%s)", expr_string(n),
                     cause ? cause : xprintf("operator %s not defined on %s", token_spelling(n->op),
                                             kind_string(bad->ty)));
            set_invalid(n);
            return;
        }
        n->ty = type_basic(TY_UNTYPED_BOOL);
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            n->mode = MODE_CONST;
            fold_binary(c, n);
        } else {
            n->mode = MODE_VALUE;
            if (xu && yu) {  /* untyped non-constant: give both their default type */
                convert_untyped(c, x, NULL);
                convert_untyped(c, y, NULL);
            }
        }
        return;
    }
    if (!op_defined(n->op, t)) {
        error_at(c->ctx, node_start_pos(x), "invalid operation: operator %s not defined on %s",
                 token_spelling(n->op), operand_string(x));
        set_invalid(n);
        return;
    }
    n->ty = t;
    if ((n->op == TK_QUO || n->op == TK_REM) && zero_divisor(x, y, t)) {
        error_at(c->ctx, node_start_pos(y), "invalid operation: division by zero");
        set_invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        fold_binary(c, n);
        return;
    }
    n->mode = MODE_VALUE;
}

static void check_unary(Checker *c, Node *n, Type *hint)
{
    if (n->op == TK_AND) {
        check_expr(c, n->x, NULL);
        if (is_invalid(n->x)) {
            set_invalid(n);
            return;
        }
        Node *inner = n->x;
        while (inner->kind == N_PAREN)
            inner = inner->x;
        if (n->x->mode != MODE_VAR && inner->kind != N_COMPOSITE) {
            error_at(c->ctx, n->pos, "invalid operation: cannot take address of %s", operand_string(n->x));
            set_invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->ty = type_pointer(n->x->ty);
        return;
    }
    if (n->op == TK_ARROW) {
        check_expr(c, n->x, NULL);
        Type *u = underlying(n->x->ty);
        if (is_invalid(n->x) || u->kind != TY_CHAN) {
            if (!is_invalid(n->x))
                error_at(c->ctx, node_start_pos(n->x), "invalid operation: cannot receive from non-channel %s",
                         operand_string(n->x));
            set_invalid(n);
            return;
        }
        if (u->dir == CHAN_SEND) {
            error_at(c->ctx, node_start_pos(n->x), "invalid operation: cannot receive from send-only channel %s",
                     operand_string(n->x));
            set_invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->ty = u->elem;
        return;
    }
    check_expr(c, n->x, hint);
    Node *x = n->x;
    if (is_invalid(x)) {
        set_invalid(n);
        return;
    }
    bool ok = n->op == TK_NOT ? type_is_boolean(x->ty) : n->op == TK_XOR ? type_is_integer(x->ty)
                                                                          : type_is_numeric(x->ty);
    if (!ok || x->mode == MODE_TYPE) {
        error_at(c->ctx, n->pos, "invalid operation: operator %s not defined on %s",
                 token_spelling(n->op), operand_string(x));
        set_invalid(n);
        return;
    }
    n->ty = x->ty;
    if (x->mode != MODE_CONST) {
        n->mode = MODE_VALUE;
        return;
    }
    n->mode = MODE_CONST;
    /* ^x of an unsigned type keeps only the type's bits: ^uint8(1) is 254 */
    int bits = type_is_unsigned(n->ty) ? (int)type_size(underlying(n->ty)) * 8 : 0;
    n->cval = const_unary(n->op, x->cval, bits);
    check_overflow(c, n);
}

static void check_conversion(Checker *c, Node *n, Type *t)
{
    if (!n->list || n->list->len != 1) {
        error_at(c->ctx, n->pos, n->list && n->list->len > 1 ? "too many arguments in conversion to %s"
                                                             : "missing argument in conversion to %s",
                 type_string(t));
        set_invalid(n);
        return;
    }
    Node *x = list_at(n->list, 0);
    check_expr(c, x, NULL);
    if (is_invalid(x)) {
        set_invalid(n);
        return;
    }
    Type *tu = underlying(t), *xu = underlying(x->ty);
    bool ok;
    if (x->mode == MODE_NIL) {             /* T(nil) for the types nil belongs to */
        if (tu->kind == TY_POINTER || tu->kind == TY_SLICE || tu->kind == TY_MAP || tu->kind == TY_CHAN ||
            tu->kind == TY_FUNC || tu->kind == TY_INTERFACE || tu->kind == TY_UNSAFEPTR) {
            x->ty = t;
            n->mode = MODE_VALUE;
            n->ty = t;
            return;
        }
        error_at(c->ctx, node_start_pos(x), "cannot convert nil to type %s", type_string(t));
        set_invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && type_is_string(tu) && type_is_integer(xu) && x->cval->kind == CV_INT) {
        /* string(65) is the constant "A"; out-of-range values give "\uFFFD" */
        uint64_t r;
        if (!const_uint64_val(x->cval, &r) || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
            r = 0xFFFD;
        char *buf = xalloc(5);
        int len = 0;
        uint32_t u = (uint32_t)r;
        if (u < 0x80) buf[len++] = (char)u;
        else if (u < 0x800) { buf[len++] = (char)(0xC0 | (u >> 6)); buf[len++] = (char)(0x80 | (u & 0x3F)); }
        else if (u < 0x10000) { buf[len++] = (char)(0xE0 | (u >> 12)); buf[len++] = (char)(0x80 | ((u >> 6) & 0x3F));
                                buf[len++] = (char)(0x80 | (u & 0x3F)); }
        else { buf[len++] = (char)(0xF0 | (u >> 18)); buf[len++] = (char)(0x80 | ((u >> 12) & 0x3F));
               buf[len++] = (char)(0x80 | ((u >> 6) & 0x3F)); buf[len++] = (char)(0x80 | (u & 0x3F)); }
        convert_untyped(c, x, NULL);
        n->mode = MODE_CONST;
        n->cval = const_make_string(buf, len);
        n->ty = t;
        return;
    }
    if ((tu->kind == TY_UNSAFEPTR && (xu->kind == TY_POINTER || xu->kind == TY_UINTPTR || xu->kind == TY_UNSAFEPTR)) ||
        (xu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR))) {
        if (x->mode == MODE_CONST)
            convert_untyped(c, x, NULL);
        n->mode = MODE_VALUE;             /* the conversions package unsafe permits */
        n->ty = t;
        return;
    }
    if (xu->kind == TY_SLICE && tu->kind == TY_POINTER && underlying(tu->elem)->kind == TY_ARRAY &&
        type_identical(xu->elem, underlying(tu->elem)->elem)) {
        n->mode = MODE_VALUE;             /* (*[N]T)(s), Go 1.17 */
        n->ty = t;
        return;
    }
    if (x->mode == MODE_CONST && type_is_untyped(x->ty) && tu->kind < TY_ARRAY &&
        !(type_is_string(tu) && type_is_integer(xu))) {
        n->mode = MODE_CONST;
        n->cval = x->cval;
        n->ty = t;
        Node tmp = *x;
        ok = (type_is_numeric(xu) && type_is_numeric(tu)) || (type_is_string(xu) && type_is_string(tu)) ||
             (type_is_boolean(xu) && type_is_boolean(tu));
        if (ok) {
            c->conversion = true;
            bool fits = represent(c, &tmp, t);
            c->conversion = false;
            if (!fits) {
                set_invalid(n);
                return;
            }
            n->cval = tmp.cval;
            x->ty = t;
            return;
        }
    } else {
        ok = assignable(c, x->ty, t) || type_identical_ignoring_tags(xu, tu) ||
             (type_is_numeric(xu) && type_is_numeric(tu)) ||
             (type_is_string(tu) && (type_is_integer(xu) ||
                                     (xu->kind == TY_SLICE && (underlying(xu->elem)->kind == TY_UINT8 ||
                                                              underlying(xu->elem)->kind == TY_INT32)))) ||
             (type_is_string(xu) && tu->kind == TY_SLICE &&
              (underlying(tu->elem)->kind == TY_UINT8 || underlying(tu->elem)->kind == TY_INT32)) ||
             (x->ty->kind == TY_POINTER && t->kind == TY_POINTER &&  /* unnamed pointer types */
              type_identical_ignoring_tags(underlying(xu->elem), underlying(tu->elem)));
    }
    if (!ok) {
        error_at(c->ctx, node_start_pos(x), "cannot convert %s to type %s", operand_string(x), type_string(t));
        set_invalid(n);
        return;
    }
    if (x->mode == MODE_CONST && type_is_string(tu) && type_is_integer(xu)) {
        /* string(rune constant) is a constant */
        convert_untyped(c, x, NULL);
        n->mode = MODE_VALUE;
        n->ty = t;
        return;
    }
    if (x->mode == MODE_CONST && tu->kind < TY_ARRAY) {
        convert_untyped(c, x, NULL);
        n->mode = MODE_CONST;
        Node tmp = *x;
        tmp.ty = x->ty;
        c->conversion = true;
        bool fits = !type_is_numeric(tu) || represent(c, &tmp, t);
        c->conversion = false;
        if (!fits) {
            set_invalid(n);
            return;
        }
        n->cval = tmp.cval;
        n->ty = t;
        return;
    }
    convert_untyped(c, x, NULL);
    n->mode = MODE_VALUE;
    n->ty = t;
}

static void check_call_args(Checker *c, Node *n, Type *sig)
{
    int nparams = sig->params->len;
    List *args = n->list ? n->list : list_new();
    /* f(g()) with g returning several values */
    if (args->len == 1 && ((Node *)list_at(args, 0))->kind == N_CALL) {
        Node *a = list_at(args, 0);
        check_expr(c, a, NULL);
        if (a->ty && a->ty->kind == TY_TUPLE) {
            List *vals = a->ty->fields;
            bool count_ok = sig->variadic ? vals->len >= nparams - 1 : vals->len == nparams;
            for (int i = 0; count_ok && i < vals->len; i++) {
                Type *vt = ((Field *)list_at(vals, i))->type;
                Type *pt = sig->variadic && i >= nparams - 1 ? ((Field *)list_at(sig->params, nparams - 1))->type->elem
                                                             : ((Field *)list_at(sig->params, i))->type;
                if (!assignable(c, vt, pt))
                    error_at(c->ctx, a->pos, "cannot use %s (value of type %s) as %s value in argument",
                             expr_string(a), type_string(vt), type_string(pt));
            }
            if (!count_ok)
                error_at(c->ctx, a->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                         vals->len < nparams ? "not enough" : "too many", expr_string(n->x), type_string(a->ty),
                         type_string(type_tuple(sig->params)));
            return;
        }
    }
    /* the argument types as gc lists them when the count is wrong: untyped
       numeric constants are "number", described before they are converted */
    const char *have = "";
    for (int i = 0; i < args->len; i++) {
        Node *a = list_at(args, i);
        /* an untyped shift takes the parameter's type: f(1 << s) with f(uint) */
        Type *pt = NULL;
        if (sig->variadic && i >= nparams - 1)
            pt = n->dots ? NULL : ((Field *)list_at(sig->params, nparams - 1))->type->elem;
        else if (i < nparams)
            pt = ((Field *)list_at(sig->params, i))->type;
        if (!a->ty)
            check_expr(c, a, pt && type_is_integer(pt) ? pt : NULL);
        have = xprintf("%s%s%s", have, i ? ", " : "",
                       a->mode == MODE_CONST && type_is_untyped(a->ty) && type_is_numeric(a->ty) ? "number"
                       : type_string(default_type(a->ty)));
    }
    for (int i = 0; i < args->len; i++) {
        Node *a = list_at(args, i);
        Type *pt = NULL;
        if (sig->variadic && i >= nparams - 1) {
            Field *last = list_at(sig->params, nparams - 1);
            pt = n->dots ? last->type : last->type->elem;
        } else if (i < nparams) {
            pt = ((Field *)list_at(sig->params, i))->type;
        }
        if (pt)
            assign_to(c, a, pt, xprintf("argument to %s", expr_string(n->x)));
    }
    int need = sig->variadic ? nparams - 1 : nparams;
    if (args->len < need || (!sig->variadic && args->len > nparams)) {
        const char *want = "";
        for (int i = 0; i < nparams; i++)
            want = xprintf("%s%s%s", want, i ? ", " : "",
                           type_string(((Field *)list_at(sig->params, i))->type));
        /* types2 reports at the first extra argument, else the last one, else the call */
        Node *at = args->len < need ? (args->len ? list_at(args, args->len - 1) : n) : list_at(args, nparams);
        error_at(c->ctx, node_start_pos(at),
                 "%s arguments in call to %s\n\thave (%s)\n\twant (%s)",
                 args->len < need ? "not enough" : "too many", expr_string(n->x), have, want);
    }
}

/* A built-in called with the wrong number of arguments: gc's message. */
static bool want_args(Checker *c, Node *n, List *args, int want)
{
    if (args->len == want)
        return true;
    for (int i = 0; i < args->len; i++) {   /* still used, as types2 uses them */
        Node *a = list_at(args, i);
        if (!a->ty && a->mode == MODE_INVALID)
            check_expr(c, a, NULL);
    }
    int found = args->len;                 /* f() with several results counts them all */
    if (found == 1) {
        Node *a = list_at(args, 0);
        if (a->ty && a->ty->kind == TY_TUPLE && a->ty->fields)
            found = a->ty->fields->len;
    }
    error_at(c->ctx, node_start_pos(n), "invalid operation: %s arguments for %s (expected %d, found %d)",
             found < want ? "not enough" : "too many", expr_string(n), want, found);
    set_invalid(n);
    return false;
}

/* Whether x holds a (non-constant) call or a channel receive: len and cap
 * of an array are constants only without them (the spec's "Length and
 * capacity"). */
static bool has_call_or_receive(Node *x)
{
    if (!x)
        return false;
    if (x->kind == N_CALL && x->mode != MODE_CONST)
        return true;
    if (x->kind == N_UNARY && x->op == TK_ARROW)
        return true;
    if (x->kind == N_FUNCLIT)
        return false;
    Node *kids[] = {x->x, x->y, x->lo, x->hi, x->max};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (has_call_or_receive(kids[i]))
            return true;
    for (int i = 0; x->kind != N_SELECTOR && x->list && i < x->list->len; i++)
        if (has_call_or_receive(list_at(x->list, i)))
            return true;
    return false;
}

static void check_builtin(Checker *c, Node *n, int id)
{
    List *args = n->list ? n->list : list_new();
    switch (id) {
    case BI_LEN:
    case BI_CAP: {
        if (!want_args(c, n, args, 1))
            return;
        Node *a = list_at(args, 0);
        check_expr(c, a, NULL);
        if (is_invalid(a)) {
            set_invalid(n);
            return;
        }
        Type *u = underlying(a->ty);
        if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
            u = underlying(u->elem);
        bool ok = u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_CHAN ||
                  (id == BI_LEN && (type_is_string(u) || u->kind == TY_MAP));
        if (!ok) {
            error_at(c->ctx, a->pos, "invalid argument: %s for %s", operand_string(a),
                     id == BI_LEN ? "len" : "cap");
            set_invalid(n);
            return;
        }
        n->ty = type_basic(TY_INT);
        if (a->mode == MODE_CONST && type_is_string(u)) {
            n->mode = MODE_CONST;
            n->cval = const_make_int64(a->cval->slen);
            return;
        }
        if (u->kind == TY_ARRAY && !has_call_or_receive(a)) {
            n->mode = MODE_CONST;
            n->cval = const_make_int64(u->len);
            return;
        }
        convert_untyped(c, a, NULL);
        n->mode = MODE_VALUE;
        return;
    }
    case BI_PRINT:
    case BI_PRINTLN:
    case BI_PANIC:
        for (int i = 0; i < args->len; i++) {
            Node *a = list_at(args, i);
            check_expr(c, a, NULL);
            if (id == BI_PANIC) {
                Type *any = type_new(TY_INTERFACE);
                any->methods = list_new();
                assign_to(c, a, any, "argument to panic");
            } else if (a->mode == MODE_NIL) {
                error_at(c->ctx, a->pos, "use of untyped nil in argument to built-in %s",
                         id == BI_PRINT ? "print" : "println");
            } else {
                convert_untyped(c, a, NULL);
            }
        }
        if (id == BI_PANIC && args->len != 1)
            error_at(c->ctx, node_start_pos(n), "invalid operation: %s arguments for %s (expected 1, found %d)",
                     args->len < 1 ? "not enough" : "too many", expr_string(n), args->len);
        n->mode = MODE_NOVALUE;
        n->ty = NULL;
        return;
    case BI_SIZEOF:
    case BI_ALIGNOF:
    case BI_OFFSETOF: {
        const char *name = id == BI_SIZEOF ? "Sizeof" : id == BI_ALIGNOF ? "Alignof" : "Offsetof";
        if (args->len != 1) {
            error_at(c->ctx, n->pos, "%s arguments for unsafe.%s (expected 1, found %d)",
                     args->len < 1 ? "not enough" : "too many", name, args->len);
            set_invalid(n);
            return;
        }
        Node *a = list_at(args, 0);
        check_value(c, a, NULL);
        if (is_invalid(a)) {
            set_invalid(n);
            return;
        }
        convert_untyped(c, a, NULL);
        int64_t v;
        if (id == BI_OFFSETOF) {
            Node *sel = a;
            while (sel->kind == N_PAREN)
                sel = sel->x;
            if (sel->kind != N_SELECTOR || sel->obj) {
                error_at(c->ctx, a->pos, "invalid argument: %s is not a selector expression", expr_string(a));
                set_invalid(n);
                return;
            }
            /* the offset within x's struct, through embedded fields (not pointers) */
            Type *t = sel->x->ty;
            v = 0;
            for (int i = 0; sel->list && i <= sel->list->len; i++) {
                Type *u = underlying(t);
                if (u->kind == TY_POINTER) {
                    if (i > 0) {
                        error_at(c->ctx, a->pos, "invalid argument: field %s is embedded via a pointer in %s",
                                 sel->name, expr_string(sel->x));
                        set_invalid(n);
                        return;
                    }
                    u = underlying(u->elem);
                }
                type_size(u);
                Field *f = NULL;
                if (i < sel->list->len) {
                    f = list_at(u->fields, (int)(intptr_t)list_at(sel->list, i));
                } else {
                    for (int k = 0; k < u->fields->len; k++)
                        if (strcmp(((Field *)list_at(u->fields, k))->name, sel->name) == 0)
                            f = list_at(u->fields, k);
                }
                v += f->offset;
                t = f->type;
            }
        } else {
            v = id == BI_SIZEOF ? type_size(a->ty) : type_align(a->ty);
        }
        n->mode = MODE_CONST;
        n->ty = type_basic(TY_UINTPTR);
        n->cval = const_make_int64(v);
        return;
    }
    case BI_ADD:
    case BI_SLICE: {
        if (args->len != 2) {
            error_at(c->ctx, n->pos, "%s arguments for unsafe.%s (expected 2, found %d)",
                     args->len < 2 ? "not enough" : "too many", id == BI_ADD ? "Add" : "Slice", args->len);
            set_invalid(n);
            return;
        }
        Node *p = list_at(args, 0), *l = list_at(args, 1);
        check_value(c, p, NULL);
        check_value(c, l, NULL);
        if (is_invalid(p) || is_invalid(l)) {
            set_invalid(n);
            return;
        }
        if (!type_is_integer(l->ty)) {
            error_at(c->ctx, l->pos, "cannot use %s as int value in argument", operand_string(l));
            set_invalid(n);
            return;
        }
        convert_untyped(c, l, type_basic(TY_INT));
        if (id == BI_ADD) {
            assign_to(c, p, type_basic(TY_UNSAFEPTR), "argument to unsafe.Add");
            n->ty = type_basic(TY_UNSAFEPTR);
        } else {
            if (underlying(p->ty)->kind != TY_POINTER) {
                error_at(c->ctx, p->pos, "invalid argument: %s is not a pointer", operand_string(p));
                set_invalid(n);
                return;
            }
            n->ty = type_slice(underlying(p->ty)->elem);
        }
        n->mode = MODE_VALUE;
        return;
    }
    case BI_DELETE: {
        if (!want_args(c, n, args, 2))
            return;
        Node *m = list_at(args, 0), *k = list_at(args, 1);
        check_value(c, m, NULL);
        if (is_invalid(m)) {
            set_invalid(n);
            return;
        }
        if (underlying(m->ty)->kind != TY_MAP) {
            error_at(c->ctx, m->pos, "invalid argument: %s is not a map", operand_string(m));
            set_invalid(n);
            return;
        }
        check_value(c, k, underlying(m->ty)->key);
        assign_to(c, k, underlying(m->ty)->key, "argument to delete");
        n->mode = MODE_NOVALUE;
        n->ty = NULL;
        return;
    }
    case BI_COMPLEX: {
        if (!want_args(c, n, args, 2))
            return;
        Node *re = list_at(args, 0), *im = list_at(args, 1);
        check_value(c, re, NULL);
        check_value(c, im, NULL);
        if (is_invalid(re) || is_invalid(im)) {
            set_invalid(n);
            return;
        }
        bool ru = type_is_untyped(re->ty), iu = type_is_untyped(im->ty);
        if (ru && !iu)
            assign_to(c, re, im->ty, "argument");
        else if (iu && !ru)
            assign_to(c, im, re->ty, "argument");
        if (is_invalid(re) || is_invalid(im)) {
            set_invalid(n);
            return;
        }
        if (!(ru && iu) && !type_identical(re->ty, im->ty)) {
            error_at(c->ctx, node_start_pos(re), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
                     type_string(re->ty), type_string(im->ty));
            set_invalid(n);
            return;
        }
        if (ru && iu && re->mode == MODE_CONST && im->mode == MODE_CONST) {
            n->mode = MODE_CONST;
            n->cval = const_make_complex(re->cval, im->cval);
            n->ty = type_basic(TY_UNTYPED_COMPLEX);
            return;
        }
        if (ru && iu) {
            convert_untyped(c, re, type_basic(TY_FLOAT64));
            convert_untyped(c, im, type_basic(TY_FLOAT64));
        }
        Type *fu = underlying(re->ty);
        if (fu->kind != TY_FLOAT32 && fu->kind != TY_FLOAT64) {
            error_at(c->ctx, re->pos, "invalid operation: %s (arguments have type %s, expected floating-point)",
                     expr_string(n), type_string(re->ty));
            set_invalid(n);
            return;
        }
        n->ty = type_basic(fu->kind == TY_FLOAT32 ? TY_COMPLEX64 : TY_COMPLEX128);
        if (re->mode == MODE_CONST && im->mode == MODE_CONST) {
            n->mode = MODE_CONST;
            n->cval = const_make_complex(re->cval, im->cval);
            return;
        }
        n->mode = MODE_VALUE;
        return;
    }
    case BI_REAL:
    case BI_IMAG: {
        if (!want_args(c, n, args, 1))
            return;
        Node *z = list_at(args, 0);
        check_value(c, z, NULL);
        if (is_invalid(z)) {
            set_invalid(n);
            return;
        }
        if (z->mode == MODE_CONST && type_is_untyped(z->ty) && type_is_numeric(z->ty)) {
            /* real(1) is 1 and imag(1) is 0, of type untyped float (go/constant
             * keeps them integers: messages print them so) */
            n->mode = MODE_CONST;
            n->cval = (ConstVal *)(id == BI_REAL ? const_real(z->cval) : const_imag(z->cval));
            n->ty = type_basic(TY_UNTYPED_FLOAT);
            return;
        }
        if (!type_is_complex(z->ty)) {
            error_at(c->ctx, z->pos, "invalid argument: %s must be of complex type", operand_string(z));
            set_invalid(n);
            return;
        }
        n->ty = type_basic(underlying(z->ty)->kind == TY_COMPLEX64 ? TY_FLOAT32 : TY_FLOAT64);
        if (z->mode == MODE_CONST) {
            n->mode = MODE_CONST;
            n->cval = (ConstVal *)(id == BI_REAL ? const_real(z->cval) : const_imag(z->cval));
            return;
        }
        n->mode = MODE_VALUE;
        return;
    }
    case BI_CLOSE: {
        if (!want_args(c, n, args, 1))
            return;
        Node *ch = list_at(args, 0);
        check_value(c, ch, NULL);
        if (is_invalid(ch)) {
            set_invalid(n);
            return;
        }
        Type *u = underlying(ch->ty);
        if (u->kind != TY_CHAN) {
            error_at(c->ctx, node_start_pos(ch), "invalid operation: cannot close non-channel %s", operand_string(ch));
            set_invalid(n);
            return;
        }
        if (u->dir == CHAN_RECV) {
            error_at(c->ctx, ch->pos, "invalid operation: cannot close receive-only channel %s", operand_string(ch));
            set_invalid(n);
            return;
        }
        n->mode = MODE_NOVALUE;
        n->ty = NULL;
        return;
    }
    case BI_RECOVER:
        if (args->len) {
            error_at(c->ctx, node_start_pos(n), "invalid operation: too many arguments for %s (expected 0, found %d)",
                     expr_string(n), args->len);
            set_invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->ty = type_new(TY_INTERFACE);
        n->ty->methods = list_new();
        return;
    case BI_NEW:
    case BI_MAKE: {
        const char *name = id == BI_NEW ? "new" : "make";
        if (args->len == 0) {
            error_at(c->ctx, node_start_pos(n), "invalid operation: not enough arguments for %s() (expected 1, found 0)",
                     name);
            set_invalid(n);
            return;
        }
        Type *t = resolve_type(c, list_at(args, 0));
        if (t->kind == TY_INVALID) {
            set_invalid(n);
            return;
        }
        if (id == BI_NEW) {
            if (args->len > 1)
                error_at(c->ctx, node_start_pos(n), "invalid operation: too many arguments for %s (expected 1, found %d)",
                         expr_string(n), args->len);
            n->mode = MODE_VALUE;
            n->ty = type_pointer(t);
            return;
        }
        Type *u = underlying(t);
        int min = u->kind == TY_SLICE ? 2 : 1, max = u->kind == TY_SLICE ? 3 : 2;
        if (u->kind != TY_SLICE && u->kind != TY_MAP && u->kind != TY_CHAN) {
            error_at(c->ctx, ((Node *)list_at(args, 0))->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
                     expr_string(list_at(args, 0)));
            set_invalid(n);
            return;
        }
        if (args->len < min || args->len > max) {
            error_at(c->ctx, node_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d", expr_string(n), min, max,
                     args->len);
            set_invalid(n);
            return;
        }
        for (int i = 1; i < args->len; i++) {
            Node *a = list_at(args, i);
            check_value(c, a, NULL);
            if (is_invalid(a))
                continue;
            valid_index(c, a, "index", false);
        }
        if (args->len == 3) {
            Node *l = list_at(args, 1), *k = list_at(args, 2);
            if (l->mode == MODE_CONST && k->mode == MODE_CONST && l->cval->kind == CV_INT && k->cval->kind == CV_INT &&
                const_compare(l->cval, TK_GTR, k->cval))
                error_at(c->ctx, l->pos, "invalid argument: length and capacity swapped");
        }
        n->mode = MODE_VALUE;
        n->ty = t;
        return;
    }
    case BI_APPEND: {
        if (args->len == 0) {
            error_at(c->ctx, node_start_pos(n), "invalid operation: not enough arguments for append() (expected 1, found 0)");
            set_invalid(n);
            return;
        }
        Node *s0 = list_at(args, 0);
        check_value(c, s0, NULL);
        if (is_invalid(s0)) {
            set_invalid(n);
            return;
        }
        if (s0->mode == MODE_NIL) {
            error_at(c->ctx, s0->pos, "first argument to append must be a typed slice; found untyped nil");
            set_invalid(n);
            return;
        }
        Type *u = underlying(s0->ty);
        if (u->kind != TY_SLICE) {
            error_at(c->ctx, s0->pos, "invalid argument: %s is not a slice", operand_string(s0));
            set_invalid(n);
            return;
        }
        if (n->dots) {
            if (args->len != 2) {
                error_at(c->ctx, n->pos, "%s arguments in call to append\n\thave (%s)\n\twant (%s, ...%s)",
                         args->len < 2 ? "not enough" : "too many", type_string(s0->ty), type_string(s0->ty),
                         type_string(u->elem));
                set_invalid(n);
                return;
            }
            Node *t = list_at(args, 1);
            check_value(c, t, s0->ty);
            if (!is_invalid(t) && !(underlying(u->elem)->kind == TY_UINT8 && type_is_string(t->ty)))
                assign_to(c, t, s0->ty->kind == TY_NAMED ? u : s0->ty, "argument");
        } else {
            for (int i = 1; i < args->len; i++) {
                Node *a = list_at(args, i);
                check_value(c, a, u->elem);
                assign_to(c, a, u->elem, "argument to append");
            }
        }
        n->mode = MODE_VALUE;
        n->ty = s0->ty;
        return;
    }
    case BI_COPY: {
        if (!want_args(c, n, args, 2))
            return;
        Node *d = list_at(args, 0), *src = list_at(args, 1);
        check_value(c, d, NULL);
        check_value(c, src, NULL);
        if (is_invalid(d) || is_invalid(src)) {
            set_invalid(n);
            return;
        }
        Type *du = underlying(d->ty), *su = underlying(src->ty);
        bool ok = du->kind == TY_SLICE && ((su->kind == TY_SLICE && type_identical(du->elem, su->elem)) ||
                                          (type_is_string(su) && underlying(du->elem)->kind == TY_UINT8));
        if (!ok) {
            if (du->kind == TY_SLICE && (su->kind == TY_SLICE || type_is_string(su)))
                error_at(c->ctx, n->pos,
                         "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                         operand_string(d), operand_string(src), type_string(du->elem),
                         su->kind == TY_SLICE ? type_string(su->elem) : "byte");
            else
                error_at(c->ctx, n->pos, "invalid argument: copy expects slice arguments; found %s and %s",
                         operand_string(d), operand_string(src));
            set_invalid(n);
            return;
        }
        convert_untyped(c, src, NULL);
        n->mode = MODE_VALUE;
        n->ty = type_basic(TY_INT);
        return;
    }
    default:
        for (int i = 0; i < args->len; i++)
            check_expr(c, list_at(args, i), NULL);
        unsupported(c->ctx, n->x->pos, xprintf("built-in %s", n->x->name));
        set_invalid(n);
        return;
    }
}

static void check_call(Checker *c, Node *n)
{
    check_expr(c, n->x, NULL);
    Node *f = n->x;
    if (is_invalid(f)) {
        for (int i = 0; n->list && i < n->list->len; i++)
            check_expr(c, list_at(n->list, i), NULL);
        set_invalid(n);
        return;
    }
    if (f->mode == MODE_TYPE) {
        check_conversion(c, n, f->ty);
        return;
    }
    if (f->mode == MODE_BUILTIN) {
        check_builtin(c, n, f->obj->builtin);
        return;
    }
    Type *sig = underlying(f->ty);
    if (sig->kind != TY_FUNC) {
        error_at(c->ctx, node_start_pos(n), "invalid operation: cannot call non-function %s", operand_string(f));
        set_invalid(n);
        return;
    }
    check_call_args(c, n, sig);
    int nres = sig->results->len;
    if (nres == 0) {
        n->mode = MODE_NOVALUE;
        n->ty = NULL;
    } else if (nres == 1) {
        n->mode = MODE_VALUE;
        n->ty = ((Field *)list_at(sig->results, 0))->type;
    } else {
        n->mode = MODE_VALUE;
        n->ty = type_tuple(sig->results);
    }
}

static void check_index(Checker *c, Node *n)
{
    check_expr(c, n->x, NULL);
    check_expr(c, n->y, NULL);
    if (is_invalid(n->x) || is_invalid(n->y)) {
        set_invalid(n);
        return;
    }
    Type *u = underlying(n->x->ty);
    if (u->kind == TY_MAP) {
        assign_to(c, n->y, u->key, "map index");
        n->mode = MODE_MAPINDEX;
        n->ty = u->elem;
        return;
    }
    if (!valid_index(c, n->y, "index", false)) {
        set_invalid(n);
        return;
    }
    if (type_is_string(u)) {
        if (n->x->mode == MODE_CONST && n->y->mode == MODE_CONST && const_int64(n->y->cval) >= n->x->cval->slen) {
            error_at(c->ctx, node_start_pos(n->y), "invalid argument: index %s out of bounds [0:%lld]",
                     const_string(n->y->cval), (long long)n->x->cval->slen);
            set_invalid(n);
            return;
        }
        convert_untyped(c, n->x, NULL);
        n->mode = MODE_VALUE;
        n->ty = type_byte();
        return;
    }
    if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
        u = underlying(u->elem);
    if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
        if (u->kind == TY_ARRAY && n->y->mode == MODE_CONST && const_int64(n->y->cval) >= u->len) {
            error_at(c->ctx, node_start_pos(n->y), "invalid argument: index %s out of bounds [0:%lld]",
                     const_string(n->y->cval), (long long)u->len);
            set_invalid(n);
            return;
        }
        n->mode = u->kind == TY_SLICE || n->x->mode == MODE_VAR ||
                  underlying(n->x->ty)->kind == TY_POINTER ? MODE_VAR : MODE_VALUE;
        n->ty = u->elem;
        return;
    }
    error_at(c->ctx, n->pos, "invalid operation: cannot index %s", operand_string(n->x));
    set_invalid(n);
}

/* types2's isValidIndex, for indices, slice bounds and make's sizes: an
 * untyped index is first given type int ("1.0" is a fine index, "1.5" is
 * truncated); then it must be an integer, and a constant one must be
 * non-negative (unless allow_negative) and fit in an int. */
static bool valid_index(Checker *c, Node *x, const char *what, bool allow_negative)
{
    if (type_is_untyped(x->ty)) {
        if (x->mode != MODE_CONST || !type_is_numeric(x->ty)) {
            error_at(c->ctx, node_start_pos(x), "cannot convert %s to int", operand_string(x));
            set_invalid(x);
            return false;
        }
        c->implicit_conversion = true;
        bool ok = represent(c, x, type_basic(TY_INT));
        c->implicit_conversion = false;
        if (!ok) {
            set_invalid(x);
            return false;
        }
        x->ty = type_basic(TY_INT);
    }
    if (!type_is_integer(x->ty)) {
        error_at(c->ctx, node_start_pos(x), "invalid argument: %s %s must be integer", what, operand_string(x));
        return false;
    }
    if (x->mode == MODE_CONST) {
        if (!allow_negative && const_sign(x->cval) < 0) {
            error_at(c->ctx, node_start_pos(x), "invalid argument: %s %s must not be negative", what,
                     operand_string(x));
            return false;
        }
        ConstVal *as_int;
        if (!const_representable(x->cval, TY_INT, &as_int)) {
            error_at(c->ctx, node_start_pos(x), "invalid argument: %s %s overflows int", what, operand_string(x));
            return false;
        }
        x->cval = as_int;
    }
    return true;
}

/* x[lo:hi:max], with the checks types2 makes of constant indices. */
static void check_slice_expr(Checker *c, Node *n)
{
    /* (a missing middle or final index of x[i::] is the parser's error) */
    check_value(c, n->x, NULL);
    if (is_invalid(n->x)) {
        set_invalid(n);
        return;
    }
    Type *u = underlying(n->x->ty);
    int64_t length = -1;                   /* known statically for strings, arrays */
    if (type_is_string(u)) {
        if (n->slice3) {
            error_at(c->ctx, n->max ? n->max->pos : n->pos, "invalid operation: 3-index slice of string");
            set_invalid(n);
            return;
        }
        if (n->x->mode == MODE_CONST)
            length = n->x->cval->slen;
        convert_untyped(c, n->x, NULL);
        n->ty = type_is_untyped(n->x->ty) ? type_basic(TY_STRING) : n->x->ty;
    } else if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY) {
        length = underlying(u->elem)->len;
        n->ty = type_slice(underlying(u->elem)->elem);
    } else if (u->kind == TY_ARRAY) {
        if (n->x->mode != MODE_VAR) {
            error_at(c->ctx, n->pos, "invalid operation: %s (slice of unaddressable value)", operand_string(n->x));
            set_invalid(n);
            return;
        }
        length = u->len;
        n->ty = type_slice(u->elem);
    } else if (u->kind == TY_SLICE) {
        n->ty = n->x->ty;
    } else {
        error_at(c->ctx, n->pos, "invalid operation: cannot slice %s", operand_string(n->x));
        set_invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    Node *bounds[3] = {n->lo, n->hi, n->max};
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        Node *b = bounds[i];
        ind[i] = i == 0 ? 0 : length;
        if (!b)
            continue;
        ind[i] = -1;
        check_value(c, b, NULL);
        if (is_invalid(b))
            continue;
        if (!valid_index(c, b, "index", false))
            continue;
        if (b->mode == MODE_CONST) {
            if (length >= 0 && const_int64(b->cval) > length) {   /* beyond the capacity, length+1 */
                error_at(c->ctx, node_start_pos(b), "invalid argument: index %s out of bounds [0:%lld]",
                         const_string(b->cval), (long long)length + 1);
                continue;
            }
            ind[i] = const_int64(b->cval);
        }
    }
    for (int i = 0; i < 2; i++) {          /* constant indices must not be inverted */
        if (ind[i] <= 0)
            continue;
        for (int j = i + 1; j < 3; j++)
            if (ind[j] >= 0 && ind[j] < ind[i]) {
                error_at(c->ctx, bounds[j] ? bounds[j]->pos : n->pos, "invalid slice indices: %lld < %lld",
                         (long long)ind[j], (long long)ind[i]);
                return;
            }
    }
}

/* T{...}: struct, array, slice and map literals. An element whose own
 * literal type is elided takes the element type (hint). */
static void check_composite(Checker *c, Node *n, Type *hint)
{
    Type *t;
    Node *tn = n->type;
    bool open_array = tn && tn->kind == N_ARRAYTYPE && tn->len && tn->len->kind == N_ELLIPSIS;
    if (open_array) {
        t = type_array(resolve_type(c, tn->elem), 0);
    } else if (tn) {
        t = resolve_type(c, tn);
    } else if (hint) {
        t = hint;
        if (underlying(t)->kind == TY_POINTER) {      /* &T{} elided as {} in []*T{{...}} */
            t = underlying(t)->elem;
            n->implicit_addr = true;
        }
    } else {
        error_at(c->ctx, n->pos, "missing type in composite literal");
        set_invalid(n);
        return;
    }
    Type *u = underlying(t);
    List *elts = n->list ? n->list : list_new();
    if (u->kind == TY_INVALID) {
        set_invalid(n);
        return;
    }
    switch (u->kind) {
    case TY_STRUCT: {
        bool keyed = elts->len > 0 && ((Node *)list_at(elts, 0))->kind == N_KEYVALUE;
        for (int i = 0; i < elts->len; i++) {
            Node *e = list_at(elts, i);
            if ((e->kind == N_KEYVALUE) != keyed) {
                error_at(c->ctx, e->pos, "mixture of field:value and value elements in struct literal");
                check_expr(c, e->kind == N_KEYVALUE ? e->y : e, NULL);
                continue;
            }
            Field *f = NULL;
            Node *v = e;
            if (keyed) {
                v = e->y;
                if (e->x->kind != N_IDENT) {
                    error_at(c->ctx, e->x->pos, "invalid field name %s in struct literal", expr_string(e->x));
                    continue;
                }
                for (int k = 0; k < u->fields->len; k++)
                    if (strcmp(((Field *)list_at(u->fields, k))->name, e->x->name) == 0) {
                        f = list_at(u->fields, k);
                        e->iota = k;              /* the field's index, for ir.c */
                    }
                for (int k = 0; f && k < i; k++) {
                    Node *prev = list_at(elts, k);
                    if (prev->kind == N_KEYVALUE && prev->x->kind == N_IDENT && strcmp(prev->x->name, e->x->name) == 0) {
                        error_at(c->ctx, e->x->pos, "duplicate field name %s in struct literal", e->x->name);
                        break;
                    }
                }
                if (!f) {
                    error_at(c->ctx, e->x->pos, "unknown field %s in struct literal of type %s", e->x->name,
                             type_string(t));
                    check_expr(c, v, NULL);
                    continue;
                }
            } else {
                if (i >= u->fields->len) {
                    error_at(c->ctx, e->pos, "too many values in %s", expr_string(n));
                    break;
                }
                f = list_at(u->fields, i);
            }
            if (v->kind == N_COMPOSITE && !v->type) {   /* only array, slice and map elements elide it */
                error_at(c->ctx, v->pos, "missing type in composite literal");
                continue;
            }
            check_value(c, v, f->type);
            assign_to(c, v, f->type, "struct literal");
        }
        int positional = 0;
        for (int i = 0; i < elts->len; i++)
            positional += ((Node *)list_at(elts, i))->kind != N_KEYVALUE;
        if (!keyed && positional > 0 && positional < u->fields->len)
            error_at(c->ctx, n->rbrace.line ? n->rbrace : n->pos, "too few values in %s", expr_string(n));
        break;
    }
    case TY_ARRAY:
    case TY_SLICE: {
        int64_t index = 0, max = 0;
        int64_t length = u->kind == TY_ARRAY && !open_array ? u->len : -1;
        for (int i = 0; i < elts->len; i++) {
            Node *e = list_at(elts, i);
            Node *v = e;
            bool valid = false;            /* index is this element's: check it for duplicates */
            if (e->kind == N_KEYVALUE) {
                /* types2's index(): a valid index (an int, not negative), constant,
                 * and within the array */
                check_expr(c, e->x, NULL);
                if (!is_invalid(e->x) && valid_index(c, e->x, "index", false)) {
                    int64_t k = e->x->mode == MODE_CONST ? const_int64(e->x->cval) : -1;
                    if (e->x->mode != MODE_CONST)
                        error_at(c->ctx, node_start_pos(e->x), "index %s must be integer constant", expr_string(e->x));
                    else if (length >= 0 && k >= length)
                        error_at(c->ctx, node_start_pos(e->x), "invalid argument: index %s out of bounds [0:%lld]",
                                 const_string(e->x->cval), (long long)length);
                    else
                        index = k, valid = true;
                }
                v = e->y;
            } else if (length >= 0 && index >= length) {
                error_at(c->ctx, v->pos, "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
            } else {
                valid = true;
            }
            for (int k = 0; valid && k < i; k++) {
                Node *prev = list_at(elts, k);
                if (prev->iota == index) {
                    error_at(c->ctx, e->pos, "duplicate index %lld in array or slice literal", (long long)index);
                    break;
                }
            }
            check_value(c, v, u->elem);
            assign_to(c, v, u->elem, "array or slice literal");
            e->iota = valid ? (int)index : -1;     /* after checking: a func literal uses iota too */
            index++;
            if (index > max)
                max = index;
        }
        if (open_array) {
            u->len = max;
            tn->ty = t;
        }
        break;
    }
    case TY_MAP:
        for (int i = 0; i < elts->len; i++) {
            Node *e = list_at(elts, i);
            if (e->kind != N_KEYVALUE) {
                error_at(c->ctx, e->pos, "missing key in map literal");
                check_expr(c, e, NULL);
                continue;
            }
            check_value(c, e->x, u->key);
            assign_to(c, e->x, u->key, "map literal");
            for (int k = 0; e->x->mode == MODE_CONST && k < i; k++) {   /* constant keys must differ */
                Node *prev = list_at(elts, k);
                if (prev->kind != N_KEYVALUE || prev->x->mode != MODE_CONST)
                    continue;
                if (const_equal(prev->x->cval, e->x->cval)) {
                    error_at(c->ctx, e->x->pos, "duplicate key %s in map literal", expr_string(e->x));
                    break;
                }
            }
            check_value(c, e->y, u->elem);
            assign_to(c, e->y, u->elem, "map literal");
        }
        break;
    default:
        error_at(c->ctx, n->pos, "invalid composite literal type %s", type_string(t));
        set_invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->ty = n->implicit_addr ? hint : t;
}

/* Checks expression n; hint is the type an untyped result may take (unused
 * for now except through shifts). Results land in n->mode, n->ty, n->cval. */
static void check_expr(Checker *c, Node *n, Type *hint)
{
    switch (n->kind) {
    case N_IDENT: check_ident(c, n); return;
    case N_BASICLIT:
        n->mode = MODE_CONST;
        n->cval = literal_value(c, n);
        if (!n->cval) {                   /* malformed: reported by the lexer */
            set_invalid(n);
            return;
        }
        n->ty = type_basic(n->op == TK_INT ? TY_UNTYPED_INT : n->op == TK_FLOAT ? TY_UNTYPED_FLOAT :
                           n->op == TK_CHAR ? TY_UNTYPED_RUNE : n->op == TK_STRING ? TY_UNTYPED_STRING :
                           TY_UNTYPED_COMPLEX);
        return;
    case N_PAREN:
        check_expr(c, n->x, hint);
        n->mode = n->x->mode;
        n->ty = n->x->ty;
        n->cval = n->x->cval;
        n->obj = n->x->obj;
        return;
    case N_BINARY: check_binary(c, n, hint); return;
    case N_UNARY: check_unary(c, n, hint); return;
    case N_CALL: check_call(c, n); return;
    case N_SELECTOR: check_selector(c, n); return;
    case N_INDEX: check_index(c, n); return;
    case N_COMPOSITE: check_composite(c, n, hint); return;
    case N_SLICE: check_slice_expr(c, n); return;
    case N_BAD: set_invalid(n); return;     /* the parser has reported it */
    case N_FUNCLIT: {
        Scope *saved = c->scope;
        scope_open(c, true);
        c->func_depth++;
        n->iota = c->func_depth;
        n->list = list_new();
        n->scope = c->scope;
        list_push(c->funclits, n);
        Type *sig = func_type(c, n->type, true);
        check_func_body(c, sig, n->body, n->body->rbrace);
        c->funclits->len--;
        c->func_depth--;
        scope_close(c);
        c->scope = saved;
        n->mode = MODE_VALUE;
        n->ty = sig;
        return;
    }
    case N_TYPEASSERT: {
        check_value(c, n->x, NULL);
        if (!n->type) {
            error_at(c->ctx, n->pos, "invalid syntax tree: use of .(type) outside type switch");
            set_invalid(n);
            return;
        }
        Type *t = resolve_type(c, n->type);
        if (is_invalid(n->x) || t->kind == TY_INVALID) {
            set_invalid(n);
            return;
        }
        if (underlying(n->x->ty)->kind != TY_INTERFACE) {
            error_at(c->ctx, n->x->pos, "invalid operation: %s is not an interface", operand_string(n->x));
            set_invalid(n);
            return;
        }
        const char *why = underlying(t)->kind == TY_INTERFACE ? NULL : missing_method(c, t, n->x->ty);
        if (why) {
            error_at(c->ctx, n->type->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                     expr_string(n), type_string(t), type_string(n->x->ty), why);
            set_invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->ty = t;
        return;
    }
    case N_STAR:
        check_expr(c, n->x, NULL);
        if (is_invalid(n->x)) {
            set_invalid(n);
            return;
        }
        if (n->x->mode == MODE_TYPE) {
            n->mode = MODE_TYPE;
            n->ty = type_pointer(n->x->ty);
            return;
        }
        if (underlying(n->x->ty)->kind != TY_POINTER) {
            error_at(c->ctx, n->pos, "invalid operation: cannot indirect %s", operand_string(n->x));
            set_invalid(n);
            return;
        }
        n->mode = MODE_VAR;
        n->ty = underlying(n->x->ty)->elem;
        return;
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        n->ty = resolve_type(c, n);
        n->mode = MODE_TYPE;
        return;
    default:
        unsupported(c->ctx, n->pos, xprintf("%s expression", node_kind_name(n->kind)));
        set_invalid(n);
        return;
    }
}

/* An expression used as a single value (not a type, not a no-value call). */
static void check_value(Checker *c, Node *n, Type *hint)
{
    check_expr(c, n, hint);
    if (is_invalid(n))
        return;
    if (n->mode == MODE_NOVALUE) {
        error_at(c->ctx, n->pos, "%s (no value) used as value", expr_string(n));
        set_invalid(n);
    } else if (n->mode == MODE_TYPE) {
        error_at(c->ctx, n->pos, "%s (type) is not an expression", expr_string(n));
        set_invalid(n);
    } else if (n->mode == MODE_BUILTIN) {
        error_at(c->ctx, n->pos, "%s (built-in) must be called", expr_string(n));
        set_invalid(n);
    } else if (n->ty && n->ty->kind == TY_TUPLE) {
        error_at(c->ctx, n->pos, "multiple-value %s (value of type %s) in single-value context",
                 expr_string(n), type_string(n->ty));
        set_invalid(n);
    }
}

/* ---------------------------------------------------------------- declarations */

/* Declares the names of a var spec with the given values checked against its type. */
static void check_var_spec(Checker *c, Node *spec, bool local)
{
    Type *t = spec->type ? resolve_type(c, spec->type) : NULL;
    int nnames = spec->list->len, nvalues = spec->list2 ? spec->list2->len : 0;
    Type *tuple = NULL;
    if (nvalues == 1 && nnames > 1) {
        Node *v = list_at(spec->list2, 0);
        check_expr(c, v, NULL);
        tuple = multi_value_type(v, nnames);
    }
    if (nvalues && nvalues != nnames && !tuple &&
        !(nvalues == 1 && is_invalid(list_at(spec->list2, 0)))) {   /* already reported */
        report_mismatch(c, ((Node *)list_at(spec->list, 0))->pos, nnames, spec->list2);
    }
    for (int i = 0; i < nnames; i++) {
        Node *name = list_at(spec->list, i);
        Object *o = name->obj;
        if (!o) {
            o = object_new(OBJ_VAR, name->name, name->pos);
            o->decl = spec;
            name->obj = o;
        }
        Type *vt = t;
        if (tuple) {
            Type *rt = ((Field *)list_at(tuple->fields, i))->type;
            if (t && !result_assignable(c, rt, t))
                error_at(c->ctx, name->pos, "cannot use %s value as %s value in assignment", type_string(rt),
                         type_string(t));
            if (!t)
                vt = default_type(rt);
        } else if (i < nvalues && nvalues == nnames) {
            Node *v = list_at(spec->list2, i);
            check_value(c, v, t);
            if (t)
                assign_to(c, v, t, "variable declaration");
            else {
                if (v->mode == MODE_NIL) {
                    error_at(c->ctx, v->pos, "use of untyped nil in variable declaration");
                    set_invalid(v);
                }
                const char *saved = c->context;
                c->context = "variable declaration";
                convert_untyped(c, v, NULL);
                c->context = saved;
                vt = v->ty;
            }
            if (is_invalid(v))
                o->used = true;            /* its initialisation failed: types2 says no more */
        }
        o->type = vt ? vt : type_basic(TY_INVALID);
        if (o->type->kind == TY_INVALID)
            o->used = true;                /* no follow-on "declared but not used" */
        if (local)
            declare(c, o);
    }
}

static void check_const_spec(Checker *c, Node *spec, bool local)
{
    /* an omitted value list repeats the previous one in its group, with its
     * own iota: spec->group is the spec whose values apply (set_const_groups) */
    Node *src = spec->group ? spec->group : spec;
    Node *type_node = src == spec ? spec->type : src->type;
    Type *t = type_node ? resolve_type(c, type_node) : NULL;
    int nnames = spec->list->len, nvalues = src->list2 ? src->list2->len : 0;
    /* types2's arity check: at the first name without a value, or at the
     * first value without a name (at the spec when it repeats another's) */
    if (nnames > nvalues) {
        Node *name = list_at(spec->list, nvalues);
        error_at(c->ctx, name->pos, "missing init expr for %s", name->name);
    } else if (nnames < nvalues) {
        Node *extra = list_at(src->list2, nnames);
        if (src == spec)
            error_at(c->ctx, node_start_pos(extra), "extra init expr %s", expr_string(extra));
        else
            error_at(c->ctx, spec->pos, "extra init expr at %s", pos_string(c->ctx, node_start_pos(extra)));
    }
    int saved_iota = c->iota;
    c->iota = spec->iota;
    for (int i = 0; i < nnames; i++) {
        Node *name = list_at(spec->list, i);
        Object *o = name->obj;
        if (!o) {
            o = object_new(OBJ_CONST, name->name, name->pos);
            o->decl = spec;
            name->obj = o;
        }
        if (i < nvalues) {
            /* each repetition is a fresh copy of the expression, so iota differs */
            Node *v = list_at(src->list2, i);
            if (src != spec) {
                Node *copy = xalloc(sizeof *copy);
                *copy = *v;
                v = copy;
            }
            v->ty = NULL;
            check_expr(c, v, t);
            if (!is_invalid(v) && v->mode != MODE_CONST) {
                error_at(c->ctx, v->pos, "%s is not constant", operand_string(v));
                set_invalid(v);
            }
            if (!is_invalid(v) && t)
                assign_to(c, v, t, "constant declaration");
            if (is_invalid(v)) {
                o->type = type_basic(TY_INVALID);
                o->cval = const_make_int64(0);
            } else {
                o->type = v->ty;
                o->cval = v->cval;
            }
        } else {
            o->type = type_basic(TY_INVALID);
            o->cval = const_make_int64(0);
        }
        if (local)
            declare(c, o);
    }
    c->iota = saved_iota;
}

/* Links every const spec to the spec whose values it uses: itself, or the
 * nearest earlier one with values in its group. The parser marks groups by
 * pointing each spec's group at the group's first spec; this replaces that
 * with the value source. */
static void set_const_groups(List *specs)
{
    Node *first = NULL, *last = NULL;
    for (int i = 0; specs && i < specs->len; i++) {
        Node *spec = list_at(specs, i);
        if (spec->kind != N_CONST)
            continue;
        Node *g = spec->group ? spec->group : spec;
        if (g != first) {
            first = g;
            last = NULL;
        }
        if (spec->list2 || spec->type)     /* a type without values repeats nothing: */
            last = spec;                   /* "missing init expr" (types2's constDecl) */
        spec->group = last;
    }
}

/* The type name a receiver is declared with: T in `(t T)` and `(t *T)`. */
static Node *receiver_base(Node *recv)
{
    Node *t = recv->type;
    while (t->kind == N_PAREN)
        t = t->x;
    if (t->kind == N_STAR)
        t = t->x;
    while (t->kind == N_PAREN)
        t = t->x;
    return t->kind == N_IDENT ? t : NULL;
}

/* Gives a package-level defined type the methods declared on it. */
static void attach_methods(Checker *c, Type *named)
{
    for (int i = 0; i < c->pkg->method_decls->len; i++) {
        Node *d = list_at(c->pkg->method_decls, i);
        Node *base = receiver_base(d->recv);
        if (!base || strcmp(base->name, named->obj->name) != 0 || strcmp(d->name, "_") == 0)
            continue;
        Object *m = object_new(OBJ_FUNC, d->name, d->namepos);
        m->decl = d;
        m->recv_type = named->obj;
        d->obj = m;
        Type *u = underlying(named);
        bool clash = false;
        for (int k = 0; u->kind == TY_STRUCT && k < u->fields->len; k++)
            if (strcmp(((Field *)list_at(u->fields, k))->name, d->name) == 0) {
                error_at(c->ctx, d->namepos, "field and method with the same name %s\n\t%s: other declaration of %s",
                         d->name, pos_string(c->ctx, ((Field *)list_at(u->fields, k))->pos), d->name);
                clash = true;
            }
        for (int k = 0; k < named->methods->len; k++) {
            Object *prev = list_at(named->methods, k);
            if (strcmp(prev->name, d->name) == 0) {
                error_at(c->ctx, d->namepos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
                         named->obj->name, d->name, pos_string(c->ctx, prev->pos), d->name);
                clash = true;
            }
        }
        if (!clash)
            list_push(named->methods, m);
    }
}

/* Checks a package-level object's declaration the first time it is needed. */
static void resolve_object(Checker *c, Object *obj)
{
    if (!obj->decl || obj->type)
        return;
    for (int i = 0; i < c->pending->len; i++) {
        if (list_at(c->pending, i) == obj) {
            if (obj->kind == OBJ_VAR && obj->is_global)
                list_push(c->var_cycles, obj);   /* gc reports it as an initialization loop */
            else
                error_at(c->ctx, obj->pos, "initialization cycle or invalid recursive reference to %s", obj->name);
            obj->type = type_basic(TY_INVALID);
            return;
        }
    }
    list_push(c->pending, obj);
    Scope *saved = c->scope;
    Type *saved_sig = c->result_sig;
    if (obj->package)                      /* a package-level object; a local one stays in its block */
        c->scope = c->package;
    Node *d = obj->decl;
    switch (obj->kind) {
    case OBJ_CONST:
        check_const_spec(c, d, false);
        break;
    case OBJ_VAR: {
        Object *saved_decl = c->decl_obj;
        if (obj->is_global)
            c->decl_obj = obj;
        check_var_spec(c, d, false);
        c->decl_obj = saved_decl;
        break;
    }
    case OBJ_TYPE: {
        Type *named = type_new(TY_NAMED);
        named->obj = obj;
        named->methods = list_new();
        obj->type = named;
        if (d->alias) {
            obj->type = resolve_type(c, d->type);
        } else {
            /* type T2 T1 while T1 is itself being declared: T1's underlying
               type is not known yet, so T2 points at T1 and underlying()
               follows the chain once it is */
            Type *rt = resolve_type(c, d->type);
            named->underlying = underlying(rt) ? underlying(rt) : rt;
            if (!named->underlying || named->underlying == named)
                named->underlying = type_basic(TY_INVALID);
            if (scope_find_local(c->package, obj->name) == obj)
                attach_methods(c, named);
        }
        break;
    }
    case OBJ_FUNC:
        scope_open(c, true);               /* the parameters' names are not declared here */
        obj->type = func_type(c, d->type, false);
        break;
    default:
        break;
    }
    c->scope = saved;
    c->result_sig = saved_sig;
    c->pending->len--;
}

/* ---------------------------------------------------------------- statements */

static bool is_terminating(Node *s);

static bool is_terminating_list(List *l)
{
    /* trailing empty statements do not count */
    for (int i = l ? l->len - 1 : -1; i >= 0; i--) {
        Node *s = list_at(l, i);
        if (s->kind == N_EMPTY)
            continue;
        return is_terminating(s);
    }
    return false;
}

static bool has_break(Node *s, const char *label, bool top);

static bool has_break_list(List *l, const char *label, bool top)
{
    for (int i = 0; l && i < l->len; i++)
        if (has_break(list_at(l, i), label, top))
            return true;
    return false;
}

/* Whether s contains a break that targets the enclosing statement (top: not
 * inside a nested breakable statement, where only labelled breaks count). */
static bool has_break(Node *s, const char *label, bool top)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH:
        return s->op == TK_BREAK && ((top && !s->name) || (s->name && label && strcmp(s->name, label) == 0));
    case N_BLOCK: return has_break_list(s->list, label, top);
    case N_LABELED: return has_break(s->body, label, top);
    case N_IF: return has_break(s->body, label, top) || has_break(s->els, label, top);
    case N_CASE: return has_break_list(s->list2, label, top);
    case N_FOR: case N_RANGE: return has_break(s->body, label, false);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: return has_break_list(s->list, label, false);
    default: return false;
    }
}

/* The spec's "Terminating statements". */
static bool is_terminating(Node *s)
{
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->op == TK_GOTO;
    case N_EXPRSTMT: {
        Node *x = s->x;
        while (x->kind == N_PAREN)
            x = x->x;
        return x->kind == N_CALL && x->x->kind == N_IDENT && x->x->obj &&
               x->x->obj->kind == OBJ_BUILTIN && x->x->obj->builtin == BI_PANIC;
    }
    case N_BLOCK: return is_terminating_list(s->list);
    case N_IF: return s->els && is_terminating(s->body) && is_terminating(s->els);
    case N_FOR: return !s->cond && !has_break(s->body, NULL, true);
    case N_LABELED: {
        Node *b = s->body;
        if (b->kind == N_FOR)
            return !b->cond && !has_break(b->body, s->name, true);
        if (b->kind == N_SWITCH || b->kind == N_TYPESWITCH || b->kind == N_SELECT) {
            for (int i = 0; b->list && i < b->list->len; i++)   /* break L leaves it */
                if (has_break_list(((Node *)list_at(b->list, i))->list2, s->name, false))
                    return false;
        }
        return is_terminating(b);
    }
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        bool has_default = false;
        for (int i = 0; i < s->list->len; i++) {
            Node *cl = list_at(s->list, i);
            if (!cl->list && !cl->comm)
                has_default = true;
            if (has_break_list(cl->list2, NULL, true))
                return false;
            List *body = cl->list2;
            Node *last = body && body->len ? list_at(body, body->len - 1) : NULL;
            bool ft = last && last->kind == N_BRANCH && last->op == TK_FALLTHROUGH;
            if (!ft && !is_terminating_list(body))
                return false;
        }
        return s->kind == N_SELECT || has_default;
    }
    default: return false;
    }
}

/* The types a single expression yields to n variables: a call's results, or
 * the value and the ok of a comma-ok expression (x.(T), m[k], <-ch). */
static Type *multi_value_type(Node *x, int n)
{
    if (x->mode == MODE_INVALID || !x->ty)
        return NULL;
    if (x->ty->kind == TY_TUPLE)
        return x->ty->fields->len == n ? x->ty : NULL;
    if (n == 2 && (x->mode == MODE_COMMAOK || x->mode == MODE_MAPINDEX)) {
        List *fields = list_new();
        Field *v = xalloc(sizeof *v), *ok = xalloc(sizeof *ok);
        v->type = x->ty;
        ok->type = type_basic(TY_UNTYPED_BOOL);   /* assignable to any boolean type */
        list_push(fields, v);
        list_push(fields, ok);
        return type_tuple(fields);
    }
    return NULL;
}

/* Whether one value of a multi-value expression goes into type t; a
 * comma-ok's untyped bool goes into any boolean type. */
static bool result_assignable(Checker *c, Type *v, Type *t)
{
    if (v->kind == TY_UNTYPED_BOOL)
        return type_is_boolean(t) || (underlying(t)->kind == TY_INTERFACE && !missing_method(c, type_basic(TY_BOOL), t));
    return assignable(c, v, t);
}

/* gc's reasons why x cannot be assigned to. */
static void report_unassignable(Checker *c, Node *x)
{
    Node *inner = x;
    while (inner->kind == N_PAREN)
        inner = inner->x;
    if (inner->mode == MODE_BUILTIN) {
        error_at(c->ctx, node_start_pos(x), "%s (built-in) must be called", expr_string(x));
        return;
    }
    if (inner->kind == N_SELECTOR) {      /* m[k].f: the map holds a copy */
        Node *base = inner->x;
        while (base->kind == N_PAREN)
            base = base->x;
        if (base->kind == N_INDEX && base->mode == MODE_MAPINDEX) {
            error_at(c->ctx, node_start_pos(x), "cannot assign to struct field %s in map", expr_string(x));
            return;
        }
    }
    error_at(c->ctx, node_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)", expr_string(x));
}

/* n variables for the values of rhs: gc's words for the wrong count. */
static void report_mismatch(Checker *c, Pos pos, int n, List *rhs)
{
    Node *r0 = rhs && rhs->len ? list_at(rhs, 0) : NULL;
    if (rhs && rhs->len == 1 && r0->kind == N_CALL && r0->ty && r0->ty->kind == TY_TUPLE) {
        int m = r0->ty->fields->len;
        error_at(c->ctx, pos, "assignment mismatch: %d variable%s but %s returns %d value%s", n, n > 1 ? "s" : "",
                 expr_string(r0->x), m, m > 1 ? "s" : "");
        return;
    }
    int m = rhs ? rhs->len : 0;
    error_at(c->ctx, pos, "assignment mismatch: %d variable%s but %d value%s", n, n > 1 ? "s" : "", m,
             m > 1 ? "s" : "");
}

/* Whether some value of a checked list is invalid: its error is already
 * reported, and types2 then says nothing of a count mismatch. */
static bool any_invalid(List *values)
{
    for (int i = 0; i < values->len; i++)
        if (is_invalid(list_at(values, i)))
            return true;
    return false;
}

/* a, b := <values with an error>: the new names are declared with an
 * invalid type and count as used, as types2 leaves them, so that their uses
 * say nothing more. */
static void define_invalid(Checker *c, List *lhs)
{
    for (int i = 0; i < lhs->len; i++) {
        Node *l = list_at(lhs, i);
        if (l->kind != N_IDENT || strcmp(l->name, "_") == 0 || scope_find_local(c->scope, l->name))
            continue;
        Object *o = object_new(OBJ_VAR, l->name, l->pos);
        o->type = type_basic(TY_INVALID);
        o->used = true;
        l->obj = o;
        l->ty = o->type;
        l->mode = MODE_VAR;
        declare(c, o);
    }
}

/* a, b := f() with f returning (A, B): each name new or redeclared in this scope */
static void define_from_tuple(Checker *c, Node *n, Type *tuple)
{
    bool any_new = false;
    List *fresh = list_new();
    for (int i = 0; i < n->list->len; i++) {
        Node *l = list_at(n->list, i);
        Type *t = ((Field *)list_at(tuple->fields, i))->type;
        if (l->kind != N_IDENT) {
            error_at(c->ctx, l->pos, "non-name %s on left side of :=", expr_string(l));
            continue;
        }
        Object *prev = strcmp(l->name, "_") ? scope_find_local(c->scope, l->name) : NULL;
        if (prev && prev->kind == OBJ_VAR) {
            l->obj = prev;
            l->mode = MODE_VAR;
            l->ty = prev->type;
            if (!result_assignable(c, t, prev->type))
                error_at(c->ctx, l->pos, "cannot use %s value as %s value in assignment", type_string(t),
                         type_string(prev->type));
            continue;
        }
        if (strcmp(l->name, "_") != 0)
            any_new = true;
        Object *o = object_new(OBJ_VAR, l->name, l->pos);
        o->type = t = default_type(t);
        o->decl = n;
        l->obj = o;
        l->ty = t;
        l->mode = MODE_VAR;
        list_push(fresh, o);
    }
    for (int i = 0; i < fresh->len; i++)
        declare(c, list_at(fresh, i));
    if (!any_new)
        error_at(c->ctx, n->pos, "no new variables on left side of :=");
}

/* a, b = f() with f returning (A, B) */
static void assign_from_tuple(Checker *c, Node *n, Type *tuple)
{
    for (int i = 0; i < n->list->len; i++) {
        Node *l = list_at(n->list, i);
        Type *t = ((Field *)list_at(tuple->fields, i))->type;
        if (l->kind == N_IDENT && strcmp(l->name, "_") == 0) {
            l->mode = MODE_VAR;
            l->ty = t;
            continue;
        }
        check_expr(c, l, NULL);
        if (is_invalid(l))
            continue;
        if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX)
            report_unassignable(c, l);
        else if (!result_assignable(c, t, l->ty))
            error_at(c->ctx, l->pos, "cannot use %s value as %s value in assignment", type_string(t),
                     type_string(l->ty));
    }
}

static void check_assign(Checker *c, Node *n)
{
    List *lhs = n->list, *rhs = n->list2;
    if (n->op != 0 && n->op != TK_DEFINE)
        ;                                  /* x op= y: one value each side */
    else if (lhs->len == 1 && rhs->len == 1 && ((Node *)list_at(rhs, 0))->kind == N_CALL) {
        Node *r = list_at(rhs, 0);
        check_expr(c, r, NULL);
        if (!is_invalid(r) && r->ty && r->ty->kind == TY_TUPLE) {
            report_mismatch(c, n->pos, 1, rhs);
            Node *l = list_at(lhs, 0);
            if (n->op == TK_DEFINE && l->kind == N_IDENT && strcmp(l->name, "_") != 0) {
                Object *o = object_new(OBJ_VAR, l->name, l->pos);   /* declared, quietly */
                o->type = type_basic(TY_INVALID);
                o->used = true;
                l->obj = o;
                declare(c, o);
            }
            return;
        }
    }
    if (n->op == TK_DEFINE) {
        if (lhs->len != rhs->len) {
            for (int i = 0; i < rhs->len; i++)
                check_expr(c, list_at(rhs, i), NULL);
            Node *r0 = list_at(rhs, 0);
            Type *tuple = rhs->len == 1 ? multi_value_type(r0, lhs->len) : NULL;
            if (tuple)
                define_from_tuple(c, n, tuple);
            else if (any_invalid(rhs))
                define_invalid(c, lhs);
            else
                report_mismatch(c, n->pos, lhs->len, rhs);
            return;
        }
        bool any_new = false;
        List *fresh = list_new();
        for (int i = 0; i < lhs->len; i++) {
            Node *l = list_at(lhs, i), *r = list_at(rhs, i);
            check_value(c, r, NULL);
            if (l->kind != N_IDENT) {
                error_at(c->ctx, l->pos, "non-name %s on left side of :=", expr_string(l));
                continue;
            }
            Object *prev = strcmp(l->name, "_") ? scope_find_local(c->scope, l->name) : NULL;
            if (prev && prev->kind == OBJ_VAR) {
                l->obj = prev;
                l->mode = MODE_VAR;
                l->ty = prev->type;
                assign_to(c, r, prev->type, "assignment");
                continue;
            }
            if (strcmp(l->name, "_") != 0)
                any_new = true;
            if (r->mode == MODE_NIL) {
                error_at(c->ctx, r->pos, "use of untyped nil in assignment");
                set_invalid(r);
            }
            convert_untyped(c, r, NULL);
            Object *o = object_new(OBJ_VAR, l->name, l->pos);
            o->type = is_invalid(r) ? type_basic(TY_INVALID) : r->ty;
            o->decl = n;
            l->obj = o;
            l->ty = o->type;
            l->mode = MODE_VAR;
            if (is_invalid(r))
                o->used = true;
            list_push(fresh, o);
        }
        for (int i = 0; i < fresh->len; i++)
            declare(c, list_at(fresh, i));
        if (!any_new)
            error_at(c->ctx, n->pos, "no new variables on left side of :=");
        return;
    }
    if (n->op != 0) {  /* x op= y */
        Node *l = list_at(lhs, 0), *r = list_at(rhs, 0);
        Node bin = {.kind = N_BINARY, .pos = n->pos, .op = n->op, .x = l, .y = r};
        check_binary(c, &bin, NULL);
        if (!is_invalid(l) && l->mode != MODE_VAR && l->mode != MODE_MAPINDEX)
            report_unassignable(c, l);
        return;
    }
    if (lhs->len != rhs->len) {
        for (int i = 0; i < rhs->len; i++)
            check_expr(c, list_at(rhs, i), NULL);
        Node *r0 = list_at(rhs, 0);
        Type *tuple = rhs->len == 1 ? multi_value_type(r0, lhs->len) : NULL;
        if (tuple)
            assign_from_tuple(c, n, tuple);
        else if (!any_invalid(rhs))
            report_mismatch(c, n->pos, lhs->len, rhs);
        return;
    }
    for (int i = 0; i < lhs->len; i++) {
        Node *l = list_at(lhs, i), *r = list_at(rhs, i);
        if (l->kind == N_IDENT && strcmp(l->name, "_") == 0) {
            check_value(c, r, NULL);
            if (r->mode == MODE_NIL)
                error_at(c->ctx, r->pos, "use of untyped nil in assignment");
            const char *saved = c->context;
            c->context = "assignment to _ identifier";
            convert_untyped(c, r, NULL);
            c->context = saved;
            l->mode = MODE_VAR;
            l->ty = r->ty;
            continue;
        }
        /* assigning to a variable does not use it */
        bool was_used = false;
        Object *o = l->kind == N_IDENT ? lookup(c, l->name, l->pos.file) : NULL;
        if (o)
            was_used = o->used;
        check_expr(c, l, NULL);
        if (o && o->kind == OBJ_VAR)
            o->used = was_used;
        check_value(c, r, is_invalid(l) ? NULL : l->ty);
        if (is_invalid(l))
            continue;
        if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
            report_unassignable(c, l);
            continue;
        }
        assign_to(c, r, l->ty, "assignment");
    }
}

static void check_func_body(Checker *c, Type *sig, Node *body, Pos rbrace);
static bool result_assignable(Checker *c, Type *v, Type *t);
static const char *operand_string(Node *x);
static void report_mismatch(Checker *c, Pos pos, int n, List *rhs);

/* A constant case value repeated in an expression switch: gc's error. */
static void report_duplicate_case(Checker *c, Node *sw, int clause, int index, Node *e)
{
    for (int i = 0; i <= clause; i++) {
        Node *cl = list_at(sw->list, i);
        for (int k = 0; cl->list && k < cl->list->len && (i < clause || k < index); k++) {
            Node *prev = list_at(cl->list, k);
            if (prev->mode == MODE_CONST && prev->cval && type_identical(prev->ty, e->ty) &&
                const_equal(prev->cval, e->cval)) {
                error_at(c->ctx, node_start_pos(e), "duplicate case %s in expression switch\n\t%s: previous case",
                         operand_string(e), pos_string(c->ctx, prev->pos));
                return;
            }
        }
    }
}

static void check_switch(Checker *c, Node *n)
{
    scope_open(c, false);
    if (n->init)
        check_stmt(c, n->init);
    Type *tag_type = type_basic(TY_BOOL);
    if (n->tag) {
        check_value(c, n->tag, NULL);
        const char *saved = c->context;
        c->context = "switch expression";
        convert_untyped(c, n->tag, NULL);
        c->context = saved;
        tag_type = is_invalid(n->tag) ? NULL : n->tag->ty;
        if (tag_type && !type_is_comparable(tag_type) && underlying(tag_type)->kind != TY_SLICE &&
            underlying(tag_type)->kind != TY_MAP && underlying(tag_type)->kind != TY_FUNC) {
            error_at(c->ctx, n->tag->pos, "cannot switch on %s (%s is not comparable)", operand_string(n->tag),
                     type_string(tag_type));
            tag_type = NULL;
        }
    }
    Node *seen_default = NULL;
    for (int i = 0; i < n->list->len; i++) {
        Node *cl = list_at(n->list, i);
        if (!cl->list) {
            if (seen_default)
                error_at(c->ctx, cl->pos, "multiple defaults (first at %s)", pos_string(c->ctx, seen_default->pos));
            seen_default = cl;
        }
        for (int k = 0; cl->list && k < cl->list->len; k++) {
            Node *e = list_at(cl->list, k);
            check_value(c, e, tag_type);
            if (is_invalid(e) || !tag_type)
                continue;
            if (n->tag && e->mode == MODE_NIL) {
                convert_untyped(c, e, tag_type);   /* reports a tag that has no nil */
            } else if (n->tag) {
                if (type_is_untyped(e->ty))
                    assign_to(c, e, tag_type, "switch case");
                else if (!type_identical(e->ty, tag_type) && !assignable(c, e->ty, tag_type) &&
                         !assignable(c, tag_type, e->ty))
                    error_at(c->ctx, e->pos, "invalid case %s in switch on %s (mismatched types %s and %s)",
                             expr_string(e), expr_string(n->tag), type_string(e->ty), type_string(tag_type));
                else if (!type_is_comparable(tag_type))
                    error_at(c->ctx, e->pos, "invalid case %s in switch on %s (%s)", expr_string(e),
                             expr_string(n->tag), incomparable_cause(tag_type));
                if (!is_invalid(e) && e->mode == MODE_CONST)
                    report_duplicate_case(c, n, i, k, e);
            } else if (underlying(e->ty)->kind != TY_INTERFACE) {
                assign_to(c, e, tag_type, "switch case");   /* the missing tag is true */
            }
        }
        scope_open(c, false);
        for (int k = 0; cl->list2 && k < cl->list2->len; k++) {
            Node *s = list_at(cl->list2, k);
            if (s->kind == N_BRANCH && s->op == TK_FALLTHROUGH) {
                if (k != cl->list2->len - 1)
                    error_at(c->ctx, s->pos, "fallthrough statement out of place");
                else if (i == n->list->len - 1)
                    error_at(c->ctx, s->pos, "cannot fallthrough final case in switch");
                continue;
            }
            check_stmt(c, s);
        }
        scope_close(c);
    }
    scope_close(c);
}

/* switch v := x.(type) { case T1, T2: ... }: each clause has its own v, of
 * the clause's type when it names exactly one, else of x's type. */
static void check_type_switch(Checker *c, Node *n)
{
    scope_open(c, false);
    if (n->init)
        check_stmt(c, n->init);
    if (n->name && strcmp(n->name, "_") == 0)
        error_at(c->ctx, n->namepos, "no new variable on left side of :=");
    check_value(c, n->x, NULL);
    bool ok = !is_invalid(n->x);
    if (ok && underlying(n->x->ty)->kind != TY_INTERFACE) {
        error_at(c->ctx, n->x->pos, "%s is not an interface", operand_string(n->x));
        ok = false;
    }
    bool any_used = false;
    Node *seen_default = NULL;
    for (int i = 0; i < n->list->len; i++) {
        Node *cl = list_at(n->list, i);
        Type *single = NULL;
        if (!cl->list) {
            if (seen_default)
                error_at(c->ctx, cl->pos, "multiple defaults (first at %s)", pos_string(c->ctx, seen_default->pos));
            seen_default = cl;
        }
        for (int k = 0; cl->list && k < cl->list->len; k++) {
            Node *te = list_at(cl->list, k);
            if (te->kind == N_IDENT && strcmp(te->name, "nil") == 0 && lookup(c, "nil", te->pos.file)->kind == OBJ_NIL) {
                te->mode = MODE_NIL;
                te->ty = type_basic(TY_UNTYPED_NIL);
                single = NULL;
                continue;
            }
            Type *t = resolve_type(c, te);
            te->ty = t;
            te->mode = MODE_TYPE;
            for (int j = 0; j <= i && t->kind != TY_INVALID; j++) {   /* the same type twice */
                Node *pcl = list_at(n->list, j);
                bool dup = false;
                for (int m = 0; pcl->list && m < pcl->list->len && (j < i || m < k) && !dup; m++) {
                    Node *prev = list_at(pcl->list, m);
                    if (prev->mode == MODE_TYPE && prev->ty && type_identical(prev->ty, t)) {
                        error_at(c->ctx, node_start_pos(te), "duplicate case %s in type switch\n\t%s: previous case",
                                 type_string(t), pos_string(c->ctx, node_start_pos(prev)));
                        dup = true;
                    }
                }
                if (dup)
                    break;
            }
            single = cl->list->len == 1 ? t : NULL;
            if (!ok || t->kind == TY_INVALID || underlying(t)->kind == TY_INTERFACE)
                continue;
            const char *why = missing_method(c, t, n->x->ty);
            if (why)
                error_at(c->ctx, te->pos, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                         expr_string(te), operand_string(n->x), type_string(t), why);
        }
        scope_open(c, false);
        if (n->name && strcmp(n->name, "_") != 0) {
            Object *o = object_new(OBJ_VAR, n->name, n->namepos);
            o->type = single ? single : ok ? n->x->ty : type_basic(TY_INVALID);
            o->decl = cl;
            cl->obj = o;
            declare(c, o);
        }
        check_block(c, cl->list2);
        if (cl->obj) {
            any_used |= cl->obj->used;
            cl->obj->used = true;          /* reported once, below, not per clause */
        }
        scope_close(c);
    }
    if (n->name && strcmp(n->name, "_") != 0 && !any_used)
        error_at(c->ctx, n->namepos, "%s declared but not used", n->name);
    scope_close(c);
}

/* for k, v := range x, over arrays, pointers to arrays, slices and strings
 * (maps and channels come with those types). */
static void check_range(Checker *c, Node *n)
{
    scope_open(c, false);
    check_value(c, n->x, NULL);
    Type *kt = NULL, *vt = NULL;
    if (!is_invalid(n->x)) {
        Type *u = underlying(n->x->ty);
        if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
            u = underlying(u->elem);
        if (type_is_string(u)) {
            convert_untyped(c, n->x, NULL);
            kt = type_basic(TY_INT);
            vt = type_rune();
        } else if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
            kt = type_basic(TY_INT);
            vt = u->elem;
        } else if (u->kind == TY_MAP) {
            kt = u->key;
            vt = u->elem;
        } else if (u->kind == TY_CHAN) {
            kt = u->elem;
            if (u->dir == CHAN_SEND)
                error_at(c->ctx, node_start_pos(n->x), "cannot range over %s (receive from send-only channel)",
                         operand_string(n->x));
        } else {
            error_at(c->ctx, n->x->pos, "cannot range over %s", operand_string(n->x));
        }
    }
    if (n->list && n->list->len > 2)
        error_at(c->ctx, ((Node *)list_at(n->list, 2))->pos, "range clause permits at most two iteration variables");
    Node *vars[2] = {n->key, n->value};
    Type *types[2] = {kt, vt};
    if (n->value && kt && !vt)
        error_at(c->ctx, n->value->pos, "range over %s permits only one iteration variable", operand_string(n->x));
    for (int i = 0; i < 2; i++) {
        Node *v = vars[i];
        if (!v)
            continue;
        Type *t = types[i] ? types[i] : type_basic(TY_INVALID);
        if (n->op == TK_DEFINE) {
            if (v->kind != N_IDENT) {
                error_at(c->ctx, v->pos, "non-name %s on left side of :=", expr_string(v));
                continue;
            }
            Object *o = object_new(OBJ_VAR, v->name, v->pos);
            o->type = t;
            o->decl = n;
            v->obj = o;
            v->ty = t;
            v->mode = MODE_VAR;
            declare(c, o);
        } else {
            if (v->kind == N_IDENT && strcmp(v->name, "_") == 0) {
                v->mode = MODE_VAR;
                v->ty = t;
                continue;
            }
            check_expr(c, v, NULL);
            if (is_invalid(v) || !types[i])
                continue;
            if (v->mode != MODE_VAR && v->mode != MODE_MAPINDEX)
                report_unassignable(c, v);
            else if (!assignable(c, t, v->ty))
                error_at(c->ctx, v->pos, "cannot use %s (value of type %s) as %s value in range",
                         expr_string(v), type_string(t), type_string(v->ty));
        }
    }
    c->loops++;
    check_stmt(c, n->body);
    c->loops--;
    scope_close(c);
}

static void check_stmt(Checker *c, Node *n)
{
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        scope_open(c, false);
        check_block(c, n->list);
        scope_close(c);
        return;
    case N_EXPRSTMT: {
        Node *x = n->x;
        check_expr(c, x, NULL);
        if (is_invalid(x))
            return;
        Node *inner = x;
        while (inner->kind == N_PAREN)
            inner = inner->x;
        if (inner->kind == N_CALL && inner->x->mode != MODE_TYPE) {
            /* a call is a statement, except of the built-ins that only compute */
            Node *f = inner->x;
            int b = f->mode == MODE_BUILTIN && f->obj ? f->obj->builtin : 0;
            bool pure = b == BI_APPEND || b == BI_CAP || b == BI_COMPLEX || b == BI_IMAG || b == BI_LEN ||
                        b == BI_MAKE || b == BI_NEW || b == BI_REAL || b == BI_SIZEOF || b == BI_ALIGNOF ||
                        b == BI_OFFSETOF || b == BI_ADD || b == BI_SLICE;
            if (pure)
                error_at(c->ctx, node_start_pos(x), "%s is not used", operand_string(x));
            return;
        }
        if (inner->kind == N_UNARY && inner->op == TK_ARROW)
            return;
        if (x->mode == MODE_BUILTIN)
            error_at(c->ctx, node_start_pos(x), "%s (built-in) must be called", expr_string(x));
        else
            error_at(c->ctx, node_start_pos(x), "%s is not used", operand_string(x));
        return;
    }
    case N_INCDEC: {
        check_expr(c, n->x, NULL);
        if (is_invalid(n->x))
            return;
        if (!type_is_numeric(n->x->ty)) {
            error_at(c->ctx, n->pos, "invalid operation: %s%s (non-numeric type %s)", expr_string(n->x),
                     n->op == TK_INC ? "++" : "--", type_string(n->x->ty));
            return;
        }
        if (n->x->mode != MODE_VAR && n->x->mode != MODE_MAPINDEX)
            report_unassignable(c, n->x);
        return;
    }
    case N_ASSIGN:
        check_assign(c, n);
        return;
    case N_DECLSTMT:
        set_const_groups(n->list);
        for (int i = 0; i < n->list->len; i++) {
            Node *spec = list_at(n->list, i);
            if (spec->kind == N_VAR)
                check_var_spec(c, spec, true);
            else if (spec->kind == N_CONST)
                check_const_spec(c, spec, true);
            else {
                Object *o = object_new(OBJ_TYPE, spec->name, spec->pos);
                o->decl = spec;
                declare(c, o);
                Scope *saved = c->scope;
                resolve_object(c, o);
                c->scope = saved;
                o->used = true;
            }
        }
        return;
    case N_RETURN: {
        List *results = c->result_sig->results;
        int have = n->list ? n->list->len : 0;
        if (have == 0) {
            if (results->len > 0 && !((Field *)list_at(results, 0))->name)
                error_at(c->ctx, n->pos, "not enough return values\n\thave ()\n\twant (%s)",
                         type_string(type_tuple(results)) + 1);
            return;
        }
        if (have == 1 && results->len > 1) {      /* return f(), f returning as many results */
            Node *v = list_at(n->list, 0);
            check_expr(c, v, NULL);
            if (!is_invalid(v) && v->ty && v->ty->kind == TY_TUPLE && v->ty->fields->len == results->len) {
                for (int i = 0; i < results->len; i++) {
                    Type *vt = ((Field *)list_at(v->ty->fields, i))->type, *rt = ((Field *)list_at(results, i))->type;
                    if (!assignable(c, vt, rt))
                        error_at(c->ctx, v->pos, "cannot use %s value as %s value in return statement",
                                 type_string(vt), type_string(rt));
                }
                return;
            }
        } else {
            for (int i = 0; i < have; i++)
                check_value(c, list_at(n->list, i), i < results->len ? ((Field *)list_at(results, i))->type : NULL);
        }
        if (have != results->len) {
            const char *hs = "";
            for (int i = 0; i < have; i++) {
                Node *a = list_at(n->list, i);
                hs = xprintf("%s%s%s", hs, i ? ", " : "",
                             a->mode == MODE_CONST && type_is_untyped(a->ty) ? "number" : type_string(a->ty));
            }
            const char *ws = type_string(type_tuple(results));
            error_at(c->ctx, ((Node *)list_at(n->list, 0))->pos, "%s return values\n\thave (%s)\n\twant %s",
                     have > results->len ? "too many" : "not enough", hs, ws);
            return;
        }
        for (int i = 0; i < have; i++)
            assign_to(c, list_at(n->list, i), ((Field *)list_at(results, i))->type, "return statement");
        return;
    }
    case N_IF:
        scope_open(c, false);
        if (n->init)
            check_stmt(c, n->init);
        check_value(c, n->cond, NULL);
        if (!is_invalid(n->cond) && !type_is_boolean(n->cond->ty))
            error_at(c->ctx, n->cond->pos, "non-boolean condition in if statement");
        convert_untyped(c, n->cond, NULL);
        check_stmt(c, n->body);
        if (n->els)
            check_stmt(c, n->els);
        scope_close(c);
        return;
    case N_FOR:
        scope_open(c, false);
        if (n->init)
            check_stmt(c, n->init);
        if (n->cond) {
            check_value(c, n->cond, NULL);
            if (!is_invalid(n->cond) && !type_is_boolean(n->cond->ty))
                error_at(c->ctx, n->cond->pos, "non-boolean condition in for statement");
            convert_untyped(c, n->cond, NULL);
        }
        if (n->post)
            check_stmt(c, n->post);
        c->loops++;
        check_stmt(c, n->body);
        c->loops--;
        scope_close(c);
        return;
    case N_SWITCH:
        c->breakables++;
        check_switch(c, n);
        c->breakables--;
        return;
    case N_RANGE:
        check_range(c, n);
        return;
    case N_TYPESWITCH:
        c->breakables++;
        check_type_switch(c, n);
        c->breakables--;
        return;
    case N_SEND: {
        check_value(c, n->x, NULL);
        check_value(c, n->y, NULL);
        if (is_invalid(n->x) || is_invalid(n->y))
            return;
        Type *u = underlying(n->x->ty);
        if (u->kind != TY_CHAN) {
            error_at(c->ctx, node_start_pos(n->x), "invalid operation: cannot send to non-channel %s",
                     operand_string(n->x));
            return;
        }
        if (u->dir == CHAN_RECV) {
            error_at(c->ctx, node_start_pos(n->x), "invalid operation: cannot send to receive-only channel %s",
                     operand_string(n->x));
            return;
        }
        assign_to(c, n->y, u->elem, "send");
        return;
    }
    case N_SELECT: {
        Node *seen_default = NULL;
        c->breakables++;
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *cl = list_at(n->list, i);
            scope_open(c, false);
            if (!cl->comm) {
                if (seen_default)
                    error_at(c->ctx, cl->pos, "multiple defaults (first at %s)", pos_string(c->ctx, seen_default->pos));
                seen_default = cl;
            } else {
                check_stmt(c, cl->comm);
            }
            check_block(c, cl->list2);
            scope_close(c);
        }
        c->breakables--;
        return;
    }
    case N_DEFER:
    case N_GO: {
        const char *what = n->kind == N_DEFER ? "defer" : "go";
        Node *x = n->x;
        while (x->kind == N_PAREN)
            x = x->x;
        check_expr(c, n->x, NULL);
        if (x->kind != N_CALL) {
            if (!is_invalid(n->x))
                error_at(c->ctx, n->x->pos, "expression in %s must be function call", what);
            return;
        }
        if (x->mode == MODE_CONST || (x->x->mode == MODE_TYPE))
            error_at(c->ctx, n->x->pos, "%s requires function call, not conversion", what);
        return;
    }
    case N_BRANCH:
        /* labelled branches are checked with the function's labels (check_labels) */
        if (!n->name && n->op == TK_BREAK && c->loops + c->breakables == 0)
            error_at(c->ctx, n->pos, "break is not in a loop, switch, or select");
        else if (!n->name && n->op == TK_CONTINUE && c->loops == 0)
            error_at(c->ctx, n->pos, "continue is not in a loop");
        return;
    case N_LABELED:
        check_stmt(c, n->body);
        return;
    default:
        unsupported(c->ctx, n->pos, xprintf("%s statement", node_kind_name(n->kind)));
        return;
    }
}

static void check_block(Checker *c, List *stmts)
{
    for (int i = 0; stmts && i < stmts->len; i++)
        check_stmt(c, list_at(stmts, i));
}

/* Labels are function-scoped: every label must be used, every goto, and
 * every labelled break or continue, must name one (types2's labels.go). */
static void collect_function_labels(Node *s, List *labels)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED:
        list_push(labels, s);
        collect_function_labels(s->body, labels);
        return;
    case N_BLOCK:
        for (int i = 0; s->list && i < s->list->len; i++)
            collect_function_labels(list_at(s->list, i), labels);
        return;
    case N_IF:
        collect_function_labels(s->body, labels);
        collect_function_labels(s->els, labels);
        return;
    case N_FOR: case N_RANGE:
        collect_function_labels(s->body, labels);
        return;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; s->list && i < s->list->len; i++) {
            Node *cl = list_at(s->list, i);
            for (int k = 0; cl->list2 && k < cl->list2->len; k++)
                collect_function_labels(list_at(cl->list2, k), labels);
        }
        return;
    default:
        return;
    }
}

/* Checks the branches of s; enclosing holds the labelled statements around s. */
static void check_branches(Checker *c, Node *s, List *labels, List *used, List *enclosing)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_BRANCH: {
        if (!s->name)
            return;
        Node *target = NULL;
        for (int i = 0; i < labels->len; i++)
            if (strcmp(((Node *)list_at(labels, i))->name, s->name) == 0)
                target = list_at(labels, i);
        if (!target) {
            if (s->op == TK_GOTO)
                error_at(c->ctx, s->namepos.line ? s->namepos : s->pos, "label %s not defined", s->name);
            else
                error_at(c->ctx, s->namepos.line ? s->namepos : s->pos, "%s label not defined: %s",
                         s->op == TK_BREAK ? "break" : "continue", s->name);
            return;
        }
        list_push(used, target);
        if (s->op == TK_BREAK || s->op == TK_CONTINUE) {
            bool ok = false;
            for (int i = 0; i < enclosing->len; i++) {
                Node *l = list_at(enclosing, i);
                if (l != target)
                    continue;
                NodeKind k = l->body->kind;
                ok = s->op == TK_BREAK ? (k == N_FOR || k == N_RANGE || k == N_SWITCH || k == N_TYPESWITCH ||
                                          k == N_SELECT)
                                       : (k == N_FOR || k == N_RANGE);
            }
            if (!ok)
                error_at(c->ctx, s->namepos.line ? s->namepos : s->pos, "invalid %s label %s",
                         s->op == TK_BREAK ? "break" : "continue", s->name);
        }
        return;
    }
    case N_LABELED:
        list_push(enclosing, s);
        check_branches(c, s->body, labels, used, enclosing);
        enclosing->len--;
        return;
    case N_BLOCK:
        for (int i = 0; s->list && i < s->list->len; i++)
            check_branches(c, list_at(s->list, i), labels, used, enclosing);
        return;
    case N_IF:
        check_branches(c, s->body, labels, used, enclosing);
        check_branches(c, s->els, labels, used, enclosing);
        return;
    case N_FOR: case N_RANGE:
        check_branches(c, s->body, labels, used, enclosing);
        return;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; s->list && i < s->list->len; i++) {
            Node *cl = list_at(s->list, i);
            for (int k = 0; cl->list2 && k < cl->list2->len; k++)
                check_branches(c, list_at(cl->list2, k), labels, used, enclosing);
        }
        return;
    default:
        return;
    }
}

/* ---- gotos that jump over a variable declaration or into a block. gc
 * checks them in its parser (syntax/branches.go) in one walk of the
 * function's blocks; so does this, in source order. A goto whose label is
 * not yet declared in an enclosing block is "forward": it is settled when the
 * label turns up in the same block (after checking it jumps over no variable
 * declared since the goto) or in an enclosing one; one left over at the end
 * jumps into a block. */
typedef struct GotoBlock GotoBlock;
struct GotoBlock {
    GotoBlock *parent;
    Pos start;                             /* where gc says the block starts */
};

typedef struct GotoLabel {
    Node *stmt;                            /* the N_LABELED */
    GotoBlock *block;                      /* the block declaring it */
} GotoLabel;

typedef struct GotoScan {
    Checker *c;
    List *labels;                          /* GotoLabel*, as declared so far */
} GotoScan;

static GotoLabel *goto_label(GotoScan *g, const char *name)
{
    for (int i = 0; i < g->labels->len; i++) {
        GotoLabel *l = list_at(g->labels, i);
        if (strcmp(l->stmt->name, name) == 0)
            return l;
    }
    return NULL;
}

static List *goto_block(GotoScan *g, GotoBlock *parent, Pos start, List *stmts);

/* The forward gotos of an inner block join the enclosing block's. */
static void goto_inner(GotoScan *g, GotoBlock *b, Pos start, List *stmts, List *fwd)
{
    List *inner = goto_block(g, b, start, stmts);
    for (int i = 0; i < inner->len; i++)
        list_push(fwd, list_at(inner, i));
}

static List *goto_block(GotoScan *g, GotoBlock *parent, Pos start, List *stmts)
{
    GotoBlock *b = xalloc(sizeof *b);
    b->parent = parent;
    b->start = start;
    List *fwd = list_new();                /* forward gotos seen in this block */
    List *before_var = list_new();         /* those seen before the latest declaration */
    const char *var_name = NULL;
    Pos var_pos = {0};
    for (int i = 0; stmts && i < stmts->len; i++) {
        Node *s = list_at(stmts, i);
        while (s && s->kind == N_LABELED) {
            if (strcmp(s->name, "_") != 0 && !goto_label(g, s->name)) {
                GotoLabel *l = xalloc(sizeof *l);
                l->stmt = s;
                l->block = b;
                list_push(g->labels, l);
                int kept = 0;
                for (int k = 0; k < fwd->len; k++) {
                    Node *jump = list_at(fwd, k);
                    if (strcmp(jump->name, s->name) != 0) {
                        fwd->v[kept++] = jump;
                        continue;
                    }
                    bool over = false;
                    for (int m = 0; var_name && m < before_var->len; m++)
                        over |= list_at(before_var, m) == jump;
                    if (over)
                        error_at(g->c->ctx, jump->namepos.line ? jump->namepos : jump->pos,
                                 "goto %s jumps over declaration of %s at %s", s->name, var_name,
                                 pos_string(g->c->ctx, var_pos));
                }
                fwd->len = kept;
            }
            s = s->body;
        }
        if (!s)
            continue;
        switch (s->kind) {
        case N_DECLSTMT:
            for (int k = 0; s->list && k < s->list->len; k++) {
                Node *spec = list_at(s->list, k);
                if (spec->kind == N_VAR && spec->list && spec->list->len) {
                    Node *name = list_at(spec->list, 0);
                    var_name = name->name;
                    var_pos = name->pos;
                    before_var->len = 0;
                    for (int m = 0; m < fwd->len; m++)
                        list_push(before_var, list_at(fwd, m));
                    break;
                }
            }
            break;
        case N_ASSIGN:
            if (s->op == TK_DEFINE && s->list && s->list->len) {
                var_name = expr_string(list_at(s->list, 0));
                var_pos = s->pos;
                before_var->len = 0;
                for (int m = 0; m < fwd->len; m++)
                    list_push(before_var, list_at(fwd, m));
            }
            break;
        case N_BRANCH:
            if (s->op == TK_GOTO && s->name) {
                GotoLabel *l = goto_label(g, s->name);
                bool backward = false;
                for (GotoBlock *e = b; l && e && !backward; e = e->parent)
                    backward = l->block == e;
                if (!backward)
                    list_push(fwd, s);
            }
            break;
        case N_BLOCK:
            goto_inner(g, b, s->pos, s->list, fwd);
            break;
        case N_IF:
            goto_inner(g, b, s->body->pos, s->body->list, fwd);
            if (s->els) {
                List *one = list_new();
                list_push(one, s->els);
                goto_inner(g, b, s->els->pos, one, fwd);
            }
            break;
        case N_FOR: case N_RANGE:
            goto_inner(g, b, s->body->pos, s->body->list, fwd);
            break;
        case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
            for (int k = 0; s->list && k < s->list->len; k++) {
                Node *cl = list_at(s->list, k);
                goto_inner(g, b, cl->pos, cl->list2, fwd);
            }
            break;
        default:
            break;
        }
    }
    return fwd;
}

static void check_goto_jumps(Checker *c, Node *body)
{
    GotoScan g = {c, list_new()};
    List *left = goto_block(&g, NULL, body->pos, body->list);
    for (int i = 0; i < left->len; i++) {
        Node *jump = list_at(left, i);
        GotoLabel *l = goto_label(&g, jump->name);
        if (l)                             /* undefined labels are check_branches' */
            error_at(c->ctx, jump->namepos.line ? jump->namepos : jump->pos, "goto %s jumps into block starting at %s",
                     jump->name, pos_string(c->ctx, l->block->start));
    }
}

static void check_labels(Checker *c, Node *body)
{
    List *labels = list_new(), *used = list_new();
    collect_function_labels(body, labels);
    for (int i = 0; i < labels->len; i++)
        for (int k = 0; k < i; k++)
            if (strcmp(((Node *)list_at(labels, i))->name, ((Node *)list_at(labels, k))->name) == 0)
                error_at(c->ctx, ((Node *)list_at(labels, i))->pos, "label %s already defined at %s",
                         ((Node *)list_at(labels, i))->name, pos_string(c->ctx, ((Node *)list_at(labels, k))->pos));
    check_branches(c, body, labels, used, list_new());
    check_goto_jumps(c, body);
    for (int i = 0; i < labels->len; i++) {
        Node *l = list_at(labels, i);
        bool is_used = false;
        for (int k = 0; k < used->len; k++)
            is_used |= strcmp(((Node *)list_at(used, k))->name, l->name) == 0;
        if (!is_used)
            error_at(c->ctx, l->pos, "label %s defined and not used", l->name);
    }
}

static void check_func_body(Checker *c, Type *sig, Node *body, Pos rbrace)
{
    check_labels(c, body);
    Type *saved = c->result_sig;
    int saved_loops = c->loops, saved_breakables = c->breakables;
    c->loops = c->breakables = 0;          /* a function literal's body starts afresh */
    c->result_sig = sig;
    check_block(c, body->list);
    c->loops = saved_loops;
    c->breakables = saved_breakables;
    if (sig->results->len > 0 && !is_terminating_list(body->list))
        error_at(c->ctx, rbrace, "missing return");
    c->result_sig = saved;
}

static void check_funcdecl(Checker *c, Node *fn)
{
    Object *obj = fn->obj;
    if (!obj) {                            /* a method whose receiver type is not a package type */
        obj = object_new(OBJ_FUNC, fn->name, fn->namepos);
        obj->decl = fn;
        fn->obj = obj;
    }
    c->scope = c->package;
    resolve_object(c, obj);
    Object *saved_decl = c->decl_obj;
    c->decl_obj = obj;                     /* its uses are its dependencies */
    scope_open(c, true);
    c->func_depth = 1;
    fn->scope = c->scope;
    if (fn->recv) {
        Type *rt = resolve_type(c, fn->recv->type);
        fn->recv->type->ty = rt;
        Type *base = underlying(rt)->kind == TY_POINTER && rt->kind != TY_NAMED ? rt->elem : rt;
        if (rt->kind != TY_INVALID && (base->kind != TY_NAMED || underlying(base)->kind == TY_POINTER ||
                                       underlying(base)->kind == TY_INTERFACE))
            error_at(c->ctx, fn->recv->type->pos, "invalid receiver type %s%s", type_string(base),
                     base->kind == TY_NAMED ? " (pointer or interface type)" : "");
        if (fn->recv->list && fn->recv->list->len) {
            Node *name = list_at(fn->recv->list, 0);
            Object *o = object_new(OBJ_VAR, name->name, name->pos);
            o->type = rt;
            o->is_param = true;
            o->decl = name;
            name->obj = o;
            declare(c, o);
        }
    }
    /* declare the parameters again, now in the function's own scope */
    Type *sig = func_type(c, fn->type, true);
    obj->type = sig;
    if (fn->body)
        check_func_body(c, sig, fn->body, fn->body->rbrace);
    scope_close(c);
    c->func_depth = 0;
    c->scope = c->package;
    c->decl_obj = saved_decl;
}

/* ---------------------------------------------------------------- initialization order */

/* The spec's "Package initialization": repeatedly initialise the earliest
 * variable in declaration order that depends on no uninitialised variable,
 * where a variable depends on what its initializer uses, through the bodies
 * of the functions and methods it calls. A variable that depends on itself
 * that way is an initialization loop, reported in gc's words. */
typedef struct InitOrder {
    Checker *c;
    List *specs;                           /* the package's N_VAR specs, in source order */
    int mark;                              /* a fresh order_mark per walk */
} InitOrder;

static int spec_of(InitOrder *io, Object *o)
{
    for (int i = 0; i < io->specs->len; i++) {
        Node *spec = list_at(io->specs, i);
        for (int k = 0; spec->list && k < spec->list->len; k++)
            if (((Node *)list_at(spec->list, k))->obj == o)
                return i;
    }
    return -1;
}

/* Adds to vars the specs that o uses, directly or through functions. */
static void var_deps(InitOrder *io, Object *o, List *vars)
{
    for (int i = 0; o->deps && i < o->deps->len; i++) {
        Object *d = list_at(o->deps, i);
        if (d->order_mark == io->mark)
            continue;
        d->order_mark = io->mark;
        if (d->kind == OBJ_VAR) {
            int k = spec_of(io, d);
            if (k >= 0)
                list_push(vars, (void *)(intptr_t)k);
        } else {
            var_deps(io, d, vars);
        }
    }
}

/* A path of uses from `from` back to `to`, innermost last, or NULL. */
static List *find_path(InitOrder *io, Object *from, Object *to)
{
    if (from->order_mark == io->mark)
        return NULL;
    from->order_mark = io->mark;
    for (int i = 0; from->deps && i < from->deps->len; i++) {
        Object *d = list_at(from->deps, i);
        List *path = NULL;
        if (d == to) {
            path = list_new();
        } else {
            path = find_path(io, d, to);
        }
        if (path) {
            list_push(path, d);
            return path;
        }
    }
    return NULL;
}

static bool report_init_loop(InitOrder *io, Object *o)
{
    io->mark++;
    List *path = find_path(io, o, o);       /* reversed: o, ..., the first use */
    if (!path)
        return false;
    char *msg = xprintf("initialization loop for %s", o->name);
    Object *cur = o;
    for (int i = path->len - 1; i >= 0; i--) {
        msg = xprintf("%s\n\t%s: %s refers to", msg, pos_string(io->c->ctx, cur->pos), cur->name);
        cur = list_at(path, i);
    }
    msg = xprintf("%s\n\t%s: %s", msg, pos_string(io->c->ctx, cur->pos), cur->name);
    error_at(io->c->ctx, o->pos, "%s", msg);
    return true;
}

static void order_package_vars(Checker *c, Package *pkg)
{
    InitOrder io = {c, list_new(), 0};
    for (int f = 0; f < pkg->files->len; f++) {
        Node *file = ((SourceFile *)list_at(pkg->files, f))->ast;
        for (int i = 0; file->list2 && i < file->list2->len; i++) {
            Node *spec = list_at(file->list2, i);
            if (spec->kind == N_VAR && spec->list && spec->list->len)
                list_push(io.specs, spec);
        }
    }
    int n = io.specs->len;
    List **uses = xalloc((size_t)(n ? n : 1) * sizeof *uses);
    bool *done = xalloc((size_t)(n ? n : 1) * sizeof *done);
    for (int i = 0; i < n; i++) {
        Node *spec = list_at(io.specs, i);
        uses[i] = list_new();
        io.mark++;
        for (int k = 0; k < spec->list->len; k++) {
            Object *o = ((Node *)list_at(spec->list, k))->obj;
            if (o)
                var_deps(&io, o, uses[i]);
        }
    }
    pkg->var_order = list_new();
    int loops = 0;
    for (int emitted = 0; emitted < n; emitted++) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (done[i])
                continue;
            bool ready = true;
            for (int k = 0; k < uses[i]->len && ready; k++)
                ready = done[(intptr_t)list_at(uses[i], k)];
            if (ready)
                pick = i;
        }
        if (pick < 0) {                    /* only loops are left: report the first */
            for (int i = 0; i < n && pick < 0; i++)
                if (!done[i])
                    pick = i;
            Node *spec = list_at(io.specs, pick);
            for (int k = 0; k < spec->list->len; k++) {
                Object *o = ((Node *)list_at(spec->list, k))->obj;
                if (o) {
                    loops += report_init_loop(&io, o);
                    break;
                }
            }
        }
        done[pick] = true;
        list_push(pkg->var_order, list_at(io.specs, pick));
    }
    for (int i = 0; loops == 0 && i < c->var_cycles->len; i++) {   /* a cycle not through uses */
        Object *o = list_at(c->var_cycles, i);
        error_at(c->ctx, o->pos, "initialization cycle or invalid recursive reference to %s", o->name);
    }
    c->var_cycles->len = 0;
}

/* ---------------------------------------------------------------- the package */

static Package *find_loaded(Ctx *ctx, const char *path)
{
    for (int i = 0; i < ctx->packages->len; i++) {
        Package *p = list_at(ctx->packages, i);
        if (strcmp(p->path, path) == 0)
            return p;
    }
    return NULL;
}

static void collect_file(Checker *c, SourceFile *sf, int file_index)
{
    Node *f = sf->ast;
    List *imports = list_new();
    c->file_scopes->v[file_index] = imports;
    if (c->pkg->name && strcmp(f->name, c->pkg->name) != 0)
        error_at(c->ctx, f->pos, "package %s; expected %s", f->name, c->pkg->name);
    for (int i = 0; f->list && i < f->list->len; i++) {
        Node *imp = list_at(f->list, i);
        char *path = xstrndup(imp->lit + 1, (size_t)(strlen(imp->lit) - 2));
        Package *dep = find_loaded(c->ctx, path);
        if (!dep)
            continue;                      /* load.c reported it */
        const char *name = imp->name ? imp->name : dep->name;
        if (strcmp(name, "_") == 0)
            continue;
        if (strcmp(name, ".") == 0) {
            unsupported(c->ctx, imp->pos, "dot import");
            continue;
        }
        Object *o = object_new(OBJ_PACKAGE, name, imp->pos);
        o->pkg = path;
        o->package = dep;
        o->decl = imp;
        list_push(imports, o);
    }
    set_const_groups(f->list2);
    for (int i = 0; f->list2 && i < f->list2->len; i++) {
        Node *d = list_at(f->list2, i);
        if (d->kind == N_FUNCDECL) {
            if (!d->body && !c->pkg->is_std && c->ctx->complete)
                error_at(c->ctx, d->namepos, "missing function body");
            if (d->recv) {
                /* attached to its receiver's type when that type is resolved */
                list_push(c->pkg->method_decls, d);
                list_push(c->pkg->funcs, d);
                continue;
            }
            if (strcmp(d->name, "init") == 0 || strcmp(d->name, "_") == 0) {
                Object *o = object_new(OBJ_FUNC, d->name, d->pos);
                o->decl = d;
                o->package = c->pkg;
                d->obj = o;
                list_push(c->pkg->funcs, d);
                if (strcmp(d->name, "init") == 0 && ((d->type->list && d->type->list->len) ||
                                                     (d->type->list2 && d->type->list2->len)))
                    error_at(c->ctx, d->namepos, "func init must have no arguments and no return values");
                continue;
            }
            if (strcmp(d->name, "main") == 0 && strcmp(c->pkg->name, "main") == 0 &&
                ((d->type->list && d->type->list->len) || (d->type->list2 && d->type->list2->len)))
                error_at(c->ctx, d->namepos, "func main must have no arguments and no return values");
            Object *o = object_new(OBJ_FUNC, d->name, d->pos);
            o->decl = d;
            o->package = c->pkg;
            d->obj = o;
            declare(c, o);
            list_push(c->pkg->funcs, d);
            continue;
        }
        /* const, var and type specs: the parser hands them on one by one */
        Node *spec = d;
        if (spec->kind == N_TYPEDECL) {
            Object *o = object_new(OBJ_TYPE, spec->name, spec->pos);
            o->decl = spec;
            o->package = c->pkg;
            declare(c, o);
            continue;
        }
        if (spec->kind != N_CONST && spec->kind != N_VAR)
            continue;
        for (int j = 0; j < spec->list->len; j++) {
            Node *name = list_at(spec->list, j);
            Object *o = object_new(spec->kind == N_CONST ? OBJ_CONST : OBJ_VAR, name->name, name->pos);
            o->decl = spec;
            o->is_global = spec->kind == N_VAR;
            o->package = c->pkg;
            name->obj = o;
            declare(c, o);
        }
    }
}

/* Interfaces that embed an interface declared in a cycle with them get its
 * methods once every type of the package is known. */
static void complete_embeddings(Checker *c)
{
    for (int i = 0; i + 1 < c->pending_embeds->len; i += 2) {
        Type *t = list_at(c->pending_embeds, i), *embedded = list_at(c->pending_embeds, i + 1);
        Type *emb = underlying(embedded);
        if (!emb || emb->kind != TY_INTERFACE) {
            error_at(c->ctx, embedded->obj ? embedded->obj->pos : (Pos){0}, "invalid recursive type %s",
                     type_string(embedded));
            continue;
        }
        for (int k = 0; k < emb->methods->len; k++)
            list_push(t->methods, list_at(emb->methods, k));
        list_sort(t->methods, compare_field_names);
    }
    c->pending_embeds->len = 0;
}

/* Checks one package, whose imports have been checked before it. */
/* Package unsafe: the type Pointer and five functions, all the compiler's. */
static void declare_unsafe(Checker *c, Package *pkg)
{
    c->scope = c->universe;
    pkg->scope = scope_open(c, false);
    Object *ptr = object_new(OBJ_TYPE, "Pointer", (Pos){0});
    ptr->type = type_basic(TY_UNSAFEPTR);
    ptr->package = pkg;
    list_push(pkg->scope->names, ptr);
    static const struct { const char *name; int id; } funcs[] = {
        {"Sizeof", BI_SIZEOF}, {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF}, {"Add", BI_ADD},
        {"Slice", BI_SLICE},
    };
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++) {
        Object *o = object_new(OBJ_BUILTIN, funcs[i].name, (Pos){0});
        o->builtin = funcs[i].id;
        o->package = pkg;
        list_push(pkg->scope->names, o);
    }
    pkg->funcs = list_new();
    pkg->var_order = list_new();
    pkg->method_decls = list_new();
    c->scope = c->universe;
}

static void check_package(Checker *c, Package *pkg)
{
    Ctx *ctx = c->ctx;
    if (strcmp(pkg->path, "unsafe") == 0) {
        declare_unsafe(c, pkg);
        return;
    }
    c->pkg = pkg;
    pkg->funcs = list_new();
    pkg->var_order = list_new();
    pkg->method_decls = list_new();
    c->scope = c->universe;
    c->package = scope_open(c, false);
    pkg->scope = c->package;

    for (int i = 0; i < pkg->files->len; i++) {
        SourceFile *sf = list_at(pkg->files, i);
        for (int k = 0; k < ctx->files->len; k++)
            if (list_at(ctx->files, k) == sf)
                collect_file(c, sf, k);
    }

    /* package-level declarations, in source order (dependencies resolve on demand) */
    for (int i = 0; i < c->package->names->len; i++) {
        Object *o = list_at(c->package->names, i);
        c->scope = c->package;
        resolve_object(c, o);
    }
    /* blank package-level vars and consts are in no scope but still checked
       (and the vars initialised) */
    for (int f = 0; f < pkg->files->len; f++) {
        Node *file = ((SourceFile *)list_at(pkg->files, f))->ast;
        for (int i = 0; file->list2 && i < file->list2->len; i++) {
            Node *spec = list_at(file->list2, i);
            if (spec->kind != N_VAR && spec->kind != N_CONST)
                continue;
            Node *first = list_at(spec->list, 0);
            if (first->obj && !first->obj->type) {
                c->scope = c->package;
                resolve_object(c, first->obj);
            }
        }
    }
    complete_embeddings(c);
    for (int i = 0; i < pkg->funcs->len; i++)
        check_funcdecl(c, list_at(pkg->funcs, i));
    order_package_vars(c, pkg);

    if (strcmp(pkg->path, "main") == 0 && strcmp(pkg->name, "main") == 0 && ctx->complete) {
        Object *main_obj = scope_find_local(c->package, "main");
        if ((!main_obj || main_obj->kind != OBJ_FUNC) && ctx->nerrors == 0)
            error_at(ctx, (Pos){0, 0, 0}, "function main is undeclared in the main package");
    }
    for (int f = 0; f < ctx->files->len; f++) {
        List *imports = c->file_scopes->v[f];
        for (int i = 0; imports && i < imports->len; i++) {
            Object *o = list_at(imports, i);
            if (!o->used)
                error_at(ctx, o->pos, "imported and not used: \"%s\"", o->pkg);
        }
        c->file_scopes->v[f] = NULL;
    }
}

bool check_program(Ctx *ctx)
{
    Checker *c = xalloc(sizeof *c);
    ctx->checker = c;
    c->ctx = ctx;
    c->iota = -1;
    c->file_scopes = list_new();
    for (int i = 0; i < ctx->files->len; i++)
        list_push(c->file_scopes, NULL);
    c->pending = list_new();
    c->var_cycles = list_new();
    c->funclits = list_new();
    c->pending_embeds = list_new();
    universe_init(c);
    int errors_before = ctx->nerrors;      /* the parser's non-syntax errors */
    for (int i = 0; i < ctx->packages->len && ctx->nerrors == errors_before; i++)
        check_package(c, list_at(ctx->packages, i));
    return ctx->nerrors == 0;
}
