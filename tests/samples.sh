#!/bin/sh
# samples.sh — checks the programs of samples/: each NAME.go prints what
# NAME.out says, and when there is a NAME.m (NAME.m2), `gosub build -m -l`
# (-m=2) prints exactly that escape report (compiled in samples/, as Go's report was
# made: `go tool compile -p main -m -l NAME.go`). Both files come from Go
# 1.19. Ends with "N passed, N failed", like the runner.

set -u
gosub=$(cd "$(dirname "${1:-bin/gosub}")" && pwd)/$(basename "${1:-bin/gosub}")
cd "$(dirname "$0")/../samples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
for src in *.go; do
    name=${src%.go}
    ok=true
    if ! "$gosub" build -o "$tmp/$name" -m -l "$src" 2>"$tmp/$name.m"; then
        echo "FAIL samples/$src: gosub build failed"
        sed 's/^/    /' "$tmp/$name.m" | head -20
        failed=$((failed + 1))
        continue
    fi
    if [ -f "$name.m" ] && ! cmp -s "$name.m" "$tmp/$name.m"; then
        echo "FAIL samples/$src: the -m report differs from Go's ($name.m):"
        diff "$name.m" "$tmp/$name.m" | sed 's/^/    /' | head -20
        ok=false
    fi
    if [ -f "$name.m2" ]; then          # -m=2: the explanations too
        "$gosub" compile -o "$tmp/$name.c" -m=2 -l "$src" 2>"$tmp/$name.m2" || true
        if ! cmp -s "$name.m2" "$tmp/$name.m2"; then
            echo "FAIL samples/$src: the -m=2 report differs from Go's ($name.m2):"
            diff "$name.m2" "$tmp/$name.m2" | sed 's/^/    /' | head -20
            ok=false
        fi
    fi
    if [ -f "$name.out" ]; then
        "$tmp/$name" >"$tmp/$name.out" 2>&1
        if ! cmp -s "$name.out" "$tmp/$name.out"; then
            echo "FAIL samples/$src: the output differs from Go's ($name.out):"
            diff "$name.out" "$tmp/$name.out" | sed 's/^/    /' | head -20
            ok=false
        fi
    fi
    if $ok; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
