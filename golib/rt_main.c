/* rt_main.c: program entry and exit, goroutines, interface dispatch and
 * type-assertion helpers, and the print/println builtins for generated
 * code (gort_rt.h).
 *
 * Invariants: goroutine ids are unique and increasing (main is 1); a
 * goroutine thread's gort_g is set before its function runs; print output
 * goes to stderr unbuffered, one builtin call at a time (print lock).
 */
#include <complex.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gort_rt.h"
#include "lib.h"
#include "rt_internal.h"

char gort_zerobase[16] __attribute__((aligned(16)));

static _Atomic int64_t next_goroutine_id = 2;

/* ---- faults: the safety net behind the explicit nil checks -------------- */

/* A fault near address 0 is a nil dereference the generated checks did
 * not see (inside a copy, say): Go's recoverable panic. A fault beside
 * the stack is Go's "stack overflow" (fatal, exit 2). Runs on an
 * alternate signal stack, one per thread. */
static void fault_handler(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    uintptr_t addr = (uintptr_t)info->si_addr;
    if (addr < 65536)
        gort_panic_nil();
    fflush(stdout);
    if (sig == SIGSEGV) {
        static const char msg[] = "runtime: goroutine stack exceeds the thread's stack limit\n"
                                  "fatal error: stack overflow\n";
        if (write(2, msg, sizeof msg - 1) < 0) {}
    } else {
        static const char msg[] = "fatal error: unexpected signal during runtime execution\n";
        if (write(2, msg, sizeof msg - 1) < 0) {}
    }
    _exit(2);
}

/* Gives the calling thread an alternate signal stack, so that a stack
 * overflow can still be reported, unless it has one already (a sanitizer
 * installs its own, and unmaps whatever is installed at thread exit).
 * Returns the mapping to release when the goroutine ends, or NULL. */
enum { ALT_STACK_SIZE = 64 * 1024 };
static void *alt_stack(void) {
    stack_t old;
    if (sigaltstack(NULL, &old) == 0 && !(old.ss_flags & SS_DISABLE))
        return NULL;
    void *p = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    stack_t ss = {.ss_sp = p, .ss_size = ALT_STACK_SIZE, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) {
        munmap(p, ALT_STACK_SIZE);
        return NULL;
    }
    return p;
}

static void alt_stack_release(void *p) {
    if (p == NULL)
        return;
    stack_t ss = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
    sigaltstack(&ss, NULL);
    munmap(p, ALT_STACK_SIZE);
}

static void install_fault_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

/* Go's stacks grow to 1 GiB; the main thread's C stack grows up to
 * RLIMIT_STACK (8 MiB by default).  Raise the soft limit toward Go's
 * before gm_init registers the thread, which records the stack's extent
 * from the limit (the collector scans no further). */
static void grow_main_stack_limit(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0)
        return;
    rlim_t want = (rlim_t)1 << 30;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want)
        want = rl.rlim_max;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < want) {
        rl.rlim_cur = want;
        setrlimit(RLIMIT_STACK, &rl);
    }
}

void gort_start(int argc, char **argv) {
    grow_main_stack_limit();
    gm_init();
    gort_g.id = 1;
    (void)alt_stack();   /* the main thread's lives as long as the process */
    install_fault_handler();
    gort_install_panic_hook();
    gort_os_init(argc, argv);
}

_Noreturn void gort_exit(int code) {
    fflush(stdout);
    fflush(stderr);
    _exit(code);
}

static void goroutine_main(void *arg) {
    gort_func *thunk = arg;
    gort_g.id = atomic_fetch_add(&next_goroutine_id, 1);
    void *alt = alt_stack();
    ((void (*)(gort_func *))thunk->fn)(thunk);
    alt_stack_release(alt);
}

void gort_go(gort_func *thunk) {
    if (gm_go(goroutine_main, thunk) != 0) {
        fputs("runtime: failed to create new OS thread\n", stderr);
        gort_exit(2);
    }
}

/* ---- interfaces ------------------------------------------------------------ */

void *gort_imethod(const gort_type *t, const char *name) {
    if (!t)
        gort_panic_nil();
    const gort_method *m = gort_find_method(t, name);
    if (!m) {
        char msg[256];
        snprintf(msg, sizeof msg, "gomem: type %s has no method %s", t->gm.name, name);
        gort_panic_string(msg);
    }
    return m->fn;
}

_Noreturn void gort_panic_assert(const gort_type *have, const gort_type *want, const char *iface) {
    char msg[512];
    bool same_name = have && strcmp(have->gm.name, want->gm.name) == 0;
    snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s%s", iface, have ? have->gm.name : "nil",
             want->gm.name, same_name ? " (types from different scopes)" : "");
    gort_panic_runtime(msg);
}

_Noreturn void gort_panic_assert_iface(const gort_type *have, const gort_type *want) {
    char msg[512];
    if (!have) {
        snprintf(msg, sizeof msg, "interface conversion: interface is nil, not %s", want->gm.name);
    } else {
        /* a method present by name only (signature differs): Go names it too */
        const char *missing = want->nmethods ? want->methods[0].name : "?";
        for (int i = 0; i < want->nmethods; i++)
            if (!gort_find_method(have, want->methods[i].name)) {
                missing = want->methods[i].name;
                break;
            }
        snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s", have->gm.name,
                 want->gm.name, missing);
    }
    gort_panic_runtime(msg);
}

