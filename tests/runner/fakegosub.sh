#!/bin/sh
# fakegosub.sh — a stand-in for gosub, used by the runner's self-test
# (selftest_test.sh). It compiles nothing: each fixture says in "//fake:"
# comments what the compiler prints and does, and what the built program
# prints and does, so that every verdict of the runner can be provoked.
#
#   //fake:diag LINE: TEXT   compiler prints "FILE:LINE: TEXT" on stderr
#   //fake:fail              compiler exits 1 (after its diagnostics)
#   //fake:crash             compiler dies of SIGSEGV
#   //fake:tokens TEXT       -dump=tokens prints TEXT on stdout
#   //fake:out TEXT          program prints TEXT on stdout
#   //fake:err TEXT          program prints TEXT on stderr
#   //fake:exit N            program exits with status N
#   //fake:sleep N           program first starts "sleep N" in the background
#                            (its pid written to $FAKE_PIDFILE if set), then
#                            waits for it
#
# Usage as gosub's: fakegosub.sh build|compile [-o OUT] [flags] FILE...

sub=$1
shift
out=
dump=
file=
while [ $# -gt 0 ]; do
    case $1 in
    -o) out=$2; shift 2 ;;
    -dump=*) dump=${1#-dump=}; shift ;;
    -*) shift ;;
    *) [ -n "$file" ] || file=$1; shift ;;
    esac
done
[ -n "$file" ] || { echo "fakegosub: no file" >&2; exit 2; }

# Lines "//fake:KEY VALUE" of the file, VALUE only.
fake() { sed -n "s|^//fake:$1 *||p" "$file"; }

grep -q '^//fake:crash' "$file" && kill -SEGV $$
case $dump in
tokens) fake tokens; exit 0 ;;
ast) fake diag | sed "s|^|$file:|" >&2; exit 0 ;;
esac
fake diag | sed "s|^|$file:|" >&2
grep -q '^//fake:fail' "$file" && exit 1
[ "$sub" = build ] || exit 0

# The "program": a script printing what the fixture says.
exit_status=$(fake exit); exit_status=${exit_status:-0}
sleep_secs=$(fake sleep)
fake out >"$out.stdout"
fake err >"$out.stderr"
{
    echo '#!/bin/sh'
    if [ -n "$sleep_secs" ]; then
        echo "sleep $sleep_secs &"
        # shellcheck disable=SC2016 # expanded by the program, not here
        echo '[ -z "$FAKE_PIDFILE" ] || echo $! >"$FAKE_PIDFILE"'
        echo 'wait'
    fi
    echo "cat '$out.stdout'"
    echo "cat '$out.stderr' >&2"
    echo "exit $exit_status"
} >"$out"
chmod +x "$out"
