/* lib.h: the standard-library half of libgomem_go, as the C emitted by the
 * gomem compiler sees it: one C declaration for every function, method,
 * type and variable of the packages declared in compiler/stdlib.c.
 *
 * Naming (gort.h): pkg.F is go_<pkg>_F, method (T).M / (*T).M is
 * go_<pkg>_T_M, type T is go_<pkg>_T with descriptor go_type_<pkg>_T,
 * variable V is go_<pkg>_V.  Added here: the descriptor of *T for a
 * standard-library type T is go_ptrtype_<pkg>_<T> (it carries the method
 * set of *T, e.g. Write on *os.File, so an *os.File boxed into an
 * interface by generated code must use it).
 *
 * Invariants: every C type below has exactly the layout of the Go struct
 * in compiler/stdlib.c (same fields, same order, Go's sizes), because the
 * compiler lays out user structs embedding them from the stubs; every
 * descriptor's pointer bitmap covers the GC pointers of the type.
 * Results beyond the first are returned through trailing pointers, never
 * NULL (gort.h).
 */
#ifndef GOMEM_GOLIB_LIB_H
#define GOMEM_GOLIB_LIB_H

#include "gort.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Program entry calls this first (after gm_init): sets os.Args. */
void gort_os_init(int argc, char **argv);

/* ---- fmt ---------------------------------------------------------------- */
typedef gort_iface go_fmt_Stringer;
extern const gort_type go_type_fmt_Stringer;
int64_t go_fmt_Print(gm_slice a, gort_iface *err);
int64_t go_fmt_Println(gm_slice a, gort_iface *err);
int64_t go_fmt_Printf(gm_string format, gm_slice a, gort_iface *err);
gm_string go_fmt_Sprint(gm_slice a);
gm_string go_fmt_Sprintln(gm_slice a);
gm_string go_fmt_Sprintf(gm_string format, gm_slice a);
gort_iface go_fmt_Errorf(gm_string format, gm_slice a);
int64_t go_fmt_Fprint(gort_iface w, gm_slice a, gort_iface *err);
int64_t go_fmt_Fprintln(gort_iface w, gm_slice a, gort_iface *err);
int64_t go_fmt_Fprintf(gort_iface w, gm_string format, gm_slice a, gort_iface *err);
int64_t go_fmt_Sscan(gm_string str, gm_slice a, gort_iface *err);
int64_t go_fmt_Sscanf(gm_string str, gm_string format, gm_slice a, gort_iface *err);

/* ---- os ------------------------------------------------------------------ */
typedef struct go_os_File {
    int64_t fd;
} go_os_File;
typedef struct go_os_PathError {
    gm_string Op;
    gm_string Path;
    gort_iface Err;
} go_os_PathError;
extern const gort_type go_type_os_File, go_ptrtype_os_File;
extern const gort_type go_type_os_PathError, go_ptrtype_os_PathError;
int64_t go_os_File_Write(go_os_File *f, gm_slice b, gort_iface *err);
int64_t go_os_File_WriteString(go_os_File *f, gm_string s, gort_iface *err);
gort_iface go_os_File_Close(go_os_File *f);
gm_string go_os_PathError_Error(go_os_PathError *e);
extern gort_iface go_os_ErrNotExist, go_os_ErrExist, go_os_ErrPermission;
extern gm_slice go_os_Args;
extern go_os_File *go_os_Stdin, *go_os_Stdout, *go_os_Stderr;
_Noreturn void go_os_Exit(int64_t code);
gm_string go_os_Getenv(gm_string key);
int64_t go_os_Getpid(void);

