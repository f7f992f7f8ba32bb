#!/bin/sh
# stdin_test.sh — reading standard input: stdin.dir/wc.go (bufio.Reader,
# bufio.Scanner and os.Stdin.Read on fd 0) gets stdin.dir/input.txt from a
# file, then from a pipe that delivers it in pieces, then from a FIFO
# written only once the program's prompt has appeared (what was printed
# must be out before the program waits for input: gosub buffers standard
# output, Go does not). Each time its output must be stdin.dir/wc.out,
# which Go 1.19 wrote:
#   go build -o wc stdin.dir/wc.go && ./wc <stdin.dir/input.txt >stdin.dir/wc.out 2>&1
# Run by the runner with $GOSUB set.

set -eu
gosub=${GOSUB:-bin/gosub}
dir=$(cd "$(dirname "$0")/stdin.dir" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gosub" build -o "$tmp/wc" "$dir/wc.go"

check() {
    if ! cmp -s "$dir/wc.out" "$tmp/out"; then
        echo "$1: output differs from Go's:"
        diff "$dir/wc.out" "$tmp/out" | head -n 20
        exit 1
    fi
}

"$tmp/wc" <"$dir/input.txt" >"$tmp/out" 2>&1
check "from a file"

{ head -c 7 "$dir/input.txt"; sleep 0.2; tail -c +8 "$dir/input.txt"; } | "$tmp/wc" >"$tmp/out" 2>&1
check "from a pipe, in two pieces"

mkfifo "$tmp/fifo"
"$tmp/wc" <"$tmp/fifo" >"$tmp/out" 2>&1 &
pid=$!
exec 3>"$tmp/fifo"
i=0
until grep -q 'first line? ' "$tmp/out"; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then
        echo "the prompt was not written before the program waited for input"
        exec 3>&-
        wait $pid || true
        exit 1
    fi
    sleep 0.1
done
cat "$dir/input.txt" >&3
exec 3>&-
wait $pid
check "from a FIFO, after the prompt"
