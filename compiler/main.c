/* main.c: the driver, the `gomem` command.
 *
 *   gomem build [-gcflags=FLAGS] [-o out] file.go...   compile (as go build)
 *   gomem run [-gcflags=FLAGS] file.go... [args]      compile and run with args
 *   gomem parse [-dump] [-pos] [-each] file.go...     parse; print the AST
 *                      (-pos: with positions; -each: files are unrelated)
 *   gomem check file.go...                            parse and type-check
 *   gomem version
 *
 * It reads the files, runs the passes in order (lex and parse, type check,
 * escape analysis, C emission and cc: gen.c), prints errors the way gc
 * does and exits like go build: 0 on success, 1 on compile errors (gc's
 * status; `go build` itself reports 2), 2 on usage errors, 3 when a stage
 * is reached that is not implemented (it says so; gomem never pretends to
 * have built something it did not). `gomem run` ends as go run does: when
 * the program fails, "exit status N" (or "signal: killed") on stderr and
 * status 1; the program itself exits 2 on a panic, as a Go binary.
 *
 * Invariants: one Arena per invocation holds every object of the
 * compilation and is freed before exit; nothing here calls exit() except
 * main's returns, so the passes stay usable as a library (the fuzzer).
 */
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "types.h"

#define GOMEM_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_COMPILE = 1, EXIT_USAGE = 2, EXIT_UNIMPLEMENTED = 3 };

static void usage(FILE *out) {
    fputs("usage: gomem build [-gcflags=FLAGS] [-o output] file.go...\n"
          "       gomem run [-gcflags=FLAGS] file.go... [arguments...]\n"
          "       gomem parse [-dump] [-pos] [-each] file.go...\n"
          "       gomem check file.go...   (parse and type-check only)\n"
          "       gomem version\n"
          "FLAGS: -m (escape decisions), -m=2 or -m -m (with reasons), -l\n",
          out);
}

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Parses the value of -gcflags: gc flags separated by spaces, optionally
 * after a package pattern ("all=-m"). Returns false on an unknown flag. */
static bool parse_gcflags(const char *value, BuildOptions *opt) {
    const char *eq = strchr(value, '=');
    if (eq && value[0] != '-')
        value = eq + 1;   /* pattern=flags */
    char buf[256];
    size_t n = strlen(value);
    if (n >= sizeof buf) {
        fprintf(stderr, "gomem: -gcflags value too long\n");
        return false;
    }
    memcpy(buf, value, n + 1);
    for (char *f = strtok(buf, " \t"); f; f = strtok(NULL, " \t")) {
        if (strcmp(f, "-m") == 0) {
            opt->m_level++;
        } else if (strncmp(f, "-m=", 3) == 0 && f[3] >= '0' && f[3] <= '9' && !f[4]) {
            opt->m_level = f[3] - '0';
        } else if (strcmp(f, "-l") == 0) {
            opt->no_inline = true;
        } else {
            fprintf(stderr, "gomem: unsupported -gcflags flag %s (supported: -m, -m=N, -l)\n", f);
            return false;
        }
    }
    return true;
}

typedef struct {
    BuildOptions build;
    bool dump, dump_pos;
    bool each;            /* parse: files are independent (no package check) */
    bool verify;          /* check: also verify every expression got a type */
    bool all_errors;      /* -e: no limit on the number of errors (as gc) */
    bool allow_prog_args; /* run: arguments after the files go to the program */
    const char **files;
    int nfiles;
    char **prog_args;     /* run: the program's arguments (after the files) */
    int nprog_args;
} Args;

/* Parses the flags and file arguments of build/run/parse. */
static bool parse_args(int argc, char **argv, Args *a, bool allow_out, bool allow_dump) {
    a->files = calloc((size_t)argc + 1, sizeof(char *));
    if (!a->files)
        return false;
    for (int i = 0; i < argc; i++) {
        const char *s = argv[i];
        if (strncmp(s, "-gcflags=", 9) == 0 || strncmp(s, "--gcflags=", 10) == 0) {
            if (!parse_gcflags(strchr(s, '=') + 1, &a->build))
                return false;
        } else if (strcmp(s, "-gcflags") == 0 && i + 1 < argc) {
            if (!parse_gcflags(argv[++i], &a->build))
                return false;
        } else if (allow_out && strcmp(s, "-o") == 0 && i + 1 < argc) {
            a->build.out = argv[++i];
        } else if (allow_out && strncmp(s, "-o=", 3) == 0) {
            a->build.out = s + 3;
        } else if (allow_dump && strcmp(s, "-dump") == 0) {
            a->dump = true;
        } else if (allow_dump && strcmp(s, "-pos") == 0) {
            a->dump = a->dump_pos = true;
        } else if (allow_dump && strcmp(s, "-each") == 0) {
            a->each = true;
        } else if (strcmp(s, "-verify") == 0) {
            a->verify = true;
        } else if (strcmp(s, "-e") == 0) {
            a->all_errors = true;
        } else if (a->nfiles > 0 && a->allow_prog_args && !has_suffix(s, ".go")) {
            a->prog_args = argv + i;   /* go run: files, then the program's arguments */
            a->nprog_args = argc - i;
            break;
        } else if (s[0] == '-') {
            fprintf(stderr, "gomem: unknown flag %s\n", s);
            return false;
        } else if (!has_suffix(s, ".go")) {
            fprintf(stderr, "gomem: named files must be .go files: %s\n", s);
            return false;
        } else {
            a->files[a->nfiles++] = s;
        }
    }
    if (a->nfiles == 0) {
        fprintf(stderr, "gomem: no go files listed\n");
        return false;
    }
    return true;
}

