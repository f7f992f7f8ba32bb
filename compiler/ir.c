/*
 * ir.c — lowers the checked AST to the IR of gosub.h.
 *
 * Every implicit operation becomes a node of its own: an untyped constant is
 * given its final type; a value passed to an interface parameter goes through
 * IR_TOIFACE (an allocation site escape analysis will place); `a + b` on
 * strings is IR_CONCAT; a call to fmt.Println becomes a runtime call taking a
 * []interface{} built from its arguments. Control flow is lowered to loops,
 * labels and gotos: `for` becomes a loop whose condition exits by goto,
 * `switch` a chain of tests jumping to its clause bodies, `break` and
 * `continue` gotos to labels the enclosing statement placed. Each Go variable
 * becomes an IrVar with a unique C name.
 *
 * What the IR cannot express yet is reported here as "X not supported by
 * gosub", at the construct's position, so no later stage sees it.
 */
#include "gosub.h"
#include "parse.h"

#include <string.h>

typedef struct Target {                    /* where break/continue go in a statement */
    const char *label;                     /* the statement's Go label, or NULL */
    int break_label, continue_label;       /* continue_label 0: not a loop */
    struct Target *outer;
} Target;

typedef struct Lowerer {
    Ctx *ctx;
    Program *prog;
    IrFunc *fn;                            /* function being lowered */
    Target *targets;
    const char *pending_label;             /* Go label of the statement being entered */
    int nvars;                             /* for unique C names */
    List *cap_objs;                        /* in a closure: the Objects it captures,
                                              parallel to fn->captures */
    int nclosures;                         /* for unique closure names */
    IrNode *arg_prefix;                    /* f(g()): g's call, to run before f's */
    List *labels;                          /* the function's Go labels: Node* N_LABELED */
    List *label_ids;                       /* their IR label numbers, parallel */
} Lowerer;

static IrNode *lower_expr(Lowerer *lw, Node *n);
static void lower_stmt(Lowerer *lw, Node *n, List *out);
static IrNode *selector_base(Lowerer *lw, Node *n);
static void collect_labels(Lowerer *lw, Node *s);
static void order_block(Lowerer *lw, IrNode *block);

static IrNode *ir_new(IrOp op, Pos pos, Type *type)
{
    IrNode *n = xalloc(sizeof *n);
    n->op = op;
    n->pos = pos;
    n->type = type;
    n->args = list_new();
    return n;
}

static IrVar *new_var(Lowerer *lw, const char *name, Type *type, Pos pos)
{
    IrVar *v = xalloc(sizeof *v);
    v->name = name;
    v->cname = xprintf("%s_%d", strcmp(name, "_") ? name : "blank", ++lw->nvars);
    v->type = type;
    v->pos = pos;
    return v;
}

static IrVar *var_of(Lowerer *lw, Object *o)
{
    for (int i = 0; lw->cap_objs && i < lw->cap_objs->len; i++)
        if (list_at(lw->cap_objs, i) == o)
            return list_at(lw->fn->captures, i);
    if (!o->ir) {
        IrVar *v = new_var(lw, o->name, o->type, o->pos);
        o->ir = v;
        if (lw->fn)
            list_push(lw->fn->locals, v);
    }
    return o->ir;
}

static IrVar *temp(Lowerer *lw, Type *type, Pos pos)
{
    IrVar *v = new_var(lw, "tmp", type, pos);
    v->is_temp = true;
    list_push(lw->fn->locals, v);
    return v;
}

static IrNode *var_ref(IrVar *v, Pos pos)
{
    IrNode *n = ir_new(IR_VAR, pos, v->type);
    n->var = v;
    return n;
}

static IrNode *assign(IrNode *dst, IrNode *value, Pos pos)
{
    IrNode *n = ir_new(IR_ASSIGN, pos, NULL);
    n->x = dst;
    n->y = value;
    return n;
}

static IrNode *goto_label(int label, Pos pos)
{
    IrNode *n = ir_new(IR_GOTO, pos, NULL);
    n->label = label;
    return n;
}

static IrNode *label_here(int label, Pos pos)
{
    IrNode *n = ir_new(IR_LABEL, pos, NULL);
    n->label = label;
    return n;
}

static int new_label(Lowerer *lw)
{
    return ++lw->fn->nlabels;
}

static void not_supported(Lowerer *lw, Pos pos, const char *what)
{
    unsupported(lw->ctx, pos, what);
}

/* ---------------------------------------------------------------- expressions */

static bool is_interface(Type *t)
{
    return t && underlying(t)->kind == TY_INTERFACE;
}

/* nil itself, not a typed nil such as (*int)(nil), which is a value */
static bool is_untyped_nil(IrNode *x)
{
    return x->op == IR_CONST && !x->cval && (!x->type || x->type->kind == TY_UNTYPED_NIL);
}

/* Converts a lowered value to type t where Go converts implicitly. */
static IrNode *implicit_convert(IrNode *x, Type *t, Pos pos)
{
    if (!t || !x->type || type_identical(x->type, t))
        return x;
    /* gc's position for the conversion: the context's (a call's (, an
       assignment's destination) for a name or a literal, else the operand's */
    if (x->orig && x->orig->kind != N_IDENT && x->orig->kind != N_BASICLIT)
        pos = x->orig->pos;
    if (is_interface(t) && !is_interface(x->type)) {
        IrNode *n = ir_new(IR_TOIFACE, pos, t);
        n->x = x;
        return n;
    }
    if (is_interface(t) && is_interface(x->type) && x->op != IR_CONST) {
        Type *tu = underlying(t), *xu = underlying(x->type);
        bool t_empty = !tu->methods || tu->methods->len == 0, x_empty = !xu->methods || xu->methods->len == 0;
        if (t_empty && !x_empty) {
            IrNode *n = ir_new(IR_IFACE_TO_EFACE, pos, t);
            n->x = x;
            return n;
        }
        if (!t_empty && !type_identical(underlying(t), xu)) {   /* another method table: found at run time */
            IrNode *n = ir_new(IR_TOIFACE, pos, t);
            n->x = x;
            return n;
        }
    }
    x->type = x->op == IR_CONST ? t : x->type;
    return x;
}

/* The types the emitter can lay out so far, looking through composites
 * (down to a depth: types may refer to themselves). */
static bool type_ok_depth(Type *t, int depth)
{
    Type *u = underlying(t);
    if (!u || depth > 12)
        return true;
    switch (u->kind) {
    case TY_CHAN:
        return type_ok_depth(u->elem, depth + 1);
    case TY_MAP:
        return type_ok_depth(u->key, depth + 1) && type_ok_depth(u->elem, depth + 1);
    case TY_FUNC:
        for (int i = 0; i < u->params->len; i++)
            if (!type_ok_depth(((Field *)list_at(u->params, i))->type, depth + 1))
                return false;
        for (int i = 0; i < u->results->len; i++)
            if (!type_ok_depth(((Field *)list_at(u->results, i))->type, depth + 1))
                return false;
        return true;
    case TY_POINTER:
        return t->kind == TY_NAMED || u->elem->kind == TY_NAMED || type_ok_depth(u->elem, depth + 1);
    case TY_ARRAY: case TY_SLICE:
        return type_ok_depth(u->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < u->fields->len; i++)
            if (!type_ok_depth(((Field *)list_at(u->fields, i))->type, depth + 1))
                return false;
        return true;
    case TY_TUPLE:
        for (int i = 0; i < u->fields->len; i++)
            if (!type_ok_depth(((Field *)list_at(u->fields, i))->type, depth + 1))
                return false;
        return true;
    default:
        return true;
    }
}

static bool type_ok(Type *t)
{
    return type_ok_depth(t, 0);
}

static bool type_supported(Lowerer *lw, Type *t, Pos pos)
{
    if (type_ok(t))
        return true;
    not_supported(lw, pos, xprintf("type %s", type_string(t)));
    return false;
}

/* &x makes x's variable addressed; the conservative escape decision puts
 * every addressed variable in a heap cell. */
static void mark_addressed(IrNode *x)
{
    while (x->op == IR_FIELD || (x->op == IR_INDEX && underlying(x->x->type)->kind == TY_ARRAY))
        x = x->x;
    if (x->op == IR_VAR)
        x->var->addr_taken = true;
}

static IrNode *address_of(IrNode *x, Pos pos)
{
    IrNode *a = ir_new(IR_ADDR, pos, type_pointer(x->type));
    a->x = x;
    mark_addressed(x);
    return a;
}

static IrNode *deref(IrNode *p, Pos pos)
{
    IrNode *d = ir_new(IR_DEREF, pos, underlying(p->type)->elem);
    d->x = p;
    return d;
}

static IrNode *zero_value(Type *t, Pos pos)
{
    IrNode *z = ir_new(IR_CONST, pos, t);
    z->cval = NULL;                         /* the emitter writes the type's zero value */
    return z;
}

static IrNode *lower_const(Node *n)
{
    IrNode *c = ir_new(IR_CONST, n->pos, default_type(n->ty));
    c->cval = n->cval;
    return c;
}

/* Where gc puts the implicit conversion of a call's argument: at the
 * argument, except for a variable, which gets the position of the closest
 * argument before it that is not one (gc's base.Pos, which a variable does
 * not move), or the call's ( if there is none. */
static Pos arg_conversion_pos(Pos *context, IrNode *v)
{
    bool name = v->orig && v->orig->kind == N_IDENT && v->orig->obj && v->orig->obj->kind == OBJ_VAR;
    if (v->op == IR_TUPLEGET || name)
        return *context;                   /* gc's position of the latest argument it saw */
    *context = v->orig ? v->orig->pos : v->pos;
    return *context;
}

/* The argument values of call n, unconverted: its operands, or the results
 * of g in f(g()), stored in a temporary first. */
static List *arg_values(Lowerer *lw, Node *n)
{
    List *values = list_new();
    Node *only = n->list && n->list->len == 1 ? list_at(n->list, 0) : NULL;
    if (only && only->ty && only->ty->kind == TY_TUPLE) {
        IrVar *tuple = temp(lw, only->ty, only->pos);
        IrNode *set = assign(var_ref(tuple, only->pos), lower_expr(lw, only), only->pos);
        for (int i = 0; i < only->ty->fields->len; i++) {
            IrNode *get = ir_new(IR_TUPLEGET, only->pos, ((Field *)list_at(only->ty->fields, i))->type);
            get->x = var_ref(tuple, only->pos);
            get->label = i;
            get->name = xprintf(".autotmp_%d", i);   /* gc's name for it in reports */
            list_push(values, get);
        }
        /* g() runs before the call that consumes its results (lower_call) */
        lw->arg_prefix = set;
    } else {
        for (int i = 0; n->list && i < n->list->len; i++)
            list_push(values, lower_expr(lw, list_at(n->list, i)));
    }
    return values;
}

/* The arguments of a call of a function of type sig, converted to the
 * parameters' types. The extra arguments of a variadic call are packed into
 * a new slice: an allocation site, gc's "... argument". */
static void lower_args(Lowerer *lw, Node *n, Type *sig, List *out)
{
    List *values = arg_values(lw, n);
    int nparams = sig->params->len;
    int nfixed = sig->variadic && !n->dots ? nparams - 1 : nparams;
    Pos context = n->pos;
    int nargs = values->len;
    for (int i = 0; i < nargs && i < nfixed; i++) {
        IrNode *v = list_at(values, i);
        list_push(out, implicit_convert(v, ((Field *)list_at(sig->params, i))->type, arg_conversion_pos(&context, v)));
    }
    if (nfixed == nparams)
        return;
    Type *slice = ((Field *)list_at(sig->params, nparams - 1))->type;
    if (nargs == nfixed) {                  /* nothing for the ... parameter: a nil slice */
        list_push(out, zero_value(slice, n->pos));
        return;
    }
    IrNode *lit = ir_new(IR_COMPLIT, n->pos, slice);
    lit->name = "... argument";
    for (int i = nfixed; i < nargs; i++) {
        IrNode *v = list_at(values, i);
        IrNode *elem = ir_new(IR_EXPR, v->pos, slice->elem);
        elem->x = implicit_convert(v, underlying(slice)->elem, arg_conversion_pos(&context, v));
        elem->label = i - nfixed;
        list_push(lit->args, elem);
    }
    list_push(out, lit);
}

/* Whether selector f selects a struct field (possibly of func type) rather
 * than a method. */
static bool is_struct_field(Node *f)
{
    Type *t = f->x->ty;
    for (int i = 0; f->list && i < f->list->len; i++) {
        Type *u = underlying(t);
        if (u->kind == TY_POINTER)
            u = underlying(u->elem);
        t = ((Field *)list_at(u->fields, (int)(intptr_t)list_at(f->list, i)))->type;
    }
    Type *u = underlying(t);
    if (u->kind == TY_POINTER)
        u = underlying(u->elem);
    if (u->kind != TY_STRUCT)
        return false;
    for (int i = 0; i < u->fields->len; i++)
        if (strcmp(((Field *)list_at(u->fields, i))->name, f->name) == 0)
            return true;
    return false;
}

static IrNode *lower_call_inner(Lowerer *lw, Node *n);
static void drop_finalizer_results(Lowerer *lw, IrNode *conv);

/* A call; for f(g()), g's results are stored first, then f is called. */
static IrNode *lower_call(Lowerer *lw, Node *n)
{
    IrNode *call = lower_call_inner(lw, n);
    if (!lw->arg_prefix)
        return call;
    IrNode *seq = ir_new(IR_SEQ, n->pos, call->type);
    seq->x = lw->arg_prefix;
    seq->y = call;
    lw->arg_prefix = NULL;
    return seq;
}

