/*
 * gosub.h — what the compiler's stages share.
 *
 * The pipeline, one file per stage, each handing one data structure on:
 *
 *   lex.re    source bytes      -> Token stream (with Go's automatic semicolons)
 *   parse.y   Token stream      -> AST (Node trees, one File per source file)
 *   check.c   AST               -> AST annotated with Types, Objects, constants
 *   ir.c      annotated AST     -> IR: every implicit operation made explicit
 *   escape.c  IR                -> a stack-or-heap decision per allocation site
 *   emit.c    IR + decisions    -> one C file
 *   main.c    the driver: flags, stages, the C compiler
 *
 * Services the stages call: constant.c (exact constant arithmetic, for the
 * checker), types.c, diag.c, util.c.
 *
 * Memory policy (chibicc's): the compiler allocates with xalloc and never frees;
 * a compilation is short and everything lives until the process ends.
 * There is no global mutable state: everything a compilation owns hangs off Ctx.
 */
#ifndef GOSUB_H
#define GOSUB_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---------------------------------------------------------------- memory */

void *xalloc(size_t size);                 /* zeroed; exits on out-of-memory */
void *xrealloc(void *p, size_t size);
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable array of pointers; the AST's lists and most of the compiler's. */
typedef struct List {
    void **v;
    int len, cap;
} List;

List *list_new(void);
void list_push(List *l, void *item);       /* l may not be NULL */
void list_sort(List *l, int (*compare)(const void *, const void *));  /* qsort of the item pointers */
#define list_at(l, i) ((l)->v[(i)])

/* ---------------------------------------------------------------- positions */

/* A source position. Columns count bytes from 1, as gc's do. */
typedef struct Pos {
    int file;                              /* index into Ctx.files */
    int line, col;
} Pos;

/* ---------------------------------------------------------------- tokens */

/*
 * Token kinds are the TK_* codes that Lemon generates into parse.h from the
 * %token declarations of parse.y; the lexer and every later stage use those
 * names, never the numbers. The kinds:
 *
 *   literals   IDENT INT FLOAT IMAG CHAR STRING
 *   keywords   BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH
 *              FOR FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN
 *              SELECT STRUCT SWITCH TYPE VAR
 *   binary     LOR(||) LAND(&&) EQL(==) NEQ(!=) LSS(<) LEQ(<=) GTR(>) GEQ(>=)
 *              ADD(+) SUB(-) OR(|) XOR(^) MUL(*) QUO(/) REM(%) SHL(<<)
 *              SHR(>>) AND(&) AND_NOT(&^)
 *   unary      NOT(!) ARROW(<-) TILDE(~)   (and ADD SUB XOR MUL AND above)
 *   assignment ASSIGN(=) DEFINE(:=) ASSIGN_OP(+= -= ... : Token.op holds the
 *              binary operator, e.g. TK_ADD for +=) INC(++) DEC(--)
 *   punctuation LPAREN RPAREN LBRACK RBRACK LBRACE RBRACE LBODY COMMA PERIOD
 *              SEMI COLON ELLIPSIS
 *
 * LBODY is a `{` that opens the body of an if/for/switch/select statement:
 * the lexer's answer to the composite-literal ambiguity (see lex.re).
 */
typedef struct Token {
    int kind;                              /* TK_* from parse.h */
    int op;                                /* for ASSIGN_OP: the TK_* binary op */
    Pos pos;
    const char *text;                      /* into the source buffer, or "newline"/"EOF" */
    int len;                               /* bytes of text */
    bool implicit;                         /* a SEMI inserted at a newline or EOF */
} Token;

/* Spelling of a token kind for messages: "+", "if", "name", "literal", ... */
const char *token_spelling(int kind);

/* ---------------------------------------------------------------- the AST */

typedef struct Node Node;
typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;

/*
 * Node kinds. Positions follow gc's syntax package (cmd/compile/internal/syntax),
 * because gc's -m reports print them: a binary expression is at its operator,
 * a call at its `(`, a selector at its `.`, an index or slice at its `[`, a
 * composite literal at its `{`, a type assertion at its `.`, a unary expression
 * at its operator, a statement at its first token except an assignment, which
 * is at its operator (`=`, `:=`, `+=`, `++`); a labeled statement is at its
 * label, a function declaration at the token after `func` (its name, or the
 * `(` of a receiver), a parameter or field group at its first name.
 * Wherever a node has a `name`, `namepos` is where that name is written.
 * The fields each kind uses are listed beside it.
 */
