#!/bin/sh
# regen-goldens.sh: regenerate the golden files of the compiler corpora with
# Go's own toolchain (the oracle: Debian's golang-go, Go 1.19).  Run by
# `make goldens` from the repository root; the tests themselves need only the
# goldens that this script writes, never Go.
#
#   tests/compiler/regen-goldens.sh [escape|run|all] [file.go ...]
#
# escape corpus (tests/compiler/escape/*.go):
#   file.go.m   what `go build -gcflags='-m -l'` prints for file.go (package
#               main) or `go tool compile -m -l -p p` (any other package),
#               with the "# command-line-arguments" header dropped and every
#               path reduced to the bare file name: "file.go:LINE:COL: msg".
#               Go's order is kept exactly.
#   file.go.m2  the same with -m=2 (the flow paths), only for the files named
#               in tests/compiler/escape/m2-files.txt.
# run corpus (tests/compiler/run/*.go), each built with `go build` and run:
#   file.go.out     its standard output, byte for byte (always written)
#   file.go.status  its exit status, only when it is not 0
#   file.go.err     when stderr is not empty: stderr up to the first
#                   "goroutine N [...]:" line (the panic message), trailing
#                   blank lines dropped
# Each run program is run twice; differing output means the program is not
# deterministic and is reported as an error.
#
# Every compile happens in a fresh temporary directory with -o into it
# (never -o /dev/null: a failed compile as root would delete /dev/null).
set -u

here=$(cd "$(dirname "$0")" && pwd)
what=${1:-all}
[ $# -gt 0 ] && shift

GO=${GO:-go}
if ! command -v "$GO" >/dev/null 2>&1; then
    echo "regen-goldens: '$GO' not found: install golang-go (Go 1.19) to regenerate goldens" >&2
    exit 1
fi
gover=$("$GO" env GOVERSION 2>/dev/null)
case "$gover" in
    go1.19*) ;;
    *) echo "regen-goldens: warning: goldens are defined by Go 1.19, this is '$gover'" >&2 ;;
esac

tmproot=$(mktemp -d "${TMPDIR:-/tmp}/gomem-goldens.XXXXXX") || exit 1
trap 'rm -rf "$tmproot"' EXIT INT TERM
fail=0

# normalise TMPDIR-FILE: drop the build header, reduce paths to the bare name.
normalise() {
    # $1 = temp dir, $2 = bare file name
    sed -e '/^#/d' -e "s#$1/$2#$2#g" -e "s#\./$2#$2#g"
}

# escape_one FILE FLAGS OUT
escape_one() {
    src=$1; flags=$2; out=$3
    base=$(basename "$src")
    d=$tmproot/e.$$.$base
    rm -rf "$d"; mkdir "$d"
    cp "$src" "$d/$base"
    pkg=$(sed -n 's/^package[ 	]*\([A-Za-z0-9_]*\).*/\1/p' "$src" | head -n 1)
    if [ "$pkg" = main ]; then
        (cd "$d" && "$GO" build -gcflags="$flags" -o "$d/out" "$base") >"$d/log" 2>&1
    else
        (cd "$d" && "$GO" tool compile $flags -p "$pkg" -o "$d/x.o" "$base") >"$d/log" 2>&1
    fi
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "regen-goldens: $src does not compile:" >&2
        cat "$d/log" >&2
        fail=1
        return
    fi
    normalise "$d" "$base" <"$d/log" >"$out.tmp" && mv "$out.tmp" "$out"
    rm -rf "$d"
}

regen_escape() {
    dir=$here/escape
    m2list=$dir/m2-files.txt
    for f in "$@"; do
        base=$(basename "$f")
        escape_one "$f" "-m -l" "$f.m"
        if [ -f "$m2list" ] && grep -qx "$base" "$m2list"; then
            escape_one "$f" "-m=2 -l" "$f.m2"
        fi
    done
}

# run_prog DIR BASE N: build once (done by caller), run, store in DIR/rN.*
run_prog() {
    (cd "$1" && ./prog >"r$3.out" 2>"r$3.err" </dev/null; echo $? >"r$3.status")
}

regen_run() {
    for f in "$@"; do
        base=$(basename "$f")
        d=$tmproot/r.$$.$base
        rm -rf "$d"; mkdir "$d"
        cp "$f" "$d/$base"
        if ! (cd "$d" && "$GO" build -o "$d/prog" "$base") >"$d/log" 2>&1; then
            echo "regen-goldens: $f does not build:" >&2
            cat "$d/log" >&2
            fail=1; rm -rf "$d"; continue
        fi
        run_prog "$d" "$base" 1
        run_prog "$d" "$base" 2
        if ! cmp -s "$d/r1.out" "$d/r2.out" || ! cmp -s "$d/r1.status" "$d/r2.status"; then
            echo "regen-goldens: $f: output differs between two runs (not deterministic)" >&2
            fail=1; rm -rf "$d"; continue
        fi
        cp "$d/r1.out" "$f.out"
        st=$(cat "$d/r1.status")
        if [ "$st" != 0 ]; then echo "$st" >"$f.status"; else rm -f "$f.status"; fi
        if [ -s "$d/r1.err" ]; then
            awk '/^goroutine [0-9]+ \[/ { exit } { print }' "$d/r1.err" |
                awk '{ l[NR] = $0 } END { n = NR; while (n > 0 && l[n] == "") n--; for (i = 1; i <= n; i++) print l[i] }' >"$f.err"
        else
            rm -f "$f.err"
        fi
        rm -rf "$d"
    done
}

case "$what" in
    escape|run|all) ;;
    *) echo "usage: $0 [escape|run|all] [file.go ...]" >&2; exit 2 ;;
esac

if [ "$what" = escape ] || [ "$what" = all ]; then
    if [ $# -gt 0 ] && [ "$what" = escape ]; then regen_escape "$@"
    else
        set -- "$here"/escape/*.go
        [ -e "$1" ] && regen_escape "$@"
    fi
    n=$(ls "$here"/escape/*.go 2>/dev/null | wc -l)
    echo "regen-goldens: escape corpus: $n programs"
fi
if [ "$what" = run ] || [ "$what" = all ]; then
    if [ $# -gt 0 ] && [ "$what" = run ]; then regen_run "$@"
    else
        set -- "$here"/run/*.go
        [ -e "$1" ] && regen_run "$@"
    fi
    n=$(ls "$here"/run/*.go 2>/dev/null | wc -l)
    echo "regen-goldens: run corpus: $n programs"
fi
exit $fail
