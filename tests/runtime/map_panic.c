/*
 * map_panic.c — maps whose keys panic: Go's "hash of unhashable type" on
 * every operation, even on an empty map, and a map that still works after
 * such a panic was recovered; and the fatal errors of concurrent use
 * ("concurrent map writes", "concurrent map read and map write",
 * "concurrent map iteration and map write").
 *
 * Keys are interface values as the gomem compiler emits them ({dynamic
 * type, data}, kind GM_KIND_INTERFACE, hashed by the dynamic type, which
 * panics for a slice), and a C key type whose equality panics on demand
 * (the one way a panic can arise after a write has begun: keys are hashed
 * before).  Panics are recovered in-process by a hook that longjmps back,
 * as golib's recover() does; an unrecovered one is checked in a child
 * (message and exit status 2, as Go 1.19 prints them).  Concurrent use is
 * checked twice: deterministically, with a write another thread abandoned
 * (the map stays marked as that thread's), and by two threads racing.
 */
#include "make_check.h"

#include <setjmp.h>

/* ---- interface keys ---- */

typedef struct iface {
    const gm_type *type;
    void *data;
} iface;

static uintptr_t iface_hash(const void *v, uintptr_t seed) {
    const iface *i = v;
    if (i->type == NULL)
        return seed ^ 0x9e3779b97f4a7c15u;
    return gm_hash(i->type, i->data, seed);      /* panics for a slice */
}

static bool iface_equal(const void *a, const void *b) {
    const iface *x = a, *y = b;
    if (x->type != y->type)
        return false;
    return x->type == NULL || gm_equal(x->type, x->data, y->data);
}

static const uint8_t mask_two[1] = {3};
static const gm_type iface_type = {
    .size = sizeof(iface), .align = _Alignof(iface), .ptrdata = sizeof(iface),
    .ptrmask = mask_two, .name = "interface {}", .kind = GM_KIND_INTERFACE,
    .hash = iface_hash, .equal = iface_equal};

static iface box_int(intptr_t n) {
    intptr_t *p = gm_alloc_noscan(sizeof n);
    *p = n;
    return (iface){&gm_type_int, p};
}

static iface box_slice(void) {
    gm_slice *s = gm_alloc_typed(gm_type_slice_of(&gm_type_int), 1);
    *s = gm_make_slice(&gm_type_int, 1, 1);
    return (iface){gm_type_slice_of(&gm_type_int), s};
}

/* ---- a key type whose equality panics on demand ---- */

static bool equal_panics;

static uintptr_t fragile_hash(const void *v, uintptr_t seed) {
    return gm_hash(&gm_type_int, v, seed);
}

static bool fragile_equal(const void *a, const void *b) {
    if (equal_panics)
        gm_panic("fragile key compared");
    return *(const intptr_t *)a == *(const intptr_t *)b;
}

static const gm_type fragile_type = {
    .size = sizeof(intptr_t), .align = _Alignof(intptr_t), .name = "main.fragile",
    .kind = GM_KIND_STRUCT, .hash = fragile_hash, .equal = fragile_equal};

/* ---- recovering ---- */

static jmp_buf recover_point;
static char panic_msg[256];

static void recover_hook(const char *msg) {
    snprintf(panic_msg, sizeof panic_msg, "%s", msg);
    longjmp(recover_point, 1);
}

/* Run op(m, key); the panic message it raised ("" if none). */
typedef void (*map_op)(gm_map *m, const void *key);
static const char *recovered(map_op op, gm_map *m, const void *key) {
    panic_msg[0] = 0;
    gm_set_panic_hook(recover_hook);
    if (setjmp(recover_point) == 0)
        op(m, key);
    gm_set_panic_hook(NULL);
    return panic_msg;
}

