/* gen.c: C emission (issue 6). Not implemented yet: says so and exits 3
 * (main.c's EXIT_UNIMPLEMENTED); gomem never pretends to have built. */
#include "compiler.h"

int gen_program(Node **files, int nfiles, Arena *a, const BuildOptions *opt, bool run,
                int argc, char **argv) {
    (void)files; (void)nfiles; (void)a; (void)opt; (void)run; (void)argc; (void)argv;
    fprintf(stderr, "gomem: code generation is not implemented yet\n");
    return 3;
}
