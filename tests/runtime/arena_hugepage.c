/*
 * arena_hugepage.c — the heap arena's transparent-huge-page policy
 * (runtime/meta.c): read back from the kernel's VmFlags in /proc/self/smaps
 * ("hg" = MADV_HUGEPAGE, "nh" = MADV_NOHUGEPAGE).  The policy is checked
 * with GODEBUG=disablethp=0 (set by CTest); by default nothing is advised.
 *
 *   - the arena's first 64 MiB (where a small heap lives) is never advised;
 *   - a large heap above it is advised "hg" (when the kernel has THP);
 *   - memory the scavenger released is "nh" (so khugepaged cannot fill it
 *     in again) and has left the resident set;
 *   - with a memory limit (GOMEMLIMIT), with GODEBUG=disablethp=1 and with
 *     no GODEBUG at all (the default), nothing is advised (each checked in a
 *     child).
 * Without THP in the kernel (no /sys/kernel/mm/transparent_hugepage) only
 * the first and the last hold, and the rest is skipped.
 */
#include "make_check.h"

enum { BLOCK = 1 << 20, NBLOCKS = 256 };

static char **blocks;      /* NBLOCKS live 1 MiB objects, rooted here */

static bool thp_available(void) {
    FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    char line[128] = "";
    if (!f)
        return false;
    if (!fgets(line, sizeof line, f))
        line[0] = 0;
    fclose(f);
    return strstr(line, "[never]") == NULL && line[0] != 0;
}

/* The VmFlags of the mapping holding addr ("" if none). */
static void vma_flags(const void *addr, char *out, size_t n) {
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[512];
    bool inside = false;
    out[0] = 0;
    CHECK(f != NULL);
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' '))
            inside = (uintptr_t)addr >= lo && (uintptr_t)addr < hi;
        else if (inside && strncmp(line, "VmFlags:", 8) == 0) {
            snprintf(out, n, "%s", line + 8);
            break;
        }
    }
    fclose(f);
}

static bool has_flag(const void *addr, const char *flag) {
    char flags[512], want[8];
    vma_flags(addr, flags, sizeof flags);
    snprintf(want, sizeof want, " %s", flag);
    return strstr(flags, want) != NULL;
}

static long rss_mib(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, rss = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &rss) != 2)
            rss = 0;
        fclose(f);
    }
    return rss * sysconf(_SC_PAGESIZE) >> 20;
}

/* The first heap object sits at the start of the arena (the page heap
 * hands out low addresses first). */
static uintptr_t arena_start(void) {
    return (uintptr_t)gm_test_object_base(gm_alloc_noscan(16));
}

static void fill_heap(void) {
    blocks = gm_alloc(sizeof(char *) * NBLOCKS);
    for (int i = 0; i < NBLOCKS; i++) {
        char *b = gm_alloc_noscan(BLOCK);
        memset(b, 1, BLOCK);
        gm_store((void **)&blocks[i], b);
    }
}

static void test_policy(void) {
    uintptr_t start = arena_start();
    fill_heap();
    bool thp = thp_available();
    char *high = NULL;
    int low = 0, advised = 0;
    for (int i = 0; i < NBLOCKS; i++) {
        uintptr_t off = (uintptr_t)blocks[i] - start;
        if (off < (60u << 20)) {               /* the first 64 MiB: never */
            low++;
            CHECK_MSG(!has_flag(blocks[i], "hg"), "block at arena offset %zu MiB advised",
                      (size_t)(off >> 20));
        } else if (off > (70u << 20) && thp) { /* above: advised */
            advised++;
            CHECK_MSG(has_flag(blocks[i], "hg"), "block at arena offset %zu MiB not advised",
                      (size_t)(off >> 20));
            high = blocks[i];
        }
    }
    CHECK_GT(low, 32);
    if (!thp) {
        printf("no transparent huge pages in this kernel: advice not checked\n");
        return;
    }
    CHECK_GT(advised, 64);
    long before = rss_mib();
    for (int i = 0; i < NBLOCKS; i++)
        gm_store((void **)&blocks[i], NULL);
    for (int i = 0; i < 4; i++)
        gm_gc();                           /* free, then scavenge (a cycle later) */
    CHECK_MSG(has_flag(high, "nh"), "released memory is not advised MADV_NOHUGEPAGE");
    CHECK_MSG(!has_flag(high, "hg"), "released memory is still advised MADV_HUGEPAGE");
    CHECK_MSG(before - rss_mib() >= NBLOCKS / 2, "RSS %ld MiB -> %ld MiB after release",
              before, rss_mib());
}

static int child(const char *mode) {
    gm_init();
    if (!strcmp(mode, "limit") || !strcmp(mode, "disablethp") || !strcmp(mode, "default")) {
        uintptr_t start = arena_start();
        fill_heap();
        for (int i = 0; i < NBLOCKS; i++)
            if ((uintptr_t)blocks[i] - start > (70u << 20) && has_flag(blocks[i], "hg")) {
                printf("advised with %s\n", mode);
                return 1;
            }
        printf("not advised\n");
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) return child(argv[1]);
    check_set_name(argv[0]);
    gm_init();
    test_policy();
    const char *env[] = {"GOMEMLIMIT=1GiB", NULL};
    child_result r = run_self("limit", NULL, env, 60);
    CHECK_MSG(child_exited(&r, 0) && strstr(r.out, "not advised"), "with GOMEMLIMIT: %s", r.out);
    child_free(&r);
    const char *env2[] = {"GODEBUG=disablethp=1", NULL};
    r = run_self("disablethp", NULL, env2, 60);
    CHECK_MSG(child_exited(&r, 0) && strstr(r.out, "not advised"), "with disablethp=1: %s", r.out);
    child_free(&r);
    const char *env3[] = {"GODEBUG=", NULL};
    r = run_self("default", NULL, env3, 60);
    CHECK_MSG(child_exited(&r, 0) && strstr(r.out, "not advised"), "by default: %s", r.out);
    child_free(&r);
    return check_done();
}
