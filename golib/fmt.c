/* fmt.c: the functions of Go's fmt package: Print/Println/Printf to
 * os.Stdout, Fprint* to any writer (through its Write method), Sprint*,
 * Errorf (with %w: a *fmt.wrapError that errors.Unwrap sees), and a small
 * Sscan/Sscanf.
 *
 * Invariants: each Print call writes its whole output with one Write, as
 * Go does (so lines from different goroutines do not interleave within a
 * call); Sprint* return the printer's buffer without copying.
 * Sscan/Sscanf handle operands of kinds int*, uint*, float*, string and
 * bool with space-separated input (verbs %d %s %f %g %v %t %x %c %q are
 * read as tokens); Go's full scanning grammar is not reproduced.
 */
#include <string.h>

#include "fmt_printer.h"

/* ---- fmt.Stringer and *fmt.wrapError ---- */

static const gort_method stringer_methods[] = {{"String", NULL}};
const gort_type go_type_fmt_Stringer = {
    .gm = {.size = sizeof(gort_iface), .align = 8, .ptrdata = sizeof(gort_iface),
           .ptrmask = (const uint8_t[]){3}, .name = "fmt.Stringer",
           .kind = GM_KIND_INTERFACE, .hash = gort_hash_iface, .equal = gort_equal_iface},
    .methods = stringer_methods, .nmethods = 1, .named = true};

typedef struct wrap_error {
    gm_string msg;
    gort_iface err;
} wrap_error;

static gm_string wrap_error_error(void *data) { return ((wrap_error *)data)->msg; }
static gort_iface wrap_error_unwrap(void *data) { return ((wrap_error *)data)->err; }

static const gort_field wrap_error_fields[] = {
    {"msg", offsetof(wrap_error, msg), &gort_type_string, false},
    {"err", offsetof(wrap_error, err), &gort_type_error, false}};
static const gort_type wrap_error_type = {
    .gm = {.size = sizeof(wrap_error), .align = 8, .ptrdata = sizeof(wrap_error),
           .ptrmask = (const uint8_t[]){0x1 | 0x4 | 0x8}, .name = "fmt.wrapError",
           .kind = GM_KIND_STRUCT},
    .fields = wrap_error_fields, .nfields = 2, .named = true};
static const gort_method wrap_error_methods[] = {
    {"Error", (void *)wrap_error_error}, {"Unwrap", (void *)wrap_error_unwrap}};
static GOLIB_PTR_TYPE(wrap_error_ptrtype, wrap_error_type, "*fmt.wrapError",
                      wrap_error_methods, 2);

/* ---- output ---- */

static int64_t write_to(gort_iface w, const gbuf *b, gort_iface *err) {
    const gort_method *m = gort_find_method(w.type, "Write");
    if (!m)
        gm_panic("runtime error: invalid memory address or nil pointer dereference");
    gm_slice bytes = {b->p, b->len, b->cap};
    return ((int64_t(*)(void *, gm_slice, gort_iface *))m->fn)(w.data, bytes, err);
}

static int64_t write_stdout(const gbuf *b, gort_iface *err) {
    return go_os_File_Write(go_os_Stdout, (gm_slice){b->p, b->len, b->cap}, err);
}

int64_t go_fmt_Print(gm_slice a, gort_iface *err) {
    printer p = {0};
    fmt_do_print(&p, a);
    return write_stdout(&p.buf, err);
}

int64_t go_fmt_Println(gm_slice a, gort_iface *err) {
    printer p = {0};
    fmt_do_println(&p, a);
    return write_stdout(&p.buf, err);
}

int64_t go_fmt_Printf(gm_string format, gm_slice a, gort_iface *err) {
    printer p = {0};
    fmt_do_printf(&p, format, a);
    return write_stdout(&p.buf, err);
}

gm_string go_fmt_Sprint(gm_slice a) {
    printer p = {0};
    fmt_do_print(&p, a);
    return gbuf_string(&p.buf);
}

gm_string go_fmt_Sprintln(gm_slice a) {
    printer p = {0};
    fmt_do_println(&p, a);
    return gbuf_string(&p.buf);
}

gm_string go_fmt_Sprintf(gm_string format, gm_slice a) {
    printer p = {0};
    fmt_do_printf(&p, format, a);
    return gbuf_string(&p.buf);
}

int64_t go_fmt_Fprint(gort_iface w, gm_slice a, gort_iface *err) {
    printer p = {0};
    fmt_do_print(&p, a);
    return write_to(w, &p.buf, err);
}

int64_t go_fmt_Fprintln(gort_iface w, gm_slice a, gort_iface *err) {
    printer p = {0};
    fmt_do_println(&p, a);
    return write_to(w, &p.buf, err);
}

int64_t go_fmt_Fprintf(gort_iface w, gm_string format, gm_slice a, gort_iface *err) {
    printer p = {0};
    fmt_do_printf(&p, format, a);
    return write_to(w, &p.buf, err);
}

gort_iface go_fmt_Errorf(gm_string format, gm_slice a) {
    printer p = {.wrap_errs = true};
    fmt_do_printf(&p, format, a);
    gm_string msg = gbuf_string(&p.buf);
    if (!p.wrapped.type)
        return golib_new_error(msg);
    wrap_error e = {msg, p.wrapped};
    return (gort_iface){&wrap_error_ptrtype, golib_new_copy(&wrap_error_type, &e)};
}

