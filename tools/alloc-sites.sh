#!/bin/sh
# alloc-sites.sh: what -m says must be what happens (issue 6).  For every
# program of the run corpus, checks that no heap allocation is made at a
# source line where `gomem build -gcflags=-m` reports only non-escaping
# values ("... does not escape", and no "escapes to heap" or "moved to heap"
# on that line).  POSIX sh + awk; CTest runs it as run_alloc_sites.
#
#   tools/alloc-sites.sh --compiler GOMEM --record RECORD.o [--dir DIR] [file.go ...]
#
# How: the program is built with GOMEM_LINE_DIRECTIVES=1 (the emitted C
# carries `#line` directives naming each statement's Go line) and with
# GOMEM_CFLAGS linking RECORD.o (tests/compiler/run/allocsites/record.c)
# through -Wl,--wrap over libgomem's allocators, so that every distinct call
# stack that allocates in the heap is written out while the program runs.
# addr2line maps each stack to the first Go line on it (the statement that
# allocated, directly or through a library call).  The granularity is the
# line, not the column: a line is checked only when every -m message on it
# that says anything about escaping says "does not escape".
#
# Known exceptions (allocations that are not the emitter's decision about a
# non-escaping site, each matched on the C functions between the Go line and
# the allocator, and counted in the summary, never hidden):
#   map-tables gm_map_init: a map that -m says does not escape is made in
#            storage on the stack (gm_map_storage), its first table too when
#            its hint is at most 8; with a larger hint its tables are in the
#            heap, as gc's makemap puts the buckets beyond its stack bucket
#            there.  Also a slot (key + value) over GM_MAP_STORAGE_SLOT_MAX
#            bytes puts the tables in the heap, where gc's stack bucket holds
#            any slot (a deviation).  Printed line by line as "MAP-TABLES ...".
#            (A non-escaping map made with gm_make_map is a violation.)
#   map-grow gm_map_* (assign, ...): a map growing allocates in the heap in
#            Go as well (its buckets beyond the first).
#   append   gm_append: append grows a slice in the heap in Go as well
#            (runtime.growslice), whatever the slice's own site decided.
#   string   gm_string_* conversions and concatenations of more than 32
#            bytes: Go's non-escaping ones use a 32-byte stack buffer only
#            when the result fits, and the heap otherwise.
#   library  allocations inside golib (the standard library's C: fmt,
#            strconv, strings, sort...): the library's own
#            memory (results it returns, its buffers), which Go's library
#            allocates too; -m speaks about the call's arguments only.
# Exit 0 when no violation, 1 otherwise (each printed as
# "VIOLATION prog.go:LINE: ... [-m messages]"), 2 on usage errors.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
compiler=${GOMEM:-$root/build/compiler/gomem}
record=
dir=$root/tests/compiler/run
while [ $# -gt 0 ]; do
    case "$1" in
        --compiler) compiler=$2; shift 2 ;;
        --record) record=$2; shift 2 ;;
        --dir) dir=$2; shift 2 ;;
        -h|--help) sed -n '2,44p' "$0"; exit 0 ;;
        -*) echo "alloc-sites: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ ! -x "$compiler" ] || [ ! -f "$record" ]; then
    echo "alloc-sites: need --compiler GOMEM and --record RECORD.o" >&2
    exit 2
