/*
 * inlcost.c — which functions gc would inline, and at what cost.
 *
 * gc (Go 1.19, cmd/compile/internal/inline) decides on its typechecked IR:
 * a function may be inlined when its body costs at most 80 "nodes" and
 * holds nothing it refuses (defer, go, recover, a local type declaration,
 * direct recursion). Every IR node costs 1, with a few exceptions: a call
 * costs 57 more, or the callee's own cost when that one is inlinable; a
 * closure 15 more plus its body; conversions that change nothing, blocks,
 * constant declarations and fallthrough cost nothing; an `if` on a constant
 * costs only its live branch.
 *
 * gosub has no copy of gc's IR at this point, so this file measures the
 * checked AST as the IR gc would have built from it: one unit for each gc
 * node a construct becomes. Those shapes are gc's, learnt by comparing
 * costs on many small functions (tests/tools/inlcost_check.sh): `x := e`
 * is a declaration (2) and an assignment (2) plus e; `x++` is `x += 1`
 * (3); a method call t.M(a) is a call of the method expression T.M with t
 * as first argument; a value assigned to an interface is converted (1);
 * an embedded field adds one selection per level; a struct literal holds
 * one keyed node per element; and so on, case by case below.
 *
 * Functions are decided bottom-up over the call graph, as gc's
 * InlinePackage does (ir.VisitFuncsBottomUp: Tarjan's strongly connected
 * components, a function with its closures), so that a call's cost can use
 * its callee's. A component of one function calling itself is "recursive".
 *
 * -dump=inline prints, for the main package, gc's -m=2 lines in gc's
 * order, each "can inline" with the body as gc's IR printer shows it
 * (`for loop`, `switch statement`, implicit conversions left out, method
 * calls as `T.M(t, a)`, constants as written).
 *
 * Hands on: Node.inl for every N_FUNCDECL and N_FUNCLIT of every package,
 * and the main package's InlSteps (each verdict, and each moment gc inlines
 * the calls of a function) in gc's order, which inline.c replays.
 */
#include "gosub.h"
#include "parse.h"

#include <string.h>

enum {
    INLINE_MAX_BUDGET = 80,
    EXTRA_CALL_COST = 57,
    CLOSURE_COST = 15,
    BIG_FUNCTION_NODES = 5000,
};

/* ---------------------------------------------------------------- per-package state */

/* What the static-value rule (gc's ir.StaticValue) needs of a local
 * variable: the value of its only definition, and whether anything else
 * assigns it or takes its address. */
typedef struct VarInfo {
    Object *obj;
    Node *value;                           /* the definition's value, or NULL */
    bool defined;                          /* has a definition by `:=` or `var x = e` */
    bool reassigned;
} VarInfo;

typedef struct Inl {
    Ctx *ctx;
    Package *pkg;
    bool report;                           /* the main package: print -dump=inline lines */
    List *funcs;                           /* every N_FUNCDECL and N_FUNCLIT of the package */
    List *names;                           /* their gc names, parallel to funcs */
    List *order;                           /* the main package's InlSteps, in gc's order */
    VarInfo *vars;                         /* open-addressing table by Object* */
    int nvars, capvars;
    struct Temps *temps;                   /* the printed function's temporaries */
    /* Tarjan */
    List *ids;                             /* visit numbers, parallel to funcs (intptr_t) */
    List *stack;
    int visitgen;
} Inl;

static int func_index(Inl *in, Node *fn)
{
    for (int i = 0; i < in->funcs->len; i++)
        if (list_at(in->funcs, i) == fn)
            return i;
    return -1;
}

static const char *func_name(Inl *in, Node *fn)
{
    int i = func_index(in, fn);
    return i < 0 ? fn->name : list_at(in->names, i);
}

static VarInfo *var_info(Inl *in, Object *o, bool create)
{
    if (!o)
        return NULL;
    if (create && (in->nvars + 1) * 2 > in->capvars) {
        VarInfo *old = in->vars;
        int oldcap = in->capvars;
        in->capvars = oldcap ? oldcap * 2 : 256;
        in->vars = xalloc((size_t)in->capvars * sizeof *in->vars);
        in->nvars = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i].obj) {
                VarInfo *v = var_info(in, old[i].obj, true);
                *v = old[i];
            }
    }
    if (!in->capvars)
        return NULL;
    size_t h = ((uintptr_t)o >> 4) & (size_t)(in->capvars - 1);
    while (in->vars[h].obj && in->vars[h].obj != o)
        h = (h + 1) & (size_t)(in->capvars - 1);
    if (!in->vars[h].obj) {
        if (!create)
            return NULL;
        in->vars[h].obj = o;
        in->nvars++;
    }
    return &in->vars[h];
}

/* ---------------------------------------------------------------- AST helpers */

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static bool is_const(Node *n)
{
    return n && n->cval && n->mode == MODE_CONST;
}

static bool is_blank(Node *n)
{
    n = unparen(n);
    return n && n->kind == N_IDENT && strcmp(n->name, "_") == 0;
}

static bool is_iface(Type *t)
{
    Type *u = t ? underlying(t) : NULL;
    return u && u->kind == TY_INTERFACE;
}

static bool is_pointer(Type *t)
{
    Type *u = t ? underlying(t) : NULL;
    return u && u->kind == TY_POINTER;
}

static Type *func_sig(Node *fn)
{
    if (fn->kind == N_FUNCLIT)
        return fn->ty;
    return fn->obj ? fn->obj->type : NULL;
}

/* The package an identifier's object belongs to, when it is a package-level
 * function or variable of another package named through pkg.Name. */
static bool is_pkg_qualified(Node *n)
{
    return n->kind == N_SELECTOR && n->x->kind == N_IDENT && n->x->obj && n->x->obj->kind == OBJ_PACKAGE;
}

/* The declaration a call's function expression names statically. */
static Node *static_func(Node *f)
{
    f = unparen(f);
    if (!f)
        return NULL;
    if ((f->kind == N_IDENT || is_pkg_qualified(f)) && f->obj && f->obj->kind == OBJ_FUNC && f->obj->decl &&
        f->obj->decl->kind == N_FUNCDECL)
        return f->obj->decl;
    return NULL;
}

/* ---------------------------------------------------------------- the cost walk */

typedef struct Hairy {
    Inl *in;
    Node *self;                            /* the function measured */
    int cost;
    int nodes;
    const char *reason;
    Type *sig;                             /* the function (or closure) whose body is walked */
    int depth;                             /* its nesting depth: a variable declared at another
                                              depth is a captured one, which has no static value */
} Hairy;

static void decide(Inl *in, Node *fn);
static void cost_expr(Hairy *h, Node *n);
static void cost_stmts(Hairy *h, List *l);
static void cost_stmt(Hairy *h, Node *n);

static void charge(Hairy *h, int units)
{
    h->cost += units;
    h->nodes++;
}

/* The implicit conversion gc inserts when a value of type src is assigned
 * to dst: to an interface it is OCONVIFACE (1), otherwise free. */
static bool needs_conviface(Node *n, Type *dst)
{
    n = unparen(n);
    if (!dst || !n || n->mode == MODE_NIL || !is_iface(dst))
        return false;
    Type *src = n->ty;
    if (!src || src->kind == TY_TUPLE)
        return false;
    if (type_is_untyped(src))
        return src->kind != TY_UNTYPED_NIL;
    return !type_identical(src, dst);
}

static void cost_conv(Hairy *h, Node *n, Type *dst)
{
    if (needs_conviface(n, dst))
        charge(h, 1);
    cost_expr(h, n);
}

static bool is_tuple(Node *n)
{
    n = unparen(n);
    return n && n->ty && n->ty->kind == TY_TUPLE;
}

/* gc's RewriteMultiValueCall: f(g()) and return g() become
 * `t1, t2 = g()` (each temporary declared) and f(t1, t2): the temporaries,
 * each converted to its destination type dsts[i] (NULL: none). */
static void cost_spread(Hairy *h, Node *call, Type **dsts)
{
    Type *tt = unparen(call)->ty;
    int k = tt->fields->len;
    charge(h, 1 + 3 * k);
    cost_expr(h, call);
    for (int i = 0; i < k; i++) {
        Field *f = list_at(tt->fields, i);
        if (dsts && dsts[i] && is_iface(dsts[i]) && !type_identical(f->type, dsts[i]))
            charge(h, 1);
        charge(h, 1);
    }
}

/* Arguments against the parameters of signature sig (variadic: the extra
 * ones against the element type). */
static void cost_args(Hairy *h, List *args, Type *sig, bool dots)
{
    int nargs = args ? args->len : 0;
    int nparams = sig && sig->params ? sig->params->len : 0;
    if (nargs == 1 && is_tuple(list_at(args, 0)) && !dots) {
        Type *tt = unparen(list_at(args, 0))->ty;
        Type **dsts = xalloc((size_t)(tt->fields->len + 1) * sizeof *dsts);
        for (int i = 0; sig && i < tt->fields->len; i++) {
            if (sig->variadic && i >= nparams - 1)
                dsts[i] = underlying(((Field *)list_at(sig->params, nparams - 1))->type)->elem;
            else if (i < nparams)
                dsts[i] = ((Field *)list_at(sig->params, i))->type;
        }
        cost_spread(h, list_at(args, 0), dsts);
        return;
    }
    for (int i = 0; i < nargs; i++) {
        Type *pt = NULL;
        if (sig && i < nparams)
            pt = ((Field *)list_at(sig->params, i))->type;
        if (sig && sig->variadic && !dots && i >= nparams - 1) {
            Type *last = ((Field *)list_at(sig->params, nparams - 1))->type;
            pt = underlying(last)->elem;
        }
        cost_conv(h, list_at(args, i), pt);
    }
}

/* gc's machine representation of a basic kind on amd64 (types.SimType):
 * int is int64, uint and uintptr are uint64. */
static TypeKind sim_kind(TypeKind k)
{
    switch (k) {
    case TY_INT: return TY_INT64;
    case TY_UINT: case TY_UINTPTR: return TY_UINT64;
    default: return k;
    }
}

/* gc's OCONVNOP (typecheck.Convertop): a conversion that changes no
 * representation; a float's conversion to its own kind stays (it rounds). */
static bool conv_is_nop(Type *from, Type *to)
{
    if (!from || !to)
        return false;
    Type *fu = underlying(from), *tu = underlying(to);
    bool nop = false;
    if (type_identical(from, to) || type_identical_ignoring_tags(fu, tu))
        nop = true;
    else if (fu->kind == TY_POINTER && tu->kind == TY_POINTER && from->kind != TY_NAMED && to->kind != TY_NAMED &&
             type_identical_ignoring_tags(underlying(fu->elem), underlying(tu->elem)))
        nop = true;
    else if (fu->kind == TY_CHAN && tu->kind == TY_CHAN && type_identical(fu->elem, tu->elem))
        nop = true;
    else if ((type_is_integer(fu) || type_is_float(fu)) && (type_is_integer(tu) || type_is_float(tu)))
        nop = sim_kind(fu->kind) == sim_kind(tu->kind);
    else if (type_is_complex(fu) && type_is_complex(tu))
        nop = fu->kind == tu->kind;
    else if (fu->kind == TY_UNSAFEPTR || tu->kind == TY_UNSAFEPTR)
        nop = fu->kind == TY_POINTER || tu->kind == TY_POINTER || fu->kind == TY_UINTPTR ||
              tu->kind == TY_UINTPTR || fu->kind == tu->kind;
    if (nop && fu->kind == tu->kind && (type_is_float(fu) || type_is_complex(fu)))
        nop = false;
    return nop;
}

