#!/usr/bin/env bash
# bench/make/run.sh — benchmarks of issue 4 (`make`): gomem's map against
# GLib's GHashTable and Go's map (insert / lookup / delete, int64 and string
# keys, 1e3..1e7 entries), append in a loop and unbuffered channel
# ping-pong against Go.  Not part of `make test`.
#
# usage: bench/make/run.sh [build-dir]      (default: build-make-rel)
# environment: RUNS=3 (the minimum of RUNS runs is reported: the machine is
#   shared, the minimum is the least disturbed), SIZES="1000 ... 10000000",
#   KINDS="int str", PASSES=21 (interleaved lookup passes, map_bench pair).
# Also the longest single insert while a map grows (map_bench growth).
# Builds a Release libgomem in build-dir if needed, the C programs with
# GLib (pkg-config glib-2.0) and the Go program if `go` is installed.
# Prints ns/op per implementation and the ratios gomem/GLib and gomem/Go
# (below 1: gomem is faster), then the lookups of gomem and GLib timed in
# alternating passes within one process (the figure the floor is judged by).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-make-rel}
case $build in /*) ;; *) build=$PWD/$build ;; esac   # the Go build runs elsewhere
RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000 100000 1000000 10000000"}
KINDS=${KINDS:-"int str"}
PASSES=${PASSES:-21}
out=$build/bench-make
mkdir -p "$out"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target gomem_static >/dev/null
cc=${CC:-cc}
$cc -std=gnu11 -O2 -I"$root/include" "$here/map_bench.c" "$build/runtime/libgomem.a" \
    $(pkg-config --cflags --libs glib-2.0) -lpthread -ldl -o "$out/map_bench"
$cc -std=gnu11 -O2 -I"$root/include" "$here/seq_bench.c" "$build/runtime/libgomem.a" \
    -lpthread -ldl -o "$out/seq_bench"
have_go=0
if command -v go >/dev/null 2>&1; then
  (cd "$here/go" && GOFLAGS=-mod=mod go build -o "$out/go_bench" .) && have_go=1
fi

# min over RUNS of field $2 (1-based) of the output of command $3...
best() {
  local field=$1; shift
  local b=""
  for _ in $(seq "$RUNS"); do
    v=$("$@" | awk -v f="$field" '{print $f}')
    if [ -z "$b" ] || awk -v a="$v" -v b="$b" 'BEGIN{exit !(a<b)}'; then b=$v; fi
  done
  echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b == "" || b == "-" || a == "-" || b == 0) print "-"; else printf "%.2f", a/b }'; }

# min over RUNS of fields 5, 7, 9 (insert, lookup, delete) of a map run
best3() {
  for _ in $(seq "$RUNS"); do "$@"; done |
    awk '{ for (f = 5; f <= 9; f += 2) if (!(f in m) || $f < m[f]) m[f] = $f }
         END { if (5 in m) print m[5], m[7], m[9]; else print "- - -" }'
}

echo "== map: ns/op (min of $RUNS runs, process CPU time); ratio = gomem / other"
printf "%-4s %9s | %-6s %8s %8s %8s | %s\n" keys N op gomem glib go "gomem/glib gomem/go"
for kind in $KINDS; do
  for n in $SIZES; do
    read -r gi gl gd < <(best3 "$out/map_bench" gomem "$kind" "$n")
    read -r li ll ld < <(best3 "$out/map_bench" glib "$kind" "$n")
    oi=- ol=- od=-
    [ $have_go = 1 ] && read -r oi ol od < <(best3 "$out/go_bench" map "$kind" "$n")
    for op in insert lookup delete; do
      case $op in
        insert) g=$gi l=$li o=$oi ;;
        lookup) g=$gl l=$ll o=$ol ;;
        delete) g=$gd l=$ld o=$od ;;
      esac
      printf "%-4s %9s | %-6s %8s %8s %8s | %10s %9s\n" "$kind" "$n" "$op" "$g" "$l" "$o" \
        "$(ratio "$g" "$l")" "$(ratio "$g" "$o")"
    done
  done
done

# Lookups again, gomem and GLib in one process, alternating passes of 1e6
# (map_bench pair): both see the same load, so their ratio is the robust
# figure on a shared machine.
echo
echo "== map lookups, gomem and GLib interleaved in one process ($PASSES passes of 1e6): ns/lookup"
printf "%-4s %9s | %14s %14s | %9s %9s\n" keys N "gomem min/med" "glib min/med" ratio_min ratio_med
for kind in $KINDS; do
  for n in $SIZES; do
    "$out/map_bench" pair "$kind" "$n" "$PASSES" |
      awk '{ printf "%-4s %9s | %6s / %-6s %6s / %-6s | %9s %9s\n", $2, $3, $6, $8, $11, $13, $15, $17 }'
  done
done
echo
echo "== growth: the longest single insert while building a map of int64 keys (wall-clock ms, median of $RUNS runs)"
# gomem-ptr / go-ptr: values are pointers to fresh objects (tables scanned,
# the collector running while the map grows).  GLib rehashes at once.
med() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for n in 1000000 10000000; do
  for impl in gomem glib gomem-ptr go go-ptr; do
    case $impl in
      go|go-ptr) [ $have_go = 1 ] || continue; prog="$out/go_bench" ;;
      *) prog="$out/map_bench" ;;
    esac
    v=$(for _ in $(seq "$RUNS"); do "$prog" growth "$impl" "$n" | awk '{print $5}'; done | med)
    printf "growth %9s %-10s longest insert %9s ms\n" "$n" "$impl" "$v"
  done
done
echo
echo "== append to a nil []int in a loop: ns/element; ping-pong: ns/round trip"
for n in 100 10000 1000000; do
  g=$(best 4 "$out/seq_bench" append "$n")
  o=""
  [ $have_go = 1 ] && o=$(best 4 "$out/go_bench" append "$n")
  printf "append   %8s  gomem %8s  go %8s  gomem/go %s\n" "$n" "$g" "${o:--}" "$(ratio "$g" "$o")"
done
g=$(best 4 "$out/seq_bench" pingpong 100000)
o=""
[ $have_go = 1 ] && o=$(best 4 "$out/go_bench" pingpong 100000)
printf "pingpong %8s  gomem %8s  go %8s  gomem/go %s\n" 100000 "$g" "${o:--}" "$(ratio "$g" "$o")"
