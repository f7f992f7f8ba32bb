/*
 * emit.c — the C emitter: one readable C file per program, from the IR.
 *
 * Each Go function becomes a C function, each IrVar a C local or a static
 * global, each IR node a C expression or statement. The checks Go makes and C
 * does not (integer division by zero, the most negative integer divided by
 * -1, oversized shifts, string bounds) are spelled out here, using GNU C
 * statement expressions so every operand is evaluated once and in order.
 * `#line` directives point the C compiler and a debugger at the Go source.
 * The C file includes the runtime's contract, runtime/gosub_rt.h, and defines
 * main__init and main__main, which the runtime's main() calls.
 */
#include "gosub.h"
#include "parse.h"

#include <math.h>
#include <string.h>

typedef struct Emitter {
    Ctx *ctx;
    FILE *out;
    int indent;
    int tmp;                               /* numbering of emitter temporaries */
    int line_file, line_no;                /* last #line emitted */
} Emitter;

static void emit_expr(Emitter *e, IrNode *n);
static void emit_stmt(Emitter *e, IrNode *n);

static const char *ctype(Type *t)
{
    Type *u = underlying(t);
    if (!u)
        return "void";
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL: return "go_bool";
    case TY_INT: case TY_UNTYPED_INT: return "go_int";
    case TY_INT8: return "go_int8";
    case TY_INT16: return "go_int16";
    case TY_INT32: case TY_UNTYPED_RUNE: return "go_int32";
    case TY_INT64: return "go_int64";
    case TY_UINT: return "go_uint";
    case TY_UINT8: return "go_uint8";
    case TY_UINT16: return "go_uint16";
    case TY_UINT32: return "go_uint32";
    case TY_UINT64: return "go_uint64";
    case TY_UINTPTR: return "go_uintptr";
    case TY_FLOAT32: return "go_float32";
    case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "go_float64";
    case TY_STRING: case TY_UNTYPED_STRING: return "GoString";
    case TY_INTERFACE: return "GoEface";
    default: return "void *";
    }
}

/* The runtime descriptor of a basic type, as gosub_rt.h names them. */
static const char *type_descriptor(Type *t)
{
    Type *u = underlying(t);
    if (t->kind == TY_NAMED)
        return NULL;                       /* defined types get their own descriptors later */
    switch (u->kind) {
    case TY_BOOL: return "&gosub_type_bool";
    case TY_INT: return "&gosub_type_int";
    case TY_INT8: return "&gosub_type_int8";
    case TY_INT16: return "&gosub_type_int16";
    case TY_INT32: return "&gosub_type_int32";
    case TY_INT64: return "&gosub_type_int64";
    case TY_UINT: return "&gosub_type_uint";
    case TY_UINT8: return "&gosub_type_uint8";
    case TY_UINT16: return "&gosub_type_uint16";
    case TY_UINT32: return "&gosub_type_uint32";
    case TY_UINT64: return "&gosub_type_uint64";
    case TY_UINTPTR: return "&gosub_type_uintptr";
    case TY_FLOAT32: return "&gosub_type_float32";
    case TY_FLOAT64: return "&gosub_type_float64";
    case TY_STRING: return "&gosub_type_string";
    default: return NULL;
    }
}

static void out(Emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Emitter *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(e->out, fmt, ap);
    va_end(ap);
}

static void newline(Emitter *e)
{
    fprintf(e->out, "\n%*s", e->indent * 4, "");
}

static void line_directive(Emitter *e, Pos pos)
{
    if (pos.line == 0 || (pos.file == e->line_file && pos.line == e->line_no))
        return;
    SourceFile *sf = list_at(e->ctx->files, pos.file);
    fprintf(e->out, "\n#line %d \"%s\"", pos.line, sf->path);
    e->line_file = pos.file;
    e->line_no = pos.line;
    newline(e);
}

/* ---------------------------------------------------------------- constants */

static void emit_string_literal(Emitter *e, const char *s, int64_t len)
{
    out(e, "((GoString){(const uint8_t *)\"");
    for (int64_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\')
            out(e, "\\%c", ch);
        else if (ch >= 0x20 && ch < 0x7f && ch != '?')
            out(e, "%c", ch);
        else
            out(e, "\\%03o", ch);          /* octal: never swallows a following digit */
    }
    out(e, "\", %lld})", (long long)len);
}

