/* time.c: Go's time package of the subset: Duration (String exactly as Go
 * prints it, Seconds/Minutes/Hours with Go's arithmetic), Month/Weekday
 * names, Time (Now, Since, Unix, Date with Go's normalization, Add, Sub,
 * the calendar accessors, Format with Go's reference-time layouts,
 * String), Sleep, After and Tick.
 *
 * Representation (lib.h): wall holds the nanoseconds within the second,
 * ext the seconds since January 1, year 1 UTC, so the zero Time is Go's
 * zero Time.  Differences from Go, documented in compiler/README.md:
 * there is no monotonic clock reading (Since and Sub use the wall clock,
 * String prints no "m=+..." suffix) and Local is UTC (no time zone
 * database).  Sleep calls nanosleep, which libgomem wraps so a sleeping
 * thread never delays a collection.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define NS_PER_SEC 1000000000LL
#define UNIX_TO_ABS 62135596800LL      /* seconds from 0001-01-01 to 1970-01-01 */

/* ---- Duration ---- */

/* Fraction digits of v (prec places) without trailing zeros into the
 * front of buf ending at *w; returns v / 10^prec. */
static uint64_t fmt_frac(char *buf, int *w, uint64_t v, int prec) {
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(v % 10);
        print = print || digit != 0;
        if (print)
            buf[--*w] = (char)('0' + digit);
        v /= 10;
    }
    if (print)
        buf[--*w] = '.';
    return v;
}

static void fmt_int(char *buf, int *w, uint64_t v) {
    do {
        buf[--*w] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
}

gm_string go_time_Duration_String(go_time_Duration d) {
    char buf[32];
    int w = sizeof buf;
    uint64_t u = d < 0 ? -(uint64_t)d : (uint64_t)d;
    if (u < (uint64_t)NS_PER_SEC) {
        if (u == 0)
            return GM_STR("0s");
        buf[--w] = 's';
        if (u < 1000) {
            buf[--w] = 'n';
        } else if (u < 1000000) {
            buf[--w] = (char)0xB5;      /* U+00B5 'µ' in UTF-8: C2 B5 */
            buf[--w] = (char)0xC2;
            u = fmt_frac(buf, &w, u, 3);
        } else {
            buf[--w] = 'm';
            u = fmt_frac(buf, &w, u, 6);
        }
        fmt_int(buf, &w, u);
    } else {
        buf[--w] = 's';
        u = fmt_frac(buf, &w, u, 9);
        fmt_int(buf, &w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            fmt_int(buf, &w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                fmt_int(buf, &w, u);
            }
        }
    }
    if (d < 0)
        buf[--w] = '-';
    return gm_string_from_bytes(buf + w, (intptr_t)sizeof buf - w);
}

double go_time_Duration_Seconds(go_time_Duration d) {
    return (double)(d / NS_PER_SEC) + (double)(d % NS_PER_SEC) / 1e9;
}
double go_time_Duration_Minutes(go_time_Duration d) {
    int64_t m = d / (60 * NS_PER_SEC), ns = d % (60 * NS_PER_SEC);
    return (double)m + (double)ns / (60 * 1e9);
}
double go_time_Duration_Hours(go_time_Duration d) {
    int64_t h = d / (3600 * NS_PER_SEC), ns = d % (3600 * NS_PER_SEC);
    return (double)h + (double)ns / (60 * 60 * 1e9);
}
int64_t go_time_Duration_Milliseconds(go_time_Duration d) { return d / 1000000; }
int64_t go_time_Duration_Microseconds(go_time_Duration d) { return d / 1000; }
int64_t go_time_Duration_Nanoseconds(go_time_Duration d) { return d; }

/* ---- Month, Weekday ---- */

static const char *const month_names[] = {"January", "February", "March", "April", "May",
                                          "June", "July", "August", "September", "October",
                                          "November", "December"};
static const char *const day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

static gm_string bad_enum(const char *prefix, int64_t v) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%%!%s(%lld)", prefix, (long long)v);
    return gm_string_from_cstr(tmp);
}

gm_string go_time_Month_String(go_time_Month m) {
    if (m >= 1 && m <= 12)
        return gm_string_from_cstr(month_names[m - 1]);
    return bad_enum("Month", m);
}

