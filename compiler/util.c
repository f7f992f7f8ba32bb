/*
 * util.c — the compiler's memory and list helpers.
 *
 * Everything is allocated with xalloc and never freed (chibicc's policy): a
 * compilation is short, and not freeing means no ownership rules to teach or
 * get wrong. Running out of memory ends the compilation with a message.
 */
#include "gosub.h"

#include <stdlib.h>
#include <string.h>

static void out_of_memory(void)
{
    fputs("gosub: out of memory\n", stderr);
    exit(2);
}

void *xalloc(size_t size)
{
    void *p = calloc(1, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xalloc(n + 1);
    memcpy(p, s, n);
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = xalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return buf;
}

List *list_new(void)
{
    return xalloc(sizeof(List));
}

void list_push(List *l, void *item)
{
    if (l->len == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 4;
        l->v = xrealloc(l->v, (size_t)l->cap * sizeof(void *));
    }
    l->v[l->len++] = item;
}

/* An empty list has no array, and qsort may not be given a null one. */
void list_sort(List *l, int (*compare)(const void *, const void *))
{
    if (l->len > 1)
        qsort(l->v, (size_t)l->len, sizeof(void *), compare);
}
