#!/bin/sh
# annotate.sh — writes Go 1.19's own messages into an errorcheck test as its
# `// ERROR` annotations, so that expectations come from gc, never from
# gosub or from a hand.
#
#   sh tests/tools/annotate.sh tests/escape/closure.go ...
#
# For each file: reads the flags of its `// errorcheck` directive (for
# example `-0 -m -l`; -0 is the runner's "expect success" and is not a
# compiler flag), runs `go tool compile -C -e FLAGS` on it, removes the
# file's old `// ERROR ...` comments and appends to each line the messages
# gc printed for it, each as an exact regexp (`// ERROR "moved to heap: x"`).
# Lines gc says nothing about get no annotation. Needs Go 1.19; the output
# is committed, like the expected outputs of run tests.

set -eu

if ! command -v go >/dev/null 2>&1; then
    echo "annotate: needs Go 1.19 (go is not in PATH)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for file in "$@"; do
    flags=$(awk '/^\/\/ *errorcheck/ { sub(/^\/\/ *errorcheck */, ""); print; exit }' "$file")
    gcflags=""
    for f in $flags; do
        [ "$f" = "-0" ] || gcflags="$gcflags $f"
    done
    pkg=$(awk '/^package / { print $2; exit }' "$file")
    base=$(basename "$file")
    cp "$file" "$tmp/$base"
    # gc's messages on stdout, "base.go:LINE: message" with -C
    (cd "$tmp" && go tool compile -p "$pkg" -C -e $gcflags -o "$tmp/out.o" "$base" >"$tmp/msgs" 2>&1) || true
    awk -v msgs="$tmp/msgs" -v base="$base" '
        function quote(s,    r, i, c) {
            r = ""
            for (i = 1; i <= length(s); i++) {
                c = substr(s, i, 1)
                if (index("\\.+*?()[]{}^$|", c))
                    r = r "\\" c
                else
                    r = r c
            }
            if (index(r, "\""))          # the runner also takes `...`
                return "`" r "`"
            return "\"" r "\""
        }
        BEGIN {
            while ((getline line < msgs) > 0) {
                if (index(line, base ":") != 1)
                    continue
                rest = substr(line, length(base) + 2)
                n = index(rest, ": ")
                if (n == 0)
                    continue
                ln = substr(rest, 1, n - 1) + 0
                msg = substr(rest, n + 2)
                key = ln SUBSEP msg
                if (key in seen)
                    continue
                seen[key] = 1
                ann[ln] = ann[ln] (ln in ann ? " " : "") quote(msg)
            }
        }
        {
            line = $0
            sub(/[ \t]*\/\/ ERROR .*$/, "", line)
            if (FNR in ann)
                line = line " // ERROR " ann[FNR]
            print line
        }
    ' "$file" >"$tmp/new"
    cp "$tmp/new" "$file"
    echo "annotated $file: $(grep -c '// ERROR' "$file") lines"
done
