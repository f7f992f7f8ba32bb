#!/bin/sh
# all.sh — "make test": every test of the project, then the run tests again
# in two modes that must not change what a program prints:
#   -N                 escape analysis reports as usual, but every allocation
#                      goes to the heap: the soundness oracle for the stack
#                      placements (a wrong "does not escape" shows up as a
#                      difference, or a crash, in the normal pass);
#   GOSUB_GCSTRESS=1   a collection at every allocation: what the stack or
#                      the heap still points to must survive.
# Prints each pass's failures, then one line "N passed, N failed" for all.

set -u
runner=${RUNNER:-build/runner}
gosub=${GOSUB:-bin/gosub}
total_passed=0
total_failed=0

run_pass() {
    label=$1
    shift
    out=$("$@" 2>&1)
    printf '%s\n' "$out" | sed '$d'
    last=$(printf '%s\n' "$out" | tail -n 1)
    passed=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
    failed=$(printf '%s\n' "$last" | sed -n 's/^[0-9]* passed, \([0-9]*\) failed.*/\1/p')
    if [ -z "$passed" ] || [ -z "$failed" ]; then
        echo "all.sh: $label: the runner did not finish: $last" >&2
        failed=1
        passed=0
    fi
    echo "$label: $last"
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
}

run_pass "tests" "$runner" -gosub "$gosub" tests
run_pass "samples" sh tests/samples.sh "$gosub"
run_pass "inlining decisions" sh tests/tools/inline_check.sh "$gosub"
run_pass "run tests with -N" "$runner" -gosub "$gosub" -buildflags -N tests/run
run_pass "run tests with GOSUB_GCSTRESS=1" env GOSUB_GCSTRESS=1 "$runner" -gosub "$gosub" tests/run
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
