/*
 * map_fuzz.h — a differential fuzzer for gm_map: an interpreter that reads
 * bytes as a program of map operations on several maps at once and checks
 * every result against a plain reference model (an array indexed by key
 * number, outside the collected heap).
 *
 *   map_keys.c    key and value codecs: key number k -> a key of each key
 *                 type (int64, int32, string, float64, struct, interface)
 *                 and back; value id -> a value of each value type (int64,
 *                 pointer to a checksummed object, 152- and 1040-byte
 *                 structs, empty struct) and its check
 *   map_interp.c  the interpreter, the model and Go's iteration rules
 *   fuzz_map.c    the libFuzzer entry point
 *   map_fuzz_driver.c  random programs from a seed for N seconds (any
 *                 compiler, any sanitizer), or replay of saved inputs
 *
 * Invariants: the model holds no heap pointer (only key numbers, value ids
 * and insertion stamps), so everything the map must keep alive is reachable
 * through the map alone; the maps, their caller storage and the iterators
 * live in mf_run's frame (the collector scans it), never in malloc memory.
 * A mismatch prints what was expected and what was found, then aborts.
 */
#ifndef MAP_FUZZ_H
#define MAP_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "gomem.h"

enum { K_I64, K_I32, K_STR, K_F64, K_STRUCT, K_IFACE, K_NTYPES };
enum { V_I64, V_PTR, V_BIG, V_EMPTY, V_HUGE, V_NTYPES };

#define MF_KEY_MAX 32      /* bytes: the largest key (the struct key) */
#define MF_VAL_MAX 1040    /* bytes: the largest value (the huge struct) */

/* What a map's keys and values are: fixed when the map is made. */
typedef struct mf_kind {
    int ktype, vtype;
    int int_shape;         /* int keys: how k maps to the key's bits */
    const gm_type *kt, *vt;
} mf_kind;

/* The descriptors of a key type and a value type. */
const gm_type *mf_key_type(int ktype);
const gm_type *mf_val_type(int vtype);

/* The key number of the NaN key of kind's key type, or -1 if its keys
 * are always equal to themselves. */
int64_t mf_nan_key(const mf_kind *kd);

/* Build key number k into out (MF_KEY_MAX bytes; the caller's stack).
 * variant picks a representation: the sign of a zero float, where a
 * string's bytes live (a fresh object, the middle of a larger one, static
 * bytes, or blob: k's bytes inside a shared object holding many keys'
 * bytes, from mf_make_blob; may be NULL), the NaN payload. */
void mf_make_key(const mf_kind *kd, uint32_t k, unsigned variant, void *out,
                 const uint8_t *blob);
/* A blob holding the string bytes of keys first..first+n-1 (string-bearing
 * key types only; NULL otherwise): every key built from it shares it. */
uint8_t *mf_make_blob(const mf_kind *kd, uint32_t first, uint32_t n, uint32_t range);
/* Offset of key k's bytes in a blob made for first..first+n-1. */
size_t mf_blob_offset(uint32_t first, uint32_t k, uint32_t range);

/* The key number of key, or -1 with why in *why if it is no key this
 * fuzzer builds.  For a NaN key, returns mf_nan_key. */
int64_t mf_decode_key(const mf_kind *kd, const void *key, const char **why);
/* Whether key's zero-float sign (the only part of a representation that
 * Go lets a program observe) is the one variant built. */
bool mf_key_sign_matches(const mf_kind *kd, const void *key, unsigned variant);
/* Whether this key type has a zero float whose sign variant decides. */
bool mf_key_has_sign(const mf_kind *kd, uint32_t k);

/* Build the value of id into out (MF_VAL_MAX bytes; id 0 is the zero
 * value).  Pointer values point to fresh checksummed heap objects. */
void mf_make_value(const mf_kind *kd, uint64_t id, void *out);
/* Check the value at v is value id (heap objects allocated, checksums and
 * ids right); returns NULL or what is wrong. */
const char *mf_check_value(const mf_kind *kd, const void *v, uint64_t id);
/* Whether o is still an allocated value object of value id (not another
 * object in its reused slot). */
bool mf_value_is(const void *o, uint64_t id);
/* The (first) heap object of the value at v, or NULL. */
void *mf_value_object(const mf_kind *kd, const void *v);
/* The value id stored at v (for messages), or ~0 if unreadable. */
uint64_t mf_value_id(const mf_kind *kd, const void *v);

/* Describe key k / type names, for messages. */
const char *mf_ktype_name(int ktype);
const char *mf_vtype_name(int vtype);

/* Set up descriptors (calls gm_init) and read MF_RETENTION.  Idempotent. */
void mf_init(void);

/* Run one program.  Aborts on the first mismatch. */
void mf_run(const uint8_t *data, size_t len);

/* Counters for reports (summed over all programs run). */
/* map_ops: calls of gm_map_get/set/assign/delete/next; mid_migration_ops:
 * those on a map in the middle of a migration. */
typedef struct mf_stats {
    uint64_t programs, ops, map_ops, iter_steps, gcs, max_len, mid_migration_ops,
        retention_checks;
} mf_stats;
extern mf_stats mf_total;
/* Print mf_total and the collector's cycle count on one line. */
void mf_report(FILE *out, const char *prefix);
extern int mf_verbose;
extern int mf_retention;   /* 0: skip the retention checks (MF_RETENTION=0) */     /* 1: print each op (for reducing a crash) */
extern double mf_deadline; /* CLOCK_MONOTONIC seconds: programs stop taking
                              new operations after it (0: no deadline) */

/* Writes a random program of about n ops for the plain driver's seeds and
 * the corpus; returns its length (at most cap bytes). */
size_t mf_random_program(uint64_t seed, uint8_t *buf, size_t cap, int nops);

#endif
