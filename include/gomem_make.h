/*
 * gomem_make.h — Go's built-in types made by `make`, on the collector:
 * type descriptors for Go's basic types, slices, strings, maps, channels and
 * select, with Go's semantics and Go's panic messages.
 *
 * Included by gomem.h; do not include it on its own.  Every name here is a
 * contract, like gomem.h's.
 *
 * Zero values (see docs/make.md): memory from gm_alloc*, gm_new and a
 * zero-initialised C variable is the zero value of every type here:
 *   int*, uint*, float*, complex*  0        bool      false
 *   gm_string {NULL, 0}  == ""              pointer   NULL == nil
 *   gm_slice  {NULL, 0, 0} == nil slice     gm_map *  NULL == nil map
 *   gm_chan * NULL == nil channel           struct / array: each part's zero
 *
 * Memory rules: every backing array is a collector object, typed by its
 * element descriptor.  Pointers into them (gm_slice.ptr, gm_string.ptr, a
 * value pointer returned by gm_map_get) keep them alive like any pointer.
 * Storing a gm_slice, gm_string, gm_map * or gm_chan * into a heap object
 * is a pointer store: use gm_store for the pointer word, or
 * gm_typedmemmove with the value's descriptor.
 */
#ifndef GOMEM_MAKE_H
#define GOMEM_MAKE_H

#ifndef GOMEM_H
#include "gomem.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Type descriptors ---------------------------------------------------- */

/* Predeclared descriptors for Go's basic types.  Each has Go's name, size
 * and alignment, a pointer bitmap and (except the slice header) a seeded
 * hash and an equality usable for map keys.  Floats compare as Go does
 * (+0 == -0, NaN != NaN; NaN keys hash randomly). */
extern const gm_type gm_type_bool;
extern const gm_type gm_type_int, gm_type_int8, gm_type_int16,
    gm_type_int32, gm_type_int64;
extern const gm_type gm_type_uint, gm_type_uint8, gm_type_uint16,
    gm_type_uint32, gm_type_uint64, gm_type_uintptr;
extern const gm_type gm_type_float32, gm_type_float64;
extern const gm_type gm_type_complex64, gm_type_complex128;
extern const gm_type gm_type_string;   /* gm_string: {ptr, len}, ptr scanned */
extern const gm_type gm_type_pointer;  /* unsafe.Pointer: one scanned word,
                                          hashed and compared by address */
#define gm_type_byte gm_type_uint8
#define gm_type_rune gm_type_int32

/* A struct field for gm_type_struct. */
typedef struct gm_field {
    const char *name;      /* field name, for printing */
    size_t offset;         /* offsetof(S, field) */
    const gm_type *type;   /* the field's descriptor */
} gm_field;

/* Describe a C struct: its pointer bitmap is merged from the fields', hash
 * and equality combine the fields' (padding is ignored); the struct is
 * comparable (usable as a map key) when every field is.  Fields not listed
 * are treated as pointer-free, not hashed and not compared.  The descriptor
 * is immortal; make it once (e.g. in a static variable). */
const gm_type *gm_type_struct(const char *name, size_t size, size_t align,
                              const gm_field *fields, int nfields);

/* Convenience: GM_STRUCT_TYPE(struct node, "main.node",
 *                  GM_FIELD(struct node, next, gm_type_pointer_to(...)),
 *                  GM_FIELD(struct node, val, &gm_type_int)) */
#define GM_FIELD(S, f, t) { #f, offsetof(S, f), (t) }
#define GM_STRUCT_TYPE(S, name, ...)                                          \
    gm_type_struct((name), sizeof(S), _Alignof(S),                            \
                   (const gm_field[]){__VA_ARGS__},                           \
                   (int)(sizeof((const gm_field[]){__VA_ARGS__}) /            \
                         sizeof(gm_field)))

/* Composite descriptors.  Each returns the same immortal descriptor for
 * the same arguments (they are interned). */
