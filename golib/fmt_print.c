/* fmt_print.c: fmt's printing of operands by their descriptors and the
 * three drivers (Print, Println, Printf), with Go's rules:
 *   - an operand with an Error or String method (for %v %s %x %X %q) is
 *     printed through it, as is GoString for %#v; not for values reached
 *     through unexported struct fields (Go's reflect cannot call them);
 *   - structs {a b} ({Name:a} with %+v), slices and arrays [a b], maps
 *     map[k:v] sorted by key (Go's internal/fmtsort order), a pointer to a
 *     struct/array/slice/map as &{...} at top level and 0x... inside;
 *   - nil as <nil>, wrong verbs as %!d(string=x), missing and extra
 *     operands as %!d(MISSING) and %!(EXTRA type=value).
 *   - a panic inside String/Error/GoString is recovered (through the
 *     code generator's defer/recover frames, gort_rt.h) and printed as
 *     %!v(PANIC=String method: value), or <nil> for a nil pointer receiver.
 * Not done: Formatter (fmt.State is not in the subset).
 */
#include <setjmp.h>
#include <string.h>

#include "fmt_printer.h"
#include "gort_rt.h"

static void print_value(printer *p, const gort_type *t, const void *v, int verb, int depth,
                        bool readonly);

static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

static void bad_verb(printer *p, int verb) {
    p->erroring = true;
    gbuf_cstr(&p->buf, "%!");
    gbuf_rune(&p->buf, verb);
    gbuf_byte(&p->buf, '(');
    if (p->cur_type) {
        gbuf_cstr(&p->buf, p->cur_type->gm.name);
        gbuf_byte(&p->buf, '=');
        print_value(p, p->cur_type, p->cur_value, 'v', 0, false);
    } else {
        gbuf_cstr(&p->buf, "<nil>");
    }
    gbuf_byte(&p->buf, ')');
    p->erroring = false;
}

static void fmt_0x64(printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', false);
    p->f.sharp = sharp;
}

static void print_integer(printer *p, uint64_t v, bool is_signed, int verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmt_integer(p, v, 10, is_signed, verb, false);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, false); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, false); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, false); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, false); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, true); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb);
    }
}

static void print_float(printer *p, double v, int size, int verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void print_complex(printer *p, double re, double im, int size, int verb) {
    if (!strchr("vbgGxXfFeE", verb) || verb == 0) {
        bad_verb(p, verb);
        return;
    }
    bool plus = p->f.plus;
    gbuf_byte(&p->buf, '(');
    print_float(p, re, size / 2, verb);
    p->f.plus = true;                   /* the imaginary part always has a sign */
    print_float(p, im, size / 2, verb);
    gbuf_cstr(&p->buf, "i)");
    p->f.plus = plus;
}

static void print_string(printer *p, gm_string s, int verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v)
            fmt_q(p, s);
        else
            fmt_s(p, s);
        break;
    case 's': fmt_s(p, s); break;
    case 'x': fmt_sbx(p, s, false); break;
    case 'X': fmt_sbx(p, s, true); break;
    case 'q': fmt_q(p, s); break;
    default: bad_verb(p, verb);
    }
}

/* %s %q %x %X of []byte and [N]byte: the bytes as a string. */
static void print_bytes(printer *p, gm_string b, int verb) {
    switch (verb) {
    case 's': fmt_s(p, b); break;
    case 'x': fmt_sbx(p, b, false); break;
    case 'X': fmt_sbx(p, b, true); break;
    case 'q': fmt_q(p, b); break;
    }
}

