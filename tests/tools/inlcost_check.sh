#!/bin/sh
# inlcost_check.sh — calibrates compiler/inlcost.c against Go 1.19 (needs go).
#
# Over a corpus of Go files that gosub compiles (the project's tests/run,
# tests/escape, tests/inline and samples, and the "// run" and escape*.go
# files of Go's own test suite), compares gosub's `-dump=inline` lines with
# the "can inline" / "cannot inline" lines of `go tool compile -m=2`, and
# prints the mismatches, then
#   lines: M of N gc lines matched exactly; files: F of G identical (order too)
# Usage: sh tests/tools/inlcost_check.sh [-q] [file.go...]
#   -q  only the summary line
# gc's answers are cached in $INLCOST_CACHE (default /tmp/inlcost_gc_cache).
top=$(cd "$(dirname "$0")/../.." && pwd)
gosub=${GOSUB:-$top/bin/gosub}
cache=${INLCOST_CACHE:-/tmp/inlcost_gc_cache}
quiet=0
[ "${1:-}" = -q ] && { quiet=1; shift; }
mkdir -p "$cache"
goroot=$(go env GOROOT)
if [ $# -eq 0 ]; then
    set -- "$top"/tests/run/*.go "$top"/tests/escape/*.go "$top"/tests/inline/*.go "$top"/samples/*.go
    for f in "$goroot"/test/*.go; do
        case $(basename "$f") in escape*.go) set -- "$@" "$f"; continue ;; esac
        head -n 1 "$f" | grep -q '^// run$' && set -- "$@" "$f"
    done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for f in "$@"; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    d=$work/$n
    mkdir -p "$d"
    # run in the file's directory with a relative name, so both print "x.go:3:6"
    dir=$(dirname "$f"); base=$(basename "$f")
    (cd "$dir" && "$gosub" build -dump=inline "$base") > "$d/gosub" 2>/dev/null || continue
    key=$(printf '%s' "$f" | cksum | cut -d' ' -f1)
    if [ ! -f "$cache/$key" ] || [ "$f" -nt "$cache/$key" ]; then
        (cd "$dir" && go tool compile -m=2 -p main -o /dev/null "$base" 2>&1) |
            grep -E ': (can|cannot) inline ' > "$cache/$key.tmp"
        mv "$cache/$key.tmp" "$cache/$key"
    fi
    cp "$cache/$key" "$d/gc"
    echo "$f" > "$d/name"
done
total=0; matched=0; files=0; same=0
for d in "$work"/*/; do
    [ -f "$d/name" ] || continue
    f=$(cat "$d/name")
    files=$((files + 1))
    grep -E ': (can|cannot) inline ' "$d/gosub" > "$d/mine" || true
    t=$(wc -l < "$d/gc")
    # multiset intersection
    m=$(sort "$d/gc" > "$d/a"; sort "$d/mine" > "$d/b"; comm -12 "$d/a" "$d/b" | wc -l)
    total=$((total + t)); matched=$((matched + m))
    if cmp -s "$d/gc" "$d/mine"; then
        same=$((same + 1))
    elif [ $quiet = 0 ]; then
        echo "=== $f"
        if [ "$m" -eq "$t" ] && [ "$(wc -l < "$d/mine")" -eq "$t" ]; then
            echo "(order differs)"
        fi
        comm -23 "$d/a" "$d/b" | sed 's/^/gc:    /'
        comm -13 "$d/a" "$d/b" | sed 's/^/gosub: /'
    fi
done
echo "lines: $matched of $total gc lines matched exactly; files: $same of $files identical (order too)"
