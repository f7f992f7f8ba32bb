/*
 * inline.c — gc's inlining, done on the IR: a call to a small function is
 * replaced by a copy of the function's body.
 *
 * Why a compiler that emits C does this itself, when the C compiler inlines
 * anyway: because escape analysis must see it. In
 *
 *     func add(a, b *T) *T { return &T{a.x + b.x} }
 *     ...  t := add(p, q)
 *
 * add's &T{...} escapes (it is returned), so without inlining every call
 * allocates on the heap. Once the body is copied into the caller, the copy
 * of &T{...} belongs to the caller's frame and stays on the stack if the
 * caller keeps t to itself. gc works this way, so its -m reports (and its
 * speed) depend on it; -l turns it off, for both.
 *
 * Which functions can be inlined is inlcost.c's decision (gc's budget of 80
 * nodes). This pass follows gc's InlinePackage: in the order inlcost.c gives
 * (bottom-up over the call graph) it reports each function's verdict, then
 * replaces the calls in that function's body. A copied body is searched for
 * calls in turn, so a chain of small calls inlines all the way down, with
 * each function inlined at most once along the chain (no recursion).
 *
 * The copy. A call f(a1, ..., an) of type R becomes the expression
 *
 *     ({ p1 := a1; ...; pn := an; var ~R0 R;
 *        <f's body, each "return e" turned into "~R0 = e; goto end">
 *        end: ; ~R0 })
 *
 * (an IR_SEQ of a block and the result). Every variable of f gets a fresh
 * copy in the caller, named as in f, as gc's copies are; unnamed results are
 * gc's ~R0, ~R1, .... Labels are renumbered past the caller's. Every copied
 * node takes the call's position, the position gc's reports give to
 * anything that was inlined. A multi-result call's value is a tuple built
 * from its result variables.
 *
 * A function literal called where it is written, func() { ... }(), is
 * inlined too; its captured variables are then the caller's own, and the
 * literal itself is dropped from the program.
 *
 * Not inlined yet (gc does inline them): bodies that make closures.
 *
 * Hands on: the IR, with inlined bodies in place of the calls; the reports
 * "can inline f" and "inlining call to f" on stderr (-m), and at -m=2
 * "can inline f with cost N as: ..." and "cannot inline f: why".
 */
#include "gosub.h"

#include <string.h>

enum { INLINE_MAX_COST = 80, BIG_CALLER_MAX_COST = 20, BIG_FUNCTION_NODES = 5000 };

typedef struct Inliner {
    Ctx *ctx;
    Package *main_pkg;                     /* the package being compiled */
    IrFunc *caller;                        /* whose body is being edited */
    int max_cost;                          /* 80, or 20 in a big caller */
    List *active;                          /* IrFunc* being inlined, outermost first */
    int copies;                            /* numbers the copied variables' C names */
    List *gone;                            /* function literals inlined where they were called */
    IrFunc *callee;                        /* the function being copied now */
    Pos site;                              /* the outermost call being inlined */
    bool at_site;                          /* copying: give nodes the site's position */
} Inliner;

/* ---------------------------------------------------------------- copying IR */

typedef struct Copier {
    Inliner *in;
    List *from, *to;                       /* IrVar* pairs: the callee's, the caller's copies */
    int label_base;                        /* added to every label */
    int end_label;                         /* where returns go */
    List *results;                         /* IrVar*: where returns put their values */
} Copier;

static IrVar *copied_var(Copier *c, IrVar *v)
{
    for (int i = 0; c->from && i < c->from->len; i++)
        if (list_at(c->from, i) == v)
            return list_at(c->to, i);
    return v;                              /* a global, or a variable of the caller */
}

static IrNode *copy_node(Copier *c, IrNode *n);

static List *copy_list(Copier *c, List *l)
{
    if (!l)
        return NULL;
    List *out = list_new();
    for (int i = 0; i < l->len; i++)
        list_push(out, copy_node(c, list_at(l, i)));
    return out;
}

static IrNode *new_node(Inliner *in, IrOp op, Pos pos, Type *type)
{
    IrNode *n = xalloc(sizeof *n);
    n->op = op;
    n->pos = in->at_site ? in->site : pos;
    n->type = type;
    return n;
}

static IrNode *var_node(Inliner *in, IrVar *v)
{
    IrNode *n = new_node(in, IR_VAR, v->pos, v->type);
    n->var = v;
    return n;
}

