/*
 * escape.c — escape analysis: stack or heap for every allocation site.
 *
 * This is where gc's algorithm (cmd/compile/internal/escape) will live: a
 * graph of locations with dereference-weighted edges, solved from the roots,
 * bottom-up over the call graph, printing gc's -m reports. Until then the
 * decision is the conservative one, which is always sound: every allocation
 * site of the IR (interface conversions, concatenations) is placed on the heap
 * and no variable has its address taken (the IR cannot express &x yet), so
 * every variable stays a C local. -m prints nothing yet.
 */
#include "gosub.h"

#include <string.h>

void escape_analyse(Ctx *ctx)
{
    Program *p = ctx->program;
    for (int i = 0; i < p->globals->len; i++)
        ((IrVar *)list_at(p->globals, i))->on_heap = false;   /* globals are static data */
    if (ctx->dump && strcmp(ctx->dump, "escape") == 0)
        printf("escape analysis: no location graph yet; every allocation site is on the heap\n");
}
