/* escape_only.c: runs gomem's front end and escape analysis (no C
 * emission) on each file given, every file a package of its own, to show
 * that escape analysis finishes on any program that type-checks.
 *
 *   escape_only [-m N] [-v] file.go...
 *
 * Files that do not parse or type-check are skipped (counted). With -m,
 * the diagnostics go to stdout; without, nothing is printed but the
 * summary. A crash is the failure this tool exists to catch: the test
 * that runs it fails on a signal. Exit status 0 otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"

static bool analyse(const char *path, int m, FILE *out) {
    Arena arena;
    arena_init(&arena);
    Diag diag;
    diag_init(&diag, &arena);
    Node *tree = parse_path(path, &arena, &diag);
    bool ok = tree && diag.nerrors == 0 && check_package(&tree, 1, &arena, &diag);
    if (ok) {
        BuildOptions opt = {m, true, NULL};
        escape_package(&tree, 1, &arena, &opt, out);
    }
    arena_free(&arena);
    return ok;
}

int main(int argc, char **argv) {
    int m = 0, analysed = 0, skipped = 0;
    bool verbose = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
            m = atoi(argv[++i]);
        else if (strcmp(argv[i], "-v") == 0)
            verbose = true;
    }
    FILE *devnull = fopen("/dev/null", "w");
    for (; i < argc; i++) {
        if (verbose)
            fprintf(stderr, "%s\n", argv[i]);
        if (analyse(argv[i], m, m ? stdout : devnull))
            analysed++;
        else
            skipped++;
    }
    if (devnull)
        fclose(devnull);
    fprintf(stderr, "escape_only: %d files analysed, %d skipped (do not type-check)\n", analysed, skipped);
    return 0;
}
