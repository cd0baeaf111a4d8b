/* fmt_random.c: 1,432 random Printf directives (flags + - # space 0,
 * widths, precisions, every verb but %p) applied to ints, uint8, uint,
 * float64, float32 (special values included), strings (invalid UTF-8,
 * quotes, control bytes) and bools, compared with Go 1.19's Sprintf.
 * fmt_random.golden holds one case per line, four Go-quoted fields
 * separated by tabs: format, kind, value (floats as hex bits), result; it
 * was written by golib/tools/gen_fmt_random.go (a Go program, seed 42).
 */
#include <stdlib.h>

#include "golib_test.h"

/* The i-th tab-separated Go-quoted field of line, unquoted. */
static gm_string field(gm_string line, int i) {
    gm_slice parts = go_strings_Split(line, GM_STR("\t"));
    gm_string q = ((gm_string *)parts.ptr)[i];
    if (i == 1)
        return q;
    gort_iface err;
    gm_string s = go_strconv_Unquote(q, &err);
    if (err.type)
        fprintf(stderr, "bad golden field %.*s\n", (int)q.len, (const char *)q.ptr);
    return s;
}

static gort_iface value(gm_string kind, gm_string text) {
    char *t = gm_string_cstr(text);
    if (gm_string_equal(kind, GM_STR("int")))
        return box_int(strtoll(t, NULL, 10));
    if (gm_string_equal(kind, GM_STR("uint8")))
        return box_u8((uint8_t)strtoull(t, NULL, 10));
    if (gm_string_equal(kind, GM_STR("uint")))
        return box_uint(strtoull(t, NULL, 10));
    if (gm_string_equal(kind, GM_STR("bool")))
        return box_bool(t[0] == 't');
    if (gm_string_equal(kind, GM_STR("string")))
        return gort_box(&gort_type_string, &text);
    uint64_t bits = strtoull(t, NULL, 16);
    double d;
    memcpy(&d, &bits, 8);
    return gm_string_equal(kind, GM_STR("float32")) ? box_f32((float)d) : box_f64(d);
}

int main(int argc, char **argv) {
    gm_init();
    const char *path = argc > 1 ? argv[1] : "fmt_random.golden";
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    static char buf[1024];
    while (fgets(buf, sizeof buf, f)) {
        buf[strcspn(buf, "\n")] = 0;
        gm_string line = gm_string_from_cstr(buf);
        gm_string format = field(line, 0), want = field(line, 3);
        gm_string got = go_fmt_Sprintf(format, ARGS(value(field(line, 1), field(line, 2))));
        golib_test_checks++;
        if (!gm_string_equal(got, want)) {
            golib_test_failures++;
            fprintf(stderr, "%s\n  got  %.*s\n", buf, (int)got.len, (const char *)got.ptr);
        }
    }
    fclose(f);
    return golib_test_end("fmt_random");
}
