#include <stdlib.h>
#include <string.h>
#include <unicode/uloc.h>
#include "include/cicushim.h"
#include "shim_internal.h"

int32_t vf_locale_countries(char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    const char *const *codes = uloc_getISOCountries();
    if (codes == NULL) return U_MISSING_RESOURCE_ERROR;
    size_t total = 0;
    for (const char *const *c = codes; *c != NULL; c++) total += strlen(*c) + 1;
    char *buf = (char *)malloc(total + 1);
    if (buf == NULL) return U_MEMORY_ALLOCATION_ERROR;
    size_t pos = 0;
    for (const char *const *c = codes; *c != NULL; c++) {
        size_t n = strlen(*c);
        if (pos > 0) buf[pos++] = ' ';
        memcpy(buf + pos, *c, n);
        pos += n;
    }
    buf[pos] = '\0';
    *out = buf;
    *outLen = (int32_t)pos;
    return U_ZERO_ERROR;
}

int32_t vf_locale_display_country(const char *region, const char *displayLocale, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (region == NULL || displayLocale == NULL || strlen(region) > 8) return U_ILLEGAL_ARGUMENT_ERROR;
    char locale[16] = "und_";
    strcat(locale, region);
    UErrorCode st = U_ZERO_ERROR;
    UChar name[256];
    int32_t n = uloc_getDisplayCountry(locale, displayLocale, name, 256, &st);
    if (U_FAILURE(st)) return st;
    int32_t warning = st;
    vf_utf8_from_u16(name, n, out, outLen, &st);
    if (U_FAILURE(st)) return st;
    return warning;
}