static IrNode *assign_node(Inliner *in, IrVar *v, IrNode *value, bool defines)
{
    IrNode *a = new_node(in, IR_ASSIGN, value->pos, NULL);
    a->x = var_node(in, v);
    a->y = value;
    a->defines = defines;
    return a;
}

/* How gc's -m=2 explanations print an operand of an assignment the
 * inliner makes. */
static const char *operand_text(IrNode *n)
{
    if (n->inlined && n->y && n->y->op == IR_VAR)
        return n->y->var->name;
    if (n->op == IR_VAR && !n->orig)
        return n->var->name;
    if (n->op == IR_COMPLIT && n->name)
        return n->name;                    /* "... argument" */
    return n->orig ? gc_expr_string(n->orig) : "?";
}

/* "a, b := x, y" or "~R0 = x": the one statement gc's inliner writes for
 * several assignments, all of which its explanations print. */
static void name_pair(Inliner *in, List *assigns, const char *op)
{
    if (in->ctx->m_level < 2 || assigns->len == 0)
        return;
    char *lhs = "", *rhs = "";
    for (int i = 0; i < assigns->len; i++) {
        IrNode *a = list_at(assigns, i);
        lhs = xprintf("%s%s%s", lhs, i ? ", " : "", a->x->var->name);
        rhs = xprintf("%s%s%s", rhs, i ? ", " : "", operand_text(a->y));
    }
    const char *text = xprintf("%s %s %s", lhs, op, rhs);
    for (int i = 0; i < assigns->len; i++)
        ((IrNode *)list_at(assigns, i))->name = text;
}

/* "return e1, ..., en" inside a copied body: the results are set, then
 * control leaves the copy. Named results may appear among the values
 * (return b, a), so with several results every value is computed first. */
static IrNode *copy_return(Copier *c, IrNode *ret)
{
    Inliner *in = c->in;
    IrNode *block = new_node(in, IR_BLOCK, ret->pos, NULL);
    block->args = list_new();
    int n = ret->args ? ret->args->len : 0;
    List *sets = list_new();
    if (n == 1) {
        IrNode *set = assign_node(in, list_at(c->results, 0), copy_node(c, list_at(ret->args, 0)), false);
        set->pair = true;
        list_push(sets, set);
        list_push(block->args, set);
        name_pair(in, sets, "=");
    } else if (n > 1) {
        IrVar *temps[n];
        for (int i = 0; i < n; i++) {
            IrNode *value = copy_node(c, list_at(ret->args, i));
            IrVar *r = list_at(c->results, i);
            IrVar *t = xalloc(sizeof *t);
            t->name = ".autotmp";
            t->cname = xprintf("inl_t%d", ++in->copies);
            t->type = r->type;
            t->pos = block->pos;
            t->is_temp = true;
            list_push(in->caller->locals, t);
            temps[i] = t;
            IrNode *decl = new_node(in, IR_DECL, block->pos, NULL);
            decl->var = t;
            list_push(block->args, decl);
            list_push(block->args, assign_node(in, t, value, true));
        }
        for (int i = 0; i < n; i++) {
            IrNode *set = assign_node(in, list_at(c->results, i), var_node(in, temps[i]), false);
            set->pair = true;
            list_push(sets, set);
            list_push(block->args, set);
        }
        name_pair(in, sets, "=");
    }
    IrNode *jump = new_node(in, IR_GOTO, ret->pos, NULL);
    jump->label = c->end_label;
    list_push(block->args, jump);
    return block;
}

static IrNode *copy_node(Copier *c, IrNode *n)
{
    if (!n)
        return NULL;
    if (n->op == IR_RETURN && c->results)
        return copy_return(c, n);
    IrNode *m = xalloc(sizeof *m);
    *m = *n;
    if (c->in->at_site)
        m->pos = c->in->site;
    m->esc = NULL;
    m->on_stack = false;
    m->slot = 0;
    m->x = copy_node(c, n->x);
    m->y = copy_node(c, n->y);
    m->then = copy_node(c, n->then);
    m->els = copy_node(c, n->els);
    m->body = copy_node(c, n->body);
    m->args = copy_list(c, n->args);
    if (n->var)
        m->var = copied_var(c, n->var);
    if (n->op == IR_LABEL || n->op == IR_GOTO)
        m->label = n->label + c->label_base;
    return m;
}

