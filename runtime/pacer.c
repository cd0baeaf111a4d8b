/*
 * pacer.c — the runtime's settings and the heap goal.
 *
 * Settings are read once from the environment with Go's names and syntax:
 *   GOGC=<int>|off        percent of the live heap to allocate before the
 *                         next cycle (default 100)
 *   GOMEMLIMIT=<n>[B|KiB|MiB|GiB|TiB]|off   soft memory limit
 *   GOMAXPROCS=<n>        processors the collector may use (default: CPUs)
 *   GODEBUG=gctrace=1,gccheckmark=1,gcstoptheworld=1,gcstopsignal=<sig>,
 *           disablethp=0 (huge pages for the heap; Go 1.21.6's setting, whose
 *           default here is 1: see meta.c)
 *   GOMEM_STOPSIGNAL=<number|SIGNAME>   the signal that stops threads
 *
 * Heap goal (Go's): heap_marked × (1 + GOGC/100), at least 4 MiB × GOGC/100,
 * lowered to what GOMEMLIMIT leaves for the heap.  In this stop-the-world
 * collector the trigger is the goal itself.
 */
#include "runtime.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

gm_settings gm_config = { .gogc = 100, .memory_limit = INT64_MAX, .gomaxprocs = 1,
                          .disablethp = 1 };

uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t thread_cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t process_cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Go's GOGC syntax: an integer, or "off". */
static int parse_gogc(const char *s) {
    if (s == NULL || *s == 0) return 100;
    if (strcmp(s, "off") == 0) return -1;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end != 0) return 100;
    return v < 0 ? -1 : (int)(v > 1000000 ? 1000000 : v);
}

/* Go's GOMEMLIMIT syntax: bytes with an optional B, KiB, MiB, GiB, TiB. */
int64_t gm_parse_memory_limit(const char *s) {
    if (s == NULL || *s == 0 || strcmp(s, "off") == 0) return INT64_MAX;
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) return -1;
    static const struct { const char *suffix; double mult; } units[] = {
        { "", 1 }, { "B", 1 }, { "KiB", 1024.0 }, { "MiB", 1048576.0 },
        { "GiB", 1073741824.0 }, { "TiB", 1099511627776.0 },
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(end, units[i].suffix) == 0) {
            double b = v * units[i].mult;
            return b >= 9.2e18 ? INT64_MAX : (int64_t)b;
        }
    return -1;
}

static int parse_signal(const char *s) {
    if (s == NULL || *s == 0) return 0;
    if (isdigit((unsigned char)*s)) return atoi(s);
    if (strncmp(s, "SIG", 3) == 0) s += 3;
    static const struct { const char *name; int sig; } names[] = {
        { "PWR", SIGPWR }, { "XCPU", SIGXCPU }, { "USR1", SIGUSR1 },
        { "USR2", SIGUSR2 }, { "XFSZ", SIGXFSZ }, { "PROF", SIGPROF },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) return names[i].sig;
    if (strncmp(s, "RTMIN+", 6) == 0) return SIGRTMIN + atoi(s + 6);
    return 0;
}

static void parse_godebug(const char *s) {
    if (s == NULL) return;
    char buf[512];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        char *eq = strchr(tok, '=');
        if (eq == NULL) continue;
        *eq = 0;
        const char *v = eq + 1;
        if (strcmp(tok, "gctrace") == 0) gm_config.gctrace = atoi(v);
        else if (strcmp(tok, "gccheckmark") == 0) gm_config.gccheckmark = atoi(v);
        else if (strcmp(tok, "gcstoptheworld") == 0) gm_config.gcstoptheworld = atoi(v);
        else if (strcmp(tok, "disablethp") == 0) gm_config.disablethp = atoi(v);
        else if (strcmp(tok, "gcstopsignal") == 0 && parse_signal(v) > 0)
            gm_stop_signal = parse_signal(v);
    }
}

void settings_init(void) {
    gm_config.gogc = parse_gogc(getenv("GOGC"));
    int64_t lim = gm_parse_memory_limit(getenv("GOMEMLIMIT"));
    gm_config.memory_limit = lim < 0 ? INT64_MAX : lim;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    gm_config.gomaxprocs = ncpu > 0 ? (int)ncpu : 1;
    const char *p = getenv("GOMAXPROCS");
    if (p && atoi(p) > 0) gm_config.gomaxprocs = atoi(p);
    int sig = parse_signal(getenv("GOMEM_STOPSIGNAL"));
    if (sig > 0) gm_stop_signal = sig;
    parse_godebug(getenv("GODEBUG"));
    gm_gc_state.cons_mark = 0.2;        /* until a cycle has measured it */
    pacer_commit(0);
}

/* Go's GC CPU limiter, simplified: the collector's share of the CPU over
 * the last second or more.  When a memory limit cannot be kept (the live
 * heap is near it), collecting back to back would take all the CPU (the
 * "death spiral"); past 50% the limit gives way instead and the heap grows
 * over it, as in Go, and the runtime says so once. */
static double recent_gc_cpu_fraction(void) {
    static uint64_t win_start, win_cpu;
    uint64_t now = now_ns(), cpu = gm_gc_state.gc_cpu_ns + gm_gc_state.gc_stalled_ns;
    if (win_start == 0) { win_start = now; win_cpu = cpu; return 0; }
    uint64_t wall = now - win_start;
    double frac = wall ? (double)(cpu - win_cpu) / ((double)wall * gm_config.gomaxprocs) : 0;
    if (wall > 2000000000u) { win_start = now - wall / 2; win_cpu = cpu - (cpu - win_cpu) / 2; }
    return wall > 200000000u ? frac : 0;
}