static void print_pointer(printer *p, const gort_type *t, const void *v, int verb) {
    uintptr_t u;
    switch (t->gm.kind) {
    case GM_KIND_CHAN: case GM_KIND_FUNC: case GM_KIND_MAP: case GM_KIND_POINTER:
    case GM_KIND_UNSAFE_POINTER:
        u = *(const uintptr_t *)v;
        break;
    case GM_KIND_SLICE:
        u = (uintptr_t)((const gm_slice *)v)->ptr;
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            gbuf_byte(&p->buf, '(');
            gbuf_cstr(&p->buf, t->gm.name);
            gbuf_cstr(&p->buf, ")(");
            if (u == 0)
                gbuf_cstr(&p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            gbuf_byte(&p->buf, ')');
        } else if (u == 0) {
            fmt_pad_cstr(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': print_integer(p, u, false, verb); break;
    default: bad_verb(p, verb);
    }
}

typedef struct catcher {
    gort_func f;
    gort_iface *value;
} catcher;

static void catch_panic(gort_func *f) { *((catcher *)f)->value = gort_recover(); }

/* Calls a `string M()` method under a deferred recover, as Go's fmt does:
 * false (and *panicked) when the method panicked. */
static bool call_method(const gort_method *m, void *data, gm_string *out, gort_iface *panicked) {
    gort_frame frame;
    gort_defer link;
    catcher c = {{(void *)catch_panic}, panicked};
    volatile bool ok = true;
    *panicked = (gort_iface){0};
    gort_frame_enter(&frame);
    gort_defer_push(&frame, &link, &c.f);
    if (setjmp(frame.jb) == 0)
        *out = golib_call_string_method(m, data);
    else
        ok = false;
    gort_frame_leave(&frame);
    return ok;
}

static void print_arg(printer *p, gort_iface arg, int verb);

/* Prints what method m of the value returns; what names the method for
 * the panic form. */
static void print_method(printer *p, const gort_type *t, const void *v, const gort_method *m,
                         const char *what, int verb) {
    void *data = golib_data_word(t, v);
    gm_string s;
    gort_iface panicked;
    if (call_method(m, data, &s, &panicked)) {
        if (p->f.sharp_v)
            fmt_s(p, s);
        else
            print_string(p, s, verb);
        return;
    }
    if (t->gm.kind == GM_KIND_POINTER && data == NULL) {
        gbuf_cstr(&p->buf, "<nil>");
        return;
    }
    if (p->panicking)           /* the panic value's own method panicked */
        gort_panic(panicked);
    fmt_flags flags = p->f;
    memset(&p->f, 0, sizeof p->f);
    gbuf_cstr(&p->buf, "%!");
    gbuf_rune(&p->buf, verb);
    gbuf_cstr(&p->buf, "(PANIC=");
    gbuf_cstr(&p->buf, what);
    gbuf_cstr(&p->buf, " method: ");
    p->panicking = true;
    print_arg(p, panicked, 'v');
    p->panicking = false;
    gbuf_byte(&p->buf, ')');
    p->f = flags;
}

/* Error/String (GoString for %#v) of the value, if the type has them. */
static bool handle_methods(printer *p, const gort_type *t, const void *v, int verb) {
    if (p->erroring)
        return false;
    const gort_method *err = gort_find_method(t, "Error");
    if (verb == 'w') {
        if (!err || !p->wrap_errs || p->wrapped.type) {
            p->wrapped = (gort_iface){0};
            p->wrap_errs = false;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped = (gort_iface){t, golib_data_word(t, v)};
        verb = 'v';
    }
    if (p->f.sharp_v) {
        const gort_method *gs = gort_find_method(t, "GoString");
        if (!gs)
            return false;
        print_method(p, t, v, gs, "GoString", verb);
        return true;
    }
    if (!strchr("vsxXq", verb) || verb == 0)
        return false;
    const gort_method *m = err ? err : gort_find_method(t, "String");
    if (!m)
        return false;
    print_method(p, t, v, m, err ? "Error" : "String", verb);
    return true;
}

/* ---- maps, sorted as internal/fmtsort sorts them ---- */

static int compare_values(const gort_type *t, const void *a, const void *b);

static int cmp3(bool less, bool greater) { return less ? -1 : greater ? 1 : 0; }

static int compare_floats(double a, double b) {
    if (a != a)
        return -1;
    if (b != b)
        return 1;
    return cmp3(a < b, a > b);
}

static int compare_ifaces(const gort_iface *a, const gort_iface *b) {
    if (!a->type || !b->type)
        return cmp3(a->type == NULL && b->type != NULL, a->type != NULL && b->type == NULL);
    if (a->type != b->type) {
        /* Go orders by type descriptor address, which follows its linker's
         * layout; names are the closest stable stand-in ("int" < "string") */
        int c = strcmp(a->type->gm.name, b->type->gm.name);
        return c ? (c < 0 ? -1 : 1) : cmp3((uintptr_t)a->type < (uintptr_t)b->type, true);
    }
    return compare_values(a->type, golib_iface_value(a), golib_iface_value(b));
}

static int compare_values(const gort_type *t, const void *a, const void *b) {
    switch (t->gm.kind) {
    case GM_KIND_INT8: return cmp3(*(int8_t *)a < *(int8_t *)b, *(int8_t *)a > *(int8_t *)b);
    case GM_KIND_INT16: return cmp3(*(int16_t *)a < *(int16_t *)b, *(int16_t *)a > *(int16_t *)b);
    case GM_KIND_INT32: return cmp3(*(int32_t *)a < *(int32_t *)b, *(int32_t *)a > *(int32_t *)b);
    case GM_KIND_INT: case GM_KIND_INT64:
        return cmp3(*(int64_t *)a < *(int64_t *)b, *(int64_t *)a > *(int64_t *)b);
    case GM_KIND_UINT8: case GM_KIND_BOOL:
        return cmp3(*(uint8_t *)a < *(uint8_t *)b, *(uint8_t *)a > *(uint8_t *)b);
    case GM_KIND_UINT16: return cmp3(*(uint16_t *)a < *(uint16_t *)b, *(uint16_t *)a > *(uint16_t *)b);
    case GM_KIND_UINT32: return cmp3(*(uint32_t *)a < *(uint32_t *)b, *(uint32_t *)a > *(uint32_t *)b);
    case GM_KIND_UINT: case GM_KIND_UINT64: case GM_KIND_UINTPTR: case GM_KIND_POINTER:
    case GM_KIND_UNSAFE_POINTER: case GM_KIND_CHAN:
        return cmp3(*(uint64_t *)a < *(uint64_t *)b, *(uint64_t *)a > *(uint64_t *)b);
    case GM_KIND_STRING: return gm_string_compare(*(gm_string *)a, *(gm_string *)b);
    case GM_KIND_FLOAT32: return compare_floats(*(float *)a, *(float *)b);
    case GM_KIND_FLOAT64: return compare_floats(*(double *)a, *(double *)b);
    case GM_KIND_COMPLEX64: {
        const float *x = a, *y = b;
        int c = compare_floats(x[0], y[0]);
        return c ? c : compare_floats(x[1], y[1]);
    }
    case GM_KIND_COMPLEX128: {
        const double *x = a, *y = b;
        int c = compare_floats(x[0], y[0]);
        return c ? c : compare_floats(x[1], y[1]);
    }
    case GM_KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            size_t off = t->fields[i].offset;
            int c = compare_values(t->fields[i].type, (const char *)a + off, (const char *)b + off);
            if (c)
                return c;
        }
        return 0;
    case GM_KIND_ARRAY:
        for (intptr_t i = 0; i < t->gm.len; i++) {
            size_t off = (size_t)i * t->elem->gm.size;
            int c = compare_values(t->elem, (const char *)a + off, (const char *)b + off);
            if (c)
                return c;
        }
        return 0;
    case GM_KIND_INTERFACE: return compare_ifaces(a, b);
    default: return 0;
    }
}

typedef struct map_entry {
    void *key, *val;
} map_entry;

/* Stable merge sort of entries by key. */
static void sort_entries(const gort_type *kt, map_entry *e, map_entry *tmp, intptr_t n) {
    if (n < 2)
        return;
    intptr_t h = n / 2;
    sort_entries(kt, e, tmp, h);
    sort_entries(kt, e + h, tmp, n - h);
    intptr_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = compare_values(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
    while (i < h)
        tmp[k++] = e[i++];
    while (j < n)
        tmp[k++] = e[j++];
    memcpy(e, tmp, (size_t)n * sizeof *e);
}

static void print_map(printer *p, const gort_type *t, gm_map *m, int verb, int depth,
                       bool readonly) {
    if (p->f.sharp_v) {
        gbuf_cstr(&p->buf, t->gm.name);
        if (!m) {
            gbuf_cstr(&p->buf, "(nil)");
            return;
        }
        gbuf_byte(&p->buf, '{');
    } else {
        gbuf_cstr(&p->buf, "map[");
    }
    intptr_t n = gm_map_len(m);
    /* entries and merge space; the pointers lead into the map's own tables,
     * which the map keeps alive, so sorting may move them with memcpy */
    map_entry *e = gm_alloc((size_t)(2 * n + 1) * sizeof *e);
    gm_map_iter it;
    gm_map_iter_init(&it, m);
    intptr_t got = 0;
    void *k, *v;
    while (got < n && gm_map_next(&it, &k, &v))
    {
        gm_store(&e[got].key, k);       /* e is a heap object */
        gm_store(&e[got++].val, v);
    }
    sort_entries(t->key, e, e + n, got);
    for (intptr_t i = 0; i < got; i++) {
        if (i > 0)
            gbuf_cstr(&p->buf, p->f.sharp_v ? ", " : " ");
        print_value(p, t->key, e[i].key, verb, depth + 1, readonly);
        gbuf_byte(&p->buf, ':');
        print_value(p, t->elem, e[i].val, verb, depth + 1, readonly);
    }
    gbuf_byte(&p->buf, p->f.sharp_v ? '}' : ']');
}

static void print_struct(printer *p, const gort_type *t, const char *v, int verb, int depth,
                         bool readonly) {
    if (p->f.sharp_v)
        gbuf_cstr(&p->buf, t->gm.name);
    gbuf_byte(&p->buf, '{');
    for (int i = 0; i < t->nfields; i++) {
        const gort_field *f = &t->fields[i];
        if (i > 0)
            gbuf_cstr(&p->buf, p->f.sharp_v ? ", " : " ");
        if ((p->f.plus_v || p->f.sharp_v) && f->name[0]) {
            gbuf_cstr(&p->buf, f->name);
            gbuf_byte(&p->buf, ':');
        }
        print_value(p, f->type, v + f->offset, verb, depth + 1,
                    readonly || !is_exported(f->name));
    }
    gbuf_byte(&p->buf, '}');
}

static void print_list(printer *p, const gort_type *t, const char *base, intptr_t len, bool nil,
                       int verb, int depth, bool readonly) {
    const gort_type *et = t->elem;
    if (strchr("sqxX", verb) && verb && et->gm.kind == GM_KIND_UINT8) {
        print_bytes(p, (gm_string){(const uint8_t *)base, len}, verb);
        return;
    }
    if (p->f.sharp_v) {
        gbuf_cstr(&p->buf, t->gm.name);
        if (nil) {
            gbuf_cstr(&p->buf, "(nil)");
            return;
        }
        gbuf_byte(&p->buf, '{');
    } else {
        gbuf_byte(&p->buf, '[');
    }
    for (intptr_t i = 0; i < len; i++) {
        if (i > 0)
            gbuf_cstr(&p->buf, p->f.sharp_v ? ", " : " ");
        print_value(p, et, base + (size_t)i * et->gm.size, verb, depth + 1, readonly);
    }
    gbuf_byte(&p->buf, p->f.sharp_v ? '}' : ']');
}

/* A nil interface inside a value: <nil> whatever the verb (Go's printValue
 * reaches it as an Interface-kind value, not as an invalid one). */
static void print_nil_iface(printer *p, const gort_type *t) {
    if (p->f.sharp_v) {
        gbuf_cstr(&p->buf, t->gm.name);
        gbuf_cstr(&p->buf, "(nil)");
    } else {
        gbuf_cstr(&p->buf, "<nil>");
    }
}

static void print_value(printer *p, const gort_type *t, const void *v, int verb, int depth,
                        bool readonly) {
    if (t->gm.kind == GM_KIND_INTERFACE) {
        const gort_iface *i = v;
        if (!i->type)
            print_nil_iface(p, t);
        else
            print_value(p, i->type, golib_iface_value(i), verb, depth + 1, readonly);
        return;
    }
    if (depth > 0 && !readonly && handle_methods(p, t, v, verb))
        return;
    p->cur_type = t;
    p->cur_value = v;
    switch (t->gm.kind) {
    case GM_KIND_BOOL:
        if (verb == 't' || verb == 'v')
            fmt_boolean(p, *(const bool *)v);
        else
            bad_verb(p, verb);
        break;
    case GM_KIND_INT: case GM_KIND_INT64: print_integer(p, (uint64_t)*(const int64_t *)v, true, verb); break;
    case GM_KIND_INT32: print_integer(p, (uint64_t)(int64_t)*(const int32_t *)v, true, verb); break;
    case GM_KIND_INT16: print_integer(p, (uint64_t)(int64_t)*(const int16_t *)v, true, verb); break;
    case GM_KIND_INT8: print_integer(p, (uint64_t)(int64_t)*(const int8_t *)v, true, verb); break;
    case GM_KIND_UINT: case GM_KIND_UINT64: case GM_KIND_UINTPTR:
        print_integer(p, *(const uint64_t *)v, false, verb);
        break;
    case GM_KIND_UINT32: print_integer(p, *(const uint32_t *)v, false, verb); break;
    case GM_KIND_UINT16: print_integer(p, *(const uint16_t *)v, false, verb); break;
    case GM_KIND_UINT8: print_integer(p, *(const uint8_t *)v, false, verb); break;
    case GM_KIND_FLOAT32: print_float(p, *(const float *)v, 32, verb); break;
    case GM_KIND_FLOAT64: print_float(p, *(const double *)v, 64, verb); break;
    case GM_KIND_COMPLEX64: {
        const float *c = v;
        print_complex(p, c[0], c[1], 64, verb);
        break;
    }
    case GM_KIND_COMPLEX128: {
        const double *c = v;
        print_complex(p, c[0], c[1], 128, verb);
        break;
    }
    case GM_KIND_STRING: print_string(p, *(const gm_string *)v, verb); break;
    case GM_KIND_MAP: print_map(p, t, *(gm_map *const *)v, verb, depth, readonly); break;
    case GM_KIND_STRUCT: print_struct(p, t, v, verb, depth, readonly); break;
    case GM_KIND_ARRAY: print_list(p, t, v, t->gm.len, false, verb, depth, readonly); break;
    case GM_KIND_SLICE: {
        const gm_slice *s = v;
        print_list(p, t, s->ptr, s->len, s->ptr == NULL, verb, depth, readonly);
        break;
    }
    case GM_KIND_POINTER: {
        void *target = *(void *const *)v;
        gm_kind ek = t->elem ? t->elem->gm.kind : GM_KIND_INVALID;
        if (depth == 0 && target &&
            (ek == GM_KIND_ARRAY || ek == GM_KIND_SLICE || ek == GM_KIND_STRUCT || ek == GM_KIND_MAP)) {
            gbuf_byte(&p->buf, '&');
            print_value(p, t->elem, target, verb, depth + 1, readonly);
            return;
        }
        print_pointer(p, t, v, verb);
        break;
    }
    case GM_KIND_CHAN: case GM_KIND_FUNC: case GM_KIND_UNSAFE_POINTER:
        print_pointer(p, t, v, verb);
        break;
    default:
        gbuf_byte(&p->buf, '?');
        gbuf_cstr(&p->buf, t->gm.name);
        gbuf_byte(&p->buf, '?');
    }
}

static bool is_byte_slice(const gort_type *t) {
    return t->gm.kind == GM_KIND_SLICE && !t->named && t->elem->gm.kind == GM_KIND_UINT8 &&
           !t->elem->named;
}

static void print_arg(printer *p, gort_iface arg, int verb) {
    p->cur_type = arg.type;
    if (!arg.type) {
        p->cur_value = NULL;
        if (verb == 'T' || verb == 'v')
            fmt_pad_cstr(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    const void *v = golib_iface_value(&arg);
    p->cur_value = v;
    if (verb == 'T') {
        fmt_s(p, gm_string_from_cstr(arg.type->gm.name));
        return;
    }
    if (verb == 'p') {
        print_pointer(p, arg.type, v, 'p');
        return;
    }
    if (is_byte_slice(arg.type) && strchr("sqxX", verb) && verb) {
        const gm_slice *s = v;
        print_bytes(p, (gm_string){s->ptr, s->len}, verb);
        return;
    }
    if (!handle_methods(p, arg.type, v, verb))
        print_value(p, arg.type, v, verb, 0, false);
}

static bool is_string_arg(gort_iface a) {
    return a.type && a.type->gm.kind == GM_KIND_STRING;
}

void fmt_do_print(printer *p, gm_slice args) {
    const gort_iface *a = args.ptr;
    bool prev_string = false;
    for (intptr_t i = 0; i < args.len; i++) {
        bool is_string = is_string_arg(a[i]);
        if (i > 0 && !is_string && !prev_string)
            gbuf_byte(&p->buf, ' ');
        print_arg(p, a[i], 'v');
        prev_string = is_string;
    }
}

void fmt_do_println(printer *p, gm_slice args) {
    const gort_iface *a = args.ptr;
    for (intptr_t i = 0; i < args.len; i++) {
        if (i > 0)
            gbuf_byte(&p->buf, ' ');
        print_arg(p, a[i], 'v');
    }
    gbuf_byte(&p->buf, '\n');
}

/* ---- Printf ---- */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* A decimal number at format[*i]; false if there is none. */
static bool parse_num(gm_string f, intptr_t *i, int *num) {
    bool isnum = false;
    int64_t n = 0;
    for (; *i < f.len && f.ptr[*i] >= '0' && f.ptr[*i] <= '9'; (*i)++) {
        if (too_large(n)) {
            *i = f.len;
            *num = 0;
            return false;
        }
        n = n * 10 + (f.ptr[*i] - '0');
        isnum = true;
    }
    *num = (int)n;
    return isnum;
}

/* The operand a[*argnum] as a width or precision (* in the format). */
static bool int_from_arg(gm_slice args, intptr_t *argnum, int *num) {
    const gort_iface *a = args.ptr;
    *num = 0;
    if (*argnum >= args.len)
        return false;
    gort_iface x = a[(*argnum)++];
    if (!x.type)
        return false;
    const void *v = golib_iface_value(&x);
    int64_t n;
    switch (x.type->gm.kind) {
    case GM_KIND_INT: case GM_KIND_INT64: n = *(const int64_t *)v; break;
    case GM_KIND_INT32: n = *(const int32_t *)v; break;
    case GM_KIND_INT16: n = *(const int16_t *)v; break;
    case GM_KIND_INT8: n = *(const int8_t *)v; break;
    case GM_KIND_UINT: case GM_KIND_UINT64: case GM_KIND_UINTPTR:
        if (*(const uint64_t *)v > INT64_MAX)
            return false;
        n = (int64_t)*(const uint64_t *)v;
        break;
    case GM_KIND_UINT32: n = *(const uint32_t *)v; break;
    case GM_KIND_UINT16: n = *(const uint16_t *)v; break;
    case GM_KIND_UINT8: n = *(const uint8_t *)v; break;
    default: return false;
    }
    if (too_large(n))
        return false;
    *num = (int)n;
    return true;
}

/* An explicit argument index [n] at format[*i]. */
static bool arg_number(printer *p, gm_string f, intptr_t *i, intptr_t *argnum, intptr_t nargs) {
    if (*i >= f.len || f.ptr[*i] != '[')
        return false;
    p->reordered = true;
    intptr_t j = *i + 1;
    for (; j < f.len && f.ptr[j] != ']'; j++)
        ;
    if (j >= f.len || f.len - *i < 3) {         /* no closing bracket */
        (*i)++;
        p->good_argnum = false;
        return false;
    }
    intptr_t k = *i + 1;
    int n;
    bool ok = parse_num(f, &k, &n) && k == j;
    *i = j + 1;
    if (ok && n - 1 >= 0 && n - 1 < nargs) {
        *argnum = n - 1;
        return true;
    }
    p->good_argnum = false;
    return ok;
}

static void set_flag(printer *p, uint8_t c) {
    switch (c) {
    case '#': p->f.sharp = true; break;
    case '0': p->f.zero = !p->f.minus; break;
    case '+': p->f.plus = true; break;
    case '-': p->f.minus = true; p->f.zero = false; break;
    case ' ': p->f.space = true; break;
    }
}

static void print_extra(printer *p, gm_slice args, intptr_t from) {
    const gort_iface *a = args.ptr;
    memset(&p->f, 0, sizeof p->f);
    gbuf_cstr(&p->buf, "%!(EXTRA ");
    for (intptr_t i = from; i < args.len; i++) {
        if (i > from)
            gbuf_cstr(&p->buf, ", ");
        if (!a[i].type) {
            gbuf_cstr(&p->buf, "<nil>");
        } else {
            gbuf_cstr(&p->buf, a[i].type->gm.name);
            gbuf_byte(&p->buf, '=');
            print_arg(p, a[i], 'v');
        }
    }
    gbuf_byte(&p->buf, ')');
}

/* Width and precision after the flags; returns false when the format
 * ends before the verb. */
static void parse_width_prec(printer *p, gm_string f, intptr_t *i, intptr_t *argnum,
                             gm_slice args, bool *after_index) {
    if (*i < f.len && f.ptr[*i] == '*') {
        (*i)++;
        p->f.wid_present = int_from_arg(args, argnum, &p->wid);
        if (!p->f.wid_present)
            gbuf_cstr(&p->buf, "%!(BADWIDTH)");
        if (p->wid < 0) {
            p->wid = -p->wid;
            p->f.minus = true;
            p->f.zero = false;
        }
        *after_index = false;
    } else {
        p->f.wid_present = parse_num(f, i, &p->wid);
        if (*after_index && p->f.wid_present)
            p->good_argnum = false;
    }
    if (*i + 1 < f.len && f.ptr[*i] == '.') {
        (*i)++;
        if (*after_index)
            p->good_argnum = false;
        *after_index = arg_number(p, f, i, argnum, args.len);
        if (*i < f.len && f.ptr[*i] == '*') {
            (*i)++;
            p->f.prec_present = int_from_arg(args, argnum, &p->prec);
            if (p->prec < 0) {
                p->prec = 0;
                p->f.prec_present = false;
            }
            if (!p->f.prec_present)
                gbuf_cstr(&p->buf, "%!(BADPREC)");
            *after_index = false;
        } else {
            p->f.prec_present = parse_num(f, i, &p->prec);
            if (!p->f.prec_present) {
                p->prec = 0;
                p->f.prec_present = true;
            }
        }
    }
    if (!*after_index)
        *after_index = arg_number(p, f, i, argnum, args.len);
}

void fmt_do_printf(printer *p, gm_string f, gm_slice args) {
    const gort_iface *a = args.ptr;
    intptr_t argnum = 0, i = 0;
    p->reordered = false;
    while (i < f.len) {
        p->good_argnum = true;
        intptr_t last = i;
        while (i < f.len && f.ptr[i] != '%')
            i++;
        gbuf_write(&p->buf, f.ptr + last, i - last);
        if (i >= f.len)
            break;
        i++;
        memset(&p->f, 0, sizeof p->f);
        p->wid = p->prec = 0;
        while (i < f.len && strchr("#0+- ", f.ptr[i]) && f.ptr[i])
            set_flag(p, f.ptr[i++]);
        bool after_index = arg_number(p, f, &i, &argnum, args.len);
        parse_width_prec(p, f, &i, &argnum, args, &after_index);
        if (i >= f.len) {
            gbuf_cstr(&p->buf, "%!(NOVERB)");
            break;
        }
        int w;
        int verb = gm_decode_rune(f, i, &w);
        i += w;
        if (verb == '%') {
            gbuf_byte(&p->buf, '%');
        } else if (!p->good_argnum) {
            gbuf_cstr(&p->buf, "%!");
            gbuf_rune(&p->buf, verb);
            gbuf_cstr(&p->buf, "(BADINDEX)");
        } else if (argnum >= args.len) {
            gbuf_cstr(&p->buf, "%!");
            gbuf_rune(&p->buf, verb);
            gbuf_cstr(&p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->f.sharp_v = p->f.sharp;
                p->f.sharp = false;
                p->f.plus_v = p->f.plus;
                p->f.plus = false;
            }
            print_arg(p, a[argnum++], verb);
        }
    }
    if (!p->reordered && argnum < args.len)
        print_extra(p, args, argnum);
}