static void op_get(gm_map *m, const void *key) { gm_map_get(m, key, NULL); }
static void op_get_ok(gm_map *m, const void *key) {
    bool ok = true;
    gm_map_get(m, key, &ok);
    CHECK(!ok);
}
static void op_set(gm_map *m, const void *key) {
    intptr_t v = 7;
    gm_map_set(m, key, &v);
}
static void op_assign(gm_map *m, const void *key) { *(intptr_t *)gm_map_assign(m, key) += 1; }
static void op_delete(gm_map *m, const void *key) { gm_map_delete(m, key); }

static const char unhashable[] = "runtime error: hash of unhashable type []int";

#define CHECK_STR_EQ(got, want) \
    CHECK_MSG(strcmp((got), (want)) == 0, "got \"%s\", want \"%s\"", (got), (want))

/* Every operation with an unhashable key panics, whatever the map holds. */
static void check_every_op_panics(gm_map *m, const iface *bad) {
    const map_op ops[] = {op_get, op_get_ok, op_set, op_assign, op_delete};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        CHECK_MSG(strcmp(recovered(ops[i], m, bad), unhashable) == 0,
                  "op %zu on a map of %jd: panic \"%s\"", i, (intmax_t)gm_map_len(m),
                  panic_msg);
}

static intptr_t get_int(gm_map *m, iface k, bool *ok) {
    return *(intptr_t *)gm_map_get(m, &k, ok);
}

/* After the recovered panics, the map reads and writes normally (a write
 * left marked as under way would make these fatal). */
static void check_still_works(gm_map *m, intptr_t n) {
    bool ok;
    CHECK_EQ(gm_map_len(m), n);
    for (intptr_t i = 0; i < n; i++) {
        CHECK_EQ(get_int(m, box_int(i), &ok), i * 10);
        CHECK(ok);
    }
    for (intptr_t i = n; i < n + 100; i++) {
        iface k = box_int(i);
        intptr_t v = i * 10;
        gm_map_set(m, &k, &v);
    }
    for (intptr_t i = n; i < n + 100; i++) {
        iface k = box_int(i);
        gm_map_delete(m, &k);
    }
    CHECK_EQ(gm_map_len(m), n);
    get_int(m, box_int(-1), &ok);
    CHECK(!ok);
}

static void fill(gm_map *m, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) {
        iface k = box_int(i);
        intptr_t v = i * 10;
        gm_map_set(m, &k, &v);
    }
}

static void test_interface_keys(void) {
    iface bad = box_slice(), nilkey = {NULL, NULL};
    gm_map *m = gm_make_map(&iface_type, &gm_type_int, 0);
    check_every_op_panics(m, &bad);              /* empty, as Go 1.19 */
    check_still_works(m, 0);
    CHECK_STR_EQ(recovered(op_get, m, &nilkey), "");   /* a hashable key: no panic */
    CHECK_STR_EQ(recovered(op_delete, m, &nilkey), "");
    fill(m, 50);
    check_every_op_panics(m, &bad);              /* one table */
    check_still_works(m, 50);
    fill(m, 20000);
    check_every_op_panics(m, &bad);              /* a directory */
    check_still_works(m, 20000);
    gm_map_clear(m);
    check_every_op_panics(m, &bad);              /* cleared */
    check_still_works(m, 0);
}

/* A panic inside the write (the key type's own equality) is recovered;
 * the same thread's next read or write finds the map usable. */
static void test_equality_panic(bool read_first) {
    gm_map *m = gm_make_map(&fragile_type, &gm_type_int, 0);
    for (intptr_t i = 0; i < 1000; i++) {
        intptr_t v = -i;
        gm_map_set(m, &i, &v);
    }
    intptr_t k = 500;
    equal_panics = true;
    CHECK_STR_EQ(recovered(op_set, m, &k), "fragile key compared");
    CHECK_STR_EQ(recovered(op_delete, m, &k), "fragile key compared");
    equal_panics = false;
    bool ok;
    if (read_first) {
        CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, &ok), -500);
        CHECK(ok);
    }
    intptr_t v = 5;
    gm_map_set(m, &k, &v);
    CHECK_EQ(*(intptr_t *)gm_map_get(m, &k, &ok), 5);
    gm_map_delete(m, &k);
    gm_map_get(m, &k, &ok);
    CHECK(!ok);
    CHECK_EQ(gm_map_len(m), 999);
}

