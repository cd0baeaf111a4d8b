/* fmt_values.c: fmt on composite operands described by hand-made
 * descriptors, the way generated code describes user types: structs
 * (%v %+v %#v), pointers to structs (&{...}), maps sorted by key (string,
 * int, interface, struct and float keys), nil maps/slices/pointers,
 * slices of interfaces, byte slices, String methods (called on nested
 * values but not through unexported fields), error values, Errorf with
 * %w, errors.Is/As/Unwrap, Print's spacing rule, Fprint to os.Stdout.
 * Expected strings: Go 1.19's output for the same program (goldens).
 */
#include <complex.h>

#include "golib_test.h"
#include "gort_rt.h"

/* type point struct{ X, Y int } */
typedef struct point { int64_t X, Y; } point;
static uintptr_t point_hash(const void *v, uintptr_t seed) {
    return gm_hash(&gm_type_int, (const int64_t *)v + 1, gm_hash(&gm_type_int, v, seed));
}
static bool point_equal(const void *a, const void *b) { return !memcmp(a, b, sizeof(point)); }
static const gort_field point_fields[] = {{"X", 0, &gort_type_int, false},
                                          {"Y", 8, &gort_type_int, false}};
static const gort_type point_type = {
    .gm = {.size = 16, .align = 8, .name = "main.point", .kind = GM_KIND_STRUCT,
           .hash = point_hash, .equal = point_equal},
    .fields = point_fields, .nfields = 2, .named = true};
PTR_TYPE(point_ptr, point_type, "*main.point", NULL, 0);

/* type line struct { A, B point; Label string; Tags []string } */
typedef struct line { point A, B; gm_string Label; gm_slice Tags; } line;
static const gort_field line_fields[] = {
    {"A", 0, &point_type, false}, {"B", 16, &point_type, false},
    {"Label", 32, &gort_type_string, false}, {"Tags", 48, &strings_type, false}};
static const gort_type line_type = {
    .gm = {.size = sizeof(line), .align = 8, .ptrdata = 56, .ptrmask = (const uint8_t[]){0x50},
           .name = "main.line", .kind = GM_KIND_STRUCT},
    .fields = line_fields, .nfields = 4, .named = true};
PTR_TYPE(line_ptr, line_type, "*main.line", NULL, 0);

MAP_TYPE(map_string_int, gort_type_string, gort_type_int, "map[string]int");
MAP_TYPE(map_int_string, gort_type_int, gort_type_string, "map[int]string");
MAP_TYPE(map_string_bool, gort_type_string, gort_type_bool, "map[string]bool");
MAP_TYPE(map_any_int, gort_type_any, gort_type_int, "map[interface {}]int");
MAP_TYPE(map_point_string, point_type, gort_type_string, "map[main.point]string");
MAP_TYPE(map_float_bool, gort_type_float64, gort_type_bool, "map[float64]bool");
SLICE_TYPE(ints2_type, ints_type, "[][]int");
SLICE_TYPE(any_slice, gort_type_any, "[]interface {}");
SLICE_TYPE(error_slice, gort_type_error, "[]error");
SLICE_TYPE(bytes_type, gort_type_uint8, "[]uint8");
SLICE_TYPE(durations_type, go_type_time_Duration, "[]time.Duration");
static const gort_type bool2_type = {
    .gm = {.size = 2, .align = 1, .name = "[2]bool", .kind = GM_KIND_ARRAY,
           .elem = &gort_type_bool.gm, .len = 2},
    .elem = &gort_type_bool};
static const gort_type int2_type = {
    .gm = {.size = 16, .align = 8, .name = "[2]int", .kind = GM_KIND_ARRAY,
           .elem = &gort_type_int.gm, .len = 2},
    .elem = &gort_type_int};

/* type celsius float64 with String() */
static gm_string celsius_string(void *data) {
    return SPRINTF("%.1f\302\260C", box_f64(*(double *)data));
}
static const gort_method celsius_methods[] = {{"String", (void *)celsius_string}};
static const gort_type celsius_type = {
    .gm = {.size = 8, .align = 8, .name = "main.celsius", .kind = GM_KIND_FLOAT64},
    .methods = celsius_methods, .nmethods = 1, .named = true};
SLICE_TYPE(celsius_slice, celsius_type, "[]main.celsius");
/* type hidden struct { name string; temp celsius; Pub celsius } */
typedef struct hidden { gm_string name; double temp, Pub; } hidden;
static const gort_field hidden_fields[] = {{"name", 0, &gort_type_string, false},
                                           {"temp", 16, &celsius_type, false},
                                           {"Pub", 24, &celsius_type, false}};
