/*
 * ast.c — the syntax tree's small services: making nodes, naming their kinds,
 * printing a tree for `gosub compile -dump=ast`, and printing an expression
 * the way gc's messages quote it (syntax.String).
 *
 * The tree itself is described in gosub.h; the parser (parse.y) builds it and
 * hands it to the checker. Nothing here changes a tree.
 */
#include "gosub.h"
#include "parse.h"

#include <string.h>

Node *node_new(NodeKind kind, Pos pos)
{
    Node *n = xalloc(sizeof *n);
    n->kind = kind;
    n->pos = pos;
    return n;
}

static const char *const kind_names[N_KIND_COUNT] = {
    [N_FILE] = "File", [N_IMPORT] = "Import", [N_CONST] = "Const", [N_VAR] = "Var",
    [N_TYPEDECL] = "TypeDecl", [N_FUNCDECL] = "FuncDecl",
    [N_BAD] = "Bad", [N_IDENT] = "Ident", [N_BASICLIT] = "BasicLit",
    [N_COMPOSITE] = "Composite", [N_KEYVALUE] = "KeyValue", [N_FUNCLIT] = "FuncLit",
    [N_PAREN] = "Paren", [N_SELECTOR] = "Selector", [N_INDEX] = "Index", [N_SLICE] = "Slice",
    [N_TYPEASSERT] = "TypeAssert", [N_CALL] = "Call", [N_STAR] = "Star", [N_UNARY] = "Unary",
    [N_BINARY] = "Binary",
    [N_ARRAYTYPE] = "ArrayType", [N_STRUCTTYPE] = "StructType", [N_FUNCTYPE] = "FuncType",
    [N_INTERFACETYPE] = "InterfaceType", [N_MAPTYPE] = "MapType", [N_CHANTYPE] = "ChanType",
    [N_ELLIPSIS] = "Ellipsis", [N_FIELD] = "Field",
    [N_EMPTY] = "Empty", [N_DECLSTMT] = "DeclStmt", [N_LABELED] = "Labeled",
    [N_EXPRSTMT] = "ExprStmt", [N_SEND] = "Send", [N_INCDEC] = "IncDec", [N_ASSIGN] = "Assign",
    [N_GO] = "Go", [N_DEFER] = "Defer", [N_RETURN] = "Return", [N_BRANCH] = "Branch",
    [N_BLOCK] = "Block", [N_IF] = "If", [N_CASE] = "Case", [N_SWITCH] = "Switch",
    [N_TYPESWITCH] = "TypeSwitch", [N_SELECT] = "Select", [N_FOR] = "For", [N_RANGE] = "Range",
};

const char *node_kind_name(NodeKind kind)
{
    if ((int)kind < 0 || kind >= N_KIND_COUNT || !kind_names[kind])
        return "?";
    return kind_names[kind];
}

/* gc's syntax.StartPos: where the text of a node begins. A binary expression
 * is at its operator, a call at its `(`; their text starts further left. */
Pos node_start_pos(Node *n)
{
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: case N_INDEX: case N_TYPEASSERT: case N_CALL: case N_BINARY:
        case N_KEYVALUE: case N_SEND: case N_INCDEC:
            n = n->x;
            continue;
        case N_COMPOSITE:
            if (!n->type)
                return n->pos;
            n = n->type;
            continue;
        case N_ASSIGN:
            n = list_at(n->list, 0);
            continue;
        default:
            return n->pos;
        }
    }
}

/* ---------------------------------------------------------------- expr_string */

/*
 * The expression as gc's syntax.String prints it in messages: as written,
 * with single spaces around binary operators, and the bodies of function and
 * composite literals shortened to `…`.
 */
static char *str(Node *n, int depth);

static char *join(List *l, char *(*each)(Node *, int), const char *sep, int depth)
{
    char *s = xstrdup("");
    for (int i = 0; l && i < l->len; i++)
        s = xprintf("%s%s%s", s, i ? sep : "", each(list_at(l, i), depth));
    return s;
}

