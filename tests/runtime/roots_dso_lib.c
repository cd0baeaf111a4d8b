/*
 * roots_dso_lib.c — a shared library with pointer slots in its own .data
 * and .bss, for roots_globals.c: objects stored here are referenced only
 * from another loaded module's writable segments.
 */
#include <stddef.h>

#define SLOTS 32
void *dso_data_slots[SLOTS] = {(void *)1};   /* .data */
static void *dso_bss_slots[SLOTS];           /* .bss */

int dso_slots(void) { return 2 * SLOTS; }

void dso_set(int i, void *p) {
    if (i < SLOTS) dso_data_slots[i] = p;
    else dso_bss_slots[i - SLOTS] = p;
}

void *dso_get(int i) {
    return i < SLOTS ? dso_data_slots[i] : dso_bss_slots[i - SLOTS];
}