static const gort_type hidden_type = {
    .gm = {.size = sizeof(hidden), .align = 8, .ptrdata = 8, .ptrmask = mask1,
           .name = "main.hidden", .kind = GM_KIND_STRUCT},
    .fields = hidden_fields, .nfields = 3, .named = true};

/* type myErr struct{ code int }; func (e *myErr) Error() string */
typedef struct my_err { int64_t code; } my_err;
static const gort_field my_err_fields[] = {{"code", 0, &gort_type_int, false}};
static const gort_type my_err_type = {
    .gm = {.size = 8, .align = 8, .name = "main.myErr", .kind = GM_KIND_STRUCT},
    .fields = my_err_fields, .nfields = 1, .named = true};
static gm_string my_err_error(void *data) {
    return gm_string_concat(GM_STR("myErr "), go_strconv_Itoa(((my_err *)data)->code));
}
static const gort_method my_err_methods[] = {{"Error", (void *)my_err_error}};
PTR_TYPE(my_err_ptr, my_err_type, "*main.myErr", my_err_methods, 1);
PTR_TYPE(my_err_ptrptr, my_err_ptr, "**main.myErr", NULL, 0);

/* struct { A any; B error } and struct{} and struct { p *point; Q []*point } */
static const gort_field ab_fields[] = {{"A", 0, &gort_type_any, false},
                                       {"B", 16, &gort_type_error, false}};
static const gort_type ab_type = {
    .gm = {.size = 32, .align = 8, .ptrdata = 32, .ptrmask = (const uint8_t[]){15},
           .name = "struct { A interface {}; B error }", .kind = GM_KIND_STRUCT},
    .fields = ab_fields, .nfields = 2};
static const gort_type empty_struct = {
    .gm = {.size = 0, .align = 1, .name = "struct {}", .kind = GM_KIND_STRUCT}};
SLICE_TYPE(point_ptr_slice, point_ptr, "[]*main.point");
static const gort_field pq_fields[] = {{"p", 0, &point_ptr, false},
                                       {"Q", 8, &point_ptr_slice, false}};
static const gort_type pq_type = {
    .gm = {.size = 32, .align = 8, .ptrdata = 16, .ptrmask = (const uint8_t[]){3},
           .name = "struct { p *main.point; Q []*main.point }", .kind = GM_KIND_STRUCT},
    .fields = pq_fields, .nfields = 2};
MAP_TYPE(map_string_point, gort_type_string, point_type, "map[string]main.point");
static const gort_field m_fields[] = {{"M", 0, &map_string_point, false}};
static const gort_type m_type = {
    .gm = {.size = 8, .align = 8, .ptrdata = 8, .ptrmask = mask1,
           .name = "struct { M map[string]main.point }", .kind = GM_KIND_STRUCT},
    .fields = m_fields, .nfields = 1};

/* type bad int: String panics; type node struct{v int}: (*node).String
 * dereferences its receiver; type badErr struct{}: Error panics with an
 * error value. */
static gm_string bad_string(void *data) {
    (void)data;
    gort_panic_string("boom");
}
static const gort_method bad_methods[] = {{"String", (void *)bad_string}};
static const gort_type bad_type = {
    .gm = {.size = 8, .align = 8, .name = "main.bad", .kind = GM_KIND_INT},
    .methods = bad_methods, .nmethods = 1, .named = true};
SLICE_TYPE(bad_slice, bad_type, "[]main.bad");
typedef struct node { int64_t v; } node;
static const gort_field node_fields[] = {{"v", 0, &gort_type_int, false}};
static const gort_type node_type = {
    .gm = {.size = 8, .align = 8, .name = "main.node", .kind = GM_KIND_STRUCT},
    .fields = node_fields, .nfields = 1, .named = true};
static gm_string node_string(void *data) {
    node *n = gort_nn(data);
    return go_fmt_Sprint(ARGS(box_str("node "), box_int(n->v)));
}
static const gort_method node_methods[] = {{"String", (void *)node_string}};
PTR_TYPE(node_ptr, node_type, "*main.node", node_methods, 1);
static gm_string bad_err_error(void *data) {
    (void)data;
    gort_panic(go_errors_New(GM_STR("err in Error")));
}
static const gort_method bad_err_methods[] = {{"Error", (void *)bad_err_error}};
static const gort_type bad_err_type = {
    .gm = {.size = 0, .align = 1, .name = "main.badErr", .kind = GM_KIND_STRUCT},
    .methods = bad_err_methods, .nmethods = 1, .named = true};

static gort_iface box(const gort_type *t, const void *v) { return gort_box(t, v); }

