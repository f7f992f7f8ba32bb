/*
 * atomic_test.c — unit test of std_atomic.c, the C half of sync/atomic and
 * runtime/internal/atomic. (sync/atomic is also tested from Go, in
 * tests/run/sync_atomic.go; runtime/internal/atomic cannot be: Go's
 * toolchain lets no program outside the standard library import it, so
 * there is no Go output to compare with.)
 *
 * Checks each operation's result and effect: Swap and Xchg return the old
 * value, Add and Xadd the new one, wrapping around as Go's integers do
 * (Xadd takes a signed delta for an unsigned value); CompareAndSwap and Cas
 * change nothing when the old value differs; And, Or, the 8-bit and the
 * pointer operations.
 */
#include "rtest.h"

/* The functions as the emitted code declares them (Go's signatures). */
go_int32 gosub_sync_atomic_SwapInt32(go_int32 *addr, go_int32 new_);
go_bool gosub_sync_atomic_CompareAndSwapInt32(go_int32 *addr, go_int32 old, go_int32 new_);
go_int32 gosub_sync_atomic_AddInt32(go_int32 *addr, go_int32 delta);
go_int32 gosub_sync_atomic_LoadInt32(go_int32 *addr);
void gosub_sync_atomic_StoreInt32(go_int32 *addr, go_int32 val);
go_int64 gosub_sync_atomic_AddInt64(go_int64 *addr, go_int64 delta);
go_uint32 gosub_sync_atomic_AddUint32(go_uint32 *addr, go_uint32 delta);
go_uint64 gosub_sync_atomic_AddUint64(go_uint64 *addr, go_uint64 delta);
go_uint64 gosub_sync_atomic_SwapUint64(go_uint64 *addr, go_uint64 new_);
go_bool gosub_sync_atomic_CompareAndSwapUintptr(go_uintptr *addr, go_uintptr old, go_uintptr new_);
void *gosub_sync_atomic_SwapPointer(void **addr, void *new_);
go_bool gosub_sync_atomic_CompareAndSwapPointer(void **addr, void *old, void *new_);
void *gosub_sync_atomic_LoadPointer(void **addr);
void gosub_sync_atomic_StorePointer(void **addr, void *val);

go_uint32 gosub_runtime_internal_atomic_Xadd(go_uint32 *ptr, go_int32 delta);
go_uint64 gosub_runtime_internal_atomic_Xadd64(go_uint64 *ptr, go_int64 delta);
go_uintptr gosub_runtime_internal_atomic_Xadduintptr(go_uintptr *ptr, go_uintptr delta);
go_int32 gosub_runtime_internal_atomic_Xaddint32(go_int32 *ptr, go_int32 delta);
go_int64 gosub_runtime_internal_atomic_Xaddint64(go_int64 *ptr, go_int64 delta);
go_uint32 gosub_runtime_internal_atomic_Xchg(go_uint32 *ptr, go_uint32 new_);
go_int64 gosub_runtime_internal_atomic_Xchgint64(go_int64 *ptr, go_int64 new_);
go_bool gosub_runtime_internal_atomic_Cas(go_uint32 *ptr, go_uint32 old, go_uint32 new_);
go_bool gosub_runtime_internal_atomic_Cas64(go_uint64 *ptr, go_uint64 old, go_uint64 new_);
go_bool gosub_runtime_internal_atomic_Casp1(void **ptr, void *old, void *new_);
void gosub_runtime_internal_atomic_Store8(go_uint8 *ptr, go_uint8 val);
void gosub_runtime_internal_atomic_StoreRel64(go_uint64 *ptr, go_uint64 val);
void gosub_runtime_internal_atomic_StorepNoWB(void *ptr, void *val);
go_uint gosub_runtime_internal_atomic_Loaduint(go_uint *ptr);
go_int64 gosub_runtime_internal_atomic_Loadint64(go_int64 *ptr);
void gosub_runtime_internal_atomic_And8(go_uint8 *ptr, go_uint8 val);
void gosub_runtime_internal_atomic_Or8(go_uint8 *ptr, go_uint8 val);
void gosub_runtime_internal_atomic_And(go_uint32 *ptr, go_uint32 val);
void gosub_runtime_internal_atomic_Or(go_uint32 *ptr, go_uint32 val);

