/* packages.c: strconv, strings, sort and time against Go 1.19's results
 * for the same calls (goldens from a Go program, kept as literals):
 * numbers and their errors (*strconv.NumError messages), quoting, string
 * functions and Builder, sorting (stable order, Reverse, Search), Duration
 * and calendar formatting.
 */
#include <stdlib.h>

#include "golib_test.h"

#define S(lit) GM_STR(lit)
#define SPRINT(...) go_fmt_Sprint(ARGS(__VA_ARGS__))

static gort_iface box_s(gm_string s) { return gort_box(&gort_type_string, &s); }
static gort_iface err_or_nil(gort_iface e) { return e; }

SLICE_TYPE(floats_type, gort_type_float64, "[]float64");
static gort_iface box_strs(gm_slice s) { return gort_box(&strings_type, &s); }
static gort_iface box_ints(gm_slice s) { return gort_box(&ints_type, &s); }
static gort_iface box_dur(int64_t d) { return gort_box(&go_type_time_Duration, &d); }

static gm_slice ints(const int64_t *v, intptr_t n) {
    gm_slice s = gm_make_slice(&gm_type_int, n, n);
    memcpy(s.ptr, v, (size_t)n * 8);
    return s;
}

static void test_strconv(void) {
    gort_iface err;
    CHECK_STR(SPRINT(box_s(go_strconv_Itoa(-45)), box_s(go_strconv_FormatInt(255, 16)),
                     box_s(go_strconv_FormatInt(-8, 2)), box_s(go_strconv_FormatUint(1ull << 63, 36))),
              "-45ff-10001y2p0ij32e8e8");
    int64_t n = go_strconv_Atoi(S("12a"), &err);
    CHECK_STR(SPRINT(box_int(n), err), "0 strconv.Atoi: parsing \"12a\": invalid syntax");
    n = go_strconv_Atoi(S("99999999999999999999"), &err);
    CHECK_STR(SPRINT(box_int(n), err),
              "9223372036854775807 strconv.Atoi: parsing \"99999999999999999999\": value out of range");
    n = go_strconv_Atoi(S("-42"), &err);
    CHECK_STR(SPRINT(box_int(n), err), "-42 <nil>");
    n = go_strconv_ParseInt(S("0x1f"), 0, 64, &err);
    CHECK_STR(SPRINT(box_int(n), err), "31 <nil>");
    n = go_strconv_ParseInt(S("300"), 10, 8, &err);
    CHECK_STR(SPRINT(box_int(n), err), "127 strconv.ParseInt: parsing \"300\": value out of range");
    n = go_strconv_ParseInt(S("1_000"), 0, 64, &err);
    CHECK_STR(SPRINT(box_int(n), err), "1000 <nil>");
    uint64_t u = go_strconv_ParseUint(S("-1"), 10, 64, &err);
    CHECK_STR(SPRINT(box_uint(u), err), "0 strconv.ParseUint: parsing \"-1\": invalid syntax");
    double f = go_strconv_ParseFloat(S("1e400"), 64, &err);
    CHECK_STR(SPRINT(box_f64(f), err), "+Inf strconv.ParseFloat: parsing \"1e400\": value out of range");
    f = go_strconv_ParseFloat(S("3.25"), 64, &err);
    CHECK_STR(SPRINT(box_f64(f), err), "3.25 <nil>");
    f = go_strconv_ParseFloat(S("1_0.5"), 64, &err);           /* '_' between digits */
    CHECK_STR(SPRINT(box_f64(f), err), "10.5 <nil>");
    f = go_strconv_ParseFloat(S("1_.5"), 64, &err);
    CHECK_STR(SPRINT(box_f64(f), err), "0 strconv.ParseFloat: parsing \"1_.5\": invalid syntax");
    f = go_strconv_ParseFloat(S(" 1"), 64, &err);
    CHECK_STR(SPRINT(box_f64(f), err), "0 strconv.ParseFloat: parsing \" 1\": invalid syntax");
    bool b = go_strconv_ParseBool(S("T"), &err);
    CHECK_STR(SPRINT(box_bool(b), err), "true <nil>");
    b = go_strconv_ParseBool(S("yes"), &err);
    CHECK_STR(SPRINT(box_bool(b), err), "false strconv.ParseBool: parsing \"yes\": invalid syntax");
    gm_string nul = {(const uint8_t *)"hi\n\"x\"\t\0\303\251\342\230\272\360\237\230\200", 17};
    CHECK_STR(SPRINT(box_s(go_strconv_Quote(nul)), box_s(go_strconv_FormatBool(false))),
              "\"hi\\n\\\"x\\\"\\t\\x00\303\251\342\230\272\360\237\230\200\"false");
    /* what Quote escapes is Go's IsPrint (unassigned, format, private use,
     * non-ASCII spaces), combining marks stay */
    CHECK_STR(go_strconv_Quote(S("\315\270\302\255\342\200\250\357\273\277\356\200\200\360\237\230\200"
                                 "\364\217\277\277\314\200a\302\240\343\200\200\344\270\226\363\240\200\201")),
              "\"\\u0378\\u00ad\\u2028\\ufeff\\ue000\360\237\230\200\\U0010ffff\314\200a\\u00a0\\u3000"
              "\344\270\226\\U000e0001\"");
    CHECK_STR(go_fmt_Sprintf(S("%+q %#U %x"), ARGS(box_str("\303\251\342\230\272"), box_i32(0x378),
                                                    box_str("\303\251"))),
              "\"\\u00e9\\u263a\" U+0378 c3a9");
    gm_string s = go_strconv_Unquote(S("\"a\\tb\\u00e9\\x41\\101\""), &err);
    CHECK_STR(SPRINT(box_s(s), err), "a\tb\303\251AA<nil>");
    s = go_strconv_Unquote(S("`raw\\n`"), &err);
    CHECK_STR(SPRINT(box_s(s), err), "raw\\n<nil>");
    s = go_strconv_Unquote(S("'x'"), &err);
    CHECK_STR(SPRINT(box_s(s), err), "x<nil>");
    s = go_strconv_Unquote(S("\"bad"), &err);
    CHECK_STR(SPRINT(box_s(s), err), "invalid syntax");
    CHECK_STR(SPRINT(box_s(go_strconv_FormatFloat(3.14159, 'f', 2, 64)),
                     box_s(go_strconv_FormatFloat(1e21, 'g', -1, 64)),
                     box_s(go_strconv_FormatFloat(0.1, 'e', -1, 32)),
                     box_s(go_strconv_FormatFloat(123.456, 'E', 3, 64)),
                     box_s(go_strconv_FormatFloat(2.0, 'f', -1, 64))),
              "3.141e+211e-011.235E+022");
    gm_string huge = go_strconv_FormatFloat(1e308, 'f', 100, 64);  /* 309 digits, point, 100 */
    CHECK(huge.len == 410 && strtod(gm_string_cstr(huge), NULL) == 1e308 &&
          huge.ptr[309] == '.' && huge.ptr[409] == '0');
    (void)err_or_nil;
}

