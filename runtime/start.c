/*
 * start.c — the C entry point of every gosub program.
 *
 * main() sets up the runtime (arguments, signal handlers), runs the
 * package's initialisation (main__init: variable initialisers and init
 * functions, emitted by the compiler), then main.main, lets a goroutine
 * that is panicking finish (it may end the program), then flushes stdout
 * and exits 0; the other goroutines just stop. A program that panics or
 * calls os.Exit never returns here.
 *
 * This file holds main() and nothing else, so that a C program with its own
 * main (the runtime's unit tests) can link against libgosub.a without it.
 */
#include "internal.h"

int main(int argc, char **argv) {
    rt_os_init(argc, argv);
    main__init();
    main__main();
    rt_sched_main_return();     /* a goroutine's panic in progress may end it yet */
    gosub_os_exit(0);
}
