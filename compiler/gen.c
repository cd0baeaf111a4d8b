/* gen.c: the C emitter's driver (issue 6): walks a checked package, emits
 * one C file (types, descriptors, prototypes, globals, functions, main),
 * compiles it with the system's cc against libgomem and golib, and runs the
 * result for `gomem run`.
 *
 * Where the headers and libraries are: the build tree that built this gomem
 * (GOMEM_SOURCE_DIR / GOMEM_BUILD_DIR, compile definitions) when its
 * libgomem.a exists, else the install prefix (GOMEM_INSTALL_INCLUDEDIR /
 * GOMEM_INSTALL_LIBDIR). $GOMEM_CC overrides the compiler, $GOMEM_CFLAGS
 * adds space-separated arguments to its command line, $GOMEM_KEEP_C keeps the
 * emitted C (its path is printed), $GOMEM_LINE_DIRECTIVES=1 emits `#line`
 * directives naming the Go source line of each statement (for debuggers and
 * tools/alloc-sites.sh; off by default so that normal builds are unchanged).
 *
 * Invariants: nothing is written outside a fresh temporary directory
 * (mkdtemp under $TMPDIR) except the -o output; the temporary directory is
 * removed before returning; a construct outside the subset is reported as
 * file:line:col: and exits 1 before any C is compiled.
 */
#include <errno.h>
#include <glob.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gen.h"

#ifndef GOMEM_SOURCE_DIR
#define GOMEM_SOURCE_DIR "."
#endif
#ifndef GOMEM_BUILD_DIR
#define GOMEM_BUILD_DIR "."
#endif
#ifndef GOMEM_SANITIZE_FLAGS
#define GOMEM_SANITIZE_FLAGS ""
#endif
#ifndef GOMEM_INSTALL_INCLUDEDIR
#define GOMEM_INSTALL_INCLUDEDIR "/usr/local/include"
#endif
#ifndef GOMEM_INSTALL_LIBDIR
#define GOMEM_INSTALL_LIBDIR "/usr/local/lib"
#endif

/* ---- buffers, maps, names ---------------------------------------------- */

void buf_puts(Buf *b, const char *s) {
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = grown_capacity(b->cap, b->len + n + 1, 256);
        b->s = realloc(b->s, cap);
        if (!b->s) {
            fputs("gomem: out of memory\n", stderr);
            abort();
        }
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[512];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof small) {
        buf_puts(b, small);
        return;
    }
    char *big = malloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_puts(b, big);
    free(big);
}

/* The text of b, moved into the arena; b is empty afterwards. */
const char *buf_take(Gen *g, Buf *b) {
    const char *s = arena_strdup(g->arena, b->s ? b->s : "");
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

static size_t ptr_hash(const void *p, size_t cap) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 7) & (cap - 1);
}

void *pmap_get(const PtrMap *m, const void *key) {
    if (!m->cap)
        return NULL;
    for (size_t i = ptr_hash(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

void pmap_put(PtrMap *m, const void *key, void *val) {
    if ((m->len + 1) * 2 > m->cap) {
        PtrMap n = {calloc(m->cap ? m->cap * 2 : 64, sizeof(void *)),
                    calloc(m->cap ? m->cap * 2 : 64, sizeof(void *)), m->cap ? m->cap * 2 : 64, 0};
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i])
                pmap_put(&n, m->keys[i], m->vals[i]);
        free(m->keys);
        free(m->vals);
        *m = n;
    }
    size_t i = ptr_hash(key, m->cap);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i])
        m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
}

static void pmap_free(PtrMap *m) {
    free(m->keys);
    free(m->vals);
}

const char *gen_fresh(Gen *g, const char *prefix) {
    return arena_printf(g->arena, "%s_%d", prefix, ++g->counter);
}

const char *gstr(Gen *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = arena_vprintf(g->arena, fmt, ap);
    va_end(ap);
    return s;
}

void gen_unsupported(Gen *g, Pos pos, const char *what) {
    if (g->error)
        return;
    g->error = what;
    g->error_pos = pos;
}