fi
abspath() { (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename "$1")"); }
compiler=$(abspath "$compiler"); record=$(abspath "$record")
command -v addr2line >/dev/null 2>&1 || { echo "alloc-sites: addr2line (binutils) not found" >&2; exit 2; }
dir=$(cd "$dir" && pwd) || exit 2
to=
command -v timeout >/dev/null 2>&1 && to="timeout 60"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/alloc-sites.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
# -O0: at -O2 cc moves calls across statements and the line table can name
# a neighbouring Go line; the allocation calls are the emitter's either way.
# -gdwarf-4: binutils 2.40's addr2line misnames #line files in DWARF 5.
cflags="-O0 -g -gdwarf-4 -no-pie"
wraps="-Wl,--wrap=gm_alloc -Wl,--wrap=gm_alloc_noscan -Wl,--wrap=gm_alloc_typed"
[ $# -eq 0 ] && set -- "$dir"/*.go
: >"$tmp/reasons"
status=0; programs=0; checked=0; violations=0; skipped=0; unattributed=0
for src in "$@"; do
    base=$(basename "$src")
    src=$dir/$base
    w=$tmp/w; rm -rf "$w"; mkdir "$w"; cp "$src" "$w/$base"
    (cd "$w" && "$compiler" build -gcflags=-m "$base") >"$w/m" 2>&1 </dev/null
    if ! (cd "$w" && GOMEM_LINE_DIRECTIVES=1 GOMEM_CFLAGS="$cflags $wraps $record" \
            $to "$compiler" build -o "$w/prog" "$base") >"$w/build.log" 2>&1 </dev/null; then
        echo "SKIP $base: does not build: $(head -n 2 "$w/build.log" | tr '\n' ' ')"
        skipped=$((skipped + 1))
        continue
    fi
    (cd "$w" && GOMEM_ALLOC_SITES_OUT="$w/stacks" $to ./prog >/dev/null 2>&1 </dev/null)
    programs=$((programs + 1))
    touch "$w/stacks"
    if grep -q '^overflow' "$w/stacks"; then
        echo "FAIL $base: too many distinct allocation stacks to record"
        status=1
        continue
    fi
    tr ' ' '\n' <"$w/stacks" | grep '^0x' | sort -u >"$w/addrs"
    if [ -s "$w/addrs" ]; then
        addr2line -f -i -a -e "$w/prog" <"$w/addrs" >"$w/lines"
    else
        : >"$w/lines"
    fi
    # One line of output per recorded stack: "U stack" (no Go line), or
    # "V line chain" / "E reason line chain", plus "C n" with the number of
    # checked lines.
    awk -v prog="$base" '
        FILENAME == ARGV[1] {       # the -m output: ./prog.go:L:C: message
            if (split($0, f, ":") < 4 || f[1] !~ /\.go$/) next
            line = f[2]; msg = $0; sub(/^[^:]*:[^:]*:[^:]*: /, "", msg)
            if (msg ~ /escapes to heap|moved to heap/) bad[line] = 1
            else if (msg ~ /does not escape/) { good[line] = 1; msgs[line] = msgs[line] " [" msg "]" }
            next
        }
        FILENAME == ARGV[2] {       # addr2line -f -i -a: 0xADDR, then (function, file:line)*
            if ($0 ~ /^0x/) { addr = $0; sub(/^0x0*/, "", addr); state = 0; next }
            if (state == 0) { fn = $0; state = 1; next }
            state = 0
            if (addr in goline) next
            if ($0 ~ /\.go:[0-9]+/) { n = split($0, p, ":"); l = p[n]; sub(/ .*/, "", l); goline[addr] = l }
            else chain[addr] = chain[addr] " " fn ($0 ~ /\/golib\// ? "@golib" : "")
            next
        }
        {                           # a recorded stack: small|big ADDR...
            if ($1 == "overflow") next
            where = ""; via = ""
            for (i = 2; i <= NF; i++) {
                a = $i; sub(/^0x0*/, "", a)
                if (a in goline) { where = goline[a]; via = via chain[a]; break }
                via = via chain[a]
            }
            if (where == "") { print "U", $0; next }
            if (!(where in good) || (where in bad)) next
            reason = ""
            if (via ~ / gm_map_init/) reason = "map-tables"
            else if (via ~ / gm_map_/) reason = "map-grow"
            else if (via ~ / gm_append/) reason = "append"
            else if (via ~ / gm_string_/ && $1 == "big") reason = "string"
            else if (via ~ /@golib/) reason = "library"
            if (reason != "") print "E", reason, where, via
            else print "V", where, via, "-m:" msgs[where]
        }
        END { n = 0; for (l in good) if (!(l in bad)) n++; print "C", n }
    ' "$w/m" "$w/lines" "$w/stacks" | sort -u >"$w/verdict"
    [ -n "${ALLOC_SITES_DEBUG:-}" ] && cp "$w/lines" "$w/verdict" "$w/stacks" "$ALLOC_SITES_DEBUG/"
    n=$(awk '$1 == "C" { print $2 }' "$w/verdict")
    checked=$((checked + n))
    awk '$1 == "E" { print $2 }' "$w/verdict" >>"$tmp/reasons"
    awk -v prog="$base" '$1 == "E" && $2 == "map-tables" && !seen[$3]++ {
        print "MAP-TABLES " prog ":" $3 ": a non-escaping map with its tables in the heap" \
              " (a hint over 8, as in Go, or a slot too big for gm_map_storage, a deviation)"
    }' "$w/verdict"
    u=$(awk '$1 == "U" { n++ } END { print n + 0 }' "$w/verdict")
    unattributed=$((unattributed + u))
    if grep -q '^V' "$w/verdict"; then
        status=1
        grep '^V' "$w/verdict" | while read -r _ line rest; do
            echo "VIOLATION $base:$line: heap allocation, C calls: $rest"
        done
        violations=$((violations + $(grep -c '^V' "$w/verdict")))
    fi
done
echo "alloc sites: $programs programs run, $checked non-escaping lines checked," \
     "$violations heap allocations at them, known exceptions:" \
     "$(sort "$tmp/reasons" | uniq -c | awk '{ s = s (NR > 1 ? ", " : "") $2 " " $1 } END { print s }');" \
     "$unattributed stacks with no Go line (start-up; deeper than 16 frames), $skipped not built"
[ $programs -eq 0 ] && status=1   # nothing checked is not a pass
exit $status
