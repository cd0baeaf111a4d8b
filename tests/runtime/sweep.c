/*
 * sweep.c — sweeping frees exactly the garbage.  For several size classes
 * and large objects: allocate objects, keep every other one reachable (from
 * a global table), forget the rest (their addresses are kept hidden); after
 * gm_gc every reachable object is still allocated with its contents intact,
 * and the unreachable ones are freed (at least 95 %, allowing for stale
 * conservative roots).  The memstats frees counter grows accordingly, the
 * heap verifier passes, and freed memory is handed out again.
 */
#include "testutil.h"

enum { N = 1000 };
static void *keep[N];            /* reachable half: a root in bss */
static uintptr_t lost[N];        /* unreachable half, hidden */

NOINLINE static void make_objects(size_t size, int kind, int n) {
    int gc_prev_ = gc_pause();
    for (int i = 0; i < n; i++) {
        void *a = kind ? gm_alloc_noscan(size) : gm_alloc(size);
        void *b = kind ? gm_alloc_noscan(size) : gm_alloc(size);
        fill_pattern(a, size, (uint64_t)i * 7 + size);
        gm_store(&keep[i], a);
        lost[i] = HIDE(b);
    }
    gc_resume(gc_prev_);
}

int main(int argc, char **argv) {
    (void)argc;
    check_set_name(argv[0]);
    gm_init();

    static const size_t sizes[] = {8, 32, 112, 1024, 3000, 16384, 32768, 40000, 200000};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        for (int kind = 0; kind < 2; kind++) {
            size_t size = sizes[s];
            int n = size > 32768 ? 100 : N;
            gm_memstats before, after;
            make_objects(size, kind, n);
            CHECK_EQ(count_allocated(lost, (size_t)n), n);
            gm_read_memstats(&before);
            collect();
            gm_read_memstats(&after);
            size_t live_lost = count_allocated(lost, (size_t)n);
            printf("size %6zu %s: %zu of %d unreachable objects survived\n", size,
                   kind ? "noscan" : "scan  ", live_lost, n);
            CHECK_MSG(live_lost <= (size_t)n / 20, "size %zu kind %d: %zu of %d garbage objects not freed",
                      size, kind, live_lost, n);
            CHECK_UGE(after.frees - before.frees, (uint64_t)(n - (int)live_lost));
            for (int i = 0; i < n; i++) {
                if (!gm_test_is_allocated(keep[i]))
                    CHECK_MSG(0, "size %zu kind %d: reachable object %d freed", size, kind, i);
                if (!pattern_ok(keep[i], size, (uint64_t)i * 7 + size))
                    CHECK_MSG(0, "size %zu kind %d: reachable object %d corrupted", size, kind, i);
            }
            check_pass_();
            CHECK_GT(verify_heap(), 0);

            /* The freed slots are reused: allocate again and see at least
             * some of the lost addresses come back (sweeping gave them
             * back to the allocator, not only cleared a bit). */
            size_t reused = 0;
            for (int i = 0; i < n; i++) {
                void *c = kind ? gm_alloc_noscan(size) : gm_alloc(size);
                for (int j = 0; j < n; j++)
                    if (UNHIDE(lost[j]) == c) { reused++; break; }
            }
            CHECK_MSG(reused > 0, "size %zu kind %d: no freed object was reused", size, kind);
            memset(keep, 0, sizeof keep);
            collect();
        }
    }

    /* Everything dropped (but one): one more collection leaves few objects. */
    gm_store(&keep[0], gm_alloc(8));
    collect();
    gm_memstats st;
    gm_read_memstats(&st);
    CHECK_ULE(st.heap_alloc, 4u << 20);
    CHECK_GT(verify_heap(), 0);
    return check_done();
}
