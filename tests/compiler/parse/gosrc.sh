#!/bin/sh
# gosrc.sh: parse every .go file of Go's own source tree (without the
# testdata directories, which hold deliberately broken files) and require
# that all of them parse without an error.
#
#   tests/compiler/parse/gosrc.sh GOMEM [GOROOT_SRC]
#
# Exits 77 (CTest: skipped) when the tree is not there (CI has no Go).
set -u
gomem=${1:?usage: gosrc.sh GOMEM [SRC]}
src=${2:-/usr/lib/go-1.19/src}
if [ ! -d "$src" ]; then
    echo "gosrc: $src not found; skipping"
    exit 77
fi
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find -L "$src" -name testdata -prune -o -name '*.go' -print | sort >"$list"
n=$(wc -l <"$list")
echo "gosrc: parsing $n files under $src"
if xargs "$gomem" parse -each <"$list"; then
    echo "gosrc: all $n files parsed without error"
else
    echo "gosrc: some of the $n files failed to parse"
    exit 1
fi