/* Heap bytes the memory limit leaves, or UINT64_MAX without a limit. */
static uint64_t limit_goal(uint64_t heap_marked) {
    if (gm_config.memory_limit == INT64_MAX) return UINT64_MAX;
    uint64_t limit = (uint64_t)gm_config.memory_limit;
    uint64_t nonheap = meta_sys_bytes();
    uint64_t goal = limit > nonheap + (1 << 20) ? limit - nonheap - (1 << 20) : (1 << 20);
    if (goal < heap_marked) goal = heap_marked;
    if (goal < heap_marked + heap_marked / 16 && recent_gc_cpu_fraction() > 0.5) {
        static bool said;
        if (!said) {
            said = true;
            gm_print_err("gomem: the memory limit (%lld MiB) cannot be kept: %llu MiB are live; "
                         "the collector is capped at 50%% of the CPU and the heap grows past "
                         "the limit\n", (long long)(limit >> 20),
                         (unsigned long long)(heap_marked >> 20));
        }
        goal = heap_marked + heap_marked / 4 + (4 << 20);
    }
    return goal;
}

/* The next goal and trigger.  The trigger leaves room (the runway) for
 * what the mutators will allocate while marking: last cycles' bytes
 * allocated per byte scanned (cons/mark) times the scan work expected,
 * clamped, as in Go, to 70%..95% of the way from the live heap to the goal.
 * With the whole mark in one pause the trigger is the goal. */
void pacer_commit(uint64_t heap_marked) {
    gc_state *g = &gm_gc_state;
    uint64_t goal = UINT64_MAX;
    if (gm_config.gogc >= 0) {
        goal = heap_marked + heap_marked * (uint64_t)gm_config.gogc / 100;
        uint64_t min = ((uint64_t)4 << 20) * (uint64_t)gm_config.gogc / 100;
        if (goal < min) goal = min;
    }
    uint64_t lg = limit_goal(heap_marked);
    if (lg < goal) goal = lg;
    g->goal = goal;
    uint64_t trigger = goal;
    if (!gm_config.gcstoptheworld && goal != UINT64_MAX) {
        uint64_t span = goal - (goal > heap_marked ? heap_marked : goal);
        double scan = (double)(g->last_scan_work ? g->last_scan_work : heap_marked);
        double runway = g->cons_mark * scan;
        uint64_t lo = heap_marked + span * 7 / 10, hi = heap_marked + span * 95 / 100;
        trigger = runway >= (double)goal ? lo : goal - (uint64_t)runway;
        if (trigger < lo) trigger = lo;
        if (trigger > hi) trigger = hi;
    }
    atomic_store(&g->trigger, trigger);
}

/* A large allocation (at least PACER_LARGE_MIN bytes) made while marking,
 * or the jump past the trigger that started a cycle late: without a
 * memory limit, the cycle's goal moves up by its size.  Otherwise the
 * thread would be held at the goal for the rest of the mark for one
 * allocation it asked for (a map growing to a 256 MiB table waited 245 ms
 * in map_bench growth at 10^7 entries) and holding it gives no memory
 * back; Go charges such an allocation assist work instead.  The small
 * allocations that follow are held at the goal as before. */
void pacer_large_alloc(uint64_t bytes) {
    if (bytes < PACER_LARGE_MIN || atomic_load(&gm_config.memory_limit) != INT64_MAX ||
        atomic_load(&gm_gc_state.goal) == UINT64_MAX)
        return;
    atomic_fetch_add(&gm_gc_state.goal, bytes);
}

/* STW #1: scan work owed per allocated byte until the goal (Go's assist
 * ratio): the work expected, over the heap left before the goal. */
void pacer_start_cycle(void) {
    gc_state *g = &gm_gc_state;
    uint64_t live = atomic_load(&g->heap_live), trigger = atomic_load(&g->trigger);
    if (live > trigger)
        pacer_large_alloc(live - trigger);
    double expected = (double)(g->last_scan_work ? g->last_scan_work : g->heap_marked + (1 << 20));
    double runway = g->goal > live + (64 << 10) ? (double)(g->goal - live) : (double)(64 << 10);
    g->assist_ratio = expected / runway;
}

/* STW #2: learn how fast the mutators allocate relative to marking. */
void pacer_end_cycle(uint64_t marked) {
    gc_state *g = &gm_gc_state;
    (void)marked;
    uint64_t scan = atomic_load(&g->scan_work);
    uint64_t live = atomic_load(&g->heap_live);
    uint64_t alloc = live > g->live_at_trigger ? live - g->live_at_trigger : 0;
    if (scan > 0) {
        double c = (double)alloc / (double)scan;
        g->cons_mark = g->cons_mark == 0 ? c : 0.5 * g->cons_mark + 0.5 * c;
    }
    g->last_scan_work = scan;
}

int gm_set_gc_percent(int percent) {
    runtime_lock_blocking(&gm_gc_state.lock);
    int old = gm_config.gogc;
    gm_config.gogc = percent < 0 ? -1 : percent;
    pacer_commit(gm_gc_state.heap_marked);
    pthread_mutex_unlock(&gm_gc_state.lock);
    return old;
}

int64_t gm_set_memory_limit(int64_t bytes) {
    runtime_lock_blocking(&gm_gc_state.lock);
    int64_t old = gm_config.memory_limit;
    if (bytes >= 0) {
        gm_config.memory_limit = bytes;
        pacer_commit(gm_gc_state.heap_marked);
    }
    pthread_mutex_unlock(&gm_gc_state.lock);
    return old;
}
