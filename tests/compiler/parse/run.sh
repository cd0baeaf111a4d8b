#!/bin/sh
# run.sh: the parser's test runner (one runner for every file here).
#
#   tests/compiler/parse/run.sh GOMEM [DIR]
#
# For each DIR/*.go (default: this script's directory):
#   name.go + name.go.err    `gomem parse name.go` must fail (status 1) and
#                            print exactly name.go.err: gc's own error
#                            output for the file (see regen.sh), byte for byte
#   name.go + name.go.dump   `gomem parse -pos name.go` must succeed and
#                            print exactly name.go.dump (the AST with
#                            positions, as S-expressions)
#   name.go alone            must parse without any error
# err_*.go goldens come from gc (regen.sh); limit_*.go goldens are gomem's own
# (deliberate deviations from gc, explained in each file).
# Prints one line per failure and a summary; exit status 0 if all passed.
set -u
gomem=${1:?usage: run.sh GOMEM [DIR]}
here=$(cd "$(dirname "$0")" && pwd)
dir=${2:-$here}
case $gomem in /*) ;; *) gomem=$(pwd)/$gomem ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gomem-parse.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$dir" || exit 2
total=0 failed=0
for f in *.go; do
    total=$((total + 1))
    if [ -f "$f.err" ]; then
        "$gomem" parse "$f" >"$tmp/out" 2>"$tmp/err"
        status=$?
        if [ $status -ne 1 ] || ! cmp -s "$tmp/err" "$f.err"; then
            failed=$((failed + 1))
            echo "FAIL $f: status $status (want 1), errors differ from $f.err:"
            diff "$f.err" "$tmp/err" | sed 's/^/    /'
        fi
    elif [ -f "$f.dump" ]; then
        "$gomem" parse -pos "$f" >"$tmp/out" 2>"$tmp/err"
        status=$?
        if [ $status -ne 0 ] || ! cmp -s "$tmp/out" "$f.dump"; then
            failed=$((failed + 1))
            echo "FAIL $f: status $status, dump differs from $f.dump:"
            cat "$tmp/err" | sed 's/^/    /'
            diff "$f.dump" "$tmp/out" | head -20 | sed 's/^/    /'
        fi
    else
        if ! "$gomem" parse "$f" >"$tmp/out" 2>"$tmp/err"; then
            failed=$((failed + 1))
            echo "FAIL $f: does not parse:"
            sed 's/^/    /' "$tmp/err"
        fi
    fi
done
echo "parse tests: $((total - failed))/$total passed"
[ $failed -eq 0 ]