/* True when $GOMEM_LINE_DIRECTIVES is 1 (read once). */
bool gen_line_directives(void) {
    static int on = -1;
    if (on < 0) {
        const char *v = getenv("GOMEM_LINE_DIRECTIVES");
        on = v && strcmp(v, "1") == 0;
    }
    return on;
}

/* The `#line` directive attributing the C that follows to pos's Go line, or
 * "" when line directives are off. */
const char *gen_line_directive(Gen *g, Pos pos) {
    if (!gen_line_directives() || !pos.file || pos.line <= 0)
        return "";
    return gstr(g, "#line %d %s\n", pos.line, c_string_literal(g, pos.file, strlen(pos.file)));
}

/* The Go position the lines emitted next belong to (line directives on). */
static Pos current_line;

/* Attributes the lines emitted next to pos's line and returns the previous
 * position (to restore after a nested function body). */
Pos emit_line(Gen *g, Pos pos) {
    (void)g;
    Pos previous = current_line;
    current_line = pos;
    return previous;
}

/* Appends one line to the current function body, indented; with line
 * directives, preceded by its own `#line` (a directive numbers the lines
 * after it consecutively, and one statement can take several). */
void emit(Gen *g, const char *fmt, ...) {
    Buf *b = g->fn->body;
    buf_puts(b, gen_line_directive(g, current_line));
    for (int i = 0; i < g->fn->indent; i++)
        buf_puts(b, "    ");
    va_list ap;
    va_start(ap, fmt);
    char *s = arena_vprintf(g->arena, fmt, ap);
    va_end(ap);
    buf_puts(b, s);
    buf_puts(b, "\n");
}

const char *c_string_literal(Gen *g, const char *s, size_t len) {
    Buf b = {0};
    buf_puts(&b, "\"");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[8];
        if (c == '"' || c == '\\') {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            tmp[2] = 0;
        } else if (c >= 32 && c < 127 && c != '?') {
            tmp[0] = (char)c;
            tmp[1] = 0;
        } else {
            snprintf(tmp, sizeof tmp, "\\%03o", c);
        }
        buf_puts(&b, tmp);
    }
    buf_puts(&b, "\"");
    const char *r = arena_strdup(g->arena, b.s);
    free(b.s);
    return r;
}

/* ---- the C file --------------------------------------------------------- */

static void emit_main(Gen *g, Buf *out) {
    buf_puts(out, "\nint main(int argc, char **argv) {\n"
                  "    gort_start(argc, argv);\n"
                  "    gu_init_globals_();\n");
    buf_puts(out, g->init.s ? g->init.s : "");
    buf_puts(out, "    gu_main();\n"
                  "    gort_exit(0);\n"
                  "}\n");
}

static char *assemble(Gen *g) {
    Buf out = {0};
    buf_puts(&out, "/* generated by gomem from Go source; do not edit */\n"
                   "#include <setjmp.h>\n#include <string.h>\n#include <math.h>\n"
                   "#include \"gomem.h\"\n#include \"gort.h\"\n#include \"gort_rt.h\"\n"
                   "#include \"lib.h\"\n\n");
    Buf *parts[] = {&g->types_fwd, &g->types_def, &g->protos, &g->globals, &g->descs, &g->funcs};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (parts[i]->s)
            buf_puts(&out, parts[i]->s);
    emit_main(g, &out);
    return out.s;
}

static bool exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* Finds the golib library in a directory: lib*.a other than libgomem.a. */
static char *find_golib(const char *dir) {
    char pat[4096];
    snprintf(pat, sizeof pat, "%s/lib*.a", dir);
    glob_t gl;
    char *found = NULL;
    if (glob(pat, 0, NULL, &gl) == 0) {
        for (size_t i = 0; i < gl.gl_pathc && !found; i++)
            if (!strstr(gl.gl_pathv[i], "/libgomem.a"))
                found = strdup(gl.gl_pathv[i]);
        globfree(&gl);
    }
    return found;
}

/* Runs argv and waits; returns the raw wait status in *wstatus, or false
 * when it could not be started (fork failed; exec failures exit 127). */
static bool wait_process(char **argv, int *wstatus) {
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "gomem: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    while (waitpid(pid, wstatus, 0) < 0)
        if (errno != EINTR)
            return false;
    return true;
}