static IrNode *lower_call_inner(Lowerer *lw, Node *n)
{
    Node *f = n->x;
    while (f->kind == N_PAREN)
        f = f->x;
    if (f->mode == MODE_TYPE) {            /* a conversion */
        Node *a = list_at(n->list, 0);
        if (n->mode == MODE_CONST)
            return lower_const(n);
        IrNode *x = lower_expr(lw, a);
        if (!type_supported(lw, n->ty, n->pos))
            return x;
        if (type_identical(underlying(x->type), underlying(n->ty)) && !is_interface(n->ty) &&
            (underlying(x->type)->kind < TY_ARRAY || underlying(x->type)->kind == TY_POINTER ||
             underlying(x->type)->kind == TY_SLICE || type_identical(x->type, n->ty))) {
            x->type = n->ty;                /* the same C representation: nothing to do */
            x->orig = n;                    /* but reports name the conversion */
            return x;
        }
        if (is_interface(n->ty))
            return implicit_convert(x, n->ty, n->pos);
        IrNode *c = ir_new(IR_CONVERT, n->pos, n->ty);
        c->x = x;
        return c;
    }
    if (f->mode == MODE_BUILTIN) {
        int id = f->obj->builtin;
        if (id == BI_LEN || id == BI_CAP) {
            Node *a = list_at(n->list, 0);
            if (n->mode == MODE_CONST)
                return lower_const(n);
            Type *u = underlying(a->ty);
            if (u->kind == TY_CHAN) {
                IrNode *call = ir_new(IR_RTCALL, n->pos, type_basic(TY_INT));
                call->name = id == BI_LEN ? "gosub_chanlen" : "gosub_chancap";
                list_push(call->args, lower_expr(lw, a));
                return call;
            }
            IrNode *l = ir_new(id == BI_LEN ? IR_LEN : IR_CAP, n->pos, type_basic(TY_INT));
            l->x = lower_expr(lw, a);
            if (u->kind == TY_POINTER)
                l->x = deref(l->x, n->pos);
            return l;
        }
        if (id == BI_NEW) {
            return ir_new(IR_NEW, n->pos, n->ty);
        }
        if (id == BI_COMPLEX) {
            IrNode *op = ir_new(IR_COMPLEX, n->pos, n->ty);
            Type *ft = type_basic(underlying(n->ty)->kind == TY_COMPLEX64 ? TY_FLOAT32 : TY_FLOAT64);
            op->x = implicit_convert(lower_expr(lw, list_at(n->list, 0)), ft, n->pos);
            op->y = implicit_convert(lower_expr(lw, list_at(n->list, 1)), ft, n->pos);
            return op;
        }
        if (id == BI_REAL || id == BI_IMAG) {
            IrNode *op = ir_new(IR_REAL, n->pos, n->ty);
            op->x = lower_expr(lw, list_at(n->list, 0));
            op->label = id == BI_IMAG;
            return op;
        }
        if (id == BI_ADD || id == BI_SLICE) {
            IrNode *op = ir_new(id == BI_ADD ? IR_UNSAFE_ADD : IR_UNSAFE_SLICE, n->pos, n->ty);
            Node *p = list_at(n->list, 0), *l = list_at(n->list, 1);
            op->x = implicit_convert(lower_expr(lw, p), id == BI_ADD ? type_basic(TY_UNSAFEPTR) : p->ty, p->pos);
            op->y = implicit_convert(lower_expr(lw, l), type_basic(TY_INT), l->pos);
            return op;
        }
        if (id == BI_RECOVER) {
            IrNode *call = ir_new(IR_RTCALL, n->pos, n->ty);
            call->name = "gosub_recover";
            lw->fn->calls_recover = true;
            return call;
        }
        if (id == BI_MAKE && underlying(n->ty)->kind == TY_MAP) {
            IrNode *mk = ir_new(IR_MAKEMAP, n->pos, n->ty);
            mk->x = n->list->len > 1 ? implicit_convert(lower_expr(lw, list_at(n->list, 1)), type_basic(TY_INT), n->pos)
                                     : NULL;
            return mk;
        }
        if (id == BI_DELETE) {
            Node *m = list_at(n->list, 0), *k = list_at(n->list, 1);
            IrNode *del = ir_new(IR_MAPDELETE, n->pos, NULL);
            del->x = lower_expr(lw, m);
            del->y = implicit_convert(lower_expr(lw, k), underlying(m->ty)->key, k->pos);
            return del;
        }
        if (id == BI_MAKE && underlying(n->ty)->kind == TY_CHAN) {
            IrNode *mk = ir_new(IR_MAKECHAN, n->pos, n->ty);
            mk->x = n->list->len > 1 ? implicit_convert(lower_expr(lw, list_at(n->list, 1)), type_basic(TY_INT), n->pos)
                                     : NULL;
            return mk;
        }
        if (id == BI_CLOSE) {
            IrNode *call = ir_new(IR_RTCALL, n->pos, NULL);
            call->name = "gosub_chanclose";
            list_push(call->args, lower_expr(lw, list_at(n->list, 0)));
            return call;
        }
        if (id == BI_MAKE) {
            Type *u = underlying(n->ty);
            if (u->kind != TY_SLICE) {
                not_supported(lw, n->pos, xprintf("make(%s)", type_string(n->ty)));
                return ir_new(IR_CONST, n->pos, n->ty);
            }
            IrNode *mk = ir_new(IR_MAKESLICE, n->pos, n->ty);
            mk->x = implicit_convert(lower_expr(lw, list_at(n->list, 1)), type_basic(TY_INT), n->pos);
            mk->y = n->list->len > 2 ? implicit_convert(lower_expr(lw, list_at(n->list, 2)), type_basic(TY_INT), n->pos)
                                     : NULL;
            return mk;
        }
        if (id == BI_APPEND) {
            IrNode *ap = ir_new(IR_APPEND, n->pos, n->ty);
            Type *elem = underlying(n->ty)->elem;
            list_push(ap->args, lower_expr(lw, list_at(n->list, 0)));
            if (n->dots) {
                IrNode *more = lower_expr(lw, list_at(n->list, 1));
                if (type_is_string(more->type)) {   /* append([]byte, string...) */
                    IrNode *bytes = ir_new(IR_CONVERT, n->pos, type_slice(type_basic(TY_UINT8)));
                    bytes->x = more;
                    more = bytes;
                }
                ap->label = 1;               /* args[1] is a slice to append */
                list_push(ap->args, more);
                return ap;
            }
            for (int i = 1; i < n->list->len; i++) {
                Node *a = list_at(n->list, i);
                list_push(ap->args, implicit_convert(lower_expr(lw, a), elem, a->pos));
            }
            return ap;
        }
        if (id == BI_COPY) {
            IrNode *cp = ir_new(IR_COPY, n->pos, type_basic(TY_INT));
            cp->x = lower_expr(lw, list_at(n->list, 0));
            cp->y = lower_expr(lw, list_at(n->list, 1));
            if (type_is_string(cp->y->type)) {     /* copy([]byte, string) */
                IrNode *bytes = ir_new(IR_CONVERT, n->pos, type_slice(type_basic(TY_UINT8)));
                bytes->x = cp->y;
                cp->y = bytes;
            }
            return cp;
        }
        if (id == BI_PRINT || id == BI_PRINTLN || id == BI_PANIC) {
            IrNode *call = ir_new(IR_RTCALL, n->pos, NULL);
            call->name = id == BI_PRINT ? "gosub_builtin_print" : id == BI_PRINTLN ? "gosub_builtin_println"
                                                                         : "gosub_panic";
            List *values = arg_values(lw, n);  /* print(f()) prints each of f's results */
            for (int i = 0; i < values->len; i++) {
                IrNode *v = list_at(values, i);
                Pos pos = v->op == IR_TUPLEGET ? v->pos : ((Node *)list_at(n->list, i))->pos;
                if (!type_supported(lw, v->type, pos))
                    continue;
                if (id == BI_PANIC) {
                    Type *any = type_new(TY_INTERFACE);
                    any->methods = list_new();
                    v = implicit_convert(v, any, pos);
                }
                list_push(call->args, v);  /* print/println take each value as it is */
            }
            return call;
        }
        not_supported(lw, n->pos, xprintf("built-in %s", f->obj->name));
        return ir_new(IR_CONST, n->pos, NULL);
    }
    bool package_func = f->kind == N_SELECTOR && f->x->kind == N_IDENT && f->x->obj &&
                        f->x->obj->kind == OBJ_PACKAGE && f->obj && f->obj->kind == OBJ_FUNC;
    if (package_func) {
        IrNode *call = ir_new(IR_CALL, n->pos, n->mode == MODE_NOVALUE ? NULL : n->ty);
        call->x = ir_new(IR_FUNC, f->pos, f->ty);
        call->x->func = f->obj->ir;
        lower_args(lw, n, f->ty, call->args);
        if (strcmp(call->x->func->cname, "gosub_runtime_SetFinalizer") == 0 && call->args->len == 2)
            drop_finalizer_results(lw, list_at(call->args, 1));
        return call;
    }
    if (f->kind == N_SELECTOR && !f->obj && !f->dots && !(f->x->obj && f->x->obj->kind == OBJ_PACKAGE) &&
        f->ty && underlying(f->ty)->kind == TY_FUNC && !is_struct_field(f)) {
        /* a call through an interface's method table */
        IrNode *call = ir_new(IR_IFACECALL, n->pos, n->mode == MODE_NOVALUE ? NULL : n->ty);
        call->x = selector_base(lw, f);
        call->label = f->iota;
        call->name = f->name;
        lower_args(lw, n, f->ty, call->args);
        return call;
    }
    bool is_method = f->kind == N_SELECTOR && f->obj && f->obj->kind == OBJ_FUNC && f->obj->recv_type && !f->dots;
    if (!is_method && (f->kind != N_IDENT || !f->obj || f->obj->kind != OBJ_FUNC)) {
        /* a call of a func value: through its closure */
        IrNode *call = ir_new(IR_CALL, n->pos, n->mode == MODE_NOVALUE ? NULL : n->ty);
        call->x = lower_expr(lw, f);
        lower_args(lw, n, underlying(f->ty), call->args);
        return call;
    }
    IrNode *call = ir_new(IR_CALL, n->pos, n->mode == MODE_NOVALUE ? NULL : n->ty);
    call->x = ir_new(IR_FUNC, f->pos, f->ty);
    call->x->func = f->obj->ir;
    if (is_method) {
        /* the receiver: Go takes &x for a pointer method on an addressable
         * value, and *p for a value method called through a pointer */
        Node *recv_decl = f->obj->decl->recv;
        bool ptr_method = recv_decl->type->kind == N_STAR;
        IrNode *recv = selector_base(lw, f);
        bool is_ptr = underlying(recv->type)->kind == TY_POINTER;
        if (ptr_method && !is_ptr)
            recv = address_of(recv, f->pos);
        else if (!ptr_method && is_ptr)
            recv = deref(recv, f->pos);
        list_push(call->args, recv);
    }
    lower_args(lw, n, f->ty, call->args);
    return call;
}

static void flatten_concat(Lowerer *lw, Node *n, List *parts)
{
    if (n->kind == N_BINARY && n->op == TK_ADD && n->mode != MODE_CONST && type_is_string(n->ty)) {
        flatten_concat(lw, n->x, parts);
        flatten_concat(lw, n->y, parts);
        return;
    }
    list_push(parts, lower_expr(lw, n));
}

/* ---------------------------------------------------------------- closures */

typedef void (*BodyLowering)(Lowerer *lw, IrFunc *f, void *arg);
static void lower_funclit_body(Lowerer *lw, IrFunc *f, void *arg);

static IrFunc *func_new(const char *name, const char *cname, Type *sig, Pos pos);
static IrNode *declare_var(IrVar *v, Pos pos);

/* A function literal (or a deferred call's thunk) becomes a function of its
 * own that sees each captured variable through its closure context; the
 * value is a closure holding the captured variables' cells: an allocation
 * site. Captured variables are shared, not copied, as Go requires, so each
 * lives in a heap cell. */
static IrNode *make_closure(Lowerer *lw, Type *sig, List *captures, Pos pos, BodyLowering lower_body, void *arg)
{
    IrFunc *outer = lw->fn;
    const char *cname = xprintf("%s__func%d", outer && outer->cname ? outer->cname : "main", ++lw->nclosures);
    IrFunc *f = func_new(xprintf("func%d", lw->nclosures), cname, sig, pos);
    f->is_closure = true;
    f->outer = outer;
    f->pkg = outer ? outer->pkg : NULL;
    f->is_wrapper = lower_body != lower_funclit_body;
    if (!f->is_wrapper) {                  /* gc's name: f.func1, f.func1.1, ... */
        int k = 1;
        for (int i = 0; i < lw->prog->funcs->len; i++) {
            IrFunc *g = list_at(lw->prog->funcs, i);
            k += g->outer == outer && !g->is_wrapper;
        }
        const char *base = outer && outer->goname ? outer->goname : "glob.";
        f->goname = outer && outer->is_closure ? xprintf("%s.%d", base, k) : xprintf("%s.func%d", base, k);
        f->decl = arg;
    }
    list_push(lw->prog->funcs, f);

    Lowerer saved = *lw;
    lw->fn = f;
    lw->targets = NULL;
    lw->pending_label = NULL;
    lw->cap_objs = list_new();
    for (int i = 0; captures && i < captures->len; i++) {
        Object *o = list_at(captures, i);
        IrVar *view = new_var(lw, o->name, o->type, o->pos);
        view->is_capture = true;
        view->addr_taken = true;
        view->on_heap = true;
        list_push(f->captures, view);
        list_push(lw->cap_objs, o);
    }
    lower_body(lw, f, arg);
    IrFunc *inner = f;
    saved.nvars = lw->nvars;
    saved.nclosures = lw->nclosures;
    *lw = saved;

    IrNode *clo = ir_new(IR_CLOSURE, pos, sig);
    clo->func = inner;
    for (int i = 0; captures && i < captures->len; i++) {
        Object *o = list_at(captures, i);
        IrVar *captured = var_of(lw, o);
        ((IrVar *)list_at(inner->captures, i))->capture_of = captured;
        list_push(clo->args, address_of(var_ref(captured, pos), pos));
    }
    return clo;
}

static void lower_params(Lowerer *lw, IrFunc *f, Node *functype)
{
    List *groups = functype->list;
    for (int g = 0; groups && g < groups->len; g++) {
        Node *fd = list_at(groups, g);
        int nnames = fd->list ? fd->list->len : 0;
        for (int k = 0; k < (nnames ? nnames : 1); k++) {
            Node *name = nnames ? list_at(fd->list, k) : NULL;
            Type *t = fd->type->ty;
            if (!type_supported(lw, t, fd->pos))
                continue;
            IrVar *v = name && name->obj ? var_of(lw, name->obj) : new_var(lw, "_", t, fd->pos);
            if (!name || !name->obj)
                list_push(f->locals, v);
            v->is_param = true;
            list_push(f->params, v);
        }
    }
}

