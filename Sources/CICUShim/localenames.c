#include <stdlib.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>
#include "include/cicushim.h"
#include "shim_internal.h"

/* The NULL-terminated `codes`, space-separated, as a new buffer in `out`. */
static int32_t vf_join_codes(const char *const *codes, char **out, int32_t *outLen) {
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

int32_t vf_locale_countries(char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    return vf_join_codes(uloc_getISOCountries(), out, outLen);
}

/* A display name ICU wrote into `name` (status `st`), as UTF-8 in `out`; ICU's warning
 * (fallback, default) is returned as it gave it. */
static int32_t vf_display_name(const UChar *name, int32_t n, UErrorCode st, char **out, int32_t *outLen) {
    int32_t warning = st;
    vf_utf8_from_u16(name, n, out, outLen, &st);
    if (U_FAILURE(st)) return st;
    return warning;
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
    return vf_display_name(name, n, st, out, outLen);
}

int32_t vf_country_zones(const char *region, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (region == NULL || strlen(region) > 8) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, region, NULL, &st);
    if (U_FAILURE(st)) return st;
    size_t cap = 256, pos = 0;
    char *buf = (char *)malloc(cap);
    if (buf == NULL) { uenum_close(zones); return U_MEMORY_ALLOCATION_ERROR; }
    const char *id;
    int32_t len = 0;
    while ((id = uenum_next(zones, &len, &st)) != NULL && U_SUCCESS(st)) {
        if (pos + (size_t)len + 2 > cap) {
            while (pos + (size_t)len + 2 > cap) cap *= 2;
            char *grown = (char *)realloc(buf, cap);
            if (grown == NULL) { free(buf); uenum_close(zones); return U_MEMORY_ALLOCATION_ERROR; }
            buf = grown;
        }
        if (pos > 0) buf[pos++] = ' ';
        memcpy(buf + pos, id, (size_t)len);
        pos += (size_t)len;
    }
    uenum_close(zones);
    if (U_FAILURE(st)) { free(buf); return st; }
    buf[pos] = '\0';
    *out = buf;
    *outLen = (int32_t)pos;
    return U_ZERO_ERROR;
}

int32_t vf_locale_languages(char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    return vf_join_codes(uloc_getISOLanguages(), out, outLen);
}

int32_t vf_locale_display_language(const char *language, const char *displayLocale, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (language == NULL || displayLocale == NULL || strlen(language) > 8) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    UChar name[256];
    int32_t n = uloc_getDisplayLanguage(language, displayLocale, name, 256, &st);
    if (U_FAILURE(st)) return st;
    return vf_display_name(name, n, st, out, outLen);
}

int32_t vf_locale_likely_region(const char *language, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (language == NULL || strlen(language) > 8) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    char full[64];
    uloc_addLikelySubtags(language, full, sizeof full, &st);
    if (U_FAILURE(st)) return st;
    char region[16];
    int32_t n = uloc_getCountry(full, region, sizeof region, &st);
    if (U_FAILURE(st)) return st;
    char *buf = (char *)malloc((size_t)n + 1);
    if (buf == NULL) return U_MEMORY_ALLOCATION_ERROR;
    memcpy(buf, region, (size_t)n);
    buf[n] = '\0';
    *out = buf;
    *outLen = n;
    return U_ZERO_ERROR;
}