typedef enum NodeKind {
    /* files and declarations */
    N_FILE,          /* name=package name, list=imports (N_IMPORT), list2=decls */
    N_IMPORT,        /* name=local name or NULL or "." or "_", lit=path (quoted text) */
    N_CONST,         /* list=names (N_IDENT), type, list2=values (NULL: repeat previous),
                        iota=index in its group; group is set by the checker to the
                        spec whose values apply (itself or an earlier one) */
    N_VAR,           /* list=names, type, list2=values (may be NULL) */
    N_TYPEDECL,      /* name, type, alias (type A = B) */
    N_FUNCDECL,      /* recv (N_FIELD or NULL), name, type (N_FUNCTYPE), body (NULL if none) */

    /* expressions */
    N_BAD,           /* placeholder after a syntax error */
    N_IDENT,         /* name */
    N_BASICLIT,      /* op=TK_INT/FLOAT/IMAG/CHAR/STRING, lit/litlen=source text */
    N_COMPOSITE,     /* type (NULL when elided inside another literal), list=elements,
                        pos at `{`; rbrace=position of `}` */
    N_KEYVALUE,      /* x=key, y=value */
    N_FUNCLIT,       /* type (N_FUNCTYPE), body; list: the variables it captures
                        (Object*), filled by the checker */
    N_PAREN,         /* x */
    N_SELECTOR,      /* x, name=selected name (namepos: where it is written); the checker
                        sets list (embedded fields on the way) and dots (a method expression T.M) */
    N_INDEX,         /* x, y=index */
    N_SLICE,         /* x, lo, hi, max (each may be NULL), slice3 */
    N_TYPEASSERT,    /* x, type (NULL for x.(type) in a type switch) */
    N_CALL,          /* x=function, list=arguments, dots (f(a, b...)) */
    N_STAR,          /* x: *x, a dereference or a pointer type */
    N_UNARY,         /* op (TK_ADD SUB NOT XOR AND ARROW TILDE), x */
    N_BINARY,        /* op, x, y */

    /* types (also expressions syntactically) */
    N_ARRAYTYPE,     /* len (NULL: slice; N_ELLIPSIS: [...]T), elem */
    N_STRUCTTYPE,    /* list=fields (N_FIELD) */
    N_FUNCTYPE,      /* list=params (N_FIELD), list2=results (N_FIELD); pos at `(` */
    N_INTERFACETYPE, /* list=methods (N_FIELD with name, list=[N_IDENT] and type
                        N_FUNCTYPE) and embedded types (N_FIELD with no names; its
                        type may be a union, N_BINARY `|`, of terms, N_UNARY `~`) */
    N_MAPTYPE,       /* key, elem */
    N_CHANTYPE,      /* dir (CHAN_BOTH/CHAN_SEND/CHAN_RECV), elem */
    N_ELLIPSIS,      /* elem (NULL in [...]T): ...T of a variadic parameter */
    N_FIELD,         /* list=names (N_IDENT, may be NULL: anonymous/embedded),
                        type, lit=tag (or NULL); one N_FIELD per declared group,
                        as `a, b int` */

    /* statements */
    N_EMPTY,         /* ; */
    N_DECLSTMT,      /* list=specs (N_CONST/N_VAR/N_TYPEDECL) */
    N_LABELED,       /* name=label, body=statement */
    N_EXPRSTMT,      /* x */
    N_SEND,          /* x=channel, y=value */
    N_INCDEC,        /* op=TK_INC/TK_DEC, x */
    N_ASSIGN,        /* list=lhs, list2=rhs, op=0 for `=`, TK_DEFINE for `:=`,
                        or the binary operator TK_ADD... for `+=`... */
    N_GO,            /* x=call */
    N_DEFER,         /* x=call */
    N_RETURN,        /* list=results (may be NULL) */
    N_BRANCH,        /* op=TK_BREAK/CONTINUE/GOTO/FALLTHROUGH, name=label or NULL */
    N_BLOCK,         /* list=statements; rbrace=position of `}` */
    N_IF,            /* init, cond, body (N_BLOCK), els (N_IF, N_BLOCK or NULL) */
    N_CASE,          /* list=expressions or types (NULL: default), list2=statements;
                        comm (in select: send, receive or NULL for default) */
    N_SWITCH,        /* init, tag (may be NULL), list=cases; rbrace */
    N_TYPESWITCH,    /* init, name=bound variable or NULL (x := y.(type); namepos),
                        x=the guarded expression (y), list=cases; rbrace */
    N_SELECT,        /* list=cases (N_CASE with comm); rbrace */
    N_FOR,           /* init, cond, post (each may be NULL), body */
    N_RANGE,         /* key, value (each may be NULL), op=TK_DEFINE/TK_ASSIGN/0,
                        list=all the left-hand expressions (key, value, and any
                        extra ones, which the checker refuses), x=ranged
                        expression, body; pos at `for` */
    N_KIND_COUNT
} NodeKind;

enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

struct Node {
    NodeKind kind;
    Pos pos;
    int op;
    const char *name;
    Pos namepos;                           /* where name is written */
    const char *lit;
    int litlen;

    Node *x, *y;
    Node *type;                            /* a type expression */
    Node *key, *value, *elem, *len;
    Node *lo, *hi, *max;
    Node *init, *cond, *post, *tag;
    Node *body, *els;
    Node *recv;
    Node *comm;
    Node *group;
    List *list, *list2;

    int iota;
    int dir;
    bool alias, dots, slice3;
    bool implicit_addr;                    /* checker: an elided &T{...} in []*T{{...}} */
    Pos rbrace;

    /* Filled by the checker. */
    Type *ty;                              /* the expression's type */
    Object *obj;                           /* what an identifier denotes or declares */
    Scope *scope;                          /* for blocks, functions, clauses */
    struct ConstVal *cval;                 /* the value of a constant expression */
    int mode;                              /* checker's operand mode (check.c) */
    struct InlInfo *inl;                   /* N_FUNCDECL, N_FUNCLIT: inlcost.c's verdict */
    const char *inlined_as;                /* N_CALL: replaced by the callee's body (inline.c);
                                              gc's reports print its result instead, "~R0" */
};

Node *node_new(NodeKind kind, Pos pos);
const char *node_kind_name(NodeKind kind);
void ast_dump(FILE *out, Node *file);      /* -dump=ast: an indented tree */
char *expr_string(Node *n);                /* gc's syntax.String: `f(x)`, `T{…}` */
Pos node_start_pos(Node *n);               /* leftmost position (syntax.StartPos) */


/* ---------------------------------------------------------------- types (types.c) */

typedef enum TypeKind {
    TY_INVALID,
    /* basic types, in gc's order */
    TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128, TY_STRING, TY_UNSAFEPTR,
    /* the types of untyped constants and of nil */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    /* composite types */
    TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
    TY_MAP, TY_CHAN, TY_NAMED, TY_TUPLE,
    TY_KIND_COUNT
} TypeKind;

typedef struct Field {                     /* a struct field, parameter or result */
    const char *name;                      /* NULL when unnamed */
    Type *type;
    const char *tag;                       /* a struct field's tag, as written (quoted), or NULL */
    bool embedded;
    int64_t offset;                        /* struct fields: byte offset (gc's amd64 layout) */
    Pos pos;
} Field;

struct Type {
    TypeKind kind;
    Type *elem;                            /* array, slice, pointer, map value, chan */
    Type *key;                             /* map */
    int64_t len;                           /* array */
    int dir;                               /* chan: CHAN_BOTH/SEND/RECV */
    List *fields;                          /* struct fields, tuple members: Field* */
    List *params, *results;                /* func: Field* */
    bool variadic;                         /* func: last parameter is ...T (a []T) */
    List *methods;                         /* interface: Field* (name, func type);
                                              named: Object* of its declared methods */
    Object *obj;                           /* named: the type name */
    Type *underlying;                      /* named: its underlying type */
    const char *alias_name;                /* byte and rune: the name messages show */
    int64_t size, align;                   /* computed by type_size */
};

Type *type_basic(TypeKind kind);           /* the one Type for a basic/untyped kind */
Type *type_byte(void);                     /* uint8, spelled byte */
Type *type_rune(void);                     /* int32, spelled rune */
Type *type_new(TypeKind kind);
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(int dir, Type *elem);
Type *type_tuple(List *fields);
Type *underlying(Type *t);
bool type_identical(Type *a, Type *b);
bool type_identical_ignoring_tags(Type *a, Type *b);
bool type_is_untyped(Type *t);
bool type_is_integer(Type *t);
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_comparable(Type *t);
bool type_is_ordered(Type *t);
Type *default_type(Type *t);               /* untyped int -> int, ... */
const char *type_string(Type *t);          /* as gc prints types: "[]int", "main.T" */
int64_t type_size(Type *t);
bool type_has_pointers(Type *t);
int64_t type_align(Type *t);
bool type_is_direct_iface(Type *t);       /* the value itself is an interface's data word */
Type *type_sole_component(Type *t);        /* struct{ s string } -> string; NULL if several */

/* ---------------------------------------------------------------- constants (constant.c) */