/* ---- scanning ---- */

static gort_iface scan_error(const char *text) {
    return golib_new_error(gm_string_from_cstr(text));
}

/* Scanning works on bytes: only ASCII white space separates (a byte of
 * 0x85 or 0xA0 inside a UTF-8 sequence must not). */
static bool space_byte(uint8_t c) { return c < 0x80 && golib_is_space(c); }

static gm_string next_token(gm_string s, intptr_t *pos) {
    while (*pos < s.len && space_byte(s.ptr[*pos]))
        (*pos)++;
    intptr_t start = *pos;
    while (*pos < s.len && !space_byte(s.ptr[*pos]))
        (*pos)++;
    return gm_string_slice(s, start, *pos);
}

/* Stores token into the operand *dst (a pointer in an interface). */
static bool scan_store(gort_iface dst, gm_string tok, int verb, gort_iface *err) {
    if (!dst.type || dst.type->gm.kind != GM_KIND_POINTER) {
        *err = scan_error("can't scan type");
        return false;
    }
    const gort_type *t = dst.type->elem;
    void *v = dst.data;
    gort_iface perr = {0};
    int base = verb == 'x' ? 16 : verb == 'o' ? 8 : verb == 'b' ? 2 : verb == 'd' ? 10 : 0;
    switch (t->gm.kind) {
    case GM_KIND_INT: case GM_KIND_INT64: case GM_KIND_INT32: case GM_KIND_INT16:
    case GM_KIND_INT8: {
        int64_t x = go_strconv_ParseInt(tok, base, (int64_t)t->gm.size * 8, &perr);
        if (perr.type) {
            *err = scan_error("expected integer");
            return false;
        }
        memcpy(v, &x, t->gm.size);      /* little-endian: the low bytes */
        return true;
    }
    case GM_KIND_UINT: case GM_KIND_UINT64: case GM_KIND_UINT32: case GM_KIND_UINT16:
    case GM_KIND_UINT8: case GM_KIND_UINTPTR: {
        uint64_t x = go_strconv_ParseUint(tok, base, (int64_t)t->gm.size * 8, &perr);
        if (perr.type) {
            *err = scan_error("expected integer");
            return false;
        }
        memcpy(v, &x, t->gm.size);
        return true;
    }
    case GM_KIND_FLOAT64: case GM_KIND_FLOAT32: {
        double x = go_strconv_ParseFloat(tok, (int64_t)t->gm.size * 8, &perr);
        if (perr.type) {
            *err = perr;
            return false;
        }
        if (t->gm.kind == GM_KIND_FLOAT32)
            *(float *)v = (float)x;
        else
            *(double *)v = x;
        return true;
    }
    case GM_KIND_STRING:
        gm_typedmemmove(&t->gm, v, &tok, 1);
        return true;
    case GM_KIND_BOOL: {
        bool x = go_strconv_ParseBool(tok, &perr);
        if (perr.type) {
            *err = scan_error("syntax error scanning boolean");
            return false;
        }
        *(bool *)v = x;
        return true;
    }
    default:
        *err = scan_error("can't scan type");
        return false;
    }
}

int64_t go_fmt_Sscan(gm_string str, gm_slice a, gort_iface *err) {
    const gort_iface *args = a.ptr;
    intptr_t pos = 0;
    *err = (gort_iface){0};
    for (intptr_t i = 0; i < a.len; i++) {
        gm_string tok = next_token(str, &pos);
        if (tok.len == 0) {
            *err = scan_error("EOF");   /* io.EOF's text */
            return i;
        }
        if (!scan_store(args[i], tok, 'v', err))
            return i;
    }
    return a.len;
}

int64_t go_fmt_Sscanf(gm_string str, gm_string format, gm_slice a, gort_iface *err) {
    const gort_iface *args = a.ptr;
    intptr_t pos = 0, n = 0;
    *err = (gort_iface){0};
    for (intptr_t i = 0; i < format.len; i++) {
        uint8_t c = format.ptr[i];
        if (space_byte(c)) {
            while (pos < str.len && space_byte(str.ptr[pos]))
                pos++;
            continue;
        }
        if (c != '%' || (i + 1 < format.len && format.ptr[i + 1] == '%')) {
            i += c == '%';
            if (pos >= str.len || str.ptr[pos] != c) {
                *err = scan_error(pos >= str.len ? "EOF" : "input does not match format");
                return n;
            }
            pos++;
            continue;
        }
        if (++i >= format.len || n >= a.len) {
            *err = scan_error("too few operands for format '%'");
            return n;
        }
        intptr_t start = pos;
        gm_string tok = next_token(str, &pos);
        /* a token ends at the next literal character of the format */
        if (i + 1 < format.len && !space_byte(format.ptr[i + 1]) && format.ptr[i + 1] != '%')
            for (intptr_t k = 0; k < tok.len; k++)
                if (tok.ptr[k] == format.ptr[i + 1]) {
                    pos = (tok.ptr + k) - str.ptr;
                    tok.len = k;
                    break;
                }
        if (tok.len == 0) {
            pos = start;
            *err = scan_error("EOF");
            return n;
        }
        if (!scan_store(args[n], tok, format.ptr[i], err))
            return n;
        n++;
    }
    if (n < a.len)
        *err = scan_error("too many operands");
    return n;
}
