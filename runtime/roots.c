/*
 * roots.c — where marking starts: globals, TLS, thread stacks, user ranges.
 *
 * C has no pointer maps for globals or stacks, so every root is scanned
 * conservatively:
 *   - the writable PT_LOAD segments (data, bss) of the executable and of
 *     every loaded shared library, found with dl_iterate_phdr.  The list is
 *     taken before the world stops (dl_iterate_phdr takes the loader's lock,
 *     which a stopped thread might hold);
 *   - each thread's static TLS blocks (_Thread_local / __thread variables),
 *     recorded by the thread itself when it registers (dlpi_tls_data is the
 *     calling thread's block);
 *   - each thread's stack from its published stack pointer to the top, and
 *     the registers it saved when it stopped;
 *   - the argument of a gm_go thread that has not started yet;
 *   - ranges added with gm_add_roots.
 * The runtime's own mheap structure is excluded: it holds arena bounds,
 * which would otherwise pin the first object of the heap.
 */
#include "runtime.h"
#include <link.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#define MAX_SEGMENTS 512

static struct {
    root_range seg[MAX_SEGMENTS];
    int nseg;
} globals;

static struct {
    pthread_mutex_t lock;
    root_range *r;
    int n, cap;
} user = { .lock = PTHREAD_MUTEX_INITIALIZER };

void roots_fork(int phase) {
    if (phase == 0) pthread_mutex_lock(&user.lock);
    else pthread_mutex_unlock(&user.lock);
}

void roots_init(void) {
    roots_snapshot();
}

static int collect_segment(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    root_range *out = ((root_range **)data)[0];
    int *n = ((int **)data)[1];
    int max = *((int **)data)[2];
    for (int i = 0; i < info->dlpi_phnum && *n < max; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_W)) continue;
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        out[*n].lo = lo;
        out[*n].hi = lo + ph->p_memsz;
        out[*n].name = info->dlpi_name && info->dlpi_name[0] ? info->dlpi_name : NULL;
        out[*n].flags = (int)ph->p_filesz;   /* bytes of data; the rest is bss */
        (*n)++;
    }
    return 0;
}

int roots_segments(root_range *out, int max) {
    int n = 0;
    void *data[3] = { out, &n, &max };
    dl_iterate_phdr(collect_segment, data);
    return n;
}

void roots_snapshot(void) {
    globals.nseg = roots_segments(globals.seg, MAX_SEGMENTS);
}

/* Scan [lo, hi) leaving out the runtime's mheap structure. */
static void scan_excluding_heap(gcwork *w, uintptr_t lo, uintptr_t hi) {
    uintptr_t xlo = (uintptr_t)&gm_heap, xhi = xlo + sizeof gm_heap;
    if (hi <= xlo || lo >= xhi) { mark_scan_range(w, lo, hi); return; }
    if (lo < xlo) mark_scan_range(w, lo, xlo);
    if (hi > xhi) mark_scan_range(w, xhi, hi);
}

void roots_scan_globals(gcwork *w, uint64_t *bytes) {
    uint64_t total = 0;
    for (int i = 0; i < globals.nseg; i++) {
        scan_excluding_heap(w, globals.seg[i].lo, globals.seg[i].hi);
        total += globals.seg[i].hi - globals.seg[i].lo;
    }
    if (bytes) *bytes = total;
}

void gm_add_roots(void *lo, void *hi) {
    if ((uintptr_t)hi <= (uintptr_t)lo) return;
    gm_thread *t = gm_self;              /* a stopped thread must not hold user.lock */
    if (t) runtime_enter(t);
    pthread_mutex_lock(&user.lock);
    if (user.n == user.cap) {
        int cap = user.cap ? user.cap * 2 : 16;
        root_range *r = meta_alloc(sizeof *r * (size_t)cap);
        if (user.r) memcpy(r, user.r, sizeof *r * (size_t)user.n);
        meta_free(user.r, sizeof *r * (size_t)user.cap);
        user.r = r;
        user.cap = cap;
    }
    user.r[user.n++] = (root_range){ (uintptr_t)lo, (uintptr_t)hi, NULL, 0 };
    pthread_mutex_unlock(&user.lock);
    if (t) runtime_exit(t);
}

/* Remove every registered range that lies inside [lo, hi). */
void gm_remove_roots(void *lo, void *hi) {
    gm_thread *t = gm_self;
    if (t) runtime_enter(t);
    pthread_mutex_lock(&user.lock);
    int j = 0;
    for (int i = 0; i < user.n; i++)
        if (!(user.r[i].lo >= (uintptr_t)lo && user.r[i].hi <= (uintptr_t)hi))
            user.r[j++] = user.r[i];
    user.n = j;
    pthread_mutex_unlock(&user.lock);
    if (t) runtime_exit(t);
}

void roots_scan_user(gcwork *w) {
    pthread_mutex_lock(&user.lock);
    for (int i = 0; i < user.n; i++) mark_scan_range(w, user.r[i].lo, user.r[i].hi);
    pthread_mutex_unlock(&user.lock);
}

/* The calling thread's static TLS blocks, gathered before they are
 * published. */
typedef struct tls_ranges {
    struct { uintptr_t lo, hi; } r[MAX_TLS_RANGES];
    int n;
} tls_ranges;