/* ---- strings ------------------------------------------------------------- */
typedef struct go_strings_Builder {
    gm_slice buf;
} go_strings_Builder;
extern const gort_type go_type_strings_Builder, go_ptrtype_strings_Builder;
gm_string go_strings_Builder_String(go_strings_Builder *b);
int64_t go_strings_Builder_Len(go_strings_Builder *b);
int64_t go_strings_Builder_Cap(go_strings_Builder *b);
void go_strings_Builder_Reset(go_strings_Builder *b);
void go_strings_Builder_Grow(go_strings_Builder *b, int64_t n);
int64_t go_strings_Builder_Write(go_strings_Builder *b, gm_slice p, gort_iface *err);
gort_iface go_strings_Builder_WriteByte(go_strings_Builder *b, uint8_t c);
int64_t go_strings_Builder_WriteRune(go_strings_Builder *b, int32_t r, gort_iface *err);
int64_t go_strings_Builder_WriteString(go_strings_Builder *b, gm_string s, gort_iface *err);
bool go_strings_Contains(gm_string s, gm_string substr);
bool go_strings_ContainsRune(gm_string s, int32_t r);
bool go_strings_ContainsAny(gm_string s, gm_string chars);
int64_t go_strings_Count(gm_string s, gm_string substr);
bool go_strings_EqualFold(gm_string s, gm_string t);
gm_slice go_strings_Fields(gm_string s);
gm_slice go_strings_FieldsFunc(gm_string s, gort_func *f);
int64_t go_strings_IndexFunc(gm_string s, gort_func *f);
int64_t go_strings_LastIndexFunc(gm_string s, gort_func *f);
gm_string go_strings_TrimFunc(gm_string s, gort_func *f);
gm_string go_strings_TrimLeftFunc(gm_string s, gort_func *f);
gm_string go_strings_TrimRightFunc(gm_string s, gort_func *f);
bool go_strings_HasPrefix(gm_string s, gm_string prefix);
bool go_strings_HasSuffix(gm_string s, gm_string suffix);
int64_t go_strings_Index(gm_string s, gm_string substr);
int64_t go_strings_IndexByte(gm_string s, uint8_t c);
int64_t go_strings_IndexRune(gm_string s, int32_t r);
gm_string go_strings_Join(gm_slice elems, gm_string sep);
int64_t go_strings_LastIndex(gm_string s, gm_string substr);
gm_string go_strings_Map(gort_func *mapping, gm_string s);
gm_string go_strings_Repeat(gm_string s, int64_t count);
gm_string go_strings_Replace(gm_string s, gm_string old, gm_string new_, int64_t n);
gm_string go_strings_ReplaceAll(gm_string s, gm_string old, gm_string new_);
gm_slice go_strings_Split(gm_string s, gm_string sep);
gm_slice go_strings_SplitN(gm_string s, gm_string sep, int64_t n);
gm_string go_strings_Title(gm_string s);
gm_string go_strings_ToLower(gm_string s);
gm_string go_strings_ToUpper(gm_string s);
gm_string go_strings_Trim(gm_string s, gm_string cutset);
gm_string go_strings_TrimLeft(gm_string s, gm_string cutset);
gm_string go_strings_TrimRight(gm_string s, gm_string cutset);
gm_string go_strings_TrimPrefix(gm_string s, gm_string prefix);
gm_string go_strings_TrimSuffix(gm_string s, gm_string suffix);
gm_string go_strings_TrimSpace(gm_string s);
int64_t go_strings_Compare(gm_string a, gm_string b);

/* ---- strconv ------------------------------------------------------------- */
typedef struct go_strconv_NumError {   /* *strconv.NumError, what Atoi... return */
    gm_string Func;
    gm_string Num;
    gort_iface Err;
} go_strconv_NumError;
extern const gort_type go_type_strconv_NumError, go_ptrtype_strconv_NumError;
extern gort_iface go_strconv_ErrSyntax, go_strconv_ErrRange;
gm_string go_strconv_NumError_Error(go_strconv_NumError *e);
gort_iface go_strconv_NumError_Unwrap(go_strconv_NumError *e);
gm_string go_strconv_Itoa(int64_t i);
int64_t go_strconv_Atoi(gm_string s, gort_iface *err);
gm_string go_strconv_FormatInt(int64_t i, int64_t base);
gm_string go_strconv_FormatUint(uint64_t i, int64_t base);
gm_string go_strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize);
gm_string go_strconv_FormatBool(bool b);
int64_t go_strconv_ParseInt(gm_string s, int64_t base, int64_t bitSize, gort_iface *err);
uint64_t go_strconv_ParseUint(gm_string s, int64_t base, int64_t bitSize, gort_iface *err);
double go_strconv_ParseFloat(gm_string s, int64_t bitSize, gort_iface *err);
bool go_strconv_ParseBool(gm_string str, gort_iface *err);
gm_string go_strconv_Quote(gm_string s);
gm_string go_strconv_Unquote(gm_string s, gort_iface *err);

