/*
 * exprfmt.c — Go expressions and statements printed the way gc's -m reports
 * print them (cmd/compile/internal/ir/fmt.go).
 *
 * Escape analysis names each allocation site by the Go expression it comes
 * from: "&T{...} escapes to heap", "make([]int, m) escapes to heap",
 * "... argument does not escape". gc prints its typechecked tree, not the
 * source text, so the rules here are gc's: composite literals show their
 * type and "{...}", parentheses appear only where precedence needs them,
 * binary operators are spaced, the extra arguments of a variadic call show
 * as "... argument", a conversion to a type without a name puts the type in
 * parentheses. Hands escape.c strings; changes nothing.
 */
#include "gosub.h"
#include "parse.h"

#include <string.h>

/* gc's operator precedences (ir.OpPrec): operands bind at 8, unary
 * operators at 7, then the binary levels of the spec. */
int gc_binary_prec(int op)
{
    switch (op) {
    case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_AND_NOT:
        return 6;
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
        return 5;
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
        return 4;
    case TK_LAND:
        return 2;
    case TK_LOR:
        return 1;
    default:
        return 8;
    }
}

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static int prec_of(Node *n)
{
    n = unparen(n);
    switch (n->kind) {
    case N_BINARY:
        return gc_binary_prec(n->op);
    case N_UNARY: case N_STAR:
        return 7;
    default:
        return 8;
    }
}

/* gc's spelling of a type: as types2's, except that interfaces and
 * structs are spaced ("interface {}"). */
const char *gc_type_string(Type *t)
{
    if (!t)
        return "<nil>";
    switch (t->kind) {
    case TY_POINTER: return xprintf("*%s", gc_type_string(t->elem));
    case TY_SLICE: return xprintf("[]%s", gc_type_string(t->elem));
    case TY_ARRAY: return xprintf("[%lld]%s", (long long)t->len, gc_type_string(t->elem));
    case TY_MAP: return xprintf("map[%s]%s", gc_type_string(t->key), gc_type_string(t->elem));
    case TY_INTERFACE:
        if (!t->methods || t->methods->len == 0)
            return "interface {}";
        return type_string(t);
    case TY_STRUCT:
        if (!t->fields || t->fields->len == 0)
            return "struct {}";
        return type_string(t);
    default:
        return type_string(t);
    }
}

static const char *expr_prec(Node *n, int prec);

static const char *list_string(List *l, int from, int to)
{
    char *s = "";
    for (int i = from; l && i < to && i < l->len; i++)
        s = xprintf("%s%s%s", s, i > from ? ", " : "", expr_prec(list_at(l, i), 0));
    return s;
}

/* The callee's type, when n calls a function (not a conversion or a built-in). */
static Type *callee_signature(Node *call)
{
    Node *f = unparen(call->x);
    if (!f->ty || f->mode == MODE_TYPE || f->mode == MODE_BUILTIN)
        return NULL;
    Type *u = underlying(f->ty);
    return u && u->kind == TY_FUNC ? u : NULL;
}

static const char *call_string(Node *n)
{
    Node *f = unparen(n->x);
    const char *fs = expr_prec(f, 8);
    if (f->mode == MODE_TYPE) {            /* a conversion: T(x), or (T)(x) for an unnamed T */
        Type *t = n->ty;
        bool named = t && (t->kind == TY_NAMED || t->kind < TY_ARRAY);
        return xprintf(named ? "%s(%s)" : "(%s)(%s)", named ? fs : gc_type_string(t),
                       list_string(n->list, 0, n->list ? n->list->len : 0));
    }
    Type *sig = callee_signature(n);
    int nargs = n->list ? n->list->len : 0;
    if (sig && sig->variadic && !n->dots && !(nargs == 1 && ((Node *)list_at(n->list, 0))->ty &&
                                              ((Node *)list_at(n->list, 0))->ty->kind == TY_TUPLE)) {
        /* the extra arguments travel in a slice gc calls "... argument" */
        int nfixed = sig->params->len - 1;
        const char *fixed = list_string(n->list, 0, nfixed);
        const char *extra = nargs > nfixed ? "... argument" : "nil";
        return xprintf("%s(%s%s%s...)", fs, fixed, nfixed > 0 ? ", " : "", extra);
    }
    return xprintf("%s(%s%s)", fs, list_string(n->list, 0, nargs), n->dots ? "..." : "");
}

static const char *composite_string(Node *n)
{
    Type *t = n->ty;
    const char *body = n->list && n->list->len ? "{...}" : "{}";
    if (n->implicit_addr && t && underlying(t)->kind == TY_POINTER)
        return xprintf("&%s%s", gc_type_string(underlying(t)->elem), body);
    return xprintf("%s%s", gc_type_string(t), body);
}

