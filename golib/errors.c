/* errors.c: Go's errors package (New, Is, As, Unwrap) and the
 * *errors.errorString type behind errors.New, whose descriptors
 * fmt.Errorf and strconv reuse.
 *
 * Invariants: an error made here is an interface whose dynamic type is
 * go_ptrtype_errors_errorString and whose data word points to an
 * errorString (collector memory, or static for golib's own sentinel
 * errors); Is/As walk the Unwrap chain as Go 1.19 does (single Unwrap;
 * an Is or As method of an error in the chain is consulted).
 */
#include <string.h>

#include "internal.h"

static gm_string errorstring_error(void *data) {
    return ((const go_errors_errorString *)data)->s;
}

static const gort_field errorstring_fields[] = {
    {"s", 0, &gort_type_string, false}};
const gort_type go_type_errors_errorString = {
    .gm = {.size = sizeof(go_errors_errorString), .align = 8, .ptrdata = 8,
           .ptrmask = golib_mask_one, .name = "errors.errorString", .kind = GM_KIND_STRUCT},
    .fields = errorstring_fields, .nfields = 1, .named = true};
static const gort_method errorstring_methods[] = {{"Error", (void *)errorstring_error}};
GOLIB_PTR_TYPE(go_ptrtype_errors_errorString, go_type_errors_errorString,
               "*errors.errorString", errorstring_methods, 1);

gort_iface golib_new_error(gm_string text) {
    go_errors_errorString e = {text};
    return (gort_iface){&go_ptrtype_errors_errorString,
                        golib_new_copy(&go_type_errors_errorString, &e)};
}

gort_iface golib_static_error(go_errors_errorString *e) {
    return (gort_iface){&go_ptrtype_errors_errorString, e};
}

gort_iface go_errors_New(gm_string text) { return golib_new_error(text); }

gort_iface go_errors_Unwrap(gort_iface err) {
    const gort_method *m = gort_find_method(err.type, "Unwrap");
    if (!m)
        return (gort_iface){0};
    return ((gort_iface(*)(void *))m->fn)(err.data);
}

bool go_errors_Is(gort_iface err, gort_iface target) {
    if (!err.type || !target.type)
        return !err.type && !target.type;
    bool comparable = gm_type_comparable(&target.type->gm);
    for (; err.type; err = go_errors_Unwrap(err)) {
        if (comparable && gort_iface_eq(err, target))
            return true;
        const gort_method *is = gort_find_method(err.type, "Is");
        if (is && ((bool (*)(void *, gort_iface))is->fn)(err.data, target))
            return true;
    }
    return false;
}

/* Stores err into *target (target's element type is t). */
static void as_store(const gort_type *t, void *slot, gort_iface err) {
    if (t->gm.kind == GM_KIND_INTERFACE) {
        gm_typedmemmove(&t->gm, slot, &err, 1);
        return;
    }
    gm_typedmemmove(&t->gm, slot, golib_iface_value(&err), 1);
}

bool go_errors_As(gort_iface err, gort_iface target) {
    if (!target.type || target.type->gm.kind != GM_KIND_POINTER || !target.data)
        gort_panic_string("errors: target must be a non-nil pointer");
    const gort_type *t = target.type->elem;
    if (t->gm.kind != GM_KIND_INTERFACE && !gort_find_method(t, "Error"))
        gort_panic_string("errors: *target must be interface or implement error");
    for (; err.type; err = go_errors_Unwrap(err)) {
        bool match = t->gm.kind == GM_KIND_INTERFACE ? gort_implements(err.type, t)
                                                     : gort_type_identical(err.type, t);
        if (match) {
            as_store(t, target.data, err);
            return true;
        }
        const gort_method *as = gort_find_method(err.type, "As");
        if (as && ((bool (*)(void *, gort_iface))as->fn)(err.data, target))
            return true;
    }
    return false;
}
