#!/bin/sh
# run-score.sh: build and run every program of the run corpus
# (tests/compiler/run) with a compiler and compare with Go's goldens.
# POSIX sh only.  CTest runs it as run_corpus with --floor.
#
#   tools/run-score.sh [--compiler CMD] [--dir DIR] [--floor FILE] [-q] [file.go ...]
#     CMD (default $GOMEM or build/compiler/gomem) is run as
#       CMD build -o TMP/prog NAME.go      in a temp dir holding a copy,
#     then TMP/prog runs with no arguments and stdin from /dev/null.
#     `--compiler go` scores Go itself (it must pass everything).
#
# A program passes when its stdout is byte-for-byte NAME.go.out, its exit
# status is NAME.go.status (0 if absent), and, when NAME.go.err exists, its
# stderr (without "[signal ..." lines) starts with the lines of NAME.go.err.
# Prints one line per failing program and "run corpus: P/N programs match".
# Exit status 0 when all pass (or, with --floor FILE, when at least the
# number in FILE pass: the ratchet), 1 otherwise, 2 on usage errors.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
compiler=${GOMEM:-$root/build/compiler/gomem}
dir=$root/tests/compiler/run
quiet=0
floor=
while [ $# -gt 0 ]; do
    case "$1" in
        --compiler) compiler=$2; shift 2 ;;
        --compiler=*) compiler=${1#*=}; shift ;;
        --dir) dir=$2; shift 2 ;;
        --floor) floor=$(cat "$2") || exit 2; shift 2 ;;
        -q) quiet=1; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        -*) echo "run-score: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
dir=$(cd "$dir" && pwd) || exit 2
first=${compiler%% *}
rest=${compiler#"$first"}
case "$first" in
    /*) ;;
    */*) first=$(cd "$(dirname "$first")" 2>/dev/null && pwd)/$(basename "$first") ;;
esac
compiler=$first$rest
if ! command -v "$first" >/dev/null 2>&1 && [ ! -x "$first" ]; then
    echo "run-score: compiler '$first' not found" >&2
    exit 2
fi
to=
command -v timeout >/dev/null 2>&1 && to="timeout 60"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/run-score.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
[ $# -eq 0 ] && set -- "$dir"/*.go
n=0; pass=0
for src in "$@"; do
    base=$(basename "$src")
    src=$dir/$base
    [ -f "$src.out" ] || continue
    n=$((n + 1))
    w=$tmp/w; rm -rf "$w"; mkdir "$w"; cp "$src" "$w/$base"
    if ! (cd "$w" && $to $compiler build -o "$w/prog" "$base") >"$w/build.log" 2>&1 </dev/null; then
        echo "FAIL $base: does not build: $(head -n 3 "$w/build.log" | tr '\n' ' ')"
        continue
    fi
    (cd "$w" && $to ./prog >"$w/out" 2>"$w/err" </dev/null; echo $? >"$w/status")
    want=0; [ -f "$src.status" ] && want=$(cat "$src.status")
    got=$(cat "$w/status")
    why=
    cmp -s "$w/out" "$src.out" || why="stdout differs"
    [ "$got" = "$want" ] || why="${why:+$why, }exit status $got, want $want"
    if [ -f "$src.err" ]; then
        k=$(awk 'END { print NR }' "$src.err")
        sed '/^\[signal /d' "$w/err" | head -n "$k" >"$w/errhead"
        cmp -s "$w/errhead" "$src.err" || why="${why:+$why, }stderr does not start with the golden"
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL $base: $why"
        if [ $quiet = 0 ] && ! cmp -s "$w/out" "$src.out"; then
            diff "$src.out" "$w/out" | head -n 10 | sed 's/^/    /'
        fi
    fi
done
echo "run corpus: $pass/$n programs match"
if [ -n "$floor" ]; then
    if [ "$pass" -lt "$floor" ]; then
        echo "run corpus: below the floor of $floor" >&2
        exit 1
    fi
    exit 0
fi
[ $pass -eq $n ] && [ $n -gt 0 ]