/* Functions gc compiles to machine instructions (ssagen's intrinsics, on
 * amd64): calls to them cost what any node costs. */
static bool is_intrinsic(Node *fn)
{
    if (!fn || !fn->obj || !fn->obj->package)
        return false;
    const char *pkg = fn->obj->package->path, *name = fn->name;
    if (strcmp(pkg, "runtime") == 0)
        return strcmp(name, "KeepAlive") == 0;
    if (strcmp(pkg, "math") == 0) {
        static const char *const m[] = {"Sqrt", "Floor", "Ceil", "Trunc", "RoundToEven", "Abs", "Copysign",
                                        "FMA", NULL};
        for (int i = 0; m[i]; i++)
            if (strcmp(name, m[i]) == 0)
                return true;
        return false;
    }
    if (strcmp(pkg, "math/bits") == 0) {
        static const char *const p[] = {"TrailingZeros", "Len", "OnesCount", "RotateLeft", "ReverseBytes",
                                        "Mul", "Add", "Sub", "Div", NULL};
        for (int i = 0; p[i]; i++)
            if (strncmp(name, p[i], strlen(p[i])) == 0)
                return strcmp(name, "Div32") != 0 && strcmp(name, "Mul32") != 0 && strcmp(name, "Add32") != 0 &&
                       strcmp(name, "Sub32") != 0 && strcmp(name, "ReverseBytes") != 0 &&
                       strcmp(name, "RotateLeft") != 0 && strcmp(name, "Len") != 0 &&
                       strcmp(name, "OnesCount") != 0;
        return false;
    }
    if (strcmp(pkg, "sync/atomic") == 0) {
        static const char *const p[] = {"Load", "Store", "Add", "Swap", "CompareAndSwap", NULL};
        for (int i = 0; p[i]; i++)
            if (strncmp(name, p[i], strlen(p[i])) == 0)
                return !strstr(name, "Pointer") || strcmp(name, "LoadPointer") == 0;
        return false;
    }
    return false;
}

/* gc's ir.StaticValue: follows a local variable to the value of its only
 * definition. */
static Node *static_value(Hairy *h, Node *n)
{
    for (int guard = 0; guard < 100; guard++) {
        n = unparen(n);
        if (!n || n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR || n->obj->is_global ||
            n->obj->is_param || n->obj->depth != h->depth)
            return n;
        VarInfo *v = var_info(h->in, n->obj, false);
        if (!v || !v->defined || v->reassigned || !v->value)
            return n;
        n = v->value;
    }
    return n;
}

/* The callee's verdict, when gc knows the function a call calls. */
static InlInfo *callee_inl(Hairy *h, Node *fexpr)
{
    Node *f = static_value(h, fexpr);
    if (!f)
        return NULL;
    if (f->kind == N_FUNCLIT) {
        if (!f->inl)
            decide(h->in, f);              /* gc's inlCallee: CanInline on the spot */
        return f->inl;
    }
    Node *d = static_func(f);
    if (!d && f->kind == N_SELECTOR && f->dots && f->obj && f->obj->decl && f->obj->decl->recv &&
        (!f->list || f->list->len == 0) &&
        (f->obj->decl->recv->type->kind == N_STAR) == is_pointer(f->x->ty))
        d = f->obj->decl;                  /* a method expression T.M of T's own method */
    return d ? d->inl : NULL;
}

static void cost_call_extra(Hairy *h, InlInfo *callee)
{
    if (callee && callee->can_inline)
        h->cost += callee->cost;
    else
        h->cost += EXTRA_CALL_COST;
}

/* The embedded fields a selection goes through: one selection node each. */
static void cost_path(Hairy *h, List *path)
{
    for (int i = 0; path && i < path->len; i++)
        charge(h, 1);
}

/* A method's receiver: the implicit & or * gc inserts. */
static void cost_receiver(Hairy *h, Node *sel, Object *method)
{
    Type *rt = sel->x->ty;
    Selection s;
    bool on_pointer = is_pointer(rt);
    if (lookup_selector(rt, sel->name, &s) && s.path && s.path->len) {
        cost_path(h, s.path);
        /* the type of the last embedded field */
        Type *t = rt;
        for (int i = 0; i < s.path->len; i++) {
            Type *u = underlying(t);
            if (u->kind == TY_POINTER)
                u = underlying(u->elem);
            t = ((Field *)list_at(u->fields, (int)(intptr_t)list_at(s.path, i)))->type;
        }
        on_pointer = is_pointer(t);
    }
    if (method && method->decl && method->decl->recv) {
        bool ptr_method = method->decl->recv->type->kind == N_STAR;
        if (ptr_method != on_pointer)
            charge(h, 1);                  /* implicit &x or *p */
    }
    cost_expr(h, sel->x);
}

static void cost_builtin(Hairy *h, Node *n, int which)
{
    List *args = n->list;
    int nargs = args ? args->len : 0;
    switch (which) {
    case BI_RECOVER:
        h->reason = "call to recover";
        return;
    case BI_PANIC:
        /* OPANIC costs 1 more; the implicit conversion of its argument to
           interface{} is refunded */
        charge(h, 2);
        if (nargs)
            cost_expr(h, list_at(args, 0));
        return;
    case BI_MAKE: {
        charge(h, 1);
        Node *t = list_at(args, 0);
        Type *u = t->ty ? underlying(t->ty) : NULL;
        for (int i = 1; i < nargs; i++)
            cost_expr(h, list_at(args, i));
        if (nargs == 1 && u && (u->kind == TY_MAP || u->kind == TY_CHAN))
            charge(h, 1);                  /* the size 0 gc supplies */
        return;
    }
    case BI_NEW:
        charge(h, 2);                      /* ONEW and its type */
        return;
    case BI_APPEND: {
        charge(h, 1);
        Type *st = nargs ? ((Node *)list_at(args, 0))->ty : NULL;
        Type *elem = st && underlying(st)->kind == TY_SLICE ? underlying(st)->elem : NULL;
        for (int i = 0; i < nargs; i++)
            cost_conv(h, list_at(args, i), i > 0 && !n->dots ? elem : NULL);
        return;
    }
    case BI_DELETE: {
        charge(h, 1);
        Node *m = list_at(args, 0);
        cost_expr(h, m);
        Type *mu = m->ty ? underlying(m->ty) : NULL;
        if (nargs > 1)
            cost_conv(h, list_at(args, 1), mu && mu->kind == TY_MAP ? mu->key : NULL);
        return;
    }
    case BI_LEN:
    case BI_CAP:
        charge(h, 1);
        if (nargs && is_pointer(((Node *)list_at(args, 0))->ty))
            charge(h, 1);                  /* implicit *p of a pointer to array */
        if (nargs)
            cost_expr(h, list_at(args, 0));
        return;
    default:
        charge(h, 1);
        for (int i = 0; i < nargs; i++)
            cost_expr(h, list_at(args, i));
        return;
    }
}

/* Whether an expression holds a call or a receive (gc's callOrChan, not
 * looking into function literals): a callee or receiver holding one is
 * first assigned to a temporary (RewriteNonNameCall). */
static bool has_call(Node *n)
{
    n = unparen(n);
    if (!n || n->kind == N_FUNCLIT || is_const(n))
        return false;
    if (n->kind == N_CALL) {
        Node *f = unparen(n->x);
        if (f->mode == MODE_TYPE)
            return has_call(list_at(n->list, 0));
        if (!(f->mode == MODE_BUILTIN && f->obj && (f->obj->builtin == BI_NEW || f->obj->builtin == BI_MAKE)))
            return true;
    }
    if (n->kind == N_UNARY && n->op == TK_ARROW)
        return true;
    if (n->kind == N_COMPOSITE) {
        for (int i = 0; n->list && i < n->list->len; i++)
            if (has_call(list_at(n->list, i)))
                return true;
        return false;
    }
    if (n->kind == N_KEYVALUE)
        return has_call(n->x) || has_call(n->y);
    if (n->kind == N_CALL) {
        if (has_call(n->x))
            return true;
        for (int i = 0; n->list && i < n->list->len; i++)
            if (has_call(list_at(n->list, i)))
                return true;
        return false;
    }
    if (n->kind == N_SELECTOR && is_pkg_qualified(n))
        return false;
    return has_call(n->x) || has_call(n->y) || has_call(n->lo) || has_call(n->hi) || has_call(n->max);
}

/* The expression RewriteNonNameCall looks at: a method call's receiver,
 * else the callee. */
static Node *callee_operand(Node *f)
{
    f = unparen(f);
    if (f->kind == N_SELECTOR && !is_pkg_qualified(f) && !f->dots)
        return f->x;
    return f;
}

static bool nonname_call(Node *n)
{
    Node *f = unparen(n->x);
    if (f->mode == MODE_TYPE || f->mode == MODE_BUILTIN)
        return false;
    return has_call(callee_operand(f));
}

/* []rune(constant string): gc writes it as the literal []rune{0: r0, ...};
 * the number of runes, or -1 for any other expression. */
static int const_runes_literal(Node *n)
{
    Node *f = unparen(n->x);
    if (n->kind != N_CALL || f->mode != MODE_TYPE || !n->list || n->list->len != 1)
        return -1;
    Node *x = unparen(list_at(n->list, 0));
    Type *u = n->ty ? underlying(n->ty) : NULL;
    if (!is_const(x) || x->cval->kind != CV_STRING || !u || u->kind != TY_SLICE ||
        underlying(u->elem)->kind != TY_INT32)
        return -1;
    int count = 0;
    const unsigned char *p = (const unsigned char *)x->cval->s;
    int64_t len = x->cval->slen, i = 0;
    while (i < len) {
        unsigned c = p[i];
        int need = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        int k = 0;
        if (need > 0 && i + need < len + 0) {
            for (k = 1; k <= need && i + k < len && (p[i + k] & 0xC0) == 0x80; k++)
                ;
            k = k == need + 1 ? need : 0;
        } else {
            k = 0;
        }
        i += 1 + (need > 0 ? k : 0);
        count++;
    }
    return count;
}

