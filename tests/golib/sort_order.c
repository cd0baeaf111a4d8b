/* sort_order.c: sort.Slice on elements with many equal keys (sizes 13 to
 * 1000, four key patterns) must leave them in exactly the order Go 1.19's
 * pdqsort does: each golden line (from a Go program) holds n, the pattern,
 * an FNV-1a hash of the resulting order of original indexes, and the first
 * four elements.  Also sort.Sort through an Interface gives the same order.
 */
#include "golib_test.h"

typedef struct item { int64_t key, id; } item;

static const char *const golden[] = {
    "13 0 c22e0c70a3979527 [{0 10} {0 0} {1 3} {2 6}]",
    "13 1 c2c18061e19417af [{9 12} {10 9} {10 11} {10 10}]",
    "13 2 b96137ea2d10008f [{0 0} {0 1} {0 2} {0 3}]",
    "13 3 9e2a7dccbda19cff [{0 5} {0 12} {1 11} {1 6}]",
    "50 0 26d0523d0794c46 [{0 10} {0 20} {0 30} {0 0}]",
    "50 1 9343451b7a466e24 [{34 49} {34 48} {35 47} {35 46}]",
    "50 2 ef94cd2b7088d5ea [{0 0} {0 1} {0 2} {0 3}]",
    "50 3 aed275774756ae3c [{0 12} {0 46} {0 39} {0 5}]",
    "51 0 55eca3714144a42e [{0 40} {0 50} {0 0} {0 20}]",
    "51 1 2fb73b927ce37f0a [{35 50} {35 49} {35 48} {36 47}]",
    "51 2 a2ae78d038835e08 [{0 0} {0 1} {0 2} {0 3}]",
    "51 3 684abd8a24bf07f0 [{0 12} {0 46} {0 39} {0 5}]",
    "100 0 508dc21d3cad33d3 [{0 10} {0 80} {0 0} {0 30}]",
    "100 1 8920bcec21137667 [{67 99} {68 98} {68 97} {68 96}]",
    "100 2 fb5c8cec60d83ab1 [{0 0} {0 1} {0 2} {0 3}]",
    "100 3 8a7b1204a843db0d [{0 12} {0 97} {0 22} {0 29}]",
    "300 0 154377ade8f91297 [{0 30} {0 160} {0 140} {0 170}]",
    "300 1 71f4bdb3cd4c08bb [{201 299} {201 298} {201 297} {202 296}]",
    "300 2 f90bc44125dc3a99 [{0 0} {0 1} {0 2} {0 3}]",
    "300 3 49622fa5d88fbb9 [{0 233} {0 165} {0 73} {0 250}]",
    "1000 0 f710117742aa3c4d [{0 100} {0 180} {0 530} {0 540}]",
    "1000 1 cbcf07a15d86f61d [{667 999} {668 998} {668 997} {668 996}]",
    "1000 2 988cc5afd8cb65dd [{0 0} {0 1} {0 2} {0 3}]",
    "1000 3 479abf4f0296066b [{0 821} {0 437} {0 233} {0 250}]",
};

static gm_slice items;

static bool item_less(gort_func *f, int64_t a, int64_t b) {
    (void)f;
    const item *x = items.ptr;
    return x[a].key < x[b].key;
}

/* A sort.Interface over `items` (methods with the data word first). */
static int64_t m_len(void *d) { (void)d; return items.len; }
static bool m_less(void *d, int64_t a, int64_t b) { return item_less(d, a, b); }
static void m_swap(void *d, int64_t a, int64_t b) {
    (void)d;
    item *x = items.ptr, t = x[a];
    x[a] = x[b];
    x[b] = t;
}
static const gort_method by_key_methods[] = {
    {"Len", (void *)m_len}, {"Less", (void *)m_less}, {"Swap", (void *)m_swap}};
static const gort_type by_key_ptr = {
    .gm = {.size = 8, .align = 8, .name = "*main.byKey", .kind = GM_KIND_POINTER},
    .methods = by_key_methods, .nmethods = 3};

static const gort_type item_type = {
    .gm = {.size = sizeof(item), .align = 8, .name = "main.item", .kind = GM_KIND_STRUCT}};
static const gort_type items_type = {
    .gm = {.size = 24, .align = 8, .ptrdata = 8, .ptrmask = (const uint8_t[]){1},
           .name = "[]main.item", .kind = GM_KIND_SLICE, .elem = &item_type.gm},
    .elem = &item_type};

static void fill(int64_t n, int pat) {
    items = gm_make_slice(&item_type.gm, n, n);
    item *x = items.ptr;
    for (int64_t i = 0; i < n; i++) {
        int64_t k = pat == 0 ? (i * 7) % 10 : pat == 1 ? n - i / 3 : pat == 2 ? i / 5
                                                        : (i * i * 31 + 7) % 17;
        x[i] = (item){k, i};
    }
}

static gm_string summary(int64_t n, int pat) {
    uint64_t h = 14695981039346656037ull;
    const item *x = items.ptr;
    for (int64_t i = 0; i < n; i++)
        h = (h ^ (uint64_t)x[i].id) * 1099511628211ull;
    return go_fmt_Sprintf(GM_STR("%d %d %x [{%d %d} {%d %d} {%d %d} {%d %d}]"),
                          ARGS(box_int(n), box_int(pat), box_uint(h), box_int(x[0].key), box_int(x[0].id),
                               box_int(x[1].key), box_int(x[1].id), box_int(x[2].key), box_int(x[2].id),
                               box_int(x[3].key), box_int(x[3].id)));
}

int main(void) {
    gm_init();
    static const int64_t sizes[] = {13, 50, 51, 100, 300, 1000};
    static gort_func less = {(void *)item_less};
    int line = 0;
    for (int si = 0; si < 6; si++) {
        for (int pat = 0; pat < 4; pat++, line++) {
            fill(sizes[si], pat);
            go_sort_Slice(gort_box(&items_type, &items), &less);
            CHECK_STR(summary(sizes[si], pat), golden[line]);
            fill(sizes[si], pat);
            go_sort_Sort((gort_iface){&by_key_ptr, &less});
            CHECK_STR(summary(sizes[si], pat), golden[line]);
        }
    }
    return golib_test_end("sort_order");
}
