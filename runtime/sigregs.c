/*
 * sigregs.c — what a thread stopped by the stop signal holds: its
 * registers and where its live stack begins.
 *
 * A conservative collector must see every word the interrupted code may
 * use: the general registers, the vector registers (memcpy and vectorised
 * loops move pointers through xmm/ymm/zmm registers) and the stack from
 * the interrupted stack pointer up, red zone included.  Scanning from the
 * handler's own frame instead would also cover the signal frame the kernel
 * built below the interrupted code, and the parts of it the kernel did not
 * write this time (padding, register components in their initial state)
 * still hold words of earlier, deeper calls: stale pointers that keep
 * garbage alive (tests/runtime's sweep saw a dozen dead objects retained
 * that way).  So on x86-64 the registers are copied out of the ucontext —
 * the vector components only when the XSAVE header says the kernel wrote
 * them; a component in its initial state is all zero and holds no pointer —
 * and the scan starts at the interrupted rsp minus the 128-byte red zone.
 *
 * Invariants: every register of the interrupted context that can hold a
 * pointer lands in regs[0, GM_SAVED_REG_WORDS) or the stack range; when
 * the context cannot be read with certainty (no XSAVE header where one is
 * expected, a sanitizer that delivers signals late with a copied context,
 * another architecture) the scan falls back to the handler's frame, which
 * covers the whole signal frame — more retention, never less.
 */
#include "runtime.h"
#include <string.h>
#include <ucontext.h>
#if defined(__x86_64__)
#include <cpuid.h>
#endif

/* ThreadSanitizer runs handlers late, with a copy of the context taken
 * when the signal came: the thread has moved on since, so its rsp is no
 * bound of the live stack. gcc says so with __SANITIZE_THREAD__, clang
 * with __has_feature. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GM_UNDER_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define GM_UNDER_TSAN 1
#endif
#if defined(__x86_64__) && !defined(GM_UNDER_TSAN)
#define PRECISE_SIGNAL_CONTEXT 1
#endif

#ifdef PRECISE_SIGNAL_CONTEXT
/* Layout of the FXSAVE/XSAVE image the kernel puts in the signal frame. */
enum {
    FX_XMM_OFFSET = 160,           /* xmm0..15, 16 bytes each */
    FX_SW_RESERVED_OFFSET = 464,   /* struct _fpx_sw_bytes */
    XSAVE_HEADER_OFFSET = 512,     /* XSTATE_BV: which components were saved */
    XSTATE_MAGIC1 = 0x46505853u,   /* "FPXS": an XSAVE image follows */
    XCOMP_SSE = 1, XCOMP_YMM_HI = 2, XCOMP_ZMM_HI256 = 6, XCOMP_HI16_ZMM = 7,
};

struct sw_bytes {                  /* the kernel's struct _fpx_sw_bytes */
    uint32_t magic1, extended_size;
    uint64_t xfeatures;
    uint32_t xstate_size;
};

/* Offset and size of each XSAVE component in the standard (non-compacted)
 * format signal frames use, from CPUID leaf 0xD; size 0: not supported. */
static struct { uint32_t offset, size; } xcomp[8];

void sigregs_init(void) {
    unsigned eax, ebx, ecx, edx;
    for (unsigned c = XCOMP_YMM_HI; c <= XCOMP_HI16_ZMM; c++) {
        if (c != XCOMP_YMM_HI && c != XCOMP_ZMM_HI256 && c != XCOMP_HI16_ZMM) continue;
        if (__get_cpuid_count(0xD, c, &eax, &ebx, &ecx, &edx) && eax != 0) {
            xcomp[c].size = eax;
            xcomp[c].offset = ebx;
        }
    }
}

/* Copy a saved register area into regs at *n (bounded by the array). */
static void copy_words(uintptr_t *regs, int *n, const char *from, uint32_t bytes) {
    int words = (int)(bytes / sizeof(uintptr_t));
    if (*n + words > GM_SAVED_REG_WORDS) words = GM_SAVED_REG_WORDS - *n;
    if (words <= 0) return;
    memcpy(&regs[*n], from, (size_t)words * sizeof(uintptr_t));
    *n += words;
}

/* The vector registers; false if the image cannot be trusted. */
static bool save_vector_regs(uintptr_t *regs, int *n, const ucontext_t *uc) {
    const char *fx = (const char *)uc->uc_mcontext.fpregs;
    if (fx == NULL) return false;
    struct sw_bytes sw;
    memcpy(&sw, fx + FX_SW_RESERVED_OFFSET, sizeof sw);
    if (sw.magic1 != XSTATE_MAGIC1) {   /* plain FXSAVE: xmm always written */
        copy_words(regs, n, fx + FX_XMM_OFFSET, 16 * 16);
        return true;
    }
    if (sw.xstate_size < XSAVE_HEADER_OFFSET + 64 || sw.xstate_size > 64 * 1024) return false;
    uint64_t bv;
    memcpy(&bv, fx + XSAVE_HEADER_OFFSET, sizeof bv);
    if (bv & (1u << XCOMP_SSE)) copy_words(regs, n, fx + FX_XMM_OFFSET, 16 * 16);
    static const unsigned wide[] = {XCOMP_YMM_HI, XCOMP_ZMM_HI256, XCOMP_HI16_ZMM};
    for (unsigned i = 0; i < sizeof wide / sizeof wide[0]; i++) {
        unsigned c = wide[i];
        if (!(bv & ((uint64_t)1 << c))) continue;          /* initial state: zeros */
        if (xcomp[c].size == 0 || xcomp[c].offset + xcomp[c].size > sw.xstate_size) return false;
        copy_words(regs, n, fx + xcomp[c].offset, xcomp[c].size);
    }
    return true;
}
#else
void sigregs_init(void) {}
#endif

uintptr_t sigregs_save(gm_thread *t, void *uctx, uintptr_t handler_sp) {
    ucontext_t *uc = uctx;
    memset(t->regs, 0, sizeof t->regs);
#if defined(__x86_64__)
    int n = 0;
    for (int i = 0; i < NGREG && n < 32; i++) t->regs[n++] = (uintptr_t)uc->uc_mcontext.gregs[i];
#ifdef PRECISE_SIGNAL_CONTEXT
    n = 32;
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP] - 128;   /* red zone */
    if (save_vector_regs(t->regs, &n, uc) && sp > handler_sp && sp >= t->stack_lo &&
        sp < t->stack_hi)
        return sp;
#endif
#elif defined(__aarch64__)
    for (int i = 0; i < 31; i++) t->regs[i] = (uintptr_t)uc->uc_mcontext.regs[i];
#else
    (void)uc;
#endif
    return handler_sp;   /* the whole signal frame, vector state included */
}
