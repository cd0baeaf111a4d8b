/* gc_stress.c: golib's results stay intact while the collector runs
 * concurrently and often (GOGC=5, plus forced cycles): 4 threads format values with Sprintf,
 * build strings with strings.Builder/Join/Split/Repeat, print maps and
 * errors, sort slices of strings, and check every result against what it
 * must be; the main thread forces collections meanwhile.  A lost write
 * barrier or an unscanned pointer in golib shows up as a wrong string or a
 * crash here.
 */
#include <stdatomic.h>

#include "golib_test.h"

static atomic_int failures, done_threads;
MAP_TYPE(map_type, gort_type_string, gort_type_int, "map[string]int");

static void expect(gm_string got, const char *want) {
    if ((size_t)got.len != strlen(want) || memcmp(got.ptr, want, (size_t)got.len) != 0) {
        atomic_fetch_add(&failures, 1);
        fprintf(stderr, "got \"%.*s\" want \"%s\"\n", (int)got.len, (const char *)got.ptr, want);
    }
}

static void worker(void *arg) {
    int64_t id = (int64_t)(intptr_t)arg;
    char want[256];
    for (int64_t i = 0; i < 600; i++) {
        gm_string num = go_strconv_Itoa(i * 7 + id);
        gm_string s = go_fmt_Sprintf(GM_STR("%d|%s|%5.1f|%q"),
                                     ARGS(box_int(i), box_str("x"), box_f64((double)i / 4),
                                          gort_box(&gort_type_string, &num)));
        snprintf(want, sizeof want, "%lld|x|%5.1f|\"%lld\"", (long long)i, (double)i / 4,
                 (long long)(i * 7 + id));
        expect(s, want);
        go_strings_Builder *b = gm_alloc_typed(&go_type_strings_Builder.gm, 1);
        gort_iface err;
        for (int k = 0; k < 5; k++)
            go_strings_Builder_WriteString(b, num, &err);
        gm_slice parts = go_strings_Split(go_strings_Repeat(GM_STR("a,b,"), 3), GM_STR(","));
        go_sort_Strings(parts);
        expect(go_strings_Join(parts, GM_STR("")), "aaabbb");
        gm_map *m = gm_make_map(&gm_type_string, &gm_type_int, 0);
        gm_string key = go_strings_Builder_String(b), k = GM_STR("k");
        gm_map_set(m, &key, &i);
        gm_map_set(m, &k, &id);
        gort_iface e = go_fmt_Errorf(GM_STR("e%d: %w"), ARGS(box_int(i), go_errors_New(num)));
        gm_string out = go_fmt_Sprint(ARGS(gort_box(&map_type, &m), e, gort_box(&strings_type, &parts)));
        char n5[128] = "";
        for (int k = 0; k < 5; k++)
            snprintf(n5 + strlen(n5), sizeof n5 - strlen(n5), "%lld", (long long)(i * 7 + id));
        snprintf(want, sizeof want, "map[%s:%lld k:%lld] e%lld: %lld [ a a a b b b]", n5,
                 (long long)i, (long long)id, (long long)i, (long long)(i * 7 + id));
        expect(out, want);
    }
    atomic_fetch_add(&done_threads, 1);
}

int main(void) {
    gm_init();
    gm_set_gc_percent(5);
    for (intptr_t t = 0; t < 4; t++)
        CHECK(gm_go(worker, (void *)t) == 0);
    while (atomic_load(&done_threads) < 4) {
        gm_gc();
        go_time_Sleep(5 * 1000000);
    }
    CHECK(atomic_load(&failures) == 0);
    return golib_test_end("gc_stress");
}
