#!/bin/sh
# bench.sh — "make bench": the programs of ../shared/bench (and tests/bench,
# if any) built with gosub and, where Go 1.19 is installed, with go build;
# each run alternately ROUNDS times (default 3) with its argument, checking
# both print the same. Prints per program the median wall-time ratio
# gosub/go and peak RSS of each, then the geometric mean of the ratios.
# Times are only comparable within one run on one machine.
set -u
top=$(pwd)
gosub=${GOSUB:-$top/bin/gosub}
rounds=${ROUNDS:-3}
dirs="${BENCH_DIRS:-$top/../shared/bench $top/tests/bench}"
work=$(mktemp -d /tmp/gosub-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM
have_go=0
command -v go >/dev/null 2>&1 && have_go=1
timer=""
[ -x /usr/bin/time ] && timer="/usr/bin/time -f %e:%M -o $work/t"

arg_for() {
    case $1 in
    binarytrees) echo 18 ;; nbody) echo 20000000 ;; spectralnorm) echo 3000 ;;
    fannkuch) echo 11 ;; wordfreq) echo 5000000 ;; escapes) echo 100000000 ;;
    sieve) echo 5000 ;; shapes) echo 200000000 ;; *) echo "" ;;
    esac
}

# run EXE ARG: prints "seconds:maxrss_kb", leaves the output in $work/out
run() {
    if [ -n "$timer" ]; then
        $timer "$1" $2 >"$work/out" 2>&1
        cat "$work/t"
    else
        s=$(date +%s.%N)
        "$1" $2 >"$work/out" 2>&1
        e=$(date +%s.%N)
        echo "$(echo "$e - $s" | bc):0"
    fi
}

printf '%-14s %10s %10s %8s %10s %10s\n' program gosub_s go_s ratio gosub_MB go_MB
logsum=0
count=0
for d in $dirs; do
    [ -d "$d" ] || continue
    for f in "$d"/*.go; do
        [ -f "$f" ] || continue
        name=$(basename "$f" .go)
        arg=${BENCH_ARG:-$(arg_for "$name")}
        if ! "$gosub" build -o "$work/$name.gosub" "$f" >"$work/build.log" 2>&1; then
            printf '%-14s gosub build failed: %s\n' "$name" "$(head -n 1 "$work/build.log")"
            continue
        fi
        if [ $have_go = 1 ]; then
            (cd "$work" && GO111MODULE=off go build -o "$work/$name.go" "$f") || have_go=0
        fi
        gt=""; ot=""; gm=0; om=0
        i=0
        while [ $i -lt "$rounds" ]; do
            r=$(run "$work/$name.gosub" "$arg"); gt="$gt ${r%%:*}"; gm=${r##*:}
            cp "$work/out" "$work/out.gosub"
            if [ $have_go = 1 ]; then
                r=$(run "$work/$name.go" "$arg"); ot="$ot ${r%%:*}"; om=${r##*:}
                if ! cmp -s "$work/out" "$work/out.gosub"; then
                    printf '%-14s OUTPUT DIFFERS from Go\n' "$name"
                fi
            fi
            i=$((i + 1))
        done
        gmed=$(echo $gt | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
        if [ $have_go = 1 ]; then
            omed=$(echo $ot | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
            ratio=$(awk -v a="$gmed" -v b="$omed" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
            printf '%-14s %10s %10s %8s %10d %10d\n' "$name" "$gmed" "$omed" "$ratio" $((gm / 1024)) $((om / 1024))
            if [ "$ratio" != "-" ]; then
                logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN { printf "%.6f", s + log(r) }')
                count=$((count + 1))
            fi
        else
            printf '%-14s %10s %10s %8s %10d %10s\n' "$name" "$gmed" - - $((gm / 1024)) -
        fi
    done
done
if [ $count -gt 0 ]; then
    awk -v s="$logsum" -v n="$count" 'BEGIN { printf "geometric mean of gosub/go: %.2f over %d programs\n", exp(s / n), n }'
else
    echo "go is not installed: no ratios"
fi