const gm_type *gm_type_array(const gm_type *elem, intptr_t len); /* [n]T */
const gm_type *gm_type_pointer_to(const gm_type *elem);          /* *T   */
const gm_type *gm_type_slice_of(const gm_type *elem);  /* []T header; not comparable */
const gm_type *gm_type_map_of(const gm_type *key, const gm_type *val); /* map[K]V */
const gm_type *gm_type_chan_of(const gm_type *elem);   /* chan T */

/* Hash and compare values of any comparable descriptor (including those
 * made by gm_type_struct and gm_type_array, whose hash/equal members are
 * dispatch markers: call these, not the members, for them).  gm_hash of a
 * non-comparable type panics "runtime error: hash of unhashable type T". */
uintptr_t gm_hash(const gm_type *t, const void *value, uintptr_t seed);
bool gm_equal(const gm_type *t, const void *a, const void *b);
bool gm_type_comparable(const gm_type *t);

/* Allocate count zeroed values of t: typed (precisely scanned) when t holds
 * pointers, noscan otherwise. */
void *gm_make_values(const gm_type *t, size_t count);

/* Pass as hi or max to mean "omitted": s[lo:], s[lo:hi]. */
#define GM_OMIT INTPTR_MIN

/* ---- Slices --------------------------------------------------------------- */

/* A slice header.  The zero gm_slice is the nil slice. */
typedef struct gm_slice {
    void *ptr;        /* first element (a collector object, or NULL) */
    intptr_t len;     /* elements in use */
    intptr_t cap;     /* elements available from ptr */
} gm_slice;

/* make([]T, len, cap).  Panics "runtime error: makeslice: len out of range"
 * or "...: cap out of range".  Pass cap = len for make([]T, len). */
gm_slice gm_make_slice(const gm_type *elem, intptr_t len, intptr_t cap);

/* append(s, elems[0..n)...): elems may alias s.  Grows by Go's rule
 * (double below 256 elements, then +25% plus 192, rounded up to the
 * allocator's size class). */
gm_slice gm_append(const gm_type *elem, gm_slice s, const void *elems, intptr_t n);

/* copy(dst, src): copies min(len) elements (overlap allowed); returns it. */
intptr_t gm_copy(const gm_type *elem, gm_slice dst, gm_slice src);

/* s[lo:hi:max], Go's bounds checks and messages; hi or max may be GM_OMIT
 * (s[lo:hi] when max is omitted, s[lo:] when both are). */
gm_slice gm_slice_of(const gm_type *elem, gm_slice s, intptr_t lo, intptr_t hi,
                     intptr_t max);

/* &s[i] with Go's bounds check: "runtime error: index out of range [i]
 * with length n". */
void *gm_index(const gm_type *elem, gm_slice s, intptr_t i);

/* s[i] = *val (with the write barrier when T holds pointers). */
void gm_slice_set(const gm_type *elem, gm_slice s, intptr_t i, const void *val);

/* Bounds failures, callable from generated code. */
void gm_panic_index(intptr_t i, intptr_t len) __attribute__((noreturn));

/* Typed element access for C: GM_AT(int, s, 3) = 7;  (a plain store: use
 * gm_slice_set or gm_store for elements holding pointers). */
static inline void *gm_index_sz_(gm_slice s, intptr_t i, size_t size) {
    if (__builtin_expect((uintptr_t)i >= (uintptr_t)s.len, 0))
        gm_panic_index(i, s.len);
    return (char *)s.ptr + (size_t)i * size;
}
#define GM_AT(T, s, i) (*(T *)gm_index_sz_((s), (i), sizeof(T)))

/* ---- Strings -------------------------------------------------------------- */

/* A string: immutable bytes (any encoding, usually UTF-8).  The zero
 * gm_string is "".  ptr may point at static data or into a collector
 * object; substrings share their bytes. */
typedef struct gm_string {
    const uint8_t *ptr;
    intptr_t len;
} gm_string;

