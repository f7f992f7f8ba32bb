/*
 * types.c — the descriptors of Go's predeclared types.
 *
 * The compiler emits a GoType for every type a program declares or spells
 * out ([]int, main.T, func() string, ...), but the predeclared ones are the
 * runtime's, so that `interface{}(42)` in any program, fmt's switch on basic
 * types and the panic printer all agree on one address per type.
 *
 * The gcbits of a descriptor mark which pointer-sized words of a value may
 * hold a pointer; the collector will scan exactly those.
 */
#include "internal.h"

#define W sizeof(void *)

static const uint8_t gcbits_one_pointer[] = {0x01};     /* word 0 */
static const uint8_t gcbits_two_pointers[] = {0x03};    /* words 0, 1 */

/* A scalar type: no pointers. */
#define SCALAR(cname, kindv, ctype, str)                                          \
    const GoType cname = {.kind = (kindv), .flags = GOTYPE_NAMED,                 \
                          .size = sizeof(ctype), .align = _Alignof(ctype),        \
                          .string = (str)}

SCALAR(gosub_type_bool, GOKIND_BOOL, go_bool, "bool");
SCALAR(gosub_type_int, GOKIND_INT, go_int, "int");
SCALAR(gosub_type_int8, GOKIND_INT8, go_int8, "int8");
SCALAR(gosub_type_int16, GOKIND_INT16, go_int16, "int16");
SCALAR(gosub_type_int32, GOKIND_INT32, go_int32, "int32");
SCALAR(gosub_type_int64, GOKIND_INT64, go_int64, "int64");
SCALAR(gosub_type_uint, GOKIND_UINT, go_uint, "uint");
SCALAR(gosub_type_uint8, GOKIND_UINT8, go_uint8, "uint8");
SCALAR(gosub_type_uint16, GOKIND_UINT16, go_uint16, "uint16");
SCALAR(gosub_type_uint32, GOKIND_UINT32, go_uint32, "uint32");
SCALAR(gosub_type_uint64, GOKIND_UINT64, go_uint64, "uint64");
SCALAR(gosub_type_uintptr, GOKIND_UINTPTR, go_uintptr, "uintptr");
SCALAR(gosub_type_float32, GOKIND_FLOAT32, go_float32, "float32");
SCALAR(gosub_type_float64, GOKIND_FLOAT64, go_float64, "float64");
SCALAR(gosub_type_complex64, GOKIND_COMPLEX64, go_complex64, "complex64");
SCALAR(gosub_type_complex128, GOKIND_COMPLEX128, go_complex128, "complex128");

/* A string's first word points at its bytes. */
const GoType gosub_type_string = {
    .kind = GOKIND_STRING, .flags = GOTYPE_NAMED, .size = sizeof(GoString),
    .align = _Alignof(GoString), .ptrdata = W, .gcbits = gcbits_one_pointer,
    .string = "string"};

const GoType gosub_type_unsafe_Pointer = {
    .kind = GOKIND_UNSAFE_POINTER, .flags = GOTYPE_NAMED | GOTYPE_DIRECT_IFACE, .size = W, .align = W,
    .ptrdata = W, .gcbits = gcbits_one_pointer, .string = "unsafe.Pointer"};

/* Both words of an interface are pointers: the type (or itab) and the data. */
const GoType gosub_type_empty_interface = {
    .kind = GOKIND_INTERFACE, .size = sizeof(GoEface), .align = W,
    .ptrdata = 2 * W, .gcbits = gcbits_two_pointers, .string = "interface {}"};

/* error is interface { Error() string }. */
const GoType rt_type_func_string = {
    .kind = GOKIND_FUNC, .flags = GOTYPE_DIRECT_IFACE, .size = W, .align = W, .ptrdata = W,
    .gcbits = gcbits_one_pointer, .string = "func() string"};

static const GoMethod error_methods[] = {
    {.name = "Error", .type = &rt_type_func_string},
};

const GoType gosub_type_error = {
    .kind = GOKIND_INTERFACE, .flags = GOTYPE_NAMED, .size = sizeof(GoIface),
    .align = W, .ptrdata = 2 * W, .gcbits = gcbits_two_pointers, .string = "error",
    .methods = error_methods, .nmethods = 1};

/* What conversions to interfaces point at instead of allocating (gosub_rt.h):
 * Go's staticuint64s, the values 0..255, read in place as any type of up to
 * 8 bytes on a little-endian machine; and zeroVal, the zero string or slice. */
#define SU8(n) n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
#define SU64(n) SU8(n), SU8(n + 8), SU8(n + 16), SU8(n + 24), SU8(n + 32), SU8(n + 40), \
    SU8(n + 48), SU8(n + 56)
const uint64_t gosub_staticuint64s[256] = {SU64(0), SU64(64), SU64(128), SU64(192)};
#undef SU64
#undef SU8
const uint64_t gosub_zeroval[4];
