/* sort.c: Go's sort package: Sort/Stable/IsSorted/Reverse over
 * sort.Interface, Slice/SliceStable/SliceIsSorted with a less closure,
 * Ints/Strings/Float64s, Search*, and IntSlice/StringSlice/Float64Slice.
 *
 * Every algorithm works through two callbacks, less(i, j) and swap(i, j),
 * because sort.Slice's less closure indexes the caller's slice: elements
 * must move in place.
 *   - Stable sorts: insertion sort of blocks of 20, then in-place merging
 *     by rotations (SymMerge).  A stable order is unique, so the result is
 *     exactly Go's.
 *   - Unstable sorts: pattern-defeating quicksort making Go 1.19's choices
 *     (insertion sort up to 12 elements, median of three / Tukey's ninther
 *     with the sortedness hint, partial insertion sort, equal-element
 *     partitions, xorshift pattern breaking, heapsort after bits.Len(n)
 *     bad pivots), so equal elements end up in Go's order too.
 * Invariant: swaps of elements holding pointers go through
 * gm_typedmemmove (the slice may be in the heap during a mark).
 */
#include <math.h>
#include <string.h>

#include "internal.h"

typedef struct sorter {
    bool (*less)(void *ctx, int64_t i, int64_t j);
    void (*swap)(void *ctx, int64_t i, int64_t j);
    void *ctx;
} sorter;

static bool LESS(const sorter *s, int64_t i, int64_t j) { return s->less(s->ctx, i, j); }
static void SWAP(const sorter *s, int64_t i, int64_t j) { s->swap(s->ctx, i, j); }

static void insertion_sort(const sorter *s, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && LESS(s, j, j - 1); j--)
            SWAP(s, j, j - 1);
}

static void sift_down(const sorter *s, int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && LESS(s, first + child, first + child + 1))
            child++;
        if (!LESS(s, first + root, first + child))
            return;
        SWAP(s, first + root, first + child);
        root = child;
    }
}

static void heap_sort(const sorter *s, int64_t a, int64_t b) {
    int64_t n = b - a;
    for (int64_t i = (n - 1) / 2; i >= 0; i--)
        sift_down(s, i, n, a);
    for (int64_t i = n - 1; i >= 0; i--) {
        SWAP(s, a, a + i);
        sift_down(s, 0, i, a);
    }
}

/* ---- unstable: pattern-defeating quicksort (pdqsort, Peters 2021) with
 * Go 1.19's parameters and choices, so that elements comparing equal end
 * up in the order Go's sort.Sort / sort.Slice leave them ---- */

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

/* The index of the median of the three, counting the swaps a sorting
 * network would make (the pivot choice uses them as a sortedness hint). */
static int64_t median_of3(const sorter *s, int64_t a, int64_t b, int64_t c, int *swaps) {
    int64_t t;
    if (LESS(s, b, a)) { t = a; a = b; b = t; ++*swaps; }
    if (LESS(s, c, b)) { t = b; b = c; c = t; ++*swaps; }
    if (LESS(s, b, a)) { t = a; a = b; b = t; ++*swaps; }
    return b;
}