static IrNode *block_of(Lowerer *lw, List *stmts, Pos pos);

/* Named results are variables, zeroed on entry; then the body. */
static IrNode *function_body(Lowerer *lw, IrFunc *f, Node *functype, Node *body)
{
    IrNode *b = ir_new(IR_BLOCK, body->pos, NULL);
    for (int g = 0; functype->list2 && g < functype->list2->len; g++) {
        Node *fd = list_at(functype->list2, g);
        if (!type_supported(lw, fd->type->ty, fd->pos))
            continue;
        for (int k = 0; fd->list && k < fd->list->len; k++) {
            Node *name = list_at(fd->list, k);
            IrVar *v = name->obj ? var_of(lw, name->obj) : new_var(lw, "_", fd->type->ty, name->pos);
            if (!name->obj)
                list_push(f->locals, v);
            list_push(f->results, v);
            list_push(b->args, declare_var(v, name->pos));
        }
    }
    lw->labels = list_new();
    lw->label_ids = list_new();
    collect_labels(lw, body);
    list_push(b->args, block_of(lw, body->list, body->pos));
    order_block(lw, b);
    /* a deferred call may set the named results, and a recovered panic
       returns them: they must outlive a longjmp, in memory */
    for (int i = 0; f->has_defer && i < f->results->len; i++)
        ((IrVar *)list_at(f->results, i))->addr_taken = true;
    return b;
}

static void lower_funclit_body(Lowerer *lw, IrFunc *f, void *arg)
{
    Node *lit = arg;
    lower_params(lw, f, lit->type);
    f->body = function_body(lw, f, lit->type, lit->body);
}

/* defer f(a, b): f and the arguments are evaluated now, into variables the
 * deferred thunk captures; the thunk makes the call when the function returns. */
typedef struct DeferredCall {
    Node *call;                            /* a copy of the call, its operands replaced */
    bool is_go;                            /* run by a new goroutine, not at return */
} DeferredCall;

static void lower_thunk_body(Lowerer *lw, IrFunc *f, void *arg)
{
    DeferredCall *dc = arg;
    f->is_defer_thunk = !dc->is_go;
    f->body = ir_new(IR_BLOCK, dc->call->pos, NULL);
    IrNode *e = ir_new(IR_EXPR, dc->call->pos, NULL);
    e->x = lower_call(lw, dc->call);
    list_push(f->body->args, e);
    if (f->calls_recover && !dc->is_go) {
        /* defer recover(): a panic calling recover itself recovers nothing;
           run at its function's return, it is that function's own call */
        f->calls_recover = false;
        f->recover_of_parent = true;
    }
}

/* A fresh local holding the value of x now, as an identifier node; as a
 * value of type t if t is not NULL (an argument converted to an interface
 * now, as gc does, so that the box is what the thunk keeps). */
static Node *evaluate_now_as(Lowerer *lw, Node *x, Type *t, List *captured, List *out)
{
    Object *o = xalloc(sizeof *o);
    o->kind = OBJ_VAR;
    o->name = "defer_arg";
    o->type = t ? t : x->ty;
    o->pos = x->pos;
    IrVar *v = var_of(lw, o);
    v->is_temp = true;
    list_push(out, declare_var(v, x->pos));
    IrNode *value = lower_expr(lw, x);
    if (t)
        value = implicit_convert(value, t, x->pos);
    IrNode *set = assign(var_ref(v, x->pos), value, x->pos);
    set->defines = true;
    list_push(out, set);
    list_push(captured, o);
    Node *id = node_new(N_IDENT, x->pos);
    id->name = o->name;
    id->obj = o;
    id->mode = MODE_VAR;
    id->ty = o->type;
    return id;
}

static Node *evaluate_now(Lowerer *lw, Node *x, List *captured, List *out)
{
    return evaluate_now_as(lw, x, NULL, captured, out);
}

/* defer f(x) and go f(x): f and x are evaluated now; a thunk, a closure
 * holding them, makes the call at the function's return or on a new
 * goroutine. */
static void lower_defer(Lowerer *lw, Node *n, List *out, bool is_go)
{
    Node *call = n->x;
    while (call->kind == N_PAREN)
        call = call->x;
    Node *copy = xalloc(sizeof *copy);
    *copy = *call;
    copy->list = list_new();
    List *captured = list_new();
    Node *f = call->x;
    while (f->kind == N_PAREN)
        f = f->x;
    bool builtin = f->mode == MODE_BUILTIN;
    bool package_func = f->kind == N_SELECTOR && f->x->kind == N_IDENT && f->x->obj && f->x->obj->kind == OBJ_PACKAGE;
    bool direct = f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC;
    bool method_expr = f->kind == N_SELECTOR && f->x->mode == MODE_TYPE;   /* (*T).M: a func value */
    if (f->kind == N_SELECTOR && !package_func && !method_expr) {
        /* a method call: the receiver (or its address) is evaluated now */
        Node *sel = xalloc(sizeof *sel);
        *sel = *f;
        bool ptr_method = f->obj && f->obj->decl && f->obj->decl->recv && f->obj->decl->recv->type->kind == N_STAR;
        Node *recv = f->x;
        if (ptr_method && underlying(recv->ty)->kind != TY_POINTER) {
            Node *addr = node_new(N_UNARY, recv->pos);
            addr->op = TK_AND;
            addr->x = recv;
            addr->ty = type_pointer(recv->ty);
            addr->mode = MODE_VALUE;
            recv = addr;
        }
        sel->x = evaluate_now(lw, recv, captured, out);
        copy->x = sel;
        if (!f->obj && underlying(recv->ty)->kind == TY_INTERFACE) {
            /* i.M is evaluated now: a nil interface panics at the defer */
            IrNode *check = ir_new(IR_RTCALL, f->pos, NULL);
            check->name = "gosub_nilcheck_iface";
            list_push(check->args, lower_expr(lw, sel->x));
            IrNode *st = ir_new(IR_EXPR, f->pos, NULL);
            st->x = check;
            list_push(out, st);
        }
    } else if (!builtin && !package_func && !direct) {
        copy->x = evaluate_now(lw, f, captured, out);
    }
    Type *sig = !builtin && f->ty ? underlying(f->ty) : NULL;
    bool spread = call->list && call->list->len == 1 && ((Node *)list_at(call->list, 0))->ty &&
                  ((Node *)list_at(call->list, 0))->ty->kind == TY_TUPLE;   /* f(g()) */
    for (int i = 0; call->list && i < call->list->len; i++) {
        Node *a = list_at(call->list, i);
        if (builtin && i == 0 && (f->obj->builtin == BI_MAKE || f->obj->builtin == BI_NEW)) {
            list_push(copy->list, a);
            continue;
        }
        /* the parameter it goes to: an interface gets its box now */
        Type *param = NULL;
        if (sig && sig->kind == TY_FUNC && !spread && sig->params->len > 0) {
            int last = sig->params->len - 1;
            Type *pt = ((Field *)list_at(sig->params, i < last ? i : last))->type;
            if (sig->variadic && i >= last && !call->dots)
                pt = underlying(pt)->elem;
            if (is_interface(pt) && (!a->ty || !type_identical(a->ty, pt)))
                param = pt;
        }
        if (param)
            list_push(copy->list, evaluate_now_as(lw, a, param, captured, out));
        else
            list_push(copy->list, a->mode == MODE_CONST ? a : evaluate_now(lw, a, captured, out));
    }
    Type *thunk_sig = type_new(TY_FUNC);
    thunk_sig->params = list_new();
    thunk_sig->results = list_new();
    DeferredCall *dc = xalloc(sizeof *dc);
    dc->call = copy;
    dc->is_go = is_go;
    IrNode *d = ir_new(is_go ? IR_GO : IR_DEFER, n->pos, NULL);
    d->orig = n;
    if (builtin && f->obj->builtin == BI_RECOVER && !is_go)
        lw->fn->calls_recover = true;      /* its frame says whether it may recover */
    d->x = make_closure(lw, thunk_sig, captured, n->pos, lower_thunk_body, dc);
    if (!is_go)
        lw->fn->has_defer = true;
    list_push(out, d);
}

/* A method bound to a receiver, or taking it first: what the closure's body
 * calls, and with which receiver. */
typedef struct BoundMethod {
    Node *sel;                             /* the selector */
    Object *recv;                          /* x.M: the captured receiver */
    Type *recv_type;
} BoundMethod;

static bool is_struct_field(Node *f);
static IrNode *walk_path(IrNode *x, List *path, Pos pos);

/* The call of the selected method on receiver value recv (with Go's
 * implicit & or *), passing args; through the table for an interface. */
static IrNode *call_selected(Node *sel, IrNode *recv, List *args, Type *result, Pos pos)
{
    if (!sel->obj) {
        IrNode *call = ir_new(IR_IFACECALL, pos, result);
        call->x = recv;
        call->label = sel->iota;
        call->name = sel->name;
        call->args = args;
        return call;
    }
    bool ptr_method = sel->obj->decl->recv->type->kind == N_STAR;
    bool is_ptr = underlying(recv->type)->kind == TY_POINTER;
    if (ptr_method && !is_ptr)
        recv = address_of(recv, pos);
    else if (!ptr_method && is_ptr)
        recv = deref(recv, pos);
    IrNode *call = ir_new(IR_CALL, pos, result);
    call->x = ir_new(IR_FUNC, pos, sel->obj->type);
    call->x->func = sel->obj->ir;
    list_push(call->args, recv);
    for (int i = 0; i < args->len; i++)
        list_push(call->args, list_at(args, i));
    return call;
}

static void lower_bound_method_body(Lowerer *lw, IrFunc *f, void *arg)
{
    BoundMethod *bm = arg;
    Type *sig = f->sig;
    f->body = ir_new(IR_BLOCK, bm->sel->pos, NULL);
    List *args = list_new();
    IrNode *recv = NULL;
    for (int i = 0; i < sig->params->len; i++) {
        Field *p = list_at(sig->params, i);
        IrVar *v = new_var(lw, "p", p->type, bm->sel->pos);
        v->is_param = true;
        v->is_temp = true;
        list_push(f->locals, v);
        list_push(f->params, v);
        if (!bm->recv && i == 0)
            recv = walk_path(var_ref(v, bm->sel->pos), bm->sel->list, bm->sel->pos);
                                                /* a method expression's receiver comes first */
        else
            list_push(args, var_ref(v, bm->sel->pos));
    }
    if (bm->recv)
        recv = var_ref(var_of(lw, bm->recv), bm->sel->pos);
    Type *result = sig->results->len == 0 ? NULL : sig->results->len == 1
                   ? ((Field *)list_at(sig->results, 0))->type : type_tuple(sig->results);
    IrNode *call = call_selected(bm->sel, recv, args, result, bm->sel->pos);
    if (call->op == IR_CALL)
        f->forwards_to = call->x->func;
    IrNode *st;
    if (result) {
        st = ir_new(IR_RETURN, bm->sel->pos, NULL);
        if (sig->results->len == 1) {
            list_push(st->args, call);
        } else {                            /* spread the result tuple */
            IrVar *tuple = temp(lw, result, bm->sel->pos);
            list_push(f->body->args, assign(var_ref(tuple, bm->sel->pos), call, bm->sel->pos));
            for (int i = 0; i < sig->results->len; i++) {
                IrNode *get = ir_new(IR_TUPLEGET, bm->sel->pos, ((Field *)list_at(sig->results, i))->type);
                get->x = var_ref(tuple, bm->sel->pos);
                get->label = i;
                list_push(st->args, get);
            }
        }
    } else {
        st = ir_new(IR_EXPR, bm->sel->pos, NULL);
        st->x = call;
    }
    list_push(f->body->args, st);
}

/* runtime.SetFinalizer(obj, f) with an f that has results, which Go allows
 * and ignores: the runtime calls finalizers as func(T), so f is wrapped in
 * a closure that calls it and drops what it returns. */
static void lower_finalizer_body(Lowerer *lw, IrFunc *f, void *arg)
{
    Pos pos = *(Pos *)arg;
    f->body = ir_new(IR_BLOCK, pos, NULL);
    IrVar *fn = list_at(f->captures, 0);
    Field *param = list_at(f->sig->params, 0);
    IrVar *p = new_var(lw, "obj", param->type, pos);
    p->is_param = true;
    p->is_temp = true;
    list_push(f->locals, p);
    list_push(f->params, p);
    Type *fu = underlying(fn->type);
    Type *result = fu->results->len == 1 ? ((Field *)list_at(fu->results, 0))->type : type_tuple(fu->results);
    IrNode *call = ir_new(IR_CALL, pos, result);
    call->x = var_ref(fn, pos);
    list_push(call->args, var_ref(p, pos));
    IrNode *st = ir_new(IR_EXPR, pos, NULL);
    st->x = call;
    list_push(f->body->args, st);
}

static void drop_finalizer_results(Lowerer *lw, IrNode *conv)
{
    if (conv->op != IR_TOIFACE || underlying(conv->x->type)->kind != TY_FUNC)
        return;
    Type *fu = underlying(conv->x->type);
    if (fu->results->len == 0 || fu->params->len != 1 || fu->variadic)
        return;                            /* nothing to drop, or the runtime's error to give */
    Object *o = xalloc(sizeof *o);
    o->kind = OBJ_VAR;
    o->name = "finalizer";
    o->type = conv->x->type;
    o->pos = conv->pos;
    IrVar *v = var_of(lw, o);
    v->is_temp = true;
    IrNode *set = ir_new(IR_BLOCK, conv->pos, NULL);   /* a new variable (a cell with -N), set */
    list_push(set->args, declare_var(v, conv->pos));
    IrNode *first = assign(var_ref(v, conv->pos), conv->x, conv->pos);
    first->defines = true;
    list_push(set->args, first);
    Type *sig = type_new(TY_FUNC);
    sig->params = list_new();
    sig->results = list_new();
    list_push(sig->params, list_at(fu->params, 0));
    List *captures = list_new();
    list_push(captures, o);
    Pos *pos = xalloc(sizeof *pos);
    *pos = conv->pos;
    IrNode *clo = make_closure(lw, sig, captures, conv->pos, lower_finalizer_body, pos);
    IrNode *seq = ir_new(IR_SEQ, conv->pos, sig);
    seq->x = set;
    seq->y = clo;
    conv->x = seq;
}