static gm_slice slice_of(const gort_type *elem, const void *values, intptr_t n) {
    gm_slice s = gm_make_slice(&elem->gm, n, n);
    if (n)
        gm_typedmemmove(&elem->gm, s.ptr, values, (size_t)n);
    return s;
}

static gm_map *map_of(const gort_type *mt, const void *keys, const void *vals, int n) {
    gm_map *m = gm_make_map(&mt->key->gm, &mt->elem->gm, n);
    for (int i = 0; i < n; i++)
        gm_map_set(m, (const char *)keys + i * mt->key->gm.size,
                   (const char *)vals + i * mt->elem->gm.size);
    return m;
}

static void structs_and_pointers(void) {
    point p = {1, 2};
    line l = {{0, 0}, {3, 4}, GM_STR("diag"), slice_of(&gort_type_string, (gm_string[]){GM_STR("x")}, 1)};
    point *pp = gm_new(point);
    *pp = p;
    line *lp = gm_new(line);
    *lp = l;
    CHECK_STR(SPRINTF("%v|%+v|%#v", box(&point_type, &p), box(&point_type, &p), box(&point_type, &p)),
              "{1 2}|{X:1 Y:2}|main.point{X:1, Y:2}");
    CHECK_STR(SPRINTF("%v|%+v", box(&line_type, &l), box(&line_type, &l)),
              "{{0 0} {3 4} diag [x]}|{A:{X:0 Y:0} B:{X:3 Y:4} Label:diag Tags:[x]}");
    CHECK_STR(SPRINTF("%v %+v", box(&point_ptr, &pp), box(&line_ptr, &lp)),
              "&{1 2} &{A:{X:0 Y:0} B:{X:3 Y:4} Label:diag Tags:[x]}");
    gm_map *empty = gm_make_map(&gort_type_string.gm, &gort_type_int.gm, 0);
    CHECK_STR(SPRINTF("%T %T %T %T", box(&point_type, &p), box(&point_ptr, &pp),
                      box(&strings_type, &l.Tags), box(&map_string_int, &empty)),
              "main.point *main.point []string map[string]int");
    gm_map *nm = NULL;
    gm_slice ns = {0}, emptys = gm_make_slice(&gm_type_int, 0, 0);
    point *np = NULL;
    bool b2[2] = {true, false};
    CHECK_STR(go_fmt_Sprint(ARGS(box(&map_string_int, &nm), box(&ints_type, &ns), box(&point_ptr, &np),
                                 box(&ints_type, &emptys), box(&bool2_type, b2))),
              "map[] [] <nil> [] [true false]");
    gm_slice s12 = slice_of(&gort_type_int, (int64_t[]){1, 2}, 2);
    gm_map *mk = map_of(&map_string_bool, (gm_string[]){GM_STR("k")}, (bool[]){true}, 1);
    CHECK_STR(SPRINTF("%#v %#v %#v %#v", box(&map_string_int, &nm), box(&ints_type, &ns),
                      box(&ints_type, &s12), box(&map_string_bool, &mk)),
              "map[string]int(nil) []int(nil) []int{1, 2} map[string]bool{\"k\":true}");
    struct { gort_iface A, B; } ab = {{0}, {0}};
    CHECK_STR(go_fmt_Sprint(ARGS(box(&ab_type, &ab), box(&empty_struct, &ab))), "{<nil> <nil>} {}");
    struct { point *p; gm_slice Q; } pq = {NULL, {0}};
    gm_map *mp = map_of(&map_string_point, (gm_string[]){GM_STR("k")}, (point[]){{1, 2}}, 1);
    CHECK_STR(SPRINTF("%v %+v", box(&pq_type, &pq), box(&m_type, &mp)),
              "{<nil> []} {M:map[k:{X:1 Y:2}]}");
    gm_slice pptrs = slice_of(&point_ptr, (point *[]){pp}, 1);
    gm_string nested = SPRINTF("%v", box(&point_ptr_slice, &pptrs));
    CHECK(nested.len > 4 && memcmp(nested.ptr, "[0x", 3) == 0);   /* nested pointers: addresses */
}

