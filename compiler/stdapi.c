/*
 * stdapi.c — the names Go 1.19's standard packages export, to tell a name
 * gosub's version of a package lacks from a name Go does not have either.
 *
 * `runtime.MemProfile` is Go, but gosub's runtime package has no
 * MemProfile: the checker says "runtime.MemProfile not supported by gosub",
 * not gc's "undefined: runtime.MemProfile", which would call the program
 * wrong. The names are in runtime/std/api.txt, one a line ("runtime
 * MemProfile", "strings Builder.Cap"), generated from Go's own API files by
 * tests/tools/genstdapi.sh. The file is read the first time a name is
 * asked about, which happens only on the way to an error: a program that
 * compiles never reads it. Without the file every such name is undefined.
 */
#include "gosub.h"

#include <stdlib.h>
#include <string.h>

static List *api_names;                    /* char*, sorted; NULL until read */

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads api.txt into api_names, skipping its comment lines. */
static void read_api_names(void)
{
    api_names = list_new();
    FILE *f = fopen(xprintf("%s/runtime/std/api.txt", gosub_root()), "r");
    if (!f)
        return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] && line[0] != '#')
            list_push(api_names, xstrdup(line));
    }
    fclose(f);
    list_sort(api_names, compare_strings);  /* the file is sorted; do not depend on it */
}

/* Whether Go 1.19's package `path` exports `name`: a package-level name
 * ("MemProfile") or a type's field or method ("Builder.Cap"). */
bool std_api_has(const char *path, const char *name)
{
    if (!api_names)
        read_api_names();
    if (api_names->len == 0)
        return false;
    char *key = xprintf("%s %s", path, name);
    return bsearch(&key, api_names->v, (size_t)api_names->len, sizeof(char *), compare_strings) != NULL;
}
