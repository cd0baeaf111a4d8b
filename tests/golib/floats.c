/* floats.c: float formatting against Go 1.19 on 420 values (special
 * values, random bit patterns, random magnitudes, powers of two):
 * %v of float64 and float32 (shortest round-trip digits), %e, %.3g,
 * %.17g, FormatFloat 'f' -1, 'x' -1 and 'e' -1 at 32 bits.  The golden
 * file floats.golden was written by a Go program (one line per value:
 * its bits in hex, then Go's output).
 */
#include <stdlib.h>

#include "golib_test.h"

static gort_iface box_s(gm_string s) { return gort_box(&gort_type_string, &s); }

int main(int argc, char **argv) {
    gm_init();
    FILE *f = fopen(argc > 1 ? argv[1] : "floats.golden", "r");
    if (!f) {
        perror("floats.golden");
        return 1;
    }
    static char line[4096];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        uint64_t bits = strtoull(line, NULL, 16);
        double v;
        memcpy(&v, &bits, 8);
        gm_string got = go_fmt_Sprintf(
            GM_STR("%016x %v %v %e %.3g %.17g %s %s %s"),
            ARGS(box_uint(bits), box_f64(v), box_f32((float)v), box_f64(v), box_f64(v), box_f64(v),
                 box_s(go_strconv_FormatFloat(v, 'f', -1, 64)),
                 box_s(go_strconv_FormatFloat(v, 'x', -1, 64)),
                 box_s(go_strconv_FormatFloat(v, 'e', -1, 32))));
        CHECK_STR(got, line);
    }
    fclose(f);
    return golib_test_end("floats");
}
