/*
 * load.c — finds, reads and parses the packages a program imports.
 *
 * Package main comes from the command line. Every path it imports names a
 * standard package that gosub provides as Go source under
 * runtime/std/<path>/ (C only for what needs the machine: functions declared
 * there without a body are implemented by the C runtime). Each package is
 * loaded once, its own imports first, so ctx->packages ends up in an order
 * where every package follows those it imports: the order in which they are
 * checked, and in which their initialisation runs.
 */
#include "gosub.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

Package *package_new(const char *path)
{
    Package *p = xalloc(sizeof *p);
    p->path = path;
    p->files = list_new();
    p->imports = list_new();
    char *prefix = xstrdup(path);
    for (char *c = prefix; *c; c++)
        if (*c == '/' || *c == '.' || *c == '-')
            *c = '_';
    p->cprefix = prefix;
    return p;
}

bool is_exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* Reads a whole file as a NUL-terminated buffer; gc's message when it cannot. */
bool read_source(Ctx *ctx, const char *path, Package *pkg)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        /* gc's wording: Go's error strings are lower case */
        char *why = xstrdup(strerror(errno));
        why[0] = (char)(why[0] >= 'A' && why[0] <= 'Z' ? why[0] - 'A' + 'a' : why[0]);
        fprintf(stderr, "open %s: %s\n", path, why);
        return false;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = xalloc(cap);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (len + 1 == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
    }
    fclose(f);
    buf[len] = '\0';
    SourceFile *sf = xalloc(sizeof *sf);
    sf->path = path;
    sf->text = buf;
    sf->size = len;
    sf->pkg = pkg;
    list_push(ctx->files, sf);
    list_push(pkg->files, sf);
    return true;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static Package *find_package(Ctx *ctx, const char *path)
{
    for (int i = 0; i < ctx->packages->len; i++) {
        Package *p = list_at(ctx->packages, i);
        if (strcmp(p->path, path) == 0)
            return p;
    }
    return NULL;
}

/* The unquoted import path of an N_IMPORT. */
static char *import_path(Node *imp)
{
    return xstrndup(imp->lit + 1, strlen(imp->lit) - 2);
}

static bool load(Ctx *ctx, Package *pkg, List *loading);

/* Loads what pkg imports; reports an import gosub does not provide at the
 * import's position. */
static bool load_imports(Ctx *ctx, Package *pkg, List *loading)
{
    bool ok = true;
    for (int i = 0; i < pkg->files->len; i++) {
        SourceFile *sf = list_at(pkg->files, i);
        for (int k = 0; sf->ast && sf->ast->list && k < sf->ast->list->len; k++) {
            Node *imp = list_at(sf->ast->list, k);
            char *path = import_path(imp);
            Package *dep = NULL;
            for (int j = 0; j < loading->len; j++)
                if (strcmp(((Package *)list_at(loading, j))->path, path) == 0)
                    dep = list_at(loading, j);
            if (dep && dep->state == 1) {
                error_at(ctx, imp->pos, "import cycle not allowed");
                ok = false;
                continue;
            }
            if (!dep)
                dep = find_package(ctx, path);
            if (!dep) {
                dep = package_new(path);
                list_push(loading, dep);
                if (!load(ctx, dep, loading)) {
                    if (dep->files->len == 0)
                        unsupported(ctx, imp->pos, xprintf("package %s", path));
                    ok = false;
                    continue;
                }
            }
            bool listed = false;
            for (int j = 0; j < pkg->imports->len; j++)
                listed |= list_at(pkg->imports, j) == dep;
            if (!listed)
                list_push(pkg->imports, dep);
        }
    }
    return ok;
}

/* Reads and parses a standard package, then what it imports. */
static bool load(Ctx *ctx, Package *pkg, List *loading)
{
    pkg->state = 1;
    pkg->is_std = true;
    if (strcmp(pkg->path, "unsafe") == 0) {
        /* unsafe has no source: the checker knows its members (check.c) */
        pkg->name = "unsafe";
        pkg->state = 2;
        list_push(ctx->packages, pkg);
        return true;
    }
    const char *dir = xprintf("%s/runtime/std/%s", gosub_root(), pkg->path);
    DIR *d = opendir(dir);
    if (!d)
        return false;
    List *names = list_new();
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        size_t n = strlen(ent->d_name);
        if (n > 3 && strcmp(ent->d_name + n - 3, ".go") == 0 &&
            !(n > 8 && strcmp(ent->d_name + n - 8, "_test.go") == 0))
            list_push(names, xstrdup(ent->d_name));
    }
    closedir(d);
    list_sort(names, compare_names);
    int errors_before = ctx->nerrors;
    for (int i = 0; i < names->len; i++) {
        if (!read_source(ctx, xprintf("%s/%s", dir, (char *)list_at(names, i)), pkg))
            return false;
        int index = ctx->files->len - 1;
        ((SourceFile *)list_at(ctx->files, index))->ast = parse_file(ctx, index);
    }
    if (ctx->nerrors > errors_before)      /* a standard package must parse cleanly */
        return false;
    if (pkg->files->len)
        pkg->name = ((SourceFile *)list_at(pkg->files, 0))->ast->name;
    bool ok = pkg->files->len > 0 && load_imports(ctx, pkg, loading);
    pkg->state = 2;
    list_push(ctx->packages, pkg);
    return ok;
}

bool load_packages(Ctx *ctx, Package *main_pkg)
{
    int errors_before = ctx->nerrors;
    List *loading = list_new();
    main_pkg->state = 1;
    if (main_pkg->files->len)
        main_pkg->name = ((SourceFile *)list_at(main_pkg->files, 0))->ast->name;
    bool ok = load_imports(ctx, main_pkg, loading);
    main_pkg->state = 2;
    list_push(ctx->packages, main_pkg);
    return ok && ctx->nerrors == errors_before;
}
