/* fmt_printer.h: the printer state shared by fmt's files: fmt_format.c
 * (numbers, strings and padding under flags, width and precision, Go's
 * fmt/format.go behaviour) and fmt_print.c (walking values by their
 * descriptors, Print/Println/Printf, Go's fmt/print.go behaviour).
 *
 * Invariant: a printer lives on the C stack for one call; its output is
 * p->buf (collector memory), which Sprint* return without copying.
 */
#ifndef GOMEM_GOLIB_FMT_PRINTER_H
#define GOMEM_GOLIB_FMT_PRINTER_H

#include "internal.h"

typedef struct fmt_flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v;   /* %+v and %#v: plus/sharp are cleared then */
} fmt_flags;

typedef struct printer {
    gbuf buf;
    fmt_flags f;
    int wid, prec;
    /* the operand being printed, for %!verb(type=value) */
    const gort_type *cur_type;
    const void *cur_value;
    bool erroring;          /* printing a bad-verb operand: no methods */
    bool panicking;         /* printing the value a method panicked with */
    bool wrap_errs;         /* Errorf: %w allowed */
    gort_iface wrapped;     /* the %w operand */
    bool reordered, good_argnum;
} printer;

/* fmt_format.c */
void fmt_write_padding(printer *p, intptr_t n);
void fmt_pad(printer *p, const uint8_t *s, intptr_t n);
void fmt_pad_cstr(printer *p, const char *s);
void fmt_boolean(printer *p, bool v);
void fmt_integer(printer *p, uint64_t u, int base, bool is_signed, int verb, bool upper);
void fmt_unicode(printer *p, uint64_t u);
void fmt_c(printer *p, uint64_t c);
void fmt_qc(printer *p, uint64_t c);
void fmt_s(printer *p, gm_string s);
void fmt_q(printer *p, gm_string s);
void fmt_sbx(printer *p, gm_string s, bool upper);
void fmt_float(printer *p, double v, int size, int verb, int prec);

/* fmt_print.c */
void fmt_do_print(printer *p, gm_slice args);
void fmt_do_println(printer *p, gm_slice args);
void fmt_do_printf(printer *p, gm_string format, gm_slice args);

#endif
