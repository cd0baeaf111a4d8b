#!/bin/sh
# run.sh: build the map fuzzer's libFuzzer target and run it.
#
#   tests/runtime/fuzz/run.sh SECONDS [extra libFuzzer flags]
#   tests/runtime/fuzz/run.sh --probe     exit 0 if clang can build fuzzers
#
# Needs clang with libFuzzer (Debian: clang + libclang-rt-14-dev).  Builds
# in $FUZZ_BUILD (default build-mapfuzz-fuzz/ at the repository root; the
# build is skipped when the binary is newer than every source), runs one
# job for SECONDS seconds over a working corpus seeded from corpus/ (the
# seeds are never modified) and keeps crash/timeout reproducers in
# $FUZZ_BUILD/artifacts/ (replay one with the plain driver:
# rt_map_fuzz -v FILE, or with this target: $FUZZ_BUILD/fuzz_map FILE).
# Coverage guides by the map's code only (map.c, hash.c, type.c and the
# interpreter): the collector's threads would make it noisy.  The
# runtime's knobs pass through: GOGC=5 GODEBUG=gccheckmark=1 run.sh 600.
# Exit status: 0 if nothing was found, 1 otherwise, 77 if clang or
# libFuzzer is missing (CTest reports that as skipped).
set -eu
secs=${1:-60}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${FUZZ_BUILD:-$root/build-mapfuzz-fuzz}
CC=${FUZZ_CC:-clang}
mkdir -p "$out/work" "$out/artifacts" "$out/obj"

if ! command -v "$CC" >/dev/null 2>&1; then
    echo "fuzz: $CC not found; skipping"; exit 77
fi
if ! echo 'int LLVMFuzzerTestOneInput(const char *d, long n){(void)d;(void)n;return 0;}' |
     "$CC" -x c -fsanitize=fuzzer -o "$out/probe" - >/dev/null 2>&1; then
    echo "fuzz: $CC has no libFuzzer (install libclang-rt-14-dev); skipping"; exit 77
fi
[ "$secs" = "--probe" ] && exit 0      # map_fuzz.cmake: can this machine fuzz?

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
flags="-std=gnu11 -g -O1 -DGM_DEBUG=0 -I$root/include -I$root/runtime -I$root/tests/runtime"
guided="map.c hash.c type.c"
# No comparison tracing: libFuzzer keeps recent comparison operands in its
# own globals, which the collector scans as roots, so a compared pointer to
# a table kept that table (and every value in it) alive: a false leak in
# the retention check (391 of 391 values of a replaced map).
nocmp="-fno-sanitize-coverage=trace-cmp"
if [ ! -x "$out/fuzz_map" ] ||
   [ -n "$(find "$root/runtime" "$root/include" "$here" -newer "$out/fuzz_map" \
           \( -name '*.c' -o -name '*.h' -o -name run.sh \) | head -1)" ]; then
    echo "fuzz: building $out/fuzz_map"
    objs=""
    for src in "$root"/runtime/*.c; do
        base=$(basename "$src" .c)
        cov=""
        case " $guided " in *" $base.c "*) cov="-fsanitize=fuzzer-no-link $nocmp" ;; esac
        # shellcheck disable=SC2086
        "$CC" $flags $san $cov -c "$src" -o "$out/obj/$base.o"
        objs="$objs $out/obj/$base.o"
    done
    # shellcheck disable=SC2086
    "$CC" $flags $san -fsanitize=fuzzer $nocmp -o "$out/fuzz_map" "$here/fuzz_map.c" \
        "$here/map_interp.c" "$here/map_keys.c" $objs -lpthread -ldl -lm
fi

echo "fuzz: running fuzz_map for $secs s (corpus $out/work, seeds $here/corpus)"
cd "$out"
# The collector scans thread stacks: keep ASan's frames on them.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=0:detect_leaks=0} \
./fuzz_map -max_total_time="$secs" -timeout=120 -rss_limit_mb=6144 \
    -error_exitcode=1 -timeout_exitcode=1 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/" "$@" "$out/work" "$here/corpus"
