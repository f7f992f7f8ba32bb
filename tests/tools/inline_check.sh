#!/bin/sh
# inline_check.sh [gosub] — for each tests/inline/*.go, compares the lines
# of `gosub build -dump=inline` (which functions gc would inline, at what
# cost, with which body) with the expected FILE.want that
# tests/tools/inline_golden.sh made with Go 1.19. Needs no Go; run by
# tests/all.sh. Prints each failure with a diff, then "N passed, N failed".
top=$(cd "$(dirname "$0")/../.." && pwd)
gosub=${1:-$top/bin/gosub}
case $gosub in /*) ;; *) gosub=$(pwd)/$gosub ;; esac
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$top"/tests/inline/*.go; do
    base=$(basename "$f" .go)
    want=$top/tests/inline/$base.want
    if [ ! -f "$want" ]; then
        echo "FAIL tests/inline/$base.go: no $base.want (tests/tools/inline_golden.sh makes it, with Go 1.19)"
        failed=$((failed + 1))
        continue
    fi
    (cd "$top/tests/inline" && "$gosub" build -dump=inline "$base.go" 2>&1) |
        grep -E ': (can|cannot) inline ' > "$tmp/got"
    if cmp -s "$want" "$tmp/got"; then
        passed=$((passed + 1))
    else
        echo "FAIL tests/inline/$base.go: -dump=inline differs from $base.want"
        diff "$want" "$tmp/got" | head -20
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