/* x.M as a value: the receiver is evaluated now and bound into a closure. */
static IrNode *method_value(Lowerer *lw, Node *n)
{
    IrNode *recv = selector_base(lw, n);
    if (n->obj) {                          /* bind &x or *p now, as Go evaluates them */
        bool ptr_method = n->obj->decl->recv->type->kind == N_STAR;
        bool is_ptr = underlying(recv->type)->kind == TY_POINTER;
        if (ptr_method && !is_ptr)
            recv = address_of(recv, n->pos);
        else if (!ptr_method && is_ptr)
            recv = deref(recv, n->pos);
    }
    Object *o = xalloc(sizeof *o);
    o->kind = OBJ_VAR;
    o->name = "recv";
    o->type = recv->type;
    o->pos = n->pos;
    IrVar *v = var_of(lw, o);
    v->is_temp = true;
    /* the receiver's evaluation happens where the method value is made */
    IrNode *seq = ir_new(IR_ASSIGN, n->pos, NULL);
    seq->defines = true;
    seq->x = var_ref(v, n->pos);
    seq->y = recv;
    List *captures = list_new();
    list_push(captures, o);
    BoundMethod *bm = xalloc(sizeof *bm);
    bm->sel = n;
    bm->recv = o;
    IrNode *clo = make_closure(lw, n->ty, captures, n->pos, lower_bound_method_body, bm);
    clo->y = seq;                          /* emitted before the closure is built */
    return clo;
}

/* T.M as a value: a function taking the receiver first. */
static IrNode *method_expression(Lowerer *lw, Node *n)
{
    BoundMethod *bm = xalloc(sizeof *bm);
    bm->sel = n;
    return make_closure(lw, n->ty, NULL, n->pos, lower_bound_method_body, bm);
}

/* x after the embedded fields of path, dereferencing pointers on the way. */
static IrNode *walk_path(IrNode *x, List *path, Pos pos)
{
    for (int i = 0; path && i < path->len; i++) {
        int index = (int)(intptr_t)list_at(path, i);
        Type *u = underlying(x->type);
        if (u->kind == TY_POINTER) {
            x = deref(x, pos);
            u = underlying(u->elem);
        }
        Field *f = list_at(u->fields, index);
        IrNode *fld = ir_new(IR_FIELD, pos, f->type);
        fld->x = x;
        fld->label = index;
        fld->name = f->name;
        x = fld;
    }
    return x;
}

/* The operand of selector n after the embedded fields the selection goes
 * through (the checker's path), dereferencing pointers on the way. */
static IrNode *selector_base(Lowerer *lw, Node *n)
{
    return walk_path(lower_expr(lw, n->x), n->list, n->pos);
}

/* x.f, through any pointer; package variables; method values are not yet. */
static IrNode *lower_selector(Lowerer *lw, Node *n)
{
    if (n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_PACKAGE) {
        Object *o = n->obj;
        if (o->kind == OBJ_VAR)
            return var_ref(var_of(lw, o), n->pos);
        if (o->kind == OBJ_FUNC) {
            IrNode *fv = ir_new(IR_FUNCVAL, n->pos, n->ty);
            fv->func = o->ir;
            ((IrFunc *)o->ir)->as_value = true;
            return fv;
        }
        not_supported(lw, n->pos, xprintf("%s.%s as a value", n->x->obj->name, n->name));
        return ir_new(IR_CONST, n->pos, n->ty);
    }
    if (n->dots)
        return method_expression(lw, n);
    if ((n->obj && n->obj->kind == OBJ_FUNC) || (!n->obj && underlying(n->ty)->kind == TY_FUNC && !is_struct_field(n)))
        return method_value(lw, n);
    IrNode *x = selector_base(lw, n);
    Type *u = underlying(x->type);
    if (u->kind == TY_POINTER) {
        x = deref(x, n->pos);
        u = underlying(u->elem);
    }
    for (int i = 0; i < u->fields->len; i++) {
        Field *f = list_at(u->fields, i);
        if (strcmp(f->name, n->name) == 0) {
            IrNode *fld = ir_new(IR_FIELD, n->pos, f->type);
            fld->x = x;
            fld->label = i;
            fld->name = f->name;
            return fld;
        }
    }
    not_supported(lw, n->pos, "promoted field");
    return ir_new(IR_CONST, n->pos, n->ty);
}

static IrNode *lower_composite(Lowerer *lw, Node *n)
{
    if (!type_supported(lw, n->ty, n->pos))
        return ir_new(IR_CONST, n->pos, n->ty);
    if (n->implicit_addr) {                /* {...} standing for &T{...}: an allocation site */
        Type *ptr = n->ty;
        n->implicit_addr = false;
        n->ty = underlying(ptr)->elem;
        IrNode *nw = ir_new(IR_NEW, n->pos, ptr);
        nw->x = lower_composite(lw, n);
        n->implicit_addr = true;
        n->ty = ptr;
        return nw;
    }
    Type *u = underlying(n->ty);
    IrNode *lit = ir_new(IR_COMPLIT, n->pos, n->ty);
    for (int i = 0; n->list && i < n->list->len; i++) {
        Node *e = list_at(n->list, i);
        Node *v = e->kind == N_KEYVALUE ? e->y : e;
        Type *et = u->kind == TY_STRUCT ? ((Field *)list_at(u->fields, e->kind == N_KEYVALUE ? e->iota : i))->type
                                        : u->elem;
        IrNode *value = implicit_convert(lower_expr(lw, v), et, v->pos);
        /* the element's field or index travels in a wrapper node; a map
           literal's element carries its key */
        IrNode *elem = ir_new(IR_EXPR, v->pos, et);
        elem->x = value;
        if (u->kind == TY_MAP)
            elem->y = implicit_convert(lower_expr(lw, e->x), u->key, e->x->pos);
        elem->label = u->kind == TY_STRUCT ? (e->kind == N_KEYVALUE ? e->iota : i) : e->iota;
        list_push(lit->args, elem);
    }
    return lit;
}

static IrNode *lower_expr_node(Lowerer *lw, Node *n);

/* The IR of expression n, remembering n: gc's reports name an expression
 * by its source form. */
static IrNode *lower_expr(Lowerer *lw, Node *n)
{
    IrNode *x = lower_expr_node(lw, n);
    if (!x->orig)
        x->orig = n;
    return x;
}

static IrNode *lower_expr_node(Lowerer *lw, Node *n)
{
    if (n->mode == MODE_CONST)
        return lower_const(n);
    switch (n->kind) {
    case N_PAREN:
        return lower_expr(lw, n->x);
    case N_IDENT: {
        Object *o = n->obj;
        if (o->kind == OBJ_VAR)
            return var_ref(var_of(lw, o), n->pos);
        if (o->kind == OBJ_NIL)
            return zero_value(n->ty, n->pos);
        if (o->kind == OBJ_FUNC) {
            IrNode *fv = ir_new(IR_FUNCVAL, n->pos, n->ty);
            fv->func = o->ir;
            ((IrFunc *)o->ir)->as_value = true;
            return fv;
        }
        not_supported(lw, n->pos, xprintf("use of %s", n->name));
        return ir_new(IR_CONST, n->pos, n->ty);
    }
    case N_CALL:
        return lower_call(lw, n);
    case N_BINARY: {
        if (n->op == TK_ADD && type_is_string(n->ty)) {
            IrNode *c = ir_new(IR_CONCAT, n->pos, n->ty);
            flatten_concat(lw, n, c->args);
            return c;
        }
        IrNode *b = ir_new(IR_BINARY, n->pos, default_type(n->ty));
        b->tok = n->op;
        b->x = lower_expr(lw, n->x);
        b->y = lower_expr(lw, n->y);
        /* comparing an interface with a concrete value converts the value */
        if (is_interface(b->x->type) && !is_untyped_nil(b->y) && !type_identical(b->x->type, b->y->type) &&
            (!is_interface(b->y->type) || !underlying(b->x->type)->methods || !underlying(b->x->type)->methods->len))
            b->y = implicit_convert(b->y, b->x->type, n->y->pos);   /* a value, or any == error */
        else if (is_interface(b->y->type) && !is_interface(b->x->type) && !is_untyped_nil(b->x))
            b->x = implicit_convert(b->x, b->y->type, n->x->pos);
        if (!type_supported(lw, b->x->type, n->pos))
            return b;
        return b;
    }
    case N_UNARY: {
        if (n->op == TK_AND) {
            Node *x = n->x;
            while (x->kind == N_PAREN)
                x = x->x;
            if (x->kind == N_COMPOSITE) {     /* &T{...}: an allocation site */
                IrNode *nw = ir_new(IR_NEW, n->pos, n->ty);
                nw->x = lower_expr(lw, x);
                return nw;
            }
            return address_of(lower_expr(lw, x), n->pos);
        }
        if (n->op == TK_ARROW) {
            IrNode *r = ir_new(IR_RECV, n->pos, n->ty);
            r->x = lower_expr(lw, n->x);
            return r;
        }
        IrNode *u = ir_new(IR_UNARY, n->pos, default_type(n->ty));
        u->tok = n->op;
        u->x = lower_expr(lw, n->x);
        return u;
    }
    case N_STAR:
        return deref(lower_expr(lw, n->x), n->pos);
    case N_FUNCLIT:
        return make_closure(lw, n->type->ty ? n->type->ty : n->ty, n->list, n->pos, lower_funclit_body, n);
    case N_TYPEASSERT: {
        IrNode *ta = ir_new(IR_TYPEASSERT, n->pos, n->ty);
        ta->x = lower_expr(lw, n->x);
        return ta;
    }
    case N_SELECTOR:
        return lower_selector(lw, n);
    case N_COMPOSITE:
        return lower_composite(lw, n);
    case N_SLICE: {
        IrNode *x = lower_expr(lw, n->x);
        if (underlying(x->type)->kind == TY_ARRAY)
            x = address_of(x, n->pos);
        IrNode *sl = ir_new(IR_SLICE, n->pos, n->ty);
        sl->x = x;
        Node *bounds[3] = {n->lo, n->hi, n->max};
        for (int i = 0; i < 3; i++)
            list_push(sl->args, bounds[i] ? implicit_convert(lower_expr(lw, bounds[i]), type_basic(TY_INT), n->pos)
                                          : NULL);
        return sl;
    }
    case N_INDEX:
        if (type_is_string(n->x->ty)) {
            IrNode *ix = ir_new(IR_STRINDEX, n->pos, type_basic(TY_UINT8));
            ix->x = lower_expr(lw, n->x);
            ix->y = implicit_convert(lower_expr(lw, n->y), type_basic(TY_INT), n->y->pos);
            return ix;
        }
        {
            Type *u = underlying(n->x->ty);
            if (u->kind == TY_MAP) {
                IrNode *mi = ir_new(IR_MAPINDEX, n->pos, n->ty);
                mi->x = lower_expr(lw, n->x);
                mi->y = implicit_convert(lower_expr(lw, n->y), u->key, n->y->pos);
                return mi;
            }
            IrNode *x = lower_expr(lw, n->x);
            if (u->kind == TY_POINTER)
                x = deref(x, n->pos);
            IrNode *ix = ir_new(IR_INDEX, n->pos, n->ty);
            ix->x = x;
            ix->y = implicit_convert(lower_expr(lw, n->y), type_basic(TY_INT), n->y->pos);
            return ix;
        }
    default:
        not_supported(lw, n->pos, xprintf("%s expression", node_kind_name(n->kind)));
        return ir_new(IR_CONST, n->pos, n->ty);
    }
}

/* ---------------------------------------------------------------- statements */

static IrNode *block_of(Lowerer *lw, List *stmts, Pos pos)
{
    IrNode *b = ir_new(IR_BLOCK, pos, NULL);
    for (int i = 0; stmts && i < stmts->len; i++)
        lower_stmt(lw, list_at(stmts, i), b->args);
    return b;
}


/* An expression assigned to several variables: a multi-result call, whose
 * value is its result tuple, or a comma-ok form, made to yield (value, ok). */
static IrNode *lower_multi(Lowerer *lw, Node *r)
{
    if (r->ty && r->ty->kind == TY_TUPLE)
        return type_supported(lw, r->ty, r->pos) ? lower_expr(lw, r) : NULL;
    Node *inner = r;
    while (inner->kind == N_PAREN)
        inner = inner->x;
    bool map_index = inner->kind == N_INDEX && underlying(inner->x->ty)->kind == TY_MAP;
    bool recv = inner->kind == N_UNARY && inner->op == TK_ARROW;
    if (inner->kind != N_TYPEASSERT && !map_index && !recv) {
        not_supported(lw, r->pos, "this comma-ok form");
        return NULL;
    }
    List *fields = list_new();
    Field *v = xalloc(sizeof *v), *ok = xalloc(sizeof *ok);
    v->type = inner->ty;
    ok->type = type_basic(TY_BOOL);
    list_push(fields, v);
    list_push(fields, ok);
    IrNode *op = ir_new(map_index ? IR_MAPINDEX : recv ? IR_RECV : IR_TYPEASSERT, inner->pos, type_tuple(fields));
    op->x = lower_expr(lw, inner->x);
    if (map_index)
        op->y = implicit_convert(lower_expr(lw, inner->y), underlying(inner->x->ty)->key, inner->y->pos);
    op->label = 1;
    return op;
}

/* The point where a variable comes into existence: each execution of it
 * makes a new variable (a new heap cell, if the variable lives on the heap). */
static IrNode *declare_var(IrVar *v, Pos pos)
{
    IrNode *d = ir_new(IR_DECL, pos, NULL);
    d->var = v;
    return d;
}

/* An assignment's destination: a variable, a field, an element, or a map
 * entry (which the assignment creates if needed). */
