#!/bin/sh
# gotests.sh: escape analysis never crashes on Go's own valid test programs
# (the "// run" and "// compile" files of $GOROOT/test and its ken,
# fixedbugs, chan and interface directories, the selection the type
# checker's robustness test uses). Files outside gomem's subset do not
# type-check and are skipped by escape_only. Exits 77 (CTest: skipped)
# without Go's test tree.
#
#   tests/compiler/escape/gotests.sh ESCAPE_ONLY [GOROOT_TEST]
set -u
tool=${1:?usage: gotests.sh ESCAPE_ONLY [DIR]}
dir=${2:-/usr/lib/go-1.19/test}
if [ ! -d "$dir" ]; then
    echo "gotests: $dir not found; skipping"
    exit 77
fi
list=$(for f in "$dir"/*.go "$dir"/ken/*.go "$dir"/fixedbugs/*.go "$dir"/chan/*.go "$dir"/interface/*.go; do
    head -1 "$f" | grep -qE '^// (run|compile)$' && echo "$f"
done)
# -m 0 is what `gomem run` does; -m 2 exercises every printing path too
# shellcheck disable=SC2086
"$tool" $list && "$tool" -m 2 $list >/dev/null