static void emit_const(Emitter *e, IrNode *n)
{
    Type *t = n->type;
    const char *ct = ctype(t);
    ConstVal *cv = n->cval;
    if (!cv) {                             /* the zero value */
        Type *u = underlying(t);
        if (u->kind == TY_STRING || u->kind == TY_INTERFACE)
            out(e, "((%s){0})", ct);
        else
            out(e, "((%s)0)", ct);
        return;
    }
    switch (cv->kind) {
    case CV_BOOL:
        out(e, "%s", cv->b ? "1" : "0");
        return;
    case CV_STRING:
        emit_string_literal(e, cv->s, cv->slen);
        return;
    case CV_INT:
        if (type_is_float(t)) {
            out(e, "((%s)%.17g)", ct, (double)cv->i);
        } else if (cv->i == INT64_MIN) {
            out(e, "((%s)(-9223372036854775807LL - 1))", ct);
        } else if (cv->i > INT64_MAX) {
            out(e, "((%s)%lluULL)", ct, (unsigned long long)cv->i);
        } else {
            out(e, "((%s)%lldLL)", ct, (long long)cv->i);
        }
        return;
    case CV_FLOAT:
        if (type_is_integer(t))
            out(e, "((%s)%lldLL)", ct, (long long)cv->f);
        else if (isinf(cv->f))
            out(e, "((%s)(%s__builtin_inf()))", ct, cv->f < 0 ? "-" : "");
        else
            out(e, "((%s)%.17g)", ct, cv->f);
        return;
    }
}

/* ---------------------------------------------------------------- expressions */

static const char *c_operator(int tok)
{
    switch (tok) {
    case TK_ADD: return "+";
    case TK_SUB: return "-";
    case TK_MUL: return "*";
    case TK_QUO: return "/";
    case TK_REM: return "%";
    case TK_AND: return "&";
    case TK_OR: return "|";
    case TK_XOR: return "^";
    case TK_LAND: return "&&";
    case TK_LOR: return "||";
    case TK_EQL: return "==";
    case TK_NEQ: return "!=";
    case TK_LSS: return "<";
    case TK_LEQ: return "<=";
    case TK_GTR: return ">";
    case TK_GEQ: return ">=";
    case TK_NOT: return "!";
    default: return "?";
    }
}

static bool is_comparison_tok(int tok)
{
    return tok == TK_EQL || tok == TK_NEQ || tok == TK_LSS || tok == TK_LEQ || tok == TK_GTR ||
           tok == TK_GEQ;
}

