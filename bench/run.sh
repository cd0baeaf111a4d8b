#!/usr/bin/env bash
# bench/run.sh — owns `make bench`: builds every benchmark variant, runs them
# side by side (interleaved) and prints one table per benchmark with medians
# (min–max) of wall time, CPU time (user+sys), peak RSS and collections, plus
# the ratios gomem/each other backend.  It is not part of `make test`.
# `compiled` (issue 6) is the odd one out: the Go programs bench/go/{binary_trees,
# gcbench} compiled twice, by <build-dir>/compiler/gomem and by `go build`, run
# under GODEBUG=gctrace=1 so that both runtimes print Go's gctrace lines, from
# which the largest stop-the-world pause of each run is taken.
#
# usage: bench/run.sh [build-dir] [benchmark...]
#   build-dir   a CMake build of gomem (default: build); gomem is linked from
#               <build-dir>/runtime/libgomem.a and skipped if it is missing
#               (compiled: <build-dir>/compiler/gomem, likewise)
#   benchmark   gcbench binary_trees alloc_fast compiled (the default set)
#               and/or pause
# environment:
#   BENCH_RUNS=5             runs per program and backend
#   BENCH_BACKENDS="..."     restrict to some of: gomem boehm glibc mimalloc go
#                            (pause adds boehm-par, boehm-incr and gomem-thp:
#                            gomem with GODEBUG=disablethp=0: huge pages)
#   BENCH_GCBENCH_SCALE=4    multiplier of gcbench's short-lived trees
#   BENCH_DEPTH=18           binary-trees depth (also of compiled binary-trees)
#   BENCH_COMPILED_GCBENCH_SCALE=1  gcbench scale of `compiled` (1 = GCBench's
#                            own size: stretch 18, long-lived 16, depths 4..16)
#   BENCH_PAUSE_MIB="256 1024"  live heap sizes for pause; BENCH_PAUSE_SECS=10
#   BENCH_PAUSE_RUNS=3       runs of pause (about 3 minutes per run)
#   BENCH_MIMALLOC=<path>    libmimalloc.so to LD_PRELOAD
#   CC=cc                    C compiler
# Results: <build-dir>/bench/results.tsv (raw) and report.md (the tables).
#
# Needs only public tools.  On a fresh Debian machine:
#   apt-get install -y build-essential cmake pkg-config libgc-dev \
#                      libmimalloc2.0 golang-go
# (libgc-dev: the Boehm GC; libmimalloc2.0: mimalloc for LD_PRELOAD;
#  golang-go: the Go versions.  Any of them missing: that backend is skipped.)
# Measurement is done by bench/measure.c (fork/exec + wait4), not GNU time.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
ALL_BENCHES="gcbench binary_trees alloc_fast compiled"
COMPILED_PROGS="binary_trees gcbench"   # bench/go/<prog>, compiled by gomem and by go

is_bench() { case "$1" in gcbench|binary_trees|alloc_fast|compiled|pause) return 0;; esac; return 1; }

BUILD=build
if [ $# -gt 0 ] && ! is_bench "$1"; then BUILD=$1; shift; fi
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD";; esac
BENCHES="${*:-$ALL_BENCHES}"
for b in $BENCHES; do is_bench "$b" || { echo "run.sh: unknown benchmark '$b' (known: $ALL_BENCHES pause)" >&2; exit 2; }; done

RUNS=${BENCH_RUNS:-5}
SCALE=${BENCH_GCBENCH_SCALE:-4}
DEPTH=${BENCH_DEPTH:-18}
COMPILED_SCALE=${BENCH_COMPILED_GCBENCH_SCALE:-1}
CC=${CC:-cc}
CFLAGS="-std=gnu11 -O2 -Wall -Wextra"
OUT="$BUILD/bench"
mkdir -p "$OUT/bin" "$OUT/runs"

note() { echo "run.sh: $*" >&2; }

# ---- which backends exist -------------------------------------------------
want() { [ -z "${BENCH_BACKENDS:-}" ] || case " $BENCH_BACKENDS " in *" $1 "*) return 0;; *) return 1;; esac; }

HAVE=""
GOMEM_LIB="$BUILD/runtime/libgomem.a"
if want gomem || want gomem-thp; then
  if [ -f "$GOMEM_LIB" ]; then
    HAVE="$HAVE gomem"
    case " $BENCHES " in *" pause "*) want gomem-thp && HAVE="$HAVE gomem-thp";; esac
  else note "skipping gomem: $GOMEM_LIB not found (build it first: make build BUILD_TYPE=Release)"; fi