static IrNode *lower_destination(Lowerer *lw, Node *l)
{
    Node *inner = l;
    while (inner->kind == N_PAREN)
        inner = inner->x;
    if (inner->kind == N_INDEX && underlying(inner->x->ty)->kind == TY_MAP) {
        IrNode *slot = ir_new(IR_MAPSLOT, inner->pos, inner->ty);
        slot->x = lower_expr(lw, inner->x);
        slot->y = implicit_convert(lower_expr(lw, inner->y), underlying(inner->x->ty)->key, inner->y->pos);
        return slot;
    }
    if (inner->kind == N_IDENT && inner->obj)
        return var_ref(var_of(lw, inner->obj), inner->pos);
    return lower_expr(lw, inner);
}

/* Go assigns in two phases: first the operands of index expressions and
 * indirections on the left (and the right-hand sides) are evaluated, then
 * the assignments are made left to right. freeze_dest does the first phase
 * for one destination: its operands go into temporaries now, except
 * variables that the statement does not assign (which stay as they are, so
 * that b.buf, b.x = ... still names b for escape analysis). */
static IrNode *freeze_operand(Lowerer *lw, IrNode *x, List *assigned, List *out)
{
    if (x->op == IR_CONST)
        return x;
    if (x->op == IR_VAR) {
        bool changes = false;
        for (int i = 0; i < assigned->len; i++)
            changes |= list_at(assigned, i) == x->var;
        if (!changes)
            return x;
    }
    IrVar *t = temp(lw, x->type, x->pos);
    IrNode *set = assign(var_ref(t, x->pos), x, x->pos);
    set->defines = true;
    list_push(out, set);
    return var_ref(t, x->pos);
}

static IrNode *freeze_dest(Lowerer *lw, IrNode *d, List *assigned, List *out)
{
    switch (d->op) {
    case IR_INDEX:
        if (underlying(d->x->type)->kind == TY_ARRAY)
            d->x = freeze_dest(lw, d->x, assigned, out);   /* an array variable stays itself */
        else
            d->x = freeze_operand(lw, d->x, assigned, out);
        d->y = freeze_operand(lw, d->y, assigned, out);
        return d;
    case IR_DEREF:
        d->x = freeze_operand(lw, d->x, assigned, out);
        return d;
    case IR_FIELD:
        d->x = freeze_dest(lw, d->x, assigned, out);
        return d;
    case IR_MAPSLOT:
        d->x = freeze_operand(lw, d->x, assigned, out);
        d->y = freeze_operand(lw, d->y, assigned, out);
        return d;
    default:
        return d;
    }
}

/* The variables among the destinations of a parallel assignment. */
static List *assigned_vars(List *dests)
{
    List *vars = list_new();
    for (int i = 0; i < dests->len; i++) {
        IrNode *d = list_at(dests, i);
        if (d && d->op == IR_VAR)
            list_push(vars, d->var);
    }
    return vars;
}

/* Whether evaluating n calls a function or receives. */
static bool has_call(IrNode *n)
{
    if (!n)
        return false;
    if (n->op == IR_CALL || n->op == IR_RTCALL || n->op == IR_IFACECALL || n->op == IR_RECV)
        return true;
    if (has_call(n->x) || has_call(n->y))
        return true;
    for (int i = 0; n->args && i < n->args->len; i++)
        if (has_call(list_at(n->args, i)))
            return true;
    return false;
}

/* x op= y, and x++ and x-- as x += 1: x is evaluated once (a map entry is
 * found or made by one lookup, after y), as the spec's "x op= y" wants. */
static void lower_op_assign(Lowerer *lw, Node *l, IrNode *rhs, int op, Pos pos, List *out)
{
    IrNode *dst = lower_destination(lw, l);
    IrNode *b = ir_new(IR_BINARY, pos, l->ty);
    b->tok = op;
    if (dst->op == IR_MAPSLOT || has_call(dst)) {   /* a[f()] += 1: f once, through &a[...] */
        dst = freeze_dest(lw, dst, list_new(), out);   /* the operands first, left to right */
        IrVar *v = temp(lw, l->ty, pos);
        IrNode *setv = assign(var_ref(v, pos), implicit_convert(rhs, l->ty, pos), pos);
        setv->defines = true;
        list_push(out, setv);
        IrVar *p = temp(lw, type_pointer(l->ty), pos);
        IrNode *setp = assign(var_ref(p, pos), address_of(dst, pos), pos);
        setp->defines = true;
        list_push(out, setp);
        dst = deref(var_ref(p, pos), pos);
        b->x = deref(var_ref(p, pos), pos);
        b->y = var_ref(v, pos);
    } else {
        b->x = lower_expr(lw, l);
        b->y = implicit_convert(rhs, l->ty, pos);
    }
    if (op == TK_ADD && type_is_string(l->ty)) {
        b->op = IR_CONCAT;
        list_push(b->args, b->x);
        list_push(b->args, b->y);
    }
    list_push(out, assign(dst, b, pos));
}

static void lower_assign(Lowerer *lw, Node *n, List *out)
{
    List *lhs = n->list, *rhs = n->list2;
    if (n->op != 0 && n->op != TK_DEFINE) {   /* x op= y */
        Node *l = list_at(lhs, 0);
        lower_op_assign(lw, l, lower_expr(lw, list_at(rhs, 0)), n->op, n->pos, out);
        return;
    }
    /* Go evaluates all right-hand sides before assigning: go through temporaries
     * when there is more than one. */
    int count = lhs->len;
    List *values = list_new();
    List *direct = list_new();             /* each value before its temporary */
    List *dests = list_new();              /* with more than one: their operands evaluated first */
    for (int i = 0; i < count; i++) {
        Node *l = list_at(lhs, i);
        bool blank = l->kind == N_IDENT && strcmp(l->name, "_") == 0;
        list_push(dests, blank ? NULL : lower_destination(lw, l));
    }
    if (count > 1) {
        List *assigned = assigned_vars(dests);
        for (int i = 0; i < count; i++)
            if (list_at(dests, i))
                dests->v[i] = freeze_dest(lw, list_at(dests, i), assigned, out);
    }
    if (rhs->len == 1 && count > 1) {          /* a, b = f(), or v, ok = x.(T) */
        Node *r = list_at(rhs, 0);
        IrNode *value = lower_multi(lw, r);
        if (!value)
            return;
        IrVar *tuple = temp(lw, value->type, r->pos);
        list_push(out, assign(var_ref(tuple, r->pos), value, n->pos));
        for (int i = 0; i < count; i++) {
            IrNode *get = ir_new(IR_TUPLEGET, r->pos, ((Field *)list_at(value->type->fields, i))->type);
            get->x = var_ref(tuple, r->pos);
            get->label = i;
            Node *l = list_at(lhs, i);
            list_push(values, l->ty ? implicit_convert(get, l->ty, r->pos) : get);
        }
    }
    for (int i = 0; i < count && rhs->len == count; i++) {
        Node *l = list_at(lhs, i), *r = list_at(rhs, i);
        IrNode *v = lower_expr(lw, r);
        Type *t = l->ty ? l->ty : r->ty;
        if (!type_supported(lw, t, l->pos))
            return;
        v = implicit_convert(v, t, l->pos);   /* gc: at the destination */
        list_push(direct, v);
        if (count > 1) {
            IrVar *tmp = temp(lw, t, r->pos);
            list_push(out, assign(var_ref(tmp, r->pos), v, n->pos));
            v = var_ref(tmp, r->pos);
        }
        list_push(values, v);
    }
    for (int i = 0; i < count; i++) {
        Node *l = list_at(lhs, i);
        IrNode *v = list_at(values, i);
        if (l->kind == N_IDENT && strcmp(l->name, "_") == 0) {
            IrNode *e = ir_new(IR_EXPR, n->pos, NULL);
            e->x = v;
            list_push(out, e);
            continue;
        }
        bool defines = n->op == TK_DEFINE && l->obj && l->obj->decl == n;
        if (defines)
            list_push(out, declare_var(var_of(lw, l->obj), l->pos));
        IrNode *set = assign(list_at(dests, i), v, n->pos);
        set->defines = defines;
        set->orig = n;
        set->then = i < direct->len ? list_at(direct, i) : NULL;
        list_push(out, set);
    }
}

/* Collects the labels of a function body (not of the function literals in
 * it, which are functions of their own), giving each an IR label. */
static void collect_labels(Lowerer *lw, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED:
        list_push(lw->labels, s);
        list_push(lw->label_ids, (void *)(intptr_t)new_label(lw));
        collect_labels(lw, s->body);
        return;
    case N_BLOCK:
        for (int i = 0; s->list && i < s->list->len; i++)
            collect_labels(lw, list_at(s->list, i));
        return;
    case N_IF:
        collect_labels(lw, s->body);
        collect_labels(lw, s->els);
        return;
    case N_FOR: case N_RANGE:
        collect_labels(lw, s->body);
        return;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; s->list && i < s->list->len; i++) {
            Node *cl = list_at(s->list, i);
            for (int k = 0; cl->list2 && k < cl->list2->len; k++)
                collect_labels(lw, list_at(cl->list2, k));
        }
        return;
    default:
        return;
    }
}

/* The IR label of Go label name in the current function, or 0. */
static int go_label(Lowerer *lw, const char *name)
{
    for (int i = 0; lw->labels && i < lw->labels->len; i++)
        if (strcmp(((Node *)list_at(lw->labels, i))->name, name) == 0)
            return (int)(intptr_t)list_at(lw->label_ids, i);
    return 0;
}

static Target *find_target(Lowerer *lw, const char *label, bool want_loop)
{
    for (Target *t = lw->targets; t; t = t->outer) {
        if (label ? (t->label && strcmp(t->label, label) == 0) : (!want_loop || t->continue_label))
            return t;
    }
    return NULL;
}

static void push_target(Lowerer *lw, Target *t, int brk, int cont)
{
    t->label = lw->pending_label;
    lw->pending_label = NULL;
    t->break_label = brk;
    t->continue_label = cont;
    t->outer = lw->targets;
    lw->targets = t;
}

static void lower_for(Lowerer *lw, Node *n, List *out)
{
    IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
    if (n->init)
        lower_stmt(lw, n->init, outer->args);
    int brk = new_label(lw), cont = new_label(lw);
    Target t;
    push_target(lw, &t, brk, cont);
    IrNode *loop = ir_new(IR_LOOP, n->pos, NULL);
    IrNode *body = ir_new(IR_BLOCK, n->pos, NULL);
    if (n->cond) {
        IrNode *test = ir_new(IR_IF, n->cond->pos, NULL);
        IrNode *not = ir_new(IR_UNARY, n->cond->pos, type_basic(TY_BOOL));
        not->tok = TK_NOT;
        not->x = lower_expr(lw, n->cond);
        test->x = not;
        test->then = goto_label(brk, n->cond->pos);
        list_push(body->args, test);
    }
    list_push(body->args, block_of(lw, n->body->list, n->body->pos));
    list_push(body->args, label_here(cont, n->pos));
    if (n->post)
        lower_stmt(lw, n->post, body->args);
    loop->body = body;
    lw->targets = t.outer;
    list_push(outer->args, loop);
    list_push(outer->args, label_here(brk, n->pos));
    list_push(out, outer);
}

static IrNode *int_const(int64_t v, Pos pos)
{
    IrNode *c = ir_new(IR_CONST, pos, type_basic(TY_INT));
    c->cval = const_make_int64(v);
    return c;
}

static IrNode *binary(int tok, IrNode *x, IrNode *y, Type *t, Pos pos)
{
    IrNode *b = ir_new(IR_BINARY, pos, t);
    b->tok = tok;
    b->x = x;
    b->y = y;
    return b;
}

/* The iteration variable of a range clause: a variable to assign, or NULL. */
static IrNode *range_target(Lowerer *lw, Node *n, Node *v, List *out)
{
    if (!v || (v->kind == N_IDENT && strcmp(v->name, "_") == 0))
        return NULL;
    if (n->op == TK_DEFINE) {
        IrVar *var = var_of(lw, v->obj);
        list_push(out, declare_var(var, v->pos));   /* one variable for the whole loop, as in Go 1.19 */
        return var_ref(var, v->pos);
    }
    return lower_destination(lw, v);       /* for m[k] = range x: a map entry to store */
}

/* for k, v := range x, lowered to a counting loop: x is evaluated once; over
 * a string, each step decodes one UTF-8 sequence. */
/* A received value and whether the channel was open, as a (T, bool) tuple. */
static IrNode *receive_ok(IrNode *ch, Pos pos)
{
    List *fields = list_new();
    Field *v = xalloc(sizeof *v), *ok = xalloc(sizeof *ok);
    v->type = underlying(ch->type)->elem;
    ok->type = type_basic(TY_BOOL);
    list_push(fields, v);
    list_push(fields, ok);
    IrNode *r = ir_new(IR_RECV, pos, type_tuple(fields));
    r->x = ch;
    r->label = 1;
    return r;
}

static IrNode *tuple_get(IrVar *tuple, int i, Pos pos)
{
    IrNode *get = ir_new(IR_TUPLEGET, pos, ((Field *)list_at(tuple->type->fields, i))->type);
    get->x = var_ref(tuple, pos);
    get->label = i;
    return get;
}

/* for v := range c: receive until c is closed and drained. */
static void lower_range_chan(Lowerer *lw, Node *n, List *out)
{
    IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
    Pos pos = n->pos;
    IrVar *ch = temp(lw, n->x->ty, pos);
    list_push(outer->args, assign(var_ref(ch, pos), lower_expr(lw, n->x), pos));
    IrNode *value = range_target(lw, n, n->key, outer->args);
    int brk = new_label(lw), cont = new_label(lw);
    Target t;
    push_target(lw, &t, brk, cont);
    IrNode *loop = ir_new(IR_LOOP, pos, NULL);
    IrNode *body = ir_new(IR_BLOCK, pos, NULL);
    IrNode *got = receive_ok(var_ref(ch, pos), pos);
    IrVar *tuple = temp(lw, got->type, pos);
    list_push(body->args, assign(var_ref(tuple, pos), got, pos));
    IrNode *closed = ir_new(IR_IF, pos, NULL);
    IrNode *not = ir_new(IR_UNARY, pos, type_basic(TY_BOOL));
    not->tok = TK_NOT;
    not->x = tuple_get(tuple, 1, pos);
    closed->x = not;
    closed->then = goto_label(brk, pos);
    list_push(body->args, closed);
    if (value)
        list_push(body->args, assign(value, implicit_convert(tuple_get(tuple, 0, pos), value->type, pos), pos));
    list_push(body->args, block_of(lw, n->body->list, n->body->pos));
    list_push(body->args, label_here(cont, pos));
    loop->body = body;
    lw->targets = t.outer;
    list_push(outer->args, loop);
    list_push(outer->args, label_here(brk, pos));
    list_push(out, outer);
}