static void cost_call(Hairy *h, Node *n)
{
    Node *f = unparen(n->x);
    if (nonname_call(n))
        charge(h, 3);                      /* t := callee; t's use */
    if (f->mode == MODE_TYPE) {            /* a conversion */
        Node *x = list_at(n->list, 0);
        Type *to = n->ty, *from = x->ty;
        int runes = const_runes_literal(n);
        if (runes >= 0) {                  /* []rune("...") is a slice literal: keyed runes */
            charge(h, 2 + 3 * runes);
            return;
        }
        if (is_iface(to))
            charge(h, is_iface(from) && type_identical(from, to) ? 0 : 1);
        else if (!type_is_untyped(from) && conv_is_nop(from, to))
            charge(h, 0);
        else
            charge(h, 1);
        cost_expr(h, x);
        return;
    }
    if (f->mode == MODE_BUILTIN && f->obj) {
        cost_builtin(h, n, f->obj->builtin);
        return;
    }
    if (f->kind == N_SELECTOR && !is_pkg_qualified(f) && !f->dots) {
        if (f->obj) {                      /* a method: T.M(x, args) */
            charge(h, 2);                  /* the call, the method expression's type */
            cost_receiver(h, f, f->obj);
            cost_args(h, n->list, f->obj->type, n->dots);
            if (!h->reason)
                cost_call_extra(h, f->obj->decl ? f->obj->decl->inl : NULL);
            return;
        }
        Selection s;
        if (f->x->ty && lookup_selector(f->x->ty, f->name, &s) && s.imethod) {   /* interface method */
            charge(h, 1 + EXTRA_CALL_COST);
            charge(h, 1);                  /* ODOTINTER */
            cost_path(h, s.path);
            cost_expr(h, f->x);
            cost_args(h, n->list, f->ty, n->dots);
            return;
        }
    }
    /* gc looks at the callee (deciding a function literal called on the
       spot) before it visits the call's operands */
    Node *d = static_func(f);
    bool intrinsic = d && is_intrinsic(f);
    InlInfo *callee = intrinsic ? NULL : callee_inl(h, f);
    charge(h, 1);
    if (!intrinsic)
        cost_call_extra(h, callee);
    cost_expr(h, f);
    Type *sig = f->ty ? underlying(f->ty) : NULL;
    cost_args(h, n->list, sig && sig->kind == TY_FUNC ? sig : NULL, n->dots);
}

/* Elements of a composite literal of type t. */
static void cost_composite(Hairy *h, Node *n, Type *t)
{
    Type *u = t ? underlying(t) : NULL;
    if (u && u->kind == TY_POINTER) {      /* an elided &T{...} */
        charge(h, 1);
        t = u->elem;
        u = underlying(t);
    }
    if (!u)
        return;
    charge(h, u->kind == TY_SLICE ? 2 : 1);
    for (int i = 0; n->list && i < n->list->len; i++) {
        Node *e = list_at(n->list, i);
        Node *v = e->kind == N_KEYVALUE ? e->y : e;
        Type *et = NULL;
        switch (u->kind) {
        case TY_STRUCT: {
            charge(h, 1);                  /* OSTRUCTKEY */
            Field *f = NULL;
            if (e->kind == N_KEYVALUE) {
                for (int k = 0; k < u->fields->len; k++)
                    if (e->x->kind == N_IDENT && ((Field *)list_at(u->fields, k))->name &&
                        strcmp(((Field *)list_at(u->fields, k))->name, e->x->name) == 0)
                        f = list_at(u->fields, k);
            } else if (i < u->fields->len) {
                f = list_at(u->fields, i);
            }
            et = f ? f->type : NULL;
            break;
        }
        case TY_MAP:
            charge(h, 1);                  /* OKEY */
            if (e->kind == N_KEYVALUE) {
                if (e->x->kind == N_COMPOSITE)
                    cost_composite(h, e->x, e->x->ty ? e->x->ty : u->key);
                else
                    cost_conv(h, e->x, u->key);
            }
            et = u->elem;
            break;
        default:                           /* arrays, slices */
            if (e->kind == N_KEYVALUE) {
                charge(h, 1);
                cost_expr(h, e->x);
            }
            et = u->elem;
            break;
        }
        if (v->kind == N_COMPOSITE && !v->type)
            cost_composite(h, v, v->ty ? v->ty : et);
        else
            cost_conv(h, v, et);
    }
}

static void cost_closure(Hairy *h, Node *n)
{
    charge(h, 1 + CLOSURE_COST);
    Type *saved = h->sig;
    int nodes = h->nodes, depth = h->depth;
    h->sig = n->ty;
    h->depth = n->iota;
    cost_stmts(h, n->body->list);
    h->sig = saved;
    h->depth = depth;
    h->nodes = nodes;                      /* gc's size of a function leaves its closures out */
}

static void cost_expr(Hairy *h, Node *n)
{
    n = unparen(n);
    if (!n || h->reason)
        return;
    if (is_const(n) || n->mode == MODE_NIL) {
        charge(h, 1);
        return;
    }
    switch (n->kind) {
    case N_IDENT:
    case N_BASICLIT:
        charge(h, 1);
        return;
    case N_FUNCLIT:
        cost_closure(h, n);
        return;
    case N_COMPOSITE:
        cost_composite(h, n, n->ty);
        return;
    case N_SELECTOR: {
        if (is_pkg_qualified(n)) {
            charge(h, 1);
            return;
        }
        if (n->dots) {                     /* method expression: OMETHEXPR (0) of a type (1) */
            charge(h, 1);
            return;
        }
        Selection s;
        if (!n->x->ty || !lookup_selector(n->x->ty, n->name, &s)) {
            charge(h, 1);
            cost_expr(h, n->x);
            return;
        }
        if (s.field) {
            charge(h, 1);
            cost_path(h, s.path);
            cost_expr(h, n->x);
            return;
        }
        charge(h, 2);                      /* OMETHVALUE */
        if (s.method)
            cost_receiver(h, n, s.method);
        else {
            cost_path(h, s.path);
            cost_expr(h, n->x);
        }
        return;
    }
    case N_INDEX: {
        charge(h, 1);
        Type *xt = n->x->ty ? underlying(n->x->ty) : NULL;
        if (xt && xt->kind == TY_POINTER)
            charge(h, 1);                  /* implicit *p of a pointer to array */
        cost_expr(h, n->x);
        if (xt && xt->kind == TY_MAP)
            cost_conv(h, n->y, xt->key);
        else
            cost_expr(h, n->y);
        return;
    }
    case N_SLICE: {
        charge(h, 1);
        Type *xt = n->x->ty ? underlying(n->x->ty) : NULL;
        if (xt && xt->kind == TY_ARRAY)
            charge(h, 1);                  /* implicit &a */
        cost_expr(h, n->x);
        cost_expr(h, n->lo);
        cost_expr(h, n->hi);
        cost_expr(h, n->max);
        return;
    }
    case N_TYPEASSERT:
        charge(h, 1);
        cost_expr(h, n->x);
        return;
    case N_CALL:
        cost_call(h, n);
        return;
    case N_STAR: {
        Node *p = unparen(n->x);
        while (p && p->kind == N_CALL && unparen(p->x)->mode == MODE_TYPE && p->list && p->list->len == 1 &&
               conv_is_nop(((Node *)list_at(p->list, 0))->ty, p->ty))
            p = unparen(list_at(p->list, 0));
        charge(h, p && p->kind == N_UNARY && p->op == TK_AND && unparen(p->x)->kind != N_COMPOSITE ? 0 : 1);
        cost_expr(h, n->x);
        return;
    }
    case N_UNARY:
        if (n->op == TK_AND && unparen(n->x)->kind == N_COMPOSITE) {
            charge(h, 1);                  /* OPTRLIT */
            cost_composite(h, unparen(n->x), unparen(n->x)->ty);
            return;
        }
        charge(h, 1);
        cost_expr(h, n->x);
        return;
    case N_BINARY: {
        if ((n->op == TK_ADD) && n->ty && type_is_string(n->ty) && !type_is_untyped(n->ty)) {
            /* OADDSTR of every operand of the chain */
            charge(h, 1);
            List *ops = list_new();
            Node *x = n;
            while (x->kind == N_BINARY && x->op == TK_ADD && !is_const(x)) {
                list_push(ops, x->y);
                x = unparen(x->x);
            }
            list_push(ops, x);
            for (int i = ops->len - 1; i >= 0; i--)
                cost_expr(h, list_at(ops, i));
            return;
        }
        charge(h, 1);                      /* (a comparison with an interface converts
                                              nothing yet) */
        cost_expr(h, n->x);
        cost_expr(h, n->y);
        return;
    }
    default:
        charge(h, 1);
        return;
    }
}

/* Whether a := or var declares obj here (not `_`, not a reused name). */
static bool declares(Node *id, Node *stmt)
{
    id = unparen(id);
    return id && id->kind == N_IDENT && id->obj && id->obj->decl == stmt && strcmp(id->name, "_") != 0;
}

/* x, y = f() where some destination's type is not f's result type: gc
 * assigns f's results to temporaries first. */
static bool tuple_mismatch(List *lhs, Type *tt)
{
    for (int i = 0; i < lhs->len && i < tt->fields->len; i++) {
        Node *l = list_at(lhs, i);
        Type *lt = l->ty ? l->ty : l->obj ? l->obj->type : NULL;
        if (!is_blank(l) && lt && !type_identical(lt, ((Field *)list_at(tt->fields, i))->type))
            return true;
    }
    return false;
}

static void cost_assign(Hairy *h, Node *n)
{
    List *lhs = n->list, *rhs = n->list2;
    if (n->op != 0 && n->op != TK_DEFINE) {
        charge(h, 1);
        cost_expr(h, list_at(lhs, 0));
        cost_expr(h, list_at(rhs, 0));
        return;
    }
    if (n->op == TK_DEFINE)
        for (int i = 0; i < lhs->len; i++)
            if (declares(list_at(lhs, i), n))
                charge(h, 2);              /* ODCL x */
    charge(h, 1);
    for (int i = 0; i < lhs->len; i++)
        cost_expr(h, list_at(lhs, i));
    if (rhs->len == 1 && lhs->len > 1 && is_tuple(list_at(rhs, 0)) && unparen(list_at(rhs, 0))->kind == N_CALL &&
        tuple_mismatch(lhs, unparen(list_at(rhs, 0))->ty)) {
        Type **dsts = xalloc((size_t)(lhs->len + 1) * sizeof *dsts);
        for (int i = 0; i < lhs->len; i++)
            dsts[i] = is_blank(list_at(lhs, i)) ? NULL : ((Node *)list_at(lhs, i))->ty;
        cost_spread(h, list_at(rhs, 0), dsts);
        return;
    }
    for (int i = 0; i < rhs->len; i++) {
        Node *l = list_at(lhs, i < lhs->len ? i : 0);
        cost_conv(h, list_at(rhs, i), lhs->len == rhs->len && !is_blank(l) ? l->ty : NULL);
    }
}

