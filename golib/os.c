/* os.c: the os package of the subset: Args (set by gort_os_init from the
 * program entry), Exit, Getenv, Getpid, Stdin/Stdout/Stderr as *os.File
 * with Write/WriteString/Close, *os.PathError and the Err* sentinels.
 *
 * Invariants: writes are unbuffered (one write(2) loop per call, as Go's
 * os.File), so output order between stdout and stderr is Go's; Exit ends
 * the process at once (no deferred calls run, as in Go).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* ---- *os.File ---- */

static const gort_field file_fields[] = {{"fd", 0, &gort_type_int, false}};
const gort_type go_type_os_File = {
    .gm = {.size = sizeof(go_os_File), .align = 8, .name = "os.File", .kind = GM_KIND_STRUCT},
    .fields = file_fields, .nfields = 1, .named = true};

static gort_iface m_file_close(void *f) { return go_os_File_Close(f); }
static int64_t m_file_write(void *f, gm_slice b, gort_iface *err) {
    return go_os_File_Write(f, b, err);
}
static int64_t m_file_write_string(void *f, gm_string s, gort_iface *err) {
    return go_os_File_WriteString(f, s, err);
}
static const gort_method file_methods[] = {
    {"Close", (void *)m_file_close},
    {"Write", (void *)m_file_write},
    {"WriteString", (void *)m_file_write_string}};
GOLIB_PTR_TYPE(go_ptrtype_os_File, go_type_os_File, "*os.File", file_methods, 3);

static go_os_File stdin_file = {0}, stdout_file = {1}, stderr_file = {2};
go_os_File *go_os_Stdin = &stdin_file;
go_os_File *go_os_Stdout = &stdout_file;
go_os_File *go_os_Stderr = &stderr_file;

/* ---- *os.PathError and sentinels ---- */

static const gort_field patherror_fields[] = {
    {"Op", offsetof(go_os_PathError, Op), &gort_type_string, false},
    {"Path", offsetof(go_os_PathError, Path), &gort_type_string, false},
    {"Err", offsetof(go_os_PathError, Err), &gort_type_error, false}};
const gort_type go_type_os_PathError = {
    .gm = {.size = sizeof(go_os_PathError), .align = 8, .ptrdata = sizeof(go_os_PathError),
           .ptrmask = (const uint8_t[]){0x35}, .name = "fs.PathError", .kind = GM_KIND_STRUCT},
    .fields = patherror_fields, .nfields = 3, .named = true};

static gm_string m_patherror_error(void *e) { return go_os_PathError_Error(e); }
static gort_iface m_patherror_unwrap(void *e) { return ((go_os_PathError *)e)->Err; }
static const gort_method patherror_methods[] = {
    {"Error", (void *)m_patherror_error}, {"Unwrap", (void *)m_patherror_unwrap}};
GOLIB_PTR_TYPE(go_ptrtype_os_PathError, go_type_os_PathError, "*fs.PathError",
               patherror_methods, 2);

gm_string go_os_PathError_Error(go_os_PathError *e) {
    gm_string parts[4] = {e->Op, GM_STR(" "), e->Path, GM_STR(": ")};
    return gm_string_concat(gm_string_concatn(parts, 4), golib_error_text(e->Err));
}

static go_errors_errorString err_not_exist = {GM_STR("file does not exist")};
static go_errors_errorString err_exist = {GM_STR("file already exists")};
static go_errors_errorString err_permission = {GM_STR("permission denied")};
static go_errors_errorString err_closed = {GM_STR("file already closed")};
gort_iface go_os_ErrNotExist = {&go_ptrtype_errors_errorString, &err_not_exist};
gort_iface go_os_ErrExist = {&go_ptrtype_errors_errorString, &err_exist};
gort_iface go_os_ErrPermission = {&go_ptrtype_errors_errorString, &err_permission};

static gort_iface path_error(const char *op, go_os_File *f, gort_iface err) {
    go_os_PathError e = {gm_string_from_cstr(op),
                         gm_string_from_cstr(f->fd == 0 ? "/dev/stdin" : f->fd == 1 ? "/dev/stdout"
                                             : f->fd == 2 ? "/dev/stderr" : "?"),
                         err};
    return (gort_iface){&go_ptrtype_os_PathError, golib_new_copy(&go_type_os_PathError, &e)};
}

/* ---- File methods ---- */

int64_t go_os_File_Write(go_os_File *f, gm_slice b, gort_iface *err) {
    *err = (gort_iface){0};
    if (!f) {
        *err = golib_new_error(GM_STR("invalid argument"));
        return 0;
    }
    intptr_t done = 0;
    while (done < b.len) {
        ssize_t n = write((int)f->fd, (const char *)b.ptr + done, (size_t)(b.len - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *err = path_error("write", f, golib_new_error(gm_string_from_cstr(strerror(errno))));
            break;
        }
        done += n;
    }
    return done;
}

int64_t go_os_File_WriteString(go_os_File *f, gm_string s, gort_iface *err) {
    return go_os_File_Write(f, (gm_slice){(void *)s.ptr, s.len, s.len}, err);
}

gort_iface go_os_File_Close(go_os_File *f) {
    if (!f || f->fd < 0)
        return golib_static_error(&err_closed);
    close((int)f->fd);
    f->fd = -1;
    return (gort_iface){0};
}

/* ---- process ---- */

gm_slice go_os_Args;

void gort_os_init(int argc, char **argv) {
    gm_slice args = gm_make_slice(&gm_type_string, argc, argc);
    for (int i = 0; i < argc; i++)
        golib_set_string(&((gm_string *)args.ptr)[i], gm_string_from_cstr(argv[i]));
    go_os_Args = args;
}

_Noreturn void go_os_Exit(int64_t code) {
    fflush(NULL);
    _exit((int)code);
}

gm_string go_os_Getenv(gm_string key) {
    const char *v = getenv(gm_string_cstr(key));
    return v ? gm_string_from_cstr(v) : (gm_string){0};
}

int64_t go_os_Getpid(void) { return (int64_t)getpid(); }