/* select: the channels and the values to send are evaluated first, in
 * source order; the runtime picks a ready case (IR_SELECT), whose received
 * value is then assigned, and its clause runs. */
static void lower_select(Lowerer *lw, Node *n, List *out)
{
    IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
    int brk = new_label(lw);
    Target t;
    push_target(lw, &t, brk, 0);
    IrNode *sel = ir_new(IR_SELECT, n->pos, type_basic(TY_INT));
    sel->orig = n;
    int nclauses = n->list ? n->list->len : 0;
    int *labels = xalloc(sizeof(int) * (size_t)(nclauses + 1));
    int *index = xalloc(sizeof(int) * (size_t)(nclauses + 1));
    IrNode **recv_value = xalloc(sizeof(IrNode *) * (size_t)(nclauses + 1));
    IrNode **recv_ok = xalloc(sizeof(IrNode *) * (size_t)(nclauses + 1));
    for (int i = 0; i < nclauses; i++) {
        Node *cl = list_at(n->list, i);
        labels[i] = new_label(lw);
        index[i] = -1;
        Node *comm = cl->comm;
        if (!comm) {
            sel->label = 1;
            continue;
        }
        IrNode *cs = ir_new(IR_SELECTCASE, comm->pos, NULL);
        index[i] = sel->args->len;
        if (comm->kind == N_SEND) {
            IrVar *ch = temp(lw, comm->x->ty, comm->pos), *v = temp(lw, underlying(comm->x->ty)->elem, comm->pos);
            list_push(outer->args, assign(var_ref(ch, comm->pos), lower_expr(lw, comm->x), comm->pos));
            list_push(outer->args, assign(var_ref(v, comm->pos),
                                          implicit_convert(lower_expr(lw, comm->y), v->type, comm->y->pos), comm->pos));
            cs->x = var_ref(ch, comm->pos);
            cs->y = var_ref(v, comm->pos);
            cs->label = 1;
        } else {
            Node *recv = comm->kind == N_EXPRSTMT ? comm->x : list_at(comm->list2, 0);
            while (recv->kind == N_PAREN)
                recv = recv->x;
            IrVar *ch = temp(lw, recv->x->ty, comm->pos);
            list_push(outer->args, assign(var_ref(ch, comm->pos), lower_expr(lw, recv->x), comm->pos));
            cs->x = var_ref(ch, comm->pos);
            if (comm->kind == N_ASSIGN) {
                IrVar *v = temp(lw, underlying(recv->x->ty)->elem, comm->pos);
                cs->then = var_ref(v, comm->pos);
                recv_value[i] = var_ref(v, comm->pos);
                if (comm->list->len > 1) {
                    IrVar *ok = temp(lw, type_basic(TY_BOOL), comm->pos);
                    cs->els = var_ref(ok, comm->pos);
                    recv_ok[i] = var_ref(ok, comm->pos);
                }
            }
        }
        list_push(sel->args, cs);
    }
    IrVar *chosen = temp(lw, type_basic(TY_INT), n->pos);
    list_push(outer->args, assign(var_ref(chosen, n->pos), sel, n->pos));
    for (int i = 0; i < nclauses; i++) {
        IrNode *test = ir_new(IR_IF, n->pos, NULL);
        test->x = binary(TK_EQL, var_ref(chosen, n->pos), int_const(index[i], n->pos), type_basic(TY_BOOL), n->pos);
        test->then = goto_label(labels[i], n->pos);
        list_push(outer->args, test);
    }
    for (int i = 0; i < nclauses; i++) {
        Node *cl = list_at(n->list, i);
        list_push(outer->args, label_here(labels[i], cl->pos));
        IrNode *body = ir_new(IR_BLOCK, cl->pos, NULL);
        Node *comm = cl->comm;
        if (comm && comm->kind == N_ASSIGN) {   /* case v, ok := <-c: the values, into v and ok */
            IrNode *values[2] = {recv_value[i], recv_ok[i]};
            for (int k = 0; k < comm->list->len && k < 2; k++) {
                Node *l = list_at(comm->list, k);
                if (l->kind == N_IDENT && strcmp(l->name, "_") == 0)
                    continue;
                bool defines = comm->op == TK_DEFINE && l->obj && l->obj->decl == comm;
                if (defines)
                    list_push(body->args, declare_var(var_of(lw, l->obj), l->pos));
                IrNode *set = assign(lower_destination(lw, l), implicit_convert(values[k], l->ty, l->pos), comm->pos);
                set->defines = defines;
                list_push(body->args, set);
            }
        }
        for (int k = 0; cl->list2 && k < cl->list2->len; k++)
            lower_stmt(lw, list_at(cl->list2, k), body->args);
        list_push(outer->args, body);
        list_push(outer->args, goto_label(brk, cl->pos));
    }
    lw->targets = t.outer;
    list_push(outer->args, label_here(brk, n->pos));
    list_push(out, outer);
}

static void lower_range(Lowerer *lw, Node *n, List *out)
{
    Type *u = underlying(n->x->ty);
    if (u->kind == TY_CHAN) {
        lower_range_chan(lw, n, out);
        return;
    }
    if (u->kind == TY_MAP) {
        IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
        IrVar *m = temp(lw, n->x->ty, n->pos);
        list_push(outer->args, assign(var_ref(m, n->pos), lower_expr(lw, n->x), n->pos));
        IrNode *r = ir_new(IR_MAPRANGE, n->pos, NULL);
        r->x = var_ref(m, n->pos);
        r->then = range_target(lw, n, n->key, outer->args);
        r->els = range_target(lw, n, n->value, outer->args);
        IrNode *body = ir_new(IR_BLOCK, n->pos, NULL);
        /* a target of another type (an interface) or a map entry: the key or
           value goes through a temporary, then is assigned as by = */
        IrNode **targets[2] = {&r->then, &r->els};
        Type *types[2] = {u->key, u->elem};
        for (int i = 0; i < 2; i++) {
            IrNode *dst = *targets[i];
            if (!dst || (dst->op == IR_VAR && type_identical(dst->type, types[i])))
                continue;
            IrVar *tmp = temp(lw, types[i], n->pos);
            *targets[i] = var_ref(tmp, n->pos);
            list_push(body->args, assign(dst, implicit_convert(var_ref(tmp, n->pos), dst->type, n->pos), n->pos));
        }
        int brk = new_label(lw), cont = new_label(lw);
        Target t;
        push_target(lw, &t, brk, cont);
        list_push(body->args, block_of(lw, n->body->list, n->body->pos));
        list_push(body->args, label_here(cont, n->pos));
        r->body = body;
        lw->targets = t.outer;
        list_push(outer->args, r);
        list_push(outer->args, label_here(brk, n->pos));
        list_push(out, outer);
        return;
    }
    IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
    Pos pos = n->pos;
    bool is_string = type_is_string(u);
    IrVar *coll = temp(lw, n->x->ty, pos);
    list_push(outer->args, assign(var_ref(coll, pos), lower_expr(lw, n->x), pos));
    IrNode *key = range_target(lw, n, n->key, outer->args);
    IrNode *value = range_target(lw, n, n->value, outer->args);
    IrVar *index = temp(lw, type_basic(TY_INT), pos), *length = temp(lw, type_basic(TY_INT), pos);
    IrNode *len = ir_new(IR_LEN, pos, type_basic(TY_INT));
    len->x = var_ref(coll, pos);
    if (u->kind == TY_POINTER)
        len->x = deref(len->x, pos);
    list_push(outer->args, assign(var_ref(length, pos), len, pos));
    list_push(outer->args, assign(var_ref(index, pos), int_const(0, pos), pos));

    int brk = new_label(lw), cont = new_label(lw);
    Target t;
    push_target(lw, &t, brk, cont);
    IrNode *loop = ir_new(IR_LOOP, pos, NULL);
    IrNode *body = ir_new(IR_BLOCK, pos, NULL);
    IrNode *test = ir_new(IR_IF, pos, NULL);
    test->x = binary(TK_GEQ, var_ref(index, pos), var_ref(length, pos), type_basic(TY_BOOL), pos);
    test->then = goto_label(brk, pos);
    list_push(body->args, test);
    if (key && value && n->op != TK_DEFINE) {
        /* for k, v = range: each iteration assigns as k, v = i, x[i] does */
        List *dests = list_new();
        list_push(dests, key);
        list_push(dests, value);
        List *assigned = assigned_vars(dests);
        key = freeze_dest(lw, key, assigned, body->args);
        value = freeze_dest(lw, value, assigned, body->args);
    }
    IrVar *width = NULL;
    if (is_string) {
        /* r, w := decode(s, i) */
        List *fields = list_new();
        Field *f0 = xalloc(sizeof *f0), *f1 = xalloc(sizeof *f1);
        f0->type = type_basic(TY_INT32);
        f1->type = type_basic(TY_INT);
        list_push(fields, f0);
        list_push(fields, f1);
        Type *tuple = type_tuple(fields);
        IrVar *decoded = temp(lw, tuple, pos);
        IrNode *call = ir_new(IR_RTCALL, pos, tuple);
        call->name = "gosub_decode_rune";
        list_push(call->args, var_ref(coll, pos));
        list_push(call->args, var_ref(index, pos));
        list_push(body->args, assign(var_ref(decoded, pos), call, pos));
        width = temp(lw, type_basic(TY_INT), pos);
        IrNode *w = ir_new(IR_TUPLEGET, pos, type_basic(TY_INT));
        w->x = var_ref(decoded, pos);
        w->label = 1;
        list_push(body->args, assign(var_ref(width, pos), w, pos));
        if (value) {
            IrNode *r = ir_new(IR_TUPLEGET, pos, type_basic(TY_INT32));
            r->x = var_ref(decoded, pos);
            list_push(body->args, assign(value, implicit_convert(r, value->type, pos), pos));
        }
    } else if (value) {
        IrNode *base = var_ref(coll, pos);
        if (u->kind == TY_POINTER)
            base = deref(base, pos);
        IrNode *ix = ir_new(IR_INDEX, pos, (u->kind == TY_POINTER ? underlying(u->elem) : u)->elem);
        ix->x = base;
        ix->y = var_ref(index, pos);
        IrNode *set = assign(value, implicit_convert(ix, value->type, pos), pos);
        set->orig = n;                     /* escape.c: the range's own flow */
        list_push(body->args, set);
    }
    if (key)
        list_push(body->args, assign(key, implicit_convert(var_ref(index, pos), key->type, pos), pos));
    list_push(body->args, block_of(lw, n->body->list, n->body->pos));
    list_push(body->args, label_here(cont, pos));
    list_push(body->args, assign(var_ref(index, pos),
                                 binary(TK_ADD, var_ref(index, pos), is_string ? var_ref(width, pos) : int_const(1, pos),
                                        type_basic(TY_INT), pos), pos));
    loop->body = body;
    lw->targets = t.outer;
    list_push(outer->args, loop);
    list_push(outer->args, label_here(brk, pos));
    list_push(out, outer);
}

/* switch v := x.(type): tests of x's dynamic type jumping to the clauses,
 * each clause binding its own v. */
static void lower_type_switch(Lowerer *lw, Node *n, List *out)
{
    IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
    if (n->init)
        lower_stmt(lw, n->init, outer->args);
    IrVar *subject = temp(lw, n->x->ty, n->x->pos);
    list_push(outer->args, assign(var_ref(subject, n->pos), lower_expr(lw, n->x), n->pos));
    int brk = new_label(lw);
    Target t;
    push_target(lw, &t, brk, 0);
    int nclauses = n->list->len, default_clause = -1;
    int *labels = xalloc(sizeof(int) * (size_t)(nclauses + 1));
    for (int i = 0; i < nclauses; i++) {
        Node *cl = list_at(n->list, i);
        labels[i] = new_label(lw);
        if (!cl->list) {
            default_clause = i;
            continue;
        }
        for (int k = 0; k < cl->list->len; k++) {
            Node *te = list_at(cl->list, k);
            IrNode *test = ir_new(IR_TYPETEST, te->pos, type_basic(TY_BOOL));
            test->x = var_ref(subject, te->pos);
            test->y = te->mode == MODE_NIL ? NULL : zero_value(te->ty, te->pos);
            IrNode *branch = ir_new(IR_IF, te->pos, NULL);
            branch->x = test;
            branch->then = goto_label(labels[i], te->pos);
            list_push(outer->args, branch);
        }
    }
    list_push(outer->args, goto_label(default_clause >= 0 ? labels[default_clause] : brk, n->pos));
    for (int i = 0; i < nclauses; i++) {
        Node *cl = list_at(n->list, i);
        list_push(outer->args, label_here(labels[i], cl->pos));
        IrNode *body = ir_new(IR_BLOCK, cl->pos, NULL);
        if (cl->obj) {
            IrVar *v = var_of(lw, cl->obj);
            v->pos = cl->pos;                  /* each clause's own variable, declared at its case */
            list_push(body->args, declare_var(v, cl->pos));
            IrNode *value = var_ref(subject, cl->pos);
            if (!type_identical(v->type, subject->type)) {
                IrNode *ta = ir_new(IR_TYPEASSERT, cl->pos, v->type);
                ta->x = value;
                value = ta;
            }
            list_push(body->args, assign(var_ref(v, cl->pos), value, cl->pos));
        }
        for (int k = 0; cl->list2 && k < cl->list2->len; k++)
            lower_stmt(lw, list_at(cl->list2, k), body->args);
        list_push(outer->args, body);
        list_push(outer->args, goto_label(brk, cl->pos));
    }
    lw->targets = t.outer;
    list_push(outer->args, label_here(brk, n->pos));
    list_push(out, outer);
}