static void emit_binary(Emitter *e, IrNode *n)
{
    Type *ot = n->x->type;
    const char *ct = ctype(n->type);
    if (type_is_string(ot) && is_comparison_tok(n->tok)) {
        if (n->tok == TK_EQL || n->tok == TK_NEQ) {
            out(e, "%sgosub_string_equal(", n->tok == TK_NEQ ? "!" : "");
            emit_expr(e, n->x);
            out(e, ", ");
            emit_expr(e, n->y);
            out(e, ")");
        } else {
            out(e, "(gosub_string_compare(");
            emit_expr(e, n->x);
            out(e, ", ");
            emit_expr(e, n->y);
            out(e, ") %s 0)", c_operator(n->tok));
        }
        return;
    }
    if (is_comparison_tok(n->tok) || n->tok == TK_LAND || n->tok == TK_LOR) {
        out(e, "(");
        emit_expr(e, n->x);
        out(e, " %s ", c_operator(n->tok));
        emit_expr(e, n->y);
        out(e, ")");
        return;
    }
    int id = ++e->tmp;
    if ((n->tok == TK_QUO || n->tok == TK_REM) && type_is_integer(n->type)) {
        /* Go panics on division by zero; and MinInt / -1 wraps where C traps */
        out(e, "({ %s a%d = ", ct, id);
        emit_expr(e, n->x);
        out(e, "; %s b%d = ", ct, id);
        emit_expr(e, n->y);
        out(e, "; if (b%d == 0) gosub_panic_divide(); ", id);
        if (type_is_unsigned(n->type))
            out(e, "(%s)(a%d %s b%d); })", ct, id, c_operator(n->tok), id);
        else
            out(e, "b%d == -1 ? (%s)%s : (%s)(a%d %s b%d); })", id, ct,
                n->tok == TK_QUO ? xprintf("(0 - (go_uint64)a%d)", id) : "0", ct, id,
                c_operator(n->tok), id);
        return;
    }
    if (n->tok == TK_SHL || n->tok == TK_SHR) {
        /* Go: a count >= the width gives 0 (or -1 for negative >>); a negative
         * signed count panics */
        int bits = (int)type_size(n->type) * 8;
        out(e, "({ %s a%d = ", ct, id);
        emit_expr(e, n->x);
        out(e, "; %s s%d = ", ctype(n->y->type), id);
        emit_expr(e, n->y);
        out(e, "; ");
        if (!type_is_unsigned(n->y->type))
            out(e, "if (s%d < 0) gosub_throw(\"negative shift amount\"); ", id);
        if (n->tok == TK_SHL)
            out(e, "(go_uint64)s%d >= %d ? (%s)0 : (%s)((go_uint64)a%d << s%d); })", id, bits, ct, ct, id, id);
        else if (type_is_unsigned(n->type))
            out(e, "(go_uint64)s%d >= %d ? (%s)0 : (%s)(a%d >> s%d); })", id, bits, ct, ct, id, id);
        else
            out(e, "(go_uint64)s%d >= %d ? (%s)(a%d < 0 ? -1 : 0) : (%s)(a%d >> s%d); })", id, bits, ct, id,
                ct, id, id);
        return;
    }
    if (n->tok == TK_AND_NOT) {
        out(e, "((%s)(", ct);
        emit_expr(e, n->x);
        out(e, " & ~");
        emit_expr(e, n->y);
        out(e, "))");
        return;
    }
    if (type_is_integer(n->type) && (n->tok == TK_ADD || n->tok == TK_SUB || n->tok == TK_MUL)) {
        /* wrap-around arithmetic, done unsigned so C has nothing undefined */
        out(e, "((%s)((go_uint64)", ct);
        emit_expr(e, n->x);
        out(e, " %s (go_uint64)", c_operator(n->tok));
        emit_expr(e, n->y);
        out(e, "))");
        return;
    }
    out(e, "((%s)(", ct);
    emit_expr(e, n->x);
    out(e, " %s ", c_operator(n->tok));
    emit_expr(e, n->y);
    out(e, "))");
}

static void emit_args(Emitter *e, List *args, int from, int to)
{
    for (int i = from; i < to; i++) {
        if (i > from)
            out(e, ", ");
        emit_expr(e, list_at(args, i));
    }
}

/* print and println write each operand with the runtime's printer for its type. */
static void emit_builtin_print(Emitter *e, IrNode *n, bool ln)
{
    out(e, "({ ");
    for (int i = 0; i < n->args->len; i++) {
        IrNode *a = list_at(n->args, i);
        Type *u = underlying(a->type);
        if (ln && i > 0)
            out(e, "gosub_print_sp(); ");
        const char *printer = type_is_boolean(u) ? "gosub_print_bool"
                              : type_is_string(u) ? "gosub_print_string"
                              : type_is_float(u) ? "gosub_print_float"
                              : type_is_unsigned(u) ? "gosub_print_uint"
                              : u->kind == TY_INTERFACE ? "gosub_print_eface"
                                                        : "gosub_print_int";
        out(e, "%s(", printer);
        emit_expr(e, a);
        out(e, "); ");
    }
    if (ln)
        out(e, "gosub_print_nl(); ");
    out(e, "})");
}