/* One group of names with their type: `a, b int` or just `int`. */
static char *field_string(Node *f, int depth)
{
    char *type = f->type ? str(f->type, depth) : xstrdup("");
    if (!f->list || f->list->len == 0)
        return type;
    return xprintf("%s %s", join(f->list, str, ", ", depth), type);
}

static char *signature_string(Node *ft, int depth)
{
    char *s = xprintf("(%s)", join(ft->list, field_string, ", ", depth));
    List *res = ft->list2;
    if (!res || res->len == 0)
        return s;
    Node *first = list_at(res, 0);
    if (res->len == 1 && (!first->list || first->list->len == 0))
        return xprintf("%s %s", s, str(first->type, depth));
    return xprintf("%s (%s)", s, join(res, field_string, ", ", depth));
}

static char *method_string(Node *f, int depth)
{
    if (f->name && f->type && f->type->kind == N_FUNCTYPE)
        return xprintf("%s%s", f->name, signature_string(f->type, depth));
    return str(f->type, depth);
}

/* Deeper than this, an expression is shown as `…`: the recursion stays far
 * from the C stack's limit, and the message stays readable. */
enum { MAX_STRING_DEPTH = 200 };

static char *str(Node *n, int depth)
{
    if (!n)
        return xstrdup("");
    if (++depth > MAX_STRING_DEPTH)
        return xstrdup("…");
    switch (n->kind) {
    case N_BAD:
        return xstrdup("<bad expr>");
    case N_IDENT:
        return xstrdup(n->name);
    case N_BASICLIT:
        return xstrndup(n->lit, (size_t)n->litlen);
    case N_FUNCLIT:
        return xprintf("func%s {%s}", signature_string(n->type, depth),
                       n->body && n->body->list && n->body->list->len ? "…" : "");
    case N_COMPOSITE:
        return xprintf("%s{%s}", n->type ? str(n->type, depth) : "",
                       n->list && n->list->len ? "…" : "");
    case N_PAREN:
        return xprintf("(%s)", str(n->x, depth));
    case N_SELECTOR:
        return xprintf("%s.%s", str(n->x, depth), n->name);
    case N_INDEX:
        return xprintf("%s[%s]", str(n->x, depth), str(n->y, depth));
    case N_SLICE: {
        char *s = xprintf("%s[%s:%s", str(n->x, depth), str(n->lo, depth), str(n->hi, depth));
        if (n->max)
            s = xprintf("%s:%s", s, str(n->max, depth));
        return xprintf("%s]", s);
    }
    case N_TYPEASSERT:
        return xprintf("%s.(%s)", str(n->x, depth), n->type ? str(n->type, depth) : "type");
    case N_CALL:
        return xprintf("%s(%s%s)", str(n->x, depth), join(n->list, str, ", ", depth),
                       n->dots ? "..." : "");
    case N_STAR:
        return xprintf("*%s", str(n->x, depth));
    case N_UNARY:
        return xprintf("%s%s", token_spelling(n->op), str(n->x, depth));
    case N_BINARY:
        return xprintf("%s %s %s", str(n->x, depth), token_spelling(n->op), str(n->y, depth));
    case N_KEYVALUE:
        return xprintf("%s: %s", str(n->x, depth), str(n->y, depth));
    case N_ARRAYTYPE:
        if (!n->len)
            return xprintf("[]%s", str(n->elem, depth));
        if (n->len->kind == N_ELLIPSIS)
            return xprintf("[...]%s", str(n->elem, depth));
        return xprintf("[%s]%s", str(n->len, depth), str(n->elem, depth));
    case N_ELLIPSIS:
        return xprintf("...%s", str(n->elem, depth));
    case N_STRUCTTYPE: {
        char *s = xstrdup("");
        for (int i = 0; n->list && i < n->list->len; i++) {
            Node *f = list_at(n->list, i);
            s = xprintf("%s%s%s", s, i ? "; " : "", field_string(f, depth));
            if (f->lit)
                s = xprintf("%s %s", s, f->lit);
        }
        return xprintf("struct{%s}", s);
    }
    case N_FUNCTYPE:
        return xprintf("func%s", signature_string(n, depth));
    case N_INTERFACETYPE:
        return xprintf("interface{%s}", join(n->list, method_string, "; ", depth));
    case N_MAPTYPE:
        return xprintf("map[%s]%s", str(n->key, depth), str(n->elem, depth));
    case N_CHANTYPE: {
        const char *pre = n->dir == CHAN_RECV ? "<-chan " : n->dir == CHAN_SEND ? "chan<- " : "chan ";
        if (n->dir == CHAN_BOTH && n->elem && n->elem->kind == N_CHANTYPE &&
            n->elem->dir == CHAN_RECV)
            return xprintf("%s(%s)", pre, str(n->elem, depth));
        return xprintf("%s%s", pre, str(n->elem, depth));
    }
    case N_FIELD:
        return field_string(n, depth);
    default:
        return xprintf("<%s>", node_kind_name(n->kind));
    }
}