/* The value of a constant expression, exact as the spec wants it (the
 * representations of go/constant, which gc uses): integers of any size,
 * floats as exact fractions or, when those grow too large, as binary floats
 * with 512-bit mantissas, complex numbers as two such parts. The checker
 * rounds a typed float constant to its type's precision. */
typedef struct BigInt BigInt;              /* constant.c's arbitrary-size integer */

typedef enum { CV_BOOL, CV_INT, CV_FLOAT, CV_COMPLEX, CV_STRING } ConstKind;

typedef struct ConstVal {
    ConstKind kind;
    bool b;                                /* CV_BOOL */
    const char *s;                         /* CV_STRING: bytes (not NUL-terminated) */
    int64_t slen;
    BigInt *num;                           /* CV_INT: the value; CV_FLOAT: the numerator of a
                                              fraction, or the mantissa of a binary float */
    BigInt *den;                           /* CV_FLOAT: a fraction's denominator (> 0), or
                                              NULL for a binary float num·2^exp */
    int64_t exp;
    struct ConstVal *re, *im;              /* CV_COMPLEX: the parts, CV_INT or CV_FLOAT */
} ConstVal;

ConstVal *const_make_bool(bool b);
ConstVal *const_make_string(const char *s, int64_t len);
ConstVal *const_make_int64(int64_t v);
ConstVal *const_make_uint64(uint64_t v);
ConstVal *const_make_float64(double v);    /* NULL for infinities and NaN */
/* A number literal's value (TK_INT, TK_FLOAT, TK_IMAG; as written, with any
 * '_'). NULL with *malformed set when its syntax is wrong (the lexer reports
 * that), NULL alone when it is too large for any constant. */
ConstVal *const_from_literal(int tok, const char *text, size_t len, bool *malformed);

/* Reading a checked constant back, for a value known to fit: integers,
 * and the nearest double or float32 (complex values: their real part). */
int64_t const_int64(const ConstVal *v);
uint64_t const_uint64(const ConstVal *v);
double const_double(const ConstVal *v);
float const_float(const ConstVal *v);
const ConstVal *const_real(const ConstVal *v);
const ConstVal *const_imag(const ConstVal *v);

/* The checker's operations, as types2 uses go/constant. Those returning a
 * ConstVal return NULL when the result is not a finite value. */
int const_sign(const ConstVal *v);         /* -1, 0, 1; complex: nonzero if a part is */
int64_t const_bitlen(const ConstVal *v);   /* of an integer's magnitude */
bool const_int64_val(const ConstVal *v, int64_t *out);    /* an integer that fits */
bool const_uint64_val(const ConstVal *v, uint64_t *out);
ConstVal *const_to_int(const ConstVal *v);         /* NULL unless an integer value */
ConstVal *const_to_float(const ConstVal *v);       /* NULL for a complex value with an imaginary part */
ConstVal *const_to_complex(const ConstVal *v);
ConstVal *const_make_complex(const ConstVal *re, const ConstVal *im);  /* complex(re, im) */
/* Whether v is a value of basic type kind k; *rounded is then v in that
 * type (an integer for integer types, rounded for float32/float64 and
 * complex64/complex128). */
bool const_representable(const ConstVal *v, TypeKind k, ConstVal **rounded);
ConstVal *const_unary(int op, const ConstVal *x, int unsigned_bits);  /* + - ^ !; ^ of an
                                              unsigned type of unsigned_bits bits */
/* x op y for + - * / % & | ^ &^ && ||; / of integers truncates when
 * int_division, else gives a fraction (as for untyped float operands) */
ConstVal *const_binary(const ConstVal *x, int op, const ConstVal *y, bool int_division);
ConstVal *const_shift(const ConstVal *x, int op, uint64_t count);    /* << >> of an integer */
bool const_compare(const ConstVal *x, int op, const ConstVal *y);
const char *const_string(const ConstVal *v);   /* as gc prints it in messages (go/constant's
                                                  String): 1e+1000, 0.333333, "abc" */

/* ---------------------------------------------------------------- objects and scopes */

typedef enum ObjKind { OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PACKAGE,
                       OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL } ObjKind;

struct Object {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    ConstVal *cval;                        /* OBJ_CONST */
    Node *decl;                            /* its declaring node */
    const char *pkg;                       /* OBJ_PACKAGE: the import path */
    Package *package;                      /* package-level objects: their package;
                                              OBJ_PACKAGE: the imported package */
    int builtin;                           /* OBJ_BUILTIN: which one (check.c) */
    bool used;                             /* for "declared but not used" */
    bool is_global;                        /* package-level variable */
    bool is_param;                         /* function parameter or result */
    int depth;                             /* function nesting depth of a local's declaration */
    Object *recv_type;                     /* OBJ_FUNC methods: the receiver's type name */
    List *deps;                            /* package-level vars and funcs: the package's
                                              vars and funcs its initializer or body uses */
    int order_mark;                        /* check.c's initialization-order walks */
    void *ir;                              /* ir.c's variable or function for it */
};