static void lower_switch(Lowerer *lw, Node *n, List *out)
{
    IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
    if (n->init)
        lower_stmt(lw, n->init, outer->args);
    IrVar *tag = NULL;
    if (n->tag) {
        tag = temp(lw, n->tag->ty, n->tag->pos);
        list_push(outer->args, assign(var_ref(tag, n->tag->pos),
                                      implicit_convert(lower_expr(lw, n->tag), n->tag->ty, n->tag->pos), n->pos));
    }
    int brk = new_label(lw);
    Target t;
    push_target(lw, &t, brk, 0);
    int nclauses = n->list->len;
    int *body_labels = xalloc(sizeof(int) * (size_t)(nclauses + 1));
    int default_clause = -1;
    for (int i = 0; i < nclauses; i++)
        body_labels[i] = new_label(lw);
    /* the tests, in source order; default last */
    for (int i = 0; i < nclauses; i++) {
        Node *cl = list_at(n->list, i);
        if (!cl->list) {
            default_clause = i;
            continue;
        }
        for (int k = 0; k < cl->list->len; k++) {
            Node *e = list_at(cl->list, k);
            IrNode *cond;
            if (tag) {
                cond = ir_new(IR_BINARY, e->pos, type_basic(TY_BOOL));
                cond->tok = TK_EQL;
                cond->x = var_ref(tag, e->pos);
                cond->y = lower_expr(lw, e);
                if (is_interface(tag->type) || !is_interface(cond->y->type))
                    cond->y = implicit_convert(cond->y, tag->type, e->pos);
                else                       /* a concrete tag against an interface case */
                    cond->x = implicit_convert(cond->x, cond->y->type, e->pos);
            } else {
                cond = lower_expr(lw, e);
                if (is_interface(cond->type)) {   /* compared with the missing tag, true */
                    IrNode *t = ir_new(IR_CONST, e->pos, type_basic(TY_BOOL));
                    t->cval = const_make_bool(true);
                    cond = binary(TK_EQL, cond, implicit_convert(t, cond->type, e->pos), type_basic(TY_BOOL), e->pos);
                }
            }
            IrNode *test = ir_new(IR_IF, e->pos, NULL);
            test->x = cond;
            test->then = goto_label(body_labels[i], e->pos);
            list_push(outer->args, test);
        }
    }
    list_push(outer->args, goto_label(default_clause >= 0 ? body_labels[default_clause] : brk, n->pos));
    for (int i = 0; i < nclauses; i++) {
        Node *cl = list_at(n->list, i);
        list_push(outer->args, label_here(body_labels[i], cl->pos));
        IrNode *body = ir_new(IR_BLOCK, cl->pos, NULL);
        bool falls = false;
        for (int k = 0; cl->list2 && k < cl->list2->len; k++) {
            Node *s = list_at(cl->list2, k);
            if (s->kind == N_BRANCH && s->op == TK_FALLTHROUGH) {
                falls = true;
                continue;
            }
            lower_stmt(lw, s, body->args);
        }
        list_push(outer->args, body);
        list_push(outer->args, goto_label(falls && i + 1 < nclauses ? body_labels[i + 1] : brk, cl->pos));
    }
    lw->targets = t.outer;
    list_push(outer->args, label_here(brk, n->pos));
    list_push(out, outer);
}

static void lower_stmt(Lowerer *lw, Node *n, List *out)
{
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        list_push(out, block_of(lw, n->list, n->pos));
        return;
    case N_EXPRSTMT: {
        IrNode *e = ir_new(IR_EXPR, n->pos, NULL);
        e->orig = n;
        e->x = lower_expr(lw, n->x);
        list_push(out, e);
        return;
    }
    case N_INCDEC: {
        IrNode *one = ir_new(IR_CONST, n->pos, n->x->ty);
        one->cval = const_make_int64(1);   /* the emitter writes it in x's type */
        lower_op_assign(lw, n->x, one, n->op == TK_INC ? TK_ADD : TK_SUB, n->pos, out);
        return;
    }
    case N_ASSIGN:
        lower_assign(lw, n, out);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list->len; i++) {
            Node *spec = list_at(n->list, i);
            if (spec->kind != N_VAR)
                continue;                /* constants are folded; local types need nothing */
            int nvalues = spec->list2 ? spec->list2->len : 0;
            List *values = list_new();
            if (nvalues == 1 && spec->list->len > 1) {     /* var a, b = f() */
                Node *r = list_at(spec->list2, 0);
                IrNode *value = lower_multi(lw, r);
                if (!value)
                    continue;
                IrVar *tuple = temp(lw, value->type, r->pos);
                list_push(out, assign(var_ref(tuple, r->pos), value, spec->pos));
                for (int k = 0; k < spec->list->len; k++) {
                    IrNode *get = ir_new(IR_TUPLEGET, r->pos, ((Field *)list_at(value->type->fields, k))->type);
                    get->x = var_ref(tuple, r->pos);
                    get->label = k;
                    list_push(values, get);
                }
                nvalues = spec->list->len;
            } else {
                for (int k = 0; k < nvalues; k++)
                    list_push(values, lower_expr(lw, list_at(spec->list2, k)));
            }
            for (int k = 0; k < spec->list->len; k++) {
                Node *name = list_at(spec->list, k);
                if (!type_supported(lw, name->obj->type, name->pos))
                    continue;
                IrVar *v = var_of(lw, name->obj);
                IrNode *value = k < nvalues ? implicit_convert(list_at(values, k), v->type, name->pos)
                                            : zero_value(v->type, name->pos);
                if (strcmp(name->name, "_") == 0) {
                    IrNode *e = ir_new(IR_EXPR, n->pos, NULL);
                    e->x = value;
                    list_push(out, e);
                    continue;
                }
                list_push(out, declare_var(v, name->pos));
                IrNode *set = assign(var_ref(v, name->pos), value, name->pos);
                set->defines = true;
                set->orig = spec;
                list_push(out, set);
            }
        }
        return;
    case N_RETURN: {
        IrNode *r = ir_new(IR_RETURN, n->pos, NULL);
        r->orig = n;
        List *results = lw->fn->sig->results;
        if (!n->list && results->len > 0) {     /* a bare return returns the named results */
            for (int i = 0; i < lw->fn->results->len; i++)
                list_push(r->args, var_ref(list_at(lw->fn->results, i), n->pos));
            list_push(out, r);
            return;
        }
        if (n->list && n->list->len == 1 && results->len > 1) {   /* return f() */
            Node *v = list_at(n->list, 0);
            IrVar *tuple = temp(lw, v->ty, v->pos);
            list_push(out, assign(var_ref(tuple, v->pos), lower_expr(lw, v), n->pos));
            for (int i = 0; i < results->len; i++) {
                IrNode *get = ir_new(IR_TUPLEGET, v->pos, ((Field *)list_at(v->ty->fields, i))->type);
                get->x = var_ref(tuple, v->pos);
                get->label = i;
                list_push(r->args, implicit_convert(get, ((Field *)list_at(results, i))->type, v->pos));
            }
            list_push(out, r);
            return;
        }
        for (int i = 0; n->list && i < n->list->len; i++) {
            Type *t = ((Field *)list_at(results, i))->type;
            Node *res = list_at(n->list, i);
            list_push(r->args, implicit_convert(lower_expr(lw, res), t, res->pos));
        }
        list_push(out, r);
        return;
    }
    case N_IF: {
        IrNode *outer = ir_new(IR_BLOCK, n->pos, NULL);
        if (n->init)
            lower_stmt(lw, n->init, outer->args);
        IrNode *i = ir_new(IR_IF, n->pos, NULL);
        i->x = lower_expr(lw, n->cond);
        i->then = block_of(lw, n->body->list, n->body->pos);
        if (n->els) {
            List *els = list_new();
            lower_stmt(lw, n->els, els);
            i->els = els->len == 1 ? list_at(els, 0) : NULL;
        }
        list_push(outer->args, i);
        list_push(out, outer);
        return;
    }
    case N_FOR:
        lower_for(lw, n, out);
        return;
    case N_RANGE:
        lower_range(lw, n, out);
        return;
    case N_TYPESWITCH:
        lower_type_switch(lw, n, out);
        return;
    case N_DEFER:
        lower_defer(lw, n, out, false);
        return;
    case N_GO:
        lower_defer(lw, n, out, true);
        return;
    case N_SEND: {
        IrNode *s = ir_new(IR_SEND, n->pos, NULL);
        s->orig = n;
        s->x = lower_expr(lw, n->x);
        s->y = implicit_convert(lower_expr(lw, n->y), underlying(n->x->ty)->elem, n->y->pos);
        list_push(out, s);
        return;
    }
    case N_SELECT:
        lower_select(lw, n, out);
        return;
    case N_SWITCH:
        lower_switch(lw, n, out);
        return;
    case N_LABELED: {
        /* a goto target, and for loops, switches and selects a break/continue target */
        list_push(out, label_here(go_label(lw, n->name), n->pos));
        Node *body = n->body;
        if (body->kind == N_FOR || body->kind == N_RANGE || body->kind == N_SWITCH || body->kind == N_TYPESWITCH)
            lw->pending_label = n->name;
        lower_stmt(lw, body, out);
        lw->pending_label = NULL;
        return;
    }
    case N_BRANCH: {
        if (n->op == TK_GOTO) {
            int id = go_label(lw, n->name);
            if (!id) {
                error_at(lw->ctx, n->pos, "label %s not defined", n->name);
                return;
            }
            list_push(out, goto_label(id, n->pos));
            return;
        }
        if (n->op == TK_FALLTHROUGH)
            return;                       /* handled by lower_switch */
        bool is_continue = n->op == TK_CONTINUE;
        Target *t = find_target(lw, n->name, is_continue);
        if (!t) {
            if (n->name)
                error_at(lw->ctx, n->pos, "invalid %s label %s", is_continue ? "continue" : "break", n->name);
            else
                error_at(lw->ctx, n->pos, "%s is not in a loop%s", is_continue ? "continue" : "break",
                         is_continue ? "" : ", switch, or select");
            return;
        }
        if (is_continue && !t->continue_label) {
            error_at(lw->ctx, n->pos, "invalid continue label %s", n->name);
            return;
        }
        list_push(out, goto_label(is_continue ? t->continue_label : t->break_label, n->pos));
        return;
    }
    default:
        not_supported(lw, n->pos, xprintf("%s statement", node_kind_name(n->kind)));
        return;
    }
}

/* ---------------------------------------------------------------- evaluation order */

/*
 * C leaves the order of evaluation of a call's arguments, of an operator's
 * operands and of an initializer's elements unspecified (GCC often goes right
 * to left); Go fixes it: function calls, method calls and communication
 * happen left to right. So, like gc's order pass, every call that is not the
 * root of its statement is hoisted into a temporary assigned, in Go's order,
 * just before the statement; what is not a call stays where it is and is
 * evaluated afterwards, which is also what gc does
 * (fmt.Println(t.n, t.inc(), t.n) prints the incremented n twice).
 */
static bool is_call(IrNode *n)
{
    /* receives too: "function calls, method calls, and communication
       operations are evaluated in lexical left-to-right order" */
    return n->op == IR_CALL || n->op == IR_RTCALL || n->op == IR_IFACECALL || n->op == IR_RECV;
}

static void hoist_calls(Lowerer *lw, IrNode **slot, List *before, bool is_root)
{
    IrNode *n = *slot;
    if (!n)
        return;
    switch (n->op) {
    case IR_SEQ: case IR_CLOSURE: case IR_FUNCVAL: case IR_CONST: case IR_VAR: case IR_FUNC:
        return;                           /* leaves, or ordered already */
    case IR_BINARY:
        if (n->tok == TK_LAND || n->tok == TK_LOR) {
            hoist_calls(lw, &n->x, before, false);
            return;                       /* the right operand may not run at all */
        }
        break;
    default:
        break;
    }
    if (n->op == IR_EXPR && n->y) {       /* a map literal's element: key, then value */
        hoist_calls(lw, &n->y, before, false);
        hoist_calls(lw, &n->x, before, false);
    } else {
        hoist_calls(lw, &n->x, before, false);
        hoist_calls(lw, &n->y, before, false);
    }
    for (int i = 0; n->args && i < n->args->len; i++)
        hoist_calls(lw, (IrNode **)&n->args->v[i], before, false);
    if (is_call(n) && !is_root && n->type && n->type->kind != TY_TUPLE) {
        IrVar *t = temp(lw, n->type, n->pos);
        IrNode *set = assign(var_ref(t, n->pos), n, n->pos);
        set->defines = true;
        set->hoisted = true;
        list_push(before, set);
        *slot = var_ref(t, n->pos);
        (*slot)->orig = n->orig;           /* reports still name the call */
    }
}

static void order_block(Lowerer *lw, IrNode *block);
static void order_block_or_stmt(Lowerer *lw, IrNode **slot);

static void order_stmt(Lowerer *lw, IrNode *s, List *out)
{
    List *before = list_new();
    switch (s->op) {
    case IR_BLOCK:
        order_block(lw, s);
        break;
    case IR_ASSIGN:
        hoist_calls(lw, &s->x, before, true);
        hoist_calls(lw, &s->y, before, true);
        break;
    case IR_EXPR:
    case IR_DEFER:
    case IR_GO:
        hoist_calls(lw, &s->x, before, true);
        break;
    case IR_SEND:
        hoist_calls(lw, &s->x, before, false);
        hoist_calls(lw, &s->y, before, false);
        break;
    case IR_RETURN:
        for (int i = 0; i < s->args->len; i++)
            hoist_calls(lw, (IrNode **)&s->args->v[i], before, s->args->len == 1);
        break;
    case IR_IF:
        hoist_calls(lw, &s->x, before, true);
        if (s->then)
            order_block_or_stmt(lw, &s->then);
        if (s->els)
            order_block_or_stmt(lw, &s->els);
        break;
    case IR_LOOP:
        order_block(lw, s->body);
        break;
    case IR_MAPRANGE:
        hoist_calls(lw, &s->x, before, true);
        order_block(lw, s->body);
        break;
    default:
        break;
    }
    for (int i = 0; i < before->len; i++)
        list_push(out, list_at(before, i));
    list_push(out, s);
}

