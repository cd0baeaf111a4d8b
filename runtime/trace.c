/*
 * trace.c — GOMEMTRACE=path: a timeline of the collector in Chrome's
 * trace-event JSON (array format), which Perfetto and chrome://tracing open.
 *
 * Events: each cycle as a span on the "GC" track with its phases (sweep
 * termination, concurrent mark, mark termination), each stop-the-world
 * pause on the "STW" track, and counters for the live heap and the goal.
 * Events are formatted on the stack and written with write(2): no malloc,
 * no stdio, so they are safe while the world is stopped.  The closing "]"
 * is optional in this format, so a program that dies still leaves a file
 * the viewers open.
 */
#include "runtime.h"
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int trace_fd = -1;
static pthread_mutex_t trace_lock = PTHREAD_MUTEX_INITIALIZER;
static bool first_event = true;

void trace_init(void) {
    const char *path = getenv("GOMEMTRACE");
    if (path == NULL || *path == 0) return;
    trace_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (trace_fd < 0) {
        gm_print_err("gomem: GOMEMTRACE: cannot open %s\n", path);
        return;
    }
    const char *head = "[\n";
    if (write(trace_fd, head, strlen(head)) < 0) trace_fd = -1;
}

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...) {
    if (trace_fd < 0) return;
    char buf[600];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + 2, sizeof buf - 3, fmt, ap);
    va_end(ap);
    if (n < 0 || n > (int)sizeof buf - 4) return;
    buf[0] = ',';
    buf[1] = '\n';
    pthread_mutex_lock(&trace_lock);
    const char *p = first_event ? buf + 2 : buf;
    size_t len = (size_t)n + (first_event ? 0 : 2);
    first_event = false;
    if (write(trace_fd, p, len) < 0) trace_fd = -1;
    pthread_mutex_unlock(&trace_lock);
}

static double us(uint64_t ns) {
    return (double)(ns - (uint64_t)gm_gc_state.start_ns) / 1000.0;
}

void trace_event_pause(uint64_t ns) {
    uint64_t end = now_ns();
    emit("{\"name\":\"stop the world\",\"ph\":\"X\",\"pid\":1,\"tid\":\"STW\",\"ts\":%.3f,\"dur\":%.3f}",
         us(end - ns), (double)ns / 1000.0);
}

void trace_event_phase(const char *name, uint64_t at) {
    emit("{\"name\":\"%s\",\"ph\":\"i\",\"s\":\"p\",\"pid\":1,\"tid\":\"GC\",\"ts\":%.3f}",
         name, us(at));
}

void trace_event_cycle(uint32_t n, uint64_t marked) {
    gc_state *g = &gm_gc_state;
    emit("{\"name\":\"GC %u\",\"ph\":\"X\",\"pid\":1,\"tid\":\"GC\",\"ts\":%.3f,\"dur\":%.3f,"
         "\"args\":{\"marked\":%llu,\"goal\":%llu,\"forced\":%s}}",
         n, us(g->t_start), (double)(g->t_end - g->t_start) / 1000.0,
         (unsigned long long)marked, (unsigned long long)g->goal, g->cycle_forced ? "true" : "false");
    emit("{\"name\":\"sweep termination\",\"ph\":\"X\",\"pid\":1,\"tid\":\"GC phases\",\"ts\":%.3f,\"dur\":%.3f}",
         us(g->t_start), (double)g->stw1_ns / 1000.0);
    if (g->t_markterm > g->t_mark)
        emit("{\"name\":\"concurrent mark\",\"ph\":\"X\",\"pid\":1,\"tid\":\"GC phases\",\"ts\":%.3f,"
             "\"dur\":%.3f,\"args\":{\"assist_cpu_ms\":%.3f,\"worker_cpu_ms\":%.3f,\"idle_cpu_ms\":%.3f}}",
             us(g->t_mark), (double)(g->t_markterm - g->t_mark) / 1000.0,
             atomic_load(&g->assist_cpu_ns) / 1e6, atomic_load(&g->worker_cpu_ns) / 1e6,
             atomic_load(&g->idle_cpu_ns) / 1e6);
    emit("{\"name\":\"mark termination\",\"ph\":\"X\",\"pid\":1,\"tid\":\"GC phases\",\"ts\":%.3f,\"dur\":%.3f}",
         us(g->t_markterm), (double)(g->t_end - g->t_markterm) / 1000.0);
    emit("{\"name\":\"heap\",\"ph\":\"C\",\"pid\":1,\"ts\":%.3f,\"args\":{\"live_at_trigger\":%llu,"
         "\"live_at_mark_termination\":%llu,\"marked\":%llu,\"goal\":%llu}}",
         us(g->t_end), (unsigned long long)g->live_at_trigger,
         (unsigned long long)g->live_at_markterm, (unsigned long long)marked,
         (unsigned long long)g->goal);
}
