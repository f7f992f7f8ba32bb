//go:build ignore

// gotokens prints the tokens of a Go file the way `gosub compile -dump=tokens`
// does, using Go's own go/scanner, so that the expected .tokens files of
// tests/lex come from Go rather than from gosub:
//
//	go run tests/tools/gotokens.go -- FILE.go > FILE.tokens
//
// (`go run` would take FILE.go for a source file of the program: the `--`
// stops that.)
//
// The format, one line per token: `LINE:COL KIND TEXT`, with KIND the name of
// gosub's TK_ token (IDENT, INT, ADD, ASSIGN_OP, SEMI, ...), TEXT the token's
// source text with control characters written as Go escapes (\n, \t, \x01),
// and an inserted semicolon's TEXT `newline` or `EOF`. The last line is
// `LINE:COL EOF`. Columns count bytes from 1.
//
// gosub follows gc's scanner (cmd/compile/internal/syntax), which differs from
// go/scanner in one place: where an automatic semicolon goes when comments
// follow the line's last token. go/scanner puts it at the first comment; gc
// skips comments without newlines and puts it at the newline, at a /* */
// comment that spans lines, or at the end of the file (`EOF`). semiPosition
// replays gc's rule.
package main

import (
	"bytes"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"sort"
	"strings"
)

// names maps go/scanner's tokens to gosub's TK_ names (without TK_).
var names = map[token.Token]string{
	token.IDENT: "IDENT", token.INT: "INT", token.FLOAT: "FLOAT", token.IMAG: "IMAG",
	token.CHAR: "CHAR", token.STRING: "STRING",

	token.ADD: "ADD", token.SUB: "SUB", token.MUL: "MUL", token.QUO: "QUO", token.REM: "REM",
	token.AND: "AND", token.OR: "OR", token.XOR: "XOR", token.SHL: "SHL", token.SHR: "SHR",
	token.AND_NOT: "AND_NOT",

	token.ADD_ASSIGN: "ASSIGN_OP", token.SUB_ASSIGN: "ASSIGN_OP", token.MUL_ASSIGN: "ASSIGN_OP",
	token.QUO_ASSIGN: "ASSIGN_OP", token.REM_ASSIGN: "ASSIGN_OP", token.AND_ASSIGN: "ASSIGN_OP",
	token.OR_ASSIGN: "ASSIGN_OP", token.XOR_ASSIGN: "ASSIGN_OP", token.SHL_ASSIGN: "ASSIGN_OP",
	token.SHR_ASSIGN: "ASSIGN_OP", token.AND_NOT_ASSIGN: "ASSIGN_OP",

	token.LAND: "LAND", token.LOR: "LOR", token.ARROW: "ARROW", token.INC: "INC", token.DEC: "DEC",
	token.EQL: "EQL", token.LSS: "LSS", token.GTR: "GTR", token.ASSIGN: "ASSIGN", token.NOT: "NOT",
	token.NEQ: "NEQ", token.LEQ: "LEQ", token.GEQ: "GEQ", token.DEFINE: "DEFINE",
	token.ELLIPSIS: "ELLIPSIS", token.TILDE: "TILDE",

	token.LPAREN: "LPAREN", token.LBRACK: "LBRACK", token.LBRACE: "LBRACE", token.COMMA: "COMMA",
	token.PERIOD: "PERIOD", token.RPAREN: "RPAREN", token.RBRACK: "RBRACK", token.RBRACE: "RBRACE",
	token.SEMICOLON: "SEMI", token.COLON: "COLON",
}

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run gotokens.go -- FILE.go")
		os.Exit(2)
	}
	path := args[0]
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fset := token.NewFileSet()
	file := fset.AddFile(path, fset.Base(), len(src))
	errors := 0
	var s scanner.Scanner
	s.Init(file, src, func(pos token.Position, msg string) {
		fmt.Fprintf(os.Stderr, "%s: %s\n", pos, msg)
		errors++
	}, 0)

	starts := lineStarts(src)
	var out strings.Builder
	for {
		pos, tok, lit := s.Scan()
		offset := file.Offset(pos)
		var text string
		switch {
		case tok == token.EOF:
			fmt.Fprintf(&out, "%s EOF\n", position(starts, offset))
		case tok == token.SEMICOLON && lit == "\n":
			offset, text = semiPosition(src, offset)
		case tok == token.STRING && src[offset] == '`':
			// go/scanner drops \r from lit; gosub prints the source text.
			end := offset + 1 + bytes.IndexByte(src[offset+1:], '`') + 1
			text = string(src[offset:end])
		case lit != "":
			text = lit
		default:
			text = tok.String()
		}
		if tok == token.EOF {
			break
		}
		name, ok := names[tok]
		if !ok {
			if !tok.IsKeyword() {
				fmt.Fprintf(os.Stderr, "%s: unexpected token %s\n", fset.PositionFor(pos, false), tok)
				os.Exit(1)
			}
			name = strings.ToUpper(tok.String())
		}
		fmt.Fprintf(&out, "%s %s %s\n", position(starts, offset), name, escape(text))
	}
	if errors > 0 {
		os.Exit(1)
	}
	fmt.Print(out.String())
}

// lineStarts is the offset of each line's first byte.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position is `LINE:COL` of a byte offset, columns counting bytes from 1.
// (go/token would put the end of a file that ends with a newline on the last
// line; gc, like gosub, puts it at the start of the line after.)
func position(starts []int, offset int) string {
	line := sort.Search(len(starts), func(i int) bool { return starts[i] > offset })
	return fmt.Sprintf("%d:%d", line, offset-starts[line-1]+1)
}

// semiPosition places an automatic semicolon that go/scanner reported at
// offset (the newline, the end of the file, or the first of the comments
// before them) where gc's scanner puts it, and says why it is there.
func semiPosition(src []byte, offset int) (int, string) {
	i := offset
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\r':
			i++
		case src[i] == '\n':
			return i, "newline"
		case bytes.HasPrefix(src[i:], []byte("//")):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case bytes.HasPrefix(src[i:], []byte("/*")):
			comment := src[i:]
			if end := bytes.Index(src[i+2:], []byte("*/")); end >= 0 {
				comment = src[i : i+2+end+2]
			}
			if bytes.IndexByte(comment, '\n') >= 0 {
				return i, "newline" // a comment spanning lines acts as a newline
			}
			i += len(comment)
		default:
			panic(fmt.Sprintf("offset %d: unexpected %q after the last token of a line", i, src[i]))
		}
	}
	return len(src), "EOF"
}

// escape writes control characters as Go escapes, so each token keeps to one line.
func escape(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
