/* escape_stdlib.c: the leak tags Go 1.19 computes for the standard-library
 * functions that gomem's stubs (stdlib.c) declare without bodies, so that
 * a call such as fmt.Println(x) leaks what Go's fmt.Println leaks (its
 * arguments' contents: "x escapes to heap", "... argument does not
 * escape"). Without a tag, a body-less function leaks every parameter to
 * the heap (gc's rule for functions without //go:noescape).
 *
 * The table was read off `go build -gcflags=PKG=-m PKG` for each package
 * (its "leaking param" lines on each declaration). Each entry lists the
 * parameters in order, receiver first, separated by spaces:
 *   "."      does not escape (or holds no pointers)
 *   "hN"     leaks to the heap with N dereferences (h0: the value itself,
 *            h1: what it points to, "leaking param content")
 *   "rI=N"   leaks to result I with N dereferences
 * several leaks of one parameter are joined by commas; "?" means unknown
 * (treated as h0).
 *
 * Invariant: every entry names a function or method stdlib.c declares.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

static const struct {
    const char *name;   /* pkg.Func, pkg.T.M or pkg.(*T).M */
    const char *spec;
} stdlib_tags[] = {
    {"fmt.Print", "h1"},
    {"fmt.Println", "h1"},
    {"fmt.Printf", ". h1"},
    {"fmt.Sprint", "h1"},
    {"fmt.Sprintln", "h1"},
    {"fmt.Sprintf", ". h1"},
    {"fmt.Errorf", ". h1"},
    {"fmt.Fprint", "h0 h1"},
    {"fmt.Fprintln", "h0 h1"},
    {"fmt.Fprintf", "h0 . h1"},
    {"fmt.Sscan", ". h1"},
    {"fmt.Sscanf", ". . h1"},
    {"os.(*File).Write", "h1 ."},
    {"os.(*File).WriteString", "h1 h0"},
    {"os.(*File).Close", "."},
    {"os.(*PathError).Error", "?"},
    {"os.Exit", "."},
    {"os.Getenv", "h0"},
    {"os.Getpid", ""},
    {"strings.(*Builder).String", "r0=1"},
    {"strings.(*Builder).Len", "."},
    {"strings.(*Builder).Cap", "."},
    {"strings.(*Builder).Reset", "."},
    {"strings.(*Builder).Grow", ". ."},
    {"strings.(*Builder).Write", "h1 ."},
    {"strings.(*Builder).WriteByte", "h1 ."},
    {"strings.(*Builder).WriteRune", "h1 ."},
    {"strings.(*Builder).WriteString", "h1 ."},
    {"strings.Contains", ". ."},
    {"strings.ContainsRune", ". ."},
    {"strings.ContainsAny", ". ."},
    {"strings.Count", ". ."},
    {"strings.EqualFold", ". ."},
    {"strings.Fields", "h0"},
    {"strings.HasPrefix", ". ."},
    {"strings.HasSuffix", ". ."},
    {"strings.Index", ". ."},
    {"strings.IndexByte", ". ."},
    {"strings.IndexRune", ". ."},
    {"strings.Join", "r0=1 ."},
    {"strings.LastIndex", ". ."},
    {"strings.Map", ". r0=0"},
    {"strings.FieldsFunc", "h0 ."},
    {"strings.IndexFunc", ". ."},
    {"strings.LastIndexFunc", ". ."},
    {"strings.TrimFunc", "r0=0 ."},
    {"strings.TrimLeftFunc", "r0=0 ."},
    {"strings.TrimRightFunc", "r0=0 ."},
    {"strings.Repeat", ". ."},
    {"strings.Replace", "r0=0 . . ."},
    {"strings.ReplaceAll", "r0=0 . ."},
    {"strings.Split", "h0 ."},
    {"strings.SplitN", "h0 . ."},
    {"strings.Title", "r0=0"},
    {"strings.ToLower", "r0=0"},
    {"strings.ToUpper", "r0=0"},
    {"strings.Trim", "r0=0 ."},
    {"strings.TrimLeft", "r0=0 ."},
    {"strings.TrimRight", "r0=0 ."},
    {"strings.TrimPrefix", "r0=0 ."},
    {"strings.TrimSuffix", "r0=0 ."},
    {"strings.TrimSpace", "r0=0"},
    {"strings.Compare", ". ."},
    {"strconv.Itoa", "."},
    {"strconv.Atoi", "h0"},
    {"strconv.FormatInt", ". ."},
    {"strconv.FormatUint", ". ."},
    {"strconv.FormatFloat", ". . . ."},
    {"strconv.FormatBool", "."},
    {"strconv.ParseInt", "h0 . ."},
    {"strconv.ParseUint", "h0 . ."},
    {"strconv.ParseFloat", "h0 ."},
    {"strconv.ParseBool", "h0"},
    {"strconv.Quote", "."},
    {"strconv.Unquote", "r0=0"},
    {"strconv.(*NumError).Error", "h1"},
    {"strconv.(*NumError).Unwrap", "r0=1"},
    {"errors.New", "h0"},
    {"errors.Is", "h0 h0"},
    {"errors.As", "h0 h0"},
    {"errors.Unwrap", "h0"},
    {"sort.IntSlice.Len", "."},
    {"sort.IntSlice.Less", ". . ."},
    {"sort.IntSlice.Swap", ". . ."},
    {"sort.StringSlice.Len", "."},
    {"sort.StringSlice.Less", ". . ."},
    {"sort.StringSlice.Swap", ". . ."},
    {"sort.Float64Slice.Len", "."},
    {"sort.Float64Slice.Less", ". . ."},
    {"sort.Float64Slice.Swap", ". . ."},
    {"sort.Sort", "h0"},
    {"sort.Stable", "h0"},
    {"sort.IsSorted", "h0"},
    {"sort.Reverse", "h0"},
    {"sort.Slice", "h0 ."},
    {"sort.SliceStable", "h0 ."},
    {"sort.SliceIsSorted", "h0 ."},
    {"sort.Search", ". ."},
    {"sort.SearchInts", ". ."},
    {"sort.SearchStrings", ". ."},
    {"sort.Ints", "h0"},
    {"sort.Strings", "h0"},
    {"sort.Float64s", "h0"},
    {"sort.IntsAreSorted", "h0"},
    {"sort.StringsAreSorted", "h0"},
    {"sort.Float64sAreSorted", "h0"},
    {"sync.(*Mutex).Lock", "h0"},
    {"sync.(*Mutex).Unlock", "h0"},
    {"sync.(*Mutex).TryLock", "h0"},
    {"sync.(*RWMutex).Lock", "h0"},
    {"sync.(*RWMutex).Unlock", "h0"},
    {"sync.(*RWMutex).RLock", "h0"},
    {"sync.(*RWMutex).RUnlock", "h0"},
    {"sync.(*WaitGroup).Add", "h0 ."},
    {"sync.(*WaitGroup).Done", "h0"},
    {"sync.(*WaitGroup).Wait", "h0"},
    {"sync.(*Once).Do", "h0 ."},
    {"time.Duration.String", "."},
    {"time.Duration.Seconds", "."},
    {"time.Duration.Milliseconds", "."},
    {"time.Duration.Microseconds", "."},
    {"time.Duration.Nanoseconds", "."},
    {"time.Duration.Minutes", "."},
    {"time.Duration.Hours", "."},
    {"time.Month.String", "."},
    {"time.Weekday.String", "."},
    {"time.Now", ""},
    {"time.Since", "."},
    {"time.Unix", ". ."},
    {"time.Date", ". . . . . . . h0"},
    {"time.Sleep", "."},
    {"time.After", "."},
    {"time.Tick", "."},
    {"time.Time.Sub", ". ."},
    {"time.Time.Add", "r0=0 ."},
    {"time.Time.Format", ". ."},
    {"time.Time.String", "."},
    {"time.Time.Unix", "."},
    {"time.Time.UnixNano", "."},
    {"time.Time.Year", "."},
    {"time.Time.Month", "."},
    {"time.Time.Day", "."},
    {"time.Time.Hour", "."},
    {"time.Time.Minute", "."},
    {"time.Time.Second", "."},
    {"time.Time.Weekday", "."},
    {"time.Time.YearDay", "."},
    {"time.Time.Before", ". ."},
    {"time.Time.After", ". ."},
    {"time.Time.Equal", ". ."},
    {"time.Time.IsZero", "."},
    {"runtime.Breakpoint", ""},
    {"runtime.GC", ""},
    {"runtime.ReadMemStats", "."},
    {"runtime.NumGoroutine", ""},
    {"runtime.GOMAXPROCS", "."},
    {"runtime.NumCPU", ""},
    {"runtime.Gosched", ""},
    {"runtime.KeepAlive", "."},
    {"runtime.SetFinalizer", "h0 h0"},
};