gm_string go_time_Weekday_String(go_time_Weekday d) {
    if (d >= 0 && d <= 6)
        return gm_string_from_cstr(day_names[d]);
    return bad_enum("Weekday", d);
}

/* ---- descriptors ---- */

static gm_string m_duration_string(void *d) { return go_time_Duration_String(*(int64_t *)d); }
static gm_string m_month_string(void *m) { return go_time_Month_String(*(int64_t *)m); }
static gm_string m_weekday_string(void *d) { return go_time_Weekday_String(*(int64_t *)d); }
static gm_string m_time_string(void *t) { return go_time_Time_String(*(go_time_Time *)t); }

#define INT_TYPE(var, nm, knd, method)                                         \
    static const gort_method var##_methods[] = {{"String", (void *)method}};   \
    const gort_type var = {                                                    \
        .gm = {.size = 8, .align = 8, .name = nm, .kind = knd,                 \
               .hash = gort_hash_word, .equal = gort_equal_word},              \
        .methods = var##_methods, .nmethods = 1, .named = true}

INT_TYPE(go_type_time_Duration, "time.Duration", GM_KIND_INT64, m_duration_string);
INT_TYPE(go_type_time_Month, "time.Month", GM_KIND_INT, m_month_string);
INT_TYPE(go_type_time_Weekday, "time.Weekday", GM_KIND_INT, m_weekday_string);

static const gort_field location_fields[] = {{"name", 0, &gort_type_string, false}};
const gort_type go_type_time_Location = {
    .gm = {.size = sizeof(go_time_Location), .align = 8, .ptrdata = 8, .ptrmask = golib_mask_one,
           .name = "time.Location", .kind = GM_KIND_STRUCT},
    .fields = location_fields, .nfields = 1, .named = true};
GOLIB_PTR_TYPE(go_ptrtype_time_Location, go_type_time_Location, "*time.Location", NULL, 0);

static go_time_Location utc_location = {GM_STR("UTC")};
go_time_Location *go_time_UTC = &utc_location;
go_time_Location *go_time_Local = &utc_location;

static uintptr_t time_hash(const void *v, uintptr_t seed) {
    const go_time_Time *t = v;
    seed = gm_hash(&gm_type_uint64, &t->wall, seed);
    return gm_hash(&gm_type_int64, &t->ext, seed);
}
static bool time_equal(const void *a, const void *b) {
    const go_time_Time *x = a, *y = b;
    return x->wall == y->wall && x->ext == y->ext && x->loc == y->loc;
}
static const gort_field time_fields[] = {
    {"wall", offsetof(go_time_Time, wall), &gort_type_uint64, false},
    {"ext", offsetof(go_time_Time, ext), &gort_type_int64, false},
    {"loc", offsetof(go_time_Time, loc), &go_ptrtype_time_Location, false}};
static const gort_method time_methods[] = {{"String", (void *)m_time_string}};
const gort_type go_type_time_Time = {
    .gm = {.size = sizeof(go_time_Time), .align = 8, .ptrdata = 24,
           .ptrmask = (const uint8_t[]){4}, .name = "time.Time", .kind = GM_KIND_STRUCT,
           .hash = time_hash, .equal = time_equal},
    .fields = time_fields, .nfields = 3, .methods = time_methods, .nmethods = 1,
    .named = true};

/* ---- Time ---- */

static go_time_Time make_time(int64_t abs_sec, int64_t nsec) {
    abs_sec += nsec / NS_PER_SEC;
    nsec %= NS_PER_SEC;
    if (nsec < 0) {
        nsec += NS_PER_SEC;
        abs_sec--;
    }
    return (go_time_Time){(uint64_t)nsec, abs_sec, &utc_location};
}

static int64_t nsec_of(go_time_Time t) { return (int64_t)(t.wall & 0x3FFFFFFF); }

go_time_Time go_time_Now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return make_time(ts.tv_sec + UNIX_TO_ABS, ts.tv_nsec);
}

go_time_Time go_time_Unix(int64_t sec, int64_t nsec) { return make_time(sec + UNIX_TO_ABS, nsec); }

