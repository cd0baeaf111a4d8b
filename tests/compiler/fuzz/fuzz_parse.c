/* fuzz_parse.c: libFuzzer target for the compiler's front end. Each input
 * is one Go source file; it is lexed, parsed and dumped (to a null stream)
 * in a fresh arena; when it parses without error it is also type-checked;
 * its errors are sorted and formatted. The target checks that this never
 * crashes, never hangs, never leaks (ASAN's leak checker sees the arena
 * freed) and never reads out of bounds.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined (see run.sh).
 */
#include <stdio.h>

#include "compiler.h"
#include "types.h"

static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!sink)
        sink = fopen("/dev/null", "w");
    Arena arena;
    arena_init(&arena);
    Diag diag;
    diag_init(&diag, &arena);
    Node *file = parse_buffer("fuzz.go", (const char *)data, size, &arena, &diag);
    if (diag.nerrors == 0)
        check_package(&file, 1, &arena, &diag);
    if (sink) {
        dump_file(sink, file, true);
        diag_flush(&diag, sink);
    }
    arena_free(&arena);
    return 0;
}