static void order_block_or_stmt(Lowerer *lw, IrNode **slot)
{
    if ((*slot)->op == IR_BLOCK) {
        order_block(lw, *slot);
        return;
    }
    IrNode *b = ir_new(IR_BLOCK, (*slot)->pos, NULL);
    order_stmt(lw, *slot, b->args);
    *slot = b->args->len == 1 ? list_at(b->args, 0) : b;
}

static void order_block(Lowerer *lw, IrNode *block)
{
    List *out = list_new();
    for (int i = 0; i < block->args->len; i++)
        order_stmt(lw, list_at(block->args, i), out);
    block->args = out;
}

/* ---------------------------------------------------------------- functions and the package */

static const char *receiver_type_name(Node *d)
{
    Node *t = d->recv->type;
    while (t->kind == N_PAREN || t->kind == N_STAR)
        t = t->x;
    return t->kind == N_IDENT ? t->name : "recv";
}

static IrFunc *func_new(const char *name, const char *cname, Type *sig, Pos pos)
{
    IrFunc *f = xalloc(sizeof *f);
    f->name = name;
    f->cname = cname;
    f->sig = sig;
    f->params = list_new();
    f->locals = list_new();
    f->results = list_new();
    f->captures = list_new();
    f->pos = pos;
    return f;
}

/* gc lays out what it can of a package-level variable's initial value as
 * static data, before escape analysis sees package init
 * (cmd/compile/internal/staticinit, StaticAssign): a slice literal's backing
 * array, the object of &T{...}, an interface's boxed value, a closure
 * without captured variables, []byte("const"), all the way down through
 * composite literals, whatever their elements are (those not constant are
 * assigned at init). So its -m reports say nothing of them. A map literal
 * is made at run time, and what is not a literal (a call, new(T), make,
 * a concatenation) is ordinary code. Marks the allocation sites of value n
 * that gc makes static; escape analysis then treats them as globals. */
static void mark_static_data(IrNode *n)
{
    if (!n)
        return;
    switch (n->op) {
    case IR_COMPLIT: {
        Type *u = underlying(n->type);
        if (u->kind == TY_MAP)
            return;
        if (u->kind == TY_SLICE)
            n->static_data = true;
        for (int i = 0; n->args && i < n->args->len; i++) {
            IrNode *e = list_at(n->args, i);
            mark_static_data(e->op == IR_EXPR ? e->x : e);
        }
        return;
    }
    case IR_NEW:                           /* &T{...}, not new(T) */
        if (n->x && n->x->op == IR_COMPLIT) {
            n->static_data = true;
            mark_static_data(n->x);
        }
        return;
    case IR_TOIFACE:
        if (n->x && underlying(n->x->type)->kind != TY_INTERFACE) {
            n->static_data = true;
            mark_static_data(n->x);
        }
        return;
    case IR_CLOSURE:
        if (!n->args || n->args->len == 0)
            n->static_data = true;
        return;
    case IR_CONVERT: {
        Type *u = underlying(n->type);
        /* []byte("..."), and []rune("..."), which gc makes a slice literal */
        if (u->kind == TY_SLICE && n->x && n->x->op == IR_CONST &&
            underlying(n->x->type)->kind == TY_STRING)
            n->static_data = true;
        else if (n->x && type_identical(u, underlying(n->x->type)))
            mark_static_data(n->x);        /* a conversion that changes nothing */
        return;
    }
    default:
        return;
    }
}

/* A package-level var spec's initialisation, as a declaration statement of
 * package init's body. */
static void lower_global_spec(Lowerer *lw, Node *spec)
{
    Node *decl = node_new(N_DECLSTMT, spec->pos);
    decl->list = list_new();
    list_push(decl->list, spec);
    List *body = lw->fn->body->args;
    int first = body->len;
    lower_stmt(lw, decl, body);
    /* each variable's value (`var _ = v` evaluates v for its effects) */
    for (int i = first; i < body->len; i++) {
        IrNode *st = list_at(body, i);
        if (st->op == IR_ASSIGN && st->x && st->x->op == IR_VAR && st->x->var->is_global)
            mark_static_data(st->y);
        else if (st->op == IR_EXPR)
            mark_static_data(st->x);
    }
}

bool ir_build(Ctx *ctx)
{
    Lowerer *lw = xalloc(sizeof *lw);
    lw->ctx = ctx;
    Program *p = xalloc(sizeof *p);
    ctx->program = p;
    lw->prog = p;
    p->funcs = list_new();
    p->globals = list_new();

    /* every function of every package exists before any body is lowered */
    for (int k = 0; k < ctx->packages->len; k++) {
        Package *pkg = list_at(ctx->packages, k);
        int ninit = 0;
        for (int i = 0; i < pkg->funcs->len; i++) {
            Node *d = list_at(pkg->funcs, i);
            const char *cname;
            if (!d->body)                    /* a standard package's function written in C */
                cname = xprintf("gosub_%s_%s", pkg->cprefix, d->name);
            else if (d->recv && strcmp(d->name, "_") == 0)
                cname = xprintf("%s__%s__blank_%d", pkg->cprefix, receiver_type_name(d), i);
            else if (d->recv)
                cname = xprintf("%s__%s__%s", pkg->cprefix, receiver_type_name(d), d->name);
            else if (strcmp(d->name, "init") == 0)
                cname = xprintf("%s__init_%d", pkg->cprefix, ++ninit);
            else if (strcmp(d->name, "_") == 0)
                cname = xprintf("%s__blank_%d", pkg->cprefix, i);
            else
                cname = xprintf("%s__%s", pkg->cprefix, d->name);
            IrFunc *f = func_new(d->name, cname, d->obj->type, d->pos);
            f->external = !d->body;
            f->decl = d;
            f->pkg = pkg;
            f->goname = d->recv ? xprintf(d->recv->type->kind == N_STAR ? "(*%s).%s" : "%s.%s",
                                          receiver_type_name(d), d->name)
                                : d->name;
            d->obj->ir = f;
            list_push(p->funcs, f);
            if (strcmp(pkg->path, "main") == 0 && strcmp(d->name, "main") == 0 && !d->recv)
                p->main = f;
        }
    }

    /* package initialisation, packages in dependency order: variables in
       dependency order, then init functions */
    p->init = func_new("init", "main__init", NULL, (Pos){0});
    p->init->goname = "init";
    p->init->body = ir_new(IR_BLOCK, (Pos){0}, NULL);
    lw->fn = p->init;
    for (int k = 0; k < ctx->packages->len; k++) {
        Package *pkg = list_at(ctx->packages, k);
        List *order = pkg->var_order;
        for (int i = 0; i < order->len; i++) {  /* every global exists before any initialiser */
            Node *spec = list_at(order, i);
            for (int j = 0; j < spec->list->len; j++) {
                Object *o = ((Node *)list_at(spec->list, j))->obj;
                IrVar *v = new_var(lw, o->name, o->type, o->pos);
                v->is_global = true;
                o->ir = v;
                list_push(p->globals, v);
            }
        }
    }
    for (int k = 0; k < ctx->packages->len; k++) {
        Package *pkg = list_at(ctx->packages, k);
        List *order = pkg->var_order;
        for (int i = 0; i < order->len; i++) {
            Node *spec = list_at(order, i);
            lw->fn = p->init;
            lower_global_spec(lw, spec);
        }
        for (int i = 0; i < pkg->funcs->len; i++) {
            Node *d = list_at(pkg->funcs, i);
            if (strcmp(d->name, "init") != 0 || d->recv)
                continue;
            IrNode *call = ir_new(IR_CALL, d->pos, NULL);
            call->x = ir_new(IR_FUNC, d->pos, d->obj->type);
            call->x->func = d->obj->ir;
            IrNode *e = ir_new(IR_EXPR, d->pos, NULL);
            e->x = call;
            list_push(p->init->body->args, e);
        }
    }

    for (int k = 0; k < ctx->packages->len; k++) {
        Package *pkg = list_at(ctx->packages, k);
        for (int i = 0; i < pkg->funcs->len; i++) {
            Node *d = list_at(pkg->funcs, i);
            IrFunc *f = d->obj->ir;
            lw->fn = f;
            lw->targets = NULL;
            /* the receiver is the first parameter */
            if (d->recv) {
                Node *name = d->recv->list && d->recv->list->len ? list_at(d->recv->list, 0) : NULL;
                Type *t = d->recv->type->ty;
                IrVar *v = name && name->obj ? var_of(lw, name->obj) : new_var(lw, "_", t, d->recv->pos);
                v->is_param = true;
                list_push(f->params, v);
            }
            lower_params(lw, f, d->type);
            if (d->body)
                f->body = function_body(lw, f, d->type, d->body);
        }
    }
    lw->fn = p->init;
    order_block(lw, p->init->body);
    if (ctx->dump && strcmp(ctx->dump, "ir") == 0 && ctx->nerrors == 0)
        ir_dump(stdout, p);
    return ctx->nerrors == 0;
}

/* ---------------------------------------------------------------- -dump=ir */

static const char *op_names[] = {
    [IR_CONST] = "const", [IR_VAR] = "var", [IR_FUNC] = "func", [IR_UNARY] = "unary",
    [IR_BINARY] = "binary", [IR_CONVERT] = "convert", [IR_TOIFACE] = "toiface (alloc site)",
    [IR_CONCAT] = "concat (alloc site)", [IR_CALL] = "call", [IR_RTCALL] = "rtcall",
    [IR_STRINDEX] = "strindex (bounds check)", [IR_LEN] = "len", [IR_CAP] = "cap",
    [IR_ADDR] = "addr", [IR_DEREF] = "deref", [IR_FIELD] = "field", [IR_INDEX] = "index (bounds check)",
    [IR_SLICE] = "slice (bounds check)", [IR_NEW] = "new (alloc site)",
    [IR_COMPLIT] = "complit (alloc site if a slice)", [IR_MAKESLICE] = "makeslice (alloc site)",
    [IR_APPEND] = "append (alloc site)", [IR_COPY] = "copy", [IR_TUPLEGET] = "tupleget",
    [IR_IFACE_TO_EFACE] = "iface-to-eface", [IR_IFACECALL] = "ifacecall",
    [IR_TYPEASSERT] = "typeassert", [IR_TYPETEST] = "typetest",
    [IR_MAKEMAP] = "makemap (alloc site)", [IR_MAPINDEX] = "mapindex", [IR_MAPSLOT] = "mapslot",
    [IR_MAPDELETE] = "mapdelete", [IR_MAPRANGE] = "maprange",
    [IR_CLOSURE] = "closure (alloc site)", [IR_SEQ] = "seq", [IR_UNSAFE_ADD] = "unsafe.Add",
    [IR_UNSAFE_SLICE] = "unsafe.Slice", [IR_COMPLEX] = "complex", [IR_REAL] = "real/imag", [IR_FUNCVAL] = "funcval", [IR_DEFER] = "defer", [IR_DECL] = "decl", [IR_BLOCK] = "block",
    [IR_ASSIGN] = "assign", [IR_EXPR] = "expr", [IR_IF] = "if", [IR_LOOP] = "loop",
    [IR_LABEL] = "label", [IR_GOTO] = "goto", [IR_RETURN] = "return",
};

static void dump_node(FILE *out, IrNode *n, int depth, const char *role)
{
    if (!n)
        return;
    fprintf(out, "%*s%s%s%s", depth * 2, "", role ? role : "", role ? ": " : "", op_names[n->op]);
    if (n->pos.line)
        fprintf(out, " @%d:%d", n->pos.line, n->pos.col);
    if (n->type)
        fprintf(out, " <%s>", type_string(n->type));
    if (n->op == IR_VAR || n->op == IR_DECL)
        fprintf(out, " %s%s", n->var->cname, n->var->on_heap ? " (heap)" : "");
    if (n->op == IR_FIELD)
        fprintf(out, " .%s", n->name);
    if (n->op == IR_FUNC && n->func)
        fprintf(out, " %s", n->func->cname);
    if (n->op == IR_UNARY || n->op == IR_BINARY)
        fprintf(out, " %s", token_spelling(n->tok));
    if (n->op == IR_RTCALL)
        fprintf(out, " %s", n->name);
    if (n->op == IR_LABEL || n->op == IR_GOTO)
        fprintf(out, " L%d", n->label);
    if (n->op == IR_CONST) {
        if (!n->cval)
            fprintf(out, " zero");
        else if (n->cval->kind == CV_STRING)
            fprintf(out, " \"%.*s\"", (int)n->cval->slen, n->cval->s);
        else if (n->cval->kind == CV_INT || n->cval->kind == CV_FLOAT)
            fprintf(out, " %s", const_string(n->cval));
        else
            fprintf(out, " %s", n->cval->b ? "true" : "false");
    }
    fputc('\n', out);
    dump_node(out, n->x, depth + 1, "x");
    dump_node(out, n->y, depth + 1, "y");
    dump_node(out, n->then, depth + 1, "then");
    dump_node(out, n->els, depth + 1, "else");
    dump_node(out, n->body, depth + 1, "body");
    for (int i = 0; i < n->args->len; i++)
        dump_node(out, list_at(n->args, i), depth + 1, NULL);
}

static void dump_func(FILE *out, IrFunc *f)
{
    fprintf(out, "func %s (%s)\n", f->name, f->cname);
    for (int i = 0; i < f->params->len; i++) {
        IrVar *v = list_at(f->params, i);
        fprintf(out, "  param %s %s\n", v->cname, type_string(v->type));
    }
    for (int i = 0; i < f->locals->len; i++) {
        IrVar *v = list_at(f->locals, i);
        if (!v->is_param)
            fprintf(out, "  local %s %s\n", v->cname, type_string(v->type));
    }
    dump_node(out, f->body, 1, NULL);
}

void ir_dump(FILE *out, Program *p)
{
    for (int i = 0; i < p->globals->len; i++) {
        IrVar *v = list_at(p->globals, i);
        fprintf(out, "global %s %s\n", v->cname, type_string(v->type));
    }
    dump_func(out, p->init);
    for (int i = 0; i < p->funcs->len; i++)
        dump_func(out, list_at(p->funcs, i));
}