go_time_Duration go_time_Time_Sub(go_time_Time t, go_time_Time u) {
    int64_t ds = t.ext - u.ext, dn = nsec_of(t) - nsec_of(u);
    if (ds > INT64_MAX / NS_PER_SEC - 1)
        return INT64_MAX;
    if (ds < INT64_MIN / NS_PER_SEC + 1)
        return INT64_MIN;
    return ds * NS_PER_SEC + dn;
}

go_time_Duration go_time_Since(go_time_Time t) { return go_time_Time_Sub(go_time_Now(), t); }

go_time_Time go_time_Time_Add(go_time_Time t, go_time_Duration d) {
    go_time_Time r = make_time(t.ext + d / NS_PER_SEC, nsec_of(t) + d % NS_PER_SEC);
    r.loc = t.loc;
    return r;
}

int64_t go_time_Time_Unix(go_time_Time t) { return t.ext - UNIX_TO_ABS; }
int64_t go_time_Time_UnixNano(go_time_Time t) { return (t.ext - UNIX_TO_ABS) * NS_PER_SEC + nsec_of(t); }
bool go_time_Time_Before(go_time_Time t, go_time_Time u) {
    return t.ext < u.ext || (t.ext == u.ext && nsec_of(t) < nsec_of(u));
}
bool go_time_Time_After(go_time_Time t, go_time_Time u) { return go_time_Time_Before(u, t); }
bool go_time_Time_Equal(go_time_Time t, go_time_Time u) {
    return t.ext == u.ext && nsec_of(t) == nsec_of(u);
}
bool go_time_Time_IsZero(go_time_Time t) { return t.ext == 0 && nsec_of(t) == 0; }

/* ---- the calendar (proleptic Gregorian, days counted from 1970-01-01) ---- */

static int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

typedef struct civil {
    int64_t year, month, day, hour, min, sec, yday, wday;
} civil;

static civil civil_of(go_time_Time t) {
    int64_t unix_sec = t.ext - UNIX_TO_ABS;
    int64_t days = floor_div(unix_sec, 86400), secs = unix_sec - days * 86400;
    int64_t z = days + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    civil c;
    c.day = doy - (153 * mp + 2) / 5 + 1;
    c.month = mp < 10 ? mp + 3 : mp - 9;
    c.year = yoe + era * 400 + (c.month <= 2);
    c.hour = secs / 3600;
    c.min = secs / 60 % 60;
    c.sec = secs % 60;
    c.yday = days - days_from_civil(c.year, 1, 1) + 1;
    c.wday = ((days % 7) + 7 + 4) % 7;      /* 1970-01-01 was a Thursday */
    return c;
}

/* Adds hi/per to hi's carry into *lo-style normalization: v in [0, per). */
static void norm(int64_t *hi, int64_t *lo, int64_t per) {
    int64_t q = floor_div(*lo, per);
    *hi += q;
    *lo -= q * per;
}

go_time_Time go_time_Date(int64_t year, go_time_Month month, int64_t day, int64_t hour,
                          int64_t min, int64_t sec, int64_t nsec, go_time_Location *loc) {
    if (!loc)
        gort_panic_string("time: missing Location in call to Date");
    int64_t m = month - 1;
    norm(&year, &m, 12);
    norm(&sec, &nsec, NS_PER_SEC);
    norm(&min, &sec, 60);
    norm(&hour, &min, 60);
    norm(&day, &hour, 24);
    int64_t days = days_from_civil(year, m + 1, 1) + day - 1;
    go_time_Time t = make_time((days * 86400 + hour * 3600 + min * 60 + sec) + UNIX_TO_ABS, nsec);
    t.loc = loc;
    return t;
}

int64_t go_time_Time_Year(go_time_Time t) { return civil_of(t).year; }
go_time_Month go_time_Time_Month(go_time_Time t) { return civil_of(t).month; }
int64_t go_time_Time_Day(go_time_Time t) { return civil_of(t).day; }
int64_t go_time_Time_Hour(go_time_Time t) { return civil_of(t).hour; }
int64_t go_time_Time_Minute(go_time_Time t) { return civil_of(t).min; }
int64_t go_time_Time_Second(go_time_Time t) { return civil_of(t).sec; }
go_time_Weekday go_time_Time_Weekday(go_time_Time t) { return civil_of(t).wday; }
int64_t go_time_Time_YearDay(go_time_Time t) { return civil_of(t).yday; }

/* ---- Format ---- */

