/*
 * inlcost.c — which functions gc would inline: its budget, on the checked AST.
 *
 * SKELETON: counts one unit per AST node and 57 per call to a function that
 * cannot be inlined; the real cost model (gc's hairyVisitor over gc's node
 * shapes) replaces it.
 *
 * Hands on: Node.inl for every N_FUNCDECL and N_FUNCLIT, and the main
 * package's functions in the order gc's InlinePackage visits them.
 */
#include "gosub.h"

#include <string.h>

enum { INLINE_MAX_BUDGET = 80, EXTRA_CALL_COST = 57 };

typedef struct Hairy {
    Ctx *ctx;
    Node *self;
    int budget;
    const char *reason;
} Hairy;

static void visit(Hairy *h, Node *n);

static void visit_list(Hairy *h, List *l)
{
    for (int i = 0; l && i < l->len; i++)
        visit(h, list_at(l, i));
}

static Node *static_callee(Node *fn)
{
    while (fn && fn->kind == N_PAREN)
        fn = fn->x;
    if (!fn)
        return NULL;
    Object *o = fn->obj;
    if (fn->kind == N_SELECTOR && !o)
        return NULL;
    if (o && o->kind == OBJ_FUNC && o->decl && o->decl->kind == N_FUNCDECL)
        return o->decl;
    return NULL;
}

static void visit(Hairy *h, Node *n)
{
    if (!n || h->reason)
        return;
    switch (n->kind) {
    case N_DEFER: h->reason = "unhandled op DEFER"; return;
    case N_GO: h->reason = "unhandled op GO"; return;
    case N_FUNCLIT: h->reason = "not inlining functions with closures"; return;
    case N_CALL: {
        Node *callee = static_callee(n->x);
        if (n->x && n->x->obj && n->x->obj->kind == OBJ_BUILTIN) {
            if (n->x->obj->builtin == BI_RECOVER) {
                h->reason = "call to recover";
                return;
            }
            break;
        }
        if (callee == h->self) {
            h->reason = "recursive";
            return;
        }
        if (callee && callee->inl && callee->inl->can_inline)
            h->budget -= callee->inl->cost;
        else
            h->budget -= EXTRA_CALL_COST;
        break;
    }
    default:
        break;
    }
    h->budget--;
    visit(h, n->x); visit(h, n->y);
    visit(h, n->key); visit(h, n->value);
    visit(h, n->lo); visit(h, n->hi); visit(h, n->max);
    visit(h, n->init); visit(h, n->cond); visit(h, n->post); visit(h, n->tag);
    visit(h, n->body); visit(h, n->els); visit(h, n->comm);
    if (n->kind != N_SELECTOR) {           /* a selector's list holds embedding indices */
        visit_list(h, n->list);
        visit_list(h, n->list2);
    }
}

static void decide(Ctx *ctx, Node *fn)
{
    InlInfo *inl = xalloc(sizeof *inl);
    fn->inl = inl;
    if (!fn->body) {
        inl->reason = "no function body";
        return;
    }
    if (decl_directive(ctx, fn->pos, "go:noinline", NULL)) {
        inl->reason = "marked go:noinline";
        return;
    }
    Hairy h = {ctx, fn, INLINE_MAX_BUDGET, NULL};
    visit_list(&h, fn->body->list);
    inl->cost = INLINE_MAX_BUDGET - h.budget;
    if (h.reason) {
        inl->reason = h.reason;
        return;
    }
    if (h.budget < 0) {
        inl->reason = xprintf("function too complex: cost %d exceeds budget %d", inl->cost,
                              INLINE_MAX_BUDGET);
        return;
    }
    inl->can_inline = true;
    inl->body_text = "{ ... }";
}

List *inline_decide(Ctx *ctx)
{
    List *order = list_new();
    for (int p = 0; p < ctx->packages->len; p++) {
        Package *pkg = list_at(ctx->packages, p);
        bool is_main = p == ctx->packages->len - 1;
        for (int i = 0; i < pkg->funcs->len; i++) {
            Node *fn = list_at(pkg->funcs, i);
            decide(ctx, fn);
            if (is_main)
                list_push(order, fn);
            if (is_main && ctx->dump && strcmp(ctx->dump, "inline") == 0) {
                if (fn->inl->can_inline)
                    printf("%s: can inline %s with cost %d as: %s\n", pos_string(ctx, fn->namepos),
                           fn->name, fn->inl->cost, fn->inl->body_text);
                else
                    printf("%s: cannot inline %s: %s\n", pos_string(ctx, fn->namepos), fn->name,
                           fn->inl->reason);
            }
        }
    }
    return order;
}
