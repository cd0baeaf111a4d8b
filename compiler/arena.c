/* arena.c: the compiler's memory. One Arena per compilation owns every
 * token, string and syntax-tree node; nothing is freed on its own, the whole
 * arena goes at once with arena_free.
 *
 * Technique: a list of chunks, newest first; allocation bumps a pointer in
 * the newest chunk and starts a new chunk (at least twice the request) when
 * it is full. Every block is zeroed and 16-byte aligned.
 *
 * Invariants: chunk->used <= chunk->size; pointers handed out stay valid
 * until arena_free. Out of memory is fatal (the compiler cannot go on).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"

enum { CHUNK_MIN = 64 * 1024, ALIGN = 16 };

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;          /* usable bytes in data */
    size_t used;
    _Alignas(16) unsigned char data[];
};

void arena_init(Arena *a) {
    a->chunks = NULL;
    a->used_total = 0;
}

void arena_free(Arena *a) {
    ArenaChunk *c = a->chunks;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    a->chunks = NULL;
}

static ArenaChunk *new_chunk(Arena *a, size_t need) {
    size_t size = CHUNK_MIN;
    while (size < need)
        size *= 2;
    ArenaChunk *c = malloc(sizeof(ArenaChunk) + size);
    if (!c) {
        fprintf(stderr, "gomem: out of memory\n");
        exit(2);
    }
    c->size = size;
    c->used = 0;
    c->next = a->chunks;
    a->chunks = c;
    return c;
}

void *arena_alloc(Arena *a, size_t size) {
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0)
        size = ALIGN;
    ArenaChunk *c = a->chunks;
    if (!c || c->size - c->used < size)
        c = new_chunk(a, size);
    void *p = c->data + c->used;
    c->used += size;
    a->used_total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(Arena *a, const char *fmt, va_list ap) {
    if (!fmt)
        return arena_strdup(a, "");
    char small[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    if ((size_t)n < sizeof small)
        memcpy(p, small, (size_t)n + 1);
    else
        vsnprintf(p, (size_t)n + 1, fmt, again);
    va_end(again);
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void ptrvec_push(Arena *a, PtrVec *v, void *p) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = arena_alloc(a, sizeof(void *) * (size_t)cap);
        if (v->len)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = p;
}

NodeList nodelist_from(PtrVec *v) {
    NodeList l = {(Node **)v->items, v->len};
    return l;
}

size_t grown_capacity(size_t cap, size_t need, size_t first) {
    cap = cap ? cap * 2 : first;
    while (cap < need)
        cap *= 2;
    return cap;
}

void astr_put(ArenaStr *s, const char *piece) {
    size_t n = strlen(piece);
    if (s->len + n + 1 > s->cap) {
        size_t cap = grown_capacity(s->cap, s->len + n + 1, 64);
        char *grown = arena_alloc(s->arena, cap);
        if (s->len)
            memcpy(grown, s->buf, s->len);
        s->buf = grown;
        s->cap = cap;
    }
    memcpy(s->buf + s->len, piece, n + 1);
    s->len += n;
}
