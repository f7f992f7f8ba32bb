/*
 * escape.c — escape analysis: stack or heap for every variable and allocation site.
 *
 * This is where gc's algorithm (cmd/compile/internal/escape) will live: a
 * graph of locations with dereference-weighted edges, solved from the roots,
 * bottom-up over the call graph, printing gc's -m reports. Until then the
 * decision is the conservative one, which is always sound: every allocation
 * site of the IR (new, &T{}, slice literals and make, append growth,
 * interface conversions, concatenations) is placed on the heap, and so is
 * every variable whose address is taken. -m prints nothing yet.
 */
#include "gosub.h"

#include <string.h>

static void place_variables(List *vars)
{
    for (int i = 0; i < vars->len; i++) {
        IrVar *v = list_at(vars, i);
        v->on_heap = v->addr_taken;
    }
}

void escape_analyse(Ctx *ctx)
{
    Program *p = ctx->program;
    /* globals are static data: their addresses are always valid */
    for (int i = 0; i < p->globals->len; i++)
        ((IrVar *)list_at(p->globals, i))->on_heap = false;
    place_variables(p->init->locals);
    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        place_variables(f->locals);
    }
    if (ctx->dump && strcmp(ctx->dump, "escape") == 0)
        printf("escape analysis: no location graph yet; every allocation site is on the heap,\n"
               "and so is every variable whose address is taken\n");
}
