/* internal.h: what golib's packages share and generated code never sees:
 * a growable byte buffer in collector memory, the strconv pieces fmt uses
 * (quoting, float and integer formatting), Unicode helpers, method calls
 * through descriptors, and the error values golib makes.
 *
 * Invariant: a gbuf's bytes are one gm_alloc_noscan object, so a string
 * made from it with gbuf_string shares them and keeps them alive; bytes
 * once written are never changed (growth copies), so such strings stay
 * immutable.
 */
#ifndef GOMEM_GOLIB_INTERNAL_H
#define GOMEM_GOLIB_INTERNAL_H

#include "lib.h"

/* ---- byte buffer ---- */
typedef struct gbuf {
    uint8_t *p;
    intptr_t len, cap;
} gbuf;

void gbuf_grow(gbuf *b, intptr_t n);
void gbuf_write(gbuf *b, const void *p, intptr_t n);
void gbuf_cstr(gbuf *b, const char *s);
void gbuf_rune(gbuf *b, int32_t r);
void gbuf_fill(gbuf *b, uint8_t c, intptr_t n);
static inline void gbuf_byte(gbuf *b, uint8_t c) {
    if (b->len == b->cap)
        gbuf_grow(b, 1);
    b->p[b->len++] = c;
}
static inline void gbuf_str(gbuf *b, gm_string s) { gbuf_write(b, s.ptr, s.len); }
static inline gm_string gbuf_string(const gbuf *b) {
    return (gm_string){b->p, b->len};
}

/* ---- strconv, shared with fmt ---- */
/* Go's strconv.AppendQuote / AppendQuoteToASCII (quote '"') and
 * AppendQuoteRune / AppendQuoteRuneToASCII. */
void golib_quote(gbuf *b, gm_string s, bool ascii_only);
void golib_quote_rune(gbuf *b, int32_t r, bool ascii_only);
bool golib_can_backquote(gm_string s);
/* strconv.AppendFloat(b, v, fmt, prec, bitsize); fmt one of e E f g G b x X. */
void golib_format_float(gbuf *b, double v, char fmt, int prec, int bitsize);
/* Go's placement rule for '_' in numeric literals and ParseInt/Float. */
bool golib_underscores_ok(gm_string s);
/* Digits of |u| in base 2..36, lower case, with a leading '-' if neg. */
void golib_format_bits(gbuf *b, uint64_t u, int base, bool neg);
/* Unicode: Go's unicode.IsSpace, strconv.IsPrint (exact, from a table
 * generated with Go), unicode.ToUpper/ToLower (the C library's tables). */
bool golib_is_space(int32_t r);
bool golib_is_print(int32_t r);
int32_t golib_to_upper(int32_t r);
int32_t golib_to_lower(int32_t r);

/* ---- storing pointers into the heap ----
 * Every heap pointer written into a heap object goes through the write
 * barrier (gm_store / gm_typedmemmove), new objects included: while the
 * collector marks, a new object is black, and a pointer written into it
 * that the writer's not-yet-scanned stack later forgets would be lost. */
/* A new heap object of type t holding a copy of *value. */
void *golib_new_copy(const gort_type *t, const void *value);
static inline void golib_set_string(gm_string *slot, gm_string v) {
    gm_typedmemmove(&gm_type_string, slot, &v, 1);
}

/* ---- descriptors and methods ---- */
/* pointer, unsafe.Pointer, map, chan, func: stored directly in interfaces. */
bool golib_pointer_shaped(const gort_type *t);
/* The address of the value an interface holds (its data word itself when
 * pointer-shaped). */
const void *golib_iface_value(const gort_iface *i);
/* The data word a method wrapper takes for the value at `value`. */
void *golib_data_word(const gort_type *t, const void *value);
/* Calls a `string M()` method (String, Error). */
gm_string golib_call_string_method(const gort_method *m, void *data);
/* err.Error() ("<nil>" for a nil error). */
gm_string golib_error_text(gort_iface err);

/* The descriptor of *T for a golib type T (with the method set of *T). */
extern const uint8_t golib_mask_one[1];
#define GOLIB_PTR_TYPE(var, target, nm, meths, nmeths)                         \
    const gort_type var = {                                                    \
        .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = golib_mask_one,  \
               .name = nm, .kind = GM_KIND_POINTER, .elem = &(target).gm,       \
               .hash = gort_hash_word, .equal = gort_equal_word},               \
        .elem = &(target), .methods = meths, .nmethods = nmeths}

/* ---- errors golib makes ---- */
gort_iface golib_new_error(gm_string text);            /* errors.New */
gort_iface golib_static_error(go_errors_errorString *e);  /* no allocation */
/* &strconv.NumError{Func: fn, Num: num, Err: err} */
gort_iface golib_num_error(const char *fn, gm_string num, gort_iface err);

#endif