static void cost_var_spec(Hairy *h, Node *spec)
{
    List *names = spec->list, *values = spec->list2;
    int nv = values ? values->len : 0;
    for (int i = 0; i < names->len; i++)
        charge(h, 2);                      /* ODCL */
    if (nv && nv != names->len) {          /* var a, b = f() */
        charge(h, 1);
        for (int i = 0; i < names->len; i++)
            charge(h, 1);
        Node *v = unparen(list_at(values, 0));
        if (v->kind == N_CALL && is_tuple(v) && tuple_mismatch(names, v->ty)) {
            Type **dsts = xalloc((size_t)(names->len + 1) * sizeof *dsts);
            for (int i = 0; i < names->len; i++) {
                Node *id = list_at(names, i);
                dsts[i] = id->obj ? id->obj->type : id->ty;
            }
            cost_spread(h, v, dsts);
            return;
        }
        cost_expr(h, v);
        return;
    }
    for (int i = 0; i < names->len; i++) {
        Node *id = list_at(names, i);
        charge(h, 2);                      /* OAS x */
        if (nv)
            cost_conv(h, list_at(values, i), id->obj ? id->obj->type : NULL);
    }
}

/* An if's condition as gc's deadcode pass leaves it: && and || with a
 * constant left operand short-circuited. */
static Node *fold_cond(Node *n)
{
    n = unparen(n);
    if (!n || n->kind != N_BINARY || (n->op != TK_LAND && n->op != TK_LOR) || is_const(n))
        return n;
    Node *x = fold_cond(n->x), *y = fold_cond(n->y);
    if (is_const(x) && x->cval->kind == CV_BOOL) {
        if (n->op == TK_LAND)
            return x->cval->b ? y : x;
        return x->cval->b ? x : y;
    }
    if (x == unparen(n->x) && y == unparen(n->y))
        return n;
    Node *m = xalloc(sizeof *m);
    *m = *n;
    m->x = x;
    m->y = y;
    return m;
}

/* 1 true, 0 false, -1 not constant. */
static int const_cond(Node *n)
{
    n = fold_cond(n);
    if (is_const(n) && n->cval->kind == CV_BOOL)
        return n->cval->b;
    return -1;
}

static bool is_panic_call(Node *s)
{
    if (!s || s->kind != N_EXPRSTMT || unparen(s->x)->kind != N_CALL)
        return false;
    Node *f = unparen(unparen(s->x)->x);
    return f->mode == MODE_BUILTIN && f->obj && f->obj->builtin == BI_PANIC;
}

/* How many statements of a list gc's deadcode pass keeps: none after an if
 * on a constant whose live branch ends in return or panic (unless a label
 * follows). */
static int live_len(List *l)
{
    int last_label = -1;
    for (int i = 0; l && i < l->len; i++)
        if (((Node *)list_at(l, i))->kind == N_LABELED)
            last_label = i;
    for (int i = 0; l && i < l->len; i++) {
        Node *s = list_at(l, i);
        if (s->kind != N_IF || i <= last_label)
            continue;
        int c = const_cond(s->cond);
        Node *live = c < 0 ? NULL : c ? s->body : s->els;
        while (live && live->kind == N_IF)
            break;
        if (live && live->kind == N_BLOCK && live->list && live->list->len) {
            Node *end = list_at(live->list, live->list->len - 1);
            if (end->kind == N_RETURN || is_panic_call(end))
                return i + 1;
        }
    }
    return l ? l->len : 0;
}

/* gc's deadcode pass empties a function whose statements are all ifs on
 * constants with nothing left in them (and `for false` loops). */
static bool body_is_dead(List *l)
{
    if (!l || l->len == 0)
        return false;
    for (int i = 0; i < l->len; i++) {
        Node *s = list_at(l, i);
        if (s->kind == N_IF) {
            int c = const_cond(s->cond);
            if (c < 0 || (s->init && s->init->kind != N_EMPTY))
                return false;
            Node *live = c ? s->body : s->els;
            if (c && s->body->list && s->body->list->len)
                return false;
            if (!c && s->els)
                return false;
            (void)live;
        } else if (s->kind == N_FOR) {
            if (s->init || s->post || const_cond(s->cond) != 0)
                return false;
        } else {
            return false;
        }
    }
    return true;
}

static bool has_fallthrough(List *l)
{
    for (int i = 0; l && i < l->len; i++) {
        Node *s = list_at(l, i);
        if (s->kind == N_BRANCH && s->op == TK_FALLTHROUGH)
            return true;
    }
    return false;
}

/* gc's deadcode pass on a switch on a constant (or on nothing) whose
 * cases are constants: only the case that matches stays, with only its
 * matching value (*value; NULL for default). Returns that case's index,
 * -2 when no case stays, -1 when the switch is left alone. */
static int switch_fold(Node *sw, Node **value)
{
    *value = NULL;
    if (sw->kind != N_SWITCH)
        return -1;
    ConstVal *x;
    if (sw->tag) {
        if (!is_const(unparen(sw->tag)))
            return -1;
        x = unparen(sw->tag)->cval;
    } else {
        x = const_make_bool(true);
    }
    int def = -1;
    for (int i = 0; sw->list && i < sw->list->len; i++) {
        Node *c = list_at(sw->list, i);
        if (!c->list || c->list->len == 0) {
            def = i;
            continue;
        }
        for (int k = 0; k < c->list->len; k++) {
            Node *v = unparen(list_at(c->list, k));
            if (!is_const(v))
                return -1;
            if (v->cval->kind == x->kind && const_compare(x, TK_EQL, v->cval)) {
                if (has_fallthrough(c->list2))
                    return -1;
                *value = v;
                return i;
            }
        }
    }
    if (def >= 0) {
        if (has_fallthrough(((Node *)list_at(sw->list, def))->list2))
            return -1;
        return def;
    }
    return -2;
}

/* A select case's receive becomes gc's OSELRECV2: two destinations,
 * blank where none is written. */
static void cost_comm(Hairy *h, Node *n)
{
    if (!n)
        return;
    if (n->kind == N_EXPRSTMT) {
        charge(h, 3);
        cost_expr(h, n->x);
        return;
    }
    if (n->kind == N_ASSIGN) {
        if (n->op == TK_DEFINE)
            for (int i = 0; i < n->list->len; i++)
                if (declares(list_at(n->list, i), n))
                    charge(h, 2);
        charge(h, 1 + 2 - n->list->len);
        for (int i = 0; i < n->list->len; i++)
            cost_expr(h, list_at(n->list, i));
        cost_expr(h, list_at(n->list2, 0));
        return;
    }
    cost_stmt(h, n);
}

static void cost_stmt(Hairy *h, Node *n)
{
    if (!n || h->reason)
        return;
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        cost_stmts(h, n->list);
        return;
    case N_EXPRSTMT:
        cost_expr(h, n->x);
        return;
    case N_SEND: {
        charge(h, 1);
        cost_expr(h, n->x);
        Type *ct = n->x->ty ? underlying(n->x->ty) : NULL;
        cost_conv(h, n->y, ct && ct->kind == TY_CHAN ? ct->elem : NULL);
        return;
    }
    case N_INCDEC:
        charge(h, 2);                      /* x += 1 */
        cost_expr(h, n->x);
        return;
    case N_ASSIGN:
        cost_assign(h, n);
        return;
    case N_DECLSTMT:
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *spec = list_at(n->list, i);
            if (spec->kind == N_VAR)
                cost_var_spec(h, spec);
            else if (spec->kind == N_TYPEDECL && !spec->alias && !h->reason)
                h->reason = "unhandled op DCLTYPE";
            if (h->reason)
                return;
        }
        return;
    case N_GO:
        h->reason = "unhandled op GO";
        return;
    case N_DEFER:
        h->reason = "unhandled op DEFER";
        return;
    case N_RETURN: {
        charge(h, 1);
        int nres = n->list ? n->list->len : 0;
        List *results = h->sig ? h->sig->results : NULL;
        if (nres == 1 && is_tuple(list_at(n->list, 0))) {
            Type **dsts = xalloc((size_t)(results->len + 1) * sizeof *dsts);
            for (int i = 0; i < results->len; i++)
                dsts[i] = ((Field *)list_at(results, i))->type;
            cost_spread(h, list_at(n->list, 0), dsts);
            return;
        }
        for (int i = 0; i < nres; i++)
            cost_conv(h, list_at(n->list, i),
                      results && nres == results->len ? ((Field *)list_at(results, i))->type : NULL);
        return;
    }
    case N_BRANCH:
        if (n->op != TK_FALLTHROUGH)
            charge(h, 1);
        return;
    case N_LABELED:
        charge(h, 1);
        cost_stmt(h, n->body);
        return;
    case N_IF: {
        int c = const_cond(n->cond);
        if (c >= 0) {
            cost_stmt(h, n->init);
            if (c)
                cost_stmt(h, n->body);
            else
                cost_stmt(h, n->els);
            return;
        }
        charge(h, 1);
        cost_stmt(h, n->init);
        cost_expr(h, fold_cond(n->cond));
        cost_stmt(h, n->body);
        cost_stmt(h, n->els);
        return;
    }
    case N_FOR:
        charge(h, 1);
        cost_stmt(h, n->init);
        cost_expr(h, n->cond);
        cost_stmt(h, n->post);
        cost_stmt(h, n->body);
        return;
    case N_RANGE:
        charge(h, 1);
        if (n->op == TK_DEFINE) {
            if (n->key && declares(n->key, n))
                charge(h, 2);
            if (n->value && declares(n->value, n))
                charge(h, 2);
        }
        cost_expr(h, n->x);
        if (n->key)
            cost_expr(h, n->key);
        if (n->value)
            cost_expr(h, n->value);
        cost_stmt(h, n->body);
        return;
    case N_SWITCH: {
        charge(h, 1);
        Node *value = NULL;
        int k = switch_fold(n, &value);
        if (k != -1) {
            cost_stmt(h, n->init);
            cost_expr(h, n->tag);
            if (k >= 0) {
                charge(h, 1);
                cost_expr(h, value);
                cost_stmts(h, ((Node *)list_at(n->list, k))->list2);
            }
            return;
        }
        cost_stmt(h, n->init);
        if (n->tag)
            cost_expr(h, n->tag);
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *c = list_at(n->list, i);
            charge(h, 1);
            for (int k = 0; c->list && k < c->list->len; k++)
                cost_expr(h, list_at(c->list, k));
            cost_stmts(h, c->list2);
        }
        return;
    }
    case N_TYPESWITCH:
        charge(h, 2);                      /* OSWITCH, OTYPESW */
        cost_stmt(h, n->init);
        if (n->name)
            charge(h, 1);
        cost_expr(h, n->x);
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *c = list_at(n->list, i);
            charge(h, 1);
            if (n->name)
                charge(h, 1);              /* the clause's variable */
            for (int k = 0; c->list && k < c->list->len; k++)
                charge(h, 1);
            cost_stmts(h, c->list2);
        }
        return;
    case N_SELECT:
        charge(h, 1);
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *c = list_at(n->list, i);
            charge(h, 1);
            cost_comm(h, c->comm);
            cost_stmts(h, c->list2);
        }
        return;
    default:
        charge(h, 1);
        return;
    }
}

static void cost_stmts(Hairy *h, List *l)
{
    int n = live_len(l);
    for (int i = 0; i < n && !h->reason; i++)
        cost_stmt(h, list_at(l, i));
}

/* ---------------------------------------------------------------- printing the body */