/* Node.mode after checking: what kind of operand an expression is. */
enum { MODE_INVALID, MODE_NOVALUE, MODE_CONST, MODE_VAR, MODE_VALUE, MODE_TYPE,
       MODE_BUILTIN, MODE_NIL, MODE_MAPINDEX, MODE_COMMAOK };

/* Object.builtin: the predeclared functions. */
enum { BI_APPEND = 1, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
       BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
       /* package unsafe's functions */
       BI_SIZEOF, BI_ALIGNOF, BI_OFFSETOF, BI_ADD, BI_SLICE };

struct Scope {
    Scope *parent;
    List *names;                           /* Object*, in declaration order */
    bool is_func;                          /* a function's outermost scope */
};


/* What x.name selects (the spec's "Selectors"): a field or method of x's
 * type, or one promoted from an embedded field, at the shallowest depth
 * where the name occurs exactly once. */
typedef struct Selection {
    Field *field;                          /* a struct field */
    Object *method;                        /* a method of a defined type */
    Field *imethod;                        /* a method of an interface type */
    int imethod_index;
    List *path;                            /* indices of the embedded fields traversed */
    bool indirect;                         /* a pointer is followed on the way */
    bool ambiguous;
} Selection;

bool lookup_selector(Type *t, const char *name, Selection *sel);   /* check.c */

/* ---------------------------------------------------------------- the IR (ir.c) */

/*
 * The IR is a typed tree per function in which every implicit operation of Go
 * is explicit: each conversion (an untyped constant takes its type; a value
 * becomes an interface: an allocation site), each string concatenation
 * (an allocation site), each check Go makes (bounds, division by zero), each
 * call into the runtime. Control flow is lowered to loops, labels and gotos,
 * so switch, break and continue have no special cases downstream. Variables
 * are resolved to IrVars with unique names, ready to be placed by escape
 * analysis on the stack or the heap.
 */
