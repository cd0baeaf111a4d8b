/* diag.c: the error list of one compilation, printed the way gc prints it.
 *
 * gc collects errors, sorts them by position (file, line, column) before
 * printing, drops a syntax error when another syntax error was already
 * reported on the same line (and any other error when the same message
 * was just reported on the same line), and gives up at the 10th error with a final
 * "too many errors" line at that error's position. diag_error and diag_syntax_error follow those
 * rules; diag_flush sorts and prints "file:line:col: message".
 *
 * Invariants: entries[0..len) are the errors to print, len <= nerrors;
 * once too_many is set no more entries are added, and the passes should
 * stop at their next check.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler.h"

void diag_init(Diag *d, Arena *a) {
    memset(d, 0, sizeof *d);
    d->arena = a;
    d->max_errors = DIAG_MAX_ERRORS;
}

static void add_entry(Diag *d, Pos pos, const char *msg) {
    d->nerrors++;
    if (d->too_many || d->stop)
        return;
    if (d->len == d->cap) {
        int cap = d->cap ? d->cap * 2 : 16;
        DiagEntry *e = arena_alloc(d->arena, sizeof(DiagEntry) * (size_t)cap);
        if (d->len)
            memcpy(e, d->entries, sizeof(DiagEntry) * (size_t)d->len);
        d->entries = e;
        d->cap = cap;
    }
    d->entries[d->len].pos = pos;
    d->entries[d->len].msg = msg;
    d->entries[d->len].seq = d->len;
    d->len++;
    if (d->max_errors > 0 && d->len == d->max_errors) {
        d->too_many = true;        /* gc stops at the 10th error... */
        d->too_many_pos = pos;     /* ...and names its position */
    }
}

static bool same_line(Pos a, Pos b) {
    return a.line == b.line && a.file && b.file && strcmp(a.file, b.file) == 0;
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(d->arena, fmt, ap);
    va_end(ap);
    /* gc keeps one of several equal non-syntax errors on a line */
    if (d->last_other_msg && same_line(d->last_other, pos) && strcmp(d->last_other_msg, msg) == 0)
        return;
    d->last_other = pos;
    d->last_other_msg = msg;
    add_entry(d, pos, msg);
}

void diag_syntax_error(Diag *d, Pos pos, const char *msg) {
    if (same_line(d->last_syntax, pos))
        return;   /* one syntax error per line, as gc */
    if (!d->too_many)
        d->last_syntax = pos;
    d->nsyntax++;
    add_entry(d, pos, arena_printf(d->arena, "syntax error: %s", msg));
}

static int compare_entries(const void *pa, const void *pb) {
    const DiagEntry *a = pa, *b = pb;
    int c = strcmp(a->pos.file ? a->pos.file : "", b->pos.file ? b->pos.file : "");
    if (c)
        return c;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    return a->seq - b->seq;
}

int diag_flush(Diag *d, FILE *out) {
    if (d->len > 1)
        qsort(d->entries, (size_t)d->len, sizeof(DiagEntry), compare_entries);
    for (int i = 0; i < d->len; i++) {
        /* gc drops an error identical to the one printed just before it. */
        if (i > 0 && d->entries[i - 1].pos.line == d->entries[i].pos.line &&
            d->entries[i - 1].pos.col == d->entries[i].pos.col &&
            strcmp(d->entries[i - 1].msg, d->entries[i].msg) == 0)
            continue;
        const DiagEntry *e = &d->entries[i];
        fprintf(out, "%s:%d:%d: %s\n", e->pos.file, e->pos.line, e->pos.col, e->msg);
    }
    if (d->too_many) {
        Pos p = d->too_many_pos;
        fprintf(out, "%s:%d:%d: too many errors\n", p.file, p.line, p.col);
    }
    return d->nerrors;
}