typedef struct Printer {
    Inl *in;
    char *s;
} Printer;

static const char *pr_type(Type *t);
static const char *pr_type_in(Type *t, List *open);

static const char *pr_field_types(List *fields, bool variadic, List *open)
{
    char *s = "";
    for (int i = 0; fields && i < fields->len; i++) {
        Field *f = list_at(fields, i);
        const char *ts = variadic && i == fields->len - 1
                             ? xprintf("...%s", pr_type_in(underlying(f->type)->elem, open))
                             : pr_type_in(f->type, open);
        s = xprintf("%s%s%s", s, i ? ", " : "", ts);
    }
    return s;
}

static const char *pr_sig_in(Type *t, List *open)
{
    const char *params = pr_field_types(t->params, t->variadic, open);
    int nres = t->results ? t->results->len : 0;
    if (nres == 0)
        return xprintf("func(%s)", params);
    if (nres == 1)
        return xprintf("func(%s) %s", params, pr_type_in(((Field *)list_at(t->results, 0))->type, open));
    return xprintf("func(%s) (%s)", params, pr_field_types(t->results, false, open));
}

static const char *pr_sig(Type *t)
{
    return pr_sig_in(t, NULL);
}

/* A type as gc's types formatter prints it in -m lines. */
static const char *pr_type_in(Type *t, List *open);

static const char *pr_type(Type *t)
{
    return pr_type_in(t, NULL);
}

static const char *pr_type_in(Type *t, List *open)
{
    if (!t)
        return "<nil>";
    if (t->kind == TY_INTERFACE && t->methods && t->methods->len) {
        for (int i = 0; open && i < open->len; i++)
            if (list_at(open, i) == t)
                return "interface { ... }";    /* a type that contains itself */
        List *inner = list_new();
        for (int i = 0; open && i < open->len; i++)
            list_push(inner, list_at(open, i));
        list_push(inner, t);
        char *s = "";
        for (int i = 0; i < t->methods->len; i++) {
            Field *f = list_at(t->methods, i);
            s = xprintf("%s%s %s%s", s, i ? ";" : "", f->name, pr_sig_in(f->type, inner) + 4);
        }
        return xprintf("interface {%s }", s);
    }
    switch (t->kind) {
    case TY_NAMED:
        return type_string(t);
    case TY_POINTER: return xprintf("*%s", pr_type_in(t->elem, open));
    case TY_SLICE: return xprintf("[]%s", pr_type_in(t->elem, open));
    case TY_ARRAY: return xprintf("[%lld]%s", (long long)t->len, pr_type_in(t->elem, open));
    case TY_MAP: return xprintf("map[%s]%s", pr_type_in(t->key, open), pr_type_in(t->elem, open));
    case TY_CHAN:
        return xprintf("%s%s", t->dir == CHAN_SEND ? "chan<- " : t->dir == CHAN_RECV ? "<-chan " : "chan ",
                       pr_type_in(t->elem, open));
    case TY_FUNC:
        return pr_sig_in(t, open);
    case TY_INTERFACE: {
        if (!t->methods || t->methods->len == 0)
            return t->alias_name ? t->alias_name : "interface {}";
        char *s = "";
        for (int i = 0; i < t->methods->len; i++) {
            Field *f = list_at(t->methods, i);
            s = xprintf("%s%s %s%s", s, i ? ";" : "", f->name, pr_sig(f->type) + 4);
        }
        return xprintf("interface {%s }", s);
    }
    case TY_STRUCT: {
        if (!t->fields || t->fields->len == 0)
            return "struct {}";
        char *s = "";
        for (int i = 0; i < t->fields->len; i++) {
            Field *f = list_at(t->fields, i);
            s = f->embedded ? xprintf("%s%s %s", s, i ? ";" : "", pr_type_in(f->type, open))
                            : xprintf("%s%s %s %s", s, i ? ";" : "", f->name, pr_type_in(f->type, open));
            if (f->tag)
                s = xprintf("%s %s", s, f->tag);
        }
        return xprintf("struct {%s }", s);
    }
    default:
        return type_string(t);
    }
}

static const char *pr_expr(Inl *in, Node *n, int prec);

/* ---- gc's temporaries (.autotmp_N), numbered by the function's
 * declarations so far, in the order gc's noder declares them */

typedef struct Temps {
    int count;                             /* declarations so far */
    List *nodes;                           /* nodes given temporaries */
    List *firsts;                          /* their first temporary's number (intptr_t) */
} Temps;

static void temps_note(Temps *t, Node *n, int k)
{
    list_push(t->nodes, n);
    list_push(t->firsts, (void *)(intptr_t)t->count);
    t->count += k;
}

static int temps_first(Temps *t, Node *n)
{
    for (int i = 0; t && i < t->nodes->len; i++)
        if (list_at(t->nodes, i) == n)
            return (int)(intptr_t)list_at(t->firsts, i);
    return -1;
}

static void temps_stmt(Temps *t, Node *n);

static void temps_expr(Temps *t, Node *n)
{
    n = unparen(n);
    if (!n || n->kind == N_FUNCLIT || is_const(n))
        return;
    if (n->kind == N_CALL) {
        temps_expr(t, n->x);
        for (int i = 0; n->list && i < n->list->len; i++)
            temps_expr(t, list_at(n->list, i));
        if (nonname_call(n))
            temps_note(t, unparen(n->x), 1);
        if (n->list && n->list->len == 1 && is_tuple(list_at(n->list, 0)) && !n->dots &&
            unparen(n->x)->mode != MODE_BUILTIN)
            temps_note(t, n, unparen(list_at(n->list, 0))->ty->fields->len);
        return;
    }
    if (n->kind == N_SELECTOR && is_pkg_qualified(n))
        return;
    temps_expr(t, n->x);
    temps_expr(t, n->y);
    temps_expr(t, n->lo);
    temps_expr(t, n->hi);
    temps_expr(t, n->max);
    if (n->kind == N_COMPOSITE)
        for (int i = 0; n->list && i < n->list->len; i++)
            temps_expr(t, list_at(n->list, i));
}

static void temps_list(Temps *t, List *l)
{
    for (int i = 0; l && i < l->len; i++)
        temps_stmt(t, list_at(l, i));
}

static void temps_stmt(Temps *t, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_BLOCK:
        temps_list(t, n->list);
        return;
    case N_EXPRSTMT:
        temps_expr(t, n->x);
        return;
    case N_SEND:
        temps_expr(t, n->x);
        temps_expr(t, n->y);
        return;
    case N_INCDEC:
        temps_expr(t, n->x);
        return;
    case N_ASSIGN:
        for (int i = 0; n->list2 && i < n->list2->len; i++)
            temps_expr(t, list_at(n->list2, i));
        for (int i = 0; i < n->list->len; i++) {
            if (n->op == TK_DEFINE)
                t->count += declares(list_at(n->list, i), n);
            else
                temps_expr(t, list_at(n->list, i));
        }
        if (n->list2 && n->list2->len == 1 && n->list->len > 1 && unparen(list_at(n->list2, 0))->kind == N_CALL &&
            is_tuple(list_at(n->list2, 0)) && tuple_mismatch(n->list, unparen(list_at(n->list2, 0))->ty))
            temps_note(t, n, n->list->len);
        return;
    case N_DECLSTMT:
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *spec = list_at(n->list, i);
            if (spec->kind != N_VAR)
                continue;
            t->count += spec->list->len;
            for (int k = 0; spec->list2 && k < spec->list2->len; k++)
                temps_expr(t, list_at(spec->list2, k));
            if (spec->list2 && spec->list2->len == 1 && spec->list->len > 1 &&
                unparen(list_at(spec->list2, 0))->kind == N_CALL && is_tuple(list_at(spec->list2, 0)) &&
                tuple_mismatch(spec->list, unparen(list_at(spec->list2, 0))->ty))
                temps_note(t, spec, spec->list->len);
        }
        return;
    case N_RETURN:
        for (int i = 0; n->list && i < n->list->len; i++)
            temps_expr(t, list_at(n->list, i));
        if (n->list && n->list->len == 1 && is_tuple(list_at(n->list, 0)))
            temps_note(t, n, unparen(list_at(n->list, 0))->ty->fields->len);
        return;
    case N_LABELED:
        temps_stmt(t, n->body);
        return;
    case N_IF:
        temps_stmt(t, n->init);
        temps_expr(t, n->cond);
        temps_stmt(t, n->body);
        temps_stmt(t, n->els);
        return;
    case N_FOR:
        temps_stmt(t, n->init);
        temps_expr(t, n->cond);
        temps_stmt(t, n->post);
        temps_stmt(t, n->body);
        return;
    case N_RANGE:
        if (n->op == TK_DEFINE)
            t->count += (n->key && declares(n->key, n)) + (n->value && declares(n->value, n));
        temps_expr(t, n->x);
        temps_stmt(t, n->body);
        return;
    case N_SWITCH:
    case N_TYPESWITCH:
        temps_stmt(t, n->init);
        temps_expr(t, n->kind == N_SWITCH ? n->tag : n->x);
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *c = list_at(n->list, i);
            if (n->kind == N_TYPESWITCH && n->name)
                t->count++;
            for (int k = 0; n->kind == N_SWITCH && c->list && k < c->list->len; k++)
                temps_expr(t, list_at(c->list, k));
            temps_list(t, c->list2);
        }
        return;
    case N_SELECT:
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *c = list_at(n->list, i);
            temps_stmt(t, c->comm);
            temps_list(t, c->list2);
        }
        return;
    default:
        return;
    }
}

static const char *temp_names(int first, int k)
{
    char *s = "";
    for (int i = 0; i < k; i++)
        s = xprintf("%s%s.autotmp_%d", s, i ? ", " : "", first + i);
    return s;
}

static const char *pr_list(Inl *in, List *l, int from)
{
    char *s = "";
    for (int i = from; l && i < l->len; i++)
        s = xprintf("%s%s%s", s, i > from ? ", " : "", pr_expr(in, list_at(l, i), 0));
    return s;
}

/* x after the embedded fields of a selection's path: x.E.F */
static const char *pr_path(Inl *in, Node *x, List *path)
{
    const char *s = pr_expr(in, x, 8);
    Type *t = x->ty;
    for (int i = 0; path && i < path->len; i++) {
        Type *u = underlying(t);
        if (u->kind == TY_POINTER)
            u = underlying(u->elem);
        Field *f = list_at(u->fields, (int)(intptr_t)list_at(path, i));
        s = xprintf("%s.%s", s, f->type->kind == TY_POINTER && f->type->elem->kind == TY_NAMED
                                    ? f->type->elem->obj->name
                                    : f->type->kind == TY_NAMED ? f->type->obj->name : "?");
        t = f->type;
    }
    return s;
}

static Type *path_type(Type *t, List *path)
{
    for (int i = 0; path && i < path->len; i++) {
        Type *u = underlying(t);
        if (u->kind == TY_POINTER)
            u = underlying(u->elem);
        t = ((Field *)list_at(u->fields, (int)(intptr_t)list_at(path, i)))->type;
    }
    return t;
}