fi
if want boehm || want boehm-par || want boehm-incr; then
  if pkg-config --exists bdw-gc 2>/dev/null; then
    BOEHM_FLAGS=$(pkg-config --cflags --libs bdw-gc)
    want boehm && HAVE="$HAVE boehm"
    case " $BENCHES " in *" pause "*)
      want boehm-par && HAVE="$HAVE boehm-par"; want boehm-incr && HAVE="$HAVE boehm-incr";; esac
  else note "skipping Boehm GC: pkg-config bdw-gc not found (apt-get install libgc-dev)"; fi
fi
want glibc && HAVE="$HAVE glibc"
if want mimalloc; then
  MIMALLOC=${BENCH_MIMALLOC:-}
  if [ -z "$MIMALLOC" ]; then
    for f in /usr/lib/x86_64-linux-gnu/libmimalloc.so.2 /usr/lib/*/libmimalloc.so.2 /usr/lib/libmimalloc.so.2 /usr/local/lib/libmimalloc.so.2; do
      [ -f "$f" ] && { MIMALLOC=$f; break; }
    done
  fi
  if [ -n "$MIMALLOC" ] && [ -f "$MIMALLOC" ]; then HAVE="$HAVE mimalloc"; else note "skipping mimalloc: libmimalloc.so.2 not found (apt-get install libmimalloc2.0)"; fi
fi
if want go; then
  if command -v go >/dev/null 2>&1; then HAVE="$HAVE go"; else note "skipping Go: no go command (apt-get install golang-go)"; fi
fi

has() { case " $HAVE " in *" $1 "*) return 0;; esac; return 1; }

# ---- build -------------------------------------------------------------------
BIN="$OUT/bin"
echo "== building benchmarks into $BIN" >&2
$CC $CFLAGS "$HERE/measure.c" -o "$BIN/measure" || { note "cannot build measure.c"; exit 1; }

declare -A BUILT   # the malloc build serves glibc and mimalloc: build it once per run.sh
# build_c prog backend: compile bench/<prog>.c for one backend; 0 if built
build_c() {
  local prog=$1 be=$2 src="$HERE/$1.c" exe="$BIN/$1.$2" log="$OUT/bin/$1.$2.log"
  case "$be" in
    gomem) $CC $CFLAGS -DBENCH_GOMEM -I"$ROOT/include" "$src" "$GOMEM_LIB" -lpthread -ldl -lm -o "$exe" >"$log" 2>&1 ;;
    boehm) $CC $CFLAGS -DBENCH_BOEHM "$src" $BOEHM_FLAGS -o "$exe" >"$log" 2>&1 ;;
    boehm-par|boehm-incr) [ -n "${BUILT[$1.boehm]:-}" ] ;;
    gomem-thp) [ -f "$BIN/$1.gomem" ] ;;
    glibc|mimalloc) [ -n "${BUILT[$1.malloc]:-}" ] || $CC $CFLAGS -DBENCH_MALLOC "$src" -lpthread -o "$BIN/$1.malloc" >"$log" 2>&1 ;;
    go) [ -n "${BUILT[$1.go]:-}" ] || (cd "$HERE/go" && GOCACHE="${GOCACHE:-$OUT/gocache}" GOFLAGS="${GOFLAGS:-} -mod=mod" go build -o "$exe" "./$prog") >"$log" 2>&1 ;;
  esac
  local rc=$?
  if [ $rc -ne 0 ]; then note "skipping $prog/$be: build failed (see $log):"; tail -5 "$log" >&2; return 1; fi
  case "$be" in glibc|mimalloc) BUILT[$1.malloc]=1 ;; boehm) BUILT[$1.boehm]=1 ;; go) BUILT[$1.go]=1 ;; esac
  if [ -s "$log" ] && [ "$be" != go ]; then note "$prog/$be: compiler warnings (see $log)"; fi
  return 0
}

# build_compiled prog: bench/go/<prog> compiled to C by gomem (cc -O2 inside
# `gomem build`, against this build's libgomem and golib); 0 if built
GOMEM_COMPILER="$BUILD/compiler/gomem"
build_compiled() {
  local prog=$1 log="$OUT/bin/$1.compiled-gomem.log"
  GOMEM_CC="${GOMEM_CC:-$CC}" "$GOMEM_COMPILER" build -o "$BIN/$prog.compiled-gomem" \
    "$HERE/go/$prog/main.go" >"$log" 2>&1 && return 0
  note "skipping compiled_$prog/gomem: gomem build failed (see $log):"; tail -5 "$log" >&2
  return 1
}

# the compilers of `compiled` that are present (a note for each one missing)
compiled_compilers() {
  local list=""
  if want gomem; then
    if [ -x "$GOMEM_COMPILER" ]; then list="$list gomem"
    else note "skipping compiled/gomem: $GOMEM_COMPILER not found (build it first: make build BUILD_TYPE=Release)"; fi
  fi
  has go && list="$list go"
  echo "$list"
}

# backends that make sense for each benchmark
backends_for() {
  case "$1" in
    gcbench|binary_trees) echo "gomem boehm glibc mimalloc go" ;;
    alloc_fast) echo "gomem boehm glibc mimalloc" ;;
    pause) echo "gomem gomem-thp boehm boehm-par boehm-incr go glibc" ;;
  esac
}

declare -A RUNNABLE
for b in $BENCHES; do
  if [ "$b" = compiled ]; then
    compilers=$(compiled_compilers)
    for prog in $COMPILED_PROGS; do
      list=""
      for be in $compilers; do
        case "$be" in gomem) build_compiled "$prog" ;; go) build_c "$prog" go ;; esac && list="$list $be"
      done
      RUNNABLE[compiled_$prog]=$list
      echo "   compiled_$prog:$list" >&2
    done
    continue
  fi
  list=""
  for be in $(backends_for "$b"); do
    has "$be" || continue
    prog=$b
    if [ "$be" = go ] && [ ! -d "$HERE/go/$b" ]; then continue; fi
    build_c "$prog" "$be" && list="$list $be"
  done
  RUNNABLE[$b]=$list
  echo "   $b:$list" >&2
done

# command line (after measure's own options) for one run
run_cmd() {
  local b=$1 be=$2 exe
  case "$b" in compiled_*) run_cmd_compiled "${b#compiled_}" "$be"; return ;; esac
  case "$be" in
    go) exe="$BIN/$b.go" ;;
    glibc|mimalloc) exe="$BIN/$b.malloc" ;;
    boehm|boehm-par|boehm-incr) exe="$BIN/$b.boehm" ;;
    gomem-thp) exe="$BIN/$b.gomem" ;;
    *) exe="$BIN/$b.$be" ;;
  esac
  case "$be" in
    mimalloc) printf '%s\n' -E "LD_PRELOAD=$MIMALLOC" ;;
    # boehm: as configured by default (Debian's libgc starts parallel marker
    # threads only once the program creates a thread: single-threaded
    # programs mark with one thread).  pause only: boehm-par starts the
    # marker threads (GC_MARKERS = CPUs), boehm-incr calls GC_enable_incremental.
    boehm-par) printf '%s\n' -E BENCH_BOEHM_MODE=parallel ;;
    boehm-incr) printf '%s\n' -E BENCH_BOEHM_MODE=incremental ;;
    # pause only: gomem with transparent huge pages for its heap
    gomem-thp) printf '%s\n' -E GODEBUG=disablethp=0 ;;
  esac
  printf '%s\n' --
  printf '%s\n' "$exe"
  case "$b" in
    gcbench) printf '%s\n' "$SCALE" ;;
    binary_trees) printf '%s\n' "$DEPTH" ;;
    pause) printf '%s\n' "$PAUSE_MIB" "${BENCH_PAUSE_SECS:-10}" ;;
  esac
}

# the same for a program of `compiled`: same arguments for both compilers;
# gctrace on for both (one line per cycle on stderr, as Go's own)
run_cmd_compiled() {
  local prog=$1 be=$2
  printf '%s\n' -E GODEBUG=gctrace=1 --
  case "$be" in gomem) printf '%s\n' "$BIN/$prog.compiled-gomem" ;; go) printf '%s\n' "$BIN/$prog.go" ;; esac
  case "$prog" in
    gcbench) printf '%s\n' "$COMPILED_SCALE" ;;
    binary_trees) printf '%s\n' "$DEPTH" ;;
  esac
}

# gc_pause_max_ms stderr-file: the largest stop-the-world pause in Go's
# gctrace lines "gc N @t s P%: A+B+C ms clock, ...": A (sweep termination) and
# C (mark termination) stop the world, B is concurrent marking.  Prints
# nothing when the file holds no such line.
gc_pause_max_ms() {
  awk '/^gc [0-9]+ @[0-9.]+s [0-9]+%: / {
         for (i = 2; i < NF; i++) if ($i == "ms" && $(i + 1) == "clock,") {
           n = split($(i - 1), t, "+"); if (n != 3) next
           seen = 1
           if (t[1] + 0 > max) max = t[1] + 0
           if (t[3] + 0 > max) max = t[3] + 0
         }
       }
       END { if (seen) printf "%.3f", max }' "$1"
}

# ---- run ---------------------------------------------------------------------
RES="$OUT/results.tsv"
printf 'bench\tbackend\trun\tstatus\tok\twall_s\tcpu_s\tmaxrss_kb\tgcs\textra\n' >"$RES"
: >"$OUT/failures.txt"
START=$(date +%s)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
declare -A REFOUT
FAILED=0

run_one() {  # bench label backend run
  local b=$1 label=$2 be=$3 r=$4 base="$OUT/runs/$2.$3.$4"
  local -a cmd
  mapfile -t cmd < <(run_cmd "$b" "$be")
  local m
  m=$("$BIN/measure" -o "$base.out" -e "$base.err" "${cmd[@]}")
  local status wall cpu rss gcs extra ok=yes
  status=$(sed -n 's/.*status=\([0-9]*\).*/\1/p' <<<"$m")
  wall=$(sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' <<<"$m")
  cpu=$(sed -n 's/.*cpu_s=\([0-9.]*\).*/\1/p' <<<"$m")
  rss=$(sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' <<<"$m")
  local bl
  bl=$(grep '^BENCH ' "$base.err" | tail -1)
  gcs=$(sed -n 's/.* gcs=\([0-9]*\).*/\1/p' <<<"$bl"); gcs=${gcs:--}
  case "$be" in glibc|mimalloc) gcs=- ;; esac
  extra=$(sed 's/^BENCH //; s/ *gcs=[0-9]* */ /; s/^ *//; s/ *$//' <<<"$bl")
  local pause
  pause=$(gc_pause_max_ms "$base.err")
  [ -z "$pause" ] || extra="${extra:+$extra }gc_pause_max_ms=$pause"
  # Checksum: stdout identical across backends and runs.
  if [ "${status:-1}" != 0 ]; then ok=FAIL
    [ "$be" = gomem ] && FAILED=1   # a peer failing is a result, not an error of ours
    note "$label/$be run $r exited with status $status; stderr:"; tail -3 "$base.err" >&2
    printf -- '- %s/%s run %s: exit status %s: %s\n' "$label" "$be" "$r" "$status" \
      "$( { grep -h 'FAIL\|BROKEN' "$base.out"; grep -v '^pause:' "$base.err"; } | head -1)" >>"$OUT/failures.txt"
  elif [ -z "${REFOUT[$label]:-}" ]; then REFOUT[$label]="$base.out"
  elif ! cmp -s "${REFOUT[$label]}" "$base.out"; then ok=MISMATCH; FAILED=1
    note "$label/$be run $r: output differs from ${REFOUT[$label]}"
    printf -- '- %s/%s run %s: stdout differs from %s\n' "$label" "$be" "$r" "${REFOUT[$label]}" >>"$OUT/failures.txt"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$be" "$r" "${status:-?}" "$ok" \
    "${wall:-0}" "${cpu:-0}" "${rss:-0}" "$gcs" "${extra:--}" >>"$RES"
  printf '   %-14s %-10s run %d: wall %ss cpu %ss rss %s KiB gcs %s %s %s\n' "$label" "$be" "$r" \
    "$wall" "$cpu" "$rss" "$gcs" "$extra" "$([ $ok = yes ] || echo "$ok")" >&2
}