_Noreturn void gort_panic_value_method(const char *type, const char *method) {
    char msg[300];
    const char *dot = strrchr(type, '.');
    snprintf(msg, sizeof msg, "value method %s.%s called using nil *%s pointer", type, method, dot ? dot + 1 : type);
    gort_panic_runtime(msg);
}

void *gort_slice_to_array(gm_slice s, int64_t n) {
    if (s.len < n) {
        char msg[200];
        snprintf(msg, sizeof msg, "runtime error: cannot convert slice with length %lld to pointer to array with length %lld",
                 (long long)s.len, (long long)n);
        gort_panic_runtime(msg);
    }
    return s.ptr;
}

/* ---- strings that may live on the caller's stack ----------------------- */

enum { TMP_BUF = 32 };

gm_string gort_concat(uint8_t *buf, const gm_string *parts, int n) {
    intptr_t total = 0;
    int nonempty = 0, last = 0;
    for (int i = 0; i < n; i++) {
        total += parts[i].len;
        if (parts[i].len) {
            nonempty++;
            last = i;
        }
    }
    if (nonempty <= 1)   /* "" + s is s itself, as Go */
        return nonempty ? parts[last] : (gm_string){NULL, 0};
    if (!buf || total > TMP_BUF)
        return gm_string_concatn(parts, n);
    intptr_t off = 0;
    for (int i = 0; i < n; i++) {
        if (parts[i].len > 0)   /* "" may have a NULL ptr: memcpy wants none */
            memcpy(buf + off, parts[i].ptr, (size_t)parts[i].len);
        off += parts[i].len;
    }
    return (gm_string){buf, total};
}

gm_string gort_bytes_string(uint8_t *buf, gm_slice b) {
    if (!buf || b.len > TMP_BUF)
        return gm_string_from_byte_slice(b);
    if (b.len)
        memcpy(buf, b.ptr, (size_t)b.len);
    return (gm_string){buf, b.len};
}

gm_slice gort_string_bytes(uint8_t *buf, gm_string s) {
    if (!buf || s.len > TMP_BUF)
        return gm_string_to_bytes(s);
    memset(buf, 0, TMP_BUF);
    if (s.len)
        memcpy(buf, s.ptr, (size_t)s.len);
    return (gm_slice){buf, s.len, TMP_BUF};
}

gm_slice gort_string_runes(int32_t *buf, gm_string s) {
    intptr_t n = 0;
    int32_t r;
    for (intptr_t pos = 0; gm_string_next_rune(s, &pos, &r);)
        n++;
    if (!buf || n > TMP_BUF)
        return gm_string_to_runes(s);
    memset(buf, 0, TMP_BUF * sizeof *buf);
    intptr_t i = 0;
    for (intptr_t pos = 0; gm_string_next_rune(s, &pos, &r);)
        buf[i++] = r;
    return (gm_slice){buf, n, TMP_BUF};
}

gm_string gort_rune_string(uint8_t *buf, int32_t r) {
    if (!buf)
        return gm_string_from_rune(r);
    int n = gm_encode_rune(buf, r);
    return (gm_string){buf, n};
}

/* ---- print and println -------------------------------------------------- */

static pthread_mutex_t print_mu = PTHREAD_MUTEX_INITIALIZER;

void gort_print_lock(void) {
    fflush(stdout);
    gm_mutex_lock(&print_mu);
}

void gort_print_unlock(void) { pthread_mutex_unlock(&print_mu); }

void gort_print_bool(bool v) { fputs(v ? "true" : "false", stderr); }
void gort_print_int(int64_t v) { fprintf(stderr, "%lld", (long long)v); }
void gort_print_uint(uint64_t v) { fprintf(stderr, "%llu", (unsigned long long)v); }
void gort_print_string(gm_string s) { fwrite(s.ptr, 1, (size_t)s.len, stderr); }
void gort_print_pointer(const void *p) { fprintf(stderr, "%#llx", (unsigned long long)(uintptr_t)p); }
void gort_print_float(double v) { gort_format_float(stderr, v); }

void gort_print_complex(double _Complex v) {
    fputc('(', stderr);
    gort_format_float(stderr, creal(v));
    gort_format_float(stderr, cimag(v));
    fputs("i)", stderr);
}

void gort_print_iface(gort_iface v) {
    fprintf(stderr, "(%#llx,%#llx)", (unsigned long long)(uintptr_t)v.type, (unsigned long long)(uintptr_t)v.data);
}

void gort_print_slice(gm_slice s) {
    fprintf(stderr, "[%lld/%lld]%#llx", (long long)s.len, (long long)s.cap, (unsigned long long)(uintptr_t)s.ptr);
}

/* Go's runtime printfloat: sign, one digit, '.', six digits, 'e', sign,
 * three exponent digits. */
void gort_format_float(FILE *out, double x) {
    if (isnan(x)) {
        fputs("NaN", out);
        return;
    }
    if (isinf(x)) {
        fputs(x > 0 ? "+Inf" : "-Inf", out);
        return;
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%+.6e", x);
    char *e = strchr(buf, 'e');
    if (!e) {
        fputs(buf, out);
        return;
    }
    int exp = atoi(e + 1);
    *e = 0;
    fprintf(out, "%se%c%03d", buf, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}