static void test_strings(void) {
    CHECK_STR(SPRINT(box_bool(go_strings_Contains(S("seafood"), S("foo"))),
                     box_bool(go_strings_ContainsRune(S("abc"), 'c')),
                     box_bool(go_strings_ContainsAny(S("hi"), S("xyz"))),
                     box_int(go_strings_Count(S("cheese"), S("e"))), box_int(go_strings_Count(S("five"), S("")))),
              "true true false 3 5");
    CHECK_STR(SPRINT(box_bool(go_strings_EqualFold(S("Go"), S("GO"))),
                     box_bool(go_strings_EqualFold(S("Stra\303\237e"), S("STRASSE"))),
                     box_bool(go_strings_HasPrefix(S("golang"), S("go"))),
                     box_bool(go_strings_HasSuffix(S("golang"), S("ng")))),
              "true false true true");
    CHECK_STR(SPRINT(box_int(go_strings_Index(S("chicken"), S("ken"))), box_int(go_strings_IndexByte(S("abc"), 'c')),
                     box_int(go_strings_IndexRune(S("ch\303\251ri"), 'r')),
                     box_int(go_strings_LastIndex(S("go gopher"), S("go"))), box_int(go_strings_Index(S("x"), S("")))),
              "4 2 4 3 0");
    CHECK_STR(SPRINT(box_strs(go_strings_Fields(S("  foo bar\tbaz \n"))),
                     box_int(go_strings_Fields(S("   ")).len)),
              "[foo bar baz] 0");
    CHECK_STR(SPRINT(box_strs(go_strings_Split(S("a,b,c"), S(","))), box_strs(go_strings_Split(S("abc"), S(""))),
                     box_int(go_strings_Split(S(""), S(",")).len), box_strs(go_strings_SplitN(S("a,b,c,d"), S(","), 2)),
                     box_strs(go_strings_Split(S("a,b,"), S(",")))),
              "[a b c] [a b c] 1 [a b,c,d] [a b ]");
    CHECK_STR(go_fmt_Sprintf(S("%q"), ARGS(box_strs(go_strings_SplitN(S("x\377yz"), S(""), 3)))),
              "[\"x\" \"\357\277\275\" \"yz\"]");
    CHECK_STR(SPRINT(box_s(go_strings_Join(go_strings_Split(S("x y z"), S(" ")), S("-"))),
                     box_s(go_strings_Repeat(S("ab"), 3)),
                     box_s(go_strings_Replace(S("oink oink oink"), S("k"), S("ky"), 2)),
                     box_s(go_strings_ReplaceAll(S("oink oink"), S("oink"), S("moo"))),
                     box_s(go_strings_Replace(S("abc"), S(""), S("-"), -1))),
              "x-y-zabababoinky oinky oinkmoo moo-a-b-c-");
    CHECK_STR(SPRINT(box_s(go_strings_Title(S("hello wide world"))),
                     box_s(go_strings_ToUpper(S("h\303\251llo w\303\266rld"))),
                     box_s(go_strings_ToLower(S("HeLLo")))),
              "Hello Wide WorldH\303\211LLO W\303\226RLDhello");
    CHECK_STR(SPRINT(box_s(go_strings_Trim(S("xxhixx"), S("x"))), box_s(go_strings_TrimLeft(S("xxhixx"), S("x"))),
                     box_s(go_strings_TrimRight(S("xxhixx"), S("x"))),
                     box_s(go_strings_TrimSpace(S(" \t hi there \n"))),
                     box_s(go_strings_TrimPrefix(S("prefix-body"), S("prefix-"))),
                     box_s(go_strings_TrimSuffix(S("body.go"), S(".go")))),
              "hihixxxxhihi therebodybody");
    CHECK_STR(SPRINT(box_int(go_strings_Compare(S("a"), S("b"))), box_int(go_strings_Compare(S("b"), S("a"))),
                     box_int(go_strings_Compare(S("x"), S("x")))),
              "-1 1 0");
    go_strings_Builder *sb = gm_alloc_typed(&go_type_strings_Builder.gm, 1);
    gort_iface err;
    go_strings_Builder_WriteString(sb, S("hello"), &err);
    go_strings_Builder_WriteByte(sb, ' ');
    go_strings_Builder_WriteRune(sb, 0x4E16, &err);
    go_strings_Builder_Write(sb, gm_string_to_bytes(S("!")), &err);
    gm_gc();
    CHECK_STR(SPRINT(box_s(go_strings_Builder_String(sb)), box_int(go_strings_Builder_Len(sb))),
              "hello \344\270\226!10");
}

