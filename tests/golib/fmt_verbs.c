/* fmt_verbs.c: fmt.Sprintf on basic operands (ints, floats, strings,
 * bools, complex, nil): every verb, flag, width, precision and the error
 * forms (%!d(string=x), MISSING, EXTRA, BADINDEX).  The expected strings
 * are what Go 1.19 printed for the same calls (generated once from a Go
 * program, kept here as goldens).
 */
#include <complex.h>
#include <math.h>

#include "golib_test.h"

int main(void) {
    gm_init();
    CHECK_STR(go_fmt_Sprintf(GM_STR("%d|%5d|%-5d|%05d|%+d"), ARGS(box_int(255), box_int(255), box_int(255), box_int(255), box_int(255))),
              "255|  255|255  |00255|+255");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%x|%X|%o|%b|%#x|%#o"), ARGS(box_int(255), box_int(255), box_int(255), box_int(255), box_int(255), box_int(255))),
              "ff|FF|377|11111111|0xff|0377");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%c|%q|%U|%#U"), ARGS(box_i32(71), box_i32(71), box_i32(71), box_i32(71))),
              "G|'G'|U+0047|U+0047 'G'");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%d %d %d"), ARGS(box_i8(-128), box_u8(200), box_i64(-1099511627776))),
              "-128 200 -1099511627776");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v"), ARGS(box_int(-7), box_uint(7))),
              "-7 7");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%*d|%-*d|"), ARGS(box_int(6), box_int(42), box_int(6), box_int(42))),
              "    42|42    |");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%x"), ARGS(box_int(-255))),
              "-ff");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%f|%.2f|%8.3f|%-8.1f|"), ARGS(box_f64(3.14159265), box_f64(3.14159265), box_f64(3.14159265), box_f64(3.14159265))),
              "3.141593|3.14|   3.142|3.1     |");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%e|%E|%g|%G"), ARGS(box_f64(3.14159265), box_f64(3.14159265), box_f64(3.14159265), box_f64(1e+21))),
              "3.141593e+00|3.141593E+00|3.14159265|1E+21");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v %v %v"), ARGS(box_f64(0.30000000000000004), box_f64(1000000.0), box_f64(1e+21), box_f64(100.0))),
              "0.30000000000000004 1e+06 1e+21 100");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%g %g %g"), ARGS(box_f64(1e-06), box_f64(1e-07), box_f64(123456789.0))),
              "1e-06 1e-07 1.23456789e+08");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v %v"), ARGS(box_f64(2.5), box_f32((float)(0.1f)), box_f64(1.0/3.0))),
              "2.5 0.1 0.3333333333333333");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v %v"), ARGS(box_f64(copysign(0, -1)), box_f64(INFINITY), box_f64(NAN))),
              "-0 +Inf NaN");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%s|%q|%x|%X|% x|%#x"), ARGS(box_str("gopher"), box_str("gopher"), box_str("gopher"), box_str("gopher"), box_str("gopher"), box_str("gopher"))),
              "gopher|\"gopher\"|676f70686572|676F70686572|67 6f 70 68 65 72|0x676f70686572");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%10s|%-10s|%.3s|%10.2s|"), ARGS(box_str("gopher"), box_str("gopher"), box_str("gopher"), box_str("gopher"))),
              "    gopher|gopher    |gop|        go|");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%q"), ARGS(box_str("tab\011here \"quoted\" \303\251 \001 \342\200\250"))),
              "\"tab\\there \\\"quoted\\\" \303\251 \\x01 \\u2028\"");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%+q %#q %#q"), ARGS(box_str("h\303\251llo"), box_str("raw"), box_str("a`b"))),
              "\"h\\u00e9llo\" `raw` \"a`b\"");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%t %v %d"), ARGS(box_bool(true), box_bool(false), box_bool(true))),
              "true false %!d(bool=true)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%%|%d%%"), ARGS(box_int(50))),
              "%|50%");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%d %s"), ARGS(box_str("hi"), box_int(5))),
              "%!d(string=hi) %!s(int=5)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%d"), NOARGS),
              "%!d(MISSING)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%d %d"), ARGS(box_int(1), box_int(2), box_int(3), box_str("x"))),
              "1 2%!(EXTRA int=3, string=x)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%!"), ARGS(box_int(1))),
              "%!!(int=1)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%z"), ARGS(box_int(3))),
              "%!z(int=3)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %d"), ARGS((gort_iface){0}, (gort_iface){0})),
              "<nil> %!d(<nil>)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%T %T %T %T %T"), ARGS(box_int(1), box_str("s"), box_f64(1.5), (gort_iface){0}, box_bool(true))),
              "int string float64 <nil> bool");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%6.2f|%-8.3e|%+.1f|% d|%+d"), ARGS(box_f64(3.14159), box_f64(1234.5678), box_f64(2.0), box_int(5), box_int(-5))),
              "  3.14|1.235e+03|+2.0| 5|-5");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%08.3f|%-08.3f|%+08d|%x|%X"), ARGS(box_f64(-3.14159), box_f64(3.14159), box_int(42), box_f64(1.5), box_str("hi"))),
              "-003.142|3.142   |+0000042|0x1.8p+00|6869");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%.0f %.0f %.0f %.1f %.2f"), ARGS(box_f64(0.5), box_f64(1.5), box_f64(2.5), box_f64(0.25), box_f64(1.005))),
              "0 2 2 0.2 1.00");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%g %g %g %g %g"), ARGS(box_f64(1e+20), box_f64(1e+21), box_f64(0.0001), box_f64(1e-05), box_f64(5e-324))),
              "1e+20 1e+21 0.0001 1e-05 5e-324");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v %v"), ARGS(box_f64(1.7976931348623157e+308), box_f32((float)(16777216.0f)), box_f32((float)(3.4e38f)))),
              "1.7976931348623157e+308 1.6777216e+07 3.4e+38");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%.3g %.10g %.1e %#g %#.3x"), ARGS(box_f64(1234.5678), box_f64(0.3333333333333333), box_f64(0.0), box_f64(1.0), box_f64(1.0))),
              "1.23e+03 0.3333333333 0.0e+00 1.00000 0x1.000p+00");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %.2f %+.3v"), ARGS(box_c128(1.5, -2.0), box_c128(0.0, 1.0), box_c128(3.0, 4.0))),
              "(1.5-2i) (0.00+1.00i) (3+4i)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%5t|%-7v|%q|%c"), ARGS(box_bool(true), box_bool(false), box_int(128512), box_int(19990))),
              " true|false  |'\360\237\230\200'|\344\270\226");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%[2]d %[1]d %d"), ARGS(box_int(1), box_int(2))),
              "2 1 2");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%[3]d %[0]d"), ARGS(box_int(1), box_int(2))),
              "%!d(BADINDEX) %!d(BADINDEX)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%.*f|%-*.*f|"), ARGS(box_int(2), box_f64(3.14159), box_int(8), box_int(1), box_f64(2.5))),
              "3.14|2.5     |");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%b %o %O %x"), ARGS(box_uint(5), box_int(-8), box_int(8), box_i64(-1))),
              "101 -10 0o10 -1");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %x %X %q"), ARGS(box_u8(200), box_u8(255), box_u8(10), box_u8(65))),
              "200 ff A 'A'");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%s"), ARGS(box_f64(1.0))),
              "%!s(float64=1)");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%.2s|%.0d|%.3d|%8.3d|%-8.3d|"), ARGS(box_str("\303\251t\303\251"), box_int(0), box_int(7), box_int(-7), box_int(7))),
              "\303\251t||007|    -007|007     |");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%10.4v|%-10v|"), ARGS(box_f64(3.14159265), box_str("ab"))),
              "     3.142|ab        |");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%e %e %.3e"), ARGS(box_f64(0.0), box_f64(1e-310), box_f64(123456789.0))),
              "0.000000e+00 1.000000e-310 1.235e+08");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%x %X %.3x"), ARGS(box_f64(3.0), box_f64(-0.1), box_f64(0.3333333333333333))),
              "0x1.8p+01 -0X1.999999999999AP-04 0x1.555p-02");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%b"), ARGS(box_f64(1.0))),
              "4503599627370496p-52");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v %v %v"), ARGS(box_f64(1e-07), box_f64(123456.0), box_f64(1234567.0), box_f64(0.000123))),
              "1e-07 123456 1.234567e+06 0.000123");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v"), ARGS(box_f64(100000000.0), box_f64(12345678.9))),
              "1e+08 1.23456789e+07");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%v %v %v"), ARGS(box_f32((float)(1.0f/3.0f)), box_f32((float)(1e10f)), box_f32((float)(0.3f)))),
              "0.33333334 1e+10 0.3");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%U %#U %U"), ARGS(box_int(128512), box_int(7), box_int(-1))),
              "U+1F600 U+0007 U+FFFFFFFFFFFFFFFF");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%q %q %q"), ARGS(box_int(7), box_int(1114112), box_int(39))),
              "'\\a' '\357\277\275' '\\''");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%6.2v|%-6q|%06d|%-06d|"), ARGS(box_str("hello"), box_str("a"), box_int(-42), box_int(42))),
              "    he|\"a\"   |-00042|42    |");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%#v %#v %#v %#v"), ARGS(box_int(42), box_uint(42), box_str("q\"s"), box_f64(1.0))),
              "42 0x2a \"q\\\"s\" 1");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%+v %#v"), ARGS(box_f64(1000000.0), box_f64(1e+21))),
              "1e+06 1e+21");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%s %v"), ARGS(box_str("\377\376"), box_str(""))),
              "\377\376 ");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%q %x"), ARGS(box_str("\377\376"), box_str(""))),
              "\"\\xff\\xfe\" ");
    CHECK_STR(go_fmt_Sprintf(GM_STR("%5.1q|%.1x|"), ARGS(box_str("hello"), box_str("hello"))),
              "  \"h\"|68|");
    return golib_test_end("fmt_verbs");
}
