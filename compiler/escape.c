/*
 * escape.c — escape analysis: stack or heap for every variable and
 * allocation site, decided as gc decides it (cmd/compile/internal/escape).
 *
 * The analysis builds a graph whose nodes are *locations*: each variable,
 * each allocation site of the IR (new, &T{...}, slice and map literals,
 * make, closures, method values, conversions to interfaces, string
 * conversions and concatenations) and a few temporaries. An edge dst <- src
 * carries a dereference count: `p = &x` is -1, `p = q` is 0, `p = *q` is 1.
 * Walking the graph backwards from every location (Bellman-Ford, counts
 * clamped at 0) finds which addresses flow where; an address that reaches
 * a location that outlives it (the heap, a result, a variable of an outer
 * loop or of an enclosing function) forces the location to the heap, which
 * makes it a new root.
 *
 * Functions are analysed bottom-up over the call graph's strongly connected
 * components, a function together with its closures. What a function does
 * with each parameter is summarised in a *leak tag* (to the heap, to its
 * n-th result, after how many dereferences) that its callers use instead of
 * its body; calls through func values and interfaces send their arguments
 * to the heap. The -m reports are gc's words at gc's positions.
 *
 * Hands on: IrVar.escapes, on_heap, in_cell and by_value, and
 * IrNode.on_stack for allocation sites, which the emitter obeys. With -N
 * the reports are the same but every allocation goes to the heap.
 */
#include "gosub.h"
#include "parse.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum {
    MAX_RESULT_TAGS = 7,                    /* leaks to later results count as the heap */
    MAX_STACK_VAR_SIZE = 10 << 20,          /* a declared variable (gc's MaxStackVarSize) */
    MAX_IMPLICIT_STACK_SIZE = 64 << 10,     /* new, &T{}, make (MaxImplicitStackVarSize) */
    MAX_BYVALUE_CAPTURE = 128,              /* larger captured variables are shared */
};

/* A leak tag: for the heap and each of the first results, the fewest
 * dereferences after which the parameter's value reaches it, plus one;
 * 0 means it never does. */
typedef struct Leaks {
    uint8_t to[1 + MAX_RESULT_TAGS];        /* [0] the heap, [1+i] result i */
} Leaks;

static int leak_derefs(const Leaks *l, int sink)
{
    return (int)l->to[sink] - 1;
}

static void leak_add(Leaks *l, int sink, int derefs)
{
    int old = leak_derefs(l, sink);
    if (old < 0 || derefs < old)
        l->to[sink] = (uint8_t)(derefs + 1 > 255 ? 255 : derefs + 1);
}

static bool leaks_empty(const Leaks *l)
{
    for (int i = 0; i <= MAX_RESULT_TAGS; i++)
        if (l->to[i])
            return false;
    return true;
}

/* With a path to the heap, equal or longer paths to results add nothing. */
static void leaks_optimize(Leaks *l)
{
    int heap = leak_derefs(l, 0);
    if (heap < 0)
        return;
    for (int i = 1; i <= MAX_RESULT_TAGS; i++)
        if (leak_derefs(l, i) >= heap)
            l->to[i] = 0;
}

/* Why a value flows (-m=2's "from X (why) at POS"), innermost first. */
typedef struct FlowNote {
    IrNode *where;
    Pos pos;
    const char *why;
    struct FlowNote *next;
} FlowNote;

typedef struct Location Location;

typedef struct Edge {
    Location *src;
    int derefs;
    FlowNote *notes;
} Edge;

struct Location {
    IrVar *var;                            /* a variable, or */
    IrNode *site;                          /* an allocation site, or neither: a temporary */
    const char *name;                      /* an unnamed result: ~r0, ... */
    IrFunc *fn;                            /* where it lives */
    int loop_depth;                        /* of its declaration */
    List *edges;                           /* Edge*: what flows into it */
    Location **parts;                      /* a multi-result temporary: one per result */
    int nparts;
    bool escapes;                          /* must be on the heap */
    bool transient;                        /* its address flows only to transient places */
    bool captured, reassigned, addrtaken;  /* for capture by value or by reference */
    bool is_param;
    int result_index;                      /* a result parameter: 1 + its index */
    Leaks param_esc;                       /* a parameter: where its value goes */
    /* the solver's state during one walk */
    unsigned walkgen;
    int derefs;
    Location *dst;
    int dst_edge;
    bool queued;
    int id;                                /* creation order, for -dump=escape */
};

/* Where a value goes: "dst = *...*value" with derefs stars (-1: &value). */
typedef struct Hole {
    Location *dst;
    int derefs;
    bool addrtaken;
    FlowNote *notes;
} Hole;

/* What the analysis keeps per function (IrFunc.esc). */
typedef struct FuncEsc {
    Leaks *tags;                           /* per parameter, once tagged */
    bool tagged;
    bool in_batch;                         /* being analysed now: calls flow directly */
    bool closure_called;                   /* a literal called where it is written */
    Location **results;                    /* during its batch: a location per result */
    int nresults;
    List *family;                          /* a root: itself and its closures, in order */
    int scc_index, scc_low;                /* Tarjan's algorithm */
    bool scc_on_stack;
} FuncEsc;

typedef struct Analysis {
    Ctx *ctx;
    Program *prog;
    List *roots;                           /* IrFunc*: functions that are not closures */
    int scc_counter;
    List *scc_stack;
    FILE *report;                          /* stderr */
    bool dump;                             /* -dump=escape */
} Analysis;

typedef struct Batch {
    Analysis *an;
    List *fns;                             /* IrFunc*: the component, closures included */
    List *locs;                            /* Location*, in creation order */
    Location heap, blank;
    List *closures;                        /* ClosureFlow* */
    int nlocs;
} Batch;

typedef struct ClosureFlow {
    Hole k;
    IrNode *clo;
} ClosureFlow;

typedef struct Walker {
    Batch *b;
    IrFunc *fn;
    int loop_depth;
    List *looping;                         /* IR labels a later goto jumps back to */
} Walker;

static FuncEsc *fesc(IrFunc *f)
{
    if (!f->esc)
        f->esc = xalloc(sizeof(FuncEsc));
    return f->esc;
}

static bool is_interface(Type *t)
{
    return t && underlying(t)->kind == TY_INTERFACE;
}

static IrVar *canonical(IrVar *v)
{
    while (v->capture_of)
        v = v->capture_of;
    return v;
}

/* Whether c is a closure written inside f (at any depth). */
static bool contains_closure(IrFunc *f, IrFunc *c)
{
    if (!f || !c || f == c)
        return false;
    for (IrFunc *o = c->outer; o; o = o->outer)
        if (o == f)
            return true;
    return false;
}

/* Reports are for the package being compiled, not for the standard
 * packages gosub compiles along with it. */
static bool reportable(Analysis *an, Pos pos)
{
    if (an->ctx->m_level == 0 || pos.line <= 0 || pos.file < 0 || pos.file >= an->ctx->files->len)
        return false;
    SourceFile *sf = list_at(an->ctx->files, pos.file);
    return sf->pkg && !sf->pkg->is_std;
}