static void put_num(gbuf *b, int64_t v, int width, char pad) {
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)(v < 0 ? -v : v));
    if (v < 0)
        gbuf_byte(b, '-');
    for (int i = n; i < width; i++)
        gbuf_byte(b, (uint8_t)pad);
    gbuf_write(b, tmp, n);
}

/* Fractional seconds for ".000" (fixed) or ".999" (trimmed) of n digits. */
static void put_frac(gbuf *b, int64_t nsec, int n, bool trim) {
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%09lld", (long long)nsec);
    int len = n;
    if (trim) {
        while (len > 0 && tmp[len - 1] == '0')
            len--;
        if (len == 0)
            return;
    }
    gbuf_byte(b, '.');
    gbuf_write(b, tmp, len);
}

typedef struct layout_token {
    const char *text;
    int id;
} layout_token;

enum { T_YEAR4 = 1, T_YEAR2, T_MONTH_LONG, T_MONTH_SHORT, T_MONTH2, T_MONTH1, T_DAY_LONG,
       T_DAY_SHORT, T_DAY2, T_DAY_SPACE, T_DAY1, T_YDAY, T_HOUR24, T_HOUR12_2, T_HOUR12,
       T_MIN2, T_MIN1, T_SEC2, T_SEC1, T_PM, T_pm, T_TZ, T_ISO_COLON, T_ISO, T_NUM_COLON,
       T_NUM, T_NUM_SHORT };

/* Longest tokens first where one is a prefix of another. */
static const layout_token tokens[] = {
    {"January", T_MONTH_LONG}, {"Jan", T_MONTH_SHORT}, {"Monday", T_DAY_LONG},
    {"Mon", T_DAY_SHORT}, {"MST", T_TZ}, {"2006", T_YEAR4}, {"002", T_YDAY},
    {"01", T_MONTH2}, {"02", T_DAY2}, {"03", T_HOUR12_2}, {"04", T_MIN2}, {"05", T_SEC2},
    {"06", T_YEAR2}, {"_2", T_DAY_SPACE}, {"15", T_HOUR24}, {"1", T_MONTH1},
    {"2", T_DAY1}, {"3", T_HOUR12}, {"4", T_MIN1}, {"5", T_SEC1}, {"PM", T_PM},
    {"pm", T_pm}, {"Z07:00", T_ISO_COLON}, {"Z0700", T_ISO}, {"-07:00", T_NUM_COLON},
    {"-0700", T_NUM}, {"-07", T_NUM_SHORT}};

static void put_token(gbuf *b, int id, const civil *c) {
    int64_t h12 = c->hour % 12 == 0 ? 12 : c->hour % 12;
    switch (id) {
    case T_YEAR4: put_num(b, c->year, 4, '0'); break;
    case T_YEAR2: put_num(b, c->year % 100, 2, '0'); break;
    case T_MONTH_LONG: gbuf_cstr(b, month_names[c->month - 1]); break;
    case T_MONTH_SHORT: gbuf_write(b, month_names[c->month - 1], 3); break;
    case T_MONTH2: put_num(b, c->month, 2, '0'); break;
    case T_MONTH1: put_num(b, c->month, 1, '0'); break;
    case T_DAY_LONG: gbuf_cstr(b, day_names[c->wday]); break;
    case T_DAY_SHORT: gbuf_write(b, day_names[c->wday], 3); break;
    case T_DAY2: put_num(b, c->day, 2, '0'); break;
    case T_DAY_SPACE: put_num(b, c->day, 2, ' '); break;
    case T_DAY1: put_num(b, c->day, 1, '0'); break;
    case T_YDAY: put_num(b, c->yday, 3, '0'); break;
    case T_HOUR24: put_num(b, c->hour, 2, '0'); break;
    case T_HOUR12_2: put_num(b, h12, 2, '0'); break;
    case T_HOUR12: put_num(b, h12, 1, '0'); break;
    case T_MIN2: put_num(b, c->min, 2, '0'); break;
    case T_MIN1: put_num(b, c->min, 1, '0'); break;
    case T_SEC2: put_num(b, c->sec, 2, '0'); break;
    case T_SEC1: put_num(b, c->sec, 1, '0'); break;
    case T_PM: gbuf_cstr(b, c->hour >= 12 ? "PM" : "AM"); break;
    case T_pm: gbuf_cstr(b, c->hour >= 12 ? "pm" : "am"); break;
    case T_TZ: gbuf_cstr(b, "UTC"); break;
    case T_ISO_COLON: case T_ISO: gbuf_byte(b, 'Z'); break;
    case T_NUM_COLON: gbuf_cstr(b, "+00:00"); break;
    case T_NUM: gbuf_cstr(b, "+0000"); break;
    case T_NUM_SHORT: gbuf_cstr(b, "+00"); break;
    }
}