/* Median of three (n >= 8) or of three medians of neighbours (n >= 50). */
static int64_t choose_pivot(const sorter *s, int64_t a, int64_t b, int *hint) {
    int64_t n = b - a, q = n / 4;
    int64_t i = a + q, j = a + 2 * q, k = a + 3 * q;
    int swaps = 0;
    if (n >= 8) {
        if (n >= 50) {
            i = median_of3(s, i - 1, i, i + 1, &swaps);
            j = median_of3(s, j - 1, j, j + 1, &swaps);
            k = median_of3(s, k - 1, k, k + 1, &swaps);
        }
        j = median_of3(s, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void reverse_range(const sorter *s, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
        SWAP(s, i, j);
}

/* Fixes up to 5 adjacent inversions of a nearly sorted range; true if the
 * range ends up sorted.  (As Go's, the leftward shift may run below a.) */
static bool partial_insertion_sort(const sorter *s, int64_t a, int64_t b) {
    int64_t i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !LESS(s, i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < 50)
            return false;
        SWAP(s, i, i - 1);
        if (i - a >= 2)
            for (int64_t j = i - 1; j >= 1 && LESS(s, j, j - 1); j--)
                SWAP(s, j, j - 1);
        if (b - i >= 2)
            for (int64_t j = i + 1; j < b && LESS(s, j, j - 1); j++)
                SWAP(s, j, j - 1);
    }
    return false;
}

/* Swaps three middle elements with pseudo-random ones (xorshift seeded by
 * the length, as Go) after an unbalanced partition. */
static void break_patterns(const sorter *s, int64_t a, int64_t b) {
    int64_t n = b - a;
    if (n < 8)
        return;
    uint64_t r = (uint64_t)n, mask = 1;
    while (mask <= (uint64_t)n)
        mask <<= 1;             /* the power of two above n */
    mask--;
    for (int64_t idx = a + (n / 4) * 2 - 1; idx <= a + (n / 4) * 2 + 1; idx++) {
        r ^= r << 13;
        r ^= r >> 17;
        r ^= r << 5;
        int64_t other = (int64_t)(r & mask);
        if (other >= n)
            other -= n;
        SWAP(s, idx, a + other);
    }
}

/* Partitions around the pivot (moved to a): [a, mid) < pivot <= (mid, b).
 * *already: nothing had to move. */
static int64_t partition(const sorter *s, int64_t a, int64_t b, int64_t pivot, bool *already) {
    SWAP(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && LESS(s, i, a))
        i++;
    while (i <= j && !LESS(s, j, a))
        j--;
    *already = i > j;
    while (i <= j) {
        SWAP(s, i++, j--);
        while (i <= j && LESS(s, i, a))
            i++;
        while (i <= j && !LESS(s, j, a))
            j--;
    }
    SWAP(s, j, a);
    return j;
}

/* Moves the elements equal to the pivot (none is smaller) to the front;
 * returns where the greater ones start. */
static int64_t partition_equal(const sorter *s, int64_t a, int64_t b, int64_t pivot) {
    SWAP(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !LESS(s, a, i))
            i++;
        while (i <= j && LESS(s, a, j))
            j--;
        if (i > j)
            return i;
        SWAP(s, i++, j--);
    }
}

static void pdqsort(const sorter *s, int64_t a, int64_t b, int limit) {
    bool balanced = true, partitioned = true;
    for (;;) {
        int64_t n = b - a;
        if (n <= 12) {
            insertion_sort(s, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(s, a, b);
            return;
        }
        if (!balanced) {
            break_patterns(s, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = choose_pivot(s, a, b, &hint);
        if (hint == HINT_DECREASING) {
            reverse_range(s, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (balanced && partitioned && hint == HINT_INCREASING && partial_insertion_sort(s, a, b))
            return;
        if (a > 0 && !LESS(s, a - 1, pivot)) {  /* many equal to the element before */
            a = partition_equal(s, a, b, pivot);
            continue;
        }
        int64_t mid = partition(s, a, b, pivot, &partitioned);
        int64_t left = mid - a, right = b - mid;
        if (left < right) {
            balanced = left >= n / 8;
            pdqsort(s, a, mid, limit);
            a = mid + 1;
        } else {
            balanced = right >= n / 8;
            pdqsort(s, mid + 1, b, limit);
            b = mid;
        }
    }
}

static void sort_unstable(const sorter *s, int64_t n) {
    int limit = 0;
    for (uint64_t u = (uint64_t)n; u; u >>= 1)
        limit++;                /* bits.Len(n) */
    pdqsort(s, 0, n, limit);
}

/* ---- stable: blocks and SymMerge ---- */

static void swap_range(const sorter *s, int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        SWAP(s, a + i, b + i);
}

/* Rotates [a, m) and [m, b) by block swaps. */
static void rotate(const sorter *s, int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swap_range(s, m - i, m, j);
            i -= j;
        } else {
            swap_range(s, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(s, m - i, m, i);
}

/* Merges the sorted runs [a, m) and [m, b) in place. */
static void sym_merge(const sorter *s, int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {                   /* insert one element into [m, b) */
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = i + (j - i) / 2;
            if (LESS(s, h, a)) i = h + 1; else j = h;
        }
        for (int64_t k = a; k < i - 1; k++)
            SWAP(s, k, k + 1);
        return;
    }
    if (b - m == 1) {                   /* insert one element into [a, m) */
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = i + (j - i) / 2;
            if (!LESS(s, m, h)) i = h + 1; else j = h;
        }
        for (int64_t k = m; k > i; k--)
            SWAP(s, k, k - 1);
        return;
    }
    int64_t mid = a + (b - a) / 2, n = mid + m, start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
        int64_t c = start + (r - start) / 2;
        if (!LESS(s, p - c, c)) start = c + 1; else r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end)
        rotate(s, start, m, end);
    if (a < start && start < mid)
        sym_merge(s, a, start, mid);
    if (mid < end && end < b)
        sym_merge(s, mid, end, b);
}

static void sort_stable(const sorter *s, int64_t n) {
    int64_t block = 20, a = 0;
    for (; a + block <= n; a += block)
        insertion_sort(s, a, a + block);
    insertion_sort(s, a, n);
    for (; block < n; block *= 2) {
        for (a = 0; a + 2 * block <= n; a += 2 * block)
            sym_merge(s, a, a + block, a + 2 * block);
        if (a + block < n)
            sym_merge(s, a, a + block, n);
    }
}

static bool is_sorted(const sorter *s, int64_t n) {
    for (int64_t i = n - 1; i > 0; i--)
        if (LESS(s, i, i - 1))
            return false;
    return true;
}

/* ---- sort.Interface ---- */

typedef struct iface_ctx {
    void *data;
    bool (*less)(void *data, int64_t i, int64_t j);
    void (*swap)(void *data, int64_t i, int64_t j);
} iface_ctx;

static bool iface_less(void *c, int64_t i, int64_t j) {
    iface_ctx *x = c;
    return x->less(x->data, i, j);
}
static void iface_swap(void *c, int64_t i, int64_t j) {
    iface_ctx *x = c;
    x->swap(x->data, i, j);
}

static const gort_method *need_method(gort_iface v, const char *name) {
    const gort_method *m = gort_find_method(v.type, name);
    if (!m)
        gm_panic("runtime error: invalid memory address or nil pointer dereference");
    return m;
}

/* A sorter over data's methods; returns Len(). */
static int64_t iface_sorter(gort_iface data, iface_ctx *x, sorter *s) {
    x->data = data.data;
    x->less = (bool (*)(void *, int64_t, int64_t))need_method(data, "Less")->fn;
    x->swap = (void (*)(void *, int64_t, int64_t))need_method(data, "Swap")->fn;
    *s = (sorter){iface_less, iface_swap, x};
    return ((int64_t(*)(void *))need_method(data, "Len")->fn)(data.data);
}

void go_sort_Sort(gort_iface data) {
    iface_ctx x;
    sorter s;
    sort_unstable(&s, iface_sorter(data, &x, &s));
}

void go_sort_Stable(gort_iface data) {
    iface_ctx x;
    sorter s;
    sort_stable(&s, iface_sorter(data, &x, &s));
}

bool go_sort_IsSorted(gort_iface data) {
    iface_ctx x;
    sorter s;
    return is_sorted(&s, iface_sorter(data, &x, &s));
}

/* *sort.reverse: struct{ Interface } with Less reversed */
typedef struct reverse {
    gort_iface Interface;
} reverse;

static int64_t rev_len(void *r) {
    gort_iface d = ((reverse *)r)->Interface;
    return ((int64_t(*)(void *))need_method(d, "Len")->fn)(d.data);
}
static bool rev_less(void *r, int64_t i, int64_t j) {
    gort_iface d = ((reverse *)r)->Interface;
    return ((bool (*)(void *, int64_t, int64_t))need_method(d, "Less")->fn)(d.data, j, i);
}
static void rev_swap(void *r, int64_t i, int64_t j) {
    gort_iface d = ((reverse *)r)->Interface;
    ((void (*)(void *, int64_t, int64_t))need_method(d, "Swap")->fn)(d.data, i, j);
}

static const uint8_t mask_two[1] = {3};
static const gort_method interface_methods[] = {{"Len", NULL}, {"Less", NULL}, {"Swap", NULL}};
const gort_type go_type_sort_Interface = {
    .gm = {.size = sizeof(gort_iface), .align = 8, .ptrdata = 16, .ptrmask = mask_two,
           .name = "sort.Interface", .kind = GM_KIND_INTERFACE,
           .hash = gort_hash_iface, .equal = gort_equal_iface},
    .methods = interface_methods, .nmethods = 3, .named = true};
static const gort_field reverse_fields[] = {{"Interface", 0, &go_type_sort_Interface, true}};
static const gort_type reverse_type = {
    .gm = {.size = sizeof(reverse), .align = 8, .ptrdata = 16, .ptrmask = mask_two,
           .name = "sort.reverse", .kind = GM_KIND_STRUCT},
    .fields = reverse_fields, .nfields = 1, .named = true};
static const gort_method reverse_methods[] = {
    {"Len", (void *)rev_len}, {"Less", (void *)rev_less}, {"Swap", (void *)rev_swap}};
static GOLIB_PTR_TYPE(reverse_ptrtype, reverse_type, "*sort.reverse", reverse_methods, 3);

gort_iface go_sort_Reverse(gort_iface data) {
    reverse r = {data};
    return (gort_iface){&reverse_ptrtype, golib_new_copy(&reverse_type, &r)};
}

/* ---- sort.Slice ---- */

typedef struct slice_ctx {
    gm_slice s;
    const gm_type *elem;
    gort_func *less;
    void *tmp;
} slice_ctx;

static bool slice_less(void *c, int64_t i, int64_t j) {
    slice_ctx *x = c;
    return ((bool (*)(gort_func *, int64_t, int64_t))x->less->fn)(x->less, i, j);
}

static void slice_swap(void *c, int64_t i, int64_t j) {
    slice_ctx *x = c;
    size_t sz = x->elem->size;
    char *a = (char *)x->s.ptr + (size_t)i * sz, *b = (char *)x->s.ptr + (size_t)j * sz;
    gm_typedmemmove(x->elem, x->tmp, a, 1);
    gm_typedmemmove(x->elem, a, b, 1);
    gm_typedmemmove(x->elem, b, x->tmp, 1);
}

static int64_t slice_sorter(gort_iface x, gort_func *less, slice_ctx *c, sorter *s) {
    if (!x.type || x.type->gm.kind != GM_KIND_SLICE)
        gm_panic("reflect: call of Swapper on %s Value",
                 x.type ? x.type->gm.name : "zero");
    c->s = *(const gm_slice *)x.data;
    c->elem = &x.type->elem->gm;
    c->less = less;
    c->tmp = gm_alloc(c->elem->size ? c->elem->size : 1);   /* scanned: may hold pointers */
    *s = (sorter){slice_less, slice_swap, c};
    return c->s.len;
}

void go_sort_Slice(gort_iface x, gort_func *less) {
    slice_ctx c;
    sorter s;
    sort_unstable(&s, slice_sorter(x, less, &c, &s));
}

void go_sort_SliceStable(gort_iface x, gort_func *less) {
    slice_ctx c;
    sorter s;
    sort_stable(&s, slice_sorter(x, less, &c, &s));
}

bool go_sort_SliceIsSorted(gort_iface x, gort_func *less) {
    slice_ctx c;
    sorter s;
    return is_sorted(&s, slice_sorter(x, less, &c, &s));
}

/* ---- typed slices ---- */

static bool ints_less(void *c, int64_t i, int64_t j) {
    const int64_t *v = ((gm_slice *)c)->ptr;
    return v[i] < v[j];
}
static void ints_swap(void *c, int64_t i, int64_t j) {
    int64_t *v = ((gm_slice *)c)->ptr, t = v[i];
    v[i] = v[j];
    v[j] = t;
}
static bool strings_less(void *c, int64_t i, int64_t j) {
    const gm_string *v = ((gm_slice *)c)->ptr;
    return gm_string_compare(v[i], v[j]) < 0;
}
static void strings_swap(void *c, int64_t i, int64_t j) {
    gm_string *v = ((gm_slice *)c)->ptr, t = v[i];
    gm_typedmemmove(&gm_type_string, &v[i], &v[j], 1);
    gm_typedmemmove(&gm_type_string, &v[j], &t, 1);
}
static bool floats_less(void *c, int64_t i, int64_t j) {
    const double *v = ((gm_slice *)c)->ptr;
    return v[i] < v[j] || (isnan(v[i]) && !isnan(v[j]));
}
static void floats_swap(void *c, int64_t i, int64_t j) {
    double *v = ((gm_slice *)c)->ptr, t = v[i];
    v[i] = v[j];
    v[j] = t;
}

void go_sort_Ints(gm_slice x) { sort_unstable(&(sorter){ints_less, ints_swap, &x}, x.len); }
void go_sort_Strings(gm_slice x) { sort_unstable(&(sorter){strings_less, strings_swap, &x}, x.len); }
void go_sort_Float64s(gm_slice x) { sort_unstable(&(sorter){floats_less, floats_swap, &x}, x.len); }
bool go_sort_IntsAreSorted(gm_slice x) { return is_sorted(&(sorter){ints_less, ints_swap, &x}, x.len); }
bool go_sort_StringsAreSorted(gm_slice x) {
    return is_sorted(&(sorter){strings_less, strings_swap, &x}, x.len);
}
bool go_sort_Float64sAreSorted(gm_slice x) {
    return is_sorted(&(sorter){floats_less, floats_swap, &x}, x.len);
}

int64_t go_sort_IntSlice_Len(gm_slice x) { return x.len; }
bool go_sort_IntSlice_Less(gm_slice x, int64_t i, int64_t j) {
    return GM_AT(int64_t, x, i) < GM_AT(int64_t, x, j);
}
void go_sort_IntSlice_Swap(gm_slice x, int64_t i, int64_t j) {
    (void)GM_AT(int64_t, x, i);               /* bounds checks, as Go's x[i], x[j] */
    (void)GM_AT(int64_t, x, j);
    ints_swap(&x, i, j);
}
int64_t go_sort_StringSlice_Len(gm_slice x) { return x.len; }
bool go_sort_StringSlice_Less(gm_slice x, int64_t i, int64_t j) {
    return gm_string_compare(GM_AT(gm_string, x, i), GM_AT(gm_string, x, j)) < 0;
}
void go_sort_StringSlice_Swap(gm_slice x, int64_t i, int64_t j) {
    (void)GM_AT(gm_string, x, i);
    (void)GM_AT(gm_string, x, j);
    strings_swap(&x, i, j);
}
int64_t go_sort_Float64Slice_Len(gm_slice x) { return x.len; }
bool go_sort_Float64Slice_Less(gm_slice x, int64_t i, int64_t j) {
    (void)GM_AT(double, x, i);
    (void)GM_AT(double, x, j);
    return floats_less(&x, i, j);
}
void go_sort_Float64Slice_Swap(gm_slice x, int64_t i, int64_t j) {
    (void)GM_AT(double, x, i);
    (void)GM_AT(double, x, j);
    floats_swap(&x, i, j);
}

/* Method wrappers: the data word points to the boxed slice header. */
#define SLICE_TYPE(T, elemtype)                                                \
    static int64_t m_##T##_len(void *d) { return go_sort_##T##_Len(*(gm_slice *)d); } \
    static bool m_##T##_less(void *d, int64_t i, int64_t j) {                  \
        return go_sort_##T##_Less(*(gm_slice *)d, i, j);                       \
    }                                                                          \
    static void m_##T##_swap(void *d, int64_t i, int64_t j) {                  \
        go_sort_##T##_Swap(*(gm_slice *)d, i, j);                              \
    }                                                                          \
    static const gort_method T##_methods[] = {                                 \
        {"Len", (void *)m_##T##_len}, {"Less", (void *)m_##T##_less},          \
        {"Swap", (void *)m_##T##_swap}};                                       \
    const gort_type go_type_sort_##T = {                                       \
        .gm = {.size = sizeof(gm_slice), .align = 8, .ptrdata = 8,             \
               .ptrmask = golib_mask_one, .name = "sort." #T, .kind = GM_KIND_SLICE, \
               .elem = &elemtype.gm},                                          \
        .elem = &elemtype, .methods = T##_methods, .nmethods = 3, .named = true}

SLICE_TYPE(IntSlice, gort_type_int);
SLICE_TYPE(StringSlice, gort_type_string);
SLICE_TYPE(Float64Slice, gort_type_float64);

/* ---- searching ---- */

/* The smallest i in [0, n) with ok(i) true (n if none); ok must be false
 * then true along the range. */
static int64_t search(int64_t n, bool (*ok)(const void *ctx, int64_t i), const void *ctx) {
    int64_t i = 0, j = n;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (!ok(ctx, h))
            i = h + 1;
        else
            j = h;
    }
    return i;
}

static bool closure_ok(const void *f, int64_t i) {
    return ((bool (*)(gort_func *, int64_t))((const gort_func *)f)->fn)((gort_func *)f, i);
}

int64_t go_sort_Search(int64_t n, gort_func *f) { return search(n, closure_ok, f); }

typedef struct search_key {
    gm_slice a;
    const void *x;
} search_key;

static bool int_at_least(const void *c, int64_t i) {
    const search_key *k = c;
    return ((const int64_t *)k->a.ptr)[i] >= *(const int64_t *)k->x;
}

static bool string_at_least(const void *c, int64_t i) {
    const search_key *k = c;
    return gm_string_compare(((const gm_string *)k->a.ptr)[i], *(const gm_string *)k->x) >= 0;
}

int64_t go_sort_SearchInts(gm_slice a, int64_t x) {
    return search(a.len, int_at_least, &(search_key){a, &x});
}

int64_t go_sort_SearchStrings(gm_slice a, gm_string x) {
    return search(a.len, string_at_least, &(search_key){a, &x});
}
