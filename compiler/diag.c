/*
 * diag.c — diagnostics in gc's words and gc's order.
 *
 * Like gc (cmd/compile/internal/base/print.go), errors are collected rather
 * than printed at once, then sorted by position and printed without exact
 * duplicates. Only the first syntax error of a line is kept, and after ten
 * errors (unless -e) gc flushes what it has and stops with "too many errors".
 * Everything goes to stderr as `file:line:col: message`; -C drops the column.
 */
#include "gosub.h"

#include <stdlib.h>
#include <string.h>

const char *pos_string(Ctx *ctx, Pos pos)
{
    const char *path = "?";
    if (pos.file >= 0 && pos.file < ctx->files->len)
        path = ((SourceFile *)list_at(ctx->files, pos.file))->path;
    /* gc's positions keep columns below 256 only (cmd/internal/src): past
       that, messages show the line alone */
    if (ctx->no_columns || pos.col == 0 || pos.col >= 255)
        return xprintf("%s:%d", path, pos.line);
    return xprintf("%s:%d:%d", path, pos.line, pos.col);
}

static bool same_line(Pos a, Pos b)
{
    return a.file == b.file && a.line == b.line;
}

static int compare_diags(const void *pa, const void *pb)
{
    const Diagnostic *a = *(Diagnostic *const *)pa, *b = *(Diagnostic *const *)pb;
    if (a->pos.file != b->pos.file) return a->pos.file - b->pos.file;
    if (a->pos.line != b->pos.line) return a->pos.line - b->pos.line;
    if (a->pos.col != b->pos.col) return a->pos.col - b->pos.col;
    return a->seq - b->seq;
}

void diag_flush(Ctx *ctx)
{
    List *d = ctx->diags;
    if (d->len == 0)
        return;
    list_sort(d, compare_diags);
    const char *prev = NULL;
    for (int i = 0; i < d->len; i++) {
        Diagnostic *e = list_at(d, i);
        const char *line = xprintf("%s: %s", pos_string(ctx, e->pos), e->msg);
        if (!prev || strcmp(prev, line) != 0)
            fprintf(stderr, "%s\n", line);
        prev = line;
    }
    d->len = 0;
    fflush(stderr);
}

void error_at(Ctx *ctx, Pos pos, const char *fmt, ...)
{
    static const char syntax_prefix[] = "syntax error";
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = xalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);

    /* As gc (base.ErrorfAt): a syntax error on the line of the last syntax
     * error is dropped; another error is dropped when it repeats the last
     * non-syntax error's message on the same line. */
    bool is_syntax = strncmp(msg, syntax_prefix, sizeof syntax_prefix - 1) == 0;
    for (int i = ctx->diags->len - 1; i >= 0; i--) {
        Diagnostic *e = list_at(ctx->diags, i);
        bool e_syntax = strncmp(e->msg, syntax_prefix, sizeof syntax_prefix - 1) == 0;
        if (e_syntax != is_syntax)
            continue;
        if (same_line(e->pos, pos) && (is_syntax || strcmp(e->msg, msg) == 0))
            return;
        break;                            /* only the last one of the same kind counts */
    }

    Diagnostic *e = xalloc(sizeof *e);
    e->pos = pos;
    e->msg = msg;
    e->seq = ctx->nerrors;
    list_push(ctx->diags, e);
    ctx->nerrors++;
    if (is_syntax)
        ctx->nsyntax++;

    if (ctx->nerrors >= 10 && !ctx->all_errors) {
        diag_flush(ctx);
        fprintf(stderr, "%s: too many errors\n", pos_string(ctx, pos));
        exit(1);
    }
}

void unsupported(Ctx *ctx, Pos pos, const char *what)
{
    error_at(ctx, pos, "%s not supported by gosub", what);
}

/* The directive comments in the lines just above a declaration at pos
 * (//go:noescape, //go:noinline, ...); *rest: what follows the directive. */
bool decl_directive(Ctx *ctx, Pos pos, const char *directive, const char **rest)
{
    if (pos.file < 0 || pos.file >= ctx->files->len)
        return false;
    SourceFile *sf = list_at(ctx->files, pos.file);
    const char *lines[64];
    int line = 1, n = 0;
    const char *start = sf->text;
    for (const char *p = sf->text; *p && line < pos.line; p++)
        if (*p == '\n') {
            line++;
            start = p + 1;
            if (n == 64) {
                memmove(lines, lines + 1, sizeof lines[0] * 63);
                n--;
            }
            lines[n++] = start;
        }
    /* lines[n-1] is the declaration's line; look upwards through comments */
    size_t dlen = strlen(directive);
    for (int i = n - 2; i >= 0; i--) {
        const char *s = lines[i];
        if (*s == '\n')
            continue;                      /* a pragma may stand apart from its function */
        if (strncmp(s, "//", 2) != 0)
            break;
        if (strncmp(s + 2, directive, dlen) == 0) {
            if (rest)
                *rest = s + 2 + dlen;
            return true;
        }
    }
    return false;
}
