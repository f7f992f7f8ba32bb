/*
 * iface.c — interface tables built at run time (Go's getitab).
 *
 * The compiler emits an itab statically wherever it converts a concrete type
 * to a non-empty interface. When only the run time knows the pair — x.(I),
 * a type switch case I, converting one interface to another — this builds
 * the itab from the concrete type's method table, matching each of the
 * interface's methods by name and signature, and caches it: the same pair
 * always yields the same itab, as in Go.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct ItabEntry {
    const GoType *inter, *type;
    const GoItab *itab;                    /* NULL: type does not implement inter */
    const char *missing;                   /* then, the first missing method */
    struct ItabEntry *next;
} ItabEntry;

static struct {
    ItabEntry *buckets[1024];
} itabs;

static const GoMethod *find_method(const GoType *t, const GoMethod *want)
{
    for (go_int i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (strcmp(m->name, want->name) == 0 && m->ifn &&
            (!m->type || !want->type || strcmp(m->type->string, want->type->string) == 0))
            return m;
    }
    return NULL;
}

static ItabEntry *lookup(const GoType *inter, const GoType *t)
{
    size_t h = (((uintptr_t)inter >> 4) * 31 + ((uintptr_t)t >> 4)) % 1024;
    for (ItabEntry *e = itabs.buckets[h]; e; e = e->next)
        if (e->inter == inter && e->type == t)
            return e;
    ItabEntry *e = calloc(1, sizeof *e);
    GoItab *itab = calloc(1, sizeof *itab + (size_t)inter->nmethods * sizeof(void (*)(void)));
    if (!e || !itab)
        rt_fatal("runtime: out of memory");
    e->inter = inter;
    e->type = t;
    itab->inter = inter;
    itab->type = t;
    for (go_int i = 0; i < inter->nmethods; i++) {
        const GoMethod *m = find_method(t, &inter->methods[i]);
        if (!m) {
            e->missing = inter->methods[i].name;
            free(itab);
            itab = NULL;
            break;
        }
        itab->fun[i] = m->ifn;
    }
    e->itab = itab;
    e->next = itabs.buckets[h];
    itabs.buckets[h] = e;
    return e;
}

const GoItab *gosub_getitab(const GoType *inter, const GoType *t, go_bool canfail)
{
    if (!t)
        return NULL;
    ItabEntry *e = lookup(inter, t);
    if (!e->itab && !canfail)
        gosub_panic_type_assert(NULL, t, inter, e->missing);
    return e->itab;
}