static void emit_expr(Emitter *e, IrNode *n)
{
    switch (n->op) {
    case IR_CONST:
        emit_const(e, n);
        return;
    case IR_VAR:
        out(e, "%s", n->var->cname);
        return;
    case IR_FUNC:
        out(e, "%s", n->func->cname);
        return;
    case IR_UNARY:
        if (n->tok == TK_NOT) {
            out(e, "(!");
            emit_expr(e, n->x);
            out(e, ")");
        } else if (n->tok == TK_SUB && type_is_integer(n->type)) {
            out(e, "((%s)(0 - (go_uint64)", ctype(n->type));
            emit_expr(e, n->x);
            out(e, "))");
        } else {
            out(e, "((%s)(%s", ctype(n->type), n->tok == TK_XOR ? "~" : n->tok == TK_SUB ? "-" : "+");
            emit_expr(e, n->x);
            out(e, "))");
        }
        return;
    case IR_BINARY:
        emit_binary(e, n);
        return;
    case IR_CONVERT: {
        Type *to = underlying(n->type), *from = underlying(n->x->type);
        if (type_is_string(to) && type_is_integer(from)) {
            int id = ++e->tmp;
            out(e, "({ %s r%d = ", ctype(from), id);
            emit_expr(e, n->x);
            out(e, "; gosub_string_from_rune(%s); })",
                type_is_unsigned(from) ? xprintf("r%d > 0x10FFFF ? 0xFFFD : (go_int32)r%d", id, id)
                                       : xprintf("r%d < 0 || r%d > 0x10FFFF ? 0xFFFD : (go_int32)r%d", id, id, id));
            return;
        }
        out(e, "((%s)(", ctype(n->type));
        emit_expr(e, n->x);
        out(e, "))");
        return;
    }
    case IR_TOIFACE: {
        const char *desc = type_descriptor(n->x->type);
        int id = ++e->tmp;
        out(e, "({ %s *box%d = gosub_new(%s); *box%d = ", ctype(n->x->type), id, desc, id);
        emit_expr(e, n->x);
        out(e, "; (GoEface){%s, box%d}; })", desc, id);
        return;
    }
    case IR_CONCAT:
        out(e, "gosub_string_concat((GoString[]){");
        emit_args(e, n->args, 0, n->args->len);
        out(e, "}, %d)", n->args->len);
        return;
    case IR_CALL:
        emit_expr(e, n->x);
        out(e, "(");
        emit_args(e, n->args, 0, n->args->len);
        out(e, ")");
        return;
    case IR_RTCALL: {
        if (strcmp(n->name, "gosub_builtin_print") == 0 || strcmp(n->name, "gosub_builtin_println") == 0) {
            emit_builtin_print(e, n, n->name[strlen(n->name) - 1] == 'n');
            return;
        }
        if (strncmp(n->name, "gosub_fmt_", 10) == 0) {
            /* variadic ...interface{}: a stack array, since fmt keeps no reference */
            int nfixed = n->label, nvar = n->args->len - nfixed;
            out(e, "%s(", n->name);
            emit_args(e, n->args, 0, nfixed);
            if (nfixed)
                out(e, ", ");
            if (nvar == 0) {
                out(e, "(GoSlice){0})");
                return;
            }
            out(e, "(GoSlice){(GoEface[]){");
            emit_args(e, n->args, nfixed, n->args->len);
            out(e, "}, %d, %d})", nvar, nvar);
            return;
        }
        out(e, "%s(", n->name);
        emit_args(e, n->args, 0, n->args->len);
        out(e, ")");
        return;
    }
    case IR_STRINDEX: {
        int id = ++e->tmp;
        out(e, "({ GoString s%d = ", id);
        emit_expr(e, n->x);
        out(e, "; go_int i%d = ", id);
        emit_expr(e, n->y);
        out(e, "; if ((go_uint)i%d >= (go_uint)s%d.len) gosub_panic_index(i%d, s%d.len); s%d.ptr[i%d]; })",
            id, id, id, id, id, id);
        return;
    }
    case IR_LEN:
        out(e, "(");
        emit_expr(e, n->x);
        out(e, ").len");
        return;
    default:
        out(e, "/* statement in expression */0");
        return;
    }
}

/* ---------------------------------------------------------------- statements */

static void emit_block_body(Emitter *e, IrNode *b)
{
    for (int i = 0; i < b->args->len; i++)
        emit_stmt(e, list_at(b->args, i));
}