static const char *builtin_string(Node *n, Node *f)
{
    int nargs = n->list ? n->list->len : 0;
    if (f->obj->builtin == BI_NEW || f->obj->builtin == BI_MAKE) {
        Node *t = list_at(n->list, 0);
        const char *ts = gc_type_string(t->ty);
        return xprintf("%s(%s%s%s)", f->obj->name, ts, nargs > 1 ? ", " : "", list_string(n->list, 1, nargs));
    }
    return xprintf("%s(%s%s)", f->obj->name, list_string(n->list, 0, nargs), n->dots ? "..." : "");
}

static const char *basic_lit_string(Node *n)
{
    if (n->op == TK_STRING && n->lit[0] == '`') {
        /* a raw string shows as its quoted value, as gc prints constants */
        char *s = xprintf("\"");
        for (int i = 1; i < n->litlen - 1; i++) {
            char c = n->lit[i];
            if (c == '\r')
                continue;
            s = c == '"' || c == '\\' ? xprintf("%s\\%c", s, c) : c == '\n' ? xprintf("%s\\n", s)
                                                                            : xprintf("%s%c", s, c);
        }
        return xprintf("%s\"", s);
    }
    return xprintf("%.*s", n->litlen, n->lit);
}

static const char *expr_prec(Node *n, int prec)
{
    if (!n)
        return "<nil>";
    n = unparen(n);
    int p = prec_of(n);
    const char *s;
    switch (n->kind) {
    case N_IDENT:
        s = n->name;
        break;
    case N_BASICLIT:
        s = basic_lit_string(n);
        break;
    case N_COMPOSITE:
        s = composite_string(n);
        break;
    case N_FUNCLIT:
        s = "func literal";
        break;
    case N_SELECTOR:
        s = xprintf("%s.%s", expr_prec(n->x, 8), n->name);
        break;
    case N_INDEX:
        s = xprintf("%s[%s]", expr_prec(n->x, 8), expr_prec(n->y, 0));
        break;
    case N_SLICE:
        s = xprintf("%s[%s:%s%s%s]", expr_prec(n->x, 8), n->lo ? expr_prec(n->lo, 0) : "",
                    n->hi ? expr_prec(n->hi, 0) : "", n->slice3 ? ":" : "", n->max ? expr_prec(n->max, 0) : "");
        break;
    case N_TYPEASSERT:
        s = xprintf("%s.(%s)", expr_prec(n->x, 8), n->type ? gc_type_string(n->type->ty) : "type");
        break;
    case N_CALL: {
        if (n->inlined_as) {               /* gc prints what the inlined body left, */
            s = xstrdup(n->inlined_as);    /* an OINLCALL: no precedence of its own */
            p = 0;
            break;
        }
        Node *f = unparen(n->x);
        s = f->mode == MODE_BUILTIN && f->obj ? builtin_string(n, f) : call_string(n);
        break;
    }
    case N_STAR:
        s = xprintf("*%s", expr_prec(n->x, 8));
        break;
    case N_UNARY: {
        Node *x = unparen(n->x);
        if (n->op == TK_AND && x->kind == N_COMPOSITE) {
            s = xprintf("&%s", composite_string(x));
            p = 8;
            break;
        }
        s = xprintf("%s%s", token_spelling(n->op), expr_prec(n->x, 8));
        break;
    }
    case N_BINARY:
        s = xprintf("%s %s %s", expr_prec(n->x, p), token_spelling(n->op), expr_prec(n->y, p + 1));
        break;
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE: case N_STRUCTTYPE:
    case N_INTERFACETYPE:
        s = gc_type_string(n->ty);
        break;
    default:
        s = "?";
        break;
    }
    return p < prec ? xprintf("(%s)", s) : s;
}

const char *gc_expr_string(Node *n)
{
    return expr_prec(n, 0);
}

/* A statement as gc's notes name it: "return &x", "global = p", "x := y". */
const char *gc_stmt_string(Node *n)
{
    if (!n)
        return "<nil>";
    switch (n->kind) {
    case N_ASSIGN: {
        const char *op = n->op == TK_DEFINE ? ":=" : n->op ? xprintf("%s=", token_spelling(n->op)) : "=";
        return xprintf("%s %s %s", list_string(n->list, 0, n->list->len), op,
                       list_string(n->list2, 0, n->list2 ? n->list2->len : 0));
    }
    case N_VAR:
        if (!n->list2)
            return xprintf("var %s", list_string(n->list, 0, n->list->len));
        return xprintf("%s := %s", list_string(n->list, 0, n->list->len), list_string(n->list2, 0, n->list2->len));
    case N_RETURN:
        return n->list && n->list->len ? xprintf("return %s", list_string(n->list, 0, n->list->len)) : "return";
    case N_EXPRSTMT:
        return gc_expr_string(n->x);
    case N_DEFER:
        return xprintf("defer %s", gc_expr_string(n->x));
    case N_INCDEC:
        return xprintf("%s%s", gc_expr_string(n->x), token_spelling(n->op));
    default:
        return gc_expr_string(n);
    }
}
