#!/bin/sh
# run.sh: build the parser's libFuzzer target and run it.
#
#   tests/compiler/fuzz/run.sh SECONDS [extra libFuzzer flags]
#
# Needs clang with libFuzzer (Debian: clang + libclang-rt-14-dev). Builds in
# $FUZZ_BUILD (default build-fuzz/ at the repository root), runs one job for
# SECONDS seconds over a working corpus seeded from corpus/ (the seeds are
# never modified), and keeps crash/leak/timeout reproducers in
# $FUZZ_BUILD/artifacts/. Exit status: 0 if nothing was found, 1 otherwise,
# 77 if clang or libFuzzer is missing (CTest reports that as skipped).
set -eu
secs=${1:-60}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${FUZZ_BUILD:-$root/build-fuzz}
CC=${FUZZ_CC:-clang}
mkdir -p "$out/work" "$out/artifacts"

if ! command -v "$CC" >/dev/null 2>&1; then
    echo "fuzz: $CC not found; skipping"; exit 77
fi
if ! echo 'int LLVMFuzzerTestOneInput(const char *d, long n){(void)d;(void)n;return 0;}' |
     "$CC" -x c -fsanitize=fuzzer -o "$out/probe" - >/dev/null 2>&1; then
    echo "fuzz: $CC has no libFuzzer (install libclang-rt-14-dev); skipping"; exit 77
fi

src="$root/compiler"
"$CC" -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer \
    -I"$src" -o "$out/fuzz_parse" "$here/fuzz_parse.c" \
    "$src/arena.c" "$src/diag.c" "$src/lex.c" "$src/parse.c" \
    "$src/parse_type.c" "$src/parse_expr.c" "$src/parse_stmt.c" "$src/branches.c" "$src/dump.c" \
    "$src/print.c" "$src/types.c" "$src/check.c" "$src/check_const.c" \
    "$src/check_expr.c" "$src/check_call.c" "$src/check_stmt.c" "$src/stdlib.c" -lm

echo "fuzz: running fuzz_parse for $secs s (corpus $out/work, seeds $here/corpus)"
cd "$out"
./fuzz_parse -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -error_exitcode=1 -timeout_exitcode=1 \
    -max_len=8192 -print_final_stats=1 -dict="$here/go.dict" \
    -artifact_prefix="$out/artifacts/" "$@" "$out/work" "$here/corpus"