static int expr_prec(Node *n)
{
    n = unparen(n);
    if (is_const(n)) {
        if (n->kind == N_BINARY)
            return gc_binary_prec(n->op);
        if (n->kind == N_UNARY || n->kind == N_STAR)
            return 7;
        return 8;
    }
    switch (n->kind) {
    case N_FUNCLIT:
        return 0;
    case N_UNARY:
        if (n->op == TK_AND && unparen(n->x)->kind == N_COMPOSITE)
            return 0;                      /* OPTRLIT */
        return 7;
    case N_STAR:
        return 7;
    case N_BINARY:
        if (n->op == TK_ADD && n->ty && type_is_string(n->ty))
            return 0;                      /* OADDSTR */
        return gc_binary_prec(n->op);
    case N_COMPOSITE:
        return n->implicit_addr ? 0 : 8;
    case N_CALL: {
        /* gc's precedence table leaves out some built-ins: 0 */
        Node *f = unparen(n->x);
        if (f->mode == MODE_BUILTIN && f->obj) {
            switch (f->obj->builtin) {
            case BI_REAL: case BI_IMAG: case BI_COMPLEX: case BI_RECOVER:
                return 0;
            case BI_MAKE: {
                Node *t = list_at(n->list, 0);
                Type *u = t->ty ? underlying(t->ty) : NULL;
                return u && (u->kind == TY_MAP || u->kind == TY_CHAN) ? 0 : 8;
            }
            default:
                return 8;
            }
        }
        return 8;
    }
    default:
        return 8;
    }
}

static const char *pr_composite(Node *n)
{
    Type *t = n->ty;
    const char *body = n->list && n->list->len ? "{...}" : "{}";
    if (n->implicit_addr && is_pointer(t))
        return xprintf("&%s%s", pr_type(underlying(t)->elem), body);
    return xprintf("%s%s", pr_type(t), body);
}

static const char *pr_call(Inl *in, Node *n)
{
    Node *f = unparen(n->x);
    const char *dots = n->dots ? "..." : "";
    if (f->mode == MODE_TYPE) {
        Type *t = n->ty;
        int runes = const_runes_literal(n);
        if (runes >= 0)
            return xprintf("%s{%s}", pr_type(t), runes ? "..." : "");
        bool named = t && (t->kind == TY_NAMED || t->kind < TY_ARRAY || t->alias_name);
        return xprintf(named ? "%s(%s)" : "(%s)(%s)", pr_type(t), pr_list(in, n->list, 0));
    }
    if (f->mode == MODE_BUILTIN && f->obj) {
        int b = f->obj->builtin;
        if (b == BI_MAKE || b == BI_NEW) {
            Node *t = list_at(n->list, 0);
            int nargs = n->list->len;
            return xprintf("%s(%s%s%s)", f->obj->name, pr_type(t->ty), nargs > 1 ? ", " : "",
                           pr_list(in, n->list, 1));
        }
        const char *name = is_pkg_qualified(f) ? xprintf("%s.%s", f->x->obj->package->name, f->obj->name)
                                               : f->obj->name;
        return xprintf("%s(%s%s)", name, pr_list(in, n->list, 0), dots);
    }
    if (f->kind == N_SELECTOR && !is_pkg_qualified(f) && !f->dots && f->obj) {
        /* a method call: T.M(recv, args) */
        Selection s;
        List *path = NULL;
        if (f->x->ty && lookup_selector(f->x->ty, f->name, &s))
            path = s.path;
        Type *rt = path_type(f->x->ty, path);
        bool ptr_method = f->obj->decl && f->obj->decl->recv && f->obj->decl->recv->type->kind == N_STAR;
        Type *mt = ptr_method ? (is_pointer(rt) ? rt : type_pointer(rt))
                              : (is_pointer(rt) && rt->kind != TY_NAMED ? rt->elem : rt);
        const char *ts = pr_type(mt);
        if (is_pointer(mt) && mt->kind != TY_NAMED)
            ts = xprintf("(%s)", ts);
        int tf = temps_first(in->temps, f);
        const char *recv = tf >= 0 ? temp_names(tf, 1) : pr_path(in, f->x, path);
        const char *args = pr_list(in, n->list, 0);
        return xprintf("%s.%s(%s%s%s%s)", ts, f->name, recv, args[0] ? ", " : "", args, dots);
    }
    int tf = temps_first(in->temps, f);
    return xprintf("%s(%s%s)", tf >= 0 ? temp_names(tf, 1) : pr_expr(in, f, 8), pr_list(in, n->list, 0), dots);
}

static const char *pr_expr(Inl *in, Node *n, int prec)
{
    n = unparen(n);
    if (!n)
        return "<nil>";
    int p = expr_prec(n);
    const char *s;
    if (is_const(n)) {
        s = expr_string(n);
    } else {
        switch (n->kind) {
        case N_IDENT:
            s = n->name;
            break;
        case N_BASICLIT:
            s = expr_string(n);
            break;
        case N_FUNCLIT:
            s = "func literal";
            break;
        case N_COMPOSITE:
            s = pr_composite(n);
            break;
        case N_SELECTOR: {
            if (is_pkg_qualified(n)) {
                s = xprintf("%s.%s", n->x->obj->package->name, n->name);
                break;
            }
            if (n->dots) {
                Type *t = n->x->ty;
                const char *ts = pr_type(t);
                if (is_pointer(t) && t->kind != TY_NAMED)
                    ts = xprintf("(%s)", ts);
                s = xprintf("%s.%s", ts, n->name);
                break;
            }
            Selection sel;
            List *path = n->x->ty && lookup_selector(n->x->ty, n->name, &sel) ? sel.path : NULL;
            s = xprintf("%s.%s", pr_path(in, n->x, path), n->name);
            break;
        }
        case N_INDEX:
            s = xprintf("%s[%s]", pr_expr(in, n->x, 8), pr_expr(in, n->y, 0));
            break;
        case N_SLICE:
            s = xprintf("%s[%s:%s%s%s]", pr_expr(in, n->x, 8), n->lo ? pr_expr(in, n->lo, 0) : "",
                        n->hi ? pr_expr(in, n->hi, 0) : "", n->slice3 ? ":" : "",
                        n->max ? pr_expr(in, n->max, 0) : "");
            break;
        case N_TYPEASSERT:
            s = xprintf("%s.(%s)", pr_expr(in, n->x, 8), pr_type(n->ty));
            break;
        case N_CALL:
            s = pr_call(in, n);
            break;
        case N_STAR:
            s = xprintf("*%s", pr_expr(in, n->x, 8));
            break;
        case N_UNARY: {
            Node *x = unparen(n->x);
            if (n->op == TK_AND && x->kind == N_COMPOSITE) {
                s = xprintf("&%s", pr_composite(x));
                break;
            }
            bool same = (x->kind == N_UNARY && x->op == n->op && !is_const(x));
            s = xprintf("%s%s%s", token_spelling(n->op), same ? " " : "", pr_expr(in, n->x, 8));
            break;
        }
        case N_BINARY:
            if (p == 0) {                  /* OADDSTR: operands at its own precedence */
                s = xprintf("%s + %s", pr_expr(in, n->x, 0), pr_expr(in, n->y, 0));
                break;
            }
            s = xprintf("%s %s %s", pr_expr(in, n->x, p), token_spelling(n->op), pr_expr(in, n->y, p + 1));
            break;
        default:
            s = "?";
            break;
        }
    }
    return p < prec ? xprintf("(%s)", s) : s;
}

static const char *pr_stmts(Inl *in, List *l);

static const char *pr_simple_init(Inl *in, Node *init)
{
    /* gc prints an if's init only when it is one statement without inits
       of its own: not a declaration */
    if (!init || init->kind == N_EMPTY)
        return NULL;
    if (init->kind == N_ASSIGN && init->op == TK_DEFINE) {
        for (int i = 0; i < init->list->len; i++)
            if (declares(list_at(init->list, i), init))
                return NULL;
    }
    if (init->kind == N_DECLSTMT)
        return NULL;
    return pr_stmts(in, NULL) ? NULL : NULL;
}

static void pr_stmt_into(Inl *in, Node *n, List *out);

static const char *pr_join(List *parts)
{
    char *s = "";
    for (int i = 0; i < parts->len; i++)
        s = xprintf("%s%s%s", s, i ? "; " : "", (char *)list_at(parts, i));
    return s;
}

static const char *pr_stmts(Inl *in, List *l)
{
    List *parts = list_new();
    int n = live_len(l);
    for (int i = 0; i < n; i++)
        pr_stmt_into(in, list_at(l, i), parts);
    return pr_join(parts);
}

static const char *pr_block(Inl *in, Node *b)
{
    List *parts = list_new();
    pr_stmt_into(in, b, parts);
    return pr_join(parts);
}

static const char *pr_assign_lhs(Inl *in, List *l)
{
    return pr_list(in, l, 0);
}

