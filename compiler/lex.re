/*
 * lex.re — the lexer: the bytes of one source file in, a stream of Tokens out.
 *
 * re2c turns the rules in scan() below into a DFA (build/gen/lex.c). The
 * DFA only decides where a token ends and what kind it is; small C functions
 * then check what is inside a literal (escapes, digits, separators) and report
 * what is wrong in gc's words, at gc's positions. Every decision here mirrors
 * gc's own scanner (cmd/compile/internal/syntax/scanner.go and source.go), so
 * that gosub and gc see the same tokens and report the same errors, even on
 * bad input. After an error the lexer still returns a token, so that the
 * parser can go on.
 *
 * It hands on Tokens (gosub.h): a kind from parse.h, a position, and the text
 * in the source buffer. Go's automatic semicolons are inserted here (spec
 * §Semicolons): after a line's final token, if that token is an identifier, a
 * literal, one of the keywords break continue fallthrough return, or one of
 * ++ -- ) ] }, the newline (or the end of the file) becomes a SEMI whose text
 * is "newline" (or "EOF"), exactly the words gc's "unexpected newline" needs.
 *
 * The lexer never returns LBODY: which `{` opens a statement's body is the
 * parser driver's business (parse.y), since only the parser knows where an
 * if/for/switch header ends.
 *
 * Bytes that gc's reader drops before its scanner sees them — NUL, bytes that
 * are not UTF-8, and byte order marks — are taken out first (clean_source)
 * and reported when the scanner passes them. That keeps the rules free of
 * them and makes the NUL at the end of the buffer a safe sentinel for re2c;
 * a small table maps positions in the cleaned text back to columns in the
 * file.
 *
 * Not done: line directives (//line and its block-comment form), which make
 * gc report positions relative to them; gosub reports the file's own lines
 * and columns.
 */
#include "gosub.h"
#include "parse.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ Unicode */

/* What gc asks of a non-ASCII character: unicode.IsLetter, unicode.IsDigit
 * (may continue an identifier) and strconv.IsPrint (spelled as itself in
 * messages). The table at the end of the file lists the ranges. */
typedef enum UnicodeClass {
    U_OTHER = 0, U_LETTER = 'L', U_DIGIT = 'D', U_PRINT = 'P'
} UnicodeClass;

typedef struct UnicodeRange {
    uint32_t lo, hi;
    char class;
} UnicodeRange;

static UnicodeClass unicode_class(uint32_t r);

enum { MAX_RUNE = 0x10FFFF, RUNE_ERROR = 0xFFFD };

/* Decodes one UTF-8 sequence exactly as Go's utf8.DecodeRune does: an
 * invalid or truncated sequence yields RUNE_ERROR with width 1. */
