#!/bin/sh
# regen.sh: regenerate the parser test goldens. Needs Go 1.19 (the oracle)
# for the .err files and a built gomem for the .dump files:
#
#   tests/compiler/parse/regen.sh GOMEM
#
# name.go.err   gc's errors for err_*.go: `go tool compile` run in a
#               temporary directory on a copy of the file, so the messages
#               name the bare file (never -o /dev/null: as root a failed
#               compile would delete it)
# name.go.dump  `gomem parse -pos` for ok_*.go, after checking that gc
#               finds no syntax error in the file; review the diff by eye
set -eu
gomem=${1:?usage: regen.sh GOMEM}
case $gomem in /*) ;; *) gomem=$(pwd)/$gomem ;; esac
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null || { echo "regen: go not found"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here"
for f in err_*.go; do
    cp "$f" "$tmp/$f"
    (cd "$tmp" && go tool compile -o "$tmp/x.o" "$f" >"$tmp/out" 2>&1 || true)
    grep -v '^$' "$tmp/out" >"$f.err" || true
    rm -f "$tmp/$f"
done
for f in ok_*.go; do
    cp "$f" "$tmp/$f"
    (cd "$tmp" && go tool compile -o "$tmp/x.o" "$f" >"$tmp/out" 2>&1 || true)
    if grep -q 'syntax error' "$tmp/out"; then
        echo "regen: gc finds a syntax error in $f:"; cat "$tmp/out"; exit 1
    fi
    rm -f "$tmp/$f"
    "$gomem" parse -pos "$f" >"$f.dump"
done
echo "regen: $(ls err_*.go | wc -l) .err and $(ls ok_*.go | wc -l) .dump goldens written"
