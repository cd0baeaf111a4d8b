/*
 * stopsignal.c — the signal that stops threads is configurable
 * (GOMEM_STOPSIGNAL=<number or name>), so a program that uses the default
 * one (SIGPWR) for itself keeps it.  Modes (argv[1]):
 *   name    GOMEM_STOPSIGNAL=SIGUSR2 (set by CTest);
 *   number  GOMEM_STOPSIGNAL=10 (SIGUSR1 on Linux);
 * the program installs its own SIGPWR handler before gm_init; collections
 * with several registered threads work; its handler runs exactly as many
 * times as the program raised SIGPWR (never for the runtime); the handler
 * is still installed afterwards; the configured signal has a handler.
 *   default no GOMEM_STOPSIGNAL: the runtime handles SIGPWR itself.
 */
#include <pthread.h>
#include "testutil.h"

static volatile sig_atomic_t pwr_count;
static void on_pwr(int sig) {
    (void)sig;
    pwr_count++;
}

static volatile int stop_threads, running;
static void busy(void *arg) {
    (void)arg;
    __atomic_fetch_add(&running, 1, __ATOMIC_RELAXED);
    void *volatile keep = gm_alloc(1000);
    fill_pattern(keep, 1000, 9);
    while (!__atomic_load_n(&stop_threads, __ATOMIC_ACQUIRE)) {
        for (int i = 0; i < 100; i++) (void)gm_alloc(64);
        usleep(100);
    }
    if (!pattern_ok(keep, 1000, 9)) abort();
    __atomic_fetch_sub(&running, 1, __ATOMIC_RELEASE);
}

static void *attached(void *arg) {
    gm_thread_attach();
    busy(arg);
    return NULL;
}

static int handler_is(int sig, void (*h)(int)) {
    struct sigaction sa;
    sigaction(sig, NULL, &sa);
    return sa.sa_handler == h;
}

static void run_collections(void) {
    pthread_t pt;
    CHECK_EQ(gm_go(busy, NULL), 0);
    CHECK_EQ(gm_go(busy, NULL), 0);
    CHECK_EQ(pthread_create(&pt, NULL, attached, NULL), 0);
    while (__atomic_load_n(&running, __ATOMIC_RELAXED) < 3) usleep(1000);
    for (int i = 0; i < 50; i++) collect();
    __atomic_store_n(&stop_threads, 1, __ATOMIC_RELEASE);
    pthread_join(pt, NULL);
    while (__atomic_load_n(&running, __ATOMIC_ACQUIRE) > 0) usleep(1000);
}

static int mode_configured(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_pwr;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    CHECK_EQ(sigaction(SIGPWR, &sa, NULL), 0);

    gm_init();
    CHECK(handler_is(SIGPWR, on_pwr));
    run_collections();
    CHECK_MSG(pwr_count == 0, "the program's SIGPWR handler ran %d times during collections",
              (int)pwr_count);
    CHECK(handler_is(SIGPWR, on_pwr));
    for (int i = 0; i < 5; i++) raise(SIGPWR);
    CHECK_EQ(pwr_count, 5);
    struct sigaction cur;
    sigaction(sig, NULL, &cur);
    CHECK_MSG(cur.sa_handler != SIG_DFL && cur.sa_handler != SIG_IGN,
              "no handler on the configured stop signal %d", sig);
    collect();
    CHECK_EQ(pwr_count, 5);
    return check_done();
}

static int mode_default(void) {
    gm_init();
    run_collections();
    struct sigaction cur;
    sigaction(SIGPWR, NULL, &cur);
    CHECK_MSG(cur.sa_handler != SIG_DFL && cur.sa_handler != SIG_IGN,
              "the runtime installed no SIGPWR handler by default");
    return check_done();
}

int main(int argc, char **argv) {
    check_set_name(argv[0]);
    watchdog(60);
    const char *mode = argc > 1 ? argv[1] : "default";
    if (strcmp(mode, "name") == 0) {
        CHECK(getenv("GOMEM_STOPSIGNAL") && strcmp(getenv("GOMEM_STOPSIGNAL"), "SIGUSR2") == 0);
        return mode_configured(SIGUSR2);
    }
    if (strcmp(mode, "number") == 0) {
        CHECK(getenv("GOMEM_STOPSIGNAL") && atoi(getenv("GOMEM_STOPSIGNAL")) == SIGUSR1);
        return mode_configured(SIGUSR1);
    }
    CHECK(getenv("GOMEM_STOPSIGNAL") == NULL);
    return mode_default();
}
