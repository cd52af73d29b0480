#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>
#include "include/cicushim.h"
#include "shim_internal.h"

void vf_free(void *p) { free(p); }

const char *vf_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void vf_clear_output(char **out, int32_t *outLen) {
    if (out) *out = NULL;
    if (outLen) *outLen = 0;
}

UChar *vf_u16_from_utf8(const char *s, int32_t len, int32_t *outLen, UErrorCode *st) {
    *outLen = 0;
    if (U_FAILURE(*st)) return NULL;
    if (len < 0 || (s == NULL && len != 0)) { *st = U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    if (s == NULL) s = "";
    int32_t need = 0;
    u_strFromUTF8(NULL, 0, &need, s, len, st);
    if (*st == U_BUFFER_OVERFLOW_ERROR || *st == U_STRING_NOT_TERMINATED_WARNING) *st = U_ZERO_ERROR;
    if (U_FAILURE(*st)) return NULL;
    UChar *buf = (UChar *)malloc(sizeof(UChar) * ((size_t)need + 1));
    if (buf == NULL) { *st = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_strFromUTF8(buf, need + 1, outLen, s, len, st);
    if (U_FAILURE(*st)) { free(buf); *outLen = 0; return NULL; }
    return buf;
}

void vf_utf8_from_u16(const UChar *u, int32_t ulen, char **out, int32_t *outLen, UErrorCode *st) {
    vf_clear_output(out, outLen);
    if (U_FAILURE(*st)) return;
    int32_t need = 0;
    u_strToUTF8(NULL, 0, &need, u, ulen, st);
    if (*st == U_BUFFER_OVERFLOW_ERROR || *st == U_STRING_NOT_TERMINATED_WARNING) *st = U_ZERO_ERROR;
    if (U_FAILURE(*st)) return;
    char *buf = (char *)malloc((size_t)need + 1);
    if (buf == NULL) { *st = U_MEMORY_ALLOCATION_ERROR; return; }
    int32_t written = 0;
    u_strToUTF8(buf, need + 1, &written, u, ulen, st);
    if (U_FAILURE(*st)) { free(buf); return; }
    *out = buf;
    *outLen = written;
}