typedef struct kv { gm_string k; int64_t v; } kv;
static const gort_type kv_type = {
    .gm = {.size = sizeof(kv), .align = 8, .ptrdata = 8, .ptrmask = mask1, .name = "main.kv",
           .kind = GM_KIND_STRUCT}};
static const gort_type kv_slice_type = {
    .gm = {.size = 24, .align = 8, .ptrdata = 8, .ptrmask = mask1, .name = "[]main.kv",
           .kind = GM_KIND_SLICE, .elem = &kv_type.gm},
    .elem = &kv_type};
static gm_slice kvs;
static bool kv_less(gort_func *f, int64_t i, int64_t j) {
    (void)f;
    return ((kv *)kvs.ptr)[i].v < ((kv *)kvs.ptr)[j].v;
}
static bool square_at_least_50(gort_func *f, int64_t i) { (void)f; return i * i >= 50; }

static void test_sort(void) {
    gm_slice xs = ints((int64_t[]){5, 2, 8, 1, 9, 3}, 6);
    go_sort_Ints(xs);
    gm_slice ss = go_strings_Fields(S("pear apple fig"));
    go_sort_Strings(ss);
    gm_slice fs = gm_make_slice(&gm_type_float64, 3, 3);
    memcpy(fs.ptr, (double[]){2.5, -1, 3}, 24);
    go_sort_Float64s(fs);
    CHECK_STR(SPRINT(box_ints(xs), box_strs(ss), gort_box(&floats_type, &fs),
                     box_bool(go_sort_IntsAreSorted(xs)), box_int(go_sort_SearchInts(xs, 8)),
                     box_int(go_sort_SearchStrings(ss, S("banana")))),
              "[1 2 3 5 8 9] [apple fig pear] [-1 2.5 3] true 4 1");
    static gort_func search_f = {(void *)square_at_least_50};
    CHECK(go_sort_Search(100, &search_f) == 8);
    kvs = gm_make_slice(&kv_type.gm, 5, 5);
    memcpy(kvs.ptr, (kv[]){{S("a"), 3}, {S("b"), 1}, {S("c"), 3}, {S("d"), 2}, {S("e"), 1}}, 5 * sizeof(kv));
    static gort_func less = {(void *)kv_less};
    go_sort_SliceStable(gort_box(&kv_slice_type, &kvs), &less);
    char order[6] = {0};
    for (int i = 0; i < 5; i++)
        order[i] = (char)((kv *)kvs.ptr)[i].k.ptr[0];
    CHECK(strcmp(order, "bedac") == 0);             /* Go: [{b 1} {e 1} {d 2} {a 3} {c 3}] */
    gm_slice big = gm_make_slice(&gm_type_int, 100, 100);
    for (int i = 0; i < 100; i++)
        ((int64_t *)big.ptr)[i] = (i * 37) % 101;
    gort_iface data = go_sort_Reverse(gort_box(&go_type_sort_IntSlice, &big));
    go_sort_Sort(data);
    CHECK_STR(SPRINT(box_ints((gm_slice){big.ptr, 5, 5}), box_bool(go_sort_IsSorted(data))),
              "[100 99 98 97 96] true");
    go_sort_Stable(gort_box(&go_type_sort_IntSlice, &big));
    CHECK(go_sort_IntsAreSorted(big));
    /* a larger unstable sort stays a permutation and sorted */
    gm_slice many = gm_make_slice(&gm_type_int, 5000, 5000);
    int64_t sum = 0;
    for (int i = 0; i < 5000; i++)
        sum += ((int64_t *)many.ptr)[i] = (i * 7919) % 1000;
    go_sort_Ints(many);
    for (int i = 0; i < 5000; i++)
        sum -= ((int64_t *)many.ptr)[i];
    CHECK(sum == 0 && go_sort_IntsAreSorted(many));
}

