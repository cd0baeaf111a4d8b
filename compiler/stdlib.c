/* stdlib.c: the standard-library packages the Go subset may import, as
 * stubs: Go source holding only the declarations (functions without
 * bodies, types, constants, variables) with the signatures of Go 1.19.
 * The checker parses them with gomem's own parser (check.c:
 * import_package) and checks them like user code, so adding a function to
 * the subset is adding one line of Go here.
 *
 * Invariants: every stub parses and type-checks without error (a test
 * imports them all); only names of the real package appear, with the real
 * signatures (an interface{ Write... } stands in for io.Writer).
 */
#include <string.h>

#include "check.h"

static const char stub_fmt[] =
    "package fmt\n"
    "type Stringer interface { String() string }\n"
    "type writer = interface { Write(p []byte) (n int, err error) }\n"
    "func Print(a ...any) (n int, err error)\n"
    "func Println(a ...any) (n int, err error)\n"
    "func Printf(format string, a ...any) (n int, err error)\n"
    "func Sprint(a ...any) string\n"
    "func Sprintln(a ...any) string\n"
    "func Sprintf(format string, a ...any) string\n"
    "func Errorf(format string, a ...any) error\n"
    "func Fprint(w writer, a ...any) (n int, err error)\n"
    "func Fprintln(w writer, a ...any) (n int, err error)\n"
    "func Fprintf(w writer, format string, a ...any) (n int, err error)\n"
    "func Sscan(str string, a ...any) (n int, err error)\n"
    "func Sscanf(str string, format string, a ...any) (n int, err error)\n";

static const char stub_os[] =
    "package os\n"
    "type File struct { fd int }\n"
    "func (f *File) Write(b []byte) (n int, err error)\n"
    "func (f *File) WriteString(s string) (n int, err error)\n"
    "func (f *File) Close() error\n"
    "type PathError struct { Op string; Path string; Err error }\n"
    "func (e *PathError) Error() string\n"
    "var ErrNotExist, ErrExist, ErrPermission error\n"
    "var Args []string\n"
    "var Stdin, Stdout, Stderr *File\n"
    "func Exit(code int)\n"
    "func Getenv(key string) string\n"
    "func Getpid() int\n";

static const char stub_strings[] =
    "package strings\n"
    "type Builder struct { buf []byte }\n"
    "func (b *Builder) String() string\n"
    "func (b *Builder) Len() int\n"
    "func (b *Builder) Cap() int\n"
    "func (b *Builder) Reset()\n"
    "func (b *Builder) Grow(n int)\n"
    "func (b *Builder) Write(p []byte) (int, error)\n"
    "func (b *Builder) WriteByte(c byte) error\n"
    "func (b *Builder) WriteRune(r rune) (int, error)\n"
    "func (b *Builder) WriteString(s string) (int, error)\n"
    "func Contains(s, substr string) bool\n"
    "func ContainsRune(s string, r rune) bool\n"
    "func ContainsAny(s, chars string) bool\n"
    "func Count(s, substr string) int\n"
    "func EqualFold(s, t string) bool\n"
    "func Fields(s string) []string\n"
    "func FieldsFunc(s string, f func(rune) bool) []string\n"
    "func IndexFunc(s string, f func(rune) bool) int\n"
    "func LastIndexFunc(s string, f func(rune) bool) int\n"
    "func TrimFunc(s string, f func(rune) bool) string\n"
    "func TrimLeftFunc(s string, f func(rune) bool) string\n"
    "func TrimRightFunc(s string, f func(rune) bool) string\n"
    "func HasPrefix(s, prefix string) bool\n"
    "func HasSuffix(s, suffix string) bool\n"
    "func Index(s, substr string) int\n"
    "func IndexByte(s string, c byte) int\n"
    "func IndexRune(s string, r rune) int\n"
    "func Join(elems []string, sep string) string\n"
    "func LastIndex(s, substr string) int\n"
    "func Map(mapping func(rune) rune, s string) string\n"
    "func Repeat(s string, count int) string\n"
    "func Replace(s, old, new string, n int) string\n"
    "func ReplaceAll(s, old, new string) string\n"
    "func Split(s, sep string) []string\n"
    "func SplitN(s, sep string, n int) []string\n"
    "func Title(s string) string\n"
    "func ToLower(s string) string\n"
    "func ToUpper(s string) string\n"
    "func Trim(s, cutset string) string\n"
    "func TrimLeft(s, cutset string) string\n"
    "func TrimRight(s, cutset string) string\n"
    "func TrimPrefix(s, prefix string) string\n"
    "func TrimSuffix(s, suffix string) string\n"
    "func TrimSpace(s string) string\n"
    "func Compare(a, b string) int\n";

