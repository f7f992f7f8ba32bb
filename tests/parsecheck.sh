#!/bin/sh
# parsecheck.sh — does gosub's parser accept what Go's does?
#
# Every .go file directly in $GOROOT/test, test/ken, test/chan and
# test/interface that gofmt accepts and that declares no type parameters
# must be accepted by `gosub compile -dump=ast` (exit 0, nothing on stderr).
# Prints the failures, then `N/M parseable files accepted`; exits 1 if any
# failed. Skipped (exit 0) when Go is not installed.
#
# usage: sh tests/parsecheck.sh [path/to/gosub]

gosub=${1:-bin/gosub}
# Scratch output goes to $tmp, never to /dev/null: a tool that replaces its
# output file would replace the device (as root).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! command -v go >"$tmp/which" 2>&1 || ! command -v gofmt >"$tmp/which" 2>&1; then
    echo "parsecheck: skipped (go is not installed)"
    exit 0
fi
goroot=$(go env GOROOT)

# A file "declares type parameters" if go/ast finds a type parameter list on
# a function or type declaration; a small Go program tells.
mkdir "$tmp/tparams"
cat >"$tmp/tparams/main.go" <<'EOF'
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
)

func main() {
	for _, name := range os.Args[1:] {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		generic := false
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncType:
				generic = generic || n.TypeParams != nil
			case *ast.TypeSpec:
				generic = generic || n.TypeParams != nil
			}
			return !generic
		})
		if !generic {
			fmt.Println(name)
		}
	}
}
EOF
(cd "$tmp/tparams" && GO111MODULE=off go build -o "$tmp/nogeneric" main.go) || exit 1

: >"$tmp/candidates"
for f in "$goroot"/test/*.go "$goroot"/test/ken/*.go "$goroot"/test/chan/*.go \
         "$goroot"/test/interface/*.go; do
    gofmt -e -l "$f" >"$tmp/gofmt.out" 2>&1 && echo "$f" >>"$tmp/candidates"
done
xargs "$tmp/nogeneric" <"$tmp/candidates" >"$tmp/files"

total=0
ok=0
while read -r f; do
    total=$((total + 1))
    if timeout 10 "$gosub" compile -dump=ast "$f" >"$tmp/out" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
        ok=$((ok + 1))
    else
        echo "FAIL ${f#$goroot/}: $(head -n 1 "$tmp/err")"
    fi
done <"$tmp/files"
echo "$ok/$total parseable files accepted"
[ "$ok" -eq "$total" ]
