/*
 * signal.c — hardware faults turned into Go's panics and fatal errors.
 *
 * A nil pointer dereference that the compiler did not check explicitly
 * faults (SIGSEGV in the first page); Go reports it as a run-time panic, and
 * so must we, in a way that a later recover can catch. So the handler does
 * not panic itself: like Go's sigpanic, it rewrites the interrupted context
 * so that, when the handler returns, the faulting code appears to have called
 * rt_panic_nil_deref_from_signal, and the panic proceeds on the program's own
 * stack through gosub_panic like any other.
 *
 * A fault in the guard region below a goroutine's stack (sched.c), or near
 * the stack pointer, is a stack overflow, reported as Go's fatal "stack
 * overflow" with Go's words for its limit (it cannot run on the exhausted
 * stack: the handler runs on an alternate signal stack and exits from
 * there). Any other fault is Go's "unexpected fault address" fatal error.
 * Everything here is async-signal-safe: write(2) and _exit(2) only.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

#include "internal.h"

/* Faults below this address are nil dereferences (Go uses the same bound). */
#define NIL_PAGE_LIMIT 0x1000

static struct {
    uint8_t altstack[64 * 1024];   /* where the handler runs */
    uintptr_t stack_top;           /* the main thread's stack: [top - size, top) */
    size_t stack_size;
} signals;

static uintptr_t context_pc(const ucontext_t *uc) {
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.pc;
#else
    (void)uc;
    return 0;
#endif
}

static uintptr_t context_sp(const ucontext_t *uc) {
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.sp;
#else
    (void)uc;
    return 0;
#endif
}

/* Makes the interrupted code "call" fn when the handler returns, with the
 * faulting pc as return address so the frame looks like an ordinary call.
 * Returns false where we do not know how to edit a context. */
static bool redirect_to(ucontext_t *uc, void (*fn)(void), uintptr_t pc) {
#if defined(__x86_64__)
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    sp -= 128;                     /* step over the red zone */
    sp &= ~(uintptr_t)15;
    sp -= sizeof(uintptr_t);       /* at entry, sp+8 is 16-byte aligned */
    *(uintptr_t *)sp = pc;
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)fn;
    return true;
#elif defined(__aarch64__)
    uc->uc_mcontext.regs[30] = pc;                  /* link register */
    uc->uc_mcontext.sp = (uc->uc_mcontext.sp - 128) & ~(uint64_t)15;
    uc->uc_mcontext.pc = (uintptr_t)fn;
    return true;
#else
    (void)uc, (void)fn, (void)pc;
    return false;
#endif
}

static bool is_stack_overflow(uintptr_t addr, uintptr_t sp) {
    if (addr < NIL_PAGE_LIMIT) return false;
    /* The guard region lies just below the lowest the stack may grow to;
     * allow a large frame's worth of slack either side. */
    uintptr_t slack = 1 << 20;
    uintptr_t lowest = signals.stack_top - signals.stack_size;
    if (addr + slack >= lowest && addr < lowest + slack) return true;
    /* Or any fault a little below the stack pointer itself. */
    return addr < sp + 256 && sp - addr < slack;
}

static void put_hex(const char *before, uintptr_t v) {
    uint8_t store[40];
    RtBuf b = RT_BUF_INIT(store);
    rt_buf_puts(&b, before);
    rt_print_hex_to(&b, v);
    rt_stderr_write(b.data, b.len);
}

/* Go's report, with Go's limit (1e9 bytes): that is what a Go program
 * reaching it prints, whatever gosub's own limit. */
static RT_NORETURN void stack_overflow(uintptr_t sp, uintptr_t lo, uintptr_t hi) {
    rt_stderr_puts("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    put_hex("runtime: sp=", sp);
    put_hex(" stack=[", lo);
    put_hex(", ", hi);
    rt_stderr_puts("]\n");
    rt_fatal("stack overflow");
}

static void on_fault(int signo, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    uintptr_t addr = (uintptr_t)info->si_addr;
    uintptr_t pc = context_pc(uc), sp = context_sp(uc);
    uintptr_t lo, hi;

    if (signo == SIGSEGV && rt_sched_stack_overflow(addr, sp, &lo, &hi))
        stack_overflow(sp, lo, hi);
    if (signo == SIGSEGV && rt_sched_goid() == 1 && is_stack_overflow(addr, sp))
        stack_overflow(sp, signals.stack_top - signals.stack_size, signals.stack_top);

    if (signo == SIGFPE) {
        /* Integer division traps (the compiler checks for zero itself, so
         * this is MinInt / -1 slipping through): Go's panicdivide. */
        RtSignalNote note = {signo, info->si_code, addr, pc};
        rt_panic_note_signal(&note);
        if (redirect_to(uc, (void (*)(void))gosub_panic_divide, pc)) return;
        gosub_panic_divide();
    }

    if (addr < NIL_PAGE_LIMIT) {
        /* The address reported is the one that faulted (0x8 for p.b), as
         * in Go's own report of a faulting access. */
        RtSignalNote note = {signo, info->si_code, addr, pc};
        rt_panic_note_signal(&note);
        if (redirect_to(uc, rt_panic_nil_deref_from_signal, pc)) return;
        rt_panic_nil_deref_from_signal();
    }

    put_hex("unexpected fault address ", addr);
    rt_stderr_puts("\nfatal error: fault\n");
    put_hex(signo == SIGBUS ? "[signal SIGBUS: bus error code=" :
                              "[signal SIGSEGV: segmentation violation code=",
            (uintptr_t)info->si_code);
    put_hex(" addr=", addr);
    put_hex(" pc=", pc);
    rt_stderr_puts("]\n\ngoroutine ");
    uint8_t store[24];
    RtBuf b = RT_BUF_INIT(store);
    rt_strconv_append_bits(&b, (uint64_t)rt_sched_goid(), 10, false);
    rt_stderr_write(b.data, b.len);
    rt_stderr_puts(" [running]:\n\t(gosub prints no stack trace)\n");
    _exit(2);
}

/* For the collector: the top of the main stack (scanned up to here). */
uintptr_t rt_signal_stack_top(void) {
    return signals.stack_top;
}

void rt_signal_init(void) {
    int here;
    struct rlimit rl;
    signals.stack_top = (uintptr_t)&here;
    signals.stack_size = 8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        signals.stack_size = (size_t)rl.rlim_cur;

    stack_t ss = {.ss_sp = signals.altstack, .ss_size = sizeof signals.altstack};
    sigaltstack(&ss, NULL);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
}
