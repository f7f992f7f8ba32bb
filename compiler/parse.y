/*
 * parse.y — the Lemon grammar of Go 1.19 (without type parameters), and the
 * driver that feeds it.
 *
 * parse_file() pulls tokens from the lexer (lex.re) and pushes them into the
 * Lemon parser one at a time; the grammar actions build the AST of gosub.h,
 * which parse_file hands on to the checker as the file's N_FILE node.
 *
 * How the grammar is organised (after Go 1.4's yacc grammar, go.y):
 *   - lists are left-recursive, separated by SEMI or COMMA, with an optional
 *     trailing separator before the closing token;
 *   - where LALR(1) cannot tell two forms apart after one token (an
 *     expression list or the left side of `:=`, a parameter name or a type),
 *     the grammar parses the general form and the action checks it, as gc's
 *     own parser does;
 *   - types are expressions (as in gc): `[]int(x)`, `make(chan int)` and
 *     `x.([]T)` need no special grammar;
 *   - the composite-literal-versus-block ambiguity (`if x == T{} {`) is
 *     solved at the lexer/parser boundary, in the driver (see LBODY below).
 *
 * Syntax errors are reported in gc's words and at gc's positions. The
 * driver asks before each token whether lemon would take it; when not, the
 * error routine at the end of this file reads the parser's stack to learn
 * what is open, as gc's recursive-descent parser knows from its call stack,
 * says what gc says there, and recovers as gc does: it skips to the tokens
 * gc's advance() stops at and goes on as if gc's missing tokens were there.
 */
%name GoParse
%token_prefix TK_
%token_type {Token}
%default_type {Node *}
%extra_argument {ParseState *ps}
%stack_size 0
%start_symbol file

%include {
/* The error routine reads lemon's symbol names (yyTokenName), which lemon
 * compiles only without NDEBUG; parsing speed does not depend on it. */
#undef NDEBUG
#include "gosub.h"
#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* lemon's generated tables and driver trip these; our own code is clean. */
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wsign-compare"

/* A function signature and where its `func` keyword was: gc puts a function
 * type at its `(` but a function literal at its `func`. */
typedef struct FuncSig {
    Node *type;
    Pos func_pos;
} FuncSig;

/* Everything one parse owns: the file being built, the driver's loophack
 * state (see parse_file), and the error-recovery state. */
typedef struct ParseState {
    Ctx *ctx;
    int file;
    Node *file_node;

    /* loophack: a `{` while `loophack` is set opens a statement body (LBODY). */
    bool loophack;
    bool *paren_saved;        /* loophack saved at each open ( or [ */
    int nparen, paren_cap;
    bool *brace_stolen;       /* per open {: an LBODY taken by a literal's type */
    int nbrace, brace_cap;

    Token lookahead;          /* the token being pushed */
    Token prev;               /* the last token the parser took */
    Token prev2;              /* and the one before it */
    int seq;                  /* tokens read so far */
    Node *last_decl;          /* the last top-level declaration parsed */
    bool stmt_open;           /* the last statement of a list had no `;` after it */
    bool hdr_semi;            /* the last if/for header reduced had a `;` or a range */

    /* Error recovery (see syntax_error): skipping to a token of `sync`,
     * then feeding `insert` before it; or, in panic, to a token that fits. */
    bool had_error;           /* a syntax error in this file */
    bool targs_seen;          /* a type argument list, refused at the end */
    Pos targs_pos;
    int errors_before;        /* ctx->nerrors when this file's parse began */
    bool failed;              /* the parser gave up */
    bool recovering;
    bool sync[128];
    int insert[2];
    int ninsert;
    Pos insert_pos;           /* where an operand is assumed: where gc's BadExpr is */
    bool insert_always;       /* even if the token itself would fit */
    bool panic;
    bool header_resume;
    bool header_recovered;    /* the header being reduced is one recovery closed */
    int err_seq, err_count;   /* errors at the same token, to ensure progress */
} ParseState;

struct yyParser;
static void lemon_syntax_error(ParseState *ps);
static void push_token(ParseState *ps, struct yyParser *parser, Token t);
static void mark_brace_stolen(ParseState *ps);

static char *tok_text(Token t) { return xstrndup(t.text, (size_t)t.len); }

static Node *mk(NodeKind kind, Pos pos) { return node_new(kind, pos); }

static Node *ident(Token t)
{
    Node *n = node_new(N_IDENT, t.pos);
    n->name = tok_text(t);
    n->namepos = t.pos;
    return n;
}

static List *list1(void *x)
{
    List *l = list_new();
    list_push(l, x);
    return l;
}

static List *lpush(List *l, void *x)
{
    if (!l)
        l = list_new();
    list_push(l, x);
    return l;
}

static Node *binary(Token op, Node *x, Node *y)
{
    Node *n = mk(N_BINARY, op.pos);
    n->op = op.kind;
    n->x = x;
    n->y = y;
    return n;
}

static Node *unary(Token op, Node *x)
{
    Node *n = mk(N_UNARY, op.pos);
    n->op = op.kind;
    n->x = x;
    return n;
}

static Node *unparen(Node *x)
{
    while (x && x->kind == N_PAREN)
        x = x->x;
    return x;
}

static void syntax_error_at(ParseState *ps, Pos pos, const char *msg)
{
    ps->had_error = true;
    error_at(ps->ctx, pos, "syntax error: %s", msg);
}

/* The words gc uses for the current token in "unexpected X". */
static const char *token_desc(Token t);

/* A parameter list and where its `(` is (a function type's position). */
typedef struct Params {
    List *list;
    Pos pos;
} Params;

/* The elements of an index or a type argument list, and whether a comma
 * made it a list. */
typedef struct TypeArgs {
    List *list;
    bool comma;
} TypeArgs;

/* The elements of a composite literal and where its `}` is. */
typedef struct Elements {
    List *list;
    Pos rbrace;
} Elements;

static Node *composite(Node *type, Token lbrace, Elements e)
{
    Node *n = mk(N_COMPOSITE, lbrace.pos);
    n->type = type;
    n->list = e.list;
    n->rbrace = e.rbrace;
    return n;
}

static Node *block(Token lbrace, List *stmts, Token rbrace)
{
    Node *n = mk(N_BLOCK, lbrace.pos);
    n->list = stmts ? stmts : list_new();
    n->rbrace = rbrace.pos;
    return n;
}

/* A statement header as parsed: header_check checks it the way gc's
 * parser.header does when it is complete, header_finish builds the
 * statement when its body is. */
typedef struct HeaderInit {
    Node *stmt;               /* the init statement, or NULL */
} HeaderInit;

typedef struct Header {
    HeaderInit init;          /* the only clause when there is no semicolon */
    bool has_semi;
    Token semi;
    Node *cond;               /* a simple statement until checked */
    Node *post;
    Node *range;              /* for ... range: the N_RANGE */
} Header;

static List *params_finish(ParseState *ps, List *entries);
static Node *chan_reassociate(ParseState *ps, Token arrow, Node *x, Pos here);
static Node *header_finish(ParseState *ps, Header *h, Token keyword, Node *body);
static void header_check(ParseState *ps, Header *h, int keyword, Token next);

/* An if or switch header without and with a `;`, checked. */
static Header header1(ParseState *ps, HeaderInit init, int keyword, Token next)
{
    Header h = {.init = init};
    ps->hdr_semi = false;
    header_check(ps, &h, keyword, next);
    return h;
}

static Header header2(ParseState *ps, HeaderInit init, Token semi, Node *cond, int keyword,
                      Token next)
{
    Header h = {.init = init, .semi = semi, .has_semi = true, .cond = cond};
    ps->hdr_semi = true;
    header_check(ps, &h, keyword, next);
    return h;
}
static void check_call_stmt(ParseState *ps, Node *s, const char *what);
static void tparams_unsupported(ParseState *ps, Token at);
static void targs_unsupported(ParseState *ps, Token at);
static Node *method_decl(ParseState *ps, Params recv, Token name, Params params, List *results,
                         Node *body);
static void clause_end(ParseState *ps, Token next);
}

%syntax_error {
    lemon_syntax_error(ps);
}
%parse_failure {
    ps->failed = true;
}
%stack_overflow {
    ps->failed = true;
    error_at(ps->ctx, ps->lookahead.pos, "syntax error: program too deeply nested");
}

/* Token declarations: the order fixes the TK_* codes; keep it. */
%token IDENT INT FLOAT IMAG CHAR STRING.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH
       FOR FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN
       SELECT STRUCT SWITCH TYPE VAR.
%token LOR LAND EQL NEQ LSS LEQ GTR GEQ ADD SUB OR XOR MUL QUO REM SHL SHR AND AND_NOT.
%token NOT ARROW TILDE.
%token ASSIGN DEFINE ASSIGN_OP INC DEC.
%token LPAREN RPAREN LBRACK RBRACK LBRACE RBRACE LBODY COMMA PERIOD SEMI COLON ELLIPSIS.

/*
 * Precedence, lowest first. Binary operators as in the spec. The pseudo-tokens
 * settle the grammar's few shift/reduce choices the way gc's parser settles
 * them (go.y's "manual override of shift/reduce conflicts"):
 *   NOTPAREN  an empty result list in `func()` gives way to a result type that
 *             follows: `func() *T`, `func() []T`, `func() (T)`, `func() <-chan T`;
 *   NOTBRACE  a function type or a literal's type gives way to a `{` that
 *             opens the literal's body, even in a statement header.
 */
%left NOTPAREN.
%left NOTBRACE.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.
%left LPAREN LBRACK ARROW PERIOD.
%left LBRACE LBODY.

/* ------------------------------------------------------------------ files */

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
file ::= package imports top_decls.

package ::= PACKAGE(P) IDENT(N) SEMI. {
    Node *f = ps->file_node;
    f->pos = P.pos;
    f->name = tok_text(N);
    f->namepos = N.pos;
}

imports ::= .
imports ::= imports import SEMI.

/* ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) . */
import ::= IMPORT import_spec.
import ::= IMPORT LPAREN import_spec_list RPAREN.
import ::= IMPORT LPAREN import_spec_list SEMI RPAREN.
import ::= IMPORT LPAREN RPAREN.
imports ::= imports error SEMI.

import_spec_list ::= import_spec. {
    /* an action, so that lemon keeps the list a symbol of its own, which
     * the error routine recognises */
}
import_spec_list ::= import_spec_list SEMI import_spec.

/* ImportSpec = [ "." | PackageName ] ImportPath . */
import_spec ::= import_path(P). {
    Node *n = mk(N_IMPORT, P->pos);
    n->lit = P->lit;
    n->litlen = P->litlen;
    list_push(ps->file_node->list, n);
}
import_spec ::= IDENT(N) import_path(P). {
    Node *n = mk(N_IMPORT, N.pos);
    n->name = tok_text(N);
    n->namepos = N.pos;
    n->lit = P->lit;
    n->litlen = P->litlen;
    list_push(ps->file_node->list, n);
}
import_spec ::= PERIOD(D) import_path(P). {
    Node *n = mk(N_IMPORT, D.pos);
    n->name = ".";
    n->namepos = D.pos;
    n->lit = P->lit;
    n->litlen = P->litlen;
    list_push(ps->file_node->list, n);
}

import_path(A) ::= STRING(S). {
    A = mk(N_BASICLIT, S.pos);
    A->op = S.kind;
    A->lit = tok_text(S);
    A->litlen = S.len;
}
import_path(A) ::= INT|FLOAT|IMAG|CHAR(S). {
    /* gc reads any literal here, then complains at the token after it. */
    syntax_error_at(ps, yyLookaheadToken.pos, "import path must be a string");
    A = mk(N_BASICLIT, S.pos);
    A->op = S.kind;
    A->lit = tok_text(S);
    A->litlen = S.len;
}

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl . */
top_decls ::= .
top_decls ::= top_decls top_decl SEMI.

top_decl ::= common_dcl(D). {
    for (int i = 0; i < D->list->len; i++)
        list_push(ps->file_node->list2, list_at(D->list, i));
    ps->last_decl = D;
}
top_decl ::= func_decl(F). {
    list_push(ps->file_node->list2, F);
    ps->last_decl = F;
}
top_decl ::= error. {
    ps->last_decl = NULL;
}

/* ------------------------------------------------------------ declarations */

/* Declaration = ConstDecl | TypeDecl | VarDecl, as an N_DECLSTMT whose list
 * holds the specs (a file takes the specs out of it). */
common_dcl(A) ::= VAR(K) var_spec(S). {
    A = mk(N_DECLSTMT, K.pos);
    A->list = list1(S);
}
common_dcl(A) ::= VAR(K) LPAREN var_spec_list(L) semi_rparen. {
    A = mk(N_DECLSTMT, K.pos);
    A->list = L;
}
common_dcl(A) ::= VAR(K) LPAREN RPAREN. {
    A = mk(N_DECLSTMT, K.pos);
    A->list = list_new();
}
common_dcl(A) ::= CONST(K) const_spec(S). {
    A = mk(N_DECLSTMT, K.pos);
    S->iota = 0;
    S->group = S;
    A->list = list1(S);
}
common_dcl(A) ::= CONST(K) LPAREN const_spec_list(L) semi_rparen. {
    A = mk(N_DECLSTMT, K.pos);
    A->list = L;
}
common_dcl(A) ::= CONST(K) LPAREN RPAREN. {
    A = mk(N_DECLSTMT, K.pos);
    A->list = list_new();
}
common_dcl(A) ::= TYPE(K) type_spec(S). {
    A = mk(N_DECLSTMT, K.pos);
    A->list = list1(S);
}
common_dcl(A) ::= TYPE(K) LPAREN type_spec_list(L) semi_rparen. {
    A = mk(N_DECLSTMT, K.pos);
    A->list = L;
}
common_dcl(A) ::= TYPE(K) LPAREN RPAREN. {
    A = mk(N_DECLSTMT, K.pos);
    A->list = list_new();
}