static void pr_stmt_into(Inl *in, Node *n, List *out)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK: {
        int len = live_len(n->list);
        for (int i = 0; i < len; i++)
            pr_stmt_into(in, list_at(n->list, i), out);
        return;
    }
    case N_EXPRSTMT:
        list_push(out, (void *)pr_expr(in, n->x, 0));
        return;
    case N_SEND:
        list_push(out, xprintf("%s <- %s", pr_expr(in, n->x, 3), pr_expr(in, n->y, 4)));
        return;
    case N_INCDEC:
        list_push(out, xprintf("%s %s= 1", pr_expr(in, n->x, 0), n->op == TK_INC ? "+" : "-"));
        return;
    case N_ASSIGN: {
        if (n->op != 0 && n->op != TK_DEFINE) {
            list_push(out, xprintf("%s %s= %s", pr_expr(in, list_at(n->list, 0), 0), token_spelling(n->op),
                                   pr_expr(in, list_at(n->list2, 0), 0)));
            return;
        }
        bool def = false;
        if (n->op == TK_DEFINE)
            for (int i = 0; i < n->list->len; i++)
                def |= declares(list_at(n->list, i), n);
        int first = temps_first(in->temps, n);
        list_push(out, xprintf("%s %s %s", pr_assign_lhs(in, n->list), def ? ":=" : "=",
                               first >= 0 ? temp_names(first, n->list->len) : pr_list(in, n->list2, 0)));
        return;
    }
    case N_DECLSTMT:
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *spec = list_at(n->list, i);
            if (spec->kind == N_CONST)
                for (int k = 0; k < spec->list->len; k++)
                    list_push(out, "<node DCLCONST>");
            if (spec->kind != N_VAR)
                continue;
            int nv = spec->list2 ? spec->list2->len : 0;
            for (int k = 0; k < spec->list->len; k++) {
                Node *id = list_at(spec->list, k);
                list_push(out, xprintf("var %s %s", id->name, pr_type(id->obj ? id->obj->type : NULL)));
                if (nv == spec->list->len)
                    list_push(out, xprintf("%s = %s", id->name, pr_expr(in, list_at(spec->list2, k), 0)));
                else if (nv == 0)
                    list_push(out, xprintf("%s = <nil>", id->name));
            }
            int first = temps_first(in->temps, spec);
            if (nv && nv != spec->list->len)
                list_push(out, xprintf("%s = %s", pr_list(in, spec->list, 0),
                                       first >= 0 ? temp_names(first, spec->list->len) : pr_list(in, spec->list2, 0)));
        }
        return;
    case N_RETURN: {
        int first = temps_first(in->temps, n);
        if (first >= 0)
            list_push(out, xprintf("return %s", temp_names(first, unparen(list_at(n->list, 0))->ty->fields->len)));
        else
            list_push(out, xprintf("return %s", pr_list(in, n->list, 0)));
        return;
    }
    case N_BRANCH: {
        const char *op = n->op == TK_BREAK ? "break" : n->op == TK_CONTINUE ? "continue"
                       : n->op == TK_GOTO ? "goto" : "fallthrough";
        list_push(out, n->name ? xprintf("%s %s", op, n->name) : (char *)op);
        return;
    }
    case N_LABELED:
        list_push(out, xprintf("%s: ", n->name));
        pr_stmt_into(in, n->body, out);
        return;
    case N_IF: {
        int c = const_cond(n->cond);
        const char *init = NULL;
        if (n->init && n->init->kind != N_EMPTY && !(n->init->kind == N_ASSIGN && n->init->op == TK_DEFINE)) {
            init = pr_block(in, n->init);
            (void)pr_simple_init;
        }
        const char *cond = pr_expr(in, fold_cond(n->cond), 0);
        const char *body = c == 0 ? "" : pr_block(in, n->body);
        const char *s = init ? xprintf("if %s; %s { %s }", init, cond, body) : xprintf("if %s { %s }", cond, body);
        if (n->els && c != 1)
            s = xprintf("%s else { %s }", s, pr_block(in, n->els));
        list_push(out, (void *)s);
        return;
    }
    case N_FOR:
    case N_RANGE:
        list_push(out, "for loop");
        return;
    case N_SWITCH:
    case N_TYPESWITCH:
        list_push(out, "switch statement");
        return;
    case N_SELECT:
        list_push(out, "select statement");
        return;
    default:
        list_push(out, "?");
        return;
    }
}

/* ---------------------------------------------------------------- deciding */

static void measure(Inl *in, Node *fn, Hairy *h)
{
    memset(h, 0, sizeof *h);
    h->in = in;
    h->self = fn;
    h->sig = func_sig(fn);
    h->depth = fn->kind == N_FUNCLIT ? fn->iota : 1;
    if (!body_is_dead(fn->body->list))
        cost_stmts(h, fn->body->list);
}

static void push_step(Inl *in, Node *fn, InlInfo *verdict)
{
    if (!in->report)
        return;
    InlStep *step = xalloc(sizeof *step);
    step->fn = fn;
    step->verdict = verdict;
    list_push(in->order, step);
}

static void print_line(Inl *in, Node *fn)
{
    push_step(in, fn, fn->inl);
    if (!in->report || !in->ctx->dump || strcmp(in->ctx->dump, "inline") != 0)
        return;
    InlInfo *inl = fn->inl;
    const char *pos = pos_string(in->ctx, fn->pos);
    if (inl->can_inline)
        printf("%s: can inline %s with cost %d as: %s\n", pos, inl->name, inl->cost, inl->body_text);
    else
        printf("%s: cannot inline %s: %s\n", pos, inl->name, inl->reason);
}

/* gc's CanInline. */
static void decide(Inl *in, Node *fn)
{
    if (fn->inl)
        return;
    InlInfo *inl = xalloc(sizeof *inl);
    fn->inl = inl;
    inl->name = func_name(in, fn);
    static const char *const pragmas[][2] = {
        {"go:noinline", "marked go:noinline"},
        {"go:cgo_unsafe_args", "marked go:cgo_unsafe_args"},
        {"go:uintptrkeepalive", "marked as having a keep-alive uintptr argument"},
        {"go:uintptrescapes", "marked as having a keep-alive uintptr argument"},   /* implies keepalive */
        {"go:yeswritebarrierrec", "marked go:yeswritebarrierrec"},
    };
    for (size_t i = 0; fn->kind == N_FUNCDECL && !inl->reason && i < sizeof pragmas / sizeof pragmas[0]; i++)
        if (decl_directive(in->ctx, fn->pos, pragmas[i][0], NULL))
            inl->reason = pragmas[i][1];
    if (inl->reason)
        ;
    else if (!fn->body)
        inl->reason = "no function body";
    if (inl->reason) {
        print_line(in, fn);
        return;
    }
    Hairy h;
    measure(in, fn, &h);
    inl->cost = h.cost;
    inl->nodes = h.nodes;
    if (h.reason) {
        inl->reason = h.reason;
    } else if (h.cost > INLINE_MAX_BUDGET) {
        inl->reason = xprintf("function too complex: cost %d exceeds budget %d", h.cost, INLINE_MAX_BUDGET);
    } else {
        inl->can_inline = true;
        Type *sig = func_sig(fn);
        Temps temps = {0, list_new(), list_new()};
        temps.count = (sig && sig->params ? sig->params->len : 0) + (sig && sig->results ? sig->results->len : 0) +
                      (fn->kind == N_FUNCDECL && fn->recv ? 1 : 0);
        temps_list(&temps, fn->body->list);
        in->temps = &temps;
        const char *st = sig ? pr_sig(sig) : "func()";
        if (fn->kind == N_FUNCDECL && fn->recv && fn->recv->type->ty)
            st = xprintf("method(%s) %s", pr_type(fn->recv->type->ty), st);
        inl->body_text = xprintf("%s { %s }", st, body_is_dead(fn->body->list) ? "" : pr_stmts(in, fn->body->list));
        in->temps = NULL;
    }
    print_line(in, fn);
}

/* ---------------------------------------------------------------- names and the call graph */

typedef void (*NodeVisit)(void *arg, Node *n);

/* Every expression and statement node under n, in source order, not
 * descending into function literals' bodies when !into_closures. */
static void walk_children(Node *n, NodeVisit f, NodeVisit post, void *arg, bool live);

static void walk2(Node *n, NodeVisit f, NodeVisit post, void *arg, bool live)
{
    if (!n)
        return;
    if (f)
        f(arg, n);
    walk_children(n, f, post, arg, live);
    if (post)
        post(arg, n);
}

static void walk_children(Node *n, NodeVisit f, NodeVisit post, void *arg, bool live)
{
    switch (n->kind) {
    case N_FUNCLIT: case N_FUNCDECL: case N_FUNCTYPE: case N_STRUCTTYPE: case N_INTERFACETYPE:
    case N_TYPEDECL:
        return;
    case N_ASSIGN:                         /* gc's noder: the right side first */
        for (int i = 0; n->list2 && i < n->list2->len; i++)
            walk2(list_at(n->list2, i), f, post, arg, live);
        for (int i = 0; n->list && i < n->list->len; i++)
            walk2(list_at(n->list, i), f, post, arg, live);
        return;
    case N_RANGE:
        walk2(n->key, f, post, arg, live);
        walk2(n->value, f, post, arg, live);
        walk2(n->x, f, post, arg, live);
        walk2(n->body, f, post, arg, live);
        return;
    case N_BLOCK: {
        int len = live ? live_len(n->list) : n->list ? n->list->len : 0;
        for (int i = 0; i < len; i++)
            walk2(list_at(n->list, i), f, post, arg, live);
        return;
    }
    case N_CASE: {
        for (int i = 0; n->list && i < n->list->len; i++)
            walk2(list_at(n->list, i), f, post, arg, live);
        walk2(n->comm, f, post, arg, live);
        int len = live ? live_len(n->list2) : n->list2 ? n->list2->len : 0;
        for (int i = 0; i < len; i++)
            walk2(list_at(n->list2, i), f, post, arg, live);
        return;
    }
    case N_IF: {
        int c = live ? const_cond(n->cond) : -1;
        walk2(n->init, f, post, arg, live);
        walk2(n->cond, f, post, arg, live);
        if (c != 0)
            walk2(n->body, f, post, arg, live);
        if (c != 1)
            walk2(n->els, f, post, arg, live);
        return;
    }
    case N_SWITCH: {
        Node *value = NULL;
        int k = live ? switch_fold(n, &value) : -1;
        if (k == -1)
            break;
        walk2(n->init, f, post, arg, live);
        walk2(n->tag, f, post, arg, live);
        if (k >= 0) {
            Node *c = list_at(n->list, k);
            walk2(value, f, post, arg, live);
            int len = live_len(c->list2);
            for (int i = 0; i < len; i++)
                walk2(list_at(c->list2, i), f, post, arg, live);
        }
        return;
    }
    default:
        break;
    }
    walk2(n->init, f, post, arg, live);
    walk2(n->x, f, post, arg, live);
    walk2(n->y, f, post, arg, live);
    walk2(n->key, f, post, arg, live);
    walk2(n->value, f, post, arg, live);
    walk2(n->lo, f, post, arg, live);
    walk2(n->hi, f, post, arg, live);
    walk2(n->max, f, post, arg, live);
    walk2(n->cond, f, post, arg, live);
    walk2(n->post, f, post, arg, live);
    walk2(n->tag, f, post, arg, live);
    walk2(n->comm, f, post, arg, live);
    if (n->kind != N_SELECTOR) {
        for (int i = 0; n->list && i < n->list->len; i++)
            walk2(list_at(n->list, i), f, post, arg, live);
        for (int i = 0; n->list2 && i < n->list2->len; i++)
            walk2(list_at(n->list2, i), f, post, arg, live);
    }
    walk2(n->body, f, post, arg, live);
    walk2(n->els, f, post, arg, live);
}

static void walk(Node *n, NodeVisit f, void *arg, bool live)
{
    walk2(n, f, NULL, arg, live);
}

typedef struct Namer {
    Inl *in;
    const char *base;
    bool nested;                           /* inside a closure: f.func1.1 */
    int k;
} Namer;

static void name_closures(Inl *in, Node *body, const char *base, bool nested);

static void name_visit(void *arg, Node *n)
{
    Namer *nm = arg;
    if (n->kind != N_FUNCLIT)
        return;
    nm->k++;
    const char *name = nm->nested ? xprintf("%s.%d", nm->base, nm->k) : xprintf("%s.func%d", nm->base, nm->k);
    list_push(nm->in->funcs, n);
    list_push(nm->in->names, (void *)name);
    name_closures(nm->in, n->body, name, true);
}

static void name_closures(Inl *in, Node *body, const char *base, bool nested)
{
    Namer nm = {in, base, nested, 0};
    walk(body, name_visit, &nm, false);
}

/* Records, for the static-value rule, each local's definition and whether
 * it is assigned again or has its address taken. */
