/*
 * string_ops.c — strings: construction, concatenation, comparison,
 * substrings sharing bytes, []byte / []rune conversions, UTF-8 decoding
 * as Go's range loop does it, and the panics.
 */
#include "make_check.h"

static void test_basic(void) {
    gm_string e = {0};
    CHECK(gm_string_equal(e, GM_STR("")));
    CHECK_EQ(gm_string_from_cstr("").len, 0);
    gm_string a = gm_string_from_cstr("hello");
    CHECK_EQ(a.len, 5);
    CHECK(gm_test_is_allocated(a.ptr));
    CHECK_STR(a, "hello");
    gm_string b = gm_string_from_bytes(", world", 7);
    gm_string ab = gm_string_concat(a, b);
    CHECK_STR(ab, "hello, world");
    /* concatenating with "" returns the other operand, no copy */
    CHECK(gm_string_concat(a, e).ptr == a.ptr);
    CHECK(gm_string_concat(e, a).ptr == a.ptr);
    gm_string parts[] = {GM_STR("a"), e, GM_STR("bc"), GM_STR("def")};
    CHECK_STR(gm_string_concatn(parts, 4), "abcdef");
    CHECK_EQ(gm_string_concatn(parts, 0).len, 0);
    /* comparison: bytewise, shorter prefix first */
    CHECK_EQ(gm_string_compare(GM_STR("abc"), GM_STR("abd")), -1);
    CHECK_EQ(gm_string_compare(GM_STR("abd"), GM_STR("abc")), 1);
    CHECK_EQ(gm_string_compare(GM_STR("ab"), GM_STR("abc")), -1);
    CHECK_EQ(gm_string_compare(GM_STR("abc"), GM_STR("abc")), 0);
    CHECK_EQ(gm_string_compare(e, GM_STR("")), 0);
    CHECK_EQ(gm_string_compare(GM_STR("\xff"), GM_STR("a")), 1);   /* unsigned bytes */
    /* substrings share bytes */
    gm_string sub = gm_string_slice(ab, 7, 12);
    CHECK_STR(sub, "world");
    CHECK(sub.ptr == ab.ptr + 7);
    CHECK_STR(gm_string_slice(ab, 7, GM_OMIT), "world");
    CHECK_EQ(gm_string_slice(ab, 3, 3).len, 0);
    CHECK_EQ(gm_string_at(ab, 4), 'o');
    char *c = gm_string_cstr(sub);
    CHECK(strcmp(c, "world") == 0);
}

static void test_conversions(void) {
    gm_string s = GM_STR("héllo");
    gm_slice b = gm_string_to_bytes(s);
    CHECK_EQ(b.len, 6);
    CHECK(b.cap >= 6);
    CHECK(b.ptr != s.ptr);
    ((uint8_t *)b.ptr)[0] = 'H';               /* a copy: s unchanged */
    CHECK_STR(s, "héllo");
    gm_string back = gm_string_from_byte_slice(b);
    CHECK_STR(back, "Héllo");
    ((uint8_t *)b.ptr)[1] = 'X';
    CHECK_STR(back, "Héllo");                  /* string(b) copies too */
    gm_slice eb = gm_string_to_bytes(GM_STR(""));
    CHECK(eb.ptr != NULL && eb.len == 0);      /* []byte("") is not nil */
    gm_slice r = gm_string_to_runes(s);
    CHECK_EQ(r.len, 5);
    CHECK_EQ(GM_AT(int32_t, r, 1), 0xE9);
    CHECK_STR(gm_string_from_runes(r), "héllo");
    CHECK_STR(gm_string_from_rune(0x4E16), "世");
    CHECK_STR(gm_string_from_rune(0x1F600), "\xF0\x9F\x98\x80");
    CHECK_STR(gm_string_from_rune(-1), "\xEF\xBF\xBD");       /* invalid: U+FFFD */
    CHECK_STR(gm_string_from_rune(0xD800), "\xEF\xBF\xBD");
}

/* for i, r := range s, as Go reports it */
static void test_range(void) {
    struct { const char *s; int n; int32_t runes[8]; intptr_t idx[8]; } cases[] = {
        {"a\xC3\xA9\xE4\xB8\x96\xF0\x9F\x98\x80", 4, {'a', 0xE9, 0x4E16, 0x1F600}, {0, 1, 3, 6}},
        {"\xFF" "a", 2, {0xFFFD, 'a'}, {0, 1}},
        {"\xC3", 1, {0xFFFD}, {0}},                        /* truncated */
        {"\xE4\xB8" "a", 3, {0xFFFD, 0xFFFD, 'a'}, {0, 1, 2}},
        {"\xC0\x80", 2, {0xFFFD, 0xFFFD}, {0, 1}},         /* overlong */
        {"\xED\xA0\x80", 3, {0xFFFD, 0xFFFD, 0xFFFD}, {0, 1, 2}},   /* surrogate */
        {"\xF4\x90\x80\x80", 4, {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}, {0, 1, 2, 3}},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        gm_string s = {(const uint8_t *)cases[k].s, (intptr_t)strlen(cases[k].s)};
        intptr_t pos = 0, start = 0;
        int32_t r;
        int n = 0;
        while (gm_string_next_rune(s, &pos, &r)) {
            CHECK(n < cases[k].n);
            CHECK_EQ(r, cases[k].runes[n]);
            CHECK_EQ(start, cases[k].idx[n]);
            start = pos;
            n++;
        }
        CHECK_EQ(n, cases[k].n);
    }
    int w;
    CHECK_EQ(gm_decode_rune(GM_STR("\xE4\xB8\x96"), 0, &w), 0x4E16);
    CHECK_EQ(w, 3);
}

static int child(const char *mode) {
    gm_init();
    gm_string s = GM_STR("abc");
    volatile intptr_t neg = -2;
    if (!strcmp(mode, "at")) gm_string_at(s, 3);
    if (!strcmp(mode, "slice")) gm_string_slice(s, 0, 4);
    if (!strcmp(mode, "sliceb")) gm_string_slice(s, 2, 1);
    if (!strcmp(mode, "sliceneg")) gm_string_slice(s, neg, 1);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) return child(argv[1]);
    check_set_name(argv[0]);
    gm_init();
    test_basic();
    test_conversions();
    test_range();
    EXPECT_PANIC("at", "runtime error: index out of range [3] with length 3");
    EXPECT_PANIC("slice", "runtime error: slice bounds out of range [:4] with length 3");
    EXPECT_PANIC("sliceb", "runtime error: slice bounds out of range [2:1]");
    EXPECT_PANIC("sliceneg", "runtime error: slice bounds out of range [-2:]");
    return check_done();
}