/* A string literal without copying: GM_STR("hello"). */
#define GM_STR(lit) ((gm_string){(const uint8_t *)("" lit), (intptr_t)(sizeof(lit) - 1)})

gm_string gm_string_from_cstr(const char *s);              /* copies */
gm_string gm_string_from_bytes(const void *p, intptr_t n); /* copies */
gm_string gm_string_concat(gm_string a, gm_string b);      /* a + b */
gm_string gm_string_concatn(const gm_string *parts, int n);
int gm_string_compare(gm_string a, gm_string b);           /* -1, 0, +1 */
bool gm_string_equal(gm_string a, gm_string b);
/* s[lo:hi] sharing the bytes; hi may be GM_OMIT. */
gm_string gm_string_slice(gm_string s, intptr_t lo, intptr_t hi);
uint8_t gm_string_at(gm_string s, intptr_t i);             /* s[i], checked */
/* []byte(s) and string(b): both copy. */
gm_slice gm_string_to_bytes(gm_string s);
gm_string gm_string_from_byte_slice(gm_slice b);
/* []rune(s), string(runes), string(r). */
gm_slice gm_string_to_runes(gm_string s);
gm_string gm_string_from_runes(gm_slice runes);
gm_string gm_string_from_rune(int32_t r);
/* A NUL-terminated copy (a collector object) for printf and C APIs. */
char *gm_string_cstr(gm_string s);

/* UTF-8 decoding as Go's `for i, r := range s`: the rune starting at byte
 * i and its width; invalid or truncated encodings give U+FFFD, width 1. */
#define GM_RUNE_ERROR 0xFFFD
int32_t gm_decode_rune(gm_string s, intptr_t i, int *width);
/* Loop helper: for (intptr_t i = 0, w; i < s.len; i += w) r = ... ;
 * or: gm_string_next_rune(s, &pos, &r) returns false at the end, and
 * sets *pos to the start of the next rune. */
bool gm_string_next_rune(gm_string s, intptr_t *pos, int32_t *r);
/* Encode r into buf (at least 4 bytes); returns the bytes written. */
int gm_encode_rune(uint8_t *buf, int32_t r);

/* ---- Maps ----------------------------------------------------------------- */

/* A map: a pointer to a collector object.  NULL is the nil map: reads see
 * it empty, deletes do nothing, writes panic "assignment to entry in nil
 * map".  Not safe for concurrent writes (Go's rule); like Go, concurrent
 * writes are detected on a best-effort basis: "fatal error: concurrent map
 * writes". */
typedef struct gm_map gm_map;

/* make(map[K]V, hint).  K must be comparable ("runtime error: hash of
 * unhashable type K" otherwise).  A negative hint counts as 0. */
gm_map *gm_make_map(const gm_type *key, const gm_type *val, intptr_t hint);

/* Storage for a map that does not outlive its caller's frame (gc's stack
 * map): the map header, then room for a first table of one group of 8
 * slots whose slot (key and value, padded) takes at most
 * GM_MAP_STORAGE_SLOT_MAX bytes.  Declare it as a local of the function
 * whose map it is: the collector scans it as part of that stack. */
#define GM_MAP_STORAGE_HEADER_BYTES 128
#define GM_MAP_STORAGE_SLOT_MAX 48
#define GM_MAP_STORAGE_BYTES \
    (GM_MAP_STORAGE_HEADER_BYTES + 64 + 8 * GM_MAP_STORAGE_SLOT_MAX)
typedef struct gm_map_storage {
    unsigned char bytes[GM_MAP_STORAGE_BYTES];
} __attribute__((aligned(64))) gm_map_storage;

/* make(map[K]V, hint) in caller storage s (any contents: it is entirely
 * reinitialised, so one storage may serve a new map on each iteration of
 * a loop once the previous map is dead).  The same map as gm_make_map's in
 * every other respect.  With hint <= 8 and a slot that fits, the first
 * table is in s and the map allocates nothing until it outgrows that
 * table (its entries then move to the heap, as gc's stack bucket's do);
 * otherwise its tables are in the heap.  The map must not be used once
 * s's lifetime ends. */
