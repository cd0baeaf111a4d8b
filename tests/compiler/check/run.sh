#!/bin/sh
# run.sh: the type checker's test runner.
#
#   tests/compiler/check/run.sh GOMEM [DIR]
#
# For each DIR/*.go (default: this script's directory):
#   name.go + name.go.err   `gomem check name.go` must fail (status 1) and
#                           print exactly name.go.err: gc's own errors for
#                           err_*.go (regen.sh), gomem's for limit_*.go
#                           (what the subset does not support)
#   name.go alone           `gomem check -verify name.go` must succeed
#                           silently: no error, every expression typed
# Prints one line per failure and a summary; exit status 0 if all passed.
set -u
gomem=${1:?usage: run.sh GOMEM [DIR]}
here=$(cd "$(dirname "$0")" && pwd)
dir=${2:-$here}
case $gomem in /*) ;; *) gomem=$(pwd)/$gomem ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gomem-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$dir" || exit 2
total=0 failed=0
for f in *.go; do
    total=$((total + 1))
    if [ -f "$f.err" ]; then
        "$gomem" check "$f" >"$tmp/out" 2>"$tmp/err"
        status=$?
        if [ $status -ne 1 ] || ! cmp -s "$tmp/err" "$f.err"; then
            failed=$((failed + 1))
            echo "FAIL $f: status $status (want 1), errors differ from $f.err:"
            diff "$f.err" "$tmp/err" | sed 's/^/    /'
        fi
    elif ! "$gomem" check -verify "$f" >"$tmp/out" 2>"$tmp/err" || [ -s "$tmp/err" ]; then
        failed=$((failed + 1))
        echo "FAIL $f: does not type-check:"
        sed 's/^/    /' "$tmp/err"
    fi
done
echo "check tests ($dir): $((total - failed))/$total passed"
[ $failed -eq 0 ]