typedef enum IrOp {
    /* expressions */
    IR_CONST,        /* type, cval */
    IR_VAR,          /* var */
    IR_FUNC,         /* func: a function as a value or a call target */
    IR_UNARY,        /* op, x */
    IR_BINARY,       /* op, x, y (operands of the node's type; comparisons: of x's type) */
    IR_CONVERT,      /* x converted to type (numeric, string<->bytes/runes, rune->string) */
    IR_TOIFACE,      /* x converted to the interface type: allocation site */
    IR_CONCAT,       /* args: string concatenation: allocation site */
    IR_CALL,         /* x=callee (IR_FUNC or a func value), args */
    IR_RTCALL,       /* name=runtime function, args: fmt, print, panic, ... */
    IR_STRINDEX,     /* x[y] on a string: bounds-checked byte load */
    IR_LEN,          /* len(x): string, slice, array */
    IR_CAP,          /* cap(x): slice, array */
    IR_ADDR,         /* &x of an addressable x (a variable, field, element) */
    IR_DEREF,        /* *x (nil checked by the signal handler) */
    IR_FIELD,        /* x.name, field number `label` of struct value x */
    IR_INDEX,        /* x[y] of an array, a pointer to one, or a slice: bounds-checked */
    IR_SLICE,        /* x[lo:hi:max] (args: lo, hi, max, each may be NULL) */
    IR_NEW,          /* a new object of type->elem, initialised from x (or zero):
                        allocation site (new(T), &T{...}) */
    IR_COMPLIT,      /* a struct or array value from args (element label = field or index);
                        a slice literal allocates its backing array: allocation site */
    IR_MAKESLICE,    /* make([]T, x, y): allocation site */
    IR_APPEND,       /* append(args[0], args[1:]...): may allocate: allocation site */
    IR_COPY,         /* copy(x, y) */
    IR_TUPLEGET,     /* result number `label` of the multi-result value x */
    IR_IFACE_TO_EFACE, /* a non-empty interface value viewed as interface{} */
    IR_IFACECALL,    /* x.m(args) on interface value x; label = m's index in x's methods */
    IR_TYPEASSERT,   /* x.(T), T = the node's type; label 1: comma-ok, the type is (T, bool) */
    IR_MAKEMAP,      /* make(map[K]V, x): allocation site (x may be NULL) */
    IR_MAPINDEX,     /* m[k] read: x=m, y=k; label 1: comma-ok, the type is (V, bool) */
    IR_MAPSLOT,      /* m[k] as an assignment's destination: x=m, y=k */
    IR_MAPDELETE,    /* delete(m, k): x=m, y=k */
    IR_MAPRANGE,     /* for k, v := range m: x=m, then=k target, els=v target (or NULL), body */
    IR_SEQ,          /* statement x, then the value of expression y */
    IR_COMPLEX,      /* complex(x, y) */
    IR_REAL,         /* real(x), or imag(x) with label 1 */
    IR_UNSAFE_ADD,   /* unsafe.Add(x, y) */
    IR_UNSAFE_SLICE, /* unsafe.Slice(x, y): a slice of type over *x, of length y */
    IR_CLOSURE,      /* a func value for closure `func`, capturing the cells in args
                        (IR_ADDR of each captured variable): allocation site */
    IR_FUNCVAL,      /* top-level function `func` as a func value (static, no allocation) */
    IR_DEFER,        /* defer: x = a func value (a closure of the call) run at return */
    IR_GO,           /* go: x = a func value (a closure of the call) run by a new goroutine */
    IR_SEND,         /* x <- y */
    IR_RECOVER,      /* recover() */
    IR_TYPETEST,     /* whether interface x holds dynamic type `name` ... see y: y->type is the
                        tested type, or y is NULL to test for nil */
    IR_MAKECHAN,     /* make(chan T, x) (x may be NULL): always on the heap, as in gc */
    IR_RECV,         /* <-x; label 1: comma-ok, the type is (T, bool) */
    IR_SELECT,       /* the index of the select case that runs (-1: default); args =
                        IR_SELECTCASE; label 1: there is a default case */
    IR_SELECTCASE,   /* x = the channel (a variable); label 1: a send of variable y; a
                        receive stores into variable then (may be NULL), ok into els */
    /* statements */
    IR_BLOCK,        /* args=statements */
    IR_DECL,         /* var comes into existence here: zeroed, or a new heap cell */
    IR_ASSIGN,       /* x=destination (IR_VAR), y=value; then: in a, b = b, a, the value
                        before it went through a temporary (escape.c's self-assignments) */
    IR_EXPR,         /* x evaluated for its effects */
    IR_IF,           /* x=condition, then, els */
    IR_LOOP,         /* body repeated forever: exits are gotos */
    IR_LABEL,        /* label */
    IR_GOTO,         /* label */
    IR_RETURN,       /* args=results */
} IrOp;

typedef struct IrVar {
    const char *name;                      /* Go name */
    const char *cname;                     /* unique C name */
    Type *type;
    Pos pos;
    bool is_param, is_global;
    bool addr_taken;                       /* &v appears (or a pointer method is called on v) */
    bool on_heap;                          /* escape analysis' decision */
    bool is_capture;                       /* a closure's view of a captured variable:
                                              reached through the closure's context */
    struct IrVar *capture_of;              /* is_capture: the variable it views (which may
                                              itself be an enclosing closure's view) */
    bool by_value;                         /* is_capture: escape analysis found it never
                                              changes after capture: the closure holds a copy */
    bool in_cell;                          /* reached through a cell on the stack: a named result
                                              that must survive setjmp/longjmp in memory */
    bool is_temp;                          /* made by the lowering, not declared in Go */
    bool escapes;                          /* escape analysis: gc would say "moved to heap" */
    void *esc;                             /* escape.c's location for it */
    int nassigns;                          /* escape.c: assignments to it, and the value of */
    struct IrNode *static_value;           /* the only one, if it is the definition */
    struct IrNode *pending;                /* escape.c: a hoisted call not yet walked */
} IrVar;

typedef struct IrNode IrNode;
struct IrNode {
    IrOp op;
    Pos pos;
    Type *type;
    int tok;                               /* IR_UNARY/IR_BINARY: the TK_* operator */
    IrNode *x, *y, *then, *els, *body;
    List *args;                            /* IrNode* */
    IrVar *var;
    struct IrFunc *func;
    ConstVal *cval;
    const char *name;
    int label;
    Node *orig;                            /* the Go expression or statement it comes from:
                                              how gc's -m reports name it, and where */
    bool defines;                          /* IR_ASSIGN: the variable's initialisation */
    bool hoisted;                          /* IR_ASSIGN: a call moved before its statement
                                              into a temporary, for Go's evaluation order */
    bool on_stack;                         /* allocation sites: escape analysis placed it in
                                              the function's frame (else on the heap) */
    bool static_data;                      /* allocation sites: part of a package-level
                                              variable's initialiser that gc lays out as
                                              static data (ir.c, mark_static_data): gc
                                              reports nothing of it; gosub allocates it
                                              once, on the heap, when the package starts */
    int slot;                              /* emit.c: its stack slot, when on_stack */
    bool alias_bytes;                      /* emit.c: string(b) that only lends b's bytes */
    bool inlined;                          /* IR_SEQ: a call replaced by its body (inline.c);
                                              reports name it by its result, ~R0 */
    bool pair;                             /* IR_ASSIGN: part of a, b = x, y: gc's reports call
                                              it "assign-pair"; `name` may hold its text when
                                              no Go statement stands for it (inline.c) */
    void *esc;                             /* escape.c's location for it */
};