static void sync_atomic(void)
{
    go_int32 i32 = 5;
    EXPECT(gosub_sync_atomic_SwapInt32(&i32, 7) == 5 && i32 == 7, "SwapInt32");
    EXPECT(!gosub_sync_atomic_CompareAndSwapInt32(&i32, 5, 9) && i32 == 7, "CompareAndSwapInt32 (differs)");
    EXPECT(gosub_sync_atomic_CompareAndSwapInt32(&i32, 7, 9) && i32 == 9, "CompareAndSwapInt32");
    i32 = INT32_MAX;
    EXPECT(gosub_sync_atomic_AddInt32(&i32, 1) == INT32_MIN && i32 == INT32_MIN, "AddInt32 wraps");
    gosub_sync_atomic_StoreInt32(&i32, -3);
    EXPECT(gosub_sync_atomic_LoadInt32(&i32) == -3, "StoreInt32, LoadInt32");

    go_int64 i64 = INT64_MIN;
    EXPECT(gosub_sync_atomic_AddInt64(&i64, -1) == INT64_MAX, "AddInt64 wraps");
    go_uint32 u32 = 0;
    EXPECT(gosub_sync_atomic_AddUint32(&u32, ~(go_uint32)0) == UINT32_MAX, "AddUint32(&x, ^uint32(0)) decrements");
    go_uint64 u64 = 10;
    EXPECT(gosub_sync_atomic_AddUint64(&u64, ~(go_uint64)(3 - 1)) == 7, "AddUint64 subtracts");
    EXPECT(gosub_sync_atomic_SwapUint64(&u64, UINT64_MAX) == 7 && u64 == UINT64_MAX, "SwapUint64");
    go_uintptr up = 3;
    EXPECT(!gosub_sync_atomic_CompareAndSwapUintptr(&up, 4, 5) && up == 3, "CompareAndSwapUintptr (differs)");
    EXPECT(gosub_sync_atomic_CompareAndSwapUintptr(&up, 3, 5) && up == 5, "CompareAndSwapUintptr");

    int a = 1, b = 2;
    void *p = NULL;
    gosub_sync_atomic_StorePointer(&p, &a);
    EXPECT(gosub_sync_atomic_LoadPointer(&p) == &a, "StorePointer, LoadPointer");
    EXPECT(gosub_sync_atomic_SwapPointer(&p, &b) == &a && p == &b, "SwapPointer");
    EXPECT(!gosub_sync_atomic_CompareAndSwapPointer(&p, &a, NULL) && p == &b, "CompareAndSwapPointer (differs)");
    EXPECT(gosub_sync_atomic_CompareAndSwapPointer(&p, &b, NULL) && p == NULL, "CompareAndSwapPointer");
}

static void runtime_internal_atomic(void)
{
    go_uint32 u32 = 1;
    EXPECT(gosub_runtime_internal_atomic_Xadd(&u32, -2) == UINT32_MAX && u32 == UINT32_MAX, "Xadd, a negative delta");
    EXPECT(gosub_runtime_internal_atomic_Xadd(&u32, 2) == 1, "Xadd wraps");
    go_uint64 u64 = 0;
    EXPECT(gosub_runtime_internal_atomic_Xadd64(&u64, -1) == UINT64_MAX, "Xadd64, a negative delta");
    go_uintptr up = 8;
    EXPECT(gosub_runtime_internal_atomic_Xadduintptr(&up, 8) == 16, "Xadduintptr");
    go_int32 i32 = INT32_MIN;
    EXPECT(gosub_runtime_internal_atomic_Xaddint32(&i32, -1) == INT32_MAX, "Xaddint32 wraps");
    go_int64 i64 = 5;
    EXPECT(gosub_runtime_internal_atomic_Xaddint64(&i64, -7) == -2, "Xaddint64");
    EXPECT(gosub_runtime_internal_atomic_Xchgint64(&i64, 9) == -2 && i64 == 9, "Xchgint64");
    EXPECT(gosub_runtime_internal_atomic_Loadint64(&i64) == 9, "Loadint64");

    EXPECT(gosub_runtime_internal_atomic_Xchg(&u32, 5) == 1 && u32 == 5, "Xchg");
    EXPECT(!gosub_runtime_internal_atomic_Cas(&u32, 4, 6) && u32 == 5, "Cas (differs)");
    EXPECT(gosub_runtime_internal_atomic_Cas(&u32, 5, 6) && u32 == 6, "Cas");
    EXPECT(gosub_runtime_internal_atomic_Cas64(&u64, UINT64_MAX, 1) && u64 == 1, "Cas64");
    gosub_runtime_internal_atomic_StoreRel64(&u64, 1ull << 40);
    EXPECT(u64 == 1ull << 40, "StoreRel64");
    go_uint un = 77;
    EXPECT(gosub_runtime_internal_atomic_Loaduint(&un) == 77, "Loaduint");

    go_uint8 u8 = 0xf0;
    gosub_runtime_internal_atomic_And8(&u8, 0x3c);
    EXPECT(u8 == 0x30, "And8");
    gosub_runtime_internal_atomic_Or8(&u8, 0x01);
    EXPECT(u8 == 0x31, "Or8");
    gosub_runtime_internal_atomic_Store8(&u8, 0xff);
    EXPECT(u8 == 0xff, "Store8");
    u32 = 0xff00;
    gosub_runtime_internal_atomic_And(&u32, 0x0ff0);
    gosub_runtime_internal_atomic_Or(&u32, 0x1);
    EXPECT(u32 == 0x0f01, "And, Or");

    int x = 3;
    void *p = NULL;
    gosub_runtime_internal_atomic_StorepNoWB(&p, &x);
    EXPECT(p == &x, "StorepNoWB");
    EXPECT(!gosub_runtime_internal_atomic_Casp1(&p, NULL, NULL) && p == &x, "Casp1 (differs)");
    EXPECT(gosub_runtime_internal_atomic_Casp1(&p, &x, NULL) && p == NULL, "Casp1");
}

int main(void)
{
    sync_atomic();
    runtime_internal_atomic();
    return rtest_finish("atomic_test");
}
