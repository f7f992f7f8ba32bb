#!/bin/sh
# csweep.sh — compiles every .go file under the given directories with
# `gosub compile`, one file at a time, and gives the C of each file that
# compiled to the C compiler (`$CC -fsyntax-only`, with the -Werror flags
# gosub's driver uses), to find the inputs on which gosub breaks its rule:
# every input gets a working program, gc's error message, or "... not
# supported by gosub", never C that the C compiler rejects.
#
#   sh tests/tools/csweep.sh [-j N] [-t SECS] DIR_OR_FILE...
#   sh tests/tools/csweep.sh /usr/lib/go-1.19/test     # Go's own test suite
#
# Reports one line per problem, sorted by file name:
#   CRASH    gosub died of a signal (or exited with a status other than 0 or 1)
#   TIMEOUT  gosub ran longer than 10 s (hangs are bugs too)
#   ICE      gosub printed "internal compiler error"
#   REJECTED the C compiler rejected the C: its first error line
#   CCSLOW   the C compiler ran longer than SECS (default 60): C whose size or
#            shape makes it pathologically slow to compile
# and then the counts: files, compiled (exit 0 and C written), rejected, and
# each kind of problem. Exits 0 only when there is none. Files that gosub
# refuses with a diagnostic (exit 1) are fine: that is the other half of the
# rule, which the runner's errorcheck tests check.
#
# Needs no Go: only bin/gosub (GOSUB overrides), $CC (default cc), timeout
# and xargs. -j N runs N files at a time (default: the number of CPUs).

set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
gosub=${GOSUB:-$top/bin/gosub}
cc=${CC:-cc}
# as compiler/main.c runs the C compiler, less what only code generation needs
ccflags="-std=gnu11 -fwrapv -fno-strict-aliasing -fno-math-errno -Werror=implicit-function-declaration
 -Werror=implicit-int -Werror=int-conversion -Werror=incompatible-pointer-types"

# One file (xargs runs "csweep.sh --one SECS TMPDIR FILE"): prints
# "COMPILED file" when gosub wrote C, and a line "KIND file: detail" for a problem.
if [ "${1:-}" = "--one" ]; then
    cctime=$2 tmp=$3 f=$4
    c=$tmp/$$.c
    rm -f "$c"
    timeout 10 "$gosub" compile -e -o "$c" "$f" >"$tmp/$$.msg" 2>&1
    rc=$?
    if [ "$rc" -eq 124 ]; then
        echo "TIMEOUT $f"
    elif [ "$rc" -gt 124 ]; then
        echo "CRASH $f: exit status $rc (signal $((rc - 128)))"
    elif [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        echo "CRASH $f: exit status $rc: $(head -n 1 "$tmp/$$.msg")"
    elif grep -q "internal compiler error" "$tmp/$$.msg"; then
        echo "ICE $f: $(grep -m 1 "internal compiler error" "$tmp/$$.msg")"
    elif [ "$rc" -eq 0 ] && [ -s "$c" ]; then
        echo "COMPILED $f"
        # shellcheck disable=SC2086 # ccflags is a list of flags
        timeout "$cctime" "$cc" $ccflags -fsyntax-only -I"$top/runtime" "$c" >"$tmp/$$.cc" 2>&1
        ccrc=$?
        if [ "$ccrc" -ge 124 ]; then
            echo "CCSLOW $f: the C compiler ran over ${cctime}s (exit status $ccrc)"
        elif [ "$ccrc" -ne 0 ]; then
            echo "REJECTED $f: $(grep -m 1 'error' "$tmp/$$.cc" || head -n 1 "$tmp/$$.cc")"
        fi
    fi
    rm -f "$c" "$tmp/$$.msg" "$tmp/$$.cc"
    exit 0
fi

jobs=$(nproc 2>/dev/null || echo 2)
cctime=60
while [ $# -gt 0 ]; do
    case $1 in
    -j) jobs=$2; shift 2 ;;
    -t) cctime=$2; shift 2 ;;
    -*) echo "usage: csweep.sh [-j N] [-t SECS] DIR_OR_FILE..." >&2; exit 2 ;;
    *) break ;;
    esac
done
if [ $# -eq 0 ]; then
    echo "usage: csweep.sh [-j N] [-t SECS] DIR_OR_FILE..." >&2
    exit 2
fi
[ -x "$gosub" ] || { echo "csweep: $gosub is missing: run make first" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# -H: a directory named on the command line may be a symbolic link
# (Debian's /usr/lib/go-1.19/test is one)
find -H "$@" -name '*.go' -type f | sort >"$tmp/files"
tr '\n' '\0' <"$tmp/files" |
    xargs -0 -n 1 -P "$jobs" sh "$0" --one "$cctime" "$tmp" >"$tmp/results" 2>&1
sort -k2 "$tmp/results" | grep -v '^COMPILED ' || true

count() { grep -c "^$1 " "$tmp/results"; }
files=$(wc -l <"$tmp/files")
echo "$files files, $(count COMPILED) compiled, $(count REJECTED) rejected by the C compiler," \
    "$(count CCSLOW) too slow for it, $(count CRASH) crashes, $(count TIMEOUT) timeouts," \
    "$(count ICE) internal errors"
! grep -q -v '^COMPILED ' "$tmp/results"