/* A fractional-second token at layout[i] (".000", ",999"...): its digit
 * count, or 0.  Go requires it not to be followed by another digit. */
static int frac_token(gm_string l, intptr_t i, bool *trim) {
    if (i + 1 >= l.len || (l.ptr[i] != '.' && l.ptr[i] != ',') ||
        (l.ptr[i + 1] != '0' && l.ptr[i + 1] != '9'))
        return 0;
    uint8_t d = l.ptr[i + 1];
    intptr_t j = i + 1;
    while (j < l.len && l.ptr[j] == d)
        j++;
    if (j < l.len && l.ptr[j] >= '0' && l.ptr[j] <= '9')
        return 0;
    *trim = d == '9';
    return (int)(j - i - 1);
}

gm_string go_time_Time_Format(go_time_Time t, gm_string layout) {
    civil c = civil_of(t);
    gbuf b = {0};
    for (intptr_t i = 0; i < layout.len;) {
        bool trim;
        int n = frac_token(layout, i, &trim);
        if (n > 0) {
            put_frac(&b, nsec_of(t), n > 9 ? 9 : n, trim);
            i += n + 1;
            continue;
        }
        const layout_token *tok = NULL;
        for (size_t k = 0; k < sizeof tokens / sizeof tokens[0]; k++) {
            size_t len = strlen(tokens[k].text);
            if ((intptr_t)len <= layout.len - i && memcmp(layout.ptr + i, tokens[k].text, len) == 0) {
                tok = &tokens[k];
                break;
            }
        }
        /* "Jan"/"Mon" must not run into a lower-case letter ("Month") */
        if (tok && (tok->id == T_MONTH_SHORT || tok->id == T_DAY_SHORT)) {
            intptr_t end = i + 3;
            if (end < layout.len && layout.ptr[end] >= 'a' && layout.ptr[end] <= 'z')
                tok = NULL;
        }
        if (!tok) {
            gbuf_byte(&b, layout.ptr[i++]);
            continue;
        }
        put_token(&b, tok->id, &c);
        i += (intptr_t)strlen(tok->text);
    }
    return gbuf_string(&b);
}

gm_string go_time_Time_String(go_time_Time t) {
    return go_time_Time_Format(t, GM_STR("2006-01-02 15:04:05.999999999 -0700 MST"));
}

/* ---- sleeping and timers ---- */

void go_time_Sleep(go_time_Duration d) {
    if (d <= 0)
        return;
    struct timespec ts = {d / NS_PER_SEC, d % NS_PER_SEC};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

typedef struct timer_arg {
    gm_chan *c;
    go_time_Duration d;
    bool repeat;
} timer_arg;

static void timer_thread(void *p) {
    timer_arg *a = p;
    gm_chan *c = a->c;
    go_time_Duration d = a->d;
    bool repeat = a->repeat;
    do {
        go_time_Sleep(d);
        go_time_Time now = go_time_Now();
        gm_chan_try_send(c, &now);      /* a full channel drops the tick, as Go */
    } while (repeat);
}

static gm_chan *start_timer(go_time_Duration d, bool repeat) {
    gm_chan *c = gm_make_chan(&go_type_time_Time.gm, 1);
    timer_arg *a = gm_alloc(sizeof *a);
    gm_store((void **)&a->c, c);
    a->d = d;
    a->repeat = repeat;
    if (gm_go(timer_thread, a) != 0)
        gort_panic_string("time: cannot start a timer thread");
    return c;
}

gm_chan *go_time_After(go_time_Duration d) { return start_timer(d, false); }

gm_chan *go_time_Tick(go_time_Duration d) {
    if (d <= 0)
        return NULL;
    return start_timer(d, true);
}
