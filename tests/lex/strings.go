// tokens

// Rune, interpreted string and raw string literals, with every escape.
package p

var runes = []rune{
	'a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4',
	'\U00101234', '\a', '\b', '\f', '\n', '\r', '\v', '\\', '\'', '"',
	'\u00E9', '\U0010FFFF', '\uD7FF', '\uE000', ' ', '`',
}

var strs = []string{
	"", "abc", `abc`, "\n", "\"", "Hello, world!\n", "日本語",
	"\u65e5本\U00008a9e", "\xff\u00FF", "\a\b\f\n\r\t\v\\\"", "'", "`",
	"\000\377\x00\xFF\u0000\U00000000", "tab	inside", "/* not a comment */",
	"// not a comment either",
}

var raw = []string{`\n`, `"`, `'`, `a "quoted" \ back\slash`, `
multi
  line
`, `with a CR here:: and a CRLF line end:
done`, `/* not a comment */`, ``}

var after = raw[0] + `x
` + "y"
