/*
 * bench/measure.c — owns the measurement of one benchmark run for
 * bench/run.sh: it fork/execs a program, waits for it with wait4 and prints
 * one line with the wall-clock time (clock_gettime, CLOCK_MONOTONIC), the CPU
 * time (ru_utime + ru_stime of the child) and the child's peak RSS
 * (ru_maxrss).  It needs nothing beyond libc (no GNU time).
 *
 * usage: measure [-o stdout-file] [-e stderr-file] [-E VAR=VALUE]... [--] prog [args...]
 *   -o / -e    redirect the child's stdout / stderr to these files
 *   -E         set an environment variable in the child only (e.g. LD_PRELOAD)
 * output (on measure's own stdout, one line):
 *   MEASURE status=<exit status or 128+signal> wall_s=<s> user_s=<s> sys_s=<s> cpu_s=<s> maxrss_kb=<KiB>
 * measure's exit status is the child's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_ENV 32

static void usage(void) {
    fprintf(stderr, "usage: measure [-o stdout-file] [-e stderr-file] [-E VAR=VALUE]... [--] prog [args...]\n");
    exit(2);
}

static double tv_s(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

static void redirect(const char *path, int fd) {
    int f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (f < 0) {
        fprintf(stderr, "measure: cannot open %s: %s\n", path, strerror(errno));
        _exit(127);
    }
    if (dup2(f, fd) < 0) _exit(127);
    close(f);
}

int main(int argc, char **argv) {
    const char *out = NULL, *err = NULL;
    char *envs[MAX_ENV];
    int nenv = 0, i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) { i++; break; }
        if (argv[i][0] != '-') break;
        if (i + 1 >= argc) usage();
        if (strcmp(argv[i], "-o") == 0) out = argv[++i];
        else if (strcmp(argv[i], "-e") == 0) err = argv[++i];
        else if (strcmp(argv[i], "-E") == 0) {
            if (nenv == MAX_ENV || !strchr(argv[i + 1], '=')) usage();
            envs[nenv++] = argv[++i];
        } else usage();
    }
    if (i >= argc) usage();
    fflush(stdout);

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 127;
    }
    if (pid == 0) {
        if (out) redirect(out, 1);
        if (err) redirect(err, 2);
        for (int k = 0; k < nenv; k++) putenv(envs[k]);
        execvp(argv[i], argv + i);
        fprintf(stderr, "measure: cannot run %s: %s\n", argv[i], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 127;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double user = tv_s(ru.ru_utime), sys = tv_s(ru.ru_stime);
    int code = WIFEXITED(status) ? WEXITSTATUS(status)
             : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 127;
    printf("MEASURE status=%d wall_s=%.4f user_s=%.4f sys_s=%.4f cpu_s=%.4f maxrss_kb=%ld\n",
           code, wall, user, sys, user + sys, ru.ru_maxrss);
    return code;
}
