#!/bin/sh
# regen.sh: regenerate the .err goldens of err_*.go with Go 1.19 (the
# oracle): `go tool compile` in a temporary directory on a copy of each file
# (never -o /dev/null: as root a failed compile would delete it). The
# limit_*.go goldens are gomem's own and are not touched.
set -eu
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
echo "regen: $(ls err_*.go | wc -l) .err goldens written"