static void maps(void) {
    gm_map *a = map_of(&map_string_int, (gm_string[]){GM_STR("b"), GM_STR("a"), GM_STR("c")},
                       (int64_t[]){2, 1, 3}, 3);
    gm_map *b = map_of(&map_int_string, (int64_t[]){3, -1, 2},
                       (gm_string[]){GM_STR("c"), GM_STR("z"), GM_STR("b")}, 3);
    CHECK_STR(go_fmt_Sprint(ARGS(box(&map_string_int, &a), box(&map_int_string, &b))),
              "map[a:1 b:2 c:3] map[-1:z 2:b 3:c]");
    gort_iface keys[4] = {box_str("b"), box_int(2), box_str("a"), box_int(1)};
    gm_map *c = map_of(&map_any_int, keys, (int64_t[]){1, 2, 3, 4}, 4);
    CHECK_STR(go_fmt_Sprint(ARGS(box(&map_any_int, &c))), "map[1:4 2:2 a:3 b:1]");
    gm_map *d = map_of(&map_point_string, (point[]){{2, 1}, {1, 5}, {1, 2}},
                       (gm_string[]){GM_STR("x"), GM_STR("y"), GM_STR("z")}, 3);
    CHECK_STR(go_fmt_Sprint(ARGS(box(&map_point_string, &d))), "map[{1 2}:z {1 5}:y {2 1}:x]");
    gm_map *e = map_of(&map_float_bool, (double[]){2.5, -1}, (bool[]){true, false}, 2);
    CHECK_STR(go_fmt_Sprint(ARGS(box(&map_float_bool, &e))), "map[-1:false 2.5:true]");
    int64_t one = 1;
    CHECK(*(int64_t *)gm_map_get(c, &(gort_iface){&gort_type_int, &one}, NULL) == 4);
}

static void methods(void) {
    gm_slice cs = slice_of(&celsius_type, (double[]){20, 37.5}, 2);
    double minus4 = -4;
    hidden h = {GM_STR("x"), 1, 2};
    CHECK_STR(go_fmt_Sprintln(ARGS(box(&celsius_slice, &cs), box(&celsius_type, &minus4),
                                   box(&hidden_type, &h))),
              "[20.0\302\260C 37.5\302\260C] -4.0\302\260C {x 1 2.0\302\260C}\n");
    double c1 = 1, c2 = 2, c3 = 3;
    CHECK_STR(SPRINTF("%v %s %d", box(&celsius_type, &c1), box(&celsius_type, &c2), box(&celsius_type, &c3)),
              "1.0\302\260C 2.0\302\260C %!d(main.celsius=3)");
    gort_iface e = go_errors_New(GM_STR("boom"));
    gm_slice errs = slice_of(&gort_type_error, (gort_iface[]){e, {0}}, 2);
    CHECK_STR(go_fmt_Sprint(ARGS(e, box(&error_slice, &errs))), "boom [boom <nil>]");
    gort_iface w = go_fmt_Errorf(GM_STR("wrap %d: %w"), ARGS(box_int(7), e));
    CHECK_STR(SPRINTF("%v|%T|%T|%v|%v", w, w, e, box_bool(gort_iface_eq(go_errors_Unwrap(w), e)),
                      box_bool(go_errors_Is(w, e))),
              "wrap 7: boom|*fmt.wrapError|*errors.errorString|true|true");
    CHECK_STR(SPRINTF("%v", go_fmt_Errorf(GM_STR("no wrap %w"), ARGS(box_str("str")))),
              "no wrap %!w(string=str)");
    my_err *me = NULL, *m42 = gm_new(my_err);
    m42->code = 42;
    gort_iface w2 = go_fmt_Errorf(GM_STR("outer: %w"), ARGS(box(&my_err_ptr, &m42)));
    my_err **target = gm_new(my_err *);
    bool as = go_errors_As(w2, box(&my_err_ptrptr, &target));
    me = *target;
    CHECK_STR(go_fmt_Sprint(ARGS(box_bool(as), box_int(me ? me->code : -1), box(&my_err_ptr, &me), w2)),
              "true 42 myErr 42 outer: myErr 42");
    CHECK(!go_errors_Is(w2, e));
    gm_slice ds = slice_of(&go_type_time_Duration, (int64_t[]){1000000000}, 1);
    int64_t d1 = 1500000, d2 = 90LL * 60 * 1000000000;
    CHECK_STR(go_fmt_Sprint(ARGS(box(&go_type_time_Duration, &d1), box(&go_type_time_Duration, &d2),
                                 box(&durations_type, &ds))),
              "1.5ms 1h30m0s [1s]");
    int64_t sec = 1000000000, ms = 1000000, neg = -1, march = 3;
    CHECK_STR(SPRINTF("%d %v %s", box(&go_type_time_Duration, &sec), box(&go_type_time_Duration, &ms),
                      box(&go_type_time_Duration, &neg)),
              "1000000000 1ms -1ns");
    CHECK_STR(SPRINTF("%v %d", box(&go_type_time_Month, &march), box(&go_type_time_Month, &march)),
              "March 3");
}

