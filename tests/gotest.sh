#!/bin/sh
# gotest.sh — "make gotest": runs Go 1.19's own test suite with gosub, in
# place (the files are never copied), and prints pass/fail/skip counts per
# directory: the top of $GOROOT/test, ken, chan, interface, syntax, and the
# escape*.go files (the specification of the -m reports; they are also part
# of the top directory's count). The runner runs in $GOROOT/test, as run.go
# does, since some tests open files relative to it. Full results are in
# build/gotest/*.log. Then runs tests/parsecheck.sh, if present.
#
# This is a progress report, not a gate: it exits 0 whatever the counts,
# unless the runner fails to run or parsecheck.sh reports failures. Needs Go (for
# $GOROOT/test), bin/gosub and build/runner (make builds them first).
# RUNNER, GOSUB and RUNNER_FLAGS (e.g. "-j 4 -timeout 60"; default "-timeout 90")
# override defaults.

set -u

if ! command -v go >/dev/null 2>&1; then
    echo "gotest: needs Go 1.19 installed: its test suite is \$(go env GOROOT)/test (go is not in PATH)" >&2
    exit 1
fi
suite=$(go env GOROOT)/test
if [ ! -d "$suite" ]; then
    echo "gotest: no test suite at $suite" >&2
    exit 1
fi

# The repository: this script's parent directory.
top=$(cd "$(dirname "$0")/.." && pwd)
runner=${RUNNER:-$top/build/runner}
gosub=${GOSUB:-$top/bin/gosub}
case $runner in /*) ;; *) runner=$top/$runner ;; esac
case $gosub in /*) ;; *) gosub=$top/$gosub ;; esac
for f in "$runner" "$gosub"; do
    [ -x "$f" ] || { echo "gotest: $f is missing: run make first" >&2; exit 1; }
done
logs=$top/build/gotest
mkdir -p "$logs"

echo "Go's test suite ($suite) with gosub; logs in build/gotest/"
status=0
total_pass=0 total_fail=0 total_skip=0 total_unsupported=0

# run_set NAME ARGS...: runs the runner over ARGS from $suite.
run_set() {
    name=$1
    shift
    log=$logs/$name.log
    # Some of the suite's programs are generated and large (rotate*.go:
    # 23,000 lines), and the C compiler needs more than the runner's usual
    # 20 s for them: a progress report should count them, not time them.
    # shellcheck disable=SC2086 # RUNNER_FLAGS is a list of flags
    (cd "$suite" && "$runner" -gosub "$gosub" ${RUNNER_FLAGS:--timeout 90} "$@") >"$log" 2>&1
    rc=$?
    summary=$(tail -n 1 "$log")
    case $summary in
    *" passed, "*" failed"*) ;;
    *)
        echo "gotest: the runner failed on $name (exit status $rc): $summary" >&2
        status=1
        return
        ;;
    esac
    pass=$(echo "$summary" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
    fail=$(echo "$summary" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
    skip=$(echo "$summary" | sed -n 's/.* \([0-9]*\) skipped.*/\1/p')
    skip=${skip:-0}
    unsupported=$(grep -c '^FAIL .*not supported by gosub' "$log")
    printf '%-10s %5d passed  %5d failed  %5d skipped   (%d of the failures: "not supported by gosub")\n' \
        "$name" "$pass" "$fail" "$skip" "$unsupported"
    if [ "$name" != escape ]; then
        total_pass=$((total_pass + pass))
        total_fail=$((total_fail + fail))
        total_skip=$((total_skip + skip))
        total_unsupported=$((total_unsupported + unsupported))
    fi
}

# The top directory's files only (fixedbugs, typeparam, ... are not run).
cd "$suite" || exit 1
# shellcheck disable=SC2046 # file names from the suite have no spaces
run_set top $(ls -- *.go)
run_set ken ken
run_set chan chan
run_set interface interface
run_set syntax syntax
# shellcheck disable=SC2046
run_set escape $(ls -- escape*.go)
printf '%-10s %5d passed  %5d failed  %5d skipped   (%d "not supported by gosub"; escape counted in top)\n' \
    total "$total_pass" "$total_fail" "$total_skip" "$total_unsupported"

cd "$top" || exit 1
if [ -f tests/parsecheck.sh ]; then
    sh tests/parsecheck.sh "$gosub" || status=1
fi
exit $status
