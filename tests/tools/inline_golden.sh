#!/bin/sh
# inline_golden.sh FILE.go... — writes FILE.want beside each file: the
# "can inline" / "cannot inline" lines of Go 1.19's `go tool compile -m=2`
# (gc's inlining decisions, costs and bodies), in gc's order. Needs Go;
# tests/tools/inline_check.sh compares gosub's -dump=inline with them.
for f in "$@"; do
    dir=$(dirname "$f")
    base=$(basename "$f" .go)
    (cd "$dir" && go tool compile -m=2 -p main -o /dev/null "$base.go" 2>&1) |
        grep -E ': (can|cannot) inline ' > "$dir/$base.want"
    echo "wrote $dir/$base.want ($(wc -l < "$dir/$base.want") lines)"
done