echo "== running: $BENCHES; $RUNS runs each, backends interleaved (load average at start: $LOAD0)" >&2
PAUSE_RUNS=${BENCH_PAUSE_RUNS:-3}
MAXRUNS=$RUNS
case " $BENCHES " in *" pause "*) [ "$PAUSE_RUNS" -gt "$MAXRUNS" ] && MAXRUNS=$PAUSE_RUNS;; esac
# run_round bench label run backend...: one run of each backend, the order
# rotated every run so that no backend always goes first
run_round() {
  local b=$1 label=$2 r=$3; shift 3
  [ $# -gt 0 ] || return 0
  local -a list=("$@") order
  local rot=$(( (r - 1) % $# )) be
  order=("${list[@]:$rot}" "${list[@]:0:$rot}")
  for be in "${order[@]}"; do run_one "$b" "$label" "$be" "$r"; done
}

for r in $(seq 1 "$MAXRUNS"); do
  for b in $BENCHES; do
    if [ "$b" = pause ]; then [ "$r" -le "$PAUSE_RUNS" ] || continue
    else [ "$r" -le "$RUNS" ] || continue; fi
    if [ "$b" = pause ]; then
      for mib in ${BENCH_PAUSE_MIB:-256 1024}; do
        PAUSE_MIB=$mib
        run_round pause "pause-${mib}MiB" "$r" ${RUNNABLE[$b]}
      done
    elif [ "$b" = compiled ]; then
      for prog in $COMPILED_PROGS; do
        run_round "compiled_$prog" "compiled_$prog" "$r" ${RUNNABLE[compiled_$prog]}
      done
    else
      run_round "$b" "$b" "$r" ${RUNNABLE[$b]}
    fi
  done
done
END=$(date +%s)
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)

# ---- report ------------------------------------------------------------------
REPORT="$OUT/report.md"
{
  echo "gomem benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(uname -sr)"
  echo "command: bench/run.sh $BUILD $BENCHES (BENCH_RUNS=$RUNS, gcbench scale $SCALE, binary-trees depth $DEPTH$(case " $BENCHES " in *" compiled "*) echo ", compiled gcbench scale $COMPILED_SCALE";; esac)$(case " $BENCHES " in *" pause "*) echo ", pause: ${BENCH_PAUSE_MIB:-256 1024} MiB for ${BENCH_PAUSE_SECS:-10} s, $PAUSE_RUNS runs";; esac)); $(( END - START )) s; load average before $LOAD0, after $LOAD1"
  if has gomem; then
    src="$(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%Y-%m-%d %H:%M' 2>/dev/null || echo 'not a git checkout')"
    srcdirs="runtime include"
    case " $BENCHES " in *" compiled "*) srcdirs="$srcdirs compiler golib";; esac
    # shellcheck disable=SC2086
    dirty="$(git -C "$ROOT" status --porcelain -- $srcdirs 2>/dev/null | wc -l)"
    [ "$dirty" = 0 ] || src="$src, plus $dirty uncommitted changes in $(sed 's/ /, /g' <<<"$srcdirs")"
    echo "gomem source: $ROOT at $src"
    echo "gomem: $GOMEM_LIB, CMAKE_BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null), GM_DEBUG=$(sed -n 's/^GM_DEBUG:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null), GM_SANITIZE=$(sed -n 's/^GM_SANITIZE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null); environment GOGC=${GOGC:-unset} GODEBUG=${GODEBUG:-unset}"
  fi
  echo "compilers: $($CC --version | head -1); $(command -v go >/dev/null && go version)"
  echo "cells: median (min–max) over the runs; RSS = peak resident set (ru_maxrss); CPU = user+sys"
  awk -F'\t' -v order="gomem gomem-thp boehm boehm-par boehm-incr glibc mimalloc go" '
    NR == 1 { next }
    {
      k = $1 SUBSEP $2
      if (!(($1) in seenb)) { seenb[$1] = 1; benches[++nb] = $1 }
      if ($5 != "yes") { bad[k] = bad[k] " " $5 }
      n[k]++
      wall[k, n[k]] = $6; cpu[k, n[k]] = $7; rss[k, n[k]] = $8 / 1024; gcs[k, n[k]] = $9
      m = split($10, kv, " ")
      for (i = 1; i <= m; i++) { split(kv[i], p, "="); if (p[2] != "") { ex[k, p[1], n[k]] = p[2]; exk[$1, p[1]] = 1 } }
      present[k] = 1
    }
    function med(arr, k, cnt,    i, j, t, v) {
      for (i = 1; i <= cnt; i++) v[i] = arr[k, i] + 0
      for (i = 2; i <= cnt; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
      lo = v[1]; hi = v[cnt]
      return (cnt % 2) ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
    }
    function medx(k, key, cnt,    i, tmp) {
      for (i = 1; i <= cnt; i++) tmp[k, i] = ex[k, key, i]
      return med(tmp, k, cnt)
    }
    function maxn(b,    i, m) { m = 0; for (i = 1; i <= nbe; i++) if (n[b SUBSEP bes[i]] > m) m = n[b SUBSEP bes[i]]; return m }
    function cell(v, fmt) { return sprintf(fmt " (" fmt "–" fmt ")", v, lo, hi) }
    END {
      nbe = split(order, bes, " ")
      for (bi = 1; bi <= nb; bi++) {
        b = benches[bi]
        printf "\n### %s\n\n", b
        printf "runs per backend: %d\n\n", maxn(b)
        hdr = "| backend | wall s | CPU s | peak RSS MiB | GCs"
        if (b ~ /^compiled_/) {
          printf "bench/go/%s compiled by `gomem build` (row gomem) and by `go build` (row go), run with GODEBUG=gctrace=1; gc_pause_max_ms: the largest stop-the-world pause of the run, max(A, C) over its gctrace lines \"A+B+C ms clock\"\n\n", substr(b, 10)
          hdr = "| compiler | wall s | CPU s | peak RSS MiB | GCs"
        }
        sep = "|---|---|---|---|---"
        nx = 0
        for (key in exk) { split(key, kk, SUBSEP); if (kk[1] == b) xs[++nx] = kk[2] }
        for (i = 2; i <= nx; i++) { t = xs[i]; for (j = i - 1; j >= 1 && xs[j] > t; j--) xs[j + 1] = xs[j]; xs[j + 1] = t }
        for (i = 1; i <= nx; i++) { hdr = hdr " | " xs[i]; sep = sep "|---" }
        print hdr " |"; print sep "|"
        for (i = 1; i <= nbe; i++) {
          k = b SUBSEP bes[i]; if (!(k in present)) continue
          c = n[k]
          mw[bes[i]] = med(wall, k, c); sw = cell(mw[bes[i]], "%.3f")
          mc[bes[i]] = med(cpu, k, c); sc = cell(mc[bes[i]], "%.3f")
          mr[bes[i]] = med(rss, k, c); sr = cell(mr[bes[i]], "%.1f")
          if (gcs[k, 1] == "-") sg = "–"; else { g = med(gcs, k, c); sg = sprintf("%d", g) }
          line = "| " bes[i] (bad[k] != "" ? " **" bad[k] "**" : "") " | " sw " | " sc " | " sr " | " sg
          for (x = 1; x <= nx; x++) {
            if ((k SUBSEP xs[x] SUBSEP 1) in ex) { v = medx(k, xs[x], c); mx[bes[i], xs[x]] = v; line = line " | " cell(v, "%.3f") }
            else line = line " | –"
          }
          print line " |"
        }
        others = 0
        for (i = 1; i <= nbe; i++) if (bes[i] != "gomem" && ((b SUBSEP bes[i]) in present)) others++
        if (((b SUBSEP "gomem") in present) && others > 0) {
          printf "\ngomem / other (medians; < 1 means gomem is smaller/faster):\n\n"
          hdr2 = "| gomem / | wall | CPU | RSS"
          sep2 = "|---|---|---|---"
          for (x = 1; x <= nx; x++) { hdr2 = hdr2 " | " xs[x]; sep2 = sep2 "|---" }
          print hdr2 " |"; print sep2 "|"
          for (i = 1; i <= nbe; i++) {
            o = bes[i]; if (o == "gomem" || !((b SUBSEP o) in present) || bad[b SUBSEP o] != "") continue
            line = sprintf("| %s | %.2f | %.2f | %.2f", o, mw["gomem"] / mw[o], mc["gomem"] / mc[o], mr["gomem"] / mr[o])
            for (x = 1; x <= nx; x++) {
              if (((("gomem" SUBSEP xs[x]) in mx)) && ((o SUBSEP xs[x]) in mx) && mx[o, xs[x]] > 0) line = line sprintf(" | %.2f", mx["gomem", xs[x]] / mx[o, xs[x]])
              else line = line " | –"
            }
            print line " |"
          }
        }
        delete mw; delete mc; delete mr; delete mx; delete xs
      }
    }' "$RES"
  if [ -s "$OUT/failures.txt" ]; then
    echo; echo "Failed runs (logs in $OUT/runs/):"; echo; cat "$OUT/failures.txt"
  fi
} >"$REPORT"
cat "$REPORT"
echo
echo "raw results: $RES; report: $REPORT" >&2
[ $FAILED = 0 ] || { echo "run.sh: a gomem run failed, or some program printed a different result (see above)" >&2; exit 1; }