/* parse -each: every file on its own, with its own error list and arena,
 * as if compiled alone (for checking a large corpus in one process). */
static int parse_each(Args *a) {
    int failed = 0;
    for (int i = 0; i < a->nfiles; i++) {
        Arena arena;
        arena_init(&arena);
        Diag diag;
        diag_init(&diag, &arena);
        Node *tree = parse_path(a->files[i], &arena, &diag);
        if (diag_flush(&diag, stderr) > 0 || !tree)
            failed++;
        else if (a->dump)
            dump_file(stdout, tree, a->dump_pos);
        arena_free(&arena);
    }
    if (a->nfiles > 1)
        fprintf(stderr, "gomem: parsed %d files, %d with errors\n", a->nfiles, failed);
    return failed;
}

/* Parses every file (then type-checks them unless only parsing), printing
 * the trees when asked; errors go to one list, sorted and limited as gc
 * does. As gc, type checking is skipped after syntax errors (but not after
 * other errors of the parser, like "expression in go must be function
 * call"). Returns the number of errors (unreadable files included). */
static int compile_all(Args *a, Arena *arena, Node **trees, bool typecheck) {
    Diag diag;
    diag_init(&diag, arena);
    if (a->all_errors)
        diag.max_errors = 0;
    int unreadable = 0;
    for (int i = 0; i < a->nfiles && !diag.too_many && !diag.stop; i++) {
        trees[i] = parse_path(a->files[i], arena, &diag);
        if (!trees[i])
            unreadable++;
    }
    if (a->dump) {
        for (int i = 0; i < a->nfiles; i++)
            if (trees[i])
                dump_file(stdout, trees[i], a->dump_pos);
    }
    if (unreadable == 0 && diag.nsyntax == 0 && !diag.too_many && !diag.stop && a->nfiles > 1) {
        for (int i = 1; i < a->nfiles; i++) {
            if (strcmp(trees[i]->name, trees[0]->name) != 0) {
                diag_flush(&diag, stderr);
                fprintf(stderr, "gomem: found packages %s (%s) and %s (%s)\n", trees[0]->name,
                        a->files[0], trees[i]->name, a->files[i]);
                return 1;
            }
        }
    }
    if (typecheck && unreadable == 0 && diag.nsyntax == 0 && !diag.too_many && !diag.stop) {
        if (check_package(trees, a->nfiles, arena, &diag) && a->verify)
            check_verify(trees, a->nfiles, &diag);
    }
    return diag_flush(&diag, stderr) + unreadable;
}

/* The stages after type checking: escape analysis (printing -m when
 * asked), then C emission and cc (build) and running the program (run). */
static int build_or_run(Args *a, Arena *arena, Node **trees, bool run) {
    int status = escape_package(trees, a->nfiles, arena, &a->build, stderr);
    if (status != EXIT_OK)
        return status;
    /* As go build: a package other than main compiles (its diagnostics are
     * printed) but makes no program; go run refuses it. */
    if (strcmp(trees[0]->name, "main") != 0) {
        if (!run)
            return EXIT_OK;
        fprintf(stderr, "package command-line-arguments is not a main package\n");
        return EXIT_COMPILE;
    }
    return gen_program(trees, a->nfiles, arena, &a->build, run, a->nprog_args, a->prog_args);
}

static int cmd_compile(const char *cmd, int argc, char **argv) {
    bool is_parse = strcmp(cmd, "parse") == 0;
    Args a;
    memset(&a, 0, sizeof a);
    a.allow_prog_args = strcmp(cmd, "run") == 0;
    if (!parse_args(argc, argv, &a, strcmp(cmd, "build") == 0, is_parse)) {
        free(a.files);
        usage(stderr);
        return EXIT_USAGE;
    }
    if (a.each) {
        int failed = parse_each(&a);
        free(a.files);
        return failed ? EXIT_COMPILE : EXIT_OK;
    }
    Arena arena;
    arena_init(&arena);
    Node **trees = arena_alloc(&arena, sizeof(Node *) * (size_t)a.nfiles);
    int errors = compile_all(&a, &arena, trees, !is_parse);
    int status = EXIT_OK;
    if (errors)
        status = EXIT_COMPILE;
    else if (!is_parse && strcmp(cmd, "check") != 0)
        status = build_or_run(&a, &arena, trees, strcmp(cmd, "run") == 0);
    arena_free(&arena);
    free(a.files);
    return status;
}

/* In a sanitizer build, LeakSanitizer would fail every compile: the
 * emitter's scratch buffers (gen*.c) are not all freed, since the process
 * ends right after (the arena holds everything else). Programs that gomem
 * builds keep leak checking. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "version") == 0) {
        printf("gomem version %s (Go 1.19 subset)\n", GOMEM_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0 || strcmp(cmd, "parse") == 0 ||
        strcmp(cmd, "check") == 0)
        return cmd_compile(cmd, argc - 2, argv + 2);
    fprintf(stderr, "gomem %s: unknown command\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