/* Runs argv, waits, returns its exit status (128+signal when killed). */
static int run_process(char **argv) {
    int st;
    if (!wait_process(argv, &st))
        return 127;
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    if (WIFSIGNALED(st))
        return 128 + WTERMSIG(st);
    return 1;
}

/* Go's name of a signal (syscall.Signal.String): the C library's
 * description with a lower-case first letter ("killed", "segmentation
 * fault"), except where the first word is an acronym ("CPU time limit
 * exceeded", "I/O possible"). */
static void print_signal_name(FILE *f, int sig) {
    const char *name = strsignal(sig);
    if (!name) {
        fprintf(f, "signal %d", sig);
        return;
    }
    if (name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'a' && name[1] <= 'z')
        fputc(name[0] - 'A' + 'a', f), name++;
    fputs(name, f);
}

/* Runs the built program as `go run` does: the child gets the terminal's
 * interrupts (gomem ignores SIGINT/SIGQUIT meanwhile and outlives it); a
 * failure is reported as os.ProcessState.String() ("exit status 2",
 * "signal: killed", plus " (core dumped)") and makes gomem exit 1, as go
 * run does whatever the program's own status was. */
static int run_program(char **argv) {
    struct sigaction ignore = {.sa_handler = SIG_IGN}, old_int, old_quit;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    int st;
    bool started = wait_process(argv, &st);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    if (!started) {
        fprintf(stderr, "gomem: cannot run %s: %s\n", argv[0], strerror(errno));
        return 1;
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return 0;
    if (WIFEXITED(st)) {
        fprintf(stderr, "exit status %d", WEXITSTATUS(st));
    } else if (WIFSIGNALED(st)) {
        fputs("signal: ", stderr);
        print_signal_name(stderr, WTERMSIG(st));
    }
    if (WCOREDUMP(st))
        fputs(" (core dumped)", stderr);
    fputc('\n', stderr);
    return 1;
}

static int compile_c(const char *cfile, const char *out) {
    const char *cc = getenv("GOMEM_CC");
    if (!cc || !*cc)
        cc = "cc";
    char inc1[4200], inc2[4200], lib_gomem[4200];
    char *golib = NULL;
    snprintf(lib_gomem, sizeof lib_gomem, "%s/runtime/libgomem.a", GOMEM_BUILD_DIR);
    if (exists(lib_gomem)) {
        snprintf(inc1, sizeof inc1, "-I%s/include", GOMEM_SOURCE_DIR);
        snprintf(inc2, sizeof inc2, "-I%s/golib", GOMEM_SOURCE_DIR);
        golib = find_golib(GOMEM_BUILD_DIR "/golib");
    } else {
        snprintf(lib_gomem, sizeof lib_gomem, "%s/libgomem.a", GOMEM_INSTALL_LIBDIR);
        snprintf(inc1, sizeof inc1, "-I%s", GOMEM_INSTALL_INCLUDEDIR);
        snprintf(inc2, sizeof inc2, "-I%s/gomem", GOMEM_INSTALL_INCLUDEDIR);
        golib = find_golib(GOMEM_INSTALL_LIBDIR);
    }
    if (!golib) {
        fprintf(stderr, "gomem: the Go run-time library (golib) is not built\n");
        return 1;
    }
    char *argv[48] = {(char *)cc, "-std=gnu11", "-O2", "-w", "-fwrapv", "-fno-strict-aliasing",
                      "-fno-omit-frame-pointer", "-pthread", inc1, inc2, NULL};
    int argc = 0;
    while (argv[argc]) argc++;
    /* $GOMEM_CFLAGS: extra arguments (e.g. a tool's objects to link in,
     * placed before the libraries so that they can call into them). */
    char *extra = strdup(getenv("GOMEM_CFLAGS") ? getenv("GOMEM_CFLAGS") : "");
    for (char *f = strtok(extra, " "); f && argc < 32; f = strtok(NULL, " ")) argv[argc++] = f;
    char *rest[] = {"-o", (char *)out, (char *)cfile, golib, lib_gomem, "-lpthread", "-lm"};
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++) argv[argc++] = rest[i];
    /* A sanitizer build of the libraries (GOMEM_SANITIZE_FLAGS, from CMake)
     * links only into programs built with the same sanitizer. */
    char sanitize[256];
    snprintf(sanitize, sizeof sanitize, "%s", GOMEM_SANITIZE_FLAGS);
    for (char *f = strtok(sanitize, " "); f && argc < 47; f = strtok(NULL, " ")) argv[argc++] = f;
    argv[argc] = NULL;
    int st = run_process(argv);
    free(extra);
    free(golib);
    if (st != 0)
        fprintf(stderr, "gomem: C compilation failed (status %d)\n", st);
    return st;
}

