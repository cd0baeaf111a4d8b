/*
 * layout.c — gm_print_layout shows the program's memory as the runtime sees
 * it: lines for text, data, bss and the heap, and one stack per registered
 * thread, with hex addresses (0x-prefixed or bare, at least 8 digits).  The
 * ranges (two hex addresses on a line) must hold the right things: main() in
 * text, an initialised global in data, a zero global in bss, a heap object
 * in the heap, and a local variable of each of 4 threads (main, 2 started
 * with gm_go, 1 attached pthread) in a stack line.
 */
#include <ctype.h>
#include <pthread.h>
#include "testutil.h"

int data_var = 12345;
int bss_var;

enum { NTHREADS = 3 };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, done;
static uintptr_t local_addr[NTHREADS + 1];

static void park(int idx) {
    volatile int local = idx;
    pthread_mutex_lock(&mu);
    local_addr[idx] = (uintptr_t)&local;
    ready++;
    test_cond_broadcast(&cv);
    while (!done) pthread_cond_wait(&cv, &mu);
    ready--;
    test_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    (void)local;
}

static void go_fn(void *arg) { park((int)(intptr_t)arg); }
static void *pthread_fn(void *arg) {
    gm_thread_attach();
    park((int)(intptr_t)arg);
    return NULL;
}

/* The hex addresses on a line: runs of at least 8 hex digits, with or
 * without a 0x prefix (so "0x7f00..." and "00007f00...-00007f01..." both
 * count; sizes like "8.0" and thread ids do not). */
static int hex_numbers(const char *line, uintptr_t *out, int max) {
    int n = 0;
    const char *p = line;
    while (*p && n < max) {
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
        size_t len = strspn(p, "0123456789abcdefABCDEF");
        if (len >= 8 && !isalnum((unsigned char)p[len]) && (p == line || !isalnum((unsigned char)p[-1]) ||
                                                            p[-1] == 'x' || p[-1] == 'X'))
            out[n++] = (uintptr_t)strtoull(p, NULL, 16);
        p += len ? len : 1;
    }
    return n;
}

/* Does some line containing word (case-insensitive) hold two hex numbers
 * lo < hi with lo <= addr < hi? */
static int line_has_range(const char *text, const char *word, uintptr_t addr) {
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char line[1024], lower[1024];
        snprintf(line, sizeof line, "%.*s", (int)len, p);
        for (size_t i = 0; i <= strlen(line); i++) lower[i] = (char)tolower((unsigned char)line[i]);
        if (strstr(lower, word)) {
            uintptr_t nums[16];
            int n = hex_numbers(line, nums, 16);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (nums[i] < nums[j] && nums[i] <= addr && addr < nums[j]) return 1;
        }
        p += len + (nl ? 1 : 0);
    }
    return 0;
}

/* Lines that contain word and at least one hex address. */
static int count_lines_with(const char *text, const char *word) {
    int n = 0;
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char lower[1024];
        uintptr_t nums[4];
        snprintf(lower, sizeof lower, "%.*s", (int)len, p);
        for (char *c = lower; *c; c++) *c = (char)tolower((unsigned char)*c);
        if (strstr(lower, word) && hex_numbers(lower, nums, 4) > 0) n++;
        p += len + (nl ? 1 : 0);
    }
    return n;
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();
    watchdog(60);
    void *heap_obj = gm_alloc(100);
    bss_var = 1;

    pthread_t pt;
    CHECK_EQ(gm_go(go_fn, (void *)(intptr_t)1), 0);
    CHECK_EQ(gm_go(go_fn, (void *)(intptr_t)2), 0);
    CHECK_EQ(pthread_create(&pt, NULL, pthread_fn, (void *)(intptr_t)3), 0);
    pthread_mutex_lock(&mu);
    while (ready < NTHREADS) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    volatile int main_local = 0;
    local_addr[0] = (uintptr_t)&main_local;

    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    CHECK(f != NULL);
    gm_print_layout(f);
    fclose(f);
    printf("%s", text);

    char *lower = strdup(text);
    for (char *c = lower; *c; c++) *c = (char)tolower((unsigned char)*c);
    CHECK_CONTAINS(lower, "text");
    CHECK_CONTAINS(lower, "data");
    CHECK_CONTAINS(lower, "bss");
    CHECK_CONTAINS(lower, "heap");
    CHECK_CONTAINS(lower, "stack");
    CHECK_GE(count_lines_with(text, "stack"), NTHREADS + 1);

    CHECK_MSG(line_has_range(text, "text", (uintptr_t)&main), "main at %p", (void *)&main);
    CHECK_MSG(line_has_range(text, "data", (uintptr_t)&data_var), "data_var at %p", (void *)&data_var);
    CHECK_MSG(line_has_range(text, "bss", (uintptr_t)&bss_var), "bss_var at %p", (void *)&bss_var);
    CHECK_MSG(line_has_range(text, "heap", (uintptr_t)heap_obj) ||
              line_has_range(text, "arena", (uintptr_t)heap_obj), "heap object at %p", heap_obj);
    for (int i = 0; i <= NTHREADS; i++)
        CHECK_MSG(line_has_range(text, "stack", local_addr[i]), "thread %d local at %p", i,
                  (void *)local_addr[i]);

    pthread_mutex_lock(&mu);
    done = 1;
    test_cond_broadcast(&cv);
    while (ready > 0) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    pthread_join(pt, NULL);
    free(lower);
    free(text);
    CHECK_EQ(data_var + bss_var + main_local, 12346);
    return check_done();
}