static const char stub_strconv[] =
    "package strconv\n"
    "func Itoa(i int) string\n"
    "func Atoi(s string) (int, error)\n"
    "func FormatInt(i int64, base int) string\n"
    "func FormatUint(i uint64, base int) string\n"
    "func FormatFloat(f float64, fmt byte, prec, bitSize int) string\n"
    "func FormatBool(b bool) string\n"
    "func ParseInt(s string, base int, bitSize int) (i int64, err error)\n"
    "func ParseUint(s string, base int, bitSize int) (uint64, error)\n"
    "func ParseFloat(s string, bitSize int) (float64, error)\n"
    "func ParseBool(str string) (bool, error)\n"
    "func Quote(s string) string\n"
    "func Unquote(s string) (string, error)\n"
    "type NumError struct { Func string; Num string; Err error }\n"
    "func (e *NumError) Error() string\n"
    "func (e *NumError) Unwrap() error\n"
    "var ErrSyntax, ErrRange error\n";

static const char stub_errors[] =
    "package errors\n"
    "func New(text string) error\n"
    "func Is(err, target error) bool\n"
    "func As(err error, target any) bool\n"
    "func Unwrap(err error) error\n";

static const char stub_sort[] =
    "package sort\n"
    "type Interface interface {\n"
    "\tLen() int\n"
    "\tLess(i, j int) bool\n"
    "\tSwap(i, j int)\n"
    "}\n"
    "type IntSlice []int\n"
    "func (x IntSlice) Len() int\n"
    "func (x IntSlice) Less(i, j int) bool\n"
    "func (x IntSlice) Swap(i, j int)\n"
    "type StringSlice []string\n"
    "func (x StringSlice) Len() int\n"
    "func (x StringSlice) Less(i, j int) bool\n"
    "func (x StringSlice) Swap(i, j int)\n"
    "type Float64Slice []float64\n"
    "func (x Float64Slice) Len() int\n"
    "func (x Float64Slice) Less(i, j int) bool\n"
    "func (x Float64Slice) Swap(i, j int)\n"
    "func Sort(data Interface)\n"
    "func Stable(data Interface)\n"
    "func IsSorted(data Interface) bool\n"
    "func Reverse(data Interface) Interface\n"
    "func Slice(x any, less func(i, j int) bool)\n"
    "func SliceStable(x any, less func(i, j int) bool)\n"
    "func SliceIsSorted(x any, less func(i, j int) bool) bool\n"
    "func Search(n int, f func(int) bool) int\n"
    "func SearchInts(a []int, x int) int\n"
    "func SearchStrings(a []string, x string) int\n"
    "func Ints(x []int)\n"
    "func Strings(x []string)\n"
    "func Float64s(x []float64)\n"
    "func IntsAreSorted(x []int) bool\n"
    "func StringsAreSorted(x []string) bool\n"
    "func Float64sAreSorted(x []float64) bool\n";

static const char stub_sync[] =
    "package sync\n"
    "type Mutex struct { state int32; sema uint32 }\n"
    "func (m *Mutex) Lock()\n"
    "func (m *Mutex) Unlock()\n"
    "func (m *Mutex) TryLock() bool\n"
    "type RWMutex struct { w Mutex; readers int32 }\n"
    "func (rw *RWMutex) Lock()\n"
    "func (rw *RWMutex) Unlock()\n"
    "func (rw *RWMutex) RLock()\n"
    "func (rw *RWMutex) RUnlock()\n"
    "type WaitGroup struct { state [3]uint32 }\n"
    "func (wg *WaitGroup) Add(delta int)\n"
    "func (wg *WaitGroup) Done()\n"
    "func (wg *WaitGroup) Wait()\n"
    "type Once struct { done uint32; m Mutex }\n"
    "func (o *Once) Do(f func())\n";