char *expr_string(Node *n)
{
    return str(n, 0);
}

/* ---------------------------------------------------------------- ast_dump */

/*
 * -dump=ast prints one node per line: its kind, what distinguishes it (a
 * name, an operator, a literal), and its position line:col. Its children
 * follow, indented, each under the name of the field that holds it
 * (gosub.h lists the fields of each kind); a list's elements are indented
 * once more under the list's name.
 */
static void dump(FILE *out, Node *n, int depth, const char *field);

static void indent(FILE *out, int depth)
{
    for (int i = 0; i < depth; i++)
        fputs("  ", out);
}

/* What a kind's two lists hold, for the dump's labels. */
static const char *list_label(NodeKind kind, int which)
{
    switch (kind) {
    case N_FILE: return which == 1 ? "imports" : "decls";
    case N_CONST: case N_VAR: return which == 1 ? "names" : "values";
    case N_FIELD: return "names";
    case N_CALL: return "args";
    case N_FUNCTYPE: return which == 1 ? "params" : "results";
    case N_STRUCTTYPE: return "fields";
    case N_INTERFACETYPE: return "methods";
    case N_ASSIGN: return which == 1 ? "lhs" : "rhs";
    case N_RANGE: return "lhs";
    case N_CASE: return which == 1 ? "exprs" : "body";
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: return "cases";
    case N_BLOCK: return "stmts";
    case N_COMPOSITE: return "elems";
    case N_RETURN: return "results";
    case N_DECLSTMT: return "specs";
    default: return which == 1 ? "list" : "list2";
    }
}

/* What the x and y fields hold, for the dump's labels: a call's x is the
 * function called, a send's x the channel, and so on. */
static const char *xy_label(NodeKind kind, int which)
{
    switch (kind) {
    case N_CALL: return "func";
    case N_KEYVALUE: return which == 1 ? "key" : "value";
    case N_SEND: return which == 1 ? "chan" : "value";
    case N_INDEX: return which == 1 ? "x" : "index";
    case N_GO: case N_DEFER: return "call";
    case N_TYPESWITCH: return "guard";
    case N_RANGE: return "range";
    default: return which == 1 ? "x" : "y";
    }
}

/* A field's names on one line: they are only identifiers. */
static void dump_names(FILE *out, List *names, int depth)
{
    indent(out, depth);
    fputs("names:", out);
    for (int i = 0; i < names->len; i++) {
        Node *id = list_at(names, i);
        fprintf(out, " %s %d:%d", id->name, id->pos.line, id->pos.col);
    }
    fputc('\n', out);
}

static void dump_list(FILE *out, List *l, int depth, const char *label)
{
    if (!l)
        return;
    indent(out, depth);
    fprintf(out, "%s:%s\n", label, l->len ? "" : " (none)");
    for (int i = 0; i < l->len; i++)
        dump(out, list_at(l, i), depth + 1, NULL);
}

/* Deeper than this the dump says so and stops: a machine-made expression
 * nested a hundred thousand times would otherwise exhaust the C stack (and
 * the reader). */
enum { MAX_DUMP_DEPTH = 500 };