typedef struct IrFunc {
    const char *name;                      /* Go name: main, f, init */
    const char *cname;                     /* C name */
    Type *sig;
    List *params;                          /* IrVar* */
    List *locals;                          /* IrVar* */
    List *results;                         /* IrVar* of named results, else empty */
    IrNode *body;                          /* IR_BLOCK */
    int nlabels;
    Pos pos;
    List *captures;                        /* closures: IrVar* views of captured cells */
    bool is_closure;                       /* takes its closure context first */
    bool has_defer;                        /* runs deferred calls on return and panic */
    bool calls_recover;                    /* claims on entry whether a panic called it
                                              directly as a deferred call (recover's rule) */
    bool is_defer_thunk;                   /* the closure a defer statement runs */
    bool recover_of_parent;                /* the thunk of "defer recover()": recovers as
                                              its function would, when that one returns */
    struct IrFunc *forwards_to;            /* a method value's closure: the method it calls */
    bool as_value;                         /* used as a func value: needs a context wrapper */
    bool external;                         /* declared without a body: the C runtime's
                                              gosub_<pkg>_<Name> implements it */
    bool is_wrapper;                       /* made by the lowering (a defer thunk, a method
                                              value's or expression's body): gc reports
                                              nothing about its insides */
    struct IrFunc *outer;                  /* closures: the function whose body makes it */
    Node *decl;                            /* the Go declaration (N_FUNCDECL or N_FUNCLIT) */
    struct Package *pkg;                   /* the package it belongs to */
    const char *goname;                    /* as gc names it in reports: f, (*T).M, f.func1 */
    void *esc;                             /* escape.c's summary: its parameters' leak tags */
    IrNode *inline_body;                   /* inline.c: when calls to it can be inlined, its
                                              body as it was before anything was inlined
                                              into it, which every copy starts from */
} IrFunc;

typedef struct Program {
    List *funcs;                           /* IrFunc*, user functions in source order */
    List *globals;                         /* IrVar* */
    IrFunc *init;                          /* package initialisation: globals, init()s */
    IrFunc *main;
} Program;


/* ---------------------------------------------------------------- a compilation */

typedef struct SourceFile {
    const char *path;                      /* as given on the command line */
    const char *text;                      /* NUL-terminated; the tokens point into it */
    size_t size;
    Node *ast;                             /* the N_FILE the parser built */
    Package *pkg;                          /* the package it belongs to */
} SourceFile;

/* A package: main from the command line, or a standard package gosub
 * provides in Go under runtime/std/<path>/ (load.c). */
struct Package {
    const char *path;                      /* import path: "main", "strings", "runtime/debug" */
    const char *name;                      /* its package clause */
    const char *cprefix;                   /* prefix of its C names: "main", "runtime_debug" */
    List *files;                           /* SourceFile* */
    List *imports;                         /* Package* */
    bool is_std;                           /* may declare bodyless functions, written in C */
    Scope *scope;                          /* check.c: its package block */
    List *funcs;                           /* check.c: N_FUNCDECLs, methods included */
    List *var_order;                       /* check.c: N_VAR specs in initialisation order */
    List *method_decls;                    /* check.c: N_FUNCDECLs with receivers */
    int state;                             /* load.c: 0 new, 1 loading, 2 loaded */
};

typedef struct Diagnostic {
    Pos pos;
    char *msg;
    int seq;                               /* order of reporting, for a stable sort */
} Diagnostic;

/* The one compilation context: flags, files, diagnostics, and every stage's state. */
typedef struct Ctx {
    /* flags */
    int m_level;                           /* -m, -m=2 */
    bool no_inline;                        /* -l */
    bool no_columns;                       /* -C */
    bool all_errors;                       /* -e */
    bool no_opt;                           /* -N: every allocation on the heap */
    bool complete;                         /* build and run: no function may lack a body
                                              (go build's -complete; go tool compile allows it) */
    const char *dump;                      /* -dump=tokens|ast|ir|escape */

    List *files;                           /* SourceFile* */
    List *packages;                        /* Package*, imports before importers, main last */
    List *diags;                           /* Diagnostic* of errors */
    int nerrors;
    int nsyntax;                           /* of them, syntax errors: these stop before checking */
    List *reports;                         /* Diagnostic* of -m lines */

    struct Checker *checker;               /* check.c */
    struct Program *program;               /* ir.c */
} Ctx;

