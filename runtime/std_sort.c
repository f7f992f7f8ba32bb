/*
 * std_sort.c — the C half of package sort (runtime/std/sort): what Go's
 * sort.Slice gets from reflection, the length of a slice held in an
 * interface and a function that swaps two of its elements, whatever their
 * type. The interface's data word points at the boxed slice header; its
 * type descriptor gives the element size.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* reflect.Kind's names, for the messages of reflect's ValueError. */
static const char *kind_name(const GoType *t)
{
    static const char *names[] = {
        [GOKIND_INVALID] = "invalid", [GOKIND_BOOL] = "bool", [GOKIND_INT] = "int",
        [GOKIND_INT8] = "int8", [GOKIND_INT16] = "int16", [GOKIND_INT32] = "int32",
        [GOKIND_INT64] = "int64", [GOKIND_UINT] = "uint", [GOKIND_UINT8] = "uint8",
        [GOKIND_UINT16] = "uint16", [GOKIND_UINT32] = "uint32", [GOKIND_UINT64] = "uint64",
        [GOKIND_UINTPTR] = "uintptr", [GOKIND_FLOAT32] = "float32",
        [GOKIND_FLOAT64] = "float64", [GOKIND_COMPLEX64] = "complex64",
        [GOKIND_COMPLEX128] = "complex128", [GOKIND_ARRAY] = "array", [GOKIND_CHAN] = "chan",
        [GOKIND_FUNC] = "func", [GOKIND_INTERFACE] = "interface", [GOKIND_MAP] = "map",
        [GOKIND_POINTER] = "ptr", [GOKIND_SLICE] = "slice", [GOKIND_STRING] = "string",
        [GOKIND_STRUCT] = "struct", [GOKIND_UNSAFE_POINTER] = "unsafe.Pointer",
    };
    if (t->kind < sizeof names / sizeof names[0] && names[t->kind])
        return names[t->kind];
    return "invalid";
}

/* The slice x holds, or reflect's panic for method (as reflect words it). */
static GoSlice *slice_of(GoEface x, const char *method)
{
    if (x.type && x.type->kind == GOKIND_SLICE)
        return (GoSlice *)x.data;
    char msg[128];
    int n;
    if (!x.type)
        n = snprintf(msg, sizeof msg, "reflect: call of %s on zero Value", method);
    else
        n = snprintf(msg, sizeof msg, "reflect: call of %s on %s Value", method, kind_name(x.type));
    uint8_t *p = gosub_alloc_bytes((go_uintptr)n);
    memcpy(p, msg, (size_t)n);
    gosub_panic_string((GoString){p, n});
}

/* sliceLen: reflect.ValueOf(x).Len(): the length of the slice, array,
 * string or map in x; reflect's panic for other kinds. (Channels: gosub has
 * none yet.) */
go_int gosub_sort_sliceLen(GoEface x)
{
    if (x.type) {
        switch (x.type->kind) {
        case GOKIND_STRING: return ((GoString *)x.data)->len;
        case GOKIND_ARRAY: return x.type->len;
        case GOKIND_MAP: return gosub_maplen((GoMap *)x.data);   /* a map is direct */
        }
    }
    return slice_of(x, "reflect.Value.Len")->len;
}

/* checkSwapper: reflect.Swapper's panic when x holds no slice. */
void gosub_sort_checkSwapper(GoEface x)
{
    (void)slice_of(x, "Swapper");
}

/* swapElems: x[i], x[j] = x[j], x[i] for the slice in x. */
void gosub_sort_swapElems(GoEface x, go_int i, go_int j)
{
    GoSlice *s = (GoSlice *)x.data;
    if ((go_uint)i >= (go_uint)s->len || (go_uint)j >= (go_uint)s->len)
        gosub_panic_string(GOSUB_STR("reflect: slice index out of range"));
    size_t size = (size_t)x.type->elem->size;
    char *a = (char *)s->ptr + (size_t)i * size, *b = (char *)s->ptr + (size_t)j * size;
    switch (size) {
    case 8: {
        uint64_t t;
        memcpy(&t, a, 8);
        memcpy(a, b, 8);
        memcpy(b, &t, 8);
        return;
    }
    case 16: {
        uint64_t t[2];
        memcpy(t, a, 16);
        memcpy(a, b, 16);
        memcpy(b, t, 16);
        return;
    }
    }
    char buf[256];
    while (size > 0) {
        size_t n = size < sizeof buf ? size : sizeof buf;
        memcpy(buf, a, n);
        memcpy(a, b, n);
        memcpy(b, buf, n);
        a += n;
        b += n;
        size -= n;
    }
}