/* The closing ) of a group, optionally after a semicolon. */
semi_rparen ::= RPAREN.
semi_rparen ::= SEMI RPAREN.

%type var_spec_list {List *}
var_spec_list(A) ::= var_spec(S). { A = list1(S); }
var_spec_list(A) ::= var_spec_list(L) SEMI var_spec(S). { A = lpush(L, S); }

%type const_spec_list {List *}
const_spec_list(A) ::= const_spec(S). {
    S->iota = 0;
    S->group = S;
    A = list1(S);
}
const_spec_list(A) ::= const_spec_list(L) SEMI const_spec(S). {
    S->iota = L->len;
    S->group = list_at(L, 0);
    A = lpush(L, S);
}

%type type_spec_list {List *}
type_spec_list(A) ::= type_spec(S). { A = list1(S); }
type_spec_list(A) ::= type_spec_list(L) SEMI type_spec(S). { A = lpush(L, S); }

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
 * Like gc, accept `:=` for `=` with a complaint. */
var_spec(A) ::= name_list(N) ntype(T). {
    A = mk(N_VAR, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->type = T;
}
var_spec(A) ::= name_list(N) ntype(T) assign expr_list(V). {
    A = mk(N_VAR, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->type = T;
    A->list2 = V;
}
var_spec(A) ::= name_list(N) assign expr_list(V). {
    A = mk(N_VAR, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->list2 = V;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
 * gc's parser also takes a type without values; the checker complains. */
const_spec(A) ::= name_list(N). {
    A = mk(N_CONST, ((Node *)list_at(N, 0))->pos);
    A->list = N;
}
const_spec(A) ::= name_list(N) ntype(T). {
    A = mk(N_CONST, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->type = T;
}
const_spec(A) ::= name_list(N) ntype(T) assign expr_list(V). {
    A = mk(N_CONST, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->type = T;
    A->list2 = V;
}
const_spec(A) ::= name_list(N) assign expr_list(V). {
    A = mk(N_CONST, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->list2 = V;
}

assign ::= ASSIGN.
assign ::= DEFINE(D). {
    ps->had_error = true;
    error_at(ps->ctx, D.pos, "syntax error: unexpected :=, expecting =");
}

/* TypeSpec = AliasDecl | TypeDef . */
type_spec(A) ::= IDENT(N) ntype(T). {
    A = mk(N_TYPEDECL, N.pos);
    A->name = tok_text(N);
    A->namepos = N.pos;
    A->type = T;
}
type_spec(A) ::= IDENT(N) ASSIGN ntype(T). {
    A = mk(N_TYPEDECL, N.pos);
    A->name = tok_text(N);
    A->namepos = N.pos;
    A->type = T;
    A->alias = true;
}
/* `type T[P any] ...`: a name inside [ ] followed by something that cannot
 * continue an array length starts a type parameter list. */
type_spec(A) ::= IDENT(N) tparams_open tparam_tokens RBRACK ntype(T). {
    A = mk(N_TYPEDECL, N.pos);
    A->name = tok_text(N);
    A->namepos = N.pos;
    A->type = T;
}

tparam_start ::= IDENT|INTERFACE|MAP|CHAN|FUNC|STRUCT|TILDE|COMMA|ELLIPSIS.

/* Reduced as soon as the list is recognised, so that the refusal comes
 * before anything in the generic declaration is misread. */
tparams_open ::= LBRACK(L) IDENT tparam_start. { tparams_unsupported(ps, L); }
ftparams_open ::= LBRACK(L). { tparams_unsupported(ps, L); }

/* A type parameter list is only recognised, to be refused: any tokens with
 * balanced brackets. */
tparam_tokens ::= .
tparam_tokens ::= tparam_tokens tparam_token.
tparam_tokens ::= tparam_tokens LBRACK tparam_tokens RBRACK.
tparam_token ::= IDENT|INT|FLOAT|IMAG|CHAR|STRING|BREAK|CASE|CHAN|CONST|CONTINUE|DEFAULT|DEFER|ELSE|FALLTHROUGH|FOR|FUNC|GO|GOTO|IF|IMPORT|INTERFACE|MAP|PACKAGE|RANGE|RETURN|SELECT|STRUCT|SWITCH|TYPE|VAR|LOR|LAND|EQL|NEQ|LSS|LEQ|GTR|GEQ|ADD|SUB|OR|XOR|MUL|QUO|REM|SHL|SHR|AND|AND_NOT|NOT|ARROW|TILDE|ASSIGN|DEFINE|ASSIGN_OP|INC|DEC|LPAREN|RPAREN|LBRACE|RBRACE|LBODY|COMMA|PERIOD|SEMI|COLON|ELLIPSIS.

/* FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
 * MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
 * gc puts the declaration at the token after `func`. */
func_decl(A) ::= FUNC IDENT(N) params(P) fnres(R) fnbody(B). {
    A = mk(N_FUNCDECL, N.pos);
    A->name = tok_text(N);
    A->namepos = N.pos;
    A->type = mk(N_FUNCTYPE, P.pos);
    A->type->list = P.list;
    A->type->list2 = R;
    A->body = B;
}
func_decl(A) ::= FUNC IDENT(N) ftparams_open tparam_tokens RBRACK params(P) fnres(R) fnbody(B). {
    A = mk(N_FUNCDECL, N.pos);
    A->name = tok_text(N);
    A->namepos = N.pos;
    A->type = mk(N_FUNCTYPE, P.pos);
    A->type->list = P.list;
    A->type->list2 = R;
    A->body = B;
}
func_decl(A) ::= FUNC params(RP) IDENT(N) params(P) fnres(R) fnbody(B). {
    A = method_decl(ps, RP, N, P, R, B);
}
/* gc accepts type parameters on a method, with a complaint */
func_decl(A) ::= FUNC params(RP) IDENT(N) mtparams_open tparam_tokens RBRACK params(P) fnres(R)
                 fnbody(B). {
    A = method_decl(ps, RP, N, P, R, B);
}
mtparams_open ::= LBRACK(L). {
    syntax_error_at(ps, L.pos, "method must have no type parameters");
}

fnbody(A) ::= . { A = NULL; }
fnbody(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). { A = block(L, S, R); }

/* ------------------------------------------------------------ statements */

/* StatementList = { Statement ";" } . Empty statements are left out. */
%type stmt_list {List *}
stmt_list(A) ::= stmt(S). {
    A = list_new();
    if (S)
        list_push(A, S);
    ps->stmt_open = S && !(S->kind == N_LABELED && S->body->kind == N_EMPTY);
}
stmt_list(A) ::= stmt_list(L) SEMI stmt(S). {
    A = L;
    if (S)
        list_push(A, S);
    ps->stmt_open = S && !(S->kind == N_LABELED && S->body->kind == N_EMPTY);
}

stmt(A) ::= . { A = NULL; }
stmt(A) ::= compound_stmt(S). { A = S; }
stmt(A) ::= common_dcl(D). { A = D; }
stmt(A) ::= simple_stmt(S). { A = S; }
stmt(A) ::= for_stmt(S). { A = S; }
stmt(A) ::= switch_stmt(S). { A = S; }
stmt(A) ::= select_stmt(S). { A = S; }
stmt(A) ::= if_stmt(S). { A = S; }
stmt(A) ::= IDENT(L) COLON(C) stmt(S). {
    A = mk(N_LABELED, L.pos);
    A->name = tok_text(L);
    A->namepos = L.pos;
    if (!S) {
        /* gc wants a statement after a label; `}` stands for an empty one. */
        int next = yyLookahead;
        if (next == TK_CASE || next == TK_DEFAULT)
            syntax_error_at(ps, C.pos, "missing statement after label");
        S = mk(N_EMPTY, yyLookaheadToken.pos);
    }
    A->body = S;
}
stmt(A) ::= FALLTHROUGH(K). {
    A = mk(N_BRANCH, K.pos);
    A->op = K.kind;
}
stmt(A) ::= BREAK|CONTINUE(K). {
    A = mk(N_BRANCH, K.pos);
    A->op = K.kind;
}
stmt(A) ::= BREAK|CONTINUE(K) IDENT(L). {
    A = mk(N_BRANCH, K.pos);
    A->op = K.kind;
    A->name = tok_text(L);
    A->namepos = L.pos;
}
stmt(A) ::= GOTO(K) IDENT(L). {
    A = mk(N_BRANCH, K.pos);
    A->op = K.kind;
    A->name = tok_text(L);
    A->namepos = L.pos;
}
stmt(A) ::= GO(K) pexpr(X). {
    A = mk(N_GO, K.pos);
    A->x = X;
    check_call_stmt(ps, A, "go");
}
stmt(A) ::= DEFER(K) pexpr(X). {
    A = mk(N_DEFER, K.pos);
    A->x = X;
    check_call_stmt(ps, A, "defer");
}
stmt(A) ::= RETURN(K). {
    A = mk(N_RETURN, K.pos);
}
stmt(A) ::= RETURN(K) expr_list(L). {
    A = mk(N_RETURN, K.pos);
    A->list = L;
}
stmt(A) ::= error. { A = NULL; }

compound_stmt(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). { A = block(L, S, R); }

/* The body of if/for/switch/select: its `{` arrives as LBODY. */
loop_body(A) ::= LBODY(L) stmt_list(S) RBRACE(R). { A = block(L, S, R); }

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl . */
simple_stmt(A) ::= expr(X). {
    A = mk(N_EXPRSTMT, X->pos);
    A->x = X;
}
simple_stmt(A) ::= expr(X) ASSIGN_OP(O) expr(Y). {
    A = mk(N_ASSIGN, O.pos);
    A->op = O.op;
    A->list = list1(X);
    A->list2 = list1(Y);
}
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). {
    A = mk(N_ASSIGN, O.pos);
    A->op = 0;
    A->list = L;
    A->list2 = R;
}
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). {
    A = mk(N_ASSIGN, O.pos);
    A->op = TK_DEFINE;
    A->list = L;
    A->list2 = R;
}
simple_stmt(A) ::= expr(X) INC|DEC(O). {
    A = mk(N_INCDEC, O.pos);
    A->op = O.kind;
    A->x = X;
}
simple_stmt(A) ::= expr(X) ARROW(O) expr(Y). {
    A = mk(N_SEND, O.pos);
    A->x = X;
    A->y = Y;
}

osimple_stmt(A) ::= . { A = NULL; }
osimple_stmt(A) ::= simple_stmt(S). { A = S; }

/* The init statement of a header. gc takes `var x = 0` there with a
 * complaint, and so do we (header_var complains). */
%type header_init {HeaderInit}
header_init(A) ::= osimple_stmt(S). { A.stmt = S; }
header_init(A) ::= header_var simple_stmt(S). { A.stmt = S; }

/* gc complains as soon as it sees the `var` (at the token after it), so
 * the complaint comes before any error in the statement. */
header_var ::= VAR. {
    const char *kw = ps->prev2.kind == TK_FOR ? "for" : ps->prev2.kind == TK_IF ? "if" : "switch";
    syntax_error_at(ps, yyLookaheadToken.pos,
                    xprintf("var declaration not allowed in %s initializer", kw));
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
for_stmt(A) ::= FOR(F) for_header(H) loop_body(B). {
    A = header_finish(ps, &H, F, B);
}

%type for_header {Header}
for_header(A) ::= header_init(C). {
    ps->hdr_semi = false;
    memset(&A, 0, sizeof A);
    A.init = C;
    header_check(ps, &A, TK_FOR, yyLookaheadToken);
}
for_header(A) ::= header_init(I) SEMI(S) osimple_stmt(C) SEMI osimple_stmt(P). {
    ps->hdr_semi = true;
    memset(&A, 0, sizeof A);
    A.init = I;
    A.semi = S;
    A.has_semi = true;
    A.cond = C;
    A.post = P;
    header_check(ps, &A, TK_FOR, yyLookaheadToken);
}
for_header(A) ::= expr_list(L) range_op(O) RANGE(R) expr(X). {
    ps->hdr_semi = true;        /* for gc, a range clause ends the header too */
    memset(&A, 0, sizeof A);
    A.range = mk(N_RANGE, R.pos);
    A.range->op = O.kind;
    A.range->list = L;
    A.range->key = list_at(L, 0);
    A.range->value = L->len > 1 ? list_at(L, 1) : NULL;
    A.range->x = X;
}
for_header(A) ::= RANGE(R) expr(X). {
    ps->hdr_semi = true;
    memset(&A, 0, sizeof A);
    A.range = mk(N_RANGE, R.pos);
    A.range->x = X;
}

%type range_op {Token}
range_op(A) ::= ASSIGN(O). { A = O; }
range_op(A) ::= DEFINE(O). { A = O; }

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
if_stmt(A) ::= IF(I) if_header(H) loop_body(B). {
    A = header_finish(ps, &H, I, B);
}
if_stmt(A) ::= IF(I) if_header(H) loop_body(B) ELSE if_stmt(E). {
    A = header_finish(ps, &H, I, B);
    A->els = E;
}
if_stmt(A) ::= IF(I) if_header(H) loop_body(B) ELSE compound_stmt(E). {
    A = header_finish(ps, &H, I, B);
    A->els = E;
}

/* The header of if and switch: [ SimpleStmt ";" ] [ SimpleStmt ]. */
%type if_header {Header}
if_header(A) ::= header_init(C). {
    A = header1(ps, C, TK_IF, yyLookaheadToken);
}
if_header(A) ::= header_init(I) SEMI(S) osimple_stmt(C). {
    A = header2(ps, I, S, C, TK_IF, yyLookaheadToken);
}

/* The same for switch, as a symbol of its own so that its checks know it. */
%type switch_header {Header}
switch_header(A) ::= header_init(C). {
    A = header1(ps, C, TK_SWITCH, yyLookaheadToken);
}
switch_header(A) ::= header_init(I) SEMI(S) osimple_stmt(C). {
    A = header2(ps, I, S, C, TK_SWITCH, yyLookaheadToken);
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt . */
switch_stmt(A) ::= SWITCH(K) switch_header(H) LBODY(L) caseblock_list(C) RBRACE(R). {
    Node *body = mk(N_BLOCK, L.pos);
    body->rbrace = R.pos;
    A = header_finish(ps, &H, K, body);
    A->list = C;
    A->rbrace = R.pos;
    A->body = NULL;
}

%type caseblock_list {List *}
caseblock_list(A) ::= . { A = list_new(); }
caseblock_list(A) ::= caseblock_list(L) caseblock(C). { A = lpush(L, C); }

caseblock(A) ::= CASE(K) expr_list(E) COLON stmt_list(S). {
    clause_end(ps, yyLookaheadToken);
    A = mk(N_CASE, K.pos);
    A->list = E;
    A->list2 = S;
}
caseblock(A) ::= DEFAULT(K) COLON stmt_list(S). {
    clause_end(ps, yyLookaheadToken);
    A = mk(N_CASE, K.pos);
    A->list2 = S;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
select_stmt(A) ::= SELECT(K) LBODY commblock_list(L) RBRACE(R). {
    A = mk(N_SELECT, K.pos);
    A->list = L;
    A->rbrace = R.pos;
}

%type commblock_list {List *}
commblock_list(A) ::= . { A = list_new(); }
commblock_list(A) ::= commblock_list(L) commblock(C). { A = lpush(L, C); }

commblock(A) ::= CASE(K) simple_stmt(C) COLON stmt_list(S). {
    clause_end(ps, yyLookaheadToken);
    A = mk(N_CASE, K.pos);
    A->comm = C;
    A->list2 = S;
}
commblock(A) ::= DEFAULT(K) COLON stmt_list(S). {
    clause_end(ps, yyLookaheadToken);
    A = mk(N_CASE, K.pos);
    A->list2 = S;
}

/* ------------------------------------------------------------ expressions */

%type expr_list {List *}
expr_list(A) ::= expr(X). { A = list1(X); }
expr_list(A) ::= expr_list(L) COMMA expr(X). { A = lpush(L, X); }

expr(A) ::= uexpr(X). { A = X; }
expr(A) ::= expr(X) LOR(O) expr(Y). { A = binary(O, X, Y); }
expr(A) ::= expr(X) LAND(O) expr(Y). { A = binary(O, X, Y); }
expr(A) ::= expr(X) EQL|NEQ|LSS|LEQ|GTR|GEQ(O) expr(Y). [EQL] { A = binary(O, X, Y); }
expr(A) ::= expr(X) ADD|SUB|OR|XOR(O) expr(Y). [ADD] { A = binary(O, X, Y); }
expr(A) ::= expr(X) MUL|QUO|REM|SHL|SHR|AND|AND_NOT(O) expr(Y). [MUL] { A = binary(O, X, Y); }

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
uexpr(A) ::= pexpr(X). { A = X; }
uexpr(A) ::= MUL(O) uexpr(X). {
    A = mk(N_STAR, O.pos);
    A->x = X;
}
uexpr(A) ::= AND(O) uexpr(X). {
    /* gc drops the parentheses of &(T{}) */
    A = unary(O, unparen(X));
}
uexpr(A) ::= ADD|SUB|NOT|XOR|TILDE(O) uexpr(X). { A = unary(O, X); }
uexpr(A) ::= ARROW(O) uexpr(X). { A = chan_reassociate(ps, O, X, yyLookaheadToken.pos); }

/* PrimaryExpr, with the operand forms. */
pexpr(A) ::= pexpr_no_paren(X). { A = X; }
pexpr(A) ::= LPAREN(L) expr(X) RPAREN. {
    A = mk(N_PAREN, L.pos);
    A->x = X;
}

pexpr_no_paren(A) ::= INT|FLOAT|IMAG|CHAR|STRING(T). {
    A = mk(N_BASICLIT, T.pos);
    A->op = T.kind;
    A->lit = tok_text(T);
    A->litlen = T.len;
}
pexpr_no_paren(A) ::= name(X). { A = X; }
pexpr_no_paren(A) ::= selector(X). { A = X; }
pexpr_no_paren(A) ::= index(X). { A = X; }
pexpr_no_paren(A) ::= pexpr(X) PERIOD(D) LPAREN ntype(T) RPAREN. {
    A = mk(N_TYPEASSERT, D.pos);
    A->x = X;
    A->type = T;
}
pexpr_no_paren(A) ::= pexpr(X) PERIOD(D) LPAREN TYPE RPAREN. {
    A = mk(N_TYPEASSERT, D.pos);
    A->x = X;
}
pexpr_no_paren(A) ::= pexpr(X) LBRACK(L) oexpr(I) COLON oexpr(J) RBRACK. {
    A = mk(N_SLICE, L.pos);
    A->x = X;
    A->lo = I;
    A->hi = J;
}
pexpr_no_paren(A) ::= pexpr(X) LBRACK(L) oexpr(I) COLON oexpr(J) COLON(C) oexpr(K) RBRACK(R). {
    A = mk(N_SLICE, L.pos);
    A->x = X;
    A->lo = I;
    A->hi = J;
    A->max = K;
    A->slice3 = true;
    if (!J) {
        error_at(ps->ctx, C.pos, "middle index required in 3-index slice");
        A->hi = mk(N_BAD, C.pos);
    }
    if (!K) {
        error_at(ps->ctx, R.pos, "final index required in 3-index slice");
        A->max = mk(N_BAD, R.pos);
    }
}
pexpr_no_paren(A) ::= pexpr(X) LPAREN(L) RPAREN. {
    A = mk(N_CALL, L.pos);
    A->x = X;
    A->list = list_new();
}
pexpr_no_paren(A) ::= pexpr(X) LPAREN(L) expr_list(E) comma_rparen. {
    A = mk(N_CALL, L.pos);
    A->x = X;
    A->list = E;
}
pexpr_no_paren(A) ::= pexpr(X) LPAREN(L) expr_list(E) ELLIPSIS comma_rparen. {
    A = mk(N_CALL, L.pos);
    A->x = X;
    A->list = E;
    A->dots = true;
}
/* CompositeLit = LiteralType LiteralValue . The type is a (qualified or
 * indexed) name, followed by a plain `{` (in a header, the body's LBODY ends
 * the expression instead), or an array, slice, map or struct type, which
 * takes either brace. */
pexpr_no_paren(A) ::= complit_type(T) LBRACE(L) complit_body(E). {
    A = composite(T, L, E);
}
pexpr_no_paren(A) ::= comptype(T) lbrace(L) complit_body(E). {
    A = composite(T, L, E);
}
pexpr_no_paren(A) ::= LPAREN(P) expr(T) RPAREN LBRACE(L) complit_body(E). {
    Node *t = unparen(T);
    if (t->kind == N_IDENT || t->kind == N_SELECTOR || t->kind == N_INDEX ||
        t->kind == N_ARRAYTYPE || t->kind == N_MAPTYPE || t->kind == N_STRUCTTYPE)
        syntax_error_at(ps, L.pos, "cannot parenthesize type in composite literal");
    else
        syntax_error_at(ps, L.pos, "unexpected {, expecting expression");
    Node *paren = mk(N_PAREN, P.pos);
    paren->x = T;
    A = composite(paren, L, E);
}
pexpr_no_paren(A) ::= fnliteral(F). { A = F; }
/* Types as operands: conversions, make/new arguments, x.(T) cases. */
pexpr_no_paren(A) ::= comptype(T). [NOTBRACE] { A = T; }
pexpr_no_paren(A) ::= fntype(F). [NOTBRACE] { A = F.type; }
pexpr_no_paren(A) ::= CHAN(C) non_recvchantype(T). {
    A = mk(N_CHANTYPE, C.pos);
    A->dir = CHAN_BOTH;
    A->elem = T;
}
pexpr_no_paren(A) ::= CHAN(C) ARROW ntype(T). {
    A = mk(N_CHANTYPE, C.pos);
    A->dir = CHAN_SEND;
    A->elem = T;
}
pexpr_no_paren(A) ::= interfacetype(T). { A = T; }

complit_type(A) ::= name(X). { A = X; }
complit_type(A) ::= selector(X). { A = X; }
complit_type(A) ::= index(X). { A = X; }

selector(A) ::= pexpr(X) PERIOD(D) IDENT(S). {
    A = mk(N_SELECTOR, D.pos);
    A->x = X;
    A->name = tok_text(S);
    A->namepos = S.pos;
}

/* gc parses x[a, b] (an instantiation) and complains later; so do we. */
index(A) ::= pexpr(X) LBRACK(L) type_args(I) RBRACK. {
    A = mk(N_INDEX, L.pos);
    A->x = X;
    A->y = list_at(I.list, 0);
    if (I.list->len > 1 || I.comma)
        targs_unsupported(ps, L);
}

/* gc's typeList: x[a] or an instantiation x[a, T2, T3,]: after the first
 * element, which may be any expression, only types. */
%type type_args {TypeArgs}
type_args(A) ::= expr(X). { A.list = list1(X); A.comma = false; }
type_args(A) ::= expr(X) COMMA. { A.list = list1(X); A.comma = true; }
type_args(A) ::= expr(X) COMMA type_list(L). {
    A.list = list1(X);
    for (int i = 0; i < L->len; i++)
        list_push(A.list, list_at(L, i));
    A.comma = true;
}
type_args(A) ::= expr(X) COMMA type_list(L) COMMA. {
    A.list = list1(X);
    for (int i = 0; i < L->len; i++)
        list_push(A.list, list_at(L, i));
    A.comma = true;
}

%type type_list {List *}
type_list(A) ::= ntype(T). { A = list1(T); }
type_list(A) ::= type_list(L) COMMA ntype(T). { A = lpush(L, T); }

/* The closing ) of a list, optionally after a comma. */
comma_rparen ::= RPAREN.
comma_rparen ::= COMMA RPAREN.

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(X). { A = X; }

/* A `{` that cannot open a statement body: it takes LBODY as well. An LBODY
 * taken here belonged to the header's body, whose `{` is still to come, so
 * the driver re-arms the loophack when this literal's `}` arrives. */
%type lbrace {Token}
lbrace(A) ::= LBRACE(L). { A = L; }
lbrace(A) ::= LBODY(L). { A = L; mark_brace_stolen(ps); }

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" : what follows the `{`. */
%type complit_body {Elements}
complit_body(A) ::= RBRACE(R). { A.list = list_new(); A.rbrace = R.pos; }
complit_body(A) ::= keyval_list(L) RBRACE(R). { A.list = L; A.rbrace = R.pos; }
complit_body(A) ::= keyval_list(L) COMMA RBRACE(R). { A.list = L; A.rbrace = R.pos; }

%type keyval_list {List *}
keyval_list(A) ::= element(E). { A = list1(E); }
keyval_list(A) ::= keyval_list(L) COMMA element(E). { A = lpush(L, E); }

element(A) ::= complitexpr(X). { A = X; }
element(A) ::= complitexpr(K) COLON(C) complitexpr(V). {
    A = mk(N_KEYVALUE, C.pos);
    A->x = K;
    A->y = V;
}

complitexpr(A) ::= expr(X). { A = X; }
complitexpr(A) ::= LBRACE(L) complit_body(E). {
    A = composite(NULL, L, E);
}

/* FunctionLit = "func" Signature FunctionBody . */
fnliteral(A) ::= fntype(F) lbrace(L) stmt_list(S) RBRACE(R). {
    A = mk(N_FUNCLIT, F.func_pos);
    A->type = F.type;
    A->body = block(L, S, R);
}

name(A) ::= IDENT(N). [NOTPAREN] { A = ident(N); }

%type name_list {List *}
name_list(A) ::= IDENT(N). { A = list1(ident(N)); }
name_list(A) ::= name_list(L) COMMA IDENT(N). { A = lpush(L, ident(N)); }

/* ------------------------------------------------------------ types */

ntype(A) ::= recvchantype(T). { A = T; }
ntype(A) ::= non_recvchantype(T). { A = T; }

non_recvchantype(A) ::= fntype(F). { A = F.type; }
non_recvchantype(A) ::= othertype(T). { A = T; }
non_recvchantype(A) ::= ptrtype(T). { A = T; }
non_recvchantype(A) ::= dotname(T). [NOTPAREN] { A = T; }
non_recvchantype(A) ::= LPAREN(L) ntype(T) RPAREN. {
    A = mk(N_PAREN, L.pos);
    A->x = T;
}
/* An instantiated generic type, T[int]. */
non_recvchantype(A) ::= dotname(T) LBRACK(L) type_args RBRACK. {
    targs_unsupported(ps, L);
    A = T;
}

dotname(A) ::= name(X). [NOTPAREN] { A = X; }
dotname(A) ::= name(X) PERIOD(D) IDENT(S). {
    A = mk(N_SELECTOR, D.pos);
    A->x = X;
    A->name = tok_text(S);
    A->namepos = S.pos;
}

/* The types that can be a composite literal's type. */
comptype(A) ::= LBRACK(L) oexpr(N) RBRACK ntype(T). {
    A = mk(N_ARRAYTYPE, L.pos);
    A->len = N;
    A->elem = T;
}
comptype(A) ::= LBRACK(L) ELLIPSIS(D) RBRACK ntype(T). {
    A = mk(N_ARRAYTYPE, L.pos);
    A->len = mk(N_ELLIPSIS, D.pos);
    A->elem = T;
}
comptype(A) ::= MAP(M) LBRACK ntype(K) RBRACK ntype(V). {
    A = mk(N_MAPTYPE, M.pos);
    A->key = K;
    A->elem = V;
}
comptype(A) ::= structtype(T). { A = T; }

othertype(A) ::= comptype(T). { A = T; }
othertype(A) ::= CHAN(C) non_recvchantype(T). {
    A = mk(N_CHANTYPE, C.pos);
    A->dir = CHAN_BOTH;
    A->elem = T;
}
othertype(A) ::= CHAN(C) ARROW ntype(T). {
    A = mk(N_CHANTYPE, C.pos);
    A->dir = CHAN_SEND;
    A->elem = T;
}
othertype(A) ::= interfacetype(T). { A = T; }

ptrtype(A) ::= MUL(S) ntype(T). {
    A = mk(N_STAR, S.pos);
    A->x = T;
}

recvchantype(A) ::= ARROW(R) CHAN ntype(T). {
    A = mk(N_CHANTYPE, R.pos);
    A->dir = CHAN_RECV;
    A->elem = T;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
structtype(A) ::= STRUCT(S) lbrace structdcl_list(L) semi_rbrace. {
    A = mk(N_STRUCTTYPE, S.pos);
    A->list = L;
}
structtype(A) ::= STRUCT(S) lbrace RBRACE. {
    A = mk(N_STRUCTTYPE, S.pos);
    A->list = list_new();
}

semi_rbrace ::= RBRACE.
semi_rbrace ::= SEMI RBRACE.

%type structdcl_list {List *}
structdcl_list(A) ::= structdcl(F). { A = list1(F); }
structdcl_list(A) ::= structdcl_list(L) SEMI structdcl(F). { A = lpush(L, F); }

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
structdcl(A) ::= name_list(N) ntype(T) otag(G). {
    A = mk(N_FIELD, ((Node *)list_at(N, 0))->pos);
    A->list = N;
    A->type = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}
structdcl(A) ::= embed(T) otag(G). {
    A = mk(N_FIELD, T->pos);
    A->type = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}
structdcl(A) ::= MUL(S) embed(T) otag(G). {
    A = mk(N_FIELD, S.pos);
    A->type = mk(N_STAR, S.pos);
    A->type->x = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}
/* an embedded pointer to an instantiated generic type, *T[int] */
structdcl(A) ::= MUL(S) embed(T) LBRACK(L) type_args RBRACK otag(G). {
    targs_unsupported(ps, L);
    A = mk(N_FIELD, S.pos);
    A->type = mk(N_STAR, S.pos);
    A->type->x = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}
/* gc refuses parentheses around an embedded type as soon as it sees them,
 * and does not insist on the `)`. */
structdcl(A) ::= embed_paren(P) embed(T) orparen otag(G). {
    A = mk(N_FIELD, P.pos);
    A->type = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}
structdcl(A) ::= embed_paren(P) MUL(S) embed(T) orparen otag(G). {
    A = mk(N_FIELD, P.pos);
    A->type = mk(N_STAR, S.pos);
    A->type->x = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}
structdcl(A) ::= MUL(S) embed_paren embed(T) orparen otag(G). {
    A = mk(N_FIELD, S.pos);
    A->type = mk(N_STAR, S.pos);
    A->type->x = T;
    A->lit = G.text ? tok_text(G) : NULL;
    A->litlen = G.len;
}

%type embed_paren {Token}
embed_paren(A) ::= LPAREN(P). {
    syntax_error_at(ps, P.pos, "cannot parenthesize embedded type");
    A = P;
}

orparen ::= .
orparen ::= RPAREN.

embed(A) ::= IDENT(N). { A = ident(N); }
embed(A) ::= IDENT(N) PERIOD(D) IDENT(S). {
    A = mk(N_SELECTOR, D.pos);
    A->x = ident(N);
    A->name = tok_text(S);
    A->namepos = S.pos;
}

%type otag {Token}
otag(A) ::= . { memset(&A, 0, sizeof A); }
otag(A) ::= STRING(S). { A = S; }
otag(A) ::= INT|FLOAT|IMAG|CHAR(S). {
    /* gc's parser takes any literal; its type checker refuses it */
    error_at(ps->ctx, S.pos, "invalid AST: incorrect tag syntax: \"%s\"", tok_text(S));
    A = S;
}

/* InterfaceType = "interface" "{" { ( MethodSpec | InterfaceElem ) ";" } "}" . */
interfacetype(A) ::= INTERFACE(I) lbrace interfacedcl_list(L) semi_rbrace. {
    A = mk(N_INTERFACETYPE, I.pos);
    A->list = L;
}
interfacetype(A) ::= INTERFACE(I) lbrace RBRACE. {
    A = mk(N_INTERFACETYPE, I.pos);
    A->list = list_new();
}

%type interfacedcl_list {List *}
interfacedcl_list(A) ::= interfacedcl(F). { A = list1(F); }
interfacedcl_list(A) ::= interfacedcl_list(L) SEMI interfacedcl(F). { A = lpush(L, F); }

interfacedcl(A) ::= IDENT(N) params(P) fnres(R). {
    A = mk(N_FIELD, N.pos);
    A->list = list1(ident(N));
    A->name = tok_text(N);
    A->namepos = N.pos;
    A->type = mk(N_FUNCTYPE, P.pos);
    A->type->list = P.list;
    A->type->list2 = R;
}
/* An embedded interface, or (Go 1.18) a union of type terms. */
interfacedcl(A) ::= union(T). {
    A = mk(N_FIELD, node_start_pos(T));
    A->type = T;
}

union(A) ::= term(T). { A = T; }
union(A) ::= union(X) OR(O) term(Y). { A = binary(O, X, Y); }

term(A) ::= ntype(T). { A = T; }
term(A) ::= TILDE(O) ntype(T). { A = unary(O, T); }

/* FunctionType = "func" Signature . */
%type fntype {FuncSig}
fntype(A) ::= FUNC(F) params(P) fnres(R). {
    A.type = mk(N_FUNCTYPE, P.pos);
    A.type->list = P.list;
    A.type->list2 = R;
    A.func_pos = F.pos;
}

/* Result = Parameters | Type . */
%type fnres {List *}
fnres(A) ::= . [NOTPAREN] { A = list_new(); }
fnres(A) ::= fnret_type(T). {
    Node *f = mk(N_FIELD, node_start_pos(T));
    f->type = T;
    A = list1(f);
}
fnres(A) ::= params(P). { A = P.list; }

fnret_type(A) ::= recvchantype(T). { A = T; }
fnret_type(A) ::= fntype(F). { A = F.type; }
fnret_type(A) ::= othertype(T). { A = T; }
fnret_type(A) ::= ptrtype(T). { A = T; }
fnret_type(A) ::= dotname(T). [NOTPAREN] { A = T; }
fnret_type(A) ::= dotname(T) LBRACK(L) type_args RBRACK. {
    targs_unsupported(ps, L);
    A = T;
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .
 * Each entry is parsed as gc does, as a name, a type, or a name and a type;
 * params_finish then decides which names are types and groups the fields. */
%type params {Params}
params(A) ::= LPAREN(L) RPAREN. { A.list = list_new(); A.pos = L.pos; }
params(A) ::= LPAREN(L) arg_type_list(P) comma_rparen. {
    A.list = params_finish(ps, P);
    A.pos = L.pos;
}

%type arg_type_list {List *}
arg_type_list(A) ::= arg_type(X). { A = list1(X); }
arg_type_list(A) ::= arg_type_list(L) COMMA arg_type(X). { A = lpush(L, X); }

arg_type(A) ::= ntype(T). {
    A = mk(N_FIELD, T->pos);
    if (T->kind == N_IDENT)
        A->list = list1(T);     /* a name, unless no parameter is named */
    else
        A->type = T;
}
arg_type(A) ::= IDENT(N) ntype(T). {
    A = mk(N_FIELD, N.pos);
    A->list = list1(ident(N));
    A->type = T;
}
arg_type(A) ::= IDENT(N) dotdotdot(T). {
    A = mk(N_FIELD, N.pos);
    A->list = list1(ident(N));
    A->type = T;
}
arg_type(A) ::= dotdotdot(T). {
    A = mk(N_FIELD, T->pos);
    A->type = T;
}

dotdotdot(A) ::= ELLIPSIS(D). {
    A = mk(N_ELLIPSIS, D.pos);
    syntax_error_at(ps, yyLookaheadToken.pos, "... is missing type");
    A->elem = mk(N_BAD, yyLookaheadToken.pos);
}
dotdotdot(A) ::= ELLIPSIS(D) ntype(T). {
    A = mk(N_ELLIPSIS, D.pos);
    A->elem = T;
}

%code {

/* ================================================================ helpers of the actions */

/* MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] . */
static Node *method_decl(ParseState *ps, Params recv, Token name, Params params, List *results,
                         Node *body)
{
    Node *n = mk(N_FUNCDECL, recv.pos);
    n->name = tok_text(name);
    n->namepos = name.pos;
    int nrecv = 0;
    for (int i = 0; i < recv.list->len; i++) {
        Node *f = list_at(recv.list, i);
        nrecv += f->list ? f->list->len : 1;
    }
    if (nrecv == 0) {
        error_at(ps->ctx, name.pos, "method has no receiver");
    } else {
        if (nrecv > 1)
            error_at(ps->ctx, name.pos, "method has multiple receivers");
        n->recv = list_at(recv.list, 0);
    }
    n->type = mk(N_FUNCTYPE, params.pos);
    n->type->list = params.list;
    n->type->list2 = results;
    n->body = body;
    return n;
}

/* A type parameter list in a declaration: the grammar only recognises it,
 * and what follows could not be parsed faithfully, so parsing stops. */
static void tparams_unsupported(ParseState *ps, Token at)
{
    if (!ps->failed)
        unsupported(ps->ctx, at.pos, "type parameters");
    ps->failed = true;
}

/* A type argument list (x[a, b], T[int]) parses as gc parses it; it is
 * refused at the end of the file if the file has no syntax error (gc
 * reports syntax errors alone). */
static void targs_unsupported(ParseState *ps, Token at)
{
    if (!ps->targs_seen)
        ps->targs_pos = at.pos;
    ps->targs_seen = true;
}

/* A clause's statements end at the next `case` or `default` only after a
 * `;` (gc's stmtList): `case 1: f() case 2:` is an error the grammar alone
 * lets through, since an empty statement may end the list. */
static void clause_end(ParseState *ps, Token next)
{
    if ((next.kind != TK_CASE && next.kind != TK_DEFAULT) || !ps->stmt_open)
        return;
    if (ps->prev.kind == TK_RETURN)     /* gc reads results after return */
        syntax_error_at(ps, next.pos, xprintf("unexpected %s, expecting expression",
                                              token_desc(next)));
    else
        syntax_error_at(ps, next.pos, xprintf("unexpected %s at end of statement",
                                              token_desc(next)));
}

static void mark_brace_stolen(ParseState *ps)
{
    /* The driver pushes a brace after the parser has taken it, and lemon
     * reduces `lbrace ::= LBODY` while taking the next token: the top entry
     * is this LBODY's. */
    if (ps->nbrace > 0)
        ps->brace_stolen[ps->nbrace - 1] = true;
}

/* gc's paramList: either every parameter has a name or none has. An entry
 * is a name alone (list=[name], no type), a type alone, or both; `a, b int`
 * gives a and b the type of b, and makes them one N_FIELD. */
static List *params_finish(ParseState *ps, List *entries)
{
    int named = 0;
    for (int i = 0; i < entries->len; i++) {
        Node *e = list_at(entries, i);
        if (e->list && e->type)
            named++;
    }
    List *fields = list_new();
    if (named == 0) {
        /* all unnamed: the names found are type names */
        for (int i = 0; i < entries->len; i++) {
            Node *e = list_at(entries, i);
            Node *f = mk(N_FIELD, e->pos);
            f->type = e->type ? e->type : list_at(e->list, 0);
            list_push(fields, f);
        }
        return fields;
    }
    if (named != entries->len) {
        /* Some named: all must be. Right to left, a name takes the type
         * after it; the leftmost offender is reported. */
        bool bad = false;
        Pos errpos = {0};
        Node *typ = NULL;
        for (int i = entries->len - 1; i >= 0; i--) {
            Node *e = list_at(entries, i);
            if (e->type) {
                typ = e->type;
                if (!e->list) {
                    bad = true;
                    errpos = node_start_pos(typ);
                    Node *blank = mk(N_IDENT, errpos);
                    blank->name = "_";
                    blank->namepos = errpos;
                    e->list = list1(blank);
                }
            } else if (typ) {
                e->type = typ;
            } else {
                bad = true;
                errpos = ((Node *)list_at(e->list, 0))->pos;
                e->type = mk(N_BAD, errpos);
            }
        }
        if (bad)
            syntax_error_at(ps, errpos, "mixed named and unnamed parameters");
    }
    /* Names that share one type node were written as one group. */
    Node *group = NULL;
    for (int i = 0; i < entries->len; i++) {
        Node *e = list_at(entries, i);
        if (group && group->type == e->type && e->type->kind != N_BAD) {
            list_push(group->list, list_at(e->list, 0));
            continue;
        }
        group = mk(N_FIELD, e->pos);
        group->list = list1(list_at(e->list, 0));
        group->type = e->type;
        list_push(fields, group);
    }
    return fields;
}

/* `<-` before a channel type makes a receive-only channel type, not a
 * receive: <-chan E is (<-chan E) and <-chan<- E is <-chan (<-E)... as gc's
 * unaryExpr re-associates it. */
static Node *chan_reassociate(ParseState *ps, Token arrow, Node *x, Pos here)
{
    if (x->kind != N_CHANTYPE)
        return unary(arrow, x);
    int dir = CHAN_SEND;
    Node *t = x;
    while (dir == CHAN_SEND) {
        if (t->kind != N_CHANTYPE)
            break;
        dir = t->dir;
        if (dir == CHAN_RECV)
            syntax_error_at(ps, here, "unexpected <-, expecting chan");
        t->dir = CHAN_RECV;
        t = t->elem;
    }
    if (dir == CHAN_SEND)
        syntax_error_at(ps, here, xprintf("unexpected %s, expecting chan", expr_string(t)));
    return x;
}

static const char *op_spelling(int op)
{
    return token_spelling(op);
}

static char *list_string(List *l)
{
    char *s = xstrdup("");
    for (int i = 0; l && i < l->len; i++)
        s = xprintf("%s%s%s", s, i ? ", " : "", expr_string(list_at(l, i)));
    return s;
}

/* A simple statement as gc's syntax.String prints it. */
static char *stmt_string(Node *s)
{
    switch (s->kind) {
    case N_EXPRSTMT:
        return expr_string(s->x);
    case N_SEND:
        return xprintf("%s <- %s", expr_string(s->x), expr_string(s->y));
    case N_INCDEC:
        return xprintf("%s%s", expr_string(s->x), op_spelling(s->op));
    case N_ASSIGN:
        if (s->op == 0)
            return xprintf("%s = %s", list_string(s->list), list_string(s->list2));
        if (s->op == TK_DEFINE)
            return xprintf("%s := %s", list_string(s->list), list_string(s->list2));
        return xprintf("%s %s= %s", list_string(s->list), op_spelling(s->op),
                       list_string(s->list2));
    default:
        return xstrdup("?");
    }
}

static bool is_type_switch_guard(Node *x)
{
    return x && x->kind == N_TYPEASSERT && !x->type;
}

static bool is_type_switch_guard_stmt(Node *cond)
{
    /* switch x := y.(type) and switch y.(type) */
    return (cond->kind == N_ASSIGN && cond->op == TK_DEFINE && cond->list->len == 1 &&
            cond->list2->len == 1 && ((Node *)list_at(cond->list, 0))->kind == N_IDENT &&
            is_type_switch_guard(list_at(cond->list2, 0))) ||
           (cond->kind == N_EXPRSTMT && is_type_switch_guard(cond->x));
}

/* gc's parser.header: what the clauses of a complete header mean, and its
 * complaints about them, made when the header is reduced (before the body,
 * as gc makes them). `next` is the token after the header. Leaves in h the
 * init statement and the condition (a simple statement, or N_BAD). */
static void header_check(ParseState *ps, Header *h, int keyword, Token next)
{
    if (h->range)
        return;
    if (ps->header_recovered) {
        /* after a missing `{` gc keeps the init and reads a condition,
         * which was not there: nothing more to say */
        h->cond = mk(N_BAD, next.pos);
        return;
    }
    Node *init = h->init.stmt, *cond = NULL;
    if (!h->has_semi) {
        if (!init && keyword == TK_IF)
            syntax_error_at(ps, next.pos, "missing condition in if statement");
        cond = init;
        init = NULL;
    } else {
        cond = h->cond;
        if (h->post && h->post->kind == N_ASSIGN && h->post->op == TK_DEFINE)
            syntax_error_at(ps, h->post->pos, "cannot declare in post statement of for loop");
        if (!cond && keyword == TK_IF) {
            if (h->semi.implicit)
                syntax_error_at(ps, h->semi.pos,
                                xprintf("unexpected %s, expecting { after if clause",
                                        token_desc(h->semi)));
            else
                syntax_error_at(ps, h->semi.pos, "missing condition in if statement");
            cond = mk(N_BAD, h->semi.pos);
        }
    }
    if (cond && cond->kind != N_EXPRSTMT && cond->kind != N_BAD &&
        !(keyword == TK_SWITCH && is_type_switch_guard_stmt(cond))) {
        /* a common mistake is `=` for `==`: gc spells the assignment out */
        const char *what = cond->kind == N_ASSIGN && cond->op == 0
            ? xprintf("assignment (%s) = (%s)", list_string(cond->list), list_string(cond->list2))
            : stmt_string(cond);
        syntax_error_at(ps, cond->pos, xprintf("cannot use %s as value", what));
        cond = mk(N_BAD, cond->pos);
    }
    h->init.stmt = init;
    h->cond = cond;
}

/* Builds the N_FOR/N_RANGE/N_IF/N_SWITCH/N_TYPESWITCH of a checked header. */
static Node *header_finish(ParseState *ps, Header *h, Token keyword, Node *body)
{
    (void)ps;
    if (h->range) {
        h->range->pos = keyword.pos;
        h->range->body = body;
        return h->range;
    }
    Node *n = mk(keyword.kind == TK_FOR ? N_FOR : keyword.kind == TK_IF ? N_IF : N_SWITCH,
                 keyword.pos);
    Node *cond = h->cond;
    n->init = h->init.stmt;
    n->post = h->post;
    n->body = body;
    if (keyword.kind == TK_SWITCH && cond && is_type_switch_guard_stmt(cond)) {
        n->kind = N_TYPESWITCH;
        if (cond->kind == N_ASSIGN) {
            Node *lhs = list_at(cond->list, 0);
            n->name = lhs->name;
            n->namepos = lhs->pos;
            n->x = ((Node *)list_at(cond->list2, 0))->x;
        } else {
            n->x = cond->x->x;
        }
        return n;
    }
    if (cond && cond->kind == N_EXPRSTMT)
        cond = cond->x;
    if (n->kind == N_SWITCH)
        n->tag = cond;
    else
        n->cond = cond;
    return n;
}

/* go and defer take a call: gc parses a primary expression and checks it. */
static void check_call_stmt(ParseState *ps, Node *s, const char *what)
{
    Node *x = s->x;
    if (x->kind == N_PAREN) {
        error_at(ps->ctx, x->pos, "expression in %s must not be parenthesized", what);
        x = unparen(x);
    }
    if (x->kind != N_CALL) {
        error_at(ps->ctx, x->pos, "expression in %s must be function call", what);
        Node *call = mk(N_CALL, x->pos);
        call->x = x;
        call->list = list_new();
        x = call;
    }
    s->x = x;
}

/* The words gc's syntaxErrorAt uses for the current token. */
static const char *token_desc(Token t)
{
    switch (t.kind) {
    case 0:
        return "EOF";
    case TK_IDENT:
        return tok_text(t);
    case TK_SEMI:
        return t.implicit ? tok_text(t) : "semicolon";
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        return xprintf("literal %s", tok_text(t));
    case TK_ASSIGN_OP:
        return tok_text(t);
    case TK_LBODY:
        return "{";
    default:
        return token_spelling(t.kind);
    }
}

/* gc's tokstring: a token kind in "expecting X". */
static const char *kind_word(int kind)
{
    switch (kind) {
    case TK_IDENT: return "name";
    case TK_COMMA: return "comma";
    case TK_SEMI: return "semicolon or newline";
    case TK_LBODY: return "{";
    case 0: return "EOF";
    default: return token_spelling(kind);
    }
}

/* ================================================================ the driver */

/*
 * The loophack (Go 1.4's lex.c, "i said it was clumsy"). In
 *     if x == T{} {
 * LALR(1) cannot know whether the first `{` opens a composite literal or the
 * body. Go's rule (spec §Composite_literals) is that it opens the body unless
 * parenthesised, so the driver, which sees every token first, marks it:
 * for/if/switch/select set `loophack`; `(` and `[` save it and clear it, `)`
 * and `]` restore it; a `{` while it is set becomes LBODY, and clears it.
 * The grammar takes LBODY as the body's brace, and also where a `{` cannot
 * open a body (`[]T{`, `struct{`, `func() {`); when such a literal's `}`
 * arrives the body's brace is still to come, so the loophack is set again.
 */
static void loophack_before(ParseState *ps, Token *t)
{
    switch (t->kind) {
    case TK_FOR: case TK_IF: case TK_SWITCH: case TK_SELECT:
        ps->loophack = true;
        break;
    case TK_LPAREN: case TK_LBRACK:
        if (ps->nparen == ps->paren_cap) {
            ps->paren_cap = ps->paren_cap ? 2 * ps->paren_cap : 16;
            ps->paren_saved = xrealloc(ps->paren_saved, (size_t)ps->paren_cap * sizeof(bool));
        }
        ps->paren_saved[ps->nparen++] = ps->loophack;
        ps->loophack = false;
        break;
    case TK_RPAREN: case TK_RBRACK:
        if (ps->nparen > 0)
            ps->loophack = ps->paren_saved[--ps->nparen];
        break;
    case TK_LBRACE:
        if (ps->loophack) {
            t->kind = TK_LBODY;
            ps->loophack = false;
        }
        break;
    }
}

static void loophack_after(ParseState *ps, Token t)
{
    if (t.kind == TK_LBRACE || t.kind == TK_LBODY) {
        if (ps->nbrace == ps->brace_cap) {
            ps->brace_cap = ps->brace_cap ? 2 * ps->brace_cap : 16;
            ps->brace_stolen = xrealloc(ps->brace_stolen, (size_t)ps->brace_cap * sizeof(bool));
        }
        ps->brace_stolen[ps->nbrace++] = false;
    } else if (t.kind == TK_RBRACE && ps->nbrace > 0) {
        if (ps->brace_stolen[--ps->nbrace])
            ps->loophack = true;
    }
}

/* ---------------------------------------------------------------- stacks */

/*
 * The error routine and the driver both ask what lemon would do with a
 * token, without letting it: they run lemon's tables on a copy of its stack.
 * A Stack holds, for each entry, the state and the symbol that led to it.
 */
typedef struct Stack {
    int *state, *major;
    int n, cap;
} Stack;

static void stack_push(Stack *s, int state, int major)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->state = xrealloc(s->state, (size_t)s->cap * sizeof(int));
        s->major = xrealloc(s->major, (size_t)s->cap * sizeof(int));
    }
    s->state[s->n] = state;
    s->major[s->n] = major;
    s->n++;
}

static void stack_free(Stack *s)
{
    free(s->state);
    free(s->major);
    *s = (Stack){0};
}

/* One reduction by lemon's action `act`, as yy_reduce makes it. */
static void stack_reduce(Stack *s, int act)
{
    int rule = act - YY_MIN_REDUCE;
    int nrhs = yyRuleInfoNRhs[rule];            /* minus the rule's length */
    int lhs = yyRuleInfoLhs[rule];
    s->n += nrhs;
    int goto_act = yy_find_reduce_action((YYACTIONTYPE)s->state[s->n - 1], (YYCODETYPE)lhs);
    stack_push(s, goto_act, lhs);
}

/* The parser's stack, with the reductions lemon has left pending (after a
 * shift-reduce, the top entry holds a reduce action, done on the next token
 * whatever it is) made. */
static void stack_from_parser(Stack *s, yyParser *p)
{
    s->n = 0;
    for (yyStackEntry *e = p->yystack; e <= p->yytos; e++)
        stack_push(s, e->stateno, e->major);
    while (s->n > 0 && s->state[s->n - 1] >= YY_MIN_REDUCE)
        stack_reduce(s, s->state[s->n - 1]);
}

static void stack_copy(Stack *dst, const Stack *src)
{
    dst->n = 0;
    for (int i = 0; i < src->n; i++)
        stack_push(dst, src->state[i], src->major[i]);
}

/* Makes the reductions lemon would make with a token of this kind ahead;
 * true if it would then shift the token, false if it is a syntax error. */
static bool stack_reduce_for(Stack *s, int kind)
{
    for (int steps = 0; steps < 100000; steps++) {
        int act = yy_find_shift_action((YYCODETYPE)kind, (YYACTIONTYPE)s->state[s->n - 1]);
        if (act >= YY_MIN_REDUCE)
            stack_reduce(s, act);
        else
            return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
    }
    return false;
}

/* The name of the k-th symbol from the top of the stack ("" below it). */
static const char *stack_sym(const Stack *s, int k)
{
    /* entry 0 is lemon's bottom-of-stack marker */
    if (k < 0 || k >= s->n - 1)
        return "";
    return yyTokenName[s->major[s->n - 1 - k]];
}

/* Would the parser take a token of this kind now? Asked for every token,
 * so it copies nothing: the reductions it tries pop entries of the parser's
 * own stack (by moving `base` down) and push onto a small array of their
 * own, which keeps it cheap however deep the stack is. */
static bool parser_accepts(yyParser *p, int kind)
{
    int base = (int)(p->yytos - p->yystack) + 1;   /* entries of p's stack in use */
    int pushed[64], npushed = 0;
    for (int steps = 0; steps < 10000; steps++) {
        int state = npushed ? pushed[npushed - 1] : p->yystack[base - 1].stateno;
        int act = yy_find_shift_action((YYCODETYPE)kind, (YYACTIONTYPE)state);
        if (act < YY_MIN_REDUCE)
            return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        int rule = act - YY_MIN_REDUCE;
        int len = -yyRuleInfoNRhs[rule];
        int from_pushed = len < npushed ? len : npushed;
        npushed -= from_pushed;
        base -= len - from_pushed;
        if (npushed == (int)(sizeof pushed / sizeof pushed[0]) || base < 1)
            break;                          /* cannot happen with this grammar */
        int below = npushed ? pushed[npushed - 1] : p->yystack[base - 1].stateno;
        pushed[npushed++] = yy_find_reduce_action((YYACTIONTYPE)below,
                                                  (YYCODETYPE)yyRuleInfoLhs[rule]);
    }
    Stack s = {0};                          /* the slow way, just in case */
    stack_from_parser(&s, p);
    bool ok = stack_reduce_for(&s, kind);
    stack_free(&s);
    return ok;
}

/* ---------------------------------------------------------------- pushing tokens */

static void syntax_error(ParseState *ps, yyParser *parser, Token t);

/* One token into the parser, which is known to take it. */
static void feed(ParseState *ps, yyParser *parser, Token t)
{
    ps->lookahead = t;
    GoParse(parser, t.kind, t, ps);
    if (t.kind != 0) {
        ps->prev2 = ps->prev;
        ps->prev = t;
    }
}

/* A token the recovery assumes: gc's parser goes on as if it were there. */
static Token synthetic(int kind, Pos pos)
{
    Token t = {.kind = kind, .pos = pos, .text = "_", .len = 1, .implicit = true};
    switch (kind) {
    case TK_SEMI:
        t.text = "newline";
        t.len = 7;
        break;
    case TK_STRING:
        t.text = "\"\"";
        t.len = 2;
        break;
    }
    return t;
}

/* The tokens that end gc's advance(): a statement keyword ends it only
 * inside a function, as gc's stopset does. */
static void set_sync(ParseState *ps, const int *kinds, bool in_func)
{
    static const int stopset[] = {TK_BREAK, TK_CONST, TK_CONTINUE, TK_DEFER, TK_FALLTHROUGH,
                                  TK_FOR, TK_GO, TK_GOTO, TK_IF, TK_RETURN, TK_SELECT,
                                  TK_SWITCH, TK_TYPE, TK_VAR};
    memset(ps->sync, 0, sizeof ps->sync);
    for (; *kinds; kinds++)
        ps->sync[*kinds] = true;
    if (in_func)
        for (size_t i = 0; i < sizeof stopset / sizeof stopset[0]; i++)
            ps->sync[stopset[i]] = true;
}

/* Makes, for real, the reductions a token of this kind would cause, without
 * taking the token: `if func() bool x`, once `{` is assumed, must have its
 * header reduced first, or the `{` would open the function literal. */
static void reduce_for(yyParser *parser, int kind, Pos pos)
{
    Token t = synthetic(kind, pos);
    for (;;) {
        int act = yy_find_shift_action((YYCODETYPE)kind, parser->yytos->stateno);
        if (act < YY_MIN_REDUCE)
            break;
        yy_reduce(parser, act - YY_MIN_REDUCE, kind, t);
    }
}

/* Where skipping stopped (or at once, when nothing is to be skipped): the
 * tokens gc's parser assumes are fed, then the token itself is pushed. */
static void resume(ParseState *ps, yyParser *parser, Token t)
{
    if (ps->header_resume) {
        /* gc's header() after want(`{`) failed and advance(`{`, `}`): with
         * no `{` there, it reads a condition, which is not there either */
        ps->header_resume = false;
        if (t.kind == TK_LBRACE && !parser_accepts(parser, TK_LBRACE))
            t.kind = TK_LBODY;
        if (t.kind == TK_LBODY) {
            ps->header_recovered = true;    /* the init stays the init */
            push_token(ps, parser, t);
            ps->header_recovered = false;
            return;
        }
        if (t.kind != TK_LBODY && t.kind != 0) {
            syntax_error_at(ps, t.pos, xprintf("unexpected %s, expecting expression",
                                               token_desc(t)));
            Stack s = {0};
            stack_from_parser(&s, parser);
            if (stack_reduce_for(&s, TK_SEMI) && strcmp(stack_sym(&s, 0), "header_init") == 0)
                reduce_for(parser, TK_SEMI, t.pos);
            stack_free(&s);
            if (parser_accepts(parser, TK_LBODY)) {
                ps->header_recovered = true;
                feed(ps, parser, synthetic(TK_LBODY, t.pos));
                ps->header_recovered = false;
                ps->loophack = false;
            }
        }
    }
    bool needed = ps->insert_always || !parser_accepts(parser, t.kind);
    for (int i = 0; needed && i < ps->ninsert; i++) {
        int kind = ps->insert[i];
        if (!parser_accepts(parser, kind))
            break;
        if (kind == TK_LBODY)
            ps->loophack = false;           /* the body is open: a later `{` is a brace */
        feed(ps, parser, synthetic(kind, kind == TK_IDENT ? ps->insert_pos : t.pos));
    }
    ps->ninsert = 0;
    ps->insert_always = false;
    push_token(ps, parser, t);
}

/* The driver's one entry: a token from the lexer (or, in recovery, one it
 * stopped at), fed to lemon if lemon takes it, else a syntax error. */
static void push_token(ParseState *ps, yyParser *parser, Token t)
{
    if (ps->failed)
        return;
    if (ps->recovering) {
        if (t.kind != 0 && !ps->sync[t.kind])
            return;                         /* skipped, as gc's advance() does */
        ps->recovering = false;
        resume(ps, parser, t);
        return;
    }
    if (ps->panic) {
        /* after the error symbol: skip to a token that fits */
        if (t.kind != 0 && !parser_accepts(parser, t.kind))
            return;
        ps->panic = false;
    }
    /* After an error, a keyword in the skipped text may have left the
     * loophack set (or a skipped `)` cleared it): a `{` is what fits. */
    if (ps->had_error && (t.kind == TK_LBODY || t.kind == TK_LBRACE) &&
        !parser_accepts(parser, t.kind)) {
        int other = t.kind == TK_LBODY ? TK_LBRACE : TK_LBODY;
        if (parser_accepts(parser, other))
            t.kind = other;
    }
    if (!parser_accepts(parser, t.kind)) {
        syntax_error(ps, parser, t);
        return;
    }
    feed(ps, parser, t);
}

Node *parse_file(Ctx *ctx, int file)
{
    ParseState *ps = xalloc(sizeof *ps);
    ps->ctx = ctx;
    ps->file = file;
    ps->errors_before = ctx->nerrors;
    ps->file_node = node_new(N_FILE, (Pos){file, 1, 1});
    ps->file_node->list = list_new();
    ps->file_node->list2 = list_new();

    Lexer *lx = lexer_new(ctx, file);
    yyParser *parser = GoParseAlloc(malloc);
    if (getenv("GOSUB_PARSE_TRACE"))
        GoParseTrace(stderr, "parse: ");
    for (;;) {
        Token t = lexer_next(lx);
        ps->seq++;
        loophack_before(ps, &t);
        push_token(ps, parser, t);
        loophack_after(ps, t);
        if (t.kind == 0 || ps->failed)
            break;
    }
    if (ps->targs_seen && !ps->had_error)
        unsupported(ctx, ps->targs_pos, "type arguments");
    GoParseFree(parser, free);
    free(ps->paren_saved);
    free(ps->brace_stolen);
    return ps->file_node;
}

/* ================================================================ syntax errors */

/*
 * gc's parser is recursive descent: when a token does not fit, the function
 * it is in knows what it wanted ("expecting )"), or which list it is reading
 * ("in argument list; possibly missing comma or )"), and its recovery,
 * advance(), skips to a token that function can go on from. Lemon's stack
 * holds the same knowledge in another form, and the error routine reads it
 * back from three views of it:
 *
 *   - the stack itself (`pre`): what was just read;
 *   - the set of tokens it would take (`acc`): whether an expression, a type
 *     or a name is wanted, or which single token;
 *   - the stack as a given token would leave it after lemon's reductions,
 *     just before lemon shifts it (`view`): the list a comma would extend,
 *     the statement list a semicolon would end, the header a `{` would end.
 *
 * classify() turns these into gc's message and gc's recovery: which tokens
 * to skip to, and which tokens gc then goes on as if it had seen.
 */

typedef struct SyntaxError {
    yyParser *p;
    ParseState *ps;
    Token tok;
    Stack pre;              /* the parser's stack */
    bool acc[YYNTOKEN];     /* the tokens it would take */
    Stack views[YYNTOKEN];  /* view(e, kind), made when first asked for */
    bool viewed[YYNTOKEN], view_ok[YYNTOKEN];
    bool in_func;           /* inside a function body (gc's fnest > 0) */

    /* the outcome */
    const char *msg;        /* after "syntax error: " */
    Pos pos;
    bool drop;              /* the token is consumed (gc's advance() without a follow list) */
    const int *sync;        /* skip to one of these (0-terminated), or NULL: resume at once */
    int insert[2];          /* then go on as if these came first */
    int ninsert;
    bool insert_always;     /* even where the token itself would fit */
    bool errsym;            /* unwind to the nearest statement or declaration instead */
    int first;              /* a token assumed before the error is reported, or 0 */
    bool header_resume;     /* resume as gc's header() does after a missing `{` */
    int cut;                /* replace the stack above this depth with an operand `_` */
    bool fail;              /* give up on the file */
} SyntaxError;

/* gc's follow lists (advance's arguments) */
static const int SYNC_STMT[] = {TK_SEMI, TK_RBRACE, TK_CASE, TK_DEFAULT, 0};
static const int SYNC_LIST[] = {TK_RPAREN, TK_RBRACK, TK_RBRACE, 0};
static const int SYNC_TOP[] = {TK_CONST, TK_TYPE, TK_VAR, TK_FUNC, 0};
static const int SYNC_IMPORT[] = {TK_SEMI, TK_RPAREN, 0};
static const int SYNC_CASE[] = {TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE, 0};
static const int SYNC_TYPE[] = {TK_COMMA, TK_COLON, TK_SEMI, TK_RPAREN, TK_RBRACK, TK_RBRACE, 0};
static const int SYNC_TERM[] = {TK_OR, TK_SEMI, TK_RPAREN, TK_RBRACK, TK_RBRACE, 0};
static const int SYNC_BLOCK[] = {TK_IDENT, TK_RBRACE, 0};
static const int SYNC_BODY[] = {TK_LBODY, TK_LBRACE, TK_RBRACE, 0};
static const int SYNC_INDEX[] = {TK_COMMA, TK_COLON, TK_RBRACK, 0};
static const int SYNC_FIELD[] = {TK_SEMI, TK_RBRACE, 0};
static const int SYNC_FUNC[] = {TK_LBRACE, TK_SEMI, 0};
static const int SYNC_SIMPLE[] = {TK_SEMI, TK_RBRACE, 0};
static const int SYNC_SELECTOR[] = {TK_SEMI, TK_RPAREN, 0};
static const int SYNC_PARAM[] = {TK_COMMA, TK_RPAREN, 0};
static const int SYNC_EMBED[] = {TK_PERIOD, TK_SEMI, TK_RBRACE, 0};

static bool pre(SyntaxError *e, int k, const char *name)
{
    return strcmp(stack_sym(&e->pre, k), name) == 0;
}

/* The stack as a token of this kind would leave it, or NULL if the parser
 * would not take one. */
static Stack *view(SyntaxError *e, int kind)
{
    if (!e->viewed[kind]) {
        e->viewed[kind] = true;
        stack_copy(&e->views[kind], &e->pre);
        e->view_ok[kind] = stack_reduce_for(&e->views[kind], kind);
    }
    return e->view_ok[kind] ? &e->views[kind] : NULL;
}

/* Is the k-th symbol from the top of view(kind) `name`? */
static bool vis(SyntaxError *e, int kind, int k, const char *name)
{
    Stack *v = view(e, kind);
    return v && strcmp(stack_sym(v, k), name) == 0;
}

static int count_acc(SyntaxError *e)
{
    int n = 0;
    for (int k = 0; k < YYNTOKEN; k++)
        n += e->acc[k];
    return n;
}

static void unexpected(SyntaxError *e, const char *rest)
{
    e->msg = xprintf("unexpected %s%s", token_desc(e->tok), rest);
}

static void expecting(SyntaxError *e, const char *what)
{
    unexpected(e, xprintf(", expecting %s", what));
}

static void recover(SyntaxError *e, const int *sync, int insert)
{
    e->sync = sync;
    e->ninsert = 0;
    if (insert)
        e->insert[e->ninsert++] = insert;
}

/* gc's want(tok): "expecting tok"; the token is dropped and tok assumed. */
static void want(SyntaxError *e, int kind)
{
    expecting(e, kind_word(kind));
    e->drop = true;
    recover(e, NULL, kind);
    e->insert_always = true;
}

/* gc's list(): a list element not followed by its separator or closer;
 * skip to a closing token, and close the list if that is another's. */
static void in_list(SyntaxError *e, const char *context, int sep, int close)
{
    unexpected(e, xprintf(" in %s; possibly missing %s or %s", context, kind_word(sep),
                          kind_word(close)));
    recover(e, SYNC_LIST, close);
}

static bool is_stmt_start_token(int kind)
{
    return kind == TK_SEMI || kind == TK_LBRACE || kind == TK_LBODY || kind == TK_COLON;
}

static bool is_type_start(int kind)
{
    switch (kind) {
    case TK_IDENT: case TK_CHAN: case TK_FUNC: case TK_INTERFACE: case TK_MAP:
    case TK_STRUCT: case TK_MUL: case TK_ARROW: case TK_LPAREN: case TK_LBRACK:
        return true;
    }
    return false;
}

/* The tokens that continue an operand, an expression, a type or a simple
 * statement: after a complete one, what else the state takes closes it. */
static bool continues_operand(int kind)
{
    switch (kind) {
    case TK_LOR: case TK_LAND: case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ:
    case TK_GTR: case TK_GEQ: case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
    case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND:
    case TK_AND_NOT: case TK_PERIOD: case TK_LPAREN: case TK_LBRACK: case TK_LBRACE:
    case TK_COMMA:
    case TK_ARROW: case TK_ASSIGN: case TK_DEFINE: case TK_ASSIGN_OP: case TK_INC: case TK_DEC:
        return true;
    }
    return false;
}

/* The only token the state takes besides those that continue what came
 * before it (LBODY and LBRACE count as one), or -1. */
static int only_closer(SyntaxError *e)
{
    if (count_acc(e) == 1)
        for (int k = 0; k < YYNTOKEN; k++)
            if (e->acc[k])
                return k;
    if (count_acc(e) == 2 && e->acc[TK_LBRACE] && e->acc[TK_LBODY])
        return TK_LBRACE;
    int found = -1;
    for (int k = 0; k < YYNTOKEN; k++) {
        if (!e->acc[k] || continues_operand(k))
            continue;
        if (e->acc[TK_MAP] && is_type_start(k))
            continue;               /* an optional type (a result) could begin */
        if (k == TK_LBODY && e->acc[TK_LBRACE])
            continue;
        if (found >= 0)
            return -1;
        found = k;
    }
    return found;
}

/* Is the stack inside a function body (gc's fnest > 0)? */
static bool stack_in_function(const Stack *s)
{
    for (int k = 0; k + 1 < s->n; k++) {
        const char *a = stack_sym(s, k), *b = stack_sym(s, k + 1);
        if ((strcmp(a, "LBRACE") == 0 && strcmp(b, "fnres") == 0) ||
            (strcmp(a, "lbrace") == 0 && strcmp(b, "fntype") == 0))
            return true;
    }
    return false;
}

static bool top_level_classify(SyntaxError *e);
static bool statement_classify(SyntaxError *e);
static bool list_classify(SyntaxError *e);
static bool need_classify(SyntaxError *e);

static void classify(SyntaxError *e)
{
    e->pos = e->tok.pos;

    /* gc gives up on a file whose package clause is wrong */
    if (e->pre.n == 1) {
        e->msg = "package statement must be first";
        e->fail = true;
        return;
    }
    if (pre(e, 0, "PACKAGE")) {
        expecting(e, "name");
        e->fail = true;
        return;
    }
    if (pre(e, 0, "IDENT") && pre(e, 1, "PACKAGE")) {
        expecting(e, "semicolon or newline");
        e->fail = true;
        return;
    }

    /* At EOF, gc's lists and blocks stop at once and want their closing
     * token: the one of the construct whose opening token or separator was
     * the last thing read, or the `}` of a switch or select body. */
    if (e->tok.kind == 0) {
        if (e->acc[TK_CASE] && e->acc[TK_DEFAULT] && e->acc[TK_RBRACE]) {
            want(e, TK_RBRACE);
            return;
        }
        int k = pre(e, 0, "COMMA") || pre(e, 0, "SEMI") ? 2 : 0;
        /* the ( of a call, a parameter list or a group; not of an expression */
        if (pre(e, k, "LPAREN") &&
            (pre(e, k + 1, "pexpr") || pre(e, k + 1, "FUNC") || pre(e, k + 1, "params") ||
             (pre(e, k + 1, "IDENT") && !pre(e, k + 2, "TYPE")) || pre(e, k + 1, "VAR") ||
             pre(e, k + 1, "CONST") || pre(e, k + 1, "TYPE") || pre(e, k + 1, "IMPORT"))) {
            want(e, TK_RPAREN);
            return;
        }
        if ((pre(e, k, "LBRACE") || pre(e, k, "lbrace") || pre(e, k, "LBODY")) &&
            !pre(e, k + 1, "fnres") && !pre(e, k + 1, "fntype")) {
            want(e, TK_RBRACE);
            return;
        }
    }

    if (top_level_classify(e) || statement_classify(e) || list_classify(e) ||
        need_classify(e))
        return;

    /* What is left is a construct complete but for one closing token. */
    int close = only_closer(e);
    if (close >= 0) {
        want(e, close);
        return;
    }
    unexpected(e, "");
    e->errsym = true;
    recover(e, SYNC_STMT, 0);
}

/* Imports and top-level declarations. */
static bool top_level_classify(SyntaxError *e)
{
    int tk = e->tok.kind;

    if (vis(e, TK_CONST, 0, "top_decls")) {
        Node *d = e->ps->last_decl;
        if ((tk == TK_LBRACE || tk == TK_LBODY) && d && d->kind == N_FUNCDECL && !d->body)
            e->msg = "unexpected semicolon or newline before {";
        else
            e->msg = "non-declaration statement outside function body";
        recover(e, SYNC_TOP, 0);
        return true;
    }
    if (vis(e, TK_SEMI, 0, "top_decl")) {
        unexpected(e, " after top level declaration");
        recover(e, SYNC_TOP, TK_SEMI);
        e->insert_always = true;            /* for gc the declaration is over */
        return true;
    }
    if (vis(e, TK_SEMI, 0, "import")) {
        want(e, TK_SEMI);
        return true;
    }
    /* where an import path is wanted */
    if ((e->acc[TK_STRING] && e->acc[TK_PERIOD] && e->acc[TK_IDENT] && !e->acc[TK_ADD] &&
         !e->acc[TK_MAP]) ||
        (e->acc[TK_STRING] && !e->acc[TK_IDENT] && !e->acc[TK_ADD] && !e->acc[TK_SEMI] &&
         (pre(e, 0, "IDENT") || pre(e, 0, "PERIOD")))) {
        e->msg = "missing import path";
        recover(e, SYNC_IMPORT, TK_STRING);
        return true;
    }
    if (vis(e, TK_SEMI, 0, "import_spec_list") || vis(e, TK_SEMI, 0, "var_spec_list") ||
        vis(e, TK_SEMI, 0, "const_spec_list") || vis(e, TK_SEMI, 0, "type_spec_list")) {
        if (!vis(e, TK_SEMI, 1, "LPAREN"))
            return false;
        in_list(e, "grouped declaration", TK_SEMI, TK_RPAREN);
        return true;
    }
    if ((pre(e, 0, "FUNC") || (pre(e, 0, "params") && pre(e, 1, "FUNC"))) &&
        (pre(e, 1, "top_decls") || pre(e, 1, "imports") || pre(e, 2, "top_decls") ||
         pre(e, 2, "imports"))) {
        /* gc checks the receiver before it looks for the name */
        yyStackEntry *top = e->p->yytos;
        if (pre(e, 0, "params") && strcmp(yyTokenName[top->major], "params") == 0) {
            Params recv;
            memcpy(&recv, &top->minor, sizeof recv);
            int n = 0;
            for (int i = 0; i < recv.list->len; i++) {
                Node *f = list_at(recv.list, i);
                n += f->list ? f->list->len : 1;
            }
            if (n != 1)
                error_at(e->ps->ctx, e->tok.pos, "method has %s",
                         n == 0 ? "no receiver" : "multiple receivers");
        }
        expecting(e, "name or (");
        e->errsym = true;
        recover(e, SYNC_FUNC, 0);
        return true;
    }
    /* func[...] in a type or literal: gc refuses it in its own words */
    if (e->tok.kind == TK_LBRACK && pre(e, 0, "FUNC") && count_acc(e) == 1 && e->acc[TK_LPAREN]) {
        e->msg = "function type must have no type parameters";
        recover(e, SYNC_LIST, 0);
        return true;
    }
    /* a function or method name wants its signature (or type parameters) */
    if (count_acc(e) == 2 && e->acc[TK_LPAREN] && e->acc[TK_LBRACK]) {
        want(e, TK_LPAREN);
        return true;
    }
    /* type T <what is not a type> */
    int k = pre(e, 0, "ASSIGN") ? 1 : 0;
    if (pre(e, k, "IDENT") &&
        (pre(e, k + 1, "TYPE") || (pre(e, k + 1, "LPAREN") && pre(e, k + 2, "TYPE")) ||
         (pre(e, k + 1, "SEMI") && pre(e, k + 2, "type_spec_list")))) {
        unexpected(e, " in type declaration");
        recover(e, SYNC_IMPORT, TK_IDENT);
        return true;
    }
    /* var, const and type want a name (a group's `(` is taken first) */
    bool group = pre(e, 0, "SEMI") && (pre(e, 1, "var_spec_list") || pre(e, 1, "const_spec_list") ||
                                       pre(e, 1, "type_spec_list"));
    if (e->acc[TK_IDENT] && count_acc(e) <= 2 + group &&
        (pre(e, 0, "VAR") || pre(e, 0, "CONST") || pre(e, 0, "TYPE") || group ||
         (pre(e, 0, "LPAREN") && (pre(e, 1, "VAR") || pre(e, 1, "CONST") || pre(e, 1, "TYPE"))))) {
        expecting(e, "name");
        e->drop = true;
        recover(e, NULL, TK_IDENT);
        e->insert_always = true;
        return true;
    }
    return false;
}

/* The keyword (IF, FOR or SWITCH) of the header that a `{` would end, or
 * that a `;` would continue (a header without one yet), or NULL; and
 * whether it has a `;` already (or is a range clause, which for gc also
 * ends the header). */
static const char *header_keyword(SyntaxError *e, bool *semi)
{
    *semi = false;
    Stack *v = view(e, TK_LBODY);
    if (v && (vis(e, TK_LBODY, 0, "if_header") || vis(e, TK_LBODY, 0, "for_header") ||
              vis(e, TK_LBODY, 0, "switch_header"))) {
        int at = v->n - 2;                  /* the keyword's index in every stack */
        const char *kw = stack_sym(v, 1);
        /* the parser's own stack, with no reduction made in advance */
        yyStackEntry *raw = e->p->yystack;
        int nraw = (int)(e->p->yytos - raw) + 1;
        if (nraw == v->n && strcmp(yyTokenName[raw[nraw - 1].major], stack_sym(v, 0)) == 0) {
            *semi = e->ps->hdr_semi;        /* the header was reduced already */
            return kw;
        }
        for (int i = at + 1; i < nraw && i <= at + 3; i++)
            if (strcmp(yyTokenName[raw[i].major], "RANGE") == 0)
                *semi = true;
        if (at + 2 < nraw && strcmp(yyTokenName[raw[at + 1].major], "header_init") == 0 &&
            strcmp(yyTokenName[raw[at + 2].major], "SEMI") == 0)
            *semi = true;
        return kw;
    }
    if (vis(e, TK_SEMI, 0, "header_init"))
        return stack_sym(view(e, TK_SEMI), 1);
    return NULL;
}

/* Statement lists, switch and select bodies, and statement headers. */
static bool statement_classify(SyntaxError *e)
{
    int tk = e->tok.kind;
    int prev = e->ps->prev.kind;

    /* for init; {  */
    if ((tk == TK_LBODY || tk == TK_LBRACE) && pre(e, 0, "SEMI") && pre(e, 1, "header_init") &&
        pre(e, 2, "FOR")) {
        expecting(e, "for loop condition");
        recover(e, NULL, TK_SEMI);
        return true;
    }
    /* a label with no statement after it */
    if (pre(e, 0, "COLON") && pre(e, 1, "IDENT") && vis(e, TK_SEMI, 0, "stmt_list")) {
        e->msg = "missing statement after label";
        e->pos = e->ps->prev.pos;
        recover(e, NULL, TK_SEMI);
        return true;
    }

    bool stmt_end = vis(e, TK_SEMI, 0, "stmt_list");
    bool at_start = is_stmt_start_token(prev);

    /* `return )`, `if )`: gc reads an expression unless a statement ends here */
    if (e->acc[TK_INT] && !(stmt_end && at_start))
        return false;

    if (stmt_end) {
        if (!at_start) {
            unexpected(e, " at end of statement");
            recover(e, SYNC_STMT, TK_SEMI);
            e->insert_always = true;        /* gc's stmtList goes on as after a `;` */
        } else if (vis(e, TK_SEMI, 1, "COLON")) {
            expecting(e, "case or default or }");
            recover(e, SYNC_CASE, TK_DEFAULT);
        } else {
            want(e, TK_RBRACE);
        }
        return true;
    }
    /* a switch or select body between its clauses */
    if (e->acc[TK_CASE] && e->acc[TK_DEFAULT] && e->acc[TK_RBRACE] && !e->acc[TK_SEMI]) {
        expecting(e, "case or default or }");
        recover(e, SYNC_CASE, TK_DEFAULT);
        return true;
    }

    /* the header of if, for or switch, complete but for the body's `{` */
    bool semi;
    const char *kw = header_keyword(e, &semi);
    /* With a `;`, gc's header is over: its complaints come first, then the
     * body's; the `{` is assumed first, so the header is reduced. */
    if (kw && strcmp(kw, "SWITCH") == 0 && semi) {
        e->msg = "missing { after switch clause";
        e->first = TK_LBODY;
        recover(e, SYNC_CASE, 0);
        return true;
    }
    if (kw && semi) {
        expecting(e, xprintf("{ after %s clause", strcmp(kw, "IF") == 0 ? "if" : "for"));
        e->first = TK_LBODY;
        recover(e, SYNC_BLOCK, 0);
        return true;
    }
    if (kw) {
        want(e, TK_LBODY);
        recover(e, SYNC_BODY, 0);
        e->header_resume = true;
        return true;
    }
    if (pre(e, 0, "SELECT")) {
        e->msg = "missing { after select clause";
        recover(e, SYNC_CASE, TK_LBODY);
        return true;
    }

    /* an expression list not followed by = or := (gc's simpleStmt) */
    Stack *v = view(e, TK_COMMA);
    if (v && vis(e, TK_COMMA, 0, "expr_list")) {
        const char *below = stack_sym(v, 1);
        bool simple = is_stmt_start_token(v->major[v->n - 2]) || strcmp(below, "IF") == 0 ||
                      strcmp(below, "FOR") == 0 || strcmp(below, "SWITCH") == 0 ||
                      strcmp(below, "header_init") == 0 ||
                      (strcmp(below, "SEMI") == 0 && strcmp(stack_sym(v, 2), "osimple_stmt") == 0) ||
                      (strcmp(below, "CASE") == 0 && strcmp(stack_sym(v, 2), "commblock_list") == 0);
        /* more than one element: the list was already one on the stack */
        bool several = v->n - 1 < e->pre.n && e->pre.major[v->n - 1] == v->major[v->n - 1];
        if (simple && several) {
            /* gc makes the statement an expression statement and skips */
            expecting(e, ":= or = or comma");
            e->cut = v->n - 1;
            recover(e, SYNC_SIMPLE, 0);
            return true;
        }
    }

    if (pre(e, 0, "ELSE")) {
        e->msg = "else must be followed by if or statement block";
        recover(e, SYNC_BLOCK, TK_LBRACE);
        e->insert[e->ninsert++] = TK_RBRACE;
        return true;
    }
    if (pre(e, 0, "GOTO")) {
        expecting(e, "name");
        e->drop = true;
        recover(e, NULL, TK_IDENT);
        e->insert_always = true;
        return true;
    }
    return false;
}

/* Lists whose element is complete but not followed by a separator or the
 * closing token: gc's list() names the list. */
static bool list_classify(SyntaxError *e)
{
    if ((vis(e, TK_COMMA, 0, "expr_list") || vis(e, TK_COMMA, 0, "ELLIPSIS")) &&
        vis(e, TK_COMMA, 1, "LPAREN") && vis(e, TK_COMMA, 2, "pexpr")) {
        in_list(e, "argument list", TK_COMMA, TK_RPAREN);
        return true;
    }
    if (vis(e, TK_COMMA, 0, "ELLIPSIS") && vis(e, TK_COMMA, 1, "expr_list") &&
        vis(e, TK_COMMA, 2, "LPAREN")) {
        in_list(e, "argument list", TK_COMMA, TK_RPAREN);
        return true;
    }
    /* [N, in an array type: gc's arrayType says so in its own words */
    if (e->tok.kind == TK_COMMA && !e->acc[TK_COMMA] && e->acc[TK_RBRACK] && !e->acc[TK_COLON]) {
        Stack *v = view(e, TK_RBRACK);
        if (v && strcmp(stack_sym(v, 0), "oexpr") == 0 && strcmp(stack_sym(v, 1), "LBRACK") == 0) {
            e->msg = "unexpected comma; expecting ]";
            e->drop = true;                 /* gc skips the comma and goes on */
            recover(e, NULL, 0);
            return true;
        }
    }
    if (e->acc[TK_COMMA] && e->acc[TK_COLON] && e->acc[TK_RBRACK]) {
        expecting(e, "comma, : or ]");      /* x[i j */
        recover(e, SYNC_INDEX, TK_COLON);   /* gc goes on with a slice */
        e->insert_always = true;
        return true;
    }
    if (e->acc[TK_COLON] && e->acc[TK_RBRACK] && !e->acc[TK_INT]) {
        want(e, TK_RBRACK);                 /* x[i:j k: a third index only after `:` */
        return true;
    }
    if (vis(e, TK_COMMA, 0, "keyval_list")) {
        in_list(e, "composite literal", TK_COMMA, TK_RBRACE);
        return true;
    }
    if (vis(e, TK_COMMA, 0, "arg_type_list")) {
        in_list(e, "parameter list", TK_COMMA, TK_RPAREN);
        return true;
    }
    /* a field name wants its type */
    if (pre(e, 0, "IDENT") && (pre(e, 1, "lbrace") || (pre(e, 1, "SEMI") && pre(e, 2, "structdcl_list"))) &&
        e->acc[TK_MAP] && e->acc[TK_STRING] && e->tok.kind != TK_PERIOD) {
        expecting(e, "type");
        recover(e, SYNC_TYPE, TK_IDENT);
        return true;
    }
    if (vis(e, TK_SEMI, 0, "structdcl_list")) {
        in_list(e, "struct type", TK_SEMI, TK_RBRACE);
        return true;
    }
    if (vis(e, TK_SEMI, 0, "interfacedcl_list")) {
        in_list(e, "interface type", TK_SEMI, TK_RBRACE);
        return true;
    }
    return false;
}

/* Can the state do without the type it could begin? (A result type can
 * be left out; the type of `var x` cannot.) */
static bool type_optional(SyntaxError *e)
{
    for (int k = 1; k < YYNTOKEN; k++) {
        if (is_type_start(k))
            continue;
        switch (k) {
        case TK_TYPE: case TK_TILDE: case TK_ELLIPSIS: case TK_RPAREN:
        /* a name list's, or the `=` after `var x` */
        case TK_ASSIGN: case TK_DEFINE: case TK_COMMA:
            continue;
        }
        if (e->acc[k])
            return true;
    }
    /* `)` ends a parameter list (whose types are wanted) but not a result */
    return e->acc[TK_RPAREN] && !e->acc[TK_ELLIPSIS];
}

/* The state wants something to begin: an expression, a type, a name. */
static bool need_classify(SyntaxError *e)
{
    int tk = e->tok.kind;

    if (pre(e, 0, "LBRACK") && pre(e, 1, "dotname") && tk == TK_RBRACK) {
        expecting(e, "type");               /* T[] */
        e->drop = true;
        recover(e, NULL, TK_IDENT);
        e->insert[e->ninsert++] = TK_RBRACK;
        e->insert_always = true;
        return true;
    }
    if (pre(e, 0, "LBRACK") && pre(e, 1, "pexpr") && tk == TK_RBRACK) {
        expecting(e, "operand");            /* x[]: gc drops the ] */
        e->drop = true;
        recover(e, NULL, TK_IDENT);
        e->insert[e->ninsert++] = TK_RBRACK;
        e->insert_always = true;
        return true;
    }
    if (e->acc[TK_INT]) {
        expecting(e, "expression");
        recover(e, SYNC_LIST, TK_IDENT);
        return true;
    }
    if ((pre(e, 0, "CHAN") || (pre(e, 0, "ARROW") && pre(e, 1, "CHAN"))) && e->acc[TK_MAP]) {
        e->msg = "missing channel element type";
        recover(e, NULL, TK_IDENT);         /* gc assumes it absent: nothing skipped */
        return true;
    }
    if (e->acc[TK_MAP] && e->acc[TK_TILDE]) {
        expecting(e, "~ term or type");     /* an interface element */
        recover(e, SYNC_TERM, TK_IDENT);
        return true;
    }
    if (e->acc[TK_MAP] && !type_optional(e)) {
        if (e->acc[TK_ELLIPSIS] && e->acc[TK_RPAREN]) {
            want(e, TK_RPAREN);             /* gc's paramDeclOrNil wants the list's end */
            e->drop = false;
            e->insert_always = false;
            recover(e, SYNC_PARAM, TK_RPAREN);
        } else {
            expecting(e, "type");
            recover(e, SYNC_TYPE, TK_IDENT);
        }
        return true;
    }
    if (e->acc[TK_IDENT] && e->acc[TK_MUL] && e->acc[TK_RBRACE] && !e->acc[TK_MAP]) {
        expecting(e, "field name or embedded type");
        recover(e, SYNC_FIELD, TK_IDENT);
        return true;
    }
    if (e->acc[TK_IDENT] && count_acc(e) == 1) {
        expecting(e, "name");
        e->drop = true;
        recover(e, NULL, TK_IDENT);
        e->insert_always = true;
        return true;
    }
    if (e->acc[TK_IDENT] && e->acc[TK_LPAREN] && count_acc(e) == 2 && pre(e, 0, "MUL")) {
        expecting(e, "name");               /* an embedded *T */
        recover(e, SYNC_EMBED, TK_IDENT);
        return true;
    }
    if (e->acc[TK_IDENT] && e->acc[TK_LPAREN] && count_acc(e) == 2) {
        expecting(e, "name or (");          /* x. */
        recover(e, SYNC_SELECTOR, TK_IDENT);
        return true;
    }
    return false;
}

/* Lemon's own error routine: the driver pushes only tokens lemon takes,
 * so this is never reached. */
static void lemon_syntax_error(ParseState *ps)
{
    if (!ps->had_error)
        error_at(ps->ctx, ps->lookahead.pos, "syntax error: unexpected %s",
                 token_desc(ps->lookahead));
    ps->had_error = true;
    ps->failed = true;
}

/* At the end of the file, gc's parser returns from every construct still
 * open, and its go and defer statements find that what they got is no call
 * (`go func() {` ... EOF): it says so, as a plain error. */
static void unfinished_calls(ParseState *ps, yyParser *parser, Token eof)
{
    for (yyStackEntry *s = parser->yystack + 1; s <= parser->yytos; s++) {
        const char *kw = s->major == TK_GO ? "go" : s->major == TK_DEFER ? "defer" : NULL;
        if (!kw)
            continue;
        const char *next = s < parser->yytos ? yyTokenName[s[1].major] : "";
        Pos pos = eof.pos;
        if (strcmp(next, "fntype") == 0) {
            FuncSig sig;                    /* a function literal's signature */
            memcpy(&sig, &s[1].minor, sizeof sig);
            pos = sig.func_pos;
        } else if (*next) {
            continue;                       /* a call, or something we cannot place */
        }
        error_at(ps->ctx, pos, "expression in %s must be function call", kw);
    }
}

/* Makes the reductions lemon has left pending (see stack_from_parser), as
 * it would before looking at the next token, t. */
static void settle(yyParser *parser, Token t)
{
    while (parser->yytos->stateno >= YY_MIN_REDUCE)
        yy_reduce(parser, parser->yytos->stateno - YY_MIN_REDUCE, t.kind, t);
}

/* A token the parser cannot take: report it as gc would, then recover. */
static void syntax_error(ParseState *ps, yyParser *parser, Token t)
{
    settle(parser, t);
    SyntaxError *e = xalloc(sizeof *e);
    e->p = parser;
    e->ps = ps;
    e->tok = t;
    stack_from_parser(&e->pre, parser);
    for (int k = 0; k < YYNTOKEN; k++) {
        Stack s = {0};
        stack_copy(&s, &e->pre);
        e->acc[k] = stack_reduce_for(&s, k);
        stack_free(&s);
    }
    e->in_func = stack_in_function(&e->pre);
    classify(e);

    if (getenv("GOSUB_PARSE_DEBUG")) {
        fprintf(stderr, "parse error at %d:%d <- %s\n  stack:", t.pos.line, t.pos.col,
                token_desc(t));
        for (int k = e->pre.n - 2; k >= 0; k--)
            fprintf(stderr, " %s", stack_sym(&e->pre, k));
        fprintf(stderr, "\n  which takes:");
        for (int k = 0; k < YYNTOKEN; k++)
            if (e->acc[k])
                fprintf(stderr, " %s", yyTokenName[k]);
        static const int views[] = {TK_SEMI, TK_COMMA, TK_LBODY};
        for (size_t i = 0; i < sizeof views / sizeof views[0]; i++) {
            Stack *v = view(e, views[i]);
            fprintf(stderr, "\n  with %s:", yyTokenName[views[i]]);
            for (int k = v ? v->n - 2 : -1; k >= 0; k--)
                fprintf(stderr, " %s", stack_sym(v, k));
        }
        fprintf(stderr, "\n  message: %s\n", e->msg);
    }

    if (e->cut > 0) {
        while ((int)(parser->yytos - parser->yystack) + 1 > e->cut)
            yy_pop_parser_stack(parser);
        feed(ps, parser, synthetic(TK_IDENT, t.pos));
    }
    if (e->first && parser_accepts(parser, e->first)) {
        if (e->first == TK_LBODY)
            ps->loophack = false;
        feed(ps, parser, synthetic(e->first, t.pos));
    }

    /* gc says nothing about the end of a file that already had an error,
     * its scanner's included */
    if (!(t.kind == 0 && (ps->had_error || ps->ctx->nerrors > ps->errors_before)))
        syntax_error_at(ps, e->pos, e->msg);
    if (t.kind == 0)
        unfinished_calls(ps, parser, t);
    ps->had_error = true;

    /* Progress: a token that keeps failing is dropped. */
    if (ps->err_seq == ps->seq)
        ps->err_count++;
    else
        ps->err_seq = ps->seq, ps->err_count = 1;
    if (t.kind == 0 || e->fail) {
        ps->failed = true;
    } else if (ps->err_count > 3) {
        ps->panic = true;                   /* drop it; go on from the next that fits */
    } else if (e->errsym) {
        /* Unwind to the nearest statement or declaration, which the
         * grammar lets end in `error`, and skip to where gc would go on. */
        while (parser->yytos > parser->yystack) {
            YYACTIONTYPE act = yy_find_reduce_action(parser->yytos->stateno, YYERRORSYMBOL);
            if (act <= YY_MAX_SHIFTREDUCE) {
                yy_shift(parser, act, YYERRORSYMBOL, t);
                break;
            }
            yy_pop_parser_stack(parser);
        }
        if (parser->yytos == parser->yystack) {
            ps->failed = true;
        } else {
            set_sync(ps, e->sync ? e->sync : SYNC_STMT, e->in_func);
            ps->ninsert = 0;
            ps->recovering = true;
            if (ps->sync[t.kind]) {
                ps->recovering = false;     /* gc stops skipping at the token itself */
                resume(ps, parser, t);
            }
        }
    } else {
        memcpy(ps->insert, e->insert, sizeof ps->insert);
        ps->ninsert = e->ninsert;
        ps->insert_always = e->insert_always;
        ps->header_resume = e->header_resume;
        ps->insert_pos = t.pos;
        if (e->sync) {
            set_sync(ps, e->sync, e->in_func);
            ps->recovering = true;
            if (!e->drop && ps->sync[t.kind]) {
                ps->recovering = false;     /* gc stops skipping at the token itself */
                resume(ps, parser, t);
            }
        } else if (e->drop) {
            /* gc's advance() without a follow list: the token is consumed;
             * the next one goes on */
            memset(ps->sync, 1, sizeof ps->sync);
            ps->recovering = true;
        } else {
            resume(ps, parser, t);
        }
    }
    for (int k = 0; k < YYNTOKEN; k++)
        stack_free(&e->views[k]);
    stack_free(&e->pre);
    free(e);
}

}