static const char stub_time[] =
    "package time\n"
    "type Duration int64\n"
    "const (\n"
    "\tNanosecond Duration = 1\n"
    "\tMicrosecond = 1000 * Nanosecond\n"
    "\tMillisecond = 1000 * Microsecond\n"
    "\tSecond = 1000 * Millisecond\n"
    "\tMinute = 60 * Second\n"
    "\tHour = 60 * Minute\n"
    ")\n"
    "func (d Duration) String() string\n"
    "func (d Duration) Seconds() float64\n"
    "func (d Duration) Milliseconds() int64\n"
    "func (d Duration) Microseconds() int64\n"
    "func (d Duration) Nanoseconds() int64\n"
    "func (d Duration) Minutes() float64\n"
    "func (d Duration) Hours() float64\n"
    "type Month int\n"
    "const (\n"
    "\tJanuary Month = 1 + iota\n"
    "\tFebruary\n\tMarch\n\tApril\n\tMay\n\tJune\n\tJuly\n\tAugust\n\tSeptember\n"
    "\tOctober\n\tNovember\n\tDecember\n"
    ")\n"
    "func (m Month) String() string\n"
    "type Weekday int\n"
    "func (d Weekday) String() string\n"
    "type Location struct { name string }\n"
    "var UTC *Location\n"
    "var Local *Location\n"
    "type Time struct { wall uint64; ext int64; loc *Location }\n"
    "func Now() Time\n"
    "func Since(t Time) Duration\n"
    "func Unix(sec int64, nsec int64) Time\n"
    "func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time\n"
    "func Sleep(d Duration)\n"
    "func After(d Duration) <-chan Time\n"
    "func Tick(d Duration) <-chan Time\n"
    "func (t Time) Sub(u Time) Duration\n"
    "func (t Time) Add(d Duration) Time\n"
    "func (t Time) Format(layout string) string\n"
    "func (t Time) String() string\n"
    "func (t Time) Unix() int64\n"
    "func (t Time) UnixNano() int64\n"
    "func (t Time) Year() int\n"
    "func (t Time) Month() Month\n"
    "func (t Time) Day() int\n"
    "func (t Time) Hour() int\n"
    "func (t Time) Minute() int\n"
    "func (t Time) Second() int\n"
    "func (t Time) Weekday() Weekday\n"
    "func (t Time) YearDay() int\n"
    "func (t Time) Before(u Time) bool\n"
    "func (t Time) After(u Time) bool\n"
    "func (t Time) Equal(u Time) bool\n"
    "func (t Time) IsZero() bool\n"
    "const (\n"
    "\tRFC3339 = \"2006-01-02T15:04:05Z07:00\"\n"
    "\tRFC1123 = \"Mon, 02 Jan 2006 15:04:05 MST\"\n"
    "\tKitchen = \"3:04PM\"\n"
    ")\n";

static const char stub_runtime[] =
    "package runtime\n"
    "type MemStats struct {\n"
    "\tAlloc, TotalAlloc, Sys, Lookups, Mallocs, Frees uint64\n"
    "\tHeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64\n"
    "\tStackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys uint64\n"
    "\tBuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs uint64\n"
    "\tPauseNs [256]uint64\n"
    "\tPauseEnd [256]uint64\n"
    "\tNumGC, NumForcedGC uint32\n"
    "\tGCCPUFraction float64\n"
    "\tEnableGC, DebugGC bool\n"
    "}\n"
    "type Error interface {\n\terror\n\tRuntimeError()\n}\n"
    "func Breakpoint()\n"
    "func GC()\n"
    "func ReadMemStats(m *MemStats)\n"
    "func NumGoroutine() int\n"
    "func GOMAXPROCS(n int) int\n"
    "func NumCPU() int\n"
    "func Gosched()\n"
    "func KeepAlive(x any)\n"
    "func SetFinalizer(obj any, finalizer any)\n"
    "const GOOS = \"linux\"\n"
    "const GOARCH = \"amd64\"\n"
    "const Compiler = \"gc\"\n";

static const struct {
    const char *path;
    const char *source;
} stubs[] = {
    {"fmt", stub_fmt}, {"os", stub_os}, {"strings", stub_strings},
    {"strconv", stub_strconv}, {"errors", stub_errors}, {"sort", stub_sort},
    {"sync", stub_sync}, {"time", stub_time}, {"runtime", stub_runtime},
};

const char *stdlib_source(const char *path) {
    for (size_t i = 0; i < sizeof stubs / sizeof stubs[0]; i++)
        if (strcmp(stubs[i].path, path) == 0)
            return stubs[i].source;
    return NULL;
}