static int remove_tree(const char *dir, const char *cfile, const char *exe) {
    unlink(cfile);
    if (exe)
        unlink(exe);
    return rmdir(dir);
}

/* Emits the whole package into g's buffers. */
static void gen_package(Gen *g) {
    analyse_vars(g);
    gen_globals(g);
    for (int f = 0; f < g->nfiles; f++) {
        NodeList decls = g->files[f]->list;
        for (int i = 0; i < decls.len; i++)
            if (decls.items[i]->kind == N_FUNC && decls.items[i]->body)
                gen_function(g, decls.items[i]);
    }
    gen_type_finish(g);
}

/* The emitter's own heap memory (its buffers and maps). */
static void gen_free(Gen *g) {
    Buf *bufs[] = {&g->types_fwd, &g->types_def, &g->descs, &g->protos, &g->globals, &g->funcs, &g->init};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) {
        free(bufs[i]->s);
        memset(bufs[i], 0, sizeof *bufs[i]);
    }
    pmap_free(&g->vars);
    pmap_free(&g->parents);
    pmap_free(&g->funcvals);
}

int gen_program(Node **files, int nfiles, Arena *a, const BuildOptions *opt, bool run,
                int argc, char **argv) {
    Gen g;
    memset(&g, 0, sizeof g);
    g.arena = a;
    g.files = files;
    g.nfiles = nfiles;
    g.opt = opt;
    gen_package(&g);
    if (g.error) {
        if (g.error_pos.file)
            fprintf(stderr, "%s:%d:%d: %s (not supported by gomem)\n", g.error_pos.file,
                    g.error_pos.line, g.error_pos.col, g.error);
        else
            fprintf(stderr, "%s: %s (not supported by gomem)\n", files[0]->pos.file, g.error);
        gen_free(&g);
        return 1;
    }
    char *text = assemble(&g);
    gen_free(&g);
    const char *tmpdir = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/gomem-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "gomem: cannot make a temporary directory: %s\n", strerror(errno));
        free(text);
        return 1;
    }
    char cfile[4200], exe[4200];
    snprintf(cfile, sizeof cfile, "%s/main.c", dir);
    snprintf(exe, sizeof exe, "%s/prog", dir);
    FILE *f = fopen(cfile, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
        fprintf(stderr, "gomem: cannot write %s\n", cfile);
        free(text);
        return 1;
    }
    free(text);
    if (getenv("GOMEM_KEEP_C"))
        fprintf(stderr, "gomem: C source in %s\n", cfile);
    const char *out = run ? exe : opt->out ? opt->out : NULL;
    char def_out[4096];
    if (!out) {
        /* go build names the binary after the first file */
        const char *base = strrchr(files[0]->pos.file, '/');
        base = base ? base + 1 : files[0]->pos.file;
        snprintf(def_out, sizeof def_out, "%.*s", (int)(strlen(base) - 3), base);
        out = def_out;
    }
    int st = compile_c(cfile, out);
    if (st == 0 && run) {
        char **pargv = calloc((size_t)argc + 2, sizeof(char *));
        pargv[0] = exe;
        for (int i = 0; i < argc; i++)
            pargv[i + 1] = argv[i];
        st = run_program(pargv);
        free(pargv);
    } else if (st != 0) {
        st = 1;
    }
    if (!getenv("GOMEM_KEEP_C"))
        remove_tree(dir, cfile, run ? exe : NULL);
    return st;
}