static void test_time(void) {
    int64_t min = 60000000000LL, sec = 1000000000LL, hour = 60 * min;
    int64_t d = 90 * min + 30 * sec;
    CHECK_STR(SPRINT(box_dur(d), box_f64(go_time_Duration_Hours(d)), box_f64(go_time_Duration_Minutes(d)),
                     box_dur(1500 * 1000), box_f64(go_time_Duration_Seconds(d)),
                     box_int(go_time_Duration_Milliseconds(d))),
              "1h30m30s 1.5083333333333333 90.5 1.5ms 5430 5430000");
    CHECK_STR(SPRINT(box_dur(0), box_dur(2000000), box_dur(sec / 3), box_dur(1), box_dur(-90 * sec),
                     box_dur(100 * hour + 1)),
              "0s 2ms 333.333333ms 1ns -1m30s 100h0m0.000000001s");
    go_time_Time t = go_time_Date(2023, 3, 14, 15, 9, 26, 0, go_time_UTC);
    int64_t wd = go_time_Time_Weekday(t);
    CHECK_STR(SPRINT(box_s(go_time_Time_Format(t, S("2006-01-02 15:04:05"))),
                     gort_box(&go_type_time_Weekday, &wd), box_int(go_time_Time_YearDay(t))),
              "2023-03-14 15:09:26Tuesday 73");
    go_time_Time u = go_time_Time_Add(t, 36 * hour);
    CHECK_STR(SPRINT(box_s(go_time_Time_Format(u, S("2006-01-02T15:04:05Z07:00"))),
                     box_dur(go_time_Time_Sub(u, t)), box_bool(go_time_Time_After(u, t)),
                     box_bool(go_time_Time_Before(u, t)), box_bool(go_time_Time_Equal(u, u))),
              "2023-03-16T03:09:26Z36h0m0s true false true");
    int64_t month = go_time_Time_Month(t);
    CHECK_STR(SPRINT(gort_box(&go_type_time_Time, &t), box_int(go_time_Time_Unix(t)),
                     box_int(go_time_Time_Year(t)), gort_box(&go_type_time_Month, &month),
                     box_int(go_time_Time_Day(t)), box_int(go_time_Time_Hour(t)),
                     box_int(go_time_Time_Minute(t)), box_int(go_time_Time_Second(t))),
              "2023-03-14 15:09:26 +0000 UTC 1678806566 2023 March 14 15 9 26");
    CHECK_STR(SPRINT(box_s(go_time_Time_Format(go_time_Date(2024, 2, 30, 25, 61, 0, 500000000, go_time_UTC),
                                               S("Mon Jan _2 3:04:05.000 PM 2006 MST"))),
                     box_s(go_time_Time_Format(go_time_Date(1999, 12, 31, 0, 0, 0, 0, go_time_UTC),
                                               S("Mon, 02 Jan 2006 15:04:05 MST"))),
                     box_s(go_time_Time_Format(go_time_Unix(0, 0), S("3:04PM")))),
              "Sat Mar  2 2:01:00.500 AM 2024 UTCFri, 31 Dec 1999 00:00:00 UTC12:00AM");
    go_time_Time zt = {0};
    go_time_Time later = go_time_Unix(1700000000, 123456789);
    CHECK_STR(SPRINT(box_bool(go_time_Time_IsZero(zt)), gort_box(&go_type_time_Time, &zt),
                     gort_box(&go_type_time_Time, &later)),
              "true 0001-01-01 00:00:00 +0000 UTC 2023-11-14 22:13:20.123456789 +0000 UTC");
    go_time_Time start = go_time_Now();
    go_time_Sleep(2000000);
    int64_t el = go_time_Since(start);
    CHECK(el >= 2000000 && el < 60 * sec);
}