static void lists_and_spacing(void) {
    CHECK_STR(go_fmt_Sprint(ARGS(box_str("a"), box_int(1), box_int(2), box_str("b"), box_f64(3.5),
                                 box_str("c"), (gort_iface){0}, box_bool(true))),
              "a1 2b3.5c<nil> true");
    CHECK_STR(go_fmt_Sprintln(ARGS(box_str("a"), box_int(1), box_int(2), box_str("b"))), "a 1 2 b\n");
    gm_slice anys = slice_of(&gort_type_any, (gort_iface[]){box_int(1), box_str("a"), {0}, box_f64(2.5)}, 4);
    gm_slice in1 = slice_of(&gort_type_int, (int64_t[]){1}, 1), in23 = slice_of(&gort_type_int, (int64_t[]){2, 3}, 2);
    gm_slice nested = slice_of(&ints_type, (gm_slice[]){in1, in23}, 2);
    gm_slice tens = slice_of(&gort_type_int, (int64_t[]){10, 11}, 2);
    CHECK_STR(SPRINTF("%v %v %d %x", box(&any_slice, &anys), box(&ints2_type, &nested),
                      box(&ints_type, &tens), box(&ints_type, &tens)),
              "[1 a <nil> 2.5] [[1] [2 3]] [10 11] [a b]");
    gm_slice s12 = slice_of(&gort_type_int, (int64_t[]){1, 2}, 2);
    gm_slice sa = slice_of(&gort_type_string, (gm_string[]){GM_STR("a")}, 1);
    int64_t a78[2] = {7, 8};
    CHECK_STR(SPRINTF("%5d|%-4v|%03d", box(&ints_type, &s12), box(&strings_type, &sa), box(&int2_type, a78)),
              "[    1     2]|[a   ]|[007 008]");
    gm_slice hi = gm_string_to_bytes(GM_STR("hi"));
    CHECK_STR(SPRINTF("%s|%x|%q|%v", box(&bytes_type, &hi), box(&bytes_type, &hi),
                      box(&bytes_type, &hi), box(&bytes_type, &hi)),
              "hi|6869|\"hi\"|[104 105]");
    CHECK_STR(SPRINTF("%t %s", box_int(1), box_bool(true)), "%!t(int=1) %!s(bool=true)");
    /* a nil interface inside a value is <nil> for every verb */
    gm_slice nils = slice_of(&gort_type_any, (gort_iface[]){{0}, box_int(1)}, 2);
    gm_slice nil_errs = slice_of(&gort_type_error, (gort_iface[]){{0}}, 1);
    CHECK_STR(SPRINTF("%s|%d|%x|%#v", box(&error_slice, &nil_errs), box(&any_slice, &nils),
                      box(&any_slice, &nils), box(&any_slice, &nils)),
              "[<nil>]|[<nil> 1]|[<nil> 1]|[]interface {}{interface {}(nil), 1}");
    gort_iface err;
    CHECK(go_fmt_Fprintln((gort_iface){&go_ptrtype_os_File, go_os_Stdout},
                          ARGS(box_str("to stdout"), box_int(1)), &err) == 12);
    CHECK(err.type == NULL);
    CHECK(go_fmt_Printf(GM_STR("%s=%d\n"), ARGS(box_str("x"), box_int(5)), &err) == 4);
}

static void panicking_methods(void) {
    int64_t b1 = 1, b2 = 2, b3 = 3;
    gm_slice bs = gm_make_slice(&gm_type_int, 1, 1);
    ((int64_t *)bs.ptr)[0] = 4;
    CHECK_STR(SPRINTF("%v|%s|%d|%5v", box(&bad_type, &b1), box(&bad_type, &b2), box(&bad_type, &b3),
                      box(&bad_slice, &bs)),
              "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|3|"
              "[%!v(PANIC=String method: boom)]");
    node *np = NULL, *n7 = gm_new(node);
    n7->v = 7;
    char empty = 0;
    CHECK_STR(go_fmt_Sprint(ARGS(box(&node_ptr, &np), box(&node_ptr, &n7), box(&bad_err_type, &empty))),
              "<nil> node 7 %!v(PANIC=Error method: err in Error)");
    CHECK_STR(SPRINTF("%x", box(&bad_err_type, &empty)), "%!x(PANIC=Error method: err in Error)");
}

int main(void) {
    gm_init();
    panicking_methods();
    structs_and_pointers();
    maps();
    methods();
    lists_and_spacing();
    gm_gc();            /* the values above must survive a collection intact */
    structs_and_pointers();
    return golib_test_end("fmt_values");
}
