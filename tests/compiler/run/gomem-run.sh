#!/bin/sh
# gomem-run.sh: `gomem run` ends as `go run` does (CTest: run_gomem_run).
# POSIX sh.
#
#   tests/compiler/run/gomem-run.sh GOMEM DIR...
#
# The run corpus' goldens are what the built program does (F.go.out,
# F.go.status, F.go.err: run-score.sh checks the binary exits 2 on a
# panic).  `go run` wraps that: the program's stdout unchanged, its stderr
# followed by one line "exit status N" when N is not 0, and go run's own
# status 1 for any failure, 0 otherwise (Go 1.19, cmd/go/internal/run;
# checked by hand with go run).  This script runs `gomem run F.go` on every
# program of each DIR that has a non-zero F.go.status, and on the first two
# that exit 0, and checks those four things.  Exit 0 when all match.
set -u
[ $# -ge 2 ] || { echo "usage: gomem-run.sh GOMEM DIR..." >&2; exit 2; }
gomem=$1; shift
case "$gomem" in /*) ;; *) gomem=$(pwd)/$gomem ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gomem-run.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
to=
command -v timeout >/dev/null 2>&1 && to="timeout 60"
n=0; pass=0
check() {   # $1 = source, $2 = expected program status
    src=$1; want=$2; base=$(basename "$src")
    n=$((n + 1))
    w=$tmp/w; rm -rf "$w"; mkdir "$w"; cp "$src" "$w/$base"
    (cd "$w" && $to "$gomem" run "$base" >"$w/out" 2>"$w/err" </dev/null; echo $? >"$w/status")
    why=
    cmp -s "$w/out" "$src.out" || why="stdout differs"
    got=$(cat "$w/status")
    if [ "$want" = 0 ]; then
        [ "$got" = 0 ] || why="${why:+$why, }gomem run exited $got, want 0"
        [ ! -s "$w/err" ] || why="${why:+$why, }stderr not empty"
    else
        [ "$got" = 1 ] || why="${why:+$why, }gomem run exited $got, want 1 (go run's status)"
        last=$(tail -n 1 "$w/err")
        [ "$last" = "exit status $want" ] ||
            why="${why:+$why, }last stderr line '$last', want 'exit status $want'"
        if [ -f "$src.err" ]; then
            k=$(awk 'END { print NR }' "$src.err")
            sed '/^\[signal /d' "$w/err" | head -n "$k" >"$w/errhead"
            cmp -s "$w/errhead" "$src.err" || why="${why:+$why, }stderr does not start with the golden"
        fi
    fi
    if [ -z "$why" ]; then pass=$((pass + 1)); else echo "FAIL $base: $why"; fi
}
for dir in "$@"; do
    zero=0
    for src in "$dir"/*.go; do
        [ -f "$src.out" ] || continue
        if [ -f "$src.status" ]; then
            check "$src" "$(cat "$src.status")"
        elif [ $zero -lt 2 ]; then
            zero=$((zero + 1))
            check "$src" 0
        fi
    done
done
echo "gomem run: $pass/$n programs end as go run does"
[ $n -gt 0 ] && [ $pass -eq $n ]