/* diag.c: gc's error reporting. Errors are collected, sorted by position and
 * printed as `file:line:col: message`; after 10 (without -e) gc stops with
 * "too many errors". */
void error_at(Ctx *ctx, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_flush(Ctx *ctx);                 /* print collected errors, sorted */
const char *pos_string(Ctx *ctx, Pos pos); /* "file.go:3:9" (no column with -C) */
void unsupported(Ctx *ctx, Pos pos, const char *what); /* "X not supported by gosub" */
/* Whether a //directive comment (go:noinline, ...) stands just above the
 * declaration at pos; *rest (if rest) gets the text after it. */
bool decl_directive(Ctx *ctx, Pos pos, const char *directive, const char **rest);

/* main.c: the directory holding runtime/ and build/ */
const char *gosub_root(void);

/* load.c */
Package *package_new(const char *path);
bool read_source(Ctx *ctx, const char *path, Package *pkg);
bool load_packages(Ctx *ctx, Package *main_pkg);   /* parses imports; fills ctx->packages */
bool is_exported(const char *name);

/* stdapi.c: whether Go 1.19's standard package `path` exports `name`
 * ("MemProfile", or a type's member: "Builder.Cap"), from runtime/std/api.txt */
bool std_api_has(const char *path, const char *name);

/* lex.re */
typedef struct Lexer Lexer;
Lexer *lexer_new(Ctx *ctx, int file);
Token lexer_next(Lexer *lx);               /* kind 0 at end of input */
void dump_tokens(Ctx *ctx, int file, FILE *out); /* -dump=tokens */

/* parse.y */
Node *parse_file(Ctx *ctx, int file);      /* NULL or partial AST after errors */

/* exprfmt.c: Go code as gc's -m reports print it */
const char *gc_expr_string(Node *n);
const char *gc_stmt_string(Node *n);
const char *gc_type_string(Type *t);
int gc_binary_prec(int op);                /* gc's precedence of a binary operator TK_* (1..6) */

/* inlcost.c: gc's inlining budget, measured on the checked AST.
 * A function can be inlined when its body costs at most 80 of gc's node
 * units and uses nothing gc refuses to inline (recover, defer, go, a local
 * type declaration, recursion within itself alone, //go:noinline). */
typedef struct InlInfo {
    const char *name;                      /* as gc names the function: f, (*T).M, f.func1 */
    bool can_inline;
    int cost;                              /* gc's cost of the body (when can_inline, and in
                                              "function too complex" reasons) */
    const char *reason;                    /* !can_inline: gc's words, "recursive",
                                              "marked go:noinline", "function too complex:
                                              cost 90 exceeds budget 80", ... */
    const char *body_text;                 /* -m=2: the body as gc prints it after "as: ",
                                              "func(*T, *T) *T { return &T{...} }" */
    int nodes;                             /* the body's size in gc's nodes, capped: a
                                              function of 5000 or more is "big" and inlines
                                              only callees costing 20 or less */
} InlInfo;
/* One step of gc's InlinePackage over the main package, in its order: a
 * verdict to report ("can inline f", or why not: this may be a verdict of
 * its own, such as "recursive", rather than fn->inl), or, when verdict is
 * NULL, the moment gc inlines the calls in fn's body. */
typedef struct InlStep {
    Node *fn;                              /* N_FUNCDECL or N_FUNCLIT */
    InlInfo *verdict;
} InlStep;
/* Decides Node.inl for every function and function literal of every
 * package (imports first), each package bottom-up over its call graph as
 * gc's InlinePackage does. Returns the main package's steps (InlStep*),
 * which inline.c replays: its reports come out in gc's order. */
List *inline_decide(Ctx *ctx);

/* inline.c: replaces calls to inlinable functions by their bodies in the IR,
 * reporting "can inline f" and "inlining call to f" as gc does (-m). */
void inline_calls(Ctx *ctx, List *steps);

/* check.c, ir.c, escape.c, emit.c */
void ir_dump(FILE *out, Program *p);       /* -dump=ir */
bool check_program(Ctx *ctx);
bool ir_build(Ctx *ctx);
void escape_analyse(Ctx *ctx);
bool emit_c(Ctx *ctx, FILE *out);

#endif
