#include <stdlib.h>
#include <string.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include "include/cicushim.h"
#include "shim_internal.h"

struct vf_datesyms {
    UDateFormat *fmt;
    char locale[ULOC_FULLNAME_CAPACITY];
};

int32_t vf_datesyms_open(const char *locale, vf_datesyms **out) {
    *out = NULL;
    if (locale == NULL) return U_ILLEGAL_ARGUMENT_ERROR;
    vf_datesyms *d = (vf_datesyms *)calloc(1, sizeof *d);
    if (d == NULL) return U_MEMORY_ALLOCATION_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    /* Canonicalize and force the Gregorian calendar (th, fa... default to others). */
    uloc_canonicalize(locale, d->locale, ULOC_FULLNAME_CAPACITY, &st);
    if (st == U_STRING_NOT_TERMINATED_WARNING) st = U_BUFFER_OVERFLOW_ERROR;
    uloc_setKeywordValue("calendar", "gregorian", d->locale, ULOC_FULLNAME_CAPACITY, &st);
    if (U_SUCCESS(st)) d->fmt = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, d->locale, NULL, 0, NULL, 0, &st);
    if (U_FAILURE(st)) { vf_datesyms_close(d); return st; }
    *out = d;
    return st;
}

void vf_datesyms_close(vf_datesyms *d) {
    if (d == NULL) return;
    if (d->fmt) udat_close(d->fmt);
    free(d);
}

int32_t vf_datesyms_get(vf_datesyms *d, int32_t kind, int32_t index, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (d == NULL) return U_ILLEGAL_ARGUMENT_ERROR;
    static const UDateFormatSymbolType types[] = {
        UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS,
        UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS, UDAT_STANDALONE_SHORT_WEEKDAYS,
    };
    if (kind < 0 || kind > VF_SYM_WEEKDAYS_STANDALONE_ABBR) return U_ILLEGAL_ARGUMENT_ERROR;
    int isWeekday = kind >= VF_SYM_WEEKDAYS;
    if (index < 0 || index >= (isWeekday ? 7 : 12)) return U_INDEX_OUTOFBOUNDS_ERROR;
    UDateFormatSymbolType type = types[kind];
    int32_t icuIndex = isWeekday ? index + 1 : index; /* weekday index 0 is empty; UCAL_SUNDAY = 1 */
    if (icuIndex >= udat_countSymbols(d->fmt, type)) return U_INDEX_OUTOFBOUNDS_ERROR;

    UErrorCode st = U_ZERO_ERROR;
    UChar sym[256];
    int32_t symLen = udat_getSymbols(d->fmt, type, icuIndex, sym, 256, &st);
    if (U_FAILURE(st)) return st;
    UChar lower[512];
    int32_t lowerLen = u_strToLower(lower, 512, sym, symLen, d->locale, &st);
    if (U_FAILURE(st)) return st;
    vf_utf8_from_u16(lower, lowerLen, out, outLen, &st);
    return st;
}
