/*
 * os.c — the process around the program: start-up, os.Args, os.Exit.
 *
 * start.c's main() hands argc/argv here before anything else runs; they
 * become os.Args (a []string built once, in the Go heap, on first use) and
 * the signal handlers are installed. Leaving goes through here too: normal
 * exit and os.Exit both flush the stdout buffer first, and neither runs
 * deferred calls, as in Go.
 */
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"

static struct {
    int argc;
    char **argv;
    GoSlice args;          /* os.Args, once built */
    bool args_built;
} process;

/* os.Args lives in the heap and is reachable from here only. */
void rt_os_mark_roots(void) {
    rt_gc_mark_range(&process.args, sizeof process.args);
}

void rt_os_init(int argc, char **argv) {
    process.argc = argc;
    process.argv = argv;
    rt_signal_init();
}

GoSlice gosub_os_args(void) {
    if (!process.args_built) {
        go_int n = process.argc;
        GoString *args = gosub_new_array(&gosub_type_string, n);
        for (go_int i = 0; i < n; i++) {
            const char *a = process.argv[i];
            args[i] = (GoString){(const uint8_t *)a, (go_int)strlen(a)};
        }
        process.args = (GoSlice){args, n, n};
        process.args_built = true;
    }
    return process.args;
}

void gosub_os_exit(go_int code) {
    rt_stdout_flush();
    _exit((int)code);
}