static void note_assign(Inl *in, Node *lhs, Node *stmt, Node *value, bool is_def)
{
    lhs = unparen(lhs);
    if (!lhs || lhs->kind != N_IDENT || !lhs->obj || lhs->obj->kind != OBJ_VAR)
        return;
    VarInfo *v = var_info(in, lhs->obj, true);
    if (is_def && lhs->obj->decl == stmt) {
        v->defined = true;
        v->value = value;
    } else {
        v->reassigned = true;
    }
}

static void vars_visit(void *arg, Node *n)
{
    Inl *in = arg;
    switch (n->kind) {
    case N_ASSIGN:
        if (n->op == 0 || n->op == TK_DEFINE) {
            bool pairs = n->list->len == n->list2->len;
            for (int i = 0; i < n->list->len; i++)
                note_assign(in, list_at(n->list, i), n, pairs ? list_at(n->list2, i) : NULL,
                            n->op == TK_DEFINE);
        }
        break;
    case N_VAR: {
        int nv = n->list2 ? n->list2->len : 0;
        for (int i = 0; i < n->list->len; i++) {
            Node *id = list_at(n->list, i);
            if (id->obj && nv == n->list->len) {
                VarInfo *v = var_info(in, id->obj, true);
                v->defined = true;
                v->value = list_at(n->list2, i);
            }
        }
        break;
    }
    case N_UNARY:
        if (n->op == TK_AND) {
            Node *x = unparen(n->x);
            while (x && (x->kind == N_SELECTOR || x->kind == N_INDEX) && x->x &&
                   !(x->kind == N_INDEX && x->x->ty && underlying(x->x->ty)->kind == TY_SLICE))
                x = unparen(x->x);
            if (x && x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR)
                var_info(in, x->obj, true)->reassigned = true;
        }
        break;
    case N_CALL: {
        /* x.M() with a pointer method on an addressable x takes &x */
        Node *f = unparen(n->x);
        if (f->kind == N_SELECTOR && f->obj && f->obj->decl && f->obj->decl->recv &&
            f->obj->decl->recv->type->kind == N_STAR && !f->dots) {
            Node *x = unparen(f->x);
            if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && !is_pointer(x->ty))
                var_info(in, x->obj, true)->reassigned = true;
        }
        break;
    }
    default:
        break;
    }
}

/* gc's bottomUpVisitor: Tarjan's algorithm over the functions a body
 * names (calls or not), a closure belonging to its enclosing function's
 * component. */
typedef struct SccVisit {
    Inl *in;
    int min;
} SccVisit;

static int scc_visit(Inl *in, Node *fn);

static void scc_edge(void *arg, Node *n)
{
    SccVisit *sv = arg;
    Node *target = NULL;
    if (n->kind == N_FUNCLIT)
        target = n;
    else if ((n->kind == N_IDENT || is_pkg_qualified(n)) && n->obj && n->obj->kind == OBJ_FUNC && n->obj->decl &&
             n->obj->decl->kind == N_FUNCDECL)
        target = n->obj->decl;
    else if (n->kind == N_SELECTOR && n->obj && n->obj->kind == OBJ_FUNC && n->obj->decl && !is_pkg_qualified(n))
        target = n->obj->decl;
    if (!target || func_index(sv->in, target) < 0)
        return;
    int m = scc_visit(sv->in, target);
    if (m < sv->min)
        sv->min = m;
}

/* gc's InlineCalls, as far as deciding goes: after a function, the
 * function literals its calls call (directly or through a local assigned
 * once) are decided, innermost call first, if they were not already. */
typedef struct CallSim {
    Hairy h;
    List *nocall;                          /* the calls of go and defer statements */
} CallSim;

static void sim_pre(void *arg, Node *n)
{
    CallSim *cs = arg;
    if (n->kind == N_GO || n->kind == N_DEFER)
        list_push(cs->nocall, unparen(n->x));
}

static void sim_post(void *arg, Node *n)
{
    CallSim *cs = arg;
    if (n->kind != N_CALL)
        return;
    for (int i = 0; i < cs->nocall->len; i++)
        if (list_at(cs->nocall, i) == n)
            return;
    Node *f = unparen(n->x);
    if (f->mode == MODE_TYPE || f->mode == MODE_BUILTIN)
        return;
    Node *d = static_func(f);
    if (d && is_intrinsic(f))
        return;
    callee_inl(&cs->h, f);
}

static void simulate_inline_calls(Inl *in, Node *fn)
{
    if (!fn->body)
        return;
    CallSim cs;
    memset(&cs, 0, sizeof cs);
    cs.h.in = in;
    cs.h.self = fn;
    cs.h.depth = fn->kind == N_FUNCLIT ? fn->iota : 1;
    cs.nocall = list_new();
    walk2(fn->body, sim_pre, sim_post, &cs, true);
}

static void analyze_component(Inl *in, List *block, bool recursive)
{
    int nonclosures = 0;
    for (int i = 0; i < block->len; i++)
        nonclosures += ((Node *)list_at(block, i))->kind != N_FUNCLIT;
    for (int i = 0; i < block->len; i++) {
        Node *fn = list_at(block, i);
        if (!recursive || nonclosures > 1) {
            decide(in, fn);
        } else {
            /* gc says so even of a closure it has just decided */
            InlInfo *inl = xalloc(sizeof *inl);
            inl->name = func_name(in, fn);
            inl->reason = "recursive";
            InlInfo *earlier = fn->inl;
            fn->inl = inl;
            print_line(in, fn);
            if (earlier)
                fn->inl = earlier;
        }
        simulate_inline_calls(in, fn);
        push_step(in, fn, NULL);           /* gc's InlineCalls(fn) */
    }
}

static int scc_visit(Inl *in, Node *fn)
{
    int idx = func_index(in, fn);
    intptr_t id = (intptr_t)list_at(in->ids, idx);
    if (id > 0)
        return (int)id;
    in->visitgen++;
    id = in->visitgen;
    in->ids->v[idx] = (void *)id;
    in->visitgen++;
    SccVisit sv = {in, in->visitgen};
    list_push(in->stack, fn);
    if (fn->kind == N_FUNCLIT)
        walk(fn->body, scc_edge, &sv, true);
    else if (fn->body)
        walk(fn->body, scc_edge, &sv, true);
    if ((sv.min == id || sv.min == id + 1) && fn->kind != N_FUNCLIT) {
        bool recursive = sv.min == id;
        int i;
        for (i = in->stack->len - 1; i >= 0; i--) {
            Node *x = list_at(in->stack, i);
            in->ids->v[func_index(in, x)] = (void *)(intptr_t)0x7fffffff;
            if (x == fn)
                break;
        }
        List *block = list_new();
        for (int k = i; k < in->stack->len; k++)
            list_push(block, list_at(in->stack, k));
        in->stack->len = i;
        analyze_component(in, block, recursive);
    }
    return sv.min;
}

/* A package-level closure is a root of its own (gc's glob..funcN). */
static void glob_root(Inl *in, Node *fn)
{
    int idx = func_index(in, fn);
    if ((intptr_t)list_at(in->ids, idx) > 0)
        return;
    in->visitgen++;
    intptr_t id = in->visitgen;
    in->ids->v[idx] = (void *)id;
    in->visitgen++;
    SccVisit sv = {in, in->visitgen};
    int base = in->stack->len;
    list_push(in->stack, fn);
    walk(fn->body, scc_edge, &sv, true);
    List *block = list_new();
    for (int k = base; k < in->stack->len; k++) {
        list_push(block, list_at(in->stack, k));
        in->ids->v[func_index(in, list_at(in->stack, k))] = (void *)(intptr_t)0x7fffffff;
    }
    in->stack->len = base;
    analyze_component(in, block, sv.min == id);
}

static void glob_visit(void *arg, Node *n)
{
    Namer *nm = arg;
    if (n->kind != N_FUNCLIT)
        return;
    nm->k++;
    const char *name = xprintf("glob..func%d", nm->k);
    list_push(nm->in->funcs, n);
    list_push(nm->in->names, (void *)name);
    name_closures(nm->in, n->body, name, true);
}

static void collect_roots_visit(void *arg, Node *n)
{
    List *roots = arg;
    if (n->kind == N_FUNCLIT)
        list_push(roots, n);
}

static void decide_package(Ctx *ctx, Package *pkg, bool report, List *order)
{
    Inl in = {0};
    in.ctx = ctx;
    in.pkg = pkg;
    in.report = report;
    in.funcs = list_new();
    in.names = list_new();
    in.order = order;
    in.ids = list_new();
    in.stack = list_new();
    /* names: declared functions, their closures, package-level closures */
    List *roots = list_new();
    Namer glob = {&in, "glob.", false, 0};
    int ninit = 0;
    for (int f = 0; f < pkg->files->len; f++) {
        SourceFile *sf = list_at(pkg->files, f);
        if (!sf->ast)
            continue;
        for (int i = 0; sf->ast->list2 && i < sf->ast->list2->len; i++) {
            Node *d = list_at(sf->ast->list2, i);
            if (d->kind == N_FUNCDECL) {
                const char *name = d->name;
                if (d->recv && d->recv->type) {
                    Node *rt = d->recv->type;
                    bool star = rt->kind == N_STAR;
                    Node *tn = star ? rt->x : rt;
                    const char *tname = tn->kind == N_IDENT ? tn->name : expr_string(tn);
                    name = strcmp(d->name, "_") == 0 ? "_" : xprintf(star ? "(*%s).%s" : "%s.%s", tname, d->name);
                } else if (strcmp(d->name, "init") == 0) {
                    name = xprintf("init.%d", ninit++);
                }
                list_push(in.funcs, d);
                list_push(in.names, (void *)name);
                list_push(roots, d);
                if (d->body)
                    name_closures(&in, d->body, name, false);
            } else if (d->kind == N_VAR) {
                int before = in.funcs->len;
                for (int k = 0; d->list2 && k < d->list2->len; k++)
                    walk(list_at(d->list2, k), glob_visit, &glob, false);
                for (int k = 0; d->list2 && k < d->list2->len; k++)
                    walk(list_at(d->list2, k), collect_roots_visit, roots, false);
                (void)before;
            }
        }
    }
    for (int i = 0; i < in.funcs->len; i++)
        list_push(in.ids, (void *)(intptr_t)0);
    for (int i = 0; i < in.funcs->len; i++) {
        Node *fn = list_at(in.funcs, i);
        if (fn->body)
            walk(fn->body, vars_visit, &in, true);
    }
    for (int i = 0; i < roots->len; i++) {
        Node *fn = list_at(roots, i);
        if (fn->kind == N_FUNCLIT)
            glob_root(&in, fn);
        else
            scc_visit(&in, fn);
    }
    /* closures in code gc's deadcode pass removes: decided, not reported */
    in.report = false;
    for (int i = 0; i < in.funcs->len; i++) {
        Node *fn = list_at(in.funcs, i);
        if (!fn->inl)
            decide(&in, fn);
    }
}

List *inline_decide(Ctx *ctx)
{
    List *order = list_new();
    for (int p = 0; p < ctx->packages->len; p++) {
        Package *pkg = list_at(ctx->packages, p);
        decide_package(ctx, pkg, p == ctx->packages->len - 1, order);
    }
    return order;
}
