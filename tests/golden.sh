#!/bin/sh
# golden.sh — writes the expected results of gosub's own "// run" tests by
# running them with Go 1.19, the oracle (never write them by hand):
#   FILE.out   the program's stdout and stderr, interleaved as the runner
#              captures them (removed when the output is empty);
#   FILE.exit  its exit status, only when not 0 (a panic exits with 2).
# The program is built with "go build" and the binary run directly, so no
# "exit status N" line from "go run" gets into the output. Like the runner,
# it runs in the current directory: run this from the repository's top, as
# "make test" runs the runner. It runs twice and refuses output that differs.
#
# Usage: sh tests/golden.sh FILE.go...
# Files whose directive is not "// run" (or buildrun, runoutput) are left
# alone: errorcheck tests carry their expectations in ERROR comments.

set -u

if ! command -v go >/dev/null 2>&1; then
    echo "golden.sh: needs Go 1.19 (go is not in PATH); expected files come only from Go" >&2
    exit 1
fi
version=$(go env GOVERSION)
case $version in
go1.19 | go1.19.*) ;;
*)
    if [ "${GOLDEN_ANY_GO:-}" != 1 ]; then
        echo "golden.sh: found $version, but the oracle is Go 1.19 (set GOLDEN_ANY_GO=1 to use it anyway)" >&2
        exit 1
    fi
    ;;
esac
[ $# -gt 0 ] || { echo "usage: sh tests/golden.sh FILE.go..." >&2; exit 2; }

work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
status=0

abs() {
    case $1 in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
    esac
}

# The directive, as the runner reads it: the first line before "package"
# that is neither blank nor a build constraint.
directive() {
    awk '/^package[ \t]/ { exit }
         /^[ \t]*$/ { next }
         /^\/\/go:build[ \t]/ { next }
         /^\/\/[ \t]*\+build([ \t]|$)/ { next }
         { print; exit }' "$1"
}

# build OUT FILE... : go build, outside any module, from the work directory.
build() {
    out=$1
    shift
    (cd "$work" && GO111MODULE=off GOFLAGS='' go build -o "$out" "$@")
}

# run_twice EXE ARGS... : runs the program twice; leaves the output in
# $work/out and the status in $run_status; fails if the two runs differ.
run_twice() {
    timeout 120 "$@" >"$work/out" 2>&1 </dev/null
    run_status=$?
    timeout 120 "$@" >"$work/out2" 2>&1 </dev/null
    status2=$?
    if [ "$run_status" -eq 124 ]; then
        echo "golden.sh: $f: the program ran for more than 120 s" >&2
        return 1
    fi
    if [ "$run_status" -ge 128 ]; then
        echo "golden.sh: $f: the program was killed by signal $((run_status - 128))" >&2
        return 1
    fi
    # A traceback after "goroutine N [running]:" holds addresses that change
    # from run to run; the runner never compares it, so neither does this.
    sed '/^goroutine [0-9]* \[running\]:$/q' "$work/out" >"$work/cut"
    sed '/^goroutine [0-9]* \[running\]:$/q' "$work/out2" >"$work/cut2"
    if [ "$run_status" -ne "$status2" ] || ! cmp -s "$work/cut" "$work/cut2"; then
        echo "golden.sh: $f: two runs gave different results; a test's output must be deterministic" >&2
        diff "$work/out" "$work/out2" | head -n 10 >&2
        return 1
    fi
    return 0
}

for f in "$@"; do
    if [ ! -f "$f" ]; then
        echo "golden.sh: $f: no such file" >&2
        status=1
        continue
    fi
    d=$(directive "$f")
    # The directive's words, quotes honoured as the runner's split_quoted
    # does ('a b' and "" are one word each); directives hold no $ or `.
    eval "set -- $d"
    action=${1:-}
    case $action in
    //) shift; action=${1:-} ;;
    //*) action=${action#//} ;;
    esac
    [ $# -gt 0 ] && shift
    case $action in
    run | buildrun | runoutput) ;;
    *)
        echo "golden.sh: $f: directive \"$action\": nothing to do"
        continue
        ;;
    esac
    # Flags (-t 10, -gcflags=...) do not change a program's output; skip them.
    while [ $# -gt 0 ]; do
        case $1 in
        -t) shift 2 ;;
        -*) shift ;;
        *) break ;;
        esac
    done
    # Leading .go arguments are more files of the program, relative to the
    # test's directory; the rest are the program's arguments.
    dir=$(dirname "$(abs "$f")")
    files=$(abs "$f")
    while [ $# -gt 0 ]; do
        case $1 in
        *.go) case $1 in /*) files="$files $1" ;; *) files="$files $dir/$1" ;; esac; shift ;;
        *) break ;;
        esac
    done
    rm -f "$work/prog" "$work/gen.go"
    # shellcheck disable=SC2086 # file names without spaces
    if ! build "$work/prog" $files; then
        echo "golden.sh: $f: go build failed" >&2
        status=1
        continue
    fi
    if [ "$action" = runoutput ]; then
        # The program writes a program: build and run that one.
        if ! "$work/prog" "$@" >"$work/gen.go" </dev/null; then
            echo "golden.sh: $f: the generator failed" >&2
            status=1
            continue
        fi
        if ! build "$work/prog" "$work/gen.go"; then
            echo "golden.sh: $f: go build of the generated program failed" >&2
            status=1
            continue
        fi
        set --
    fi
    if ! run_twice "$work/prog" "$@"; then
        status=1
        continue
    fi
    stem=${f%.go}
    if [ -s "$work/out" ]; then
        cp "$work/out" "$stem.out"
        note="$stem.out"
    else
        rm -f "$stem.out"
        note="no output"
    fi
    if [ "$run_status" -ne 0 ]; then
        echo "$run_status" >"$stem.exit"
        note="$note, $stem.exit ($run_status)"
    else
        rm -f "$stem.exit"
    fi
    echo "golden.sh: $f: $note"
done
exit $status
