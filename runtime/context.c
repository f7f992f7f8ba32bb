/*
 * context.c — switching the thread from one goroutine's stack to another's.
 *
 * A goroutine that stops running leaves its state on its own stack: on
 * x86-64, rt_ctx_switch pushes the registers the C calling convention says a
 * callee must preserve (rbx, rbp, r12-r15, and the MXCSR and x87 control
 * words), stores the stack pointer in the goroutine's RtContext, loads the
 * other goroutine's stack pointer and pops the same registers from there.
 * The caller-saved registers need no saving: the C compiler already assumes
 * a call destroys them. No system call, no signal mask: a switch costs a few
 * nanoseconds (tests/runtime/sched_test.c measures it).
 *
 * A new goroutine's stack is made to look as if it had switched away just
 * before calling its first function: rt_ctx_init writes that frame, whose
 * "return address" is rt_ctx_start, which calls fn(arg) with the stack
 * aligned as the ABI wants.
 *
 * Elsewhere than x86-64 (or built with -DGOSUB_UCONTEXT) the C library's
 * makecontext/swapcontext do the same job, more slowly (swapcontext also
 * saves the signal mask, a system call).
 *
 * What it hands on: rt_ctx_init, rt_ctx_switch and rt_ctx_sp (internal.h),
 * used by sched.c, the one file that switches.
 */
#include "internal.h"

#if !defined(RT_CTX_UCONTEXT)

/* void rt_ctx_switch(RtContext *from, RtContext *to)   (rdi, rsi) */
__asm__(
    ".text\n"
    ".globl rt_ctx_switch\n"
    ".type rt_ctx_switch, @function\n"
    ".p2align 4\n"
    "rt_ctx_switch:\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $8, %rsp\n"
    "    stmxcsr (%rsp)\n"
    "    fnstcw 4(%rsp)\n"
    "    movq %rsp, (%rdi)\n"        /* from->sp */
    "    movq (%rsi), %rsp\n"        /* to->sp */
    "    ldmxcsr (%rsp)\n"
    "    fldcw 4(%rsp)\n"
    "    addq $8, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".size rt_ctx_switch, .-rt_ctx_switch\n"
    /* A new stack's first return lands here, with fn in r13 and arg in
     * r12 (popped from the frame rt_ctx_init wrote) and rsp 16-aligned. */
    ".type rt_ctx_start, @function\n"
    ".p2align 4\n"
    "rt_ctx_start:\n"
    "    movq %r12, %rdi\n"
    "    callq *%r13\n"
    "    ud2\n"                      /* fn never returns */
    ".size rt_ctx_start, .-rt_ctx_start\n");

void rt_ctx_start(void);

/* The frame rt_ctx_switch pops, lowest address first. */
typedef struct InitialFrame {
    uint32_t mxcsr, fpucw;
    uintptr_t r15, r14, r13, r12, rbx, rbp;
    void (*ret)(void);
} InitialFrame;

void rt_ctx_init(RtContext *c, uintptr_t lo, uintptr_t hi, void (*fn)(void *), void *arg)
{
    (void)lo;
    /* After the ret, rsp = the frame's end, which must be 16-aligned for the
     * call in rt_ctx_start; 16 bytes above it are left unused. */
    uintptr_t end = (hi & ~(uintptr_t)15) - 16;
    InitialFrame *f = (InitialFrame *)(end - sizeof(InitialFrame));
    memset(f, 0, sizeof *f);
    f->mxcsr = 0x1f80;              /* the ABI's initial values: all exceptions masked, */
    f->fpucw = 0x037f;              /* round to nearest, double extended */
    f->r13 = (uintptr_t)fn;
    f->r12 = (uintptr_t)arg;
    f->ret = rt_ctx_start;
    c->sp = f;
}

uintptr_t rt_ctx_sp(const RtContext *c, uintptr_t lo)
{
    (void)lo;
    return (uintptr_t)c->sp;
}

#else /* RT_CTX_UCONTEXT */

#include <stdlib.h>

/* makecontext passes int arguments only: the two halves of the pointers. */
static void start_trampoline(unsigned fn_hi, unsigned fn_lo, unsigned arg_hi, unsigned arg_lo)
{
    void (*fn)(void *) = (void (*)(void *))(((uintptr_t)fn_hi << 16 << 16) | fn_lo);
    void *arg = (void *)(((uintptr_t)arg_hi << 16 << 16) | arg_lo);
    fn(arg);
    abort();
}

void rt_ctx_init(RtContext *c, uintptr_t lo, uintptr_t hi, void (*fn)(void *), void *arg)
{
    if (getcontext(&c->uc) != 0)
        rt_fatal("runtime: getcontext failed");
    c->uc.uc_stack.ss_sp = (void *)lo;
    c->uc.uc_stack.ss_size = hi - lo;
    c->uc.uc_link = NULL;
    uintptr_t f = (uintptr_t)fn, a = (uintptr_t)arg;
    makecontext(&c->uc, (void (*)(void))start_trampoline, 4, (unsigned)(f >> 16 >> 16),
                (unsigned)f, (unsigned)(a >> 16 >> 16), (unsigned)a);
}

void rt_ctx_switch(RtContext *from, RtContext *to)
{
    if (swapcontext(&from->uc, &to->uc) != 0)
        rt_fatal("runtime: swapcontext failed");
}

uintptr_t rt_ctx_sp(const RtContext *c, uintptr_t lo)
{
    (void)lo;
#if defined(__x86_64__)
    return (uintptr_t)c->uc.uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
    return (uintptr_t)c->uc.uc_mcontext.sp;
#else
    (void)c;
    return lo;                      /* unknown: the whole stack is scanned */
#endif
}

#endif