/* A fresh variable of the caller standing for v of the inlined function. */
static IrVar *copy_var(Inliner *in, IrVar *v, const char *name)
{
    IrVar *w = xalloc(sizeof *w);
    /* gc names another package's variables by their package: fmt.a */
    if (in->callee && in->callee->pkg && in->callee->pkg != in->main_pkg && name[0] != '~')
        name = xprintf("%s.%s", in->callee->pkg->name, name);
    w->name = name;
    /* C names from the original's C name, always an identifier (gc's
       temporaries are named .autotmp_N, its results ~R0) */
    w->cname = xprintf("%s_i%d", v ? v->cname : name + 1, ++in->copies);
    w->type = v ? v->type : NULL;
    w->pos = in->site;
    w->addr_taken = v && v->addr_taken;
    w->is_temp = v && v->is_temp;
    list_push(in->caller->locals, w);
    return w;
}

/* ---------------------------------------------------------------- the pass */

static IrFunc *func_of_decl(Program *p, Node *decl)
{
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (f->decl == decl)
            return f;
    }
    return NULL;
}

/* Whether the body holds something this pass cannot copy yet, or that gc
 * would not have let through (inlcost.c should have said no already). */
static bool uncopyable(IrNode *n)
{
    if (!n)
        return false;
    switch (n->op) {
    case IR_CLOSURE: case IR_DEFER: case IR_GO: case IR_RECOVER:
        return true;
    default:
        break;
    }
    if (uncopyable(n->x) || uncopyable(n->y) || uncopyable(n->then) || uncopyable(n->els) ||
        uncopyable(n->body))
        return true;
    for (int i = 0; n->args && i < n->args->len; i++)
        if (uncopyable(list_at(n->args, i)))
            return true;
    return false;
}

/* gc's name for a function in "inlining call to": qualified by its
 * package's name when it is not the main package's. */
static const char *call_name(Inliner *in, IrFunc *f)
{
    const char *name = f->decl && f->decl->inl && f->decl->inl->name ? f->decl->inl->name : f->goname;
    if (f->pkg && f->pkg != in->main_pkg)
        return xprintf("%s.%s", f->pkg->name, name);
    return name;
}

/* Reports are for the package being compiled, not for the standard
 * packages compiled along with it (whose initialisers share init). */
static bool reported_file(Ctx *ctx, Pos pos)
{
    if (pos.file < 0 || pos.file >= ctx->files->len)
        return false;
    SourceFile *sf = list_at(ctx->files, pos.file);
    return sf->pkg && !sf->pkg->is_std;
}

static bool is_active(Inliner *in, IrFunc *f)
{
    for (int i = 0; i < in->active->len; i++)
        if (list_at(in->active, i) == f)
            return true;
    return false;
}

/* A function literal called where it is written, func() { ... }(), by the
 * function that makes it: gc inlines it like any function, its captured
 * variables being the caller's own. */
static bool direct_closure_call(Inliner *in, IrNode *call)
{
    IrNode *x = call->x;
    return x->op == IR_CLOSURE && x->func && x->func->outer == in->caller && in->active->len == 0 &&
           x->func->captures && x->args && x->args->len == x->func->captures->len;
}

static IrFunc *inlinable_callee(Inliner *in, IrNode *call)
{
    if (call->op != IR_CALL || !call->x)
        return NULL;
    if (call->x->op != IR_FUNC && !direct_closure_call(in, call))
        return NULL;
    IrFunc *f = call->x->func;
    if (!f || !f->inline_body || (f->is_closure && call->x->op != IR_CLOSURE))
        return NULL;
    if (f->decl->inl->cost > in->max_cost || f == in->caller || is_active(in, f))
        return NULL;
    return f;
}

static void inline_in(Inliner *in, IrNode *n);

