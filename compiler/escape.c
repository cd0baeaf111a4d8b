/* escape.c: escape analysis (issue 5). Not implemented yet: says so and
 * exits 3 (main.c's EXIT_UNIMPLEMENTED) rather than guess a decision. */
#include "compiler.h"

int escape_package(Node **files, int nfiles, Arena *a, const BuildOptions *opt, FILE *out) {
    (void)files; (void)nfiles; (void)a; (void)out;
    if (opt->m_level > 0) {
        fprintf(stderr, "gomem: escape analysis (-m) is not implemented yet\n");
        return 3;
    }
    return 0;
}