static void test_scan(void) {
    int64_t *i = gm_new(int64_t);
    gm_string *s = gm_new(gm_string);
    double *f = gm_new(double);
    bool *b = gm_new(bool);
    static const gort_type pint = {.gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1,
                                          .name = "*int", .kind = GM_KIND_POINTER},
                                   .elem = &gort_type_int};
    static const gort_type pstr = {.gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1,
                                          .name = "*string", .kind = GM_KIND_POINTER},
                                   .elem = &gort_type_string};
    static const gort_type pf64 = {.gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1,
                                          .name = "*float64", .kind = GM_KIND_POINTER},
                                   .elem = &gort_type_float64};
    static const gort_type pbool = {.gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1,
                                           .name = "*bool", .kind = GM_KIND_POINTER},
                                    .elem = &gort_type_bool};
    gort_iface ai = {&pint, i}, as = {&pstr, s}, af = {&pf64, f}, ab = {&pbool, b};
    gort_iface err;
    int64_t n = go_fmt_Sscan(S("12 hello 3.5"), ARGS(ai, as, af), &err);
    CHECK_STR(go_fmt_Sprintln(ARGS(box_int(n), err, box_int(*i), box_s(*s), box_f64(*f))),
              "3 <nil> 12 hello 3.5\n");
    n = go_fmt_Sscan(S("\303\240 5"), ARGS(as, ai), &err);       /* "à": its 0xA0 byte is no space */
    CHECK_STR(go_fmt_Sprintln(ARGS(box_int(n), err, box_s(*s), box_int(*i))), "2 <nil> \303\240 5\n");
    n = go_fmt_Sscan(S("7"), ARGS(ai, as), &err);
    CHECK_STR(go_fmt_Sprintln(ARGS(box_int(n), err, box_int(*i))), "1 EOF 7\n");
    n = go_fmt_Sscanf(S("7-x"), S("%d-%s"), ARGS(ai, as), &err);
    CHECK_STR(go_fmt_Sprintln(ARGS(box_int(n), err, box_int(*i), box_s(*s))), "2 <nil> 7 x\n");
    n = go_fmt_Sscan(S("abc"), ARGS(ai), &err);
    CHECK_STR(go_fmt_Sprintln(ARGS(box_int(n), err)), "0 expected integer\n");
    n = go_fmt_Sscanf(S("age 42 true"), S("age %d %t"), ARGS(ai, ab), &err);
    CHECK_STR(go_fmt_Sprintln(ARGS(box_int(n), err, box_int(*i), box_bool(*b))), "2 <nil> 42 true\n");
}

int main(void) {
    gm_init();
    test_scan();
    test_strconv();
    test_strings();
    test_sort();
    test_time();
    return golib_test_end("packages");
}