/* Turns the call n into an IR_SEQ computing the same value with f's body. */
static void inline_call(Inliner *in, IrNode *n, IrFunc *f)
{
    bool outermost = in->active->len == 0;
    if (outermost) {
        in->site = n->pos;
        in->at_site = true;
    }
    if (in->ctx->m_level && reported_file(in->ctx, in->site))
        fprintf(stderr, "%s: inlining call to %s\n", pos_string(in->ctx, in->site), call_name(in, f));

    IrFunc *outer_callee = in->callee;
    in->callee = f;
    Copier c = {in, list_new(), list_new(), in->caller->nlabels, 0, list_new()};
    in->caller->nlabels += f->nlabels + 1;
    c.end_label = in->caller->nlabels;

    IrNode *block = new_node(in, IR_BLOCK, n->pos, NULL);
    block->args = list_new();
    /* the parameters, from the arguments (already of the parameters' types) */
    List *bindings = list_new();
    for (int i = 0; i < f->params->len; i++) {
        IrVar *p = list_at(f->params, i);
        IrVar *q = copy_var(in, p, p->name);
        list_push(c.from, p);
        list_push(c.to, q);
        IrNode *decl = new_node(in, IR_DECL, n->pos, NULL);
        decl->var = q;
        list_push(block->args, decl);
        IrNode *arg = n->args && i < n->args->len ? list_at(n->args, i) : NULL;
        if (arg) {
            IrNode *set = assign_node(in, q, arg, true);
            set->pair = true;
            list_push(bindings, set);
            list_push(block->args, set);
        }
    }
    name_pair(in, bindings, ":=");
    /* a function literal's captured variables: the caller's, seen directly */
    if (n->x->op == IR_CLOSURE) {
        for (int i = 0; i < f->captures->len; i++) {
            IrNode *cell = list_at(n->x->args, i);
            if (cell->op != IR_ADDR || cell->x->op != IR_VAR)
                continue;
            list_push(c.from, list_at(f->captures, i));
            list_push(c.to, cell->x->var);
        }
        list_push(in->gone, f);
    }
    /* the function's own variables; its named results are among them */
    for (int i = 0; i < f->locals->len; i++) {
        IrVar *v = list_at(f->locals, i);
        if (v->is_param)
            continue;
        list_push(c.from, v);
        list_push(c.to, copy_var(in, v, v->name));
    }
    /* where the results go: the named results' copies, or gc's ~R0, ~R1, ... */
    List *fields = f->sig && f->sig->results ? f->sig->results : NULL;
    int nresults = fields ? fields->len : 0;
    for (int i = 0; i < nresults; i++) {
        IrVar *r;
        if (f->results && i < f->results->len) {
            r = copied_var(&c, list_at(f->results, i));
        } else {
            r = copy_var(in, NULL, xprintf("~R%d", i));
            r->type = ((Field *)list_at(fields, i))->type;
            IrNode *decl = new_node(in, IR_DECL, n->pos, NULL);
            decl->var = r;
            list_push(block->args, decl);
        }
        list_push(c.results, r);
    }
    list_push(in->active, f);
    IrNode *body = copy_node(&c, f->inline_body);
    inline_in(in, body);                   /* calls in the copy, inlined in turn */
    in->active->len--;
    in->callee = outer_callee;
    list_push(block->args, body);
    IrNode *end = new_node(in, IR_LABEL, n->pos, NULL);
    end->label = c.end_label;
    list_push(block->args, end);

    /* the call's value */
    IrNode *value;
    if (nresults == 0) {
        value = NULL;
    } else if (nresults == 1) {
        value = var_node(in, list_at(c.results, 0));
    } else {
        value = new_node(in, IR_COMPLIT, n->pos, n->type);
        value->args = list_new();
        for (int i = 0; i < nresults; i++) {
            IrNode *part = new_node(in, IR_EXPR, n->pos, NULL);   /* a literal's element */
            part->x = var_node(in, list_at(c.results, i));
            part->label = i;
            list_push(value->args, part);
        }
    }
    if (outermost)
        in->at_site = false;
    Node *orig = n->orig;
    if (orig && orig->kind == N_CALL && nresults > 0) {
        const char *as = "";
        for (int i = 0; i < nresults; i++)
            as = xprintf("%s%s%s", as, i ? ", " : "", ((IrVar *)list_at(c.results, i))->name);
        orig->inlined_as = as;
    }
    Pos pos = n->pos;
    memset(n, 0, sizeof *n);
    n->pos = pos;
    n->orig = orig;
    if (value) {
        n->op = IR_SEQ;
        n->inlined = true;
        n->type = value->type;
        n->x = block;
        n->y = value;
    } else {
        n->op = IR_BLOCK;                  /* its IR_EXPR becomes this block: see inline_in */
        n->args = block->args;
    }
}

/* Inlines the calls in n and below it. */
static void inline_in(Inliner *in, IrNode *n)
{
    if (!n)
        return;
    /* operands first: f(g(x)) evaluates g(x) as an argument of f's copy */
    inline_in(in, n->x);
    inline_in(in, n->y);
    inline_in(in, n->els);
    inline_in(in, n->body);
    if (n->op != IR_ASSIGN)                /* an assignment's `then` is only a note */
        inline_in(in, n->then);
    for (int i = 0; n->args && i < n->args->len; i++)
        inline_in(in, list_at(n->args, i));
    IrFunc *f = inlinable_callee(in, n);
    if (f)
        inline_call(in, n, f);
    if (n->op == IR_EXPR && n->x->op == IR_BLOCK) {
        n->op = IR_BLOCK;                  /* f(x) as a statement, f without results */
        n->args = n->x->args;
        n->x = NULL;
    }
}

