/*
 * map_fuzz_driver.c — the map fuzzer without libFuzzer (any compiler, any
 * sanitizer): runs random programs (mf_random_program) from a seed until
 * SECONDS pass, or replays saved inputs (crash files from libFuzzer).
 *
 *   map_fuzz_driver [SECONDS [SEED]]     default 3 s, seed from the clock
 *   map_fuzz_driver -v FILE...           replay FILEs (-v: print each op)
 *   map_fuzz_driver --seeds DIR N        write N programs into DIR (corpus)
 *
 * The seed is printed first, so that a failure can be rerun (the maps'
 * hash seeds and iteration starts still differ between runs); with
 * MF_SAVE=FILE each program is saved to FILE before it runs.
 */
#include "map_fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PROGRAM_CAP 4096

static int replay(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    static uint8_t buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    fprintf(stderr, "map_fuzz_driver: replaying %s (%zu bytes)\n", path, n);
    mf_run(buf, n);
    return 0;
}

static int write_seeds(const char *dir, int n) {
    uint8_t buf[PROGRAM_CAP];
    for (int i = 0; i < n; i++) {
        size_t len = mf_random_program((uint64_t)i + 1, buf, sizeof buf, 40 + i * 10);
        char path[4096];
        snprintf(path, sizeof path, "%s/seed%02d", dir, i);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(buf, 1, len, f) != len) {
            perror(path);
            return 1;
        }
        fclose(f);
    }
    return 0;
}

/* MF_SAVE=FILE: each program is written to FILE before it runs, so the
 * one that failed is there to replay. */
static void save_program(const char *path, const uint8_t *buf, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(buf, 1, n, f) != n) {
        perror(path);
        exit(1);
    }
    fclose(f);
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    mf_init();
    if (argc > 1 && strcmp(argv[1], "--seeds") == 0)
        return argc > 3 ? write_seeds(argv[2], atoi(argv[3])) : 2;
    if (argc > 1 && (strcmp(argv[1], "-v") == 0 || argv[1][0] < '0' || argv[1][0] > '9')) {
        int i = 1;
        if (strcmp(argv[1], "-v") == 0)
            mf_verbose = 1, i++;
        for (; i < argc; i++)
            if (replay(argv[i]))
                return 1;
        return 0;
    }
    double secs = argc > 1 ? atof(argv[1]) : 3;
    uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : (uint64_t)time(NULL);
    fprintf(stderr, "map_fuzz_driver: seed %llu, %.1f s\n", (unsigned long long)seed, secs);
    static uint8_t buf[PROGRAM_CAP];
    const char *save = getenv("MF_SAVE");
    double end = now_s() + secs;
    mf_deadline = end;
    for (uint64_t i = 0; i == 0 || now_s() < end; i++) {
        size_t n = mf_random_program(seed * 1000003 + i, buf, sizeof buf, 20 + (int)(i % 200));
        if (save)
            save_program(save, buf, n);
        mf_run(buf, n);
    }
    mf_report(stdout, "map_fuzz_driver: PASS");
    return 0;
}
