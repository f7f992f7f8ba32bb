/*
 * std_atomic.c — the C half of packages sync/atomic and
 * runtime/internal/atomic (runtime/std/sync/atomic,
 * runtime/std/runtime/internal/atomic): the functions Go writes in assembly.
 *
 * Why plain C loads and stores are atomic here: gosub runs every goroutine
 * on one OS thread, and switches from one to another only where a goroutine
 * blocks or yields (channels, locks, time.Sleep, runtime.Gosched), never in
 * the middle of a function and never on a signal. Nothing else runs while
 * one of these functions does, so each is indivisible as far as any other
 * goroutine can tell, and ordering between goroutines is already sequential.
 * The collector stops the world (it runs only inside an allocation), so
 * storing a pointer needs no write barrier either.
 *
 * Arithmetic is done in unsigned types, where C's overflow wraps as Go's
 * does. A nil address faults, and the signal handler reports Go's nil
 * dereference panic, as Go's atomics do.
 */
#include "internal.h"

/* ---------------------------------------------------------------- sync/atomic */

/* The five operations for one type: gosub_sync_atomic_SwapInt32, ... */
#define SYNC_ATOMIC_OPS(Name, T, U)                                              \
    T gosub_sync_atomic_Swap##Name(T *addr, T new_)                              \
    {                                                                            \
        T old = *addr;                                                           \
        *addr = new_;                                                            \
        return old;                                                              \
    }                                                                            \
    go_bool gosub_sync_atomic_CompareAndSwap##Name(T *addr, T old, T new_)       \
    {                                                                            \
        if (*addr != old)                                                        \
            return false;                                                        \
        *addr = new_;                                                            \
        return true;                                                             \
    }                                                                            \
    T gosub_sync_atomic_Add##Name(T *addr, T delta)                              \
    {                                                                            \
        *addr = (T)((U)*addr + (U)delta);                                        \
        return *addr;                                                            \
    }                                                                            \
    T gosub_sync_atomic_Load##Name(T *addr) { return *addr; }                    \
    void gosub_sync_atomic_Store##Name(T *addr, T val) { *addr = val; }

SYNC_ATOMIC_OPS(Int32, go_int32, go_uint32)
SYNC_ATOMIC_OPS(Int64, go_int64, go_uint64)
SYNC_ATOMIC_OPS(Uint32, go_uint32, go_uint32)
SYNC_ATOMIC_OPS(Uint64, go_uint64, go_uint64)
SYNC_ATOMIC_OPS(Uintptr, go_uintptr, go_uintptr)

/* unsafe.Pointer has no Add. */
void *gosub_sync_atomic_SwapPointer(void **addr, void *new_)
{
    void *old = *addr;
    *addr = new_;
    return old;
}

go_bool gosub_sync_atomic_CompareAndSwapPointer(void **addr, void *old, void *new_)
{
    if (*addr != old)
        return false;
    *addr = new_;
    return true;
}

void *gosub_sync_atomic_LoadPointer(void **addr) { return *addr; }
void gosub_sync_atomic_StorePointer(void **addr, void *val) { *addr = val; }

/* ---------------------------------------------------------------- runtime/internal/atomic */

/* Xadd*: add and return the new value; Xchg*: swap and return the old one;
 * Cas*: compare and swap. The Load functions Go writes in Go are in Go. */
#define RT_ATOMIC_XADD(Name, T, D, U)                                            \
    T gosub_runtime_internal_atomic_##Name(T *ptr, D delta)                      \
    {                                                                            \
        *ptr = (T)((U)*ptr + (U)delta);                                          \
        return *ptr;                                                             \
    }
#define RT_ATOMIC_XCHG(Name, T)                                                  \
    T gosub_runtime_internal_atomic_##Name(T *ptr, T new_)                       \
    {                                                                            \
        T old = *ptr;                                                            \
        *ptr = new_;                                                             \
        return old;                                                              \
    }
#define RT_ATOMIC_CAS(Name, T)                                                   \
    go_bool gosub_runtime_internal_atomic_##Name(T *ptr, T old, T new_)          \
    {                                                                            \
        if (*ptr != old)                                                         \
            return false;                                                        \
        *ptr = new_;                                                             \
        return true;                                                             \
    }
#define RT_ATOMIC_STORE(Name, T)                                                 \
    void gosub_runtime_internal_atomic_##Name(T *ptr, T val) { *ptr = val; }
#define RT_ATOMIC_LOAD(Name, T)                                                  \
    T gosub_runtime_internal_atomic_##Name(T *ptr) { return *ptr; }

RT_ATOMIC_XADD(Xadd, go_uint32, go_int32, go_uint32)
RT_ATOMIC_XADD(Xadd64, go_uint64, go_int64, go_uint64)
RT_ATOMIC_XADD(Xadduintptr, go_uintptr, go_uintptr, go_uintptr)
RT_ATOMIC_XADD(Xaddint32, go_int32, go_int32, go_uint32)
RT_ATOMIC_XADD(Xaddint64, go_int64, go_int64, go_uint64)

RT_ATOMIC_XCHG(Xchg, go_uint32)
RT_ATOMIC_XCHG(Xchgint64, go_int64)

RT_ATOMIC_CAS(Cas, go_uint32)
RT_ATOMIC_CAS(Cas64, go_uint64)
RT_ATOMIC_CAS(Casp1, void *)

RT_ATOMIC_STORE(Store8, go_uint8)
RT_ATOMIC_STORE(StoreRel64, go_uint64)

RT_ATOMIC_LOAD(Loaduint, go_uint)
RT_ATOMIC_LOAD(Loadint64, go_int64)

/* StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer): ptr points at the
 * pointer to set. */
void gosub_runtime_internal_atomic_StorepNoWB(void *ptr, void *val) { *(void **)ptr = val; }

void gosub_runtime_internal_atomic_And8(go_uint8 *ptr, go_uint8 val) { *ptr &= val; }
void gosub_runtime_internal_atomic_Or8(go_uint8 *ptr, go_uint8 val) { *ptr |= val; }
void gosub_runtime_internal_atomic_And(go_uint32 *ptr, go_uint32 val) { *ptr &= val; }
void gosub_runtime_internal_atomic_Or(go_uint32 *ptr, go_uint32 val) { *ptr |= val; }