/* Parses one parameter's spec ("h1", "r0=0,h2", ".") into l. */
static void parse_param(const char *s, size_t len, Leaks *l) {
    esc_leaks_init(l);
    size_t i = 0;
    while (i < len) {
        if (s[i] == 'h') {
            l->level[0] = atoi(s + i + 1);
        } else if (s[i] == 'r') {
            int r = atoi(s + i + 1);
            const char *eq = memchr(s + i, '=', len - i);
            if (eq && r >= 0 && r < ESC_RESULTS)
                l->level[1 + r] = atoi(eq + 1);
        } else if (s[i] == '?') {
            l->level[0] = 0;
        }
        while (i < len && s[i] != ',')
            i++;
        i++;
    }
}

bool esc_stdlib_tags(const char *pkg, const char *name, Leaks *tags, int nparams) {
    size_t plen = strlen(pkg);
    for (size_t k = 0; k < sizeof stdlib_tags / sizeof stdlib_tags[0]; k++) {
        const char *full = stdlib_tags[k].name;
        if (strncmp(full, pkg, plen) != 0 || full[plen] != '.' || strcmp(full + plen + 1, name) != 0)
            continue;
        const char *s = stdlib_tags[k].spec;
        for (int i = 0; i < nparams; i++) {
            while (*s == ' ')
                s++;
            size_t len = strcspn(s, " ");
            if (len == 0) {
                esc_leaks_init(&tags[i]);
                tags[i].level[0] = 0;   /* no entry: holds no pointers */
                continue;
            }
            parse_param(s, len, &tags[i]);
            s += len;
        }
        return true;
    }
    return false;
}