static int collect_tls(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    tls_ranges *out = data;
    if (info->dlpi_tls_data == NULL) return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_TLS || out->n == MAX_TLS_RANGES) continue;
        out->r[out->n].lo = (uintptr_t)info->dlpi_tls_data;
        out->r[out->n].hi = (uintptr_t)info->dlpi_tls_data + ph->p_memsz;
        out->n++;
    }
    return 0;
}

/* Record the calling thread's TLS blocks (run by the thread itself).  The
 * record of a gm_go thread is already on the list, where mark termination
 * reads every record's TLS ranges: they are gathered first (dl_iterate_phdr
 * takes the loader's lock, which must not be waited for under
 * gm_threads_lock) and copied in under gm_threads_lock.  The caller must not
 * hold it. */
void roots_thread_tls(gm_thread *t) {
    tls_ranges found = { .n = 0 };
    dl_iterate_phdr(collect_tls, &found);
    pthread_mutex_lock(&gm_threads_lock);
    for (int i = 0; i < found.n; i++) {
        t->tls[i].lo = found.r[i].lo;
        t->tls[i].hi = found.r[i].hi;
    }
    t->ntls = found.n;
    pthread_mutex_unlock(&gm_threads_lock);
}

static uintptr_t parse_hex(const char **s) {
    uintptr_t v = 0;
    for (;; (*s)++) {
        char c = **s;
        if (c >= '0' && c <= '9') v = v * 16 + (uintptr_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v = v * 16 + (uintptr_t)(c - 'a' + 10);
        else return v;
    }
}

/* The start of the kernel's mapping that holds addr (0 if none): the main
 * thread's [stack] mapping grows down as the stack does.  Read with open and
 * read into a stack buffer, never stdio: a stopped thread may hold malloc's
 * lock. */
static uintptr_t mapping_start(uintptr_t addr) {
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char buf[4096];
    size_t have = 0;
    uintptr_t found = 0;
    for (;;) {
        ssize_t n = read(fd, buf + have, sizeof buf - 1 - have);
        if (n <= 0) break;
        have += (size_t)n;
        buf[have] = 0;
        char *line = buf, *nl;
        while ((nl = strchr(line, '\n')) != NULL) {
            const char *s = line;
            uintptr_t lo = parse_hex(&s);
            uintptr_t hi = *s == '-' ? (s++, parse_hex(&s)) : 0;
            if (addr >= lo && addr < hi) { found = lo; break; }
            line = nl + 1;
        }
        if (found) break;
        have = (size_t)(buf + have - line);      /* keep the partial line */
        memmove(buf, line, have);
        if (have == sizeof buf - 1) have = 0;    /* a line longer than buf */
    }
    close(fd);
    return found;
}

/* Where the scan of t's stack starts.  A stack pointer outside the bounds
 * found at registration is a foreign stack (a coroutine's): only the
 * recorded stack is scanned.  The exception is the main thread's stack
 * grown past its registration-time bound (the program raised RLIMIT_STACK
 * after gm_init): the sp then still lies in the mapping that holds the
 * stack's top, and the bound moves down to it. */
static uintptr_t stack_scan_start(gm_thread *t) {
    uintptr_t sp = t->stop_sp;
    if (sp >= t->stack_lo && sp <= t->stack_hi) return sp;
    if (sp < t->stack_lo && t->tid == getpid()) {
        uintptr_t start = mapping_start(t->stack_hi - 1);
        if (start != 0 && start <= sp) {
            t->stack_lo = start;
            return sp;
        }
    }
    return t->stack_lo;
}

/* A thread's stack from its published stack pointer, its saved registers
 * and its TLS.  The thread is stopped, blocked, or is the caller. */
void roots_scan_thread(gcwork *w, gm_thread *t, uintptr_t *stack_bytes) {
    if (t->start_arg) mark_grey_pointer(w, (uintptr_t)t->start_arg);
    int s = atomic_load(&t->state);
    if (s == TS_STARTING) return;
    uintptr_t lo = stack_scan_start(t);
    mark_scan_range(w, lo, t->stack_hi);
    mark_scan_range(w, (uintptr_t)t->regs, (uintptr_t)(t->regs + GM_SAVED_REG_WORDS));
    if (gm_config.gccheckmark && !w->checkmark) {
        checkmark_record_stack(lo, t->stack_hi);
        checkmark_record_stack((uintptr_t)t->regs, (uintptr_t)(t->regs + GM_SAVED_REG_WORDS));
    }
    roots_scan_tls(w, t);
    if (stack_bytes) *stack_bytes += t->stack_hi - lo;
}

/* A thread's TLS blocks (the thread is stopped, blocked, or the world is). */
void roots_scan_tls(gcwork *w, gm_thread *t) {
    for (int i = 0; i < t->ntls; i++) mark_scan_range(w, t->tls[i].lo, t->tls[i].hi);
}

/* What C writes without a barrier — data, bss, gm_add_roots ranges and
 * every thread's TLS — rescanned with the world stopped at mark
 * termination (and by checkmark's re-mark). */
void roots_scan_unbarriered(gcwork *w) {
    roots_scan_globals(w, NULL);
    roots_scan_user(w);
    for (gm_thread *t = gm_all_threads; t; t = t->next) roots_scan_tls(w, t);
}
