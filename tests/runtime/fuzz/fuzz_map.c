/*
 * fuzz_map.c — libFuzzer entry point of the map fuzzer: each input is a
 * program for map_interp.c (see map_fuzz.h), run against the reference
 * model; a mismatch aborts, and libFuzzer keeps the input.  Built and run
 * by run.sh.  Knobs the runtime reads (GOGC, GODEBUG=gccheckmark=1) come
 * from the environment.
 */
#include "map_fuzz.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void report(void) { mf_report(stderr, "map_fuzz"); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    mf_init();
    atexit(report);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    mf_run(data, size);
    return 0;
}