/* ---- errors -------------------------------------------------------------- */
typedef struct go_errors_errorString {   /* what errors.New returns (a pointer to) */
    gm_string s;
} go_errors_errorString;
extern const gort_type go_type_errors_errorString, go_ptrtype_errors_errorString;
gort_iface go_errors_New(gm_string text);
bool go_errors_Is(gort_iface err, gort_iface target);
bool go_errors_As(gort_iface err, gort_iface target);
gort_iface go_errors_Unwrap(gort_iface err);

/* ---- sort ---------------------------------------------------------------- */
typedef gort_iface go_sort_Interface;
typedef gm_slice go_sort_IntSlice, go_sort_StringSlice, go_sort_Float64Slice;
extern const gort_type go_type_sort_Interface, go_type_sort_IntSlice,
    go_type_sort_StringSlice, go_type_sort_Float64Slice;
int64_t go_sort_IntSlice_Len(gm_slice x);
bool go_sort_IntSlice_Less(gm_slice x, int64_t i, int64_t j);
void go_sort_IntSlice_Swap(gm_slice x, int64_t i, int64_t j);
int64_t go_sort_StringSlice_Len(gm_slice x);
bool go_sort_StringSlice_Less(gm_slice x, int64_t i, int64_t j);
void go_sort_StringSlice_Swap(gm_slice x, int64_t i, int64_t j);
int64_t go_sort_Float64Slice_Len(gm_slice x);
bool go_sort_Float64Slice_Less(gm_slice x, int64_t i, int64_t j);
void go_sort_Float64Slice_Swap(gm_slice x, int64_t i, int64_t j);
void go_sort_Sort(gort_iface data);
void go_sort_Stable(gort_iface data);
bool go_sort_IsSorted(gort_iface data);
gort_iface go_sort_Reverse(gort_iface data);
void go_sort_Slice(gort_iface x, gort_func *less);
void go_sort_SliceStable(gort_iface x, gort_func *less);
bool go_sort_SliceIsSorted(gort_iface x, gort_func *less);
int64_t go_sort_Search(int64_t n, gort_func *f);
int64_t go_sort_SearchInts(gm_slice a, int64_t x);
int64_t go_sort_SearchStrings(gm_slice a, gm_string x);
void go_sort_Ints(gm_slice x);
void go_sort_Strings(gm_slice x);
void go_sort_Float64s(gm_slice x);
bool go_sort_IntsAreSorted(gm_slice x);
bool go_sort_StringsAreSorted(gm_slice x);
bool go_sort_Float64sAreSorted(gm_slice x);

/* ---- sync ---------------------------------------------------------------- */
typedef struct go_sync_Mutex {
    int32_t state;     /* 0 unlocked, 1 locked, 2 locked with waiters (futex) */
    uint32_t sema;     /* unused; Go's layout */
} go_sync_Mutex;
typedef struct go_sync_RWMutex {
    go_sync_Mutex w;   /* held by the writer */
    int32_t readers;   /* active readers, plus a high bit while a writer waits */
} go_sync_RWMutex;
typedef struct go_sync_WaitGroup {
    uint32_t state[3]; /* [0] counter (futex word); [1], [2] unused */
} go_sync_WaitGroup;
typedef struct go_sync_Once {
    uint32_t done;
    go_sync_Mutex m;
} go_sync_Once;
extern const gort_type go_type_sync_Mutex, go_ptrtype_sync_Mutex;
extern const gort_type go_type_sync_RWMutex, go_ptrtype_sync_RWMutex;
extern const gort_type go_type_sync_WaitGroup, go_ptrtype_sync_WaitGroup;
extern const gort_type go_type_sync_Once, go_ptrtype_sync_Once;
void go_sync_Mutex_Lock(go_sync_Mutex *m);
void go_sync_Mutex_Unlock(go_sync_Mutex *m);
bool go_sync_Mutex_TryLock(go_sync_Mutex *m);
void go_sync_RWMutex_Lock(go_sync_RWMutex *rw);
void go_sync_RWMutex_Unlock(go_sync_RWMutex *rw);
void go_sync_RWMutex_RLock(go_sync_RWMutex *rw);
void go_sync_RWMutex_RUnlock(go_sync_RWMutex *rw);
void go_sync_WaitGroup_Add(go_sync_WaitGroup *wg, int64_t delta);
void go_sync_WaitGroup_Done(go_sync_WaitGroup *wg);
void go_sync_WaitGroup_Wait(go_sync_WaitGroup *wg);
void go_sync_Once_Do(go_sync_Once *o, gort_func *f);

