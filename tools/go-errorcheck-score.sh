#!/bin/sh
# go-errorcheck-score.sh: Go's own escape tests as a yardstick for gomem.
# Scores a compiler on Go 1.19's test/escape*.go and the test/fixedbugs files
# whose first line is "// errorcheck ... -m ...", matching the inline
# // ERROR "regexp" comments the way Go's test/run.go does.  Reports, per file
# and in total, the share of annotated lines the compiler gets right, the lines
# where it prints diagnostics nobody expected, and whether the whole file
# passes; totals are split by what the files need (generics, goroutines,
# unsafe, imports) and given separately for the "plain" files needing none.
#
#   tools/go-errorcheck-score.sh --go              score Go itself (validation)
#   tools/go-errorcheck-score.sh [--compiler CMD]  score gomem (default
#                                   build/compiler/gomem), run as
#                                   CMD build -gcflags='FLAGS' FILE.go
#   options: -v (print each failing check), -testdir DIR (default
#   /usr/lib/go-1.19/test), explicit test files after the options.
#
# Needs Go (it is a small Go program, tools/errorcheck-score/main.go) and Go's
# test sources (Debian's golang-1.19-src), so it is not a CTest test.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v go >/dev/null 2>&1; then
    echo "go-errorcheck-score: needs the Go toolchain (golang-go)" >&2
    exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/errorcheck-score.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
(cd "$root/tools/errorcheck-score" && go build -o "$tmp/errorcheck-score" main.go) || exit 2
compiler_set=0
for a in "$@"; do case "$a" in --go|-go|--compiler|-compiler|--compiler=*|-compiler=*) compiler_set=1 ;; esac; done
if [ $compiler_set = 0 ]; then
    set -- -compiler "${GOMEM:-$root/build/compiler/gomem}" "$@"
fi
exec "$tmp/errorcheck-score" "$@"