static void report(Analysis *an, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void report(Analysis *an, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(an->report, "%s: ", pos_string(an->ctx, pos));
    vfprintf(an->report, fmt, ap);
    fputc('\n', an->report);
    va_end(ap);
}

/* ---------------------------------------------------------------- locations and holes */

static const char *site_string(IrNode *n);
static const char *result_name(IrFunc *fn, int i);

static Location *new_loc(Walker *w, IrVar *var, IrNode *site, bool transient);

static Hole hole_of(Location *l)
{
    return (Hole){l, 0, false, NULL};
}

static Hole note(Walker *w, Hole k, IrNode *where, Pos pos, const char *why)
{
    if (w->b->an->ctx->m_level >= 2 && k.dst != &w->b->blank) {
        FlowNote *n = xalloc(sizeof *n);
        n->where = where;
        n->pos = pos;
        n->why = why;
        n->next = k.notes;
        k.notes = n;
    }
    return k;
}

static Hole shift(Hole k, int delta)
{
    k.derefs += delta;
    k.addrtaken = delta < 0;
    return k;
}

static Hole addr_of(Walker *w, Hole k, IrNode *where, const char *why)
{
    return note(w, shift(k, -1), where, where ? where->pos : (Pos){0}, why);
}

static Hole deref_of(Walker *w, Hole k, IrNode *where, const char *why)
{
    return note(w, shift(k, 1), where, where ? where->pos : (Pos){0}, why);
}

static Hole noted(Walker *w, Hole k, IrNode *where, const char *why)
{
    return note(w, k, where, where ? where->pos : (Pos){0}, why);
}

static Hole heap_hole(Walker *w)
{
    return hole_of(&w->b->heap);
}

static Hole discard_hole(Walker *w)
{
    return hole_of(&w->b->blank);
}

/* A type assertion to a type stored indirectly reads through the data word. */
static Hole dot_type(Walker *w, Hole k, Type *t, IrNode *where, const char *why)
{
    if (!is_interface(t) && !type_is_direct_iface(t))
        k = shift(k, 1);
    return noted(w, k, where, why);
}

/* -m=2: how a location is named in the flow explanations. */
static const char *loc_string(Batch *b, Location *l)
{
    if (l == &b->heap)
        return "{heap}";
    if (l->var)
        return l->var->name;
    if (l->site)
        return xprintf("{storage for %s}", site_string(l->site));
    return l->name ? l->name : "{temp}";
}

/* -m=2: the code a flow note points at. */
static const char *where_string(IrNode *n)
{
    if (!n)
        return "?";
    if (n->inlined && n->y->op == IR_VAR)
        return n->y->var->name;
    if (n->op == IR_ASSIGN && n->name)
        return n->name;                    /* made by the inliner: its own text */
    if (n->orig)
        return gc_stmt_string(n->orig);
    if (n->op == IR_ADDR && n->x->op == IR_VAR)
        return canonical(n->x->var)->name;  /* a captured variable */
    if (n->op == IR_TOIFACE || (n->op == IR_COMPLIT && n->name))
        return site_string(n);
    if (n->op == IR_VAR)
        return n->var->name;
    return "?";
}

static Pos loc_pos(Location *l)
{
    return l->var ? l->var->pos : l->site ? l->site->pos : (Pos){0};
}

static void explain_flow(Batch *b, Pos pos, Location *dst, Location *src, int derefs, FlowNote *notes)
{
    Analysis *an = b->an;
    char ops[64] = "&";
    if (derefs >= 0) {
        int n = derefs < 63 ? derefs : 63;
        memset(ops, '*', (size_t)n);
        ops[n] = 0;
    }
    report(an, pos, "  flow: %s = %s%s:", loc_string(b, dst), ops, loc_string(b, src));
    for (FlowNote *n = notes; n; n = n->next)
        report(an, pos, "    from %s (%s) at %s", where_string(n->where), n->why,
               pos_string(an->ctx, n->pos));
}

/* dst <- src through hole k. */
static void flow(Batch *b, Hole k, Location *src)
{
    if (k.addrtaken)
        src->addrtaken = true;
    Location *dst = k.dst;
    if (dst == &b->blank)
        return;
    if (dst == src && k.derefs >= 0)       /* x = x, x = *x: nothing new */
        return;
    if (dst->escapes && k.derefs < 0) {    /* the heap takes src's address */
        Pos pos = loc_pos(src);
        if (b->an->ctx->m_level >= 2 && reportable(b->an, pos) && !src->escapes) {
            report(b->an, pos, "%s escapes to heap:", src->var ? src->var->name : site_string(src->site));
            explain_flow(b, pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        return;
    }
    Edge *e = xalloc(sizeof *e);
    e->src = src;
    e->derefs = k.derefs;
    e->notes = k.notes;
    list_push(dst->edges, e);
}

/* One hole feeding several: a temporary that flows to each of them. */
static Hole tee_hole(Walker *w, Hole *ks, int n)
{
    if (n == 0)
        return discard_hole(w);
    if (n == 1)
        return ks[0];
    Location *tmp = new_loc(w, NULL, NULL, true);
    for (int i = 0; i < n; i++)
        flow(w->b, ks[i], tmp);
    return hole_of(tmp);
}

/* An allocation site: its storage gets a location whose address flows to k. */
static Hole spill(Walker *w, Hole k, IrNode *site)
{
    Location *l = new_loc(w, NULL, site, true);
    flow(w->b, addr_of(w, k, site, "spill"), l);
    return hole_of(l);
}

/* Storage that must last until the function returns (a deferred call's). */
static Hole later(Walker *w, Hole k)
{
    Location *l = new_loc(w, NULL, NULL, false);
    flow(w->b, k, l);
    return hole_of(l);
}

static bool is_small_int_const(IrNode *n)
{
    if (!n || n->op != IR_CONST || !n->cval || n->cval->kind != CV_INT)
        return false;
    int64_t v;
    return const_int64_val(n->cval, &v) && v >= INT32_MIN && v <= INT32_MAX;
}

/* gc's HeapAllocReason: what must be on the heap whatever flows. */
static const char *heap_alloc_reason(IrVar *var, IrNode *site)
{
    if (var) {
        if (var->is_param || var->type->kind == TY_TUPLE)
            return NULL;
        return type_size(var->type) > MAX_STACK_VAR_SIZE ? "too large for stack" : NULL;
    }
    switch (site->op) {
    case IR_NEW:
        return type_size(underlying(site->type)->elem) > MAX_IMPLICIT_STACK_SIZE ? "too large for stack" : NULL;
    case IR_MAKESLICE: {
        IrNode *size = site->y ? site->y : site->x;
        int64_t elem = type_size(underlying(site->type)->elem);
        if (!is_small_int_const(size))
            return "non-constant size";
        if (elem != 0 && const_int64(size->cval) > MAX_IMPLICIT_STACK_SIZE / elem)
            return "too large for stack";
        return NULL;
    }
    case IR_CLOSURE:
        return 8 * (1 + (int64_t)site->func->captures->len) > MAX_IMPLICIT_STACK_SIZE ? "too large for stack" : NULL;
    default:
        return NULL;
    }
}

static Location *new_loc(Walker *w, IrVar *var, IrNode *site, bool transient)
{
    Batch *b = w->b;
    Location *l = xalloc(sizeof *l);
    l->var = var;
    l->site = site;
    l->fn = w->fn;
    l->loop_depth = w->loop_depth;
    l->transient = transient;
    l->edges = list_new();
    l->id = ++b->nlocs;
    list_push(b->locs, l);
    if (var)
        var->esc = l;
    if (site)
        site->esc = l;
    if (site && site->static_data)         /* gc's static data: a global (ir.c) */
        l->escapes = true;
    const char *why = var || site ? heap_alloc_reason(var, site) : NULL;
    if (why) {
        Hole k = note(w, shift(heap_hole(w), -1), site, site ? site->pos : var->pos, why);
        flow(b, k, l);
    }
    return l;
}

static Location *var_loc(Walker *w, IrVar *v)
{
    v = canonical(v);
    if (!v->esc)                           /* declared by code the batch did not plan for */
        new_loc(w, v, NULL, false);
    return v->esc;
}

/* ---------------------------------------------------------------- expressions */

static void expr(Walker *w, Hole k, IrNode *n);
static void stmt(Walker *w, IrNode *n);
static void assign(Walker *w, IrNode *n);
static void call(Walker *w, Hole *ks, int nks, IrNode *n);
static void walk_func(Batch *b, IrFunc *f);

static void discard(Walker *w, IrNode *n)
{
    expr(w, discard_hole(w), n);
}

static bool is_call(IrNode *n)
{
    return n && (n->op == IR_CALL || n->op == IR_IFACECALL || n->op == IR_RTCALL || n->op == IR_APPEND ||
                 n->op == IR_COPY);
}

/* unsafe.Pointer(uintptr(unsafe.Pointer(p)) + off) still points into p's object. */
static void unsafe_value(Walker *w, Hole k, IrNode *n)
{
    if (!n)
        return;
    switch (n->op) {
    case IR_CONVERT:
        if (underlying(n->x->type)->kind == TY_UNSAFEPTR)
            expr(w, k, n->x);
        else
            discard(w, n->x);
        return;
    case IR_BINARY:
        unsafe_value(w, k, n->x);
        unsafe_value(w, k, n->y);
        return;
    case IR_UNARY:
        unsafe_value(w, k, n->x);
        return;
    default:
        discard(w, n);
        return;
    }
}

/* A function value made here: a literal, a method value, a deferred call's
 * thunk. Its captured variables flow into it once the batch knows how each
 * is captured (flow_closures); its body is walked now, as its own function. */
static void closure(Walker *w, Hole k, IrNode *n)
{
    IrFunc *fn = n->func;
    if (fn->is_wrapper && fn->captures->len == 0 && !n->y)
        return;                            /* a method expression T.M: a static function */
    Hole ck = spill(w, k, n);
    if (n->y)                              /* a method value's receiver, evaluated now */
        stmt(w, n->y);
    ClosureFlow *cf = xalloc(sizeof *cf);
    cf->k = ck;
    cf->clo = n;
    list_push(w->b->closures, cf);
    for (int i = 0; i < n->args->len; i++) {
        IrNode *a = list_at(n->args, i);
        Location *l = var_loc(w, a->x->var);
        if (!l->captured) {
            l->captured = true;
            /* assignments in straight-line code before the first capture
               are the variable's initialisation */
            if (l->loop_depth == w->loop_depth)
                l->reassigned = false;
        }
    }
    walk_func(w->b, fn);
}

static void expr(Walker *w, Hole k, IrNode *n)
{
    if (!n)
        return;
    if (k.derefs >= 0 && n->type && n->type->kind != TY_TUPLE && !type_has_pointers(n->type))
        k.dst = &w->b->blank;
    switch (n->op) {
    case IR_CONST: case IR_FUNC: case IR_FUNCVAL: case IR_RECOVER:
        return;
    case IR_VAR: {
        IrVar *v = canonical(n->var);
        if (v->is_global)
            return;
        if (v->pending) {                  /* a hoisted call: walked where Go evaluates it */
            IrNode *def = v->pending;
            v->pending = NULL;
            assign(w, def);
        }
        Location *l = var_loc(w, v);
        flow(w->b, k, l);
        for (int i = 0; i < l->nparts; i++)   /* a multi-result value: each result too */
            flow(w->b, k, l->parts[i]);
        return;
    }
    case IR_UNARY: case IR_LEN: case IR_CAP: case IR_REAL: case IR_TYPETEST:
        discard(w, n->x);
        return;
    case IR_BINARY: case IR_STRINDEX: case IR_COMPLEX: case IR_MAPINDEX:
        discard(w, n->x);
        discard(w, n->y);
        return;
    case IR_CONVERT: {
        Type *to = underlying(n->type), *from = underlying(n->x->type);
        bool string_conv = (type_is_string(to) && (from->kind == TY_SLICE || type_is_integer(from))) ||
                           (to->kind == TY_SLICE && type_is_string(from));
        if (string_conv) {
            if (n->orig)                   /* not append(b, s...) or copy(b, s): they read s in place */
                spill(w, k, n);
            discard(w, n->x);
            return;
        }
        if (to->kind == TY_UNSAFEPTR && from->kind == TY_UINTPTR) {
            unsafe_value(w, k, n->x);
            return;
        }
        expr(w, k, n->x);
        return;
    }
    case IR_TOIFACE:
        if (!is_interface(n->x->type) && !type_is_direct_iface(n->x->type))
            k = spill(w, k, n);
        expr(w, noted(w, k, n, "interface-converted"), n->x);
        return;
    case IR_IFACE_TO_EFACE:
        expr(w, k, n->x);
        return;
    case IR_CONCAT:
        if (n->orig && n->orig->kind == N_BINARY)
            spill(w, k, n);
        for (int i = 0; i < n->args->len; i++)
            discard(w, list_at(n->args, i));
        return;
    case IR_CALL: case IR_IFACECALL: case IR_RTCALL: case IR_APPEND: case IR_COPY:
        call(w, &k, 1, n);
        return;
    case IR_ADDR:
        if (n->x->op == IR_MAPSLOT) {      /* a pointer into the map's storage: the key is put */
            discard(w, n->x->x);
            expr(w, noted(w, heap_hole(w), n, "key of map put"), n->x->y);
            return;
        }
        expr(w, addr_of(w, k, n, "address-of"), n->x);
        return;
    case IR_DEREF:
        expr(w, deref_of(w, k, n, "indirection"), n->x);
        return;
    case IR_FIELD:
        if (n->x->op == IR_DEREF && (!n->x->orig || n->x->orig->kind != N_STAR))
            expr(w, deref_of(w, k, n, "dot of pointer"), n->x->x);
        else
            expr(w, noted(w, k, n, "dot"), n->x);
        return;
    case IR_INDEX:
        if (underlying(n->x->type)->kind == TY_ARRAY)
            expr(w, noted(w, k, n, "fixed-array-index-of"), n->x);
        else
            expr(w, deref_of(w, k, n, "dot of pointer"), n->x);
        discard(w, n->y);
        return;
    case IR_SLICE:
        expr(w, noted(w, k, n, "slice"), n->x);
        for (int i = 0; i < n->args->len; i++)
            discard(w, list_at(n->args, i));
        return;
    case IR_NEW: {
        Hole s = spill(w, k, n);
        expr(w, s, n->x);
        return;
    }
    case IR_COMPLIT: {
        Type *u = underlying(n->type);
        if (u->kind == TY_MAP) {
            spill(w, k, n);
            for (int i = 0; i < n->args->len; i++) {
                IrNode *e = list_at(n->args, i);
                expr(w, noted(w, heap_hole(w), n, "map literal key"), e->y);
                expr(w, noted(w, heap_hole(w), n, "map literal value"), e->x);
            }
            return;
        }
        const char *why = "struct literal element";
        if (u->kind == TY_SLICE) {
            k = spill(w, k, n);
            why = "slice-literal-element";
        } else if (u->kind == TY_ARRAY) {
            why = "array literal element";
        }
        for (int i = 0; i < n->args->len; i++) {
            IrNode *e = list_at(n->args, i);
            expr(w, noted(w, k, n, why), e->x);
        }
        return;
    }
    case IR_MAKESLICE:
        spill(w, k, n);
        discard(w, n->x);
        discard(w, n->y);
        return;
    case IR_MAKEMAP:
        spill(w, k, n);
        discard(w, n->x);
        return;
    case IR_TUPLEGET: {
        Location *t = var_loc(w, n->x->var);
        if (n->label < t->nparts)
            flow(w->b, k, t->parts[n->label]);
        return;
    }
    case IR_TYPEASSERT:
        expr(w, dot_type(w, k, n->type, n, "dot"), n->x);
        return;
    case IR_SEQ:
        stmt(w, n->x);
        expr(w, k, n->y);
        return;
    case IR_UNSAFE_ADD: case IR_UNSAFE_SLICE:
        expr(w, k, n->x);
        discard(w, n->y);
        return;
    case IR_CLOSURE:
        closure(w, k, n);
        return;
    case IR_EXPR:
        expr(w, k, n->x);
        return;
    case IR_MAPDELETE:
        discard(w, n->x);
        discard(w, n->y);
        return;
    case IR_RECV: case IR_MAKECHAN:       /* a received value comes from the heap; */
        discard(w, n->x);                  /* channels are always on the heap (gc) */
        return;
    case IR_SELECT:
        for (int i = 0; i < n->args->len; i++) {
            IrNode *c = list_at(n->args, i);
            discard(w, c->x);
            if (c->label)
                expr(w, noted(w, heap_hole(w), n, "send"), c->y);
        }
        return;
    default:
        stmt(w, n);
        return;
    }
}

/* Where a call's argument for parameter i goes: into the parameter itself
 * when the callee is analysed with the caller, else as the callee's tag says. */
static Hole tag_hole(Walker *w, Hole *ks, int nks, IrFunc *fn, int i)
{
    if (!fn)
        return heap_hole(w);
    FuncEsc *fe = fesc(fn);
    if (fe->in_batch) {
        IrVar *p = i < fn->params->len ? list_at(fn->params, i) : NULL;
        if (!p || strcmp(p->name, "_") == 0)
            return discard_hole(w);
        return hole_of(var_loc(w, p));
    }
    if (!fe->tagged || !fe->tags || i >= fn->params->len)
        return heap_hole(w);
    Leaks *tag = &fe->tags[i];
    Hole holes[1 + MAX_RESULT_TAGS];
    int n = 0;
    int x = leak_derefs(tag, 0);
    if (x >= 0)
        holes[n++] = shift(heap_hole(w), x);
    for (int r = 0; r < MAX_RESULT_TAGS && r < nks; r++) {
        x = leak_derefs(tag, 1 + r);
        if (x >= 0)
            holes[n++] = shift(ks[r], x);
    }
    return tee_hole(w, holes, n);
}

/* The function a call surely calls: a declared function, a literal called
 * where it is written, or a local variable assigned once, never changed,
 * holding one of those (gc's ir.StaticValue). */
static IrFunc *static_callee(Walker *w, IrNode *callee, bool *literal)
{
    *literal = false;
    bool via_temp = true;
    for (int hops = 0; callee && hops < 8; hops++) {
        switch (callee->op) {
        case IR_FUNC: case IR_FUNCVAL:
            return callee->func;
        case IR_CLOSURE:
            if (callee->func->is_wrapper)  /* (*T).M: the method itself */
                return callee->func->captures->len == 0 && !callee->y ? callee->func->forwards_to : NULL;
            *literal = via_temp;           /* func(){...}(), also when deferred */
            return callee->func;
        case IR_VAR: {
            IrVar *v = canonical(callee->var);
            Location *l = v->esc;
            if (v->is_global || v->is_param || !l || l->addrtaken || v->nassigns != 1 || !v->static_value)
                return NULL;
            callee = v->static_value;
            via_temp = via_temp && v->is_temp;
            continue;
        }
        default:
            return NULL;
        }
    }
    (void)w;
    return NULL;
}

/* gc's devirtualize pass: i.M() where i surely holds a T (a local assigned
 * once, from a T) calls T's M; reports say so. Returns the method and sets
 * *recv to where i goes, or returns NULL for a call through the table. */
static IrFunc *devirtualize(Walker *w, IrNode *n, Hole *ks, int nks, Hole *recv)
{
    if (n->x->op != IR_VAR)
        return NULL;
    IrVar *v = canonical(n->x->var);
    IrNode *value = v->nassigns == 1 && !v->is_global && !v->is_param ? v->static_value : NULL;
    Location *l = v->esc;
    if (!value || !l || l->addrtaken || value->op != IR_TOIFACE || is_interface(value->x->type))
        return NULL;
    Type *t = value->x->type;
    Selection sel;
    memset(&sel, 0, sizeof sel);
    if (!lookup_selector(t, n->name, &sel) || sel.ambiguous)
        return NULL;
    Analysis *an = w->b->an;
    const char *what = n->orig && n->orig->kind == N_CALL ? gc_expr_string(n->orig->x) : n->name;
    if (sel.imethod) {                     /* promoted from an embedded interface */
        if (reportable(an, n->pos))
            report(an, n->pos, "partially devirtualizing %s to %s", what, gc_type_string(t));
        *recv = dot_type(w, heap_hole(w), t, n, "dot");
        return NULL;
    }
    if (!sel.method || !sel.method->ir || (sel.path && sel.path->len))
        return NULL;
    if (reportable(an, n->pos))
        report(an, n->pos, "devirtualizing %s to %s", what, gc_type_string(t));
    IrFunc *fn = sel.method->ir;
    Hole k = tag_hole(w, ks, nks, fn, 0);
    bool ptr_method = sel.method->decl && sel.method->decl->recv && sel.method->decl->recv->type->kind == N_STAR;
    if (!ptr_method && underlying(t)->kind == TY_POINTER)
        k = shift(k, 1);                   /* a value method called through the pointer */
    *recv = dot_type(w, k, t, n, "dot");
    return fn;
}

static void call(Walker *w, Hole *ks, int nks, IrNode *n)
{
    Batch *b = w->b;
    switch (n->op) {
    case IR_CALL: {
        bool literal;
        IrFunc *fn = static_callee(w, n->x, &literal);
        if (literal)
            fesc(fn)->closure_called = true;
        if (fn && fesc(fn)->in_batch && ks) {
            FuncEsc *fe = fesc(fn);
            for (int i = 0; i < nks && i < fe->nresults; i++)
                flow(b, ks[i], fe->results[i]);
        }
        if (n->x->op != IR_FUNC)
            expr(w, discard_hole(w), n->x);
        for (int i = 0; i < n->args->len; i++)
            expr(w, noted(w, tag_hole(w, ks, nks, fn, i), n, "call parameter"), list_at(n->args, i));
        return;
    }
    case IR_IFACECALL: {
        Hole recv = heap_hole(w);
        IrFunc *fn = devirtualize(w, n, ks, nks, &recv);
        expr(w, noted(w, recv, n, "call parameter"), n->x);
        for (int i = 0; i < n->args->len; i++)
            expr(w, noted(w, tag_hole(w, ks, nks, fn, fn ? i + 1 : i), n, "call parameter"), list_at(n->args, i));
        return;
    }
    case IR_RTCALL: {
        bool to_heap = strcmp(n->name, "gosub_panic") == 0;
        for (int i = 0; i < n->args->len; i++)
            expr(w, to_heap ? noted(w, heap_hole(w), n, "call parameter") : discard_hole(w), list_at(n->args, i));
        return;
    }
    case IR_APPEND: {
        IrNode *s = list_at(n->args, 0);
        Hole appendee = ks ? ks[0] : discard_hole(w);
        if (type_has_pointers(underlying(s->type)->elem)) {
            Hole both[2] = {appendee, deref_of(w, heap_hole(w), n, "appendee slice")};
            appendee = tee_hole(w, both, 2);
        }
        expr(w, noted(w, appendee, n, "call parameter"), s);
        if (n->label == 1) {
            IrNode *more = list_at(n->args, 1);
            Hole k = discard_hole(w);
            if (underlying(more->type)->kind == TY_SLICE && type_has_pointers(underlying(more->type)->elem))
                k = deref_of(w, heap_hole(w), n, "appended slice...");
            expr(w, k, more);
        } else {
            for (int i = 1; i < n->args->len; i++)
                expr(w, noted(w, heap_hole(w), n, "call parameter"), list_at(n->args, i));
        }
        return;
    }
    case IR_COPY: {
        discard(w, n->x);
        Hole k = discard_hole(w);
        if (underlying(n->y->type)->kind == TY_SLICE && type_has_pointers(underlying(n->y->type)->elem))
            k = deref_of(w, heap_hole(w), n, "copied slice");
        expr(w, k, n->y);
        return;
    }
    default:
        expr(w, ks ? ks[0] : discard_hole(w), n);
        return;
    }
}

/* ---------------------------------------------------------------- statements */

/* Where an assignment to dst stores (gc's escape.addr). */
static Hole dest_hole(Walker *w, IrNode *dst)
{
    if (!dst)
        return discard_hole(w);
    switch (dst->op) {
    case IR_VAR: {
        IrVar *v = canonical(dst->var);
        return v->is_global ? heap_hole(w) : hole_of(var_loc(w, v));
    }
    case IR_FIELD:
        if (dst->x->op == IR_DEREF) {
            discard(w, dst->x->x);
            return heap_hole(w);
        }
        return dest_hole(w, dst->x);
    case IR_INDEX:
        discard(w, dst->y);
        if (underlying(dst->x->type)->kind == TY_ARRAY)
            return dest_hole(w, dst->x);
        discard(w, dst->x);
        return heap_hole(w);
    case IR_DEREF:
        discard(w, dst->x);
        return heap_hole(w);
    case IR_MAPSLOT:
        discard(w, dst->x);
        expr(w, noted(w, heap_hole(w), dst, "key of map put"), dst->y);
        return heap_hole(w);
    default:
        discard(w, dst);
        return heap_hole(w);
    }
}

/* The base variable of a field or element path, when it is side-effect free. */
static bool same_safe_expr(IrNode *a, IrNode *b)
{
    if (!a || !b || a->op != b->op)
        return false;
    switch (a->op) {
    case IR_VAR:
        return canonical(a->var) == canonical(b->var);
    case IR_FIELD:
        return a->label == b->label && same_safe_expr(a->x, b->x);
    case IR_DEREF:
        return same_safe_expr(a->x, b->x);
    case IR_INDEX:
        return same_safe_expr(a->x, b->x) && same_safe_expr(a->y, b->y);
    case IR_CONST:
        return a->cval && b->cval && a->cval->kind == CV_INT && b->cval->kind == CV_INT &&
               const_int64(a->cval) == const_int64(b->cval);
    default:
        return false;
    }
}

static bool may_affect_memory(IrNode *n)
{
    switch (n->op) {
    case IR_VAR:
        return n->var->is_temp;            /* the result of a call hoisted before the statement */
    case IR_CONST:
        return false;
    case IR_BINARY: case IR_INDEX:
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case IR_UNARY: case IR_CONVERT: case IR_LEN: case IR_CAP: case IR_FIELD: case IR_DEREF:
        return may_affect_memory(n->x);
    default:
        return true;
    }
}

/* The variable whose object dst or a slice's base reaches through a
 * pointer: p in *p and p.f (gc's ODEREF and ODOTPTR of a name). */
static IrVar *deref_base(IrNode *n)
{
    if (n->op == IR_FIELD)
        n = n->x;
    if (n->op != IR_DEREF || n->x->op != IR_VAR)
        return NULL;
    return canonical(n->x->var);
}

/* Assignments that store nothing new (gc's isSelfAssign): b.buf = b.buf[i:j]
 * through the same pointer, val.x = val.y, val.x[i] = val.y[j]. */
static bool is_self_assign(IrNode *dst, IrNode *src)
{
    if (!dst || !src)
        return false;
    if (src->op == IR_SLICE && src->x->op != IR_ADDR) {
        IrVar *d = deref_base(dst), *s = deref_base(src->x);
        if (d && d == s && (dst->op == IR_DEREF || dst->x->op == IR_DEREF))
            return true;
    }
    if (dst->op != src->op)
        return false;
    if (dst->op == IR_FIELD)
        return same_safe_expr(dst->x, src->x);
    if (dst->op == IR_INDEX)
        return !may_affect_memory(dst->y) && !may_affect_memory(src->y) && same_safe_expr(dst->x, src->x);
    return false;
}

static void mark_reassigned(Walker *w, Hole k)
{
    if (k.dst != &w->b->blank && k.dst != &w->b->heap)
        k.dst->reassigned = true;
}

static void assign(Walker *w, IrNode *n)
{
    IrNode *dst = n->x, *src = n->y;
    /* a temporary holding a call's value for Go's evaluation order: gc's
       escape analysis runs before it makes those, so it lives where the
       statement does (an inlined call in a loop keeps its result there) */
    if (n->hoisted && n->defines && dst->op == IR_VAR && dst->var->is_temp)
        var_loc(w, dst->var)->loop_depth = w->loop_depth;
    if (dst->op == IR_VAR && dst->var->type && dst->var->type->kind == TY_TUPLE) {
        /* a multi-result value, into a location per result */
        Location *t = var_loc(w, dst->var);
        Hole ks[64];
        int nks = t->nparts < 64 ? t->nparts : 64;
        for (int i = 0; i < nks; i++)
            ks[i] = noted(w, hole_of(t->parts[i]), n, "assign-pair");
        while (src->op == IR_SEQ) {
            stmt(w, src->x);
            src = src->y;
        }
        if (is_call(src))
            call(w, ks, nks, src);
        else if (src->op == IR_TYPEASSERT && nks > 0)
            expr(w, dot_type(w, ks[0], ((Field *)list_at(src->type->fields, 0))->type, n, "assign-pair-dot-type"),
                 src->x);
        else if (src->op == IR_COMPLIT) {  /* an inlined call's results */
            for (int i = 0; i < src->args->len; i++) {
                IrNode *part = list_at(src->args, i);
                if (part->label < nks)
                    expr(w, ks[part->label], part->x);
                else
                    discard(w, part->x);
            }
        } else if (src->op == IR_VAR && nks > 0) {
            Location *from = var_loc(w, src->var);
            for (int i = 0; i < nks && i < from->nparts; i++)
                flow(w->b, ks[i], from->parts[i]);
        } else
            discard(w, src);
        return;
    }
    Hole k = dest_hole(w, dst);
    if (n->orig && n->orig->kind == N_RANGE && src->op == IR_INDEX) {
        /* for _, v = range x: v = x[i] as gc models it, with no shortcut
           for values without pointers: v's storage reads x's elements */
        IrNode *x = src->x;
        bool array = underlying(x->type)->kind == TY_ARRAY;
        if (x->op == IR_DEREF)
            x = x->x;
        if (x->op == IR_VAR) {
            Hole v = array && src->x->op != IR_DEREF ? noted(w, k, n, "range") : deref_of(w, k, n, "range-deref");
            flow(w->b, v, var_loc(w, x->var));
            mark_reassigned(w, k);
            return;
        }
    }
    if (is_self_assign(dst, n->then ? n->then : src)) {
        if (w->b->an->ctx->m_level && n->orig && reportable(w->b->an, n->pos))
            report(w->b->an, n->orig->pos, "%s ignoring self-assignment in %s", w->fn->goname,
                   gc_stmt_string(n->orig));
        k = discard_hole(w);
    }
    expr(w, noted(w, k, n, n->pair ? "assign-pair" : "assign"), src);
    if (!n->defines)
        mark_reassigned(w, k);
}

static bool is_looping(Walker *w, int label)
{
    for (int i = 0; i < w->looping->len; i++)
        if ((int)(intptr_t)list_at(w->looping, i) == label)
            return true;
    return false;
}

/* Labels that a goto later in the function jumps back to start loops. */
static void find_looping_labels(IrNode *n, List *seen, List *looping)
{
    if (!n)
        return;
    switch (n->op) {
    case IR_LABEL:
        list_push(seen, (void *)(intptr_t)n->label);
        return;
    case IR_GOTO:
        for (int i = 0; i < seen->len; i++)
            if ((int)(intptr_t)list_at(seen, i) == n->label) {
                list_push(looping, (void *)(intptr_t)n->label);
                return;
            }
        return;
    case IR_BLOCK:
        for (int i = 0; i < n->args->len; i++)
            find_looping_labels(list_at(n->args, i), seen, looping);
        return;
    case IR_IF:
        find_looping_labels(n->then, seen, looping);
        find_looping_labels(n->els, seen, looping);
        return;
    case IR_LOOP: case IR_MAPRANGE:
        find_looping_labels(n->body, seen, looping);
        return;
    default:
        return;
    }
}

static void stmt(Walker *w, IrNode *n)
{
    if (!n)
        return;
    switch (n->op) {
    case IR_BLOCK: {
        int depth = w->loop_depth;         /* a looping label deepens its block only */
        List *pending = list_new();
        for (int i = 0; i < n->args->len; i++) {
            IrNode *s = list_at(n->args, i);
            if (s->op == IR_ASSIGN && s->hoisted && s->x->op == IR_VAR) {
                /* walk the call where its value is used, in gc's order */
                s->x->var->pending = s;
                list_push(pending, s);
                continue;
            }
            stmt(w, s);
            for (int k = 0; k < pending->len; k++) {
                IrNode *p = list_at(pending, k);
                if (p->x->var->pending == p) {   /* its value was not used after all */
                    p->x->var->pending = NULL;
                    assign(w, p);
                }
            }
            pending->len = 0;
        }
        w->loop_depth = depth;
        return;
    }
    case IR_DECL:
        var_loc(w, n->var)->loop_depth = w->loop_depth;
        return;
    case IR_ASSIGN:
        assign(w, n);
        return;
    case IR_EXPR:
        if (is_call(n->x))
            call(w, NULL, 0, n->x);
        else
            discard(w, n->x);
        return;
    case IR_IF:
        /* gc removes the dead branch of a constant condition first */
        if (n->x->op == IR_CONST && n->x->cval && n->x->cval->kind == CV_BOOL) {
            stmt(w, n->x->cval->b ? n->then : n->els);
            return;
        }
        discard(w, n->x);
        stmt(w, n->then);
        stmt(w, n->els);
        return;
    case IR_LOOP:
        w->loop_depth++;
        stmt(w, n->body);
        w->loop_depth--;
        return;
    case IR_LABEL:
        if (is_looping(w, n->label))
            w->loop_depth++;              /* for the rest of the function, as gc does */
        return;
    case IR_GOTO:
        return;
    case IR_RETURN: {
        FuncEsc *fe = fesc(w->fn);
        for (int i = 0; i < n->args->len && i < fe->nresults; i++)
            expr(w, noted(w, hole_of(fe->results[i]), n, "return"), list_at(n->args, i));
        return;
    }
    case IR_GO:                            /* the new goroutine may outlive the frame */
        expr(w, heap_hole(w), n->x);
        return;
    case IR_SEND:
        discard(w, n->x);
        expr(w, noted(w, heap_hole(w), n, "send"), n->y);
        return;
    case IR_DEFER: {
        /* a deferred call outside any loop runs before the frame goes:
           what it keeps need only last until then */
        Hole k = w->loop_depth == 1 ? later(w, discard_hole(w)) : heap_hole(w);
        n->on_stack = w->loop_depth == 1 && !w->b->an->ctx->no_opt;   /* its record, too */
        expr(w, k, n->x);
        return;
    }
    case IR_MAPRANGE: {
        Location *tmp = new_loc(w, NULL, NULL, false);
        expr(w, hole_of(tmp), n->x);
        w->loop_depth++;
        Hole kk = dest_hole(w, n->then), kv = dest_hole(w, n->els);
        flow(w->b, deref_of(w, kk, n, "range-deref"), tmp);
        flow(w->b, deref_of(w, kv, n, "range-deref"), tmp);
        mark_reassigned(w, kk);
        mark_reassigned(w, kv);
        stmt(w, n->body);
        w->loop_depth--;
        return;
    }
    default:
        discard(w, n);
        return;
    }
}

/* ---------------------------------------------------------------- a batch */

/* Which locals are assigned exactly once, at their definition, to what:
 * the facts behind static calls of `f := func() {...}; f()`. */
static void find_static_values(IrNode *n)
{
    if (!n)
        return;
    if (n->op == IR_ASSIGN && n->x->op == IR_VAR) {
        IrVar *v = canonical(n->x->var);
        v->nassigns++;
        v->static_value = n->defines && v->nassigns == 1 ? n->y : NULL;
    }
    find_static_values(n->x);
    find_static_values(n->y);
    find_static_values(n->then);
    find_static_values(n->els);
    find_static_values(n->body);
    for (int i = 0; n->args && i < n->args->len; i++)
        find_static_values(list_at(n->args, i));
}

/* Every variable of fn gets its location before any body is walked;
 * results get their result index. */
static void init_func(Batch *b, IrFunc *fn)
{
    Walker w = {b, fn, 1, NULL};
    FuncEsc *fe = fesc(fn);
    fe->in_batch = true;
    for (int i = 0; i < fn->locals->len; i++) {
        IrVar *v = list_at(fn->locals, i);
        if (v->is_capture || v->esc)
            continue;
        Location *l = new_loc(&w, v, NULL, false);
        l->is_param = v->is_param;
        if (v->type && v->type->kind == TY_TUPLE) {
            l->nparts = v->type->fields->len;
            l->parts = xalloc(sizeof(Location *) * (size_t)(l->nparts + 1));
            for (int k = 0; k < l->nparts; k++)
                l->parts[k] = new_loc(&w, NULL, NULL, false);
        }
    }
    int nres = fn->sig ? fn->sig->results->len : 0;
    fe->nresults = nres;
    fe->results = xalloc(sizeof(Location *) * (size_t)(nres + 1));
    for (int i = 0; i < nres; i++) {
        IrVar *named = i < fn->results->len ? list_at(fn->results, i) : NULL;
        Location *l = named ? var_loc(&w, named) : new_loc(&w, NULL, NULL, false);
        l->result_index = 1 + i;
        if (!named)
            l->name = result_name(fn, i);
        fe->results[i] = l;
    }
}

static void walk_func(Batch *b, IrFunc *f)
{
    Walker w = {b, f, 1, list_new()};
    find_looping_labels(f->body, list_new(), w.looping);
    stmt(&w, f->body);
}

/* Where a closure first uses a captured variable (-m=2 names that place). */
static bool first_use(IrNode *n, IrVar *view, Pos *pos)
{
    if (!n)
        return false;
    if (n->op == IR_VAR && n->var == view) {
        *pos = n->pos;
        return true;
    }
    if (first_use(n->x, view, pos) || first_use(n->y, view, pos) || first_use(n->then, view, pos) ||
        first_use(n->els, view, pos) || first_use(n->body, view, pos))
        return true;
    for (int i = 0; n->args && i < n->args->len; i++)
        if (first_use(list_at(n->args, i), view, pos))
            return true;
    return false;
}

/* Captured variables flow into their closures: by value if never changed
 * after capture, not addressed, and small; else by reference. */
static void flow_closures(Batch *b)
{
    Analysis *an = b->an;
    for (int i = 0; i < b->closures->len; i++) {
        ClosureFlow *cf = list_at(b->closures, i);
        IrFunc *fn = cf->clo->func;
        Walker w = {b, fn, 1, NULL};
        for (int c = 0; c < fn->captures->len; c++) {
            IrVar *view = list_at(fn->captures, c);
            IrVar *v = canonical(view);
            Location *l = var_loc(&w, v);
            bool by_value = !l->addrtaken && !l->reassigned && type_size(v->type) <= MAX_BYVALUE_CAPTURE;
            view->by_value = by_value && !an->ctx->no_opt;
            if (an->ctx->m_level >= 2 && !v->is_temp && reportable(an, v->pos))
                report(an, v->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                       l->fn && l->fn->goname ? l->fn->goname : "?", by_value ? "value" : "ref", v->name,
                       l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false",
                       (long long)type_size(v->type));
            Hole k = cf->k;
            IrNode *where = list_at(cf->clo->args, c);
            Pos pos = where->pos;
            if (an->ctx->m_level >= 2)
                first_use(fn->body, view, &pos);
            if (!by_value)
                k = note(&w, shift(k, -1), where, pos, "reference");
            flow(b, note(&w, k, where, pos, "captured by a closure"), l);
            for (int p = 0; by_value && p < l->nparts; p++)
                flow(b, k, l->parts[p]);
        }
    }
}

/* The solver: gc's walkOne, from one root. */
static bool outlives(Location *root, Location *l)
{
    if (root->escapes)
        return true;
    if (root->result_index) {
        /* a literal called where it is written may return what its
           caller owns */
        if (contains_closure(l->fn, root->fn) && fesc(root->fn)->closure_called)
            return false;
        return true;
    }
    if (root->fn == l->fn && root->loop_depth < l->loop_depth)
        return true;
    if (contains_closure(root->fn, l->fn))
        return true;
    return false;
}

static void leak_to(Location *l, Location *sink, int derefs)
{
    if (!sink->escapes && sink->result_index && sink->fn == l->fn && sink->result_index - 1 < MAX_RESULT_TAGS) {
        leak_add(&l->param_esc, sink->result_index, derefs);
        return;
    }
    leak_add(&l->param_esc, 0, derefs);
}

static void explain_path(Batch *b, Location *root, Location *src)
{
    Pos pos = loc_pos(src);
    List *visited = list_new();
    for (;;) {
        for (int i = 0; i < visited->len; i++)
            if (list_at(visited, i) == src) {
                report(b->an, pos, "  warning: truncated explanation due to assignment cycle; "
                                   "see golang.org/issue/35518");
                return;
            }
        list_push(visited, src);
        Location *dst = src->dst;
        if (!dst)
            return;
        Edge *e = list_at(dst->edges, src->dst_edge);
        explain_flow(b, pos, dst, src, e->derefs, e->notes);
        if (dst == root)
            return;
        src = dst;
    }
}

typedef struct WorkList {
    List *items;
} WorkList;

static void enqueue(WorkList *wl, Location *l)
{
    if (!l->queued) {
        l->queued = true;
        list_push(wl->items, l);
    }
}

static void walk_one(Batch *b, Location *root, unsigned walkgen, WorkList *todo_roots)
{
    Analysis *an = b->an;
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    List *todo = list_new();
    list_push(todo, root);
    while (todo->len) {
        Location *l = todo->v[--todo->len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            /* root = &l; l = x: l's address reaches root, x's does not */
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(todo_roots, l);
            }
        }
        if (outlives(root, l)) {
            if (l->is_param) {
                Pos pos = loc_pos(l);
                if (an->ctx->m_level >= 2 && !l->escapes && reportable(an, pos) && !l->var->is_temp) {
                    report(an, pos, "parameter %s leaks to %s with derefs=%d:", l->var->name, loc_string(b, root),
                           derefs);
                    explain_path(b, root, l);
                }
                leak_to(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                Pos pos = loc_pos(l);
                if (an->ctx->m_level >= 2 && reportable(an, pos) && (!l->var || !l->var->is_temp) &&
                    (l->var || l->site)) {
                    report(an, pos, "%s escapes to heap:", l->var ? l->var->name : site_string(l->site));
                    explain_path(b, root, l);
                }
                l->escapes = true;
                enqueue(todo_roots, l);
                continue;
            }
        }
        for (int i = 0; i < l->edges->len; i++) {
            Edge *e = list_at(l->edges, i);
            if (e->src->escapes)
                continue;
            int d = derefs + e->derefs;
            if (e->src->walkgen != walkgen || e->src->derefs > d) {
                e->src->walkgen = walkgen;
                e->src->derefs = d;
                e->src->dst = l;
                e->src->dst_edge = i;
                list_push(todo, e->src);
            }
        }
    }
}

static void walk_all(Batch *b)
{
    WorkList todo = {list_new()};
    for (int i = 0; i < b->locs->len; i++)
        enqueue(&todo, list_at(b->locs, i));
    enqueue(&todo, &b->heap);
    unsigned walkgen = 0;
    while (todo.items->len) {
        Location *root = todo.items->v[--todo.items->len];
        root->queued = false;
        walk_one(b, root, ++walkgen, &todo);
    }
}

/* ---------------------------------------------------------------- results */

static const char *result_name(IrFunc *fn, int i)
{
    IrVar *named = i < fn->results->len ? list_at(fn->results, i) : NULL;
    if (named && strcmp(named->name, "_") != 0)
        return named->name;
    return xprintf(named ? "~b%d" : "~r%d", i);
}

/* The tag of parameter i of fn, with gc's -m lines about it. */
static void tag_param(Batch *b, IrFunc *fn, int i)
{
    Analysis *an = b->an;
    FuncEsc *fe = fesc(fn);
    IrVar *p = list_at(fn->params, i);
    Leaks *tag = &fe->tags[i];
    if (!type_has_pointers(p->type)) {
        leak_add(tag, 0, 0);               /* gc's empty tag; a scalar carries nothing anyway */
        return;
    }
    if (strcmp(p->name, "_") == 0)
        return;                            /* unused: no flow */
    Location *l = p->esc;
    *tag = l->param_esc;
    leaks_optimize(tag);
    if (an->ctx->m_level == 0 || l->escapes || fn->is_wrapper || p->is_temp || !reportable(an, p->pos))
        return;
    if (leaks_empty(tag))
        report(an, p->pos, "%s does not escape", p->name);
    int heap = leak_derefs(tag, 0);
    if (heap == 0)
        report(an, p->pos, "leaking param: %s", p->name);
    else if (heap > 0)
        report(an, p->pos, "leaking param content: %s", p->name);
    for (int r = 0; r < MAX_RESULT_TAGS; r++) {
        int x = leak_derefs(tag, 1 + r);
        if (x >= 0)
            report(an, p->pos, "leaking param: %s to result %s level=%d", p->name, result_name(fn, r), x);
    }
}

/* What gc's reports call an allocation site. */
static const char *site_string(IrNode *n)
{
    if (n->op == IR_COMPLIT && n->name)
        return n->name;                    /* "... argument" */
    Node *orig = n->orig;
    /* a body inlined from another package reaches gc as export data, and
       its reports print that IR: implicit conversions written out */
    Node *operand = n->op != IR_TOIFACE ? NULL : orig && orig->kind != N_CALL ? orig : n->x->orig;
    if (operand && n->x->op == IR_CONST && operand->kind == N_BASICLIT &&
        operand->pos.file != n->pos.file && type_is_string(n->x->type))
        return xprintf("(%s)(string(%s))", gc_type_string(n->type), gc_expr_string(operand));
    if (n->op == IR_TOIFACE && n->x->inlined && n->x->y->op == IR_VAR &&
        (!orig || orig == n->x->orig))
        return n->x->y->var->name;         /* gc's reports see the inlined call's result */
    if (n->op == IR_TOIFACE && (!orig || orig->kind != N_CALL))
        orig = n->x->orig;                 /* an implicit conversion shows its operand */
    if (!orig && n->op == IR_TOIFACE && n->x->op == IR_TUPLEGET && n->x->name)
        return n->x->name;                 /* f(g()): gc's temporaries */
    return orig ? gc_expr_string(orig) : "?";
}

static bool site_reported(IrNode *n)
{
    if (n->static_data)
        return false;                      /* gc's static data: not an allocation */
    if (n->op == IR_CLOSURE && n->func->is_wrapper && !n->y)
        return false;                      /* a deferred call's thunk */
    return n->orig || (n->op == IR_COMPLIT && n->name) ||
           (n->op == IR_TOIFACE && (n->x->orig || (n->x->op == IR_TUPLEGET && n->x->name)));
}

static void finish(Batch *b)
{
    Analysis *an = b->an;
    Ctx *ctx = an->ctx;
    for (int f = 0; f < b->fns->len; f++) {
        IrFunc *fn = list_at(b->fns, f);
        FuncEsc *fe = fesc(fn);
        fe->tags = xalloc(sizeof(Leaks) * (size_t)(fn->params->len + 1));
        for (int i = 0; i < fn->params->len; i++)
            tag_param(b, fn, i);
    }
    for (int i = 0; i < b->locs->len; i++) {
        Location *l = list_at(b->locs, i);
        if (l->var) {
            IrVar *v = l->var;
            v->escapes = l->escapes;
            if (l->escapes && ctx->m_level && !v->is_temp && reportable(an, v->pos))
                report(an, v->pos, "moved to heap: %s", v->name);
        } else if (l->site) {
            IrNode *n = l->site;
            n->on_stack = !l->escapes && !ctx->no_opt;
            if (ctx->m_level && site_reported(n) && reportable(an, n->pos))
                report(an, n->pos, "%s %s", site_string(n), l->escapes ? "escapes to heap" : "does not escape");
        }
    }
    for (int f = 0; f < b->fns->len; f++) {
        IrFunc *fn = list_at(b->fns, f);
        fesc(fn)->tagged = true;
        fesc(fn)->in_batch = false;
    }
}

/* Placement for the emitter: a variable whose address outlives its frame
 * lives in a heap cell; -N puts every addressed or captured variable there. */
static void place_variables(Ctx *ctx, IrFunc *fn)
{
    for (int i = 0; i < fn->locals->len; i++) {
        IrVar *v = list_at(fn->locals, i);
        if (v->is_capture)
            continue;
        v->on_heap = ctx->no_opt ? v->addr_taken : v->escapes;
    }
    /* a named result read after a recovered panic's longjmp must be in
       memory: a cell, on the stack unless it escapes */
    for (int i = 0; fn->has_defer && i < fn->results->len; i++) {
        IrVar *v = list_at(fn->results, i);
        v->in_cell = !v->on_heap;
    }
}

static void dump_batch(Batch *b)
{
    printf("batch:");
    for (int i = 0; i < b->fns->len; i++)
        printf(" %s", ((IrFunc *)list_at(b->fns, i))->goname);
    printf("\n");
    for (int i = 0; i < b->locs->len; i++) {
        Location *l = list_at(b->locs, i);
        printf("  L%d %s%s%s depth=%d%s\n", l->id, loc_string(b, l), l->escapes ? " escapes" : "",
               l->result_index ? " (result)" : l->is_param ? " (param)" : "", l->loop_depth,
               l->transient ? " transient" : "");
        for (int k = 0; k < l->edges->len; k++) {
            Edge *e = list_at(l->edges, k);
            printf("      <- %s%s (derefs %d)\n", e->derefs < 0 ? "&" : "",
                   e->src->id ? xprintf("L%d", e->src->id) : "{heap}", e->derefs);
        }
    }
}

static void analyse_batch(Analysis *an, List *roots)
{
    Batch *b = xalloc(sizeof *b);
    b->an = an;
    b->fns = list_new();
    b->locs = list_new();
    b->closures = list_new();
    b->heap.escapes = true;
    b->heap.edges = list_new();
    b->blank.edges = list_new();
    for (int i = 0; i < roots->len; i++) {
        FuncEsc *fe = fesc(list_at(roots, i));
        for (int k = 0; k < fe->family->len; k++)
            list_push(b->fns, list_at(fe->family, k));
    }
    for (int i = 0; i < b->fns->len; i++)
        init_func(b, list_at(b->fns, i));
    for (int i = 0; i < roots->len; i++) {
        IrFunc *root = list_at(roots, i);
        find_static_values(root->body);
        for (int k = 1; k < fesc(root)->family->len; k++)
            find_static_values(((IrFunc *)list_at(fesc(root)->family, k))->body);
    }
    for (int i = 0; i < roots->len; i++)
        walk_func(b, list_at(roots, i));
    flow_closures(b);
    walk_all(b);
    finish(b);
    if (an->dump)
        dump_batch(b);
    for (int i = 0; i < b->fns->len; i++)
        place_variables(an->ctx, list_at(b->fns, i));
}

/* ---------------------------------------------------------------- functions without bodies */

static bool has_directive(Ctx *ctx, IrFunc *fn, const char *directive, const char **rest)
{
    return decl_directive(ctx, fn->decl ? fn->decl->pos : fn->pos, directive, rest);
}

/* gc's rule for functions written elsewhere: pointer parameters leak to the
 * heap unless //go:noescape says otherwise. gosub's runtime adds
 * //gosub:escape name=none|content|heap for what its C does exactly. */
static void tag_external(Analysis *an, IrFunc *fn)
{
    FuncEsc *fe = fesc(fn);
    fe->tags = xalloc(sizeof(Leaks) * (size_t)(fn->params->len + 1));
    fe->tagged = true;
    bool noescape = has_directive(an->ctx, fn, "go:noescape", NULL);
    const char *spec = NULL;
    bool explicit = has_directive(an->ctx, fn, "gosub:escape", &spec);
    for (int i = 0; i < fn->params->len; i++) {
        IrVar *p = list_at(fn->params, i);
        Leaks *tag = &fe->tags[i];
        bool show = an->ctx->m_level && strcmp(p->name, "_") != 0 && reportable(an, p->pos);
        if (underlying(p->type)->kind == TY_UINTPTR) {
            if (show)
                report(an, p->pos, "assuming %s is unsafe uintptr", p->name);
            leak_add(tag, 0, 0);
            continue;
        }
        if (!type_has_pointers(p->type)) {
            leak_add(tag, 0, 0);
            continue;
        }
        if (explicit) {
            char key[80];
            snprintf(key, sizeof key, " %s=", p->name);
            const char *at = strstr(spec, key);
            if (at && strncmp(at + strlen(key), "none", 4) == 0)
                continue;
            if (at && strncmp(at + strlen(key), "content", 7) == 0) {
                leak_add(tag, 0, 1);
                continue;
            }
            leak_add(tag, 0, 0);
            continue;
        }
        if (noescape) {
            if (show)
                report(an, p->pos, "%s does not escape", p->name);
            continue;
        }
        if (show)
            report(an, p->pos, "leaking param: %s", p->name);
        leak_add(tag, 0, 0);
    }
}

/* ---------------------------------------------------------------- the call graph */

static IrFunc *root_of(IrFunc *f)
{
    while (f->outer)
        f = f->outer;
    return f;
}

static void collect_callees(IrNode *n, List *out)
{
    if (!n)
        return;
    if ((n->op == IR_FUNC || n->op == IR_FUNCVAL) && n->func)
        list_push(out, root_of(n->func));
    if (n->op == IR_CLOSURE && n->func->forwards_to)
        list_push(out, root_of(n->func->forwards_to));
    collect_callees(n->x, out);
    collect_callees(n->y, out);
    collect_callees(n->then, out);
    collect_callees(n->els, out);
    collect_callees(n->body, out);
    for (int i = 0; n->args && i < n->args->len; i++)
        collect_callees(list_at(n->args, i), out);
}

/* Tarjan's algorithm: each component is analysed once all it calls is. */
static void visit(Analysis *an, IrFunc *f)
{
    FuncEsc *fe = fesc(f);
    fe->scc_index = fe->scc_low = ++an->scc_counter;
    list_push(an->scc_stack, f);
    fe->scc_on_stack = true;
    List *callees = list_new();
    for (int i = 0; i < fe->family->len; i++)
        collect_callees(((IrFunc *)list_at(fe->family, i))->body, callees);
    for (int i = 0; i < callees->len; i++) {
        IrFunc *g = list_at(callees, i);
        FuncEsc *ge = fesc(g);
        if (g->external || !ge->family)
            continue;
        if (!ge->scc_index) {
            visit(an, g);
            if (ge->scc_low < fe->scc_low)
                fe->scc_low = ge->scc_low;
        } else if (ge->scc_on_stack && ge->scc_index < fe->scc_low) {
            fe->scc_low = ge->scc_index;
        }
    }
    if (fe->scc_low != fe->scc_index)
        return;
    List *component = list_new();
    int start = an->scc_stack->len;
    while (start > 0 && list_at(an->scc_stack, start - 1) != f)
        start--;
    for (int i = start - 1; i < an->scc_stack->len; i++) {
        IrFunc *g = list_at(an->scc_stack, i);
        fesc(g)->scc_on_stack = false;
        list_push(component, g);
    }
    an->scc_stack->len = start - 1;
    analyse_batch(an, component);
}

void escape_analyse(Ctx *ctx)
{
    Program *p = ctx->program;
    Analysis an = {ctx, p, list_new(), 0, list_new(), stderr, ctx->dump && strcmp(ctx->dump, "escape") == 0};
    /* globals are static data: their addresses are always valid */
    for (int i = 0; i < p->globals->len; i++)
        ((IrVar *)list_at(p->globals, i))->on_heap = false;
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (f->external)
            tag_external(&an, f);
    }
    /* families: each function with the closures written in it */
    fesc(p->init)->family = list_new();
    list_push(fesc(p->init)->family, p->init);
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (!f->external && !f->outer) {
            fesc(f)->family = list_new();
            list_push(fesc(f)->family, f);
            list_push(an.roots, f);
        }
    }
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (f->outer)
            list_push(fesc(root_of(f))->family, f);
    }
    for (int i = 0; i < an.roots->len; i++) {
        IrFunc *f = list_at(an.roots, i);
        if (!fesc(f)->scc_index)
            visit(&an, f);
    }
    visit(&an, p->init);
    fflush(stderr);
}