static void emit_stmt(Emitter *e, IrNode *n)
{
    if (n->op != IR_BLOCK && n->op != IR_LABEL)
        line_directive(e, n->pos);
    switch (n->op) {
    case IR_BLOCK:
        out(e, "{");
        e->indent++;
        emit_block_body(e, n);
        e->indent--;
        newline(e);
        out(e, "}");
        break;
    case IR_ASSIGN:
        newline(e);
        emit_expr(e, n->x);
        out(e, " = ");
        emit_expr(e, n->y);
        out(e, ";");
        break;
    case IR_EXPR:
        newline(e);
        out(e, "(void)");
        emit_expr(e, n->x);
        out(e, ";");
        break;
    case IR_IF:
        newline(e);
        out(e, "if (");
        emit_expr(e, n->x);
        out(e, ") ");
        if (n->then->op == IR_BLOCK)
            emit_stmt(e, n->then);
        else {
            out(e, "{");
            e->indent++;
            emit_stmt(e, n->then);
            e->indent--;
            newline(e);
            out(e, "}");
        }
        if (n->els) {
            out(e, " else ");
            if (n->els->op == IR_BLOCK)
                emit_stmt(e, n->els);
            else {
                out(e, "{");
                e->indent++;
                emit_stmt(e, n->els);
                e->indent--;
                newline(e);
                out(e, "}");
            }
        }
        break;
    case IR_LOOP:
        newline(e);
        out(e, "for (;;) ");
        emit_stmt(e, n->body);
        break;
    case IR_LABEL:
        newline(e);
        out(e, "L%d:;", n->label);
        break;
    case IR_GOTO:
        newline(e);
        out(e, "goto L%d;", n->label);
        break;
    case IR_RETURN:
        newline(e);
        out(e, "return");
        if (n->args->len) {
            out(e, " ");
            emit_expr(e, list_at(n->args, 0));
        }
        out(e, ";");
        break;
    default:
        newline(e);
        emit_expr(e, n);
        out(e, ";");
        break;
    }
}

/* ---------------------------------------------------------------- functions */

static void emit_signature(Emitter *e, IrFunc *f)
{
    bool exported = f->sig == NULL || strcmp(f->cname, "main__main") == 0;
    const char *result = f->sig && f->sig->results->len ? ctype(((Field *)list_at(f->sig->results, 0))->type)
                                                        : "void";
    out(e, "%s%s %s(", exported ? "" : "static ", result, f->cname);
    if (f->params->len == 0)
        out(e, "void");
    for (int i = 0; i < f->params->len; i++) {
        IrVar *v = list_at(f->params, i);
        out(e, "%s%s %s", i ? ", " : "", ctype(v->type), v->cname);
    }
    out(e, ")");
}

static void emit_func(Emitter *e, IrFunc *f)
{
    line_directive(e, f->pos);
    emit_signature(e, f);
    out(e, "\n{");
    e->indent = 1;
    for (int i = 0; i < f->locals->len; i++) {
        IrVar *v = list_at(f->locals, i);
        if (v->is_param)
            continue;
        newline(e);
        Type *u = underlying(v->type);
        out(e, "%s %s = %s;", ctype(v->type), v->cname,
            u->kind == TY_STRING || u->kind == TY_INTERFACE ? xprintf("(%s){0}", ctype(v->type)) : "0");
    }
    emit_block_body(e, f->body);
    e->indent = 0;
    out(e, "\n}\n\n");
    e->line_no = 0;
}

bool emit_c(Ctx *ctx, FILE *file)
{
    Emitter *e = xalloc(sizeof *e);
    e->ctx = ctx;
    e->out = file;
    e->line_file = -1;
    Program *p = ctx->program;

    out(e, "/* Generated by gosub from");
    for (int i = 0; i < ctx->files->len; i++)
        out(e, " %s", ((SourceFile *)list_at(ctx->files, i))->path);
    out(e, ". Do not edit. */\n#include \"gosub_rt.h\"\n\n");

    for (int i = 0; i < p->funcs->len; i++) {
        IrFunc *f = list_at(p->funcs, i);
        if (strcmp(f->cname, "main__main") == 0)
            continue;                      /* declared by gosub_rt.h */
        emit_signature(e, f);
        out(e, ";\n");
    }
    for (int i = 0; i < p->globals->len; i++) {
        IrVar *v = list_at(p->globals, i);
        if (strcmp(v->name, "_") == 0)
            continue;
        Type *u = underlying(v->type);
        out(e, "static %s %s%s;\n", ctype(v->type), v->cname,
            u->kind == TY_STRING || u->kind == TY_INTERFACE ? "" : " = 0");
    }
    out(e, "\n");
    emit_func(e, p->init);
    for (int i = 0; i < p->funcs->len; i++)
        emit_func(e, list_at(p->funcs, i));
    return true;
}