static uint32_t decode_rune(const unsigned char *p, size_t avail, int *width)
{
    unsigned char b0 = p[0];
    *width = 1;
    if (b0 < 0x80)
        return b0;
    int size;
    unsigned char lo = 0x80, hi = 0xBF;    /* bounds of the second byte */
    if (b0 >= 0xC2 && b0 <= 0xDF)
        size = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        size = 3;
        if (b0 == 0xE0) lo = 0xA0;         /* overlong */
        if (b0 == 0xED) hi = 0x9F;         /* surrogates */
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        size = 4;
        if (b0 == 0xF0) lo = 0x90;         /* overlong */
        if (b0 == 0xF4) hi = 0x8F;         /* above U+10FFFF */
    } else
        return RUNE_ERROR;
    if (avail < (size_t)size || p[1] < lo || p[1] > hi)
        return RUNE_ERROR;
    for (int i = 2; i < size; i++)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return RUNE_ERROR;
    *width = size;
    if (size == 2)
        return (uint32_t)(b0 & 0x1F) << 6 | (p[1] & 0x3F);
    if (size == 3)
        return (uint32_t)(b0 & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return (uint32_t)(b0 & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
           (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

static int encode_rune(uint32_t r, char *out)
{
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | r >> 6);
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | r >> 12);
        out[1] = (char)(0x80 | (r >> 6 & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | r >> 18);
    out[1] = (char)(0x80 | (r >> 12 & 0x3F));
    out[2] = (char)(0x80 | (r >> 6 & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

static bool rune_is_print(uint32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return r <= MAX_RUNE && unicode_class(r) != U_OTHER;
}

/* fmt's %#U: "U+0040 '@'", or just "U+0001" when the rune is not printable. */
static const char *format_U(uint32_t r, char buf[32])
{
    int n = snprintf(buf, 32, "U+%04X", (unsigned)r);
    if (rune_is_print(r)) {
        buf[n++] = ' ';
        buf[n++] = '\'';
        n += encode_rune(r, buf + n);
        buf[n++] = '\'';
        buf[n] = 0;
    }
    return buf;
}

/* fmt's %q of a rune (strconv.QuoteRune): 'x', '\n', '\x01', '\u200b'. */
static const char *format_q(uint32_t r, char buf[32])
{
    if (r > MAX_RUNE || (r >= 0xD800 && r < 0xE000))
        r = RUNE_ERROR;
    int n = 0;
    buf[n++] = '\'';
    static const char simple[] = "\a\b\f\n\r\t\v";
    static const char letter[] = "abfnrtv";
    const char *esc = r != 0 && r < 0x80 ? strchr(simple, (int)r) : NULL;
    if (r == '\'' || r == '\\') {
        buf[n++] = '\\';
        buf[n++] = (char)r;
    } else if (rune_is_print(r)) {
        n += encode_rune(r, buf + n);
    } else if (esc) {
        buf[n++] = '\\';
        buf[n++] = letter[esc - simple];
    } else if (r < 0x20 || r == 0x7F) {
        n += snprintf(buf + n, 8, "\\x%02x", (unsigned)r);
    } else if (r < 0x10000) {
        n += snprintf(buf + n, 8, "\\u%04x", (unsigned)r);
    } else {
        n += snprintf(buf + n, 12, "\\U%08x", (unsigned)r);
    }
    buf[n++] = '\'';
    buf[n] = 0;
    return buf;
}

/* ------------------------------------------------------------ the Lexer */

/* A byte or character clean_source took out: it sat just before offset `at`
 * of the cleaned text, `total` bytes were taken out up to and including it,
 * and msg (if not "") is the error to report when the scanner passes it. */
typedef struct Removal {
    size_t at, total;
    Pos pos;
    const char *msg;
} Removal;

struct Lexer {
    Ctx *ctx;
    int file;
    const unsigned char *src;              /* the file's bytes */
    const unsigned char *text;             /* cleaned text; NUL at text[size] */
    size_t size;
    const unsigned char *cursor;           /* where the next token's scan starts */
    int line;                              /* line of cursor, from 1 */
    size_t line_start;                     /* offset in the *file* of that line */
    bool nlsemi;                           /* a newline or EOF now means SEMI */
    Removal *removals;
    int nremovals;
    int nreported;                         /* removals whose error has been reported */
};

/* The offset in the file of the byte at p in the cleaned text. */
static size_t file_offset(const Lexer *lx, const unsigned char *p)
{
    size_t off = (size_t)(p - lx->text);
    int lo = 0, hi = lx->nremovals;        /* find the last removal with at <= off */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (lx->removals[mid].at <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? off + lx->removals[lo - 1].total : off;
}

/* The position of p, which must lie on the current line. */
static Pos pos_of(const Lexer *lx, const unsigned char *p)
{
    return (Pos){lx->file, lx->line, (int)(file_offset(lx, p) - lx->line_start) + 1};
}

/* Moves the current line past every newline in [from, to). */
static void count_lines(Lexer *lx, const unsigned char *from, const unsigned char *to)
{
    for (const unsigned char *p = from; p < to; p++) {
        if (*p == '\n') {
            lx->line++;
            lx->line_start = file_offset(lx, p) + 1;
        }
    }
}

/*
 * gc's reader (syntax/source.go) reports NUL bytes, invalid UTF-8 and byte
 * order marks (allowed only as a file's first character) and then carries on
 * as if they were not there, although they still count in columns. Doing the
 * same up front gives the scanner a text without them. Their errors wait
 * until the scanner gets there (report_removals), as gc's do: gc's parser
 * gives up early on some files, and then never sees the rest. Most files
 * have none of these; then the text is used as it is.
 */
static void clean_source(Lexer *lx, const unsigned char *src, size_t size)
{
    unsigned char *clean = NULL;
    size_t out = 0, removed = 0, cap = 0;
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < size;) {
        unsigned char c = src[i];
        int width = 1;
        const char *msg = NULL;
        if (c == '\n') {
            line++;
            line_start = i + 1;
        } else if (c == 0) {
            /* gc's reader checks for NUL only on its fast path, which it
             * does not take for the file's first byte: there the scanner
             * meets the NUL and calls it an invalid character. */
            msg = i > 0 ? "invalid NUL character" : "invalid character U+0000";
        } else if (c >= 0x80) {
            uint32_t r = decode_rune(src + i, size - i, &width);
            if (r == RUNE_ERROR && width == 1)
                msg = "invalid UTF-8 encoding";
            else if (r == 0xFEFF)
                msg = i > 0 ? "invalid BOM in the middle of the file" : "";
        }
        if (!msg) {
            if (clean)
                memcpy(clean + out, src + i, (size_t)width);
            out += (size_t)width;
            i += (size_t)width;
            continue;
        }
        if (!clean) {
            clean = xalloc(size + 1);
            memcpy(clean, src, out);
        }
        if ((size_t)lx->nremovals == cap) {
            cap = cap ? 2 * cap : 8;
            lx->removals = xrealloc(lx->removals, cap * sizeof *lx->removals);
        }
        removed += (size_t)width;
        Pos pos = {lx->file, line, (int)(i - line_start) + 1};
        lx->removals[lx->nremovals++] = (Removal){out, removed, pos, msg};
        i += (size_t)width;
    }
    if (clean) {
        clean[out] = 0;
        lx->text = clean;
    } else {
        lx->text = src;
    }
    lx->size = out;
}

/* Reports the removals the scanner has read past: gc reads one character
 * beyond a token, so those before the character at `upto`. */
static void report_removals(Lexer *lx, const unsigned char *upto)
{
    size_t off = (size_t)(upto - lx->text);
    for (; lx->nreported < lx->nremovals && lx->removals[lx->nreported].at <= off; lx->nreported++) {
        Removal *r = &lx->removals[lx->nreported];
        if (*r->msg)
            error_at(lx->ctx, r->pos, "%s", r->msg);
    }
}

Lexer *lexer_new(Ctx *ctx, int file)
{
    SourceFile *sf = ctx->files->v[file];
    Lexer *lx = xalloc(sizeof *lx);
    lx->ctx = ctx;
    lx->file = file;
    lx->src = (const unsigned char *)sf->text;
    clean_source(lx, lx->src, sf->size);
    lx->cursor = lx->text;
    lx->line = 1;
    lx->line_start = 0;
    return lx;
}

/* Reports an error at `at`, once gc would have read up to `seen`: the
 * removals before `seen` come first, so that errors reach error_at in the
 * order gc reports them (which decides which repeats gc drops). */
__attribute__((format(printf, 4, 5)))
static void lex_error(Lexer *lx, const unsigned char *seen, const unsigned char *at, const char *fmt, ...)
{
    char msg[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    report_removals(lx, seen);
    error_at(lx->ctx, pos_of(lx, at), "%s", msg);
}

/* ------------------------------------------------------------ literal checks */

static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static int lower(int c) { return c | ('a' - 'A'); }   /* lower-case iff c is an ASCII letter */
static bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* The rune at p, for messages about it. */
static uint32_t rune_at(const Lexer *lx, const unsigned char *p)
{
    int width;
    return decode_rune(p, (size_t)(lx->text + lx->size - p), &width);
}

/* gc's digits(): skips { digit | '_' }; with base <= 10 any decimal digit is
 * taken but the first one >= base is remembered in *invalid. Returns bit 0
 * set if there were digits, bit 1 if there were separators. */
static int skip_digits(const unsigned char **pp, int base, const unsigned char **invalid)
{
    const unsigned char *p = *pp;
    int digsep = 0;
    if (base <= 10) {
        for (; is_decimal(*p) || *p == '_'; p++) {
            if (*p == '_')
                digsep |= 2;
            else {
                digsep |= 1;
                if (*p >= '0' + base && invalid && !*invalid)
                    *invalid = p;
            }
        }
    } else {
        for (; is_hex(*p) || *p == '_'; p++)
            digsep |= *p == '_' ? 2 : 1;
    }
    *pp = p;
    return digsep;
}

/* gc's invalidSep(): the index of the first '_' that does not separate two
 * digits (a base prefix counts as a digit), or -1. */
static int invalid_separator(const unsigned char *x, int len)
{
    int x1 = ' ', d = '.', i = 0;
    if (len >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < len; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? len - 1 : -1;
}

/* Checks the number literal at start, which the rules matched exactly as far
 * as gc's number() reads, as number() does; returns its kind: TK_INT,
 * TK_FLOAT or TK_IMAG. */
static int check_number(Lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start, *invalid = NULL;
    int kind = TK_INT, base = 10, prefix = 0, digsep = 0;
    bool ok = true, seen_point = false;
    char q[32];

    if (*p == '.') {
        p++;
        seen_point = true;
    } else {
        if (*p == '0') {
            p++;
            switch (lower(*p)) {
            case 'x': p++; base = 16; prefix = 'x'; break;
            case 'o': p++; base = 8; prefix = 'o'; break;
            case 'b': p++; base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;   /* the leading 0 */
            }
        }
        digsep |= skip_digits(&p, base, &invalid);
        if (*p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, p, p, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            p++;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = TK_FLOAT;
        digsep |= skip_digits(&p, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        lex_error(lx, p, p, "%s literal has no digits", base_name(base));
        ok = false;
    }

    int e = lower(*p);
    if (e == 'e' || e == 'p') {
        if (ok && e == 'e' && prefix != 0 && prefix != '0') {
            lex_error(lx, p, p, "%s exponent requires decimal mantissa", format_q(*p, q));
            ok = false;
        } else if (ok && e == 'p' && prefix != 'x') {
            lex_error(lx, p, p, "%s exponent requires hexadecimal mantissa", format_q(*p, q));
            ok = false;
        }
        p++;
        kind = TK_FLOAT;
        if (*p == '+' || *p == '-')
            p++;
        digsep = skip_digits(&p, 10, NULL) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            lex_error(lx, p, p, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
        lex_error(lx, p, p, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (*p == 'i') {
        kind = TK_IMAG;
        p++;
    }

    if (kind == TK_INT && invalid && ok) {
        lex_error(lx, p, invalid, "invalid digit %s in %s literal",
                 format_q(*invalid, q), base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        /* gc looks at the literal's bytes in the file, removed ones included. */
        size_t from = file_offset(lx, start), to = file_offset(lx, p);
        int i = invalid_separator(lx->src + from, (int)(to - from));
        if (i >= 0) {
            report_removals(lx, p);
            Pos pos = pos_of(lx, start);
            pos.col += i;
            error_at(lx->ctx, pos, "'_' must separate successive digits");
        }
    }
    return kind;
}

/* gc's escape(): *pp is just past a backslash inside a literal closed by
 * `quote`. Skips the escape, or as much of it as is well formed, and reports
 * what is wrong. Returns false after an error. At the end of the file it
 * returns true: the caller reports the unterminated literal. */
static bool check_escape(Lexer *lx, const unsigned char **pp, int quote)
{
    const unsigned char *p = *pp;
    int n;
    uint32_t base, max;
    char q[32];

    switch (*p) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        *pp = p + 1;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x':
        p++;
        n = 2, base = 16, max = 255;
        break;
    case 'u':
        p++;
        n = 4, base = 16, max = MAX_RUNE;
        break;
    case 'U':
        p++;
        n = 8, base = 16, max = MAX_RUNE;
        break;
    default:
        if (*p == quote) {
            *pp = p + 1;
            return true;
        }
        if (*p == 0)
            return true;
        lex_error(lx, p, p, "unknown escape");
        return false;
    }

    uint32_t x = 0;
    for (; n > 0; n--, p++) {
        if (*p == 0) {
            *pp = p;
            return true;
        }
        uint32_t d = base;
        if (is_decimal(*p))
            d = *p - '0';
        else if (lower(*p) >= 'a' && lower(*p) <= 'f')
            d = (uint32_t)(lower(*p) - 'a' + 10);
        if (d >= base) {
            lex_error(lx, p, p, "invalid character %s in %s escape",
                     format_q(rune_at(lx, p), q), base_name((int)base));
            *pp = p;
            return false;
        }
        x = x * base + d;
    }
    *pp = p;
    if (x > max && base == 8) {
        lex_error(lx, p, p, "octal escape value %u > 255", (unsigned)x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error(lx, p, p, "escape is invalid Unicode code point %s", format_U(x, q));
        return false;
    }
    return true;
}

/* Checks the rune literal at start (the rules matched as much as gc takes). */
static void check_rune(Lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 1;
    bool ok = true;
    for (int n = 0;; n++) {
        if (*p == '\'') {
            if (ok && n == 0)
                lex_error(lx, p, p, "empty rune literal or unescaped '");
            else if (ok && n != 1)
                lex_error(lx, p, start, "more than one character in rune literal");
            return;
        }
        if (*p == '\\') {
            p++;
            if (!check_escape(lx, &p, '\''))
                ok = false;
            continue;
        }
        if (*p == '\n') {
            if (ok)
                lex_error(lx, p, p, "newline in rune literal");
            return;
        }
        if (*p == 0) {
            if (ok)
                lex_error(lx, p, start, "rune literal not terminated");
            return;
        }
        int width;
        decode_rune(p, (size_t)(lx->text + lx->size - p), &width);
        p += width;
    }
}

/* Checks the interpreted string literal at start. */
static void check_string(Lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 1;
    for (;;) {
        if (*p == '"')
            return;
        if (*p == '\\') {
            p++;
            check_escape(lx, &p, '"');
            continue;
        }
        if (*p == '\n') {
            lex_error(lx, p, p, "newline in string");
            return;
        }
        if (*p == 0) {
            lex_error(lx, p, start, "string not terminated");
            return;
        }
        p++;
    }
}

/* Checks the non-ASCII characters of the identifier [start, end): gc takes
 * any of them into an identifier, but only letters (and, after the first
 * character, digits) without complaint. */
static void check_identifier(Lexer *lx, const unsigned char *start, const unsigned char *end)
{
    char u[32];
    for (const unsigned char *p = start; p < end;) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        int width;
        uint32_t r = decode_rune(p, (size_t)(end - p), &width);
        UnicodeClass c = unicode_class(r);
        if (c == U_DIGIT && p == start)
            lex_error(lx, p, p, "identifier cannot begin with digit %s", format_U(r, u));
        else if (c != U_LETTER && c != U_DIGIT)
            lex_error(lx, p, p, "invalid character %s in identifier", format_U(r, u));
        p += width;
    }
}

/* ------------------------------------------------------------ the scanner */

/* Tokens after which a newline ends the statement (spec §Semicolons). */
static bool ends_statement(int kind)
{
    switch (kind) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
    case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
        return true;
    }
    return false;
}

/* A semicolon the lexer inserts; `why` is "newline" or "EOF". */
static Token implicit_semi(Pos pos, const char *why)
{
    return (Token){.kind = TK_SEMI, .pos = pos, .text = why, .len = (int)strlen(why), .implicit = true};
}

static Token scan(Lexer *lx)
{
    /* As in gc, whether a newline is a semicolon depends on the token before
     * it, so the flag is taken here and set again when a token is returned. */
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    const unsigned char *YYCURSOR = lx->cursor, *YYMARKER, *start;
    int kind, op = 0;
    Pos pos;
    char u[32];

again:
    start = YYCURSOR;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;

        dec      = [0-9_];
        hex      = [0-9a-fA-F_];
        exponent = [eEpP] [+-]? dec*;
        nonascii = [\x80-\xff];            // the cleaned text is valid UTF-8
        ident    = ([a-zA-Z_] | nonascii) ([a-zA-Z_0-9] | nonascii)*;

        // The cleaned text holds no NUL, so a NUL is the end of the file.
        "\x00" {
            YYCURSOR = start;
            lx->cursor = start;
            if (nlsemi)
                return implicit_semi(pos_of(lx, start), "EOF");
            return (Token){.kind = 0, .pos = pos_of(lx, start), .text = "EOF", .len = 3};
        }

        [ \t\r]+ { goto again; }

        "\n" {
            pos = pos_of(lx, start);
            count_lines(lx, start, YYCURSOR);
            if (!nlsemi)
                goto again;
            lx->cursor = YYCURSOR;
            return implicit_semi(pos, "newline");
        }

        // A line comment leaves its newline to the rule above.
        "//" [^\n\x00]* { goto again; }

        // A block comment acts as a newline if it holds one, else as a space.
        "/*" {
            pos = pos_of(lx, start);
            const char *close = strstr((const char *)YYCURSOR, "*/");
            if (close) {
                YYCURSOR = (const unsigned char *)close + 2;
            } else {
                lex_error(lx, lx->text + lx->size, start, "comment not terminated");
                YYCURSOR = lx->text + lx->size;
            }
            int line = lx->line;
            count_lines(lx, start, YYCURSOR);
            if (lx->line == line || !nlsemi)
                goto again;
            lx->cursor = YYCURSOR;
            return implicit_semi(pos, "newline");
        }

        "break"       { kind = TK_BREAK; goto token; }
        "case"        { kind = TK_CASE; goto token; }
        "chan"        { kind = TK_CHAN; goto token; }
        "const"       { kind = TK_CONST; goto token; }
        "continue"    { kind = TK_CONTINUE; goto token; }
        "default"     { kind = TK_DEFAULT; goto token; }
        "defer"       { kind = TK_DEFER; goto token; }
        "else"        { kind = TK_ELSE; goto token; }
        "fallthrough" { kind = TK_FALLTHROUGH; goto token; }
        "for"         { kind = TK_FOR; goto token; }
        "func"        { kind = TK_FUNC; goto token; }
        "go"          { kind = TK_GO; goto token; }
        "goto"        { kind = TK_GOTO; goto token; }
        "if"          { kind = TK_IF; goto token; }
        "import"      { kind = TK_IMPORT; goto token; }
        "interface"   { kind = TK_INTERFACE; goto token; }
        "map"         { kind = TK_MAP; goto token; }
        "package"     { kind = TK_PACKAGE; goto token; }
        "range"       { kind = TK_RANGE; goto token; }
        "return"      { kind = TK_RETURN; goto token; }
        "select"      { kind = TK_SELECT; goto token; }
        "struct"      { kind = TK_STRUCT; goto token; }
        "switch"      { kind = TK_SWITCH; goto token; }
        "type"        { kind = TK_TYPE; goto token; }
        "var"         { kind = TK_VAR; goto token; }

        ident {
            check_identifier(lx, start, YYCURSOR);
            kind = TK_IDENT;
            goto token;
        }

        // Numbers: the rules take exactly the bytes gc's number() takes,
        // malformed or not (digits of any base, stray separators, a radix
        // point or exponent where none may be); check_number says what is
        // wrong with them.
        [0-9] dec* ("." dec*)? exponent? "i"?
        | "0" [xX] hex* ("." hex*)? ([pP] [+-]? dec*)? "i"?
        | "0" [oObB] dec* ("." dec*)? exponent? "i"?
        | "." [0-9] dec* exponent? "i"? {
            kind = check_number(lx, start);
            goto token;
        }

        // Rune and string literals end at their closing quote, or before a
        // newline or the end of the file; a backslash takes the next
        // character with it (a last backslash stands alone before a newline
        // or the end). check_rune/check_string look at the escapes.
        "'" ([^'\\\n\x00] | "\\" [^\n\x00])* "\\"? "'"? {
            check_rune(lx, start);
            kind = TK_CHAR;
            goto token;
        }
        "\"" ([^"\\\n\x00] | "\\" [^\n\x00])* "\\"? "\""? {
            check_string(lx, start);
            kind = TK_STRING;
            goto token;
        }
        "`" [^`\x00]* "`"? {
            pos = pos_of(lx, start);
            if (YYCURSOR[-1] != '`' || YYCURSOR - start == 1)
                lex_error(lx, YYCURSOR, start, "string not terminated");
            count_lines(lx, start, YYCURSOR);
            kind = TK_STRING;
            goto positioned;
        }

        "+"   { kind = TK_ADD; goto token; }
        "-"   { kind = TK_SUB; goto token; }
        "*"   { kind = TK_MUL; goto token; }
        "/"   { kind = TK_QUO; goto token; }
        "%"   { kind = TK_REM; goto token; }
        "&"   { kind = TK_AND; goto token; }
        "|"   { kind = TK_OR; goto token; }
        "^"   { kind = TK_XOR; goto token; }
        "<<"  { kind = TK_SHL; goto token; }
        ">>"  { kind = TK_SHR; goto token; }
        "&^"  { kind = TK_AND_NOT; goto token; }

        "+="  { kind = TK_ASSIGN_OP; op = TK_ADD; goto token; }
        "-="  { kind = TK_ASSIGN_OP; op = TK_SUB; goto token; }
        "*="  { kind = TK_ASSIGN_OP; op = TK_MUL; goto token; }
        "/="  { kind = TK_ASSIGN_OP; op = TK_QUO; goto token; }
        "%="  { kind = TK_ASSIGN_OP; op = TK_REM; goto token; }
        "&="  { kind = TK_ASSIGN_OP; op = TK_AND; goto token; }
        "|="  { kind = TK_ASSIGN_OP; op = TK_OR; goto token; }
        "^="  { kind = TK_ASSIGN_OP; op = TK_XOR; goto token; }
        "<<=" { kind = TK_ASSIGN_OP; op = TK_SHL; goto token; }
        ">>=" { kind = TK_ASSIGN_OP; op = TK_SHR; goto token; }
        "&^=" { kind = TK_ASSIGN_OP; op = TK_AND_NOT; goto token; }

        "&&"  { kind = TK_LAND; goto token; }
        "||"  { kind = TK_LOR; goto token; }
        "<-"  { kind = TK_ARROW; goto token; }
        "++"  { kind = TK_INC; goto token; }
        "--"  { kind = TK_DEC; goto token; }
        "=="  { kind = TK_EQL; goto token; }
        "!="  { kind = TK_NEQ; goto token; }
        "<"   { kind = TK_LSS; goto token; }
        "<="  { kind = TK_LEQ; goto token; }
        ">"   { kind = TK_GTR; goto token; }
        ">="  { kind = TK_GEQ; goto token; }
        "="   { kind = TK_ASSIGN; goto token; }
        ":="  { kind = TK_DEFINE; goto token; }
        "!"   { kind = TK_NOT; goto token; }
        "~"   { kind = TK_TILDE; goto token; }

        "("   { kind = TK_LPAREN; goto token; }
        ")"   { kind = TK_RPAREN; goto token; }
        "["   { kind = TK_LBRACK; goto token; }
        "]"   { kind = TK_RBRACK; goto token; }
        "{"   { kind = TK_LBRACE; goto token; }
        "}"   { kind = TK_RBRACE; goto token; }
        ","   { kind = TK_COMMA; goto token; }
        ";"   { kind = TK_SEMI; goto token; }
        "."   { kind = TK_PERIOD; goto token; }
        ":"   { kind = TK_COLON; goto token; }
        "..." { kind = TK_ELLIPSIS; goto token; }

        // Everything else is an ASCII character no token starts with
        // (non-ASCII characters all went to the ident rule, as in gc).
        * {
            lex_error(lx, start, start, "invalid character %s", format_U(*start, u));
            goto again;
        }
    */

token:
    pos = pos_of(lx, start);
positioned:
    lx->cursor = YYCURSOR;
    lx->nlsemi = ends_statement(kind);
    return (Token){kind, op, pos, (const char *)start, (int)(YYCURSOR - start), false};
}

Token lexer_next(Lexer *lx)
{
    Token t = scan(lx);
    report_removals(lx, lx->cursor);
    return t;
}

/* ------------------------------------------------------------ spellings */

/* How gc's parser names each kind in "unexpected X" and "expecting X"
 * (syntax/tokens.go and tokstring in parser.go). The parser prints a name's
 * or literal's text and the op of an ASSIGN_OP itself; these are the words
 * for the kind as a whole. */
static const char *const spellings[] = {
    [0] = "EOF",
    [TK_IDENT] = "name", [TK_INT] = "literal", [TK_FLOAT] = "literal",
    [TK_IMAG] = "literal", [TK_CHAR] = "literal", [TK_STRING] = "literal",
    [TK_BREAK] = "break", [TK_CASE] = "case", [TK_CHAN] = "chan", [TK_CONST] = "const",
    [TK_CONTINUE] = "continue", [TK_DEFAULT] = "default", [TK_DEFER] = "defer",
    [TK_ELSE] = "else", [TK_FALLTHROUGH] = "fallthrough", [TK_FOR] = "for",
    [TK_FUNC] = "func", [TK_GO] = "go", [TK_GOTO] = "goto", [TK_IF] = "if",
    [TK_IMPORT] = "import", [TK_INTERFACE] = "interface", [TK_MAP] = "map",
    [TK_PACKAGE] = "package", [TK_RANGE] = "range", [TK_RETURN] = "return",
    [TK_SELECT] = "select", [TK_STRUCT] = "struct", [TK_SWITCH] = "switch",
    [TK_TYPE] = "type", [TK_VAR] = "var",
    [TK_LOR] = "||", [TK_LAND] = "&&", [TK_EQL] = "==", [TK_NEQ] = "!=",
    [TK_LSS] = "<", [TK_LEQ] = "<=", [TK_GTR] = ">", [TK_GEQ] = ">=",
    [TK_ADD] = "+", [TK_SUB] = "-", [TK_OR] = "|", [TK_XOR] = "^", [TK_MUL] = "*",
    [TK_QUO] = "/", [TK_REM] = "%", [TK_SHL] = "<<", [TK_SHR] = ">>",
    [TK_AND] = "&", [TK_AND_NOT] = "&^",
    [TK_NOT] = "!", [TK_ARROW] = "<-", [TK_TILDE] = "~",
    [TK_ASSIGN] = "=", [TK_DEFINE] = ":=", [TK_ASSIGN_OP] = "op=",
    [TK_INC] = "++", [TK_DEC] = "--",
    [TK_LPAREN] = "(", [TK_RPAREN] = ")", [TK_LBRACK] = "[", [TK_RBRACK] = "]",
    [TK_LBRACE] = "{", [TK_RBRACE] = "}", [TK_LBODY] = "{",
    [TK_COMMA] = "comma", [TK_PERIOD] = ".", [TK_SEMI] = "semicolon or newline",
    [TK_COLON] = ":", [TK_ELLIPSIS] = "...",
};

const char *token_spelling(int kind)
{
    int n = (int)(sizeof spellings / sizeof spellings[0]);
    return kind >= 0 && kind < n && spellings[kind] ? spellings[kind] : "?";
}

/* The TK_ names without their prefix, for -dump=tokens. */
static const char *const kind_names[] = {
    [TK_IDENT] = "IDENT", [TK_INT] = "INT", [TK_FLOAT] = "FLOAT", [TK_IMAG] = "IMAG",
    [TK_CHAR] = "CHAR", [TK_STRING] = "STRING",
    [TK_BREAK] = "BREAK", [TK_CASE] = "CASE", [TK_CHAN] = "CHAN", [TK_CONST] = "CONST",
    [TK_CONTINUE] = "CONTINUE", [TK_DEFAULT] = "DEFAULT", [TK_DEFER] = "DEFER",
    [TK_ELSE] = "ELSE", [TK_FALLTHROUGH] = "FALLTHROUGH", [TK_FOR] = "FOR",
    [TK_FUNC] = "FUNC", [TK_GO] = "GO", [TK_GOTO] = "GOTO", [TK_IF] = "IF",
    [TK_IMPORT] = "IMPORT", [TK_INTERFACE] = "INTERFACE", [TK_MAP] = "MAP",
    [TK_PACKAGE] = "PACKAGE", [TK_RANGE] = "RANGE", [TK_RETURN] = "RETURN",
    [TK_SELECT] = "SELECT", [TK_STRUCT] = "STRUCT", [TK_SWITCH] = "SWITCH",
    [TK_TYPE] = "TYPE", [TK_VAR] = "VAR",
    [TK_LOR] = "LOR", [TK_LAND] = "LAND", [TK_EQL] = "EQL", [TK_NEQ] = "NEQ",
    [TK_LSS] = "LSS", [TK_LEQ] = "LEQ", [TK_GTR] = "GTR", [TK_GEQ] = "GEQ",
    [TK_ADD] = "ADD", [TK_SUB] = "SUB", [TK_OR] = "OR", [TK_XOR] = "XOR",
    [TK_MUL] = "MUL", [TK_QUO] = "QUO", [TK_REM] = "REM", [TK_SHL] = "SHL",
    [TK_SHR] = "SHR", [TK_AND] = "AND", [TK_AND_NOT] = "AND_NOT",
    [TK_NOT] = "NOT", [TK_ARROW] = "ARROW", [TK_TILDE] = "TILDE",
    [TK_ASSIGN] = "ASSIGN", [TK_DEFINE] = "DEFINE", [TK_ASSIGN_OP] = "ASSIGN_OP",
    [TK_INC] = "INC", [TK_DEC] = "DEC",
    [TK_LPAREN] = "LPAREN", [TK_RPAREN] = "RPAREN", [TK_LBRACK] = "LBRACK",
    [TK_RBRACK] = "RBRACK", [TK_LBRACE] = "LBRACE", [TK_RBRACE] = "RBRACE",
    [TK_LBODY] = "LBODY", [TK_COMMA] = "COMMA", [TK_PERIOD] = "PERIOD",
    [TK_SEMI] = "SEMI", [TK_COLON] = "COLON", [TK_ELLIPSIS] = "ELLIPSIS",
};

/*
 * -dump=tokens: one line per token, `LINE:COL KIND TEXT`, ending with
 * `LINE:COL EOF`. TEXT is the token's source text (`newline` or `EOF` for an
 * inserted semicolon) with control characters, which only raw strings and
 * malformed literals can hold, written as Go escapes (\n, \t, \x01) so that
 * every token stays on its line. tests/tools/gotokens.go prints the same
 * from Go's go/scanner.
 */
void dump_tokens(Ctx *ctx, int file, FILE *out)
{
    Lexer *lx = lexer_new(ctx, file);
    for (;;) {
        Token t = lexer_next(lx);
        if (t.kind == 0) {
            fprintf(out, "%d:%d EOF\n", t.pos.line, t.pos.col);
            return;
        }
        fprintf(out, "%d:%d %s ", t.pos.line, t.pos.col, kind_names[t.kind]);
        for (int i = 0; i < t.len; i++) {
            unsigned char c = (unsigned char)t.text[i];
            if (c == '\n')
                fputs("\\n", out);
            else if (c == '\r')
                fputs("\\r", out);
            else if (c == '\t')
                fputs("\\t", out);
            else if (c < 0x20 || c == 0x7F)
                fprintf(out, "\\x%02x", c);
            else
                fputc(c, out);
        }
        fputc('\n', out);
    }
}

/* ------------------------------------------------------------ Unicode table */

/* BEGIN unicode_classes: generated by tests/tools/genunicode.go from Go 1.19's
 * unicode package (Unicode 13.0.0); 1209 ranges, code points >= 0x80 only. */
static const UnicodeRange unicode_classes[] = {
    {0xA1,0xA9,'P'}, {0xAA,0xAA,'L'}, {0xAB,0xAC,'P'}, {0xAE,0xB4,'P'}, {0xB5,0xB5,'L'},
    {0xB6,0xB9,'P'}, {0xBA,0xBA,'L'}, {0xBB,0xBF,'P'}, {0xC0,0xD6,'L'}, {0xD7,0xD7,'P'},
    {0xD8,0xF6,'L'}, {0xF7,0xF7,'P'}, {0xF8,0x2C1,'L'}, {0x2C2,0x2C5,'P'}, {0x2C6,0x2D1,'L'},
    {0x2D2,0x2DF,'P'}, {0x2E0,0x2E4,'L'}, {0x2E5,0x2EB,'P'}, {0x2EC,0x2EC,'L'},
    {0x2ED,0x2ED,'P'}, {0x2EE,0x2EE,'L'}, {0x2EF,0x36F,'P'}, {0x370,0x374,'L'},
    {0x375,0x375,'P'}, {0x376,0x377,'L'}, {0x37A,0x37D,'L'}, {0x37E,0x37E,'P'},
    {0x37F,0x37F,'L'}, {0x384,0x385,'P'}, {0x386,0x386,'L'}, {0x387,0x387,'P'},
    {0x388,0x38A,'L'}, {0x38C,0x38C,'L'}, {0x38E,0x3A1,'L'}, {0x3A3,0x3F5,'L'},
    {0x3F6,0x3F6,'P'}, {0x3F7,0x481,'L'}, {0x482,0x489,'P'}, {0x48A,0x52F,'L'},
    {0x531,0x556,'L'}, {0x559,0x559,'L'}, {0x55A,0x55F,'P'}, {0x560,0x588,'L'},
    {0x589,0x58A,'P'}, {0x58D,0x58F,'P'}, {0x591,0x5C7,'P'}, {0x5D0,0x5EA,'L'},
    {0x5EF,0x5F2,'L'}, {0x5F3,0x5F4,'P'}, {0x606,0x61B,'P'}, {0x61E,0x61F,'P'},
    {0x620,0x64A,'L'}, {0x64B,0x65F,'P'}, {0x660,0x669,'D'}, {0x66A,0x66D,'P'},
    {0x66E,0x66F,'L'}, {0x670,0x670,'P'}, {0x671,0x6D3,'L'}, {0x6D4,0x6D4,'P'},
    {0x6D5,0x6D5,'L'}, {0x6D6,0x6DC,'P'}, {0x6DE,0x6E4,'P'}, {0x6E5,0x6E6,'L'},
    {0x6E7,0x6ED,'P'}, {0x6EE,0x6EF,'L'}, {0x6F0,0x6F9,'D'}, {0x6FA,0x6FC,'L'},
    {0x6FD,0x6FE,'P'}, {0x6FF,0x6FF,'L'}, {0x700,0x70D,'P'}, {0x710,0x710,'L'},
    {0x711,0x711,'P'}, {0x712,0x72F,'L'}, {0x730,0x74A,'P'}, {0x74D,0x7A5,'L'},
    {0x7A6,0x7B0,'P'}, {0x7B1,0x7B1,'L'}, {0x7C0,0x7C9,'D'}, {0x7CA,0x7EA,'L'},
    {0x7EB,0x7F3,'P'}, {0x7F4,0x7F5,'L'}, {0x7F6,0x7F9,'P'}, {0x7FA,0x7FA,'L'},
    {0x7FD,0x7FF,'P'}, {0x800,0x815,'L'}, {0x816,0x819,'P'}, {0x81A,0x81A,'L'},
    {0x81B,0x823,'P'}, {0x824,0x824,'L'}, {0x825,0x827,'P'}, {0x828,0x828,'L'},
    {0x829,0x82D,'P'}, {0x830,0x83E,'P'}, {0x840,0x858,'L'}, {0x859,0x85B,'P'},
    {0x85E,0x85E,'P'}, {0x860,0x86A,'L'}, {0x8A0,0x8B4,'L'}, {0x8B6,0x8C7,'L'},
    {0x8D3,0x8E1,'P'}, {0x8E3,0x903,'P'}, {0x904,0x939,'L'}, {0x93A,0x93C,'P'},
    {0x93D,0x93D,'L'}, {0x93E,0x94F,'P'}, {0x950,0x950,'L'}, {0x951,0x957,'P'},
    {0x958,0x961,'L'}, {0x962,0x965,'P'}, {0x966,0x96F,'D'}, {0x970,0x970,'P'},
    {0x971,0x980,'L'}, {0x981,0x983,'P'}, {0x985,0x98C,'L'}, {0x98F,0x990,'L'},
    {0x993,0x9A8,'L'}, {0x9AA,0x9B0,'L'}, {0x9B2,0x9B2,'L'}, {0x9B6,0x9B9,'L'},
    {0x9BC,0x9BC,'P'}, {0x9BD,0x9BD,'L'}, {0x9BE,0x9C4,'P'}, {0x9C7,0x9C8,'P'},
    {0x9CB,0x9CD,'P'}, {0x9CE,0x9CE,'L'}, {0x9D7,0x9D7,'P'}, {0x9DC,0x9DD,'L'},
    {0x9DF,0x9E1,'L'}, {0x9E2,0x9E3,'P'}, {0x9E6,0x9EF,'D'}, {0x9F0,0x9F1,'L'},
    {0x9F2,0x9FB,'P'}, {0x9FC,0x9FC,'L'}, {0x9FD,0x9FE,'P'}, {0xA01,0xA03,'P'},
    {0xA05,0xA0A,'L'}, {0xA0F,0xA10,'L'}, {0xA13,0xA28,'L'}, {0xA2A,0xA30,'L'},
    {0xA32,0xA33,'L'}, {0xA35,0xA36,'L'}, {0xA38,0xA39,'L'}, {0xA3C,0xA3C,'P'},
    {0xA3E,0xA42,'P'}, {0xA47,0xA48,'P'}, {0xA4B,0xA4D,'P'}, {0xA51,0xA51,'P'},
    {0xA59,0xA5C,'L'}, {0xA5E,0xA5E,'L'}, {0xA66,0xA6F,'D'}, {0xA70,0xA71,'P'},
    {0xA72,0xA74,'L'}, {0xA75,0xA76,'P'}, {0xA81,0xA83,'P'}, {0xA85,0xA8D,'L'},
    {0xA8F,0xA91,'L'}, {0xA93,0xAA8,'L'}, {0xAAA,0xAB0,'L'}, {0xAB2,0xAB3,'L'},
    {0xAB5,0xAB9,'L'}, {0xABC,0xABC,'P'}, {0xABD,0xABD,'L'}, {0xABE,0xAC5,'P'},
    {0xAC7,0xAC9,'P'}, {0xACB,0xACD,'P'}, {0xAD0,0xAD0,'L'}, {0xAE0,0xAE1,'L'},
    {0xAE2,0xAE3,'P'}, {0xAE6,0xAEF,'D'}, {0xAF0,0xAF1,'P'}, {0xAF9,0xAF9,'L'},
    {0xAFA,0xAFF,'P'}, {0xB01,0xB03,'P'}, {0xB05,0xB0C,'L'}, {0xB0F,0xB10,'L'},
    {0xB13,0xB28,'L'}, {0xB2A,0xB30,'L'}, {0xB32,0xB33,'L'}, {0xB35,0xB39,'L'},
    {0xB3C,0xB3C,'P'}, {0xB3D,0xB3D,'L'}, {0xB3E,0xB44,'P'}, {0xB47,0xB48,'P'},
    {0xB4B,0xB4D,'P'}, {0xB55,0xB57,'P'}, {0xB5C,0xB5D,'L'}, {0xB5F,0xB61,'L'},
    {0xB62,0xB63,'P'}, {0xB66,0xB6F,'D'}, {0xB70,0xB70,'P'}, {0xB71,0xB71,'L'},
    {0xB72,0xB77,'P'}, {0xB82,0xB82,'P'}, {0xB83,0xB83,'L'}, {0xB85,0xB8A,'L'},
    {0xB8E,0xB90,'L'}, {0xB92,0xB95,'L'}, {0xB99,0xB9A,'L'}, {0xB9C,0xB9C,'L'},
    {0xB9E,0xB9F,'L'}, {0xBA3,0xBA4,'L'}, {0xBA8,0xBAA,'L'}, {0xBAE,0xBB9,'L'},
    {0xBBE,0xBC2,'P'}, {0xBC6,0xBC8,'P'}, {0xBCA,0xBCD,'P'}, {0xBD0,0xBD0,'L'},
    {0xBD7,0xBD7,'P'}, {0xBE6,0xBEF,'D'}, {0xBF0,0xBFA,'P'}, {0xC00,0xC04,'P'},
    {0xC05,0xC0C,'L'}, {0xC0E,0xC10,'L'}, {0xC12,0xC28,'L'}, {0xC2A,0xC39,'L'},
    {0xC3D,0xC3D,'L'}, {0xC3E,0xC44,'P'}, {0xC46,0xC48,'P'}, {0xC4A,0xC4D,'P'},
    {0xC55,0xC56,'P'}, {0xC58,0xC5A,'L'}, {0xC60,0xC61,'L'}, {0xC62,0xC63,'P'},
    {0xC66,0xC6F,'D'}, {0xC77,0xC7F,'P'}, {0xC80,0xC80,'L'}, {0xC81,0xC84,'P'},
    {0xC85,0xC8C,'L'}, {0xC8E,0xC90,'L'}, {0xC92,0xCA8,'L'}, {0xCAA,0xCB3,'L'},
    {0xCB5,0xCB9,'L'}, {0xCBC,0xCBC,'P'}, {0xCBD,0xCBD,'L'}, {0xCBE,0xCC4,'P'},
    {0xCC6,0xCC8,'P'}, {0xCCA,0xCCD,'P'}, {0xCD5,0xCD6,'P'}, {0xCDE,0xCDE,'L'},
    {0xCE0,0xCE1,'L'}, {0xCE2,0xCE3,'P'}, {0xCE6,0xCEF,'D'}, {0xCF1,0xCF2,'L'},
    {0xD00,0xD03,'P'}, {0xD04,0xD0C,'L'}, {0xD0E,0xD10,'L'}, {0xD12,0xD3A,'L'},
    {0xD3B,0xD3C,'P'}, {0xD3D,0xD3D,'L'}, {0xD3E,0xD44,'P'}, {0xD46,0xD48,'P'},
    {0xD4A,0xD4D,'P'}, {0xD4E,0xD4E,'L'}, {0xD4F,0xD4F,'P'}, {0xD54,0xD56,'L'},
    {0xD57,0xD5E,'P'}, {0xD5F,0xD61,'L'}, {0xD62,0xD63,'P'}, {0xD66,0xD6F,'D'},
    {0xD70,0xD79,'P'}, {0xD7A,0xD7F,'L'}, {0xD81,0xD83,'P'}, {0xD85,0xD96,'L'},
    {0xD9A,0xDB1,'L'}, {0xDB3,0xDBB,'L'}, {0xDBD,0xDBD,'L'}, {0xDC0,0xDC6,'L'},
    {0xDCA,0xDCA,'P'}, {0xDCF,0xDD4,'P'}, {0xDD6,0xDD6,'P'}, {0xDD8,0xDDF,'P'},
    {0xDE6,0xDEF,'D'}, {0xDF2,0xDF4,'P'}, {0xE01,0xE30,'L'}, {0xE31,0xE31,'P'},
    {0xE32,0xE33,'L'}, {0xE34,0xE3A,'P'}, {0xE3F,0xE3F,'P'}, {0xE40,0xE46,'L'},
    {0xE47,0xE4F,'P'}, {0xE50,0xE59,'D'}, {0xE5A,0xE5B,'P'}, {0xE81,0xE82,'L'},
    {0xE84,0xE84,'L'}, {0xE86,0xE8A,'L'}, {0xE8C,0xEA3,'L'}, {0xEA5,0xEA5,'L'},
    {0xEA7,0xEB0,'L'}, {0xEB1,0xEB1,'P'}, {0xEB2,0xEB3,'L'}, {0xEB4,0xEBC,'P'},
    {0xEBD,0xEBD,'L'}, {0xEC0,0xEC4,'L'}, {0xEC6,0xEC6,'L'}, {0xEC8,0xECD,'P'},
    {0xED0,0xED9,'D'}, {0xEDC,0xEDF,'L'}, {0xF00,0xF00,'L'}, {0xF01,0xF1F,'P'},
    {0xF20,0xF29,'D'}, {0xF2A,0xF3F,'P'}, {0xF40,0xF47,'L'}, {0xF49,0xF6C,'L'},
    {0xF71,0xF87,'P'}, {0xF88,0xF8C,'L'}, {0xF8D,0xF97,'P'}, {0xF99,0xFBC,'P'},
    {0xFBE,0xFCC,'P'}, {0xFCE,0xFDA,'P'}, {0x1000,0x102A,'L'}, {0x102B,0x103E,'P'},
    {0x103F,0x103F,'L'}, {0x1040,0x1049,'D'}, {0x104A,0x104F,'P'}, {0x1050,0x1055,'L'},
    {0x1056,0x1059,'P'}, {0x105A,0x105D,'L'}, {0x105E,0x1060,'P'}, {0x1061,0x1061,'L'},
    {0x1062,0x1064,'P'}, {0x1065,0x1066,'L'}, {0x1067,0x106D,'P'}, {0x106E,0x1070,'L'},
    {0x1071,0x1074,'P'}, {0x1075,0x1081,'L'}, {0x1082,0x108D,'P'}, {0x108E,0x108E,'L'},
    {0x108F,0x108F,'P'}, {0x1090,0x1099,'D'}, {0x109A,0x109F,'P'}, {0x10A0,0x10C5,'L'},
    {0x10C7,0x10C7,'L'}, {0x10CD,0x10CD,'L'}, {0x10D0,0x10FA,'L'}, {0x10FB,0x10FB,'P'},
    {0x10FC,0x1248,'L'}, {0x124A,0x124D,'L'}, {0x1250,0x1256,'L'}, {0x1258,0x1258,'L'},
    {0x125A,0x125D,'L'}, {0x1260,0x1288,'L'}, {0x128A,0x128D,'L'}, {0x1290,0x12B0,'L'},
    {0x12B2,0x12B5,'L'}, {0x12B8,0x12BE,'L'}, {0x12C0,0x12C0,'L'}, {0x12C2,0x12C5,'L'},
    {0x12C8,0x12D6,'L'}, {0x12D8,0x1310,'L'}, {0x1312,0x1315,'L'}, {0x1318,0x135A,'L'},
    {0x135D,0x137C,'P'}, {0x1380,0x138F,'L'}, {0x1390,0x1399,'P'}, {0x13A0,0x13F5,'L'},
    {0x13F8,0x13FD,'L'}, {0x1400,0x1400,'P'}, {0x1401,0x166C,'L'}, {0x166D,0x166E,'P'},
    {0x166F,0x167F,'L'}, {0x1681,0x169A,'L'}, {0x169B,0x169C,'P'}, {0x16A0,0x16EA,'L'},
    {0x16EB,0x16F0,'P'}, {0x16F1,0x16F8,'L'}, {0x1700,0x170C,'L'}, {0x170E,0x1711,'L'},
    {0x1712,0x1714,'P'}, {0x1720,0x1731,'L'}, {0x1732,0x1736,'P'}, {0x1740,0x1751,'L'},
    {0x1752,0x1753,'P'}, {0x1760,0x176C,'L'}, {0x176E,0x1770,'L'}, {0x1772,0x1773,'P'},
    {0x1780,0x17B3,'L'}, {0x17B4,0x17D6,'P'}, {0x17D7,0x17D7,'L'}, {0x17D8,0x17DB,'P'},
    {0x17DC,0x17DC,'L'}, {0x17DD,0x17DD,'P'}, {0x17E0,0x17E9,'D'}, {0x17F0,0x17F9,'P'},
    {0x1800,0x180D,'P'}, {0x1810,0x1819,'D'}, {0x1820,0x1878,'L'}, {0x1880,0x1884,'L'},
    {0x1885,0x1886,'P'}, {0x1887,0x18A8,'L'}, {0x18A9,0x18A9,'P'}, {0x18AA,0x18AA,'L'},
    {0x18B0,0x18F5,'L'}, {0x1900,0x191E,'L'}, {0x1920,0x192B,'P'}, {0x1930,0x193B,'P'},
    {0x1940,0x1940,'P'}, {0x1944,0x1945,'P'}, {0x1946,0x194F,'D'}, {0x1950,0x196D,'L'},
    {0x1970,0x1974,'L'}, {0x1980,0x19AB,'L'}, {0x19B0,0x19C9,'L'}, {0x19D0,0x19D9,'D'},
    {0x19DA,0x19DA,'P'}, {0x19DE,0x19FF,'P'}, {0x1A00,0x1A16,'L'}, {0x1A17,0x1A1B,'P'},
    {0x1A1E,0x1A1F,'P'}, {0x1A20,0x1A54,'L'}, {0x1A55,0x1A5E,'P'}, {0x1A60,0x1A7C,'P'},
    {0x1A7F,0x1A7F,'P'}, {0x1A80,0x1A89,'D'}, {0x1A90,0x1A99,'D'}, {0x1AA0,0x1AA6,'P'},
    {0x1AA7,0x1AA7,'L'}, {0x1AA8,0x1AAD,'P'}, {0x1AB0,0x1AC0,'P'}, {0x1B00,0x1B04,'P'},
    {0x1B05,0x1B33,'L'}, {0x1B34,0x1B44,'P'}, {0x1B45,0x1B4B,'L'}, {0x1B50,0x1B59,'D'},
    {0x1B5A,0x1B7C,'P'}, {0x1B80,0x1B82,'P'}, {0x1B83,0x1BA0,'L'}, {0x1BA1,0x1BAD,'P'},
    {0x1BAE,0x1BAF,'L'}, {0x1BB0,0x1BB9,'D'}, {0x1BBA,0x1BE5,'L'}, {0x1BE6,0x1BF3,'P'},
    {0x1BFC,0x1BFF,'P'}, {0x1C00,0x1C23,'L'}, {0x1C24,0x1C37,'P'}, {0x1C3B,0x1C3F,'P'},
    {0x1C40,0x1C49,'D'}, {0x1C4D,0x1C4F,'L'}, {0x1C50,0x1C59,'D'}, {0x1C5A,0x1C7D,'L'},
    {0x1C7E,0x1C7F,'P'}, {0x1C80,0x1C88,'L'}, {0x1C90,0x1CBA,'L'}, {0x1CBD,0x1CBF,'L'},
    {0x1CC0,0x1CC7,'P'}, {0x1CD0,0x1CE8,'P'}, {0x1CE9,0x1CEC,'L'}, {0x1CED,0x1CED,'P'},
    {0x1CEE,0x1CF3,'L'}, {0x1CF4,0x1CF4,'P'}, {0x1CF5,0x1CF6,'L'}, {0x1CF7,0x1CF9,'P'},
    {0x1CFA,0x1CFA,'L'}, {0x1D00,0x1DBF,'L'}, {0x1DC0,0x1DF9,'P'}, {0x1DFB,0x1DFF,'P'},
    {0x1E00,0x1F15,'L'}, {0x1F18,0x1F1D,'L'}, {0x1F20,0x1F45,'L'}, {0x1F48,0x1F4D,'L'},
    {0x1F50,0x1F57,'L'}, {0x1F59,0x1F59,'L'}, {0x1F5B,0x1F5B,'L'}, {0x1F5D,0x1F5D,'L'},
    {0x1F5F,0x1F7D,'L'}, {0x1F80,0x1FB4,'L'}, {0x1FB6,0x1FBC,'L'}, {0x1FBD,0x1FBD,'P'},
    {0x1FBE,0x1FBE,'L'}, {0x1FBF,0x1FC1,'P'}, {0x1FC2,0x1FC4,'L'}, {0x1FC6,0x1FCC,'L'},
    {0x1FCD,0x1FCF,'P'}, {0x1FD0,0x1FD3,'L'}, {0x1FD6,0x1FDB,'L'}, {0x1FDD,0x1FDF,'P'},
    {0x1FE0,0x1FEC,'L'}, {0x1FED,0x1FEF,'P'}, {0x1FF2,0x1FF4,'L'}, {0x1FF6,0x1FFC,'L'},
    {0x1FFD,0x1FFE,'P'}, {0x2010,0x2027,'P'}, {0x2030,0x205E,'P'}, {0x2070,0x2070,'P'},
    {0x2071,0x2071,'L'}, {0x2074,0x207E,'P'}, {0x207F,0x207F,'L'}, {0x2080,0x208E,'P'},
    {0x2090,0x209C,'L'}, {0x20A0,0x20BF,'P'}, {0x20D0,0x20F0,'P'}, {0x2100,0x2101,'P'},
    {0x2102,0x2102,'L'}, {0x2103,0x2106,'P'}, {0x2107,0x2107,'L'}, {0x2108,0x2109,'P'},
    {0x210A,0x2113,'L'}, {0x2114,0x2114,'P'}, {0x2115,0x2115,'L'}, {0x2116,0x2118,'P'},
    {0x2119,0x211D,'L'}, {0x211E,0x2123,'P'}, {0x2124,0x2124,'L'}, {0x2125,0x2125,'P'},
    {0x2126,0x2126,'L'}, {0x2127,0x2127,'P'}, {0x2128,0x2128,'L'}, {0x2129,0x2129,'P'},
    {0x212A,0x212D,'L'}, {0x212E,0x212E,'P'}, {0x212F,0x2139,'L'}, {0x213A,0x213B,'P'},
    {0x213C,0x213F,'L'}, {0x2140,0x2144,'P'}, {0x2145,0x2149,'L'}, {0x214A,0x214D,'P'},
    {0x214E,0x214E,'L'}, {0x214F,0x2182,'P'}, {0x2183,0x2184,'L'}, {0x2185,0x218B,'P'},
    {0x2190,0x2426,'P'}, {0x2440,0x244A,'P'}, {0x2460,0x2B73,'P'}, {0x2B76,0x2B95,'P'},
    {0x2B97,0x2BFF,'P'}, {0x2C00,0x2C2E,'L'}, {0x2C30,0x2C5E,'L'}, {0x2C60,0x2CE4,'L'},
    {0x2CE5,0x2CEA,'P'}, {0x2CEB,0x2CEE,'L'}, {0x2CEF,0x2CF1,'P'}, {0x2CF2,0x2CF3,'L'},
    {0x2CF9,0x2CFF,'P'}, {0x2D00,0x2D25,'L'}, {0x2D27,0x2D27,'L'}, {0x2D2D,0x2D2D,'L'},
    {0x2D30,0x2D67,'L'}, {0x2D6F,0x2D6F,'L'}, {0x2D70,0x2D70,'P'}, {0x2D7F,0x2D7F,'P'},
    {0x2D80,0x2D96,'L'}, {0x2DA0,0x2DA6,'L'}, {0x2DA8,0x2DAE,'L'}, {0x2DB0,0x2DB6,'L'},
    {0x2DB8,0x2DBE,'L'}, {0x2DC0,0x2DC6,'L'}, {0x2DC8,0x2DCE,'L'}, {0x2DD0,0x2DD6,'L'},
    {0x2DD8,0x2DDE,'L'}, {0x2DE0,0x2E2E,'P'}, {0x2E2F,0x2E2F,'L'}, {0x2E30,0x2E52,'P'},
    {0x2E80,0x2E99,'P'}, {0x2E9B,0x2EF3,'P'}, {0x2F00,0x2FD5,'P'}, {0x2FF0,0x2FFB,'P'},
    {0x3001,0x3004,'P'}, {0x3005,0x3006,'L'}, {0x3007,0x3030,'P'}, {0x3031,0x3035,'L'},
    {0x3036,0x303A,'P'}, {0x303B,0x303C,'L'}, {0x303D,0x303F,'P'}, {0x3041,0x3096,'L'},
    {0x3099,0x309C,'P'}, {0x309D,0x309F,'L'}, {0x30A0,0x30A0,'P'}, {0x30A1,0x30FA,'L'},
    {0x30FB,0x30FB,'P'}, {0x30FC,0x30FF,'L'}, {0x3105,0x312F,'L'}, {0x3131,0x318E,'L'},
    {0x3190,0x319F,'P'}, {0x31A0,0x31BF,'L'}, {0x31C0,0x31E3,'P'}, {0x31F0,0x31FF,'L'},
    {0x3200,0x321E,'P'}, {0x3220,0x33FF,'P'}, {0x3400,0x4DBF,'L'}, {0x4DC0,0x4DFF,'P'},
    {0x4E00,0x9FFC,'L'}, {0xA000,0xA48C,'L'}, {0xA490,0xA4C6,'P'}, {0xA4D0,0xA4FD,'L'},
    {0xA4FE,0xA4FF,'P'}, {0xA500,0xA60C,'L'}, {0xA60D,0xA60F,'P'}, {0xA610,0xA61F,'L'},
    {0xA620,0xA629,'D'}, {0xA62A,0xA62B,'L'}, {0xA640,0xA66E,'L'}, {0xA66F,0xA67E,'P'},
    {0xA67F,0xA69D,'L'}, {0xA69E,0xA69F,'P'}, {0xA6A0,0xA6E5,'L'}, {0xA6E6,0xA6F7,'P'},
    {0xA700,0xA716,'P'}, {0xA717,0xA71F,'L'}, {0xA720,0xA721,'P'}, {0xA722,0xA788,'L'},
    {0xA789,0xA78A,'P'}, {0xA78B,0xA7BF,'L'}, {0xA7C2,0xA7CA,'L'}, {0xA7F5,0xA801,'L'},
    {0xA802,0xA802,'P'}, {0xA803,0xA805,'L'}, {0xA806,0xA806,'P'}, {0xA807,0xA80A,'L'},
    {0xA80B,0xA80B,'P'}, {0xA80C,0xA822,'L'}, {0xA823,0xA82C,'P'}, {0xA830,0xA839,'P'},
    {0xA840,0xA873,'L'}, {0xA874,0xA877,'P'}, {0xA880,0xA881,'P'}, {0xA882,0xA8B3,'L'},
    {0xA8B4,0xA8C5,'P'}, {0xA8CE,0xA8CF,'P'}, {0xA8D0,0xA8D9,'D'}, {0xA8E0,0xA8F1,'P'},
    {0xA8F2,0xA8F7,'L'}, {0xA8F8,0xA8FA,'P'}, {0xA8FB,0xA8FB,'L'}, {0xA8FC,0xA8FC,'P'},
    {0xA8FD,0xA8FE,'L'}, {0xA8FF,0xA8FF,'P'}, {0xA900,0xA909,'D'}, {0xA90A,0xA925,'L'},
    {0xA926,0xA92F,'P'}, {0xA930,0xA946,'L'}, {0xA947,0xA953,'P'}, {0xA95F,0xA95F,'P'},
    {0xA960,0xA97C,'L'}, {0xA980,0xA983,'P'}, {0xA984,0xA9B2,'L'}, {0xA9B3,0xA9CD,'P'},
    {0xA9CF,0xA9CF,'L'}, {0xA9D0,0xA9D9,'D'}, {0xA9DE,0xA9DF,'P'}, {0xA9E0,0xA9E4,'L'},
    {0xA9E5,0xA9E5,'P'}, {0xA9E6,0xA9EF,'L'}, {0xA9F0,0xA9F9,'D'}, {0xA9FA,0xA9FE,'L'},
    {0xAA00,0xAA28,'L'}, {0xAA29,0xAA36,'P'}, {0xAA40,0xAA42,'L'}, {0xAA43,0xAA43,'P'},
    {0xAA44,0xAA4B,'L'}, {0xAA4C,0xAA4D,'P'}, {0xAA50,0xAA59,'D'}, {0xAA5C,0xAA5F,'P'},
    {0xAA60,0xAA76,'L'}, {0xAA77,0xAA79,'P'}, {0xAA7A,0xAA7A,'L'}, {0xAA7B,0xAA7D,'P'},
    {0xAA7E,0xAAAF,'L'}, {0xAAB0,0xAAB0,'P'}, {0xAAB1,0xAAB1,'L'}, {0xAAB2,0xAAB4,'P'},
    {0xAAB5,0xAAB6,'L'}, {0xAAB7,0xAAB8,'P'}, {0xAAB9,0xAABD,'L'}, {0xAABE,0xAABF,'P'},
    {0xAAC0,0xAAC0,'L'}, {0xAAC1,0xAAC1,'P'}, {0xAAC2,0xAAC2,'L'}, {0xAADB,0xAADD,'L'},
    {0xAADE,0xAADF,'P'}, {0xAAE0,0xAAEA,'L'}, {0xAAEB,0xAAF1,'P'}, {0xAAF2,0xAAF4,'L'},
    {0xAAF5,0xAAF6,'P'}, {0xAB01,0xAB06,'L'}, {0xAB09,0xAB0E,'L'}, {0xAB11,0xAB16,'L'},
    {0xAB20,0xAB26,'L'}, {0xAB28,0xAB2E,'L'}, {0xAB30,0xAB5A,'L'}, {0xAB5B,0xAB5B,'P'},
    {0xAB5C,0xAB69,'L'}, {0xAB6A,0xAB6B,'P'}, {0xAB70,0xABE2,'L'}, {0xABE3,0xABED,'P'},
    {0xABF0,0xABF9,'D'}, {0xAC00,0xD7A3,'L'}, {0xD7B0,0xD7C6,'L'}, {0xD7CB,0xD7FB,'L'},
    {0xF900,0xFA6D,'L'}, {0xFA70,0xFAD9,'L'}, {0xFB00,0xFB06,'L'}, {0xFB13,0xFB17,'L'},
    {0xFB1D,0xFB1D,'L'}, {0xFB1E,0xFB1E,'P'}, {0xFB1F,0xFB28,'L'}, {0xFB29,0xFB29,'P'},
    {0xFB2A,0xFB36,'L'}, {0xFB38,0xFB3C,'L'}, {0xFB3E,0xFB3E,'L'}, {0xFB40,0xFB41,'L'},
    {0xFB43,0xFB44,'L'}, {0xFB46,0xFBB1,'L'}, {0xFBB2,0xFBC1,'P'}, {0xFBD3,0xFD3D,'L'},
    {0xFD3E,0xFD3F,'P'}, {0xFD50,0xFD8F,'L'}, {0xFD92,0xFDC7,'L'}, {0xFDF0,0xFDFB,'L'},
    {0xFDFC,0xFDFD,'P'}, {0xFE00,0xFE19,'P'}, {0xFE20,0xFE52,'P'}, {0xFE54,0xFE66,'P'},
    {0xFE68,0xFE6B,'P'}, {0xFE70,0xFE74,'L'}, {0xFE76,0xFEFC,'L'}, {0xFF01,0xFF0F,'P'},
    {0xFF10,0xFF19,'D'}, {0xFF1A,0xFF20,'P'}, {0xFF21,0xFF3A,'L'}, {0xFF3B,0xFF40,'P'},
    {0xFF41,0xFF5A,'L'}, {0xFF5B,0xFF65,'P'}, {0xFF66,0xFFBE,'L'}, {0xFFC2,0xFFC7,'L'},
    {0xFFCA,0xFFCF,'L'}, {0xFFD2,0xFFD7,'L'}, {0xFFDA,0xFFDC,'L'}, {0xFFE0,0xFFE6,'P'},
    {0xFFE8,0xFFEE,'P'}, {0xFFFC,0xFFFD,'P'}, {0x10000,0x1000B,'L'}, {0x1000D,0x10026,'L'},
    {0x10028,0x1003A,'L'}, {0x1003C,0x1003D,'L'}, {0x1003F,0x1004D,'L'}, {0x10050,0x1005D,'L'},
    {0x10080,0x100FA,'L'}, {0x10100,0x10102,'P'}, {0x10107,0x10133,'P'}, {0x10137,0x1018E,'P'},
    {0x10190,0x1019C,'P'}, {0x101A0,0x101A0,'P'}, {0x101D0,0x101FD,'P'}, {0x10280,0x1029C,'L'},
    {0x102A0,0x102D0,'L'}, {0x102E0,0x102FB,'P'}, {0x10300,0x1031F,'L'}, {0x10320,0x10323,'P'},
    {0x1032D,0x10340,'L'}, {0x10341,0x10341,'P'}, {0x10342,0x10349,'L'}, {0x1034A,0x1034A,'P'},
    {0x10350,0x10375,'L'}, {0x10376,0x1037A,'P'}, {0x10380,0x1039D,'L'}, {0x1039F,0x1039F,'P'},
    {0x103A0,0x103C3,'L'}, {0x103C8,0x103CF,'L'}, {0x103D0,0x103D5,'P'}, {0x10400,0x1049D,'L'},
    {0x104A0,0x104A9,'D'}, {0x104B0,0x104D3,'L'}, {0x104D8,0x104FB,'L'}, {0x10500,0x10527,'L'},
    {0x10530,0x10563,'L'}, {0x1056F,0x1056F,'P'}, {0x10600,0x10736,'L'}, {0x10740,0x10755,'L'},
    {0x10760,0x10767,'L'}, {0x10800,0x10805,'L'}, {0x10808,0x10808,'L'}, {0x1080A,0x10835,'L'},
    {0x10837,0x10838,'L'}, {0x1083C,0x1083C,'L'}, {0x1083F,0x10855,'L'}, {0x10857,0x1085F,'P'},
    {0x10860,0x10876,'L'}, {0x10877,0x1087F,'P'}, {0x10880,0x1089E,'L'}, {0x108A7,0x108AF,'P'},
    {0x108E0,0x108F2,'L'}, {0x108F4,0x108F5,'L'}, {0x108FB,0x108FF,'P'}, {0x10900,0x10915,'L'},
    {0x10916,0x1091B,'P'}, {0x1091F,0x1091F,'P'}, {0x10920,0x10939,'L'}, {0x1093F,0x1093F,'P'},
    {0x10980,0x109B7,'L'}, {0x109BC,0x109BD,'P'}, {0x109BE,0x109BF,'L'}, {0x109C0,0x109CF,'P'},
    {0x109D2,0x109FF,'P'}, {0x10A00,0x10A00,'L'}, {0x10A01,0x10A03,'P'}, {0x10A05,0x10A06,'P'},
    {0x10A0C,0x10A0F,'P'}, {0x10A10,0x10A13,'L'}, {0x10A15,0x10A17,'L'}, {0x10A19,0x10A35,'L'},
    {0x10A38,0x10A3A,'P'}, {0x10A3F,0x10A48,'P'}, {0x10A50,0x10A58,'P'}, {0x10A60,0x10A7C,'L'},
    {0x10A7D,0x10A7F,'P'}, {0x10A80,0x10A9C,'L'}, {0x10A9D,0x10A9F,'P'}, {0x10AC0,0x10AC7,'L'},
    {0x10AC8,0x10AC8,'P'}, {0x10AC9,0x10AE4,'L'}, {0x10AE5,0x10AE6,'P'}, {0x10AEB,0x10AF6,'P'},
    {0x10B00,0x10B35,'L'}, {0x10B39,0x10B3F,'P'}, {0x10B40,0x10B55,'L'}, {0x10B58,0x10B5F,'P'},
    {0x10B60,0x10B72,'L'}, {0x10B78,0x10B7F,'P'}, {0x10B80,0x10B91,'L'}, {0x10B99,0x10B9C,'P'},
    {0x10BA9,0x10BAF,'P'}, {0x10C00,0x10C48,'L'}, {0x10C80,0x10CB2,'L'}, {0x10CC0,0x10CF2,'L'},
    {0x10CFA,0x10CFF,'P'}, {0x10D00,0x10D23,'L'}, {0x10D24,0x10D27,'P'}, {0x10D30,0x10D39,'D'},
    {0x10E60,0x10E7E,'P'}, {0x10E80,0x10EA9,'L'}, {0x10EAB,0x10EAD,'P'}, {0x10EB0,0x10EB1,'L'},
    {0x10F00,0x10F1C,'L'}, {0x10F1D,0x10F26,'P'}, {0x10F27,0x10F27,'L'}, {0x10F30,0x10F45,'L'},
    {0x10F46,0x10F59,'P'}, {0x10FB0,0x10FC4,'L'}, {0x10FC5,0x10FCB,'P'}, {0x10FE0,0x10FF6,'L'},
    {0x11000,0x11002,'P'}, {0x11003,0x11037,'L'}, {0x11038,0x1104D,'P'}, {0x11052,0x11065,'P'},
    {0x11066,0x1106F,'D'}, {0x1107F,0x11082,'P'}, {0x11083,0x110AF,'L'}, {0x110B0,0x110BC,'P'},
    {0x110BE,0x110C1,'P'}, {0x110D0,0x110E8,'L'}, {0x110F0,0x110F9,'D'}, {0x11100,0x11102,'P'},
    {0x11103,0x11126,'L'}, {0x11127,0x11134,'P'}, {0x11136,0x1113F,'D'}, {0x11140,0x11143,'P'},
    {0x11144,0x11144,'L'}, {0x11145,0x11146,'P'}, {0x11147,0x11147,'L'}, {0x11150,0x11172,'L'},
    {0x11173,0x11175,'P'}, {0x11176,0x11176,'L'}, {0x11180,0x11182,'P'}, {0x11183,0x111B2,'L'},
    {0x111B3,0x111C0,'P'}, {0x111C1,0x111C4,'L'}, {0x111C5,0x111CF,'P'}, {0x111D0,0x111D9,'D'},
    {0x111DA,0x111DA,'L'}, {0x111DB,0x111DB,'P'}, {0x111DC,0x111DC,'L'}, {0x111DD,0x111DF,'P'},
    {0x111E1,0x111F4,'P'}, {0x11200,0x11211,'L'}, {0x11213,0x1122B,'L'}, {0x1122C,0x1123E,'P'},
    {0x11280,0x11286,'L'}, {0x11288,0x11288,'L'}, {0x1128A,0x1128D,'L'}, {0x1128F,0x1129D,'L'},
    {0x1129F,0x112A8,'L'}, {0x112A9,0x112A9,'P'}, {0x112B0,0x112DE,'L'}, {0x112DF,0x112EA,'P'},
    {0x112F0,0x112F9,'D'}, {0x11300,0x11303,'P'}, {0x11305,0x1130C,'L'}, {0x1130F,0x11310,'L'},
    {0x11313,0x11328,'L'}, {0x1132A,0x11330,'L'}, {0x11332,0x11333,'L'}, {0x11335,0x11339,'L'},
    {0x1133B,0x1133C,'P'}, {0x1133D,0x1133D,'L'}, {0x1133E,0x11344,'P'}, {0x11347,0x11348,'P'},
    {0x1134B,0x1134D,'P'}, {0x11350,0x11350,'L'}, {0x11357,0x11357,'P'}, {0x1135D,0x11361,'L'},
    {0x11362,0x11363,'P'}, {0x11366,0x1136C,'P'}, {0x11370,0x11374,'P'}, {0x11400,0x11434,'L'},
    {0x11435,0x11446,'P'}, {0x11447,0x1144A,'L'}, {0x1144B,0x1144F,'P'}, {0x11450,0x11459,'D'},
    {0x1145A,0x1145B,'P'}, {0x1145D,0x1145E,'P'}, {0x1145F,0x11461,'L'}, {0x11480,0x114AF,'L'},
    {0x114B0,0x114C3,'P'}, {0x114C4,0x114C5,'L'}, {0x114C6,0x114C6,'P'}, {0x114C7,0x114C7,'L'},
    {0x114D0,0x114D9,'D'}, {0x11580,0x115AE,'L'}, {0x115AF,0x115B5,'P'}, {0x115B8,0x115D7,'P'},
    {0x115D8,0x115DB,'L'}, {0x115DC,0x115DD,'P'}, {0x11600,0x1162F,'L'}, {0x11630,0x11643,'P'},
    {0x11644,0x11644,'L'}, {0x11650,0x11659,'D'}, {0x11660,0x1166C,'P'}, {0x11680,0x116AA,'L'},
    {0x116AB,0x116B7,'P'}, {0x116B8,0x116B8,'L'}, {0x116C0,0x116C9,'D'}, {0x11700,0x1171A,'L'},
    {0x1171D,0x1172B,'P'}, {0x11730,0x11739,'D'}, {0x1173A,0x1173F,'P'}, {0x11800,0x1182B,'L'},
    {0x1182C,0x1183B,'P'}, {0x118A0,0x118DF,'L'}, {0x118E0,0x118E9,'D'}, {0x118EA,0x118F2,'P'},
    {0x118FF,0x11906,'L'}, {0x11909,0x11909,'L'}, {0x1190C,0x11913,'L'}, {0x11915,0x11916,'L'},
    {0x11918,0x1192F,'L'}, {0x11930,0x11935,'P'}, {0x11937,0x11938,'P'}, {0x1193B,0x1193E,'P'},
    {0x1193F,0x1193F,'L'}, {0x11940,0x11940,'P'}, {0x11941,0x11941,'L'}, {0x11942,0x11946,'P'},
    {0x11950,0x11959,'D'}, {0x119A0,0x119A7,'L'}, {0x119AA,0x119D0,'L'}, {0x119D1,0x119D7,'P'},
    {0x119DA,0x119E0,'P'}, {0x119E1,0x119E1,'L'}, {0x119E2,0x119E2,'P'}, {0x119E3,0x119E3,'L'},
    {0x119E4,0x119E4,'P'}, {0x11A00,0x11A00,'L'}, {0x11A01,0x11A0A,'P'}, {0x11A0B,0x11A32,'L'},
    {0x11A33,0x11A39,'P'}, {0x11A3A,0x11A3A,'L'}, {0x11A3B,0x11A47,'P'}, {0x11A50,0x11A50,'L'},
    {0x11A51,0x11A5B,'P'}, {0x11A5C,0x11A89,'L'}, {0x11A8A,0x11A9C,'P'}, {0x11A9D,0x11A9D,'L'},
    {0x11A9E,0x11AA2,'P'}, {0x11AC0,0x11AF8,'L'}, {0x11C00,0x11C08,'L'}, {0x11C0A,0x11C2E,'L'},
    {0x11C2F,0x11C36,'P'}, {0x11C38,0x11C3F,'P'}, {0x11C40,0x11C40,'L'}, {0x11C41,0x11C45,'P'},
    {0x11C50,0x11C59,'D'}, {0x11C5A,0x11C6C,'P'}, {0x11C70,0x11C71,'P'}, {0x11C72,0x11C8F,'L'},
    {0x11C92,0x11CA7,'P'}, {0x11CA9,0x11CB6,'P'}, {0x11D00,0x11D06,'L'}, {0x11D08,0x11D09,'L'},
    {0x11D0B,0x11D30,'L'}, {0x11D31,0x11D36,'P'}, {0x11D3A,0x11D3A,'P'}, {0x11D3C,0x11D3D,'P'},
    {0x11D3F,0x11D45,'P'}, {0x11D46,0x11D46,'L'}, {0x11D47,0x11D47,'P'}, {0x11D50,0x11D59,'D'},
    {0x11D60,0x11D65,'L'}, {0x11D67,0x11D68,'L'}, {0x11D6A,0x11D89,'L'}, {0x11D8A,0x11D8E,'P'},
    {0x11D90,0x11D91,'P'}, {0x11D93,0x11D97,'P'}, {0x11D98,0x11D98,'L'}, {0x11DA0,0x11DA9,'D'},
    {0x11EE0,0x11EF2,'L'}, {0x11EF3,0x11EF8,'P'}, {0x11FB0,0x11FB0,'L'}, {0x11FC0,0x11FF1,'P'},
    {0x11FFF,0x11FFF,'P'}, {0x12000,0x12399,'L'}, {0x12400,0x1246E,'P'}, {0x12470,0x12474,'P'},
    {0x12480,0x12543,'L'}, {0x13000,0x1342E,'L'}, {0x14400,0x14646,'L'}, {0x16800,0x16A38,'L'},
    {0x16A40,0x16A5E,'L'}, {0x16A60,0x16A69,'D'}, {0x16A6E,0x16A6F,'P'}, {0x16AD0,0x16AED,'L'},
    {0x16AF0,0x16AF5,'P'}, {0x16B00,0x16B2F,'L'}, {0x16B30,0x16B3F,'P'}, {0x16B40,0x16B43,'L'},
    {0x16B44,0x16B45,'P'}, {0x16B50,0x16B59,'D'}, {0x16B5B,0x16B61,'P'}, {0x16B63,0x16B77,'L'},
    {0x16B7D,0x16B8F,'L'}, {0x16E40,0x16E7F,'L'}, {0x16E80,0x16E9A,'P'}, {0x16F00,0x16F4A,'L'},
    {0x16F4F,0x16F4F,'P'}, {0x16F50,0x16F50,'L'}, {0x16F51,0x16F87,'P'}, {0x16F8F,0x16F92,'P'},
    {0x16F93,0x16F9F,'L'}, {0x16FE0,0x16FE1,'L'}, {0x16FE2,0x16FE2,'P'}, {0x16FE3,0x16FE3,'L'},
    {0x16FE4,0x16FE4,'P'}, {0x16FF0,0x16FF1,'P'}, {0x17000,0x187F7,'L'}, {0x18800,0x18CD5,'L'},
    {0x18D00,0x18D08,'L'}, {0x1B000,0x1B11E,'L'}, {0x1B150,0x1B152,'L'}, {0x1B164,0x1B167,'L'},
    {0x1B170,0x1B2FB,'L'}, {0x1BC00,0x1BC6A,'L'}, {0x1BC70,0x1BC7C,'L'}, {0x1BC80,0x1BC88,'L'},
    {0x1BC90,0x1BC99,'L'}, {0x1BC9C,0x1BC9F,'P'}, {0x1D000,0x1D0F5,'P'}, {0x1D100,0x1D126,'P'},
    {0x1D129,0x1D172,'P'}, {0x1D17B,0x1D1E8,'P'}, {0x1D200,0x1D245,'P'}, {0x1D2E0,0x1D2F3,'P'},
    {0x1D300,0x1D356,'P'}, {0x1D360,0x1D378,'P'}, {0x1D400,0x1D454,'L'}, {0x1D456,0x1D49C,'L'},
    {0x1D49E,0x1D49F,'L'}, {0x1D4A2,0x1D4A2,'L'}, {0x1D4A5,0x1D4A6,'L'}, {0x1D4A9,0x1D4AC,'L'},
    {0x1D4AE,0x1D4B9,'L'}, {0x1D4BB,0x1D4BB,'L'}, {0x1D4BD,0x1D4C3,'L'}, {0x1D4C5,0x1D505,'L'},
    {0x1D507,0x1D50A,'L'}, {0x1D50D,0x1D514,'L'}, {0x1D516,0x1D51C,'L'}, {0x1D51E,0x1D539,'L'},
    {0x1D53B,0x1D53E,'L'}, {0x1D540,0x1D544,'L'}, {0x1D546,0x1D546,'L'}, {0x1D54A,0x1D550,'L'},
    {0x1D552,0x1D6A5,'L'}, {0x1D6A8,0x1D6C0,'L'}, {0x1D6C1,0x1D6C1,'P'}, {0x1D6C2,0x1D6DA,'L'},
    {0x1D6DB,0x1D6DB,'P'}, {0x1D6DC,0x1D6FA,'L'}, {0x1D6FB,0x1D6FB,'P'}, {0x1D6FC,0x1D714,'L'},
    {0x1D715,0x1D715,'P'}, {0x1D716,0x1D734,'L'}, {0x1D735,0x1D735,'P'}, {0x1D736,0x1D74E,'L'},
    {0x1D74F,0x1D74F,'P'}, {0x1D750,0x1D76E,'L'}, {0x1D76F,0x1D76F,'P'}, {0x1D770,0x1D788,'L'},
    {0x1D789,0x1D789,'P'}, {0x1D78A,0x1D7A8,'L'}, {0x1D7A9,0x1D7A9,'P'}, {0x1D7AA,0x1D7C2,'L'},
    {0x1D7C3,0x1D7C3,'P'}, {0x1D7C4,0x1D7CB,'L'}, {0x1D7CE,0x1D7FF,'D'}, {0x1D800,0x1DA8B,'P'},
    {0x1DA9B,0x1DA9F,'P'}, {0x1DAA1,0x1DAAF,'P'}, {0x1E000,0x1E006,'P'}, {0x1E008,0x1E018,'P'},
    {0x1E01B,0x1E021,'P'}, {0x1E023,0x1E024,'P'}, {0x1E026,0x1E02A,'P'}, {0x1E100,0x1E12C,'L'},
    {0x1E130,0x1E136,'P'}, {0x1E137,0x1E13D,'L'}, {0x1E140,0x1E149,'D'}, {0x1E14E,0x1E14E,'L'},
    {0x1E14F,0x1E14F,'P'}, {0x1E2C0,0x1E2EB,'L'}, {0x1E2EC,0x1E2EF,'P'}, {0x1E2F0,0x1E2F9,'D'},
    {0x1E2FF,0x1E2FF,'P'}, {0x1E800,0x1E8C4,'L'}, {0x1E8C7,0x1E8D6,'P'}, {0x1E900,0x1E943,'L'},
    {0x1E944,0x1E94A,'P'}, {0x1E94B,0x1E94B,'L'}, {0x1E950,0x1E959,'D'}, {0x1E95E,0x1E95F,'P'},
    {0x1EC71,0x1ECB4,'P'}, {0x1ED01,0x1ED3D,'P'}, {0x1EE00,0x1EE03,'L'}, {0x1EE05,0x1EE1F,'L'},
    {0x1EE21,0x1EE22,'L'}, {0x1EE24,0x1EE24,'L'}, {0x1EE27,0x1EE27,'L'}, {0x1EE29,0x1EE32,'L'},
    {0x1EE34,0x1EE37,'L'}, {0x1EE39,0x1EE39,'L'}, {0x1EE3B,0x1EE3B,'L'}, {0x1EE42,0x1EE42,'L'},
    {0x1EE47,0x1EE47,'L'}, {0x1EE49,0x1EE49,'L'}, {0x1EE4B,0x1EE4B,'L'}, {0x1EE4D,0x1EE4F,'L'},
    {0x1EE51,0x1EE52,'L'}, {0x1EE54,0x1EE54,'L'}, {0x1EE57,0x1EE57,'L'}, {0x1EE59,0x1EE59,'L'},
    {0x1EE5B,0x1EE5B,'L'}, {0x1EE5D,0x1EE5D,'L'}, {0x1EE5F,0x1EE5F,'L'}, {0x1EE61,0x1EE62,'L'},
    {0x1EE64,0x1EE64,'L'}, {0x1EE67,0x1EE6A,'L'}, {0x1EE6C,0x1EE72,'L'}, {0x1EE74,0x1EE77,'L'},
    {0x1EE79,0x1EE7C,'L'}, {0x1EE7E,0x1EE7E,'L'}, {0x1EE80,0x1EE89,'L'}, {0x1EE8B,0x1EE9B,'L'},
    {0x1EEA1,0x1EEA3,'L'}, {0x1EEA5,0x1EEA9,'L'}, {0x1EEAB,0x1EEBB,'L'}, {0x1EEF0,0x1EEF1,'P'},
    {0x1F000,0x1F02B,'P'}, {0x1F030,0x1F093,'P'}, {0x1F0A0,0x1F0AE,'P'}, {0x1F0B1,0x1F0BF,'P'},
    {0x1F0C1,0x1F0CF,'P'}, {0x1F0D1,0x1F0F5,'P'}, {0x1F100,0x1F1AD,'P'}, {0x1F1E6,0x1F202,'P'},
    {0x1F210,0x1F23B,'P'}, {0x1F240,0x1F248,'P'}, {0x1F250,0x1F251,'P'}, {0x1F260,0x1F265,'P'},
    {0x1F300,0x1F6D7,'P'}, {0x1F6E0,0x1F6EC,'P'}, {0x1F6F0,0x1F6FC,'P'}, {0x1F700,0x1F773,'P'},
    {0x1F780,0x1F7D8,'P'}, {0x1F7E0,0x1F7EB,'P'}, {0x1F800,0x1F80B,'P'}, {0x1F810,0x1F847,'P'},
    {0x1F850,0x1F859,'P'}, {0x1F860,0x1F887,'P'}, {0x1F890,0x1F8AD,'P'}, {0x1F8B0,0x1F8B1,'P'},
    {0x1F900,0x1F978,'P'}, {0x1F97A,0x1F9CB,'P'}, {0x1F9CD,0x1FA53,'P'}, {0x1FA60,0x1FA6D,'P'},
    {0x1FA70,0x1FA74,'P'}, {0x1FA78,0x1FA7A,'P'}, {0x1FA80,0x1FA86,'P'}, {0x1FA90,0x1FAA8,'P'},
    {0x1FAB0,0x1FAB6,'P'}, {0x1FAC0,0x1FAC2,'P'}, {0x1FAD0,0x1FAD6,'P'}, {0x1FB00,0x1FB92,'P'},
    {0x1FB94,0x1FBCA,'P'}, {0x1FBF0,0x1FBF9,'D'}, {0x20000,0x2A6DD,'L'}, {0x2A700,0x2B734,'L'},
    {0x2B740,0x2B81D,'L'}, {0x2B820,0x2CEA1,'L'}, {0x2CEB0,0x2EBE0,'L'}, {0x2F800,0x2FA1D,'L'},
    {0x30000,0x3134A,'L'}, {0xE0100,0xE01EF,'P'},
};
/* END unicode_classes */

static UnicodeClass unicode_class(uint32_t r)
{
    int lo = 0, hi = (int)(sizeof unicode_classes / sizeof unicode_classes[0]);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (r < unicode_classes[mid].lo)
            hi = mid;
        else if (r > unicode_classes[mid].hi)
            lo = mid + 1;
        else
            return (UnicodeClass)unicode_classes[mid].class;
    }
    return U_OTHER;
}
