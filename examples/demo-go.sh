#!/bin/sh
# demo-go.sh: the compiler half of `make demo` (called by demo.sh).
#   1. gomem build -gcflags='-m -l' examples/demo.go: escape analysis's
#      stack-or-heap decisions, in go build's words;
#   2. GODEBUG=gctrace=1 gomem run examples/demo.go: the program compiled
#      to C on libgomem, its collections traced in Go's gctrace format;
#   3. when Go is installed, go run's output beside it.
set -e
build=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
gomem="$build/compiler/gomem"
work=$(mktemp -d "${TMPDIR:-/tmp}/gomem-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$here/demo.go" "$work/demo.go"
cd "$work"

echo "== gomem, the compiler: escape analysis decides stack or heap =="
echo "   gomem build -gcflags='-m -l' demo.go"
echo
"$gomem" build -gcflags='-m -l' -o demo demo.go
echo
echo "== the program, compiled to C on libgomem, with GODEBUG=gctrace=1 =="
echo "   (first 5 collections shown)"
echo
GODEBUG=gctrace=1 ./demo >out.txt 2>trace.txt
head -n 5 trace.txt
echo "   ... $(grep -c '^gc ' trace.txt) collections in all"
echo
cat out.txt
if command -v go >/dev/null 2>&1; then
    echo
    echo "== the same program with go run, for comparison =="
    GOFLAGS= GO111MODULE=off go run demo.go >go.txt 2>&1 || true
    cat go.txt
    if cmp -s out.txt go.txt; then echo "   (identical output)"; else echo "   (outputs differ)"; fi
fi
