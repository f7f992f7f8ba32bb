#!/bin/sh
# gctrace_test.sh — GODEBUG=gctrace=1 prints one line per collection in Go
# 1.19's format (runtime/mgc.go's gcMarkTermination), and a program that
# allocates 128 MB of garbage with GOGC=100 collects several times, the last
# one forced by runtime.GC. Run by the runner with $GOSUB set.

set -eu
gosub=${GOSUB:-bin/gosub}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/g.go" <<'GO'
package main

import "runtime"

var sink []byte

func main() {
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 64<<10)
	}
	runtime.GC()
}
GO
"$gosub" build -o "$tmp/g" "$tmp/g.go"
GOGC=100 GODEBUG=gctrace=1 "$tmp/g" 2>"$tmp/trace"
n='[0-9]+'
f='[0-9]+(\.[0-9]+)?'
line="^gc $n @$n\.[0-9]{3}s $n%: $f\+$f\+$f ms clock, $f\+$f/$f/$f\+$f ms cpu, $n->$n->$n MB, $n MB goal, $n MB stacks, $n MB globals, $n P( \(forced\))?\$"
if grep -Evq "$line" "$tmp/trace"; then
    echo "lines not in Go's gctrace format:"
    grep -Ev "$line" "$tmp/trace"
    exit 1
fi
count=$(wc -l <"$tmp/trace")
[ "$count" -ge 3 ] || { echo "only $count collections for 128 MB of garbage"; exit 1; }
tail -n 1 "$tmp/trace" | grep -q ' (forced)$' || { echo "runtime.GC's collection is not marked (forced)"; exit 1; }
# numbering starts at 1 and has no gaps
awk '{ if ($2 != NR) { print "gc numbers out of order at line " NR ": " $0; exit 1 } }' "$tmp/trace"