/* ---- time ---------------------------------------------------------------- */
typedef int64_t go_time_Duration;
typedef int64_t go_time_Month;
typedef int64_t go_time_Weekday;
typedef struct go_time_Location {
    gm_string name;
} go_time_Location;
/* wall: nanoseconds within the second (bits 0-29); ext: seconds since
 * January 1, year 1 UTC; the zero Time is that instant.  No monotonic
 * reading is kept (time.c). */
typedef struct go_time_Time {
    uint64_t wall;
    int64_t ext;
    go_time_Location *loc;
} go_time_Time;
extern const gort_type go_type_time_Duration, go_type_time_Month,
    go_type_time_Weekday, go_type_time_Location, go_ptrtype_time_Location,
    go_type_time_Time;
extern go_time_Location *go_time_UTC, *go_time_Local;
gm_string go_time_Duration_String(go_time_Duration d);
double go_time_Duration_Seconds(go_time_Duration d);
int64_t go_time_Duration_Milliseconds(go_time_Duration d);
int64_t go_time_Duration_Microseconds(go_time_Duration d);
int64_t go_time_Duration_Nanoseconds(go_time_Duration d);
double go_time_Duration_Minutes(go_time_Duration d);
double go_time_Duration_Hours(go_time_Duration d);
gm_string go_time_Month_String(go_time_Month m);
gm_string go_time_Weekday_String(go_time_Weekday d);
go_time_Time go_time_Now(void);
go_time_Duration go_time_Since(go_time_Time t);
go_time_Time go_time_Unix(int64_t sec, int64_t nsec);
go_time_Time go_time_Date(int64_t year, go_time_Month month, int64_t day, int64_t hour,
                          int64_t min, int64_t sec, int64_t nsec, go_time_Location *loc);
void go_time_Sleep(go_time_Duration d);
gm_chan *go_time_After(go_time_Duration d);
gm_chan *go_time_Tick(go_time_Duration d);
go_time_Duration go_time_Time_Sub(go_time_Time t, go_time_Time u);
go_time_Time go_time_Time_Add(go_time_Time t, go_time_Duration d);
gm_string go_time_Time_Format(go_time_Time t, gm_string layout);
gm_string go_time_Time_String(go_time_Time t);
int64_t go_time_Time_Unix(go_time_Time t);
int64_t go_time_Time_UnixNano(go_time_Time t);
int64_t go_time_Time_Year(go_time_Time t);
go_time_Month go_time_Time_Month(go_time_Time t);
int64_t go_time_Time_Day(go_time_Time t);
int64_t go_time_Time_Hour(go_time_Time t);
int64_t go_time_Time_Minute(go_time_Time t);
int64_t go_time_Time_Second(go_time_Time t);
go_time_Weekday go_time_Time_Weekday(go_time_Time t);
int64_t go_time_Time_YearDay(go_time_Time t);
bool go_time_Time_Before(go_time_Time t, go_time_Time u);
bool go_time_Time_After(go_time_Time t, go_time_Time u);
bool go_time_Time_Equal(go_time_Time t, go_time_Time u);
bool go_time_Time_IsZero(go_time_Time t);

/* ---- runtime ------------------------------------------------------------- */
typedef struct go_runtime_MemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
} go_runtime_MemStats;
typedef gort_iface go_runtime_Error;
extern const gort_type go_type_runtime_MemStats, go_ptrtype_runtime_MemStats,
    go_type_runtime_Error;
void go_runtime_Breakpoint(void);
void go_runtime_GC(void);
void go_runtime_ReadMemStats(go_runtime_MemStats *m);
int64_t go_runtime_NumGoroutine(void);
int64_t go_runtime_GOMAXPROCS(int64_t n);
int64_t go_runtime_NumCPU(void);
void go_runtime_Gosched(void);
void go_runtime_KeepAlive(gort_iface x);
void go_runtime_SetFinalizer(gort_iface obj, gort_iface finalizer);

#ifdef __cplusplus
}
#endif

#endif
