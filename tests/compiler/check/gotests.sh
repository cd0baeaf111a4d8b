#!/bin/sh
# gotests.sh: robustness of the type checker on Go's own test programs (the
# "// run" and "// compile" files of $GOROOT/test, valid Go): gomem check
# -verify must never crash nor leave an expression untyped. Prints how many
# check cleanly; the others use what the subset does not support (generics,
# other packages, ...). Exits 77 (CTest: skipped) without Go's test tree.
#
#   tests/compiler/check/gotests.sh GOMEM [GOROOT_TEST]
set -u
gomem=${1:?usage: gotests.sh GOMEM [DIR]}
dir=${2:-/usr/lib/go-1.19/test}
if [ ! -d "$dir" ]; then
    echo "gotests: $dir not found; skipping"
    exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gomem-gotests.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
total=0 clean=0 unsupported=0 rejected=0 bad=0
for f in "$dir"/*.go "$dir"/ken/*.go "$dir"/fixedbugs/*.go "$dir"/chan/*.go "$dir"/interface/*.go; do
    head -1 "$f" | grep -qE '^// (run|compile)$' || continue
    total=$((total + 1))
    "$gomem" check -verify "$f" >"$tmp/out" 2>&1
    status=$?
    if [ $status -gt 1 ] || grep -q 'internal:\|runtime error\|AddressSanitizer' "$tmp/out"; then
        bad=$((bad + 1))
        echo "FAIL $f (status $status):"
        head -5 "$tmp/out" | sed 's/^/    /'
    elif [ $status -eq 0 ]; then
        clean=$((clean + 1))
    elif grep -q 'not supported by gomem\|undefined: [a-z]*\.\|missing function body' "$tmp/out"; then
        unsupported=$((unsupported + 1))
    else
        rejected=$((rejected + 1))
    fi
done
echo "gotests: $total programs: $clean type-check cleanly, $unsupported use what the subset lacks" \
     "(generics, other packages or functions, assembly bodies), $rejected rejected otherwise," \
     "$bad crashes"
[ $bad -eq 0 ]
