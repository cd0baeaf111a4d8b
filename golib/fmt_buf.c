/* fmt_buf.c: gbuf, the growable byte buffer fmt, strconv and strings build
 * their results in (internal.h).
 *
 * Invariant: p is NULL or one gm_alloc_noscan object of cap bytes; growth
 * allocates a new object and copies, so bytes already handed out in a
 * string (gbuf_string) are never overwritten.
 */
#include <string.h>

#include "internal.h"

void gbuf_grow(gbuf *b, intptr_t n) {
    if (b->len + n <= b->cap)
        return;
    intptr_t want = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n;
    if (want < 64)
        want = 64;
    want = (intptr_t)gm_roundupsize((size_t)want);
    uint8_t *np = gm_alloc_noscan((size_t)want);
    if (b->len)
        memcpy(np, b->p, (size_t)b->len);
    b->p = np;
    b->cap = want;
}

void gbuf_write(gbuf *b, const void *p, intptr_t n) {
    if (n <= 0)
        return;
    gbuf_grow(b, n);
    memcpy(b->p + b->len, p, (size_t)n);
    b->len += n;
}

void gbuf_cstr(gbuf *b, const char *s) {
    gbuf_write(b, s, (intptr_t)strlen(s));
}

void gbuf_rune(gbuf *b, int32_t r) {
    uint8_t tmp[4];
    gbuf_write(b, tmp, gm_encode_rune(tmp, r));
}

void gbuf_fill(gbuf *b, uint8_t c, intptr_t n) {
    if (n <= 0)
        return;
    gbuf_grow(b, n);
    memset(b->p + b->len, c, (size_t)n);
    b->len += n;
}