static IrNode *copy_tree(Inliner *in, IrNode *n)
{
    Copier c = {in, NULL, NULL, 0, 0, NULL};
    return copy_node(&c, n);
}

static void inline_func(Inliner *in, IrFunc *f)
{
    /* wrappers are the lowering's: the calls of go and defer statements,
       which gc never inlines, and method values' bodies */
    if (!f || f->external || !f->body || f->is_wrapper || f->is_defer_thunk)
        return;
    in->caller = f;
    in->max_cost = f->decl && f->decl->inl && f->decl->inl->nodes >= BIG_FUNCTION_NODES
                       ? BIG_CALLER_MAX_COST : INLINE_MAX_COST;
    inline_in(in, f->body);
}

static bool makes_closure(IrNode *n, IrFunc *f)
{
    if (!n)
        return false;
    if (n->op == IR_CLOSURE && n->func == f)
        return true;
    if (makes_closure(n->x, f) || makes_closure(n->y, f) || makes_closure(n->then, f) ||
        makes_closure(n->els, f) || makes_closure(n->body, f))
        return true;
    for (int i = 0; n->args && i < n->args->len; i++)
        if (makes_closure(list_at(n->args, i), f))
            return true;
    return false;
}

/* A function literal whose only use was inlined is gone, as in gc: it is
 * neither analysed nor compiled. */
static void drop_inlined_literals(Inliner *in)
{
    Program *p = in->ctx->program;
    for (int g = 0; g < in->gone->len; g++) {
        IrFunc *lit = list_at(in->gone, g);
        bool used = false;
        for (int i = 0; i < p->funcs->len && !used; i++) {
            IrFunc *f = list_at(p->funcs, i);
            used = f != lit && makes_closure(f->body, lit);
        }
        if (used)
            continue;
        int k = 0;
        for (int i = 0; i < p->funcs->len; i++)
            if (list_at(p->funcs, i) != lit)
                p->funcs->v[k++] = list_at(p->funcs, i);
        p->funcs->len = k;
    }
}

static void report_verdict(Ctx *ctx, Node *decl, InlInfo *inl)
{
    const char *pos = pos_string(ctx, decl->pos);
    if (inl->can_inline && ctx->m_level >= 2)
        fprintf(stderr, "%s: can inline %s with cost %d as: %s\n", pos, inl->name, inl->cost, inl->body_text);
    else if (inl->can_inline)
        fprintf(stderr, "%s: can inline %s\n", pos, inl->name);
    else if (ctx->m_level >= 2)
        fprintf(stderr, "%s: cannot inline %s: %s\n", pos, inl->name, inl->reason);
}

void inline_calls(Ctx *ctx, List *steps)
{
    Program *p = ctx->program;
    Package *main_pkg = list_at(ctx->packages, ctx->packages->len - 1);
    Inliner in = {ctx, main_pkg, NULL, INLINE_MAX_COST, list_new(), 0, list_new(), NULL, {0}, false};
    /* every inlinable body as it was before anything was inlined into it:
       a copy always starts from there, as gc's saved bodies do */
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        bool inlinable = f->body && !f->external && !f->is_wrapper && f->decl && f->decl->inl &&
                         f->decl->inl->can_inline && !f->has_defer && !f->calls_recover;
        if (inlinable && !uncopyable(f->body))
            f->inline_body = copy_tree(&in, f->body);
    }
    /* the standard packages' functions, then the main package's in gc's order */
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (f->pkg != main_pkg)
            inline_func(&in, f);
    }
    List *done = list_new();
    for (int i = 0; steps && i < steps->len; i++) {
        InlStep *step = list_at(steps, i);
        if (step->verdict) {
            if (ctx->m_level)
                report_verdict(ctx, step->fn, step->verdict);
            continue;
        }
        IrFunc *f = func_of_decl(p, step->fn);
        inline_func(&in, f);
        list_push(done, f);
    }
    for (int i = 0; i < p->funcs->len; i++) {   /* whatever the steps left out */
        IrFunc *f = list_at(p->funcs, i);
        bool seen = false;
        for (int j = 0; j < done->len && !seen; j++)
            seen = list_at(done, j) == f;
        if (f->pkg == main_pkg && !seen)
            inline_func(&in, f);
    }
    inline_func(&in, p->init);
    drop_inlined_literals(&in);
}
