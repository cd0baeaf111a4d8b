#!/bin/sh
# corpus-wellformed.sh: check that a compiler test corpus and its goldens are
# complete and well formed.  Needs only POSIX sh and awk (no Go toolchain), so
# CTest runs it everywhere (tests escape_goldens_wellformed and
# run_goldens_wellformed).
#
#   tools/corpus-wellformed.sh escape [DIR]   (default tests/compiler/escape)
#   tools/corpus-wellformed.sh run [DIR]      (default tests/compiler/run)
#
# Both kinds: every program starts with a package clause, imports only fmt,
# os, strings, strconv, errors, sort, sync, time, runtime, and every golden
# belongs to a program.
# escape: every F.go has F.go.m; every line of F.go.m and F.go.m2 has the form
#   "F.go:LINE:COL: message" with LINE within F.go; every file named in
#   m2-files.txt has its F.go.m2; at least MIN (150) programs.
# run: every F.go has F.go.out and F.go.m (checked as in the escape corpus);
#   F.go.status, if present, holds one exit status 1..255;
#   at least MIN (100) programs once the corpus has started.
set -u
kind=${1:-}
root=$(cd "$(dirname "$0")/.." && pwd)
case "$kind" in
    escape) dir=${2:-$root/tests/compiler/escape}; min=150 ;;
    run)    dir=${2:-$root/tests/compiler/run}; min=100 ;;
    *) echo "usage: $0 escape|run [DIR]" >&2; exit 2 ;;
esac
[ -d "$dir" ] || { echo "FAIL: no directory $dir" >&2; exit 1; }
cd "$dir" || exit 1
errs=0
bad() { echo "FAIL: $*" >&2; errs=$((errs + 1)); }

n=0
lines=0
mlines=0
for f in *.go; do
    [ -e "$f" ] || continue
    n=$((n + 1))
    case "$f" in
        *[!a-z0-9_.]*) bad "$f: program names are lower case letters, digits and _" ;;
    esac
    # package clause and imports
    awk -v f="$f" '
        function chk(p) {
            if (p !~ /^"(fmt|os|strings|strconv|errors|sort|sync|time|runtime)"$/) {
                print "FAIL: " f ":" NR ": import " p " is outside the corpus subset" > "/dev/stderr"; bad = 1
            }
        }
        !pkg && /^package[ \t]+[A-Za-z_][A-Za-z0-9_]*/ { pkg = 1 }
        inimp && /^\)/ { inimp = 0; next }
        inimp { s = $0; sub(/^[ \t]*([A-Za-z_.][A-Za-z0-9_]*[ \t]+)?/, "", s); sub(/[ \t]*(\/\/.*)?$/, "", s); if (s != "") chk(s); next }
        /^import[ \t]*\(/ { inimp = 1; next }
        /^import[ \t]/ { s = $0; sub(/^import[ \t]+([A-Za-z_.][A-Za-z0-9_]*[ \t]+)?/, "", s); sub(/[ \t]*(\/\/.*)?$/, "", s); chk(s) }
        END {
            if (!pkg) { print "FAIL: " f ": no package clause" > "/dev/stderr"; bad = 1 }
            exit bad
        }' "$f" || errs=$((errs + 1))

    # both corpora: the -m golden
    if [ ! -f "$f.m" ]; then bad "$f has no golden $f.m"; continue; fi
    {
        nl=$(awk 'END { print NR }' "$f")
        for g in "$f.m" "$f.m2"; do
            [ -f "$g" ] || continue
            k=$(awk -v f="$f" -v g="$g" -v nl="$nl" '
                {
                    if ($0 !~ /^[a-z0-9_]+\.go:[0-9]+:[0-9]+: /) {
                        print "FAIL: " g ":" NR ": malformed line: " $0 > "/dev/stderr"; bad++; next
                    }
                    split($0, a, ":")
                    if (a[1] != f) { print "FAIL: " g ":" NR ": names " a[1] ", not " f > "/dev/stderr"; bad++ }
                    if (a[2] + 0 < 1 || a[2] + 0 > nl) { print "FAIL: " g ":" NR ": line " a[2] " is outside " f > "/dev/stderr"; bad++ }
                }
                END { print NR; exit bad > 0 }' "$g") || errs=$((errs + 1))
            [ "$g" = "$f.m" ] && mlines=$((mlines + k))
        done
    }
    if [ "$kind" = run ]; then
        if [ ! -f "$f.out" ]; then bad "$f has no golden $f.out"; continue; fi
        lines=$((lines + $(awk 'END { print NR }' "$f.out")))
        if [ -f "$f.status" ]; then
            awk 'NR == 1 && /^[0-9]+$/ && $0 + 0 >= 1 && $0 + 0 <= 255 { ok = 1 } END { exit !(ok && NR == 1) }' "$f.status" ||
                bad "$f.status must hold one exit status 1..255"
        fi
    fi
done

# goldens without a program
for g in *.go.m *.go.m2 *.go.out *.go.status *.go.err; do
    [ -e "$g" ] || continue
    [ -f "${g%.*}" ] || bad "$g has no program ${g%.*}"
done
if [ "$kind" = escape ] && [ -f m2-files.txt ]; then
    while IFS= read -r f; do
        [ -n "$f" ] || continue
        [ -f "$f" ] || bad "m2-files.txt names $f, which does not exist"
        [ -f "$f.m2" ] || bad "m2-files.txt names $f, which has no $f.m2"
    done <m2-files.txt
fi
if [ "$kind" = run ] && [ "$n" -eq 0 ]; then
    echo "run corpus: empty (not started)"; exit $((errs > 0))
fi
[ "$n" -ge "$min" ] || bad "only $n programs in $dir (expected at least $min)"
[ "$kind" = escape ] && lines=$mlines
[ "$lines" -gt 0 ] || bad "no golden lines at all"
if [ "$errs" -gt 0 ]; then
    echo "$kind corpus: $errs problem(s) in $n programs" >&2
    exit 1
fi
if [ "$kind" = run ]; then
    echo "$kind corpus: $n programs, $lines stdout golden lines, $mlines -m golden lines, well formed"
else
    echo "$kind corpus: $n programs, $lines golden lines, well formed"
fi