gm_map *gm_map_init(gm_map_storage *s, const gm_type *key, const gm_type *val, intptr_t hint);

/* v, ok := m[key]: a pointer to the value in the map (valid until the next
 * write to the map), or to a read-only zero value when absent. ok may be
 * NULL. */
void *gm_map_get(gm_map *m, const void *key, bool *ok);

/* m[key] = *val. */
void gm_map_set(gm_map *m, const void *key, const void *val);

/* &m[key] for assignment (m[key] op= v): inserts the zero value when the
 * key is absent.  Valid until the next write to the map; store pointers
 * into it with gm_store / gm_typedmemmove. */
void *gm_map_assign(gm_map *m, const void *key);

void gm_map_delete(gm_map *m, const void *key);   /* delete(m, key) */
intptr_t gm_map_len(const gm_map *m);             /* len(m) */
void gm_map_clear(gm_map *m);                     /* clear(m) (Go 1.21) */

/* for k, v := range m.  The order is randomised per iteration.  An entry
 * deleted before it is reached is not produced; an entry inserted during
 * the iteration may or may not be; no entry is produced twice.  key / val
 * pointers are valid until the next write to the map.  Keep the iterator
 * on the stack (its fields are private). */
typedef struct gm_map_iter {
    gm_map *m;
    void *tab;             /* table being walked (a frozen snapshot once replaced) */
    void *next_tab;        /* walked next: the new table, when the iteration
                              began while the map was growing */
    void *skip;            /* keys this table holds were produced already */
    uint64_t entry_offset; /* random start point */
    intptr_t entry_idx;
    uint32_t clear_seq;    /* the map's clear count at the start */
} gm_map_iter;
void gm_map_iter_init(gm_map_iter *it, gm_map *m);
bool gm_map_next(gm_map_iter *it, void **key, void **val);

/* ---- Channels and select ------------------------------------------------ */

/* A channel: a pointer to a collector object; NULL is the nil channel
 * (sends and receives block forever, close panics). */
typedef struct gm_chan gm_chan;

/* make(chan T, cap).  Panics "makechan: size out of range". */
gm_chan *gm_make_chan(const gm_type *elem, intptr_t cap);

/* c <- *elem.  Panics "send on closed channel". */
void gm_chan_send(gm_chan *c, const void *elem);

/* *elem, ok = <-c: false when c is closed and drained (then *elem is set to
 * the zero value).  elem may be NULL to discard the value. */
bool gm_chan_recv(gm_chan *c, void *elem);

/* close(c).  Panics "close of nil channel", "close of closed channel". */
void gm_chan_close(gm_chan *c);

intptr_t gm_chan_len(const gm_chan *c);
intptr_t gm_chan_cap(const gm_chan *c);

/* Non-blocking forms: select with a default case.  Return true when the
 * operation happened. */
bool gm_chan_try_send(gm_chan *c, const void *elem);
bool gm_chan_try_recv(gm_chan *c, void *elem, bool *ok);

/* One case of a select statement. */
typedef enum gm_select_dir { GM_SELECT_RECV = 0, GM_SELECT_SEND = 1 } gm_select_dir;
typedef struct gm_select_case {
    gm_chan *c;            /* NULL: the case never proceeds */
    gm_select_dir dir;
    void *elem;            /* send: the value; recv: where to put it (or NULL) */
    bool ok;               /* recv: set to false when c was closed */
} gm_select_case;

/* select { cases... [default:] }: blocks until a case can proceed, chooses
 * uniformly at random among those ready, and returns its index; returns -1
 * when has_default and none is ready.  n == 0 without default blocks
 * forever. */
int gm_select(gm_select_case *cases, int n, bool has_default);

#ifdef __cplusplus
}
#endif

#endif /* GOMEM_MAKE_H */
