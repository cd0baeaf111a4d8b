#!/bin/sh
# make demo: build gomem and show it working.
#   1. a C program on libgomem with GODEBUG=gctrace=1 (Go's gctrace lines),
#      its memory layout and its memstats;
#   2. the gomem compiler on a Go program, where it can run.
set -e
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
echo "== libgomem: a C program that allocates far more than it keeps =="
echo "   GODEBUG=gctrace=1 $build/examples/demo"
echo
GODEBUG=gctrace=1 "$build/examples/demo"
if [ -x "$build/compiler/gomem" ] && [ -x "$here/demo-go.sh" ]; then
    echo
    "$here/demo-go.sh" "$build"
fi