static void dump(FILE *out, Node *n, int depth, const char *field)
{
    indent(out, depth);
    if (field)
        fprintf(out, "%s: ", field);
    if (!n) {
        fputs("nil\n", out);
        return;
    }
    if (depth > MAX_DUMP_DEPTH) {
        fputs("… (nested too deeply to show)\n", out);
        return;
    }
    fputs(node_kind_name(n->kind), out);
    switch (n->kind) {
    case N_BASICLIT:
        fprintf(out, " %s %.*s",
                n->op == TK_INT ? "INT" : n->op == TK_FLOAT ? "FLOAT" : n->op == TK_IMAG ? "IMAG" :
                n->op == TK_CHAR ? "CHAR" : "STRING",
                n->litlen, n->lit);
        break;
    case N_IMPORT:
        if (n->name)
            fprintf(out, " %s", n->name);
        fprintf(out, " %.*s", n->litlen, n->lit);
        break;
    case N_UNARY: case N_BINARY: case N_INCDEC:
        fprintf(out, " %s", token_spelling(n->op));
        break;
    case N_ASSIGN:
        fprintf(out, " %s", n->op == 0 ? "=" : n->op == TK_DEFINE ? ":=" :
                             xprintf("%s=", token_spelling(n->op)));
        break;
    case N_RANGE:
        if (n->op)
            fprintf(out, " %s", token_spelling(n->op));
        break;
    case N_BRANCH:
        fprintf(out, " %s", token_spelling(n->op));
        break;
    case N_CHANTYPE:
        fprintf(out, " %s", n->dir == CHAN_SEND ? "chan<-" : n->dir == CHAN_RECV ? "<-chan" : "chan");
        break;
    default:
        break;
    }
    if (n->name)
        fprintf(out, " %s", n->name);
    if (n->kind == N_FIELD && n->lit)
        fprintf(out, " tag=%s", n->lit);
    if (n->kind == N_CASE && !n->list)
        fputs(" default", out);
    if (n->kind == N_ARRAYTYPE && !n->len)
        fputs(" (slice)", out);
    if (n->kind == N_CONST)
        fprintf(out, " iota=%d", n->iota);
    if (n->alias)
        fputs(" alias", out);
    if (n->dots)
        fputs(" ...", out);
    if (n->slice3)
        fputs(" 3-index", out);
    fprintf(out, " %d:%d", n->pos.line, n->pos.col);
    if (n->rbrace.line)
        fprintf(out, " }%d:%d", n->rbrace.line, n->rbrace.col);
    fputc('\n', out);

    /* children in the order they are written: a field's names before its
     * type, a range clause's variables before the ranged expression */
    if (n->kind == N_FIELD && n->list)
        dump_names(out, n->list, depth + 1);
    if (n->kind == N_RANGE)
        dump_list(out, n->list, depth + 1, list_label(n->kind, 1));
    struct { const char *name; Node *child; } fields[] = {
        {"recv", n->recv}, {xy_label(n->kind, 1), n->x}, {xy_label(n->kind, 2), n->y},
        {"key", n->key}, {"value", n->value},
        {"len", n->len}, {"elem", n->elem}, {"type", n->type}, {"lo", n->lo}, {"hi", n->hi},
        {"max", n->max}, {"init", n->init}, {"cond", n->cond}, {"tag", n->tag},
        {"post", n->post}, {"comm", n->comm},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        /* a range's key and value are also the first entries of its list */
        if (n->kind == N_RANGE && (fields[i].child == n->key || fields[i].child == n->value))
            continue;
        if (fields[i].child)
            dump(out, fields[i].child, depth + 1, fields[i].name);
    }
    if (n->kind != N_FIELD && n->kind != N_RANGE)
        dump_list(out, n->list, depth + 1, list_label(n->kind, 1));
    dump_list(out, n->list2, depth + 1, list_label(n->kind, 2));
    if (n->body)
        dump(out, n->body, depth + 1, "body");
    if (n->els)
        dump(out, n->els, depth + 1, "else");
}

void ast_dump(FILE *out, Node *file)
{
    if (file)
        dump(out, file, 0, NULL);
}
