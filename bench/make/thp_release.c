/*
 * thp_release.c — does memory released inside transparent huge pages stay
 * released?  The experiment behind runtime/meta.c's huge-page policy
 * (docs/benchmarks.md, "Huge pages for the heap"); not part of any test.
 *
 * Maps 256 MiB (2 MiB aligned), advises it MADV_HUGEPAGE, touches it, then
 * releases every other 8 KiB page with MADV_DONTNEED (as the scavenger
 * releases free spans), optionally advising each touched huge page
 * MADV_NOHUGEPAGE first, and prints the resident set and the process's
 * AnonHugePages at each step and after waiting (khugepaged works slowly).
 *
 * `thp_release touch` times first touches instead: 512 MiB of fresh
 * mappings, with and without MADV_HUGEPAGE, three times each (the page
 * faults' cost: one 2 MiB zeroing against 512 4 KiB ones).
 *
 * usage: thp_release [nohuge(0|1)] [seconds to wait]
 *        thp_release touch
 *   cc -O2 -o thp_release bench/make/thp_release.c && ./thp_release 0 60
 */
#define _GNU_SOURCE 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define HUGE ((size_t)2 << 20)
#define SIZE ((size_t)256 << 20)
#define PIECE ((size_t)8 << 10)

/* The value (in KiB) after `key` in a /proc file, or -1. */
static long proc_kib(const char *file, const char *key) {
    FILE *f = fopen(file, "r");
    char line[256];
    long v = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, key, strlen(key)) == 0) {
            v = atol(line + strlen(key));
            break;
        }
    fclose(f);
    return v;
}

static void show(const char *step) {
    printf("%-32s RSS %7.1f MiB  AnonHugePages %7.1f MiB\n", step,
           proc_kib("/proc/self/status", "VmRSS:") / 1024.0,
           proc_kib("/proc/self/smaps_rollup", "AnonHugePages:") / 1024.0);
}

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int time_touches(void) {
    const size_t size = (size_t)512 << 20;
    for (int huge = 0; huge <= 1; huge++) {
        for (int rep = 0; rep < 3; rep++) {
            char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) {
                perror("mmap");
                return 1;
            }
            if (huge)
                madvise(p, size, MADV_HUGEPAGE);
            double t0 = seconds();
            for (size_t i = 0; i < size; i += 4096)
                p[i] = 1;
            double t = seconds() - t0;
            printf("%s, run %d: touching 512 MiB took %.3f s (%.2f GB/s)\n",
                   huge ? "MADV_HUGEPAGE" : "4 KiB pages  ", rep, t, (double)size / t / 1e9);
            munmap(p, size);
        }
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "touch") == 0)
        return time_touches();
    int nohuge = argc > 1 ? atoi(argv[1]) : 0;
    int wait_s = argc > 2 ? atoi(argv[2]) : 60;
    char *raw = mmap(NULL, SIZE + HUGE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    char *p = (char *)(((uintptr_t)raw + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
    if (madvise(p, SIZE, MADV_HUGEPAGE) != 0)
        perror("madvise(MADV_HUGEPAGE)");
    memset(p, 1, SIZE);
    show("touched");
    for (size_t off = 0; off < SIZE; off += 2 * PIECE) {
        if (nohuge)
            madvise(p + (off & ~(HUGE - 1)), HUGE, MADV_NOHUGEPAGE);
        madvise(p + off, PIECE, MADV_DONTNEED);
    }
    show(nohuge ? "released half (NOHUGEPAGE first)" : "released half");
    sleep((unsigned)wait_s);
    char after[64];
    snprintf(after, sizeof after, "%d s later", wait_s);
    show(after);
    return 0;
}
