/*
 * layout.c — gm_print_layout: the program's memory as the runtime sees it.
 *
 * The picture every Go memory-management tutorial draws — text, data, bss,
 * heap, stacks — made from the runtime's own records: the executable's and
 * libraries' segments (dl_iterate_phdr), the heap arena and its spans by
 * size class, and each registered thread's stack and TLS, sorted by
 * address from high to low, as the picture is drawn.
 */
#include "runtime.h"
#include <link.h>
#include <stdlib.h>
#include <string.h>

typedef struct region {
    uintptr_t lo, hi;
    char what[96];
} region;

static int cmp_desc(const void *a, const void *b) {
    const region *x = a, *y = b;
    return x->lo < y->lo ? 1 : x->lo > y->lo ? -1 : 0;
}

static const char *base_name(const char *path) {
    if (path == NULL || *path == 0) return "(executable)";
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

typedef struct seg_ctx { region *r; int n, max; } seg_ctx;

static int collect(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    seg_ctx *c = data;
    for (int i = 0; i < info->dlpi_phnum && c->n + 2 < c->max; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD) continue;
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        const char *name = base_name(info->dlpi_name);
        if (ph->p_flags & PF_X) {
            c->r[c->n].lo = lo; c->r[c->n].hi = lo + ph->p_memsz;
            snprintf(c->r[c->n++].what, 96, "text   %s", name);
        } else if (ph->p_flags & PF_W) {
            c->r[c->n].lo = lo; c->r[c->n].hi = lo + ph->p_filesz;
            snprintf(c->r[c->n++].what, 96, "data   %s", name);
            if (ph->p_memsz > ph->p_filesz) {
                c->r[c->n].lo = lo + ph->p_filesz; c->r[c->n].hi = lo + ph->p_memsz;
                snprintf(c->r[c->n++].what, 96, "bss    %s", name);
            }
        } else {
            c->r[c->n].lo = lo; c->r[c->n].hi = lo + ph->p_memsz;
            snprintf(c->r[c->n++].what, 96, "rodata %s", name);
        }
    }
    return 0;
}

static void human(char *buf, size_t n, uintptr_t bytes) {
    if (bytes >= ((uintptr_t)1 << 30)) snprintf(buf, n, "%.1f GiB", bytes / 1073741824.0);
    else if (bytes >= ((uintptr_t)1 << 20)) snprintf(buf, n, "%.1f MiB", bytes / 1048576.0);
    else if (bytes >= 1024) snprintf(buf, n, "%.1f KiB", bytes / 1024.0);
    else snprintf(buf, n, "%zu B", (size_t)bytes);
}

static void print_spans(FILE *out) {
    uint64_t objs[NUM_SIZE_CLASSES] = {0}, spans[NUM_SIZE_CLASSES] = {0};
    pthread_mutex_lock(&gm_heap.lock);
    uintptr_t npages = (gm_heap.arena_used - gm_heap.arena_start) >> PAGE_SHIFT;
    for (uintptr_t p = 0; p < npages;) {
        mspan *s = gm_heap.spans[p];
        if (s && atomic_load(&s->state) == SPAN_INUSE && s->base == gm_heap.arena_start + (p << PAGE_SHIFT)) {
            spans[s->sizeclass]++;
            objs[s->sizeclass] += s->sizeclass ? s->nelems : 1;
            p += s->npages;
        } else {
            p++;
        }
    }
    pthread_mutex_unlock(&gm_heap.lock);
    fprintf(out, "  heap spans by size class (class: object size × slots in spans):\n");
    int col = 0;
    for (int c = 0; c < NUM_SIZE_CLASSES; c++) {
        if (!spans[c]) continue;
        if (c == 0) fprintf(out, "    large: %llu spans", (unsigned long long)spans[c]);
        else fprintf(out, "    %2d: %5u B × %-7llu", c, class_to_size[c], (unsigned long long)objs[c]);
        if (++col % 3 == 0 || c == 0) fputc('\n', out);
    }
    if (col % 3) fputc('\n', out);
}

void gm_print_layout(FILE *out) {
    gm_thread *self = self_or_fatal("gm_print_layout");
    enum { MAXR = 256 };
    region *r = calloc(MAXR, sizeof *r);
    if (r == NULL) return;
    seg_ctx c = { r, 0, MAXR };
    dl_iterate_phdr(collect, &c);
    int n = c.n;
    pthread_mutex_lock(&gm_heap.lock);
    r[n].lo = gm_heap.arena_start; r[n].hi = gm_heap.arena_used;
    snprintf(r[n++].what, 96, "heap   arena in use (%llu pages in spans, %llu free, %llu released)",
             (unsigned long long)gm_heap.pages_inuse, (unsigned long long)gm_heap.pages_free,
             (unsigned long long)gm_heap.pages_released);
    r[n].lo = gm_heap.arena_used; r[n].hi = gm_heap.arena_end;
    snprintf(r[n++].what, 96, "heap   arena reserved, not yet used");
    pthread_mutex_unlock(&gm_heap.lock);
    uintptr_t here = current_sp();
    runtime_lock_blocking(&gm_threads_lock);
    for (gm_thread *t = gm_all_threads; t && n + 1 + MAX_TLS_RANGES < MAXR; t = t->next) {
        if (atomic_load(&t->state) == TS_STARTING) continue;
        r[n].lo = t->stack_lo; r[n].hi = t->stack_hi;
        snprintf(r[n++].what, 96, "stack  goroutine %lld (thread %d)%s%s", (long long)t->id,
                 (int)t->tid, t == self ? ", this thread" : "", t->system ? ", runtime" : "");
        if (t == self) {
            r[n].lo = here; r[n].hi = t->stack_hi;
            snprintf(r[n++].what, 96, "         in use by this thread now");
        }
        for (int i = 0; i < t->ntls; i++) {
            r[n].lo = t->tls[i].lo; r[n].hi = t->tls[i].hi;
            snprintf(r[n++].what, 96, "tls    goroutine %lld", (long long)t->id);
        }
    }
    pthread_mutex_unlock(&gm_threads_lock);
    qsort(r, (size_t)n, sizeof *r, cmp_desc);
    fprintf(out, "memory layout (high addresses first):\n");
    for (int i = 0; i < n; i++) {
        char sz[32];
        human(sz, sizeof sz, r[i].hi - r[i].lo);
        fprintf(out, "  %016lx-%016lx %10s  %s\n", (unsigned long)r[i].lo, (unsigned long)r[i].hi,
                sz, r[i].what);
    }
    print_spans(out);
    free(r);
}
