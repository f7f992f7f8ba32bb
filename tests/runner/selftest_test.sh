#!/bin/sh
# selftest_test.sh — the test runner's self-test.
#
# The runner runs this script as a shell test (it is named *_test.sh), with
# $RUNNER set to the runner itself. It runs the runner again, over the
# fixtures in tests/runner/fixtures, with fakegosub.sh standing in for gosub,
# and checks each verdict against the fixture's own comments:
#   // want: VERDICT TEXT    the result line must be "VERDICT path..." (ok,
#                            FAIL or skip) and contain TEXT
#   // want-detail: TEXT     the runner's output must contain TEXT
# It also checks the summary line, the exit status, that the temporary
# directories are removed and that a timed-out program's children die.
# The fixtures are mostly meant to fail, which is why the runner does not
# walk into directories named "fixtures" itself.
#
# Run it alone: RUNNER=build/runner sh tests/runner/selftest_test.sh

set -u
here=$(cd "$(dirname "$0")" && pwd)
runner=${RUNNER:?set RUNNER to the runner binary (e.g. RUNNER=build/runner)}
case $runner in /*) ;; *) runner=$(pwd)/$runner ;; esac

work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
mkdir "$work/tmp"
# The fake compiler is copied, so that its mode bits in git do not matter.
cp "$here/fakegosub.sh" "$work/gosub" && chmod +x "$work/gosub"

errors=0
problem() {
    echo "selftest: $*"
    errors=$((errors + 1))
}

# The runner under test: its own temporary directory, so that leftovers can be
# seen; the timeout fixture's background child writes its pid to pidfile.
cd "$here" || exit 1
TMPDIR=$work/tmp FAKE_PIDFILE=$work/pidfile \
    "$runner" -v -timeout 3 -gosub "$work/gosub" fixtures >"$work/out" 2>&1
status=$?

passed=0 failed=0 skipped=0
for f in fixtures/*.go; do
    want=$(sed -n 's|^// want: ||p' "$f" | head -n 1)
    if [ -z "$want" ]; then
        # Not a test (no directive): the runner must not mention it.
        grep -q " $f" "$work/out" && problem "$f has no directive but was run"
        continue
    fi
    verdict=${want%% *}
    text=${want#"$verdict"}
    text=${text# }
    case $verdict in
    ok) passed=$((passed + 1)) ;;
    FAIL) failed=$((failed + 1)) ;;
    skip) skipped=$((skipped + 1)) ;;
    *) problem "$f: bad want line: $want"; continue ;;
    esac
    line=$(awk -v p="$f" '$2 == p || $2 == p ":" { print; exit }' "$work/out")
    case $line in
    "$verdict "*"$text"*) ;;
    "") problem "$f: no result line, want: $want" ;;
    *) problem "$f: got: $line"
       problem "$f: want: $want" ;;
    esac
    sed -n 's|^// want-detail: ||p' "$f" | while IFS= read -r detail; do
        grep -qF -- "$detail" "$work/out" || echo "selftest: $f: output lacks: $detail"
    done >>"$work/details"
done
if [ -s "$work/details" ]; then
    cat "$work/details"
    errors=$((errors + 1))
fi

summary="$passed passed, $failed failed, $skipped skipped"
last=$(tail -n 1 "$work/out")
[ "$last" = "$summary" ] || problem "summary is \"$last\", want \"$summary\""
[ "$status" -eq 1 ] || problem "exit status $status, want 1 (there are failures)"

# Temporary directories must be gone.
leftovers=$(ls -A "$work/tmp")
[ -z "$leftovers" ] || problem "temporary files left behind: $leftovers"

# The timed-out program's background sleep must have been killed with it.
if [ -s "$work/pidfile" ]; then
    # SIGKILL takes effect asynchronously: allow it a moment. A zombie
    # (state Z, waiting for init to reap it) is dead.
    pid=$(cat "$work/pidfile")
    tries=0
    while kill -0 "$pid" 2>/dev/null && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
        tries=$((tries + 1))
        if [ "$tries" -gt 30 ]; then
            problem "process $pid outlived its test's timeout"
            kill "$pid"
            break
        fi
        sleep 0.1
    done
else
    problem "the timeout fixture did not start its background process"
fi

# A run with nothing failing exits 0 and has no ", N skipped" part.
"$runner" -gosub "$work/gosub" fixtures/run_pass.go fixtures/compile_pass.go >"$work/out2" 2>&1
status=$?
[ "$status" -eq 0 ] || problem "passing run: exit status $status, want 0"
[ "$(cat "$work/out2")" = "2 passed, 0 failed" ] || problem "passing run printed: $(cat "$work/out2")"

# -run selects tests by path (a Go regexp).
"$runner" -gosub "$work/gosub" -run 'run_pas+\w\.go$' fixtures >"$work/out3" 2>&1
[ "$(cat "$work/out3")" = "1 passed, 0 failed" ] || problem "-run printed: $(cat "$work/out3")"

if [ "$errors" -ne 0 ]; then
    echo "selftest: runner output was:"
    sed 's/^/| /' "$work/out"
    exit 1
fi
exit 0
