#!/bin/sh
# stdapi_test.sh — runtime/std/api.txt covers every package under
# runtime/std: a package added there without rerunning genstdapi.sh would
# have its missing Go names reported as "undefined" instead of "not
# supported by gosub". Internal packages (runtime/internal/atomic) are
# left out: Go's API files list none. Needs no Go; run by make test.
top=$(cd "$(dirname "$0")/../.." && pwd)
api=$top/runtime/std/api.txt
[ -f "$api" ] || { echo "missing $api: sh tests/tools/genstdapi.sh > runtime/std/api.txt (with Go 1.19)"; exit 1; }
pkgs=$(cd "$top/runtime/std" &&
    find . -name '*.go' ! -name '*_test.go' -exec grep -L '^//go:build ignore' {} + |
    sed 's|^\./||; s|/[^/]*$||' | LC_ALL=C sort -u)
status=0
for p in $pkgs; do
    case $p in internal/* | */internal/* | */internal) continue ;; esac
    if ! grep -q "^$p " "$api"; then
        echo "runtime/std/api.txt has no names of package $p: rerun tests/tools/genstdapi.sh with Go 1.19"
        status=1
    fi
done
exit $status