/* ---- concurrent use ---- */

static gm_map *shared;

/* A map of fragile keys left marked as written by this thread: its write
 * was abandoned by a recovered panic. */
static gm_map *abandoned_map(void) {
    gm_map *m = gm_make_map(&fragile_type, &gm_type_int, 0);
    for (intptr_t i = 0; i < 100; i++)
        gm_map_set(m, &i, &i);
    intptr_t k = 5;
    equal_panics = true;
    CHECK_STR_EQ(recovered(op_set, m, &k), "fragile key compared");
    equal_panics = false;
    return m;
}

static void other_write(void *arg) {
    (void)arg;
    intptr_t k = 1000, v = 1;
    gm_map_set(shared, &k, &v);
    printf("the other thread's write went through\n");
    exit(0);
}

static void other_read(void *arg) {
    (void)arg;
    intptr_t k = 7;
    gm_map_get(shared, &k, NULL);
    printf("the other thread's read went through\n");
    exit(0);
}

static void other_iteration(void *arg) {
    (void)arg;
    gm_map_iter it;
    void *k, *v;
    gm_map_iter_init(&it, shared);
    while (gm_map_next(&it, &k, &v)) {
    }
    printf("the other thread's iteration went through\n");
    exit(0);
}

static void racing_writer(void *arg) {
    for (intptr_t i = (intptr_t)arg;; i += 2) {
        gm_map_set(shared, &i, &i);
        if ((i & 0xFFFF) < 2)
            gm_map_clear(shared);
    }
}

static void wait_forever(void) {
    for (;;)
        sleep(1);
}

static int child_concurrent(const char *mode) {
    if (!strcmp(mode, "abandoned_then_other_write")) {
        shared = abandoned_map();
        gm_go(other_write, NULL);
        wait_forever();
    }
    if (!strcmp(mode, "abandoned_then_other_read")) {
        shared = abandoned_map();
        gm_go(other_read, NULL);
        wait_forever();
    }
    if (!strcmp(mode, "abandoned_then_other_iteration")) {
        shared = abandoned_map();
        gm_go(other_iteration, NULL);
        wait_forever();
    }
    if (!strcmp(mode, "racing_writes")) {
        shared = gm_make_map(&gm_type_int, &gm_type_int, 0);
        gm_go(racing_writer, (void *)(intptr_t)1);
        racing_writer((void *)(intptr_t)0);
    }
    return 0;
}

static int child(const char *mode) {
    gm_init();
    if (!strncmp(mode, "abandoned", 9) || !strncmp(mode, "racing", 6))
        return child_concurrent(mode);
    iface bad = box_slice();
    gm_map *m = gm_make_map(&iface_type, &gm_type_int, 0);
    if (!strcmp(mode, "empty_get")) gm_map_get(m, &bad, NULL);
    if (!strcmp(mode, "empty_delete")) gm_map_delete(m, &bad);
    if (!strcmp(mode, "empty_set")) op_set(m, &bad);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) return child(argv[1]);
    check_set_name(argv[0]);
    gm_init();
    test_interface_keys();
    test_equality_panic(true);
    test_equality_panic(false);
    EXPECT_PANIC("empty_get", "runtime error: hash of unhashable type []int");
    EXPECT_PANIC("empty_delete", "runtime error: hash of unhashable type []int");
    EXPECT_PANIC("empty_set", "runtime error: hash of unhashable type []int");
    EXPECT_FATAL("abandoned_then_other_write", "concurrent map writes");
    EXPECT_FATAL("abandoned_then_other_read", "concurrent map read and map write");
    EXPECT_FATAL("abandoned_then_other_iteration", "concurrent map iteration and map write");
    if (!GM_TEST_TSAN)     /* a data race on purpose: ThreadSanitizer's exit status */
        EXPECT_FATAL("racing_writes", "concurrent map writes");
    return check_done();
}
